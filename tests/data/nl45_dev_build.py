#!/usr/bin/env python3
"""Independent development set for notelint's 1177 e-service rules (NL402, NL403,
NL406, NL407, NL408) and Stöd och behandling rules (NL502, NL503, NL504, NL505).

Written from the regional routines (shared/seeds/, chiefly the 1177 e-tjänster routine:
"Journalföring", "Stöd och behandling på 1177.se", "Bifogade filer") and the rule
catalog in shared/DESIGN.md only -- no product code, lexicon, cue list or test was read.

Cases are data. `python3 build.py` writes nl45_dev_cases.jsonl beside this file and
validates it; it exits 1 on any problem. No dependencies; deterministic output.
"""
import datetime as dt
import json
import os
import re
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl45_dev_cases.jsonl")

# --------------------------------------------------------------------------- units
# key: (name, system, region). HSA ids are derived deterministically from the name.
UNITS = {
    # Skåne, primary care (PMO)
    "vc_hoor": ("Vårdcentralen Höör", "PMO", "skane"),
    "vc_linero": ("Vårdcentralen Linero, Lund", "PMO", "skane"),
    "vc_mollevangen": ("Vårdcentralen Möllevången, Malmö", "PMO", "skane"),
    "vc_tabelund": ("Vårdcentralen Tåbelund, Eslöv", "PMO", "skane"),
    "vc_nasby": ("Vårdcentralen Näsby, Kristianstad", "PMO", "skane"),
    "vc_sjobo": ("Vårdcentralen Sjöbo", "PMO", "skane"),
    "vc_ystad": ("Vårdcentralen Ystad", "PMO", "skane"),
    "vc_skurup": ("Vårdcentralen Skurup", "PMO", "skane"),
    "vc_kavlinge": ("Vårdcentralen Kävlinge", "PMO", "skane"),
    "vc_bjarred": ("Vårdcentralen Bjärred", "PMO", "skane"),
    "vc_horby": ("Vårdcentralen Hörby", "PMO", "skane"),
    # Skåne, hospitals (Melior)
    "hud_lund": ("Hudmottagningen, Skånes universitetssjukhus Lund", "Melior", "skane"),
    "hud_malmo": ("Hudmottagningen, Skånes universitetssjukhus Malmö", "Melior", "skane"),
    "hud_hbg": ("Hudmottagningen, Helsingborgs lasarett", "Melior", "skane"),
    "psyk_lund": ("Psykiatrimottagning Affektiva, Lund", "Melior", "skane"),
    "psyk_inet": ("Psykiatri Skåne, enheten för internetbehandling Lund", "Melior", "skane"),
    "psyk_hbg": ("Allmänpsykiatrisk mottagning Helsingborg", "Melior", "skane"),
    "gyn_ystad": ("Gynekologimottagningen, Ystads lasarett", "Melior", "skane"),
    "kk_kristianstad": ("Kvinnokliniken, Centralsjukhuset Kristianstad", "Melior", "skane"),
    "ort_hbg": ("Ortopedmottagningen, Helsingborgs lasarett", "Melior", "skane"),
    "hjart_hbg": ("Hjärtmottagningen, Helsingborgs lasarett", "Melior", "skane"),
    "ogon_lund": ("Ögonmottagningen, Skånes universitetssjukhus Lund", "Melior", "skane"),
    "med_malmo": ("Medicinmottagningen, Skånes universitetssjukhus Malmö", "Melior", "skane"),
    "sar_trelleborg": ("Sårmottagningen, Trelleborgs lasarett", "Melior", "skane"),
    "gastro_malmo": ("Gastroenterologiska mottagningen, Skånes universitetssjukhus Malmö", "Melior", "skane"),
    "audio_lund": ("Hörselmottagningen, Skånes universitetssjukhus Lund", "Melior", "skane"),
    # Västra Götaland, primary care (AsynjaVisph)
    "nh_majorna": ("Närhälsan Majorna vårdcentral", "AsynjaVisph", "vgr"),
    "nh_kungalv": ("Närhälsan Kungälv vårdcentral", "AsynjaVisph", "vgr"),
    "nh_lerum": ("Närhälsan Lerum vårdcentral", "AsynjaVisph", "vgr"),
    "nh_torslanda": ("Närhälsan Torslanda vårdcentral", "AsynjaVisph", "vgr"),
    "nh_biskopsgarden": ("Närhälsan Biskopsgården vårdcentral", "AsynjaVisph", "vgr"),
    "nh_frolunda_bvc": ("Närhälsan Frölunda barnavårdscentral", "AsynjaVisph", "vgr"),
    "nh_savedalen": ("Närhälsan Sävedalen vårdcentral", "AsynjaVisph", "vgr"),
    "nh_stenungsund": ("Närhälsan Stenungsund vårdcentral", "AsynjaVisph", "vgr"),
    "nh_molnlycke": ("Närhälsan Mölnlycke vårdcentral", "AsynjaVisph", "vgr"),
    "nh_lundby": ("Närhälsan Lundby vårdcentral", "AsynjaVisph", "vgr"),
    "nh_angered": ("Närhälsan Angered vårdcentral", "AsynjaVisph", "vgr"),
    "nh_psykolog": ("Närhälsan Psykologenheten Mölndal", "AsynjaVisph", "vgr"),
    # Västra Götaland, hospitals (Melior)
    "ort_skovde": ("Ortopedmottagningen, Skaraborgs Sjukhus Skövde", "Melior", "vgr"),
    "ort_molndal": ("Ortopedmottagningen, Sahlgrenska Universitetssjukhuset Mölndal", "Melior", "vgr"),
    "ort_uddevalla": ("Ortopedmottagningen, NU-sjukvården Uddevalla", "Melior", "vgr"),
    "hud_su": ("Hudkliniken, Sahlgrenska Universitetssjukhuset", "Melior", "vgr"),
    "barn_nal": ("Barn- och ungdomsmedicinska mottagningen, NU-sjukvården Trollhättan", "Melior", "vgr"),
    "onh_nu": ("Öron-näsa-halsmottagningen, NU-sjukvården Trollhättan", "Melior", "vgr"),
    "onh_su": ("Öron-näsa-halsmottagningen, Sahlgrenska Universitetssjukhuset", "Melior", "vgr"),
    "med_alingsas": ("Medicinmottagningen, Alingsås lasarett", "Melior", "vgr"),
    "kir_sas": ("Kirurgmottagningen, Södra Älvsborgs Sjukhus Borås", "Melior", "vgr"),
    "psyk_boras": ("Psykiatrisk öppenvårdsmottagning, Södra Älvsborgs Sjukhus Borås", "Melior", "vgr"),
    "psyk_molndal": ("Psykiatrisk öppenvårdsmottagning Mölndal, Sahlgrenska Universitetssjukhuset", "Melior", "vgr"),
    "audio_su": ("Audiologiska mottagningen, Sahlgrenska Universitetssjukhuset", "Melior", "vgr"),
    "kk_sas": ("Kvinnokliniken, Södra Älvsborgs Sjukhus Borås", "Melior", "vgr"),
}
HSA_PREFIX = {"skane": "SE2321000255-", "vgr": "SE2321000131-"}


def unit(key):
    name, _system, region = UNITS[key]
    return {"name": name, "hsa_id": HSA_PREFIX[region] + str(1000 + zlib.crc32(name.encode("utf-8")) % 9000)}


# --------------------------------------------------------------------------- helpers
_serial = [0]


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return str((10 - total % 10) % 10)


def pat(birth, sex):
    """birth 'YYYY-MM-DD', sex 'f'/'m'. Serial number deterministic by call order."""
    _serial[0] += 1
    n = (_serial[0] * 37 + 211) % 900 + 100  # 100..999
    third = n % 10
    if (sex == "m") != (third % 2 == 1):
        n = n - 1 if n % 10 else n + 1
    s = "%03d" % n
    ymd = birth.replace("-", "")
    check = luhn_digit(ymd[2:] + s)
    return {"id": "%s-%s%s" % (ymd, s, check), "birth_date": birth, "protected_identity": False}


def iso(t):
    if t is None:
        return None
    t = t.replace(" ", "T")
    if len(t) == 10:
        return t
    if len(t) == 16:
        t += ":00"
    return t


def _parse(t):
    if len(t) == 10:
        return dt.datetime.strptime(t, "%Y-%m-%d")
    return dt.datetime.strptime(t, "%Y-%m-%dT%H:%M:%S")


def note(nid, ukey, template, author, time, sections, refs=(), signed=35, setting="öppenvård"):
    """author = (name, role); sections = [(keyword, text)]; signed = minutes after time or None (draft)."""
    t = iso(time)
    s = None
    if signed is not None:
        s = (_parse(t) + dt.timedelta(minutes=signed)).strftime("%Y-%m-%dT%H:%M:%S")
    return {
        "id": nid, "system": UNITS[ukey][1], "template": template, "unit": unit(ukey),
        "author": {"name": author[0], "role": author[1]},
        "time": t, "signed": s, "setting": setting, "refs": list(refs),
        "sections": [{"keyword": k, "text": x} for k, x in sections],
    }


SENDER = {"p": "patient", "s": "staff"}


def conv(cid, ctype, ukey, opened, handled, msgs, atts=(), care=True):
    """msgs = [('p'|'s', time, text)]; atts = [(name, kind)]."""
    return {
        "id": cid, "type": ctype, "unit": unit(ukey), "opened": iso(opened), "handled": iso(handled),
        "concerns_care": care,
        "messages": [{"sender": SENDER[s], "time": iso(t), "text": x} for s, t, x in msgs],
        "attachments": [{"name": n, "kind": k} for n, k in atts],
    }


def trt(tid, program, ukey, status, start, end, msgs=()):
    return {
        "id": tid, "program": program, "unit": unit(ukey), "status": status,
        "start": iso(start), "end": iso(end),
        "messages": [{"sender": SENDER[s], "time": iso(t), "text": x} for s, t, x in msgs],
    }


CASES = []


def case(name, ruleset, patient, notes, convs=(), trts=(), must=(), must_not=(), why=""):
    CASES.append({
        "case": name, "ruleset": ruleset,
        "record": {"patient": patient, "as_of": None, "notes": list(notes), "access_events": [],
                   "conversations": list(convs), "treatments": list(trts)},
        "must": [list(x) for x in must], "must_not": [list(x) for x in must_not], "why": why,
    })


# authors
SSK = "sjuksköterska"
DSK = "distriktssköterska"
LAK = "läkare"
PSY = "psykolog"
BM = "barnmorska"
KUR = "kurator"

# =========================================================================== NL402
# A note documenting a 1177 case (refs -> case) with no summary of why the patient
# made contact. Routine 000 §2: "Patientens kontaktorsak ska sammanfattas i journalen."

case("402p-uvi-bed-atg-utan-orsak", "skane", pat("1991-02-17", "f"),
     [note("n1", "vc_hoor", "Rådgivning", ("Lena Persson", SSK), "2024-05-06 10:18", [
         ("Bedömning", "Opåverkad enl. meddelandet, afebril. Kan avvakta till imorgon."),
         ("Åtgärd", "U-sticka och odling bokad 7/5 kl 08.30. Info om att höra av sig vid feber eller flanksmärta."),
     ], refs=["1177-50211"])],
     [conv("1177-50211", "Rådgivning", "vc_hoor", "2024-05-06 07:42", "2024-05-06 10:15", [
         ("p", "2024-05-06 07:42", "Hej! Det svider när jag kissar sen i söndags och jag måste springa på toa hela tiden. Har ingen feber. Kan jag få tid eller nåt?"),
         ("s", "2024-05-06 10:12", "Hej! Vi har bokat en tid för urinprov i morgon tisdag kl 08.30. Drick gärna lite extra. Får du feber eller ont i ryggen ska du ringa oss eller 1177. Hälsningar Lena, sjuksköterska"),
     ])],
     must=[("NL402", "n1")],
     why="Note has Bedömning and Åtgärd but never says why she wrote (sveda, täta trängningar).")

case("402p-kontaktorsak-bara-kanal", "vgr", pat("1979-07-30", "m"),
     [note("n1", "nh_majorna", "Kontakt via 1177", ("Sara Holm", DSK), "2024-06-11 14:02", [
         ("Kontaktorsak", "Meddelande via 1177 e-tjänster."),
         ("Bedömning", "Ingen indikation för antibiotika i nuläget."),
         ("Åtgärd", "Egenvårdsråd enl. svar i 1177, ny kontakt vb."),
     ], refs=["1177-61877"])],
     [conv("1177-61877", "Rådgivning", "nh_majorna", "2024-06-11 08:20", "2024-06-11 13:55", [
         ("p", "2024-06-11 08:20", "hej, jag fick en fästing i knävecket igår och nu är det rött runt, ungefär som en enkrona. behöver jag göra något?"),
         ("s", "2024-06-11 13:50", "Hej! En liten rodnad direkt efter bettet är vanligt och går oftast över av sig själv. Ta gärna en bild varje dag. Om rodnaden växer och blir större än en femkrona, eller om du får feber, kontakta oss igen."),
     ])],
     must=[("NL402", "n1")],
     why="The Kontaktorsak heading only names the channel (1177), not the reason (fästingbett, rodnad).")

case("402p-hud-svar-skickat-oforandrad-beh", "skane", pat("1968-11-04", "f"),
     [note("n1", "hud_lund", "Mottagningsanteckning", ("Erik Wallin", LAK), "2024-03-19 16:10", [
         ("Bedömning", "Kan fortsätta som tidigare."),
         ("Åtgärd", "Svar via 1177. Oförändrad behandling, ÅB enl. plan i sept."),
     ], refs=["1177-30456"])],
     [conv("1177-30456", "Kontakta mottagningen", "hud_lund", "2024-03-18 19:31", "2024-03-19 16:05", [
         ("p", "2024-03-18 19:31", "Hej, jag ska dra ut en visdomstand nästa vecka. Måste jag göra uppehåll med metotrexaten? Mvh Ingrid"),
         ("s", "2024-03-19 16:02", "Hej Ingrid, du behöver inte göra uppehåll med metotrexat inför en tandutdragning. Fortsätt som vanligt och berätta för tandläkaren vilken medicin du tar."),
     ])],
     must=[("NL402", "n1")],
     why="Doctor's note gives assessment and action but not the question (uppehåll med MTX inför tandextraktion).")

case("402p-vh-feber-barn-utan-orsak", "skane", pat("2022-10-09", "f"),
     [note("n1", "vc_tabelund", "Rådgivning", ("Karin Olsson", DSK), "2024-04-23 11:40", [
         ("Bedömning", "Allmäntillstånd gott enl. mamma, dricker ordentligt. Kan avvakta hemma."),
         ("Åtgärd", "Egenvårdsråd, info om varningstecken. Ny kontakt imorgon vb."),
     ], refs=["1177-44102"])],
     [conv("1177-44102", "Rådgivning", "vc_tabelund", "2024-04-23 07:05", "2024-04-23 11:35", [
         ("p", "2024-04-23 07:05", "Hej min dotter Alva 1,5 år har haft feber 38,5-39 sen i går, hon äter dåligt men dricker. Hon är lite gnällig. ska vi komma in?"),
         ("s", "2024-04-23 11:30", "Hej! Ge febernedsättande vid behov och erbjud dryck ofta. Om hon slutar dricka, blir slö eller får svårt att andas ska ni söka akut. Ring oss i morgon om hon fortfarande har feber."),
     ])],
     must=[("NL402", "n1")],
     why="Guardian's message about a febrile toddler; the note never states the fever or why the mother wrote.")

case("402p-utkast-ortoped-endast-tidbokning", "vgr", pat("1957-05-22", "m"),
     [note("n1", "ort_skovde", "Sjuksköterskeanteckning", ("Jonas Ek", SSK), "2024-08-14 09:30", [
         ("Åtgärd", "Tid bokad på mottagningen 15/8 kl 10.20, ssk + ev. läk."),
         ("Bedömning", "Behöver ses. Ej akut."),
     ], refs=["1177-71993"], signed=None)],
     [conv("1177-71993", "Kontakta mottagningen", "ort_skovde", "2024-08-13 21:14", "2024-08-14 09:25", [
         ("p", "2024-08-13 21:14", "Hej. Opererade min fot för 3 veckor sen. Nu har det kommit lite vätska ur ärret och det är rött runt ena stygnet, ska jag oroa mig?"),
         ("s", "2024-08-14 09:20", "Hej, vi vill gärna titta på det. Du har fått en tid i morgon torsdag 10.20 hos sjuksköterska på mottagningen."),
     ])],
     must=[("NL402", "n1")],
     why="Unsigned draft (pre-signing) documenting a 1177 case with only time booking and a bare assessment, no contact reason.")

case("402p-psyk-litium-prover-utan-orsak", "skane", pat("1984-01-28", "f"),
     [note("n1", "psyk_lund", "Sjuksköterskeanteckning", ("Sara Lindgren", SSK), "2024-02-07 13:20", [
         ("Bedömning", "Kontrollera serumkoncentration innan ev. dosjustering."),
         ("Åtgärd", "S-litium, TSH och krea beställt, pat går på prov torsdag morgon. Besked när svar finns."),
     ], refs=["1177-21560"])],
     [conv("1177-21560", "Kontakta mottagningen", "psyk_lund", "2024-02-06 22:47", "2024-02-07 13:15", [
         ("p", "2024-02-06 22:47", "Hej Sara. Jag har varit så trött sen vi höjde litiumet, jag somnar på eftermiddagarna och händerna darrar mer än förut. Är det normalt?"),
         ("s", "2024-02-07 13:10", "Hej! Tack för att du hör av dig. Vi vill ta ett litiumvärde innan vi ändrar något. Gå gärna på provtagning på torsdag morgon, 12 timmar efter kvällsdosen."),
     ])],
     must=[("NL402", "n1")],
     why="Psychiatric nurse documents lab orders but not the complaint (trötthet, ökad tremor efter dosökning).")

case("402p-vc-akut-tid-endast-atgard", "vgr", pat("1995-09-12", "m"),
     [note("n1", "nh_kungalv", "Kontakt via 1177", ("Maria Nyberg", SSK), "2024-10-02 08:05", [
         ("Åtgärd", "Akut tid bokad idag 13.40 hos dr Nilsson."),
     ], refs=["1177-90014"])],
     [conv("1177-90014", "Rådgivning", "nh_kungalv", "2024-10-02 06:51", "2024-10-02 08:00", [
         ("p", "2024-10-02 06:51", "hej ja har fått nåt i ögat tror jag, det skaver och rinner sen i morse, jobbar med slipning"),
         ("s", "2024-10-02 07:58", "Hej! Kom till oss i dag kl 13.40, ta inte på ögat och använd inte linser."),
     ])],
     must=[("NL402", "n1")],
     why="Telegraphic note with only an action line; the reason (främmande kropp i ögat vid slipning) is absent.")

case("402n-kontaktorsak-rubrik-halsont", "skane", pat("1988-03-03", "f"),
     [note("n1", "vc_sjobo", "Rådgivning", ("Anna Berg", SSK), "2024-01-15 11:02", [
         ("Kontaktorsak", "Halsont 4 d, sväljsvårigheter, feber 38,7 igår. Ej snuva/hosta."),
         ("Bedömning", "Centorkriterier möjligen uppfyllda, behöver us."),
         ("Åtgärd", "Tid idag 15.20 för Strep A + us hos dl."),
     ], refs=["1177-10733"])],
     [conv("1177-10733", "Rådgivning", "vc_sjobo", "2024-01-15 06:40", "2024-01-15 10:58", [
         ("p", "2024-01-15 06:40", "Hej, har haft jätteont i halsen i 4 dagar och svårt att svälja, feber 38,7 igår. Inga förkylningssymtom. Vad gör jag?"),
         ("s", "2024-01-15 10:55", "Hej! Vi vill undersöka dig, du har fått en tid i dag 15.20."),
     ])],
     must_not=[("NL402", "n1")],
     why="Classic Kontaktorsak heading with a telegraphic summary of the symptoms.")

case("402n-aktuellt-pga-kna", "vgr", pat("1963-12-01", "m"),
     [note("n1", "nh_lerum", "Kontakt via 1177", ("Helena Strand", DSK), "2024-03-04 09:47", [
         ("Aktuellt", "Pat skriver via 1177 pga svullet hö knä efter fall i trappa i lördags, svårt att böja."),
         ("Bedömning", "Behöver us. Ej akut, kan belasta."),
         ("Åtgärd", "Tid hos dl tisdag 10.00."),
     ], refs=["1177-25118"])],
     [conv("1177-25118", "Rådgivning", "nh_lerum", "2024-03-03 18:22", "2024-03-04 09:40", [
         ("p", "2024-03-03 18:22", "Hej jag ramla i trappan i lördags och slog knät, nu är det svullet och jag kan knappt böja det. Vad ska jag göra?"),
         ("s", "2024-03-04 09:38", "Hej! Vi vill att en läkare tittar på knät, du har fått tid på tisdag kl 10. Högläge och kyla hjälper mot svullnaden."),
     ])],
     must_not=[("NL402", "n1")],
     why="Reason given under Aktuellt in abbreviated form ('Pat skriver via 1177 pga ...').")

case("402n-undrar-om-ipren-och-eliquis", "skane", pat("1948-06-19", "f"),
     [note("n1", "vc_mollevangen", "Rådgivning", ("Fatima Ali", SSK), "2024-09-09 14:31", [
         ("Anteckning", "Undrar om hon kan ta ibuprofen mot ryggvärk samtidigt som apixaban. Avrådes pga ökad blödningsrisk, rek. paracetamol max 4 g/d. Ny kontakt om ej bättre inom 1 v."),
     ], refs=["1177-81200"])],
     [conv("1177-81200", "Rådgivning", "vc_mollevangen", "2024-09-09 09:12", "2024-09-09 14:25", [
         ("p", "2024-09-09 09:12", "Hej! Jag har ont i ryggen och undrar om jag kan ta Ipren fast jag äter Eliquis? Hälsningar Birgitta"),
         ("s", "2024-09-09 14:20", "Hej Birgitta, nej, Ipren ska du inte ta tillsammans med Eliquis eftersom risken för blödning ökar. Ta Alvedon istället, högst 4 gram per dygn."),
     ])],
     must_not=[("NL402", "n1")],
     why="No headings; the question ('Undrar om hon kan ta ibuprofen ...') is the contact reason in free text.")

case("402n-vh-omvand-ordning-astma", "vgr", pat("2019-04-14", "m"),
     [note("n1", "barn_nal", "Telefonanteckning", ("Linnea Åberg", SSK), "2024-11-20 15:12", [
         ("Åtgärd", "Flutide ökas till 125 mikrog 1x2 i 4 v, nytt recept. ÅB astmasjuksköterska om 4 v."),
         ("Bedömning", "Försämrad astmakontroll efter infektion."),
         ("Kontaktorsak", "Mamma skriver via 1177 om nattlig hosta sedan 2 v, ökat behov av Ventoline."),
     ], refs=["1177-96620"])],
     [conv("1177-96620", "Kontakta mottagningen", "barn_nal", "2024-11-20 08:03", "2024-11-20 15:05", [
         ("p", "2024-11-20 08:03", "Hej, Elias hostar mycket på nätterna sen förkylningen för 2 veckor sen och använder Ventoline flera gånger per dag. Ska vi öka Flutiden?"),
         ("s", "2024-11-20 15:00", "Hej! Efter samråd med läkaren ökar vi Flutide till 125 mikrogram morgon och kväll i fyra veckor. Receptet är skickat."),
     ])],
     must_not=[("NL402", "n1")],
     why="Contact reason present but placed last, after Åtgärd and Bedömning.")

case("402n-sokorsak-lappblasor", "skane", pat("1976-08-25", "f"),
     [note("n1", "vc_ystad", "Journalanteckning", ("Per Johansson", LAK), "2024-07-01 13:44", [
         ("Sökorsak", "Recidiv av läppblåsor, önskar valaciklovir som tidigare."),
         ("Bedömning", "Typisk anamnes, tidigare god effekt."),
         ("Åtgärd", "Recept valaciklovir 500 mg skickat till apotek. Info via 1177."),
     ], refs=["1177-60548"])],
     [conv("1177-60548", "Rådgivning", "vc_ystad", "2024-07-01 07:58", "2024-07-01 13:40", [
         ("p", "2024-07-01 07:58", "hej har fått en blåsa på läppen igen och det stickar, kan jag få recept på sån tablett som jag fick förra gången?"),
     ])],
     must_not=[("NL402", "n1")],
     why="'Sökorsak' (PMO synonym for kontaktorsak) summarises the lay message.")

case("402n-fragestallning-handeksem", "vgr", pat("1990-01-09", "f"),
     [note("n1", "hud_su", "Mottagningsanteckning", ("Olof Sandberg", LAK), "2024-02-26 16:25", [
         ("Frågeställning", "Pat önskar förnyad kortisonkräm pga skov av handeksem efter ny anställning på förskola."),
         ("Bedömning", "Känt handeksem, skov sannolikt pga vått arbete."),
         ("Åtgärd", "Recept Elocon kräm. Råd om handskar och mjukgörande, ny kontakt om ej bättre på 3 v."),
     ], refs=["1177-19877"])],
     [conv("1177-19877", "Kontakta mottagningen", "hud_su", "2024-02-25 20:40", "2024-02-26 16:20", [
         ("p", "2024-02-25 20:40", "Hej, jag har fått små blåsor i handflatorna igen efter att jag börjat jobba på förskolan. Krämen ni skrev ut förra gången är slut, kan jag få mer?"),
     ])],
     must_not=[("NL402", "n1")],
     why="Reason documented under the heading 'Frågeställning'.")

case("402n-barnmorska-blodning-efter-spiral", "skane", pat("1993-10-30", "f"),
     [note("n1", "gyn_ystad", "Sjuksköterskeanteckning", ("Malin Kjellberg", BM), "2024-05-28 10:50", [
         ("Anteckning", "Hör av sig via 1177: lätt blödning 1 v efter spiraluttag, ingen smärta. Bed: förväntat, kan pågå upp till 2 v. Åtg: info via 1177, ny kontakt om riklig blödning, feber el. buksmärta."),
     ], refs=["1177-55412"])],
     [conv("1177-55412", "Kontakta mottagningen", "gyn_ystad", "2024-05-27 17:33", "2024-05-28 10:45", [
         ("p", "2024-05-27 17:33", "Hej! jag blöder fortfarande lite en vecka efter att jag tog bort spiralen, är det normalt? Har inte ont."),
         ("s", "2024-05-28 10:40", "Hej! Det är vanligt med lite blödning en tid efter att spiralen tagits ut. Hör av dig om blödningen blir riklig eller om du får feber eller ont i magen."),
     ])],
     must_not=[("NL402", "n1")],
     why="Midwife's one-paragraph note, reason after 'Hör av sig via 1177:'.")

case("402n-fragar-ang-provsvar-jarn", "vgr", pat("1986-04-02", "f"),
     [note("n1", "nh_torslanda", "Kontakt via 1177", ("Ida Lund", DSK), "2024-04-16 10:31", [
         ("Aktuellt", "Frågar ang. provsvar efter järnbehandling."),
         ("Bedömning", "Hb 128 (tidigare 109), ferritin 35. Förbättrat."),
         ("Åtgärd", "Svar via 1177. Fortsätter Niferex 1x1 ytterligare 2 mån, nya prover i juni."),
     ], refs=["1177-39025"])],
     [conv("1177-39025", "Provsvar", "nh_torslanda", "2024-04-15 12:08", "2024-04-16 10:25", [
         ("p", "2024-04-15 12:08", "Hej! Har ni fått svar på blodproverna jag tog förra veckan? Vill veta om järnet är bättre nu"),
         ("s", "2024-04-16 10:20", "Hej! Ditt blodvärde har stigit från 109 till 128 och järndepåerna är bättre. Fortsätt med tabletterna två månader till, sedan tar vi nya prover i juni."),
     ])],
     must_not=[("NL402", "n1")],
     why="Short contact reason 'Frågar ang. provsvar ...' with abbreviation ang.")

# =========================================================================== NL403
# A note documenting a 1177 case that lacks assessment or action. Routine 000 §2:
# "Vårdpersonalens bedömning, åtgärd och resultat dokumenteras på samma sätt som om
# patienten kontaktat vården på annat sätt."

case("403p-bara-kontaktorsak-utslag-amoxicillin", "skane", pat("1999-12-12", "f"),
     [note("n1", "vc_linero", "Rådgivning", ("Emma Nilsson", SSK), "2024-03-11 12:15", [
         ("Kontaktorsak", "Kliande röda prickar på bål och armar, insatt amoxicillin i torsdags pga otit."),
     ], refs=["1177-28311"])],
     [conv("1177-28311", "Rådgivning", "vc_linero", "2024-03-11 08:44", "2024-03-11 12:10", [
         ("p", "2024-03-11 08:44", "Hej, jag har fått kliande röda prickar på magen och armarna. Började med Amoxicillin i torsdags för öroninflammation."),
         ("s", "2024-03-11 12:05", "Hej! Gör ett uppehåll med amoxicillinet tills vidare, vi har bokat en tid för dig i dag kl 14.00 så att läkaren kan titta på utslagen."),
     ])],
     must=[("NL403", "n1")],
     why="Only the contact reason is documented; the assessment and action (uppehåll, bokad tid) are only in the 1177 reply.")

case("403p-orsak-bed-utan-atgard-hosta", "vgr", pat("1971-06-06", "m"),
     [note("n1", "nh_biskopsgarden", "Kontakt via 1177", ("Amira Haddad", DSK), "2024-02-12 15:40", [
         ("Kontaktorsak", "Hosta 3 v, afebril, icke-rökare."),
         ("Bedömning", "Trol. postinfektiös hosta, opåverkad enl. beskrivning."),
     ], refs=["1177-18409"])],
     [conv("1177-18409", "Rådgivning", "nh_biskopsgarden", "2024-02-12 07:15", "2024-02-12 15:35", [
         ("p", "2024-02-12 07:15", "hej, hostat i tre veckor nu, inte feber, men det går inte över. röker inte. behöver jag komma in?"),
     ])],
     must=[("NL403", "n1")],
     why="Contact reason and assessment, but nothing about what was done or advised.")

case("403p-orsak-atgard-utan-bedomning-yrsel", "skane", pat("1955-02-20", "f"),
     [note("n1", "vc_nasby", "Rådgivning", ("Ulrika Bengtsson", DSK), "2024-02-21 09:12", [
         ("Aktuellt", "Yrsel 2 d vid lägesändring i säng, snurrkänsla några sek, illamående."),
         ("Åtgärd", "Tid bokad hos läk 22/2 kl 09.40."),
     ], refs=["1177-17660"])],
     [conv("1177-17660", "Rådgivning", "vc_nasby", "2024-02-21 06:30", "2024-02-21 09:05", [
         ("p", "2024-02-21 06:30", "Hej, jag har haft yrsel i två dagar när jag vänder mig i sängen, allt snurrar i några sekunder. Mår illa. Ska jag oroa mig?"),
     ])],
     must=[("NL403", "n1")],
     why="Reason and action (booked time) documented, but the nurse's assessment is missing.")

case("403p-ortoped-gips-anamnes-utan-bed-atg", "vgr", pat("1982-09-18", "f"),
     [note("n1", "ort_molndal", "Sjuksköterskeanteckning", ("Karl Fransson", SSK), "2024-06-27 11:20", [
         ("Aktuellt", "Pat undrar hur länge gipset ska sitta, besvärande klåda under gipset."),
         ("Anamnes", "Distal radiusfraktur vä, gipsad 12/6. Ingen domning i fingrar enl. pat."),
     ], refs=["1177-58240"])],
     [conv("1177-58240", "Kontakta mottagningen", "ort_molndal", "2024-06-26 16:02", "2024-06-27 11:15", [
         ("p", "2024-06-26 16:02", "Hej! Jag har gips på vänster handled sedan 12 juni. Hur länge till ska det sitta på? Det kliar något fruktansvärt."),
         ("s", "2024-06-27 11:10", "Hej! Gipset ska sitta fem veckor, du har en tid för gipsborttagning och röntgen den 17 juli. Stoppa inte ner något under gipset för att klia."),
     ])],
     must=[("NL403", "n1")],
     why="Reason plus background, but neither assessment nor action is in the note.")

case("403p-psyk-forsamring-endast-orsak", "skane", pat("1989-08-08", "m"),
     [note("n1", "psyk_hbg", "Sjuksköterskeanteckning", ("Therese Mattsson", SSK), "2024-10-14 10:05", [
         ("Kontaktorsak", "Pat meddelar via 1177 försämrat mående sedan 1 v, sover 3–4 h/natt, orkar ej gå ut."),
     ], refs=["1177-88120"])],
     [conv("1177-88120", "Kontakta mottagningen", "psyk_hbg", "2024-10-13 23:10", "2024-10-14 10:00", [
         ("p", "2024-10-13 23:10", "Hej. Jag mår sämre igen sen förra veckan. Sover 3-4 timmar per natt och orkar inte gå ut. Vet inte vad jag ska göra."),
         ("s", "2024-10-14 09:55", "Hej, tack för att du hör av dig. Jag ringer dig i eftermiddag efter kl 13 så pratar vi om hur du mår."),
     ])],
     must=[("NL403", "n1")],
     why="Psychiatric contact about worsening documented with the reason only; no assessment or plan.")

case("403p-utkast-bvc-ej-bedomt", "vgr", pat("2023-11-02", "m"),
     [note("n1", "nh_frolunda_bvc", "Rådgivning", ("Johanna Ström", DSK), "2024-06-03 13:30", [
         ("Kontaktorsak", "Mamma beskriver torra kliande fläckar på kinder och i armveck hos 7 mån gammal son, smörjer med babylotion."),
         ("Status", "Ej undersökt, endast 1177-meddelande."),
     ], refs=["1177-52107"], signed=None)],
     [conv("1177-52107", "Rådgivning", "nh_frolunda_bvc", "2024-06-03 09:01", "2024-06-03 13:25", [
         ("p", "2024-06-03 09:01", "hej, min son 7 månader har fått torra fläckar på kinderna och i armvecken som han kliar på. vi smörjer med vanlig babylotion."),
     ])],
     must=[("NL403", "n1")],
     why="Draft BVC note: reason and 'ej undersökt', no assessment and no action.")

case("403p-hjartklappning-lang-anamnes", "skane", pat("1950-03-27", "m"),
     [note("n1", "hjart_hbg", "Sjuksköterskeanteckning", ("Camilla Rosén", SSK), "2024-08-19 14:48", [
         ("Kontaktorsak", "Hjärtklappning nästan dagligen sedan 1 v, oregelbunden, duration upp till 30 min."),
         ("Aktuellt", "Känt paroxysmalt förmaksflimmer. Tar Eliquis 5 mg x2 och Metoprolol 50 mg x1 enl. ordination. Lätt ansträngningsdyspné i trappor, ingen bröstsmärta, ingen synkope."),
     ], refs=["1177-74481"])],
     [conv("1177-74481", "Kontakta mottagningen", "hjart_hbg", "2024-08-18 20:16", "2024-08-19 14:40", [
         ("p", "2024-08-18 20:16", "Hej! Jag har haft hjärtklappning nästan varje kväll senaste veckan, oregelbundet och snabbt, ibland i en halvtimme. Tar mina Eliquis och Metoprolol som vanligt. Lite andfådd i trappor."),
     ])],
     must=[("NL403", "n1")],
     why="Detailed reason and current medication, but the note stops before any assessment or action.")

case("403p-onh-postop-blodning-bara-orsak", "vgr", pat("2001-05-05", "f"),
     [note("n1", "onh_nu", "Sjuksköterskeanteckning", ("Petra Olausson", SSK), "2024-09-24 08:40", [
         ("Anteckning", "Pat skriver via 1177 dag 6 postop tonsillektomi: liten blödning ca 1 tsk i morse, nu avstannad."),
     ], refs=["1177-86655"])],
     [conv("1177-86655", "Kontakta mottagningen", "onh_nu", "2024-09-24 06:12", "2024-09-24 08:35", [
         ("p", "2024-09-24 06:12", "Hej, opererade halsmandlarna för 6 dagar sen. Idag spottade jag lite blod, typ en tesked, nu har det slutat. Ska jag komma in?"),
         ("s", "2024-09-24 08:30", "Hej! Ring oss direkt på mottagningens nummer så pratar vi om det. Om det börjar blöda igen ska du åka till akuten direkt."),
     ])],
     must=[("NL403", "n1")],
     why="Post-tonsillectomy bleeding documented as a reason only; no assessment, no action.")

case("403n-fulla-rubriker-oronvark", "skane", pat("1985-11-23", "m"),
     [note("n1", "vc_hoor", "Rådgivning", ("Sofie Andersson", SSK), "2024-01-29 10:22", [
         ("Kontaktorsak", "Öronvärk vä sedan igår, nedsatt hörsel, nyligen förkyld."),
         ("Bedömning", "Trol. tubarkatarr, opåverkad, afebril."),
         ("Åtgärd", "Egenvårdsråd: avsvällande nässpray, smärtlindring. Ny kontakt om feber eller försämring efter 2–3 d."),
         ("Resultat", "Pat nöjd med råden."),
     ], refs=["1177-13001"])],
     [conv("1177-13001", "Rådgivning", "vc_hoor", "2024-01-29 07:50", "2024-01-29 10:18", [
         ("p", "2024-01-29 07:50", "Hej! Jag har fått ont i vänster öra sen igår och hör sämre. Var förkyld förra veckan."),
         ("s", "2024-01-29 10:10", "Hej! Det låter som att örat är påverkat av förkylningen. Prova nässpray med avsvällande effekt och ta värktabletter vid behov."),
         ("p", "2024-01-29 10:16", "Ok tack, då testar jag det"),
     ])],
     must_not=[("NL403", "n1")],
     why="Kontaktorsak, Bedömning, Åtgärd and Resultat all present under standard headings.")

case("403n-forkortningar-bed-atg-uvi", "vgr", pat("1990-07-07", "f"),
     [note("n1", "nh_savedalen", "Kontakt via 1177", ("Nora Eliasson", DSK), "2024-07-22 11:35", [
         ("Anteckning", "Dysuri + makroskopisk hematuri sedan igår, afebril. Bed: okompl. nedre UVI. Åtg: Selexid 200 mg 1x3 i 3 d, recept skickat. Ny kontakt vid feber/flanksmärta."),
     ], refs=["1177-66300"])],
     [conv("1177-66300", "Rådgivning", "nh_savedalen", "2024-07-22 08:01", "2024-07-22 11:30", [
         ("p", "2024-07-22 08:01", "Hej har ont när jag kissar o lite blod i urinen. har ingen feber. 34 år"),
         ("s", "2024-07-22 11:25", "Hej! Vi har skickat ett recept på Selexid till apoteket, en tablett tre gånger om dagen i tre dagar. Hör av dig om du får feber eller ont i ryggen."),
     ])],
     must_not=[("NL403", "n1")],
     why="Telegraphic one-liner with 'Bed:' and 'Åtg:' abbreviations.")

case("403n-fritext-utan-rubriker-migran", "skane", pat("1980-04-16", "f"),
     [note("n1", "vc_skurup", "Journalanteckning", ("Hanna Möller", DSK), "2024-03-06 15:55", [
         ("Anteckning", "Pat hör av sig via 1177, tätare migränanfall ca 3 d/v, sumatriptan ger sämre effekt. Bedömer att profylax bör övervägas och att pat behöver träffa läkare. Bokar tid för läkarbesök 14/3, huvudvärksdagbok skickas via 1177 att fylla i innan."),
     ], refs=["1177-24870"])],
     [conv("1177-24870", "Rådgivning", "vc_skurup", "2024-03-06 12:30", "2024-03-06 15:50", [
         ("p", "2024-03-06 12:30", "hej, jag har fått tillbaka min migrän och tabletterna hjälper inte längre, har haft ont 3 dagar i veckan."),
     ])],
     must_not=[("NL403", "n1")],
     why="Assessment ('Bedömer att ...') and action ('Bokar tid ...') written as running prose without headings.")

case("403n-planering-som-atgard-diabetes", "vgr", pat("1961-10-10", "m"),
     [note("n1", "med_alingsas", "Sjuksköterskeanteckning", ("Eva Lindholm", SSK), "2024-05-14 13:10", [
         ("Aktuellt", "Frågar om läkemedelsändring efter HbA1c 71."),
         ("Bedömning", "Fortsatt otillfredsställande glukoskontroll trots livsstilsförändring."),
         ("Planering", "Tas upp med dr Hansson, ÅB diabetesmott. 3/6 med nytt HbA1c innan."),
     ], refs=["1177-47711"])],
     [conv("1177-47711", "Kontakta mottagningen", "med_alingsas", "2024-05-13 18:45", "2024-05-14 13:05", [
         ("p", "2024-05-13 18:45", "Hej! Mitt långtidssocker var 71 sist. Jag har börjat promenera varje dag. Behöver jag ändra nått med medicinerna?"),
     ])],
     must_not=[("NL403", "n1")],
     why="Action recorded under 'Planering' rather than 'Åtgärd'.")

case("403n-bedomning-atgard-kombinerad", "skane", pat("1974-02-02", "m"),
     [note("n1", "hud_hbg", "Mottagningsanteckning", ("Nils Håkansson", LAK), "2024-11-05 16:40", [
         ("Kontaktorsak", "Tilltagande fjällning i hårbotten och bakom öronen, svag effekt av nuv. kräm."),
         ("Bedömning/åtgärd", "Skov av seborroisk dermatit. Recept ketokonazol schampo 2 ggr/v + hydrokortison 1 % kräm bakom öronen 1 v. Kontakt om ej bättre på 4 v."),
     ], refs=["1177-93302"])],
     [conv("1177-93302", "Kontakta mottagningen", "hud_hbg", "2024-11-04 21:00", "2024-11-05 16:35", [
         ("p", "2024-11-04 21:00", "Hej. Har fått mer fjäll i hårbotten och vid öronen. Krämen hjälper dåligt."),
     ])],
     must_not=[("NL403", "n1")],
     why="Assessment and action share one combined heading 'Bedömning/åtgärd'.")

case("403n-ingen-atgard-behovs-kolesterol", "vgr", pat("1966-08-31", "f"),
     [note("n1", "nh_stenungsund", "Kontakt via 1177", ("Birgitta Falk", LAK), "2024-04-08 12:00", [
         ("Kontaktorsak", "Undrar över kolesterolvärde 5,9 som hon sett i journalen."),
         ("Bedömning", "Låg total risk: LDL 3,4, icke-rökare, normalt blodtryck. Ej behandlingsindikation."),
         ("Åtgärd", "Ingen ytterligare åtgärd. Förklarat i svar via 1177, kostråd givna."),
     ], refs=["1177-36410"])],
     [conv("1177-36410", "Rådgivning", "nh_stenungsund", "2024-04-07 19:20", "2024-04-08 11:55", [
         ("p", "2024-04-07 19:20", "Hej! Såg i journalen att mitt kolesterol var 5,9. Är det farligt?"),
     ])],
     must_not=[("NL403", "n1")],
     why="The action is an explicit decision that no further measure is needed, plus the explanation given.")

case("403n-ordination-rubrik-candida", "skane", pat("1996-06-21", "f"),
     [note("n1", "vc_kavlinge", "Rådgivning", ("Josefin Wikström", BM), "2024-08-27 09:58", [
         ("Kontaktorsak", "Känd återkommande vaginal candida, typiska besvär igen."),
         ("Bed.", "Typisk anamnes, ingen feber eller buksmärta, kan behandlas utan us."),
         ("Ordination", "Rek. receptfritt klotrimazol vagitorium 3 d. Om >4 episoder/år – boka besök."),
     ], refs=["1177-79904"])],
     [conv("1177-79904", "Rådgivning", "vc_kavlinge", "2024-08-27 07:12", "2024-08-27 09:55", [
         ("p", "2024-08-27 07:12", "hej, har fått svamp igen i underlivet, kliar och vitaktiga flytningar. Jag vet hur det känns, har haft det förut"),
     ])],
     must_not=[("NL403", "n1")],
     why="Assessment under 'Bed.' and action under 'Ordination'.")

# =========================================================================== NL406
# A case with attachments whose note neither summarises them nor records that images
# were scanned. Routine 000 §4: "Information som är av betydelse för vården ska
# sammanfattas i journalen. Om bilder bifogas skannas dessa enligt riktlinjer ..."

case("406p-bild-utslag-ej-namnd", "skane", pat("1977-04-04", "m"),
     [note("n1", "vc_linero", "Rådgivning", ("Emma Nilsson", SSK), "2024-04-15 14:20", [
         ("Kontaktorsak", "Utslag vä underarm sedan ca 2 v, ej klåda."),
         ("Bedömning", "Behöver bedömas av läkare."),
         ("Åtgärd", "Tid hos dl 18/4 kl 11.00."),
     ], refs=["1177-38002"])],
     [conv("1177-38002", "Rådgivning", "vc_linero", "2024-04-15 09:10", "2024-04-15 14:15", [
         ("p", "2024-04-15 09:10", "Hej, har fått ett utslag på armen som inte går bort, bifogar en bild. Det kliar inte."),
         ("s", "2024-04-15 14:10", "Hej! Vi vill att en läkare tittar på utslaget, du har fått en tid torsdag 18/4 kl 11."),
     ], atts=[("utslag_arm.jpg", "image")])],
     must=[("NL406", "1177-38002")],
     why="Image attached; the note neither describes what it shows nor says it was scanned.")

case("406p-pdf-privata-provsvar-ej-sammanfattad", "vgr", pat("1983-12-19", "f"),
     [note("n1", "nh_molnlycke", "Kontakt via 1177", ("Sara Holm", DSK), "2024-03-05 10:40", [
         ("Kontaktorsak", "Har provtagit sig själv privat, avvikande sköldkörtelprover enl. pat."),
         ("Bedömning", "Behöver kontrolleras i egen regi."),
         ("Åtgärd", "TSH och fritt T4 bokat 8/3, därefter tel.tid dl."),
     ], refs=["1177-22940"])],
     [conv("1177-22940", "Rådgivning", "nh_molnlycke", "2024-03-04 20:55", "2024-03-05 10:35", [
         ("p", "2024-03-04 20:55", "Hej. Jag tog prover via Werlabs och fick höga värden på sköldkörteln. Bifogar svaret. Vad ska jag göra?"),
     ], atts=[("Werlabs_provsvar.pdf", "document")])],
     must=[("NL406", "1177-22940")],
     why="A private lab report (pdf) is attached, but none of its values are summarised in the note.")

case("406p-tva-bilder-nevus", "skane", pat("1969-07-14", "f"),
     [note("n1", "hud_lund", "Sjuksköterskeanteckning", ("Therese Lund", SSK), "2024-08-20 15:05", [
         ("Kontaktorsak", "Förändrat pigmentnevus på ryggen, mörkare och kliar enl. pat."),
         ("Bedömning", "Bör ses tidigare än planerat."),
         ("Åtgärd", "Tid för dermatoskopi hos läk 2/9, ordinarie ÅB kvarstår."),
     ], refs=["1177-70019"])],
     [conv("1177-70019", "Kontakta mottagningen", "hud_lund", "2024-08-19 21:37", "2024-08-20 15:00", [
         ("p", "2024-08-19 21:37", "Hej, ni har mig på återbesök om ett halvår för mina födelsemärken men nu har ett av dem på ryggen blivit mörkare och kliar. Min man tog två bilder."),
     ], atts=[("IMG_4471.HEIC", "image"), ("IMG_4472.HEIC", "image")])],
     must=[("NL406", "1177-70019")],
     why="Two photos of a changed mole; the note is silent on what they show and on scanning.")

case("406p-sarbild-hal-ej-namnd", "vgr", pat("1941-01-30", "m"),
     [note("n1", "kir_sas", "Sjuksköterskeanteckning", ("Jenny Blom", SSK), "2024-01-22 13:15", [
         ("Kontaktorsak", "Pat upplever försämring av hälsår, gul beläggning och lukt."),
         ("Bedömning", "Kan vara infekterat, behöver inspekteras."),
         ("Åtgärd", "Tid på mottagningen imorgon 09.15, sårodling tas då."),
     ], refs=["1177-16650"])],
     [conv("1177-16650", "Kontakta mottagningen", "kir_sas", "2024-01-22 08:48", "2024-01-22 13:10", [
         ("p", "2024-01-22 08:48", "Hej, såret på hälen ser värre ut tycker jag, mer gult i det och det luktar. bilden är från i morse"),
     ], atts=[("sår_häl.jpg", "image")])],
     must=[("NL406", "1177-16650")],
     why="Wound photo attached; the note only repeats the patient's description.")

case("406p-vh-bild-barn-impetigo", "skane", pat("2020-02-11", "m"),
     [note("n1", "vc_tabelund", "Rådgivning", ("Karin Olsson", DSK), "2024-05-13 11:30", [
         ("Kontaktorsak", "Pappa beskriver vätskande blåsor och gula krustor runt munnen hos 4-årig son, viss spridning."),
         ("Bedömning", "Anamnes talar för impetigo."),
         ("Åtgärd", "Recept Fucidin kräm 3 ggr/d i 7 d, hygienråd, förskola först när såren torkat in."),
     ], refs=["1177-49320"])],
     [conv("1177-49320", "Rådgivning", "vc_tabelund", "2024-05-13 07:20", "2024-05-13 11:25", [
         ("p", "2024-05-13 07:20", "hej! Liam 4 år har fått små blåsor runt munnen som vätskar och blir gula skorpor. har skickat en bild. Det sprider sig lite."),
     ], atts=[("liam_mun.jpg", "image")])],
     must=[("NL406", "1177-49320")],
     why="Guardian's photo of a child's rash; treated on the description, image neither summarised nor scanned.")

case("406p-rontgensvar-utland-ej-sammanfattat", "vgr", pat("1958-08-08", "f"),
     [note("n1", "ort_uddevalla", "Sjuksköterskeanteckning", ("Oskar Lind", SSK), "2024-07-08 10:10", [
         ("Kontaktorsak", "Handledsfraktur hö under semester i Spanien 2/7, gipsad där."),
         ("Bedömning", "Behöver kontroll med rtg hos oss."),
         ("Åtgärd", "Rtg + ÅB ortoped 16/7 bokat."),
     ], refs=["1177-64001"])],
     [conv("1177-64001", "Kontakta mottagningen", "ort_uddevalla", "2024-07-07 18:30", "2024-07-08 10:05", [
         ("p", "2024-07-07 18:30", "Hej. Jag bröt handleden på semester i Spanien och fick gips där. Bifogar röntgensvaret från sjukhuset i Malaga. Ska jag ha återbesök hos er?"),
     ], atts=[("rontgensvar_malaga.pdf", "document")])],
     must=[("NL406", "1177-64001")],
     why="Foreign X-ray report attached; what it says (fracture type, dislocation) is not in the note.")

case("406p-bild-ogonlock-ej-namnd", "vgr", pat("1998-03-15", "m"),
     [note("n1", "nh_lundby", "Kontakt via 1177", ("Amanda Ek", SSK), "2024-09-16 11:50", [
         ("Kontaktorsak", "Svullet och rodnat övre ögonlock hö sedan igår, ingen synpåverkan."),
         ("Bedömning", "Trol. vagel."),
         ("Åtgärd", "Varma kompresser 3–4 ggr/d, ny kontakt om spridning, feber eller synpåverkan."),
     ], refs=["1177-83377"])],
     [conv("1177-83377", "Rådgivning", "nh_lundby", "2024-09-16 08:05", "2024-09-16 11:45", [
         ("p", "2024-09-16 08:05", "hej mitt ögonlock är svullet och rött sen igår, ser normalt men det ömmar. tog ett foto"),
     ], atts=[("ögonlock.jpg", "image")])],
     must=[("NL406", "1177-83377")],
     why="Photo of a swollen eyelid; the note never refers to it.")

case("406n-bild-sammanfattad-erytema", "skane", pat("1972-05-09", "f"),
     [note("n1", "vc_bjarred", "Rådgivning", ("Lisa Hedlund", DSK), "2024-07-15 13:32", [
         ("Kontaktorsak", "Rodnad runt fästingbett på vä lår, bett för ca 10 d sedan."),
         ("Bedömning", "Bifogad bild visar ringformad rodnad ca 7 cm med central uppklarning, typiskt för erythema migrans."),
         ("Åtgärd", "Recept Kåvepenin 1 g x3 i 10 d efter samråd med dl. Bilden kasserad efter bedömning."),
     ], refs=["1177-63110"])],
     [conv("1177-63110", "Rådgivning", "vc_bjarred", "2024-07-15 08:15", "2024-07-15 13:25", [
         ("p", "2024-07-15 08:15", "Hej, blev biten av en fästing för ca 10 dagar sen och nu har det blivit en stor röd ring runt bettet. Skickar bild."),
     ], atts=[("fästingbett.jpg", "image")])],
     must_not=[("NL406", "1177-63110")],
     why="The attached image's content is summarised ('Bifogad bild visar ...').")

case("406n-foto-inskannat", "vgr", pat("1949-10-21", "m"),
     [note("n1", "hud_su", "Mottagningsanteckning", ("Olof Sandberg", LAK), "2024-10-07 16:02", [
         ("Kontaktorsak", "Icke-läkande, blödande lesion vä kind sedan ca 3 mån."),
         ("Bedömning", "Behöver undersökas, prioriteras."),
         ("Åtgärd", "Tid hos läk inom 2 v. Foto inskannat i journalen enl. rutin."),
     ], refs=["1177-87741"])],
     [conv("1177-87741", "Kontakta mottagningen", "hud_su", "2024-10-06 12:44", "2024-10-07 15:55", [
         ("p", "2024-10-06 12:44", "Hej! Jag har en liten sårig knöl på kinden som inte läker, den har blött några gånger. Skickar foto."),
     ], atts=[("knöl_kind.jpg", "image")])],
     must_not=[("NL406", "1177-87741")],
     why="The note records that the photo was scanned into the journal.")

case("406n-epikris-tyskland-sammanfattad", "skane", pat("1960-12-24", "m"),
     [note("n1", "vc_ystad", "Rådgivning", ("Per Johansson", LAK), "2024-09-02 15:10", [
         ("Kontaktorsak", "Undrar om uppföljning efter sjukhusvård i Tyskland."),
         ("Bedömning", "Enl. medskickad epikris (Klinikum Rostock) vårdad 12–16/8 för högersidig pneumoni, behandlad med ampicillin iv, därefter amoxicillin po, utskriven utan syrgas. Rekommenderad lungröntgen efter 6–8 v."),
         ("Åtgärd", "Lungrtg remitteras till v. 41, ÅB dl efter."),
     ], refs=["1177-78120"])],
     [conv("1177-78120", "Rådgivning", "vc_ystad", "2024-09-01 17:20", "2024-09-02 15:05", [
         ("p", "2024-09-01 17:20", "Hej, jag låg på sjukhus i Tyskland i somras för lunginflammation. Bifogar papper därifrån. Ska jag på kontroll?"),
     ], atts=[("epikris_rostock.pdf", "document")])],
     must_not=[("NL406", "1177-78120")],
     why="The attached discharge summary is summarised in the note (dates, diagnosis, treatment, recommendation).")

case("406n-pa-fotot-syns-nagel", "vgr", pat("2003-06-30", "m"),
     [note("n1", "nh_angered", "Kontakt via 1177", ("Yasmin Karimi", SSK), "2024-05-20 10:45", [
         ("Anteckning", "Ont och svullnad vid stortånagel hö. På fotot syns rodnad och svullnad i nagelvallen medialt, ingen synlig pus. Bed: nagelbandsinfektion/inåtväxande nagel. Råd: fotbad, avlastning; tid hos ssk för us om ej bättre på 3–4 d."),
     ], refs=["1177-51008"])],
     [conv("1177-51008", "Rådgivning", "nh_angered", "2024-05-20 07:33", "2024-05-20 10:40", [
         ("p", "2024-05-20 07:33", "hej stortån är röd och svullen vid nageln och gör jätteont när jag går, bild bifogad"),
     ], atts=[("tånagel.jpg", "image")])],
     must_not=[("NL406", "1177-51008")],
     why="Synonym phrasing 'På fotot syns ...' summarises the image.")

case("406n-bild-och-utlatande-bada-hanterade", "skane", pat("1994-11-11", "f"),
     [note("n1", "ort_hbg", "Sjuksköterskeanteckning", ("Jonna Palm", SSK), "2024-04-29 14:55", [
         ("Kontaktorsak", "Ny svullnad hö knä efter träning, 4 mån efter främre korsbandsrekonstruktion."),
         ("Bedömning", "Bilden visar måttlig svullnad, ingen rodnad. Fysioterapeutens utlåtande: stabil knäled, extensionsdefekt 5 grader, rek. minskad belastning. Bedöms som överbelastning."),
         ("Åtgärd", "Avlastning 1 v, fortsatt fysioterapi. Bild skannad till journalen. ÅB som planerat."),
     ], refs=["1177-42290"])],
     [conv("1177-42290", "Kontakta mottagningen", "ort_hbg", "2024-04-28 19:02", "2024-04-29 14:50", [
         ("p", "2024-04-28 19:02", "Hej! Knät svullnade upp igen efter träningen i helgen. Bifogar bild och vad sjukgymnasten skrev."),
     ], atts=[("knä_svullet.jpg", "image"), ("fysioterapeut_utlatande.pdf", "document")])],
     must_not=[("NL406", "1177-42290")],
     why="Both attachments handled: image described and scanned, physiotherapist's statement summarised.")

case("406n-inga-bilagor", "vgr", pat("1987-02-25", "f"),
     [note("n1", "onh_su", "Sjuksköterskeanteckning", ("Petra Olausson", SSK), "2024-12-03 11:12", [
         ("Kontaktorsak", "Undrar hur länge nässpray ska användas efter septumplastik 2 v sedan."),
         ("Bedömning", "Normalt postop förlopp enl. pat."),
         ("Åtgärd", "Info: koksaltsköljning 4 v, kortisonspray 2 v till. Svar via 1177."),
     ], refs=["1177-97501"])],
     [conv("1177-97501", "Kontakta mottagningen", "onh_su", "2024-12-02 20:15", "2024-12-03 11:05", [
         ("p", "2024-12-02 20:15", "Hej. Nässprayen ni skrev ut efter operationen, hur länge ska jag använda den?"),
     ])],
     must_not=[("NL406", "1177-97501")],
     why="A case without attachments can never lack an attachment summary.")

case("406n-bild-bedomd-raderad-varta", "skane", pat("2005-09-03", "m"),
     [note("n1", "vc_horby", "Rådgivning", ("Ulla Svensson", DSK), "2024-02-05 10:20", [
         ("Kontaktorsak", "Smärtsam förändring fotsula, provat frysbehandling receptfritt."),
         ("Bedömning", "Bild bedömd: förhårdnad med svarta prickar, talar för plantarvårta. Bilden därefter raderad enl. rutin för bifogade filer."),
         ("Åtgärd", "Råd om salicylsyra + filning dagligen i 8–12 v. Fotterapeut vb."),
     ], refs=["1177-14477"])],
     [conv("1177-14477", "Rådgivning", "vc_horby", "2024-02-04 22:10", "2024-02-05 10:15", [
         ("p", "2024-02-04 22:10", "hej, har nån sorts vårta under foten som gör ont när jag går. jag har försökt med frysgrejen från apoteket. bild finns med"),
     ], atts=[("vårta.jpg", "image")])],
     must_not=[("NL406", "1177-14477")],
     why="Image assessed and summarised, then discarded as working material, as the routine describes.")

# =========================================================================== NL407
# "Egen vårdbegäran är en remiss och ska hanteras på samma sätt som övriga remisser."
# (routine 000 §2). Positives: an egen vårdbegäran documented as an ordinary
# advice/contact note. Negatives: documented as a referral (remissbedömning).

case("407p-hud-nevi-som-radgivning", "skane", pat("1985-05-31", "f"),
     [note("n1", "hud_malmo", "Telefonanteckning", ("Hanna Ljung", SSK), "2024-03-25 14:05", [
         ("Kontaktorsak", "Önskar undersökning av multipla nevi, pappa haft melanom."),
         ("Bedömning", "Bör i första hand bedömas på VC."),
         ("Åtgärd", "Råd via 1177 att kontakta VC."),
     ], refs=["1177-31220"])],
     [conv("1177-31220", "Egen vårdbegäran", "hud_malmo", "2024-03-22 10:40", "2024-03-25 14:00", [
         ("p", "2024-03-22 10:40", "Jag vill bli undersökt för mina födelsemärken. Jag har väldigt många och min pappa hade melanom. Har inte varit hos någon läkare för detta."),
         ("s", "2024-03-25 13:55", "Hej! Vi rekommenderar att du först kontaktar din vårdcentral som kan göra en första bedömning och vid behov skicka remiss till oss."),
     ])],
     must=[("NL407", "1177-31220")],
     why="Egen vårdbegäran answered and documented as telephone advice, not assessed as a referral.")

case("407p-ortoped-hoft-som-kontakt", "vgr", pat("1952-09-09", "m"),
     [note("n1", "ort_skovde", "Sjuksköterskeanteckning", ("Jonas Ek", SSK), "2024-04-10 10:30", [
         ("Kontaktorsak", "Höftsmärta >1 år, nedsatt gångsträcka, otillräcklig effekt av analgetika."),
         ("Bedömning", "Behöver utredas med rtg först."),
         ("Åtgärd", "Pat informerad via 1177 om att kontakta VC för rtg och fysioterapi."),
     ], refs=["1177-37005"])],
     [conv("1177-37005", "Egen vårdbegäran", "ort_skovde", "2024-04-08 15:12", "2024-04-10 10:25", [
         ("p", "2024-04-08 15:12", "Hej, har haft ont i höften i över ett år, kan inte gå långa promenader längre. Värktabletter hjälper inte. Vill bli bedömd för operation."),
     ])],
     must=[("NL407", "1177-37005")],
     why="Self-referral to orthopaedics handled by a nurse as an ordinary contact with advice.")

case("407p-gyn-tid-bokad-utan-remisshantering", "skane", pat("1980-01-13", "f"),
     [note("n1", "kk_kristianstad", "Sjuksköterskeanteckning", ("Malin Kjellberg", BM), "2024-10-30 11:45", [
         ("Kontaktorsak", "Rikliga menstruationer sedan 6 mån, trötthet."),
         ("Bedömning", "Behöver gynekologisk bedömning."),
         ("Åtgärd", "Tid bokad 12/11 10.30, Hb tas innan."),
     ], refs=["1177-90870"])],
     [conv("1177-90870", "Egen vårdbegäran", "kk_kristianstad", "2024-10-28 09:00", "2024-10-30 11:40", [
         ("p", "2024-10-28 09:00", "Hej, jag har haft kraftiga mensblödningar i ett halvår och är trött hela tiden. Vill gärna komma till en gynekolog."),
         ("s", "2024-10-30 11:35", "Hej! Du har fått en tid hos gynekolog den 12 november kl 10.30. Lämna gärna blodprov för blodvärde innan."),
     ])],
     must=[("NL407", "1177-90870")],
     why="The self-referral is acted on (time booked) but documented as an ordinary contact, not registered or assessed as a remiss.")

case("407p-psyk-adhd-hanvisad-som-radgivning", "vgr", pat("1997-11-27", "m"),
     [note("n1", "psyk_boras", "Sjuksköterskeanteckning", ("Maja Gustafsson", SSK), "2024-02-19 15:30", [
         ("Kontaktorsak", "Önskar ADHD-utredning, koncentrationssvårigheter sedan barndomen."),
         ("Bedömning", "Ej aktuellt för specialistpsykiatrin i första hand."),
         ("Åtgärd", "Hänvisas till VC via svar i 1177."),
     ], refs=["1177-20331"])],
     [conv("1177-20331", "Egen vårdbegäran", "psyk_boras", "2024-02-16 23:40", "2024-02-19 15:25", [
         ("p", "2024-02-16 23:40", "Hej. Jag tror att jag har ADHD. Har alltid haft svårt att koncentrera mig och slutför aldrig saker. Vill göra en utredning."),
     ])],
     must=[("NL407", "1177-20331")],
     why="Self-referral turned away in a nurse's ordinary note; never handled as a referral.")

case("407p-onh-horsel-telegrafisk-kontakt", "vgr", pat("1964-03-08", "f"),
     [note("n1", "onh_nu", "Telefonanteckning", ("Gustav Berglund", SSK), "2024-09-11 09:25", [
         ("Anteckning", "Pat hör av sig via 1177, nedsatt hörsel hö och tinnitus i flera mån. Bed: bör göra hörselmätning. Åtg: tid för audiogram 4/10, ÅB läk efter."),
     ], refs=["1177-82004"])],
     [conv("1177-82004", "Egen vårdbegäran", "onh_nu", "2024-09-09 13:15", "2024-09-11 09:20", [
         ("p", "2024-09-09 13:15", "Hej, jag har hört sämre på höger öra i flera månader och det piper hela tiden. Vill få hörseln undersökt."),
     ])],
     must=[("NL407", "1177-82004")],
     why="Telegraphic note treats the self-referral as 'hör av sig via 1177'; no referral handling.")

case("407p-ogon-dimsyn-radgivning", "skane", pat("1952-04-18", "f"),
     [note("n1", "ogon_lund", "Sjuksköterskeanteckning", ("Annika Persson", SSK), "2024-06-18 13:50", [
         ("Kontaktorsak", "Successivt dimsyn vä öga sedan några mån."),
         ("Bedömning", "Behöver synundersökning."),
         ("Åtgärd", "Rek. pat att först göra synundersökning hos optiker, svar via 1177."),
     ], refs=["1177-57312"])],
     [conv("1177-57312", "Egen vårdbegäran", "ogon_lund", "2024-06-17 10:05", "2024-06-18 13:45", [
         ("p", "2024-06-17 10:05", "Hej! Jag ser suddigt på vänster öga sen några månader, som en dimma. Jag är 72 år. Vill undersöka mig för grå starr."),
     ])],
     must=[("NL407", "1177-57312")],
     why="Self-referral to the eye clinic answered with advice in an ordinary nurse note.")

case("407n-remissbedomning-mall-nevi", "skane", pat("1990-08-19", "m"),
     [note("n1", "hud_malmo", "Remissbedömning", ("Erik Wallin", LAK), "2024-04-03 16:20", [
         ("Anteckning", "Egen vårdbegäran via 1177. Multipla nevi, hereditet för melanom (far). Bedömning: remissen accepteras, prio 2. Kallas till dermatoskopi inom 3 mån."),
     ], refs=["1177-33109"])],
     [conv("1177-33109", "Egen vårdbegäran", "hud_malmo", "2024-03-29 11:10", "2024-04-03 16:15", [
         ("p", "2024-03-29 11:10", "Hej, jag har mängder av leverfläckar och pappa har haft hudcancer. Skulle vilja att en hudläkare kollar igenom mig."),
     ])],
     must_not=[("NL407", "1177-33109")],
     why="Self-referral assessed by a doctor in the template Remissbedömning, accepted with priority.")

case("407n-inkommande-remiss-avvisad", "vgr", pat("1949-12-05", "f"),
     [note("n1", "ort_skovde", "Inkommande remiss", ("Henrik Ahl", LAK), "2024-03-07 14:40", [
         ("Anteckning", "Egen vårdbegäran (1177) registrerad som remiss 5/3. Frågeställning: höftsmärta >1 år. Remissbedömning: rtg saknas, remissen avvisas och pat hänvisas till VC för basutredning. Remissvar skickat till pat via 1177."),
     ], refs=["1177-23877"])],
     [conv("1177-23877", "Egen vårdbegäran", "ort_skovde", "2024-03-05 08:30", "2024-03-07 14:35", [
         ("p", "2024-03-05 08:30", "hej jag har så ont i vänster höft att jag knappt kan sova, har haft det länge. vill träffa en ortoped"),
     ])],
     must_not=[("NL407", "1177-23877")],
     why="Registered as a remiss and given a remissbedömning and remissvar, even though declined.")

case("407n-text-registrerad-i-remisshantering", "skane", pat("1979-10-02", "f"),
     [note("n1", "kk_kristianstad", "Sjuksköterskeanteckning", ("Malin Kjellberg", BM), "2024-11-14 10:05", [
         ("Anteckning", "Egen vårdbegäran inkommen via 1177, registrerad i remisshanteringen och bedömd av överläkare enl. rutin för remisser. Bed. ÖL: accepteras, ordinärt besök. Pat kallas 3/12."),
     ], refs=["1177-94450"])],
     [conv("1177-94450", "Egen vårdbegäran", "kk_kristianstad", "2024-11-11 19:45", "2024-11-14 10:00", [
         ("p", "2024-11-11 19:45", "Hej! Jag har ont vid samlag och blöder ibland efteråt. Skulle vilja få träffa en gynekolog."),
     ])],
     must_not=[("NL407", "1177-94450")],
     why="Ordinary template, but the text shows it was registered and assessed as a referral.")

case("407n-remisskonferens-avslag", "vgr", pat("1999-02-14", "f"),
     [note("n1", "psyk_boras", "Remissbedömning", ("Anders Kron", LAK), "2024-05-15 13:10", [
         ("Bedömning", "Egen vårdbeg. bedömd på remisskonferens 14/5. Ej uppfyllda kriterier för specialistpsykiatri, avslag."),
         ("Åtgärd", "Remissvar till pat via 1177: kontakt med VC för första bedömning."),
     ], refs=["1177-48800"])],
     [conv("1177-48800", "Egen vårdbegäran", "psyk_boras", "2024-05-10 22:30", "2024-05-15 13:05", [
         ("p", "2024-05-10 22:30", "jag har haft ångest länge och klarar inte skolan längre. vill ha hjälp från psykiatrin"),
     ])],
     must_not=[("NL407", "1177-48800")],
     why="Abbreviated 'Egen vårdbeg.' handled at the referral conference with a remissvar.")

case("407n-radgivning-vill-ha-remiss", "skane", pat("1992-07-23", "m"),
     [note("n1", "vc_hoor", "Rådgivning", ("Lena Persson", SSK), "2024-06-24 10:40", [
         ("Kontaktorsak", "Önskar remiss till hudläkare för eksem som inte blir bra."),
         ("Bedömning", "Behöver bedömas på VC först."),
         ("Åtgärd", "Tid hos dl 27/6."),
     ], refs=["1177-56020"])],
     [conv("1177-56020", "Rådgivning", "vc_hoor", "2024-06-24 07:55", "2024-06-24 10:35", [
         ("p", "2024-06-24 07:55", "Hej, kan jag få en remiss till hudläkare? Har eksem på benen som inte blir bra."),
     ])],
     must_not=[("NL407", "1177-56020")],
     why="A request for a referral in an ordinary Rådgivning case is not an egen vårdbegäran.")

case("407n-vanlig-radgivning-resevaccin", "vgr", pat("1975-03-29", "f"),
     [note("n1", "nh_majorna", "Kontakt via 1177", ("Sara Holm", DSK), "2024-01-10 14:15", [
         ("Kontaktorsak", "Resa till Thailand i mars, frågar om vacciner."),
         ("Bedömning", "Rek. hepatit A/B, övrigt enl. Folkhälsomyndighetens råd."),
         ("Åtgärd", "Hänvisad till vaccinationsmottagning, info via 1177."),
     ], refs=["1177-11002"])],
     [conv("1177-11002", "Rådgivning", "nh_majorna", "2024-01-10 09:30", "2024-01-10 14:10", [
         ("p", "2024-01-10 09:30", "Hej! Vi ska till Thailand i mars. Vilka vaccin behöver vi?"),
     ])],
     must_not=[("NL407", "1177-11002")],
     why="Control: an ordinary advice case documented as an ordinary contact is correct.")

case("407n-onh-remissbedomning-accepteras", "vgr", pat("1961-11-16", "m"),
     [note("n1", "onh_nu", "Remissbedömning", ("Lars Widén", LAK), "2024-09-13 15:30", [
         ("Anteckning", "Egen vårdbegäran: hörselnedsättning hö + tinnitus sedan flera mån. Accepteras. Audiogram + läk.besök, väntetid ca 8 v. Pat informerad via 1177."),
     ], refs=["1177-82550"])],
     [conv("1177-82550", "Egen vårdbegäran", "onh_nu", "2024-09-10 16:25", "2024-09-13 15:25", [
         ("p", "2024-09-10 16:25", "Hej. Hör dåligt på högra örat och har ett konstant brus. Önskar undersökning."),
     ])],
     must_not=[("NL407", "1177-82550")],
     why="Self-referral given a remissbedömning by the ENT doctor.")

# =========================================================================== NL408
# "Om patienten skulle bifoga annan typ av material, exempelvis förbättringsförslag
# eller synpunkter, kan den informationen vara allmän handling och behöva diarieföras"
# (routine 000 §4). Target: the case.

case("408p-synpunkter-bemotande-reception", "skane", pat("1967-09-27", "f"),
     [note("n1", "vc_mollevangen", "Rådgivning", ("Fatima Ali", SSK), "2024-10-22 14:00", [
         ("Kontaktorsak", "Frågar efter svar på blodprover 15/10."),
         ("Bedömning", "Normala värden, Hb 134, TSH 1,9."),
         ("Åtgärd", "Svar via 1177."),
     ], refs=["1177-89912"])],
     [conv("1177-89912", "Kontakta mottagningen", "vc_mollevangen", "2024-10-21 18:12", "2024-10-22 13:55", [
         ("p", "2024-10-21 18:12", "Hej, jag vill ha svar på mina blodprover. Och jag vill också lämna synpunkter på bemötandet i receptionen i tisdags, jag blev verkligen illa behandlad och ingen lyssnade."),
         ("s", "2024-10-22 13:50", "Hej! Dina blodprover var normala. Tack för att du berättar om besöket, vi tar med oss det."),
     ])],
     must=[("NL408", "1177-89912")],
     why="Patient explicitly gives synpunkter on the reception staff's behaviour inside a care case.")

case("408p-forbattringsforslag-sms-paminnelse", "vgr", pat("1958-02-06", "m"),
     [note("n1", "nh_lerum", "Kontakt via 1177", ("Helena Strand", DSK), "2024-04-02 10:10", [
         ("Kontaktorsak", "Bekräftar tid hos diabetessköterska, frågar om fasta inför prover."),
         ("Åtgärd", "Info: fastande prover ej nödvändigt för HbA1c. Svar via 1177."),
         ("Bedömning", "Inget ytterligare behov."),
     ], refs=["1177-34021"])],
     [conv("1177-34021", "Kontakta mottagningen", "nh_lerum", "2024-04-01 20:05", "2024-04-02 10:05", [
         ("p", "2024-04-01 20:05", "Hej! Fick tiden till diabetessköterskan, tack. Måste jag fasta innan proverna? Ett förbättringsförslag: skicka gärna en påminnelse via sms dagen innan, jag glömde nästan bort förra besöket."),
     ])],
     must=[("NL408", "1177-34021")],
     why="An explicit förbättringsförslag about reminders, the routine's own example.")

case("408p-bilaga-klagomal-vardtid", "skane", pat("1955-06-15", "m"),
     [note("n1", "med_malmo", "Sjuksköterskeanteckning", ("Jenny Rask", SSK), "2024-04-17 11:30", [
         ("Kontaktorsak", "Undrar när återbesök efter vårdtillfälle i mars ska ske."),
         ("Åtgärd", "Kontrollerat tidbok: ÅB 6/5 hos dr Ali. Info via 1177."),
         ("Bedömning", "Planerat återbesök kvarstår, inget medicinskt behov av tidigare kontakt."),
     ], refs=["1177-40166"])],
     [conv("1177-40166", "Kontakta mottagningen", "med_malmo", "2024-04-16 16:40", "2024-04-17 11:25", [
         ("p", "2024-04-16 16:40", "Hej, bifogar ett brev om hur jag upplevde min vårdtid på avdelningen i mars, jag vill att någon ansvarig läser det. Jag undrar också när jag ska på återbesök."),
     ], atts=[("klagomal_vardtiden.pdf", "document")])],
     must=[("NL408", "1177-40166")],
     why="An attached complaint letter about the inpatient stay, sent with a care question.")

case("408p-lay-missnojd-ingen-svarar", "vgr", pat("1970-12-20", "f"),
     [note("n1", "ort_molndal", "Sjuksköterskeanteckning", ("Karl Fransson", SSK), "2024-11-25 09:40", [
         ("Kontaktorsak", "Frågar om operationsdatum för planerad knäprotes hö."),
         ("Bedömning", "Står på väntelista, beräknad op. inom 6 v."),
         ("Åtgärd", "Kontaktat planeringsenheten, besked via 1177 om preliminärt datum v. 2."),
     ], refs=["1177-95503"])],
     [conv("1177-95503", "Kontakta mottagningen", "ort_molndal", "2024-11-24 21:10", "2024-11-25 09:35", [
         ("p", "2024-11-24 21:10", "hej igen. det är 3:e gången jag skriver och ingen svarar, helt oacceptabelt. ni måste ha bättre koll på era meddelanden. Jag vill fortfarande veta när jag får min operationstid"),
     ])],
     must=[("NL408", "1177-95503")],
     why="Lay complaint about the clinic's handling of messages with a demand to improve: feedback on the service.")

case("408p-telefontider-typo", "skane", pat("1983-05-17", "f"),
     [note("n1", "vc_skurup", "Rådgivning", ("Hanna Möller", DSK), "2024-08-06 11:10", [
         ("Kontaktorsak", "Önskar förnyelse av levotyroxin, senaste TSH 2,1 i maj."),
         ("Bedömning", "Stabil dos, prover aktuella."),
         ("Åtgärd", "Receptförnyelse Levaxin 100 mikrog 1 år."),
     ], refs=["1177-68830"])],
     [conv("1177-68830", "Rådgivning", "vc_skurup", "2024-08-06 07:58", "2024-08-06 11:05", [
         ("p", "2024-08-06 07:58", "hej. era telefontider är hopplösa, man komer aldrig fram på morgonen. ni borde ha en återuppringningstjänst som andra vc har. annars vill jag förnya mitt recept på levaxin"),
     ])],
     must=[("NL408", "1177-68830")],
     why="Typo-laden lay message with a suggestion for the unit's telephone service.")

case("408p-vh-synpunkter-bilaga-autism", "vgr", pat("2016-03-09", "f"),
     [note("n1", "barn_nal", "Sjuksköterskeanteckning", ("Linnea Åberg", SSK), "2024-03-20 14:30", [
         ("Kontaktorsak", "Mamma frågar om nästa kontroll av järnvärden hos Saga."),
         ("Bedömning", "Kontroll planerad enl. ordination."),
         ("Åtgärd", "Provtagning 2/4 bokad, anpassad tid utan väntan enl. önskemål."),
     ], refs=["1177-29901"])],
     [conv("1177-29901", "Kontakta mottagningen", "barn_nal", "2024-03-19 19:30", "2024-03-20 14:25", [
         ("p", "2024-03-19 19:30", "Hej, vi var hos er med Saga förra veckan. Bifogar våra synpunkter på hur besöket gick, det finns saker ni kan göra bättre för barn med autism. När ska hon ta nästa järnprov?"),
     ], atts=[("synpunkter_besoket.docx", "document")])],
     must=[("NL408", "1177-29901")],
     why="Guardian attaches a document of synpunkter with improvement ideas.")

case("408n-doktorn-inga-synpunkter-halsena", "skane", pat("1986-10-12", "m"),
     [note("n1", "vc_linero", "Rådgivning", ("Emma Nilsson", SSK), "2024-09-30 13:05", [
         ("Kontaktorsak", "Ökad smärta hälsena hö efter lopp i lördags, tidigare känd hälseneproblematik."),
         ("Bedömning", "Överbelastning, ingen misstanke om ruptur enl. anamnes (kan gå på tå)."),
         ("Åtgärd", "Löpvila 2 v, excentrisk träning enl. tidigare program. Fysioterapeut vb."),
     ], refs=["1177-86021"])],
     [conv("1177-86021", "Rådgivning", "vc_linero", "2024-09-30 07:40", "2024-09-30 13:00", [
         ("p", "2024-09-30 07:40", "Hej! Vid förra besöket hade doktorn inga synpunkter på att jag springer med min hälsena, men nu gör den ont igen efter loppet i lördags. Kan gå på tå. Ska jag vila?"),
     ])],
     must_not=[("NL408", "1177-86021")],
     why="'synpunkter' here is the doctor's opinion on running, not feedback from the patient.")

case("408n-hostan-har-forbattrats", "vgr", pat("1962-07-01", "m"),
     [note("n1", "nh_kungalv", "Kontakt via 1177", ("Maria Nyberg", SSK), "2024-02-27 10:55", [
         ("Kontaktorsak", "Hosta bättre efter insatt inhalator, fortfarande andfådd i backar."),
         ("Bedömning", "Delvis effekt, bör följas upp med spirometri."),
         ("Åtgärd", "Fortsätter inhalation, spirometri + ÅB astma/KOL-ssk 12/3."),
     ], refs=["1177-21177"])],
     [conv("1177-21177", "Rådgivning", "nh_kungalv", "2024-02-26 19:20", "2024-02-27 10:50", [
         ("p", "2024-02-26 19:20", "Hej, hostan har förbättrats mycket sen jag fick inhalatorn men jag blir fortfarande andfådd i backar. Ska jag fortsätta med den?"),
     ])],
     must_not=[("NL408", "1177-21177")],
     why="'förbättrats' describes the cough getting better, not a förbättringsförslag.")

case("408n-barnet-har-klagat-pa-oronen", "skane", pat("2018-01-22", "f"),
     [note("n1", "vc_tabelund", "Rådgivning", ("Karin Olsson", DSK), "2024-12-09 11:15", [
         ("Kontaktorsak", "Pappa berättar att 6-åriga dottern klagat på öronvärk 2 d, sover dåligt, afebril."),
         ("Bedömning", "Trol. okomplicerad otit, kan avvakta med smärtlindring."),
         ("Åtgärd", "Paracetamol enl. vikt, ny kontakt om feber, flytning eller ej bättre på 3 d."),
     ], refs=["1177-97022"])],
     [conv("1177-97022", "Rådgivning", "vc_tabelund", "2024-12-09 07:35", "2024-12-09 11:10", [
         ("p", "2024-12-09 07:35", "Hej, Ella har klagat på ont i öronen i två dagar och sover dåligt. Ingen feber. Behöver vi komma?"),
     ])],
     must_not=[("NL408", "1177-97022")],
     why="A child 'klagat på ont' is a symptom, not a complaint about the care.")

case("408n-forslag-pa-ny-tid", "vgr", pat("1978-04-24", "f"),
     [note("n1", "hud_su", "Sjuksköterskeanteckning", ("Ebba Larsson", SSK), "2024-05-07 09:20", [
         ("Kontaktorsak", "Kan ej komma på ljusbehandling 14/5, önskar eftermiddagstid veckan efter."),
         ("Bedömning", "Kort uppehåll i UVB-serien acceptabelt."),
         ("Åtgärd", "Ombokad till 21/5 kl 15.30, serien fortsätter därefter 3 ggr/v."),
     ], refs=["1177-45560"])],
     [conv("1177-45560", "Kontakta mottagningen", "hud_su", "2024-05-06 17:45", "2024-05-07 09:15", [
         ("p", "2024-05-06 17:45", "Hej, jag kan inte komma på tiden 14/5. Förslag: kan jag få en tid på eftermiddagen veckan efter istället? Ljusbehandlingen måste ju fortsätta."),
     ])],
     must_not=[("NL408", "1177-45560")],
     why="'Förslag' on a new appointment time is not an improvement suggestion.")

case("408n-bild-forbattring-sar", "skane", pat("1946-08-02", "m"),
     [note("n1", "sar_trelleborg", "Sjuksköterskeanteckning", ("Britt Sjöberg", SSK), "2024-06-12 13:40", [
         ("Kontaktorsak", "Skickar ny bild på bensår vä underben, upplever förbättring."),
         ("Bedömning", "Bilden visar minskad sårstorlek och rosa granulation, ingen rodnad runt. Bild skannad."),
         ("Åtgärd", "Fortsatt samma förband 2 ggr/v, ÅB sårmottagning om 3 v."),
     ], refs=["1177-54400"])],
     [conv("1177-54400", "Kontakta mottagningen", "sar_trelleborg", "2024-06-11 12:30", "2024-06-12 13:35", [
         ("p", "2024-06-11 12:30", "Hej! Här är en ny bild på såret, tycker det ser mycket bättre ut nu. Ska vi fortsätta med samma förband?"),
     ], atts=[("forbattring_sar.jpg", "image")])],
     must_not=[("NL408", "1177-54400")],
     why="An image named 'forbattring' of a healing wound is clinical material, not feedback.")

case("408n-mamma-tycker-jag-ska-soka", "vgr", pat("2000-11-28", "m"),
     [note("n1", "nh_angered", "Kontakt via 1177", ("Yasmin Karimi", SSK), "2024-10-21 10:30", [
         ("Kontaktorsak", "Trötthet i flera mån, undrar om blodprover."),
         ("Bedömning", "Behöver anamnes och basprover."),
         ("Åtgärd", "Provtagning Hb, TSH, glukos, ferritin 23/10, tel.tid dl 30/10."),
     ], refs=["1177-87003"])],
     [conv("1177-87003", "Rådgivning", "nh_angered", "2024-10-20 21:55", "2024-10-21 10:25", [
         ("p", "2024-10-20 21:55", "hej, min mamma tycker jag ska söka för att jag är så trött hela tiden, har varit så i flera månader. ska jag ta blodprov?"),
     ])],
     must_not=[("NL408", "1177-87003")],
     why="A relative's opinion that he should seek care is not feedback on the service.")

case("408n-glomt-sertralin-ren-klinisk-fraga", "skane", pat("1991-03-05", "f"),
     [note("n1", "psyk_lund", "Sjuksköterskeanteckning", ("Sara Lindgren", SSK), "2024-07-10 11:00", [
         ("Kontaktorsak", "Missat sertralin 2 d, undrar om dubbel dos."),
         ("Bedömning", "Ingen anledning att ta dubbel dos."),
         ("Åtgärd", "Råd: återuppta ordinarie dos 100 mg idag. Ny kontakt vid utsättningssymtom."),
     ], refs=["1177-62230"])],
     [conv("1177-62230", "Kontakta mottagningen", "psyk_lund", "2024-07-10 08:10", "2024-07-10 10:55", [
         ("p", "2024-07-10 08:10", "Hej. Jag har glömt ta min Sertralin två dagar. Ska jag ta dubbel dos idag?"),
     ])],
     must_not=[("NL408", "1177-62230")],
     why="A plain medication question contains no feedback or suggestion.")

# =========================================================================== NL502
# Routine 000 §3: "Dokumentation ska alltid ske gällande: Bakgrund till planerade och
# genomförda behandlingar; Planerade och genomförda behandlande åtgärder; Resultat av
# behandlande åtgärder". NL502 = no background (why this patient gets the treatment).
# Positives keep actions (and results where finished) so only the background is missing.

case("502p-depr-start-avslut-utan-bakgrund", "skane", pat("1987-06-02", "f"),
     [note("n1", "psyk_inet", "Psykologanteckning", ("Elin Svensson", PSY), "2024-01-15 10:00", [
         ("Behandling", "Aktiverad i Stöd och behandling på 1177. Planerat 8 moduler med veckovis skriftlig återkoppling, behandlare undertecknad."),
     ], refs=["sob-2101"]),
      note("n2", "psyk_inet", "Psykologanteckning", ("Elin Svensson", PSY), "2024-03-18 14:00", [
          ("Avslut", "Samtliga 8 moduler genomförda. Pat upplever klar förbättring, PHQ-9 vid avslut 5. Avslutas, ny kontakt vb."),
      ], refs=["sob-2101"])],
     trts=[trt("sob-2101", "Internetbaserad KBT vid depression", "psyk_inet", "completed", "2024-01-15", "2024-03-18", [
         ("p", "2024-01-22 19:40", "Har gjort första modulen nu, lite svårt att komma igång men det gick."),
         ("s", "2024-01-23 09:10", "Bra jobbat! Fortsätt att fylla i aktivitetsschemat varje dag den här veckan."),
     ])],
     must=[("NL502", "sob-2101")], must_not=[("NL503", "sob-2101"), ("NL504", "sob-2101")],
     why="Start and end notes document actions and result but never why the patient was given the treatment.")

case("502p-somn-pagaende-bara-atgard", "vgr", pat("1969-09-14", "m"),
     [note("n1", "nh_psykolog", "Psykologanteckning", ("Sofia Lindqvist", PSY), "2024-05-06 09:30", [
         ("Åtgärd", "Start av program i SoB, 6 v. Sömndagbok vecka 1, sömnrestriktion från v. 2, återkoppling måndagar."),
     ], refs=["sob-2102"])],
     trts=[trt("sob-2102", "KBT vid sömnproblem", "nh_psykolog", "ongoing", "2024-05-06", None, [
         ("p", "2024-05-13 07:15", "Sömndagboken är ifylld. Vaknade bara två gånger i natt."),
     ])],
     must=[("NL502", "sob-2102")], must_not=[("NL503", "sob-2102"), ("NL504", "sob-2102")],
     why="Ongoing treatment documented with the plan only; no problem description or assessment behind it.")

case("502p-panik-avbruten-utan-bakgrund", "skane", pat("1994-12-03", "f"),
     [note("n1", "vc_linero", "Psykologanteckning", ("Jakob Almqvist", PSY), "2024-02-05 13:00", [
         ("Behandling", "iKBT-program startat i Stöd och behandling, 10 moduler, interoceptiv exponering från modul 4. Återkoppling torsdagar."),
     ], refs=["sob-2103"]),
      note("n2", "vc_linero", "Psykologanteckning", ("Jakob Almqvist", PSY), "2024-03-05 10:20", [
          ("Avslut", "Pat har avbrutit efter modul 3, anger tidsbrist. Symtom oförändrade enl. pat. Erbjuds samtal på VC."),
      ], refs=["sob-2103"])],
     trts=[trt("sob-2103", "Internetbaserad KBT vid paniksyndrom", "vc_linero", "aborted", "2024-02-05", "2024-03-04")],
     must=[("NL502", "sob-2103")], must_not=[("NL503", "sob-2103"), ("NL504", "sob-2103")],
     why="Aborted treatment: actions and outcome at abort documented, background never.")

case("502p-ibs-plan-och-resultat-utan-bakgrund", "vgr", pat("1990-04-26", "f"),
     [note("n1", "med_alingsas", "Behandlingsanteckning", ("Eva Lindholm", SSK), "2024-08-19 11:00", [
         ("Planering", "Inskriven i 1177 Stöd och behandling, 10-veckorsprogram med exponering och minskat undvikande. Ssk ger återkoppling varje vecka."),
     ], refs=["sob-2104"]),
      note("n2", "med_alingsas", "Behandlingsanteckning", ("Eva Lindholm", SSK), "2024-10-29 13:30", [
          ("Resultat", "Avslut: genomfört 9 av 10 moduler. Pat äter nu på restaurang och åker buss till jobbet utan oro."),
      ], refs=["sob-2104"])],
     trts=[trt("sob-2104", "Internetbaserad KBT vid IBS", "med_alingsas", "completed", "2024-08-19", "2024-10-28")],
     must=[("NL502", "sob-2104")], must_not=[("NL503", "sob-2104"), ("NL504", "sob-2104")],
     why="IBS programme documented with plan and result; the patient's symptoms and indication are missing.")

case("502p-stress-kurator-utan-bakgrund", "skane", pat("1976-01-19", "f"),
     [note("n1", "vc_kavlinge", "Kuratorsanteckning", ("Anders Bring", KUR), "2024-09-02 15:10", [
         ("Åtgärd", "Tilldelat program i Stöd och behandling, 5 moduler, återkoppling varannan vecka via plattformen. Uppföljande samtal efter modul 3."),
     ], refs=["sob-2105"])],
     trts=[trt("sob-2105", "Stöd vid stress", "vc_kavlinge", "ongoing", "2024-09-02", None)],
     must=[("NL502", "sob-2105")], must_not=[("NL503", "sob-2105")],
     why="Counsellor's note assigns the programme without any background to it.")

case("502p-alkohol-utan-bakgrund", "vgr", pat("1959-05-08", "m"),
     [note("n1", "nh_lundby", "Sjuksköterskeanteckning", ("Amanda Ek", DSK), "2024-03-11 10:30", [
         ("Åtgärd", "Påbörjat självhjälpsprogram i Stöd och behandling med behandlarstöd av dsk, 6 moduler, dryckesdagbok."),
     ], refs=["sob-2106"]),
      note("n2", "nh_lundby", "Sjuksköterskeanteckning", ("Amanda Ek", DSK), "2024-04-23 11:15", [
          ("Avslut", "Avslutat programmet. Dricker enl. pat nu 6 standardglas/v, inga tillfällen med intensivkonsumtion senaste mån."),
      ], refs=["sob-2106"])],
     trts=[trt("sob-2106", "Alkohol – minska ditt drickande", "nh_lundby", "completed", "2024-03-11", "2024-04-22")],
     must=[("NL502", "sob-2106")], must_not=[("NL503", "sob-2106"), ("NL504", "sob-2106")],
     why="Alcohol programme: what was done and the outcome are there, the starting situation (AUDIT, intake) is not.")

case("502p-oro-behandlingsplan-utan-bakgrund", "vgr", pat("1985-10-17", "m"),
     [note("n1", "psyk_boras", "Psykologanteckning", ("Moa Fredriksson", PSY), "2024-01-08 14:00", [
         ("Behandlingsplan", "9 moduler iKBT i plattformen: oroshantering, problemlösning, exponering för oroskatastrofer. Återkoppling varje torsdag."),
     ], refs=["sob-2107"]),
      note("n2", "psyk_boras", "Psykologanteckning", ("Moa Fredriksson", PSY), "2024-03-12 09:45", [
          ("Avslut", "Avslutad behandling. GAD-7 7 vid avslut, pat upplever sig ha verktyg för att hantera oron."),
      ], refs=["sob-2107"])],
     trts=[trt("sob-2107", "Internetbaserad KBT vid oro och ängslan", "psyk_boras", "completed", "2024-01-08", "2024-03-11")],
     must=[("NL502", "sob-2107")], must_not=[("NL503", "sob-2107"), ("NL504", "sob-2107")],
     why="Treatment plan and result, but no assessment of the patient's worry before the treatment.")

case("502n-bakgrund-rubrik-depression", "skane", pat("1986-02-28", "m"),
     [note("n1", "psyk_inet", "Psykologanteckning", ("Elin Svensson", PSY), "2024-04-03 10:30", [
         ("Bakgrund", "38-årig man med måttlig depressiv episod sedan ca 4 mån, MADRS-S 24. Ingen suicidalitet. Önskar psykologisk behandling, bedöms lämplig för internetformat."),
         ("Planering", "iKBT depression via Stöd och behandling, 8 moduler med beteendeaktivering, veckovis återkoppling. Start 8/4."),
     ], refs=["sob-2201"]),
      note("n2", "psyk_inet", "Psykologanteckning", ("Elin Svensson", PSY), "2024-06-11 13:20", [
          ("Resultat", "Avslut efter 8 moduler, MADRS-S 9, åter i heltidsarbete."),
      ], refs=["sob-2201"])],
     trts=[trt("sob-2201", "Internetbaserad KBT vid depression", "psyk_inet", "completed", "2024-04-08", "2024-06-10")],
     must_not=[("NL502", "sob-2201"), ("NL503", "sob-2201"), ("NL504", "sob-2201")],
     why="Complete documentation: Bakgrund, Planering and Resultat under their own headings.")

case("502n-aktuellt-telegrafiskt-somn", "vgr", pat("1972-08-09", "f"),
     [note("n1", "nh_psykolog", "Psykologanteckning", ("Sofia Lindqvist", PSY), "2024-10-07 10:15", [
         ("Aktuellt", "Insomni sedan >1 år efter skilsmässa, insomnar efter 1–2 h, vaknar 4–5 ggr/natt. ISI 20. Ej hjälpt av sömnhygienråd."),
         ("Åtgärd", "Startar KBT-I i SoB 6 v, sömnrestriktion + stimuluskontroll."),
     ], refs=["sob-2202"])],
     trts=[trt("sob-2202", "KBT vid sömnproblem", "nh_psykolog", "ongoing", "2024-10-07", None)],
     must_not=[("NL502", "sob-2202"), ("NL503", "sob-2202")],
     why="Background written telegraphically under Aktuellt (duration, pattern, ISI, tried measures).")

case("502n-bedomning-som-indikation-panik", "skane", pat("1998-07-11", "m"),
     [note("n1", "vc_linero", "Psykologanteckning", ("Jakob Almqvist", PSY), "2024-09-09 13:30", [
         ("Bedömning", "Uppfyller kriterier för paniksyndrom, attacker 2–3/v sedan i våras, undviker buss och affärer. PDSS 14. Motiverad, lämpad för iKBT."),
         ("Behandling", "Aktiverad i Stöd och behandling, 10 moduler."),
     ], refs=["sob-2203"]),
      note("n2", "vc_linero", "Psykologanteckning", ("Jakob Almqvist", PSY), "2024-10-15 11:00", [
          ("Avslut", "Avbrutit efter modul 4, flyttar till annan ort. PDSS 10, något färre attacker. Info om att söka VC på ny ort."),
      ], refs=["sob-2203"])],
     trts=[trt("sob-2203", "Internetbaserad KBT vid paniksyndrom", "vc_linero", "aborted", "2024-09-09", "2024-10-14")],
     must_not=[("NL502", "sob-2203")],
     why="The background is given as the psychologist's Bedömning (criteria, frequency, avoidance, score).")

case("502n-pga-fritext-ibs", "vgr", pat("1981-03-21", "f"),
     [note("n1", "med_alingsas", "Behandlingsanteckning", ("Eva Lindholm", SSK), "2024-02-12 10:00", [
         ("Anteckning", "Pga långvariga IBS-besvär med diarré och buksmärta sedan 5 år, uttalat undvikande av mat och resor och utan effekt av FODMAP-kost erbjuds iKBT via 1177 Stöd och behandling. 10 moduler, ssk-återkoppling 1 g/v."),
     ], refs=["sob-2204"]),
      note("n2", "med_alingsas", "Behandlingsanteckning", ("Eva Lindholm", SSK), "2024-04-23 14:00", [
          ("Anteckning", "Avslut. Klar symtomlindring, reser nu till arbetet med tåg igen."),
      ], refs=["sob-2204"])],
     trts=[trt("sob-2204", "Internetbaserad KBT vid IBS", "med_alingsas", "completed", "2024-02-12", "2024-04-22")],
     must_not=[("NL502", "sob-2204")],
     why="Background in one free-text sentence ('Pga långvariga IBS-besvär ... erbjuds iKBT').")

case("502n-anamnes-remitterad-social-angest", "skane", pat("1995-05-25", "f"),
     [note("n1", "psyk_hbg", "Psykologanteckning", ("Rebecka Hall", PSY), "2024-02-28 15:00", [
         ("Anamnes", "Remitterad från VC. Sedan tonåren rädsla för att prata inför andra och äta bland folk, avstår från lunch med kollegor. LSAS-SR 82."),
         ("Planering", "Internet-KBT vid social ångest i Stöd och behandling, 10 moduler, start 4/3."),
     ], refs=["sob-2205"])],
     trts=[trt("sob-2205", "Internetbaserad KBT vid social ångest", "psyk_hbg", "ongoing", "2024-03-04", None)],
     must_not=[("NL502", "sob-2205")],
     why="Background under Anamnes in a note written before the treatment started.")

case("502n-bakgr-forkortning-tinnitus", "vgr", pat("1954-11-02", "m"),
     [note("n1", "audio_su", "Behandlingsanteckning", ("David Nord", PSY), "2024-05-13 09:00", [
         ("Anteckning", "Bakgr: Besvärande tinnitus bilat sedan 2 år, sömnstörning, THI 58. Audiogram: lätt diskantnedsättning."),
         ("Planering", "iKBT tinnitus 8 v i Stöd och behandling: ljudberikning, avslappning, uppmärksamhetsträning."),
     ], refs=["sob-2206"]),
      note("n2", "audio_su", "Behandlingsanteckning", ("David Nord", PSY), "2024-07-09 10:40", [
          ("Avslut", "THI 30, sover bättre, tinnitus upplevs mindre påträngande."),
      ], refs=["sob-2206"])],
     trts=[trt("sob-2206", "Internetbaserad KBT vid tinnitus", "audio_su", "completed", "2024-05-13", "2024-07-08")],
     must_not=[("NL502", "sob-2206")],
     why="Abbreviated 'Bakgr:' inside a free-text section.")

case("502n-orsak-alkohol-dsk", "skane", pat("1965-07-30", "m"),
     [note("n1", "vc_sjobo", "Sjuksköterskeanteckning", ("Anna Berg", DSK), "2024-06-03 13:00", [
         ("Orsak", "AUDIT 17, dricker ca 25 standardglas/v, oro för förhöjt GT (2,1). Önskar minska."),
         ("Åtg", "Självhjälpsprogram alkohol i SoB m. dsk-stöd, 6 v."),
     ], refs=["sob-2207"]),
      note("n2", "vc_sjobo", "Sjuksköterskeanteckning", ("Anna Berg", DSK), "2024-07-16 09:30", [
          ("Resultat", "8 glas/v, GT 1,0 vid kontroll 15/7."),
      ], refs=["sob-2207"])],
     trts=[trt("sob-2207", "Alkohol – minska ditt drickande", "vc_sjobo", "completed", "2024-06-03", "2024-07-15")],
     must_not=[("NL502", "sob-2207")],
     why="Background under the heading 'Orsak' with scores and lab values.")

# =========================================================================== NL503
# No planned or performed treatment actions in the journal.

case("503p-bakgrund-endast-pagaende-depr", "skane", pat("1995-01-06", "f"),
     [note("n1", "psyk_inet", "Psykologanteckning", ("Tove Ekström", PSY), "2024-11-04 11:00", [
         ("Bakgrund", "29-årig kvinna med nedstämdhet sedan förlossningen för ett år sedan, PHQ-9 17, ingen suicidalitet, bor med sambo och barn."),
     ], refs=["sob-2301"])],
     trts=[trt("sob-2301", "Internetbaserad KBT vid depression", "psyk_inet", "ongoing", "2024-11-04", None)],
     must=[("NL503", "sob-2301")], must_not=[("NL502", "sob-2301"), ("NL504", "sob-2301")],
     why="Only the background is documented; nothing on what is planned or done in the programme.")

case("503p-bakgrund-och-resultat-somn", "vgr", pat("1978-12-12", "m"),
     [note("n1", "nh_psykolog", "Psykologanteckning", ("Sofia Lindqvist", PSY), "2024-02-05 10:00", [
         ("Bakgrund", "Sömnsvårigheter sedan 3 år, ISI 19, arbetar skift."),
     ], refs=["sob-2302"]),
      note("n2", "nh_psykolog", "Psykologanteckning", ("Sofia Lindqvist", PSY), "2024-03-19 15:30", [
          ("Resultat", "Vid avslut ISI 8, sömneffektivitet 88 %."),
      ], refs=["sob-2302"])],
     trts=[trt("sob-2302", "KBT vid sömnproblem", "nh_psykolog", "completed", "2024-02-05", "2024-03-18")],
     must=[("NL503", "sob-2302")], must_not=[("NL502", "sob-2302"), ("NL504", "sob-2302")],
     why="Background and result, but the treatment actions in between are never documented.")

case("503p-bedomning-endast-oro", "skane", pat("1983-08-22", "f"),
     [note("n1", "vc_nasby", "Psykologanteckning", ("Oscar Dahl", PSY), "2024-04-22 14:30", [
         ("Bedömning", "Generaliserat ängsligt syndrom, oroar sig dagligen för familj och ekonomi, GAD-7 15. God insikt, inga suicidtankar."),
     ], refs=["sob-2303"])],
     trts=[trt("sob-2303", "Internetbaserad KBT vid oro och ängslan", "vc_nasby", "ongoing", "2024-04-22", None)],
     must=[("NL503", "sob-2303")], must_not=[("NL504", "sob-2303")],
     why="An assessment note only; no plan of which treatment actions follow.")

case("503p-avbruten-anamnes-och-utfall", "vgr", pat("2002-06-18", "m"),
     [note("n1", "psyk_boras", "Psykologanteckning", ("Moa Fredriksson", PSY), "2024-06-10 13:00", [
         ("Anamnes", "Social ångest sedan gymnasiet, LSAS 70, undviker telefonsamtal och möten."),
     ], refs=["sob-2304"]),
      note("n2", "psyk_boras", "Psykologanteckning", ("Moa Fredriksson", PSY), "2024-07-16 10:10", [
          ("Avslut", "Avbrutit, LSAS vid avbrott 68, anger brist på tid."),
      ], refs=["sob-2304"])],
     trts=[trt("sob-2304", "Internetbaserad KBT vid social ångest", "psyk_boras", "aborted", "2024-06-10", "2024-07-15")],
     must=[("NL503", "sob-2304")], must_not=[("NL502", "sob-2304"), ("NL504", "sob-2304")],
     why="Aborted treatment: background and outcome documented, the actions (modules, exercises) not.")

case("503p-ibs-bara-aktuellt", "skane", pat("1988-09-30", "f"),
     [note("n1", "gastro_malmo", "Sjuksköterskeanteckning", ("Jenny Rask", SSK), "2024-09-16 09:40", [
         ("Aktuellt", "IBS med diarré sedan 10 år, koloskopi ua 2022, besvär dagligen, undviker att äta ute."),
     ], refs=["sob-2305"])],
     trts=[trt("sob-2305", "Internetbaserad KBT vid IBS", "gastro_malmo", "ongoing", "2024-09-16", None)],
     must=[("NL503", "sob-2305")], must_not=[("NL504", "sob-2305")],
     why="Telegraphic background ('koloskopi ua') with no treatment plan.")

case("503p-tinnitus-bakgrund-och-avslut", "vgr", pat("1970-02-15", "f"),
     [note("n1", "audio_su", "Behandlingsanteckning", ("David Nord", PSY), "2024-08-26 10:00", [
         ("Bakgrund", "Tinnitus vä sedan 1 år efter bullerexponering på konsert, THI 46, stressad av ljudet."),
     ], refs=["sob-2306"]),
      note("n2", "audio_su", "Behandlingsanteckning", ("David Nord", PSY), "2024-10-22 13:00", [
          ("Avslut", "THI 22, pat nöjd och hanterar ljudet bättre."),
      ], refs=["sob-2306"])],
     trts=[trt("sob-2306", "Internetbaserad KBT vid tinnitus", "audio_su", "completed", "2024-08-26", "2024-10-21")],
     must=[("NL503", "sob-2306")], must_not=[("NL502", "sob-2306"), ("NL504", "sob-2306")],
     why="Before and after are documented, what the treatment consisted of is not.")

case("503p-stress-kurator-bara-aktuellt", "skane", pat("1980-11-09", "m"),
     [note("n1", "vc_horby", "Kuratorsanteckning", ("Anders Bring", KUR), "2024-05-20 11:00", [
         ("Aktuellt", "Stressrelaterade besvär sedan omorganisation på jobbet, sover dåligt, koncentrationssvårigheter, heltidssjukskriven sedan 2 v."),
     ], refs=["sob-2307"])],
     trts=[trt("sob-2307", "Stöd vid stress", "vc_horby", "ongoing", "2024-05-20", None)],
     must=[("NL503", "sob-2307")], must_not=[("NL504", "sob-2307")],
     why="Counsellor documents the situation only; no planned action.")

case("503n-planerat-och-genomfort-depr", "skane", pat("1977-03-03", "f"),
     [note("n1", "psyk_inet", "Psykologanteckning", ("Tove Ekström", PSY), "2024-02-19 10:00", [
         ("Bakgrund", "Lindrig–måttlig depression sedan uppsägning i höstas, PHQ-9 14."),
         ("Planerad behandling", "8 moduler iKBT, skriftlig återkoppling varje vecka."),
     ], refs=["sob-2401"]),
      note("n2", "psyk_inet", "Psykologanteckning", ("Tove Ekström", PSY), "2024-04-23 11:30", [
          ("Genomfört", "Moduler 1–8: beteendeaktivering, aktivitetsschema, hantering av ältande."),
          ("Resultat", "PHQ-9 6, söker nya jobb aktivt."),
      ], refs=["sob-2401"])],
     trts=[trt("sob-2401", "Internetbaserad KBT vid depression", "psyk_inet", "completed", "2024-02-19", "2024-04-22")],
     must_not=[("NL503", "sob-2401"), ("NL502", "sob-2401"), ("NL504", "sob-2401")],
     why="Both planned and performed actions documented, under 'Planerad behandling' and 'Genomfört'.")

case("503n-atg-forkortning-somn", "vgr", pat("1957-04-01", "f"),
     [note("n1", "nh_psykolog", "Psykologanteckning", ("Sofia Lindqvist", PSY), "2024-09-23 13:00", [
         ("Anteckning", "Bakgr: insomnar sent, vaknar tidigt sedan pensionering, ISI 17. Åtg: akt. i SoB, KBT-I, sömnrestr. fr. v.2."),
     ], refs=["sob-2402"])],
     trts=[trt("sob-2402", "KBT vid sömnproblem", "nh_psykolog", "ongoing", "2024-09-23", None)],
     must_not=[("NL503", "sob-2402")],
     why="Heavily abbreviated action ('Åtg: akt. i SoB, KBT-I, sömnrestr.').")

case("503n-modulstatus-oro", "skane", pat("1991-10-04", "m"),
     [note("n1", "vc_nasby", "Psykologanteckning", ("Oscar Dahl", PSY), "2024-01-29 14:00", [
         ("Bakgrund", "Oro och spänningar dagligen sedan 2 år, GAD-7 13."),
     ], refs=["sob-2403"]),
      note("n2", "vc_nasby", "Psykologanteckning", ("Oscar Dahl", PSY), "2024-03-04 10:00", [
          ("Behandlingsuppföljning", "Pat har genomfört modul 1–4 (psykoedukation, oroslogg, problemlösning). Skriftlig återkoppling given i plattformen."),
      ], refs=["sob-2403"])],
     trts=[trt("sob-2403", "Internetbaserad KBT vid oro och ängslan", "vc_nasby", "ongoing", "2024-01-29", None)],
     must_not=[("NL503", "sob-2403")],
     why="Performed actions documented as a module status in a follow-up note.")

case("503n-exponering-innan-avbrott", "vgr", pat("1999-12-29", "f"),
     [note("n1", "psyk_boras", "Psykologanteckning", ("Moa Fredriksson", PSY), "2024-03-18 13:30", [
         ("Bakgrund", "Social ångest, LSAS 74, slutat på kurs pga rädsla att prata i grupp."),
     ], refs=["sob-2404"]),
      note("n2", "psyk_boras", "Psykologanteckning", ("Moa Fredriksson", PSY), "2024-04-30 09:00", [
          ("Avslut", "Hann genomföra modul 1–3 inkl. första exponeringsövningarna (ringa samtal, fråga i butik) innan avbrott. LSAS 66 vid avbrott."),
      ], refs=["sob-2404"])],
     trts=[trt("sob-2404", "Internetbaserad KBT vid social ångest", "psyk_boras", "aborted", "2024-03-18", "2024-04-29")],
     must_not=[("NL503", "sob-2404")],
     why="The actions performed before the abort are written in the closing note.")

case("503n-ibs-behandling-rubrik", "skane", pat("1984-06-09", "m"),
     [note("n1", "gastro_malmo", "Sjuksköterskeanteckning", ("Jenny Rask", SSK), "2024-05-27 10:30", [
         ("Aktuellt", "IBS med förstoppning och buksmärta sedan 6 år, rädd att få ont på jobbet."),
         ("Behandling", "Internetbehandling mot IBS i 1177 Stöd och behandling. Övningar: symtomexponering, minska kontrollbeteenden. Ssk ger feedback 1 g/v."),
     ], refs=["sob-2405"])],
     trts=[trt("sob-2405", "Internetbaserad KBT vid IBS", "gastro_malmo", "ongoing", "2024-05-27", None)],
     must_not=[("NL503", "sob-2405")],
     why="Planned actions under the heading Behandling.")

case("503n-tinnitus-genomfort", "vgr", pat("1962-01-25", "m"),
     [note("n1", "audio_su", "Behandlingsanteckning", ("David Nord", PSY), "2024-01-15 09:30", [
         ("Bakgrund", "Tinnitus bilat efter hörselskada under militärtjänst, THI 52, irritabel."),
     ], refs=["sob-2406"]),
      note("n2", "audio_su", "Behandlingsanteckning", ("David Nord", PSY), "2024-03-12 14:00", [
          ("Genomfört", "Ljudberikning, avslappningsträning och uppmärksamhetsträning under 8 v i plattformen."),
          ("Resultat", "THI 26."),
      ], refs=["sob-2406"])],
     trts=[trt("sob-2406", "Internetbaserad KBT vid tinnitus", "audio_su", "completed", "2024-01-15", "2024-03-11")],
     must_not=[("NL503", "sob-2406")],
     why="Performed actions listed in the closing note only (no separate plan note).")

case("503n-planned-stress-planering", "skane", pat("1968-05-14", "f"),
     [note("n1", "vc_horby", "Kuratorsanteckning", ("Anders Bring", KUR), "2024-06-17 14:00", [
         ("Bakgrund", "Utmattningssymtom efter lång period av hög arbetsbelastning och anhörigvård, KEDS 28."),
         ("Planering", "Stresshanteringsprogram i Stöd och behandling planeras, start efter semestern v. 33, 5 moduler med kuratorsstöd."),
     ], refs=["sob-2407"])],
     trts=[trt("sob-2407", "Stöd vid stress", "vc_horby", "planned", None, None)],
     must_not=[("NL503", "sob-2407"), ("NL504", "sob-2407")],
     why="A planned (not yet started) treatment whose planned actions are documented.")

# =========================================================================== NL504
# Finished or aborted treatment without the result of the treatment actions.

case("504p-avslutad-utan-utfall-depr", "skane", pat("1973-10-21", "m"),
     [note("n1", "psyk_inet", "Psykologanteckning", ("Elin Svensson", PSY), "2024-05-06 10:00", [
         ("Bakgrund", "Återkommande depression, nu lindrig episod sedan i vintras, PHQ-9 12."),
         ("Planering", "iKBT 8 moduler i Stöd och behandling, återkoppling varje vecka."),
     ], refs=["sob-2501"]),
      note("n2", "psyk_inet", "Psykologanteckning", ("Elin Svensson", PSY), "2024-07-02 09:00", [
          ("Avslut", "Behandlingen i Stöd och behandling avslutad 1/7."),
      ], refs=["sob-2501"])],
     trts=[trt("sob-2501", "Internetbaserad KBT vid depression", "psyk_inet", "completed", "2024-05-06", "2024-07-01")],
     must=[("NL504", "sob-2501")], must_not=[("NL502", "sob-2501"), ("NL503", "sob-2501")],
     why="Closing note only states that the treatment ended, not its result.")

case("504p-avbruten-ingen-slutanteckning", "vgr", pat("1989-01-31", "f"),
     [note("n1", "nh_psykolog", "Psykologanteckning", ("Sofia Lindqvist", PSY), "2024-03-04 13:00", [
         ("Bakgrund", "Svårt att somna sedan 8 mån pga oro inför föräldraledighetens slut, ISI 18."),
         ("Åtgärd", "KBT-I via Stöd och behandling 6 v, sömnrestriktion, stimuluskontroll."),
     ], refs=["sob-2502"])],
     trts=[trt("sob-2502", "KBT vid sömnproblem", "nh_psykolog", "aborted", "2024-03-04", "2024-03-25")],
     must=[("NL504", "sob-2502")], must_not=[("NL502", "sob-2502"), ("NL503", "sob-2502")],
     why="Aborted on the platform; no note at all after the start, so no result.")

case("504p-completed-bara-veckouppfoljning-oro", "skane", pat("1979-04-12", "f"),
     [note("n1", "vc_nasby", "Psykologanteckning", ("Oscar Dahl", PSY), "2024-08-12 10:00", [
         ("Bakgrund", "Ihållande oro för barnens hälsa, kontrollerar och söker försäkringar, GAD-7 16."),
         ("Planering", "iKBT vid oro i plattformen, 9 moduler, återkoppling fredagar."),
     ], refs=["sob-2503"]),
      note("n2", "vc_nasby", "Psykologanteckning", ("Oscar Dahl", PSY), "2024-09-02 14:00", [
          ("Behandlingsuppföljning", "Modul 1–3 genomförda, återkoppling given."),
      ], refs=["sob-2503"])],
     trts=[trt("sob-2503", "Internetbaserad KBT vid oro och ängslan", "vc_nasby", "completed", "2024-08-12", "2024-10-14")],
     must=[("NL504", "sob-2503")], must_not=[("NL502", "sob-2503"), ("NL503", "sob-2503")],
     why="Completed treatment whose last note is a mid-treatment progress line; no result documented.")

case("504p-ibs-utskriven-formalia", "vgr", pat("1993-07-27", "f"),
     [note("n1", "med_alingsas", "Behandlingsanteckning", ("Eva Lindholm", SSK), "2024-05-20 10:00", [
         ("Bakgrund", "IBS blandtyp sedan tonåren, undviker långa bilresor pga trängningar."),
         ("Planering", "iKBT IBS i Stöd och behandling, 10 moduler, ssk-återkoppling varje tisdag."),
     ], refs=["sob-2504"]),
      note("n2", "med_alingsas", "Behandlingsanteckning", ("Eva Lindholm", SSK), "2024-07-30 11:00", [
          ("Avslut", "Avslut i plattformen, pat utskriven från programmet. Åter till VC."),
      ], refs=["sob-2504"])],
     trts=[trt("sob-2504", "Internetbaserad KBT vid IBS", "med_alingsas", "completed", "2024-05-20", "2024-07-29")],
     must=[("NL504", "sob-2504")], must_not=[("NL502", "sob-2504"), ("NL503", "sob-2504")],
     why="Administrative discharge line, no outcome of the treatment.")

case("504p-tinnitus-avbryter-formalia", "skane", pat("1951-09-19", "m"),
     [note("n1", "audio_lund", "Behandlingsanteckning", ("Rebecka Hall", PSY), "2024-10-07 09:00", [
         ("Bakgrund", "Tinnitus hö sedan plötslig hörselnedsättning 2022, THI 62, svårt att koncentrera sig."),
         ("Planering", "Internetbaserad KBT 8 v i Stöd och behandling med ljudberikning och avslappning."),
     ], refs=["sob-2505"]),
      note("n2", "audio_lund", "Behandlingsanteckning", ("Rebecka Hall", PSY), "2024-10-29 10:30", [
          ("Avslut", "Pat avbryter programmet efter modul 2. Avslutas i plattformen."),
      ], refs=["sob-2505"])],
     trts=[trt("sob-2505", "Internetbaserad KBT vid tinnitus", "audio_lund", "aborted", "2024-10-07", "2024-10-28")],
     must=[("NL504", "sob-2505")], must_not=[("NL502", "sob-2505"), ("NL503", "sob-2505")],
     why="Aborted: the note records the abort but not how the patient was at that point.")

case("504p-alkohol-sista-modul-utan-utfall", "vgr", pat("1961-12-30", "f"),
     [note("n1", "nh_lundby", "Sjuksköterskeanteckning", ("Amanda Ek", DSK), "2024-04-29 10:00", [
         ("Bakgrund", "AUDIT 14, vin varje kväll sedan pensionen, ca 20 standardglas/v. Vill dra ner."),
         ("Åtgärd", "Alkoholprogram i Stöd och behandling, 6 moduler, dsk-stöd varje vecka."),
     ], refs=["sob-2506"]),
      note("n2", "nh_lundby", "Sjuksköterskeanteckning", ("Amanda Ek", DSK), "2024-06-11 09:15", [
          ("Anteckning", "Sista modulen genomförd 10/6. Avslutar behandlarstödet."),
      ], refs=["sob-2506"])],
     trts=[trt("sob-2506", "Alkohol – minska ditt drickande", "nh_lundby", "completed", "2024-04-29", "2024-06-10")],
     must=[("NL504", "sob-2506")], must_not=[("NL502", "sob-2506"), ("NL503", "sob-2506")],
     why="Completed alcohol programme; nothing on the drinking at the end.")

case("504p-depr-vgr-bara-veckouppfoljning", "vgr", pat("1982-02-08", "m"),
     [note("n1", "psyk_molndal", "Psykologanteckning", ("Moa Fredriksson", PSY), "2024-09-02 13:00", [
         ("Bakgrund", "Måttlig depression efter separation i våras, MADRS-S 26, sover dåligt."),
         ("Planering", "iKBT depression i Stöd och behandling, 8 moduler med veckovis återkoppling."),
     ], refs=["sob-2507"]),
      note("n2", "psyk_molndal", "Psykologanteckning", ("Moa Fredriksson", PSY), "2024-10-14 15:00", [
          ("Behandlingsuppföljning", "Veckouppföljning: modul 6 klar, fortsatt motiverad, övningar görs regelbundet."),
      ], refs=["sob-2507"])],
     trts=[trt("sob-2507", "Internetbaserad KBT vid depression", "psyk_molndal", "completed", "2024-09-02", "2024-11-04")],
     must=[("NL504", "sob-2507")], must_not=[("NL502", "sob-2507"), ("NL503", "sob-2507")],
     why="The platform says completed on 4/11; the journal stops at a week-6 progress note.")

case("504n-resultat-rubrik-depr", "skane", pat("1990-06-27", "f"),
     [note("n1", "psyk_inet", "Psykologanteckning", ("Tove Ekström", PSY), "2024-08-05 10:00", [
         ("Bakgrund", "Nedstämd och orkeslös sedan vårterminen, PHQ-9 19, studerar på högskola."),
         ("Planering", "iKBT depression, 8 moduler, veckovis återkoppling i plattformen."),
     ], refs=["sob-2601"]),
      note("n2", "psyk_inet", "Psykologanteckning", ("Tove Ekström", PSY), "2024-10-08 10:00", [
          ("Resultat", "PHQ-9 19 → 6. Sover bättre, har återupptagit träning."),
      ], refs=["sob-2601"])],
     trts=[trt("sob-2601", "Internetbaserad KBT vid depression", "psyk_inet", "completed", "2024-08-05", "2024-10-07")],
     must_not=[("NL504", "sob-2601")],
     why="Result under its own heading with before/after score.")

case("504n-pagaende-utan-resultat", "vgr", pat("1974-09-05", "m"),
     [note("n1", "nh_psykolog", "Psykologanteckning", ("Sofia Lindqvist", PSY), "2024-11-11 10:00", [
         ("Bakgrund", "Tidigt uppvaknande sedan 6 mån, dagtrötthet, ISI 16."),
         ("Åtgärd", "KBT-I i Stöd och behandling, 6 v, sömndagbok och sömnfönster."),
     ], refs=["sob-2602"])],
     trts=[trt("sob-2602", "KBT vid sömnproblem", "nh_psykolog", "ongoing", "2024-11-11", None, [
         ("p", "2024-11-18 07:05", "Har fyllt i sömndagboken varje morgon den här veckan."),
     ])],
     must_not=[("NL504", "sob-2602")],
     why="An ongoing treatment has no result yet; the catalog limits NL504 to finished or aborted ones.")

case("504n-planned-utan-resultat", "skane", pat("1971-03-16", "m"),
     [note("n1", "vc_kavlinge", "Kuratorsanteckning", ("Anders Bring", KUR), "2024-08-20 13:00", [
         ("Bakgrund", "Stress och sömnbesvär efter att ha blivit ensam med ansvar för företaget."),
         ("Planering", "Program Stöd vid stress i plattformen planeras från 9/9, 5 moduler."),
     ], refs=["sob-2603"])],
     trts=[trt("sob-2603", "Stöd vid stress", "vc_kavlinge", "planned", None, None)],
     must_not=[("NL504", "sob-2603")],
     why="A planned treatment cannot lack a result.")

case("504n-avbruten-med-utfall-oro", "vgr", pat("1986-11-22", "f"),
     [note("n1", "psyk_boras", "Psykologanteckning", ("Moa Fredriksson", PSY), "2024-02-26 14:00", [
         ("Bakgrund", "Oro dagligen för jobb och hälsa, muskelspänningar, GAD-7 14."),
         ("Planering", "iKBT vid oro, 9 moduler i Stöd och behandling."),
     ], refs=["sob-2604"]),
      note("n2", "psyk_boras", "Psykologanteckning", ("Moa Fredriksson", PSY), "2024-03-26 10:00", [
          ("Avslut", "Avbröt efter modul 2 pga ny tjänst med mycket resor. Ingen förändring i GAD-7 (14 → 13). Erbjuds ny start i höst."),
      ], refs=["sob-2604"])],
     trts=[trt("sob-2604", "Internetbaserad KBT vid oro och ängslan", "psyk_boras", "aborted", "2024-02-26", "2024-03-25")],
     must_not=[("NL504", "sob-2604")],
     why="Aborted treatment with the outcome at abort (unchanged score) documented.")

case("504n-utvardering-lay-somn", "skane", pat("1953-08-13", "f"),
     [note("n1", "vc_sjobo", "Psykologanteckning", ("Jakob Almqvist", PSY), "2024-01-22 13:30", [
         ("Bakgrund", "Sömnbesvär sedan makens död för 2 år sedan, tar zopiklon de flesta nätter, ISI 21."),
         ("Planering", "KBT-I i Stöd och behandling 6 v, nedtrappning av zopiklon parallellt."),
     ], refs=["sob-2605"]),
      note("n2", "vc_sjobo", "Psykologanteckning", ("Jakob Almqvist", PSY), "2024-03-05 11:00", [
          ("Utvärdering", "Pat upplever sig mycket bättre, sover hela nätter, inga sömnmedel. ISI 7."),
      ], refs=["sob-2605"])],
     trts=[trt("sob-2605", "KBT vid sömnproblem", "vc_sjobo", "completed", "2024-01-22", "2024-03-04")],
     must_not=[("NL504", "sob-2605")],
     why="Result documented under 'Utvärdering' in plain words plus a score.")

case("504n-effekt-telegraf-ibs", "vgr", pat("1997-05-03", "m"),
     [note("n1", "med_alingsas", "Behandlingsanteckning", ("Eva Lindholm", SSK), "2024-09-09 10:00", [
         ("Bakgrund", "IBS-D, trängningar varje morgon, har slutat träna pga oro för toalettbesök."),
         ("Planering", "iKBT IBS 10 v i 1177 Stöd och behandling, exponering och minskat undvikande."),
     ], refs=["sob-2606"]),
      note("n2", "med_alingsas", "Behandlingsanteckning", ("Eva Lindholm", SSK), "2024-11-19 09:30", [
          ("Anteckning", "Effekt: god, GSRS-IBS 48→22, tränar igen."),
      ], refs=["sob-2606"])],
     trts=[trt("sob-2606", "Internetbaserad KBT vid IBS", "med_alingsas", "completed", "2024-09-09", "2024-11-18")],
     must_not=[("NL504", "sob-2606")],
     why="Telegraphic 'Effekt: god, GSRS-IBS 48→22' is the result.")

case("504n-uppfoljning-efter-avslut-tinnitus", "skane", pat("1966-04-07", "f"),
     [note("n1", "audio_lund", "Behandlingsanteckning", ("Rebecka Hall", PSY), "2024-01-08 10:00", [
         ("Bakgrund", "Tinnitus bilat sedan 5 år, förvärrat i samband med stress, THI 54."),
         ("Planering", "iKBT tinnitus i Stöd och behandling 8 v."),
     ], refs=["sob-2607"]),
      note("n2", "audio_lund", "Behandlingsanteckning", ("Rebecka Hall", PSY), "2024-06-03 14:00", [
          ("Uppföljning", "3 mån efter avslut: THI 28 (före 54), använder ljudberikning vid insomning."),
      ], refs=["sob-2607"])],
     trts=[trt("sob-2607", "Internetbaserad KBT vid tinnitus", "audio_lund", "completed", "2024-01-08", "2024-03-04")],
     must_not=[("NL504", "sob-2607")],
     why="Result documented at a follow-up three months after the end.")

# =========================================================================== NL505
# "Dessutom kan annan information som är av relevans för att patienten ska få en god
# och säker vård inkomma via stöd och behandlingsplattformen. Denna information är också
# journalpliktig och ska dokumenteras i patientens journal." (routine 000 §3)

case("505p-dodstankar-ej-journalforda", "skane", pat("1992-02-20", "f"),
     [note("n1", "psyk_inet", "Psykologanteckning", ("Elin Svensson", PSY), "2024-02-05 10:00", [
         ("Bakgrund", "Måttlig depression sedan hösten, PHQ-9 16, arbetar heltid med svårighet."),
         ("Planering", "iKBT 8 moduler i Stöd och behandling, återkoppling onsdagar."),
     ], refs=["sob-2701"]),
      note("n2", "psyk_inet", "Psykologanteckning", ("Elin Svensson", PSY), "2024-03-01 11:00", [
          ("Behandlingsuppföljning", "Modul 3 genomförd, aktivitetsschema följs delvis. Återkoppling given i plattformen."),
      ], refs=["sob-2701"])],
     trts=[trt("sob-2701", "Internetbaserad KBT vid depression", "psyk_inet", "ongoing", "2024-02-05", None, [
         ("p", "2024-02-26 21:40", "Vecka 3 var tung. Ärligt talat har jag på kvällarna tänkt att det vore skönt att bara somna och inte vakna igen."),
     ])],
     must=[("NL505", "sob-2701")],
     why="Passive death wishes written in the platform; the later journal note says nothing about them.")

case("505p-biverkan-sertralin-ej-journalford", "vgr", pat("1985-06-13", "f"),
     [note("n1", "nh_psykolog", "Psykologanteckning", ("Sofia Lindqvist", PSY), "2024-04-08 10:00", [
         ("Bakgrund", "Oro och sömnsvårigheter sedan 1 år, GAD-7 14, nyligen insatt SSRI via VC."),
         ("Planering", "iKBT vid oro, 9 moduler, återkoppling varje vecka."),
     ], refs=["sob-2702"]),
      note("n2", "nh_psykolog", "Psykologanteckning", ("Sofia Lindqvist", PSY), "2024-05-06 14:00", [
          ("Behandlingsuppföljning", "Modul 1–4 genomförda enligt plan, återkoppling given."),
      ], refs=["sob-2702"])],
     trts=[trt("sob-2702", "Internetbaserad KBT vid oro och ängslan", "nh_psykolog", "ongoing", "2024-04-08", None, [
         ("p", "2024-04-29 20:10", "Jag började med sertralinet som doktorn skrev ut och sen dess mår jag illa hela dagarna och har fått diarré. Har slutat ta dom i söndags."),
     ])],
     must=[("NL505", "sob-2702")],
     why="Side effects and self-discontinued medication reported in the platform, not in the journal.")

case("505p-forsamring-panik-ej-journalford", "skane", pat("1990-09-01", "m"),
     [note("n1", "vc_linero", "Psykologanteckning", ("Jakob Almqvist", PSY), "2024-10-07 13:00", [
         ("Bakgrund", "Panikattacker sedan 1 år, undviker trånga lokaler, PDSS 12."),
         ("Planering", "iKBT paniksyndrom, 10 moduler i Stöd och behandling."),
     ], refs=["sob-2703"])],
     trts=[trt("sob-2703", "Internetbaserad KBT vid paniksyndrom", "vc_linero", "ongoing", "2024-10-07", None, [
         ("p", "2024-10-28 19:30", "Det har blivit mycket värre sen förra veckan, fick panikattack i affären och har inte vågat gå ut sen dess. Har varit hemma från jobbet hela veckan."),
     ])],
     must=[("NL505", "sob-2703")],
     why="Marked worsening and sick leave reported in the platform; the journal has only the start note.")

case("505p-okat-alkoholintag-ej-journalfort", "vgr", pat("1996-03-27", "m"),
     [note("n1", "psyk_boras", "Psykologanteckning", ("Moa Fredriksson", PSY), "2024-08-19 10:00", [
         ("Bakgrund", "Social ångest, LSAS 76, undviker fester och att prata i telefon."),
         ("Planering", "iKBT social ångest, 10 moduler, exponering från modul 3."),
     ], refs=["sob-2704"]),
      note("n2", "psyk_boras", "Psykologanteckning", ("Moa Fredriksson", PSY), "2024-09-16 10:00", [
          ("Behandlingsuppföljning", "Genomfört modul 1–3, exponeringshierarki upprättad."),
      ], refs=["sob-2704"])],
     trts=[trt("sob-2704", "Internetbaserad KBT vid social ångest", "psyk_boras", "ongoing", "2024-08-19", None, [
         ("p", "2024-09-09 22:05", "Jag har märkt att jag dricker mer nu, typ en flaska vin varje kväll för att våga göra övningarna."),
     ])],
     must=[("NL505", "sob-2704")],
     why="Daily heavy drinking used as a safety behaviour, told in the platform, absent from the journal.")

case("505p-sjalvskada-ej-journalford", "skane", pat("2001-10-10", "f"),
     [note("n1", "psyk_hbg", "Psykologanteckning", ("Rebecka Hall", PSY), "2024-03-11 13:00", [
         ("Bakgrund", "Depression sedan gymnasiet, tidigare självskadebeteende, inget senaste året. PHQ-9 15."),
         ("Planering", "iKBT depression, 8 moduler, återkoppling måndagar."),
     ], refs=["sob-2705"])],
     trts=[trt("sob-2705", "Internetbaserad KBT vid depression", "psyk_hbg", "ongoing", "2024-03-11", None, [
         ("p", "2024-04-08 08:20", "sorry att jag inte gjort modulen. hade en dålig helg och skar mig igen för första gången på länge. det är okej nu"),
     ])],
     must=[("NL505", "sob-2705")],
     why="Renewed self-harm told in lay words on the platform; the journal only mentions earlier self-harm in the background.")

case("505p-blod-i-avforingen-ibs", "vgr", pat("1975-12-04", "m"),
     [note("n1", "med_alingsas", "Behandlingsanteckning", ("Eva Lindholm", SSK), "2024-10-14 10:00", [
         ("Bakgrund", "IBS-D sedan 8 år, utredd 2019, undviker resor."),
         ("Planering", "iKBT IBS 10 v i Stöd och behandling."),
     ], refs=["sob-2706"]),
      note("n2", "med_alingsas", "Behandlingsanteckning", ("Eva Lindholm", SSK), "2024-11-11 10:00", [
          ("Behandlingsuppföljning", "Modul 1–3 genomförda, symtomdagbok förs."),
      ], refs=["sob-2706"])],
     trts=[trt("sob-2706", "Internetbaserad KBT vid IBS", "med_alingsas", "ongoing", "2024-10-14", None, [
         ("p", "2024-11-04 18:45", "Jag har sett blod i avföringen några gånger senaste veckan, och gått ner 4 kg utan att försöka."),
     ])],
     must=[("NL505", "sob-2706")],
     why="New alarm symptoms (blood in stool, weight loss) reported in the platform, not in the journal.")

case("505p-propavan-dasig-bilkorning", "skane", pat("1958-07-07", "m"),
     [note("n1", "vc_sjobo", "Psykologanteckning", ("Jakob Almqvist", PSY), "2024-02-19 14:00", [
         ("Bakgrund", "Sömnbesvär sedan 2 år, vaknar kl 3–4, ISI 18."),
         ("Planering", "KBT-I i Stöd och behandling 6 v."),
     ], refs=["sob-2707"])],
     trts=[trt("sob-2707", "KBT vid sömnproblem", "vc_sjobo", "ongoing", "2024-02-19", None, [
         ("p", "2024-03-11 09:00", "Läkaren på akuten gav mig Propavan förra veckan och jag tar 2 tabletter varje kväll nu, blir väldigt dåsig på morgonen och körde nästan av vägen i tisdags."),
     ])],
     must=[("NL505", "sob-2707")],
     why="New sedative, morning drowsiness and a near road accident reported in the platform only.")

case("505n-dodstankar-journalforda", "skane", pat("1983-04-29", "f"),
     [note("n1", "psyk_inet", "Psykologanteckning", ("Tove Ekström", PSY), "2024-03-04 10:00", [
         ("Bakgrund", "Depression efter lång sjukdomsperiod i familjen, PHQ-9 18."),
         ("Planering", "iKBT depression 8 moduler, återkoppling tisdagar."),
     ], refs=["sob-2801"]),
      note("n2", "psyk_inet", "Psykologanteckning", ("Tove Ekström", PSY), "2024-03-26 10:30", [
          ("Aktuellt", "Pat beskriver i meddelande i Stöd och behandling 25/3 tankar på att anhöriga skulle klara sig bättre utan henne."),
          ("Bedömning", "Ringd samma dag: passiva dödstankar, inga aktiva suicidtankar, ingen plan, skyddsfaktorer barnen och sambo. Suicidriskbedömning: låg."),
          ("Planering", "Fortsatt iKBT, info om att söka akut vid försämring."),
      ], refs=["sob-2801"])],
     trts=[trt("sob-2801", "Internetbaserad KBT vid depression", "psyk_inet", "ongoing", "2024-03-04", None, [
         ("p", "2024-03-25 20:15", "Den här veckan har varit mörk. Ibland på kvällen tänker jag att alla skulle klara sig bättre utan mig."),
     ])],
     must_not=[("NL505", "sob-2801")],
     why="The platform message is documented in the journal in other words, with the assessment it led to.")

case("505n-biverkan-journalford", "vgr", pat("1994-08-16", "f"),
     [note("n1", "nh_psykolog", "Psykologanteckning", ("Sofia Lindqvist", PSY), "2024-06-03 10:00", [
         ("Bakgrund", "Oro och ältande sedan studierna, GAD-7 12."),
         ("Planering", "iKBT vid oro i Stöd och behandling, 9 moduler."),
     ], refs=["sob-2802"]),
      note("n2", "nh_psykolog", "Psykologanteckning", ("Sofia Lindqvist", PSY), "2024-06-25 11:00", [
          ("Aktuellt", "I plattformen rapporterar pat illamående och daglig huvudvärk efter insättning av escitalopram."),
          ("Åtgärd", "Kontaktat ordinerande dl på VC, tel.tid bokad 27/6. Modultakten sänks tillfälligt."),
      ], refs=["sob-2802"])],
     trts=[trt("sob-2802", "Internetbaserad KBT vid oro och ängslan", "nh_psykolog", "ongoing", "2024-06-03", None, [
         ("p", "2024-06-24 19:50", "Sen jag började med Escitalopram mår jag illa och har huvudvärk varje dag, orkar inte riktigt med övningarna."),
     ])],
     must_not=[("NL505", "sob-2802")],
     why="Side effects reported on the platform are documented, with the action taken.")

case("505n-forsamring-journalford", "skane", pat("1988-01-14", "m"),
     [note("n1", "vc_linero", "Psykologanteckning", ("Jakob Almqvist", PSY), "2024-01-15 13:00", [
         ("Bakgrund", "Panikattacker på buss och i kö sedan i somras, PDSS 13."),
         ("Planering", "iKBT vid panik, 10 moduler, exponering från modul 4."),
     ], refs=["sob-2803"]),
      note("n2", "vc_linero", "Psykologanteckning", ("Jakob Almqvist", PSY), "2024-02-06 09:30", [
          ("Anteckning", "Försämring enl. meddelande via SoB: ökade panikattacker, undviker buss, egen sjukanmälan sedan 31/1. Tel.samtal med pat, läkarbesök bokat för sjukskrivningsbedömning, fortsatt exponering i mindre steg."),
      ], refs=["sob-2803"])],
     trts=[trt("sob-2803", "Internetbaserad KBT vid paniksyndrom", "vc_linero", "ongoing", "2024-01-15", None, [
         ("p", "2024-02-05 17:10", "Har fått mycket mer panik igen, vågade inte ta bussen till jobbet så jag har varit sjukskriven sen i onsdags."),
     ])],
     must_not=[("NL505", "sob-2803")],
     why="Worsening reported via the platform is summarised in a telegraphic journal note.")

case("505n-logistik-flytt", "vgr", pat("1991-05-19", "f"),
     [note("n1", "psyk_boras", "Psykologanteckning", ("Moa Fredriksson", PSY), "2024-04-15 13:00", [
         ("Bakgrund", "Social ångest, rodnar och darrar vid presentationer, LSAS 64."),
         ("Planering", "iKBT social ångest, 10 moduler, återkoppling fredagar."),
     ], refs=["sob-2804"])],
     trts=[trt("sob-2804", "Internetbaserad KBT vid social ångest", "psyk_boras", "ongoing", "2024-04-15", None, [
         ("p", "2024-05-20 18:00", "Hej! Vi ska flytta nästa vecka, kan jag få några extra dagar på modul 5?"),
         ("s", "2024-05-21 09:00", "Självklart, jag förlänger modulen en vecka. Lycka till med flytten!"),
     ])],
     must_not=[("NL505", "sob-2804")],
     why="A request for more time on a module carries no care-relevant information.")

case("505n-teknik-ljudfil", "skane", pat("1987-11-08", "m"),
     [note("n1", "psyk_hbg", "Psykologanteckning", ("Rebecka Hall", PSY), "2024-09-09 10:00", [
         ("Bakgrund", "Lindrig depression och stress efter föräldraledighet, PHQ-9 11."),
         ("Planering", "iKBT depression 8 moduler i Stöd och behandling."),
     ], refs=["sob-2805"])],
     trts=[trt("sob-2805", "Internetbaserad KBT vid depression", "psyk_hbg", "ongoing", "2024-09-09", None, [
         ("p", "2024-09-17 21:30", "Hittar inte ljudfilen till andningsövningen i modul 2, den laddar inte i mobilen."),
         ("s", "2024-09-18 08:40", "Prova att logga in via datorn, annars skickar jag filen igen."),
     ])],
     must_not=[("NL505", "sob-2805")],
     why="A technical problem with the platform is not care-relevant information.")

case("505n-tack-dryckesdagbok", "vgr", pat("1966-02-11", "m"),
     [note("n1", "nh_lundby", "Sjuksköterskeanteckning", ("Amanda Ek", DSK), "2024-11-04 10:00", [
         ("Bakgrund", "AUDIT 12, öl varje kväll efter jobbet, vill minska inför operation i vår."),
         ("Åtgärd", "Alkoholprogram i Stöd och behandling, 6 moduler med dsk-stöd."),
     ], refs=["sob-2806"])],
     trts=[trt("sob-2806", "Alkohol – minska ditt drickande", "nh_lundby", "ongoing", "2024-11-04", None, [
         ("p", "2024-11-11 20:00", "Tack för återkopplingen! Har fyllt i dryckesdagboken för veckan nu."),
     ])],
     must_not=[("NL505", "sob-2806")],
     why="A thank-you and a diary confirmation carry nothing that must be journalled.")

case("505n-standardtext-fran-behandlare", "skane", pat("2000-07-23", "f"),
     [note("n1", "vc_kavlinge", "Psykologanteckning", ("Oscar Dahl", PSY), "2024-05-13 10:00", [
         ("Bakgrund", "Panikattacker sedan gymnasiet, undviker tåg och föreläsningssalar, PDSS 11."),
         ("Planering", "iKBT paniksyndrom i Stöd och behandling, 10 moduler."),
     ], refs=["sob-2807"])],
     trts=[trt("sob-2807", "Internetbaserad KBT vid paniksyndrom", "vc_kavlinge", "ongoing", "2024-05-13", None, [
         ("s", "2024-05-13 10:30", "Välkommen till behandlingen! Plattformen bevakas inte dygnet runt. Om du får tankar på att skada dig själv, ring 112 eller sök akut psykiatri."),
         ("p", "2024-05-15 19:00", "Tack, jag har läst introduktionen och börjat på modul 1."),
     ])],
     must_not=[("NL505", "sob-2807")],
     why="The only mention of self-harm is the therapist's standard welcome text, not information about the patient.")

case("505n-alkohol-journalfort", "vgr", pat("1993-09-09", "m"),
     [note("n1", "psyk_molndal", "Psykologanteckning", ("Oscar Dahl", PSY), "2024-10-21 10:00", [
         ("Bakgrund", "Social ångest sedan barndomen, LSAS 80, isolerad utanför arbetet."),
         ("Planering", "iKBT vid social ångest, 10 moduler, exponering från modul 3."),
     ], refs=["sob-2808"]),
      note("n2", "psyk_molndal", "Psykologanteckning", ("Oscar Dahl", PSY), "2024-11-12 14:00", [
          ("Aktuellt", "Pat uppger i SoB ökat alkoholintag, dricker de flesta kvällar för att varva ner."),
          ("Planering", "AUDIT skickas ut, tas upp vid telefonsamtal 14/11, alternativ till alkohol som strategi diskuteras."),
      ], refs=["sob-2808"])],
     trts=[trt("sob-2808", "Internetbaserad KBT vid social ångest", "psyk_molndal", "ongoing", "2024-10-21", None, [
         ("p", "2024-11-11 22:30", "Ska vara ärlig: jag dricker nästan varje kväll nu, mest för att varva ner efter övningarna."),
     ])],
     must_not=[("NL505", "sob-2808")],
     why="Increased drinking told on the platform is documented with a plan.")


# --------------------------------------------------------------------------- additions
case("408p-vill-klaga-pa-lakaren", "vgr", pat("1953-01-17", "f"),
     [note("n1", "nh_biskopsgarden", "Kontakt via 1177", ("Amira Haddad", DSK), "2024-06-18 13:20", [
         ("Kontaktorsak", "Önskar ny läkare för uppföljning av blodtryck, senaste hemmätningar ca 150/90."),
         ("Bedömning", "Fortsatt förhöjt blodtryck, behöver läkarbedömning av medicinering."),
         ("Åtgärd", "Tid hos annan dl 26/6 enl. önskemål."),
     ], refs=["1177-59044"])],
     [conv("1177-59044", "Kontakta mottagningen", "nh_biskopsgarden", "2024-06-17 20:40", "2024-06-18 13:15", [
         ("p", "2024-06-17 20:40", "Hej. Jag vill klaga på doktorn jag träffade i torsdags, hon tittade bara på skärmen och lyssnade inte alls på mig. Kan jag få en annan läkare nästa gång? Mitt blodtryck hemma är fortfarande runt 150/90."),
     ])],
     must=[("NL408", "1177-59044")],
     why="A lay complaint about a doctor's manner ('vill klaga på doktorn') is feedback on the care.")

case("503p-atgarder-bara-i-plattformen", "vgr", pat("1964-10-28", "f"),
     [note("n1", "nh_psykolog", "Psykologanteckning", ("Sofia Lindqvist", PSY), "2024-04-15 10:00", [
         ("Bakgrund", "Vaknar varje natt kl 3 och kan inte somna om sedan klimakteriet, ISI 18."),
     ], refs=["sob-2408"]),
      note("n2", "nh_psykolog", "Psykologanteckning", ("Sofia Lindqvist", PSY), "2024-05-28 13:00", [
          ("Resultat", "ISI 9 vid avslut, somnar om inom 20 min de flesta nätter."),
      ], refs=["sob-2408"])],
     trts=[trt("sob-2408", "KBT vid sömnproblem", "nh_psykolog", "completed", "2024-04-15", "2024-05-27", [
         ("s", "2024-04-22 09:00", "Nu öppnar jag modul 2 om sömnrestriktion. Ditt sömnfönster blir 00.30–06.00 den här veckan."),
         ("s", "2024-05-06 09:00", "Modul 4 handlar om att hantera grubblerier på natten, gör gärna övningen varje kväll."),
     ])],
     must=[("NL503", "sob-2408")], must_not=[("NL502", "sob-2408"), ("NL504", "sob-2408")],
     why="The treatment actions appear only in the therapist's platform messages, never in the journal.")

case("504p-resultat-bara-i-plattformen", "skane", pat("1984-05-30", "m"),
     [note("n1", "psyk_hbg", "Psykologanteckning", ("Rebecka Hall", PSY), "2024-06-03 10:00", [
         ("Bakgrund", "Nedstämdhet och initiativlöshet sedan långvarig sjukskrivning för ryggbesvär, PHQ-9 16."),
         ("Planering", "iKBT depression i Stöd och behandling, 8 moduler med beteendeaktivering."),
     ], refs=["sob-2608"])],
     trts=[trt("sob-2608", "Internetbaserad KBT vid depression", "psyk_hbg", "completed", "2024-06-03", "2024-08-05", [
         ("p", "2024-08-04 20:00", "Sista modulen klar! Skattningen blev 5 nu och jag har börjat jobba 50 procent igen."),
         ("s", "2024-08-05 09:30", "Vad roligt att höra! Då avslutar vi behandlingen i plattformen idag."),
     ])],
     must=[("NL504", "sob-2608")], must_not=[("NL502", "sob-2608"), ("NL503", "sob-2608")],
     why="The result (score 5, back at work 50 %) exists only in a platform message, not in the journal.")

# ============================================================ END OF CASES (insert above)

# --------------------------------------------------------------------------- validation
CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
RECORD_KEYS = ["patient", "as_of", "notes", "access_events", "conversations", "treatments"]
PATIENT_KEYS = ["id", "birth_date", "protected_identity"]
NOTE_KEYS = ["id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"]
CONV_KEYS = ["id", "type", "unit", "opened", "handled", "concerns_care", "messages", "attachments"]
TRT_KEYS = ["id", "program", "unit", "status", "start", "end", "messages"]
TARGET_KIND = {"NL402": "note", "NL403": "note", "NL406": "conversation", "NL407": "conversation",
               "NL408": "conversation", "NL502": "treatment", "NL503": "treatment",
               "NL504": "treatment", "NL505": "treatment"}
STATUSES = {"planned", "ongoing", "completed", "aborted"}
SYSTEMS = {"skane": {"PMO", "Melior"}, "vgr": {"Melior", "AsynjaVisph"}}


def fill_as_of(c):
    times = []
    r = c["record"]
    for n in r["notes"]:
        times += [n["time"], n["signed"]]
    for cv in r["conversations"]:
        times += [cv["opened"], cv["handled"]] + [m["time"] for m in cv["messages"]]
    for t in r["treatments"]:
        times += [t["start"], t["end"]] + [m["time"] for m in t["messages"]]
    latest = max(_parse(t) for t in times if t)
    r["as_of"] = (latest + dt.timedelta(days=2)).strftime("%Y-%m-%dT00:00:00")


def validate(cases):
    errs = []

    def err(c, msg):
        errs.append("%s: %s" % (c.get("case", "?"), msg))

    names = set()
    sentences = {}
    for c in cases:
        if list(c.keys()) != CASE_KEYS:
            err(c, "case keys %r" % list(c.keys()))
            continue
        if not re.fullmatch(r"[a-z0-9åäö-]+", c["case"]):
            err(c, "bad case name")
        if c["case"] in names:
            err(c, "duplicate case name")
        names.add(c["case"])
        if c["ruleset"] not in SYSTEMS:
            err(c, "ruleset %r" % c["ruleset"])
        if not c["why"] or "\n" in c["why"] or len(c["why"]) > 200:
            err(c, "why must be one non-empty line")
        r = c["record"]
        if list(r.keys()) != RECORD_KEYS:
            err(c, "record keys %r" % list(r.keys()))
            continue
        p = r["patient"]
        if list(p.keys()) != PATIENT_KEYS:
            err(c, "patient keys")
        m = re.fullmatch(r"(\d{8})-(\d{4})", p["id"])
        if not m or m.group(1) != p["birth_date"].replace("-", "") or \
                luhn_digit(m.group(1)[2:] + m.group(2)[:3]) != m.group(2)[3]:
            err(c, "personnummer %s invalid or not matching birth_date" % p["id"])
        try:
            as_of = _parse(r["as_of"])
        except (TypeError, ValueError):
            err(c, "as_of")
            continue
        bd = _parse(p["birth_date"])
        age = as_of.year - bd.year - ((as_of.month, as_of.day) < (bd.month, bd.day))
        if 13 <= age <= 15 or age < 0 or age > 100:
            err(c, "patient age %d (13-15 not used)" % age)
        ids = {"note": set(), "conversation": set(), "treatment": set()}
        all_ids = set()

        def chk_time(t, what, allow_none=False):
            if t is None:
                if not allow_none:
                    err(c, "%s missing time" % what)
                return None
            try:
                x = _parse(t)
            except ValueError:
                err(c, "%s bad time %r" % (what, t))
                return None
            if x.year != 2024:
                err(c, "%s not in 2024" % what)
            if x > as_of:
                err(c, "%s after as_of" % what)
            return x

        def chk_unit(u, what):
            hits = [k for k, v in UNITS.items() if v[0] == u["name"]]
            if len(hits) != 1 or UNITS[hits[0]][2] != c["ruleset"]:
                err(c, "%s unit not of region %s" % (what, c["ruleset"]))
            return hits[0] if hits else None

        def chk_text(t, what):
            if not isinstance(t, str) or not t.strip():
                err(c, "%s empty text" % what)
                return
            for s in re.split(r"(?<=[.!?])\s+", t.strip()):
                if len(s) >= 25:
                    if s in sentences and sentences[s] != c["case"]:
                        err(c, "sentence reused from %s: %r" % (sentences[s], s))
                    sentences.setdefault(s, c["case"])

        conv_open = {}
        trt_span = {}
        for cv in r["conversations"]:
            if list(cv.keys()) != CONV_KEYS:
                err(c, "conversation keys")
                continue
            if cv["id"] in all_ids:
                err(c, "duplicate id %s" % cv["id"])
            all_ids.add(cv["id"])
            ids["conversation"].add(cv["id"])
            chk_unit(cv["unit"], cv["id"])
            o = chk_time(cv["opened"], cv["id"] + ".opened")
            h = chk_time(cv["handled"], cv["id"] + ".handled")
            if o and h and o > h:
                err(c, "%s opened after handled" % cv["id"])
            conv_open[cv["id"]] = o
            if not cv["messages"]:
                err(c, "%s has no messages" % cv["id"])
            prev = None
            for i, msg in enumerate(cv["messages"]):
                if list(msg.keys()) != ["sender", "time", "text"] or msg["sender"] not in ("patient", "staff"):
                    err(c, "%s message %d shape" % (cv["id"], i))
                x = chk_time(msg["time"], "%s.messages[%d]" % (cv["id"], i))
                if x and o and h and not (o <= x <= h):
                    err(c, "%s message %d outside opened..handled" % (cv["id"], i))
                if x and prev and x < prev:
                    err(c, "%s messages out of order" % cv["id"])
                prev = x or prev
                chk_text(msg["text"], "%s message %d" % (cv["id"], i))
            if cv["messages"] and cv["messages"][0]["time"] != cv["opened"]:
                err(c, "%s opened != first message" % cv["id"])
            for a in cv["attachments"]:
                if list(a.keys()) != ["name", "kind"] or a["kind"] not in ("image", "document", "other"):
                    err(c, "%s attachment shape" % cv["id"])
        for t in r["treatments"]:
            if list(t.keys()) != TRT_KEYS:
                err(c, "treatment keys")
                continue
            if t["id"] in all_ids:
                err(c, "duplicate id %s" % t["id"])
            all_ids.add(t["id"])
            ids["treatment"].add(t["id"])
            chk_unit(t["unit"], t["id"])
            if t["status"] not in STATUSES:
                err(c, "%s status" % t["id"])
            s = chk_time(t["start"], t["id"] + ".start", allow_none=(t["status"] == "planned"))
            e = chk_time(t["end"], t["id"] + ".end", allow_none=True)
            if (t["end"] is None) != (t["status"] in ("planned", "ongoing")):
                err(c, "%s end vs status %s" % (t["id"], t["status"]))
            if s and e and s > e:
                err(c, "%s start after end" % t["id"])
            trt_span[t["id"]] = (s, e)
            for i, msg in enumerate(t["messages"]):
                x = chk_time(msg["time"], "%s.messages[%d]" % (t["id"], i))
                if x and s and x < s:
                    err(c, "%s message before start" % t["id"])
                if x and e and x > e + dt.timedelta(days=1):
                    err(c, "%s message after end" % t["id"])
                chk_text(msg["text"], "%s message %d" % (t["id"], i))
        for n in r["notes"]:
            if list(n.keys()) != NOTE_KEYS:
                err(c, "note keys")
                continue
            if n["id"] in all_ids:
                err(c, "duplicate id %s" % n["id"])
            all_ids.add(n["id"])
            ids["note"].add(n["id"])
            k = chk_unit(n["unit"], n["id"])
            if k and UNITS[k][1] != n["system"]:
                err(c, "%s system mismatch" % n["id"])
            if n["system"] not in SYSTEMS.get(c["ruleset"], ()):
                err(c, "%s system %s not used in %s" % (n["id"], n["system"], c["ruleset"]))
            tt = chk_time(n["time"], n["id"] + ".time")
            sg = chk_time(n["signed"], n["id"] + ".signed", allow_none=True)
            if tt and sg and sg < tt:
                err(c, "%s signed before time" % n["id"])
            if not n["sections"]:
                err(c, "%s no sections" % n["id"])
            for sec in n["sections"]:
                if list(sec.keys()) != ["keyword", "text"] or not sec["keyword"]:
                    err(c, "%s section shape" % n["id"])
                chk_text(sec["text"], "%s section %s" % (n["id"], sec["keyword"]))
            for ref in n["refs"]:
                if ref in conv_open:
                    if tt and conv_open[ref] and tt < conv_open[ref]:
                        err(c, "%s documents %s before it was opened" % (n["id"], ref))
                elif ref in trt_span:
                    pass
                else:
                    err(c, "%s refs unknown %s" % (n["id"], ref))
        must = {tuple(x) for x in c["must"]}
        must_not = {tuple(x) for x in c["must_not"]}
        if not must and not must_not:
            err(c, "no assertions")
        if must & must_not:
            err(c, "must and must_not overlap")
        for lst in (c["must"], c["must_not"]):
            for x in lst:
                if len(x) != 2 or x[0] not in TARGET_KIND:
                    err(c, "bad assertion %r" % (x,))
                    continue
                if x[1] not in ids[TARGET_KIND[x[0]]]:
                    err(c, "target %s of %s is not a %s in the record" % (x[1], x[0], TARGET_KIND[x[0]]))
        for x in c["must"]:
            if x[0] in ("NL402", "NL403"):
                n = [nn for nn in r["notes"] if nn["id"] == x[1]]
                if n and not n[0]["refs"]:
                    err(c, "%s asserted on a note that documents no 1177 case" % x[0])
        # NL504 only for finished/aborted treatments
        for x in c["must"]:
            if x[0] == "NL504":
                t = [tt for tt in r["treatments"] if tt["id"] == x[1]]
                if t and t[0]["status"] not in ("completed", "aborted"):
                    err(c, "NL504 must on a treatment that is %s" % t[0]["status"])
            if x[0] == "NL407":
                cv = [v for v in r["conversations"] if v["id"] == x[1]]
                if cv and cv[0]["type"] != "Egen vårdbegäran":
                    err(c, "NL407 must on a case that is not an egen vårdbegäran")
            if x[0] == "NL406":
                cv = [v for v in r["conversations"] if v["id"] == x[1]]
                if cv and not cv[0]["attachments"]:
                    err(c, "NL406 must on a case without attachments")
    return errs


def main():
    for c in CASES:
        fill_as_of(c)
    errs = validate(CASES)
    lines = [json.dumps(c, ensure_ascii=False) for c in CASES]
    # round trip: what we write is what we validated
    for ln, c in zip(lines, CASES):
        if json.loads(ln) != c:
            errs.append("%s: JSON round trip differs" % c["case"])
    if errs:
        for e in errs:
            print("ERROR", e, file=sys.stderr)
        print("%d problem(s); %s not written" % (len(errs), OUT), file=sys.stderr)
        return 1
    tmp = OUT + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    os.replace(tmp, OUT)
    counts = {}
    for c in CASES:
        for kind, lst in (("must", c["must"]), ("must_not", c["must_not"])):
            for code, _ in lst:
                counts.setdefault(code, {"must": 0, "must_not": 0})[kind] += 1
    print("%d cases written to %s" % (len(CASES), OUT))
    for code in sorted(counts):
        print("  %s must %d  must_not %d" % (code, counts[code]["must"], counts[code]["must_not"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
