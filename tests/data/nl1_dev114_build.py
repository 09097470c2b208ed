#!/usr/bin/env python3
"""dev114: öron-, näs- och halssjukvård (ÖNH), audiologi och huvud-halscancer.

Independent test cases for NL101 / NL102, written from the regional routines and the
rule catalog only. Standard library only, deterministic. Writes cases.jsonl next to
this file and exits 1 on any validation problem.
"""
import datetime
import json
import os
import re
import sys

MELIOR = "Melior"
PMO = "PMO"
OPEN = "öppenvård"
INPAT = "slutenvård"
AUTO = object()

# --------------------------------------------------------------------------- units
U = {
    # Region Skåne, sjukhus (Melior)
    "sus_onh_lund": ("Öron-, näs- och halsmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-3OH1"),
    "sus_onh_malmo": ("ÖNH-mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-3OH7"),
    "sus_onh_avd": ("ÖNH-avdelningen, Skånes universitetssjukhus Lund", "SE2321000255-3OA2"),
    "hbg_onh": ("Öron-näsa-hals, Helsingborgs lasarett", "SE2321000255-5HB4"),
    "csk_onh": ("ÖNH-mottagningen, Centralsjukhuset Kristianstad", "SE2321000255-7CK3"),
    "ystad_onh": ("Öron-näsa-halsmottagningen, Lasarettet i Ystad", "SE2321000255-8YS6"),
    "sus_hors": ("Hörselverksamheten, Skånes universitetssjukhus Lund", "SE2321000255-3HV5"),
    "hbg_hors": ("Hörcentralen, Helsingborgs lasarett", "SE2321000255-5HC8"),
    "sus_akut_lund": ("Akutmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-3AK9"),
    "sus_barnakut": ("Barn- och ungdomsakuten, Skånes universitetssjukhus Lund", "SE2321000255-3BA4"),
    "sus_neuro": ("Neurologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-3NE2"),
    "sus_onk": ("Onkologiska kliniken, huvud-halsteamet, Skånes universitetssjukhus Lund", "SE2321000255-3ON6"),
    # Region Skåne, primärvård (PMO)
    "vc_linero": ("Vårdcentralen Linero, Lund", "SE2321000255-V1L3"),
    "vc_eslov": ("Vårdcentralen Tåbelund, Eslöv", "SE2321000255-V2E8"),
    "vc_trelleborg": ("Vårdcentralen Söder, Trelleborg", "SE2321000255-V3T1"),
    "vc_hassleholm": ("Vårdcentralen Hässleholm Norra", "SE2321000255-V4H6"),
    "bvc_kvarnby": ("BVC Kvarnby, Malmö", "SE2321000255-B5K2"),
    "um_lund": ("Ungdomsmottagningen Lund", "SE2321000255-U6L9"),
    "hsjv_hoor": ("Hemsjukvården Höör", "SE2321000255-H7H4"),
    # Västra Götalandsregionen (Melior)
    "su_onh": ("Öron-, näs- och halssjukdomar, Sahlgrenska Universitetssjukhuset", "SE2321000131-E4ON1"),
    "su_onh_avd": ("Avdelning ÖNH 135, Sahlgrenska Universitetssjukhuset", "SE2321000131-E4OA5"),
    "su_audio": ("Audiologiska mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E4AU3"),
    "su_barn_onh": ("Barn-ÖNH, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E4BO8"),
    "su_akut": ("Akutmottagningen Sahlgrenska, Sahlgrenska Universitetssjukhuset", "SE2321000131-E4AK2"),
    "su_jk": ("Jubileumskliniken, huvud-halsonkologi, Sahlgrenska Universitetssjukhuset", "SE2321000131-E4JK7"),
    "su_neuro": ("Neurologimottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E4NE4"),
    "nal_onh": ("ÖNH-mottagningen, NU-sjukvården NÄL Trollhättan", "SE2321000131-E7NO2"),
    "skas_onh": ("Öron-näsa-hals, Skaraborgs Sjukhus Skövde", "SE2321000131-E9SO6"),
    "skas_hors": ("Hörselvården, Skaraborgs Sjukhus Lidköping", "SE2321000131-E9SH1"),
    "sas_onh": ("ÖNH-mottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E8BO3"),
    "sas_hors": ("Hörselvården, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E8BH9"),
    "kungalv_akut": ("Akutmottagningen, Kungälvs sjukhus", "SE2321000131-E6KA4"),
    "alingsas_med": ("Medicinavdelning 3, Alingsås lasarett", "SE2321000131-E5AM7"),
}

CASES = []


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return str((10 - total % 10) % 10)


def pat(birth, serial, protected=False):
    """birth 'YYYYMMDD', serial three digits (third digit odd = man, even = woman)."""
    pnr = "%s-%s%s" % (birth, serial, luhn_digit(birth[2:] + serial))
    bd = "%s-%s-%s" % (birth[:4], birth[4:6], birth[6:])
    return {"id": pnr, "birth_date": bd, "protected_identity": protected}


def note(nid, system, template, unit, author, role, time, sections,
         signed=AUTO, setting=OPEN, refs=()):
    if signed is AUTO:
        t = datetime.datetime.fromisoformat(time)
        body = sum(len(s[1]) for s in sections)
        signed = (t + datetime.timedelta(minutes=12 + body % 71)).isoformat(timespec="seconds")
    name, hsa = U[unit]
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": time,
        "signed": signed,
        "setting": setting,
        "refs": list(refs),
        "sections": [{"keyword": k, "text": t} for k, t in sections],
    }


def case(name, ruleset, patient, notes, must=(), must_not=(), why="", as_of=None):
    if as_of is None:
        last = max(datetime.datetime.fromisoformat(n["time"]) for n in notes)
        d = last.date() + datetime.timedelta(days=4)
        if d.year != 2024:
            d = datetime.date(2024, 12, 31)
        as_of = d.isoformat() + "T00:00:00"
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": patient,
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


# Shorthand for the common single-note case.
def one(name, ruleset, patient, system, template, unit, author, role, time, sections,
        must=(), must_not=(), why="", signed=AUTO, setting=OPEN):
    case(name, ruleset, patient,
         [note("n1", system, template, unit, author, role, time, sections,
               signed=signed, setting=setting)],
         must=must, must_not=must_not, why=why)


def M(code):
    return (code, "n1")


# =========================================================================== CASES
# --------------------------------------------------------------------------
# NL102 positives: a hedged diagnosis of the patient in a visible Melior section
# --------------------------------------------------------------------------

one("onh-plotslig-dovhet-misstankt-bedomning", "skane", pat("19710422", "357"),
    MELIOR, "Läkaranteckning", "sus_onh_lund", "Henrik Ljungqvist", "läkare",
    "2024-02-06T09:40:00",
    [("Anamnes", "Vaknade i förrgår med lock och susningar i hö öra. Ingen föregående "
                 "förkylning, ingen yrsel. Frisk sedan tidigare, inga läkemedel."),
     ("Status", "Otoskopi ua bilat. Weber lateraliseras åt vä, Rinne pos bilat. "
                "Kranialnerver ua."),
     ("Utredning", "Tonaudiogram: sensorineural nedsättning hö, PTA4 62 dB. "
                   "Vä öra normal hörsel."),
     ("Bedömning", "Misstänkt idiopatisk plötslig dövhet hö. Insätter Prednisolon 60 mg "
                   "1x1 i 5 dagar, därefter nedtrappning. MR hjärna och inre hörselgångar "
                   "beställd."),
     ("Planering", "Kontrollaudiogram om 1 v hos audionom.")],
    must=[M("NL102")],
    why="'Misstänkt idiopatisk plötslig dövhet' in the visible Bedömning of a Skåne Melior note")

one("onh-vestibularisneurit-trolig-akut", "vgr", pat("19580913", "284"),
    MELIOR, "Akutanteckning", "su_akut", "Sara Öhman", "läkare",
    "2024-01-17T11:05:00",
    [("Aktuellt", "Akut insättande rotatorisk yrsel sedan i morse, kräkts fyra gånger. "
                  "Ingen hörselpåverkan, ingen huvudvärk."),
     ("Status", "Spontannystagmus åt hö som ökar vid blick åt hö. HIT patologiskt åt vä "
                "med catch-up-sackad. Skew deviation neg. Bredspårig gång men går utan stöd."),
     ("Bedömning", "Trolig vestibularisneurit vä. HINTS talar för perifer genes. "
                   "Primperan iv, läggs in på ÖNH-avd för rehydrering.")],
    must=[M("NL102")],
    why="'Trolig vestibularisneurit' in the visible Bedömning of a VGR emergency note")

one("onh-peritonsillit-fragetecken-enrad", "skane", pat("19990227", "416"),
    MELIOR, "Akutanteckning", "sus_akut_lund", "Jonas Berglund", "läkare",
    "2024-03-02T22:15:00",
    [("Bedömning", "Peritonsillit hö? Remitteras till ÖNH-jouren för punktion.")],
    must=[M("NL102")],
    signed=None,
    why="one-line note: diagnosis followed by a bare question mark is a hypothesis")

one("onh-peritonsillit-sannolik-diagnos-sokord", "vgr", pat("19870605", "193"),
    MELIOR, "Läkaranteckning", "nal_onh", "Karin Dahlgren", "läkare",
    "2024-03-11T10:20:00",
    [("Status", "Trismus två fingrar. Uttalad buktning av hö gombåge, uvula deviterad åt vä. "
                "Punktion hö utan utbyte av pus."),
     ("Diagnos", "J36.9 Peritonsillit hö, sannolik trots negativ punktion"),
     ("Åtgärd", "Kåvepenin 1 g x 3 i 10 dagar, Alvedon och Ipren. Ny bedömning i morgon "
                "förmiddag på mottagningen.")],
    must=[M("NL102")],
    why="hedged diagnosis written in the Diagnos sökord, which is visible in VGR Melior")

one("onh-asymmetri-kan-ej-utesluta-akustikus", "skane", pat("19640830", "262"),
    MELIOR, "Mottagningsanteckning", "csk_onh", "Per-Olof Nilsson", "läkare",
    "2024-04-09T13:30:00",
    [("Anamnes", "Remiss från vc pga tilltagande hörselnedsättning vä och ensidig tinnitus "
                 "sedan ett år."),
     ("Utredning", "Tonaudiogram: asymmetrisk sensorineural nedsättning, vä 25 dB sämre på "
                   "2–4 kHz. Taluppfattning vä 76 %, hö 96 %."),
     ("Bedömning", "Kan ej utesluta akustikusneurinom vä. Remiss MR med kontrast.")],
    must=[M("NL102")],
    why="'Kan ej utesluta akustikusneurinom' is a hedge, not a negation")

one("onh-tonsill-inger-misstanke-malignitet", "vgr", pat("19610918", "335"),
    MELIOR, "Läkaranteckning", "su_onh", "Magnus Ekelund", "läkare",
    "2024-05-14T08:50:00",
    [("Anamnes", "62-årig man, f.d. rökare 30 paketår. Sväljsmärta vä sedan två månader "
                 "med utstrålning mot vä öra."),
     ("Status", "Vä tonsill förstorad och hård med ytlig ulceration. Fast lgl regio II vä "
                "ca 2 cm, ej öm."),
     ("Bedömning", "Förändringen i vä tonsill inger misstanke om malignitet. Px tagen i LA, "
                   "PAD inväntas. SVF huvud-halscancer startat.")],
    must=[M("NL102")],
    why="'inger misstanke om malignitet' before PAD in a visible VGR note")

one("onh-parotis-bild-som-vid-pleomorft-adenom", "skane", pat("19790311", "148"),
    MELIOR, "Mottagningsanteckning", "sus_onh_malmo", "Elin Strand", "läkare",
    "2024-02-21T14:10:00",
    [("Aktuellt", "Knöl framför hö öra sedan ett halvår, långsamt växande, ömmar inte."),
     ("Status", "Välavgränsad, mobil resistens 2 cm i nedre polen av hö parotis. "
                "Facialis intakt i alla grenar."),
     ("Utredning", "Ultraljud på mottagningen: lobulerad hypoekogen förändring, bild som vid "
                   "pleomorft adenom. FNAC tagen."),
     ("Planering", "Besked om cytologin per telefon, därefter ställningstagande till op.")],
    must=[M("NL102")],
    why="'bild som vid pleomorft adenom' on ultrasound, cytology pending, visible section")

one("onh-sinuit-forenligt-med-dubbelinsjuknande", "vgr", pat("19920704", "226"),
    MELIOR, "Läkaranteckning", "skas_onh", "Anders Widell", "läkare",
    "2024-11-04T10:45:00",
    [("Aktuellt", "Förkyld i tre veckor, bättre en period men nu ökad värk över vä kind och "
                  "tänder, feber 38,5."),
     ("Status", "Ömhet över vä sinus maxillaris. Endoskopi: pus i vä mellersta näsgången."),
     ("Bedömning", "Förenligt med akut bakteriell rinosinuit vä (dubbelinsjuknande). "
                   "Kåvepenin 1,6 g x 3 i 10 dagar, nässköljning.")],
    must=[M("NL102")],
    why="'Förenligt med akut bakteriell rinosinuit' is a hedged diagnosis")

one("onh-barn-trol-adenoidhypertrofi-osas", "skane", pat("20181017", "406"),
    MELIOR, "Läkaranteckning", "sus_onh_lund", "Lovisa Brandt", "läkare",
    "2024-05-27T09:15:00",
    [("Anamnes", "5-årig flicka. Föräldrarna beskriver högljudd snarkning varje natt och "
                 "har sett andningsuppehåll. Munandas dagtid, trött på förskolan."),
     ("Status", "Tonsiller 3+ bilat, symmetriska. Nasal röstklang. Trumhinnor ua."),
     ("Bedömning", "Trol. adenoidhypertrofi med obstruktiva sömnapnéer. Anmäls för "
                   "tonsillotomi och adenotomi.")],
    must=[M("NL102")],
    why="child under 13 (guardian reads): 'Trol. adenoidhypertrofi' in visible Bedömning")

one("onh-barn-typo-misstant-sekretorisk-otit", "vgr", pat("20200212", "315"),
    MELIOR, "Läkaranteckning", "su_barn_onh", "Johanna Lind", "läkare",
    "2024-03-19T13:00:00",
    [("Aktuellt", "Förskolan har märkt att pojken inte svarar när man tilltalar honom bakifrån. "
                  "Föräldrarna tycker att han höjer TV-ljudet."),
     ("Status", "Otoskopi: matta, indragna trumhinnor bilat, ev. vätskenivå hö."),
     ("Bedömning", "Misstänt sekretorisk otit bilat. Tympanometri och lekaudiometri hos "
                   "audionom inom fyra veckor.")],
    must=[M("NL102")],
    why="typo 'Misstänt' for misstänkt: hedged secretory otitis in a child's visible note")

one("onh-central-yrsel-dd-cerebellar-infarkt", "skane", pat("19490502", "095"),
    MELIOR, "Inskrivningsanteckning", "sus_neuro", "Daniel Franzén", "läkare",
    "2024-06-08T07:55:00",
    [("Anamnes", "Akut yrsel och ostadighet sedan kl 06. Hypertoni och förmaksflimmer, "
                 "Eliquis."),
     ("Status", "HIT normalt bilat. Riktningsväxlande nystagmus vid sidoblick, vertikal skew "
                "positiv. Kan inte stå utan stöd."),
     ("Bedömning", "HINTS med centrala tecken. DD cerebellär infarkt, akut MR hjärna begärd. "
                   "Trombolys ej aktuellt pga antikoagulantia.")],
    must=[M("NL102")],
    why="'DD cerebellär infarkt' (central vertigo) in a visible admission note",
    setting=INPAT)

one("onh-trol-bppv-ej-testat-inneliggande", "vgr", pat("19391129", "062"),
    MELIOR, "Inskrivningsanteckning", "alingsas_med", "Fredrik Holm", "läkare",
    "2024-01-25T16:40:00",
    [("Aktuellt", "84-årig kvinna med yrsel vid vändning i sängen sedan tre dagar, har kräkts. "
                  "Bor i eget hem med hemtjänst."),
     ("Status", "Neurologstatus grovt ua. Dix-Hallpike ej genomförd pga kraftigt illamående."),
     ("Bedömning", "Trol. BPPV. Antiemetika, mobilisering med stöd, Dix-Hallpike i morgon när "
                   "illamåendet lagt sig.")],
    must=[M("NL102")],
    why="'Trol. BPPV' untested, medical ward admission in VGR",
    setting=INPAT)

one("onh-typo-missankt-peritonsillit", "skane", pat("20010914", "173"),
    MELIOR, "Akutanteckning", "hbg_onh", "Oskar Malm", "läkare",
    "2024-09-28T23:10:00",
    [("Bedömning", "Missänkt peritonsillit vä, punktion utan utbyte. Uppföljning i morgon på "
                   "ÖNH-mott, Kåvepenin insatt.")],
    must=[M("NL102")],
    why="typo 'Missänkt' for misstänkt: still a hedged peritonsillitis in a visible note")

one("onh-typo-trolgi-meniere", "vgr", pat("19750320", "248"),
    MELIOR, "Läkaranteckning", "sas_onh", "Ingrid Backman", "läkare",
    "2024-02-13T11:25:00",
    [("Anamnes", "Återkommande yrselattacker 2–4 tim med öronsus och lock vä, sex episoder "
                 "sedan jul."),
     ("Utredning", "Audiogram: lågfrekvent sensorineural nedsättning vä."),
     ("Bedömning", "Trolgi Ménières sjukdom vä. Betahistin prövas, saltreduktion, remiss till "
                   "audiologiskt team.")],
    must=[M("NL102")],
    signed=None,
    why="typo 'Trolgi' for trolig before Ménières sjukdom, visible Bedömning")

one("onh-audionom-bild-som-vid-meniere", "skane", pat("19830707", "328"),
    MELIOR, "Audionomanteckning", "sus_hors", "Maria Fors", "audionom",
    "2024-04-23T10:00:00",
    [("Utredning", "Tonaudiogram: lågfrekvent sensorineural hörselnedsättning vä, 40 dB på "
                   "250–500 Hz, normal diskant. Tympanometri A-kurva bilat."),
     ("Bedömning", "Bild som vid Ménière vä, återkopplar till remitterande ÖNH-läkare.")],
    must=[M("NL102")],
    why="an audiologist writes 'Bild som vid Ménière' in a visible section")

one("onh-telefon-kan-rora-sig-om-plotslig-dovhet", "vgr", pat("19660415", "139"),
    MELIOR, "Telefonanteckning", "su_onh", "Camilla Wester", "sjuksköterska",
    "2024-10-08T08:12:00",
    [("Telefonkontakt", "Pat ringer: lock och brus i hö öra sedan tre dagar, började efter "
                        "en förkylning. Ingen smärta eller flytning. Kan röra sig om plötslig "
                        "dövhet, bokas akut audiogram och läkarbesök i morgon 08.30.")],
    must=[M("NL102")],
    signed=None,
    why="nurse phone note: 'Kan röra sig om plötslig dövhet' is a visible hypothesis")

one("onh-tungkant-klinisk-misstanke-cancer", "skane", pat("19560923", "211"),
    MELIOR, "Läkaranteckning", "sus_onh_lund", "Gustav Sjöberg", "läkare",
    "2024-08-20T14:35:00",
    [("Status", "Ulcererad, indurerad förändring 1,5 cm på vä tungkant, mittre tredjedelen. "
                "Inga palpabla lgl på halsen."),
     ("Bedömning", "Klinisk misstanke om tungcancer vä. Px i LA, svar inom en vecka. "
                   "Pat vet att vi letar efter cancer och är förberedd.")],
    must=[M("NL102")],
    why="'Klinisk misstanke om tungcancer' before PAD, visible Skåne Melior note")

one("onh-halsmetastas-sannolikt-okand-primar", "vgr", pat("19680528", "377"),
    MELIOR, "Läkaranteckning", "su_onh", "Erik Lundh", "läkare",
    "2024-09-03T09:30:00",
    [("Anamnes", "Knöl på hö halssida sedan sex veckor, ingen infektion, viktnedgång 4 kg."),
     ("Status", "Fast, oöm lgl 3 cm hö regio II. Epifarynx, tonsiller, tungbas och larynx "
                "utan synlig tumör vid fiberskopi."),
     ("Utredning", "FNAC: atypiska epiteliala celler."),
     ("Bedömning", "Sannolikt metastas från okänd primärtumör. PET-DT beställd, därefter "
                   "panendoskopi med tonsillektomi bilat.")],
    must=[M("NL102")],
    signed=None,
    why="'Sannolikt metastas' (cancer of unknown primary) in visible Bedömning")

one("onh-epistaxis-mojlig-osler", "skane", pat("19520814", "183"),
    MELIOR, "Läkaranteckning", "sus_onh_avd", "Annika Rehn", "läkare",
    "2024-12-03T10:05:00",
    [("Aktuellt", "Dag 2 på avdelningen efter recidiverande epistaxis, fjärde blödningen i år. "
                  "Hb 98 i morse."),
     ("Status", "Flertal telangiektasier på läppar, tunga och fingertoppar. Främre tamponad "
                "vä in situ."),
     ("Bedömning", "Möjlig hereditär hemorragisk telangiektasi (Oslers sjukdom). Remiss "
                   "hematologen och ställningstagande till genetisk analys.")],
    must=[M("NL102")],
    why="'Möjlig ... Oslers sjukdom' in a visible inpatient note",
    setting=INPAT)

one("onh-epistaxis-hypertoni-fragetecken", "vgr", pat("19470302", "311"),
    MELIOR, "Akutanteckning", "su_akut", "Viktor Engström", "läkare",
    "2024-07-14T02:20:00",
    [("Aktuellt", "Näsblödning sedan två timmar, blöder bakåt i svalget. Waran pga mekanisk "
                  "klaff, PK 2,8."),
     ("Status", "BT 205/110. Blödning från bakre delen av hö näshåla, främre tamponad "
                "otillräcklig."),
     ("Åtgärd", "Bakre tamponad med ballongkateter, inläggning ÖNH."),
     ("Bedömning", "Hypertoni? Blodtrycket följs under vårdtiden.")],
    must=[M("NL102")],
    why="'Hypertoni?' is a questioned diagnosis of the patient in a visible section")

one("onh-dd-odontogen-sinuit", "skane", pat("19690112", "240"),
    MELIOR, "Mottagningsanteckning", "ystad_onh", "Hanna Åkesson", "läkare",
    "2024-03-26T15:20:00",
    [("Anamnes", "Ensidig illaluktande snuva vä i två månader. Rotfylld tand 26 för ett år "
                 "sedan."),
     ("Status", "Endoskopi: purulent sekret i vä mellersta näsgång, svullen slemhinna."),
     ("Bedömning", "DD odontogen sinuit vä. DT bihålor och remiss käkkirurg för bedömning "
                   "av 26.")],
    must=[M("NL102")],
    why="'DD odontogen sinuit' (differential diagnosis) in visible Bedömning")

one("onh-trolig-otoskleros-horselvarden", "vgr", pat("19880902", "084"),
    MELIOR, "Läkaranteckning", "sas_hors", "Lena Kjellberg", "läkare",
    "2024-10-15T13:45:00",
    [("Anamnes", "Smygande hörselnedsättning hö sedan tre år, hör bättre i bullrig miljö. "
                 "Modern fick hörapparat vid 40 års ålder."),
     ("Utredning", "Konduktiv nedsättning hö med luft-ben-gap 30 dB och Carharts notch vid "
                   "2 kHz. Stapediusreflexer saknas hö."),
     ("Bedömning", "Trolig otoskleros hö. Erbjuds hörapparat eller stapedotomi, pat vill "
                   "fundera.")],
    must=[M("NL102")],
    why="'Trolig otoskleros' of the patient (mother's history is separate) in VGR Melior")

one("onh-polypos-ev-aerd", "skane", pat("19770619", "129"),
    MELIOR, "Läkaranteckning", "hbg_onh", "Sofie Lindqvist", "läkare",
    "2024-06-12T09:05:00",
    [("Aktuellt", "Nästäppa och luktbortfall sedan flera år, astma. Fick andnöd efter Treo "
                  "förra sommaren."),
     ("Status", "Näspolyper grad 3 bilat."),
     ("Bedömning", "Kronisk rinosinuit med näspolypos, ev. AERD. Nasal steroid dagligen och "
                   "kortisonkur 10 dagar.")],
    must=[M("NL102")],
    why="confirmed polyposis plus 'ev. AERD': the hedged second diagnosis is visible")

one("onh-barn-mojlig-aom-avvaktar", "vgr", pat("20201105", "137"),
    MELIOR, "Akutanteckning", "kungalv_akut", "Petra Sandin", "läkare",
    "2024-02-03T19:30:00",
    [("Aktuellt", "3-årig pojke, feber sedan igår och drar sig i hö öra, vaknade gråtande "
                  "i natt."),
     ("Status", "Hö trumhinna rodnad men ej säkert buktande, vä ua. Opåverkad, dricker bra."),
     ("Bedömning", "Möjlig AOM hö. Avvaktar med antibiotika, Alvedon vb. Ny kontakt om "
                   "kvarstående öronvärk efter 2–3 dygn.")],
    must=[M("NL102")],
    why="'Möjlig AOM' in a child's visible note (the conditional advice is extra)")

one("onh-mono-kan-inte-uteslutas", "skane", pat("20041203", "262"),
    MELIOR, "Läkaranteckning", "sus_onh_malmo", "Rasmus Kvist", "läkare",
    "2024-04-02T11:50:00",
    [("Status", "Tonsiller 3+ med gråvita beläggningar bilat, ömma förstorade lgl i bakre "
                "halstrianglarna."),
     ("Lab", "Strep A neg. CRP 34."),
     ("Bedömning", "Mononukleos kan inte uteslutas, EBV-serologi och LPK med diff tagna. "
                   "Ingen antibiotika.")],
    must=[M("NL102")],
    why="'Mononukleos kan inte uteslutas' for a 19-year-old, visible Bedömning")

one("onh-talar-for-mononukleos", "vgr", pat("20020416", "041"),
    MELIOR, "Läkaranteckning", "skas_onh", "Tobias Grahn", "läkare",
    "2024-09-17T14:00:00",
    [("Aktuellt", "Halsont sex dagar och uttalad trötthet, har tagit Kåvepenin i tre dagar "
                  "utan effekt."),
     ("Bedömning", "Utbredda beläggningar, petekier på gommen och stora lgl bilat talar för "
                   "mononukleos. Seponerar PcV, lab i morgon bitti.")],
    must=[M("NL102")],
    why="'talar för mononukleos' (findings point to) is a hedge on a diagnosis")

one("onh-barn-fragestallning-eva", "skane", pat("20161008", "195"),
    MELIOR, "Läkaranteckning", "sus_hors", "Cecilia Hedin", "läkare",
    "2024-11-12T10:30:00",
    [("Utredning", "Tonaudiogram hos 8-åring: måttlig sensorineural nedsättning bilat, "
                   "fluktuerande jämfört med förra året."),
     ("Bedömning", "Frågeställning EVA-syndrom (vidgad vestibulär akvedukt). DT temporalben "
                   "och remiss till klinisk genetik.")],
    must=[M("NL102")],
    why="'Frågeställning EVA-syndrom' is an open diagnostic question in a child's note")

one("onh-barn-oklart-om-auditiv-neuropati", "vgr", pat("20230209", "226"),
    MELIOR, "Läkaranteckning", "su_audio", "Amanda Bergkvist", "läkare",
    "2024-05-06T13:15:00",
    [("Utredning", "OAE passerar bilat men ABR visar avvikande vågmorfologi utan säker våg V. "
                   "Cochleär mikrofoni kvarstår."),
     ("Bedömning", "Oklart om detta rör sig om auditiv neuropati. Ny ABR i narkos om fyra "
                   "veckor, föräldrarna har fått upplägget förklarat.")],
    must=[M("NL102")],
    why="'Oklart om detta rör sig om auditiv neuropati' in an infant's visible note")

one("onh-leukoplaki-ev-stambandscancer", "skane", pat("19590701", "319"),
    MELIOR, "Läkaranteckning", "sus_onh_lund", "Mikael Thorén", "läkare",
    "2024-01-30T13:20:00",
    [("Anamnes", "Heshet sedan sex veckor, röker 15 cig/dag."),
     ("Status", "Fiberlaryngoskopi: vitaktig, ojämn förändring på vä stämband främre 2/3, "
                "rörlighet intakt."),
     ("Bedömning", "Leukoplaki vä stämband, ev. stämbandscancer. Mikrolaryngoskopi med px "
                   "inom två veckor, rökstopp rekommenderat.")],
    must=[M("NL102")],
    why="'ev. stämbandscancer' after a confirmed leukoplakia finding")

one("onh-epikris-typo-trolig-vestibularisnerit", "skane", pat("19730106", "292"),
    MELIOR, "Epikris", "sus_onh_avd", "Annika Rehn", "läkare",
    "2024-10-25T15:00:00",
    [("Epikris", "Inlagd tre dygn pga akut yrsel och kräkningar. Spontannystagmus åt vä, "
                 "patologiskt HIT hö. Bedömd som trolig vestibularisnerit hö, MR ej indicerad "
                 "då HINTS talade för perifer orsak. Mobiliserad och går själv vid utskrivning. "
                 "Vestibulär rehabilitering via fysioterapeut.")],
    must=[M("NL102")],
    why="discharge summary keeps 'trolig vestibularisnerit' (typo in the diagnosis) in visible text",
    setting=INPAT)

one("onh-bells-ramsay-hunt-kan-inte-uteslutas", "vgr", pat("19900817", "354"),
    MELIOR, "Läkaranteckning", "su_onh", "Hampus Roos", "läkare",
    "2024-08-06T09:10:00",
    [("Status", "Perifer facialispares vä, House-Brackmann III. Otoskopi ua, inga blåsor i "
                "hörselgång eller på gommen."),
     ("Bedömning", "Bells pares vä, men Ramsay Hunt kan inte uteslutas i detta tidiga skede. "
                   "Prednisolon 50 mg x 1 i 10 dagar och valaciklovir. Ögonskydd nattetid.")],
    must=[M("NL102")],
    signed=None,
    why="'Ramsay Hunt kan inte uteslutas' is a hedged second diagnosis")

one("onh-mr-forenligt-med-vestibularisschwannom", "skane", pat("19620509", "228"),
    MELIOR, "Läkaranteckning", "csk_onh", "Per-Olof Nilsson", "läkare",
    "2024-05-21T14:15:00",
    [("Utredning", "MR inre hörselgångar: 6 mm kontrastladdande förändring i vä inre "
                   "hörselgång, förenligt med vestibularisschwannom."),
     ("Bedömning", "Svaret genomgånget med pat vid dagens besök. Wait-and-scan, ny MR om "
                   "sex månader.")],
    must=[M("NL102")],
    why="'förenligt med vestibularisschwannom' on MR, visible (telling does not matter for NL102)")

one("onh-vgr-mall-tidiga-hypoteser-sokord-bedomning", "vgr", pat("19550730", "151"),
    MELIOR, "Tidiga hypoteser", "su_onh", "Magnus Ekelund", "läkare",
    "2024-10-01T11:00:00",
    [("Bedömning", "Misstänkt recidiv av skivepitelcancer i vä tonsillogen, nytillkommen "
                   "induration sedan förra kontrollen. Px planeras.")],
    must=[M("NL102")],
    why="VGR protects by sökord only: the template name is 'Tidiga hypoteser' but the "
        "section Bedömning is visible")

one("onh-skane-sokord-tidiga-hypoteser-i-vanlig-mall", "skane", pat("19850224", "373"),
    MELIOR, "Läkaranteckning", "sus_onh_malmo", "Elin Strand", "läkare",
    "2024-07-02T10:25:00",
    [("Aktuellt", "Återbesök efter diagnostisk tonsillektomi hö, läker fint."),
     ("Tidiga hypoteser", "Misstänkt lymfom, PAD från tonsillen ännu inte klart.")],
    must=[M("NL102")],
    why="Skåne protects by template only: a sökord 'Tidiga hypoteser' inside an ordinary "
        "Läkaranteckning is still visible")

one("onh-lang-kronisk-otit-kan-ej-utesluta-kolesteatom", "vgr", pat("19900311", "099"),
    MELIOR, "Läkaranteckning", "su_onh", "Therese Almqvist", "läkare",
    "2024-04-16T10:00:00",
    [("Anamnes", "34-årig man med återkommande illaluktande flytning från vä öra sedan två år, "
                 "behandlad med örondroppar på vc vid minst fyra tillfällen med kortvarig "
                 "effekt. Tilltagande hörselnedsättning vä senaste halvåret, ingen yrsel. "
                 "Som barn rör i båda öronen flera gånger och adenotomi vid 4 års ålder. "
                 "Inga kända allergier. Arbetar som snickare och använder hörselskydd "
                 "oregelbundet. Röker ej."),
     ("Status", "AT gott. Hö öra: trumhinnan ärrig men hel och rörlig. Vä öra: fuktig "
                "hörselgång med gulaktigt sekret, efter sugning syns en retraktionsficka i pars "
                "flaccida med vitaktigt material och krustor. Weber åt vä, Rinne neg vä. "
                "Facialis intakt bilat, fistelprov neg. Näsa: lätt septumdeviation åt hö, "
                "slemhinnor ua. Munhåla och svalg ua. Hals: inga palpabla resistenser."),
     ("Utredning", "Tonaudiogram: konduktiv nedsättning vä med luft-ben-gap 35 dB i "
                   "talområdet, benledning normal bilat. Hö öra normal hörsel. Tympanometri vä "
                   "ej genomförbar pga sekret."),
     ("Bedömning", "Kronisk mediaotit vä med retraktionsficka i pars flaccida; kan ej utesluta "
                   "kolesteatom vä. DT temporalben behövs för att bedöma utbredningen före "
                   "ställningstagande till op."),
     ("Åtgärd", "Sugning under mikroskop. Terracortril med polymyxin B 3 droppar x 3 i 7 "
                "dagar, odling tagen från hörselgången. Råd att hålla örat torrt vid dusch, "
                "bomull med vaselin."),
     ("Planering", "DT temporalben, därefter återbesök med svar för ställningstagande till "
                   "tympanoplastik eller mastoidektomi. Sjukskrivning ej aktuell.")],
    must=[M("NL102")],
    why="long multi-section chart; one hedge ('kan ej utesluta kolesteatom') in Bedömning")

one("onh-lang-episodisk-yrsel-dd-vestibular-migran", "skane", pat("19830118", "460"),
    MELIOR, "Mottagningsanteckning", "sus_onh_lund", "Nils Håkansson", "läkare",
    "2024-09-10T13:00:00",
    [("Anamnes", "41-årig kvinna, remiss från vc pga återkommande yrselattacker sedan ett år. "
                 "Attackerna varar från några minuter upp till flera timmar och beskrivs som att "
                 "rummet snurrar eller att hon gungar. Ofta samtidig huvudvärk, ljus- och "
                 "ljudkänslighet, ibland illamående. Ingen hörselnedsättning, ingen tinnitus, "
                 "inget lock för öronen. Migrän med aura i tonåren, mamman har migrän. "
                 "Triggas ibland av sömnbrist och mens. Arbetar som lärare, sjukskriven två "
                 "veckor i höstas. Läkemedel: p-piller, sumatriptan vb med osäker effekt på "
                 "yrseln."),
     ("Status", "AT gott, opåverkad. Otoskopi ua bilat. Ingen spontannystagmus, inte heller "
                "med Frenzelglasögon, och ingen blickriktningsnystagmus. HIT normalt bilat. "
                "Dix-Hallpike neg bilat, supine roll test neg. Romberg ua, klarar tandemgång. "
                "Kranialnerver ua."),
     ("Utredning", "Tonaudiogram normalt bilat. vHIT med normal gain i samtliga båggångar, "
                   "kalorisk prövning symmetrisk."),
     ("Bedömning", "Episodisk yrsel med normal vestibulär funktion mellan attackerna, inget "
                   "som talar för BPPV. DD vestibulär migrän."),
     ("Planering", "Yrseldagbok i tre månader med notering av huvudvärk och utlösande faktorer. "
                   "Information om sömnrutiner. Remiss till neurologmottagningen för "
                   "ställningstagande till migränprofylax, återbesök ÖNH vb.")],
    must=[M("NL102")],
    why="long Skåne chart, mostly normal findings; 'DD vestibulär migrän' in Bedömning")

one("onh-barn-recidiverande-aom-trol-adenoidit", "vgr", pat("20220121", "482"),
    MELIOR, "Läkaranteckning", "su_barn_onh", "Johanna Lind", "läkare",
    "2024-01-22T14:30:00",
    [("Anamnes", "2-årig flicka med fem episoder AOM senaste halvåret, samtliga "
                 "antibiotikabehandlade. Går på förskola sedan augusti."),
     ("Status", "Trumhinnorna lätt matta bilat, ingen vätska. Purulent sekret i näsan."),
     ("Bedömning", "Recidiverande AOM, trol. adenoidit som bidragande faktor. Anmäld för "
                   "rörinläggning bilat och adenotomi i dagkirurgi.")],
    must=[M("NL102")],
    why="confirmed recurrent AOM plus 'trol. adenoidit' in a child's visible note")

one("onh-inverterat-papillom-fragetecken", "skane", pat("19600604", "153"),
    MELIOR, "Mottagningsanteckning", "ystad_onh", "Hanna Åkesson", "läkare",
    "2024-06-18T09:45:00",
    [("Aktuellt", "Nästäppa hö sedan ett år och blodtingerad snuva senaste månaden."),
     ("Status", "Endoskopi: polypös, lätt blödande förändring utgående från hö laterala "
                "näsväggen."),
     ("Bedömning", "Inverterat papillom? Px tagen, DT bihålor beställd.")],
    must=[M("NL102")],
    why="'Inverterat papillom?' before PAD, visible")

one("onh-typo-sannolkit-bppv-horisontell", "vgr", pat("19650912", "208"),
    MELIOR, "Läkaranteckning", "skas_onh", "Anders Widell", "läkare",
    "2024-03-05T15:10:00",
    [("Status", "Supine roll test: geotrop horisontell nystagmus, kraftigast vid vridning "
                "åt vä."),
     ("Bedömning", "Sannolkit BPPV vä horisontell båge. Barbecue-manöver utförd, "
                   "egenövningar instruerade.")],
    must=[M("NL102")],
    why="typo 'Sannolkit' for sannolikt before BPPV")

one("onh-typo-akustikusneurinon-kan-ej-uteslutas", "skane", pat("19700823", "377"),
    MELIOR, "Läkaranteckning", "hbg_onh", "Oskar Malm", "läkare",
    "2024-08-27T11:35:00",
    [("Bedömning", "Ensidig tinnitus hö och sämre taluppfattning hö än vä. Akustikusneurinon "
                   "kan ej uteslutas, MR inre hörselgångar beställd.")],
    must=[M("NL102")],
    why="typo in the diagnosis 'Akustikusneurinon' with the hedge 'kan ej uteslutas'")

one("onh-diagnos-sokord-bppv-trolig-inom-parentes", "vgr", pat("19530411", "268"),
    MELIOR, "Mottagningsanteckning", "sas_onh", "Ingrid Backman", "läkare",
    "2024-11-19T10:20:00",
    [("Diagnos", "H81.1 Benign paroxysmal yrsel (trolig)"),
     ("Åtgärd", "Epleys manöver hö x 2, ny kontroll om två veckor.")],
    must=[M("NL102")],
    why="coded diagnosis with '(trolig)' in the Diagnos sökord stays a hypothesis")

one("onh-negation-och-hedge-i-samma-bedomning", "vgr", pat("19940130", "324"),
    MELIOR, "Läkaranteckning", "sas_onh", "Lars Ekdahl", "läkare",
    "2024-05-29T13:40:00",
    [("Status", "Hö tonsill något större än vä, slät yta, inga sår. Tonsillstenar bilat."),
     ("Bedömning", "Ingen misstanke om malignitet trots asymmetrin. Trolig kronisk tonsillit, "
                   "tonsillektomi erbjuds.")],
    must=[M("NL102")],
    why="a negated malignancy next to a hedged 'Trolig kronisk tonsillit': the hedge still counts")

one("onh-vgr-tidiga-hypoteser-upprepas-i-bedomning", "vgr", pat("19720215", "187"),
    MELIOR, "Läkaranteckning", "su_onh", "Erik Lundh", "läkare",
    "2024-02-28T10:50:00",
    [("Tidiga hypoteser", "Misstänkt nasofarynxcancer, EBV-DNA i plasma förhöjt."),
     ("Bedömning", "Ensidig sekretorisk otit vä hos vuxen utan förkylning, trol. "
                   "nasofarynxcancer. Biopsi från epifarynx i narkos nästa vecka.")],
    must=[M("NL102")],
    why="hypothesis put under the protected sökord but repeated in the visible Bedömning")

case("onh-skane-tva-anteckningar-mallen-skyddar-bara-en", "skane", pat("19570926", "335"),
     [note("n1", MELIOR, "Tidiga hypoteser", "sus_onh_lund", "Gustav Sjöberg", "läkare",
           "2024-03-14T10:10:00",
           [("Tidiga hypoteser", "Trolig skivepitelcancer i vä tungbas, PAD inväntas.")]),
      note("n2", MELIOR, "Läkaranteckning", "sus_onh_lund", "Gustav Sjöberg", "läkare",
           "2024-03-14T10:25:00",
           [("Status", "Fiberskopi: exofytisk förändring i vä tungbas, ca 2 cm."),
            ("Bedömning", "Trolig tungbascancer vä. Px i narkos nästa vecka.")])],
     must=[("NL102", "n2")], must_not=[("NL102", "n1")],
     why="same hypothesis in two notes: the Tidiga hypoteser template hides n1, the ordinary "
         "Läkaranteckning n2 shows it")

one("onh-plan-dt-pga-misstankt-parafaryngeal-abscess", "vgr", pat("19960508", "150"),
    MELIOR, "Akutanteckning", "kungalv_akut", "Petra Sandin", "läkare",
    "2024-12-09T21:45:00",
    [("Aktuellt", "Halsont och feber i fem dagar, nu svullen vä halssida och svårt att vrida "
                  "huvudet."),
     ("Planering", "DT hals med kontrast akut pga misstänkt parafaryngeal abscess, "
                   "ÖNH-jouren kontaktad.")],
    must=[M("NL102")],
    why="the hedged diagnosis sits inside a plan sentence; the abscess itself is still a "
        "visible hypothesis")

# --------------------------------------------------------------------------
# NL102 negatives: PMO, protected places, negation, relatives, plans, symptoms,
# conditionals, confirmed diagnoses
# --------------------------------------------------------------------------

one("onh-pmo-vc-trol-streptokocktonsillit", "skane", pat("20000523", "187"),
    PMO, "Besöksanteckning", "vc_linero", "Mattias Rydén", "läkare",
    "2024-02-15T10:30:00",
    [("Aktuellt", "Halsont och feber 39 sedan två dagar, ingen hosta."),
     ("Status", "Svullna tonsiller med beläggningar bilat, ömma käkvinkelkörtlar. "
                "Centorkriterier 4/4."),
     ("Bedömning", "Trol. streptokocktonsillit, Strep A pos. PcV 1 g x 3 i 10 dagar.")],
    must_not=[M("NL102")],
    why="PMO never shows diagnoses: a hedged tonsillitis in a vårdcentral note does not fire")

one("onh-pmo-bvc-misstankt-aom", "skane", pat("20230317", "271"),
    PMO, "BVC-besök", "bvc_kvarnby", "Ulrika Svensson", "sjuksköterska",
    "2024-04-04T09:20:00",
    [("Aktuellt", "Mamma berättar att sonen sovit oroligt och gnidit sig mot vä örat tre nätter, "
                  "temp 38,2 igår. Misstänkt AOM vä, tid bokad hos vc-läkare i eftermiddag. "
                  "Vaccinationer enligt program.")],
    must_not=[M("NL102")],
    signed=None,
    why="BVC note in PMO with 'Misstänkt AOM': PMO diagnoses are never shown")

one("onh-pmo-vc-epistaxis-trolig-hypertoni", "skane", pat("19460728", "031"),
    PMO, "Läkarbesök", "vc_trelleborg", "Kristian Boman", "läkare",
    "2024-05-08T14:20:00",
    [("Aktuellt", "Upprepade näsblödningar från hö näsborre senaste veckan, stoppar med "
                  "kompression."),
     ("Status", "BT 182/98 vid två mätningar. Ytligt kärl på hö främre septum."),
     ("Åtgärd", "Etsning med silvernitrat."),
     ("Bedömning", "Trolig obehandlad hypertoni som bidragande orsak, hemblodtrycksmätning "
                   "under en vecka.")],
    must_not=[M("NL102")],
    why="PMO: 'Trolig obehandlad hypertoni' stays hidden from the patient")

one("onh-pmo-ungdomsmottagning-sannolik-mononukleos", "skane", pat("20070319", "324"),
    PMO, "Besöksanteckning", "um_lund", "Sanna Mårtensson", "läkare",
    "2024-10-21T15:40:00",
    [("Aktuellt", "17-årig tjej med halsont och trötthet i en vecka. Pojkvännen hade "
                  "körtelfeber för en månad sedan."),
     ("Bedömning", "Sannolik mononukleos. Monospot tas, råd om vila och att undvika "
                   "kontaktidrott i fyra veckor.")],
    must_not=[M("NL102")],
    why="youth clinic in PMO, patient 17: 'Sannolik mononukleos' is not shown")

one("onh-pmo-hemsjukvard-typo-ev-bppv", "skane", pat("19360212", "104"),
    PMO, "Sjuksköterskebesök", "hsjv_hoor", "Gunilla Paulsson", "sjuksköterska",
    "2024-03-21T11:00:00",
    [("Aktuellt", "Hembesök. Pat blir yr när hon vrider på huvudet i sängen, har inte ramlat. "
                  "Ev. BBPV enligt beskrivningen, dr Persson på vc kontaktad och gör hembesök "
                  "på torsdag.")],
    must_not=[M("NL102")],
    why="home care note in PMO with typo 'BBPV' after 'Ev.': PMO never fires NL102")

one("onh-skane-mall-tidiga-hypoteser-tonsillcancer", "skane", pat("19630415", "193"),
    MELIOR, "Tidiga hypoteser", "sus_onh_malmo", "Rasmus Kvist", "läkare",
    "2024-06-04T10:15:00",
    [("Tidiga hypoteser", "Misstänkt tonsillcancer hö med halsmetastas regio II. PAD med "
                          "p16-analys inväntas.")],
    must_not=[M("NL102")],
    why="Skåne: the whole note uses the template Tidiga hypoteser, so the hedge is hidden")

one("onh-skane-mall-tidiga-hypoteser-sokord-bedomning", "skane", pat("19741030", "288"),
    MELIOR, "Tidiga hypoteser", "sus_hors", "Cecilia Hedin", "läkare",
    "2024-07-09T13:25:00",
    [("Bedömning", "Progredierande asymmetri trots normal MR för två år sedan. Retrokokleär "
                   "orsak kan ej uteslutas, akustikusneurinom? Ny MR ordinerad.")],
    must_not=[M("NL102")],
    why="Skåne protects by template: even the sökord Bedömning is hidden inside a "
        "Tidiga hypoteser note")

one("onh-vgr-sokord-tidiga-hypoteser-lymfom", "vgr", pat("19810806", "159"),
    MELIOR, "Läkaranteckning", "su_onh", "Hampus Roos", "läkare",
    "2024-04-30T09:40:00",
    [("Aktuellt", "Förstorade lgl bilat på halsen sedan två månader, nattliga svettningar."),
     ("Status", "Multipla mjuka, oömma lgl 1–2 cm bilat regio II–V. Tonsiller ua."),
     ("Tidiga hypoteser", "Trol. lymfom, DD sarkoidos."),
     ("Planering", "Exstirpation av lgl vä regio V i narkos, hematologen underrättad om "
                   "planen.")],
    must_not=[M("NL102")],
    signed=None,
    why="VGR: the hedge sits only under the sökord Tidiga hypoteser; other sections hold none")

one("onh-vgr-sokord-tidiga-hypoteser-cerebellar-infarkt", "vgr", pat("19520319", "057"),
    MELIOR, "Läkaranteckning", "alingsas_med", "Fredrik Holm", "läkare",
    "2024-08-13T08:30:00",
    [("Aktuellt", "Dag 2, yrseln gradvis bättre, går med rollator."),
     ("Status", "Kvarstående lätt ataxi i vä arm vid finger-näsa-prov."),
     ("Tidiga hypoteser", "Misstänkt liten cerebellär infarkt trots normal DT, MR i morgon."),
     ("Planering", "Fortsatt mobilisering med fysioterapeut.")],
    must_not=[M("NL102")],
    why="VGR inpatient: suspected central cause kept under the protected sökord only",
    setting=INPAT)

one("onh-ingen-misstanke-om-malignitet-candida", "vgr", pat("19580101", "246"),
    MELIOR, "Läkaranteckning", "su_onh", "Therese Almqvist", "läkare",
    "2024-02-20T14:05:00",
    [("Status", "Vit, avskrapbar beläggning på tungryggen. Inga sår eller induration. "
                "Halsen utan palpabla lgl."),
     ("Bedömning", "Oral candidos efter inhalationssteroider. Ingen misstanke om malignitet. "
                   "Mycostatin och munsköljning efter inhalation.")],
    must_not=[M("NL102")],
    why="negated 'Ingen misstanke om malignitet' next to a confirmed diagnosis")

one("onh-typo-inga-tecken-pa-peritonsilit", "skane", pat("19980412", "339"),
    MELIOR, "Akutanteckning", "sus_akut_lund", "Jonas Berglund", "läkare",
    "2024-05-18T20:50:00",
    [("Status", "Tonsiller 2+ med beläggningar bilat, symmetriska gombågar, uvula i "
                "medellinjen, ingen trismus."),
     ("Bedömning", "Tonsillit bilat, Strep A pos. Inga tecken på peritonsilit. PcV i tio dagar.")],
    must_not=[M("NL102")],
    why="typo 'peritonsilit' inside a negation ('Inga tecken på'); tonsillitis confirmed")

one("onh-mr-avskriver-akustikusneurinom", "vgr", pat("19540617", "133"),
    MELIOR, "Läkaranteckning", "skas_hors", "Ola Wikström", "läkare",
    "2024-03-12T10:10:00",
    [("Utredning", "MR inre hörselgångar utan patologi, ingen tumör i CP-vinkeln."),
     ("Bedömning", "Misstanken om akustikusneurinom avskrivs. Asymmetrin förklaras av "
                   "bullerskada, pat har jagat i 40 år med geväret på hö axel. Hörapparat vä "
                   "erbjuds.")],
    must_not=[M("NL102")],
    why="a former suspicion explicitly dropped ('avskrivs') after normal MR")

one("onh-bppv-latens-talar-emot-central-genes", "skane", pat("19670923", "227"),
    MELIOR, "Läkaranteckning", "csk_onh", "Josefin Ek", "läkare",
    "2024-09-24T09:00:00",
    [("Status", "Dix-Hallpike hö: torsionell uppåtslående nystagmus med latens 3 s, "
                "klingar av inom 30 s. Neurologstatus ua."),
     ("Bedömning", "BPPV hö bakre båge. Latens och uttröttbarhet talar emot central genes. "
                   "Epleys manöver utförd med god effekt.")],
    must_not=[M("NL102")],
    why="'talar emot central genes' is a negation, BPPV is confirmed by the test")

one("onh-relativ-otoskleros-audionom", "vgr", pat("19950504", "228"),
    MELIOR, "Audionomanteckning", "sas_hors", "Elsa Nordin", "audionom",
    "2024-06-11T11:15:00",
    [("Anamnes", "Kommer för hörselkontroll då mor och morbror har otoskleros, trol. även "
                 "mormor. Själv inga besvär."),
     ("Utredning", "Tonaudiogram normalt bilat, stapediusreflexer utlösbara."),
     ("Bedömning", "Normal hörsel. Ny kontroll vid besvär.")],
    must_not=[M("NL102")],
    why="the hedged otosclerosis belongs to the grandmother, not the patient")

one("onh-relativ-larynxcancer-pappa", "skane", pat("19710304", "175"),
    MELIOR, "Läkaranteckning", "sus_onh_lund", "Mikael Thorén", "läkare",
    "2024-11-26T13:05:00",
    [("Anamnes", "Heshet i tre veckor efter förkylning. Oroar sig eftersom pappa hade "
                 "larynxcancer, möjligen även farfar. Röker ej."),
     ("Status", "Larynxfiberskopi: lätt rodnade stämband utan förändringar, normal rörlighet."),
     ("Bedömning", "Postinfektiös laryngit. Röstvila, återbesök om besvären kvarstår efter "
                   "fyra veckor.")],
    must_not=[M("NL102")],
    why="'möjligen' hedges the grandfather's cancer; the patient's diagnosis is certain")

one("onh-barn-ev-adenotomi-ar-en-plan", "vgr", pat("20191210", "303"),
    MELIOR, "Läkaranteckning", "su_barn_onh", "Karl Wennberg", "läkare",
    "2024-09-05T10:45:00",
    [("Utredning", "Tympanometri B-kurvor bilat, lekaudiometri 30 dB bilat."),
     ("Bedömning", "Sekretorisk otit bilat sedan minst tre månader. Rörinläggning bilat, ev. "
                   "adenotomi i samma narkos – diskuteras med föräldrarna vid nästa besök.")],
    must_not=[M("NL102")],
    why="'ev. adenotomi' hedges a procedure, the diagnosis itself is confirmed")

one("onh-trolig-utskrivning-efter-tamponad", "skane", pat("19440917", "086"),
    MELIOR, "Omvårdnadsanteckning", "sus_onh_avd", "Emma Karlberg", "sjuksköterska",
    "2024-12-04T06:45:00",
    [("Aktuellt", "Ingen ny blödning under natten, tamponaden torr. Pat har ätit frukost och "
                  "mobiliserar själv. Trolig utskrivning i morgon efter att tamponaden tagits "
                  "bort.")],
    must_not=[M("NL102")],
    why="'Trolig utskrivning' hedges a discharge plan, not a diagnosis",
    setting=INPAT)

one("onh-horseln-mojligen-battre-symptom", "vgr", pat("19780111", "362"),
    MELIOR, "Telefonanteckning", "su_onh", "Sara Öhman", "läkare",
    "2024-10-14T15:30:00",
    [("Telefonkontakt", "Uppföljning dag 5 av kortisonbehandling för plötslig dövhet vä. "
                        "Hörseln möjligen något bättre enligt pat, tinnitus oförändrad. "
                        "Kontrollaudiogram nästa tisdag.")],
    must_not=[M("NL102")],
    why="'möjligen något bättre' hedges a symptom; sudden deafness is the established diagnosis")

one("onh-om-feber-kvarstar-sok-akut", "skane", pat("19930826", "208"),
    MELIOR, "Läkaranteckning", "sus_onh_malmo", "Elin Strand", "läkare",
    "2024-01-23T11:10:00",
    [("Bedömning", "Akut tonsillit, Strep A pos, PcV insatt."),
     ("Planering", "Om febern kvarstår efter tre dygn eller om hon får svårt att gapa eller "
                   "svälja ska hon söka akut.")],
    must_not=[M("NL102")],
    why="conditional safety-net advice ('Om ...') hedges nothing about a diagnosis")

one("onh-pad-pleomorft-adenom-bekraftat-telefon", "skane", pat("19690902", "121"),
    MELIOR, "Telefonanteckning", "sus_onh_malmo", "Rasmus Kvist", "läkare",
    "2024-03-28T12:40:00",
    [("Telefonkontakt", "Ringer pat om PAD efter parotidektomi hö: pleomorft adenom, radikalt "
                        "exstirperat. Pat informerad och nöjd, ingen ytterligare kontroll "
                        "behövs.")],
    must_not=[M("NL102")],
    why="a confirmed benign PAD diagnosis with no hedge")

one("onh-meniere-tidigare-misstankt-nu-definitiv", "vgr", pat("19610705", "284"),
    MELIOR, "Läkaranteckning", "su_audio", "Amanda Bergkvist", "läkare",
    "2024-07-23T10:30:00",
    [("Bedömning", "Tidigare misstänkt, nu definitiv Ménières sjukdom hö enligt "
                   "Bárány-kriterierna, lågfrekvent nedsättning dokumenterad vid två attacker. "
                   "Fortsatt betahistin, information om Hörselskadades riksförbund.")],
    must_not=[M("NL102")],
    why="the old suspicion is now settled ('nu definitiv'), so no hypothesis stands")

one("onh-blodningskalla-trol-framre-septum", "skane", pat("20030121", "456"),
    MELIOR, "Akutanteckning", "hbg_onh", "Sofie Lindqvist", "läkare",
    "2024-02-10T17:55:00",
    [("Aktuellt", "Näsblödning från vä näsborre i en timme, ingen antikoagulantia."),
     ("Status", "Efter avsvällning ses ett ytligt kärl på främre septum vä, blödningen kommer "
                "trol. därifrån."),
     ("Åtgärd", "Etsning med silvernitrat, Nasoxyl-salva i tre dagar."),
     ("Bedömning", "Epistaxis anterior vä.")],
    must_not=[M("NL102")],
    why="'trol.' hedges the bleeding site (a finding); epistaxis itself is certain")

one("onh-eventuellt-dt-bihalor-plan", "skane", pat("19820607", "412"),
    MELIOR, "Läkaranteckning", "ystad_onh", "Hanna Åkesson", "läkare",
    "2024-10-29T10:00:00",
    [("Bedömning", "Akut bakteriell sinuit hö med purulent sekret i mellersta näsgången. "
                   "Doxycyklin i tio dagar pga pc-allergi. Eventuellt DT bihålor vid utebliven "
                   "effekt.")],
    must_not=[M("NL102")],
    why="'Eventuellt DT' hedges an examination, not a diagnosis")

one("onh-pmo-lang-vc-anteckning-flera-hypoteser", "skane", pat("19570514", "117"),
    PMO, "Läkarbesök", "vc_hassleholm", "Kristian Boman", "läkare",
    "2024-08-15T09:00:00",
    [("Anamnes", "67-årig man som söker för att han hör sämre sedan något år, främst på vä "
                 "sida, och har ett pipande ljud i vä öra som stör insomningen. Hustrun klagar "
                 "på att TV:n står för högt. Senaste månaden även korta yrselattacker när han "
                 "lägger sig ned eller vänder sig i sängen, varar under en minut. Ingen "
                 "huvudvärk, inga synrubbningar, inga domningar. Arbetade som plåtslagare i 35 "
                 "år, hörselskydd först på senare år. Tidigare frisk bortsett från "
                 "hyperlipidemi, Atorvastatin 20 mg."),
     ("Status", "Allmäntillstånd gott. Hö hörselgång fri, trumhinna ua. Vä hörselgång med "
                "mycket vax som skymmer trumhinnan. Viskprov: uppfattar viskning på armlängds "
                "avstånd hö men inte vä. Weber åt hö. Neurologstatus grovt ua, Romberg ua, "
                "gång ua. Dix-Hallpike ej gjord pga tidsbrist. BT 138/84."),
     ("Bedömning", "Misstänkt presbyacusis med bullerskada som grund, ev. vaxpropp vä som "
                   "förstärker asymmetrin. Yrseln är trol. BPPV utifrån beskrivningen. Kan ej "
                   "utesluta akustikusneurinom vä med tanke på ensidig tinnitus och "
                   "asymmetri."),
     ("Åtgärd", "Vaxet uppmjukas med olivolja i en vecka, därefter spolning hos ssk. "
                "Information om BPPV och egenövningar given muntligt och skriftligt."),
     ("Planering", "Om asymmetrin kvarstår efter vaxrensning skrivs remiss till ÖNH för "
                   "audiogram och ställningstagande till MR. Återbesök vb.")],
    must_not=[M("NL102")],
    why="long PMO chart full of hedged diagnoses: PMO never shows diagnoses")

one("onh-lang-epikris-abscesstonsillektomi-utan-hedge", "vgr", pat("19910723", "219"),
    MELIOR, "Epikris", "su_onh_avd", "Karl Wennberg", "läkare",
    "2024-11-08T14:00:00",
    [("Inskrivningsorsak", "33-årig man som sökte akut med fem dagars tilltagande halsont vä, "
                           "feber 39,2, trismus och svårt att svälja saliv. Två tidigare "
                           "peritonsilliter, senast för ett år sedan. Inga läkemedel, ingen "
                           "allergi."),
     ("Vårdförlopp", "Vid ankomst kraftig buktning av vä gombåge och uvula deviterad åt hö. "
                     "Punktion gav 4 ml pus, odlingen visade grupp A-streptokocker känsliga för "
                     "penicillin. Pga recidiv genomfördes abscesstonsillektomi bilat i narkos "
                     "dagen efter inläggning, okomplicerat ingrepp med måttlig blödning. "
                     "Postoperativt intravenöst bensylpenicillin i två dygn, därefter "
                     "peroral behandling. Smärtlindring med paracetamol, ibuprofen och "
                     "oxikodon de första dygnen. Pat har druckit och ätit mjuk kost från dag "
                     "två. Ingen efterblödning. Feberfri sedan dag två."),
     ("Status vid utskrivning", "Opåverkad, afebril. Tonsillogerna bilat täckta av "
                                "fibrinbeläggning utan koagel. Gapar normalt. Halsen mjuk utan "
                                "ömhet."),
     ("Diagnos", "J36.9 Peritonsillit vä, recidiv. Abscesstonsillektomi bilat."),
     ("Läkemedel vid utskrivning", "Kåvepenin 1 g x 3 till totalt tio dagars behandling. "
                                   "Alvedon 1 g x 4 och Ipren 400 mg x 3 i tio dagar."),
     ("Information", "Pat informerad om risken för efterblödning upp till två veckor efter "
                     "op, ska då söka ÖNH-jouren direkt. Undvika tung fysisk ansträngning och "
                     "bastu i två veckor. Sjukskriven två veckor."),
     ("Uppföljning", "Ingen rutinmässig återbesökstid. PAD på tonsillerna besvaras per brev.")],
    must_not=[M("NL102")],
    why="long inpatient discharge summary with only confirmed diagnoses and no hedge at all",
    setting=INPAT)

one("onh-typo-ingen-missanke-om-malignitet", "skane", pat("19870219", "238"),
    MELIOR, "Läkaranteckning", "sus_onh_lund", "Lovisa Brandt", "läkare",
    "2024-06-20T10:35:00",
    [("Status", "Mjuk, rörlig knöl 1 cm i vä submandibulära loge, kvar tre veckor efter "
                "halsfluss."),
     ("Bedömning", "Reaktiv lymfkörtel. Ingen missanke om malignitet, ny palpation om sex "
                   "veckor.")],
    must_not=[M("NL102")],
    signed=None,
    why="typo 'missanke' in a negation ('Ingen missanke om malignitet')")

one("onh-akustikusneurinom-uteslutes", "skane", pat("19760813", "342"),
    MELIOR, "Läkaranteckning", "hbg_hors", "Klara Lindholm", "läkare",
    "2024-02-27T14:25:00",
    [("Utredning", "MR inre hörselgångar ua."),
     ("Bedömning", "Akustikusneurinom uteslutes. Den ensidiga tinnitusen hanteras med "
                   "ljudberikning och tinnitusskola.")],
    must_not=[M("NL102")],
    why="'uteslutes' rules the diagnosis out")

one("onh-vestibularisneurit-bekraftad-inga-tecken-central", "vgr", pat("19690331", "414"),
    MELIOR, "Läkaranteckning", "su_onh_avd", "Viktor Engström", "läkare",
    "2024-01-18T09:25:00",
    [("Status", "Spontannystagmus åt hö, avtagande sedan igår."),
     ("Bedömning", "Vestibularisneurit vä, bekräftad med vHIT (gain 0,4 vä med "
                   "catch-up-sackader). Inga tecken på central genes. Vestibulär rehabilitering "
                   "startad.")],
    must_not=[M("NL102")],
    why="test-confirmed vestibular neuritis and a negated central cause",
    setting=INPAT)

one("onh-peritonsillit-avskrivs-efter-punktion", "skane", pat("19970118", "151"),
    MELIOR, "Akutanteckning", "csk_onh", "Josefin Ek", "läkare",
    "2024-07-20T01:30:00",
    [("Status", "Lätt asymmetri av gombågarna, ingen trismus. Punktion bilat utan pus."),
     ("Bedömning", "Peritonsillit avskrivs. Tonsillit bilat, fortsatt PcV som insatt på vc.")],
    must_not=[M("NL102")],
    why="'Peritonsillit avskrivs' after negative puncture: ruled out, tonsillitis confirmed")

one("onh-fragestallning-horapparatbehov-presbyacusis", "vgr", pat("19450925", "261"),
    MELIOR, "Audionomanteckning", "skas_hors", "Linnea Holmgren", "audionom",
    "2024-05-15T13:00:00",
    [("Aktuellt", "Remiss från vc, frågeställning hörapparatbehov."),
     ("Utredning", "Tonaudiogram: symmetrisk diskantnedsättning bilat, typisk presbyacusis. "
                   "Taluppfattning 88 % bilat."),
     ("Planering", "Utprovning av hörapparater bilat om tre veckor.")],
    must_not=[M("NL102")],
    why="'frågeställning' asks about a hearing aid need, not a diagnosis; presbyacusis certain")

one("onh-barn-mamma-trol-arftlig-horselnedsattning", "skane", pat("20180302", "146"),
    MELIOR, "Audionomanteckning", "sus_hors", "Maria Fors", "audionom",
    "2024-04-10T09:30:00",
    [("Anamnes", "6-åring på hörselkontroll inför skolstart. Mamma har trol. ärftlig "
                 "hörselnedsättning sedan barndomen, aldrig utredd."),
     ("Utredning", "Lekaudiometri: normal hörsel bilat, tympanometri med normala A-kurvor."),
     ("Bedömning", "Normal hörsel, ingen uppföljning behövs.")],
    must_not=[M("NL102")],
    why="the hedge concerns the mother's hearing loss; the child hears normally")

one("onh-opererad-kolesteatom-kontroll", "vgr", pat("19620128", "191"),
    MELIOR, "Läkaranteckning", "nal_onh", "Björn Sahlin", "läkare",
    "2024-08-29T11:20:00",
    [("Anamnes", "Opererad för kolesteatom hö 2018 med öppen kavitet, årlig kontroll."),
     ("Status", "Torr, välepitelialiserad kavitet hö utan retraktion eller matrix. Vä öra ua."),
     ("Bedömning", "Inget recidiv. Kavitetsrensning utförd, nästa kontroll om ett år.")],
    must_not=[M("NL102")],
    why="past confirmed cholesteatoma and 'Inget recidiv': nothing hedged")

one("onh-tonsillbiopsi-pad-vantas-ingen-diagnos", "vgr", pat("19750908", "255"),
    MELIOR, "Läkaranteckning", "su_onh", "Magnus Ekelund", "läkare",
    "2024-03-07T13:35:00",
    [("Status", "Vä tonsill något större än hö, slät slemhinna."),
     ("Åtgärd", "Tonsillbiopsi vä i LA pga asymmetri. PAD-svar väntas trol. inom tio dagar, "
                "besked per telefon.")],
    must_not=[M("NL102")],
    why="biopsy with 'trol.' on the answer date; no diagnosis is named at all")

one("onh-malignitet-kan-uteslutas-reaktiv-lymfadenit", "vgr", pat("19990613", "409"),
    MELIOR, "Läkaranteckning", "skas_onh", "Tobias Grahn", "läkare",
    "2024-12-10T10:55:00",
    [("Utredning", "PAD från lgl-exstirpation vä regio II: reaktiv lymfadenit, inga maligna "
                   "celler."),
     ("Bedömning", "Malignitet kan uteslutas. Ingen vidare uppföljning på ÖNH.")],
    must_not=[M("NL102")],
    why="'kan uteslutas' (without 'ej') rules malignancy out")

one("onh-akut-ingen-misstanke-om-central-yrsel", "skane", pat("19850412", "197"),
    MELIOR, "Akutanteckning", "sus_akut_lund", "Ida Carlsson", "läkare",
    "2024-11-30T18:20:00",
    [("Aktuellt", "Yrsel sedan igår med illamående, kan gå själv."),
     ("Status", "Horisontell spontannystagmus åt hö, patologiskt HIT vä, ingen skew. "
                "Neurologstatus i övrigt ua."),
     ("Bedömning", "Ingen misstanke om central yrsel, HINTS med perifert mönster. "
                   "Vestibularisneurit vä. Hem med Postafen vb, kontakt ÖNH-mott om en vecka.")],
    must_not=[M("NL102")],
    signed=None,
    why="central cause negated ('Ingen misstanke om'), peripheral diagnosis stated firmly")

one("onh-kortison-sannolikt-haft-effekt", "vgr", pat("19820220", "153"),
    MELIOR, "Läkaranteckning", "su_audio", "Amanda Bergkvist", "läkare",
    "2024-03-18T11:45:00",
    [("Utredning", "Kontrollaudiogram: PTA4 hö förbättrad från 70 till 35 dB."),
     ("Bedömning", "Plötslig dövhet hö där kortisonbehandlingen sannolikt haft god effekt. "
                   "Uppföljning om tre månader.")],
    must_not=[M("NL102")],
    why="'sannolikt' hedges a treatment effect, the diagnosis is established")

one("onh-typo-inget-tecekn-pa-malignitet", "vgr", pat("19660203", "377"),
    MELIOR, "Läkaranteckning", "sas_onh", "Ingrid Backman", "läkare",
    "2024-10-22T09:15:00",
    [("Utredning", "PAD näspolyp vä: inflammatorisk polyp."),
     ("Bedömning", "Inget tecekn på malignitet eller inverterat papillom. Nasal steroid "
                   "dagligen.")],
    must_not=[M("NL102")],
    why="typo 'tecekn' in the negation 'Inget tecken på malignitet'")

one("onh-remissorsak-peritonsillit-avfardad", "vgr", pat("20050930", "286"),
    MELIOR, "Läkaranteckning", "nal_onh", "Karin Dahlgren", "läkare",
    "2024-04-25T15:05:00",
    [("Aktuellt", "Remissorsak från vc: ?peritonsillit."),
     ("Status", "Symmetriska gombågar, tonsiller med beläggningar bilat, ingen trismus."),
     ("Bedömning", "Tonsillit bilat utan tecken på peritonsillit. Fortsätter PcV.")],
    must_not=[M("NL102")],
    why="the referral's '?peritonsillit' is ruled out in the same note")

# --------------------------------------------------------------------------
# NL101 positives: a diagnosis in a visible section, text says the patient is
# not (yet) told
# --------------------------------------------------------------------------

one("onh-pad-tonsillcancer-ej-informerad-annu", "skane", pat("19640219", "013"),
    MELIOR, "Läkaranteckning", "sus_onh_lund", "Gustav Sjöberg", "läkare",
    "2024-03-08T15:20:00",
    [("Utredning", "PAD från vä tonsill: skivepitelcancer, p16-positiv."),
     ("Bedömning", "Tonsillcancer vä. Pat ej informerad ännu, besked ges vid återbesök 14/3 "
                   "tillsammans med kontaktsjuksköterska. Anmäls till MDK.")],
    must=[M("NL101")], must_not=[M("NL102")],
    why="confirmed tonsil cancer in a visible section while 'Pat ej informerad ännu'")

one("onh-mr-schwannom-pat-har-inte-fatt-svaret", "vgr", pat("19590604", "172"),
    MELIOR, "Journalanteckning", "skas_onh", "Ola Wikström", "läkare",
    "2024-04-11T16:05:00",
    [("Utredning", "MR inre hörselgångar: vestibularisschwannom hö 11 mm med utbredning i "
                   "CP-vinkeln."),
     ("Planering", "Pat har inte fått svaret ännu. Läkarbesök bokas inom två veckor, remiss "
                   "till skallbasteamet på Sahlgrenska.")],
    must=[M("NL101")], must_not=[M("NL102")],
    why="MR-proven schwannoma visible, the patient has not got the answer yet")

one("onh-telefon-warthin-pat-ej-nadd", "skane", pat("19550312", "099"),
    MELIOR, "Telefonanteckning", "sus_onh_malmo", "Ann-Sofie Möller", "sjuksköterska",
    "2024-05-16T11:30:00",
    [("Telefonkontakt", "PAD efter parotidektomi vä: Warthintumör, benign. Ringer pat för "
                        "besked enligt dr Strands ordination men når inte fram. Pat ännu inte "
                        "informerad, nytt försök i morgon förmiddag.")],
    must=[M("NL101")],
    why="even a benign diagnosis counts: the nurse could not reach the patient, who is not told")

one("onh-larynxcancer-ska-inte-informeras-fore-mdk", "vgr", pat("19530817", "251"),
    MELIOR, "Omvårdnadsanteckning", "su_onh", "Camilla Wester", "sjuksköterska",
    "2024-06-04T13:10:00",
    [("Aktuellt", "PAD från mikrolaryngoskopi: skivepitelcancer hö stämband. Enligt dr Lundh "
                  "ska pat inte informeras om diagnosen förrän efter MDK på torsdag, då finns "
                  "ett behandlingsförslag.")],
    must=[M("NL101")], must_not=[M("NL102")],
    why="contact nurse writes the diagnosis visibly and that the patient must not be told yet")

case("onh-skane-metastas-besked-ges-i-senare-anteckning", "skane", pat("19600928", "235"),
     [note("n1", MELIOR, "Läkaranteckning", "csk_onh", "Josefin Ek", "läkare",
           "2024-05-02T14:00:00",
           [("Utredning", "PAD halslymfkörtel hö: metastas av skivepitelcancer, HPV-positiv."),
            ("Bedömning", "Pat ej informerad om PAD-svaret. Tid hos läkare 7/5, "
                          "kontaktsjuksköterska närvarar.")]),
      note("n2", MELIOR, "Läkaranteckning", "csk_onh", "Josefin Ek", "läkare",
           "2024-05-07T10:30:00",
           [("Aktuellt", "Återbesök för besked om PAD."),
            ("Bedömning", "Pat och hustrun har fått beskedet att körteln på halsen innehåller "
                          "metastas av skivepitelcancer. Pat tog det lugnt. PET-DT och "
                          "panendoskopi bokas.")])],
     must=[("NL101", "n1")], must_not=[("NL101", "n2")],
     why="n1 withholds the metastasis diagnosis; n2 five days later records that it was told")

one("onh-hodgkin-hematolog-ger-beskedet", "vgr", pat("19980127", "348"),
    MELIOR, "Journalanteckning", "su_onh", "Hampus Roos", "läkare",
    "2024-05-22T14:40:00",
    [("Utredning", "PAD från lgl-exstirpation vä regio V: klassiskt Hodgkins lymfom, "
                   "nodulär skleros."),
     ("Bedömning", "Pat inte informerad. Remiss till hematologen skickad samma dag, "
                   "hematologen ger beskedet vid första besöket enligt överenskommelse.")],
    must=[M("NL101")],
    why="Hodgkin lymphoma written visibly; the patient is not informed, another unit will tell")

one("onh-parotiscancer-pat-vet-annu-inte", "vgr", pat("19711114", "269"),
    MELIOR, "Läkaranteckning", "sas_onh", "Ingrid Backman", "läkare",
    "2024-04-24T09:50:00",
    [("Utredning", "PAD efter parotidektomi hö: låggradig mukoepidermoid cancer, fria "
                   "marginaler."),
     ("Planering", "Pat vet ännu inte om svaret, tid hos undertecknad 3/5. Ingen "
                   "strålbehandling planeras enligt MDK.")],
    must=[M("NL101")],
    why="'Pat vet ännu inte om svaret' after a visible cancer PAD")

one("onh-typo-pat-ej-infomerad-hypofarynxcancer", "skane", pat("19580422", "013"),
    MELIOR, "Läkaranteckning", "sus_onh_lund", "Mikael Thorén", "läkare",
    "2024-09-12T16:15:00",
    [("Bedömning", "Hypofarynxcancer vä sinus piriformis, T3N1 enligt DT och PAD. Pat ej "
                   "infomerad om diagnosen, kallas till samtal i morgon tillsammans med "
                   "anhörig.")],
    must=[M("NL101")],
    why="typo 'infomerad' in the not-told phrase; the hypopharynx cancer is visible")

one("onh-nasofarynxcancer-far-ej-meddelas", "vgr", pat("19770502", "196"),
    MELIOR, "Läkaranteckning", "su_jk", "Nora Feldt", "läkare",
    "2024-03-15T12:25:00",
    [("Bedömning", "Nasofarynxcancer, PAD odifferentierat karcinom, EBV-positivt. Diagnosen "
                   "får inte meddelas pat innan onkolog bedömt behandlingsupplägget på "
                   "måndag.")],
    must=[M("NL101")],
    signed=None,
    why="'får inte meddelas pat' (must not be told yet) with the diagnosis visible")

one("onh-epikris-sinuscancer-besked-pa-mottagningen", "skane", pat("19510906", "154"),
    MELIOR, "Epikris", "sus_onh_avd", "Annika Rehn", "läkare",
    "2024-09-26T14:30:00",
    [("Epikris", "Inlagd för endoskopisk sinuskirurgi hö pga ensidig polypos. Okomplicerat "
                 "förlopp. PAD kom dagen före utskrivning: skivepitelcancer i hö sinus "
                 "maxillaris. Pat ännu inte informerad, besked ges på mottagningen 2/10 av "
                 "operatören.")],
    must=[M("NL101")],
    why="discharge summary (visible) with an unexpected cancer PAD that the patient does not know",
    setting=INPAT)

one("onh-typo-kolesteatom-ej-underattad", "vgr", pat("19840715", "117"),
    MELIOR, "Journalanteckning", "nal_onh", "Björn Sahlin", "läkare",
    "2024-05-31T08:45:00",
    [("Utredning", "DT temporalben: kolesteatom vä med erosion av ossikelkedjan, ingen "
                   "labyrintfistel."),
     ("Planering", "Pat ej underättad om DT-svaret. Informeras vid op-planeringsbesöket 12/6.")],
    must=[M("NL101")],
    why="typo 'underättad' (underrättad): cholesteatoma on CT, patient not yet told")

one("onh-barn-dovhet-familjen-ej-informerad", "skane", pat("20211223", "440"),
    MELIOR, "Läkaranteckning", "sus_hors", "Cecilia Hedin", "läkare",
    "2024-02-14T13:40:00",
    [("Utredning", "ABR i narkos: ensidig dövhet hö, normal hörsel vä. DT temporalben visar "
                   "aplasi av hö hörselnerv."),
     ("Bedömning", "Familjen har ännu inte informerats, läkarsamtal med båda föräldrarna "
                   "bokat på fredag.")],
    must=[M("NL101")],
    why="2-year-old (guardians read the journal): single-sided deafness visible, family not told")

one("onh-telegrafiskt-ej-delgivet-pat", "vgr", pat("19500310", "033"),
    MELIOR, "Journalanteckning", "skas_onh", "Anders Widell", "läkare",
    "2024-10-03T17:10:00",
    [("Bedömning", "PAD tungbas: skivepitelcancer. Ej delgivet pat. Kontaktssk ringer för tid.")],
    must=[M("NL101")],
    signed=None,
    why="telegraphic 'Ej delgivet pat' after a visible cancer diagnosis")

one("onh-sekreterare-mr-dr-ej-hunnit-informera", "vgr", pat("19800120", "224"),
    MELIOR, "Administrativ anteckning", "sas_hors", "Jenny Claesson", "medicinsk sekreterare",
    "2024-08-19T10:15:00",
    [("Aktuellt", "MR-svar inkommet: vestibularisschwannom hö 4 mm intrameatalt. Dr "
                  "Kjellberg har inte hunnit informera pat, svaret läggs i läkarens inkorg.")],
    must=[M("NL101")],
    why="secretary records an MR diagnosis the doctor has not yet told the patient")

one("onh-lang-mdk-anteckning-pat-ej-informerad", "skane", pat("19620803", "375"),
    MELIOR, "Konferensanteckning", "sus_onk", "Jakob Ahlström", "läkare",
    "2024-04-18T12:00:00",
    [("Deltagare", "ÖNH-kirurg, onkolog, radiolog, patolog, plastikkirurg, "
                   "kontaktsjuksköterska och tandläkare från sjukhustandvården."),
     ("Anamnes", "61-årig man, remitterad via SVF från tandläkare pga sår på vä tungkant som "
                 "inte läkt på sex veckor. Röker 10 cigaretter per dag sedan 40 år, alkohol "
                 "måttligt. Typ 2-diabetes på metformin, i övrigt frisk. Arbetar som "
                 "lastbilschaufför, bor med sambo. ECOG 0."),
     ("Utredning", "Klinisk undersökning i narkos: ulcererad tumör vä tungkant 3,2 cm, "
                   "infiltrerar muskulaturen, ej över mittlinjen, golvet fritt. PAD: "
                   "skivepitelcancer, måttligt differentierad. MR munhåla: tumördjup 9 mm. "
                   "DT hals och thorax: en förstorad lgl vä regio Ib 14 mm med nekros, inga "
                   "fjärrmetastaser. Tandstatus: två tänder i vä underkäke bör extraheras före "
                   "ev. strålbehandling."),
     ("Bedömning", "Skivepitelcancer i vä tungkant cT3N1M0. Kurativ intention. "
                   "Rekommendation: hemiglossektomi vä med halslymfkörtelutrymning nivå I–IV "
                   "vä och rekonstruktion med fri radialislambå, därefter postoperativ "
                   "strålbehandling beroende på PAD."),
     ("Information", "Pat ej informerad om diagnos eller behandlingsförslag. Kallas till "
                     "samtal med ansvarig ÖNH-läkare och kontaktsjuksköterska tisdag 23/4, "
                     "sambon får gärna följa med."),
     ("Planering", "Extraktion av tänder via sjukhustandvården inom en vecka. Anestesibedömning "
                   "och preoperativ lungfunktion. Nutritionsbedömning av dietist. Operation "
                   "preliminärt vecka 19. Rökavvänjning erbjuds via kontaktsjuksköterskan.")],
    must=[M("NL101")],
    why="long MDK note; the Information sökord says the patient is not told about the cancer "
        "stated in visible Bedömning")

# --------------------------------------------------------------------------
# NL101 negatives: told, told earlier, what is untold is no diagnosis, protected
# place, only a relative untold, nothing said about telling
# --------------------------------------------------------------------------

one("onh-pad-besked-idag-kontaktssk-narvarande", "skane", pat("19670529", "139"),
    MELIOR, "Läkaranteckning", "sus_onh_lund", "Nils Håkansson", "läkare",
    "2024-03-14T10:40:00",
    [("Aktuellt", "Återbesök för PAD-besked."),
     ("Bedömning", "Pat informerad om PAD-svaret: skivepitelcancer i hö tonsill. "
                   "Kontaktsjuksköterska närvarande, skriftlig information om SVF given.")],
    must_not=[M("NL101"), M("NL102")],
    why="the cancer diagnosis is told at this visit")

one("onh-akustikus-besked-vid-forra-besoket", "vgr", pat("19720912", "206"),
    MELIOR, "Läkaranteckning", "skas_hors", "Ola Wikström", "läkare",
    "2024-05-07T14:20:00",
    [("Aktuellt", "Pat fick besked om akustikusneurinomet vid förra besöket i mars och har läst "
                  "på om behandlingsalternativen."),
     ("Bedömning", "Akustikusneurinom vä 7 mm, stationärt. Pat väljer fortsatt kontroll med "
                   "MR om ett år framför strålkniv.")],
    must_not=[M("NL101")],
    why="the patient was told at an earlier visit")

one("onh-stralstart-datum-ej-meddelat", "skane", pat("19660104", "292"),
    MELIOR, "Omvårdnadsanteckning", "sus_onk", "Malin Berggren", "sjuksköterska",
    "2024-04-26T09:05:00",
    [("Aktuellt", "Tonsillcancer hö p16+, T2N1, diagnosen känd sedan mars. Datum för "
                  "strålstart ännu ej meddelat pat, dosplanering pågår. Tandvårdsbedömning "
                  "klar.")],
    must_not=[M("NL101")],
    signed=None,
    why="what is not yet told is a start date, not a diagnosis")

one("onh-remissen-skickad-pat-ej-informerad-om-remiss", "vgr", pat("19490225", "176"),
    MELIOR, "Journalanteckning", "su_onh", "Erik Lundh", "läkare",
    "2024-06-13T15:50:00",
    [("Bedömning", "Glottisk larynxcancer T1a vä stämband. Remiss till Jubileumskliniken för "
                   "strålbehandling skickad idag; pat ej informerad om att remissen gått, "
                   "görs vid telefontiden fredag.")],
    must_not=[M("NL101")],
    why="the untold item is that the referral was sent, not the diagnosis")

one("onh-normalt-mr-svar-ej-meddelat-brev", "skane", pat("19780826", "322"),
    MELIOR, "Journalanteckning", "ystad_onh", "Hanna Åkesson", "läkare",
    "2024-07-11T13:15:00",
    [("Utredning", "MR inre hörselgångar: normal, ingen tumör."),
     ("Planering", "Pat ej informerad ännu om svaret, brev skickas idag. Hörapparat vä "
                   "erbjuds via hörcentralen.")],
    must_not=[M("NL101"), M("NL102")],
    why="the result not yet told is normal; no diagnosis is withheld")

one("onh-skane-mall-th-pad-hypofarynx-ej-informerad", "skane", pat("19610518", "272"),
    MELIOR, "Tidiga hypoteser", "sus_onh_malmo", "Rasmus Kvist", "läkare",
    "2024-08-22T16:30:00",
    [("Tidiga hypoteser", "PAD: skivepitelcancer i hö hypofarynx. Pat ej informerad, besked "
                          "ges av operatören på tisdag.")],
    must_not=[M("NL101"), M("NL102")],
    why="Skåne: the untold diagnosis sits in a note with template Tidiga hypoteser")

one("onh-vgr-sokord-th-mr-schwannom-ej-informerad", "vgr", pat("19690710", "148"),
    MELIOR, "Läkaranteckning", "su_onh", "Therese Almqvist", "läkare",
    "2024-04-09T11:55:00",
    [("Aktuellt", "MR-svar inkommet, genomgånget av undertecknad."),
     ("Tidiga hypoteser", "MR: akustikusneurinom vä 9 mm. Pat ej informerad, tas vid besöket "
                          "18/4."),
     ("Planering", "Läkarbesök 18/4 bokat, pat kallad per brev.")],
    must_not=[M("NL101")],
    why="VGR: the untold diagnosis is only under the protected sökord Tidiga hypoteser")

one("onh-pat-informerad-dottern-ska-inte-veta", "vgr", pat("19440604", "208"),
    MELIOR, "Läkaranteckning", "sas_onh", "Lars Ekdahl", "läkare",
    "2024-09-19T10:25:00",
    [("Bedömning", "Munhålecancer i vä kindslemhinna, PAD-verifierad. Pat informerad vid "
                   "dagens besök. Hon önskar att dottern inte informeras ännu, vilket "
                   "respekteras.")],
    must_not=[M("NL101"), M("NL102")],
    why="the patient is told; only a relative is not")

one("onh-pleomorft-adenom-inget-om-besked", "skane", pat("19880114", "384"),
    MELIOR, "Läkaranteckning", "csk_onh", "Per-Olof Nilsson", "läkare",
    "2024-10-10T14:45:00",
    [("Bedömning", "Pleomorft adenom hö parotis enligt FNAC och MR. Anmäld för ytlig "
                   "parotidektomi med facialismonitorering.")],
    must_not=[M("NL101")],
    why="a confirmed diagnosis and nothing at all about telling the patient")

case("onh-vgr-lymfom-th-forst-sedan-informerad", "vgr", pat("19700208", "193"),
     [note("n1", MELIOR, "Läkaranteckning", "su_onh", "Magnus Ekelund", "läkare",
           "2024-11-05T15:30:00",
           [("Aktuellt", "PAD inkommet, pat kallas till mottagningen i morgon."),
            ("Tidiga hypoteser", "PAD: diffust storcelligt B-cellslymfom i hö tonsill. Pat ej "
                                 "informerad.")]),
      note("n2", MELIOR, "Läkaranteckning", "su_onh", "Magnus Ekelund", "läkare",
           "2024-11-06T09:45:00",
           [("Bedömning", "Diffust storcelligt B-cellslymfom i hö tonsill. Pat informerad idag "
                          "om diagnosen, remiss till hematologen skickad.")])],
     must_not=[("NL101", "n1"), ("NL101", "n2")],
     why="untold diagnosis kept under Tidiga hypoteser in n1; n2 records that it was told")

one("onh-typo-pat-inforemrad-warthin-per-telefon", "skane", pat("19520321", "217"),
    MELIOR, "Telefonanteckning", "ystad_onh", "Eva Lindgren", "sjuksköterska",
    "2024-06-05T10:50:00",
    [("Telefonkontakt", "Pat inforemrad per telefon av dr Åkesson om PAD: Warthintumör, benign. "
                        "Pat lättad, ingen ytterligare uppföljning.")],
    must_not=[M("NL101")],
    why="typo 'inforemrad': the patient was told the PAD diagnosis by phone")

one("onh-operationsdatum-ej-meddelat", "vgr", pat("19750127", "339"),
    MELIOR, "Läkaranteckning", "su_onh", "Hampus Roos", "läkare",
    "2024-02-08T13:30:00",
    [("Bedömning", "Vestibularisschwannom vä 18 mm, beslut om translabyrintär op taget på "
                   "skallbasronden. Pat ej informerad om operationsdatum ännu pga väntelistan.")],
    must_not=[M("NL101")],
    why="the operation date is what is not told, not the diagnosis")

one("onh-barn-normal-horsel-foraldrar-ej-informerade", "skane", pat("20190405", "128"),
    MELIOR, "Audionomanteckning", "sus_hors", "Maria Fors", "audionom",
    "2024-08-08T10:10:00",
    [("Utredning", "Lekaudiometri: normal hörsel bilat efter rörinläggning, sekretorisk otit "
                   "läkt."),
     ("Planering", "Föräldrarna ej informerade om resultatet ännu, brev skickas.")],
    must_not=[M("NL101")],
    why="child's normal hearing result is not yet told; no diagnosis withheld")

one("onh-egenavgift-horapparat-ej-informerad", "vgr", pat("19560913", "285"),
    MELIOR, "Audionomanteckning", "skas_hors", "Linnea Holmgren", "audionom",
    "2024-11-21T09:40:00",
    [("Aktuellt", "Otoskleros bilat, opereras ej enligt eget önskemål."),
     ("Planering", "Pat ej informerad om egenavgiften för hörapparat, tas upp vid "
                   "utprovningen.")],
    must_not=[M("NL101")],
    why="the patient is not told about a fee; the diagnosis is not what is withheld")

one("onh-pet-dt-utan-recidiv-ej-informerad", "vgr", pat("19630119", "150"),
    MELIOR, "Journalanteckning", "su_jk", "Nora Feldt", "läkare",
    "2024-07-30T15:15:00",
    [("Utredning", "PET-DT tre månader efter avslutad strålbehandling för tonsillcancer: "
                   "ingen kvarvarande tumör och inget recidiv."),
     ("Planering", "Pat ej informerad ännu, besked per telefon i morgon.")],
    must_not=[M("NL101")],
    why="the untold result is a normal follow-up scan of a known cancer")


# =========================================================================== checks
CODES = {"NL101", "NL102"}
TOP_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
REC_KEYS = ["patient", "as_of", "notes", "access_events", "conversations", "treatments"]
PAT_KEYS = ["id", "birth_date", "protected_identity"]
NOTE_KEYS = ["id", "system", "template", "unit", "author", "time", "signed", "setting",
             "refs", "sections"]
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def age_at(birth, when):
    b = datetime.date.fromisoformat(birth)
    d = when.date()
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def in_2024(ts):
    return ts is not None and ts.startswith("2024-")


def validate(cases):
    errs = []
    names = set()
    seen = {}
    for c in cases:
        n = c["case"]
        where = "case %s" % n
        if list(c.keys()) != TOP_KEYS:
            errs.append("%s: top-level keys %s" % (where, list(c.keys())))
        if n in names:
            errs.append("%s: duplicate case name" % where)
        names.add(n)
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append("%s: bad ruleset" % where)
        if not c["why"].strip():
            errs.append("%s: empty why" % where)
        rec = c["record"]
        if list(rec.keys()) != REC_KEYS:
            errs.append("%s: record keys" % where)
        if rec["access_events"] or rec["conversations"] or rec["treatments"]:
            errs.append("%s: access_events/conversations/treatments must be empty" % where)
        p = rec["patient"]
        if list(p.keys()) != PAT_KEYS:
            errs.append("%s: patient keys" % where)
        m = re.fullmatch(r"(\d{8})-(\d{4})", p["id"])
        if not m:
            errs.append("%s: personnummer format %s" % (where, p["id"]))
        else:
            ymd, last4 = m.groups()
            ten = ymd[2:] + last4
            s = 0
            for i, ch in enumerate(ten):
                d = int(ch) * (2 if i % 2 == 0 else 1)
                s += d // 10 + d % 10
            if s % 10 != 0:
                errs.append("%s: Luhn fails for %s" % (where, p["id"]))
            if "%s-%s-%s" % (ymd[:4], ymd[4:6], ymd[6:]) != p["birth_date"]:
                errs.append("%s: birth_date does not match personnummer" % where)
        if not in_2024(rec["as_of"]):
            errs.append("%s: as_of not in 2024" % where)
        when = [datetime.datetime.fromisoformat(rec["as_of"])]
        note_ids = {}
        for nt in rec["notes"]:
            if list(nt.keys()) != NOTE_KEYS:
                errs.append("%s: note keys %s" % (where, list(nt.keys())))
            if nt["id"] in note_ids:
                errs.append("%s: duplicate note id" % where)
            note_ids[nt["id"]] = nt
            if nt["system"] not in (MELIOR, PMO):
                errs.append("%s: bad system" % where)
            if c["ruleset"] == "vgr" and nt["system"] != MELIOR:
                errs.append("%s: VGR note not Melior" % where)
            if not in_2024(nt["time"]):
                errs.append("%s: note time not in 2024" % where)
            t = datetime.datetime.fromisoformat(nt["time"])
            when.append(t)
            if nt["signed"] is not None:
                if not in_2024(nt["signed"]):
                    errs.append("%s: signed not in 2024" % where)
                elif datetime.datetime.fromisoformat(nt["signed"]) < t:
                    errs.append("%s: signed before written" % where)
            if t > datetime.datetime.fromisoformat(rec["as_of"]):
                errs.append("%s: note after as_of" % where)
            if nt["setting"] not in (OPEN, INPAT):
                errs.append("%s: bad setting" % where)
            if set(nt["unit"].keys()) != {"name", "hsa_id"} or \
                    set(nt["author"].keys()) != {"name", "role"}:
                errs.append("%s: unit/author keys" % where)
            if not nt["sections"]:
                errs.append("%s: note without sections" % where)
            for sec in nt["sections"]:
                if set(sec.keys()) != {"keyword", "text"} or not sec["text"].strip():
                    errs.append("%s: bad section" % where)
                    continue
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = " ".join(sent.split())
                    if len(sent) >= 25:
                        if sent in seen:
                            errs.append("%s: sentence repeated (also in %s): %s"
                                        % (where, seen[sent], sent))
                        seen.setdefault(sent, n)
        for w in when:
            a = age_at(p["birth_date"], w)
            if 13 <= a <= 15 or a < 0:
                errs.append("%s: patient aged %d" % (where, a))
        asserted = set()
        for lst in ("must", "must_not"):
            for item in c[lst]:
                if len(item) != 2:
                    errs.append("%s: bad assertion %r" % (where, item))
                    continue
                code, tgt = item
                if code not in CODES:
                    errs.append("%s: unexpected code %s" % (where, code))
                if tgt not in note_ids:
                    errs.append("%s: target %s missing" % (where, tgt))
                    continue
                if (code, tgt) in asserted:
                    errs.append("%s: %s on %s asserted twice" % (where, code, tgt))
                asserted.add((code, tgt))
                sysname = note_ids[tgt]["system"]
                if code == "NL102" and sysname != MELIOR and lst == "must":
                    errs.append("%s: NL102 must on non-Melior note" % where)
                if code == "NL102" and sysname != MELIOR and lst == "must_not" \
                        and c["ruleset"] != "skane":
                    errs.append("%s: PMO outside Skåne" % where)
                if code == "NL101" and sysname == PMO:
                    errs.append("%s: NL101 asserted on PMO" % where)
        if not asserted:
            errs.append("%s: no assertions" % where)
    return errs


def main():
    errs = validate(CASES)
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        return 1
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "nl1_dev114_cases.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    tally = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                tally[(code, lst)] = tally.get((code, lst), 0) + 1
    rs = {}
    for c in CASES:
        rs[c["ruleset"]] = rs.get(c["ruleset"], 0) + 1
    print("wrote %d cases to %s" % (len(CASES), out))
    print("rulesets:", ", ".join("%s %d" % kv for kv in sorted(rs.items())))
    for code in sorted(CODES):
        print("%s must %d must_not %d" % (code, tally.get((code, "must"), 0),
                                           tally.get((code, "must_not"), 0)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
