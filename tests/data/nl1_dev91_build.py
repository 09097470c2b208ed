#!/usr/bin/env python3
"""dev91 - independent NL1 test set: nephrology, dialysis, transplantation,
urology overlaps and electrolyte disturbances (Skåne + VGR, Melior + PMO).

Standard library only, deterministic. Writes cases.jsonl next to this file and
validates every case; exits 1 on any problem.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev91_cases.jsonl")

# ---------------------------------------------------------------- helpers


def luhn_check_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return (10 - total % 10) % 10


def luhn_valid(ten):
    return luhn_check_digit(ten[:9]) == int(ten[9])


def make_pnr(birth_date, serial):
    y, m, d = birth_date.split("-")
    nine = y[2:] + m + d + "%03d" % serial
    return "%s%s%s-%03d%d" % (y, m, d, serial, luhn_check_digit(nine))


UNITS = {
    # Region Skåne, Melior (sjukhus)
    "lund_njurmott": ("Njurmedicinmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-6101"),
    "malmo_njuravd": ("Njurmedicinavdelning 4, Skånes universitetssjukhus Malmö", "SE2321000255-6102"),
    "malmo_dialys": ("Dialysavdelningen, Skånes universitetssjukhus Malmö", "SE2321000255-6103"),
    "lund_dialys": ("Hemodialysenheten, Skånes universitetssjukhus Lund", "SE2321000255-6104"),
    "malmo_tx": ("Transplantationsenheten, Skånes universitetssjukhus Malmö", "SE2321000255-6105"),
    "lund_pd": ("PD-mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-6106"),
    "hbg_njur": ("Njurmedicinska mottagningen, Helsingborgs lasarett", "SE2321000255-6107"),
    "csk_med": ("Medicinkliniken, njursektionen, Centralsjukhuset Kristianstad", "SE2321000255-6108"),
    "ystad_dialys": ("Dialysenheten, Lasarettet Ystad", "SE2321000255-6109"),
    "ystad_med": ("Medicinmottagningen, Lasarettet Ystad", "SE2321000255-6116"),
    "lund_barnnjur": ("Barnnjurmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-6110"),
    "lund_barnavd": ("Barn- och ungdomsmedicinsk avdelning 64, Skånes universitetssjukhus Lund", "SE2321000255-6111"),
    "malmo_uro": ("Urologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-6112"),
    "lund_akut": ("Akutmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-6113"),
    "landskrona_med": ("Medicinavdelningen, Lasarettet Landskrona", "SE2321000255-6114"),
    "trelleborg_dialys": ("Dialysmottagningen, Lasarettet Trelleborg", "SE2321000255-6115"),
    "malmo_kir": ("Kirurgiska kliniken avd 6, Skånes universitetssjukhus Malmö", "SE2321000255-6117"),
    # Region Skåne, PMO (primärvård)
    "vc_eslov": ("Vårdcentralen Eslöv", "SE2321000255-7201"),
    "vc_sorgenfri": ("Vårdcentralen Sorgenfri, Malmö", "SE2321000255-7202"),
    "vc_hoor": ("Vårdcentralen Höör", "SE2321000255-7203"),
    "hsj_lund": ("Hemsjukvården Lund Öster", "SE2321000255-7204"),
    "bvc_staffanstorp": ("BVC Staffanstorp", "SE2321000255-7205"),
    "um_hbg": ("Ungdomsmottagningen Helsingborg", "SE2321000255-7206"),
    "vc_simrishamn": ("Vårdcentralen Simrishamn", "SE2321000255-7207"),
    # Västra Götalandsregionen, Melior
    "su_njurmott": ("Njurmedicinmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-8101"),
    "su_njuravd": ("Njurmedicinavdelning 206, Sahlgrenska Universitetssjukhuset", "SE2321000131-8102"),
    "su_tx": ("Transplantationscentrum, Sahlgrenska Universitetssjukhuset", "SE2321000131-8103"),
    "su_dialys": ("Dialysavdelningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-8104"),
    "nal_dialys": ("Dialysmottagningen, NÄL Trollhättan", "SE2321000131-8105"),
    "sas_njur": ("Njurmedicinska mottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-8106"),
    "skas_njur": ("Njurmedicin, Skaraborgs Sjukhus Skövde", "SE2321000131-8107"),
    "dsbs_barnnjur": ("Barnnjurmottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-8108"),
    "su_uro": ("Urologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-8109"),
    "kungalv_dialys": ("Dialysenheten, Kungälvs sjukhus", "SE2321000131-8110"),
    "alingsas_med": ("Medicinmottagningen, Alingsås lasarett", "SE2321000131-8111"),
    "su_pd": ("PD-mottagningen, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-8112"),
    "sas_med": ("Medicinavdelning M5, Södra Älvsborgs sjukhus Borås", "SE2321000131-8114"),
    "uddevalla_med": ("Medicinkliniken, Uddevalla sjukhus", "SE2321000131-8115"),
    "lidkoping_dialys": ("Dialysen, Skaraborgs Sjukhus Lidköping", "SE2321000131-8116"),
    "su_endo": ("Endokrinmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-8117"),
    "nal_uro": ("Urologiska kliniken, NÄL Trollhättan", "SE2321000131-8118"),
}

PMO_UNITS = {"vc_eslov", "vc_sorgenfri", "vc_hoor", "hsj_lund", "bvc_staffanstorp",
             "um_hbg", "vc_simrishamn"}
SKANE_UNITS = {k for k, v in UNITS.items() if v[1].startswith("SE2321000255")}
VGR_UNITS = {k for k, v in UNITS.items() if v[1].startswith("SE2321000131")}

AUTHORS = {
    # Skåne
    "lindqvist": ("Karin Lindqvist", "läkare"),
    "haddad": ("Ahmed Haddad", "läkare"),
    "jpersson": ("Johanna Persson", "sjuksköterska"),
    "olofsson": ("Mats Olofsson", "sjuksköterska"),
    "nordstrom": ("Eva Nordström", "läkare"),
    "bengtsson": ("Sara Bengtsson", "läkare"),
    "hakansson": ("Linnea Håkansson", "sjuksköterska"),
    "sandberg": ("Peter Sandberg", "läkare"),
    "lundh": ("Gustav Lundh", "läkare"),
    "malmberg": ("Ingrid Malmberg", "dietist"),
    "nyberg": ("Fredrik Nyberg", "läkare"),
    "roos": ("Malin Roos", "läkare"),
    "karimi": ("Nadia Karimi", "läkare"),
    "ekstrom": ("Tove Ekström", "sjuksköterska"),
    "svensson": ("Olle Svensson", "läkare"),
    "aberg": ("Hanna Åberg", "sjuksköterska"),
    "strand": ("Elin Strand", "kurator"),
    "mansour": ("Leila Mansour", "läkare"),
    "lind": ("Sofie Lind", "sjuksköterska"),
    "holm": ("Jesper Holm", "läkare"),
    "falk": ("Rasmus Falk", "sjuksköterska"),
    "jonsson": ("Maria Jönsson", "undersköterska"),
    # VGR
    "gustafsson": ("Anders Gustafsson", "läkare"),
    "karlsson": ("Lena Karlsson", "sjuksköterska"),
    "berg": ("Mikael Berg", "läkare"),
    "andersson": ("Sofia Andersson", "sjuksköterska"),
    "lindgren": ("Jonas Lindgren", "läkare"),
    "hedlund": ("Emma Hedlund", "sjuksköterska"),
    "westerlund": ("Björn Westerlund", "läkare"),
    "forsberg": ("Camilla Forsberg", "dietist"),
    "demir": ("Yusuf Demir", "läkare"),
    "sjoberg": ("Helena Sjöberg", "läkare"),
    "plarsson": ("Petra Larsson", "kurator"),
    "nilsson": ("Ulrika Nilsson", "sjuksköterska"),
    "ahl": ("Kristoffer Ahl", "läkare"),
    "wiklund": ("Sara Wiklund", "läkare"),
    "engstrom": ("Lars Engström", "läkare"),
    "aholm": ("Agneta Holm", "undersköterska"),
}

CASES = []
PROBLEMS = []
_serial = [117]


def note(nid, system, template, unit, author, time, sections, signed="auto",
         setting="öppenvård", refs=None):
    """sections: list of (keyword, text). signed: 'auto' (time + 35 min),
    None (unsigned draft) or an explicit ISO string."""
    if signed == "auto":
        t = datetime.datetime.strptime(time, "%Y-%m-%dT%H:%M:%S")
        signed = (t + datetime.timedelta(minutes=35)).strftime("%Y-%m-%dT%H:%M:%S")
    uname, hsa = UNITS[unit]
    aname, role = AUTHORS[author]
    return {
        "id": nid, "system": system, "template": template,
        "unit": {"name": uname, "hsa_id": hsa},
        "author": {"name": aname, "role": role},
        "time": time, "signed": signed, "setting": setting,
        "refs": list(refs or []),
        "sections": [{"keyword": k, "text": t} for k, t in sections],
        "_unitkey": unit,
    }


def _targets(lst):
    out = []
    for x in lst:
        if isinstance(x, str):
            out.append([x, "n1"])
        else:
            out.append([x[0], x[1]])
    return out


def add(name, ruleset, birth_date, notes, must=(), must_not=(), why="",
        as_of=None, protected=False):
    _serial[0] = (_serial[0] + 37) % 1000
    serial = _serial[0] if _serial[0] >= 100 else _serial[0] + 100
    if as_of is None:
        last = max(n["time"] for n in notes)
        d = datetime.datetime.strptime(last[:10], "%Y-%m-%d") + datetime.timedelta(days=4)
        as_of = d.strftime("%Y-%m-%dT00:00:00")
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": {"id": make_pnr(birth_date, serial), "birth_date": birth_date,
                        "protected_identity": protected},
            "as_of": as_of,
            "notes": notes,
            "access_events": [],
            "conversations": [],
            "treatments": [],
        },
        "must": _targets(must),
        "must_not": _targets(must_not),
        "why": why,
    })

# =================================================================== SKÅNE, Melior

add("skane-misstankt-iga-nefropati-efter-halsfluss", "skane", "1994-05-21", [
    note("n1", "Melior", "Mottagningsanteckning", "lund_njurmott", "lindqvist", "2024-02-12T10:20:00", [
        ("Aktuellt", "30-årig man remitterad från VC pga mikroskopisk hematuri sedan ett halvår. "
                     "Makroskopisk hematuri två dagar efter en halsfluss i januari. Inga ödem, ingen artralgi."),
        ("Status", "BT 142/88. Hjärta, lungor ua. Inga underbensödem."),
        ("Lab", "Krea 96, eGFR >90. U-alb/krea 68 mg/mmol. Dysmorfa erytrocyter i sedimentet."),
        ("Bedömning", "Misstänkt IgA-nefropati med synfaringit-associerad makrohematuri. "
                      "Njurbiopsi planeras, pat informerad om själva ingreppet och riskerna."),
    ])],
    must=["NL102"], must_not=["NL101"],
    why="Hedged IgA-nefropati (misstänkt) in Bedömning of an ordinary Skåne Melior note; nothing said about withholding.")

add("skane-iga-pad-bekraftad-informerad-idag", "skane", "1971-11-03", [
    note("n1", "Melior", "Läkaranteckning", "lund_njurmott", "haddad", "2024-03-07T13:05:00", [
        ("Diagnos", "IgA-nefropati, biopsiverifierad 2024-02-28 (MEST-C: M1 E0 S1 T0 C0)."),
        ("Bedömning", "Går igenom biopsisvaret med pat och hustru på mottagningen idag. "
                      "Startar ramipril 2,5 mg och titrerar upp mot proteinuri under 0,5 g/dygn. "
                      "Pat informerad om diagnos och prognos, SGLT2-hämmare läggs till vid nästa besök."),
    ])],
    must_not=["NL101", "NL102"],
    why="Biopsy-confirmed IgA nephropathy that the patient was told today: no hedge, nothing withheld.")

add("skane-th-mall-trolig-al-amyloidos-ej-informerad", "skane", "1949-08-17", [
    note("n1", "Melior", "Tidiga hypoteser", "csk_med", "nordstrom", "2024-04-02T15:40:00", [
        ("Bedömning", "Nefrotisk proteinuri 9 g/d, förstorade njurar på UL och lambdakedjor kraftigt förhöjda. "
                      "Trolig AL-amyloidos. Pat ej informerad om misstanken, vill först ha bukfettsbiopsi och benmärg."),
    ])],
    must_not=["NL101", "NL102"],
    why="Skåne: hypothesis and the 'not told' statement stand only in a note whose template is Tidiga hypoteser.")

add("skane-sokord-tidiga-hypoteser-i-vanlig-lakaranteckning", "skane", "1953-01-29", [
    note("n1", "Melior", "Läkaranteckning", "malmo_njuravd", "haddad", "2024-01-18T16:10:00", [
        ("Aktuellt", "Inlagd med akut njurskada, krea 410 från tidigare 95. Ryggvärk sedan 2 mån, Hb 98, kalcium 2,85."),
        ("Tidiga hypoteser", "Misstänkt myelomnjure (cast-nefropati). Elfores och fria lätta kedjor skickade."),
    ], setting="slutenvård")],
    must=["NL102"],
    why="Skåne protects by template, not sökord: a 'Tidiga hypoteser' sökord inside an ordinary Läkaranteckning stays visible.")

add("skane-dialys-ssk-misstankt-hyperkalemi-ekg", "skane", "1961-06-09", [
    note("n1", "Melior", "Dialysanteckning", "malmo_dialys", "jpersson", "2024-05-14T07:55:00", [
        ("Dialysrapport", "Pat kom 40 min sent till dialysen efter långhelgen. Känner sig svag i benen och har stickningar i fingrarna. "
                          "EKG: spetsiga T-vågor V2-V4. Misstänkt hyperkalemi, blodgas tagen och jourhavande dr Haddad kontaktad. "
                          "Startar dialys med 1,0 K-bad enl ordination."),
    ])],
    must=["NL102"],
    why="Dialysis nurse writes 'misstänkt hyperkalemi' in a visible Melior note.")

add("skane-kalium-hog-trol-hemolyserat-prov", "skane", "1958-12-02", [
    note("n1", "Melior", "Telefonanteckning", "hbg_njur", "bengtsson", "2024-02-20T11:30:00", [
        ("Telefonkontakt", "Ringer pat ang kalium 6,3 från igår. Provet trol. hemolyserat enligt labbet, kommentar om fördröjd centrifugering. "
                           "Nytt prov taget på VC idag utan stas: K 4,4. Ingen åtgärd, fortsätter enalapril oförändrat."),
    ])],
    must_not=["NL102"],
    why="Hard negative: the hedge 'trol.' concerns a haemolysed sample, not a diagnosis of the patient.")

add("skane-tx-ingen-misstanke-om-rejektion", "skane", "1980-03-25", [
    note("n1", "Melior", "Transplantationsuppföljning", "malmo_tx", "haddad", "2024-06-11T09:15:00", [
        ("Aktuellt", "Kontroll 3 mån efter njurtransplantation (avliden donator). Mår bra, kissar bra, ingen feber."),
        ("Lab", "Krea 118 (föreg 121), takrolimus 7,2. U-sticka neg."),
        ("Bedömning", "Stabil transplantatfunktion, ingen misstanke om rejektion. Fortsatt Prograf, CellCept och Prednisolon 5 mg."),
    ])],
    must_not=["NL102"],
    why="Negated: 'ingen misstanke om rejektion'.")

add("skane-tx-misstankt-akut-rejektion-ej-informerad", "skane", "1987-09-14", [
    note("n1", "Melior", "Läkaranteckning", "malmo_tx", "nordstrom", "2024-08-06T14:25:00", [
        ("Aktuellt", "Krea stigit från 125 till 214 på en vecka trots adekvata takrolimusnivåer. Ingen feber. "
                     "UL transplantat utan hydronefros, normalt flöde i njurartären."),
        ("Bedömning", "Misstänkt akut T-cellsmedierad rejektion. Transplantatbiopsi bokas i morgon bitti. "
                      "Pat ej informerad om rejektionsmisstanken ännu, får bara veta att biopsi behövs för att förklara kreatininstegringen."),
    ], setting="slutenvård")],
    must=["NL102", "NL101"],
    why="Suspected rejection in visible Bedömning together with an explicit statement that the patient has not been told.")

add("skane-bk-virusnefropati-pad-ej-besked", "skane", "1966-04-30", [
    note("n1", "Melior", "Läkaranteckning", "malmo_tx", "haddad", "2024-04-10T16:45:00", [
        ("Provsvar", "PAD transplantatbiopsi 2024-04-09: tubulointerstitiell inflammation med virala inklusioner, SV40 positiv i tubuliepitel. "
                     "BK-virusnefropati, klass B enligt Banff."),
        ("Planering", "Pat har ännu inte fått besked om biopsisvaret. Ringer pat i morgon och bokar besök; "
                      "sänker CellCept redan nu till 500 mg x 2 via e-recept."),
    ])],
    must=["NL101"], must_not=["NL102"],
    why="Confirmed BK-virusnefropati in a visible section, patient explicitly not yet told.")

add("skane-hereditet-adpkd-mor-och-morbror", "skane", "1999-02-11", [
    note("n1", "Melior", "Mottagningsanteckning", "hbg_njur", "bengtsson", "2024-03-19T08:40:00", [
        ("Hereditet", "Mamma och morfar har polycystisk njursjukdom, mamma transplanterad 2015. "
                      "Morbror troligen också drabbad, dog i 60-årsåldern med dialys."),
        ("Aktuellt", "25-årig kvinna som vill veta om hon bär på sjukdomen. Inga besvär, normalt BT."),
        ("Utredning", "UL njurar idag: normalstora njurar, en enstaka 6 mm cysta vä. Uppfyller inte Pei-kriterierna för åldern. "
                      "Diskuterat genetisk testning, hon vill fundera."),
    ])],
    must_not=["NL102"],
    why="The only hedged disease belongs to a relative (morbror); the patient does not fulfil criteria.")

add("skane-membranos-ev-ny-biopsi-plan", "skane", "1962-07-07", [
    note("n1", "Melior", "Läkaranteckning", "landskrona_med", "karimi", "2024-09-02T10:50:00", [
        ("Diagnos", "Membranös nefropati, anti-PLA2R-positiv, rituximab sedan maj."),
        ("Planering", "Ev. ny biopsi om proteinurin inte halverats till oktober. "
                      "Eventuellt tillägg av takrolimus diskuteras på njurkonferensen."),
    ])],
    must_not=["NL102"],
    why="Hedges ('ev.', 'eventuellt') attach to plans; the diagnosis itself is confirmed.")

add("skane-akut-anti-gbm-kan-ej-uteslutas", "skane", "1955-10-22", [
    note("n1", "Melior", "Akutanteckning", "lund_akut", "bengtsson", "2024-01-27T02:15:00", [
        ("Aktuellt", "68-årig kvinna med hemoptys, trötthet och mörk urin i en vecka. Krea 580, CRP 88, Hb 94."),
        ("Bedömning", "Snabbt progredierande njursvikt med lungblödning. Anti-GBM-sjukdom kan ej uteslutas, ANCA och anti-GBM skickade som akut. "
                      "Ger metylprednisolon 500 mg iv och kontaktar njurjouren för plasmaferes."),
    ], setting="slutenvård")],
    must=["NL102"],
    why="'kan ej uteslutas' hedges anti-GBM disease of the patient in a visible section.")

add("skane-barn-misstankt-nefrotiskt-syndrom", "skane", "2019-11-08", [
    note("n1", "Melior", "Inskrivningsanteckning", "lund_barnavd", "nyberg", "2024-03-03T19:20:00", [
        ("Anamnes", "4-årig pojke med svullnad runt ögonen sedan en vecka, nu även svullna ben och pung. Förkyld för 2 v sedan."),
        ("Status", "Opåverkad. Periorbitala ödem, pittingödem underben, lätt skrotalödem. BT 98/60."),
        ("Bedömning", "S-albumin 14, U-albumin över 3 g/L, krea 28. Misstänkt nefrotiskt syndrom, trol. minimal change-nefropati med tanke på åldern. "
                      "Startar prednisolon 60 mg/m2 efter att föräldrarna fått information."),
    ], setting="slutenvård")],
    must=["NL102"],
    why="Child under 13 (guardians read the journal): hedged nefrotiskt syndrom in a visible Melior section.")

add("skane-barn-bild-forenlig-med-hus", "skane", "2021-08-30", [
    note("n1", "Melior", "Läkaranteckning", "lund_barnavd", "nyberg", "2024-07-16T12:05:00", [
        ("Bedömning", "Blodig diarré för 6 dagar sedan, nu blek och minskad urinproduktion. Hb 78 med fragmentocyter, TPK 42, krea 190, LD kraftigt förhöjt. "
                      "Bilden förenlig med hemolytiskt uremiskt syndrom, EHEC-odling och shigatoxin-PCR skickade."),
    ], setting="slutenvård")],
    must=["NL102"],
    why="'förenlig med' HUS - hedged diagnosis of a small child in a visible note.")

add("skane-typo-missankt-pyelonefrit-i-transplantat", "skane", "1975-05-16", [
    note("n1", "Melior", "Läkaranteckning", "malmo_tx", "lindqvist", "2024-10-04T06:50:00", [
        ("Aktuellt", "Frossa och feber 39,2 sedan i natt, ömmar över transplantatet i hö fossa iliaca. U-sticka nitrit+ leuk 3+."),
        ("Bedömning", "Missänkt pyelonefrit i transplantatnjuren. Odlingar tagna, startar cefotaxim 1 g x 3 och lägger in pat på avd 4."),
    ], setting="slutenvård")],
    must=["NL102"],
    why="Typo in the hedge ('Missänkt') before a diagnosis in a visible section.")

add("skane-urologi-uretarsten-uteslutes", "skane", "1983-12-19", [
    note("n1", "Melior", "Mottagningsanteckning", "malmo_uro", "sandberg", "2024-06-20T14:00:00", [
        ("Besöksorsak", "Återbesök efter vänstersidig flanksmärta på akuten 3/6."),
        ("Utredning", "DT-urografi utan konkrement, normalt avflöde bilat. Uretärsten uteslutes. Smärtan har klingat av helt."),
        ("Bedömning", "Ingen urologisk åtgärd. Avslutas hos oss."),
    ])],
    must_not=["NL102"],
    why="Ruled-out diagnosis ('uteslutes') only.")

add("skane-urologi-njurtumor-bild-som-vid-rcc-ej-informerad", "skane", "1957-03-04", [
    note("n1", "Melior", "Läkaranteckning", "malmo_uro", "sandberg", "2024-03-26T15:35:00", [
        ("Utredning", "DT buk med kontrast (utförd pga hematuri): 4,2 cm solid, kontrastuppladdande tumör i hö njures nedre pol, bild som vid njurcellscancer. "
                      "Ingen lymfkörtelförstoring, inga metastaser i lungbaserna."),
        ("Planering", "Pat ej informerad om DT-fyndet, ska få besked av mig på mottagningen v. 14 tillsammans med kontaktsjuksköterska. "
                      "Anmäls till MDK njurcancer."),
    ])],
    must=["NL101", "NL102"],
    why="'bild som vid njurcellscancer' visible while the text says the patient is not informed.")

add("skane-urologi-njurcancer-pad-genomgangen", "skane", "1950-09-28", [
    note("n1", "Melior", "Mottagningsanteckning", "malmo_uro", "lundh", "2024-05-28T10:10:00", [
        ("Diagnos", "Klarcellig njurcancer hö, pT1b, opererad med robotassisterad partiell nefrektomi 2024-05-06."),
        ("Information", "Gått igenom PAD med pat, som också fått skriftlig information om uppföljningsprogrammet. Kontaktsjuksköterska Annika deltog."),
        ("Planering", "DT thorax-buk om 6 mån. Krea kontrolleras på VC om 4 v."),
    ])],
    must_not=["NL101", "NL102"],
    why="Confirmed cancer diagnosis that the patient has been told; no hedge.")

add("skane-fsgs-pat-informerad-vuxna-barn-ej", "skane", "1968-02-14", [
    note("n1", "Melior", "Läkaranteckning", "lund_njurmott", "lindqvist", "2024-11-05T11:20:00", [
        ("Bedömning", "Biopsisvaret visar fokal segmentell glomeruloskleros (FSGS), perihilär variant. "
                      "Pat informerad om biopsisvaret vid besöket idag. Hon vill inte att de vuxna barnen ska få veta något ännu."),
    ])],
    must_not=["NL101"],
    why="The patient has been told; only relatives are kept uninformed, which is no NL101.")

add("skane-tx-koordinator-operationsdatum-ej-meddelat", "skane", "1970-06-03", [
    note("n1", "Melior", "Koordinatoranteckning", "malmo_tx", "olofsson", "2024-09-24T13:15:00", [
        ("Aktuellt", "Pat med terminal njursvikt sekundärt till diabetesnefropati, PD sedan 2022. Levande donation från maken planeras, crossmatch negativ."),
        ("Planering", "Operationsdatum ej meddelat pat ännu, vi väntar på besked om operationssal från Tx-kirurgen. "
                      "Pat och make vet att besked kommer inom två veckor."),
    ])],
    must_not=["NL101"],
    why="What is not yet told is a date, not a diagnosis.")

add("skane-remiss-tx-utredning-skickad-ej-informerad", "skane", "1959-04-12", [
    note("n1", "Melior", "Läkaranteckning", "landskrona_med", "karimi", "2024-02-08T15:55:00", [
        ("Diagnos", "Kronisk njursvikt stadium 5 (N18.5), hypertensiv nefroskleros."),
        ("Åtgärd", "Remiss till transplantationsutredning SUS Malmö skickad idag. Pat ej informerad om att remissen gått iväg, "
                   "men transplantation har diskuterats vid flera tidigare besök och han vill bli utredd."),
    ])],
    must_not=["NL101"],
    why="What the patient has not been told is that the referral was sent - not a diagnosis.")

add("skane-anti-pla2r-negativt-ej-meddelat", "skane", "1977-10-01", [
    note("n1", "Melior", "Läkaranteckning", "lund_njurmott", "haddad", "2024-05-06T09:05:00", [
        ("Diagnos", "Nefrotiskt syndrom, biopsin visar membranös nefropati. Diagnosen genomgången med pat vid förra besöket."),
        ("Provsvar", "Anti-PLA2R negativt. Ej meddelat pat ännu, tas vid återbesöket på torsdag."),
    ])],
    must_not=["NL101"],
    why="The untold item is a negative antibody result, not a diagnosis.")

add("skane-multi-fabry-th-sedan-informerad", "skane", "1985-01-20", [
    note("n1", "Melior", "Tidiga hypoteser", "hbg_njur", "nordstrom", "2024-02-15T14:30:00", [
        ("Bedömning", "Proteinuri, angiokeratom i ljumskarna och brännande smärta i händerna sedan barndomen. Misstänkt Fabrys sjukdom. "
                      "Ej informerad, avvaktar alfa-galaktosidasaktivitet och GLA-gentest."),
    ]),
    note("n2", "Melior", "Läkaranteckning", "hbg_njur", "nordstrom", "2024-04-18T10:45:00", [
        ("Bedömning", "GLA-gentest visar patogen variant och enzymaktiviteten är låg: Fabrys sjukdom fastställd. "
                      "Informerat pat vid dagens besök och erbjudit genetisk vägledning till syskonen."),
    ])],
    must_not=[("NL101", "n2"), ("NL102", "n2")],
    why="Later visible note: the hypothesis kept earlier in Tidiga hypoteser is now confirmed and told to the patient.")

add("skane-multi-membranos-ej-besked-sedan-telefon", "skane", "1990-12-12", [
    note("n1", "Melior", "Läkaranteckning", "lund_njurmott", "lindqvist", "2024-09-03T15:20:00", [
        ("Provsvar", "PAD njurbiopsi: membranös nefropati, stadium II, IgG4-dominant."),
        ("Bedömning", "Pat ej informerad om biopsisvaret, ringer henne i morgon efter att ha pratat med handledare om behandlingsupplägg."),
    ]),
    note("n2", "Melior", "Telefonanteckning", "lund_njurmott", "lindqvist", "2024-09-04T12:10:00", [
        ("Telefonkontakt", "Ringt pat och gått igenom att biopsin visar membranös nefropati. Hon tar beskedet lugnt, frågor om graviditet besvarade."),
    ])],
    must=[("NL101", "n1")], must_not=[("NL101", "n2")],
    why="First note shows the diagnosis while saying she is not told (NL101); the next day's call tells her.")

add("skane-hd-ssk-ev-calcifylaxi", "skane", "1948-07-25", [
    note("n1", "Melior", "Omvårdnadsanteckning", "lund_dialys", "hakansson", "2024-11-12T13:40:00", [
        ("Omvårdnad", "Pat visar smärtsamt, svartaktigt sår på vä lår, ca 3x4 cm, tillkommit sedan förra veckan. "
                      "Ev. calcifylaxi enligt dr Lindqvist som tittade på såret under dialysen. Fotodokumenterat, lagt Mepilex Border."),
    ])],
    must=["NL102"],
    why="Nurse documents a physician's hedged diagnosis ('ev. calcifylaxi') in a visible note.")

add("skane-pd-traning-om-grumlig-pase-ring", "skane", "1963-03-08", [
    note("n1", "Melior", "Mottagningsanteckning", "lund_pd", "ekstrom", "2024-04-23T11:00:00", [
        ("Åtgärd", "PD-träning dag 4 av 5, pat byter påse självständigt och aseptiskt. Genomgått vad som är viktigt att reagera på. "
                   "Om påsen blir grumlig, vid buksmärta eller feber ska pat ringa PD-mottagningen direkt, jourtid avd 4, eftersom det kan vara peritonit."),
    ])],
    must_not=["NL102"],
    why="Conditional safety-net advice ('om ... kan vara peritonit'), not a hypothesis about the patient now.")

add("skane-pd-misstankt-peritonit", "skane", "1956-08-13", [
    note("n1", "Melior", "Läkaranteckning", "lund_pd", "bengtsson", "2024-12-02T09:35:00", [
        ("Aktuellt", "PD-pat sedan 2023 som ringde i morse pga grumlig påse och diffus buksmärta. Temp 38,1."),
        ("Bedömning", "Dialysat-LPK 1200, 90 % polynukleära. Misstänkt PD-peritonit, odling av dialysatet skickad. "
                      "Intraperitonealt vankomycin och ceftazidim enligt PM."),
    ])],
    must=["NL102"],
    why="'Misstänkt PD-peritonit' in visible Bedömning.")

add("skane-anca-negativ-talar-emot-vaskulit", "skane", "1952-05-05", [
    note("n1", "Melior", "Läkaranteckning", "csk_med", "nordstrom", "2024-10-15T14:50:00", [
        ("Bedömning", "Krea 168 och mikroskopisk hematuri hos 72-årig man. ANCA negativa, anti-GBM negativt och normalt urinsediment vid upprepad mikroskopi "
                      "talar emot vaskulit. Hematurin utreds vidare av urologen med cystoskopi."),
    ])],
    must_not=["NL102"],
    why="'talar emot vaskulit' is a negated mention.")

add("skane-konsult-dd-prerenal-atn-postrenalt", "skane", "1946-11-30", [
    note("n1", "Melior", "Konsultanteckning", "malmo_kir", "haddad", "2024-06-27T15:10:00", [
        ("Konsult", "Tillsyn på kir avd 6 pga oliguri efter hemikolektomi. Krea 95 till 260 på 2 dygn, timdiures 15 ml."),
        ("Bedömning", "DD prerenal njursvikt pga hypovolemi, ATN efter peroperativ hypotension eller postrenalt hinder. Bladderscan 90 ml. "
                      "Ger 1000 ml Ringer-acetat, ny bedömning kl 18."),
    ], setting="slutenvård", signed=None)],
    must=["NL102"],
    why="Differential diagnosis list ('DD') of the patient's kidney failure in a visible consult note.")

add("skane-hyperkalemi-trolig-utskrivning-i-morgon", "skane", "1940-01-09", [
    note("n1", "Melior", "Daganteckning", "malmo_njuravd", "lindqvist", "2024-03-13T10:25:00", [
        ("Aktuellt", "Dag 3 för hyperkalemi 7,1 orsakad av trimetoprim-sulfa och ramipril. K idag 4,9 efter Lokelma och utsatt Eusaprim."),
        ("Planering", "Trolig utskrivning i morgon om kalium fortsatt under 5,0. Ramipril återinsätts ej, VC kontaktas om antihypertensiv behandling."),
    ], setting="slutenvård")],
    must_not=["NL102"],
    why="Hyperkalemia is confirmed; the only hedge ('trolig utskrivning') is about discharge.")

add("skane-th-mall-misstankt-dolt-laxantiamissbruk", "skane", "1996-09-19", [
    note("n1", "Melior", "Tidiga hypoteser", "hbg_njur", "nordstrom", "2024-05-22T16:00:00", [
        ("Bedömning", "Återkommande hypokalemi 2,6-2,9 trots kaliumtillskott, låg urin-kalium och metabol alkalos. "
                      "Misstänkt dolt laxantiamissbruk eller ätstörning. Tas inte upp med pat förrän vi har hennes förtroende, samtal planeras tillsammans med kurator."),
    ])],
    must_not=["NL102", "NL101"],
    why="Sensitive hypothesis and the decision not to tell yet sit only in a Skåne Tidiga hypoteser note.")

add("skane-long-epikris-dialysstart-misstankt-sekundar-hpt", "skane", "1959-10-27", [
    note("n1", "Melior", "Epikris", "malmo_njuravd", "lindqvist", "2024-03-21T14:05:00", [
        ("Inskrivningsorsak", "Planerad dialysstart hos 64-årig man med kronisk njursvikt stadium 5 sekundärt till diabetesnefropati."),
        ("Tidigare sjukdomar", "Typ 2-diabetes sedan 1998, hypertoni, PCI 2019 för NSTEMI, förmaksflimmer på Eliquis."),
        ("Förlopp", "Tunnelerad dialyskateter anlagd i hö v. jugularis interna 12/3 utan komplikationer. "
                    "Tre korta inledande HD-pass med låg blodflödeshastighet, väl tolererade. "
                    "Vikten sjönk från 94 till 91,5 kg och ödemen har minskat. "
                    "Blodsockret stabilt efter att insulindosen reducerats med 20 %. K 5,8 vid ankomst, 4,6 vid utskrivning."),
        ("Lab vid utskrivning", "Hb 101, krea 612, urea 24, albumin 31, fosfat 2,1, Ca 2,18, PTH 68 pmol/L."),
        ("Bedömning", "Dialysstart genomförd enligt plan. Misstänkt sekundär hyperparatyreoidism med högt PTH och fosfat, "
                      "Fosrenol insatt och alfakalcidol övervägs efter nästa PTH."),
        ("Uppföljning", "Fortsatt HD tis-tor-lör på Dialysavdelningen SUS Malmö. AV-fistel vä underarm opereras v. 16. "
                        "Diabetessköterska följer upp insulinet."),
    ], setting="slutenvård")],
    must=["NL102"],
    why="Long discharge summary, mostly confirmed facts, with one hedged diagnosis (sekundär hyperparatyreoidism) in Bedömning.")

add("skane-long-manadsrond-dialys-inga-hypoteser", "skane", "1944-04-04", [
    note("n1", "Melior", "Läkaranteckning", "trelleborg_dialys", "haddad", "2024-10-08T12:30:00", [
        ("Aktuellt", "Månadsrond på dialysen. 79-årig kvinna, HD sedan 2021 pga nefroangioskleros. Subjektivt piggare efter att Hb stigit."),
        ("Dialys", "HD 3 ggr/v, 4 h, Fx80, blodflöde 300 ml/min via AV-fistel hö underarm. Kt/V 1,38. "
                   "Torrvikt 58,0 kg, interdialytisk viktuppgång 1,5-2 kg."),
        ("Status", "AT gott. BT 138/72 före dialys. Inga ödem. Fisteln har bra surr och thrill."),
        ("Lab", "Hb 112, ferritin 420, TSAT 28 %, Ca 2,31, fosfat 1,6, PTH 32, albumin 36, K 5,1."),
        ("Bedömning", "Välfungerande dialys, inga tecken på övervätskning. Ingen misstanke om fistelstenos, flödena stabila sedan i höstas. "
                      "Den renala anemin är välbehandlad."),
        ("Planering", "Ev. sänkning av Aranesp till 30 mikrog/v om Hb över 120 vid nästa kontroll. "
                      "Torrvikten kanske behöver justeras nedåt inför sommaren. Nästa rond om 4 veckor."),
    ])],
    must_not=["NL102"],
    why="Long dialysis round note: only negations ('inga tecken på', 'ingen misstanke om') and hedged plans.")

add("skane-tx-koordinator-donatorbror-trol-hypertoni", "skane", "1972-08-08", [
    note("n1", "Melior", "Koordinatoranteckning", "malmo_tx", "olofsson", "2024-07-02T10:00:00", [
        ("Aktuellt", "Telefonsamtal med pat inför fortsatt utredning av levande donator. Brodern, 52 år, är tänkt donator."),
        ("Planering", "Broderns 24-timmars BT visade förhöjda värden, han har trol. obehandlad hypertoni och utreds vidare hos sin husläkare "
                      "innan donationen kan godkännas. Pat informerad om att processen därmed försenas några månader."),
    ])],
    must_not=["NL102"],
    why="The hedged disease (trol. hypertoni) belongs to the potential donor, the patient's brother.")

add("skane-telefon-vc-lakare-glomerulonefrit-fragetecken", "skane", "1979-02-26", [
    note("n1", "Melior", "Telefonanteckning", "csk_med", "karimi", "2024-01-11T13:25:00", [
        ("Telefonkontakt", "Samtal från VC-läkare i Hässleholm om 45-årig man med krea 140, hematuri 2+ och proteinuri 1,2 g/d. "
                           "Glomerulonefrit? Tar emot pat på mottagningen inom 2 v, ber VC skicka ANCA, C3, C4 och elfores innan dess."),
    ])],
    must=["NL102"],
    why="A question mark after a diagnosis ('Glomerulonefrit?') in a visible telephone note.")

add("skane-pd-uf-svikt-byte-till-hd-fragetecken", "skane", "1951-12-24", [
    note("n1", "Melior", "Mottagningsanteckning", "lund_pd", "ekstrom", "2024-06-04T14:20:00", [
        ("Aktuellt", "PD sedan 4 år, ultrafiltrationssvikt trots icodextrin. Tredje peritoniten på ett år behandlades i februari."),
        ("Planering", "Byte till hemodialys? Diskuteras med pat och dr Lindqvist på nästa PD-besök. Fistelkartläggning med UL beställd redan nu."),
    ])],
    must_not=["NL102"],
    why="The question mark hedges a treatment plan, not a diagnosis; the diagnoses mentioned are established.")

add("skane-oklart-om-diabetesnefropati-eller-nefroskleros", "skane", "1954-06-18", [
    note("n1", "Melior", "Mottagningsanteckning", "hbg_njur", "nordstrom", "2024-08-27T09:50:00", [
        ("Bedömning", "CKD 3b med måttlig albuminuri hos pat med typ 2-diabetes och långvarig hypertoni, utan retinopati. "
                      "Oklart om det rör sig om diabetesnefropati eller hypertensiv nefroskleros; biopsi bedöms inte ändra behandlingen. "
                      "Fortsatt SGLT2-hämmare och finerenon."),
    ])],
    must=["NL102"],
    why="'Oklart om det rör sig om X eller Y' leaves the patient's diagnosis open in a visible note.")

add("skane-dietist-oklart-om-lokelma-tas", "skane", "1964-09-09", [
    note("n1", "Melior", "Dietistanteckning", "malmo_dialys", "malmberg", "2024-02-27T10:40:00", [
        ("Aktuellt", "Kostsamtal pga återkommande kalium över 6 före måndagsdialysen."),
        ("Bedömning", "Oklart om pat tar sin Lokelma på dialysfria dagar, hon säger att hon glömmer på helgerna. "
                      "Äter mycket tomatsås och potatis som inte urlakats. Gått igenom kaliumsnål kost med broschyr och förslag på bytesvaror."),
    ])],
    must_not=["NL102"],
    why="'Oklart om' concerns medication adherence, not a diagnosis.")

add("skane-tx-konferens-innan-besked-kronisk-abmr", "skane", "1982-04-17", [
    note("n1", "Melior", "Läkaranteckning", "malmo_tx", "nordstrom", "2024-11-19T17:05:00", [
        ("Provsvar", "Transplantatbiopsi: kronisk aktiv antikroppsmedierad rejektion, C4d positiv, DSA mot DQ7 MFI 8000."),
        ("Bedömning", "Svaret ska inte kommuniceras med pat förrän fallet tagits upp på transplantationskonferensen på onsdag, "
                      "eftersom behandlingsalternativen är begränsade. I går fick pat bara veta att biopsin tagits och att svaret dröjer."),
    ], signed=None)],
    must=["NL101"],
    why="Unsigned draft: confirmed rejection diagnosis visible while the text says it must not be communicated yet.")

add("skane-kand-iga-sedan-2018-valinformerad", "skane", "1988-07-31", [
    note("n1", "Melior", "Mottagningsanteckning", "hbg_njur", "bengtsson", "2024-04-09T13:30:00", [
        ("Anamnes", "Känd IgA-nefropati sedan biopsi 2018, pat väl informerad om diagnosen och har läst på själv via Njurförbundet."),
        ("Aktuellt", "Årskontroll. Proteinuri 0,4 g/d på maxdos losartan och dapagliflozin, krea stabilt 130."),
        ("Planering", "Fortsatt samma. Återbesök om 6 mån med lab före."),
    ])],
    must_not=["NL101", "NL102"],
    why="Diagnosis known to and explained to the patient earlier; nothing withheld, no hedge.")

add("skane-typo-ingen-misstake-om-bk-virus", "skane", "1973-01-05", [
    note("n1", "Melior", "Telefonanteckning", "malmo_tx", "olofsson", "2024-07-23T11:50:00", [
        ("Telefonkontakt", "Meddelat pat att BK-PCR i plasma nu är negativ. Ingen misstake om BK-virus längre, "
                           "så CellCept ligger kvar på full dos enligt dr Nordström."),
    ])],
    must_not=["NL102"],
    why="Negation with a typo ('Ingen misstake om') - still a negated mention.")

add("skane-terminal-njursvikt-dialysbesked-ej-givet", "skane", "1945-05-27", [
    note("n1", "Melior", "Läkaranteckning", "ystad_med", "haddad", "2024-08-14T15:15:00", [
        ("Bedömning", "eGFR 9, urea 32 och tilltagande illamående: terminal njursvikt med uremiska symtom. Dialys behövs inom några veckor. "
                      "Pat är inte informerad om att njursvikten nu är terminal och att dialys behövs, dottern har bett att få vara med när beskedet ges på fredag."),
    ])],
    must=["NL101"], must_not=["NL102"],
    why="Established terminal kidney failure in a visible note while the patient explicitly has not been told.")

add("skane-typo-ej-infomerad-lupusnefrit-klass-iv", "skane", "1995-03-13", [
    note("n1", "Melior", "Läkaranteckning", "lund_njurmott", "lindqvist", "2024-06-13T16:30:00", [
        ("Provsvar", "PAD: lupusnefrit ISN/RPS klass IV-G (A), aktivitetsindex 9, kronicitetsindex 2."),
        ("Bedömning", "Pat ej infomerad om PAD ännu – hon ligger på reumatologen och vi ger beskedet gemensamt med reumatologkonsulten i morgon. "
                      "Induktion med mykofenolat och steroider förbereds."),
    ])],
    must=["NL101"],
    why="Typo in 'infomerad'; the diagnosis is visible and the patient is not told yet.")

add("skane-protokollbiopsi-utan-rejektion-ej-meddelad", "skane", "1969-10-10", [
    note("n1", "Melior", "Läkaranteckning", "malmo_tx", "lindqvist", "2024-05-30T14:45:00", [
        ("Provsvar", "Protokollbiopsi 1 år: ingen rejektion, ingen BK-virusnefropati, lätt IFTA (ci1 ct1)."),
        ("Planering", "Pat ej informerad om svaret än, men det är lugnande och skickas som brev. Fortsatt nuvarande immunsuppression."),
    ])],
    must_not=["NL101", "NL102"],
    why="What is not yet told is a reassuring biopsy result with ruled-out diagnoses.")

add("skane-kurator-har-inte-berattat-for-arbetsgivaren", "skane", "1981-11-21", [
    note("n1", "Melior", "Kuratorsanteckning", "malmo_dialys", "strand", "2024-09-17T10:15:00", [
        ("Samtal", "Samtal med pat om arbetssituationen sedan dialysstarten. Hon har inte berättat för arbetsgivaren att hon har njursvikt "
                   "och dialys tre dagar i veckan, och vill själv välja när. Diskuterat anpassade arbetstider och sjukersättning på deltid."),
    ])],
    must_not=["NL101"],
    why="It is the employer, not the patient, who has not been told; the patient knows her diagnosis.")

add("skane-typo-sannolkt-atn-rabdomyolys", "skane", "1938-02-02", [
    note("n1", "Melior", "Inskrivningsanteckning", "malmo_njuravd", "karimi", "2024-12-09T21:40:00", [
        ("Bedömning", "Rabdomyolys efter fall i hemmet och 20 h på golvet, CK 48 000. Krea 310, oliguri. "
                      "Sannolkt akut tubulär nekros orsakad av myoglobinuri. Forcerad hydrering och timdiures, dialys vid K över 6,5 eller övervätskning."),
    ], setting="slutenvård")],
    must=["NL102"],
    why="Typo in the hedge ('Sannolkt') before ATN in a visible admission note.")

add("skane-susp-granulomatos-polyangit", "skane", "1960-07-12", [
    note("n1", "Melior", "Inskrivningsanteckning", "csk_med", "nordstrom", "2024-04-25T18:20:00", [
        ("Aktuellt", "Feber, viktnedgång 6 kg, sinuit och näsblod i 2 mån. Krea 280, hematuri 3+, PR3-ANCA högt positivt."),
        ("Bedömning", "Susp. granulomatös polyangit med njurengagemang. Njurbiopsi i morgon, pulssteroider startas redan idag."),
    ], setting="slutenvård")],
    must=["NL102"],
    why="'Susp.' abbreviation before a vasculitis diagnosis in a visible note.")

add("skane-barn-morbror-trol-alport", "skane", "2014-10-03", [
    note("n1", "Melior", "Mottagningsanteckning", "lund_barnnjur", "nyberg", "2024-02-06T14:10:00", [
        ("Hereditet", "Morfar dialyserades från 40 års ålder och var hörselskadad. Mammans bror har trol. Alports syndrom men är inte utredd."),
        ("Aktuellt", "9-årig flicka med mikroskopisk hematuri vid skolhälsovårdens kontroll. Normal hörsel enligt audiogram i vintras. U-alb/krea normal."),
        ("Planering", "Gentest COL4A3-5 erbjuds efter samtal med mamma. Ny urinkontroll om 6 mån."),
    ])],
    must_not=["NL102"],
    why="The hedged Alport diagnosis belongs to the child's uncle, not the patient.")

add("skane-barn-vesikoureteral-reflux-fragetecken", "skane", "2023-01-15", [
    note("n1", "Melior", "Mottagningsanteckning", "lund_barnnjur", "roos", "2024-09-10T09:30:00", [
        ("Aktuellt", "1-årig pojke med tredje febrila UVI:n (E. coli) sedan i våras. Växer och utvecklas normalt."),
        ("Bedömning", "UL visar lätt dilaterat njurbäcken vä, 9 mm. Vesikoureteral reflux? MUCG bokas och trimetoprimprofylax tills vidare."),
    ])],
    must=["NL102"],
    why="Question mark after a diagnosis (VUR) for a toddler; guardians read the visible note.")

add("skane-sjogren-distal-rta-ej-informerad", "skane", "1978-06-22", [
    note("n1", "Melior", "Läkaranteckning", "lund_njurmott", "haddad", "2024-10-22T15:05:00", [
        ("Provsvar", "SSA/SSB positiva, läppspottkörtelbiopsi fokusscore 3."),
        ("Bedömning", "Primärt Sjögrens syndrom med distal renal tubulär acidos som förklarar njurstenarna och hypokalemin. "
                      "Pat är ännu inte informerad om Sjögren-diagnosen; reumatolog ringer henne nästa vecka."),
    ])],
    must=["NL101"], must_not=["NL102"],
    why="Confirmed diagnosis in visible Bedömning and the text says the patient is not yet informed.")

add("skane-dialys-ssk-hepatit-c-inte-saga-nagot", "skane", "1967-03-30", [
    note("n1", "Melior", "Omvårdnadsanteckning", "lund_dialys", "jpersson", "2024-11-26T14:55:00", [
        ("Dialysrapport", "Årlig smittscreening: anti-HCV positiv och HCV-RNA positivt, alltså aktiv hepatit C. "
                          "Dr Lindqvist har bett oss att inte säga något till pat om svaret innan hon själv pratat med honom på torsdag. "
                          "Pat dialyseras tills vidare i isoleringsrummet, hygienrutiner enligt PM."),
    ])],
    must=["NL101"],
    why="Dialysis nurse: confirmed hepatitis C visible while staff are told not to tell the patient yet.")

add("skane-urologi-prostatacancer-pad-kanner-ej-till", "skane", "1956-12-06", [
    note("n1", "Melior", "Läkaranteckning", "malmo_uro", "lundh", "2024-03-12T16:50:00", [
        ("Provsvar", "PAD prostatabiopsier: adenocarcinom Gleason 4+3=7 i 5 av 12 biopsier, ISUP grad 3."),
        ("Planering", "Patienten känner ännu inte till PAD-svaret, besked ges på onsdag av mig. Skelettscint beställd."),
    ])],
    must=["NL101"], must_not=["NL102"],
    why="Urology overlap: confirmed prostate cancer in a visible note while the patient does not yet know.")

add("skane-trol-kontrastnefropati-efter-angio", "skane", "1949-11-11", [
    note("n1", "Melior", "Daganteckning", "landskrona_med", "karimi", "2024-05-08T11:15:00", [
        ("Aktuellt", "Krea steg från 110 till 198 tre dagar efter koronarangiografin."),
        ("Bedömning", "Trol. kontrastinducerad nefropati. Metformin pausas och iv vätska ges, krea dagligen."),
    ], setting="slutenvård")],
    must=["NL102"],
    why="'Trol.' abbreviation before a diagnosis in a visible daily note.")

add("skane-urologi-trolig-akut-prostatit", "skane", "1965-08-29", [
    note("n1", "Melior", "Mottagningsanteckning", "malmo_uro", "sandberg", "2024-07-30T10:35:00", [
        ("Status", "Temp 39,0. Öm, svullen prostata vid PR. Buk mjuk."),
        ("Bedömning", "Trolig akut bakteriell prostatit. Urinodling tagen, ciprofloxacin 500 mg x 2 i 4 veckor."),
    ])],
    must=["NL102"],
    why="Urology: 'Trolig akut bakteriell prostatit' in visible Bedömning.")

add("skane-typo-torl-lymfocele-vid-transplantat", "skane", "1976-02-18", [
    note("n1", "Melior", "Transplantationsuppföljning", "malmo_tx", "nordstrom", "2024-08-20T13:20:00", [
        ("Utredning", "UL transplantat: vätskeansamling 6 cm medialt om njuren, torl. lymfocele som ger lätt hydronefros. Krea 150 från 122."),
        ("Planering", "Punktion och analys av kreatinin i vätskan via röntgen på fredag."),
    ])],
    must=["NL102"],
    why="Typo in the hedge abbreviation ('torl.' for trol.) before lymfocele in a visible note.")

add("skane-barn-misstankt-nefronoftis", "skane", "2013-09-07", [
    note("n1", "Melior", "Mottagningsanteckning", "lund_barnnjur", "roos", "2024-04-16T10:25:00", [
        ("Aktuellt", "10-årig flicka med polyuri, polydipsi och trötthet i ett år. Hb 96, krea 180."),
        ("Utredning", "UL: små ekogena njurar med förlorad kortikomedullär differentiering."),
        ("Bedömning", "Misstänkt nefronoftis. Gentestpanel för ciliopatier skickad, föräldrarna har fått skriftlig information om utredningen."),
    ])],
    must=["NL102"],
    why="Hedged rare hereditary kidney disease in a child under 13, visible to guardians.")

# =================================================================== SKÅNE, PMO (primärvård)

add("skane-pmo-vc-misstankt-progress-ckd4", "skane", "1947-06-14", [
    note("n1", "PMO", "Besöksanteckning", "vc_eslov", "svensson", "2024-01-23T09:20:00", [
        ("Bedömning", "eGFR har sjunkit från 38 till 24 på ett år. Misstänkt progress till njursvikt stadium 4, remiss till njurmedicin Lund. "
                      "Metformin sätts ut."),
    ])],
    must_not=["NL102"],
    why="PMO never shows diagnoses: hedged CKD progression in a PMO note.")

add("skane-pmo-susp-polycystisk-njursjukdom", "skane", "1986-04-01", [
    note("n1", "PMO", "Besöksanteckning", "vc_sorgenfri", "mansour", "2024-03-05T14:45:00", [
        ("Status", "Palpabla resistenser i båda flankerna. BT 162/98 upprepat."),
        ("Bedömning", "38-årig man vars far dialyseras. Susp. polycystisk njursjukdom, UL njurar beställt och amlodipin insatt."),
    ])],
    must_not=["NL102"],
    why="PMO note: 'Susp.' before the patient's own diagnosis is never shown.")

add("skane-pmo-dd-nefrotiskt-syndrom-hjartsvikt", "skane", "1952-10-16", [
    note("n1", "PMO", "Besöksanteckning", "vc_hoor", "svensson", "2024-06-18T11:05:00", [
        ("Bedömning", "Ödem i underbenen sedan 3 v, S-albumin 22, U-sticka protein 3+. DD nefrotiskt syndrom, hjärtsvikt. "
                      "Remiss akut till njurmedicin, NT-proBNP skickat."),
    ], signed=None)],
    must_not=["NL102"],
    why="Differential diagnosis in a PMO primary-care note.")

add("skane-pmo-bvc-misstankt-uvi-spadbarn", "skane", "2023-12-04", [
    note("n1", "PMO", "BVC-anteckning", "bvc_staffanstorp", "lind", "2024-07-09T08:30:00", [
        ("Telefonkontakt", "Mamma ringer, 7 mån gammal flicka med feber 39 sedan i går utan förkylningssymtom. Ammar men äter sämre."),
        ("Åtgärd", "Misstänkt urinvägsinfektion, hänvisas till barnakuten Lund för urinprov samma dag."),
    ])],
    must_not=["NL102"],
    why="Infant in PMO (BVC): hedged UTI is not shown because PMO never shows diagnoses.")

add("skane-pmo-ungdomsmottagning-misstankt-epididymit", "skane", "2006-11-25", [
    note("n1", "PMO", "Besöksanteckning", "um_hbg", "holm", "2024-10-29T15:40:00", [
        ("Bedömning", "Smärta och svullnad i vä testikel sedan 3 dagar, gradvis debut, positivt Prehns tecken. "
                      "Misstänkt epididymit, klamydia-PCR tagen. Torsion bedöms osannolik men pat uppmanad att söka akut vid plötslig försämring."),
    ])],
    must_not=["NL102"],
    why="17-year-old at ungdomsmottagning (PMO): hedged urological diagnosis is not a visible-diagnosis problem.")

add("skane-pmo-typo-sannolkit-prerenal-njursvikt", "skane", "1939-03-20", [
    note("n1", "PMO", "Besöksanteckning", "vc_eslov", "svensson", "2024-08-01T10:00:00", [
        ("Bedömning", "Gastroenterit i 4 dagar med kräkningar, krea 165 från 80. Sannolkit prerenal njursvikt, enalapril och Furix pausas. Ny krea om 3 dagar."),
    ])],
    must_not=["NL102"],
    why="Typo hedge ('Sannolkit') in a PMO note - PMO never shows diagnoses.")

add("skane-pmo-hemsjukvard-pd-misstankt-peritonit", "skane", "1941-09-02", [
    note("n1", "PMO", "Hemsjukvårdsanteckning", "hsj_lund", "falk", "2024-11-17T20:10:00", [
        ("Omvårdnad", "Hjälper pat med kvällsbytet av PD-påse. Dialysatet grumligt och hon har ont i magen. "
                      "Misstänkt peritonit – ringt avd 4 SUS Lund som tar emot henne nu, ambulans beställd."),
    ])],
    must_not=["NL102"],
    why="Home-care nurse in PMO: hedged peritonitis is never shown from PMO.")

add("skane-pmo-misstankt-njurtumor-ej-informerad", "skane", "1958-01-31", [
    note("n1", "PMO", "Besöksanteckning", "vc_simrishamn", "svensson", "2024-04-11T16:25:00", [
        ("Bedömning", "Svar på UL buk (gjort för gallbesvär): 3 cm solid förändring i vä njure. Misstänkt njurtumör, remiss skickad till urologen SUS Malmö "
                      "enligt standardiserat vårdförlopp. Pat ej informerad än, nås inte på telefon – försöker igen i morgon."),
    ])],
    must_not=["NL102"],
    why="PMO: hedged tumour plus 'ej informerad'; NL102 is never due on PMO (NL101 not asserted on PMO).")

add("skane-pmo-hemsjukvard-trol-uvi-kad", "skane", "1936-05-19", [
    note("n1", "PMO", "Hemsjukvårdsanteckning", "hsj_lund", "aberg", "2024-02-02T10:50:00", [
        ("Omvårdnad", "Hembesök hos pat med KAD sedan prostataoperationen. Urinen grumlig och illaluktande, temp 37,9, lätt förvirrad enl hustrun. "
                      "Trol. urinvägsinfektion, urinodling tagen och kontakt med ansvarig läkare på VC."),
    ], signed=None)],
    must_not=["NL102"],
    why="Unsigned PMO home-care note with 'Trol. urinvägsinfektion' - PMO does not show diagnoses.")

# =================================================================== VGR (alltid Melior)

add("vgr-misstankt-primar-membranos-nefropati", "vgr", "1967-02-23", [
    note("n1", "Melior", "Mottagningsanteckning", "su_njurmott", "gustafsson", "2024-01-16T10:30:00", [
        ("Aktuellt", "57-årig man remitterad pga nefrotiskt syndrom: albumin 19, U-protein 8 g/dygn, normalt krea. Ödem sedan jul."),
        ("Bedömning", "Misstänkt primär membranös nefropati, anti-PLA2R skickat. Om det är positivt avstår vi från biopsi. "
                      "Startar Furix och atorvastatin samt profylaktisk Fragmin pga lågt albumin."),
    ])],
    must=["NL102"], must_not=["NL101"],
    why="VGR Melior: hedged membranous nephropathy in visible Bedömning; nothing said about withholding.")

add("vgr-sokord-tidiga-hypoteser-misstankt-kronisk-abmr", "vgr", "1979-08-05", [
    note("n1", "Melior", "Läkaranteckning", "su_tx", "berg", "2024-09-12T14:15:00", [
        ("Aktuellt", "Återbesök 14 mån efter tx. Krea 145 (baslinje 118), nytillkommen proteinuri 0,6 g/d."),
        ("Tidiga hypoteser", "Misstänkt kronisk antikroppsmedierad rejektion, nya DSA mot DR53. Biopsi planeras innan vi tar upp detta med pat."),
        ("Planering", "Transplantatbiopsi v. 38. Takrolimusmålet höjs till 6-8."),
    ])],
    must_not=["NL102", "NL101"],
    why="VGR protects by sökord: hypothesis and the untold remark are only under Tidiga hypoteser; visible sections neutral.")

add("vgr-sokord-tidiga-hypoteser-hivan-ej-informerad", "vgr", "1984-12-29", [
    note("n1", "Melior", "Läkaranteckning", "su_njurmott", "lindgren", "2024-05-09T11:40:00", [
        ("Aktuellt", "Biopsi gjord 3/5 utan komplikationer. Mår bra, ingen makrohematuri efteråt."),
        ("Tidiga hypoteser", "Kollapsande FSGS i biopsin, bild som vid HIV-associerad nefropati. HIV-test taget, pat ej informerad om frågeställningen."),
        ("Planering", "Återbesök när alla prover är klara."),
    ])],
    must_not=["NL101", "NL102"],
    why="Untold sensitive hypothesis kept only under the VGR sökord Tidiga hypoteser.")

add("vgr-mall-tidiga-hypoteser-men-sokord-bedomning", "vgr", "2001-10-14", [
    note("n1", "Melior", "Tidiga hypoteser", "sas_njur", "lindgren", "2024-03-28T09:10:00", [
        ("Bedömning", "Trolig Alports syndrom hos 22-årig man med hematuri, proteinuri och sensorineural hörselnedsättning. Gentest skickat."),
    ])],
    must=["NL102"],
    why="VGR filters by sökord, not template: a hypothesis under sökord Bedömning is visible even if the template is named Tidiga hypoteser.")

add("vgr-bk-viremi-mojlig-bk-virusnefropati", "vgr", "1963-05-11", [
    note("n1", "Melior", "Transplantationsuppföljning", "su_tx", "berg", "2024-02-22T13:35:00", [
        ("Lab", "BK-PCR plasma 4,2 log kopior/ml, stigande från 3,1 för en månad sedan. Krea 160 (baslinje 130)."),
        ("Bedömning", "Möjlig BK-virusnefropati. Transplantatbiopsi för att skilja mot rejektion, CellCept halveras redan nu."),
    ])],
    must=["NL102"],
    why="'Möjlig BK-virusnefropati' in a visible transplant follow-up note.")

add("vgr-biopsi-inga-tecken-pa-bk-virusnefropati", "vgr", "1974-07-19", [
    note("n1", "Melior", "Läkaranteckning", "su_tx", "demir", "2024-03-14T15:00:00", [
        ("Provsvar", "Transplantatbiopsi: inga tecken på BK-virusnefropati (SV40 negativ), ingen rejektion. Lindrig kalcineurinhämmartoxicitet med arteriolär hyalinos."),
        ("Bedömning", "Kreatininstegringen förklaras av höga takrolimusdalvärden. Dosen sänks från 4 till 3 mg x 2."),
    ])],
    must_not=["NL102"],
    why="Negated diagnoses ('inga tecken på', 'ingen rejektion') and a confirmed finding only.")

add("vgr-typo-misstank-hyperkalemi-dialys", "vgr", "1955-01-07", [
    note("n1", "Melior", "Dialysanteckning", "kungalv_dialys", "nilsson", "2024-04-29T07:20:00", [
        ("Dialysrapport", "Pat ringde på morgonen och beskrev muskelsvaghet och hjärtklappning. Misstänk hyperkalemi, fick komma in akut. "
                          "K-prov och EKG tagna, dr Demir underrättad."),
    ])],
    must=["NL102"],
    why="Typo in the hedge ('Misstänk') before hyperkalemi, visible dialysis note.")

add("vgr-barn-trolig-minimal-change-steroidkanslig", "vgr", "2018-06-27", [
    note("n1", "Melior", "Mottagningsanteckning", "dsbs_barnnjur", "sjoberg", "2024-05-21T10:15:00", [
        ("Aktuellt", "Fjärde dagen på prednisolon. Proteinurin minskar på U-sticka, 2+ från 4+."),
        ("Bedömning", "Trolig minimal change-nefropati, förväntas vara steroidkänslig. Föräldrarna för dagbok över urinsticka och vikt."),
    ])],
    must=["NL102"],
    why="Child under 13: 'Trolig minimal change-nefropati' visible to guardians in a VGR Melior note.")

add("vgr-hereditet-far-och-faster-adpkd-mr-normal", "vgr", "1990-03-03", [
    note("n1", "Melior", "Mottagningsanteckning", "skas_njur", "lindgren", "2024-06-05T14:25:00", [
        ("Hereditet", "Far och faster har ADPKD, far i dialys sedan 58 års ålder. Farfar dog tidigt av hjärnblödning, trol. också cystnjurar."),
        ("Utredning", "MR njurar visar normala njurar utan cystor hos 34-årig pat. Enligt bilddiagnostiken har pat inte ärvt sjukdomen, vilket är lugnande."),
    ])],
    must_not=["NL102"],
    why="Hedged disease belongs to the grandfather; the patient's own disease is ruled out.")

add("vgr-adpkd-forenligt-pa-ul-ej-informerad", "vgr", "1980-09-15", [
    note("n1", "Melior", "Läkaranteckning", "alingsas_med", "demir", "2024-10-01T16:05:00", [
        ("Utredning", "UL njurar: förstorade njurar med multipla bilaterala cystor upp till 4 cm, även levercystor. "
                      "Förenligt med autosomal dominant polycystisk njursjukdom."),
        ("Planering", "Pat ej informerad, svaret kom efter att hon gått hem. Ska få besked av mig personligen, tid bokas nästa vecka."),
    ])],
    must=["NL101", "NL102"],
    why="'Förenligt med' ADPKD visible while the note says the patient is not informed.")

add("vgr-tx-koordinator-ev-ny-kallelse", "vgr", "1969-11-28", [
    note("n1", "Melior", "Koordinatoranteckning", "su_tx", "andersson", "2024-07-13T08:45:00", [
        ("Aktuellt", "Pat på väntelistan för njurtransplantation sedan 2022, blodgrupp 0. Kallad i natt för ev. transplantation, "
                     "men organet bedömdes inte lämpligt efter biopsi."),
        ("Planering", "Pat åkte hem på morgonen. Ev. ny kallelse kan komma med kort varsel, mobilen ska vara på dygnet runt. "
                      "Eventuellt kompletterande hjärteko innan nästa års väntelistebedömning."),
    ])],
    must_not=["NL102"],
    why="Transplant coordinator: all hedges ('ev.', 'eventuellt') concern events and plans, no diagnosis.")

add("vgr-dialys-ssk-misstankt-stenos-i-av-fistel", "vgr", "1950-12-09", [
    note("n1", "Melior", "Dialysanteckning", "su_dialys", "karlsson", "2024-08-22T12:40:00", [
        ("Dialysrapport", "Venöst tryck 260 mmHg vid blodflöde 300, förlängd blödningstid efter nålborttag de senaste tre passen. "
                          "Misstänkt stenos i AV-fisteln, dr Gustafsson informerad och remiss till fistulografi skickad."),
    ])],
    must=["NL102"],
    why="Dialysis nurse: hedged access complication (fistelstenos) in a visible note.")

add("vgr-urologi-blascancer-ej-per-telefon", "vgr", "1951-04-24", [
    note("n1", "Melior", "Läkaranteckning", "su_uro", "westerlund", "2024-02-13T15:50:00", [
        ("Provsvar", "PAD TURB: muskelinvasiv urotelial cancer, pT2 höggradig."),
        ("Planering", "Pat ska inte få beskedet per telefon och är ännu ej informerad. Kallas till besök på torsdag med kontaktsjuksköterska, "
                      "DT thorax-buk beställd före dess."),
    ])],
    must=["NL101"],
    why="Urology: confirmed bladder cancer visible while the patient is not yet informed.")

add("vgr-informerat-om-mpo-anca-vaskulit-vid-rond", "vgr", "1948-10-20", [
    note("n1", "Melior", "Daganteckning", "su_njuravd", "gustafsson", "2024-06-19T13:10:00", [
        ("Bedömning", "Biopsin visar pauciimmun nekrotiserande halvmånebildande glomerulonefrit. Diagnos: MPO-ANCA-associerad vaskulit med njurengagemang."),
        ("Information", "Informerat pat och sambo om diagnosen vid rondsamtalet idag. Planerad behandling med rituximab och steroider genomgången, inklusive infektionsrisken."),
    ], setting="slutenvård")],
    must_not=["NL101", "NL102"],
    why="Confirmed vasculitis told to the patient today.")

add("vgr-ckd5-pat-vet-hustrun-ska-ej-veta", "vgr", "1946-02-10", [
    note("n1", "Melior", "Mottagningsanteckning", "sas_njur", "lindgren", "2024-11-07T10:05:00", [
        ("Bedömning", "CKD 5 med eGFR 8. Pat informerad om att dialysstart behövs inom 1-2 månader och har valt PD. "
                      "Han vill inte att hustrun, som själv är svårt sjuk, ska få veta ännu - respekteras."),
    ])],
    must_not=["NL101"],
    why="The patient is told; only the wife is kept uninformed.")

add("vgr-long-epikris-cmv-viremi-trol-cmv-kolit", "vgr", "1972-01-26", [
    note("n1", "Melior", "Epikris", "su_tx", "demir", "2024-07-05T14:40:00", [
        ("Inskrivningsorsak", "Feber och diarré 4 mån efter njurtransplantation (levande donator, CMV D+/R-)."),
        ("Förlopp", "Vid ankomst temp 38,6 och 6-8 vattniga diarréer per dygn, krea 190 (baslinje 125). "
                    "Rehydrerad iv med snabb förbättring av kreatinin till 140. Faecesodlingar och C. difficile negativa. "
                    "CMV-PCR i plasma 45 000 IE/ml, profylaxen med valganciklovir avslutades för 3 veckor sedan. "
                    "Behandlad med iv ganciklovir i 5 dygn, därefter peroralt valganciklovir 900 mg x 2."),
        ("Lab", "Vid utskrivning krea 132, LPK 3,1, Hb 108, CMV-PCR 8 000 IE/ml."),
        ("Bedömning", "CMV-viremi efter avslutad profylax. Diarréerna bedöms som trol. CMV-kolit, koloskopi planeras polikliniskt om de inte upphör."),
        ("Läkemedel", "CellCept sänkt till 500 mg x 2 under pågående viremi. Valcyte dosjusteras efter njurfunktionen."),
        ("Uppföljning", "CMV-PCR och krea varje vecka på transplantationsmottagningen. Återbesök läkare om 2 v."),
    ], setting="slutenvård")],
    must=["NL102"],
    why="Long VGR discharge summary with one hedged diagnosis ('trol. CMV-kolit') among confirmed facts.")

add("vgr-long-arskontroll-ckd4-litium-utan-hypotes", "vgr", "1958-05-08", [
    note("n1", "Melior", "Mottagningsanteckning", "skas_njur", "berg", "2024-10-24T09:00:00", [
        ("Anamnes", "66-årig kvinna med CKD 4 pga kronisk interstitiell nefrit efter långvarigt litiumbruk, litium utsatt 2017. Hypertoni, hypotyreos."),
        ("Aktuellt", "Mår bra, promenerar 5 km dagligen. Ingen klåda, normal aptit, inga ödem. Nattkissar 2 gånger."),
        ("Status", "BT 128/76, puls 68 reg. Vikt 71 kg. Hjärta: regelbunden rytm, inga blåsljud. Lungor: normala andningsljud. Inga underbensödem."),
        ("Lab", "Krea 228, eGFR 19, Hb 114, K 4,7, bikarbonat 21, fosfat 1,4, PTH 14, U-alb/krea 12."),
        ("Bedömning", "Stabil njurfunktion sedan förra året. Inga tecken på uremi, ingen metabol acidos som kräver behandling. "
                      "Den renala anemin behöver inte behandlas i nuläget."),
        ("Planering", "Ev. information om dialysformer till hösten om eGFR sjunker under 15. Möjligen dags för PD-skola nästa år. "
                      "Återbesök 6 mån, lab 1 v innan."),
    ])],
    must_not=["NL102"],
    why="Long outpatient note whose hedges are all negations or plans.")

add("vgr-multi-tidiga-hypoteser-alport-sedan-informerad", "vgr", "1997-07-02", [
    note("n1", "Melior", "Läkaranteckning", "sas_njur", "lindgren", "2024-02-01T13:00:00", [
        ("Aktuellt", "Återbesök för hematuri och den hörselnedsättning som audionomen fann i höstas."),
        ("Tidiga hypoteser", "Trolig X-bunden Alports syndrom. Inte diskuterat med pat innan gensvaret finns."),
    ]),
    note("n2", "Melior", "Läkaranteckning", "sas_njur", "lindgren", "2024-05-02T13:20:00", [
        ("Bedömning", "Gentestet visar patogen COL4A5-variant: Alports syndrom. Pat informerad om diagnos och ärftlighet, systrarna erbjuds testning."),
    ])],
    must_not=[("NL101", "n2"), ("NL102", "n2")],
    why="Later VGR note documents the settled, communicated diagnosis visibly after it was kept under Tidiga hypoteser.")

add("vgr-dd-kalcineurinhammartoxicitet-rejektion", "vgr", "1985-04-04", [
    note("n1", "Melior", "Läkaranteckning", "su_tx", "berg", "2024-04-03T11:25:00", [
        ("Bedömning", "Krea 178 från 130, takrolimusdalvärde 14. DD: kalcineurinhämmartoxicitet, akut rejektion. "
                      "Sänker Prograf och kontrollerar om 3 dagar; biopsi om ingen förbättring."),
    ])],
    must=["NL102"],
    why="'DD:' lists competing diagnoses of the patient in a visible note.")

add("vgr-talar-for-akut-tubular-nekros", "vgr", "1953-09-30", [
    note("n1", "Melior", "Daganteckning", "sas_med", "ahl", "2024-01-30T10:45:00", [
        ("Bedömning", "Oliguri efter septisk chock med hypotension i 6 h. Urin-natrium 62 och granulerade cylindrar i sedimentet talar för akut tubulär nekros. "
                      "Vätskerestriktion, dagliga elektrolyter, njurmedicin konsulteras."),
    ], setting="slutenvård")],
    must=["NL102"],
    why="'talar för' ATN is a hedged diagnosis in a visible daily note.")

add("vgr-typo-inget-som-talr-for-postrenalt-hinder", "vgr", "1944-12-14", [
    note("n1", "Melior", "Daganteckning", "uddevalla_med", "demir", "2024-12-03T11:55:00", [
        ("Bedömning", "Akut njurskada KDIGO 2 vid pneumoni och dehydrering. UL njurar utan hydronefros, inget som talr för postrenalt hinder. "
                      "Kreat sjunker efter rehydrering."),
    ], setting="slutenvård")],
    must_not=["NL102"],
    why="Negated 'inget som talar för' (typo 'talr'); the AKI itself is confirmed.")

add("vgr-fragestallning-renal-artarstenos", "vgr", "1960-08-16", [
    note("n1", "Melior", "Mottagningsanteckning", "su_njurmott", "gustafsson", "2024-09-25T14:30:00", [
        ("Utredning", "Terapiresistent hypertoni på 4 preparat, krea steg 35 % efter insatt ramipril, asymmetriska njurar 9,1 resp 11,4 cm. "
                      "Frågeställning: renal artärstenos? DT-angiografi av njurartärerna beställd."),
    ])],
    must=["NL102"],
    why="'Frågeställning: renal artärstenos?' hedges the patient's diagnosis in a visible note.")

add("vgr-ssk-biopsiforberedelse-fragestallning-utan-diagnos", "vgr", "1987-06-06", [
    note("n1", "Melior", "Omvårdnadsanteckning", "su_njuravd", "nilsson", "2024-03-18T15:15:00", [
        ("Utredning", "Förberedelser inför njurbiopsin i morgon: APTT, PK och TPK ua, Trombyl utsatt sedan 7 dagar. "
                      "UL beställt med frågeställning: njurstorlek och läge inför biopsi."),
    ], setting="slutenvård")],
    must_not=["NL102"],
    why="'frågeställning' names a measurement question, not a diagnosis.")

add("vgr-inger-misstanke-om-lupusnefrit", "vgr", "1998-11-09", [
    note("n1", "Melior", "Mottagningsanteckning", "su_njurmott", "gustafsson", "2024-08-08T10:20:00", [
        ("Bedömning", "Ung kvinna med fjärilsexantem, artralgier, låga komplement och proteinuri 2 g/dygn. "
                      "Bilden inger misstanke om lupusnefrit, ANA och anti-dsDNA skickade och biopsi bokas."),
    ])],
    must=["NL102"],
    why="'inger misstanke om' lupus nephritis in visible Bedömning.")

add("vgr-barn-kan-rora-sig-om-poststreptokock-gn", "vgr", "2015-12-01", [
    note("n1", "Melior", "Mottagningsanteckning", "dsbs_barnnjur", "sjoberg", "2024-10-10T13:45:00", [
        ("Bedömning", "8-årig pojke med colafärgad urin, ögonlocksödem och BT 135/90, tre veckor efter impetigo. "
                      "Kan röra sig om poststreptokock-glomerulonefrit, ASO och C3 tagna. Saltrestriktion och Furix."),
    ])],
    must=["NL102"],
    why="'Kan röra sig om' a glomerulonephritis in a child, visible to guardians.")

add("vgr-bild-som-vid-akut-interstitiell-nefrit", "vgr", "1957-02-19", [
    note("n1", "Melior", "Mottagningsanteckning", "skas_njur", "demir", "2024-11-14T09:40:00", [
        ("Bedömning", "Krea stigit från 90 till 240 på 6 veckor, steril leukocyturi, eosinofili 0,8. "
                      "Bild som vid akut interstitiell nefrit, pat har tagit omeprazol sedan i våras. Omeprazol sätts ut."),
    ])],
    must=["NL102"],
    why="'Bild som vid' interstitial nephritis: hedged diagnosis in a visible note.")

add("vgr-typo-sanolik-diabetesnefropati-diagnosrad", "vgr", "1975-10-25", [
    note("n1", "Melior", "Mottagningsanteckning", "sas_njur", "lindgren", "2024-06-26T11:10:00", [
        ("Diagnos", "Sanolik diabetesnefropati. Typ 1-diabetes sedan 30 år, proliferativ retinopati, albuminuri 180 mg/mmol."),
    ])],
    must=["NL102"],
    why="Typo in the hedge ('Sanolik') on the Diagnos line of a visible note.")

add("vgr-typo-inga-tecekn-pa-rejektion-telefon", "vgr", "1983-03-21", [
    note("n1", "Melior", "Telefonanteckning", "su_tx", "andersson", "2024-05-16T14:05:00", [
        ("Telefonkontakt", "Ringt pat och meddelat att biopsin från i tisdags visar inga tecekn på rejektion. "
                           "Fortsätter samma doser, nästa labb om en vecka på vårdcentralen."),
    ])],
    must_not=["NL102"],
    why="Negation with a typo ('inga tecekn på rejektion').")

add("vgr-dialys-mojligen-mer-andfadd-symtom", "vgr", "1942-07-17", [
    note("n1", "Melior", "Dialysanteckning", "lidkoping_dialys", "karlsson", "2024-02-08T11:35:00", [
        ("Dialysrapport", "Pat möjligen något mer andfådd i trappan än vanligt enl egen uppgift, saturation 97 % och lungorna låter rena. "
                          "Vikt 0,4 kg över torrvikt. Dialys enligt ordination utan komplikationer."),
    ])],
    must_not=["NL102"],
    why="Hedge on a symptom (breathlessness), not on a diagnosis.")

add("vgr-pd-eventuellt-sjunkande-restdiures", "vgr", "1961-01-12", [
    note("n1", "Melior", "Mottagningsanteckning", "su_pd", "hedlund", "2024-09-05T10:00:00", [
        ("Aktuellt", "Rutinkontroll PD. Eventuellt lätt sjunkande restdiures, 800 ml/dygn mot 1000 ml i våras. Inga ödem."),
        ("Åtgärd", "Dygnsurinsamling och PET-test bokas till nästa besök."),
    ])],
    must_not=["NL102"],
    why="Hedge on a measured finding (residual diuresis), not a disease.")

add("vgr-fistelop-tid-ej-meddelad", "vgr", "1966-09-03", [
    note("n1", "Melior", "Omvårdnadsanteckning", "nal_dialys", "nilsson", "2024-04-17T13:50:00", [
        ("Aktuellt", "Pat med CKD 5 (IgA-nefropati) inför dialysstart, AV-fistel ska anläggas av kärlkirurgen NÄL."),
        ("Planering", "Pat ej informerad om operationstiden ännu, kallelsen kommer per brev från kärlkirurgen. "
                      "Ringer pat om tiden inte kommit inom 3 veckor."),
    ])],
    must_not=["NL101"],
    why="The untold item is an operation time, not a diagnosis.")

add("vgr-dsa-negativa-ej-meddelat", "vgr", "1978-12-31", [
    note("n1", "Melior", "Koordinatoranteckning", "su_tx", "andersson", "2024-10-17T09:25:00", [
        ("Aktuellt", "Njurtransplanterad i mars pga polycystisk njursjukdom."),
        ("Provsvar", "DSA-screening 6 mån efter tx: inga donatorspecifika antikroppar. Ej meddelat pat, tas vid nästa mottagningsbesök."),
    ])],
    must_not=["NL101"],
    why="What is not yet told is a normal antibody screening.")

add("vgr-tiazidutlost-hyponatremi-inget-om-information", "vgr", "1937-08-24", [
    note("n1", "Melior", "Inskrivningsanteckning", "sas_med", "ahl", "2024-03-10T22:30:00", [
        ("Aktuellt", "Inkommer med natrium 118, förvirring och ostadighet. Står på hydroklortiazid sedan 2 mån."),
        ("Bedömning", "Tiazidutlöst hyponatremi. Hydroklortiazid utsatt, långsam korrektion med NaCl 9 mg/ml, "
                      "målet är en höjning på högst 8 mmol/L första dygnet."),
    ], setting="slutenvård")],
    must_not=["NL101", "NL102"],
    why="Electrolyte diagnosis stated plainly; nothing is said about telling the patient.")

add("vgr-misstankt-ptld-ebv", "vgr", "1964-06-29", [
    note("n1", "Melior", "Läkaranteckning", "su_tx", "berg", "2024-11-28T15:30:00", [
        ("Bedömning", "Njurtransplanterad 2016, nu B-symtom och förstorade lymfkörtlar på halsen, EBV-DNA 80 000. "
                      "Misstänkt PTLD, körtelexstirpation bokad hos ÖNH."),
    ])],
    must=["NL102"],
    why="'Misstänkt PTLD' - hedged post-transplant lymphoma in a visible note.")

add("vgr-typo-mojlg-cmv-infektion-telefon", "vgr", "1988-02-08", [
    note("n1", "Melior", "Telefonanteckning", "su_tx", "demir", "2024-06-03T08:25:00", [
        ("Telefonkontakt", "Pat ringer med feber 38,4 och trötthet, transplanterad för 3 mån sedan. "
                           "Möjlg CMV-infektion, kommer in för CMV-PCR och blodstatus idag."),
    ])],
    must=["NL102"],
    why="Typo in the hedge ('Möjlg') before CMV infection in a visible telephone note.")

add("vgr-susp-cdk-infektion-frossa-under-dialys", "vgr", "1952-03-16", [
    note("n1", "Melior", "Dialysanteckning", "kungalv_dialys", "karlsson", "2024-12-10T09:20:00", [
        ("Dialysrapport", "Frossa 20 min efter dialysstart, temp 39,0. Susp. CDK-infektion, blododlingar tagna från katetern och perifert. "
                          "Jourläkaren ordinerar vankomycin efter avslutad dialys."),
    ], signed=None)],
    must=["NL102"],
    why="Unsigned dialysis note with 'Susp.' catheter infection in a visible section.")

add("vgr-typo-goodpasture-misstanke-avkrevs-2022", "vgr", "1970-04-13", [
    note("n1", "Melior", "Mottagningsanteckning", "uddevalla_med", "demir", "2024-08-29T10:50:00", [
        ("Anamnes", "Utreddes 2022 för lungblödning och hematuri; misstanken om Goodpastures syndrom avkrevs då anti-GBM var negativt "
                    "och biopsin visade IgA-nefropati."),
        ("Aktuellt", "Kontroll av IgA-nefropatin. Proteinuri 0,7 g/d."),
    ])],
    must_not=["NL102"],
    why="An old suspicion that was dismissed ('avskrevs', typo 'avkrevs'); the current diagnosis is confirmed.")

add("vgr-tidiga-hypoteser-men-aven-i-bedomning", "vgr", "1981-05-27", [
    note("n1", "Melior", "Läkaranteckning", "su_tx", "berg", "2024-01-24T16:20:00", [
        ("Tidiga hypoteser", "Misstänkt akut rejektion, ännu inte diskuterat med pat."),
        ("Bedömning", "Krea 190 från 140. Misstänkt rejektion, biopsi i morgon."),
    ], setting="slutenvård")],
    must=["NL102"],
    why="The hypothesis is placed under Tidiga hypoteser but repeated in the visible Bedömning.")

add("vgr-ev-lakemedelsutlost-hyperkalemi", "vgr", "1949-09-21", [
    note("n1", "Melior", "Telefonanteckning", "alingsas_med", "ahl", "2024-07-24T13:05:00", [
        ("Telefonkontakt", "Ringt pat angående K 6,1 från gårdagens provtagning. Ev. läkemedelsutlöst hyperkalemi av spironolakton i kombination med enalapril. "
                           "Spironolakton utsatt, nytt K på fredag."),
    ])],
    must=["NL102"],
    why="'Ev.' before a (drug-induced) hyperkalemia diagnosis in a visible note.")

add("vgr-trol-siadh-euvolem-hyponatremi", "vgr", "1951-11-04", [
    note("n1", "Melior", "Mottagningsanteckning", "su_endo", "wiklund", "2024-04-24T14:35:00", [
        ("Bedömning", "Euvolemisk hyponatremi 124, U-osm 540, U-Na 58, normalt TSH och kortisol. "
                      "Trol. SIADH, möjligen sekundärt till sertralin. Vätskerestriktion 1 liter."),
    ])],
    must=["NL102"],
    why="Electrolytes: 'Trol. SIADH' in a visible endocrinology note.")

add("vgr-mojligt-gitelmans-syndrom", "vgr", "2000-01-18", [
    note("n1", "Melior", "Mottagningsanteckning", "su_njurmott", "wiklund", "2024-02-29T11:15:00", [
        ("Bedömning", "Hypokalemi 2,9 och hypomagnesemi hos 24-årig kvinna med normalt BT och lågt urin-kalcium. "
                      "Möjligt Gitelmans syndrom, gentest SLC12A3 skickat. Kaliumklorid och magnesium insätts."),
    ], signed=None)],
    must=["NL102"],
    why="'Möjligt Gitelmans syndrom' - hedged tubulopathy in a visible note.")

add("vgr-dietist-kaliumintag-trol-for-hogt", "vgr", "1959-07-28", [
    note("n1", "Melior", "Dietistanteckning", "nal_dialys", "forsberg", "2024-05-29T10:30:00", [
        ("Bedömning", "Kaliumintaget trol. för högt, kostdagboken visar dagligen torkad frukt, banan och juice. "
                      "Kaliumvärden 5,9-6,3 före dialys senaste månaden. Gått igenom alternativ och tillagningstips, pat motiverad."),
    ], signed=None)],
    must_not=["NL102"],
    why="Dietitian hedges the dietary intake, not a diagnosis.")

add("vgr-kurator-oro-att-sonerna-arvt-adpkd", "vgr", "1976-03-10", [
    note("n1", "Melior", "Kuratorsanteckning", "skas_njur", "plarsson", "2024-09-19T13:00:00", [
        ("Samtal", "Pat med ADPKD oroar sig mycket för att hennes två tonårssöner kan ha ärvt sjukdomen. "
                   "Vi pratade om när och hur testning kan bli aktuellt och att sönerna själva får välja. Erbjuds fler samtal."),
    ])],
    must_not=["NL102"],
    why="The hedged disease concerns the patient's sons, not the patient.")

add("vgr-multi-c3-glomerulopati-besked-pa-eftermiddagen", "vgr", "1993-08-11", [
    note("n1", "Melior", "Daganteckning", "su_njuravd", "gustafsson", "2024-10-30T09:40:00", [
        ("Provsvar", "Njurbiopsi: C3-glomerulopati, membranoproliferativt mönster, dominant C3 vid immunfluorescens."),
        ("Bedömning", "Pat ännu ej informerad om diagnosen - vill ge beskedet när maken är med på eftermiddagen. Komplementutredningen utvidgas."),
    ], setting="slutenvård"),
    note("n2", "Melior", "Daganteckning", "su_njuravd", "gustafsson", "2024-10-30T16:15:00", [
        ("Information", "Samtal med pat och make: informerade om C3-glomerulopati, att sjukdomen är ovanlig och att behandlingen diskuteras nationellt."),
    ], setting="slutenvård")],
    must=[("NL101", "n1")], must_not=[("NL101", "n2")],
    why="Morning note shows the diagnosis while saying she is not told; the afternoon note tells her.")

add("vgr-myelomnjure-hematolog-tar-samtalet", "vgr", "1947-12-22", [
    note("n1", "Melior", "Läkaranteckning", "su_njuravd", "engstrom", "2024-03-06T17:25:00", [
        ("Bedömning", "Benmärg med 40 % klonala plasmaceller, fria kappakedjor 3400 mg/L: multipelt myelom med myelomnjure. "
                      "Pat har inte informerats om myelomdiagnosen, hematologen tar informationssamtalet i morgon."),
    ], setting="slutenvård")],
    must=["NL101"], must_not=["NL102"],
    why="Confirmed myeloma visible while the patient has explicitly not been informed.")

add("vgr-kronisk-transplantatskada-avvaktar-med-information", "vgr", "1968-10-08", [
    note("n1", "Melior", "Läkaranteckning", "su_tx", "demir", "2024-12-12T15:45:00", [
        ("Bedömning", "Transplantatbiopsin visar kronisk transplantatnefropati med uttalad IFTA (ci3 ct3). Transplantatet förväntas sluta fungera inom 1-2 år. "
                      "Avvaktar med att informera pat tills hon är färdigbehandlad för sin pneumoni."),
    ], setting="slutenvård")],
    must=["NL101"],
    why="'Avvaktar med att informera pat' about a visible, confirmed graft diagnosis.")

add("vgr-primar-fsgs-pat-inte-underrattad", "vgr", "1991-06-15", [
    note("n1", "Melior", "Läkaranteckning", "sas_njur", "lindgren", "2024-09-26T16:40:00", [
        ("Provsvar", "PAD: primär FSGS, tip lesion, diffus fotutskottsutplåning i elektronmikroskopi."),
        ("Planering", "Pat inte underrättad ännu; inget brev skickas utan besked ges vid besöket 4/10 där högdossteroider diskuteras."),
    ], signed=None)],
    must=["NL101"],
    why="Unsigned draft: confirmed FSGS visible, patient not yet told ('inte underrättad').")

add("vgr-transplantatartarstenos-pat-vet-annu-inte", "vgr", "1977-04-02", [
    note("n1", "Melior", "Läkaranteckning", "su_tx", "berg", "2024-08-15T12:55:00", [
        ("Utredning", "DT-angio: signifikant transplantatartärstenos, ca 80 % strax efter anastomosen."),
        ("Planering", "Pat vet ännu inte om fyndet, informeras av interventionsradiolog vid förbesöket inför PTA nästa vecka."),
    ])],
    must=["NL101"], must_not=["NL102"],
    why="Confirmed vascular diagnosis visible; 'Pat vet ännu inte' - not told.")

add("vgr-urologi-misstankt-urosepsis-nefrostomi", "vgr", "1962-11-19", [
    note("n1", "Melior", "Akutanteckning", "nal_uro", "westerlund", "2024-06-09T03:10:00", [
        ("Aktuellt", "Feber 39,4, frossa och vänstersidig flanksmärta. DT: 7 mm konkrement i vä proximala uretär med hydronefros."),
        ("Bedömning", "Misstänkt urosepsis med avflödeshinder. Akut avlastning med nefrostomi vä, blododlingar och piperacillin-tazobaktam."),
    ], setting="slutenvård")],
    must=["NL102"],
    why="Urology overlap: 'Misstänkt urosepsis' in a visible acute note.")

add("vgr-pd-ssk-trolig-tunnelinfektion", "vgr", "1954-02-27", [
    note("n1", "Melior", "Mottagningsanteckning", "su_pd", "hedlund", "2024-03-26T13:20:00", [
        ("Status", "Rodnad och ömhet längs kateterns tunnel ca 3 cm, pus vid tryck över cuffen."),
        ("Bedömning", "Trolig tunnelinfektion. Odling tagen, dr Gustafsson ordinerar antibiotika och UL över tunneln."),
    ])],
    must=["NL102"],
    why="PD nurse: hedged catheter tunnel infection in a visible note.")

add("vgr-kan-inte-utesluta-njurvenstrombos", "vgr", "1965-07-04", [
    note("n1", "Melior", "Läkaranteckning", "su_njuravd", "engstrom", "2024-11-21T18:35:00", [
        ("Bedömning", "Plötslig flanksmärta och makrohematuri hos pat med membranös nefropati och albumin 15. "
                      "Kan inte utesluta njurvenstrombos, DT med venfas akut och Fragmin i behandlingsdos efter DT."),
    ], setting="slutenvård")],
    must=["NL102"],
    why="'Kan inte utesluta' a thrombosis - hedged diagnosis in a visible note.")

add("vgr-tx-utskrivning-sok-vid-tecken-pa-rejektion", "vgr", "1986-09-23", [
    note("n1", "Melior", "Omvårdnadsanteckning", "su_tx", "andersson", "2024-04-08T14:10:00", [
        ("Information", "Utskrivningssamtal dag 8 efter transplantation. Pat informerad om att söka direkt vid tecken på rejektion, "
                        "som feber, ömhet över transplantatet eller minskad urinmängd. Läkemedelslistan genomgången med pat och hustru."),
    ], setting="slutenvård")],
    must_not=["NL102"],
    why="Rejection is mentioned only as a conditional warning sign, not as a hypothesis about the patient.")

# =================================================================== validation + output

CODES = {"NL101", "NL102"}
PROTECTED_TEMPLATES_SKANE = {"Tidiga hypoteser", "Våld i nära relationer", "Oro för att barn far illa",
                             "Hälsoundersökning på begäran av socialnämnd (HUBS)"}
CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
NOTE_KEYS = ["id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"]
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def problem(msg):
    PROBLEMS.append(msg)


def in_2024(ts):
    return isinstance(ts, str) and ts.startswith("2024-") and _parse(ts) is not None


def _parse(ts):
    try:
        return datetime.datetime.strptime(ts, "%Y-%m-%dT%H:%M:%S")
    except (TypeError, ValueError):
        return None


def age_on(birth, when):
    b = datetime.datetime.strptime(birth, "%Y-%m-%d").date()
    w = when.date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def validate():
    names = set()
    sentences = {}
    for c in CASES:
        name = c["case"]
        if name in names:
            problem("duplicate case name: %s" % name)
        names.add(name)
        if list(c.keys()) != CASE_KEYS:
            problem("%s: wrong keys %s" % (name, list(c.keys())))
        if c["ruleset"] not in ("skane", "vgr"):
            problem("%s: bad ruleset" % name)
        if not c["why"] or len(c["why"]) < 15:
            problem("%s: missing why" % name)
        rec = c["record"]
        pat = rec["patient"]
        pid, bd = pat["id"], pat["birth_date"]
        m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})-(\d{4})", pid)
        if not m:
            problem("%s: bad personnummer format %s" % (name, pid))
        else:
            if "%s-%s-%s" % m.group(1, 2, 3) != bd:
                problem("%s: personnummer does not match birth_date" % name)
            if not luhn_valid(pid[2:8] + pid[9:]):
                problem("%s: personnummer fails Luhn" % name)
        try:
            datetime.datetime.strptime(bd, "%Y-%m-%d")
        except ValueError:
            problem("%s: bad birth_date" % name)
            continue
        if not in_2024(rec["as_of"]):
            problem("%s: as_of not in 2024" % name)
        for k in ("access_events", "conversations", "treatments"):
            if rec.get(k) != []:
                problem("%s: %s must be empty" % (name, k))
        ages = [age_on(bd, _parse(rec["as_of"]))] if _parse(rec["as_of"]) else []
        note_ids = {}
        for n in rec["notes"]:
            if [k for k in n.keys() if k != "_unitkey"] != NOTE_KEYS:
                problem("%s: note keys %s" % (name, list(n.keys())))
            note_ids[n["id"]] = n
            if not in_2024(n["time"]):
                problem("%s/%s: time not in 2024" % (name, n["id"]))
            else:
                ages.append(age_on(bd, _parse(n["time"])))
                if _parse(rec["as_of"]) and _parse(n["time"]) > _parse(rec["as_of"]):
                    problem("%s/%s: note after as_of" % (name, n["id"]))
            if n["signed"] is not None:
                if not in_2024(n["signed"]):
                    problem("%s/%s: signed not in 2024" % (name, n["id"]))
                elif _parse(n["time"]) and _parse(n["signed"]) < _parse(n["time"]):
                    problem("%s/%s: signed before time" % (name, n["id"]))
            if n["system"] not in ("Melior", "PMO"):
                problem("%s/%s: bad system" % (name, n["id"]))
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                problem("%s: VGR case with non-Melior note" % name)
            uk = n["_unitkey"]
            if c["ruleset"] == "vgr" and uk not in VGR_UNITS:
                problem("%s: VGR case with non-VGR unit" % name)
            if c["ruleset"] == "skane" and uk not in SKANE_UNITS:
                problem("%s: Skåne case with non-Skåne unit" % name)
            if (n["system"] == "PMO") != (uk in PMO_UNITS):
                problem("%s: PMO system/unit mismatch" % name)
            if n["setting"] not in ("öppenvård", "slutenvård"):
                problem("%s: bad setting" % name)
            if not n["sections"]:
                problem("%s/%s: no sections" % (name, n["id"]))
            for s in n["sections"]:
                if not s["keyword"] or not s["text"].strip():
                    problem("%s/%s: empty section" % (name, n["id"]))
                for sent in SENT_SPLIT.split(s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in sentences:
                            problem("duplicate sentence in %s and %s: %r" % (sentences[sent], name, sent))
                        sentences.setdefault(sent, name)
        for a in ages:
            if 13 <= a <= 15:
                problem("%s: patient aged %d (13-15 not allowed)" % (name, a))
        if not c["must"] and not c["must_not"]:
            problem("%s: asserts nothing" % name)
        seen = set()
        for lst_name in ("must", "must_not"):
            for code, target in c[lst_name]:
                if code not in CODES:
                    problem("%s: unknown code %s" % (name, code))
                if target not in note_ids:
                    problem("%s: target %s does not exist" % (name, target))
                    continue
                if (code, target) in seen:
                    problem("%s: %s on %s asserted twice / both ways" % (name, code, target))
                seen.add((code, target))
                sysname = note_ids[target]["system"]
                if code == "NL102" and sysname != "Melior" and lst_name == "must":
                    problem("%s: NL102 must on non-Melior note" % name)
                if code == "NL101" and sysname == "PMO":
                    problem("%s: NL101 asserted on PMO" % name)
                if code == "NL102" and lst_name == "must":
                    # must NL102 cannot target a protected Skåne template note
                    if c["ruleset"] == "skane" and note_ids[target]["template"] in PROTECTED_TEMPLATES_SKANE:
                        problem("%s: NL102 must on Skåne protected template" % name)


def main():
    validate()
    if PROBLEMS:
        for p in PROBLEMS:
            print("PROBLEM:", p, file=sys.stderr)
        return 1
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in CASES:
            out = json.loads(json.dumps(c))
            for n in out["record"]["notes"]:
                n.pop("_unitkey", None)
            fh.write(json.dumps(out, ensure_ascii=False) + "\n")
    counts = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    rs = {}
    sy = {}
    for c in CASES:
        rs[c["ruleset"]] = rs.get(c["ruleset"], 0) + 1
        for n in c["record"]["notes"]:
            sy[n["system"]] = sy.get(n["system"], 0) + 1
    print("wrote %d cases to %s" % (len(CASES), OUT))
    for code in sorted(CODES):
        print("  %s must=%d must_not=%d" % (code, counts.get((code, "must"), 0), counts.get((code, "must_not"), 0)))
    print("  rulesets:", dict(sorted(rs.items())), " notes by system:", dict(sorted(sy.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
