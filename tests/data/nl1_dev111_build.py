#!/usr/bin/env python3
"""dev111: skin and joints in primary care and specialist clinics (NL101, NL102).

Melanoma suspected on dermatoscopy, basalcellscancer, psoriasis / psoriasisartrit,
eksem vs. kontaktallergi, urtikaria, lupus, vaskulit, gikt, PMR vs. jättecellsarterit,
PAD answers awaited or not told, photos sent via 1177. Skåne (Melior + PMO) and VGR
(Melior only).

Standard library only, deterministic. Writes cases.jsonl next to this file and exits 1
on any validation problem.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- units
UNITS = {
    # Region Skåne, Melior (hospitals)
    "HUD_LUND": ("Hudkliniken, Skånes universitetssjukhus Lund", "SE2321000255-4410"),
    "HUD_MALMO": ("Hudmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4432"),
    "YRKESDERM": ("Yrkes- och miljödermatologi, Skånes universitetssjukhus Malmö", "SE2321000255-4457"),
    "HUD_KRISTIANSTAD": ("Hudmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-6121"),
    "HUD_HBG": ("Hudmottagningen, Helsingborgs lasarett", "SE2321000255-5308"),
    "PLASTIK_MALMO": ("Plastikkirurgiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4719"),
    "REUMA_LUND": ("Reumatologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-3902"),
    "REUMA_MALMO": ("Reumatologimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-3926"),
    "REUMA_HBG": ("Reumatologimottagningen, Helsingborgs lasarett", "SE2321000255-5341"),
    "MED_YSTAD": ("Medicinmottagningen, Lasarettet i Ystad", "SE2321000255-7085"),
    "MEDAVD_TRELLEBORG": ("Medicinavdelning 2, Lasarettet i Trelleborg", "SE2321000255-7263"),
    "AKUT_HBG": ("Akutmottagningen, Helsingborgs lasarett", "SE2321000255-5102"),
    "AKUT_LUND": ("Akutmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-3011"),
    "OGON_LUND": ("Ögonkliniken, Skånes universitetssjukhus Lund", "SE2321000255-3488"),
    "NJUR_LUND": ("Njurmedicin, Skånes universitetssjukhus Lund", "SE2321000255-3650"),
    "BARN_MALMO": ("Barn- och ungdomsmedicinska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4880"),
    "BARNAKUT_LUND": ("Barnakuten, Skånes universitetssjukhus Lund", "SE2321000255-3297"),
    "ONK_LUND": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-3574"),
    # Region Skåne, PMO (primary care)
    "VC_LINERO": ("Vårdcentralen Linero, Lund", "SE2321000255-8113"),
    "VC_ESLOV": ("Vårdcentralen Eslöv", "SE2321000255-8340"),
    "VC_KIRSEBERG": ("Vårdcentralen Kirseberg, Malmö", "SE2321000255-8562"),
    "VC_HOOR": ("Vårdcentralen Höör", "SE2321000255-8617"),
    "VC_SIMRISHAMN": ("Vårdcentralen Simrishamn", "SE2321000255-8798"),
    "VC_ANGELHOLM": ("Vårdcentralen Ängelholm", "SE2321000255-8904"),
    "BVC_STAFFANSTORP": ("BVC Staffanstorp", "SE2321000255-9022"),
    "HEMSJ_HASSLEHOLM": ("Hemsjukvården Hässleholm", "SE2321000255-9157"),
    # Västra Götalandsregionen, Melior
    "HUD_SU": ("Hudkliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011"),
    "HUD_NU": ("Hudmottagningen, NU-sjukvården Uddevalla sjukhus", "SE2321000131-E000000214"),
    "HUD_SKAS": ("Hudmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000327"),
    "HUD_SAS": ("Hudmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000432"),
    "REUMA_SU": ("Reumatologmottagningen, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-E000000518"),
    "REUMA_SAS": ("Reumatologimottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000609"),
    "REUMA_SKAS": ("Reumatologimottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000641"),
    "MED_ALINGSAS": ("Medicinmottagningen, Alingsås lasarett", "SE2321000131-E000000733"),
    "MEDAVD_KUNGALV": ("Medicinavdelning 31, Kungälvs sjukhus", "SE2321000131-E000000820"),
    "AKUT_OSTRA": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E000000905"),
    "AKUT_NAL": ("Akutmottagningen, NÄL Trollhättan", "SE2321000131-E000000977"),
    "BARNREUMA_DSBUS": ("Barnreumatologiska mottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000001046"),
    "BARNMED_SKAS": ("Barnmedicinska mottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000001112"),
    "OGON_MOLNDAL": ("Ögonmottagningen, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-E000001208"),
    "NJUR_SU": ("Njurmedicinska mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000001275"),
    "KIR_KUNGALV": ("Kirurgmottagningen, dagkirurgi, Kungälvs sjukhus", "SE2321000131-E000001339"),
    "PLASTIK_SU": ("Plastikkirurgiska mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000001402"),
    "ONK_SU": ("Jubileumskliniken, onkologi, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000001466"),
    "GERIATRIK_SU": ("Geriatriska mottagningen, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-E000001530"),
}


# ---------------------------------------------------------------- helpers
def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def P(birth, serial):
    """Patient with a Luhn-valid personnummer for birth (YYYY-MM-DD) and 3-digit serial."""
    ymd = birth.replace("-", "")
    check = luhn_digit(ymd[2:] + serial)
    return {"id": "%s-%s%s" % (ymd, serial, check), "birth_date": birth,
            "protected_identity": False}


def N(nid, system, template, unit, author, role, time, signed, setting, sections):
    name, hsa = UNITS[unit]
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": time + ":00" if len(time) == 16 else time,
        "signed": (signed + ":00" if signed and len(signed) == 16 else signed),
        "setting": setting,
        "refs": [],
        "sections": [{"keyword": k, "text": t} for k, t in sections],
    }


CASES = []


def add(name, ruleset, patient, as_of, notes, must, must_not, why):
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": patient,
            "as_of": as_of + "T00:00:00",
            "notes": notes,
            "access_events": [],
            "conversations": [],
            "treatments": [],
        },
        "must": [list(x) for x in must],
        "must_not": [list(x) for x in must_not],
        "why": why,
    })


M, PMO = "Melior", "PMO"
OV, SV = "öppenvård", "slutenvård"

# ================================================================= CASES
# ---------------------------------------------------------------- melanom
add("mel-susp-dermatoskopi-skuldra", "skane", P("1967-04-18", "326"), "2024-03-31",
    [N("n1", M, "Läkaranteckning", "HUD_LUND", "Karin Ekstrand", "läkare",
       "2024-03-12T10:20", "2024-03-12T11:05", OV, [
        ("Anamnes", "Remiss från vårdcentral. 57-årig kvinna som sett att ett födelsemärke på vä skuldra vuxit och blivit mörkare senaste halvåret. Ingen blödning. Solat mycket i ungdomen med flera brännskador. Ingen hereditet för hudcancer."),
        ("Status", "Vä skuldra: 9 x 7 mm asymmetrisk brunsvart pigmentering med ojämn kant. Dermatoskopi: atypiskt pigmentnätverk, blåvit slöja centralt, oregelbundna prickar i periferin. Övrig hud: ett 40-tal nevi utan avvikande drag."),
        ("Bedömning", "Misstänkt malignt melanom vä skuldra."),
        ("Åtgärd", "Diagnostisk excision med 2 mm marginal bokas på vår operationsenhet inom 14 dagar. Fotodokumentation gjord."),
    ])],
    [("NL102", "n1")], [("NL101", "n1")],
    "dermatoskopisk melanommisstanke ('Misstänkt malignt melanom') i synlig Bedömning i Melior; inget sägs om information")

add("mel-typo-missankt-kort", "vgr", P("1979-11-02", "418"), "2024-03-31",
    [N("n1", M, "Läkaranteckning", "HUD_SU", "Per Wallin", "läkare",
       "2024-03-05T14:10", "2024-03-05T14:12", OV, [
        ("Bedömning", "Missänkt melanom hö vad, excision bokad 12/3."),
    ])],
    [("NL102", "n1")], [],
    "enradig anteckning med felstavad hedge (typo: 'Missänkt') före melanom, synlig sökord")

add("mel-dd-seborroisk-keratos", "skane", P("1946-01-27", "553"), "2024-04-30",
    [N("n1", M, "Mottagningsanteckning", "HUD_MALMO", "Lars Svedberg", "läkare",
       "2024-04-09T09:40", "2024-04-09T10:15", OV, [
        ("Status", "Rygg: 12 mm brun, vaxartad, lätt upphöjd förändring med 'stuck-on'-utseende. Dermatoskopi: milium-lika cystor men även ett område med oregelbundna streck i nedre kanten."),
        ("Bedömning", "Seborroisk keratos, DD melanom. Eftersom dermatoskopin inte är helt typisk excideras förändringen."),
    ])],
    [("NL102", "n1")], [],
    "'DD melanom' efter en fastställd benign diagnos gör melanom till en synlig hypotes")

add("mel-in-situ-kan-ej-uteslutas", "vgr", P("1953-06-30", "275"), "2024-05-31",
    [N("n1", M, "Läkaranteckning", "HUD_NU", "Ingrid Dahlgren", "läkare",
       "2024-05-14T13:00", "2024-05-14T13:45", OV, [
        ("Aktuellt", "Sedan ett år en tilltagande brun fläck på vä kind, kliar inte."),
        ("Bedömning", "Lentigo på kinden hos 71-årig man, dermatoskopiskt med asymmetriska pigmenterade follikelöppningar. Melanoma in situ kan ej uteslutas. Stansbiopsi tas från mörkaste området."),
    ])],
    [("NL102", "n1")], [],
    "'kan ej uteslutas' efter melanoma in situ i synligt sökord")

add("mel-benignt-nevus-inga-tecken", "skane", P("1988-09-14", "640"), "2024-02-29",
    [N("n1", M, "Läkaranteckning", "HUD_KRISTIANSTAD", "Emir Hodžić", "läkare",
       "2024-02-20T08:30", "2024-02-20T08:55", OV, [
        ("Anamnes", "Pat har själv sett en prick på magen i spegeln, orolig efter att en kollega fått melanom."),
        ("Status", "Buk: 5 mm jämnt brun makula. Dermatoskopi: regelbundet retikulärt nätverk, symmetriskt, inga strukturer av betydelse."),
        ("Bedömning", "Benignt junktionsnevus. Inga tecken på melanom."),
        ("Planering", "Ingen åtgärd. Ev. ny kontroll om pat upplever förändring."),
    ])],
    [], [("NL102", "n1")],
    "negerat melanom ('Inga tecken på'), kollegans sjukdom och planhedge ('Ev. ny kontroll') - ingen hypotes om patienten")

add("mel-hereditet-morbror-trolig", "vgr", P("1992-12-08", "227"), "2024-06-30",
    [N("n1", M, "Mottagningsanteckning", "HUD_SKAS", "Sofia Lindén", "läkare",
       "2024-06-11T10:00", "2024-06-11T10:40", OV, [
        ("Hereditet", "Mor opererad för melanom 2015. Morbror hade trol. också melanom, avled i 60-årsåldern."),
        ("Status", "Ca 80 nevi, flera större än 5 mm på bålen. Dermatoskopiskt genomgående benign bild. Helkroppsfoto taget."),
        ("Bedömning", "Multipla nevi med ärftlig belastning. Inga suspekta lesioner idag."),
        ("Planering", "Årlig kontroll med digital dermatoskopi. Solskyddsråd givna."),
    ])],
    [], [("NL102", "n1")],
    "den enda hedgen ('trol. också melanom') gäller morbrodern, inte patienten")

add("mel-pad-ej-besked", "skane", P("1971-03-22", "381"), "2024-04-30",
    [N("n1", M, "Mottagningsanteckning", "PLASTIK_MALMO", "Johan Åkesson", "läkare",
       "2024-04-17T15:20", "2024-04-17T15:34", OV, [
        ("PAD", "Excisionsbiopsi vä vad: malignt melanom av ytligt spridande typ, Breslow 0,6 mm, ingen ulceration, pT1a. Radikalt exciderat med 1,5 mm marginal."),
        ("Planering", "Pat har ännu inte fått besked om PAD-svaret. Ringer pat i morgon förmiddag och bokar tid för utvidgad excision med 1 cm marginal."),
    ])],
    [("NL101", "n1")], [("NL102", "n1")],
    "fastställt melanom i synligt PAD-sökord medan texten säger att patienten ännu inte fått besked")

add("mel-pad-informerad-telefon", "vgr", P("1959-07-19", "136"), "2024-03-31",
    [N("n1", M, "Telefonanteckning", "PLASTIK_SU", "Amanda Krantz", "läkare",
       "2024-03-18T11:05", "2024-03-18T11:20", OV, [
        ("Telefonkontakt", "Ringt pat angående PAD från excisionen på ryggen 4/3: nodulärt melanom, Breslow 1,2 mm, ej ulcererat. Pat informerad om diagnosen och fortsatt handläggning. Remiss skrivs för utvidgad excision och portvaktskörtelbiopsi. Skriftlig info och kontaktsjuksköterskans nummer skickas hem."),
    ])],
    [], [("NL101", "n1")],
    "melanomdiagnos i synlig text, patienten informerad per telefon samma dag")

add("mel-tidiga-hypoteser-mall-skane", "skane", P("1985-05-03", "462"), "2024-05-31",
    [N("n1", M, "Tidiga hypoteser", "HUD_LUND", "Karin Ekstrand", "läkare",
       "2024-05-07T16:00", "2024-05-07T16:25", OV, [
        ("Bedömning", "Dermatoskopi av förändring i hårbotten: atypiskt nätverk och regressionsområden. Misstänkt melanom. Pat har uttalad hälsoångest med tidigare suicidförsök i samband med cancerbesked hos anhörig, misstanken kommuniceras i lugn och ro vid besöket efter PAD."),
    ])],
    [], [("NL102", "n1"), ("NL101", "n1")],
    "Skåne: misstänkt melanom och att patienten inte informerats står bara i mallen Tidiga hypoteser (skyddad)")

add("mel-vgr-sokord-tidiga-hypoteser", "vgr", P("1975-10-29", "584"), "2024-07-31",
    [N("n1", M, "Läkaranteckning", "HUD_SAS", "Henrik Molander", "läkare",
       "2024-07-02T09:15", "2024-07-02T10:00", OV, [
        ("Anamnes", "Rosa knottra på hö överarm sedan 3 mån, har blött vid två tillfällen."),
        ("Status", "Hö överarm: 6 mm rosaröd, fast papel. Dermatoskopi: polymorfa kärl, inga pigmentstrukturer."),
        ("Tidiga hypoteser", "Susp. amelanotiskt melanom."),
        ("Åtgärd", "Excision i lokalbedövning idag, suturerat med 2 st 4-0. PAD skickat. Stygn tas på VC om 12 dagar."),
    ])],
    [], [("NL102", "n1")],
    "VGR: hypotesen står bara under sökordet Tidiga hypoteser; synliga sökord saknar diagnoshypotes")

add("mel-vgr-tidiga-men-lackage", "vgr", P("1949-02-14", "671"), "2024-08-31",
    [N("n1", M, "Läkaranteckning", "HUD_SU", "Per Wallin", "läkare",
       "2024-08-20T13:30", "2024-08-20T14:02", OV, [
        ("Tidiga hypoteser", "Nodulärt melanom misstänks."),
        ("Bedömning", "Snabbväxande blåsvart knuta på nacken, trol. nodulärt melanom. Excision bokad med förtur."),
    ])],
    [("NL102", "n1")], [],
    "VGR: hypotesen finns under Tidiga hypoteser men upprepas med 'trol.' i synlig Bedömning")

add("mel-pmo-1177-bild-remiss", "skane", P("1990-08-11", "248"), "2024-06-30",
    [N("n1", PMO, "Tel.kontakt läkare", "VC_LINERO", "Mattias Nyberg", "läkare",
       "2024-06-03T12:40", "2024-06-03T12:58", OV, [
        ("Kontaktorsak", "Ärende via 1177: pat skickar två bilder på ett födelsemärke på låret som ändrat färg."),
        ("Bedömning", "Bilderna visar en oregelbundet pigmenterad förändring med flera färger, misstänkt melanom. Bilderna skannade enligt rutin."),
        ("Åtgärd", "Remiss hudkliniken SUS Lund skickad som prioriterad. Svar till pat via 1177, ombedd ringa om kallelse inte kommit inom 2 v."),
    ])],
    [], [("NL102", "n1")],
    "PMO (primärvård Skåne) visar aldrig diagnoser: misstänkt melanom efter 1177-bild ger ingen NL102")

add("mel-1177-foto-inger-misstanke-nagel", "vgr", P("1962-04-05", "317"), "2024-04-30",
    [N("n1", M, "Ärendeanteckning", "HUD_SKAS", "Malin Sjöberg", "läkare",
       "2024-04-22T10:45", "2024-04-22T10:52", OV, [
        ("Ärende 1177", "Foto från pat via 1177 (remisskomplettering): mörk längsgående strimma i nageln på vä tumme, bredd ca 4 mm, pigmentet går ut i nagelvallen."),
        ("Bedömning", "Bilden inger misstanke om subungualt melanom. Pat kallas till nagelbiopsi inom 2 veckor."),
    ])],
    [("NL102", "n1")], [],
    "'inger misstanke om' subungualt melanom efter foto via 1177, synligt sökord i Melior")

add("mel-typo-ingen-missanke-dermatofibrom", "vgr", P("1996-01-17", "432"), "2024-01-31",
    [N("n1", M, "Läkaranteckning", "HUD_NU", "Ingrid Dahlgren", "läkare",
       "2024-01-23T14:30", "2024-01-23T14:48", OV, [
        ("Status", "Vä underben: 5 mm fast brunaktig papel, positivt 'dimple sign'. Dermatoskopi: central vit fläck med perifert fint pigmentnätverk."),
        ("Bedömning", "Dermatofibrom. Ingen missanke om melanom."),
        ("Åtgärd", "Ingen åtgärd behövs, pat lugnad."),
    ])],
    [], [("NL102", "n1")],
    "negerat melanom med felstavning (typo: 'Ingen missanke om'); dermatofibrom är fastställt")

add("mel-misstanke-avskrivs-efter-pad", "skane", P("1983-10-06", "529"), "2024-03-31",
    [N("n1", M, "Återbesök", "HUD_HBG", "Nora Isaksson", "läkare",
       "2024-03-14T11:00", "2024-03-14T11:30", OV, [
        ("PAD", "Dysplastiskt nevus med lätt cellatypi, radikalt exciderat."),
        ("Bedömning", "Melanommisstanken från dermatoskopin i januari avskrivs. Pat informerad om PAD-svaret vid dagens besök och mycket lättad."),
        ("Planering", "Ingen ytterligare kontroll av ärret behövs. Egenkontroll av huden, hör av sig vid nya förändringar."),
    ])],
    [], [("NL102", "n1"), ("NL101", "n1")],
    "en tidigare melanommisstanke 'avskrivs' efter PAD och patienten har fått svaret - varken hypotes eller undanhållen diagnos")

add("mel-informerad-maken-ej", "vgr", P("1961-09-23", "744"), "2024-05-31",
    [N("n1", M, "Läkaranteckning", "ONK_SU", "Gustav Rehn", "läkare",
       "2024-05-21T09:00", "2024-05-21T09:50", OV, [
        ("Bedömning", "Malignt melanom stadium IIIB efter portvaktskörtelbiopsi med mikrometastas. Pat informerad idag om diagnos, stadium och förslag om adjuvant behandling med pembrolizumab."),
        ("Socialt", "Gift, två vuxna barn. Pat vill själv välja tidpunkt att berätta för maken och önskar att han inte informeras av oss tills vidare."),
    ])],
    [], [("NL101", "n1")],
    "patienten är informerad om melanomet; det är bara maken som inte ska få veta")

add("mel-tidiga-hypoteser-sedan-besked", "skane", P("1950-12-01", "265"), "2024-03-31",
    [N("n1", M, "Tidiga hypoteser", "HUD_LUND", "Anders Holmqvist", "läkare",
       "2024-02-06T15:10", "2024-02-06T15:30", OV, [
        ("Bedömning", "PAD från excision av vä kind: lentigo maligna melanom, Breslow 0,4 mm. Pat ej informerad, hon vårdas inneliggande på psykiatrisk avdelning efter akut psykos. Besked när hon är utskriven och stabil."),
     ]),
     N("n2", M, "Läkaranteckning", "HUD_LUND", "Anders Holmqvist", "läkare",
       "2024-03-04T10:00", "2024-03-04T10:40", OV, [
        ("Aktuellt", "Besök tillsammans med dottern. Utskriven från psykiatrin sedan två veckor, stabil enligt psykiatriker."),
        ("Information", "Pat informerad om att PAD visade lentigo maligna melanom på vä kind. Hon tog beskedet väl och ställde relevanta frågor."),
        ("Planering", "Utvidgad excision med 5 mm marginal, remiss till plastikkirurgen."),
     ])],
    [], [("NL101", "n1"), ("NL101", "n2")],
    "Skåne: undanhållen melanomdiagnos i Tidiga hypoteser (n1), senare synlig anteckning där patienten informeras (n2)")

add("mel-ej-nadd-sedan-nadd", "vgr", P("1972-06-12", "159"), "2024-04-30",
    [N("n1", M, "Telefonanteckning", "HUD_SU", "Lena Forsberg", "sjuksköterska",
       "2024-04-10T13:20", "2024-04-10T13:25", OV, [
        ("Telefonkontakt", "PAD har kommit: malignt melanom, Breslow 0,9 mm på hö underarm. Sökt pat på telefon två gånger utan svar, pat är således ej informerad. Nytt försök i morgon, dr Lindqvist vidtalad."),
     ]),
     N("n2", M, "Telefonanteckning", "HUD_SU", "Olof Lindqvist", "läkare",
       "2024-04-11T08:40", "2024-04-11T08:55", OV, [
        ("Telefonkontakt", "Når pat. Informerat om melanomet och att vi skickar remiss för utvidgad excision. Pat har frågor om ärftlighet som besvaras vid besöket."),
     ])],
    [("NL101", "n1")], [("NL101", "n2")],
    "n1: fastställt melanom synligt, patienten ej nådd och ej informerad; n2 dagen efter: patienten informerad")

add("mel-bild-som-vid-ej-informerad-dement", "skane", P("1936-08-25", "402"), "2024-09-30",
    [N("n1", M, "Läkaranteckning", "HUD_MALMO", "Lars Svedberg", "läkare",
       "2024-09-10T10:30", "2024-09-10T11:20", OV, [
        ("Status", "Hö tinning: 2 cm oregelbunden brunsvart plack med nodulär komponent i nedre delen."),
        ("Bedömning", "Klinisk bild som vid lentigo maligna melanom med invasiv nodulär del. Pat är ej informerad om misstanken då hon är kraftigt dement och sonen, som är god man, inte kunde närvara idag."),
        ("Planering", "Ringer sonen för samtal innan biopsi. Stansbiopsi från nodulära delen bokas."),
    ])],
    [("NL102", "n1"), ("NL101", "n1")], [],
    "'bild som vid' melanom i synlig Bedömning, och texten säger att patienten inte informerats om misstanken")

add("mel-digital-dermatoskopi-planhedge", "vgr", P("1987-03-09", "366"), "2024-09-30",
    [N("n1", M, "Sjuksköterskeanteckning", "HUD_SAS", "Elin Hammar", "sjuksköterska",
       "2024-09-17T08:00", "2024-09-17T08:20", OV, [
        ("Åtgärd", "Uppföljning med digital dermatoskopi av 3 markerade nevi på ryggen. Jämfört med bilder från september 2023 ses ingen förändring i storlek eller struktur. Dr Molander har granskat bilderna: oförändrade benigna nevi."),
        ("Planering", "Trolig avslutning av kontrollerna efter nästa jämförelse. Ev. tidigareläggs tiden om pat själv ser förändring."),
    ])],
    [], [("NL102", "n1")],
    "hedgar bara planer ('Trolig avslutning', 'Ev. tidigareläggs'); diagnosen benigna nevi är fastställd")

add("mel-metastas-pet-ej-underrattad", "skane", P("1958-11-30", "183"), "2024-06-30",
    [N("n1", M, "Läkaranteckning", "ONK_LUND", "Maria Thelander", "läkare",
       "2024-06-13T14:00", "2024-06-13T14:35", OV, [
        ("Aktuellt", "Opererad för melanom på ryggen 2022 (pT2b). Uppföljande PET-DT 12/6."),
        ("Utredning", "PET-DT: FDG-upptag i två lymfkörtlar i vä axill och en 11 mm levermetastas, sammantaget spridd melanomsjukdom. Svaret diskuterat på MDK idag."),
        ("Planering", "Pat ännu inte underrättad, kallas till läkarbesök med kontaktsjuksköterska på torsdag där besked ges. Inför besöket BRAF-analys på tidigare preparat."),
    ])],
    [("NL101", "n1")], [],
    "spridd melanomsjukdom (fastställd) i synlig Utredning, 'Pat ännu inte underrättad'")

add("mel-susp-lentigo-maligna", "vgr", P("1944-05-16", "290"), "2024-10-31",
    [N("n1", M, "Läkaranteckning", "HUD_SKAS", "Malin Sjöberg", "läkare",
       "2024-10-08T13:10", None, OV, [
        ("Bedömning", "Pigmenterad makula vä kind 15 mm, susp. lentigo maligna. Biopsi x 2 från de mörkaste partierna."),
    ])],
    [("NL102", "n1")], [],
    "osignerat utkast: 'susp.' lentigo maligna i synligt sökord")

# ---------------------------------------------------------------- basalcellscancer
add("bcc-trol-nasvinge", "skane", P("1948-07-07", "511"), "2024-02-29",
    [N("n1", M, "Läkaranteckning", "HUD_KRISTIANSTAD", "Emir Hodžić", "läkare",
       "2024-02-13T09:20", "2024-02-13T09:58", OV, [
        ("Anamnes", "Sår på vä nasvinge som inte läker sedan i höstas, blöder ibland när han torkar sig."),
        ("Status", "Vä ala nasi: 7 mm pärlemorskimrande papel med central krusta och trädlika kärl i kanten."),
        ("Bedömning", "Trol. basalcellscancer, nodulär typ."),
        ("Åtgärd", "Stansbiopsi 3 mm tagen. PAD inväntas, därefter ställningstagande till Mohs-kirurgi kontra excision."),
    ])],
    [("NL102", "n1")], [],
    "'Trol. basalcellscancer' i synlig Bedömning innan PAD")

add("bcc-typo-sannolkit-basaliom", "vgr", P("1955-02-03", "348"), "2024-03-31",
    [N("n1", M, "Läkaranteckning", "HUD_SAS", "Henrik Molander", "läkare",
       "2024-03-26T15:00", "2024-03-26T15:20", OV, [
        ("Bedömning", "Sannolkit basaliom på ryggen, superficiell typ. Behandling med imikimod-kräm 5 ggr/v i 6 v."),
    ])],
    [("NL102", "n1")], [],
    "felstavad hedge (typo: 'Sannolkit') före basaliom i synlig Bedömning")

add("bcc-pad-meddelad-brev", "skane", P("1940-10-12", "476"), "2024-05-31",
    [N("n1", M, "Administrativ anteckning", "HUD_HBG", "Nora Isaksson", "läkare",
       "2024-05-16T16:10", "2024-05-16T16:15", OV, [
        ("PAD", "Hö kind: nodulär basalcellscancer, radikalt exciderad, minsta marginal 2 mm."),
        ("Åtgärd", "Pat meddelad PAD-svaret per brev idag. Ingen ytterligare behandling eller kontroll av ärret behövs."),
    ])],
    [], [("NL101", "n1")],
    "fastställd basalcellscancer; patienten har fått svaret per brev")

add("bcc-pad-ej-radikal-ej-informerad", "vgr", P("1957-01-21", "225"), "2024-06-30",
    [N("n1", M, "Mottagningsanteckning", "KIR_KUNGALV", "Reza Karimi", "läkare",
       "2024-06-18T12:15", "2024-06-18T12:30", OV, [
        ("PAD", "Infiltrativ basalcellscancer, ej radikalt exciderad i laterala kanten."),
        ("Planering", "Pat ännu ej informerad. Ny tid för re-excision bokas och besked om PAD ges vid det besöket av opererande kirurg."),
    ])],
    [("NL101", "n1")], [("NL102", "n1")],
    "fastställd basalcellscancer i synligt PAD-sökord, 'Pat ännu ej informerad'")

add("bcc-pmo-typo-misstankr", "skane", P("1943-03-15", "617"), "2024-03-31",
    [N("n1", PMO, "Besök läkare", "VC_SIMRISHAMN", "Britta Olsson", "läkare",
       "2024-03-06T10:00", "2024-03-06T10:25", OV, [
        ("Anamnes", "81-årig f.d. lantbrukare med sår på hjässan sedan ett år."),
        ("Status", "Hjässan: 12 mm ulcererad förändring med upprullad pärlemorfärgad kant. Rikligt med aktiniska keratoser i övrigt."),
        ("Bedömning", "Misstänkr BCC. Remiss hud Kristianstad."),
    ])],
    [], [("NL102", "n1")],
    "PMO visar inga diagnoser; hedgad BCC (typo: 'Misstänkr') i primärvårdsanteckning ger ingen NL102")

add("bcc-pad-vantas-ej-informerad-om-datum", "skane", P("1966-08-04", "138"), "2024-03-31",
    [N("n1", M, "Sjuksköterskeanteckning", "HUD_LUND", "Camilla Borg", "sjuksköterska",
       "2024-03-19T10:30", "2024-03-19T10:36", OV, [
        ("Telefonkontakt", "Pat ringer och undrar över PAD efter excisionen på ryggen 14/2. PAD ännu ej klart, patologen har långa svarstider just nu. Pat ej informerad om datum för återbesök eftersom tiden inte är bokad. Lovat att ringa upp när svaret kommit."),
    ])],
    [], [("NL101", "n1")],
    "det som inte är meddelat är ett datum och PAD finns inte ännu - ingen undanhållen diagnos")

add("bcc-1177-fragar-svar-ges-nu", "vgr", P("1952-11-11", "587"), "2024-05-31",
    [N("n1", M, "Sjuksköterskeanteckning", "HUD_NU", "Therese Ljung", "sjuksköterska",
       "2024-05-08T14:00", "2024-05-08T14:20", OV, [
        ("Ärende 1177", "Pat skriver via 1177 och undrar varför hon inte fått svar på provet från operationen i mars."),
        ("Åtgärd", "Kontrollerat: PAD finns sedan 3 veckor och visar ytlig basalcellscancer, radikalt exciderad. Pat har inte fått besked då svaret inte signerats av ansvarig läkare. Dr Berg har signerat idag. Pat informerad via telefon om svaret och att ingen ytterligare åtgärd behövs. Avvikelse skriven."),
    ])],
    [], [("NL101", "n1")],
    "'har inte fått besked' beskriver det som hänt; i samma anteckning informeras patienten om basalcellscancern")

add("bcc-pmo-teledermatoskopi-ej-informerad", "skane", P("1950-04-28", "309"), "2024-04-30",
    [N("n1", PMO, "Journalanteckning", "VC_ESLOV", "Sara Lundgren", "läkare",
       "2024-04-24T16:30", "2024-04-24T16:35", OV, [
        ("Bedömning", "Trol. BCC på ryggen enl. hudläkarens bedömning via teledermatoskopi. Pat ej informerad än, ringer henne i morgon."),
    ])],
    [], [("NL102", "n1")],
    "PMO: hedgad BCC ger aldrig NL102 (NL101 asserteras inte på PMO)")

add("bcc-dd-aktinisk-keratos", "vgr", P("1951-12-19", "454"), "2024-02-29",
    [N("n1", M, "Läkaranteckning", "HUD_SKAS", "Jonas Ek", "läkare",
       "2024-02-08T11:40", "2024-02-08T12:05", OV, [
        ("Status", "Panna: 1 cm rodnad, fjällande plack, lätt infiltrerad vid palpation."),
        ("Bedömning", "Hypertrofisk aktinisk keratos, DD ytlig BCC. Kryo räcker inte om det är BCC, därför stansbiopsi först."),
    ])],
    [("NL102", "n1")], [],
    "'DD ytlig BCC' är en synlig differentialdiagnos")

add("bcc-recidiv-inga-tecken", "skane", P("1945-06-02", "372"), "2024-11-30",
    [N("n1", M, "Mottagningsanteckning", "HUD_MALMO", "Jenny Paulsson", "läkare",
       "2024-11-12T13:00", "2024-11-12T13:20", OV, [
        ("Aktuellt", "Opererad för BCC på ryggen 2021 och i hö tinning 2022. Årlig kontroll."),
        ("Status", "Ärren lugna, inga tecken på recidiv. Hela huden genomgången, inga nytillkomna suspekta förändringar."),
        ("Bedömning", "Recidivfri. Avslutas från mottagningen, pat får information om självkontroll."),
    ])],
    [], [("NL102", "n1")],
    "tidigare fastställd BCC och negerat recidiv; ingen hypotes")

add("bcc-opanteckning-basaliom-fragetecken", "vgr", P("1938-09-09", "199"), "2024-07-31",
    [N("n1", M, "Operationsanteckning", "KIR_KUNGALV", "Reza Karimi", "läkare",
       "2024-07-11T09:30", "2024-07-11T10:10", OV, [
        ("Preoperativ diagnos", "Basaliom? hö tinning."),
        ("Operation", "Elliptisk excision 2,5 x 1 cm med 4 mm marginal i lokalbedövning (Xylocain-adrenalin 10 mg/ml, 4 ml). Intrakutan sutur. Preparatet nålmarkerat kl 12."),
        ("Postoperativt", "Stygn tas på VC om 7 dagar. PAD-svar meddelas per brev."),
    ])],
    [("NL102", "n1")], [],
    "frågetecken efter diagnos ('Basaliom?') i synlig preoperativ diagnos i operationsanteckning")

add("bcc-kan-inte-utesluta-skivepitelcancer", "skane", P("1942-02-26", "535"), "2024-08-31",
    [N("n1", M, "Läkaranteckning", "HUD_LUND", "Anders Holmqvist", "läkare",
       "2024-08-27T14:15", "2024-08-27T14:40", OV, [
        ("Status", "Hö handrygg: 14 mm hyperkeratotisk knöl med kraterformat centrum, vuxit snabbt senaste 6 v."),
        ("Bedömning", "Keratoakantom, men kan inte utesluta högt differentierad skivepitelcancer. Excision i helhet."),
    ])],
    [("NL102", "n1")], [],
    "'kan inte utesluta' skivepitelcancer i synlig Bedömning")

# ---------------------------------------------------------------- psoriasis / psoriasisartrit
add("pso-kand-biologiskt-start", "vgr", P("1980-07-25", "213"), "2024-02-29",
    [N("n1", M, "Läkaranteckning", "HUD_SU", "Cecilia Åström", "läkare",
       "2024-02-15T09:00", "2024-02-15T09:50", OV, [
        ("Aktuellt", "Känd plackpsoriasis sedan tonåren, otillräcklig effekt av metotrexat 20 mg/v och tidigare UVB."),
        ("Status", "PASI 12,4. Plack på armbågar, knän, ländrygg och i hårbotten. Naglar med gropbildning. Leder ua."),
        ("Bedömning", "Måttlig till svår psoriasis med nagelengagemang. Uppfyller kriterier för biologisk behandling."),
        ("Åtgärd", "Start adalimumab 80 mg s.c. vecka 0, därefter 40 mg varannan vecka. Quantiferon och hepatitserologi utan anmärkning. Injektionsundervisning av ssk."),
    ])],
    [], [("NL102", "n1")],
    "känd och fastställd psoriasis, inga hedgar och inget om att patienten inte informerats")

add("psa-daktylit-talar-for", "skane", P("1977-03-03", "456"), "2024-04-30",
    [N("n1", M, "Nybesök", "REUMA_LUND", "Fredrik Strand", "läkare",
       "2024-04-04T13:00", "2024-04-04T13:55", OV, [
        ("Anamnes", "Psoriasis i hårbotten sedan 10 år. Sedan 2 mån svullen 3:e tå vä fot, 'korvtå', samt hälsmärta på morgonen."),
        ("Status", "Daktylit dig III vä fot. Ömhet vid hälseneinfästningen vä. Övriga leder utan synovit."),
        ("Lab", "CRP 14, SR 28. RF och anti-CCP negativa."),
        ("Bedömning", "Daktylit och entesit hos pat med psoriasis talar för psoriasisartrit."),
    ])],
    [("NL102", "n1")], [],
    "'talar för psoriasisartrit' i synlig Bedömning")

add("psa-typo-trolgi", "vgr", P("1969-10-10", "332"), "2024-05-31",
    [N("n1", M, "Läkaranteckning", "REUMA_SAS", "Mikael Sandberg", "läkare",
       "2024-05-28T10:30", "2024-05-28T11:00", OV, [
        ("Status", "Svullna DIP-leder dig II-IV hö hand, nagelpsoriasis med onykolys."),
        ("Bedömning", "Trolgi psoriasisartrit. Rtg händer och fötter beställd, metotrexat diskuteras vid återbesök."),
    ])],
    [("NL102", "n1")], [],
    "felstavad hedge (typo: 'Trolgi') före psoriasisartrit i synlig Bedömning")

add("psa-pmo-fragetecken-remiss", "skane", P("1984-01-19", "579"), "2024-01-31",
    [N("n1", PMO, "Besök läkare", "VC_KIRSEBERG", "Yasmin Haddad", "läkare",
       "2024-01-16T14:20", "2024-01-16T14:50", OV, [
        ("Aktuellt", "Känd psoriasis, nu ledvärk i händer och knän, morgonstelhet ca 1 h."),
        ("Status", "Svullnad MCP 2-3 hö. Plack på armbågarna."),
        ("Bedömning", "?PsA. Remiss reumatologen SUS Malmö, lab tagen (CRP, SR, RF, anti-CCP, urat)."),
    ])],
    [], [("NL102", "n1")],
    "PMO: '?PsA' i primärvårdsanteckning visas aldrig som diagnos")

add("psa-hereditet-pappa-mojligen-handartros", "skane", P("1963-05-27", "240"), "2024-06-30",
    [N("n1", M, "Läkaranteckning", "REUMA_HBG", "Annika Wiklund", "läkare",
       "2024-06-05T08:30", "2024-06-05T09:10", OV, [
        ("Hereditet", "Syster har psoriasis, pappa hade möjligen psoriasisartrit men utreddes aldrig."),
        ("Status", "Hårda knöliga förtjockningar över DIP II-V bilat (Heberdens noder). Ingen synovit, inga hud- eller nagelförändringar."),
        ("Rtg", "Rtg händer: artros i DIP-leder bilat, inga erosioner av PsA-typ."),
        ("Bedömning", "Handartros. Ingen artrit."),
    ])],
    [], [("NL102", "n1")],
    "hedgen ('möjligen psoriasisartrit') gäller pappan; patientens handartros är fastställd och artrit negerad")

add("psa-kan-uteslutas-ultraljud", "vgr", P("1990-02-22", "167"), "2024-03-31",
    [N("n1", M, "Läkaranteckning", "REUMA_SU", "Hanna Berglund", "läkare",
       "2024-03-21T11:00", "2024-03-21T11:45", OV, [
        ("Aktuellt", "Remiss från hudkliniken pga ledvärk hos pat med psoriasis."),
        ("Utredning", "Ultraljud händer och fötter: ingen synovit, ingen entesit, ingen powerdopplersignal."),
        ("Bedömning", "Psoriasisartrit kan uteslutas. Besvären förklaras av känd fibromyalgi."),
    ])],
    [], [("NL102", "n1")],
    "svår negativ: 'kan uteslutas' (utan 'ej') avskriver psoriasisartrit")

add("pso-guttata-bild-som-vid-barn", "skane", P("2015-03-11", "282"), "2024-10-31",
    [N("n1", M, "Läkaranteckning", "BARN_MALMO", "Ida Persson", "läkare",
       "2024-10-15T13:30", "2024-10-15T14:00", OV, [
        ("Anamnes", "9-årig flicka, halsfluss för tre veckor sedan (strep A pos på VC). Därefter utslag på bålen."),
        ("Status", "Multipla 3-8 mm droppformade, fjällande, rosa papler på bål och lår. Hårbotten ua."),
        ("Bedömning", "Bild som vid psoriasis guttata efter streptokockinfektion."),
        ("Planering", "Mjukgörande och grupp III-steroid en kortare period. Återbesök om 6 v, mamma informerad om egenbehandling."),
    ])],
    [("NL102", "n1")], [],
    "barn under 13 (vårdnadshavare läser): 'Bild som vid psoriasis guttata' i synlig Bedömning")

add("pso-planhedge-il17-uvb", "skane", P("1974-12-13", "395"), "2024-06-30",
    [N("n1", M, "Mottagningsanteckning", "HUD_HBG", "Ola Friberg", "läkare",
       "2024-06-25T15:00", "2024-06-25T15:15", OV, [
        ("Aktuellt", "Känd psoriasis, nu stabil på kalcipotriol/betametason-skum."),
        ("Planering", "Ev. byte till IL-17-hämmare om skov efter sommaren. Trol. UVB-behandling under vintern, pat hör av sig i oktober."),
    ])],
    [], [("NL102", "n1")],
    "hedgar bara behandlingsplaner ('Ev. byte', 'Trol. UVB'); psoriasis är känd")

add("psa-fragestallning-sakroiliit", "vgr", P("1990-06-18", "524"), "2024-09-30",
    [N("n1", M, "Läkaranteckning", "REUMA_SKAS", "Kristoffer Alm", "läkare",
       "2024-09-03T09:45", "2024-09-03T10:20", OV, [
        ("Anamnes", "Inflammatorisk ländryggsvärk sedan 8 mån hos 34-årig man med psoriasis. Nattlig värk, bättre av rörelse."),
        ("Frågeställning", "Sakroiliit? Axial psoriasisartrit?"),
        ("Åtgärd", "MR SI-leder beställd, HLA-B27 tagen."),
    ])],
    [("NL102", "n1")], [],
    "synligt sökord Frågeställning med diagnoser följda av frågetecken")

add("pso-oklart-om-lichen-planus", "vgr", P("1958-04-08", "613"), "2024-04-30",
    [N("n1", M, "Läkaranteckning", "HUD_SAS", "Henrik Molander", "läkare",
       "2024-04-16T14:00", "2024-04-16T14:30", OV, [
        ("Status", "Violetta, polygonala papler på handlederna och ett par fjällande plack på skenbenen. Wickhams striae svårbedömda. Munslemhinna ua."),
        ("Bedömning", "Oklart om det rör sig om lichen planus eller psoriasis. Stansbiopsi från handleden."),
    ])],
    [("NL102", "n1")], [],
    "'Oklart om det rör sig om' lichen planus eller psoriasis - två obekräftade diagnoser i synlig text")

add("psa-axspa-mr-svar-ej-givet", "skane", P("1986-11-21", "178"), "2024-05-31",
    [N("n1", M, "Läkaranteckning", "REUMA_MALMO", "Petra Lönn", "läkare",
       "2024-05-06T16:00", "2024-05-06T16:10", OV, [
        ("Utredning", "MR SI-leder 2/5: bilateral aktiv sakroiliit med benmärgsödem samt strukturella förändringar. Sammantaget axial spondylartrit vid psoriasis."),
        ("Planering", "Pat har inte fått svaret på MR än. Tar det vid telefontiden 15/5 då behandlingsalternativ (TNF-hämmare) också ska diskuteras."),
    ])],
    [("NL101", "n1")], [],
    "fastställd axial spondylartrit i synlig text, 'Pat har inte fått svaret på MR än'")

# ---------------------------------------------------------------- eksem / kontaktallergi
add("eksem-handeksem-dd-kontaktallergi-gummi", "skane", P("1991-08-30", "349"), "2024-03-31",
    [N("n1", M, "Läkaranteckning", "YRKESDERM", "Sven Hedlund", "läkare",
       "2024-03-07T10:00", "2024-03-07T10:45", OV, [
        ("Anamnes", "Undersköterska på IVA, handeksem sedan 1 år, förvärras efter arbetspass med nitrilhandskar. Atopi i barndomen."),
        ("Status", "Fissurer och fjällning på fingrarnas dorsalsidor och handryggar, vesikler på fingrarnas sidor."),
        ("Bedömning", "Handeksem, DD allergiskt kontakteksem mot gummikemikalier (tiuram, karbamater)."),
        ("Åtgärd", "Lapptest med basserie och gummiserie bokas v. 14. Arbetsgivaren bör erbjuda andra handskar under utredningen."),
    ])],
    [("NL102", "n1")], [],
    "handeksem fastställt men 'DD allergiskt kontakteksem' är en synlig hypotes")

add("kontaktallergi-nickel-fastställd-informerad", "skane", P("1995-04-14", "422"), "2024-03-31",
    [N("n1", M, "Läkaranteckning", "YRKESDERM", "Sven Hedlund", "läkare",
       "2024-03-28T09:00", "2024-03-28T09:30", OV, [
        ("Utredning", "Lapptest avläst D3 och D7: ++ för nickelsulfat, i övrigt negativt. Kontaktallergi mot nickel fastställd, förklarar eksemet under bältesspännet och av örhängen."),
        ("Information", "Pat informerad om resultatet och fått skriftlig information om nickel och nickelspottest. Kontaktallergin registrerad som uppmärksamhetsinformation."),
    ])],
    [], [("NL101", "n1")],
    "fastställd kontaktallergi efter lapptest, patienten informerad")

add("kontaktallergi-lapptest-negativ-irritativt", "vgr", P("1999-09-05", "236"), "2024-10-31",
    [N("n1", M, "Läkaranteckning", "HUD_SU", "Cecilia Åström", "läkare",
       "2024-10-10T13:00", "2024-10-10T13:25", OV, [
        ("Utredning", "Lapptest med svensk basserie och frisörserie negativt, kontaktallergi mot testade ämnen föreligger ej."),
        ("Diagnos", "Irritativt handeksem orsakat av våtarbete i frisörsalongen."),
        ("Planering", "Handskar vid schamponering, mjukgörande flera ggr dagligen, återbesök om 3 mån."),
    ])],
    [], [("NL102", "n1")],
    "kontaktallergi negerad ('föreligger ej'), irritativt handeksem fastställt")

add("eksem-bvc-pmo-misstankt-atopiskt", "skane", P("2023-09-20", "360"), "2024-05-31",
    [N("n1", PMO, "BVC-besök", "BVC_STAFFANSTORP", "Linnea Jönsson", "sjuksköterska",
       "2024-05-22T10:00", "2024-05-22T10:40", OV, [
        ("Besöksorsak", "8-månaderskontroll."),
        ("Hud", "Torra, röda och sträva fläckar på kinderna och i armvecken, kliar sig mot lakanet."),
        ("Bedömning", "Misstänkt atopiskt eksem, ev. komjölksproteinallergi. Tid till BVC-läkare bokad."),
    ])],
    [], [("NL102", "n1")],
    "PMO (BVC): misstänkt atopiskt eksem hos spädbarn ger aldrig NL102")

add("eksem-barn-mojlig-aggallergi", "vgr", P("2020-02-10", "503"), "2024-11-30",
    [N("n1", M, "Läkaranteckning", "BARNMED_SKAS", "Karolina Hjort", "läkare",
       "2024-11-05T14:00", "2024-11-05T14:40", OV, [
        ("Anamnes", "Eksem sedan 4 mån ålder. Föräldrarna har märkt att utslagen runt munnen blossar upp efter äggröra."),
        ("Status", "Eksem i armveck, knäveck och runt munnen, SCORAD 32."),
        ("Bedömning", "Atopiskt eksem, måttligt. Möjlig födoämnesallergi mot ägg."),
        ("Planering", "IgE mot ägg och komponenter tas. Eksembehandlingen intensifieras enl. skriftlig plan till föräldrarna."),
    ])],
    [("NL102", "n1")], [],
    "barn 4 år: eksemet är fastställt men 'Möjlig födoämnesallergi' är en synlig hypotes")

add("eksem-frisor-kan-rora-sig-om-ppd", "vgr", P("2000-05-12", "189"), "2024-06-30",
    [N("n1", M, "Läkaranteckning", "HUD_NU", "Ingrid Dahlgren", "läkare",
       "2024-06-19T10:15", "2024-06-19T10:45", OV, [
        ("Anamnes", "24-årig frisör med eksem på fingertoppar och handryggar som försämrats sedan hon började färga mer."),
        ("Bedömning", "Kan röra sig om kontaktallergi mot PPD i hårfärg. Lapptest med frisörserie planeras efter sommaren."),
    ])],
    [("NL102", "n1")], [],
    "'Kan röra sig om' kontaktallergi i synlig Bedömning")

add("eksem-herpeticum-bedoms-ej-foreligga", "skane", P("1998-12-02", "274"), "2024-12-31",
    [N("n1", M, "Akutbesök", "HUD_MALMO", "Jenny Paulsson", "läkare",
       "2024-12-03T11:10", "2024-12-03T11:35", OV, [
        ("Anamnes", "Känd atopisk dermatit, försämring i ansiktet senaste veckan, svider."),
        ("Status", "Ansikte: eksematösa plack, inga blåsor eller punched-out-erosioner. Afebril."),
        ("Bedömning", "Skov av atopisk dermatit. Eczema herpeticum bedöms ej föreligga."),
        ("Åtgärd", "Hydrokortison 1 % och takrolimus 0,1 % enligt schema."),
    ])],
    [], [("NL102", "n1")],
    "eczema herpeticum negerat ('bedöms ej föreligga'), atopisk dermatit känd")

add("eksem-1177-klockarmband-forenligt-nickel", "vgr", P("1976-07-08", "341"), "2024-07-31",
    [N("n1", M, "Ärendeanteckning", "HUD_SKAS", "Jonas Ek", "läkare",
       "2024-07-15T09:30", "2024-07-15T09:40", OV, [
        ("Ärende 1177", "Pat har skickat bilder via 1177 på kliande utslag under klockarmbandet och vid jeansknappen."),
        ("Bedömning", "Lokalisationen är förenlig med kontaktallergi mot nickel. Bilderna är inskannade enligt rutin. Lapptest erbjuds, pat får kallelse."),
    ])],
    [("NL102", "n1")], [],
    "'förenlig med' kontaktallergi efter bilder via 1177, synligt sökord")

add("kontaktallergi-typo-kontakallergi-mi", "vgr", P("1968-03-29", "465"), "2024-08-31",
    [N("n1", M, "Läkaranteckning", "HUD_SAS", "Elin Hammar", "läkare",
       "2024-08-13T13:30", "2024-08-13T13:55", OV, [
        ("Bedömning", "Eksem på händer och i ansiktet hos målare. Sannolik kontakallergi mot metylisotiazolinon i vattenbaserad färg. Lapptest med konserveringsmedel beställt."),
    ])],
    [("NL102", "n1")], [],
    "'Sannolik' före felstavad diagnos (typo: 'kontakallergi') i synlig Bedömning")

add("kontaktallergi-kromat-ej-informerad", "skane", P("1973-10-17", "318"), "2024-09-30",
    [N("n1", M, "Läkaranteckning", "YRKESDERM", "Maja Rosén", "läkare",
       "2024-09-26T15:30", "2024-09-26T15:45", OV, [
        ("Utredning", "Lapptest D7: +++ kaliumdikromat. Kromatallergi fastställd, exponering via cement på bygget."),
        ("Planering", "Pat ännu inte informerad om resultatet. Besked ges vid samtal tillsammans med yrkesmedicin eftersom det påverkar hans fortsatta arbete som betongarbetare."),
    ])],
    [("NL101", "n1")], [("NL102", "n1")],
    "fastställd kromatallergi i synlig Utredning medan 'Pat ännu inte informerad om resultatet'")

# ---------------------------------------------------------------- urtikaria
add("urtikaria-kronisk-omalizumab", "vgr", P("1982-11-06", "297"), "2024-01-31",
    [N("n1", M, "Mottagningsanteckning", "HUD_SU", "Cecilia Åström", "läkare",
       "2024-01-11T10:00", "2024-01-11T10:50", OV, [
        ("Aktuellt", "Kronisk spontan urtikaria sedan 2022, UAS7 28 trots desloratadin 20 mg/d."),
        ("Åtgärd", "Start omalizumab 300 mg s.c. var 4:e vecka. Första dosen given på mottagningen, observerad 30 min utan reaktion."),
    ])],
    [], [("NL102", "n1")],
    "fastställd kronisk urtikaria, ingen hedge")

add("urtikaria-vaskulit-kan-ej-uteslutas", "skane", P("1965-01-09", "384"), "2024-02-29",
    [N("n1", M, "Läkaranteckning", "HUD_LUND", "Karin Ekstrand", "läkare",
       "2024-02-27T09:30", "2024-02-27T10:05", OV, [
        ("Anamnes", "Kvaddlar på ben och bål i 2 månader, enskilda kvaddlar sitter kvar 2-3 dygn och svider mer än de kliar."),
        ("Status", "Urtikariella plack, några med lätt purpura centralt."),
        ("Bedömning", "Urtikariell vaskulit kan ej uteslutas. Stansbiopsi för PAD och IF, komplement och SR."),
    ])],
    [("NL102", "n1")], [],
    "'kan ej uteslutas' efter urtikariell vaskulit i synlig Bedömning")

add("urtikaria-akut-amoxicillin-ej-anafylaxi", "skane", P("1997-06-21", "152"), "2024-06-30",
    [N("n1", M, "Akutjournal", "AKUT_HBG", "Ahmad Rahimi", "läkare",
       "2024-06-08T22:40", "2024-06-08T23:30", OV, [
        ("Anamnes", "Dag 5 av amoxicillin mot otit. Sedan i morse kliande kvaddlar över hela kroppen."),
        ("Status", "Generaliserad urtikaria. Ingen läppsvullnad, ingen stridor, sat 98 %, BT 128/76."),
        ("Bedömning", "Akut urtikaria utlöst av amoxicillin. Inga tecken på anafylaxi."),
        ("Åtgärd", "Cetirizin 10 mg x 2 i 1 v, Betapred 4 mg x 1 i 3 d. Amoxicillin sätts ut, läkemedelsreaktionen registrerad som uppmärksamhetsinformation."),
    ])],
    [], [("NL102", "n1")],
    "akutmottagning: anafylaxi negerad ('Inga tecken på'), urtikarian fastställd")

add("urtikaria-barn-pmo-trol-postinfektios", "skane", P("2019-01-14", "437"), "2024-02-29",
    [N("n1", PMO, "Telefonrådgivning", "VC_HOOR", "Emma Nilsson", "sjuksköterska",
       "2024-02-12T08:15", "2024-02-12T08:25", OV, [
        ("Telefonkontakt", "Mamma ringer: 5-åring med kliande upphöjda utslag sedan igår, förkyld sedan 3 dagar. Inga andningsbesvär, äter och dricker. Trol. postinfektiös urtikaria. Råd: antihistamin enl. vikt, sök akut vid svullnad i läppar/tunga eller andningspåverkan."),
    ])],
    [], [("NL102", "n1")],
    "PMO sjuksköterskerådgivning: 'Trol. postinfektiös urtikaria' hos barn visas aldrig som diagnos")

add("urtikaria-hae-fragetecken", "vgr", P("1994-08-16", "266"), "2024-09-30",
    [N("n1", M, "Läkaranteckning", "MED_ALINGSAS", "Viktor Granqvist", "läkare",
       "2024-09-19T13:15", "2024-09-19T13:50", OV, [
        ("Anamnes", "Återkommande svullnader i läppar och händer utan kvaddlar sedan tonåren, två episoder med svår buksmärta. Ingen ACE-hämmare."),
        ("Bedömning", "HAE? C1-inhibitor (koncentration och funktion) samt C4 beställt. Remiss till angioödemmottagningen om patologiskt."),
    ])],
    [("NL102", "n1")], [],
    "förkortad diagnos med frågetecken ('HAE?') i synlig Bedömning")

add("urtikaria-symtomhedge-mojligen-klada", "vgr", P("1971-12-24", "409"), "2024-12-31",
    [N("n1", M, "Telefonanteckning", "HUD_SAS", "Elin Hammar", "sjuksköterska",
       "2024-12-10T10:20", "2024-12-10T10:28", OV, [
        ("Telefonkontakt", "Kronisk spontan urtikaria, välkontrollerad på desloratadin 10 mg x 2. Möjligen lite mer klåda kvällstid senaste månaden men inga kvaddlar. Fortsätter oförändrat, telefonkontroll om 3 mån."),
    ])],
    [], [("NL102", "n1")],
    "hedgen ('Möjligen lite mer klåda') gäller ett symtom, diagnosen är fastställd")

# ---------------------------------------------------------------- lupus m.fl.
add("sle-typo-misstant-ana", "vgr", P("1995-03-17", "386"), "2024-05-31",
    [N("n1", M, "Nybesök", "REUMA_SU", "Hanna Berglund", "läkare",
       "2024-05-13T09:00", None, OV, [
        ("Anamnes", "29-årig kvinna med ledvärk i händerna, håravfall och solkänslighet sedan i våras. Återkommande munsår."),
        ("Status", "Fjärilsformat erytem över kinder och näsrygg. Ömma, lätt svullna PIP-leder bilat."),
        ("Lab", "ANA pos 1:1280 homogent mönster, anti-dsDNA 180 IE/ml, C3 sänkt, LPK 3,1."),
        ("Bedömning", "Misstänt SLE. Kompletterar med U-sticka, U-albumin/kreatinin och antifosfolipidantikroppar."),
    ])],
    [("NL102", "n1")], [],
    "osignerat utkast med felstavad hedge (typo: 'Misstänt') före SLE i synlig Bedömning")

add("sle-fastställd-ej-informerad-vill-ha-besok", "skane", P("1989-07-02", "524"), "2024-04-30",
    [N("n1", M, "Läkaranteckning", "REUMA_LUND", "Fredrik Strand", "läkare",
       "2024-04-15T15:40", "2024-04-15T15:55", OV, [
        ("Bedömning", "Uppfyller EULAR/ACR 2019-kriterierna för SLE med hud-, led- och hematologiskt engagemang. Diagnosen SLE är därmed fastställd."),
        ("Planering", "Pat ej informerad ännu; hon har uttryckligen bett att få alla svar vid besök och inte per telefon. Besök bokat 23/4 med läkare och reumatologsjuksköterska."),
    ])],
    [("NL101", "n1")], [],
    "fastställd SLE i synlig Bedömning, 'Pat ej informerad ännu'")

add("sle-diskoid-lupus-fragetecken", "skane", P("1981-02-11", "219"), "2024-07-31",
    [N("n1", M, "Läkaranteckning", "HUD_MALMO", "Jenny Paulsson", "läkare",
       "2024-07-09T10:00", "2024-07-09T10:30", OV, [
        ("Status", "Hårbotten: två 2 cm stora atrofiska, ärrbildande plack med follikulära pluggar och depigmentering centralt."),
        ("Bedömning", "Diskoid lupus erythematosus? Stansbiopsi för PAD och direkt IF tagen. ANA och SSA beställda."),
    ])],
    [("NL102", "n1")], [],
    "frågetecken efter diskoid lupus i synlig Bedömning")

add("sle-labbild-talar-emot-lupusnefrit", "vgr", P("1986-09-28", "157"), "2024-10-31",
    [N("n1", M, "Läkaranteckning", "REUMA_SKAS", "Kristoffer Alm", "läkare",
       "2024-10-22T13:30", "2024-10-22T14:00", OV, [
        ("Aktuellt", "SLE sedan 2016, stabil på hydroxiklorokin 200 mg x 1. Lite mer ledvärk senaste veckorna."),
        ("Lab", "U-sticka neg för protein och blod, kreatinin 64, C3 och C4 normala, anti-dsDNA oförändrat lågt."),
        ("Bedömning", "Labbilden talar emot lupusnefrit. Ledbesvären bedöms som lätt aktivitet i SLE, NSAID-kur 2 v."),
    ])],
    [], [("NL102", "n1")],
    "lupusnefrit avvisad med 'talar emot'; SLE är känd")

add("sle-tidigare-misstanke-avskrevs-raynaud", "skane", P("1993-04-06", "630"), "2024-01-31",
    [N("n1", M, "Läkaranteckning", "MED_YSTAD", "Tobias Lind", "läkare",
       "2024-01-25T09:30", "2024-01-25T10:05", OV, [
        ("Anamnes", "Utreddes 2019 för misstänkt SLE, som avskrevs efter upprepat negativa antikroppar. Nu remitterad för vita fingrar i kyla."),
        ("Status", "Normala kapillärer vid kapillärmikroskopi, inga digitala sår."),
        ("Bedömning", "Primärt Raynauds fenomen. Råd om kylskydd, nifedipin vid behov vintertid."),
    ])],
    [], [("NL102", "n1")],
    "en tidigare SLE-misstanke som avskrevs 2019 (avförd hypotes i anamnesen); dagens diagnos är fastställd")

add("sle-vgr-tidiga-npsle-ej-informerad", "vgr", P("1978-08-13", "443"), "2024-11-30",
    [N("n1", M, "Daganteckning", "MEDAVD_KUNGALV", "Sara Wennberg", "läkare",
       "2024-11-14T11:00", "2024-11-14T11:40", SV, [
        ("Aktuellt", "Inlagd sedan 3 dagar med förvirring och hallucinationer. Känd SLE sedan 2019, hydroxiklorokin."),
        ("Status", "Vaken, desorienterad till tid. Inga fokala neurologiska bortfall. Afebril."),
        ("Tidiga hypoteser", "Misstänkt neuropsykiatrisk SLE. Pat ej informerad om misstanken i nuvarande tillstånd, tas upp när hon är klarare."),
        ("Planering", "MR hjärna, LP och EEG bokas. Konsult reumatolog och psykiatri."),
    ])],
    [], [("NL101", "n1"), ("NL102", "n1")],
    "VGR: hypotesen och att patienten inte informerats står bara under sökordet Tidiga hypoteser")

add("sle-informerad-foraldrar-ej", "vgr", P("2005-01-30", "268"), "2024-03-31",
    [N("n1", M, "Läkaranteckning", "REUMA_SU", "Hanna Berglund", "läkare",
       "2024-03-12T14:00", "2024-03-12T14:50", OV, [
        ("Bedömning", "SLE med led- och hudengagemang, diagnosen fastställd idag. Pat informerad om diagnosen, prognos och behandling med hydroxiklorokin."),
        ("Socialt", "19 år, bor hemma hos föräldrarna. Vill inte att föräldrarna får veta något ännu, hon berättar själv."),
    ])],
    [], [("NL101", "n1")],
    "19-åring informerad om SLE; det är föräldrarna som inte ska få veta")

add("sle-mojligt-antifosfolipidsyndrom", "skane", P("1990-10-23", "316"), "2024-02-29",
    [N("n1", M, "Läkaranteckning", "REUMA_MALMO", "Petra Lönn", "läkare",
       "2024-02-19T10:30", "2024-02-19T11:00", OV, [
        ("Aktuellt", "SLE sedan 2020. Missfall i v 11 i januari."),
        ("Lab", "Lupusantikoagulans positivt, antikardiolipin IgG måttligt förhöjt."),
        ("Bedömning", "Möjligt antifosfolipidsyndrom. Ny provtagning om 12 v för att bekräfta persisterande antikroppar."),
    ])],
    [("NL102", "n1")], [],
    "'Möjligt antifosfolipidsyndrom' i synlig Bedömning hos pat med känd SLE")

add("sle-eventuell-lakemedelsinducerad", "vgr", P("1949-06-04", "571"), "2024-08-31",
    [N("n1", M, "Läkaranteckning", "MED_ALINGSAS", "Viktor Granqvist", "läkare",
       "2024-08-08T15:00", None, OV, [
        ("Bedömning", "Ledvärk och serosit efter 8 mån hydralazin. ANA pos, antihiston-ak pos, dsDNA neg. Eventuell läkemedelsinducerad lupus, hydralazin sätts ut och ny kontroll om 6 v."),
    ])],
    [("NL102", "n1")], [],
    "osignerat utkast: 'Eventuell läkemedelsinducerad lupus' i synlig Bedömning")

add("ssc-systemisk-skleros-ej-informerats", "vgr", P("1967-12-05", "398"), "2024-06-30",
    [N("n1", M, "Läkaranteckning", "REUMA_SU", "Johanna Ström", "läkare",
       "2024-06-03T16:00", "2024-06-03T16:20", OV, [
        ("Utredning", "Kapillärmikroskopi: sklerodermimönster, aktiv fas. Anti-Scl-70 starkt positiv. HRCT: lätt basal NSIP."),
        ("Bedömning", "Diffus systemisk skleros med lungengagemang."),
        ("Planering", "Pat har inte informerats om diagnosen ännu, hon är bortrest och återkommer 10/6. Läkarbesök med gott om tid bokas då."),
    ])],
    [("NL101", "n1")], [],
    "fastställd systemisk skleros i synlig Bedömning, 'Pat har inte informerats om diagnosen ännu'")

add("mf-mycosis-fungoides-ej-informerad", "skane", P("1960-03-08", "427"), "2024-09-30",
    [N("n1", M, "Läkaranteckning", "HUD_LUND", "Anders Holmqvist", "läkare",
       "2024-09-19T13:45", "2024-09-19T14:00", OV, [
        ("PAD", "Stansbiopsi bål: epidermotropt lymfocytinfiltrat med Pautrier-mikroabscesser, klonalt TCR-rearrangemang. Mycosis fungoides, stadium IA."),
        ("Planering", "Pat ej informerad ännu. Diagnosbesked ges av överläkare vid ordinarie besök, pat har inte velat få provsvar per telefon."),
    ])],
    [("NL101", "n1")], [],
    "kutant T-cellslymfom fastställt i synligt PAD-sökord, 'Pat ej informerad ännu'")

add("dm-skane-tidiga-paramalign-ej-informerad", "skane", P("1955-05-20", "354"), "2024-04-30",
    [N("n1", M, "Tidiga hypoteser", "REUMA_MALMO", "Petra Lönn", "läkare",
       "2024-04-25T16:20", "2024-04-25T16:35", OV, [
        ("Bedömning", "Heliotropt erytem, Gottrons papler och proximal muskelsvaghet, CK 2400, anti-TIF1-gamma pos. Misstänkt paramalign dermatomyosit. Pat ej informerad om malignitetsmisstanken innan DT thorax-buk och gynundersökning är gjorda."),
    ])],
    [], [("NL102", "n1"), ("NL101", "n1")],
    "Skåne: paramalign misstanke och att patienten inte informerats finns bara i mallen Tidiga hypoteser")

# ---------------------------------------------------------------- vaskulit
add("vaskulit-leukocytoklastisk-bild-som-vid", "vgr", P("1970-11-14", "235"), "2024-02-29",
    [N("n1", M, "Läkaranteckning", "HUD_NU", "Therese Ljung", "läkare",
       "2024-02-06T10:40", "2024-02-06T11:10", OV, [
        ("Status", "Palpabel purpura på båda underbenen upp till knäna, inga sår."),
        ("Bedömning", "Bild som vid leukocytoklastisk vaskulit, möjligen utlöst av nyligen insatt antibiotika. Biopsi, U-sticka, kreatinin och ANCA."),
    ])],
    [("NL102", "n1")], [],
    "'Bild som vid' leukocytoklastisk vaskulit i synlig Bedömning")

add("vaskulit-igav-barn-trol", "skane", P("2018-04-03", "471"), "2024-04-30",
    [N("n1", M, "Akutjournal barn", "BARNAKUT_LUND", "Ida Persson", "läkare",
       "2024-04-21T18:30", None, OV, [
        ("Anamnes", "6-årig pojke, förkyld förra veckan. Sedan igår prickar på benen och ont i fotlederna, lite ont i magen."),
        ("Status", "Palpabel purpura på nates och underben. Svullna, ömma fotleder bilat. Buk mjuk."),
        ("Lab", "Trc 310, CRP 12, U-sticka: blod 1+, protein neg."),
        ("Bedömning", "Trol. IgA-vaskulit (Henoch-Schönlein purpura)."),
        ("Planering", "Hem med paracetamol. U-sticka hemma en gång i veckan i 6 mån, föräldrarna instruerade."),
    ])],
    [("NL102", "n1")], [],
    "barn 6 år, osignerat: 'Trol. IgA-vaskulit' i synlig Bedömning")

add("vaskulit-gpa-informerad-med-make", "vgr", P("1956-07-29", "182"), "2024-05-31",
    [N("n1", M, "Läkaranteckning", "NJUR_SU", "Erik Palm", "läkare",
       "2024-05-30T10:00", "2024-05-30T11:00", OV, [
        ("Bedömning", "Granulomatös polyangiit (GPA) med njur- och ÖNH-engagemang, bekräftad med PR3-ANCA och njurbiopsi."),
        ("Information", "Diagnos och behandlingsplan (rituximab, kortison, PJP-profylax) genomgången med pat och maken. Skriftlig information om GPA given."),
    ])],
    [], [("NL101", "n1")],
    "fastställd GPA som gåtts igenom med patienten")

add("vaskulit-mpa-typo-ej-informeard", "skane", P("1948-12-18", "262"), "2024-10-31",
    [N("n1", M, "Läkaranteckning", "NJUR_LUND", "Helena Kjellberg", "läkare",
       "2024-10-07T14:30", "2024-10-07T14:45", SV, [
        ("Utredning", "Njurbiopsi 3/10: pauci-immun nekrotiserande halvmånenefrit. MPO-ANCA 140. Diagnos: mikroskopisk polyangiit med njurengagemang."),
        ("Planering", "Pat ännu ej informeard om biopsisvaret, samtal i morgon med anhörig närvarande enligt pats egen önskan. Pulsbehandling med metylprednisolon påbörjas efter samtalet."),
    ])],
    [("NL101", "n1")], [],
    "fastställd mikroskopisk polyangiit synlig, patienten ej informerad (typo: 'informeard')")

add("vaskulit-pmo-ev-fragetecken", "skane", P("1962-09-02", "418"), "2024-09-30",
    [N("n1", PMO, "Besök läkare", "VC_ANGELHOLM", "Karl Bengtsson", "läkare",
       "2024-09-16T11:00", "2024-09-16T11:25", OV, [
        ("Aktuellt", "Petekier på underbenen sedan 4 d, lätt trött. Afebril."),
        ("Bedömning", "Ev. vaskulit? Lab: blodstatus, CRP, kreatinin, U-sticka. Kontakt med hudjouren, tid i morgon."),
    ])],
    [], [("NL102", "n1")],
    "PMO: 'Ev. vaskulit?' i primärvård visas aldrig som diagnos")

add("vaskulit-purpura-senilis-ingen-vaskulit", "vgr", P("1936-02-19", "526"), "2024-03-31",
    [N("n1", M, "Läkaranteckning", "GERIATRIK_SU", "Birgitta Holm", "läkare",
       "2024-03-07T13:00", "2024-03-07T13:30", OV, [
        ("Status", "Blåröda fläckar på underarmarnas utsidor hos 88-årig kvinna på Trombyl. Inga palpabla förändringar, ingen purpura på benen. Trc normala."),
        ("Bedömning", "Purpura senilis. Ingen vaskulit."),
    ])],
    [], [("NL102", "n1")],
    "vaskulit negerad ('Ingen vaskulit'), purpura senilis fastställd")

add("vaskulit-kryoglobulinemi-typo-vaskulti", "skane", P("1964-06-26", "335"), "2024-11-30",
    [N("n1", M, "Läkaranteckning", "MED_YSTAD", "Tobias Lind", "läkare",
       "2024-11-19T10:00", "2024-11-19T10:40", OV, [
        ("Bedömning", "Hepatit C sedan länge, nu purpura, artralgi och perifer neuropati. Misstänkt kryoglobulinemisk vaskulti. Kryoglobuliner skickas varma till lab."),
    ])],
    [("NL102", "n1")], [],
    "'Misstänkt' före felstavad vaskulit (typo: 'vaskulti') i synlig Bedömning")

# ---------------------------------------------------------------- gikt
add("gikt-pmo-trol-podagra", "skane", P("1959-01-31", "297"), "2024-03-31",
    [N("n1", PMO, "Besök läkare", "VC_ESLOV", "Sara Lundgren", "läkare",
       "2024-03-11T08:40", "2024-03-11T09:00", OV, [
        ("Status", "Rodnad, varm, svullen MTP I vä fot, kan inte ha sko. Afebril."),
        ("Bedömning", "Trol. gikt (podagra). Urat 520. Colchicin 0,5 mg x 2 i 3 d, kontroll av urat om 4 v."),
    ])],
    [], [("NL102", "n1")],
    "PMO: 'Trol. gikt' i vårdcentralsanteckning ger ingen NL102")

add("gikt-akut-typo-giktatack-dd-pseudogikt", "vgr", P("1950-05-08", "613"), "2024-07-31",
    [N("n1", M, "Akutjournal", "AKUT_OSTRA", "Amir Sadeghi", "läkare",
       "2024-07-21T03:10", None, OV, [
        ("Anamnes", "74-årig man med akut svullet vä knä sedan igår. Furosemid. Liknande i stortån för 2 år sedan."),
        ("Status", "Vä knä: hydrops, värme, rörelsesmärta. Temp 37,6."),
        ("Bedömning", "Klinisk bild talar för giktatack i vä knä, DD pseudogikt. Ledpunktion gjord, vätska till kristallanalys och odling."),
    ])],
    [("NL102", "n1")], [],
    "osignerad akutjournal: 'talar för' felstavad giktattack (typo: 'giktatack') och 'DD pseudogikt'")

add("gikt-kristaller-bekraftad", "skane", P("1966-10-01", "148"), "2024-05-31",
    [N("n1", M, "Läkaranteckning", "REUMA_HBG", "Annika Wiklund", "läkare",
       "2024-05-14T10:15", "2024-05-14T10:40", OV, [
        ("Utredning", "Ledpunktion hö fotled: grumlig vätska, negativt dubbelbrytande nålformade kristaller, odling utan växt."),
        ("Bedömning", "Gikt bekräftad. Start allopurinol 100 mg, upptrappning mot urat under 360."),
    ])],
    [], [("NL102", "n1")],
    "gikt bekräftad med kristaller, ingen hedge")

add("gikt-septisk-artrit-uteslutes", "vgr", P("1944-08-20", "356"), "2024-08-31",
    [N("n1", M, "Daganteckning", "MEDAVD_KUNGALV", "Sara Wennberg", "läkare",
       "2024-08-15T10:30", "2024-08-15T10:50", SV, [
        ("Aktuellt", "Odling av ledvätska utan växt efter 48 h, uratkristaller påvisade."),
        ("Bedömning", "Septisk artrit uteslutes. Gikt i hö knä, kloxacillin sätts ut och prednisolon 30 mg ges i 5 d."),
    ])],
    [], [("NL102", "n1")],
    "slutenvård: septisk artrit 'uteslutes', gikt fastställd")

add("gikt-planhedge-febuxostat", "skane", P("1957-03-12", "209"), "2024-10-31",
    [N("n1", M, "Mottagningsanteckning", "MED_YSTAD", "Lina Holmberg", "läkare",
       "2024-10-02T14:00", None, OV, [
        ("Aktuellt", "Känd gikt med tofi på armbågarna. Urat 410 på allopurinol 300 mg."),
        ("Planering", "Eventuellt byte till febuxostat om urat inte når målet, trol. ny provtagning om 6 v."),
    ])],
    [], [("NL102", "n1")],
    "osignerat: hedgarna gäller läkemedelsbyte och provtagning, gikten är känd")

add("gikt-typo-sannolik-pseudogkit", "vgr", P("1941-11-27", "482"), "2024-12-31",
    [N("n1", M, "Läkaranteckning", "REUMA_SAS", "Mikael Sandberg", "läkare",
       "2024-12-12T09:00", "2024-12-12T09:30", OV, [
        ("Utredning", "Rtg knän: kondrokalcinos i menisker bilat. Akut svullnad vä knä."),
        ("Bedömning", "Sannolik pseudogkit (CPPD-artrit). Punktion planeras, kortisoninjektion efter kristallsvar."),
    ])],
    [("NL102", "n1")], [],
    "'Sannolik' före felstavad pseudogikt (typo: 'pseudogkit') i synlig Bedömning")

add("gikt-dect-fragestallning-tofos", "skane", P("1968-02-15", "570"), "2024-02-29",
    [N("n1", M, "Läkaranteckning", "REUMA_LUND", "Nils Carlberg", "läkare",
       "2024-02-22T11:20", "2024-02-22T11:35", OV, [
        ("Remiss", "Återkommande artriter i fötter sedan 3 år, urat 480, ledpunktion ej möjlig. DECT fötter och knän önskas."),
        ("Frågeställning", "Tofös gikt? Uratdepåer i fötter och knän?"),
    ])],
    [("NL102", "n1")], [],
    "synligt sökord Frågeställning med 'Tofös gikt?'")

# ---------------------------------------------------------------- PMR / jättecellsarterit
add("pmr-dd-jattecellsarterit", "vgr", P("1952-01-13", "641"), "2024-01-31",
    [N("n1", M, "Nybesök", "REUMA_SKAS", "Kristoffer Alm", "läkare",
       "2024-01-18T08:30", "2024-01-18T09:20", OV, [
        ("Anamnes", "72-årig kvinna med 6 v värk och stelhet i skuldror och höfter, svårt att ta på sig tröjan på morgonen. Viss huvudvärk."),
        ("Lab", "SR 68, CRP 42."),
        ("Bedömning", "Polymyalgia reumatika. DD jättecellsarterit pga nytillkommen huvudvärk. UL temporalis och axillarartärer beställt till i morgon, prednisolon 15 mg startas."),
    ])],
    [("NL102", "n1")], [],
    "PMR fastställd men 'DD jättecellsarterit' står synligt")

add("gca-misstankt-aion-ogon", "skane", P("1944-04-27", "305"), "2024-03-31",
    [N("n1", M, "Akutbesök ögon", "OGON_LUND", "Elsa Ringdahl", "läkare",
       "2024-03-02T09:15", None, OV, [
        ("Anamnes", "Plötslig synförlust hö öga i morse. Huvudvärk och käkklaudikation sedan 2 v."),
        ("Status", "Visus hö 0,1, vä 0,8. Hö papill blek och svullen."),
        ("Bedömning", "Misstänkt jättecellsarterit med arteritisk AION hö."),
        ("Åtgärd", "Metylprednisolon 500 mg iv x 3 via medicinakuten. Temporalisbiopsi beställd, reumatolog kontaktad."),
    ])],
    [("NL102", "n1")], [],
    "ögonakut, osignerat: 'Misstänkt jättecellsarterit' i synlig Bedömning")

add("gca-biopsi-ej-informerad-nas-ej", "vgr", P("1947-09-16", "133"), "2024-09-30",
    [N("n1", M, "Telefonanteckning", "REUMA_SU", "Johanna Ström", "läkare",
       "2024-09-24T15:00", "2024-09-24T15:05", OV, [
        ("PAD", "Temporalisbiopsi vä: granulomatös arterit med jätteceller och fragmenterad lamina elastica interna. Jättecellsarterit."),
        ("Telefonkontakt", "Försökt nå pat för att meddela PAD-svaret, inget svar. Pat ej informerad om biopsisvaret. Fortsätter prednisolon 40 mg oförändrat, ringer igen i morgon."),
    ])],
    [("NL101", "n1")], [],
    "fastställd jättecellsarterit i synligt PAD-sökord medan patienten ännu inte nåtts")

add("gca-ingen-misstanke-pmr-remission", "skane", P("1950-08-08", "462"), "2024-08-31",
    [N("n1", M, "Återbesök", "REUMA_MALMO", "Nils Carlberg", "läkare",
       "2024-08-29T10:00", "2024-08-29T10:25", OV, [
        ("Aktuellt", "PMR sedan mars, prednisolon nedtrappat till 7,5 mg, mår bra."),
        ("Status", "Temporalisartärer palpabla, pulserande, ej ömma. Skuldror fritt rörliga."),
        ("Bedömning", "Polymyalgia reumatika i remission. Ingen misstanke om jättecellsarterit: ingen huvudvärk, inga synbesvär, ingen käkklaudikation."),
        ("Planering", "Fortsatt nedtrappning med 1 mg/mån."),
    ])],
    [], [("NL102", "n1")],
    "'Ingen misstanke om jättecellsarterit'; PMR fastställd")

add("pmr-pmo-sannolik-villkor", "skane", P("1949-10-04", "288"), "2024-10-31",
    [N("n1", PMO, "Besök läkare", "VC_SIMRISHAMN", "Britta Olsson", "läkare",
       "2024-10-21T13:00", "2024-10-21T13:30", OV, [
        ("Bedömning", "Sannolik PMR, SR 54. Prednisolon 15 mg."),
        ("Planering", "Om huvudvärk, synpåverkan eller ont i käken vid tuggning ska pat söka akut, kan vara temporalisarterit. Kontroll om 2 v."),
    ])],
    [], [("NL102", "n1")],
    "PMO: 'Sannolik PMR' i vårdcentralsanteckning ger ingen NL102")

add("pmr-villkor-kan-vara-gca", "vgr", P("1953-07-21", "197"), "2024-07-31",
    [N("n1", M, "Läkaranteckning", "REUMA_SAS", "Mikael Sandberg", "läkare",
       "2024-07-16T14:00", "2024-07-16T14:20", OV, [
        ("Bedömning", "Polymyalgia reumatika, god effekt av prednisolon 15 mg, SR normaliserad."),
        ("Information", "Om du får ny huvudvärk, ömhet i tinningen eller synstörning kan det vara jättecellsarterit, sök då akut samma dag."),
    ])],
    [], [("NL102", "n1")],
    "villkorlig patientinformation ('Om du får ... kan det vara jättecellsarterit') är ingen hypotes om patienten nu")

add("gca-ul-halo-talar-for", "vgr", P("1946-03-30", "374"), "2024-04-30",
    [N("n1", M, "Läkaranteckning", "REUMA_SU", "Hanna Berglund", "läkare",
       "2024-04-09T12:30", "2024-04-09T13:00", OV, [
        ("Utredning", "UL temporalis bilat: halotecken med positivt kompressionstecken i båda frontalgrenarna. Axillarartärer ua."),
        ("Bedömning", "Fynden talar för GCA. Prednisolon 60 mg, tocilizumab diskuteras vid återbesök."),
    ])],
    [("NL102", "n1")], [],
    "'talar för GCA' efter ultraljud i synlig Bedömning")

add("gca-faststalld-informerad-tidigare", "skane", P("1951-11-09", "253"), "2024-11-30",
    [N("n1", M, "Återbesök", "REUMA_LUND", "Nils Carlberg", "läkare",
       "2024-11-06T09:00", "2024-11-06T09:30", OV, [
        ("Aktuellt", "Jättecellsarterit diagnostiserad i augusti med positiv temporalisbiopsi. Pat informerades om diagnosen redan vid förra besöket och har läst på."),
        ("Status", "Mår bra, ingen huvudvärk. Lätt cushingoid."),
        ("Planering", "Prednisolon 20 mg minskas till 17,5 mg. DXA beställd, alendronat och kalk/D-vitamin insatt."),
    ])],
    [], [("NL101", "n1")],
    "fastställd jättecellsarterit som patienten informerades om vid tidigare besök")

add("pmr-typo-trolig-polymylagia", "skane", P("1945-05-25", "516"), "2024-05-31",
    [N("n1", M, "Telefonanteckning", "MED_YSTAD", "Lina Holmberg", "läkare",
       "2024-05-07T16:00", "2024-05-07T16:05", OV, [
        ("Bedömning", "Trolig polymylagia reumatika. Stelhet i skuldergördeln, SR 72. Testdos prednisolon 15 mg, telefonuppföljning om 1 v."),
    ])],
    [("NL102", "n1")], [],
    "'Trolig' före felstavad diagnos (typo: 'polymylagia') i synlig Bedömning")

add("pmr-differentialdiagnos-paramalign", "vgr", P("1940-12-29", "345"), "2024-12-31",
    [N("n1", M, "Läkaranteckning", "GERIATRIK_SU", "Birgitta Holm", "läkare",
       "2024-12-17T10:30", None, OV, [
        ("Aktuellt", "Polymyalgiforma besvär sedan 2 mån, viktnedgång 6 kg, nattsvettningar."),
        ("Bedömning", "Differentialdiagnos: paramalign polymyalgi. DT thorax-buk beställd, PSA och elfores tas."),
    ])],
    [("NL102", "n1")], [],
    "osignerat: 'Differentialdiagnos: paramalign polymyalgi' i synlig Bedömning")

add("jia-varken-barn-eller-foraldrar-informerade", "vgr", P("2017-05-19", "520"), "2024-03-31",
    [N("n1", M, "Läkaranteckning", "BARNREUMA_DSBUS", "Lovisa Engström", "läkare",
       "2024-03-06T15:30", None, OV, [
        ("Bedömning", "Oligoartikulär juvenil idiopatisk artrit i vä knä och fotled. ANA pos, ögonkontroll behövs var 3:e mån."),
        ("Planering", "Varken pat eller föräldrarna informerade om diagnosen ännu, familjen fick gå före samtalet då ett syskon insjuknade. Läkarsamtal bokat 14/3."),
    ])],
    [("NL101", "n1")], [("NL102", "n1")],
    "barn 6 år: fastställd JIA synlig för vårdnadshavarna medan varken barnet eller föräldrarna informerats")

# ---------------------------------------------------------------- PAD-svar: väntade, givna, ej givna
add("pad-lentigo-maligna-ej-informerad-semester", "skane", P("1952-09-12", "191"), "2024-07-31",
    [N("n1", M, "Läkaranteckning", "HUD_HBG", "Ola Friberg", "läkare",
       "2024-07-05T11:30", None, OV, [
        ("PAD", "Stansbiopsi vä kind: lentigo maligna (melanoma in situ)."),
        ("Planering", "Pat ej informerad ännu, ansvarig dermatolog har semester t.o.m. v. 30. Pat kallas till besök v. 31 för besked och planering av excision."),
    ])],
    [("NL101", "n1")], [],
    "osignerat: fastställd lentigo maligna i synligt PAD-sökord, 'Pat ej informerad ännu'")

add("pad-skivepitel-typo-ej-infomerad", "vgr", P("1939-04-04", "567"), "2024-04-30",
    [N("n1", M, "Läkaranteckning", "HUD_SKAS", "Malin Sjöberg", "läkare",
       "2024-04-17T15:45", "2024-04-17T15:50", OV, [
        ("PAD", "Hö öronmussla: högt differentierad skivepitelcancer, radikalt exciderad."),
        ("Planering", "Pat ännu ej infomerad om svaret, undertecknad ringer honom på fredag."),
    ])],
    [("NL101", "n1")], [],
    "fastställd skivepitelcancer synlig medan patienten inte fått svaret (typo: 'infomerad')")

add("pad-utan-malignitet-ej-meddelat", "skane", P("1978-02-09", "304"), "2024-02-29",
    [N("n1", M, "Administrativ anteckning", "HUD_KRISTIANSTAD", "Emir Hodžić", "läkare",
       "2024-02-26T13:10", "2024-02-26T13:12", OV, [
        ("PAD", "Excision rygg: godartad förändring utan malignitet, radikalt exciderad."),
        ("Åtgärd", "Pat ej informerad ännu, svarsbrev skickas i dag."),
    ])],
    [], [("NL101", "n1")],
    "det som ännu inte meddelats är ett normalt PAD-svar utan diagnos")

add("pad-melanom-kant-ej-informerad-om-remiss", "vgr", P("1964-10-19", "236"), "2024-09-30",
    [N("n1", M, "Administrativ anteckning", "HUD_SU", "Per Wallin", "läkare",
       "2024-09-09T16:30", "2024-09-09T16:35", OV, [
        ("Aktuellt", "Melanom hö lår, Breslow 1,4 mm, diagnosen meddelades pat vid besöket 2/9."),
        ("Åtgärd", "Remiss till plastikkirurgen för utvidgad excision och portvaktskörtelbiopsi skickad idag. Pat ej informerad om att remissen gått iväg, kallelse kommer direkt från plastiken."),
    ])],
    [], [("NL101", "n1")],
    "melanomet är känt för patienten sedan tidigare; det som inte meddelats är att remissen skickats")

add("pad-vantas-informerad-om-svarstid", "vgr", P("1985-12-27", "449"), "2024-04-30",
    [N("n1", M, "Telefonanteckning", "HUD_NU", "Therese Ljung", "sjuksköterska",
       "2024-04-26T09:10", "2024-04-26T09:15", OV, [
        ("Telefonkontakt", "Pat ringer, orolig för PAD efter biopsin 3/4. Svar ej klart. Informerad om att svarstiden är 4-6 veckor och att hon blir kontaktad oavsett resultat."),
    ])],
    [], [("NL101", "n1")],
    "PAD väntas fortfarande; ingen diagnos finns att undanhålla och ingen hypotes nämns")

add("pad-sentinel-besked-ska-inte-lamnas", "skane", P("1969-06-15", "528"), "2024-11-30",
    [N("n1", M, "MDK-anteckning", "PLASTIK_MALMO", "Johan Åkesson", "läkare",
       "2024-11-22T14:00", "2024-11-22T14:30", OV, [
        ("PAD", "Portvaktskörtel hö ljumske: mikrometastas av melanom, 0,8 mm."),
        ("MDK", "Beslut: besked ska inte lämnas till pat förrän onkologen träffat henne 3/12, då adjuvant behandling också tas upp."),
    ])],
    [("NL101", "n1")], [],
    "melanommetastas synlig medan texten säger att besked inte får lämnas ännu")

add("pad-besked-forst-vid-aterbesok", "vgr", P("1958-08-01", "273"), "2024-11-30",
    [N("n1", M, "Läkaranteckning", "HUD_SAS", "Henrik Molander", "läkare",
       "2024-11-04T12:00", "2024-11-04T12:08", OV, [
        ("PAD", "Vä skuldra: basalcellscancer av morfeaform typ, ej radikal på djupet."),
        ("Planering", "Besked lämnas först vid återbesöket 18/11 enligt pats egen begäran, hon är alltså ovetande om PAD-svaret tills dess."),
    ])],
    [("NL101", "n1")], [],
    "fastställd basalcellscancer synlig; patienten är 'ovetande om PAD-svaret' till återbesöket")

add("pad-pmo-1177-trol-dysplastiskt", "skane", P("1987-07-07", "615"), "2024-08-31",
    [N("n1", PMO, "1177-ärende", "VC_ANGELHOLM", "Karl Bengtsson", "läkare",
       "2024-08-28T15:20", "2024-08-28T15:30", OV, [
        ("Ärende 1177", "Pat frågar via 1177 om svaret på leverfläcken som togs bort 12/8."),
        ("Åtgärd", "PAD: nevus med lätt atypi, tolkas som trol. dysplastiskt nevus, radikalt borttaget. Svar till pat via 1177 att förändringen var godartad och att ingen mer åtgärd behövs."),
    ])],
    [], [("NL102", "n1")],
    "PMO: hedgad diagnos i svar på 1177-ärende, primärvårdens PMO visar inga diagnoser")

add("pad-hemsjukvard-pmo-misstankt-sarinfektion", "skane", P("1933-01-22", "344"), "2024-01-31",
    [N("n1", PMO, "Omvårdnadsanteckning", "HEMSJ_HASSLEHOLM", "Agneta Persson", "sjuksköterska",
       "2024-01-29T10:45", None, OV, [
        ("Omvårdnad", "Omläggning av excisionssår på hö underben efter borttagen hudcancer. Sårkanten lätt rodnad och varm, mer vätskande än förra veckan."),
        ("Bedömning", "Misstänkt sårinfektion. Kontakt med dr på VC angående antibiotika, odling tagen."),
    ])],
    [], [("NL102", "n1")],
    "PMO hemsjukvård, osignerat: 'Misstänkt sårinfektion' visas aldrig som diagnos")

add("pad-opanteckning-utvidgad-diagnos-kand", "skane", P("1976-05-31", "157"), "2024-06-30",
    [N("n1", M, "Operationsanteckning", "PLASTIK_MALMO", "Josefin Malm", "läkare",
       "2024-06-12T08:15", "2024-06-12T09:00", OV, [
        ("Indikation", "Utvidgad excision efter malignt melanom på ryggen (pT1b), diagnosen känd för pat sedan april och genomgången vid preoperativt besök."),
        ("Operation", "Excision med 1 cm marginal ned till fascian, 6 x 2,5 cm. Tvåskiktssutur. Preparatet märkt kranialt."),
        ("Postoperativt", "Stygn tas efter 14 dagar. PAD meddelas pat per telefon."),
    ])],
    [], [("NL101", "n1")],
    "operationsanteckning med fastställt melanom som patienten redan känner till")

add("gikt-dect-svar-1177-meddelande", "vgr", P("1961-03-26", "182"), "2024-06-30",
    [N("n1", M, "Ärendeanteckning", "REUMA_SKAS", "Kristoffer Alm", "läkare",
       "2024-06-20T11:00", "2024-06-20T11:10", OV, [
        ("Provsvar", "DECT fötter: uratdepåer vid MTP I bilat och i akillessenorna. Gikt."),
        ("Åtgärd", "Svar och diagnos meddelade pat via 1177-meddelande idag. Start allopurinol 100 mg, recept skickat, urat om 4 v."),
    ])],
    [], [("NL101", "n1")],
    "gikt fastställd efter DECT och meddelad patienten via 1177")

add("erysipelas-ev-efter-excision-akut", "vgr", P("1954-02-07", "406"), "2024-05-31",
    [N("n1", M, "Akutjournal", "AKUT_NAL", "Oskar Fransson", "läkare",
       "2024-05-25T20:15", "2024-05-25T21:00", OV, [
        ("Anamnes", "Excision av hudförändring på vä underben för 8 dagar sedan, sedan i går rodnad som sprider sig och frossa."),
        ("Status", "Temp 38,2. Rodnad, värmeökad hud 10 x 8 cm kring ärret, skarpt avgränsad, ingen fluktuation."),
        ("Bedömning", "Ev. erysipelas utgående från operationssåret. Kåvepenin 1 g x 3 i 10 d, rodnaden markerad med penna."),
    ])],
    [("NL102", "n1")], [],
    "'Ev.' före en diagnos (erysipelas) i synlig Bedömning, inte före en plan")

add("psa-konsult-fragestallning-behandling", "skane", P("1972-08-23", "390"), "2024-03-31",
    [N("n1", M, "Konsultationsremiss", "REUMA_HBG", "Annika Wiklund", "läkare",
       "2024-03-15T10:00", "2024-03-15T10:10", OV, [
        ("Frågeställning", "Byte av biologiskt läkemedel? Bedömning av huden önskas."),
        ("Anamnes", "Känd psoriasisartrit sedan 2016 med otillräcklig effekt av sekukinumab på huden, lederna lugna."),
    ])],
    [], [("NL102", "n1")],
    "svår negativ: frågetecken och Frågeställning gäller ett behandlingsbyte, psoriasisartriten är fastställd")

add("mastocytos-biopsi-ej-informerad", "skane", P("1992-05-05", "245"), "2024-10-31",
    [N("n1", M, "Läkaranteckning", "HUD_HBG", "Nora Isaksson", "läkare",
       "2024-10-24T15:10", "2024-10-24T15:20", OV, [
        ("Anamnes", "Bruna fläckar på bålen sedan flera år som kliar och svullnar vid gnuggning, flush efter varma bad."),
        ("PAD", "Hudbiopsi: ökat antal mastceller i dermis, CD117-positiva. Kutan mastocytos (urticaria pigmentosa). S-tryptas 32."),
        ("Planering", "Pat ej underrättad om biopsisvaret ännu. Besked och remiss till hematolog för benmärgsutredning vid återbesök 4/11."),
    ])],
    [("NL101", "n1")], [],
    "fastställd kutan mastocytos i synligt PAD-sökord, 'Pat ej underrättad om biopsisvaret ännu'")

add("ra-anti-ccp-pat-vet-annu-inte", "vgr", P("1974-02-28", "561"), "2024-02-29",
    [N("n1", M, "Läkaranteckning", "REUMA_SAS", "Mikael Sandberg", "läkare",
       "2024-02-26T16:40", "2024-02-26T16:50", OV, [
        ("Provsvar", "Anti-CCP > 340, RF 88, SR 46. Rtg fötter: tidiga erosioner MTP V bilat."),
        ("Bedömning", "Seropositiv reumatoid artrit med erosiv sjukdom redan vid debut."),
        ("Planering", "Pat vet ännu inte om diagnosen, telefontid bokad i morgon 08.30 för besked och start av metotrexat."),
    ])],
    [("NL101", "n1")], [],
    "fastställd reumatoid artrit i synlig Bedömning, 'Pat vet ännu inte om diagnosen'")

# ---------------------------------------------------------------- långa anteckningar
add("lang-reuma-nybesok-pmr-gca-kan-inte-helt-uteslutas", "vgr", P("1948-06-10", "285"), "2024-02-29",
    [N("n1", M, "Nybesök", "REUMA_SU", "Johanna Ström", "läkare",
       "2024-02-12T09:00", "2024-02-12T10:10", OV, [
        ("Anamnes", "Remiss från VC Frölunda. 76-årig tidigare frisk kvinna som sedan ca 5 veckor har smärta och stelhet i båda skuldrorna, nacken och höfterna. Värst på morgonen, morgonstelhet ca 2 h, har svårt att kamma håret och ta sig ur sängen. Sedan 10 dagar också molande huvudvärk bitemporalt, ny för henne. Ingen käkklaudikation, inga synstörningar, inget dubbelseende. Aptiten något nedsatt, gått ner 2 kg. Ingen feber."),
        ("Tidigare sjukdomar", "Hypertoni. Hypotyreos. Kataraktoperation bilat 2019."),
        ("Läkemedel", "Amlodipin 5 mg 1x1, Levaxin 75 µg 1x1. Aldrig behandlad med kortison."),
        ("Socialt", "Änka, bor i egen lägenhet, klarar sig själv. Promenerar dagligen med hunden. Aldrig rökt."),
        ("Status", "AT: opåverkad, rör sig stelt. Temporalisartärer: hö något förtjockad, ej öm, pulserande. Vä ua. Skalp ej öm. Cor: RR, inga blåsljud. Pulm: ua. Leder: smärtsam aktiv abduktion i skuldrorna bilat, passivt något bättre. Ingen perifer synovit. Höfter: smärta vid inåtrotation bilat. Muskelkraft normal. Visus enl. pat oförändrad."),
        ("Lab", "SR 84, CRP 56, Hb 114, Trc 452, ALP 160, kreatinin 71, TSH normalt, CK normalt. RF och anti-CCP neg."),
        ("Bedömning", "Klassisk bild av polymyalgia reumatika. Jättecellsarterit kan inte helt uteslutas med tanke på den nytillkomna huvudvärken och SR över 80."),
        ("Planering", "Prednisolon 40 mg startas idag i väntan på UL temporalis och axillarartärer, akut remiss skickad. Vid synstörning ska pat ringa 112. Kalk/D-vitamin och alendronat. Återbesök efter UL, ssk ringer om 3 dagar."),
    ])],
    [("NL102", "n1")], [("NL101", "n1")],
    "lång nybesöksanteckning där bara en mening hedgar en diagnos ('kan inte helt uteslutas')")

add("lang-hud-helkropp-familjar-belastning-negativ", "skane", P("1979-01-04", "472"), "2024-01-31",
    [N("n1", M, "Läkaranteckning", "HUD_LUND", "Camilla Rydén", "läkare",
       "2024-01-30T13:00", "2024-01-30T13:50", OV, [
        ("Anamnes", "Remitterad från VC Linero för helkroppsundersökning. 45-årig man, IT-konsult. Mamma opererad för melanom två gånger, morfar avled i hudcancer. Pat har själv inte haft hudcancer. Mycket solande på semestrar och flera svåra solbrännor som barn. Har inte märkt några nya eller förändrade prickar, men frun tycker att en fläck på ryggen blivit större."),
        ("Tidigare sjukdomar", "Astma i barndomen, nu besvärsfri. Ingen immunsuppression."),
        ("Läkemedel", "Inga stående."),
        ("Status", "Hudtyp II. Helkroppsundersökning inkl. hårbotten, fotsulor, naglar och slemhinnor. Ca 60 nevi, största 7 mm på ryggen (den fläck frun reagerat på). Dermatoskopi av samtliga nevi över 4 mm: symmetriskt retikulärt eller globulärt mönster. Ryggfläcken: tvåfärgad, regelbundet nätverk, inga atypiska strukturer. Solelastos i nacken. Ett par seborroiska keratoser på bålen. Inga aktiniska keratoser. Lymfkörtlar ua."),
        ("Bedömning", "Multipla nevi med familjär melanombelastning. Inga kliniska eller dermatoskopiska tecken på malignitet. Ryggfläcken är ett benignt nevus, fotodokumenterat för jämförelse."),
        ("Planering", "Ny kontroll med digital dermatoskopi om 12 mån. Ev. tidigare om pat eller frun ser förändring. Solskydd och egenkontroll en gång i månaden genomgånget, broschyr given."),
    ])],
    [], [("NL102", "n1"), ("NL101", "n1")],
    "lång helkroppsundersökning: släktingarnas melanom, negerad malignitet och en planhedge - ingen hypotes om patienten")

add("lang-psoriasis-arskontroll-biologika", "vgr", P("1972-04-12", "358"), "2024-04-30",
    [N("n1", M, "Mottagningsanteckning", "HUD_SKAS", "Jonas Ek", "läkare",
       "2024-04-23T10:00", "2024-04-23T10:40", OV, [
        ("Aktuellt", "Årskontroll. 52-årig man med plackpsoriasis sedan 20 år och psoriasisartrit sedan 2017 (samskött med reumatologen Skövde). Behandlas med sekukinumab 300 mg s.c. var 4:e vecka sedan 2021. Huden nästan helt läkt, enstaka plack på armbågarna. Lederna lugna enl. pat, senaste reumabesök i mars utan synovit."),
        ("Biverkningar", "Inga infektioner senaste året utöver en förkylning. Ingen candida, inga tarmbesvär."),
        ("Levnadsvanor", "Rökstopp 2022. BMI 31. Alkohol ca 6 enheter/v."),
        ("Status", "PASI 1,2. BSA under 1 %. Naglar: lätt gropbildning på två fingrar, inga onykolyser. Hårbotten läkt. Inga tecken på intertriginös candida."),
        ("Lab", "Blodstatus, leverstatus, kreatinin och lipider ua. HbA1c 44."),
        ("Bedömning", "Välkontrollerad psoriasis på sekukinumab, DLQI 1. Psoriasisartriten i remission enligt reumatologen. Metabolt: övervikt och HbA1c i gränsområdet."),
        ("Planering", "Fortsatt sekukinumab i oförändrad dos. Ev. förlängt dosintervall till var 6:e vecka diskuteras med reumatologen vid nästa gemensamma genomgång. Pat uppmanas ta upp vikt och HbA1c med sin VC. Ny årskontroll om 12 mån, recept förnyat."),
    ])],
    [], [("NL102", "n1")],
    "lång årskontroll med fastställd psoriasis och PsA; enda hedge gäller dosintervall")

add("lang-sle-arskontroll-typo-trol-sjogren", "skane", P("1983-09-09", "137"), "2024-09-30",
    [N("n1", M, "Återbesök", "REUMA_LUND", "Fredrik Strand", "läkare",
       "2024-09-12T13:30", None, OV, [
        ("Aktuellt", "Årskontroll SLE (diagnos 2015, hud-, led- och hematologiskt engagemang, ingen nefrit). Står på hydroxiklorokin 200 mg och prednisolon 2,5 mg. Mår överlag bra, arbetar heltid som förskollärare. Inga nya utslag i sommar trots sol, använder solskydd. Ledvärken lindrig. Ny sedan i vintras: torra ögon, sandkänsla, dricker vatten till maten för att kunna svälja kex."),
        ("Status", "AT gott. Hud: inga aktiva lupusförändringar, lätt alopeci frontalt oförändrad. Munslemhinna torr, inga sår. Spottkörtlar ej förstorade. Leder: ingen synovit, full rörlighet. Cor/pulm ua. Inga ödem. BT 124/78."),
        ("Lab", "Hb 126, LPK 3,9, Trc 198. Kreatinin 68. U-sticka neg, U-albumin/kreatinin normal. C3 och C4 i nedre normalområdet, anti-dsDNA 22 (oförändrat). SSA/Ro60 positiv, ny jämfört med 2015."),
        ("Bedömning", "SLE med låg sjukdomsaktivitet, SLEDAI 2. Trol. sekundärt Sjögrens syndorm med tanke på sicca-symtom och nytillkommen SSA-positivitet."),
        ("Planering", "Schirmers test och mätning av salivsekretion på mottagningen i oktober. Ögonkonsult för de torra ögonen, tårersättning tills dess. Fortsatt hydroxiklorokin, ögonbottenkontroll enligt rutin. Nästa kontroll om 6 mån."),
    ])],
    [("NL102", "n1")], [],
    "lång osignerad årskontroll; en mening hedgar en ny diagnos (typo: 'Sjögrens syndorm')")

add("lang-gikt-epikris-septisk-artrit-bedoms-ej", "vgr", P("1941-07-03", "219"), "2024-01-31",
    [N("n1", M, "Epikris", "MEDAVD_KUNGALV", "Sara Wennberg", "läkare",
       "2024-01-13T14:00", "2024-01-15T09:30", SV, [
        ("Vårdtid", "2024-01-08 till 2024-01-13."),
        ("Orsak till inläggning", "82-årig man inlagd via akuten med feber 38,9 och kraftigt svullen, rodnad hö fotled och hö knä."),
        ("Tidigare sjukdomar", "Hjärtsvikt, förmaksflimmer, kronisk njursvikt stadium 3b, gikt (senaste attack 2022). Furosemid och apixaban."),
        ("Förlopp", "Ledpunktion av hö knä på akuten: 40 ml grumlig vätska, LPK 28 000, rikligt med uratkristaller. Blododlingar x 2 och ledvätskeodling utan växt. Fick initialt kloxacillin iv i väntan på odlingssvar, sattes ut dag 3. Septisk artrit bedöms inte föreligga. Behandlad med prednisolon 30 mg, snabb förbättring, feberfri från dag 2. Colchicin undveks pga njurfunktionen. Diuretikadosen oförändrad efter samråd med kardiolog, vikten stabil."),
        ("Diagnos", "M10.0 Idiopatisk gikt, polyartikulär attack (hö knä och fotled)."),
        ("Status vid utskrivning", "Afebril, går med rollator som tidigare. Knä och fotled utan värme, lätt kvarvarande svullnad. Kreatinin 142 (168 vid inkomst)."),
        ("Läkemedelsförändringar", "Ny: prednisolon 30 mg med nedtrappning 5 mg var tredje dag till noll. Allopurinol sätts inte in förrän attacken lagt sig helt."),
        ("Uppföljning", "VC följer upp urat och kreatinin om 4 v och tar ställning till allopurinol i låg dos. Eventuellt behov av hemsjukvård för läkemedelshantering bedöms av VC-ssk."),
    ])],
    [], [("NL102", "n1")],
    "lång slutenvårdsepikris: septisk artrit 'bedöms inte föreligga', gikten fastställd, hedge bara på hemsjukvårdsbehov")

add("lang-epikris-erytrodermi-sezary-ej-informerad", "vgr", P("1952-03-14", "426"), "2024-05-31",
    [N("n1", M, "Epikris", "HUD_SU", "Cecilia Åström", "läkare",
       "2024-05-15T10:00", "2024-05-15T10:45", SV, [
        ("Vårdtid", "2024-05-02 till 2024-05-10, hudklinikens vårdavdelning."),
        ("Orsak till inläggning", "72-årig kvinna med känd psoriasis sedan 1990 som inkom med generaliserad rodnad, fjällning och frysningar sedan 3 v."),
        ("Förlopp", "Erytrodermi över mer än 90 % av kroppsytan. Vätskebalans och temperatur följdes, fuktkammarbehandling med grupp II-steroid och mjukgörande två gånger dagligen. Ciklosporin övervägdes men avstods pga nedsatt njurfunktion. Då erytrodermin inte svarade som förväntat togs två stansbiopsier och flödescytometri av perifert blod dag 3. Gradvis förbättring, utskriven med kvarvarande lätt rodnad."),
        ("PAD", "Svar 2024-05-14, efter utskrivning: epidermotropt atypiskt T-cellsinfiltrat, klonalt TCR-rearrangemang i hud och blod, CD4/CD8-kvot 14, Sézaryceller 1 800/µl. Sammantaget Sézarys syndrom."),
        ("Information", "Pat har inte informerats om svaret ännu, hon vistas hos dottern i Norrland till 27/5. Besked och planering vid återbesök 28/5, lymfomteamet vidtalat."),
        ("Läkemedel vid utskrivning", "Betametason kräm morgon och kväll på kroppen, hydrokortison i ansiktet, mjukgörande efter behov."),
    ])],
    [("NL101", "n1")], [("NL102", "n1")],
    "lång epikris där Sézarys syndrom (fastställt efter utskrivning) står synligt och patienten inte informerats")


# ================================================================= validation
def fail(problems):
    for p in problems:
        print("ERROR:", p, file=sys.stderr)
    sys.exit(1)


def age_at(birth, when):
    b = datetime.date.fromisoformat(birth)
    w = datetime.date.fromisoformat(when[:10])
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def in_2024(ts):
    try:
        d = datetime.datetime.fromisoformat(ts)
    except (TypeError, ValueError):
        return False
    return d.year == 2024


SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")
CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
RECORD_KEYS = ["patient", "as_of", "notes", "access_events", "conversations", "treatments"]
NOTE_KEYS = ["id", "system", "template", "unit", "author", "time", "signed", "setting",
             "refs", "sections"]


def validate(cases):
    problems = []
    names = set()
    seen_sent = {}
    for c in cases:
        n = c["case"]
        if list(c) != CASE_KEYS:
            problems.append("%s: case keys %s" % (n, list(c)))
        if n in names:
            problems.append("duplicate case name %s" % n)
        names.add(n)
        if not re.fullmatch(r"[a-z0-9åäö-]+", n):
            problems.append("%s: odd case name" % n)
        if c["ruleset"] not in ("skane", "vgr"):
            problems.append("%s: ruleset %s" % (n, c["ruleset"]))
        if not c["why"].strip():
            problems.append("%s: empty why" % n)
        rec = c["record"]
        if list(rec) != RECORD_KEYS:
            problems.append("%s: record keys %s" % (n, list(rec)))
        if rec["access_events"] or rec["conversations"] or rec["treatments"]:
            problems.append("%s: non-empty events/conversations/treatments" % n)
        pat = rec["patient"]
        pid, birth = pat["id"], pat["birth_date"]
        m = re.fullmatch(r"(\d{8})-(\d{4})", pid)
        if not m:
            problems.append("%s: personnummer format %s" % (n, pid))
        else:
            if m.group(1) != birth.replace("-", ""):
                problems.append("%s: personnummer does not match birth date" % n)
            ten = m.group(1)[2:] + m.group(2)
            if luhn_digit(ten[:9]) != ten[9]:
                problems.append("%s: personnummer fails Luhn" % n)
            try:
                datetime.date.fromisoformat(birth)
            except ValueError:
                problems.append("%s: bad birth date" % n)
        if not in_2024(rec["as_of"]):
            problems.append("%s: as_of not in 2024" % n)
        age = age_at(birth, rec["as_of"])
        if 13 <= age <= 15 or age < 0:
            problems.append("%s: patient age %d not allowed" % (n, age))
        notes = {}
        for note in rec["notes"]:
            if list(note) != NOTE_KEYS:
                problems.append("%s: note keys %s" % (n, list(note)))
            if note["id"] in notes:
                problems.append("%s: duplicate note id %s" % (n, note["id"]))
            notes[note["id"]] = note
            if note["system"] not in (M, PMO):
                problems.append("%s: system %s" % (n, note["system"]))
            if c["ruleset"] == "vgr" and note["system"] != M:
                problems.append("%s: VGR note not Melior" % n)
            if c["ruleset"] == "vgr" and note["unit"]["hsa_id"].startswith("SE2321000255"):
                problems.append("%s: Skåne unit in VGR case" % n)
            if c["ruleset"] == "skane" and note["unit"]["hsa_id"].startswith("SE2321000131"):
                problems.append("%s: VGR unit in Skåne case" % n)
            if not in_2024(note["time"]):
                problems.append("%s: note time not in 2024" % n)
            if note["signed"] is not None:
                if not in_2024(note["signed"]):
                    problems.append("%s: signed not in 2024" % n)
                elif note["signed"] < note["time"]:
                    problems.append("%s: signed before written" % n)
            if note["time"][:10] > rec["as_of"][:10]:
                problems.append("%s: note after as_of" % n)
            if age_at(birth, note["time"]) in (13, 14, 15):
                problems.append("%s: patient 13-15 at note time" % n)
            if not note["sections"]:
                problems.append("%s: note without sections" % n)
            for s in note["sections"]:
                if list(s) != ["keyword", "text"] or not s["keyword"] or not s["text"].strip():
                    problems.append("%s: bad section %r" % (n, s))
                    continue
                for sent in SENT_SPLIT.split(s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen_sent and seen_sent[sent] != (n, note["id"], s["keyword"]):
                            problems.append("%s: sentence repeated (also in %s): %s"
                                            % (n, seen_sent[sent][0], sent))
                        seen_sent.setdefault(sent, (n, note["id"], s["keyword"]))
        asserted = set()
        if not c["must"] and not c["must_not"]:
            problems.append("%s: asserts nothing" % n)
        for kind in ("must", "must_not"):
            for code, target in c[kind]:
                if code not in ("NL101", "NL102"):
                    problems.append("%s: unexpected code %s" % (n, code))
                if target not in notes:
                    problems.append("%s: target %s missing" % (n, target))
                    continue
                if (code, target) in asserted:
                    problems.append("%s: %s on %s asserted twice" % (n, code, target))
                asserted.add((code, target))
                system = notes[target]["system"]
                if code == "NL102" and kind == "must" and system != M:
                    problems.append("%s: NL102 must on non-Melior note" % n)
                if code == "NL101" and system == PMO:
                    problems.append("%s: NL101 asserted on PMO note" % n)
    return problems


def main():
    problems = validate(CASES)
    if problems:
        fail(problems)
    out = os.path.join(HERE, "nl1_dev111_cases.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in CASES:
        for kind in ("must", "must_not"):
            for code, _ in c[kind]:
                counts[(code, kind)] = counts.get((code, kind), 0) + 1
    print("wrote %d cases to %s" % (len(CASES), out))
    for code in ("NL101", "NL102"):
        print("%s must=%d must_not=%d" % (code, counts.get((code, "must"), 0),
                                          counts.get((code, "must_not"), 0)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
