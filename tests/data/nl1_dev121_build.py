#!/usr/bin/env python3
"""dev121: haematology / coagulation test cases for NL101 and NL102.

Standard library only, deterministic. Running it writes cases.jsonl next to this file
and validates the set; it exits 1 on any problem.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev121_cases.jsonl")

# ---------------------------------------------------------------- units
SK = "SE2321000255-"
VG = "SE2321000131-E0000000"
UNITS = {
    # Region Skåne, Melior (hospitals)
    "lund_hem": ("Hematologimottagningen, Skånes universitetssjukhus Lund", SK + "7341", "skane"),
    "lund_hemavd": ("Hematologiavdelning, Skånes universitetssjukhus Lund", SK + "7352", "skane"),
    "malmo_hem": ("Hematologimottagningen, Skånes universitetssjukhus Malmö", SK + "6120", "skane"),
    "malmo_koag": ("Koagulationscentrum, Skånes universitetssjukhus Malmö", SK + "6188", "skane"),
    "krist_med": ("Medicinmottagningen, Centralsjukhuset Kristianstad", SK + "4410", "skane"),
    "krist_ak": ("AK-mottagningen, Centralsjukhuset Kristianstad", SK + "4433", "skane"),
    "krist_kir": ("Kirurgavdelning 4, Centralsjukhuset Kristianstad", SK + "4471", "skane"),
    "hbg_hem": ("Hematologisektionen, Medicinkliniken, Helsingborgs lasarett", SK + "5207", "skane"),
    "hbg_ak": ("AK-mottagningen, Helsingborgs lasarett", SK + "5219", "skane"),
    "ystad_med": ("Medicinmottagningen, Lasarettet i Ystad", SK + "3902", "skane"),
    "trell_med": ("Medicinmottagningen, Lasarettet Trelleborg", SK + "3815", "skane"),
    "landskr_med": ("Medicinmottagningen, Lasarettet i Landskrona", SK + "5530", "skane"),
    "angel_med": ("Medicinmottagningen, Ängelholms sjukhus", SK + "5611", "skane"),
    "hassle_med": ("Medicinavdelning 2, Hässleholms sjukhus", SK + "4602", "skane"),
    "lund_barn": ("Barnonkologi och barnhematologi, Skånes universitetssjukhus Lund", SK + "7720", "skane"),
    "lund_iva": ("Intensivvårdsavdelningen, Skånes universitetssjukhus Lund", SK + "7011", "skane"),
    # Region Skåne, PMO (primary care)
    "vc_sodervarn": ("Vårdcentralen Södervärn, Malmö", SK + "2231", "skane"),
    "vc_hoor": ("Vårdcentralen Höör", SK + "2874", "skane"),
    "vc_tomelilla": ("Vårdcentralen Tomelilla", SK + "2950", "skane"),
    "vc_bjuv": ("Vårdcentralen Bjuv", SK + "2617", "skane"),
    # Västra Götalandsregionen, Melior
    "su_hem": ("Sektionen för hematologi och koagulation, Sahlgrenska Universitetssjukhuset", VG + "14021", "vgr"),
    "su_hemavd": ("Hematologiavdelning 137, Sahlgrenska Universitetssjukhuset", VG + "14035", "vgr"),
    "su_koag": ("Koagulationscentrum, Sahlgrenska Universitetssjukhuset/Östra", VG + "14102", "vgr"),
    "su_akut": ("Akutmottagningen medicin, Sahlgrenska Universitetssjukhuset", VG + "14210", "vgr"),
    "su_orto": ("Ortopedavdelning 202, Sahlgrenska Universitetssjukhuset/Mölndal", VG + "14377", "vgr"),
    "sas_hem": ("Hematologmottagningen, Södra Älvsborgs Sjukhus Borås", VG + "22014", "vgr"),
    "nal_med": ("Medicinmottagningen, NÄL Trollhättan", VG + "31050", "vgr"),
    "nal_avd": ("Medicinavdelning 51, NÄL Trollhättan", VG + "31077", "vgr"),
    "skas_hem": ("Hematologimottagningen, Skaraborgs Sjukhus Skövde", VG + "41008", "vgr"),
    "skas_avd": ("Medicinavdelning 6, Skaraborgs Sjukhus Skövde", VG + "41066", "vgr"),
    "alingsas_med": ("Medicinmottagningen, Alingsås lasarett", VG + "25003", "vgr"),
    "kungalv_ak": ("AK-mottagningen, Kungälvs sjukhus", VG + "27041", "vgr"),
    "kungalv_med": ("Medicinmottagningen, Kungälvs sjukhus", VG + "27012", "vgr"),
    "dsbus": ("Barnonkologen och barnhematologen, Drottning Silvias barnsjukhus", VG + "15090", "vgr"),
    "udd_med": ("Medicinkliniken, Uddevalla sjukhus", VG + "33020", "vgr"),
    "frolunda": ("Medicinmottagningen, Frölunda specialistsjukhus", VG + "16044", "vgr"),
}


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def pnr(birth, serial):
    y, m, d = birth.split("-")
    nine = y[2:] + m + d + serial
    return "%s%s%s-%s%s" % (y, m, d, serial, luhn_digit(nine))


def N(nid, system, template, unit, author, role, time, signed, setting, sections):
    name, hsa, _region = UNITS[unit]
    return {
        "id": nid, "system": system, "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": time + ":00", "signed": (signed + ":00") if signed else None,
        "setting": setting, "refs": [],
        "sections": [{"keyword": k, "text": t} for k, t in sections],
        "_unit_region": _region,
    }


CASES = []


def C(name, ruleset, birth, serial, as_of, notes, must, must_not, why):
    CASES.append({
        "case": name, "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr(birth, serial), "birth_date": birth, "protected_identity": False},
            "as_of": as_of + "T00:00:00",
            "notes": notes,
            "access_events": [], "conversations": [], "treatments": [],
        },
        "must": [list(x) for x in must], "must_not": [list(x) for x in must_not], "why": why,
    })


M, P = "Melior", "PMO"
OV, SV = "öppenvård", "slutenvård"
A, B = "NL101", "NL102"

# =====================================================================================
# NL102-focused cases
# =====================================================================================

C("d121-102-susp-myelom-crab", "skane", "1956-11-02", "317", "2024-02-20", [
    N("n1", M, "Nybesök", "lund_hem", "Henrik Malmqvist", "läkare", "2024-02-14T09:40", "2024-02-14T12:05", OV, [
        ("Anamnes", "67-årig man remitterad från VC Dalby pga normocytär anemi och förhöjt totalprotein. "
                    "Ryggvärk sedan i vintras, värre nattetid. Ingen feber, ingen nattsvett."),
        ("Status", "AT gott. Ömhet vid perkussion över Th10. Inga palpabla lgl. Buk mjuk, ingen splenomegali."),
        ("Lab", "Hb 96, MCV 92, krea 128, Ca 2,71, totalprotein 92. Elfores: M-komponent IgG-kappa 31 g/L."),
        ("Bedömning", "Misstänkt multipelt myelom med anemi, hyperkalcemi och skelettsmärta."),
        ("Planering", "Benmärgsprov bokas nästa vecka. Helkropps-DT lågdos, fria lätta kedjor i serum, U-elfores."),
    ])], [(B, "n1")], [(A, "n1")],
    "misstänkt myelom in Bedömning of an ordinary Melior note; nothing said about telling")

C("d121-102-trol-itp-telefon", "vgr", "2004-05-19", "482", "2024-03-08", [
    N("n1", M, "Telefonanteckning", "su_hem", "Sara Engström", "läkare", "2024-03-05T14:20", "2024-03-05T14:31", OV, [
        ("Telefonkontakt", "Ringer upp pat ang. provsvar. TPK 18, Hb och LPK normala, utstryk utan fragmentocyter. "
                           "Trol. ITP, inga blödningar utöver petekier på underbenen. "
                           "Startar Prednisolon 1 mg/kg, kontroll av TPK på torsdag."),
    ])], [(B, "n1")], [],
    "short phone note with 'Trol. ITP' of the patient")

C("d121-102-pmo-vc-misstankt-jarnbrist", "skane", "1987-08-30", "246", "2024-01-31", [
    N("n1", P, "Läkarbesök", "vc_sodervarn", "Leila Haddad", "läkare", "2024-01-25T10:10", "2024-01-25T10:55", OV, [
        ("Aktuellt", "Trött sedan ett par månader, rikliga mens med koagel. Yrsel vid uppresning."),
        ("Lab", "Hb 104, MCV 74, ferritin 6."),
        ("Bedömning", "Misstänkt järnbristanemi pga menorragi. Startar Niferex 100 mg x 1, remiss gyn för menorragiutredning."),
    ])], [], [(B, "n1")],
    "hedged diagnosis in a PMO vårdcentral note: PMO never shows diagnoses")

C("d121-102-typo-ingen-missanke-malignitet", "skane", "1961-04-07", "155", "2024-04-12", [
    N("n1", M, "Mottagningsanteckning", "krist_med", "Per-Olof Sjöberg", "läkare", "2024-04-09T13:00", "2024-04-09T13:40", OV, [
        ("Aktuellt", "Remiss ang. lätt makrocytos, MCV 101, Hb 138. B12 och folat normala, TSH normalt."),
        ("Bedömning", "Alkoholkonsumtion 2–3 glas vin dagligen, råd om minskning givet. "
                      "Ingen missanke om hematologisk malignitet i nuläget, ingen åtgärd från vår sida."),
    ])], [], [(B, "n1")],
    "typo 'missanke' inside a negation ('Ingen missanke om ...')")

C("d121-102-tidiga-hypoteser-mall-mds", "skane", "1948-12-22", "063", "2024-05-30", [
    N("n1", M, "Tidiga hypoteser", "malmo_hem", "Katarina Wallin", "läkare", "2024-05-27T11:15", "2024-05-27T11:22", OV, [
        ("Bedömning", "Pancytopeni med makrocytos och enstaka pseudo-Pelger-celler i utstryk inger misstanke om MDS. "
                      "Benmärgsprov ej utfört ännu."),
    ])], [], [(B, "n1")],
    "Skåne: hedged MDS only in a note with template Tidiga hypoteser (protected)")

C("d121-102-vgr-sokord-tidiga-hyp-et", "vgr", "1971-02-14", "524", "2024-06-20", [
    N("n1", M, "Läkaranteckning", "sas_hem", "Johan Ahlberg", "läkare", "2024-06-17T08:50", "2024-06-17T09:30", OV, [
        ("Aktuellt", "Uppföljning av trombocytos, TPK 712 vid tre tillfällen sedan februari. Ingen trombos eller blödning."),
        ("Tidiga hypoteser", "Trolig essentiell trombocytemi, JAK2, CALR och MPL skickade."),
        ("Planering", "Återbesök när mutationsanalyserna är klara, ca 4 veckor."),
    ])], [], [(B, "n1")],
    "VGR: the hedged diagnosis sits only under sökord Tidiga hypoteser; visible sections hold none")

C("d121-102-vgr-tidiga-hyp-lacker-till-bedomning", "vgr", "1966-09-03", "713", "2024-02-09", [
    N("n1", M, "Läkaranteckning", "su_hem", "Amir Karimi", "läkare", "2024-02-06T10:05", "2024-02-06T10:48", OV, [
        ("Tidiga hypoteser", "Susp. KML, BCR-ABL1 PCR skickat."),
        ("Bedömning", "LPK 48 med vänsterförskjutning, basofili och lätt splenomegali, helheten talar för KML."),
        ("Åtgärd", "Allopurinol insatt, rikligt vätskeintag."),
    ])], [(B, "n1")], [],
    "VGR: the hypothesis is also written in the visible Bedömning ('talar för KML')")

C("d121-102-skane-sokord-th-ej-skyddat", "skane", "1952-07-28", "281", "2024-03-15", [
    N("n1", M, "Läkaranteckning", "lund_hem", "Maria Bergkvist", "läkare", "2024-03-12T15:10", "2024-03-12T16:02", OV, [
        ("Aktuellt", "Nefrotiskt syndrom sedan i höstas, njurbiopsi ej gjord pga blödningsrisk. Makroglossi noterad av tandläkare."),
        ("Tidiga hypoteser", "Möjlig AL-amyloidos, fettvävsbiopsi och fria lätta kedjor beställda."),
    ])], [(B, "n1")], [],
    "Skåne protects by template, not sökord: a section keyword 'Tidiga hypoteser' in a Läkaranteckning is visible")

C("d121-102-vgr-mall-th-men-sokord-bedomning", "vgr", "1990-01-11", "392", "2024-07-04", [
    N("n1", M, "Tidiga hypoteser", "su_hemavd", "Elin Svanberg", "läkare", "2024-07-01T21:30", "2024-07-01T22:10", SV, [
        ("Bedömning", "Persisterande feber, pancytopeni, ferritin 14 000 och triglycerider 5,8. "
                      "Sannolik hemofagocyterande lymfohistiocytos, sekundär till EBV."),
    ])], [(B, "n1")], [],
    "VGR protects by sökord: template named Tidiga hypoteser but sökord Bedömning is visible")

C("d121-102-slakting-trol-myelom", "skane", "1959-10-16", "448", "2024-09-13", [
    N("n1", M, "Mottagningsanteckning", "hbg_hem", "Göran Lund", "läkare", "2024-09-10T09:00", "2024-09-10T09:35", OV, [
        ("Anamnes", "Pappa avled i myelom 2015, farbror trol. också myelom men aldrig utredd. Pat orolig och önskar kontroll."),
        ("Lab", "Elfores utan M-komponent, fria lätta kedjor och kvot normala, Hb 141, krea 74."),
        ("Bedömning", "Pat själv har inga hållpunkter för plasmacellssjukdom. Åter vid behov."),
    ])], [], [(B, "n1")],
    "the only hedged diagnosis belongs to a relative (farbror)")

C("d121-102-ev-benmargsprov-plan", "vgr", "1979-06-25", "835", "2024-10-18", [
    N("n1", M, "Mottagningsanteckning", "nal_med", "Sofia Hellström", "läkare", "2024-10-15T11:20", "2024-10-15T11:58", OV, [
        ("Diagnos", "Neutropeni UNS (D70.9)."),
        ("Bedömning", "Neutrofila 1,1 vid tredje kontrollen, inga infektioner, i övrigt normalt blodstatus."),
        ("Planering", "Ev. benmärgsprov om neutropenin kvarstår vid kontroll om 6 veckor."),
    ])], [], [(B, "n1")],
    "'Ev.' hedges a plan (benmärgsprov), the diagnosis itself is stated without hedge")

C("d121-102-typo-missankt-lymfom", "skane", "1983-03-09", "566", "2024-11-22", [
    N("n1", M, "Läkaranteckning", "ystad_med", "Olle Persson", "läkare", "2024-11-19T10:30", "2024-11-19T11:15", OV, [
        ("Aktuellt", "Tre veckors nattsvettningar, viktnedgång 6 kg. Förstorad lgl på vä halssida ca 3 cm, fast, oöm."),
        ("Bedömning", "Missänkt lymfom. Remiss ÖNH för exstirpation, DT hals-thorax-buk beställd."),
    ])], [(B, "n1")], [],
    "typo 'Missänkt' before lymfom in a visible Bedömning")

C("d121-102-dd-aiha-vs-mds", "vgr", "1944-08-01", "207", "2024-04-26", [
    N("n1", M, "Konsultationsanteckning", "skas_hem", "Lars Dahlgren", "läkare", "2024-04-23T13:45", None, SV, [
        ("Aktuellt", "Konsult från medicinavd 6. Hb 88, MCV 108, retikulocyter 160, LD 620, haptoglobin <0,1."),
        ("Bedömning", "DD autoimmun hemolytisk anemi vs MDS med sekundär hemolys. DAT och köldagglutininer skickade."),
    ])], [(B, "n1")], [(A, "n1")],
    "differential diagnosis 'DD ... vs ...' in a consultation note; nothing about informing")

C("d121-102-aps-kan-ej-uteslutas", "skane", "1993-02-18", "024", "2024-08-23", [
    N("n1", M, "Mottagningsanteckning", "malmo_koag", "Ingrid Nyström", "läkare", "2024-08-20T08:30", "2024-08-20T09:10", OV, [
        ("Anamnes", "Två sena missfall och en DVT i vä ben 2022, behandlad med Eliquis i 6 mån."),
        ("Utredning", "Lupusantikoagulans positivt vid ett tillfälle, kardiolipin- och beta2-GPI-antikroppar negativa."),
        ("Bedömning", "Antifosfolipidsyndrom kan ej uteslutas. Nytt prov om 12 veckor enligt kriterierna."),
    ])], [(B, "n1")], [],
    "'kan ej uteslutas' about APS of the patient")

C("d121-102-hit-uteslutes", "vgr", "1950-05-06", "629", "2024-05-17", [
    N("n1", M, "Daganteckning", "su_orto", "Fredrik Olausson", "läkare", "2024-05-14T12:10", "2024-05-14T12:40", SV, [
        ("Aktuellt", "TPK-fall från 210 till 130 dag 6 på Fragmin efter höftplastik."),
        ("Bedömning", "4T-score 3 och PF4-antikroppar negativa. HIT uteslutes, Fragmin fortsätter i oförändrad dos."),
    ])], [], [(B, "n1")],
    "HIT ruled out ('uteslutes')")

C("d121-102-talar-emot-pv", "skane", "1958-01-30", "343", "2024-06-07", [
    N("n1", M, "Mottagningsanteckning", "trell_med", "Birgitta Ek", "läkare", "2024-06-04T14:00", "2024-06-04T14:35", OV, [
        ("Aktuellt", "Hb 178, EVF 0,53 hos storrökare med KOL, saturation 91 % i vila."),
        ("Bedömning", "JAK2 V617F och exon 12 negativa, EPO i övre normalområdet. Bilden talar emot polycytemia vera. "
                      "Erytrocytosen bedöms sekundär till rökning och kronisk hypoxi."),
        ("Åtgärd", "Rökstopp rekommenderat, remiss till rökavvänjning. Ingen flebotomi."),
    ])], [], [(B, "n1")],
    "PV argued against ('talar emot'), the other diagnosis is stated firmly")

C("d121-102-aml-trolig-utskrivning", "vgr", "1962-03-21", "875", "2024-09-27", [
    N("n1", M, "Daganteckning", "su_hemavd", "Mikael Strand", "läkare", "2024-09-24T10:45", "2024-09-24T11:05", SV, [
        ("Aktuellt", "Känd AML under induktion med 7+3, dag 24. I aplasi, afebril sedan 3 dygn, LPK 0,3. "
                     "Trombocyttransfusion given igår med bra effekt."),
        ("Planering", "Trolig utskrivning i morgon om fortsatt feberfri. Tid för benmärgsprov dag 28 bokad."),
    ])], [], [(B, "n1")],
    "'Trolig' hedges the discharge, the AML is known and confirmed")

C("d121-102-forenligt-med-betatalassemi", "skane", "1996-12-05", "682", "2024-10-04", [
    N("n1", M, "Läkaranteckning", "landskr_med", "Yusuf Demir", "läkare", "2024-10-01T09:15", "2024-10-01T09:50", OV, [
        ("Bedömning", "Mikrocytos MCV 64 med Hb 118 och ferritin 140, Mentzer-index under 13. "
                      "Förenligt med betatalassemi minor, Hb-elektrofores skickad."),
    ])], [(B, "n1")], [],
    "'Förenligt med' thalassaemia minor in a one-section note")

C("d121-102-bekraftad-kll-flode", "vgr", "1949-07-12", "911", "2024-03-29", [
    N("n1", M, "Mottagningsanteckning", "frolunda", "Annika Löfgren", "läkare", "2024-03-26T10:00", "2024-03-26T10:40", OV, [
        ("Utredning", "Flödescytometri från perifert blod: monoklonal B-cellspopulation CD5+, CD23+, svag kappa, 18 x10^9/L."),
        ("Diagnos", "Kronisk lymfatisk leukemi, Binet A."),
        ("Bedömning", "Ingen behandlingsindikation. Kontroll av blodstatus var 6:e månad via vårdcentralen."),
    ])], [], [(B, "n1")],
    "CLL confirmed by flow cytometry, no hedge at all")

C("d121-102-fragestallning-lymfom", "skane", "1970-09-09", "735", "2024-02-02", [
    N("n1", M, "Läkaranteckning", "hbg_hem", "Stina Rosén", "läkare", "2024-01-30T16:00", None, OV, [
        ("Frågeställning", "Generaliserad lymfadenopati i axiller och ljumskar? Lymfom?"),
        ("Åtgärd", "PET-DT beställd, prio 2. Ultraljudsledd mellannålsbiopsi av största körteln."),
    ])], [(B, "n1")], [],
    "'Frågeställning: ... Lymfom?' question-mark hedge in a visible section")

C("d121-102-pmo-dd-itp", "skane", "1975-04-15", "409", "2024-07-12", [
    N("n1", P, "Akut besök", "vc_hoor", "Anders Wikström", "läkare", "2024-07-09T15:40", "2024-07-09T16:10", OV, [
        ("Status", "Rikligt med petekier på ben och bål, slemhinneblödning i munnen."),
        ("Bedömning", "TPK 9 på patientnära analys. DD ITP, läkemedelsutlöst trombocytopeni? Remitteras akut till medicinakuten Lund."),
    ])], [], [(B, "n1")],
    "hedged ITP in a Skåne PMO note is never shown")

C("d121-102-kan-rora-sig-om-mgus", "vgr", "1954-02-27", "158", "2024-11-08", [
    N("n1", M, "Mottagningsanteckning", "kungalv_med", "Håkan Jonsson", "läkare", "2024-11-05T13:30", "2024-11-05T14:00", OV, [
        ("Bedömning", "Liten M-komponent IgG-lambda 4 g/L, normala lätta kedjor och inga CRAB-kriterier. "
                      "Kan röra sig om MGUS men kompletterar med helkropps-DT lågdos först."),
    ])], [(B, "n1")], [],
    "'Kan röra sig om MGUS'")

C("d121-102-villkor-neutropen-feber", "skane", "1968-06-01", "570", "2024-03-22", [
    N("n1", M, "Sjuksköterskeanteckning", "lund_hemavd", "Malin Håkansson", "sjuksköterska", "2024-03-19T14:50", "2024-03-19T15:05", SV, [
        ("Information", "Inför hemgång efter R-CHOP kur 3 för känt DLBCL. Har fått muntlig och skriftlig information: "
                        "om temp över 38,0 ska hon ringa avdelningen dygnet runt, då kan det röra sig om neutropen feber "
                        "som behöver antibiotika inom en timme."),
        ("Åtgärd", "Telefonnummer till avd lämnat. Neulasta given subkutant i dag."),
    ])], [], [(B, "n1")],
    "hedge inside a conditional instruction (om temp > 38 ... kan det röra sig om neutropen feber)")

C("d121-102-typo-pernicos-anemi", "skane", "1951-08-19", "232", "2024-12-06", [
    N("n1", M, "Läkaranteckning", "ystad_med", "Karin Olsson", "läkare", "2024-12-03T10:10", "2024-12-03T10:45", OV, [
        ("Aktuellt", "Stickningar i fötterna sedan i somras, ostadig i mörker."),
        ("Lab", "MCV 112, Hb 102, B12 110 pmol/L, homocystein förhöjt, folat ua."),
        ("Bedömning", "Sannolik pernicös anemi. IF-antikroppar skickade, startar B12-injektioner i dag."),
    ])], [(B, "n1")], [],
    "'Sannolik' with the diagnosis word misspelt ('pernicös')")

C("d121-102-ej-forenligt-kml", "vgr", "1985-10-28", "693", "2024-08-16", [
    N("n1", M, "Telefonanteckning", "su_hem", "Oskar Nilsson", "läkare", "2024-08-13T15:30", "2024-08-13T15:38", OV, [
        ("Telefonkontakt", "BCR-ABL1 negativt i PCR. Fyndet är inte förenligt med KML; leukocytosen förklaras av pågående "
                           "kortisonbehandling för astmaexacerbation. Pat informerad, ingen ytterligare utredning."),
    ])], [], [(B, "n1")],
    "'inte förenligt med KML' is a negated mention")

C("d121-102-ak-misstankt-lungemboli", "skane", "1946-05-23", "826", "2024-04-05", [
    N("n1", M, "Telefonanteckning", "hbg_ak", "Lena Nordin", "sjuksköterska", "2024-04-02T09:20", "2024-04-02T09:34", OV, [
        ("Telefonkontakt", "Pat ringer, andfådd sedan igår och smärta vid djupandning hö sida. "
                           "INR 1,6 i fredags, alltså under terapeutiskt intervall."),
        ("Bedömning", "Misstänkt lungemboli, hänvisad direkt till akutmottagningen Helsingborg. Dr Ek informerad."),
    ])], [(B, "n1")], [],
    "coagulation nurse at the AK clinic writes 'Misstänkt lungemboli' in a visible note")

C("d121-102-ak-villkor-ny-blodpropp", "vgr", "1943-11-14", "117", "2024-05-24", [
    N("n1", M, "AK-anteckning", "kungalv_ak", "Gunilla Borg", "sjuksköterska", "2024-05-21T10:05", "2024-05-21T10:09", OV, [
        ("Aktuellt", "INR 2,6. Oförändrad dos Waran 2,5 mg mån–fre och 3,75 mg lör–sön. Nästa INR om fyra veckor."),
        ("Information", "Vid svullnad i benet eller plötslig andfåddhet kan det vara en ny blodpropp och då ska pat söka akut."),
    ])], [], [(B, "n1")],
    "conditional safety-net advice ('Vid svullnad ... kan det vara en ny blodpropp')")

C("d121-102-inga-tecken-pa-hemolys", "skane", "1938-03-03", "650", "2024-02-16", [
    N("n1", M, "Daganteckning", "hassle_med", "Nils Åkesson", "läkare", "2024-02-13T11:00", "2024-02-13T11:20", SV, [
        ("Aktuellt", "Hb stabilt 112 efter två enheter erytrocyter igår."),
        ("Bedömning", "LD, bilirubin och haptoglobin normala, inga tecken på hemolys och ingen transfusionsreaktion."),
    ])], [], [(B, "n1")],
    "'inga tecken på hemolys' and 'ingen transfusionsreaktion' are negations")

C("d121-102-transfusion-sannolikt-taco", "vgr", "1940-09-17", "380", "2024-06-14", [
    N("n1", M, "Jouranteckning", "nal_avd", "Rebecka Alm", "läkare", "2024-06-11T02:15", None, SV, [
        ("Aktuellt", "Tillkallad av ssk. Under andra påsen erytrocyter tilltagande dyspné, sat 88 %, BT 170/95, krepitationer bibasalt."),
        ("Bedömning", "Sannolikt TACO. Transfusionen avbruten, Furosemid 40 mg iv, syrgas 2 L."),
    ])], [(B, "n1")], [],
    "unsigned night note: 'Sannolikt TACO' after a transfusion")

C("d121-102-ev-transfusion-kand-mds", "skane", "1941-12-29", "535", "2024-07-26", [
    N("n1", M, "Mottagningsanteckning", "krist_med", "Jonas Berglund", "läkare", "2024-07-23T14:15", None, OV, [
        ("Aktuellt", "Känd MDS, azacitidin cykel 9. Hb 79, pat trött men cirkulatoriskt stabil."),
        ("Planering", "Ev. transfusion 1 enhet på torsdag beroende på Hb-kontrollen. Fortsatt azacitidin enligt plan."),
    ])], [], [(B, "n1")],
    "'Ev.' hedges a transfusion (a plan); the MDS is known")

C("d121-102-epikris-misstankt-mpn", "vgr", "1977-04-04", "264", "2024-09-06", [
    N("n1", M, "Epikris", "skas_avd", "Viktor Hammar", "läkare", "2024-09-03T13:00", "2024-09-03T15:30", SV, [
        ("Utskrivningsdiagnos", "Portaventrombos (I81.9)."),
        ("Epikris", "47-årig tidigare frisk man inkom med buksmärta sedan en vecka. DT buk visade ocklusiv trombos i v. portae "
                    "utan levercirros. Behandlad med Fragmin i terapeutisk dos, buksmärtan avklingade. TPK 520 och Hb 168 "
                    "under vårdtiden."),
        ("Bedömning", "Bakomliggande myeloproliferativ neoplasi misstänks, JAK2 skickat, svar inväntas."),
        ("Planering", "Övergång till Eliquis 5 mg x 2. Återbesök hematologmottagningen om 4 veckor."),
    ])], [(B, "n1")], [],
    "discharge summary: 'misstänks' hedges an MPN in a visible section")

C("d121-102-barn-typo-sannolkit-sfarocytos", "skane", "2017-03-26", "197", "2024-10-25", [
    N("n1", M, "Läkaranteckning", "lund_barn", "Hanna Fors", "läkare", "2024-10-22T09:30", "2024-10-22T10:15", OV, [
        ("Anamnes", "7-årig pojke med återkommande gulfärgning vid infektioner. Pappa splenektomerad i tonåren."),
        ("Status", "Lätt sklerairterus. Mjälten palpabel 3 cm nedom arcus."),
        ("Bedömning", "Sfärocyter i utstryk, DAT negativt, retikulocytos. Sannolkit hereditär sfärocytos, EMA-bindning skickad."),
    ])], [(B, "n1")], [],
    "child under 13 (guardian reads): typo 'Sannolkit' hedging hereditary spherocytosis")

C("d121-102-barn-leukemi-avskrivs", "vgr", "2019-01-08", "406", "2024-04-19", [
    N("n1", M, "Akutanteckning", "dsbus", "Pontus Widell", "läkare", "2024-04-16T19:20", "2024-04-16T20:05", SV, [
        ("Aktuellt", "5-åring med blåmärken och trötthet två veckor efter vattkoppor."),
        ("Lab", "TPK 34, Hb 121, LPK 6,8 med normal differentialräkning, inga blaster i utstryk."),
        ("Bedömning", "Leukemi avskrivs. Diagnos: akut postinfektiös ITP. Ingen behandling, kontroll om en vecka."),
    ])], [], [(B, "n1")],
    "leukaemia written off ('avskrivs'), ITP stated firmly")

C("d121-102-differentialdiagnostiskt-castleman", "skane", "1981-07-07", "813", "2024-05-10", [
    N("n1", M, "Läkaranteckning", "malmo_hem", "Erik Thornberg", "läkare", "2024-05-07T10:00", "2024-05-07T10:45", OV, [
        ("Utredning", "PAD från lgl i ljumske: reaktiva förändringar med hyalinvaskulära germinalcentra, ingen lymfommisstanke enligt patolog."),
        ("Bedömning", "Differentialdiagnostiskt övervägs unicentrisk Castlemans sjukdom; eftergranskning begärd på Lund."),
    ])], [(B, "n1")], [],
    "'Differentialdiagnostiskt övervägs' a disease of the patient, beside a negated lymphoma")

C("d121-102-oklart-om-hit", "vgr", "1948-02-09", "551", "2024-07-19", [
    N("n1", M, "Konsultationsanteckning", "su_koag", "Caroline Wessel", "läkare", "2024-07-16T11:40", "2024-07-16T12:15", SV, [
        ("Bedömning", "TPK 62 dag 8 efter höftplastik på Fragmin, tidigare 240. Oklart om HIT, PF4-antikroppar skickade."),
        ("Åtgärd", "Fragmin sätts ut, byter till fondaparinux 7,5 mg sc tills svar finns."),
    ])], [(B, "n1")], [],
    "'Oklart om HIT' in a coagulation consult")

C("d121-102-pmo-trolig-dvt", "skane", "1964-10-21", "372", "2024-08-30", [
    N("n1", P, "Läkarbesök", "vc_tomelilla", "Eva Lindahl", "läkare", "2024-08-27T08:40", "2024-08-27T09:15", OV, [
        ("Aktuellt", "Svullet vä underben sedan fyra dagar, omfångsskillnad 3 cm. Wells 2 poäng."),
        ("Bedömning", "Trolig DVT. Remiss akut ultraljud Ystad, första dos Innohep given på VC."),
    ])], [], [(B, "n1")],
    "PMO note with 'Trolig DVT': PMO never shows diagnoses")

C("d121-102-ak-verifierad-dvt", "vgr", "1957-12-13", "836", "2024-03-15", [
    N("n1", M, "AK-anteckning", "kungalv_ak", "Monica Ragnarsson", "sjuksköterska", "2024-03-12T13:10", "2024-03-12T13:25", OV, [
        ("Aktuellt", "Behandlingsstart efter ultraljudsverifierad DVT i vä v. poplitea 2024-03-04."),
        ("Åtgärd", "Eliquis 10 mg x 2 i 7 dagar, därefter 5 mg x 2. Planerad behandlingstid 3 månader, uppföljning per telefon."),
    ])], [], [(B, "n1")],
    "verified DVT stated without hedge in a coagulation nurse note")

C("d121-102-syster-trol-fvl", "skane", "2006-02-03", "284", "2024-11-29", [
    N("n1", M, "Mottagningsanteckning", "malmo_koag", "Johanna Sundberg", "läkare", "2024-11-26T15:00", "2024-11-26T15:30", OV, [
        ("Anamnes", "18-åring som önskar p-piller. Syster har trol. faktor V Leiden, utredd i Göteborg men svaret är inte tillgängligt."),
        ("Bedömning", "Pat själv utan egen trombos. Gestagenpreparat rekommenderas i väntan på trombofiliutredning."),
    ])], [], [(B, "n1")],
    "the hedged thrombophilia belongs to the sister")

C("d121-102-bild-som-vid-al-amyloidos", "vgr", "1955-06-30", "729", "2024-10-11", [
    N("n1", M, "Läkaranteckning", "udd_med", "Tobias Ekman", "läkare", "2024-10-08T09:45", "2024-10-08T10:20", OV, [
        ("Utredning", "Bukfettsbiopsi: Kongorödpositiva depositioner med grön dubbelbrytning."),
        ("Bedömning", "Histologiskt bild som vid AL-amyloidos, typning med masspektrometri pågår. NT-proBNP 2400."),
    ])], [(B, "n1")], [],
    "'bild som vid AL-amyloidos'")

C("d121-102-typo-mojlg-waldenstrom", "skane", "1947-09-05", "618", "2024-01-19", [
    N("n1", M, "Läkaranteckning", "hbg_hem", "Magnus Fredriksson", "läkare", "2024-01-16T13:20", "2024-01-16T13:55", OV, [
        ("Bedömning", "IgM-kappa 18 g/L utan hyperviskositetssymtom, lätt anemi Hb 114. "
                      "Möjlg Waldenströms makroglobulinemi, MYD88 skickas med benmärgsprovet."),
    ])], [(B, "n1")], [],
    "typo 'Möjlg' hedging Waldenström")

C("d121-102-susp-aml-akutkonsult", "vgr", "1972-12-18", "493", "2024-12-13", [
    N("n1", M, "Konsultationsanteckning", "su_akut", "Jenny Falk", "läkare", "2024-12-10T22:40", None, SV, [
        ("Aktuellt", "Konsult från akuten: LPK 86, blaster ca 60 % i utstryk, TPK 22, fibrinogen 1,1, D-dimer >20."),
        ("Bedömning", "susp AML med DIC-bild. Överflyttas till hematologavd 137 i kväll, leukaferes diskuteras."),
    ])], [(B, "n1")], [],
    "lower-case 'susp' without dot, unsigned akut consult")

C("d121-102-diagnosrad-fragetecken", "skane", "1960-11-27", "745", "2024-06-28", [
    N("n1", M, "Mottagningsanteckning", "angel_med", "Cecilia Holm", "läkare", "2024-06-25T10:20", "2024-06-25T10:55", OV, [
        ("Diagnos", "Makrocytär anemi D53.9\n?Alkoholrelaterad leversjukdom"),
        ("Planering", "Ultraljud lever, PEth, ny kontroll av blodstatus om 2 månader."),
    ])], [(B, "n1")], [],
    "question mark before a diagnosis on a diagnosis line")

C("d121-102-trotthet-troligen-somn", "vgr", "1953-04-10", "322", "2024-02-23", [
    N("n1", M, "Mottagningsanteckning", "sas_hem", "Anna Gerdin", "läkare", "2024-02-20T08:30", "2024-02-20T09:00", OV, [
        ("Aktuellt", "Känt myelom IgG-kappa, lenalidomid underhåll sedan 2022. M-komponent ej mätbar."),
        ("Bedömning", "Tröttheten senaste veckorna troligen pga dålig sömn efter flytten, Hb 131 och stabila prover."),
    ])], [], [(B, "n1")],
    "'troligen' hedges the cause of a symptom, the myeloma is known")

C("d121-102-misstankt-hemolyserat-prov", "skane", "1966-01-23", "877", "2024-09-20", [
    N("n1", M, "Sjuksköterskeanteckning", "lund_hemavd", "Jessica Bengtsson", "sjuksköterska", "2024-09-17T07:45", "2024-09-17T08:10", SV, [
        ("Aktuellt", "Kalium 6,4 i morse, provet misstänkt hemolyserat enligt labbet. Omtag kl 07:30 visar K 4,1. Jour informerad."),
    ])], [], [(B, "n1")],
    "'misstänkt' hedges a preanalytical sample problem, not a diagnosis")

C("d121-102-trolig-koagel-i-roret", "vgr", "1988-08-08", "644", "2024-04-12", [
    N("n1", M, "Telefonanteckning", "alingsas_med", "Daniel Ek", "läkare", "2024-04-09T16:05", "2024-04-09T16:12", OV, [
        ("Telefonkontakt", "TPK 41 i dag mot 250 förra veckan, inga blödningar. Trolig koagelbildning i provröret, "
                           "nytt prov i citratrör visar TPK 238. Meddelat pat att värdet var normalt."),
    ])], [], [(B, "n1")],
    "hedged clot in the sample tube: a preanalytical issue, not a disease")

C("d121-102-troligtvis-njuranemi", "vgr", "1945-03-16", "209", "2024-11-15", [
    N("n1", M, "Läkaranteckning", "nal_med", "Per Alfredsson", "läkare", "2024-11-12T11:10", None, OV, [
        ("Aktuellt", "Hb 95, normocytär, eGFR 22. Ferritin 310, transferrinmättnad 24 %."),
        ("Bedömning", "Troligtvis anemi vid kronisk njursvikt. Diskuterar ESA med njurmedicin."),
    ])], [(B, "n1")], [],
    "'Troligtvis' hedges renal anaemia")

C("d121-102-talar-for-dic-iva", "skane", "1963-05-25", "161", "2024-03-01", [
    N("n1", M, "Konsultationsanteckning", "lund_iva", "Robert Sandell", "läkare", "2024-02-27T03:30", "2024-02-27T04:10", SV, [
        ("Aktuellt", "Septisk pat med pneumokockbakteriemi. Fibrinogen 0,9, D-dimer >35, TPK 48, PK-INR 1,9."),
        ("Bedömning", "Talar för DIC. Substitution med fibrinogen och trombocyter endast vid blödning eller inför ingrepp."),
    ])], [(B, "n1")], [],
    "'Talar för DIC' in an ICU consultation")

C("d121-102-ttp-avskrivs-ahus-kvar", "vgr", "1999-06-22", "488", "2024-08-02", [
    N("n1", M, "Konsultationsanteckning", "su_hem", "Malin Strömberg", "läkare", "2024-07-30T14:30", "2024-07-30T15:20", SV, [
        ("Bedömning", "Hemolys med fragmentocyter, TPK 45 och akut njursvikt. TTP avskrivs då ADAMTS13 är 68 %. "
                      "Kvarstående misstanke om atypiskt HUS, komplementutredning och eculizumab diskuteras med njurjouren."),
    ])], [(B, "n1")], [],
    "one diagnosis negated (TTP avskrivs) but another still suspected (atypiskt HUS) in the same section")

C("d121-102-th-sedan-bekraftad-hcl", "skane", "1958-04-29", "596", "2024-05-31", [
    N("n1", M, "Tidiga hypoteser", "lund_hem", "Fredrika Lindgren", "läkare", "2024-05-14T10:00", "2024-05-14T10:05", OV, [
        ("Bedömning", "Pancytopeni, monocytopeni och splenomegali, misstänkt hårcellsleukemi."),
    ]),
    N("n2", M, "Läkaranteckning", "lund_hem", "Fredrika Lindgren", "läkare", "2024-05-28T13:00", "2024-05-28T13:45", OV, [
        ("Bedömning", "Flödescytometri från benmärgen bekräftar hårcellsleukemi (CD103+, CD25+, CD11c+), BRAF V600E påvisad."),
        ("Information", "Pat informerad om diagnosen och om behandling med kladribin."),
    ])], [], [(B, "n2"), (A, "n2")],
    "earlier hypothesis in a protected template, later visible note states the confirmed and told diagnosis")

C("d121-102-long-mds-rs-forenliga", "vgr", "1942-10-02", "752", "2024-12-20", [
    N("n1", M, "Mottagningsanteckning", "skas_hem", "Lennart Widén", "läkare", "2024-12-17T09:00", "2024-12-17T10:20", OV, [
        ("Anamnes", "82-årig kvinna, tidigare hypertoni och lindrig hjärtsvikt. Remitterad från VC Tibro för makrocytär anemi "
                    "som långsamt sjunkit från Hb 121 till 94 under ett år. Tilltagande ansträngningsdyspné, orkar inte längre "
                    "gå till affären utan vila. Ingen blödning, ingen viktnedgång, ingen feber. Äter blandad kost."),
        ("Status", "AT gott, blek. Cor RR, systoliskt blåsljud 2/6. Pulm ua. Buk mjuk, ingen palpabel lever eller mjälte. "
                   "Inga lgl. Lätta underbensödem bilat."),
        ("Läkemedel", "Enalapril 10 mg x 1, Furix 40 mg x 1, Trombyl 75 mg x 1. Inga järntabletter, inga B-vitaminer."),
        ("Sociala förhållanden", "Änka sedan fem år, bor ensam i lägenhet i Skövde med hiss. Dottern bor i Skara och hjälper till "
                                 "med inköp. Klarar ADL själv, har ingen hemtjänst."),
        ("Lab", "Hb 94, MCV 109, LPK 3,9, neutrofila 2,0, TPK 455. Retikulocyter lågt normala. B12, folat och TSH ua. "
                "Ferritin 610, transferrinmättnad 58 %."),
        ("Benmärgsprov", "Utfört 2024-11-28 från crista iliaca posterior. Normocellulär märg med dyserytropoes, "
                         "ringsideroblaster 32 % i järnfärgning, blaster 2 %. Karyotyp 46,XX."),
        ("Bedömning", "Fynden är förenliga med MDS med ringsideroblaster, lågrisk. SF3B1-analys inväntas. "
                      "Anemin förklarar sannolikt hennes ansträngningsdyspné."),
        ("Planering", "Erytropoetin prövas om S-EPO under 500. Transfusionsgräns Hb 85 med hänsyn till hjärtat. "
                      "Kontroll av blodstatus varannan vecka på VC, återbesök hos mig om 6 veckor. "
                      "Ferritin följs, järnkelering blir aktuell först vid regelbundet transfusionsbehov. "
                      "Remissvar skickas till VC Tibro för kännedom."),
    ])], [(B, "n1")], [],
    "long multi-section note where the hedge ('förenliga med MDS') stands in a visible Bedömning")

C("d121-102-long-lymfom-uteslutet", "skane", "1989-05-14", "438", "2024-04-26", [
    N("n1", M, "Läkaranteckning", "malmo_hem", "Hussein Ali", "läkare", "2024-04-23T13:00", "2024-04-23T14:05", OV, [
        ("Anamnes", "34-årig man remitterad från VC Limhamn pga förstorade lymfkörtlar på halsen sedan 8 veckor efter en "
                    "halsinfektion. Ingen nattsvett, viktstabil, inga hudutslag. Röker inte. Arbetar som lärare."),
        ("Status", "AT gott. Två rörliga lgl på hö halssida, 1,5 och 2 cm, lätt ömma. Inga lgl i axiller eller ljumskar. "
                   "Ingen hepatosplenomegali."),
        ("Utredning", "PET-DT utan hypermetabola lgl utöver de två på halsen med SUV 3. "
                      "Exstirpation: reaktiv follikulär hyperplasi, inget lymfom. EBV-serologi visar genomgången infektion."),
        ("Bedömning", "Lymfom uteslutet. Lymfadenopatin bedöms reaktiv efter infektion."),
        ("Labb", "SR 12, CRP 3, LD normalt, blodstatus med normal differentialräkning. HIV, hepatit B och C negativa."),
        ("Planering", "Avslutas från hematologen. Ev. ny kontakt via VC vid nytillkomna körtlar eller B-symtom. "
                      "Pat fick svaren vid dagens besök och var lättad, inga ytterligare frågor. "
                      "Operationsärret läker fint, suturerna togs på VC förra veckan."),
    ])], [], [(B, "n1")],
    "long work-up note where lymphoma is ruled out; only a plan carries 'Ev.'")

C("d121-102-ak-ev-dosminskning", "skane", "1939-07-31", "925", "2024-10-11", [
    N("n1", M, "AK-anteckning", "krist_ak", "Lotta Strid", "sjuksköterska", "2024-10-08T09:40", "2024-10-08T09:47", OV, [
        ("Telefonkontakt", "INR 3,8. Inga blödningar, inga nya läkemedel. Hoppar över en dos Waran i kväll."),
        ("Planering", "Ev. minskad veckodos om nästa INR också ligger högt. Ny INR om en vecka på VC Åhus."),
    ])], [], [(B, "n1")],
    "AK nurse note: 'Ev.' hedges a dose change, no diagnosis hedged")

C("d121-102-typo-trolgi-jarnbrist-gi", "vgr", "1950-01-20", "870", "2024-01-26", [
    N("n1", M, "Mottagningsanteckning", "alingsas_med", "Sven Magnusson", "läkare", "2024-01-23T14:00", "2024-01-23T14:35", OV, [
        ("Aktuellt", "Hb 86, MCV 69, ferritin 4. Tar Trombyl, inga synliga blödningar."),
        ("Bedömning", "Trolgi järnbristanemi sekundärt till ockult gastrointestinal blödning. Gastro- och koloskopi bokade, Ferinject 1 g idag."),
    ])], [(B, "n1")], [],
    "typo 'Trolgi' hedging iron deficiency anaemia")

C("d121-102-tidigare-misstanke-avskriven", "skane", "1962-08-11", "503", "2024-02-09", [
    N("n1", M, "Mottagningsanteckning", "lund_hem", "Åsa Lindberg", "läkare", "2024-02-06T11:10", "2024-02-06T11:30", OV, [
        ("Aktuellt", "Utreddes hösten 2023 för misstänkt lymfom, vilket avskrevs efter negativ PET-DT och benmärg. "
                     "Nu åter för kontroll av lätt lymfocytos, stabil 4,5."),
        ("Bedömning", "Stabil lymfocytos utan klonalitet. Avslutas, kontroll via VC."),
    ])], [], [(B, "n1")],
    "past suspicion that was written off ('vilket avskrevs')")

C("d121-102-typo-kan-inte-utsluta-hemokromatos", "skane", "1972-04-02", "359", "2024-07-05", [
    N("n1", M, "Läkaranteckning", "landskr_med", "Patrik Jansson", "läkare", "2024-07-02T10:00", "2024-07-02T10:30", OV, [
        ("Bedömning", "Ferritin 980 och transferrinmättnad 62 % vid upprepade fasteprover, måttligt förhöjda leverprover. "
                      "Kan inte utsluta hereditär hemokromatos, HFE-genotypning skickad."),
    ])], [(B, "n1")], [],
    "typo 'Kan inte utsluta' (kan inte utesluta) hereditary haemochromatosis")

C("d121-102-typo-transfusionsrekation-ingen", "vgr", "1934-12-01", "423", "2024-03-01", [
    N("n1", M, "Transfusionsanteckning", "udd_med", "Karin Sjödin", "sjuksköterska", "2024-02-27T16:40", "2024-02-27T16:50", SV, [
        ("Omvårdnad", "Transfunderat 2 E erytrocyter enl ordination, kontroller var 15:e min ua. "
                      "Ingen feber eller frossa, ingen misstanke om transfusionsrekation."),
    ])], [], [(B, "n1")],
    "typo 'transfusionsrekation' inside a negation ('ingen misstanke om')")

C("d121-102-typo-eventuel-myelofibros", "vgr", "1955-11-19", "671", "2024-06-07", [
    N("n1", M, "Läkaranteckning", "skas_hem", "Ulrika Blom", "läkare", "2024-06-04T13:20", "2024-06-04T14:00", OV, [
        ("Aktuellt", "Splenomegali 19 cm, tårdroppsceller och leukoerytroblastisk bild i utstryk. Torr punktion vid benmärgsaspiration."),
        ("Bedömning", "Eventuel primär myelofibros, biopsin är skickad för retikulinfärgning."),
    ])], [(B, "n1")], [],
    "typo 'Eventuel' hedging primary myelofibrosis")

C("d121-102-vgr-ssk-inga-blaster", "vgr", "1961-09-29", "314", "2024-10-25", [
    N("n1", M, "Mottagningsanteckning", "su_hem", "Lina Sandberg", "sjuksköterska", "2024-10-22T10:30", "2024-10-22T10:45", OV, [
        ("Aktuellt", "Kontroll efter avslutad behandling för AML, i CR sedan mars. Blodstatus normalt, inga blaster i diff. "
                     "Pat mår bra och har börjat arbeta halvtid."),
    ])], [], [(B, "n1")],
    "follow-up nurse note with a known, confirmed AML and no hedge")

C("d121-102-vgr-kan-vara-ttp", "vgr", "1986-02-25", "586", "2024-09-13", [
    N("n1", M, "Akutanteckning", "su_akut", "Nora Jakobsson", "läkare", "2024-09-10T17:50", "2024-09-10T18:30", SV, [
        ("Aktuellt", "Förvirring, feber 38,2, petekier. TPK 12, Hb 84, schistocyter i utstryk, LD 1800, krea 140."),
        ("Bedömning", "Skulle kunna vara TTP. PLASMIC-score 6. Plasmaferes förbereds i samråd med hematolog och transfusionsmedicin."),
    ])], [(B, "n1")], [],
    "'Skulle kunna vara TTP' in an emergency note")

# =====================================================================================
# NL101-focused cases
# =====================================================================================

C("d121-101-aml-benmarg-ej-nadd", "skane", "1964-02-08", "271", "2024-03-15", [
    N("n1", M, "Telefonanteckning", "lund_hem", "Henrietta Borg", "läkare", "2024-03-12T11:30", "2024-03-12T11:40", OV, [
        ("Telefonkontakt", "Benmärgsprov visar AML med 45 % myeloiska blaster, NPM1- och FLT3-analys pågår. "
                           "Sökt pat på telefon två gånger utan svar, pat är ännu inte informerad om diagnosen. "
                           "Nytt försök kl 15, annars kallas pat till mottagningen i morgon bitti."),
    ])], [(A, "n1")], [(B, "n1")],
    "confirmed AML in a visible phone note, patient explicitly not yet informed")

C("d121-101-kll-informeras-aterbesok", "vgr", "1951-10-13", "628", "2024-05-10", [
    N("n1", M, "Läkaranteckning", "su_hem", "Björn Tellander", "läkare", "2024-05-07T08:45", "2024-05-07T09:10", OV, [
        ("Utredning", "Flödescytometri: KLL-fenotyp, CD5+/CD23+/CD200+, lambda-restriktion."),
        ("Planering", "Pat har ännu inte fått besked om KLL-diagnosen; informeras vid återbesök 14/5 tillsammans med kontaktsjuksköterska."),
    ])], [(A, "n1")], [],
    "CLL result in visible note; patient to be told at a later visit")

C("d121-101-myelom-efter-mdk", "skane", "1955-01-26", "392", "2024-06-21", [
    N("n1", M, "Läkaranteckning", "malmo_hem", "Sebastian Roos", "läkare", "2024-06-18T14:00", "2024-06-18T14:40", OV, [
        ("Utredning", "Benmärg: 38 % klonala plasmaceller, IgA-lambda. Lågdos-DT med multipla osteolyser i bäcken och kotpelare."),
        ("Diagnos", "Multipelt myelom, ISS II."),
        ("Planering", "Pat är ej informerad ännu – besked ges efter MDK på fredag när behandlingsplanen är klar."),
    ])], [(A, "n1")], [(B, "n1")],
    "myeloma diagnosis line visible, telling deliberately postponed until after MDK")

C("d121-101-dotter-vill-ej-kml", "vgr", "1939-08-24", "165", "2024-02-02", [
    N("n1", M, "Telefonanteckning", "udd_med", "Kristina Fagerlund", "läkare", "2024-01-30T13:15", "2024-01-30T13:35", OV, [
        ("Telefonkontakt", "Dottern ringer och ber att mamma inte ska få veta om leukemin, hon är rädd att mamma ger upp. "
                           "Pat har inte informerats om KML-diagnosen ännu. Förklarat för dottern att pat har rätt till information "
                           "och att vi kommer att informera henne på återbesöket."),
    ])], [(A, "n1")], [],
    "relative asks us to withhold; the patient herself is not told about CML")

C("d121-101-hodgkin-pad-ej-underrattad", "skane", "2001-11-30", "518", "2024-07-12", [
    N("n1", M, "Läkaranteckning", "lund_hem", "Jakob Lindström", "läkare", "2024-07-09T10:20", "2024-07-09T10:35", OV, [
        ("Utredning", "PAD från exstirperad lgl vä fossa supraclavicularis: klassiskt Hodgkinlymfom, nodulär skleros."),
        ("Planering", "Pat ej underrättad ännu, tid bokad 11/7 för besked och PET-DT-remiss."),
    ])], [(A, "n1")], [],
    "Hodgkin lymphoma in PAD, young adult not yet told")

C("d121-101-ssk-mds-hanvisar", "vgr", "1946-04-03", "749", "2024-08-30", [
    N("n1", M, "Telefonanteckning", "nal_med", "Eva-Lena Karlsson", "sjuksköterska", "2024-08-27T10:05", "2024-08-27T10:15", OV, [
        ("Telefonkontakt", "Pat ringer och undrar över benmärgssvaret. Läkaren har vidimerat svaret som visar lågrisk-MDS, "
                           "men pat har inte fått besked om diagnosen. Hänvisar till läkarbesöket på tisdag enligt dr Lind."),
    ])], [(A, "n1")], [],
    "nurse phone note names the MDS result and says the patient has not been told")

C("d121-101-jak2-talar-for-pv-ej-informerad", "skane", "1967-06-16", "836", "2024-09-27", [
    N("n1", M, "Mottagningsanteckning", "hbg_hem", "Ola Nordqvist", "läkare", "2024-09-24T15:10", "2024-09-24T15:30", OV, [
        ("Lab", "JAK2 V617F positiv, allelbörda 34 %. Hb 176, EVF 0,52."),
        ("Bedömning", "Talar för polycytemia vera. Pat har inte informerats om fyndet ännu, ringer upp i morgon."),
    ])], [(A, "n1"), (B, "n1")], [],
    "hedged PV in a visible section and the patient not yet informed: both rules")

C("d121-101-typo-ej-infromerad-myelom", "vgr", "1949-03-05", "287", "2024-04-19", [
    N("n1", M, "Läkaranteckning", "sas_hem", "Camilla Östlund", "läkare", "2024-04-16T16:20", None, OV, [
        ("Lab", "Elfores: M-komponent IgG-kappa 42 g/L, kappa/lambda-kvot 48. Hb 98, Ca 2,58."),
        ("Bedömning", "Myelom med anemi. Pat ej infromerad, ringer på måndag och bokar besök."),
    ])], [(A, "n1")], [],
    "unsigned draft, typo 'infromerad': myeloma visible while the patient is not informed")

C("d121-101-barn-b-all-ej-informerade", "vgr", "2020-02-17", "803", "2024-10-04", [
    N("n1", M, "Läkaranteckning", "dsbus", "Ida Lagerqvist", "läkare", "2024-10-01T12:30", "2024-10-01T13:00", SV, [
        ("Utredning", "Benmärgen visar B-ALL, 82 % lymfoblaster, flödescytometri CD10+/CD19+/CD34+."),
        ("Planering", "Barnet och föräldrarna är ännu inte informerade om diagnosen. "
                      "Informationssamtal med föräldrarna i eftermiddag tillsammans med kurator och kontaktsjuksköterska."),
    ])], [(A, "n1")], [],
    "child under 13: B-ALL in a visible note, neither child nor guardians told yet")

C("d121-101-dlbcl-vantar-maken", "skane", "1958-09-21", "474", "2024-11-01", [
    N("n1", M, "Daganteckning", "krist_med", "Tomas Eriksson", "läkare", "2024-10-29T09:30", None, SV, [
        ("Aktuellt", "DT buk med stor retroperitoneal lymfkörtelmassa; biopsin visar diffust storcelligt B-cellslymfom."),
        ("Bedömning", "Pat önskar att maken är med vid alla viktiga samtal, diagnosen är därför inte berättad för pat ännu. "
                      "Samtal bokat kl 14 när maken kommer."),
    ])], [(A, "n1")], [],
    "DLBCL in a visible ward note, not yet told to the patient (waiting for the husband)")

C("d121-101-skane-sokord-th-myelofibros", "skane", "1953-05-08", "609", "2024-12-13", [
    N("n1", M, "Läkaranteckning", "lund_hem", "Alexandra Kron", "läkare", "2024-12-10T13:45", "2024-12-10T14:10", OV, [
        ("Aktuellt", "Uppföljning av splenomegali och anemi."),
        ("Tidiga hypoteser", "Benmärgsbiopsin talar för myelofibros. Pat ännu inte informerad."),
    ])], [(A, "n1"), (B, "n1")], [],
    "Skåne: a sökord Tidiga hypoteser inside a Läkaranteckning is not protected, so the untold myelofibrosis is visible")

C("d121-101-vgr-th-plus-bedomning-progress", "vgr", "1947-01-15", "386", "2024-03-22", [
    N("n1", M, "Läkaranteckning", "frolunda", "Marcus Hedlund", "läkare", "2024-03-19T10:30", "2024-03-19T11:10", OV, [
        ("Tidiga hypoteser", "MGUS med progress till myelom, ej meddelat pat."),
        ("Bedömning", "Progress till myelom med nytillkommen anemi Hb 97 och två osteolyser i skallen på lågdos-DT. "
                      "Pat är inte informerad om progressen ännu."),
        ("Planering", "Besök med anhörig bokas nästa vecka."),
    ])], [(A, "n1")], [],
    "VGR: the untold myeloma is in Tidiga hypoteser but also in the visible Bedömning")

C("d121-101-lungemboli-sov-vid-ronden", "skane", "1960-02-22", "758", "2024-01-19", [
    N("n1", M, "Daganteckning", "hassle_med", "Sanna Möller", "läkare", "2024-01-16T12:20", "2024-01-16T12:45", SV, [
        ("Aktuellt", "DT lungartärer: bilaterala segmentella lungembolier, ingen högerkammarbelastning."),
        ("Åtgärd", "Eliquis 10 mg x 2 insatt. Pat ännu ej informerad om lungembolin då han sov vid ronden; informeras av eftermiddagsläkaren."),
    ])], [(A, "n1")], [],
    "pulmonary embolism found and treated, patient not yet told")

C("d121-101-vwd-brev-ej-skickat", "skane", "1998-07-04", "220", "2024-05-03", [
    N("n1", M, "Läkaranteckning", "malmo_koag", "Ingela Hammarström", "läkare", "2024-04-30T13:00", "2024-04-30T13:15", OV, [
        ("Lab", "VWF:Ag 28 %, VWF:Act 22 %, FVIII 40 %, blodgrupp O."),
        ("Diagnos", "von Willebrands sjukdom typ 1."),
        ("Planering", "Pat har inte fått besked ännu – inget brev skickat, besked per telefon när jag når henne."),
    ])], [(A, "n1")], [],
    "von Willebrand diagnosis on a visible diagnosis line; patient not told yet")

C("d121-101-mcl-far-ej-informeras", "vgr", "1957-10-09", "541", "2024-07-26", [
    N("n1", M, "Läkaranteckning", "sas_hem", "Rasmus Olofsson", "läkare", "2024-07-23T11:00", "2024-07-23T11:30", OV, [
        ("Bedömning", "Bilden inger misstanke om mantelcellslymfom, cyklin D1 positiv i preliminärt svar. "
                      "Pat får ej informeras förrän hematopatologens slutsvar föreligger."),
    ])], [(A, "n1"), (B, "n1")], [],
    "hedged mantle cell lymphoma with an explicit 'får ej informeras' in the visible Bedömning")

C("d121-101-et-calr-planerat-samtal", "skane", "1976-03-11", "163", "2024-04-26", [
    N("n1", M, "Mottagningsanteckning", "trell_med", "Annelie Grahn", "läkare", "2024-04-23T08:50", "2024-04-23T09:15", OV, [
        ("Lab", "CALR-mutation typ 1 påvisad, TPK 880, i övrigt normalt blodstatus."),
        ("Diagnos", "Essentiell trombocytemi."),
        ("Planering", "Pat har inte informerats ännu, planerat samtal 30/4. Trombyl 75 mg rekommenderas då."),
    ])], [(A, "n1")], [],
    "essential thrombocythaemia confirmed; patient not yet informed")

C("d121-101-epikris-ttp-ej-informerad", "vgr", "1984-12-27", "630", "2024-06-14", [
    N("n1", M, "Epikris", "skas_avd", "Jesper Lundqvist", "läkare", "2024-06-11T14:00", "2024-06-11T16:30", SV, [
        ("Utskrivningsdiagnos", "Trombotisk trombocytopen purpura, förvärvad (M31.1)."),
        ("Epikris", "39-årig kvinna som inkom med huvudvärk, petekier och TPK 8. Schistocyter i utstryk och förhöjt LD. "
                    "Plasmaferes startades samma kväll tillsammans med kortison och rituximab, därefter caplacizumab. "
                    "TPK normaliserades dag 5, neurologiska symtom gick helt tillbaka."),
        ("Information", "ADAMTS13 <5 % med påvisad inhibitor kom efter utskrivningen. Pat har ännu inte informerats om att "
                        "svaret bekräftade TTP, det görs vid återbesöket på hematologen."),
        ("Planering", "Återbesök om en vecka med ADAMTS13 och blodstatus. Caplacizumab fortsätter."),
    ])], [(A, "n1")], [],
    "discharge summary with confirmed TTP and an explicit 'not yet informed' about the confirming result")

C("d121-101-aplastisk-anemi-besked-imorgon", "skane", "1997-09-02", "874", "2024-08-09", [
    N("n1", M, "Läkaranteckning", "lund_hemavd", "Petra Sjöstrand", "läkare", "2024-08-06T17:10", "2024-08-06T17:40", SV, [
        ("Utredning", "Benmärgsbiopsi: cellularitet under 10 %, inga blaster, ingen fibros. PNH-klon 3 %."),
        ("Bedömning", "Svår aplastisk anemi. Pat ännu inte informerad, besked ges i morgon av överläkare med kontaktssk närvarande."),
    ])], [(A, "n1")], [],
    "severe aplastic anaemia in a visible note; telling planned for tomorrow")

C("d121-101-typo-inforemrad-lymfom", "vgr", "1963-07-30", "355", "2024-11-22", [
    N("n1", M, "Läkaranteckning", "alingsas_med", "Henrik Bäckström", "läkare", "2024-11-19T09:10", "2024-11-19T09:35", OV, [
        ("Aktuellt", "DT visar konglomerat av lgl i mediastinum och paraaortalt."),
        ("Bedömning", "Bilden är misstänkt för lymfom. Pat inte inforemrad ännu, väntar på PAD."),
    ])], [(A, "n1"), (B, "n1")], [],
    "typo 'inforemrad': suspected lymphoma visible and not told")

C("d121-101-hemolytisk-transfusionsreaktion", "skane", "1952-04-26", "426", "2024-02-23", [
    N("n1", M, "Läkaranteckning", "krist_kir", "Mattias Hellberg", "läkare", "2024-02-20T20:30", "2024-02-20T21:15", SV, [
        ("Aktuellt", "Frossa, hypotension och mörk urin 20 minuter efter start av andra erytrocytenheten postoperativt. "
                     "Transfusionen avbruten omedelbart."),
        ("Bedömning", "Akut hemolytisk transfusionsreaktion pga AB0-inkompatibel enhet efter felidentifiering vid sängen."),
        ("Information", "Pat och anhöriga är ännu inte informerade om händelsen; informeras av ansvarig överläkare i morgon. Avvikelse skriven."),
    ])], [(A, "n1")], [],
    "confirmed haemolytic transfusion reaction, patient not yet told")

C("d121-101-mgus-vet-annu-ej", "vgr", "1950-11-06", "458", "2024-09-06", [
    N("n1", M, "Mottagningsanteckning", "kungalv_med", "Louise Wahlberg", "läkare", "2024-09-03T10:40", "2024-09-03T11:00", OV, [
        ("Bedömning", "Liten M-komponent IgG-kappa 6 g/L, benmärg med 4 % plasmaceller, inga CRAB-kriterier: MGUS. "
                      "Pat vet ännu ej om detta, skriver brev och erbjuder telefontid."),
    ])], [(A, "n1")], [],
    "MGUS stated; 'Pat vet ännu ej om detta' (not yet told)")

C("d121-101-ssk-kml-ej-fatt-veta", "skane", "1974-05-17", "291", "2024-05-24", [
    N("n1", M, "Telefonanteckning", "hbg_hem", "Sofie Lindblad", "sjuksköterska", "2024-05-21T09:15", "2024-05-21T09:25", OV, [
        ("Telefonkontakt", "Pat ringde angående tablettstart. Förstår att hon ska börja med ny medicin men har enligt egen utsago "
                           "inte fått veta vilken sjukdom det gäller. Läkaren har inte hunnit informera om KML, dr Holm ringer upp idag."),
    ])], [(A, "n1")], [],
    "nurse note: CML named while the doctor has not yet told the patient")

C("d121-101-tva-anteckningar-mds-ej-informerad", "vgr", "1944-02-29", "733", "2024-06-28", [
    N("n1", M, "Mottagningsanteckning", "skas_hem", "Agneta Fors", "läkare", "2024-06-03T13:00", "2024-06-03T13:30", OV, [
        ("Aktuellt", "Remiss från VC Mariestad pga sjunkande Hb och TPK sedan ett år."),
        ("Planering", "Benmärgsprov bokas, B12, folat och koppar tas i dag."),
    ]),
    N("n2", M, "Läkaranteckning", "skas_hem", "Agneta Fors", "läkare", "2024-06-25T15:20", "2024-06-25T15:40", OV, [
        ("Utredning", "Benmärgen visar hypoplastisk MDS med multilinjär dysplasi, blaster 3 %."),
        ("Planering", "Pat är inte informerad ännu, kallas till besök med anhörig."),
    ])], [(A, "n2")], [(A, "n1")],
    "two notes: the later result note names MDS and says it is not told; the first note says nothing about telling")

C("d121-101-make-informerad-pat-sederad", "skane", "1968-10-05", "547", "2024-10-18", [
    N("n1", M, "Läkaranteckning", "lund_iva", "Karl Åström", "läkare", "2024-10-15T23:10", "2024-10-16T00:05", SV, [
        ("Aktuellt", "Intuberad pga lungblödning, fibrinogen 0,6. Utstryk och PML-RARA bekräftar akut promyelocytleukemi."),
        ("Information", "Maken informerad per telefon om leukemin. Pat själv har ännu inte informerats då hon är sederad."),
    ])], [(A, "n1")], [],
    "husband told but the (sedated) patient has not been told about APL")

C("d121-101-waldenstrom-utomlands", "vgr", "1945-05-31", "614", "2024-08-23", [
    N("n1", M, "Läkaranteckning", "frolunda", "Gustav Edström", "läkare", "2024-08-20T14:45", "2024-08-20T15:00", OV, [
        ("Utredning", "Benmärg: lymfoplasmacytärt lymfom, MYD88 L265P positiv, dvs Waldenströms makroglobulinemi."),
        ("Planering", "Ej meddelat pat, som är utomlands till 1/9. Besök bokas efter hemkomst."),
    ])], [(A, "n1")], [],
    "Waldenström confirmed, 'Ej meddelat pat' while abroad")

C("d121-101-typo-ej-underattad-hemokromatos", "skane", "1980-12-12", "176", "2024-09-20", [
    N("n1", M, "Läkaranteckning", "landskr_med", "Fatima Rahimi", "läkare", "2024-09-17T11:30", "2024-09-17T11:45", OV, [
        ("Lab", "HFE: homozygot C282Y. Ferritin 1 150."),
        ("Diagnos", "Hereditär hemokromatos."),
        ("Planering", "Pat ej underättad om genresultatet. Vill ge beskedet muntligt, besök bokas nästa vecka."),
    ])], [(A, "n1")], [],
    "typo 'underättad': haemochromatosis on the diagnosis line, patient not told")

C("d121-101-typo-central-lungemoboli-avvaktar", "vgr", "1971-08-18", "251", "2024-12-06", [
    N("n1", M, "Akutanteckning", "su_akut", "Elsa Mårtensson", "läkare", "2024-12-03T01:40", None, SV, [
        ("Aktuellt", "DT lungartärer: central lungemoboli hö sida med tecken på högerkammarbelastning, troponin 45."),
        ("Bedömning", "Pat ej informerad ännu om fyndet, avvaktar att kardiologjouren bedömt. Heparininfusion startad."),
    ])], [(A, "n1")], [],
    "unsigned night note, typo 'lungemoboli': central PE found, patient not informed")

C("d121-101-pad-ej-meddelat-trots-misstanke", "skane", "1965-06-09", "332", "2024-03-29", [
    N("n1", M, "Läkaranteckning", "ystad_med", "Rikard Palm", "läkare", "2024-03-26T15:30", "2024-03-26T15:50", OV, [
        ("Utredning", "PAD från axillkörteln: follikulärt lymfom grad 3A."),
        ("Bedömning", "Pat informerades förra veckan om att vi misstänkte lymfom. Det slutliga PAD-svaret har ännu inte meddelats pat."),
    ])], [(A, "n1")], [],
    "patient knew of a suspicion earlier, but the confirmed follicular lymphoma is not yet told")

C("d121-101-vgr-hit-bekraftad-ej-informerad", "vgr", "1946-08-13", "567", "2024-10-18", [
    N("n1", M, "Konsultationsanteckning", "su_koag", "Anders Lindh", "läkare", "2024-10-15T10:10", "2024-10-15T10:40", SV, [
        ("Bedömning", "Positivt funktionellt test (HIPA) bekräftar HIT. Argatroban insatt, Fragmin registrerad som överkänslighet i journalen."),
        ("Information", "Pat ej informerad ännu om HIT-diagnosen då hon är postoperativt trött och konfusorisk; informeras när hon är klarare."),
    ])], [(A, "n1")], [],
    "confirmed HIT in a visible consult; patient not yet informed")

C("d121-101-pmo-remiss-melior-kml-ej-besked", "skane", "1969-04-18", "238", "2024-05-17", [
    N("n1", P, "Läkarbesök", "vc_bjuv", "Ebba Nyberg", "läkare", "2024-04-22T09:00", "2024-04-22T09:30", OV, [
        ("Aktuellt", "Trötthet och tyngdkänsla under vä arcus. LPK 55 med vänsterförskjutning, TPK 610."),
        ("Åtgärd", "Remiss skickad till hematologen Helsingborg, prio 1."),
    ]),
    N("n2", M, "Läkaranteckning", "hbg_hem", "Mats Grönberg", "läkare", "2024-05-14T11:00", "2024-05-14T11:20", OV, [
        ("Utredning", "Benmärg och PCR: BCR-ABL1 positiv KML i kronisk fas, Sokal låg risk."),
        ("Planering", "Pat har inte fått diagnosen ännu, besked och imatinibstart på återbesöket torsdag."),
    ])], [(A, "n2")], [],
    "PMO referral note then a Melior result note naming CML that the patient has not been told (assert the Melior note)")

# ---------------------------------------------------------------- NL101 must_not

C("d121-101-informerad-idag-myelom", "skane", "1954-03-14", "318", "2024-04-05", [
    N("n1", M, "Läkaranteckning", "lund_hem", "Viktoria Nord", "läkare", "2024-04-02T13:30", "2024-04-02T14:30", OV, [
        ("Information", "Informerat pat och sonen om diagnosen multipelt myelom, IgG-kappa, ISS I."),
        ("Planering", "Genomgått behandlingsalternativ, pat önskar starta med VRd. Tandläkarbedömning före zoledronsyra."),
    ])], [], [(A, "n1"), (B, "n1")],
    "patient told today about the myeloma")

C("d121-101-kand-kll-sedan-2019", "vgr", "1941-06-26", "585", "2024-07-12", [
    N("n1", M, "Mottagningsanteckning", "sas_hem", "Oscar Lövgren", "läkare", "2024-07-09T09:15", "2024-07-09T09:35", OV, [
        ("Aktuellt", "Känd KLL sedan 2019, pat väl insatt i sin sjukdom och följer själv sina värden på 1177."),
        ("Bedömning", "LPK 38, Hb 132, TPK 160, stabilt. Uppfyller inte iwCLL-kriterierna för behandlingsstart."),
    ])], [], [(A, "n1")],
    "known and long-told CLL")

C("d121-101-ej-informerad-om-splenektomidatum", "skane", "1990-09-19", "407", "2024-06-14", [
    N("n1", M, "Mottagningsanteckning", "malmo_hem", "Filip Carlsson", "läkare", "2024-06-11T10:30", "2024-06-11T10:55", OV, [
        ("Aktuellt", "Kronisk ITP sedan 2021, TPK 14 trots eltrombopag. Pat välinformerad och önskar splenektomi."),
        ("Planering", "Pat är ännu inte informerad om tiden för splenektomin, kirurgen ringer henne. Vaccinationer enligt PM."),
    ])], [], [(A, "n1")],
    "what the patient has not been told is an operation date, not a diagnosis")

C("d121-101-remiss-allo-ej-meddelad", "vgr", "1978-01-04", "690", "2024-02-16", [
    N("n1", M, "Läkaranteckning", "nal_med", "Alva Berggren", "läkare", "2024-02-13T14:20", "2024-02-13T14:40", OV, [
        ("Aktuellt", "AML i första kompletta remission efter två kurer, informerad om transplantationsplanen vid förra besöket."),
        ("Åtgärd", "Remiss till Sahlgrenska för allo-SCT-bedömning skickad i dag. Pat ännu ej meddelad att remissen gått iväg."),
    ])], [], [(A, "n1")],
    "untold item is that a referral was sent; the AML is known to the patient")

C("d121-101-normal-benmarg-ej-besked", "skane", "1969-11-25", "214", "2024-05-17", [
    N("n1", M, "Läkaranteckning", "krist_med", "Marie Jeppsson", "läkare", "2024-05-14T16:00", "2024-05-14T16:10", OV, [
        ("Utredning", "Benmärgsprov: normocellulär märg, normal mognad i alla tre cellinjer, inga blaster eller plasmacellsökning."),
        ("Bedömning", "Inget som talar för hematologisk malignitet. Pat har inte fått svaret ännu, ringer henne i morgon."),
    ])], [], [(A, "n1"), (B, "n1")],
    "untold result is a normal bone marrow; malignancy negated")

C("d121-101-tidiga-hyp-mall-mds-ej-info", "skane", "1950-07-02", "865", "2024-07-19", [
    N("n1", M, "Tidiga hypoteser", "angel_med", "Helena Söderberg", "läkare", "2024-07-16T11:00", "2024-07-16T11:05", OV, [
        ("Bedömning", "Misstänkt myelodysplastiskt syndrom. Pat ej informerad om misstanken, invänta benmärgsprovet."),
    ])], [], [(A, "n1"), (B, "n1")],
    "Skåne: untold hypothesis only in a note with template Tidiga hypoteser")

C("d121-101-vgr-th-sokord-lagmalignt", "vgr", "1956-04-21", "524", "2024-04-12", [
    N("n1", M, "Mottagningsanteckning", "kungalv_med", "Johanna Pettersson", "läkare", "2024-04-09T14:10", "2024-04-09T14:40", OV, [
        ("Aktuellt", "Återbesök, uppföljning av lymfocytos. Mår bra, arbetar heltid."),
        ("Tidiga hypoteser", "Trol. lågmalignt lymfom av marginalzonstyp, ej kommunicerat med pat."),
        ("Planering", "Nytt blodstatus och flödescytometri om 3 månader."),
    ])], [], [(A, "n1"), (B, "n1")],
    "VGR: untold hypothesis only under sökord Tidiga hypoteser; visible parts hold no diagnosis")

C("d121-101-pat-informerad-maken-ej", "skane", "1973-02-13", "482", "2024-08-16", [
    N("n1", M, "Läkaranteckning", "malmo_hem", "Emil Rydberg", "läkare", "2024-08-13T11:15", "2024-08-13T12:00", OV, [
        ("Information", "Pat informerad om diagnosen AML och planerad induktionsbehandling som startar på måndag."),
        ("Övrigt", "Maken har inte informerats ännu, pat vill berätta själv i kväll."),
    ])], [], [(A, "n1")],
    "patient told, only the husband not yet")

C("d121-101-inget-om-information-myelom", "vgr", "1948-09-08", "133", "2024-09-27", [
    N("n1", M, "Mottagningsanteckning", "skas_hem", "Robin Axelsson", "läkare", "2024-09-24T10:00", "2024-09-24T10:20", OV, [
        ("Aktuellt", "Myelom i stabil fas på lenalidomid 10 mg, M-komponent 3 g/L oförändrad."),
        ("Planering", "Fortsatt behandling, nästa kontroll om 3 månader."),
    ])], [], [(A, "n1")],
    "diagnosis written, nothing said about telling")

C("d121-101-prognos-ej-diskuterad", "skane", "1940-10-30", "728", "2024-10-25", [
    N("n1", M, "Läkaranteckning", "ystad_med", "Gunnar Falk", "läkare", "2024-10-22T14:00", "2024-10-22T14:40", OV, [
        ("Information", "Pat informerad om att benmärgen visar MDS. Prognosen och IPSS-R har vi inte gått igenom ännu, tas vid nästa besök."),
    ])], [], [(A, "n1")],
    "diagnosis told; only the prognosis is not yet discussed")

C("d121-101-vgr-tva-anteckningar-kml-senare-informerad", "vgr", "1982-06-06", "469", "2024-03-08", [
    N("n1", M, "Mottagningsanteckning", "su_hem", "Daniel Sjögren", "läkare", "2024-02-20T09:00", "2024-02-20T09:30", OV, [
        ("Aktuellt", "LPK 62 med basofili, pat känner sig i övrigt frisk."),
        ("Tidiga hypoteser", "Misstänkt KML, ej meddelat pat."),
    ]),
    N("n2", M, "Läkaranteckning", "su_hem", "Daniel Sjögren", "läkare", "2024-02-27T13:00", "2024-02-27T13:45", OV, [
        ("Bedömning", "BCR-ABL1 positivt, b3a2-transkript. Informerat pat om diagnosen KML i kronisk fas."),
        ("Åtgärd", "Start imatinib 400 mg. Skriftlig information och kontaktsjuksköterska."),
    ])], [], [(A, "n2")],
    "VGR: hypothesis first kept under Tidiga hypoteser, the later visible note tells the patient")

C("d121-101-skane-tva-anteckningar-myelom-informerad", "skane", "1949-12-03", "556", "2024-11-15", [
    N("n1", M, "Tidiga hypoteser", "hbg_hem", "Tove Ekberg", "läkare", "2024-10-29T10:00", "2024-10-29T10:05", OV, [
        ("Bedömning", "Sannolikt myelom. Pat ej informerad om misstanken."),
    ]),
    N("n2", M, "Läkaranteckning", "hbg_hem", "Tove Ekberg", "läkare", "2024-11-12T14:00", "2024-11-12T14:50", OV, [
        ("Information", "Samtal med pat och dottern: informerade om myelomdiagnosen och att behandlingen börjar nästa vecka."),
    ])], [], [(A, "n2")],
    "Skåne: Tidiga hypoteser note first, later visible note says the patient was told")

C("d121-101-ak-ny-dos-ej-meddelad", "skane", "1942-01-17", "845", "2024-01-26", [
    N("n1", M, "AK-anteckning", "krist_ak", "Anette Svensson", "sjuksköterska", "2024-01-23T13:10", "2024-01-23T13:20", OV, [
        ("Aktuellt", "Förmaksflimmer, Waran sedan 2018. INR 3,4, dosen sänks till 2,5 mg dagligen."),
        ("Planering", "Pat har ännu inte fått den nya doseringen, nås ej per telefon – brev skickas idag."),
    ])], [], [(A, "n1")],
    "AK nurse: what the patient has not been told is a new Warfarin dose")

C("d121-101-ssk-informerad-transfusion", "vgr", "1938-11-11", "372", "2024-12-13", [
    N("n1", M, "Sjuksköterskeanteckning", "skas_avd", "Maja Gustafsson", "sjuksköterska", "2024-12-10T08:30", "2024-12-10T08:40", SV, [
        ("Omvårdnad", "Hb 72 vid känd MDS. Pat informerad om behovet av transfusion, samtycker. Blodgruppering och BAS-test tagna."),
    ])], [], [(A, "n1")],
    "nursing note, known MDS, patient informed about the transfusion")

C("d121-101-typo-informerdes-lungemboli", "skane", "1959-08-27", "602", "2024-02-09", [
    N("n1", M, "AK-anteckning", "hbg_ak", "Ulla Kjellberg", "sjuksköterska", "2024-02-06T10:20", "2024-02-06T10:40", OV, [
        ("Aktuellt", "Pat informerdes om lungembolin av avdelningsläkaren vid inläggningen 1/2."),
        ("Åtgärd", "AK-start med Waran, INR-mål 2–3, Fragmin tills INR över 2 två dagar i rad. Provtagning på VC Bjuv."),
    ])], [], [(A, "n1")],
    "typo 'informerdes': patient was told about the PE at admission")

C("d121-101-typo-infomerad-follikulart", "vgr", "1966-12-19", "337", "2024-05-31", [
    N("n1", M, "Läkaranteckning", "su_hem", "Sara Lidén", "läkare", "2024-05-28T15:00", "2024-05-28T15:35", OV, [
        ("Information", "Pat infomerad om diagnosen follikulärt lymfom grad 2, stadium III. Watch and wait, inga behandlingskrävande symtom."),
    ])], [], [(A, "n1")],
    "typo 'infomerad' in the sentence that says the patient was told")

C("d121-101-barn-itp-foraldrar-informerade", "skane", "2014-04-04", "293", "2024-06-07", [
    N("n1", M, "Läkaranteckning", "lund_barn", "Moa Hedin", "läkare", "2024-06-04T10:00", "2024-06-04T10:40", OV, [
        ("Bedömning", "10-årig flicka med ITP sedan 4 veckor, TPK 22, inga slemhinneblödningar."),
        ("Information", "Föräldrarna och barnet informerade om ITP-diagnosen. Skriftlig info om blödningstecken och kontaktidrott."),
    ])], [], [(A, "n1")],
    "child under 13: child and guardians told about ITP")

C("d121-101-ej-informerad-om-studie", "vgr", "1961-03-27", "911", "2024-10-11", [
    N("n1", M, "Mottagningsanteckning", "su_hem", "Jonatan Hjelm", "läkare", "2024-10-08T11:00", "2024-10-08T11:25", OV, [
        ("Aktuellt", "Myelom, nydiagnostiserat i augusti, svarar bra på induktion."),
        ("Planering", "Kan vara aktuell för en öppen behandlingsstudie. Pat ännu ej informerad om studiens upplägg, skriftlig info skickas hem."),
    ])], [], [(A, "n1")],
    "what the patient has not been told about is a study, not a diagnosis")

C("d121-101-barnen-ska-ej-veta", "skane", "1981-05-03", "444", "2024-12-13", [
    N("n1", M, "Läkaranteckning", "lund_hem", "Cornelia Berg", "läkare", "2024-12-10T09:30", None, OV, [
        ("Bedömning", "Recidiv av Hodgkinlymfom på PET-DT, biopsiverifierat."),
        ("Information", "Pat är informerad om att lymfomet har återkommit. Hon vill inte att barnen ska få veta förrän efter jul."),
    ])], [], [(A, "n1")],
    "patient told about the relapse, only her children not")

C("d121-101-pv-flebotomi-tid-flyttad", "vgr", "1958-10-14", "576", "2024-03-22", [
    N("n1", M, "Sjuksköterskeanteckning", "sas_hem", "Hanna Wiberg", "sjuksköterska", "2024-03-19T08:20", None, OV, [
        ("Aktuellt", "Känd polycytemia vera, flebotomi var 6:e vecka. Pat har inte blivit informerad om att tiden flyttats till v. 14; ringer i eftermiddag."),
    ])], [], [(A, "n1")],
    "untold item is a moved appointment")

C("d121-101-normal-elfores-brev", "skane", "1953-09-09", "245", "2024-09-13", [
    N("n1", M, "Läkaranteckning", "angel_med", "Johan Rask", "läkare", "2024-09-10T16:30", "2024-09-10T16:40", OV, [
        ("Lab", "Elfores utan M-komponent, fria lätta kedjor normala, Hb 128."),
        ("Planering", "Besked om det normala svaret har pat ännu inte fått – skickar brev i dag."),
    ])], [], [(A, "n1")],
    "untold result is a normal electrophoresis")

C("d121-101-dr-informerat-myelofibros", "vgr", "1952-02-01", "318", "2024-06-21", [
    N("n1", M, "Telefonanteckning", "skas_hem", "Lisa Ahlström", "sjuksköterska", "2024-06-18T13:45", "2024-06-18T13:55", OV, [
        ("Telefonkontakt", "Dr Berg har i går per telefon informerat pat om att benmärgen visade primär myelofibros. "
                           "Pat har frågor om Jakavi och biverkningar, tid bokad hos kontaktssk på fredag."),
    ])], [], [(A, "n1")],
    "the doctor told the patient yesterday about myelofibrosis")

C("d121-101-ej-informerad-om-lugnande-besked", "skane", "1986-07-15", "509", "2024-11-08", [
    N("n1", M, "Läkaranteckning", "hbg_hem", "Nina Lilja", "läkare", "2024-11-05T12:00", "2024-11-05T12:20", OV, [
        ("Bedömning", "Kontroll-PET negativ. Ingen misstanke om lymfom längre. Pat ej informerad ännu om det lugnande beskedet, nås i morgon."),
    ])], [], [(A, "n1"), (B, "n1")],
    "untold item is a reassuring result with lymphoma negated")

C("d121-101-long-myelom-start-informerad", "vgr", "1957-04-28", "627", "2024-02-23", [
    N("n1", M, "Mottagningsanteckning", "su_hem", "Per Widmark", "läkare", "2024-02-20T10:00", "2024-02-20T11:30", OV, [
        ("Anamnes", "66-årig man, tidigare frisk frånsett hypertoni. Sökte VC i december för ländryggssmärta och trötthet, "
                    "fick NSAID utan effekt. Hb 101 och förhöjt krea ledde till elfores som visade M-komponent."),
        ("Status", "AT gott, lätt blek. Ömhet över L3. Cor och pulm ua. Ingen neurologisk påverkan i benen."),
        ("Utredning", "M-komponent IgG-kappa 46 g/L, fria kappakedjor 820 mg/L, kvot 95. Benmärg 45 % klonala plasmaceller, "
                      "FISH utan högriskaberrationer. Lågdos-DT: osteolys L3 utan instabilitet. Ca 2,55, krea 132, "
                      "beta2-mikroglobulin 4,8."),
        ("Diagnos", "Multipelt myelom IgG-kappa, R-ISS II."),
        ("Information", "Pat och hustrun informerade om diagnosen, att sjukdomen är behandlingsbar men inte botbar, "
                        "samt om planerad induktion och högdosbehandling med autolog stamcellstransplantation. "
                        "De ställde många frågor och fick skriftlig information och kontaktsjuksköterskans nummer."),
        ("Planering", "Start Dara-VTd nästa vecka. Aciklovir, Trombyl och zoledronsyra efter tandläkarbedömning. "
                      "Strålbehandling mot L3 diskuteras på MDK. Återbesök efter första cykeln."),
        ("Läkemedel", "Amlodipin 5 mg x 1. Ibuprofen utsatt med hänsyn till njurfunktionen, Alvedon 1 g x 3 och "
                      "Oxynorm 5 mg vid behov mot ryggsmärtan."),
        ("Övrigt", "Arbetar som busschaufför, sjukskriven 100 % i tre månader till att börja med. Hustrun är undersköterska "
                   "och vill vara med vid behandlingsstarten. Körkortsfrågan tas upp när smärtan är under kontroll. "
                   "Vaccination mot influensa och pneumokocker före start, covid-dos given i november."),
    ])], [], [(A, "n1")],
    "long chart: diagnosis given and patient plus wife informed")

C("d121-101-th-mall-pad-dlbcl", "skane", "1970-06-24", "381", "2024-03-08", [
    N("n1", M, "Tidiga hypoteser", "malmo_hem", "Agnes Thulin", "läkare", "2024-03-05T17:00", "2024-03-05T17:05", OV, [
        ("Bedömning", "PAD visar diffust storcelligt B-cellslymfom. Pat ej informerad, får beskedet på torsdag."),
    ])], [], [(A, "n1")],
    "Skåne: confirmed but untold lymphoma kept only in a Tidiga hypoteser note (NL104 not asserted)")

C("d121-101-vgr-th-t-pll-synligt-utan-diagnos", "vgr", "1944-12-30", "205", "2024-08-02", [
    N("n1", M, "Läkaranteckning", "su_hem", "Karl-Johan Björk", "läkare", "2024-07-30T15:00", "2024-07-30T15:30", OV, [
        ("Bedömning", "Fortsatt utredning av lymfocytosen, se separat anteckning. Pat informerad om att svaren dröjer två veckor."),
        ("Tidiga hypoteser", "Flödescytometri ger bild som vid T-prolymfocytleukemi, ännu ej meddelat pat."),
    ])], [], [(A, "n1"), (B, "n1")],
    "VGR: untold hypothesis only under Tidiga hypoteser; visible part says only that results take time")

C("d121-101-sfarocytos-sedan-barndomen", "skane", "1995-03-22", "623", "2024-04-19", [
    N("n1", M, "Mottagningsanteckning", "landskr_med", "Kevin Lundgren", "läkare", "2024-04-16T13:00", "2024-04-16T13:25", OV, [
        ("Aktuellt", "Har haft hereditär sfärocytos sedan barndomen och känner väl till sin diagnos. Gallstensanfall i mars."),
        ("Planering", "Remiss kirurgen för kolecystektomi. Folsyra fortsätter."),
    ])], [], [(A, "n1")],
    "patient has long known her diagnosis")

C("d121-101-barn-hemofili-kallelse", "vgr", "2015-09-12", "734", "2024-11-29", [
    N("n1", M, "Sjuksköterskeanteckning", "dsbus", "Louise Frisk", "sjuksköterska", "2024-11-26T09:00", "2024-11-26T09:10", OV, [
        ("Aktuellt", "Svår hemofili A, känd sedan nyföddhetsperioden, profylax med emicizumab."),
        ("Planering", "Föräldrarna har inte fått kallelsen till tandläkaren ännu, skickas om via 1177."),
    ])], [], [(A, "n1")],
    "child under 13, long-known haemophilia; the untold thing is a dental appointment")

C("d121-101-ssk-ak-pat-vet-om-dvt", "vgr", "1967-01-28", "452", "2024-01-12", [
    N("n1", M, "AK-anteckning", "kungalv_ak", "Britt Hansson", "sjuksköterska", "2024-01-09T14:15", "2024-01-09T14:25", OV, [
        ("Telefonkontakt", "Pat vet om sin andra DVT sedan besöket på akuten och har läst om den på 1177. "
                           "Frågar om hon kan resa till Thailand i mars."),
        ("Åtgärd", "Råd om kompressionsstrumpa och rörelse under flygresan. Eliquis fortsätter tills vidare."),
    ])], [], [(A, "n1")],
    "patient already knows about the DVT")

C("d121-101-leukemi-ej-informerad-om-hemgang", "skane", "1979-11-08", "118", "2024-05-03", [
    N("n1", M, "Daganteckning", "lund_hemavd", "Elias Granath", "läkare", "2024-04-30T11:30", "2024-04-30T11:50", SV, [
        ("Aktuellt", "ALL i remission efter induktion, informerad om MRD-negativiteten i fredags."),
        ("Planering", "Pat har ännu inte fått veta att hemgång blir i morgon, ssk informerar efter lunch."),
    ])], [], [(A, "n1")],
    "what is still untold is the discharge day; the ALL is known")

# ---------------------------------------------------------------- validation

SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")
KEYS_TOP = ["case", "ruleset", "record", "must", "must_not", "why"]
KEYS_NOTE = ["id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"]


def age_on(birth, day):
    b = datetime.date.fromisoformat(birth)
    return day.year - b.year - ((day.month, day.day) < (b.month, b.day))


def validate(cases):
    errors = []
    names = set()
    seen = {}
    for c in cases:
        name = c["case"]
        if name in names:
            errors.append("duplicate case name " + name)
        names.add(name)
        if not name.startswith("d121-"):
            errors.append(name + ": bad prefix")
        if c["ruleset"] not in ("skane", "vgr"):
            errors.append(name + ": bad ruleset")
        rec = c["record"]
        pid = rec["patient"]["id"]
        birth = rec["patient"]["birth_date"]
        m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})-(\d{3})(\d)", pid)
        if not m or "%s-%s-%s" % m.group(1, 2, 3) != birth:
            errors.append(name + ": personnummer does not match birth date")
        elif luhn_digit(pid[2:8] + pid[9:12]) != pid[12]:
            errors.append(name + ": Luhn check failed")
        as_of = datetime.datetime.fromisoformat(rec["as_of"])
        if as_of.year != 2024:
            errors.append(name + ": as_of not in 2024")
        age = age_on(birth, as_of.date())
        if 13 <= age <= 15:
            errors.append(name + ": patient aged 13-15")
        note_ids = set()
        for n in rec["notes"]:
            region = n.pop("_unit_region")
            if region != c["ruleset"]:
                errors.append(name + ": unit region mismatch")
            if list(n.keys()) != KEYS_NOTE:
                errors.append(name + ": note keys")
            note_ids.add(n["id"])
            if n["system"] not in ("Melior", "PMO"):
                errors.append(name + ": bad system")
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                errors.append(name + ": VGR note not Melior")
            t = datetime.datetime.fromisoformat(n["time"])
            if t.year != 2024 or t > as_of:
                errors.append(name + ": note time")
            nage = age_on(birth, t.date())
            if 13 <= nage <= 15:
                errors.append(name + ": patient aged 13-15 at note time")
            if n["signed"] is not None:
                s = datetime.datetime.fromisoformat(n["signed"])
                if s.year != 2024 or s < t or s > as_of:
                    errors.append(name + ": signed time")
            for sec in n["sections"]:
                if not sec["keyword"] or not sec["text"].strip():
                    errors.append(name + ": empty section")
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen and seen[sent] != (name, n["id"], sec["keyword"]):
                            errors.append("%s: sentence repeated (also in %s): %s" % (name, seen[sent][0], sent))
                        seen.setdefault(sent, (name, n["id"], sec["keyword"]))
        systems = {n["id"]: n["system"] for n in rec["notes"]}
        if not c["must"] and not c["must_not"]:
            errors.append(name + ": asserts nothing")
        pairs = [tuple(x) for x in c["must"]] + [tuple(x) for x in c["must_not"]]
        if len(set(pairs)) != len(pairs):
            errors.append(name + ": duplicate or contradictory assertion")
        for code, target in pairs:
            if code not in ("NL101", "NL102"):
                errors.append(name + ": unexpected code " + code)
            if target not in note_ids:
                errors.append(name + ": target %s missing" % target)
                continue
            if code == "NL102" and systems[target] != "Melior" and [code, target] in c["must"]:
                errors.append(name + ": NL102 must on non-Melior note")
            if code == "NL101" and systems[target] == "PMO":
                errors.append(name + ": NL101 asserted on PMO")
        if not c["why"].strip():
            errors.append(name + ": empty why")
        if list(c.keys()) != KEYS_TOP:
            errors.append(name + ": top keys")
    return errors


def main():
    errors = validate(CASES)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    stats = {}
    for c in CASES:
        for kind in ("must", "must_not"):
            for code, _t in c[kind]:
                stats[(code, kind)] = stats.get((code, kind), 0) + 1
    print("%d cases written to %s" % (len(CASES), OUT))
    for k in sorted(stats):
        print("  %s %-8s %d" % (k[0], k[1], stats[k]))


if __name__ == "__main__":
    main()
