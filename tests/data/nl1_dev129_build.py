#!/usr/bin/env python3
"""d129: independent NL101/NL102 cases, youth clinic, student health, children's care.

Standard library only, deterministic. Writes cases.jsonl next to this file and exits 1
on any validation problem.
"""
import datetime as _dt
import json
import os
import re
import sys

# --------------------------------------------------------------------------- units
UNITS = {
    # Region Skåne, Melior (hospital care)
    "sus_bum_lund": ("Barn- och ungdomsmedicinska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-B4K1", "Melior"),
    "sus_barnakut": ("Barnakuten, Skånes universitetssjukhus Malmö", "SE2321000255-B7A2", "Melior"),
    "hbg_barn": ("Barn- och ungdomsmedicinska mottagningen, Helsingborgs lasarett", "SE2321000255-H3B8", "Melior"),
    "hbg_avd": ("Barn- och ungdomsavdelning 4, Helsingborgs lasarett", "SE2321000255-H3B9", "Melior"),
    "krist_barn": ("Barn- och ungdomsmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-K5C4", "Melior"),
    "ystad_barn": ("Barnmottagningen, Ystads lasarett", "SE2321000255-Y2D6", "Melior"),
    "trel_barn": ("Barnmottagningen, Trelleborgs lasarett", "SE2321000255-T8E3", "Melior"),
    "lk_bnp": ("Barnneuropsykiatriska mottagningen, Landskrona lasarett", "SE2321000255-L6F9", "Melior"),
    "sus_ugyn": ("Ungdomsgynekologiska mottagningen, Kvinnokliniken SUS Malmö", "SE2321000255-G1H7", "Melior"),
    "sus_ven": ("Venereologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-V9J2", "Melior"),
    "sus_inf": ("Infektionsmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-I4L5", "Melior"),
    "lund_ats": ("Ätstörningsmottagningen, Vuxenpsykiatri Lund", "SE2321000255-A7M1", "Melior"),
    "bup_malmo": ("BUP-mottagningen Malmö Öster", "SE2321000255-P2N8", "Melior"),
    "bup_hbg": ("BUP-mottagningen Helsingborg", "SE2321000255-P5N3", "Melior"),
    # Region Skåne, PMO (primary care)
    "um_malmo": ("Ungdomsmottagningen Malmö Väster", "SE2321000255-U3P4", "PMO"),
    "um_lund": ("Ungdomsmottagningen Lund", "SE2321000255-U6Q2", "PMO"),
    "um_hlm": ("Ungdomsmottagningen Hässleholm", "SE2321000255-U8R7", "PMO"),
    "bvc_eslov": ("Barnavårdscentralen, Vårdcentralen Eslöv", "SE2321000255-E1S5", "PMO"),
    "vc_tomelilla": ("Vårdcentralen Tomelilla", "SE2321000255-T4T3", "PMO"),
    "sth_lund": ("Studenthälsan Lund", "SE2321000255-S5U9", "PMO"),
    # Västra Götalandsregionen, Melior
    "dsbus_bm": ("Barnmedicinsk mottagning, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E2A4", "Melior"),
    "dsbus_akut": ("Barnakuten, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E5B1", "Melior"),
    "dsbus_avd": ("Barnkirurgisk avdelning 323, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E5B7", "Melior"),
    "dsbus_bnp": ("Barnneurologiska mottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E7C3", "Melior"),
    "dsbus_reuma": ("Barnreumatologiska mottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E8D6", "Melior"),
    "dsbus_horsel": ("Hörselverksamheten barn, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E9F2", "Melior"),
    "nal_barn": ("Barn- och ungdomsmedicinska mottagningen, NÄL Trollhättan", "SE2321000131-N3G8", "Melior"),
    "sas_barn": ("Barnmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-S6H1", "Melior"),
    "skas_barn": ("Barn- och ungdomsmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-K4J5", "Melior"),
    "alingsas_barn": ("Barnmottagningen, Alingsås lasarett", "SE2321000131-A2K9", "Melior"),
    "kungalv_barn": ("Barnmottagningen, Kungälvs sjukhus", "SE2321000131-K7L4", "Melior"),
    "um_angered": ("Ungdomsmottagningen Angered", "SE2321000131-U1M6", "Melior"),
    "um_vbg": ("Ungdomsmottagningen Vänersborg", "SE2321000131-U4N2", "Melior"),
    "um_boras": ("Ungdomsmottagningen Borås", "SE2321000131-U7P8", "Melior"),
    "um_hisingen": ("Ungdomsmottagningen Hisingen", "SE2321000131-U9Q3", "Melior"),
    "sth_gbg": ("Studenthälsan, Göteborgs universitet", "SE2321000131-T2R5", "Melior"),
    "sth_chalmers": ("Studenthälsan Chalmers", "SE2321000131-T5S1", "Melior"),
    "su_sti": ("STI-mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-V3T7", "Melior"),
    "su_ats": ("Ätstörningsenheten, Sahlgrenska Universitetssjukhuset", "SE2321000131-A6U4", "Melior"),
    "ostra_ugyn": ("Ungdomsgynekologiska mottagningen, Kvinnokliniken SU/Östra", "SE2321000131-G8V2", "Melior"),
    "nu_npu": ("Neuropsykiatriska utredningsenheten för unga vuxna, NU-sjukvården", "SE2321000131-P4W9", "Melior"),
    "su_psyk_uv": ("Psykiatrimottagning Unga vuxna, Sahlgrenska Universitetssjukhuset", "SE2321000131-P7X6", "Melior"),
}

# --------------------------------------------------------------------------- helpers
CASES = []


def pnr(birth_date, serial):
    """Personnummer YYYYMMDD-NNNC with Luhn check digit over YYMMDDNNN."""
    nine = birth_date[2:4] + birth_date[5:7] + birth_date[8:10] + serial
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    check = (10 - total % 10) % 10
    return birth_date.replace("-", "") + "-" + serial + str(check)


def N(time, unit, author, role, sections, template="Läkaranteckning", signed="auto",
      nid="n1", setting="öppenvård", system=None):
    name, hsa, default_system = UNITS[unit]
    system = system or default_system
    if signed == "auto":
        t = _dt.datetime.fromisoformat(time)
        mins = 12 + (sum(len(s[1]) for s in sections) % 47)
        signed = (t + _dt.timedelta(minutes=mins)).isoformat(timespec="seconds")
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": time,
        "signed": signed,
        "setting": setting,
        "refs": [],
        "sections": [{"keyword": k, "text": t} for k, t in sections],
    }


def _targets(spec):
    out = []
    for item in spec:
        if isinstance(item, str):
            out.append([item, "n1"])
        else:
            out.append([item[0], item[1]])
    return out


def C(name, ruleset, birth_date, serial, notes, must=(), must_not=(), why=""):
    last = max(_dt.datetime.fromisoformat(n["time"]) for n in notes)
    as_of = last.date() + _dt.timedelta(days=9)
    if as_of > _dt.date(2024, 12, 31):
        as_of = _dt.date(2024, 12, 31)
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr(birth_date, serial), "birth_date": birth_date,
                        "protected_identity": False},
            "as_of": as_of.isoformat() + "T00:00:00",
            "notes": notes,
            "access_events": [],
            "conversations": [],
            "treatments": [],
        },
        "must": _targets(must),
        "must_not": _targets(must_not),
        "why": why,
    })


# =========================================================================== PART 1
# NL102: hedged diagnoses in visible sections (positives) and look-alikes (negatives)

# ---- positives -------------------------------------------------------------
C("d129-stud-misstankt-anorexi", "vgr", "2003-02-11", "482", [
    N("2024-02-06T10:20:00", "sth_gbg", "Hanna Lövgren", "sjuksköterska", [
        ("Anamnes", "Söker pga trötthet och yrsel när hon reser sig. Har gått ner ca 9 kg sedan i höstas, tränar löpning två ggr/dag. Amenorré sedan 5 mån."),
        ("Status", "Vikt 47,2 kg, längd 170 cm, BMI 16,3. Puls 48 reg, BT 95/60. Kalla händer, lanugo på underarmarna."),
        ("Bedömning", "Misstänkt anorexia nervosa. Samråder med studenthälsans läkare samma dag, remiss till ätstörningsenheten tas upp med studenten."),
    ], template="Sjuksköterskeanteckning")],
    must=["NL102"], why="'Misstänkt anorexia nervosa' of the student in a visible Bedömning (VGR Melior).")

C("d129-ungdomsgyn-trol-pid", "skane", "2004-09-23", "526", [
    N("2024-03-14T14:05:00", "sus_ugyn", "Johan Berglind", "läkare", [
        ("Aktuellt", "Nedre buksmärtor bilat sedan 4 d, illaluktande flytningar, feber 38,2 igår kväll. Ny partner sedan en månad, oskyddade samlag."),
        ("Status", "Portioömhet och adnexömhet bilat, mest uttalat hö. Purulent sekret från cervix. U-hCG neg."),
        ("Lab", "CRP 64, LPK 12,1."),
        ("Bedömning", "Trol. PID. Klamydia- och gonorréprov tagna, behandlas empiriskt i väntan på svar."),
        ("Åtgärd", "Ceftriaxon 1 g im på mottagningen, Doxycyklin 100 mg x 2 + Metronidazol 400 mg x 2 i 14 dagar. Kontroll om 3 d, partnern uppmanas testa sig."),
    ])],
    must=["NL102"], why="'Trol. PID' (abbreviated hedge) on a 19-year-old in a visible Melior note.")

C("d129-barn-fragestallning-adhd", "vgr", "2015-01-30", "271", [
    N("2024-04-09T09:00:00", "skas_barn", "Karin Ahlqvist", "läkare", [
        ("Anamnes", "Remiss från elevhälsan. Klassläraren beskriver att han har svårt att sitta still, avbryter och glömmer läxor. Föräldrarna känner igen bilden hemifrån sedan förskoleåldern."),
        ("Bedömning", "Frågeställning ADHD. Startar utredning med skattningsskalor till skola och hem, psykologbedömning beställs."),
    ])],
    must=["NL102"], why="'Frågeställning ADHD' for a 9-year-old whose guardians read the journal: open diagnostic question, visible.")

C("d129-barn-susp-appendicit", "skane", "2013-08-02", "342", [
    N("2024-05-17T21:40:00", "sus_barnakut", "Amir Haddad", "läkare", [
        ("Anamnes", "Magont sedan igår kväll, började runt naveln och har vandrat ned mot hö fossa. Kräkts två gånger, ingen diarré. Aptitlös hela dagen."),
        ("Status", "Opåverkad men går framåtböjd. Buk: ömhet och släppömhet över McBurney, positivt Rovsings tecken. Temp 38,0."),
        ("Lab", "CRP 31, LPK 15,4, U-sticka ua."),
        ("Bedömning", "Susp. appendicit. UL buk beställt, barnkirurgjouren kontaktad och kommer och tittar."),
    ], template="Akutanteckning", signed=None)],
    must=["NL102"], why="'Susp. appendicit' for a 10-year-old at the children's ER, visible section.")

C("d129-barn-bild-som-vid-astma", "vgr", "2018-03-19", "613", [
    N("2024-01-23T11:15:00", "alingsas_barn", "Peter Wennberg", "läkare", [
        ("Bedömning", "Återkommande pip i bröstet vid förkylningar och när han springer, god effekt av Airomir. Bild som vid astma hos förskolebarn, insätter Flutide 125 mikrog 1x2 via spacer."),
    ])],
    must=["NL102"], why="One-line note: 'Bild som vid astma' for a 5-year-old.")

C("d129-barn-trolig-jordnotsallergi", "skane", "2020-11-04", "248", [
    N("2024-06-03T13:30:00", "hbg_barn", "Sara Nilsson Kroon", "läkare", [
        ("Anamnes", "Smakade jordnötssmör för första gången i söndags. Inom 10 min svullna läppar och nässelutslag runt munnen, ingen andningspåverkan, gick över på Aerius."),
        ("Bedömning", "Trolig IgE-medierad jordnötsallergi. Tar specifikt IgE inkl komponenter (Ara h 2)."),
        ("Planering", "Undvika jordnöt tills svar finns. Aerius oral lösning vid behov, skriftlig handlingsplan till förskolan."),
    ])],
    must=["NL102"], why="'Trolig ... jordnötsallergi' for a 3-year-old, read by the guardians.")

C("d129-barn-talar-for-pubertas-praecox", "vgr", "2016-10-12", "448", [
    N("2024-02-28T10:45:00", "dsbus_bm", "Eva Tornblad", "läkare", [
        ("Anamnes", "Bröstknoppar sedan 6 mån, nu även pubesbehåring. Har vuxit snabbt senaste året enligt tillväxtkurvan från skolsköterskan."),
        ("Status", "Tanner B3 P2. Längd +1,8 SD, tidigare runt medel. Ingen akne, inga café-au-lait-fläckar."),
        ("Bedömning", "Klinisk bild talar för central pubertas praecox. Skelettålder och GnRH-test planeras, MR hypofys därefter."),
    ])],
    must=["NL102"], why="'talar för central pubertas praecox' in a 7-year-old girl: hedged diagnosis, visible to guardians.")

C("d129-stud-sannolik-depression", "vgr", "2000-07-05", "915", [
    N("2024-10-02T13:00:00", "sth_gbg", "Mikael Strand", "psykolog", [
        ("Samtal", "Nedstämd sedan terminsstart, sover dåligt och har slutat gå på föreläsningarna. Har tappat intresset för klättring som tidigare var viktigt för honom."),
        ("Skattning", "PHQ-9 19 p, GAD-7 9 p. Inga aktuella suicidtankar, inga tidigare försök."),
        ("Bedömning", "Sannolik egentlig depression av medelsvår grad. Erbjuds KBT-samtal här och läkarbedömning på vårdcentral för ställningstagande till SSRI."),
    ], template="Psykologanteckning", signed=None)],
    must=["NL102"], why="'Sannolik egentlig depression' of a 24-year-old student, visible psychologist note.")

C("d129-um-ev-bulimi", "vgr", "2005-12-01", "366", [
    N("2024-03-05T15:10:00", "um_angered", "Lina Persson", "kurator", [
        ("Samtal", "Berättar att hon hetsäter flera kvällar i veckan och sedan framkallar kräkning. Skäms mycket och har inte berättat för någon."),
        ("Bedömning", "Ev. bulimia nervosa. Motiverar till läkarbedömning och kontakt med ätstörningsenheten, hon är tveksam men vill fundera till nästa vecka."),
    ], template="Kuratorsanteckning")],
    must=["NL102"], why="'Ev. bulimia nervosa' by a counsellor at a VGR youth clinic (Melior): hedged diagnosis visible to the 18-year-old.")

C("d129-um-kondylom-fragetecken", "vgr", "2003-10-27", "155", [
    N("2024-08-20T16:25:00", "um_boras", "Ida Kjellberg", "barnmorska", [
        ("Anamnes", "Knottror på penisskaftet sedan ett par veckor, kliar inte och blöder inte."),
        ("Status", "3–4 hudfärgade papler 1–2 mm på penisskaftet, inga sår."),
        ("Bedömning", "Kondylom? Tid hos läkaren på mottagningen för bedömning och ev. behandling med Condyline."),
    ], template="Barnmorskeanteckning")],
    must=["NL102"], why="'Kondylom?' with a question mark as the hedge, visible.")

C("d129-ungdomsgyn-mojlig-pcos", "skane", "2007-01-18", "740", [
    N("2024-04-25T09:35:00", "sus_ugyn", "Marie Hägg", "läkare", [
        ("Anamnes", "Oregelbunden mens sedan menarke vid 12 års ålder, cykel 45–90 dagar. Besväras av akne och ökad hårväxt på hakan."),
        ("Status", "BMI 29. Akne på kinder och rygg, Ferriman-Gallwey 11."),
        ("Bedömning", "Möjlig PCOS. Hormonstatus inkl testosteron, SHBG, 17-OH-progesteron, prolaktin och TSH, UL ovarier bokas."),
    ])],
    must=["NL102"], why="'Möjlig PCOS' for a 17-year-old at youth gynaecology, visible.")

C("d129-stud-inger-misstanke-tvangssyndrom", "vgr", "1999-05-29", "624", [
    N("2024-11-12T14:00:00", "sth_chalmers", "Jonas Alm", "psykolog", [
        ("Samtal", "Måste kontrollera spisen och ytterdörren upp till 20 gånger innan hon kan gå till campus och kommer ofta för sent. Har påträngande tankar om att något ska hända familjen om hon inte kontrollerar."),
        ("Bedömning", "Inger misstanke om tvångsyndrom. Y-BOCS vid nästa samtal."),
    ], template="Psykologanteckning")],
    must=["NL102"], why="'Inger misstanke om tvångsyndrom' (longer hedge phrase; typo in the diagnosis word) in a student health note.")

C("d129-barn-kan-rora-sig-om-migran", "skane", "2012-09-14", "582", [
    N("2024-03-07T08:50:00", "krist_barn", "Anders Lönn", "läkare", [
        ("Anamnes", "Huvudvärk 2–3 ggr/mån sedan ett halvår, pulserande i pannan, ljuskänslig och illamående, vill lägga sig i mörkt rum. Mamma har migrän."),
        ("Status", "Neurologstatus ua. Oftalmoskopi: skarpa papillgränser bilat. BT 102/64."),
        ("Bedömning", "Kan röra sig om migrän utan aura. Huvudvärksdagbok, Ipren i adekvat dos tidigt i anfallet, åter om 3 mån."),
    ])],
    must=["NL102"], why="'Kan röra sig om migrän' for an 11-year-old; the mother's migraine is not the hedge.")

C("d129-barn-oklart-om-absensepilepsi", "vgr", "2016-04-21", "377", [
    N("2024-09-16T10:10:00", "nal_barn", "Fredrik Ohlsson", "läkare", [
        ("Anamnes", "Mamma har sett att han stirrar tomt och inte svarar under några sekunder, flera gånger om dagen. Läraren har märkt samma sak på lektionerna."),
        ("Status", "Hyperventilation i 2 min på mottagningen utan utlöst episod. Neurologstatus ua."),
        ("Bedömning", "Oklart om det rör sig om absensepilepsi eller dagdrömmeri. EEG med hyperventilation bokas."),
    ])],
    must=["NL102"], why="'Oklart om det rör sig om absensepilepsi' for an 8-year-old.")

C("d129-barn-trol-viral-gastroenterit", "skane", "2021-12-08", "213", [
    N("2024-01-12T19:25:00", "sus_barnakut", "Elin Rask", "läkare", [
        ("Anamnes", "Kräkningar och diarré sedan igår, 6–7 vattentunna avföringar. Storasyster på förskolan har haft samma."),
        ("Status", "Piggnar till på akuten, fuktiga slemhinnor, kapillär återfyllnad < 2 s. Viktförlust ca 3 %."),
        ("Bedömning", "Trol. viral gastroenterit utan dehydrering av betydelse. Resorb i små portioner, hem med föräldrarna."),
    ], template="Akutanteckning")],
    must=["NL102"], why="'Trol. viral gastroenterit' in a 2-year-old at the children's ER.")

C("d129-sti-susp-herpes-genitalis", "vgr", "2001-06-16", "428", [
    N("2024-07-01T11:55:00", "su_sti", "Maja Eklund", "läkare", [
        ("Anamnes", "Smärtsamma blåsor vid blygdläpparna sedan 2 d, svider vid miktion, feberkänsla."),
        ("Status", "Multipla små ulcerationer på labia minora bilat, ömma lymfkörtlar i ljumskarna."),
        ("Bedömning", "Susp. herpes genitalis, primärinfektion. PCR taget från sår."),
        ("Åtgärd", "Valaciklovir 500 mg x 2 i 10 d, Xylocain gel vid miktion."),
    ])],
    must=["NL102"], why="'Susp. herpes genitalis' at an STI clinic, visible to the 23-year-old.")

C("d129-barn-uvi-fragetecken-sannolikt-pyelonefrit", "skane", "2022-08-25", "560", [
    N("2024-02-19T17:05:00", "hbg_barn", "Magnus Ek", "läkare", [
        ("Anamnes", "Feber 39,5 sedan 2 d utan förkylningssymtom. Gnällig och äter sämre."),
        ("Status", "Opåverkad. Öron, svalg och lungor ua. Ingen nackstelhet."),
        ("Lab", "U-sticka (påsprov): LPK 3+, nitrit pos. CRP 48."),
        ("Bedömning", "UVI? Sannolikt pyelonefrit med tanke på hög feber. Kateterprov för odling, startar Ceftibuten."),
    ])],
    must=["NL102"], why="Two hedges on the toddler's diagnosis ('UVI?', 'Sannolikt pyelonefrit').")

C("d129-barn-obstruktiv-bronkit-ev-astma", "vgr", "2019-11-30", "384", [
    N("2024-03-21T14:20:00", "kungalv_barn", "Sofia Lind", "läkare", [
        ("Bedömning", "Tredje episoden obstruktiv bronkit i vinter. Ev. debuterande astma, följs upp efter infektionssäsongen med ställningstagande till kontinuerlig inhalationssteroid."),
    ])],
    must=["NL102"], why="Confirmed obstructive bronchitis plus 'Ev. debuterande astma' (hedged) in a 4-year-old.")

C("d129-stud-talar-for-ibs", "vgr", "2002-02-02", "906", [
    N("2024-05-30T09:15:00", "sth_gbg", "Linnea Håkansson", "läkare", [
        ("Anamnes", "Buksmärtor och växlande avföring i ett år, lindras efter tarmtömning. Värre under tentaperioder."),
        ("Lab", "Hb 132, CRP <1, tTG-IgA neg, F-kalprotektin 22."),
        ("Bedömning", "Sammantaget talar för IBS. Information om FODMAP, remiss till dietist."),
    ])],
    must=["NL102"], why="'talar för IBS' in student health: hedge phrase without classic hedge words.")

C("d129-barn-dd-ovarialtorsion", "skane", "2013-04-08", "786", [
    N("2024-08-11T03:20:00", "sus_barnakut", "Nora Bengtsson", "läkare", [
        ("Anamnes", "Akut insättande hö-sidig buksmärta sedan 4 h med upprepade kräkningar. Ingen menarke."),
        ("Bedömning", "DD ovarialtorsion, appendicit. Akut UL beställt, gynjour och barnkirurg informerade."),
    ], template="Akutanteckning")],
    must=["NL102"], why="'DD ovarialtorsion, appendicit' in an 11-year-old, visible.")

C("d129-ungdomsgyn-differentialdiagnos-eug", "vgr", "2005-11-14", "682", [
    N("2024-06-18T12:40:00", "ostra_ugyn", "Cecilia Moberg", "läkare", [
        ("Anamnes", "Positivt gravtest, graviditetslängd 6+3 enligt senaste mens. Småblöder och har ont i vä fossa sedan igår."),
        ("Ultraljud", "Ingen intrauterin graviditet säkert sedd, endometriet 11 mm. Ingen fri vätska i fossa Douglasi."),
        ("Lab", "S-hCG 1450."),
        ("Bedömning", "Differentialdiagnos extrauterin graviditet, tidig intrauterin graviditet eller missfall. Nytt hCG om 48 h, åter direkt vid ökad smärta."),
    ])],
    must=["NL102"], why="'Differentialdiagnos extrauterin graviditet ...' for an 18-year-old.")

C("d129-barn-celiaki-kan-ej-uteslutas", "skane", "2018-10-03", "622", [
    N("2024-09-04T10:30:00", "hbg_barn", "Per Sandell", "läkare", [
        ("Anamnes", "Dålig viktuppgång senaste året, har fallit från 0 till -1,5 SD i vikt. Lös avföring och uppblåst mage."),
        ("Lab", "tTG-IgA 18 (ref <7), Hb 108, ferritin 6."),
        ("Bedömning", "Celiaki kan ej utesluas. Remiss gastroskopi med biopsier, fortsatt glutenhaltig kost fram till undersökningen."),
    ])],
    must=["NL102"], why="Typo 'Celiaki kan ej utesluas' in a 5-year-old: 'kan ej uteslutas' is a hedge, not a negation.")

C("d129-stud-forenligt-med-mononukleos", "vgr", "2004-03-22", "839", [
    N("2024-10-21T10:05:00", "sth_chalmers", "Olof Dahl", "läkare", [
        ("Anamnes", "Halsont, feber och uttalad trötthet i en vecka."),
        ("Status", "Gråvita beläggningar på tonsillerna, förstorade käkvinkelkörtlar bilat."),
        ("Lab", "LPK 11 med lymfocytdominans, ALAT 2,1."),
        ("Bedömning", "Förenligt med mononukleos. EBV-serologi tagen. Avstår kontaktidrott i 4 veckor pga risk för mjältruptur."),
    ])],
    must=["NL102"], why="'Förenligt med mononukleos' at student health.")

C("d129-typo-missankt-anorexi", "skane", "2007-06-27", "304", [
    N("2024-11-05T15:45:00", "hbg_barn", "Helena Wirén", "läkare", [
        ("Status", "Vikt 41 kg, längd 163 cm. Puls 42 i vila, BT 88/52, ortostatiskt blodtrycksfall."),
        ("Bedömning", "Missänkt anorexia nervosa av restriktiv typ. Bradykardin är skäl att diskutera inläggning med bakjour."),
    ])],
    must=["NL102"], why="Typo 'Missänkt anorexia nervosa' for a 17-year-old at a children's clinic; still a hedged diagnosis.")

C("d129-typo-sannolkit-adhd", "vgr", "2005-02-14", "097", [
    N("2024-01-30T13:20:00", "nu_npu", "Tobias Rehn", "läkare", [
        ("Bedömning", "Sannolkit ADHD, kombinerad form, med tanke på anamnes från barndomen och aktuella ASRS-skattningar. Går vidare med fullständig NP-utredning."),
    ])],
    must=["NL102"], why="Typo 'Sannolkit ADHD' (19-year-old), hedge misspelt.")

C("d129-typo-misstank-anstrangningsastma", "skane", "2015-07-09", "515", [
    N("2024-04-16T13:00:00", "krist_barn", "Lotta Gren", "sjuksköterska", [
        ("Telefonkontakt", "Pappa ringer: hosta och pip i bröstet varje gång pojken tränar fotboll, blir bättre efter en kvart."),
        ("Bedömning", "Misstänk ansträngningsastma enligt dr Lönns tidigare anteckning. Spirometri med reversibilitet och ansträngningstest bokas till v. 19."),
    ], template="Telefonanteckning")],
    must=["NL102"], why="Typo 'Misstänk ansträngningsastma' by a nurse, 8-year-old.")

C("d129-typo-eventull-mykoplasma", "vgr", "2000-12-19", "459", [
    N("2024-07-09T15:30:00", "um_vbg", "Kristoffer Bååth", "barnmorska", [
        ("Anamnes", "Sveda vid miktion sedan 2 v, klamydia- och gonorréprov negativa här förra veckan."),
        ("Bedömning", "Eventull uretrit orsakad av Mycoplasma genitalium. Prov skickat för MG-PCR, svar om ca 1 vecka."),
    ], template="Barnmorskeanteckning")],
    must=["NL102"], why="Typo 'Eventull uretrit orsakad av Mycoplasma genitalium' (23-year-old).")

C("d129-barn-misstankt-autism", "skane", "2020-02-17", "691", [
    N("2024-05-08T09:30:00", "lk_bnp", "Rebecka Fors", "psykolog", [
        ("Observation", "Pojken använder få ord, pekar inte för att dela uppmärksamhet och svarar sällan på sitt namn. Leker helst ensam med saker som snurrar."),
        ("Bedömning", "Misstänkt autism. Fullständig utredning med ADOS-2 och utvecklingsbedömning planeras under hösten."),
    ], template="Psykologanteckning")],
    must=["NL102"], why="'Misstänkt autism' for a 4-year-old, visible to guardians.")

C("d129-um-trolig-candidavaginit", "vgr", "2006-08-08", "724", [
    N("2024-09-24T15:05:00", "um_hisingen", "Josefin Sahlin", "barnmorska", [
        ("Aktuellt", "Klåda och vit grynig flytning sedan 5 d, avslutade nyss en penicillinkur för halsfluss. pH 4,0."),
        ("Bedömning", "Trolig candidavaginit. Rekommenderar receptfri Pevaryl ovula, hör av sig om det inte blir bättre."),
    ], template="Barnmorskeanteckning")],
    must=["NL102"], why="'Trolig candidavaginit' in a short youth clinic note (18-year-old).")

C("d129-barn-epikris-appendicit-avskrevs-trol-lymfadenit", "vgr", "2011-12-10", "390", [
    N("2024-10-15T13:45:00", "dsbus_avd", "Karl Nordén", "läkare", [
        ("Epikris", "12-årig pojke inlagd 3 dygn pga buksmärtor och kräkningar. Appendicit avskrevs efter upprepade UL och observation. Vid utskrivning trol. mesenteriell lymfadenit, äter och är smärtfri."),
        ("Uppföljning", "Ingen planerad uppföljning. Åter vid nya smärtor eller feber."),
    ], template="Epikris", setting="slutenvård")],
    must=["NL102"], why="Discharge summary: appendicitis ruled out, but 'trol. mesenteriell lymfadenit' is a hedged diagnosis left visible.")

# ---- negatives -------------------------------------------------------------
C("d129-stud-ingen-misstanke-om-atstorning", "vgr", "2003-09-09", "562", [
    N("2024-02-13T09:40:00", "sth_gbg", "Hanna Lövgren", "sjuksköterska", [
        ("Aktuellt", "Tappat 3 kg under tentaperioden, äter regelbundet igen sedan två veckor. BMI 21,4, SCOFF 0 p."),
        ("Bedömning", "Ingen misstanke om ätstörning, viktnedgången förklaras av stress och oregelbundna måltider."),
    ], template="Sjuksköterskeanteckning")],
    must_not=["NL102"], why="'Ingen misstanke om ätstörning' is a negation.")

C("d129-barn-appendicit-uteslutes", "skane", "2014-11-21", "617", [
    N("2024-06-26T20:10:00", "ystad_barn", "Gustav Lindh", "läkare", [
        ("Status", "Buk mjuk, lätt diffust öm, ingen släppömhet. Afebril. Palpabla skybala i vä fossa."),
        ("Bedömning", "Appendicit uteslutes kliniskt och med ultraljud. Förstoppning som orsak till smärtan, hem med Movicol junior."),
    ], template="Akutanteckning")],
    must_not=["NL102"], why="'Appendicit uteslutes'; constipation is stated without hedge.")

C("d129-ungdomsgyn-inga-tecken-pa-pid", "vgr", "2006-03-03", "248", [
    N("2024-04-02T10:25:00", "ostra_ugyn", "Cecilia Moberg", "läkare", [
        ("Status", "Ingen portioömhet, ingen adnexömhet. Afebril. Vitaktig flytning utan lukt."),
        ("Bedömning", "Inga tecke på PID. CRP <5. Flytningarna bedöms som fysiologiska, klamydiaprov taget för säkerhets skull."),
    ])],
    must_not=["NL102"], why="Typo in a negation, 'Inga tecke på PID'.")

C("d129-barn-talar-emot-astma", "skane", "2013-06-30", "484", [
    N("2024-10-08T11:00:00", "krist_barn", "Anders Lönn", "läkare", [
        ("Undersökningar", "Spirometri normal utan reversibilitet, FeNO 12 ppb. Löpbandstest utan fall i FEV1."),
        ("Bedömning", "Fynden talar emot astma. Andfåddheten vid idrott bedöms vara kopplad till kondition, inga läkemedel."),
    ], signed=None)],
    must_not=["NL102"], why="'talar emot astma' is a negation that looks like 'talar för'.")

C("d129-barn-mamma-trolig-adhd", "vgr", "2016-02-08", "213", [
    N("2024-11-19T13:30:00", "skas_barn", "Karin Ahlqvist", "läkare", [
        ("Hereditet", "Mamma har trolig ADHD, aldrig utredd. Morbror har dyslexi."),
        ("Bedömning", "Pojken har ADHD, diagnos ställd 2023. God effekt av Medikinet 20 mg, följer sin längd- och viktkurva. Fortsätter oförändrat."),
    ])],
    must_not=["NL102"], why="The hedged ADHD belongs to the mother; the child's ADHD is confirmed.")

C("d129-sti-partner-misstankt-gonorre", "skane", "2002-10-11", "737", [
    N("2024-05-13T14:35:00", "sus_ven", "Simon Ekdahl", "sjuksköterska", [
        ("Kontaktorsak", "Kommer som smittspårningskontakt: hans partner har misstänkt gonorré enligt vårdcentralen. Själv symtomfri."),
        ("Åtgärd", "Urin, svalg och rektum för gonorré- och klamydia-PCR. Svar kommer i 1177 om ca 5 dagar."),
    ], template="Sjuksköterskeanteckning")],
    must_not=["NL102"], why="The suspected gonorrhoea is the partner's, not the patient's.")

C("d129-barn-ev-remiss-trolig-uppfoljning", "vgr", "2019-01-14", "566", [
    N("2024-02-22T14:55:00", "sas_barn", "Jenny Falk", "läkare", [
        ("Bedömning", "Förstoppning sedan ett år, bättre på Movicol. Ev. remiss till barnkirurg om hon inte är bra till sommaren. Trolig uppföljning via sköterskans telefontid om 6 veckor."),
    ])],
    must_not=["NL102"], why="Hedges on plans ('Ev. remiss', 'Trolig uppföljning'); the diagnosis is stated plainly.")

C("d129-um-misstankt-kondomslapp", "vgr", "2007-04-19", "580", [
    N("2024-05-06T13:10:00", "um_vbg", "Therese Åberg", "barnmorska", [
        ("Aktuellt", "Misstänkt kondomsläpp i lördags, oklart om kondomen gick sönder eller åkte av. Mens för två veckor sedan."),
        ("Åtgärd", "ellaOne given på mottagningen. Graviditetstest om 3 veckor, kopparspiral erbjuden som alternativ men avböjd."),
    ], template="Barnmorskeanteckning", signed=None)],
    must_not=["NL102"], why="'Misstänkt kondomsläpp' and 'oklart om' hedge an event, not a diagnosis.")

C("d129-um-trolig-agglossning", "vgr", "2005-01-26", "402", [
    N("2024-07-22T10:50:00", "um_boras", "Ida Kjellberg", "barnmorska", [
        ("Aktuellt", "Oskyddat samlag igår, dag 14 i cykeln, trolig ägglossning vid tillfället."),
        ("Åtgärd", "Informerat om att kopparspiral är säkraste akut-p-medlet, hon väljer det och får tid i eftermiddag."),
    ], template="Barnmorskeanteckning")],
    must_not=["NL102"], why="'trolig ägglossning' hedges a normal physiological event.")

C("d129-barn-om-feber-sok-akut", "skane", "2022-01-20", "405", [
    N("2024-03-02T08:40:00", "hbg_barn", "Anna-Karin Sjö", "sjuksköterska", [
        ("Telefonkontakt", "Mamma ringer: dottern har öroninflammation och fick Kåvepenin igår, har fortfarande lite feber men dricker bra."),
        ("Råd", "Om febern sitter i efter tre dygn på antibiotikan eller om hon blir slö eller svår att väcka, sök barnakuten."),
    ], template="Telefonanteckning")],
    must_not=["NL102"], why="Conditional advice only; the otitis is a confirmed diagnosis.")

C("d129-pmo-um-misstankt-klamydia", "skane", "2005-06-06", "386", [
    N("2024-01-16T15:20:00", "um_malmo", "Emma Wahlgren", "barnmorska", [
        ("Anamnes", "Sveda och ökade flytningar sedan en vecka."),
        ("Bedömning", "Misstänkt klamydia, prov taget. Partnern uppmanad att testa sig."),
    ], template="Besöksanteckning")],
    must_not=["NL102"], why="PMO (Skåne youth clinic) never shows diagnoses, so the hedged one does not count.")

C("d129-pmo-bvc-trolig-komjolksproteinallergi", "skane", "2024-01-09", "170", [
    N("2024-05-14T10:00:00", "bvc_eslov", "Birgitta Holm", "sjuksköterska", [
        ("BVC-besök", "Mycket gråt och spottar efter målen. Torrt eksem på kinderna, en gång blodstrimmig avföring."),
        ("Bedömning", "Trolig komjölksproteinallergi, remiss till barnläkare på vårdcentralen."),
    ], template="BVC Besök")],
    must_not=["NL102"], why="Hedged diagnosis in a PMO BVC note: not shown, must_not.")

C("d129-pmo-studenthalsan-ev-adhd", "skane", "2001-11-28", "131", [
    N("2024-09-10T11:30:00", "sth_lund", "Viktor Hall", "läkare", [
        ("Bedömning", "Ev. ADHD, svårt med fokus och struktur sedan gymnasiet. Remiss till vuxenpsykiatrin för NP-utredning."),
    ], template="Besöksanteckning")],
    must_not=["NL102"], why="Skåne student health in PMO: a hedged diagnosis is not visible.")

C("d129-pmo-vc-susp-scharlakansfeber", "skane", "2019-05-02", "604", [
    N("2024-02-07T16:15:00", "vc_tomelilla", "Ulrika Bengtsdotter", "läkare", [
        ("Status", "Smultrontunga, finprickigt sandpappersutslag i ljumskar och armvecken. Snabbtest strep A positivt."),
        ("Bedömning", "Susp. scharlakansfeber. Kåvepenin i 10 dagar, förskolan tills feberfri och ett dygn på antibiotika."),
    ], template="Besöksanteckning")],
    must_not=["NL102"], why="Hedged diagnosis of a 4-year-old in PMO primary care: not visible.")

C("d129-skane-th-mall-atypisk-anorexi", "skane", "2007-02-03", "882", [
    N("2024-05-21T16:00:00", "bup_hbg", "Elisabeth Kron", "läkare", [
        ("Bedömning", "Misstänkt ARFID alternativt atypisk anorexi. Misstanken är inte framförd till patienten, som är starkt ambivalent till kontakten."),
    ], template="Tidiga hypoteser")],
    must_not=["NL102", "NL101"], why="Skåne: the whole note is in the Tidiga hypoteser template, so the hedge and the untold suspicion are protected.")

C("d129-vgr-th-sokord-skolangest", "vgr", "2013-12-02", "571", [
    N("2024-11-26T09:20:00", "dsbus_bm", "Eva Tornblad", "läkare", [
        ("Anamnes", "Magont varje skolmorgon sedan höstlovet, stannar hemma två dagar i veckan. Inget magont på helgerna."),
        ("Status", "Buken mjuk och oöm. Längd och vikt följer kurvan."),
        ("Tidiga hypoteser", "Möjlig skolrelaterad ångest eller depressivt syndrom, kan inte utesluta att han blir utsatt i skolan."),
        ("Planering", "Funktionell buksmärta. Återbesök om 6 veckor med magdagbok, kontakt med elevhälsan efter samtycke från föräldrarna."),
    ])],
    must_not=["NL102"], why="VGR: hedged diagnoses only under the sökord Tidiga hypoteser; visible sections state a plain diagnosis.")

C("d129-barn-astma-faststalld", "vgr", "2012-12-28", "242", [
    N("2024-06-12T13:50:00", "kungalv_barn", "Sofia Lind", "läkare", [
        ("Bedömning", "Astma, diagnosen fastställd i mars efter spirometri med signifikant reversibilitet (FEV1 +16 %). Välkontrollerad på Flutide, ACT 23 p."),
        ("Planering", "Oförändrad behandling, kontroll med spirometri om ett år."),
    ])],
    must_not=["NL102"], why="Confirmed asthma with no hedge.")

C("d129-um-neg-prov-avskrivs-ev-nytt-test", "vgr", "2004-04-04", "931", [
    N("2024-03-26T09:05:00", "um_hisingen", "Josefin Sahlin", "barnmorska", [
        ("Provsvar", "Klamydia och gonorré negativa i urin och svalg, infektion avskrivs."),
        ("Råd", "Ev. nytt test om 3 månader vid ny partner. Kondomer med sig hem."),
    ], template="Barnmorskeanteckning")],
    must_not=["NL102"], why="Infection ruled out ('avskrivs'); 'Ev. nytt test' hedges a plan.")

C("d129-stud-oklart-om-foljsamhet", "vgr", "2002-07-17", "868", [
    N("2024-08-27T10:30:00", "sth_gbg", "Linnea Håkansson", "sjuksköterska", [
        ("Aktuellt", "Känd hypotyreos på Levaxin 75 mikrog. Oklart om hon tagit tabletterna regelbundet senaste månaden, TSH 6,8."),
        ("Åtgärd", "Påminns om att ta dem fastande, nytt TSH om 6 veckor."),
    ], template="Sjuksköterskeanteckning")],
    must_not=["NL102"], why="'Oklart om' concerns adherence; the hypothyroidism is known.")

C("d129-barn-septisk-artrit-avskrivs", "skane", "2017-03-15", "353", [
    N("2024-04-03T12:25:00", "sus_barnakut", "Amir Haddad", "läkare", [
        ("Anamnes", "Haltar sedan i morse, förkyld förra veckan, ingen feber."),
        ("Status", "Smärta hö höft vid inåtrotation, i övrigt rörlig. Afebril. CRP 4, SR 8."),
        ("Bedömning", "Septisk artrit avskrivs med tanke på opåverkad pojke och normala inflammationsprover. Coxitis simplex, vila och Ipren."),
    ], template="Akutanteckning")],
    must_not=["NL102"], why="Septic arthritis dismissed ('avskrivs'), transient synovitis stated plainly.")

C("d129-barn-konstitutionell-forsening-eventuell-kur", "vgr", "2011-09-06", "475", [
    N("2024-05-03T14:10:00", "sas_barn", "Jenny Falk", "läkare", [
        ("Status", "Längd -2,1 SD, målängd -1,6 SD. Testikelvolym 3 ml bilat, Tanner G1 P1."),
        ("Undersökningar", "Skelettålder försenad två år. IGF-1 och TSH normala."),
        ("Bedömning", "Konstitutionell tillväxt- och pubertetsförsening. Eventuell kort testosteronkur diskuteras om puberteten inte startat vid 14 års ålder."),
    ])],
    must_not=["NL102"], why="Diagnosis stated; 'Eventuell ... testosteronkur' hedges a treatment plan (12-year-old).")

C("d129-ungdomsgyn-eventuellt-byte-p-stav", "skane", "2007-10-10", "228", [
    N("2024-11-28T15:40:00", "sus_ugyn", "Marie Hägg", "barnmorska", [
        ("Aktuellt", "Mellanblödningar på Zoely sedan tre månader. Vill fortsätta med hormonell metod."),
        ("Planering", "Eventuellt byte till p-stav vid nästa besök, hon funderar och hör av sig via 1177."),
    ], template="Barnmorskeanteckning")],
    must_not=["NL102"], why="'Eventuellt byte till p-stav' hedges a contraception plan.")

C("d129-barn-moster-misstankt-celiaki", "skane", "2017-08-19", "711", [
    N("2024-07-04T09:55:00", "trel_barn", "Ahmed Karimi", "läkare", [
        ("Hereditet", "Moster utreds för misstänkt celiaki, farfar har typ 1-diabetes."),
        ("Bedömning", "Normal tillväxt, tTG-IgA negativt. Ingen anledning till vidare utredning av pojken."),
    ])],
    must_not=["NL102"], why="Suspected coeliac disease belongs to the aunt.")

C("d129-stud-vid-forsamring-bedoms-inte-deprimerad", "vgr", "1999-12-12", "333", [
    N("2024-12-03T10:00:00", "sth_chalmers", "Jonas Alm", "kurator", [
        ("Samtal", "Har separerat från sin sambo i oktober, sover sämre men klarar studierna."),
        ("Bedömning", "Anpassningsstörning efter separationen, bedöms inte deprimerad. Fyra stödsamtal."),
        ("Råd", "Vid försämring med tankar på att ta sitt liv kontaktar han psykiatrisk akutmottagning eller 112."),
    ], template="Kuratorsanteckning")],
    must_not=["NL102"], why="Negated depression and a conditional instruction; the adjustment disorder is stated without hedge.")

C("d129-barn-fastingbett-fragetecken", "skane", "2020-06-24", "827", [
    N("2024-07-29T09:25:00", "ystad_barn", "Lotta Persson", "sjuksköterska", [
        ("Telefonkontakt", "Mamma ringer om en liten röd prick på låret efter skogsutflykt. Fästing? Hon drog ut något litet svart men är osäker."),
        ("Råd", "Ingen ringformad rodnad nu. Fotografera och bevaka i 4 veckor, hör av er om rodnaden växer."),
    ], template="Telefonanteckning")],
    must_not=["NL102"], why="'Fästing?' questions an insect bite, not a disease.")

C("d129-typo-ingen-missanke-om-bipolar", "vgr", "1999-03-30", "694", [
    N("2024-06-04T15:15:00", "sth_gbg", "Mikael Strand", "läkare", [
        ("Aktuellt", "Tre dagar med mycket energi efter tentan, sov 6 h per natt, inga impulsiva handlingar eller köp."),
        ("Bedömning", "Ingen missanke om bipolär sjukdom. Generaliserat ångestsyndrom sedan tidigare, fortsatt Sertralin 50 mg."),
    ])],
    must_not=["NL102"], why="Typo in a negation, 'Ingen missanke om bipolär sjukdom'.")

C("d129-pmo-um-uvi-kan-ej-uteslutas", "skane", "2007-05-05", "564", [
    N("2024-08-15T14:00:00", "um_hlm", "Frida Ståhl", "barnmorska", [
        ("Bedömning", "UVI kan ej uteslutas, U-sticka nitrit neg, LPK 1+. Odling skickad, ingen antibiotika i väntan på svar."),
    ], template="Besöksanteckning")],
    must_not=["NL102"], why="Hedged UTI in a Skåne youth clinic PMO note.")

C("d129-pmo-bvc-hoftledsinstabilitet", "skane", "2024-02-26", "391", [
    N("2024-04-05T10:30:00", "bvc_eslov", "Birgitta Holm", "sjuksköterska", [
        ("BVC-besök", "Asymmetriska lårveck och lite stramt vid abduktion vä. Trol. höftledsinstabilitet, remiss till barnortoped för ultraljud."),
    ], template="BVC Besök")],
    must_not=["NL102"], why="PMO BVC note: hedged hip instability is not shown.")

C("d129-barn-mojligen-feber-i-natt", "vgr", "2021-03-11", "517", [
    N("2024-12-09T07:50:00", "nal_barn", "Malin Gustavsson", "sjuksköterska", [
        ("Telefonkontakt", "Pappa ringer: pojken har möjligen haft feber i natt, de mätte inte. Äter, dricker och leker som vanligt."),
        ("Råd", "Mät tempen i stjärten ikväll, febernedsättande vid behov. Ring igen om han blir sämre."),
    ], template="Telefonanteckning")],
    must_not=["NL102"], why="'möjligen haft feber' hedges a symptom, not a diagnosis.")

# =========================================================================== PART 2
# (NL101 cases follow)
# ---- NL101 positives -------------------------------------------------------
C("d129-um-klamydia-pos-ej-nadd", "vgr", "2004-12-17", "671", [
    N("2024-02-15T16:40:00", "um_angered", "Sanna Öberg", "barnmorska", [
        ("Provsvar", "Chlamydia trachomatis PCR positiv i urin."),
        ("Telefonkontakt", "Söker pat på mobilen två gånger, inget svar. Pat ännu ej informerad, nytt försök i morgon förmiddag och brev om han inte nås."),
    ], template="Barnmorskeanteckning")],
    must=["NL101"],
    why="Positive chlamydia visible while the 19-year-old has not been reached or told.")

C("d129-sti-gonorre-ej-fatt-besked", "skane", "2001-08-29", "815", [
    N("2024-03-11T11:10:00", "sus_ven", "Simon Ekdahl", "sjuksköterska", [
        ("Provsvar", "Neisseria gonorrhoeae påvisad i svalg och uretra. Odling för resistensbestämning pågår."),
        ("Planering", "Pat har ännu inte fått besked, kallas till mottagningen för behandling och smittspårning. Ceftriaxon 1 g beställt."),
    ], template="Sjuksköterskeanteckning")],
    must=["NL101"],
    why="Gonorrhoea found; 'har ännu inte fått besked'.")

C("d129-sti-hiv-besked-personligt", "vgr", "2000-04-13", "359", [
    N("2024-04-22T15:30:00", "su_sti", "Maja Eklund", "läkare", [
        ("Bedömning", "HIV-1-infektion, konfirmerad med PCR. CD4 och virusmängd skickade."),
        ("Planering", "Pat ej informerad. Beskedet ska lämnas personligt, tid i morgon kl 09 med mig och kurator."),
    ])],
    must=["NL101"], must_not=["NL102"],
    why="Confirmed HIV written visibly before the personal appointment where the 24-year-old will be told.")

C("d129-sti-syfilis-besked-ej-delgivet-utkast", "skane", "1999-02-20", "679", [
    N("2024-05-27T13:45:00", "sus_ven", "Jakob Rydén", "läkare", [
        ("Diagnos", "Tidig latent syfilis. TPPA positiv, RPR 1:32."),
        ("Åtgärd", "Besked ej delgivet pat ännu, nås inte på telefon. Bensatinpenicillin 2,4 milj IE beställt till fredag."),
    ], signed=None)],
    must=["NL101"],
    why="Unsigned draft: syphilis diagnosis visible, 'Besked ej delgivet pat ännu'.")

C("d129-barn-celiaki-pad-familjen-ej-informerad", "skane", "2017-05-31", "214", [
    N("2024-02-09T14:20:00", "hbg_barn", "Per Sandell", "läkare", [
        ("PAD", "Duodenalbiopsier visar totalatrofi, Marsh 3c."),
        ("Bedömning", "Diagnos celiaki."),
        ("Planering", "Familjen är ännu inte informerad om PAD-svaret. Återbesök med dietist 14/2 då besked lämnas."),
    ])],
    must=["NL101"], must_not=["NL102"],
    why="Coeliac disease in a 6-year-old; the family who read the child's journal have not been told.")

C("d129-ats-anorexi-ej-kommunicerad", "vgr", "2002-11-06", "288", [
    N("2024-03-19T10:00:00", "su_ats", "Katarina Brandt", "läkare", [
        ("Bedömning", "Uppfyller kriterierna för anorexia nervosa av restriktiv typ. BMI 15,8, amenorré, uttalad viktfobi."),
        ("Planering", "Diagnosen har ännu inte kommunicerats med henne. Hon är ambivalent och vi väntar till ett gemensamt samtal med behandlingsteamet nästa vecka."),
    ])],
    must=["NL101"],
    why="Anorexia nervosa diagnosed by the team but not yet communicated to the 21-year-old.")

C("d129-npu-adhd-atergivning-ej-gjord", "vgr", "2002-01-08", "531", [
    N("2024-10-29T14:15:00", "nu_npu", "Anneli Roos", "psykolog", [
        ("Sammanfattning", "Kriterierna för ADHD, kombinerad presentation, är uppfyllda. Autism föreligger inte. Begåvning inom normalvariationen, GAI 108."),
        ("Planering", "Återgivningssamtal inte genomfört, han har inte fått ta del av resultatet. Tid skickas via 1177."),
    ], template="Psykologanteckning", signed=None)],
    must=["NL101"],
    why="ADHD concluded in an assessment summary; the 22-year-old has not been given the result.")

C("d129-barn-autism-varken-foraldrar-eller-barn", "skane", "2014-09-03", "429", [
    N("2024-05-22T15:00:00", "lk_bnp", "Rebecka Fors", "psykolog", [
        ("Utredning", "ADOS-2, WISC-V och föräldraintervju genomförda. Utredningen visar autism utan intellektuell funktionsnedsättning."),
        ("Planering", "Varken föräldrarna eller flickan har ännu informerats. Återgivningssamtal 3/6 tillsammans med läkare."),
    ], template="Psykologanteckning")],
    must=["NL101"],
    why="Autism in a 9-year-old; neither the guardians (who read the journal) nor the child has been told.")

C("d129-barn-turner-familjen-ej-informerad", "vgr", "2013-07-25", "684", [
    N("2024-04-11T12:00:00", "dsbus_bm", "Eva Tornblad", "läkare", [
        ("Provsvar", "Kromosomanalys: 45,X i samtliga analyserade celler. Turners syndrom."),
        ("Planering", "Familjen är inte informerad ännu. Besked ges av mig vid besök 22/4 tillsammans med kurator, remiss till kardiolog och njurultraljud därefter."),
    ])],
    must=["NL101"], must_not=["NL102"],
    why="Turner syndrome in a 10-year-old; family not yet informed.")

C("d129-ungdomsgyn-pcos-ej-besked", "skane", "2005-10-02", "506", [
    N("2024-06-05T08:30:00", "sus_ugyn", "Marie Hägg", "läkare", [
        ("Provsvar", "Testosteron 2,9 nmol/l, SHBG lågt. UL: >20 folliklar per ovarium bilat."),
        ("Bedömning", "Rotterdamkriterierna uppfyllda, PCOS."),
        ("Planering", "Hon har inte fått besked om diagnosen, tas upp vid återbesöket i juni."),
    ])],
    must=["NL101"],
    why="PCOS concluded; the 18-year-old has not been told.")

C("d129-stud-hypotyreos-ej-meddelat", "vgr", "2000-09-15", "704", [
    N("2024-09-02T11:40:00", "sth_gbg", "Linnea Håkansson", "läkare", [
        ("Lab", "TSH 38, fritt T4 6 pmol/l, TPO-ak kraftigt förhöjda."),
        ("Bedömning", "Autoimmun hypotyreos (Hashimoto)."),
        ("Planering", "Ej meddelat pat än, ringer henne i eftermiddag. Recept Levaxin 50 mikrog förberett."),
    ])],
    must=["NL101"],
    why="Hypothyroidism written visibly, 'Ej meddelat pat än'.")

C("d129-bup-depression-valt-att-vanta", "skane", "2007-03-08", "664", [
    N("2024-10-10T13:15:00", "bup_malmo", "Elisabeth Kron", "läkare", [
        ("Bedömning", "Egentlig depression, medelsvår episod."),
        ("Planering", "Jag har valt att inte ta upp diagnosen med henne idag eftersom hon var mycket ledsen. Görs vid nästa samtal om en vecka."),
    ], signed=None)],
    must=["NL101"],
    why="17-year-old at BUP reads her own journal; the clinician chose not to tell her the diagnosis yet.")

C("d129-psyk-bipolar-ska-inte-fa-veta", "vgr", "2004-06-21", "362", [
    N("2024-02-20T14:50:00", "su_psyk_uv", "Henrik Alvin", "läkare", [
        ("Bedömning", "Bipolär sjukdom typ II, med hypomana perioder sedan 17 års ålder och nu en djup depressiv episod."),
        ("Planering", "Hon ska inte få veta diagnosen förrän hon är mer stabil, enligt överenskommelse med överläkare. Lamotrigin upptitreras."),
    ])],
    must=["NL101"], must_not=["NL102"],
    why="Bipolar disorder visible although 'ska inte få veta diagnosen' yet.")

C("d129-ungdomsgyn-hsil-ej-informerad", "skane", "2000-01-27", "842", [
    N("2024-08-06T09:50:00", "sus_ugyn", "Johan Berglind", "läkare", [
        ("Provsvar", "Cytologi: HSIL, höggradig skivepiteldysplasi. HPV 16 positiv."),
        ("Planering", "Pat ej informerad. Kallas till kolposkopi inom 4 veckor, jag ringer henne innan kallelsen skickas."),
    ])],
    must=["NL101"],
    why="High-grade dysplasia (HSIL) visible, patient not informed.")

C("d129-typo-sti-herpes-ej-underattad", "vgr", "2003-05-09", "886", [
    N("2024-07-08T10:35:00", "su_sti", "Ylva Bergh", "sjuksköterska", [
        ("Provsvar", "HSV-2 PCR positiv från genitalt sår."),
        ("Åtgärd", "Pat ej underättad om svaret ännu. Sms med uppmaning att ringa mottagningen skickat."),
    ], template="Sjuksköterskeanteckning")],
    must=["NL101"],
    why="Typo 'ej underättad' for not informed; genital herpes result visible.")

C("d129-typo-um-mykoplasma-ej-informrad", "vgr", "2006-02-25", "155", [
    N("2024-05-15T16:05:00", "um_vbg", "Therese Åberg", "barnmorska", [
        ("Provsvar", "Mycoplasma genitalium PCR pos, makrolidresistensmutation ej påvisad."),
        ("Telefonkontakt", "Pat ej informrad, svarar inte. Ringer igen imorgon."),
    ], template="Barnmorskeanteckning")],
    must=["NL101"],
    why="Typo 'ej informrad': Mycoplasma genitalium result not yet told to the 18-year-old.")

C("d129-barn-skolios-ej-meddelat-familjen", "skane", "2012-10-19", "346", [
    N("2024-03-27T15:25:00", "krist_barn", "Anders Lönn", "läkare", [
        ("Röntgen", "Helrygg stående: högerkonvex torakal skolios, Cobb-vinkel 28 grader. Risser 1."),
        ("Planering", "Ej meddlat familjen. Remiss till barnortoped för korsettbedömning, jag informerar föräldrarna per telefon så snart jag får tag på dem."),
    ])],
    must=["NL101"],
    why="Typo 'Ej meddlat familjen': scoliosis in an 11-year-old, family not told.")

C("d129-barn-absensepilepsi-foraldrar-ej-underrattade", "vgr", "2016-08-13", "291", [
    N("2024-10-01T16:30:00", "nal_barn", "Fredrik Ohlsson", "läkare", [
        ("EEG", "Generaliserade 3 Hz spike-wave-urladdningar vid hyperventilation med klinisk absens under 9 s."),
        ("Diagnos", "Barnabsensepilepsi."),
        ("Planering", "Föräldrarna är ännu inte underrättade, telefontid bokad i morgon. Etosuximid planeras."),
    ])],
    must=["NL101"],
    why="Childhood absence epilepsy set; the parents (journal readers) not yet told.")

C("d129-inf-hepatit-b-inte-fatt-kannedom", "skane", "2003-04-01", "019", [
    N("2024-01-24T10:20:00", "sus_inf", "Lejla Hodžić", "läkare", [
        ("Provsvar", "HBsAg positivt, HBeAg negativt, ALAT normalt, HBV-DNA < 2000 IE/ml."),
        ("Bedömning", "Kronisk hepatit B, inaktiv bärare."),
        ("Planering", "Pat har inte fått kännedom om provsvaret. Besök med arabisktalande tolk bokas inom två veckor."),
    ])],
    must=["NL101"], must_not=["NL102"],
    why="Chronic hepatitis B in a 20-year-old who has not yet learnt of the result.")

C("d129-barn-jia-familjen-vet-annu-inte", "vgr", "2019-09-27", "544", [
    N("2024-11-07T13:05:00", "dsbus_reuma", "Ingrid Falk", "läkare", [
        ("Status", "Artrit i båda knäna och vä fotled sedan mer än 6 veckor."),
        ("Bedömning", "Oligoartikulär juvenil idiopatisk artrit. ANA positiv, därför ögonkontroller var 3:e månad."),
        ("Planering", "Familjen vet ännu inte om diagnosen, samtal med föräldrarna planerat på fredag."),
    ], signed=None)],
    must=["NL101"],
    why="JIA in a 5-year-old; 'Familjen vet ännu inte om diagnosen'.")

C("d129-um-misstankt-atstorning-ej-tagit-upp", "vgr", "2007-01-02", "428", [
    N("2024-04-30T14:40:00", "um_hisingen", "Lina Persson", "kurator", [
        ("Samtal", "Andra samtalet. Äter en måltid om dagen, räknar kalorier, tränar dagligen trots skada i foten."),
        ("Bedömning", "Misstänkt ätstörning. Har inte tagit upp misstanken med henne ännu, vill bygga allians först."),
    ], template="Kuratorsanteckning")],
    must=["NL101", "NL102"],
    why="Suspected eating disorder visible and deliberately not raised with the 17-year-old: both rules.")

C("d129-barn-misstankt-crohn-ej-informerade", "skane", "2012-02-16", "718", [
    N("2024-01-18T15:50:00", "sus_bum_lund", "Karin Westling", "läkare", [
        ("Lab", "F-kalprotektin >1000, Hb 98, albumin 29, SR 45."),
        ("Bedömning", "Misstänkt Crohns sjukdom med tanke på viktnedgång, perianal fistel och laboratoriefynd."),
        ("Planering", "Föräldrar och patient ej informerade om misstanken ännu. Gastroskopi och koloskopi i narkos bokas."),
    ])],
    must=["NL101", "NL102"],
    why="Suspected Crohn's in an 11-year-old; neither the child nor the guardians told.")

C("d129-sti-gonorre-tva-anteckningar", "vgr", "2001-03-14", "957", [
    N("2024-06-10T15:20:00", "su_sti", "Ylva Bergh", "sjuksköterska", [
        ("Provsvar", "Gonorré-PCR positiv rektalt, klamydia negativ."),
        ("Telefonkontakt", "Pat ej nådd och alltså ej informerad om svaret."),
    ], template="Sjuksköterskeanteckning", nid="n1"),
    N("2024-06-11T09:05:00", "su_sti", "Ylva Bergh", "sjuksköterska", [
        ("Telefonkontakt", "Når pat på telefon. Informerad om positivt gonorrésvar, kommer kl 13 idag för Ceftriaxon."),
    ], template="Telefonanteckning", nid="n2"),
    ],
    must=[("NL101", "n1")], must_not=[("NL101", "n2")],
    why="Day 1 note withholds a gonorrhoea result; day 2 note records that he was told.")

C("d129-barn-hyperkolesterolemi-foraldrar-ej-fatt-svar", "skane", "2014-02-05", "173", [
    N("2024-09-19T10:10:00", "trel_barn", "Ahmed Karimi", "läkare", [
        ("Provsvar", "LDL 5,8 mmol/l. Genetisk analys: patogen variant i LDLR."),
        ("Bedömning", "Familjär hyperkolesterolemi."),
        ("Planering", "Föräldrarna har inte fått provsvaret än. Kallas till samtal, kaskadtestning av syskon diskuteras då."),
    ])],
    must=["NL101"],
    why="Familial hypercholesterolaemia in a 10-year-old; the guardians have not received the result.")

C("d129-sti-trichomonas-besked-ej-lamnat", "skane", "2001-12-24", "686", [
    N("2024-11-14T14:25:00", "sus_ven", "Hedvig Lund", "barnmorska", [
        ("Provsvar", "Trichomonas vaginalis påvisad med PCR i vaginalsekret."),
        ("Planering", "Besked ej lämnat till pat. Metronidazol 2 g engångsdos förskrivs när hon nåtts."),
    ], template="Barnmorskeanteckning")],
    must=["NL101"],
    why="Trichomoniasis result visible, 'Besked ej lämnat till pat'.")

C("d129-barn-horselnedsattning-informeras-forst-vid-besok", "vgr", "2019-04-04", "630", [
    N("2024-03-13T11:25:00", "dsbus_horsel", "Annika Sjöholm", "audionom", [
        ("Audiogram", "Bilateral sensorineural hörselnedsättning, måttlig grad, 45–55 dB i talområdet. Tympanometri normal bilat."),
        ("Planering", "Föräldrarna är inte informerade om resultatet ännu, det tas upp först vid läkarbesöket nästa vecka."),
    ], template="Audionomanteckning")],
    must=["NL101"],
    why="Sensorineural hearing loss in a 4-year-old recorded visibly before the parents are told.")

C("d129-bup-autism-pappa-vet-pat-ej", "skane", "2006-11-11", "153", [
    N("2024-02-27T16:10:00", "bup_hbg", "Jonathan Wik", "läkare", [
        ("Bedömning", "Autism, nivå 1, utan intellektuell funktionsnedsättning."),
        ("Kontakt", "Pappan har fått besked i telefon på egen begäran. Själv är han ännu inte informerad, återgivning med honom planeras nästa vecka."),
    ])],
    must=["NL101"], must_not=["NL102"],
    why="A 17-year-old reads his own journal: father told, the patient not, so the diagnosis is uncommunicated.")

C("d129-typo-ungdomsgyn-endometrios-inte-infomerad", "vgr", "2004-08-30", "588", [
    N("2024-12-02T13:35:00", "ostra_ugyn", "Cecilia Moberg", "läkare", [
        ("Operation", "Diagnostisk laparoskopi: endometrioshärdar på sakrouterinligamenten och i fossa Douglasi, excideras. PAD bekräftar endometrios."),
        ("Planering", "Pat inte infomerad om PAD ännu, genomgång vid återbesök om 3 veckor."),
    ], signed=None)],
    must=["NL101"],
    why="Typo 'inte infomerad' in an unsigned draft; confirmed endometriosis not yet told.")

C("d129-stud-diabetes-lada-avvaktar-med-att-informera", "vgr", "2001-10-23", "313", [
    N("2024-04-17T09:40:00", "sth_chalmers", "Olof Dahl", "läkare", [
        ("Lab", "Fasteglukos 9,4 och 8,9 vid två tillfällen, HbA1c 56. GAD-ak positiva."),
        ("Bedömning", "Diabetes mellitus, autoimmun typ (LADA)."),
        ("Planering", "Avvaktar med att informera studenten tills diabetessköterska och läkare på vårdcentralen kan ta ett gemensamt samtal på måndag."),
    ])],
    must=["NL101"],
    why="LADA diagnosis visible; 'Avvaktar med att informera studenten'.")

C("d129-barn-wilms-utkast-ej-kommunicerat", "vgr", "2020-12-01", "471", [
    N("2024-08-22T17:55:00", "dsbus_avd", "Karl Nordén", "läkare", [
        ("Röntgen", "DT buk: 9 cm solid tumör utgående från vä njure."),
        ("PAD", "Nålbiopsi: nefroblastom (Wilms tumör), favorabel histologi."),
        ("Planering", "PAD ännu ej kommunicerat till föräldrarna, samtal med barnonkolog i morgon kl 10."),
    ], template="Daganteckning", signed=None, setting="slutenvård")],
    must=["NL101"], must_not=["NL102"],
    why="Unsigned inpatient note: Wilms tumour in a 3-year-old, PAD not yet communicated to the guardians.")

# ---- NL101 negatives -------------------------------------------------------
C("d129-um-klamydia-informerad-per-telefon", "vgr", "2005-07-07", "404", [
    N("2024-01-29T13:20:00", "um_boras", "Ida Kjellberg", "barnmorska", [
        ("Provsvar", "Chlamydia trachomatis positiv i vaginalprov."),
        ("Telefonkontakt", "Pat informerad per telefon idag. E-recept Doxyferm 100 mg 1x1 i 7 dagar. Uppger två partner senaste halvåret, hon kontaktar dem själv och vi följer upp."),
    ], template="Telefonanteckning")],
    must_not=["NL101"],
    why="Chlamydia result told to the 18-year-old the same day.")

C("d129-um-informerad-vill-ej-att-foraldrar-vet", "vgr", "2007-09-12", "524", [
    N("2024-10-24T15:35:00", "um_vbg", "Therese Åberg", "barnmorska", [
        ("Provsvar", "Klamydia positiv, gonorré negativ."),
        ("Samtal", "Informerad om svaret och kommer för behandling i morgon. Hon vill att föräldrarna inte får veta, vilket respekteras."),
    ], template="Barnmorskeanteckning")],
    must_not=["NL101"],
    why="The 17-year-old was told; only her parents are not, and parents do not read a 17-year-old's journal.")

C("d129-barn-diabetes-datum-ej-meddelat", "skane", "2016-06-01", "739", [
    N("2024-08-29T11:00:00", "hbg_barn", "Anna-Karin Sjö", "sjuksköterska", [
        ("Aktuellt", "Typ 1-diabetes sedan 2022, HbA1c 54, pumpen fungerar bra."),
        ("Planering", "Datum för årskontrollen är ännu inte meddelat familjen, kallelse skickas i september."),
    ], template="Sjuksköterskeanteckning")],
    must_not=["NL101"],
    why="What is not yet told is an appointment date, not a diagnosis.")

C("d129-stud-remiss-skickad-ej-informerad-om-det", "vgr", "2001-05-18", "746", [
    N("2024-05-07T12:15:00", "sth_gbg", "Mikael Strand", "läkare", [
        ("Bedömning", "Bulimia nervosa, diagnosen ställdes vid förra besöket och gicks igenom med henne då."),
        ("Åtgärd", "Remiss till ätstörningsenheten skickad idag. Hon är ännu inte informerad om att remissen gått iväg, jag ringer i morgon."),
    ], signed=None)],
    must_not=["NL101"],
    why="Bulimia was told earlier; what is untold is that the referral was sent.")

C("d129-um-kontrollprov-negativt-ej-informerad", "vgr", "2003-11-29", "895", [
    N("2024-06-25T10:45:00", "um_angered", "Sanna Öberg", "sjuksköterska", [
        ("Provsvar", "Kontrollprov fem veckor efter behandlad klamydia: negativt."),
        ("Åtgärd", "Ej informerad om svaret ännu, han ser det själv i 1177 och hör av sig vid frågor."),
    ], template="Sjuksköterskeanteckning")],
    must_not=["NL101"],
    why="The untold result is negative/normal; the past chlamydia is known to him.")

C("d129-vgr-th-sokord-ej-diskuterat", "vgr", "2013-01-22", "663", [
    N("2024-09-11T08:45:00", "alingsas_barn", "Peter Wennberg", "läkare", [
        ("Anamnes", "Huvudvärk och magont, frånvaro från skolan ca 30 % sedan vårterminen."),
        ("Status", "Allmäntillstånd gott. Neurologstatus och bukstatus utan anmärkning."),
        ("Tidiga hypoteser", "Trolig somatiseringsproblematik med psykosocial belastning hemma. Inte diskuterat med familjen."),
        ("Planering", "Återbesök om 4 veckor. Blodprover tagna: Hb, CRP, TSH och tTG-IgA."),
    ])],
    must_not=["NL101", "NL102"],
    why="VGR: the untold, hedged hypothesis stands only under the sökord Tidiga hypoteser (11-year-old).")

C("d129-skane-th-mall-tva-anteckningar", "skane", "2006-04-27", "726", [
    N("2024-01-31T16:20:00", "sus_ugyn", "Johan Berglind", "läkare", [
        ("Bedömning", "Misstänkt PCOS utifrån anamnes och akne. Tar inte upp det med henne förrän hormonproverna är klara."),
    ], template="Tidiga hypoteser", nid="n1"),
    N("2024-02-21T10:30:00", "sus_ugyn", "Johan Berglind", "läkare", [
        ("Bedömning", "Genomgång av proverna med pat. Förhöjt testosteron och oligomenorré, PCOS. Informerad och har fått skriftlig information om livsstil och p-piller."),
    ], nid="n2"),
    ],
    must_not=[("NL101", "n1"), ("NL102", "n1"), ("NL101", "n2"), ("NL102", "n2")],
    why="Skåne: untold suspicion kept in the Tidiga hypoteser template; the later visible note states PCOS after telling her.")

C("d129-barn-foraldrar-informerade-pojken-ej", "vgr", "2015-10-05", "395", [
    N("2024-03-06T14:30:00", "skas_barn", "Karin Ahlqvist", "läkare", [
        ("Bedömning", "ADHD, kombinerad form, diagnosen ställd efter avslutad utredning."),
        ("Återgivning", "Genomgång med båda föräldrarna idag. De vill själva berätta för pojken hemma med hjälp av broschyren om ADHD för barn, så han är inte informerad än."),
    ])],
    must_not=["NL101"],
    why="An 8-year-old's journal is read by his guardians, who were told today; the child himself has no journal access.")

C("d129-stud-dyslexi-institutionen-ej-informerad", "vgr", "2003-03-03", "126", [
    N("2024-11-20T13:10:00", "sth_gbg", "Petra Lundqvist", "kurator", [
        ("Samtal", "Dyslexi konstaterad vid utredningen i oktober, resultatet genomgånget med studenten idag."),
        ("Planering", "Hon vill inte att institutionen informeras ännu och avstår från pedagogiskt stöd den här terminen."),
    ], template="Kuratorsanteckning")],
    must_not=["NL101"],
    why="The student was told; only the university department is not.")

C("d129-ungdomsgyn-endometrios-inget-om-information", "skane", "2003-08-08", "462", [
    N("2024-05-02T09:10:00", "sus_ugyn", "Marie Hägg", "barnmorska", [
        ("Aktuellt", "Endometrios, laparoskopiskt verifierad 2023. Kontinuerlig behandling med Visanne, dysmenorré VAS 3."),
        ("Planering", "Ny kontroll om 6 månader."),
    ], template="Barnmorskeanteckning")],
    must_not=["NL101"],
    why="Confirmed diagnosis, nothing said about telling or not telling.")

C("d129-barn-celiaki-kand-valinformerad", "vgr", "2015-03-26", "700", [
    N("2024-02-14T10:40:00", "kungalv_barn", "Helen Karlsson", "sjuksköterska", [
        ("Årskontroll", "Celiaki sedan 2021, familjen är välinformerad och följer glutenfri kost. tTG-IgA normaliserat, växer fint."),
    ], template="Sjuksköterskeanteckning")],
    must_not=["NL101"],
    why="Known diagnosis that the family has long known.")

C("d129-barn-om-pad-visar-celiaki", "skane", "2016-01-13", "482", [
    N("2024-06-19T13:55:00", "hbg_barn", "Per Sandell", "läkare", [
        ("Lab", "tTG-IgA 85 (ref <7)."),
        ("Åtgärd", "Gastroskopi med duodenalbiopsier utförd idag, PAD inväntas."),
        ("Planering", "Om PAD visar celiaki informeras familjen vid återbesök om 3 veckor och remiss till dietist skickas."),
    ])],
    must_not=["NL101", "NL102"],
    why="Conditional: no diagnosis stands yet, the telling is planned for a hypothetical result.")

C("d129-sti-syfilis-informerades-igar", "vgr", "2000-02-08", "419", [
    N("2024-09-05T10:15:00", "su_sti", "Maja Eklund", "läkare", [
        ("Aktuellt", "Informerades igår per telefon om positivt syfilissvar. Kommer idag för behandling."),
        ("Åtgärd", "Bensatinpenicillin 2,4 milj IE im. Partnern kallas via smittspårningen, RPR-kontroll om 3 månader."),
    ])],
    must_not=["NL101"],
    why="Syphilis told the day before; telling in the past.")

C("d129-ats-ej-informerad-om-vantetid", "skane", "2004-10-30", "506", [
    N("2024-04-04T14:00:00", "lund_ats", "Sofie Åkesson", "sjuksköterska", [
        ("Aktuellt", "Anorexia nervosa, i behandling sedan januari. Viktkurvan svagt stigande, 44,6 kg idag."),
        ("Planering", "Pat är inte informerad om att väntetiden till dagvården blivit längre, tas upp på fredag."),
    ], template="Sjuksköterskeanteckning")],
    must_not=["NL101"],
    why="What is untold is a waiting time, not a diagnosis.")

C("d129-ungdomsgyn-normal-pad-ej-informerad", "vgr", "2006-12-19", "642", [
    N("2024-07-16T11:30:00", "ostra_ugyn", "Cecilia Moberg", "läkare", [
        ("PAD", "Biopsier från portio: ingen dysplasi, normalt skivepitel."),
        ("Planering", "Pat ej informerad ännu, brev skickas. Ny cytologi om 3 år enligt program."),
    ])],
    must_not=["NL101"],
    why="The untold PAD is normal and rules out dysplasia.")

C("d129-barn-diabetes-besked-till-pojken-och-foraldrarna", "skane", "2012-03-29", "530", [
    N("2024-02-01T18:20:00", "krist_barn", "Anders Lönn", "läkare", [
        ("Bedömning", "Nydebuterad diabetes mellitus typ 1 med lätt ketoacidos: glukos 24, ketoner 3,1, pH 7,31."),
        ("Information", "Besked lämnat till pojken och båda föräldrarna på akuten, diabetessköterska träffar dem på avdelningen i kväll."),
    ], setting="slutenvård")],
    must_not=["NL101"],
    why="Both the 11-year-old and his guardians were told.")

C("d129-stud-ej-informerad-om-forskrivning", "vgr", "2003-06-23", "977", [
    N("2024-12-10T15:05:00", "sth_chalmers", "Olof Dahl", "sjuksköterska", [
        ("Aktuellt", "Astma sedan barndomen, välkontrollerad på Symbicort."),
        ("Åtgärd", "Han är inte informerad om att förskrivningen nu flyttats till vårdcentralen, meddelas via 1177-meddelande."),
    ], template="Sjuksköterskeanteckning")],
    must_not=["NL101"],
    why="What is untold is an administrative change, not a diagnosis.")

C("d129-typo-barn-foraldrarna-informerde", "vgr", "2018-07-31", "415", [
    N("2024-05-28T10:20:00", "nal_barn", "Malin Gustavsson", "sjuksköterska", [
        ("Bedömning", "Jordnötsallergi verifierad med provokation. Föräldrarna informerde vid besöket och har fått adrenalinpenna med instruktion."),
    ], template="Sjuksköterskeanteckning")],
    must_not=["NL101"],
    why="Typo 'informerde': the guardians were told; a told-phrase with a misspelling.")

C("d129-sti-anonym-smittsparning-expartner", "skane", "2004-01-05", "760", [
    N("2024-03-20T09:30:00", "sus_ven", "Hedvig Lund", "sjuksköterska", [
        ("Aktuellt", "Klamydia, informerad och behandlad förra veckan."),
        ("Smittspårning", "Hon vill inte att ex-partnern får veta att smittan kommer från henne. Anonym kontaktning via mottagningen."),
    ], template="Sjuksköterskeanteckning")],
    must_not=["NL101"],
    why="The patient knows; the ex-partner is kept anonymous.")

C("d129-barn-epilepsi-skolan-ej-informerad", "skane", "2014-03-17", "646", [
    N("2024-10-17T14:45:00", "ystad_barn", "Gustav Lindh", "läkare", [
        ("Bedömning", "Fokal epilepsi, anfallsfri sedan 8 månader på lamotrigin."),
        ("Planering", "Skolan har inte informerats om den nya anfallsrutinen, mamma tar med handlingsplanen dit."),
    ])],
    must_not=["NL101"],
    why="A school not told is not the patient/guardians not told.")

C("d129-stud-fragestallning-adhd-framfort", "vgr", "2002-04-16", "791", [
    N("2024-03-28T13:40:00", "sth_gbg", "Linnea Håkansson", "läkare", [
        ("Bedömning", "Frågeställning ADHD, vilket jag framförde till honom idag. Han känner igen sig och önskar utredning."),
        ("Åtgärd", "Remiss till NP-utredning inom vuxenpsykiatrin."),
    ])],
    must=["NL102"], must_not=["NL101"],
    why="An open diagnostic question (NL102) that has been discussed with the student, so no NL101.")

C("d129-bup-depression-informerad-ej-pappa", "skane", "2006-12-02", "580", [
    N("2024-06-13T14:25:00", "bup_malmo", "Jonathan Wik", "läkare", [
        ("Bedömning", "Egentlig depression, lindrig episod. Diagnosen genomgången med patienten som tog emot det väl."),
        ("Planering", "Pappan är inte informerad eftersom hon inte vill det; hon är 17 och vi respekterar det. KBT via BUP, återbesök om 4 veckor."),
    ])],
    must_not=["NL101"],
    why="17-year-old told; only her father is not.")

C("d129-um-hiv-neg-screening-ej-informerad", "vgr", "2004-05-02", "239", [
    N("2024-08-12T09:10:00", "um_boras", "Anton Vik", "sjuksköterska", [
        ("Provsvar", "HIV-test och syfilisserologi negativa, hepatit B-immun efter vaccination."),
        ("Åtgärd", "Pat ej informerad om svaren, de publiceras i 1177 och hon hör av sig vid frågor."),
    ], template="Sjuksköterskeanteckning")],
    must_not=["NL101"],
    why="Normal screening results, untold; no diagnosis.")

C("d129-barn-foraldrar-fatt-besked-via-telefon-igar", "vgr", "2017-11-09", "556", [
    N("2024-04-23T08:20:00", "sas_barn", "Jenny Falk", "läkare", [
        ("Bedömning", "Hypotyreos, TSH 19 och lågt fritt T4, TPO-ak positiva."),
        ("Information", "Mamma och pappa fick besked per telefon igår kväll. Levaxin 25 mikrog insatt, kontroll om 6 veckor."),
    ])],
    must_not=["NL101"],
    why="The 6-year-old's guardians were told yesterday.")

C("d129-ungdomsgyn-hsil-tva-anteckningar", "vgr", "2001-09-04", "502", [
    N("2024-02-05T15:10:00", "ostra_ugyn", "Eva-Lena Björk", "läkare", [
        ("Provsvar", "Cytologi: HSIL. HPV 18 positiv."),
        ("Planering", "Har inte meddelat henne än, ringer i morgon och kallar till kolposkopi."),
    ], nid="n1"),
    N("2024-02-06T09:45:00", "ostra_ugyn", "Eva-Lena Björk", "läkare", [
        ("Telefonkontakt", "Samtal med pat om cellförändringen. Hon förstod informationen, frågade om graviditet i framtiden och fick svar. Kolposkopi 19/2."),
    ], template="Telefonanteckning", nid="n2"),
    ],
    must=[("NL101", "n1")], must_not=[("NL101", "n2")],
    why="First note withholds HSIL ('Har inte meddelat henne än'); the phone note next day tells her.")

# ---- long multi-section charts --------------------------------------------
C("d129-lang-barn-buksmarta-typo-misstant-laktosintolerans", "vgr", "2017-02-22", "366", [
    N("2024-09-26T13:10:00", "sas_barn", "Jenny Falk", "läkare", [
        ("Kontaktorsak", "Remiss från vårdcentralen pga återkommande buksmärtor sedan ett år. Kommer med mamma och pappa."),
        ("Anamnes", "Ont runt naveln 3–4 ggr/vecka, oftast efter frukost och mellanmål på fritids. Ibland uppblåst och gasig, lös avföring 2–3 ggr/dag de dagarna. Inga nattliga smärtor, inget blod i avföringen, ingen viktnedgång. Äter fil och mjölk till frukost, dricker ca 5 dl mjölk om dagen. Inga kräkningar. Skolan går bra, trivs med kompisarna. Pappa laktosintolerant sedan tonåren, ingen IBD eller celiaki i släkten."),
        ("Tidigare", "Frisk. Vaccinerad enligt program. Inga läkemedel, inga kända allergier."),
        ("Status", "AT: Gott, pigg och samarbetar.\nLängd 124 cm (0 SD), vikt 24 kg (0 SD), följer sina kurvor.\nHjärta: RR, inga blåsljud.\nLungor: Vesikulärt bilat.\nBuk: Mjuk, lätt öm periumbilikalt, ingen resistens, ingen hepatosplenomegali.\nAnus/perianalt: ua, inga fissurer eller flikar.\nHud: ua."),
        ("Lab", "Hb 128, CRP <1, SR 4, tTG-IgA neg (totalt IgA normalt), F-kalprotektin 18, TSH ua, leverstatus ua."),
        ("Bedömning", "Ingen misstanke om inflammatorisk tarmsjukdom eller celiaki med normala prover och normal tillväxt. Misstänt laktosintolerans med tanke på sambandet med mjölkprodukter och pappans besvär."),
        ("Planering", "Laktosfri kost i fyra veckor med matdagbok, därefter återintroduktion. Ssk ringer om 5 veckor. Vid nattliga smärtor, blod i avföringen eller viktnedgång hör familjen av sig tidigare."),
    ])],
    must=["NL102"], must_not=["NL101"],
    why="Long chart (7-year-old): negations and a father's condition, one hedged diagnosis with typo 'Misstänt laktosintolerans'; nothing about telling.")

C("d129-lang-ungdomsgyn-dysmenorre-bara-negationer", "skane", "2005-03-16", "664", [
    N("2024-10-03T10:00:00", "sus_ugyn", "Johan Berglind", "läkare", [
        ("Kontaktorsak", "Svåra mensvärkar, remiss från ungdomsmottagningen."),
        ("Anamnes", "Menarke 12 år, regelbunden cykel 28 dagar, blöder 5 dagar. Kraftig värk första två dagarna sedan 15-årsåldern, missar ibland en skoldag. Ipren 400 mg hjälper delvis. Ingen smärta vid samlag, inga smärtor mellan menstruationerna, inga tarm- eller blåsbesvär. Mamma har trolig endometrios enligt egen uppgift, aldrig opererad. Har en fast partner, använder kondom. Röker inte, snusar ibland."),
        ("Status", "AT: Gott.\nBMI 22.\nBuk: Mjuk, oöm, inga resistenser.\nGyn: Yttre genitalia ua. Portio slät, ingen ömhet vid rörelse av portio. Uterus normalstor, rörlig. Adnexa oömma bilat.\nVaginalt UL: Normal uterus, endometriet 6 mm, ovarier med normal follikelbild, ingen cysta, ingen fri vätska."),
        ("Lab", "Klamydia-PCR från ungdomsmottagningen negativt, U-hCG neg."),
        ("Bedömning", "Primär dysmenorré. Ingen misstanke om endometrios utifrån anamnes och normalt ultraljud. Infektion avskrivs."),
        ("Planering", "Kombinerade p-piller i förlängd regim, information om att ta NSAID i rätt dos från dag 1. Eventuellt hormonspiral längre fram om p-pillren inte räcker, hon vill fundera. Uppföljning på ungdomsmottagningen om 3 mån. Vid ökande smärta mellan menstruationerna, smärta vid samlag eller feber bör hon söka igen."),
    ])],
    must_not=["NL102"],
    why="Long chart (19-year-old): mother's probable endometriosis, negations, hedged plans and conditional advice; the patient's own diagnosis is plain.")

C("d129-lang-barnneuro-duchenne-foraldrar-ej-informerade", "skane", "2018-05-10", "095", [
    N("2024-03-14T16:45:00", "sus_bum_lund", "Karin Westling", "läkare", [
        ("Bakgrund", "Pojke remitterad från BVC i januari pga sen gångdebut (20 mån), ofta fallande och svårt att gå i trappor. Föräldrarna har noterat att han har tjocka vader och reser sig från golvet genom att 'klättra på sig själv'. Inga kända neuromuskulära sjukdomar i släkten, morbror dog ung av okänd orsak. Normal kognitiv utveckling enligt förskolan, lite sen i talet."),
        ("Status vid besök 15/1", "AT: Gott, glad och samarbetsvillig.\nVikt 21 kg, längd 114 cm.\nNeuro: Positivt Gowers tecken. Pseudohypertrofi av vaderna bilat. Waddlande gång, tågång på försök. Reflexer svaga patellart, normala i armarna. Kranialnerver ua.\nCor: Regelbunden rytm utan blåsljud. Pulm: ua."),
        ("Lab", "CK 15 400 U/l (ref <190), ASAT 210, ALAT 280. Leverpåverkan bedöms vara av muskulärt ursprung."),
        ("Genetik", "MLPA av DMD-genen: deletion av exon 45–50, ramskiftande. Besvaret inkom idag."),
        ("Bedömning", "Duchennes muskeldystrofi."),
        ("Planering", "Föräldrarna är ännu inte informerade om det genetiska svaret. Samtal bokas med båda föräldrarna, barnneurolog, kurator och sjuksköterska från neuromuskulära teamet så snart som möjligt, helst nästa vecka. Därefter remiss till barnkardiolog (EKO, EKG), lungfunktion och genetisk vägledning av mamma som möjlig bärare. Kortisonbehandling diskuteras vid samtalet."),
    ])],
    must=["NL101"], must_not=["NL102"],
    why="Long chart: Duchenne confirmed genetically in a 5-year-old, the guardians who read the journal are not yet informed.")

C("d129-lang-um-p-stav-klamydia-informerad-pojkvan-ej", "vgr", "2007-06-09", "720", [
    N("2024-11-21T15:00:00", "um_hisingen", "Josefin Sahlin", "barnmorska", [
        ("Kontaktorsak", "Återbesök efter klamydia och önskar byta preventivmedel."),
        ("Anamnes", "Fick positivt klamydiasvar förra veckan och informerades då per telefon av mig. Har tagit Doxyferm i 7 dagar enligt ordination, inga biverkningar, inte haft sex sedan dess. Pojkvännen vet ännu inte om det, hon vill berätta själv i helgen och han testar sig sedan här. Använder p-piller (Desogestrel) sedan ett år men glömmer ofta tabletter och har oregelbundna småblödningar. Mens senast för tre veckor sedan. Röker inte. Inga kända sjukdomar, inga andra läkemedel. Ingen tidigare trombos i släkten."),
        ("Status", "BT 112/70. Vikt 61 kg. Hud på vä överarm ua."),
        ("Samtal", "Går igenom olika långverkande metoder. Hon väljer p-stav. Information om blödningsmönster och att effekten sitter i tre år. Pratar om kondom tills kontrollprovet är taget och pojkvännen testat sig, samt om vikten av att partnern inte behandlas utan prov."),
        ("Åtgärd", "Nexplanon insatt i vä överarm i lokalbedövning, palpabel efter insättning. Förband i 24 h. Kontrollprov klamydia tas om två veckor på mottagningen, tid bokad."),
        ("Planering", "Ev. uppföljning av blödningsmönstret efter tre månader. Vid rodnad, svullnad eller feber kring insättningsstället hör hon av sig."),
    ], template="Barnmorskeanteckning")],
    must_not=["NL101", "NL102"],
    why="Long chart (17-year-old): chlamydia told last week; only the boyfriend does not know yet; the only hedges are on plans.")

# =========================================================================== VALIDATION
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
CASE_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def luhn_ok(pid):
    digits = pid[2:8] + pid[9:12]
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return (10 - total % 10) % 10 == int(pid[12])


def age_at(birth, when):
    b = _dt.date.fromisoformat(birth)
    w = when.date() if isinstance(when, _dt.datetime) else when
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def in_2024(s):
    return _dt.datetime.fromisoformat(s).year == 2024


def validate(cases):
    problems = []
    names = set()
    seen_sent = {}
    for c in cases:
        nm = c["case"]
        if set(c) != CASE_KEYS:
            problems.append(f"{nm}: case keys {sorted(c)}")
        if nm in names:
            problems.append(f"{nm}: duplicate case name")
        names.add(nm)
        if not nm.startswith("d129-"):
            problems.append(f"{nm}: bad prefix")
        if c["ruleset"] not in ("skane", "vgr"):
            problems.append(f"{nm}: ruleset")
        if not c["why"].strip():
            problems.append(f"{nm}: empty why")
        rec = c["record"]
        if set(rec) != RECORD_KEYS:
            problems.append(f"{nm}: record keys")
        pat = rec["patient"]
        pid, bd = pat["id"], pat["birth_date"]
        if not re.fullmatch(r"\d{8}-\d{4}", pid) or pid[:8] != bd.replace("-", ""):
            problems.append(f"{nm}: personnummer/birth_date mismatch")
        elif not luhn_ok(pid):
            problems.append(f"{nm}: Luhn")
        if not in_2024(rec["as_of"]):
            problems.append(f"{nm}: as_of not 2024")
        times = [_dt.datetime.fromisoformat(rec["as_of"])]
        notes = {}
        for n in rec["notes"]:
            if set(n) != NOTE_KEYS:
                problems.append(f"{nm}: note keys {sorted(n)}")
            if n["id"] in notes:
                problems.append(f"{nm}: duplicate note id")
            notes[n["id"]] = n
            if not in_2024(n["time"]):
                problems.append(f"{nm}: note time not 2024")
            if n["signed"] is not None:
                if not in_2024(n["signed"]):
                    problems.append(f"{nm}: signed not 2024")
                if n["signed"] < n["time"]:
                    problems.append(f"{nm}: signed before time")
            if n["time"] > rec["as_of"]:
                problems.append(f"{nm}: note after as_of")
            times.append(_dt.datetime.fromisoformat(n["time"]))
            if n["system"] not in ("Melior", "PMO"):
                problems.append(f"{nm}: system")
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                problems.append(f"{nm}: VGR note not Melior")
            hsa = n["unit"]["hsa_id"]
            pref = "SE2321000255-" if c["ruleset"] == "skane" else "SE2321000131-"
            if not hsa.startswith(pref):
                problems.append(f"{nm}: unit of wrong region")
            if not n["sections"]:
                problems.append(f"{nm}: note without sections")
            for s in n["sections"]:
                if set(s) != {"keyword", "text"} or not s["text"].strip():
                    problems.append(f"{nm}: section shape")
                for sent in SENT_SPLIT.split(s["text"]):
                    sent = " ".join(sent.split())
                    if len(sent) >= 25:
                        key = sent.lower()
                        if key in seen_sent and seen_sent[key] != nm + "/" + n["id"]:
                            problems.append(f"{nm}: sentence repeated (also in {seen_sent[key]}): {sent}")
                        elif key in seen_sent:
                            problems.append(f"{nm}: sentence repeated within note: {sent}")
                        seen_sent[key] = nm + "/" + n["id"]
        for t in times:
            a = age_at(bd, t)
            if 13 <= a <= 15 or a < 0:
                problems.append(f"{nm}: patient aged {a}")
        asserted = set()
        for lst in ("must", "must_not"):
            for code, tgt in c[lst]:
                if code not in ("NL101", "NL102"):
                    problems.append(f"{nm}: unexpected code {code}")
                if tgt not in notes:
                    problems.append(f"{nm}: target {tgt} missing")
                    continue
                if (code, tgt) in asserted:
                    problems.append(f"{nm}: {code}/{tgt} asserted twice")
                asserted.add((code, tgt))
                sysname = notes[tgt]["system"]
                # PMO never shows diagnoses: NL102 may only be *required* on Melior,
                # while a hedged PMO diagnosis is listed as must_not NL102.
                if code == "NL102" and lst == "must" and sysname != "Melior":
                    problems.append(f"{nm}: NL102 must on {sysname}")
                if code == "NL101" and sysname == "PMO":
                    problems.append(f"{nm}: NL101 asserted on PMO")
        if not asserted:
            problems.append(f"{nm}: nothing asserted")
    return problems


def main():
    problems = validate(CASES)
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        sys.exit(1)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "nl1_dev129_cases.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    stats = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                stats[(code, lst)] = stats.get((code, lst), 0) + 1
    print(f"wrote {len(CASES)} cases to {out}")
    for k in sorted(stats):
        print(f"  {k[0]} {k[1]}: {stats[k]}")


if __name__ == "__main__":
    main()
