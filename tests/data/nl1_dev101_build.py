#!/usr/bin/env python3
"""dev101: endocrinology and metabolism (thyroid, adrenal, pituitary, calcium,
osteoporosis, MODY and other diabetes types) -- NL101 / NL102 test cases.

Standard library only, deterministic. Writes cases.jsonl next to this file and
validates the set; exits 1 on any problem.
"""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- units
SK = "SE2321000255-"
VG = "SE2321000131-"
UNITS = {
    # Region Skåne, Melior (hospitals)
    "sus_endo_malmo": ("Endokrinologiska kliniken, Skånes universitetssjukhus Malmö", SK + "8103"),
    "sus_endo_lund": ("Endokrinmottagningen, Skånes universitetssjukhus Lund", SK + "7340"),
    "sus_endoavd_malmo": ("Endokrinavdelningen, Skånes universitetssjukhus Malmö", SK + "8110"),
    "sus_endokir_lund": ("Endokrinkirurgiska mottagningen, Skånes universitetssjukhus Lund", SK + "7412"),
    "sus_diab_malmo": ("Diabetesmottagningen, Skånes universitetssjukhus Malmö", SK + "8126"),
    "sus_osteo_malmo": ("Osteoporosmottagningen, Skånes universitetssjukhus Malmö", SK + "8139"),
    "sus_barn_lund": ("Barn- och ungdomsmedicinska mottagningen, Skånes universitetssjukhus Lund", SK + "6925"),
    "sus_kiravd_lund": ("Kirurgiavdelning 7, Skånes universitetssjukhus Lund", SK + "7455"),
    "sus_med_lund": ("Medicinmottagningen, Skånes universitetssjukhus Lund", SK + "7301"),
    "hbg_endo": ("Endokrinmottagningen, Helsingborgs lasarett", SK + "5508"),
    "hbg_medavd": ("Medicinavdelning 1, Helsingborgs lasarett", SK + "5521"),
    "hbg_diab": ("Diabetesmottagningen, Helsingborgs lasarett", SK + "5513"),
    "csk_med": ("Medicinmottagningen, Centralsjukhuset Kristianstad", SK + "4402"),
    "csk_diab": ("Diabetesmottagningen, Centralsjukhuset Kristianstad", SK + "4417"),
    "ystad_med": ("Medicinmottagningen, Lasarettet i Ystad", SK + "3620"),
    "ystad_avd": ("Medicinavdelning 3, Lasarettet i Ystad", SK + "3634"),
    "trelleborg_med": ("Medicinmottagningen, Lasarettet Trelleborg", SK + "3811"),
    "landskrona_med": ("Medicinmottagningen, Lasarettet Landskrona", SK + "5702"),
    "angelholm_med": ("Medicinmottagningen, Ängelholms sjukhus", SK + "5905"),
    "hassleholm_med": ("Medicinmottagningen, Hässleholms sjukhus", SK + "4610"),
    # Region Skåne, PMO (primary care)
    "vc_sjobo": ("Vårdcentralen Sjöbo", SK + "2104"),
    "vc_linero": ("Vårdcentralen Linero, Lund", SK + "2211"),
    "vc_tollarp": ("Vårdcentralen Tollarp", SK + "2319"),
    "vc_nasby": ("Vårdcentralen Näsby, Kristianstad", SK + "2326"),
    "vc_eslov": ("Vårdcentralen Eslöv", SK + "2402"),
    "vc_landskrona": ("Vårdcentralen Centrum, Landskrona", SK + "2418"),
    "vc_staffanstorp": ("Vårdcentralen Staffanstorp", SK + "2433"),
    "hsv_hoor": ("Hemsjukvården Höör", SK + "2505"),
    # Västra Götalandsregionen, Melior
    "su_endo": ("Endokrinmottagningen, Sahlgrenska Universitetssjukhuset", VG + "3105"),
    "su_endoavd": ("Endokrinavdelningen, Sahlgrenska Universitetssjukhuset", VG + "3112"),
    "su_diab": ("Diabetesmottagningen, Sahlgrenska Universitetssjukhuset", VG + "3127"),
    "su_diabteam": ("Diabetesteamet, Sahlgrenska Universitetssjukhuset", VG + "3133"),
    "su_endokir": ("Endokrinkirurgiska mottagningen, Sahlgrenska Universitetssjukhuset", VG + "3140"),
    "su_osteo": ("Osteoporosmottagningen, Sahlgrenska Universitetssjukhuset Mölndal", VG + "3318"),
    "su_barnendo": ("Barnendokrinologiska mottagningen, Drottning Silvias barn- och ungdomssjukhus", VG + "3407"),
    "su_barndiab": ("Barndiabetesmottagningen, Drottning Silvias barn- och ungdomssjukhus", VG + "3414"),
    "sas_endo": ("Endokrinmottagningen, Södra Älvsborgs sjukhus Borås", VG + "5201"),
    "sas_diab": ("Diabetesmottagningen, Södra Älvsborgs sjukhus Borås", VG + "5216"),
    "skas_endo": ("Endokrinmottagningen, Skaraborgs sjukhus Skövde", VG + "6103"),
    "skas_diab": ("Diabetesmottagningen, Skaraborgs sjukhus Skövde", VG + "6118"),
    "skas_osteo": ("Osteoporosmottagningen, Skaraborgs sjukhus Skövde", VG + "6125"),
    "nal_endo": ("Endokrinmottagningen, NU-sjukvården NÄL Trollhättan", VG + "7104"),
    "nal_kir": ("Kirurgmottagningen, NU-sjukvården NÄL Trollhättan", VG + "7119"),
    "nal_medavd": ("Medicinavdelning 8, NU-sjukvården NÄL Trollhättan", VG + "7126"),
    "nal_med": ("Medicinmottagningen, NU-sjukvården NÄL Trollhättan", VG + "7132"),
    "kungalv_med": ("Medicinmottagningen, Kungälvs sjukhus", VG + "8105"),
    "kungalv_avd": ("Medicinavdelning 2, Kungälvs sjukhus", VG + "8112"),
    "alingsas_med": ("Medicinmottagningen, Alingsås lasarett", VG + "8204"),
}

# ---------------------------------------------------------------- authors
AUTH = {
    # Skåne
    "bergqvist": ("Helena Bergqvist", "läkare"),      # överläkare endokrinologi
    "lindholm": ("Jonas Lindholm", "läkare"),         # specialistläkare endokrinologi
    "snilsson": ("Sara Nilsson", "läkare"),           # ST-läkare endokrinologi
    "alsayed": ("Ahmed Al-Sayed", "läkare"),          # AT-läkare
    "mpersson": ("Maria Persson", "sjuksköterska"),   # diabetessjuksköterska
    "kholm": ("Karin Holm", "sjuksköterska"),
    "sandberg": ("Erik Sandberg", "läkare"),          # överläkare internmedicin
    "akesson": ("Lina Åkesson", "läkare"),            # ST-läkare internmedicin
    "martensson": ("Petra Mårtensson", "sjuksköterska"),  # distriktssköterska
    "ohansson": ("Olof Hansson", "läkare"),           # distriktsläkare
    "hadzic": ("Fatima Hadžić", "läkare"),            # specialist allmänmedicin
    "ek": ("Johan Ek", "läkare"),                     # barnendokrinolog
    "falk": ("Ingrid Falk", "sjuksköterska"),         # osteoporossjuksköterska
    "wester": ("Nils Wester", "läkare"),              # underläkare
    "ljung": ("Camilla Ljung", "läkare"),             # endokrinkirurg
    "rosen": ("David Rosén", "läkare"),               # specialistläkare diabetes
    "nygren": ("Therese Nygren", "sjuksköterska"),
    # VGR
    "ajohansson": ("Anna Johansson", "läkare"),       # överläkare endokrinologi
    "mkarlsson": ("Mikael Karlsson", "läkare"),       # ST-läkare
    "eandersson": ("Elin Andersson", "sjuksköterska"),  # diabetessjuksköterska
    "tehrani": ("Reza Tehrani", "läkare"),            # specialistläkare
    "sgustafsson": ("Sofia Gustafsson", "läkare"),    # AT-läkare
    "lolsson": ("Lars Olsson", "läkare"),             # endokrinkirurg
    "esvensson": ("Emma Svensson", "sjuksköterska"),  # kontaktsjuksköterska
    "hberg": ("Henrik Berg", "läkare"),               # barnendokrinolog
    "mlund": ("Maja Lund", "läkare"),                 # underläkare
    "strom": ("Birgitta Ström", "sjuksköterska"),     # osteoporossjuksköterska
    "wikstrom": ("Tomas Wikström", "läkare"),         # överläkare internmedicin
    "haddad": ("Yasmin Haddad", "läkare"),            # ST-läkare endokrinologi
    "lindqvist": ("Kristina Lindqvist", "läkare"),    # specialistläkare diabetes
    "bjork": ("Ola Björk", "läkare"),                 # överläkare osteoporos
    "sjoberg": ("Jenny Sjöberg", "sjuksköterska"),    # diabetessjuksköterska
}

CASES = []


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return str((10 - total % 10) % 10)


def pnr(birth, serial):
    """birth 'YYYYMMDD', serial 'NNN' -> 'YYYYMMDD-NNNC'."""
    return "%s-%s%s" % (birth, serial, luhn_digit(birth[2:] + serial))


def note(nid, system, template, unit, auth, time, sections, signed=35,
         setting="öppenvård", refs=None):
    t = dt.datetime.strptime(time, "%Y-%m-%dT%H:%M")
    if signed is None:
        s = None
    else:
        s = (t + dt.timedelta(minutes=signed)).strftime("%Y-%m-%dT%H:%M:%S")
    uname, hsa = UNITS[unit]
    aname, role = AUTH[auth]
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": uname, "hsa_id": hsa},
        "author": {"name": aname, "role": role},
        "time": t.strftime("%Y-%m-%dT%H:%M:%S"),
        "signed": s,
        "setting": setting,
        "refs": list(refs or []),
        "sections": [{"keyword": k, "text": x} for k, x in sections],
    }


def case(name, ruleset, patient, notes, must, must_not, why, as_of=None):
    birth, serial = patient
    if as_of is None:
        last = max(dt.datetime.strptime(n["time"], "%Y-%m-%dT%H:%M:%S") for n in notes)
        as_of = (last.date() + dt.timedelta(days=3)).strftime("%Y-%m-%dT00:00:00")
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr(birth, serial),
                        "birth_date": "%s-%s-%s" % (birth[:4], birth[4:6], birth[6:]),
                        "protected_identity": False},
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


M, P = "Melior", "PMO"
S, V = "skane", "vgr"
SV = "slutenvård"
A101 = ("NL101", "n1")
A102 = ("NL102", "n1")

# ================================================================ THYROID
case("thyr-graves-talar-for-trak-vantas", S, ("19821104", "362"), [
    note("n1", M, "Läkaranteckning", "sus_endo_lund", "bergqvist", "2024-03-12T10:20", [
        ("Anamnes", "41-årig kvinna, remitterad från vårdcentralen pga hjärtklappning, viktnedgång 6 kg på två månader och värmeintolerans. Ingen tidigare tyreoideasjukdom. Röker 5 cig/d."),
        ("Status", "Puls regelbunden 108/min. Fin tremor i utsträckta händer. Diffust förstorad, mjuk tyreoidea utan palpabla knölar. Lätt retraktion av övre ögonlock bilat, ingen proptos, ingen diplopi."),
        ("Lab", "TSH <0,01, fT4 48, fT3 14,2. TRAK skickat."),
        ("Bedömning", "Tyreotoxikos där klinisk bild med diffus struma och ögonlockretraktion talar för Graves sjukdom. TRAK inväntas för att bekräfta."),
        ("Åtgärd", "Insätter Thacapzol 10 mg x 2 och Propranolol 40 mg x 2. Rökstopp rekommenderat med tanke på ögonen. Återbesök med prover om 4 v."),
    ])],
    [A102], [],
    "'talar för Graves sjukdom' while TRAK is pending, in a visible Bedömning of a Skåne Melior note")

case("thyr-graves-trak-bekraftad-informerad", V, ("19750622", "481"), [
    note("n1", M, "Mottagningsanteckning", "su_endo", "ajohansson", "2024-04-09T09:05", [
        ("Aktuellt", "Återbesök efter fyra veckors tyreostatika. Mår bättre, sover bättre, hjärtklappningen borta."),
        ("Lab", "TRAK 9,8 IE/L (ref <1,8). fT4 22, TSH fortsatt supprimerat."),
        ("Bedömning", "Graves sjukdom nu bekräftad med positivt TRAK. Pat informerad om diagnosen och om att tyreostatikabehandlingen pågår 12–18 månader; radiojod eller operation blir aktuellt vid recidiv."),
        ("Planering", "Minskar Thacapzol till 10 mg x 1. Lab om 6 v, ssk ringer med svaret."),
    ])],
    [], [A102, A101],
    "Graves confirmed by TRAK and the patient is told: no hedge, no untold diagnosis")

case("thyr-hashimoto-missankt-typo", S, ("19680214", "540"), [
    note("n1", M, "Läkaranteckning", "ystad_med", "akesson", "2024-02-06T13:40", [
        ("Bedömning", "Subklinisk hypotyreos, TSH 8,9 och fT4 12. Missänkt Hashimotos tyreoidit, TPO-ak tagna idag. Avvaktar med Levaxin tills svar och nytt TSH om 6 v."),
    ])],
    [A102], [],
    "typo 'Missänkt' still hedges Hashimotos tyreoidit in a visible Melior section")

case("thyr-hashimoto-pmo-sannolik", S, ("19790930", "228"), [
    note("n1", P, "Läkarbesök", "vc_sjobo", "ohansson", "2024-01-17T08:50", [
        ("Bedömning", "Trött, frusen, TSH 14. Sannolikt Hashimoto. TPO-ak och fT4 skickas, start Levaxin 50 mikrog."),
    ])],
    [], [A102],
    "PMO never shows diagnoses: a probable Hashimoto in a vårdcentral note is not NL102")

case("thyr-dd-subakut-tyreoidit-vs-graves", V, ("19860503", "662"), [
    note("n1", M, "Läkaranteckning", "sas_endo", "tehrani", "2024-04-02T14:10", [
        ("Anamnes", "Halsont och ömhet över sköldkörteln sedan tio dagar, debut efter en förkylning. Feber 38,1 och hjärtklappning."),
        ("Status", "Tyreoidea kraftigt palpationsöm, framför allt höger lob. Puls 96."),
        ("Lab", "SR 62, CRP 48, fT4 31, TSH <0,01."),
        ("Bedömning", "Tyreotoxikos, DD subakut tyreoidit (de Quervain) respektive Graves med samtidig luftvägsinfektion. Lågt upptag på Tc-scintigrafi skulle tala för tyreoidit."),
        ("Planering", "Scintigrafi bokad 12/4. Propranolol 10 mg v.b. Naproxen mot smärtan."),
    ], signed=None)],
    [A102], [],
    "'DD subakut tyreoidit ... respektive Graves' in a visible Bedömning (VGR, unsigned draft)")

case("thyr-ingen-missanke-typo-negation", V, ("19910118", "047"), [
    note("n1", M, "Telefonanteckning", "skas_endo", "haddad", "2024-05-14T11:15", [
        ("Telefonkontakt", "Ringer pat ang provsvar: TSH 1,9, fT4 15, TPO-ak neg. Ingen missanke om tyreoideasjukdom; tröttheten får utredas vidare via vårdcentralen."),
    ])],
    [], [A102],
    "negated mention with a typo ('Ingen missanke om') is not a hedged diagnosis")

case("thyr-bethesda4-tidiga-hypoteser-mall-skane", S, ("19590727", "386"), [
    note("n1", M, "Tidiga hypoteser", "sus_endokir_lund", "ljung", "2024-05-16T15:30", [
        ("Bedömning", "Dominant knöl 3,2 cm vänster lob, FNA Bethesda IV. Misstänkt follikulär tyreoideacancer som inte kan skiljas från adenom cytologiskt. Pat ännu inte informerad om malignitetsmisstanken; diskuteras på MDK 22/5 innan besked."),
    ])],
    [], [A102, A101],
    "hedged and untold cancer suspicion kept only in the Skåne template Tidiga hypoteser")

case("thyr-papillar-cancer-cytologi-ej-besked", S, ("19640311", "129"), [
    note("n1", M, "Läkaranteckning", "sus_endo_malmo", "lindholm", "2024-05-28T16:05", [
        ("Provsvar", "Cytologi FNA från 1,8 cm knöl i höger lob: papillär tyreoideacancer, Bethesda VI."),
        ("Bedömning", "Papillär tyreoideacancer höger lob. Pat har ännu inte fått besked om cytologisvaret, det ges vid läkarbesök 3/6 tillsammans med endokrinkirurg."),
        ("Planering", "Anmäld till MDK tyreoidea. Ultraljud av halslymfkörtlar inför op."),
    ])],
    [A101], [A102],
    "settled thyroid cancer in a visible Bedömning while the text says the patient has not yet been told")

case("thyr-papillar-cancer-besked-lamnat", V, ("19710809", "246"), [
    note("n1", M, "Mottagningsanteckning", "su_endokir", "lolsson", "2024-06-04T10:30", [
        ("Aktuellt", "Kommer med maken för besked efter FNA."),
        ("Bedömning", "Besked lämnat om papillär tyreoideacancer i vänster lob, 1,4 cm, utan misstänkta lymfkörtlar på ultraljud. Pat tog beskedet sakligt och fick sina frågor besvarade."),
        ("Åtgärd", "Planeras för hemityreoidektomi vänster. Informerad om risk för heshet och övergående lågt kalk efter ingreppet."),
        ("Planering", "Kontaktsjuksköterska hör av sig inom en vecka. Op-datum meddelas per brev."),
    ])],
    [], [A101, A102],
    "cancer diagnosis communicated at the visit: no NL101, and no hedge")

case("thyr-bethesda5-sokord-tidiga-hyp-sedan-besked", V, ("19770115", "408"), [
    note("n1", M, "Läkaranteckning", "nal_endo", "mkarlsson", "2024-02-08T13:20", [
        ("Aktuellt", "Svar på FNA från knölen i höger lob har kommit."),
        ("Tidiga hypoteser", "Bethesda V, misstänkt papillär tyreoideacancer. Pat ej informerad om svaret än, vill ta det vid fysiskt besök med kirurg."),
        ("Planering", "Bokas till gemensamt besök endokrinolog och kirurg inom två veckor."),
    ]),
    note("n2", M, "Mottagningsanteckning", "nal_endo", "mkarlsson", "2024-02-19T10:00", [
        ("Bedömning", "Pat informerad idag om att cytologin talar för papillär cancer och att diagnosen fastställs först efter operationen. Hemityreoidektomi höger planeras."),
    ])],
    [("NL102", "n2")], [("NL102", "n1"), ("NL101", "n1"), ("NL101", "n2")],
    "VGR sökord Tidiga hypoteser hides the untold suspicion in n1; n2 tells the patient but keeps the hedge visible")

case("thyr-follikular-cancer-pad-ej-besked", V, ("19580402", "353"), [
    note("n1", M, "Läkaranteckning", "nal_kir", "lolsson", "2024-03-06T12:45", [
        ("Provsvar", "PAD efter hemityreoidektomi vänster: minimalt invasiv follikulär tyreoideacancer, 2,6 cm, fria resektionsränder."),
        ("Bedömning", "Follikulär tyreoideacancer. Pat har inte fått PAD-besked ännu och ska inte kontaktas förrän fallet dragits på MDK 14/3, därefter besked vid besök."),
    ])],
    [A101], [A102],
    "histologically settled cancer, and the note says the patient must not be contacted/told before MDK")

case("thyr-mikrokarcinom-pat-informerad-dotter-ej", S, ("19520918", "289"), [
    note("n1", M, "Mottagningsanteckning", "hbg_endo", "snilsson", "2024-04-23T09:40", [
        ("Bedömning", "Papillärt mikrokarcinom 8 mm enligt PAD, informerad idag och förstår att prognosen är mycket god. Pat vill inte att dottern får veta något förrän efter hennes bröllop i juni, vilket respekteras."),
    ])],
    [], [A101],
    "the patient is told; only a relative is not -- no NL101")

case("thyr-amiodaron-tyreotoxikos-ev-typ2", V, ("19511130", "195"), [
    note("n1", M, "Konsultationsanteckning", "su_endo", "haddad", "2024-09-18T15:20", [
        ("Konsultfråga", "Stigande fT4 hos 72-årig man med förmaksflimmer på amiodaron sedan två år. Hur handlägga?"),
        ("Bedömning", "Tyreotoxikos, ev. amiodaroninducerad typ 2 (destruktiv) med tanke på normalt blodflöde på doppler och negativt TRAK."),
        ("Rekommendation", "Prednisolon 30 mg x 1 i två veckor, därefter nedtrappning. Amiodaron kan fortsätta om kardiologen bedömer det nödvändigt. Ny fT4 om en vecka."),
    ], setting=SV)],
    [A102], [],
    "'ev.' hedges the subtype of thyrotoxicosis in a visible consult (ward)")

case("thyr-fragetecken-graves-toxisk-knolstruma", V, ("19490605", "264"), [
    note("n1", M, "Inskrivningsanteckning", "kungalv_avd", "sgustafsson", "2024-10-03T22:15", [
        ("Anamnes", "Inkommer med förmaksflimmer med snabb kammarfrekvens kring 150/min. Sedan några månader nervös och svettig enligt dottern."),
        ("Status", "AT: Påverkad av takykardin men orienterad. Cor: oregelbunden rytm. Tyreoidea: knölig, större höger. Pulm: ua."),
        ("Lab", "TSH <0,01, fT4 39, CRP 4."),
        ("Diagnos", "Tyreotoxikos – Graves? Toxisk knölstruma?"),
        ("Planering", "Betablockad, Eliquis, TRAK och scintigrafi. Thacapzol 20 mg x 1."),
    ], setting=SV)],
    [A102], [],
    "question marks after two diagnoses under sökord Diagnos in a VGR admission note")

case("thyr-mor-graves-mormor-trolig-hashimoto", S, ("19930227", "148"), [
    note("n1", M, "Mottagningsanteckning", "sus_endo_lund", "wester", "2024-02-20T14:00", [
        ("Anamnes", "Kommer för kontroll då mamma har Graves sjukdom och mormor hade trolig Hashimoto enligt pat. Pat orolig för ärftlighet."),
        ("Bedömning", "Eutyreoid med TSH 2,1 och negativa TPO-ak. Ingen behandling. Informerad om vilka symtom hon ska vara uppmärksam på."),
    ])],
    [], [A102],
    "the only hedged diagnosis belongs to a relative (mormor)")

case("thyr-barn-misstankt-graves-foraldrar-informerade", V, ("20130219", "262"), [
    note("n1", M, "Läkaranteckning", "su_barnendo", "hberg", "2024-03-21T11:00", [
        ("Anamnes", "11-årig flicka som enligt mamma blivit rastlös, sover dåligt och tappat i vikt trots god aptit. Läraren har noterat koncentrationssvårigheter."),
        ("Status", "Vikt 34 kg, ned 3 kg sedan skolsköterskans mätning i höstas. Puls 118. Varm, fuktig hud. Struma grad 2, mjuk."),
        ("Bedömning", "Misstänkt Graves sjukdom. TRAK, fT4 och fT3 tagna. Föräldrarna informerade om misstanken och om att svaret kommer inom en vecka."),
    ])],
    [A102], [A101],
    "child under 13 (guardians read): hedged Graves visible; guardians were told, so no NL101")

case("thyr-bild-som-vid-postpartumtyreoidit", S, ("19940712", "524"), [
    note("n1", M, "Läkaranteckning", "hassleholm_med", "sandberg", "2024-06-11T10:10", [
        ("Aktuellt", "Förlöst för fyra månader sedan. Hjärtklappning och irritabilitet, ammar."),
        ("Bedömning", "Lätt tyreotoxikos med negativt TRAK och högt TPO-ak. Bild som vid postpartumtyreoidit i tyreotoxisk fas; en hypotyreot fas kan följa."),
        ("Planering", "Propranolol 10 mg v.b., går bra att kombinera med amning. TSH och fT4 var fjärde vecka."),
    ])],
    [A102], [],
    "'Bild som vid postpartumtyreoidit' is a hedged diagnosis in a visible Melior note")

case("thyr-biotininterferens-ej-diagnos", V, ("19880321", "683"), [
    note("n1", M, "Telefonanteckning", "sas_endo", "tehrani", "2024-08-27T13:35", [
        ("Telefonkontakt", "Diskrepanta tyreoideaprover med högt fT4 och normalt TSH utan symtom. Pat tar biotin 10 mg dagligen mot håravfall. Avvikelsen beror trol. på biotininterferens i analysen; nya prover efter en veckas uppehåll."),
    ])],
    [], [A102],
    "the hedge is on a lab artefact (biotin interference), not on a disease of the patient")

case("thyr-bethesda2-besked-per-brev", S, ("19661201", "464"), [
    note("n1", M, "Provsvarsanteckning", "sus_endo_malmo", "lindholm", "2024-09-05T08:30", [
        ("Provsvar", "FNA av knöl i vänster lob visar benign kolloidknöl, Bethesda II. Besked skickat till pat per brev idag; ny ultraljudskontroll om 12–18 månader."),
    ])],
    [], [A101, A102],
    "benign result sent to the patient by letter: told, no hedge")

case("thyr-fna-gjord-tid-ej-meddelad", V, ("19690408", "129"), [
    note("n1", M, "Åtgärdsanteckning", "skas_endo", "ajohansson", "2024-10-15T09:20", [
        ("Åtgärd", "Ultraljudsledd FNA av 2,4 cm knöl höger lob, tre passager, ingen komplikation."),
        ("Planering", "Svar beräknas om två veckor. Pat ej informerad om när läkarbesöket blir, tiden skickas per brev."),
    ])],
    [], [A101, A102],
    "what the patient has not been told is an appointment time, not a diagnosis")

case("thyr-susp-retrosternal-struma", S, ("19550815", "322"), [
    note("n1", M, "Remissbedömning", "sus_endo_malmo", "bergqvist", "2024-01-24T15:50", [
        ("Remissbedömning", "Remiss från VC: 68-årig kvinna med långvarig knölstruma, nu ökande andfåddhet vid ansträngning och stridor i ryggläge. Susp. retrosternal struma med trakealkompression. Tas in på DT hals/thorax och besök inom 4 veckor."),
    ], signed=None)],
    [A102], [],
    "'Susp.' hedges retrosternal struma in a visible referral assessment (unsigned draft)")

case("thyr-stigande-tg-misstank-recidiv-typo", V, ("19730504", "288"), [
    note("n1", M, "Läkaranteckning", "su_endo", "ajohansson", "2024-11-12T14:25", [
        ("Bedömning", "Stigande tyreoglobulin (0,2 → 3,8) under tre år efter total tyreoidektomi och radiojod. Misstänk lokalrecidiv av papillär cancer, ultraljud hals visar 9 mm körtel vänster nivå IV. Pat ej informerad om misstanken, vill först ha FNA-svar."),
    ])],
    [A102], [],
    "typo 'Misstänk' still hedges a recurrence in a visible note (NL101 not asserted: the untold item is itself only a suspicion)")

case("thyr-medullar-cancer-ej-ringas", S, ("19610126", "397"), [
    note("n1", M, "Läkaranteckning", "sus_endo_lund", "bergqvist", "2024-07-02T11:10", [
        ("Provsvar", "S-calcitonin 820 ng/L, CEA 35. Cytologi från knöl höger lob: medullär tyreoideacancer."),
        ("Bedömning", "Medullär tyreoideacancer. RET-analys skickad. Pat har inte informerats och ska inte ringas; besked ges vid besök tillsammans med kontaktsjuksköterskan 9/7."),
    ])],
    [A101], [A102],
    "settled medullary thyroid cancer in a visible note that says the patient has not been told")

case("thyr-oneliner-mojlig-tyst-tyreoidit", V, ("19850617", "524"), [
    note("n1", M, "Telefonanteckning", "alingsas_med", "wikstrom", "2024-07-22T16:40", [
        ("Telefonkontakt", "Möjlig tyst tyreoidit, nytt TSH om 4 v."),
    ])],
    [A102], [],
    "one-line phone note: 'Möjlig' hedges a thyroiditis diagnosis")

case("thyr-us-inger-misstanke-om-malignitet", V, ("19830929", "440"), [
    note("n1", M, "Läkaranteckning", "nal_endo", "haddad", "2024-08-08T10:50", [
        ("Utredning", "Ultraljud hals: solid hypoekogen knöl 14 mm i höger lob med mikroförkalkningar och oregelbunden kontur, TIRADS 5."),
        ("Bedömning", "Ultraljudsbilden inger misstanke om tyreoideacancer. FNA bokad nästa vecka."),
    ])],
    [A102], [],
    "'inger misstanke om tyreoideacancer' in a visible Bedömning")

case("thyr-epikris-tyreotoxisk-kris-bekraftad", V, ("19780311", "265"), [
    note("n1", M, "Epikris", "su_endoavd", "mkarlsson", "2024-12-06T13:00", [
        ("Orsak till vård", "Tyreotoxisk kris vid känd Graves sjukdom där pat själv slutat med Thacapzol i somras."),
        ("Vårdförlopp", "Inkom med feber 39,4, förvirring, förmaksflimmer 160/min och fT4 >100. Behandlad på IMA i två dygn med tiamazol, kaliumjodid, hydrokortison och propranolol. Snabb klinisk förbättring, sinusrytm sedan dag 3. Neutrofila kontrollerade dagligen, ingen misstanke om agranulocytos. Inga tecken på hjärtsvikt vid ekokardiografi."),
        ("Information", "Pat och sambo informerade om diagnosen tyreotoxisk kris och om vikten av följsamhet. Ev. definitiv behandling med radiojod eller tyreoidektomi diskuteras vid återbesöket."),
        ("Planering", "Trolig utskrivning i morgon förmiddag. Thacapzol 20 mg x 2, Propranolol 40 mg x 3, hydrokortison trappas ut på fem dagar. Återbesök endokrinmottagningen om två veckor med lab."),
    ], setting=SV)],
    [], [A102, A101],
    "long ward epikris: confirmed and told diagnosis; hedges only on plans and negated agranulocytosis")
# ================================================================ ADRENAL
case("adr-incidentalom-forenligt-med-adenom", S, ("19630520", "173"), [
    note("n1", M, "Läkaranteckning", "hbg_endo", "snilsson", "2024-02-27T10:15", [
        ("Anamnes", "Remitteras efter DT buk utförd pga vänstersidig flanksmärta, där man av en slump fann en resistens i höger binjure. Flanksmärtan har gått över."),
        ("Utredning", "DT: 24 mm välavgränsad resistens i höger binjure, 6 HU nativt. Förenligt med lipidrikt binjurebarksadenom."),
        ("Planering", "Dexametasonhämningstest 1 mg, P-metoxikatekolaminer och elektrolyter. Ingen ny DT behövs om adenomet är hormonellt inaktivt."),
    ])],
    [A102], [],
    "'Förenligt med lipidrikt binjurebarksadenom' on CT is a hedged diagnosis in a visible section")

case("adr-incidentalom-pat-ej-informerad-om-fyndet", V, ("19570713", "238"), [
    note("n1", M, "Läkaranteckning", "su_endo", "tehrani", "2024-04-04T14:40", [
        ("Remissbedömning", "DT thorax inom lungembolisutredning visar en 3,1 cm inhomogen binjureresistens vänster, 28 HU."),
        ("Bedömning", "Binjureincidentalom vänster, ej lipidrikt. Pat har ännu inte informerats om fyndet – remitterande lungläkare ger besked vid återbesöket 18/4, därefter kallas pat hit."),
        ("Planering", "Ny DT med washout-protokoll, dex-test och P-metoxikatekolaminer."),
    ])],
    [A101], [A102],
    "adrenal incidentaloma stated as a diagnosis in visible Bedömning while the patient has not been told")

case("adr-dextest-normalt-autonom-sekretion-uteslutes", S, ("19600108", "255"), [
    note("n1", M, "Telefonanteckning", "sus_endo_lund", "lindholm", "2024-05-07T13:05", [
        ("Telefonkontakt", "Ringt pat med svar. Kortisol efter 1 mg dexametason 31 nmol/L, metoxikatekolaminer normala. Autonom kortisolsekretion och feokromocytom uteslutes. Incidentalomet kräver ingen ytterligare uppföljning, pat nöjd med beskedet."),
    ])],
    [], [A102, A101],
    "ruled-out diagnoses ('uteslutes') communicated to the patient on the phone")

case("adr-misstankt-cushings-syndrom", V, ("19711021", "082"), [
    note("n1", M, "Läkaranteckning", "nal_endo", "mkarlsson", "2024-03-14T09:30", [
        ("Anamnes", "52-årig kvinna med viktuppgång 14 kg på ett år, stigande blodtryck trots tre läkemedel, nydebuterad diabetes och blåmärken av lätta stötar."),
        ("Status", "Månansikte, supraklavikulära fettkuddar, breda livida striae på buken. BT 168/102. Proximal muskelsvaghet, svårt att resa sig från huksittande."),
        ("Bedömning", "Misstänkt Cushings syndrom. Sen kvällssaliv-kortisol x 2, dygnsurin-kortisol och 1 mg dex-test ordinerade."),
    ], signed=None)],
    [A102], [],
    "classic 'Misstänkt Cushings syndrom' in a visible VGR note (unsigned draft)")

case("adr-cushnig-kan-ej-uteslutas-typo", S, ("19740316", "194"), [
    note("n1", M, "Läkaranteckning", "trelleborg_med", "akesson", "2024-08-20T15:15", [
        ("Bedömning", "Svårinställd hypertoni, bukfetma och hypokalemi 3,2. Cushnigs syndrom kan ej uteslutas, dex-test bokat nästa vecka."),
    ])],
    [A102], [],
    "typo 'Cushnigs' with 'kan ej uteslutas' -- still a hedged diagnosis")

case("adr-talar-emot-cushing", V, ("19800404", "421"), [
    note("n1", M, "Läkaranteckning", "skas_endo", "haddad", "2024-06-19T10:45", [
        ("Bedömning", "Normala sena kvällssalivkortisol vid två tillfällen och normal hämning i 1 mg dexametasontest talar emot Cushings syndrom. Viktuppgången bedöms livsstilsrelaterad och remiss till dietist erbjuds."),
    ])],
    [], [A102],
    "'talar emot Cushings syndrom' is a negation, not a hedge")

case("adr-trolig-addison-inskrivning", S, ("19900126", "235"), [
    note("n1", M, "Inskrivningsanteckning", "sus_endoavd_malmo", "wester", "2024-01-30T23:05", [
        ("Anamnes", "34-årig man med hypotyreos sedan 2019. Tre månaders tilltagande trötthet, illamående, saltsug och viktnedgång 7 kg. Senaste veckan kräkningar och yrsel vid uppresning."),
        ("Status", "AT: Trött, torra slemhinnor. Mörkpigmenterad hud med pigmentering i handlinjer och på gingiva. BT 88/52 liggande med ortostatiskt fall till 70 systoliskt. Puls 112."),
        ("Lab", "Na 124, K 6,1, kreatinin 132, glukos 3,9. P-kortisol 85 nmol/L."),
        ("Bedömning", "Trolig primär binjurebarksvikt (Addisons sjukdom) med hotande binjurebarkskris. ACTH och 21-hydroxylasantikroppar tagna innan behandling."),
        ("Åtgärd", "Solu-Cortef 100 mg iv, därefter 50 mg x 4 iv. NaCl 2 liter första dygnet. Tät kontroll av elstatus."),
    ], signed=50, setting=SV)],
    [A102], [A101],
    "ward admission: 'Trolig primär binjurebarksvikt (Addisons sjukdom)' visible in a ward admission note; nothing is said about telling, so no NL101")

case("adr-addison-bekraftad-kortisonkort", V, ("19861109", "372"), [
    note("n1", M, "Mottagningsanteckning", "su_endo", "ajohansson", "2024-05-21T13:30", [
        ("Aktuellt", "Uppföljning två månader efter diagnos av Addisons sjukdom. Mår betydligt bättre på Plenadren 20 mg och Florinef 0,1 mg."),
        ("Bedömning", "Addisons sjukdom, välbehandlad. Pat är väl insatt i sin diagnos, har kortisonkort och akutkit med Solu-Cortef. Stressdosering vid feber repeterad."),
    ])],
    [], [A102, A101],
    "confirmed Addison that the patient knows about: neither rule")

case("adr-sokord-tidiga-hyp-mojlig-binjurebarksvikt", V, ("19650830", "309"), [
    note("n1", M, "Läkaranteckning", "alingsas_med", "wikstrom", "2024-10-01T11:20", [
        ("Aktuellt", "Pat söker för trötthet och yrsel. Lätt hyponatremi 131 vid två tillfällen."),
        ("Tidiga hypoteser", "Möjlig begynnande binjurebarksvikt, morgonkortisol 180. Inte diskuterat med pat ännu."),
        ("Planering", "Synacthentest bokat 14/10. Nya prover inkl. ACTH."),
    ])],
    [], [A102, A101],
    "VGR: the hedged and untold hypothesis sits only under sökord Tidiga hypoteser")

case("adr-synacthen-normalt-binjurebarksvikt-utesluten", S, ("19720212", "484"), [
    note("n1", M, "Telefonanteckning", "ystad_med", "kholm", "2024-03-19T14:50", [
        ("Telefonkontakt", "Meddelar pat svar på Synacthentest: kortisol efter 30 min 620 nmol/L, normalt svar. Binjurebarksvikt utesluten enligt dr Sandberg. Pat avslutas hos oss och har fortsatt kontakt med VC."),
    ])],
    [], [A102],
    "nurse phone note: ruled-out adrenal insufficiency, communicated")

case("adr-feokromocytm-fragetecken-typo", V, ("19690119", "150"), [
    note("n1", M, "Läkaranteckning", "kungalv_med", "sgustafsson", "2024-04-16T10:05", [
        ("Anamnes", "Attacker med huvudvärk, svettningar och hjärtklappning två till tre gånger i veckan. Ambulansen uppmätte BT 210/115 under en attack."),
        ("Bedömning", "Feokromocytm? Paroxysmala symtom med hypertoni. P-metoxikatekolaminer skickade, svar om ca 10 dagar. Undviker betablockad tills vidare."),
    ])],
    [A102], [],
    "typo 'Feokromocytm?' -- question-mark hedge on a diagnosis")

case("adr-feo-ej-informerad-besked-i-morgon", S, ("19790601", "121"), [
    note("n1", M, "Läkaranteckning", "sus_endo_lund", "bergqvist", "2024-06-25T16:30", [
        ("Provsvar", "P-normetanefrin 12 gånger övre referensgränsen. DT buk: 4,2 cm heterogen resistens vänster binjure, 38 HU."),
        ("Bedömning", "Feokromocytom vänster binjure. Pat är ännu inte informerad om diagnosen; besked lämnas av ansvarig överläkare vid besök i morgon, då även alfablockad startas."),
    ])],
    [A101], [A102],
    "pheochromocytoma stated plainly in visible Bedömning; the patient is not yet informed")

case("adr-feo-pmo-misstanke-remiss", S, ("19770925", "317"), [
    note("n1", P, "Läkarbesök", "vc_tollarp", "hadzic", "2024-02-13T11:30", [
        ("Bedömning", "Hypertoni med paroxysmala svettningar och hjärtklappning. Misstänkt feokromocytom. Metoxikatekolaminer tagna, remiss till endokrin Kristianstad."),
    ])],
    [], [A102],
    "PMO: a suspected pheochromocytoma is not shown, so no NL102")

case("adr-misstake-om-primar-aldosteronism-typo", S, ("19660404", "152"), [
    note("n1", M, "Läkaranteckning", "landskrona_med", "sandberg", "2024-09-10T09:15", [
        ("Bedömning", "Hypertoni sedan 40 års ålder på tre preparat, hypokalemi 3,1 utan diuretika. Aldosteron/renin-kvot 142. Stark misstake om primär aldosteronism. Saltbelastningstest planerat."),
    ])],
    [A102], [],
    "typo 'misstake om' still hedges primary aldosteronism in a visible note")

case("adr-pa-bekraftad-avs-planeras", V, ("19620528", "215"), [
    note("n1", M, "Mottagningsanteckning", "nal_endo", "ajohansson", "2024-10-22T14:05", [
        ("Bedömning", "Primär aldosteronism bekräftad, aldosteron 410 pmol/L efter saltbelastning. Pat informerad om diagnosen och om att binjurevenskateterisering behövs för att skilja ensidig från dubbelsidig sjukdom innan ev. operation."),
    ])],
    [], [A102, A101],
    "confirmed and told primary aldosteronism; 'ev.' only before a planned operation")

case("adr-pa-dd-conn-adenom-vs-hyperplasi", V, ("19700215", "357"), [
    note("n1", M, "Läkaranteckning", "skas_endo", "tehrani", "2024-11-05T15:45", [
        ("Bedömning", "Primär aldosteronism. DT visar 9 mm knöl i höger binjure och normal vänster binjure. DD Conns adenom höger vs bilateral binjurebarkshyperplasi med inaktivt incidentalom; AVS avgör."),
    ], signed=None)],
    [A102], [],
    "'DD Conns adenom ... vs bilateral hyperplasi' is a visible differential diagnosis (unsigned draft)")

case("adr-incidentalom-kontroll-dt-tid-ej-meddelad", S, ("19550911", "228"), [
    note("n1", M, "Sjuksköterskeanteckning", "sus_endo_malmo", "nygren", "2024-03-11T10:40", [
        ("Planering", "Binjureincidentalom vänster 18 mm, hormonellt inaktivt, pat informerad vid läkarbesöket 4/3. Kontroll-DT om 12 månader beställd; pat har ännu inte fått veta tiden, kallelse skickas."),
    ])],
    [], [A101, A102],
    "diagnosis already told; only a CT date is still unknown to the patient")

case("adr-binjurebarkscancer-tidiga-hyp-mall-skane", S, ("19680722", "060"), [
    note("n1", M, "Tidiga hypoteser", "sus_endo_malmo", "bergqvist", "2024-07-09T12:20", [
        ("Bedömning", "6,5 cm binjuretumör med 42 HU och långsam washout, samtidigt androgenöverskott. Misstanke om binjurebarkscancer. Pat känner inte till misstanken ännu; besked efter MDK och PET-DT."),
    ])],
    [], [A102, A101],
    "Skåne: hedged and untold adrenocortical carcinoma only in the template Tidiga hypoteser")

case("adr-binjurebarkscancer-pad-ej-besked-sedan-besked", V, ("19590317", "437"), [
    note("n1", M, "Daganteckning", "su_endoavd", "haddad", "2024-08-13T14:15", [
        ("Aktuellt", "Dag 5 efter laparoskopisk adrenalektomi vänster. Mobiliserad, äter, smärtfri på paracetamol."),
        ("Provsvar", "PAD: binjurebarkscancer, Weiss score 5, Ki-67 12 %, radikalt opererad."),
        ("Bedömning", "Binjurebarkscancer. Pat har inte fått PAD-svaret än; ansvarig endokrinolog vill ge beskedet vid uppföljningsbesöket nästa vecka när onkologen också kan vara med."),
        ("Planering", "Hem i morgon med hydrokortison 20-10-0 tills vidare."),
    ], setting=SV),
    note("n2", M, "Mottagningsanteckning", "su_endo", "ajohansson", "2024-08-20T10:30", [
        ("Bedömning", "Besked givet om binjurebarkscancer, radikalt opererad. Pat och hustrun informerade om att adjuvant mitotan rekommenderas och om kontroller med DT var tredje månad."),
    ])],
    [("NL101", "n1")], [("NL101", "n2"), ("NL102", "n2")],
    "PAD-verified cancer withheld in the visible ward note n1; the later note n2 tells the patient")

case("adr-kan-rora-sig-om-icke-klassisk-cah", S, ("19990805", "286"), [
    note("n1", M, "Läkaranteckning", "sus_endo_malmo", "snilsson", "2024-04-30T13:10", [
        ("Anamnes", "24-årig kvinna med hirsutism sedan puberteten och oregelbunden mens. Ingen hormonell antikonception."),
        ("Lab", "17-OH-progesteron 14 nmol/L i follikelfas, testosteron 2,9."),
        ("Bedömning", "Kan röra sig om icke-klassisk kongenital binjurebarkshyperplasi. Synacthentest med 17-OH-progesteron bokat."),
    ])],
    [A102], [],
    "'Kan röra sig om' hedges non-classic CAH in a visible Bedömning")

case("adr-epikris-addisonkris-trolig-utlosande-gastroenterit", V, ("19840213", "196"), [
    note("n1", M, "Epikris", "nal_medavd", "mlund", "2024-09-27T11:45", [
        ("Orsak till vård", "Binjurebarkskris hos kvinna med känd Addisons sjukdom sedan 2016."),
        ("Vårdförlopp", "Två dygns kräkningar och diarré hemma, kunde inte behålla tabletterna och tog ingen extra dos. Inkom hypoton, Na 127. Snabb förbättring på Solu-Cortef iv och vätska, kost från dag 2. Trolig utlösande orsak viral gastroenterit, sambon hade samma symtom."),
        ("Information", "Genomgått sjukdagsregler igen med pat, inkl. hur Solu-Cortef ges im vid kräkningar. Pat känner sig trygg."),
        ("Planering", "Åter till ordinarie Plenadren 20 mg och Florinef. Uppföljning på endokrinmottagningen om en månad."),
    ], setting=SV)],
    [A102], [],
    "long epikris: main diagnosis confirmed, but 'Trolig ... viral gastroenterit' hedges a trigger diagnosis")
# ================================================================ PITUITARY
case("hyp-trol-mikroprolaktinom", V, ("19941208", "428"), [
    note("n1", M, "Läkaranteckning", "sas_endo", "tehrani", "2024-02-15T10:30", [
        ("Anamnes", "29-årig kvinna med oregelbundna menstruationer sedan ett år och galaktorré bilat. hCG neg. Inga psykofarmaka."),
        ("Utredning", "Prolaktin 2100 mIE/L vid upprepade prov. MR hypofys: 6 mm hypointens lesion till vänster i adenohypofysen."),
        ("Bedömning", "Trol. mikroprolaktinom. Startar kabergolin 0,25 mg två gånger per vecka."),
    ])],
    [A102], [],
    "'Trol. mikroprolaktinom' -- abbreviated hedge on a pituitary diagnosis")

case("hyp-makroprolaktin-inget-prolaktinom", S, ("19880419", "302"), [
    note("n1", M, "Telefonanteckning", "sus_endo_lund", "snilsson", "2024-03-26T15:25", [
        ("Telefonkontakt", "Svar på PEG-fällning: det förhöjda prolaktinet utgörs till största delen av makroprolaktin och biologiskt aktivt prolaktin är normalt. Inget prolaktinom, MR behövs inte. Meddelat pat som är lättad."),
    ])],
    [], [A102],
    "negated prolactinoma ('Inget prolaktinom'), explained to the patient")

case("hyp-akromegali-misstanks-starkt", S, ("19670603", "319"), [
    note("n1", M, "Läkaranteckning", "sus_endo_malmo", "lindholm", "2024-04-18T09:00", [
        ("Anamnes", "Tandläkaren har noterat att underkäken vuxit fram. Pat själv märker att vigselringen inte går på och att skostorleken ökat från 43 till 45."),
        ("Status", "Grova anletsdrag, prominent haka och glabella, stora händer med degig hud. Karpaltunnelsymtom bilat."),
        ("Lab", "IGF-1 2,6 x övre referensgräns."),
        ("Bedömning", "Akromegali misstänks starkt. OGTT med GH-suppression och MR hypofys beställt."),
    ], signed=None)],
    [A102], [],
    "'Akromegali misstänks starkt' -- verb form of the hedge (unsigned draft)")

case("hyp-akromeagli-kan-inte-uteslutas-typo", V, ("19720930", "135"), [
    note("n1", M, "Läkaranteckning", "alingsas_med", "wikstrom", "2024-05-02T11:40", [
        ("Bedömning", "Lätt förhöjt IGF-1, snarkning och käkledsbesvär. Akromeagli kan inte uteslutas; ny IGF-1 och OGTT med GH beställda."),
    ])],
    [A102], [],
    "typo 'Akromeagli' with 'kan inte uteslutas'")

case("hyp-akromegali-ej-informerad-om-diagnosen", V, ("19650124", "213"), [
    note("n1", M, "Läkaranteckning", "su_endo", "ajohansson", "2024-09-03T13:50", [
        ("Utredning", "OGTT: GH nadir 3,4 mikrog/L, ej hämmat. MR hypofys: makroadenom 14 mm med suprasellär utbredning utan kontakt med chiasma."),
        ("Bedömning", "Akromegali orsakad av GH-producerande makroadenom. Pat ännu ej informerad om diagnosen, besked ges vid läkarbesök 11/9 då även remiss till neurokirurgen diskuteras."),
    ])],
    [A101], [A102],
    "settled acromegaly in visible Bedömning while the patient is not yet informed")

case("hyp-akromegali-tidiga-hyp-mall-sedan-besked", S, ("19780814", "246"), [
    note("n1", M, "Tidiga hypoteser", "hbg_endo", "snilsson", "2024-08-05T14:10", [
        ("Bedömning", "IGF-1 förhöjt vid två tillfällen. Hypotes akromegali, ännu inte framfört till pat i väntan på OGTT."),
    ]),
    note("n2", M, "Läkaranteckning", "hbg_endo", "snilsson", "2024-09-02T10:20", [
        ("Bedömning", "OGTT visar ej hämmat GH och MR visar makroadenom 11 mm. Pat informerad idag om att hon har akromegali och om planerad transsfenoidal kirurgi."),
    ])],
    [], [("NL102", "n1"), ("NL101", "n2"), ("NL102", "n2")],
    "Skåne: hypothesis kept in template Tidiga hypoteser; the later visible note has the settled, told diagnosis")

case("hyp-apoplexi-sannolik-panhypopituitarism", V, ("19580219", "371"), [
    note("n1", M, "Inskrivningsanteckning", "nal_medavd", "sgustafsson", "2024-11-19T02:40", [
        ("Anamnes", "Plötslig svår huvudvärk i går kväll med kräkningar och dubbelseende. Känt icke-funktionellt hypofysadenom 2 cm, följs expektativt sedan 2021."),
        ("Status", "AT: Påverkad. Ptos höger, abducenspares höger. Lindrigt nackstel. GCS 15."),
        ("Utredning", "DT hjärna: blödning i det kända hypofysadenomet. Na 129, kortisol 40 nmol/L, fT4 9."),
        ("Bedömning", "Hypofysapoplexi med sannolik panhypopituitarism. Akut kortisolsubstitution."),
        ("Åtgärd", "Solu-Cortef 100 mg iv x 4. Neurokirurgisk konsult per telefon, MR i morgon bitti."),
    ], signed=70, setting=SV)],
    [A102], [],
    "night admission: 'sannolik panhypopituitarism' after pituitary apoplexy")

case("hyp-barn-gh-brist-bekraftad-foraldrar-informerade", S, ("20160411", "193"), [
    note("n1", M, "Mottagningsanteckning", "sus_barn_lund", "ek", "2024-05-15T10:00", [
        ("Aktuellt", "8-årig pojke, opererad för kraniofaryngiom 2022, följs för tillväxten. Längdtillväxt 3,1 cm senaste året."),
        ("Bedömning", "Tillväxthormonbrist bekräftad vid arginin- och glukagontest. Föräldrarna informerade och vill starta behandling."),
        ("Planering", "Norditropin 0,025 mg/kg/d, sjuksköterskeinstruktion nästa vecka."),
    ])],
    [], [A102, A101],
    "child under 13: confirmed GH deficiency, guardians informed")

case("hyp-mikroadenom-ingen-hypofysinsufficiens", V, ("19810707", "046"), [
    note("n1", M, "Läkaranteckning", "skas_endo", "haddad", "2024-06-05T14:30", [
        ("Bedömning", "Icke-funktionellt mikroadenom 5 mm, incidentellt fynd vid MR för yrsel. Ingen hypofysinsufficiens: normalt morgonkortisol, fT4, IGF-1 och gonadotropiner. Ingen hormonell överproduktion. Ny MR om ett år."),
    ])],
    [], [A102],
    "confirmed microadenoma; hypopituitarism explicitly negated")

case("hyp-pmo-trol-prolaktinom", S, ("19960125", "528"), [
    note("n1", P, "Läkarbesök", "vc_nasby", "ohansson", "2024-01-11T09:20", [
        ("Bedömning", "Amenorré fem månader, prolaktin 1800, ej gravid. Trol. prolaktinom, remiss endokrin Lund för MR och bedömning."),
    ])],
    [], [A102],
    "PMO: probable prolactinoma in a vårdcentral note is not shown")

case("hyp-bild-som-vid-shehans-typo", V, ("19900512", "264"), [
    note("n1", M, "Läkaranteckning", "sas_endo", "lindqvist", "2024-07-10T10:15", [
        ("Anamnes", "Förlöst för fem månader sedan med stor postpartumblödning, 3,2 liter, då transfunderad. Har inte kunnat amma, ingen mens sedan förlossningen, trött och frusen."),
        ("Bedömning", "Bild som vid Shehans syndrom. Hypofysprover med kortisol, fT4, IGF-1, LH/FSH och prolaktin tagna, MR hypofys beställd."),
    ])],
    [A102], [],
    "typo 'Shehans' in 'Bild som vid ... syndrom' -- hedged diagnosis")

case("hyp-fragestallning-diabetes-insipidus", S, ("19870828", "391"), [
    note("n1", M, "Läkaranteckning", "hbg_endo", "lindholm", "2024-10-08T13:00", [
        ("Aktuellt", "Dricker 6–7 liter per dygn och kissar stora mängder även nattetid sedan ett halvår. Inga läkemedel, aldrig behandlad med litium."),
        ("Bedömning", "Frågeställning: diabetes insipidus centralis (AVP-brist) eller primär polydipsi. P-osmolalitet 296, U-osmolalitet 140. Törstprov med copeptin planeras inneliggande."),
    ], signed=None)],
    [A102], [],
    "'Frågeställning: diabetes insipidus ... eller primär polydipsi' (unsigned draft)")

case("hyp-makroadenom-hedges-bara-pa-planer", V, ("19600930", "178"), [
    note("n1", M, "Läkaranteckning", "su_endo", "tehrani", "2024-08-29T09:45", [
        ("Bedömning", "Icke-funktionellt makroadenom 22 mm med chiasmapåverkan och bitemporal kvadrantanopsi. Operation rekommenderas, pat informerad och positiv."),
        ("Planering", "Trolig inskrivning för transsfenoidal kirurgi v. 42. Eventuellt ny synfältsundersökning före op om det drar ut på tiden."),
    ])],
    [], [A102],
    "confirmed macroadenoma; 'Trolig' and 'Eventuellt' hedge only admission and an examination")

case("hyp-hypofysit-metastas-tidiga-hyp-mall", S, ("19610318", "044"), [
    note("n1", M, "Tidiga hypoteser", "sus_endo_lund", "bergqvist", "2024-02-22T16:00", [
        ("Bedömning", "Förtjockat hypofysskaft och ACTH-brist hos pat med känd bröstcancer. Kan röra sig om lymfocytär hypofysit, alternativt metastas. Inte framfört."),
    ])],
    [], [A102],
    "Skåne template Tidiga hypoteser protects 'Kan röra sig om ... alternativt metastas'")

case("hyp-vgr-mall-tidiga-hyp-men-sokord-bedomning", V, ("19630801", "319"), [
    note("n1", M, "Tidiga hypoteser", "su_endo", "haddad", "2024-03-07T12:35", [
        ("Bedömning", "Trolig immunterapiinducerad hypofysit efter ipilimumab, lågt ACTH och kortisol. Hydrokortison 20-10-0 insatt."),
    ])],
    [A102], [],
    "VGR protects by sökord, not by template: a hedge under sökord Bedömning is visible even in a note named Tidiga hypoteser")

case("hyp-skane-sokord-tidiga-hyp-i-vanlig-mall", S, ("20070312", "177"), [
    note("n1", M, "Läkaranteckning", "sus_endo_malmo", "lindholm", "2024-04-04T11:05", [
        ("Aktuellt", "17-årig pojke med utebliven pubertet, testikelvolym 3 ml bilat, LH och FSH låga."),
        ("Tidiga hypoteser", "Möjligt Kallmanns syndrom med hypogonadotrop hypogonadism och nedsatt luktsinne."),
    ])],
    [A102], [],
    "Skåne protects by template only: sökord Tidiga hypoteser inside an ordinary Läkaranteckning stays visible")

case("hyp-cushings-sjukdom-ipss-ej-informerad", S, ("19830221", "404"), [
    note("n1", M, "Läkaranteckning", "sus_endo_lund", "bergqvist", "2024-11-14T15:40", [
        ("Utredning", "Sinus petrosus-kateterisering: central/perifer ACTH-gradient 8,2 efter CRH, lateralisering vänster. MR visar 4 mm adenom."),
        ("Bedömning", "ACTH-producerande hypofysadenom, Cushings sjukdom. Pat har inte informerats om resultatet; besked vid planerat läkarbesök 26/11 tillsammans med neurokirurg."),
    ])],
    [A101], [A102],
    "Cushing's disease settled by IPSS, visible, patient not yet informed")

case("hyp-makroadenom-incidentellt-ej-infomerad-typo", S, ("19540604", "153"), [
    note("n1", M, "Konsultationsanteckning", "sus_endo_malmo", "snilsson", "2024-12-03T10:50", [
        ("Konsultfråga", "Neurologen undrar över fynd på MR hjärna gjord pga migrän."),
        ("Bedömning", "Icke-funktionellt makroadenom 13 mm, hormonellt inaktivt enligt dagens prover. Pat ej infomerad om fyndet ännu, neurologen tar det vid sitt besök på fredag och remitterar sedan hit."),
    ])],
    [A101], [A102],
    "typo 'ej infomerad': the patient has not been told about a settled macroadenoma in a visible consult")

case("hyp-misstanken-om-akromegali-avskrivs", V, ("19760127", "263"), [
    note("n1", M, "Läkaranteckning", "nal_endo", "mkarlsson", "2024-06-13T08:55", [
        ("Bedömning", "IGF-1 normaliserat vid omprov och GH hämmas normalt vid OGTT. Misstanken om akromegali avskrivs och pat avslutas på mottagningen."),
    ])],
    [], [A102],
    "'Misstanken om akromegali avskrivs' -- a withdrawn hypothesis is not NL102")

case("hyp-cushing-postop-lang-ev-recidiv", S, ("19850906", "426"), [
    note("n1", M, "Läkaranteckning", "sus_endo_lund", "bergqvist", "2024-10-24T13:30", [
        ("Anamnes", "Opererad transsfenoidalt 2021 för Cushings sjukdom, remission postop med hydrokortisonsubstitution i ett år. Senaste halvåret viktuppgång 6 kg, sämre sömn och nya blåmärken."),
        ("Status", "Vikt 82 kg (76). BT 152/94. Rundare ansikte jämfört med foto från 2023, inga nya striae. Tunn hud på underarmarna."),
        ("Lab", "Sent kvällssalivkortisol 9,4 och 11,2 nmol/L (ref <3,5). Dygnsurin-kortisol 310 nmol/d. HbA1c 47."),
        ("Bedömning", "Ev. recidiv av Cushings sjukdom. Dex-test 1 mg och ny MR hypofys med tunna snitt beställda. Metformin startas för glukosen."),
        ("Planering", "Diskuteras på hypofysronden 7/11. Återbesök med provsvar om tre veckor, ssk ringer om tiden."),
    ])],
    [A102], [],
    "long follow-up note: 'Ev. recidiv av Cushings sjukdom' visible")
# ================================================================ CALCIUM
case("ca-forenlight-med-hyperparatyreodism-typo", V, ("19570310", "284"), [
    note("n1", M, "Läkaranteckning", "kungalv_med", "wikstrom", "2024-02-29T14:00", [
        ("Bedömning", "S-Ca 2,78, joniserat 1,46, PTH 9,1 – inadekvat högt. Förenlight med primär hyperparatyreodism. Dygnsurin-kalcium för att skilja mot FHH, DXA och ultraljud njurar."),
    ])],
    [A102], [],
    "typos 'Förenlight' and 'hyperparatyreodism' -- hedged PHPT in a visible note")

case("ca-phpt-bekraftad-informerad-op", S, ("19540527", "266"), [
    note("n1", M, "Mottagningsanteckning", "sus_endokir_lund", "ljung", "2024-03-05T10:45", [
        ("Bedömning", "Primär hyperparatyreoidism med osteoporos i underarmen och njursten 2022, operationsindikation föreligger. Sestamibi och ultraljud lokaliserar adenomet till vänster nedre. Pat informerad om diagnos och ingrepp, önskar operation."),
        ("Planering", "Fokuserad paratyreoidektomi, väntetid cirka tre månader."),
    ])],
    [], [A102],
    "confirmed and communicated PHPT, localised adenoma: no NL102")

case("ca-dd-fhh-clearancekvot", S, ("19990123", "031"), [
    note("n1", M, "Läkaranteckning", "angelholm_med", "akesson", "2024-06-18T11:25", [
        ("Bedömning", "Lätt hyperkalcemi 2,66 med PTH 6,8 hos ung symtomfri man vars pappa har 'högt kalk'. DD familjär hypokalciurisk hyperkalcemi. Ca/kreatininclearancekvot inväntas innan eventuellt gentest (CASR)."),
    ])],
    [A102], [],
    "'DD familjär hypokalciurisk hyperkalcemi' in a visible Bedömning")

case("ca-paratyreoideacancer-kan-inte-uteslutas", V, ("19620814", "399"), [
    note("n1", M, "Läkaranteckning", "su_endokir", "lolsson", "2024-05-23T13:15", [
        ("Bedömning", "S-Ca 3,42 och PTH 68 med palpabel hård resistens på vänster halssida. Paratyreoideacancer kan inte uteslutas; en bloc-resektion diskuteras på MDK."),
    ], signed=None)],
    [A102], [],
    "'kan inte uteslutas' hedges parathyroid carcinoma (unsigned draft)")

case("ca-hyperkalcemi-malignitet-myelom-fragetecken", S, ("19460211", "044"), [
    note("n1", M, "Inskrivningsanteckning", "ystad_avd", "wester", "2024-04-07T20:30", [
        ("Anamnes", "78-årig kvinna som inkommer pga förvirring, förstoppning och stora urinmängder senaste veckan. Ryggvärk sedan två månader."),
        ("Status", "AT: Slö, desorienterad till tid. Torr i munnen. Cor: RR 92. Pulm: ua. Buk: mjuk, palpationsfri."),
        ("Lab", "S-Ca 3,6, albumin 31, PTH <0,5. Kreatinin 168, Hb 98, SR 88."),
        ("Bedömning", "Svår PTH-oberoende hyperkalcemi. Malignitetsorsakad? Myelom? Skelettmetastaser?"),
        ("Åtgärd", "NaCl 3 liter/dygn, zoledronsyra 4 mg iv efter rehydrering. Elfores, fria lätta kedjor, PTHrP och DT thorax-buk."),
    ], signed=45, setting=SV)],
    [A102], [],
    "ward admission with a row of question-marked malignancy diagnoses")

case("ca-sekundar-hpt-ingen-primar", V, ("19510630", "220"), [
    note("n1", M, "Läkaranteckning", "alingsas_med", "wikstrom", "2024-11-26T10:20", [
        ("Bedömning", "Förhöjt PTH 11,2 med normalt kalcium och 25-OH-D 18 nmol/L. Sekundär hyperparatyreoidism pga D-vitaminbrist; ingen primär hyperparatyreoidism. Kolekalciferol 1600 IE/d, nya prover efter tre månader."),
    ])],
    [], [A102],
    "confirmed secondary HPT, primary HPT negated")

case("ca-pmo-misstankt-primar-hpt", S, ("19600317", "381"), [
    note("n1", P, "Läkarbesök", "vc_eslov", "hadzic", "2024-09-24T14:45", [
        ("Bedömning", "Kalk 2,71 vid hälsokontroll, PTH i övre normalområdet. Misstänkt primär HPT, nytt prov med joniserat kalcium om 2 v."),
    ])],
    [], [A102],
    "PMO: suspected primary HPT in a vårdcentral note is not NL102")

case("ca-men1-gensvar-ej-informerad", V, ("19800929", "153"), [
    note("n1", M, "Läkaranteckning", "su_endo", "ajohansson", "2024-11-28T14:20", [
        ("Provsvar", "Genetisk analys: patogen variant i MEN1-genen (c.1546dupC)."),
        ("Bedömning", "Multipel endokrin neoplasi typ 1, genetiskt bekräftad, hos pat med primär hyperparatyreoidism och prolaktinom. Pat har inte fått gensvaret ännu; genetisk vägledning bokad 5/12 där beskedet lämnas."),
    ])],
    [A101], [A102],
    "genetically confirmed MEN1 written visibly while the patient has not been given the result")

case("ca-trol-hungry-bone-postop", S, ("19590902", "128"), [
    note("n1", M, "Daganteckning", "sus_kiravd_lund", "ljung", "2024-03-27T08:40", [
        ("Aktuellt", "Dag 2 efter paratyreoidektomi. Stickningar i fingrarna och runt munnen, Ca 1,94."),
        ("Bedömning", "Trol. hungry bone-syndrom efter långvarig HPT med högt ALP preop; höga kalkdoser kommer att behövas en tid."),
        ("Ordination", "Calcichew 1 g x 4, alfakalcidol 1 mikrog x 2. Ca två gånger dagligen."),
    ], signed=None, setting=SV)],
    [A102], [],
    "postop ward note: 'Trol. hungry bone-syndrom' (unsigned draft)")

case("ca-normala-provsvar-ej-informerad", V, ("19640419", "324"), [
    note("n1", M, "Läkaranteckning", "sas_endo", "lindqvist", "2024-04-25T15:55", [
        ("Bedömning", "Primär HPT opererad 2022, nu årskontroll: S-Ca 2,34 och PTH 4,2, normala värden. Pat ej informerad om provsvaren ännu, ssk ringer i morgon."),
    ])],
    [], [A101],
    "what is not yet told is a normal result; the old PHPT is known to the patient")

case("ca-oklart-om-litium-eller-phpt", S, ("19701015", "248"), [
    note("n1", M, "Läkaranteckning", "csk_med", "sandberg", "2024-07-16T10:40", [
        ("Aktuellt", "Bipolär sjukdom, litium sedan 15 år via psykiatrin. Remitteras för S-Ca 2,74 och PTH 8,0."),
        ("Bedömning", "Oklart om det rör sig om litiuminducerad hyperparatyreoidism eller primär hyperparatyreoidism oberoende av litium. Kontakt med psykiatrin om möjligheten till utsättningsförsök; sestamibi oavsett."),
    ])],
    [A102], [],
    "'Oklart om det rör sig om ... eller ...' between two hyperparathyroidism diagnoses")

# ================================================================ OSTEOPOROSIS
case("ost-dxa-osteoporos-informerad-alendronat", V, ("19560217", "208"), [
    note("n1", M, "Mottagningsanteckning", "su_osteo", "bjork", "2024-01-23T09:15", [
        ("Utredning", "DXA: ländrygg T -3,1, total höft T -2,4. FRAX 28 % tioårsrisk för större fraktur."),
        ("Bedömning", "Postmenopausal osteoporos. Pat informerad om diagnosen och om för- och nackdelar med behandling, väljer alendronat 70 mg en gång per vecka."),
    ])],
    [], [A102],
    "DXA-confirmed osteoporosis with no hedge (told, treatment chosen)")

case("ost-trol-osteoporitisk-kotkompression-typo", S, ("19510920", "366"), [
    note("n1", M, "Läkaranteckning", "sus_osteo_malmo", "rosen", "2024-02-14T14:35", [
        ("Aktuellt", "Akut ryggsmärta efter att ha lyft en blomkruka. Rtg visar kilformig kotkompression Th12 med 30 % höjdreduktion."),
        ("Bedömning", "Trol. osteoporitisk kotkompression. DXA beställd, blodprover för sekundära orsaker inkl. elfores, kalcium, PTH och TSH."),
    ])],
    [A102], [],
    "typo 'osteoporitisk' -- 'Trol.' hedges an osteoporotic fracture diagnosis")

case("ost-pmo-sannolik-osteoporos-remiss-dxa", S, ("19590505", "424"), [
    note("n1", P, "Läkarbesök", "vc_landskrona", "ohansson", "2024-03-13T10:50", [
        ("Bedömning", "Handledsfraktur efter fall i samma plan, 64 år, tidig menopaus. Sannolik osteoporos. Remiss DXA."),
    ])],
    [], [A102],
    "PMO: probable osteoporosis is not shown")

case("ost-osteomalaci-kan-ej-uteslutas", V, ("19480112", "327"), [
    note("n1", M, "Läkaranteckning", "skas_osteo", "wikstrom", "2024-03-28T13:30", [
        ("Bedömning", "Låg bentäthet, diffus skelettvärk och muskelsvaghet, 25-OH-D <10, ALP 380 och lågt fosfat. Osteomalaci kan ej uteslutas, ingen bisfosfonat förrän D-vitaminbristen är korrigerad."),
    ])],
    [A102], [],
    "'Osteomalaci kan ej uteslutas' in a visible osteoporosis-clinic note")

case("ost-manlig-osteoporos-inga-tecken-myelom", S, ("19490728", "211"), [
    note("n1", M, "Läkaranteckning", "sus_osteo_malmo", "rosen", "2024-05-29T11:00", [
        ("Bedömning", "Manlig osteoporos med två kotkompressioner. Sekundärutredning klar: normal elfores och normala fria lätta kedjor, inga tecken på myelom. Testosteron normalt, celiakiscreening negativ. Zoledronsyra 5 mg iv årligen planeras."),
    ])],
    [], [A102],
    "'inga tecken på myelom' negates the only other diagnosis")

case("ost-zoledronsyra-infusion-biverkningsinfo", V, ("19550403", "300"), [
    note("n1", M, "Sjuksköterskeanteckning", "su_osteo", "strom", "2024-06-12T09:40", [
        ("Åtgärd", "Aclasta 5 mg iv under 20 min via god venväg, väl tolererat. Kalcium och kreatinin kontrollerade före."),
        ("Information", "Informerad om att feber, ledvärk och muskelvärk kan uppkomma första dygnet och går över av sig själv. Paracetamol vid behov."),
    ])],
    [], [A102],
    "nurse infusion note: only conditional side effects, no hedged diagnosis")

case("ost-atypisk-femurfraktur-fragetecken", V, ("19520606", "140"), [
    note("n1", M, "Läkaranteckning", "su_osteo", "bjork", "2024-09-04T10:10", [
        ("Aktuellt", "Alendronat sedan nio år. Molande smärta lateralt i höger lår sedan två månader, värre vid belastning."),
        ("Bedömning", "Atypisk femurfraktur? Rtg visar lokal kortikal förtjockning lateralt subtrokantärt. Alendronat sätts ut omedelbart, MR femur bilat beställd, avlastning med kryckor."),
    ], signed=None)],
    [A102], [],
    "question-marked atypical femoral fracture under bisphosphonate (unsigned draft)")

case("ost-dxa-svar-pat-ej-nadd", S, ("19580922", "082"), [
    note("n1", M, "Telefonanteckning", "trelleborg_med", "nygren", "2024-10-10T15:30", [
        ("Telefonkontakt", "Svar DXA: osteoporos i lårbenshalsen, T -2,8. Försökt nå pat två gånger utan svar, pat är alltså ännu inte informerad. Nytt försök i morgon, annars brev."),
    ])],
    [A101], [A102],
    "DXA-confirmed osteoporosis visible while the patient could not yet be reached and is not informed")

case("ost-mor-misstankt-osteoporos-pat-normal-dxa", V, ("19660218", "366"), [
    note("n1", M, "Mottagningsanteckning", "kungalv_med", "sgustafsson", "2024-07-04T14:25", [
        ("Anamnes", "Mamma fick höftfraktur vid 70 års ålder, misstänkt osteoporos men aldrig utredd. Pat själv 58 år, ingen tidigare fraktur."),
        ("Bedömning", "DXA normal med T -0,8 i ländrygg och -1,1 i höft. Ingen behandling, råd om fysisk aktivitet och kalciumrik kost."),
    ])],
    [], [A102],
    "the suspected osteoporosis belongs to the mother")

case("ost-hemsjukvard-pmo-misstankt-kotfraktur", S, ("19400309", "220"), [
    note("n1", P, "Hembesök", "hsv_hoor", "martensson", "2024-11-07T13:15", [
        ("Anteckning", "Hembesök hos 84-årig kvinna med känd osteoporos på Prolia. Föll i badrummet i går, nu ryggsmärta. Misstänkt kotfraktur, jourläkare kontaktad och rtg ländrygg bokas."),
    ])],
    [], [A102],
    "PMO home-care note with a suspected vertebral fracture: not NL102")

case("ost-pmo-remiss-sedan-melior-trol-sekundar", S, ("19571219", "057"), [
    note("n1", P, "Läkarbesök", "vc_staffanstorp", "hadzic", "2024-01-09T15:00", [
        ("Bedömning", "66-årig man med två lågenergifrakturer senaste året. Misstänkt osteoporos, remiss osteoporosmottagningen SUS."),
    ]),
    note("n2", M, "Läkaranteckning", "sus_osteo_malmo", "rosen", "2024-03-05T10:30", [
        ("Utredning", "DXA: ländrygg T -2,9, lårbenshals T -2,6. Testosteron 4,1 nmol/L vid två morgonprov, LH lågt."),
        ("Bedömning", "Osteoporos, trol. sekundär till hypogonadotrop hypogonadism. Remiss androlog, zoledronsyra planeras."),
    ])],
    [("NL102", "n2")], [("NL102", "n1")],
    "the same patient's hedge is hidden in PMO (n1) but visible in the later Melior note (n2)")
# ================================================================ DIABETES / METABOLISM
case("dm-trolig-mody-hnf1a", S, ("19991203", "148"), [
    note("n1", M, "Läkaranteckning", "sus_diab_malmo", "rosen", "2024-02-08T13:15", [
        ("Anamnes", "24-årig kvinna, diabetes diagnostiserad vid 19 års ålder och behandlad som typ 1 med insulin. Mamma, morfar och moster har diabetes debuterad före 25 år."),
        ("Lab", "GAD-ak och IA-2-ak negativa, C-peptid 0,8 nmol/L trots fem års duration. Glukosuri vid normalt blodglukos."),
        ("Bedömning", "Trolig MODY, i första hand HNF1A. Gentest skickat till Klinisk genetik Lund. Bekräftas HNF1A-MODY kan sulfonylurea prövas i stället för insulin."),
    ])],
    [A102], [],
    "'Trolig MODY' in a visible diabetes-clinic Bedömning")

case("dm-gck-mody-bekraftad-informerad", V, ("19920716", "065"), [
    note("n1", M, "Mottagningsanteckning", "su_diab", "lindqvist", "2024-03-19T10:40", [
        ("Bedömning", "GCK-MODY genetiskt bekräftad med patogen variant i GCK. Pat informerad om att tillståndet är godartat och inte kräver läkemedel; metformin sätts ut. Förstagradssläktingar erbjuds testning via genetiken."),
    ])],
    [], [A102],
    "genetically confirmed and communicated GCK-MODY: no NL102")

case("dm-barn-misstankt-mody2", V, ("20150301", "111"), [
    note("n1", M, "Läkaranteckning", "su_barndiab", "hberg", "2024-04-24T14:20", [
        ("Bedömning", "9-årig pojke med lätt förhöjt fasteglukos 6,8–7,2 vid upprepade tillfällen, HbA1c 46, antikroppsnegativ. Pappa har haft 'lite högt socker' sedan ungdomen. Misstänkt MODY 2 (GCK); gentest efter samtycke från båda vårdnadshavarna."),
    ])],
    [A102], [],
    "child under 13: 'Misstänkt MODY 2' is visible to the guardians")

case("dm-mojlig-hnf4a-mody-tidiga-hyp-mall", S, ("19970429", "282"), [
    note("n1", M, "Tidiga hypoteser", "hbg_diab", "snilsson", "2024-05-08T15:45", [
        ("Bedömning", "Möjlig HNF4A-MODY: makrosomi vid födseln, neonatal hypoglykemi och dominant ärftlighet. Tas upp med pat när släktanamnesen kompletterats."),
    ])],
    [], [A102],
    "Skåne template Tidiga hypoteser protects 'Möjlig HNF4A-MODY'")

case("dm-lada-fragetecken", V, ("19690912", "211"), [
    note("n1", M, "Läkaranteckning", "sas_diab", "lindqvist", "2024-06-26T11:10", [
        ("Bedömning", "LADA? GAD-ak 42 (svagt positiv), C-peptid 0,4, BMI 23 och otillräcklig effekt av metformin och Jardiance. Följer C-peptid med lågt tröskelvärde för insulinstart."),
    ])],
    [A102], [],
    "'LADA?' opening the Bedömning")

case("dm-differntialdiagnos-t1-vs-ketosbenagen-t2-typo", S, ("19790307", "013"), [
    note("n1", M, "Inskrivningsanteckning", "hbg_medavd", "alsayed", "2024-07-14T03:20", [
        ("Anamnes", "45-årig man med två veckors törst, polyuri och viktnedgång, i dag kräkningar."),
        ("Status", "AT: Medtagen, acetondoft. Andning djup, AF 24. BT 128/76, puls 108. BMI 33."),
        ("Lab", "P-glukos 28, B-ketoner 3,4, pH 7,29, BE -12."),
        ("Bedömning", "Diabetesketoacidos vid nydebuterad diabetes. Differntialdiagnos typ 1-diabetes vs ketosbenägen typ 2-diabetes. Antikroppar och C-peptid skickade."),
        ("Åtgärd", "Insulininfusion och vätska enligt DKA-PM, kaliumtillförsel efter elstatus."),
    ], signed=90, setting=SV)],
    [A102], [],
    "typo 'Differntialdiagnos' between two diabetes types in a night admission")

case("dm-sannolikt-pankreatogen-diabetes", V, ("19640127", "276"), [
    note("n1", M, "Läkaranteckning", "nal_med", "mlund", "2024-08-21T09:50", [
        ("Bedömning", "Alkoholrelaterad kronisk pankreatit med förkalkningar och exokrin svikt på Creon. Sannolikt pankreatogen diabetes (typ 3c) med instabila glukosvärden och hypoglykemier. Basinsulin i låg dos."),
    ])],
    [A102], [],
    "'Sannolikt pankreatogen diabetes (typ 3c)'")

case("dm-pankreascancer-kan-ej-uteslutas", S, ("19560608", "337"), [
    note("n1", M, "Läkaranteckning", "sus_med_lund", "sandberg", "2024-09-12T14:05", [
        ("Bedömning", "Nydebuterad diabetes hos 68-åring utan hereditet, ofrivillig viktnedgång 8 kg. Pankreascancer kan ej uteslutas, DT pankreas beställd inom en vecka."),
    ])],
    [A102], [],
    "'Pankreascancer kan ej uteslutas' in new-onset diabetes")

case("dm-steroidinducerad-diabetes-ssk-avdelning", V, ("19470823", "149"), [
    note("n1", M, "Sjuksköterskeanteckning", "su_diabteam", "sjoberg", "2024-01-31T13:35", [
        ("Aktuellt", "Tillsyn av diabetessjuksköterska på lungavdelningen. Steroidinducerad diabetes under högdos prednisolon för KOL-exacerbation, glukos 14–19 på eftermiddagen."),
        ("Åtgärd", "NPH-insulin 12 E på morgonen samtidigt med prednisolon enligt läkarordination. Visat pat pennteknik, han klarar det själv."),
    ], setting=SV)],
    [], [A102],
    "confirmed steroid-induced diabetes, no hedge")

case("dm-ssk-t1-plan-hedges", S, ("20010214", "220"), [
    note("n1", M, "Sjuksköterskeanteckning", "csk_diab", "mpersson", "2024-03-04T10:20", [
        ("Aktuellt", "Typ 1-diabetes sedan 12 års ålder, nu 23 år. HbA1c 61 med mycket variabla värden kring träning."),
        ("Åtgärd", "Gått igenom kolhydraträkning och tillfällig sänkning av basaldosen inför gympassen."),
        ("Planering", "Ev. byte till insulinpump till hösten. Trolig uppföljning via videobesök om tre månader."),
    ])],
    [], [A102],
    "diabetes-nurse note: 'Ev.' and 'Trolig' hedge only plans")

case("dm-celiaki-pad-ej-informerad", V, ("19950504", "446"), [
    note("n1", M, "Läkaranteckning", "skas_diab", "tehrani", "2024-07-25T12:00", [
        ("Provsvar", "PAD duodenalbiopsi: total villusatrofi, Marsh 3c."),
        ("Bedömning", "Celiaki hos pat med typ 1-diabetes. Pat är inte informerad om PAD-svaret ännu; ringer henne efter semestern v. 32 och remitterar då till dietist."),
    ])],
    [A101], [A102],
    "biopsy-confirmed coeliac disease written visibly while the patient has not been informed")

case("dm-bild-som-vid-midd", S, ("19740902", "260"), [
    note("n1", M, "Läkaranteckning", "sus_diab_malmo", "rosen", "2024-10-17T15:10", [
        ("Bedömning", "Diabetes sedan 35 års ålder, kortväxt, bilateral sensorineural hörselnedsättning och mamma med diabetes och dövhet. Bild som vid maternellt nedärvd diabetes med dövhet (MIDD, m.3243A>G). Mitokondriell DNA-analys skickad, undviker metformin tills vidare."),
    ], signed=None)],
    [A102], [],
    "'Bild som vid ... MIDD' hedges a monogenic diabetes type (unsigned draft)")

case("dm-pmo-trol-lada", S, ("19740119", "379"), [
    note("n1", P, "Läkarbesök", "vc_staffanstorp", "ohansson", "2024-05-30T08:40", [
        ("Bedömning", "Smal 50-åring med snabbt stigande HbA1c trots metformin. Trol. LADA, GAD-ak skickade."),
    ])],
    [], [A102],
    "PMO: 'Trol. LADA' is not shown")

case("dm-systern-misstankt-mody-pat-frisk", V, ("19960811", "207"), [
    note("n1", M, "Mottagningsanteckning", "alingsas_med", "sgustafsson", "2024-09-17T13:20", [
        ("Aktuellt", "Kommer för provtagning då systern utreds för misstänkt MODY och genetiken rekommenderat att syskon testas."),
        ("Bedömning", "Fasteglukos 5,1, HbA1c 34. Inget som talar för diabetes hos pat. Gentest tas först om systerns variant bekräftas."),
    ])],
    [], [A102],
    "the suspected MODY is the sister's; the patient's own diabetes is negated")

case("dm-sekundar-hemokromatos-fragetecken", S, ("19610314", "295"), [
    note("n1", M, "Läkaranteckning", "landskrona_med", "akesson", "2024-11-21T10:35", [
        ("Bedömning", "Typ 2-liknande diabetes, transferrinmättnad 78 % och ferritin 1650, bronsfärgad hud. Diabetes sekundär till hemokromatos? HFE-analys och leverelastografi beställda."),
    ])],
    [A102], [],
    "question-marked secondary diabetes due to haemochromatosis")

case("dm-insulinom-fragetecken", V, ("19780125", "380"), [
    note("n1", M, "Läkaranteckning", "su_endo", "haddad", "2024-05-09T14:45", [
        ("Anamnes", "Episoder med förvirring och svettningar på förmiddagen, ambulansen uppmätte glukos 2,1 med snabb förbättring efter glukos iv. Viktuppgång 5 kg då pat äter ofta för att förebygga."),
        ("Bedömning", "Endogen hyperinsulinemisk hypoglykemi, insulinom? 72-timmars fasta bokas på avdelningen nästa vecka."),
    ], signed=None)],
    [A102], [],
    "'insulinom?' after a confirmed hypoglycaemia syndrome (unsigned draft)")

case("dm-factitia-sokord-tidiga-hyp-vgr", V, ("19980602", "286"), [
    note("n1", M, "Daganteckning", "su_endoavd", "haddad", "2024-05-17T16:10", [
        ("Aktuellt", "Fastetest avbrutet efter 14 timmar pga glukos 1,9 med neuroglukopena symtom."),
        ("Tidiga hypoteser", "Högt insulin men omätbart C-peptid vid hypoglykemin talar för tillförsel av exogent insulin, misstänkt självinducerad hypoglykemi. Pat ej informerad om misstanken; samråd med psykiatrikonsult först."),
        ("Planering", "Insulinanalogscreening skickad. Kvar på avdelningen, glukos varannan timme."),
    ], setting=SV)],
    [], [A102, A101],
    "VGR: the sensitive, untold suspicion is only under sökord Tidiga hypoteser")

case("dm-sannolkit-factitia-synlig-typo", S, ("20000917", "163"), [
    note("n1", M, "Daganteckning", "sus_endoavd_malmo", "wester", "2024-06-03T14:50", [
        ("Bedömning", "Upprepade svåra hypoglykemier hos sjuksköterskestudent utan diabetes, högt insulin och lågt C-peptid. Sannolkit självtillförsel av insulin (hypoglycaemia factitia). Kurator och psykiatrikonsult kontaktade."),
    ], setting=SV)],
    [A102], [],
    "typo 'Sannolkit' -- factitious hypoglycaemia hedged in a visible Skåne ward note")

case("dm-nydebuterad-t1-beskedet-gavs-i-gar", V, ("19970321", "458"), [
    note("n1", M, "Sjuksköterskeanteckning", "skas_diab", "eandersson", "2024-10-29T09:00", [
        ("Aktuellt", "Nydebuterad typ 1-diabetes; pat och sambo fick diagnosen av läkaren i går och har läst på under kvällen."),
        ("Åtgärd", "Insulinundervisning: pennteknik, injektionsställen och hypoglykemibehandling. Libre 3 applicerad och kopplad till telefonen."),
    ])],
    [], [A101, A102],
    "diagnosis told the day before: no NL101")

case("dm-hnf1b-mody-gensvar-ej-informerad", S, ("19950130", "380"), [
    note("n1", M, "Läkaranteckning", "sus_diab_malmo", "rosen", "2024-09-25T11:30", [
        ("Anamnes", "Diabetes sedan 22 års ålder, njurcystor bilat och lätt förhöjda leverprover."),
        ("Provsvar", "Genetik: heterozygot deletion 17q12 som omfattar HNF1B."),
        ("Bedömning", "HNF1B-MODY (RCAD-syndrom). Pat har ännu inte informerats om gensvaret; det tas på läkarbesöket 2/10 tillsammans med genetisk vägledare."),
    ])],
    [A101], [],
    "genetically settled HNF1B-MODY visible while the patient has not been told")

case("dm-lada-gad-hog-svaret-ej-meddelat", V, ("19811111", "222"), [
    note("n1", M, "Läkaranteckning", "skas_diab", "lindqvist", "2024-12-10T15:15", [
        ("Bedömning", "GAD-ak 250 kE/L och C-peptid 0,3: LADA, autoimmun diabetes hos vuxen. Svaret har inte meddelats pat ännu – läkarbesök bokas för information och insulinstart."),
    ])],
    [A101], [],
    "LADA stated as a diagnosis while 'Svaret har inte meddelats pat ännu'")

case("dm-klinefelter-karyotyp-ej-informerad", V, ("20041020", "277"), [
    note("n1", M, "Läkaranteckning", "su_endo", "tehrani", "2024-04-11T10:25", [
        ("Aktuellt", "19-årig man utredd för gynekomasti, små testiklar och lågt testosteron."),
        ("Provsvar", "Karyotyp 47,XXY."),
        ("Bedömning", "Klinefelters syndrom. Pat ej informerad om kromosomanalysen; besked vid återbesöket 25/4, då han önskat ha mamma med."),
    ])],
    [A101], [A102],
    "Klinefelter syndrome settled by karyotype, visible, patient not informed")

case("dm-ogonbotten-remiss-ej-informerad", S, ("19620704", "103"), [
    note("n1", M, "Sjuksköterskeanteckning", "hbg_diab", "kholm", "2024-08-14T09:30", [
        ("Planering", "Typ 2-diabetes sedan 2018. Remiss till ögonbottenfotografering skickad idag, pat ej informerad om detta än men kallelse kommer hem."),
    ])],
    [], [A101],
    "what is not yet told is that a referral was sent, not a diagnosis")

case("dm-telefon-svar-vantas-sedan-trolig-typ2", V, ("19830405", "150"), [
    note("n1", M, "Telefonanteckning", "nal_med", "esvensson", "2024-02-01T10:10", [
        ("Telefonkontakt", "Pat ringer om provsvaren. Antikroppar och C-peptid är inte klara än, läkaren återkommer när allt har kommit."),
    ]),
    note("n2", M, "Läkaranteckning", "nal_med", "mlund", "2024-02-12T13:40", [
        ("Bedömning", "GAD-ak negativa och C-peptid 1,1. Trolig typ 2-diabetes, ingen autoimmun diabetes. Fortsatt metformin, ssk ger kostråd."),
    ])],
    [("NL102", "n2")], [("NL102", "n1")],
    "n1 only says results are pending (no diagnosis); n2 hedges type 2 diabetes visibly")

# ---- extra NL101 positives
case("thyr-anaplastisk-cancer-avd-barnen-vill-vara-med", S, ("19410615", "226"), [
    note("n1", M, "Daganteckning", "hbg_medavd", "sandberg", "2024-10-30T14:30", [
        ("Aktuellt", "83-årig kvinna inlagd för snabbt växande knöl på halsen med andningspåverkan i ryggläge. Sover med högt huvudända, saturation 95 %."),
        ("Provsvar", "PAD från mellannålsbiopsi: anaplastisk tyreoideacancer."),
        ("Bedömning", "Anaplastisk tyreoideacancer. Pat ännu inte informerad; dottern och sonen vill vara med när beskedet ges i morgon eftermiddag, palliativt team kontaktat."),
    ], setting=SV)],
    [A101], [],
    "ward note: anaplastic thyroid cancer stated while the patient is not yet informed")

case("hyp-makroprolaktinom-besked-med-tolk", V, ("19880813", "466"), [
    note("n1", M, "Läkaranteckning", "sas_endo", "tehrani", "2024-06-03T16:20", [
        ("Bedömning", "Makroprolaktinom 18 mm, prolaktin 9800 mIE/L. Pat har inte fått besked om diagnosen ännu; tolk på tigrinja bokas till besöket 12/6."),
    ])],
    [A101], [],
    "macroprolactinoma written visibly before the patient has been told (interpreter visit pending)")

# ================================================================ validation
CASE_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
PATIENT_KEYS = {"id", "birth_date", "protected_identity"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting",
             "refs", "sections"}
CODES = {"NL101", "NL102"}
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def parse_ts(s):
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%S")


def age_at(birth, when):
    years = when.year - birth.year
    if (when.month, when.day) < (birth.month, birth.day):
        years -= 1
    return years


def validate(cases):
    errors = []
    names = set()
    sentences = {}
    for c in cases:
        name = c.get("case")
        err = lambda msg: errors.append("%s: %s" % (name, msg))
        if set(c) != CASE_KEYS:
            err("case keys %s" % sorted(c))
        if name in names:
            err("duplicate case name")
        names.add(name)
        if c["ruleset"] not in ("skane", "vgr"):
            err("bad ruleset")
        if not c["why"].strip():
            err("empty why")
        rec = c["record"]
        if set(rec) != RECORD_KEYS:
            err("record keys %s" % sorted(rec))
        if rec["access_events"] or rec["conversations"] or rec["treatments"]:
            err("non-empty access_events/conversations/treatments")
        pat = rec["patient"]
        if set(pat) != PATIENT_KEYS:
            err("patient keys")
        pid, bd = pat["id"], pat["birth_date"]
        if not re.fullmatch(r"\d{8}-\d{4}", pid):
            err("bad personnummer format")
        else:
            if pid[:8] != bd.replace("-", ""):
                err("personnummer does not match birth_date")
            if luhn_digit(pid[2:8] + pid[9:12]) != pid[12]:
                err("personnummer fails Luhn")
        try:
            birth = dt.date.fromisoformat(bd)
        except ValueError:
            err("invalid birth_date")
            continue
        try:
            as_of = parse_ts(rec["as_of"])
        except ValueError:
            err("bad as_of")
            continue
        if as_of.year != 2024:
            err("as_of not in 2024")
        stamps = [as_of]
        note_ids = {}
        for n in rec["notes"]:
            if set(n) != NOTE_KEYS:
                err("note keys %s" % sorted(n))
            if n["id"] in note_ids:
                err("duplicate note id")
            note_ids[n["id"]] = n
            if n["system"] not in ("Melior", "PMO"):
                err("bad system")
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                err("VGR note not Melior")
            if set(n["unit"]) != {"name", "hsa_id"} or set(n["author"]) != {"name", "role"}:
                err("unit/author keys")
            if n["setting"] not in ("öppenvård", "slutenvård"):
                err("bad setting")
            t = parse_ts(n["time"])
            if t.year != 2024:
                err("note time not in 2024")
            stamps.append(t)
            if n["signed"] is not None:
                st = parse_ts(n["signed"])
                if st.year != 2024 or st < t:
                    err("bad signed time")
            if t > as_of:
                err("note after as_of")
            if not n["sections"]:
                err("note without sections")
            for sec in n["sections"]:
                if set(sec) != {"keyword", "text"} or not sec["text"].strip():
                    err("bad section")
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in sentences and sentences[sent] != (name, n["id"], sec["keyword"]):
                            err("sentence repeated (also in %s): %s" % (sentences[sent][0], sent))
                        sentences.setdefault(sent, (name, n["id"], sec["keyword"]))
        for ts in stamps:
            a = age_at(birth, ts)
            if a < 0 or 13 <= a <= 15:
                err("patient age %d at %s" % (a, ts))
        seen = set()
        for lst in ("must", "must_not"):
            for item in c[lst]:
                if len(item) != 2:
                    err("bad assertion %r" % (item,))
                    continue
                code, target = item
                if code not in CODES:
                    err("unexpected code %s" % code)
                if target not in note_ids:
                    err("target %s does not exist" % target)
                    continue
                if (code, target) in seen:
                    err("assertion %s/%s listed twice" % (code, target))
                seen.add((code, target))
                system = note_ids[target]["system"]
                if code == "NL102" and lst == "must" and system != "Melior":
                    err("NL102 must on non-Melior note")
                if code == "NL102" and system == "PMO" and lst != "must_not":
                    err("PMO NL102 must be must_not")
                if code == "NL101" and system == "PMO":
                    err("NL101 asserted on PMO note")
        if not c["must"] and not c["must_not"]:
            err("no assertions")
    return errors


def main():
    errors = validate(CASES)
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        return 1
    out = os.path.join(HERE, "nl1_dev101_cases.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    tally = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                tally[(code, lst)] = tally.get((code, lst), 0) + 1
    print("wrote %d cases to %s" % (len(CASES), out))
    for code in sorted(CODES):
        print("  %s must=%d must_not=%d" % (code, tally.get((code, "must"), 0),
                                           tally.get((code, "must_not"), 0)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
