#!/usr/bin/env python3
"""nl1az_dev_cases: independent gold cases for notelint NL101/NL102.

Theme: vocabulary breadth outside the everyday specialties (ophthalmology, ENT,
dermatology, gynaecology/obstetrics, urology, infectious diseases, rheumatology,
endocrinology, haematology, neurology, paediatrics, occupational medicine,
oral and maxillofacial surgery). Hedged diagnoses as clinicians write them, and
near misses (negated, family history, past history, confirmed and told, hedges
that are not about a diagnosis, PMO notes, Tidiga hypoteser).

All cases are data. `python3 build.py` writes nl1az_dev_cases.jsonl beside this
file and validates it; it exits 1 on any problem. No dependencies.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "nl1az_dev_cases"
OUT = os.path.join(HERE, NAME + ".jsonl")

SK = "SE2321000255-"
VG = "SE2321000131-"

UNITS = {
    # ---- Region Skåne, Melior (hospitals)
    "ogon_lund": ("Ögonmottagningen, Skånes universitetssjukhus Lund", SK + "8121"),
    "ogon_hbg": ("Ögonmottagningen, Helsingborgs lasarett", SK + "8140"),
    "onh_lund": ("Öron-, näs- och halsmottagningen, Skånes universitetssjukhus Lund", SK + "6610"),
    "onh_hbg": ("ÖNH-mottagningen, Helsingborgs lasarett", SK + "6633"),
    "horsel_malmo": ("Hörselmottagningen, Skånes universitetssjukhus Malmö", SK + "6702"),
    "hud_lund": ("Hudmottagningen, Skånes universitetssjukhus Lund", SK + "5511"),
    "hud_kstad": ("Hudmottagningen, Centralsjukhuset Kristianstad", SK + "5540"),
    "gyn_lund": ("Gynekologimottagningen, Skånes universitetssjukhus Lund", SK + "4420"),
    "kvk_malmo": ("Förlossningen, Skånes universitetssjukhus Malmö", SK + "4477"),
    "smvc_hbg": ("Specialistmödravården, Helsingborgs lasarett", SK + "4490"),
    "gyn_ystad": ("Gynekologiska mottagningen, Ystads lasarett", SK + "4455"),
    "uro_malmo": ("Urologiska mottagningen, Skånes universitetssjukhus Malmö", SK + "3310"),
    "uro_kstad": ("Urologmottagningen, Centralsjukhuset Kristianstad", SK + "3342"),
    "inf_lund": ("Infektionsmottagningen, Skånes universitetssjukhus Lund", SK + "2201"),
    "inf_lund_avd": ("Infektionsavdelning 1, Skånes universitetssjukhus Lund", SK + "2215"),
    "inf_malmo_avd": ("Infektionsavdelning 4, Skånes universitetssjukhus Malmö", SK + "2234"),
    "inf_hbg": ("Infektionskliniken, Helsingborgs lasarett", SK + "2260"),
    "reuma_lund": ("Reumatologimottagningen, Skånes universitetssjukhus Lund", SK + "1902"),
    "reuma_malmo": ("Reumatologimottagningen, Skånes universitetssjukhus Malmö", SK + "1915"),
    "endo_malmo": ("Endokrinologimottagningen, Skånes universitetssjukhus Malmö", SK + "1766"),
    "med_ystad": ("Medicinmottagningen, Ystads lasarett", SK + "1788"),
    "hemat_lund": ("Hematologimottagningen, Skånes universitetssjukhus Lund", SK + "1640"),
    "hemat_avd": ("Hematologiavdelningen, Skånes universitetssjukhus Lund", SK + "1661"),
    "koag_malmo": ("Koagulationscentrum, Skånes universitetssjukhus Malmö", SK + "1655"),
    "neuro_lund": ("Neurologimottagningen, Skånes universitetssjukhus Lund", SK + "7630"),
    "stroke_lund": ("Strokeavdelningen, Skånes universitetssjukhus Lund", SK + "7644"),
    "neuro_hbg": ("Neurologiska mottagningen, Helsingborgs lasarett", SK + "7652"),
    "barn_hbg": ("Barn- och ungdomsmottagningen, Helsingborgs lasarett", SK + "9011"),
    "barnakut_lund": ("Barn- och ungdomsakuten, Skånes universitetssjukhus Lund", SK + "9030"),
    "barnavd_malmo": ("Barnavdelning 2, Skånes universitetssjukhus Malmö", SK + "9044"),
    "barnmed_kstad": ("Barn- och ungdomsmedicinska mottagningen, Centralsjukhuset Kristianstad", SK + "9058"),
    "amm_lund": ("Arbets- och miljömedicin Syd, Lund", SK + "5820"),
    "kak_malmo": ("Käkkirurgiska kliniken, Skånes universitetssjukhus Malmö", SK + "3901"),
    # ---- Region Skåne, PMO (primary care)
    "vc_nasby": ("Vårdcentralen Näsby, Kristianstad", SK + "0412"),
    "vc_tornet": ("Vårdcentralen Tornet, Landskrona", SK + "0437"),
    "vc_skurup": ("Vårdcentralen Skurup", SK + "0455"),
    "bvc_linero": ("BVC Linero, Lund", SK + "0521"),
    "um_malmo": ("Ungdomsmottagningen Malmö Centrum", SK + "0560"),
    "hsv_ystad": ("Hemsjukvården, Vårdcentralen Ystad", SK + "0588"),
    # ---- Västra Götalandsregionen, Melior
    "ogon_molndal": ("Ögonmottagningen, Sahlgrenska Universitetssjukhuset Mölndal", VG + "E000000011201"),
    "ogon_nal": ("Ögonmottagningen, NU-sjukvården NÄL Trollhättan", VG + "E000000011245"),
    "ortopt": ("Ortoptistmottagningen, Drottning Silvias barn- och ungdomssjukhus", VG + "E000000011288"),
    "onh_sahl": ("Öron-näsa-hals-mottagningen, Sahlgrenska Universitetssjukhuset", VG + "E000000012310"),
    "onh_boras": ("ÖNH-mottagningen, Södra Älvsborgs sjukhus Borås", VG + "E000000012354"),
    "audiologi_sahl": ("Audiologiska mottagningen, Sahlgrenska Universitetssjukhuset", VG + "E000000012377"),
    "hud_sahl": ("Hudmottagningen, Sahlgrenska Universitetssjukhuset", VG + "E000000013402"),
    "hud_skovde": ("Hudmottagningen, Skaraborgs sjukhus Skövde", VG + "E000000013436"),
    "kk_ostra": ("Kvinnokliniken, Sahlgrenska Universitetssjukhuset Östra", VG + "E000000014501"),
    "gyn_nal": ("Gynekologimottagningen, NU-sjukvården NÄL Trollhättan", VG + "E000000014538"),
    "smvc_boras": ("Specialistmödravården, Södra Älvsborgs sjukhus Borås", VG + "E000000014566"),
    "uro_sahl": ("Urologiska mottagningen, Sahlgrenska Universitetssjukhuset", VG + "E000000015610"),
    "uro_skovde": ("Urologmottagningen, Skaraborgs sjukhus Skövde", VG + "E000000015642"),
    "akut_skovde": ("Akutmottagningen, Skaraborgs sjukhus Skövde", VG + "E000000015690"),
    "inf_ostra": ("Infektionsmottagningen, Sahlgrenska Universitetssjukhuset Östra", VG + "E000000016703"),
    "inf_ostra_avd": ("Infektionsavdelning 3, Sahlgrenska Universitetssjukhuset Östra", VG + "E000000016719"),
    "inf_boras": ("Infektionskliniken, Södra Älvsborgs sjukhus Borås", VG + "E000000016745"),
    "ven_sahl": ("Venereologmottagningen, Sahlgrenska Universitetssjukhuset", VG + "E000000016788"),
    "reuma_molndal": ("Reumatologmottagningen, Sahlgrenska Universitetssjukhuset Mölndal", VG + "E000000017801"),
    "reuma_alingsas": ("Reumatologimottagningen, Alingsås lasarett", VG + "E000000017833"),
    "endo_sahl": ("Endokrinmottagningen, Sahlgrenska Universitetssjukhuset", VG + "E000000018904"),
    "med_kungalv": ("Medicinmottagningen, Kungälvs sjukhus", VG + "E000000018947"),
    "hemat_sahl": ("Hematologimottagningen, Sahlgrenska Universitetssjukhuset", VG + "E000000019012"),
    "hemat_sahl_avd": ("Hematologiavdelning 131, Sahlgrenska Universitetssjukhuset", VG + "E000000019028"),
    "hemat_udd": ("Medicinmottagningen hematologi, NU-sjukvården Uddevalla sjukhus", VG + "E000000019055"),
    "neuro_sahl": ("Neurologimottagningen, Sahlgrenska Universitetssjukhuset", VG + "E000000020117"),
    "neuro_skovde": ("Neurologimottagningen, Skaraborgs sjukhus Skövde", VG + "E000000020149"),
    "neuro_skovde_avd": ("Neurologavdelning 24, Skaraborgs sjukhus Skövde", VG + "E000000020163"),
    "dsbus": ("Barnmottagningen, Drottning Silvias barn- och ungdomssjukhus", VG + "E000000021220"),
    "dsbus_avd": ("Barnavdelning 323, Drottning Silvias barn- och ungdomssjukhus", VG + "E000000021236"),
    "barnakut_dsbus": ("Barnakuten, Drottning Silvias barn- och ungdomssjukhus", VG + "E000000021251"),
    "barn_boras": ("Barn- och ungdomsmottagningen, Södra Älvsborgs sjukhus Borås", VG + "E000000021284"),
    "amm_gbg": ("Arbets- och miljömedicin, Sahlgrenska Universitetssjukhuset", VG + "E000000022306"),
    "kak_sahl": ("Käkkirurgiska kliniken, Sahlgrenska Universitetssjukhuset", VG + "E000000023411"),
    "kak_nu": ("Käkkirurgiska mottagningen, NU-sjukvården Uddevalla sjukhus", VG + "E000000023448"),
}

CASES = []


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    return (10 - total % 10) % 10


def pnr(birth, serial):
    y, m, d = birth.split("-")
    return f"{y}{m}{d}-{serial}{luhn_digit(y[2:] + m + d + serial)}"


def iso(t):
    return datetime.datetime.strptime(t, "%Y-%m-%d %H:%M").strftime("%Y-%m-%dT%H:%M:%S")


def N(unit, author, role, time, sections, nid="n1", system="Melior",
      template="Läkaranteckning", signed=35, setting="öppenvård", refs=()):
    """One note. signed: minutes after `time`, an explicit 'YYYY-MM-DD HH:MM', or None (draft)."""
    t = datetime.datetime.strptime(time, "%Y-%m-%d %H:%M")
    if signed is None:
        s = None
    elif isinstance(signed, int):
        s = (t + datetime.timedelta(minutes=signed)).strftime("%Y-%m-%dT%H:%M:%S")
    else:
        s = iso(signed)
    name, hsa = UNITS[unit]
    return {
        "id": nid, "system": system, "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": iso(time), "signed": s, "setting": setting,
        "refs": list(refs),
        "sections": [{"keyword": k, "text": v} for k, v in sections],
    }


def _targets(items):
    out = []
    for it in items:
        if isinstance(it, str):
            out.append([it, "n1"])
        else:
            out.append([it[0], it[1]])
    return out


def C(name, ruleset, birth, serial, notes, must=(), must_not=(), why=""):
    if isinstance(notes, dict):
        notes = [notes]
    last = max(datetime.datetime.fromisoformat(n["time"]) for n in notes)
    as_of = min(last.date() + datetime.timedelta(days=14), datetime.date(2024, 12, 31))
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr(birth, serial), "birth_date": birth, "protected_identity": False},
            "as_of": as_of.strftime("%Y-%m-%dT00:00:00"),
            "notes": notes,
            "access_events": [],
            "conversations": [],
            "treatments": [],
        },
        "must": _targets(must),
        "must_not": _targets(must_not),
        "why": why,
    })


# =====================================================================
# CASES
# =====================================================================
# ---------------------------------------------------------------- ögon
C("ogon-susp-poag-dd-okular-hypertension", "skane", "1958-09-14", "382",
  N("ogon_lund", "Henrik Persson", "läkare", "2024-02-06 10:20", [
      ("Anamnes", "Remitterad från optiker pga förhöjt ögontryck vid rutinkontroll. Inga ögonsmärtor, upplever ingen synförsämring."),
      ("Status", "Visus 1,0 bilat. Tonometri (Goldmann) 27 hö, 29 vä. Djupa främre kammare, öppna vinklar vid gonioskopi. Papiller: C/D 0,7 hö, 0,8 vä med inferior rimförtunning vä."),
      ("Bedömning", "Susp. primärt öppenvinkelglaukom (POAG) vä>hö, DD okulär hypertension. Synfält och OCT av nervfiberlagret bokas."),
      ("Åtgärd", "Latanoprost 1 x 1 bilat i väntan på utredningen. Åter 6 v."),
  ], signed=None),
  must=["NL102"], why="abbreviated hedge 'Susp.' on an ophthalmic acronym (POAG) with a DD in Bedömning")

C("ogon-trol-akut-trangvinkelglaukom", "vgr", "1949-03-02", "246",
  N("ogon_nal", "Leila Karimi", "läkare", "2024-01-19 20:45", [
      ("Aktuellt", "Plötslig smärta hö öga sedan kl 19, illamående, kräkts x 2, ser regnbågsringar kring lampor."),
      ("Status", "Visus hö 0,2, vä 0,8. Tryck hö 58, vä 16. Grund främre kammare hö, mellanvid ljusstel pupill och korneaödem."),
      ("Bedömning", "Trol. akut trångvinkelglaukom hö."),
      ("Åtgärd", "Diamox 500 mg iv, pilokarpin 2 % och Timosan. Laseriridotomi bilat imorgon förmiddag."),
  ], setting="akut", signed=50),
  must=["NL102"], why="telegraphic 'Trol.' before a compound ophthalmic diagnosis on an emergency note")

C("ogon-sannolikt-hlab27-uveit-dd-sarkoidos", "vgr", "1987-11-23", "473",
  N("ogon_molndal", "Johan Berglund", "läkare", "2024-04-11 13:05", [
      ("Anamnes", "Rött, ljuskänsligt vä öga sedan 3 dagar. Liknande episod hö öga i höstas som läkte på droppar."),
      ("Status", "Visus vä 0,7. Ciliär injektion, celler 2+ och flare 1+ i främre kammaren, fina endotelprecipitat. Fundus u.a."),
      ("Bedömning", "Akut främre uveit vä, andra skovet på ett år. Sannolikt HLA-B27-associerad; DD sarkoidos, därför ACE och lungröntgen."),
      ("Åtgärd", "Dexametason droppar 1 x 6 med nedtrappning, Cyklopentolat 1 x 2. Åter om 1 v."),
  ]),
  must=["NL102"], why="'Sannolikt' plus a DD naming sarkoidos in an uveitis assessment")

C("ogon-ingen-misstanke-om-ablatio", "skane", "1961-06-30", "228",
  N("ogon_lund", "Karin Sjöberg", "läkare", "2024-05-14 09:40", [
      ("Aktuellt", "Nytillkomna flytande grumlingar vä sedan 3 dagar, inga ljusblixtar sista dygnet."),
      ("Status", "Vidgad fundus: Weiss ring vä, periferin anliggande 360°, inga hål eller rifter vid indentering."),
      ("Bedömning", "Bakre glaskroppsavlossning vä. Ingen misstanke om näthinneavlossning."),
      ("Information", "Pat informerad om varningssymtom (skugga, ridå för synen) och ska då söka ögonakuten direkt."),
  ]),
  must_not=["NL102"], why="negated 'Ingen misstanke om näthinneavlossning' next to a confirmed vitreous detachment")

C("ogon-ortoptist-misstankt-anisometrop-amblyopi", "vgr", "2019-08-09", "384",
  N("ortopt", "Ebba Lindström", "ortoptist", "2024-03-05 14:10", [
      ("Aktuellt", "Remiss från BVC-synkontroll vid 4 års ålder, nedsatt syn vä öga."),
      ("Status", "Visus med LEA-symboler: hö 0,8, vä 0,3. Cover test: ingen manifest skelning. Skiaskopi i cykloplegi: hö +1,0, vä +4,5."),
      ("Bedömning", "Misstänkt anisometrop amblyopi vä."),
      ("Planering", "Glasögon förskrivs, kontroll om 8 veckor och därefter ställningstagande till lappbehandling. Föräldrarna informerade om misstanken och om vikten av att glasögonen används hela dagen."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="orthoptist hedges amblyopia in a 4-year-old; guardians were told, so no NL101")

C("ogon-koroidealmelanom-pat-ej-informerad", "skane", "1956-01-17", "317",
  N("ogon_lund", "Anna Lindqvist", "läkare", "2024-02-21 15:30", [
      ("Status", "Vä fundus: upphöjd pigmenterad tumör temporalt, ca 11 x 9 mm basdiameter, orange pigment och subretinal vätska. Ultraljud: höjd 4,2 mm, låg intern reflektivitet."),
      ("Bedömning", "Misstänkt malignt koroidealmelanom vä."),
      ("Planering", "Remiss till ögononkologen, S:t Eriks ögonsjukhus. Patienten är ännu inte informerad om misstanken om tumör, han fick idag bara veta att fler undersökningar behövs. Besked planeras vid telefonkontakt med undertecknad på måndag."),
  ]),
  must=["NL101", "NL102"],
  why="hedged choroidal melanoma in Bedömning while the note says the patient is not yet told")

C("ogon-misstakt-keratokonus-typo", "vgr", "2004-12-03", "215",
  N("ogon_molndal", "Mikael Nyström", "läkare", "2024-06-12 11:15", [
      ("Aktuellt", "Optikerremiss: ökande astigmatism hö, svårt att få bra visus med glasögon. Gnider mycket i ögonen."),
      ("Status", "Topografi: inferior brantning hö, Kmax 52 D. Vä topografi regelbunden."),
      ("Bedömning", "Misstäkt keratokonus hö, vä u.a. Bokas för pachymetri och ställningstagande till crosslinking."),
  ]),
  must=["NL102"], why="typo 'Misstäkt' for misstänkt before keratokonus")

C("ogon-fuchs-faststalld-och-forklarad", "skane", "1950-10-08", "460",
  N("ogon_hbg", "Erik Holm", "läkare", "2024-03-27 10:00", [
      ("Status", "Tydliga guttae centralt på endotelet bilat, lätt stromaödem hö. Pachymetri 640 hö, 598 vä."),
      ("Bedömning", "Fuchs endoteldystrofi bilat. Diagnosen förklarad för pat, inklusive att sjukdomen är ärftlig och långsamt progredierande."),
      ("Planering", "DMEK hö när synen påverkar vardagen, pat vill vänta. Hypertona droppar morgon."),
  ], signed=None),
  must_not=["NL102", "NL101"], why="eponymous dystrophy stated as settled and explained to the patient")

C("ogon-ev-kataraktoperation-icke-diagnos", "vgr", "1944-07-21", "128",
  N("ogon_nal", "Sara Mattsson", "läkare", "2024-09-03 08:50", [
      ("Status", "Katarakt bilat, kärnskleros grad 3 vä, grad 2 hö. Visus vä 0,4, hö 0,7."),
      ("Bedömning", "Pat bländas i mörker vid bilkörning och har svårt att läsa textremsor på tv."),
      ("Planering", "Ev. kataraktoperation vä i höst, pat återkommer när hon bestämt sig. Körkortsintyg utfärdas inte med nuvarande synskärpa vä."),
  ]),
  must_not=["NL102"], why="'Ev.' hedges an operation, not a diagnosis; the cataract itself is certain")

C("ogon-horners-syndrom-fragetecken", "skane", "1979-04-25", "357",
  N("ogon_lund", "Ali Rezaei", "läkare", "2024-10-02 17:20", [
      ("Aktuellt", "Akut remiss: hängande ögonlock hö sedan igår och ont på hö halssida efter gymträning."),
      ("Status", "Ptos 2 mm hö, mios hö, anisokorin tydligare i mörker. Ögonmotorik u.a."),
      ("Bedömning", "Horners syndrom hö? Carotisdissektion måste uteslutas, DT-angiografi beställd akut."),
  ], setting="akut"),
  must=["NL102"], why="eponym followed by a question mark as the hedge")

C("ogon-hereditet-trolig-rp-morbror", "skane", "1990-02-14", "262",
  N("ogon_hbg", "Linnea Strand", "läkare", "2024-08-20 13:30", [
      ("Hereditet", "Morbror blind i 40-årsåldern, trol. retinitis pigmentosa men aldrig utredd."),
      ("Aktuellt", "Pat söker för att hon är orolig för att ha ärvt samma ögonsjukdom. Subjektivt normalt mörkerseende."),
      ("Status", "Fundus normal bilat utan benkroppspigmenteringar. OCT och autofluorescens u.a."),
      ("Bedömning", "Normalt ögonstatus. Pat lugnad, hör av sig vid nya symtom."),
  ]),
  must_not=["NL102"], why="hedged diagnosis belongs to an uncle in Hereditet; the patient is normal")

C("ogon-rp-erg-klar-ej-informerad", "vgr", "1997-05-06", "197",
  N("ogon_molndal", "Johan Berglund", "läkare", "2024-04-29 16:10", [
      ("Undersökningar", "ERG: släckta stavsvar och nedsatta tappsvar bilat. Synfält: koncentriskt inskränkt till 20 grader."),
      ("Bedömning", "Tillsammans med fundusbilden är diagnosen retinitis pigmentosa klar."),
      ("Planering", "Pat har inte informerats om diagnosen ännu, beskedet ges vid planerat besök 14/5 med kurator och syncentralens kontaktperson. Remiss klinisk genetik efter besöket."),
  ]),
  must=["NL101"], must_not=["NL102"],
  why="settled diagnosis written visibly while the note says the patient has not been told")

C("ogon-jattecellsarterit-kan-inte-uteslutas", "skane", "1946-12-11", "248",
  N("ogon_lund", "Karin Sjöberg", "läkare", "2024-11-06 12:25", [
      ("Aktuellt", "Amaurosis fugax vä x 2 senaste veckan, tuggclaudicatio och ömhet vid tinningen."),
      ("Status", "Visus 0,9 bilat. Blek, svullen papill vä. SR 78, CRP 41."),
      ("Bedömning", "Jättecellsarterit (temporalisarterit) kan inte uteslutas."),
      ("Åtgärd", "Prednisolon 60 mg startat idag, biopsi a. temporalis via kirurgen inom en vecka."),
  ], signed=None),
  must=["NL102"], why="'kan inte uteslutas' with Latin/eponym-like synonym in brackets, unsigned draft")

# ---------------------------------------------------------------- ÖNH
C("onh-plotslig-dovhet-trol-idiopatisk", "skane", "1968-03-19", "373",
  N("onh_lund", "Peter Lundgren", "läkare", "2024-01-29 10:35", [
      ("Aktuellt", "Vaknade i söndags med lock och sus i vä öra."),
      ("Status", "Tonaudiogram: sensorineural nedsättning vä 50-70 dB i mellanfrekvenserna, hö normal. Weber lateraliserar åt hö."),
      ("Bedömning", "Plötslig dövhet vä, trol. idiopatisk."),
      ("Åtgärd", "Kortisonkur enligt PM. MR inneröra/CP-vinkel beställs. Nytt audiogram om 10 dagar."),
  ]),
  must=["NL102"], why="'trol.' qualifying sudden sensorineural hearing loss as idiopathic")

C("onh-bilden-talar-for-neuronit-vestibularis", "vgr", "1975-08-16", "199",
  N("onh_sahl", "Nadia Haddad", "läkare", "2024-02-17 19:05", [
      ("Frågeställning", "Konsult från akuten: kraftig rotatorisk yrsel sedan igår, kräks, går med stöd."),
      ("Status", "Spontannystagmus åt hö, horisontell, förstärks med Frenzelglasögon. Head impulse test pos åt vä. Ingen skew deviation."),
      ("Bedömning", "Bilden talar för neuronit vestibularis vä. Inget behov av akut MR."),
      ("Åtgärd", "Primperan och tidig mobilisering, remiss för vestibulär rehabilitering hos fysioterapeut."),
  ], template="Konsultationsanteckning", setting="akut"),
  must=["NL102"], why="'Bilden talar för' as the hedge on a Latin-named vestibular diagnosis")

C("onh-bppv-bekraftad-och-informerad", "skane", "1955-12-01", "424",
  N("onh_hbg", "Malin Åkesson", "läkare", "2024-03-12 09:15", [
      ("Aktuellt", "Yrsel vid sänggående och när hon tittar upp mot skåpen."),
      ("Status", "Dix-Hallpike hö: torsionell uppåtslående nystagmus efter kort latens, uttröttbar. Vä u.a."),
      ("Bedömning", "Benign paroxysmal lägesyrsel (BPPV) i hö bakre båggången."),
      ("Åtgärd", "Epleys manöver x 2 med god effekt. Pat informerad om diagnosen och har fått Brandt-Daroff-övningar att göra hemma."),
  ]),
  must_not=["NL102", "NL101"], why="confirmed BPPV with eponymous manoeuvres, told to the patient")

C("onh-mb-meniere-fragetecken-accent-typo", "vgr", "1971-02-27", "262",
  N("onh_boras", "Björn Svensson", "läkare", "2024-05-08 14:40", [
      ("Anamnes", "Tre attacker senaste halvåret med yrsel i 2-3 timmar, lock och brus hö."),
      ("Status", "Audiogram: lågfrekvent sensorineural nedsättning hö 35 dB."),
      ("Bedömning", "Mb Meniére hö? Betahistin provas."),
      ("Planering", "Yrseldagbok, åter om 3 mån med nytt audiogram."),
  ]),
  must=["NL102"], why="typo (wrong accent 'Meniére') on an eponym with 'Mb' and a question mark")

C("onh-sannolikt-asa-intolerans-samter", "skane", "1966-05-22", "209",
  N("onh_hbg", "Gustav Thelin", "läkare", "2024-09-25 11:30", [
      ("Anamnes", "Nästäppa och nedsatt lukt sedan ett år. Astma sedan 5 år. Fick andningsbesvär efter Ipren i våras."),
      ("Status", "Endoskopi: bilat polyper i mellersta näsgången, grad 2 bilat."),
      ("Bedömning", "Kronisk rinosinuit med näspolyper. Sannolikt ASA-intolerans (Samters triad) med tanke på astman och reaktionen på NSAID."),
      ("Åtgärd", "Nasonex 2 x 2, kortisonkur 10 dagar, undvika NSAID tills vidare."),
  ]),
  must=["NL102"], why="hedged eponymous triad alongside a confirmed rhinosinusitis")

C("onh-reinkeodem-inga-tecken-pa-malignitet", "vgr", "1958-04-03", "426",
  N("onh_sahl", "Oskar Wallin", "läkare", "2024-02-28 13:20", [
      ("Anamnes", "Heshet i 2 år, röker 20 cigaretter per dag."),
      ("Status", "Fiberlaryngoskopi: bilat ödematösa stämband av Reinketyp, inga leukoplakier, god rörlighet."),
      ("Bedömning", "Inga tecken på malignitet. Reinkeödem."),
      ("Åtgärd", "Rökstopp rekommenderat, pat motiverad. Remiss till logoped."),
  ], signed=None),
  must_not=["NL102"], why="'Inga tecken på malignitet' negates the only uncertain-looking diagnosis")

C("onh-audionom-ev-nya-horapparater", "skane", "1939-11-30", "133",
  N("horsel_malmo", "Cecilia Falk", "audionom", "2024-04-16 15:00", [
      ("Aktuellt", "Känd åldersrelaterad hörselnedsättning (presbyacusis) bilat, nu något försämrad i diskanten. Har svårt att höra i sällskap."),
      ("Åtgärd", "Tonaudiogram och taluppfattning utförda. Ev. byte till nya hörapparater med bättre brusreducering, provas ut i september."),
      ("Planering", "Pat nöjd med planen. Kallelse skickas."),
  ], template="Audionomanteckning"),
  must_not=["NL102"], why="audiologist note: 'Ev.' concerns new hearing aids, not a diagnosis")

C("onh-audionom-misstankt-bullerskada", "vgr", "1969-01-09", "391",
  N("audiologi_sahl", "Marta Nowak", "audionom", "2024-10-22 09:25", [
      ("Aktuellt", "Arbetar sedan 25 år i verkstadsindustri, använder hörselskydd oregelbundet."),
      ("Status", "Tonaudiogram: bilateral dipp vid 4 kHz till 45 dB med återhämtning vid 8 kHz."),
      ("Bedömning", "Misstänkt bullerskada."),
      ("Åtgärd", "Rådgivning om hörselskydd. Information till läkare för ställningstagande till arbetsskadeanmälan."),
  ], template="Audionomanteckning"),
  must=["NL102"], why="audiologist hedges a noise-induced hearing loss with 'Misstänkt'")

C("onh-barn-osa-kan-ej-uteslutas-adenoid", "skane", "2019-10-13", "115",
  N("onh_hbg", "Malin Åkesson", "läkare", "2024-01-10 10:05", [
      ("Anamnes", "4-årig pojke som snarkar varje natt, föräldrarna har sett andningsuppehåll. Munandas dagtid."),
      ("Status", "Tonsiller 3+ bilat. Fiberskopi ej möjlig pga oro."),
      ("Bedömning", "Trol. adenoid- och tonsillhypertrofi; obstruktiv sömnapné kan ej uteslutas."),
      ("Planering", "Sömnregistrering bokas, därefter ställningstagande till tonsillotomi och adenotomi."),
  ]),
  must=["NL102"], why="two hedges ('Trol.', 'kan ej uteslutas') on paediatric ENT diagnoses")

C("onh-larynxcancer-lang-ej-informerad", "skane", "1962-02-08", "419",
  N("onh_lund", "Peter Lundgren", "läkare", "2024-03-06 11:40", [
      ("Kontaktorsak", "Remiss från vårdcentralen enligt standardiserat vårdförlopp huvud- och halscancer: heshet i drygt 4 månader utan förbättring efter röstvila och behandling för reflux."),
      ("Anamnes", "62-årig man, tidigare byggnadsarbetare, numera sjukpensionär. Röker sedan 45 år ca 20 cigaretter per dag, alkohol 2-3 starköl dagligen enligt egen uppgift. Tidigare frisk förutom hypertoni och KOL grad 2. Heshet sedan i våras, inga sväljningssvårigheter och ingen smärta som strålar mot örat. Har gått ner 3 kg utan avsikt. Inga andningsbesvär i vila, lite andfådd i backar som tidigare. Bor med sin fru i villa i Eslöv, två vuxna barn."),
      ("Läkemedel", "Enalapril 10 mg x 1, Spiriva 2,5 µg x 1, Omeprazol 20 mg x 1 sedan februari."),
      ("Socialt", "Bor i villa med trappa, klarar sig själv och kör bil. Frun har nyligen opererats för en höftfraktur och han sköter hushållet. Sjukpension sedan 2019 efter en ryggskada, inga hemtjänstinsatser."),
      ("Överkänslighet", "Penicillin gav utslag i barndomen, inga andra kända överkänsligheter."),
      ("Nutrition", "Äter vanlig kost, ingen tugg- eller sväljsmärta. Vikt 78 kg, längd 181 cm. Dietist erbjuds inför eventuell strålbehandling längre fram om vikten fortsätter att sjunka."),
      ("Status", "AT: opåverkad, talar med tydligt hes röst. Munhåla och svalg u.a., inga sår, små tonsiller. Hals: ingen palpabel lymfkörtelförstoring, tyreoidea u.a. Fiberlaryngoskopi: exofytisk, ojämn vitröd förändring på vä stämband som engagerar främre två tredjedelar och når fram mot främre kommissuren. Stämbandsrörligheten bevarad bilat. Hö stämband och subglottis u.a., sinus piriformis fria."),
      ("Bedömning", "Tumör på vä stämband hos storrökare, makroskopiskt misstänkt glottisk larynxcancer, trol. T1b-T2 beroende på kommissurengagemang. Ingen stridor och luftvägen bedöms säker."),
      ("Planering", "Mikrolaryngoskopi med biopsier i narkos bokad nästa vecka. DT hals och thorax med kontrast beställd enligt SVF. Anmäls till multidisciplinär konferens huvud-hals när PAD finns. Rökstopp rekommenderat, pat erbjuds kontakt med tobaksavvänjare."),
      ("Information", "Pat är ännu inte informerad om att vi misstänker cancer. Han har fått veta att det finns en förändring på stämbandet som ska undersökas närmare i narkos. Vi väntar med cancerbeskedet tills PAD finns, då kontaktsjuksköterskan också kan vara med. Frun var inte med idag."),
  ], signed=95),
  must=["NL101", "NL102"],
  why="long SVF note: suspected laryngeal cancer in Bedömning, Information says the patient is not yet told")

# ---------------------------------------------------------------- hud
C("hud-susp-malignt-melanom-excision", "skane", "1972-06-18", "437",
  N("hud_lund", "Sofia Bergström", "läkare", "2024-02-13 09:50", [
      ("Aktuellt", "Pigmenterad förändring på ryggen som vuxit det senaste halvåret, maken har sett den."),
      ("Status", "Dermatoskopi: asymmetrisk, atypiskt nätverk och blåvit slöja, diameter 9 mm."),
      ("Bedömning", "Susp. malignt melanom."),
      ("Åtgärd", "Excision med 2 mm marginal idag, PAD. Svar inom 3 veckor."),
  ]),
  must=["NL102"], why="'Susp.' on malignant melanoma in a one-line assessment")

C("hud-misstankt-bcc-dd-aktinisk-keratos", "vgr", "1941-09-07", "119",
  N("hud_sahl", "Jonas Eklund", "läkare", "2024-03-19 10:30", [
      ("Aktuellt", "Fjällande sår på nässpetsen som inte läker sedan i vintras."),
      ("Status", "Pärlemorskimrande kant, arboriserande kärl i dermatoskop, 6 mm."),
      ("Bedömning", "Misstänkt basalcellscancer (BCC), DD aktinisk keratos. Stansbiopsi tagen."),
  ], signed=None),
  must=["NL102"], why="acronym BCC with 'Misstänkt' and 'DD'")

C("hud-bullos-pemfigoid-klinisk-bild-talar-for", "skane", "1942-04-12", "286",
  N("hud_kstad", "Zeynep Yilmaz", "läkare", "2024-05-02 13:15", [
      ("Aktuellt", "82-årig kvinna från särskilt boende, kliat i flera månader, nu spända blåsor på lår och bål."),
      ("Status", "Spända serösa blåsor 0,5-3 cm på urtikariell botten. Nikolskys tecken negativt. Slemhinnor fria."),
      ("Bedömning", "Klinisk bild talar för bullös pemfigoid. Biopsier för PAD och direkt immunfluorescens tagna."),
      ("Åtgärd", "Dermovat på blåsområdena 1 x 1, svar om 2 veckor."),
  ], setting="slutenvård", template="Konsultationsanteckning"),
  must=["NL102"], why="'talar för' on an autoimmune blistering disease, eponym sign in status")

C("hud-dress-lang-konsult", "vgr", "1966-03-25", "382",
  N("hud_sahl", "Sofia Åberg", "läkare", "2024-07-09 14:20", [
      ("Frågeställning", "Konsultation från medicinavdelning 5: utbrett utslag och feber hos 58-årig kvinna, läkemedelsreaktion?"),
      ("Anamnes", "Pat insatt på allopurinol 300 mg för gikt för fem veckor sedan via vårdcentralen. Sedan fem dagar feber upp till 39,5 och kliande utslag som började i ansiktet och spred sig till bål och armar. Ingen ny tvål eller nya kosmetiska produkter. Tidigare inga kända läkemedelsallergier. Typ 2-diabetes och nedsatt njurfunktion, eGFR 48 före insjuknandet."),
      ("Status", "Allmäntillstånd påverkat, temp 38,9. Ansiktsödem framför allt periorbitalt. Konfluerande makulopapulöst exantem över mer än 60 % av kroppsytan, fläckvis purpuriskt på underbenen. Inga blåsor, Nikolskys tecken negativt. Slemhinnor: lätta läppfissurer, inga erosioner i munhåla eller konjunktiva. Förstorade ömma lymfkörtlar på halsen och i axillerna bilat."),
      ("Lab", "Eosinofiler 2,4, atypiska lymfocyter i differentialräkningen. ALAT 4,1, ASAT 3,2. Kreatinin 142 från 108. CRP 62."),
      ("Läkemedel", "Allopurinol 300 mg x 1 sedan fem veckor, metformin 1 g x 2, enalapril 10 mg x 1, Alvedon vid behov. Inga andra nya läkemedel de senaste tre månaderna enligt läkemedelslistan och apoteksuttagen."),
      ("Socialt", "Bor med maken i Partille, pensionerad undersköterska, röker inte."),
      ("Omvårdnad", "Avdelningen har lagt pat i enkelrum, klådan stör sömnen. Kylande kompresser och hydroxizin till natten ordinerade."),
      ("Uppföljning", "Leverprover följs tills de normaliserats, och steroidnedtrappningen görs långsamt under 6-8 veckor eftersom återfall är vanliga. Återbesök på hudmottagningen efter utskrivning med foton."),
      ("Bedömning", "Bilden med feber, ansiktsödem, eosinofili, lymfadenopati samt lever- och njurpåverkan inger stark misstanke om DRESS (läkemedelsreaktion med eosinofili och systemiska symtom), RegiSCAR 6 poäng. Allopurinol är den mest sannolika utlösande substansen. Stevens-Johnsons syndrom är mindre sannolikt då slemhinnorna i stort sett är fria och blåsbildning saknas."),
      ("Åtgärd", "Allopurinol sätts ut omedelbart och förs in som överkänslighet i läkemedelsjournalen. Stansbiopsi från bålen tagen för PAD. Prednisolon 0,5 mg/kg/dag, Dermovat på ben och bål, mjukgörande rikligt. Dagliga leverprover, kreatinin och blodstatus."),
      ("Planering", "Hudkonsult följer upp på avdelningen på fredag. Vid försämrad leverfunktion eller andningspåverkan kontaktas hudjouren. Virusdiagnostik för HHV-6 skickad."),
  ], setting="slutenvård", template="Konsultationsanteckning", signed=80),
  must=["NL102"], why="long consult: 'inger stark misstanke om DRESS' with acronym expansion and an eponymous DD")

C("hud-mb-duhring-misstanks", "skane", "1985-08-28", "395",
  N("hud_lund", "Daniel Forsberg", "läkare", "2024-06-05 15:35", [
      ("Status", "Intensivt kliande grupperade vesikler och exkoriationer på armbågar, knän och skinkor."),
      ("Bedömning", "Dermatitis herpetiformis (Mb Duhring) misstänks."),
      ("Åtgärd", "Transglutaminasantikroppar och biopsi för IF från perilesionell hud."),
  ]),
  must=["NL102"], why="passive verb hedge 'misstänks' after a Latin diagnosis with eponym")

C("hud-ingen-hallpunkt-for-skabb-atopiskt-eksem", "vgr", "2001-01-15", "248",
  N("hud_skovde", "Hanna Öberg", "läkare", "2024-01-23 13:45", [
      ("Aktuellt", "Klåda över hela kroppen, värst nattetid. Pat orolig för skabb då en kollega haft det."),
      ("Status", "Inga gångar i fingervinklar eller handleder, dermatoskopi utan fynd av kvalster. Torr hud, eksem i armvecken."),
      ("Bedömning", "Ingen hållpunkt för skabb. Atopiskt eksem."),
      ("Åtgärd", "Mjukgörande rikligt och grupp III-steroid i 2 veckor."),
  ]),
  must_not=["NL102"], why="'Ingen hållpunkt för skabb' negated; the worry belongs to the patient")

C("hud-mb-bowen-pad-informerad-per-telefon", "skane", "1948-05-10", "222",
  N("hud_kstad", "Zeynep Yilmaz", "läkare", "2024-08-08 11:20", [
      ("Aktuellt", "PAD från underben vä: skivepitelcancer in situ (Mb Bowen), radikalt exciderat."),
      ("Åtgärd", "Pat informerad per telefon idag om PAD-svaret. Inga fler åtgärder, egenkontroll av huden."),
  ], template="Telefonanteckning"),
  must_not=["NL102", "NL101"], why="confirmed in-situ carcinoma with eponym, told by phone")

C("hud-melanom-pad-pat-ej-natt", "skane", "1959-03-03", "315",
  N("hud_lund", "Sofia Bergström", "läkare", "2024-09-17 16:05", [
      ("PAD", "Excision bröstkorg: nodulärt malignt melanom, Breslow 2,1 mm, ulceration saknas, radikalt exciderat."),
      ("Planering", "Pat har ännu inte fått beskedet, sökt två gånger per telefon utan svar. Ny kontakt imorgon. Kallelse för utvidgad excision och portvaktskörtel skickas först efter samtalet."),
  ], template="Journalanteckning"),
  must=["NL101"], must_not=["NL102"],
  why="confirmed melanoma visible while the patient has not been reached with the result")

C("hud-telefon-sannolikt-nasselutslag", "vgr", "1992-10-19", "120",
  N("hud_sahl", "Ida Nordin", "sjuksköterska", "2024-05-27 08:40", [
      ("Kontaktorsak", "Ringer om kliande upphöjda röda utslag som flyttar sig, kommit och gått i 5 dagar."),
      ("Bedömning", "Inga svullnader i läppar eller tunga, andas bra. Låter som sannolikt nässelutslag."),
      ("Råd", "Desloratadin enligt FASS. Söka akut vid svullnad i munnen eller andningsbesvär."),
  ], template="Telefonanteckning"),
  must=["NL102"], why="nurse phone note with a lay name (nässelutslag) and 'sannolikt'")

C("hud-misstankt-nagelpsoraisis-typo", "vgr", "1970-06-06", "135",
  N("hud_skovde", "Per Axelsson", "läkare", "2024-11-20 14:15", [
      ("Status", "Förtjockade gula naglar på flera fingrar, pitting och onykolys. Svampodling negativ x 2."),
      ("Hereditet", "Far har psoriasis."),
      ("Bedömning", "Misstänkt nagelpsoraisis, DD onykomykos trots negativa odlingar."),
  ]),
  must=["NL102"], why="typo 'psoraisis' in a compound (nagelpsoriasis) with a DD")

C("hud-far-psoriasis-pat-atopiskt-eksem", "skane", "1998-09-09", "288",
  N("hud_lund", "Daniel Forsberg", "läkare", "2024-02-26 10:40", [
      ("Hereditet", "Far och farbror har plackpsoriasis."),
      ("Aktuellt", "Sedan barndomen böjveckseksem, nu försämring i handlederna."),
      ("Status", "Lichenifierat eksem i handleder och knäveck. Inga psoriasisplack, naglarna u.a."),
      ("Bedömning", "Atopiskt eksem, exacerbation."),
      ("Åtgärd", "Elocon kräm x 1 i 2 v, därefter helgbehandling."),
  ]),
  must_not=["NL102"], why="family history of psoriasis and a confirmed eczema; no hedge about the patient")

C("hud-melanom-kan-uteslutas-seborroisk-keratos", "vgr", "1960-12-24", "253",
  N("hud_sahl", "Jonas Eklund", "läkare", "2024-07-30 11:05", [
      ("Aktuellt", "Remiss från vårdcentral: mörk fläck på ryggen som pat själv oroar sig för."),
      ("Status", "Dermatoskopi: fettig, skarpt avgränsad lesion med hornpluggar och cerebriforma mönster."),
      ("Bedömning", "Melanom kan uteslutas. Seborroisk keratos. Pat lugnad."),
  ]),
  must_not=["NL102"], why="'kan uteslutas' (without ej) is a negation, not a hedge")

C("hud-mycosis-fungoides-pat-ej-informerad", "vgr", "1957-08-01", "206",
  N("hud_sahl", "Sofia Åberg", "läkare", "2024-09-10 13:00", [
      ("Anamnes", "Sedan 3 år fjällande plack på skinkor och höfter som svarar dåligt på steroider."),
      ("PAD", "Biopsi x 2: epidermotropism av atypiska lymfocyter."),
      ("Bedömning", "Kutant T-cellslymfom (mycosis fungoides) kan ej uteslutas, T-cellsreceptorklonalitet skickad."),
      ("Information", "Pat är inte informerad om lymfommisstanken. Hon har fått veta att fler prover behövs och får besked vid nästa besök."),
  ]),
  must=["NL101", "NL102"], why="Latin lymphoma name hedged; note says the patient is not informed")

# ---------------------------------------------------------------- gyn/obst
C("gyn-misstankt-x-extrauterin-graviditet", "vgr", "1993-04-14", "362",
  N("kk_ostra", "Fatima Al-Hassan", "läkare", "2024-03-09 21:30", [
      ("Aktuellt", "Senaste mens 6 v sedan, blödning sedan 2 dagar och ensidig smärta vä. Positivt graviditetstest."),
      ("Status", "hCG 1800. Vaginalt ultraljud: ingen intrauterin graviditet, 2 cm resistens vä adnex, lite fri vätska."),
      ("Bedömning", "Misstänkt X (extrauterin graviditet) vä."),
      ("Åtgärd", "Inläggning för laparoskopi ikväll."),
  ], setting="akut", template="Gynakutanteckning"),
  must=["NL102"], why="clinician shorthand 'X' for ectopic pregnancy, hedged with 'Misstänkt'")

C("gyn-endometrois-fragetecken-typo", "skane", "1998-01-26", "322",
  N("gyn_lund", "Josefin Lund", "läkare", "2024-04-23 10:25", [
      ("Anamnes", "Kraftig mensvärk sedan menarke, dyspareuni och smärta vid tarmtömning under mens."),
      ("Status", "Ömhet och knottrig resistens i fornix posterior."),
      ("Bedömning", "Endometrois? Gestagen kontinuerligt provas."),
      ("Planering", "MR lilla bäckenet beställt, åter om 3 mån."),
  ], signed=None),
  must=["NL102"], why="typo 'Endometrois' with a question mark")

C("gyn-preeklampsi-kan-ej-uteslutas", "skane", "1990-10-05", "406",
  N("smvc_hbg", "Maria Gustavsson", "läkare", "2024-06-26 15:10", [
      ("Aktuellt", "Omföderska v 34+2, extra kontroll pga huvudvärk sedan i morse."),
      ("Status", "BT 152/98 och 148/96. Albumin 1+ på urinsticka. Livliga reflexer, inga ögonflimmer. CTG reaktivt."),
      ("Bedömning", "Preeklampsi kan ej uteslutas."),
      ("Åtgärd", "Blodstatus, leverprover, urat och sFlt-1/PlGF-kvot. Ny kontroll imorgon."),
  ]),
  must=["NL102"], why="obstetric diagnosis hedged with 'kan ej uteslutas'")

C("gyn-barnmorska-misstankt-gdm", "vgr", "1989-02-18", "404",
  N("smvc_boras", "Katarina Blom", "barnmorska", "2024-07-03 09:30", [
      ("Aktuellt", "Riskbaserad provtagning v 26: kapillärt P-glukos 11,2. BMI 34, mor har typ 2-diabetes."),
      ("Bedömning", "Misstänkt graviditetsdiabetes (GDM)."),
      ("Åtgärd", "OGTT bokas snarast, kostråd givet."),
  ], template="Barnmorskeanteckning"),
  must=["NL102"], why="midwife note: compound diagnosis with acronym, hedged")

C("gyn-icp-fragetecken-gallsyror", "skane", "1995-12-28", "380",
  N("kvk_malmo", "Fatima Nilsson", "läkare", "2024-08-15 02:20", [
      ("Aktuellt", "v 35+5, klåda i handflator och fotsulor sedan en vecka, värst nattetid. Inga hudutslag."),
      ("Lab", "Gallsyror 19 µmol/l, ALAT 1,1."),
      ("Bedömning", "ICP? (intrahepatisk kolestas under graviditet)"),
      ("Åtgärd", "Ursofalk insätts, ny provtagning om 1 v."),
  ], setting="akut", template="Jouranteckning"),
  must=["NL102"], why="acronym ICP followed by a question mark, expansion in brackets")

C("gyn-mola-hydatidosa-ej-informerad", "vgr", "1987-06-21", "364",
  N("kk_ostra", "Anna Karlsson", "läkare", "2024-02-05 16:40", [
      ("Aktuellt", "Vaginal blödning v 10, hCG 210 000."),
      ("Status", "Ultraljud: snöyrebild i uterus utan foster."),
      ("Bedömning", "Misstänkt mola hydatidosa. Vakuumexeres utförd idag, material till PAD."),
      ("Information", "Patienten har inte informerats om molamisstanken. Hon är informerad om missfall och att vävnaden ska analyseras, vi avvaktar PAD innan vi tar upp misstanken med henne."),
  ], setting="dagvård"),
  must=["NL101", "NL102"], why="Latin hedged diagnosis while the patient is deliberately not told yet")

C("gyn-ovarialcancer-lang-ej-informerad", "skane", "1960-05-31", "248",
  N("gyn_lund", "Josefin Lund", "läkare", "2024-10-08 14:00", [
      ("Kontaktorsak", "Remiss från vårdcentral via SVF äggstockscancer: uppkördhet, tidig mättnad och ökat bukomfång sedan 2 månader, CA-125 412."),
      ("Anamnes", "64-årig kvinna, 2 barn, postmenopausal sedan 52 års ålder, ingen HRT. Tidigare opererad för gallsten. Mor hade bröstcancer vid 70 års ålder, i övrigt ingen känd cancer i släkten. Aptiten har minskat och hon har gått ner 4 kg trots att byxorna blivit trånga. Ingen vaginal blödning. Lite förstoppad de senaste veckorna."),
      ("Status", "Gott AT, BMI 24. Buk: lätt utspänd, dämpning i flankerna, ingen peritonit. Portio och vagina u.a. Bimanuellt palperas en fast, oregelbunden, föga mobil resistens i lilla bäckenet, mest åt vä."),
      ("Ultraljud", "Vaginalt ultraljud: 11 cm komplex, multilokulär resistens vä adnex med solida partier och rikligt flöde. Hö ovarium svårbedömt. Måttlig mängd fri vätska i fossa Douglasi och runt levern."),
      ("Tidigare sjukdomar", "Hypotyreos sedan 2010, kolecystektomi 2015. Inga tidigare gynekologiska operationer, senaste cellprov 2022 normalt."),
      ("Läkemedel", "Levaxin 75 µg x 1, Movicol vid behov sedan två veckor."),
      ("Socialt", "Änka sedan 3 år, bor ensam i lägenhet i Lund. Dottern bor i Malmö och sonen i Stockholm. Pensionerad lärare, sjunger i kör, icke-rökare."),
      ("Lab", "Hb 121, CRP 14, kreatinin 68, albumin 33, leverstatus normalt."),
      ("Funktion", "ECOG 1, klarar all egenvård och promenerar dagligen med en väninna. Inga tecken på tarmhinder, äter små portioner flera gånger om dagen och mår illa någon gång i veckan."),
      ("Bedömning", "Bilden med komplex adnexresistens, ascites och RMI över 1000 är starkt misstänkt för avancerad ovarialcancer. Differentialdiagnostiskt metastas från mag-tarmkanalen, därför CEA och CA 19-9."),
      ("Planering", "DT thorax-buk akut enligt SVF. Ascitestappning med cytologi om symtomgivande. Anmäls till gynonkologisk MDK tisdag. Kontaktsjuksköterska Maria utsedd och har träffat pat."),
      ("Information", "Pat har fått veta att det finns en förstorad äggstock och vätska i buken som behöver utredas snabbt. Hon är inte informerad om cancermisstanken; hon var ensam och mycket orolig, och vi bedömde att beskedet ska ges nästa vecka när DT är klar och dottern kan vara med. Pat har samtyckt till att dottern kontaktas."),
  ], signed=120),
  must=["NL101", "NL102"], why="long SVF note: 'starkt misstänkt för' ovarian cancer, patient not told by decision")

C("gyn-cin-2-3-fragetecken-kolposkopi", "vgr", "1991-09-02", "326",
  N("gyn_nal", "Emma Ljungberg", "läkare", "2024-09-24 10:15", [
      ("Aktuellt", "Kolposkopi efter cytologi med HSIL och HPV 16."),
      ("Status", "Acetovitt område kl 12-3 med grov mosaik, transformationszonen helt synlig."),
      ("Bedömning", "CIN 2-3? Biopsier x 3 tagna."),
      ("Planering", "Kontakt när PAD finns, sannolikt konisering i dagkirurgi."),
  ]),
  must=["NL102"], why="graded acronym CIN 2-3 with a question mark")

C("gyn-missed-abortion-ingen-misstanke-om-x", "skane", "1994-03-08", "444",
  N("gyn_ystad", "Cecilia Holm", "läkare", "2024-01-16 11:45", [
      ("Aktuellt", "Blödning i v 9, lätt molande värk."),
      ("Status", "Vaginalt ultraljud: intrauterin fostersäck med foster, CRL 7 mm, utan hjärtaktivitet. Adnexa u.a."),
      ("Bedömning", "Ingen misstanke om extrauterin graviditet. Missed abortion konstaterad."),
      ("Information", "Pat informerad om fynden, maken med vid besöket. Hon väljer medicinsk behandling med Mifegyne och Cytotec."),
  ]),
  must_not=["NL102", "NL101"], why="negated ectopic pregnancy and a confirmed miscarriage that the patient was told")

C("gyn-tidigare-misstankt-endometrios-ej-verifierad", "vgr", "1992-11-11", "406",
  N("kk_ostra", "Anna Karlsson", "läkare", "2024-06-04 14:30", [
      ("Tidigare sjukdomar", "2019 utredd för misstänkt endometrios, laparoskopi utan fynd av endometrios."),
      ("Aktuellt", "Önskar kopparspiral. Regelbundna menstruationer, måttlig mensvärk som lindras av Naproxen."),
      ("Åtgärd", "Gynstatus u.a. Kopparspiral insatt utan komplikationer, kontroll efter nästa mens."),
  ]),
  must_not=["NL102"], why="past suspicion under Tidigare sjukdomar that was ruled out at laparoscopy")

C("gyn-barnmorska-ev-induktion-icke-diagnos", "skane", "1997-08-30", "262",
  N("kvk_malmo", "Lena Ekström", "barnmorska", "2024-11-12 10:05", [
      ("Aktuellt", "Förstföderska v 40+4, okomplicerad graviditet. Fosterrörelser som vanligt."),
      ("Status", "SF-mått följer kurvan, BT 118/72, urinsticka u.a."),
      ("Planering", "Ev. induktion vid 41+0 om inte spontan start, tid preliminärt bokad. Info om tecken på förlossningsstart och när hon ska ringa."),
  ], template="Barnmorskeanteckning"),
  must_not=["NL102"], why="'Ev.' refers to labour induction, not a diagnosis")

C("gyn-myom-forklarar-blodningarna-informerad", "vgr", "1978-02-02", "380",
  N("gyn_nal", "Ahmed Jamal", "läkare", "2024-03-21 09:10", [
      ("Aktuellt", "Rikliga och långdragna menstruationer sedan ett år, Hb 108."),
      ("Status", "Ultraljud: intramuralt myom i bakväggen 5 cm, endometriet normalt."),
      ("Bedömning", "Myom i uterus som förklarar blödningarna."),
      ("Åtgärd", "Informerat pat om diagnosen och om behandlingsalternativen. Hon väljer tranexamsyra först och återkommer om hysteroskopisk resektion."),
  ]),
  must_not=["NL102", "NL101"], why="confirmed fibroid explained to the patient")

C("gyn-trol-livmoderframfall-lekmannaord", "skane", "1951-04-16", "208",
  N("gyn_ystad", "Cecilia Holm", "läkare", "2024-04-18 13:35", [
      ("Aktuellt", "Känner en kula i slidan, värre på kvällen och efter långa promenader."),
      ("Status", "Vid krystning når portio till introitus, lätt descensus av främre vaggväggen."),
      ("Bedömning", "Trol. livmoderframfall grad 2 med lätt cystocele."),
      ("Åtgärd", "Pessarring nr 70 utprovad, kontroll om 3 mån."),
  ]),
  must=["NL102"], why="lay word 'livmoderframfall' hedged by 'Trol.'")

C("gyn-hyperemesis-gravidarum-fragetecken", "vgr", "2000-12-10", "424",
  N("kk_ostra", "Fatima Al-Hassan", "läkare", "2024-02-24 18:15", [
      ("Aktuellt", "Förstagravid v 9, kräkts mer än 10 ggr per dygn sedan en vecka, kan inte hålla ner vätska. Viktnedgång 4 kg."),
      ("Lab", "Ketoner 3+ i urin, kalium 3,2."),
      ("Bedömning", "Hyperemesis gravidarum?"),
      ("Åtgärd", "Inläggning för iv vätska, tiamin och antiemetika."),
  ], setting="slutenvård", template="Inskrivningsanteckning", signed=None),
  must=["NL102"], why="Latin obstetric diagnosis with a question mark, unsigned draft")

C("gyn-tidiga-hypoteser-ais-skane-plus-synlig", "skane", "2006-09-19", "286",
  [N("gyn_lund", "Josefin Lund", "läkare", "2024-05-07 15:20", [
      ("Hypotes", "Primär amenorré, normal bröstutveckling, sparsam pubesbehåring och blindslutande vagina. Misstänkt androgenokänslighetssyndrom (AIS). Pat och mamma ej informerade om misstanken; den ska tas upp först när kromosomanalysen är klar, tillsammans med psykolog."),
   ], template="Tidiga hypoteser"),
   N("gyn_lund", "Josefin Lund", "läkare", "2024-05-07 15:40", [
      ("Aktuellt", "17-årig flicka som inte fått mens. Tillväxt och bröstutveckling normal."),
      ("Åtgärd", "Kromosomanalys, testosteron, LH, FSH och ultraljud lilla bäckenet. Besked om ca 4 veckor, pat och mamma får tid hos undertecknad."),
   ], nid="n2")],
  must_not=[("NL102", "n1"), ("NL101", "n1"), ("NL102", "n2"), ("NL101", "n2")],
  why="Skåne Tidiga hypoteser template holds the hedge and the not-informed line; the visible note holds neither")

# ---------------------------------------------------------------- urologi
C("uro-misstankt-prostatacancer-knol", "skane", "1953-07-07", "391",
  N("uro_kstad", "Tomas Andersson", "läkare", "2024-01-24 10:30", [
      ("Aktuellt", "PSA 14, var 8 för ett år sedan. Inga miktionsbesvär."),
      ("Status", "Palpation: hård knöl i vä lob, hö lob mjuk."),
      ("Bedömning", "Misstänkt prostatacancer."),
      ("Planering", "MR prostata, därefter riktade biopsier. Åter efter MR."),
  ], signed=None),
  must=["NL102"], why="plain 'Misstänkt' on prostate cancer")

C("uro-gleason-prostatacancer-ej-informerad", "vgr", "1950-11-20", "177",
  N("uro_sahl", "Magnus Dahl", "läkare", "2024-03-04 13:10", [
      ("PAD", "Biopsisvar: adenocarcinom i prostata, Gleason 4+4=8 i 5 av 12 biopsier, vä sida."),
      ("Planering", "Pat ej informerad ännu, får svaret vid besök hos undertecknad 12/3. Anhörig får gärna följa med. PSMA-PET beställs efter besöket."),
  ], template="Journalanteckning"),
  must=["NL101"], must_not=["NL102"],
  why="biopsy-proven cancer written visibly, patient explicitly not yet informed")

C("uro-testistorsion-kan-ej-uteslutas-barn", "skane", "2013-10-28", "159",
  N("barnakut_lund", "Jakob Mäkinen", "läkare", "2024-04-02 06:40", [
      ("Aktuellt", "10-årig pojke med akut smärta i vä testikel sedan 2 timmar, kräkts en gång."),
      ("Status", "Vä testikel högt stående och öm, kremasterreflex saknas vä."),
      ("Bedömning", "Testistorsion kan ej uteslutas, akut explorativ operation."),
      ("Information", "Föräldrarna informerade om planen och om varför vi opererar utan att vänta på ultraljud."),
  ], setting="akut", signed=20),
  must=["NL102"], must_not=["NL101"],
  why="hedged torsion in a child under 13 whose guardians were informed")

C("uro-dt-urografi-utan-tecken-pa-malignitet", "vgr", "1948-06-13", "193",
  N("uro_sahl", "Magnus Dahl", "läkare", "2024-06-11 10:20", [
      ("Undersökningar", "DT-urografi utan tecken på malignitet i övre urinvägarna. Cystoskopi: trabekulerad blåsa, ingen tumör."),
      ("Bedömning", "Hematurin förklaras av känd prostataförstoring (BPH)."),
      ("Åtgärd", "Finasterid insatt. Åter om 6 mån."),
  ]),
  must_not=["NL102"], why="malignancy negated ('utan tecken på'), BPH known")

C("uro-njurcellscancer-informerad-av-kontaktssk", "skane", "1961-09-26", "311",
  N("uro_malmo", "Viktor Sandberg", "läkare", "2024-10-29 15:00", [
      ("PAD", "Efter robotassisterad partiell nefrektomi hö: klarcellig njurcellscancer, pT1a, radikalt opererad."),
      ("Information", "Pat informerad om diagnosen av undertecknad och kontaktsjuksköterskan, fick även skriftlig information."),
      ("Planering", "Uppföljning med DT enligt vårdprogram."),
  ]),
  must_not=["NL102", "NL101"], why="confirmed renal cell carcinoma that the patient was told")

C("uro-sannolikt-bitestikelinflammation", "vgr", "1995-03-15", "395",
  N("uro_sahl", "Hugo Lind", "läkare", "2024-08-27 20:30", [
      ("Aktuellt", "Svullnad och ömhet hö pung sedan 3 dagar, sveda vid miktion, feber 38,1."),
      ("Status", "Prehns tecken pos. Ultraljud: ökad genomblödning i epididymis, normalt flöde i testikeln."),
      ("Bedömning", "Sannolikt bitestikelinflammation."),
      ("Åtgärd", "Ciprofloxacin 10 dagar, klamydia-PCR tagen."),
  ], setting="akut", template="Jouranteckning"),
  must=["NL102"], why="lay compound (bitestikelinflammation) hedged with 'Sannolikt'")

C("uro-testikelcancer-trol-seminom-ej-informerad", "vgr", "2000-04-09", "317",
  N("uro_skovde", "Linnea Ek", "läkare", "2024-06-20 16:25", [
      ("Aktuellt", "Knöl i hö testikel sedan en månad."),
      ("Undersökningar", "Ultraljud: hypoekogen 2 cm intratestikulär förändring. AFP normalt, hCG lätt förhöjt."),
      ("Bedömning", "Testikelcancer, trol. seminom."),
      ("Information", "Pat har inte fått veta att det rör sig om misstänkt cancer ännu, han vill ha med sin sambo och beskedet ges på fredag. Orkiektomi planeras nästa vecka."),
  ]),
  must=["NL101", "NL102"], why="histology hedged with 'trol.', patient not yet told")

C("uro-ssk-ej-informerad-om-operationsdatum", "skane", "1949-01-22", "199",
  N("uro_kstad", "Lena Möller", "sjuksköterska", "2024-09-12 11:00", [
      ("Aktuellt", "Kontaktsjuksköterska. Pat med prostatacancer, diagnos och behandlingsplan genomgången av läkare 2/9."),
      ("Åtgärd", "Pat ej informerad om operationsdatum ännu, operationskoordinator ringer när datum är satt. Preoperativa prover bokade."),
  ], template="Sjuksköterskeanteckning"),
  must_not=["NL101", "NL102"], why="'ej informerad' concerns an operation date, the diagnosis was already told")

# ---------------------------------------------------------------- infektion
C("inf-misstankt-neuroborrelios-lp", "skane", "1965-05-19", "415",
  N("inf_lund", "Oskar Hellström", "läkare", "2024-08-22 11:50", [
      ("Aktuellt", "Huvudvärk och stickande smärtor i bröstryggen nattetid sedan 3 v, nu även perifer facialispares vä. Fästingbett i juni."),
      ("Bedömning", "Misstänkt neuroborrelios."),
      ("Åtgärd", "LP: 86 celler, mononukleära, albumin förhöjt. Borrelia-antikroppsindex skickat. Doxycyklin 200 mg x 1 i 14 dagar."),
  ], signed=None),
  must=["NL102"], why="'Misstänkt' on neuroborreliosis")

C("inf-trol-tbe-bifasiskt", "vgr", "1968-09-03", "531",
  N("inf_ostra_avd", "Karl Enqvist", "läkare", "2024-08-05 15:35", [
      ("Aktuellt", "Ovaccinerad man, bifasiskt förlopp: influensaliknande i juli, nu feber, huvudvärk och förvirring. Fästingbett i skärgården."),
      ("Status", "Temp 39,0, lätt nackstyv, desorienterad till tid. Inga fokala bortfall."),
      ("Bedömning", "Trol. TBE (fästingburen encefalit)."),
      ("Åtgärd", "TBE-serologi skickad. Ingen specifik behandling, observation med neurokontroller."),
  ], setting="slutenvård", template="Inskrivningsanteckning"),
  must=["NL102"], why="'Trol.' on the acronym TBE with its Swedish name")

C("inf-sepsis-sannolikt-urosepsis", "skane", "1940-12-17", "234",
  N("inf_malmo_avd", "Nora Bengtsson", "läkare", "2024-01-07 04:10", [
      ("Aktuellt", "Frossa, feber 39,6 och dysuri sedan 2 dagar."),
      ("Status", "BT 88/50, puls 118, laktat 3,4. Ömhet över blåsan, ingen flanköm."),
      ("Bedömning", "Sepsis, sannolikt urosepsis."),
      ("Åtgärd", "Blod- och urinodlingar tagna, Cefotaxim 1 g x 3 iv, vätska 2 liter. Ev. IVA-konsult om inte svar på vätska."),
  ], setting="slutenvård", template="Inskrivningsanteckning", signed=None),
  must=["NL102"], why="focus of a confirmed sepsis hedged as 'sannolikt urosepsis', unsigned draft")

C("inf-malaria-kan-ej-uteslutas-vfr", "vgr", "1981-03-29", "359",
  N("inf_ostra", "Nadia Haddad", "läkare", "2024-10-11 21:40", [
      ("Aktuellt", "Hemkommen från Uganda för 9 dagar sedan efter besök hos släkten, ingen malariaprofylax. Feber 39,8, frossa och huvudvärk."),
      ("Lab", "Trombocyter 84, bilirubin 34. Snabbtest negativt."),
      ("Bedömning", "Malaria kan ej uteslutas trots negativt snabbtest. DD dengue, tyfoidfeber."),
      ("Åtgärd", "Tjock och tunn droppe akut, upprepas var 12:e timme. Blododlingar."),
  ], setting="akut"),
  must=["NL102"], why="travel fever: 'kan ej uteslutas' and a DD list of tropical diagnoses")

C("inf-lungtuberkulos-tolk-saknas-ej-informerad", "skane", "1990-06-01", "173",
  N("inf_lund_avd", "Oskar Hellström", "läkare", "2024-03-13 17:05", [
      ("Aktuellt", "Hosta i 3 mån, nattsvettningar, viktnedgång 7 kg."),
      ("Undersökningar", "Lungröntgen: kavitet i hö ovanlob."),
      ("Bedömning", "Misstänkt lungtuberkulos. Sputum för direktmikroskopi och PCR x 3, luftburen isolering."),
      ("Information", "Pat är ännu inte informerad om TB-misstanken då tolk på tigrinja inte gick att få idag. Information ges imorgon med tolk på plats."),
  ], setting="slutenvård"),
  must=["NL101", "NL102"], why="suspected TB visible; patient not yet informed (no interpreter)")

C("inf-hiv-konfirmerat-ej-fatt-besked", "vgr", "1986-07-25", "113",
  N("inf_ostra", "Karl Enqvist", "läkare", "2024-05-30 12:15", [
      ("Lab", "HIV-1 Ag/Ak positiv, konfirmerat med immunoblot. HIV-RNA 184 000 kopior/ml, CD4 310."),
      ("Planering", "Patienten har inte fått besked ännu. Kallas via telefon till besök imorgon kl 10 hos undertecknad och kurator. Smittspårning startas efter beskedet."),
  ], template="Journalanteckning"),
  must=["NL101"], must_not=["NL102"], why="confirmed HIV in visible text, patient not yet told")

C("inf-protesklaffendokardit-lang", "skane", "1953-04-27", "351",
  N("inf_hbg", "Ulrika Friberg", "läkare", "2024-11-04 16:30", [
      ("Inskrivningsorsak", "Remitteras från akutmottagningen pga feber sedan 10 dagar och växt av Streptococcus gallolyticus i 2 av 2 blododlingar tagna på vårdcentralen."),
      ("Anamnes", "71-årig man med biologisk aortaklaff sedan 2019 efter aortastenos. Förmaksflimmer med Eliquis. Sedan början av månaden trötthet, nattsvettningar och feber kring 38,5 på kvällarna. Ingen tandbehandling nyligen. Viktnedgång 3 kg. Inga buksymtom men avföringen har varit lösare."),
      ("Status", "Temp 38,2, puls 96 oregelbunden, BT 128/70. Hjärta: oregelbunden rytm, systoliskt blåsljud 2/6 över aortaområdet, oförändrat enligt tidigare journal. Inga Janeway-lesioner, inga Oslers noder, inga splinterblödningar. Lungor u.a. Buk mjuk och oöm. Ingen nackstelhet, inga fokala neurologiska bortfall."),
      ("Lab", "CRP 98, LPK 11,2, Hb 112, kreatinin 96. U-sticka: blod 1+."),
      ("Läkemedel", "Eliquis 5 mg x 2, Metoprolol 50 mg x 1, Atorvastatin 20 mg x 1. Ingen antibiotikabehandling före blododlingarna på vårdcentralen."),
      ("Socialt", "Gift, bor i villa i Höganäs. Pensionerad ingenjör som spelar golf två gånger i veckan och brukar tillbringa vintrarna i Spanien, men har varit hemma hela hösten. Ingen alkoholöverkonsumtion, röker inte, inget intravenöst missbruk."),
      ("Tidigare sjukdomar", "Aortastenos opererad med biologisk klaff 2019. Förmaksflimmer sedan 2020. Koloskopi har aldrig gjorts."),
      ("Tandstatus", "Egna tänder med flera lagningar, senaste tandläkarbesök för ett år sedan. Panoramaröntgen och tandläkarbedömning beställs för att utesluta en dental infektionskälla."),
      ("Undersökningar", "TTE idag: biologisk aortaklaff utan säker vegetation, lätt paravalvulärt läckage som fanns vid tidigare eko. Bildkvaliteten begränsad."),
      ("Bedömning", "Protesklaffendokardit kan inte uteslutas: ett major-kriterium (typisk bakterie i upprepade odlingar) och två minor (predisponerande klaff, feber) ger möjlig endokardit enligt Dukes kriterier. Streptococcus gallolyticus ger också misstanke om koloncancer som bakomliggande källa."),
      ("Åtgärd", "Bensylpenicillin 3 g x 4 iv och Gentamicin efter samråd med infektionsbakjour. Nya blododlingar x 3. TEE bokad till imorgon, PET-DT övervägs om TEE är negativ. Koloskopiremiss skickad."),
      ("Planering", "Klaffteamet i Lund informeras efter TEE. Fortsatt vård på infektionsavdelningen med tempkurva och daglig CRP."),
      ("Information", "Pat och hustru informerade om att febern beror på bakterier i blodet och att vi undersöker om klaffen är infekterad."),
  ], setting="slutenvård", template="Inskrivningsanteckning", signed=110),
  must=["NL102"], must_not=["NL101"],
  why="long admission: Duke criteria 'möjlig endokardit' and a secondary suspicion of colon cancer; patient informed")

C("inf-erysipelas-dd-djup-ventrombos", "vgr", "1955-10-10", "289",
  N("inf_boras", "Sanna Persson", "läkare", "2024-07-22 13:40", [
      ("Aktuellt", "Rodnad, värme och svullnad vä underben sedan 2 dagar, feber 38,7."),
      ("Status", "Skarpt avgränsad rodnad till mitten av vaden, ömhet. Tinea mellan tårna."),
      ("Bedömning", "Erysipelas vä underben, DD djup ventrombos. D-dimer 1,8."),
      ("Åtgärd", "Kåvepenin 1 g x 3 och Fragmin i väntan på ultraljud imorgon bitti."),
  ]),
  must=["NL102"], why="Latin infection name plus 'DD' naming a thrombosis")

C("inf-malaria-uteslutet-influensa-a", "skane", "1979-08-19", "446",
  N("inf_lund", "Oskar Hellström", "läkare", "2024-02-09 14:10", [
      ("Aktuellt", "Kontrollbesök efter feber hemkommen från Kenya."),
      ("Lab", "Tre negativa tjocka droppar och negativt snabbtest. Influensa A-PCR positiv. CRP 12."),
      ("Bedömning", "Malaria uteslutet. Influensa A i tillfrisknande."),
      ("Planering", "Oseltamivir inte indicerat i detta skede. Avslutas från infektionskliniken."),
  ]),
  must_not=["NL102"], why="'uteslutet' negates malaria; influenza is confirmed by PCR")

C("inf-tidigare-misstanke-latent-tb-avskriven", "vgr", "1982-05-28", "302",
  N("inf_boras", "Sanna Persson", "läkare", "2024-04-25 10:30", [
      ("Tidigare", "Misstanke om latent tuberkulos 2020 inför biologisk behandling, IGRA var då negativ och misstanken avskrevs."),
      ("Aktuellt", "Remiss inför byte till nytt biologiskt läkemedel för Crohns sjukdom."),
      ("Bedömning", "Ny IGRA negativ, lungröntgen utan anmärkning. Ingen kontraindikation mot behandlingsstart ur infektionssynpunkt."),
  ]),
  must_not=["NL102"], why="past suspicion that was dismissed ('avskrevs'), current tests negative")

C("inf-ssk-trolig-vinterkraksjuka", "skane", "1937-03-14", "206",
  N("inf_malmo_avd", "Sofie Larsson", "sjuksköterska", "2024-01-30 06:15", [
      ("Aktuellt", "Pat kräkts x 4 och haft vattentunna diarréer sedan kl 02, flera på avdelningen med samma symtom."),
      ("Bedömning", "Trolig vinterkräksjuka."),
      ("Åtgärd", "Isolering på enkelrum enligt vårdhygien, norovirus-PCR skickat. Vätskelista, Resorb."),
  ], setting="slutenvård", template="Omvårdnadsanteckning"),
  must=["NL102"], why="nurse note with a lay name (vinterkräksjuka) hedged by 'Trolig'")

C("inf-sekundar-syfilis-fragetecken", "vgr", "1991-12-02", "379",
  N("ven_sahl", "Erik Sandström", "läkare", "2024-09-19 11:25", [
      ("Aktuellt", "Icke-kliande utslag på bål, handflator och fotsulor sedan 2 v. Oskyddat samlag med ny partner i våras."),
      ("Status", "Kopparfärgade makler i handflator, generell lymfadenopati."),
      ("Bedömning", "Sekundär syfilis?"),
      ("Åtgärd", "TPPA, RPR och HIV-test tagna. Bensatinpenicillin ges idag efter samråd."),
  ]),
  must=["NL102"], why="staged STI diagnosis with a question mark at a venereology clinic")

C("inf-spondylodiskit-ev-picc-line", "skane", "1958-11-09", "238",
  N("inf_hbg", "Ulrika Friberg", "läkare", "2024-06-14 09:20", [
      ("Bedömning", "Spondylodiskit L3-L4 med växt av S. aureus i blododling, verifierad med MR. Feberfri sedan 5 dagar, CRP 34 från 210."),
      ("Planering", "Ev. PICC-line för fortsatt iv-behandling i hemmet via ASIH, alternativt peroral övergång efter infektionsronden."),
  ], setting="slutenvård"),
  must_not=["NL102"], why="'Ev.' concerns a PICC line; the spondylodiscitis is verified")

C("inf-maken-trol-ocksa-influensa", "vgr", "1952-03-23", "480",
  N("inf_ostra", "Nadia Haddad", "läkare", "2024-02-12 15:45", [
      ("Aktuellt", "Feber och muskelvärk sedan igår. Influensa A-PCR positiv, saturation 96 %."),
      ("Socialt", "Maken insjuknade samtidigt och har trol. också influensa, han kontaktar sin vårdcentral."),
      ("Åtgärd", "Oseltamivir pga nedsatt immunförsvar (metotrexat). Sjukskriven 1 v."),
  ]),
  must_not=["NL102"], why="the hedged diagnosis belongs to the husband; the patient's influenza is confirmed")

C("inf-mistankt-q-feber-typo", "vgr", "1971-06-15", "153",
  N("inf_boras", "Karl Enqvist", "läkare", "2024-05-13 14:50", [
      ("Aktuellt", "Fårbonde med hög feber i 10 dagar, huvudvärk och förhöjda leverprover. Lamningen pågick i april."),
      ("Bedömning", "Mistänkt Q-feber (Coxiella burnetii)."),
      ("Åtgärd", "Serologi skickad, Doxycyklin startat."),
  ]),
  must=["NL102"], why="typo 'Mistänkt' on a zoonosis written with the Latin pathogen name")

# ---------------------------------------------------------------- reumatologi
C("reuma-misstankt-seropositiv-ra", "skane", "1967-01-28", "424",
  N("reuma_lund", "Helena Wikström", "läkare", "2024-02-01 10:10", [
      ("Aktuellt", "Svullna MCP 2-3 bilat och handleder sedan 3 mån, morgonstelhet 2 timmar."),
      ("Lab", "RF 48, anti-CCP över 340, SR 38."),
      ("Bedömning", "Misstänkt seropositiv reumatoid artrit."),
      ("Åtgärd", "Metotrexat 15 mg/v och folsyra startas. Ultraljud av händerna bokas."),
  ], signed=None),
  must=["NL102"], why="'Misstänkt' on seropositive RA")

C("reuma-pmr-fragetecken-dd-eora", "vgr", "1952-12-09", "266",
  N("reuma_molndal", "Gunnar Ek", "läkare", "2024-03-14 09:45", [
      ("Aktuellt", "71-årig kvinna med värk och stelhet i skuldror och höfter sedan 6 v, svårt att klä på sig."),
      ("Lab", "SR 64, CRP 38."),
      ("Bedömning", "Polymyalgia reumatica? DD sent debuterande RA (EORA)."),
      ("Åtgärd", "Prednisolon 15 mg, utvärdering om 1 v per telefon."),
  ]),
  must=["NL102"], why="Latin diagnosis with '?' and an acronym DD")

C("reuma-sle-lang-nyupptackt", "vgr", "1990-01-12", "364",
  N("reuma_molndal", "Gunnar Ek", "läkare", "2024-02-27 13:00", [
      ("Anamnes", "34-årig kvinna, remitterad från vårdcentral pga ledvärk, trötthet och positiv ANA. Under hösten svullna fingerleder och handleder, morgonstelhet en timme. Fick utslag på kinderna efter solexponering i somras som satt kvar i veckor. Håravfall, munsår vid två tillfällen. Ett missfall i v 11 för två år sedan, i övrigt en normal graviditet. Inga kända trombossjukdomar. Arbetar som förskollärare, mycket trött efter arbetsdagen och har varit sjukskriven två veckor. Mormor hade RA."),
      ("Status", "AT gott. Hud: ingen aktiv fjärilsrodnad idag, ett par fläckar med hyperpigmentering på kinderna. Munhåla: liten oöm ulceration på hårda gommen. Leder: synovit MCP 2-3 bilat och vä handled, ömhet PIP 2-3 hö. Hjärta och lungor u.a., inget gnidningsljud. Inga ödem."),
      ("Lab", "ANA 1:640 homogent mönster, anti-dsDNA 86 IE/ml, komplement C3 0,7 och C4 0,08. Hb 109, LPK 3,1, lymfocyter 0,7, TPK 142. Urin: protein 1+, inget blod. Kardiolipinantikroppar och lupusantikoagulans tagna, svar inväntas."),
      ("Läkemedel", "P-piller med östrogen sedan 10 år, Alvedon och Ipren vid behov. Inga naturläkemedel."),
      ("Socialt", "Sambo, en dotter 4 år, bor i lägenhet med hiss i Mölndal. Icke-rökare, alkohol sällan. Sprang tidigare långlopp men har inte orkat träna sedan i somras."),
      ("Preventivmedel", "Östrogeninnehållande p-piller bör bytas med tanke på att antifosfolipidantikroppar inte är utredda; gestagenmetod diskuteras med barnmorska."),
      ("Vaccinationer", "Influensa- och pneumokockvaccin rekommenderas före ökad immunsuppression. Pat har fått covidvaccin enligt programmet, senast i höstas. Inga levande vacciner planerade."),
      ("Bedömning", "Kliniska fynd och serologi talar starkt för systemisk lupus erythematosus (SLE) med hud-, led- och hematologisk manifestation. Klassifikationskriterierna enligt EULAR/ACR 2019 uppfylls sannolikt när urinen är kontrollerad. Lupusnefrit kan ej uteslutas med tanke på proteinurin. Sekundärt antifosfolipidsyndrom möjligt med tanke på missfallet."),
      ("Åtgärd", "Hydroxiklorokin 200 mg x 2 insatt, ögonbottenfotografering bokad. Prednisolon 10 mg dagligen i 4 v med nedtrappning. Solskydd faktor 50. Urin protein/kreatininkvot och urinsediment."),
      ("Planering", "Återbesök om 4 v hos undertecknad, tidigare vid feber, bröstsmärta eller svullna ben. Sjukskrivning 50 % förlängs 4 v. Kontakt med reumatologsjuksköterska för information om läkemedlen."),
  ], signed=75),
  must=["NL102"], why="long new-visit note: 'talar starkt för' SLE, 'kan ej uteslutas' nephritis, 'möjligt' APS")

C("reuma-mb-bechterew-misstanks-starkt", "skane", "1995-10-03", "291",
  N("reuma_lund", "Helena Wikström", "läkare", "2024-04-09 14:35", [
      ("Aktuellt", "Inflammatorisk ryggsmärta sedan 4 år, bättre av rörelse, vaknar av smärta andra halvan av natten."),
      ("Undersökningar", "HLA-B27 pos. MR SI-leder: benmärgsödem bilat."),
      ("Bedömning", "Mb Bechterew (ankyloserande spondylit) misstänks starkt, axial SpA."),
      ("Åtgärd", "NSAID i full dos 4 v, fysioterapeut för rörlighetsträning."),
  ]),
  must=["NL102"], why="eponym with Latin synonym, hedge 'misstänks starkt' after the name")

C("reuma-gikt-dd-pseudogikt-kondrokalcinos", "vgr", "1947-04-04", "313",
  N("reuma_alingsas", "Johanna Berg", "läkare", "2024-10-17 10:40", [
      ("Aktuellt", "Akut svullet, varmt hö knä sedan igår."),
      ("Undersökningar", "Urat 410. Kristallanalys ej utförd pga för liten mängd ledvätska. Röntgen visar kondrokalcinos."),
      ("Bedömning", "Giktartrit, DD pyrofosfatartrit (pseudogikt)."),
      ("Åtgärd", "Kolkicin och kyla, ny punktion vid utebliven förbättring."),
  ]),
  must=["NL102"], why="'DD' naming pseudogout next to gout without crystal proof")

C("reuma-systemisk-skleros-ej-delgivits", "skane", "1975-06-23", "420",
  N("reuma_malmo", "Jesper Holmqvist", "läkare", "2024-05-23 15:15", [
      ("Aktuellt", "Raynaud sedan 2 år, nu svullna fingrar och stram hud över händer och underarmar, telangiektasier i ansiktet."),
      ("Undersökningar", "Anti-Scl-70 pos, kapillärmikroskopi med jättekapillärer och blödningar."),
      ("Bedömning", "Diagnosen systemisk skleros (sklerodermi), diffus kutan form, är fastställd."),
      ("Planering", "Diagnosen har ännu inte delgivits patienten. Det sker vid planerat besök nästa vecka med reumatologsjuksköterska, då även HRCT och ekokardiografi tas upp."),
  ]),
  must=["NL101"], must_not=["NL102"], why="settled systemic sclerosis, 'ännu inte delgivits patienten'")

C("reuma-inget-som-talar-for-inflammatorisk-ledsjukdom", "vgr", "1961-08-17", "244",
  N("reuma_alingsas", "Johanna Berg", "läkare", "2024-01-31 11:10", [
      ("Aktuellt", "Ont i fingrarnas ytterleder, knölar dorsalt."),
      ("Status", "Heberdens noder dig 2-4 bilat. Inga svullna MCP-leder."),
      ("Lab", "CRP under 1, RF och anti-CCP negativa."),
      ("Bedömning", "Inget som talar för inflammatorisk ledsjukdom. Handartros."),
      ("Åtgärd", "Arbetsterapeut för ortoser och handträning."),
  ]),
  must_not=["NL102"], why="'Inget som talar för' negates inflammatory disease; osteoarthritis confirmed")

C("reuma-psoriasisartrit-caspar-meddelad", "skane", "1980-03-11", "333",
  N("reuma_lund", "Helena Wikström", "läkare", "2024-06-27 09:30", [
      ("Aktuellt", "Psoriasis sedan 10 år, nu daktylit dig 3 vä fot och entesit vid akillessenan."),
      ("Bedömning", "Psoriasisartrit, CASPAR-kriterierna uppfyllda."),
      ("Information", "Meddelat patienten diagnosen och förklarat behandlingsstrategin."),
      ("Åtgärd", "Metotrexat startas, labkontroller enligt PM."),
  ], signed=None),
  must_not=["NL102", "NL101"], why="criteria-based confirmed diagnosis told to the patient")

C("reuma-syster-ra-mor-trol-sjogren", "vgr", "1966-09-29", "428",
  N("reuma_molndal", "Frida Sjögren", "läkare", "2024-08-29 14:05", [
      ("Hereditet", "Syster har RA, mor trol. Sjögrens syndrom men aldrig utredd."),
      ("Aktuellt", "Knäsmärta vid trappgång sedan ett år. Ingen morgonstelhet."),
      ("Status", "Ingen svullnad, krepitationer hö knä. Röntgen: medial ledspaltsminskning."),
      ("Bedömning", "Knäledsartros hö."),
      ("Åtgärd", "Fysioterapi och viktnedgång."),
  ]),
  must_not=["NL102"], why="hedge in Hereditet about the mother; patient has confirmed osteoarthritis")

C("reuma-trolgi-gpa-wegener-typo", "skane", "1959-12-19", "195",
  N("reuma_malmo", "Rebecka Tran", "läkare", "2024-07-16 17:50", [
      ("Aktuellt", "Blodig snuva i 2 mån, ledvärk, nu palpabel purpura på underbenen."),
      ("Lab", "Hematuri 2+, kreatinin 168, ANCA PR3 pos."),
      ("Bedömning", "Trolgi granulomatos med polyangit (GPA), tidigare kallad Wegeners granulomatos."),
      ("Åtgärd", "Njurbiopsi akut, metylprednisolon 500 mg iv."),
  ], setting="slutenvård"),
  must=["NL102"], why="typo 'Trolgi' on a vasculitis with its old eponym")

C("reuma-gca-biopsi-negativ-misstanken-avskrivs", "vgr", "1950-02-09", "182",
  N("reuma_alingsas", "Johanna Berg", "läkare", "2024-12-10 10:20", [
      ("Undersökningar", "Temporalisbiopsi utan arterit. Ultraljud temporalisartärer utan halo."),
      ("Bedömning", "Misstanken om jättecellsarterit avskrivs. Huvudvärken är spänningshuvudvärk."),
      ("Åtgärd", "Prednisolon trappas ut på 3 veckor."),
  ]),
  must_not=["NL102"], why="'Misstanken ... avskrivs' is a dismissed suspicion, not a hedge")

C("reuma-pmr-multi-hedged-sedan-bekraftad", "skane", "1949-08-02", "264",
  [N("reuma_lund", "Ida Nordin", "läkare", "2024-03-05 10:00", [
      ("Aktuellt", "Bilateral skulder- och bäckengördelsvärk, SR 58."),
      ("Bedömning", "Möjlig polymyalgia reumatica, DD paramalign reaktion."),
      ("Åtgärd", "Prednisolon 15 mg, lungröntgen och elektrofores."),
   ]),
   N("reuma_lund", "Ida Nordin", "läkare", "2024-03-19 10:15", [
      ("Aktuellt", "Kraftig förbättring inom tre dagar på kortison. Lungröntgen och elektrofores normala."),
      ("Bedömning", "Polymyalgia reumatica. Diagnosen genomgången med patienten, som förstår att behandlingen blir långvarig."),
      ("Åtgärd", "Nedtrappning till 12,5 mg, bentäthetsmätning."),
   ], nid="n2")],
  must=[("NL102", "n1")], must_not=[("NL102", "n2"), ("NL101", "n2")],
  why="multi-note: 'Möjlig' in n1, the same diagnosis settled and told in n2")

# ---------------------------------------------------------------- endokrinologi
C("endo-cushing-lang-draft", "skane", "1976-02-20", "364",
  N("endo_malmo", "Isabella Rosén", "läkare", "2024-04-15 13:30", [
      ("Kontaktorsak", "Remiss från diabetesmottagningen: svårreglerad diabetes, hypertoni och viktuppgång, frågeställning hyperkortisolism."),
      ("Anamnes", "48-årig kvinna med typ 2-diabetes sedan 3 år, tidigare välreglerad på metformin men senaste året stigande HbA1c trots tillägg av Jardiance. Viktuppgång 14 kg på två år, framför allt runt magen. Blåmärken av minimala stötar, muskelsvaghet i låren så att hon har svårt att resa sig från huksittande. Mens oregelbunden sedan ett år. Sömnproblem och nedstämdhet. Inget intag av kortisonpreparat, inga injektioner i leder, ingen kortisonkräm."),
      ("Status", "Vikt 94 kg, BMI 34. BT 162/98. Månansikte, supraklavikulära fettkuddar och nackpuckel. Breda violetta striae på buken och låren, tunn hud på handryggarna. Proximal svaghet i höftflexorerna, kan resa sig från stol endast med armstöd. Ingen hirsutism av betydelse."),
      ("Lab", "HbA1c 72. Kalium 3,4. Dygnsurin-kortisol 520 nmol/dygn (ref under 165). Sent kvällssalivkortisol förhöjt vid två tillfällen. Dexametasonhämningstest 1 mg: morgonkortisol 310 nmol/L. ACTH 48 ng/L."),
      ("Läkemedel", "Metformin 1 g x 2, Jardiance 10 mg x 1, Amlodipin 10 mg x 1, Losartan 100 mg x 1, Sertralin 50 mg x 1 sedan i höstas."),
      ("Socialt", "Gift, två tonårsbarn. Ekonom på ett försäkringsbolag i Malmö, orkar inte längre arbeta heltid. Icke-rökare, alkohol någon gång per månad."),
      ("Tidigare sjukdomar", "Graviditetsdiabetes vid båda graviditeterna. Gallstensoperation 2012. Ingen tidigare känd endokrin sjukdom."),
      ("Psykosocialt", "Beskriver att hon skäms över sitt utseende och undviker sociala sammanhang. Erbjuds kuratorskontakt, tackar ja. PHQ-9 14 poäng, sertralindosen lämnas oförändrad i avvaktan på utredningen."),
      ("Bedömning", "Klinisk bild och tre avvikande screeningtester ger stark misstanke om endogent Cushings syndrom. Normalt till högt ACTH talar för ACTH-beroende genes, i första hand Cushings sjukdom (hypofysadenom), differentialdiagnostiskt ektopisk ACTH-produktion."),
      ("Planering", "MR hypofys med dynamisk kontrast. CRH-test bokas. Om MR inte visar adenom planeras sinus petrosus inferior-provtagning via neuroradiologen i Lund. Kaliumersättning och spironolakton. Insulin Lantus 10 E till kvällen. Osteoporosutredning med DXA."),
      ("Uppföljning", "Telefonkontakt med undertecknad när MR är klar, återbesök om 4 veckor. Pat har fått skriftlig information om provtagningen."),
  ], signed=None),
  must=["NL102"], why="long unsigned draft: 'stark misstanke om' Cushing's syndrome, 'i första hand' and 'differentialdiagnostiskt'")

C("endo-mb-conn-kan-ej-uteslutas", "vgr", "1970-10-14", "237",
  N("endo_sahl", "Lars Wennberg", "läkare", "2024-01-18 11:05", [
      ("Aktuellt", "Hypertoni trots 3 preparat, kalium 3,1 utan diuretika."),
      ("Lab", "Aldosteron/renin-kvot kraftigt förhöjd vid två tillfällen."),
      ("Bedömning", "Primär hyperaldosteronism (Mb Conn) kan ej uteslutas."),
      ("Planering", "Saltbelastningstest bokas, därefter ställningstagande till binjurevenskateterisering."),
  ], signed=None),
  must=["NL102"], why="eponym in brackets with 'kan ej uteslutas'")

C("endo-graves-multi-trol-sedan-bekraftad", "skane", "1988-06-07", "408",
  [N("med_ystad", "Petra Nyberg", "läkare", "2024-02-14 10:30", [
      ("Aktuellt", "Viktnedgång, hjärtklappning och värmeintolerans sedan 2 mån."),
      ("Status", "Diffust förstorad tyreoidea med blåsljud, lätt protrusion bilat. Puls 112."),
      ("Lab", "TSH under 0,01, fT4 48."),
      ("Bedömning", "Trol. Graves sjukdom (Mb Basedow), TRAk väntas."),
      ("Åtgärd", "Tiamazol 20 mg och propranolol."),
   ]),
   N("med_ystad", "Petra Nyberg", "läkare", "2024-02-28 09:50", [
      ("Lab", "TRAk 12 IU/L."),
      ("Bedömning", "Graves sjukdom bekräftad. Informerat pat om diagnosen och om att ögonen ska följas."),
      ("Planering", "Fortsatt tiamazol, remiss ögonmottagningen."),
   ], nid="n2", template="Telefonanteckning")],
  must=[("NL102", "n1")], must_not=[("NL102", "n2"), ("NL101", "n2")],
  why="multi-note: 'Trol.' eponym in n1, confirmed by antibodies and told in n2")

C("endo-sannolikt-lada", "skane", "1982-01-30", "313",
  N("endo_malmo", "Isabella Rosén", "läkare", "2024-05-06 15:05", [
      ("Aktuellt", "42-årig normalviktig man med nydebuterad diabetes, HbA1c 78."),
      ("Lab", "GAD-antikroppar starkt positiva, C-peptid lågt normal."),
      ("Bedömning", "Sannolikt LADA (autoimmun diabetes hos vuxna)."),
      ("Åtgärd", "Basinsulin startas, diabetessköterska nästa vecka."),
  ]),
  must=["NL102"], why="acronym LADA with expansion, hedged with 'Sannolikt'")

C("endo-binjurebarkscancer-misstanks-ej-informerad", "vgr", "1959-07-12", "391",
  N("endo_sahl", "Maja Lindahl", "läkare", "2024-06-03 16:00", [
      ("Undersökningar", "DT: 9 cm heterogen resistens hö binjure med nekroser. Kortisol och androgener förhöjda."),
      ("Bedömning", "Binjurebarkscancer misstänks."),
      ("Information", "Pat ej informerad om malignitetsmisstanken, han fick idag bara veta att förändringen är stor och behöver opereras. Diskuteras på endokrinkirurgisk MDK torsdag, därefter besked."),
  ]),
  must=["NL101", "NL102"], why="compound cancer name with 'misstänks'; patient not informed")

C("endo-ingen-misstanke-om-hypofysadenom", "skane", "1993-08-24", "242",
  N("endo_malmo", "Isabella Rosén", "läkare", "2024-07-01 10:45", [
      ("Undersökningar", "MR hypofys utan patologiska fynd. Prolaktin normaliserat efter utsättning av risperidon."),
      ("Bedömning", "Ingen misstanke om hypofysadenom. Hyperprolaktinemin var läkemedelsutlöst."),
      ("Planering", "Avslutas hos oss, åter via psykiatrin vid behov."),
  ]),
  must_not=["NL102"], why="'Ingen misstanke om' negating a pituitary adenoma")

C("endo-phpt-informerad-op-fore-semestern-fraga", "skane", "1956-03-17", "266",
  N("endo_malmo", "Erik Nordqvist", "läkare", "2024-04-30 11:25", [
      ("Lab", "S-Ca 2,78, PTH 9,8, urin-kalcium förhöjt. Scintigrafi: adenom vä nedre bisköldkörtel."),
      ("Bedömning", "Primär hyperparatyreoidism. Informerat pat om diagnosen och om operation."),
      ("Planering", "Remiss endokrinkirurgen. Operation före semestern? Remissen märks med pat önskemål."),
  ]),
  must_not=["NL102", "NL101"], why="a '?' about surgery timing, not the diagnosis; confirmed and told")

C("endo-trolig-hyoptyreos-typo", "vgr", "1972-09-18", "466",
  N("med_kungalv", "Ellinor Sundberg", "läkare", "2024-10-24 08:55", [
      ("Aktuellt", "Trötthet, frusenhet och förstoppning sedan hösten."),
      ("Lab", "TSH 14, fT4 9."),
      ("Bedömning", "Trolig hyoptyreos, TPO-antikroppar skickade."),
      ("Åtgärd", "Levaxin 50 µg x 1."),
  ]),
  must=["NL102"], why="typo 'hyoptyreos' for hypotyreos with 'Trolig'")

C("endo-prolaktinom-fragetecken", "vgr", "1996-01-04", "244",
  N("endo_sahl", "Maja Lindahl", "läkare", "2024-11-14 13:15", [
      ("Aktuellt", "Utebliven mens i 8 mån och mjölkflöde ur brösten. Graviditetstest negativt."),
      ("Lab", "Prolaktin 2100 mU/l."),
      ("Bedömning", "Prolaktinom? MR hypofys och synfält beställda."),
  ], signed=None),
  must=["NL102"], why="tumour name with '?', unsigned draft")

C("endo-tidigare-misstanke-akromegali-avfardad", "skane", "1961-10-29", "175",
  N("med_ystad", "Petra Nyberg", "läkare", "2024-09-09 14:00", [
      ("Tidigare sjukdomar", "Misstanke om akromegali 2017 pga förstorade händer, IGF-1 och glukosbelastning var normala och misstanken avfärdades."),
      ("Aktuellt", "Kontroll av typ 2-diabetes, HbA1c 49. Inga nya besvär."),
      ("Planering", "Oförändrad behandling, åter om ett år."),
  ]),
  must_not=["NL102"], why="past suspicion explicitly dismissed ('avfärdades')")

C("endo-medullar-tyreoideacancer-ej-informerad", "skane", "1974-12-01", "227",
  N("endo_malmo", "Erik Nordqvist", "läkare", "2024-05-28 16:20", [
      ("Aktuellt", "Knöl i tyreoidea hö, 2,5 cm."),
      ("Undersökningar", "Finnålspunktion: misstänkt medullär tyreoideacancer. Kalcitonin 480 ng/L."),
      ("Information", "Pat ej informerad ännu om cancermisstanken, har bara fått veta att knölen ska opereras bort. RET-analys och besked vid besök 3/6."),
  ]),
  must=["NL101", "NL102"], why="cytology-based hedge in Undersökningar; patient not told about the cancer suspicion")

C("endo-ssk-pat-ej-informerad-om-dosandring", "vgr", "1944-11-25", "180",
  N("med_kungalv", "Anette Hedlund", "sjuksköterska", "2024-08-07 13:10", [
      ("Aktuellt", "Pat med hypotyreos sedan 2010, kontroll: TSH 6,2."),
      ("Åtgärd", "Dr Sundberg ökar Levaxin till 100 µg. Pat ej informerad om dosändringen ännu, nås inte på telefon. Nytt försök imorgon, annars brev."),
  ], template="Sjuksköterskeanteckning"),
  must_not=["NL101", "NL102"], why="'ej informerad' concerns a dose change, not an untold diagnosis")

# ---------------------------------------------------------------- hematologi
C("hemat-myelom-lang-misstankt-crab", "vgr", "1954-11-30", "131",
  N("hemat_sahl", "Robert Åström", "läkare", "2024-01-25 11:00", [
      ("Kontaktorsak", "Remiss från ortopeden: patologisk kotkompression Th12 och M-komponent i serum."),
      ("Anamnes", "69-årig man, pensionerad lastbilschaufför. Ryggsmärta sedan 3 månader som förvärrades kraftigt när han lyfte en vedkorg. Trött, tappat 5 kg i vikt. Två lunginflammationer i vinter. Tidigare frisk förutom hypertoni och höftartros. Röker inte. Bor med sambo i Kungsbacka."),
      ("Status", "AT något påverkat av smärta, går med rullator. Blek. Ömhet vid palpation över torakolumbala övergången. Inga neurologiska bortfall i benen, normala reflexer, ingen sadelanestesi. Ingen lymfkörtelförstoring, lever och mjälte ej palpabla. Hjärta och lungor u.a."),
      ("Lab", "Hb 98, LPK 4,1, TPK 168. SR 92. Kreatinin 134, eGFR 46. Kalcium (albuminkorrigerat) 2,78. Albumin 31. M-komponent IgG-kappa 38 g/L. Fria lätta kedjor kappa 640 mg/L, kvot kappa/lambda 58. Urin-elektrofores med Bence Jones-protein, kvantifiering pågår."),
      ("Röntgen", "DT helkropp lågdos: kompression Th12 med 40 % höjdförlust, multipla osteolyser i kotpelaren, bäckenet och kalvariet."),
      ("Läkemedel", "Losartan 50 mg x 1, Alvedon 1 g x 4, Oxynorm 5 mg vid behov. Har tagit Ipren regelbundet sedan jul mot ryggvärken, utsatt idag med tanke på njurfunktionen."),
      ("Tidigare sjukdomar", "Hypertoni sedan 2008. Höftartros hö, ej opererad. Pneumonierna i vintras behandlades på vårdcentralen med Doxyferm."),
      ("Socialt", "Sambo sedan 20 år, en son från tidigare förhållande. Tidigare aktiv seglare. Ingen hemtjänst."),
      ("Omvårdnad", "Smärtskattning NRS 6 i vila och 9 vid förflyttning."),
      ("Tand", "Tandstatus kontrolleras av sjukhustandvården innan Zometa ges, pat har en lös brygga i överkäken. Remiss skickad idag med begäran om snabb tid."),
      ("Bedömning", "Misstänkt multipelt myelom med CRAB-kriterier (hyperkalcemi, njurpåverkan, anemi, skelettlesioner). Diagnosen ska verifieras med benmärgsundersökning. Njurfunktionspåverkan trol. myelomnjure (cast-nefropati), DD dehydrering."),
      ("Åtgärd", "Benmärgsaspiration och biopsi bokade på torsdag. Vätska 3 liter per dygn, Zometa ges efter benmärgen om kreatinin är stabilt. Oxynorm vid behov, ryggortos utprovas av ortopedtekniker. Strålbehandling mot Th12 diskuteras med onkolog."),
      ("Planering", "Återbesök en vecka efter benmärgen. Pat vet att provet görs för att hitta orsaken till ryggsmärtorna och de avvikande blodproverna och att det kan röra sig om en blodsjukdom."),
  ], signed=90),
  must=["NL102"], why="long haematology note: 'Misstänkt multipelt myelom', 'trol. myelomnjure', DD")

C("hemat-kll-fragetecken-lymfocytos", "skane", "1951-07-19", "153",
  N("hemat_lund", "Lovisa Kjellberg", "läkare", "2024-02-19 09:20", [
      ("Aktuellt", "Remiss från vårdcentralen: lymfocytos 18, i övrigt normalt blodstatus. Inga B-symtom."),
      ("Status", "Små oömma körtlar på halsen bilat, ingen mjältförstoring."),
      ("Bedömning", "KLL? Flödescytometri av perifert blod skickad."),
      ("Planering", "Inget behandlingsbehov oavsett svar, återbesök om 3 mån."),
  ], signed=None),
  must=["NL102"], why="acronym KLL with '?'")

C("hemat-aml-verifierad-ej-informerad-ikvall", "skane", "1964-09-08", "297",
  N("hemat_avd", "Robert Lund", "läkare", "2024-09-26 15:50", [
      ("Aktuellt", "Inlagd igår med pancytopeni och feber."),
      ("Undersökningar", "Benmärg: 62 % myeloblaster. Flödescytometri verifierar akut myeloisk leukemi (AML)."),
      ("Information", "Patienten är inte informerad ännu. Beskedet ges ikväll av undertecknad och bakjouren, dottern kommer kl 18."),
  ], setting="slutenvård"),
  must=["NL101"], must_not=["NL102"], why="verified AML visible before the patient is told")

C("hemat-morbror-hemofili-mor-trol-barare", "skane", "2021-02-17", "133",
  N("koag_malmo", "Eva Larsson", "läkare", "2024-03-18 13:40", [
      ("Hereditet", "Morbror har svår hemofili A, mor trol. bärare men ej testad."),
      ("Aktuellt", "Pojken 3 år, blåmärken efter fall på förskolan."),
      ("Lab", "Faktor VIII 98 %, von Willebrand-faktor normal, APTT normalt."),
      ("Bedömning", "Ingen hemofili hos pojken. Mor erbjuds bärartest via klinisk genetik."),
  ]),
  must_not=["NL102"], why="hedged carrier status belongs to the mother; the boy's haemophilia is ruled out")

C("hemat-von-willebrand-typ-1-fragetecken", "skane", "1999-04-27", "422",
  N("koag_malmo", "Eva Larsson", "läkare", "2024-10-03 10:05", [
      ("Aktuellt", "Rikliga menstruationer sedan menarke, näsblod som är svårt att stoppa, blödde länge efter tandutdragning."),
      ("Lab", "vWF:Ag 38 %, vWF-aktivitet 32 %, FVIII 52 %."),
      ("Bedömning", "Von Willebrands sjukdom typ 1?"),
      ("Planering", "Ny provtagning om 4 v, Cyklokapron vid blödning."),
  ]),
  must=["NL102"], why="eponymous bleeding disorder with type and '?'")

C("hemat-ttp-kan-inte-uteslutas-schistocyter", "vgr", "1984-07-07", "286",
  N("hemat_sahl_avd", "Sara Björk", "läkare", "2024-11-22 23:10", [
      ("Aktuellt", "Trötthet och förvirring sedan igår."),
      ("Lab", "TPK 18, LD 1400, schistocyter i utstryk, haptoglobin omätbart, kreatinin 110."),
      ("Bedömning", "TTP kan inte uteslutas."),
      ("Åtgärd", "ADAMTS13 skickat, plasmaferes ordinerad akut, IVA informerad."),
  ], setting="slutenvård", template="Jouranteckning"),
  must=["NL102"], why="acronym TTP with 'kan inte uteslutas' on a night note")

C("hemat-provet-sannolikt-hemolyserat", "skane", "1952-05-21", "211",
  N("hemat_lund", "Mona Jönsson", "sjuksköterska", "2024-07-11 12:40", [
      ("Aktuellt", "Pat med känd KLL, kontroll inför behandlingscykel 3."),
      ("Lab", "Kalium 6,1, provet sannolikt hemolyserat efter svår provtagning. Omtaget venöst utan stas: kalium 4,2."),
      ("Åtgärd", "Cykeln ges enligt plan, läkare informerad."),
  ], template="Sjuksköterskeanteckning"),
  must_not=["NL102"], why="'sannolikt' is about a haemolysed sample tube, not a diagnosis")

C("hemat-misstant-myelofibros-typo", "vgr", "1949-10-16", "315",
  N("hemat_udd", "Mattias Grön", "läkare", "2024-05-15 09:40", [
      ("Status", "Mjälten palpabel 6 cm under arcus. Ultraljud: splenomegali 18 cm."),
      ("Lab", "Tårdroppsceller och leukoerytroblastisk bild i utstryk, Hb 101."),
      ("Bedömning", "Misstänt myelofibros, benmärgsbiopsi bokad."),
  ]),
  must=["NL102"], why="typo 'Misstänt' on myelofibrosis")

C("hemat-myelom-ska-inte-informeras-fore-besoket", "skane", "1948-02-26", "359",
  N("hemat_lund", "Lovisa Kjellberg", "läkare", "2024-05-17 14:30", [
      ("Undersökningar", "Benmärg: 35 % klonala plasmaceller. M-komponent IgA 42 g/L, kalcium 2,9."),
      ("Bedömning", "Multipelt myelom."),
      ("Planering", "Enligt överenskommelse med ansvarig hematolog ska patienten inte informeras förrän vid besöket den 22/5, då kontaktsjuksköterska och anhörig är med."),
  ]),
  must=["NL101"], must_not=["NL102"], why="settled myeloma with 'ska inte informeras förrän' (must not be told yet)")

C("hemat-informerad-om-misstankt-lymfom-barnen-vet-inte", "vgr", "1967-09-03", "220",
  N("hemat_sahl", "Sara Björk", "läkare", "2024-06-19 15:40", [
      ("Undersökningar", "PET-DT: upptag i körtlar på båda sidor om diafragma, största 4 cm i vä axill."),
      ("Bedömning", "Misstänkt diffust storcelligt B-cellslymfom, körtelexstirpation bokad."),
      ("Information", "Pat informerad om lymfommisstanken och om utredningsplanen. Hon önskar att barnen inte informeras förrän diagnosen är klar."),
  ]),
  must=["NL102"], must_not=["NL101"], why="relatives not informed while the patient was; the hedge itself still fires")

# ---------------------------------------------------------------- neurologi
C("neuro-als-lang-ej-informerad", "skane", "1966-03-09", "337",
  N("neuro_lund", "Hans Ohlsson", "läkare", "2024-09-30 14:15", [
      ("Anamnes", "58-årig högerhänt man, snickare. Sedan ett halvår tilltagande svaghet i hö hand, tappar verktyg och har svårt att knäppa knappar. Senaste två månaderna muskelryckningar i armar och bröst som frun sett när han vilar. Talet upplevs lite sluddrigt på kvällarna. Inga känselstörningar, ingen smärta, inga blåsbesvär. Viktnedgång 4 kg. Ingen känd neuromuskulär sjukdom i släkten, far dog av hjärtinfarkt."),
      ("Status", "Vaken, adekvat. Lätt dysartri. Tungan med fascikulationer och lätt atrofi i kanterna. Atrofi av interosseus dorsalis I och tenar hö. Utbredda fascikulationer i hö överarm och bröstmuskulatur. Kraft: fingerextension och -abduktion hö 3/5, vä 4+/5. Livliga reflexer i alla fyra extremiteter, Babinski positiv hö, stegrad käkreflex. Sensibilitet u.a."),
      ("Neurofysiologi", "EMG: denerveringsaktivitet med fibrillationer och positiva skarpa vågor i tre regioner (bulbär, cervikal, torakal) samt kroniska neurogena förändringar. Neurografi: normala sensoriska svar, inga ledningsblock."),
      ("Lab", "CK 410. B12, TSH, elektrofores och kalcium normala. Anti-GM1 negativt."),
      ("Tidigare sjukdomar", "Hypertoni sedan 10 år, välbehandlad. Opererad för ljumskbråck 2015. Ingen diabetes och ingen känd halsryggssjukdom utöver lätt stelhet efter arbetsåren."),
      ("Läkemedel", "Amlodipin 5 mg x 1, Alvedon vid behov."),
      ("Socialt", "Gift, två vuxna döttrar som bor i Lund. Driver egen snickerifirma med en anställd och har inte klarat finsnickeriet sedan i vintras. Kör fortfarande bil och går promenader dagligen."),
      ("Funktion", "Klarar på- och avklädning men behöver hjälp med knappar. Äter själv och sväljer utan hosta. Går obehindrat, inga fall."),
      ("Bedömning", "Kombination av övre och nedre motorneuronpåverkan i flera regioner med typiska EMG-fynd: sannolik ALS (amyotrofisk lateralskleros) enligt Gold Coast-kriterierna. Multifokal motorisk neuropati och cervikal myelopati är osannolika men MR halsrygg ska ändå göras."),
      ("Planering", "MR halsrygg och hjärna. Spirometri med VC liggande och sittande. Kontakt med ALS-teamet (kurator, dietist, logoped, arbetsterapeut). Genetisk analys diskuteras vid nästa besök."),
      ("Information", "Pat är inte informerad om ALS-misstanken. Han har fått veta att det är nerverna som styr musklerna som påverkas och att fler undersökningar behövs. Beskedet ges vid återbesök om 2 veckor när MR är klar, då frun och ALS-sjuksköterskan kan delta."),
  ], signed=100),
  must=["NL101", "NL102"], why="long note: 'sannolik ALS' by named criteria, Information says not yet told")

C("neuro-trolig-parkinson-dd-msa", "vgr", "1952-10-22", "375",
  N("neuro_sahl", "Ingrid Fors", "läkare", "2024-02-08 10:10", [
      ("Anamnes", "Vilotremor i hö hand sedan 2 år, långsammare rörelser. Yrsel när han reser sig och urininkontinens sedan ett år."),
      ("Status", "Bradykinesi och rigiditet hö mer än vä. Ortostatiskt BT-fall 35 mmHg."),
      ("Bedömning", "Trolig Parkinsons sjukdom, DD multipel systematrofi (MSA)."),
      ("Planering", "DaTscan och autonom testning. Levodopa provas."),
  ], signed=None),
  must=["NL102"], why="eponymous disease hedged with 'Trolig' plus an acronym DD")

C("neuro-myastenia-gravis-fragetecken-isbitstest", "skane", "1977-05-16", "256",
  N("neuro_hbg", "Kristina Malm", "läkare", "2024-03-25 11:45", [
      ("Aktuellt", "Hängande ögonlock som förvärras under dagen, dubbelseende vid bilkörning på kvällen."),
      ("Status", "Uttröttbar ptos vid uppåtblick, isbitstest positivt. Normal kraft i extremiteterna."),
      ("Bedömning", "Myastenia gravis? AChR-antikroppar skickade, neurografi med repetitiv stimulering."),
      ("Information", "Pat informerad om att vi utreder myasteni och om körförbud tills vidare."),
  ]),
  must=["NL102"], must_not=["NL101"], why="Latin diagnosis with '?', patient told about the work-up")

C("neuro-sannolik-narkolepsi-typ-1", "skane", "1994-07-08", "440",
  N("neuro_lund", "Åsa Hallberg", "läkare", "2024-05-29 13:25", [
      ("Aktuellt", "Dagtrötthet sedan tonåren, somnar i möten, knäna viker sig när hon skrattar."),
      ("Undersökningar", "MSLT: medellatens 3 min, 3 SOREMP."),
      ("Bedömning", "Sannolik narkolepsi typ 1 (med kataplexi)."),
      ("Planering", "Hypokretin i likvor diskuteras vid nästa besök."),
  ]),
  must=["NL102"], why="'Sannolik' on a typed sleep disorder")

C("neuro-misstankt-epilepsi-fokal-start", "skane", "1986-01-20", "217",
  N("neuro_hbg", "Kristina Malm", "läkare", "2024-07-24 10:30", [
      ("Aktuellt", "Första anfallet: tungbett, urinavgång och förvirrad 20 min efteråt."),
      ("Undersökningar", "EEG: vänstersidig temporal spikaktivitet. MR hjärna u.a."),
      ("Bedömning", "Misstänkt epilepsi med fokal start och bilateral spridning."),
      ("Åtgärd", "Körförbud 6 mån enligt Transportstyrelsens föreskrifter, informerat. Lamotrigin diskuterat."),
  ]),
  must=["NL102"], why="'Misstänkt' on epilepsy described by ILAE seizure terms")

C("neuro-tia-fragetecken-dd-migranaura", "skane", "1960-11-03", "376",
  N("stroke_lund", "Hans Ohlsson", "läkare", "2024-02-29 08:50", [
      ("Aktuellt", "Övergående talsvårigheter och domning i hö hand i 15 min, helt återställd."),
      ("Undersökningar", "DT och DT-angiografi u.a. ABCD2 4 poäng."),
      ("Bedömning", "TIA? DD migränaura, pat har migrän sedan tonåren."),
      ("Åtgärd", "Trombyl och statin, ultraljud halskärl och långtids-EKG."),
  ], setting="slutenvård"),
  must=["NL102"], why="acronym TIA with '?' and a DD")

C("neuro-ingen-misstanke-om-ms-b12-brist", "vgr", "1987-08-10", "462",
  N("neuro_sahl", "Ingrid Fors", "läkare", "2024-10-09 14:10", [
      ("Aktuellt", "Stickningar i fötterna i 2 mån."),
      ("Undersökningar", "MR hjärna och halsrygg utan vitsubstansförändringar. B12 140 pmol/L."),
      ("Bedömning", "Ingen misstanke om MS. B12-brist förklarar symtomen."),
      ("Planering", "Behandling med B12 startas via vårdcentralen, avslutas hos oss."),
  ]),
  must_not=["NL102"], why="'Ingen misstanke om MS' negated; B12 deficiency confirmed")

C("neuro-ms-mcdonald-meddelad-med-ms-ssk", "skane", "1991-04-02", "226",
  N("neuro_lund", "Åsa Hallberg", "läkare", "2024-06-10 15:30", [
      ("Undersökningar", "MR visar nya gadoliniumladdande lesioner periventrikulärt och juxtakortikalt."),
      ("Bedömning", "Kriterierna för skovvis förlöpande MS enligt McDonald 2017 är uppfyllda."),
      ("Information", "Diagnosen meddelad pat idag tillsammans med MS-sjuksköterskan, sambon närvarande. Behandling med rituximab diskuterad."),
  ]),
  must_not=["NL102", "NL101"], why="criteria-met MS told to the patient with the MS nurse")

C("neuro-trigeminusneuralgi-tic-douloureux", "vgr", "1959-09-14", "304",
  N("neuro_skovde", "Petter Blom", "läkare", "2024-11-05 11:20", [
      ("Aktuellt", "Blixtrande ansiktssmärta hö V2-V3, utlöses av tandborstning och kall vind. Tandläkare har inte hittat orsak."),
      ("Bedömning", "Trigeminusneuralgi (tic douloureux), sannolikt klassisk."),
      ("Planering", "MR med CISS-sekvens avseende kärlkompression. Karbamazepin med upptitrering."),
  ]),
  must=["NL102"], why="French eponym-like synonym; subtype hedged with 'sannolikt'")

C("neuro-cjd-kan-ej-uteslutas-anhoriga-informerade", "skane", "1950-08-25", "141",
  N("neuro_lund", "Hans Ohlsson", "läkare", "2024-12-04 16:45", [
      ("Aktuellt", "Snabbt progredierande demens på 3 mån, myoklonier och ataxi."),
      ("Undersökningar", "EEG med periodiska trifasiska komplex. MR med kortikal diffusionsrestriktion."),
      ("Bedömning", "Creutzfeldt-Jakobs sjukdom (CJD) kan ej uteslutas, RT-QuIC i likvor skickat."),
      ("Information", "Anhöriga har informerats om utredningen och om vårdhygieniska rutiner."),
  ], setting="slutenvård"),
  must=["NL102"], must_not=["NL101"], why="eponymous prion disease hedged; relatives informed, nothing says the patient is not")

C("neuro-far-huntington-pat-symtomfri", "vgr", "1991-11-05", "333",
  N("neuro_sahl", "Mohammed Saleh", "läkare", "2024-01-22 13:00", [
      ("Hereditet", "Far har Huntingtons sjukdom, genetiskt bekräftad."),
      ("Aktuellt", "32-årig man som söker för rådgivning inför ev. prediktiv testning. Inga motoriska eller psykiska symtom."),
      ("Status", "Neurologstatus u.a., inga ofrivilliga rörelser."),
      ("Planering", "Remiss till klinisk genetik för genetisk vägledning."),
  ]),
  must_not=["NL102"], why="family history of a confirmed disease; 'ev.' refers to a test")

C("neuro-glioblastom-inger-misstanke-ej-underrattad", "vgr", "1961-05-11", "395",
  N("neuro_skovde_avd", "Petter Blom", "läkare", "2024-03-11 17:20", [
      ("Undersökningar", "MR hjärna: 4 cm ringladdande process vä temporallob med omgivande ödem."),
      ("Bedömning", "Bilden inger misstanke om glioblastom, DD metastas."),
      ("Information", "Pat ännu ej underrättad om tumörmisstanken, han vet att MR visade en förändring. Besked tillsammans med hustrun imorgon, remiss neurokirurgen."),
  ], setting="slutenvård"),
  must=["NL101", "NL102"], why="'inger misstanke om' plus 'ej underrättad'")

C("neuro-huntington-pat-ej-infomerad-typo", "skane", "1973-10-19", "252",
  N("neuro_hbg", "Kristina Malm", "läkare", "2024-08-28 14:40", [
      ("Aktuellt", "Ofrivilliga ryckiga rörelser och ökad irritabilitet senaste året enligt maken. Adopterad, okänd hereditet."),
      ("Status", "Choreatiska rörelser i ansikte och händer, sackadavvikelser."),
      ("Bedömning", "Misstänkt Huntingtons sjukdom."),
      ("Planering", "Pat ej infomerad om misstanken, hon ska först träffa genetisk vägledare. Gentest efter samtycke."),
  ]),
  must=["NL101", "NL102"], why="typo 'infomerad' in the not-informed statement about a hedged eponymous disease")

C("neuro-informerad-via-tolk-om-misstankt-sarkoidos", "vgr", "1978-07-27", "351",
  N("neuro_sahl", "Mohammed Saleh", "läkare", "2024-05-20 10:45", [
      ("Aktuellt", "Dubbelseende och huvudvärk. Lungröntgen med bilateral hilusförstoring."),
      ("Bedömning", "Möjlig neurosarkoidos, ACE och biopsi via lungkliniken."),
      ("Information", "Pat informerad via tolk på arabiska om att det kan röra sig om sarkoidos men att det är osäkert."),
  ]),
  must=["NL102"], must_not=["NL101"], why="'Möjlig' diagnosis that the patient was told about through an interpreter")

# ---------------------------------------------------------------- pediatrik
C("barn-kawasaki-lang-inskrivning", "vgr", "2020-11-02", "171",
  N("dsbus_avd", "Lisa Carlberg", "läkare", "2024-03-15 16:20", [
      ("Kontaktorsak", "3-årig pojke inlagd via barnakuten med feber i 6 dagar trots antibiotika."),
      ("Anamnes", "Tidigare frisk, vaccinerad enligt programmet. Insjuknade med hög feber 39-40 för 6 dagar sedan. Vårdcentralen gav Kåvepenin utan effekt. Föräldrarna har sett röda ögon sedan dag 3, spruckna läppar och utslag på magen. Senaste dygnet svullna händer och fötter, han vill inte gå. Äter dåligt men dricker. Inga kräkningar, lös avföring x 2. Storasyster förkyld."),
      ("Status", "Irritabel, temp 39,6, puls 160, saturation 98 %. Bilateral icke-purulent konjunktivit med sparade limbus. Röda, torra, spruckna läppar och smultrontunga. Polymorft makulopapulöst exantem på bål och i ljumskar. Ödem på hand- och fotryggar, rodnade handflator. En 2 cm oöm lymfkörtel på vä halssida. Hjärta: takykardi, inget blåsljud. Buk mjuk, lever 2 cm under arcus."),
      ("Lab", "CRP 168, SR 84, LPK 17,8 med neutrofili, TPK 520, albumin 28, ALAT 1,8. Urin: steril pyuri. Streptokock-snabbtest negativt, blododling tagen."),
      ("Tillväxt och utveckling", "Följer sin längdkurva på +1 SD, vikt 15,2 kg. Normal motorisk och språklig utveckling enligt BVC. Går på förskola heltid."),
      ("Socialt", "Bor med båda föräldrarna och storasyster 6 år i lägenhet i Göteborg. Inga husdjur, ingen utlandsresa senaste året."),
      ("Omvårdnad", "Två perifera infarter satta med EMLA. Pojken sover mycket och vill helst ligga i mammas famn. Vätskelista förs."),
      ("Smittskydd", "Ingen isolering behövs, storasyster får besöka. Vårdhygienisk bedömning klar. Föräldrarna turas om att sova över på avdelningen och har fått matkuponger."),
      ("Bedömning", "Fyra av fem huvudkriterier plus feber mer än 5 dagar: Kawasakis sjukdom, sannolikt komplett form. Scarlatina, adenovirus och MIS-C är mindre troliga men SARS-CoV-2-serologi tas."),
      ("Åtgärd", "Ekokardiografi idag: normala koronarkärl, z-score under 2, ingen perikardvätska. Intravenöst immunglobulin 2 g/kg under 12 timmar startat kl 15. Acetylsalicylsyra i antiinflammatorisk dos. Vitalparametrar varje timme under infusionen."),
      ("Planering", "Ny eko om 2 veckor och om 6 veckor. Levande vacciner skjuts upp 11 månader efter IVIG."),
      ("Information", "Föräldrarna informerade av undertecknad om misstanken och om behandlingen, frågor besvarade."),
  ], setting="slutenvård", template="Inskrivningsanteckning", signed=130),
  must=["NL102"], must_not=["NL101"], why="long paediatric admission: eponym with 'sannolikt', DD list; guardians informed")

C("barn-trol-henoch-schonlein-iga-vaskulit", "skane", "2016-10-21", "204",
  N("barn_hbg", "Johanna Ek", "läkare", "2024-02-22 13:10", [
      ("Aktuellt", "7-årig flicka med prickigt utslag på ben och skinkor, ont i fotlederna och magen."),
      ("Status", "Palpabla purpura på underben och nates, svullna fotleder bilat."),
      ("Lab", "Urin: blod 2+, protein spår. TPK normalt."),
      ("Bedömning", "Trol. Henoch-Schönleins purpura (IgA-vaskulit)."),
      ("Planering", "Urinkontroll varje vecka i 6 mån, BT vid varje kontroll."),
  ]),
  must=["NL102"], why="double eponym with current name in brackets, hedged")

C("barn-celiaki-fragetecken-ttg", "vgr", "2017-12-14", "153",
  N("barn_boras", "Oskar Lindh", "läkare", "2024-04-03 10:20", [
      ("Aktuellt", "6-årig pojke med avplanande längdkurva och lös avföring sedan ett år."),
      ("Lab", "tTG-IgA 86 (mer än 10 gånger övre referens), totalt IgA normalt."),
      ("Bedömning", "Celiaki? EMA taget, diagnos utan biopsi om positivt."),
      ("Planering", "Fortsatt glutenhaltig kost tills svar finns."),
  ]),
  must=["NL102"], why="question mark after celiac disease in a child")

C("barn-mb-perthes-kan-ej-uteslutas", "skane", "2017-09-04", "379",
  N("barnmed_kstad", "Karin Wahlberg", "läkare", "2024-05-13 09:45", [
      ("Aktuellt", "6-årig pojke som haltar sedan 3 v och har ont i hö knä."),
      ("Status", "Inskränkt inåtrotation och abduktion i hö höft, knät u.a."),
      ("Undersökningar", "Röntgen höfter: lätt uppklarning i hö caput femoris."),
      ("Bedömning", "Mb Perthes kan ej uteslutas."),
      ("Planering", "MR höfter, avlastning, remiss barnortopeden."),
  ]),
  must=["NL102"], why="eponym 'Mb Perthes' with 'kan ej uteslutas'; knee pain as referred symptom")

C("barn-invaginaton-typo", "vgr", "2023-03-25", "180",
  N("barnakut_dsbus", "Lisa Carlberg", "läkare", "2024-03-02 02:35", [
      ("Aktuellt", "11 mån gammal flicka med periodvisa skrikattacker där hon drar upp benen, blek mellan attackerna. Hallonliknande avföring x 1."),
      ("Status", "Palpabel korvformad resistens i hö övre kvadranten."),
      ("Bedömning", "Invaginaton? Ultraljud buk akut, barnkirurg kontaktad."),
  ], setting="akut", template="Akutanteckning"),
  must=["NL102"], why="typo 'Invaginaton' with a question mark in an infant")

C("barn-misstankt-typ-1-diabetes-foraldrar-informerade", "vgr", "2014-12-16", "246",
  N("dsbus", "Oskar Lindh", "läkare", "2024-08-19 11:15", [
      ("Aktuellt", "9-årig flicka som är törstig, kissar på natten och har gått ner 3 kg."),
      ("Lab", "P-glukos 23, ketoner 2,8, pH 7,36."),
      ("Bedömning", "Misstänkt typ 1-diabetes utan acidos."),
      ("Information", "Föräldrarna informerade om misstanken och om inläggning för insulinstart idag."),
  ]),
  must=["NL102"], must_not=["NL101"], why="hedged diabetes in a 9-year-old, guardians informed")

C("barn-feberkramp-ingen-misstanke-om-meningit", "skane", "2022-09-30", "193",
  N("barnakut_lund", "Jakob Mäkinen", "läkare", "2024-04-06 21:05", [
      ("Aktuellt", "18 mån gammal pojke med generaliserad kramp 3 min vid feber 39,8. Vaken och alert efter 30 min."),
      ("Status", "Inga meningitecken, fontanell sluten, trumhinnor röda bilat."),
      ("Bedömning", "Ingen misstanke om meningit, LP ej indicerad. Enkel feberkramp och akut mediaotit bilat."),
      ("Information", "Föräldrarna har fått information om feberkramper och febernedsättande råd."),
  ], setting="akut"),
  must_not=["NL102", "NL101"], why="meningitis negated; febrile seizure confirmed and explained")

C("barn-trol-falsk-krupp", "vgr", "2022-01-27", "219",
  N("barnakut_dsbus", "Malin Ström", "läkare", "2024-11-18 01:50", [
      ("Aktuellt", "2-åring med skällande hosta och pipande andning nattetid, lätt feber."),
      ("Status", "Inspiratorisk stridor i vila, lätta indragningar, saturation 96 %."),
      ("Bedömning", "Trol. falsk krupp."),
      ("Åtgärd", "Betapred 0,4 mg/kg och inhalation adrenalin, observation 2 tim."),
  ], setting="akut", template="Akutanteckning"),
  must=["NL102"], why="lay name 'falsk krupp' hedged with 'Trol.'")

C("barn-telefon-troligen-vattkoppor", "skane", "2020-03-11", "262",
  N("barnakut_lund", "Elsa Norberg", "sjuksköterska", "2024-05-03 19:25", [
      ("Kontaktorsak", "Mamma ringer om 4-åring med kliande blåsor på bålen och i hårbotten, lätt feber. Storasyster hade vattkoppor för 2 v sedan."),
      ("Bedömning", "Troligen vattkoppor."),
      ("Råd", "Kylande lotion, paracetamol men inte ibuprofen. Söka vård vid hög feber, rodnad kring blåsorna eller om barnet blir slött."),
  ], template="Telefonrådgivning"),
  must=["NL102"], why="nurse phone advice: lay name 'vattkoppor' hedged with 'Troligen'")

C("barn-16-ar-anorexia-nervosa-trol", "vgr", "2008-05-22", "340",
  N("barn_boras", "Karin Hedman", "läkare", "2024-10-14 14:25", [
      ("Aktuellt", "16-årig flicka, viktnedgång 9 kg på 4 mån, utebliven mens, tränar 2 timmar per dag."),
      ("Status", "BMI 15,8, puls 44, kalla händer, lanugohår på armarna."),
      ("Bedömning", "Ätstörning kan ej uteslutas, trol. anorexia nervosa."),
      ("Planering", "Remiss BUP ätstörningsteam, EKG och elektrolyter."),
  ]),
  must=["NL102"], why="16-year-old patient reads the journal: Latin diagnosis hedged twice")

C("barn-hodgkin-17-ar-foraldrar-informerade-inte-pat", "skane", "2006-11-05", "335",
  N("barnmed_kstad", "Karin Wahlberg", "läkare", "2024-01-11 15:55", [
      ("Aktuellt", "17-årig pojke med förstorade körtlar på halsen sedan 2 mån, nattsvettningar och klåda."),
      ("Undersökningar", "Lungröntgen: mediastinal breddökning."),
      ("Bedömning", "Misstänkt Hodgkins lymfom. Körtelbiopsi bokad."),
      ("Information", "Föräldrarna informerade per telefon. Patienten själv har ännu inte fått höra om lymfommisstanken, föräldrarna vill vara med när han får beskedet imorgon."),
  ]),
  must=["NL101", "NL102"], why="17-year-old reads his own journal; parents told but the patient not")

C("barn-gastroenterit-ev-inlaggning", "skane", "2021-04-23", "155",
  N("barnakut_lund", "Jakob Mäkinen", "läkare", "2024-10-20 12:30", [
      ("Aktuellt", "3-åring med kräkningar och diarré sedan igår."),
      ("Status", "Lätt uttorkad, fuktiga slemhinnor, kapillär återfyllnad 2 s."),
      ("Bedömning", "Gastroenterit."),
      ("Åtgärd", "Vätskeprovning med Resorb, drack 200 ml. Ev. inläggning om han inte klarar vätskeintaget, omvärdering kl 16."),
  ], setting="akut"),
  must_not=["NL102"], why="'Ev.' concerns admission, the gastroenteritis is stated plainly")

# ---------------------------------------------------------------- arbets- och miljömedicin
C("amm-isocyanatastma-lang", "skane", "1982-02-15", "397",
  N("amm_lund", "Lars-Göran Bengtsson", "läkare", "2024-04-24 13:00", [
      ("Remiss", "Remiss från företagshälsovården: astmasymtom på arbetet hos billackerare."),
      ("Yrkesanamnes", "42-årig man, billackerare sedan 18 år, de senaste 6 åren på en bilverkstad i Malmö. Sprutlackerar med 2-komponentslack som innehåller isocyanater (HDI) i sprutbox, 3-4 timmar per dag. Använder friskluftsmask vid sprutning men inte vid blandning och slipning. Ventilationen i blandningsrummet beskrivs som dålig. Tidigare arbete som lagerarbetare."),
      ("Anamnes", "Sedan ett år torrhosta, pip i bröstet och andfåddhet, värst på kvällarna efter arbetsdagar. Bättre under semestern i juli och under sjukskrivning för en fotledsfraktur. Ingen astma eller allergi i barndomen. Rökte 10 cigaretter per dag, slutade för 5 år sedan. Har fått Bricanyl av vårdcentralen med god effekt."),
      ("Status", "Gott AT, saturation 98 %. Lungor: enstaka ronki vid forcerad utandning, i övrigt u.a. Nässlemhinnan lätt svullen."),
      ("Läkemedel", "Bricanyl Turbuhaler vid behov, används 4-5 gånger i veckan, oftast på kvällen efter arbetet. Inga andra läkemedel."),
      ("Socialt", "Gift, tre barn i skolåldern, inga husdjur. Bor i radhus i Staffanstorp utan kända fuktskador. Fritidsintresse fiske, lackerar inte hemma."),
      ("Exponeringsbedömning", "Enligt säkerhetsdatablad innehåller härdaren hexametylendiisocyanat-oligomerer. Arbetsgivaren har inte gjort luftmätningar de senaste fem åren."),
      ("Försäkringsmedicin", "Sjukskrivning bedöms inte nödvändig om exponeringen minskas. Pat vill fortsätta i yrket och är informerad om att symtomen kan förvärras vid fortsatt exponering."),
      ("Undersökningar", "Spirometri: FEV1 3,2 L (84 % av förväntat), FEV1/FVC 0,68. Reversibilitet efter salbutamol 14 % och 450 ml. FeNO 52 ppb. PEF-kurva 4 veckor: tydligt lägre värden arbetsdagar med återhämtning under helger, OASYS-score 3,4. Pricktest mot vanliga luftburna allergen negativt."),
      ("Bedömning", "Astma med reversibel obstruktion. Arbetsrelaterat mönster i PEF och exponering för isocyanater gör isocyanatutlöst yrkesastma mycket sannolik, DD irritantutlöst astma. Specifik bronkprovokation bedöms inte nödvändig för arbetsskadeanmälan."),
      ("Åtgärd", "Symbicort 2 x 2 insatt. Skriftliga råd om att inte vistas i blandningsrummet utan andningsskydd. Kontakt med arbetsgivaren och företagshälsovården om exponeringsminskning, med pat samtycke."),
      ("Planering", "Arbetsskadeanmälan till Försäkringskassan upprättas. Ny spirometri och FeNO om 3 månader. Vid fortsatt exponering utan förbättring diskuteras omplacering."),
  ], signed=85),
  must=["NL102"], why="long occupational note: 'mycket sannolik' isocyanate asthma with a DD")

C("amm-trolig-kontaktallergi-epoxi", "vgr", "1979-11-08", "219",
  N("amm_gbg", "Maria Albin", "läkare", "2024-03-28 10:40", [
      ("Yrkesanamnes", "Golvläggare sedan 12 år, arbetar med epoxiprodukter dagligen, handskar av latex."),
      ("Aktuellt", "Handeksem sedan 6 mån, bättre under semestern."),
      ("Bedömning", "Trolig kontaktallergi mot epoxi."),
      ("Planering", "Lapptest med epoxiserie bokas. Råd om nitrilhandskar."),
  ], signed=None),
  must=["NL102"], why="'Trolig' on an occupational contact allergy")

C("amm-havs-vibrationsskada-fragetecken", "skane", "1967-06-29", "311",
  N("amm_lund", "Lars-Göran Bengtsson", "läkare", "2024-10-30 14:05", [
      ("Yrkesanamnes", "Arbetat 20 år med bergborr och slipmaskin i gruv- och tunnelarbete."),
      ("Aktuellt", "Vita fingrar i kyla sedan 3 år, domningar nattetid."),
      ("Bedömning", "Vibrationsskada (HAVS) med vasospastisk och neurosensorisk komponent?"),
      ("Planering", "Kyltest och kvantitativ sensorisk testning."),
  ]),
  must=["NL102"], why="English acronym HAVS with a question mark ending a long diagnosis")

C("amm-pleuramesoteliom-ej-informerad-varvsarbetare", "vgr", "1949-04-30", "155",
  N("amm_gbg", "Anders Krook", "läkare", "2024-07-25 15:15", [
      ("Yrkesanamnes", "Tidigare plåtslagare på Arendalsvarvet, asbestexponerad 1966-1984."),
      ("Undersökningar", "DT: pleuraförtjockning och pleuravätska hö."),
      ("Bedömning", "Misstänkt malignt pleuramesoteliom."),
      ("Information", "Patienten har inte informerats om misstanken ännu, lungkliniken tar över utredningen och informerar efter torakoskopin. Arbetsskadeanmälan förbereds."),
  ]),
  must=["NL101", "NL102"], why="asbestos-related cancer hedged, 'har inte informerats om misstanken'")

C("amm-ingen-hallpunkt-for-arbetsrelaterad-allergi", "skane", "1988-09-16", "273",
  N("amm_lund", "Sara Tunér", "läkare", "2024-02-15 09:30", [
      ("Yrkesanamnes", "Bagare sedan 8 år, nästäppa och nysningar på arbetet."),
      ("Undersökningar", "Pricktest mot mjöl, alfa-amylas och kvalster negativt. Specifikt IgE negativt."),
      ("Bedömning", "Ingen hållpunkt för arbetsrelaterad allergi. Irritativ rinit av mjöldamm."),
      ("Åtgärd", "Råd om punktutsug och mask vid degblandning."),
  ]),
  must_not=["NL102"], why="'Ingen hållpunkt för' negates occupational allergy")

C("amm-arbetskamrater-troligen-astma-pat-frisk", "vgr", "1975-12-12", "257",
  N("amm_gbg", "Anders Krook", "läkare", "2024-09-11 13:50", [
      ("Yrkesanamnes", "Lackerare vid en lastbilsfabrik. Enligt pat har två arbetskamrater vid samma lackeringslinje troligen också fått astma, arbetsgivaren utreder."),
      ("Undersökningar", "Spirometri och reversibilitetstest normala. PEF-kurva utan arbetsrelaterad variation."),
      ("Bedömning", "Ingen astma hos pat."),
  ]),
  must_not=["NL102"], why="the hedged asthma belongs to coworkers; the patient is cleared")

C("amm-arbetsgivaren-ej-informerad-pat-informerad", "skane", "1984-05-26", "222",
  N("amm_lund", "Sara Tunér", "läkare", "2024-11-07 10:25", [
      ("Bedömning", "Allergiskt kontakteksem orsakat av metylisotiazolinon i målarfärg, bekräftat med lapptest."),
      ("Information", "Pat informerad om diagnosen och om vad hon ska undvika. Arbetsgivaren är inte informerad än, pat vill själv prata med chefen först."),
      ("Åtgärd", "Arbetsskadeanmälan gjord tillsammans med pat."),
  ]),
  must_not=["NL101", "NL102"], why="a third party (employer) not informed while the patient was")

# ---------------------------------------------------------------- käkkirurgi
C("kak-misstankt-mronj-bisfosfonat", "skane", "1955-08-14", "248",
  N("kak_malmo", "Viktoria Engström", "tandläkare", "2024-03-20 10:50", [
      ("Aktuellt", "Blottat ben i mandibeln regio 46-47 sedan extraktion för 10 v sedan. Zoledronsyra iv sedan 3 år pga skelettmetastaser från bröstcancer."),
      ("Status", "Exponerat nekrotiskt ben 8 x 5 mm, lätt pusflöde, rodnad slemhinna."),
      ("Bedömning", "Misstänkt MRONJ (läkemedelsrelaterad osteonekros i käken), stadium 2."),
      ("Åtgärd", "Klorhexidinsköljning, PcV 10 dagar, OPG. Kontakt med onkologen om fortsatt zoledronsyra."),
  ], signed=None),
  must=["NL102"], why="oral surgeon: acronym MRONJ with expansion, hedged")

C("kak-amelobastom-kan-ej-uteslutas-typo", "skane", "1971-03-22", "391",
  N("kak_malmo", "Viktoria Engström", "tandläkare", "2024-08-01 09:15", [
      ("Undersökningar", "CBCT: expansiv såpbubbleliknande uppklarning i mandibeln hö med rotresorption 46-47."),
      ("Bedömning", "Amelobastom kan ej uteslutas."),
      ("Planering", "Incisionsbiopsi bokas."),
  ]),
  must=["NL102"], why="typo 'Amelobastom' with 'kan ej uteslutas'")

C("kak-kakledsdysfunktion-trol-diskforskjutning", "vgr", "1998-06-17", "248",
  N("kak_nu", "Emelie Falk", "tandläkare", "2024-04-12 14:00", [
      ("Aktuellt", "Smärta framför vä öra vid tuggning sedan 2 mån, knäppningen har upphört och hon kan inte gapa stort."),
      ("Status", "Gapförmåga 28 mm med deviation åt vä. Palpationsöm vä käkled."),
      ("Bedömning", "Käkledsdysfunktion, trol. diskförskjutning utan reposition vä."),
      ("Åtgärd", "Bettskena och käkträning, MR käkleder vid utebliven förbättring."),
  ]),
  must=["NL102"], why="confirmed TMD with a hedged disc displacement subtype")

C("kak-skivepitelcancer-gingiva-ej-underrattad", "vgr", "1946-01-08", "171",
  N("kak_sahl", "Niklas Rydén", "tandläkare", "2024-06-10 11:50", [
      ("PAD", "Biopsi gingiva regio 34-36: högt differentierad skivepitelcancer."),
      ("Planering", "Pat ej underrättad, får beskedet vid återbesök torsdag 13/6 hos undertecknad och anhörig får följa med. Anmält till MDK huvud-hals."),
  ], template="Journalanteckning"),
  must=["NL101"], must_not=["NL102"], why="biopsy-proven oral cancer visible, 'ej underrättad'")

C("kak-ev-narkos-retinerade-visdomstander", "vgr", "2001-09-25", "224",
  N("kak_nu", "Emelie Falk", "tandläkare", "2024-02-07 10:10", [
      ("Aktuellt", "Preoperativ bedömning. Retinerade 38 och 48 med upprepade perikoronitepisoder senaste året."),
      ("Planering", "Ev. operation i narkos pga uttalad tandvårdsrädsla, annars lokalbedövning med premedicinering."),
  ]),
  must_not=["NL102"], why="'Ev.' concerns anaesthesia choice, not a diagnosis")

C("kak-trolig-aktinomykos-stralsvamp", "skane", "1963-07-03", "355",
  N("kak_malmo", "Jonas Wiberg", "läkare", "2024-12-12 15:40", [
      ("Aktuellt", "Hård, långsamt växande svullnad under hö käkvinkel sedan 6 v efter tandextraktion, nu fistel med gulaktigt sekret."),
      ("Status", "Brädhård infiltration submandibulärt hö, fistelöppning med svavelkornliknande partiklar."),
      ("Bedömning", "Trolig aktinomykos (strålsvamp)."),
      ("Åtgärd", "Odling med förlängd inkubation, PcV högdos i väntan på svar."),
  ]),
  must=["NL102"], why="Greek-derived diagnosis with its old lay name, hedged")

# ---------------------------------------------------------------- PMO (Skåne primärvård)
C("pmo-vc-misstankt-impetigo-barn", "skane", "2019-03-18", "256",
  N("vc_tornet", "Stina Roos", "läkare", "2024-06-17 10:15", [
      ("Aktuellt", "5-årig flicka med gulaktiga krustor kring näsan sedan 4 dagar, syskon med liknande."),
      ("Bedömning", "Misstänkt impetigo."),
      ("Åtgärd", "Tvätt med tvål och vatten, Fucidin kräm x 3 i 7 dagar. Förskolan efter 1 dygns behandling."),
  ], system="PMO", template="Besöksanteckning"),
  must_not=["NL102"], why="PMO primary care note: hedged diagnosis is never shown, so no NL102")

C("pmo-um-barnmorska-misstankt-klamydia", "skane", "2006-10-07", "426",
  N("um_malmo", "Ylva Hansson", "barnmorska", "2024-04-10 15:30", [
      ("Aktuellt", "Sveda vid miktion och ökad flytning sedan en vecka. Partnern har påvisad klamydia."),
      ("Bedömning", "Misstänkt klamydia."),
      ("Åtgärd", "Klamydia-PCR tagen. Doxycyklin ges direkt efter kontakt med läkare, info om smittspårning."),
  ], system="PMO", template="Besöksanteckning"),
  must_not=["NL102"], why="youth clinic PMO note with a hedged STI: not NL102")

C("pmo-bvc-misstankt-hoftledsinstabilitet", "skane", "2024-01-29", "171",
  N("bvc_linero", "Mats Ahlgren", "läkare", "2024-03-01 09:40", [
      ("Aktuellt", "4-veckorskontroll. Sätesbjudning under graviditeten."),
      ("Status", "Asymmetriska lårveck, inskränkt abduktion vä höft. Ortolanis test ger ett klick vä."),
      ("Bedömning", "Misstänkt höftledsinstabilitet vä (DDH)."),
      ("Åtgärd", "Remiss barnortopeden för ultraljud inom 1 vecka."),
  ], system="PMO", template="BVC läkarbesök"),
  must_not=["NL102"], why="BVC PMO note: hedged DDH in an infant is not NL102")

C("pmo-vc-pmr-fragetecken", "skane", "1950-04-01", "344",
  N("vc_nasby", "Gunilla Strid", "läkare", "2024-09-18 11:05", [
      ("Aktuellt", "Stelhet i skuldror och höfter på morgonen sedan en månad, svårt att kamma håret."),
      ("Lab", "SR 52, CRP 31."),
      ("Bedömning", "PMR? Prednisolon 15 mg, telefonkontroll om 1 v."),
  ], system="PMO", template="Besöksanteckning"),
  must_not=["NL102"], why="PMO: acronym with '?' at the health centre is not shown")

C("pmo-hemsjukvard-trol-rosfeber", "skane", "1936-11-14", "228",
  N("hsv_ystad", "Pia Lindgren", "sjuksköterska", "2024-07-08 13:20", [
      ("Aktuellt", "Hembesök. Rodnad och värme på vä underben sedan igår, temp 38,2."),
      ("Bedömning", "Trol. rosfeber. Jourläkare kontaktad per telefon."),
      ("Åtgärd", "Ordination Kåvepenin 1 g x 3 i 10 dagar, benet högläge, ny kontroll imorgon."),
  ], system="PMO", template="Hembesök", setting="hemsjukvård"),
  must_not=["NL102"], why="home care PMO note: lay 'rosfeber' hedged, not shown")

C("pmo-vc-oroninflammation-fragetecken-barn", "skane", "2021-01-05", "137",
  N("vc_skurup", "Henrik Lind", "läkare", "2024-02-05 16:45", [
      ("Aktuellt", "3-årig pojke med öronvärk natten till idag, feber 38,5."),
      ("Status", "Vä trumhinna röd, oklart om den buktar, hö u.a."),
      ("Bedömning", "Öroninflammation vä? Exspektans med smärtlindring."),
      ("Åtgärd", "Återbesök om 2-3 dagar vid kvarstående besvär."),
  ], system="PMO", template="Besöksanteckning"),
  must_not=["NL102"], why="PMO: lay 'öroninflammation' with '?' is not NL102")

C("pmo-vc-misstankt-prostatacancer-ej-informerad", "skane", "1952-10-12", "153",
  N("vc_nasby", "Gunilla Strid", "läkare", "2024-11-19 14:35", [
      ("Aktuellt", "Kontroll av PSA: 11, var 6 för ett år sedan. Palpation: hård knöl hö lob."),
      ("Bedömning", "Misstänkt prostatacancer i hö lob. Pat ej informerad om misstanken ännu, får besked via urologen."),
      ("Åtgärd", "Remiss urologen enligt SVF."),
  ], system="PMO", template="Besöksanteckning"),
  must_not=["NL102"], why="PMO note: a hedged and untold diagnosis is still never shown; NL101 not asserted on PMO")

# ---------------------------------------------------------------- Tidiga hypoteser
C("th-skane-ftd-mall-plus-synlig-anteckning", "skane", "1958-12-06", "373",
  [N("neuro_hbg", "Kristina Malm", "läkare", "2024-06-13 11:00", [
      ("Hypotes", "Hustrun beskriver hämningslöshet, apati och nya matvanor. Misstänkt beteendevariant av frontotemporal demens (bvFTD). Pat ej informerad om misstanken, hustrun vill inte att han ska veta att hon berättat."),
   ], template="Tidiga hypoteser"),
   N("neuro_hbg", "Kristina Malm", "läkare", "2024-06-13 11:20", [
      ("Aktuellt", "Kognitiv utredning påbörjad. Pat själv upplever inga minnesproblem."),
      ("Planering", "MR hjärna, lumbalpunktion och neuropsykologisk testning bokas."),
   ], nid="n2")],
  must_not=[("NL102", "n1"), ("NL101", "n1"), ("NL102", "n2"), ("NL101", "n2")],
  why="Skåne Tidiga hypoteser template carries the hedge and the third-party concern; the visible note has neither")

C("th-vgr-sokord-mds-doljs", "vgr", "1947-03-28", "219",
  N("hemat_udd", "Mattias Grön", "läkare", "2024-02-26 10:30", [
      ("Aktuellt", "Kontroll av lätt makrocytär anemi, Hb 112."),
      ("Tidiga hypoteser", "Ringsideroblaster i utstryk, misstänkt MDS med ringsideroblaster."),
      ("Planering", "Benmärgsprov bokat om 2 veckor."),
  ]),
  must_not=["NL102"], why="VGR sökord Tidiga hypoteser holds the only hedged diagnosis")

C("th-vgr-synlig-optikusneurit-ms-i-th", "vgr", "1995-09-21", "282",
  N("ogon_molndal", "Mikael Nyström", "läkare", "2024-07-04 14:45", [
      ("Status", "Visus hö 0,3, relativ afferent pupilldefekt hö, smärta vid ögonrörelser. Papill u.a."),
      ("Bedömning", "Trolig retrobulbär optikusneurit hö."),
      ("Tidiga hypoteser", "Misstänkt debut av MS. Pat ej informerad om MS-misstanken."),
      ("Planering", "MR hjärna och orbita, remiss neurologen."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="visible hedge on optic neuritis fires; MS and the not-informed line sit under the VGR sökord")

C("th-vgr-sokord-artefakt-konjunktivit", "vgr", "1999-05-15", "240",
  N("ogon_nal", "Leila Karimi", "läkare", "2024-10-28 15:10", [
      ("Aktuellt", "Återkommande rött, rinnande vä öga sedan 3 mån, flera antibiotikakurer utan effekt."),
      ("Status", "Injektion nedre fornix vä, epiteldefekter inferiort. Hö öga helt u.a."),
      ("Tidiga hypoteser", "Fynd av vit främmande substans i fornix vid två besök. Misstänkt självtillfogad konjunktivit (artefakt)."),
      ("Åtgärd", "Odling tagen, kloramfenikol utsatt, tårersättning. Åter om 1 v."),
  ]),
  must_not=["NL102"], why="factitious disorder hypothesis kept under the VGR Tidiga hypoteser sökord")

# ---------------------------------------------------------------- NL101 varianter och närmissar
C("nl101-onh-nasofarynx-valt-att-inte-beratta", "vgr", "1969-08-30", "157",
  N("onh_boras", "Gustav Hed", "läkare", "2024-05-24 12:05", [
      ("Status", "Epifarynxskopi: ulcererad exofytisk förändring i vä Rosenmüllers fossa. Vätska i vä mellanöra."),
      ("Bedömning", "Misstänkt nasofarynxcancer, biopsi i narkos bokad."),
      ("Information", "Vi har valt att ännu inte berätta om cancermisstanken för patienten, som är mitt i sin mors begravning. Besked vid besöket efter biopsin."),
  ]),
  must=["NL101", "NL102"], why="'valt att ännu inte berätta' as the not-told wording; eponymous fossa in status")

C("nl101-uro-ska-inte-meddelas-fore-mdk", "skane", "1951-05-07", "315",
  N("uro_malmo", "Hassan Ali", "läkare", "2024-03-22 13:55", [
      ("PAD", "Ureteroskopibiopsi hö njurbäcken: höggradig uroteliell cancer."),
      ("Planering", "Diagnosen ska inte meddelas pat före MDK på tisdag, då behandlingsförslaget kan ges samtidigt. Kontaktsjuksköterska bokar besök onsdag."),
  ], template="Journalanteckning", signed=None),
  must=["NL101"], must_not=["NL102"], why="settled cancer with 'ska inte meddelas pat före', unsigned draft")

C("nl101-nm-lapptest-svar-ej-inkommit", "skane", "1983-03-13", "268",
  N("hud_kstad", "Rasmus Jeppsson", "läkare", "2024-04-26 11:40", [
      ("Aktuellt", "Handeksem, frisörska. Lapptest avläst dag 3 för en vecka sedan, avläsning dag 7 saknas i systemet."),
      ("Planering", "Svaret har inte inkommit och pat är därför inte informerad om resultatet. Ringer pat när svaret finns."),
  ], template="Journalanteckning"),
  must_not=["NL101", "NL102"], why="not informed about a missing result, no diagnosis involved")

C("nl101-nm-benign-biopsi-pat-ej-fatt-svaret", "vgr", "1966-11-21", "426",
  N("gyn_nal", "Ahmed Jamal", "läkare", "2024-07-12 10:00", [
      ("PAD", "Endometriebiopsi: proliferativt endometrium, inga tecken på atypi eller malignitet."),
      ("Planering", "Pat har inte fått svaret ännu, brev skickas idag. Ingen vidare utredning av blödningen."),
  ], template="Journalanteckning"),
  must_not=["NL101", "NL102"], why="untold result is normal; malignancy negated")

C("nl101-nm-parkinson-vill-inte-veta-prognos", "vgr", "1948-02-18", "233",
  N("neuro_skovde", "Anna-Karin Wik", "läkare", "2024-10-01 15:25", [
      ("Bedömning", "Parkinsons sjukdom, DaTscan med nedsatt upptag vä putamen."),
      ("Information", "Pat informerad om diagnosen idag men vill inte veta mer om prognosen just nu, vi tar det vid nästa besök."),
      ("Åtgärd", "Madopark 62,5 mg x 3 med upptrappning."),
  ]),
  must_not=["NL101", "NL102"], why="patient told the diagnosis, only declines prognosis talk")

C("nl101-nm-last-pad-sjalv-i-1177", "skane", "1954-09-02", "282",
  N("hud_lund", "Daniel Forsberg", "läkare", "2024-05-31 14:50", [
      ("Kontaktorsak", "Pat har själv läst PAD-svaret i Journalen på 1177 och ringer."),
      ("Bedömning", "PAD: nodulär basalcellscancer på hö kind, radikalt exciderad. Genomgånget med pat per telefon, som är lugn."),
  ], template="Telefonanteckning"),
  must_not=["NL101", "NL102"], why="patient read the result on 1177 and it was gone through by phone")

C("nl101-nm-ej-informerad-om-mr-datum", "skane", "1970-01-25", "359",
  N("onh_hbg", "Gustav Thelin", "läkare", "2024-11-25 10:35", [
      ("Status", "Audiogram: asymmetrisk sensorineural nedsättning vä, taluppfattning 72 % vä."),
      ("Bedömning", "Misstänkt vestibularisschwannom vä."),
      ("Planering", "MR CP-vinklar beställd. Pat ej informerad om MR-datum, kallelse kommer per post."),
  ]),
  must=["NL102"], must_not=["NL101"], why="'ej informerad' concerns an MRI date, not the hedged diagnosis")

C("nl101-nm-informerades-igar-av-dr", "vgr", "1957-04-11", "395",
  N("uro_sahl", "Anders Rask", "sjuksköterska", "2024-08-21 09:45", [
      ("Aktuellt", "Kontaktsjuksköterska. Pat informerades igår av dr Dahl om diagnosen blåscancer (låggradig papillär uroteliell cancer, pTa)."),
      ("Åtgärd", "Genomgång av planen för BCG-instillationer, skriftlig information lämnad."),
  ], template="Sjuksköterskeanteckning"),
  must_not=["NL101", "NL102"], why="told the day before by the doctor, written in the nurse's note")

C("nl101-nm-hiv-hustrun-ska-inte-informeras", "vgr", "1976-10-16", "375",
  N("inf_ostra", "Karl Enqvist", "läkare", "2024-06-27 11:30", [
      ("Bedömning", "Kronisk HIV-1-infektion, nydiagnostiserad, CD4 520."),
      ("Information", "Pat informerad om diagnosen och om smittskyddslagens förhållningsregler. Han vill inte att hustrun informeras av oss, han berättar själv inom en vecka."),
      ("Åtgärd", "Biktarvy startas, kurator bokad."),
  ]),
  must_not=["NL101", "NL102"], why="spouse not informed by staff while the patient was told")



# ---------------------------------------------------------------- fler yrkesgrupper
C("onh-fysioterapeut-trol-bppv-horisontell-bagang", "vgr", "1963-02-19", "246",
  N("onh_sahl", "Tove Lindgren", "fysioterapeut", "2024-04-22 13:30", [
      ("Aktuellt", "Remiss för vestibulär rehabilitering. Lägesyrsel vid vändning i sängen sedan 10 dagar."),
      ("Status", "Supine roll test: horisontell geotrop nystagmus, mer uttalad i hö sidoläge. Dix-Hallpike utan torsionell komponent."),
      ("Bedömning", "Trol. BPPV i hö horisontella båggången."),
      ("Åtgärd", "Barbecue-manöver enligt Lempert utförd. Pat instruerad att sova på vä sida de första nätterna, nytt besök om en vecka."),
  ], template="Fysioterapeutanteckning"),
  must=["NL102"], why="physiotherapist hedges a BPPV variant, eponymous manoeuvre in the plan")

C("barn-dietist-misstankt-komjolksproteinallergi", "skane", "2023-10-26", "288",
  N("barn_hbg", "Nora Sjöstrand", "dietist", "2024-03-28 10:45", [
      ("Kontaktorsak", "Remiss från barnläkare: misstänkt komjölksproteinallergi hos 5 mån gammal flicka med eksem och blodtillblandad avföring."),
      ("Nutrition", "Delvis ammad, får därutöver 3 x 150 ml vanlig modersmjölksersättning. Viktkurvan följer -1 SD."),
      ("Åtgärd", "Ersättningen byts till extensivt hydrolyserad formula. Mamma går igenom mjölkfri kost för sig själv under eliminationsperioden på 4 veckor, skriftligt material givet."),
      ("Planering", "Telefonuppföljning om 2 veckor, därefter provokation enligt barnläkarens plan."),
  ], template="Dietistanteckning"),
  must=["NL102"], why="dietitian note repeating the referral's hedged allergy diagnosis in an infant")

C("neuro-psykolog-mojlig-mci-amnestisk", "vgr", "1951-07-30", "131",
  N("neuro_sahl", "Jenny Wahl", "psykolog", "2024-09-16 14:20", [
      ("Frågeställning", "Neuropsykologisk utredning av upplevd minnesförsämring sedan 2 år."),
      ("Testresultat", "RAVLT: nedsatt fördröjd återgivning (-1,8 SD). Uppmärksamhet, exekutiva funktioner och språk inom normalvariationen. MoCA 25."),
      ("Bedömning", "Möjlig lindrig kognitiv störning (MCI) av amnestisk typ."),
      ("Återkoppling", "Resultaten återkopplade till pat och hans fru vid dagens besök. Ny testning om 18 mån."),
  ], template="Psykologanteckning"),
  must=["NL102"], must_not=["NL101"], why="psychologist writes 'Möjlig' MCI and has fed it back to the patient")

# =====================================================================
# validation
# =====================================================================
CASE_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
PATIENT_KEYS = {"id", "birth_date", "protected_identity"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
CODES = {"NL101", "NL102"}
SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def _dt(s):
    return datetime.datetime.fromisoformat(s)


def _age(birth, when):
    b = datetime.date.fromisoformat(birth)
    w = when.date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def validate(cases):
    errors = []
    names = set()
    seen = {}
    for c in cases:
        name = c.get("case", "?")
        err = lambda msg: errors.append(f"{name}: {msg}")
        if set(c) != CASE_KEYS:
            err(f"case keys {sorted(c)}")
            continue
        if name in names:
            err("duplicate case name")
        names.add(name)
        if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", name):
            err("case name must be lowercase ascii with hyphens")
        if c["ruleset"] not in ("skane", "vgr"):
            err(f"ruleset {c['ruleset']}")
        if not c["why"] or "\n" in c["why"]:
            err("why must be one non-empty line")
        r = c["record"]
        if set(r) != RECORD_KEYS:
            err(f"record keys {sorted(r)}")
            continue
        p = r["patient"]
        if set(p) != PATIENT_KEYS:
            err(f"patient keys {sorted(p)}")
        m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})-(\d{3})(\d)", p["id"])
        if not m:
            err(f"personnummer format {p['id']}")
        else:
            y, mo, d, serial, check = m.groups()
            if f"{y}-{mo}-{d}" != p["birth_date"]:
                err("personnummer does not match birth_date")
            if luhn_digit(y[2:] + mo + d + serial) != int(check):
                err("personnummer fails Luhn")
        if not r["as_of"].startswith("2024-"):
            err("as_of not in 2024")
        ids = set()
        for n in r["notes"]:
            if set(n) != NOTE_KEYS:
                err(f"note keys {sorted(n)}")
                continue
            if n["id"] in ids:
                err(f"duplicate note id {n['id']}")
            ids.add(n["id"])
            t = _dt(n["time"])
            if t.year != 2024:
                err(f"note {n['id']} time not in 2024")
            if n["signed"] is not None:
                s = _dt(n["signed"])
                if s.year != 2024 or s < t:
                    err(f"note {n['id']} signed before time or outside 2024")
            if _dt(r["as_of"]) < t:
                err("as_of before a note")
            if 13 <= _age(p["birth_date"], t) <= 15:
                err("patient aged 13-15")
            if n["system"] not in ("Melior", "PMO"):
                err(f"system {n['system']}")
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                err("VGR notes must be Melior")
            if set(n["unit"]) != {"name", "hsa_id"} or set(n["author"]) != {"name", "role"}:
                err("unit/author keys")
            if not n["sections"]:
                err("note without sections")
            for sec in n["sections"]:
                if set(sec) != {"keyword", "text"} or not sec["text"].strip():
                    err("bad section")
                    continue
                for sent in SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen and seen[sent] != (name, n["id"], sec["keyword"]):
                            err(f"sentence also in {seen[sent][0]}: {sent!r}")
                        seen.setdefault(sent, (name, n["id"], sec["keyword"]))
        systems = {n["id"]: n["system"] for n in r["notes"]}
        pairs = set()
        for key in ("must", "must_not"):
            for item in c[key]:
                if not (isinstance(item, list) and len(item) == 2):
                    err(f"{key} item {item}")
                    continue
                code, target = item
                if code not in CODES:
                    err(f"unexpected code {code}")
                if target not in ids:
                    err(f"{key} target {target} does not exist")
                    continue
                if (code, target) in pairs:
                    err(f"{code} on {target} listed twice / in both lists")
                pairs.add((code, target))
                if systems[target] == "PMO":
                    if code == "NL101":
                        err("NL101 must not be asserted on PMO notes")
                    if code == "NL102" and key == "must":
                        err("NL102 cannot be a must on PMO notes")
        if not c["must"] and not c["must_not"]:
            err("case asserts nothing")
    return errors


def main():
    errors = validate(CASES)
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    # re-read what was written and validate that too
    with open(OUT, encoding="utf-8") as fh:
        reread = [json.loads(line) for line in fh if line.strip()]
    if reread != CASES:
        errors.append("written file differs from data")
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        sys.exit(1)
    print(f"wrote {len(CASES)} cases to {OUT}")


if __name__ == "__main__":
    main()
