#!/usr/bin/env python3
"""Held-out set h26: NL101 / NL102 cases ("one ordinary week in a region's journals").

Dependency-free and deterministic. Writes nl1_heldout26_cases.jsonl beside this file
and validates it; exits 1 on any problem.
"""
import json
import os
import re
import sys
from datetime import date, datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_heldout26_cases.jsonl")
AS_OF = "2024-10-21T00:00:00"

# ---------------------------------------------------------------- units
UNITS = {
    # Skåne, Melior (hospitals)
    "s_akut_mal": ("Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4411"),
    "s_akut_hbg": ("Akutmottagningen, Helsingborgs lasarett", "SE2321000255-5120"),
    "s_med_hbg": ("Medicinavdelning 32, Helsingborgs lasarett", "SE2321000255-5187"),
    "s_med_ystad": ("Medicinkliniken, Lasarettet i Ystad", "SE2321000255-6032"),
    "s_neuro_lund": ("Neurologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7619"),
    "s_orto_kri": ("Ortopedmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-3310"),
    "s_barn_lund": ("Barn- och ungdomsmedicinsk mottagning, Skånes universitetssjukhus Lund", "SE2321000255-8204"),
    "s_barnavd_mal": ("Barnavdelning 5, Skånes universitetssjukhus Malmö", "SE2321000255-8266"),
    "s_bup_mal": ("BUP-mottagning Malmö Öster", "SE2321000255-9051"),
    "s_psyk_lund": ("Allmänpsykiatrisk mottagning Lund", "SE2321000032-1234"),
    "s_psykavd_hbg": ("Psykiatrisk vårdavdelning 3, Helsingborg", "SE2321000032-1290"),
    "s_onk_lund": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-7702"),
    "s_hema_lund": ("Hematologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7745"),
    "s_hud_mal": ("Hudmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4570"),
    "s_uro_mal": ("Urologmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4623"),
    "s_gyn_lund": ("Kvinnokliniken, Skånes universitetssjukhus Lund", "SE2321000255-7810"),
    "s_kard_lund": ("Hjärtmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7856"),
    "s_kir_kri": ("Kirurgavdelning 11, Centralsjukhuset Kristianstad", "SE2321000255-3388"),
    "s_geri_mal": ("Geriatriska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-4699"),
    "s_onh_hbg": ("Öron-, näs- och halsmottagningen, Helsingborgs lasarett", "SE2321000255-5233"),
    "s_ogon_lund": ("Ögonmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7901"),
    "s_infek_mal": ("Infektionskliniken, Skånes universitetssjukhus Malmö", "SE2321000255-4744"),
    "s_reuma_lund": ("Reumatologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7933"),
    "s_lung_lund": ("Lungmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7968"),
    # Skåne, PMO (primary care)
    "s_vc_linero": ("Vårdcentralen Linero", "SE2321000255-1042"),
    "s_vc_eslov": ("Vårdcentralen Eslöv", "SE2321000255-1187"),
    "s_vc_ystad": ("Vårdcentralen Ystad", "SE2321000255-1203"),
    "s_vc_hassleholm": ("Vårdcentralen Hässleholm", "SE2321000255-1254"),
    "s_bvc_trelleborg": ("BVC Trelleborg", "SE2321000255-1299"),
    "s_um_lund": ("Ungdomsmottagningen Lund", "SE2321000255-1316"),
    "s_hsv_kavlinge": ("Hemsjukvården Kävlinge", "SE2321000255-1378"),
    # Västra Götaland, Melior
    "v_akut_su": ("Akutmottagningen, Sahlgrenska universitetssjukhuset", "SE2321000131-E000000001021"),
    "v_akut_nal": ("Akutmottagningen, NU-sjukvården NÄL", "SE2321000131-E000000002184"),
    "v_med_nal": ("Medicinavdelning 12, NU-sjukvården NÄL", "SE2321000131-E000000002215"),
    "v_med_sas": ("Medicinmottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000003402"),
    "v_kard_sks": ("Kardiologmottagningen, Skaraborgs sjukhus Skövde", "SE2321000131-E000000004117"),
    "v_neuro_su": ("Neurologmottagningen, Sahlgrenska universitetssjukhuset", "SE2321000131-E000000001108"),
    "v_gyn_sas": ("Kvinnokliniken, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000003466"),
    "v_barn_dsbus": ("Barnmedicinmottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000001245"),
    "v_barnavd_dsbus": ("Avdelning 323, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000001276"),
    "v_infek_ostra": ("Infektionsmottagningen, Sahlgrenska universitetssjukhuset/Östra", "SE2321000131-E000000001330"),
    "v_onh_su": ("Öron-näsa-halsmottagningen, Sahlgrenska universitetssjukhuset", "SE2321000131-E000000001392"),
    "v_ogon_molndal": ("Ögonmottagningen, Sahlgrenska universitetssjukhuset/Mölndal", "SE2321000131-E000000001418"),
    "v_uro_sks": ("Urologmottagningen, Skaraborgs sjukhus Skövde", "SE2321000131-E000000004190"),
    "v_reuma_su": ("Reumatologmottagningen, Sahlgrenska universitetssjukhuset", "SE2321000131-E000000001455"),
    "v_geri_molndal": ("Geriatriska kliniken, Sahlgrenska universitetssjukhuset/Mölndal", "SE2321000131-E000000001487"),
    "v_psyk_nal": ("Psykiatrimottagning Trollhättan, NU-sjukvården", "SE2321000131-E000000002290"),
    "v_psyk_su": ("Psykosmottagning Centrum, Sahlgrenska universitetssjukhuset", "SE2321000131-E000000001511"),
    "v_kir_sas": ("Kirurgavdelning 52, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000003530"),
    "v_orto_sks": ("Ortopedmottagningen, Skaraborgs sjukhus Skövde", "SE2321000131-E000000004233"),
    "v_onk_su": ("Jubileumskliniken, Sahlgrenska universitetssjukhuset", "SE2321000131-E000000001540"),
    "v_hema_su": ("Hematologiavdelning 75, Sahlgrenska universitetssjukhuset", "SE2321000131-E000000001576"),
    "v_hud_sas": ("Hudmottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000003588"),
    "v_lung_su": ("Lungmottagningen, Sahlgrenska universitetssjukhuset", "SE2321000131-E000000001603"),
}

PMO_UNITS = {k for k in UNITS if k.startswith(("s_vc_", "s_bvc_", "s_um_", "s_hsv_"))}


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return str((10 - total % 10) % 10)


def patient(birth, sex, serial):
    """birth 'YYYY-MM-DD', sex 'f'/'m', serial 0..99 → v1 patient object."""
    y, m, d = birth.split("-")
    third = (serial % 5) * 2 + (1 if sex == "m" else 0)
    nnn = "%02d%d" % (serial % 100, third)
    check = luhn_digit(y[2:] + m + d + nnn)
    return {"id": "%s%s%s-%s%s" % (y, m, d, nnn, check), "birth_date": birth,
            "protected_identity": False}


def iso(t):
    return datetime.strptime(t, "%Y-%m-%d %H:%M").strftime("%Y-%m-%dT%H:%M:%S")


def note(nid, unit, author, role, time, sections, template="Läkaranteckning",
         setting="öppenvård", signed=40, system=None):
    name, hsa = UNITS[unit]
    if system is None:
        system = "PMO" if unit in PMO_UNITS else "Melior"
    t = datetime.strptime(time, "%Y-%m-%d %H:%M")
    return {
        "id": nid, "system": system, "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": t.strftime("%Y-%m-%dT%H:%M:%S"),
        "signed": None if signed is None else (t + timedelta(minutes=signed)).strftime("%Y-%m-%dT%H:%M:%S"),
        "setting": setting, "refs": [],
        "sections": [{"keyword": k, "text": v} for k, v in sections],
    }


CASES = []


def case(name, ruleset, pat, notes, must=(), must_not=(), why=""):
    if isinstance(notes, dict):
        notes = [notes]
    CASES.append({
        "case": name, "ruleset": ruleset,
        "record": {"patient": patient(*pat), "as_of": AS_OF, "notes": notes,
                   "access_events": [], "conversations": [], "treatments": []},
        "must": [list(x) for x in must], "must_not": [list(x) for x in must_not],
        "why": why,
    })


M1 = [("NL102", "n1")]
MN1 = [("NL101", "n1")]
NN2 = [("NL102", "n1")]
NN1 = [("NL101", "n1")]

# =====================================================================
# A. NL102 positives: hedged diagnosis in a visible Melior note
# =====================================================================
case("akut-susp-appendicit-telegrafisk", "skane", ("1998-04-17", "m", 11),
     note("n1", "s_akut_mal", "Jonas Lindqvist", "läkare", "2024-10-14 02:40", [
         ("Aktuellt", "Buksmärta sedan igår em, debut kring naveln, nu hö fossa. Illamående, ej kräkts."),
         ("Status", "Temp 38,1. Buk: ömhet + släppömhet McBurney, défense hö nedre kvadrant."),
         ("Bedömning", "Misstänkt appendicit. Kir-jour kontaktad, fastande, dropp."),
     ], template="Akutanteckning", setting="akutmottagning"),
     must=M1, why="'Misstänkt appendicit' in Bedömning of a Melior ER note is a visible hypothesis")

case("med-trol-pneumoni-forkortat", "vgr", ("1951-02-08", "f", 12),
     note("n1", "v_med_nal", "Erik Sandberg", "läkare", "2024-10-14 10:15", [
         ("Aktuellt", "Inkommer med feber o hosta sedan 4 d, sat 91 % på luft."),
         ("Status", "Krepitationer hö basalt. AF 24."),
         ("Bedömning", "Trol. pneumoni hö basalt. Start bensyl-pc 3 g x 3. Rtg pulm beställd."),
     ], template="Inskrivningsanteckning", setting="slutenvård"),
     must=M1, why="abbreviated hedge 'Trol.' before a diagnosis in a VGR Melior admission note")

case("neuro-optikusneurit-ms-kan-ej-uteslutas", "skane", ("1993-07-22", "f", 13),
     note("n1", "s_neuro_lund", "Karin Ek", "läkare", "2024-10-14 13:30", [
         ("Anamnes", "Dimsyn hö öga sedan 1 v, smärta vid ögonrörelser. För 2 år sedan domningar i benen som gick över spontant."),
         ("Bedömning", "Optikusneurit hö. MS kan ej uteslutas, MR hjärna och halsrygg samt LP bokas."),
     ]),
     must=M1, why="'MS kan ej uteslutas' is an uncertain diagnosis in a visible Melior note")

case("kard-dd-perikardit-nstemi", "vgr", ("1967-11-30", "m", 14),
     note("n1", "v_kard_sks", "Sofia Holm", "läkare", "2024-10-14 16:05", [
         ("Aktuellt", "Bröstsmärta sedan i morse, värre i liggande, bättre framåtlutad. Förkyld förra veckan."),
         ("Bedömning", "DD perikardit, NSTEMI. Serie-TnT, eko imorgon bitti."),
     ], setting="slutenvård"),
     must=M1, why="'DD' (differential diagnosis) listing two diagnoses is a hypothesis")

case("orto-susp-scaphoideumfraktur", "skane", ("2002-05-03", "m", 15),
     note("n1", "s_orto_kri", "Ahmed Karimi", "läkare", "2024-10-14 11:20", [
         ("Aktuellt", "Föll på utsträckt hand vid fotboll igår."),
         ("Status", "Ömhet i tabatièren vä, smärta vid axial kompression av tummen."),
         ("Bedömning", "Rtg utan säker fraktur men susp. scaphoideumfraktur. Skafoidgips, ny rtg om 10–14 d."),
     ]),
     must=M1, why="'susp.' before a fracture diagnosis while X-ray was inconclusive")

case("gyn-susp-x-forhojt-hcg", "vgr", ("1995-09-14", "f", 16),
     note("n1", "v_gyn_sas", "Linnea Berg", "läkare", "2024-10-15 08:50", [
         ("Aktuellt", "SM 7 v sedan, lätt blödning och ensidig smärta vä."),
         ("Status", "VUL: ingen intrauterin graviditet, ingen fri vätska. S-hCG 1850."),
         ("Bedömning", "Susp. X (extrauterin graviditet). Ny hCG om 48 h, pat vet att söka akut vid ökad smärta."),
     ]),
     must=M1, why="suspected ectopic pregnancy written with the common abbreviation 'X'")

case("barn-trolig-kawasaki", "skane", ("2020-03-09", "m", 17),
     note("n1", "s_barnavd_mal", "Maria Nyström", "läkare", "2024-10-15 09:40", [
         ("Aktuellt", "4-åring med feber sedan 5 dygn, röda ögon, spruckna läppar och utslag på bålen."),
         ("Status", "Jordgubbstunga, svullna hand- och fotryggar. Cervikal lgl 2 cm hö."),
         ("Bedömning", "Trolig Kawasakis sjukdom. Eko hjärta idag, IVIG diskuteras med bakjour."),
     ], template="Daganteckning", setting="slutenvård"),
     must=M1, why="hypothesis in a child's visible note: the guardians read it on 1177")

case("infek-fragetecken-malaria", "vgr", ("1988-12-01", "m", 18),
     note("n1", "v_infek_ostra", "Johan Strand", "läkare", "2024-10-15 14:10", [
         ("Aktuellt", "Hemkom från Uganda för 9 d sedan. Feber, frossa, huvudvärk. Tog ingen malariaprofylax."),
         ("Bedömning", "?Malaria. Snabbtest och tjock/tunn droppe akut. Tills vidare inneliggande."),
     ], setting="slutenvård"),
     must=M1, why="question-mark prefix '?Malaria' marks an unconfirmed diagnosis")

case("onh-ev-vestibularisschwannom", "vgr", ("1972-01-19", "m", 20),
     note("n1", "v_onh_su", "Hanna Kvist", "läkare", "2024-10-15 13:00", [
         ("Aktuellt", "Gradvis hörselnedsättning vä öra och tinnitus sedan 1 år, lite ostadig."),
         ("Undersökning", "Audiogram: sensorineural nedsättning vä, sämre taluppfattning vä."),
         ("Bedömning", "Asymmetrisk hörselnedsättning, ev. vestibularisschwannom vä. MR inneröra bokas."),
     ]),
     must=M1, why="'ev.' in front of a diagnosis is a hedge, not a scheduling word")

case("uro-stark-misstanke-prostatacancer", "skane", ("1956-08-11", "m", 21),
     note("n1", "s_uro_mal", "Anders Möller", "läkare", "2024-10-15 09:15", [
         ("Aktuellt", "Remiss från VC pga PSA 14 (6 för 2 år sedan)."),
         ("Status", "PR: hård oregelbunden knöl i hö lob."),
         ("Bedömning", "Stark misstanke om prostatacancer. MR prostata och därefter riktade biopsier."),
     ]),
     must=M1, why="'stark misstanke om' is still a hypothesis until biopsy")

case("reuma-trolig-ra-startar-mtx", "vgr", ("1979-04-05", "f", 22),
     note("n1", "v_reuma_su", "Eva Lundgren", "läkare", "2024-10-16 10:45", [
         ("Anamnes", "Morgonstelhet ca 2 tim sedan i somras, svullna fingerleder."),
         ("Status", "Synoviter MCP 2–3 bilat. Anti-CCP kraftigt pos, RF pos, SR 38."),
         ("Bedömning", "Trolig RA, uppfyller nästan klassifikationskriterierna. Start metotrexat 15 mg/v, folsyra."),
     ]),
     must=M1, why="a probable diagnosis stays hedged even when treatment is started")

case("geri-sannolik-alzheimer-dd-vaskular-typo", "vgr", ("1941-03-27", "f", 24),
     note("n1", "v_geri_molndal", "Lars Öberg", "läkare", "2024-10-16 11:00", [
         ("Anamnes", "Tilltagande minnessvikt sedan 2 år enl. dotter, hittar inte hem från affären."),
         ("Undersökning", "MMSE 21/30, klocktest patologiskt. DT hjärna: generell atrofi, måttliga vitsubstansförändringar."),
         ("Bedömning", "Sannolik Alzhiemers sjukdom, DD vaskulär demens eller blandform. Likvorprov erbjuds."),
     ]),
     must=M1, why="'Sannolik' + misspelled 'Alzhiemers' and a DD list in a memory work-up")

case("psyk-mojlig-bipolar-ii", "skane", ("1990-01-15", "f", 25),
     note("n1", "s_psyk_lund", "Tobias Falk", "läkare", "2024-10-16 13:45", [
         ("Aktuellt", "Återkommande depressioner sedan tonåren, beskriver perioder med minskat sömnbehov och ökad energi i några dagar."),
         ("Bedömning", "Möjlig bipolär sjukdom typ II. Behöver utredas vidare innan ställningstagande till stämningsstabiliserare."),
     ]),
     must=M1, why="'Möjlig' + psychiatric diagnosis in a visible adult psychiatry note")

case("neuro-misstankt-parkinson-typo", "vgr", ("1953-07-09", "m", 26),
     note("n1", "v_neuro_su", "Sara Åkesson", "läkare", "2024-10-16 09:30", [
         ("Status", "Vilotremor vä hand, kugghjulsrigiditet vä arm, hypomimi, nedsatt armpendling vä."),
         ("Bedömning", "Misstänkt Parkinssons sjukdom. DaTscan beställd, återbesök efter."),
     ]),
     must=M1, why="suspected Parkinson's with a misspelled eponym ('Parkinssons')")

case("med-trol-ibd-mb-crohn-fragetecken", "skane", ("1999-12-12", "m", 27),
     note("n1", "s_med_ystad", "Nils Bergkvist", "läkare", "2024-10-16 14:00", [
         ("Aktuellt", "Diarréer 3 mån, 6–8 ggr/d, nattliga. Viktnedgång 6 kg."),
         ("Lab", "CRP 45, F-kalprotektin 900, Hb 118."),
         ("Bedömning", "Trol. IBD, ffa Mb Crohn? Koloskopi med biopsier prioriteras."),
     ]),
     must=M1, why="hedged IBD with 'ffa … ?' pointing at Crohn's disease")

case("ogon-misstankt-temporalisarterit", "vgr", ("1946-05-18", "f", 28),
     note("n1", "v_ogon_molndal", "Magnus Hedlund", "läkare", "2024-10-16 17:10", [
         ("Aktuellt", "Plötslig synförsämring vä sedan i morse. Tinningshuvudvärk och käkklaudikation 2 v."),
         ("Status", "Visus vä 0,1. Blek svullen papill vä. SR 84, CRP 62."),
         ("Bedömning", "Misstänkt temporalisarterit med AION vä. Start prednisolon 60 mg idag, temporalisbiopsi bokas."),
     ]),
     must=M1, why="suspected giant cell arteritis treated empirically: still a hypothesis")

case("akut-le-fragetecken-efter-diagnos", "skane", ("1985-02-28", "f", 29),
     note("n1", "s_akut_hbg", "Fredrik Dahl", "läkare", "2024-10-16 22:35", [
         ("Aktuellt", "Plötslig dyspné och hö-sidig andningskorrelerad smärta. P-piller. Flög hem från Thailand i förrgår."),
         ("Status", "Puls 112, sat 93 %. D-dimer 2,4."),
         ("Bedömning", "LE? DT lungartärer beställd, fragmin given i väntan."),
     ], template="Akutanteckning", setting="akutmottagning"),
     must=M1, why="trailing question mark after a diagnosis abbreviation ('LE?')")

case("kir-pankreascancer-kan-inte-uteslutas", "vgr", ("1949-09-03", "m", 30),
     note("n1", "v_kir_sas", "Ingrid Sjöberg", "läkare", "2024-10-17 08:30", [
         ("Aktuellt", "Smärtfri ikterus sedan 1 v, mörk urin, ljus avföring. Viktnedgång 8 kg sedan sommaren."),
         ("Status", "Ikterisk. Palpabel oöm gallblåsa."),
         ("Bedömning", "Pankreascancer kan inte uteslutas. DT buk med pankreasprotokoll, CA 19-9."),
     ], setting="slutenvård"),
     must=M1, why="'kan inte uteslutas' (long form of 'kan ej uteslutas') is a hedge, not a negation")

case("onk-sannolikt-skelettmetastaser", "skane", ("1961-12-20", "f", 31),
     note("n1", "s_onk_lund", "Hampus Ström", "läkare", "2024-10-17 10:00", [
         ("Bakgrund", "Bröstcancer vä opererad 2019, adjuvant strålbehandling och endokrin behandling."),
         ("Aktuellt", "Ny ländryggssmärta sedan 6 v, nattlig värk. ALP 240."),
         ("Bedömning", "Sannolikt skelettmetastasering. Skelettscint och DT thorax-buk bokas."),
     ]),
     must=M1, why="new hedged diagnosis in a patient whose earlier cancer is settled")

case("barn-trolig-celiaki", "vgr", ("2016-06-14", "f", 32),
     note("n1", "v_barn_dsbus", "Anna Wikström", "läkare", "2024-10-17 13:15", [
         ("Aktuellt", "8-årig flicka, ont i magen och lös avföring sedan ett år, stannat av i längdkurvan."),
         ("Lab", "Hb 104, ferritin 6. Transglutaminas-ak >10 ggr övre referensgräns."),
         ("Bedömning", "Trolig celiaki. Gastroskopi med px, fortsatt glutenhaltig kost tills dess."),
     ]),
     must=M1, why="hedged diagnosis in a VGR child's note that the guardians read")

case("kard-missankt-hcm-typo", "skane", ("1987-03-03", "m", 33),
     note("n1", "s_kard_lund", "Elin Svensson", "läkare", "2024-10-17 11:40", [
         ("Aktuellt", "Svimmade under löprunda. Farbror dog plötsligt 40 år gammal."),
         ("Undersökning", "EKG: vänsterkammarhypertrofi med djupa T-inversioner. Eko: septum 19 mm."),
         ("Bedömning", "Missänkt hypertrofisk kardiomyopati. Hjärt-MR och långtids-EKG, tävlingsförbud tills vidare."),
     ]),
     must=M1, why="typo 'Missänkt' (for Misstänkt) must still count as a hedge")

case("med-sannolkit-uvi-typo", "vgr", ("1938-08-08", "f", 34),
     note("n1", "v_med_sas", "Viktor Johansson", "läkare", "2024-10-17 15:25", [
         ("Aktuellt", "Förvirrad sedan 2 d enl hemtjänst, feber 38,6, ömmar över blåsan."),
         ("Bedömning", "Sannolkit UVI med allmänpåverkan, ev pyelonefrit. Odlingar tagna, start cefotaxim."),
     ], template="Inskrivningsanteckning", setting="slutenvård"),
     must=M1, why="typo 'Sannolkit' and an 'ev' hedge on pyelonephritis")

case("akut-susp-pnuemoni-typo", "skane", ("1944-11-11", "m", 35),
     note("n1", "s_akut_mal", "Lina Forsberg", "läkare", "2024-10-17 19:50", [
         ("Aktuellt", "KOL-pat med ökad dyspné och gulgröna upphostningar, frossa."),
         ("Status", "Sat 88 %, ronki bilat, dämpning vä bas. CRP 180."),
         ("Bedömning", "KOL-exacerbation, susp. pnuemoni vä. Rtg pulm, start Tazocin."),
     ], template="Akutanteckning", setting="akutmottagning"),
     must=M1, why="misspelled diagnosis 'pnuemoni' after 'susp.' next to a settled KOL")

case("psyk-differentialdiagnostiskt-eips", "vgr", ("1997-10-10", "f", 36),
     note("n1", "v_psyk_nal", "Oskar Lindahl", "läkare", "2024-10-17 14:30", [
         ("Aktuellt", "Upprepade självskador, instabila relationer, intensiva stämningsväxlingar under timmar."),
         ("Bedömning", "Depressiv episod. Differentialdiagnostiskt övervägs emotionellt instabil personlighetsstörning, SCID-II planeras."),
     ]),
     must=M1, why="'Differentialdiagnostiskt övervägs' introduces an uncertain diagnosis")

case("neuro-trolig-epilepsi-forsta-anfall", "skane", ("2003-02-17", "m", 37),
     note("n1", "s_neuro_lund", "Marie Lund", "läkare", "2024-10-18 09:00", [
         ("Aktuellt", "Hittades kramp i sängen av flickvän, tungbett lateralt, urinavgång. Ett liknande nattligt anfall i våras?"),
         ("Bedömning", "Trolig epilepsi, ej fastställd. EEG och MR, körförbud informerat."),
     ]),
     must=M1, why="'Trolig epilepsi, ej fastställd': the 'ej' negates settlement, not the diagnosis")

case("gyn-endometrios-fragetecken", "skane", ("1996-08-29", "f", 39),
     note("n1", "s_gyn_lund", "Emma Hansson", "läkare", "2024-10-18 10:20", [
         ("Aktuellt", "Svår dysmenorré sedan tonåren, dyspareuni, försökt bli gravid 1,5 år."),
         ("Status", "Öm vid palp bakre fornix. VUL: 3 cm endometriom vä ovarium?"),
         ("Bedömning", "Endometrios? Remiss till endometriosteamet, start kontinuerliga p-piller."),
     ]),
     must=M1, why="'Endometrios?' in Bedömning is a hedged diagnosis")

case("geri-trol-delirium-pga-uvi", "skane", ("1935-04-04", "m", 41),
     note("n1", "s_geri_mal", "Sanna Lindberg", "läkare", "2024-10-18 11:30", [
         ("Aktuellt", "Akut påkommen förvirring sedan 2 d, fluktuerande, vaken på nätterna. Känd lätt kognitiv svikt."),
         ("Bedömning", "Trol. delirium utlöst av infektion, UVI? Odling, sätter ut Oxascand."),
     ], template="Daganteckning", setting="slutenvård"),
     must=M1, why="two hedges in one line ('Trol.' and 'UVI?') in a geriatric note")

case("orto-ockult-collumfraktur", "vgr", ("1939-12-24", "f", 42),
     note("n1", "v_orto_sks", "David Ekström", "läkare", "2024-10-18 13:50", [
         ("Aktuellt", "Föll i hemmet igår, kan inte belasta hö ben."),
         ("Undersökning", "Rtg höft hö: ingen säker fraktur."),
         ("Bedömning", "Ockult collumfraktur hö kan ej uteslutas. MR höft idag, avlastning tills svar."),
     ], setting="slutenvård"),
     must=M1, why="negative X-ray plus 'kan ej uteslutas': the hedge wins over 'ingen säker fraktur'")

case("hud-psoriasis-ev-psoriasisartrit", "skane", ("1982-09-09", "m", 43),
     note("n1", "s_hud_mal", "Klara Sundin", "läkare", "2024-10-18 14:15", [
         ("Status", "Välavgränsade fjällande plack armbågar och knän, nagelgropar. Svullet DIP-led dig III hö hand."),
         ("Bedömning", "Psoriasis vulgaris. Ev psoriasisartrit, remiss reumatolog."),
     ]),
     must=M1, why="settled psoriasis but 'Ev psoriasisartrit' is a hedged diagnosis")

case("kard-mojligen-paroxysmalt-ff", "vgr", ("1950-10-20", "m", 44),
     note("n1", "v_kard_sks", "Rebecka Nord", "läkare", "2024-10-18 15:30", [
         ("Aktuellt", "Episoder av hjärtklappning och yrsel senaste mån. Vilo-EKG sinusrytm."),
         ("Bedömning", "Möjligen paroxysmalt FF. Holter 72 h, ställningstagande till antikoagulation efter svar."),
     ]),
     must=M1, why="'Möjligen' before an abbreviated diagnosis (FF)")

case("neuro-tia-fragetecken-forst", "vgr", ("1948-02-13", "f", 45),
     note("n1", "v_neuro_su", "Henrik Åberg", "läkare", "2024-10-19 10:10", [
         ("Aktuellt", "Övergående afasi ca 20 min igår em, helt återställd. Hypertoni."),
         ("Bedömning", "TIA? ABCD2 5. Ultraljud halskärl, Holter, start Trombyl och statin."),
     ], template="Akutanteckning", setting="akutmottagning"),
     must=M1, why="'TIA?' in Bedömning is a hypothesis")

case("bup-misstanke-om-adhd-barn", "skane", ("2015-05-21", "m", 46),
     note("n1", "s_bup_mal", "Ulrika Persson", "psykolog", "2024-10-15 15:00", [
         ("Kontaktorsak", "Remiss från elevhälsan pga koncentrationssvårigheter och impulsivitet."),
         ("Bedömning", "Misstanke om ADHD, ev. även språkstörning. Neuropsykiatrisk utredning startas, skattningar till föräldrar och lärare."),
     ], template="Psykologanteckning"),
     must=M1, why="BUP note for a 9-year-old: guardians read 'Misstanke om ADHD'")

case("onh-larynxcancer-obs-fragetecken", "skane", ("1955-03-15", "m", 48),
     note("n1", "s_onh_hbg", "Sebastian Nyberg", "läkare", "2024-10-17 09:20", [
         ("Aktuellt", "Hes sedan 6 v, rökare. Ingen förkylning innan."),
         ("Status", "Fiberlaryngoskopi: oregelbunden vitaktig förändring vä stämband, nedsatt rörlighet."),
         ("Bedömning", "Obs larynxcancer? Mikrolaryngoskopi med px i narkos inom 1 v."),
     ]),
     must=M1, why="'Obs … ?' hedged malignancy in an ENT note")

case("obst-begynnande-preeklampsi", "vgr", ("1994-07-01", "f", 49),
     note("n1", "v_gyn_sas", "Malin Höglund", "barnmorska", "2024-10-19 16:40", [
         ("Aktuellt", "Gravid v 34+2, huvudvärk och svullna händer. BT 152/102, U-albumin 2+."),
         ("Bedömning", "Begynnande preeklampsi? Läkare bedömer, CTG och preeklampsiprover tagna."),
     ], template="Barnmorskeanteckning", setting="slutenvård"),
     must=M1, why="midwife's hedged obstetric diagnosis with trailing question mark")

case("med-hjartsvikt-trolig-efterstalld", "skane", ("1945-01-09", "f", 50),
     note("n1", "s_med_hbg", "Gustav Berglund", "läkare", "2024-10-19 11:05", [
         ("Aktuellt", "Tilltagande ansträngningsdyspné, ortopné, bensvullnad."),
         ("Bedömning", "Hjärtsvikt trolig mot bakgrund av NT-proBNP 3400 och stas på rtg. Eko beställt, start furosemid."),
     ], template="Daganteckning", setting="slutenvård"),
     must=M1, why="hedge word after the diagnosis ('Hjärtsvikt trolig')")

case("med-ang-knasmarta-trol-gikt", "vgr", ("1962-04-23", "m", 51),
     note("n1", "v_med_sas", "Frida Sjölund", "läkare", "2024-10-15 10:55", [
         ("Aktuellt", "Ang. svullet varmt knä hö sedan 2 d, ingen skada. Tiazid."),
         ("Bedömning", "Trol. gikt, DD pseudogikt. Ledpunktion för kristaller och odling."),
     ]),
     must=M1, why="'ang.' is just 'regarding'; 'Trol. gikt' and DD are the hypothesis")

case("lung-ev-somnapnesyndrom", "skane", ("1970-12-03", "m", 52),
     note("n1", "s_lung_lund", "Jenny Mattsson", "sjuksköterska", "2024-10-16 08:30", [
         ("Aktuellt", "Snarkning, andningsuppehåll enl. sambo, dagtrötthet. ESS 15, BMI 34."),
         ("Åtgärd", "Utlånat apparatur för nattlig polygrafi pga ev. sömnapnésyndrom. Återlämnas imorgon."),
     ], template="Sjuksköterskeanteckning"),
     must=M1, why="nurse's note: 'pga ev. sömnapnésyndrom' is a hedged diagnosis, not a scheduling 'ev.'")

case("akut-lang-susp-dvt-med-negationer", "vgr", ("1981-05-16", "f", 53),
     note("n1", "v_akut_nal", "Karl Ahlgren", "läkare", "2024-10-19 20:10", [
         ("Kontaktorsak", "Svullet ömt vä underben sedan 4 d."),
         ("Anamnes", "Tidigare frisk. Opererad för menisk vä knä för 3 v sedan. Inga läkemedel utöver p-piller."),
         ("Status", "AT gott. Vä vad 3 cm större omfång än hö, ömhet längs djupa vener. Pulm ua, sat 98 %, puls 78. Inga tecken på LE."),
         ("Bedömning", "Susp. DVT vä underben. Wells 3. Fragmin given, ultraljud imorgon kl 10."),
         ("Planering", "Hem över natten, ev. ny bedömning imorgon efter ultraljud."),
     ], template="Akutanteckning", setting="akutmottagning"),
     must=M1, why="longer ER note: negated LE and scheduling 'ev.' around a real 'Susp. DVT'")

case("barn-akut-fragetecken-pneumoni-rtg", "skane", ("2019-01-25", "f", 54),
     note("n1", "s_barn_lund", "Olle Blom", "läkare", "2024-10-19 18:25", [
         ("Aktuellt", "5-åring, feber 39,5 sedan 3 d, hosta, andas fort."),
         ("Status", "AF 40, indragningar, nedsatt andningsljud hö bas."),
         ("Bedömning", "Pneumoni hö? Rtg pulm, CRP. Amoxicillin om rtg talar för."),
     ], template="Akutanteckning", setting="akutmottagning", signed=None),
     must=M1, why="unsigned draft (pre-signing) of a child's note with 'Pneumoni hö?'")

case("onk-recidiv-kan-ej-uteslutas-utkast", "vgr", ("1966-09-28", "f", 55),
     note("n1", "v_onk_su", "Tove Engström", "läkare", "2024-10-18 12:00", [
         ("Aktuellt", "Uppföljning ovarialcancer, avslutad cytostatika 2023. CA-125 stigit från 12 till 58."),
         ("Bedömning", "Recidiv av ovarialcancer kan ej uteslutas. DT thorax-buk inom 2 v."),
     ], signed=None),
     must=M1, why="unsigned draft: hedged recurrence of a known cancer")

# =====================================================================
# B. NL102 negatives in Melior: negation, family/past history, settled,
#    pseudo-hedges, correct use of Tidiga hypoteser
# =====================================================================
case("akut-ingen-misstanke-om-apendicit-typo", "skane", ("2001-03-12", "f", 56),
     note("n1", "s_akut_hbg", "Mattias Gren", "läkare", "2024-10-14 21:30", [
         ("Status", "Buk mjuk, lätt diffust öm, ingen släppömhet. Temp 37,4. CRP 8."),
         ("Bedömning", "Ingen misstanke om apendicit. Hem med råd, åter vid försämring."),
     ], template="Akutanteckning", setting="akutmottagning"),
     must_not=M1, why="negated suspicion ('Ingen misstanke om') with misspelled 'apendicit' never fires NL102")

case("akut-dvt-utesluten-med-ultraljud", "skane", ("1960-07-19", "f", 60),
     note("n1", "s_akut_mal", "Noah Lindell", "läkare", "2024-10-15 11:45", [
         ("Bedömning", "DVT utesluten med ultraljud. D-dimer trol. falskt förhöjd efter höftoperationen."),
     ], template="Akutanteckning", setting="akutmottagning"),
     must_not=M1, why="excluded DVT; the 'trol.' hedges a lab artefact, not a diagnosis")

case("neuro-mr-utan-hallpunkt-for-ms", "vgr", ("1991-11-23", "f", 61),
     note("n1", "v_neuro_su", "Filip Borg", "läkare", "2024-10-15 15:35", [
         ("Aktuellt", "Stickningar i händerna periodvis, orolig för MS."),
         ("Bedömning", "MR hjärna och halsrygg utan hållpunkt för MS. Besvären bedöms som ofarliga, ingen ytterligare utredning."),
     ]),
     must_not=M1, why="'utan hållpunkt för MS' is negation; the patient's worry is not a clinician's hypothesis")

case("onk-ingen-misstamke-om-malignitet-typo", "skane", ("1973-05-05", "f", 62),
     note("n1", "s_gyn_lund", "Isak Törnqvist", "läkare", "2024-10-15 16:00", [
         ("Bedömning", "Enkel cysta vä ovarium 3 cm, tunnväggig. Ingen misstamke om malignitet. Kontroll-UL om 3 mån."),
     ]),
     must_not=M1, why="typo in the negation cue ('misstamke') still negates")

case("infek-inga-teckn-pa-meningit-typo", "vgr", ("1984-08-18", "m", 63),
     note("n1", "v_infek_ostra", "Moa Rydberg", "läkare", "2024-10-15 20:20", [
         ("Bedömning", "Feber och huvudvärk, nacken mjuk. Inga teckn på meningit. Influensa A pos, hem med Tamiflu."),
     ], setting="akutmottagning"),
     must_not=M1, why="typo 'teckn' in 'Inga tecken på': negated, and influenza is confirmed")

case("gyn-malignitet-kan-uteslutas", "vgr", ("1969-02-14", "f", 64),
     note("n1", "v_gyn_sas", "Astrid Lindfors", "läkare", "2024-10-16 09:05", [
         ("Bedömning", "PAD från endometriebiopsi: atrofiskt endometrium. Malignitet kan uteslutas. Postmenopausal blödning pga atrofi, lokalt östrogen."),
     ]),
     must_not=M1, why="'kan uteslutas' (without ej) rules the diagnosis out")

case("hereditet-morbror-misstankt-lynch", "vgr", ("1980-06-01", "m", 65),
     note("n1", "v_onk_su", "Ebba Strömberg", "läkare", "2024-10-16 10:30", [
         ("Hereditet", "Mor bröstcancer vid 50 års ålder. Morbror koloncancer 45 år, misstänkt Lynch syndrom i släkten men ej testat."),
         ("Bedömning", "Pat själv besvärsfri. Remiss till onkogenetisk mottagning för utredning och ev. koloskopiprogram."),
     ]),
     must_not=M1, why="hedged diagnosis belongs to relatives (Hereditet), not to the patient")

case("hereditet-far-trol-als", "skane", ("1975-09-19", "m", 66),
     note("n1", "s_neuro_lund", "Vera Åström", "läkare", "2024-10-16 14:20", [
         ("Aktuellt", "Far dog 62 år, hade trol. ALS enligt pat. Pat orolig, lite muskelryckningar i vaderna."),
         ("Status", "Neurologstatus helt ua, ingen svaghet eller atrofi."),
         ("Bedömning", "Benigna fascikulationer. Lugnande besked, ingen uppföljning."),
     ]),
     must_not=M1, why="'trol. ALS' is about the father; the patient's diagnosis is settled and benign")

case("tidigare-misstankt-sarkoidos-avskrevs", "skane", ("1977-04-11", "f", 68),
     note("n1", "s_lung_lund", "Axel Holmgren", "läkare", "2024-10-16 16:10", [
         ("Tidigare sjukdomar", "Utreddes 2018 för misstänkt sarkoidos, avskrevs efter bronkoskopi. Astma sedan barndomen."),
         ("Bedömning", "Astma, dåligt kontrollerad. Ökar Symbicort, spirometri om 3 mån."),
     ]),
     must_not=M1, why="past hypothesis already rejected ('avskrevs') is history, not a current hedge")

case("kol-kand-exacerbation", "skane", ("1949-07-27", "m", 70),
     note("n1", "s_med_ystad", "Lovisa Bergh", "läkare", "2024-10-17 10:40", [
         ("Aktuellt", "Känd KOL stadium 3, LTOT. Ökad dyspné 3 d, ingen feber."),
         ("Bedömning", "KOL-exacerbation. Prednisolon 30 mg x 5 d, inhalationer, Doxyferm."),
     ], template="Daganteckning", setting="slutenvård"),
     must_not=M1, why="settled diagnosis, no hedge")

case("crohn-sedan-2012-skov", "vgr", ("1992-03-21", "f", 71),
     note("n1", "v_med_sas", "Albin Gustafsson", "läkare", "2024-10-17 13:20", [
         ("Bakgrund", "Mb Crohn sedan 2012, ileocekal lokalisation, Humira."),
         ("Bedömning", "Skov av Mb Crohn. Entocort 9 mg, ny kalprotektin om 4 v."),
     ]),
     must_not=M1, why="settled Crohn's flare, eponym abbreviation 'Mb'")

case("bechterew-diagnos-faststalld", "vgr", ("1983-12-08", "m", 73),
     note("n1", "v_reuma_su", "Wilma Sandström", "sjuksköterska", "2024-10-17 11:10", [
         ("Diagnos", "Bechterews sjukdom, fastställd 2020."),
         ("Aktuellt", "Telefonuppföljning biologisk behandling, mår bra, BASDAI 2,1."),
         ("Åtgärd", "Fortsatt Cimzia. Provtagning inför läkarbesök i januari."),
     ], template="Telefonanteckning"),
     must_not=M1, why="settled eponym diagnosis in a nurse's telephone note")

case("kir-postop-ev-hem-i-eftermiddag", "vgr", ("1971-08-14", "f", 75),
     note("n1", "v_kir_sas", "Tilde Lindkvist", "sjuksköterska", "2024-10-18 07:40", [
         ("Omvårdnad", "Postop dag 1 efter lap. kolecystektomi pga gallstenssjukdom. Smärta VAS 2, äter och går."),
         ("Planering", "Ev. hem i eftermiddag, annars imorgon. Möjligen behov av sjukskrivning 1 v till."),
     ], template="Sjuksköterskeanteckning", setting="slutenvård"),
     must_not=M1, why="non-diagnostic hedges about discharge and sick leave")

case("oklart-om-pat-kan-komma-telefon", "vgr", ("1932-11-02", "f", 78),
     note("n1", "v_geri_molndal", "Agnes Wallén", "sjuksköterska", "2024-10-18 15:05", [
         ("Aktuellt", "Dotter ringer. Pat med känd Alzheimers sjukdom, oklart om pat orkar ta sig till dagvården på måndag."),
         ("Åtgärd", "Ev. telefonuppföljning istället, läkare tar ställning."),
     ], template="Telefonanteckning"),
     must_not=M1, why="uncertainty about transport and follow-up, not about the (settled) dementia")

case("fragetecken-om-tid-for-eko", "skane", ("1943-06-17", "m", 79),
     note("n1", "s_kard_lund", "Tuva Ekberg", "sjuksköterska", "2024-10-19 09:00", [
         ("Aktuellt", "Pat med aortastenos, opererad med TAVI i våras. Ringer om kallelse."),
         ("Åtgärd", "Kontroll-eko v 47? Kollar med sekreterare och återkommer till pat."),
     ], template="Telefonanteckning"),
     must_not=M1, why="question mark on a booking, not on a diagnosis")

case("pat-radd-for-hjartinfarkt-lugnande", "skane", ("1978-10-28", "m", 80),
     note("n1", "s_akut_mal", "Ella Blomqvist", "läkare", "2024-10-19 13:55", [
         ("Aktuellt", "Stickande smärta vä bröstkorg i vila, rädd för hjärtinfarkt som sin pappa."),
         ("Bedömning", "EKG och TnT x2 normala, palpationsöm över costokondrala leden. Thoraxväggsmärta, lugnande besked."),
     ], template="Akutanteckning", setting="akutmottagning"),
     must_not=M1, why="the patient's fear of an infarction is not a hypothesis; assessment settled")

case("th-mall-huntington-skane", "skane", ("1984-02-09", "f", 81),
     note("n1", "s_neuro_lund", "Mikael Ström", "läkare", "2024-10-15 12:10", [
         ("Bedömning", "Choreatiska rörelser, irritabilitet och kognitiv påverkan. Misstänkt Huntingtons sjukdom, mor avled ung i oklar neurologisk sjukdom. Genetisk vägledning innan ev. test, ej kommunicerat med pat."),
     ], template="Tidiga hypoteser"),
     must_not=[("NL101", "n1"), ("NL102", "n1")],
     why="Skåne: hypothesis and not-told statement correctly in the Tidiga hypoteser template")

case("th-sokord-ftd-vgr", "vgr", ("1957-08-01", "m", 82),
     note("n1", "v_neuro_su", "Kristina Dahlgren", "läkare", "2024-10-16 13:00", [
         ("Aktuellt", "Hustrun beskriver personlighetsförändring, hämningslöshet och apati senaste året."),
         ("Planering", "Neuropsykologisk testning och FDG-PET, återbesök med hustru."),
         ("Tidiga hypoteser", "Möjlig frontotemporal demens, beteendevariant."),
     ]),
     must_not=M1, why="VGR: hedged diagnosis only under the sökord Tidiga hypoteser")

case("th-sokord-gliom-ev-mr-synligt", "vgr", ("1990-04-14", "f", 83),
     note("n1", "v_neuro_su", "Rasmus Lind", "läkare", "2024-10-17 15:15", [
         ("Aktuellt", "Första epileptiska anfall, MR visar förändring vä temporalt."),
         ("Planering", "Ev. ny MR med perfusion om 3 mån. Levetiracetam insatt."),
         ("Tidiga hypoteser", "Susp. lågmalignt gliom vä temporallob. DD fokal kortikal dysplasi."),
     ]),
     must_not=M1, why="VGR: visible sections hold only a pseudo-hedge; the hypothesis is under Tidiga hypoteser")

case("dosett-misstankt-feldosering", "vgr", ("1940-09-12", "f", 85),
     note("n1", "v_med_nal", "Hugo Lindström", "sjuksköterska", "2024-10-19 10:50", [
         ("Aktuellt", "Pat med typ 2-diabetes och hjärtsvikt. Misstänkt feldosering i dosetten, dubbla Furix-tabletter på morgonen."),
         ("Åtgärd", "Dosetten omlagd, apoteket kontaktat. Läkare informerad."),
     ], template="Sjuksköterskeanteckning", setting="slutenvård"),
     must_not=M1, why="'Misstänkt' about a dosing error, not a diagnosis")

case("ingen-anledning-att-misstanka-borrelia", "skane", ("1963-06-09", "f", 87),
     note("n1", "s_hud_mal", "Gabriel Fors", "läkare", "2024-10-14 09:40", [
         ("Aktuellt", "Fästingbett för 2 d sedan, liten rodnad runt bettet."),
         ("Bedömning", "Rodnad 1 cm, uppkom direkt. Ingen anledning att misstänka borrelia i nuläget. Åter om ringformad rodnad >5 cm."),
     ]),
     must_not=M1, why="'Ingen anledning att misstänka' negates the suspicion")

case("barn-kand-astma-ev-aterbesok", "vgr", ("2017-02-20", "m", 88),
     note("n1", "v_barn_dsbus", "Lisa Sundqvist", "sjuksköterska", "2024-10-14 11:15", [
         ("Aktuellt", "Känd astma, försämring vid förkylningar. Mamma ringer, hostar nattetid sedan 3 d."),
         ("Åtgärd", "Ökar Flutide enligt astmaplan. Ev. återbesök astmasköterska om ingen förbättring på en vecka."),
     ], template="Telefonanteckning"),
     must_not=M1, why="child with settled asthma; 'Ev.' hedges the follow-up")

# =====================================================================
# C. PMO (Skåne primary care): diagnoses are never shown → no NL102
# =====================================================================
case("pmo-vc-trol-pneumoni", "skane", ("1971-03-18", "m", 91),
     note("n1", "s_vc_linero", "Annika Strand", "läkare", "2024-10-14 10:20", [
         ("Aktuellt", "Hosta och feber 39 sedan 5 d, värre igår."),
         ("Bedömning", "Trol. pneumoni vä, CRP 96. Start PcV 1 g x 3 i 7 d."),
     ], template="Läkarbesök"),
     must_not=M1, why="PMO: hedged diagnosis never shown in Journalen, so no NL102")

case("pmo-bvc-ev-hoftledsluxation", "skane", ("2024-07-02", "f", 93),
     note("n1", "s_bvc_trelleborg", "Petra Hallberg", "sjuksköterska", "2024-10-15 09:30", [
         ("Aktuellt", "3-månaderskontroll. Asymmetriska lårveck, lite instabilitet vä höft enligt BVC-läkare."),
         ("Åtgärd", "Ev. höftledsluxation vä, remiss till barnortoped för ultraljud."),
     ], template="BVC-besök"),
     must_not=M1, why="PMO BVC note for an infant: hedged diagnosis is not shown")

case("pmo-um-susp-klamydia", "skane", ("2006-05-10", "f", 94),
     note("n1", "s_um_lund", "Maja Lindeberg", "barnmorska", "2024-10-15 15:45", [
         ("Aktuellt", "Ökade flytningar, sveda vid miktion. Ny partner sedan 1 mån."),
         ("Bedömning", "Susp. klamydia, prov taget. Svar via 1177 om ca 1 v, partnerinfo given."),
     ], template="Barnmorskebesök"),
     must_not=M1, why="PMO youth clinic (18-year-old): 'Susp.' not asserted in PMO")

case("pmo-hsv-trol-uvi-aldre", "skane", ("1936-09-23", "f", 95),
     note("n1", "s_hsv_kavlinge", "Gunilla Persson", "sjuksköterska", "2024-10-16 10:10", [
         ("Aktuellt", "Hembesök. Ökad trötthet och mer förvirrad än vanligt enl. hemtjänst, illaluktande urin."),
         ("Åtgärd", "Trol. UVI, urinodling tagen och skickad. Dr Nilsson på VC informerad, ringer imorgon."),
     ], template="Hemsjukvård"),
     must_not=M1, why="home care note in PMO with 'Trol. UVI'")

case("pmo-vc-sannolikt-depresion-typo", "skane", ("1987-12-14", "m", 96),
     note("n1", "s_vc_ystad", "Hanna Blom", "läkare", "2024-10-16 14:25", [
         ("Aktuellt", "Nedstämd sedan separation i våras, sover dåligt, orkar inte jobba."),
         ("Bedömning", "Sannolikt depresion, PHQ-9 18. Ingen suicidrisk. Start sertralin, KBT-remiss."),
     ], template="Läkarbesök"),
     must_not=M1, why="PMO with typo 'depresion': still no NL102 in PMO")

case("pmo-vc-sle-fragetecken", "skane", ("1994-04-19", "f", 98),
     note("n1", "s_vc_linero", "Rickard Sten", "läkare", "2024-10-17 15:20", [
         ("Aktuellt", "Ledvärk i händerna, utslag över näsryggen efter sol, trött."),
         ("Bedömning", "SLE? ANA, dsDNA, komplement och urinsticka. Åter på provsvar."),
     ], template="Läkarbesök"),
     must_not=M1, why="'SLE?' in a PMO note")

case("pmo-vc-misstankt-lungcancer-ej-informerad", "skane", ("1950-06-12", "m", 99),
     note("n1", "s_vc_eslov", "Lotta Grahn", "läkare", "2024-10-18 16:30", [
         ("Provsvar", "Rtg pulm: 3 cm rundhärd hö överlob, misstänkt lungcancer enl. röntgenläkaren."),
         ("Åtgärd", "Pat ej informerad ännu, nås inte på telefon. Remiss skickad till lungmottagningen enl. SVF."),
     ], template="Provsvar/åtgärd"),
     must_not=M1, why="PMO: hedged diagnosis not shown → no NL102 (NL101 not asserted in PMO)")

case("pmo-vc-misstankt-hypotyreos-utkast", "skane", ("1979-10-04", "f", 0),
     note("n1", "s_vc_hassleholm", "Daniel Ek", "läkare", "2024-10-19 09:40", [
         ("Bedömning", "Trötthet, frusenhet, viktuppgång. Misstänkt hypotyreos, TSH och T4 tas."),
     ], template="Läkarbesök", signed=None),
     must_not=M1, why="unsigned PMO draft with a hedged diagnosis")

# =====================================================================
# D. NL101 positives: diagnosis visible although not told
# =====================================================================
case("onk-pad-adenocarcinom-ej-informerad", "skane", ("1958-03-08", "m", 1),
     note("n1", "s_kir_kri", "Sven Olausson", "läkare", "2024-10-14 15:40", [
         ("Provsvar", "PAD från px sigmoideum: adenocarcinom, måttligt differentierat."),
         ("Planering", "Pat ej informerad ännu. Besked ges vid återbesök 24/10 tillsammans med kontaktsjuksköterska. DT thorax-buk beställd."),
     ], template="Provsvarsanteckning"),
     must=MN1, must_not=M1, why="confirmed cancer visible; patient explicitly not yet informed")

case("lung-misstankt-lungcancer-inte-fatt-besked", "vgr", ("1953-10-26", "f", 2),
     note("n1", "v_lung_su", "Christer Boman", "läkare", "2024-10-14 16:20", [
         ("Provsvar", "DT thorax: 4 cm tumör hö överlob med förstorade mediastinala lgl."),
         ("Bedömning", "Misstänkt lungcancer. Pat har inte fått besked än, kallas till mottagningen på torsdag. Bronkoskopi bokas."),
     ]),
     must=[("NL101", "n1"), ("NL102", "n1")],
     why="hedged cancer + 'har inte fått besked än' in a visible section: both rules")

case("neuro-als-diagnos-ej-meddelad", "skane", ("1957-05-29", "m", 3),
     note("n1", "s_neuro_lund", "Ylva Dahlberg", "läkare", "2024-10-15 08:20", [
         ("Provsvar", "EMG: utbredd denervation i tre regioner."),
         ("Bedömning", "ALS. Diagnosen har ej meddelats pat, informationssamtal planerat nästa vecka med hustrun närvarande."),
     ]),
     must=MN1, why="'Diagnosen har ej meddelats pat' with a settled ALS diagnosis")

case("hema-aml-annu-ej-informerad", "vgr", ("1968-08-21", "m", 4),
     note("n1", "v_hema_su", "Petronella Aspelin", "läkare", "2024-10-15 17:30", [
         ("Provsvar", "Benmärg: akut myeloisk leukemi, 60 % blaster."),
         ("Planering", "Pat ännu ej informerad – ansvarig överläkare ger besked imorgon förmiddag. Cytostatikastart planeras fredag."),
     ], setting="slutenvård"),
     must=MN1, must_not=M1, why="AML settled, visible, patient 'ännu ej informerad'")

case("barn-misstankt-all-foraldrar-ej-informerade", "skane", ("2019-09-17", "m", 5),
     note("n1", "s_barnavd_mal", "Therese Lindqvist", "läkare", "2024-10-15 13:10", [
         ("Aktuellt", "5-åring med blåmärken, blekhet och skelettvärk. Hb 71, TPK 18, blaster i utstryk."),
         ("Bedömning", "Misstänkt ALL. Föräldrarna ännu ej informerade om misstanken, samtal med överläkare kl 15 idag."),
     ], template="Daganteckning", setting="slutenvård"),
     must=[("NL101", "n1"), ("NL102", "n1")],
     why="child under 13: the guardians who read the journal have not been told")

case("barn-mr-medulloblastom-vardnadshavare", "vgr", ("2014-12-04", "f", 6),
     note("n1", "v_barnavd_dsbus", "Carl Nordin", "läkare", "2024-10-16 12:45", [
         ("Provsvar", "MR hjärna: 4 cm tumör i bakre skallgropen med hydrocefalus."),
         ("Bedömning", "Trol. medulloblastom. Vårdnadshavarna har inte informerats ännu, neurokirurg och undertecknad träffar dem ikväll."),
     ], template="Daganteckning", setting="slutenvård"),
     must=[("NL101", "n1"), ("NL102", "n1")],
     why="9-year-old: 'Vårdnadshavarna har inte informerats' about a hedged brain tumour")

case("gyn-missed-abortion-ej-informerad", "skane", ("1991-11-16", "f", 7),
     note("n1", "s_gyn_lund", "Josefin Åkerman", "barnmorska", "2024-10-16 10:05", [
         ("Undersökning", "VUL: fosterekon motsvarande v 8, ingen hjärtaktivitet. Missed abortion."),
         ("Åtgärd", "Pat ej informerad om fyndet av undertecknad, läkare kallad för att ge beskedet."),
     ], template="Barnmorskeanteckning", signed=None),
     must=MN1, must_not=M1, why="unsigned draft: settled finding written before the doctor tells the patient")

case("uro-prostatacancer-ej-underrattad", "vgr", ("1950-02-19", "m", 8),
     note("n1", "v_uro_sks", "Birgitta Hellström", "sjuksköterska", "2024-10-16 14:50", [
         ("Provsvar", "Biopsisvar inkommit: prostatacancer Gleason 4+4=8 i 6 av 12 biopsier."),
         ("Åtgärd", "Pat ej underrättad om svaret. Tid hos dr Olsson 22/10, kallelse skickad."),
     ], template="Sjuksköterskeanteckning"),
     must=MN1, must_not=M1, why="'ej underrättad' is another way to say not informed")

case("psyk-schizofreni-bor-ej-delges", "skane", ("1998-06-13", "m", 9),
     note("n1", "s_psykavd_hbg", "Åsa Bergström", "läkare", "2024-10-16 15:30", [
         ("Bedömning", "Paranoid schizofreni, kriterierna uppfyllda efter 8 mån observation. Diagnosen bör inte delges pat i nuläget pga bristande sjukdomsinsikt och risk för akut försämring."),
     ], template="Daganteckning", setting="psykiatrisk slutenvård"),
     must=MN1, must_not=M1, why="'must not be told yet' phrased as 'bör inte delges pat i nuläget'")

case("neuro-ms-ej-infomerad-typo", "vgr", ("1989-03-25", "f", 10),
     note("n1", "v_neuro_su", "Jonatan Kling", "läkare", "2024-10-17 08:10", [
         ("Provsvar", "MR: multipla periventrikulära och juxtakortikala lesioner, varav två laddar kontrast. Oligoklonala band i likvor."),
         ("Bedömning", "MS, skovvis förlöpande. Pat ej infomerad, besked vid planerat besök på måndag."),
     ]),
     must=MN1, must_not=M1, why="typo 'infomerad' in the not-informed phrase")

case("kir-peritoneal-karcinos-postop", "skane", ("1955-12-02", "f", 11),
     note("n1", "s_kir_kri", "Gösta Rehn", "läkare", "2024-10-17 12:30", [
         ("Operationsfynd", "Vid diagnostisk laparoskopi utbredd peritoneal karcinos, ascites 2 liter."),
         ("Planering", "Pat ej informerad postoperativt. Informeras när hon är vaken och dottern är på plats, ev. imorgon."),
     ], template="Operationsberättelse", setting="slutenvård"),
     must=MN1, must_not=M1, why="operation note with a settled grave finding and patient not told")

case("geri-alzheimer-anhoriga-vill-ej", "vgr", ("1937-07-14", "m", 12),
     note("n1", "v_geri_molndal", "Märta Fransson", "läkare", "2024-10-17 14:10", [
         ("Bedömning", "Alzheimers sjukdom, måttlig grad. Anhöriga önskar att pat inte får veta diagnosen, vi avvaktar med information till pat tills vidare."),
         ("Planering", "Start donepezil. Återbesök med sonen om 2 mån."),
     ]),
     must=MN1, must_not=M1, why="relatives know, but the patient is deliberately not told")

case("kard-hcm-besked-efter-genetik", "skane", ("1984-09-05", "m", 13),
     note("n1", "s_kard_lund", "Sandra Viklund", "läkare", "2024-10-18 10:50", [
         ("Undersökning", "Hjärt-MR: asymmetrisk septumhypertrofi 21 mm med fläckvis fibros, förenligt med hypertrofisk kardiomyopati."),
         ("Planering", "Pat har inte informerats om diagnosen. Besked ges först i samband med genetisk vägledning 5/11."),
     ]),
     must=MN1, why="'har inte informerats om diagnosen' with a deferred disclosure date")

case("onk-melanom-tva-anteckningar", "vgr", ("1964-01-22", "f", 14), [
    note("n1", "v_hud_sas", "Lukas Berglund", "läkare", "2024-10-14 09:20", [
        ("Provsvar", "PAD från excision rygg: malignt melanom, Breslow 1,8 mm, ulcererat."),
        ("Åtgärd", "Pat ännu ej informerad. Kallas till mottagningen för besked och planering av utvidgad excision."),
    ], template="Provsvarsanteckning"),
    note("n2", "v_hud_sas", "Lukas Berglund", "läkare", "2024-10-17 10:00", [
        ("Aktuellt", "Besök för PAD-besked."),
        ("Bedömning", "Pat informerad om diagnosen malignt melanom och om planerad utvidgad excision med portvaktskörtelbiopsi."),
    ]),
],
     must=[("NL101", "n1")], must_not=[("NL101", "n2")],
     why="note rule: n1 stays a finding even though n2 later documents that the patient was told")

case("ogon-retinoblastom-foraldrar-ej-informerade", "skane", ("2022-02-11", "f", 15),
     note("n1", "s_ogon_lund", "Pia Dalström", "läkare", "2024-10-18 13:00", [
         ("Status", "Leukokori vä öga. Fundus: vitaktig förhöjd tumör temporalt."),
         ("Bedömning", "Trol. retinoblastom vä. Föräldrarna ej informerade om misstanken ännu; informeras av överläkare efter narkosundersökning imorgon."),
     ]),
     must=[("NL101", "n1"), ("NL102", "n1")],
     why="2-year-old: parents (the journal readers) not told about a hedged tumour")

case("infek-hiv-pos-ej-informerad", "vgr", ("1993-05-30", "m", 16),
     note("n1", "v_infek_ostra", "Nadia Osman", "läkare", "2024-10-18 16:00", [
         ("Provsvar", "HIV-1 antikropp/antigen pos, konfirmerat med western blot."),
         ("Åtgärd", "Pat ej informerad. Kallas till mottagningen för besked, kurator bokad samma dag."),
     ], template="Provsvarsanteckning"),
     must=MN1, must_not=M1, why="confirmed HIV visible before the patient is told")

case("gyn-cin3-ringer-mandag-typo", "vgr", ("1990-10-09", "f", 18),
     note("n1", "v_gyn_sas", "Hedvig Lund", "läkare", "2024-10-18 14:40", [
         ("Provsvar", "Px från portio: CIN 3."),
         ("Åtgärd", "Pat är inte informerd om PAD ännu. Ringer pat måndag för besked och tid för konisering."),
     ], template="Provsvarsanteckning"),
     must=MN1, must_not=M1, why="typo 'informerd' in the not-informed phrase, diagnosis CIN 3")

case("akut-glioblastom-utkast-ej-informerad", "skane", ("1962-04-16", "m", 19),
     note("n1", "s_akut_mal", "Karolina Wahl", "läkare", "2024-10-19 01:45", [
         ("Aktuellt", "Personlighetsförändring och huvudvärk 3 v, idag generaliserat krampanfall."),
         ("Bedömning", "DT hjärna: stor expansivitet vä frontalt med ödem, trol. glioblastom. Pat ej informerad om fyndet, neurokirurg konsulterad. Besked ges av avdelningsläkare i morgon."),
     ], template="Akutanteckning", setting="akutmottagning", signed=None),
     must=[("NL101", "n1"), ("NL102", "n1")],
     why="unsigned ER draft: hedged tumour and explicit not-informed")

case("bukspott-pat-vet-ej-avvaktar-information", "vgr", ("1947-06-03", "m", 21),
     note("n1", "v_kir_sas", "Folke Hammar", "läkare", "2024-10-17 17:20", [
         ("Provsvar", "EUS-px från pankreashuvudet: adenocarcinom."),
         ("Planering", "Pat vet ännu inget om provsvaret. Avvaktar med information tills MDK på tisdag har tagit ställning till behandling."),
     ], template="Provsvarsanteckning"),
     must=MN1, must_not=M1, why="'Pat vet ännu inget' + deliberate postponement of information")

# =====================================================================
# E. NL101 negatives: patient told, others not told, not-told about
#    something that is not a diagnosis, Tidiga hypoteser used correctly
# =====================================================================
case("onk-rektumcancer-pat-informerad", "skane", ("1956-02-06", "f", 22),
     note("n1", "s_onk_lund", "Bo Lindahl", "läkare", "2024-10-14 14:00", [
         ("Bedömning", "Rektumcancer T3N1M0. Pat informerad om diagnosen av undertecknad, kontaktsjuksköterska närvarande. Tog beskedet sansat."),
         ("Planering", "Kortbehandling strålning följt av operation, MDK-beslut 10/10."),
     ]),
     must_not=[("NL101", "n1"), ("NL102", "n1")],
     why="confirmed diagnosis, patient told: neither rule")

case("brostcancer-mor-ej-informerad", "skane", ("1979-07-18", "f", 24),
     note("n1", "s_onk_lund", "Pernilla Rask", "sjuksköterska", "2024-10-15 10:15", [
         ("Samtal", "Kontaktsjuksköterskesamtal efter beskedet om bröstcancer igår. Pat har berättat för maken. Önskar att hennes mor inte informeras ännu, vill själv berätta efter operationen."),
     ], template="Kontaktsjuksköterskeanteckning"),
     must_not=MN1, why="the mother is not informed; the patient herself knows")

case("klamydia-17-ar-foraldrar-ska-inte-veta", "skane", ("2007-03-14", "f", 26),
     note("n1", "s_infek_mal", "Ludvig Andrén", "läkare", "2024-10-15 16:20", [
         ("Bedömning", "Klamydia pos. Pat informerad och behandlad med doxycyklin, smittspårning påbörjad. Pat vill inte att föräldrarna får veta."),
     ]),
     must_not=MN1, why="17-year-old reads her own journal; parents not told is not NL101")

case("gallsten-ej-informerad-om-op-datum", "vgr", ("1975-11-08", "f", 27),
     note("n1", "v_kir_sas", "Staffan Lööw", "sjuksköterska", "2024-10-16 11:40", [
         ("Aktuellt", "Känd gallstenssjukdom, pat välinformerad om diagnosen och uppsatt på väntelista för kolecystektomi."),
         ("Åtgärd", "Operationsdatum ej klart. Pat ej informerad om tid ännu, kallelse skickas när planeringen är klar."),
     ], template="Sjuksköterskeanteckning"),
     must_not=MN1, why="'ej informerad' refers to the operation date, not to the diagnosis")

case("hiv-partner-ej-informerad", "skane", ("1986-09-26", "m", 28),
     note("n1", "s_infek_mal", "Moa Kjellberg", "läkare", "2024-10-16 09:20", [
         ("Bedömning", "HIV-infektion, välbehandlad, virus ej detekterbart. Partnern ännu ej informerad om HIV-diagnosen; pat uppmanas att informera enligt förhållningsregler, erbjuds stöd av kurator."),
     ]),
     must_not=MN1, why="a partner not informed is a third party, not the patient")

case("vgr-th-sokord-pankreascancer-synligt-neutralt", "vgr", ("1951-10-13", "m", 29),
     note("n1", "v_kir_sas", "Cornelia Thörn", "läkare", "2024-10-16 14:05", [
         ("Bedömning", "Ikterus under utredning. Pat informerad om att vidare utredning med DT och ERCP behövs."),
         ("Tidiga hypoteser", "Misstänkt pankreascancer. Pat ej informerad om misstanken i väntan på DT."),
     ]),
     must_not=[("NL101", "n1"), ("NL102", "n1")],
     why="VGR: hypothesis and not-told under sökord Tidiga hypoteser; visible text holds no diagnosis hedge")

case("barn-celiaki-foraldrar-informerade", "skane", ("2018-08-24", "f", 30),
     note("n1", "s_barn_lund", "Ebbe Sjögren", "läkare", "2024-10-16 16:40", [
         ("Provsvar", "PAD duodenum: totalvillös atrofi, Marsh 3c."),
         ("Bedömning", "Celiaki, diagnosen bekräftad. Föräldrarna informerade per telefon, remiss till dietist för glutenfri kost."),
     ], template="Telefonanteckning"),
     must_not=[("NL101", "n1"), ("NL102", "n1")],
     why="child's confirmed diagnosis told to the guardians")

case("barn-diabetes-barnet-ej-informerat-foraldrar-vet", "vgr", ("2013-03-07", "m", 31),
     note("n1", "v_barnavd_dsbus", "Louise Hjort", "läkare", "2024-10-17 09:30", [
         ("Bedömning", "Typ 1-diabetes med lätt ketoacidos, nu stabil. Föräldrarna informerade om diagnosen igår kväll. Pojken själv ej informerad ännu, föräldrarna vill berätta tillsammans med diabetessköterskan idag."),
     ], template="Daganteckning", setting="slutenvård"),
     must_not=MN1, why="11-year-old: the guardians who read the journal know; the child not yet told is not NL101")

case("pad-tidigare-ej-informerad-nu-informerad", "vgr", ("1967-05-15", "f", 32),
     note("n1", "v_onk_su", "Adam Söder", "läkare", "2024-10-17 13:15", [
         ("Aktuellt", "Pat hade vid förra besöket inte fått PAD-svaret då det inte var klart."),
         ("Bedömning", "Duktal bröstcancer vä, ER-pos, HER2-neg. Pat informerades idag om diagnosen och behandlingsplanen."),
     ]),
     must_not=[("NL101", "n1"), ("NL102", "n1")],
     why="an earlier 'not informed' state resolved in the same note: patient now told")

case("provsvar-ej-inkommit-ej-informerad", "skane", ("1980-01-24", "m", 33),
     note("n1", "s_med_hbg", "Emelie Hall", "sjuksköterska", "2024-10-17 14:55", [
         ("Åtgärd", "Blodprover tagna enligt läkarordination. Pat ej informerad om svaren ännu då de inte inkommit, läkare ringer när svaren finns."),
     ], template="Sjuksköterskeanteckning"),
     must_not=MN1, why="not informed about pending results, no diagnosis in the note")

case("pankreascancer-vill-inte-diskutera-prognos", "skane", ("1952-07-23", "f", 35),
     note("n1", "s_onk_lund", "Viggo Kronberg", "läkare", "2024-10-18 11:00", [
         ("Bedömning", "Pankreascancer med levermetastaser. Pat informerad om diagnosen och att botande behandling inte finns. Önskar inte diskutera prognos idag, respekteras."),
     ]),
     must_not=MN1, why="patient told the diagnosis; only the prognosis discussion is deferred")

case("ventrikelsar-pad-ej-klart", "vgr", ("1963-08-28", "m", 36),
     note("n1", "v_med_sas", "Lisen Krantz", "läkare", "2024-10-18 13:25", [
         ("Bedömning", "Gastroskopi: 1,5 cm ventrikelsår i antrum, px tagna. Pat informerad om fyndet. PAD ej klart, pat informeras när svaret kommit."),
         ("Planering", "PPI i dubbeldos 8 v, ny gastroskopi."),
     ]),
     must_not=MN1, why="patient told about the ulcer; 'informeras när svaret kommit' concerns a pending PAD")

case("arbetsgivaren-ej-informerad-epilepsi", "skane", ("1995-06-19", "m", 37),
     note("n1", "s_neuro_lund", "Kajsa Ottosson", "läkare", "2024-10-18 15:10", [
         ("Bedömning", "Epilepsi, fokala anfall med medvetandepåverkan. Pat informerad om diagnosen och körkortsreglerna. Arbetsgivaren ej informerad, pat funderar på hur han ska berätta."),
     ]),
     must_not=MN1, why="the employer, not the patient, is uninformed")

case("th-mall-barn-misstanke-foraldrar-ej-informerade", "skane", ("2017-11-29", "m", 38),
     note("n1", "s_barn_lund", "Helena Mårtensson", "läkare", "2024-10-19 10:30", [
         ("Bedömning", "Hypotoni, motorisk försening, förhöjt CK 8000. Misstänkt Duchennes muskeldystrofi. Föräldrarna ej informerade om misstanken, genetisk analys skickad."),
     ], template="Tidiga hypoteser"),
     must_not=[("NL101", "n1"), ("NL102", "n1")],
     why="child's hypothesis kept from guardians in the Skåne Tidiga hypoteser template")

case("vgr-synligt-hanvisar-till-th-utan-diagnos", "vgr", ("1959-12-11", "f", 39),
     note("n1", "v_hema_su", "Anton Edlund", "läkare", "2024-10-19 12:20", [
         ("Aktuellt", "Svar på benmärgsprov inkommit."),
         ("Bedömning", "Pat ej informerad om svaret ännu, samtal bokat imorgon. Se Tidiga hypoteser."),
         ("Tidiga hypoteser", "Benmärgsbilden talar för myelodysplastiskt syndrom, trol. högrisk."),
     ], setting="slutenvård"),
     must_not=[("NL101", "n1"), ("NL102", "n1")],
     why="VGR: the not-informed sentence is visible but the diagnosis sits only under Tidiga hypoteser")

# =====================================================================
# F. Long / multi-section and multi-note records
# =====================================================================
case("lang-inskrivning-kol-pneumoni-fragetecken", "skane", ("1946-12-05", "m", 40),
     note("n1", "s_med_ystad", "Ester Lundin", "läkare", "2024-10-14 22:10", [
         ("Kontaktorsak", "Ökad andfåddhet, feber och ökade missfärgade upphostningar sedan 3 dygn."),
         ("Tidigare sjukdomar", "KOL GOLD 3 sedan 2016. Hypertoni. St.p. hö-sidig ljumskbråcksoperation 2010. Typ 2-diabetes, tablettbehandlad."),
         ("Hereditet", "Bror död i hjärtinfarkt 70 år. Mor hade trol. Alzheimer."),
         ("Social anamnes", "Änkling, bor i lägenhet med hiss. Hemtjänst 1 ggr/v för städ. Ex-rökare sedan 2015, 45 paketår."),
         ("Läkemedel", "Trimbow 2 inh x 2, Metformin 1 g x 2, Enalapril 10 mg x 1."),
         ("Status", "AT: Påverkad, talar i korta meningar. Temp 38,4. Puls 104 reg. BT 145/80. AF 26, sat 87 % på luft, 93 % på 1 l O2. Cor: RR, inga blåsljud. Pulm: förlängt exspirium, ronki bilat, krepitationer hö bas. Buk: mjuk oöm. Ben: inga ödem, vaderna mjuka."),
         ("Lab", "CRP 156, LPK 14,2, Hb 148, krea 98, glukos 13. Blodgas: pH 7,36, pCO2 6,8, BE +2."),
         ("Bedömning", "KOL-exacerbation, pneumoni hö? Rtg pulm beställd. Ingen misstanke om LE, vaderna mjuka och symtomen förklaras av infektionen. Diabetes något dysreglerad pga infektion."),
         ("Åtgärd", "Prednisolon 30 mg, inhalationer Ipratropium/Salbutamol, bensyl-pc 3 g x 3. Syrgas mål 88–92 %. Blodsocker x 4."),
         ("Planering", "Inläggning medicin. Ev. NIV om stigande pCO2, ny blodgas om 2 tim. Trol. behov av utökad hemtjänst vid hemgång."),
     ], template="Inskrivningsanteckning", setting="slutenvård"),
     must=M1, must_not=MN1,
     why="long admission note: family/past history and negations around one hedged 'pneumoni hö?'")

case("lang-epikris-kirurgi-inga-hypoteser", "vgr", ("1968-04-28", "f", 41),
     note("n1", "v_kir_sas", "Tor Wahlgren", "läkare", "2024-10-18 10:40", [
         ("Vårdtid", "14/10–18/10 2024."),
         ("Diagnos", "Akut kolecystit. Gallstenssjukdom."),
         ("Anamnes", "Tidigare gallstensanfall 2022. Inkom med 2 dygns smärta under hö arcus, feber 38,7."),
         ("Hereditet", "Mor och syster gallstensopererade. Morfar hade trol. magsäckscancer."),
         ("Förlopp", "Ultraljud visade förtjockad gallblåsevägg och konkrement, Murphy pos. Laparoskopisk kolecystektomi 15/10 utan komplikationer. Ingen misstanke om koledokussten, leverprover normaliserade. PAD: kronisk och akut kolecystit, ingen malignitet."),
         ("Läkemedel vid utskrivning", "Paracetamol 1 g x 4 vid behov, Oxynorm 5 mg vid behov i max 3 d."),
         ("Information till patient", "Pat informerad om operationsfynd och PAD. Får ringa avdelningen vid feber eller tilltagande buksmärta."),
         ("Uppföljning", "Suturtagning på VC om 10 d. Ev. telefonkontakt om 6 v, annars ingen uppföljning. Sjukskriven 2 v."),
     ], template="Epikris", setting="slutenvård"),
     must_not=[("NL101", "n1"), ("NL102", "n1")],
     why="long discharge summary: settled diagnoses, relative's hedge, negations, pseudo-hedges only")

case("lang-geri-hjartsvikt-pat-ej-informerad-om-korttids", "skane", ("1934-10-30", "f", 42),
     note("n1", "s_geri_mal", "Ulf Brandt", "läkare", "2024-10-17 11:20", [
         ("Aktuellt", "Dag 5. Känd hjärtsvikt med nedsatt EF, pat väl förtrogen med sin diagnos sedan flera år. Mindre ödem, viktnedgång 3 kg sedan inskrivning."),
         ("Status", "Pulm: enstaka basala rassel. Ben: lätta ankelödem. Vikt 61,2 kg."),
         ("Bedömning", "Hjärtsviktsdekompensation, förbättrad. Trol. utskrivning till korttidsboende i början av nästa vecka."),
         ("Planering", "Pat ej informerad om korttidsplaceringen ännu, biståndshandläggare kommer på måndag och samtalet tas då tillsammans med sonen."),
     ], template="Daganteckning", setting="slutenvård"),
     must_not=[("NL101", "n1"), ("NL102", "n1")],
     why="not-informed about a care placement; diagnosis known to the patient; 'Trol.' about discharge")

case("lang-akut-buksmarta-negationer-och-dd", "vgr", ("1992-09-02", "f", 43),
     note("n1", "v_akut_su", "Mira Ståhl", "läkare", "2024-10-16 02:15", [
         ("Kontaktorsak", "Nedre buksmärta hö sedan igår kväll."),
         ("Anamnes", "Tidigare frisk. SM för 3 v sedan, regelbunden cykel. Ingen diarré, ingen miktionssveda. Ej gravid enl. pat, U-hCG neg."),
         ("Status", "Temp 37,9. Buk: ömhet hö fossa och suprapubiskt, ingen défense. Gyn: ömhet vid portioförskjutning hö? Oklart."),
         ("Lab", "CRP 42, LPK 11,8. U-sticka: neg för nitrit och leukocyter."),
         ("Bedömning", "Oklar buksmärta. DD appendicit, ovarialcystruptur, salpingit. UVI osannolikt med normal urinsticka. X uteslutet med neg hCG."),
         ("Åtgärd", "Gynkonsult och UL buk bokat i morgon bitti. Fastande, dropp, Alvedon."),
     ], template="Akutanteckning", setting="akutmottagning"),
     must=M1,
     why="longer ER note: DD list is a hypothesis even with negated UVI and excluded X nearby")

case("tva-anteckningar-th-sedan-synligt-settled", "skane", ("1970-07-08", "m", 44), [
    note("n1", "s_lung_lund", "Greta Falkman", "läkare", "2024-10-14 13:30", [
        ("Bedömning", "Interstitiell lungsjukdom, misstänkt idiopatisk lungfibros. Bör inte kommuniceras förrän HRCT eftergranskats på MDK."),
    ], template="Tidiga hypoteser"),
    note("n2", "s_lung_lund", "Greta Falkman", "läkare", "2024-10-18 14:00", [
        ("Bedömning", "MDK 17/10: idiopatisk lungfibros (IPF), säker UIP-bild på HRCT. Pat informerad om diagnosen idag, start nintedanib diskuterat."),
    ]),
],
     must_not=[("NL102", "n1"), ("NL101", "n1"), ("NL101", "n2"), ("NL102", "n2")],
     why="hypothesis first in Tidiga hypoteser, then settled and told in a visible note: correct flow")

case("tva-anteckningar-sjukskoterska-och-lakare", "vgr", ("1982-01-13", "f", 45), [
    note("n1", "v_akut_nal", "Tyra Wester", "sjuksköterska", "2024-10-19 14:05", [
        ("Kontaktorsak", "Huvudvärk och stel nacke efter tandbehandling, feber 38,2."),
        ("Åtgärd", "Triage orange. Ev. väntetid 1 tim till läkare. Pat informerad."),
    ], template="Triageanteckning", setting="akutmottagning"),
    note("n2", "v_akut_nal", "Arvid Fogel", "läkare", "2024-10-19 15:20", [
        ("Status", "Nackstel vid flexion, Kernig neg, ingen petekier."),
        ("Bedömning", "Meningit kan inte helt uteslutas. LP görs, odlingar, avvaktar med antibiotika tills LP-svar inom 1 tim."),
    ], template="Akutanteckning", setting="akutmottagning"),
],
     must=[("NL102", "n2")], must_not=[("NL102", "n1")],
     why="same visit: nurse's triage note has only a pseudo-hedge; doctor's note hedges meningitis")

case("psyk-inskrivning-lang-trol-psykos-utlost-av-cannabis", "skane", ("2000-11-21", "m", 46),
     note("n1", "s_psykavd_hbg", "Lykke Sandell", "läkare", "2024-10-15 23:40", [
         ("Kontaktorsak", "Förs in av polis enl. LPT efter att ha stått i trafiken och pratat om att han styrs av radiovågor."),
         ("Anamnes", "Inga tidigare psykiatriska kontakter. Dagligt cannabisbruk senaste året enl. sambo. Ingen känd somatisk sjukdom."),
         ("Hereditet", "Morbror har schizofreni."),
         ("Psykiskt status", "Vaken, orienterad till person. Misstänksam, svarar kort. Uttalade förföljelseidéer, hörselhallucinationer. Förnekar suicidtankar."),
         ("Bedömning", "Akut psykos, trol. cannabisutlöst. DD debut av schizofreni. Vårdintyg utfärdat."),
         ("Planering", "Olanzapin, U-tox. Ev. samtal med sambon imorgon om pat samtycker."),
     ], template="Inskrivningsanteckning", setting="psykiatrisk slutenvård"),
     must=M1,
     why="psychiatric admission: family schizophrenia is history, but 'DD debut av schizofreni' is a hypothesis")

case("barn-lang-synligt-ingen-hypotes-foraldrar-informerade", "vgr", ("2021-05-08", "f", 47),
     note("n1", "v_barn_dsbus", "Albert Ruud", "läkare", "2024-10-17 10:30", [
         ("Aktuellt", "3-åring på återbesök efter inläggning för febril UVI i september."),
         ("Undersökning", "Miktionsuretrocystografi: ingen reflux. Ultraljud njurar ua."),
         ("Bedömning", "Ingen vesikoureteral reflux, inga tecken på njurskada. Föräldrarna informerade."),
         ("Planering", "Ev. ny urinodling vid feber utan fokus. Ingen ytterligare uppföljning."),
     ]),
     must_not=[("NL101", "n1"), ("NL102", "n1")],
     why="child's note with only negated diagnoses and a pseudo-hedge; guardians informed")

# ---------------------------------------------------------------- extra singles
case("orto-sannol-korsbandsruptur", "skane", ("1997-01-04", "f", 48),
     note("n1", "s_orto_kri", "Hjalmar Brodin", "läkare", "2024-10-19 11:45", [
         ("Aktuellt", "Vred knät vid innebandy, hörde en smäll, svullnade direkt."),
         ("Status", "Hemartros, Lachman svårbedömd pga smärta."),
         ("Bedömning", "Sannol. främre korsbandsruptur. MR knä, kryckor, ny bedömning om 10 d."),
     ]),
     must=M1, why="abbreviation 'Sannol.' before a ligament injury diagnosis")

case("urologi-njursten-trol-avgar-spontant", "skane", ("1981-08-30", "m", 54),
     note("n1", "s_uro_mal", "Frans Eliasson", "läkare", "2024-10-18 08:15", [
         ("Bedömning", "DT: 4 mm konkrement i distala uretär vä. Uretärsten bekräftad. Trol. avgång spontant inom 2–4 v."),
         ("Planering", "Smärtlindring, Tamsulosin. Ev. ny DT om 4 v om ej avgått."),
     ]),
     must_not=M1, why="'Trol.' hedges the course of a confirmed stone, not the diagnosis")

case("kard-nstemi-trol-typo-positiv", "vgr", ("1955-11-17", "m", 55),
     note("n1", "v_kard_sks", "Greger Nyqvist", "läkare", "2024-10-18 20:40", [
         ("Bedömning", "Trolgt NSTEMI, TnT 45 → 120. Start Brilique, angio imorgon."),
     ], setting="slutenvård"),
     must=M1, why="typo 'Trolgt' (for Troligt) before NSTEMI")

case("psyk-adhd-vuxen-informerad", "skane", ("1993-02-02", "m", 58),
     note("n1", "s_psyk_lund", "Sigrid Holmström", "psykolog", "2024-10-18 13:30", [
         ("Bedömning", "Neuropsykiatrisk utredning avslutad. Kriterierna för ADHD, kombinerad form, uppfylls. Återgivning till pat genomförd idag, han har fått skriftlig sammanfattning."),
     ], template="Psykologanteckning"),
     must_not=[("NL101", "n1"), ("NL102", "n1")], why="settled and fed back to the patient")

case("bup-autism-trolig-foraldrar-informerade", "skane", ("2016-10-12", "f", 59),
     note("n1", "s_bup_mal", "Ragnar Lind", "läkare", "2024-10-19 10:00", [
         ("Bedömning", "Under pågående utredning framkommer svårigheter i ömsesidig kommunikation och stereotypa intressen. Trolig autism, ADOS planerad. Föräldrarna informerade om preliminär bedömning."),
     ]),
     must=M1, must_not=MN1, why="child's hypothesis told to guardians: NL102 still applies, NL101 does not")


# =====================================================================
# output and validation
# =====================================================================
KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}


def age_on(birth, day):
    b = date.fromisoformat(birth)
    return day.year - b.year - ((day.month, day.day) < (b.month, b.day))


def validate(cases):
    problems = []
    names = set()
    sentences = {}
    as_of_dt = datetime.fromisoformat(AS_OF)
    for c in cases:
        n = c["case"]
        if list(c.keys()) != KEYS:
            problems.append("%s: keys %s" % (n, list(c.keys())))
        if n in names:
            problems.append("duplicate case name %s" % n)
        names.add(n)
        if not re.fullmatch(r"[a-z0-9åäö-]+", n):
            problems.append("%s: bad case name" % n)
        if c["ruleset"] not in ("skane", "vgr"):
            problems.append("%s: ruleset %s" % (n, c["ruleset"]))
        if not c["why"] or "\n" in c["why"]:
            problems.append("%s: why must be one line" % n)
        rec = c["record"]
        if set(rec) != {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}:
            problems.append("%s: record keys" % n)
        p = rec["patient"]
        m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})-(\d{3})(\d)", p["id"])
        if not m:
            problems.append("%s: bad personnummer %s" % (n, p["id"]))
        else:
            try:
                bd = date.fromisoformat(p["birth_date"])
            except ValueError:
                problems.append("%s: bad birth_date" % n)
                bd = None
            if bd and "%s-%s-%s" % m.group(1, 2, 3) != p["birth_date"]:
                problems.append("%s: personnummer does not match birth_date" % n)
            if luhn_digit(m.group(1)[2:] + m.group(2) + m.group(3) + m.group(4)) != m.group(5):
                problems.append("%s: Luhn check digit wrong in %s" % (n, p["id"]))
            if bd:
                a = age_on(p["birth_date"], as_of_dt.date())
                if 13 <= a <= 15:
                    problems.append("%s: patient aged %d (13-15 not used)" % (n, a))
                if a < 0:
                    problems.append("%s: born after as_of" % n)
        if p.get("protected_identity") is not False:
            problems.append("%s: protected_identity" % n)
        try:
            datetime.fromisoformat(rec["as_of"])
        except ValueError:
            problems.append("%s: bad as_of" % n)
        ids = set()
        for i, note_ in enumerate(rec["notes"], 1):
            if set(note_) != NOTE_KEYS:
                problems.append("%s: note keys %s" % (n, sorted(note_)))
            if note_["id"] != "n%d" % i:
                problems.append("%s: note id %s not n%d" % (n, note_["id"], i))
            ids.add(note_["id"])
            try:
                t = datetime.fromisoformat(note_["time"])
                if not t.year == 2024:
                    problems.append("%s: note time not in 2024" % n)
                if t >= as_of_dt:
                    problems.append("%s: note time not before as_of" % n)
                if note_["signed"] is not None:
                    s = datetime.fromisoformat(note_["signed"])
                    if s <= t or s >= as_of_dt:
                        problems.append("%s: signed not after time / before as_of" % n)
            except (ValueError, TypeError):
                problems.append("%s: bad note time" % n)
            if note_["system"] not in ("Melior", "PMO"):
                problems.append("%s: system %s" % (n, note_["system"]))
            if c["ruleset"] == "vgr" and note_["system"] != "Melior":
                problems.append("%s: VGR notes must be Melior" % n)
            if not note_["sections"]:
                problems.append("%s: note without sections" % n)
            for sec in note_["sections"]:
                for sent in re.split(r"(?<=[.!?])\s+|\n", sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in sentences and sentences[sent] != n:
                            problems.append("%s: sentence repeated from %s: %r" % (n, sentences[sent], sent))
                        sentences.setdefault(sent, n)
        if not c["must"] and not c["must_not"]:
            problems.append("%s: no assertions" % n)
        seen = set()
        for kind in ("must", "must_not"):
            for pair in c[kind]:
                if not (isinstance(pair, list) and len(pair) == 2):
                    problems.append("%s: bad assertion %r" % (n, pair))
                    continue
                code, target = pair
                if code not in ("NL101", "NL102"):
                    problems.append("%s: code %s not allowed" % (n, code))
                if target not in ids:
                    problems.append("%s: target %s does not exist" % (n, target))
                if (code, target) in seen:
                    problems.append("%s: %s on %s asserted twice" % (n, code, target))
                seen.add((code, target))
                note_ = next((x for x in rec["notes"] if x["id"] == target), None)
                if note_ is not None:
                    if note_["system"] == "PMO" and code == "NL101":
                        problems.append("%s: NL101 asserted on a PMO note" % n)
                    if note_["system"] == "PMO" and code == "NL102" and kind == "must":
                        problems.append("%s: NL102 positive on a PMO note" % n)
    return problems


def main():
    problems = validate(CASES)
    lines = [json.dumps(c, ensure_ascii=False, sort_keys=False) for c in CASES]
    for ln in lines:
        back = json.loads(ln)
        if list(back.keys()) != KEYS:
            problems.append("round trip failed for %s" % back.get("case"))
    if problems:
        for p in problems:
            print("ERROR:", p, file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    # summary
    stats = {}
    for c in CASES:
        for kind in ("must", "must_not"):
            for code, _ in c[kind]:
                stats[(code, kind)] = stats.get((code, kind), 0) + 1
    rs = {}
    sysc = {}
    for c in CASES:
        rs[c["ruleset"]] = rs.get(c["ruleset"], 0) + 1
        systems = {x["system"] for x in c["record"]["notes"]}
        key = "/".join(sorted(systems))
        sysc[key] = sysc.get(key, 0) + 1
    print("wrote %d cases to %s" % (len(CASES), OUT))
    for code in ("NL101", "NL102"):
        print("%s must=%d must_not=%d" % (code, stats.get((code, "must"), 0), stats.get((code, "must_not"), 0)))
    print("rulesets:", rs, "systems:", sysc)


if __name__ == "__main__":
    main()
