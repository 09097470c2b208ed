#!/usr/bin/env python3
"""dev97: general and colorectal surgery (wards, surgical emergency, operation notes,
PAD answers, ward rounds by surgeons, residents and ward nurses).

Standard library only, deterministic. Writes cases.jsonl next to this file and
validates it; exits 1 on any problem.

Rules annotated: NL101 (uncommunicated diagnosis visible) and NL102 (hedged
diagnosis in a visible section of a Melior note).
"""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev97_cases.jsonl")

# ---------------------------------------------------------------- units
SK = "SE2321000255-"
VG = "SE2321000131-"
UNITS = {
    # Region Skåne, Melior (hospitals)
    "kir_mas": ("Kirurgiavdelning 2 kolorektal, Skånes universitetssjukhus Malmö", SK + "K2M7"),
    "kolmot_mas": ("Kolorektalmottagningen, Skånes universitetssjukhus Malmö", SK + "KM41"),
    "dagkir_mas": ("Kirurgiska dagvårdsenheten, Skånes universitetssjukhus Malmö", SK + "DK09"),
    "endo_mas": ("Endoskopienheten, Skånes universitetssjukhus Malmö", SK + "EN33"),
    "stomi_mas": ("Stomimottagningen, Skånes universitetssjukhus Malmö", SK + "ST18"),
    "akm_mas": ("Akutmottagningen, Skånes universitetssjukhus Malmö", SK + "AK02"),
    "barnakut_mas": ("Barnakuten, Skånes universitetssjukhus Malmö", SK + "BA55"),
    "akir_lund": ("Akutkirurgiska avdelningen, Skånes universitetssjukhus Lund", SK + "AKL6"),
    "hpb_lund": ("Kirurgiavdelning 2 övre GI och HPB, Skånes universitetssjukhus Lund", SK + "HP21"),
    "ovregi_lund": ("Kirurgavdelning 6 övre GI, Skånes universitetssjukhus Lund", SK + "OG67"),
    "barnkir_lund": ("Barnkirurgiska avdelningen, Skånes universitetssjukhus Lund", SK + "BK30"),
    "iva_lund": ("Intensivvårdsavdelningen, Skånes universitetssjukhus Lund", SK + "IV12"),
    "kir_hbg": ("Kirurgavdelning 53, Helsingborgs lasarett", SK + "H53K"),
    "kirmot_hbg": ("Kirurgmottagningen, Helsingborgs lasarett", SK + "HKM8"),
    "kir_krs": ("Kirurgkliniken avdelning 19, Centralsjukhuset Kristianstad", SK + "C19K"),
    "kir_yst": ("Kirurgiska kliniken, Lasarettet i Ystad", SK + "YK04"),
    "kirmot_yst": ("Kirurgmottagningen, Lasarettet i Ystad", SK + "YM26"),
    "kir_trb": ("Kirurgavdelningen, Lasarettet Trelleborg", SK + "TK71"),
    "kirmot_trb": ("Kirurgmottagningen, Lasarettet Trelleborg", SK + "TM72"),
    "kir_angh": ("Kirurgiska vårdavdelningen, Ängelholms sjukhus", SK + "AN15"),
    "kirmot_hlm": ("Kirurgmottagningen, Hässleholms sjukhus", SK + "HL38"),
    # Region Skåne, PMO (primary care, home care)
    "vc_linero": ("Vårdcentralen Linero, Lund", SK + "V1L0"),
    "vc_kirseberg": ("Vårdcentralen Kirseberg, Malmö", SK + "V2K1"),
    "vc_sjobo": ("Vårdcentralen Sjöbo", SK + "V3S2"),
    "vc_osby": ("Vårdcentralen Osby", SK + "V4O3"),
    "hsj_eslov": ("Hemsjukvården Eslöv", SK + "HS61"),
    "hsj_hoganas": ("Hemsjukvården Höganäs", SK + "HS62"),
    "bvc_hoor": ("Barnavårdscentralen Höör", SK + "BV19"),
    "um_hbg": ("Ungdomsmottagningen Helsingborg", SK + "UM44"),
    # Västra Götalandsregionen, Melior
    "su_ostra_kir": ("Kolorektalkirurgisk vårdavdelning 76, Sahlgrenska Universitetssjukhuset/Östra", VG + "SO76"),
    "su_ostra_mot": ("Kolorektalmottagningen, Sahlgrenska Universitetssjukhuset/Östra", VG + "SOKM"),
    "su_ostra_stomi": ("Stomiverksamheten, Sahlgrenska Universitetssjukhuset/Östra", VG + "SOST"),
    "su_ostra_fys": ("Fysioterapin kirurgi, Sahlgrenska Universitetssjukhuset/Östra", VG + "SOFY"),
    "su_sahl_akir": ("Akutkirurgisk vårdavdelning 15, Sahlgrenska Universitetssjukhuset/Sahlgrenska", VG + "SA15"),
    "su_sahl_hpb": ("Kirurgavdelning 138 HPB, Sahlgrenska Universitetssjukhuset/Sahlgrenska", VG + "SA38"),
    "su_akm": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", VG + "SAAK"),
    "dsbus_akut": ("Barnkirurgisk akutmottagning, Drottning Silvias barnsjukhus", VG + "DSBA"),
    "dsbus_avd": ("Barnkirurgisk vårdavdelning 322, Drottning Silvias barnsjukhus", VG + "DS22"),
    "nal_kir": ("Kirurgavdelning 40, NU-sjukvården NÄL Trollhättan", VG + "NA40"),
    "nal_mot": ("Kirurgmottagningen, NU-sjukvården NÄL Trollhättan", VG + "NAKM"),
    "nal_akut": ("Kirurgakuten, NU-sjukvården NÄL Trollhättan", VG + "NAAK"),
    "nal_diet": ("Dietistverksamheten, NU-sjukvården NÄL Trollhättan", VG + "NADI"),
    "skas_kir": ("Kirurgavdelning 5, Skaraborgs Sjukhus Skövde", VG + "SK05"),
    "skas_endo": ("Endoskopienheten, Skaraborgs Sjukhus Skövde", VG + "SKEN"),
    "skas_mot": ("Kirurgmottagningen, Skaraborgs Sjukhus Skövde", VG + "SKKM"),
    "skas_lid": ("Kirurgmottagningen, Skaraborgs Sjukhus Lidköping", VG + "SLKM"),
    "sas_kir": ("Kirurgavdelning 61, Södra Älvsborgs Sjukhus Borås", VG + "SB61"),
    "sas_akir": ("Akutkirurgiska vårdavdelningen 62, Södra Älvsborgs Sjukhus Borås", VG + "SB62"),
    "sas_mot": ("Kirurgmottagningen, Södra Älvsborgs Sjukhus Borås", VG + "SBKM"),
    "sas_akm": ("Akutmottagningen, Södra Älvsborgs Sjukhus Borås", VG + "SBAK"),
    "als_kir": ("Kirurgavdelningen, Alingsås lasarett", VG + "AL01"),
    "kung_kir": ("Kirurgavdelning 1, Kungälvs sjukhus", VG + "KU01"),
    "kung_mot": ("Kirurgmottagningen, Kungälvs sjukhus", VG + "KUKM"),
}

PMO_UNITS = {"vc_linero", "vc_kirseberg", "vc_sjobo", "vc_osby", "hsj_eslov",
             "hsj_hoganas", "bvc_hoor", "um_hbg"}

ROLES = {"läkare", "sjuksköterska", "undersköterska", "fysioterapeut", "dietist", "barnmorska"}


# ---------------------------------------------------------------- helpers
def luhn_check_digit(nine):
    s = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return (10 - s % 10) % 10


def pat(birth, serial):
    """birth 'YYYY-MM-DD', serial three digits (odd last digit = man)."""
    y, m, d = birth.split("-")
    nine = y[2:] + m + d + serial
    return {"id": f"{y}{m}{d}-{serial}{luhn_check_digit(nine)}",
            "birth_date": birth, "protected_identity": False}


def _ts(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M")


def note(nid, system, template, unit, author, role, time, sections,
         signed=35, setting="slutenvård"):
    """signed: minutes after time (int), None for an unsigned draft."""
    t = _ts(time)
    name, hsa = UNITS[unit]
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": t.isoformat(),
        "signed": None if signed is None else (t + dt.timedelta(minutes=signed)).isoformat(),
        "setting": setting,
        "refs": [],
        "sections": [{"keyword": k, "text": v} for k, v in sections],
        "_unit_key": unit,
    }


CASES = []


def case(name, ruleset, patient, notes, must, must_not, why, as_of=None):
    if as_of is None:
        last = max(_ts(n["time"].replace("T", " ")[:16]) for n in notes)
        as_of = (last + dt.timedelta(days=1)).strftime("%Y-%m-%dT00:00:00")
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {"patient": patient, "as_of": as_of, "notes": notes,
                   "access_events": [], "conversations": [], "treatments": []},
        "must": [list(x) for x in must],
        "must_not": [list(x) for x in must_not],
        "why": why,
    })


H1 = ("NL101", "n1")
H2 = ("NL102", "n1")
OV = "öppenvård"

# ================================================================ cases
# ---------------------------------------------------------------- A. postoperative days
case("kolo-susp-anastomoslackage-pod4-rond", "skane", pat("1951-09-03", "471"), [
    note("n1", "Melior", "Daganteckning läkare", "kir_mas", "Johan Bergström, ST-läkare kirurgi", "läkare",
         "2024-02-14 09:40", [
             ("Aktuellt", "POD 4 efter laparoskopisk högersidig hemikolektomi för coloncancer. Feber 38,7 i natt, "
                          "ökande buksmärta, ingen gasavgång sedan i går kväll."),
             ("Status", "Cor: regelbunden rytm, 104/min. Buk: lätt spänd, diffust palpationsöm, mest kring naveln. "
                        "Portarna u.a."),
             ("Lab", "CRP 265 (i går 180), LPK 15,8, krea 98."),
             ("Bedömning", "Misstänkt anastomosläckage. Fastar, utökad vätska, Pip-Taz insatt."),
             ("Planering", "DT buk med iv och rektal kontrast i dag. Bakjouren informerad."),
         ]),
], [H2], [H1], "Ward-round note with 'Misstänkt anastomosläckage' in Bedömning, nothing said about telling.")

case("vgr-sannolikt-lackage-efter-lar", "vgr", pat("1960-02-17", "283"), [
    note("n1", "Melior", "Läkaranteckning", "su_ostra_kir", "Anna Hedlund, specialistläkare", "läkare",
         "2024-03-05 10:15", [
             ("Bedömning", "POD 5 efter låg främre resektion med avlastande loopileostomi. Purulent sekretion i "
                           "dränet sedan i morse, CRP 310. Sannolikt anastomosläckage. Pat cirkulatoriskt stabil."),
             ("Åtgärd", "Odling från drän. Meropenem. Rektoskopi i narkos i eftermiddag för inspektion av "
                        "anastomosen, ev. endosponge."),
         ]),
], [H2], [], "'Sannolikt anastomosläckage' in a visible Bedömning (VGR).")

case("kolo-lackagemisstanke-avskrivs-efter-dt", "skane", pat("1948-11-25", "152"), [
    note("n1", "Melior", "Läkaranteckning", "kir_hbg", "Sara Nyström, underläkare", "läkare",
         "2024-04-11 16:20", [
             ("Utredning", "DT buk med rektal kontrast: intakt anastomos utan kontrastläckage, ingen fri gas, "
                           "inga vätskeansamlingar."),
             ("Bedömning", "Misstanken om anastomosläckage avskrivs. Febern orsakas av urinvägsinfektion, "
                           "urinodlingen växer E. coli känslig för mecillinam."),
             ("Planering", "Selexid 400 mg x 3 i fem dagar. Fortsatt mobilisering och uppbyggnad av kosten."),
         ]),
], [], [H2], "The suspicion of leakage is explicitly dropped ('avskrivs'); the UVI is culture-confirmed.")

case("vgr-lackage-bara-under-sokord-tidiga-hypoteser", "vgr", pat("1957-06-30", "391"), [
    note("n1", "Melior", "Läkaranteckning", "nal_kir", "Mikael Svensson, överläkare", "läkare",
         "2024-05-20 13:05", [
             ("Aktuellt", "POD 3 efter sigmoideumresektion. Trög tarmfunktion, äter soppa, mobiliseras med "
                          "fysioterapeut."),
             ("Bedömning", "CRP stiger från 140 till 198, afebril, buken mjuk. Följer CRP och klinik."),
             ("Tidiga hypoteser", "Läckage kan ej uteslutas med tanke på CRP-kurvan. Låg tröskel för DT vid "
                                  "ytterligare stegring."),
         ]),
], [], [H2], "VGR: the hedged leakage stands only under the protected sökord Tidiga hypoteser.")

case("kolo-abscess-i-mallen-tidiga-hypoteser", "skane", pat("1969-01-08", "224"), [
    note("n1", "Melior", "Tidiga hypoteser", "kir_krs", "Henrik Ahlgren, ST-läkare", "läkare",
         "2024-06-03 15:50", [
             ("Bedömning", "Trolig intraabdominell abscess i lilla bäckenet efter återkoppling av Hartmann, "
                           "smärta vid rektalpalpation och svängande feber. DT ännu inte gjord."),
         ]),
], [], [H2], "Skåne: the whole note is written in the protected template Tidiga hypoteser.")

case("kolo-sokord-tidiga-hypoteser-i-vanlig-mall-skane", "skane", pat("1944-03-19", "337"), [
    note("n1", "Melior", "Läkaranteckning", "kir_yst", "Emma Rosén, specialistläkare", "läkare",
         "2024-06-18 11:30", [
             ("Aktuellt", "POD 6 efter öppen högersidig hemikolektomi. Har svårt att komma igång, illamående."),
             ("Tidiga hypoteser", "Möjlig begynnande abscess subhepatiskt, följer temp och CRP."),
             ("Planering", "Ultraljud buk i morgon om CRP fortsätter stiga."),
         ]),
], [H2], [], "Skåne protects by template only; a sökord named Tidiga hypoteser inside a Läkaranteckning is still visible.")

case("vgr-mall-tidiga-hypoteser-men-sokord-bedomning", "vgr", pat("1955-12-01", "418"), [
    note("n1", "Melior", "Tidiga hypoteser", "skas_kir", "Karin Åberg, ST-läkare", "läkare",
         "2024-07-02 14:10", [
             ("Bedömning", "Ihållande hög dränproduktion, 600 ml per dygn av klar gulvit vätska. Kan röra sig "
                           "om kylöst läckage efter den utvidgade lymfkörtelutrymningen."),
         ]),
], [H2], [], "VGR protects by sökord; a Bedömning section is visible whatever the note template is called.")

case("ssk-jourlakare-misstanker-paralytisk-ileus", "skane", pat("1939-08-14", "061"), [
    note("n1", "Melior", "Omvårdnadsanteckning", "akir_lund", "Lina Persson, sjuksköterska", "sjuksköterska",
         "2024-01-23 03:15", [
             ("Elimination", "Ingen gasavgång sedan operationen. Kräkts två gånger, gallfärgat, ca 300 ml totalt."),
             ("Aktuellt", "Pat uppger spänd och uppkörd buk, mår illa. Jourläkaren tillkallad, misstänker "
                          "paralytisk ileus och ordinerar V-sond."),
             ("Åtgärd", "V-sond nr 16 i vänster näsborre, läget kontrollerat med aspirat, 450 ml ventrikelinnehåll. "
                        "Pat lättad efteråt."),
         ], signed=None),
], [H2], [], "Nurse's unsigned draft reporting the doctor's suspicion of paralytic ileus in a visible section.")

case("kolo-ingen-ileusbild-ev-v-sond", "skane", pat("1962-05-27", "295"), [
    note("n1", "Melior", "Läkaranteckning", "kir_hbg", "Ahmed Khalil, specialistläkare", "läkare",
         "2024-08-12 10:40", [
             ("Status", "Buken mjuk, lätt uppblåst, livliga tarmljud. Ingen peritonit."),
             ("Utredning", "Buköversikt: ingen ileusbild, luft i kolon ända ned i rektum."),
             ("Planering", "Fortsatt flytande kost. Ev. V-sond om nya kräkningar under dagen."),
         ]),
], [], [H2], "Ileus is negated; the only hedge ('ev.') is on a plan, a nasogastric tube.")

case("vgr-trolig-ytlig-sarinfektion-typo", "vgr", pat("1973-10-09", "512"), [
    note("n1", "Melior", "Läkaranteckning", "sas_kir", "Jonas Ek, underläkare", "läkare",
         "2024-09-04 11:25", [
             ("Status", "Laparotomisåret: rodnad 3 cm kring nedre delen, värmeökning, sparsam serös sekretion. "
                        "Ingen fluktuation."),
             ("Bedömning", "Trolig ytlig sårinfektin. Fasciesuturen bedöms intakt."),
             ("Åtgärd", "Två agraffer tas, sårodling, Heracillin 1 g x 3 i sju dagar."),
         ]),
], [H2], [], "Typo 'sårinfektin' in a hedged diagnosis ('Trolig').")

case("pmo-hemsjukvard-misstankt-sarinfektion", "skane", pat("1940-04-02", "148"), [
    note("n1", "PMO", "Hembesök", "hsj_eslov", "Maria Olofsson, distriktssköterska", "sjuksköterska",
         "2024-03-19 10:00", [
             ("Omvårdnad", "Omläggning av laparotomisåret efter utskrivningen från Lund. Sårkanterna rodnade och "
                           "varma, illaluktande sekret på förbandet. Misstänkt sårinfektion. Kontakt med dr Ali på "
                           "vårdcentralen, pat får tid i eftermiddag."),
         ], setting=OV),
], [], [H2], "PMO never shows diagnoses: a suspected wound infection in home care is not NL102.")

case("vgr-rtg-pulm-forenligt-med-pneumoni", "vgr", pat("1946-07-21", "173"), [
    note("n1", "Melior", "Läkaranteckning", "als_kir", "Sofia Berg, ST-läkare", "läkare",
         "2024-10-15 15:45", [
             ("Aktuellt", "POD 2 efter akut laparotomi för perforerat ulcus. Hosta, SpO2 91 % på luft, temp 38,4."),
             ("Utredning", "Rtg pulm: nytillkommet infiltrat basalt höger, förenligt med pneumoni."),
             ("Åtgärd", "Byter till Tazocin, andningsgymnastik med PEP, fysioterapeut kontaktad."),
         ]),
], [H2], [], "Postoperative pneumonia given as 'förenligt med' on the chest X-ray.")

case("vgr-fysio-enligt-lakare-misstankt-pneumoni", "vgr", pat("1950-01-13", "259"), [
    note("n1", "Melior", "Fysioterapeutanteckning", "su_ostra_fys", "Elin Hansson, leg. fysioterapeut", "fysioterapeut",
         "2024-04-24 14:00", [
             ("Aktuellt", "Enligt ansvarig läkare misstänkt begynnande pneumoni i vänster underlob, därför "
                          "intensifierad andningsträning."),
             ("Åtgärd", "PEP-flaska 3 x 10 andetag, hostteknik med kudde mot såret. Gått 40 m i korridoren med rollator."),
             ("Planering", "Nytt besök i morgon förmiddag."),
         ]),
], [H2], [], "Physiotherapist repeats the doctor's suspected pneumonia in a visible note.")

case("whipple-bild-som-vid-pankreasfistel", "skane", pat("1958-09-28", "366"), [
    note("n1", "Melior", "Läkaranteckning", "hpb_lund", "Niklas Holm, ST-läkare", "läkare",
         "2024-05-08 09:20", [
             ("Aktuellt", "Dag 5 efter pankreatikoduodenektomi (Whipple)."),
             ("Utredning", "Dränet vid pankreasanastomosen ger 220 ml grumlig vätska, amylas i dränvätskan 4800 U/L."),
             ("Bedömning", "Bild som vid postoperativ pankreasfistel, grad B. Behåller dränet, octreotid "
                           "diskuteras med bakjouren."),
         ]),
], [H2], [], "'Bild som vid' postoperative pancreatic fistula in Bedömning.")

case("vgr-dt-forenlig-med-absess-typo", "vgr", pat("1965-03-04", "437"), [
    note("n1", "Melior", "Läkaranteckning", "su_sahl_akir", "Fredrik Wallin, specialistläkare", "läkare",
         "2024-07-22 17:30", [
             ("Utredning", "DT buk: 6 x 4 cm vätskeansamling med kantuppladdning och gasbubblor i lilla bäckenet, "
                           "förenlig med absess."),
             ("Planering", "Remiss till interventionell radiologi för dränage i morgon. Fortsatt Pip-Taz."),
         ]),
], [H2], [], "Typo 'absess'; the CT finding is 'förenlig med' abscess, a hedged diagnosis.")

case("abscess-dranerad-odlingsverifierad-diagnos", "skane", pat("1965-08-16", "442"), [
    note("n1", "Melior", "Läkaranteckning", "kir_mas", "Ida Sandberg, specialistläkare", "läkare",
         "2024-07-26 12:10", [
             ("Aktuellt", "Dag 2 efter ultraljudsledd dränering av lilla bäckenet, 80 ml tjockt pus."),
             ("Utredning", "Odlingen växer Escherichia coli och Bacteroides fragilis."),
             ("Diagnos", "Postoperativ intraabdominell abscess T81.4."),
             ("Planering", "Spolning av dränet två gånger dagligen. Peroral antibiotika när CRP är under 100."),
         ]),
], [], [H2], "Drained, culture-positive abscess written as a settled diagnosis with ICD code.")

case("vgr-missankt-anastomoslagkage-typo", "vgr", pat("1971-11-11", "375"), [
    note("n1", "Melior", "Jouranteckning", "sas_kir", "Linnea Strand, underläkare", "läkare",
         "2024-03-30 23:40", [
             ("Bedömning", "Missänkt anastomoslägkage POD 6 efter ileocekalresektion, takykard 118, CRP 290. "
                           "Bakjouren kontaktad."),
             ("Åtgärd", "DT buk akut. Fasta, 2 l Ringer."),
         ], signed=None),
], [H2], [], "Typos in both hedge and diagnosis ('Missänkt anastomoslägkage'), unsigned on-call draft.")

case("lap-kole-trolig-hemgang-imorgon", "skane", pat("1980-06-05", "206"), [
    note("n1", "Melior", "Daganteckning", "kir_angh", "Magnus Dahl, överläkare", "läkare",
         "2024-09-10 08:30", [
             ("Aktuellt", "Dag 1 efter laparoskopisk kolecystektomi för symtomgivande gallstenssjukdom. Mår bra, "
                          "ätit frukost, smärta VAS 2."),
             ("Status", "Portsåren torra. Buken mjuk och oöm."),
             ("Planering", "Trolig hemgång i morgon förmiddag när pat kissat och tålt kost."),
         ]),
], [], [H2], "The only hedge ('Trolig') is on the discharge plan; the gallstone disease is settled.")

# ---------------------------------------------------------------- B. biliary and pancreas
case("akut-misstankt-kolangit-charcot", "skane", pat("1945-12-20", "091"), [
    note("n1", "Melior", "Akutanteckning", "akm_mas", "Hanna Lindberg, ST-läkare", "läkare",
         "2024-01-08 21:15", [
             ("Anamnes", "78-årig man med känd gallstenssjukdom. Frossa och feber sedan i eftermiddag, gulfärgade "
                         "ögonvitor sedan två dagar, ont under högra arcus."),
             ("Status", "Temp 39,2, BT 105/60, puls 112. Ikteriska sklerae. Ömhet under hö arcus, ingen défense."),
             ("Bedömning", "Misstänkt kolangit med Charcots triad. Blododlingar x 2, Pip-Taz 4 g x 4, vätska."),
             ("Planering", "Inläggning på kirurgen. MRCP i morgon, ERCP beroende på svaret."),
         ], setting=OV),
], [H2], [H1], "Emergency note: 'Misstänkt kolangit'; nothing is said about informing the patient.")

case("vgr-klinik-och-lab-talar-for-kolecystit-typo", "vgr", pat("1969-05-12", "268"), [
    note("n1", "Melior", "Inskrivningsanteckning", "nal_kir", "Lars Fors, specialistläkare", "läkare",
         "2024-02-09 19:40", [
             ("Aktuellt", "54-årig kvinna med konstant smärta under hö arcus sedan ett dygn, kräkts, feber 38,3."),
             ("Status", "Murphys tecken positivt. Buken i övrigt mjuk."),
             ("Bedömning", "Klinik och lab med CRP 156 och LPK 14 talar för akut kolecysitit."),
             ("Planering", "UL buk i morgon bitti. Tazocin. Ställningstagande till akut kolecystektomi under vårdtiden."),
         ]),
], [H2], [], "'talar för' acute cholecystitis, misspelt 'kolecysitit'.")

case("ul-verifierad-akut-kalkylos-kolecystit", "skane", pat("1969-10-30", "384"), [
    note("n1", "Melior", "Läkaranteckning", "kir_yst", "Gustav Lund, överläkare", "läkare",
         "2024-02-10 11:05", [
             ("Utredning", "UL buk: gallblåsevägg 7 mm, perikolecystisk vätska, inkarcererat konkrement i "
                           "gallblåsehalsen. Gallvägarna ej vidgade."),
             ("Diagnos", "Akut kalkylös kolecystit K80.0."),
             ("Planering", "Laparoskopisk kolecystektomi på akutprogrammet i dag."),
         ]),
], [], [H2], "Ultrasound-verified cholecystitis stated without any hedge.")

case("vgr-kan-rora-sig-om-pankreatitt-dd-ulcus", "vgr", pat("1986-08-23", "517"), [
    note("n1", "Melior", "Akutanteckning", "su_akm", "David Björk, AT-läkare", "läkare",
         "2024-03-14 02:20", [
             ("Anamnes", "Epigastriesmärta som strålar mot ryggen sedan i kväll, alkoholintag under helgen. "
                         "Kräkningar x 4."),
             ("Bedömning", "Kan röra sig om pankreatitt, DD ulcus duodeni. Lipas och leverstatus skickade."),
         ], signed=None, setting=OV),
], [H2], [], "'Kan röra sig om' plus a DD, typo 'pankreatitt', unsigned draft at the ED.")

case("pankreatit-uteslutes-lipas-och-dt-normala", "skane", pat("1977-02-08", "221"), [
    note("n1", "Melior", "Läkaranteckning", "akir_lund", "Josefin Eriksson, specialistläkare", "läkare",
         "2024-03-21 10:30", [
             ("Utredning", "Lipas 0,6 µkat/L (ref < 1,0). DT buk utan peripankreatisk inflammation."),
             ("Bedömning", "Pankreatit uteslutes. Smärtan härrör från den kända kolecystolitiasen."),
             ("Planering", "Hem med smärtlindring, väntelista för laparoskopisk kolecystektomi."),
         ]),
], [], [H2], "Pancreatitis is ruled out ('uteslutes'); the gallstones are known and settled.")

case("vgr-ingen-misstanke-om-kolangit", "vgr", pat("1953-04-16", "309"), [
    note("n1", "Melior", "Daganteckning", "skas_kir", "Maja Ström, ST-läkare", "läkare",
         "2024-04-02 09:15", [
             ("Bedömning", "Afebril, ingen ikterus och bilirubin 12. Ingen misstanke om kolangit. Fortsatt "
                           "konservativ behandling av gallstensanfallet."),
         ]),
], [], [H2], "'Ingen misstanke om kolangit' is a negation.")

case("pmo-vc-gallsten-fragetecken-remiss-ul", "skane", pat("1974-09-19", "442"), [
    note("n1", "PMO", "Besöksanteckning", "vc_linero", "Per Nilsson, distriktsläkare", "läkare",
         "2024-04-16 14:20", [
             ("Anamnes", "Återkommande smärtor under hö arcus efter fet mat, senaste anfallet i helgen."),
             ("Bedömning", "Gallsten? Remiss UL lever och gallvägar."),
         ], setting=OV),
], [], [H2], "Hedged gallstones in a PMO primary-care note: PMO does not show diagnoses.")

case("vgr-koledokolitiasis-ercp-ev-imorgon", "vgr", pat("1961-12-07", "486"), [
    note("n1", "Melior", "Läkaranteckning", "sas_kir", "Andreas Holm, specialistläkare", "läkare",
         "2024-05-06 13:50", [
             ("Utredning", "MRCP: två konkrement i distala koledokus, koledokus 11 mm."),
             ("Bedömning", "Koledokolitiasis."),
             ("Planering", "ERCP ev. redan i morgon, beroende på endoskopiprogrammet. Därefter lap kolecystektomi."),
         ]),
], [], [H2], "Confirmed common-duct stones; 'ev.' only on when the ERCP happens.")

case("hereditet-morbror-trol-pankreascancer", "skane", pat("1982-01-29", "264"), [
    note("n1", "Melior", "Inskrivningsanteckning", "kir_hbg", "Oscar Sjöberg, AT-läkare", "läkare",
         "2024-05-13 18:35", [
             ("Anamnes", "Hereditet: mor opererad för gallsten, morbror avled i trol. pankreascancer. Tidigare "
                         "frisk, inga mediciner."),
             ("Aktuellt", "Tredje gallstensanfallet i år, nu med feber och CRP 120."),
             ("Diagnos", "Akut kolecystit K81.0, UL-verifierad."),
         ]),
], [], [H2], "The only hedged diagnosis belongs to an uncle; the patient's cholecystitis is verified.")

case("vgr-pankreastumor-bara-under-tidiga-hypoteser", "vgr", pat("1949-06-02", "195"), [
    note("n1", "Melior", "Läkaranteckning", "su_sahl_hpb", "Viktor Engström, överläkare", "läkare",
         "2024-06-11 16:00", [
             ("Aktuellt", "Smärtfri ikterus sedan tre veckor, viktnedgång 6 kg."),
             ("Bedömning", "Ikterus som utreds vidare med DT enligt pankreasprotokoll och EUS."),
             ("Tidiga hypoteser", "Misstänt pankreashuvudtumör utifrån UL med vidgad koledokus och vidgad "
                                  "pankreasgång. Pat ej informerad om misstanken innan DT är gjord."),
         ]),
], [], [H2, H1], "VGR: both the hedged tumour (typo 'Misstänt') and the fact it is untold stand only under Tidiga hypoteser.")

case("oklart-om-kolangit-eller-pvk-infektion", "skane", pat("1943-10-10", "137"), [
    note("n1", "Melior", "Jouranteckning", "akir_lund", "Jonatan Berglöf, underläkare", "läkare",
         "2024-01-12 01:50", [
             ("Bedömning", "Ny feber 39,0 dag 3 efter ERCP. Oklart om pat har en kolangit eller om febern kommer "
                           "från PVK:n i vänster armveck som är rodnad."),
             ("Åtgärd", "Blododlingar x 2, PVK byts och spetsen odlas, Tazocin."),
         ], signed=None),
], [H2], [], "'Oklart om pat har en kolangit' is a hedged diagnosis in a visible section.")

case("telefon-feber-efter-whipple-misstankt-kolangti", "skane", pat("1956-02-26", "354"), [
    note("n1", "Melior", "Telefonanteckning", "hpb_lund", "Stina Carlsson, sjuksköterska", "sjuksköterska",
         "2024-12-10 20:30", [
             ("Telefonkontakt", "Pat ringer dag 9 efter Whipple-operation, frossa och feber 38,9 sedan två timmar. "
                                "Jourläkaren dr Aziz konsulterad: misstänkt kolangti eller abscess, pat ska komma in akut."),
         ], setting=OV),
], [H2], [], "Nurse's phone note with a suspected cholangitis (typo 'kolangti') or abscess.")

# ---------------------------------------------------------------- C. appendicitis
case("barn-9ar-misstankt-appendicit", "skane", pat("2015-03-11", "642"), [
    note("n1", "Melior", "Inskrivningsanteckning", "barnkir_lund", "Klara Jönsson, ST-läkare barnkirurgi", "läkare",
         "2024-08-20 20:10", [
             ("Anamnes", "9-årig flicka, ont runt naveln sedan i morse som flyttat till höger fossa. Aptitlös, "
                         "kräkts en gång. Mamma med."),
             ("Status", "Temp 38,0. Ömhet och släppömhet i hö fossa, Rovsing positiv. Hoppar ogärna."),
             ("Bedömning", "Misstänkt appendicit. CRP 45, LPK 14,2."),
             ("Planering", "Fasta, dropp, UL buk i kväll. Ställningstagande till laparoskopi."),
         ]),
], [H2], [], "Child under 13 (guardian reads): 'Misstänkt appendicit' in a visible Bedömning.")

case("vgr-barn-7ar-appendicit-kan-ej-uteslutas", "vgr", pat("2017-06-22", "735"), [
    note("n1", "Melior", "Akutanteckning", "dsbus_akut", "Erik Månsson, specialistläkare", "läkare",
         "2024-10-01 17:45", [
             ("Bedömning", "7-årig pojke med buksmärta sedan ett dygn, lindrig ömhet nedom naveln. Appendicit kan "
                           "ej uteslutas. UL buk och ny undersökning om fyra timmar."),
         ], setting=OV),
], [H2], [], "'kan ej uteslutas' keeps appendicitis open in a child's ED note.")

case("op-berattelse-flegmonos-appendix", "skane", pat("1999-12-14", "453"), [
    note("n1", "Melior", "Operationsberättelse", "akir_lund", "Tove Wikström, specialistläkare", "läkare",
         "2024-04-29 01:30", [
             ("Indikation", "Klinisk appendicit hos 24-årig man, CRP 78."),
             ("Operation", "Laparoskopisk appendektomi via tre portar. Flegmonös appendix utan perforation, lite "
                           "serös vätska i lilla bäckenet som sugs. Appendixbasen ligeras med två Endoloop, preparatet "
                           "ut i påse."),
             ("Postoperativ ordination", "Ingen antibiotika postop. Fri kost, hemgång när pat mår bra."),
         ]),
], [], [H2], "Operation note confirming phlegmonous appendicitis; nothing hedged.")

case("vgr-talar-emot-appendicit-men-trol-lymfadenit", "vgr", pat("2005-02-18", "571"), [
    note("n1", "Melior", "Läkaranteckning", "als_kir", "Nora Ali, underläkare", "läkare",
         "2024-11-12 10:05", [
             ("Utredning", "UL buk: appendix ej visualiserad, flera förstorade lymfkörtlar i hö fossa."),
             ("Bedömning", "Mjuk buk vid omundersökning och sjunkande CRP talar emot appendicit, trol. mesenteriell "
                           "lymfadenit efter den nyliga förkylningen."),
             ("Planering", "Hem, åter vid försämring."),
         ]),
], [H2], [], "Appendicitis is argued against, but a hedged alternative diagnosis ('trol. mesenteriell lymfadenit') remains.")

case("pad-appendix-ulcerofelgmonos-besked-givet", "skane", pat("1990-07-07", "286"), [
    note("n1", "Melior", "Läkaranteckning", "kir_krs", "Johanna Berg, specialistläkare", "läkare",
         "2024-05-22 14:40", [
             ("PAD", "Appendix: akut ulcerofelgmonös appendicit med periappendicit. Inga tecken på malignitet."),
             ("Bedömning", "Svaret stämmer med operationsfyndet, pat har fått svaret per telefon. Ingen "
                           "ytterligare uppföljning."),
         ], setting=OV),
], [], [H2, H1], "Settled PAD (typo 'ulcerofelgmonös') with malignancy negated, already told to the patient.")

case("vgr-pad-net-appendix-ej-informerad", "vgr", pat("1994-04-25", "360"), [
    note("n1", "Melior", "Läkaranteckning", "skas_lid", "Therese Ljung, överläkare", "läkare",
         "2024-06-26 15:15", [
             ("PAD", "Appendektomipreparat: högt differentierad neuroendokrin tumör (NET G1) i appendixspetsen, "
                     "8 mm, radikalt exciderad, Ki-67 1 %."),
             ("Bedömning", "Ingen ytterligare kirurgi behövs enligt riktlinjerna för tumörer under 1 cm."),
             ("Planering", "Pat är ännu inte informerad om fyndet. Kallas till mottagningen nästa vecka för besked "
                           "och genomgång."),
         ], setting=OV),
], [H1], [H2], "Incidental appendiceal NET stated as fact in visible text while the patient is not yet told.")

case("vgr-lamn-besked-ges-i-senare-anteckning", "vgr", pat("1964-09-15", "528"), [
    note("n1", "Melior", "Läkaranteckning", "kung_mot", "Sven Hallberg, överläkare", "läkare",
         "2024-02-12 13:20", [
             ("PAD", "Appendix med mucinös neoplasi av låg malignitetsgrad (LAMN), intakt serosa, radikalt borttagen."),
             ("Planering", "Pat har inte fått besked om PAD ännu. Bokas till mottagningen för information."),
         ], setting=OV),
    note("n2", "Melior", "Mottagningsanteckning", "kung_mot", "Sven Hallberg, överläkare", "läkare",
         "2024-02-20 10:40", [
             ("Aktuellt", "Pat kommer med sin man för besked om vävnadssvaret."),
             ("Information", "Pat har i dag informerats om att appendix innehöll en låggradig mucinös neoplasi, LAMN, "
                             "som är radikalt borttagen. Hon har förstått att det är en ovanlig men i regel lugn tumörform."),
             ("Planering", "DT buk om ett år, remiss skriven."),
         ], setting=OV),
], [("NL101", "n1")], [("NL101", "n2")],
    "The first note withholds the LAMN result (NL101), the later visit note tells the patient (no NL101).")

case("typo-trolig-appendisit-gravtest-neg", "skane", pat("1993-01-31", "582"), [
    note("n1", "Melior", "Akutanteckning", "kir_yst", "Filip Hermansson, AT-läkare", "läkare",
         "2024-07-07 22:30", [
             ("Bedömning", "Trolig appendisit, graviditetstest negativt. Kirurgjouren bedömer i kväll."),
         ], setting=OV),
], [H2], [], "One-line ED note: 'Trolig appendisit' with the diagnosis misspelt.")

case("pmo-vc-appendicit-fragetecken-remiss-akut", "skane", pat("1988-11-02", "397"), [
    note("n1", "PMO", "Besöksanteckning", "vc_kirseberg", "Sanna Olsson, ST-läkare allmänmedicin", "läkare",
         "2024-08-05 11:40", [
             ("Aktuellt", "Buksmärta sedan i går, började kring naveln, nu i hö fossa. Temp 37,9."),
             ("Bedömning", "?Appendicit. Remitteras akut till kirurgjouren SUS Malmö, sambon kör honom dit."),
         ], setting=OV),
], [], [H2], "PMO primary-care note with '?Appendicit': PMO does not show diagnoses.")

case("vgr-akut-dd-appendicit-torsion-salpingit", "vgr", pat("1990-03-09", "626"), [
    note("n1", "Melior", "Akutanteckning", "nal_akut", "Wilma Sjögren, AT-läkare", "läkare",
         "2024-04-19 16:50", [
             ("Anamnes", "34-årig kvinna, smärta nedre hö sedan i morse, ingen flytning, senaste mens för två veckor sedan."),
             ("Bedömning", "Graviditetstest negativt. DD appendicit, ovarialtorsion, salpingit. Gynkonsult och UL."),
         ], setting=OV),
], [H2], [], "A differential list (DD) of three diagnoses in a visible ED note.")


# ---------------------------------------------------------------- D. diverticulitis
case("dt-forenligt-med-okomplicerad-divertikulit", "skane", pat("1958-12-12", "231"), [
    note("n1", "Melior", "Läkaranteckning", "kir_hbg", "Rasmus Ek, ST-läkare", "läkare",
         "2024-10-08 16:15", [
             ("Utredning", "DT buk: divertiklar i sigmoideum med lokal fettvävsreaktion, förenligt med okomplicerad "
                           "divertikulit. Ingen abscess, ingen fri gas."),
             ("Planering", "Hem utan antibiotika enligt lokalt PM, åter vid feber."),
         ], setting=OV),
], [H2], [], "CT reading 'förenligt med okomplicerad divertikulit' copied into the note.")

case("vgr-klinisk-bild-talande-for-divertikulit", "vgr", pat("1963-07-04", "445"), [
    note("n1", "Melior", "Inskrivningsanteckning", "sas_akir", "Marcus Olsson, underläkare", "läkare",
         "2024-01-15 14:55", [
             ("Aktuellt", "Vänstersidig nedre buksmärta sedan tre dagar, feber 38,5, lös avföring."),
             ("Bedömning", "Klinisk bild talande för divertikulit i sigmoideum, CRP 110. Tidigare DT-verifierat skov 2022."),
             ("Planering", "DT buk med iv kontrast i kväll för att värdera komplikation."),
         ]),
], [H2], [], "'Klinisk bild talande för' divertikulit for the current episode.")

case("vgr-kan-inte-utesluta-tackt-perforation", "vgr", pat("1952-08-08", "151"), [
    note("n1", "Melior", "Läkaranteckning", "su_sahl_akir", "Elsa Palm, specialistläkare", "läkare",
         "2024-02-20 18:25", [
             ("Utredning", "DT: sigmoideumdivertikulit med ett par extraluminala gasblåsor intill tarmväggen, ingen "
                           "fri vätska."),
             ("Bedömning", "Kan inte utesluta täckt perforation. Pat opåverkad, fortsätter konservativt med Tazocin och fasta."),
             ("Planering", "Ny DT vid försämring, bakjouren informerad."),
         ]),
], [H2], [], "'Kan inte utesluta täckt perforation' leaves a complication diagnosis open.")

case("vgr-koloskopi-pad-adenocarcinom-ej-informerad", "vgr", pat("1955-02-14", "273"), [
    note("n1", "Melior", "Läkaranteckning", "skas_mot", "Anders Blom, överläkare", "läkare",
         "2024-03-12 13:30", [
             ("Utredning", "Koloskopi efter divertikulitepisoden: cirkulär tumör i sigmoideum 25 cm från anus, px "
                           "tagna. PAD: adenocarcinom, måttligt differentierat."),
             ("Planering", "DT thorax-buk beställd. Pat är inte informerad ännu, besked ges av ansvarig kirurg på "
                           "tisdag tillsammans med kontaktsjuksköterskan."),
         ], setting=OV),
], [H1], [H2], "Biopsy-proven sigmoid cancer in visible text; the note says the patient is not yet told.")

case("typo-sannolik-divertikulti-jour", "skane", pat("1975-04-01", "354"), [
    note("n1", "Melior", "Jouranteckning", "kir_trb", "Amir Haddad, underläkare", "läkare",
         "2024-04-09 01:10", [
             ("Bedömning", "Ömhet i vänster fossa, CRP 89, afebril. Sannolik divertikulti, första episoden."),
         ], signed=None),
], [H2], [], "Typo 'divertikulti' behind 'Sannolik', unsigned night note.")

case("pmo-vc-telefon-trol-recidiv-divertikulit", "skane", pat("1954-10-27", "266"), [
    note("n1", "PMO", "Telefonkontakt", "vc_sjobo", "Åsa Grahn, sjuksköterska", "sjuksköterska",
         "2024-04-25 09:30", [
             ("Telefonkontakt", "Pat som nyligen vårdats i Ystad för divertikulit ringer, åter ont i vänster fossa "
                                "sedan i går. Enligt dr Berglund trol. recidiv av divertikulit, ej antibiotika enligt "
                                "nya riktlinjer. Pat får läkartid i morgon."),
         ], setting=OV),
], [], [H2], "PMO phone note with a probable recurrence: PMO never shows diagnoses.")

case("sannolkit-divertikelblodning-typo", "skane", pat("1945-03-17", "513"), [
    note("n1", "Melior", "Läkaranteckning", "kir_hbg", "Martin Engdahl, specialistläkare", "läkare",
         "2024-08-09 11:55", [
             ("Aktuellt", "Färskt blod per rektum x 3 i natt hos 79-åring med Eliquis. Hb 102 från 128."),
             ("Utredning", "DT angio: ingen aktiv kontrastextravasering, uttalad divertikulos i sigmoideum."),
             ("Bedömning", "Sannolkit divertikelblödning som upphört spontant. Eliquis pausas."),
         ]),
], [H2], [], "Hedge misspelt 'Sannolkit' on a diverticular bleed.")

# ---------------------------------------------------------------- E. ileus and obstruction
case("dt-trol-adherensileus", "skane", pat("1966-06-19", "628"), [
    note("n1", "Melior", "Akutanteckning", "akir_lund", "Ellen Borg, ST-läkare", "läkare",
         "2024-05-02 04:20", [
             ("Anamnes", "Tidigare öppen appendektomi och kejsarsnitt. Kolikartad buksmärta och gallkräkningar sedan "
                         "i går kväll, ingen avföring."),
             ("Utredning", "DT buk: dilaterade tunntarmsslingor upp till 4 cm med kaliberväxling i höger fossa, "
                           "kollaberad kolon."),
             ("Bedömning", "Trol. adherensileus. Ingen strangulation på DT, laktat normalt."),
             ("Planering", "V-sond, gastrografin via sonden, ny buköversikt efter 24 timmar."),
         ], signed=None, setting=OV),
], [H2], [], "'Trol. adherensileus' in Bedömning; strangulation is negated.")

case("vgr-ileus-fragetecken-inlaggning", "vgr", pat("1947-01-05", "097"), [
    note("n1", "Melior", "Inskrivningsanteckning", "nal_kir", "Isak Wahlström, AT-läkare", "läkare",
         "2024-06-14 22:50", [
             ("Aktuellt", "Kräkningar sedan två dygn och ingen gasavgång. Opererad med sigmoideumresektion 2019."),
             ("Bedömning", "Ileus? Buken uppblåst, klingande tarmljud. DT beställd."),
         ]),
], [H2], [], "A bare question mark on the diagnosis ('Ileus?').")

case("dt-ingen-mekanisk-ileus-talar-emot-obstruktion", "skane", pat("1938-09-09", "171"), [
    note("n1", "Melior", "Läkaranteckning", "kir_krs", "Lukas Jakobsson, specialistläkare", "läkare",
         "2024-06-30 14:35", [
             ("Utredning", "DT buk: gasfylld kolon och tunntarm utan kaliberväxling. Ingen mekanisk ileus."),
             ("Bedömning", "Fyndet talar emot obstruktion. Opioiderna minskas, tuggummi och mobilisering."),
             ("Planering", "Gastrografinpassage ev. i morgon om fortsatt utebliven avföring."),
         ]),
], [], [H2], "Ileus negated, obstruction argued against; 'ev.' only on an examination.")

case("bild-som-vid-sigmoideumvolvulus", "skane", pat("1940-02-11", "539"), [
    note("n1", "Melior", "Akutanteckning", "kir_hbg", "Alice Frid, underläkare", "läkare",
         "2024-08-27 19:05", [
             ("Utredning", "DT buk: kraftigt dilaterad sigmoideumslinga med whirl sign i mesenteriet, bild som vid "
                           "sigmoideumvolvulus."),
             ("Åtgärd", "Akut rektoskopi med detorkvering planeras på akuten, rektalsond."),
         ], setting=OV),
], [H2], [], "'bild som vid sigmoideumvolvulus' in a visible Utredning section.")

case("vgr-trolig-kolonileus-av-tumor", "vgr", pat("1950-11-28", "317"), [
    note("n1", "Melior", "Inskrivningsanteckning", "kung_kir", "Julia Ekström, ST-läkare", "läkare",
         "2024-09-18 21:10", [
             ("Aktuellt", "Tilltagande förstoppning sedan en månad, nu ingen avföring på fem dagar och uppblåst buk. "
                          "Viktnedgång."),
             ("Bedömning", "Trolig kolonileus orsakad av stenoserande tumör i vänster flexur enligt DT. Cekum 9 cm."),
             ("Planering", "Akut koloskopi med ställningstagande till stent, alternativt avlastande stomi."),
         ]),
], [H2], [], "'Trolig kolonileus' due to a tumour, hedged in a visible admission note.")

case("dt-levermetastaser-sonen-ska-vara-med", "skane", pat("1943-05-05", "459"), [
    note("n1", "Melior", "Läkaranteckning", "kir_mas", "Sebastian Wallén, specialistläkare", "läkare",
         "2024-10-22 15:30", [
             ("Utredning", "DT thorax-buk: stenoserande tumör i colon descendens samt multipla levermetastaser, "
                           "största 4 cm i segment 7. Lungorna fria."),
             ("Bedömning", "Koloncancer med levermetastaser. Avlastande transversostomi planeras."),
             ("Planering", "Pat har inte fått veta om levermetastaserna, önskar att sonen ska vara med. Samtal i "
                           "morgon kl 14 med sonen på plats."),
         ]),
], [H1], [H2], "Liver metastases written as fact in visible text; the note says the patient has not been told.")

case("vgr-inklamt-ljumskbrack-tarmischemi-kan-ej-uteslutas", "vgr", pat("1937-12-24", "113"), [
    note("n1", "Melior", "Akutanteckning", "sas_akm", "Nils Wester, underläkare", "läkare",
         "2024-09-02 06:40", [
             ("Status", "Hård, öm, blåröd resistens i höger ljumske som inte går att reponera. Kräkts."),
             ("Bedömning", "Inklämt ljumskbråck. Tarmischemi kan ej uteslutas, laktat 3,1."),
             ("Åtgärd", "Akut operation anmäld, bakjouren på väg."),
         ], setting=OV),
], [H2], [], "Confirmed incarcerated hernia, but intestinal ischaemia 'kan ej uteslutas'.")

case("mesenteriell-ischemi-fragetecken-dt-angio", "skane", pat("1942-04-14", "228"), [
    note("n1", "Melior", "Akutanteckning", "akm_mas", "Rebecka Holm, ST-läkare", "läkare",
         "2024-10-28 23:25", [
             ("Anamnes", "82-årig kvinna med förmaksflimmer utan antikoagulantia. Plötslig svår buksmärta sedan fyra timmar."),
             ("Status", "Buken mjuk trots uttalad smärta, smärta ur proportion till status."),
             ("Bedömning", "Mesenteriell ischemi? Laktat 5,2. DT angio buk akut, kärlkirurgen förvarnad."),
         ], setting=OV),
], [H2], [], "'Mesenteriell ischemi?' in the ED assessment.")

case("vgr-bukstatus-inger-misstake-om-peritonit", "vgr", pat("1959-07-29", "386"), [
    note("n1", "Melior", "Jouranteckning", "nal_kir", "Alva Norén, ST-läkare", "läkare",
         "2024-02-24 22:10", [
             ("Status", "Spänd buk med défense i nedre delen, släppömhet, tyst vid auskultation."),
             ("Bedömning", "Bukstatus inger misstake om peritonit, POD 3 efter sigmoideumresektion. Bakjouren "
                           "kontaktad, DT buk akut."),
         ]),
], [H2], [], "'inger misstake om peritonit', the hedge misspelt, still a suspected diagnosis.")

case("barn-2ar-misstankt-invagination", "skane", pat("2022-01-14", "579"), [
    note("n1", "Melior", "Akutanteckning", "barnakut_mas", "Sofie Lindahl, ST-läkare pediatrik", "läkare",
         "2024-02-03 18:20", [
             ("Anamnes", "2-årig pojke med periodvisa skrikattacker och blekhet under attackerna sedan i "
                         "eftermiddag, en blodtillblandad slemmig avföring."),
             ("Bedömning", "Misstänkt invagination. UL buk akut, barnkirurgen kontaktad."),
         ], signed=None, setting=OV),
], [H2], [], "Toddler (guardians read the journal) with 'Misstänkt invagination' in a visible note.")

case("pmo-bvc-ev-invagination-skickas-akut", "skane", pat("2023-05-02", "484"), [
    note("n1", "PMO", "Besöksanteckning", "bvc_hoor", "Agnes Mattsson, BVC-sjuksköterska", "sjuksköterska",
         "2024-03-11 10:40", [
             ("Aktuellt", "Ordinarie 10-månadersbesök. Mamma berättar om kräkningar och perioder av otröstlig gråt "
                          "sedan natten."),
             ("Åtgärd", "Barnet blekt och slött. BVC-läkaren tillkallad: ev. invagination, skickas direkt till "
                        "barnakuten i Lund med föräldrarna."),
         ], setting=OV),
], [], [H2], "Child health centre note in PMO: a hedged intussusception is not NL102.")

case("vgr-ul-bild-som-vid-pylorusstenos", "vgr", pat("2024-03-28", "393"), [
    note("n1", "Melior", "Läkaranteckning", "dsbus_avd", "Hedvig Lundin, specialistläkare barnkirurgi", "läkare",
         "2024-05-10 11:45", [
             ("Utredning", "UL buk: pylorusmuskeln 4,5 mm tjock och 19 mm lång, ingen passage under undersökningen. "
                           "Bild som vid hypertrofisk pylorusstenos."),
             ("Planering", "Korrigera hypokloremisk alkalos före pyloromyotomi, Na/K/Cl i kväll."),
         ]),
], [H2], [], "Six-week-old infant: ultrasound 'Bild som vid hypertrofisk pylorusstenos'.")

# ---------------------------------------------------------------- F. PAD answers after resections
case("pad-hemikolektomi-pat-informerad-per-telefon", "skane", pat("1952-06-21", "415"), [
    note("n1", "Melior", "Telefonanteckning", "kirmot_hbg", "Karl Nord, överläkare", "läkare",
         "2024-11-14 11:20", [
             ("PAD", "Högersidig hemikolektomi: adenocarcinom, pT3 pN1a (1/24), R0, ingen kärlinväxt."),
             ("Telefonkontakt", "Pat informerad om svaret per telefon i dag. Har förstått att en lymfkörtel var "
                                "angripen och att onkologen tar ställning till cytostatika."),
             ("Planering", "Remiss onkologen Lund. MDK-svar till pat via kontaktsjuksköterskan."),
         ], setting=OV),
], [], [H1, H2], "Settled cancer PAD, and the patient was told today by phone.")

case("vgr-pad-ovantad-cancer-efter-divertikulitresektion", "vgr", pat("1961-10-03", "244"), [
    note("n1", "Melior", "Läkaranteckning", "su_ostra_mot", "Magdalena Ros, överläkare", "läkare",
         "2024-11-25 16:05", [
             ("PAD", "Sigmoideumresektat efter recidiverande divertikulit: divertikulos med kronisk inflammation. "
                     "Dessutom ett 12 mm adenocarcinom pT1 i en polyp, radikalt, 0/14 lymfkörtlar."),
             ("Planering", "Pat är inte underrättad om cancerfyndet ännu. Besked vid återbesöket 3/12, "
                           "kontaktsjuksköterska bokas in."),
         ], setting=OV),
], [H1], [H2], "Unexpected cancer in a diverticulitis resection, visible, with the patient explicitly not yet told.")

case("pad-normal-appendix-ej-informerad-brev", "skane", pat("1997-08-30", "528"), [
    note("n1", "Melior", "Läkaranteckning", "kirmot_yst", "Hampus Ivarsson, ST-läkare", "läkare",
         "2024-06-05 14:10", [
             ("PAD", "Appendix med normal histologi, ingen inflammation."),
             ("Planering", "Pat ej informerad om PAD ännu, meddelas per brev denna vecka. Ingen uppföljning."),
         ], setting=OV),
], [], [H1, H2], "What is not yet told is a normal result, not a diagnosis.")

case("vgr-kontaktssk-pad-adenom-besked-givet", "vgr", pat("1958-01-19", "161"), [
    note("n1", "Melior", "Telefonanteckning", "sas_mot", "Ebba Kling, kontaktsjuksköterska", "sjuksköterska",
         "2024-02-06 10:25", [
             ("Telefonkontakt", "Ringt pat med PAD efter endoskopisk resektion i rektum: tubulovillöst adenom med "
                                "höggradig dysplasi, radikalt borttaget. Pat har fått beskedet och förstått att ingen "
                                "operation behövs."),
             ("Planering", "Kontrollrektoskopi om sex månader, kallelse skickas."),
         ], setting=OV),
], [], [H1], "The nurse gave the patient the adenoma result in the same call.")

case("preliminar-pad-misstankt-gallblasecancer-ej-besked", "skane", pat("1948-12-02", "342"), [
    note("n1", "Melior", "Läkaranteckning", "hpb_lund", "Jenny Abrahamsson, specialistläkare", "läkare",
         "2024-08-29 13:40", [
             ("PAD", "Preliminärt PAD från den resekerade gallblåsan: misstänkt adenocarcinom i fundus, "
                     "kompletterande immunfärgningar pågår."),
             ("Planering", "Pat har ännu inte fått veta något om PAD-fyndet, vi inväntar slutligt svar innan besked. "
                           "Tas upp på MDK nästa torsdag."),
         ]),
], [H2, H1], [], "Suspected gallbladder cancer on a preliminary PAD, visible, and explicitly not yet told.")

case("vgr-t4-misstanke-under-tidiga-hypoteser-pad-invantas", "vgr", pat("1957-03-14", "375"), [
    note("n1", "Melior", "Läkaranteckning", "su_ostra_kir", "Gabriel Nyberg, överläkare", "läkare",
         "2024-09-09 15:20", [
             ("Aktuellt", "POD 2 efter sigmoideumresektion. Mår efter omständigheterna bra, mobiliserad till stol."),
             ("Planering", "PAD inväntas och tas på MDK. Urinkatetern behålls till i morgon."),
             ("Tidiga hypoteser", "Peroperativt misstänkt överväxt på urinblåsans tak, T4b kan ej uteslutas. Pat ej "
                                  "informerad om detta förrän PAD föreligger."),
         ]),
], [], [H2, H1], "VGR: the hedged T4b growth and the withholding sit only under the Tidiga hypoteser sökord.")

case("vgr-pad-besked-givet-dottern-ska-ej-veta", "vgr", pat("1946-05-08", "282"), [
    note("n1", "Melior", "Mottagningsanteckning", "nal_mot", "Ronja Axelsson, specialistläkare", "läkare",
         "2024-10-03 09:45", [
             ("PAD", "Vänstersidig hemikolektomi: adenocarcinom pT3 pN2a (4/19), R0."),
             ("Bedömning", "Pat informerad om att PAD visar adenocarcinom med spridning till fyra lymfkörtlar och att "
                           "cytostatika rekommenderas. Pat vill inte att dottern ska få veta något ännu, hon väntar "
                           "barn om två veckor."),
         ], setting=OV),
], [], [H1], "The patient is told; only a relative is kept uninformed.")

case("ssk-signetringscellscancer-pat-ej-informerad-av-lakare", "skane", pat("1955-09-11", "137"), [
    note("n1", "Melior", "Omvårdnadsanteckning", "ovregi_lund", "Malin Johansson, sjuksköterska", "sjuksköterska",
         "2024-12-03 19:20", [
             ("Aktuellt", "PAD efter kilresektionen för det blödande ulcuset har kommit i dag enligt dr Lindahl: "
                          "signetringscellscancer i ulcuskanten."),
             ("Kommunikation", "Pat frågade om provsvaret vid kvällsrundan. Är ännu inte informerad av läkare, "
                               "hänvisad till läkarsamtal i morgon förmiddag."),
         ]),
], [H1], [H2], "Ward nurse records an unexpected cancer diagnosis while the patient has not been told.")

case("typo-polyp-cancer-pat-ej-infomerad", "skane", pat("1950-07-26", "431"), [
    note("n1", "Melior", "Läkaranteckning", "kirmot_hbg", "Nina Bäck, specialistläkare", "läkare",
         "2024-03-22 15:35", [
             ("PAD", "Polypektomi i colon transversum: adenocarcinom i polypens stjälk, resektionsranden ej fri."),
             ("Planering", "Pat ej infomerad ännu, kallas till besök med kontaktsjuksköterska nästa vecka. Tas upp "
                           "på kolorektal-MDK."),
         ], setting=OV),
], [H1], [H2], "Typo 'infomerad': cancer in a polyp, visible, patient not yet told.")

case("epikris-gist-pad-ej-meddelat-vid-utskrivning", "skane", pat("1962-02-02", "159"), [
    note("n1", "Melior", "Epikris", "ovregi_lund", "Hugo Melin, ST-läkare", "läkare",
         "2024-07-12 12:45", [
             ("Epikris", "62-årig man inlagd med melena, gastroskopiskt en submukös blödande tumör i ventrikelns "
                         "fundus. Laparoskopisk kilresektion dag 3, okomplicerat förlopp."),
             ("PAD", "Gastrointestinal stromacellstumör (GIST), 4 cm, låg mitosfrekvens, fria marginaler."),
             ("Uppföljning", "PAD kom efter att pat skrivits ut och pat har inte fått del av det. Besked ges på "
                             "mottagningen om två veckor."),
         ]),
], [H1], [H2], "Discharge summary states a GIST while noting the patient has not been given the result.")

case("vgr-pad-svar-inkommit-ingen-diagnos-namnd", "vgr", pat("1966-04-30", "218"), [
    note("n1", "Melior", "Läkaranteckning", "sas_mot", "Per Ahlström, specialistläkare", "läkare",
         "2024-09-13 12:30", [
             ("Aktuellt", "PAD-svaret från leverresektionen har inkommit, se PAD-modulen."),
             ("Planering", "Pat ej informerad om svaret, tas på mottagningsbesöket 24/9 tillsammans med "
                           "kontaktsjuksköterskan."),
         ], setting=OV),
], [], [H1], "The note withholds a result but names no diagnosis in any visible section.")

# ---------------------------------------------------------------- G. operation notes
case("op-diagnostisk-laparoskopi-sannolikt-tackt-ulcus", "skane", pat("1971-03-27", "653"), [
    note("n1", "Melior", "Operationsberättelse", "kir_krs", "Björn Arvidsson, överläkare", "läkare",
         "2024-01-19 03:05", [
             ("Indikation", "Peritonit och fri gas under diafragma på DT, ingen fokus på bilderna."),
             ("Operation", "Diagnostisk laparoskopi. Purulent vätska och fibrin i övre buken, mest kring duodenum. "
                           "Ingen perforation hittas trots noggrann inspektion av ventrikel, duodenum och kolon."),
             ("Bedömning", "Sannolikt perforerat ulcus duodeni som täckt sig. Riklig spolning, drän till Morisons ficka."),
             ("Postoperativ ordination", "Fasta ett dygn, PPI iv, Tazocin. Gastroskopi om sex veckor."),
         ]),
], [H2], [], "Operation note: the surgeon could not see the perforation and writes 'Sannolikt perforerat ulcus'.")

case("vgr-op-preop-och-postop-diagnos-gangranos", "vgr", pat("1984-10-17", "471"), [
    note("n1", "Melior", "Operationsberättelse", "als_kir", "Kristoffer Dahlberg, specialistläkare", "läkare",
         "2024-03-03 23:55", [
             ("Preoperativ diagnos", "Akut appendicit."),
             ("Fynd", "Gangränös appendix med begynnande nekros i spetsen, ingen fri perforation. Lokal purulent "
                      "vätska som sugs."),
             ("Postoperativ diagnos", "Gangränös appendicit K35.8."),
             ("Ordination", "Tazocin i tre dygn. Mobilisering i kväll."),
         ]),
], [], [H2], "Pre- and postoperative diagnoses are both stated without hedging.")

case("vgr-op-forenligt-med-crohn-terminala-ileum", "vgr", pat("2002-01-21", "513"), [
    note("n1", "Melior", "Operationsberättelse", "su_sahl_akir", "Sara Lindholm, specialistläkare", "läkare",
         "2024-06-02 21:30", [
             ("Fynd", "Laparoskopi: appendix endast lätt sekundärt retad. Terminala ileum förtjockat på 20 cm med "
                      "fettvävsöverväxt (creeping fat), förenligt med Crohns sjukdom."),
             ("Åtgärd", "Appendektomi. Ingen tarmresektion. Gastroenterolog konsulteras postoperativt."),
         ]),
], [H2], [], "Peroperative finding 'förenligt med Crohns sjukdom' in a visible operation note.")

case("op-hartmann-hinchey3-ingen-misstanke-om-malignitet", "skane", pat("1949-11-04", "376"), [
    note("n1", "Melior", "Operationsberättelse", "kir_hbg", "Patrik Söderberg, överläkare", "läkare",
         "2024-07-15 04:10", [
             ("Indikation", "Generell peritonit, fri gas på DT."),
             ("Fynd", "Purulent peritonit i alla fyra kvadranter utgående från perforerad sigmoideumdivertikulit, "
                      "Hinchey III. Ingen misstanke om malignitet makroskopiskt."),
             ("Åtgärd", "Hartmanns operation, endständig kolostomi i vänster fossa. Spolning med 6 l, två drän."),
         ]),
], [], [H2], "Confirmed perforated diverticulitis; malignancy explicitly not suspected.")

case("op-carcinos-misstankt-ovarialursprung-ej-informerad", "skane", pat("1957-04-22", "648"), [
    note("n1", "Melior", "Operationsberättelse", "akir_lund", "Maria Holmgren, överläkare", "läkare",
         "2024-09-26 13:15", [
             ("Indikation", "Tunntarmsileus utan tidigare bukkirurgi."),
             ("Fynd", "Utbredd peritoneal carcinos med knottror över tunntarmskäxet och omentum, tumörmassa i lilla "
                      "bäckenet. Misstänkt ovarialursprung. Px från omentum."),
             ("Åtgärd", "Avlastande ileostomi."),
             ("Information", "Pat ej informerad om fynden, samtal planeras när hon vaknat ordentligt och anhöriga "
                             "är på plats."),
         ]),
], [H2, H1], [], "Op note: carcinomatosis stated, ovarian origin suspected, and the patient not yet told.")

case("perianal-abscess-ev-underliggande-fistel", "skane", pat("1989-06-13", "395"), [
    note("n1", "Melior", "Operationsberättelse", "dagkir_mas", "Filippa Andersson, ST-läkare", "läkare",
         "2024-06-20 15:10", [
             ("Fynd", "Perianal abscess kl 5 i gynläge, incision och tömning av 20 ml pus."),
             ("Bedömning", "Ev. underliggande fistel, undersökning i narkos vid recidiv."),
         ], setting=OV),
], [H2], [], "'Ev. underliggande fistel' hedges a diagnosis, not a plan.")

# ---------------------------------------------------------------- H. discharge, phone, allied staff
case("vgr-epikris-kolecystit-rad-vid-feber", "vgr", pat("1979-08-18", "226"), [
    note("n1", "Melior", "Epikris", "kung_kir", "Felicia Ahl, ST-läkare", "läkare",
         "2024-10-10 11:30", [
             ("Epikris", "Inkom med akut kolecystit och opererades med laparoskopisk kolecystektomi dag 2. "
                         "Komplikationsfritt förlopp, smärtfri vid hemgång."),
             ("Diagnos", "Akut kolecystit K81.0."),
             ("Råd", "Vid feber, gulsot eller tilltagande buksmärta kontakta avdelningen dygnet runt. Sjukskriven "
                     "två veckor."),
         ]),
], [], [H2], "Settled diagnosis in a discharge summary plus conditional advice; no hedged diagnosis.")

case("epikris-buksmarta-uns-dd-gallstensanfall", "skane", pat("1985-12-29", "482"), [
    note("n1", "Melior", "Epikris", "kir_krs", "Theo Backman, underläkare", "läkare",
         "2024-11-19 10:50", [
             ("Epikris", "Inlagd ett dygn för buksmärta i epigastriet, normala levervärden och lipas, UL visade "
                         "inga konkrement."),
             ("Diagnos", "Buksmärta UNS R10.1. DD gallstensanfall, ny UL om smärtorna återkommer."),
         ]),
], [H2], [], "Discharge diagnosis with a 'DD gallstensanfall' left open.")

case("vgr-dietist-trol-pga-illamaende", "vgr", pat("1944-07-03", "379"), [
    note("n1", "Melior", "Dietistanteckning", "nal_diet", "Louise Åkesson, leg. dietist", "dietist",
         "2024-02-22 10:30", [
             ("Nutrition", "Äter en tredjedel av portionerna, trol. pga illamåendet av opioiderna. Viktnedgång "
                           "4 kg sedan inskrivningen."),
             ("Åtgärd", "Två energidrycker per dag, berikad kost, mellanmål kl 14 och 20."),
         ]),
], [], [H2], "Dietitian's hedge explains a symptom (poor intake), not a diagnosis.")

case("stomiterapeut-mojligen-kontaktallergi", "skane", pat("1968-02-15", "556"), [
    note("n1", "Melior", "Stomiterapeutanteckning", "stomi_mas", "Eva Strömberg, stomiterapeut", "sjuksköterska",
         "2024-03-27 14:45", [
             ("Status", "Rodnad och klåda i exakt samma form som häftplattan, huden intakt närmast stomikanten."),
             ("Bedömning", "Möjligen kontaktallergi mot häftplattans material."),
             ("Åtgärd", "Byter till silikonbaserat system, hudskyddsfilm. Ny kontroll om två veckor."),
         ], setting=OV),
], [H2], [], "Stoma nurse: 'Möjligen kontaktallergi' is a hedged skin diagnosis.")

case("vgr-stomi-inga-tecken-pa-brack-eller-nekros", "vgr", pat("1976-11-23", "333"), [
    note("n1", "Melior", "Omvårdnadsanteckning", "su_ostra_stomi", "Helena Ekdahl, stomiterapeut", "sjuksköterska",
         "2024-05-29 11:00", [
             ("Status", "Ileostomin rosa, fuktig, 25 mm, inga tecken på parastomalt bråck eller nekros. Flöde ca "
                        "800 ml per dygn."),
             ("Undervisning", "Pat byter platta själv med visst stöd, klipper hålet i rätt storlek."),
         ]),
], [], [H2], "Negated stoma complications ('inga tecken på').")

case("vgr-remiss-fragestallning-abscess-anastomosinsufficiens", "vgr", pat("1995-09-06", "297"), [
    note("n1", "Melior", "Läkaranteckning", "su_ostra_kir", "Oliver Hagström, ST-läkare", "läkare",
         "2024-07-04 09:50", [
             ("Aktuellt", "POD 7 efter ileocekalresektion för Crohn. Subfebril, CRP stigit till 190, smärtor i höger flank."),
             ("Planering", "DT buk beställd. Frågeställning: abscess? anastomosinsufficiens?"),
         ]),
], [H2], [], "Referral question ('Frågeställning: abscess?') written into a visible Planering.")


# ---------------------------------------------------------------- I. emergencies, wards, hard negatives
case("vgr-ssk-postoperativt-delirium-fragetecken", "vgr", pat("1936-03-30", "153"), [
    note("n1", "Melior", "Omvårdnadsanteckning", "kung_kir", "Patrik Åström, sjuksköterska", "sjuksköterska",
         "2024-12-04 04:05", [
             ("Aktuellt", "Pat orolig och plockig i natt, drar i PVK:n, vet inte var han är. Postoperativt delirium? "
                          "Jourläkaren informerad, haloperidol 0,5 mg givet med effekt."),
         ], signed=None),
], [H2], [], "Night nurse writes 'Postoperativt delirium?' in a visible note.")

case("hereditet-bror-koloncancer-pappa-trol-tarmcancer", "skane", pat("1971-08-01", "419"), [
    note("n1", "Melior", "Mottagningsanteckning", "kirmot_trb", "Louise Gren, specialistläkare", "läkare",
         "2024-02-15 10:15", [
             ("Anamnes", "Pat orolig då brodern nyligen fått diagnosen koloncancer vid 52 års ålder, och pappan "
                         "hade trol. också tarmcancer men utreddes aldrig."),
             ("Utredning", "Koloskopi i dag till cekum: inga polyper, inga tumörer, enstaka divertiklar i sigmoideum."),
             ("Bedömning", "Ingen koloncancer. Ny koloskopi om fem år pga hereditet."),
         ], setting=OV),
], [], [H2], "The hedged cancer is the father's; the patient's own cancer is negated.")

case("vgr-preop-info-risk-for-anastomoslackage", "vgr", pat("1963-12-11", "435"), [
    note("n1", "Melior", "Mottagningsanteckning", "su_ostra_mot", "Jakob Lindgren, överläkare", "läkare",
         "2024-01-25 14:30", [
             ("Aktuellt", "Preoperativt besök inför laparoskopisk främre resektion för rektalcancer 11 cm från anus."),
             ("Information", "Informerad om att det finns en risk för anastomosläckage, som i så fall ofta visar sig "
                             "med feber och buksmärta några dagar efter operationen. Förklarat varför vi lägger en "
                             "avlastande loopileostomi."),
         ], setting=OV),
], [], [H2], "A future complication explained as a risk ('i så fall'), not a hedged diagnosis of the patient.")

case("typo-diferentialdiagnos-gallstensileus", "skane", pat("1936-05-19", "226"), [
    note("n1", "Melior", "Akutanteckning", "kir_krs", "Vera Lundqvist, ST-läkare", "läkare",
         "2024-05-26 20:35", [
             ("Bedömning", "Tunntarmsobstruktion hos 88-åring utan tidigare bukkirurgi. Luft i gallvägarna på "
                           "buköversikten. Diferentialdiagnos gallstensileus, DT buk för att värdera."),
         ], setting=OV),
], [H2], [], "Misspelt 'Diferentialdiagnos' naming gallstone ileus.")

case("vgr-typo-ingen-misstake-om-perforation", "vgr", pat("1967-09-02", "541"), [
    note("n1", "Melior", "Läkaranteckning", "skas_kir", "Adam Forsberg, underläkare", "läkare",
         "2024-06-23 09:35", [
             ("Bedömning", "Mjuk buk, ingen défense, DT utan fri gas. Ingen misstake om perforation efter "
                           "koloskopin, smärtan var luftrelaterad."),
             ("Planering", "Hem i dag efter lunch om fortsatt opåverkad."),
         ]),
], [], [H2], "Negation with a typo ('Ingen misstake om perforation') must still count as negated.")

case("vgr-svf-valgrundad-misstanke-kolorektalcancer", "vgr", pat("1958-05-04", "397"), [
    note("n1", "Melior", "Läkaranteckning", "sas_mot", "Camilla Boström, specialistläkare", "läkare",
         "2024-10-24 13:25", [
             ("Aktuellt", "Remiss från vårdcentralen: järnbristanemi och positivt F-Hb hos 66-årig man."),
             ("Bedömning", "Uppfyller kriterierna för välgrundad misstanke om tjock- och ändtarmscancer. SVF startas, "
                           "koloskopi och DT thorax-buk bokade."),
             ("Information", "Pat informerad om varför utredningen går snabbt och att kontaktsjuksköterskan ringer."),
         ], setting=OV),
], [H2], [H1], "SVF 'välgrundad misstanke' of colorectal cancer is a hedged diagnosis; the patient knows about it.")

case("smartan-troligen-fran-saromradet", "skane", pat("1983-04-08", "264"), [
    note("n1", "Melior", "Omvårdnadsanteckning", "kir_yst", "Nathalie Hedberg, sjuksköterska", "sjuksköterska",
         "2024-03-16 14:35", [
             ("Smärta", "Pat anger VAS 5 vid hosta, smärtan kommer troligen från sårområdet. Oxynorm 5 mg givet med "
                        "god effekt efter 30 min."),
             ("Aktivitet", "Gått två varv i korridoren med stöd."),
         ]),
], [], [H2], "The hedge localises a symptom (pain), it names no diagnosis.")

case("vgr-misstankt-att-dranet-glidit-ut", "vgr", pat("1954-12-27", "357"), [
    note("n1", "Melior", "Omvårdnadsanteckning", "su_ostra_kir", "Kevin Andersson, sjuksköterska", "sjuksköterska",
         "2024-04-13 21:00", [
             ("Drän", "Fixeringssuturen verkar ha släppt, 3 cm mer av dränet syns utanför huden än i morse. Misstänkt "
                      "att dränet glidit ut en bit, ingen sekretion i påsen sedan kl 15."),
             ("Åtgärd", "Dr Öberg informerad, bedömer i morgon bitti."),
         ]),
], [], [H2], "'Misstänkt' concerns a drain's position, not a disease.")

case("cancer-recti-histologiskt-sakerstalld-besked-givet", "skane", pat("1956-10-15", "175"), [
    note("n1", "Melior", "Mottagningsanteckning", "kolmot_mas", "Olle Strand, överläkare", "läkare",
         "2024-07-08 14:20", [
             ("Diagnos", "Cancer recti, histologiskt säkerställd, cT3 cN1 M0, 8 cm från anus."),
             ("Aktuellt", "Går igenom MDK-beslutet: kort strålbehandling följt av operation. Pat och hustrun har fått "
                          "beskedet och ställer bra frågor."),
         ], setting=OV),
], [], [H2, H1], "Histologically confirmed rectal cancer, already told to the patient.")

case("vgr-kan-vara-ett-portbrack", "vgr", pat("1978-06-28", "462"), [
    note("n1", "Melior", "Mottagningsanteckning", "sas_mot", "Jennie Lökken, specialistläkare", "läkare",
         "2024-08-19 15:40", [
             ("Status", "Reponibel utbuktning i navelporten sex månader efter lap kolecystektomi, hostimpuls."),
             ("Bedömning", "Kan vara ett portbråck. UL bukvägg för att säkra diagnosen."),
         ], setting=OV),
], [H2], [], "'Kan vara ett portbråck' is a hedged diagnosis.")

case("vgr-epikris-om-feber-bor-man-misstanka-abscess", "vgr", pat("1998-02-03", "311"), [
    note("n1", "Melior", "Epikris", "su_sahl_akir", "Martina Kron, ST-läkare", "läkare",
         "2024-10-14 13:00", [
             ("Epikris", "Perforerad appendicit, laparoskopisk appendektomi med spolning. Iv antibiotika i tre dygn, "
                         "därefter peroralt."),
             ("Uppföljning", "Om pat får feber efter avslutad antibiotikakur bör man misstänka abscess och göra DT "
                             "buk. Till vårdcentralen för suturtagning."),
         ]),
], [], [H2], "Conditional instruction for a future fever; no current hedged diagnosis.")

case("pmo-hemsjukvard-trol-parastomalt-brack", "skane", pat("1939-01-25", "532"), [
    note("n1", "PMO", "Hembesök", "hsj_hoganas", "Lena Dahlgren, distriktssköterska", "sjuksköterska",
         "2024-11-11 09:15", [
             ("Omvårdnad", "Byte av kolostomiplatta. Utbuktning runt stomin vid hosta som inte fanns förra veckan, "
                           "trol. parastomalt bråck. Plattan sitter sämre, läckt två gånger. Meddelat "
                           "stomimottagningen i Helsingborg."),
         ], setting=OV),
], [], [H2], "Home-care PMO note: a probable parastomal hernia is never shown, so no NL102.")

case("pmo-um-trol-salpingit-dd-appendicit", "skane", pat("2007-02-09", "662"), [
    note("n1", "PMO", "Besöksanteckning", "um_hbg", "Moa Eklund, barnmorska", "barnmorska",
         "2024-04-22 15:00", [
             ("Aktuellt", "17-årig tjej med smärta nedtill i magen sedan tre dagar och ökad flytning. Ny partner "
                          "sedan en månad."),
             ("Bedömning", "Trol. klamydiasalpingit, DD appendicit. Klamydia-PCR tagen, läkare konsulteras för antibiotika."),
         ], setting=OV),
], [], [H2], "Youth clinic (PMO), 17-year-old: hedged salpingitis and DD are not shown by PMO.")

case("vgr-koloskopi-stark-misstanke-om-cancer-besked", "vgr", pat("1952-11-30", "286"), [
    note("n1", "Melior", "Läkaranteckning", "skas_endo", "Gunilla Ros, överläkare", "läkare",
         "2024-04-30 11:20", [
             ("Utredning", "Koloskopi: ulcererande, lättblödande tumör i colon ascendens som täcker halva cirkumferensen. "
                           "Makroskopiskt stark misstanke om cancer, px x 6 tagna, tuschmarkering."),
             ("Information", "Pat informerad direkt efter undersökningen om att fyndet kan vara cancer och att PAD "
                             "besvaras om en vecka."),
         ], setting=OV),
], [H2], [H1], "Endoscopic 'stark misstanke om cancer' in visible text; the patient was told the same day.")

# ---------------------------------------------------------------- K. telling the patient (NL101)
case("brack-pat-ej-informerad-om-operationstid", "skane", pat("1972-11-16", "299"), [
    note("n1", "Melior", "Mottagningsanteckning", "kirmot_hlm", "Carl Ohlsson, specialistläkare", "läkare",
         "2024-02-01 13:00", [
             ("Bedömning", "Symtomgivande indirekt ljumskbråck vänster, 3 cm bråckport. Op-anmäld för TEP."),
             ("Planering", "Operationsdatum inte klart, pat ej informerad om tiden ännu, meddelas per brev från planeringen."),
         ], setting=OV),
], [], [H1], "What the patient has not been told is an operation date, not a diagnosis.")

case("vgr-remiss-onkologen-ej-meddelad-pat-kanner-diagnos", "vgr", pat("1959-10-22", "151"), [
    note("n1", "Melior", "Läkaranteckning", "su_ostra_mot", "Ingrid Falk, överläkare", "läkare",
         "2024-04-10 08:40", [
             ("Aktuellt", "Pat känner till sin rektalcancer sedan beskedet efter MDK förra veckan."),
             ("Planering", "Remiss till onkologen för preoperativ strålbehandling skickad i dag, pat inte meddelad "
                           "om att remissen gått iväg än. Kontaktsjuksköterskan ringer i morgon."),
         ], setting=OV),
], [], [H1], "The patient knows the diagnosis; only the sent referral is still untold.")

case("vgr-lungembolier-postop-far-veta-pa-ronden", "vgr", pat("1951-01-17", "375"), [
    note("n1", "Melior", "Jouranteckning", "skas_kir", "Moa Henriksson, underläkare", "läkare",
         "2024-05-17 02:15", [
             ("Aktuellt", "POD 4 efter öppen sigmoideumresektion, plötslig dyspné och SpO2 88 %."),
             ("Utredning", "DT thorax: bilaterala segmentella lungembolier, ingen högerkammarbelastning."),
             ("Åtgärd", "Fragmin 200 E/kg, syrgas 2 l."),
             ("Planering", "Pat sov när svaret kom och är ännu inte informerad om lungembolierna, får veta på morgonronden."),
         ]),
], [H1], [H2], "Confirmed postoperative pulmonary embolism, visible, and the patient is not yet informed.")

case("iva-sederad-ej-kunnat-informeras-om-lackaget", "skane", pat("1953-07-09", "113"), [
    note("n1", "Melior", "Läkaranteckning", "iva_lund", "Daniel Sjöstrand, ST-läkare anestesi", "läkare",
         "2024-06-08 10:10", [
             ("Aktuellt", "Relaparotomi i natt: anastomosläckage bekräftat efter högersidig hemikolektomi, "
                          "anastomosen nedtagen och endständig ileostomi anlagd."),
             ("Status", "Sederad med propofol, intuberad, noradrenalin 0,08 µg/kg/min."),
             ("Information", "Pat har inte kunnat informeras om reoperationen och läckaget pga sederingen. Hustrun "
                             "informerad per telefon av operatören."),
         ]),
], [H1], [H2], "Confirmed leakage in visible text while the sedated patient has not been told (wife told).")

case("vgr-lungmetastaser-forsta-anteckningen-undanhaller", "vgr", pat("1949-04-04", "486"), [
    note("n1", "Melior", "Läkaranteckning", "nal_kir", "Stefan Lagerqvist, specialistläkare", "läkare",
         "2024-03-07 16:45", [
             ("Utredning", "DT thorax inför reversering av loopileostomin: multipla lungmetastaser bilateralt, största 18 mm."),
             ("Planering", "Pat ännu inte informerad, besked i morgon när maken kan vara med. Reverseringen skjuts upp."),
         ]),
    note("n2", "Melior", "Läkaranteckning", "nal_kir", "Stefan Lagerqvist, specialistläkare", "läkare",
         "2024-03-08 11:30", [
             ("Information", "Samtal med pat och maken. Informerade om lungmetastaserna och att onkologen tar över "
                             "planeringen. Pat tog beskedet sakligt."),
         ]),
], [("NL101", "n1")], [("NL101", "n2")],
    "The first note states metastases and that the patient is not yet told; the next day's note tells her.")

case("ssk-anhoriga-ej-informerade-pat-vill-beratta-sjalv", "skane", pat("1960-05-31", "248"), [
    note("n1", "Melior", "Omvårdnadsanteckning", "kir_mas", "Jessica Lind, sjuksköterska", "sjuksköterska",
         "2024-08-01 18:40", [
             ("Aktuellt", "Pat fick i dag besked av dr Nordin om att levern har metastaser från tarmcancern. Ledsen "
                          "men samlad."),
             ("Kommunikation", "Anhöriga är ännu inte informerade om cancerbeskedet, pat vill själv berätta för "
                               "barnen i helgen. Respekteras."),
         ]),
], [], [H1], "The patient was told today; only the relatives are not.")

case("mall-tidiga-hypoteser-cekumtumor-ej-informerad", "skane", pat("1947-09-14", "395"), [
    note("n1", "Melior", "Tidiga hypoteser", "endo_mas", "Tobias Ljunggren, överläkare", "läkare",
         "2024-10-17 16:40", [
             ("Bedömning", "Koloskopin visar en misstänkt malign tumör i cekum, px tagna. Pat ej informerad, vill "
                           "avvakta PAD innan besked."),
         ], setting=OV),
], [], [H1, H2], "Skåne: the untold, hedged finding is kept in the protected template Tidiga hypoteser.")

case("vgr-informerades-i-gar-om-levermetastaserna", "vgr", pat("1950-12-19", "431"), [
    note("n1", "Melior", "Daganteckning", "kung_kir", "Rikard Holmberg, specialistläkare", "läkare",
         "2024-11-07 09:05", [
             ("Aktuellt", "Pat informerades i går av undertecknad om levermetastaserna. Har sovit dåligt, vill prata "
                          "med kurator."),
             ("Planering", "Kuratorskontakt, MDK på torsdag för ställningstagande till leverkirurgi."),
         ]),
], [], [H1, H2], "The diagnosis was told yesterday.")

case("vgr-ska-ej-informeras-fore-mdk-misstankt-levermetastas", "vgr", pat("1964-08-07", "317"), [
    note("n1", "Melior", "Läkaranteckning", "su_sahl_hpb", "Rikard Öhman, överläkare", "läkare",
         "2024-12-12 15:55", [
             ("Utredning", "UL inför kolecystektomin visar en 2 cm lesion i segment 6, misstänkt levermetastas hos "
                           "pat med tidigare opererad rektalcancer."),
             ("Planering", "Pat ska inte informeras om fyndet förrän MDK tagit ställning på torsdag."),
         ]),
], [H2, H1], [], "A hedged metastasis in a visible section together with an order not to tell the patient yet.")

case("vgr-ssk-pat-vet-ej-att-stomin-blir-permanent", "vgr", pat("1945-06-16", "279"), [
    note("n1", "Melior", "Omvårdnadsanteckning", "su_ostra_kir", "Amanda Lind, sjuksköterska", "sjuksköterska",
         "2024-06-27 15:30", [
             ("Aktuellt", "Dag 3 efter abdominoperineal rektumamputation för rektalcancer, pat känner till sin "
                          "diagnos sedan länge."),
             ("Kommunikation", "Pat vet ännu inte att stomin blir permanent, dr Sandin tar det på ronden i morgon."),
         ]),
], [], [H1], "What is untold is a treatment fact (permanent stoma), the diagnosis itself is known.")

case("hustrun-vill-ej-att-pat-far-veta-om-spridningen", "skane", pat("1944-02-28", "235"), [
    note("n1", "Melior", "Läkaranteckning", "kir_trb", "Annelie Kvist, specialistläkare", "läkare",
         "2024-09-24 14:05", [
             ("Utredning", "DT buk: peritoneal spridning med ascites och omentkaka, progress sedan operationen i våras."),
             ("Information", "Pat ej informerad om spridningen enligt hustruns uttryckliga önskan. Diskuteras med "
                             "överläkare, pat har rätt till information."),
         ]),
], [H1], [H2], "Confirmed peritoneal spread in visible text; patient not told at the wife's request.")

case("vgr-mjaltskada-vid-operationen-ej-beratat", "vgr", pat("1958-07-13", "177"), [
    note("n1", "Melior", "Läkaranteckning", "skas_kir", "Elias Berggren, ST-läkare", "läkare",
         "2024-08-08 16:25", [
             ("Aktuellt", "POD 1 efter laparoskopisk vänstersidig hemikolektomi. Hb-fall från 128 till 91 under natten, "
                          "ont i vänster skuldra."),
             ("Utredning", "DT buk med kontrast: subkapsulärt mjälthematom 5 cm utan aktiv blödning, lite blod kring mjälten."),
             ("Bedömning", "Mjältskada uppkommen vid mobiliseringen av vänster flexur. Cirkulatoriskt stabil, "
                           "konservativ handläggning."),
             ("Planering", "Pat är ännu inte informerad om mjältskadan, operatören tar samtalet själv efter sitt "
                           "program i eftermiddag. Hb x 3, sängläge till i morgon."),
         ]),
], [H1], [H2], "An iatrogenic splenic injury stated as fact while the patient has not been told.")

case("dt-bekraftat-lackage-operatoren-vill-beratta-sjalv", "skane", pat("1962-03-06", "591"), [
    note("n1", "Melior", "Daganteckning läkare", "kir_trb", "Annelie Kvist, specialistläkare", "läkare",
         "2024-05-29 11:50", [
             ("Utredning", "DT med rektal kontrast i morse: kontrastläckage bakåt från anastomosen till en 4 cm "
                           "kavitet presakralt."),
             ("Bedömning", "Anastomosläckage efter låg främre resektion, avgränsat, pat opåverkad."),
             ("Planering", "Endosponge i narkos i eftermiddag. Pat har ännu inte fått besked om läckaget, dr Persson "
                           "som opererade vill informera henne själv före ingreppet."),
         ]),
], [H1], [H2], "CT-confirmed anastomotic leak in a visible section; the patient has not yet been told.")

case("vgr-dt-utan-lackage-pat-ej-informerad-om-svaret", "vgr", pat("1967-10-24", "354"), [
    note("n1", "Melior", "Läkaranteckning", "su_ostra_kir", "Oliver Hagström, ST-läkare", "läkare",
         "2024-11-20 17:05", [
             ("Utredning", "DT buk med rektal kontrast: anastomosen tät, ingen vätskeansamling, ingen fri gas."),
             ("Planering", "Pat sov när svaret kom och har inte informerats om DT ännu, tas på morgonronden. Fortsatt "
                           "uppbyggnad av kosten."),
         ]),
], [], [H1, H2], "What is still untold is a normal CT result, which is no diagnosis.")

# ---------------------------------------------------------------- L. long multi-section charts
case("lang-rond-pod6-hartmann-stomiischemi-ej-utesluten", "skane", pat("1946-08-29", "517"), [
    note("n1", "Melior", "Ronduppföljning", "kir_krs", "Cecilia Möller, specialistläkare", "läkare",
         "2024-01-31 10:45", [
             ("Aktuellt", "POD 6 efter akut Hartmanns operation för perforerad sigmoideumdivertikulit med purulent "
                          "peritonit. Fortsatt förbättrad, afebril sedan i förrgår. Sovit gott i natt och inte ringt "
                          "efter smärtlindring. Mobiliserad till korridoren tre gånger i går tillsammans med fysioterapeut. "
                          "Dricker bra, äter halva portioner."),
             ("Status", "AT gott. Vaken, klar, orienterad. Cor: RR, 84/min, BT 132/78. Pulm: vesikulärt bilat, lätt "
                        "nedsatt basalt hö. Buk: mjuk, lätt öm kring medellinjesnittet, inga peritonitretningar. "
                        "Sår: torrt, agraffer fäster, ingen rodnad. Drän: 30 ml serös vätska senaste dygnet."),
             ("Stomi", "Kolostomin i vänster fossa mörkt rödviolett i distala kanten, övriga delar rosa och fuktiga. "
                       "Gas i påsen, ingen avföring ännu."),
             ("Lab", "CRP 88 (156), LPK 9,8, Hb 112, krea 71, K 3,6, albumin 27."),
             ("Mikrobiologi", "Bukodling från operationen: E. coli och Enterococcus faecalis, båda känsliga för "
                              "ampicillin. Blododlingar x 2 negativa efter fem dygn."),
             ("Läkemedel", "Paracetamol 1 g x 4, Oxynorm 5 mg vb, Fragmin 5000 E x 1, Tazocin 4 g x 3, "
                           "Pantoprazol 40 mg x 1. Ordinarie Enalapril återinsatt i går."),
             ("Psykosocialt", "Bor med hustrun i villa i Åhus, klarade sig helt själv före insjuknandet. Hustrun "
                              "orolig för hur det ska gå med stomin hemma, vill vara med när stomiterapeuten kommer."),
             ("Bedömning", "Kliniskt på rätt väg efter peritoniten. Kan inte helt utesluta ischemi i stomins distala "
                           "del, men det finns inget som tyder på nekros under fascienivå."),
             ("Planering", "Stomiterapeut tittar i dag, ny bedömning av stomin i morgon med provrör i lumen. Dränet "
                           "dras. Fortsatt Tazocin till i morgon, därefter peroral behandling enligt odlingen. Kalium "
                           "peroralt. Uppbyggnad av kosten, fri kost från lunch. Trombosprofylax i fyra veckor."),
         ]),
], [H2], [], "Long ward-round chart; one buried sentence leaves stoma ischaemia open ('Kan inte helt utesluta').")

case("vgr-lang-rond-gallackage-stentat-inget-hedgat", "vgr", pat("1972-04-26", "262"), [
    note("n1", "Melior", "Läkaranteckning", "sas_kir", "Andreas Holm, specialistläkare", "läkare",
         "2024-05-09 09:30", [
             ("Aktuellt", "Dag 4 efter laparoskopisk kolecystektomi, återinlagd i går med buksmärta och gallfärgad "
                          "vätska i dränet som lades peroperativt. ERCP i går kväll visade läckage från cysticusstumpen, "
                          "papillotomi gjordes och en plaststent 10 Fr lades. Har sovit några timmar, smärtan klart "
                          "mindre i morse."),
             ("Status", "AT: opåverkad, talar hela meningar. Temp 37,4. Cor: RR 78. BT 128/82. Pulm: ua. Buk: mjuk, "
                        "lätt öm under hö arcus, ingen défense. Portsåren läkta. Drän: 140 ml gallfärgat senaste "
                        "dygnet, avtagande."),
             ("Lab", "CRP 96 (122), LPK 10,1, bilirubin 24 (38), ALP 2,1, ALAT 1,4, lipas 0,7."),
             ("Bedömning", "Gallläckage från cysticusstumpen, nu stentat. Klart förbättrad sedan i går, lipas normalt "
                           "efter ERCP."),
             ("Åtgärd", "Antibiotikan avslutas i morgon om fortsatt afebril. Fri kost."),
             ("Läkemedel", "Alvedon 1 g x 4, Oxycodone 5 mg vid behov, Fragmin 5000 E x 1 under vårdtiden. "
                           "Ciprofloxacin 500 mg x 2 sedan ERCP:n."),
             ("Omvårdnad", "Mobiliserad självständigt i korridoren. Mäter dränet två gånger per dygn, "
                           "avdelningens sjuksköterskor tömmer påsen och noterar färgen."),
             ("Planering", "Dränet kvar tills produktionen understiger 50 ml per dygn. Stenten tas ut via ny ERCP om "
                           "sex veckor, remiss skriven. Hemgång när dränet är draget, sannolikt i helgen. Pat "
                           "informerad om förloppet och nöjd med planen."),
         ]),
], [], [H2], "Long chart after a confirmed bile leak; the only hedge ('sannolikt') is on the discharge day.")

case("ssk-lang-omvardnad-misstankt-trycksar-sacrum", "skane", pat("1934-11-06", "320"), [
    note("n1", "Melior", "Omvårdnadsanteckning", "akir_lund", "Sofia Wennerberg, sjuksköterska", "sjuksköterska",
         "2024-02-29 21:50", [
             ("Aktuellt", "89-årig kvinna dag 2 efter akut laparotomi med tunntarmsresektion för inklämt "
                          "femoralbråck. Varit trött och sovit stora delar av eftermiddagen, svarar adekvat."),
             ("Andning", "Andas lugnt, AF 18, SpO2 94 % på 1 l syrgas via grimma. PEP-flaskan använd två gånger under kvällen."),
             ("Cirkulation", "BT 118/64, puls 88, varma perifert. Ringer-dropp 80 ml/h enligt ordination."),
             ("Nutrition", "Flytande kost, druckit 600 ml och en näringsdryck. V-sonden dragen i morse."),
             ("Elimination", "KAD, diures 45 ml/h. Ingen avföring, enstaka gaser."),
             ("Hud", "Vid vändning ses en rodnad på 3 x 4 cm över sacrum som inte bleknar vid tryck. Misstänkt "
                     "trycksår kategori 1. Hälarna u.a."),
             ("Smärta", "VAS 3 i vila, 6 vid vändning. Morfin 2 mg iv gavs inför lägesändring med god effekt."),
             ("Aktivitet", "Suttit på sängkanten i tio minuter med två personal. Orkade inte stå."),
             ("Psykosocialt", "Änka, bor ensam i lägenhet med hemtjänst två gånger dagligen. Dottern Ingrid "
                              "ringde vid sextiden och hälsade på en stund, hon är kontaktperson."),
             ("Sömn", "Somnar gärna till radio, har egen liten apparat med sig. Önskar extra filt."),
             ("Kommunikation", "Hör dåligt på vänster öra, tala in på höger sida. Glasögon i lådan på nattduksbordet."),
             ("Planering", "Lägesändring varannan timme enligt schema, luftmadrass beställd från förrådet. "
                           "Kontroll av huden vid varje vändning, dokumenteras i riskbedömningen."),
         ]),
], [H2], [], "Long nurse chart; 'Misstänkt trycksår kategori 1' under Hud is a hedged diagnosis.")

case("vgr-lang-carcinos-bara-under-tidiga-hypoteser", "vgr", pat("1951-03-12", "193"), [
    note("n1", "Melior", "Läkaranteckning", "nal_kir", "Sara Ekholm, specialistläkare", "läkare",
         "2024-04-17 14:20", [
             ("Aktuellt", "72-årig man, POD 5 efter högersidig hemikolektomi för koloncancer i colon ascendens. Haft "
                          "långsam återhämtning med illamående och ascites på kontroll-DT i går. Äter små portioner, "
                          "mobiliseras med rollator. Avföring i morse."),
             ("Status", "AT: trött men klar. Temp 37,6. Cor: RR 92. Pulm: ua. Buk: lätt utspänd, mjuk, lätt öm kring "
                        "såret, dämpning i flankerna. Sår: torrt."),
             ("Lab", "CRP 105 (130), Hb 104, albumin 24, krea 80, Na 134."),
             ("Bedömning", "Långsam återhämtning och ascites. Fortsatt uppbyggnad av kost och mobilisering."),
             ("Tidiga hypoteser", "DT-bilden med ascites och förtjockat omentum väcker misstanke om peritoneal "
                                  "carcinos, tidigare inte beskrivet. Pat ej informerad innan ascitescytologi och MDK."),
             ("Åtgärd", "Ultraljudsledd ascitestappning i morgon, cytologi och odling. Albumin iv efter tappningen."),
             ("Planering", "Dietist kopplas in för energiberikning. Spironolakton påbörjas. Ny bedömning på "
                           "fredagens rond. Sonen ringer i kväll och får information om att återhämtningen går långsamt."),
         ]),
], [], [H2, H1], "Long VGR chart: the hedged carcinomatosis and the withholding sit only under sökord Tidiga hypoteser.")

case("lang-rond-pod3-sigmoideum-inga-tecken-pa-lackage", "skane", pat("1964-01-20", "458"), [
    note("n1", "Melior", "Ronduppföljning", "kir_hbg", "Ahmed Khalil, specialistläkare", "läkare",
         "2024-03-13 09:05", [
             ("Aktuellt", "POD 3 efter laparoskopisk sigmoideumresektion för recidiverande divertikulit. Mår bra, "
                          "sovit gott, smärtfri med paracetamol. Gasavgång sedan i går och en formad avföring i morse."),
             ("Status", "AT gott. Temp 36,9. Cor: RR, 72. BT 136/84. Pulm: ua. Buk: mjuk, oöm utanför portarna, inga "
                        "peritonitretningar. Sår: torra, fixerade."),
             ("Lab", "CRP 64 (118), LPK 7,2, Hb 131, krea 74."),
             ("Bedömning", "Okomplicerat postoperativt förlopp. Inga tecken på anastomosläckage, CRP sjunker som "
                           "förväntat tredje dygnet."),
             ("Planering", "Fri kost. Fragmin fortsätter i fyra veckor, pat lär sig själv ge sprutorna i eftermiddag. "
                           "Ev. hemgång redan i kväll om hon känner sig trygg, annars i morgon. Sjukskrivning tre veckor. "
                           "Återbesök till kolorektalmottagningen om sex veckor, PAD tas då."),
         ]),
], [], [H2], "Long negative chart: leakage negated, the only hedge ('Ev. hemgång') is on a plan.")

case("vgr-lang-rond-diarre-dd-c-difficile", "vgr", pat("1942-09-03", "551"), [
    note("n1", "Melior", "Läkaranteckning", "sas_akir", "Marcus Olsson, underläkare", "läkare",
         "2024-01-22 10:20", [
             ("Aktuellt", "81-årig man dag 8 efter konservativt behandlad perforerad divertikulit, fått Tazocin i sju "
                          "dygn. Sedan i går sex vattentunna avföringar, ingen blodtillblandning. Lätt kramp i "
                          "nedre buken, äter sämre."),
             ("Status", "AT: påverkad, torra slemhinnor. Temp 38,1. Cor: takykard 104. BT 104/62. Pulm: ua. Buk: mjuk, "
                        "diffust lätt öm, livliga tarmljud, ingen défense."),
             ("Lab", "CRP 142 (76), LPK 18,9, krea 134 (82), K 3,2, laktat 1,6."),
             ("Bedömning", "Nytillkommen diarré under antibiotikabehandling. Dehydrerad med prerenal njurpåverkan. "
                           "DD C. difficile-kolit, faecestoxin skickat."),
             ("Åtgärd", "Tazocin sätts ut. Isolering på eget rum med egen toalett enligt vårdhygien. Ringer 1 l "
                        "snabbt, därefter 125 ml/h, kalium iv."),
             ("Planering", "Vätskelista och vikt dagligen. Nytt krea och elektrolyter i morgon bitti. Svar på "
                           "toxinprovet väntas i eftermiddag, behandling enligt svar."),
         ]),
], [H2], [], "Long VGR chart with one buried 'DD C. difficile-kolit' in Bedömning.")


# ================================================================ validation and output
CASE_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
CODES = {"NL101", "NL102"}
PROTECTED_TEMPLATE_SKANE = "Tidiga hypoteser"
PROTECTED_KEYWORD_VGR = "Tidiga hypoteser"


def age_at(birth, when):
    b = dt.date.fromisoformat(birth)
    w = when.date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def sentences(text):
    for part in re.split(r"(?<=[.!?])\s+|\n+", text):
        part = part.strip()
        if part:
            yield part


def validate(cases):
    errors = []
    names = set()
    seen_sentences = {}
    for c in cases:
        name = c.get("case")
        where = f"[{name}]"
        if set(c) != CASE_KEYS:
            errors.append(f"{where} case keys {sorted(c)}")
        if not name or not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", name):
            errors.append(f"{where} bad case name")
        if name in names:
            errors.append(f"{where} duplicate case name")
        names.add(name)
        if c["ruleset"] not in ("skane", "vgr"):
            errors.append(f"{where} bad ruleset")
        if not c["why"] or "\n" in c["why"]:
            errors.append(f"{where} why must be one line")
        rec = c["record"]
        if set(rec) != RECORD_KEYS:
            errors.append(f"{where} record keys {sorted(rec)}")
        if rec["access_events"] or rec["conversations"] or rec["treatments"]:
            errors.append(f"{where} access_events/conversations/treatments must be empty")
        p = rec["patient"]
        if set(p) != {"id", "birth_date", "protected_identity"}:
            errors.append(f"{where} patient keys")
        m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})-(\d{3})(\d)", p["id"])
        if not m:
            errors.append(f"{where} personnummer format {p['id']}")
        else:
            y, mo, d, ser, chk = m.groups()
            if f"{y}-{mo}-{d}" != p["birth_date"]:
                errors.append(f"{where} personnummer does not match birth_date")
            if luhn_check_digit(y[2:] + mo + d + ser) != int(chk):
                errors.append(f"{where} Luhn check digit wrong")
            try:
                dt.date.fromisoformat(p["birth_date"])
            except ValueError:
                errors.append(f"{where} invalid birth_date")
        try:
            as_of = dt.datetime.fromisoformat(rec["as_of"])
        except ValueError:
            errors.append(f"{where} bad as_of")
            continue
        if as_of.year != 2024:
            errors.append(f"{where} as_of not in 2024")
        times = [as_of]
        note_ids = {}
        for n in rec["notes"]:
            nw = f"{where}{n.get('id')}"
            if set(n) != NOTE_KEYS:
                errors.append(f"{nw} note keys {sorted(n)}")
            if n["id"] in note_ids:
                errors.append(f"{nw} duplicate note id")
            note_ids[n["id"]] = n
            if n["system"] not in ("Melior", "PMO"):
                errors.append(f"{nw} bad system")
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                errors.append(f"{nw} VGR note must be Melior")
            if not n["template"]:
                errors.append(f"{nw} empty template")
            if set(n["unit"]) != {"name", "hsa_id"} or set(n["author"]) != {"name", "role"}:
                errors.append(f"{nw} unit/author keys")
            if n["author"]["role"] not in ROLES:
                errors.append(f"{nw} unknown role {n['author']['role']}")
            hsa = n["unit"]["hsa_id"]
            if c["ruleset"] == "skane" and not hsa.startswith(SK):
                errors.append(f"{nw} Skåne note with non-Skåne unit")
            if c["ruleset"] == "vgr" and not hsa.startswith(VG):
                errors.append(f"{nw} VGR note with non-VGR unit")
            if n["setting"] not in ("öppenvård", "slutenvård"):
                errors.append(f"{nw} bad setting")
            t = dt.datetime.fromisoformat(n["time"])
            times.append(t)
            if t.year != 2024:
                errors.append(f"{nw} time not in 2024")
            if t > as_of:
                errors.append(f"{nw} note after as_of")
            if n["signed"] is not None:
                s = dt.datetime.fromisoformat(n["signed"])
                times.append(s)
                if s.year != 2024 or s < t:
                    errors.append(f"{nw} bad signed time")
            if not n["sections"]:
                errors.append(f"{nw} no sections")
            for sec in n["sections"]:
                if set(sec) != {"keyword", "text"} or not sec["keyword"] or not sec["text"].strip():
                    errors.append(f"{nw} bad section")
                    continue
                for snt in sentences(sec["text"]):
                    if len(snt) >= 25:
                        if snt in seen_sentences and seen_sentences[snt] != (name, n["id"], sec["keyword"]):
                            errors.append(f"{nw} repeated sentence (also in {seen_sentences[snt][0]}): {snt}")
                        seen_sentences.setdefault(snt, (name, n["id"], sec["keyword"]))
        for t in times:
            a = age_at(p["birth_date"], t)
            if a < 0 or 13 <= a <= 15:
                errors.append(f"{where} patient age {a} at {t.isoformat()} not allowed")
        asserted = set()
        if not c["must"] and not c["must_not"]:
            errors.append(f"{where} asserts nothing")
        for kind in ("must", "must_not"):
            for item in c[kind]:
                if not (isinstance(item, list) and len(item) == 2):
                    errors.append(f"{where} bad {kind} item {item}")
                    continue
                code, target = item
                if code not in CODES:
                    errors.append(f"{where} code {code} not annotated in this set")
                if target not in note_ids:
                    errors.append(f"{where} target {target} does not exist")
                    continue
                if (code, target) in asserted:
                    errors.append(f"{where} {code} {target} asserted twice")
                asserted.add((code, target))
                tn = note_ids[target]
                if code == "NL102" and kind == "must" and tn["system"] != "Melior":
                    errors.append(f"{where} NL102 must asserted on a non-Melior note")
                if code == "NL101" and tn["system"] == "PMO":
                    errors.append(f"{where} NL101 asserted on PMO note")
                if kind == "must":
                    # a must needs a visible place to fire from
                    if c["ruleset"] == "skane" and tn["template"] == PROTECTED_TEMPLATE_SKANE:
                        errors.append(f"{where} must on a note in the protected Skåne template")
                    if c["ruleset"] == "vgr" and all(
                            s["keyword"] == PROTECTED_KEYWORD_VGR for s in tn["sections"]):
                        errors.append(f"{where} must on a VGR note with only protected sections")
    return errors


def main():
    out_cases = []
    for c in CASES:
        c = json.loads(json.dumps(c, ensure_ascii=False))
        for n in c["record"]["notes"]:
            key = n.pop("_unit_key")
            if n["system"] == "PMO" and key not in PMO_UNITS:
                print(f"[{c['case']}] PMO note at a hospital unit", file=sys.stderr)
                return 1
            if n["system"] == "Melior" and key in PMO_UNITS:
                print(f"[{c['case']}] Melior note at a primary-care unit", file=sys.stderr)
                return 1
        out_cases.append(c)
    errors = validate(out_cases)
    if errors:
        for e in errors:
            print(e, file=sys.stderr)
        print(f"{len(errors)} problem(s)", file=sys.stderr)
        return 1
    with open(OUT, "w", encoding="utf-8") as f:
        for c in out_cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in out_cases:
        for kind in ("must", "must_not"):
            for code, _ in c[kind]:
                counts[(code, kind)] = counts.get((code, kind), 0) + 1
    rs = {}
    for c in out_cases:
        rs[c["ruleset"]] = rs.get(c["ruleset"], 0) + 1
    print(f"wrote {len(out_cases)} cases to {OUT}")
    print("rulesets:", dict(sorted(rs.items())))
    for code in sorted(CODES):
        print(f"{code}: must {counts.get((code, 'must'), 0)}, must_not {counts.get((code, 'must_not'), 0)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
