#!/usr/bin/env python3
"""nl1_dev40 -- NL101/NL102 cases on long physician-written hospital charts.

Persona: real Melior charts from internal medicine, cardiology, neurology,
nephrology, haematology, emergency, intensive care and orthopaedics: long notes
(5-9 sections), problem lists, copy-forward text, lab values and vital signs
between the words, ICD-10 codes in parentheses, DD lists over several lines,
hedges far from the diagnosis, several diagnoses in one sentence, "?" hedges and
a mix of Latin, English loan words and Swedish abbreviations.

Standard library only, deterministic. Writes nl1_dev40_cases.jsonl next to this
file, validates it and exits 1 on any problem.
"""
import json
import os
import re
import sys
from datetime import date, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev40_cases.jsonl")

# ----------------------------------------------------------------------------
# Units (name, HSA-id). VGR: SE2321000131-..., Region Skåne: SE2321000255-...
# ----------------------------------------------------------------------------
U = {
    # Västra Götalandsregionen (Melior)
    "su_kard": ("Kardiologavdelning 7, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011402"),
    "su_hia": ("Hjärtintensivvårdsavdelning HIA, SU/Sahlgrenska", "SE2321000131-E000000011417"),
    "su_akut": ("Akutmottagning, SU/Sahlgrenska", "SE2321000131-E000000010255"),
    "su_neuro": ("Neurologavdelning 131, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000012630"),
    "su_neuromott": ("Neurologmottagning, SU/Sahlgrenska", "SE2321000131-E000000012644"),
    "su_njur": ("Njurmedicinsk avdelning, SU/Sahlgrenska", "SE2321000131-E000000013071"),
    "su_njurmott": ("Njurmedicinmottagning, SU/Sahlgrenska", "SE2321000131-E000000013088"),
    "su_hem": ("Hematologiavdelning 44, SU/Sahlgrenska", "SE2321000131-E000000013516"),
    "su_hemmott": ("Hematologimottagning, SU/Sahlgrenska", "SE2321000131-E000000013523"),
    "su_iva": ("Centrala intensivvårdsavdelningen CIVA, SU/Sahlgrenska", "SE2321000131-E000000014109"),
    "su_onk": ("Onkologimottagning, Jubileumskliniken, SU/Sahlgrenska", "SE2321000131-E000000014530"),
    "ostra_med": ("Medicinavdelning 212, SU/Östra", "SE2321000131-E000000015021"),
    "ostra_akut": ("Akutmottagning vuxen, SU/Östra", "SE2321000131-E000000015038"),
    "ostra_kir": ("Kirurgavdelning 15, SU/Östra", "SE2321000131-E000000015045"),
    "molndal_orto": ("Ortopedavdelning 6, SU/Mölndal", "SE2321000131-E000000015612"),
    "molndal_geri": ("Geriatrisk avdelning, SU/Mölndal", "SE2321000131-E000000015629"),
    "dsbus_barnonk": ("Barncancercentrum, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000016204"),
    "dsbus_barnmed": ("Barnmedicin avd 323, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000016218"),
    "nal_med": ("Medicinkliniken avd 3, NÄL Trollhättan", "SE2321000131-E000000017350"),
    "nal_akut": ("Akutkliniken, NU-sjukvården NÄL", "SE2321000131-E000000017367"),
    "nal_iva": ("Intensivvårdsavdelningen, NU-sjukvården NÄL", "SE2321000131-E000000017374"),
    "nal_orto": ("Ortopedmottagning, NU-sjukvården NÄL", "SE2321000131-E000000017381"),
    "skas_kard": ("Kardiologmottagning, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000018102"),
    "skas_med": ("Medicinavdelning 32, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000018119"),
    "skas_orto": ("Ortopedkliniken, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000018126"),
    "skas_iva": ("Intensivvårdsavdelningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000018133"),
    "sas_med": ("Medicinkliniken avd 27, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000019001"),
    "sas_njur": ("Njurmottagning, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000019018"),
    "sas_hem": ("Hematologmottagning, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000019025"),
    "sas_akut": ("Akutmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000019032"),
    "kungalv_med": ("Medicinavdelning 2, Kungälvs sjukhus", "SE2321000131-E000000019507"),
    "alingsas_med": ("Medicinmottagning, Alingsås lasarett", "SE2321000131-E000000019744"),
    "alingsas_geri": ("Geriatrik och rehab, Alingsås lasarett", "SE2321000131-E000000019751"),
    # Region Skåne (Melior in hospitals, PMO in primary care)
    "lund_kard": ("Kardiologiavdelning 37, Skånes universitetssjukhus Lund", "SE2321000255-4102"),
    "lund_hia": ("Hjärtintensiven, Skånes universitetssjukhus Lund", "SE2321000255-4117"),
    "lund_neuro": ("Neurologiavdelningen, Skånes universitetssjukhus Lund", "SE2321000255-7605"),
    "lund_neuromott": ("Neurologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7619"),
    "lund_njur": ("Njurmedicinska avdelningen, Skånes universitetssjukhus Lund", "SE2321000255-5530"),
    "lund_hem": ("Hematologiavdelningen, Skånes universitetssjukhus Lund", "SE2321000255-6021"),
    "lund_iva": ("Intensivvårdsavdelningen, Skånes universitetssjukhus Lund", "SE2321000255-8844"),
    "lund_onk": ("Onkologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-6390"),
    "lund_barnonk": ("Barn- och ungdomsonkologi, Skånes universitetssjukhus Lund", "SE2321000255-9127"),
    "malmo_akut": ("Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-3011"),
    "malmo_med": ("Internmedicinska kliniken avd 2, Skånes universitetssjukhus Malmö", "SE2321000255-3206"),
    "malmo_njurmott": ("Njurmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-3422"),
    "malmo_orto": ("Ortopedavdelning 2, Skånes universitetssjukhus Malmö", "SE2321000255-3508"),
    "malmo_hemmott": ("Hematologimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-3617"),
    "malmo_kir": ("Kirurgiska kliniken avd 4, Skånes universitetssjukhus Malmö", "SE2321000255-3733"),
    "hbg_med": ("Medicinkliniken avd 53, Helsingborgs lasarett", "SE2321000255-2104"),
    "hbg_akut": ("Akutmottagningen, Helsingborgs lasarett", "SE2321000255-2010"),
    "hbg_orto": ("Ortopedkliniken, Helsingborgs lasarett", "SE2321000255-2236"),
    "csk_med": ("Medicinkliniken avd 17, Centralsjukhuset Kristianstad", "SE2321000255-1408"),
    "csk_iva": ("Intensivvårdsavdelningen, Centralsjukhuset Kristianstad", "SE2321000255-1475"),
    "csk_kard": ("Kardiologimottagningen, Centralsjukhuset Kristianstad", "SE2321000255-1433"),
    "ystad_med": ("Medicinavdelning 4, Lasarettet i Ystad", "SE2321000255-1802"),
    "ystad_akut": ("Akutmottagningen, Lasarettet i Ystad", "SE2321000255-1819"),
    "trelleborg_orto": ("Ortopedmottagningen, Trelleborgs lasarett", "SE2321000255-1920"),
    "landskrona_geri": ("Geriatriska kliniken, Landskrona lasarett", "SE2321000255-2550"),
    "hassleholm_orto": ("Ortopedkliniken, Hässleholms sjukhus", "SE2321000255-1611"),
    "angelholm_med": ("Medicinavdelning 1, Ängelholms sjukhus", "SE2321000255-2701"),
    "vc_eslov": ("Vårdcentralen Eslöv", "SE2321000255-0A41"),
    "vc_hoor": ("Vårdcentralen Höör", "SE2321000255-0A58"),
    "vc_tomelilla": ("Vårdcentralen Tomelilla", "SE2321000255-0B12"),
    "vc_limhamn": ("Vårdcentralen Limhamn", "SE2321000255-0C07"),
    "vc_bjuv": ("Vårdcentralen Bjuv", "SE2321000255-0C33"),
    "vc_simrishamn": ("Vårdcentralen Simrishamn", "SE2321000255-0D19"),
}

VGR_UNITS = {k for k, v in U.items() if v[1].startswith("SE2321000131-")}
SKANE_UNITS = {k for k, v in U.items() if v[1].startswith("SE2321000255-")}


def note(nid, template, unit, author, role, time, signed, setting, sections, system="Melior"):
    name, hsa = U[unit]
    return {
        "id": nid, "system": system, "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": time, "signed": signed, "setting": setting, "refs": [],
        "sections": [{"keyword": k, "text": t} for k, t in sections],
    }


CASES = []


def case(name, ruleset, pat, notes, must, must_not, why):
    pnr, birth = pat

    def targets(lst):
        out = []
        for x in lst:
            out.append([x, "n1"] if isinstance(x, str) else [x[0], x[1]])
        return out

    last = max(n["signed"] or n["time"] for n in notes)
    as_of = last[:10] + "T23:59:00"
    CASES.append({
        "case": name, "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr, "birth_date": birth, "protected_identity": False},
            "as_of": as_of, "notes": notes,
            "access_events": [], "conversations": [], "treatments": [],
        },
        "must": targets(must), "must_not": targets(must_not), "why": why,
    })

# ============================================================================
# NL102 positives, part A
# ============================================================================

case("vgr-kard-nstemi-talar-for-langt-fran-diagnosen", "vgr", ("19560411-7035", "1956-04-11"), [
    note("n1", "Inskrivningsanteckning", "su_kard", "Johan Lindqvist", "läkare",
         "2024-03-07T02:40:00", "2024-03-07T09:12:00", "slutenvård", [
        ("Kontaktorsak", "Bröstsmärta sedan igår kväll."),
        ("Aktuellt", "67-årig man, rökare ca 30 pack-years, inkommer med ambulans efter tryckande retrosternal smärta med utstrålning mot vä arm som debuterade 23.30 i vila och varade ca 40 min. Ambulans-EKG med ST-sänkningar 1,5 mm i V4–V6, fick ASA 300 mg och nitro x 2 med god effekt. Smärtfri vid ankomst. Har sedan 2–3 v märkt viss tryckkänsla i bröstet i uppförsbacke som släppt i vila."),
        ("Tidigare sjukdomar", "Hypertoni (I10) sedan 2012\nDM typ 2 (E11.9), tablettbehandlad\nHyperlipidemi (E78.5)\nS/p appendektomi 1979"),
        ("Läkemedel", "Metformin 1 g 1x2, Amlodipin 5 mg 1x1, Atorvastatin 20 mg 1x1 (tar den enl. pat 'för det mesta')."),
        ("Status", "AT: opåverkad, ligger plant utan besvär. BT 156/92, puls 84 reg, sat 97 % utan O2, AF 16, temp 36,8.\nCor: RR, inga blåsljud. Pulm: ves a-ljud bilat, inga rassel. Buk: mjuk, oöm. Ben: inga ödem, distala pulsar palp bilat."),
        ("Lab", "TnT 48 -> 112 ng/L (0 h/3 h). Krea 94, eGFR 72. Hb 148. K 4,1. Glukos 11,2. HbA1c och lipidstatus skickat."),
        ("EKG", "SR 82/min, horisontella ST-sänkningar 1 mm i V4–V6, I och aVL, ingen ST-höjning. Jmf med EKG från 2021 är förändringarna nytillkomna."),
        ("Bedömning", "Typisk anamnes med nytillkomna laterala ST-sänkningar. Bilden, med dynamisk troponinstegring (48 -> 112) och de förändringar som redan sågs på ambulans-EKG, talar sammantaget för NSTEMI. Låg blödningsrisk, CRUSADE 21."),
        ("Planering", "Ticagrelor 180 mg laddning, därefter 90 mg 1x2. Fondaparinux 2,5 mg sc 1x1. Anmäld för kranskärlsröntgen inom 24 h. Telemetri. Rökstopp diskuterat, pat motiverad."),
    ])],
    ["NL102"], ["NL101"],
    "'talar sammantaget för NSTEMI' with a long parenthetical between hedge verb and diagnosis is an open hypothesis in a visible Melior note")

case("skane-med-kol-exa-fragetecken-pneumoni", "skane", ("19490923-1765", "1949-09-23"), [
    note("n1", "Inskrivningsanteckning", "hbg_med", "Maria Bengtsson", "läkare",
         "2024-01-16T21:05:00", "2024-01-16T23:30:00", "slutenvård", [
        ("Inkomstorsak", "Ökad dyspné, hosta med gulgrönt upphostningar sedan 4 dagar."),
        ("Anamnes", "74-årig kvinna med känd KOL GOLD 3 (J44.9), 2 exacerbationer senaste året, senast i oktober. Sedan fredag tilltagande andfåddhet, klarar inte längre att gå till brevlådan. Frossa igår kväll. Har tagit extra Airomir upp till 8 ggr/dygn utan större effekt. Ingen bröstsmärta, inga bensvullnader."),
        ("Tidigare sjukdomar", "1. KOL GOLD 3, LTOT-utredning pågår\n2. Hypertoni\n3. Osteoporos med kotkompression L1 2021\n4. S/p hysterektomi"),
        ("Socialt", "Änka, bor ensam i lägenhet 2 tr med hiss. Hemtjänst 1 ggr/v för städning. Ex-rökare sedan 2019, 45 pack-years."),
        ("Läkemedel", "Trimbow 2 inh x 2, Airomir vb, Enalapril 10 mg 1x1, Alendronat 70 mg 1 gång/v, Kalcipos-D."),
        ("Status", "AT: påverkad av andningsarbetet, talar i korta meningar. AF 28, sat 86 % på luft -> 91 % på 1 l O2 via grimma. BT 138/74, puls 104 reg, temp 38,4.\nPulm: förlängt exspirium, generella ronki, nedsatta a-ljud och krepitationer vä basalt.\nCor: takykard, RR, inga blåsljud."),
        ("Lab", "Blodgas (på 1 l O2): pH 7,36, pCO2 6,4, pO2 8,1, BE +3. CRP 134, LPK 14,8, neutrofila 12,1. Hb 131, krea 82, Na 134, K 4,0."),
        ("Bedömning", "KOL-exa med hypoxi utan respiratorisk acidos. Fokala fynd vä basalt och CRP 134 — ?pneumoni vä underlob. Rtg pulm beställd men ej besvarad vid diktering."),
        ("Planering", "Inhalationer Ipratropium/Salbutamol x 4, Prednisolon 40 mg x 1 i 5 dagar. Doxyferm 200 mg dag 1, därefter 100 mg. O2 med målsat 88–92 %. Ny blodgas om 2 h. Odlingar sputum och blod tagna."),
    ])],
    ["NL102"], [],
    "'?pneumoni' in Bedömning of a long admission note, X-ray still unanswered: open hypothesis, visible in Skåne Melior")

case("vgr-njur-aki-dd-lista-flera-rader", "vgr", ("19610205-5495", "1961-02-05"), [
    note("n1", "Läkaranteckning", "su_njur", "Sofia Ekström", "läkare",
         "2024-05-14T14:20:00", "2024-05-14T16:05:00", "slutenvård", [
        ("Aktuellt", "Överflyttad från akutvårdsavdelning igår pga stigande krea. 63-årig man med diarréer x 6–8/dygn i 5 dagar efter resa till Turkiet. Tar Ramipril 10 mg och har på egen hand tagit Ipren 400 mg x 3 för ryggvärk senaste veckan. Blodtryck i ambulansen 92/55."),
        ("Tidigare sjukdomar", "Hypertoni, lumbago, GERD. Ingen känd njursjukdom, krea 2023-02 var 88."),
        ("Status", "Opåverkad i sängen, torra slemhinnor. BT 118/70, puls 88, temp 37,2, sat 96 %. Diures senaste 12 h 380 ml via KAD. Inga ödem."),
        ("Lab", "Krea 88 (2023) -> 412 (inkomst) -> 455 (idag). Urea 24,1. K 5,6, Na 131, bikarbonat 17. U-sticka: prot 1+, blod 1+, LPK neg. U-albumin/krea 18. Hb 139, CRP 21. CK 210."),
        ("UL njurar", "Njurar normalstora, ingen hydronefros, blåsan tom med KAD."),
        ("Bedömning", "AKI (N17.9) stadium 3 hos tidigare njurfrisk man. Postrenalt hinder utesluts av ultraljudet. Genes i övrigt oklar.\nDD:\n– prerenal genes (diarré, hypotension, ACE-hämmare + NSAID)\n– ATN efter protraherad hypoperfusion\n– akut interstitiell nefrit (NSAID, Omeprazol sedan 3 v)"),
        ("Planering", "Ramipril och NSAID utsatta. Ringer-acetat 1 l/8 h, vätskelista, vikt dagligen. U-sediment idag. Krea, K, bikarbonat x 2 dagligen. Dialysindikation f.n. ej uppfylld. Njurbiopsi övervägs om ingen förbättring inom 72 h."),
    ])],
    ["NL102"], ["NL101"],
    "DD list over several lines after a certain AKI: ATN and interstitiell nefrit are open hypotheses; the ruled-out postrenal cause does not cancel them")

case("skane-neuro-todds-pares-dd-mot-stroke", "skane", ("19700318-9128", "1970-03-18"), [
    note("n1", "Akutanteckning", "lund_neuro", "Erik Håkansson", "läkare",
         "2024-02-03T06:15:00", "2024-02-03T08:40:00", "slutenvård", [
        ("Kontaktorsak", "Vänstersidig svaghet, hittad på badrumsgolvet."),
        ("Anamnes", "53-årig kvinna som av maken hittades kl 04.50 på badrumsgolvet, svarade förvirrat och hade urinavgång. Sågs välmående vid sänggåendet 23.00. Tungbett på hö sida. Känd epilepsi efter kontusion 2009, anfallsfri sedan 2017 på Lamotrigin, pat har enl. maken glömt medicinen flera dagar senaste veckan."),
        ("Status", "Vaken, orienterad x 2, lätt trög. BT 164/88, puls 92 reg, temp 37,6, sat 97 %. P-glukos 6,8.\nNeuro: pares vä arm 3/5, vä ben 4/5, lätt vä facialispares av central typ, inget neglekt, ingen dysartri. NIHSS 5 kl 05.40, NIHSS 3 kl 06.05."),
        ("Rtg", "DT hjärna + DT-angio: ingen blödning, inga tidiga ischemiska tecken, ASPECTS 10. Öppna kärl intrakraniellt, ingen ocklusion."),
        ("Bedömning", "Oklar tidpunkt för insjuknande, utanför tidsfönster för trombolys. Ingen storkärlsocklusion. Snabb förbättring av pares. DD Todds pares efter ett obevittnat epileptiskt anfall vs ischemisk stroke. Tungbett och urinavgång gör det förra mer sannolikt."),
        ("Planering", "Inlägges neurologen. MR hjärna med diffusion idag. Lamotrigin återinsätts i ordinarie dos, s-Lamotrigin tas. EEG beställt. ASA ges ej förrän MR besvarad. Neurostatus var 2:a timme första dygnet."),
    ])],
    ["NL102"], [],
    "DD 'Todds pares … vs ischemisk stroke' in a Skåne Melior acute note: both unsettled diagnoses are visible hypotheses")

case("vgr-hem-problemlista-misstankt-myelom-punkt-4", "vgr", ("19520730-3859", "1952-07-30"), [
    note("n1", "Daganteckning", "su_hem", "Ahmed Karimi", "läkare",
         "2024-03-12T11:30:00", "2024-03-12T15:45:00", "slutenvård", [
        ("Aktuellt", "Vårddag 3. Pat sov bättre i natt med Oxynorm vb. Ryggvärken VAS 4 i vila, 7 vid mobilisering. Äter halva portioner."),
        ("Problemlista", "1. Anemi (D64.9), Hb 84, normocytär, ej transfunderad.\n2. Hyperkalcemi, Ca-jon 1,62 vid inkomst, 1,41 idag efter NaCl och Zoledronsyra 4 mg 10/3.\n3. AKI, krea 212 -> 168, diures 1,8 l/dygn.\n4. Misstänkt multipelt myelom (C90.0) — M-komponent IgG-kappa 34 g/L, fria kappa-kedjor 612 mg/L. Benmärgsbiopsi planerad 14/3.\n5. Smärta ländrygg, DT visar kompression av Th12 utan bakkantsengagemang."),
        ("Vitalparametrar", "BT 128/76, puls 78, temp 36,9, sat 95 % på luft, NEWS 1."),
        ("Lab", "Hb 84, LPK 4,1, TPK 168. Krea 168. Ca-jon 1,41. Albumin 29. LD 241. Urat 498."),
        ("Bedömning", "Hyperkalcemin svarar på behandling, njurfunktionen förbättras. Smärtlindringen fungerar bättre. Inväntar benmärgsbiopsi och helkropps-DT lågdos (skelettstatus)."),
        ("Planering", "Fortsatt NaCl 2 l/dygn i ytterligare 1 dygn. Oxycontin 10 mg 1x2 + Oxynorm 5 mg vb. Fysioterapeut för korsett. Benmärgsbiopsi 14/3 kl 09.00, fastande från midnatt ej nödvändigt."),
    ])],
    ["NL102"], ["NL101"],
    "hedged myelom buried as item 4 of a numbered problem list between certain items; visible in VGR Melior")

case("skane-akut-le-kan-ej-uteslustas-typo", "skane", ("19881126-7585", "1988-11-26"), [
    note("n1", "Akutanteckning", "malmo_akut", "Jonas Persson", "läkare",
         "2024-06-22T18:45:00", "2024-06-22T20:10:00", "öppenvård", [
        ("Kontaktorsak", "Andfåddhet och hö-sidig bröstsmärta vid djupandning."),
        ("Anamnes", "35-årig kvinna, kom hem från Thailand i förrgår efter 11 h flygresa. Sedan igår andfådd vid trappgång och stickande smärta hö sida vid djupa andetag. Lätt torrhosta. Ingen feber. Äter kombinerade p-piller (Neovletta). Ingen tidigare VTE, ingen hereditet för trombos."),
        ("Status", "AT: opåverkad i vila men andfådd vid samtal. BT 122/78, puls 112 reg, AF 22, sat 93 % luft, temp 37,4.\nPulm: ves a-ljud bilat, inga biljud. Cor: takykard, RR. Ben: ingen svullnad, vaderna mjuka, ingen ömhet längs djupa vener."),
        ("Lab", "D-dimer 1,8 mg/L. TnT 14. NT-proBNP 220. CRP 12. Hb 128. Krea 61. hCG neg."),
        ("EKG", "Sinustakykardi 110/min, inkomplett hö-grenblock, i övrigt ua."),
        ("Bedömning", "Wells 4,5, förhöjd D-dimer, takykardi och lätt hypoxi efter långflygning på östrogen. LE kan ej uteslustas. Hemodynamiskt stabil."),
        ("Åtgärd", "DT-angio lungor beställd, ges Innohep 14 000 E sc i väntan på svar. Neovletta pausas. Ny bedömning efter DT."),
    ])],
    ["NL102"], ["NL101"],
    "'LE kan ej uteslutas' in a visible Skåne Melior emergency note, no answer yet (typo 'uteslustas')")

case("vgr-iva-septisk-chock-trol-kolangit", "vgr", ("19440614-2218", "1944-06-14"), [
    note("n1", "Inskrivningsanteckning IVA", "su_iva", "Karin Sjöberg", "läkare",
         "2024-04-02T03:30:00", "2024-04-02T07:55:00", "slutenvård", [
        ("Inkomstorsak", "Cirkulationssvikt på akuten, behov av noradrenalin."),
        ("Anamnes", "79-årig man med feber 39,8 och frossa sedan i går eftermiddag, buksmärta i hö övre kvadrant. Gulfärgad i ögonvitorna enl. hustrun sedan 2 dagar. Gallstensanfall 2022, ej opererad (tackade nej)."),
        ("Tidigare sjukdomar", "Förmaksflimmer (Eliquis), hjärtsvikt EF 45 %, DM typ 2, prostatacancer 2015 strålbehandlad, recidivfri."),
        ("Status", "Sederad efter intubation 02.50. MAP 58 -> 68 på noradrenalin 0,18 mikrog/kg/min. Puls 118 FF. Temp 39,1. Ikterisk. Buk: mjuk, ömhet hö arcus, ingen peritonit.\nRespirator: PC, FiO2 0,45, PEEP 8, sat 95 %."),
        ("Lab", "Laktat 4,8 -> 3,2. Bili 88, ALP 6,2, ALAT 3,4. CRP 286, PCT 41. LPK 22,1. TPK 89. Krea 178. PK-INR 1,6."),
        ("Rtg", "UL lever/galla på akuten: dilaterad koledokus 11 mm, sludge i gallblåsan, ingen säker kolecystit."),
        ("Bedömning", "Septisk chock med multiorganpåverkan (cirkulation, njure, koagulation). Fokus trol. kolangit med tanke på ikterus, feber och gallgångsdilatation."),
        ("Planering", "Pip/Taz 4 g x 4 efter blododlingar x 2. Noradrenalin enl. MAP > 65. Kontakt med kir-jour och ERCP-ansvarig, ERCP förmiddag. Eliquis utsatt, Fragmin profylax. Diures timvis, mål > 0,5 ml/kg/h."),
    ])],
    ["NL102"], ["NL101"],
    "septic shock certain but its focus 'trol. kolangit' is hedged: NL102 in a long VGR ICU admission note")

case("skane-orto-collumfraktur-fragetecken-patologisk", "skane", ("19390227-5944", "1939-02-27"), [
    note("n1", "Inskrivningsanteckning", "malmo_orto", "Dragan Petrović", "läkare",
         "2024-10-08T16:50:00", "2024-10-08T18:20:00", "slutenvård", [
        ("Inkomstorsak", "Fall i hemmet, kan ej belasta hö ben."),
        ("Anamnes", "85-årig kvinna som halkade på badrumsmattan och föll rakt ner på hö höft. Ingen medvetandeförlust, inget yrsel-/bröstsmärtprodrom. Har enl. dottern haft ont i hö ljumske i ca 2 månader, även nattetid, och gått sämre med rollator."),
        ("Tidigare sjukdomar", "Ca mammae hö 2011, mastektomi + Tamoxifen i 5 år, därefter kontroller utan recidiv, avslutad 2021.\nHypertoni. Hypotyreos. Katarakt-op bilat."),
        ("Status", "Opåverkad, smärtpåverkad vid rörelse. BT 148/82, puls 86, sat 95 %. Hö ben förkortat och utåtroterat, smärta vid passiv rotation. Distalstatus: palp a. dorsalis pedis, sensorik och motorik ua."),
        ("Rtg", "Rtg hö höft: dislocerad cervikal collumfraktur (Garden IV). Osteolytisk, oskarp förändring i hö trochanterregion och lårbenshals, ca 3 cm, avviker från normal benstruktur."),
        ("Diagnos", "Collumfraktur hö (S72.00)\n?Patologisk fraktur (M84.4) — lytisk förändring"),
        ("Planering", "Preop enl. höftfrakturspår. DT thorax/buk/skelett för staging inkl. lytiska förändringar. Ortopedisk bakjour kontaktad: op väntas tills DT besvarad, ev. biopsi peroperativt. Fasta från midnatt. Fragmin 5000 E kl 20."),
    ])],
    ["NL102"], [],
    "certain collum fracture with '?Patologisk fraktur (M84.4)' in the Diagnos section; past, settled ca mammae is not the point")

case("vgr-med-tre-diagnoser-en-mening-bara-erysipelas-hedgad", "vgr", ("19581003-9676", "1958-10-03"), [
    note("n1", "Inskrivningsanteckning", "ostra_med", "Elin Wallin", "läkare",
         "2024-08-19T13:10:00", "2024-08-19T15:00:00", "slutenvård", [
        ("Inkomstorsak", "Rodnad och svullnad vä underben, feber."),
        ("Aktuellt", "Känd DM2, hypertoni och KOL GOLD 2, nu sannolikt erysipelas vä underben med start från en sprucken hälspricka. Feber 39,2 hemma igår, frossbrytning på morgonen. Rodnaden har spridit sig från foten till mitt på underbenet på ett dygn."),
        ("Läkemedel", "Metformin, Jardiance 10 mg, Losartan 100 mg, Spiolto 2 inh 1x1."),
        ("Status", "AT: opåverkad, lätt frusen. BT 132/78, puls 96, temp 38,6, sat 94 % luft, AF 18.\nVä underben: skarpt avgränsad värmeökad rodnad från fotryggen till mitten av tibia, uppmärkt med penna kl 12.50. Ingen fluktuation, inga blåsor. Interdigitalt: macererad hud dig 4–5. Ömhet i ljumsken."),
        ("Lab", "CRP 168, LPK 15,4. P-glukos 14,8. Krea 77. Laktat 1,4."),
        ("Bedömning", "Stabil, ej septisk. Hyperglykemi i samband med infektion."),
        ("Planering", "Bensylpenicillin 3 g x 3 iv. Högläge. Kompletterande insulin enl. schema. Jardiance pausas under akutskedet (ketoacidosrisk). Fotsvamp behandlas med Pevaryl. Ny rodnadsmarkering i morgon bitti."),
    ])],
    ["NL102"], ["NL101"],
    "three certain chronic diagnoses and one hedged acute one in the same sentence; only the erysipelas is uncertain, that is enough")

case("skane-med-nytt-ff-eventuel-tyreotoxikos-typo", "skane", ("19750509-4305", "1975-05-09"), [
    note("n1", "Inskrivningsanteckning", "csk_med", "Pernilla Svensson", "läkare",
         "2024-11-04T15:25:00", "2024-11-04T17:40:00", "slutenvård", [
        ("Inkomstorsak", "Hjärtklappning och viktnedgång."),
        ("Anamnes", "49-årig kvinna med 3 veckors hjärtklappning, värmeintolerans och viktnedgång 5 kg sedan sommaren. Svettas mycket, sover dåligt. Sökte idag pga oregelbunden puls vid hemmamätning 140–150. Inga bröstsmärtor. Mamma har hypotyreos."),
        ("Status", "AT: opåverkad, lätt orolig, varm fuktig hud. BT 146/72, puls 138 oregelbunden, sat 98 %, temp 37,5. Finvågig tremor händer. Tyreoidea diffust förstorad, ej öm, inga palpabla knölar. Ögon: lätt retraktion av övre ögonlock, ingen exoftalmus."),
        ("EKG", "Förmaksflimmer med kammarfrekvens 130–145, normal axel, inga ischemitecken."),
        ("Lab", "TSH < 0,01, fritt T4 under analys, TRAK beställt. Hb 131, K 3,9, Mg 0,79, krea 58, CRP < 5."),
        ("Bedömning", "Nydebuterat förmaksflimmer (I48.9) med snabbt kammarsvar. Eventuel bakomliggande tyreotoxikos — TSH supprimerat, klinik talande. CHA2DS2-VASc 1 (kvinna)."),
        ("Planering", "Metoprolol 50 mg 1x2, Propranolol övervägs vid otillräcklig effekt. Ingen antikoagulation f.n. Konverteringsförsök avvaktas tills tyreoideastatus klarlagt. Endokrinkonsult begärd. Telemetri."),
    ])],
    ["NL102"], ["NL101"],
    "certain new AF but 'Eventuell bakomliggande tyreotoxikos' is an open hypothesis; the mother's hypothyroidism is only family history (typo 'Eventuel')")

case("vgr-neuro-mott-fynden-inger-misstanke-om-ms", "vgr", ("19960121-8044", "1996-01-21"), [
    note("n1", "Mottagningsanteckning", "su_neuromott", "Mikael Ahlgren", "läkare",
         "2024-09-10T10:00:00", "2024-09-10T12:35:00", "öppenvård", [
        ("Kontaktorsak", "Nybesök, remiss från ögonkliniken efter synnedsättning vä öga."),
        ("Anamnes", "28-årig kvinna som i juli fick smärta bakom vä öga vid ögonrörelser och dimsyn under ca 3 veckor, utredd på ögonkliniken med synskärpa 0,3 vä som förbättrats till 0,9. Berättar dessutom om domningar i båda benen upp till midjan våren 2022 som gick över på 4–6 veckor, sökte inte vård då. Ingen blåsrubbning. Farmor hade MS."),
        ("Status", "Allmänt: opåverkad. Kranialnerver: RAPD vä, i övrigt ua. Motorik: normal kraft. Reflexer: livliga, symmetriska, Babinski neg bilat. Sensibilitet: lätt nedsatt vibrationssinne fötter. Koordination och gång: ua, Romberg ua."),
        ("MR", "MR hjärna och halsrygg 2024-08-29: 9 periventrikulära och 3 juxtakortikala T2-hyperintensiva lesioner, varav en gadoliniumuppladdande. En lesion i halsmärgen i höjd med C3."),
        ("Bedömning", "Optikusneurit i somras och anamnes på sensorisk episod 2022. MR-fynden inger misstanke om MS; spridning i tid och rum föreligger radiologiskt men likvor önskas före diagnos."),
        ("Planering", "Lumbalpunktion 24/9 med oligoklonala band och IgG-index. Blodprover inkl. AQP4-ak och MOG-ak. Återbesök hos mig 8/10 för genomgång. Pat har fått skriftlig information om undersökningarna."),
    ])],
    ["NL102"], ["NL101"],
    "'MR-fynden inger misstanke om MS' in a VGR outpatient note; the grandmother's MS is family history and does not count, the patient's does")

case("vgr-njur-iga-nefropati-fragetecken-efter", "vgr", ("19900813-2772", "1990-08-13"), [
    note("n1", "Mottagningsanteckning", "sas_njur", "Lena Forsberg", "läkare",
         "2024-04-25T13:40:00", "2024-04-25T16:15:00", "öppenvård", [
        ("Kontaktorsak", "Remiss från VC Sandared pga hematuri och proteinuri."),
        ("Anamnes", "33-årig man, tidigare frisk. Vid hälsoundersökning via jobbet i feb noterades blod och protein i urinen. Har vid två tillfällen haft colafärgad urin 1–2 dagar efter halsfluss, senast i mars. Inga ödem, inga ledbesvär, inga hudutslag."),
        ("Hereditet", "Pappa dialys sedan 60-årsåldern, orsak okänd för pat."),
        ("Status", "BT 148/94 (hemma 140–145/90). Vikt 86 kg. Inga ödem. Hjärta, lungor ua. Hud ua."),
        ("Lab", "Krea 118, eGFR 68. U-alb/krea 96 mg/mmol. U-sediment: dysmorfa erytrocyter, enstaka erytrocytcylindrar. C3, C4 normala. ANCA, anti-GBM, ANA neg. IgA 4,6 g/L (förhöjt)."),
        ("UL njurar", "Normalstora njurar, 11,5 och 11,8 cm, normal parenkymtjocklek."),
        ("Bedömning", "Glomerulär hematuri med proteinuri och synfaringitisk makrohematuri. IgA-nefropati? Hypertoni behöver behandlas oavsett genes."),
        ("Planering", "Start Ramipril 2,5 mg, upptitrering. Njurbiopsi planeras v. 19 efter information om risker (blödning ca 1 %). Kontroll krea/K 1 v efter start. Återbesök efter biopsi."),
    ])],
    ["NL102"], ["NL101"],
    "'IgA-nefropati?' — a trailing question mark hedge in Bedömning of a VGR nephrology outpatient note")
# ============================================================================
# NL102 positives, part B
# ============================================================================

case("vgr-med-copy-forward-trolig-hjartsvikt-obesvarad", "vgr", ("19410919-6404", "1941-09-19"), [
    note("n1", "Daganteckning", "skas_med", "Anders Nyström", "läkare",
         "2024-02-15T10:50:00", "2024-02-15T13:25:00", "slutenvård", [
        ("Inskrivningsbedömning", "(kopierat från inskrivningsanteckning 2024-02-11) 82-årig kvinna med FF, hypertoni och DM2 som inkom med tilltagande andfåddhet och bensvullnad sedan 10 dagar. Trolig hjärtsviktsexacerbation utlöst av FF med snabbt kammarsvar. Ingen tidigare ekokardiografi."),
        ("Aktuellt", "Vårddag 5. Sov med 2 kuddar i natt mot 4 vid inskrivning. Klarar att gå till toaletten utan att stanna. Ingen bröstsmärta."),
        ("Vitalparametrar", "BT 124/68, puls 82 oregelbunden, sat 95 % luft, AF 16, temp 36,6. Vikt 71,2 kg (inkomst 75,8)."),
        ("Status", "Pulm: fina krepitationer basalt bilat, mindre uttalade än igår. Ben: ödem till mitten av underbenen, tidigare till knäna. JVP ej förhöjt i 45 grader."),
        ("Lab", "NT-proBNP 6 840 -> 3 120. Krea 104 -> 112. K 3,8. Na 136. Hb 118."),
        ("Bedömning", "Bättre, god diuretikaeffekt, frekvenskontroll nu tillfredsställande på Bisoprolol 5 mg. Njurfunktion acceptabel."),
        ("Planering", "Furosemid iv 40 mg x 2 -> peroralt 40 mg x 1 från i morgon. Ekokardiografi beställd men ej utförd (kö). Eliquis 5 mg x 2 fortsätter. Planerad hemgång måndag om fortsatt viktnedgång."),
    ])],
    ["NL102"], ["NL101"],
    "copy-forward admission assessment 'Trolig hjärtsviktsexacerbation' stays unanswered on day 5 (echo not done): still an open hypothesis in the visible note")

case("skane-hia-diffdiagnoser-numrerade-tre-rader", "skane", ("19670402-1127", "1967-04-02"), [
    note("n1", "Inskrivningsanteckning", "lund_hia", "Fredrik Olsson", "läkare",
         "2024-07-09T22:10:00", "2024-07-10T00:05:00", "slutenvård", [
        ("Inkomstorsak", "Bröstsmärta efter begravning, ST-höjningar anteriort."),
        ("Anamnes", "57-årig kvinna, tidigare frisk förutom migrän. Fick 18.30, efter sin makes begravning, intensiv tryckande bröstsmärta och andnöd. Prehospitalt ST-höjningar V2–V4, larmades som STEMI men kranskärlsröntgen akut visade inga signifikanta stenoser, ej heller tecken till dissektion."),
        ("Angio/ventrikulografi", "Kranskärl utan signifikant stenos. Ventrikulografi: apikal ballongering med hypokinesi i apikala segment och hyperkinetisk bas. EF skattad 35 %."),
        ("Status", "BT 104/66, puls 96 SR, sat 96 % luft, temp 37,0. Cor: RR, svagt systoliskt blåsljud apex. Pulm: fina rassel basalt bilat."),
        ("Lab", "TnT 680 (0 h), 910 (3 h). NT-proBNP 4 200. CRP 6. Hb 136. K 3,6."),
        ("Bedömning", "Akut koronart syndrom avskrivet efter angiografin. Diffdiagnoser:\n1) Takotsubo-kardiomyopati, passar med stressutlösning och ventrikulografi\n2) perimyokardit\n3) ischemi pga vasospasm\nHjärt-MR får avgöra."),
        ("Planering", "HIA-övervakning. Inga trombocythämmare efter angio. Bisoprolol 1,25 mg, Ramipril 1,25 mg vid stabilt BT. Hjärt-MR inom en vecka. Ekokardiografi i morgon för LVOT-obstruktion."),
    ])],
    ["NL102"], ["NL101"],
    "numbered DD list over three lines after an ACS that was ruled out; the remaining items (Takotsubo, perimyokardit) are open")

case("vgr-med-mojligen-hit-langt-efter-hedgen", "vgr", ("19470106-4851", "1947-01-06"), [
    note("n1", "Läkaranteckning", "kungalv_med", "Linnea Holmberg", "läkare",
         "2024-03-26T13:00:00", "2024-03-26T14:30:00", "slutenvård", [
        ("Aktuellt", "Vårddag 9. Inlagd 17/3 pga pneumoni, fick Fragmin 5000 E sc som trombosprofylax från 18/3. Pneumonin i regress, afebril sedan 21/3. Igår svullnad och smärta vä lår."),
        ("Status", "AT: opåverkad. BT 142/80, puls 78, sat 96 %, temp 36,9. Vä ben: omkrets lår 4 cm större än hö, ömhet längs v. femoralis. Inga petekier, inga blåmärken. Injektionsställen på buken ua."),
        ("Lab", "TPK 248 (18/3) -> 191 (22/3) -> 92 (25/3) -> 81 (26/3). Hb 121, LPK 8,2. PK-INR 1,1, APTT 31. Fibrinogen 4,0. D-dimer 6,8."),
        ("UL", "Ultraljud vä ben 25/3: ocklusiv trombos i v. femoralis superficialis och v. poplitea."),
        ("Bedömning", "Proximal DVT vä (I80.1) under pågående profylax. Trombocytfall > 50 % dag 7 efter start av LMH. 4T-score 6. Möjligen, med tanke på tidsförloppet, trombocytfallet och att en ny trombos uppstått under behandlingen, rör det sig om HIT."),
        ("Åtgärd", "Fragmin utsatt omedelbart. Anti-PF4/heparin-ak skickat, svar i morgon. Start Arixtra 7,5 mg sc 1x1 i avvaktan. Inga trombocyttransfusioner. Hematologjour konsulterad per telefon, instämmer."),
        ("Planering", "TPK dagligen. Om positiva ak: funktionstest via Koagulationscentrum. Ingen heparinspolning av PVK. Pat informerad om DVT-behandlingen."),
    ])],
    ["NL102"], ["NL101"],
    "'Möjligen, med tanke på …, rör det sig om HIT' — the hedge opens the sentence, the diagnosis ends it; DVT itself is certain")

case("skane-akut-ingen-dvt-men-mojlig-ytlig-tromboflebit", "skane", ("19630722-8582", "1963-07-22"), [
    note("n1", "Akutanteckning", "ystad_akut", "Oskar Lund", "läkare",
         "2024-08-02T15:35:00", "2024-08-02T17:00:00", "öppenvård", [
        ("Kontaktorsak", "Ömhet och rodnad på insidan av vä vad."),
        ("Anamnes", "61-årig kvinna med varicer vä ben sedan graviditeterna. Sedan 3 dagar en öm, hård sträng på insidan av vaden, lätt rodnad. Inga andningsbesvär, ingen bröstsmärta. Ingen feber. Inga östrogener. Bilresa Stockholm–Ystad förra veckan."),
        ("Status", "BT 136/84, puls 72, sat 98 %, temp 36,8. Vä underben: palpabel, öm, ca 6 cm lång sträng medialt längs varikös ven, lätt rodnad. Ingen svullnad av vaden, omkrets lika bilat. Hö ben ua."),
        ("Lab", "CRP 18. D-dimer 0,9. Hb 134. TPK 256."),
        ("UL", "Ultraljud vä ben (akutrtg): djupa vener komprimerbara från ljumske till fotled. Ytlig ven medialt på vaden icke komprimerbar, ca 15 cm från v. saphena magna-inflödet."),
        ("Bedömning", "Ingen DVT på UL, men möjlig ytlig tromboflebit i varikös gren, > 3 cm från djupa systemet."),
        ("Åtgärd", "NSAID lokalt (Voltaren gel) och stödstrumpa. Kontakt VC vid progress uppåt mot ljumsken, feber eller svullnad av hela benet. Ingen antikoagulation."),
    ])],
    ["NL102"], ["NL101"],
    "one sentence negates DVT and hedges tromboflebit; the hedged half is enough for NL102")

case("vgr-akut-obs-meningit-lp-ej-besvarad", "vgr", ("19940828-3217", "1994-08-28"), [
    note("n1", "Akutanteckning", "nal_akut", "Sara Engström", "läkare",
         "2024-01-29T01:20:00", None, "öppenvård", [
        ("Kontaktorsak", "Huvudvärk, feber, ljuskänslighet."),
        ("Anamnes", "29-årig man som sedan i eftermiddags har tilltagande huvudvärk, feber 39,5, illamående med kräkning x 3 och ljuskänslighet. Flickvännen tycker han är lite 'seg'. Inga utslag. Ingen resa. Inga kända sjukdomar, inga läkemedel, inga allergier."),
        ("Status", "AT: medtagen, ligger med handen över ögonen. GCS 15. BT 128/76, puls 108, AF 20, sat 98 %, temp 39,3.\nNacke: nackstyvhet, pos. Brudzinski. Hud: inga petekier. Neuro: inga fokala bortfall, pupiller lika, ljusreaktion ua."),
        ("Lab", "CRP 96, LPK 17,2, PCT 2,4. Laktat 2,0. Krea 88. Glukos 6,4."),
        ("Åtgärd", "Blododlingar x 2 kl 00.35. Betapred 8 mg iv följt av Ceftriaxon 4 g iv och Doktacillin 3 g iv kl 00.45. DT hjärna utan expansivitet. LP kl 01.05: öppningstryck 32 cm vatten, grumlig likvor."),
        ("Bedömning", "Feber, huvudvärk och nackstyvhet — obs meningit. Likvorsvar (celler, glukos, laktat, PCR) ej klart vid diktering."),
        ("Planering", "Inläggning infektionsavdelningen. Fortsatt Ceftriaxon + Betapred. Kontroll GCS var 2:a timme. Smittskyddsåtgärder tills meningokocker uteslutna."),
    ])],
    ["NL102"], ["NL101"],
    "'obs meningit' used as a question while the CSF result is pending is an open hypothesis (guideline: obs as a question) (unsigned draft)")

case("skane-orto-fs-spondylodiskit-mr-vantas", "skane", ("19550117-6951", "1955-01-17"), [
    note("n1", "Läkaranteckning", "hbg_orto", "Katarina Mattsson", "läkare",
         "2024-09-03T11:15:00", "2024-09-03T13:45:00", "slutenvård", [
        ("Aktuellt", "69-årig man inlagd för smärta i ländryggen efter att ha lyft en båtmotor för 5 v sedan. Smärtan har inte avtagit som väntat utan tilltagit, nu även nattetid och i vila. Tempökning till 38,0 i helgen."),
        ("Tidigare sjukdomar", "DM typ 2 insulinbehandlad. S/p TUR-P 2022. Urosepsis med E. coli i maj i år, 10 dagars behandling."),
        ("Status", "Temp 37,9, BT 152/86, puls 90. Uttalad knackömhet över L3–L4, rörelseinskränkt i alla plan. Lasègue neg bilat. Reflexer, kraft och sensibilitet i benen ua."),
        ("Lab", "CRP 88, SR 74, LPK 11,2. Blododlingar x 2 tagna 2/9."),
        ("Rtg", "Slätröntgen ländrygg: diskhöjdsreduktion L3–L4 med oskarp ändplatta, jmf 2019 nytillkommet."),
        ("Remiss MR", "MR ländrygg med kontrast, akut. F.s. spondylodiskit L3–L4? Abscess?"),
        ("Planering", "Ingen antibiotika innan odlingar och ev. biopsi. Smärtlindring Oxynorm. Ingen mobiliseringsrestriktion. Ny bedömning när MR är besvarad."),
    ])],
    ["NL102"], [],
    "'F.s. spondylodiskit L3–L4?' in a visible section (MR referral text) with the MR still pending")

case("vgr-medmott-kan-vara-reaktiv-artrit", "vgr", ("19830402-1671", "1983-04-02"), [
    note("n1", "Mottagningsanteckning", "alingsas_med", "Hanna Björk", "läkare",
         "2024-10-17T09:20:00", "2024-10-17T11:10:00", "öppenvård", [
        ("Kontaktorsak", "Remiss akutmottagningen: svullet hö knä och vä fotled efter magsjuka."),
        ("Anamnes", "41-årig man som i augusti hade blodig diarré i en vecka, odling visade Campylobacter. Två veckor senare svullnad och värk i hö knä, därefter vä fotled. Ont i hälarna på morgonen. Ingen ögonrodnad, inga urinvägsbesvär, ingen ny sexualpartner. Psoriasis finns inte i släkten."),
        ("Status", "Hö knä: hydrops, värmeökat, rörlighet 0–110. Vä fotled: svullen, öm lateralt. Entesit vid akillessenans fäste bilat. Hud och naglar ua. Ögon ua."),
        ("Lab", "CRP 34, SR 41. RF neg, anti-CCP neg. HLA-B27 pos. Urat 310. Ledvätska hö knä 14/10: 18 000 LPK, inga kristaller, odling neg."),
        ("Bedömning", "Oligoartrit med entesit efter bekräftad Campylobacterenterit, HLA-B27 pos. Kan vara reaktiv artrit, förloppet stämmer väl."),
        ("Åtgärd", "Naproxen 500 mg 1x2 med Omeprazol. Intraartikulär Depo-Medrol 40 mg hö knä givet idag. Fysioterapi. Återbesök om 6 v, tidigare vid ögonbesvär."),
    ])],
    ["NL102"], ["NL101"],
    "'Kan vara reaktiv artrit' in VGR Melior: a hedge of the 'kan vara' type on a disease")

case("skane-med-epikris-sannolik-alkoholgenes-pankreatit", "skane", ("19711223-5317", "1971-12-23"), [
    note("n1", "Epikris", "malmo_med", "Lisa Nordin", "läkare",
         "2024-05-06T14:40:00", "2024-05-06T16:20:00", "slutenvård", [
        ("Diagnoser", "Akut pankreatit (K85.9), sannolikt alkoholutlöst\nHypertriglyceridemi (E78.1)\nAlkoholbruk, riskbruk (Z72.1)"),
        ("Orsak till inläggning", "52-årig man som inkom 1/5 med bältesformad smärta i övre delen av buken och kräkningar efter en helg med hög alkoholkonsumtion."),
        ("Vårdförlopp", "Amylas 18 µkat/L vid ankomst. UL lever/galla 2/5: inga gallstenar, normalvida gallvägar. DT buk 3/5: ödematös pankreatit utan nekroser. Behandlades med vätska, smärtlindring och tidig peroral nutrition. Snabb förbättring, äter normal kost sedan 4/5. Triglycerider 6,8 mmol/L i fastande."),
        ("Lab vid utskrivning", "CRP 62 (max 240 dag 2). Amylas 1,1. ALAT 0,6, ALP 1,4, bili 12. Krea 71. TG 3,1."),
        ("Läkemedelsförändringar", "Nyinsatt: Tiamin 100 mg 1x2 i 1 månad, Fenofibrat 160 mg 1x1. Inga utsatta."),
        ("Information", "Pat informerad om förloppet och om att total alkoholabstinens rekommenderas. Erbjuden kontakt med beroendemottagningen, tackade ja."),
        ("Uppföljning", "Lipidstatus och leverprover VC om 6 v. Remiss beroendemottagning Malmö skickad. Ny pankreatitepisod bör föranleda MRCP."),
    ])],
    ["NL102"], ["NL101"],
    "Epikris Diagnoser line 'Akut pankreatit …, sannolikt alkoholutlöst' hedges the etiological diagnosis; visible in Skåne Melior")

case("vgr-kardmott-mojlig-attr-amyloidos", "vgr", ("19440320-9036", "1944-03-20"), [
    note("n1", "Mottagningsanteckning", "skas_kard", "Gustav Lundgren", "läkare",
         "2024-06-12T08:40:00", "2024-06-12T10:55:00", "öppenvård", [
        ("Kontaktorsak", "Uppföljning hjärtsvikt, oklar genes."),
        ("Anamnes", "80-årig man med HFpEF diagnostiserad 2022. Bilateralt karpaltunnelsyndrom opererat 2016 och 2018. Spinal stenos opererad 2020. Nu NYHA III, andfådd i uppförsbacke och efter en trappa."),
        ("Status", "BT 112/68 (tidigare hypertoni, nu låga tryck utan behandling), puls 66 reg. Vikt 74 kg. Halsvenstas vid 45 grader. Lätta underbensödem. Cor: RR, inga blåsljud."),
        ("EKG", "SR 66, lågvoltage i extremitetsavledningar, pseudoinfarktmönster V1–V3, 1:a gradens AV-block PQ 240 ms."),
        ("Ekokardiografi", "Eko 2024-05-28: koncentrisk hypertrofi, septum 17 mm, granulerat myokard. EF 50 %. GLS -11 % med apical sparing. Förstorade förmak bilat."),
        ("Lab", "NT-proBNP 3 480. TnT 54 (stabilt förhöjt). Krea 124. Fria lätta kedjor: kappa/lambda-kvot 1,4. Serumelfores utan M-komponent."),
        ("Bedömning", "Hjärtsvikt med bevarad EF och diskrepans mellan hypertrofi och låg EKG-voltage, karpaltunnelsyndrom bilat och spinal stenos i anamnesen. Möjlig ATTR-amyloidos. AL-amyloidos mindre trolig med normal kvot och ingen M-komp."),
        ("Planering", "Remiss DPD-scintigrafi (skelettscint med SPECT). Furosemid 40 mg behålls. Återbesök efter scint med ställningstagande till genetik (TTR-sekvensering) och ev. Tafamidis."),
    ])],
    ["NL102"], ["NL101"],
    "'Möjlig ATTR-amyloidos' (and 'AL-amyloidos mindre trolig') in a long VGR cardiology note with echo and ECG lines")

case("skane-geri-overvaga-kolorektal-malignitet-langt-ifran", "skane", ("19380611-3761", "1938-06-11"), [
    note("n1", "Läkaranteckning", "landskrona_geri", "Ingrid Persson", "läkare",
         "2024-04-18T13:30:00", "2024-04-18T15:50:00", "slutenvård", [
        ("Aktuellt", "85-årig kvinna inlagd för allmän försämring och yrsel. Dottern berättar om minskad aptit sedan jul och att mamman gått ned i vikt, kläderna hänger. Inga synliga blödningar, avföringen 'kanske lite mörkare' enl. pat."),
        ("Tidigare sjukdomar", "1. Hypertoni\n2. Kognitiv svikt, MMSE 24/30 2023\n3. Artros båda knän\n4. Divertikulos, koloskopi 2014 ua i övrigt"),
        ("Läkemedel", "Amlodipin 5 mg, Trombyl 75 mg (primärprevention, utsatt idag), Alvedon 1 g 1x3."),
        ("Status", "Vikt 52,3 kg (63 kg jan 2023 enl. VC). BT 118/64 liggande, 96/58 stående med yrsel. Puls 92. Blek. Buk: mjuk, oöm, ingen palpabel resistens. PR: brun avföring, F-Hb i rektum ej utfört."),
        ("Lab", "Hb 81, MCV 72, ferritin 6, transferrinmättnad 4 %. TPK 412. CRP 9. Albumin 31. Krea 71."),
        ("Bedömning", "Järnbristanemi (D50.9) med ortostatism och påtaglig viktnedgång. Differentialdiagnostiskt bör man, givet hennes ålder, viktnedgången på drygt 10 kg och den nytillkomna anemin, även överväga en kolorektal malignitet."),
        ("Planering", "Ferinject 1000 mg iv idag. Trombyl utsätts. F-Hb x 3. DT buk med iv kontrast (DT-kolografi om ej koloskopi tolereras), diskuteras med pat och dotter i morgon. Nutritionskonsult."),
    ])],
    ["NL102"], ["NL101"],
    "'bör man … även överväga en kolorektal malignitet' — a differential-diagnosis hedge separated from the diagnosis by a long clause")

case("vgr-iva-daganteckning-trol-vap-i-planeringen", "vgr", ("19570330-7495", "1957-03-30"), [
    note("n1", "Daganteckning IVA", "nal_iva", "Peter Sundberg", "läkare",
         "2024-12-03T14:00:00", "2024-12-03T16:45:00", "slutenvård", [
        ("Aktuellt", "IVA-dygn 8. Inlagd efter hjärtstopp utanför sjukhus 25/11, VF, ROSC efter 14 min. Målstyrd temperaturkontroll avslutad. Vaknar långsamt, lyder uppmaning sedan igår."),
        ("Respiration", "Trakeal tub dag 8. PS 10/PEEP 7, FiO2 0,40 -> 0,55 senaste dygnet. Purulent, gulgrönt sekret i ökande mängd. Sat 93–95 %."),
        ("Cirkulation", "Noradrenalin utsatt 30/11. MAP 72–85. SR 80–95. Laktat 1,1."),
        ("Infektion", "Temp 38,7 i natt (afebril dag 4–7). CRP 38 -> 61 -> 142. LPK 15,6. Trakealsekret odlat 1/12: rikligt Pseudomonas aeruginosa, resistensbestämning pågår."),
        ("Njurar/vätska", "Diures 2,1 l/dygn. Krea 86. Balans +0,6 l."),
        ("Rtg", "Rtg pulm idag: nytillkommen förtätning hö underlob, jmf 30/11."),
        ("Planering", "Nytt infiltrat, feber, stigande CRP och purulent sekret efter 8 dygn i respirator — trol. VAP. Byte Cefotaxim -> Meropenem 1 g x 3, justeras efter resistens. Väckningsförsök fortsätter, trakeostomi diskuteras på torsdagsronden."),
    ])],
    ["NL102"], ["NL101"],
    "an ICU daily note organised by organ system; the only hedge, 'trol. VAP', sits in the last section (Planering)")

case("vgr-geri-delirium-utlost-av-trolig-uvi", "vgr", ("19330214-2124", "1933-02-14"), [
    note("n1", "Inskrivningsanteckning", "molndal_geri", "Annika Wikström", "läkare",
         "2024-07-21T17:25:00", "2024-07-21T19:40:00", "slutenvård", [
        ("Inkomstorsak", "Akut förvirring sedan två dagar, remiss från akuten."),
        ("Anamnes", "91-årig kvinna från särskilt boende. Personalen beskriver att hon sedan i fredags är orolig, plockig och vaken nattetid, vilket inte är hennes vanliga. Har inkontinensskydd, urinen har luktat illa enl. undersköterskan. Ingen hosta, ingen diarré. Inga läkemedelsändringar."),
        ("Tidigare sjukdomar", "Alzheimers sjukdom (F00.1/G30.1) sedan 2020. Hjärtsvikt EF 40 %. Osteoporos. Höftfraktur vä 2021, opererad."),
        ("Status", "Vaken, desorienterad till tid och rum (brukar vara orienterad till rum). Fluktuerande uppmärksamhet. BT 108/62, puls 94, temp 37,9, sat 94 %, AF 18. Pulm: inga rassel. Buk: mjuk, lätt ömhet suprapubiskt. Resurin 420 ml på bladderscan."),
        ("Lab", "CRP 74, LPK 12,6. Na 133, K 4,2, krea 96. Glukos 7,1. U-sticka: LPK 3+, nitrit pos."),
        ("Bedömning", "Akut konfusion med fluktuerande förlopp — delirium (F05.1) på känd demens, utlöst av en trolig UVI med urinretention."),
        ("Planering", "KAD. U-odling tagen före antibiotika. Cefotaxim 1 g x 3 iv. Vätska. Undvika sederande, Haldol 0,5 mg vb endast vid svår agitation. Kontaktperson på boendet informerad."),
    ])],
    ["NL102"], ["NL101"],
    "delirium is stated but its trigger 'en trolig UVI' is hedged; the long-standing Alzheimer diagnosis is settled")

case("skane-med-epikris-ev-polymyalgia-reumatika", "skane", ("19510808-5860", "1951-08-08"), [
    note("n1", "Epikris", "angelholm_med", "Magnus Eliasson", "läkare",
         "2024-11-22T12:10:00", "2024-11-22T14:00:00", "slutenvård", [
        ("Diagnoser", "Värk i skuldror och höfter (M79.6)\nEv. polymyalgia reumatika (M35.3)\nHypertoni (I10)"),
        ("Anamnes", "73-årig kvinna som inkom 18/11 med 6 veckors tilltagande värk och stelhet i skuldror och höftleder, värst på morgonen (2–3 h). Svårt att kamma håret och ta sig ur sängen. Viktnedgång 3 kg. Inga synstörningar, ingen tinningshuvudvärk, ingen käkclaudicatio."),
        ("Vårdförlopp", "SR 62, CRP 48. CK normalt. TSH normalt. Elfores utan M-komponent. Rtg pulm ua. Temporalisartärer palpabla, pulserande, oömma. Prednisolon 15 mg 1x1 från 19/11 med tydlig förbättring redan efter 48 h, CRP 48 -> 21."),
        ("Status vid utskrivning", "Lyfter armarna över huvudet, reser sig från stol utan stöd. BT 146/84."),
        ("Läkemedel", "Ny: Prednisolon 15 mg 1x1, nedtrappning enl. separat schema. Alendronat 70 mg 1 gång/v, Calcichew-D3 1x2. Omeprazol 20 mg under steroidbehandling."),
        ("Uppföljning", "Medicinmottagningen Ängelholm om 4 v med SR/CRP. Vid synpåverkan eller käksmärta — sök akut samma dag."),
    ])],
    ["NL102"], ["NL101"],
    "'Ev. polymyalgia reumatika (M35.3)' in the Diagnoser list of a Skåne Epikris: hedged even though a code is given")

case("vgr-njurmott-misstankt-njurartarstenos", "vgr", ("19500417-9593", "1950-04-17"), [
    note("n1", "Mottagningsanteckning", "su_njurmott", "Emma Dahlgren", "läkare",
         "2024-02-27T14:00:00", "2024-02-27T16:10:00", "öppenvård", [
        ("Kontaktorsak", "Remiss från VC Majorna: svårbehandlad hypertoni och sjunkande eGFR."),
        ("Anamnes", "73-årig man, aktiv rökare 40 pack-years, claudicatio intermittens vä ben efter 300 m. Hypertoni sedan 10 år, nu otillräckligt kontrollerad trots 4 preparat. Vid insättning av Enalapril i höstas steg krea från 112 till 168, preparatet utsattes. Två episoder av plötsligt lungödem 2023 (flash pulmonary oedema) utan nedsatt EF."),
        ("Status", "BT hö 178/96, vä 172/94. Puls 74 reg. Blåsljud över aorta abdominalis paraumbilikalt vä. Svaga pulsar a. dorsalis pedis vä."),
        ("Läkemedel", "Amlodipin 10 mg, Doxazosin 8 mg, Hydroklortiazid 25 mg, Metoprolol 100 mg."),
        ("Lab", "Krea 138, eGFR 44. K 3,4. Aldosteron/renin-kvot normal. U-alb/krea 8."),
        ("UL njurar", "Hö njure 11,2 cm, vä njure 8,9 cm. Ingen hydronefros."),
        ("Bedömning", "Resistent hypertoni, storleksasymmetri av njurarna, kreatininstegring på ACE-hämmare, paraumbilikalt blåsljud och recidiverande lungödem. Misstänkt njurartärstenos vä, sannolikt aterosklerotisk."),
        ("Planering", "DT-angiografi njurartärer (eGFR tillåter med hydrering). Rökstopp, remiss rökavvänjning. Atorvastatin 40 mg insatt. Återbesök med svar om 4 v."),
    ])],
    ["NL102"], ["NL101"],
    "'Misstänkt njurartärstenos' at the end of a long Bedömning sentence listing the findings")

case("skane-hemmott-susp-itp", "skane", ("19991005-4221", "1999-10-05"), [
    note("n1", "Mottagningsanteckning", "malmo_hemmott", "Niklas Ström", "läkare",
         "2024-03-05T10:30:00", "2024-03-05T12:50:00", "öppenvård", [
        ("Kontaktorsak", "Akut remiss från VC Rosengård: TPK 18."),
        ("Anamnes", "24-årig kvinna som sedan en vecka fått blåmärken utan trauma och prickigt utslag på underbenen. Näsblödning i går i 20 min. Förkyld för tre veckor sedan. Rikliga mens senaste cykeln. Inga läkemedel, ingen naturmedicin. Ingen B-symtomatologi."),
        ("Status", "Opåverkad. Petekier på underbenen och munslemhinnan (wet purpura saknas). Ekkymoser på armarna. Inga förstorade lymfkörtlar. Ingen hepatosplenomegali."),
        ("Lab", "TPK 18 (i dag 14). Hb 126, LPK 6,8 med normal diff. Blodutstryk: enstaka stora trombocyter, inga schistocyter, inga blaster. PK-INR 1,0, APTT 29, fibrinogen 3,1. Hepatit B, C, HIV skickat. DAT neg."),
        ("Bedömning", "Isolerad trombocytopeni utan tecken på annan cytopeni eller koagulopati. Susp. ITP, möjligen postinfektiös."),
        ("Åtgärd", "Prednisolon 1 mg/kg (60 mg) x 1 i 2 veckor, därefter nedtrappning. Tranexamsyra vb vid slemhinneblödning. Undvika NSAID och ASA. Kontroll TPK om 4 dagar."),
        ("Information", "Pat informerad om varningstecken: huvudvärk, svart avföring, blödning som inte stannar — ring hematologjouren."),
    ])],
    ["NL102"], ["NL101"],
    "'Susp. ITP' — the abbreviation susp. as hedge, in a Skåne Melior haematology note")

case("vgr-akut-kolecystit-kan-inte-helt-uteslutas", "vgr", ("19800126-7940", "1980-01-26"), [
    note("n1", "Akutanteckning", "sas_akut", "Tobias Hellström", "läkare",
         "2024-10-26T23:40:00", None, "öppenvård", [
        ("Kontaktorsak", "Buksmärta hö sida efter middag."),
        ("Anamnes", "44-årig kvinna med tre tidigare episoder av smärta under hö arcus efter fet mat, senast i juni. Nu sedan kl 19 ihållande smärta som strålar mot hö skulderblad, kräkts en gång. Frysningar på vägen in. Gallstenar kända sedan UL 2022."),
        ("Status", "AT: smärtpåverkad. Temp 38,1, BT 138/82, puls 98, sat 99 %. Buk: ömhet och lätt défense under hö arcus, Murphys tecken pos. Inget släppömt i övrigt. Ikterus saknas."),
        ("Lab", "CRP 42, LPK 13,8. Bili 18, ALP 1,6, ALAT 0,8. Amylas 0,5. Hb 138."),
        ("UL", "Bedside-UL (akutläkare): flera stenar i gallblåsan, en inkilad i halsen. Väggen 3 mm, ingen pericholecystisk vätska."),
        ("Bedömning", "Gallstensanfall med feber och pos. Murphy. Kolecystit kan inte helt uteslutas trots tunn vägg på bedside-UL."),
        ("Planering", "Kirurgkonsult kontaktad. Smärtlindring, fasta, dropp. Formellt UL i morgon. Om kolecystit bekräftas: antibiotika och ställningstagande till akut kolecystektomi."),
    ])],
    ["NL102"], ["NL101"],
    "unsigned draft (signed null): 'Kolecystit kan inte helt uteslutas' — the 'inte helt' variant of kan ej uteslutas")

case("skane-orto-trolig-scaphoideumfraktur-trots-neg-rtg", "skane", ("20010915-2678", "2001-09-15"), [
    note("n1", "Mottagningsanteckning", "trelleborg_orto", "Marcus Lindberg", "läkare",
         "2024-06-03T09:45:00", "2024-06-03T11:20:00", "öppenvård", [
        ("Kontaktorsak", "Fall på utsträckt hand vid skateboardåkning i helgen."),
        ("Anamnes", "22-årig högerhänt man, föll framåt på vä hand i lördags. Ont på radialsidan av handleden, svårt att greppa. Sökte inte akut. Arbetar som snickare."),
        ("Status", "Vä handled: lätt svullnad radialt. Distinkt ömhet i tabatière anatomique och över tuberculum ossis scaphoidei. Smärta vid axial kompression av tummen. Nedsatt greppkraft. Distalstatus ua."),
        ("Rtg", "Rtg vä handled inkl. scaphoideumserie: ingen synlig fraktur, ingen dislokation i karpus."),
        ("Bedömning", "Klinisk bild med tre positiva scaphoideumtest. Trolig scaphoideumfraktur trots negativ slätröntgen."),
        ("Åtgärd", "Skafoidgips (underarmsgips med tumme) tills vidare. MR vä handled beställd inom 1 v, om MR ej tillgänglig ny rtg om 10–14 dagar. Sjukskriven som snickare 2 v."),
        ("Information", "Pat har fått muntlig och skriftlig gipsinformation. Ska höra av sig vid ökande smärta, domningar eller blå fingrar."),
    ])],
    ["NL102"], ["NL101"],
    "'Trolig scaphoideumfraktur trots negativ slätröntgen' in Skåne Melior orthopaedics: a hedged fracture despite a negative X-ray")

case("vgr-kard-epikris-synkope-trol-intermittent-av-block", "vgr", ("19490509-6311", "1949-05-09"), [
    note("n1", "Epikris", "su_kard", "Josefin Åberg", "läkare",
         "2024-08-30T15:10:00", "2024-08-30T16:40:00", "slutenvård", [
        ("Diagnoser", "Synkope (R55)\nTrol. intermittent AV-block II/III (I44.3)\nHypertoni (I10)"),
        ("Orsak till inläggning", "75-årig man inlagd 26/8 efter två synkoper inom en vecka, båda utan förvarning, en gång vid bilkörning på 50-väg (ingen olycka)."),
        ("Vårdförlopp", "EKG vid ankomst: SR 58, PQ 260 ms, bifascikulärt block (RBBB + VAS). Telemetri 4 dygn utan säkra pauser, men natten 28/8 en episod med 2:1-block i 20 s, asymtomatisk. Eko: EF 55 %, ingen klaffsjukdom. TnT 12, elektrolyter normala. Ortostatiskt test neg."),
        ("Bedömning vid utskrivning", "Bifascikulärt block och dokumenterat 2:1-block — synkoperna bedöms sannolikt arytmiska."),
        ("Åtgärd", "Pacemaker (DDD) planerad elektivt, väntetid ca 3 v. Implanterbar loop recorder ej aktuell då pacemakerindikation finns."),
        ("Information", "Pat informerad om körförbud enl. Transportstyrelsens föreskrifter till 1 v efter pacemakerimplantationen. Närstående (hustrun) närvarande vid samtalet."),
        ("Uppföljning", "Kallelse till pacemakermottagningen SU. Telefonkontakt med sjuksköterska 6/9."),
    ])],
    ["NL102"], ["NL101"],
    "Epikris diagnosis list with 'Trol. intermittent AV-block II/III (I44.3)': the ICD code does not make the hedged diagnosis certain")

case("skane-akut-missankt-sab-typo", "skane", ("19780723-1043", "1978-07-23"), [
    note("n1", "Akutanteckning", "hbg_akut", "Rebecka Holm", "läkare",
         "2024-04-14T20:30:00", "2024-04-14T22:15:00", "öppenvård", [
        ("Kontaktorsak", "Plötslig svår huvudvärk vid träning."),
        ("Anamnes", "45-årig kvinna som kl 17.15 under styrketräning fick en explosiv huvudvärk i nacken, 'den värsta i mitt liv', maxintensitet inom någon minut. Kräkts 2 ggr. Ingen medvetandeförlust. Migrän sedan tonåren men detta är annorlunda."),
        ("Status", "Opåverkad, GCS 15. BT 168/96, puls 64. Lätt nackstelhet i slutfasen. Neuro: inga fokala fynd, pupiller lika. Fundus ej undersökt."),
        ("DT", "DT hjärna utan kontrast kl 19.10 (ca 2 h efter debut): ingen blödning, inga ventriklar vidgade."),
        ("Bedömning", "Åskknallshuvudvärk vid ansträngning. Missänkt subaraknoidalblödning; DT inom 6 h är negativ men nackstelheten och den typiska debuten gör att vi vill komplettera med LP."),
        ("Planering", "Neurologjour konsulterad: LP efter 12 h från debut (ca 05.15) för xantokromi. Paracetamol, antiemetika. BT-kontroll. Inlägges på akutvårdsavdelningen för observation."),
    ])],
    ["NL102"], ["NL101"],
    "typo 'Missänkt subaraknoidalblödning' (for Misstänkt), LP still to come: the hedge must still be recognised")
# ============================================================================
# NL102 positives, part C (incl. hidden place + leak)
# ============================================================================

case("vgr-neuro-utkast-trol-guillain-barre", "vgr", ("19860304-4770", "1986-03-04"), [
    note("n1", "Inskrivningsanteckning", "su_neuro", "Viktor Blom", "läkare",
         "2024-05-19T19:50:00", None, "slutenvård", [
        ("Inkomstorsak", "Stigande svaghet i benen sedan 4 dagar."),
        ("Anamnes", "38-årig man som för 2 v sedan hade diarré i 3 dagar. Sedan i onsdags stickningar i fötterna, därefter tilltagande svaghet, idag svårt att resa sig från toaletten. Lätt ryggvärk. Inga blåsbesvär. Ingen dubbelseende, sväljer normalt."),
        ("Status", "Vaken, adekvat. BT 146/90, puls 104, sat 98 %, AF 16. Kraft höftflexion 3/5 bilat, knäextension 4-/5, dorsalflexion fot 3/5. Armar 5-/5. Areflexi i benen, svaga bicepsreflexer. Sensibilitet: nedsatt vibrationssinne till knäna. Vitalkapacitet 3,9 l (pred 5,1), NIF -60."),
        ("Lab", "CK 180. Elektrolyter ua. Glukos 5,4. Campylobacter-serologi skickad. LP ej utförd ännu."),
        ("Bedömning", "Ascenderande symmetrisk svaghet med areflexi två veckor efter gastroenterit. Trol. Guillain-Barré (G61.0), AIDP-typ. Autonom påverkan med takykardi. Ingen andningspåverkan i dagsläget."),
        ("Planering", "LP i morgon (celler, protein). Neurografi beställd. IVIG 0,4 g/kg/dygn i 5 dagar kan startas redan i kväll efter diskussion med bakjour. VC x 4/dygn, IVA-kontakt om VC < 20 ml/kg. Trombosprofylax, telemetri."),
    ])],
    ["NL102"], ["NL101"],
    "unsigned draft admission note with 'Trol. Guillain-Barré (G61.0)' — NL102 applies before signing too")

case("vgr-med-diagnosrad-misstankt-le-med-icd", "vgr", ("19420812-8407", "1942-08-12"), [
    note("n1", "Inskrivningsanteckning", "kungalv_med", "Ola Berglund", "läkare",
         "2024-09-28T22:35:00", "2024-09-29T01:10:00", "slutenvård", [
        ("Inkomstorsak", "Bröstsmärta och andnöd."),
        ("Anamnes", "82-årig kvinna som i eftermiddags fick hugg i vä sida av bröstet vid djupa andetag och blev andfådd. Opererades för 10 dagar sedan med knäprotes hö (Kungälv ortopedi), tog Fragmin i 7 dagar efter op. Svullnad hö underben som hon trott hör till operationen."),
        ("Tidigare sjukdomar", "KOL lindrig, hypertoni, CKD stadium 4 (eGFR 22) — följs av njurmottagningen, knäprotes hö 18/9."),
        ("Status", "AT: lätt andfådd. BT 148/86, puls 106, sat 91 % luft, AF 24, temp 37,6. Pulm: lätt nedsatt a-ljud vä basalt. Hö underben: operationssår ua, omkrets vaden 3 cm större än vä."),
        ("Lab", "D-dimer 4,2. TnT 28. NT-proBNP 1 240. Krea 198 (eGFR 21). CRP 36. Hb 109."),
        ("Diagnos", "Bröstsmärta UNS (R07.4)\nMisstänkt lungemboli (I26.9)"),
        ("Planering", "DT-angio kontraindicerad pga njurfunktion. Ventilations-perfusionsscintigrafi (V/P-SPECT) i morgon förmiddag. UL hö ben i morgon. Innohep 175 E/kg sc i avvaktan (eGFR > 20). O2 med mål sat > 92 %."),
    ])],
    ["NL102"], ["NL101"],
    "'Misstänkt lungemboli (I26.9)' as a coded line in the Diagnos section, V/P scan still to come")

case("skane-kard-endokardit-fragetecken-mekanisk-klaff", "skane", ("19620623-3139", "1962-06-23"), [
    note("n1", "Läkaranteckning", "lund_kard", "Helena Axelsson", "läkare",
         "2024-01-24T11:40:00", "2024-01-24T14:15:00", "slutenvård", [
        ("Aktuellt", "61-årig man med mekanisk aortaklaff (On-X, 2017) inlagd i går pga feber 39 sedan en vecka. Tandextraktion för ca 4 v sedan utan antibiotikaprofylax. Trött, nattsvettas."),
        ("Status", "Temp 38,6, BT 118/62, puls 96 SR. Cor: klaffklick, nytt diastoliskt blåsljud 2/6 längs vä sternalrand? (ej noterat vid årskontroll i oktober). Inga splinterblödningar, inga Janeway-lesioner. Mjälte ej palpabel."),
        ("Lab", "CRP 118, LPK 12,4, Hb 112 (tidigare 141). PK-INR 2,8 på Waran. Krea 96. U-sticka: blod 2+."),
        ("Odlingar", "Blododlingar x 3 tagna 23/1 kl 18, 20, 22 — i dag positivt flaskor 2 av 3 med grampositiva kocker i kedjor, artbestämning pågår."),
        ("Eko", "TTE 24/1: bedömningen begränsad av protesartefakter, misstänkt litet paravalvulärt läckage, ingen säker vegetation. TEE beställd i morgon."),
        ("Bedömning", "Protesklaffsendokardit? Ett major-kriterium (TEE ej gjord) och tre minor (predisponerande klaff, feber, hematuri). Empirisk behandling startas efter odling."),
        ("Planering", "Vankomycin + Gentamicin + Rifampicin enl. protesklaffsregim, justeras efter art. TEE 25/1. Infektionskonsult. Waran fortsätter, INR-mål 2,5–3,0. Ingen LMH-bridging."),
    ])],
    ["NL102"], ["NL101"],
    "'Protesklaffsendokardit?' with the question mark after the diagnosis, Duke criteria incomplete, TEE pending")

case("vgr-orto-sannolkit-giktartrit-typo", "vgr", ("19660130-6852", "1966-01-30"), [
    note("n1", "Akutanteckning", "skas_orto", "Maja Sandberg", "läkare",
         "2024-12-11T16:25:00", "2024-12-11T18:05:00", "öppenvård", [
        ("Kontaktorsak", "Svullet, varmt hö knä sedan i går, kan inte gå."),
        ("Anamnes", "58-årig man, på julbord i fredags. Vaknade i går av intensiv smärta i hö knä, tilltagit snabbt. Ingen skada. Liknande attack i vä stortåns grundled för 2 år sedan som gick över på en vecka med Ipren, ej utredd. Tar Hydroklortiazid för hypertoni."),
        ("Status", "Temp 37,8. Hö knä: uttalad hydrops, värmeökat, rodnad över patella, rörlighet 10–60 pga smärta. Inga sår eller hudlesioner. Vä MTP I ua. Inga tofi."),
        ("Lab", "CRP 96, LPK 11,8. Urat 512. Krea 88."),
        ("Ledpunktion", "Punktion hö knä: 40 ml grumlig gulaktig ledvätska. Skickat för celler, kristaller, odling. Vätskan är inte purulent makroskopiskt."),
        ("Bedömning", "Akut monoartrit hö knä. Sannolkit giktartrit med tanke på tiazid, tidigare podagra-liknande attack och högt urat. Septisk artrit ej uteslutet förrän odlingssvar."),
        ("Planering", "Ingen antibiotika i avvaktan på kristallsvar i kväll. Prednisolon 30 mg x 1 i 5 dagar om kristaller påvisas. Kortisoninjektion väntas tills odling klar. Ortopedjouren ringer pat i kväll med svaret."),
    ])],
    ["NL102"], ["NL101"],
    "typo 'Sannolkit giktartrit' (for Sannolikt) plus 'Septisk artrit ej uteslutet': both are open hypotheses in a VGR ortho note")

case("skane-iva-bild-forenlig-med-begynnande-dic", "skane", ("19590919-1586", "1959-09-19"), [
    note("n1", "Daganteckning", "csk_iva", "Anton Berg", "läkare",
         "2024-02-20T12:20:00", "2024-02-20T15:05:00", "slutenvård", [
        ("Aktuellt", "IVA-dygn 2. 64-årig kvinna med pneumokocksepsis från pneumoni i hö underlob, penicillinkänslig stam. Intuberad på akuten 18/2."),
        ("Cirkulation", "Noradrenalin 0,22 mikrog/kg/min, oförändrat. MAP 65–70. Laktat 3,6 -> 2,9. SvO2 68 %."),
        ("Respiration", "PC, FiO2 0,5, PEEP 10, P/F-kvot 19 kPa. Rtg: progress av hö underlobsinfiltrat, lätt vätska i pleura."),
        ("Koagulation", "TPK 156 (18/2) -> 88 (19/2) -> 54 (20/2). PK-INR 1,2 -> 1,7. Fibrinogen 4,8 -> 2,2. D-dimer > 35. Sivande blödning från artärnålsstället. Blodutstryk: enstaka schistocyter."),
        ("Njurar", "Diures 0,3 ml/kg/h senaste 6 h. Krea 164 -> 231. K 5,1."),
        ("Bedömning", "Septisk chock med progredierande organsvikt. Sjunkande TPK och fibrinogen, stigande INR och D-dimer. Bild förenlig med begynnande DIC, ISTH-score 5."),
        ("Planering", "Bensylpenicillin 3 g x 4 fortsätter. Inga profylaktiska trombocyttransfusioner, ge TPK vid blödning eller < 20. Fibrinogen om < 1,5. CRRT startas i eftermiddag. Närstående (make) informerade per telefon om det allvarliga läget."),
    ])],
    ["NL102"], ["NL101"],
    "'Bild förenlig med begynnande DIC' used as a hedge (score 5, evolving) in a Skåne ICU note organised by organ system")

case("vgr-neuro-dd-lista-delvis-besvarad-rcvs", "vgr", ("19820411-5227", "1982-04-11"), [
    note("n1", "Läkaranteckning", "su_neuro", "Axel Nordqvist", "läkare",
         "2024-06-06T13:15:00", "2024-06-06T15:35:00", "slutenvård", [
        ("Aktuellt", "42-årig kvinna inlagd 4/6 efter tredje åskknallshuvudvärken på en vecka, den senaste under samlag. Nässpray med oximetazolin flera ggr/dag senaste månaden, började nyligen med Sertralin."),
        ("Status", "BT 156/94, puls 70. GCS 15, inga fokala bortfall. Ingen nackstelhet."),
        ("DT/LP", "DT hjärna 4/6: ingen blödning. LP 4/6 (14 h efter debut): ingen xantokromi, erytrocyter 2, celler 1. Öppningstryck 17 cm."),
        ("DT-angio", "DT-angio 5/6: lätt segmentell kärlförträngning i a. cerebri media bilat, M2-segment, inget aneurysm, ingen dissektion."),
        ("Bedömning", "Upprepade åskknallshuvudvärkar hos kvinna på vasoaktiva läkemedel.\nDD:\n– SAB — utesluten med DT och LP\n– reversibelt cerebralt vasokonstriktionssyndrom (RCVS), stöds av kärlförändringarna\n– primär vaskulit i CNS, mindre sannolik\nKontroll-angio får avgöra."),
        ("Planering", "Oximetazolin och Sertralin utsatta. Nimodipin 60 mg x 6. Undvika fysisk ansträngning och Valsalva. BT-mål < 160 systoliskt. MR hjärna med kärlväggssekvenser. Ny DT-angio om 6–8 veckor."),
    ])],
    ["NL102"], ["NL101"],
    "DD list where the first item (SAB) is ruled out but RCVS and CNS vasculitis remain open: partial answers do not silence NL102")

case("skane-med-talar-for-celiaki-biopsi-behovs", "skane", ("19950715-8948", "1995-07-15"), [
    note("n1", "Mottagningsanteckning", "ystad_med", "Jenny Ek", "läkare",
         "2024-03-19T13:50:00", "2024-03-19T15:30:00", "öppenvård", [
        ("Kontaktorsak", "Remiss VC: järnbrist och lös avföring."),
        ("Anamnes", "28-årig kvinna med sedan 2 år återkommande lösa, illaluktande avföringar 2–3 ggr/dag, gaser, uppblåsthet. Trött. Järntabletter från VC har hjälpt dåligt. Ingen blodig avföring. Moster har celiaki. Äter vanlig kost inkl. bröd och pasta."),
        ("Status", "Vikt 54 kg, BMI 19,6. Blek. Afte i munslemhinnan. Buk: mjuk, lätt uppblåst, oöm. Hud: inga utslag."),
        ("Lab", "Hb 104, MCV 76, ferritin 5. Folat 4 (lågt). B12 normalt. Albumin 35. Transglutaminas-IgA-ak 120 U/mL (ref < 7). Totalt IgA normalt."),
        ("Bedömning", "Järnbristanemi och folatbrist med diarré. Anamnes och lab talar för celiaki, men duodenalbiopsier behövs för diagnos hos vuxen."),
        ("Planering", "Gastroskopi med 4 + 2 duodenalbiopsier, remiss skickad. Fortsätta äta gluten fram till gastroskopin. Folsyra 5 mg 1x1, järn iv (Monofer) bokat. Återbesök efter PAD."),
        ("Information", "Pat informerad om att glutenfri kost inte ska påbörjas före gastroskopi."),
    ])],
    ["NL102"], ["NL101"],
    "'Anamnes och lab talar för celiaki, men duodenalbiopsier behövs' — talar för as hedge; the aunt's celiaki is family history")

case("vgr-orto-sen-protesinfektion-kan-inte-avfardas", "vgr", ("19480227-3682", "1948-02-27"), [
    note("n1", "Mottagningsanteckning", "molndal_orto", "Rasmus Jönsson", "läkare",
         "2024-11-06T10:10:00", "2024-11-06T12:25:00", "öppenvård", [
        ("Kontaktorsak", "Återbesök, tilltagande smärta i hö knäprotes."),
        ("Anamnes", "76-årig kvinna, TKA hö 2021 utan komplikationer, smärtfri fram till i våras. Sedan maj successivt ökande värk i knät, även i vila och nattetid. Ingen feber. Hade en erysipelas på hö underben i februari som behandlades med PcV. Ingen ny skada."),
        ("Status", "Hö knä: lätt svullnad och värmeökning, ingen rodnad, inga fistlar. Rörlighet 0–100. Stabilt i varus/valgus. Lätt ömhet över mediala ledspringan."),
        ("Rtg", "Rtg hö knä: jmf 2022 nytillkommen lucens 2 mm under tibiakomponentens mediala platå. Ingen fraktur."),
        ("Lab", "CRP 14, SR 38. LPK 7,1."),
        ("Bedömning", "Smärtsam knäprotes med tecken till lossning av tibiakomponenten. Aseptisk lossning är möjlig, men sen hematogen protesinfektion kan inte avfärdas med tanke på erysipelasen i februari och förhöjd SR."),
        ("Planering", "Ledpunktion under genomlysning nästa vecka: celler, diff, odling med förlängd inkubation, alfa-defensin. Ingen antibiotika innan punktion. Pat har fått tid 13/11. Revisionsplanering beror på svaret."),
    ])],
    ["NL102"], ["NL101"],
    "'protesinfektion kan inte avfärdas' — a rarer wording of kan ej uteslutas, plus 'lossning är möjlig'")

case("skane-njur-pd-peritonit-misstankt", "skane", ("19540102-7312", "1954-01-02"), [
    note("n1", "Inskrivningsanteckning", "lund_njur", "Sanna Wallin", "läkare",
         "2024-07-27T18:05:00", "2024-07-27T20:25:00", "slutenvård", [
        ("Inkomstorsak", "Grumlig PD-vätska och buksmärta."),
        ("Anamnes", "70-årig man med diabetesnefropati, peritonealdialys (CAPD) sedan 2022, 4 byten/dygn. I morse grumligt dialysat vid första bytet, diffus buksmärta och illamående. Ingen diarré. Har i veckan bytt vid köksbordet då badrummet renoveras. Tidigare peritonit 2023 (S. epidermidis), utläkt."),
        ("Tidigare sjukdomar", "CKD 5 (N18.5) pga diabetesnefropati, DM typ 2 sedan 1998, ischemisk hjärtsjukdom s/p PCI 2019, perifer neuropati."),
        ("Status", "Temp 37,9, BT 132/70, puls 88. Buk: diffus ömhet, inget défense. Katetrarns utgångsställe: torrt, ingen rodnad eller krusta, tunneln oöm."),
        ("Lab", "Dialysat: LPK 620 x 10^6/L, 82 % polynukleära. Gramfärgning: inga bakterier sedda. Odling skickad (blododlingsflaskor). CRP 48, LPK 11,2. K 3,6."),
        ("Bedömning", "Misstänkt PD-peritonit (T85.7/K65.0), sannolikt kontaminationsutlöst efter byten i köket."),
        ("Planering", "Intraperitonealt Vankomycin 2 g + Ceftazidim 1 g enl. PD-PM. Heparin 500 E/l i påsarna. Odlingssvar styr fortsatt. PD-sjuksköterska träffar pat i morgon för genomgång av bytesteknik."),
    ])],
    ["NL102"], ["NL101"],
    "'Misstänkt PD-peritonit' in a Skåne nephrology admission note; the earlier, healed peritonitis 2023 is past history")

case("skane-th-mall-dold-men-lackt-till-daganteckning", "skane", ("19680905-2035", "1968-09-05"), [
    note("n1", "Tidiga hypoteser", "malmo_med", "Daniel Åkesson", "läkare",
         "2024-10-09T15:30:00", "2024-10-09T15:40:00", "slutenvård", [
        ("Tidig hypotes", "Misstänkt alkoholrelaterad levercirrhos. Pat förnekar överkonsumtion, men PEth 1,8 och trombocytopeni talar emot hans uppgifter. Ska tas upp när fibroscan är klar."),
    ]),
    note("n2", "Daganteckning", "malmo_med", "Daniel Åkesson", "läkare",
         "2024-10-09T15:45:00", "2024-10-09T16:30:00", "slutenvård", [
        ("Aktuellt", "Vårddag 2. 56-årig man inlagd med ascites och benödem. Buken känns mindre spänd efter tappningen i går."),
        ("Status", "BT 112/70, puls 84, temp 36,8. Buk: ascites, flankdämpning, ingen ömhet. Spider naevi på bröstet. Ingen asterixis."),
        ("Lab", "Albumin 27. Bili 34. PK-INR 1,5. TPK 92. Na 131. Krea 82. Ascitesvätska: 180 celler, albumingradient 16 g/L, odling neg."),
        ("Åtgärd", "Laparocentes 8/10: 5,2 l tappat, 40 g albumin ersatt."),
        ("Bedömning", "Portal hypertension med ascites, trol. cirrhos (leversjukdom). Ingen spontan bakteriell peritonit."),
        ("Planering", "Spironolakton 100 mg + Furosemid 40 mg. Saltrestriktion. Fibroscan och UL lever med doppler. Gastroskopi för varicer. Pat informerad om provresultaten."),
    ])],
    [("NL102", "n2")], [("NL102", "n1")],
    "Skåne: the hypothesis is correctly in a Tidiga hypoteser template (n1, silent) but leaks hedged as 'trol. cirrhos' into the visible daily note (n2)")

case("vgr-th-sokord-finns-men-bedomningen-hedgar-ocksa", "vgr", ("19700102-5761", "1970-01-02"), [
    note("n1", "Läkaranteckning", "su_hemmott", "Robert Falk", "läkare",
         "2024-05-28T11:05:00", "2024-05-28T13:20:00", "öppenvård", [
        ("Kontaktorsak", "Remiss: lymfocytos och lätt förstorade körtlar på halsen."),
        ("Anamnes", "54-årig kvinna, frisk, upptäckt lymfocytos 8,2 vid rutinprover på VC. Inga B-symtom, ingen infektionsbenägenhet. Känt en liten knöl på halsen i några månader."),
        ("Status", "Opåverkad. Lymfkörtlar: 1–1,5 cm mjuka, oömma på halsen bilat, små i axillerna. Lever och mjälte ej palpabla."),
        ("Lab", "Hb 132, LPK 13,4, lymfocyter 8,6. TPK 236. LD 198. Flödescytometri perifert blod skickad."),
        ("Tidiga hypoteser", "KLL eller annat lågmalignt B-cellslymfom, i avvaktan på flödescytometri."),
        ("Bedömning", "Lymfocytos med lätt lymfadenopati, opåverkad. Trol. KLL, stadium Binet A om bekräftat."),
        ("Planering", "Svar på flödescytometri väntas inom 1 v, telefonåterkoppling. Ingen behandlingsindikation oavsett utfall i nuläget."),
    ])],
    ["NL102"], ["NL101"],
    "VGR: the Tidiga hypoteser sökord hides its own section, but Bedömning repeats the hypothesis hedged ('Trol. KLL') in a visible section")
# ============================================================================
# NL102 negatives (near misses), part A
# ============================================================================

case("vgr-hia-nstemi-bekraftad-endast-planen-hedgad", "vgr", ("19530918-9495", "1953-09-18"), [
    note("n1", "Daganteckning", "su_hia", "Cecilia Lönn", "läkare",
         "2024-03-08T12:45:00", "2024-03-08T14:20:00", "slutenvård", [
        ("Aktuellt", "Vårddag 2. Inkom 7/3 med bröstsmärta och TnT-stegring 38 -> 410. Kranskärlsröntgen i går: signifikant stenos i proximala LAD (90 %) som åtgärdades med DES, därtill 70 % stenos i LCx som lämnades orörd."),
        ("Diagnos", "NSTEMI (I21.4)\nTvåkärlssjukdom\nHyperlipidemi (E78.0)"),
        ("Status", "Smärtfri sedan PCI. BT 126/74, puls 64 SR, sat 97 %. Punktionsställe hö radialis utan hematom, god radialispuls."),
        ("Lab", "TnT 410 -> 362. Krea 88. Hb 139. LDL 4,1. HbA1c 39."),
        ("Eko", "EF 50 %, lätt hypokinesi anteroseptalt."),
        ("Bedömning", "Okomplicerat förlopp efter PCI av LAD. Kvarvarande LCx-stenos ska värderas med FFR."),
        ("Planering", "Ev. PCI av LCx i andra seans inom 4–6 v, beslut efter FFR. Ticagrelor 90 mg x 2 i 12 mån, ASA 75 mg. Atorvastatin höjd till 80 mg, Ezetimib om LDL > 1,4 vid kontroll. Ev. hemgång i morgon efter telemetrigranskning. Hjärtrehab-remiss skickad."),
    ])],
    [], ["NL102", "NL101"],
    "NSTEMI is angiographically confirmed; 'Ev.' only qualifies a second PCI and discharge (plans), not a diagnosis")

case("skane-med-fragetecken-bara-pa-planer", "skane", ("19370305-4126", "1937-03-05"), [
    note("n1", "Daganteckning", "hbg_med", "Olof Rydberg", "läkare",
         "2024-01-30T11:20:00", "2024-01-30T12:55:00", "slutenvård", [
        ("Aktuellt", "Vårddag 4 för rtg-verifierad pneumoni hö underlob. Afebril sedan i går morse. Äter bättre, har varit uppe i korridoren med rollator tillsammans med fysioterapeuten."),
        ("Vitalparametrar", "BT 134/72, puls 78, AF 16, sat 94 % luft, temp 36,7. NEWS 1."),
        ("Lab", "CRP 212 -> 148 -> 61. LPK 8,9. Krea 79. Na 137."),
        ("Bedömning", "Pneumoni (J18.9) i god regress på Bensylpenicillin. Allmäntillståndet förbättras men gången är osäkrare än före insjuknandet enl. dottern."),
        ("Planering", "Byte till PcV 1 g x 3 i ytterligare 5 dagar. ?Hemgång i morgon — beror på arbetsterapeutens bedömning. ?Behov av utökad hemtjänst, vårdplanering via SAMSA. Kontroll-rtg pulm ? — ej indicerat om kliniskt bra, tas ställning till på VC om 6 v."),
        ("Information", "Pat och dotter informerade om planen. Dottern vill vara med vid vårdplaneringsmötet."),
    ])],
    [], ["NL102", "NL101"],
    "question marks stand before discharge, home care and a control X-ray — none is a diagnosis; the pneumonia is X-ray verified")

case("vgr-akut-fragetecken-pneumoni-besvarad-rtg", "vgr", ("19730511-7850", "1973-05-11"), [
    note("n1", "Akutanteckning", "ostra_akut", "Amir Haddad", "läkare",
         "2024-02-12T14:10:00", "2024-02-12T16:35:00", "öppenvård", [
        ("Kontaktorsak", "Hosta och feber, ?pneumoni enl. 1177-sjuksköterskan."),
        ("Anamnes", "50-årig man, röker 15 cig/dag. Hosta med gult slem i 10 dagar efter förkylning, feber 38,3 i två dagar, nu afebril. Ingen andnöd i vila. Ingen bröstsmärta. Inga kända sjukdomar."),
        ("Status", "AT: opåverkad. Temp 37,4, BT 138/86, puls 82, AF 16, sat 97 % luft. Pulm: spridda ronki som klarnar vid hosta, inga krepitationer, ingen dämpning. Cor: RR. Svalg: lätt rodnat."),
        ("Lab", "CRP 28. LPK 9,2."),
        ("Rtg", "Rtg pulm: Inga infiltrat. Ingen pneumoni. Normal hjärtstorlek, fria sinus."),
        ("Bedömning", "Akut bronkit (J20.9) hos rökare, ingen indikation för antibiotika. Frågeställningen pneumoni är besvarad med normal röntgen."),
        ("Åtgärd", "Egenvårdsråd, Paracetamol vb. Rökavvänjning erbjuden, pat vill fundera. Åter vid andnöd eller förnyad feber efter 3 dagar."),
    ])],
    [], ["NL102", "NL101"],
    "'?pneumoni' in Kontaktorsak is answered in the same note (Rtg: Ingen pneumoni); the remaining diagnosis is certain")

case("skane-med-copy-forward-misstankt-le-avskriven", "skane", ("19600201-2588", "1960-02-01"), [
    note("n1", "Daganteckning", "csk_med", "Fatima Rahimi", "läkare",
         "2024-04-13T10:35:00", "2024-04-13T12:10:00", "slutenvård", [
        ("Från inskrivningen", "(kopierad text 2024-04-11) 64-årig kvinna med feber, hö-sidig andningskorrelerad bröstsmärta och D-dimer 2,1. Misstänkt LE, DT-angio beställd."),
        ("Rtg", "DT-angio lungor 12/4: Inga lungembolier. Konsolidering i hö underlob med positivt luftbronkogram, liten pleuravätska hö."),
        ("Aktuellt", "Vårddag 3. Mindre ont vid andning. Temp max 37,8 senaste dygnet. Hostar fortfarande, nu lite rostfärgat."),
        ("Status", "BT 128/76, puls 84, sat 95 % luft, AF 18. Pulm: krepitationer och dämpning hö basalt."),
        ("Lab", "CRP 246 -> 188. LPK 14,2 -> 10,9. Pneumokockantigen i urin pos."),
        ("Bedömning", "Lungemboli avskriven med DT-angio. Pneumokockpneumoni hö underlob (J13) med parapneumonisk pleuravätska, i förbättring."),
        ("Planering", "Fortsatt Bensylpenicillin 3 g x 3, peroralt byte när afebril > 24 h. Innohep i behandlingsdos utsatt, profylaxdos ges. Kontroll-rtg pulm om 6–8 v via VC."),
    ])],
    [], ["NL102", "NL101"],
    "copy-forward text still says 'Misstänkt LE' but the same note rules it out (DT-angio: inga lungembolier; 'Lungemboli avskriven'); nothing else hedged")

case("vgr-neuromott-mor-trolig-huntington-hereditet", "vgr", ("19910406-6221", "1991-04-06"), [
    note("n1", "Mottagningsanteckning", "su_neuromott", "Carl Wester", "läkare",
         "2024-09-24T14:30:00", "2024-09-24T16:10:00", "öppenvård", [
        ("Kontaktorsak", "Migrän med aura, tätare anfall senaste halvåret."),
        ("Anamnes", "33-årig kvinna med migrän med aura sedan 16-årsåldern (G43.1), diagnostiserad på denna mottagning 2019. Typiska flimmerskotom 20 min följt av pulserande halvsidig huvudvärk med illamående. Nu 5–6 anfall/månad mot tidigare 1–2. Sumatriptan hjälper. Ny tjänst med mycket skärmarbete och sämre sömn."),
        ("Hereditet", "Mor avled 58 år, hade enl. pat trolig Huntingtons sjukdom men utreddes aldrig genetiskt. Morfar 'blev konstig och ryckig' i 50-årsåldern. Pat har tidigare avböjt prediktiv testning och vill inte diskutera det nu."),
        ("Status", "Neurologiskt status helt ua. Inga ofrivilliga rörelser. Normal gång, normal finmotorik. BT 118/76."),
        ("Läkemedel", "Sumatriptan 50 mg vb, max 2 tabl/dygn, tar ca 10 tabletter/månad. P-piller: gestagen-only (Cerazette)."),
        ("Bedömning", "Migrän med aura, ökad anfallsfrekvens utan tecken till läkemedelsöverförbrukningshuvudvärk. Indikation för profylax. Kombinerade p-piller olämpliga vid aura, nuvarande preparat är gestagen-only och kan fortsätta."),
        ("Planering", "Start Propranolol 40 mg 1x2, upptitrering till 80 mg 1x2 efter 2 v. Huvudvärksdagbok. Sömnråd. Återbesök 3 mån. Pat vet att hon kan ta upp frågan om genetisk vägledning när hon vill."),
    ])],
    [], ["NL102", "NL101"],
    "the only hedge ('trolig Huntingtons sjukdom') is the mother's, in Hereditet; the patient's migraine is a settled diagnosis")

case("skane-med-sarkoidosmisstanke-2018-avskriven", "skane", ("19650927-9953", "1965-09-27"), [
    note("n1", "Inskrivningsanteckning", "malmo_med", "Hugo Carlsson", "läkare",
         "2024-12-02T19:15:00", "2024-12-02T21:40:00", "slutenvård", [
        ("Inkomstorsak", "Feber och hosta sedan 5 dagar, rtg-verifierad pneumoni på VC."),
        ("Anamnes", "59-årig man, busschaufför. Influensaliknande insjuknande i förra veckan, nu produktiv hosta, feber 39,4 och frossa. VC tog rtg i dag: lobär pneumoni vä överlob, remitterades pga sat 90 %."),
        ("Tidigare sjukdomar", "Astma sedan barndomen, välkontrollerad.\nFörstorade hiluskörtlar 2018; utreddes för misstänkt sarkoidos, avskrevs efter bronkoskopi med EBUS och normala biopsier, körtlarna regredierade spontant.\nKnäartroskopi hö 2010."),
        ("Läkemedel", "Symbicort 160/4,5 2 inh x 2, Aerius vb."),
        ("Status", "AT: lätt påverkad, varm. Temp 38,9, BT 118/70, puls 108, AF 24, sat 91 % luft, 95 % på 2 l. Pulm: bronkiell andning och krepitationer vä övre fält, spridda ronki."),
        ("Lab", "CRP 318, LPK 18,4, PCT 6,1. Krea 102. Na 133. Influensa A PCR pos (nph)."),
        ("Bedömning", "Lobär pneumoni vä överlob (J18.1) sekundärt till influensa A, CRB-65 1. Ingen sepsis."),
        ("Planering", "Bensylpenicillin 3 g x 3 + Tamiflu 75 mg x 2 i 5 dagar. Sputumodling, blododlingar, urinantigen tagna. Droppskydd på enkelrum. Astmamedicin oförändrad, tillägg Ventoline vb."),
    ])],
    [], ["NL102", "NL101"],
    "a hypothesis from 2018 ('misstänkt sarkoidos') is stated as ruled out ('avskrevs'); the current pneumonia and influenza are verified")

case("vgr-med-rtg-negerad-lista-typo-tecke", "vgr", ("19520103-4682", "1952-01-03"), [
    note("n1", "Inskrivningsanteckning", "nal_med", "Susanne Lindahl", "läkare",
         "2024-11-14T20:05:00", "2024-11-14T22:30:00", "slutenvård", [
        ("Inkomstorsak", "Andnöd sedan 3 dagar."),
        ("Anamnes", "72-årig kvinna med känd KOL (J44.1) GOLD 3, senaste spirometri FEV1 38 %. Förkyld sedan i söndags med ökad sputummängd, gulgrönt. Andfådd vid minsta ansträngning, sover sittande. Ingen feber, inga bensvullnader, ingen bröstsmärta."),
        ("Läkemedel", "Trelegy 1 inh x 1, Ventoline vb, Roflumilast 500 mikrog, Omeprazol 20 mg."),
        ("Status", "AT: påverkad av andningsarbete, läppsluten andning. AF 26, sat 87 % -> 91 % på 1 l, BT 152/88, puls 102, temp 37,3.\nPulm: kraftigt förlängt exspirium, generella ronki, inga krepitationer.\nBen: inga ödem."),
        ("Blodgas", "pH 7,38, pCO2 6,8, pO2 7,6 (luft), BE +4, HCO3 29."),
        ("Rtg", "Rtg pulm: hyperinflation, inga tecke på pneumoni, pleuravätska eller hjärtsvikt. Ingen pneumothorax."),
        ("Bedömning", "KOL-exacerbation (J44.1) utlöst av luftvägsinfektion, kroniskt kompenserad hyperkapni utan acidos."),
        ("Planering", "Ipratropium/Salbutamol neb x 4–6, Prednisolon 40 mg x 1 i 5 dagar, Amoxicillin 750 mg x 3 pga purulent sputum. O2 mål 88–92 %. Ny blodgas om 1 h på syrgas. NIV-beredskap."),
    ])],
    [], ["NL102", "NL101"],
    "a negated list on the X-ray line ('inga tecken på pneumoni, pleuravätska eller hjärtsvikt') next to a certain COPD exacerbation (typo 'inga tecke på')")

case("skane-akut-ingen-misstanke-om-sab-migran", "skane", ("19890214-8306", "1989-02-14"), [
    note("n1", "Akutanteckning", "malmo_akut", "Lukas Falk", "läkare",
         "2024-05-04T09:40:00", None, "öppenvård", [
        ("Kontaktorsak", "Huvudvärk sedan i går kväll, ingen effekt av Treo."),
        ("Anamnes", "35-årig kvinna med känd migrän utan aura sedan 20 år (G43.0). Typisk attack som byggts upp över 2 timmar i går kväll, pulserande vä sida, illamående, ljud- och ljuskänslig. Samma karaktär som vanligt men längre, hennes Sumatriptan tog slut förra veckan. Ingen åskknallsdebut, ingen feber, inget trauma."),
        ("Status", "Opåverkad men ljusskygg. BT 132/84, puls 76, temp 36,9. Nacke mjuk. Neurologiskt status ua inkl. pupiller, ögonrörelser, kraft och gång. Fundus: skarpa papiller."),
        ("Lab", "CRP < 5. Hb 131. hCG neg."),
        ("Bedömning", "Långdragen migränattack av välkänd typ. Ingen misstanke om subaraknoidalblödning: gradvis debut, normalt status, ingen nackstelhet. Inga röda flaggor för sekundär huvudvärk."),
        ("Åtgärd", "Toradol 30 mg im + Primperan 10 mg iv + 1 l Ringer. Efter 1 h VAS 2. Nytt recept Sumatriptan 50 mg. Hänvisas till VC för profylaxdiskussion."),
    ])],
    [], ["NL102", "NL101"],
    "'Ingen misstanke om subaraknoidalblödning' negates the only worrying diagnosis; migraine is long established (unsigned draft)")

case("vgr-hem-tidiga-hypoteser-sokord-ensam-hedge", "vgr", ("19580521-3039", "1958-05-21"), [
    note("n1", "Mottagningsanteckning", "sas_hem", "Birgitta Holmqvist", "läkare",
         "2024-08-13T13:25:00", "2024-08-13T15:40:00", "öppenvård", [
        ("Kontaktorsak", "Remiss från VC Borås: Hb 168, hematokrit 0,51."),
        ("Anamnes", "66-årig man med hypertoni, snarkar kraftigt och är trött dagtid enl. frun. Röker 20 cig/dag sedan 45 år. Ingen klåda efter bad, inga trombossymtom, inga erytromelalgi-besvär."),
        ("Status", "Röd i ansiktet. BMI 33. BT 158/94. Mjälten ej palpabel. Hjärta, lungor ua."),
        ("Lab", "Hb 168, EVF 0,51, LPK 7,9, TPK 262. EPO 14 (ref 4–24). Ferritin 96. JAK2 V617F neg. Blodgas: pO2 8,9, COHb 6,8 %."),
        ("Tidiga hypoteser", "Sekundär polycytemi pga rökning och misstänkt obstruktiv sömnapné. Polycytemia vera osannolik med negativ JAK2 och normalt EPO, men exon 12 skickas om polyglobulin kvarstår efter rökstopp."),
        ("Bedömning", "Erytrocytos hos storrökare med COHb 6,8 %. Rökstopp är den viktigaste åtgärden. Ingen venesectio indicerad f.n."),
        ("Planering", "Remiss sömnregistrering (Lungmott SÄS). Rökavvänjning via VC. Nya prover Hb/EVF om 3 mån. BT-behandling optimeras på VC. Återbesök 3 mån."),
    ])],
    [], ["NL102", "NL101"],
    "VGR: every hedged diagnosis (misstänkt sömnapné, polycytemia vera osannolik) stands under the hidden sökord Tidiga hypoteser; visible sections are certain")

case("skane-th-mall-separat-och-ren-mottagningsanteckning", "skane", ("19610709-6775", "1961-07-09"), [
    note("n1", "Mottagningsanteckning", "lund_neuromott", "Eva Strand", "läkare",
         "2024-10-22T10:30:00", "2024-10-22T12:40:00", "öppenvård", [
        ("Kontaktorsak", "Nybesök, remiss från VC: personlighetsförändring och minnessvårigheter."),
        ("Anamnes", "63-årig man. Hustrun beskriver att han sedan 1,5 år blivit ointresserad, slutat umgås med vänner, äter sötsaker i stora mängder och har kommit med olämpliga kommentarer till grannarna. Pat själv upplever inga problem. Arbetar inte längre (sagts upp i våras)."),
        ("Status", "Vaken, samarbetar men lättdistraherad. Inga fokala bortfall. Primitiva reflexer: positiv glabellareflex, positiv palmomentalreflex bilat. Gång ua."),
        ("Kognitiv testning", "MoCA 21/30 med bortfall främst på ordflödet (6 ord/min) och abstraktion. MMSE 27/30."),
        ("Bedömning", "Progredierande beteendeförändring och exekutiv svikt hos 63-åring. Utredning enl. PM för kognitiv svikt i yngre ålder."),
        ("Planering", "MR hjärna, FDG-PET, LP med demensmarkörer (Aβ42/40, tau, NfL). Neuropsykologisk utredning. Kurator träffar makan nästa besök. Återbesök 6 v med svar."),
    ]),
    note("n2", "Tidiga hypoteser", "lund_neuromott", "Eva Strand", "läkare",
         "2024-10-22T12:45:00", "2024-10-22T12:50:00", "öppenvård", [
        ("Tidig hypotes", "Misstänkt beteendevariant av frontotemporal demens (bvFTD). Kan ej uteslutas att det finns en ärftlig komponent (farbror insjuknade liknande). Diskuteras med pat när utredningen är klar."),
    ])],
    [], [("NL102", "n1"), ("NL102", "n2"), ("NL101", "n1")],
    "Skåne: the hedged bvFTD lives only in a Tidiga hypoteser template note (hidden); the visible outpatient note says 'utredning' without naming a hypothesis")
# ============================================================================
# NL102 negatives: PMO (Skåne primary care never shows diagnoses)
# ============================================================================

case("skane-pmo-vc-misstankt-pneumoni-och-fragetecken-le", "skane", ("19480813-1496", "1948-08-13"), [
    note("n1", "Besöksanteckning", "vc_eslov", "Åsa Nilsson", "läkare",
         "2024-02-06T10:40:00", "2024-02-06T11:55:00", "öppenvård", [
        ("Kontaktorsak", "Hosta, feber och andfåddhet sedan 4 dagar."),
        ("Anamnes", "75-årig man med hypertoni och förmaksflimmer på Eliquis. Feber 38,5 sedan i fredags, hosta med lite rostfärgat slem. Ont hö sida vid djupa andetag sedan i går. Har inte rest, inga bensvullnader."),
        ("Status", "AT: lätt påverkad. Temp 38,2, BT 142/84, puls 96 oregelbunden, sat 93 % luft, AF 22. Pulm: krepitationer hö basalt, lätt dämpning. Ben: inga ödem, ingen vadömhet."),
        ("Lab", "CRP 156, LPK 13,1, Hb 138."),
        ("Bedömning", "Misstänkt pneumoni hö underlob. ?LE — mindre troligt då pat står på Eliquis med god följsamhet, men andningskorrelerad smärta och låg saturation gör att vi inte kan utesluta det helt."),
        ("Åtgärd", "Remiss akuten SUS Lund för rtg pulm och ställningstagande till DT-angio. Pat åker med sin son. Telefonrapport till akutläkare kl 11.40."),
    ], system="PMO")],
    [], ["NL102"],
    "PMO note in Skåne primary care: hedged pneumonia and '?LE' are never shown as diagnoses, so NL102 must stay silent")

case("skane-pmo-vc-trol-tia-remiss-strokeenhet", "skane", ("19570129-5122", "1957-01-29"), [
    note("n1", "Besöksanteckning", "vc_hoor", "Gunnar Lindh", "läkare",
         "2024-03-21T14:05:00", "2024-03-21T15:00:00", "öppenvård", [
        ("Kontaktorsak", "Övergående talsvårigheter i går."),
        ("Anamnes", "67-årig kvinna med DM2 och hypertoni. I går kl 16 under middagslagning plötsligt svårt att hitta orden och domning i hö hand, varade ca 15 min och gick helt över. Maken bekräftar att talet var 'konstigt'. Ingen huvudvärk. Inga tidigare episoder."),
        ("Status", "BT 168/92 hö, 164/90 vä. Puls 72 reg. Neurologiskt status i dag ua: normalt tal, ingen pares, inga sensibilitetsbortfall. Inget blåsljud över karotiderna."),
        ("EKG", "SR 70, inga tecken till ischemi, inget förmaksflimmer."),
        ("Bedömning", "Trol. TIA (G45.9) med afasi och hö-sidig sensorisk påverkan. ABCD2 5 (ålder, BT, kliniska symtom, duration, diabetes)."),
        ("Åtgärd", "Trombyl 160 mg laddning givet på mottagningen. Telefonkontakt med strokejouren Lund: akut omhändertagande i dag, pat skickas direkt. Ingen bilkörning tills vidare."),
    ], system="PMO")],
    [], ["NL102"],
    "PMO: 'Trol. TIA (G45.9)' in a Skåne vårdcentral note must not trigger NL102")

case("skane-pmo-vc-dd-reumatoid-vs-psoriasisartrit", "skane", ("19790603-8869", "1979-06-03"), [
    note("n1", "Besöksanteckning", "vc_tomelilla", "Jessica Blomqvist", "läkare",
         "2024-05-15T09:10:00", "2024-05-15T10:20:00", "öppenvård", [
        ("Kontaktorsak", "Ledvärk och svullnad i fingrarna sedan 3 månader."),
        ("Anamnes", "44-årig kvinna, undersköterska. Morgonstelhet i händerna ca 1 timme, svullnad i flera fingerleder bilat, även ont i framfötterna. Psoriasis i hårbotten sedan tonåren, ingen nagelpåverkan hon vet om. Mamma har reumatoid artrit."),
        ("Status", "Synovit i MCP 2–3 bilat och PIP 3 hö. Kompressionsöm över MTP-lederna bilat. Hårbotten: fjällande plack. Naglar: enstaka gropar (pitting) på vä hand. Ingen daktylit."),
        ("Lab", "SR 34, CRP 19. RF 28 (svagt pos), anti-CCP under analys. Urat 260."),
        ("Bedömning", "Polyartrit sedan 3 mån.\nDD:\n– reumatoid artrit (symmetri, MCP, svagt pos RF, hereditet)\n– psoriasisartrit (psoriasis i hårbotten, nagelgropar)"),
        ("Åtgärd", "Remiss reumatologen SUS Lund, förtur. Naproxen 500 mg x 2 med Omeprazol i avvaktan. Rtg händer och fötter beställt."),
    ], system="PMO")],
    [], ["NL102"],
    "PMO: a DD list over two lines (RA vs psoriasisartrit) is not shown to the patient as a diagnosis")

case("skane-pmo-vc-misstankt-hjartsvikt-med-icd", "skane", ("19450918-3598", "1945-09-18"), [
    note("n1", "Besöksanteckning", "vc_limhamn", "Henrik Möller", "läkare",
         "2024-09-09T13:30:00", "2024-09-09T14:45:00", "öppenvård", [
        ("Kontaktorsak", "Svullna ben och andfåddhet vid ansträngning."),
        ("Anamnes", "78-årig man med hypertoni och genomgången hjärtinfarkt 2016. Sedan sommaren allt svullnare ben och andfådd i trappan till 2:a våningen, måste vila en gång. Sover med två kuddar sedan några veckor. Vikt +4 kg sedan i våras."),
        ("Status", "BT 156/88, puls 88 reg, sat 95 %. Halsvenstas. Cor: RR, 2/6 systoliskt blåsljud apex. Pulm: fina krepitationer basalt bilat. Ben: pittingödem till knäna."),
        ("Lab", "NT-proBNP 2 860. Krea 112. Hb 128. TSH normalt."),
        ("EKG", "SR 86, Q-vågor II, III, aVF (gamla), oförändrat mot 2022."),
        ("Diagnos", "Misstänkt hjärtsvikt (I50.9)"),
        ("Åtgärd", "Furosemid 40 mg x 1 i 1 v, kontroll vikt och krea. Remiss ekokardiografi, Klinisk fysiologi SUS Malmö. Återbesök 2 v hos DSK."),
    ], system="PMO")],
    [], ["NL102"],
    "PMO: a coded hedged diagnosis line 'Misstänkt hjärtsvikt (I50.9)' is not visible in Skåne primary care")

case("skane-pmo-hemsjukvard-trol-alzheimer-utkast", "skane", ("19360412-7229", "1936-04-12"), [
    note("n1", "Besöksanteckning", "vc_simrishamn", "Mattias Ohlsson", "läkare",
         "2024-06-27T15:20:00", None, "öppenvård", [
        ("Kontaktorsak", "Hembesök, uppföljning av kognitiv svikt."),
        ("Anamnes", "88-årig kvinna som bor med maken i villa. Maken beskriver att hon sedan 2 år glömmer samtal, har tappat bort sig i Simrishamn två gånger och inte längre klarar av att laga mat. Ingen stegvis försämring, inga hallucinationer, inga fall."),
        ("Status", "Vänlig, god fasad. Orienterad till person, ej till tid. Klocktest: kan ej placera visarna. MMSE 19/30, tydligast bortfall på minne och orientering. Inga fokala neurologiska fynd. Gång stabil."),
        ("Lab", "B12, folat, TSH, Ca, glukos, krea, Hb tagna i maj — alla normala."),
        ("Rtg", "DT hjärna 2024-06-10: måttlig central och kortikal atrofi, mest uttalad temporalt bilat, inga infarkter."),
        ("Bedömning", "Måttlig kognitiv svikt, trol. Alzheimers sjukdom av sen debut. Ej aktuellt med ytterligare utredning enl. pat och make."),
        ("Åtgärd", "Start Donepezil 5 mg 1x1, öka till 10 mg om 6 v. Biståndshandläggare kontaktas om dagverksamhet. Uppföljning hembesök 3 mån."),
    ], system="PMO")],
    [], ["NL102"],
    "unsigned PMO draft: 'trol. Alzheimers sjukdom' is not shown — must_not NL102")
# ============================================================================
# NL102 negatives (near misses), part B
# ============================================================================

case("vgr-medmott-hedgar-bara-foljsamhet-och-orsak", "vgr", ("19460726-1940", "1946-07-26"), [
    note("n1", "Mottagningsanteckning", "alingsas_med", "Jonas Åström", "läkare",
         "2024-04-09T10:50:00", "2024-04-09T12:30:00", "öppenvård", [
        ("Kontaktorsak", "Högt INR vid kontroll, blåmärken."),
        ("Anamnes", "77-årig kvinna med förmaksflimmer (I48.2) och mekanisk mitralisklaff sedan 2009, Waranbehandlad. INR 5,8 vid kontroll i måndags (mål 2,5–3,5). Har fått blåmärken på armarna. Inga näsblödningar, ingen melena. Sedan i torsdags Ciprofloxacin från jourcentralen för en urinvägsinfektion."),
        ("Läkemedel", "Waran enl. dosering, Bisoprolol 2,5 mg, Furosemid 20 mg, Levaxin 75 mikrog. Ny: Ciprofloxacin 500 mg x 2 t.o.m. i morgon."),
        ("Status", "Opåverkad. BT 136/78, puls 74 oregelbunden. Ekkymoser på båda underarmarna, inga hematom i övrigt. Mekaniskt klaffljud."),
        ("Lab", "PK-INR 5,8 (måndag) -> 4,6 (i dag efter hoppad dos). Hb 124. TPK 214."),
        ("Bedömning", "Överantikoagulation utan allvarlig blödning. Orsaken är den kända interaktionen med Ciprofloxacin, och pat berättar också att hon troligen tagit dubbel dos i söndags då dosetten var felfylld. Följsamheten till doseringsschemat har sannolikt brustit även tidigare."),
        ("Åtgärd", "Waran-dosen sänks i 3 dagar enl. AK-journal, nytt INR fredag. Inget Konakion. Dosett fylls hädanefter av apoteket (ApoDos). Anhörig (sonen) hjälper till."),
    ])],
    [], ["NL102", "NL101"],
    "troligen/sannolikt qualify a double dose and adherence to the dosing schedule — not diagnoses; AF and the mechanical valve are certain")

case("skane-kard-symtom-hedgade-hjartsvikt-kand", "skane", ("19550305-5674", "1955-03-05"), [
    note("n1", "Mottagningsanteckning", "csk_kard", "Louise Hammar", "läkare",
         "2024-10-01T08:20:00", "2024-10-01T10:05:00", "öppenvård", [
        ("Kontaktorsak", "Planerat återbesök, hjärtsvikt med nedsatt EF."),
        ("Anamnes", "69-årig man med HFrEF (I50.1), ischemisk genes, EF 30 % vid eko i april. Sedan insättning av Entresto bättre ork. Senaste veckan möjligen något mer andfådd i uppförsbacke. Ev. lite feber i helgen enl. frun, mätte inte. Ingen ortopné. Viktkurvan stabil 84–85 kg."),
        ("Läkemedel", "Entresto 97/103 mg x 2, Bisoprolol 7,5 mg, Eplerenon 25 mg, Forxiga 10 mg, Furosemid 20 mg, Atorvastatin 80 mg, Trombyl 75 mg."),
        ("Status", "BT 108/66, puls 62 SR, sat 97 %. Vikt 84,6 kg. Inga halsvenstas. Pulm: ves a-ljud, inga rassel. Inga ödem."),
        ("Lab", "NT-proBNP 1 180 (april 2 940). Krea 118, K 4,9, Na 138. Hb 141."),
        ("Bedömning", "Stabil hjärtsvikt i NYHA II, optimerad behandling i fyra läkemedelsgrupper. Lätt kaliumstegring, acceptabel. Den lätta andfåddheten i backar bedöms inte som försämring."),
        ("Planering", "Oförändrad medicinering. Kontroll K/krea om 4 v. Eko i januari för ställningstagande till ICD/CRT om EF fortsatt ≤ 35 %. Influensa- och covidvaccination via VC."),
    ])],
    [], ["NL102", "NL101"],
    "hedges (möjligen, ev.) only touch symptoms — more breathless, a fever — not diagnoses; HFrEF is certain")

case("vgr-akut-aortadissektion-uteslutes", "vgr", ("19690814-9310", "1969-08-14"), [
    note("n1", "Akutanteckning", "su_akut", "Jakob Lindström", "läkare",
         "2024-07-14T03:20:00", "2024-07-14T05:10:00", "öppenvård", [
        ("Kontaktorsak", "Bröstsmärta som strålar mot ryggen."),
        ("Anamnes", "54-årig man, hypertoni, lyfte tunga kartonger vid flytt i går. Vaknade kl 01 av skarp smärta i bröstet mellan skulderbladen, värre vid vridning och djupandning. Ingen svimning, inga bortfall, ingen buksmärta."),
        ("Status", "Opåverkad. BT hö arm 158/94, vä arm 154/92. Puls 78 reg. Sat 98 %. Cor: RR, inget diastoliskt blåsljud. Pulm: ua. Palpationsömhet paravertebralt Th5–Th7 och över revbensfästen vä, som reproducerar smärtan. Perifera pulsar palp bilat."),
        ("Lab", "TnT 8 och 7 (0/3 h). D-dimer 0,3. Hb 152, krea 84."),
        ("EKG", "SR 76, vänsterkammarhypertrofi, oförändrat mot 2022."),
        ("DT", "DT-aorta med kontrast: normal aortadiameter, ingen dissektion, inget intramuralt hematom."),
        ("Bedömning", "Aortadissektion uteslutes med DT-aorta. ACS uteslutet med två normala TnT och oförändrat EKG. Muskuloskeletal bröstryggsmärta efter lyft (M54.6)."),
        ("Åtgärd", "NSAID + Paracetamol 3 dagar. Hypertonin följs upp på VC. Hemgång."),
    ])],
    [], ["NL102", "NL101"],
    "'uteslutes'/'uteslutet' close both serious hypotheses; the final diagnosis is certain")

case("skane-akut-dd-lista-alla-punkter-uteslutna", "skane", ("19920126-4034", "1992-01-26"), [
    note("n1", "Akutanteckning", "ystad_akut", "Elsa Westberg", "läkare",
         "2024-02-26T16:15:00", "2024-02-26T19:30:00", "öppenvård", [
        ("Kontaktorsak", "Hö-sidig bröstsmärta vid andning sedan i morse."),
        ("Anamnes", "32-årig man, lång och smal, rökare. Plötslig stickande smärta hö sida av bröstet kl 07, värre vid djupandning. Lätt andfådd vid trappgång. Förkyld för en vecka sedan. Inga tidigare lungsjukdomar."),
        ("Status", "Opåverkad. BT 128/80, puls 84, AF 16, sat 98 % luft, temp 37,1. Pulm: symmetriska a-ljud, inga biljud, ingen dämpning. Cor: RR, inget gnidningsljud. Ben: ua."),
        ("Lab", "D-dimer 0,7. TnT 6. CRP 9."),
        ("Utredning", "DD:\n– pneumothorax — ingen pneumothorax på rtg pulm\n– lungemboli — DT-angio lungor utan embolier\n– aortadissektion — ingen dissektion på samma DT\n– perikardit — normalt EKG, inget gnidningsljud, TnT normalt"),
        ("Bedömning", "Samtliga differentialdiagnoser utredda och uteslutna. Andningskorrelerad bröstväggssmärta efter luftvägsinfektion."),
        ("Åtgärd", "Ipren 400 mg x 3 i 5 dagar. Rökstopp rekommenderas. Åter vid ökande andfåddhet."),
    ])],
    [], ["NL102", "NL101"],
    "a DD list over four lines in which every item is answered negatively in the same line: no open hypothesis remains")

case("vgr-neuro-gbs-misstanken-avskrivs-b12-brist", "vgr", ("19510118-7770", "1951-01-18"), [
    note("n1", "Läkaranteckning", "su_neuro", "Tove Ekberg", "läkare",
         "2024-10-30T14:10:00", "2024-10-30T16:00:00", "slutenvård", [
        ("Aktuellt", "73-årig man inlagd 27/10 med 6 veckors stickningar i fötterna och ostadig gång, remitterad från akuten med frågan om GBS. Åt Metformin i 15 år. Sparsam kost sedan hustruns död."),
        ("Status", "Kraft 5/5 i alla muskelgrupper. Akillesreflexer saknas bilat, patellarreflexer svaga. Vibrationssinne upphävt till knäna, ledsinne nedsatt i tårna. Positiv Romberg. Ingen autonom påverkan."),
        ("Undersökningar", "LP 28/10: celler 2, protein 0,38 g/L (normalt). Neurografi 29/10: axonal sensorisk polyneuropati, inga demyeliniserande drag, inga ledningsblock."),
        ("Lab", "B12 98 pmol/L (lågt), holo-TC lågt, homocystein 38. Hb 112, MCV 108. Folat normalt. HbA1c 48."),
        ("Bedömning", "Misstanken om GBS avskrivs: normal likvor, ingen pares och neurografi utan demyelinisering. B12-brist (E53.8) med sensorisk polyneuropati och funikulär påverkan, med bidrag från långvarig Metforminbehandling och bristfällig kost."),
        ("Planering", "Cyanokobalamin 1 mg im dagligen i 1 v, därefter varje vecka i 1 mån, sedan peroralt 1 mg x 1 livslångt. Fysioterapeut, gånghjälpmedel. Hemgång i morgon. Uppföljning VC 3 mån med B12 och blodstatus."),
    ])],
    [], ["NL102", "NL101"],
    "'frågan om GBS' from the referral is closed by 'Misstanken om GBS avskrivs'; the B12 deficiency neuropathy is lab-verified")

case("skane-orto-misstankt-hoftfraktur-bekraftad-pa-dt", "skane", ("19420322-2403", "1942-03-22"), [
    note("n1", "Inskrivningsanteckning", "hassleholm_orto", "Per Engdahl", "läkare",
         "2024-01-08T18:20:00", "2024-01-08T20:15:00", "slutenvård", [
        ("Inkomstorsak", "Fall på isig trottoar, ont i vä höft."),
        ("Anamnes", "81-årig kvinna som halkade utanför ICA i eftermiddags. Kunde resa sig med hjälp men har mycket ont i vä ljumske vid belastning. Ingen huvudskada. Bor själv, går utan hjälpmedel."),
        ("Tidigare sjukdomar", "Hypertoni, hypotyreos, osteoporos (T-score -3,1 i ländrygg 2022), tar Alendronat."),
        ("Status", "Vä ben ej förkortat, lätt utåtroterat. Smärta vid passiv rotation och axial stöt. Distalstatus ua. BT 152/84, puls 80, sat 96 %."),
        ("Rtg", "Rtg vä höft: ingen säker fraktur. Pga klinisk misstanke kompletterande DT vä höft: odislocerad lateral collumfraktur vä (Garden I)."),
        ("Diagnos", "Lårbenshalsfraktur vä, odislocerad (S72.00). Misstänkt höftfraktur vid ankomst, bekräftad på DT."),
        ("Planering", "Operation med två parallella skruvar (Hansson-pins) i morgon förmiddag. Preop enl. höftfrakturspår, fasta från midnatt. Fragmin 5000 E kl 20. Smärtlindring med femoralisblockad givet på akuten."),
    ])],
    [], ["NL102", "NL101"],
    "'Misstänkt höftfraktur vid ankomst, bekräftad på DT' — the suspicion is confirmed in the same note (negative X-ray, positive CT)")
# ============================================================================
# NL102 negatives (near misses), part C
# ============================================================================

case("vgr-kardmott-kant-ff-ev-byte-och-ev-elkonvertering", "vgr", ("19580629-6132", "1958-06-29"), [
    note("n1", "Mottagningsanteckning", "skas_kard", "Nils Hedlund", "läkare",
         "2024-02-20T09:15:00", "2024-02-20T10:40:00", "öppenvård", [
        ("Kontaktorsak", "Uppföljning persisterande förmaksflimmer."),
        ("Anamnes", "65-årig man med persisterande förmaksflimmer (I48.1) sedan oktober 2023, hypertoni och sömnapné med CPAP. Märker flimret som trötthet och sämre ork på cykeln. Waranbehandlad sedan 2023, INR svänger mycket (TTR 52 %)."),
        ("Läkemedel", "Waran enl. schema, Metoprolol 100 mg, Candesartan 16 mg, Atorvastatin 20 mg."),
        ("Status", "BT 134/82, puls 88 oregelbunden. Cor: oregelbunden rytm, inga blåsljud. Pulm: ua. Inga ödem. Vikt 97 kg."),
        ("EKG", "Förmaksflimmer, kammarfrekvens 84, smala QRS."),
        ("Eko", "Eko januari: EF 55 %, vä förmak lätt dilaterat (LAVI 38 ml/m2), inga klaffel."),
        ("Bedömning", "Persisterande förmaksflimmer med symtom, CHA2DS2-VASc 1 (hypertoni). Dålig INR-stabilitet."),
        ("Planering", "Ev. byte från Waran till Eliquis 5 mg x 2, diskuteras vid nästa besök när krea är kontrollerat. Ev. elkonvertering efter minst 3 veckors stabil antikoagulation. Ev. remiss för ablation om recidiv. Viktnedgång och alkoholreduktion diskuterat."),
    ])],
    [], ["NL102", "NL101"],
    "three 'Ev.' all qualify treatment plans (byte till Eliquis, elkonvertering, ablation) for a confirmed förmaksflimmer")

case("skane-kard-trolig-god-effekt-och-talar-for-hemgang", "skane", ("19400915-9866", "1940-09-15"), [
    note("n1", "Daganteckning", "lund_kard", "Martin Olofsson", "läkare",
         "2024-12-17T11:05:00", "2024-12-17T12:40:00", "slutenvård", [
        ("Aktuellt", "Vårddag 6 för akut dekompenserad hjärtsvikt med reducerad EF (I50.1) efter infektion. Känner sig piggare, har promenerat hela korridoren två gånger. Sov plant i natt."),
        ("Vitalparametrar", "BT 112/64, puls 70 SR, sat 96 % luft, AF 15. Vikt 63,1 kg (inkomst 68,9, torrvikt enl. tidigare vårdtillfälle ca 63)."),
        ("Status", "Inga halsvenstas. Pulm: inga krepitationer. Ben: inga ödem."),
        ("Lab", "NT-proBNP 8 900 -> 2 450. Krea 121 (inkomst 109), K 4,3, Na 134."),
        ("Bedömning", "Trolig god effekt av ökad diuretika och insatt Forxiga, pat är nu nära torrvikt. Lätt kreatininstegring förväntad. Förloppet talar för att hon klarar hemgång med hemsjukvårdens stöd."),
        ("Planering", "Furosemid 40 mg x 1 peroralt. Troligen hemgång onsdag efter kontroll av krea. Hjärtsviktsköterska ringer om 1 v. Hemsjukvården väger dagligen, kontakt vid uppgång > 2 kg på 3 dagar."),
    ])],
    [], ["NL102", "NL101"],
    "'Trolig god effekt', 'talar för att hon klarar hemgång' and 'Troligen hemgång' are hedges on effects and plans, not on diagnoses")

case("vgr-njurmott-syster-misstankt-polycystnjure", "vgr", ("19640217-4590", "1964-02-17"), [
    note("n1", "Mottagningsanteckning", "su_njurmott", "Katrin Borg", "läkare",
         "2024-03-13T15:10:00", "2024-03-13T16:55:00", "öppenvård", [
        ("Kontaktorsak", "Årskontroll kronisk njursjukdom."),
        ("Anamnes", "60-årig man med diabetisk njursjukdom, CKD stadium 3b (N18.3, E11.2), DM typ 2 sedan 2004. Mår bra, inga ödem, normal diures. Ingen ny läkemedelsförändring."),
        ("Hereditet", "Syster, 57 år, utreds i Uppsala för misstänkt polycystisk njursjukdom efter fynd av cystor på DT. Pappa avled av hjärtinfarkt 62 år. Ingen känd njursjukdom i övrigt i släkten."),
        ("Status", "BT 138/78, vikt 92 kg. Inga ödem. Fotstatus: nedsatt monofilament bilat, inga sår."),
        ("Lab", "Krea 152, eGFR 40 (i fjol 43). U-alb/krea 42. HbA1c 56. K 4,8. Hb 128. PTH 9,2, fosfat 1,2."),
        ("UL njurar", "UL 2022: normalstora njurar, 10,8 och 11,0 cm, inga cystor."),
        ("Bedömning", "Långsamt progredierande diabetisk njursjukdom, årlig eGFR-förlust ca 3. Albuminuri måttlig. Ingen anledning att misstänka cystnjuresjukdom hos pat själv mot bakgrund av normalt UL."),
        ("Planering", "Fortsatt Ramipril 10 mg, Jardiance 10 mg. Tillägg Kerendia 10 mg, kontroll K om 4 v. Återbesök 6 mån."),
    ])],
    [], ["NL102", "NL101"],
    "the only hedged diagnosis is the sister's ('misstänkt polycystisk njursjukdom'), in Hereditet; the patient's CKD is certain")

case("skane-iva-septisk-chock-verifierad-ev-trakeostomi", "skane", ("19630818-8215", "1963-08-18"), [
    note("n1", "Daganteckning", "lund_iva", "Ulrika Söderberg", "läkare",
         "2024-09-18T13:40:00", "2024-09-18T15:25:00", "slutenvård", [
        ("Aktuellt", "IVA-dygn 6. Septisk chock (R57.2) pga pneumokockpneumoni bilat (J13), blododlingar 12/9 med S. pneumoniae, penicillinkänslig. Intuberad 12/9."),
        ("Cirkulation", "Noradrenalin ut sedan i går kl 14. MAP 70–80. SR 88. Laktat 0,9."),
        ("Respiration", "PS 8/PEEP 6, FiO2 0,35, P/F 32. Rtg: regress av bilaterala infiltrat. Spontanandningstest 30 min i morse godkänt men sparsam hosta och rikligt sekret."),
        ("Neurologi", "Sedering pausad, RASS 0, följer uppmaningar, CAM-ICU neg."),
        ("Infektion", "Afebril sedan 15/9. CRP 312 -> 74. Bensylpenicillin dag 7 av planerade 10."),
        ("Njurar", "AKI stadium 2 (N17.9) i regress, krea 198 -> 116. Diures 2,4 l."),
        ("Planering", "Ev. extubation i eftermiddag om hostkraften räcker, annars nytt försök i morgon. Ev. trakeostomi om två misslyckade extubationsförsök. Fortsatt sjukgymnastik, sitter på sängkant. Närstående (hustru) informerad vid besök i går."),
    ])],
    [], ["NL102", "NL101"],
    "an ICU note where 'Ev.' only qualifies extubation and tracheostomy; all diagnoses (septic shock, pneumococcal pneumonia, AKI) are verified")

case("vgr-hem-problemlista-le-punkt-3-avskriven", "vgr", ("19720327-2948", "1972-03-27"), [
    note("n1", "Daganteckning", "su_hem", "Moa Lindqvist", "läkare",
         "2024-06-05T12:15:00", "2024-06-05T14:10:00", "slutenvård", [
        ("Aktuellt", "Dag 18 efter start av induktionsbehandling (7+3) för AML med NPM1-mutation (C92.0), diagnos och besked 14/5. Neutropen sedan dag 8. Åt frukost, orkar sitta i stolen 2 timmar."),
        ("Problemlista", "1. AML under induktion, benmärg dag 14 utan kvarvarande blaster.\n2. Neutropen feber (D70.1) sedan 1/6, blododling 1/6: Klebsiella pneumoniae i 2 av 2 flaskor, behandlas med Meropenem.\n3. Misstänkt LE 3/6 pga takykardi och sat-fall — avskriven, DT-angio 4/6 utan embolier.\n4. Mukosit grad 2, smärtlindrad med PCA."),
        ("Vitalparametrar", "Temp 37,6 (max 38,2 i går), BT 114/70, puls 98, sat 96 % luft. NEWS 3."),
        ("Lab", "Hb 82 (transfunderas 2 E i dag), LPK 0,3, neutrofila < 0,1, TPK 9 (TPK-transfusion given kl 09). CRP 146 -> 98. Krea 62."),
        ("Bedömning", "Klebsiellasepsis i förbättring på Meropenem, fortfarande djupt neutropen. Mukositen oförändrad."),
        ("Planering", "Meropenem 1 g x 3, 14 dagar totalt. Posakonazol profylax fortsätter. TPK-gräns 10 (20 vid feber). PCA Morfin oförändrat. Ny benmärg vid regeneration."),
    ])],
    [], ["NL102", "NL101"],
    "problem list item 3 'Misstänkt LE … avskriven, DT-angio utan embolier' is closed in the same line; AML was told 14/5 and all other items are certain")

case("skane-med-ingen-missanke-om-endokardit-typo", "skane", ("19850406-6674", "1985-04-06"), [
    note("n1", "Läkaranteckning", "hbg_med", "Caroline Wiik", "läkare",
         "2024-08-07T13:50:00", "2024-08-07T15:20:00", "slutenvård", [
        ("Aktuellt", "39-årig man med intravenöst missbruk (amfetamin), inlagd 5/8 med abscess i vä armbåge och feber. Abscessen incideras på akuten, odling: S. aureus (MSSA). Blododlingar 5/8 x 2 negativa."),
        ("Status", "Temp 37,2. BT 124/72, puls 80. Cor: RR, inga blåsljud. Inga splinterblödningar, inga Osler-noduli. Vä armbåge: sårkavitet 3 x 2 cm, rent, packas dagligen."),
        ("Eko", "TTE 6/8: normala klaffar, inga vegetationer, EF 60 %. TEE 7/8: inga vegetationer, ingen abscess, normala klaffar."),
        ("Lab", "CRP 186 -> 42. LPK 14 -> 8,4. Hb 129. HIV, hepatit B och C skickade (hepatit C-ak pos 2022, RNA neg efter behandling)."),
        ("Bedömning", "Hudabscess vä armbåge (L02.4) med MSSA. Negativa blododlingar och normal TEE — ingen missanke om endokardit."),
        ("Planering", "Kloxacillin iv -> Heracillin 1 g x 3 peroralt, totalt 10 dagar. Sårvård via VC. Kontakt med beroendemottagningen och sprututbytet förmedlad. Hemgång i morgon."),
    ])],
    [], ["NL102", "NL101"],
    "typo in the negation 'ingen missanke om endokardit' (for misstanke) must still read as negated")

case("vgr-med-inga-hallpunkter-for-tre-diagnoser", "vgr", ("19500703-1304", "1950-07-03"), [
    note("n1", "Epikris", "kungalv_med", "Filip Granberg", "läkare",
         "2024-11-29T14:20:00", "2024-11-29T15:50:00", "slutenvård", [
        ("Diagnoser", "Hyponatremi, läkemedelsutlöst (E87.1, Y49.2)\nDepression, behandlad (F32.1)\nHypertoni (I10)"),
        ("Orsak till inläggning", "74-årig kvinna inlagd 24/11 med förvirring och illamående, Na 118 på akuten. Hade 6 veckor tidigare börjat med Sertralin."),
        ("Vårdförlopp", "Sertralin och Hydroklortiazid utsattes. Vätskerestriktion 1 l/dygn. Na steg kontrollerat 118 -> 122 -> 126 -> 131 -> 134 utan överkorrigering. Förvirringen gick helt tillbaka. DT hjärna och rtg pulm normala. Inga hållpunkter för infektion, malignitet eller tromboembolism under vårdtiden. Kortisol och TSH normala."),
        ("Lab vid utskrivning", "Na 134, K 4,0, krea 66, osmolalitet 282. CRP < 5."),
        ("Läkemedelsförändringar", "Utsatt: Sertralin 50 mg, Hydroklortiazid 25 mg. Insatt: Mirtazapin 15 mg till natten, Amlodipin 5 mg."),
        ("Uppföljning", "Na-kontroll VC om 1 v och 4 v. Psykiatrisk uppföljning via VC-psykolog och läkare. Undvika tiazider och SSRI framöver (uppmärksamhetssignal registrerad)."),
    ])],
    [], ["NL102", "NL101"],
    "'Inga hållpunkter för infektion, malignitet eller tromboembolism' negates three diagnoses at once; the coded diagnoses are certain")

case("skane-orto-fraktur-kan-uteslutas-ej-tecken-kompartment", "skane", ("19970918-5038", "1997-09-18"), [
    note("n1", "Akutanteckning", "malmo_orto", "Jenny Åkerlund", "läkare",
         "2024-07-06T22:50:00", None, "öppenvård", [
        ("Kontaktorsak", "Motorcykelolycka, ont i hö underben."),
        ("Anamnes", "26-årig man som vid 30 km/h tappade motorcykeln i en kurva, hö ben hamnade under. Hjälm, skyddskläder. Ingen medvetandeförlust. Kan belasta men haltar."),
        ("Status", "ABCDE ua, primär och sekundär survey utan övriga skador. Hö underben: kraftig kontusion och svullnad över mediala tibia, hematom, ingen felställning. Underbenets muskelloger mjuka vid palpation, ingen smärta vid passiv töjning av tårna. Sensorik, motorik och pulsar (ADP, ATP) ua."),
        ("Rtg", "Rtg hö underben + knä + fotled: ingen fraktur. DT hö tibia pga uttalad punktömhet: ingen fraktur, inga ligamentavslitningar."),
        ("Bedömning", "Fraktur kan uteslutas efter DT. Ej tecken till kompartmentsyndrom i nuläget. Kraftig mjukdelskontusion hö underben (S80.1)."),
        ("Åtgärd", "Högläge, kyla, kryckkäppar, full belastning tillåten. NSAID + Paracetamol. Information om varningssymtom för kompartmentsyndrom (tilltagande smärta, stickningar), ska söka direkt vid sådana."),
        ("Uppföljning", "Inget planerat återbesök. Kontakt med VC vid kvarstående besvär efter 3 v."),
    ])],
    [], ["NL102", "NL101"],
    "'Fraktur kan uteslutas' (affirmative, not 'kan ej uteslutas') and 'Ej tecken till kompartmentsyndrom' are both negations (unsigned draft)")
# ============================================================================
# NL102 negatives (near misses), part D
# ============================================================================

case("vgr-med-diff-i-labbet-ar-ingen-dd", "vgr", ("19890531-8765", "1989-05-31"), [
    note("n1", "Inskrivningsanteckning", "skas_med", "Lars-Erik Nord", "läkare",
         "2024-04-27T16:30:00", "2024-04-27T18:45:00", "slutenvård", [
        ("Inkomstorsak", "Feber och sveda vid miktion, ont i vä flank."),
        ("Anamnes", "34-årig kvinna med tre dagars sveda och täta trängningar, sedan i går feber 39,6, frossa och ont i vä flank. Kräkts i morse, behåller inte vätska. Ingen graviditet (hCG neg). Inga tidigare njurbesvär."),
        ("Status", "AT: påverkad, frusen. Temp 39,1, BT 104/62, puls 118, AF 22, sat 98 %. Buk: mjuk, lätt öm suprapubiskt. Dunkömhet över vä njurloge."),
        ("Lab", "B-LPK 19,6 med diff: neutrofila 17,8, lymfocyter 0,9. Diff utan omogna celler. CRP 214. Laktat 2,6. Krea 98. U-sticka: LPK 3+, nitrit pos, blod 1+."),
        ("UL", "Bedside-UL njurar: ingen hydronefros bilat."),
        ("Bedömning", "Akut pyelonefrit vä (N10.9) med sepsis (qSOFA 2: AF, BT). Ingen avflödeshinder."),
        ("Planering", "Blododlingar x 2 och U-odling före antibiotika. Cefotaxim 2 g x 3 iv. Ringer-acetat 1 l snabbt, sedan 1 l/6 h. Vätskelista, diures. Byte till peroralt efter odlingssvar och 24 h feberfrihet."),
    ])],
    [], ["NL102", "NL101"],
    "'diff' here is the leukocyte differential count (B-LPK med diff, Diff utan omogna celler), not DD; the pyelonephritis is certain")

case("skane-kard-sp-cabg-sp-stroke-tidigare-le-i26", "skane", ("19470503-3498", "1947-05-03"), [
    note("n1", "Mottagningsanteckning", "csk_kard", "Karl Fransson", "läkare",
         "2024-05-28T13:05:00", "2024-05-28T14:50:00", "öppenvård", [
        ("Kontaktorsak", "Årskontroll kranskärlssjukdom."),
        ("Tidigare sjukdomar", "1. Kranskärlssjukdom, s/p CABG x 3 2015 (LIMA-LAD, SVG-RCA, SVG-OM).\n2. S/p ischemisk stroke vä hemisfär 2020, restsymtom lätt ordletning.\n3. Tidigare lungemboli (I26.9) 2019 efter höftprotesoperation, behandlad 6 mån, ingen ny VTE.\n4. DM typ 2.\n5. Hypertoni."),
        ("Anamnes", "77-årig man som mår bra. Promenerar 3 km dagligen med hunden utan bröstsmärta. Ingen andfåddhet. Inga nya neurologiska symtom."),
        ("Läkemedel", "Trombyl 75 mg, Clopidogrel nej (utsatt 2021), Atorvastatin 80 mg, Metoprolol 50 mg, Enalapril 10 mg, Metformin 1 g x 2."),
        ("Status", "BT 132/76, puls 58 SR. Cor: RR, inga blåsljud. Pulm: ua. Sternotomiärret läkt. Inga ödem."),
        ("Lab", "LDL 1,6, HbA1c 51, krea 102, K 4,4."),
        ("Bedömning", "Stabil kranskärlssjukdom, symtomfri. Riskfaktorer väl kontrollerade förutom LDL över målvärde 1,4."),
        ("Planering", "Tillägg Ezetimib 10 mg. Ny lipidkontroll om 3 mån via VC. Återbesök kardiologimottagningen om 1 år."),
    ])],
    [], ["NL102", "NL101"],
    "past, settled diagnoses with s/p, years and ICD codes ('Tidigare lungemboli (I26.9) 2019 … behandlad'); nothing is hedged")

case("vgr-orto-utkast-ingen-misstanke-om-dvt-negativ", "vgr", ("19590708-7125", "1959-07-08"), [
    note("n1", "Läkaranteckning", "nal_orto", "Daniel Rask", "läkare",
         "2024-03-14T10:25:00", None, "öppenvård", [
        ("Kontaktorsak", "Svullnad vä vad, 3 v efter fotledsfraktur."),
        ("Anamnes", "64-årig kvinna, opererad 21/2 med plattfixation för bimalleolär fotledsfraktur vä (S82.8). Gips och avlastning. Sedan några dagar mer svullen och öm i vaden ovanför gipskanten. Ingen andnöd, ingen bröstsmärta. Tar Fragmin 5000 E enl. ordination."),
        ("Status", "Gips avtaget för undersökning. Vä underben: lätt svullnad, omkrets vaden 1 cm större än hö. Ingen rodnad, ingen värmeökning. Operationssår läkt, suturer borttagna. God kapillär återfyllnad."),
        ("UL", "UL vä ben (röntgen NÄL): djupa vener komprimerbara från ljumske till fotled, normalt flöde. Ingen DVT."),
        ("Lab", "D-dimer 0,9 (förväntat förhöjt postoperativt). CRP 6."),
        ("Bedömning", "Ingen misstanke om DVT efter normalt UL. Svullnaden förklaras av immobilisering och postoperativ mjukdelssvullnad."),
        ("Planering", "Nytt gips i ytterligare 3 v, Fragmin fortsätter under gipstiden. Kontroll-rtg fotled 4/4. Högläge, tåövningar."),
    ])],
    [], ["NL102", "NL101"],
    "unsigned draft: 'Ingen misstanke om DVT efter normalt UL' — a negated diagnosis in a visible VGR note before signing")

case("vgr-kard-hereditet-tidigare-och-dolt-sokord", "vgr", ("19980802-1852", "1998-08-02"), [
    note("n1", "Mottagningsanteckning", "su_kard", "Ebba Strömberg", "läkare",
         "2024-08-21T13:20:00", "2024-08-21T15:45:00", "öppenvård", [
        ("Kontaktorsak", "Ventrikulära extraslag, remiss från idrottsläkare."),
        ("Anamnes", "26-årig man, elitinnebandyspelare. Hjärtklappning under träning sedan i våras. Ingen svimning. 2019 inlagd på Östra för bröstsmärta efter influensa, utreddes för misstänkt myokardit, hjärt-MR då normal och misstanken avskrevs."),
        ("Hereditet", "Bror avled plötsligt 42 år vid joggingtur, trolig plötslig hjärtdöd, ingen obduktion. Pappa har enl. pat ev. kardiomyopati, följs i Borås."),
        ("Status", "BT 122/70, puls 58 reg. Cor: RR, inga blåsljud. Inga ödem."),
        ("EKG", "SR 56, T-negativitet V1–V3, ingen säker epsilonvåg. Långtids-EKG: 2 800 VES/dygn, monomorfa, LBBB-morfologi."),
        ("Tidiga hypoteser", "ARVC? Kriterier: T-neg V1–V3 (major), VES med LBBB-morfologi (minor), hereditet för plötslig död. Pat informeras först när MR och genetik är klara."),
        ("Bedömning", "Frekventa VES hos ung idrottare med hereditet för plötslig död. Fortsatt utredning behövs innan besked om idrott kan ges."),
        ("Planering", "Hjärt-MR med kontrast. Arbetsprov. Remiss genetisk vägledning (familjen). Avstå tävlingsidrott tills utredningen är klar."),
    ])],
    [], ["NL102", "NL101"],
    "every hedge sits in a silent place: the brother and father (Hereditet), a 2019 myocarditis suspicion that was ruled out, and ARVC? under the hidden VGR sökord")

case("skane-orto-obs-som-varning-waran-och-pacemaker", "skane", ("19380129-5597", "1938-01-29"), [
    note("n1", "Inskrivningsanteckning", "hbg_orto", "Tobias Ahlström", "läkare",
         "2024-11-13T19:40:00", "2024-11-13T21:20:00", "slutenvård", [
        ("Inkomstorsak", "Fall i hemmet, ont i vä axel och vä höft."),
        ("Varning", "OBS! Waranbehandlad, mekanisk aortaklaff. OBS pacemaker (DDD), ej MR-kompatibel."),
        ("Anamnes", "86-årig man som snubblade på mattkanten i hallen. Ingen medvetandeförlust, mindes hela förloppet. Kan ej belasta vä ben."),
        ("Tidigare sjukdomar", "Mekanisk aortaklaff 2005 (aortastenos), AV-block III med pacemaker 2018, hypertoni, prostatahyperplasi."),
        ("Status", "BT 148/74, puls 70 (pacad), sat 96 %. Vä ben förkortat och utåtroterat. Vä axel: svullnad, hematom, rörelsesmärta. Distalstatus ua i arm och ben."),
        ("Rtg", "Rtg vä höft: pertrokantär femurfraktur vä (S72.10). Rtg vä axel: odislocerad fraktur i tuberculum majus humeri vä (S42.2)."),
        ("Lab", "PK-INR 2,9. Hb 128. Krea 104."),
        ("Planering", "Operation med märgspik i morgon. Waranreversering: Konakion 2 mg iv i kväll, INR-kontroll i morgon 06, mål < 1,5 för op. Bridging med Fragmin postoperativt enl. klaffkonferensens PM. Axeln behandlas konservativt med mitella. Pacemakerkontroll pre-/postop enl. rutin."),
    ])],
    [], ["NL102", "NL101"],
    "'OBS!' here is a warning flag (Waran, pacemaker), not 'obs' as a diagnostic question; both fractures are X-ray verified")
# ============================================================================
# NL101 positives (untold diagnosis in a visible section), part A
# ============================================================================

case("vgr-hem-aml-besked-ges-i-morgon", "vgr", ("19640611-9211", "1964-06-11"), [
    note("n1", "Inskrivningsanteckning", "su_hem", "Elias Wahlberg", "läkare",
         "2024-02-08T17:45:00", "2024-02-08T19:30:00", "slutenvård", [
        ("Inkomstorsak", "Remiss från SÄS: pancytopeni och blaster i perifert blod."),
        ("Anamnes", "59-årig man, lärare, tidigare frisk. Trötthet och andfåddhet i 4 veckor, blåmärken, en halsinfektion som inte läkt ut trots PcV. Rökt till 2010."),
        ("Status", "Blek, opåverkad. Temp 37,8, BT 128/78, puls 96, sat 97 %. Petekier på underbenen. Gingival hyperplasi. Ingen lymfadenopati. Lever och mjälte ej förstorade."),
        ("Lab", "Hb 78, LPK 31,4 med 58 % blaster, neutrofila 0,6, TPK 22. LD 612. Urat 488. Fibrinogen 3,2, PK-INR 1,1. Krea 92, K 4,1, fosfat 1,2."),
        ("Benmärg", "Benmärgsaspiration i eftermiddag, utstryk bedömt av hematolog kl 17: 62 % myeloiska blaster, Auerstavar. Flödescytometri bekräftar AML (C92.0). Genetik (FLT3, NPM1, karyotyp) under analys."),
        ("Information", "Pat ännu ej informerad om diagnosen — besked ges i morgon förmiddag av ansvarig hematolog när hustrun kan vara med. Pat vet att benmärgsprov tagits och att svaret gås igenom i morgon."),
        ("Planering", "Hydrering 3 l/dygn, Allopurinol 300 mg. TPK-transfusion om < 10. Ekokardiografi och CVK (PICC) i morgon inför induktion. Fertilitetsfrågan tas upp vid beskedet. Isoleringsrum."),
    ])],
    ["NL101"], ["NL102"],
    "verified AML in the Benmärg section and 'Pat ännu ej informerad om diagnosen — besked ges i morgon' in a visible VGR note")

case("skane-med-levermetastaser-besked-pa-mottagning", "skane", ("19510330-3946", "1951-03-30"), [
    note("n1", "Läkaranteckning", "malmo_med", "Simon Ekdahl", "läkare",
         "2024-05-08T15:20:00", "2024-05-08T16:55:00", "slutenvård", [
        ("Aktuellt", "73-årig kvinna inlagd 6/5 med illamående, viktnedgång och förhöjda leverprover. Koloskopi 2021 pga anemi visade en polyp som avlägsnades, ej kontrollerad sedan."),
        ("Status", "Opåverkad. Lätt ikterus i sklera. Buk: förstorad, knölig lever 4 tvärfingrar under arcus. Ingen ascites. BT 138/76, puls 82."),
        ("Lab", "Bili 48, ALP 8,4, GT 6,1, ALAT 1,2. CEA 412. Albumin 32. Hb 104. Krea 64."),
        ("DT", "DT thorax/buk 7/5: multipla levermetastaser i båda leverloberna, största 6 cm i segment 7. Väggförtjockning i colon ascendens förenlig med primärtumör. Inga lungmetastaser."),
        ("Bedömning", "Levermetastaser (C78.7) från trolig koloncancer. Leverbiopsi planeras i morgon för att fastställa primärtumör och mutationsstatus."),
        ("Information", "Pat ej informerad om DT-fyndet i dag. Hon har uttryckt att hon vill ha sin son med vid alla besked; besked ges vid samtal 10/5 med onkolog från SUS Lund och kontaktsjuksköterska."),
        ("Planering", "UL-ledd leverbiopsi 9/5. Koloskopi i avvaktan på PAD. Kontakt med onkologen för MDK-anmälan. Smärta och illamående lindras med Primperan vb."),
    ])],
    ["NL101"], [],
    "'Levermetastaser (C78.7)' stands in Bedömning while 'Pat ej informerad om DT-fyndet … besked ges vid samtal 10/5'")

case("vgr-neuro-als-diagnosbesked-planeras-pat-vet-inte", "vgr", ("19600923-7675", "1960-09-23"), [
    note("n1", "Mottagningsanteckning", "su_neuromott", "Karolina Sjödin", "läkare",
         "2024-05-29T14:00:00", "2024-05-29T15:50:00", "öppenvård", [
        ("Kontaktorsak", "Genomgång av neurofysiologiskt utlåtande, tidigare utredning för svaghet i hö hand."),
        ("Anamnes", "63-årig man, snickare, sedan ett år tilltagande svaghet i hö hand, muskelryckningar i armarna och nu även svårt att gå i trappor. Inga sensoriska besvär. Talet påverkat sista månaden enl. hustrun."),
        ("Status", "Atrofi av thenar och interossei hö, fascikulationer i båda överarmarna och tungan. Kraft hö hand 3/5, vä 4/5, höftflexion 4/5 bilat. Livliga reflexer i armar och ben, Babinski pos hö. Lätt dysartri."),
        ("Undersökningar", "Neurografi/EMG 21/5: utbredd akut och kronisk denervation i bulbära, cervikala och lumbosakrala regioner, normala sensoriska svar. MR hjärna och halsrygg utan strukturell förklaring. CK 380."),
        ("Bedömning", "ALS (G12.2) enligt Gold Coast-kriterierna, med övre och nedre motorneuronpåverkan i tre regioner."),
        ("Information", "Diagnosbesked planeras till 3/6 med kurator och ALS-sjuksköterska närvarande. Pat vet ännu inte om diagnosen; han har i dag fått veta att alla undersökningssvar är klara och bett att få ta med hustru och dotter."),
        ("Planering", "Bokat 3/6 kl 13, dubbeltid. Remiss till ALS-teamet. Riluzol och logoped tas upp vid beskedet. Spirometri i samband med besöket."),
    ])],
    ["NL101"], ["NL102"],
    "'ALS (G12.2)' is a settled diagnosis in Bedömning while 'Pat vet ännu inte om diagnosen' — NL101 in a VGR outpatient note")

case("skane-njurmott-iga-biopsi-besked-vid-aterbesok", "skane", ("19931122-2310", "1993-11-22"), [
    note("n1", "Mottagningsanteckning", "malmo_njurmott", "Anna-Karin Lundh", "läkare",
         "2024-09-26T11:35:00", "2024-09-26T12:50:00", "öppenvård", [
        ("Kontaktorsak", "Svar på njurbiopsi, läkarens genomgång (pat ej närvarande)."),
        ("Bakgrund", "30-årig man utredd för mikroskopisk hematuri och proteinuri 1,2 g/dygn upptäckt vid mönstring 2023. Njurbiopsi utförd 12/9 utan komplikationer."),
        ("PAD", "Njurbiopsi: 22 glomeruli, varav 2 globalt skleroserade. Mesangial proliferation, mesangiala IgA-depositioner på immunfluorescens. MEST-C: M1 E0 S1 T0 C0."),
        ("Bedömning", "IgA-nefropati (N02.8), MEST-C M1 S1, måttlig proteinuri, eGFR 84. Ingen indikation för immunsuppression i nuläget."),
        ("Lab", "Krea 98, eGFR 84. U-prot 1,1 g/dygn. BT hemma 132/84."),
        ("Information", "Pat ej informerad ännu, besked ges vid återbesök 2/10 då vi också går igenom behandling och prognos. Sköterskan har bekräftat tiden med pat per telefon."),
        ("Planering", "Start Losartan 50 mg och Jardiance 10 mg diskuteras vid besöket. Kontroll krea/K 2 v efter start. Årlig uppföljning av U-prot."),
    ])],
    ["NL101"], ["NL102"],
    "a biopsy-proven IgA-nefropati in PAD and Bedömning, 'Pat ej informerad ännu, besked ges vid återbesök 2/10'")

case("vgr-kard-hcm-pat-har-inte-fatt-svaret", "vgr", ("19870704-6044", "1987-07-04"), [
    note("n1", "Läkaranteckning", "skas_kard", "Oskar Malm", "läkare",
         "2024-03-04T16:10:00", "2024-03-04T17:05:00", "öppenvård", [
        ("Kontaktorsak", "Svar hjärt-MR, journalgenomgång."),
        ("Bakgrund", "36-årig kvinna remitterad efter blåsljud vid graviditetskontroll 2023 och avvikande EKG. Ekokardiografi i januari visade septumhypertrofi 18 mm."),
        ("Hjärt-MR", "Hjärt-MR 28/2: asymmetrisk septal hypertrofi, max 19 mm, SAM av mitralisklaffen med LVOT-gradient, fläckvis sen gadoliniumuppladdning i septum (LGE 6 %). EF 68 %."),
        ("Bedömning", "Obstruktiv hypertrof kardiomyopati (I42.1). Riskskattning för plötslig död (HCM Risk-SCD) 3,1 % på 5 år."),
        ("Information", "Pat har inte fått svaret än. Informeras vid återbesök 11/3 om diagnosen, ärftlighet och konsekvenser för körkort, idrott och framtida graviditet."),
        ("Planering", "Långtids-EKG 48 h före besöket. Remiss genetisk utredning (sarkomerpanel) och kaskadscreening av förstagradssläktingar. Betablockad (Bisoprolol 2,5 mg) startas vid besöket."),
    ])],
    ["NL101"], ["NL102"],
    "settled HCM in a visible section and 'Pat har inte fått svaret än. Informeras vid återbesök 11/3 om diagnosen'")

case("vgr-barnonk-all-foraldrar-ej-informerade", "vgr", ("20170318-9769", "2017-03-18"), [
    note("n1", "Inskrivningsanteckning", "dsbus_barnonk", "Maria Fagerström", "läkare",
         "2024-10-14T18:30:00", "2024-10-14T20:50:00", "slutenvård", [
        ("Inkomstorsak", "Remiss från barnakuten NÄL: blekhet, feber, blåmärken."),
        ("Anamnes", "7-årig flicka, tidigare frisk. Trött och blek i 3 veckor, ont i benen på nätterna, blåmärken på smalbenen. Feber 38–39 i 5 dagar. Vaccinerad enl. program."),
        ("Status", "Blek, trött men kontaktbar. Temp 38,4, puls 128, BT 102/60, sat 98 %. Petekier på bålen. Förstorade lymfkörtlar på halsen bilat, 1,5–2 cm. Lever 3 cm och mjälte 4 cm under arcus."),
        ("Lab", "Hb 64, LPK 48, TPK 18. Blodutstryk: 84 % lymfoblaster. LD 1 240, urat 520. Krea 48."),
        ("Benmärg", "Benmärgsaspiration under narkos i eftermiddag: 91 % lymfoblaster. Flödescytometri: B-ALL (C91.0), CD10+. Genetik pågår."),
        ("Information", "Föräldrarna ej informerade ännu om diagnosen. De vet att prov tagits för att se varför blodvärdena är låga. Informationssamtal i morgon kl 10 med ansvarig barnonkolog, kontaktsjuksköterska och kurator."),
        ("Planering", "Hyperhydrering 3 l/m2, Allopurinol. Erytrocyt- och TPK-transfusion i kväll. CVK-inläggning och LP onsdag. Protokoll ALLTogether1."),
    ])],
    ["NL101"], ["NL102"],
    "a child under 13: the guardians (who read the journal) are not yet told about B-ALL; the diagnosis is visible in VGR Melior")

case("vgr-geri-alzheimer-dottern-vet-pat-inte", "vgr", ("19400525-4497", "1940-05-25"), [
    note("n1", "Mottagningsanteckning", "alingsas_geri", "Birgitta Sahlin", "läkare",
         "2024-04-23T13:15:00", "2024-04-23T15:00:00", "öppenvård", [
        ("Kontaktorsak", "Genomgång av demensutredning."),
        ("Anamnes", "83-årig man med 2 års minnesstörning, hustrun avled i fjol, bor ensam med hemtjänst. Dottern deltar, har sett honom glömma spisen på flera gånger."),
        ("Utredning", "MMSE 20/30, klocktest patologiskt. DT hjärna: uttalad temporal atrofi bilat, måttliga vitsubstansförändringar. Likvor: sänkt Aβ42/40-kvot, förhöjt p-tau. Blodprover utan annan förklaring."),
        ("Bedömning", "Alzheimers sjukdom med sen debut (F00.1/G30.1), måttlig svårighetsgrad, med vaskulärt inslag i vitsubstansen."),
        ("Information", "Dottern informerad om Alzheimerdiagnosen per telefon i går på hennes begäran. Pat själv ej informerad än — han var trött och avvisande i dag och vi valde att avbryta; besked lämnas vid hembesök 2/5 tillsammans med demenssjuksköterskan."),
        ("Planering", "Start Donepezil 5 mg efter beskedet. Körkortsfrågan tas upp vid hembesöket, anmälan enl. lag vid fortsatt bilkörning. Biståndsbedömning för ökad hemtjänst."),
    ])],
    ["NL101"], ["NL102"],
    "the daughter knows, the patient himself is 'ej informerad än' about a settled Alzheimer diagnosis that stands in Bedömning")

case("skane-onk-ska-ej-meddelas-fore-mdk", "skane", ("19560810-8139", "1956-08-10"), [
    note("n1", "Läkaranteckning", "lund_onk", "Sebastian Roos", "läkare",
         "2024-04-17T09:40:00", None, "öppenvård", [
        ("Bakgrund", "67-årig man, rökare 50 pack-years, utredd via SVF lunga för hosta, viktnedgång 6 kg och förstorad körtel i hö hilus. Bronkoskopi med EBUS 12/4."),
        ("PAD", "EBUS-TBNA station 4R och 7: småcellig lungcancer (C34.1), Ki-67 90 %."),
        ("Staging", "DT thorax/buk 3/4: 4 cm tumör hö överlob, mediastinala lymfkörtlar. Inga fjärrmetastaser på DT. PET-DT och MR hjärna beställda."),
        ("Bedömning", "Småcellig lungcancer, begränsad sjukdom om PET och MR hjärna är negativa, annars utbredd."),
        ("Information", "Ska ej meddelas pat förrän MDK 22/4 har tagit ställning till behandlingsinriktning, enl. överenskommelse med pat som vill få diagnos och plan samtidigt. Kontaktsjuksköterskan har informerat pat om att svaren gås igenom 23/4."),
        ("Planering", "MDK lunga 22/4. Läkarbesök med kontaktsjuksköterska 23/4 kl 14. Preliminärt kemoradioterapi (Cisplatin/Etoposid + strålning) vid begränsad sjukdom."),
    ])],
    ["NL101"], [],
    "'Ska ej meddelas pat förrän MDK 22/4' with a PAD-verified småcellig lungcancer in visible PAD and Bedömning sections (unsigned draft)")

case("vgr-med-pat-vet-anu-inte-skivepitelcancer-typo", "vgr", ("19490117-2868", "1949-01-17"), [
    note("n1", "Daganteckning", "nal_med", "Henrik Ståhl", "läkare",
         "2024-06-18T11:30:00", "2024-06-18T13:40:00", "slutenvård", [
        ("Aktuellt", "Vårddag 6. 75-årig kvinna inlagd med hemoptys och atelektas hö mellanlob. Bronkoskopi 14/6 med biopsi från en exofytisk tumör i mellanlobsbronken. Mår bättre, ingen hemoptys sedan 15/6."),
        ("Vitalparametrar", "BT 142/80, puls 76, sat 94 % luft, temp 37,0."),
        ("PAD", "Bronkbiopsi 14/6: skivepitelcancer (C34.2), PD-L1 TPS 60 %."),
        ("Lab", "Hb 116, CRP 22, Ca 2,41, Na 138."),
        ("Bedömning", "Lungcancer av skivepiteltyp i hö mellanlob med atelektas. Staging med PET-DT pågår."),
        ("Information", "Pat vet änu inte om att bronkoskopin visade skivepitelcancer. Hon har bett att sonen, som kommer från Stockholm i morgon, ska vara med när svaret ges."),
        ("Planering", "Samtal med pat och son 19/6 kl 14 med kontaktsjuksköterska. PET-DT 20/6. Anmälan till lung-MDK 25/6. Hemgång planeras efter samtalet."),
    ])],
    ["NL101"], ["NL102"],
    "'Pat vet ännu inte om att bronkoskopin visade skivepitelcancer' with the diagnosis also in PAD and Bedömning (typo 'änu')")

case("skane-iva-hypoxisk-hjarnskada-pat-sederad-ej-informerad", "skane", ("19660228-6590", "1966-02-28"), [
    note("n1", "Daganteckning", "csk_iva", "Linda Eklund", "läkare",
         "2024-03-03T14:30:00", "2024-03-03T16:15:00", "slutenvård", [
        ("Aktuellt", "IVA-dygn 4 efter hjärtstopp utanför sjukhus 28/2, asystoli, ROSC efter 22 min. Sedering ute sedan 36 h."),
        ("Neurologi", "GCS 6 (E2 V1 M3) utan sedering. Pupiller ljusreaktiva, cornealreflexer bilat. Myoklonier i ansiktet i går, behandlade med Levetiracetam. EEG 2/3: kontinuerlig lågvoltage bakgrund utan epileptiform aktivitet."),
        ("Rtg", "DT hjärna 3/3: generellt svullen hjärna med utsuddad grå-vit gräns, förenligt med omfattande hypoxisk hjärnskada. MR planeras."),
        ("Lab", "NSE 72 (dag 3). Laktat 0,8. Krea 88."),
        ("Bedömning", "Omfattande hypoxisk hjärnskada (G93.1) efter långvarig cirkulationsstillestånd. Multimodal prognostisering dag 5 enl. PM."),
        ("Information", "Hustrun och vuxen son informerade om DT-fynden i dag. Pat själv ej informerad — han är inte kontaktbar."),
        ("Planering", "MR hjärna och SSEP 5/3. Fortsatt understödjande IVA-vård. Nytt närståendesamtal efter prognostiseringen."),
    ])],
    ["NL101"], [],
    "relatives told, 'Pat själv ej informerad' about a settled hypoxic brain injury that stands in Bedömning; NL101 does not depend on why he is untold")
# ============================================================================
# NL101 positives, part B
# ============================================================================

case("skane-orto-skelettmetastas-pad-onkologen-tar-beskedet", "skane", ("19530402-1214", "1953-04-02"), [
    note("n1", "Daganteckning", "hbg_orto", "Gustav Kjellberg", "läkare",
         "2024-08-26T10:15:00", "2024-08-26T12:05:00", "slutenvård", [
        ("Aktuellt", "Postop dag 5 efter märgspikning av patologisk subtrokantär femurfraktur hö. Mobiliseras med gåbord, full belastning tillåten. Smärtan VAS 3."),
        ("Status", "Sår torrt, ingen rodnad. Distalstatus ua. BT 134/80, puls 76, temp 37,1."),
        ("PAD", "Urborrningsmaterial från femur 21/8: metastas av adenocarcinom, immunprofil TTF-1 pos, CK7 pos — lungprimär."),
        ("Diagnos", "Patologisk fraktur hö femur (M84.4) pga skelettmetastas (C79.5) från lungcancer (C34.9)."),
        ("Lab", "Hb 104, Ca 2,62, ALP 4,8, krea 76."),
        ("Information", "Pat ej informerad om PAD-svaret. Onkologen SUS Lund tar beskedet vid konsultbesök på avdelningen onsdag 28/8, enl. överenskommelse med onkolog-bakjouren."),
        ("Planering", "DT thorax/buk för staging 27/8. Zoledronsyra efter onkologbedömning. Fortsatt Fragmin 5000 E i 4 v. Fysioterapi."),
    ])],
    ["NL101"], ["NL102"],
    "a coded, verified metastatic diagnosis in the Diagnos section of an orthopaedic note while 'Pat ej informerad om PAD-svaret'")

case("vgr-hemmott-kll-ej-infomerad-typo", "vgr", ("19540306-4941", "1954-03-06"), [
    note("n1", "Läkaranteckning", "sas_hem", "Petra Lindkvist", "läkare",
         "2024-07-02T15:50:00", "2024-07-02T16:40:00", "öppenvård", [
        ("Kontaktorsak", "Provsvar, journalgenomgång utan pat."),
        ("Bakgrund", "70-årig kvinna remitterad från VC Fristad pga lymfocytos 12,4 vid hälsokontroll. Inga B-symtom, inga infektioner. Besök hos mig 20/6."),
        ("Flödescytometri", "Perifert blod 24/6: monoklonal B-cellspopulation CD5+ CD23+ CD20 svag, kappa-restriktion, 11,8 x 10^9/L. Förenligt med KLL, Matutes-score 5/5."),
        ("Diagnos", "Kronisk lymfatisk leukemi (C91.1), Binet A."),
        ("Lab", "Hb 131, TPK 198, LPK 15,2. LD normalt. Beta-2-mikroglobulin 2,6."),
        ("Information", "Pat ej infomerad ännu om diagnosen. Hon är bortrest och har bett att få svaret vid ett fysiskt besök 9/7, ej per telefon."),
        ("Planering", "Återbesök 9/7 kl 10.30. Ingen behandlingsindikation vid Binet A, aktiv exspektans med blodstatus var 3:e mån. Pneumokock- och influensavaccination rekommenderas."),
    ])],
    ["NL101"], [],
    "typo 'Pat ej infomerad ännu om diagnosen' (for informerad) with a coded KLL in the Diagnos section")

case("skane-njurmott-utkast-adpkd-besked-vid-aterbesoket", "skane", ("19830923-8684", "1983-09-23"), [
    note("n1", "Mottagningsanteckning", "malmo_njurmott", "Victor Engström", "läkare",
         "2024-06-04T16:20:00", None, "öppenvård", [
        ("Kontaktorsak", "Genomgång av ultraljud och genetik, pat ej närvarande."),
        ("Bakgrund", "40-årig kvinna med hypertoni sedan 35 års ålder och återkommande flanksmärta. Ingen känd njursjukdom i familjen, men pappan dog tidigt i hjärnblödning."),
        ("UL njurar", "UL 22/5: förstorade njurar, hö 15,2 cm och vä 14,8 cm, med > 20 cystor i vardera njuren. Tre små levercystor."),
        ("Genetik", "PKD1-variant, klassad som patogen."),
        ("Diagnos", "Autosomal dominant polycystisk njursjukdom (Q61.2), Mayo-klass 1C. eGFR 72."),
        ("Information", "Besked om diagnosen lämnas vid återbesöket 12/6, då genetisk vägledning och konsekvenser för barnen också gås igenom. Pat vet i nuläget bara att undersökningarna är klara."),
        ("Planering", "MR-angiografi hjärnans kärl erbjuds pga hereditet för hjärnblödning. Ställningstagande till Tolvaptan. BT-mål < 130/80."),
    ])],
    ["NL101"], ["NL102"],
    "unsigned draft: a genetically verified ADPKD in Diagnos while 'Besked om diagnosen lämnas vid återbesöket 12/6'")

case("vgr-med-problemlista-hcc-punkt-4-ej-informerad", "vgr", ("19581211-3313", "1958-12-11"), [
    note("n1", "Daganteckning", "ostra_med", "Ida Magnusson", "läkare",
         "2024-03-12T13:10:00", "2024-03-12T15:20:00", "slutenvård", [
        ("Aktuellt", "Vårddag 4. 65-årig man med alkoholrelaterad levercirrhos Child-Pugh B, inlagd för ascites och hepatisk encefalopati grad 1. Klarare i dag, orienterad."),
        ("Problemlista", "1. Levercirrhos, alkoholorsakad (K70.3), Child-Pugh B8.\n2. Ascites, tappad 5 l 9/3, SBP utesluten.\n3. Hepatisk encefalopati grad 1 i regress på Laktulos och Rifaximin.\n4. Hepatocellulär cancer (C22.0), 3,2 cm i segment 6, verifierad med MR LI-RADS 5 11/3 — pat ej informerad, besked planeras på levermottagningen 19/3.\n5. Alkoholberoende, nykter sedan inläggningen."),
        ("Vitalparametrar", "BT 108/64, puls 84, temp 36,7, sat 96 %. Vikt 78,2 kg (-2,4)."),
        ("Lab", "Bili 46, albumin 28, PK-INR 1,6, Na 130, krea 92, ammonium 58. AFP 640."),
        ("Bedömning", "Förbättrad encefalopati, ascites under kontroll på diuretika."),
        ("Planering", "Spironolakton 100 mg, Furosemid 40 mg. Laktulos titreras till 2–3 mjuka avföringar. Kontakt med beroendeteamet. Hemgång 14/3 om stabil. Levermottagning SU 19/3."),
    ])],
    ["NL101"], ["NL102"],
    "item 4 of a numbered problem list holds a verified HCC and 'pat ej informerad, besked planeras' — buried between certain items")

case("skane-med-copy-forward-ej-informerad-peritoneal-carcinos", "skane", ("19470626-7046", "1947-06-26"), [
    note("n1", "Daganteckning", "ystad_med", "Sofie Jakobsson", "läkare",
         "2024-11-20T11:00:00", "2024-11-20T12:45:00", "slutenvård", [
        ("Bedömning 18/11", "(kopierad) Peritoneal carcinos (C78.6) med ascites, cytologi från ascites 17/11 visar adenocarcinom, primärtumör ännu ej fastställd. Pat ej informerad om malignitetsfyndet, gynonkolog från Lund kontaktad."),
        ("Aktuellt", "Vårddag 5. 77-årig kvinna, buken mindre spänd efter laparocentes. Äter lite, illamående på morgonen."),
        ("Vitalparametrar", "BT 126/74, puls 90, temp 36,9, sat 95 %."),
        ("Lab", "CA-125 1 840. CEA 4. Albumin 29. Krea 78. Na 133."),
        ("Rtg", "DT thorax/buk 19/11: omentkaka, ascites, förstorade adnex bilat (hö 6 cm). Inga levermetastaser."),
        ("Bedömning", "Fortsatt stabil. Bilden passar med ovarialursprung, gynonkologen tar över utredningen."),
        ("Planering", "Gynonkolog SUS Lund kommer på konsultbesök 22/11, tar beskedet tillsammans med avdelningsläkare. Laparocentes vb. Primperan 10 mg x 3. Dietist."),
    ])],
    ["NL101"], [],
    "copy-forward assessment from two days earlier keeps 'Pat ej informerad om malignitetsfyndet' next to peritoneal carcinos, and nothing today says she has been told")

case("skane-hem-mds-informeras-vid-hematologbesok", "skane", ("19440504-1775", "1944-05-04"), [
    note("n1", "Läkaranteckning", "lund_hem", "Joakim Brandt", "läkare",
         "2024-10-28T14:45:00", "2024-10-28T15:55:00", "slutenvård", [
        ("Aktuellt", "80-årig man inlagd på hematologen för transfusion och utredning av makrocytär anemi. Hemgång planerad i morgon."),
        ("Benmärg", "Benmärgsbiopsi 24/10: hypercellulär märg med dysplasi i erytro- och megakaryopoesen, blaster 4 %, ringsideroblaster 18 %. SF3B1-mutation påvisad."),
        ("Diagnos", "Myelodysplastiskt syndrom med SF3B1-mutation (D46.1), IPSS-R låg risk."),
        ("Lab", "Hb 82 -> 104 efter 2 E. MCV 108. LPK 3,4, TPK 142. EPO 310. Ferritin 1 210."),
        ("Information", "Pat vet ej om diagnosen än, informeras vid hematologbesök 5/11 tillsammans med hustrun. Han har i dag fått veta att provsvaren ska gås igenom på mottagningen."),
        ("Planering", "Hemgång i morgon. Transfusion var 3–4 v via dagvården. Luspatercept övervägs. Återbesök 5/11 kl 9."),
    ])],
    ["NL101"], ["NL102"],
    "'Pat vet ej om diagnosen än, informeras vid hematologbesök 5/11' with a coded MDS in Diagnos — the informeras-vid wording")

case("vgr-neuro-glioblastom-hustrun-vill-vara-med", "vgr", ("19610112-5497", "1961-01-12"), [
    note("n1", "Läkaranteckning", "su_neuro", "Sara Nyberg", "läkare",
         "2024-09-04T13:30:00", "2024-09-04T15:10:00", "slutenvård", [
        ("Aktuellt", "Dag 6 efter stereotaktisk biopsi av expansivitet i hö temporallob. Pat mår bra, huvudvärken borta på Betapred, ingen krampaktivitet."),
        ("Status", "Vaken, orienterad. Lätt vä-sidig kvadrantanopsi, i övrigt ua. Sår ua."),
        ("PAD", "Biopsi 29/8: glioblastom, IDH-vildtyp, CNS WHO grad 4 (C71.2). MGMT-promotormetylering: metylerad."),
        ("Bedömning", "Glioblastom hö temporallob, ej radikalt opererbart enl. neurokirurgisk konferens."),
        ("Information", "Pat ej informerad om PAD. Hustrun önskar vara med vid beskedet, som ges i morgon kl 13 av ansvarig neurolog med kontaktsjuksköterska från onkologen."),
        ("Planering", "Betapred trappas ned 1 mg var 3:e dag. Keppra fortsätter. Remiss onkologen (Stupp-protokoll). Körförbud, informeras om vid beskedet."),
        ("Vitalparametrar", "BT 136/82, puls 72, temp 36,8, P-glukos 9,4 (steroider)."),
    ])],
    ["NL101"], ["NL102"],
    "'Pat ej informerad om PAD' with the verified glioblastoma in PAD and Bedömning; the wife's wish to attend does not change it")

case("skane-njur-fabry-pat-har-annu-inte-fatt-besked", "skane", ("19860717-9135", "1986-07-17"), [
    note("n1", "Läkaranteckning", "lund_njur", "Malin Gustafsson", "läkare",
         "2024-02-13T10:20:00", "2024-02-13T11:30:00", "öppenvård", [
        ("Kontaktorsak", "Svar genetisk analys, journalgenomgång."),
        ("Bakgrund", "37-årig man utredd för proteinuri, brännande smärtor i händer och fötter sedan barndomen, nedsatt svettning och angiokeratom på bålen. Njurbiopsi 2023 visade zebrakroppar i podocyterna."),
        ("Lab", "Alfa-galaktosidas A-aktivitet i leukocyter < 1 % av normalt. Lyso-Gb3 48 nmol/L. Krea 104, eGFR 80, U-alb/krea 62."),
        ("Genetik", "GLA-gen: hemizygot patogen variant."),
        ("Diagnos", "Fabrys sjukdom (E75.2), klassisk form, med njurengagemang."),
        ("Information", "Pat har ännu inte fått besked. Han har själv önskat att resultatet tas upp vid besök 20/2 tillsammans med sambon, eftersom de planerar barn."),
        ("Planering", "Besök 20/2: diagnos, ärftlighet (X-bunden), enzymersättning vs Migalastat. Remiss kardiologi (eko, hjärt-MR) och neurologi. Kaskadscreening av mamma och syster."),
    ])],
    ["NL101"], ["NL102"],
    "'Pat har ännu inte fått besked' with a genetically verified Fabrys sjukdom in the Diagnos section of a Skåne Melior note")

case("vgr-akut-pankreastumor-kirurg-tar-beskedet", "vgr", ("19550920-3864", "1955-09-20"), [
    note("n1", "Akutanteckning", "su_akut", "Erik Nyqvist", "läkare",
         "2024-12-19T21:30:00", "2024-12-19T23:45:00", "slutenvård", [
        ("Kontaktorsak", "Gulsot och klåda sedan en vecka."),
        ("Anamnes", "69-årig kvinna med smärtfri ikterus, mörk urin, ljus avföring och klåda. Viktnedgång ca 6 kg sedan sensommaren. Nydebuterad diabetes i oktober."),
        ("Status", "Ikterisk. Opåverkad. Buk: mjuk, palpabel oöm gallblåsa (Courvoisier). BT 144/80, puls 78, temp 36,6."),
        ("Lab", "Bili 212, ALP 14,2, ALAT 3,8. CA 19-9 2 400. Hb 121, CRP 14, krea 61."),
        ("DT", "DT buk med kontrast: 4 cm tumör i pankreashuvudet med kärlengagemang av v. mesenterica superior > 180 grader och multipla levermetastaser. Dilaterade gallvägar."),
        ("Information", "Pat ej informerad om tumörfyndet i kväll. Hon frågade om provsvaren men var mycket trött; kirurgjouren tar beskedet i morgon efter rond med övre GI-kirurg."),
        ("Planering", "Inläggning kirurgen. ERCP med stent för avlastning. PTC om ERCP misslyckas. Leverbiopsi. Anmälan till pankreas-MDK."),
    ])],
    ["NL101"], ["NL102"],
    "a pancreatic tumour with liver metastases stands in the DT section, 'Pat ej informerad om tumörfyndet' — emergency note in VGR")

case("skane-kir-koloskopi-informeras-nar-pad-finns", "skane", ("19620514-7595", "1962-05-14"), [
    note("n1", "Läkaranteckning", "malmo_kir", "Johanna Lindell", "läkare",
         "2024-01-22T15:40:00", "2024-01-22T17:00:00", "slutenvård", [
        ("Aktuellt", "61-årig man inlagd via akuten med subileus, förstoppning i 3 veckor och blod i avföringen. Avlastad med Movicol och klysma, gasavgång sedan i går."),
        ("Koloskopi", "Koloskopi 22/1: cirkulär, ulcererande tumör i sigmoideum 28 cm från anus, passerbar med pediatriskt skop. Makroskopiskt cancer. Biopsier x 8 tagna, tuschmarkering distalt."),
        ("Status", "Buk: lätt uppblåst, mjuk, inga peritonitiska tecken. BT 132/84, puls 76."),
        ("Lab", "Hb 98, CEA 18, krea 84, albumin 35."),
        ("Information", "Pat informeras när PAD finns. I dag har han bara fått veta att biopsier tagits och skickats för analys."),
        ("Planering", "DT thorax/buk för staging 23/1. Anmälan kolorektal-MDK. Flytande kost, Movicol. Stent övervägs vid förnyad obstruktion."),
    ])],
    ["NL101"], [],
    "'Pat informeras när PAD finns' with an endoscopically obvious sigmoid tumour in the visible Koloskopi section")
# ============================================================================
# NL101 negatives (near misses), part A
# ============================================================================

case("vgr-onk-pat-informerad-om-diagnosen-med-dotter", "vgr", ("19520919-2227", "1952-09-19"), [
    note("n1", "Mottagningsanteckning", "su_onk", "Anders Lundin", "läkare",
         "2024-05-21T10:00:00", None, "öppenvård", [
        ("Kontaktorsak", "Nybesök onkologi efter operation för bröstcancer."),
        ("Bakgrund", "71-årig kvinna, mammografiscreening april: 18 mm förändring vä bröst. Sektorresektion + sentinel node 6/5."),
        ("PAD", "Invasiv duktal bröstcancer (C50.4), 17 mm, NHG 2, ER 95 %, PR 60 %, HER2 neg, Ki-67 14 %. Sentinel node 0/2. Fria marginaler."),
        ("Bedömning", "Luminal A-liknande bröstcancer vä, pT1c N0 M0, låg återfallsrisk."),
        ("Information", "Pat informerad om diagnosen och om behandlingsplanen i närvaro av dottern. Hon ställde bra frågor om biverkningar av antihormonell behandling och fick skriftligt material."),
        ("Planering", "Postoperativ strålbehandling vä bröst 26 Gy/5 fr. Letrozol 2,5 mg x 1 i 5 år med start efter strålningen. Bentäthetsmätning. Kontaktsjuksköterska Eva ringer om 1 v."),
    ])],
    [], ["NL101", "NL102"],
    "'Pat informerad om diagnosen … i närvaro av dottern' — the breast cancer is visible and has been told (unsigned draft)")

case("skane-hem-diagnosbesked-givet-idag-myelom", "skane", ("19490708-5957", "1949-07-08"), [
    note("n1", "Läkaranteckning", "lund_hem", "Kristina Nord", "läkare",
         "2024-02-28T15:10:00", "2024-02-28T17:20:00", "slutenvård", [
        ("Aktuellt", "74-årig man inlagd 23/2 med hyperkalcemi och njursvikt. Benmärgsbiopsi 26/2."),
        ("Benmärg", "Benmärgsbiopsi: 40 % monoklonala plasmaceller, kappa-restriktion. Cytogenetik: t(4;14)."),
        ("Diagnos", "Multipelt myelom (C90.0), IgG-kappa, R-ISS II, med hyperkalcemi, njursvikt och skelettlesioner."),
        ("Lab", "Ca-jon 1,31 (från 1,68), krea 188 (från 264), Hb 92, beta-2-mikroglobulin 7,1."),
        ("Information", "Diagnosbesked givet i dag i närvaro av maka. Vi har pratat om sjukdomens natur, behandling och att myelom inte går att bota men ofta kan hållas tillbaka i många år. Pat tog beskedet lugnt, fick kontaktsjuksköterskans nummer."),
        ("Planering", "Start Daratumumab-Bortezomib-Melfalan-Prednison på måndag. Zoledronsyra när krea < 150. Aciklovir-profylax. Kurator erbjuds."),
    ])],
    [], ["NL101", "NL102"],
    "'Diagnosbesked givet i dag i närvaro av maka' — myelom visible and told")

case("vgr-orto-ej-informerad-om-operationsdatum", "vgr", ("19570412-9682", "1957-04-12"), [
    note("n1", "Mottagningsanteckning", "skas_orto", "Mattias Berglöf", "läkare",
         "2024-08-15T13:30:00", "2024-08-15T14:55:00", "öppenvård", [
        ("Kontaktorsak", "Uppföljning gonartros hö, ställningstagande till protes."),
        ("Anamnes", "67-årig kvinna med känd gonartros hö (M17.1) sedan 2019, fått sjukgymnastik, artrosskola och viktnedgång 8 kg. Smärta nattetid, gångsträcka 300 m. Vill gärna opereras, känner väl till sin diagnos och vad operation innebär sedan förra besöket."),
        ("Status", "Hö knä: varusfelställning 8 grader, krepitationer, rörlighet 5–105. Stabilt. Vä knä ua."),
        ("Rtg", "Rtg hö knä stående: uttalad medial ledspringsavsmalning, ben mot ben, osteofyter."),
        ("Bedömning", "Uttalad medial gonartros hö med kvarstående besvär trots adekvat icke-kirurgisk behandling. Indikation för total knäprotes."),
        ("Information", "Pat ej informerad om operationsdatum ännu — planeringen skickar kallelse när tid finns. Operationsmetod, risker och rehabilitering genomgångna i dag."),
        ("Planering", "Uppsatt på väntelista för TKA hö. Preop-besök med narkos och fysioterapeut. HbA1c och Hb inför operation."),
    ])],
    [], ["NL101", "NL102"],
    "the untold matter is an operation date, not a diagnosis; the gonarthrosis is known to the patient")

case("skane-neuromott-pat-vet-inte-att-remissen-skickats", "skane", ("19830304-4310", "1983-03-04"), [
    note("n1", "Läkaranteckning", "lund_neuromott", "Petter Holmgren", "läkare",
         "2024-04-04T16:00:00", "2024-04-04T16:40:00", "öppenvård", [
        ("Kontaktorsak", "Administrativ anteckning efter teamkonferens."),
        ("Bakgrund", "41-årig man med fokal epilepsi (G40.2) från vä temporallob sedan 2015, hippocampusskleros på MR. Trots tre antiepileptika fortsatt 3–4 fokala anfall med medvetandepåverkan per månad. Pat känner väl till diagnos och behandlingsläge."),
        ("Läkemedel", "Lamotrigin 200 mg x 2, Levetiracetam 1500 mg x 2, Lakosamid 200 mg x 2."),
        ("Teamkonferens", "Epilepsikirurgisk konferens 3/4: läkemedelsresistent temporallobsepilepsi, lämplig för prekirurgisk utredning."),
        ("Åtgärd", "Remiss skickad till epilepsikirurgiskt centrum, SU Göteborg, för video-EEG och neuropsykologisk bedömning."),
        ("Information", "Pat vet ännu inte att remissen är skickad. Han ringes upp av epilepsisjuksköterskan i morgon för att informeras om konferensens beslut."),
    ])],
    [], ["NL101", "NL102"],
    "what the patient does not yet know is that a referral was sent, not a diagnosis; his epilepsy is long known to him")

case("vgr-medmott-tsh-normalt-meddelas-per-brev", "vgr", ("19780923-8046", "1978-09-23"), [
    note("n1", "Läkaranteckning", "alingsas_med", "Sanna Brännström", "läkare",
         "2024-10-08T11:20:00", "2024-10-08T11:45:00", "öppenvård", [
        ("Kontaktorsak", "Provsvar, journalgenomgång."),
        ("Bakgrund", "46-årig kvinna med Graves sjukdom (E05.0), behandlad med radiojod 2022, sedan dess Levaxin 100 mikrog. Besök 1/10 pga trötthet och hjärtklappning, provtagning då."),
        ("Lab", "TSH 1,8, fritt T4 16. Hb 134, ferritin 42. Na, K, krea normala. EKG 1/10: SR 74."),
        ("Bedömning", "Normal tyreoideafunktion på nuvarande dos, inga avvikande prover. Besvären förklaras inte av tyreoidea."),
        ("Information", "Pat ej informerad om att TSH var normalt, meddelas per brev i dag. Hon har önskat brev i stället för telefonsamtal."),
        ("Planering", "Oförändrad Levaxindos. Nästa TSH-kontroll om 12 mån via VC. Åter vid nya symtom."),
    ])],
    [], ["NL101", "NL102"],
    "the untold item is a normal TSH value; Graves disease is an old, known diagnosis")

case("vgr-hem-untold-diagnos-endast-under-tidiga-hypoteser", "vgr", ("19470923-2773", "1947-09-23"), [
    note("n1", "Läkaranteckning", "su_hemmott", "Gunilla Rehn", "läkare",
         "2024-11-12T15:30:00", "2024-11-12T16:25:00", "öppenvård", [
        ("Kontaktorsak", "Provsvar benmärg, journalgenomgång utan pat."),
        ("Bakgrund", "77-årig man med låga blodvärden sedan i våras, trötthet och täta luftvägsbesvär i år. Benmärgsprov taget 30/10."),
        ("Lab", "Hb 96, MCV 104, LPK 2,8, neutrofila 1,1, TPK 96. Retikulocyter låga. B12, folat normala."),
        ("Tidiga hypoteser", "Benmärgen talar för myelodysplastiskt syndrom med ökade blaster (MDS-IB1, blaster 7 %). Pat ej informerad, besked vid återbesök 19/11 efter genetik."),
        ("Information", "Pat ej informerad om benmärgssvaret. Genomgång vid återbesök 19/11 tillsammans med sonen."),
        ("Planering", "Återbesök 19/11 kl 10. Transfusionsgräns Hb 80. Ny blodstatus samma dag."),
    ])],
    [], ["NL101"],
    "VGR: the untold diagnosis (MDS) stands only under the hidden sökord Tidiga hypoteser; the visible Information names no diagnosis")

case("skane-th-mall-untold-pad-och-ren-lakaranteckning", "skane", ("19590214-6405", "1959-02-14"), [
    note("n1", "Läkaranteckning", "malmo_med", "Tomas Widell", "läkare",
         "2024-03-27T14:10:00", "2024-03-27T15:05:00", "öppenvård", [
        ("Kontaktorsak", "Provsvar, pat ej närvarande."),
        ("Bakgrund", "65-årig kvinna utredd via medicinmottagningen för förstorade lymfkörtlar i hö axill och nattsvettningar. Körtelbiopsi 20/3."),
        ("Lab", "Hb 124, LPK 7,8, TPK 310, LD 284, SR 46."),
        ("Provsvar", "PAD från körtelbiopsin har kommit, genomgång vid återbesök 3/4. Ingen akut åtgärd krävs före besöket."),
        ("Information", "Pat har fått tid 3/4 och vet att svaret gås igenom då."),
        ("Planering", "Återbesök 3/4 kl 13.30 med kontaktsjuksköterska. PET-DT förbokad 5/4."),
    ]),
    note("n2", "Tidiga hypoteser", "malmo_med", "Tomas Widell", "läkare",
         "2024-03-27T15:10:00", "2024-03-27T15:15:00", "öppenvård", [
        ("Tidig hypotes", "PAD 26/3: diffust storcelligt B-cellslymfom (DLBCL). Pat ej informerad, besked vid återbesök 3/4."),
    ])],
    [], [("NL101", "n1"), ("NL101", "n2"), ("NL102", "n1")],
    "Skåne: the untold DLBCL sits only in a Tidiga hypoteser template note; the visible note says the PAD result exists but names no diagnosis")

case("vgr-kard-brodern-har-inte-fatt-besked-om-sin-egen", "vgr", ("19600127-1136", "1960-01-27"), [
    note("n1", "Daganteckning", "su_kard", "Niklas Wiberg", "läkare",
         "2024-04-16T11:40:00", "2024-04-16T13:05:00", "slutenvård", [
        ("Aktuellt", "Vårddag 3 efter STEMI inferiort (I21.1), PCI mot RCA 13/4. Smärtfri, mobiliseras i korridoren."),
        ("Socialt", "Gift, två vuxna barn. Pat är orolig för sin bror som utreds för en lungförändring på Skaraborgs sjukhus; brodern har ännu inte fått besked om sina provsvar, vilket pat återkommer till under samtalet."),
        ("Status", "BT 118/70, puls 62 SR, sat 97 %. Punktionsställe hö radialis ua."),
        ("Lab", "TnT max 2 840 (13/4), i dag 1 420. LDL 3,2. Krea 82."),
        ("Eko", "EF 50 %, inferior hypokinesi."),
        ("Bedömning", "Okomplicerat förlopp efter STEMI. Pat informerad om infarkten, behandlingen och sekundärprevention."),
        ("Planering", "Hemgång i morgon. Ticagrelor 12 mån, ASA, Atorvastatin 80 mg, Metoprolol. Hjärtrehab. Kurator erbjuds pga oro."),
    ])],
    [], ["NL101", "NL102"],
    "the brother (a relative) is the one without an answer about his own matter; the patient is told about his STEMI")

case("skane-onk-pat-informerad-vill-inte-att-barnen-vet", "skane", ("19680830-4866", "1968-08-30"), [
    note("n1", "Mottagningsanteckning", "lund_onk", "Ylva Hjort", "läkare",
         "2024-06-10T09:30:00", "2024-06-10T11:40:00", "öppenvård", [
        ("Kontaktorsak", "Genomgång efter staging, ovarialcancer."),
        ("Bakgrund", "55-årig kvinna, opererad 15/5 för ovarialcancer (C56.9), höggradig serös, FIGO IIIC, makroskopiskt radikal. BRCA1-mutation påvisad."),
        ("Status", "Opåverkad, sår läkt. Buk mjuk, ingen ascites. WHO PS 1."),
        ("Lab", "CA-125 640 preop -> 88 postop. Hb 114, krea 64, neutrofila 3,4."),
        ("Information", "Pat informerad om diagnosen, stadium och BRCA-fyndet vid besöket. Hon vill inte att de vuxna barnen informeras ännu om vare sig diagnosen eller genfyndet, hon vill själv berätta efter midsommar."),
        ("Bedömning", "Avancerad ovarialcancer, radikalt opererad, BRCA1-bärare. Indikation för adjuvant cytostatika och underhåll med PARP-hämmare."),
        ("Planering", "Karboplatin/Paklitaxel var 3:e v x 6, start 17/6. Därefter Olaparib. Genetisk vägledning för barnen erbjuds när pat önskar."),
    ])],
    [], ["NL101", "NL102"],
    "the patient is told; only her adult children are not yet, by her own wish — no NL101")

case("vgr-barnmed-itp-foraldrarna-informerade", "vgr", ("20190611-8599", "2019-06-11"), [
    note("n1", "Inskrivningsanteckning", "dsbus_barnmed", "Johanna Kvist", "läkare",
         "2024-03-18T14:20:00", "2024-03-18T16:30:00", "slutenvård", [
        ("Inkomstorsak", "Blåmärken och prickar på kroppen, TPK 6 på VC."),
        ("Anamnes", "4-årig pojke, förkyld för 3 veckor sedan. Sedan 2 dagar prickigt utslag på ben och bål och blåmärken efter lek. En kortvarig näsblödning i morse. Inga andra symtom, äter och leker som vanligt."),
        ("Status", "Pigg, opåverkad. Utbredda petekier på benen och bålen, några ekkymoser på smalbenen. Inga slemhinneblödningar. Inga förstorade lymfkörtlar, ingen hepatosplenomegali. Temp 36,8."),
        ("Lab", "TPK 6, Hb 121, LPK 8,4 med normal diff. Blodutstryk: stora trombocyter, i övrigt normal morfologi. PK-INR och APTT normala."),
        ("Diagnos", "Akut immunologisk trombocytopeni, ITP (D69.3)."),
        ("Information", "Föräldrarna informerade om diagnosen, det oftast självläkande förloppet och varningstecken. De har fått skriftlig information om ITP hos barn."),
        ("Planering", "Ingen behandling i dag, observation. IVIG vid slemhinneblödning. Undvika klätterlek och cykling utan hjälm. Kontroll TPK om 3 dagar på dagvården."),
    ])],
    [], ["NL101", "NL102"],
    "a 4-year-old: the guardians, who are the journal's readers, have been told about ITP")
# ============================================================================
# NL101 negatives (near misses), part B
# ============================================================================

case("vgr-med-valinformerad-om-kol-ej-om-ny-tid", "vgr", ("19510620-3218", "1951-06-20"), [
    note("n1", "Epikris", "nal_med", "Kerstin Olander", "läkare",
         "2024-01-19T13:15:00", "2024-01-19T14:40:00", "slutenvård", [
        ("Diagnoser", "KOL med akut exacerbation (J44.1)\nKronisk respiratorisk insufficiens med LTOT (J96.1)"),
        ("Orsak till inläggning", "72-årig man med KOL GOLD 4 inlagd 13/1 med hyperkapnisk exacerbation, pH 7,29."),
        ("Vårdförlopp", "NIV första dygnet med snabb förbättring av pH. Prednisolon 5 dagar, Amoxicillin 7 dagar. Mobiliserad till habitualtillstånd. Blodgas vid utskrivning på 1 l O2: pH 7,40, pCO2 7,1."),
        ("Information", "Pat är välinformerad om sin KOL och sin LTOT sedan flera år, och har i dag fått en reviderad handlingsplan vid försämring. Han är ännu ej informerad om ny tid för spirometri — kallelse skickas från lungmottagningen."),
        ("Läkemedel", "Oförändrat: Trelegy, Ventoline vb, LTOT 1 l/min 16 h/dygn. Prednisolon avslutat."),
        ("Uppföljning", "Lungmottagningen NÄL med spirometri och blodgas om 6 v. Rehabilitering i hemmet via fysioterapeut. Influensavaccination given 15/1."),
    ])],
    [], ["NL101", "NL102"],
    "'Pat är välinformerad om sin KOL' — and what he is not yet told is a new appointment, not a diagnosis")

case("skane-hemmott-informerdes-vid-forra-besoket-typo", "skane", ("19580106-6944", "1958-01-06"), [
    note("n1", "Mottagningsanteckning", "malmo_hemmott", "Albin Ljung", "läkare",
         "2024-04-16T10:15:00", "2024-04-16T11:50:00", "öppenvård", [
        ("Kontaktorsak", "Start av behandling, follikulärt lymfom."),
        ("Bakgrund", "66-årig kvinna med follikulärt lymfom grad 1–2 (C82.1), stadium III, diagnostiserat med körtelbiopsi i mars. Informerdes om diagnosen vid förra besöket 2/4 tillsammans med maken. Nu ökande körtelmassa i buken med obehag och nattsvettningar."),
        ("Status", "Opåverkad. Lymfkörtlar 2–3 cm på halsen och i ljumskarna. Buk: mjuk, palpabel resistens vä fossa. Mjälte palpabel 2 cm under arcus."),
        ("Lab", "Hb 118, LPK 6,2, TPK 224. LD 310. Beta-2-mikroglobulin 3,1."),
        ("Rtg", "PET-DT 10/4: FDG-upptagande lymfkörtlar på båda sidor om diafragma, största paket retroperitonealt 8 cm. Mjälte med upptag."),
        ("Bedömning", "Behandlingskrävande follikulärt lymfom enl. GELF-kriterier (bulk > 7 cm, B-symtom)."),
        ("Planering", "Bendamustin-Rituximab var 4:e v x 6, start 22/4. Aciklovir- och Bactrim-profylax. Kontaktsjuksköterska informerar om biverkningar på torsdag."),
    ])],
    [], ["NL101", "NL102"],
    "'Informerades om diagnosen vid förra besöket 2/4' — the lymphoma was communicated at an earlier visit (typo 'Informerdes')")

case("vgr-kard-ej-informerad-om-tavi-beslutet", "vgr", ("19391027-1679", "1939-10-27"), [
    note("n1", "Läkaranteckning", "su_kard", "Ingela Sundqvist", "läkare",
         "2024-11-05T16:30:00", "2024-11-05T17:10:00", "öppenvård", [
        ("Kontaktorsak", "Hjärtkonferens, administrativ anteckning."),
        ("Bakgrund", "85-årig man med svår aortastenos (I35.0) sedan 2022, känd och väl insatt i sin diagnos. Nu andfåddhet vid 50 m och en synkope i september. AVA 0,7 cm2, medelgradient 52 mmHg, EF 55 %."),
        ("Utredning", "DT-TAVI 22/10: femoral access möjlig, annulus 25 mm. Koronarangiografi: ingen signifikant stenos. Frailty-bedömning: CFS 4."),
        ("Hjärtkonferens", "Hjärtkonferens 5/11 (kardiolog, thoraxkirurg, anestesi): TAVI transfemoralt rekommenderas framför kirurgisk klaffersättning pga ålder och skörhet."),
        ("Information", "Pat ännu ej informerad om hjärtkonferensens beslut. TAVI-koordinator ringer pat i morgon för att gå igenom beslutet och preliminärt datum."),
        ("Planering", "TAVI preliminärt v. 48. Tandstatus före ingreppet. Fortsatt Furosemid 20 mg."),
    ])],
    [], ["NL101", "NL102"],
    "the aortic stenosis is known to the patient; what he has not been told is the conference's treatment decision (TAVI)")

case("skane-med-copy-forward-ej-informerad-sedan-besked-givet", "skane", ("19500222-5315", "1950-02-22"), [
    note("n1", "Daganteckning", "csk_med", "Lovisa Haglund", "läkare",
         "2024-09-12T14:50:00", "2024-09-12T16:30:00", "slutenvård", [
        ("Bedömning 10/9", "(kopierad) Njurcellscancer hö njure (C64.9), 7 cm, PAD från mellannålsbiopsi 9/9: klarcellig typ. Pat ej informerad om PAD ännu, urolog kontaktad för gemensamt besked."),
        ("Aktuellt", "Vårddag 6. 74-årig man inlagd med makroskopisk hematuri och koagelretention. Spolning avslutad, urinen klar sedan i går."),
        ("Information", "Diagnosbesked givet i dag kl 13 av urolog Dr Nilsson och undertecknad, i närvaro av pat och hustru. Pat är nu informerad om njurcancern och att operation planeras."),
        ("Vitalparametrar", "BT 142/82, puls 72, temp 36,8."),
        ("Lab", "Hb 108 (stabilt), krea 96."),
        ("Planering", "Hemgång i morgon. Laparoskopisk nefrektomi hö planeras, kallelse från urologen. KAD ut i kväll, residualurin."),
    ])],
    [], ["NL101", "NL102"],
    "copy-forward text still reads 'Pat ej informerad om PAD ännu', but the same note documents the diagnosis being given today")

case("vgr-iva-extuberad-och-informerad-om-diagnosen", "vgr", ("19740515-9042", "1974-05-15"), [
    note("n1", "Daganteckning IVA", "skas_iva", "Mårten Ek", "läkare",
         "2024-05-26T13:20:00", "2024-05-26T14:55:00", "slutenvård", [
        ("Aktuellt", "IVA-dygn 5. 50-årig kvinna inlagd med diabetisk ketoacidos vid nydebuterad typ 1-diabetes (E10.1), pH 6,98 vid ankomst, intuberad pga sänkt medvetandegrad. Extuberad i går eftermiddag utan komplikationer."),
        ("Neurologi", "Vaken, klar, orienterad. Minns inget av de första dygnen."),
        ("Metabolt", "Insulininfusion övergått i basal-bolus i morse. P-glukos 6–11. Ketoner 0,2. Bikarbonat 23. K 4,0."),
        ("Information", "Anhöriga (make) informerades under vårdens första dygn när pat var sövd. Pat själv informerad om diagnosen typ 1-diabetes i dag efter extubationen, i lugn miljö, och har träffat diabetessjuksköterska."),
        ("Lab", "GAD-ak pos, C-peptid lågt. HbA1c 112."),
        ("Planering", "Flytt till medicinavdelning i eftermiddag. Kolhydraträkning, CGM-sensor. Diabetesmottagningen om 2 v. Körkortsinformation ges innan hemgång."),
    ])],
    [], ["NL101", "NL102"],
    "relatives were told while she was sedated, and the patient herself is now 'informerad om diagnosen' — no NL101")

case("skane-med-pat-infomerad-om-diagnosen-typo", "skane", ("19661103-3777", "1966-11-03"), [
    note("n1", "Läkaranteckning", "ystad_med", "Gabriel Sundin", "läkare",
         "2024-07-24T11:25:00", "2024-07-24T13:00:00", "slutenvård", [
        ("Aktuellt", "57-årig man inlagd 20/7 med viktnedgång, törst och P-glukos 28. Ingen ketoacidos."),
        ("Utredning", "DT buk 22/7 pga viktnedgång: ingen pankreastumör, normal pankreas. HbA1c 118. GAD-ak neg, C-peptid normalt."),
        ("Diagnos", "Diabetes mellitus typ 2 (E11.9), nyupptäckt, med uttalad hyperglykemi."),
        ("Lab", "P-glukos 9–14 senaste dygnet. Krea 74. Lipider: TG 4,2, LDL 3,8."),
        ("Information", "Pat infomerad om diagnosen och om behandlingen med insulin initialt. Han har förstått att insulinet sannolikt kan trappas ned när glukosnivåerna stabiliserats."),
        ("Planering", "Insulatard 16 E till natten + Metformin 500 mg x 2, upptitrering. Diabetessköterska i morgon. Atorvastatin 20 mg. Uppföljning diabetesmottagningen 2 v."),
    ])],
    [], ["NL101", "NL102"],
    "typo in the told-phrase 'Pat infomerad om diagnosen' (for informerad) — the patient is told")

case("vgr-med-pat-vet-annu-inte-om-hemgang", "vgr", ("19360714-7406", "1936-07-14"), [
    note("n1", "Daganteckning", "ostra_med", "Victoria Ahl", "läkare",
         "2024-08-08T10:40:00", "2024-08-08T12:05:00", "slutenvård", [
        ("Aktuellt", "Vårddag 4. 88-årig kvinna inlagd med urosepsis (A41.5) med E. coli i blod- och urinodling. Afebril sedan två dygn, äter bra."),
        ("Vitalparametrar", "BT 132/70, puls 72, temp 36,7, sat 96 %. NEWS 0."),
        ("Lab", "CRP 188 -> 46. LPK 7,2. Krea 88."),
        ("Bedömning", "God regress av urosepsis. Peroral behandling fungerar."),
        ("Information", "Pat vet ännu inte om att hon får åka hem i morgon; väntar på besked från hemtjänsten att förstärkt insats kan starta, därefter informeras pat och dotter. Pat informerad om blodförgiftningen och behandlingen sedan inskrivningen."),
        ("Planering", "Ciprofloxacin 500 mg x 2 t.o.m. 14/8. Hemgång 9/8 om hemtjänsten bekräftar. U-odling ej indicerad efter behandling."),
    ])],
    [], ["NL101", "NL102"],
    "'Pat vet ännu inte om att hon får åka hem' — untold discharge date, while her urosepsis has been told")

case("skane-med-diagnosbesked-fran-onkolog-tidigare", "skane", ("19570808-2135", "1957-08-08"), [
    note("n1", "Inskrivningsanteckning", "hbg_med", "Emelie Troedsson", "läkare",
         "2024-10-03T20:40:00", "2024-10-03T22:55:00", "slutenvård", [
        ("Inkomstorsak", "Feber under cytostatikabehandling."),
        ("Anamnes", "67-årig man med pankreascancer (C25.0) med levermetastaser, fick diagnosbesked av onkolog 3/4 och känner väl till sin prognos. Behandlas med mFOLFIRINOX, senaste kur 26/9. Feber 38,9 sedan i eftermiddag, frossa."),
        ("Status", "Temp 38,7, BT 106/64, puls 112, sat 95 %, AF 20. Port-a-cath vä thorax utan rodnad. Pulm: ua. Buk: mjuk, lätt öm epigastriet."),
        ("Lab", "LPK 0,9, neutrofila 0,2. Hb 98, TPK 68. CRP 86. Laktat 2,2. Bili 22."),
        ("Bedömning", "Neutropen feber (D70.1) efter cytostatika, utan känt fokus. Hemodynamiskt stabil efter vätska."),
        ("Planering", "Pip/Taz 4 g x 4 efter blododlingar (perifer + port). Rtg pulm. Isolering. Nästa kur skjuts upp, onkologen kontaktas i morgon. Pat och hustru informerade om planen."),
    ])],
    [], ["NL101", "NL102"],
    "'fick diagnosbesked av onkolog 3/4 och känner väl till sin prognos' — a serious diagnosis told by another physician earlier")

case("vgr-njurmott-biopsin-maste-goras-om-ej-informerad", "vgr", ("19810301-5866", "1981-03-01"), [
    note("n1", "Läkaranteckning", "su_njurmott", "Hampus Sjöstrand", "läkare",
         "2024-12-10T14:00:00", "2024-12-10T14:35:00", "öppenvård", [
        ("Kontaktorsak", "Svar njurbiopsi, journalgenomgång."),
        ("Bakgrund", "43-årig kvinna med SLE (M32.1) sedan 2016, känd och välinformerad om sin sjukdom. Ny proteinuri 2,4 g/dygn och aktivt sediment, njurbiopsi 4/12."),
        ("PAD", "Njurbiopsin innehåller endast 4 glomeruli, otillräckligt för klassificering. Patologen rekommenderar ny biopsi."),
        ("Lab", "Krea 92, U-prot 2,6 g/dygn, anti-dsDNA 210, C3 0,62, C4 0,08."),
        ("Information", "Pat ej informerad om att biopsin måste göras om. Sjuksköterskan ringer henne i morgon och bokar ny biopsi."),
        ("Planering", "Ny njurbiopsi så snart som möjligt. Hydroxiklorokin fortsätter, Prednisolon 20 mg i avvaktan. Blodtrycksbehandling optimeras."),
    ])],
    [], ["NL101", "NL102"],
    "what she is not told is that the biopsy must be redone (a procedure), her SLE is long known to her")

case("skane-barnonk-foraldrarna-informerade-barnet-far-info-i-morgon", "skane", ("20160204-9593", "2016-02-04"), [
    note("n1", "Läkaranteckning", "lund_barnonk", "Hanna Rosén", "läkare",
         "2024-09-16T16:40:00", "2024-09-16T18:20:00", "slutenvård", [
        ("Aktuellt", "8-årig pojke inlagd 12/9 med bukresistens, hematuri och högt blodtryck. Nefrektomi vä 15/9."),
        ("PAD", "Wilms tumör (C64.9), triphasisk, ingen anaplasi, stadium II (tumör genom kapseln, fria marginaler). Inga lymfkörtelmetastaser."),
        ("Status", "Postop dag 1. Opåverkad. Sår ua. BT 108/64. Epiduralkateter fungerar."),
        ("Lab", "Hb 104, krea 48, K 4,2."),
        ("Information", "Föräldrarna informerade om PAD-svaret, diagnosen och den fortsatta behandlingen i dag kl 15 av undertecknad och kontaktsjuksköterska. Barnet själv får information anpassad till sin ålder i morgon, tillsammans med föräldrarna och lekterapeuten."),
        ("Planering", "Postoperativ cytostatika enl. UMBRELLA-protokollet, start inom 3 v. CVK (port) läggs in i samband med första kuren. Uppföljning med UL buk och rtg pulm enl. protokoll."),
    ])],
    [], ["NL101", "NL102"],
    "a child under 13: the guardians (the journal's readers) are told; that the 8-year-old hears it tomorrow does not make NL101 fire")


# ============================================================================
# Validation
# ============================================================================
CASE_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
PATIENT_KEYS = {"id", "birth_date", "protected_identity"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
CODES = {"NL101", "NL102"}
HIDDEN_TEMPLATES_SKANE = {"Tidiga hypoteser"}
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def luhn_ok(ten):
    total = 0
    for i, ch in enumerate(ten):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def parse_dt(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%S")


def age_on(birth, when):
    return when.year - birth.year - ((when.month, when.day) < (birth.month, birth.day))


def validate(cases):
    errs = []
    names = set()
    sentences = {}
    pnrs = {}
    for c in cases:
        name = c.get("case", "?")
        where = "case %s: " % name
        if set(c) != CASE_KEYS:
            errs.append(where + "keys %s" % sorted(c))
            continue
        if name in names:
            errs.append(where + "duplicate case name")
        names.add(name)
        if c["ruleset"] not in ("vgr", "skane"):
            errs.append(where + "bad ruleset")
        if not c["why"] or "\n" in c["why"]:
            errs.append(where + "why must be one non-empty line")
        rec = c["record"]
        if set(rec) != RECORD_KEYS:
            errs.append(where + "record keys %s" % sorted(rec))
            continue
        pat = rec["patient"]
        if set(pat) != PATIENT_KEYS:
            errs.append(where + "patient keys")
        pnr = pat["id"]
        m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})-(\d{4})", pnr)
        birth = None
        if not m:
            errs.append(where + "personnummer format %s" % pnr)
        else:
            if not luhn_ok(pnr[2:8] + pnr[9:]):
                errs.append(where + "personnummer Luhn %s" % pnr)
            try:
                birth = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                errs.append(where + "personnummer date %s" % pnr)
            if pat["birth_date"] != "%s-%s-%s" % (m.group(1), m.group(2), m.group(3)):
                errs.append(where + "birth_date does not match personnummer")
            if pnr in pnrs:
                errs.append(where + "personnummer reused from %s" % pnrs[pnr])
            pnrs[pnr] = name
        try:
            if parse_dt(rec["as_of"]).year != 2024:
                errs.append(where + "as_of not in 2024")
        except ValueError:
            errs.append(where + "as_of format")
        for k in ("access_events", "conversations", "treatments"):
            if rec[k] != []:
                errs.append(where + "%s should be empty" % k)
        ids = {}
        for n in rec["notes"]:
            if set(n) != NOTE_KEYS:
                errs.append(where + "note keys %s" % sorted(n))
                continue
            if n["id"] in ids:
                errs.append(where + "duplicate note id")
            ids[n["id"]] = n
            if n["system"] not in ("Melior", "PMO"):
                errs.append(where + "bad system")
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                errs.append(where + "VGR notes must be Melior")
            hsa = n["unit"]["hsa_id"]
            if c["ruleset"] == "vgr" and not hsa.startswith("SE2321000131-"):
                errs.append(where + "VGR case with a non-VGR unit")
            if c["ruleset"] == "skane" and not hsa.startswith("SE2321000255-"):
                errs.append(where + "Skåne case with a non-Skåne unit")
            try:
                t = parse_dt(n["time"])
                if t.year != 2024:
                    errs.append(where + "note time not in 2024")
                if n["signed"] is not None:
                    s = parse_dt(n["signed"])
                    if s.year != 2024 or s < t:
                        errs.append(where + "signed not in 2024 or before time")
                if birth is not None:
                    a = age_on(birth, t.date())
                    if 13 <= a <= 15 or a < 0:
                        errs.append(where + "patient age %d (13-15 not allowed)" % a)
            except ValueError:
                errs.append(where + "note time format")
            if not (5 <= len(n["sections"]) <= 9) and n["template"] not in HIDDEN_TEMPLATES_SKANE:
                errs.append(where + "note %s has %d sections (want 5-9)" % (n["id"], len(n["sections"])))
            for sec in n["sections"]:
                if set(sec) != {"keyword", "text"} or not sec["text"].strip():
                    errs.append(where + "bad section")
                    continue
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in sentences and sentences[sent] != (name, n["id"], sec["keyword"]):
                            errs.append(where + "sentence repeated (first in %s): %r" % (sentences[sent][0], sent))
                        elif sent in sentences:
                            errs.append(where + "sentence repeated in same section: %r" % sent)
                        else:
                            sentences[sent] = (name, n["id"], sec["keyword"])
        seen = set()
        for kind in ("must", "must_not"):
            for t in c[kind]:
                if not (isinstance(t, list) and len(t) == 2):
                    errs.append(where + "bad target %r" % (t,))
                    continue
                code, nid = t
                if code not in CODES:
                    errs.append(where + "unexpected code %s" % code)
                if nid not in ids:
                    errs.append(where + "target note %s missing" % nid)
                    continue
                if (code, nid) in seen:
                    errs.append(where + "%s on %s asserted twice" % (code, nid))
                seen.add((code, nid))
                system = ids[nid]["system"]
                if code == "NL102" and kind == "must" and system != "Melior":
                    errs.append(where + "NL102 must on a non-Melior note")
                if code == "NL101" and system != "Melior":
                    errs.append(where + "NL101 asserted on a PMO note")
        if not c["must"] and not c["must_not"]:
            errs.append(where + "asserts nothing")
    return errs


def main():
    lines = [json.dumps(c, ensure_ascii=False, sort_keys=False) for c in CASES]
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    # re-read what was written and validate that
    with open(OUT, encoding="utf-8") as fh:
        loaded = [json.loads(l) for l in fh if l.strip()]
    errs = validate(loaded)
    for e in errs:
        print("ERROR:", e, file=sys.stderr)
    stats = {}
    for c in loaded:
        for kind in ("must", "must_not"):
            for code, _ in c[kind]:
                stats[(code, kind)] = stats.get((code, kind), 0) + 1
    print("%d cases -> %s" % (len(loaded), OUT))
    for code in sorted(CODES):
        print("  %s must %d, must_not %d" % (code, stats.get((code, "must"), 0), stats.get((code, "must_not"), 0)))
    rs = {}
    for c in loaded:
        key = (c["ruleset"], c["record"]["notes"][0]["system"])
        rs[key] = rs.get(key, 0) + 1
    print("  by ruleset/system:", ", ".join("%s/%s %d" % (k[0], k[1], v) for k, v in sorted(rs.items())))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
