#!/usr/bin/env python3
"""dev62: dermatology, ENT and ophthalmology outpatient notes (NL101 / NL102).

Standard library only, deterministic. Running it writes cases.jsonl next to this
file and validates the set; it exits 1 on any problem.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev62_cases.jsonl")

MEL = "Melior"
PMO = "PMO"

# ---------------------------------------------------------------- units
U = {
    # Skåne, Melior (hospital clinics)
    "sk_hud_lund": ("Hudkliniken, Skånes universitetssjukhus Lund", "SE2321000255-4H21"),
    "sk_hud_malmo": ("Hudmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4H37"),
    "sk_hud_hbg": ("Hudmottagningen, Helsingborgs lasarett", "SE2321000255-5D02"),
    "sk_hud_kri": ("Hudmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-6K14"),
    "sk_hud_geri": ("Geriatriska kliniken avd 3, Skånes universitetssjukhus Malmö", "SE2321000255-2G33"),
    "sk_ogon_lund": ("Ögonkliniken, Skånes universitetssjukhus Lund", "SE2321000255-7O11"),
    "sk_ogon_malmo": ("Ögonmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-7O48"),
    "sk_ogon_hbg": ("Ögonmottagningen, Helsingborgs lasarett", "SE2321000255-5O19"),
    "sk_ogon_lkr": ("Ögonmottagningen, Lasarettet Landskrona", "SE2321000255-5O66"),
    "sk_ortopt_lund": ("Ortoptistmottagningen, Ögonkliniken Skånes universitetssjukhus Lund", "SE2321000255-7O25"),
    "sk_onh_lund": ("Öron-, näs- och halskliniken, Skånes universitetssjukhus Lund", "SE2321000255-3N08"),
    "sk_onh_malmo": ("ÖNH-mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-3N52"),
    "sk_onh_hbg": ("Öron-näsa-hals-mottagningen, Helsingborgs lasarett", "SE2321000255-5N31"),
    "sk_onh_kri": ("ÖNH-mottagningen, Centralsjukhuset Kristianstad", "SE2321000255-6N09"),
    "sk_onh_ystad": ("ÖNH-mottagningen, Ystads lasarett", "SE2321000255-8N17"),
    "sk_barnonh_lund": ("Barn-ÖNH-mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-3B44"),
    "sk_horsel_malmo": ("Hörselmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-3H71"),
    "sk_horsel_hbg": ("Hörselvården, Helsingborgs lasarett", "SE2321000255-5H90"),
    # Skåne, PMO (primary care)
    "sk_vc_taby": ("Vårdcentralen Tåbelund, Eslöv", "SE2321000255-P1203"),
    "sk_vc_sorg": ("Vårdcentralen Sorgenfri, Malmö", "SE2321000255-P1418"),
    "sk_vc_nasby": ("Vårdcentralen Näsby, Kristianstad", "SE2321000255-P1527"),
    "sk_vc_bjuv": ("Vårdcentralen Bjuv", "SE2321000255-P1649"),
    "sk_vc_linero": ("Vårdcentralen Linero, Lund", "SE2321000255-P1730"),
    "sk_vc_staff": ("Vårdcentralen Staffanstorp", "SE2321000255-P1855"),
    "sk_vc_hoor": ("Vårdcentralen Höör", "SE2321000255-P1962"),
    # VGR, Melior
    "vg_hud_su": ("Hudkliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000004411"),
    "vg_hud_nu": ("Hudmottagningen, NU-sjukvården Uddevalla", "SE2321000131-E000000005123"),
    "vg_hud_skas": ("Hudmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000006230"),
    "vg_hud_sas": ("Hudmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000007345"),
    "vg_hud_barn": ("Barnhudmottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000004488"),
    "vg_ogon_mol": ("Ögonkliniken, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000004502"),
    "vg_ogon_su": ("Ögonakuten och ögononkologi, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000004517"),
    "vg_ogon_nal": ("Ögonmottagningen, NÄL Trollhättan", "SE2321000131-E000000005210"),
    "vg_ogon_lid": ("Ögonmottagningen, Skaraborgs Sjukhus Lidköping", "SE2321000131-E000000006311"),
    "vg_ogon_skas": ("Ögonmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000006302"),
    "vg_ogon_ali": ("Ögonmottagningen, Alingsås lasarett", "SE2321000131-E000000008120"),
    "vg_ogon_sas": ("Ögonmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000007404"),
    "vg_barnogon": ("Barnögonmottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000004533"),
    "vg_onh_su": ("Öron-näs-halskliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000004620"),
    "vg_onh_sas": ("ÖNH-mottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000007466"),
    "vg_onh_nu": ("ÖNH-mottagningen, NU-sjukvården Uddevalla", "SE2321000131-E000000005177"),
    "vg_onh_nal": ("ÖNH-mottagningen, NÄL Trollhättan", "SE2321000131-E000000005288"),
    "vg_onh_kung": ("ÖNH-mottagningen, Kungälvs sjukhus", "SE2321000131-E000000008241"),
    "vg_barnonh": ("Barn-ÖNH, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000004655"),
    "vg_audio_su": ("Audiologiska mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000004671"),
    "vg_barnavd_su": ("Barnavdelning 323, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000004699"),
}


# ---------------------------------------------------------------- helpers
def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return str((10 - total % 10) % 10)


def P(birth, serial):
    y, m, d = birth.split("-")
    nine = y[2:] + m + d + serial
    return {"id": y + m + d + "-" + serial + luhn_digit(nine),
            "birth_date": birth, "protected_identity": False}


def N(nid, system, template, unit, author, role, time, signed_after, sections,
      setting="öppenvård", refs=None):
    t = datetime.datetime.strptime(time, "%Y-%m-%d %H:%M")
    signed = None
    if signed_after is not None:
        signed = (t + datetime.timedelta(minutes=signed_after)).isoformat()
    name, hsa = U[unit]
    return {
        "id": nid, "system": system, "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": t.isoformat(), "signed": signed, "setting": setting,
        "refs": refs or [],
        "sections": [{"keyword": k, "text": v} for k, v in sections],
    }


CASES = []


def C(name, ruleset, pat, notes, must, must_not, why, as_of=None):
    if as_of is None:
        last = max(datetime.datetime.fromisoformat(n["time"]) for n in notes)
        as_of = (last + datetime.timedelta(days=5)).replace(hour=0, minute=0, second=0)
        as_of = as_of.isoformat()
    CASES.append({
        "case": "d62-" + name, "ruleset": ruleset,
        "record": {"patient": pat, "as_of": as_of, "notes": notes,
                   "access_events": [], "conversations": [], "treatments": []},
        "must": [list(x) for x in must], "must_not": [list(x) for x in must_not],
        "why": why,
    })


L, S, AU, ORT, USK = "läkare", "sjuksköterska", "audionom", "ortoptist", "undersköterska"

# ================================================================ DERMATOLOGY
C("hud-susp-melanom-skulderblad", "skane", P("1969-08-14", "417"), [
    N("n1", MEL, "Läkaranteckning", "sk_hud_lund", "Johan Sandberg", L, "2024-03-12 09:40", 55, [
        ("Anamnes", "Remiss från Vårdcentralen Linero pga pigmenterad förändring på hö skulderblad som "
         "enligt hustrun vuxit och mörknat sedan i våras. Ingen blödning eller klåda. Ej tidigare hudcancer. "
         "Solat mycket i yngre år, flera blåsbildande brännskador som barn. Ingen känd melanomhereditet. "
         "Röker 10 cig/d. Waran pga förmaksflimmer."),
        ("Status", "Hudtyp II. Hö skulderblad: 11 x 8 mm asymmetrisk, oregelbundet avgränsad pigmenterad "
         "lesion med flera brunsvarta nyanser, ingen ulceration. Inga palpabla lymfkörtlar i axiller "
         "eller på halsen. I övrigt ca 30 naevi på bålen, dermatoskopiskt regelbundna."),
        ("Dermatoskopi", "Atypiskt pigmentnätverk, oregelbundna globuli perifert, blå-vit slöja centralt "
         "och regressionsstrukturer. Foto taget i MoleMax."),
        ("Bedömning", "Misstänkt malignt melanom hö skulderblad. Övriga naevi ser benigna ut."),
        ("Åtgärd", "Diagnostisk excision med 2 mm marginal i lokalbedövning. INR 2,4 idag, god hemostas. "
         "Suturtagning på VC om 12 dagar. PAD skickat som prio."),
        ("Planering", "Svar inom ca 2 v, pat kallas till läkare för besked. Ev. utvidgad excision beroende på tjocklek."),
    ]),
], [("NL102", "n1")], [], "Misstänkt malignt melanom i Bedömning i en vanlig Melior-anteckning (Skåne) är en synlig hypotes.")

C("hud-th-mall-melanom-vad", "skane", P("1958-02-03", "262"), [
    N("n1", MEL, "Läkaranteckning", "sk_hud_malmo", "Sofia Lindqvist", L, "2024-04-02 13:10", 35, [
        ("Status", "Vä vad: 7 mm pigmenterad makula, foto taget."),
        ("Åtgärd", "Excision i LA, intrakutan sutur 5-0. PAD inväntas, pat ringer om 3 v."),
    ]),
    N("n2", MEL, "Tidiga hypoteser", "sk_hud_malmo", "Sofia Lindqvist", L, "2024-04-02 13:20", 30, [
        ("Bedömning", "Dermatoskopiskt stark misstanke om tidigt melanom (asymmetri, atypiska prickar och "
         "streck i periferin). Ej framfört till pat som är mycket cancerrädd efter makens bortgång, tas upp när PAD finns."),
    ]),
], [], [("NL102", "n1"), ("NL102", "n2"), ("NL101", "n2")],
  "Skåne: misstanken ligger bara i mallen Tidiga hypoteser; den synliga anteckningen har bara fynd och åtgärd.")

C("vgr-trolig-basaliom-nasvinge", "vgr", P("1951-11-23", "346"), [
    N("n1", MEL, "Mottagningsanteckning", "vg_hud_su", "Anders Björk", L, "2024-02-19 10:05", None, [
        ("Status", "Vä näsvinge: 5 mm pärlemorglänsande papel med teleangiektasier och central krusta."),
        ("Bedömning", "Trolig nodulär basalcellscancer. Stansbiopsi 3 mm tagen."),
        ("Planering", "Svar via 1177 inom ca 3 v. Beroende på PAD kirurgi eller kryo."),
    ]),
], [("NL102", "n1")], [], "Osignerat utkast (VGR): 'Trolig nodulär basalcellscancer' i synligt sökord.")

C("vgr-pad-basaliom-radikalt-informerad", "vgr", P("1944-06-30", "129"), [
    N("n1", MEL, "Telefonanteckning", "vg_hud_nu", "Elin Hammar", S, "2024-03-04 14:20", 10, [
        ("Telefonkontakt", "Ringt pat angående PAD från excisionen hö kind: basalcellscancer, nodulär, radikalt "
         "exciderad. Pat informerad och nöjd. Ingen uppföljning på hudmottagningen, egenkontroll av huden "
         "och söker vid nytillkomna sår som inte läker."),
    ]),
], [], [("NL101", "n1"), ("NL102", "n1")], "Bekräftad diagnos ur PAD som patienten fått besked om: varken hypotes eller obesked.")

C("pad-melanom-ej-informerad-annu", "skane", P("1976-01-09", "284"), [
    N("n1", MEL, "Provsvarsanteckning", "sk_hud_lund", "Maria Kjellberg", L, "2024-05-16 16:05", 15, [
        ("PAD", "Malignt melanom, superficiellt spridande typ, Breslow 0,8 mm, Clark nivå III, ingen "
         "ulceration, mitoser 1/mm². Radikalt med 2 mm marginal."),
        ("Planering", "Utvidgad excision 1 cm. Pat ännu ej informerad om svaret, dr Sandberg ringer pat "
         "i morgon förmiddag när han är tillbaka."),
    ]),
], [("NL101", "n1")], [("NL102", "n1")], "Bekräftat melanom i synlig anteckning medan patienten uttryckligen ännu inte fått besked.")

C("vgr-ssk-nar-ej-pat-skivepitelcancer", "vgr", P("1939-09-17", "071"), [
    N("n1", MEL, "Telefonanteckning", "vg_hud_skas", "Linnea Berg", S, "2024-06-10 15:30", 5, [
        ("Telefonkontakt", "Försökt nå pat två gånger idag för att meddela PAD-svar: högt differentierad "
         "skivepitelcancer hö ytteröra. Inget svar, ingen röstbrevlåda. Pat har således ännu inte fått besked. "
         "Nytt försök i morgon, annars brev med tid till läkare."),
    ]),
], [("NL101", "n1")], [], "Ssk når inte patienten: diagnosen står synligt och texten säger att hon inte fått besked.")

C("hud-benignt-naevus-ingen-misstanke", "skane", P("1990-12-01", "508"), [
    N("n1", MEL, "Mottagningsanteckning", "sk_hud_hbg", "Karim Haddad", L, "2024-01-24 11:15", 20, [
        ("Dermatoskopi", "Symmetriskt retikulärt nätverk som tunnas ut perifert, inga atypiska strukturer."),
        ("Bedömning", "Benignt junktionsnaevus vä bröst. Ingen misstanke om melanom, ingen åtgärd."),
    ]),
], [], [("NL102", "n1")], "Negerad misstanke ('ingen misstanke om melanom') bredvid en säker benign diagnos.")

C("vgr-seb-keratos-bild-som-vid", "vgr", P("1955-04-04", "222"), [
    N("n1", MEL, "Besöksanteckning", "vg_hud_sas", "Petra Olausson", L, "2024-02-07 08:50", 40, [
        ("Status", "Multipla bruna, vaxartade, 'påklistrade' papler på bålen, de största 12 mm. "
         "Dermatoskopiskt milia-liknande cystor och komedoliknande öppningar."),
        ("Bedömning", "Bild som vid seborroiska keratoser. Kryo av de två som skaver mot BH-bandet."),
    ]),
], [("NL102", "n1")], [], "'Bild som vid' seborroiska keratoser är en hypotes i synligt sökord (VGR).")

C("pmo-trol-aktiniska-keratoser", "skane", P("1948-07-21", "151"), [
    N("n1", PMO, "Besök", "sk_vc_taby", "Håkan Persson", L, "2024-03-19 10:30", 25, [
        ("Aktuellt", "Sträva, rodnade fläckar på hjässan och ovan vä öra sedan i vintras. Lantbrukare, utomhus hela livet."),
        ("Status", "Flera 3–8 mm fjällande erytematösa fläckar som känns som sandpapper."),
        ("Bedömning", "Trol aktiniska keratoser."),
        ("Åtgärd", "Kryo 2 x 10 s. Solskydd och keps."),
    ]),
], [], [("NL102", "n1")], "PMO visar aldrig diagnoser: 'Trol aktiniska keratoser' på vårdcentral ger ingen NL102.")

C("hud-dd-psoriasis-handeksem", "skane", P("1985-10-26", "395"), [
    N("n1", MEL, "Nybesök", "sk_hud_malmo", "Ida Forsberg", L, "2024-02-26 14:00", 45, [
        ("Anamnes", "Fjällande, spruckna handflator sedan ett halvår, arbetar som kock. Pappan har psoriasis."),
        ("Status", "Välavgränsade rodnade plack med grov fjällning i båda handflatorna, även hö armbåge. "
         "Nagelgropar på två fingrar."),
        ("Bedömning", "DD palmar psoriasis / hyperkeratotiskt handeksem."),
        ("Åtgärd", "Stansbiopsi 4 mm hö handflata. Epikutantest bokas."),
    ]),
], [("NL102", "n1")], [], "Differentialdiagnoser (DD) psoriasis/handeksem för patienten i synlig Bedömning.")

C("vgr-psoriasis-kand-ev-biologiskt", "vgr", P("1972-03-15", "113"), [
    N("n1", MEL, "Återbesök", "vg_hud_su", "Fredrik Ahlgren", L, "2024-04-18 09:20", 30, [
        ("Aktuellt", "Känd psoriasis vulgaris sedan 25 år, otillräcklig effekt av metotrexat 20 mg/v."),
        ("Status", "PASI 14,2, DLQI 17. Plack på underben, bål och i hårbotten."),
        ("Planering", "Ev. byte till biologiskt läkemedel, först lab inkl. hepatitserologi, Quantiferon och lungröntgen. Återbesök 4 v."),
    ]),
], [], [("NL102", "n1")], "Säker psoriasis; hedgen 'ev.' gäller ett behandlingsbyte, inte en diagnos.")

C("vgr-hereditet-melanom-pat-ua", "vgr", P("1983-09-02", "264"), [
    N("n1", MEL, "Mottagningsanteckning", "vg_hud_nu", "Sara Enqvist", L, "2024-05-06 13:45", 20, [
        ("Hereditet", "Mor opererad för malignt melanom 2016 och morbror avled i melanom."),
        ("Status", "Ca 60 naevi på bål och extremiteter, samtliga dermatoskopiskt regelbundna. Fotodokumentation utförd."),
        ("Bedömning", "Inga tecken på melanom idag. Ökad risk pga hereditet, kontroll om ett år."),
    ]),
], [], [("NL102", "n1")], "Melanom hos släktingar och 'inga tecken på melanom' hos patienten: ingen hypotes om patienten.")

C("hud-pad-lichen-planus-lupus", "skane", P("1967-05-28", "446"), [
    N("n1", MEL, "Läkaranteckning", "sk_hud_kri", "Ulrika Nordin", L, "2024-03-27 15:10", 25, [
        ("PAD", "Interfacedermatit med basalcellsvakuolisering, enstaka kolloidkroppar och bandformigt lymfocytinfiltrat."),
        ("Bedömning", "Bilden talar för lichen planus, men kutan lupus erythematosus kan ej helt uteslutas då det "
         "finns periadnexal inflammation. Kompletterande biopsi för IF och ANA-screening."),
    ]),
], [("NL102", "n1")], [], "PAD-tolkning med 'talar för' och 'kan ej helt uteslutas' om två diagnoser i synlig text.")

C("vgr-typo-missankt-basaliom-tinning", "vgr", P("1950-01-31", "371"), [
    N("n1", MEL, "Läkaranteckning", "vg_hud_skas", "Magnus Ek", L, "2024-01-15 10:40", 15, [
        ("Status", "Hö tinning: 8 mm rodnad, lätt fjällande plack med rullad kant."),
        ("Bedömning", "Missänkt superficiellt basaliom. Stansbiopsi tagen."),
    ]),
], [("NL102", "n1")], [], "Stavfel i hedgen ('Missänkt') före basaliom i synlig Bedömning.")

C("vgr-th-sokord-mycosis-fungoides", "vgr", P("1961-07-08", "188"), [
    N("n1", MEL, "Läkaranteckning", "vg_hud_su", "Karin Wahlström", L, "2024-05-22 11:30", 50, [
        ("Anamnes", "Kliande rodnade fläckar på säte och lår i 4 år, behandlats som eksem utan effekt."),
        ("Status", "Ovala, skarpt avgränsade, lätt atrofiska erytematösa fläckar 3–10 cm på sätet och båda låren."),
        ("Tidiga hypoteser", "Kliniskt misstanke om tidig mycosis fungoides (kutant T-cellslymfom), DD kroniskt eksem. "
         "Ej framfört till pat i dag, avvaktar histologi."),
        ("Planering", "Tre stansbiopsier tagna, även för T-cellsreceptor-klonalitet. Fortsatt klobetasol tills svar. Återbesök 5 v."),
    ]),
], [], [("NL102", "n1"), ("NL101", "n1")],
  "VGR: hypotes och 'ej framfört' står bara under sökordet Tidiga hypoteser; synliga sökord har bara fynd och plan.")

C("skane-sokord-th-inte-skyddat", "skane", P("1956-10-19", "055"), [
    N("n1", MEL, "Läkaranteckning", "sk_hud_lund", "Eva Runesson", L, "2024-06-04 14:25", None, [
        ("Status", "Poikilodermi med retikulär pigmentering och atrofi på bål och i ljumskar."),
        ("Tidiga hypoteser", "Misstänkt mycosis fungoides, DD parapsoriasis en grandes plaques."),
        ("Planering", "Två biopsier tagna från olika plack. Ny bedömning när PAD finns."),
    ]),
], [("NL102", "n1")], [],
  "Skåne skyddar via mallen, inte sökordet: sökordet Tidiga hypoteser i en Läkaranteckning är synligt.")

C("vgr-th-mall-men-bedomning-sokord", "vgr", P("1993-02-11", "402"), [
    N("n1", MEL, "Tidiga hypoteser", "vg_hud_sas", "Jonas Lilja", L, "2024-03-08 09:00", 20, [
        ("Bedömning", "Grupperade kliande vesikler och exkoriationer på armbågar och säte. Trolig dermatitis "
         "herpetiformis, transglutaminasantikroppar och biopsi för IF tas."),
    ]),
], [("NL102", "n1")], [],
  "VGR skyddar via sökordet: mallnamnet Tidiga hypoteser med sökordet Bedömning skyddar inte.")

C("hud-trolig-kontaktallergi-frisor", "skane", P("2000-04-13", "620"), [
    N("n1", MEL, "Läkaranteckning", "sk_hud_hbg", "Maja Holm", L, "2024-04-23 10:10", 30, [
        ("Anamnes", "Frisör. Eksem på fingrar och handryggar sedan 3 mån, bättre på semestern."),
        ("Bedömning", "Handeksem, trolig kontaktallergi mot hårfärgämnen (PPD?)."),
        ("Åtgärd", "Epikutantest med basserie och frisörserie bokas v. 18. Mometason kräm, nitrilhandskar."),
    ]),
], [("NL102", "n1")], [], "'Trolig kontaktallergi' är en osäker diagnos i synlig Bedömning (Skåne Melior).")

C("vgr-lapptest-neg-kontaktallergi-utesluten", "vgr", P("1979-12-05", "086"), [
    N("n1", MEL, "Läkaranteckning", "vg_hud_skas", "Henrik Dahl", L, "2024-05-14 13:00", 25, [
        ("Epikutantest", "Avläsning dag 3 och dag 7: inga positiva reaktioner på basserie eller egna produkter."),
        ("Bedömning", "Allergiskt kontakteksem uteslutes. Irritativt handeksem pga våtarbete, undersköterska på IVA."),
        ("Åtgärd", "Information om handvård, mjukgörande efter varje handtvätt."),
    ]),
], [], [("NL102", "n1")], "Utesluten diagnos ('uteslutes') och en säker diagnos: inget att flagga.")

C("hud-oklart-rosacea-perioral", "skane", P("1988-06-06", "282"), [
    N("n1", MEL, "Nybesök", "sk_hud_kri", "Nora Sjöberg", L, "2024-02-13 15:45", 20, [
        ("Status", "Papler och pustler perioralt och runt näsvingarna, fri zon närmast läppröda. Lätt erytem över kinderna."),
        ("Bedömning", "Oklart om det rör sig om perioral dermatit eller papulopustulös rosacea. Sätter ut kortisonkrämen."),
        ("Ordination", "Lymecyklin 300 mg x 1 i 8 v."),
    ]),
], [("NL102", "n1")], [], "'Oklart om det rör sig om' två diagnoser i synlig Bedömning.")

C("barn-atopiskt-eksem-ev-dietist", "skane", P("2019-09-12", "448"), [
    N("n1", MEL, "Läkaranteckning", "sk_hud_lund", "Cecilia Borg", L, "2024-01-30 09:15", 35, [
        ("Anamnes", "Flicka med eksem sedan spädbarnsåret, mamma har astma. Kliar mest på natten."),
        ("Status", "Lichenifierat eksem i armveck och knäveck, torr hud generellt."),
        ("Bedömning", "Atopiskt eksem, måttlig svårighetsgrad (SCORAD 32)."),
        ("Planering", "Mjukgörande x 2, hydrokortison 1 % kur. Ev. remiss till dietist om mammans oro för maten kvarstår."),
    ]),
], [], [("NL102", "n1")], "Barn 4 år: säker diagnos; 'ev.' gäller en remiss (plan), inte en diagnos.")

C("vgr-barn-talar-for-mollusker", "vgr", P("2017-11-03", "564"), [
    N("n1", MEL, "Läkaranteckning", "vg_hud_barn", "Lovisa Thorén", L, "2024-03-21 10:50", 15, [
        ("Status", "Ett 20-tal 2–4 mm pärlformade, navlade papler i vä armhåla och på bålen, några med omgivande eksem."),
        ("Bedömning", "Talar för mollusker (molluscum contagiosum). Självläkande, ingen behandling."),
    ]),
], [("NL102", "n1")], [], "Barn 6 år (vårdnadshavare läser): 'Talar för mollusker' är en hypotes i synlig text.")

C("hud-kongenitalt-naevus-ev-excision", "skane", P("1998-08-08", "724"), [
    N("n1", MEL, "Läkaranteckning", "sk_hud_malmo", "Oskar Nyberg", L, "2024-05-29 11:05", 10, [
        ("Status", "Kongenitalt naevus 22 x 15 mm hö lår, jämn pigmentering, lätt behårat, oförändrat jämfört med foto från 2021."),
        ("Planering", "Ev. excision av kosmetiska skäl om pat önskar, hon funderar till nästa gång."),
    ]),
], [], [("NL102", "n1")], "Hedgen 'ev.' gäller en excision (plan), naevus är säkert.")

C("vgr-informerad-maken-ej", "vgr", P("1963-03-25", "328"), [
    N("n1", MEL, "Läkaranteckning", "vg_hud_su", "Annika Ström", L, "2024-06-12 14:30", 40, [
        ("Aktuellt", "Återbesök för PAD-besked."),
        ("Bedömning", "Melanom in situ vä överarm, radikalt exciderat. Pat informerad idag och förstod informationen väl."),
        ("Information", "Pat vill själv berätta för maken och önskar att vi inte kontaktar honom. Han är således ännu inte informerad."),
    ]),
], [], [("NL101", "n1")], "Patienten har fått besked; bara maken är oinformerad.")

C("hud-dottern-vill-ej-att-mamma-informeras", "skane", P("1933-02-14", "206"), [
    N("n1", MEL, "Läkaranteckning", "sk_hud_lund", "Per Alm", L, "2024-04-11 13:30", 60, [
        ("Aktuellt", "91-årig kvinna från SÄBO, kommer med dotter och undersköterska från boendet för PAD-svar."),
        ("PAD", "Skivepitelcancer, måttligt differentierad, hö kind, ej radikal i djupet."),
        ("Information", "Dottern önskar att mamma inte informeras om cancerdiagnosen då hon blir mycket orolig. Pat ej informerad i dag."),
        ("Planering", "Diskuteras med ansvarig överläkare hur fortsatt handläggning ska ske och hur pat ska få besked."),
    ]),
], [("NL101", "n1")], [], "Cancerdiagnos synlig medan texten säger att patienten själv inte informerats (anhörigs önskan).")

C("hud-ej-informerad-om-op-datum-mohs", "skane", P("1949-05-02", "133"), [
    N("n1", MEL, "Läkaranteckning", "sk_hud_hbg", "Louise Engström", L, "2024-03-01 10:20", 25, [
        ("Diagnos", "Basalcellscancer, infiltrativ typ, vä näsvinge (PAD 12/2, besked lämnat vid besöket 19/2)."),
        ("Planering", "Remiss till plastikkirurgen för Mohs-kirurgi skickad 20/2. Pat har ännu inte fått något "
         "operationsdatum, kallelse kommer från plastiken."),
    ]),
], [], [("NL101", "n1")], "Det som patienten inte fått veta är ett operationsdatum; diagnosen är redan meddelad.")

C("pmo-remiss-fragestallning-melanom", "skane", P("1971-10-10", "242"), [
    N("n1", PMO, "Läkaranteckning", "sk_vc_sorg", "Amir Rahimi", L, "2024-02-22 16:00", 20, [
        ("Aktuellt", "Har märkt att ett födelsemärke på vä vaden blivit mörkare och kliar."),
        ("Status", "6 mm asymmetrisk, flerfärgad pigmenterad lesion."),
        ("Åtgärd", "Remiss till hudmottagningen SUS Malmö, frågeställning: melanom?"),
    ]),
], [], [("NL102", "n1")], "Frågeställning melanom i en PMO-anteckning: PMO visar inga diagnoser.")

C("vgr-remiss-keratoakantom-eller-scc", "vgr", P("1946-12-29", "017"), [
    N("n1", MEL, "Läkaranteckning", "vg_hud_sas", "Tove Lundgren", L, "2024-04-05 11:40", 20, [
        ("Status", "Hö handrygg: 14 mm kraterformad nodulus med keratinplugg, vuxit på 6 veckor."),
        ("Åtgärd", "Remiss till plastikkirurgen för excision. Frågeställning: keratoakantom eller högt differentierad skivepitelcancer."),
    ]),
], [("NL102", "n1")], [], "'Frågeställning' med två möjliga diagnoser i en synlig Melior-anteckning (VGR).")

C("hud-melanom-uteslutet-digital-uppfoljning", "skane", P("1974-07-17", "465"), [
    N("n1", MEL, "Läkaranteckning", "sk_hud_malmo", "Ida Forsberg", L, "2024-03-14 08:30", 15, [
        ("Dermatoskopi", "Digital uppföljning efter 3 mån av lesionen på ryggen: ingen förändring i storlek eller "
         "struktur jämfört med bilderna från december."),
        ("Bedömning", "Melanom bedöms uteslutet, ingen excision."),
    ]),
], [], [("NL102", "n1")], "Uteslutet melanom efter digital uppföljning: negerat, ingen hypotes.")

C("vgr-onh-ramsay-hunt-kan-rora-sig-om", "vgr", P("1966-01-20", "099"), [
    N("n1", MEL, "Akutbesök ÖNH", "vg_onh_su", "Gustav Wennberg", L, "2024-02-02 17:40", 45, [
        ("Anamnes", "Svår öronvärk hö sedan 3 dagar, i går blåsor i hörselgången och i dag sned i ansiktet."),
        ("Status", "Vesikler i hö hörselgång och concha. Facialispares hö House-Brackmann III. Trumhinnor ua."),
        ("Bedömning", "Kan röra sig om herpes zoster oticus (Ramsay Hunts syndrom)."),
        ("Åtgärd", "Valaciklovir 1 g x 3 i 7 d och prednisolon 50 mg x 1. Audiogram i morgon. Ögonskydd nattetid."),
    ], setting="öppenvård"),
], [("NL102", "n1")], [], "'Kan röra sig om' herpes zoster oticus i synlig Bedömning (VGR).")

C("hud-lentigo-maligna-inger-misstanke", "skane", P("1945-11-11", "384"), [
    N("n1", MEL, "Läkaranteckning", "sk_hud_lund", "Helena Frisk", L, "2024-09-03 10:00", 70, [
        ("Anamnes", "78-årig kvinna, remitterad av privat hudläkare. Brun fläck på vä kind som långsamt vuxit under "
         "flera år, enligt pat 'som en kaffefläck'. Opererad för basaliom på ryggen 2019. Trombyl, enalapril."),
        ("Status", "Vä kind: 25 x 18 mm oregelbunden, ljus- till mörkbrun makula med otydlig avgränsning nedåt mot "
         "käkvinkeln. Ingen palpabel komponent. Inga förstorade lymfkörtlar preaurikulärt eller på halsen. "
         "Kraftigt solskadad hud med solelastos och flertal aktiniska keratoser på pannan."),
        ("Dermatoskopi", "Asymmetriska pigmenterade follikelöppningar, rhomboida strukturer och gråa prickar i den övre delen."),
        ("Bedömning", "Den dermatoskopiska bilden inger misstanke om lentigo maligna vä kind. Aktiniska keratoser "
         "på pannan, ej behandlingskrävande i dag."),
        ("Åtgärd", "Tre kartläggande stansbiopsier från de mörkaste partierna. Fotodokumentation."),
        ("Planering", "Återbesök efter PAD. Om diagnosen bekräftas diskuteras kirurgi kontra imiquimod med pat och dotter."),
    ]),
], [("NL102", "n1")], [], "Lång anteckning: 'inger misstanke om lentigo maligna' i synlig Bedömning.")

C("vgr-ak-bekraftad-eventuellt-ny-pdt", "vgr", P("1942-04-22", "315"), [
    N("n1", MEL, "Behandlingsanteckning", "vg_hud_skas", "Maria Lönn", S, "2024-05-08 12:15", 30, [
        ("Aktuellt", "Multipla aktiniska keratoser på hjässan och pannan, Olsen grad I–II, fältcancerisering."),
        ("Åtgärd", "Dagsljus-PDT med metylaminolevulinat, 2 timmar utomhus. Pat tolererade behandlingen bra."),
        ("Planering", "Utvärdering om 3 mån. Eventuellt ny PDT-omgång vid kvarvarande lesioner."),
    ]),
], [], [("NL102", "n1")], "Säkra aktiniska keratoser; 'eventuellt' gäller ny behandling (plan).")

C("hud-typo-missanke-dermatofibrom", "skane", P("1995-03-03", "246"), [
    N("n1", MEL, "Läkaranteckning", "sk_hud_kri", "Nora Sjöberg", L, "2024-06-18 09:35", 10, [
        ("Status", "Fast, brunaktig papel 6 mm vä underben, positivt 'dimple sign'. Dermatoskopiskt central vit "
         "fläck med perifert fint pigmentnätverk."),
        ("Bedömning", "Dermatofibrom. Ingen missanke om malignitet, pat lugnad."),
    ]),
], [], [("NL102", "n1")], "Stavfel i negationen ('Ingen missanke om malignitet'); diagnosen dermatofibrom är säker.")

C("vgr-pad-normal-hud-ej-informerad", "vgr", P("1959-08-27", "190"), [
    N("n1", MEL, "Provsvarsanteckning", "vg_hud_nu", "Sara Enqvist", L, "2024-07-02 15:20", 5, [
        ("PAD", "Stansbiopsi vä kind: normal hud, inga atypier och inga tecken på tumör."),
        ("Planering", "Pat ej informerad om det normala svaret ännu, brev skickas i dag."),
    ]),
], [], [("NL101", "n1")], "Det patienten ännu inte fått veta är ett normalt provsvar, ingen diagnos.")

C("hud-talar-for-hidradenit", "skane", P("1996-02-18", "019"), [
    N("n1", MEL, "Läkaranteckning", "sk_hud_malmo", "Oskar Nyberg", L, "2024-08-20 13:50", 35, [
        ("Anamnes", "Återkommande ömmande knölar och vätskande gångar i armhålor och ljumskar sedan 2 år. Röker, BMI 33."),
        ("Status", "Inflammatoriska noduli, två abscesser och tunnelbildning bilat axillärt. Dubbelkomedoner."),
        ("Bedömning", "Talar för hidradenitis suppurativa, Hurley II."),
        ("Åtgärd", "Lymecyklin 300 mg x 2 i 3 mån, rökstopp och viktnedgång. Ev. senare adalimumab."),
    ]),
], [("NL102", "n1")], [], "'Talar för hidradenitis suppurativa' är en hypotes i synlig Bedömning.")

C("pmo-misstankt-skabb", "skane", P("2001-05-30", "531"), [
    N("n1", PMO, "Besök", "sk_vc_nasby", "Lena Ivarsson", L, "2024-01-18 14:10", 20, [
        ("Aktuellt", "Intensiv klåda nattetid i 3 v, flickvännen kliar också."),
        ("Status", "Papler och gångar mellan fingrarna och på handlederna, papler på penis."),
        ("Bedömning", "Misstänkt skabb."),
        ("Åtgärd", "Permetrin 5 % kräm, upprepas efter 7 d. Partnern behandlas samtidigt. Kläder och lakan tvättas i 60 grader."),
    ]),
], [], [("NL102", "n1")], "PMO: 'Misstänkt skabb' visas inte för patienten, alltså ingen NL102.")

C("vgr-urtikaria-trolig-uppdosering", "vgr", P("1987-07-07", "428"), [
    N("n1", MEL, "Läkaranteckning", "vg_hud_su", "Fredrik Ahlgren", L, "2024-09-10 10:25", 20, [
        ("Diagnos", "Kronisk spontan urtikaria (L50.1), sedan ett år."),
        ("Bedömning", "Otillräckligt kontrollerad, UAS7 24."),
        ("Planering", "Trolig uppdosering av desloratadin till 4 tabletter dagligen, därefter omalizumab om ingen "
         "effekt. Tyreoideaprover tagna."),
    ]),
], [], [("NL102", "n1")], "Diagnosen är säker; 'trolig' gäller en dosökning (plan).")

C("hud-susp-melanom-pat-informerad", "skane", P("1980-11-30", "357"), [
    N("n1", MEL, "Läkaranteckning", "sk_hud_lund", "Johan Sandberg", L, "2024-07-09 11:20", 30, [
        ("Bedömning", "Susp. malignt melanom hö ljumske, 9 mm, asymmetri och atypiska kärl."),
        ("Information", "Pat informerad om misstanken och om att vi excinderar i dag, PAD-svar ges per telefon om ca 2 veckor."),
        ("Åtgärd", "Excision med 2 mm marginal, intrakutan sutur."),
    ]),
], [("NL102", "n1")], [("NL101", "n1")],
  "Synlig hypotes ('Susp.') som patienten informerats om: NL102 men inte NL101.")

C("vgr-th-sokord-men-planering-lackar", "vgr", P("1970-05-05", "141"), [
    N("n1", MEL, "Läkaranteckning", "vg_hud_skas", "Magnus Ek", L, "2024-04-09 15:00", 25, [
        ("Status", "Rygg: 10 mm mörk, asymmetrisk lesion strax nedom hö skulderblad."),
        ("Tidiga hypoteser", "Dermatoskopiskt blå-vit slöja och negativt nätverk, stark misstanke om melanom."),
        ("Planering", "Excision med 2 mm marginal den 18/4 pga susp. melanom. PAD inväntas."),
    ]),
], [("NL102", "n1")], [], "VGR: hypotesen ligger i Tidiga hypoteser men läcker ut i synlig Planering ('susp. melanom').")

# ================================================================ ENT
C("vgr-barn-typo-trolig-mediaotit", "vgr", P("2020-11-26", "612"), [
    N("n1", MEL, "Läkaranteckning", "vg_onh_sas", "Erik Falk", L, "2024-01-08 18:30", 20, [
        ("Anamnes", "3-åring med feber 39 i 2 dygn, drar sig i vä öra och sover dåligt."),
        ("Status", "Vä trumhinna rodnad och buktande, hö ua. Allmäntillstånd gott."),
        ("Bedömning", "Troligen akut mediatotit vä."),
        ("Åtgärd", "Kåvepenin 25 mg/kg x 3 i 5 dygn, paracetamol vid behov."),
    ]),
], [("NL102", "n1")], [], "Barn 3 år: stavfel i diagnosordet ('mediatotit') efter 'Troligen' i synlig Bedömning.")

C("barn-otit-bekraftad-om-feber-mastoidit", "skane", P("2018-12-13", "496"), [
    N("n1", MEL, "Läkaranteckning", "sk_onh_hbg", "Simon Hägg", L, "2024-02-15 10:10", 15, [
        ("Bedömning", "Akut mediaotit hö, otomikroskopiskt buktande trumhinna med pus bakom."),
        ("Åtgärd", "PcV i 5 d."),
        ("Information", "Om fortsatt feber efter 3 dygn eller svullnad och rodnad bakom örat ska föräldrarna söka "
         "akut, då mastoidit i så fall måste uteslutas."),
    ]),
], [], [("NL102", "n1")], "Barn 5 år: säker otit; mastoidit nämns bara villkorligt ('om ... i så fall').")

C("vgr-barn-sekretorisk-otit-ev-ror", "vgr", P("2019-10-01", "530"), [
    N("n1", MEL, "Läkaranteckning", "vg_barnonh", "Therese Hallin", L, "2024-03-05 09:40", 30, [
        ("Anamnes", "Föräldrarna upplever att pojken hör sämre sedan i höstas, höjer TV-volymen."),
        ("Status", "Otomikroskopi: matta, indragna trumhinnor bilat med vätskenivå. Tympanometri B-kurva bilat."),
        ("Hörsel", "Lekaudiometri: 30 dB bilat i talområdet."),
        ("Bedömning", "Sekretorisk mediaotit bilat, duration över 3 mån."),
        ("Planering", "Ev. plaströr och adenotomi, beslut efter nytt audiogram om 6 v."),
    ]),
], [], [("NL102", "n1")], "Barn 4 år: säker diagnos; 'ev.' gäller operationen.")

C("onh-talar-for-bakteriell-sinuit", "skane", P("1975-09-09", "373"), [
    N("n1", MEL, "Läkaranteckning", "sk_onh_hbg", "Simon Hägg", L, "2024-01-26 13:20", 25, [
        ("Anamnes", "Ensidig värk hö kind och överkäke i 10 dagar, först bättre och sedan sämre, gulgrön snuva hö."),
        ("Status", "Purulent sekret i hö mellersta näsgång vid endoskopi. Perkussionsöm tand 16."),
        ("Lab", "CRP 48."),
        ("Bedömning", "Talar för akut bakteriell maxillarsinuit hö, ev. dentogen genes."),
        ("Åtgärd", "PcV 1,6 g x 3 i 10 d. Remiss till tandläkare."),
    ]),
], [("NL102", "n1")], [], "'Talar för' akut bakteriell sinuit i synlig Bedömning (Skåne Melior).")

C("pmo-trol-viral-rinosinuit-telefon", "skane", P("1992-06-24", "068"), [
    N("n1", PMO, "Telefon", "sk_vc_bjuv", "Anna Wiklund", S, "2024-02-05 08:45", 10, [
        ("Telefonkontakt", "Pat ringer pga nästäppa, tryck över pannan och snuva i 5 dagar, ingen feber. Trol viral "
         "rinosinuit, egenvårdsråd: koksaltsköljning och avsvällande i högst 10 dagar. Åter vid försämring efter 10 dagar eller hög feber."),
    ]),
], [], [("NL102", "n1")], "PMO-telefonanteckning med 'Trol viral rinosinuit': ingen NL102 i PMO.")

C("vgr-tonsillit-strep-a-pos", "vgr", P("1999-01-27", "250"), [
    N("n1", MEL, "Läkaranteckning", "vg_onh_nal", "Hanna Grip", L, "2024-03-11 19:05", 15, [
        ("Status", "Förstorade tonsiller med beläggningar bilat, ömma käkvinkelkörtlar. Ingen trismus, uvula i medellinjen."),
        ("Lab", "Strep A positiv."),
        ("Bedömning", "Streptokocktonsillit. Ingen peritonsillit."),
        ("Åtgärd", "PcV 1 g x 3 i 10 d."),
    ]),
], [], [("NL102", "n1")], "Bekräftad tonsillit och negerad peritonsillit: ingen hypotes.")

C("onh-typo-peritonsilit-kan-ej-uteslutas", "skane", P("1989-04-16", "297"), [
    N("n1", MEL, "Läkaranteckning", "sk_onh_malmo", "David Öberg", L, "2024-04-14 21:15", None, [
        ("Anamnes", "Halsont i 6 dagar, nu svårt att svälja saliven och att gapa, grötig röst."),
        ("Status", "Rodnad svullnad supratonsillärt vä, uvula lätt förskjuten åt hö. Trismus 2 fingrar."),
        ("Bedömning", "Peritonsilit vä kan ej uteslutas."),
        ("Åtgärd", "Punktion supratonsillärt vä utan utbyte av pus. Bensyl-PcV 3 g x 3 iv på dagvården, ny bedömning om 24 h."),
    ]),
], [("NL102", "n1")], [], "Osignerat utkast; stavfel i diagnosordet ('Peritonsilit') med 'kan ej uteslutas'.")

C("vgr-audionom-talar-for-presbyacusis", "vgr", P("1949-03-08", "152"), [
    N("n1", MEL, "Audionomanteckning", "vg_audio_su", "Birgitta Sand", AU, "2024-02-20 10:00", 20, [
        ("Audiogram", "Symmetrisk sluttande sensorineural hörselnedsättning bilat, 25 dB vid 1 kHz och 60 dB vid 4 kHz. "
         "Taluppfattning 84 % bilat."),
        ("Bedömning", "Bilden talar för åldersrelaterad hörselnedsättning (presbyacusis)."),
        ("Åtgärd", "Utprovning av hörapparater bilat påbörjad."),
    ]),
], [("NL102", "n1")], [], "Audionom: 'talar för' presbyacusis i synlig Bedömning (VGR).")

C("onh-mr-fragestallning-vestibularisschwannom", "skane", P("1964-12-02", "333"), [
    N("n1", MEL, "Läkaranteckning", "sk_onh_lund", "Lars Åkesson", L, "2024-03-20 13:00", 55, [
        ("Anamnes", "59-årig man, successivt sämre hörsel hö sedan 2 år, tinnitus hö, viss ostadighet i mörker. "
         "Inga yrselattacker. Arbetar som lärare."),
        ("Status", "Otomikroskopi ua bilat. Weber lateraliseras till vä, Rinne positiv bilat. Normal facialisfunktion, "
         "kornealreflex normal bilat. Ingen spontannystagmus med Frenzelglasögon, Romberg ua."),
        ("Audiogram", "Sensorineural nedsättning hö 40–55 dB i diskanten, vä normal. Taluppfattning hö 68 %, vä 100 %."),
        ("Bedömning", "Asymmetrisk sensorineural hörselnedsättning hö."),
        ("Åtgärd", "MR hjärna och inre hörselgångar med frågeställning vestibularisschwannom hö."),
        ("Planering", "Svar per brev om normalt, annars besök."),
    ]),
], [("NL102", "n1")], [], "Lång ÖNH-anteckning: MR 'med frågeställning vestibularisschwannom' exponerar en hypotes.")

C("vgr-mr-schwannom-ej-informerad", "vgr", P("1957-08-19", "274"), [
    N("n1", MEL, "Läkaranteckning", "vg_onh_kung", "Mats Sjödin", L, "2024-03-13 16:40", 20, [
        ("Utredning", "MR inre hörselgångar 12/3: 8 mm intrakanalikulärt vestibularisschwannom hö, ingen "
         "utbredning i cerebellopontina vinkeln."),
        ("Planering", "Pat ej informerad ännu. Tidigarelägger läkarbesöket till 20/3 så att besked kan ges muntligt."),
    ]),
], [("NL101", "n1")], [], "Säker MR-diagnos synlig medan patienten uttryckligen inte informerats ännu.")

C("vgr-schwannom-informerad-wait-and-scan", "vgr", P("1968-02-29", "418"), [
    N("n1", MEL, "Läkaranteckning", "vg_onh_su", "Gustav Wennberg", L, "2024-04-03 09:30", 35, [
        ("Aktuellt", "Återbesök efter MR."),
        ("Bedömning", "Vestibularisschwannom vä, 6 mm intrakanalikulärt. Pat informerad om fyndet och om alternativen "
         "strålkniv, kirurgi och expektans."),
        ("Planering", "Wait-and-scan enligt pat:s önskan, ny MR om 6 mån med audiogram samtidigt."),
    ]),
], [], [("NL101", "n1"), ("NL102", "n1")], "Samma diagnos men patienten är informerad; inget hedgat.")

C("onh-mojlig-menieres", "skane", P("1971-06-01", "240"), [
    N("n1", MEL, "Nybesök", "sk_onh_kri", "Anneli Roos", L, "2024-05-02 10:45", 30, [
        ("Anamnes", "Attacker av rotatorisk yrsel 2–4 timmar med illamående, lock och brus i vä öra, 5 attacker sedan januari."),
        ("Audiogram", "Lågfrekvent sensorineural nedsättning vä 35 dB, diskant normal."),
        ("Bedömning", "Möjlig Mb Ménière vä."),
        ("Åtgärd", "Betahistin 24 mg x 2, saltrestriktion. Yrseldagbok."),
    ]),
], [("NL102", "n1")], [], "'Möjlig Mb Ménière' i synlig Bedömning.")

C("vgr-bppv-talar-emot-vestibularisneurit", "vgr", P("1954-10-14", "337"), [
    N("n1", MEL, "Återbesök", "vg_onh_nal", "Hanna Grip", L, "2024-05-27 11:10", 20, [
        ("Status", "Dix-Hallpike och supine roll test negativa bilat. Head impulse test med korrigerande sackad åt hö. "
         "Horisontell nystagmus åt vä som avtagit jämfört med akutbesöket."),
        ("Bedömning", "Fynden talar emot BPPV. Vestibularisneurit hö, i regress."),
        ("Åtgärd", "Vestibulär rehabilitering via fysioterapeut."),
    ]),
], [], [("NL102", "n1")], "'Talar emot BPPV' är en avfärdad diagnos; vestibularisneurit är satt.")

C("onh-susp-larynxcancer-pat-ej-informerad", "skane", P("1952-09-26", "159"), [
    N("n1", MEL, "Läkaranteckning", "sk_onh_lund", "Lars Åkesson", L, "2024-06-05 14:15", 40, [
        ("Anamnes", "Heshet i 3 mån. Rökare, 40 paketår."),
        ("Status", "Fiberlaryngoskopi: exofytisk vitaktig förändring vä stämband, främre två tredjedelar, normal stämbandsrörlighet."),
        ("Bedömning", "Misstänkt larynxcancer vä stämband."),
        ("Information", "Pat ej informerad om misstanken, vi vill ha PAD innan besked ges."),
        ("Planering", "Mikrolaryngoskopi med biopsi i narkos v. 25."),
    ]),
], [("NL101", "n1"), ("NL102", "n1")], [],
  "Hedgad cancermisstanke i synlig Bedömning som patienten uttryckligen inte fått veta: båda reglerna.")

C("onh-th-mall-stambandscancer", "skane", P("1950-12-18", "195"), [
    N("n1", MEL, "Läkaranteckning", "sk_onh_malmo", "David Öberg", L, "2024-06-11 10:00", 20, [
        ("Status", "Fiberlaryngoskopi: ojämn slemhinneförändring hö stämband, normal rörlighet."),
        ("Planering", "Mikrolaryngoskopi med biopsi bokad. Pat informerad om ingreppet."),
    ]),
    N("n2", MEL, "Tidiga hypoteser", "sk_onh_malmo", "David Öberg", L, "2024-06-11 10:10", 15, [
        ("Bedömning", "Bilden talar för stämbandscancer hö. Misstanken är inte framförd till pat och ska inte tas upp förrän PAD finns."),
    ]),
], [], [("NL102", "n1"), ("NL102", "n2"), ("NL101", "n2")],
  "Skåne: ointroducerad cancermisstanke bara i mallen Tidiga hypoteser; synliga anteckningen informerar om ingreppet.")

C("vgr-nasofarynx-th-sedan-besked", "vgr", P("1962-04-07", "213"), [
    N("n1", MEL, "Läkaranteckning", "vg_onh_su", "Ingrid Dalén", L, "2024-04-24 13:40", 30, [
        ("Status", "Epifaryngoskopi: oregelbunden slemhinneförändring i vä Rosenmüllers grop. Sekretorisk otit vä."),
        ("Tidiga hypoteser", "Talar för nasofarynxcancer vä, ej framfört till pat."),
        ("Planering", "Biopsi i LA i dag, MR epifarynx."),
    ]),
    N("n2", MEL, "Läkaranteckning", "vg_onh_su", "Ingrid Dalén", L, "2024-05-08 14:00", 25, [
        ("Aktuellt", "Besök för besked, hustrun med."),
        ("Bedömning", "PAD: icke-keratiniserande skivepitelcancer i nasofarynx vä. Pat och hustru informerade om "
         "diagnosen och om fortsatt utredning med PET-DT."),
        ("Planering", "Remiss till onkologen, MDK 28/5."),
    ]),
], [], [("NL102", "n1"), ("NL101", "n2"), ("NL102", "n2")],
  "VGR: hypotesen hölls i sökordet Tidiga hypoteser; den senare anteckningen ger besked om den bekräftade diagnosen.")

C("onh-naspolyper-trolig-astma", "skane", P("1978-03-19", "355"), [
    N("n1", MEL, "Läkaranteckning", "sk_onh_ystad", "Viktor Claesson", L, "2024-02-28 11:30", 20, [
        ("Status", "Näspolyper grad 2 bilat. Nedsatt luktsinne."),
        ("Bedömning", "Kronisk rinosinuit med näspolyper. Trolig samtidig astma med tanke på pip i bröstet och ansträngningsdyspné."),
        ("Åtgärd", "Mometason nässpray 2 puffar x 2, remiss för spirometri via VC."),
    ]),
], [("NL102", "n1")], [], "En säker ÖNH-diagnos plus en hedgad annan diagnos ('Trolig samtidig astma').")

C("vgr-typo-sannolkit-streptokocktonsillit", "vgr", P("2003-07-12", "436"), [
    N("n1", MEL, "Läkaranteckning", "vg_onh_kung", "Mats Sjödin", L, "2024-10-07 17:20", 15, [
        ("Status", "Feber 39,1, beläggningar på båda tonsillerna, ömma käkvinkelkörtlar, ingen hosta."),
        ("Bedömning", "Sannolkit streptokocktonsillit, Centor 4/4."),
        ("Åtgärd", "PcV 1 g x 3 i 10 d."),
    ]),
], [("NL102", "n1")], [], "Stavfel i hedgen ('Sannolkit') före streptokocktonsillit.")

C("onh-horapparat-trolig-utprovning", "skane", P("1951-05-14", "072"), [
    N("n1", MEL, "Audionomanteckning", "sk_horsel_malmo", "Karin Melin", AU, "2024-04-16 14:00", 20, [
        ("Aktuellt", "Känd sensorineural hörselnedsättning bilat sedan 2022, lätt till måttlig."),
        ("Audiogram", "Oförändrat jämfört med 2022."),
        ("Planering", "Trolig utprovning av nya hörapparater i september när de gamla är 6 år. Pat ställs i kö."),
    ]),
], [], [("NL102", "n1")], "'Trolig' gäller en utprovning (plan); hörselnedsättningen är känd.")

C("vgr-kolesteatom-kan-inte-uteslutas", "vgr", P("1984-11-08", "391"), [
    N("n1", MEL, "Läkaranteckning", "vg_onh_su", "Ingrid Dalén", L, "2024-08-27 10:15", None, [
        ("Status", "Vä öra: retraktionsficka i pars flaccida med keratindebris och luktande sekret."),
        ("Bedömning", "Kolesteatom kan inte uteslutas."),
        ("Åtgärd", "DT temporalben. Sugning och Terracortril-droppar."),
    ]),
], [("NL102", "n1")], [], "'Kan inte uteslutas' är en hedge, inte en negation; osignerat utkast.")

C("onh-dt-kolesteatom-uteslutes", "skane", P("1977-02-23", "318"), [
    N("n1", MEL, "Läkaranteckning", "sk_onh_lund", "Emma Kronqvist", L, "2024-09-12 15:35", 20, [
        ("Utredning", "DT temporalben: väl luftat mellanöra och mastoid bilat, inga benerosioner, ossikelkedjan intakt."),
        ("Bedömning", "Kolesteatom uteslutes. Kronisk extern otit hö förklarar flytningen."),
    ]),
], [], [("NL102", "n1")], "'Uteslutes' (negation) bredvid en säker diagnos.")

C("vgr-fnac-reaktiv-ej-meddelad", "vgr", P("1986-06-16", "244"), [
    N("n1", MEL, "Provsvarsanteckning", "vg_onh_nu", "Rebecka Moberg", L, "2024-05-21 16:10", 10, [
        ("Provsvar", "FNAC från knuta hö käkvinkel: reaktiv lymfkörtel, inga maligna celler."),
        ("Planering", "Pat ännu inte meddelad om svaret, ssk ringer i morgon. Ultraljud hals om 3 mån."),
    ]),
], [], [("NL101", "n1")], "Det som inte meddelats är ett godartat/normalt cytologsvar, ingen diagnos.")

C("onh-lymfom-typo-ej-informerats", "skane", P("1960-01-05", "230"), [
    N("n1", MEL, "Läkaranteckning", "sk_onh_malmo", "Johanna Lind", L, "2024-07-15 15:50", 25, [
        ("Provsvar", "Px hö halslymfkörtel: diffust storcelligt B-cellslymfom, GCB-typ."),
        ("Planering", "Patienten har inte inforemrats om px-svaret. Kallas till gemensamt besök ÖNH-läkare och "
         "hematolog på onsdag. Remiss hematologen skickad."),
    ]),
], [("NL101", "n1")], [], "Stavfel i 'inforemrats'; lymfomdiagnos synlig och patienten inte informerad.")

C("barn-adenoid-planeras-ev-ror", "skane", P("2020-01-22", "662"), [
    N("n1", MEL, "Läkaranteckning", "sk_barnonh_lund", "Martin Lövgren", L, "2024-03-26 09:00", 30, [
        ("Anamnes", "Snarkar varje natt, andningsuppehåll enligt mamma, munandning, trött på dagarna."),
        ("Status", "Tonsiller 3+ bilat. Epifaryngoskopi: adenoid med ca 80 % obstruktion."),
        ("Planering", "Tonsillotomi och adenotomi, sätts upp på väntelistan. Ev. även plaströr om vätska ses i mellanöronen vid op."),
    ]),
], [], [("NL102", "n1")], "Barn 4 år: 'Ev.' gäller plaströr (plan) under en villkorlig bisats.")

C("vgr-barn-misstankt-osas", "vgr", P("2017-06-28", "520"), [
    N("n1", MEL, "Läkaranteckning", "vg_barnonh", "Therese Hallin", L, "2024-04-29 10:30", 20, [
        ("Anamnes", "Högljudd snarkning, observerade andningsuppehåll och nattliga uppvaknanden, koncentrationssvårigheter i förskolan."),
        ("Status", "Tonsiller 4+ som nästan möts i medellinjen."),
        ("Bedömning", "Misstänkt obstruktivt sömnapnésyndrom."),
        ("Planering", "Polygrafi i hemmet bokas."),
    ]),
], [("NL102", "n1")], [], "Barn 6 år: 'Misstänkt obstruktivt sömnapnésyndrom' i synlig Bedömning.")

C("pmo-trol-extern-otit", "skane", P("1997-08-03", "181"), [
    N("n1", PMO, "Läkaranteckning", "sk_vc_linero", "Fatima Khalil", L, "2024-07-22 10:45", 15, [
        ("Aktuellt", "Klåda och flytning hö öra efter badsemester."),
        ("Status", "Hörselgången svullen och rodnad, trumhinnan svårbedömd."),
        ("Bedömning", "Trol extern otit hö."),
        ("Åtgärd", "Terracortril med polymyxin B, 3 droppar x 3 i 7 d. Håll örat torrt."),
    ]),
], [], [("NL102", "n1")], "PMO: hedgad extern otit ger ingen NL102.")

C("vgr-telefon-misstankt-plotslig-dovhet", "vgr", P("1973-10-30", "064"), [
    N("n1", MEL, "Telefonanteckning", "vg_onh_sas", "Jessica Björn", S, "2024-06-17 07:55", 5, [
        ("Telefonkontakt", "Pat ringer, vaknade i morse med lock och kraftigt nedsatt hörsel vä samt öronsus. Ingen "
         "förkylning. Misstänkt plötslig sensorineural hörselnedsättning, ges akuttid i dag kl 13 för audiogram och läkarbedömning."),
    ]),
], [("NL102", "n1")], [], "Ssk-telefonanteckning i Melior med 'Misstänkt plötslig sensorineural hörselnedsättning'.")

C("horsel-bullerskada-har-ej-berattat-for-arbetsgivaren", "skane", P("1980-04-02", "139"), [
    N("n1", MEL, "Audionomanteckning", "sk_horsel_hbg", "Tobias Mårtensson", AU, "2024-08-13 13:15", 20, [
        ("Audiogram", "Bilateral dip vid 4 kHz, 45 dB hö och 50 dB vä, i övrigt normal hörsel."),
        ("Bedömning", "Bullerskada bilat."),
        ("Information", "Pat informerad om audiogrammet och vad bullerskadan innebär. Han har inte berättat för "
         "arbetsgivaren ännu men ska ta upp hörselskydd på nästa arbetsplatsträff."),
    ]),
], [], [("NL101", "n1")], "Patienten är informerad; det är patienten som inte berättat för sin arbetsgivare.")

C("vgr-tinnitus-trol-varre-vid-stress", "vgr", P("1991-12-21", "478"), [
    N("n1", MEL, "Läkaranteckning", "vg_onh_nal", "Oscar Lindahl", L, "2024-09-24 14:50", 20, [
        ("Anamnes", "Pipande tinnitus hö sedan ett år, trol. värre vid stress och dålig sömn."),
        ("Audiogram", "Normal hörsel bilat."),
        ("Bedömning", "Ingen misstanke om retrokokleär patologi, ingen MR indicerad. Tinnitusskola via audiologen."),
    ]),
], [], [("NL102", "n1")], "Hedgen 'trol.' gäller när symtomet förvärras; retrokokleär patologi är negerad.")

C("vgr-dt-bihalor-kronisk-rinosinuit-avskrivs", "vgr", P("1982-05-11", "305"), [
    N("n1", MEL, "Läkaranteckning", "vg_onh_kung", "Mats Sjödin", L, "2024-10-15 09:25", 25, [
        ("Utredning", "DT bihålor: luftade bihålor utan slemhinnesvullnad."),
        ("Bedömning", "Kronisk rinosinuit avskrivs. Vasomotorisk rinit, behandlas med ipratropium nässpray."),
    ]),
], [], [("NL102", "n1")], "'Avskrivs' (avfärdad diagnos) och en säker diagnos.")

C("onh-ingen-misstanke-epiglottit", "skane", P("1994-09-07", "259"), [
    N("n1", MEL, "Jouranteckning", "sk_onh_lund", "Emma Kronqvist", L, "2024-11-02 22:10", 20, [
        ("Anamnes", "Ont i halsen och svårt att svälja sedan i går, feber 38,2."),
        ("Status", "Fiberskopi: tunn och blek epiglottis, fria luftvägar."),
        ("Bedömning", "Ingen misstanke om epiglottit. Viral faryngit, symtomatisk behandling."),
    ]),
], [], [("NL102", "n1")], "Negerad epiglottit på ÖNH-jouren och en säker diagnos.")

# ================================================================ OPHTHALMOLOGY
C("ogon-typo-misstakt-glaukom", "skane", P("1958-07-30", "266"), [
    N("n1", MEL, "Läkaranteckning", "sk_ogon_lund", "Clara Westin", L, "2024-02-09 10:20", 35, [
        ("Anamnes", "Remiss från optiker pga förhöjt tryck. Far hade glaukom."),
        ("Status", "Visus 1,0/1,0. IOP 26/24 mmHg (Goldmann). Öppna kammarvinklar. Papiller: C/D 0,7 hö och 0,6 vä, inferior notch hö."),
        ("OCT", "RNFL-förtunning inferotemporalt hö."),
        ("Bedömning", "Misstäkt primärt öppenvinkelglaukom."),
        ("Planering", "Synfält 24-2 bilat om 2 v, därefter läkarbesök."),
    ]),
], [("NL102", "n1")], [], "Stavfel i hedgen ('Misstäkt') före glaukom; faderns glaukom påverkar inte.")

C("vgr-glaukom-kan-uteslutas-oht", "vgr", P("1966-09-13", "372"), [
    N("n1", MEL, "Återbesök", "vg_ogon_mol", "Petter Hultgren", L, "2024-03-06 11:00", 20, [
        ("Utredning", "Synfält 24-2 normala bilat, OCT RNFL inom normalgräns, CCT 590/585 µm."),
        ("Bedömning", "Glaukom kan uteslutas i dag. Okulär hypertension, IOP 24/23 utan behandling."),
        ("Planering", "Kontroll hos optiker om ett år."),
    ]),
], [], [("NL102", "n1")], "'Kan uteslutas' (utan 'ej') är en negation, motsatsen till 'kan ej uteslutas'.")

C("ogon-normaltrycksglaukom-tolk-saknades", "skane", P("1955-03-01", "283"), [
    N("n1", MEL, "Läkaranteckning", "sk_ogon_hbg", "Rasmus Ek", L, "2024-04-19 14:30", 30, [
        ("Diagnos", "Normaltrycksglaukom bilat."),
        ("Information", "Pat ej informerad om diagnosen i dag då den arabisktalande tolken uteblev. Nytt besök med tolk bokas inom 2 v."),
    ]),
], [("NL101", "n1")], [], "Diagnos synlig och 'ej informerad om diagnosen' (tolk saknades).")

C("vgr-katarakt-ej-informerad-om-opdatum", "vgr", P("1947-01-16", "160"), [
    N("n1", MEL, "Läkaranteckning", "vg_ogon_ali", "Sanna Kvist", L, "2024-05-13 10:40", 20, [
        ("Status", "Visus hö 0,4, vä 0,7. Kärnkatarakt hö NO4, vä NO2."),
        ("Bedömning", "Katarakt bilat, hö>vä. Pat besväras av bländning vid bilkörning i mörker."),
        ("Planering", "Sätts upp för fakoemulsifikation hö. Pat ej informerad om operationsdatum ännu, kallelse skickas."),
    ]),
], [], [("NL101", "n1"), ("NL102", "n1")], "Det som inte meddelats är ett operationsdatum; kataraktdiagnosen är säker.")

C("ogon-ev-begynnande-katarakt", "skane", P("1963-08-25", "349"), [
    N("n1", MEL, "Läkaranteckning", "sk_ogon_lkr", "Mikael Strand", L, "2024-06-20 09:50", 15, [
        ("Status", "Visus 0,8/1,0 med egna glasögon. Främre segment ua vä, lätt grumling i linskärnan hö. Fundus ua."),
        ("Bedömning", "Ev. begynnande kärnkatarakt hö som förklarar den lätta dimsynen."),
    ]),
], [("NL102", "n1")], [], "'Ev. begynnande kärnkatarakt' är en hedgad diagnos, inte en plan.")

C("vgr-trolig-vat-amd", "vgr", P("1941-12-09", "229"), [
    N("n1", MEL, "Läkaranteckning", "vg_ogon_nal", "Sofie Brandt", L, "2024-07-04 13:25", None, [
        ("Anamnes", "Raka linjer ser vågiga ut med vä öga sedan 2 v."),
        ("Status", "Visus vä 0,5. Fundus vä: blödning och drusen i makula."),
        ("OCT", "Subretinal vätska och pigmentepitelavlossning vä."),
        ("Bedömning", "Trolig våt AMD vä."),
        ("Planering", "Fluoresceinangiografi i morgon, vid bekräftelse start av anti-VEGF."),
    ]),
], [("NL102", "n1")], [], "Osignerat utkast med 'Trolig våt AMD' i synlig Bedömning (VGR).")

C("ogon-torr-amd-informerad", "skane", P("1938-05-19", "248"), [
    N("n1", MEL, "Läkaranteckning", "sk_ogon_malmo", "Julia Hedlund", L, "2024-08-07 11:15", 25, [
        ("Bedömning", "Torr AMD bilat med geografisk atrofi vä."),
        ("Information", "Pat informerad om diagnosen och om att ingen behandling finns i dag. Amslertest hemma, "
         "remiss till syncentralen för synpedagog."),
    ]),
], [], [("NL101", "n1"), ("NL102", "n1")], "Säker diagnos som patienten informerats om.")

C("vgr-mor-amd-pat-normal-makula", "vgr", P("1969-11-27", "404"), [
    N("n1", MEL, "Nybesök", "vg_ogon_lid", "Niklas Borgström", L, "2024-09-05 10:05", 15, [
        ("Anamnes", "Mor och moster hade makuladegeneration, pat orolig."),
        ("Status", "Makulae normala bilat utan drusen. OCT ua."),
        ("Bedömning", "Inga tecken på makuladegeneration. Rökstopp och kostråd."),
    ]),
], [], [("NL102", "n1")], "Släktingars sjukdom och negerad diagnos hos patienten.")

C("ogon-uveit-mojlig-sarkoidos", "skane", P("1986-01-03", "292"), [
    N("n1", MEL, "Akutbesök", "sk_ogon_lund", "Clara Westin", L, "2024-03-28 15:05", 30, [
        ("Status", "Hö: ciliär injektion, 2+ celler i främre kammaren, granulomatösa keratiska precipitat. Vä ua."),
        ("Bedömning", "Främre uveit hö. Möjlig bakomliggande sarkoidos."),
        ("Åtgärd", "Lungröntgen, ACE och kalcium beställt. Dexametason droppar x 6, cyklopentolat till natten."),
    ]),
], [("NL102", "n1")], [], "Säker uveit men 'Möjlig bakomliggande sarkoidos' är en synlig hypotes.")

C("vgr-uveit-hla-b27-ingen-misstanke-spondylit", "vgr", P("1990-07-15", "317"), [
    N("n1", MEL, "Läkaranteckning", "vg_ogon_mol", "Petter Hultgren", L, "2024-04-25 09:15", 20, [
        ("Bedömning", "Akut främre uveit vä, HLA-B27 positiv. Inga ryggbesvär, ingen misstanke om ankyloserande spondylit."),
        ("Åtgärd", "Dexametason droppar nedtrappning över 6 v."),
    ]),
], [], [("NL102", "n1")], "Negerad misstanke om spondylit bredvid en säker uveit.")

C("vgr-typo-telefon-ablatio-kan-ej-utelsutas", "vgr", P("1965-02-08", "056"), [
    N("n1", MEL, "Telefonanteckning", "vg_ogon_su", "Emelie Rosén", S, "2024-05-18 08:20", 5, [
        ("Telefonkontakt", "Pat ringer: ljusblixtar och en mörk skugga nedtill i synfältet hö sedan i går kväll. "
         "Näthinneavlossning kan ej utelsutas, akuttid i dag kl 10:30."),
    ]),
], [("NL102", "n1")], [], "Stavfel i hedgen ('utelsutas'); telefonanteckning i Melior med möjlig näthinneavlossning.")

C("ogon-pvd-ablatio-avskrivs", "skane", P("1961-10-04", "397"), [
    N("n1", MEL, "Läkaranteckning", "sk_ogon_malmo", "Julia Hedlund", L, "2024-06-03 12:40", 15, [
        ("Status", "Hö: bakre glaskroppsavlossning med Weiss ring. Periferin undersökt med trelinsglas och sklerotryck: "
         "inga hål, ingen avlossning."),
        ("Bedömning", "Ablatio avskrivs. Information om varningssymtom som ska föranleda ny kontakt."),
    ]),
], [], [("NL102", "n1")], "'Ablatio avskrivs' är en avfärdad diagnos.")

C("barn-amblyopi-pat-och-mamma-informerade", "skane", P("2018-09-21", "602"), [
    N("n1", MEL, "Ortoptistanteckning", "sk_ortopt_lund", "Hanna Sahlin", ORT, "2024-02-27 10:00", 25, [
        ("Visus", "Hö 1,0, vä 0,3 (LEA-symboler)."),
        ("Refraktion", "Cykloplegi: hö +0,50, vä +4,00."),
        ("Diagnos", "Anisometropisk amblyopi vä."),
        ("Information", "Pat och mamma informerade om diagnosen och om ocklusionsbehandling 2 tim per dag."),
    ]),
], [], [("NL101", "n1"), ("NL102", "n1")], "Barn 5 år: säker diagnos som barn och vårdnadshavare fått veta.")

C("vgr-barn-trolig-ackommodativ-esotropi", "vgr", P("2020-11-06", "654"), [
    N("n1", MEL, "Läkaranteckning", "vg_barnogon", "Maria Lagerlöf", L, "2024-03-18 13:30", 20, [
        ("Anamnes", "Föräldrarna ser att vä öga går inåt när han tittar på nära håll."),
        ("Status", "Cover test: esotropi vä 20 PD nära, 8 PD avstånd."),
        ("Bedömning", "Trolig ackommodativ esotropi. Cykloplegisk refraktion bokas."),
    ]),
], [("NL102", "n1")], [], "Barn 3 år: 'Trolig ackommodativ esotropi' i synlig Bedömning.")

C("vgr-chorioidealt-melanom-ej-informerad", "vgr", P("1954-06-11", "175"), [
    N("n1", MEL, "Läkaranteckning", "vg_ogon_su", "Anton Wallin", L, "2024-08-22 15:00", 60, [
        ("Anamnes", "Remiss från optiker i Borås pga pigmenterad förändring i fundus vä. Inga synbesvär."),
        ("Status", "Visus 0,9/0,8. Vä: 10 x 8 mm pigmenterad, upphöjd förändring temporalt om makula med orange "
         "pigment och subretinal vätska."),
        ("Ultraljud", "Kupolformad tumör, höjd 4,2 mm, låg intern reflektivitet."),
        ("Bedömning", "Malignt chorioidealt melanom vä öga, stadium T2a."),
        ("Information", "Pat ännu ej informerad om diagnosen; besked ges i morgon av ögononkolog, sonen önskar vara med."),
    ]),
], [("NL101", "n1")], [], "Lång anteckning: chorioidealt melanom synligt medan patienten ännu inte informerats.")

C("ogon-keratokonus-besked-vid-forra-besoket", "skane", P("1999-03-22", "413"), [
    N("n1", MEL, "Återbesök", "sk_ogon_hbg", "Rasmus Ek", L, "2024-09-16 10:30", 20, [
        ("Aktuellt", "Pat fick besked om diagnosen keratokonus bilat vid förra besöket."),
        ("Utredning", "Topografi: progress vä med Kmax 55,8 D."),
        ("Planering", "Crosslinking vä planeras, kallelse inom 2 mån."),
    ]),
], [], [("NL101", "n1")], "Patienten fick besked vid ett tidigare besök.")

C("pmo-sannolikt-viral-konjunktivit", "skane", P("1988-12-12", "227"), [
    N("n1", PMO, "Besök", "sk_vc_staff", "Jenny Åberg", L, "2024-10-01 13:10", 15, [
        ("Aktuellt", "Röda, rinnande ögon sedan 3 dagar, nyligen förkyld."),
        ("Bedömning", "Sannolikt viral konjunktivit bilat. Visus ua, ingen ljuskänslighet."),
        ("Åtgärd", "Handhygien, egna handdukar. Åter om smärta eller synpåverkan."),
    ]),
], [], [("NL102", "n1")], "PMO: 'Sannolikt viral konjunktivit' visas inte, ingen NL102.")

C("vgr-diabetesretinopati-trolig-laser", "vgr", P("1959-04-28", "366"), [
    N("n1", MEL, "Läkaranteckning", "vg_ogon_skas", "Gunilla Axelsson", L, "2024-10-23 11:45", 20, [
        ("Bedömning", "Måttlig icke-proliferativ diabetesretinopati bilat, oförändrad sedan 2023."),
        ("Planering", "Trolig laserbehandling längre fram om makulaödem tillkommer. Ny fotografering om 6 mån."),
    ]),
], [], [("NL102", "n1")], "Säker retinopati; 'Trolig' gäller en behandling och makulaödem nämns bara villkorligt.")

C("vgr-typo-missstankt-pex-glaukom", "vgr", P("1944-09-03", "118"), [
    N("n1", MEL, "Läkaranteckning", "vg_ogon_sas", "Lina Ekström", L, "2024-11-06 09:30", 25, [
        ("Status", "Pseudoexfoliationsmaterial på linsytan hö, IOP 31 hö och 18 vä."),
        ("Bedömning", "Missstänkt pseudoexfoliationsglaukom hö."),
        ("Planering", "Latanoprost hö till kvällen, synfält om 4 v."),
    ]),
], [("NL102", "n1")], [], "Stavfel ('Missstänkt', tre s) i hedgen före glaukom.")

C("ogon-jattecellsarterit-kan-inte-uteslutas", "skane", P("1946-02-20", "204"), [
    N("n1", MEL, "Läkaranteckning", "sk_ogon_malmo", "Julia Hedlund", L, "2024-01-11 12:00", 40, [
        ("Anamnes", "Plötslig smärtfri synnedsättning hö i morse. Tinningsvärk och ont vid tuggning i 3 v."),
        ("Status", "Visus hö 0,1, vä 0,8. Blek, svullen papill hö. SR 78, CRP 62."),
        ("Bedömning", "AION hö, jättecellsarterit kan inte uteslutas."),
        ("Åtgärd", "Prednisolon 60 mg insatt i dag, remiss till kärlkirurg för temporalisbiopsi."),
    ]),
], [("NL102", "n1")], [], "'Jättecellsarterit kan inte uteslutas' är en hypotes i synlig Bedömning.")

C("vgr-barn-preseptal-ingen-orbital-cellulit", "vgr", P("2016-12-24", "580"), [
    N("n1", MEL, "Läkaranteckning", "vg_barnavd_su", "Ola Fransson", L, "2024-02-14 20:40", 30, [
        ("Status", "Svullet och rodnat övre och nedre ögonlock vä. Normal ögonmotilitet, ingen proptos, visus 1,0 bilat, färgseende ua."),
        ("Bedömning", "Preseptal cellulit vä efter etmoidit. Ingen misstanke om orbital cellulit."),
        ("Åtgärd", "Cefotaxim iv, näsdroppar. Ögonkonsult i morgon."),
    ], setting="slutenvård"),
], [], [("NL102", "n1")], "Barn 7 år i slutenvård: negerad orbital cellulit bredvid säker diagnos.")

C("barn-trol-kongenital-tarvagsstenos", "skane", P("2023-08-15", "706"), [
    N("n1", MEL, "Läkaranteckning", "sk_ogon_lund", "Mikael Strand", L, "2024-02-21 14:15", 15, [
        ("Anamnes", "Tårögd vä sedan födseln, krustor på morgonen. I övrigt frisk."),
        ("Bedömning", "Trol. kongenital tårvägsstenos vä."),
        ("Planering", "Massage av tårsäcken, sondering om besvären kvarstår vid 1 års ålder."),
    ]),
], [("NL102", "n1")], [], "Spädbarn: 'Trol. kongenital tårvägsstenos' i synlig Bedömning.")

C("vgr-kataraktop-ev-nya-glasogon", "vgr", P("1950-10-10", "296"), [
    N("n1", MEL, "Operationsberättelse", "vg_ogon_mol", "Sanna Kvist", L, "2024-11-14 08:45", 20, [
        ("Operationsberättelse", "Fakoemulsifikation med IOL-implantation hö öga i topikal anestesi. Okomplicerat, kapseln intakt."),
        ("Ordination", "Dexa-Chloramphenicol x 4 i 2 v."),
        ("Planering", "Ev. nya glasögon hos optiker efter 4–6 v."),
    ]),
], [], [("NL102", "n1")], "Operationsberättelse: 'Ev.' gäller nya glasögon, ingen diagnos är hedgad.")

# ================================================================ NL101 positives (more)
C("vgr-melanom-pet-dt-ej-fatt-veta", "vgr", P("1964-07-04", "237"), [
    N("n1", MEL, "Läkaranteckning", "vg_hud_su", "Annika Ström", L, "2024-05-07 16:20", 45, [
        ("Aktuellt", "Opererad för malignt melanom vä rygg i januari (Breslow 3,1 mm, ulcererat, pT3b). "
         "Portvaktskörtelbiopsi visade mikrometastas i vä axill."),
        ("Utredning", "PET-DT 6/5: lymfkörtelmetastaser i vä axill och två lungmetastaser."),
        ("Bedömning", "Stadium IV-sjukdom (M1b)."),
        ("Information", "Pat har inte fått veta resultatet av PET-DT. Kontaktsjuksköterskan bokar besök med mig och onkolog."),
        ("Planering", "Remiss till onkologen för ställningstagande till immunterapi. Tas upp på melanomkonferensen torsdag."),
    ]),
], [("NL101", "n1")], [], "Metastaserat melanom synligt medan patienten inte fått veta PET-DT-resultatet.")

C("hud-merkelcell-ej-informerats", "skane", P("1940-08-06", "099"), [
    N("n1", MEL, "Provsvarsanteckning", "sk_hud_lund", "Helena Frisk", L, "2024-05-17 15:10", None, [
        ("PAD", "Merkelcellskarcinom hö kind, 12 mm, ej radikalt."),
        ("Planering", "Pat har ännu ej informerats, svarar inte i telefon. Kallas med brev till besök 22/5."),
    ]),
], [("NL101", "n1")], [], "Osignerat utkast: Merkelcellskarcinom synligt, patienten ej informerad.")

C("vgr-typo-mb-bowen-ej-infomerad", "vgr", P("1943-03-12", "260"), [
    N("n1", MEL, "Provsvarsanteckning", "vg_hud_sas", "Tove Lundgren", L, "2024-06-25 14:05", 10, [
        ("PAD", "Skivepitelcancer in situ (Mb Bowen) vä underben."),
        ("Planering", "Pat ej infomerad ännu, tas vid återbesöket om 2 v."),
    ]),
], [("NL101", "n1")], [], "Stavfel ('infomerad') i uppgiften om att patienten inte fått besked om Mb Bowen.")

C("onh-tungcancer-ska-inte-informeras-forran-mdk", "skane", P("1967-11-17", "171"), [
    N("n1", MEL, "Läkaranteckning", "sk_onh_lund", "Lars Åkesson", L, "2024-05-28 17:00", 15, [
        ("PAD", "Hö tungkant: skivepitelcancer, måttligt differentierad, infiltrationsdjup 6 mm."),
        ("Planering", "Enligt överenskommelse med ansvarig överläkare ska pat inte informeras förrän behandlingsbeslut "
         "tagits på MDK 4/6."),
    ]),
], [("NL101", "n1")], [], "'Ska inte informeras förrän' om en synlig cancerdiagnos.")

C("vgr-typo-otoskleros-ej-informerard", "vgr", P("1981-05-23", "426"), [
    N("n1", MEL, "Läkaranteckning", "vg_onh_sas", "Erik Falk", L, "2024-09-18 15:40", 20, [
        ("Audiogram", "Konduktiv nedsättning vä med Carhart-notch vid 2 kHz, stapediusreflexer utslagna vä."),
        ("Bedömning", "Otoskleros vä."),
        ("Information", "Pat ej informerard om diagnosen, gick innan läkaren hann träffa henne. Ringer upp i morgon."),
    ]),
], [("NL101", "n1")], [], "Stavfel ('informerard'); benign men säker diagnos synlig och ej meddelad.")

C("vgr-proliferativ-retinopati-ej-informerad", "vgr", P("1976-12-30", "352"), [
    N("n1", MEL, "Läkaranteckning", "vg_ogon_skas", "Gunilla Axelsson", L, "2024-10-29 16:30", None, [
        ("Bedömning", "Fundusfoto tolkat efter besöket: proliferativ diabetesretinopati hö med neovaskularisationer på papillen."),
        ("Information", "Pat är ännu inte informerad om fynden, kallas till läkarbesök inom 1 vecka för panretinal laser."),
    ]),
], [("NL101", "n1")], [], "Osignerat: proliferativ retinopati synlig och patienten ännu inte informerad.")

C("hud-dle-inte-informerad", "skane", P("1984-02-07", "448"), [
    N("n1", MEL, "Läkaranteckning", "sk_hud_kri", "Ulrika Nordin", L, "2024-08-14 11:50", 20, [
        ("Provsvar", "PAD och IF: diskoid lupus erythematosus hö kind och i hårbotten."),
        ("Planering", "Pat inte informerad ännu, besked vid återbesök 28/8 då även hydroxiklorokin diskuteras."),
    ]),
], [("NL101", "n1")], [], "Säker DLE-diagnos ur PAD, patienten 'inte informerad ännu'.")

C("hud-ssk-pat-ovetande-om-melanom", "skane", P("1972-08-29", "284"), [
    N("n1", MEL, "Telefonanteckning", "sk_hud_malmo", "Camilla Bengtsson", S, "2024-07-03 13:55", 5, [
        ("Telefonkontakt", "Sökt pat två gånger ang PAD, malignt melanom vä underarm (Breslow 0,4 mm). Ej svar. "
         "Pat är alltså fortfarande ovetande om svaret, ny kontakt i morgon."),
    ]),
], [("NL101", "n1")], [], "'Ovetande om svaret' är ett annat sätt att säga att patienten inte informerats.")

C("vgr-makulahal-ej-informerad", "vgr", P("1952-01-18", "307"), [
    N("n1", MEL, "Läkaranteckning", "vg_ogon_ali", "Sanna Kvist", L, "2024-11-20 15:15", None, [
        ("OCT", "Bedömd i efterhand: fullt makulahål hö, stadium 3, diameter 420 µm."),
        ("Planering", "Pat ej informerad om fyndet än, ssk ringer för tid till vitrektomibedömning."),
    ]),
], [("NL101", "n1")], [], "Osignerat: makulahål synligt, patienten ej informerad om fyndet.")

C("vgr-pleomorft-adenom-ej-besked", "vgr", P("1974-04-09", "185"), [
    N("n1", MEL, "Läkaranteckning", "vg_onh_nu", "Rebecka Moberg", L, "2024-10-09 16:45", 15, [
        ("Provsvar", "Cytologi från hö parotis: pleomorft adenom."),
        ("Planering", "Pat har inte fått besked om cytologsvaret ännu, ringer i morgon och erbjuder operationstid."),
    ]),
], [("NL101", "n1")], [], "Benign tumör är fortfarande en diagnos (inte ett normalt svar): ej meddelad.")

C("vgr-talar-for-melanom-ej-namnt", "vgr", P("1978-10-21", "391"), [
    N("n1", MEL, "Läkaranteckning", "vg_hud_nu", "Elin Hammar", L, "2024-08-28 10:35", 30, [
        ("Dermatoskopi", "Atypiskt nätverk, oregelbundna prickar och pseudopodier i periferin."),
        ("Bedömning", "Talar för melanom vä skulderblad."),
        ("Information", "Har inte nämnt misstanken för pat som är mycket orolig, avvaktar PAD innan besked."),
        ("Åtgärd", "Excision med 2 mm marginal."),
    ]),
], [("NL101", "n1"), ("NL102", "n1")], [],
  "VGR: hedgat melanom i synlig text och misstanken uttryckligen inte nämnd för patienten.")

C("hud-melanom-tva-anteckningar", "skane", P("1968-06-19", "322"), [
    N("n1", MEL, "Provsvarsanteckning", "sk_hud_hbg", "Louise Engström", L, "2024-06-03 15:30", 10, [
        ("PAD", "Malignt melanom, nodulär typ, Breslow 2,4 mm, ulcererat."),
        ("Planering", "Pat ej informerad ännu, kallas till besök 12/6."),
    ]),
    N("n2", MEL, "Läkaranteckning", "sk_hud_hbg", "Louise Engström", L, "2024-06-12 09:20", 30, [
        ("Information", "Pat informerad om PAD-svaret (nodulärt melanom, Breslow 2,4 mm) och om utvidgad excision med portvaktskörtelbiopsi. Förstod och ställde relevanta frågor."),
        ("Planering", "Op-anmälan till plastikkirurgen."),
    ]),
], [("NL101", "n1")], [("NL101", "n2")],
  "Första anteckningen visar melanomet utan besked (NL101); den senare ger besked och ska inte flaggas.")

C("vgr-retinitis-pigmentosa-genetik-ej-meddelad", "vgr", P("1994-01-13", "431"), [
    N("n1", MEL, "Läkaranteckning", "vg_ogon_mol", "Petter Hultgren", L, "2024-10-14 15:05", 20, [
        ("Utredning", "Genetiskt svar: hemizygot patogen variant i RPGR som bekräftar X-bunden retinitis pigmentosa. "
         "ERG från i våras visade kraftigt nedsatta stavsvar."),
        ("Information", "Pat ej meddelad om det genetiska svaret; genetisk vägledning bokas innan besked ges."),
    ]),
], [("NL101", "n1")], [], "Genetiskt bekräftad retinitis pigmentosa synlig, patienten ännu ej meddelad.")

C("hud-dfsp-besked-ej-lamnat", "skane", P("1979-09-01", "114"), [
    N("n1", MEL, "Läkaranteckning", "sk_hud_lund", "Eva Runesson", L, "2024-09-25 14:20", 20, [
        ("PAD", "Dermatofibrosarkoma protuberans vä bröstkorg, ej radikalt exciderat."),
        ("Planering", "Besked ännu inte lämnat till pat, ringer efter kontakt med sarkomgruppen."),
    ]),
], [("NL101", "n1")], [], "'Besked ännu inte lämnat' om en synlig sarkomdiagnos.")

# ================================================================ NL101 negatives (more)
C("vgr-pad-meddelat-via-1177", "vgr", P("1953-12-03", "323"), [
    N("n1", MEL, "Administrativ anteckning", "vg_hud_skas", "Linnea Berg", S, "2024-03-07 11:00", 5, [
        ("Åtgärd", "PAD (basalcellscancer, superficiell typ, hö skuldra) meddelat pat via 1177-meddelande 5/3. "
         "Pat har läst och svarat att hon förstått. Ingen ytterligare åtgärd."),
    ]),
], [], [("NL101", "n1")], "Besked lämnat via 1177-meddelande: patienten är informerad.")

C("onh-ej-fatt-veta-remiss-fess", "skane", P("1970-02-15", "198"), [
    N("n1", MEL, "Läkaranteckning", "sk_onh_hbg", "Simon Hägg", L, "2024-04-04 10:15", 15, [
        ("Diagnos", "Kronisk rinosinuit med polyposis nasi, otillräcklig effekt av nasala steroider."),
        ("Planering", "Remiss för FESS skickad 3/4. Pat har inte fått veta att remissen skickats, ssk meddelar via 1177."),
    ]),
], [], [("NL101", "n1")], "Det patienten inte vet är att remissen skickats, inte diagnosen.")

C("vgr-oct-normal-ej-informerad-diabetes", "vgr", P("1962-11-25", "380"), [
    N("n1", MEL, "Läkaranteckning", "vg_ogon_lid", "Niklas Borgström", L, "2024-06-26 14:35", 10, [
        ("Aktuellt", "Känd diabetes typ 2 sedan 2015, kontroll av makula."),
        ("OCT", "Normal foveaprofil bilat, inget ödem."),
        ("Planering", "Pat ej informerad om OCT-svaret ännu, brev skickas."),
    ]),
], [], [("NL101", "n1")], "Känd diabetes står med, men det som inte meddelats är ett normalt OCT-svar.")

C("hud-pad-superficiellt-basaliom-inget-om-besked", "skane", P("1957-04-14", "253"), [
    N("n1", MEL, "Provsvarsanteckning", "sk_hud_malmo", "Sofia Lindqvist", L, "2024-02-08 13:40", 10, [
        ("PAD", "Basalcellscancer, superficiell typ, hö skuldra, radikalt exciderad."),
        ("Planering", "Suturtagning på VC, ingen uppföljning här."),
    ]),
], [], [("NL101", "n1"), ("NL102", "n1")], "Säker diagnos, inget sägs om huruvida patienten informerats.")

C("vgr-larynxcancer-informerad-dottern-ej", "vgr", P("1949-08-31", "099"), [
    N("n1", MEL, "Besöksanteckning", "vg_onh_su", "Gustav Wennberg", L, "2024-07-11 13:20", 40, [
        ("Bedömning", "Glottisk larynxcancer T1a vä stämband."),
        ("Information", "Pat informerad om diagnosen idag. Han vill inte att dottern informeras ännu, hon är gravid och han vill vänta."),
        ("Planering", "Remiss för strålbehandling."),
    ]),
], [], [("NL101", "n1")], "Patienten är informerad; bara dottern ska inte få veta ännu.")

C("ogon-th-mall-chorioidealt-melanom", "skane", P("1959-03-06", "344"), [
    N("n1", MEL, "Tidiga hypoteser", "sk_ogon_lund", "Clara Westin", L, "2024-09-19 16:00", 20, [
        ("Bedömning", "OCT och ultraljud inger misstanke om chorioidealt melanom vä. Pat har inte fått veta något om detta, "
         "diskuteras på ögononkologisk konferens."),
    ]),
], [], [("NL101", "n1"), ("NL102", "n1")], "Skåne: hela anteckningen är mallen Tidiga hypoteser, alltså skyddad.")

C("vgr-th-sokord-pad-melanom-synlig-ej-informerad", "vgr", P("1985-05-26", "466"), [
    N("n1", MEL, "Läkaranteckning", "vg_hud_sas", "Petra Olausson", L, "2024-05-23 15:25", None, [
        ("Aktuellt", "PAD inkommit från excisionen på vä vad."),
        ("Tidiga hypoteser", "PAD: malignt melanom Breslow 1,9 mm. Pat har inte fått beskedet."),
        ("Planering", "Pat har ännu inte informerats om PAD-svaret, besked ges vid återbesök 3/6."),
    ]),
], [], [("NL101", "n1")],
  "VGR: den obeskedade diagnosen står bara under sökordet Tidiga hypoteser; synlig text nämner bara att svaret väntar på besked.")

C("ogon-glaukom-informerad-2022-ej-tagit-droppar", "skane", P("1948-12-08", "411"), [
    N("n1", MEL, "Läkaranteckning", "sk_ogon_lund", "Mikael Strand", L, "2024-01-17 09:10", 15, [
        ("Aktuellt", "Känt primärt öppenvinkelglaukom bilat, pat informerades om diagnosen 2022. Pat har inte tagit "
         "Xalatan sedan jul pga rodnad."),
        ("Status", "IOP 28/27."),
        ("Planering", "Byte till konserveringsfria droppar, tryckkontroll om 6 v."),
    ]),
], [], [("NL101", "n1")], "Informerad sedan tidigare; negationen gäller ögondroppar, inte information.")

# ================================================================ NL102 positives (more)
C("vgr-typo-pitiryasis-rosea-bild-som-vid", "vgr", P("1997-10-05", "523"), [
    N("n1", MEL, "Läkaranteckning", "vg_hud_nu", "Sara Enqvist", L, "2024-04-30 11:25", 15, [
        ("Bedömning", "Klinisk bild som vid pitiryasis rosea: moderfläck på bröstet för 10 dagar sedan, nu ovala "
         "fjällande fläckar längs hudlinjerna på bålen. Självläkande."),
    ]),
], [("NL102", "n1")], [], "Stavfel i diagnosordet ('pitiryasis'); 'Klinisk bild som vid' är en hedge.")

C("hud-melanonyki-subungualt-kan-ej-uteslutas", "skane", P("1975-12-28", "436"), [
    N("n1", MEL, "Läkaranteckning", "sk_hud_lund", "Johan Sandberg", L, "2024-10-22 10:50", 25, [
        ("Status", "Vä tumnagel: longitudinell melanonyki 4 mm bred, ojämn färg, pigment på nagelvallen (Hutchinsons tecken)."),
        ("Bedömning", "Subungualt melanom kan ej uteslutas."),
        ("Åtgärd", "Remiss till handkirurgen för nagelmatrixbiopsi."),
    ]),
], [("NL102", "n1")], [], "'Kan ej uteslutas' om subungualt melanom i synlig Bedömning.")

C("vgr-fragetecken-tinea-corporis", "vgr", P("1993-06-14", "349"), [
    N("n1", MEL, "Läkaranteckning", "vg_hud_sas", "Jonas Lilja", L, "2024-07-16 13:05", 10, [
        ("Status", "Ringformat fjällande utslag med aktiv kant på hö lår, katt hemma."),
        ("Bedömning", "?Tinea corporis. Svampodling tagen, avvaktar med kortison."),
    ]),
], [("NL102", "n1")], [], "Frågetecken framför diagnosen ('?Tinea corporis') är en hedge.")

C("hud-konsult-sannolik-bullos-pemfigoid", "skane", P("1936-07-24", "087"), [
    N("n1", MEL, "Konsultationsanteckning", "sk_hud_geri", "Ida Forsberg", L, "2024-03-22 14:40", 30, [
        ("Status", "Spända blåsor på urtikariell botten på lår och bål, några erosioner. Slemhinnor ua."),
        ("Bedömning", "Sannolik bullös pemfigoid."),
        ("Åtgärd", "Biopsi för PAD och IF. Klobetasol kräm x 1 på hela kroppen utom ansiktet."),
    ], setting="slutenvård"),
], [("NL102", "n1")], [], "Hudkonsult på geriatrisk avdelning (slutenvård): 'Sannolik bullös pemfigoid'.")

C("vgr-typo-sannolkt-dysplastiskt-naevus", "vgr", P("1989-02-02", "361"), [
    N("n1", MEL, "Läkaranteckning", "vg_hud_su", "Karin Wahlström", L, "2024-10-03 09:55", None, [
        ("Dermatoskopi", "Lätt asymmetriskt nätverk, ingen blå-vit slöja, inga atypiska kärl."),
        ("Bedömning", "Sannolkt dysplastiskt naevus hö flank, excideras för säkerhets skull."),
    ]),
], [("NL102", "n1")], [], "Osignerat utkast; stavfel i hedgen ('Sannolkt') före dysplastiskt naevus.")

C("vgr-trol-sialolitiasis", "vgr", P("1983-01-29", "270"), [
    N("n1", MEL, "Läkaranteckning", "vg_onh_kung", "Mats Sjödin", L, "2024-11-12 10:00", 20, [
        ("Anamnes", "Svullnad under vä käke vid måltid som går tillbaka efter en timme."),
        ("Status", "Palpabel hård resistens i munbotten längs vä submandibularisgång."),
        ("Bedömning", "Trol. sialolitiasis vä, ultraljud beställt."),
    ]),
], [("NL102", "n1")], [], "'Trol.' före spottstenssjukdom i synlig Bedömning.")

C("onh-laryngoskopi-forenligt-med-reflux", "skane", P("1969-05-09", "158"), [
    N("n1", MEL, "Läkaranteckning", "sk_onh_kri", "Anneli Roos", L, "2024-10-17 13:45", 25, [
        ("Anamnes", "Harklar sig ständigt, klumpkänsla i halsen sedan ett halvår."),
        ("Status", "Laryngoskopi: interaryténoidalt ödem och erytem, stämbanden i övrigt ua."),
        ("Bedömning", "Förenligt med laryngofaryngeal reflux. PPI-försök 8 v."),
    ]),
], [("NL102", "n1")], [], "'Förenligt med' laryngofaryngeal reflux är en hedgad diagnos.")

C("vgr-akantamobakeratit-kan-inte-uteslutas", "vgr", P("1998-12-19", "487"), [
    N("n1", MEL, "Akutbesök", "vg_ogon_su", "Emelie Rosén", L, "2024-08-09 18:10", 30, [
        ("Anamnes", "Kontaktlinsbärare, badat i sjö med linserna. Kraftig smärta vä öga i 5 dagar."),
        ("Status", "Vä: ringformat stromainfiltrat, epiteldefekt 3 mm, smärta som inte står i proportion till fynden."),
        ("Bedömning", "Akantamöbakeratit kan inte uteslutas. Odling och PCR tagen."),
        ("Åtgärd", "PHMB och propamidin varje timme, kontroll i morgon."),
    ]),
], [("NL102", "n1")], [], "'Kan inte uteslutas' om akantamöbakeratit i synlig Bedömning (VGR).")

C("ogon-mojligt-sjogrens-syndrom", "skane", P("1965-07-01", "262"), [
    N("n1", MEL, "Läkaranteckning", "sk_ogon_hbg", "Rasmus Ek", L, "2024-11-26 11:20", None, [
        ("Status", "Schirmer 3 mm/5 min bilat, BUT 4 s, kraftig färgning av korneal ytan med fluorescein."),
        ("Bedömning", "Uttalade torra ögon. Möjligt Sjögrens syndrom med tanke på även muntorrhet."),
        ("Planering", "Remiss till reumatologen, tårersättning utan konservering."),
    ]),
], [("NL102", "n1")], [], "Osignerat: 'Möjligt Sjögrens syndrom' i synlig Bedömning.")

C("vgr-typo-trolig-makuladegeration", "vgr", P("1945-04-30", "140"), [
    N("n1", MEL, "Läkaranteckning", "vg_ogon_sas", "Lina Ekström", L, "2024-12-03 10:10", 20, [
        ("Status", "Visus 0,6/0,7. Mjuka drusen och pigmentförändringar i båda makulae."),
        ("Bedömning", "Trolig åldersrelaterad makuladegeration, torr form, bilat."),
        ("Planering", "OCT vid nästa besök om 6 mån."),
    ]),
], [("NL102", "n1")], [], "Stavfel i diagnosordet ('makuladegeration') efter 'Trolig' i synlig Bedömning (VGR).")

C("vgr-lichen-sclerosus-bild-forenlig", "vgr", P("1960-09-14", "204"), [
    N("n1", MEL, "Läkaranteckning", "vg_hud_skas", "Henrik Dahl", L, "2024-09-30 14:00", 20, [
        ("Status", "Vitaktiga, atrofiska plack kring vulva och perianalt, ekkymoser, lätt sammanväxning av små blygdläppar."),
        ("Bedömning", "Bilden är förenlig med lichen sclerosus."),
        ("Åtgärd", "Klobetasol salva enligt schema, kontroll 3 mån."),
    ]),
], [("NL102", "n1")], [], "'Förenlig med lichen sclerosus' i synlig Bedömning.")

C("barn-otit-fragetecken-avvaktar", "skane", P("2022-03-10", "680"), [
    N("n1", MEL, "Läkaranteckning", "sk_onh_ystad", "Viktor Claesson", L, "2024-01-29 16:25", None, [
        ("Status", "Rodnad trumhinna hö, ej buktande. Vä ua. Feberfri i dag."),
        ("Bedömning", "Otit hö? Avvaktar med antibiotika, åter vid behov."),
    ]),
], [("NL102", "n1")], [], "Barn 1 år, osignerat: 'Otit hö?' är en frågeteckensdiagnos i synlig text.")

# ================================================================ NL102 negatives (more)
C("pmo-barn-trolig-streptokocktonsillit", "skane", P("2015-11-19", "642"), [
    N("n1", PMO, "Besök", "sk_vc_hoor", "Peter Malmberg", L, "2024-04-08 09:40", 15, [
        ("Aktuellt", "8-årig pojke, feber och halsont sedan i går, ingen hosta."),
        ("Status", "Beläggningar på tonsillerna bilat, ömma lymfkörtlar på halsen."),
        ("Bedömning", "Trolig streptokocktonsillit, strep A-test ej möjligt i dag pga slut på kit."),
        ("Åtgärd", "PcV 12,5 mg/kg x 3 i 10 d."),
    ]),
], [], [("NL102", "n1")], "Barn i PMO: hedgad tonsillit visas inte som diagnos.")

C("vgr-hordeolum-ev-incision", "vgr", P("2002-02-12", "356"), [
    N("n1", MEL, "Läkaranteckning", "vg_ogon_nal", "Sofie Brandt", L, "2024-02-01 13:00", 10, [
        ("Status", "Öm, rodnad svullnad vid ögonfransraden på övre ögonlocket vä."),
        ("Bedömning", "Hordeolum vä övre ögonlock."),
        ("Planering", "Varma kompresser x 4. Ev. incision om den inte mognar ut inom en vecka."),
    ]),
], [], [("NL102", "n1")], "Säker diagnos; 'Ev.' gäller en incision.")

C("hud-syster-trol-psoriasis-pat-seborroiskt", "skane", P("1991-08-18", "283"), [
    N("n1", MEL, "Mottagningsanteckning", "sk_hud_hbg", "Karim Haddad", L, "2024-11-28 10:40", 15, [
        ("Hereditet", "Syster har trol. psoriasis, obehandlad."),
        ("Status", "Fet gulaktig fjällning i hårbotten, ögonbryn och nasolabialt."),
        ("Bedömning", "Seborroiskt eksem. Ketokonazol schampo och hydrokortison kräm i ansiktet."),
    ]),
], [], [("NL102", "n1")], "Den hedgade diagnosen gäller systern; patientens diagnos är säker.")

C("vgr-typo-inga-tecke-pa-sinuit", "vgr", P("1980-10-27", "310"), [
    N("n1", MEL, "Läkaranteckning", "vg_onh_su", "Ingrid Dalén", L, "2024-12-05 09:45", 20, [
        ("Anamnes", "Huvudvärk i pannan sedan 2 mån, ingen snuva eller feber."),
        ("Utredning", "Endoskopi och DT bihålor: inga tecke på sinuit."),
        ("Bedömning", "Spänningshuvudvärk, åter till VC."),
    ]),
], [], [("NL102", "n1")], "Stavfel i negationen ('inga tecke på sinuit'); ingen hypotes.")

# ================================================================ long charts
C("vgr-lang-onh-nybesok-lateral-halscysta", "vgr", P("1978-08-03", "246"), [
    N("n1", MEL, "Nybesök", "vg_onh_su", "Ingrid Dalén", L, "2024-02-12 09:00", 75, [
        ("Remissorsak", "Remiss från Närhälsan Majorna pga knuta på vä sida av halsen sedan 3 mån."),
        ("Anamnes", "45-årig kvinna, tidigare frisk, inga läkemedel. Aldrig rökt, alkohol sparsamt. Knutan upptäcktes "
         "i samband med en förkylning i november och har sedan dess varit ungefär lika stor, ibland lite öm. "
         "Ingen feber, inga nattliga svettningar, ingen viktnedgång. Inga sväljningsbesvär, ingen heshet, "
         "ingen öronvärk. Ingen känd tuberkulosexposition, inga husdjur."),
        ("Status", "Gott och opåverkat AT. Vä regio II–III: 3 x 2 cm mjuk, fluktuerande, väl avgränsad och rörlig "
         "resistens framför m. sternocleidomastoideus, ej öm. Hö sida ua. Munhåla och svalg ua, tonsiller små "
         "och symmetriska. Epifarynx ua vid fiberskopi. Larynx: rörliga stämband, slät slemhinna. Otomikroskopi ua bilat. "
         "Tyreoidea palperas ua. Inga förstorade lymfkörtlar supraklavikulärt eller i axillerna."),
        ("Utredning", "Ultraljud hals: 31 x 22 mm tunnväggig, anekogen cysta med bakre förstärkning, inga solida "
         "partier, inga patologiska lymfkörtlar. FNAC i samma seans: gulaktig vätska med skivepitelceller och "
         "kolesterolkristaller, inga atypier."),
        ("Bedömning", "Lateral halscysta (gälgångscysta) vä. Inga tecken på lymfom och ingen misstanke om malignitet "
         "utifrån ultraljud och cytologi."),
        ("Information", "Pat fick muntlig information om fynden och om vad en lateral halscysta är."),
        ("Planering", "Eventuellt operation i höst om cystan ger besvär, pat vill avvakta. Ny kontakt via 1177 vid "
         "tillväxt eller infektion. Ingen planerad uppföljning."),
    ]),
], [], [("NL102", "n1"), ("NL101", "n1")],
  "Lång nybesöksanteckning: bara säker diagnos, negationer och en hedgad plan; patienten informerad.")

C("lang-hud-epikris-erytrodermi-sezary-kan-ej-uteslutas", "skane", P("1951-03-27", "318"), [
    N("n1", MEL, "Epikris", "sk_hud_lund", "Helena Frisk", L, "2024-10-11 14:00", 90, [
        ("Inskrivningsorsak", "Generaliserad rodnad och fjällning sedan 6 veckor, frossa och kraftig klåda. Inlagd via hudjouren."),
        ("Anamnes", "73-årig man med hypertoni och typ 2-diabetes, i övrigt frisk. Läkemedel: amlodipin, metformin. "
         "Inga nyinsatta läkemedel senaste halvåret. Tidigare ingen känd hudsjukdom."),
        ("Förlopp", "Vid ankomst erytrodermi med över 90 % av kroppsytan engagerad, palmoplantar keratodermi och "
         "ektropion. Feber 38,4 första dygnet, odlingar från hud och blod utan växt. Behandlad med våtomslag, "
         "mometason salva x 2 och vätska iv. Hudbilden har successivt förbättrats. Klådan kvarstår men pat sover nu på nätterna. "
         "Tre hudbiopsier tagna under vårdtiden visar spongiotisk dermatit med inslag av atypiska lymfocyter i epidermis. "
         "Blodutstryk med enstaka cerebriforma celler."),
        ("Lab", "Hb 128, LPK 11,2 med eosinofili 1,4, CRP 34 vid inskrivning och 9 vid utskrivning. Albumin 29."),
        ("Bedömning", "Erytrodermi av oklar genes, förbättrad. Bakomliggande Sézarys syndrom kan inte säkert "
         "uteslutas, flödescytometri av blod och TCR-analys inväntas. Läkemedelsutlöst reaktion bedöms mindre aktuellt."),
        ("Läkemedel vid utskrivning", "Mometason salva x 1 på bålen, mjukgörande x 3, hydroxizin 25 mg till natten."),
        ("Uppföljning", "Återbesök på hudmottagningen om 2 v med svar på flödescytometri. Hemsjukvården hjälper med insmörjning."),
    ], setting="slutenvård"),
], [("NL102", "n1")], [],
  "Lång epikris (slutenvård) där en enda mening hedgar en diagnos ('Sézarys syndrom kan inte säkert uteslutas').")

C("vgr-lang-ogon-grenvensocklusion-ej-fatt-labsvar", "vgr", P("1956-11-02", "279"), [
    N("n1", MEL, "Återbesök", "vg_ogon_nal", "Sofie Brandt", L, "2024-11-18 13:30", 60, [
        ("Aktuellt", "Återbesök 4 v efter debut av dimsyn hö öga. Behandlad hypertoni, i övrigt frisk. Röker inte."),
        ("Visus", "Hö 0,5 (vid förra besöket 0,3), vä 1,0."),
        ("Status", "IOP 17/16. Främre segment ua bilat. Fundus hö: flamformiga blödningar och några bomullsexsudat "
         "i det övre temporala kvadranten längs venen, minskade jämfört med förra gången. Vä fundus ua."),
        ("OCT", "Kvarvarande makulaödem hö, central tjocklek 412 µm (tidigare 520 µm). Vä normal."),
        ("Bedömning", "Grenvensocklusion hö med makulaödem, i förbättring efter första anti-VEGF-injektionen."),
        ("Åtgärd", "Intravitreal injektion aflibercept hö nr 2 utförd under sterila förhållanden, okomplicerat. "
         "Tryck efter injektion 19."),
        ("Information", "Pat informerad om diagnosen och behandlingsplanen redan vid första besöket och i dag om "
         "förbättringen. Blodprover för blodfetter, HbA1c och homocystein togs för två veckor sedan; pat har inte "
         "fått veta resultaten än eftersom svaren inte hunnit granskas."),
        ("Planering", "Injektion nr 3 om 4 v. Provsvaren meddelas pat per brev, blodtryck följs på vårdcentralen."),
    ]),
], [], [("NL101", "n1"), ("NL102", "n1")],
  "Lång ögonanteckning: diagnosen är meddelad; det patienten inte fått veta är blodprovssvar.")

# ---------------------------------------------------------------- validation
SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")
TOP_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
REC_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
CODES = {"NL101", "NL102"}


def age_at(birth, when):
    b = datetime.date.fromisoformat(birth)
    w = when.date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def validate(cases):
    errs = []
    names = set()
    seen = {}
    for c in cases:
        n = c["case"]
        if set(c) != TOP_KEYS:
            errs.append(f"{n}: keys {sorted(c)}")
        if n in names:
            errs.append(f"{n}: duplicate case name")
        names.add(n)
        if not n.startswith("d62-"):
            errs.append(f"{n}: name prefix")
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append(f"{n}: ruleset")
        rec = c["record"]
        if set(rec) != REC_KEYS:
            errs.append(f"{n}: record keys")
        if rec["access_events"] or rec["conversations"] or rec["treatments"]:
            errs.append(f"{n}: non-empty lists")
        pat = rec["patient"]
        pid, bd = pat["id"], pat["birth_date"]
        if not re.fullmatch(r"\d{8}-\d{4}", pid):
            errs.append(f"{n}: pnr format")
        else:
            if pid[:8] != bd.replace("-", ""):
                errs.append(f"{n}: pnr/birth mismatch")
            if luhn_digit(pid[2:8] + pid[9:12]) != pid[12]:
                errs.append(f"{n}: Luhn")
        as_of = datetime.datetime.fromisoformat(rec["as_of"])
        if as_of.year != 2024:
            errs.append(f"{n}: as_of not 2024")
        ids = {}
        for note in rec["notes"]:
            if set(note) != NOTE_KEYS:
                errs.append(f"{n}: note keys")
            if note["id"] in ids:
                errs.append(f"{n}: duplicate note id")
            ids[note["id"]] = note
            t = datetime.datetime.fromisoformat(note["time"])
            if t.year != 2024 or t > as_of:
                errs.append(f"{n}: note time {t}")
            if note["signed"] is not None:
                s = datetime.datetime.fromisoformat(note["signed"])
                if s.year != 2024 or s < t or s > as_of:
                    errs.append(f"{n}: signed {s}")
            if note["system"] not in (MEL, PMO):
                errs.append(f"{n}: system")
            if c["ruleset"] == "vgr" and note["system"] != MEL:
                errs.append(f"{n}: VGR note not Melior")
            for when in (t, as_of):
                a = age_at(bd, when)
                if 13 <= a <= 15 or a < 0:
                    errs.append(f"{n}: patient age {a}")
            if not note["sections"]:
                errs.append(f"{n}: no sections")
            for sec in note["sections"]:
                for sent in SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen and seen[sent] != (n, note["id"], sec["keyword"]):
                            errs.append(f"{n}: repeated sentence (also in {seen[sent][0]}): {sent!r}")
                        seen.setdefault(sent, (n, note["id"], sec["keyword"]))
        pairs = set()
        for lst in ("must", "must_not"):
            for code, tgt in c[lst]:
                if code not in CODES:
                    errs.append(f"{n}: code {code}")
                if tgt not in ids:
                    errs.append(f"{n}: missing target {tgt}")
                    continue
                if (code, tgt) in pairs:
                    errs.append(f"{n}: {code}/{tgt} in both lists or twice")
                pairs.add((code, tgt))
                sysname = ids[tgt]["system"]
                if code == "NL102" and lst == "must" and sysname != MEL:
                    errs.append(f"{n}: NL102 must on non-Melior")
                if code == "NL102" and sysname != MEL and lst != "must_not":
                    errs.append(f"{n}: NL102 on PMO must be must_not")
                if code == "NL101" and sysname == PMO:
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
            print("ERROR", e, file=sys.stderr)
        return 1
    with open(OUT, "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                counts.setdefault(code, {"must": 0, "must_not": 0})[lst] += 1
    regions = {}
    for c in CASES:
        regions[c["ruleset"]] = regions.get(c["ruleset"], 0) + 1
    print(f"wrote {len(CASES)} cases to {OUT}")
    print("regions:", regions)
    for code in sorted(counts):
        print(code, counts[code])
    return 0


if __name__ == "__main__":
    sys.exit(main())
