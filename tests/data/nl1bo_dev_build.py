#!/usr/bin/env python3
"""nl1bo_dev_cases: independent gold cases for notelint NL101/NL102.

Theme: primary care (vårdcentral) notes written fast between patients —
telegraphic, abbreviations, typos, Latin and eponyms; telephone notes, 1177
message replies, prescription renewals and certificates.

All cases are data. `python3 build.py` writes nl1bo_dev_cases.jsonl beside this
file and validates it; exit status 1 on any problem. No dependencies.
"""
import json
import os
import re
import sys
from datetime import datetime, timedelta, date

NAME = "nl1bo_dev_cases"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, NAME + ".jsonl")

# ---------------------------------------------------------------- units
# key: (name, hsa_id, system, region)
UNITS = {
    # Västra Götaland: per the devset convention every VGR note is a Melior note
    "vgr_hisingsbacka": ("Vårdcentralen Hisings Backa", "SE2321000131-E000000012034", "Melior", "vgr"),
    "vgr_alingsas": ("Vårdcentralen Alingsås Centrum", "SE2321000131-E000000013177", "Melior", "vgr"),
    "vgr_lysekil": ("Vårdcentralen Lysekil", "SE2321000131-E000000014420", "Melior", "vgr"),
    "vgr_skovde": ("Vårdcentralen Skövde Norrmalm", "SE2321000131-E000000015562", "Melior", "vgr"),
    "vgr_torslanda": ("Vårdcentralen Torslanda", "SE2321000131-E000000016708", "Melior", "vgr"),
    "vgr_ulricehamn": ("Vårdcentralen Ulricehamn", "SE2321000131-E000000017355", "Melior", "vgr"),
    "vgr_molnlycke": ("Vårdcentralen Mölnlycke", "SE2321000131-E000000018091", "Melior", "vgr"),
    "vgr_boras": ("Vårdcentralen Borås Hässleholmen", "SE2321000131-E000000019246", "Melior", "vgr"),
    "vgr_trollhattan": ("Vårdcentralen Trollhättan Källstorp", "SE2321000131-E000000020613", "Melior", "vgr"),
    "vgr_vanersborg": ("Vårdcentralen Vänersborg Torpa", "SE2321000131-E000000021187", "Melior", "vgr"),
    "vgr_lidkoping": ("Vårdcentralen Lidköping Ågårdsskogen", "SE2321000131-E000000022459", "Melior", "vgr"),
    "vgr_kungalv": ("Vårdcentralen Kungälv Ytterby", "SE2321000131-E000000023801", "Melior", "vgr"),
    "vgr_stromstad": ("Vårdcentralen Strömstad", "SE2321000131-E000000024376", "Melior", "vgr"),
    "vgr_falkoping": ("Vårdcentralen Falköping Dotorp", "SE2321000131-E000000025930", "Melior", "vgr"),
    # Skåne primary care: PMO
    "sk_hoor": ("Vårdcentralen Höör", "SE2321000255-3H41", "PMO", "skane"),
    "sk_kavlinge": ("Vårdcentralen Kävlinge", "SE2321000255-3K27", "PMO", "skane"),
    "sk_sjobo": ("Vårdcentralen Sjöbo", "SE2321000255-3S18", "PMO", "skane"),
    "sk_tomelilla": ("Vårdcentralen Tomelilla", "SE2321000255-3T05", "PMO", "skane"),
    "sk_ahus": ("Vårdcentralen Åhus", "SE2321000255-3A62", "PMO", "skane"),
    "sk_limhamn": ("Vårdcentralen Limhamn", "SE2321000255-3L74", "PMO", "skane"),
    "sk_eslov": ("Vårdcentralen Eslöv", "SE2321000255-3E39", "PMO", "skane"),
    "sk_simrishamn": ("Vårdcentralen Simrishamn", "SE2321000255-3S90", "PMO", "skane"),
    "sk_bvc_staffanstorp": ("BVC Staffanstorp", "SE2321000255-3B16", "PMO", "skane"),
    "sk_bastad": ("Vårdcentralen Båstad", "SE2321000255-3B53", "PMO", "skane"),
    "sk_um_lund": ("Ungdomsmottagningen Lund", "SE2321000255-3U08", "PMO", "skane"),
    "sk_horby_hsv": ("Vårdcentralen Hörby, hemsjukvård", "SE2321000255-3H77", "PMO", "skane"),
    # Skåne hospital units: Melior
    "skm_trelleborg": ("Närakuten, Trelleborgs lasarett", "SE2321000255-7T31", "Melior", "skane"),
    "skm_ystad": ("Medicinmottagningen, Ystads lasarett", "SE2321000255-7Y12", "Melior", "skane"),
    "skm_angelholm": ("Närakuten, Ängelholms sjukhus", "SE2321000255-7A48", "Melior", "skane"),
    "skm_landskrona": ("Medicinmottagningen, Landskrona lasarett", "SE2321000255-7L66", "Melior", "skane"),
    "skm_helsingborg": ("Närakuten, Helsingborgs lasarett", "SE2321000255-7H20", "Melior", "skane"),
    "skm_kristianstad": ("Infektionsmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-7K95", "Melior", "skane"),
    "skm_hassleholm": ("Akutmottagningen, Hässleholms sjukhus", "SE2321000255-7H58", "Melior", "skane"),
}

PROTECTED_TEMPLATES_SKANE = {"Tidiga hypoteser"}
PROTECTED_KEYWORDS_VGR = {"Tidiga hypoteser"}


def luhn_digit(nine):
    s = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return str((10 - s % 10) % 10)


def personnummer(birth, sex, n):
    y, m, d = birth.split("-")
    serial2 = "%02d" % ((n * 53 + 17) % 100)
    sexd = (n * 7) % 10
    if sex == "M" and sexd % 2 == 0:
        sexd = (sexd + 1) % 10
    if sex == "F" and sexd % 2 == 1:
        sexd = (sexd + 1) % 10
    nine = y[2:] + m + d + serial2 + str(sexd)
    return "%s%s%s-%s%s%s" % (y, m, d, serial2, sexd, luhn_digit(nine))


def iso(t):
    return datetime.strptime(t, "%Y-%m-%d %H:%M").strftime("%Y-%m-%dT%H:%M:00")


AUTO = object()


def N(nid, unit, template, author, role, time, sections, signed=AUTO, refs=None,
      setting="öppenvård"):
    name, hsa, system, region = UNITS[unit]
    if signed is AUTO:
        t = datetime.strptime(time, "%Y-%m-%d %H:%M") + timedelta(minutes=35)
        signed_s = t.strftime("%Y-%m-%dT%H:%M:00")
    elif signed is None:
        signed_s = None
    else:
        signed_s = iso(signed)
    return {
        "id": nid, "system": system, "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": iso(time), "signed": signed_s, "setting": setting,
        "refs": list(refs or []),
        "sections": [{"keyword": k, "text": v} for k, v in sections],
        "_region": region,
    }


def CV(cid, ctype, unit, opened, handled, messages, attachments=(), concerns_care=True):
    name, hsa, _system, _region = UNITS[unit]
    return {
        "id": cid, "type": ctype, "unit": {"name": name, "hsa_id": hsa},
        "opened": iso(opened), "handled": iso(handled), "concerns_care": concerns_care,
        "messages": [{"sender": s, "time": iso(t), "text": x} for s, t, x in messages],
        "attachments": [{"name": a, "kind": k} for a, k in attachments],
    }


CASES = []


def C(name, ruleset, pat, notes, must=(), must_not=(), why="", conversations=()):
    CASES.append({
        "name": name, "ruleset": ruleset, "pat": pat, "notes": notes,
        "must": [list(x) for x in must], "must_not": [list(x) for x in must_not],
        "why": why, "conversations": list(conversations),
    })


def one(name, ruleset, pat, unit, template, author, role, time, sections, must=(),
        must_not=(), why="", signed=AUTO, refs=None, conversations=(), setting="öppenvård"):
    C(name, ruleset, pat,
      [N("n1", unit, template, author, role, time, sections, signed=signed, refs=refs,
         setting=setting)],
      must=must, must_not=must_not, why=why, conversations=conversations)


M102 = [("NL102", "n1")]
X102 = [("NL102", "n1")]
M101 = [("NL101", "n1")]
X101 = [("NL101", "n1")]

# ============================================================ NL102 positives, VGR Melior
one("vc-tel-ssk-susp-cystit", "vgr", ("1987-05-14", "F"), "vgr_hisingsbacka",
    "Telefonanteckning", "Lena Persson", "sjuksköterska", "2024-02-06 08:42", [
        ("Kontaktorsak", "Tel. från pat, sveda vid miktion sedan 2 d, tät trängning. Ej feber, ej flanksmärta, ej gravid."),
        ("Bedömning", "Susp. okomplicerad cystit."),
        ("Åtgärd", "Lämnar U-sticka + odl imorgon 08-09. Dr bedömer svaret. Råd: dricka rikligt, återkontakt vid feber."),
    ], must=M102, why="'Susp.' before a diagnosis in the Bedömning of a visible Melior telephone note.")

one("vc-trol-pneumoni-hogerbasal", "vgr", ("1949-11-02", "M"), "vgr_alingsas",
    "Läkaranteckning", "Ahmed Yousef", "läkare", "2024-01-18 10:20", [
        ("Aktuellt", "Hosta 10 d, feber 38,9 igår kväll, trött, aptitlös. Rökt tidigare, slutade 2010."),
        ("Status", "AT lätt påverkat. Pulm: krepitationer hö bas, SpO2 94 %, AF 22. Cor: RR 92, inga bi-ljud."),
        ("Lab", "CRP 112."),
        ("Bedömning", "Trol. samhällsförvärvad pneumoni hö basalt, CRB-65 1 p pga ålder."),
        ("Åtgärd", "PcV 1 g x 3 i 7 d. Rtg pulm om 6 v. Återkontakt om ej bättre inom 3 d, akut vid andnöd."),
    ], must=M102, why="'Trol.' (trolig) pneumonia in a telegraphic Melior doctor's note.")

one("vc-sannol-bppv-epley", "vgr", ("1961-08-23", "F"), "vgr_lysekil",
    "Läkaranteckning", "Sofia Bergström", "ST-läkare", "2024-03-04 13:15", [
        ("Anamnes", "Snurrande yrsel sekunder vid sänggående och när hon tittar upp i skåp, 1 v. Ingen hörselnedsättning, ingen tinnitus."),
        ("Status", "Neuro ua, Rombergs ua. Dix-Hallpike pos hö med geotropt torsionsnystagmus, uttröttbart."),
        ("Bedömning", "Sannol. BPPV hö bakre båggång."),
        ("Åtgärd", "Epleys manöver x2 på mottagningen, lindring. Instruerad i Brandt-Daroff hemma."),
    ], must=M102, why="'Sannol.' abbreviation hedging BPPV, among eponyms (Dix-Hallpike, Epley).")

one("vc-akut-tel-pneumoni-fragetecken", "vgr", ("1972-03-09", "M"), "vgr_torslanda",
    "Telefonanteckning", "Mikael Ström", "läkare", "2024-11-19 17:05", [
        ("Telefonkontakt", "Hostat 2 v, nu feber 39 och hugg hö sida vid andning. Pneumoni? Tid akut imorgon 08.30 för CRP och status, hänvisas till närakut ikväll om andfådd."),
    ], must=M102, why="Trailing '?' after a diagnosis in a one-section telephone note.")

one("vc-dd-knasvullnad", "vgr", ("1958-12-01", "M"), "vgr_ulricehamn",
    "Läkaranteckning", "Elin Wahlgren", "läkare", "2024-05-22 09:40", [
        ("Aktuellt", "Svullet vä knä sedan i förrgår, värmeökat, svårt gå. Ingen trauma. Tar Furix sedan i vintras."),
        ("Status", "Vä knä: uttalad hydrops, rodnad, nedsatt flexion 90 gr. Temp 37,6."),
        ("Bedömning", "DD gikt, pseudogikt (kondrokalcinos), septisk artrit."),
        ("Åtgärd", "Ledpunktion: 40 ml grumlig vätska, skickas för odling och kristaller. Ej kortison i leden innan odl-svar. Ny kontakt imorgon."),
    ], must=M102, why="'DD' list of competing diagnoses in a visible Melior note.")

one("vc-dvt-kan-ej-utselutas-typo", "vgr", ("1979-07-17", "F"), "vgr_molnlycke",
    "Läkaranteckning", "Johan Sandberg", "läkare", "2024-04-10 11:05", [
        ("Aktuellt", "Ömhet och svullnad vä vad 4 d. Långflygning från Thailand förra veckan. P-piller."),
        ("Status", "Vä vad 2 cm större omfång än hö, ömhet längs v. saphena magna. Homans neg."),
        ("Bedömning", "DVT kan ej utselutas, Wells 2, D-dimer 0,9."),
        ("Åtgärd", "Innohep 14 000 E sc given på vc, ultraljud vener akut remiss imorgon förmiddag."),
    ], must=M102, why="'kan ej uteslutas' hedge on DVT, written with the typo 'utselutas'.")

one("vc-obs-appendicit-remiss", "vgr", ("2001-03-27", "M"), "vgr_boras",
    "Läkaranteckning", "Leila Haddad", "läkare", "2024-06-03 15:50", [
        ("Aktuellt", "Buksmärta sedan i natt, började kring naveln, nu hö fossa. Illamående, kräkts x1."),
        ("Status", "Ömhet McBurneys punkt, släppömhet, Rovsings tecken pos. Temp 38,0."),
        ("Lab", "CRP 41, LPK 13,8."),
        ("Bedömning", "Obs appendicit?"),
        ("Åtgärd", "Remiss kir akuten SÄS, pat åker med anhörig. Fasta från nu."),
    ], must=M102, why="'Obs appendicit?' (observation for, with '?') is a working hypothesis in a visible note.")

one("vc-misstankt-begynnande-hypotyreos", "vgr", ("1968-10-09", "F"), "vgr_trollhattan",
    "Läkaranteckning", "Per-Erik Nilsson", "läkare", "2024-02-14 14:30", [
        ("Aktuellt", "Trötthet, frusenhet, +4 kg på ett halvår."),
        ("Lab", "TSH 9,8, fritt T4 12 (ref 12-22), TPO-ak pos."),
        ("Bedömning", "Misstänkt begynnande hypotyreos (Hashimoto)."),
        ("Planering", "Om-prov TSH/T4 om 6 v, ställningstagande till Levaxin då."),
    ], must=M102, why="'Misstänkt' hypothyroidism awaiting re-test, in a visible Melior note.")

one("vc-migran-med-dd-overforbrukning", "vgr", ("1995-01-30", "F"), "vgr_vanersborg",
    "Läkaranteckning", "Karin Lindqvist", "läkare", "2024-09-12 10:10", [
        ("Aktuellt", "Återkommande ensidig pulserande huvudvärk 1-2 ggr/mån sedan tonåren, ljus- och ljudkänslig, kräks ibland. Ingen aura. Tar Alvedon nästan dagligen sista halvåret."),
        ("Status", "Neuro ua, fundus ua, BT 118/74."),
        ("Bedömning", "Migrän utan aura, DD läkemedelsöverförbrukningshuvudvärk."),
        ("Åtgärd", "Rec Sumatriptan 50 mg. Huvudvärksdagbok, begränsa Alvedon till max 10 dagar/mån."),
    ], must=M102, why="A differential (DD) left open next to an otherwise firm diagnosis.")

one("vc-mojlig-polymyalgi", "vgr", ("1951-06-18", "F"), "vgr_lidkoping",
    "Läkaranteckning", "Tomas Öberg", "läkare", "2024-10-02 08:55", [
        ("Aktuellt", "Stelhet och värk i axlar och höftgördel sedan 6 v, värst morgon, >1 h. Svårt att ta på sig jackan."),
        ("Status", "Smärtsam abduktion axlar bilat, ingen synovit i händer. Temporalisartärer ua, ingen käkclaudicatio, ingen synpåverkan."),
        ("Lab", "SR 48, CRP 32, Hb 121."),
        ("Bedömning", "Möjlig polymyalgia reumatica."),
        ("Åtgärd", "Prövar Prednisolon 15 mg x1, utvärdering tel om 1 v. Omeprazol + Calcichew-D3."),
    ], must=M102, why="'Möjlig' before a Latin diagnosis (polymyalgia reumatica).")

one("vc-1177-bild-ev-erythema-migrans", "vgr", ("1983-04-02", "F"), "vgr_kungalv",
    "Ärendeanteckning 1177", "Björn Hellström", "läkare", "2024-06-24 11:40", [
        ("Kontaktorsak", "1177-ärende: fästingbett vä lår ca 10 d sedan, rodnad som vuxit till ca 6 cm. Bild bifogad, skannad till journalen."),
        ("Bedömning", "Ev. erythema migrans, afebril enl pat."),
        ("Åtgärd", "Rec PcV 1 g x 3 i 10 d, svar via 1177. Återkontakt om feber eller nytillkomna besvär."),
    ], must=M102, refs=["1177-80231"],
    conversations=[CV("1177-80231", "Rådgivning", "vgr_kungalv", "2024-06-24 07:12", "2024-06-24 11:40", [
        ("patient", "2024-06-24 07:12", "Fick ett fästingbett för ungefär tio dagar sedan och nu är det en röd ring runt som växer. Bifogar bild."),
        ("staff", "2024-06-24 11:35", "Hej! Utifrån bilden har jag skrivit ut antibiotika som du hämtar på apoteket. Hör av dig om du får feber eller om rodnaden inte bleknar inom en vecka."),
    ], attachments=[("fastingbett.jpg", "image")])],
    why="'Ev.' hedged diagnosis in the note documenting a 1177 message reply.")

one("vc-recept-omeprazol-trol-gerd", "vgr", ("1966-04-04", "M"), "vgr_falkoping",
    "Receptförnyelse", "Maria Kowalska", "läkare", "2024-01-29 16:20", [
        ("Läkemedel", "Omeprazol 20 mg 1x1 förnyas 1 år enl önskemål via 1177."),
        ("Bedömning", "Trol. GERD, aldrig gastroskoperad. Inga alarmsymtom enl tidigare anteckning."),
        ("Planering", "Utsättningsförsök tas upp vid årskontroll."),
    ], must=M102, why="Hedged diagnosis written into a prescription renewal note.")

one("vc-intyg-fk-trolig-utmattning", "vgr", ("1983-09-12", "F"), "vgr_stromstad",
    "Läkarintyg", "Gustav Lund", "läkare", "2024-03-19 15:00", [
        ("Intyg", "Läkarintyg för sjukpenning utfärdat, 100 % 2024-03-19 -- 2024-04-16."),
        ("Diagnos", "Trolig utmattningssyndrom (F43.8A). Sömnstörning, kognitiva besvär, emotionell labilitet sedan dec."),
        ("Aktivitetsbegränsning", "Klarar ej koncentrera sig > 20 min, glömmer möten, ljudkänslig."),
        ("Planering", "Remiss psykolog på vc, återbesök 4 v."),
    ], must=M102, why="Hedged diagnosis ('Trolig', with a gender slip) in a sick-leave certificate note.")

one("vc-typo-missankt-jarnbrist", "vgr", ("1990-12-21", "F"), "vgr_skovde",
    "Läkaranteckning", "Nadia Rahimi", "läkare", "2024-08-26 09:05", [
        ("Provsvar", "Hb 102, MCV 74, ferritin 6."),
        ("Bedömning", "Missänkt järnbristanemi, riklig mens. Ingen GI-blödning enl anamnes."),
        ("Åtgärd", "Niferex 100 mg x1, Hb-kontroll om 6 v. F-Hb x3."),
    ], must=M102, why="Typo 'Missänkt' (misstänkt) still hedges iron deficiency anaemia in a visible note.")

one("vc-ssk-barn-sannolikt-otit", "vgr", ("2021-04-15", "M"), "vgr_hisingsbacka",
    "Telefonanteckning", "Annika Holm", "sjuksköterska", "2024-01-09 07:55", [
        ("Telefonkontakt", "Mamma ringer. Feber 39,2 sedan igår, drar i hö öra, sov dåligt. Äter och dricker, kissar. Sannolikt otit. Tid till dr idag 14.30, Alvedon enl vikt."),
    ], must=M102, why="'Sannolikt' otitis in a toddler's Melior note that the guardians read.")

one("vc-kort-sinuit-fragetecken", "vgr", ("1977-06-06", "M"), "vgr_alingsas",
    "Telefonanteckning", "Lena Persson", "sjuksköterska", "2024-12-02 10:30", [
        ("Telefonkontakt", "Ansiktsvärk vä kind, snuvig 12 d, bättre ett tag men nu sämre. Sinuit? Nässpray + koksaltskölj, ring om feber >3 d."),
    ], must=M102, why="Diagnosis followed by '?' inside a short nurse telephone note.")

one("vc-fysio-differentialdiagnos-axel", "vgr", ("1964-02-11", "F"), "vgr_ulricehamn",
    "Fysioterapeutanteckning", "Jonas Eklund", "fysioterapeut", "2024-04-25 13:00", [
        ("Anamnes", "Smärta vä axel 3 mån, nattvärk, svårt hänga upp tvätt. Inget trauma."),
        ("Status", "Passiv utåtrotation kraftigt nedsatt 20 gr, abd 80 gr. Jobes test svagt, smärta."),
        ("Bedömning", "Differentialdiagnostiskt frusen skuldra mot rotatorkuffruptur."),
        ("Åtgärd", "Hemprogram pendel + stretch. Kontakt med dr ang. ultraljud."),
    ], must=M102, why="Physiotherapist's open differential ('Differentialdiagnostiskt … mot …').")

one("vc-psykolog-trol-gad", "vgr", ("1998-03-03", "F"), "vgr_torslanda",
    "Psykologanteckning", "Sara Nyman", "psykolog", "2024-05-08 14:00", [
        ("Bakgrund", "Remiss från dr pga oro och sömnsvårigheter sedan studiestart."),
        ("Aktuellt", "Grubblar om det mesta, svårt att släppa oro om familj och ekonomi, spänd, sover 4-5 h. GAD-7 16, PHQ-9 8."),
        ("Bedömning", "Trol. generaliserat ångestsyndrom. Ingen suicidalitet."),
        ("Planering", "KBT-samtal 6 ggr, nästa 22/5."),
    ], must=M102, why="Psychologist's 'Trol.' diagnosis in a visible Melior note; the negated suicidality is not the point.")

one("vc-dietist-misstankt-celiaki", "vgr", ("2004-07-08", "F"), "vgr_lysekil",
    "Dietistanteckning", "Malin Sjöberg", "dietist", "2024-09-03 10:45", [
        ("Aktuellt", "Uppblåst, lös avföring och -3 kg sedan i våras. Har själv börjat minska på bröd."),
        ("Bedömning", "Misstänkt celiaki. Transglutaminas-ak ej taget."),
        ("Åtgärd", "Avråder glutenfri kost tills prov tagits. Meddelande till dr för labremiss."),
    ], must=M102, why="Dietitian's 'Misstänkt' coeliac disease in a visible note.")

one("vc-dermatoskopi-susp-melanom", "vgr", ("1955-01-19", "M"), "vgr_molnlycke",
    "Läkaranteckning", "Johan Sandberg", "läkare", "2024-07-01 11:30", [
        ("Aktuellt", "Fru tycker att födelsemärke på ryggen ändrat färg och blivit större."),
        ("Status", "Pigmenterad lesion 9 x 7 mm nedom hö skulderblad, asymmetrisk, oregelbunden kant, flera färger. Dermatoskopi: atypiskt nätverk, regressionsområde."),
        ("Bedömning", "Susp. malignt melanom."),
        ("Åtgärd", "Remiss hudkliniken SVF. Foto taget."),
    ], must=M102, why="'Susp.' malignant melanoma after dermatoscopy, nothing said about telling the patient.")

one("vc-tel-trol-viral-gastroenterit", "vgr", ("1992-11-05", "F"), "vgr_boras",
    "Telefonanteckning", "Fatima Ali", "sjuksköterska", "2024-02-20 08:15", [
        ("Telefonkontakt", "Kräkts x6 sedan igår kväll, diarré, hela familjen sjuk. Dricker små klunkar, kissat i morse. Trol. viral gastroenterit. Råd vätskeersättning, ring igen vid tecken på uttorkning."),
    ], must=M102, why="'Trol.' gastroenteritis in a nurse's telephone advice note.")

one("vc-dietist-ev-laktosintolerans-enrad", "vgr", ("1986-08-14", "M"), "vgr_vanersborg",
    "Dietistanteckning", "Therese Dahl", "dietist", "2024-06-12 09:00", [
        ("Bedömning", "Ev. laktosintolerans, testar laktosfri kost 2 v och för dagbok."),
    ], must=M102, why="One-line dietitian note with 'Ev.' before a diagnosis.")

one("vc-spirometri-misstanke-om-kol", "vgr", ("1957-05-25", "M"), "vgr_lidkoping",
    "Läkaranteckning", "Tomas Öberg", "läkare", "2024-03-27 10:00", [
        ("Aktuellt", "Dyspné vid trappor, morgonhosta med slem. Rökare 35 paketår."),
        ("Spirometri", "FEV1/FVC 0,64 före bronkdilatation, FEV1 62 % av förv. Reversibilitetstest bokat 10/4."),
        ("Bedömning", "Misstanke om KOL."),
        ("Åtgärd", "Rökavvänjning erbjuden, tackar ja, tid hos tobaksavvänjare. Pneumokockvaccin."),
    ], must=M102, why="'Misstanke om' COPD pending reversibility testing.")

one("vc-trol-herpes-zoster", "vgr", ("1944-10-30", "F"), "vgr_kungalv",
    "Läkaranteckning", "Björn Hellström", "läkare", "2024-08-08 15:10", [
        ("Aktuellt", "Brännande smärta hö thorax bak-fram 3 d, i morse blåsor."),
        ("Status", "Grupperade vesikler på rodnad botten dermatom Th6 hö, ej över mittlinjen."),
        ("Bedömning", "Trol. herpes zoster Th6 hö."),
        ("Åtgärd", "Valaciklovir 1 g x3 i 7 d, Alvedon. Åter vid ögonpåverkan."),
    ], must=M102, why="Even a clinically obvious diagnosis is hedged when written 'Trol.'.")

one("vc-mojligen-karpaltunelsyndrom-typo", "vgr", ("1975-04-20", "F"), "vgr_trollhattan",
    "Läkaranteckning", "Per-Erik Nilsson", "läkare", "2024-10-15 13:40", [
        ("Aktuellt", "Domningar dig I-III hö hand nattetid, vaknar och skakar handen. Jobbar i kassa."),
        ("Status", "Tinels tecken pos över karpaltunneln hö, Phalens test pos efter 30 s. Ingen atrofi thenar."),
        ("Bedömning", "Möjligen karpaltunelsyndrom hö."),
        ("Åtgärd", "Nattskena via AT. Remiss neurofys för ENeG."),
    ], must=M102, why="'Möjligen' before a misspelt diagnosis ('karpaltunelsyndrom'), eponymous tests around it.")

one("vc-susp-tia-samma-dag", "vgr", ("1946-09-09", "M"), "vgr_falkoping",
    "Läkaranteckning", "Maria Kowalska", "läkare", "2024-11-07 09:25", [
        ("Aktuellt", "Igår morse ca 20 min svårt att hitta ord, frun såg att hö mungipa hängde. Nu helt återställd."),
        ("Status", "Neuro ua, NIHSS 0. EKG: sinusrytm 72. BT 168/94."),
        ("Bedömning", "Susp. TIA, ABCD2 5 p."),
        ("Åtgärd", "Remiss TIA-mottagningen SkaS samma dag, tel-kontakt med strokejour. Trombyl 160 mg laddning."),
    ], must=M102, why="'Susp. TIA' sent on the same day, in a visible Melior note.")

one("vc-typo-sannolilkt-podagra", "vgr", ("1963-03-15", "M"), "vgr_stromstad",
    "Läkaranteckning", "Gustav Lund", "läkare", "2024-01-23 10:50", [
        ("Aktuellt", "Vaknade med kraftig värk vä stortå, kan ej ha täcket på. Festat i helgen. Tar Hydroklortiazid."),
        ("Status", "MTP I vä rodnad, svullen, extremt ömmande."),
        ("Bedömning", "Sannolilkt gikt, podagra vä."),
        ("Åtgärd", "Naproxen 500 mg x2 i 5 d. Urat om 4 v. Byta Hydroklortiazid till Amlodipin."),
    ], must=M102, why="Typo 'Sannolilkt' (sannolikt) hedging gout, with the Latin 'podagra'.")

one("vc-ev-begynnande-polyneuropati", "vgr", ("1952-12-12", "M"), "vgr_skovde",
    "Sjuksköterskeanteckning", "Eva Gustafsson", "diabetessjuksköterska", "2024-04-16 14:15", [
        ("Aktuellt", "Årskontroll diabetes typ 2 sedan 2015. Stickningar i fötterna nattetid."),
        ("Status", "Monofilament: nedsatt känsel 3/5 pkt bilat. Vibration nedsatt dig I. Fotpulsar palp."),
        ("Bedömning", "Ev. begynnande polyneuropati, fotstatus riskgrupp 2."),
        ("Åtgärd", "Remiss fotterapeut. Dr informeras, HbA1c + B12 tas."),
    ], must=M102, why="Diabetes nurse writes 'Ev. begynnande polyneuropati' next to a confirmed diabetes.")

one("vc-hjartsvikt-kan-inte-uteslutas", "vgr", ("1947-05-05", "F"), "vgr_hisingsbacka",
    "Läkaranteckning", "Mikael Ström", "läkare", "2024-09-24 11:20", [
        ("Aktuellt", "Ankelsvullnad bilat 1 mån, andfådd i trappa, sover med 2 kuddar."),
        ("Status", "Pitting ödem till mitten av underben. Pulm: basala rassel bilat. Cor: oregelbunden rytm 96."),
        ("Lab", "NT-proBNP 620."),
        ("Bedömning", "Hjärtsvikt kan inte uteslutas. Nyupptäckt oregelbunden rytm, EKG visar förmaksflimmer."),
        ("Åtgärd", "Remiss UKG. Furosemid 40 mg x1. CHA2DS2-VASc 4, Eliquis 5 mg x2 insätts."),
    ], must=M102, why="'kan inte uteslutas' hedges heart failure; the atrial fibrillation beside it is confirmed.")

one("vc-trol-depressiv-episod", "vgr", ("1980-01-08", "M"), "vgr_alingsas",
    "Läkaranteckning", "Ahmed Yousef", "läkare", "2024-10-21 15:30", [
        ("Aktuellt", "Nedstämd, orkeslös, tappat intresse för fotboll och barnen sedan 2 mån. Vaknar 4 på morgonen. Separerat i somras."),
        ("Status", "Psykiskt: sänkt grundstämning, gråtmild, ingen psykotisk symtombild. Suicidtankar förnekas, inga planer."),
        ("Skattning", "PHQ-9 19, MADRS-S 26."),
        ("Bedömning", "Trol. depressiv episod, medelsvår."),
        ("Åtgärd", "Sertralin 50 mg, tel-uppföljning 2 v. Sjukskriven 50 % 3 v."),
    ], must=M102, why="'Trol.' depressive episode in a GP note; negated suicidal thoughts nearby.")

one("vc-rtg-ev-scaphoideumfraktur", "vgr", ("1999-06-30", "M"), "vgr_ulricehamn",
    "Läkaranteckning", "Elin Wahlgren", "läkare", "2024-02-02 16:10", [
        ("Aktuellt", "Föll på handen på isen i morse. Ömhet anatomiska snusdosan vä."),
        ("Rtg", "Rtg vä handled: ev. fissur i os scaphoideum, ingen dislokation."),
        ("Bedömning", "Ev. scaphoideumfraktur vä."),
        ("Åtgärd", "Tumgips/skena, ny rtg om 10-14 d."),
    ], must=M102, why="Uncertain fracture ('Ev.') from an X-ray reading, written in the Bedömning.")

one("vc-tel-ev-karlkramp", "vgr", ("1959-08-02", "M"), "vgr_lysekil",
    "Telefonanteckning", "Sofia Bergström", "ST-läkare", "2024-07-16 13:05", [
        ("Telefonkontakt", "Tryck över bröstet vid uppförsbacke sista månaden, går över på 2 min i vila. Ej i vila, ej nattligt. Ev. kärlkramp. Tid imorgon för EKG, lab, arbetsprov via remiss. Nitro-spray utskriven, akut 112 vid smärta i vila >15 min."),
    ], must=M102, why="'Ev. kärlkramp' in a doctor's telephone note.")

one("vc-sarinfektion-fragetecken", "vgr", ("1971-11-11", "F"), "vgr_torslanda",
    "Sjuksköterskeanteckning", "Annika Berg", "sjuksköterska", "2024-05-27 10:40", [
        ("Aktuellt", "Suturtagning efter excision nevus vä axel 10 d."),
        ("Status", "Rodnad 1 cm runt såret, lätt värmeökning, ingen pus. Afebril."),
        ("Bedömning", "Begynnande sårinfektion?"),
        ("Åtgärd", "Suturer tagna. Dr tittat, avvaktar AB, ny kontroll fredag."),
    ], must=M102, why="Nurse's question-marked wound infection in a visible note.")

one("vc-intyg-korkort-susp-kognitiv-svikt", "vgr", ("1940-03-21", "M"), "vgr_vanersborg",
    "Intyg", "Karin Lindqvist", "läkare", "2024-06-19 14:00", [
        ("Intyg", "Intyg till Transportstyrelsen om körförmåga, grupp I."),
        ("Underlag", "MMSE-SR 23/30, klocktest patologiskt. Hustrun beskriver att han kört vilse två gånger."),
        ("Bedömning", "Susp. kognitiv svikt, demensutredning påbörjad. Bedöms ej uppfylla medicinska krav för körkort tills utredningen är klar."),
    ], must=M102, why="Driving-licence certificate note with a 'Susp.' cognitive diagnosis.")

one("vc-dd-mikroskopisk-hematuri", "vgr", ("1953-07-07", "M"), "vgr_kungalv",
    "Läkaranteckning", "Björn Hellström", "läkare", "2024-03-13 10:05", [
        ("Aktuellt", "Mikroskopisk hematuri på sticka x2 vid kontroller, ingen makroskopisk. Ex-rökare."),
        ("Bedömning", "DD njursten, urotelial cancer, prostatit."),
        ("Åtgärd", "U-odling, krea, PSA. Remiss DT-urografi och cystoskopi."),
    ], must=M102, why="'DD' list that includes a malignancy, in a visible note.")

one("vc-inger-misstanke-brostcancer", "vgr", ("1966-05-29", "F"), "vgr_boras",
    "Läkaranteckning", "Leila Haddad", "läkare", "2024-12-05 09:30", [
        ("Aktuellt", "Känt en knöl i hö bröst 3 v."),
        ("Status", "2 cm fast, oregelbunden resistens hö bröst övre yttre kvadrant, ej förskjutbar. Axill: palpabel körtel hö."),
        ("Bedömning", "Fyndet inger misstanke om bröstcancer."),
        ("Åtgärd", "Remiss bröstmottagningen SÄS enl SVF."),
    ], must=M102, why="'inger misstanke om' (raises suspicion of) breast cancer.")

one("vc-mest-sannolikt-tietze", "vgr", ("1988-10-10", "M"), "vgr_molnlycke",
    "Läkaranteckning", "Johan Sandberg", "läkare", "2024-01-31 14:45", [
        ("Aktuellt", "Smärta vä bröstkorg parasternalt, värre vid djupandning och vridning, 1 v. Ingen dyspné."),
        ("Status", "Palpationsömhet och lätt svullnad costochondrala övergången 2-3 vä. Pulm ua, SpO2 99 %. EKG ua."),
        ("Bedömning", "Mest sannolikt kostokondrit (Tietzes syndrom)."),
        ("Åtgärd", "NSAID 1 v, åter vid försämring."),
    ], must=M102, why="'Mest sannolikt' still hedges the eponymous diagnosis.")

one("vc-inte-sakert-eksem-kan-vara-psoriasis", "vgr", ("1993-09-09", "F"), "vgr_lidkoping",
    "Läkaranteckning", "Tomas Öberg", "läkare", "2024-11-26 10:25", [
        ("Status", "Välavgränsade fjällande plack armbågar och hårbotten, lätt klåda. Naglar: enstaka gropar."),
        ("Bedömning", "Inte säkert eksem, kan vara psoriasis."),
        ("Åtgärd", "Betnovat krämsalva 2 v, därefter Daivobet. Återbesök 6 v."),
    ], must=M102, why="Lay-style uncertainty ('inte säkert …, kan vara …') between two diagnoses.")

one("vc-dx-kod-med-fragetecken", "vgr", ("2000-02-18", "F"), "vgr_skovde",
    "Läkaranteckning", "Nadia Rahimi", "läkare", "2024-05-15 08:40", [
        ("Aktuellt", "Halsont 3 d, feber 38,5, ingen hosta."),
        ("Status", "Tonsiller svullna med beläggning bilat, ömma käkvinkelkörtlar. Centor 4. Strep A-test neg."),
        ("Diagnos", "J03.9 Tonsillit? Mononukleos?"),
        ("Åtgärd", "Monospot tas, svar imorgon. Ej AB nu."),
    ], must=M102, why="Question-marked diagnoses in the Diagnos section, one with an ICD-10 code.")

one("vc-1177-svar-trol-konjunktivit-barn", "vgr", ("2019-08-25", "F"), "vgr_trollhattan",
    "Ärendeanteckning 1177", "Hanna Åkesson", "distriktssköterska", "2024-03-06 12:10", [
        ("Kontaktorsak", "Pappa skriver via 1177: rött vä öga, gult kladd i morse, ingen feber, ser bra."),
        ("Bedömning", "Trol. bakteriell konjunktivit, opåverkad."),
        ("Åtgärd", "Råd om rengöring med koksalt, receptfria ögondroppar om ej bättre 3 d. Svar skickat via 1177."),
    ], must=M102, refs=["1177-55120"],
    conversations=[CV("1177-55120", "Rådgivning", "vgr_trollhattan", "2024-03-06 07:48", "2024-03-06 12:05", [
        ("patient", "2024-03-06 07:48", "Min dotter har ett rött öga med gult kladd i ögonvrån sedan i morse. Hon har ingen feber och är pigg."),
        ("staff", "2024-03-06 12:05", "Tack för ditt meddelande. Tvätta ögat med ljummet koksaltvatten flera gånger om dagen, hör av er igen om det inte blivit bättre på tre dagar."),
    ])],
    why="'Trol.' conjunctivitis in a child's 1177 reply note, read by the guardian.")

one("vc-typo-trol-pneumonni-hemtjanst", "vgr", ("1938-04-28", "M"), "vgr_hisingsbacka",
    "Telefonanteckning", "Mikael Ström", "läkare", "2024-12-16 16:40", [
        ("Telefonkontakt", "Hemsjukvårdens ssk ringer: pat febril 38,7, hostar, mer förvirrad än vanligt sedan igår. Rassel vä bas när hon lyssnat. Trol pneumonni vä. Ordinerat Doxyferm 200 mg dag 1 därefter 100 mg i 9 d, hembesök imorgon."),
    ], must=M102, why="Typos 'Trol' (no dot) and 'pneumonni' in a telephone order note; still a hedged pneumonia.")

one("vc-kort-ev-skabb", "vgr", ("2002-11-19", "M"), "vgr_lysekil",
    "Läkaranteckning", "Sofia Bergström", "ST-läkare", "2024-02-27 11:00", [
        ("Bedömning", "Klåda nattetid, gångar mellan fingrarna. Ev. skabb, sambon kliar också."),
        ("Åtgärd", "Tenutex, båda behandlas, tvätt 60 gr."),
    ], must=M102, why="Short note, 'Ev.' before a lay diagnosis word (skabb).")

one("vc-facialispares-borrelia-kan-ej-uteslutas", "vgr", ("1985-08-19", "F"), "vgr_falkoping",
    "Läkaranteckning", "Maria Kowalska", "läkare", "2024-09-30 14:10", [
        ("Aktuellt", "Vaknade med hängande vä mungipa, kan ej blunda helt vä öga. Fästingbett i somras, ingen ringformad rodnad sedd."),
        ("Status", "Perifer facialispares vä, även pannan påverkad. Övrig neurostatus ua. Öron ua, inga blåsor."),
        ("Bedömning", "Bells pares vä. Neuroborrelios kan ej uteslutas."),
        ("Åtgärd", "Prednisolon 50 mg x1 i 10 d, borreliaserologi. Ögonskydd och tårersättning natt."),
    ], must=M102, why="Confirmed Bell's palsy, but an alternative diagnosis is left open with 'kan ej uteslutas'.")

one("vc-barn-misstanke-om-astma", "vgr", ("2018-11-21", "M"), "vgr_boras",
    "Läkaranteckning", "Leila Haddad", "läkare", "2024-01-22 10:15", [
        ("Aktuellt", "Pipande andning vid förkylningar x4 i vinter, hostar nattetid. Pappa har astma."),
        ("Status", "AT gott. Pulm: enstaka ronki bilat, ingen indragning, SpO2 97 %."),
        ("Bedömning", "Misstanke om astma."),
        ("Åtgärd", "Airomir vb + Flutide 125 mikrog 1x2 via spacer, uppföljning 6 v. Astmaskola via ssk."),
    ], must=M102, why="'Misstanke om' asthma in a 5-year-old's note (guardian access); father's asthma is family history.")

one("vc-typo-diffrentialdiagnos-yrsel", "vgr", ("1950-06-14", "F"), "vgr_torslanda",
    "Läkaranteckning", "Linnea Forsberg", "läkare", "2024-10-04 11:35", [
        ("Aktuellt", "Konstant yrsel och ostadighet 3 d, kräkts x2. Hypertoni och förmaksflimmer utan antikoagulantia (eget val)."),
        ("Status", "Horisontell nystagmus åt hö, vinglig gång, head impulse test normalt."),
        ("Bedömning", "Diffrentialdiagnos vestibularisneurit vs. cerebellär ischemi. Normal head impulse talar emot neurit."),
        ("Åtgärd", "Akut remiss medicinakuten, DT/MR hjärna. Ambulans beställd."),
    ], must=M102, why="Misspelt 'Diffrentialdiagnos' naming two open alternatives.")

# ============================================================ NL102 positives, Skåne Melior
one("sk-narakut-trol-uretarsten", "skane", ("1976-01-14", "M"), "skm_trelleborg",
    "Läkaranteckning", "Erik Mårtensson", "läkare", "2024-04-03 22:15", [
        ("Aktuellt", "Kolikartad smärta vä flank strålande mot ljumsken sedan 4 h, orolig, illamående."),
        ("Status", "Dunkömhet vä njurloge. Buk mjuk. Temp 36,9."),
        ("Lab", "U-sticka: blod 3+, nitrit neg. Krea 88, CRP 6."),
        ("Bedömning", "Trol. uretärsten vä."),
        ("Åtgärd", "Voltaren 50 mg supp, smärtlindrad. DT-urografi via remiss, åter vid feber."),
    ], must=M102, why="Skåne Melior (hospital närakut): 'Trol.' ureteral stone in a visible note.")

one("sk-narakut-susp-erysipelas-dd-dvt", "skane", ("1950-07-27", "F"), "skm_angelholm",
    "Läkaranteckning", "Anna Friberg", "läkare", "2024-07-09 19:30", [
        ("Aktuellt", "Rodnad och värme vä underben sedan igår, frossa i natt. Diabetes typ 2."),
        ("Status", "Rodnad välavgränsad vä underben framsida, värmeökad, öm. Fotsvamp mellan tårna. Temp 38,4."),
        ("Bedömning", "Susp. erysipelas vä underben, DD DVT."),
        ("Åtgärd", "Kåvepenin 1 g x3 10 d. Ultraljud ben bokas imorgon. Tinea pedis behandlas med Pevaryl."),
    ], must=M102, why="'Susp.' erysipelas with a DD, Skåne Melior.")

one("sk-melior-tel-trol-hemolyserat-prov", "skane", ("1945-02-02", "M"), "skm_ystad",
    "Telefonanteckning", "Cecilia Holm", "sjuksköterska", "2024-05-13 09:10", [
        ("Bakgrund", "Kronisk njursvikt stadium 3a, Enalapril 10 mg."),
        ("Telefonkontakt", "Labbet ringer: kalium 6,1 i gårdagens prov. Trol. hemolyserat prov, hemolysindex högt. Pat opåverkad per tel. Nytt prov tas idag 13.00 på mottagningen."),
    ], must_not=X102, why="Near miss: 'Trol.' is about a haemolysed sample, not a diagnosis; the kidney disease is confirmed.")

one("sk-narakut-sannolikt-commotio", "skane", ("1997-12-03", "M"), "skm_helsingborg",
    "Läkaranteckning", "David Lindberg", "läkare", "2024-10-26 01:20", [
        ("Aktuellt", "Cyklade omkull utan hjälm, slog huvudet i asfalten. Minns inte själva fallet. Illamående, ej kräkts."),
        ("Status", "GCS 15, pupiller lika, ljusreagerar. Neuro ua. Hematom hö tinning."),
        ("Bedömning", "Sannolikt commotio cerebri. Ej indikation för DT enl skandinaviska riktlinjer."),
        ("Åtgärd", "Hem med vuxen, skriftlig info om varningstecken."),
    ], must=M102, why="'Sannolikt' before a Latin diagnosis (commotio cerebri), Skåne Melior.")

one("sk-narakut-typo-radiusfrakur", "skane", ("1939-06-06", "F"), "skm_trelleborg",
    "Läkaranteckning", "Erik Mårtensson", "läkare", "2024-01-11 14:30", [
        ("Aktuellt", "Halkade på trottoaren, tog emot med hö hand."),
        ("Status", "Svullnad och gaffelställning hö handled, ömhet distala radius. Sensorik/motorik distalt ua."),
        ("Bedömning", "Ev. distal radiusfrakur hö, Colles-typ."),
        ("Åtgärd", "Rtg beställd, gipsskena tills vidare."),
    ], must=M102, why="'Ev.' fracture, diagnosis misspelt 'radiusfrakur', eponym Colles.")

one("sk-diabetesmott-misstankt-lada", "skane", ("1982-08-30", "M"), "skm_landskrona",
    "Läkaranteckning", "Ingrid Sandell", "läkare", "2024-06-27 10:00", [
        ("Aktuellt", "Remiss från vc: nydiagnostiserad diabetes, normalvikt BMI 22, snabb viktnedgång, HbA1c 92."),
        ("Lab", "C-peptid lågt normalt. GAD-ak skickat."),
        ("Bedömning", "Misstänkt LADA."),
        ("Åtgärd", "Start basinsulin Abasaglar 10 E, diabetesssk-kontakt imorgon."),
    ], must=M102, why="'Misstänkt' LADA (an abbreviation diagnosis) awaiting antibodies.")

one("sk-tidiga-hypoteser-som-sokord-ej-mall", "skane", ("1958-04-16", "F"), "skm_ystad",
    "Läkaranteckning", "Ola Bengtsson", "läkare", "2024-08-20 11:15", [
        ("Aktuellt", "Viktnedgång 6 kg på 3 mån, trött, nattsvettas."),
        ("Tidiga hypoteser", "Misstänkt lymfom, förstorade lymfkörtlar hö supraklavikulärt."),
        ("Åtgärd", "DT thorax-buk beställd, LD, SR."),
    ], must=M102, why="Skåne hides by the template Tidiga hypoteser; a section so named inside a Läkaranteckning stays visible.")

one("sk-narakut-pyelonefrit-fragetecken-kort", "skane", ("1989-05-05", "F"), "skm_helsingborg",
    "Läkaranteckning", "David Lindberg", "läkare", "2024-03-30 23:50", [
        ("Bedömning och åtgärd", "Feber 39, dysuri, dunkömhet hö. Pyelonefrit hö? Odling tagen, Ciprofloxacin 500 mg x2 i 7 d."),
    ], must=M102, why="One-section night note with a question-marked diagnosis, Skåne Melior.")

one("sk-infektion-malaria-kan-inte-uteslutas", "skane", ("1991-02-26", "M"), "skm_kristianstad",
    "Läkaranteckning", "Patrik Svensson", "läkare", "2024-08-12 16:20", [
        ("Aktuellt", "Remitterad från vc Åhus: feber 39,5 och huvudvärk 5 d efter hemkomst från Uganda, ingen malariaprofylax."),
        ("Bedömning", "Malaria kan inte uteslutas. Snabbtest och tjock droppe tagna, svar inom 1 h."),
    ], must=M102, why="'kan inte uteslutas' on malaria in a Skåne Melior note.")

one("sk-narakut-covid-fragetecken", "skane", ("1964-11-29", "F"), "skm_hassleholm",
    "Läkaranteckning", "Jonas Wallin", "läkare", "2024-12-14 18:40", [
        ("Aktuellt", "Feber 38,6, torrhosta, muskelvärk 2 d, barnbarnen sjuka i helgen."),
        ("Status", "AT gott, SpO2 96 %, AF 18. Pulm ua."),
        ("Bedömning", "Covid-19? Influensa?"),
        ("Åtgärd", "PCR luftvägspanel tagen, hem med råd. Åter vid andfåddhet."),
    ], must=M102, why="Two question-marked infections in the Bedömning, Skåne Melior.")

# ============================================================ NL102 near misses, Melior
one("vc-ingen-misstanke-dvt-muskelbristning", "vgr", ("1984-05-12", "M"), "vgr_ulricehamn",
    "Läkaranteckning", "Elin Wahlgren", "läkare", "2024-08-14 10:50", [
        ("Aktuellt", "Sprang intervaller i lördags, hugg i vä vad, haltar."),
        ("Status", "Blåmärke och ömhet mediala gastrocnemius vä, ingen svullnad eller värme."),
        ("Bedömning", "Muskelbristning m. gastrocnemius vä. Ingen misstanke om DVT."),
        ("Åtgärd", "Avlastning, kompression, successiv belastning."),
    ], must_not=X102, why="Negated hypothesis ('Ingen misstanke om DVT') beside a confirmed diagnosis.")

one("vc-pneumoni-uteslutes-rtg", "vgr", ("1960-01-25", "F"), "vgr_kungalv",
    "Läkaranteckning", "Björn Hellström", "läkare", "2024-02-12 13:20", [
        ("Aktuellt", "Hosta 3 v efter förkylning, ingen feber nu."),
        ("Rtg", "Rtg pulm: inga infiltrat, hjärta ua."),
        ("Bedömning", "Pneumoni uteslutes. Postinfektiös hosta."),
        ("Åtgärd", "Ingen AB. Info om att hostan kan dröja 6-8 v."),
    ], must_not=X102, why="'uteslutes' rules pneumonia out; no hedged diagnosis remains.")

one("vc-barn-inga-tecken-pa-bakteriell-infektion", "vgr", ("2018-02-14", "M"), "vgr_trollhattan",
    "Läkaranteckning", "Per-Erik Nilsson", "läkare", "2024-12-09 09:15", [
        ("Aktuellt", "Feber 3 d, snuva, hosta, leker mellan febertopparna."),
        ("Status", "AT gott. Trumhinnor ua. Pulm ua, AF 24. Svalg lätt rodnat."),
        ("Lab", "CRP 9."),
        ("Bedömning", "Inga tecken på bakteriell infektion. Virusorsakad luftvägsinfektion."),
        ("Åtgärd", "Febernedsättande vb, info till föräldrarna om när de ska söka igen."),
    ], must_not=X102, why="'Inga tecken på' negation plus a firm viral diagnosis, child's note.")

one("vc-ssk-bt-kontroll-hypertoni-i-mal", "vgr", ("1956-10-03", "M"), "vgr_falkoping",
    "Sjuksköterskeanteckning", "Ulla Strand", "sjuksköterska", "2024-04-23 08:30", [
        ("Aktuellt", "BT-kontroll efter dosökning Enalapril till 20 mg."),
        ("Status", "BT 132/82 sittande, puls 68 regelb. Ingen yrsel, inga ankelödem."),
        ("Bedömning", "Hypertoni, målvärde nått."),
        ("Åtgärd", "Oförändrad medicinering, årskontroll hos dr i okt."),
    ], must_not=X102, why="Confirmed diagnosis only, in a nurse's BP check note.")

one("vc-pappa-utreds-misstankt-alzheimer-typo", "vgr", ("1971-03-14", "F"), "vgr_vanersborg",
    "Läkaranteckning", "Karin Lindqvist", "läkare", "2024-02-21 11:40", [
        ("Aktuellt", "Orolig för minnet efter att pappan börjat utredas för misstänt Alzheimers sjukdom. Glömmer ibland namn, klarar annars jobb och hem."),
        ("Status", "MMSE-SR 30/30, klocktest ua."),
        ("Bedömning", "Oro för minnesstörning, ingen kognitiv svikt påvisad."),
        ("Åtgärd", "Lugnande besked, åter vid progress."),
    ], must_not=X102, why="Family history: the father's suspected (typo 'misstänt') Alzheimer is not the patient's hypothesis.")

one("vc-tidigare-misstankt-celiaki-avskriven-ibs", "vgr", ("1985-06-21", "F"), "vgr_alingsas",
    "Läkaranteckning", "Ahmed Yousef", "läkare", "2024-07-04 10:30", [
        ("Anamnes", "Utredd 2021 pga misstänkt celiaki: tTG neg, normal duodenalbiopsi. Koloskopi 2022 ua."),
        ("Aktuellt", "Fortsatt växlande avföring, buksmärta lindras vid tarmtömning, värre vid stress."),
        ("Bedömning", "IBS med blandat avföringsmönster (Rom IV)."),
        ("Åtgärd", "Low-FODMAP via dietist, Inolaxol."),
    ], must_not=X102, why="Past suspicion that was ruled out; the current diagnosis is firm.")

one("vc-ev-aterbesok-ev-sanka-metformin", "vgr", ("1962-12-24", "M"), "vgr_stromstad",
    "Läkaranteckning", "Gustav Lund", "läkare", "2024-05-06 14:20", [
        ("Bedömning", "Diabetes typ 2, HbA1c 49, välreglerad på Metformin 1 g x2."),
        ("Planering", "Ev. återbesök till diabetesssk om 6 mån, annars årskontroll. Ev. sänka Metformin om eGFR sjunker."),
    ], must_not=X102, why="'Ev.' hedges only plans (follow-up, dose), not a diagnosis.")

one("vc-tel-trol-glomt-eliquis", "vgr", ("1943-08-08", "F"), "vgr_torslanda",
    "Telefonanteckning", "Annika Holm", "sjuksköterska", "2024-06-17 08:50", [
        ("Telefonkontakt", "Dottern ringer: pat har trol. glömt att ta Eliquis fre-sön, dosetten full. Känt förmaksflimmer. Inga neurologiska symtom. Råd: ta kvällsdos som vanligt, ej dubbeldos. Hemsjukvården kontaktas om dosettdelning."),
    ], must_not=X102, why="'trol.' is about missed doses; the atrial fibrillation is known.")

one("vc-gonartros-sannol-ingen-ny-remiss", "vgr", ("1950-11-27", "M"), "vgr_lidkoping",
    "Läkaranteckning", "Tomas Öberg", "läkare", "2024-09-18 13:00", [
        ("Aktuellt", "Knäsmärta hö, väntar på protesoperation på Lidköpings sjukhus."),
        ("Bedömning", "Gonartros hö, Ahlbäck grad III. Sannol. behövs ingen ny remiss, ortopeden har honom på väntelistan."),
        ("Åtgärd", "Ej Tramadol, fortsatt Alvedon 1 g x3 + Voltaren gel."),
    ], must_not=X102, why="'Sannol.' hedges the need for a referral, not the (confirmed) osteoarthritis.")

one("vc-misstanken-om-gallsten-avskrevs", "vgr", ("1978-02-09", "F"), "vgr_boras",
    "Läkaranteckning", "Leila Haddad", "läkare", "2024-10-09 08:20", [
        ("Aktuellt", "Återbesök efter ultraljud buk för episodisk smärta under hö revbensbåge."),
        ("Provsvar", "UL lever/gallvägar: inga konkrement, normal gallblåsa."),
        ("Bedömning", "Misstanken om gallsten avskrevs efter ultraljudet. Funktionell dyspepsi."),
        ("Åtgärd", "PPI-kur 4 v."),
    ], must_not=X102, why="A suspicion that the note itself says was dropped ('avskrevs').")

one("vc-obs-pc-allergi-streptokocktonsillit", "vgr", ("1996-12-01", "F"), "vgr_skovde",
    "Läkaranteckning", "Nadia Rahimi", "läkare", "2024-03-21 15:00", [
        ("Varning", "OBS! Pc-allergi, urtikaria 2012."),
        ("Status", "Tonsiller förstorade med beläggningar, ömma körtlar, feber 38,8, ingen hosta. Strep A pos."),
        ("Bedömning", "Streptokocktonsillit, Centor 4."),
        ("Åtgärd", "Klindamycin 150 mg x3 i 10 d."),
    ], must_not=X102, why="'OBS!' is a warning flag, not 'observation for'; the diagnosis is test-confirmed.")

one("vc-foljsamhet-fragetecken-diabetes", "vgr", ("1969-07-19", "M"), "vgr_molnlycke",
    "Sjuksköterskeanteckning", "Karolina Vik", "diabetessjuksköterska", "2024-11-13 10:10", [
        ("Aktuellt", "HbA1c stigit från 52 till 71. Följsamhet till Metformin? Pat säger att han tar den varje dag."),
        ("Bedömning", "Diabetes typ 2, försämrad glukoskontroll. Mycket kakor under hösten och jobbyte."),
        ("Åtgärd", "Dr-tid för ställningstagande till tillägg, kostgenomgång."),
    ], must_not=X102, why="The '?' marks a question about adherence, not a diagnosis.")

one("vc-typo-ingen-misstnake-malignitet", "vgr", ("1958-09-16", "F"), "vgr_kungalv",
    "Läkaranteckning", "Björn Hellström", "läkare", "2024-11-28 14:50", [
        ("Aktuellt", "Knöl på halsen vä sedan förkylning för 3 v, öm."),
        ("Status", "1 cm mjuk, ömmande, rörlig lymfkörtel vä käkvinkel. Svalg rodnat. Inga andra förstorade körtlar."),
        ("Bedömning", "Reaktiv lymfadenit efter ÖLI. Ingen misstnake om malignitet."),
        ("Åtgärd", "Kontroll om 4 v, åter tidigare om den växer."),
    ], must_not=X102, why="Negation with a typo ('Ingen misstnake om') still rules malignancy out.")

one("vc-fraktur-kan-uteslutas-ottawa", "vgr", ("2005-10-10", "F"), "vgr_ulricehamn",
    "Läkaranteckning", "Elin Wahlgren", "läkare", "2024-06-24 16:30", [
        ("Aktuellt", "Vrickade hö fot under handbollsmatch igår, inversionsvåld. Kan gå 4 steg."),
        ("Status", "Svullnad lat malleol, ömhet över lig. talofibulare ant. Ingen ömhet bakkant malleoler eller bas MT V."),
        ("Bedömning", "Fotledsdistorsion hö. Fraktur kan uteslutas kliniskt enl Ottawa ankle rules."),
        ("Åtgärd", "Ortos, belastning efter förmåga, hänvisad till fysioterapeut."),
    ], must_not=X102, why="'kan uteslutas' (without 'ej') excludes the fracture.")

one("vc-ingen-hallpunkt-for-hjartsvikt", "vgr", ("1952-03-30", "F"), "vgr_hisingsbacka",
    "Läkaranteckning", "Mikael Ström", "läkare", "2024-05-29 09:50", [
        ("Aktuellt", "Svullna fötter på kvällen sedan värmen kom. Ingen andfåddhet."),
        ("Status", "Lätta ankelödem bilat, varicer. Pulm ua. Cor ua."),
        ("Lab", "NT-proBNP 85, krea 71, albumin ua."),
        ("Bedömning", "Ingen hållpunkt för hjärtsvikt. Venös insufficiens, Amlodipin kan bidra."),
        ("Åtgärd", "Stödstrumpor, byte Amlodipin till Losartan."),
    ], must_not=X102, why="'Ingen hållpunkt för' negates heart failure; 'kan bidra' is about a drug effect.")

one("vc-halsosamtal-inga-tecken-pa-diabetes", "vgr", ("1974-09-01", "M"), "vgr_lysekil",
    "Sjuksköterskeanteckning", "Birgitta Ek", "distriktssköterska", "2024-04-02 09:30", [
        ("Aktuellt", "Hälsosamtal 50 år. Motionerar 2 ggr/v, snusar."),
        ("Mätvärden", "BT 126/80, BMI 27, midjemått 96 cm. fP-glukos 5,2, kolesterol 5,4."),
        ("Bedömning", "Inga tecken på diabetes eller hypertoni. Lätt övervikt."),
        ("Åtgärd", "Samtal om snusstopp, FaR ej aktuellt."),
    ], must_not=X102, why="Health check with negated diagnoses only.")

one("vc-dd-overvagd-men-utesluten", "vgr", ("1981-04-26", "M"), "vgr_falkoping",
    "Läkaranteckning", "Maria Kowalska", "läkare", "2024-08-01 17:20", [
        ("Aktuellt", "Stickande smärta vä bröst 2 d, värre vid rörelse, efter flytt med tunga lyft."),
        ("Status", "Reproducerbar palpationsömhet vä bröstmuskulatur. Pulm ua, SpO2 98 %. EKG sinus 64, ua."),
        ("Lab", "D-dimer <0,2, TnT 4."),
        ("Bedömning", "DD lungemboli och ischemi har övervägts men uteslutits (D-dimer och TnT neg). Muskuloskeletal bröstsmärta."),
        ("Åtgärd", "Alvedon, Ipren vb."),
    ], must_not=X102, why="'DD' names alternatives that the same sentence says were excluded.")

one("vc-pat-undrar-hjarntumor-ingen-misstanke", "vgr", ("1968-01-02", "F"), "vgr_stromstad",
    "Läkaranteckning", "Gustav Lund", "läkare", "2024-10-28 11:10", [
        ("Aktuellt", "Pat undrar om huvudvärken kan vara en hjärntumör, väninnan dog i glioblastom i våras. Spänningsvärk i nacken efter datorarbete."),
        ("Status", "Neuro ua, fundus ua, stram trapezius bilat."),
        ("Bedömning", "Spänningshuvudvärk. Ingen misstanke om tumör, inga alarmsymtom."),
        ("Åtgärd", "Ergonomi, fysioterapeut."),
    ], must_not=X102, why="The patient's own worry and a friend's diagnosis; the clinician negates it.")

one("vc-depression-ev-hojning-sertralin", "vgr", ("1990-06-06", "F"), "vgr_torslanda",
    "Läkaranteckning", "Linnea Forsberg", "läkare", "2024-03-12 13:30", [
        ("Aktuellt", "Uppföljning depression efter 4 v Sertralin 50 mg. Sover bättre, fortfarande låg."),
        ("Bedömning", "Depression, medelsvår episod (F32.1), viss förbättring. Ingen suicidalitet."),
        ("Planering", "Ev. höjning till 100 mg vid nästa kontakt om 3 v. Ev. samtal med kurator."),
    ], must_not=X102, why="Coded, confirmed diagnosis; 'Ev.' only on dose and referral.")

one("vc-ssk-provtagning-ringer-ev-upp", "vgr", ("1948-08-18", "M"), "vgr_alingsas",
    "Sjuksköterskeanteckning", "Lena Persson", "sjuksköterska", "2024-07-25 08:10", [
        ("Aktuellt", "Provtagning inför årskontroll diabetes typ 2/hypertoni: Hb, krea, elstatus, HbA1c, lipider."),
        ("Planering", "Ssk ringer ev. upp om något prov avviker, annars svar vid läkarbesöket 12/8."),
    ], must_not=X102, why="'ev.' belongs to a phone call, not to a diagnosis.")

one("vc-tel-maken-trol-influensa", "vgr", ("1946-12-20", "F"), "vgr_trollhattan",
    "Telefonanteckning", "Sanna Lund", "sjuksköterska", "2024-01-15 08:35", [
        ("Telefonkontakt", "Pat ringer, maken har trol. influensa med hög feber sedan igår. Pat själv symtomfri, vaccinerad i okt. Frågar om Tamiflu som profylax, lämnar till dr. Råd: handhygien, separata handdukar."),
    ], must_not=X102, why="The hedged diagnosis is the husband's, not the patient's.")

one("vc-kavepenin-oral-susp-mediaotit", "vgr", ("2020-09-14", "F"), "vgr_ulricehamn",
    "Läkaranteckning", "Elin Wahlgren", "läkare", "2024-02-08 11:45", [
        ("Status", "Hö trumhinna röd, buktande, vä ua. AT gott, feber 38,6."),
        ("Bedömning", "Akut mediaotit hö."),
        ("Åtgärd", "Kåvepenin oral susp. 50 mg/ml, 2,5 ml x3 i 5 d. Återbesök vb."),
    ], must_not=X102, why="'susp.' here means oral suspension, not suspected.")

one("vc-recept-levaxin-bekraftad-hypotyreos", "vgr", ("1963-07-01", "F"), "vgr_skovde",
    "Receptförnyelse", "Nadia Rahimi", "läkare", "2024-09-10 16:00", [
        ("Läkemedel", "Levaxin 100 mikrog 1x1 förnyat 1 år."),
        ("Bedömning", "Hypotyreos, TSH 2,1 i augusti, stabil."),
    ], must_not=X102 + X101, why="Renewal note with a confirmed diagnosis, nothing hedged or withheld.")

one("vc-intyg-ev-forlangning-diskbrack", "vgr", ("1979-11-23", "M"), "vgr_kungalv",
    "Läkarintyg", "Björn Hellström", "läkare", "2024-05-02 15:40", [
        ("Intyg", "Läkarintyg FK 50 % 2024-05-02 -- 2024-05-30."),
        ("Diagnos", "Lumbago-ischias vä L5 (M54.4), MR: diskbråck L4-L5 vä."),
        ("Planering", "Ev. förlängning bedöms vid återbesök 28/5. Ev. remiss ryggkirurg om ej bättre."),
    ], must_not=X102, why="Certificate: MR-confirmed diagnosis; 'Ev.' only about sick-leave extension and referral.")

one("vc-recept-zopiklon-ev-utsattning", "vgr", ("1937-05-12", "F"), "vgr_vanersborg",
    "Receptförnyelse", "Karin Lindqvist", "läkare", "2024-08-27 16:50", [
        ("Läkemedel", "Zopiklon 5 mg, 30 st förnyat en sista gång."),
        ("Bedömning", "Insomni sedan makens död 2022. Fallrisk, 87 år."),
        ("Planering", "Ev. utsättning diskuteras vid besök i sept, trappas ned."),
    ], must_not=X102, why="Renewal with 'Ev. utsättning' (a plan hedge) and a firm insomnia diagnosis.")

one("vc-tidiga-hypoteser-sokord-alzheimer", "vgr", ("1941-10-05", "M"), "vgr_boras",
    "Läkaranteckning", "Leila Haddad", "läkare", "2024-04-18 10:15", [
        ("Aktuellt", "Hustrun följer med, beskriver att han glömt spisen på två gånger och tappar ord. Själv tycker han att allt är som vanligt."),
        ("Status", "MMSE-SR 22/30, klocktest med fel i visarna. Neuro i övrigt ua."),
        ("Tidiga hypoteser", "Susp. begynnande Alzheimers sjukdom, kommuniceras först när DT och lab är klara."),
        ("Åtgärd", "DT hjärna, B12, folat, TSH, kalcium. Återbesök med hustrun om 4 v."),
    ], must_not=X102, why="VGR: the hypothesis sits only under the protected sökord Tidiga hypoteser.")

one("sk-melior-tidiga-hypoteser-mall-alkohol", "skane", ("1970-03-08", "M"), "skm_landskrona",
    "Tidiga hypoteser", "Ingrid Sandell", "läkare", "2024-09-05 14:40", [
        ("Bedömning", "Misstänkt alkoholberoende: PEth 1,2, GT 3 ggr förhöjt, anamnesen ofullständig. Tas upp med pat när underlaget är tydligare."),
    ], must_not=X102, why="Skåne Melior note written in the template Tidiga hypoteser, which is hidden.")

one("vc-koloskopi-ua-hemorrojder", "vgr", ("1961-02-17", "M"), "vgr_lidkoping",
    "Läkaranteckning", "Tomas Öberg", "läkare", "2024-12-11 10:40", [
        ("Anamnes", "Koloskopi 2023 ua, ingen malignitet, inga polyper."),
        ("Aktuellt", "Ljusröd blödning på pappret vid toalettbesök, ingen viktnedgång."),
        ("Status", "Proktoskopi: inre hemorrojder grad II kl 3 och 7."),
        ("Bedömning", "Hemorrojder grad II."),
        ("Åtgärd", "Xyloproct, fiberrik kost, ev. gummibandsligatur om kvar om 3 mån."),
    ], must_not=X102, why="Negated past finding and a confirmed diagnosis; 'ev.' on a procedure.")

one("vc-tel-astma-ev-tidigare-tid", "vgr", ("1989-03-16", "F"), "vgr_falkoping",
    "Telefonanteckning", "Ulla Strand", "sjuksköterska", "2024-03-11 09:05", [
        ("Telefonkontakt", "Astmatiker, ringer för kontroll inför pollensäsongen. Erbjuden tid 22/4, ev. tidigare vid återbud. Symbicort förnyad enl ordination."),
    ], must_not=X102, why="'ev.' about an earlier appointment; asthma is known.")

one("vc-lab-kan-ej-uteslutas-forvaxling", "vgr", ("1973-12-07", "M"), "vgr_vanersborg",
    "Telefonanteckning", "Karin Lindqvist", "läkare", "2024-11-15 13:55", [
        ("Telefonkontakt", "Lab ringer: TSH 0,01, men pat har ingen känd tyreoideasjukdom och TSH var 1,9 för två veckor sedan. Kan ej uteslutas att rören förväxlats vid provtagningen, nytt prov imorgon innan vi gör något."),
    ], must_not=X102, why="'Kan ej uteslutas' concerns a mixed-up sample, not a diagnosis.")

# ============================================================ PMO (Skåne primary care): hedged diagnoses never NL102
one("pmo-tel-trol-nedre-uvi", "skane", ("1990-04-09", "F"), "sk_hoor",
    "Telefonrådgivning", "Susanne Olsson", "sjuksköterska", "2024-03-07 08:20", [
        ("Kontaktorsak", "Sveda och täta trängningar 1 d, ej feber, ingen ryggvärk."),
        ("Bedömning", "Trol. nedre UVI hos icke gravid kvinna."),
        ("Åtgärd", "Urinprov lämnas idag, recept Selexid om pos enl PM."),
    ], must_not=X102, why="PMO never shows diagnoses: 'Trol.' UTI in a PMO telephone note.")

one("pmo-barn-susp-pneumoni", "skane", ("2017-05-03", "M"), "sk_kavlinge",
    "Besöksanteckning", "Henrik Nordin", "läkare", "2024-01-26 11:30", [
        ("Aktuellt", "Feber 5 d, hosta, andas snabbt enl mamma."),
        ("Status", "AT lätt påverkat, AF 32, inga indragningar, rassel vä bas. SpO2 95 %."),
        ("Lab", "CRP 78."),
        ("Bedömning", "Susp. pneumoni vä."),
        ("Åtgärd", "Amoxicillin mixt. Återkontakt 48 h."),
    ], must_not=X102, why="PMO child's note with 'Susp.' pneumonia: not NL102.")

one("pmo-misstankt-diabetes-omprov", "skane", ("1964-06-19", "M"), "sk_sjobo",
    "Besöksanteckning", "Maja Sundberg", "läkare", "2024-02-28 10:00", [
        ("Provsvar", "fP-glukos 7,4 vid hälsokontroll, HbA1c 46."),
        ("Bedömning", "Misstänkt diabetes typ 2, ett värde räcker ej."),
        ("Åtgärd", "Nytt fP-glukos och HbA1c om 2 v, kostråd."),
    ], must_not=X102, why="PMO: 'Misstänkt' diabetes awaiting a second value.")

one("pmo-bvc-ev-komjolksproteinallergi", "skane", ("2024-01-10", "F"), "sk_bvc_staffanstorp",
    "BVC-anteckning", "Jenny Ahlström", "barnsjuksköterska", "2024-05-14 13:00", [
        ("Aktuellt", "Mamma berättar om slemmig avföring med blodstrimmor, mycket gråt efter mål. Helammas, mamma dricker mycket mjölk."),
        ("Status", "Vikt följer kurvan +1 SD. Eksem på kinderna."),
        ("Bedömning", "Ev. komjölksproteinallergi."),
        ("Åtgärd", "Mamma provar mjölkfri kost 2 v, kontakt med BVC-läkare för bedömning."),
    ], must_not=X102, why="PMO BVC note, 'Ev.' milk protein allergy in an infant.")

one("pmo-1177-svar-trol-impetigo", "skane", ("2019-03-30", "M"), "sk_tomelilla",
    "1177-ärende", "Karin Ek", "distriktssköterska", "2024-08-13 11:20", [
        ("Kontaktorsak", "Mamma skickar bild via 1177 på gulaktiga krustor runt näsan, 4 d, ingen feber."),
        ("Bedömning", "Trol. impetigo, begränsad utbredning."),
        ("Åtgärd", "Råd: tvätta med tvål och vatten, ta bort krustor, receptfri väteperoxidkräm. Hemma från förskolan tills såren torkat. Bilden skannad."),
    ], must_not=X102, refs=["1177-31877"],
    conversations=[CV("1177-31877", "Rådgivning", "sk_tomelilla", "2024-08-13 06:55", "2024-08-13 11:15", [
        ("patient", "2024-08-13 06:55", "Min son har fått gula sår runt näsan som sprider sig lite. Skickar en bild, behöver han antibiotika?"),
        ("staff", "2024-08-13 11:15", "Hej, det ser ut som svinkoppor i liten utbredning. Tvätta bort krustorna med tvål och vatten och använd väteperoxidkräm, kontakta oss om det sprider sig."),
    ], attachments=[("nasa.jpg", "image")])],
    why="PMO 1177 reply note with 'Trol.' impetigo: PMO hedges never fire NL102.")

one("pmo-recept-sannolikt-restles-legs-typo", "skane", ("1955-12-08", "F"), "sk_ahus",
    "Receptförnyelse", "Lars Möller", "läkare", "2024-10-01 15:10", [
        ("Läkemedel", "Sifrol 0,088 mg till natten förnyas 1 år."),
        ("Bedömning", "Sannolikt restles legs (Willis-Ekbom), ferritin 80 i våras."),
    ], must_not=X102, why="PMO renewal with 'Sannolikt' and a typo ('restles legs'): not NL102.")

one("pmo-intyg-trol-diskbrack", "skane", ("1972-07-22", "M"), "sk_limhamn",
    "Intyg", "Nils Hammar", "läkare", "2024-04-08 14:30", [
        ("Intyg", "Läkarintyg FK sjukpenning 100 % 4 v, byggnadsarbetare."),
        ("Diagnos", "Lumbago-ischias hö, trol. diskbråck L5-S1. MR beställd."),
        ("Funktionsnedsättning", "Kan ej lyfta >5 kg, kan ej sitta >15 min, Lasègue pos 40 gr hö."),
    ], must_not=X102, why="PMO certificate note with a hedged disc herniation.")

one("pmo-hemsjukvard-susp-trycksar", "skane", ("1931-08-19", "F"), "sk_horby_hsv",
    "Distriktssköterskeanteckning", "Ewa Lind", "distriktssköterska", "2024-11-04 13:45", [
        ("Aktuellt", "Hembesök. Sängliggande sedan fallet i okt."),
        ("Status", "Hö häl: rodnad som ej bleknar vid tryck, liten blåsa 1 cm. Sakrum ua."),
        ("Bedömning", "Susp. trycksår kategori 2 hö häl."),
        ("Åtgärd", "Hälavlastning med kudde, Mepilex Border Heel, vändschema till hemtjänsten. Ny bedömning fredag."),
    ], setting="hemsjukvård", must_not=X102, why="PMO home-care note with 'Susp.' pressure ulcer.")

one("pmo-fysio-trol-patellofemoralt", "skane", ("2003-05-17", "F"), "sk_simrishamn",
    "Fysioterapeutanteckning", "Oskar Lindgren", "fysioterapeut", "2024-09-16 10:00", [
        ("Anamnes", "Smärta framsida knän vid trappor och efter lång sittning, löper 3 ggr/v."),
        ("Status", "Ömhet runt patella, smärta vid knäböj, stabilt knä, ingen svullnad."),
        ("Bedömning", "Trol. patellofemoralt smärtsyndrom bilat."),
        ("Åtgärd", "Styrkeprogram höft/lår, minska löpvolym 4 v."),
    ], must_not=X102, why="PMO physiotherapist's 'Trol.' diagnosis.")

one("pmo-psykolog-misstanke-om-adhd", "skane", ("1994-01-27", "M"), "sk_eslov",
    "Psykologanteckning", "Emma Falk", "psykolog", "2024-06-05 15:00", [
        ("Aktuellt", "Svårt komma igång med uppgifter, tappar bort saker, impulsiva köp, alltid varit så enl mamma. ASRS del A 5/6."),
        ("Bedömning", "Misstanke om ADHD. Samsjuklig ångest kan bidra."),
        ("Planering", "Remiss vuxenpsykiatrin för neuropsykiatrisk utredning, samtal under väntetiden."),
    ], must_not=X102, why="PMO psychologist's 'Misstanke om ADHD'.")

one("pmo-borreliainfektion-fragetecken", "skane", ("1967-09-28", "M"), "sk_bastad",
    "Besöksanteckning", "Sven Bergh", "läkare", "2024-07-23 09:45", [
        ("Aktuellt", "Fästingbett för 4 v, sedan trötthet och ledvärk knän."),
        ("Status", "Ingen synovit, inget EM. Allmäntillstånd gott."),
        ("Bedömning", "Borreliainfektion? Borreliaserologi tas."),
    ], must_not=X102, why="PMO note with a question-marked diagnosis.")

one("pmo-typo-misstant-bihaleinflammation", "skane", ("1988-02-04", "M"), "sk_hoor",
    "Telefonrådgivning", "Susanne Olsson", "sjuksköterska", "2024-11-21 09:10", [
        ("Telefonkontakt", "Tandvärksliknande smärta vä överkäke och tryck vid framåtböjning sedan 10 d, snorig. Misstänt bihåleinflammation, råd nässpray + Ipren, dr-tid om feber."),
    ], must_not=X102, why="PMO telephone note, hedge with typo 'Misstänt': not NL102.")

one("pmo-tidiga-hypoteser-mall-atstorning", "skane", ("1976-10-16", "F"), "sk_kavlinge",
    "Tidiga hypoteser", "Henrik Nordin", "läkare", "2024-03-25 16:00", [
        ("Bedömning", "Susp. ätstörning (bulimi) utifrån emaljskador och svängande vikt, pat förnekar. Ej kommunicerat med pat."),
    ], must_not=X102, why="PMO note in the hidden template Tidiga hypoteser.")

one("pmo-ungdomsmott-trol-klamydia", "skane", ("2006-11-03", "F"), "sk_um_lund",
    "Besöksanteckning", "Malin Roos", "barnmorska", "2024-10-14 14:15", [
        ("Aktuellt", "Partner klamydia pos, hon själv sveda vid miktion."),
        ("Bedömning", "Trol. klamydia, smittspårning pågår."),
        ("Åtgärd", "Prov taget, Doxyferm enl PM direkt, info om avhållsamhet 1 v."),
    ], must_not=X102, why="PMO youth clinic note, 'Trol.' chlamydia.")

one("pmo-susp-prostatacancer-ej-informerad", "skane", ("1951-04-02", "M"), "sk_tomelilla",
    "Journalanteckning", "Anders Kvist", "läkare", "2024-02-15 12:00", [
        ("Provsvar", "PSA 14 (i fjol 4,8). Prostata vid palpation ojämn, hård vä lob."),
        ("Bedömning", "Susp. prostatacancer. Pat ej informerad om misstanken ännu, tid bokas för besked."),
        ("Åtgärd", "Remiss urologen SVF."),
    ], must_not=X102, why="PMO: hedged and not yet told — still no NL102 (NL101 is not asserted on PMO).")

one("pmo-dietist-trol-ibs", "skane", ("1999-08-11", "F"), "sk_simrishamn",
    "Dietistanteckning", "Lisa Blom", "dietist", "2024-12-03 10:30", [
        ("Aktuellt", "Gaser, uppblåsthet, växlande avföring. tTG neg enl dr."),
        ("Bedömning", "Trol. IBS, provar low-FODMAP 6 v."),
    ], must_not=X102, why="PMO dietitian's 'Trol.' IBS.")

one("pmo-kurator-trol-anpassningsstorning", "skane", ("1974-04-14", "F"), "sk_ahus",
    "Kuratorsanteckning", "Annelie Strand", "kurator", "2024-05-20 13:00", [
        ("Aktuellt", "Sömnsvårigheter och gråtattacker sedan uppsägningen i mars."),
        ("Bedömning", "Trol. anpassningsstörning, stödsamtal erbjuds."),
    ], must_not=X102, why="PMO counsellor's hedged diagnosis.")

one("pmo-tel-obs-sepsis-ambulans", "skane", ("1940-11-11", "M"), "sk_sjobo",
    "Telefonrådgivning", "Camilla Hed", "sjuksköterska", "2024-12-17 14:05", [
        ("Telefonkontakt", "Frun ringer: hög feber, frossa, förvirrad sedan lunch, andas snabbt. Obs sepsis? Uppmanad ringa 112, vi ringer ambulans parallellt."),
    ], must_not=X102, why="PMO: 'Obs sepsis?' in an urgent telephone note is not NL102.")

one("pmo-arbetsterapeut-misstankt-tumbasartros", "skane", ("1958-02-22", "F"), "sk_limhamn",
    "Arbetsterapeutanteckning", "Frida Nyberg", "arbetsterapeut", "2024-08-29 09:00", [
        ("Aktuellt", "Värk vid tumbasen hö vid burköppning och nyckelvridning."),
        ("Bedömning", "Misstänkt tumbasartros hö, grind-test pos."),
        ("Åtgärd", "Tumbasortos utprovad, ledskyddsråd. Dr informerad."),
    ], must_not=X102, why="PMO occupational therapist's 'Misstänkt' osteoarthritis.")

one("pmo-dsk-ev-venost-bensar", "skane", ("1942-06-30", "F"), "sk_bastad",
    "Distriktssköterskeanteckning", "Marie Åberg", "distriktssköterska", "2024-03-18 10:30", [
        ("Status", "Sår 3 x 4 cm medialt ovan vä malleol, fibrinbelagt, ödem. ABI 1,0 bilat."),
        ("Bedömning", "Ev. venöst bensår, fotpulsar palp."),
        ("Åtgärd", "Kompression 2-lager, omläggning 2 ggr/v."),
    ], must_not=X102, why="PMO district nurse's 'Ev.' venous ulcer.")

one("pmo-barn-trol-exanthema-subitum", "skane", ("2023-05-02", "F"), "sk_kavlinge",
    "Besöksanteckning", "Henrik Nordin", "läkare", "2024-06-10 11:00", [
        ("Aktuellt", "Feber 39-40 i 3 d, i morse feberfri och utslag på bålen."),
        ("Status", "Småfläckiga rosa utslag bål, opåverkad, trumhinnor ua."),
        ("Bedömning", "Trol. exanthema subitum (tredagarsfeber)."),
    ], must_not=X102, why="PMO toddler note, 'Trol.' with a Latin diagnosis.")

one("pmo-tel-dd-gallstensanfall-pankreatit", "skane", ("1963-01-12", "F"), "sk_simrishamn",
    "Telefonrådgivning", "Helena Nord", "sjuksköterska", "2024-04-15 19:20", [
        ("Telefonkontakt", "Kraftig smärta i övre buken sedan middagen, strålar mot ryggen, kräkts x3. DD gallstensanfall, pankreatit. Hänvisad till akutmottagningen Ystad, kör med maken."),
    ], must_not=X102, why="PMO telephone note with a DD list.")

one("pmo-bvc-ua-negation", "skane", ("2023-10-18", "M"), "sk_bvc_staffanstorp",
    "BVC-anteckning", "Jenny Ahlström", "barnsjuksköterska", "2024-04-22 10:00", [
        ("Aktuellt", "6-mån-kontroll. Äter gröt och puré, sover 2 pass på dagen."),
        ("Status", "Vikt och längd följer kurvan. Höfter stabila, inget klick. Ögon: följer, ingen skelning."),
        ("Bedömning", "Frisk pojke, ingen misstanke om höftledsdysplasi."),
    ], must_not=X102, why="PMO BVC note with only negated findings.")

# ============================================================ NL101 positives (Melior)
one("vc-pad-prostatacancer-ej-informerad", "vgr", ("1950-10-20", "M"), "vgr_alingsas",
    "Läkaranteckning", "Ahmed Yousef", "läkare", "2024-04-29 16:40", [
        ("Provsvar", "PAD prostatabiopsier (urologen NÄL): adenocarcinom Gleason 4+3=7 i 5/12 biopsier."),
        ("Bedömning", "Prostatacancer, intermediär risk. Pat ej informerad ännu, besked ges vid besök 6/5 tillsammans med hustrun."),
    ], must=M101, must_not=X102, why="Confirmed cancer in a visible note that says the patient is not yet informed.")

one("vc-hba1c-diabetes-ej-meddelat-pat", "vgr", ("1970-08-28", "F"), "vgr_ulricehamn",
    "Läkaranteckning", "Elin Wahlgren", "läkare", "2024-06-07 12:20", [
        ("Provsvar", "HbA1c 58 och 61 med 3 v mellanrum."),
        ("Bedömning", "Diabetes typ 2. Har ej meddelat pat än, tas upp vid besöket 14/6."),
    ], must=M101, why="'Har ej meddelat pat än' about a new diabetes diagnosis in a visible note.")

one("sk-melior-hivinfektion-ej-underrattad", "skane", ("1985-04-11", "M"), "skm_kristianstad",
    "Läkaranteckning", "Patrik Svensson", "läkare", "2024-09-09 11:00", [
        ("Provsvar", "HIV-ak/ag pos, konfirmerat. Remitterad från vc Åhus efter screening."),
        ("Bedömning", "Hivinfektion. Pat ännu ej underrättad, kallas till besök imorgon med kurator."),
    ], must=M101, why="'ännu ej underrättad' about a confirmed HIV diagnosis, Skåne Melior.")

one("vc-lungcancer-inte-berattat-typo", "vgr", ("1948-05-31", "M"), "vgr_lysekil",
    "Läkaranteckning", "Sofia Bergström", "ST-läkare", "2024-11-04 15:15", [
        ("Remissvar", "Lungmedicin SU: bronkoskopi med PAD icke-småcellig lungcacner hö överlob, T2N2."),
        ("Bedömning", "Icke-småcellig lungcancer. Inte berättat för pat ännu — lungkliniken tar beskedet 8/11, vi står för fortsatt stöd."),
    ], must=M101, why="'Inte berättat för pat ännu' beside a lung cancer diagnosis (typo 'lungcacner' in the referral answer).")

one("vc-alzheimer-ska-inte-meddelas-an", "vgr", ("1938-01-19", "F"), "vgr_falkoping",
    "Läkaranteckning", "Maria Kowalska", "läkare", "2024-03-05 14:00", [
        ("Bedömning", "Alzheimers sjukdom, MR visar hippokampusatrofi, MMSE-SR 19. Diagnosen ska inte meddelas pat förrän dottern är med vid nästa besök."),
        ("Åtgärd", "Donepezil efter besked. Biståndshandläggare kontaktas."),
    ], must=M101, why="The note says the diagnosis must not be told yet, but writes it in a visible section.")

one("vc-tel-hepatit-c-ej-nadd-ej-informerad", "vgr", ("1979-03-03", "M"), "vgr_trollhattan",
    "Telefonanteckning", "Sanna Lund", "sjuksköterska", "2024-07-29 10:20", [
        ("Telefonkontakt", "HCV-RNA pos, dr bedömer kronisk hepatit C. Sökt pat per tel x2 utan svar, pat ännu ej informerad. Nytt försök imorgon, annars brev om tid."),
    ], must=M101, why="Nurse's telephone note: chronic hepatitis C written while the patient could not be reached and is not informed.")

one("vc-ms-inte-fatt-beskedet", "vgr", ("1991-11-30", "F"), "vgr_skovde",
    "Läkaranteckning", "Nadia Rahimi", "läkare", "2024-02-09 10:00", [
        ("Remissvar", "Neurologen SkaS: MR hjärna/rygg med typiska demyeliniseringar, oligoklonala band i likvor. Dx multipel skleros."),
        ("Bedömning", "MS enl neurologen. Pat har inte fått beskedet ännu, neurologen kallar henne 15/2."),
    ], must=M101, why="'har inte fått beskedet ännu' about MS, in a GP note.")

one("vc-typo-ej-infomerad-cancer-coli", "vgr", ("1956-06-25", "M"), "vgr_hisingsbacka",
    "Läkaranteckning", "Mikael Ström", "läkare", "2024-10-30 17:00", [
        ("Remissvar", "Koloskopi: cirkulär tumör sigmoideum, PAD adenocarcinom."),
        ("Bedömning", "Cancer coli sigmoideum. Pat ej infomerad, kirurgen ringer pat imorgon."),
    ], must=M101, why="Typo 'ej infomerad' still says the patient is not told about colon cancer.")

one("vc-avvaktar-informera-susp-pankreascancer", "vgr", ("1949-12-15", "F"), "vgr_kungalv",
    "Läkaranteckning", "Björn Hellström", "läkare", "2024-08-21 16:25", [
        ("Provsvar", "DT buk pga viktnedgång och ikterus: 3 cm expansivitet i pankreashuvudet, vidgade gallvägar."),
        ("Bedömning", "Susp. pankreascancer. Avvaktar med att informera pat tills kirurgens bedömning finns."),
        ("Åtgärd", "Remiss SVF bukspottkörtelcancer."),
    ], must=M101 + M102, why="A hedged diagnosis that the patient is deliberately not told yet, written visibly (both codes).")

one("sk-melior-dlbcl-utkast-ej-informerad", "skane", ("1962-09-05", "M"), "skm_landskrona",
    "Läkaranteckning", "Ingrid Sandell", "läkare", "2024-12-10 15:30", [
        ("Provsvar", "PAD körtelexstirpation hö axill: diffust storcelligt B-cellslymfom."),
        ("Bedömning", "DLBCL. Pat ej informerad ännu, hematologen kontaktad för gemensamt besked."),
    ], signed=None, must=M101, why="Unsigned draft (pre-signing): lymphoma written visibly while the patient is not informed.")

C("vc-multi-melanom-ej-informerad-sedan-informerad", "vgr", ("1954-04-22", "M"), [
    N("n1", "vgr_molnlycke", "Läkaranteckning", "Johan Sandberg", "läkare", "2024-05-14 11:00", [
        ("Provsvar", "PAD från exciderad hudförändring vä skuldra: malignt melanom, Breslow 0,8 mm."),
        ("Bedömning", "Malignt melanom vä skuldra, T1b. Pat ej informerad, nås ej per tel idag."),
    ]),
    N("n2", "vgr_molnlycke", "Telefonanteckning", "Johan Sandberg", "läkare", "2024-05-15 09:30", [
        ("Telefonkontakt", "Nått pat, informerat om att provet visade malignt melanom och att remiss för utvidgad excision skickas. Frågor besvarade, hustrun med i samtalet."),
    ]),
], must=[("NL101", "n1")], must_not=[("NL101", "n2"), ("NL102", "n2")],
    why="Record: the note written before the patient was told breaches; the next day's note that tells him does not.")

one("vc-brostcancer-pat-vet-inte-om-svaret", "vgr", ("1962-02-03", "F"), "vgr_boras",
    "Läkaranteckning", "Leila Haddad", "läkare", "2024-12-12 13:45", [
        ("Remissvar", "Mammografi + mellannålsbiopsi: invasiv duktal bröstcancer vä, 14 mm."),
        ("Bedömning", "Bröstcancer vä. Pat vet inte om svaret än, bröstmottagningen har bokat besked 17/12."),
    ], must=M101, why="Lay phrasing 'Pat vet inte om svaret än' with a confirmed cancer.")

one("vc-ssk-klamydia-ej-informerat-pat", "vgr", ("2003-09-07", "M"), "vgr_torslanda",
    "Sjuksköterskeanteckning", "Annika Holm", "sjuksköterska", "2024-04-04 14:10", [
        ("Provsvar", "Klamydiainfektion, PCR urin pos."),
        ("Åtgärd", "Ej informerat pat ännu, lämnat till dr för recept och smittspårning."),
    ], must=M101, why="Nurse documents a chlamydia result not yet given to the patient.")

one("vc-psykolog-autism-ej-aterkopplat", "vgr", ("2001-08-15", "M"), "vgr_vanersborg",
    "Psykologanteckning", "Ida Hägg", "psykolog", "2024-09-26 15:00", [
        ("Sammanfattning", "NP-utredning klar: WAIS-IV, ADOS-2 och anamnes med föräldrarna; kriterierna för autism (F84.0) uppfylls, ingen intellektuell funktionsnedsättning."),
        ("Planering", "Resultatet ej återkopplat till pat ännu, återgivningssamtal 3/10."),
    ], must=M101, why="Psychologist writes the autism diagnosis before the feedback session with the patient.")

one("vc-levermetastaser-onkolog-tar-beskedet", "vgr", ("1952-10-06", "F"), "vgr_stromstad",
    "Läkaranteckning", "Gustav Lund", "läkare", "2024-06-26 16:10", [
        ("Provsvar", "DT buk: multipla levermetastaser, primärtumör ej identifierad."),
        ("Bedömning", "Metastaserande cancer i levern. Pat ej informerad; onkologen tar beskedet vid besöket på NU-sjukvården."),
    ], must=M101, why="Metastatic cancer written visibly while the note says the oncologist will tell the patient later.")

one("vc-basaliom-ej-meddelad-brev-skickas", "vgr", ("1944-12-09", "M"), "vgr_lidkoping",
    "Läkaranteckning", "Tomas Öberg", "läkare", "2024-01-17 13:10", [
        ("PAD", "Basalcellscancer nacke, radikalt exciderad."),
        ("Bedömning", "Basaliom, ingen ytterligare åtgärd. Pat ännu ej meddelad, brev skickas idag."),
    ], must=M101, why="Even a low-risk cancer: the note says the patient is not yet told.")

one("sk-melior-njursvikt-ej-informerad-om-progress", "skane", ("1946-07-04", "F"), "skm_ystad",
    "Läkaranteckning", "Ola Bengtsson", "läkare", "2024-03-20 12:00", [
        ("Provsvar", "Krea 245, eGFR 17, U-albumin/krea 180."),
        ("Bedömning", "Kronisk njursvikt stadium 4 (diabetesnefropati). Pat ej informerad om att njursvikten nu är i stadium 4, tas upp vid besök 27/3 med njurmedicin."),
    ], must=M101, why="Skåne Melior: new CKD stage written while the patient is not yet told.")

# ============================================================ NL101 near misses (Melior)
one("vc-besked-brostcancer-givet-idag", "vgr", ("1959-03-22", "F"), "vgr_alingsas",
    "Läkaranteckning", "Ahmed Yousef", "läkare", "2024-11-11 10:00", [
        ("Bedömning", "Bröstcancer hö, besked givet idag. Pat informerad om diagnos och fortsatt handläggning på bröstmottagningen, maken med."),
        ("Åtgärd", "Kontaktsjuksköterska på bröstmott informerad per tel. Sjukskriven 2 v."),
    ], must_not=X101 + X102, why="Diagnosis told to the patient today; staff being informed is not the patient.")

one("vc-pat-informerad-barnen-ej-an", "vgr", ("1945-01-08", "M"), "vgr_lysekil",
    "Läkaranteckning", "Sofia Bergström", "ST-läkare", "2024-06-20 14:30", [
        ("Bedömning", "Lungcancer med skelettmetastaser, palliativ fas. Pat informerad och vill själv berätta för barnen, anhöriga ej informerade ännu."),
        ("Åtgärd", "Kontakt ASIH, Oxynorm vb."),
    ], must_not=X101, why="Relatives not informed while the patient is: no NL101.")

one("vc-ej-informerad-om-aterbesokstid", "vgr", ("1958-10-30", "M"), "vgr_skovde",
    "Sjuksköterskeanteckning", "Eva Gustafsson", "diabetessjuksköterska", "2024-09-19 11:00", [
        ("Aktuellt", "Hypertoni, BT 148/92 trots Losartan 100 mg."),
        ("Åtgärd", "Dr ordinerar tillägg Amlodipin 5 mg. Pat ej informerad om tid för återbesök ännu, kallelse skickas."),
    ], must_not=X101, why="Patient not yet told about an appointment time, not about a diagnosis.")

one("vc-normala-prover-ej-natt-per-tel", "vgr", ("1983-05-25", "F"), "vgr_hisingsbacka",
    "Telefonanteckning", "Jessica Berg", "sjuksköterska", "2024-08-05 13:50", [
        ("Provsvar", "Hb 138, krea 64, TSH 1,8, ferritin 45 — alla ua."),
        ("Åtgärd", "Ej nått pat per tel, 1177-meddelande skickat om normala svar."),
    ], must_not=X101, why="Normal results, no diagnosis; patient just not reached by phone.")

one("vc-tidiga-hypoteser-sokord-myelom-ej-info", "vgr", ("1960-06-13", "F"), "vgr_ulricehamn",
    "Läkaranteckning", "Elin Wahlgren", "läkare", "2024-11-20 15:00", [
        ("Aktuellt", "Återbesök för provsvar efter trötthet och viktnedgång."),
        ("Tidiga hypoteser", "Myelommisstanke: M-komponent 28 g/L, hyperkalcemi. Pat ej informerad om misstanken, remiss hematologen först."),
        ("Åtgärd", "Remiss hematologen NÄL. Ny kontroll kalcium om 1 v."),
    ], must_not=X101 + X102, why="VGR: diagnosis and 'not informed' both only under the protected sökord Tidiga hypoteser.")

one("sk-melior-tidiga-hypoteser-mall-ej-info", "skane", ("1969-02-25", "M"), "skm_helsingborg",
    "Tidiga hypoteser", "David Lindberg", "läkare", "2024-07-30 14:00", [
        ("Bedömning", "Misstänkt pankreascancer på DT, CA 19-9 förhöjt. Pat ej informerad ännu, väntar på MDK."),
    ], must_not=X101 + X102, why="Skåne: the whole note is in the hidden template Tidiga hypoteser.")

one("vc-tel-hemsjukvarden-ej-informerad-ny-dos", "vgr", ("1934-09-01", "F"), "vgr_trollhattan",
    "Telefonanteckning", "Per-Erik Nilsson", "läkare", "2024-02-26 15:40", [
        ("Telefonkontakt", "Hjärtsvikt NYHA III, +3 kg på en vecka enl dottern. Furosemid höjs till 40 mg x2 i 5 d. Hemsjukvården ej informerad om ny dos ännu, ssk ringer dem idag."),
    ], must_not=X101, why="It is home care, not the patient, that is not yet informed, and about a dose.")

one("vc-tel-meddelat-benign-pad", "vgr", ("1976-12-18", "F"), "vgr_molnlycke",
    "Telefonanteckning", "Johan Sandberg", "läkare", "2024-09-04 11:50", [
        ("Telefonkontakt", "Meddelat pat per tel att PAD visar seborroisk keratos, benignt. Ingen ytterligare åtgärd."),
    ], must_not=X101 + X102, why="Benign result already told to the patient by phone.")

one("vc-redan-informerad-av-onkologen", "vgr", ("1947-06-01", "M"), "vgr_vanersborg",
    "Läkaranteckning", "Karin Lindqvist", "läkare", "2024-10-17 13:20", [
        ("Aktuellt", "Prostatacancer med skelettmetastaser, progress på senaste skintigrafin. Pat redan informerad av onkologen igår, ville prata igenom."),
        ("Bedömning", "Kastrationsresistent prostatacancer. Smärta ländrygg, Oxycontin justeras."),
    ], must_not=X101, why="'redan informerad av onkologen': the patient knows.")

one("vc-forra-besoket-ej-besked-nu-informerad-kll", "vgr", ("1955-08-09", "M"), "vgr_falkoping",
    "Läkaranteckning", "Maria Kowalska", "läkare", "2024-07-10 10:30", [
        ("Aktuellt", "Vid förra besöket 2/7 hade pat ännu inte fått besked om benmärgsprovet."),
        ("Bedömning", "KLL, Binet A. Informerad idag om diagnosen och om att ingen behandling behövs nu, kontroller hos hematolog 2 ggr/år."),
    ], must_not=X101, why="Not-yet-told refers to the previous visit; today the patient is informed.")

one("vc-fk-ej-informerad-om-forlangning", "vgr", ("1981-03-17", "F"), "vgr_kungalv",
    "Läkaranteckning", "Björn Hellström", "läkare", "2024-10-03 14:05", [
        ("Bedömning", "Utmattningssyndrom (F43.8A), fortsatt 50 % sjukskrivning. Försäkringskassan ej informerad om förlängningen ännu, intyget skickas digitalt idag."),
    ], must_not=X101, why="Försäkringskassan, not the patient, is not yet informed.")

one("vc-arbetsgivaren-ska-ej-veta-epilepsi", "vgr", ("1993-05-09", "M"), "vgr_stromstad",
    "Läkaranteckning", "Gustav Lund", "läkare", "2024-04-11 10:45", [
        ("Aktuellt", "Epilepsi, anfallsfri 14 mån på Lamotrigin. Ny tjänst som lagerarbetare."),
        ("Bedömning", "Epilepsi, välkontrollerad. Pat vill inte att arbetsgivaren informeras om diagnosen; informerad om regler för truck och körkort."),
    ], must_not=X101, why="The employer is not to be told; the patient knows his diagnosis.")

one("vc-rtg-kna-ua-brev-skickas", "vgr", ("1980-09-27", "F"), "vgr_lidkoping",
    "Läkaranteckning", "Tomas Öberg", "läkare", "2024-05-21 16:00", [
        ("Provsvar", "Rtg hö knä: inga artrosförändringar, ingen fraktur."),
        ("Åtgärd", "Pat ej informerad ännu, brev med svaret skickas."),
    ], must_not=X101, why="Patient not yet told, but the result is normal (negated diagnoses).")

one("vc-partner-ej-informerad-pat-behandlad", "vgr", ("1988-07-12", "F"), "vgr_boras",
    "Sjuksköterskeanteckning", "Fatima Ali", "sjuksköterska", "2024-03-01 09:40", [
        ("Provsvar", "Klamydia pos i vaginalprov."),
        ("Åtgärd", "Pat informerad per tel och Doxyferm utskrivet av dr. Maken ej informerad enl pat önskan, smittspårning sköts anonymt via smittspårningsssk."),
    ], must_not=X101, why="A partner not informed while the patient was.")

one("vc-dr-informerad-pat-informerad-hba1c", "vgr", ("1958-05-05", "M"), "vgr_torslanda",
    "Sjuksköterskeanteckning", "Annika Holm", "sjuksköterska", "2024-12-18 10:10", [
        ("Provsvar", "HbA1c 88 hos pat med diabetes typ 2, tidigare 54."),
        ("Åtgärd", "Dr informerad, ringer pat idag angående insulinstart. Pat informerad om svaret av mig på tel."),
    ], must_not=X101, why="'informerad' about the doctor and the patient; nobody is left uninformed.")

one("vc-tel-typo-pat-infornerad-gallsten", "vgr", ("1970-12-30", "M"), "vgr_alingsas",
    "Telefonanteckning", "Lena Persson", "sjuksköterska", "2024-10-08 11:25", [
        ("Telefonkontakt", "Ringt pat om ultraljudssvaret: gallsten. Pat infornerad, remiss kirurg skickad av dr."),
    ], must_not=X101, why="Affirmed informing with a typo ('infornerad'); nothing withheld.")

one("vc-1177-svar-odling-ecoli-informerad", "vgr", ("1997-02-14", "F"), "vgr_ulricehamn",
    "Ärendeanteckning 1177", "Elin Wahlgren", "läkare", "2024-05-31 12:40", [
        ("Kontaktorsak", "Pat frågar via 1177 om svar på urinodlingen, fortsatt sveda trots Selexid."),
        ("Bedömning", "Odling: E. coli >10^5, resistent mot mecillinam. Cystit med resistent stam."),
        ("Åtgärd", "Svarat pat via 1177 med provsvaret, Nitrofurantoin 50 mg x3 i 5 d utskrivet."),
    ], refs=["1177-66402"], must_not=X101 + X102,
    conversations=[CV("1177-66402", "Fråga om provsvar", "vgr_ulricehamn", "2024-05-30 21:14", "2024-05-31 12:35", [
        ("patient", "2024-05-30 21:14", "Har ni fått svar på urinodlingen? Det svider fortfarande fast jag tagit alla Selexid."),
        ("staff", "2024-05-31 12:35", "Odlingen visar en bakterie som inte påverkas av Selexid. Jag har skickat ett nytt recept på Nitrofurantoin till apoteket."),
    ])],
    why="1177 reply: the result was sent to the patient; confirmed diagnosis.")

one("vc-ej-informerad-om-biverkningar-mtx", "vgr", ("1967-08-03", "F"), "vgr_lysekil",
    "Läkaranteckning", "Sofia Bergström", "ST-läkare", "2024-01-24 09:20", [
        ("Bedömning", "Reumatoid artrit, seropositiv, insatt Metotrexat 15 mg/v i samråd med reumatologen."),
        ("Åtgärd", "Pat ej informerad om biverkningar och provtagningsschema ännu, det görs vid ssk-besök på fredag."),
    ], must_not=X101, why="Not yet informed about side effects, not about the diagnosis.")

one("vc-susp-melanom-pat-informerad-om-misstanken", "vgr", ("1975-03-19", "F"), "vgr_hisingsbacka",
    "Läkaranteckning", "Mikael Ström", "läkare", "2024-06-11 13:30", [
        ("Status", "Nytillkommen mörk lesion vä vad, 7 mm, asymmetrisk, ojämn pigmentering."),
        ("Bedömning", "Susp. melanom vä vad. Pat informerad om misstanken och om SVF-remissen."),
    ], must_not=X101, why="Hypothesis told to the patient: no NL101 (NL102 left unasserted, the routine allows a communicated hypothesis).")

# ============================================================ long notes (300+ words)
one("vc-lang-arskontroll-ev-begynnande-nefropati", "vgr", ("1955-02-14", "M"), "vgr_skovde",
    "Läkaranteckning", "Oskar Fredriksson", "läkare", "2024-03-14 09:00", [
        ("Kontaktorsak", "Årskontroll diabetes typ 2 och hypertoni. Kommer ensam, lite stressad över parkeringsbiljetten som går ut om en timme."),
        ("Anamnes", "DM2 sedan 2011, Metformin 1 g x2 + Jardiance 10 mg sedan 2022. Hypertoni sedan 2009. Hyperlipidemi. Ex-rökare sedan 2015, snusar fortfarande. Alkohol: 2-3 öl i helgen. Bor med frun i villa, pensionerad lastbilschaufför, går med hunden två gånger om dagen. Inga hypoglykemier. Ingen bröstsmärta, ingen claudicatio. Lite trött på eftermiddagarna, sover 7 h. Nykturi x1."),
        ("Status", "AT gott. BMI 31, midja 108 cm. BT 142/86 hö arm sittande, puls 72 regelb. Cor: RR, inga blåsljud. Pulm: ua. Buk: mjuk, oöm, ingen resistens. Fötter: hud hel, ingen hyperkeratos, monofilament 5/5 bilat, pulsar palp a. dorsalis pedis bilat, tibialis post svagt palpabel vä. Inga ödem."),
        ("Läkemedel", "Metformin 1 g x2, Jardiance 10 mg x1, Losartan 50 mg x1, Atorvastatin 20 mg x1, Trombyl saknas (primärprevention ej aktuell). Tar medicinerna själv ur burkarna, glömmer sällan kvällsdosen."),
        ("Levnadsvanor", "Snusar en dosa på två dagar sedan rökstoppet. Kosten: frukost fil och flingor, lunch ofta korv eller pizza när han hjälper sonen med bygget, middag som frun lagar. Läsk 1-2 burkar om dagen, har börjat byta till lightvarianter. Promenader dagligen men ingen ansträngande träning sedan knäopen 2019."),
        ("Provsvar", "HbA1c 56 (fg 52). Krea 98, eGFR 68 (fg 78). U-albumin/krea 8,4 (fg 3,1), upprepat 7,9 förra veckan. LDL 2,9. K 4,6. Hb 141."),
        ("Bedömning", "DM2 med något försämrad metabol kontroll, ej i mål. Stigande albuminuri vid två tillfällen, ev. begynnande diabetesnefropati. BT över målvärdet. LDL över målet <1,8 för hans riskprofil."),
        ("Åtgärd", "Enalapril 5 mg insätts, kontroll krea/K om 2 v. Atorvastatin höjs från 20 till 40 mg. Metformin och Jardiance oförändrat. Ögonbottenfoto beställt, senaste 2022. Recepten förnyade 1 år. Pratat om snus och kost; tackar nej till dietist just nu men vill ha info om FaR."),
        ("Planering", "Ssk-besök om 3 mån med BT och HbA1c. Läkarkontroll om 1 år, tidigare vb."),
    ], must=M102, why="Long annual-review note, telegraphic status; one 'ev.' hedged diagnosis (nephropathy) in the Bedömning.")

one("vc-lang-hembesok-lakemedelsgenomgang-inga-hypoteser", "vgr", ("1934-11-02", "F"), "vgr_lidkoping",
    "Läkaranteckning", "Per Holmqvist", "läkare", "2024-05-09 13:00", [
        ("Kontaktorsak", "Hembesök, läkemedelsgenomgång inför vårdplanering. Dottern Eva närvarande, hemsjukvårdens ssk Lotta med."),
        ("Anamnes", "89-årig kvinna med förmaksflimmer (Eliquis 2,5 mg x2), hjärtsvikt med bevarad EF, KOL stadium 2, knäartros och osteoporos med kotkompression L1 2021. Bor ensam i lägenhet med hemtjänst 4 ggr/dag. Ett fall i april utan fraktur. Aptiten sämre, vikt 51 kg (54 kg i jan). Sover dåligt, tar Zopiklon sedan flera år. Ingen bröstsmärta. Andfåddheten oförändrad, går med rullator inomhus."),
        ("Status", "Pigg, orienterad, svarar adekvat. BT 118/64 sittande, 104/60 stående efter 1 min, blir lätt yr. Puls 78 oregelb. SpO2 93 %. Pulm: förlängt exspirium, inga rassel. Lätta ankelödem bilat. Buk ua. Hud: ingen trycksårsrodnad på häl eller sakrum."),
        ("Socialt", "Änka sedan 2016. Dottern bor i Lidköping och hälsar på två gånger i veckan, sonen i Stockholm ringer varje söndag. Hemtjänst morgon, lunch, middag och kväll, hjälp med dusch två gånger i veckan. Trygghetslarm finns och används. Matlådor från kommunen som hon ofta lämnar halva av."),
        ("Funktion", "Förflyttar sig själv med rullator inomhus, går inte ut ensam längre. Klarar toalettbesök själv, behöver hjälp med strumpor och skor. Läser tidningen varje dag och löser korsord, minnet beskrivs som gott av dottern."),
        ("Läkemedel", "Eliquis, Furosemid 40 mg, Bisoprolol 5 mg, Spiriva, Alvedon 1 g x3, Zopiklon 5 mg, Calcichew-D3, Alendronat 70 mg/v, Omeprazol 20 mg och Losec 20 mg (dubbelförskrivning)."),
        ("Bedömning", "Ortostatisk hypotension som ökar fallrisken. Ingen misstanke om ny fraktur. Viktnedgång utan alarmsymtom, ingen hållpunkt för malignitet vid genomgång av lab (Hb 128, albumin 36, CRP 3). Hjärtsvikt och KOL stabila."),
        ("Åtgärd", "Zopiklon trappas ut över 4 v, Losec stryks. Furosemid sänks till 20 mg, ev. tillbaka till 40 mg om vikten ökar >2 kg på en vecka. Näringsdryck 2/dag, dietistkontakt. Fallprevention via arbetsterapeut och fysioterapeut i hemmet."),
        ("Information", "Pat och dottern informerade om ändringarna. Ny läkemedelslista skickas till hemtjänsten och apoteket."),
        ("Vårdplan", "Samordnad individuell plan uppdateras av hemsjukvårdens ssk. Uppföljande hembesök om 6 v med vikt, BT liggande/stående och genomgång av sömnen utan Zopiklon. Dottern ringer vc om mamman blir yrare eller faller igen."),
    ], must_not=X102 + X101, why="Long home-visit review: confirmed and negated diagnoses, 'ev.' only on a dose, everyone informed.")

one("pmo-lang-arskontroll-diabetes-flera-hypoteser", "skane", ("1953-03-26", "M"), "sk_eslov",
    "Besöksanteckning", "Jakob Lind", "läkare", "2024-10-23 13:30", [
        ("Kontaktorsak", "Årskontroll DM2, hypertoni. Frun följer med, han har missat två ssk-besök i våras pga båten."),
        ("Anamnes", "DM2 sedan 2008, Metformin 1 g x2, Ozempic 1 mg/v sedan 2023, Lantus 18 E till natten. Hypertoni på Losartan/Hydroklortiazid. Brännande fötter nattetid senaste halvåret, värre i kyla. Synen lite suddigare vid läsning. Ingen bröstsmärta. Har svårt med kosten på sjön, äter mycket bröd och korv. Ingen alkohol i vardagen. Röker 5 cig/dag."),
        ("Status", "AT gott. BMI 33. BT 150/88, puls 80 regelb. Cor/pulm ua. Fötter: torr hud, förhårdnad under MT-huvud I hö, ingen sårbildning. Monofilament nedsatt 2/5 hö, 3/5 vä. Vibrationssinne nedsatt bilat. Fotpulsar palpabla. Inga ödem."),
        ("Läkemedel", "Metformin 1 g x2, Ozempic 1 mg/v, Lantus 18 E till natten, Losartan/Hydroklortiazid 50/12,5 mg x1, Atorvastatin 40 mg x1. Blodsockermätare med sensor sedan i vintras, tittar på kurvan ibland men inte varje dag."),
        ("Levnadsvanor", "Yrkesfiskare som trappat ned, är på sjön tre dagar i veckan från april till oktober. Röker på båten men inte hemma. Rör sig mycket i arbetet men motionerar inte i övrigt. Frun sköter maten hemma och har bytt till fullkornspasta."),
        ("Provsvar", "HbA1c 68 (fg 59). Krea 82, eGFR 81. U-alb/krea 2,4. LDL 2,4. B12 210 (gränsvärde). Ögonfoto sept: enstaka mikroaneurysm vä."),
        ("Bedömning", "DM2 ej i mål. Ev. begynnande retinopati enl ögonfoto, svaret ej granskat av ögonläkare ännu. Trol. perifer diabetesneuropati, DD B12-brist efter många år på Metformin. BT över målet."),
        ("Åtgärd", "Lantus ökas till 22 E, titrering enl schema med ssk. Losartan/Hydroklortiazid höjs till 100/25 mg. Kobalamin och homocystein tas, Betolvidon startas om lågt. Remiss fotterapeut, riskgrupp 2. Ögonfotot skickat för bedömning av ögonläkare. Rökavvänjning erbjuden, vill fundera."),
        ("Planering", "Ssk tel om 2 v för insulintitrering. Ssk-besök 3 mån. Läkare om 6 mån. Frun lovar hjälpa till att boka."),
        ("Information", "Genomgång av fötterna och varför han ska inspektera dem varje kväll, frun hjälper till. Pratat om hypoglykemi vid insulinökning och att ha druvsocker med på båten. Han fick med sig skriftlig titreringsplan."),
    ], must_not=X102, why="Long PMO note with several hedges (ev., trol., DD): PMO never fires NL102.")

one("vc-lang-annat-arende-ovarialcancer-ej-informerad", "vgr", ("1957-07-21", "F"), "vgr_boras",
    "Läkaranteckning", "Leila Haddad", "läkare", "2024-08-15 15:45", [
        ("Kontaktorsak", "Planerat besök för knäsmärta vä och BT-uppföljning."),
        ("Anamnes", "Hypertoni sedan 2018 på Amlodipin 5 mg. Värk i vä knä vid promenader >2 km och i trappor sedan vintern, ingen svullnad, ingen låsning. Har gått ned 4 kg i sommar utan att försöka. Lite uppkörd i magen och tidig mättnadskänsla, tänker själv att det är värmen. Ingen feber. Avföring normal. Remitterades av kollega i juli till gyn för bäckenundersökning pga buksmärta."),
        ("Status", "AT gott. BT 134/82 hö arm. Vä knä: ingen hydrops, krepitationer, lätt ömhet mediala ledspringan, stabilt. Buk: lätt utspänd, diffus ömhet nedom naveln, ingen palpabel resistens. Inga förstorade ljumskkörtlar."),
        ("Socialt", "Gift, två vuxna barn. Arbetar som skolkurator på halvtid, resten ledig sedan i fjol. Pratar om att hon planerat en resa till Kroatien i september med maken och väninnor. Aktiv i kören på onsdagar."),
        ("Tidigare", "Hysterektomi nej. Två förlossningar, båda vaginala. Mammografi senast 2023 utan anmärkning. Cellprov senast 2022 normalt. Gallstensanfall 2015, ej opererad. Ingen hjärtsjukdom. Knäartroskopi vä 2004 efter fotbollsskada, menisken delvis borttagen."),
        ("Levnadsvanor", "Promenerar med grannen tre morgnar i veckan, cyklar till jobbet när det inte regnar. Har aldrig rökt. Dricker ett glas vin till helgmaten. Sover bra, vaknar utvilad de flesta dagar men har märkt att hon blir andfådd i trapporna upp till kören."),
        ("Läkemedel", "Amlodipin 5 mg x1. Alvedon vid behov för knät, tar sällan mer än 2 g/dag. Inga naturläkemedel. Ingen känd läkemedelsallergi."),
        ("Provsvar", "Remissvar gyn SÄS 13/8: DT buk/bäcken med bilaterala adnexexpansiviteter och ascites, CA-125 890, ascitesprov med cytologi förenlig med adenocarcinom. Bedömd som höggradig serös ovarialcancer, stadium III. Pat ännu ej informerad om resultatet; gynmottagningen har bokat besked 20/8 med kontaktsjuksköterska och tog kontakt med oss för att vi inte skulle föregripa. Ej berört idag då hon kom för annat ärende."),
        ("Bedömning", "Gonartros vä, lindrig. Hypertoni i mål."),
        ("Åtgärd", "Fysioterapeut för träningsprogram, Alvedon vb. Amlodipin oförändrat. Vi tar kontakt efter gynbesöket för stöd och sjukskrivningsfrågor."),
        ("Planering", "Tel-uppföljning 22/8. BT-kontroll hos ssk om 6 mån."),
    ], must=M101, why="Long note about other problems; one passage writes an ovarian cancer diagnosis and says the patient is not yet told.")

one("sk-narakut-lang-buksmarta-dd", "skane", ("1972-09-19", "F"), "skm_angelholm",
    "Läkaranteckning", "Anna Friberg", "läkare", "2024-09-28 20:10", [
        ("Kontaktorsak", "Remiss från Vårdcentralen Båstad pga buksmärta och feber, kommer med egen bil och sambo."),
        ("Anamnes", "Tidigare frisk, inga läkemedel. Sedan i går kväll smärta under hö revbensbåge efter fet middag, strålar mot hö skulderblad. Kräkts x2. Frossa under natten, 38,6 hemma i morse. Ingen diarré. Ingen dysuri. Senaste mens för 2 v sedan, ej gravid enl test på vc. Liknande kortare smärtepisoder två gånger i somras som gick över av sig själva. Mamma opererad för gallsten."),
        ("Läkemedel och allergi", "Inga stående läkemedel, tog 1 g Alvedon kl 07 i morse. P-stav sedan 2022. Penicillinallergi förnekas, tål Kåvepenin sedan tidigare tonsillit."),
        ("Förlopp på närakuten", "Vid ankomst VAS 8, fått Morfin 5 mg iv i två doser med god effekt, nu VAS 3. Feber kvar, frossa under provtagningen. Ultraljud finns inte tillgängligt kvällstid här. Ingen blodtrycksfall under vistelsen, diures ok."),
        ("Tidigare", "Appendektomi som barn. Tonsillit 2019. Två förlossningar med kejsarsnitt 2004 och 2007. Inga tidigare sjukhusvistelser för buken. Arbetar som undersköterska på ett äldreboende i Båstad, rökfri sedan 20 år."),
        ("Kontakt med vc", "Vårdcentralens dr Bergh ringde före ankomst och beskrev förloppet, remissen finns i journalen. Han önskar kopia på epikrisen. Sambon har tagit med sig hennes läkemedelslista och vaccinationskort."),
        ("Status", "AT lätt påverkat av smärta, vaken och orienterad. Temp 38,3, puls 102, BT 128/76, AF 18, SpO2 98 %. Hjärta: regelbunden rytm, inga blåsljud. Lungor: ua. Buk: mjuk, uttalad ömhet hö hypokondrium, Murphys tecken pos, ingen peritonit, ingen palpabel resistens. Dunkömhet njurloger: ingen. Ikterus: nej."),
        ("Lab", "CRP 96, LPK 14,2, bilirubin 19, ALP 2,1, ALAT 0,9, amylas 0,5. U-sticka: ua. Hb 132."),
        ("Bedömning", "Trol. akut kolecystit, DD okomplicerat gallstensanfall, högersidig pyelonefrit mindre sannolik med normal urinsticka. Pankreatit osannolik med normalt amylas."),
        ("Åtgärd", "Inläggning kirurgen Helsingborg för ultraljud och iv antibiotika, kirurgjour informerad per tel. Pip/Tazo 4 g x3 iv startat efter blododlingar x2. Fasta, dropp Ringer-acetat. Smärtlindring Morfin 2,5 mg iv vb."),
        ("Övrigt", "Sambon följer med upp till avdelningen och tar hand om bilen."),
    ], must=M102, why="Long Skåne Melior närakut note: 'Trol.' cholecystitis with an open DD in the Bedömning.")

one("vc-lang-depression-hereditet-negationer", "vgr", ("1988-10-02", "F"), "vgr_trollhattan",
    "Läkaranteckning", "Per-Erik Nilsson", "läkare", "2024-03-08 10:00", [
        ("Kontaktorsak", "Nedstämdhet sedan hösten, sökt via 1177 och fått tid idag."),
        ("Anamnes", "Lärare, sambo, en dotter 4 år. Sedan oktober sänkt stämning, gråter lätt, orkar inte träffa vänner, svårt att somna och vaknar tidigt. Ingen period med minskat sömnbehov, inga perioder med ökad energi eller impulsiva köp. Ingen tidigare psykiatrisk kontakt. Hereditet: mamma bipolär sjukdom med litium, morbror misstänkt schizofreni men aldrig utredd. Alkohol 1-2 glas vin i helgen, inga droger. Motion har upphört helt."),
        ("Status", "Vårdad, god kontakt, sänkt grundstämning, tårögd när dottern kommer på tal. Inga psykotiska symtom. Tankar om att livet är tungt men inga dödstankar eller suicidplaner, bedöms ej suicidal. PHQ-9 14. MDQ neg."),
        ("Socialt", "Sambo sedan 8 år, stödjande, delar på hämtning och lämning på förskolan. Jobbar heltid som mellanstadielärare, klass med många elever i behov av stöd och lite resurser i år. Ekonomin är stabil. Familjen i Uddevalla, träffar mamma varannan vecka; pappa avled 2019."),
        ("Skattningar", "PHQ-9 14 och GAD-7 9 idag. AUDIT 3. Sömndagbok en vecka visar insomning efter 1 h och uppvaknanden kl 04-05 de flesta nätter."),
        ("Samtal", "Vi pratade om hur depression och sömn påverkar varandra och om vad som brukar hjälpa henne, som långa promenader och att sjunga i kör. Hon vill gärna ha samtalsstöd och är positiv till medicin efter att ha läst om den. Sambon är välkommen till nästa besök."),
        ("Bedömning", "Depression, lätt till medelsvår episod. Inga tecken på hypomani eller psykos. Ingen misstanke om bipolär sjukdom i nuläget trots hereditet. Sömnstörning sekundär."),
        ("Åtgärd", "Sertralin 25 mg i 1 v, därefter 50 mg. Sjukskrivning 25 % i 3 v för att behålla fäste i jobbet. Remiss KBT hos vårdcentralens psykolog, ev. internetbaserad KBT via 1177 om väntetiden blir lång. Sömnråd givna."),
        ("Planering", "Tel-kontakt om 2 v. Återbesök 4 v med PHQ-9. Pat informerad om att höra av sig vid försämring eller om tankar på att skada sig."),
    ], must_not=X102, why="Long note: family-history hedge (morbror), negated bipolar and psychosis, 'ev.' on a treatment; the depression is firm.")

one("vc-lang-telefonkedja-lungemboli-kan-ej-uteslutas", "vgr", ("1990-01-22", "F"), "vgr_ulricehamn",
    "Telefonanteckning", "Jessica Holmberg", "sjuksköterska", "2024-02-19 08:10", [
        ("Telefonkontakt 08.10", "Pat ringer: andfådd sedan 2 d, hugg i hö sida vid djupandning, torrhosta. Ingen feber. P-piller (kombinerade) sedan 5 år. Flög hem från Kanarieöarna i lördags, 5 h. Ont i hö vad sedan förra veckan, trodde det var träningsvärk. Inga tidigare blodproppar. Låter lätt andfådd i telefon men pratar hela meningar. Konsulterat dr Wahlgren direkt."),
        ("Läkarbedömning 08.25", "Dr Elin Wahlgren: Pleuritisk smärta, dyspné, vadsmärta efter långflygning hos kvinna med östrogen. Lungemboli kan ej uteslutas. Ska inte vänta på vc-tid."),
        ("Telefonkontakt 08.30", "Ringt upp pat. Uppmanad åka direkt till akutmottagningen SÄS, ej köra själv. Sambon kör henne. Remiss skickad elektroniskt till akuten. Råd: ring 112 om hon blir sämre på vägen, bröstsmärta eller svimning."),
        ("Telefonkontakt 11.30", "Uppföljande samtal. Pat kvar på akuten, blodprov och DT beställd enl pat. Säger att hon mår något bättre av att ha fått syrgas en stund."),
        ("Telefonkontakt 15.40", "Sambon ringer och berättar att hon blir kvar över natten på medicinavdelningen. Han undrar om vc kan skriva ut sjukintyg för hans del eftersom han vabbar. Hänvisad till egen vårdcentral och FK för tillfällig föräldrapenning, han är nöjd med svaret."),
        ("Bakgrund", "Tidigare frisk, en graviditet 2021 utan komplikationer. Ingen känd koagulationsrubbning i släkten enl pat, mormor hade dock blodpropp i benet efter en höftoperation. Ingen rökning. Ridlärare, fysiskt aktiv, vikt stabil. Inga läkemedel utöver p-pillren och Cetirizin under pollensäsongen."),
        ("Telefonkontakt 13.10", "Akutläkaren ringer för att få veta vad som framkommit i vårt samtal i morse, uppgifterna lämnade. DT lungartärer är gjord men svaret inte klart. Hon har fått första dosen lågmolekylärt heparin i väntan på svaret enl akutläkaren. Överenskommet att akuten skickar epikris till oss."),
        ("Kommentar", "Pat hade själv läst på 1177 om blodpropp efter flygresa och ringde därför tidigt, bra agerat. P-pillerfrågan och framtida preventivmetod tas upp med barnmorskemottagningen när akutskedet är över, pat är informerad om detta och tycker att det känns rimligt."),
        ("Åtgärd", "P-piller pausade tills vidare enl dr. Ny kontakt när svar från akuten finns i journalen, ssk Jessica följer upp imorgon."),
    ], must=M102, why="Long telephone chain by a nurse with the doctor's 'kan ej uteslutas' on pulmonary embolism.")

one("sk-melior-lang-kol-faststalld-informerad", "skane", ("1950-04-05", "M"), "skm_landskrona",
    "Läkaranteckning", "Ahmad Karimi", "läkare", "2024-04-24 10:30", [
        ("Kontaktorsak", "Återbesök efter spirometri med reversibilitet och DT thorax, remitterad från vc Landskrona pga långdragen hosta."),
        ("Anamnes", "73-årig man, ex-rökare sedan 2019, 45 paketår. Hosta med vitt slem varje morgon sedan flera år, andfådd i uppförsbacke och vid snöskottning. Två förkylningar i vintras som satt i länge, en gång antibiotika. Ingen viktnedgång, ingen hemoptys, ingen nattsvett. Pensionerad svetsare. Bor med frun, cyklar till affären."),
        ("Status", "AT gott. SpO2 95 % i vila. Pulm: förlängt exspirium, enstaka ronki bilat, inga rassel. Cor: RR 76. Inga ödem. Inga trumpinnefingrar."),
        ("Läkemedel", "Inga stående inhalationer hittills, Airomir lånad av frun ibland. Enalapril 10 mg för blodtrycket. Simvastatin 20 mg. Inga allergier."),
        ("Tidigare", "Hypertoni sedan 2012. Inguinalbråck op 2016. Pneumoni 2020, vårdad tre dagar på Helsingborgs lasarett. Yrkesexponering för svetsrök i 30 år, fick andningsskydd först i slutet av 90-talet. Ingen känd astma i barndomen. Far dog av hjärtinfarkt vid 70."),
        ("Kommentar", "Pat har svårt att acceptera att han behöver inhalationer varje dag, säger att han alltid varit stark. Vi pratade länge om vad träning kan ge och att han själv kan påverka förloppet. Han vill prova KOL-skolan tillsammans med frun."),
        ("Socialt och funktion", "Bor i radhus i Landskrona med frun, två barn och fyra barnbarn i närheten. Klarar all ADL själv, snickrar i garaget, går 3 km med hunden i lugn takt men stannar i uppförsbackarna. CAT-skattning 14, mMRC 2."),
        ("Undersökningar", "Spirometri efter bronkdilatation: FEV1/FVC 0,58, FEV1 54 % av förväntat, ingen signifikant reversibilitet. DT thorax: emfysematösa förändringar i ovanloberna, inga noduli, inga förstorade lymfkörtlar."),
        ("Bedömning", "KOL GOLD 2, grupp B. Ingen misstanke om lungcancer, DT utan förändringar som talar för tumör. Ingen astmakomponent."),
        ("Åtgärd", "Spiolto Respimat 2 inh x1, inhalationsteknik genomgången med ssk. Airomir vb. Influensa- och pneumokockvaccin. Remiss KOL-skola och fysioterapeut för konditionsträning. Skriftlig plan för exacerbation med Doxyferm och Prednisolon i reserv."),
        ("Information", "Pat informerad om diagnosen KOL och vad den innebär, frun med. Frågor om prognos besvarade. Uppföljning tas över av vc Landskrona, remissvar skickas."),
    ], must_not=X101 + X102, why="Long Skåne Melior note: confirmed and communicated COPD; cancer explicitly not suspected.")

# ============================================================ multi-note records
C("sk-pmo-telefon-sedan-narakut-melior", "skane", ("1986-06-01", "F"), [
    N("n1", "sk_bastad", "Telefonrådgivning", "Marie Åberg", "distriktssköterska", "2024-06-18 07:50", [
        ("Telefonkontakt", "Feber 39,4, frossa, ont hö flank, sveda vid miktion sedan 3 d. Trol. njurbäckeninflammation. Hänvisad till närakuten i Ängelholm för bedömning idag, dr på vc informerad."),
    ]),
    N("n2", "skm_angelholm", "Läkaranteckning", "Anna Friberg", "läkare", "2024-06-18 11:20", [
        ("Status", "Temp 38,9, puls 96, BT 118/70. Dunkömhet hö njurloge. Buk mjuk."),
        ("Lab", "CRP 142, LPK 15,1, krea 71. U-sticka: nitrit pos, leukocyter 3+."),
        ("Bedömning", "Susp. pyelonefrit hö, DD infekterad uretärsten."),
        ("Åtgärd", "Ceftibuten 400 mg x1 i 10 d efter odling. Ultraljud njurar om ej feberfri inom 48 h."),
    ]),
], must=[("NL102", "n2")], must_not=[("NL102", "n1")],
    why="Same hedge in a PMO telephone note (silent) and in the hospital's Melior note (fires).")

C("vc-multi-misstankt-b12-brist-sedan-bekraftad", "vgr", ("1949-09-07", "M"), [
    N("n1", "vgr_stromstad", "Läkaranteckning", "Gustav Lund", "läkare", "2024-02-07 10:40", [
        ("Aktuellt", "Domningar i båda fötterna, trött, lite glömsk enl frun. Metformin sedan 10 år."),
        ("Status", "Vibrationskänsel nedsatt i båda fötterna. Tunga slät och röd. Neuro i övrigt ua."),
        ("Bedömning", "Misstänkt B12-brist."),
        ("Åtgärd", "Kobalamin, homocystein, folat, Hb."),
    ]),
    N("n2", "vgr_stromstad", "Telefonanteckning", "Gustav Lund", "läkare", "2024-02-12 14:15", [
        ("Provsvar", "Kobalamin 110, homocystein 24, Hb 119 med MCV 103."),
        ("Bedömning", "B12-brist med makrocytär anemi, trol. Metforminrelaterad."),
        ("Åtgärd", "Betolvidon 1 mg x2 i 2 v, därefter x1. Kontroll Hb och B12 om 3 mån. Pat informerad per tel."),
    ]),
], must=[("NL102", "n1")],
    why="Record: first note has 'Misstänkt' B12 deficiency (fires); the second confirms it (its 'trol.' is about cause, left unasserted).")

C("vc-multi-tidiga-hypoteser-sedan-kommunicerat-parkinson", "vgr", ("1952-01-28", "M"), [
    N("n1", "vgr_alingsas", "Läkaranteckning", "Ahmed Yousef", "läkare", "2024-08-19 09:30", [
        ("Aktuellt", "Frun har märkt att han går med små steg och att handstilen blivit liten. Skakar i hö hand när han sitter still."),
        ("Status", "Vilotremor hö hand, kugghjulsrigiditet hö arm, nedsatt armpendling hö. Långsam vid snabba växelrörelser."),
        ("Tidiga hypoteser", "Susp. Parkinsons sjukdom. Tas upp med pat när neurologen bedömt."),
        ("Åtgärd", "Remiss neurologmottagningen NÄL."),
    ]),
    N("n2", "vgr_alingsas", "Läkaranteckning", "Ahmed Yousef", "läkare", "2024-10-07 10:00", [
        ("Aktuellt", "Återbesök efter neurologbesök 30/9."),
        ("Bedömning", "Parkinsons sjukdom, bekräftad av neurolog, Madopar insatt. Pat informerad om diagnosen av neurologen och idag på nytt av mig, frun med, frågor besvarade."),
        ("Åtgärd", "Remiss fysioterapeut och logoped. Uppföljning hos neurolog i mars."),
    ]),
], must_not=[("NL102", "n1"), ("NL101", "n2"), ("NL102", "n2")],
    why="Record: hypothesis kept under the VGR sökord Tidiga hypoteser, later settled and told in a visible note.")

# ============================================================ a few more
one("vc-ssk-tel-graviditetstest-trol-vecka", "vgr", ("1994-04-30", "F"), "vgr_kungalv",
    "Telefonanteckning", "Hanna Pettersson", "sjuksköterska", "2024-07-08 09:20", [
        ("Telefonkontakt", "Pos graviditetstest hemma, SM 2/6, trol. v 5+. Mår bra, lite illamående. Hänvisad till barnmorskemottagningen för inskrivning. Folsyra rek."),
    ], must_not=X102, why="'trol.' about gestational week in a telephone note; no diagnosis is hedged.")

one("vc-intyg-resa-frisk-inga-tecken", "vgr", ("1998-12-28", "M"), "vgr_torslanda",
    "Intyg", "Linnea Forsberg", "läkare", "2024-04-16 15:30", [
        ("Intyg", "Friskintyg för arbete till sjöss (Transportstyrelsens läkarintyg sjöfolk)."),
        ("Underlag", "Syn och hörsel ua, BT 122/74, urinsticka ua. Inga tecken på hjärt- eller lungsjukdom."),
        ("Bedömning", "Frisk, uppfyller kraven."),
    ], must_not=X102 + X101, why="Fitness certificate with negated findings only.")

one("vc-ssk-kan-vara-bra-med-remiss", "vgr", ("1952-07-19", "F"), "vgr_skovde",
    "Sjuksköterskeanteckning", "Eva Gustafsson", "diabetessjuksköterska", "2024-06-04 13:20", [
        ("Aktuellt", "Diabetes typ 2, välreglerad, HbA1c 47. Fötterna ua vid inspektion."),
        ("Planering", "Kan vara bra med ny remiss till ögonfoto, senaste 2021. Möjligen tid redan bokad av ögonmottagningen, pat kollar."),
    ], must_not=X102, why="'Kan vara bra' and 'Möjligen' hedge plans and bookings, not a diagnosis.")

one("vc-1177-recept-svar-misstanker-att-glomt", "vgr", ("1965-05-15", "M"), "vgr_vanersborg",
    "Ärendeanteckning 1177", "Therese Dahl", "sjuksköterska", "2024-09-09 14:00", [
        ("Kontaktorsak", "Ber via 1177 om nytt recept på Bisoprolol, säger att förpackningen tagit slut."),
        ("Åtgärd", "Recept finns kvar med 2 uttag enl förskrivningskollen, misstänker att han glömt bort det. Svarat via 1177."),
    ], refs=["1177-71188"],
    conversations=[CV("1177-71188", "Förnya recept", "vgr_vanersborg", "2024-09-08 19:02", "2024-09-09 13:55", [
        ("patient", "2024-09-08 19:02", "Hej, behöver nytt recept på mina betablockerare, burken är tom."),
        ("staff", "2024-09-09 13:55", "Hej! Du har fortfarande två uttag kvar på ditt recept, så du kan hämta ut på apoteket som vanligt."),
    ])],
    must_not=X102, why="'misstänker att han glömt' is about a forgotten prescription, not a diagnosis.")

one("vc-akut-tel-misstankt-hjartinfarkt-112", "vgr", ("1961-01-03", "M"), "vgr_hisingsbacka",
    "Telefonanteckning", "Jessica Berg", "sjuksköterska", "2024-03-26 10:05", [
        ("Telefonkontakt", "Tryckande bröstsmärta sedan 40 min, kallsvettig, strålar ut i vä arm. Misstänkt hjärtinfarkt, ambulans larmad via 112 medan pat var kvar i luren. Råd: sätt dig ned, lås upp dörren."),
    ], must=M102, why="'Misstänkt hjärtinfarkt' in an urgent nurse telephone note is still a hedged diagnosis in a visible note.")

one("sk-melior-tel-sonen-ringer-pat-redan-informerad", "skane", ("1943-02-17", "F"), "skm_ystad",
    "Telefonanteckning", "Cecilia Holm", "sjuksköterska", "2024-10-10 15:30", [
        ("Telefonkontakt", "Sonen ringer och undrar över mammans provsvar. Pat själv informerad av dr igår om kronisk lymfatisk leukemi och har gett muntligt samtycke till att sonen får veta. Besvarat hans frågor om kontroller."),
    ], must_not=X101, why="Skåne Melior: the patient was told yesterday; the son calling is not an uninformed patient.")

# ============================================================ more Skåne Melior
one("sk-narakut-ingen-misstanke-om-fraktur", "skane", ("1978-08-08", "M"), "skm_helsingborg",
    "Läkaranteckning", "Sara Ekdahl", "AT-läkare", "2024-02-17 13:25", [
        ("Aktuellt", "Snubblade i trappan hemma, slog vä bröstkorg mot räcket. Ont vid djupandning."),
        ("Status", "Lokal ömhet revben 7-8 vä lateralt, ingen krepitation, inget emfysem i huden. Pulm: ua bilat, SpO2 98 %."),
        ("Bedömning", "Kontusion bröstkorg vä. Ingen misstanke om revbensfraktur eller pneumothorax."),
        ("Åtgärd", "Alvedon + Ipren, andningsövningar. Åter vid ökad andfåddhet."),
    ], must_not=X102, why="AT doctor's negated hypotheses beside a firm contusion, Skåne Melior.")

one("sk-diabetesmott-ev-dosjustering-typ1", "skane", ("1996-05-23", "F"), "skm_landskrona",
    "Sjuksköterskeanteckning", "Petra Malm", "diabetessjuksköterska", "2024-05-28 10:45", [
        ("Aktuellt", "Diabetes typ 1 sedan 12 års ålder, pump + sensor. Mer hypoglykemier nattetid sedan hon började springa."),
        ("Bedömning", "Diabetes typ 1, TIR 68 %, nattliga hypoglykemier kopplade till kvällsträning."),
        ("Planering", "Ev. sänkt basal 22-03 träningsdagar, utvärderas om 2 v via uppladdad data. Ev. tillfällig basal i stället."),
    ], must_not=X102, why="'Ev.' hedges insulin settings only; the diagnosis is firm.")

one("sk-akut-kan-rora-sig-om-gallsten", "skane", ("1969-12-04", "F"), "skm_hassleholm",
    "Läkaranteckning", "Jonas Wallin", "läkare", "2024-11-02 21:30", [
        ("Aktuellt", "Smärta i övre delen av buken efter julbordsmiddag på jobbet, nu avklingande. Ingen feber."),
        ("Status", "Lätt ömhet epigastriet och under hö arcus, Murphys tecken neg."),
        ("Lab", "CRP 4, leverstatus och amylas ua."),
        ("Bedömning", "Kan röra sig om gallsten med övergående anfall."),
        ("Åtgärd", "Ultraljud lever/gallvägar via vc-remiss, hem med fettsnål kost."),
    ], must=M102, why="Lay hedge 'Kan röra sig om' before a diagnosis, Skåne Melior.")

one("sk-melior-tyreoideacancer-ej-informerad", "skane", ("1975-02-08", "F"), "skm_ystad",
    "Läkaranteckning", "Ola Bengtsson", "läkare", "2024-06-14 11:50", [
        ("Provsvar", "Finnålscytologi tyreoideaknöl hö lob: Bethesda VI, papillär tyreoideacancer."),
        ("Bedömning", "Papillär tyreoideacancer. Pat ännu ej informerad, ÖNH tar besked och planerar operation."),
    ], must=M101, why="Skåne Melior: cytology-confirmed thyroid cancer with 'ännu ej informerad'.")

one("sk-melior-pat-informerad-dottern-ej", "skane", ("1939-09-23", "M"), "skm_ystad",
    "Läkaranteckning", "Ola Bengtsson", "läkare", "2024-09-18 14:20", [
        ("Bedömning", "Aortastenos, uttalad, EF 45 %. Pat informerad om diagnosen och om TAVI-utredning. Dottern ej informerad, pat ringer henne själv ikväll."),
    ], must_not=X101, why="Skåne Melior: the daughter, not the patient, is uninformed.")

# ============================================================ unsigned drafts (pre-signing)
DRAFTS = {
    "vc-kort-sinuit-fragetecken", "vc-dd-mikroskopisk-hematuri", "vc-tel-trol-glomt-eliquis",
    "vc-ssk-klamydia-ej-informerat-pat", "pmo-dietist-trol-ibs", "vc-rtg-kna-ua-brev-skickas",
    "vc-kort-ev-skabb", "sk-narakut-covid-fragetecken", "vc-pneumoni-uteslutes-rtg",
    "vc-intyg-korkort-susp-kognitiv-svikt", "vc-fk-ej-informerad-om-forlangning",
    "pmo-tel-dd-gallstensanfall-pankreatit", "vc-mest-sannolikt-tietze",
}


# ============================================================ build + validate
CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
PNR = re.compile(r"^(\d{4})(\d{2})(\d{2})-(\d{4})$")
CODES = {"NL101", "NL102"}


def build():
    out = []
    for i, c in enumerate(CASES):
        notes = []
        region = None
        for n in c["notes"]:
            n = dict(n)
            region = n.pop("_region")
            if c["name"] in DRAFTS and len(c["notes"]) == 1:
                n["signed"] = None
            notes.append(n)
        times = [n["time"] for n in notes] + [n["signed"] for n in notes if n["signed"]]
        for cv in c["conversations"]:
            times += [cv["opened"], cv["handled"]] + [m["time"] for m in cv["messages"]]
        last = max(datetime.strptime(t, "%Y-%m-%dT%H:%M:%S") for t in times)
        as_of = (last + timedelta(days=3)).replace(hour=0, minute=0, second=0)
        birth, sex = c["pat"]
        record = {
            "patient": {"id": personnummer(birth, sex, i + 1), "birth_date": birth,
                        "protected_identity": False},
            "as_of": as_of.strftime("%Y-%m-%dT%H:%M:%S"),
            "notes": notes,
            "access_events": [],
            "conversations": c["conversations"],
            "treatments": [],
        }
        out.append({"case": c["name"], "ruleset": c["ruleset"], "record": record,
                    "must": c["must"], "must_not": c["must_not"], "why": c["why"]})
    return out


def sentences(text):
    for part in re.split(r"(?<=[.!?])\s+|\n+", text):
        part = part.strip()
        if len(part) >= 25:
            yield part


def in_2024(s):
    return s is not None and s.startswith("2024-")


def age_on(birth, when):
    b = date.fromisoformat(birth)
    return when.year - b.year - ((when.month, when.day) < (b.month, b.day))


def validate(cases):
    errors = []
    names = set()
    seen = {}
    for c in cases:
        name = c.get("case")
        err = lambda msg: errors.append("%s: %s" % (name, msg))
        if list(c.keys()) != CASE_KEYS:
            err("keys %s" % list(c.keys()))
        if name in names:
            err("duplicate case name")
        names.add(name)
        if c["ruleset"] not in ("skane", "vgr"):
            err("ruleset")
        if not c["why"] or "\n" in c["why"]:
            err("why must be one line")
        rec = c["record"]
        if set(rec.keys()) != RECORD_KEYS:
            err("record keys")
        p = rec["patient"]
        if set(p.keys()) != {"id", "birth_date", "protected_identity"}:
            err("patient keys")
        m = PNR.match(p["id"])
        if not m:
            err("personnummer format")
        else:
            y, mo, d, tail = m.groups()
            if "%s-%s-%s" % (y, mo, d) != p["birth_date"]:
                err("personnummer does not match birth_date")
            nine = y[2:] + mo + d + tail[:3]
            if luhn_digit(nine) != tail[3]:
                err("Luhn check digit")
        if not in_2024(rec["as_of"]):
            err("as_of not in 2024")
        note_ids = set()
        for n in rec["notes"]:
            if set(n.keys()) != NOTE_KEYS:
                err("note keys %s" % sorted(n.keys()))
            if n["id"] in note_ids:
                err("duplicate note id")
            note_ids.add(n["id"])
            if not in_2024(n["time"]) or (n["signed"] is not None and not in_2024(n["signed"])):
                err("note date not in 2024")
            if n["signed"] is not None and n["signed"] < n["time"]:
                err("signed before time")
            if n["time"] > rec["as_of"]:
                err("note after as_of")
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                err("VGR notes are Melior")
            a = age_on(p["birth_date"], datetime.strptime(n["time"], "%Y-%m-%dT%H:%M:%S").date())
            if 13 <= a <= 15 or a < 0:
                err("patient aged %d" % a)
            for s in n["sections"]:
                if set(s.keys()) != {"keyword", "text"} or not s["text"].strip():
                    err("section")
                for sent in sentences(s["text"]):
                    if sent in seen and seen[sent] != (name, n["id"], s["keyword"]):
                        err("sentence repeated (also in %s): %r" % (seen[sent][0], sent))
                    seen.setdefault(sent, (name, n["id"], s["keyword"]))
        for cv in rec["conversations"]:
            for t in [cv["opened"], cv["handled"]] + [x["time"] for x in cv["messages"]]:
                if not in_2024(t):
                    err("conversation date not in 2024")
            for x in cv["messages"]:
                for sent in sentences(x["text"]):
                    if sent in seen and seen[sent][0] != name + "#" + cv["id"]:
                        err("sentence repeated (also in %s): %r" % (seen[sent][0], sent))
                    seen.setdefault(sent, (name + "#" + cv["id"], "", ""))
        notes_by_id = {n["id"]: n for n in rec["notes"]}
        pairs = set()
        for kind in ("must", "must_not"):
            for item in c[kind]:
                if len(item) != 2 or item[0] not in CODES or item[1] not in notes_by_id:
                    err("bad target %r" % (item,))
                    continue
                key = tuple(item)
                if key in pairs:
                    err("code/target asserted twice %r" % (item,))
                pairs.add(key)
                n = notes_by_id[item[1]]
                if n["system"] == "PMO" and item[0] == "NL101":
                    err("NL101 asserted on a PMO note")
                if n["system"] == "PMO" and item[0] == "NL102" and kind == "must":
                    err("NL102 must on a PMO note")
        if not c["must"] and not c["must_not"]:
            err("case asserts nothing")
    return errors


def main():
    cases = build()
    errors = validate(cases)
    with open(OUT, "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        sys.exit(1)
    counts = {}
    for c in cases:
        for kind in ("must", "must_not"):
            for code, _t in c[kind]:
                counts.setdefault(code, {"must": 0, "must_not": 0})[kind] += 1
    print("%d cases written to %s" % (len(cases), OUT))
    for code in sorted(counts):
        print("  %s must %d must_not %d" % (code, counts[code]["must"], counts[code]["must_not"]))


if __name__ == "__main__":
    main()
