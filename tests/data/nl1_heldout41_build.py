#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Held-out test set heldout41: NL101 / NL102 on notes from private specialist
practices under regional contract (gynekologi, hud, kardiologi, psykiatri, ÖNH).

All cases are data in this file. Running it writes cases.jsonl next to itself in
the devset format and validates the result. Standard library only, deterministic.
Exit status 1 on any problem.
"""
import json
import os
import re
import sys
from datetime import date, datetime, timedelta

# key: (region, unit name, hsa id, journal system)
UNITS = {
    # --- Region Skåne, private practices on regional contract -----------------
    "sgyn": ("skane", "Gynekologhuset Triangeln, Malmö", "SE5567012345-1001", "Melior"),
    "sgyn2": ("skane", "Ystads Gynekologpraktik", "SE5569876543-1002", "Melior"),
    "shud": ("skane", "Lunds Hudmottagning", "SE5564433221-1003", "Melior"),
    "shud2": ("skane", "Hudläkarna i Hässleholm", "SE5561122334-1004", "Melior"),
    "skard": ("skane", "Kardiologmottagningen Västra Hamnen, Malmö", "SE5562211009-1005", "Melior"),
    "skard2": ("skane", "Hjärtmottagningen Kärnan, Helsingborg", "SE5566677889-1006", "Melior"),
    "spsy": ("skane", "Psykiatrimottagningen Möllevången, Malmö", "SE5563344556-1007", "Melior"),
    "sonh": ("skane", "ÖNH-specialisterna Kristianstad", "SE5568899001-1008", "Melior"),
    "sonh2": ("skane", "Öronmottagningen Landskrona", "SE5560099887-1009", "Melior"),
    "spmo1": ("skane", "Gynekologmottagningen Höllviken", "SE5565544332-1010", "PMO"),
    "spmo2": ("skane", "Hudmottagningen Ängelholm", "SE5567788990-1011", "PMO"),
    "spmo3": ("skane", "Samtalsmottagningen Kristianstad", "SE5561239870-1012", "PMO"),
    # --- Västra Götalandsregionen, private practices on regional contract ---
    "vgyn": ("vgr", "Gynmottagningen Avenyn, Göteborg", "SE5561239874-2001", "Melior"),
    "vgyn2": ("vgr", "Skövde Gynekologi", "SE5569871230-2002", "Melior"),
    "vhud": ("vgr", "Hudkliniken Kungsportsplatsen, Göteborg", "SE5564561237-2003", "Melior"),
    "vhud2": ("vgr", "Hudmottagningen Uddevalla", "SE5563217894-2004", "Melior"),
    "vkard": ("vgr", "Hjärtpraktiken Borås", "SE5567894561-2005", "Melior"),
    "vkard2": ("vgr", "Kardiologen Mölndal", "SE5562583691-2006", "Melior"),
    "vpsy": ("vgr", "Psykiatripraktiken Linnéstaden, Göteborg", "SE5561472583-2007", "Melior"),
    "vonh": ("vgr", "ÖNH-kliniken Trollhättan", "SE5569632587-2008", "Melior"),
    "vonh2": ("vgr", "Öron-Näsa-Hals Alingsås", "SE5567418529-2009", "Melior"),
}

# key: (name, role)
AUTHORS = {
    "berg": ("Annika Berg", "läkare"),
    "haddad": ("Omar Haddad", "läkare"),
    "persson": ("Linda Persson", "barnmorska"),
    "nyberg": ("Sofia Nyberg", "undersköterska"),
    "wollin": ("Karin Wollin", "läkare"),
    "astrom": ("Hanna Åström", "sjuksköterska"),
    "sandberg": ("Per Sandberg", "läkare"),
    "holm": ("Elin Holm", "läkare"),
    "kraft": ("Jenny Kraft", "sjuksköterska"),
    "petrovic": ("Dragan Petrović", "läkare"),
    "malm": ("Ulrika Malm", "sjuksköterska"),
    "ekdahl": ("Johan Ekdahl", "läkare"),
    "rahimi": ("Fatima Rahimi", "läkare"),
    "ohlsson": ("Birgitta Ohlsson", "biomedicinsk analytiker"),
    "lgnilsson": ("Lars-Göran Nilsson", "läkare"),
    "lund": ("Maja Lund", "sjuksköterska"),
    "karimi": ("Reza Karimi", "läkare"),
    "blom": ("Therese Blom", "psykolog"),
    "kjellberg": ("Anders Kjellberg", "sjuksköterska"),
    "eriksson": ("Mona Eriksson", "kurator"),
    "falk": ("Henrik Falk", "läkare"),
    "wenner": ("Ida Wennerström", "audionom"),
    "roos": ("Camilla Roos", "sjuksköterska"),
    "strand": ("Mikael Strand", "läkare"),
    "grahn": ("Eva Grahn", "läkare"),
    "lindh": ("Petra Lindh", "barnmorska"),
    "borg": ("Nils Borg", "läkare"),
    "slind": ("Sara Lind", "psykolog"),
    "ek": ("Göran Ek", "läkare"),
    "sjoberg": ("Helena Sjöberg", "läkare"),
    "yousef": ("Amal Yousef", "läkare"),
    "dahl": ("Karolina Dahl", "barnmorska"),
    "axelsson": ("Bengt Axelsson", "läkare"),
    "fors": ("Lena Fors", "undersköterska"),
    "thorsen": ("Anna Thorsén", "läkare"),
    "ahl": ("Viktor Ahl", "läkare"),
    "gronlund": ("Maria Grönlund", "sjuksköterska"),
    "wiik": ("Jonas Wiik", "läkare"),
    "hallberg": ("Ingrid Hallberg", "läkare"),
    "ryden": ("Tomas Rydén", "läkare"),
    "sborg": ("Sanna Borg", "sjuksköterska"),
    "mansour": ("Ali Mansour", "läkare"),
    "hed": ("Magnus Hed", "läkare"),
    "olofsson": ("Jessica Olofsson", "psykolog"),
    "wallin": ("Kristina Wallin", "sjuksköterska"),
    "lundgren": ("Peter Lundgren", "läkare"),
    "sjo": ("Emma Sjö", "audionom"),
    "kowalski": ("Nadia Kowalski", "läkare"),
    "berglund": ("Oskar Berglund", "sjuksköterska"),
}

CASES = []


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def pat(birth, serial):
    """birth 'YYYYMMDD', serial three digits; the check digit is computed."""
    chk = luhn_digit(birth[2:] + serial)
    return {"id": "%s-%s%s" % (birth, serial, chk),
            "birth_date": "%s-%s-%s" % (birth[:4], birth[4:6], birth[6:]),
            "protected_identity": False}


def _dt(text):
    return datetime.strptime(text, "%Y-%m-%d %H:%M")


def note(nid, unit, author, template, time, signed, sections):
    """signed: minutes after time (int), 'YYYY-MM-DD HH:MM', or None (draft)."""
    region, uname, hsa, system = UNITS[unit]
    name, role = AUTHORS[author]
    t = _dt(time)
    if signed is None:
        s = None
    elif isinstance(signed, int):
        s = (t + timedelta(minutes=signed)).isoformat()
    else:
        s = _dt(signed).isoformat()
    return {"id": nid, "system": system, "template": template,
            "unit": {"name": uname, "hsa_id": hsa},
            "author": {"name": name, "role": role},
            "time": t.isoformat(), "signed": s, "setting": "öppenvård",
            "refs": [],
            "sections": [{"keyword": k, "text": x} for k, x in sections],
            "_region": region}


def add(name, ruleset, patient, notes, must=(), must_not=(), why="", as_of=None):
    if as_of is None:
        last = max(_dt(n["time"].replace("T", " ")[:16]) for n in notes)
        as_of = (datetime(last.year, last.month, last.day) + timedelta(days=2)).isoformat()
    CASES.append({"case": name, "ruleset": ruleset,
                  "record": {"patient": patient, "as_of": as_of, "notes": notes,
                             "access_events": [], "conversations": [], "treatments": []},
                  "must": [list(x) for x in must],
                  "must_not": [list(x) for x in must_not],
                  "why": why})


M102 = ("NL102", "n1")
M101 = ("NL101", "n1")

# ===========================================================================
# Part 1: gynekologi
# ===========================================================================

add("pri-gyn-misstankt-endometrios-bedomning", "skane", pat("19911104", "284"), [
    note("n1", "sgyn", "berg", "Läkaranteckning", "2024-02-06 09:20", 35, [
        ("Anamnes", "32-årig kvinna, remitterad från vårdcentralen pga svår dysmenorré sedan menarche, "
                    "tilltagande senaste året. Även djup dyspareuni. Kombinerade p-piller har inte hjälpt."),
        ("Status", "Gyn us: ömhet vid palpation av bakre fornix, knölig resistens i vä sakrouterina ligamentet. "
                   "VUL: uterus retroflekterad, normalstor. Ovarier u.a. bilat."),
        ("Bedömning", "Misstänkt endometrios, sannolikt djupt infiltrerande i vä sakrouterinligament."),
        ("Planering", "Visanne 2 mg x 1 kontinuerligt. Återbesök om 3 mån för utvärdering."),
    ])], must=[M102],
    why="hedged diagnosis (misstänkt endometrios) in the visible Bedömning of a Skåne Melior note; nothing said about telling")

add("pri-gyn-trol-pcos-en-rad", "vgr", pat("19990317", "442"), [
    note("n1", "vgyn", "sjoberg", "Mottagningsanteckning", "2024-02-12 13:05", 12, [
        ("Bedömning", "Oligomenorré, hirsutism och >20 folliklar per ovarium på VUL – trol. PCOS, tar AMH, testosteron och SHBG."),
    ])], must=[M102],
    why="one-line VGR note with 'trol. PCOS' in the visible Bedömning")

add("pri-gyn-endometrios-avskrivs-efter-laparoskopi", "vgr", pat("19950522", "062"), [
    note("n1", "vgyn2", "axelsson", "Läkaranteckning", "2024-04-18 10:40", 50, [
        ("Aktuellt", "Återbesök efter diagnostisk laparoskopi på SkaS 2/4."),
        ("Utredning", "Op-fynd: normala peritoneala förhållanden, inga endometrioshärdar, fria adnexa bilat."),
        ("Bedömning", "Misstanken om endometrios avskrivs. Smärtorna tolkas som primär dysmenorré."),
        ("Planering", "Fortsätter med NSAID och p-piller i långcykel. Ingen ny tid, hör av sig vid behov."),
    ])], must_not=[M102],
    why="suspected endometriosis explicitly dropped ('avskrivs') after laparoscopy; the only hedge is ruled out")

add("pri-gyn-ev-hormonspiral-plan", "skane", pat("19930908", "725"), [
    note("n1", "sgyn2", "wollin", "Mottagningsanteckning", "2024-03-04 14:15", 20, [
        ("Aktuellt", "Önskar preventivmedel, födde barn i oktober och ammar fortfarande delvis."),
        ("Planering", "Ev. hormonspiral vid nästa besök, minipiller tills vidare. Hon får fundera och boka via 1177."),
    ])], must_not=[M102],
    why="the only hedge ('ev. hormonspiral') concerns a plan, not a diagnosis")

add("pri-gyn-sannolik-cin-kolposkopi", "vgr", pat("19880126", "508"), [
    note("n1", "vgyn", "yousef", "Läkaranteckning", "2024-03-11 08:30", 40, [
        ("Anamnes", "Kallad efter cytologi med HSIL och HPV 16 positivt i screeningen."),
        ("Status", "Kolposkopi: transformationszon typ 2, tydligt acetovitt område kl 11–13 med grov mosaik. "
                   "Px x 2 samt cervixabrasio."),
        ("Bedömning", "Sannolik CIN 2–3. PAD väntas inom tre veckor, därefter ställningstagande till konisering."),
    ])], must=[M102],
    why="'Sannolik CIN 2–3' in a visible Bedömning of a VGR Melior note")

add("pri-gyn-dd-extrauterin-graviditet", "skane", pat("19970630", "166"), [
    note("n1", "sgyn", "haddad", "Akutbesök gynekologi", "2024-05-02 16:50", 25, [
        ("Aktuellt", "SM 6+2 enl. senaste mens. Lätt blödning och molande smärta hö fossa sedan i går."),
        ("Status", "Cervix sluten, sparsam brunaktig blödning. Lätt palpationsöm hö adnex. "
                   "VUL: ingen intrauterin hinna, endometrium 9 mm, ingen fri vätska."),
        ("Lab", "hCG 1150."),
        ("Bedömning", "Graviditet av okänd lokalisation. DD extrauterin graviditet hö vs tidig intrauterin graviditet."),
        ("Åtgärd", "Nytt hCG om 48 h. Muntliga och skriftliga varningstecken givna."),
    ])], must=[M102],
    why="'DD extrauterin graviditet' in the visible Bedömning of an acute gynaecology Melior note")

add("pri-gyn-mor-ovarialcancer-mormor-troligen", "vgr", pat("19820414", "209"), [
    note("n1", "vgyn2", "axelsson", "Läkaranteckning", "2024-01-23 11:10", 30, [
        ("Hereditet", "Mamma insjuknade i ovarialcancer vid 52 års ålder. Mormor hade troligen bröstcancer, "
                      "men uppgifterna är osäkra då hon dog i Finland på 70-talet."),
        ("Status", "Gyn us och VUL u.a., ovarierna normalstora med enstaka folliklar."),
        ("Bedömning", "Ärftlighet som motiverar onkogenetisk bedömning. Remiss skickas till onkogenetiska mottagningen, SU."),
    ])], must_not=[M102],
    why="the hedged disease (troligen bröstcancer) belongs to the grandmother, not the patient")

add("pri-gyn-pmo-susp-myom", "skane", pat("19750819", "380"), [
    note("n1", "spmo1", "grahn", "Besöksanteckning", "2024-06-10 09:00", 15, [
        ("Aktuellt", "Rikliga menstruationer sedan ett år, Hb 109."),
        ("Bedömning", "Susp. myom i fundus ca 3 cm på VUL. Cyklokapron under mens, järntabletter."),
    ])], must_not=[M102],
    why="PMO never shows diagnoses: a hedged myoma in a PMO note is no NL102")

add("pri-gyn-mall-tidiga-hypoteser-skane", "skane", pat("19560211", "627"), [
    note("n1", "sgyn", "berg", "Tidiga hypoteser", "2024-02-27 15:30", 10, [
        ("Bedömning", "Postmenopausalt endometrium 14 mm med oregelbunden kontur. Misstänkt endometriecancer. "
                      "Avvaktar PAD från endometriebiopsin innan detta tas upp med patienten."),
    ])], must_not=[M102, M101],
    why="Skåne: hedged and not-yet-told diagnosis written in a note whose template is Tidiga hypoteser (protected)")

add("pri-gyn-vgr-sokord-tidiga-hypoteser", "vgr", pat("19510705", "344"), [
    note("n1", "vgyn", "sjoberg", "Läkaranteckning", "2024-03-19 10:20", 45, [
        ("Aktuellt", "Postmenopausal blödning i tre veckor. Ingen hormonbehandling."),
        ("Status", "VUL: endometrium 11 mm, ojämnt avgränsat mot myometriet."),
        ("Åtgärd", "Pipelle-biopsi tagen utan komplikationer. Telefontid för svar om två veckor."),
        ("Tidiga hypoteser", "Misstänkt endometriecancer, ej diskuterat med pat ännu i väntan på PAD."),
    ])], must_not=[M102, M101],
    why="VGR: the hedged, untold diagnosis sits only under the protected sökord Tidiga hypoteser")

add("pri-gyn-vgr-mallnamn-skyddar-ej", "vgr", pat("19790113", "481"), [
    note("n1", "vgyn2", "axelsson", "Tidiga hypoteser", "2024-05-14 12:00", 20, [
        ("Bedömning", "Ensidig solid-cystisk adnexresistens vä 6 cm, CA-125 88. Inger misstanke om borderlinetumör i ovariet."),
    ])], must=[M102],
    why="VGR protects by sökord, not by template: the hedge stands under the visible sökord Bedömning")

add("pri-gyn-om-feber-efter-hysteroskopi", "skane", pat("19680402", "556"), [
    note("n1", "sgyn2", "astrom", "Telefonanteckning", "2024-04-08 08:45", 5, [
        ("Telefonkontakt", "Pat ringer dag 3 efter hysteroskopisk polypresektion, lätt blödning men mår bra. "
                           "Råd: om feber eller illaluktande flytning ska hon höra av sig samma dag, då endometrit i så fall behöver uteslutas."),
    ])], must_not=[M102],
    why="endometritis only appears in a conditional safety-net instruction ('om feber …'), not as a hypothesis")

add("pri-gyn-lichen-sclerosus-bekraftad-informerad", "vgr", pat("19620928", "703"), [
    note("n1", "vgyn2", "axelsson", "Läkaranteckning", "2024-06-03 13:40", 25, [
        ("Aktuellt", "Svar på vulvabiopsi från 15/5."),
        ("Diagnos", "Lichen sclerosus vulvae, bekräftad med PAD."),
        ("Åtgärd", "Pat informerad om diagnosen och egenvård. Dermovat kräm 1 gång dagl i 4 v, sedan nedtrappning enligt skriftligt schema."),
    ])], must_not=[M102, M101],
    why="confirmed diagnosis that the patient has been told today: neither NL102 nor NL101")

add("pri-gyn-typo-missankt-salpingit", "skane", pat("20010215", "327"), [
    note("n1", "sgyn", "haddad", "Läkaranteckning", "2024-08-20 17:10", 30, [
        ("Status", "T 38,1. Portioömhet, bilat adnexömhet, purulent flytning."),
        ("Bedömning", "Missänkt salpingit. Klamydia- och gonorré-PCR tagna, doxycyklin + metronidazol insatt empiriskt."),
    ])], must=[M102],
    why="typo in the hedge ('Missänkt salpingit') in a visible Bedömning")

# ===========================================================================
# Part 2: hudsjukdomar
# ===========================================================================

add("pri-hud-susp-melanom-excision", "skane", pat("19640303", "417"), [
    note("n1", "shud", "sandberg", "Läkaranteckning", "2024-02-08 10:10", 40, [
        ("Anamnes", "Maken har sett att ett födelsemärke på hö skuldra vuxit och mörknat sedan jul."),
        ("Status", "Pigmenterad lesion hö skuldra 8 x 6 mm, asymmetrisk, tre färgnyanser. "
                   "Dermatoskopi: atypiskt nätverk, regression perifert, blåvit slöja."),
        ("Bedömning", "Susp. malignt melanom."),
        ("Åtgärd", "Excision med 2 mm marginal i lokalbedövning, suturerat med 4-0. PAD skickat."),
    ])], must=[M102],
    why="'Susp. malignt melanom' in a visible Bedömning; nothing said about telling")

add("pri-hud-dd-psoriasis-seborroiskt-eksem", "vgr", pat("19800907", "238"), [
    note("n1", "vhud", "thorsen", "Läkaranteckning", "2024-01-17 14:30", 20, [
        ("Status", "Välavgränsade, fjällande plack i hårbotten och bakom öronen, inga nagelförändringar."),
        ("Bedömning", "DD psoriasis capitis / seborroiskt eksem. Provar Daivobet gel 4 veckor, sedan telefonuppföljning."),
    ])], must=[M102],
    why="differential diagnosis ('DD psoriasis capitis / seborroiskt eksem') in a visible section")

add("pri-hud-bcc-pad-meddelat-telefon", "skane", pat("19470521", "151"), [
    note("n1", "shud2", "malm", "Telefonanteckning", "2024-03-26 11:00", 10, [
        ("Telefonkontakt", "Ringt pat och meddelat PAD-svar: nodulär basalcellscancer, radikalt exciderad. "
                           "Ingen ytterligare åtgärd, årlig hudkontroll hos oss."),
    ])], must_not=[M101, M102],
    why="settled diagnosis that the nurse has just told the patient by phone")

add("pri-hud-melanom-pad-ej-informerad", "vgr", pat("19720730", "616"), [
    note("n1", "vhud", "ahl", "Läkaranteckning", "2024-03-05 16:20", 30, [
        ("PAD-svar", "Malignt melanom, superficiellt spridande typ, Breslow 1,1 mm, Clark nivå III, ej ulcererat."),
        ("Planering", "Pat ej informerad ännu. Kallas till läkarbesök nästa vecka för besked och planering av utvidgad excision med 1 cm marginal."),
    ])], must=[M101], must_not=[M102],
    why="confirmed melanoma in a visible section while the note says the patient is not yet informed")

add("pri-hud-ev-tinea-barn", "skane", pat("20161123", "573"), [
    note("n1", "shud", "holm", "Läkaranteckning", "2024-09-12 13:15", 15, [
        ("Aktuellt", "7-årig pojke med mamma. Rund, fjällande fläck på vä kind sedan tre veckor, familjens katt har liknande fläckar."),
        ("Bedömning", "Ev. tinea faciei. Svampodling tagen, Pevaryl kräm x 2 i väntan på svar."),
    ])], must=[M102],
    why="hedged diagnosis in a child's visible note (guardian reads the journal)")

add("pri-hud-trol-aktiniska-keratoser", "vgr", pat("19450610", "192"), [
    note("n1", "vhud2", "wiik", "Läkaranteckning", "2024-04-03 09:40", 25, [
        ("Status", "Skalp: ett tiotal sträva, rodnade papler på solskadad hy, störst 6 mm."),
        ("Åtgärd", "Trol. aktiniska keratoser, samtliga behandlade med kryo 2 x 10 sek."),
    ])], must=[M102],
    why="'Trol. aktiniska keratoser' written in the visible sökord Åtgärd")

add("pri-hud-fynd-talar-emot-melanom", "vgr", pat("19930402", "057"), [
    note("n1", "vhud", "thorsen", "Läkaranteckning", "2024-05-21 15:00", 15, [
        ("Status", "Dermatoskopi: symmetriskt retikulärt mönster med jämn pigmentering, inga atypiska strukturer."),
        ("Bedömning", "Fynden talar emot melanom, bedöms som benign junktionsnevus. Ingen åtgärd, fotodokumenterad."),
    ])], must_not=[M102],
    why="'talar emot melanom' is a negation; the benign naevus is settled")

add("pri-hud-bild-som-vid-lichen-planus", "skane", pat("19680117", "312"), [
    note("n1", "shud2", "petrovic", "Läkaranteckning", "2024-06-25 10:05", 45, [
        ("Anamnes", "Klåda på handlederna sedan två månader, även sveda i munnen vid starka kryddor."),
        ("Status", "Violetta, polygonala, platta papler på handledernas flexorsidor med Wickhams striae. Vitt nätmönster buckalt bilat."),
        ("Bedömning", "Bild som vid lichen planus, kutan och oral."),
        ("Planering", "Elocon salva på huden i 4 v. Munslemhinnan tas av tandläkaren. Stansbiopsi vid utebliven effekt."),
    ])], must=[M102],
    why="'Bild som vid lichen planus' is a hedged diagnosis in a visible section")

add("pri-hud-pmo-misstankt-skabb", "skane", pat("19981009", "276"), [
    note("n1", "spmo2", "borg", "Besöksanteckning", "2024-11-04 11:30", 20, [
        ("Bedömning", "Nattlig klåda, gångar interdigitalt och papler kring naveln. Misstänkt skabb, permetrin till hela hushållet."),
    ])], must_not=[M102],
    why="hedged scabies in a PMO note, which never shows diagnoses")

add("pri-hud-typo-scc-kan-ej-utselutas", "vgr", pat("19380812", "054"), [
    note("n1", "vhud", "ahl", "Läkaranteckning", "2024-02-28 11:45", 20, [
        ("Status", "Ulcererad, hyperkeratotisk nodulus 9 mm på vä näsvinge, växt snabbt senaste månaderna."),
        ("Bedömning", "Skivepitelcancer kan ej utselutas. Stansbiopsi 4 mm tagen, svar om ca 2 veckor."),
    ])], must=[M102],
    why="typo in the hedge ('kan ej utselutas') after a named diagnosis in a visible Bedömning")

add("pri-hud-forenligt-med-rosacea", "vgr", pat("19770321", "625"), [
    note("n1", "vhud2", "wiik", "Läkaranteckning", "2024-08-07 13:00", 10, [
        ("Bedömning", "Centrofacial rodnad med papulopustler och teleangiektasier, inga komedoner. Förenligt med papulopustulös rosacea, Soolantra en gång dagl."),
    ])], must=[M102],
    why="'Förenligt med papulopustulös rosacea' treated as a hedged diagnosis in a visible section")

add("pri-hud-sarrad-om-rodnad-infektion", "vgr", pat("19591016", "203"), [
    note("n1", "vhud", "gronlund", "Sjuksköterskeanteckning", "2024-06-11 10:30", 5, [
        ("Åtgärd", "Omläggning efter excision på vä underben. Pat instruerad: om såret börjar vätska, rodna eller bli varmt ska hon höra av sig, "
                   "det kan då röra sig om en sårinfektion."),
    ])], must_not=[M102],
    why="'kan röra sig om en sårinfektion' only inside a conditional instruction, no current hypothesis")

add("pri-hud-misstankt-lakemedelsexantem", "skane", pat("19830902", "331"), [
    note("n1", "shud", "sandberg", "Akut bedömning", "2024-07-15 15:40", 25, [
        ("Aktuellt", "Utslag på bålen sedan i morse, dag 8 av amoxicillin mot sinuit."),
        ("Status", "Symmetriskt makulopapulöst exantem bål och proximala extremiteter, slemhinnor fria, ingen blåsbildning."),
        ("Bedömning", "Misstänkt läkemedelsutlöst exantem. Amoxicillin sätts ut, Betnovat kräm, antihistamin."),
    ])], must=[M102],
    why="suspected drug eruption (a diagnosis) in a visible Bedömning")

# ===========================================================================
# Part 3: kardiologi
# ===========================================================================

add("pri-kard-misstankt-paroxysmalt-flimmer", "skane", pat("19580115", "528"), [
    note("n1", "skard", "ekdahl", "Kardiologisk mottagningsanteckning", "2024-01-29 09:30", 45, [
        ("Anamnes", "Attacker med oregelbunden hjärtklappning 1–2 h åt gången senaste halvåret, ibland med yrsel. Behandlad hypertoni."),
        ("Status", "Cor: regelbunden rytm, inga blåsljud. BT 148/86. EKG: sinusrytm 68/min, normal PQ och QRS."),
        ("Bedömning", "Misstänkt paroxysmalt förmaksflimmer. CHA2DS2-VASc 2 p (kvinna, hypertoni)."),
        ("Planering", "72 h Holter, eko. Telefonuppföljning när båda är klara."),
    ])], must=[M102],
    why="'Misstänkt paroxysmalt förmaksflimmer' in a visible Bedömning; nothing said about telling")

add("pri-kard-kan-inte-utesluta-kranskarlssjukdom", "vgr", pat("19610404", "116"), [
    note("n1", "vkard", "hallberg", "Läkaranteckning", "2024-02-14 13:20", 30, [
        ("Utredning", "Arbetsprov: avbrutet vid 150 W pga trötthet i benen. 1 mm horisontell ST-sänkning V5–V6 utan bröstsmärta, normaliseras inom 2 min."),
        ("Bedömning", "Kan inte utesluta kranskärlssjukdom. Remiss DT kranskärl, ASA tills vidare."),
    ])], must=[M102],
    why="'Kan inte utesluta kranskärlssjukdom' in a visible section")

add("pri-kard-inga-tecken-hjartsvikt-kondition", "skane", pat("19690827", "254"), [
    note("n1", "skard2", "lgnilsson", "Läkaranteckning", "2024-03-07 10:50", 20, [
        ("Utredning", "Eko: normalstor vä kammare, EF 60 %, normal diastolisk funktion, inga klaffel. NT-proBNP 85."),
        ("Bedömning", "Inga tecken på hjärtsvikt. Andfåddheten är sannolikt betingad av nedsatt kondition efter en stillasittande vinter."),
    ])], must_not=[M102],
    why="heart failure is negated and the remaining hedge ('sannolikt … nedsatt kondition') is not a diagnosis")

add("pri-kard-dd-perikardit", "vgr", pat("19960118", "339"), [
    note("n1", "vkard2", "mansour", "Läkaranteckning", "2024-10-22 15:10", None, [
        ("Bedömning", "Lägesberoende bröstsmärta en vecka efter förkylning, diffusa konkava ST-höjningar. DD perikardit / myoperikardit – troponin och CRP skickas akut."),
    ])], must=[M102],
    why="'DD perikardit / myoperikardit' in a visible Bedömning")

add("pri-kard-flimmer-genomgatt-med-pat", "skane", pat("19540622", "447"), [
    note("n1", "skard", "rahimi", "Telefonanteckning", "2024-02-20 14:00", 15, [
        ("Telefonkontakt", "Holter visar förmaksflimmer ca 18 % av registreringstiden. Diagnosen genomgången med pat i telefon, "
                           "startar Eliquis 5 mg x 2. Återbesök om 6 veckor."),
    ])], must_not=[M101, M102],
    why="confirmed atrial fibrillation that has been gone through with the patient")

add("pri-kard-hcm-svar-ej-kunnat-formedlas", "vgr", pat("19850919", "075"), [
    note("n1", "vkard", "ryden", "Läkaranteckning", "2024-04-09 16:45", 20, [
        ("Utredning", "MR hjärta: asymmetrisk septumhypertrofi 19 mm utan utflödesobstruktion i vila, fläckvis LGE."),
        ("Bedömning", "Hypertrofisk kardiomyopati."),
        ("Planering", "Svaret har inte kunnat förmedlas till pat, sökt två gånger på telefon. Kallad till telefontid via 1177."),
    ])], must=[M101], must_not=[M102],
    why="settled HCM in a visible section while the note says the result has not reached the patient")

add("pri-kard-sannolikt-vasovagal-synkope", "skane", pat("20030509", "221"), [
    note("n1", "skard", "ekdahl", "Läkaranteckning", "2024-05-16 11:20", 30, [
        ("Anamnes", "Svimmat stående i kö på Systembolaget, föregicks av svettning, illamående och tunnelseende. Snabbt återhämtad."),
        ("Status", "Ortostatiskt prov u.a. EKG normalt, QTc 410 ms."),
        ("Bedömning", "Sannolikt vasovagal synkope. Ingen vidare utredning, råd om vätska och att sätta sig vid förkänning."),
    ])], must=[M102],
    why="'Sannolikt vasovagal synkope' is a hedged diagnosis in a visible note")

add("pri-kard-bror-misstankt-arvc", "vgr", pat("19920224", "468"), [
    note("n1", "vkard2", "mansour", "Läkaranteckning", "2024-06-04 08:40", 25, [
        ("Hereditet", "Bror avled plötsligt 34 år gammal, obducenten misstänkte arytmogen högerkammarkardiomyopati."),
        ("Utredning", "EKG, eko och 24 h Holter utan anmärkning."),
        ("Planering", "Genetisk analys via klinisk genetik SU. Ny kontroll om tre år."),
    ])], must_not=[M102],
    why="the suspected cardiomyopathy is the brother's, not the patient's")

add("pri-kard-inger-misstanke-aortastenos", "vgr", pat("19490117", "262"), [
    note("n1", "vkard", "hallberg", "Läkaranteckning", "2024-03-25 10:00", 20, [
        ("Status", "Cor: systoliskt ejektionsblåsljud 3/6 med p.m. i 2:a interkostalrummet hö, fortleds till halskärlen."),
        ("Bedömning", "Inger misstanke om aortastenos, eko bokat inom 4 veckor."),
    ])], must=[M102],
    why="'Inger misstanke om aortastenos' in a visible Bedömning")

add("pri-kard-typo-trolgi-hypertensiv-hjartsjukdom", "skane", pat("19570730", "138"), [
    note("n1", "skard", "rahimi", "Läkaranteckning", "2024-11-12 09:15", 35, [
        ("Utredning", "Eko: koncentrisk vänsterkammarhypertrofi, septum 13 mm, EF 55 %. Hemblodtryck i snitt 158/94."),
        ("Bedömning", "Trolgi hypertensiv hjärtsjukdom. Amlodipin läggs till, kontroll av BT om 4 v hos ssk."),
    ])], must=[M102],
    why="typo in the hedge ('Trolgi') before a diagnosis in a visible section")

add("pri-kard-holter-trolig-artefakt", "vgr", pat("19740612", "190"), [
    note("n1", "vkard", "sborg", "Sjuksköterskeanteckning", "2024-04-16 14:25", 10, [
        ("Utredning", "Holter 24 h avläst: sinusrytm hela registreringen, enstaka VES. "
                      "Kort episod med oregelbundna komplex kl 03.12 – trolig artefakt, pat vände sig i sängen enligt dagboken."),
    ])], must_not=[M102],
    why="the hedge concerns a recording artefact, not a disease of the patient")

add("pri-kard-mojlig-hfpef", "skane", pat("19430305", "419"), [
    note("n1", "skard2", "lgnilsson", "Kardiologisk mottagningsanteckning", "2024-04-24 11:00", 40, [
        ("Aktuellt", "Tilltagande ansträngningsdyspné och ankelödem. BMI 33, diabetes typ 2."),
        ("Utredning", "Eko: EF 58 %, förstorat vä förmak, E/e' 16. NT-proBNP 640."),
        ("Bedömning", "Möjlig hjärtsvikt med bevarad ejektionsfraktion."),
        ("Åtgärd", "Furix 20 mg vid behov, Jardiance 10 mg insatt."),
    ])], must=[M102],
    why="'Möjlig hjärtsvikt med bevarad ejektionsfraktion' in a visible Bedömning")

add("pri-kard-bikuspid-klaff-typo-ej-infomerad", "vgr", pat("19810128", "358"), [
    note("n1", "vkard2", "mansour", "Läkaranteckning", "2024-07-09 17:05", 15, [
        ("Utredning", "Eko: bikuspid aortaklaff med måttlig aortastenos, medelgradient 28 mmHg, aorta ascendens 42 mm."),
        ("Planering", "Pat ej infomerad ännu om fynden, tas vid återbesök 23/7."),
    ])], must=[M101], must_not=[M102],
    why="typo in the telling phrase ('ej infomerad'): settled valve disease visible while patient not yet told")

add("pri-kard-cardiac-amyloidos-dotter-vill-ej", "skane", pat("19370916", "243"), [
    note("n1", "skard", "ekdahl", "Läkaranteckning", "2024-08-27 15:30", 50, [
        ("Utredning", "DPD-scint: kraftigt upptag i myokardiet, grad 3. Inga monoklonala proteiner i serum eller urin."),
        ("Bedömning", "Transtyretinamyloidos i hjärtat (ATTR-CM)."),
        ("Övrigt", "Dottern har ringt och bett att pat inte ska få veta diagnosen förrän hon själv kan vara med. "
                   "Pat är därför ännu inte informerad, gemensamt besök bokas 5/9."),
    ])], must=[M101], must_not=[M102],
    why="settled diagnosis visible while the note says the patient is not yet told, at a relative's request")

# ===========================================================================
# Part 4: psykiatri (vuxna)
# ===========================================================================

add("pri-psyk-trol-adhd-nybesok", "skane", pat("19980806", "413"), [
    note("n1", "spsy", "karimi", "Nybesök psykiatri", "2024-01-31 10:00", 60, [
        ("Anamnes", "25-årig man som söker för koncentrationssvårigheter, avbrutna studier och impulsiva köp. "
                    "Enligt mamma var han 'en virvelvind' redan i lågstadiet. Ingen missbruksproblematik, AUDIT 4."),
        ("Psykiskt status", "Vaken, orienterad. Rastlös, byter ställning ofta. Stämningsläge neutralt. Inga psykotiska symtom, ej suicidal."),
        ("Bedömning", "Trol. ADHD, kombinerad form. Differentialdiagnostiskt behöver affektiv sjukdom belysas."),
        ("Planering", "Neuropsykiatrisk utredning hos psykolog, ASRS och DIVA skickas hem."),
    ])], must=[M102],
    why="'Trol. ADHD' in the visible Bedömning of a psychiatry Melior note")

add("pri-psyk-misstankt-bipolar-typ2", "vgr", pat("19900112", "287"), [
    note("n1", "vpsy", "hed", "Läkaranteckning", "2024-02-22 14:30", 30, [
        ("Aktuellt", "Återkommande perioder om 3–4 dygn med minskat sömnbehov, ökad energi och stora inköp, däremellan långa depressiva skov."),
        ("Bedömning", "Misstänkt bipolär sjukdom typ II. Avvaktar med att höja sertralinet, stämningsdagbok i 4 v."),
    ])], must=[M102],
    why="'Misstänkt bipolär sjukdom typ II' in a visible section")

add("pri-psyk-autism-aterkoppling-ej-gjord", "skane", pat("19950427", "306"), [
    note("n1", "spsy", "blom", "Psykologanteckning", "2024-03-13 15:00", 90, [
        ("Utredning", "Genomförda moment: ADOS-2 modul 4, ADI-R med mamma, WAIS-IV, självskattningar. "
                      "Sammanvägt uppfylls kriterierna för autismspektrumtillstånd enligt DSM-5, nivå 1."),
        ("Planering", "Återgivningssamtal har ännu inte skett och pat är inte informerad om utfallet. Tid bokad 27/3 tillsammans med dr Karimi."),
    ])], must=[M101], must_not=[M102],
    why="settled autism diagnosis visible while the psychologist writes the patient is not yet informed")

add("pri-psyk-dd-eips-komplex-ptsd", "skane", pat("19970211", "025"), [
    note("n1", "spsy", "karimi", "Läkaranteckning", "2024-06-12 11:30", 25, [
        ("Bedömning", "Långvarig affektiv instabilitet, självskada och relationskaos efter traumatisk uppväxt. "
                      "DD emotionellt instabil personlighetsstörning vs komplex PTSD, SCID-5-PD planeras."),
    ])], must=[M102],
    why="differential diagnosis between two psychiatric diagnoses in a visible section")

add("pri-psyk-pmo-trol-gad", "skane", pat("19890618", "339"), [
    note("n1", "spmo3", "ek", "Läkaranteckning", "2024-02-05 14:10", 20, [
        ("Bedömning", "Ständig oro, muskelspänningar och sömnsvårigheter sedan ett år, GAD-7 15. Trol. generaliserat ångestsyndrom, erbjuds KBT-grupp."),
    ])], must_not=[M102],
    why="hedged anxiety diagnosis in a PMO note, where diagnoses are never shown")

add("pri-psyk-kan-rora-sig-om-debuterande-psykos", "vgr", pat("20040921", "138"), [
    note("n1", "vpsy", "wallin", "Telefonanteckning", "2024-07-18 16:05", 10, [
        ("Telefonkontakt", "Mamma ringer, sonen har inte sovit på tre nätter och säger att grannarna avlyssnar honom."),
        ("Bedömning", "Kan röra sig om en debuterande psykos. Dr Hed kontaktad, akut tid i morgon kl 08.30, vid försämring psykakuten SU/Östra."),
    ])], must=[M102],
    why="'Kan röra sig om en debuterande psykos' in a visible nurse note")

add("pri-psyk-fragestallning-autism-remiss", "vgr", pat("20020505", "279"), [
    note("n1", "vpsy", "olofsson", "Remissbedömning", "2024-08-13 09:00", 20, [
        ("Remissbedömning", "Frågeställning autism? från vårdcentralen Biskopsgården. Sociala svårigheter och rigiditet sedan barndomen. Accepteras för utredning."),
    ])], must=[M102],
    why="'Frågeställning autism?' is a hedged diagnosis standing in a visible section")

add("pri-psyk-bipolar-typ1-ej-beskedd-manisk", "skane", pat("19930116", "254"), [
    note("n1", "spsy", "karimi", "Läkaranteckning", "2024-09-24 12:15", 30, [
        ("Bedömning", "Förloppet med en manisk episod i våras och nu ett nytt maniskt skov ger diagnosen bipolär sjukdom typ I."),
        ("Planering", "Pat har inte fått veta diagnosen ännu, det tas upp när han är mindre manisk. Litium startas, S-litium om 5 dagar."),
    ])], must=[M101], must_not=[M102],
    why="settled bipolar I diagnosis visible while the note says the patient has not been told yet")

add("pri-psyk-kand-bipolar-sedan-2019", "vgr", pat("19840308", "310"), [
    note("n1", "vpsy", "hed", "Läkaranteckning", "2024-10-08 10:30", 15, [
        ("Aktuellt", "Känd bipolär sjukdom typ II sedan 2019, välinformerad och väl insatt i sin sjukdom. Stabil sedan ett år."),
        ("Planering", "Lamotrigin 200 mg oförändrat. Ny kontroll om ett halvår."),
    ])], must_not=[M101, M102],
    why="settled diagnosis known to the patient for years; nothing untold, nothing hedged")

add("pri-psyk-oklart-om-ptsd-eller-anpassningsstorning", "vgr", pat("19910925", "143"), [
    note("n1", "vpsy", "olofsson", "Psykologanteckning", "2024-04-23 13:00", 20, [
        ("Bedömning", "Mardrömmar och undvikande efter trafikolyckan i januari. Oklart om det rör sig om PTSD eller anpassningsstörning, PCL-5 23 – gränsfall."),
    ])], must=[M102],
    why="'Oklart om det rör sig om PTSD eller anpassningsstörning' in a visible section")

add("pri-psyk-tabletter-troligen-ej-tagna", "skane", pat("19860708", "432"), [
    note("n1", "spsy", "kjellberg", "Sjuksköterskeanteckning", "2024-11-19 10:20", 10, [
        ("Telefonkontakt", "Pat med känd recidiverande depression ringer och mår sämre. Har troligen inte tagit sertralinet regelbundet sedan semestern."),
        ("Åtgärd", "Påmint om dosetten. Läkartid inbokad på torsdag."),
    ])], must_not=[M102],
    why="the hedge ('troligen inte tagit') is about adherence; the depression is a known, settled diagnosis")

add("pri-psyk-pat-informerad-vill-ej-att-sambon-vet", "vgr", pat("19920830", "064"), [
    note("n1", "vpsy", "hed", "Läkaranteckning", "2024-12-03 14:50", 20, [
        ("Bedömning", "Bulimia nervosa, kräkningar 4–5 ggr/v."),
        ("Åtgärd", "Pat informerad om diagnosen och behandlingsupplägget. Hon vill att sambon inte ska få veta något än, vilket respekteras."),
    ])], must_not=[M101, M102],
    why="the patient has been told; only the partner is not told")

# ===========================================================================
# Part 5: öron-näsa-hals
# ===========================================================================

add("pri-onh-trol-bppv-epley", "skane", pat("19600619", "186"), [
    note("n1", "sonh", "falk", "Läkaranteckning", "2024-01-10 10:30", 20, [
        ("Aktuellt", "Kortvarig rotatorisk yrsel när hon lägger sig ned eller vänder sig i sängen, sedan en vecka."),
        ("Status", "Dix-Hallpike hö: geotrop rotatorisk nystagmus med latens 3 sek, avklingar på 20 sek. Vä sida neg."),
        ("Åtgärd", "Trol. BPPV i bakre båggången hö. Epleys manöver utförd x 2, instruerad i egenövningar."),
    ])], must=[M102],
    why="'Trol. BPPV' written in the visible sökord Åtgärd")

add("pri-onh-misstankt-sekretorisk-otit-barn", "vgr", pat("20200312", "237"), [
    note("n1", "vonh", "lundgren", "Läkaranteckning", "2024-02-01 08:50", 15, [
        ("Aktuellt", "4-årig flicka med pappa. Förskolan tycker hon hör dåligt, upprepade öroninflammationer i vintras."),
        ("Status", "Otomikroskopi: indragna, matta trumhinnor bilat med bärnstensfärgad vätska. Tympanometri B-kurva bilat."),
        ("Bedömning", "Misstänkt sekretorisk otit bilat. Nytt audiogram och tympanometri om 3 mån."),
    ])], must=[M102],
    why="hedged diagnosis in a child's visible ENT note")

add("pri-onh-akustikusneurinom-kan-ej-uteslutas", "skane", pat("19660128", "341"), [
    note("n1", "sonh2", "strand", "Läkaranteckning", "2024-03-14 14:40", 25, [
        ("Utredning", "Tonaudiogram: ensidig sensorineural nedsättning vä, 35–50 dB i diskanten. Taluppfattning vä 76 %. Tinnitus vä."),
        ("Bedömning", "Akustikusneurinom vä kan ej uteslutas. MR hjässa med gadolinium beställd."),
    ])], must=[M102],
    why="'Akustikusneurinom vä kan ej uteslutas' in a visible Bedömning")

add("pri-onh-vestibularisschwannom-ej-underrattad", "vgr", pat("19710507", "495"), [
    note("n1", "vonh2", "kowalski", "Läkaranteckning", "2024-04-11 17:20", 15, [
        ("Utredning", "MR hjässa (Alingsås lasarett 8/4): 11 mm kontrastuppladdande process i vä inre hörselgång, förenlig med vestibularisschwannom enligt radiolog."),
        ("Planering", "Pat ej underrättad om MR-svaret ännu. Ringer henne i morgon förmiddag och bokar besök, remiss till skallbasteamet SU."),
    ])], must=[M101],
    why="diagnosis in a visible section while the note says the patient has not been told; NL102 not asserted (radiologist's wording)")

add("pri-onh-misstankt-tonsillcancer-ej-informerad", "skane", pat("19590221", "377"), [
    note("n1", "sonh", "falk", "Läkaranteckning", "2024-05-07 15:15", 30, [
        ("Status", "Hö tonsill förstorad och ulcererad, hård vid palpation. 2 cm fast lymfkörtel regio II hö."),
        ("Bedömning", "Misstänkt tonsillcancer hö. Pat är inte informerad om misstanken – besked ges när PAD finns."),
        ("Åtgärd", "Px tagen, standardiserat vårdförlopp huvud-hals startat."),
    ])], must=[("NL101", "n1"), ("NL102", "n1")],
    why="suspected cancer written visibly and the note says the patient is not told about the suspicion: both rules")

add("pri-onh-kand-sekretorisk-otit-ev-plaststror", "vgr", pat("20190826", "195"), [
    note("n1", "vonh", "lundgren", "Läkaranteckning", "2024-05-29 09:20", 10, [
        ("Bedömning", "Sekretorisk otit bilat sedan februari, kvarstående B-kurvor. Ev. plaströr om vätskan kvarstår efter sommaren, föräldrarna får besked i augusti."),
    ])], must_not=[M102],
    why="settled otitis media with effusion; the hedge ('Ev. plaströr') concerns treatment")

add("pri-onh-fiberskopi-inga-tecken-tumor", "skane", pat("19720916", "078"), [
    note("n1", "sonh2", "strand", "Läkaranteckning", "2024-06-18 11:50", 20, [
        ("Aktuellt", "Klumpkänsla i halsen sedan två månader, ingen dysfagi, ingen viktnedgång, icke-rökare."),
        ("Status", "Fiberskopi: inga tecken på tumör i farynx eller larynx, stämbanden rörliga bilat."),
        ("Bedömning", "Globuskänsla utan organisk förklaring. Lugnande besked."),
    ])], must_not=[M102],
    why="tumour negated ('inga tecken på tumör'); no hedged diagnosis")

add("pri-onh-fragestallning-somnapne", "vgr", pat("19750402", "220"), [
    note("n1", "vonh2", "kowalski", "Läkaranteckning", "2024-08-22 10:15", None, [
        ("Aktuellt", "Frugan rapporterar snarkning och andningsuppehåll. ESS 14, BMI 31."),
        ("Bedömning", "Frågeställning obstruktiv sömnapné. Nattlig polygrafi hemma, utrustning hämtas hos ssk."),
    ])], must=[M102],
    why="'Frågeställning obstruktiv sömnapné' as an open diagnostic hypothesis in a visible section")

add("pri-onh-talar-for-menieres", "skane", pat("19640810", "419"), [
    note("n1", "sonh", "falk", "Läkaranteckning", "2024-09-05 13:30", 35, [
        ("Anamnes", "Tre attacker senaste halvåret med rotatorisk yrsel i flera timmar, lockkänsla och brus i hö öra."),
        ("Utredning", "Audiogram: lågfrekvent sensorineural nedsättning hö 40 dB."),
        ("Bedömning", "Sammantaget talar detta för Ménières sjukdom hö. Betahistin och saltfattig kost provas."),
    ])], must=[M102],
    why="'talar för Ménières sjukdom' is a hedged diagnosis in a visible Bedömning")

add("pri-onh-kolesteatom-barn-ingen-informerad", "vgr", pat("20141203", "144"), [
    note("n1", "vonh", "lundgren", "Läkaranteckning", "2024-10-14 16:00", 25, [
        ("Utredning", "DT temporalben: mjukdelsförtätning i hö epitympanum med erosion av scutum och hammarhuvudet – kolesteatom hö."),
        ("Planering", "Varken barnet eller föräldrarna är informerade ännu. Kallas till besök 21/10 för information och op-planering."),
    ])], must=[M101], must_not=[M102],
    why="settled cholesteatoma in a 9-year-old's visible note while neither child nor guardians are told")

add("pri-onh-oklart-om-vestibular-migran", "skane", pat("19820624", "161"), [
    note("n1", "sonh2", "strand", "Läkaranteckning", "2024-10-29 14:10", 20, [
        ("Bedömning", "Episodisk yrsel med huvudvärk och ljuskänslighet, normalt audiogram och normal kalorisk testning. "
                      "Vestibulär migrän? Remiss neurolog för bedömning."),
    ])], must=[M102],
    why="'Vestibulär migrän?' – a question-mark hedge on a diagnosis in a visible section")

add("pri-onh-inverterat-papillom-ovetande", "skane", pat("19550314", "243"), [
    note("n1", "sonh", "roos", "Sjuksköterskeanteckning", "2024-11-06 10:40", 10, [
        ("Övrigt", "PAD från näspolyp vä har kommit: inverterat papillom. Pat är ännu ovetande om svaret, dr Falk vill själv ge beskedet vid besök 13/11."),
    ])], must=[M101], must_not=[M102],
    why="settled PAD diagnosis in a nurse's visible note while the patient is still unaware")

add("pri-onh-menieres-informerad-tidigare", "vgr", pat("19630930", "351"), [
    note("n1", "vonh2", "kowalski", "Läkaranteckning", "2024-11-26 11:25", 15, [
        ("Aktuellt", "Ménières sjukdom vä, diagnos ställd och genomgången med pat i juni. Färre attacker på betahistin."),
        ("Planering", "Fortsatt behandling, audiogram om ett år."),
    ])], must_not=[M101, M102],
    why="settled diagnosis explained to the patient earlier (in June)")

add("pri-onh-typo-missanke-ingen", "skane", pat("19790518", "027"), [
    note("n1", "sonh2", "strand", "Läkaranteckning", "2024-12-10 09:30", 15, [
        ("Bedömning", "Ensidig nästäppa hö sedan jul. Endoskopi: deviation av septum åt hö, slemhinnan u.a. Ingen missanke om tumör."),
    ])], must_not=[M102],
    why="typo in a negation ('Ingen missanke om tumör') still rules the diagnosis out")

# ===========================================================================
# Part 6: flera anteckningar i samma journal, långa brev till remittent
# ===========================================================================

add("pri-hud-tva-anteckningar-scc-besked-dagen-efter", "vgr", pat("19440126", "398"), [
    note("n1", "vhud", "thorsen", "Läkaranteckning", "2024-05-13 16:30", 15, [
        ("PAD-svar", "Högt differentierad skivepitelcancer i hö tinning, radikalt exciderad med 4 mm marginal."),
        ("Planering", "Pat ej informerad, nås inte på telefon i eftermiddag. Nytt försök i morgon."),
    ]),
    note("n2", "vhud", "gronlund", "Telefonanteckning", "2024-05-14 09:10", 5, [
        ("Telefonkontakt", "Nått pat på andra försöket och på dr Thorséns uppdrag lämnat besked om PAD-svaret: skivepitelcancer, helt borttagen. "
                           "Hudkontroll om 6 mån, kallelse kommer."),
    ])], must=[("NL101", "n1")], must_not=[("NL101", "n2")],
    why="the later phone note tells the patient; the earlier note still held a visible diagnosis marked as untold")

add("pri-gyn-tidiga-hypoteser-sedan-besked-cervixcancer", "skane", pat("19800303", "242"), [
    note("n1", "sgyn", "berg", "Tidiga hypoteser", "2024-09-02 12:10", 20, [
        ("Bedömning", "Kraterformig, lättblödande förändring på portio. Misstänkt cervixcancer, stadium oklart. Px tagen, besked när PAD föreligger."),
    ]),
    note("n2", "sgyn", "berg", "Läkaranteckning", "2024-09-10 13:30", 40, [
        ("PAD-svar", "Skivepitelcancer i cervix uteri."),
        ("Åtgärd", "Pat informerad vid besök idag tillsammans med sin syster, fick god tid för frågor. Remiss SVF till gynonkologen SUS Lund, kontaktsjuksköterska utsedd."),
    ])], must_not=[("NL102", "n1"), ("NL101", "n2")],
    why="the hypothesis lived in the Tidiga hypoteser template; once settled it is told and documented visibly")

add("pri-kard-misstanke-synlig-sedan-bekraftad", "vgr", pat("19760615", "263"), [
    note("n1", "vkard", "ryden", "Läkaranteckning", "2024-02-06 11:00", 25, [
        ("Status", "EKG: uttalade djupa T-vågsinversioner V2–V6 och höga QRS-amplituder."),
        ("Bedömning", "Misstänkt apikal hypertrofisk kardiomyopati. MR hjärta beställd."),
    ]),
    note("n2", "vkard", "ryden", "Läkaranteckning", "2024-03-12 10:30", 30, [
        ("Utredning", "MR hjärta: apikal hypertrofi 17 mm, ingen obstruktion, ingen LGE."),
        ("Bedömning", "Apikal hypertrofisk kardiomyopati, genomgånget med pat idag. Remiss klinisk genetik för kaskadtestning av barnen."),
    ])], must=[("NL102", "n1")], must_not=[("NL102", "n2")],
    why="the first note's visible hedge stays a finding even though a later note settles the diagnosis")

add("pri-psyk-ssk-sedan-lakare-trolig-atstorning", "skane", pat("20020119", "381"), [
    note("n1", "spsy", "kjellberg", "Sjuksköterskeanteckning", "2024-04-15 09:00", 10, [
        ("Aktuellt", "Vikt 49,2 kg, längd 171 cm. Blodtryck 98/60, puls 52. Säger att hon tränar två pass om dagen."),
    ]),
    note("n2", "spsy", "karimi", "Läkaranteckning", "2024-04-15 10:15", 35, [
        ("Anamnes", "Viktnedgång 9 kg sedan i höstas, äter en måltid per dag, räknar kalorier, amenorré sedan 4 mån."),
        ("Bedömning", "Trolig anorexia nervosa. Lab inkl elektrolyter och fosfat, EKG. Remiss till ätstörningsenheten i Malmö."),
    ])], must=[("NL102", "n2")], must_not=[("NL102", "n1")],
    why="same day: the nurse's note holds only measurements, the doctor's note holds 'Trolig anorexia nervosa'")

add("pri-onh-tidiga-hypoteser-sokord-sedan-besked-lymfom", "vgr", pat("19670802", "276"), [
    note("n1", "vonh2", "kowalski", "Läkaranteckning", "2024-06-20 14:00", 20, [
        ("Status", "Flera oömma, gummiaktiga lymfkörtlar på vä halssida, störst 3 cm. Tonsiller och epifarynx u.a."),
        ("Planering", "Ultraljudsledd mellannålsbiopsi bokad. Pat vet att proverna ska klargöra orsaken."),
        ("Tidiga hypoteser", "Misstänkt lymfom. Pat ej informerad om misstanken."),
    ]),
    note("n2", "vonh2", "kowalski", "Läkaranteckning", "2024-07-04 11:00", 30, [
        ("PAD-svar", "Follikulärt lymfom grad 1–2."),
        ("Åtgärd", "Diagnosen meddelad vid besök idag. Remiss hematologen Sahlgrenska för stadieindelning."),
    ])], must_not=[("NL101", "n1"), ("NL102", "n1"), ("NL101", "n2")],
    why="VGR: the untold suspicion sits only under sökord Tidiga hypoteser; the later visible note records the telling")

add("pri-gyn-brev-remittent-serost-karcinom-ej-informerad", "skane", pat("19610520", "319"), [
    note("n1", "sgyn", "berg", "Brev till remittent", "2024-05-08 16:00", "2024-05-09 08:20", [
        ("Brev", "Till dr Sven Åkesson, Vårdcentralen Kroksbäck, Malmö.\n"
                 "Tack för remissen angående din patient, 62-årig kvinna, som du skickade hit på grund av bukspänning, "
                 "tidig mättnadskänsla och ett förhöjt CA-125 på 312.\n"
                 "Jag träffade henne på mottagningen den 12 april. Hon har tre barn, alla förlösta vaginalt, och är postmenopausal sedan 51 års ålder "
                 "utan hormonbehandling. Hon är icke-rökare, har välbehandlad hypotyreos och tar Levaxin 75 mikrogram dagligen.\n"
                 "Vid undersökningen palperades en fast, orörlig resistens i lilla bäckenet som nådde upp mot naveln. "
                 "Vaginalt ultraljud visade en 11 cm stor multilokulär adnexprocess på höger sida med solida partier och rikligt flöde, "
                 "samt en mindre mängd ascites i fossa Douglasi. Vänster ovarium var inte säkert avgränsbart.\n"
                 "DT thorax-buk utfördes på SUS Malmö den 19 april och visade utöver adnexprocessen peritoneala förtjockningar i oment och "
                 "längs höger diafragmakupol men inga levermetastaser och fria lungor.\n"
                 "Ultraljudsledd biopsi togs från oment den 24 april. PAD-svaret kom i går och visar höggradigt seröst karcinom med "
                 "ursprung i höger adnex.\n"
                 "Jag har ännu inte informerat patienten om PAD-svaret. Hon är hos sin dotter i Spanien till den 20 maj och vill inte ta "
                 "allvarliga besked per telefon, vilket vi kom överens om redan vid första besöket. Hon har fått en tid hos mig den 21 maj "
                 "kl 10.00 och hennes make kommer att följa med.\n"
                 "Remiss är redan skickad till gynonkologiska kliniken, SUS Lund, inom ramen för standardiserat vårdförlopp, och fallet tas upp "
                 "på den multidisciplinära konferensen den 22 maj.\n"
                 "Jag hör av mig igen efter besöket. Tveka inte att ringa mig direkt på mottagningen om du har frågor.\n"
                 "Med vänlig hälsning\nAnnika Berg, specialist i obstetrik och gynekologi"),
    ])], must=[M101], must_not=[M102],
    why="long letter to the referring GP: a settled cancer diagnosis stands visibly while the letter says the patient is not yet told")

add("pri-kard-remissvar-sannolikt-mikrovaskular-angina", "vgr", pat("19640927", "466"), [
    note("n1", "vkard", "hallberg", "Remissvar", "2024-06-26 15:20", 45, [
        ("Remissvar", "Till distriktsläkare Eva Lindström, Capio Vårdcentral Hässleholmen, Borås.\n"
                      "Tack för remissen gällande din patient, en 59-årig kvinna med ansträngningsutlöst tryck i bröstet sedan ett halvår.\n"
                      "Anamnestiskt kommer besvären vid raska promenader uppför backe och i kyla, släpper inom ett par minuter i vila. "
                      "Hon har även haft enstaka episoder i vila på kvällen. Riskfaktorer: hyperlipidemi, ex-rökare sedan 2010, "
                      "mamma hade hjärtinfarkt vid 70 års ålder. Hon går igenom klimakteriet och har besvärliga vallningar.\n"
                      "Status: BT 134/82 hö arm, puls 72 regelbunden. Cor och pulm utan anmärkning. Inga perifera ödem.\n"
                      "EKG i vila är normalt. Ekokardiografi visar normal systolisk och diastolisk funktion, inga klaffel, inga regionala "
                      "väggrörelserubbningar.\n"
                      "Arbetsprov på cykel till 160 W, 95 % av förväntat, med typiskt bröstobehag från 130 W och 1,5 mm horisontell "
                      "ST-sänkning i V4–V6 som gick i retur efter fyra minuter.\n"
                      "DT kranskärl visade endast minimala icke-stenoserande plack i LAD, calciumscore 12.\n"
                      "Sammanfattningsvis föreligger ingen signifikant stenos i kranskärlen. Sannolikt rör det sig om mikrovaskulär angina. "
                      "Jag har insatt Imdur 30 mg på morgonen och höjt atorvastatin till 40 mg. Nitroglycerin resoriblett vid behov.\n"
                      "Jag följer upp henne på telefon om sex veckor för att utvärdera effekten. Om besvären inte svarar på behandlingen "
                      "kan vi överväga att komplettera med ett provokationstest på kranskärlsröntgen i Göteborg.\n"
                      "Med vänliga hälsningar\nIngrid Hallberg, kardiolog"),
    ])], must=[M102],
    why="long referral answer in which one sentence gives a hedged diagnosis (sannolikt mikrovaskulär angina)")

add("pri-psyk-brev-vc-utredning-klar-aterkopplad", "skane", pat("19960104", "127"), [
    note("n1", "spsy", "karimi", "Brev till remittent", "2024-06-05 14:00", 60, [
        ("Brev", "Till dr Lejla Begić, Hälsocentralen Lindängen.\n"
                 "Din patient, en 28-årig kvinna, har under våren genomgått en neuropsykiatrisk utredning hos oss efter din remiss med "
                 "frågan om ADHD hos en kvinna med återkommande nedstämdhet och svårigheter att behålla arbeten.\n"
                 "Utredningen har omfattat tre läkarbesök, psykologisk testning med WAIS-IV och QbTest, strukturerade intervjuer (DIVA-5 och SCID-5) "
                 "samt anhörigintervju med hennes mamma.\n"
                 "Resultaten visar en begåvningsprofil inom normalvariationen med jämn fördelning mellan delindex. "
                 "Uppmärksamhetsproblemen har inte funnits sedan barndomen enligt mamman och skolbetygen, och de uppkommer i huvudsak under "
                 "perioder av nedstämdhet.\n"
                 "Kriterierna för ADHD är därför inte uppfyllda. Hypomana eller maniska episoder har inte förekommit och bipolär sjukdom "
                 "är uteslutet efter noggrann genomgång av förloppet.\n"
                 "Diagnos: Recidiverande depression, för närvarande lindrig episod (F33.0).\n"
                 "Resultatet har återgivits till patienten vid ett samtal den 4 juni, där även hennes pojkvän deltog på hennes begäran. "
                 "Hon tog emot beskedet väl och har fått den skriftliga sammanfattningen med sig hem.\n"
                 "Rekommendation: Fortsatt sertralin 100 mg, som hon tolererar bra. Internetbaserad KBT mot depression via 1177 Stöd och "
                 "behandling, vilket hon själv önskar. Hon bör följas upp hos er om två månader.\n"
                 "Vi avslutar kontakten men tar gärna emot en ny remiss om förloppet förändras.\n"
                 "Med vänlig hälsning\nReza Karimi, specialist i psykiatri"),
    ])], must_not=[M102, M101],
    why="long letter where ADHD and bipolar disorder are ruled out, the remaining diagnosis is settled and has been told")

add("pri-hud-remissvar-mojligen-tidig-hidradenit", "vgr", pat("19990708", "135"), [
    note("n1", "vhud", "ahl", "Remissvar", "2024-09-17 13:10", 35, [
        ("Remissvar", "Till dr Mattias Frisk, Närhälsan Kungshöjd.\n"
                      "Tack för remissen om din 25-åriga patient med återkommande ömma knölar i armhålorna sedan två år.\n"
                      "Hon berättar att knölarna kommer ungefär en gång i månaden, ofta före mens, och att de ibland spricker och vätskar. "
                      "Hon har fått två kurer flukloxacillin på vårdcentralen utan bestående effekt. Hon röker tio cigaretter per dag och BMI är 29.\n"
                      "Vid dagens besök ses i hö axill två ömmande, djupt liggande noduli om 1 cm samt en äldre, indragen ärrsträng. "
                      "Vä axill har en ärrbildning men inga aktiva lesioner. Ljumskar och under brösten u.a. Inga fistelgångar.\n"
                      "Odling från tidigare sekret har visat normal hudflora.\n"
                      "Möjligen rör det sig om en tidig hidradenitis suppurativa, Hurley stadium I. "
                      "Jag har gett henne information om sjukdomsmekanismen i allmänhet, om rökstopp och viktnedgång, och om att "
                      "undvika rakning av armhålorna under skov.\n"
                      "Behandling: Lymecyklin 300 mg en gång dagligen i tre månader, klindamycin-lösning lokalt två gånger dagligen på aktiva knölar.\n"
                      "Jag träffar henne igen om tre månader för att se om bilden klarnar och utvärdera effekten.\n"
                      "Med vänlig hälsning\nViktor Ahl, hudläkare"),
    ])], must=[M102],
    why="long referral answer whose one hedged diagnosis (Möjligen … hidradenitis suppurativa) is buried mid-letter")

add("pri-onh-brev-otoskleros-avskrivs", "skane", pat("19850223", "400"), [
    note("n1", "sonh", "falk", "Brev till remittent", "2024-10-02 11:40", 50, [
        ("Brev", "Till dr Hanna Sundqvist, Vårdcentralen Näsby, Kristianstad.\n"
                 "Tack för remissen angående din 39-åriga patient som upplevt nedsatt hörsel på vänster öra sedan förlossningen i våras, "
                 "med frågan om otoskleros.\n"
                 "Hon berättar att hörseln känns lock och att det susar när hon ligger ned. Inget yrsel, ingen öronvärk, inget flytande.\n"
                 "Otomikroskopi visar hela, normalt rörliga trumhinnor bilateralt. Tonaudiogrammet visar normal hörsel på båda öronen, "
                 "luft- och benledning inom 15 dB över alla frekvenser och inget luft-bengap. Stapediusreflexer utlöses bilateralt.\n"
                 "Misstanken om otoskleros kan därmed avskrivas. "
                 "Den hörselupplevelse hon beskriver bedömer jag som tubardysfunktion efter förkylning, vilket brukar gå över av sig självt.\n"
                 "Hon har fått prova Valsalvamanöver och nässpray med mometason i fyra veckor.\n"
                 "Hon har själv önskat ett nytt audiogram om ett halvår för att vara säker. Det bokar vi här, och vid eventuell försämring "
                 "hör hon av sig till oss direkt.\n"
                 "Med vänlig hälsning\nHenrik Falk, öron-näs-halsläkare"),
    ])], must_not=[M102],
    why="long letter in which the suspected otosclerosis is not confirmed and the working diagnosis is stated plainly")

# ===========================================================================
# Part 7: långa journalanteckningar, NL101 positiva och negativa
# ===========================================================================

add("pri-gyn-lang-anteckning-ev-adenomyos", "vgr", pat("19830419", "289"), [
    note("n1", "vgyn", "yousef", "Läkaranteckning", "2024-08-28 09:00", 70, [
        ("Kontaktorsak", "Remiss från Närhälsan Majorna: rikliga och smärtsamma menstruationer, Hb-fall."),
        ("Anamnes", "41 år, P2 (sectio 2012 och 2015). Menscykel 26–28 dgr, blöder 8 dgr varav 3 med dubbelskydd och nattliga läckage. "
                    "Tilltagande mensvärk sedan 3 år, Alvedon och Ipren räcker inte längre. Ingen mellanblödning, ingen postkoital blödning. "
                    "Cellprov u.a. 2023. Preventivmedel: kondom. Ej rökare. Hereditet u.a. för gynekologisk cancer. "
                    "Läkemedel: Duroferon sedan i våras. Allergi: inga kända."),
        ("Status", "AT: gott. BMI 26. Buk: mjuk, oöm, sectioärr u.a.\n"
                   "Spekulum: portio slät, ingen blödning.\n"
                   "Bimanuellt: uterus anteflekterad, globulärt förstorad motsvarande v 10, lätt öm, rörlig. Adnexa u.a. bilat.\n"
                   "VUL: uterus 10,5 x 7 x 6,8 cm, heterogent myometrium med asymmetriskt förtjockad bakvägg, små myometriecystor, "
                   "otydlig gräns endometrium–myometrium. Inget avgränsbart myom. Endometrium 7 mm. Ovarier normala bilat, ingen fri vätska."),
        ("Lab", "Hb 104, ferritin 6, TSH 2,1. Graviditetstest neg."),
        ("Bedömning", "Menorragi och dysmenorré. Ev. adenomyos."),
        ("Åtgärd", "Informerat om behandlingsalternativ: hormonspiral, gestagener, GnRH-analog och på sikt hysterektomi. "
                   "Pat väljer hormonspiral, som sätts idag utan komplikationer (Mirena, lot kontrollerad)."),
        ("Planering", "Fortsatt järn. Hb och ferritin hos VC om 3 mån. Återbesök här om 6 mån med VUL, snabbare vid kvarstående blödning."),
    ])], must=[M102],
    why="long multi-section chart with one telegraphic hedged diagnosis ('Ev. adenomyos') in Bedömning")

add("pri-hud-lang-anteckning-bara-negationer-och-planer", "skane", pat("19700825", "066"), [
    note("n1", "shud", "holm", "Läkaranteckning", "2024-04-29 13:00", 55, [
        ("Kontaktorsak", "Helkroppsundersökning av nevi, egen vårdbegäran."),
        ("Anamnes", "53-årig man, ljus hudtyp II, mycket sol på segelbåt i unga år. Pappa opererades för malignt melanom 2015. "
                    "Farbror hade möjligen också hudcancer enligt pat, men det är oklart vilken sort. "
                    "Inga egna tidigare hudtumörer. Inga läkemedel, inga allergier."),
        ("Status", "Hudtyp II. Ca 60 nevi på bål och extremiteter, de flesta < 5 mm och symmetriska.\n"
                   "Dermatoskopi av 12 utvalda nevi: regelbundet retikulärt eller globulärt mönster, inga atypiska strukturer.\n"
                   "Rygg: två seborroiska keratoser, en liten angiom på bröstet.\n"
                   "Ansikte och skalp: solskadad hy, inga aktiniska keratoser, inga misstänkta basaliom.\n"
                   "Lymfkörtlar: inga palpabla i axiller och ljumskar."),
        ("Bedömning", "Multipla benigna nevi. Inga tecken på melanom eller annan hudcancer idag. Ärftligheten motiverar regelbundna kontroller."),
        ("Åtgärd", "Fotodokumentation av ryggen. Råd om solskydd och egenkontroll, skriftlig information om ABCDE."),
        ("Planering", "Eventuellt digital dermatoskopi-uppföljning om ett år, pat hör av sig. Vid förändring av något födelsemärke söker han tidigare."),
    ])], must_not=[M102],
    why="long chart full of lookalikes: relative's hedged cancer, negated melanoma, hedged plans and a conditional instruction")

add("pri-gyn-cin3-pad-typo-underattad", "skane", pat("19940916", "208"), [
    note("n1", "sgyn2", "wollin", "Läkaranteckning", "2024-03-28 15:45", None, [
        ("PAD-svar", "Px från portio kl 12: CIN 3, HPV 16."),
        ("Planering", "Pat ännu inte underättad, ringer henne efter påsk. LEEP-konisering planeras i april."),
    ])], must=[M101], must_not=[M102],
    why="unsigned draft with a typo in the telling phrase ('underättad'): settled CIN 3 visible while untold")

add("pri-gyn-myom-pat-ej-informerad-om-op-datum", "vgr", pat("19780112", "324"), [
    note("n1", "vgyn2", "fors", "Administrativ anteckning", "2024-04-04 10:10", 5, [
        ("Åtgärd", "Submuköst myom 4 cm, planerad hysteroskopisk resektion på Skaraborgs sjukhus. "
                   "Pat ej informerad om operationsdatum ännu – kallelse skickas från op-planeringen."),
    ])], must_not=[M101],
    why="the thing not yet told is an operation date, not the (known) myoma")

add("pri-hud-remiss-skickad-pat-ej-informerad", "skane", pat("19870321", "297"), [
    note("n1", "shud2", "petrovic", "Läkaranteckning", "2024-05-23 14:20", 15, [
        ("Bedömning", "Svår plackpsoriasis, PASI 18 trots metotrexat 20 mg/v i fyra månader."),
        ("Åtgärd", "Remiss för biologiskt läkemedel skickad till hudkliniken SUS Lund idag. Pat inte informerad om att remissen gått iväg, ssk ringer i morgon."),
    ])], must_not=[M101],
    why="what the patient has not been told is that a referral was sent, not a diagnosis")

add("pri-hud-isotretinoin-info-given-idag", "vgr", pat("20050214", "384"), [
    note("n1", "vhud2", "wiik", "Läkaranteckning", "2024-02-27 10:20", 20, [
        ("Bedömning", "Svår akne conglobata på bål och ansikte, otillräcklig effekt av lymecyklin och Epiduo."),
        ("Åtgärd", "Pat hade inte fått information om teratogen risk och krav på preventivmedel vid förra besöket; detta är genomgånget idag "
                   "och hon har signerat informationsblanketten. Isotretinoin 20 mg startas efter negativt graviditetstest."),
    ])], must_not=[M101],
    why="the earlier lack of information concerned drug risks, and it was given today; no untold diagnosis")

add("pri-hud-mycosis-fungoides-ssk-ej-informerat", "vgr", pat("19570428", "452"), [
    note("n1", "vhud", "gronlund", "Sjuksköterskeanteckning", "2024-08-15 13:40", 10, [
        ("Provsvar", "PAD från stansbiopsi bål inkommit: mycosis fungoides, plackstadium. Besked ska lämnas av ansvarig läkare – "
                     "ssk har inte informerat pat. Dr Thorsén meddelad via intern post."),
    ])], must=[M101], must_not=[M102],
    why="nurse note with a settled lymphoma diagnosis, stating the patient has not been informed")

add("pri-hud-melanom-in-situ-pat-ringer-far-vanta", "skane", pat("19810607", "138"), [
    note("n1", "shud", "kraft", "Telefonanteckning", "2024-10-21 12:05", None, [
        ("Telefonkontakt", "Pat ringer och frågar efter PAD-svaret. Svaret finns (melanoma in situ vä vad) men dr Holm vill själv ge beskedet, "
                           "så pat är ej informerad. Telefontid med dr Holm ordnad på onsdag."),
    ])], must=[M101], must_not=[M102],
    why="unsigned draft phone note: the melanoma in situ is written visibly while the patient is expressly not told")

add("pri-gyn-vulvacancer-avvaktar-mdk", "vgr", pat("19460102", "268"), [
    note("n1", "vgyn", "sjoberg", "Läkaranteckning", "2024-09-09 17:00", 20, [
        ("PAD-svar", "Stansbiopsi vä labium majus: invasiv skivepitelcancer, invasionsdjup minst 2 mm."),
        ("Planering", "Avvaktar med att informera pat tills fallet dragits på MDK 12/9, då även behandlingsförslaget är klart."),
    ])], must=[M101], must_not=[M102],
    why="'Avvaktar med att informera pat' about a settled vulvar cancer written visibly")

add("pri-kard-hjartsarkoidos-ej-hunnit-informera", "skane", pat("19690109", "205"), [
    note("n1", "skard", "rahimi", "Läkaranteckning", "2024-11-27 18:10", 25, [
        ("Utredning", "PET-DT: fokalt FDG-upptag i basala septum och hilära lymfkörtlar. Körtelbiopsi via EBUS: icke-nekrotiserande granulom."),
        ("Bedömning", "Hjärtsarkoidos med AV-block II."),
        ("Planering", "Jag har inte hunnit informera pat om svaret. Ringer i morgon och erbjuder tid på fredag, ICD-diskussion med arytmiteamet."),
    ])], must=[M101], must_not=[M102],
    why="'Jag har inte hunnit informera pat' about a settled cardiac sarcoidosis in a visible note")

add("pri-psyk-adhd-aterkopplad-igar", "skane", pat("19940302", "192"), [
    note("n1", "spsy", "blom", "Psykologanteckning", "2024-10-16 09:30", 25, [
        ("Utredning", "ADHD, kombinerad form, fastställd efter avslutad utredning."),
        ("Åtgärd", "Utfallet återgavs till pat i går tillsammans med dr Karimi. Skriftligt utlåtande skickat hem. Psykoedukationsgrupp erbjuds."),
    ])], must_not=[M101, M102],
    why="settled ADHD diagnosis that was fed back to the patient yesterday")

add("pri-hud-barn-atopiskt-eksem-foraldrar-informerade", "skane", pat("20190411", "420"), [
    note("n1", "shud2", "petrovic", "Läkaranteckning", "2024-01-25 10:45", 20, [
        ("Bedömning", "5-årig flicka med atopiskt eksem i armvecken och knävecken, torr hy, klåda nattetid."),
        ("Åtgärd", "Föräldrarna informerade om diagnosen och behandlingstrappan. Hydrokortison 1 % i 1 v, sedan mjukgörande två gånger dagligen."),
    ])], must_not=[M101, M102],
    why="child's settled diagnosis told to the guardians who read the journal")

# ===========================================================================
# Part 8: stavfel, PMO, skyddade platser, svåra negativa
# ===========================================================================

add("pri-gyn-typo-sannolkit-vulvodyni", "skane", pat("19980423", "161"), [
    note("n1", "sgyn2", "wollin", "Läkaranteckning", "2024-02-13 13:10", 15, [
        ("Bedömning", "Sveda och smärta vid samlag och tampongbruk i ett år, Q-tips-test positivt kl 5 och 7, i övrigt normalt status. "
                      "Sannolkit provocerad vestibulodyni. Lidokaingel, remiss till bäckenbottenfysioterapeut."),
    ])], must=[M102],
    why="typo in the hedge ('Sannolkit') before a diagnosis in a visible Bedömning")

add("pri-hud-typo-misstant-impetigo-barn", "vgr", pat("20171030", "108"), [
    note("n1", "vhud2", "wiik", "Läkaranteckning", "2024-06-17 08:40", 10, [
        ("Bedömning", "6-åring med honungsgula krustor runt näsa och mun sedan fyra dagar. Misstänt impetigo, odling tagen. Fucidin kräm x 3 i en vecka."),
    ])], must=[M102],
    why="typo in the hedge ('Misstänt impetigo') in a child's visible note")

add("pri-kard-typo-differentialdiagons-takotsubo", "skane", pat("19520614", "447"), [
    note("n1", "skard", "ekdahl", "Läkaranteckning", "2024-03-20 15:35", 30, [
        ("Aktuellt", "Återbesök efter vårdtillfälle på SUS Malmö för bröstsmärta efter makens död. Kranskärlsröntgen utan stenoser."),
        ("Utredning", "Eko idag: normaliserad vä kammarfunktion, EF 58 %, tidigare apikal akinesi helt i regress."),
        ("Bedömning", "Differentialdiagons takotsubo-kardiomyopati vs myokardit; förloppet passar bäst med takotsubo. Ingen ytterligare utredning."),
    ])], must=[M102],
    why="typo in 'differentialdiagnos' introducing two candidate diagnoses in a visible Bedömning")

add("pri-psyk-typo-mojlgen-social-angest", "vgr", pat("20010822", "057"), [
    note("n1", "vpsy", "olofsson", "Psykologanteckning", "2024-09-25 14:00", 20, [
        ("Bedömning", "Undviker föreläsningar och grupparbeten, rodnar och darrar vid redovisningar, LSAS 78. Möjlgen social ångeststörning, strukturerad intervju nästa gång."),
    ])], must=[M102],
    why="typo in the hedge ('Möjlgen') before a diagnosis in a visible psychologist note")

add("pri-onh-typo-misstakt-peritonsillit", "skane", pat("19970305", "223"), [
    note("n1", "sonh", "falk", "Akutbesök ÖNH", "2024-12-02 16:20", 15, [
        ("Status", "Gapsvårighet, grötigt tal, buktande hö gombåge med uvula förskjuten åt vä."),
        ("Bedömning", "Misstäkt peritonsillit hö. Nålpunktion gav inget pus, Kåvepenin 1 g x 4 i 10 dagar. Ny bedömning om 2 dygn."),
    ])], must=[M102],
    why="typo in the hedge ('Misstäkt peritonsillit') in a visible Bedömning")

add("pri-gyn-pmo-typo-troilg-klamydia", "skane", pat("20040312", "248"), [
    note("n1", "spmo1", "lindh", "Besöksanteckning", "2024-05-27 10:00", 10, [
        ("Aktuellt", "Ökad flytning och sveda efter ny partner. Troilg klamydiainfektion, prov taget, kondom tills svar."),
    ])], must_not=[M102],
    why="PMO note (with a typo, 'Troilg'): hedged diagnoses in PMO are never shown")

add("pri-psyk-pmo-kan-rora-sig-om-utmattning", "skane", pat("19810515", "142"), [
    note("n1", "spmo3", "slind", "Samtalsanteckning", "2024-10-10 15:00", 15, [
        ("Bedömning", "Kognitiv trötthet, sömnstörning och låg stresstolerans efter två år med hög arbetsbelastning. Kan röra sig om utmattningssyndrom, läkarbedömning bokad."),
    ])], must_not=[M102],
    why="'Kan röra sig om utmattningssyndrom' in a PMO note – not shown to the patient")

add("pri-psyk-skane-mall-tidiga-hypoteser-schizotyp", "skane", pat("19990927", "019"), [
    note("n1", "spsy", "karimi", "Tidiga hypoteser", "2024-08-21 11:50", 15, [
        ("Bedömning", "Udda tankeinnehåll om telepatiska förmågor, socialt isolerad, excentrisk klädsel. Möjlig schizotyp personlighetsstörning, behöver följas över tid."),
    ])], must_not=[M102],
    why="Skåne: the hedged diagnosis is written in a note whose template is Tidiga hypoteser")

add("pri-hud-skane-hypotes-kopierad-till-vanlig-anteckning", "skane", pat("19600410", "064"), [
    note("n1", "shud", "sandberg", "Tidiga hypoteser", "2024-05-06 11:05", 10, [
        ("Bedömning", "Långvariga, fläckvisa fjällande plack på höfter och sätesregion som inte svarat på steroider. Misstänkt kutant T-cellslymfom."),
    ]),
    note("n2", "shud", "sandberg", "Läkaranteckning", "2024-05-06 11:20", 15, [
        ("Åtgärd", "Tre stansbiopsier tagna från höger höft. Misstänkt kutant lymfom, klonalitetsanalys begärd."),
    ])], must=[("NL102", "n2")], must_not=[("NL102", "n1")],
    why="Skåne: the same hypothesis is safe in the Tidiga hypoteser template but leaks in the ordinary note written minutes later")

add("pri-hud-vgr-hypotes-bade-skyddad-och-synlig", "vgr", pat("19660712", "232"), [
    note("n1", "vhud", "ahl", "Läkaranteckning", "2024-10-03 14:45", 25, [
        ("Status", "Rödbruna, infiltrerade papler kring näsa och i gamla tatueringar på underarmen. Diaskopi: äppelgeléfärg."),
        ("Bedömning", "Kutan sarkoidos? Biopsi tagen, lungröntgen och ACE beställda."),
        ("Tidiga hypoteser", "Kutan sarkoidos, ev. med lungengagemang."),
    ])], must=[M102],
    why="VGR: the hypothesis is also in the visible Bedömning, so the protected sökord does not help")

add("pri-onh-audiogram-forenligt-med-normal-horsel", "vgr", pat("19900206", "075"), [
    note("n1", "vonh", "sjo", "Audionomanteckning", "2024-01-30 10:30", 10, [
        ("Utredning", "Tonaudiogram och tympanometri: fynden förenliga med normal hörsel bilateralt, A-kurvor. Pat lugnad."),
    ])], must_not=[M102],
    why="'förenliga med' is applied to a normal result, not to a disease")

add("pri-hud-vartor-fler-behandlingar-kan-ej-uteslutas", "vgr", pat("19950811", "323"), [
    note("n1", "vhud2", "wiik", "Läkaranteckning", "2024-11-14 09:20", 10, [
        ("Åtgärd", "Plantara vårtor vä fot, kryobehandling nr 3 idag. Att det behövs ytterligare behandlingar kan ej uteslutas, ny tid om 4 veckor."),
    ])], must_not=[M102],
    why="'kan ej uteslutas' concerns the need for more treatment; the warts are a settled diagnosis")

add("pri-kard-kanske-mer-andfadd-stabil-angina", "skane", pat("19480221", "353"), [
    note("n1", "skard2", "lgnilsson", "Läkaranteckning", "2024-06-13 10:10", 15, [
        ("Aktuellt", "Känd stabil angina pectoris sedan 2016. Möjligen något mer andfådd i backar sedan i våras, svårt för pat att avgöra."),
        ("Planering", "Oförändrad medicinering. Arbetsprov om ett år."),
    ])], must_not=[M102],
    why="the hedge ('Möjligen något mer andfådd') is on a symptom; the angina is settled")

add("pri-hud-biopsi-inte-forenlig-med-psoriasis", "vgr", pat("19860920", "401"), [
    note("n1", "vhud", "thorsen", "Läkaranteckning", "2024-04-25 16:00", 15, [
        ("Provsvar", "PAD från handflatan är inte förenlig med psoriasis, visar kroniskt handeksem."),
        ("Bedömning", "Kroniskt handeksem. Lapptest bokas, Elocon och handskar i våtarbete."),
    ])], must_not=[M102],
    why="'inte förenlig med psoriasis' negates the diagnosis; the eczema is settled")

# ===========================================================================
# Part 9: fler NL101, fler hypoteser, utkast
# ===========================================================================

add("pri-gyn-typo-inte-informerd-atypisk-hyperplasi", "vgr", pat("19630618", "419"), [
    note("n1", "vgyn2", "axelsson", "Läkaranteckning", "2024-02-21 16:40", None, [
        ("PAD-svar", "Endometriebiopsi: atypisk endometriehyperplasi (EIN)."),
        ("Planering", "Pat inte informerd ännu, telefontid fredag. Hysterektomi kommer att rekommenderas."),
    ])], must=[M101],
    why="unsigned draft with a typo in the telling phrase ('inte informerd'); settled precancer visible and untold")

add("pri-psyk-misstankt-ftd-ej-informerad-om-misstanken", "vgr", pat("19610830", "293"), [
    note("n1", "vpsy", "hed", "Läkaranteckning", "2024-03-06 13:20", 40, [
        ("Anamnes", "Hustrun beskriver personlighetsförändring sedan ett år: hämningslös, äter sötsaker hela dagarna, har slutat bry sig om barnbarnen."),
        ("Psykiskt status", "Skämtsam, distanslös, bristande insikt. Inga depressiva symtom. MoCA 24."),
        ("Bedömning", "Misstänkt frontotemporal demens, beteendevariant. Pat är inte informerad om misstanken. "
                      "Remiss minnesmottagningen Mölndal för MR och lumbalpunktion."),
    ])], must=[M101, M102],
    why="visible suspected dementia explicitly not shared with the patient: both a hedged and an untold diagnosis")

add("pri-hud-sle-ska-ej-meddelas-per-telefon", "vgr", pat("19890215", "366"), [
    note("n1", "vhud", "ahl", "Läkaranteckning", "2024-07-24 15:50", 20, [
        ("Provsvar", "ANA 1:1280 homogent, anti-dsDNA 180, lätt sänkt C3. Tillsammans med fotosensitivt utslag och artralgier uppfylls kriterierna för SLE."),
        ("Planering", "Diagnosen ska inte meddelas per telefon; pat har ännu inte fått veta. Besök hos mig 31/7, remiss reumatologen samtidigt."),
    ])], must=[M101], must_not=[M102],
    why="settled SLE written visibly with 'pat har ännu inte fått veta'")

add("pri-onh-stambandscancer-pat-vet-inget", "skane", pat("19530705", "119"), [
    note("n1", "sonh2", "strand", "Läkaranteckning", "2024-09-30 17:30", 20, [
        ("PAD-svar", "Px vä stämband: högt differentierad skivepitelcancer."),
        ("Planering", "Pat vet ännu inget om svaret, han är på sjöresa till 3/10. SVF huvud-hals anmält, besökstid 4/10."),
    ])], must=[M101], must_not=[M102],
    why="settled laryngeal cancer in a visible note while the patient knows nothing yet")

add("pri-onh-normal-mr-ej-meddelad-tinnitus", "vgr", pat("19740108", "152"), [
    note("n1", "vonh", "lundgren", "Läkaranteckning", "2024-05-16 12:30", 10, [
        ("Provsvar", "Ensidig tinnitus hö. MR hjässa utan anmärkning, inget vestibularisschwannom."),
        ("Planering", "Pat ej meddelad ännu, brev skickas idag. Hänvisas till tinnitusskola hos audionom."),
    ])], must_not=[M101, M102],
    why="what is untold is a normal MR; the tumour is explicitly absent")

add("pri-kard-besked-via-1177-last", "vgr", pat("19580403", "288"), [
    note("n1", "vkard2", "mansour", "Läkaranteckning", "2024-08-08 09:35", 10, [
        ("Provsvar", "Eko: lätt mitralisinsufficiens, normal vä kammarfunktion."),
        ("Åtgärd", "Besked om svaret skickat via 1177-meddelande, pat har läst och bekräftat. Nytt eko om tre år."),
    ])], must_not=[M101],
    why="settled finding communicated through a 1177 message that the patient has read")

add("pri-gyn-informerad-vill-beratta-sjalv-for-barnen", "skane", pat("19640229", "357"), [
    note("n1", "sgyn2", "wollin", "Läkaranteckning", "2024-10-24 14:30", 30, [
        ("Bedömning", "Endometriecancer, endometrioid typ grad 1 enligt PAD."),
        ("Åtgärd", "Pat informerad om diagnosen idag och förstår att operation planeras. Hon vill själv berätta för sina vuxna barn, "
                   "som ännu inte vet något. Remiss SVF till SUS Lund."),
    ])], must_not=[M101],
    why="the patient is told; only her children are not")

add("pri-gyn-kan-ej-uteslutas-intermittent-torsion", "skane", pat("19960910", "178"), [
    note("n1", "sgyn", "haddad", "Läkaranteckning", "2024-07-11 11:45", 25, [
        ("Aktuellt", "Tre episoder med plötslig, kraftig smärta hö fossa med illamående, släpper efter ett par timmar."),
        ("Status", "VUL: 6 cm dermoidcysta hö ovarium, normalt flöde idag. Ingen fri vätska."),
        ("Bedömning", "Intermittent ovarialtorsion kan ej uteslutas. Anmäld för laparoskopisk cystektomi på prio 2."),
    ])], must=[M102],
    why="'Intermittent ovarialtorsion kan ej uteslutas' is a hedged diagnosis in a visible section")

add("pri-hud-eventuell-onykomykos-utkast", "skane", pat("19550901", "214"), [
    note("n1", "shud2", "malm", "Sjuksköterskeanteckning", "2024-03-18 10:50", None, [
        ("Åtgärd", "Nagelklipp från stortånaglar bilat skickat för svampodling och PCR enligt dr Petrovićs ordination, eventuell onykomykos."),
    ])], must=[M102],
    why="unsigned nurse draft with 'eventuell onykomykos' in a visible section")

add("pri-kard-ev-langt-qt-syndrom", "vgr", pat("19980101", "346"), [
    note("n1", "vkard", "ryden", "Läkaranteckning", "2024-09-19 14:05", 20, [
        ("Utredning", "Vilo-EKG QTc 486 ms vid två tillfällen, K 4,1, Mg normalt, inga QT-förlängande läkemedel. Syster har svimmat vid väckarklocka."),
        ("Bedömning", "Ev. medfött långt QT-syndrom. Genetisk utredning, undvika QT-förlängande läkemedel, lista utdelad."),
    ])], must=[M102],
    why="'Ev. medfött långt QT-syndrom' in a visible Bedömning")

add("pri-onh-differentialdiagnos-lateral-halscysta", "skane", pat("20000614", "380"), [
    note("n1", "sonh", "falk", "Läkaranteckning", "2024-04-17 09:10", None, [
        ("Status", "Mjuk, oöm, 3 cm resistens framför m. sternocleidomastoideus hö, ingen fistel. Munhåla och epifarynx u.a."),
        ("Bedömning", "Differentialdiagnos: lateral halscysta eller cystisk lymfkörtelmetastas. UL-ledd finnålspunktion bokad."),
    ])], must=[M102],
    why="unsigned draft listing differential diagnoses in a visible Bedömning")

add("pri-gyn-poi-fragetecken-amenorre", "vgr", pat("19920703", "117"), [
    note("n1", "vgyn", "sjoberg", "Mottagningsanteckning", "2024-11-21 10:25", 15, [
        ("Bedömning", "Amenorré 7 mån, vallningar, FSH 62 vid två tillfällen. POI? Kromosomanalys och FMR1 skickas, DXA beställd."),
    ])], must=[M102],
    why="question-mark hedge after an abbreviated diagnosis ('POI?') in a visible section")

add("pri-onh-barn-ev-adenoidhypertrofi", "vgr", pat("20181108", "270"), [
    note("n1", "vonh2", "kowalski", "Läkaranteckning", "2024-12-05 08:30", 10, [
        ("Bedömning", "5-åring som snarkar och munandas nattetid, nasalt tal. Ev. adenoidhypertrofi, epifarynxspegling gick inte att genomföra. Nytt försök om 2 mån."),
    ])], must=[M102],
    why="hedged diagnosis in a young child's visible note (guardians read the journal)")

add("pri-hud-susp-bullos-pemfigoid-aldre", "vgr", pat("19340519", "034"), [
    note("n1", "vhud2", "wiik", "Läkaranteckning", "2024-10-30 13:30", None, [
        ("Status", "Spända blåsor på urtikariell botten, armar och lår, Nikolskys tecken neg. Munslemhinna fri."),
        ("Bedömning", "Susp. bullös pemfigoid. Två stansbiopsier (rutin och IMF), Dermovat kräm två gånger dagligen."),
    ])], must=[M102],
    why="unsigned draft with 'Susp. bullös pemfigoid' in a visible Bedömning")


# ===========================================================================
# Validation and output
# ===========================================================================

CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
RECORD_KEYS = ["patient", "as_of", "notes", "access_events", "conversations", "treatments"]
NOTE_KEYS = ["id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"]
PROTECTED_SKANE_TEMPLATES = {"Tidiga hypoteser"}
SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def luhn_ok(ten):
    return luhn_digit(ten[:9]) == ten[9]


def age_at(birth, when):
    years = when.year - birth.year
    if (when.month, when.day) < (birth.month, birth.day):
        years -= 1
    return years


def in_2024(text):
    return text is not None and text.startswith("2024-")


def validate(cases):
    problems = []
    names = set()
    seen_sentences = {}
    for c in cases:
        name = c["case"]
        where = "case %s" % name
        if name in names:
            problems.append("%s: duplicate case name" % where)
        names.add(name)
        if not name.startswith("pri-"):
            problems.append("%s: name must start with 'pri-'" % where)
        if list(c.keys()) != CASE_KEYS:
            problems.append("%s: keys %s" % (where, list(c.keys())))
        if c["ruleset"] not in ("skane", "vgr"):
            problems.append("%s: unknown ruleset" % where)
        if not c["why"].strip():
            problems.append("%s: empty why" % where)
        rec = c["record"]
        if list(rec.keys()) != RECORD_KEYS:
            problems.append("%s: record keys %s" % (where, list(rec.keys())))
        for k in ("access_events", "conversations", "treatments"):
            if rec[k] != []:
                problems.append("%s: %s must be empty" % (where, k))
        p = rec["patient"]
        m = re.fullmatch(r"(\d{8})-(\d{4})", p["id"])
        if not m:
            problems.append("%s: bad personnummer %s" % (where, p["id"]))
            continue
        if not luhn_ok(m.group(1)[2:] + m.group(2)):
            problems.append("%s: Luhn check fails for %s" % (where, p["id"]))
        bd = p["birth_date"]
        if bd.replace("-", "") != m.group(1):
            problems.append("%s: birth_date does not match personnummer" % where)
        try:
            birth = date.fromisoformat(bd)
        except ValueError:
            problems.append("%s: invalid birth date" % where)
            continue
        if not in_2024(rec["as_of"]):
            problems.append("%s: as_of not in 2024" % where)
        as_of = datetime.fromisoformat(rec["as_of"])
        times = [as_of]
        ids = {}
        for n in rec["notes"]:
            if n["id"] in ids:
                problems.append("%s: duplicate note id %s" % (where, n["id"]))
            ids[n["id"]] = n
            if list(n.keys()) != NOTE_KEYS:
                problems.append("%s: note keys %s" % (where, list(n.keys())))
            if n["system"] not in ("Melior", "PMO"):
                problems.append("%s: unknown system %s" % (where, n["system"]))
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                problems.append("%s: VGR note %s is not Melior" % (where, n["id"]))
            if not in_2024(n["time"]):
                problems.append("%s: note %s time not in 2024" % (where, n["id"]))
            t = datetime.fromisoformat(n["time"])
            times.append(t)
            if n["signed"] is not None:
                if not in_2024(n["signed"]):
                    problems.append("%s: note %s signed not in 2024" % (where, n["id"]))
                elif datetime.fromisoformat(n["signed"]) < t:
                    problems.append("%s: note %s signed before written" % (where, n["id"]))
            if t > as_of:
                problems.append("%s: note %s after as_of" % (where, n["id"]))
            if not n["sections"]:
                problems.append("%s: note %s has no sections" % (where, n["id"]))
            for sec in n["sections"]:
                if list(sec.keys()) != ["keyword", "text"] or not sec["keyword"] or not sec["text"].strip():
                    problems.append("%s: bad section in note %s" % (where, n["id"]))
                for sent in SENTENCE_SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen_sentences and seen_sentences[sent] != (name, n["id"], sec["keyword"]):
                            problems.append("%s: sentence repeated (first in %s): %r"
                                            % (where, seen_sentences[sent][0], sent))
                        else:
                            seen_sentences.setdefault(sent, (name, n["id"], sec["keyword"]))
        for when in times:
            a = age_at(birth, when)
            if 13 <= a <= 15:
                problems.append("%s: patient is %d (13-15 not allowed)" % (where, a))
            if a < 0:
                problems.append("%s: note before birth" % where)
        asserted = set()
        for lst in ("must", "must_not"):
            for item in c[lst]:
                if len(item) != 2:
                    problems.append("%s: bad assertion %s" % (where, item))
                    continue
                code, target = item
                if code not in ("NL101", "NL102"):
                    problems.append("%s: unexpected code %s" % (where, code))
                if target not in ids:
                    problems.append("%s: target %s does not exist" % (where, target))
                    continue
                if (code, target) in asserted:
                    problems.append("%s: %s on %s asserted twice" % (where, code, target))
                asserted.add((code, target))
                system = ids[target]["system"]
                if code == "NL102" and lst == "must" and system != "Melior":
                    problems.append("%s: NL102 must asserted on non-Melior note" % where)
                if code == "NL101" and system == "PMO":
                    problems.append("%s: NL101 asserted on PMO note" % where)
        if not c["must"] and not c["must_not"]:
            problems.append("%s: asserts nothing" % where)
    return problems


def unit_region_problems(cases):
    problems = []
    for c in cases:
        for n in c["record"]["notes"]:
            if n["_region"] != c["ruleset"]:
                problems.append("case %s: note %s unit belongs to %s" % (c["case"], n["id"], n["_region"]))
    return problems


def main():
    problems = unit_region_problems(CASES)
    for c in CASES:
        for n in c["record"]["notes"]:
            n.pop("_region", None)
    problems += validate(CASES)
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        print("%d problem(s); cases.jsonl not written" % len(problems), file=sys.stderr)
        return 1
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "nl1_heldout41_cases.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    rs = {}
    for c in CASES:
        rs[c["ruleset"]] = rs.get(c["ruleset"], 0) + 1
    print("wrote %d cases to %s" % (len(CASES), out))
    print("rulesets: " + ", ".join("%s %d" % kv for kv in sorted(rs.items())))
    for code in ("NL101", "NL102"):
        print("%s must %d must_not %d" % (code, counts.get((code, "must"), 0), counts.get((code, "must_not"), 0)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
