#!/usr/bin/env python3
"""d144: paediatric emergency / paediatric surgery test cases for NL101 and NL102.

Standard library only, deterministic. Writes cases.jsonl next to this file and
validates it; exits 1 on any problem.
"""
import datetime
import json
import os
import re
import sys

# ---------------------------------------------------------------- units
# key: (name, hsa_id, region, system)
UNITS = {
    # Skåne, Melior (hospital)
    "lund_ba": ("Barnakuten, Skånes universitetssjukhus Lund", "SE2321000255-4B17", "skane", "Melior"),
    "malmo_ba": ("Barnakuten, Skånes universitetssjukhus Malmö", "SE2321000255-4C02", "skane", "Melior"),
    "lund_bkir": ("Barnkirurgiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-5A61", "skane", "Melior"),
    "lund_bkir_avd": ("Barnkirurgisk vårdavdelning 54, Skånes universitetssjukhus Lund", "SE2321000255-5A68", "skane", "Melior"),
    "lund_bavd": ("Barnmedicinsk vårdavdelning 63, Skånes universitetssjukhus Lund", "SE2321000255-4D33", "skane", "Melior"),
    "lund_biva": ("Barnintensivvårdsavdelningen, Skånes universitetssjukhus Lund", "SE2321000255-4E90", "skane", "Melior"),
    "hbg_bu": ("Barn- och ungdomsmedicinska kliniken, Helsingborgs lasarett", "SE2321000255-6F14", "skane", "Melior"),
    "csk_ba": ("Barnakuten, Centralsjukhuset Kristianstad", "SE2321000255-7G25", "skane", "Melior"),
    "ystad_bm": ("Barn- och ungdomsmottagningen, Ystads lasarett", "SE2321000255-8H08", "skane", "Melior"),
    "malmo_ort": ("Ortopediska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-3J41", "skane", "Melior"),
    "lund_gyn": ("Gynekologiska akutmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-2K77", "skane", "Melior"),
    "malmo_bavd": ("Barnmedicinsk vårdavdelning 2, Skånes universitetssjukhus Malmö", "SE2321000255-4C19", "skane", "Melior"),
    # Skåne, PMO (primary care)
    "bvc_lomma": ("Barnavårdscentralen Lomma", "SE2321000255-9P12", "skane", "PMO"),
    "vc_kavlinge": ("Vårdcentralen Kävlinge", "SE2321000255-9P45", "skane", "PMO"),
    "bvc_tomelilla": ("Barnavårdscentralen Tomelilla", "SE2321000255-9P63", "skane", "PMO"),
    "um_landskrona": ("Ungdomsmottagningen Landskrona", "SE2321000255-9P88", "skane", "PMO"),
    "vc_hoor": ("Vårdcentralen Höör", "SE2321000255-9P91", "skane", "PMO"),
    # VGR, Melior
    "dsbus_ba": ("Barnakuten, Drottning Silvias barn- och ungdomssjukhus, Sahlgrenska Universitetssjukhuset", "SE2321000131-E1201", "vgr", "Melior"),
    "dsbus_bkir": ("Barnkirurgi, Drottning Silvias barn- och ungdomssjukhus, Sahlgrenska Universitetssjukhuset", "SE2321000131-E1240", "vgr", "Melior"),
    "dsbus_bort": ("Barnortopedi, Drottning Silvias barn- och ungdomssjukhus, Sahlgrenska Universitetssjukhuset", "SE2321000131-E1255", "vgr", "Melior"),
    "dsbus_avd": ("Barnavdelning 325, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E1318", "vgr", "Melior"),
    "dsbus_biva": ("Barnintensivvårdsavdelningen (BIVA), Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E1390", "vgr", "Melior"),
    "nal_bu": ("Barn- och ungdomsmedicin, NÄL Trollhättan", "SE2321000131-E4410", "vgr", "Melior"),
    "nal_kir": ("Kirurgkliniken, NÄL Trollhättan", "SE2321000131-E4462", "vgr", "Melior"),
    "sas_ba": ("Barnakuten, Södra Älvsborgs sjukhus Borås", "SE2321000131-E5520", "vgr", "Melior"),
    "skas_bu": ("Barn- och ungdomskliniken, Skaraborgs Sjukhus Skövde", "SE2321000131-E6605", "vgr", "Melior"),
    "ostra_gyn": ("Gynekologisk akutmottagning, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E1703", "vgr", "Melior"),
    "alingsas_ort": ("Ortopedmottagningen, Alingsås lasarett", "SE2321000131-E7731", "vgr", "Melior"),
    "kungalv_akut": ("Akutmottagningen, Kungälvs sjukhus", "SE2321000131-E8802", "vgr", "Melior"),
}

# key: (name, role)
AUTHORS = {
    # Skåne
    "lindqvist": ("Karin Lindqvist", "läkare"),
    "persson": ("Johan Persson", "läkare"),
    "haddad": ("Amira Haddad", "läkare"),
    "sjoberg": ("Erik Sjöberg", "läkare"),
    "snilsson": ("Sofia Nilsson", "sjuksköterska"),
    "holmberg": ("Maja Holmberg", "sjuksköterska"),
    "aberg": ("Henrik Åberg", "läkare"),
    "karimi": ("Leila Karimi", "läkare"),
    "lbengtsson": ("Lena Bengtsson", "sjuksköterska"),
    "malm": ("Anders Malm", "läkare"),
    "fransson": ("Ida Fransson", "läkare"),
    "tran": ("Minh Tran", "läkare"),
    "wallin": ("Cecilia Wallin", "läkare"),
    "olander": ("Tove Olander", "sjuksköterska"),
    "pettersson": ("Gustav Pettersson", "läkare"),
    "rydberg": ("Hanna Rydberg", "läkare"),
    # VGR
    "gustafsson": ("Anna Gustafsson", "läkare"),
    "molsson": ("Mikael Olsson", "läkare"),
    "yusuf": ("Fatima Yusuf", "läkare"),
    "berg": ("Jonas Berg", "läkare"),
    "strand": ("Elin Strand", "sjuksköterska"),
    "sjohansson": ("Sara Johansson", "sjuksköterska"),
    "wikstrom": ("Oskar Wikström", "läkare"),
    "dahl": ("Helena Dahl", "läkare"),
    "hedlund": ("Nils Hedlund", "läkare"),
    "forsberg": ("Linnea Forsberg", "läkare"),
    "rostami": ("Ahmad Rostami", "läkare"),
    "lundgren": ("Petra Lundgren", "läkare"),
    "axelsson": ("Viktor Axelsson", "läkare"),
    "ekman": ("Josefin Ekman", "sjuksköterska"),
    "kowalski": ("Marta Kowalski", "läkare"),
}


def luhn_digit(digits):
    total = 0
    for i, ch in enumerate(digits):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return str((10 - total % 10) % 10)


def pnr(birth, serial):
    d = birth.replace("-", "")
    return "%s-%s%s" % (d, serial, luhn_digit(d[2:] + serial))


def N(nid, unit, template, author, time, sections, signed=35, setting="öppenvård"):
    """One note. signed: minutes after time, or None for an unsigned draft."""
    uname, hsa, _region, system = UNITS[unit]
    aname, role = AUTHORS[author]
    t = datetime.datetime.fromisoformat(time)
    s = None if signed is None else (t + datetime.timedelta(minutes=signed)).isoformat()
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": uname, "hsa_id": hsa},
        "author": {"name": aname, "role": role},
        "time": t.isoformat(),
        "signed": s,
        "setting": setting,
        "refs": [],
        "sections": [{"keyword": k, "text": v} for k, v in sections],
        "_unit_key": unit,
    }


CASES = []


def C(name, ruleset, birth, serial, notes, must=(), must_not=(), why="", as_of=None):
    CASES.append({
        "name": name, "ruleset": ruleset, "birth": birth, "serial": serial,
        "notes": notes, "must": [list(x) for x in must],
        "must_not": [list(x) for x in must_not], "why": why, "as_of": as_of,
    })


# =====================================================================
# NL102, must: a hedged diagnosis of the patient in a visible Melior section
# =====================================================================

C("d144-appendicit-misstankt-lund", "skane", "2014-08-19", "482", [
    N("n1", "lund_ba", "Akutanteckning", "lindqvist", "2024-03-14T21:10", [
        ("Anamnes", "Ont i magen sedan i går eftermiddag, först runt naveln och nu nere till höger. Illamående, kräkts två gånger. Inte ätit sedan lunch i går. Temp hemma 38,2."),
        ("Status", "AT: Blek, ligger still på britsen, ogärna att hoppa. Buk: Palpöm hö fossa med släppömhet, Rovsing pos. Ljumskar ua."),
        ("Lab", "CRP 46, LPK 15,8, neutrofila 12,1."),
        ("Bedömning", "Misstänkt appendicit, PAS 8. Barnkirurgjouren kontaktad och kommer ned för bedömning."),
        ("Åtgärd", "Fastande. Ringer-acetat 10 ml/kg iv. Paracetamol iv 15 mg/kg."),
    ])], must=[("NL102", "n1")],
    why="'Misstänkt appendicit' in the visible Bedömning of a Skåne Melior ED note is a hypothesis the guardians can read.")

C("d144-invagination-inger-misstanke", "vgr", "2023-05-02", "153", [
    N("n1", "dsbus_ba", "Akutanteckning", "gustafsson", "2024-04-09T10:25", [
        ("Aktuellt", "11 mån pojke med attackvisa skrikperioder var 15-20:e minut sedan i morse, drar upp benen och blir blek mellan attackerna. Kräkts tre gånger. Pappa beskriver hallonfärgat slem i blöjan för en timme sedan."),
        ("Status", "Slö mellan attackerna, kap återfyllnad 3 s. Buk mjuk, palpabel korvformad resistens i hö övre kvadrant. Ingen peritonit."),
        ("Bedömning", "Anamnes och status inger misstanke om ileocekal invagination. Akut UL buk beställt, barnkirurgjouren underrättad."),
    ])], must=[("NL102", "n1")],
    why="'inger misstanke om ileocekal invagination' hedges the child's diagnosis in a visible VGR Bedömning.")

C("d144-testistorsion-trolig-barnkir", "skane", "2011-11-23", "395", [
    N("n1", "lund_bkir", "Läkaranteckning", "persson", "2024-02-03T05:40", [
        ("Anamnes", "Vaknade 03.30 av plötslig smärta i vä skrotum, kräkts en gång. Inget trauma. Kortvarig liknande episod för två veckor sedan som gick över av sig själv."),
        ("Status", "Vä testikel högt ställd och tvärställd, mycket palpationsöm. Kremasterreflex saknas vä. Hö testikel ua."),
        ("Bedömning", "Trolig testistorsion vä, symtomduration ca 2 h. Ingen tid för UL, direkt till op för explorering och fixation bilateralt."),
        ("Åtgärd", "Akut op-anmäld, narkosjouren kontaktad. Morfin 0,1 mg/kg iv."),
    ], signed=20)], must=[("NL102", "n1")],
    why="Paediatric surgeon writes 'Trolig testistorsion' in a visible Bedömning before exploration; the diagnosis is still a hypothesis.")

C("d144-pylorusstenos-sannolik-boras", "vgr", "2024-04-28", "271", [
    N("n1", "sas_ba", "Akutanteckning", "dahl", "2024-06-03T16:50", [
        ("Anamnes", "Fullgången pojke, helammad. Sedan fem dagar kaskadkräkningar direkt efter varje amning, aldrig gallfärgat. Vill äta igen direkt efteråt. Färre blöta blöjor senaste dygnet."),
        ("Status", "Vikt 3 980 g (fv 3 720 g). Lätt insjunken fontanell. Synlig peristaltik över epigastriet efter provmatning."),
        ("Lab", "Vgas: pH 7,52, BE +9, Cl 89, K 3,2."),
        ("Bedömning", "Sannolik pylorusstenos med hypokloremisk alkalos. UL pylorus i morgon bitti, dessförinnan iv vätska och korrigering av elektrolyter."),
    ], setting="slutenvård")], must=[("NL102", "n1")],
    why="'Sannolik pylorusstenos' before the confirming ultrasound is a hedged diagnosis in a visible VGR Melior section.")

C("d144-febrilt-spadbarn-dd-lista", "skane", "2024-09-20", "064", [
    N("n1", "malmo_ba", "Akutanteckning", "haddad", "2024-11-01T02:15", [
        ("Aktuellt", "6 v flicka med feber 38,7 rektalt sedan 3 h, matar sämre. Inga luftvägssymtom, inga sjuka syskon."),
        ("Status", "Lätt irritabel men tröstbar. Fontanell i nivå. Hjärta och lungor ua. Inga petekier. Trumhinnor ua."),
        ("Bedömning", "Feber utan fokus hos barn under 3 mån. DD UVI, bakteriell sepsis, meningit. Enligt PM full sepsisutredning inkl LP."),
        ("Åtgärd", "Blododling, kateterurin och LP tagna. Cefotaxim och ampicillin iv efter odlingarna. Läggs in på barnavdelningen."),
    ])], must=[("NL102", "n1")],
    why="A 'DD' list of sepsis, meningitis and UTI in the visible assessment of a febrile infant is a list of hypotheses about the patient.")

C("d144-bronkiolit-forenlig-nal", "vgr", "2024-09-02", "117", [
    N("n1", "nal_bu", "Inskrivningsanteckning", "berg", "2024-12-04T19:30", [
        ("Anamnes", "Snuva och hosta tre dagar. I dag ökat andningsarbete och ätit hälften av vanlig mängd. Storasyster förkyld."),
        ("Status", "AF 58, indragningar jugulum och subkostalt, SpO2 92 % på luft. Bilat fina rassel och pip."),
        ("Bedömning", "Bild förenlig med RS-bronkiolit, dag 3 av förloppet. Behov av syrgas och sondmatning, läggs in."),
    ], signed=None, setting="slutenvård")], must=[("NL102", "n1")],
    why="'Bild förenlig med RS-bronkiolit' before any RS test is a hedged diagnosis; unsigned draft (pre-signing).")

C("d144-pneumoni-talar-for-typo", "skane", "2020-02-11", "226", [
    N("n1", "csk_ba", "Akutanteckning", "tran", "2024-01-17T14:05", [
        ("Anamnes", "Feber upp till 40 i fyra dygn, hosta, sedan i går ont i magen."),
        ("Status", "AF 40, nedsatta andningsljud hö basalt, dämpning vid perkussion. SpO2 95 %."),
        ("Utredning", "CRP 210. Rtg pulm: förtätning i hö underlob, ingen pleuravätska."),
        ("Bedömning", "Klinik och röntgen talar för bakteriell pnuemoni i hö underlob. Amoxicillin p.o. i 7 dagar, återbesök om två dygn."),
    ])], must=[("NL102", "n1")],
    why="'talar för ... pnuemoni' (typo in the diagnosis word) still states a hedged diagnosis in a visible section.")

C("d144-pyelonefrit-trol-kort", "skane", "2022-03-05", "517", [
    N("n1", "hbg_bu", "Akutanteckning", "wallin", "2024-05-22T18:40", [
        ("Bedömning", "U-sticka: nitrit pos, leuk 3+. Feber 39,5 och allmänpåverkan, trol. pyelonefrit. Kateterurin för odling, ceftibuten p.o. Kontroll av odlingssvar om 2 dygn."),
    ])], must=[("NL102", "n1")],
    why="The abbreviation 'trol.' hedges pyelonephritis in a one-section visible note.")

C("d144-torusfraktur-ev-rtg", "vgr", "2017-10-30", "884", [
    N("n1", "dsbus_bort", "Akutanteckning", "hedlund", "2024-07-12T12:20", [
        ("Aktuellt", "Ramlat från studsmatta och tagit emot sig med utsträckt hö hand. Ömhet dorsalt över distala radius, lätt svullnad, ingen felställning. Ev. torusfraktur, rtg hö handled beställd."),
    ])], must=[("NL102", "n1")],
    why="'Ev. torusfraktur' is a hedged fracture diagnosis, not a hedged plan; visible in VGR.")

C("d144-nai-misstankt-i-vanlig-mall", "skane", "2023-12-18", "733", [
    N("n1", "lund_ba", "Läkaranteckning", "karimi", "2024-04-25T20:45", [
        ("Anamnes", "Föräldrarna söker för att pojken inte vill röra vä ben sedan i går. Ingen känd skadehändelse. Ligger i babysitter eller säng, kan ännu inte rulla runt själv."),
        ("Status", "Svullnad och ömhet distalt vä lårben. Inga synliga blåmärken. Fontanell mjuk."),
        ("Utredning", "Rtg vä femur: hörnfraktur i distala metafysen."),
        ("Bedömning", "Metafysär fraktur hos icke-mobilt spädbarn utan förklarande trauma, misstänkt icke-accidentell skada. Barnskyddsteamet kontaktat, skelettstatus och ögonbottenundersökning planeras."),
    ])], must=[("NL102", "n1")],
    why="Suspected non-accidental injury written as 'misstänkt' in an ordinary visible Läkaranteckning, not in a protected template.")

C("d144-skallskada-blodning-kan-ej-uteslutas", "vgr", "2021-09-14", "611", [
    N("n1", "sas_ba", "Akutanteckning", "dahl", "2024-08-30T17:55", [
        ("Anamnes", "Föll från skötbord ca 1 m mot klinkergolv, slog i bakhuvudet. Grät direkt, ingen medvetslöshet. Kräkts tre gånger senaste timmen, sömnigare än vanligt enligt mamma."),
        ("Status", "GCS 14, öppnar ögonen på tilltal. Stort svullet hematom occipitalt hö. Pupiller lika stora och ljusreaktiva."),
        ("Bedömning", "Upprepade kräkningar och sänkt vakenhet, intrakraniell blödning kan ej uteslutas. DT hjärna akut enligt PECARN."),
    ])], must=[("NL102", "n1")],
    why="'kan ej uteslutas' leaves intracranial haemorrhage open as a hypothesis; it is not a negation.")

C("d144-dka-trolig-typ1-lang", "skane", "2015-12-07", "340", [
    N("n1", "malmo_ba", "Akutanteckning", "haddad", "2024-10-19T22:30", [
        ("Anamnes", "Tre veckors törst, dricker flera liter per dygn och kissar på natten igen efter att ha varit torr sedan 4 års ålder. Gått ned ca 3 kg. Sedan i går buksmärta, kräkningar och trötthet. Ingen diabetes i släkten."),
        ("Status", "Trött men kontaktbar, GCS 15. Djup regelbunden andning, acetondoft. Torra slemhinnor, kap återfyllnad 3 s. Puls 132, BT 108/64."),
        ("Lab", "Vgas pH 7,14, pCO2 2,9, HCO3 8, BE -19. P-glukos 31,4. B-ketoner 5,8. Na 133, K 5,1."),
        ("Bedömning", "Trolig nydebuterad typ 1-diabetes med måttlig till svår ketoacidos. Dehydrering uppskattas till 7 %."),
        ("Åtgärd", "Enligt DKA-PM: NaCl 9 mg/ml 10 ml/kg på en timme, därefter rehydrering över 48 h. Insulininfusion 0,05 E/kg/h startas efter första timmen. Glukos och ketoner varje timme, Na och K varannan. Neurologisk kontroll varje timme. Läggs in på BIVA."),
    ])], must=[("NL102", "n1")],
    why="'Trolig nydebuterad typ 1-diabetes' hedges the diabetes diagnosis at debut in a long visible ED chart.")

C("d144-ovarialtorsion-17-typo", "vgr", "2007-03-22", "402", [
    N("n1", "ostra_gyn", "Akutanteckning", "forsberg", "2024-05-05T23:10", [
        ("Anamnes", "17-årig flicka med plötslig debut av hö-sidig buksmärta för 5 h sedan, kräkts. Senaste mens för två veckor sedan."),
        ("Status", "Påverkad av smärta. Buk: ömhet hö fossa, viss släppömhet. Vaginalt UL: 6 cm cysta hö ovarium, dopplerflödet svårbedömt."),
        ("Bedömning", "Misstänkt ovarialtorison hö, DD appendicit. Akut diagnostisk laparoskopi."),
    ])], must=[("NL102", "n1")],
    why="Typo 'ovarialtorison' after 'Misstänkt' plus a DD; a 17-year-old reads her own journal.")

C("d144-epididymit-torsion-bild-som-vid", "skane", "2007-09-09", "053", [
    N("n1", "hbg_bu", "Akutanteckning", "fransson", "2024-06-18T08:35", [
        ("Aktuellt", "16-årig pojke med smärta i hö skrotum sedan 10 h, gradvis debut, sveda vid miktion. Öm epididymis hö, testikeln normalt ställd. U-sticka leuk 2+."),
        ("Bedömning", "Bild som vid epididymit, men torsion kan inte uteslutas helt. UL doppler akut."),
    ])], must=[("NL102", "n1")],
    why="'Bild som vid epididymit' and 'torsion kan inte uteslutas' are both hedged diagnoses, visible to the 16-year-old.")

C("d144-invagination-missankt-typo", "vgr", "2022-01-28", "826", [
    N("n1", "skas_bu", "Akutanteckning", "wikstrom", "2024-03-01T06:05", [
        ("Bedömning", "Tvååring med intermittent buksmärta och slöhet mellan attackerna sedan i natt. Missänkt invagination, UL beställt. Kontakt med DSBUS barnkirurgi om ev. överflyttning."),
    ])], must=[("NL102", "n1")],
    why="Typo 'Missänkt' still hedges invagination in a visible VGR note.")

C("d144-hirschsprung-sannolkit-typo", "skane", "2024-08-10", "913", [
    N("n1", "lund_bkir_avd", "Daganteckning", "sjoberg", "2024-08-14T11:15", [
        ("Aktuellt", "Mekonium avgick först vid 52 timmars ålder. Utspänd buk och gallfärgade uppkastningar. Kolonröntgen med kontrast: transitionszon rektosigmoidalt."),
        ("Bedömning", "Sannolkit Mb Hirschsprung. Rektalbiopsi planeras i morgon, rektalsköljningar två gånger dagligen till dess."),
    ], setting="slutenvård")], must=[("NL102", "n1")],
    why="Misspelt hedge 'Sannolkit' on Hirschsprung's disease in a newborn's visible ward note.")

C("d144-appendicit-fragetecken-diagnos", "vgr", "2013-06-15", "334", [
    N("n1", "dsbus_bkir", "Läkaranteckning", "molsson", "2024-09-23T22:50", [
        ("Diagnos", "Appendicit?"),
        ("Planering", "Observation på avdelningen över natten, nytt bukstatus och CRP kl 07. Fastande, iv vätska."),
    ], setting="slutenvård")], must=[("NL102", "n1")],
    why="A bare question mark after the diagnosis in the visible Diagnos section marks it as unconfirmed.")

C("d144-perthes-fragestallnig-typo", "skane", "2018-02-02", "197", [
    N("n1", "csk_ba", "Akutanteckning", "tran", "2024-02-27T13:30", [
        ("Aktuellt", "Haltat i tre veckor, klagar på ont i vä knä. Inskränkt inåtrotation i vä höft. Afebril, CRP <5."),
        ("Bedömning", "Frågeställnig Mb Perthes vä. Rtg bäcken och höfter med Lauensteinprojektion."),
    ])], must=[("NL102", "n1")],
    why="'Frågeställnig' (typo of frågeställning) frames Perthes disease as an open question in a visible note.")

C("d144-meckel-kan-rora-sig-om-typo", "vgr", "2020-11-11", "759", [
    N("n1", "dsbus_bkir", "Läkaranteckning", "kowalski", "2024-02-10T09:40", [
        ("Anamnes", "Tre rikliga smärtfria rödbruna avföringar i morse. Tidigare frisk."),
        ("Status", "Blek, puls 140. Buk mjuk och oöm."),
        ("Lab", "Hb 88."),
        ("Bedömning", "Kan röra sig om blödande Meckels diverikel. Meckelscintigrafi beställd, blodgruppering och BAS-test tagna."),
    ])], must=[("NL102", "n1")],
    why="'Kan röra sig om' plus the typo 'diverikel' hedges a Meckel's diverticulum in a visible section.")

C("d144-ssk-triage-misstankt-bronkiolit", "skane", "2024-01-08", "482", [
    N("n1", "lund_ba", "Triageanteckning", "snilsson", "2024-02-26T03:20", [
        ("Kontaktorsak", "Andningsbesvär och dålig matning sedan i kväll."),
        ("Status", "AF 64, indragningar, SpO2 91 %, temp 37,9."),
        ("Bedömning", "RETTS orange. Misstänkt bronkiolit, flyttad till akutrummet och läkare tillkallad."),
    ], signed=10)], must=[("NL102", "n1")],
    why="A nurse's triage note with 'Misstänkt bronkiolit' is as visible as a doctor's note.")

C("d144-septisk-artrit-oklart-om", "vgr", "2020-07-07", "246", [
    N("n1", "nal_bu", "Akutanteckning", "berg", "2024-10-08T15:10", [
        ("Aktuellt", "Vill inte gå sedan i går, temp 38,9. Hö höft hålls flekterad och utåtroterad, smärta vid passiva rörelser."),
        ("Utredning", "CRP 64, SR 42. UL: vätska i hö höftled."),
        ("Bedömning", "Oklart om det rör sig om septisk artrit eller transitorisk synovit, Kochers kriterier 3 av 4. Kontakt med barnortoped för ledpunktion."),
    ])], must=[("NL102", "n1")],
    why="'Oklart om det rör sig om septisk artrit' leaves two diagnoses open in a visible section.")

C("d144-kawasaki-klinisk-bild-talar-for", "skane", "2022-04-19", "598", [
    N("n1", "lund_bavd", "Daganteckning", "rydberg", "2024-07-31T11:05", [
        ("Aktuellt", "Feberdag 6. Bilat konjunktival injektion utan sekret, jordgubbstunga, spruckna läppar, ödematösa händer och fötter."),
        ("Lab", "CRP 140, TPK 520, albumin 27."),
        ("Bedömning", "Klinisk bild talar för Kawasakis sjukdom. IVIG 2 g/kg och ASA startas i dag, ekokardiografi i morgon."),
    ], signed=None, setting="slutenvård")], must=[("NL102", "n1")],
    why="'talar för Kawasakis sjukdom' is a working diagnosis, not a settled one; unsigned draft.")

C("d144-hus-differentialdiagnos", "vgr", "2019-05-05", "067", [
    N("n1", "dsbus_avd", "Daganteckning", "lundgren", "2024-08-15T13:25", [
        ("Aktuellt", "Blodig diarré i fem dagar, nu minskad urinproduktion och blekhet."),
        ("Lab", "Hb 81, TPK 42, kreatinin 118, LD kraftigt förhöjt."),
        ("Bedömning", "Differentialdiagnos: hemolytiskt uremiskt syndrom efter EHEC-infektion. Utstryk för fragmentocyter och F-EHEC PCR skickade, njurjouren konsulterad."),
    ], setting="slutenvård")], must=[("NL102", "n1")],
    why="'Differentialdiagnos: hemolytiskt uremiskt syndrom' names an unconfirmed diagnosis in a visible section.")

C("d144-lang-trauma-planering-pankreas", "skane", "2012-10-01", "351", [
    N("n1", "lund_bkir_avd", "Inskrivningsanteckning", "persson", "2024-05-16T19:20", [
        ("Anamnes", "11-årig pojke som cyklade omkull i skogsbacke och fick styrstången i magen ca 16.30. Gick själv hem, sedan tilltagande smärta i vä övre kvadrant och vä axel. Ambulans från Höör, omhändertagen på traumarummet enligt ATLS."),
        ("Tidigare", "Frisk, inga mediciner, vaccinerad enligt program. Inga kända allergier."),
        ("Status", "AT: Opåverkad men smärtpåverkad. Cirk: Puls 104, BT 112/70, kap återfyllnad <2 s. Resp: AF 20, SpO2 99 %, bilat vesikulära andningsljud. Buk: Avtryck av styrstången vä hypokondrium, palpationsöm vä övre kvadrant och epigastriet, ingen peritonit. Rygg och bäcken stabila. Neuro: GCS 15, ingen fokalitet."),
        ("Utredning", "Hb 121, LPK 13, amylas 1,4, ALAT 0,5. eFAST: liten mängd fri vätska perisplen. DT buk med kontrast: mjältlaceration grad II utan aktivt kontrastläckage, övriga parenkymatösa organ ua."),
        ("Bedömning", "Mjältskada grad II efter styrstångsskada, cirkulatoriskt stabil, handläggs icke-operativt. Ev. pankreasskada kan inte uteslutas vid denna skademekanism och epigastriell ömhet."),
        ("Planering", "Sängläge och övervakning på avd 54, Hb x 3 första dygnet. Amylas om 6 h och nytt UL buk i morgon. Fasta till i morgon förmiddag. Morfin-PCA enligt barnsmärtteamet."),
    ], setting="slutenvård")], must=[("NL102", "n1")],
    why="A long trauma admission with a confirmed spleen injury; only 'Ev. pankreasskada kan inte uteslutas' is hedged, and that is enough.")

C("d144-skane-sokord-tidiga-hypoteser-skyddar-ej", "skane", "2016-09-12", "608", [
    N("n1", "malmo_ba", "Läkaranteckning", "haddad", "2024-03-19T10:40", [
        ("Aktuellt", "Återkommande buksmärtor, viktnedgång 2 kg på tre månader, trötthet. Ibland nattliga tarmtömningar."),
        ("Tidiga hypoteser", "Möjlig inflammatorisk tarmsjukdom, F-kalprotektin 840."),
        ("Planering", "Remiss till barngastro för gastroskopi och koloskopi."),
    ])], must=[("NL102", "n1")],
    why="Skåne protects by template, not by sökord: a 'Tidiga hypoteser' section inside an ordinary Läkaranteckning stays visible.")

C("d144-vgr-mall-th-men-sokord-bedomning", "vgr", "2014-12-01", "571", [
    N("n1", "dsbus_bort", "Tidiga hypoteser", "hedlund", "2024-11-14T14:15", [
        ("Bedömning", "Tredje frakturen på ett år efter lågenergitrauma, blåaktiga sklera. Misstänkt osteogenesis imperfecta, remiss för genetisk utredning."),
    ])], must=[("NL102", "n1")],
    why="VGR protects by sökord: a note named 'Tidiga hypoteser' whose section is Bedömning is still visible.")

C("d144-skafoid-trolig-utkast-16", "skane", "2008-01-25", "226", [
    N("n1", "malmo_ort", "Akutanteckning", "aberg", "2024-04-04T16:45", [
        ("Aktuellt", "16-årig tjej som föll på snowboard, ömhet i fossa tabatière vä. Rtg utan säker fraktur."),
        ("Bedömning", "Trolig skafoidfraktur. Gips med tuminfattning, ny rtg eller MR om 10-14 dagar."),
    ], signed=None)], must=[("NL102", "n1")],
    why="Unsigned draft with 'Trolig skafoidfraktur' after a negative x-ray; the 16-year-old will read it once signed.")

C("d144-mastoidit-inte-osannolikt", "vgr", "2022-12-10", "704", [
    N("n1", "skas_bu", "Akutanteckning", "wikstrom", "2024-06-20T19:05", [
        ("Aktuellt", "Otit sedan fem dagar, behandlad med PcV. Nu utstående hö öra, rodnad och svullnad retroaurikulärt."),
        ("Bedömning", "Inte osannolikt en begynnande mastoidit. ÖNH-jouren konsulteras om DT temporalben och iv antibiotika."),
    ])], must=[("NL102", "n1")],
    why="The litotes 'Inte osannolikt' is a hedge: mastoiditis is put forward as possible, not ruled out.")

C("d144-volvulus-susp-nyfodd", "skane", "2024-03-03", "835", [
    N("n1", "lund_bkir", "Akutanteckning", "sjoberg", "2024-03-12T04:25", [
        ("Bedömning", "9 d gammal pojke, gallfärgade kräkningar x4 sedan i natt, tidigare välmående. Buk ej utspänd. Susp. malrotation med volvulus, akut övre passage, kirurgjouren på plats."),
    ])], must=[("NL102", "n1")],
    why="The abbreviation 'Susp.' hedges malrotation with volvulus in a telegraphic visible note.")

C("d144-pseudokrupp-verkar-typo", "vgr", "2022-06-01", "160", [
    N("n1", "sas_ba", "Akutanteckning", "dahl", "2024-11-28T01:50", [
        ("Aktuellt", "Skällande hosta och inspiratorisk stridor sedan midnatt, afebril."),
        ("Bedömning", "Verkar röra sig om psuedokrupp, Westley 3. Betametason 0,4 mg/kg p.o., observation 2 h."),
    ])], must=[("NL102", "n1")],
    why="'Verkar röra sig om' with the typo 'psuedokrupp' is a hedged diagnosis in the visible section.")

C("d144-epikris-feberkramp-dd-affektanfall", "skane", "2022-11-05", "439", [
    N("n1", "hbg_bu", "Epikris", "wallin", "2024-01-09T14:00", [
        ("Diagnos", "Misstänkt feberkramp, DD affektanfall."),
        ("Epikris", "Inkom efter en knappt minutlång episod med stelhet och cyanos i samband med att han slog sig och grät. Temp 38,4 vid ankomsten. Neurologiskt ua under vårddygnet, åt och lekte. Hem med föräldrarna och muntlig information om feber hos små barn."),
    ], setting="slutenvård")], must=[("NL102", "n1")],
    why="A discharge summary whose Diagnos line is 'Misstänkt feberkramp, DD affektanfall' shows an unsettled diagnosis.")

C("d144-uvi-mojlig-spadbarn", "vgr", "2023-12-29", "582", [
    N("n1", "kungalv_akut", "Akutanteckning", "axelsson", "2024-04-30T11:35", [
        ("Aktuellt", "4 mån flicka, feber 38,9 sedan i går, i övrigt pigg."),
        ("Bedömning", "Möjlig UVI, påsurin visar leuk 2+ men nitrit neg. Kateterurin tas för odling innan antibiotika."),
    ])], must=[("NL102", "n1")],
    why="'Möjlig UVI' hedges the infant's diagnosis at a VGR emergency department.")

# =====================================================================
# NL102, must_not
# =====================================================================

C("d144-ingen-misstanke-apendicit-typo", "skane", "2013-07-07", "580", [
    N("n1", "lund_ba", "Akutanteckning", "lindqvist", "2024-05-11T18:20", [
        ("Aktuellt", "Ont i magen sedan 6 h runt naveln, äter och dricker, ingen feber."),
        ("Status", "Buk mjuk och oöm, hoppar på ett ben utan smärta."),
        ("Bedömning", "Ingen misstanke om apendicit. Obstipation anamnestiskt, Movicol och återbesök vid försämring."),
    ])], must_not=[("NL102", "n1")],
    why="Negated mention with a typo ('Ingen misstanke om apendicit'); the remaining diagnosis is stated, not hedged.")

C("d144-torsion-uteslutes-hydatid", "vgr", "2012-08-20", "459", [
    N("n1", "dsbus_bkir", "Läkaranteckning", "molsson", "2024-12-02T15:30", [
        ("Bedömning", "Testistorsion uteslutes, UL doppler visar symmetriskt flöde bilateralt. Öm blå prick vid övre polen av hö testikel, torsion av Morgagnis hydatid. Analgetika och vila, åter vb."),
    ])], must_not=[("NL102", "n1")],
    why="Testicular torsion is ruled out ('uteslutes'); the hydatid torsion is stated without a hedge.")

C("d144-inga-tecken-invaginatoin-typo", "skane", "2023-10-14", "262", [
    N("n1", "malmo_ba", "Akutanteckning", "pettersson", "2024-07-19T21:05", [
        ("Utredning", "UL buk: Inga tecken på invaginatoin, normala tarmslyngor, ingen fri vätska."),
        ("Bedömning", "Skrikperioderna har upphört efter tarmtömning. Hem med föräldrarna, åter vid ny skrikattack."),
    ])], must_not=[("NL102", "n1")],
    why="'Inga tecken på' negates invagination (misspelt 'invaginatoin'); nothing else is hedged.")

C("d144-mamma-utreds-misstankt-celiaki", "vgr", "2016-03-30", "931", [
    N("n1", "nal_bu", "Mottagningsanteckning", "berg", "2024-02-14T09:50", [
        ("Anamnes", "Återkommande buksmärtor sedan hösten. Mamma utreds på vårdcentralen för misstänkt celiaki."),
        ("Status", "Växer längs sin kurva, buk mjuk och oöm."),
        ("Bedömning", "Hb, tTG-IgA och kalprotektin normala. Funktionell buksmärta, råd om regelbundna måltider och motion."),
    ])], must_not=[("NL102", "n1")],
    why="The hedged coeliac disease belongs to the mother, not the patient.")

C("d144-ev-feber-symtom-hedge", "skane", "2021-04-12", "640", [
    N("n1", "ystad_bm", "Läkaranteckning", "fransson", "2024-09-04T10:15", [
        ("Aktuellt", "Mamma tror att hon ev. hade lätt feber i går kväll, inte uppmätt. I dag pigg och leker i väntrummet."),
        ("Status", "Öron, svalg, hjärta och lungor ua. Buk mjuk."),
        ("Bedömning", "Frisk flicka, ingen åtgärd."),
    ])], must_not=[("NL102", "n1")],
    why="'ev.' hedges a symptom (fever) reported by the mother, not a diagnosis.")

C("d144-trolig-utskrivning-postop", "vgr", "2017-01-19", "375", [
    N("n1", "dsbus_bkir", "Daganteckning", "kowalski", "2024-06-11T10:10", [
        ("Aktuellt", "Postop dag 2 efter laparoskopisk appendektomi för okomplicerad appendicit. Äter och går, smärtfri på paracetamol."),
        ("Planering", "Trolig utskrivning i morgon förmiddag."),
    ], setting="slutenvård")], must_not=[("NL102", "n1")],
    why="'Trolig' hedges the discharge plan; the appendicitis is confirmed.")

C("d144-villkor-om-blod-sok-igen", "skane", "2019-08-02", "208", [
    N("n1", "csk_ba", "Akutanteckning", "tran", "2024-10-27T16:35", [
        ("Bedömning", "Viral gastroenterit med lätt dehydrering, klarar peroral rehydrering på akuten."),
        ("Information", "Om tilltagande buksmärta, blod i avföringen eller om hon slutar kissa ska familjen söka igen direkt."),
    ])], must_not=[("NL102", "n1")],
    why="The only 'om ...' is a conditional safety-net instruction; the diagnosis itself is stated plainly.")

C("d144-bekraftad-appendicit-ul", "vgr", "2011-12-30", "764", [
    N("n1", "sas_ba", "Akutanteckning", "dahl", "2024-01-29T20:15", [
        ("Utredning", "UL: Appendix 9 mm, icke komprimerbar, periappendikulär fettinfiltration."),
        ("Bedömning", "Akut appendicit. Anmäld för laparoskopisk appendektomi i kväll."),
    ])], must_not=[("NL102", "n1")],
    why="Ultrasound-confirmed appendicitis stated without any hedge.")

C("d144-skane-mall-tidiga-hypoteser-aht", "skane", "2023-10-02", "484", [
    N("n1", "lund_biva", "Tidiga hypoteser", "rydberg", "2024-03-06T13:40", [
        ("Bedömning", "Bilaterala subduralhematom i olika åldrar och retinala blödningar utan adekvat traumaanamnes, misstänkt icke-accidentellt skalltrauma (abusive head trauma)."),
    ], setting="slutenvård")], must_not=[("NL102", "n1")],
    why="Skåne: the hypothesis sits in a note with template Tidiga hypoteser, which is not shown in 1177 Journalen.")

C("d144-vgr-sokord-th-brannskada", "vgr", "2021-02-17", "519", [
    N("n1", "dsbus_ba", "Läkaranteckning", "yusuf", "2024-05-27T17:25", [
        ("Aktuellt", "Brännskada på handryggen sedan i går, föräldrarna säger att han tog i spisen."),
        ("Status", "Välavgränsad rund brännskada 8 mm dorsalt på vä hand, ytlig dermal."),
        ("Tidiga hypoteser", "Avsiktligt tillfogad cigarettbrännskada kan inte uteslutas, samråd med barnskyddsteamet i morgon."),
        ("Åtgärd", "Omläggning med silikonförband, kontroll på barnmottagningen om tre dagar."),
    ])], must_not=[("NL102", "n1")],
    why="VGR: the hedged hypothesis is only under the sökord Tidiga hypoteser; the visible sections hold no hedged diagnosis.")

C("d144-pmo-bvc-misstankt-pylorus", "skane", "2024-02-05", "917", [
    N("n1", "bvc_lomma", "Besöksanteckning", "lbengtsson", "2024-03-04T11:00", [
        ("Aktuellt", "Kräks kraftigt efter varje mål sedan fyra dagar, vikten står still."),
        ("Bedömning", "Misstänkt pylorusstenos. Ringt barnakuten i Lund, föräldrarna åker dit direkt."),
    ])], must_not=[("NL102", "n1")],
    why="PMO never shows diagnoses in 1177, so a hedged pyloric stenosis in a BVC note is not NL102.")

C("d144-pmo-vc-trolig-otit", "skane", "2022-05-23", "066", [
    N("n1", "vc_kavlinge", "Besöksanteckning", "malm", "2024-02-19T08:50", [
        ("Aktuellt", "Öronvärk hö sedan i natt, feber 38,5."),
        ("Status", "Hö trumhinna buktande och rodnad, vä ua."),
        ("Bedömning", "Trolig akut mediaotit hö. PcV i 5 dagar enligt Strama."),
    ])], must_not=[("NL102", "n1")],
    why="A hedged otitis in a primary-care PMO note is never shown to the guardians.")

C("d144-talar-emot-bakteriell-infektion", "vgr", "2023-06-11", "307", [
    N("n1", "skas_bu", "Akutanteckning", "wikstrom", "2024-04-02T20:40", [
        ("Aktuellt", "Feber i två dygn, äter och blöter blöjor som vanligt."),
        ("Utredning", "CRP 8, urinsticka neg."),
        ("Bedömning", "Lågt CRP och gott allmäntillstånd talar emot allvarlig bakteriell infektion. Hem med febernedsättande, nytt läkarbesök vid feber över 5 dygn."),
    ])], must_not=[("NL102", "n1")],
    why="'talar emot' argues against a bacterial infection; it is not a hypothesis of one.")

C("d144-misstanken-pylorus-avskrivs", "skane", "2024-06-01", "842", [
    N("n1", "lund_bkir", "Läkaranteckning", "persson", "2024-07-15T14:30", [
        ("Utredning", "UL pylorus: muskeltjocklek 2,1 mm, kanallängd 11 mm, passage av maginnehåll ses."),
        ("Bedömning", "Misstanken om pylorusstenos avskrivs. Kräkningarna bedöms som refluxrelaterade, råd om matningsteknik och uppföljning på BVC."),
    ])], must_not=[("NL102", "n1")],
    why="Hard negative: 'Misstanken om pylorusstenos' is followed by 'avskrivs', so the suspicion is dropped.")

C("d144-mojligen-omhet-fynd", "vgr", "2015-04-24", "129", [
    N("n1", "nal_bu", "Akutanteckning", "berg", "2024-08-08T12:55", [
        ("Status", "Möjligen lätt ömhet i hö fossa vid djup palpation, ingen släppömhet, hoppar utan besvär."),
        ("Bedömning", "Obstipation. Laxantia och ny kontakt om inte bättre på en vecka."),
    ])], must_not=[("NL102", "n1")],
    why="'Möjligen' hedges an examination finding, not a diagnosis; the diagnosis is stated plainly.")

C("d144-ev-aterbesok-bronkiolit-telefon", "skane", "2023-12-14", "502", [
    N("n1", "lund_bavd", "Telefonanteckning", "holmberg", "2024-01-30T09:15", [
        ("Telefonkontakt", "Mamma ringer angående dottern som skrevs ut i går med RS-bronkiolit. Äter två tredjedelar av vanlig mängd, inga indragningar enligt mamma."),
        ("Åtgärd", "Ev. återbesök i morgon för vikt och saturation, ssk ringer upp kl 9 och stämmer av."),
    ])], must_not=[("NL102", "n1")],
    why="A nurse's 'Ev. återbesök' hedges a plan; the bronchiolitis is confirmed.")

C("d144-ingen-missanke-fraktur-typo", "vgr", "2016-11-08", "893", [
    N("n1", "alingsas_ort", "Akutanteckning", "hedlund", "2024-09-16T18:10", [
        ("Aktuellt", "Slog vä armbåge i fotbollsmålet. Full rörlighet, ingen palpationsömhet över epikondylerna eller radiushuvudet."),
        ("Bedömning", "Ingen missanke om fraktur, ingen rtg. Kontusion, Alvedon vb."),
    ])], must_not=[("NL102", "n1")],
    why="Negation with a typo ('Ingen missanke om fraktur'); the contusion is a stated diagnosis.")

C("d144-meningit-bedoms-inte-foreligga", "skane", "2023-04-18", "746", [
    N("n1", "hbg_bu", "Läkaranteckning", "wallin", "2024-03-25T23:20", [
        ("Utredning", "LP: 2 celler, normalt protein och glukos i likvor."),
        ("Bedömning", "Enkel feberkramp vid virusinfektion. Meningit bedöms inte föreligga."),
    ], setting="slutenvård")], must_not=[("NL102", "n1")],
    why="Meningitis is explicitly judged absent; the febrile seizure is stated without a hedge.")

C("d144-tidigare-pylorus-nu-gastroenterit", "vgr", "2019-01-04", "413", [
    N("n1", "dsbus_ba", "Akutanteckning", "gustafsson", "2024-02-22T15:45", [
        ("Tidigare", "Opererad för pylorusstenos som nyfödd, i övrigt frisk."),
        ("Bedömning", "Gastroenterit utan tecken på dehydrering. Vätskeschema med, hem."),
    ], signed=None)], must_not=[("NL102", "n1")],
    why="Past, settled history and a stated current diagnosis; nothing is hedged (unsigned draft).")

C("d144-storebror-misstankt-epilepsi", "skane", "2020-09-29", "155", [
    N("n1", "malmo_ort", "Akutanteckning", "aberg", "2024-06-06T13:10", [
        ("Aktuellt", "Föll från gunga och landade på vä axel. Storebror utreds för misstänkt epilepsi, har haft två krampanfall i vår."),
        ("Bedömning", "Klavikelfraktur vä mittersta tredjedelen, rtg-verifierad. Slynga i 2-3 veckor, ingen uppföljning behövs."),
    ])], must_not=[("NL102", "n1")],
    why="The suspected epilepsy is the brother's; the patient's clavicle fracture is x-ray confirmed.")

C("d144-hypotetiskt-invagination-overvagas", "skane", "2023-02-20", "821", [
    N("n1", "malmo_ba", "Akutanteckning", "pettersson", "2024-04-16T19:50", [
        ("Bedömning", "Lindrig viral gastroenterit, opåverkad och välhydrerad."),
        ("Information", "Vid nya skrikattacker, blod i blöjan eller slöhet behöver invagination övervägas, föräldrarna uppmanade att då åka direkt till barnakuten."),
    ])], must_not=[("NL102", "n1")],
    why="Invagination is named only inside a conditional safety-net instruction, not as a current hypothesis.")

C("d144-bekraftad-dka-gad-positiv", "vgr", "2013-10-10", "682", [
    N("n1", "dsbus_avd", "Daganteckning", "lundgren", "2024-09-12T11:30", [
        ("Aktuellt", "Diabetisk ketoacidos vid nydebuterad typ 1-diabetes, GAD-antikroppar och IA-2 positiva. Ketoacidosen hävd efter 14 h, övergått till subkutant insulin dag 3."),
        ("Planering", "Fortsatt undervisning med diabetesteamet, permission i helgen."),
    ], setting="slutenvård")], must_not=[("NL102", "n1")],
    why="Antibody-confirmed type 1 diabetes with DKA; no hedge at all.")

C("d144-misstanke-fraktur-avfardas-17", "skane", "2006-11-30", "397", [
    N("n1", "malmo_ort", "Akutanteckning", "aberg", "2024-02-08T21:25", [
        ("Aktuellt", "17-årig kille som vrickade hö fot i basketmatch, ömhet över basen av femte metatarsalen."),
        ("Bedömning", "Misstanken om fraktur i basen av metatarsale V kunde avfärdas efter rtg. Lateral fotledsdistorsion, kompressionsbandage och belastning efter förmåga."),
    ])], must_not=[("NL102", "n1")],
    why="The fracture suspicion is dismissed ('kunde avfärdas'); a 17-year-old reads a settled sprain.")

C("d144-ssk-ev-kissprov-plan", "vgr", "2022-10-15", "224", [
    N("n1", "sas_ba", "Omvårdnadsanteckning", "sjohansson", "2024-03-09T14:45", [
        ("Omvårdnad", "Temp 39,1 vid ankomst, fått Alvedon supp 250 mg kl 14.20. Dricker lite saft. Ev. kissprov senare om det går att få i påse, annars tar dr ställning till kateter."),
    ])], must_not=[("NL102", "n1")],
    why="A nurse's 'Ev. kissprov' hedges a sampling plan; no diagnosis is mentioned.")

C("d144-inget-talar-for-torsion-brack", "skane", "2016-01-14", "673", [
    N("n1", "lund_bkir", "Akutanteckning", "sjoberg", "2024-11-20T16:05", [
        ("Status", "Normalt ställda testiklar, bevarad kremasterreflex bilat. Mjuk resistens i hö ljumske som går att reponera."),
        ("Bedömning", "Inget talar för testistorsion. Ljumskbråck hö, reponibelt, planeras för elektiv operation."),
    ])], must_not=[("NL102", "n1")],
    why="'Inget talar för testistorsion' negates the torsion; the inguinal hernia is stated.")

C("d144-trolig-hemolys-i-provet", "vgr", "2020-03-03", "846", [
    N("n1", "nal_bu", "Akutanteckning", "berg", "2024-07-02T22:35", [
        ("Lab", "K 6,4, trolig hemolys i provet (kapillärt, svårstucken). Omtaget venöst: K 4,2."),
        ("Bedömning", "Gastroenterit med lätt dehydrering, rehydreras med sond över natten."),
    ], setting="slutenvård")], must_not=[("NL102", "n1")],
    why="Hard negative: 'trolig hemolys i provet' is about the sample, not a disease of the patient.")

C("d144-pmo-bvc-hoftinstabilitet-fragetecken", "skane", "2024-05-20", "028", [
    N("n1", "bvc_tomelilla", "BVC-anteckning", "olander", "2024-06-10T13:20", [
        ("Status", "Klickande vä höft vid Ortolanis test."),
        ("Bedömning", "Höftledsinstabilitet? Remiss till barnortoped för UL höfter."),
    ])], must_not=[("NL102", "n1")],
    why="A question-marked diagnosis in a PMO BVC note; PMO does not show diagnoses.")

C("d144-utkast-kontusion-ingen-pnx-16", "vgr", "2007-11-14", "531", [
    N("n1", "kungalv_akut", "Akutanteckning", "axelsson", "2024-01-22T20:50", [
        ("Aktuellt", "16-åring tacklad mot sargen i ishockey, ont i hö bröstkorg vid djupandning."),
        ("Bedömning", "Rtg: ingen pneumothorax, inga tecken på revbensfraktur. Kontusion av bröstkorgen, NSAID och åter om andningspåverkan."),
    ], signed=None)], must_not=[("NL102", "n1")],
    why="Unsigned draft where both hedge-looking phrases are negations ('ingen', 'inga tecken på').")

C("d144-tvanote-th-mall-och-synlig", "skane", "2024-01-24", "658", [
    N("n1", "lund_ba", "Tidiga hypoteser", "karimi", "2024-03-27T15:20", [
        ("Bedömning", "Revbensfrakturer i olika läkningsstadier hos två månaders barn, misstänkt icke-accidentell skada."),
    ]),
    N("n2", "lund_ba", "Läkaranteckning", "karimi", "2024-03-27T15:40", [
        ("Aktuellt", "Skelettstatus genomförd i dag, utlåtandet gås igenom med barnskyddsteamet."),
        ("Planering", "Föräldrarna träffar ansvarig läkare i eftermiddag. Inlagd på avdelning 63 över helgen."),
    ], setting="slutenvård")], must_not=[("NL102", "n1"), ("NL102", "n2")],
    why="Skåne: the hypothesis is in the Tidiga hypoteser note; the parallel visible note holds no hedged diagnosis.")

C("d144-pmo-ungdomsmott-misstankt-klamydia", "skane", "2007-05-19", "624", [
    N("n1", "um_landskrona", "Besöksanteckning", "fransson", "2024-08-27T15:30", [
        ("Aktuellt", "Flytningar och sveda sedan en vecka, partnern har fått positivt klamydiaprov."),
        ("Bedömning", "Misstänkt klamydiainfektion. NAAT taget, behandlas som kontakt med doxycyklin."),
    ])], must_not=[("NL102", "n1")],
    why="A 17-year-old's hedged chlamydia in a PMO youth-clinic note is not shown as a diagnosis.")

C("d144-skane-mall-oro-barn-far-illa", "skane", "2022-02-09", "497", [
    N("n1", "malmo_ba", "Oro för att barn far illa", "pettersson", "2024-10-03T18:55", [
        ("Bedömning", "Blåmärken på båda öronen och i ansiktet, skiftande förklaringar från vuxna. Misstänkt misshandel, orosanmälan till socialtjänsten görs i kväll."),
    ])], must_not=[("NL102", "n1")],
    why="Skåne: the template Oro för att barn far illa is hidden from 1177 entirely, so the hedge is not in a visible section.")

C("d144-vgr-sokord-orosanmalan", "vgr", "2023-09-06", "708", [
    N("n1", "dsbus_ba", "Läkaranteckning", "gustafsson", "2024-04-18T22:05", [
        ("Aktuellt", "Svullnad vä underarm sedan i eftermiddag, vill inte använda armen."),
        ("Status", "Svullen och öm mitt på vä underarm, ingen felställning."),
        ("Orosanmälan gällande barn", "Trolig icke-accidentell skada: spiralfraktur hos 7 månaders barn som inte kryper, ingen förklarande händelse. Orosanmälan gjord till socialtjänsten i Göteborg."),
        ("Åtgärd", "Gipsskena, smärtlindring, inlagd på avd 325 för fortsatt utredning."),
    ], setting="slutenvård")], must_not=[("NL102", "n1")],
    why="VGR: the hedged diagnosis is only under the filtered sökord Orosanmälan gällande barn; visible sections have no hedge.")

# === END NL102 ===

# =====================================================================
# NL101, must: a diagnosis in a visible section while the text says the
# patient (for a child under 13: the guardians who read the journal) is not told
# =====================================================================

C("d144-araknoidalcysta-ej-informerde-typo", "skane", "2019-03-27", "415", [
    N("n1", "lund_ba", "Akutanteckning", "lindqvist", "2024-02-12T20:30", [
        ("Aktuellt", "Ramlade baklänges från klätterställning ca 1,5 m, kortvarig medvetslöshet enligt förskolepersonal. Nu vaken och pratar som vanligt."),
        ("Utredning", "DT hjärna: ingen blödning, ingen fraktur. Bifynd: araknoidalcysta 4 cm vä temporalt."),
        ("Bedömning", "Commotio cerebri. Föräldrarna ej informerde om cystan ännu, neurokirurgen ringer upp i morgon och tar det samtalet."),
    ])], must=[("NL101", "n1")],
    why="Incidental arachnoid cyst stated in a visible section while the guardians (typo 'informerde') have not been told.")

C("d144-pad-neuroendokrin-17-ej-informerad", "vgr", "2006-10-03", "668", [
    N("n1", "nal_kir", "Läkaranteckning", "rostami", "2024-03-26T13:50", [
        ("Utredning", "PAD efter appendektomi 12/3: neuroendokrin tumör 8 mm i appendixspetsen, fria resektionsränder."),
        ("Planering", "Pat ej informerad om PAD-svaret ännu. Kallas till kirurgmottagningen för besked inom en vecka."),
    ])], must=[("NL101", "n1")],
    why="A 17-year-old will read the appendiceal neuroendocrine tumour in 1177 before the planned disclosure visit.")

C("d144-aldre-revbensfrakturer-vh-ej-info", "skane", "2023-11-02", "307", [
    N("n1", "malmo_bavd", "Läkaranteckning", "pettersson", "2024-05-08T16:15", [
        ("Utredning", "Skelettstatus: läkande frakturer i revben 5-7 vä dorsalt, utöver aktuell femurfraktur."),
        ("Bedömning", "Vårdnadshavarna har inte informerats om revbensfrakturerna i avvaktan på samråd med barnskyddsteamet och polisen."),
    ], setting="slutenvård")], must=[("NL101", "n1")],
    why="Healing rib fractures written in an ordinary visible note that the guardians can read, though they are not to be told yet.")

C("d144-t1d-mamma-sover-ej-informerad", "vgr", "2015-02-21", "584", [
    N("n1", "dsbus_avd", "Inskrivningsanteckning", "yusuf", "2024-10-30T03:15", [
        ("Anamnes", "Törst och nattkissande i tre veckor, viktnedgång. Remitterad från vårdcentralen med P-glukos 24."),
        ("Lab", "Vgas pH 7,36, B-ketoner 1,1, HbA1c 98."),
        ("Bedömning", "Nydebuterad typ 1-diabetes utan ketoacidos. Mamma sover på rummet och är inte informerad om diagnosen, samtal på morgonronden tillsammans med diabetesteamet."),
    ], setting="slutenvård")], must=[("NL101", "n1")],
    why="The night note states the diabetes diagnosis while the guardian, who reads the child's journal, has not been told.")

C("d144-graviditet-16-inte-fatt-besked", "skane", "2007-12-01", "260", [
    N("n1", "hbg_bu", "Akutanteckning", "fransson", "2024-07-06T00:40", [
        ("Aktuellt", "16-årig flicka med smärta i nedre delen av buken sedan i eftermiddags."),
        ("Utredning", "U-hCG positivt. Vaginalt UL (gynjouren): intrauterin graviditet ca vecka 7, ingen fri vätska."),
        ("Bedömning", "Appendicit avskrivs. Pat har ännu inte fått besked om graviditeten, gynjouren tar samtalet enskilt med henne."),
    ])], must=[("NL101", "n1")],
    why="A 16-year-old reads her own journal: a pregnancy she has not been told about stands in a visible section.")

C("d144-all-beskedsamtal-i-morgon", "vgr", "2020-01-15", "839", [
    N("n1", "dsbus_avd", "Daganteckning", "lundgren", "2024-02-28T17:05", [
        ("Aktuellt", "Benmärgsprov i narkos i dag: akut lymfatisk leukemi, pre-B-fenotyp."),
        ("Planering", "Föräldrarna är ännu inte informerade om diagnosen. Beskedsamtal i morgon kl 09 med barnonkolog och kurator."),
    ], setting="slutenvård")], must=[("NL101", "n1")],
    why="Leukaemia is written in a visible daily note the evening before the planned disclosure to the guardians.")

C("d144-pylorusstenos-ul-ej-besked", "skane", "2024-08-19", "796", [
    N("n1", "lund_bkir", "Läkaranteckning", "persson", "2024-09-23T10:20", [
        ("Utredning", "UL: pylorusmuskel 5,2 mm, kanallängd 20 mm."),
        ("Bedömning", "Pylorusstenos. Föräldrarna har inte fått besked ännu, barnkirurgen går in till familjen efter ronden."),
    ], signed=None)], must=[("NL101", "n1")],
    why="Confirmed pyloric stenosis with 'har inte fått besked ännu'; unsigned draft at the pre-signing moment.")

C("d144-njurtumor-ul-ej-informerade", "vgr", "2021-05-30", "472", [
    N("n1", "skas_bu", "Läkaranteckning", "wikstrom", "2024-06-12T15:35", [
        ("Utredning", "UL njurar inom UVI-utredningen: 7 cm solid tumör utgående från vä njures nedre pol."),
        ("Bedömning", "Solid njurtumör vä. Föräldrarna är inte informerade om fyndet, överläkaren tar samtalet när pappa har kommit."),
    ])], must=[("NL101", "n1")],
    why="A renal tumour written in a visible Bedömning while the guardians have not been told about it.")

C("d144-esbl-telefon-ej-nadda", "skane", "2022-11-20", "136", [
    N("n1", "csk_ba", "Telefonanteckning", "olander", "2024-09-09T13:10", [
        ("Telefonkontakt", "Urinodling från barnakuten 5/9: E. coli >10^5, ESBL-bildande, resistent mot insatt ceftibuten. UVI med ESBL-bildande E. coli. Föräldrarna ej nådda efter två försök och alltså ännu inte informerade om ESBL eller byte av antibiotika. Ringer åter kl 15."),
    ])], must=[("NL101", "n1")],
    why="A nurse's telephone note states an ESBL urinary infection the guardians have not been reached about yet.")

C("d144-klamydia-17-ej-infromerad-typo", "vgr", "2007-01-09", "994", [
    N("n1", "ostra_gyn", "Telefonanteckning", "forsberg", "2024-04-05T08:30", [
        ("Utredning", "Klamydia-PCR positiv, provtaget vid besöket 2/4 för buksmärta. Klamydiainfektion."),
        ("Planering", "Pat ännu inte infromerad, ringer henne i eftermiddag och skickar recept på doxycyklin. Smittspårning startas efter samtalet."),
    ])], must=[("NL101", "n1")],
    why="A 17-year-old's chlamydia stands visible while she is 'ännu inte infromerad' (typo).")

C("d144-suprakondylar-ej-infomerade-typo", "skane", "2017-04-16", "713", [
    N("n1", "malmo_ort", "Akutanteckning", "aberg", "2024-05-29T18:40", [
        ("Utredning", "Rtg hö armbåge: suprakondylär humerusfraktur Gartland II."),
        ("Bedömning", "Föräldrarna är ej infomerade om frakturen än, pappa parkerar bilen och mamma är kvar med syskonen hemma. Sluten reposition i narkos i kväll."),
    ])], must=[("NL101", "n1")],
    why="Typo 'infomerade' in the not-told phrase; the fracture is a diagnosis in a visible section.")

C("d144-vgr-lakt-klavikel-ska-ej-informeras", "vgr", "2023-07-25", "348", [
    N("n1", "dsbus_ba", "Läkaranteckning", "gustafsson", "2024-05-21T21:30", [
        ("Utredning", "Skelettröntgen: läkt klavikelfraktur hö utöver aktuell fraktur i vä underarm."),
        ("Planering", "Vårdnadshavarna ska inte informeras om detta fynd förrän barnskyddsteamet har samrått med polisen."),
    ], setting="slutenvård")], must=[("NL101", "n1")],
    why="'ska inte informeras' about an old fracture, in a visible Planering instead of a protected sökord.")

C("d144-crohn-pad-utkast-16", "skane", "2007-06-05", "588", [
    N("n1", "lund_bkir", "Läkaranteckning", "sjoberg", "2024-04-17T11:25", [
        ("Utredning", "PAD från ileocekalresektion 3/4: Crohns sjukdom i terminala ileum med icke-kaseerande granulom."),
        ("Planering", "Pat ej informerad om PAD. Besked vid återbesök 24/4 tillsammans med barngastroenterolog."),
    ], signed=None)], must=[("NL101", "n1")],
    why="Unsigned draft: a 16-year-old's Crohn's disease on PAD is written before she has been told.")

C("d144-skallfraktur-vantar-neurokirurg", "vgr", "2023-06-30", "201", [
    N("n1", "dsbus_ba", "Akutanteckning", "yusuf", "2024-06-01T19:45", [
        ("Utredning", "DT: linjär skallfraktur os parietale hö, inga intrakraniella skador."),
        ("Bedömning", "Föräldrarna ännu ej informerade om frakturen, vi inväntar neurokirurgens bedömning innan samtalet."),
    ])], must=[("NL101", "n1")],
    why="A skull fracture in a visible section with the guardians explicitly not yet informed.")

C("d144-opber-meckel-resektion-ej-info", "skane", "2020-06-08", "874", [
    N("n1", "lund_bkir", "Operationsberättelse", "persson", "2024-03-18T03:55", [
        ("Indikation", "Ileus efter misslyckad lavemangsreposition av invagination."),
        ("Operationsfynd", "Ileoileal invagination med Meckels divertikel som ledpunkt, 8 cm tunntarm ischemisk."),
        ("Åtgärd", "Tunntarmsresektion med ändänd-anastomos. Föräldrarna sover i föräldrarummet och är inte informerade om resektionen ännu, operatören går in kl 07."),
    ], setting="slutenvård")], must=[("NL101", "n1")],
    why="The operation note states the Meckel's diverticulum and resection while the guardians are not yet informed.")

C("d144-17-salpingooforektomi-pat-sover", "vgr", "2006-12-12", "426", [
    N("n1", "ostra_gyn", "Operationsberättelse", "forsberg", "2024-08-22T02:30", [
        ("Operationsfynd", "Nekrotiskt hö ovarium efter torsion, ej viabelt efter detorkering."),
        ("Åtgärd", "Salpingooforektomi hö. Mamma informerad i väntrummet. Pat själv ej informerad om att ovariet tagits bort, sover, informeras när hon är ordentligt vaken."),
    ], setting="slutenvård")], must=[("NL101", "n1")],
    why="At 17 the patient herself reads the journal: her mother is told but she is not, so the visible diagnosis breaks the routine.")

C("d144-cystisk-fibros-svettest-besked-ej-lamnat", "vgr", "2024-02-02", "943", [
    N("n1", "dsbus_avd", "Telefonanteckning", "lundgren", "2024-04-03T14:20", [
        ("Utredning", "Svettest: klorid 98 mmol/l vid två tillfällen, cystisk fibros."),
        ("Planering", "Diagnosbesked ej lämnat ännu. Föräldrarna kallas till CF-teamet 12/4 för samtal."),
    ])], must=[("NL101", "n1")],
    why="Cystic fibrosis is written visibly while 'Diagnosbesked ej lämnat ännu' to the guardians.")

C("d144-vsd-eko-ej-delgiven", "skane", "2024-10-11", "531", [
    N("n1", "lund_bavd", "Daganteckning", "rydberg", "2024-11-02T16:30", [
        ("Aktuellt", "RS-bronkiolit dag 4, eko gjort pga blåsljud och takypné."),
        ("Utredning", "Eko: stor perimembranös VSD med vänster-högershunt."),
        ("Bedömning", "Diagnosen VSD är inte delgiven föräldrarna ännu, barnkardiologen tar samtalet i morgon."),
    ], setting="slutenvård")], must=[("NL101", "n1")],
    why="'inte delgiven föräldrarna' about a ventricular septal defect that stands in the visible note.")

C("d144-hemofili-familjen-ovetande", "vgr", "2023-08-17", "195", [
    N("n1", "dsbus_ba", "Läkaranteckning", "gustafsson", "2024-04-24T12:40", [
        ("Aktuellt", "Stort hematom på låret efter vaccination, utredning påbörjad här."),
        ("Lab", "FVIII 2 %, vWF normalt."),
        ("Bedömning", "Måttlig hemofili A. Familjen är ännu ovetande om diagnosen, samtal med koagulationsjouren i morgon förmiddag."),
    ], signed=None)], must=[("NL101", "n1")],
    why="'Familjen är ännu ovetande om diagnosen' is another way of saying not told; haemophilia is visible.")

C("d144-densfraktur-16-sederad-ej-informerad", "skane", "2007-10-20", "638", [
    N("n1", "lund_biva", "Daganteckning", "tran", "2024-09-14T10:10", [
        ("Aktuellt", "Mopedolycka i går kväll, intuberad på skadeplatsen."),
        ("Utredning", "DT halsrygg: fraktur på dens axis utan dislokation."),
        ("Bedömning", "Densfraktur, halskrage. Föräldrarna informerade av traumaledaren. Pat själv är sederad och har inte informerats om nackfrakturen."),
    ], setting="slutenvård")], must=[("NL101", "n1")],
    why="A 16-year-old reads his own journal; telling his parents does not tell him.")

C("d144-hastskonjure-bifynd-ej-informerade", "vgr", "2012-04-05", "254", [
    N("n1", "dsbus_bkir", "Läkaranteckning", "molsson", "2024-01-12T09:05", [
        ("Utredning", "DT buk efter fall från häst: inga traumatiska skador. Bifynd: hästskonjure."),
        ("Bedömning", "Hästskonjure utan avflödeshinder. Föräldrarna ej informerade om hästskonjuren ännu, tas vid utskrivningssamtalet."),
    ], setting="slutenvård")], must=[("NL101", "n1")],
    why="An incidental horseshoe kidney in a visible note, not yet told to the guardians of an 11-year-old.")

C("d144-ssk-pneumoni-dr-ej-berattat", "skane", "2017-02-27", "112", [
    N("n1", "hbg_bu", "Omvårdnadsanteckning", "holmberg", "2024-12-09T21:50", [
        ("Omvårdnad", "Rtg visar dubbelsidig pneumoni. Läkaren har ännu inte berättat det för föräldrarna, som frågar efter svaret. Dr Wallin påmind."),
    ], setting="slutenvård")], must=[("NL101", "n1")],
    why="A nurse's note states the pneumonia and that the doctor has not yet told the guardians.")

C("d144-epifysiolys-ej-informerade", "vgr", "2012-07-22", "363", [
    N("n1", "alingsas_ort", "Akutanteckning", "hedlund", "2024-03-13T17:20", [
        ("Aktuellt", "Halt och ont i vä knä i tre veckor, överviktig 11-åring."),
        ("Utredning", "Rtg bäcken och höfter: epifysiolys vä caput femoris, stabil."),
        ("Bedömning", "Föräldrarna ännu inte informerade om epifysiolysen, ortopedjouren informerar i samband med överflyttning till DSBUS."),
    ])], must=[("NL101", "n1")],
    why="Slipped capital femoral epiphysis is visible while the guardians are explicitly not yet informed.")

C("d144-juvenil-bencysta-ej-berattat", "skane", "2016-05-08", "945", [
    N("n1", "malmo_ort", "Läkaranteckning", "aberg", "2024-08-19T14:00", [
        ("Utredning", "Rtg hö överarm: patologisk fraktur genom juvenil bencysta i proximala humerus."),
        ("Planering", "Vi har inte berättat för föräldrarna om cystan, bara om frakturen. Tas upp på barnortopedmottagningen om en vecka."),
    ])], must=[("NL101", "n1")],
    why="Guardians have been told about the fracture but not the bone cyst, which stands in the visible note.")

C("d144-chiari-tvanote-sedan-informerade", "skane", "2014-01-30", "207", [
    N("n1", "lund_ba", "Akutanteckning", "karimi", "2024-06-14T22:40", [
        ("Utredning", "DT hjärna efter fall från häst: inga traumatiska förändringar. Bifynd: Chiari I-malformation med tonsillherniering 9 mm."),
        ("Bedömning", "Lätt hjärnskakning, hem med väckning. Ej informerat föräldrarna om bifyndet i kväll, tas upp av barnneurolog."),
    ]),
    N("n2", "lund_bavd", "Telefonanteckning", "rydberg", "2024-06-17T10:30", [
        ("Telefonkontakt", "Samtal med mamma och pappa: informerade om Chiari I-malformationen, vad fyndet innebär och att MR planeras i augusti. Frågor besvarade."),
    ])], must=[("NL101", "n1")], must_not=[("NL101", "n2")],
    why="The ED note withholds the Chiari malformation (must); the later telephone note tells the guardians (must_not).")

# =====================================================================
# NL101, must_not
# =====================================================================

C("d144-informerade-appendicit-samtycke", "skane", "2015-09-03", "691", [
    N("n1", "lund_bkir", "Läkaranteckning", "sjoberg", "2024-04-11T19:35", [
        ("Bedömning", "Akut appendicit. Föräldrarna och pojken informerade om diagnosen och om laparoskopisk operation i kväll, samtycker."),
    ])], must_not=[("NL101", "n1")],
    why="The diagnosis has been told to the guardians and the child today.")

C("d144-kand-diabetes-pumpstopp", "vgr", "2012-09-28", "476", [
    N("n1", "sas_ba", "Akutanteckning", "dahl", "2024-11-06T05:25", [
        ("Aktuellt", "Känd typ 1-diabetes sedan 2021, nu DKA efter pumpstopp under natten."),
        ("Bedömning", "Lindrig diabetisk ketoacidos. Familjen väl införstådd med grundsjukdomen sedan tidigare."),
    ])], must_not=[("NL101", "n1")],
    why="A long-known diagnosis; the note says the family knows it from before.")

C("d144-ej-informerade-om-operationsdatum", "skane", "2019-10-12", "323", [
    N("n1", "lund_bkir", "Läkaranteckning", "persson", "2024-01-25T15:15", [
        ("Bedömning", "Inklämt ljumskbråck hö, manuellt reponerat på akuten. Operation inom en vecka."),
        ("Planering", "Föräldrarna ej informerade om exakt operationsdatum, kallelse skickas hem."),
    ], signed=None)], must_not=[("NL101", "n1")],
    why="What is not yet told is an operation date, not a diagnosis (unsigned draft).")

C("d144-ej-meddelat-att-remiss-skickats", "vgr", "2016-07-01", "618", [
    N("n1", "dsbus_bort", "Läkaranteckning", "hedlund", "2024-05-02T11:50", [
        ("Planering", "Remiss till barnortopedmottagningen skickad för uppföljning av Salter-Harris II-fraktur i distala radius. Familjen har inte meddelats att remissen har gått iväg."),
    ])], must_not=[("NL101", "n1")],
    why="The untold item is that the referral was sent; the fracture itself is not said to be withheld.")

C("d144-normalt-ul-ej-info-svar", "skane", "2023-01-06", "891", [
    N("n1", "malmo_ba", "Omvårdnadsanteckning", "snilsson", "2024-03-22T13:45", [
        ("Omvårdnad", "UL buk visade normala förhållanden, ingen invagination. Föräldrarna ännu ej informerade om svaret, de är på kafeterian och ssk meddelar när de kommer tillbaka."),
    ])], must_not=[("NL101", "n1")],
    why="The untold result is normal and the only disease word is negated, so no diagnosis is withheld.")

C("d144-skane-th-mall-frakturer-ej-info", "skane", "2023-08-09", "754", [
    N("n1", "lund_bavd", "Tidiga hypoteser", "rydberg", "2024-05-14T17:10", [
        ("Bedömning", "Skelettstatus: multipla frakturer i olika läkningsstadier (revben, distala tibia bilateralt). Vårdnadshavarna ej informerade i avvaktan på polisens förhör."),
    ], setting="slutenvård")], must_not=[("NL101", "n1")],
    why="Skåne: the untold fractures are kept only in a Tidiga hypoteser note, which the guardians cannot see.")

C("d144-vgr-sokord-th-gliom-ej-kommunicerat", "vgr", "2018-04-14", "537", [
    N("n1", "dsbus_avd", "Läkaranteckning", "kowalski", "2024-10-15T16:20", [
        ("Aktuellt", "MR hjärna genomförd i narkos utan komplikationer. Svaret diskuteras på neuroradiologisk rond onsdag."),
        ("Tidiga hypoteser", "MR-fynd talar för låggradigt gliom i lillhjärnan, ej kommunicerat med föräldrarna före ronden."),
    ], setting="slutenvård")], must_not=[("NL101", "n1")],
    why="VGR: the uncommunicated finding is only under the sökord Tidiga hypoteser; the visible section holds no diagnosis.")

C("d144-17-informerad-vill-ej-att-foraldrar-vet", "skane", "2006-09-14", "814", [
    N("n1", "lund_gyn", "Akutanteckning", "karimi", "2024-02-20T16:55", [
        ("Bedömning", "Klamydiainfektion med lätt salpingit. Pat informerad och har fått behandling. Hon önskar att föräldrarna inte informeras, vilket respekteras."),
    ])], must_not=[("NL101", "n1")],
    why="A 17-year-old is told herself; only her parents are not, which is not NL101.")

C("d144-inget-sagt-om-information-gartland", "vgr", "2012-02-26", "283", [
    N("n1", "dsbus_bort", "Akutanteckning", "hedlund", "2024-10-22T19:15", [
        ("Bedömning", "Suprakondylär humerusfraktur Gartland III vä, radialispuls palpabel. Sluten reposition och perkutan stiftning i kväll."),
    ])], must_not=[("NL101", "n1")],
    why="A diagnosis with nothing said about telling or not telling anyone.")

C("d144-ej-informerad-datum-ul", "skane", "2018-03-09", "428", [
    N("n1", "ystad_bm", "Läkaranteckning", "fransson", "2024-11-12T10:45", [
        ("Bedömning", "Pyelonefrit, svarar väl på behandlingen och är feberfri sedan i går. Familjen ej informerad om datum för uppföljande UL njurar ännu, kallelse kommer hem."),
    ], signed=None)], must_not=[("NL101", "n1")],
    why="The untold item is a date for a follow-up ultrasound, not the diagnosis (unsigned draft).")

C("d144-negativa-odlingar-ej-kontaktade", "vgr", "2024-04-08", "056", [
    N("n1", "nal_bu", "Telefonanteckning", "ekman", "2024-05-16T09:35", [
        ("Telefonkontakt", "Blododling negativ efter 48 h, likvorodling negativ. Föräldrarna ännu inte kontaktade om svaren, ssk ringer under förmiddagen."),
    ])], must_not=[("NL101", "n1")],
    why="Negative cultures are normal results, not a diagnosis that is being withheld.")

C("d144-diagnos-meddelades-i-gar", "skane", "2011-12-04", "365", [
    N("n1", "malmo_bavd", "Daganteckning", "haddad", "2024-03-02T10:05", [
        ("Aktuellt", "Diagnosen typ 1-diabetes meddelades pojken och föräldrarna i går kväll av jouren. I dag påbörjad undervisning med diabetessjuksköterskan."),
    ], setting="slutenvård")], must_not=[("NL101", "n1")],
    why="The diagnosis was told the evening before; nothing is withheld.")

C("d144-tolk-informerade-pylorus", "vgr", "2024-07-30", "725", [
    N("n1", "dsbus_bkir", "Läkaranteckning", "molsson", "2024-08-28T14:55", [
        ("Information", "Via tolk (dari) har föräldrarna informerats om pylorusstenosen och om planerad laparoskopisk pyloromyotomi i morgon. Samtycke inhämtat."),
    ])], must_not=[("NL101", "n1")],
    why="The guardians were told through an interpreter; told is told.")

C("d144-ej-info-om-sond-plan", "skane", "2024-09-05", "149", [
    N("n1", "lund_bavd", "Daganteckning", "rydberg", "2024-11-13T15:30", [
        ("Aktuellt", "RS-bronkiolit dag 5, ökande syrgasbehov, äter sämre."),
        ("Planering", "Föräldrarna inte informerade om att vi kan behöva lägga nasogastrisk sond i natt, tas vid kvällsronden."),
    ], setting="slutenvård")], must_not=[("NL101", "n1")],
    why="What is not yet told is a possible nasogastric tube, a plan, not a diagnosis.")

C("d144-mormor-ej-informerad", "vgr", "2017-11-24", "652", [
    N("n1", "dsbus_avd", "Daganteckning", "yusuf", "2024-01-18T11:20", [
        ("Aktuellt", "Föräldrarna informerade i går om diagnosen typ 1-diabetes. Mormor, som är med på rummet, har på föräldrarnas begäran inte informerats."),
    ], signed=None, setting="slutenvård")], must_not=[("NL101", "n1")],
    why="The guardians know; only the grandmother is not told.")

C("d144-skolan-ej-informerad-commotio", "skane", "2015-06-17", "573", [
    N("n1", "csk_ba", "Akutanteckning", "tran", "2024-10-09T14:25", [
        ("Bedömning", "Commotio cerebri efter fall i skolans klätterställning. Föräldrarna informerade om diagnosen och om skärmvila."),
        ("Planering", "Skolan har ännu inte informerats, mamma tar kontakt med rektorn."),
    ])], must_not=[("NL101", "n1")],
    why="The school is not informed, but the guardians are.")

C("d144-infomerade-monteggia-typo", "vgr", "2016-02-11", "901", [
    N("n1", "alingsas_ort", "Läkaranteckning", "hedlund", "2024-07-24T16:40", [
        ("Bedömning", "Monteggiafraktur vä. Föräldrarna infomerade om frakturen och att operation krävs, samtycker."),
    ])], must_not=[("NL101", "n1")],
    why="Misspelt 'infomerade' still says the guardians were told.")

C("d144-pad-villkorlig-information", "skane", "2014-04-02", "838", [
    N("n1", "lund_bkir_avd", "Epikris", "sjoberg", "2024-01-04T13:05", [
        ("Diagnos", "Flegmonös appendicit."),
        ("Epikris", "Laparoskopisk appendektomi utan komplikationer, hem dag 1. Om PAD visar något oväntat informeras familjen per telefon."),
    ], setting="slutenvård")], must_not=[("NL101", "n1")],
    why="A conditional promise to inform later; nothing is said to be withheld now.")

C("d144-ej-info-om-mojlig-operation", "vgr", "2013-02-03", "419", [
    N("n1", "dsbus_bort", "Läkaranteckning", "hedlund", "2024-02-05T18:30", [
        ("Bedömning", "Föräldrarna informerade om underarmsfrakturen och gipsningen. De har ännu inte informerats om att operation kan bli aktuell om kontrollröntgen visar felställning."),
    ])], must_not=[("NL101", "n1")],
    why="The fracture is told; only a possible future operation is not yet mentioned.")

C("d144-ssk-informerad-egenvard-bronkiolit", "skane", "2024-04-21", "487", [
    N("n1", "malmo_ba", "Omvårdnadsanteckning", "snilsson", "2024-07-03T20:10", [
        ("Omvårdnad", "Informerad om diagnos och egenvårdsråd vid bronkiolit: koksaltdroppar i näsan, mindre och tätare måltider, högt huvudände."),
    ])], must_not=[("NL101", "n1")],
    why="Discharge nursing note: the guardian has been informed of the diagnosis.")

C("d144-pennteknik-ej-instruerade", "vgr", "2016-08-08", "774", [
    N("n1", "nal_bu", "Daganteckning", "berg", "2024-06-26T09:55", [
        ("Aktuellt", "Nydebuterad typ 1-diabetes, diagnosen meddelad i går. Detaljerad insulinundervisning ges av diabetessköterskan i morgon, föräldrarna ännu inte instruerade i pennteknik."),
    ], setting="slutenvård")], must_not=[("NL101", "n1")],
    why="The untold item is pen technique, education; the diagnosis was told yesterday.")

C("d144-odlingssvar-kommer-informeras", "skane", "2018-12-19", "292", [
    N("n1", "vc_hoor", "Besöksanteckning", "malm", "2024-08-06T10:25", [
        ("Bedömning", "Cystit, nitrofurantoin i 5 dagar."),
    ]),
    N("n2", "ystad_bm", "Läkaranteckning", "fransson", "2024-08-07T14:10", [
        ("Aktuellt", "Återbesök pga fortsatta trängningar. Cystit under behandling sedan i går, nu feberfri."),
        ("Planering", "Urinodlingen är ännu inte klar. Familjen kommer att informeras om svaret när det kommer."),
    ])], must_not=[("NL101", "n2")],
    why="A pending culture to be reported later is not a withheld diagnosis (asserted on the Melior note).")

C("d144-17-pojke-informerad-mamma-ej-nadd", "vgr", "2007-04-30", "439", [
    N("n1", "dsbus_bkir", "Daganteckning", "kowalski", "2024-07-08T08:20", [
        ("Aktuellt", "Testistorsion hö, detorkerad och fixerad bilateralt i natt. Pat informerad postop. Mamma har inte gått att nå per telefon ännu, pat vill själv ringa henne."),
    ], setting="slutenvård")], must_not=[("NL101", "n1")],
    why="The 17-year-old patient is told; only his mother is not yet reached.")

C("d144-skane-oro-mall-frakturer-ej-info", "skane", "2023-12-01", "396", [
    N("n1", "malmo_bavd", "Oro för att barn far illa", "pettersson", "2024-06-19T17:45", [
        ("Bedömning", "Spiralfraktur i hö femur och två läkande revbensfrakturer hos 6 månaders barn. Vårdnadshavarna är inte informerade om revbensfrakturerna, orosanmälan gjord."),
    ], setting="slutenvård")], must_not=[("NL101", "n1")],
    why="Skåne: the withheld fractures are only in the hidden template Oro för att barn far illa.")

C("d144-ej-informerade-om-orosanmalan", "vgr", "2022-08-15", "584", [
    N("n1", "sas_ba", "Läkaranteckning", "dahl", "2024-09-25T23:05", [
        ("Bedömning", "Distal radiusfraktur vä, gipsskena. Föräldrarna informerade om frakturen och behandlingen."),
        ("Planering", "Vårdnadshavarna är inte informerade om att orosanmälan har skickats till socialtjänsten."),
    ])], must_not=[("NL101", "n1")],
    why="The fracture is told; what is withheld is that a report was sent, which is no diagnosis.")

C("d144-ssk-dr-har-informerat-invagination", "skane", "2021-03-13", "167", [
    N("n1", "lund_ba", "Omvårdnadsanteckning", "olander", "2024-12-16T12:35", [
        ("Omvårdnad", "Dr Lindqvist har informerat föräldrarna om att det är en invagination och om lavemangsrepositionen under genomlysning. Fastande sedan kl 09, PVK hö hand."),
    ])], must_not=[("NL101", "n1")],
    why="Nurse records that the doctor has told the guardians about the invagination.")

C("d144-lang-dka-epikris-informerade", "vgr", "2014-09-02", "128", [
    N("n1", "dsbus_avd", "Epikris", "lundgren", "2024-03-08T15:40", [
        ("Diagnos", "Diabetisk ketoacidos. Typ 1-diabetes, nydebuterad."),
        ("Epikris", "9-årig flicka som inkom via barnakuten med tre veckors polyuri, polydipsi och viktnedgång på 4 kg samt ett dygns kräkningar. Vid ankomst pH 7,09, BE -22, P-glukos 29, B-ketoner 6,1. Behandlad på BIVA enligt DKA-PM med rehydrering över 48 h och insulininfusion, ketoacidosen hävd efter 16 h. Inga tecken på hjärnödem. Övergick till flerdosbehandling dag 3 och har därefter haft glukosvärden mellan 5 och 12."),
        ("Information", "Diagnosen gavs till flickan och båda föräldrarna dag 1 av ansvarig barnläkare, uppföljande samtal med diabetesteamet dag 2 och 4. Föräldrarna har lärt sig pennteknik, kolhydraträkning och hantering av lågt blodsocker. Skolsköterskan kontaktad med föräldrarnas medgivande."),
        ("Uppföljning", "Återbesök diabetesmottagningen om en vecka, telefonkontakt med diabetessjuksköterskan dagligen första veckan. Recept på insulinpennor, glukagon och sensorer utfärdade."),
    ], setting="slutenvård")], must_not=[("NL101", "n1")],
    why="A long discharge summary in which the diagnosis was given to the child and both guardians on day 1.")

# === END CASES ===


# ---------------------------------------------------------------- build
def as_of_for(case):
    if case["as_of"]:
        return case["as_of"]
    last = max(datetime.datetime.fromisoformat(n["time"]) for n in case["notes"])
    d = (last + datetime.timedelta(days=3)).date()
    return "%sT00:00:00" % d.isoformat()


def age_on(birth, when):
    b = datetime.date.fromisoformat(birth)
    w = when.date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def main():
    errors = []
    out = []
    names = set()
    sentences = {}
    counts = {}
    for c in CASES:
        name = c["name"]
        if not name.startswith("d144-"):
            errors.append("%s: bad prefix" % name)
        if name in names:
            errors.append("%s: duplicate case name" % name)
        names.add(name)
        rs = c["ruleset"]
        if rs not in ("skane", "vgr"):
            errors.append("%s: bad ruleset" % name)
        pid = pnr(c["birth"], c["serial"])
        # re-check Luhn and birth date on the finished id
        digits = pid.replace("-", "")
        if luhn_digit(digits[2:11]) != digits[11] or digits[:8] != c["birth"].replace("-", ""):
            errors.append("%s: personnummer" % name)
        as_of = as_of_for(c)
        as_of_dt = datetime.datetime.fromisoformat(as_of)
        if as_of_dt.year != 2024:
            errors.append("%s: as_of not in 2024" % name)
        age = age_on(c["birth"], as_of_dt)
        if 13 <= age <= 15 or age < 0:
            errors.append("%s: patient aged %d" % (name, age))
        notes = []
        ids = {}
        for n in c["notes"]:
            region = UNITS[n["_unit_key"]][2]
            if region != rs:
                errors.append("%s/%s: unit region %s vs ruleset %s" % (name, n["id"], region, rs))
            if rs == "vgr" and n["system"] != "Melior":
                errors.append("%s/%s: VGR note not Melior" % (name, n["id"]))
            t = datetime.datetime.fromisoformat(n["time"])
            if t.year != 2024:
                errors.append("%s/%s: time not in 2024" % (name, n["id"]))
            if t > as_of_dt:
                errors.append("%s/%s: note after as_of" % (name, n["id"]))
            if n["signed"] is not None:
                s = datetime.datetime.fromisoformat(n["signed"])
                if s.year != 2024 or s < t:
                    errors.append("%s/%s: bad signed" % (name, n["id"]))
            if n["id"] in ids:
                errors.append("%s: duplicate note id %s" % (name, n["id"]))
            ids[n["id"]] = n
            if not n["sections"]:
                errors.append("%s/%s: no sections" % (name, n["id"]))
            for sec in n["sections"]:
                if not sec["keyword"] or not sec["text"].strip():
                    errors.append("%s/%s: empty section" % (name, n["id"]))
                for sent in SENT_SPLIT.split(sec["text"]):
                    key = " ".join(sent.split()).lower()
                    if len(key) >= 25:
                        if key in sentences:
                            errors.append("%s: sentence repeated (also in %s): %r" % (name, sentences[key], sent))
                        else:
                            sentences[key] = name
            clean = {k: v for k, v in n.items() if not k.startswith("_")}
            notes.append(clean)
        if not c["must"] and not c["must_not"]:
            errors.append("%s: no assertions" % name)
        seen = set()
        for kind in ("must", "must_not"):
            for code, target in c[kind]:
                if code not in ("NL101", "NL102"):
                    errors.append("%s: unexpected code %s" % (name, code))
                if target not in ids:
                    errors.append("%s: target %s missing" % (name, target))
                    continue
                if (code, target) in seen:
                    errors.append("%s: %s/%s asserted twice" % (name, code, target))
                seen.add((code, target))
                system = ids[target]["system"]
                if code == "NL102" and system != "Melior" and kind == "must":
                    errors.append("%s: NL102 must on non-Melior" % name)
                if code == "NL101" and system == "PMO":
                    errors.append("%s: NL101 asserted on PMO" % name)
                counts[(code, kind)] = counts.get((code, kind), 0) + 1
        if not c["why"].strip():
            errors.append("%s: empty why" % name)
        out.append({
            "case": name,
            "ruleset": rs,
            "record": {
                "patient": {"id": pid, "birth_date": c["birth"], "protected_identity": False},
                "as_of": as_of,
                "notes": notes,
                "access_events": [],
                "conversations": [],
                "treatments": [],
            },
            "must": c["must"],
            "must_not": c["must_not"],
            "why": c["why"],
        })
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        return 1
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "nl1_dev144_cases.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    print("wrote %d cases to %s" % (len(out), path))
    for k in sorted(counts):
        print("  %s %s: %d" % (k[0], k[1], counts[k]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
