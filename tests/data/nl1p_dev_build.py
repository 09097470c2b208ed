#!/usr/bin/env python3
"""nl1p: independent gold cases for NL101 (uncommunicated diagnosis visible).

All cases are data below. Running this file writes nl1p_dev_cases.jsonl beside it
(devset format: case, ruleset, record, must, must_not, why) and validates it.
No dependencies, deterministic output, exit status 1 on any problem.
"""
import datetime as _dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1p_dev_cases.jsonl")

# --------------------------------------------------------------------------- units
UNITS = {
    # Region Skåne, Melior (hospitals)
    "s_onk": ("Skånes onkologiska klinik, Skånes universitetssjukhus Lund", "SE2321000255-5K1P"),
    "s_kir": ("Kirurgiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-6B2Q"),
    "s_ugi": ("Övre gastrokirurgi, Skånes universitetssjukhus Lund", "SE2321000255-6B7W"),
    "s_neuro": ("Neurologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7619"),
    "s_nkir": ("Neurokirurgiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-7N3K"),
    "s_gen": ("Klinisk genetik och patologi, Skånes universitetssjukhus Lund", "SE2321000255-8G4T"),
    "s_hbgmed": ("Medicinkliniken, Helsingborgs lasarett", "SE2321000255-3H9M"),
    "s_hbgonh": ("Öron-näs-halskliniken, Helsingborgs lasarett", "SE2321000255-3H4O"),
    "s_hbgogon": ("Ögonmottagningen, Helsingborgs lasarett", "SE2321000255-3H5G"),
    "s_uro": ("Urologiska kliniken, Centralsjukhuset Kristianstad", "SE2321000255-2K7U"),
    "s_kvinno": ("Kvinnokliniken, Ystads lasarett", "SE2321000255-4Y2K"),
    "s_barn": ("Barn- och ungdomsmedicin, Skånes universitetssjukhus Lund", "SE2321000255-9B1L"),
    "s_hem": ("Hematologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-5H8E"),
    "s_hud": ("Hudmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-6D3H"),
    "s_ogon": ("Ögonkliniken, Skånes universitetssjukhus Lund", "SE2321000255-7O2G"),
    "s_akut": ("Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-6A1K"),
    "s_ger": ("Geriatriska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-6G5R"),
    "s_psyk": ("Allmänpsykiatrisk mottagning, Psykiatri Skåne Lund", "SE2321000255-8P2S"),
    "s_bup": ("BUP-mottagning Malmö, Barn- och ungdomspsykiatri Skåne", "SE2321000255-8B6U"),
    "s_kard": ("Hjärtmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7K4D"),
    "s_ort": ("Ortopedkliniken, Hässleholms sjukhus", "SE2321000255-2O8T"),
    "s_inf": ("Infektionskliniken, Skånes universitetssjukhus Malmö", "SE2321000255-6I3F"),
    "s_reuma": ("Reumatologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7R6M"),
    "s_endo": ("Endokrinmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-6E2N"),
    "s_lung": ("Lungmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7L9G"),
    "s_gastro": ("Gastroenterologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-6M4G"),
    "s_brost": ("Bröstmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-6B5B"),
    "s_trgkir": ("Kirurgiska kliniken, Trelleborgs lasarett", "SE2321000255-1T3K"),
    "s_ystmed": ("Medicinkliniken, Ystads lasarett", "SE2321000255-4Y7M"),
    # Västra Götalandsregionen, Melior
    "v_onk": ("Jubileumskliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000004021"),
    "v_neuro": ("Neurologiska mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000004512"),
    "v_barn": ("Drottning Silvias barn- och ungdomssjukhus, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000004733"),
    "v_nalmed": ("Medicinkliniken, NU-sjukvården NÄL Trollhättan", "SE2321000131-E000000006120"),
    "v_saskir": ("Kirurgkliniken, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000007302"),
    "v_uro": ("Urologmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000008411"),
    "v_kvinno": ("Kvinnokliniken, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E000000004866"),
    "v_hem": ("Sektionen för hematologi och koagulation, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000004290"),
    "v_hud": ("Hudkliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000004377"),
    "v_ogon": ("Ögonmottagningen, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-E000000004955"),
    "v_onh": ("Öron-näs-halsmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000004418"),
    "v_akut": ("Akutmottagningen, Kungälvs sjukhus", "SE2321000131-E000000009013"),
    "v_ger": ("Geriatriska mottagningen, Alingsås lasarett", "SE2321000131-E000000009240"),
    "v_psyk": ("Psykiatrisk öppenvårdsmottagning, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E000000004801"),
    "v_kard": ("Kardiologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000004150"),
    "v_ort": ("Ortopedkliniken, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-E000000004960"),
    "v_inf": ("Infektionskliniken, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E000000004822"),
    "v_reuma": ("Reumatologmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000007355"),
    "v_udmed": ("Medicinmottagningen, Uddevalla sjukhus", "SE2321000131-E000000006301"),
    "v_lung": ("Lungmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000008460"),
    "v_endo": ("Endokrinologiska mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000004188"),
    "v_gastro": ("Mag-tarmmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000004233"),
    "v_brost": ("Bröstmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000004299"),
    "v_gen": ("Klinisk genetik, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000004677"),
    "v_kir": ("Kirurgmottagningen, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E000000004840"),
}

PROTECTED_SKANE_TEMPLATES = {
    "Tidiga hypoteser", "Våld i nära relationer", "Oro för att barn far illa",
    "Hälsoundersökning på begäran av socialnämnd (HUBS)",
    "Hälsoundersökning på begäran om socialnämnd",
}
PROTECTED_VGR_KEYWORDS = {
    "Tidiga hypoteser", "Våldsutsatthet i nära relationer", "Orosanmälan gällande barn",
    "Tredje person", "Enkelblind prövning",
}


# --------------------------------------------------------------------------- helpers
def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        p = int(ch) * (2 if i % 2 == 0 else 1)
        total += p // 10 + p % 10
    return (10 - total % 10) % 10


def pnr(born, idx, sex):
    y, m, d = born.split("-")
    first = 10 + (idx * 7) % 89            # two-digit birth number
    last = (idx * 3) % 5 * 2               # even digit
    if sex == "M":
        last += 1                          # odd = man
    serial = f"{first:02d}{last}"
    nine = y[2:] + m + d + serial
    return f"{y}{m}{d}-{serial}{luhn_digit(nine)}"


def add_min(t, minutes):
    dt = _dt.datetime.fromisoformat(t) + _dt.timedelta(minutes=minutes)
    return dt.isoformat(timespec="seconds")


def N(unit, time, sections, tmpl="Läkaranteckning", author="Anna Lindqvist",
      role="läkare", signed=40, setting="öppenvård", nid="n1"):
    """One Melior note. signed: minutes after time, or None for an unsigned draft."""
    name, hsa = UNITS[unit]
    t = "2024-" + time + ":00"
    return {
        "id": nid, "system": "Melior", "template": tmpl,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": t,
        "signed": None if signed is None else add_min(t, signed),
        "setting": setting, "refs": [],
        "sections": [{"keyword": k, "text": v} for k, v in sections],
    }


CASES = []


def C(name, rs, born, sex, notes, must=(), must_not=(), why=""):
    CASES.append(dict(name=name, rs=rs, born=born, sex=sex, notes=notes,
                      must=[list(x) for x in must], must_not=[list(x) for x in must_not],
                      why=why))


M = [("NL101", "n1")]      # must fire on n1
MN = [("NL101", "n1")]     # must not fire on n1
MN2 = [("NL101", "n2")]    # must not fire on n2

# =========================================================================== MUST NOT
# --- A. not-told statement concerns an appointment -------------------------------
C("nl1p-mn-tid-spirometri-kol", "skane", "1951-11-02", "F", [N("s_hbgmed", "02-12T09:10", [
    ("Aktuellt", "72-årig kvinna med känd KOL stadium 3 sedan 2019, följs här årligen. Röker ej sedan 2020."),
    ("Status", "Lungor: nedsatta andningsljud bilat, inga rassel. SpO2 94 % i vila."),
    ("Planering", "Ny tid för spirometri och läkarbesök om 12 mån. Pat ännu inte informerad om den nya tiden, kallelse skickas hem per brev."),
], author="Jonas Berggren")], must_not=MN,
  why="'inte informerad' concerns the next appointment; the KOL is long known")

C("nl1p-mn-tid-mr-ms", "vgr", "1984-05-19", "F", [N("v_neuro", "03-05T13:30", [
    ("Diagnos", "Skovvis förlöpande MS (G35.9), känd sedan 2016, pat välinfomerad och aktiv i sin behandling."),
    ("Bedömning", "Stabil på ocrelizumab, inga nya skov senaste året. EDSS 2,0."),
    ("Planering", "MR-kontroll i höst. Tiden är inte meddelad patienten än eftersom röntgen inte bokat, sekreteraren ringer pat när tid finns."),
], author="Per Håkansson")], must_not=MN,
  why="typo 'välinfomerad'; the untold item is an MR time, the MS is known")

C("nl1p-mn-tid-dietist-dm1-barn", "skane", "2015-08-23", "M", [N("s_barn", "04-09T10:45", [
    ("Aktuellt", "Typ 1-diabetes sedan 2021. Föräldrarna och pojken väl förtrogna med sjukdomen, sköter pumpen själva."),
    ("Status", "HbA1c 54. Insticksställen utan lipohypertrofi."),
    ("Åtgärd", "Dietistbesöket har ombokats pga sjukdom hos dietisten; familjen är ej underrättad om ombokningen ännu, ssk ringer imorgon."),
], author="Karin Öberg")], must_not=MN,
  why="child under 13: the family is not told of a rebooking, not of a diagnosis")

C("nl1p-mn-tid-synfalt-glaukom", "skane", "1946-01-30", "M", [N("s_ogon", "05-14T08:20", [
    ("Anamnes", "Primärt öppenvinkelglaukom bilat, behandlas med latanoprost sedan 2020."),
    ("Status", "Tryck idag 16/17 mmHg. Papiller med oförändrad excavation jämfört med OCT 2023."),
    ("Planering", "Synfältsundersökningen behöver flyttas till juni. Pat har ej fått besked om det nya datumet, skickas via 1177."),
], author="Lars Nordin")], must_not=MN,
  why="'ej fått besked' concerns a new date for visual field testing")

# --- B. waiting time ----------------------------------------------------------------
C("nl1p-mn-vantetid-coxartros", "vgr", "1958-07-07", "M", [N("v_ort", "01-22T11:00", [
    ("Röntgen", "Uttalad primär coxartros hö med upphävd ledspringa och subkondral skleros."),
    ("Bedömning", "Diskuterat fynden med pat som önskar operation efter att ha provat fysioterapi och analgetika i ett år. Sätts upp på väntelista för THA hö."),
    ("Planering", "Pat ej informerad om aktuell väntetid, uppskattningsvis 5–7 mån; planeringsenheten skickar brev."),
], author="Magnus Ek")], must_not=MN,
  why="the untold item is the waiting time; the arthrosis was discussed")

C("nl1p-mn-vantetid-katarakt", "skane", "1949-12-12", "F", [N("s_hbgogon", "02-27T14:15", [
    ("Status", "Visus hö 0,8 vä 0,4. Senil katarakt vä öga, kärnskleros grad 3."),
    ("Bedömning", "Pat besväras vid bilkörning i mörker och önskar operation efter genomgång av risker och nytta."),
    ("Planering", "Väntetid till op har inte kunnat meddelas pat då operationsplaneringen för våren ej är klar."),
], author="Sofia Mårtensson")], must_not=MN,
  why="waiting time could not be given; cataract diagnosis is discussed with the patient")

C("nl1p-mn-vantetid-ljumskbrack", "vgr", "1967-03-03", "M", [N("v_saskir", "03-18T09:40", [
    ("Status", "Reponibelt ljumskbråck hö, ca 4 cm, ömmar lätt vid hosta. Vä ljumske ua."),
    ("Bedömning", "Pat informerad om fyndet och om att operation med nät rekommenderas."),
    ("Planering", "Väntetiden har vi inte kunnat ge besked om idag, hänvisar till vårdgarantin och planeringssköterskan."),
], author="Henrik Sjöberg")], must_not=MN,
  why="'inte kunnat ge besked' concerns the waiting time")

# --- C. normal lab value not yet told --------------------------------------------------
C("nl1p-mn-lab-tsh-hypotyreos", "skane", "1979-10-14", "F", [N("s_endo", "01-16T15:05", [
    ("Diagnos", "Känd autoimmun hypotyreos sedan 2012, Levaxin 100 µg x 1."),
    ("Lab", "TSH 2,1, fritt T4 inom referensintervallet. Pat ej medelad provsvaren än, svar skickas via 1177."),
    ("Planering", "Oförändrad dos. Nytt TSH om ett år på vårdcentralen."),
], author="Eva Strand", signed=None)], must_not=MN,
  why="typo 'medelad'; normal TSH not yet told, hypothyroidism long known; unsigned draft")

C("nl1p-mn-lab-kalprotektin-crohn", "vgr", "1990-02-25", "M", [N("v_gastro", "02-02T10:30", [
    ("Tidigare sjukdomar", "Morbus Crohn i terminala ileum sedan 2015, i remission på azatioprin."),
    ("Lab", "F-kalprotektin 35 µg/g, normalt. Provsvaret har inte kommunicerats till pat ännu, ssk ringer honom."),
    ("Bedömning", "Fortsatt remission. Ingen ändring av behandlingen."),
], author="Jenny Axelsson", role="läkare")], must_not=MN,
  why="normal calprotectin not yet told; Crohn's known since 2015")

C("nl1p-mn-lab-mtx-ra", "skane", "1962-06-18", "F", [N("s_reuma", "03-11T08:50", [
    ("Aktuellt", "Seropositiv RA sedan 2008, metotrexat 20 mg/v och folsyra. Lite morgonstelhet i händerna."),
    ("Lab", "Leverprover, kreatinin och blodstatus ua. Pat ännu ej informerad om de normala värdena."),
    ("Åtgärd", "Fortsatt MTX. Provtagning var tredje månad enligt rutin."),
], author="Olle Bengtsson")], must_not=MN,
  why="normal safety labs untold; RA is an established known diagnosis")

C("nl1p-mn-lab-virusmangd-hiv", "vgr", "1972-09-09", "M", [N("v_inf", "04-03T13:00", [
    ("Aktuellt", "Hivinfektion sedan 2009, välbehandlad med bictegravir/emtricitabin/tenofoviralafenamid."),
    ("Lab", "Virusmängd <20 kopior/ml, CD4 640. Pat har inte fått provsvaret ännu, det meddelas vid nästa besök."),
    ("Planering", "Återbesök om sex månader med provtagning en vecka innan."),
], author="Maria Falk")], must_not=MN,
  why="undetectable viral load not yet told; the infection has been known for 15 years")

# --- D. treatment decision not yet told ------------------------------------------------
C("nl1p-mn-beslut-mdk-rektalcancer", "skane", "1955-04-21", "M", [N("s_kir", "03-07T16:10", [
    ("Bakgrund", "Rektalcancer 8 cm ovan anus, MR T3N1. Pat fick diagnosbeskedet av kolorektalkirurg 4/3 med kontaktssk närvarande."),
    ("Bedömning", "MDK-beslut: neoadjuvant kortidsstrålning 5x5 Gy följt av TME om 6–8 veckor."),
    ("Planering", "Pat ej informerad om beslutet ännu, besked ges av kontaktssk imorgon per telefon och vid besök nästa vecka."),
], tmpl="MDK-anteckning", author="Fredrik Lund")], must_not=MN,
  why="the untold thing is the MDT decision; the cancer was told 4/3")

C("nl1p-mn-beslut-aktiv-monitorering", "vgr", "1959-01-11", "M", [N("v_uro", "02-20T11:25", [
    ("Aktuellt", "Prostatacancer Gleason 3+4, cT2a, PSA 6,8. Pat har fått diagnosbesked vid förra besöket och har läst på."),
    ("Bedömning", "Behandlingskonferensen rekommenderar aktiv monitorering med MR och PSA."),
    ("Planering", "Pat ännu inte underrättad om rekommendationen, telefontid bokad på torsdag."),
], author="Gunnar Wallin")], must_not=MN,
  why="the recommendation is untold, the diagnosis was given earlier")

C("nl1p-mn-beslut-pvi-formaksflimmer", "skane", "1968-08-30", "M", [N("s_kard", "04-15T14:40", [
    ("Anamnes", "Paroxysmalt förmaksflimmer sedan 2021, symtomatiskt trots flekainid. Pat är väl insatt i sin arytmi."),
    ("Bedömning", "Vid arytmikonferensen beslutades att erbjuda pulmonalvensisolering."),
    ("Planering", "Pat vet ännu inte om beslutet, ringer honom i veckan och skickar skriftlig information."),
], author="Ingrid Persson")], must_not=MN,
  why="the patient does not know the ablation decision; AF is known")

C("nl1p-mn-beslut-pd-hd-njursvikt", "vgr", "1950-05-05", "F", [N("v_udmed", "05-08T09:15", [
    ("Aktuellt", "CKD stadium 5 pga diabetesnefropati, eGFR 9. Pat medveten om njursviktens progress och har gått dialysskola."),
    ("Bedömning", "Teamet lutar åt peritonealdialys framför hemodialys med tanke på restdiures och boendesituation."),
    ("Planering", "Dialysformen har ej diskuterats med pat ännu, tas upp vid besöket 20/5 med dotter närvarande."),
], author="Tobias Rydén")], must_not=MN,
  why="the dialysis modality has not been discussed; the kidney failure is known")

# --- E. referral not yet told ----------------------------------------------------------
C("nl1p-mn-remiss-epilepsikirurgi", "skane", "1993-12-01", "M", [N("s_neuro", "01-25T15:20", [
    ("Anamnes", "Fokal epilepsi med ursprung vä temporallob sedan 2018, läkemedelsresistent trots tre preparat."),
    ("Bedömning", "Pat väl informerad om diagnosen och vill gå vidare med utredning."),
    ("Åtgärd", "Remiss skickad till epilepsikirurgisk utredning. Pat inte informerad om att remissen skickats än, görs per brev."),
], author="Ali Rahimi")], must_not=MN,
  why="the referral is untold; the epilepsy is known")

C("nl1p-mn-remiss-ljusbehandling-psoriasis", "vgr", "1987-03-27", "F", [N("v_hud", "02-14T10:10", [
    ("Status", "Utbredd plackpsoriasis på armbågar, knän och i hårbotten, PASI 11."),
    ("Bedömning", "Psoriasisdiagnosen genomgången med pat, otillräcklig effekt av lokalbehandling."),
    ("Åtgärd", "Remiss till ljusterapin för UVB-behandling; pat ännu inte informerad om remissen, meddelas via 1177."),
], author="Cecilia Borg")], must_not=MN,
  why="not informed about a referral to light therapy")

C("nl1p-mn-remiss-dietist-gerd", "skane", "1976-11-16", "M", [N("s_trgkir", "03-21T13:35", [
    ("Tidigare sjukdomar", "GERD med esofagit LA grad B vid gastroskopi 2023, pat känner till fynden."),
    ("Bedömning", "Kvarstående reflux trots PPI, övervikt BMI 33. Livsstilsråd givna."),
    ("Åtgärd", "Remiss till dietist skickad idag. Pat har inte underrättats om remissen, får brev hem."),
], author="Nils Holm", signed=None)], must_not=MN,
  why="the dietitian referral is untold; GERD/esophagitis is known")

C("nl1p-mn-remiss-horapparat", "vgr", "1944-02-08", "M", [N("v_onh", "04-22T08:30", [
    ("Status", "Tonaudiogram: bilateral symmetrisk sensorineural hörselnedsättning i diskant, förenlig med presbyacusis."),
    ("Bedömning", "Pat informerad om audiogrammet och att det rör sig om åldershörsel."),
    ("Åtgärd", "Remiss till hörselvården för hörapparatutprovning. Pat ej meddelad om detta ännu, sekreteraren skickar information."),
], author="Elin Sundberg")], must_not=MN,
  why="the hearing aid referral is untold; the hearing loss was explained")

# --- F. certificate --------------------------------------------------------------------
C("nl1p-mn-intyg-fk-depression", "vgr", "1985-10-29", "F", [N("v_psyk", "03-12T11:45", [
    ("Diagnos", "Medelsvår depresiv episod (F32.1), diagnosen genomgången med pat vid nybesöket."),
    ("Bedömning", "Fortsatt nedstämd, viss effekt av sertralin 100 mg. Ingen suicidrisk."),
    ("Åtgärd", "Läkarintyg för sjukpenning skrivet t.o.m. 31/5. Pat har inte fått besked om att intyget är klart, det skickas elektroniskt till FK."),
], author="Jakob Nyström")], must_not=MN,
  why="typo 'depresiv'; the untold item is the sick-leave certificate")

C("nl1p-mn-intyg-korkort-tia", "skane", "1957-06-02", "M", [N("s_hbgmed", "02-28T15:50", [
    ("Aktuellt", "TIA 10/2 med övergående dysfasi, utredd med DT-angio och UCG. Pat informerad om diagnosen och om körförbud i en månad."),
    ("Åtgärd", "Läkarintyg till Transportstyrelsen ifyllt. Pat ännu ej underrättad om att intyget skickats."),
], author="Emma Ljung")], must_not=MN,
  why="not told that a driving-licence certificate was sent; the TIA was explained")

C("nl1p-mn-intyg-graviditetspenning", "vgr", "1994-01-17", "F", [N("v_kvinno", "04-11T09:05", [
    ("Aktuellt", "Omföderska v 24+3 med symfysiolys och ländryggssmärta, fysioterapeut kopplad. Pat väl informerad om tillståndet."),
    ("Åtgärd", "Intyg om graviditetspenning utfärdat. Pat ej informerad ännu om att det skickats till Försäkringskassan, ssk ringer."),
], author="Lina Hedlund", signed=None)], must_not=MN,
  why="a certificate, not a diagnosis, is untold; unsigned draft")

# --- G. a relative's illness -----------------------------------------------------------
C("nl1p-mn-anhorig-mor-alzheimer", "skane", "1970-09-21", "F", [N("s_psyk", "01-30T13:15", [
    ("Aktuellt", "Utmattningssyndrom, sjukskriven 50 %, gradvis förbättring. Sover bättre med regelbundna rutiner."),
    ("Socialt", "Pat är anhörigvårdare åt sin mor som har Alzheimers sjukdom; modern själv har inte informerats om sin diagnos enligt familjens önskan."),
    ("Planering", "Fortsatt KBT-kontakt, nytt läkarbesök om 6 veckor."),
], author="Daniel Forsberg")], must_not=MN,
  why="the uninformed person is the mother and the diagnosis is hers")

C("nl1p-mn-anhorig-bror-pankreascancer", "vgr", "1961-12-24", "M", [N("v_nalmed", "02-06T10:00", [
    ("Aktuellt", "Hypertoni, välkontrollerad på amlodipin och losartan. BT idag 132/84."),
    ("Hereditet", "Bror fick för två veckor sedan besked om pankreascancer. Brodern har ännu inte berättat för deras gamla föräldrar."),
    ("Bedömning", "Pat påverkad av broderns sjukdom men sover och äter. Erbjuden kuratorskontakt."),
], author="Ulrika Dahl", signed=None)], must_not=MN,
  why="family history: the brother's cancer is kept from the parents, not from the patient")

C("nl1p-mn-anhorig-dotter-autism", "skane", "1986-04-04", "F", [N("s_psyk", "03-26T14:30", [
    ("Diagnos", "Generaliserat ångestsyndrom, F41.1."),
    ("Socialt", "Dottern, 8 år, nyligen utredd med autism på BUP; dottern själv är ännu inte informerad om diagnosen, föräldrarna planerar hur."),
    ("Bedömning", "Ökad oro i samband med dotterns utredning, annars stabil på escitalopram."),
], author="Hanna Ek")], must_not=MN,
  why="the untold diagnosis belongs to the patient's daughter")

C("nl1p-mn-anhorig-make-als", "vgr", "1956-08-13", "F", [N("v_udmed", "05-02T15:30", [
    ("Kontaktorsak", "Insomningssvårigheter senaste månaden."),
    ("Socialt", "Maken nyligen diagnostiserad med ALS på Sahlgrenska. Enligt pat vet barnen inte om det än, hon vill att maken berättar själv."),
    ("Bedömning", "Sömnstörning i anslutning till svår livssituation. Ingen depression. Sömnhygienråd, kuratorskontakt."),
], author="Anders Malm")], must_not=MN,
  why="the husband's ALS is untold to the children; patient knows")

# --- H. told earlier by someone else -----------------------------------------------------
C("nl1p-mn-besked-distriktslakare-sarkoidos", "skane", "1982-07-15", "F", [N("s_lung", "02-19T09:55", [
    ("Anamnes", "Pat fick besked om sarkoidos av sin distriktsläkare i januari efter HRCT och EBUS-svaret. Hon har alltså inte fått diagnosen av oss, men känner till den sedan dess."),
    ("Status", "Lungor ua. Inga hudförändringar. Spirometri normal."),
    ("Bedömning", "Stadium II sarkoidos utan funktionspåverkan. Expektans, ny kontroll om 6 mån."),
], author="Mikael Sandberg")], must_not=MN,
  why="'inte fått diagnosen av oss' but she was told by her GP in January")

C("nl1p-mn-besked-akutlakare-nstemi", "vgr", "1960-03-14", "M", [N("v_kard", "03-01T10:20", [
    ("Aktuellt", "Inkom via akuten igår med bröstsmärta, troponin T 480. Pat har redan fått veta av jourhavande på akuten att det rör sig om en hjärtinfarkt (NSTEMI)."),
    ("Bedömning", "Kranskärlsröntgen idag med PCI av LAD, gott resultat."),
    ("Planering", "Ej hunnit prata med pat om sekundärprevention och rökstopp, görs vid utskrivningssamtalet."),
], setting="slutenvård", author="Sara Lindgren")], must_not=MN,
  why="the infarction was told by the ED doctor; untold is secondary prevention")

C("nl1p-mn-besked-barnmorska-gdm", "skane", "1991-05-29", "F", [N("s_kvinno", "04-17T13:10", [
    ("Aktuellt", "Graviditetsdiabetes, v 29. Pat har fått beskedet av barnmorskan på MVC efter OGTT med 2-timmarsvärde 10,4."),
    ("Bedömning", "Blodsocker i stort sett inom mål på kost. Fostertillväxt normal."),
    ("Planering", "Ej informerad av oss om ev. insulinstart då det inte är aktuellt nu; ny kontroll om 2 v."),
], author="Josefin Åberg")], must_not=MN,
  why="GDM was told by the MVC midwife; what is untold is an unneeded insulin start")

C("nl1p-mn-besked-vc-melanom", "vgr", "1965-11-05", "M", [N("v_hud", "02-29T11:30", [
    ("Remissinfo", "Malignt melanom vä skuldra, pT1b, utskuret på vårdcentral. Pat informerades om PAD-svaret av remitterande läkare 12/2."),
    ("Aktuellt", "Undertecknad har inte tidigare träffat pat. Inga nya pigmentförändringar enl pat."),
    ("Planering", "Utvidgad excision med 1 cm marginal. Dermatoskopisk helkroppskontroll."),
], author="Klara Rosén")], must_not=MN,
  why="the melanoma was told by the referring GP")

# --- I. employer / school / insurance -----------------------------------------------------
C("nl1p-mn-arbetsgivare-epilepsi", "vgr", "1989-02-10", "M", [N("v_neuro", "01-18T14:00", [
    ("Diagnos", "Genetisk generaliserad epilepsi, nydiagnostiserad. Diagnosbesked gavs till pat vid förra besöket."),
    ("Socialt", "Arbetar som bussförare. Arbetsgivaren är inte informerad om diagnosen; pat informerad om körförbud och om att han själv behöver ta kontakt med företagshälsovården."),
    ("Åtgärd", "Levetiracetam upptitreras enligt schema."),
], author="Rebecka Svensson")], must_not=MN,
  why="the employer is not informed; the patient was told")

C("nl1p-mn-skola-adhd-barn", "skane", "2013-03-08", "M", [N("s_bup", "02-13T10:00", [
    ("Bedömning", "ADHD kombinerad form, F90.0. Diagnosen återkopplad till båda föräldrarna och pojken vid återgivningssamtalet 6/2."),
    ("Planering", "Skolan är ej informerad om diagnosen, föräldrarna vill avvakta till efter sportlovet. Läkemedelsinsättning diskuteras vid nästa besök."),
], author="Petra Lönn")], must_not=MN,
  why="child under 13 (BUP, Skåne): the school is not informed, the family is")

C("nl1p-mn-forsakring-diabetes", "vgr", "1971-04-26", "M", [N("v_udmed", "03-20T08:45", [
    ("Aktuellt", "Typ 2-diabetes sedan 2017 på metformin. HbA1c 49."),
    ("Övrigt", "Pat har inte meddelat sitt försäkringsbolag om diabetesdiagnosen och undrar om han måste vid tecknandet av ny livförsäkring; hänvisas till bolaget."),
], author="Viktor Åkesson")], must_not=MN,
  why="the insurance company has not been told; the patient knows")

C("nl1p-mn-skola-celiaki-barn", "skane", "2017-01-19", "F", [N("s_barn", "03-14T09:30", [
    ("Utredning", "Celiaki verifierad med tTG-IgA >10 ggr övre ref och duodenalbiopsi. Föräldrarna fick beskedet 5/3."),
    ("Planering", "Förskoleklassen ännu ej underrättad om diagnosen, familjen ordnar specialkostintyg själva. Dietist om 2 v."),
], author="Malin Wiklund")], must_not=MN,
  why="child under 13: the school is not told; parents (readers) were told")

# --- J. a colleague is not informed --------------------------------------------------------
C("nl1p-mn-kollega-kirurg-pad", "skane", "1952-10-10", "F", [N("s_kir", "04-24T12:20", [
    ("PAD", "Adenokarcniom i sigmoideum, radikalt opererat, pT3N0 (0/18)."),
    ("Information", "Pat informerad per telefon om PAD-svaret och att tilläggsbehandling troligen inte behövs."),
    ("Planering", "Opererande kirurg ej informerad om PAD ännu, meddelas via Melior-meddelande."),
], tmpl="Telefonanteckning", author="Robert Nilsson")], must_not=MN,
  why="typo 'Adenokarcniom'; patient told, the operating surgeon not")

C("nl1p-mn-kollega-kontaktssk-dlbcl", "vgr", "1963-06-06", "M", [N("v_hem", "01-10T16:00", [
    ("Bedömning", "Diffust storcelligt B-cellslymfom, stadium III. Pat informerad om diagnosen och behandlingsplanen R-CHOP igår av undertecknad."),
    ("Planering", "Kontaktsjuksköterskan har ännu inte fått informationen, har sökt henne. Start av första kur 15/1."),
], setting="slutenvård", author="Pernilla Ström")], must_not=MN,
  why="the contact nurse, not the patient, lacks the information")

C("nl1p-mn-kollega-huslakare-hjartsvikt", "skane", "1940-02-22", "F", [N("s_hbgmed", "02-08T14:10", [
    ("Diagnoser", "Nydebuterad hjärtsvikt med nedsatt EF (30 %). Förmaksflimmer."),
    ("Epikris", "Inlagd 1–8/2 för dyspné. Pat och dotter informerade om hjärtsviktsdiagnosen och läkemedelsinsättningarna."),
    ("Uppföljning", "Husläkaren ej underrättad ännu, epikrisen skickas idag. Ssk-ledd hjärtsviktsmottagning om 2 v."),
], tmpl="Epikris", setting="slutenvård", author="Jonas Berggren")], must_not=MN,
  why="the GP is not yet informed; patient and daughter are")

C("nl1p-mn-kollega-anestesi-gallsten", "vgr", "1974-12-30", "F", [N("v_saskir", "03-04T10:50", [
    ("Bedömning", "Symtomgivande gallstenssjukdom med två kolecystiter senaste halvåret, pat införstådd med att operation rekommenderas."),
    ("Planering", "Laparoskopisk kolecystektomi. Anestesiolog ej informerad om pats apixabanbehandling ännu, görs före op-anmälan."),
], author="Henrik Sjöberg")], must_not=MN,
  why="the anaesthetist is not told about anticoagulants")

# --- K. telling later in the same note ------------------------------------------------------
C("nl1p-mn-senare-tillagg-dm1-barn", "skane", "2018-06-12", "F", [N("s_barn", "01-26T15:20", [
    ("Aktuellt", "Flicka med två veckors polydipsi och viktnedgång, remitterad från vårdcentralen."),
    ("Bedömning", "Nydebuterad typ 1-diabetes med lindrig ketoacidos, pH 7,28. Föräldrarna ännu ej informerade när anteckningen påbörjas, de är på väg till avdelningen."),
    ("Tillägg", "Kl 17.40: Båda föräldrarna nu informerade om diagnosen av undertecknad, ssk närvarande. Frågor besvarade."),
], setting="slutenvård", author="Karin Öberg", signed=180)], must_not=MN,
  why="child under 13: the later addendum in the same note records that the guardians were told")

C("nl1p-mn-senare-samtal-skivepitel-lunga", "vgr", "1948-09-01", "M", [N("v_lung", "02-15T09:00", [
    ("Rond", "PAD från bronkoskopin: skivepitelcancer hö överlob. Pat ej informerad vid morgonronden då hustrun ska närvara."),
    ("Samtal", "Kl 14: Informationssamtal med pat och hustru, diagnosen meddelad av undertecknad och kontaktssk. Pat tog beskedet sakligt."),
    ("Planering", "PET-DT och MDK nästa vecka."),
], setting="slutenvård", author="Kristina Lundgren", signed=360)], must_not=MN,
  why="the not-told statement is superseded by the information talk later in the note")

C("nl1p-mn-senare-eftermiddag-glioblastom", "skane", "1966-04-09", "F", [N("s_nkir", "03-13T10:30", [
    ("PAD", "Glioblastom, IDH-vildtyp, WHO grad 4, MGMT-metylerat."),
    ("Bedömning", "Pat hade på förmiddagen inte fått svaret. Vid eftermiddagens samtal fick pat och sonen beskedet av undertecknad tillsammans med kontaktssk."),
    ("Planering", "Remiss onkologen för Stupp-regim."),
], setting="slutenvård", author="Erik Molin", signed=420)], must_not=MN,
  why="the patient was told later the same day, as the same note says")

C("nl1p-mn-senare-mr-genomgang-ms", "vgr", "1995-08-22", "F", [N("v_neuro", "04-05T13:00", [
    ("Aktuellt", "Optikusneurit vä i februari, nu domningar i benen."),
    ("Utredning", "MR visar periventrikulära, juxtakortikala och spinala lesioner, OCB positiva. MS enligt McDonald 2017."),
    ("Samtal", "Inledningsvis ej informerad eftersom pat var mycket orolig och ville att sambon skulle vara med. Efter att sambon anlänt gick vi igenom bilderna och pat informerades om diagnosen MS."),
], author="Per Håkansson", signed=None)], must_not=MN,
  why="told later in the same visit; unsigned draft")

# --- L. telling in a later note ---------------------------------------------------------------
C("nl1p-mn-senare-not-pankreas", "skane", "1953-03-25", "M", [
    N("s_ugi", "01-08T11:00", [
        ("Bedömning", "DT buk visar 3 cm hypodens förändring i pankreashuvudet med gallvägsdilatation, misstänkt pankreascancer. Pat ej informerad om misstanken, vill ha anhörig med."),
    ], tmpl="Tidiga hypoteser", author="Sven Olsson"),
    N("s_ugi", "01-10T14:00", [
        ("Information", "Pat och hustru informerade idag om DT-fyndet, en tumör i pankreashuvudet som sannolikt är cancer. Genomgång av fortsatt utredning med EUS och biopsi."),
        ("Planering", "EUS 15/1. Kontaktssk Lena kopplad."),
    ], author="Sven Olsson", nid="n2"),
], must_not=MN2,
  why="the hypothesis was kept in Tidiga hypoteser; the later visible note records the telling")

C("nl1p-mn-senare-not-aml", "vgr", "1977-07-31", "F", [
    N("v_hem", "02-21T09:30", [
        ("Aktuellt", "Remitterad för pancytopeni. Blaster i perifert blod, benmärgsprov taget idag."),
        ("Planering", "Benmärgssvar inom 1–2 dagar. Pat ej informerad om provsvaren ännu eftersom de inte kommit."),
    ], setting="slutenvård", author="Pernilla Ström"),
    N("v_hem", "02-22T15:10", [
        ("Bedömning", "Benmärgen visar akut myeloisk leukemi med NPM1-mutation. Igår hade pat ännu inte fått veta svaret."),
        ("Information", "Pat och make informerade idag om diagnosen AML och om induktionsbehandling. Pat frågade mycket om fertilitet."),
    ], setting="slutenvård", author="Pernilla Ström", nid="n2"),
], must_not=MN2,
  why="'ännu inte fått veta' refers to yesterday; the same note records the telling today")

C("nl1p-mn-senare-not-brostcancer", "skane", "1970-10-03", "F", [
    N("s_brost", "03-04T10:00", [
        ("Bedömning", "Mammografi och ultraljud vä bröst: stjärnformig förändring 14 mm, BIRADS 5. Pat ej informerad om misstanken i väntan på biopsi."),
    ], tmpl="Tidiga hypoteser", author="Annika Blom"),
    N("s_brost", "03-12T13:30", [
        ("Diagnosbesked", "Invasiv duktal cancer vä bröst, NHG 2. Pat informerad av bröstkirurg med kontaktssk närvarande. Pat hade inte tidigare fått veta något om misstanken, vilket hon tog upp."),
        ("Planering", "Sentinel node och sektorresektion, op-anmälan gjord."),
    ], tmpl="Mottagningsanteckning", author="Annika Blom", nid="n2"),
], must_not=MN2,
  why="the later visible note says she was told now and had not been told before")

C("nl1p-mn-senare-not-huntington", "vgr", "1980-01-28", "M", [
    N("v_gen", "01-29T10:00", [
        ("Tidiga hypoteser", "Gentest visar expanderad CAG-repetition i HTT, förenligt med Huntingtons sjukdom. Pat ej informerad, svar återlämnas vid planerad vägledning."),
    ], author="Birgitta Hallberg"),
    N("v_gen", "02-05T14:00", [
        ("Information", "Genetisk vägledning genomförd med pat och sambo. Pat har idag fått resultatet: 42 CAG-repetitioner, förenligt med Huntingtons sjukdom."),
        ("Planering", "Kuratorskontakt, remiss neurologmottagningen för uppföljning."),
    ], author="Birgitta Hallberg", nid="n2"),
], must_not=MN2,
  why="VGR: hypothesis under sökord Tidiga hypoteser; the later visible note records the result being given")

# --- M. the patient was told, a relative was not ------------------------------------------------
C("nl1p-mn-pat-informerad-hustru-ej-als", "skane", "1958-02-16", "M", [N("s_neuro", "05-06T11:15", [
    ("Utredning", "EMG med utbredd denervation i tre regioner. ALS bekräftad."),
    ("Information", "Pat infomerad om diagnosen idag. Han önskar att hustrun inte informeras förrän han själv har berättat, vilket respekteras."),
], author="Ali Rahimi")], must_not=MN,
  why="typo 'infomerad'; the patient was told, the wife not yet")

C("nl1p-mn-pat-informerad-partner-ej-hiv", "vgr", "1996-06-19", "M", [N("v_inf", "02-12T15:00", [
    ("Bedömning", "Nydiagnostiserad hivinfektion, CD4 420. Pat informerad om diagnos, smittsamhet och behandling."),
    ("Åtgärd", "Partnern ej informerad ännu; smittspårning påbörjad med kurator, pat vill själv berätta först."),
], author="Maria Falk")], must_not=MN,
  why="patient informed; the partner is not")

C("nl1p-mn-pat-informerad-dotter-ej-alzheimer", "skane", "1945-09-14", "F", [N("s_ger", "03-27T10:40", [
    ("Bedömning", "Alzheimers sjukdom, lindrig (MMSE 24). Pat fick diagnosbeskedet idag och tog det lugnt."),
    ("Anhöriga", "Dottern, som inte var med idag, har ännu inte fått informationen; pat vill ringa henne själv ikväll."),
], author="Gustav Lind")], must_not=MN,
  why="the daughter, not the patient, has not been informed")

C("nl1p-mn-pat-informerad-foraldrar-ej-bipolar", "vgr", "1999-11-11", "F", [N("v_psyk", "04-18T13:20", [
    ("Bedömning", "Bipolär sjukdom typ II. Pat informerad om diagnosen, psykopedagogik påbörjad."),
    ("Socialt", "Bor i egen lägenhet. Pat vill inte att föräldrarna informeras, vilket respekteras."),
    ("Planering", "Lamotrigin upptitrering, återbesök om 4 v."),
], author="Jakob Nyström")], must_not=MN,
  why="the parents are not informed at the patient's wish")

C("nl1p-mn-pat-informerad-barn-ej-ovarial", "vgr", "1954-05-23", "F", [N("v_onk", "04-08T09:45", [
    ("Aktuellt", "Pat vet att ovarialcancern har recidiverat, informerad av gynonkolog 3/4."),
    ("Socialt", "De vuxna barnen har inte fått beskedet än. Pat vill vänta tills behandlingsplanen är klar."),
    ("Planering", "Karboplatin/PLD, start 15/4."),
], author="Oskar Lindahl")], must_not=MN,
  why="the children are not informed; the patient is")

# --- N. the patient knew from another unit ---------------------------------------------------------
C("nl1p-mn-annan-enhet-myelom", "skane", "1949-07-04", "M", [N("s_hem", "02-01T13:00", [
    ("Remiss", "Från medicinkliniken Ystad. Mulipelt myelom IgA-lambda, pat har fått diagnosbesked där 26/1."),
    ("Aktuellt", "Första besöket här; ej informerad av hematologen tidigare. Ryggsmärta, kalcium normalt."),
    ("Planering", "VRd-behandling, bisfosfonat. Tandläkarbedömning."),
], author="Linnea Sjögren")], must_not=MN,
  why="typo 'Mulipelt'; told at the referring unit, first visit here")

C("nl1p-mn-annan-enhet-crohn-inflyttad", "vgr", "1992-12-05", "F", [N("v_gastro", "03-15T10:15", [
    ("Anamnes", "Nyinflyttad från Stockholm. Crohns sjukdom diagnostiserad 2019 vid Karolinska, pat välinformerad om sin sjukdom."),
    ("Övrigt", "Här är hon ny och har inte fått någon information om vår IBD-sköterskemottagning, broschyr lämnad."),
], author="Jenny Axelsson")], must_not=MN,
  why="Crohn's known since 2019 elsewhere; untold is clinic information")

C("nl1p-mn-annan-enhet-liposarkom", "skane", "1964-08-08", "M", [N("s_onk", "04-29T14:20", [
    ("Aktuellt", "Myxoid liposarkom hö lår, diagnosbesked gavs på ortopeden i Hässleholm 18/4."),
    ("Bedömning", "Onkologen har ännu inte gett pat någon egen information, men pat känner till diagnosen sedan ortopedbesöket."),
    ("Planering", "Preoperativ strålbehandling 50 Gy, start om 2 v."),
], author="Oskar Lindahl")], must_not=MN,
  why="oncology has not informed him itself, but he knows the diagnosis from orthopaedics")

C("nl1p-mn-annan-enhet-retinopati", "vgr", "1975-03-30", "M", [N("v_ogon", "01-12T08:40", [
    ("Anamnes", "Proliferativ diabetesretinopati bilat, pat informerad om fynden av ögonläkaren på NÄL i höstas."),
    ("Bedömning", "Panretinal laser hö planeras. Pat ej informerad av oss om laserbehandlingens påverkan på mörkerseendet, görs vid behandlingen."),
], author="Sofia Mårtensson")], must_not=MN,
  why="retinopathy told at NÄL; untold is a treatment side effect")

# --- O. the patient declines details but knows the diagnosis -------------------------------------------
C("nl1p-mn-avbojer-prognos-pankreas", "skane", "1946-04-18", "F", [N("s_onk", "02-23T11:00", [
    ("Aktuellt", "Pat känner till att hon har pankreascancer sedan besked i december."),
    ("Information", "Önskar uttryckligen inte ta del av prognosuppgifter eller detaljer om spridningen, vilket respekteras. Sonen är kontaktperson för den informationen."),
    ("Planering", "Palliativ gemcitabin fortsätter."),
], author="Oskar Lindahl")], must_not=MN,
  why="the patient declines prognosis details but knows the cancer")

C("nl1p-mn-avbojer-forlopp-demens", "vgr", "1938-10-27", "M", [N("v_ger", "03-19T10:10", [
    ("Bedömning", "Vaskulär demens. Pat vet om diagnosen sedan besked i höstas och nämner den själv."),
    ("Information", "Vill inte höra mer om hur sjukdomen kan utvecklas, vilket respekteras. Hustrun får skriftlig information."),
], author="Gustav Lind")], must_not=MN,
  why="knows the dementia diagnosis, declines to hear about its course")

C("nl1p-mn-avbojer-detaljer-njurcancer", "skane", "1951-06-29", "M", [N("s_uro", "01-31T13:50", [
    ("Bedömning", "Njurcellscancer vä, pat informerad om diagnosen vid förra besöket."),
    ("Information", "Avböjer mer detaljerad information om histologi och stadium, vill att sonen tar emot detaljerna. Samtycke till detta dokumenterat."),
    ("Planering", "Robotassisterad partiell nefrektomi."),
], author="Gunnar Wallin")], must_not=MN,
  why="knows the kidney cancer; declines further details")

C("nl1p-mn-avbojer-behandlingsval-ms", "vgr", "1988-02-02", "M", [N("v_neuro", "05-13T14:45", [
    ("Aktuellt", "Pat informerad om sin MS-diagnos 30/4."),
    ("Samtal", "Orkar inte höra om behandlingsalternativen idag och ber att få återkomma. Ny tid om två veckor tillsammans med MS-sjuksköterska."),
], author="Rebecka Svensson", signed=None)], must_not=MN,
  why="the MS was told; he postpones hearing about treatment; unsigned draft")

# --- P. negated / ruled-out diagnosis not yet told ---------------------------------------------------
C("nl1p-mn-negerad-tonsill-pad", "skane", "1983-01-14", "M", [N("s_hbgonh", "02-07T11:25", [
    ("PAD", "Tonsillektomi hö pga asymmetri: inga tecken till malignitet."),
    ("Planering", "Pat ännu ej underrättad om svaret, ringer honom på fredag."),
], tmpl="Telefonanteckning", author="Elin Sundberg")], must_not=MN,
  why="no malignancy; the untold result holds no diagnosis")

C("nl1p-mn-negerad-lungembolli", "vgr", "1978-09-28", "F", [N("v_akut", "03-09T22:15", [
    ("Röntgen", "DT-angio lungartärer: ingen lungembolli. Inga infiltrat."),
    ("Bedömning", "Lungemboli kan uteslutas. Pat ej informerad om svaret än då hon är på toaletten, informeras innan hemgång."),
], setting="akutmottagning", author="Johan Kraft")], must_not=MN,
  why="typo 'lungembolli'; a ruled-out diagnosis not yet told")

C("nl1p-mn-negerad-kolon-pad", "skane", "1969-12-18", "F", [N("s_gastro", "04-23T09:20", [
    ("PAD", "Biopsier från colon descendens: slemhinna utan dysplasi eller malignitet."),
    ("Bedömning", "Förändringen vid koloskopin var således inte tumör. Svaret har ännu inte meddelats pat."),
    ("Planering", "Brev till pat med svaret, ingen ny koloskopi behövs."),
], author="Tove Ahlström", signed=None)], must_not=MN,
  why="biopsy ruled out malignancy; nothing diagnostic is withheld")

C("nl1p-mn-negerad-ms-utesluten", "vgr", "1997-04-12", "F", [N("v_neuro", "05-21T10:30", [
    ("Utredning", "MR hjärna och ryggmärg utan MS-typiska förändringar, likvor utan oligoklonala band."),
    ("Bedömning", "MS bedöms ej föreligga. Pat ej informerad om utfallet än, telefontid bokad."),
], author="Per Håkansson")], must_not=MN,
  why="MS ruled out; untold negative result")

# --- Q. benign findings ------------------------------------------------------------------------------
C("nl1p-mn-benign-brostbiopsi", "vgr", "1981-08-16", "F", [N("v_brost", "01-23T15:40", [
    ("PAD", "Mellannålsbiopsi vä bröst kl 2: bengin bild utan atypi."),
    ("Planering", "Pat har ej fått svaret ännu, ringes av kontaktssk imorgon. Ingen ytterligare åtgärd."),
], author="Annika Blom")], must_not=MN,
  why="typo 'bengin'; benign biopsy not yet told")

C("nl1p-mn-benign-finnal-hals", "skane", "1973-05-07", "M", [N("s_hbgonh", "03-06T08:55", [
    ("Cytologi", "Finnålspunktion av lymfkörtel regio II hö: reaktiva lymfocyter, inga maligna celler."),
    ("Bedömning", "Godartat. Besked till pat ej lämnat ännu, sker vid telefontid 8/3."),
], author="Elin Sundberg")], must_not=MN,
  why="benign cytology, nothing to withhold")

C("nl1p-mn-benign-excision-rygg", "vgr", "1990-10-20", "M", [N("v_hud", "04-25T13:05", [
    ("PAD", "Excision pigmenterad förändring rygg: benign melanocytär förändring utan atypi, radikalt exciderad."),
    ("Planering", "Pat inte informerad om PAD-svaret än, brev skickas. Ingen uppföljning behövs."),
], author="Cecilia Borg")], must_not=MN,
  why="benign excised lesion, result untold")

# =========================================================================== MUST
# --- subject left out across sentences -----------------------------------------------------------
C("nl1p-m-subjekt-utelamnat-brostcancer", "skane", "1967-02-09", "F", [N("s_brost", "02-16T14:00", [
    ("Bedömning", "Mellannålsbiopsi vä bröst visar invasiv duktal cancer, NHG 2, ER-positiv. Ej informerad ännu. Får besked vid återbesöket på tisdag tillsammans med kontaktsjuksköterska."),
], author="Annika Blom")], must=M,
  why="subject omitted: 'Ej informerad ännu' follows the diagnosis")

C("nl1p-m-subjekt-utelamnat-follikulart-lymfom", "vgr", "1957-11-30", "M", [N("v_hem", "03-22T11:10", [
    ("PAD", "Körtelbiopsi vä axill: follikulärt lymfom grad 1–2."),
    ("Bedömning", "Asymtomatisk, låg tumörbörda. Inte medelad. Väntar på att hustrun ska kunna följa med nästa vecka."),
], author="Linnea Sjögren")], must=M,
  why="typo 'medelad'; subject-less 'Inte meddelad' about the lymphoma")

C("nl1p-m-subjekt-utelamnat-als", "skane", "1960-06-03", "M", [N("s_neuro", "04-10T15:40", [
    ("Utredning", "Neurografi/EMG och klinik uppfyller El Escorial-kriterierna för definitiv ALS."),
    ("Bedömning", "Diagnosen ALS är därmed fastställd. Har ännu inte fått veta. Samtal nästa vecka med neurolog och kurator."),
], author="Ali Rahimi")], must=M,
  why="'Har ännu inte fått veta' without a subject")

C("nl1p-m-subjekt-utelamnat-koloncancer", "vgr", "1962-01-21", "F", [N("v_saskir", "02-26T10:25", [
    ("Koloskopi", "Ulcererande, cirkulär tumör i colon ascendens. PAD adenokarcinom."),
    ("Planering", "Känner inte till fyndet än. Ringer inte utan informeras på mottagningen torsdag."),
], author="Henrik Sjöberg")], must=M,
  why="'Känner inte till fyndet än' with the subject left out")

# --- passive voice -------------------------------------------------------------------------------------
C("nl1p-m-passiv-pankreascancer", "skane", "1950-09-17", "M", [N("s_kir", "01-19T13:30", [
    ("Röntgen", "DT buk: 3 cm tumör i pankreashuvudet med inväxt i VMS, bedöms som icke resektabel pankreascancer."),
    ("Bedömning", "Patienten har ännu inte informerats om fyndet. Pat inneliggande för gallvägsavlastning."),
], setting="slutenvård", author="Fredrik Lund")], must=M,
  why="passive 'har ännu inte informerats'")

C("nl1p-m-passiv-myelom", "vgr", "1947-03-08", "F", [N("v_udmed", "02-09T09:50", [
    ("Lab", "M-komponent IgG-kappa 38 g/l, benmärg med 30 % klonala plasmaceller."),
    ("Bedömning", "Multipelt myelom. Diagnosen har inte meddelats pat, då hematologen önskar ta samtalet själv."),
], author="Tobias Rydén")], must=M,
  why="passive 'har inte meddelats pat'")

C("nl1p-m-passiv-huntington", "skane", "1985-05-11", "F", [N("s_gen", "03-28T10:00", [
    ("Resultat", "Prediktiv gentest: 43 CAG-repetitioner i HTT, förenligt med Huntingtons sjukdom."),
    ("Planering", "Resultatet är inte återlämnat till pat, genetisk vägledning bokad 18/4 med stödperson."),
], author="Birgitta Hallberg")], must=M,
  why="passive 'Resultatet är inte återlämnat till pat' about a genetic diagnosis")

C("nl1p-m-passiv-ovarialcancer", "vgr", "1958-12-02", "F", [N("v_kvinno", "04-04T16:20", [
    ("Op-fynd", "Ascites, karcinos på peritoneum och oment. Fryssnitt: höggradig serös ovarialcancer."),
    ("Bedömning", "FIGO IIIC. Pat har inte underrättats ännu, hon är fortf. påverkad postoperativt."),
], setting="slutenvård", author="Lina Hedlund")], must=M,
  why="passive 'har inte underrättats'")

C("nl1p-m-passiv-prostata-gleasson", "skane", "1953-07-19", "M", [N("s_uro", "05-15T11:40", [
    ("PAD", "Prostatabiopsier: adenocarcinom Gleasson 4+4 i 8 av 12 biopsier."),
    ("Bedömning", "Högrisk prostatacancer. Besked har ej lämnats till patienten; skelettskint och PSMA-PET beställda först."),
], author="Gunnar Wallin")], must=M,
  why="typo 'Gleasson'; passive 'Besked har ej lämnats'")

# --- active, first person ------------------------------------------------------------------------------
C("nl1p-m-aktiv-jag-aml", "vgr", "1969-04-15", "F", [N("v_hem", "01-15T17:05", [
    ("Rond", "Benmärgen visar akut myeloisk leukemi. Jag har inte informerat pat om detta då hon var för trött vid ronden; tar samtalet imorgon förmiddag."),
], setting="slutenvård", author="Pernilla Ström")], must=M,
  why="active first person 'Jag har inte informerat pat'")

C("nl1p-m-aktiv-vi-glioblastom", "skane", "1972-10-28", "F", [N("s_nkir", "02-24T12:00", [
    ("PAD", "Glioblastom WHO grad 4."),
    ("Bedömning", "Vi har valt att inte berätta om PAD-svaret för pat förrän hon flyttats från neuro-IVA till vårdavdelningen."),
], setting="slutenvård", author="Erik Molin")], must=M,
  why="active 'Vi har valt att inte berätta'")

C("nl1p-m-aktiv-undertecknad-hcc", "vgr", "1955-08-27", "M", [N("v_gastro", "03-06T14:35", [
    ("Röntgen", "MR lever: 4 cm förändring i segment VII med arteriell uppladdning och washout, LI-RADS 5, dvs HCC."),
    ("Bedömning", "Undertecknad har inte tagit upp fyndet med pat ännu, inväntar MDK. Levercirros Child-Pugh A sedan tidigare."),
], author="Tove Ahlström")], must=M,
  why="active 'Undertecknad har inte tagit upp fyndet'")

C("nl1p-m-aktiv-ej-natt-melanom", "skane", "1980-03-19", "M", [N("s_hud", "04-02T16:30", [
    ("PAD", "Excision vä vad: malignt melanom, Breslow 2,3 mm, ulceration."),
    ("Åtgärd", "Har inte nått pat per telefon och vill inte lämna beskedet via 1177-meddelande. Nytt försök imorgon."),
], tmpl="Telefonanteckning", author="Klara Rosén", signed=None)], must=M,
  why="the doctor could not reach the patient; melanoma visible; unsigned draft")

# --- future / modal ------------------------------------------------------------------------------------
C("nl1p-m-futur-smacellig-lungcancer", "vgr", "1951-05-26", "M", [N("v_lung", "01-24T15:00", [
    ("PAD", "Bronkoskopi med biopsi hö huvudbronk: småcelig lungcancer."),
    ("Planering", "Pat kommer att få beskedet vid läkarbesöket på onsdag tillsammans med kontaktssk. DT hjärna bokad."),
], author="Kristina Lundgren")], must=M,
  why="typo 'småcelig'; future 'kommer att få beskedet' implies not yet told")

C("nl1p-m-modal-cervixcancer", "skane", "1988-09-05", "F", [N("s_kvinno", "02-05T10:30", [
    ("PAD", "Konbiopsi: skivepitelcancer i cervix, invasionsdjup 6 mm, stadium IB1."),
    ("Planering", "Pat ska informeras av gynonkolog på SUS och bör inte få beskedet per telefon. Remiss skickad."),
], author="Josefin Åberg")], must=M,
  why="modal 'ska informeras', 'bör inte få beskedet per telefon'")

C("nl1p-m-futur-ms-aterbesok", "vgr", "1998-07-13", "F", [N("v_neuro", "05-16T11:00", [
    ("Utredning", "MR med multipla periventrikulära och juxtakortikala lesioner, OCB positiva. Diagnosen MS är härmed fastställd."),
    ("Planering", "Besked ges först vid återbesöket 22/5 då pat önskat ha sin mamma med."),
], author="Rebecka Svensson")], must=M,
  why="'Besked ges först vid återbesöket' implies not told yet")

C("nl1p-m-modal-ftd", "skane", "1959-11-22", "M", [N("s_ger", "03-18T13:40", [
    ("Bedömning", "Utredningen sammantaget förenlig med frontotemporal demens, beteendevariant."),
    ("Information", "Diagnosbeskedet bör lämnas vid ett separat samtal där även maken kan närvara, därför inte gjort idag."),
], author="Gustav Lind")], must=M,
  why="modal 'bör lämnas ... inte gjort idag'")

C("nl1p-m-futur-levermetastaser", "vgr", "1964-02-14", "M", [N("v_onk", "04-16T09:30", [
    ("Röntgen", "DT thorax-buk: nytillkomna levermetastaser i båda loberna, progress av koloncancer."),
    ("Planering", "Pat ska meddelas vid onkologbesöket om en vecka, ej nu per telefon."),
], tmpl="Telefonanteckning", author="Oskar Lindahl")], must=M,
  why="'ska meddelas ... ej nu': metastatic progression untold")

# --- nominal forms -------------------------------------------------------------------------------------
C("nl1p-m-nominal-besked-ej-givet", "skane", "1956-01-06", "F", [N("s_lung", "03-04T16:45", [
    ("PAD", "Adenokarcinom i vä underlob, EGFR-analys pågår."),
    ("Kommentar", "Besked ej givet."),
], author="Mikael Sandberg")], must=M,
  why="nominal 'Besked ej givet'")

C("nl1p-m-nominal-aterkoppling-iga", "vgr", "1983-06-24", "M", [N("v_nalmed", "02-13T10:15", [
    ("Njurbiopsi", "IgA-nefropati med måttlig interstitiell fibros, Oxford M1 E0 S1 T1."),
    ("Planering", "Återkopling till pat ej skett. Behandling med RAS-blockad optimeras."),
], author="Ulrika Dahl")], must=M,
  why="typo 'Återkopling'; nominal 'Återkoppling till pat ej skett'")

C("nl1p-m-nominal-info-sle", "skane", "1994-10-30", "F", [N("s_reuma", "01-29T14:25", [
    ("Diagnos", "Systemisk lupus erythematosus (M32.1) med njurengagemang, lupusnefrit klass IV."),
    ("Information till patient", "Ännu ej."),
], author="Olle Bengtsson")], must=M,
  why="section 'Information till patient' with 'Ännu ej'")

C("nl1p-m-nominal-diagnosbesked-tunga", "vgr", "1961-09-10", "M", [N("v_onh", "03-25T11:35", [
    ("PAD", "Biopsi tungkant hö: högt differentierad skivepitelcancer."),
    ("Planering", "Diagnosbesked: ej lämnat, planeras till MDK-besöket 2/4."),
], author="Elin Sundberg")], must=M,
  why="nominal 'Diagnosbesked: ej lämnat'")

C("nl1p-m-nominal-delgivning-sigmoideum", "skane", "1944-12-09", "M", [N("s_hbgmed", "04-12T13:00", [
    ("Röntgen", "DT-kolografi: stenoserande coloncancer i sigmoideum, inga metastaser."),
    ("Bedömning", "Delgivning till pat: ej skedd. Remiss kirurgen."),
], author="Emma Ljung")], must=M,
  why="nominal 'Delgivning till pat: ej skedd'")

C("nl1p-m-nominal-ingen-kontakt-acc", "vgr", "1966-07-02", "F", [N("v_endo", "05-03T10:05", [
    ("Utredning", "Binjurebarkscancer vä, 9 cm, enl MR och FDG-PET samt steroidprofil i urin."),
    ("Åtgärd", "Ingen kontakt med pat om svaret ännu. Remiss endokrinkirurgen."),
], author="David Engström", signed=None)], must=M,
  why="nominal 'Ingen kontakt med pat om svaret ännu'")

# --- result named first -------------------------------------------------------------------------------
C("nl1p-m-resultat-forst-esofagus", "skane", "1957-02-27", "M", [N("s_ugi", "04-19T15:15", [
    ("Bedömning", "Adenokarcinom i distala esofagus, så lyder PAD från gastroskopin 3/4. Pat har ännu inte fått veta."),
], author="Sven Olsson")], must=M,
  why="result named first, not-told sentence after")

C("nl1p-m-resultat-forst-parkinson", "vgr", "1954-04-01", "M", [N("v_neuro", "02-27T13:25", [
    ("Utredning", "DaTSCAN patologisk bilat, vä > hö, förenligt med Parkinsons sjukdom."),
    ("Information", "Pat informerad om att undersökningen gick bra men inte om resultatet."),
], author="Ali Rahimi")], must=M,
  why="told that the scan went fine, but not the result (Parkinson)")

C("nl1p-m-resultat-forst-celiaki", "skane", "1991-08-04", "F", [N("s_gastro", "03-29T08:35", [
    ("Lab", "Transglutaminas-IgA >100, duodenalbiopsi Marsh 3b. Celiaki."),
    ("Planering", "Pat har inte fått svaret ännnu, dietist bokas efter besked."),
], author="Tove Ahlström")], must=M,
  why="typo 'ännnu'; a mild diagnosis is still a diagnosis not told")

C("nl1p-m-resultat-forst-hiv", "vgr", "1988-10-11", "M", [N("v_inf", "01-05T14:10", [
    ("Lab", "Hiv-1 ak/ag positivt, verifierat med konfirmerande test: hivinfektion."),
    ("Åtgärd", "Pat ej informerad, kallas till mottagningen imorgon för besked med kurator."),
], author="Maria Falk")], must=M,
  why="confirmed HIV, not told yet")

# --- not-told statement in another section than the diagnosis -----------------------------------------
C("nl1p-m-sektion-diagnos-planering-lungcancer", "skane", "1952-12-15", "M", [N("s_lung", "05-07T10:20", [
    ("Diagnos", "C34.1 Adenokarcinom hö överlob, cT2aN2M0."),
    ("Status", "AT gott. Lungor: ua. Inga förstorade körtlar på halsen."),
    ("Planering", "Pat ovetande om PAD-svaret, bokas till läkarbesök med kontaktssk."),
], author="Mikael Sandberg")], must=M,
  why="diagnosis in 'Diagnos', not-told in 'Planering'")

C("nl1p-m-sektion-information-ej-given", "vgr", "1963-03-31", "F", [N("v_onk", "03-08T15:00", [
    ("Bedömning", "Recidiv av bröstcancer med skelettmetastaser i ländrygg och bäcken enligt skelettscint och DT."),
    ("Information", "Ej given. Pat informeras av ansvarig onkolog 15/3."),
], author="Oskar Lindahl")], must=M,
  why="the diagnosis in Bedömning, 'Information: Ej given' in its own section")

C("nl1p-m-sektion-patologisk-fraktur", "skane", "1948-06-20", "F", [N("s_akut", "02-18T20:10", [
    ("Röntgen", "Patologisk fraktur i hö femurdiafys genom en osteolytisk skelettmetastas, primärtumör okänd."),
    ("Åtgärd", "Inlägges ortopeden. Pat vet endast att benet är brutet och har inte informerats om röntgensvaret i övrigt."),
], setting="akutmottagning", author="Johan Kraft")], must=M,
  why="metastasis in Röntgen, not-told in Åtgärd")

C("nl1p-m-sektion-lab-kll", "vgr", "1949-01-03", "M", [N("v_udmed", "04-26T11:50", [
    ("Lab", "LPK 85, 70 % lymfocyter. Flödescytometri förenlig med KLL."),
    ("Sammanfattning", "KLL Binet A. Pat vet ej om diagnosen ännu och informeras av hematolog vid nästa besök. Återbesök 3 mån."),
], author="Tobias Rydén", signed=None)], must=M,
  why="CLL in Lab/Sammanfattning with 'vet ej om diagnosen'")

C("nl1p-m-sektion-epikris-dotter", "skane", "1936-09-09", "F", [N("s_ystmed", "01-17T14:00", [
    ("Diagnoser", "Koloncancer i transversum. Järnbristanemi."),
    ("Epikris", "Inlagd för anemi, utredd med DT och koloskopi. Pat har ej informerats om cancerdiagnosen under vårdtiden efter önskemål från dottern; bör göras vid kirurgbesöket."),
], tmpl="Epikris", setting="slutenvård", author="Anders Malm")], must=M,
  why="discharge summary: diagnosis list plus not-told in Epikris")

C("nl1p-m-sektion-utredning-forst", "vgr", "1945-05-17", "F", [N("v_reuma", "02-22T09:10", [
    ("Aktuellt", "Pat vet inget om biopsisvaret ännu, ringer in på måndag."),
    ("Utredning", "Temporalisbiopsi: jättecellsarterit med granulom och fragmenterad lamina elastica interna."),
    ("Åtgärd", "Prednisolon 40 mg fortsätter."),
], author="Karl Westin")], must=M,
  why="not-told statement in Aktuellt before the diagnosis in Utredning")

# --- relatives ask us not to tell / must not be told yet ---------------------------------------------
C("nl1p-m-anhoriga-onskar-ventrikelcancer", "vgr", "1933-11-28", "F", [N("v_ger", "03-14T13:55", [
    ("Bedömning", "Metastaserad ventrikelcancer konstaterad vid gastroskopi och DT."),
    ("Anhöriga", "Barnen önskar att mamma inte ska få veta diagnosen. Pat således ej informerad i dagsläget, tas upp på teamträff."),
], setting="slutenvård", author="Gustav Lind")], must=M,
  why="relatives want the patient not told; she is not")

C("nl1p-m-far-ej-veta-hjarnmetastas", "skane", "1961-07-23", "M", [N("s_onk", "05-09T10:45", [
    ("Röntgen", "MR hjärna: ny 12 mm hjärnmetastas hö cerebellum."),
    ("Bedömning", "Pat får ej veta om den nya hjärnmetastasen ännu, anhöriga har bett oss vänta till efter barnbarnets dop på lördag. Stereotaktisk strålning planeras."),
], author="Oskar Lindahl", signed=None)], must=M,
  why="'får ej veta ännu' at the relatives' request; unsigned draft")

C("nl1p-m-inte-berattat-gliobastom", "vgr", "1970-12-19", "F", [N("v_akut", "04-20T19:30", [
    ("Röntgen", "DT hjärna: 5 cm kontrastladdande tumör vä frontalt med ödem och midline shift, radiologiskt gliobastom."),
    ("Bedömning", "Inte berättat för pat i akutrummet, hon är ensam och mycket orolig; kvällsjouren tar samtalet när maken anlänt."),
], setting="akutmottagning", author="Johan Kraft")], must=M,
  why="typo 'gliobastom'; 'Inte berättat för pat'")

# --- hedged diagnosis + not told ---------------------------------------------------------------------
C("nl1p-m-hedge-pankreas-misstanke", "vgr", "1949-06-26", "M", [N("v_saskir", "01-11T12:30", [
    ("Röntgen", "DT buk: oregelbunden tumör i pankreaskroppen, förstorade lokala lymfkörtlar."),
    ("Bedömning", "Stark misstanke om pankreascancer. Pat ej informerad om misstanken, EUS bokas."),
], author="Henrik Sjöberg")], must=M,
  why="a strongly suspected cancer written visibly with 'ej informerad om misstanken'")

C("nl1p-m-hedge-lymfom-tonsill", "skane", "1959-04-08", "M", [N("s_hbgonh", "02-21T14:50", [
    ("Status", "Förstorad hö tonsill med ytlig ulceration, körtlar bilat på halsen."),
    ("Bedömning", "Trolig lymfommanifestation. Pat har inte fått veta något om lymfommisstanken, biopsi tas på fredag."),
], author="Elin Sundberg")], must=M,
  why="probable lymphoma visible while the patient is not told")

C("nl1p-m-hedge-als-sannolikt", "vgr", "1955-10-16", "F", [N("v_neuro", "04-24T10:40", [
    ("Bedömning", "Klinik och EMG talar starkt för motorneuronsjukdom, sannolikt ALS. Vi har inte delgett pat misstanken, kompletterande MR halsrygg först."),
], author="Per Håkansson")], must=M,
  why="'sannolikt ALS' with 'inte delgett pat misstanken'")

# --- guardians of a child under 13 not told ----------------------------------------------------------
C("nl1p-m-barn-all-foraldrar", "skane", "2019-02-11", "M", [N("s_barn", "03-02T13:10", [
    ("Lab", "Benmärgsprov: akut lymfatisk leukemi, B-prekursor."),
    ("Bedömning", "Föräldrarna är ännu inte informerade, samtal med barnonkolog kl 15."),
], setting="slutenvård", author="Malin Wiklund")], must=M,
  why="child under 13: the guardians who read the journal are not told")

C("nl1p-m-barn-wilms-vardnadshavare", "vgr", "2021-05-25", "F", [N("v_barn", "02-03T11:20", [
    ("Utredning", "DT buk och biopsi: Wilms tumör hö njure."),
    ("Planering", "Vårdnadshavarna har inte fått diagnosbeskedet, samtal med barnonkolog och kurator imorgon."),
], setting="slutenvård", author="Sanna Holmberg")], must=M,
  why="child under 13: guardians not yet told of Wilms tumour")

# --- other wording: ovetande, känner ej till -----------------------------------------------------------
C("nl1p-m-ovetade-hcm", "vgr", "1993-09-04", "M", [N("v_kard", "01-30T16:00", [
    ("Utredning", "Hjärt-MR: hypertrofisk kardiomyopati med septumtjocklek 22 mm och fläckvis fibros."),
    ("Bedömning", "Pat ovetade om resultatet. Ny tid för genomgång och idrottsråd."),
], author="Sara Lindgren")], must=M,
  why="typo 'ovetade'; the patient is unaware of the HCM")

C("nl1p-m-kanner-ej-till-men1", "skane", "1987-12-27", "F", [N("s_endo", "04-30T09:30", [
    ("Utredning", "MEN1 bekräftad genetiskt, patogen variant i MEN1-genen."),
    ("Planering", "Pat känner ej till provsvaret, ska informeras av klinisk genetiker. Familjeutredning därefter."),
], author="Eva Strand")], must=M,
  why="'känner ej till provsvaret' for a genetic diagnosis")


# --------------------------------------------------------------------------- build
def age_on(born, when):
    b = _dt.date.fromisoformat(born)
    d = _dt.date.fromisoformat(when[:10])
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def build():
    rows = []
    for i, c in enumerate(CASES):
        last = max(n["signed"] or n["time"] for n in c["notes"])
        as_of = (_dt.datetime.fromisoformat(last).date() + _dt.timedelta(days=3)).isoformat() + "T00:00:00"
        rec = {
            "patient": {"id": pnr(c["born"], i + 1, c["sex"]), "birth_date": c["born"],
                        "protected_identity": False},
            "as_of": as_of,
            "notes": c["notes"],
            "access_events": [], "conversations": [], "treatments": [],
        }
        rows.append({"case": c["name"], "ruleset": c["rs"], "record": rec,
                     "must": c["must"], "must_not": c["must_not"], "why": c["why"]})
    return rows


SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def validate(rows):
    errs = []
    names = set()
    seen = {}
    for r in rows:
        cn = r["case"]
        if set(r) != {"case", "ruleset", "record", "must", "must_not", "why"}:
            errs.append(f"{cn}: keys {sorted(r)}")
        if cn in names:
            errs.append(f"duplicate case {cn}")
        names.add(cn)
        if r["ruleset"] not in ("skane", "vgr"):
            errs.append(f"{cn}: ruleset")
        if not r["why"]:
            errs.append(f"{cn}: empty why")
        rec = r["record"]
        if set(rec) != {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}:
            errs.append(f"{cn}: record keys")
        p = rec["patient"]
        pid, bd = p["id"], p["birth_date"]
        if not re.fullmatch(r"\d{8}-\d{4}", pid):
            errs.append(f"{cn}: pnr form")
        else:
            digits = pid[2:8] + pid[9:]
            if luhn_digit(digits[:9]) != int(digits[9]):
                errs.append(f"{cn}: Luhn")
            if pid[:8] != bd.replace("-", ""):
                errs.append(f"{cn}: pnr/birth_date mismatch")
        if not rec["as_of"].startswith("2024-"):
            errs.append(f"{cn}: as_of not 2024")
        ids = set()
        for n in rec["notes"]:
            if set(n) != {"id", "system", "template", "unit", "author", "time", "signed",
                          "setting", "refs", "sections"}:
                errs.append(f"{cn}: note keys")
            ids.add(n["id"])
            if n["system"] != "Melior":
                errs.append(f"{cn}: NL101 is asserted on Melior only")
            for t in (n["time"], n["signed"]):
                if t is not None and not t.startswith("2024-"):
                    errs.append(f"{cn}: date not in 2024: {t}")
            if n["signed"] is not None and n["signed"] < n["time"]:
                errs.append(f"{cn}: signed before time")
            if (n["signed"] or n["time"]) > rec["as_of"]:
                errs.append(f"{cn}: note after as_of")
            a = age_on(bd, n["time"])
            if 13 <= a <= 15:
                errs.append(f"{cn}: patient aged {a} (13-15 not allowed)")
            if "BUP" in n["unit"]["name"] and r["ruleset"] != "skane":
                errs.append(f"{cn}: BUP cases are Skåne only")
            if r["ruleset"] == "vgr" and not n["unit"]["hsa_id"].startswith("SE2321000131"):
                errs.append(f"{cn}: VGR unit with non-VGR HSA id")
            if r["ruleset"] == "skane" and not n["unit"]["hsa_id"].startswith("SE2321000255"):
                errs.append(f"{cn}: Skåne unit with non-Skåne HSA id")
            for s in n["sections"]:
                for sent in SENT_SPLIT.split(s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen and seen[sent] != (cn, n["id"], s["keyword"]):
                            errs.append(f"{cn}: sentence reused from {seen[sent][0]}: {sent!r}")
                        seen.setdefault(sent, (cn, n["id"], s["keyword"]))
        for code, target in r["must"] + r["must_not"]:
            if target not in ids:
                errs.append(f"{cn}: target {target} missing")
            if code != "NL101":
                errs.append(f"{cn}: unexpected code {code}")
        both = {tuple(x) for x in r["must"]} & {tuple(x) for x in r["must_not"]}
        if both:
            errs.append(f"{cn}: must and must_not overlap")
        if not r["must"] and not r["must_not"]:
            errs.append(f"{cn}: asserts nothing")
        # a must target must be a visible note: no protected template/sökord
        for code, target in r["must"]:
            n = next(x for x in rec["notes"] if x["id"] == target)
            if r["ruleset"] == "skane" and n["template"] in PROTECTED_SKANE_TEMPLATES:
                errs.append(f"{cn}: must target in protected template")
            if r["ruleset"] == "vgr" and any(s["keyword"] in PROTECTED_VGR_KEYWORDS for s in n["sections"]):
                errs.append(f"{cn}: must target has protected sökord")
    return errs


def main():
    rows = build()
    errs = validate(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")
    must = sum(len(r["must"]) for r in rows)
    must_not = sum(len(r["must_not"]) for r in rows)
    by_rs = {}
    for r in rows:
        by_rs[r["ruleset"]] = by_rs.get(r["ruleset"], 0) + 1
    unsigned = sum(1 for r in rows if any(n["signed"] is None for n in r["record"]["notes"]))
    typos = sum(1 for r in rows if "typo" in r["why"])
    print(f"{len(rows)} cases -> {os.path.basename(OUT)}; NL101 must {must}, must_not {must_not}; "
          f"rulesets {by_rs}; unsigned drafts {unsigned}; typo cases {typos}")
    if errs:
        for e in errs:
            print("ERROR:", e)
        sys.exit(1)


if __name__ == "__main__":
    main()
