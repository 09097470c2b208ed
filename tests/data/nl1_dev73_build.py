#!/usr/bin/env python3
"""dev73: rehabiliteringsmedicin, smärtmottagningar och arbetsmedicin (NL101, NL102).

Hand-written Swedish notes from rehab medicine, pain clinics, stress medicine,
post-covid clinics and occupational medicine. Multi-professional team notes
(läkare, fysioterapeut, arbetsterapeut, psykolog, kurator, sjuksköterska,
rehabkoordinator) where diagnoses are hedged, confirmed, ruled out, or not yet
told to the patient.

Standard library only, deterministic. Running it writes cases.jsonl next to
itself and exits 1 on any validation problem.
"""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev73_cases.jsonl")

# ---------------------------------------------------------------- units
UNITS = {
    # Skåne, Melior (sjukhus)
    "sus_smarta": ("Smärtrehabilitering, Skånes universitetssjukhus Lund", "SE2321000255-4417"),
    "sus_malmo_smarta": ("Smärtmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4468"),
    "orup": ("Rehabiliteringsmedicin, Skånes universitetssjukhus Orup", "SE2321000255-5582"),
    "amm_syd": ("Arbets- och miljömedicin Syd, Lund", "SE2321000255-6120"),
    "cskr_smarta": ("Smärtrehab, Centralsjukhuset Kristianstad", "SE2321000255-3349"),
    "hbg_rehab": ("Rehabiliteringsmedicinska mottagningen, Helsingborgs lasarett", "SE2321000255-2871"),
    "hbg_ortoped": ("Ortopedmottagningen, Helsingborgs lasarett", "SE2321000255-2815"),
    "hbg_postcovid": ("Postcovidmottagningen, Helsingborgs lasarett", "SE2321000255-2890"),
    "ystad_postcovid": ("Medicinmottagningen postcovid, Lasarettet Ystad", "SE2321000255-7034"),
    "ystad_at": ("Arbetsterapin, Lasarettet Ystad", "SE2321000255-7051"),
    "malmo_neurorehab": ("Neurologisk rehabilitering, Skånes universitetssjukhus Malmö", "SE2321000255-4502"),
    "malmo_postcovid": ("Postcovidmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4519"),
    "malmo_hand": ("Handkirurgiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4533"),
    "barnsmarta_lund": ("Barnsmärtmottagningen, Barn- och ungdomssjukhuset Lund", "SE2321000255-4390"),
    "hlm_hand": ("Handkirurgiska mottagningen, Hässleholms sjukhus", "SE2321000255-3612"),
    "landskrona_smarta": ("Smärtmottagningen, Lasarettet i Landskrona", "SE2321000255-2744"),
    "trelleborg_fysio": ("Fysioterapimottagningen, Trelleborgs lasarett", "SE2321000255-6677"),
    "angelholm_rygg": ("Ryggmottagningen, Ängelholms sjukhus", "SE2321000255-2958"),
    # Skåne, PMO (primärvård)
    "vc_eslov": ("Vårdcentralen Kärråkra, Eslöv", "SE2321000255-8812"),
    "vc_sofielund": ("Vårdcentralen Sofielund, Malmö", "SE2321000255-8840"),
    "vc_hoor": ("Vårdcentralen Hörby-Höör, Höör", "SE2321000255-8873"),
    "pvrehab_hlm": ("Primärvårdsrehab Hässleholm", "SE2321000255-8905"),
    "hsj_ystad": ("Hemsjukvården Ystad kommun/Region Skåne", "SE2321000255-8931"),
    "vc_simrishamn": ("Vårdcentralen Simrishamn", "SE2321000255-8957"),
    # VGR, Melior
    "su_smarta": ("Smärtcentrum, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000006211"),
    "su_rehab": ("Rehabiliteringsmedicin, Sahlgrenska Universitetssjukhuset Högsbo", "SE2321000131-E000000006240"),
    "su_hjarnskada": ("Hjärnskaderehab, Sahlgrenska Universitetssjukhuset Högsbo", "SE2321000131-E000000006252"),
    "ism": ("Institutet för stressmedicin, Göteborg", "SE2321000131-E000000007018"),
    "amm_gbg": ("Arbets- och miljömedicin, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000006307"),
    "su_postcovid": ("Postcovidmottagningen, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E000000006385"),
    "su_neuro": ("Neurologimottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000006122"),
    "su_reuma": ("Reumatologmottagningen, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-E000000006164"),
    "su_ryggfysio": ("Fysioterapi ryggrehab, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-E000000006177"),
    "su_hand": ("Handkirurgi, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000006190"),
    "nu_smarta": ("Smärtmottagningen, NU-sjukvården Uddevalla", "SE2321000131-E000000008403"),
    "nu_rehab": ("Rehabiliteringsmedicin, NU-sjukvården Trollhättan", "SE2321000131-E000000008441"),
    "skas_rygg": ("Ryggmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000009116"),
    "skas_postcovid": ("Postcovidmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000009130"),
    "skas_smarta": ("Smärtmottagningen, Skaraborgs Sjukhus Lidköping", "SE2321000131-E000000009158"),
    "skas_rehab": ("Rehabiliteringsmedicin, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000009171"),
    "sas_smarta": ("Smärtrehab, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000009544"),
    "alingsas_rehab": ("Rehabmottagningen, Alingsås lasarett", "SE2321000131-E000000009602"),
    "kungalv_fysio": ("Arbetsterapi och fysioterapi, Kungälvs sjukhus", "SE2321000131-E000000009715"),
    "kungalv_rygg": ("Ortopedmottagningen ryggsektion, Kungälvs sjukhus", "SE2321000131-E000000009728"),
    "frolunda_fysio": ("Fysioterapin, Frölunda specialistsjukhus", "SE2321000131-E000000009801"),
    "dsbus": ("Barnmedicinska mottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000006455"),
    "angered_rehab": ("Rehabmottagningen, Angereds Närsjukhus", "SE2321000131-E000000009870"),
}

PMO_UNITS = {"vc_eslov", "vc_sofielund", "vc_hoor", "pvrehab_hlm", "hsj_ystad", "vc_simrishamn"}
VGR_PREFIX = "SE2321000131"
SKANE_PREFIX = "SE2321000255"


# ---------------------------------------------------------------- helpers
def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return str((10 - total % 10) % 10)


def pnr(birth, serial):
    """birth 'YYYY-MM-DD', serial three digits (third digit: odd man, even woman)."""
    ymd = birth.replace("-", "")
    return ymd + "-" + serial + luhn_digit(ymd[2:] + serial)


def _signed(time, signed):
    if signed is None:
        return None
    if signed == "auto":
        t = dt.datetime.fromisoformat(time) + dt.timedelta(minutes=47)
        return t.strftime("%Y-%m-%dT%H:%M:%S")
    return signed if len(signed) == 19 else signed + ":00"


def N(nid, system, template, unit, author, role, time, sections, signed="auto",
      setting="öppenvård"):
    name, hsa = UNITS[unit]
    t = time if len(time) == 19 else time + ":00"
    return {
        "id": nid, "system": system, "template": template,
        "unit": {"name": name, "hsa_id": hsa, "_key": unit},
        "author": {"name": author, "role": role},
        "time": t, "signed": _signed(t, signed), "setting": setting, "refs": [],
        "sections": [{"keyword": k, "text": v} for k, v in sections],
    }


CASES = []


def C(name, ruleset, birth, serial, notes, must, must_not, why, as_of=None):
    CASES.append({"name": name, "ruleset": ruleset, "birth": birth, "serial": serial,
                  "notes": notes, "must": must, "must_not": must_not, "why": why,
                  "as_of": as_of})


M, P = "Melior", "PMO"

# ================================================================ NL102 must
C("d73-smartrehab-trolig-fibromyalgi-fore-lab", "skane", "1972-03-08", "482",
  [N("n1", M, "Läkaranteckning", "sus_smarta", "Karin Lindgren", "läkare", "2024-02-13T10:20", [
      ("Anamnes", "52-årig kvinna, undersköterska i hemtjänsten. Successivt tilltagande generaliserad värk sedan 2021, dålig nattsömn, morgonstelhet ca 30 min. Sjukskriven 50 % sedan oktober."),
      ("Status", "Gott AT. Ömma punkter bilat över trapezius, laterala epikondyler, trochanter och mediala knäfettkuddar. Leder utan synovit. Neurologiskt ua."),
      ("Bedömning", "Trolig fibromyalgi, men vill se färska lab (CRP, SR, TSH, CK, B12) innan diagnosen sätts."),
      ("Planering", "Lab idag. Återbesök om tre veckor. Info om FaR."),
  ])],
  [["NL102", "n1"]], [["NL101", "n1"]],
  "'Trolig fibromyalgi' in Bedömning of a visible Melior note; nothing said about informing the patient.")

C("d73-fysio-misstankt-crps-efter-radiusfraktur", "vgr", "1961-11-27", "224",
  [N("n1", M, "Fysioterapeutanteckning", "kungalv_fysio", "Jonas Ek", "fysioterapeut", "2024-04-09T13:05", [
      ("Aktuellt", "Gipsad 6 v för distal radiusfraktur vä, gipset av för tio dagar sedan. Tilltagande värk trots att frakturen läker enl. rtg."),
      ("Status", "Vä hand blank hud, rodnad och svullen över MCP-lederna, allodyni vid lätt beröring dorsalt. Kallare än hö hand. Kraftigt nedsatt ROM i handled och fingrar."),
      ("Bedömning", "Misstänkt CRPS typ 1 vä övre extremitet. Har kontaktat ortopedjouren för läkarbedömning samma vecka."),
      ("Åtgärd", "Ödembehandling, spegelträning introducerad, skriftligt hemprogram."),
  ])],
  [["NL102", "n1"]], [],
  "Physiotherapist writes 'Misstänkt CRPS typ 1' in a visible VGR Melior section.")

C("d73-ism-bild-som-vid-utmattningssyndrom", "vgr", "1980-01-19", "146",
  [N("n1", M, "Nybesök", "ism", "Anders Nyström", "läkare", "2024-01-24T09:40", [
      ("Anamnes", "Gymnasielärare, 44 år. Lång period med hög arbetsbelastning och omorganisation. Sedan i vintras minnes- och koncentrationssvårigheter, ljudkänslighet, vaknar kl 03 varje natt."),
      ("Bedömning", "Bild som vid utmattningssyndrom, dock behöver somatiska orsaker till tröttheten uteslutas först. KEDS 31 p."),
      ("Planering", "Blodprover enl. trötthetspaket. Sjukskrivning 100 % i 4 v. Återbesök med psykolog."),
  ])],
  [["NL102", "n1"]], [],
  "'Bild som vid utmattningssyndrom' is a hedged diagnosis in a visible Bedömning.")

C("d73-wad-rotpaverkan-c6-kan-ej-uteslutas", "skane", "1988-06-02", "351",
  [N("n1", M, "Läkaranteckning", "hbg_ortoped", "Mikael Sandström", "läkare", "2024-03-04T14:15", [
      ("Anamnes", "Påkörd bakifrån vid rödljus 3/2. Nacksmärta sedan dess, senaste veckan utstrålning till hö tumme och pekfinger."),
      ("Status", "Nedsatt rörlighet i nacken i alla plan. Spurlings test pos hö. Bicepsreflex hö svagare än vä. Nedsatt sensibilitet dermatom C6 hö."),
      ("Bedömning", "Whiplashrelaterad nackskada (WAD). Cervikal rotpåverkan C6 hö kan ej uteslutas."),
      ("Planering", "MR halsrygg. Fortsatt fysioterapi under tiden."),
  ])],
  [["NL102", "n1"]], [],
  "WAD itself is stated, but radiculopathy is hedged with 'kan ej uteslutas' in visible Bedömning.")

C("d73-postcovid-me-cfs-fragetecken", "vgr", "1979-09-14", "062",
  [N("n1", M, "Läkaranteckning", "su_postcovid", "Sara Holmberg", "läkare", "2024-05-16T11:00", [
      ("Bedömning", "Post-covid-tillstånd sedan infektion hösten 2022. Uttalad ansträngningsutlöst försämring (PEM) 24–48 h efter aktivitet. ME/CFS?"),
      ("Planering", "Aktivitetsdagbok, pacingråd via arbetsterapeut. Remiss till kardiologen för ståtest."),
  ])],
  [["NL102", "n1"]], [],
  "A question mark after a diagnosis ('ME/CFS?') is a hedge in a visible section.")

C("d73-neurorehab-hoover-talar-for-fnd", "skane", "1995-12-11", "528",
  [N("n1", M, "Läkaranteckning", "malmo_neurorehab", "Elin Bergqvist", "läkare", "2024-06-18T10:30", [
      ("Status", "Vä ben: svag vid direkt testning, men positivt Hoovers tecken och normal höftextension vid kontralateral höftflexion. Reflexer sidlika, Babinski neg bilat."),
      ("Bedömning", "Kliniska fynd talar för funktionell motorisk störning (FND). MR hjärna och rygg utan förklarande fynd."),
      ("Planering", "Remiss till fysioterapeut med FND-inriktning."),
  ])],
  [["NL102", "n1"]], [],
  "'talar för funktionell motorisk störning' is a hedged diagnosis in a visible Melior note.")

C("d73-postcovid-trotthet-dd-hypotyreos-b12", "skane", "1966-04-25", "740",
  [N("n1", M, "Mottagningsanteckning", "ystad_postcovid", "Per Åkesson", "läkare", "2024-09-10T15:50", [
      ("Utredning", "Kvarstående trötthet 8 mån efter covid-19. DD hypotyreos, B12-brist, järnbrist och depression. Lab tagna idag."),
  ])],
  [["NL102", "n1"]], [],
  "'DD' followed by a list of diagnoses is a differential in a visible section; one-line note.")

C("d73-rygg-sannolik-axial-spondylartrit", "vgr", "1995-02-07", "193",
  [N("n1", M, "Läkaranteckning", "skas_rygg", "Johan Wiklund", "läkare", "2024-02-27T08:45", [
      ("Anamnes", "29-årig man med ländryggsvärk sedan 3 år, värst nattetid och på morgonen, lättar vid rörelse. Morgonstelhet över en timme. Irit hö öga 2022."),
      ("Status", "Nedsatt lumbal flexion, Schobers test 3 cm. Ömhet över SI-lederna bilat."),
      ("Bedömning", "Inflammatorisk ryggvärk. Sannolik axial spondylartit."),
      ("Planering", "HLA-B27, CRP, MR SI-leder. Remiss reumatologen."),
  ])],
  [["NL102", "n1"]], [],
  "Typo 'spondylartit': 'Sannolik axial spondylartrit' in a visible Bedömning of a VGR spine clinic note.")

C("d73-amm-neurografi-forenligt-med-karpaltunnel", "vgr", "1970-08-30", "415",
  [N("n1", M, "Läkaranteckning", "amm_gbg", "Lena Strand", "läkare", "2024-04-22T13:30", [
      ("Aktuellt", "Bilmekaniker, använder slagskruvdragare och slipmaskin dagligen sedan 20 år. Domningar i fingrarna nattetid."),
      ("Utredning", "Neurografi 12/4: förlängd distal latens n. medianus bilat, förenligt med karpaltunnelsyndrom. Kärlstatus ua, inga vita fingrar."),
      ("Bedömning", "Arbetsrelaterad exponering för handöverförda vibrationer. Info om att minska exponeringen, kontakt med företagshälsovården."),
  ])],
  [["NL102", "n1"]], [],
  "'förenligt med karpaltunnelsyndrom' is listed as a hedge; occupational medicine, visible Utredning.")

C("d73-typo-missankt-fibromyalgi-telefon", "skane", "1983-07-21", "266",
  [N("n1", M, "Telefonanteckning", "cskr_smarta", "Maria Holm", "sjuksköterska", "2024-09-03T10:12", [
      ("Telefonkontakt", "Pat ringer, ökad värk i hela kroppen sedan duloxetin sattes ut pga illamående. Enl dr Berg missänkt fibromyalgi, läkarbesök bokat 18/9."),
  ])],
  [["NL102", "n1"]], [],
  "Typo 'missänkt' (misstänkt) before fibromyalgi in a visible nurse phone note.")

C("d73-psykolog-ev-egentlig-depression", "vgr", "1975-10-03", "380",
  [N("n1", M, "Psykologanteckning", "sas_smarta", "Hanna Sjöberg", "psykolog", "2024-03-12T14:00", [
      ("Samtal", "Första samtal inom smärtrehabutredning. Pat beskriver nedstämdhet, anhedoni och skuldkänslor sedan smärtdebuten, sover 4–5 h per natt."),
      ("Testresultat", "MADRS-S 28, HADS-D 14, HADS-A 9."),
      ("Bedömning", "Ev. egentlig depression av medelsvår grad, behöver värderas vidare av läkare innan MMR."),
  ])],
  [["NL102", "n1"]], [],
  "Psychologist writes 'Ev. egentlig depression' in a visible section.")

C("d73-postcovid-aktiv-statest-inger-misstanke-pots", "skane", "1990-05-17", "562",
  [N("n1", M, "Läkaranteckning", "hbg_postcovid", "Ahmad Karimi", "läkare", "2024-10-01T09:15", [
      ("Status", "Aktiv ståtest (NASA lean test): puls liggande 72, efter 10 min stående 124, blodtryck stabilt. Yrsel och akrocyanos i benen."),
      ("Bedömning", "Pulsstegringen inger misstanke om POTS. Remiss till klinisk fysiologi för tilt-test."),
  ])],
  [["NL102", "n1"]], [],
  "'inger misstanke om POTS' in a visible Bedömning.")

C("d73-fysio-kan-rora-sig-om-heds", "vgr", "1999-03-29", "048",
  [N("n1", M, "Fysioterapeutanteckning", "frolunda_fysio", "Emma Lundqvist", "fysioterapeut", "2024-08-20T10:40", [
      ("Status", "Beighton 7/9. Hyperextension i armbågar och knän, handflatorna i golvet med raka ben. Återkommande subluxationer i hö axel enl. pat."),
      ("Bedömning", "Kan röra sig om hypermobilt Ehlers-Danlos syndrom eller hypermobilitetsspektrumstörning, läkarbedömning behövs."),
  ])],
  [["NL102", "n1"]], [],
  "'Kan röra sig om hypermobilt Ehlers-Danlos syndrom' is a hedged diagnosis in a visible physiotherapy note.")

C("d73-smarta-oklart-om-polymyalgia", "skane", "1953-01-14", "302",
  [N("n1", M, "Remissbedömning", "landskrona_smarta", "Ulf Håkansson", "läkare", "2024-02-06T16:05", [
      ("Bedömning", "71-årig kvinna med nytillkommen bilateral skulder- och höftgördelsmärta, SR 58. Oklart om det rör sig om polymyalgia reumatica; smärtrehab är inte aktuellt förrän detta utretts."),
      ("Åtgärd", "Remissen returneras till vårdcentralen med råd om reumatologbedömning."),
  ], signed=None)],
  [["NL102", "n1"]], [],
  "'Oklart om det rör sig om polymyalgia reumatica' hedges a diagnosis in a visible referral assessment. Unsigned draft.")

C("d73-postcovid-fragestallning-somnapne", "vgr", "1968-12-09", "113",
  [N("n1", M, "Läkaranteckning", "skas_postcovid", "Björn Carlsson", "läkare", "2024-11-05T14:20", [
      ("Utredning", "Frågeställning obstruktiv sömnapné? Snarkar enligt sambon, ESS 15, BMI 33. Remiss för nattlig andningsregistrering."),
  ], signed=None)],
  [["NL102", "n1"]], [],
  "'Frågeställning obstruktiv sömnapné?' is a diagnostic question about the patient in a visible section. Unsigned draft.")

C("d73-arbetsterapeut-misstanker-adhd", "skane", "1992-08-13", "648",
  [N("n1", M, "Arbetsterapeutanteckning", "hbg_rehab", "Sofia Nilsson", "arbetsterapeut", "2024-05-28T13:10", [
      ("Aktivitetsförmåga", "Vid AWP-bedömning har pat svårt att behålla fokus, påbörjar flera uppgifter samtidigt och tappar tråden. Beskriver liknande svårigheter sedan skolåren."),
      ("Bedömning", "Misstänker ADHD som bidragande orsak till problemen med aktivitetsbalans. Tar upp med teamläkare."),
  ])],
  [["NL102", "n1"]], [],
  "Verb form 'Misstänker ADHD' by an occupational therapist in a visible section.")

C("d73-vgr-tidhyp-och-bedomning-bada-bipolar", "vgr", "1985-04-04", "335",
  [N("n1", M, "Läkaranteckning", "su_smarta", "Fredrik Ahlberg", "läkare", "2024-03-19T11:25", [
      ("Aktuellt", "Återbesök, långvarig ländryggssmärta. Beskriver perioder med minskat sömnbehov och mycket energi, följt av veckor då han inte tar sig ur sängen."),
      ("Tidiga hypoteser", "Misstänkt bipolär sjukdom typ II utifrån beskrivna svängningar, bör bedömas av psykiatrin."),
      ("Bedömning", "Trol. bipolär typ II, vilket påverkar läkemedelsvalet; undviker SNRI tills vidare."),
  ])],
  [["NL102", "n1"]], [],
  "The hypothesis is in the protected VGR sökord, but 'Trol. bipolär typ II' is repeated in visible Bedömning.")

C("d73-skane-sokord-tidhyp-i-vanlig-mall", "skane", "1977-09-22", "761",
  [N("n1", M, "Läkaranteckning", "sus_malmo_smarta", "Lars Persson", "läkare", "2024-04-15T10:00", [
      ("Anamnes", "Kvarstående smärta i operationsärret efter ljumskbråcksoperation 2022, brännande, ökar när kläderna skaver."),
      ("Tidiga hypoteser", "Möjlig n. ilioinguinalis-neuropati, diagnostisk blockad planeras."),
      ("Planering", "Ultraljudsledd blockad om 2 v."),
  ])],
  [["NL102", "n1"]], [],
  "Skåne protects by template, not by sökord: a 'Tidiga hypoteser' sökord inside an ordinary Läkaranteckning is visible.")

C("d73-typo-kurator-trol-utmattnigssyndrom", "skane", "1981-02-18", "584",
  [N("n1", M, "Kuratorsanteckning", "orup", "Ingrid Mattsson", "kurator", "2024-01-30T15:30", [
      ("Samtal", "Pat berättar om två år med hög arbetsbelastning som enhetschef, nu gråtattacker och minnesluckor. Klarar knappt hushållet."),
      ("Bedömning", "Trol. utmattnigssyndrom. Behov av stöd i kontakten med arbetsgivare och FK."),
  ])],
  [["NL102", "n1"]], [],
  "Typo 'utmattnigssyndrom' after 'Trol.' in a visible social worker note.")

C("d73-postcovid-diffrentialdiagnostiskt-ms", "skane", "1987-10-30", "427",
  [N("n1", M, "Läkaranteckning", "malmo_postcovid", "Johanna Lund", "läkare", "2024-02-21T09:20", [
      ("Bedömning", "Parestesier i benen och balanssvårigheter sedan covid hösten 2023. Diffrentialdiagnostiskt övervägs MS, varför MR hjärna och halsrygg beställs."),
  ])],
  [["NL102", "n1"]], [],
  "Typo 'Diffrentialdiagnostiskt' - MS considered as a differential in a visible section.")

C("d73-barnsmarta-trolig-crps-11-ar", "skane", "2013-02-14", "064",
  [N("n1", M, "Läkaranteckning", "barnsmarta_lund", "Cecilia Rydén", "läkare", "2024-05-07T13:45", [
      ("Anamnes", "11-årig flicka som stukade hö fotled på fotbollsträning i mars. Sedan dess tilltagande smärta, vill inte belasta, har svårt att ta på strumpan."),
      ("Status", "Hö fot kall, blåmarmorerad och svullen. Uttalad allodyni, drar undan foten vid lätt beröring. Ingen ömhet över malleolerna."),
      ("Bedömning", "Trolig CRPS hö fot. Röntgen från vårdcentralen visar ingen fraktur."),
      ("Planering", "Fysioterapi med gradvis belastning, information till föräldrar och skola. Återbesök 3 v."),
  ])],
  [["NL102", "n1"]], [],
  "Child under 13 (guardians read the journal): 'Trolig CRPS' in a visible Melior note.")

C("d73-barn-mojligt-postcovid-10-ar", "vgr", "2014-09-03", "071",
  [N("n1", M, "Läkaranteckning", "dsbus", "Nils Göransson", "läkare", "2024-10-15T14:10", [
      ("Aktuellt", "10-årig pojke, covid i december. Sedan dess orkar han bara halva skoldagar, huvudvärk och yrsel. Tidigare mycket aktiv fotbollsspelare."),
      ("Bedömning", "Möjligt post-covid-tillstånd. Status och lab ua, ortostatiskt prov utan patologisk pulsstegring."),
  ])],
  [["NL102", "n1"]], [],
  "Child under 13: 'Möjligt post-covid-tillstånd' in a visible VGR paediatric note.")

C("d73-psykolog-utkast-trolig-ptsd-trafikolycka", "vgr", "1976-07-05", "239",
  [N("n1", M, "Psykologanteckning", "nu_rehab", "Tove Engström", "psykolog", "2024-07-02T10:05", [
      ("Samtal", "Pat, som körde bilen vid trafikolyckan i maj, har mardrömmar flera nätter i veckan, undviker att köra och reagerar starkt på bromsljud."),
      ("Bedömning", "Trolig PTSD som försvårar smärtrehabiliteringen. PCL-5 ifylld, 52 p."),
  ], signed=None)],
  [["NL102", "n1"]], [],
  "Unsigned draft (pre-signing): 'Trolig PTSD' in a visible psychologist note.")

C("d73-epikris-mmr-misstankt-gad", "skane", "1974-11-06", "806",
  [N("n1", M, "Epikris", "cskr_smarta", "Göran Bengtsson", "läkare", "2024-06-27T15:15", [
      ("Epikris", "Pat har genomgått multimodal smärtrehabilitering 8 v i grupp. Aktivitetsnivån har ökat från 2 000 till 6 500 steg/dag. Smärtintensitet oförändrad, NRS 6."),
      ("Diagnos", "Långvarig smärta i rörelseorganen. Misstänkt generaliserat ångestsyndrom, föreslås utredas i primärvården."),
  ])],
  [["NL102", "n1"]], [],
  "A suspected anxiety disorder in the Diagnos sökord of a visible discharge summary.")

C("d73-intyg-diagnos-trolig-fibromyalgi", "vgr", "1969-05-12", "282",
  [N("n1", M, "Intyg", "alingsas_rehab", "Magnus Olofsson", "läkare", "2024-03-26T16:40", [
      ("Diagnos", "M79.7 Trolig fibromyalgi"),
      ("Arbetsförmåga", "Nedsatt förmåga till repetitiva lyft och långvarigt stående. Klarar stillasittande administrativt arbete på halvtid."),
  ])],
  [["NL102", "n1"]], [],
  "A hedged diagnosis with its ICD code in the Diagnos sökord of a work-capacity certificate note.")

C("d73-ssk-telefon-misst-lakemedelsoverforbrukning", "skane", "1985-08-19", "022",
  [N("n1", M, "Telefonanteckning", "sus_malmo_smarta", "Linda Olsson", "sjuksköterska", "2024-11-12T08:50", [
      ("Telefonkontakt", "Pat tar Citodon och ipren i stort sett dagligen sedan ett halvår pga huvudvärk. Misst. läkemedelsöverförbrukningshuvudvärk, tar upp med läkare."),
  ])],
  [["NL102", "n1"]], [],
  "Abbreviated 'Misst.' before a diagnosis in a nurse phone note.")

C("d73-typo-sannolkit-diskbrack-fysio", "vgr", "1983-01-26", "155",
  [N("n1", M, "Fysioterapeutanteckning", "su_ryggfysio", "Oskar Hedlund", "fysioterapeut", "2024-06-04T09:30", [
      ("Status", "SLR pos vä vid 40 grader. Nedsatt känsel lateralt på vä fot, svag tåhävning vä."),
      ("Bedömning", "Sannolkit diskbråck L5-S1 vä med rotpåverkan S1. Remitteras till läkare för ställningstagande till MR."),
  ])],
  [["NL102", "n1"]], [],
  "Typo 'Sannolkit' (sannolikt) before diskbråck in a visible physiotherapy note.")

C("d73-kan-inte-utesluta-inflammatorisk-artrit", "skane", "1964-09-09", "667",
  [N("n1", M, "Läkaranteckning", "orup", "Helena Wallin", "läkare", "2024-08-27T11:35", [
      ("Status", "Lätt svullnad över MCP II–III bilat, ömhet vid kompression av MCP-raden."),
      ("Bedömning", "Kan inte utesluta begynnande inflammatorisk artrit, varför reumatologkonsult begärs innan rehabplanen fastställs."),
  ])],
  [["NL102", "n1"]], [],
  "'Kan inte utesluta begynnande inflammatorisk artrit' is a hedge (not a negation) in a visible section.")

C("d73-amm-misstankt-kontakteksem-frisor", "skane", "2000-03-03", "248",
  [N("n1", M, "Läkaranteckning", "amm_syd", "Anna Jönsson", "läkare", "2024-03-14T13:20", [
      ("Anamnes", "Frisör, 24 år. Sprickor och klåda i händerna sedan ett år, bättre under semestern."),
      ("Bedömning", "Misstänkt yrkesbetingat allergiskt kontakteksem, ev. mot hårfärgämnen (PPD)."),
      ("Planering", "Lapptest med frisörserie. Arbetsskadeanmälan diskuterad."),
  ])],
  [["NL102", "n1"]], [],
  "Occupational medicine: 'Misstänkt yrkesbetingat allergiskt kontakteksem' in visible Bedömning.")

C("d73-amm-trolig-vibrationsskada-havs", "vgr", "1963-06-16", "377",
  [N("n1", M, "Läkaranteckning", "amm_gbg", "Per Sundberg", "läkare", "2024-09-17T10:50", [
      ("Bedömning", "Trolig vibrationsorsakad neurovaskulär skada (HAVS) med vita fingrar vid kyla, stadium 2 enl. Stockholmsskalan. Skogsarbetare med motorsåg sedan 30 år."),
  ])],
  [["NL102", "n1"]], [],
  "'Trolig vibrationsorsakad neurovaskulär skada' in a visible occupational medicine note.")

C("d73-fysio-talar-for-subakromiellt-smartsyndrom", "skane", "1978-12-01", "899",
  [N("n1", M, "Fysioterapeutanteckning", "trelleborg_fysio", "Patrik Mårtensson", "fysioterapeut", "2024-04-24T08:15", [
      ("Status", "Smärtsam båge 70–120 grader, pos Hawkins och Neer hö. Full passiv rörlighet, kraft ua."),
      ("Bedömning", "Fynden talar för subakromiellt smärtsyndrom hö axel, arbetsrelaterad belastning (lagerarbete ovan axelhöjd)."),
  ])],
  [["NL102", "n1"]], [],
  "'talar för subakromiellt smärtsyndrom' in a visible physiotherapy note.")

C("d73-psykolog-autism-kan-misstankas", "vgr", "1997-11-20", "260",
  [N("n1", M, "Psykologanteckning", "su_rehab", "Klara Forsberg", "psykolog", "2024-05-21T14:30", [
      ("Bedömning", "Under kartläggningen framkommer stelhet i rutiner, uttalad sensorisk känslighet och svårigheter i sociala sammanhang sedan barndomen. Autismspektrumtillstånd kan misstänkas och bör utredas separat."),
  ])],
  [["NL102", "n1"]], [],
  "'Autismspektrumtillstånd kan misstänkas' is a hedged diagnosis in a visible section.")

C("d73-ism-planering-utreda-misstankt-jarnbrist", "vgr", "1986-02-25", "426",
  [N("n1", M, "Sjuksköterskeanteckning", "ism", "Malin Axelsson", "sjuksköterska", "2024-02-29T13:00", [
      ("Aktuellt", "Uppföljning i stressrehabprogrammet. Fortsatt uttalad trötthet, hjärtklappning vid trappgång och kraftiga menstruationer."),
      ("Planering", "Utreds vidare för misstänkt järnbristanemi, Hb och ferritin tas idag."),
  ])],
  [["NL102", "n1"]], [],
  "A hedged diagnosis inside a plan sentence ('utreds för misstänkt järnbristanemi') is still a hedged diagnosis.")

C("d73-typo-whiplash-trolig-cervikogen-huvdvark", "vgr", "1991-07-08", "348",
  [N("n1", M, "Läkaranteckning", "nu_smarta", "Sven Dahl", "läkare", "2024-10-22T15:25", [
      ("Anamnes", "Whiplashskada vid påkörning 2023. Daglig huvudvärk från nacken upp mot hö öga, sämre efter datorarbete."),
      ("Bedömning", "Trolig cervikogen huvdvärk efter WAD. Prövar diagnostisk blockad av occipitalnerv."),
  ])],
  [["NL102", "n1"]], [],
  "Typo 'huvdvärk': 'Trolig cervikogen huvudvärk' in a visible Bedömning.")

C("d73-smartrehab-mojlig-somatisk-symtomstorning", "skane", "1989-05-05", "386",
  [N("n1", M, "Konsultationsanteckning", "sus_smarta", "Rebecka Falk", "läkare", "2024-09-24T10:10", [
      ("Konsultation", "Psykiatrisk konsult inom smärtrehab. Omfattande oro för kroppsliga symtom, många vårdkontakter, stort fokus på smärtan i vardagen."),
      ("Bedömning", "Möjlig somatisk symtomstörning med smärtdominans. Rekommenderar KBT-inriktad behandling inom teamet."),
  ])],
  [["NL102", "n1"]], [],
  "'Möjlig somatisk symtomstörning' in a visible psychiatric consultation note.")

C("d73-ssk-rapport-fragetecken-framfor-crps", "vgr", "1958-03-17", "504",
  [N("n1", M, "Sjuksköterskeanteckning", "su_hand", "Ida Persson", "sjuksköterska", "2024-01-16T11:40", [
      ("Aktuellt", "Kontroll 3 v postop Dupuytren vä. Svullnad och färgskiftning vä hand, värk nattetid – ?CRPS. Handkirurg informerad och tittar på pat idag."),
  ])],
  [["NL102", "n1"]], [],
  "A leading question mark ('?CRPS') marks a suspected diagnosis in a nurse note.")

C("d73-diagnos-sokord-utmattning-med-fragetecken", "skane", "1973-10-12", "229",
  [N("n1", M, "Läkaranteckning", "orup", "Henrik Lindström", "läkare", "2024-12-03T14:45", [
      ("Diagnos", "Utmattningssyndrom (F43.8A)? – slutlig bedömning efter psykologutredningen."),
      ("Sjukskrivning", "Sjukskriven 75 % till 31/12, därefter omprövning."),
  ])],
  [["NL102", "n1"]], [],
  "A code with a question mark in the Diagnos sökord is still a hedged diagnosis.")

C("d73-smarta-endometrios-kan-ej-uteslutas", "vgr", "1994-06-23", "168",
  [N("n1", M, "Läkaranteckning", "sas_smarta", "Jenny Berg", "läkare", "2024-07-09T09:55", [
      ("Anamnes", "Långvarig bäckensmärta sedan menarche, kraftig dysmenorré och djup dyspareuni. Tidigare ultraljud utan fynd."),
      ("Bedömning", "Endometrios kan ej uteslutas trots normalt ultraljud. Remiss till gynekolog för ställningstagande till laparoskopi."),
  ])],
  [["NL102", "n1"]], [],
  "'Endometrios kan ej uteslutas' is a hedge in a pain-clinic Bedömning.")

# ================================================================ NL102 must_not
C("d73-reuma-ingen-misstanke-om-inflammatorisk", "vgr", "1982-04-11", "542",
  [N("n1", M, "Konsultationsanteckning", "su_reuma", "Eva Lindahl", "läkare", "2024-02-14T13:35", [
      ("Bedömning", "Generaliserad smärta utan ledsvullnad, normala inflammationsparametrar, ANA neg. Ingen misstanke om inflammatorisk reumatisk sjukdom. Åter till smärtcentrum för fortsatt handläggning."),
  ])],
  [], [["NL102", "n1"]],
  "'Ingen misstanke om inflammatorisk reumatisk sjukdom' is a negation, not a hedge.")

C("d73-hand-budapest-ej-uppfyllda-crps-avskrivs", "skane", "1967-08-04", "424",
  [N("n1", M, "Läkaranteckning", "hlm_hand", "Tomas Ekdahl", "läkare", "2024-05-14T10:25", [
      ("Status", "Ingen temperatur- eller färgskillnad, ingen svettningsasymmetri, ingen allodyni. Stelhet i handleden, extension 35 grader."),
      ("Bedömning", "Budapestkriterierna ej uppfyllda, CRPS avskrivs. Kvarstående stelhet efter skafoidfraktur, fortsatt arbetsterapi."),
  ], signed=None)],
  [], [["NL102", "n1"]],
  "CRPS is written off ('avskrivs') after criteria were not met; the fracture is a settled diagnosis. Unsigned draft.")

C("d73-rygg-radikulopati-kan-uteslutas-kliniskt", "vgr", "1984-12-28", "433",
  [N("n1", M, "Läkaranteckning", "kungalv_rygg", "Erik Fransson", "läkare", "2024-03-05T15:00", [
      ("Bedömning", "Lokal ländryggssmärta med utstrålning till hö säte, neurologstatus helt ua. Radikulopati kan uteslutas kliniskt, ingen indikation för MR."),
  ])],
  [], [["NL102", "n1"]],
  "Hard negative: 'kan uteslutas' (without ej) rules the diagnosis out.")

C("d73-smarta-talar-emot-fibromyalgi", "skane", "1990-10-10", "783",
  [N("n1", M, "Läkaranteckning", "sus_smarta", "Daniel Roos", "läkare", "2024-06-11T13:05", [
      ("Bedömning", "Smärtan är begränsad till hö skuldra och nacke sedan olyckan, inga spridda ömma punkter. Detta talar emot fibromyalgi."),
      ("Diagnos", "Regional myalgi nacke/skuldra efter WAD."),
  ])],
  [], [["NL102", "n1"]],
  "'talar emot fibromyalgi' argues against the diagnosis; the stated diagnosis is unhedged.")

C("d73-ism-psykolog-inga-tecken-pa-depression", "vgr", "1978-05-30", "260",
  [N("n1", M, "Psykologanteckning", "ism", "Sanna Grönberg", "psykolog", "2024-04-03T10:30", [
      ("Bedömning", "Inga tecken på depression eller ångestsyndrom vid strukturerad intervju (MINI). Stressrelaterade kognitiva besvär står i förgrunden."),
  ])],
  [], [["NL102", "n1"]],
  "'Inga tecken på depression' is a negated finding.")

C("d73-typo-ingen-missanke-om-crps-at", "skane", "1971-01-31", "388",
  [N("n1", M, "Arbetsterapeutanteckning", "ystad_at", "Lisa Ohlsson", "arbetsterapeut", "2024-10-08T14:20", [
      ("Bedömning", "Handen är varm och normalfärgad, ingen allodyni. Ingen missanke om CRPS, stelheten bedöms bero på immobiliseringen."),
      ("Åtgärd", "Nattortos justerad, rörlighetsträning 3 ggr dagligen."),
  ])],
  [], [["NL102", "n1"]],
  "Typo 'Ingen missanke om CRPS' is still a negation.")

C("d73-neuro-ms-utesluten-efter-mr-och-lp", "vgr", "1993-09-18", "026",
  [N("n1", M, "Läkaranteckning", "su_neuro", "Karl Magnusson", "läkare", "2024-05-03T11:15", [
      ("Bedömning", "MS är utesluten efter normal MR hjärna och ryggmärg samt LP utan oligoklonala band. Parestesierna kvarstår sedan covid, remiss till postcovidmottagningen."),
  ])],
  [], [["NL102", "n1"]],
  "MS is stated as excluded ('utesluten'), not hedged.")

C("d73-amm-inte-forenliga-med-karpaltunnel", "skane", "1986-03-21", "549",
  [N("n1", M, "Läkaranteckning", "amm_syd", "Peter Nyberg", "läkare", "2024-11-19T09:40", [
      ("Utredning", "Neurografin visar normala ledningshastigheter och latenser, fynden är inte förenliga med karpaltunnelsyndrom."),
      ("Bedömning", "Domningarna bedöms vara positionsberoende vid datorarbete. Ergonomisk genomgång med företagshälsovårdens fysioterapeut."),
  ])],
  [], [["NL102", "n1"]],
  "Hard negative: 'inte förenliga med' negates the usual hedge 'förenligt med'.")

C("d73-typo-hereditet-mamma-trol-fibromylagi", "vgr", "1998-07-14", "362",
  [N("n1", M, "Läkaranteckning", "nu_smarta", "Sven Dahl", "läkare", "2024-08-13T13:50", [
      ("Anamnes", "Hereditet: mamman har trol. fibromylagi men är aldrig utredd, morfar hade RA. Pat själv tidigare frisk."),
      ("Diagnos", "M79.1 Myalgi nacke, kassaarbete."),
  ])],
  [], [["NL102", "n1"]],
  "The hedged (and misspelt 'fibromylagi') diagnosis belongs to the mother, not the patient.")

C("d73-fysio-bror-misstankt-eds", "skane", "2002-02-02", "248",
  [N("n1", M, "Fysioterapeutanteckning", "orup", "Jessica Månsson", "fysioterapeut", "2024-01-23T15:40", [
      ("Anamnes", "Brodern utreds för misstänkt Ehlers-Danlos syndrom på genetiska kliniken. Pat själv Beighton 3/9, inga subluxationer."),
      ("Bedömning", "Patellofemoralt smärtsyndrom bilat utan instabilitet. Hemövningar för quadriceps och höftabduktorer."),
  ])],
  [], [["NL102", "n1"]],
  "Suspected EDS is the brother's; the patient's own diagnosis is stated without hedge.")

C("d73-ism-kurator-make-misstankt-utmattning", "vgr", "1984-06-06", "288",
  [N("n1", M, "Kuratorsanteckning", "ism", "Annika Bergman", "kurator", "2024-05-08T10:15", [
      ("Social situation", "Gift, två barn 4 och 7 år. Maken är sjukskriven sedan mars för misstänt utmattningssyndrom, vilket gör att pat bär det mesta av ansvaret hemma."),
      ("Planering", "Stödsamtal varannan vecka."),
  ])],
  [], [["NL102", "n1"]],
  "Typo 'misstänt': the suspected exhaustion disorder is the husband's, in the patient's social history.")

C("d73-smarta-ev-remiss-mmr", "skane", "1991-12-19", "026",
  [N("n1", M, "Läkaranteckning", "landskrona_smarta", "Ulf Håkansson", "läkare", "2024-03-20T09:05", [
      ("Bedömning", "Långvarig bäckensmärta efter förlossning 2021, bäckenledsdysfunktion."),
      ("Planering", "Ev. remiss till multimodal smärtrehab efter att pat prövat TENS och fysioterapi i 8 v. Återbesök i juni."),
  ])],
  [], [["NL102", "n1"]],
  "'Ev. remiss' hedges a plan, not a diagnosis.")

C("d73-rehabkoordinator-trolig-atergang-i-arbete", "vgr", "1976-09-27", "142",
  [N("n1", M, "Rehabkoordinering", "alingsas_rehab", "Therese Lind", "rehabkoordinator", "2024-03-27T11:20", [
      ("Arbetsförmåga", "Trolig återgång i arbete 25 % från v. 14 med anpassade arbetsuppgifter i butiken. Avstämningsmöte med FK och arbetsgivare 3/4."),
  ])],
  [], [["NL102", "n1"]],
  "'Trolig återgång i arbete' hedges a work plan, not a diagnosis.")

C("d73-ortoped-wad-eventuellt-mr", "skane", "1980-05-13", "652",
  [N("n1", M, "Läkaranteckning", "hbg_ortoped", "Mikael Sandström", "läkare", "2024-04-02T11:45", [
      ("Bedömning", "WAD grad II efter trafikolycka i januari, långsam förbättring."),
      ("Planering", "Eventuellt MR halsrygg om ingen förbättring till återbesöket om 6 v."),
  ])],
  [], [["NL102", "n1"]],
  "'Eventuellt MR' hedges an examination; WAD grad II is stated as settled.")

C("d73-ssk-oklart-om-pat-tar-pregabalin", "vgr", "1965-02-10", "520",
  [N("n1", M, "Sjuksköterskeanteckning", "sas_smarta", "Camilla Wester", "sjuksköterska", "2024-06-19T14:05", [
      ("Aktuellt", "Oklart om pat tar pregabalin enligt ordination; uttagen från apoteket är glesa enligt NLL."),
      ("Åtgärd", "Läkemedelsgenomgång bokad med dr Holm 26/6."),
  ])],
  [], [["NL102", "n1"]],
  "'Oklart om' concerns medication adherence, not a diagnosis.")

C("d73-at-arbetstraning-fragetecken", "skane", "1982-11-03", "325",
  [N("n1", M, "Arbetsterapeutanteckning", "orup", "Ylva Persson", "arbetsterapeut", "2024-05-22T13:25", [
      ("Planering", "Arbetsträning via Arbetsförmedlingen från augusti? Diskuteras på teamträffen 29/5."),
  ], signed=None)],
  [], [["NL102", "n1"]],
  "A question mark after a plan (arbetsträning) is no diagnosis; unsigned draft.")

C("d73-fysio-ev-svullnad-symtom-efter-senreparation", "vgr", "1990-01-22", "171",
  [N("n1", M, "Fysioterapeutanteckning", "kungalv_fysio", "Jonas Ek", "fysioterapeut", "2024-09-12T10:35", [
      ("Status", "Ev. lätt svullnad dorsalt över hö handrygg, svårbedömt. Hudfärg och temperatur sidlika."),
      ("Bedömning", "Normalt läkningsförlopp efter extensorsenreparation dig III hö. Fortsatt träning enligt protokoll."),
  ])],
  [], [["NL102", "n1"]],
  "'Ev. lätt svullnad' hedges a finding, not a diagnosis.")

C("d73-amm-fragestallning-arbetsformaga-svetsare", "skane", "1969-07-29", "731",
  [N("n1", M, "Remissbedömning", "amm_syd", "Anna Jönsson", "läkare", "2024-07-16T08:40", [
      ("Frågeställning", "Bedömning av arbetsförmåga i nuvarande yrke som svetsare samt behov av anpassning."),
      ("Bedömning", "Lumbago sedan 2020 enligt remissen. Kallas till arbetsmedicinsk bedömning inom 6 v."),
  ])],
  [], [["NL102", "n1"]],
  "'Frågeställning' here is about work capacity, not a diagnosis.")

C("d73-rygg-villkor-cauda-equina", "skane", "1979-04-08", "810",
  [N("n1", M, "Fysioterapeutanteckning", "angelholm_rygg", "Viktor Lundberg", "fysioterapeut", "2024-02-08T14:55", [
      ("Bedömning", "Ospecifik ländryggssmärta, god prognos. Träningsprogram enligt McKenzie."),
      ("Information", "Informerad om att söka akut vid tecken på cauda equina-syndrom: svårighet att tömma blåsan, känselbortfall i underlivet eller ny svaghet i benen."),
  ], signed=None)],
  [], [["NL102", "n1"]],
  "A conditional safety-net instruction ('söka akut vid tecken på') is no diagnosis of the patient. Unsigned draft.")

C("d73-hand-villkor-om-bilden-utvecklas-mot-crps", "vgr", "1962-10-19", "684",
  [N("n1", M, "Arbetsterapeutanteckning", "su_hand", "Maja Söderlund", "arbetsterapeut", "2024-11-26T09:10", [
      ("Status", "Lätt stelhet i PIP-lederna, ingen svullnad, sensibilitet ua."),
      ("Planering", "Om bilden utvecklas mot CRPS med färgskiftning eller allodyni ska pat återremitteras till handkirurg snarast."),
  ])],
  [], [["NL102", "n1"]],
  "Conditional ('Om bilden utvecklas mot CRPS') is hypothetical, not a hedged diagnosis.")

C("d73-fibromyalgi-acr2016-stalld-och-meddelad", "skane", "1968-08-22", "467",
  [N("n1", M, "Läkaranteckning", "sus_smarta", "Karin Lindgren", "läkare", "2024-03-05T10:50", [
      ("Bedömning", "Uppfyller ACR 2016-kriterierna för fibromyalgi (WPI 12, SSS 9). Lab ua."),
      ("Information", "Diagnosen fibromyalgi ställs idag och diskuteras ingående med pat, som känner igen sig i beskrivningen."),
  ])],
  [], [["NL102", "n1"], ["NL101", "n1"]],
  "Confirmed diagnosis that is told to the patient today: neither hedged nor uncommunicated.")

C("d73-postcovid-u099-faststallt", "skane", "1960-06-28", "383",
  [N("n1", M, "Läkaranteckning", "ystad_postcovid", "Per Åkesson", "läkare", "2024-10-29T11:30", [
      ("Diagnos", "U09.9 Post-covid-tillstånd. Övriga orsaker till tröttheten uteslutna vid utredningen."),
      ("Planering", "Remiss till postcovidteamets arbetsterapeut för energibesparande strategier."),
  ])],
  [], [["NL102", "n1"]],
  "Confirmed post-covid diagnosis; 'uteslutna' refers to other causes.")

C("d73-skane-tidhyp-mall-personlighetsstorning", "skane", "1996-04-17", "208",
  [N("n1", M, "Tidiga hypoteser", "cskr_smarta", "Göran Bengtsson", "läkare", "2024-04-30T15:40", [
      ("Bedömning", "Mönster i kontakten och impulsiva självskadehandlingar inger misstanke om emotionellt instabil personlighetsstörning. Ej diskuterat med pat, avvaktar psykiatrikonsult."),
  ])],
  [], [["NL102", "n1"], ["NL101", "n1"]],
  "Skåne template 'Tidiga hypoteser' protects the whole note: hedged and untold hypothesis is hidden.")

C("d73-vgr-tidhyp-sokord-pudendusneuralgi", "vgr", "1974-02-26", "327",
  [N("n1", M, "Läkaranteckning", "su_smarta", "Fredrik Ahlberg", "läkare", "2024-08-06T10:05", [
      ("Aktuellt", "Återbesök. Oförändrad värk i bäckenbotten, klarar inte att sitta mer än 20 min."),
      ("Tidiga hypoteser", "Möjlig pudendusneuralgi, diagnostisk blockad övervägs efter MR bäcken."),
      ("Planering", "MR bäcken. Återbesök när svar finns."),
  ], signed=None)],
  [], [["NL102", "n1"]],
  "VGR: the only hedged diagnosis sits under the protected sökord 'Tidiga hypoteser'. Unsigned draft.")

C("d73-pmo-vc-misstankt-fibromyalgi", "skane", "1977-06-19", "140",
  [N("n1", P, "Besöksanteckning", "vc_eslov", "Olle Bengtsson", "läkare", "2024-01-18T09:20", [
      ("Bedömning", "Generaliserad värk sedan två år. Misstänkt fibromyalgi, lab inkl. TSH och CK beställt."),
      ("Planering", "Åter om 2 v för svar och ställningstagande till remiss smärtrehab."),
  ])],
  [], [["NL102", "n1"]],
  "PMO never shows diagnoses: a hedged diagnosis in a primary-care note is must_not.")

C("d73-pmo-rehabkoordinator-trol-utmattning", "skane", "1985-11-11", "060",
  [N("n1", P, "Rehabkoordinering", "vc_sofielund", "Amira Hadzic", "rehabkoordinator", "2024-02-22T14:10", [
      ("Samtal", "Rehabkoordinerande samtal. Pat arbetar som socialsekreterare, husläkaren bedömer trol. utmattningssyndrom. Kontakt med chefen planeras med pat samtycke."),
  ])],
  [], [["NL102", "n1"]],
  "PMO rehab coordinator note with 'trol. utmattningssyndrom': PMO never shows diagnoses.")

C("d73-pmo-fysio-cervikal-radikulopati-fragetecken", "skane", "1970-03-15", "794",
  [N("n1", P, "Fysioterapi", "pvrehab_hlm", "Niklas Åberg", "fysioterapeut", "2024-06-25T11:00", [
      ("Bedömning", "Nacksmärta med utstrålning till vä arm, pos Spurling vä. Cervikal radikulopati? Remiss till läkare."),
  ])],
  [], [["NL102", "n1"]],
  "PMO physiotherapy note with a question-mark diagnosis: not shown in Skåne PMO.")

C("d73-pmo-hemsjukvard-sannolikt-postcovid", "skane", "1946-09-09", "626",
  [N("n1", P, "Hemsjukvård", "hsj_ystad", "Birgitta Nordin", "sjuksköterska", "2024-03-07T13:35", [
      ("Aktuellt", "Hembesök. Pat andfådd vid förflyttning säng–stol, saturation 94 % i vila. Sannolikt post-covid enligt distriktsläkaren, ingen ny infektion."),
  ], setting="hemsjukvård")],
  [], [["NL102", "n1"]],
  "PMO home-care note with 'Sannolikt post-covid': PMO never shows diagnoses.")

C("d73-typo-pmo-trolgi-karpaltunnelsyndrom", "skane", "1975-12-24", "482",
  [N("n1", P, "Besöksanteckning", "vc_hoor", "Jakob Fors", "läkare", "2024-09-30T15:55", [
      ("Bedömning", "Nattliga domningar dig I–III hö, pos Phalen. Trolgi karpaltunnelsyndrom, remiss neurografi."),
  ])],
  [], [["NL102", "n1"]],
  "Typo 'Trolgi' in a PMO note: PMO never shows diagnoses.")

C("d73-smarta-tidigare-misstankt-sle-avskrevs", "vgr", "1988-01-05", "244",
  [N("n1", M, "Läkaranteckning", "su_smarta", "Helena Strömberg", "läkare", "2024-04-10T14:30", [
      ("Anamnes", "Utreddes 2021 på reumatologen för misstänkt SLE, vilket avskrevs efter negativ ANA och normala komplementnivåer."),
      ("Bedömning", "Generaliserad nociplastisk smärta. Start av utredning inför MMR."),
  ])],
  [], [["NL102", "n1"]],
  "A past suspicion that was written off ('avskrevs') is no current hedged diagnosis.")

C("d73-typo-smarta-fibromylagi-diskuterades-ej-aktuellt", "skane", "1981-05-27", "303",
  [N("n1", M, "Läkaranteckning", "cskr_smarta", "Emil Sjöstrand", "läkare", "2024-07-23T10:45", [
      ("Bedömning", "Fibromylagi diskuterades men är inte aktuellt då smärtan är begränsad till ländrygg och bäcken. Kronisk ländryggssmärta."),
  ])],
  [], [["NL102", "n1"]],
  "Typo 'Fibromylagi': the diagnosis is discussed and rejected, not hedged.")

C("d73-psykolog-trol-utlost-av-flytt", "vgr", "1993-04-13", "426",
  [N("n1", M, "Psykologanteckning", "nu_smarta", "Lovisa Ek", "psykolog", "2024-10-09T13:00", [
      ("Samtal", "Smärtdebuten var trol. kopplad till en period av hög belastning i samband med flytt och separation 2022. Pat har svårt att sätta gränser på jobbet."),
  ])],
  [], [["NL102", "n1"]],
  "'trol.' hedges the trigger of the pain, not a diagnosis.")

C("d73-rehab-dd-uteslutna-via-lab", "skane", "1959-12-07", "546",
  [N("n1", M, "Läkaranteckning", "hbg_rehab", "Mats Ivarsson", "läkare", "2024-11-07T15:20", [
      ("Utredning", "DD hypotyreos, myosit och polymyalgi uteslutna: TSH, CK och SR normala."),
      ("Bedömning", "Långvarig generaliserad smärta, fortsatt rehabiliteringsplanering i teamet."),
  ])],
  [], [["NL102", "n1"]],
  "Hard negative: a 'DD' list that is immediately ruled out ('uteslutna').")

C("d73-postcovid-pots-kriterier-ej-uppfyllda", "vgr", "1996-08-31", "064",
  [N("n1", M, "Läkaranteckning", "su_postcovid", "Sara Holmberg", "läkare", "2024-09-25T10:20", [
      ("Status", "NASA lean test: pulsökning 18 slag/min efter 10 min, ingen blodtrycksreaktion."),
      ("Bedömning", "Kriterierna för POTS är ej uppfyllda. Ortostatisk intolerans behandlas med vätska, salt och kompressionsstrumpor."),
  ])],
  [], [["NL102", "n1"]],
  "POTS is ruled out by criteria ('ej uppfyllda').")

C("d73-barn-ingen-misstanke-om-jia", "vgr", "2016-05-20", "182",
  [N("n1", M, "Läkaranteckning", "dsbus", "Maria Lönn", "läkare", "2024-11-21T11:05", [
      ("Bedömning", "8-årig flicka med nattliga smärtor i underbenen, normalt ledstatus och normala inflammationsprover. Ingen misstanke om juvenil idiopatisk artrit. Råd om värme och massage."),
  ])],
  [], [["NL102", "n1"]],
  "Child under 13: 'Ingen misstanke om juvenil idiopatisk artrit' is a negation.")

# ================================================================ NL101 must
C("d73-fysio-fibromyalgi-ej-informerad-vantar-lakare", "skane", "1979-02-12", "682",
  [N("n1", M, "Fysioterapeutanteckning", "sus_malmo_smarta", "Kristina Alm", "fysioterapeut", "2024-03-11T13:30", [
      ("Bakgrund", "Enligt läkarbedömning 4/3 fibromyalgi."),
      ("Information", "Pat ej informerad om diagnosen ännu, det görs av dr Lindqvist på återbesöket 19/3."),
      ("Bedömning", "Låg fysisk kapacitet och uttalad rörelserädsla (TSK 44). Start med bassängträning."),
  ])],
  [["NL101", "n1"]], [["NL102", "n1"]],
  "A stated diagnosis is visible while the physiotherapist writes that the patient is not yet informed.")

C("d73-typo-ism-utmattningsyndrom-delges-vid-teamsamtal", "vgr", "1987-06-29", "222",
  [N("n1", M, "Läkaranteckning", "ism", "Petra Sandell", "läkare", "2024-05-15T09:50", [
      ("Bedömning", "Utmattningsyndrom. Diagnosen delges pat vid det gemensamma teamsamtalet med psykolog 22/5 och har därför inte tagits upp idag."),
      ("Sjukskrivning", "Fortsatt 100 % till 2/6."),
  ])],
  [["NL101", "n1"]], [["NL102", "n1"]],
  "Typo 'Utmattningsyndrom': diagnosis visible, to be told at a later team talk (not told today).")

C("d73-rygg-mr-diskbrack-svaret-ej-meddelat", "skane", "1973-09-15", "518",
  [N("n1", M, "Läkaranteckning", "angelholm_rygg", "Lennart Kvist", "läkare", "2024-10-14T11:10", [
      ("Utredning", "MR ländrygg 9/10: diskbråck L5-S1 vä med kompression av S1-roten."),
      ("Planering", "Svaret har ännu ej meddelats pat, som kallas till ryggkirurg för genomgång och ställningstagande till operation."),
  ])],
  [["NL101", "n1"]], [],
  "MR diagnosis (diskbråck) visible while the result 'har ännu ej meddelats pat'.")

C("d73-psykolog-talar-for-adhd-aterkoppling-ej-gjord", "vgr", "1994-10-26", "319",
  [N("n1", M, "Psykologanteckning", "su_rehab", "Klara Forsberg", "psykolog", "2024-11-06T15:10", [
      ("Testresultat", "QbTest avvikande avseende impulsivitet och aktivitet. DIVA 2.0: 7/9 ouppmärksamhetskriterier och 6/9 hyperaktivitet/impulsivitet i både barn- och vuxenålder."),
      ("Bedömning", "Resultaten talar för ADHD, kombinerad form. Återkoppling till pat ej gjord ännu, sker vid samlad bedömning med läkare 14/11."),
  ])],
  [["NL101", "n1"], ["NL102", "n1"]], [],
  "Hedged diagnosis ('talar för ADHD') visible, and the text says feedback to the patient has not been given.")

C("d73-hand-crps-ej-formedlad-tolk-uteblev", "skane", "1967-03-09", "442",
  [N("n1", M, "Läkaranteckning", "malmo_hand", "Oskar Lundgren", "läkare", "2024-02-19T14:40", [
      ("Bedömning", "CRPS typ 1 hö hand enligt Budapestkriterierna."),
      ("Information", "Diagnosen kunde inte förmedlas idag då arabisktolken uteblev. Pat har alltså ännu inte fått veta diagnosen; ny tid med tolk på plats bokas inom en vecka."),
  ])],
  [["NL101", "n1"]], [["NL102", "n1"]],
  "The interpreter did not come, so the visible CRPS diagnosis is explicitly not yet told.")

C("d73-hjarnskada-postkommotionellt-ej-informerad", "vgr", "1971-12-03", "551",
  [N("n1", M, "Psykologanteckning", "su_hjarnskada", "Viktoria Ljung", "psykolog", "2024-04-17T10:20", [
      ("Testresultat", "Nedsatt arbetsminne och bearbetningshastighet (WAIS-IV AMI 82, PSI 76), övriga index inom normalvariation."),
      ("Bedömning", "Postkommotionellt syndrom efter hjärnskakning vid fall i trappa januari 2024. Pat inte informerad om resultaten ännu; återkoppling vid gemensamt besök med arbetsterapeut."),
  ])],
  [["NL101", "n1"]], [],
  "Neuropsychological results establish a visible diagnosis that the patient has not been told.")

C("d73-typo-orup-utmattning-ej-infomerad", "skane", "1984-07-07", "506",
  [N("n1", M, "Läkaranteckning", "orup", "Henrik Lindström", "läkare", "2024-09-18T13:00", [
      ("Diagnos", "F43.8A Utmattningssyndrom"),
      ("Information", "Pat ej infomerad om diagnosen, samtal bokat med mig och kurator på fredag."),
  ])],
  [["NL101", "n1"]], [],
  "Typo 'infomerad': diagnosis in Diagnos sökord while the patient is not informed.")

C("d73-smarta-polyneuropati-inte-berattat-annu", "vgr", "1956-05-22", "737",
  [N("n1", M, "Läkaranteckning", "skas_smarta", "Gunnar Ström", "läkare", "2024-03-28T10:55", [
      ("Utredning", "Neurografi: axonal sensorimotorisk polyneuropati i benen, distalt betonad."),
      ("Bedömning", "Fötternas brännande smärta förklaras av polyneuropatin. Detta har jag inte berättat för pat ännu, besked ges vid återbesöket när B12 och HbA1c är klara."),
  ])],
  [["NL101", "n1"]], [],
  "Polyneuropathy is stated in a visible note while the doctor writes he has not told the patient.")

C("d73-amm-isocyanatastma-ej-underrattad", "skane", "1966-11-18", "377",
  [N("n1", M, "Läkaranteckning", "amm_syd", "Peter Nyberg", "läkare", "2024-05-29T14:25", [
      ("Utredning", "Seriell PEF-mätning i 4 v visar tydlig arbetsrelaterad variation med återhämtning på helger. Specifik provokation positiv för isocyanat."),
      ("Bedömning", "Yrkesastma orsakad av isocyanater. Pat ännu inte underrättad, ringer honom efter konferens med överläkare om arbetsskadeanmälan."),
  ])],
  [["NL101", "n1"]], [],
  "Occupational asthma is stated visibly while 'Pat ännu inte underrättad'.")

C("d73-postcovid-teamkonf-mecfs-ej-kommunicerat", "vgr", "1982-08-08", "160",
  [N("n1", M, "Teamanteckning", "su_postcovid", "Louise Öberg", "sjuksköterska", "2024-06-12T15:45", [
      ("Teamkonferens", "Läkare, fysioterapeut, arbetsterapeut och ssk. Teamet bedömer att de kanadensiska kriterierna för ME/CFS är uppfyllda."),
      ("Information", "Ej kommunicerat med pat ännu, ansvarig läkare tar det vid nästa besök 20/6."),
  ])],
  [["NL101", "n1"]], [],
  "Team note: ME/CFS criteria fulfilled, 'Ej kommunicerat med pat ännu'.")

C("d73-utkast-fnd-diagnos-ej-forklarad", "skane", "1998-01-30", "646",
  [N("n1", M, "Läkaranteckning", "malmo_neurorehab", "Elin Bergqvist", "läkare", "2024-08-22T16:10", [
      ("Bedömning", "Funktionellt neurologiskt syndrom med dissociativa anfall och funktionell gångstörning. Pat har inte fått diagnosen förklarad än, jag vill ta det i lugn och ro med anhörig närvarande nästa vecka."),
  ], signed=None)],
  [["NL101", "n1"]], [],
  "Unsigned draft: FND stated while the patient has not yet had the diagnosis explained.")

C("d73-nu-rehab-autism-ska-inte-informeras-forran", "vgr", "2001-09-12", "259",
  [N("n1", M, "Psykologanteckning", "nu_rehab", "Tove Engström", "psykolog", "2024-12-10T11:30", [
      ("Sammanfattning", "Autismspektrumtillstånd utan intellektuell funktionsnedsättning, kriterierna enligt DSM-5 uppfyllda."),
      ("Planering", "Pat ska inte informeras om diagnosen förrän hela teamet sammanställt utredningen i januari."),
  ])],
  [["NL101", "n1"]], [],
  "'ska inte informeras om diagnosen förrän' - must not be told yet, diagnosis visible.")

C("d73-ssk-provsvar-ccp-forenligt-ra-ej-informerad", "skane", "1963-04-02", "286",
  [N("n1", M, "Sjuksköterskeanteckning", "hbg_rehab", "Johanna Friberg", "sjuksköterska", "2024-01-29T11:15", [
      ("Provsvar", "RF 180, anti-CCP > 340, SR 42. Förenligt med reumatoid artrit enl. dr Ahmadi. Pat ej informerad, dr Ahmadi ringer upp i morgon förmiddag."),
  ])],
  [["NL101", "n1"], ["NL102", "n1"]], [],
  "Lab 'förenligt med reumatoid artrit' (hedged) and the patient is explicitly not informed.")

C("d73-epikris-gad-har-inte-delgivits", "vgr", "1990-12-14", "422",
  [N("n1", M, "Epikris", "sas_smarta", "Jenny Berg", "läkare", "2024-10-31T14:00", [
      ("Epikris", "Utredning inom smärtrehab avslutad. Generaliserat ångestsyndrom konstaterat som främsta hinder för rehabilitering."),
      ("Diagnos", "F41.1 Generaliserat ångestsyndrom. Diagnosen har inte delgivts patienten, vilket bör ske hos psykiatrin dit remiss skickats."),
  ])],
  [["NL101", "n1"]], [],
  "Typo 'delgivts': discharge summary with the diagnosis visible and not yet given to the patient.")

C("d73-orup-kotkompression-ej-medveten-forsta-anteckning", "skane", "1948-10-21", "260",
  [N("n1", M, "Läkaranteckning", "orup", "Helena Wallin", "läkare", "2024-04-23T09:30", [
      ("Utredning", "Rtg bröstrygg: kompressionsfraktur Th12, ca 30 % höjdreduktion. DXA: T-score -3,1 i ländryggen. Osteoporos med kotkompression."),
      ("Information", "Pat är ännu inte medveten om frakturen, besked ges vid läkarbesöket 2/5 med dottern närvarande."),
  ]),
   N("n2", M, "Fysioterapeutanteckning", "orup", "Jessica Månsson", "fysioterapeut", "2024-04-25T13:45", [
      ("Aktuellt", "Smärta i bröstryggen vid långvarigt stående. 6 min gångtest 310 m."),
      ("Åtgärd", "Hållningsträning och balansövningar påbörjade."),
  ])],
  [["NL101", "n1"]], [],
  "Two notes; the first states osteoporotic fracture while the patient is 'ännu inte medveten'. The later PT note does not tell.")

C("d73-vgr-ej-informerad-i-tidhyp-men-endometrios-synlig", "vgr", "1991-03-18", "562",
  [N("n1", M, "Läkaranteckning", "su_smarta", "Helena Strömberg", "läkare", "2024-07-04T10:40", [
      ("Bedömning", "Långvarig bäckensmärta. Endometrios stadium III enligt laparoskopi 3/6."),
      ("Tidiga hypoteser", "Pat har ännu inte informerats om laparoskopifyndet, gynekologen tar det vid återbesöket."),
      ("Planering", "Fortsatt smärtbehandling, samordning med gyn."),
  ])],
  [["NL101", "n1"]], [],
  "The not-told remark is under the protected VGR sökord, but the diagnosis itself stands in visible Bedömning.")

C("d73-amm-epoxi-kontakteksem-ej-fatt-besked", "vgr", "1985-05-09", "131",
  [N("n1", M, "Läkaranteckning", "amm_gbg", "Lena Strand", "läkare", "2024-08-29T13:05", [
      ("Utredning", "Lapptest avläst dag 3 och 7: ++ för epoxiharts, övriga ämnen neg."),
      ("Bedömning", "Allergiskt kontakteksem mot epoxi, arbetsrelaterat (tillverkning av vindkraftsblad). Pat har ej fått besked om lapptestresultatet ännu; genomgång vid återbesök tillsammans med skyddsingenjör."),
  ])],
  [["NL101", "n1"]], [],
  "Occupational contact allergy stated while the patient has not received the result.")

C("d73-alingsas-spanningshuvudvark-vet-ej-annu", "vgr", "1977-01-08", "546",
  [N("n1", M, "Läkaranteckning", "alingsas_rehab", "Magnus Olofsson", "läkare", "2024-02-01T15:35", [
      ("Diagnos", "G44.2 Kronisk spänningshuvudvärk."),
      ("Information", "Pat vet ej om diagnosen ännu, sker vid teamets gemensamma återkoppling 6/2."),
  ])],
  [["NL101", "n1"]], [],
  "'Pat vet ej om diagnosen ännu' with the diagnosis in a visible Diagnos sökord.")

C("d73-smarta-somatiskt-symtomsyndrom-ej-tagit-upp", "skane", "1970-07-31", "188",
  [N("n1", M, "Läkaranteckning", "cskr_smarta", "Emil Sjöstrand", "läkare", "2024-11-14T09:45", [
      ("Bedömning", "Multipla kroppsliga symtom sedan 10 år med omfattande negativ utredning. Uppfyller kriterierna för somatiskt symtomsyndrom (DSM-5). Har ännu inte tagit upp diagnosen med pat, behöver bygga allians först."),
  ])],
  [["NL101", "n1"]], [["NL102", "n1"]],
  "Diagnosis fulfilled and visible; doctor writes he has not yet raised it with the patient.")

C("d73-typo-trigeminusneuralgi-ej-medelad", "vgr", "1960-08-16", "249",
  [N("n1", M, "Läkaranteckning", "skas_smarta", "Gunnar Ström", "läkare", "2024-12-05T10:25", [
      ("Bedömning", "Trigeminusneuralgi hö V2, typiska elstötsliknande attacker utlösta av beröring. Diagnosen ej medelad pat än, hon tror att det är tandvärk; besked vid återbesök med tandläkarens utlåtande."),
  ])],
  [["NL101", "n1"]], [],
  "Typo 'medelad' (meddelad): visible diagnosis not yet told.")

C("d73-postcovid-mr-misstankt-ms-ej-informerad", "skane", "1986-12-22", "401",
  [N("n1", M, "Läkaranteckning", "malmo_postcovid", "Johanna Lund", "läkare", "2024-03-26T14:15", [
      ("Utredning", "MR hjärna: multipla periventrikulära och juxtakortikala vitsubstansförändringar, misstänkt MS."),
      ("Planering", "Pat ej informerad om MR-fynden. Akut remiss till neurologen som tar över handläggningen och ger besked."),
  ])],
  [["NL101", "n1"], ["NL102", "n1"]], [],
  "Suspected MS (hedged) on MR and the patient is not informed of the findings.")

C("d73-smarta-skelettmetastaser-ej-informerad", "vgr", "1955-02-19", "172",
  [N("n1", M, "Läkaranteckning", "su_smarta", "Fredrik Ahlberg", "läkare", "2024-09-19T16:20", [
      ("Utredning", "MR ländrygg inför ställningstagande till blockad: multipla skelettmetastaser i kotkropparna L2–L4, primärtumör okänd."),
      ("Planering", "Pat ännu ej informerad; besked ges av onkolog med kontaktsjuksköterska närvarande. Remiss enligt SVF skickad idag."),
  ])],
  [["NL101", "n1"]], [],
  "Incidental metastases in a pain-clinic workup, written visibly while the patient is not yet told.")

C("d73-amm-stenbank-misstankt-silikos-ej-informerad", "skane", "1988-11-04", "513",
  [N("n1", M, "Läkaranteckning", "amm_syd", "Anna Jönsson", "läkare", "2024-04-18T10:35", [
      ("Anamnes", "Har i 8 år kapat och slipat bänkskivor i kompositsten, ofta utan andningsskydd. Torrhosta och ansträngningsdyspné senaste året."),
      ("Utredning", "HRCT thorax: multipla små centrilobulära noduli i överloberna och förstorade hiluskörtlar – misstänkt silikos."),
      ("Planering", "Pat ej informerad om DT-fynden, besked ges efter lungmedicinsk konferens nästa vecka. Spirometri med diffusionskapacitet bokad."),
  ], signed=None)],
  [["NL101", "n1"], ["NL102", "n1"]], [],
  "Occupational medicine: suspected silicosis on HRCT, and the patient is not informed of the findings. Unsigned draft.")

C("d73-rehab-trolig-parkinson-har-inte-fatt-veta", "vgr", "1952-06-30", "537",
  [N("n1", M, "Läkaranteckning", "su_rehab", "Gustav Lindblad", "läkare", "2024-03-21T14:50", [
      ("Status", "Vilotremor hö hand, kugghjulsrigiditet hö arm, nedsatt armpendling hö vid gång. Långsamma upprepade fingerrörelser hö."),
      ("Bedömning", "Trolig tidig Parkinsons sjukdom, bidrar sannolikt till hans fall och axelsmärta. Pat har inte fått veta detta; neurolog ska bedöma innan besked ges."),
      ("Planering", "Remiss neurologmottagningen. Fortsatt fysioterapi för balans."),
  ])],
  [["NL101", "n1"], ["NL102", "n1"]], [],
  "'Trolig tidig Parkinsons sjukdom' visible, and the patient 'har inte fått veta detta'.")

C("d73-postcovid-hjartsvikt-eko-kardiolog-ringer", "skane", "1975-08-05", "394",
  [N("n1", M, "Läkaranteckning", "hbg_postcovid", "Ahmad Karimi", "läkare", "2024-11-28T11:40", [
      ("Utredning", "Ekokardiografi 25/11: vänsterkammardilatation med EF 38 %, diffus hypokinesi. Hjärtsvikt med nedsatt ejektionsfraktion efter genomgången perimyokardit."),
      ("Information", "Pat är inte informerad om ekosvaret än. Kardiolog ringer pat under dagen och tar över den fortsatta handläggningen."),
  ])],
  [["NL101", "n1"]], [["NL102", "n1"]],
  "Confirmed heart failure on echo in a post-covid workup; the patient is not yet informed.")

# ================================================================ NL101 must_not
C("d73-ism-psykolog-diagnos-given-tidigare", "vgr", "1975-03-25", "584",
  [N("n1", M, "Psykologanteckning", "ism", "Sanna Grönberg", "psykolog", "2024-04-24T14:15", [
      ("Bakgrund", "Pat fick diagnosen utmattningssyndrom av läkare på ISM 14/2 och går sedan dess i KBT-grupp."),
      ("Samtal", "Fortsatt svårt med sömnen, men orkar promenera 30 min dagligen. Övar på att planera in återhämtning."),
  ])],
  [], [["NL101", "n1"]],
  "The patient was told the diagnosis earlier; nothing is withheld.")

C("d73-ssk-ej-informerad-om-datum-teamtraff", "skane", "1969-09-01", "546",
  [N("n1", M, "Sjuksköterskeanteckning", "sus_smarta", "Maja Lindell", "sjuksköterska", "2024-02-26T09:10", [
      ("Administrativt", "Fibromyalgi, remitterad för MMR-bedömning. Pat ännu inte informerad om datum för teamträffen, kallelse skickas när alla professioner bekräftat."),
  ], signed=None)],
  [], [["NL101", "n1"]],
  "What is not yet told is a date (teamträff), not the diagnosis.")

C("d73-nu-ej-informerad-att-remissen-skickats", "vgr", "1962-07-03", "291",
  [N("n1", M, "Läkaranteckning", "nu_smarta", "Rut Hansson", "läkare", "2024-05-02T10:30", [
      ("Bedömning", "Kronisk ländryggssmärta med radikulär komponent vä, känd sedan 2019."),
      ("Planering", "Remiss skickad till ryggkirurgen i Göteborg. Pat ej informerad om att remissen skickats, sekreteraren meddelar per brev."),
  ])],
  [], [["NL101", "n1"]],
  "Not told that the referral was sent (a plan), not an untold diagnosis.")

C("d73-ortoped-normal-mr-ej-meddelad", "skane", "1992-04-06", "675",
  [N("n1", M, "Läkaranteckning", "hbg_ortoped", "Sara Widell", "läkare", "2024-06-13T13:40", [
      ("Utredning", "MR halsrygg utan anmärkning, ingen rotkompression eller myelopati. Svaret ej meddelat pat ännu, ringer i veckan."),
      ("Bedömning", "WAD grad II efter påkörning bakifrån i mars, fortsatt fysioterapi."),
  ])],
  [], [["NL101", "n1"]],
  "Only the normal MR result is untold; the WAD diagnosis is known to the patient.")

C("d73-ism-rehabkoordinator-arbetsgivaren-ej-informerad", "vgr", "1979-11-16", "228",
  [N("n1", M, "Rehabkoordinering", "ism", "Pernilla Sahlin", "rehabkoordinator", "2024-04-08T11:00", [
      ("Arbetsförmåga", "Pat informerad om diagnosen utmattningssyndrom av läkare 3/4. Arbetsgivaren är inte informerad om diagnosen, vilket är pat uttryckliga önskan; vid avstämningsmötet talar vi enbart om funktionsnedsättningen."),
  ])],
  [], [["NL101", "n1"]],
  "The patient knows; only the employer is not informed.")

C("d73-kurator-maken-ej-informerad-om-fnd", "skane", "1990-02-28", "426",
  [N("n1", M, "Kuratorsanteckning", "malmo_neurorehab", "Sofie Hallberg", "kurator", "2024-09-05T14:35", [
      ("Samtal", "Pat fick diagnosen funktionellt neurologiskt syndrom förra veckan och har förstått förklaringsmodellen. Maken är ännu inte informerad om diagnosen, pat vill berätta själv i sin egen takt."),
  ], signed=None)],
  [], [["NL101", "n1"]],
  "The patient has been told; only the husband has not. Unsigned draft.")

C("d73-skane-tidhyp-mall-faktitiell-storning-ej-informerad", "skane", "1993-06-14", "368",
  [N("n1", M, "Tidiga hypoteser", "landskrona_smarta", "Ulf Håkansson", "läkare", "2024-10-24T15:10", [
      ("Bedömning", "Misstänkt faktitiell störning; sårbilden på vä underarm passar dåligt med angiven mekanism och läker ej trots optimal behandling. Pat ej informerad om misstanken, diskuteras med psykiatrikonsult."),
  ])],
  [], [["NL101", "n1"], ["NL102", "n1"]],
  "Skåne: the untold hedged hypothesis is written in the protected template 'Tidiga hypoteser'.")

C("d73-vgr-tidhyp-sokord-pankreas-ej-informerad", "vgr", "1957-12-12", "616",
  [N("n1", M, "Läkaranteckning", "sas_smarta", "Camilla Wester", "läkare", "2024-02-15T13:50", [
      ("Aktuellt", "Fortsatt ont i magen och ländryggen, har gått ner 4 kg på två månader."),
      ("Status", "Palpationsöm i epigastriet, ingen palpabel resistens."),
      ("Tidiga hypoteser", "Misstänkt pankreasmalignitet pga viktnedgång och ryggvärk, DT buk beställd akut. Pat ej informerad om misstanken."),
      ("Planering", "DT buk. Ny tid bokas när röntgen är klar."),
  ])],
  [], [["NL101", "n1"], ["NL102", "n1"]],
  "VGR: the untold suspected diagnosis is only under the protected sökord; visible parts hold symptoms.")

C("d73-kurator-fk-beslut-ej-meddelat", "skane", "1976-04-04", "730",
  [N("n1", M, "Kuratorsanteckning", "orup", "Ingrid Mattsson", "kurator", "2024-07-11T10:40", [
      ("Telefonkontakt", "Handläggare på FK meddelar att sjukpenning efter dag 180 avslås. Pat, som har WAD grad II med kronisk nacksmärta, är inte informerad om beslutet än; FK skickar skriftligt beslut."),
  ])],
  [], [["NL101", "n1"]],
  "What is untold is an insurance decision, not a diagnosis.")

C("d73-ism-senare-anteckning-diagnos-genomgangen", "vgr", "1981-08-24", "385",
  [N("n1", M, "Läkaranteckning", "ism", "Petra Sandell", "läkare", "2024-03-06T10:10", [
      ("Bedömning", "Utmattningssyndrom enl. Socialstyrelsens kriterier. Pat ej informerad idag då hon var mycket ledsen; genomgång nästa vecka."),
  ]),
   N("n2", M, "Läkaranteckning", "ism", "Petra Sandell", "läkare", "2024-03-13T10:05", [
      ("Information", "Genomgång av diagnosen utmattningssyndrom med pat idag. Hon kände igen sig och fick skriftlig information om förloppet."),
      ("Planering", "Fortsatt sjukskrivning 100 %, start i ISM:s gruppbehandling."),
  ])],
  [], [["NL101", "n2"]],
  "Two notes: the later note records that the diagnosis has now been gone through with the patient.")

C("d73-smarta-reumakonsult-negativ-ej-meddelad", "vgr", "1973-05-31", "548",
  [N("n1", M, "Läkaranteckning", "su_smarta", "Helena Strömberg", "läkare", "2024-06-26T09:35", [
      ("Utredning", "Reumatologkonsult: ingen inflammatorisk ledsjukdom, normalt ultraljud av händerna. Pat ej informerad om konsultsvaret ännu."),
      ("Bedömning", "Generaliserad smärta, fortsatt handläggning inom smärtcentrum."),
  ])],
  [], [["NL101", "n1"]],
  "The untold item is a negative consult answer, not a diagnosis.")

C("d73-psykolog-pat-har-inte-berattat-for-barnen", "skane", "1980-10-09", "120",
  [N("n1", M, "Psykologanteckning", "sus_smarta", "Amanda Borg", "psykolog", "2024-01-25T13:20", [
      ("Samtal", "Pat vet sedan januari att hon har fibromyalgi men har inte berättat för sina tonårsbarn. Vi pratar om hur hon kan formulera det för dem."),
  ])],
  [], [["NL101", "n1"]],
  "The patient knows her diagnosis; it is her children who have not been told.")

C("d73-postcovid-ej-informerad-om-vantetid", "vgr", "1967-01-27", "307",
  [N("n1", M, "Sjuksköterskeanteckning", "su_rehab", "Louise Öberg", "sjuksköterska", "2024-08-15T14:50", [
      ("Administrativt", "Post-covid-tillstånd (U09.9), antagen till rehabprogrammet. Pat ännu inte informerad om väntetiden, som beräknas till ca 4 mån."),
  ])],
  [], [["NL101", "n1"]],
  "Untold waiting time is no diagnosis.")

C("d73-skas-adhd-aterkopplingssamtal-genomfort", "vgr", "1995-06-10", "355",
  [N("n1", M, "Psykologanteckning", "skas_rehab", "Elsa Norberg", "psykolog", "2024-12-12T13:40", [
      ("Återkoppling", "Återkopplingssamtal idag: pat uppfyller kriterierna för ADHD, kombinerad form. Tog emot beskedet med lättnad och frågade om läkemedelsbehandling."),
  ])],
  [], [["NL101", "n1"], ["NL102", "n1"]],
  "Feedback given today: diagnosis told, and stated without hedge.")

C("d73-typo-dystoni-pat-infomerad-om-diagnosen", "skane", "1965-09-23", "663",
  [N("n1", M, "Läkaranteckning", "hbg_rehab", "Mats Ivarsson", "läkare", "2024-03-18T10:15", [
      ("Bedömning", "Cervikal dystoni med rotation åt vä. Pat infomerad om diagnosen och behandlingsalternativen, önskar botulinumtoxin."),
  ])],
  [], [["NL101", "n1"], ["NL102", "n1"]],
  "Typo 'infomerad': the patient HAS been informed.")

C("d73-barnsmarta-17-ar-skolan-ej-informerad", "skane", "2007-03-30", "502",
  [N("n1", M, "Läkaranteckning", "barnsmarta_lund", "Cecilia Rydén", "läkare", "2024-10-17T15:05", [
      ("Samtal", "Pat, 17 år, har fått diagnosen hypermobilt Ehlers-Danlos syndrom och vet vad det innebär. Hon vill inte att skolan informeras om diagnosen ännu, vilket vi respekterar."),
  ])],
  [], [["NL101", "n1"]],
  "Patient aged 17 knows her diagnosis; only the school is not told.")

C("d73-ssk-ej-informerad-om-lakarbyte", "vgr", "1971-10-02", "284",
  [N("n1", M, "Sjuksköterskeanteckning", "nu_smarta", "Karin Westberg", "sjuksköterska", "2024-06-04T11:25", [
      ("Aktuellt", "CRPS typ 1 vä fot, stabilt förlopp med TENS och gradvis belastning. Pat ej informerad om att dr Sandberg slutar; ny ansvarig läkare utses i augusti."),
  ])],
  [], [["NL101", "n1"]],
  "Not informed about a change of doctor; the CRPS diagnosis itself is not withheld.")

C("d73-kurator-svart-att-acceptera-fibromyalgi", "skane", "1978-08-17", "260",
  [N("n1", M, "Kuratorsanteckning", "cskr_smarta", "Malin Jeppsson", "kurator", "2024-08-08T10:00", [
      ("Samtal", "Pat har svårt att acceptera diagnosen fibromyalgi och upplever att hon inte blir trodd av omgivningen. Arbetar med sorg över förlorad arbetsförmåga."),
  ])],
  [], [["NL101", "n1"]],
  "Difficulty accepting the diagnosis implies the patient has been told.")

C("d73-kurator-fick-beskedet-av-lakaren", "vgr", "1964-12-29", "626",
  [N("n1", M, "Kuratorsanteckning", "su_postcovid", "Jonna Petersson", "kurator", "2024-10-03T13:15", [
      ("Samtal", "Pat berättar att hon fick beskedet om post-covid-tillståndet av läkaren förra veckan och att det kändes skönt att få ett namn på besvären."),
  ])],
  [], [["NL101", "n1"]],
  "The social worker records that the patient was told last week.")

C("d73-crps-informerad-muntligt-och-skriftligt", "skane", "1986-07-11", "522",
  [N("n1", M, "Läkaranteckning", "landskrona_smarta", "Rasmus Ek", "läkare", "2024-12-09T14:05", [
      ("Bedömning", "CRPS typ 1 vä hand, Budapestkriterierna uppfyllda."),
      ("Information", "Pat informerad muntligt och skriftligt om diagnosen, har fått länk till 1177 om CRPS."),
  ])],
  [], [["NL101", "n1"], ["NL102", "n1"]],
  "Confirmed diagnosis told both orally and in writing.")

C("d73-rehab-lakarintyget-forsenat-ej-meddelat", "vgr", "1983-10-20", "420",
  [N("n1", M, "Administrativ anteckning", "angered_rehab", "Leila Haddad", "läkare", "2024-07-30T08:55", [
      ("Åtgärd", "Utmattningssyndrom, sjukskriven 50 %. Läkarintyget till FK ej skickat ännu pga systemfel, pat ej meddelad om förseningen."),
  ])],
  [], [["NL101", "n1"]],
  "What is untold is a delayed certificate, not the diagnosis.")

C("d73-fibromyalgi-ej-intresserad-av-lakemedel", "vgr", "1974-04-15", "364",
  [N("n1", M, "Läkaranteckning", "alingsas_rehab", "Magnus Olofsson", "läkare", "2024-11-28T13:55", [
      ("Diagnos", "M79.7 Fibromyalgi."),
      ("Bedömning", "Pat ej intresserad av läkemedel. Ej aktuellt med sjukskrivning då arbetet fungerar med anpassningar."),
  ])],
  [], [["NL101", "n1"]],
  "Hard negative: several 'ej' next to a diagnosis, but nothing about telling.")

C("d73-smarta-informerades-via-videobesok", "skane", "1989-09-27", "248",
  [N("n1", M, "Telefonanteckning", "sus_malmo_smarta", "Linda Olsson", "sjuksköterska", "2024-10-21T09:25", [
      ("Telefonkontakt", "Pat, som informerades om diagnosen kronisk migrän vid videobesöket 7/10, ringer och undrar över biverkningar av candesartan. Råd givet, ny kontakt vid behov."),
  ])],
  [], [["NL101", "n1"]],
  "The patient was informed earlier (video visit).")

# ================================================================ long multi-section notes
C("d73-lang-teamkonferens-mmr-mojlig-depression", "vgr", "1977-02-03", "648",
  [N("n1", M, "Teamanteckning", "su_smarta", "Helena Strömberg", "läkare", "2024-09-26T15:30", [
      ("Teamkonferens", "Närvarande: läkare, fysioterapeut, arbetsterapeut, psykolog, kurator. Syfte: samlad bedömning inför ställningstagande till multimodal rehabilitering (MMR)."),
      ("Anamnes", "47-årig kvinna, lokalvårdare 75 %. Långvarig smärta i nacke, skuldror och ländrygg sedan 2018, spridning till armar och ben senaste två åren. Fibromyalgi diagnostiserad på vårdcentralen 2022. Sjukskriven 50 % sedan maj. Vaknar av värk 3–4 ggr/natt."),
      ("Status", "Läk: ömhet i 14/18 tenderpoints. Leder ua. Neurologiskt ua, reflexer sidlika. BT 128/82."),
      ("Fysioterapeut", "6MWT 420 m, ett stopp pga ländryggssmärta. Nedsatt uthållighet i skuldermuskulaturen, rörelserädsla (TSK 41). Klarar lätt cykelergometer i 10 min."),
      ("Arbetsterapeut", "COPM: prioriterar städning hemma, att orka umgås med barnbarnen och att klara arbetspassen. Utför 60 % av hushållsarbetet ensam. Obalans mellan aktivitet och vila med tydligt boom-bust-mönster."),
      ("Psykolog", "Låg stämning, grubbel och minskad glädje senaste halvåret. HADS-D 12, PHQ-9 16. Möjlig samtidig depression som behöver värderas innan programstart."),
      ("Kurator", "Ensamstående, ansträngd ekonomi. Arbetsgivaren positiv till anpassningar. Kontakt med FK-handläggaren etablerad."),
      ("Bedömning", "Fibromyalgi med betydande aktivitetsbegränsning. Bedöms ha rehabiliteringspotential för MMR."),
      ("Planering", "Läkarbesök för depressionsvärdering inom 2 v. Därefter start i MMR-grupp v. 44. Avstämningsmöte med arbetsgivare och FK i oktober."),
  ])],
  [["NL102", "n1"]], [["NL101", "n1"]],
  "Long team conference: among settled diagnoses, one hedged 'Möjlig samtidig depression' in a visible section.")

C("d73-lang-teamanteckning-utmattning-bara-planhedgar", "skane", "1975-06-26", "284",
  [N("n1", M, "Teamanteckning", "orup", "Ylva Persson", "arbetsterapeut", "2024-05-30T14:40", [
      ("Teamkonferens", "Läkare, arbetsterapeut, fysioterapeut och kurator. Uppföljning efter 8 v i stressrehabiliteringsprogrammet."),
      ("Aktuellt", "Utmattningssyndrom sedan hösten 2023, känt av pat sedan första läkarbesöket. Sover bättre, 6–7 h. Klarar att handla och laga middag fyra dagar i veckan. Kognitiv uttröttbarhet kvarstår efter ca 45 min skärmarbete."),
      ("Status", "Fys: promenad 40 min utan försämring dagen efter. Bålstabilitet förbättrad. Vilopuls 64."),
      ("Arbetsterapeut", "Aktivitetsdagbok visar jämnare fördelning över veckan. Pat använder pauser och påminnelser i telefonen. Ingen misstanke om kognitiv sjukdom, svårigheterna bedöms stressrelaterade och i förbättring."),
      ("Kurator", "Pat har haft kontakt med chefen, som är positiv. Oklart om arbetsgivaren kan erbjuda ett enskilt arbetsrum, frågan tas vidare till HR."),
      ("Arbetsförmåga", "Trolig start av arbetsträning 25 % v. 36 med successiv upptrappning. Ev. förlängd sjukskrivning på deltid under hösten, beslutas av läkare vid avstämning."),
      ("Bedömning", "Positiv utveckling. Bedöms redo för planerad återgång i arbete."),
      ("Planering", "Eventuellt ett extra fysioterapibesök innan sommaruppehållet. Avstämningsmöte med FK och arbetsgivare 20/8. Nästa teamkonferens i september."),
  ])],
  [], [["NL102", "n1"]],
  "Long team note full of hedges on plans and work return, plus one negated suspicion; the only diagnosis is settled.")

C("d73-lang-amm-arbetsformageutredning-ag-ej-informerad", "vgr", "1972-10-28", "311",
  [N("n1", M, "Arbetsförmågeutredning", "amm_gbg", "Per Sundberg", "läkare", "2024-11-13T15:55", [
      ("Bakgrund", "Remiss från företagshälsovården. 52-årig man, lastbilschaufför i 25 år med lastning och lossning. Kronisk ländryggssmärta sedan 2016, spinal stenos L4–L5 påvisad på MR 2023 och genomgången med pat av ortoped samma år."),
      ("Anamnes", "Gångsträcka ca 500 m innan bensmärta, klarar sittande i hytt 2 h med pauser. Lyft över 15 kg ger ökad smärta i flera dagar."),
      ("Status", "Lasègue neg bilat. Reflexer sidlika. Kraft ua. Nedsatt lumbal extension, smärta vid extension-rotation."),
      ("Fysioterapeut", "Arbetsprov med lyft: klarar 10 kg golv–midja upprepat, 15 kg enstaka. Uthållighet vid stående arbete 30 min."),
      ("Arbetsförmåga", "Bedöms klara fortsatt förarjobb utan manuell lastning. Nedsatt förmåga till tunga lyft och långvarigt stående."),
      ("Information", "Diagnos och bedömning genomgångna med pat idag. Arbetsgivaren har inte informerats om diagnosen och ska inte heller få veta den enligt pat önskan; i utlåtandet till arbetsgivaren beskrivs endast begränsningar."),
      ("Planering", "Utlåtande till företagshälsovården. Ny kontakt vid behov."),
  ])],
  [], [["NL101", "n1"]],
  "Long work-capacity assessment: the patient is told; only the employer is kept uninformed.")

C("d73-lang-smarta-spondylolistes-ej-kommunicerad", "skane", "1994-01-21", "338",
  [N("n1", M, "Läkaranteckning", "sus_malmo_smarta", "Lars Persson", "läkare", "2024-08-15T16:05", [
      ("Anamnes", "30-årig man, byggnadsarbetare. Ländryggssmärta sedan tonåren, tilltagande senaste året med utstrålning till baksida lår bilat vid tungt arbete. Ingen blås- eller tarmpåverkan."),
      ("Läkemedel", "Paracetamol 1 g x 3, naproxen vid behov. Provat tramadol utan effekt."),
      ("Status", "Stående: ökad lumbal lordos, trappstegsfenomen palpabelt L5. Flexion FGA 15 cm. SLR neg bilat. Reflexer sidlika, Babinski neg. Kraft och sensibilitet ua."),
      ("Utredning", "MR ländrygg 8/8: bilateral spondylolys L5 med istmisk spondylolistes grad I, lätt foraminal förträngning L5-S1 bilat utan rotkompression."),
      ("Bedömning", "Istmisk spondylolistes grad I L5 som förklarar den mekaniska smärtan. Pat har ännu inte fått MR-svaret och diagnosen är inte kommunicerad; han bad att få beskedet vid ett bokat besök och inte per telefon."),
      ("Planering", "Återbesök 22/8 för genomgång av MR och diagnos. Därefter fysioterapi med stabilitetsträning. Ställningstagande till arbetsanpassning och ev. remiss ryggkirurg."),
  ], signed=None)],
  [["NL101", "n1"]], [["NL102", "n1"]],
  "Long note: MR diagnosis stands in visible Bedömning while 'diagnosen är inte kommunicerad'. Unsigned draft.")

C("d73-lang-postcovid-tidhyp-enda-hedge", "vgr", "1968-07-19", "062",
  [N("n1", M, "Läkaranteckning", "skas_postcovid", "Björn Carlsson", "läkare", "2024-04-11T13:25", [
      ("Anamnes", "55-årig kvinna, förskollärare. Covid-19 i december 2022, sedan dess uttalad trötthet, ansträngningsutlöst försämring, hjärndimma och ledvärk. Sjukskriven 50 %."),
      ("Aktuellt", "Återbesök efter utredning. Orkar arbeta fyra timmar, därefter sängliggande resten av dagen. Har börjat använda pulsklocka för att hålla nere belastningen."),
      ("Status", "Gott AT. Hjärta: regelbunden rytm, inga blåsljud. Lungor: vesikulärt andningsljud. Leder utan synovit. Neurologiskt ua. Ståtest utan patologisk pulsstegring."),
      ("Utredning", "Hb, CRP, TSH, B12, folat, ferritin, elstatus och glukos normala. Arbetsprov utan ischemi. Spirometri normal."),
      ("Tidiga hypoteser", "Möjlig begynnande Sjögrens syndrom utifrån torrhetssymtom och ledvärk, anti-SSA/SSB skickat."),
      ("Bedömning", "Post-covid-tillstånd (U09.9) med ansträngningsutlöst försämring. Inga fynd vid somatisk utredning som förklarar tröttheten."),
      ("Planering", "Fortsatt sjukskrivning 50 %. Arbetsterapeut för energibesparande strategier. Återbesök om 6 v, då provsvaren gås igenom."),
  ])],
  [], [["NL102", "n1"]],
  "Long VGR note: the only hedged diagnosis is under the protected sökord 'Tidiga hypoteser'.")

C("d73-lang-epikris-mmr-misstankt-sjogren", "skane", "1966-02-09", "186",
  [N("n1", M, "Epikris", "sus_smarta", "Karin Lindgren", "läkare", "2024-12-17T11:00", [
      ("Epikris", "58-årig kvinna som genomgått 10 v multimodal smärtrehabilitering (MMR2) i grupp med läkare, fysioterapeut, arbetsterapeut, psykolog och kurator."),
      ("Diagnos", "Fibromyalgi (M79.7), fastställd 2021. Långvarig nacksmärta."),
      ("Förlopp", "God närvaro, missade två gruppträffar pga förkylning. Deltagit i ACT-baserad gruppbehandling, gradvis ökad fysisk aktivitet och aktivitetsbalansträning."),
      ("Resultat", "Steg/dag från 3 100 till 7 400. 6MWT från 380 till 465 m. HADS-D 11 → 7. Smärtintensitet NRS 7 → 5. Arbetar nu 50 % som sekreterare med anpassade arbetsuppgifter."),
      ("Status vid utskrivning", "Gott AT. Rörlighet i nacke förbättrad. Leder ua. Torra slemhinnor i munnen, ömma spottkörtlar."),
      ("Bedömning", "Tydlig förbättring av funktion och livskvalitet. Torrhetssymtom i mun och ögon samt ledvärk – misstänkt Sjögrens syndrom som bör utredas vidare."),
      ("Uppföljning", "Remiss till reumatolog. Uppföljning i primärvården med fortsatt sjukskrivning 50 % och plan för upptrappning. Uppföljningsträff på smärtrehab om 6 mån."),
  ])],
  [["NL102", "n1"]], [],
  "Long discharge summary: one 'misstänkt Sjögrens syndrom' among settled diagnoses.")

C("d73-lang-pmo-rehabkoordinator-hedgade-diagnoser", "skane", "1970-11-30", "042",
  [N("n1", P, "Rehabkoordinering", "vc_simrishamn", "Ewa Rosengren", "rehabkoordinator", "2024-06-20T10:30", [
      ("Bakgrund", "53-årig kvinna, undersköterska på äldreboende. Sjukskriven 100 % sedan februari för långvarig smärta i nacke och skuldror."),
      ("Samtal", "Rehabkoordinerande samtal på vårdcentralen. Pat beskriver att värken sprider sig och att hon sover dåligt. Husläkaren har noterat trolig fibromyalgi och ev. samtidig depression, utredning pågår."),
      ("Arbetsförmåga", "Klarar i nuläget inte personlyft. Skulle kunna prova kontorsnära uppgifter några timmar per dag."),
      ("Arbetsgivarkontakt", "Telefonmöte med enhetschef 18/6 med pat samtycke. Arbetsgivaren kan erbjuda arbete i köket på deltid från augusti."),
      ("Försäkringskassan", "Handläggare kontaktad, avstämningsmöte bokat 4/7."),
      ("Planering", "Remiss till fysioterapeut på vårdcentralen. Ny kontakt efter avstämningsmötet. Pat informerad om rehabkoordinatorns roll."),
  ])],
  [], [["NL102", "n1"]],
  "Long PMO note with two hedged diagnoses: PMO never shows diagnoses.")


# ================================================================ build + validate
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")
CODES = {"NL101", "NL102"}


def age_at(birth, when):
    b = dt.date.fromisoformat(birth)
    w = when.date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def build():
    problems = []
    out = []
    names = set()
    seen_sentences = {}
    seen_pnr = {}
    for c in CASES:
        name = c["name"]
        if not name.startswith("d73-"):
            problems.append(f"{name}: name lacks prefix d73-")
        if name in names:
            problems.append(f"{name}: duplicate case name")
        names.add(name)
        if c["ruleset"] not in ("skane", "vgr"):
            problems.append(f"{name}: bad ruleset")
        # patient
        pn = pnr(c["birth"], c["serial"])
        digits = pn.replace("-", "")[2:]
        if luhn_digit(digits[:9]) != digits[9]:
            problems.append(f"{name}: Luhn")
        if pn[:8] != c["birth"].replace("-", ""):
            problems.append(f"{name}: pnr/birth mismatch")
        if pn in seen_pnr:
            problems.append(f"{name}: personnummer reused from {seen_pnr[pn]}")
        seen_pnr[pn] = name
        notes = []
        times = []
        by_id = {}
        for n in c["notes"]:
            n = json.loads(json.dumps(n))
            key = n["unit"].pop("_key")
            by_id[n["id"]] = (n, key)
            t = dt.datetime.fromisoformat(n["time"])
            times.append(t)
            if t.year != 2024:
                problems.append(f"{name}/{n['id']}: time not in 2024")
            if n["signed"] is not None:
                s = dt.datetime.fromisoformat(n["signed"])
                if s.year != 2024 or s < t:
                    problems.append(f"{name}/{n['id']}: bad signed time")
            if n["system"] not in ("Melior", "PMO"):
                problems.append(f"{name}/{n['id']}: bad system")
            if c["ruleset"] == "vgr":
                if n["system"] != "Melior":
                    problems.append(f"{name}/{n['id']}: VGR note not Melior")
                if not n["unit"]["hsa_id"].startswith(VGR_PREFIX):
                    problems.append(f"{name}/{n['id']}: VGR case with non-VGR unit")
            else:
                if not n["unit"]["hsa_id"].startswith(SKANE_PREFIX):
                    problems.append(f"{name}/{n['id']}: Skåne case with non-Skåne unit")
                if (n["system"] == "PMO") != (key in PMO_UNITS):
                    problems.append(f"{name}/{n['id']}: PMO system/unit mismatch")
            if not n["sections"]:
                problems.append(f"{name}/{n['id']}: no sections")
            for sec in n["sections"]:
                if not sec["keyword"].strip() or not sec["text"].strip():
                    problems.append(f"{name}/{n['id']}: empty section")
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen_sentences and seen_sentences[sent] != (name, n["id"], sec["keyword"]):
                            problems.append(f"{name}: sentence repeated (also in {seen_sentences[sent][0]}): {sent!r}")
                        seen_sentences.setdefault(sent, (name, n["id"], sec["keyword"]))
            notes.append(n)
        if len(by_id) != len(c["notes"]):
            problems.append(f"{name}: duplicate note ids")
        as_of = c["as_of"] or (max(times).replace(hour=0, minute=0, second=0) + dt.timedelta(days=5))
        if as_of.year != 2024:
            as_of = dt.datetime(2024, 12, 31)
        age = age_at(c["birth"], as_of)
        if 13 <= age <= 15:
            problems.append(f"{name}: patient aged {age} (13-15 not allowed)")
        if age < 0 or age > 105:
            problems.append(f"{name}: implausible age {age}")
        if not c["must"] and not c["must_not"]:
            problems.append(f"{name}: asserts nothing")
        pairs = set()
        for lst in (c["must"], c["must_not"]):
            for code, nid in lst:
                if code not in CODES:
                    problems.append(f"{name}: unexpected code {code}")
                if nid not in by_id:
                    problems.append(f"{name}: target {nid} missing")
                    continue
                if (code, nid) in pairs:
                    problems.append(f"{name}: {code}/{nid} asserted twice")
                pairs.add((code, nid))
                sysname = by_id[nid][0]["system"]
                if code == "NL102" and sysname != "Melior" and lst is c["must"]:
                    problems.append(f"{name}: NL102 must on non-Melior note")
                if code == "NL101" and sysname == "PMO":
                    problems.append(f"{name}: NL101 asserted on PMO")
        if not c["why"].strip():
            problems.append(f"{name}: empty why")
        rec = {
            "patient": {"id": pn, "birth_date": c["birth"], "protected_identity": False},
            "as_of": as_of.strftime("%Y-%m-%dT%H:%M:%S"),
            "notes": notes,
            "access_events": [], "conversations": [], "treatments": [],
        }
        out.append({"case": name, "ruleset": c["ruleset"], "record": rec,
                    "must": c["must"], "must_not": c["must_not"], "why": c["why"]})
    keys = {"case", "ruleset", "record", "must", "must_not", "why"}
    for o in out:
        if set(o) != keys:
            problems.append(f"{o['case']}: keys {sorted(o)}")
    return out, problems


def main():
    out, problems = build()
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    tally = {}
    for o in out:
        for kind in ("must", "must_not"):
            for code, _ in o[kind]:
                tally[(code, kind)] = tally.get((code, kind), 0) + 1
    regions = {}
    for o in out:
        regions[o["ruleset"]] = regions.get(o["ruleset"], 0) + 1
    print(f"wrote {len(out)} cases to {OUT}")
    print("regions:", regions)
    for code in sorted(CODES):
        print(f"{code}: must {tally.get((code, 'must'), 0)}, must_not {tally.get((code, 'must_not'), 0)}")


if __name__ == "__main__":
    main()
