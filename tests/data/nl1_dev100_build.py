#!/usr/bin/env python3
"""dev100: newborns and small children (neonatal wards, BB, BVC, paediatric emergency).

Independent test cases for NL101/NL102, written from the regional routines and the
rule definitions only. Standard library only, deterministic. Running it writes
cases.jsonl next to this file and exits 1 on any validation problem.

Patients under 13: the guardians read the journal, so "the patient has not been told"
is written as "föräldrarna/vårdnadshavarna är inte informerade". Notes in the mother's
own journal that mention the baby's conditions treat the baby as a relative.
"""
import json
import os
import re
import sys
from datetime import date, datetime, timedelta

# ---------------------------------------------------------------------------
# units (name, hsa_id)
# ---------------------------------------------------------------------------
U = {
    # Region Skåne, Melior (hospital care)
    "sk_neo_lund": ("Neonatalavdelningen, Skånes universitetssjukhus Lund", "SE2321000255-6110"),
    "sk_neo_malmo": ("Neonatalavdelningen, Skånes universitetssjukhus Malmö", "SE2321000255-6121"),
    "sk_neo_krist": ("Neonatalavdelningen, Centralsjukhuset Kristianstad", "SE2321000255-6132"),
    "sk_neo_hbg": ("Neonatalavdelningen, Helsingborgs lasarett", "SE2321000255-6143"),
    "sk_bb_lund": ("BB-avdelningen, Skånes universitetssjukhus Lund", "SE2321000255-5210"),
    "sk_bb_malmo": ("BB-avdelningen, Skånes universitetssjukhus Malmö", "SE2321000255-5221"),
    "sk_bb_hbg": ("BB-avdelningen, Helsingborgs lasarett", "SE2321000255-5232"),
    "sk_bb_krist": ("BB-avdelningen, Centralsjukhuset Kristianstad", "SE2321000255-5243"),
    "sk_bb_ystad": ("BB-avdelningen, Lasarettet Ystad", "SE2321000255-5254"),
    "sk_akut_lund": ("Barnakuten, Skånes universitetssjukhus Lund", "SE2321000255-7301"),
    "sk_akut_malmo": ("Barnakuten, Skånes universitetssjukhus Malmö", "SE2321000255-7312"),
    "sk_akut_hbg": ("Barnakuten, Helsingborgs lasarett", "SE2321000255-7323"),
    "sk_avd_lund": ("Barnmedicinsk vårdavdelning, Skånes universitetssjukhus Lund", "SE2321000255-7334"),
    "sk_avd_hbg": ("Barnmedicinsk vårdavdelning, Helsingborgs lasarett", "SE2321000255-7345"),
    "sk_avd_krist": ("Barnmedicinsk vårdavdelning, Centralsjukhuset Kristianstad", "SE2321000255-7356"),
    "sk_bmott_lund": ("Barnmedicinska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7367"),
    "sk_bmott_malmo": ("Barn- och ungdomsmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-7378"),
    "sk_bmott_krist": ("Barn- och ungdomsmedicinska mottagningen, Centralsjukhuset Kristianstad", "SE2321000255-7389"),
    "sk_bmott_hbg": ("Barn- och ungdomsmottagningen, Helsingborgs lasarett", "SE2321000255-7390"),
    "sk_bhjarta": ("Barnhjärtmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7401"),
    "sk_borto": ("Barnortopedmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-7412"),
    "sk_bnefro": ("Barnnefrologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7423"),
    "sk_bkir": ("Barnkirurgiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7434"),
    # Region Skåne, PMO (primary care)
    "sk_bvc_krydd": ("BVC, Vårdcentralen Kryddgården Malmö", "SE2321000255-3101"),
    "sk_bvc_hassle": ("Barnavårdscentralen, Hälsan Hässleholm", "SE2321000255-3112"),
    "sk_bvc_eslov": ("BVC, Familjecentralen Eslöv", "SE2321000255-3123"),
    "sk_bvc_landskr": ("BVC, Vårdcentralen Landskrona", "SE2321000255-3134"),
    "sk_bvc_hbg": ("BVC, Vårdcentralen Drottninghög Helsingborg", "SE2321000255-3145"),
    "sk_vc_osterlen": ("Vårdcentralen Österlen, Simrishamn", "SE2321000255-3156"),
    "sk_bmm_trelle": ("Barnmorskemottagningen, Vårdcentralen Trelleborg", "SE2321000255-3167"),
    "sk_bvc_ystad": ("BVC, Vårdcentralen Ystad", "SE2321000255-3178"),
    # Västra Götalandsregionen, Melior
    "vg_neo_ostra": ("Neonatalavdelning 316, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-1101"),
    "vg_neo_dsbus": ("Neonatal intensivvårdsavdelning, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-1112"),
    "vg_neo_nal": ("Neonatalavdelningen, NU-sjukvården NÄL", "SE2321000131-1123"),
    "vg_neo_boras": ("Neonatalavdelningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-1134"),
    "vg_neo_skovde": ("Neonatalavdelningen, Skaraborgs sjukhus Skövde", "SE2321000131-1145"),
    "vg_bb_ostra": ("BB-avdelningen, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-1201"),
    "vg_bb_molndal": ("BB Mölndal, Sahlgrenska Universitetssjukhuset", "SE2321000131-1212"),
    "vg_bb_nal": ("BB-avdelningen, NU-sjukvården NÄL", "SE2321000131-1223"),
    "vg_bb_boras": ("BB-avdelningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-1234"),
    "vg_bb_skovde": ("BB-avdelningen, Skaraborgs sjukhus Skövde", "SE2321000131-1245"),
    "vg_forl_ostra": ("Förlossningsavdelningen, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-1256"),
    "vg_amn": ("Amningsmottagningen, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-1267"),
    "vg_akut_dsbus": ("Barnakuten, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-1301"),
    "vg_akut_nal": ("Barnakuten, NU-sjukvården NÄL", "SE2321000131-1312"),
    "vg_akut_boras": ("Barnakuten, Södra Älvsborgs sjukhus Borås", "SE2321000131-1323"),
    "vg_akut_skovde": ("Barnakuten, Skaraborgs sjukhus Skövde", "SE2321000131-1334"),
    "vg_avd_inf": ("Barnavdelning 323 infektion, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-1345"),
    "vg_avd_nal": ("Barnavdelningen, NU-sjukvården NÄL", "SE2321000131-1356"),
    "vg_avd_boras": ("Barn- och ungdomsavdelningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-1367"),
    "vg_avd_skovde": ("Barnavdelningen, Skaraborgs sjukhus Skövde", "SE2321000131-1378"),
    "vg_bmott_dsbus": ("Barn- och ungdomsmottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-1401"),
    "vg_bmott_boras": ("Barn- och ungdomsmottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-1412"),
    "vg_bmott_skovde": ("Barnmottagningen, Skaraborgs sjukhus Skövde", "SE2321000131-1423"),
    "vg_bmott_aling": ("Barnmottagningen, Alingsås lasarett", "SE2321000131-1434"),
    "vg_bmott_kungalv": ("Barn- och ungdomsmottagningen, Kungälvs sjukhus", "SE2321000131-1445"),
    "vg_bkard": ("Barnkardiologiska mottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-1456"),
    "vg_borto": ("Barnortopedmottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-1467"),
    "vg_bendo": ("Barnendokrinologiska mottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-1478"),
    "vg_bkir": ("Barnkirurgiska mottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-1489"),
    "vg_kard_ostra": ("Kardiologmottagningen, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-1490"),
}

# ---------------------------------------------------------------------------
# authors (name, role)
# ---------------------------------------------------------------------------
A = {
    # Skåne
    "sk_dr_lindqvist": ("Karin Lindqvist", "läkare"),
    "sk_dr_rahimi": ("Ahmad Rahimi", "läkare"),
    "sk_dr_ohlsson": ("Per Ohlsson", "läkare"),
    "sk_dr_nilsson": ("Johan Nilsson", "läkare"),
    "sk_dr_svensson": ("Maria Svensson", "läkare"),
    "sk_dr_lundgren": ("Oskar Lundgren", "läkare"),
    "sk_dr_haddad": ("Fatima Haddad", "läkare"),
    "sk_dr_thorsson": ("Erik Thorsson", "läkare"),
    "sk_dr_malmberg": ("Ingrid Malmberg", "läkare"),
    "sk_dr_jeppsson": ("Lars Jeppsson", "läkare"),
    "sk_dr_wojcik": ("Agnieszka Wójcik", "läkare"),
    "sk_dr_berglund": ("Henrik Berglund", "läkare"),
    "sk_ssk_bengtsson": ("Sofia Bengtsson", "sjuksköterska"),
    "sk_ssk_persson": ("Lina Persson", "sjuksköterska"),
    "sk_ssk_akesson": ("Helena Åkesson", "sjuksköterska"),
    "sk_ssk_martensson": ("Anna-Karin Mårtensson", "sjuksköterska"),
    "sk_ssk_nguyen": ("Linh Nguyen", "sjuksköterska"),
    "sk_bm_hakansson": ("Emma Håkansson", "barnmorska"),
    "sk_bm_friberg": ("Malin Friberg", "barnmorska"),
    "sk_bm_sandberg": ("Therese Sandberg", "barnmorska"),
    "sk_us_holm": ("Jenny Holm", "undersköterska"),
    # VGR
    "vg_dr_wikstrom": ("Anders Wikström", "läkare"),
    "vg_dr_karlsson": ("Elin Karlsson", "läkare"),
    "vg_dr_andersson": ("Mikael Andersson", "läkare"),
    "vg_dr_yousef": ("Nadia Yousef", "läkare"),
    "vg_dr_berg": ("Gustav Berg", "läkare"),
    "vg_dr_strand": ("Cecilia Strand", "läkare"),
    "vg_dr_hedlund": ("Björn Hedlund", "läkare"),
    "vg_dr_sjoberg": ("Katarina Sjöberg", "läkare"),
    "vg_dr_olofsson": ("Maja Olofsson", "läkare"),
    "vg_dr_ek": ("Tomas Ek", "läkare"),
    "vg_dr_petrovic": ("Milan Petrović", "läkare"),
    "vg_dr_lindberg": ("Sara Lindberg", "läkare"),
    "vg_ssk_johansson": ("Hanna Johansson", "sjuksköterska"),
    "vg_ssk_lind": ("Jonas Lind", "sjuksköterska"),
    "vg_ssk_ali": ("Amina Ali", "sjuksköterska"),
    "vg_bm_eriksson": ("Louise Eriksson", "barnmorska"),
    "vg_bm_dahl": ("Ulrika Dahl", "barnmorska"),
    "vg_bm_gustafsson": ("Frida Gustafsson", "barnmorska"),
}

CASES = []


def N(nid, system, template, unit, author, time, signed, setting, sections, refs=None):
    """One note. time 'YYYY-MM-DD HH:MM'; signed = minutes after time, or None (draft)."""
    t = datetime.strptime(time, "%Y-%m-%d %H:%M")
    s = None if signed is None else (t + timedelta(minutes=signed)).isoformat()
    uname, uhsa = U[unit]
    aname, arole = A[author]
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": uname, "hsa_id": uhsa},
        "author": {"name": aname, "role": arole},
        "time": t.isoformat(),
        "signed": s,
        "setting": setting,
        "refs": list(refs or []),
        "sections": [{"keyword": k, "text": v} for k, v in sections],
    }


def _targets(items):
    out = []
    for it in items:
        code, _, nid = it.partition(":")
        out.append([code, nid or "n1"])
    return out


def C(name, ruleset, pnr, birth, notes, must=(), must_not=(), why=""):
    last = max(datetime.fromisoformat(n["time"]) for n in notes)
    as_of = datetime.combine(last.date() + timedelta(days=1), datetime.min.time())
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr, "birth_date": birth, "protected_identity": False},
            "as_of": as_of.isoformat(),
            "notes": notes,
            "access_events": [],
            "conversations": [],
            "treatments": [],
        },
        "must": _targets(must),
        "must_not": _targets(must_not),
        "why": why,
    })


M, P = "Melior", "PMO"
SV, OV = "slutenvård", "öppenvård"

# ===========================================================================
# CASES
# ===========================================================================
# ---------------------------------------------------------------- A. neonatal jaundice
C("ikterus-prolongerad-misstankt-gallgangsatresi", "skane", "20240114-4510", "2024-01-14", [
    N("n1", M, "Läkaranteckning", "sk_bmott_lund", "sk_dr_svensson", "2024-02-08 10:20", 55, OV, [
        ("Anamnes", "Remitterad från BVC pga kvarstående gulsot vid 3,5 veckors ålder. Helammad, äter var tredje timme. Föräldrarna har sett att avföringen blivit ljusare, nästan kittfärgad, senaste veckan. Mörk urin i blöjan."),
        ("Status", "AT: gott, vaken, pigg. Ikterisk hud och sklerae. Buk mjuk, lever palp 3 cm under arcus. Mjälte ej palp. Avföring i blöjan blekt gråvit."),
        ("Utredning", "Total bilirubin 168, konjugerat 92 µmol/l. ALAT 0,64, GT 4,1. PK(INR) 1,1."),
        ("Bedömning", "Kolestatisk ikterus med acholisk avföring, misstänkt gallgångsatresi. Brådskande UL lever/gallvägar imorgon, kontakt med barnkirurg i Lund tagen."),
    ])],
    must=["NL102"], must_not=["NL101"],
    why="Suspected biliary atresia of the infant in a visible Bedömning of a Skåne Melior note; nothing said about telling the parents.")

C("ikterus-abo-immunisering-bekraftad-dat", "vgr", "20240303-5625", "2024-03-03", [
    N("n1", M, "Daganteckning", "vg_neo_ostra", "vg_dr_karlsson", "2024-03-05 09:40", 30, SV, [
        ("Aktuellt", "Dag 2. Gul sedan igår kväll, tilltagande. Mor blodgrupp O pos, barnet A pos."),
        ("Status", "Opåverkad, ikterus ned till knäna. Suger bra vid bröstet. Vikt -6 % från födelsevikten."),
        ("Lab", "S-bilirubin 265 µmol/l vid 38 timmars ålder, över fototerapigränsen. DAT positiv. Hb 148, retikulocyter förhöjda."),
        ("Bedömning", "Hyperbilirubinemi orsakad av ABO-immunisering. Fototerapi startad, nytt bilirubin om 6 h."),
    ])],
    must_not=["NL102"],
    why="Jaundice with DAT-positive ABO immunisation is stated as confirmed; no hedge on any diagnosis.")

C("ikterus-trolig-fysiologisk-ssk-bb", "skane", "20240520-3825", "2024-05-20", [
    N("n1", M, "Omvårdnadsanteckning", "sk_bb_malmo", "sk_ssk_persson", "2024-05-22 14:05", None, SV, [
        ("Omvårdnad", "Gul i ansiktet och på bålen ned till naveln. Ammar 8–10 ggr/dygn, blöta blöjor x 5. TcB 205 vid 50 timmar, under behandlingsgräns enligt kurva."),
        ("Bedömning", "Trolig fysiologisk nyföddhetsikterus. Ny TcB imorgon förmiddag innan hemgång."),
    ])],
    must=["NL102"],
    why="A nurse's unsigned draft on BB hedges the baby's jaundice diagnosis (trolig) in a visible section.")

C("ikterus-tidig-hemolys-kan-ej-uteslutas", "vgr", "20240210-4711", "2024-02-10", [
    N("n1", M, "Läkaranteckning", "vg_neo_nal", "vg_dr_petrovic", "2024-02-11 06:50", 80, SV, [
        ("Bedömning", "Tidig ikterus redan vid 20 timmars ålder, bilirubin 190. Hemolys kan inte uteslutas trots negativ DAT, DD sfärocytos. Blodutstryk och osmotisk fragilitet beställt."),
    ])],
    must=["NL102"],
    why="'kan inte uteslutas' and 'DD sfärocytos' keep hemolytic disease open in a short visible Bedömning.")

C("ikterus-alagille-tidiga-hypoteser-mall", "skane", "20240107-6134", "2024-01-07", [
    N("n1", M, "Tidiga hypoteser", "sk_bmott_malmo", "sk_dr_haddad", "2024-02-15 16:10", 20, OV, [
        ("Bedömning", "Kolestas sedan 2 veckors ålder, perifer pulmonalisstenos på eko och fjärilskota på rtg bröstrygg. Misstänkt Alagilles syndrom, genetisk analys av JAG1 skickad."),
        ("Information", "Föräldrarna är inte informerade om misstanken, den tas upp när det genetiska svaret kommit."),
    ])],
    must_not=["NL102", "NL101"],
    why="Suspected syndrome and the untold statement sit only in the Skåne template Tidiga hypoteser, which is hidden.")

C("ikterus-hypotyreos-fraga-tidiga-hypoteser-sokord", "vgr", "20240105-6227", "2024-01-05", [
    N("n1", M, "Läkaranteckning", "vg_bmott_aling", "vg_dr_lindberg", "2024-01-29 11:15", 45, OV, [
        ("Anamnes", "Gul fortfarande vid 3,5 v ålder. Trött vid amning, somnar vid bröstet efter några minuter. Hård avföring varannan dag."),
        ("Status", "Navelbråck 2 cm, reponibelt. Lätt hypoton, torr hud. Ikterus i ansikte och på bålen."),
        ("Tidiga hypoteser", "Kongenital hypotyreos? PKU-provet vid 48 h var u.a. men sen TSH-stegring förekommer. TSH och fritt T4 tagna akut."),
        ("Planering", "Återbesök när provsvaren finns, tidigast imorgon eftermiddag."),
    ])],
    must_not=["NL102"],
    why="VGR: the hedged hypothyroidism is only under the sökord Tidiga hypoteser; visible sections hold findings only.")

C("ikterus-bvc-misstankt-kolestas-pmo", "skane", "20240402-5823", "2024-04-02", [
    N("n1", P, "BVC-besök", "sk_bvc_hassle", "sk_ssk_akesson", "2024-04-25 09:30", 25, OV, [
        ("Aktuellt", "3-veckorsbesök. Fortfarande gulaktig i huden och ögonvitorna. Mamman beskriver avföringen som ljusgul till grå."),
        ("Bedömning", "Misstänkt kolestas, kontakt med barnläkare i Hässleholm, får tid samma dag för bilirubin med konjugerad fraktion."),
    ])],
    must_not=["NL102"],
    why="BVC note in PMO: a hedged diagnosis in PMO is never shown, so NL102 must stay silent.")

C("ikterus-mors-journal-barnets-abo-trolig", "skane", "19930817-2643", "1993-08-17", [
    N("n1", M, "Omvårdnadsanteckning BB", "sk_bb_ystad", "sk_bm_sandberg", "2024-07-03 13:20", 40, SV, [
        ("Aktuellt", "Dag 3 efter vaginal förlossning. Mor blodgrupp O pos. Barnet ligger på neo för ljusbehandling, trolig ABO-immunisering enligt barnläkaren. Mor går ned och ammar, pumpar däremellan."),
        ("Status", "Fundus 2 cm under naveln, normala flytningar. Suturen i perineum fin. Afebril."),
        ("Planering", "Stannar kvar som medföljande förälder. Amningsstöd vid behov."),
    ])],
    must_not=["NL102"],
    why="Mother's journal: the hedged ABO immunisation is the baby's condition (a relative), not the patient's.")

C("ikterus-rh-immunisering-typo-missankt", "vgr", "20240901-4152", "2024-09-01", [
    N("n1", M, "Läkaranteckning", "vg_neo_skovde", "vg_dr_ek", "2024-09-02 03:25", 150, SV, [
        ("Aktuellt", "Mor RhD neg med stigande anti-D-titer under graviditeten. Navelsträngs-Hb 118, DAT starkt pos."),
        ("Bedömning", "Missänkt Rh-immunisering. Intensiv fototerapi, IVIG diskuteras med bakjour."),
    ])],
    must=["NL102"],
    why="Typo 'Missänkt' still hedges the baby's Rh immunisation in a visible Bedömning.")

C("ikterus-gallgangsatresi-foraldrar-ej-informerade", "vgr", "20240220-5310", "2024-02-20", [
    N("n1", M, "Läkaranteckning", "vg_bkir", "vg_dr_sjoberg", "2024-03-18 15:50", 25, OV, [
        ("Utredning", "UL lever och gallvägar: gallblåsan ej visualiserad, triangular cord sign. Fynd förenliga med gallgångsatresi."),
        ("Bedömning", "Planeras för explorativ laparotomi och Kasais operation inom en vecka."),
        ("Information", "Föräldrarna är ännu inte informerade om ultraljudssvaret. Barnkirurg och gastroenterolog träffar dem tillsammans i morgon förmiddag."),
    ])],
    must=["NL101", "NL102"],
    why="Biliary atresia ('förenliga med') stands visibly while the note says the guardians have not yet been told.")

# ---------------------------------------------------------------- B. sepsis / infection
C("sepsis-eos-misstankt-inskrivning-neo", "skane", "20240314-4732", "2024-03-14", [
    N("n1", M, "Inskrivningsanteckning", "sk_neo_lund", "sk_dr_lindqvist", "2024-03-14 21:30", 70, SV, [
        ("Anamnes", "Född v 39+2, vaginal förlossning. Vattenavgång 26 h före partus, mor intrapartal feber 38,4 och GBS-status okänt. Apgar 8-9-10."),
        ("Aktuellt", "Vid 4 timmars ålder grunting, indragningar och andningsfrekvens 80. Sat 91 % i rumsluft."),
        ("Status", "AT: påverkad, blekgrå. Kapillär återfyllnad 3 s. Hjärta: regelbunden rytm, inga blåsljud. Lungor: lika andningsljud bilat."),
        ("Lab", "CRP 14, LPK 4,2, B-glukos 3,1. Blododling tagen."),
        ("Bedömning", "Misstänkt tidig neonatal sepsis (EOS). Bensylpenicillin och gentamicin iv. CPAP."),
    ])],
    must=["NL102"], must_not=["NL101"],
    why="Suspected early-onset sepsis in a visible Bedömning on the neonatal ward; nothing about informing parents.")

C("sepsis-avskrivs-odling-negativ", "vgr", "20240401-4348", "2024-04-01", [
    N("n1", M, "Daganteckning", "vg_neo_ostra", "vg_dr_wikstrom", "2024-04-03 10:05", 30, SV, [
        ("Bedömning", "Blododling negativ efter 48 h, CRP 6 → 3. Kliniskt helt opåverkad. Sepsis avskrivs, antibiotika sätts ut idag."),
        ("Planering", "Flyttas till BB till mamman i eftermiddag."),
    ])],
    must_not=["NL102"],
    why="Sepsis is written off (avskrivs) after negative cultures: a ruled-out diagnosis.")

C("sepsis-feber-28-dagar-kan-inte-uteslutas", "vgr", "20241002-4562", "2024-10-02", [
    N("n1", M, "Akutanteckning", "vg_akut_dsbus", "vg_dr_berg", "2024-10-24 23:10", 90, OV, [
        ("Kontaktorsak", "Feber 38,6 rektalt hemma, ätit sämre sedan i morse."),
        ("Status", "AT: lite slö men väckbar, gråter kraftigt vid undersökning. Fontanell i plan. Hud utan utslag. Öron, svalg ua. Buk mjuk."),
        ("Bedömning", "Febril nyfödd under 28 dagar, sepsis kan inte uteslutas. Full sepsisutredning med blododling, kateterurin och LP, därefter cefotaxim och ampicillin."),
    ])],
    must=["NL102"],
    why="'sepsis kan inte uteslutas' is a hedged diagnosis of the febrile neonate in the visible Bedömning.")

C("sepsis-mors-journal-barnet-pa-neo", "skane", "19881130-2481", "1988-11-30", [
    N("n1", M, "Omvårdnadsanteckning BB", "sk_bb_malmo", "sk_bm_hakansson", "2024-01-17 07:15", 30, SV, [
        ("Aktuellt", "Barnet flyttades till neonatalavdelningen i natt med misstänkt sepsis. Mamman har varit nere hos barnet större delen av natten, gråtit och sovit dåligt."),
        ("Omvårdnad", "Blödning normal, smärta i suturen VAS 3, Alvedon och Ipren enligt ordination. Kissar spontant."),
        ("Planering", "Samtal med kurator erbjuds. Pumpning var tredje timme, mjölken förs ned till neo."),
    ])],
    must_not=["NL102"],
    why="Mother's journal: the suspected sepsis belongs to her baby, a relative, not to the patient.")

C("sepsis-sen-neonatal-typo-sepis", "vgr", "20240815-4975", "2024-08-15", [
    N("n1", M, "Läkaranteckning", "vg_neo_nal", "vg_dr_petrovic", "2024-08-27 04:40", 120, SV, [
        ("Aktuellt", "Prematur v 29, dag 12. Ökat antal apnéer och bradykardier senaste dygnet, matningsintolerans med grönt i sonden."),
        ("Status", "Marmorerad, temperaturinstabil. Buk mjuk, ej utspänd."),
        ("Bedömning", "Klinisk bild talar för sen neonatal sepis. Odling från CVK och perifert, vankomycin och cefotaxim startas."),
    ])],
    must=["NL102"],
    why="Typo 'sepis'; 'talar för' still hedges late-onset sepsis in the visible Bedömning.")

C("sepsis-gbs-meningit-foraldrar-ej-besked", "skane", "20240201-4761", "2024-02-01", [
    N("n1", M, "Läkaranteckning", "sk_neo_lund", "sk_dr_rahimi", "2024-02-03 11:30", 40, SV, [
        ("Aktuellt", "Blododlingen från igår kväll växer grupp B-streptokocker. LP i morse: LPK 1450, glukos lågt, protein förhöjt."),
        ("Bedömning", "GBS-meningit. Byter till högdos bensylpenicillin, behandlingstid minst 14 dagar. Hjärnultraljud i morgon."),
        ("Information", "Föräldrarna har ännu inte fått besked om meningiten, överläkaren tar samtalet med båda föräldrarna kl 15."),
    ])],
    must=["NL101"],
    why="Confirmed GBS meningitis is visible while the note says the guardians have not been told yet.")

C("sepsis-gbs-foraldrar-informerade", "vgr", "20240219-5180", "2024-02-19", [
    N("n1", M, "Läkaranteckning", "vg_neo_boras", "vg_dr_olofsson", "2024-02-22 14:15", 30, SV, [
        ("Bedömning", "GBS-sepsis utan meningit, LP normal. Fortsatt bensylpenicillin iv, totalt 10 dagar."),
        ("Information", "Föräldrarna informerade i dag om odlingssvaret och behandlingstiden, frågor besvarade."),
    ])],
    must_not=["NL101", "NL102"],
    why="Confirmed GBS sepsis that the guardians were told about today.")

C("sepsis-inskrivning-sedan-avskriven-tva-anteckningar", "skane", "20240602-5128", "2024-06-02", [
    N("n1", M, "Inskrivningsanteckning", "sk_neo_krist", "sk_dr_wojcik", "2024-06-02 19:20", 60, SV, [
        ("Aktuellt", "Överflyttad från BB vid 10 h ålder pga takypné och temp 38,2. Susp. sepsis, blododling och CRP tagna, ampicillin + gentamicin."),
    ]),
    N("n2", M, "Daganteckning", "sk_neo_krist", "sk_dr_wojcik", "2024-06-04 10:00", None, SV, [
        ("Bedömning", "Blododlingen negativ efter 48 h, CRP max 9. Sepsis avskriven. Takypnén bedöms ha varit TTN, nu i regress. Antibiotika avslutas."),
    ])],
    must=["NL102:n1"], must_not=["NL102:n2"],
    why="Admission note hedges sepsis (susp.); the later unsigned note writes it off. Assert on each note.")

C("korioamnionit-misstankt-mors-egen", "vgr", "19950412-3861", "1995-04-12", [
    N("n1", M, "Läkaranteckning", "vg_forl_ostra", "vg_dr_strand", "2024-05-18 02:35", 45, SV, [
        ("Aktuellt", "Förstföderska v 40+5, vattenavgång sedan 20 h. Nu temp 38,9, puls 118, fosterljud 170 med nedsatt variabilitet. Illaluktande fostervatten."),
        ("Bedömning", "Misstänkt korioamnionit. Ampicillin och gentamicin iv, paracetamol. Neonatolog informeras inför partus."),
    ])],
    must=["NL102"],
    why="The mother's own suspected chorioamnionitis in her visible delivery-ward note.")

C("meningit-fragestallning-typo", "vgr", "20240705-5397", "2024-07-05", [
    N("n1", M, "Akutanteckning", "vg_akut_nal", "vg_dr_yousef", "2024-08-14 20:05", 75, OV, [
        ("Status", "Irritabel, svårtröstad, spänd fontanell. Temp 39,1. Kapillär återfyllnad 2 s."),
        ("Bedömning", "Frågeställnig meningit. LP utförd, likvor lätt grumlig. Cefotaxim och ampicillin efter odlingar."),
    ])],
    must=["NL102"],
    why="Typo 'Frågeställnig': the question-form hedge on meningitis in a visible section.")
# ---------------------------------------------------------------- C. hip (höftledsluxation)
C("hoft-nyfodd-misstankt-luxation-ortolani", "skane", "20240325-6049", "2024-03-25", [
    N("n1", M, "Nyföddhetsundersökning", "sk_bb_lund", "sk_dr_ohlsson", "2024-03-27 10:10", 30, SV, [
        ("Status", "Hjärtljud: rena, inga blåsljud. Femoralispulsar kända bilat. Höfter: vä höft luxerbar vid Barlow, reponerbar med tydligt klunk vid Ortolani. Hö höft stabil. Rygg ua, inga sakrala gropar."),
        ("Bedömning", "Misstänkt höftledsluxation vä. Remiss till barnortopedmottagningen för UL och ställningstagande till skena inom en vecka."),
    ])],
    must=["NL102"],
    why="Newborn examination on BB hedges hip dislocation (misstänkt) in a visible Bedömning.")

C("hoft-satesbjudning-ev-ultraljud-plan", "vgr", "20240411-4577", "2024-04-11", [
    N("n1", M, "Nyföddhetsundersökning", "vg_bb_skovde", "vg_dr_ek", "2024-04-13 09:25", 15, SV, [
        ("Anamnes", "Sätesbjudning, förlöst med elektivt kejsarsnitt v 39."),
        ("Status", "Ortolani och Barlow negativa bilat, symmetrisk abduktion. Testiklar i scrotum bilat. Röda reflexer bilat."),
        ("Planering", "Ev. ultraljud höfter vid 6 veckors ålder enligt rutin efter sätesläge, remiss skickas från BB."),
    ])],
    must_not=["NL102"],
    why="The only hedge (ev.) is on a planned ultrasound, not on a diagnosis.")

C("hoft-bvc-misstankt-dysplasi-pmo", "skane", "20240107-6829", "2024-01-07", [
    N("n1", P, "BVC-besök", "sk_bvc_krydd", "sk_dr_jeppsson", "2024-02-05 14:30", 40, OV, [
        ("BVC-läkarbesök", "4-veckorsbesök hos BVC-läkare. Vikt följer kurvan, ammar bra. Asymmetriska lårveck och nedsatt abduktion vä höft."),
        ("Bedömning", "Misstänkt höftledsdysplasi vä, remiss till barnortopeden SUS Malmö."),
    ])],
    must_not=["NL102"],
    why="BVC physician note in PMO with a hedged hip dysplasia: PMO does not show diagnoses.")

C("hoft-arftlighet-mor-moster-mormor-trolig", "skane", "20240620-6280", "2024-06-20", [
    N("n1", M, "Läkaranteckning", "sk_borto", "sk_dr_malmberg", "2024-07-25 09:50", 30, OV, [
        ("Anamnes", "Remiss pga ärftlighet: mor och moster behandlades för höftledsluxation som spädbarn. Mormor fick höftprotes vid 50 års ålder pga trolig dysplasi."),
        ("Status", "Stabila höfter, fri abduktion bilat. Inga asymmetrier."),
        ("Utredning", "UL höfter: Graf Ia bilat."),
        ("Bedömning", "Normala höftleder. Ingen vidare uppföljning hos oss."),
    ])],
    must_not=["NL102"],
    why="The only hedged diagnosis (trolig dysplasi) belongs to the grandmother; the child's hips are normal.")

C("hoft-luxtion-typo-trol", "vgr", "20240708-4793", "2024-07-08", [
    N("n1", M, "Nyföddhetsundersökning", "vg_bb_boras", "vg_dr_olofsson", "2024-07-09 11:35", 20, SV, [
        ("Status", "Hö höft: klunk vid Ortolani, känns instabil. Vä höft stabil."),
        ("Bedömning", "Trol. höftledsluxtion hö. Akut remiss till barnortoped på SU, ska ses inom 7 dagar."),
    ])],
    must=["NL102"],
    why="Typo in the key word 'höftledsluxtion', hedged with 'Trol.' in a visible section.")

C("hoft-klick-luxation-kan-ej-uteslutas", "skane", "20240228-6609", "2024-02-28", [
    N("n1", M, "Läkaranteckning", "sk_bmott_hbg", "sk_dr_lundgren", "2024-04-10 15:20", None, OV, [
        ("Aktuellt", "Remiss från BVC: klickljud från vä höft vid blöjbyte."),
        ("Status", "Diskret klick vä höft, ingen säker luxation vid Barlow. Abduktion 70 grader bilat."),
        ("Bedömning", "Höftledsluxation kan ej uteslutas kliniskt. UL höfter bokas på barnröntgen nästa vecka."),
    ])],
    must=["NL102"],
    why="Unsigned draft: 'kan ej uteslutas' leaves hip dislocation open in the visible Bedömning.")

C("hoft-subluxation-foraldrar-informerade", "skane", "20240804-6429", "2024-08-04", [
    N("n1", M, "Läkaranteckning", "sk_borto", "sk_dr_malmberg", "2024-08-19 10:40", 35, OV, [
        ("Utredning", "UL: hö höft Graf III, decentrerad."),
        ("Bedömning", "Höftledsdysplasi med subluxation hö. Behandling med von Rosen-skena."),
        ("Information", "Föräldrarna informerade om diagnosen och om att skenan ska sitta på dygnet runt i 6–8 veckor. De fick skriftlig information om bad och blöjbyte."),
    ])],
    must_not=["NL101", "NL102"],
    why="Confirmed hip subluxation that the guardians were told about at the visit.")

C("hoft-graf-iv-vardnadshavare-ej-informerade", "vgr", "20240910-4979", "2024-09-10", [
    N("n1", M, "Läkaranteckning", "vg_borto", "vg_dr_sjoberg", "2024-10-01 16:45", 30, OV, [
        ("Utredning", "UL höfter utfört idag av röntgenläkare: vä höft Graf IV, caput helt luxerat ur acetabulum. Hö Graf Ib."),
        ("Bedömning", "Höftledsluxation vä. Pavlik-sele planeras, eventuellt sluten reposition i narkos om ingen effekt."),
        ("Information", "Vårdnadshavarna ej informerade om UL-svaret ännu eftersom de gick innan svaret var klart. Barnortopeden ringer dem i morgon."),
    ])],
    must=["NL101"], must_not=["NL102"],
    why="Confirmed hip dislocation visible while the guardians have not been told; 'eventuellt' only hedges a procedure.")

# ---------------------------------------------------------------- D. heart (hjärtfel)
C("hjarta-blasljud-misstankt-vsd", "skane", "20240122-5350", "2024-01-22", [
    N("n1", M, "Nyföddhetsundersökning", "sk_bb_krist", "sk_dr_wojcik", "2024-01-24 09:15", 25, SV, [
        ("Status", "Systoliskt blåsljud 3/6 med p.m. vä sternalrand 3–4 ics, hörs i hela prekordiet. Femoralispulsar palp bilat. Sat 98 % hö hand och fot."),
        ("Bedömning", "Misstänkt VSD. Eko bokat via barnkardiolog i Lund inom 2 veckor, tillväxten följs på BVC."),
    ])],
    must=["NL102"], must_not=["NL101"],
    why="Murmur on auscultation leads to a suspected VSD in a visible Bedömning; nothing about telling.")

C("hjarta-coarctatio-misstankt-prostaglandin", "vgr", "20240214-5151", "2024-02-14", [
    N("n1", M, "Läkaranteckning", "vg_neo_ostra", "vg_dr_wikstrom", "2024-02-16 18:30", None, SV, [
        ("Aktuellt", "Dag 2, blivit grå och slö vid amning. Pulsoximetri: preduktalt 97 %, postduktalt 88 %."),
        ("Status", "Svagt palpabla femoralispulsar bilat, BT hö arm 82/50, ben 58/34. Lever 2 cm under arcus."),
        ("Bedömning", "Misstänkt duktusberoende coarctatio aortae. Prostaglandin E1-infusion startad, akut eko och kontakt med barnkardiolog på DSBUS."),
    ])],
    must=["NL102"],
    why="Unsigned draft with a suspected coarctation in the visible Bedömning.")

C("hjarta-pulsoximetri-ingen-misstanke", "skane", "20240409-6287", "2024-04-09", [
    N("n1", M, "Nyföddhetsundersökning", "sk_bb_lund", "sk_dr_svensson", "2024-04-10 13:05", 20, SV, [
        ("Status", "Pulsoximetriscreening vid 6 h: 99 % hö hand, 98 % fot. Inga blåsljud. Femoralispulsar lätt palpabla."),
        ("Bedömning", "Ingen misstanke om duktusberoende hjärtfel. Frisk nyfödd, hemgång enligt plan."),
    ])],
    must_not=["NL102"],
    why="Heart defect is negated ('ingen misstanke om').")

C("hjarta-muskular-vsd-eko-bekraftad", "vgr", "20240130-5806", "2024-01-30", [
    N("n1", M, "Läkaranteckning", "vg_bkard", "vg_dr_hedlund", "2024-03-12 14:20", 45, OV, [
        ("Utredning", "Eko: liten muskulär VSD i mittseptum, vä-hö shunt, gradient 65 mmHg. Normala kammarstorlekar."),
        ("Bedömning", "Liten muskulär VSD, hemodynamiskt betydelselös, stor chans till spontan slutning. Ingen endokarditprofylax behövs."),
        ("Planering", "Ny kontroll med eko vid 1 års ålder."),
    ])],
    must_not=["NL102"],
    why="VSD confirmed on echo; 'stor chans till spontan slutning' is a prognosis, not a hedged diagnosis.")

C("hjarta-avsd-foraldrar-ej-informerade", "skane", "20240515-6049", "2024-05-15", [
    N("n1", M, "Läkaranteckning", "sk_bhjarta", "sk_dr_thorsson", "2024-05-20 17:10", 30, OV, [
        ("Utredning", "Eko: komplett atrioventrikulär septumdefekt (AVSD) med gemensam AV-klaff och måttligt läckage. Stor vä-hö-shunt."),
        ("Bedömning", "Komplett AVSD som kommer att kräva kirurgi vid 3–4 månaders ålder. Diuretika insätts vid tecken på hjärtsvikt."),
        ("Information", "Föräldrarna har inte informerats om ekofyndet ännu. Barnkardiolog samtalar med dem i morgon tillsammans med kontaktsjuksköterskan."),
    ])],
    must=["NL101"], must_not=["NL102"],
    why="Confirmed AVSD visible while the note says the guardians have not been told yet.")

C("hjarta-trisomi21-tidiga-hypoteser-mall", "skane", "20240627-5558", "2024-06-27", [
    N("n1", M, "Tidiga hypoteser", "sk_neo_malmo", "sk_dr_haddad", "2024-06-28 12:40", 25, SV, [
        ("Bedömning", "Dysmorfa drag med uppåtsnedställda ögonspringor, platt näsrygg, fyrfingerfåra bilat och uttalad hypotoni. Misstänkt trisomi 21, QF-PCR beställd."),
        ("Information", "Föräldrarna ännu ej informerade om misstanken, neonatolog och barnmorska samtalar med dem när provsvar finns."),
    ])],
    must_not=["NL102", "NL101"],
    why="Suspected trisomy 21 and the not-yet-told statement are kept in the Skåne Tidiga hypoteser template.")

C("hjarta-22q11-tidiga-hypoteser-sokord", "vgr", "20240714-5628", "2024-07-14", [
    N("n1", M, "Läkaranteckning", "vg_neo_nal", "vg_dr_karlsson", "2024-07-16 15:35", 40, SV, [
        ("Aktuellt", "Dag 2, hypokalcemi 1,62 som krävt iv kalcium. Eko visar avbruten aortabåge typ B."),
        ("Status", "Lätt lågt ansatta öron, kort filtrum. Sat 95 % på prostaglandin."),
        ("Tidiga hypoteser", "Misstänkt 22q11-deletionssyndrom utifrån hjärtfel, hypokalcemi och utseende. Mikroarray skickad. Inte diskuterat med föräldrarna ännu, avvaktar svar."),
        ("Planering", "Överflyttning till DSBUS för kirurgi planeras i morgon."),
    ])],
    must_not=["NL102", "NL101"],
    why="VGR sökord Tidiga hypoteser holds the hedged syndrome and the untold remark; visible sections have confirmed findings only.")

C("hjarta-noonan-hypotes-sedan-bekraftad-och-meddelad", "vgr", "20240308-4730", "2024-03-08", [
    N("n1", M, "Läkaranteckning", "vg_bkard", "vg_dr_hedlund", "2024-04-02 11:00", 30, OV, [
        ("Utredning", "Eko: valvulär pulmonalisstenos med dysplastisk klaff, gradient 55 mmHg. Lätt förtjockat kammarseptum."),
        ("Tidiga hypoteser", "Pulmonalisstenos, bred hals och lågt ansatta öron – misstänkt Noonans syndrom. Genpanel för RASopatier skickad, ej nämnt för föräldrarna."),
    ]),
    N("n2", M, "Läkaranteckning", "vg_bkard", "vg_dr_hedlund", "2024-05-21 13:30", 50, OV, [
        ("Bedömning", "Genetiskt svar: patogen variant i PTPN11, Noonans syndrom bekräftat."),
        ("Information", "Föräldrarna informerade av klinisk genetiker och undertecknad vid gemensamt besök idag. Remiss till genetisk vägledning för familjen."),
    ])],
    must_not=["NL102:n1", "NL102:n2", "NL101:n2"],
    why="Hypothesis first kept under the VGR sökord Tidiga hypoteser, later confirmed and told in a visible note.")

C("hjarta-pappa-hcm-farbror-mojligen", "skane", "20240202-5916", "2024-02-02", [
    N("n1", M, "Läkaranteckning", "sk_bhjarta", "sk_dr_thorsson", "2024-04-16 10:25", 20, OV, [
        ("Anamnes", "Remiss för screening då pappan har hypertrofisk kardiomyopati, diagnostiserad vid 32 års ålder. Farbror dog plötsligt vid 40 års ålder, möjligen också HCM."),
        ("Utredning", "Eko och EKG normala för åldern, ingen septumhypertrofi."),
        ("Bedömning", "Normalt hjärta idag. Fortsatt familjescreening enligt riktlinjer, ny kontroll om 2 år."),
    ])],
    must_not=["NL102"],
    why="The hedged cardiomyopathy (möjligen HCM) belongs to the uncle; the child is normal.")

C("hjarta-fallot-typo-trolg", "skane", "20240917-4543", "2024-09-17", [
    N("n1", M, "Läkaranteckning", "sk_neo_lund", "sk_dr_lindqvist", "2024-09-18 08:55", 35, SV, [
        ("Status", "Cyanotisk vid skrik, sat 84 % i vila. Hårt systoliskt blåsljud 3/6 vä övre sternalrand, enkel S2."),
        ("Bedömning", "trolg Fallots tetrad, eko av barnkardiolog idag. Syrgas vid behov."),
    ])],
    must=["NL102"],
    why="Typo in the hedge 'trolg' before Fallot's tetralogy in a visible Bedömning.")

C("hjarta-mors-journal-barnet-utreds-misstankt", "vgr", "19901202-3066", "1990-12-02", [
    N("n1", M, "Omvårdnadsanteckning", "vg_bb_skovde", "vg_bm_gustafsson", "2024-10-10 16:20", 30, SV, [
        ("Aktuellt", "Dag 2 efter kejsarsnitt. Barnet är överflyttat till barnavdelningen för utredning av misstänkt hjärtfel efter avvikande pulsoximetri. Mamman oroad, partnern är med barnet."),
        ("Status", "Sårförband torrt, mobiliserad till toalett. Kateter borttagen, kissat 300 ml."),
        ("Planering", "Transport i rullstol till barnavdelningen för amning. Tromboprofylax fortsätter."),
    ])],
    must_not=["NL102"],
    why="Mother's BB note: the suspected heart defect is the baby's (a relative's) condition.")

C("hjarta-pda-forenliga-prematur", "skane", "20241005-6028", "2024-10-05", [
    N("n1", M, "Daganteckning", "sk_neo_lund", "sk_dr_rahimi", "2024-10-09 13:45", 30, SV, [
        ("Aktuellt", "Prematur v 27+4, dag 4. Ökat syrgasbehov, studsande pulsar, pulstryck 48/22."),
        ("Status", "Kontinuerligt blåsljud vä infraklavikulärt."),
        ("Bedömning", "Kliniska fynd förenliga med hemodynamiskt signifikant PDA. Eko planerat i eftermiddag, ställningstagande till paracetamolbehandling."),
    ])],
    must=["NL102"],
    why="'förenliga med' hedges a PDA diagnosis in a premature infant's visible note.")

C("hjarta-tga-meddelad-igar", "vgr", "20241120-4585", "2024-11-20", [
    N("n1", M, "Läkaranteckning", "vg_neo_dsbus", "vg_dr_andersson", "2024-11-22 12:10", 25, SV, [
        ("Bedömning", "Transposition av de stora artärerna (TGA) med intakt ventrikelseptum. Ballongatrieseptostomi utförd igår med god effekt, sat nu 85 %. Arteriell switch planeras dag 7."),
        ("Information", "Diagnosen meddelades föräldrarna av barnkardiolog igår före ingreppet och de har fått ytterligare information om operationen idag."),
    ])],
    must_not=["NL101", "NL102"],
    why="Confirmed TGA already told to the guardians yesterday.")
# ---------------------------------------------------------------- E. failure to thrive
C("tillvaxt-bvc-misstankt-komjolksallergi-pmo", "skane", "20240117-5712", "2024-01-17", [
    N("n1", P, "BVC-besök", "sk_bvc_eslov", "sk_ssk_martensson", "2024-04-19 10:45", 30, OV, [
        ("Aktuellt", "Viktkurvan har sjunkit från +1 SD till -1 SD sedan 6-veckorsbesöket. Kräks efter de flesta mål, eksem på kinderna, slemmig avföring."),
        ("Bedömning", "Misstänkt komjölksproteinallergi. Mamman helammar och rekommenderas mjölkfri kost 2–4 veckor, tid hos BVC-läkare bokad."),
    ])],
    must_not=["NL102"],
    why="BVC nurse note in PMO: hedged cow's milk allergy is not shown to anyone.")

C("tillvaxt-celiaki-kan-ej-uteslutas", "vgr", "20221102-6022", "2022-11-02", [
    N("n1", M, "Läkaranteckning", "vg_bmott_boras", "vg_dr_olofsson", "2024-01-23 14:00", 40, OV, [
        ("Anamnes", "Gluten introducerat vid 8 mån. Sedan 2–3 mån lösa, illaluktande avföringar, grinig och äter sämre."),
        ("Status", "Vikt 8,1 kg, fallit från 0 till -2 SD. Utspänd buk, tunna extremiteter, sparsamt subkutant fett."),
        ("Bedömning", "Celiaki kan ej uteslutas. Transglutaminas-IgA och total-IgA tas, fortsätter glutenhaltig kost tills svar."),
    ])],
    must=["NL102"],
    why="Failure to thrive in a toddler with coeliac disease left open ('kan ej uteslutas').")

C("tillvaxt-celiaki-espghan-informerade", "skane", "20220914-5958", "2022-09-14", [
    N("n1", M, "Läkaranteckning", "sk_bmott_krist", "sk_dr_nilsson", "2024-02-14 09:35", 20, OV, [
        ("Aktuellt", "Återbesök för provsvar. Transglutaminas-IgA över 10 gånger övre referensgräns vid två tillfällen, EMA positiv, HLA-DQ2."),
        ("Bedömning", "Celiaki enligt ESPGHAN-kriterierna utan biopsi."),
        ("Information", "Föräldrarna informerade om diagnosen och om glutenfri kost, träffar dietist nästa vecka."),
    ])],
    must_not=["NL102", "NL101"],
    why="Confirmed coeliac disease, told to the guardians at the visit.")

C("tillvaxt-dd-cystisk-fibros", "vgr", "20231204-6176", "2023-12-04", [
    N("n1", M, "Läkaranteckning", "vg_bmott_skovde", "vg_dr_lindberg", "2024-03-06 10:30", None, OV, [
        ("Anamnes", "Dålig viktuppgång trots god aptit, stora fettglänsande avföringar, två episoder med obstruktiv bronkit. Neonatal screening för CF var negativ."),
        ("Status", "Vikt -2,5 SD, längd -1 SD. Lätt takypné, enstaka rassel bilat."),
        ("Bedömning", "Failure to thrive med malabsorption. DD cystisk fibros trots negativ screening, celiaki. Svettest bokat och F-elastas skickat."),
    ])],
    must=["NL102"],
    why="Unsigned draft naming cystic fibrosis as a differential diagnosis (DD) in a visible section.")

C("tillvaxt-cf-uteslutes-svettest", "skane", "20231021-6201", "2023-10-21", [
    N("n1", M, "Läkaranteckning", "sk_bmott_malmo", "sk_dr_haddad", "2024-02-27 11:20", 30, OV, [
        ("Utredning", "Svettest: klorid 18 mmol/l bilat. F-elastas normal."),
        ("Bedömning", "Cystisk fibros uteslutes. Viktutvecklingen bedöms bero på otillräckligt energiintag under en period med återkommande förkylningar."),
        ("Planering", "Dietistkontakt, viktkontroll på BVC varannan vecka."),
    ])],
    must_not=["NL102"],
    why="Cystic fibrosis is ruled out ('uteslutes'); the rest is a firm assessment.")

C("tillvaxt-cf-foraldrar-ej-diagnosbesked", "skane", "20240110-4977", "2024-01-10", [
    N("n1", M, "Läkaranteckning", "sk_bmott_lund", "sk_dr_svensson", "2024-01-26 15:40", 25, OV, [
        ("Utredning", "Nyföddhetsscreening med förhöjt IRT och F508del homozygot. Svettest idag: klorid 92 mmol/l."),
        ("Bedömning", "Cystisk fibros. Start av pankreasenzymer och saltsubstitution planeras."),
        ("Information", "Föräldrarna har ännu inte fått diagnosbeskedet, det ges vid samtal med CF-teamet på torsdag enligt överenskommelse."),
    ])],
    must=["NL101"],
    why="Confirmed cystic fibrosis visible; the guardians are explicitly not yet told.")

C("tillvaxt-amningsmott-mors-journal-barnets-allergi", "vgr", "19920309-4223", "1992-03-09", [
    N("n1", M, "Barnmorskeanteckning", "vg_amn", "vg_bm_dahl", "2024-05-06 13:10", 35, OV, [
        ("Aktuellt", "Mamman kommer med sin 7 v gamle son som har blod i avföringen och trolig komjölksproteinallergi enligt barnläkare. Hon vill fortsätta helamma."),
        ("Åtgärd", "Genomgång av mjölkfri kost för mamman, kalciumtillskott 500 mg dagligen. Amningsteknik u.a., bra tag vid bröstet."),
        ("Planering", "Telefonuppföljning om 2 veckor."),
    ])],
    must_not=["NL102"],
    why="Mother's journal at the breastfeeding clinic: the hedged allergy is her son's, a relative's.")

C("tillvaxt-pylorus-fraga-telefon-pmo", "skane", "20240302-5337", "2024-03-02", [
    N("n1", P, "Telefonrådgivning", "sk_bvc_krydd", "sk_ssk_nguyen", "2024-03-28 08:20", 15, OV, [
        ("Telefonkontakt", "Mamman ringer, pojken 3,5 v kräks kaskadartat efter varje mål sedan 3 dagar och är hungrig direkt efteråt. Färre blöta blöjor."),
        ("Bedömning", "Pylorusstenos? Hänvisas till barnakuten SUS Malmö idag, mamman kör själv."),
    ])],
    must_not=["NL102"],
    why="PMO telephone note with 'Pylorusstenos?': PMO never shows diagnoses.")

C("tillvaxt-pylorus-bild-som-vid", "vgr", "20240925-6134", "2024-09-25", [
    N("n1", M, "Akutanteckning", "vg_akut_boras", "vg_dr_berg", "2024-10-22 17:50", 60, OV, [
        ("Status", "Insjunkna ögon, torra slemhinnor, kapillär återfyllnad 3 s. Synlig peristaltik i epigastriet."),
        ("Lab", "Blodgas: pH 7,52, BE +9, Cl 89, K 3,2."),
        ("Bedömning", "Klinisk bild och hypokloremisk alkalos som vid pylorusstenos. Vätskekorrigering, UL pylorus i morgon bitti."),
    ])],
    must=["NL102"],
    why="'som vid pylorusstenos' is a 'bild som vid' hedge on the infant's diagnosis.")

C("tillvaxt-celiaki-typo-sannolkit", "vgr", "20221219-4514", "2022-12-19", [
    N("n1", M, "Läkaranteckning", "vg_bmott_kungalv", "vg_dr_ek", "2024-02-20 10:10", 30, OV, [
        ("Aktuellt", "Tilltagande buksmärtor och diarré, viktnedgång 600 g senaste 2 mån."),
        ("Lab", "tTG-IgA 45 U/ml (ref <7), Hb 98, ferritin 6."),
        ("Bedömning", "Sannolkit celiaki. Remiss för gastroskopi med duodenalbiopsier, fortsatt glutenintag till dess."),
    ])],
    must=["NL102"],
    why="Typo 'Sannolkit' hedges coeliac disease in a visible Bedömning.")

# ---------------------------------------------------------------- F. bronchiolitis / RS
C("rs-trolig-bronkiolit-akut", "vgr", "20240914-6228", "2024-09-14", [
    N("n1", M, "Akutanteckning", "vg_akut_dsbus", "vg_dr_yousef", "2024-11-20 21:40", 70, OV, [
        ("Kontaktorsak", "Snuva och hosta i 3 dagar, ätit hälften av vanligt intag senaste dygnet."),
        ("Status", "AF 62, juguära och subkostala indragningar, sat 93 % i rumsluft. Lungor: fina rassel och pip bilat. Temp 38,0."),
        ("Bedömning", "Trolig RS-bronkiolit. RS-snabbtest skickat, läggs in för observation och sondmatning vid behov."),
    ])],
    must=["NL102"],
    why="Hedged RS bronchiolitis (trolig) in the visible Bedömning of an infant at the paediatric ED.")

C("rs-pcr-positiv-ev-hfnc", "skane", "20241001-4555", "2024-10-01", [
    N("n1", M, "Daganteckning", "sk_avd_hbg", "sk_dr_berglund", "2024-12-03 10:30", 30, SV, [
        ("Aktuellt", "RS-PCR positiv. Dag 3 av bronkiolit, fortsatt ökat andningsarbete nattetid."),
        ("Status", "AF 56, sat 94 % på 1 l/min syrgas, lätta indragningar."),
        ("Planering", "Ev. högflödesbehandling (HFNC) om syrgasbehovet ökar. Sondmatning med ersättning 120 ml/kg/dygn."),
    ])],
    must_not=["NL102"],
    why="Bronchiolitis is confirmed (RS-PCR positiv); 'ev.' hedges only a treatment plan.")

C("rs-telefon-forkyld-villkorad-sok-akut", "skane", "20240630-6429", "2024-06-30", [
    N("n1", M, "Telefonanteckning", "sk_akut_lund", "sk_ssk_bengtsson", "2024-11-07 19:05", 10, OV, [
        ("Telefonkontakt", "Pappan ringer. Dottern 4 mån är förkyld sedan 2 dagar, äter något mindre men har blöta blöjor. Ingen feber."),
        ("Råd", "Koksaltdroppar och sugning före måltid. Om hon får andningsuppehåll, blir blå kring munnen, drar in mellan revbenen eller äter mindre än hälften ska de söka barnakuten direkt."),
    ])],
    must_not=["NL102"],
    why="Telephone advice is conditional ('om hon får andningsuppehåll…'); no hedged diagnosis.")

C("rs-dd-pertussis-ovaccinerad", "vgr", "20240801-6067", "2024-08-01", [
    N("n1", M, "Inskrivningsanteckning", "vg_avd_nal", "vg_dr_petrovic", "2024-10-04 16:15", 45, SV, [
        ("Anamnes", "Hostattacker med kräkningar sedan 10 dagar, blir röd i ansiktet, ingen feber. För ung för första vaccindosen. Storasyster hostar sedan 3 veckor."),
        ("Bedömning", "Långdragen hosta med attacker, DD pertussis. Nasofarynx-PCR för pertussis och RS tagen, azitromycin insatt i väntan på svar."),
    ])],
    must=["NL102"],
    why="'DD pertussis' is a differential diagnosis of the infant in a visible Bedömning.")

C("rs-bvc-telefon-misstankt-bronkiolit-pmo", "skane", "20240721-5777", "2024-07-21", [
    N("n1", P, "Telefonrådgivning", "sk_bvc_hbg", "sk_ssk_akesson", "2024-10-30 09:05", 10, OV, [
        ("Telefonkontakt", "Mamman ringer BVC. Pojken 3 mån har andats snabbt och ansträngt sedan i morse, orkar inte äta."),
        ("Bedömning", "Misstänkt bronkiolit, hänvisas till barnakuten i Helsingborg omgående. Mamman åker dit nu."),
    ])],
    must_not=["NL102"],
    why="BVC telephone note in PMO with a suspected bronchiolitis: PMO does not show diagnoses.")

C("rs-bronkiolit-inga-tecken-pneumoni", "vgr", "20240118-6404", "2024-01-18", [
    N("n1", M, "Daganteckning", "vg_avd_boras", "vg_dr_olofsson", "2024-02-28 11:25", 30, SV, [
        ("Aktuellt", "RS-positiv bronkiolit dag 4, feber 39 sedan igår, ökat syrgasbehov."),
        ("Utredning", "Lungrtg: peribronkiell förtätning, inga tecken på pneumoni eller pleuravätska."),
        ("Bedömning", "Fortsatt RS-bronkiolit. Avvaktar med antibiotika, CRP imorgon."),
    ])],
    must_not=["NL102"],
    why="Confirmed RS bronchiolitis; pneumonia is negated ('inga tecken på').")

C("rs-typo-misstank-bronkiolit", "vgr", "20240505-5159", "2024-05-05", [
    N("n1", M, "Akutanteckning", "vg_akut_nal", "vg_dr_berg", "2024-11-15 02:20", 80, OV, [
        ("Status", "AF 55, pip och rassel bilat, indragningar subkostalt. Sat 95 %. Afebril."),
        ("Bedömning", "Misstänk bronkiolit, RS-test skickat. Klarar sig hemma med täta mål, återbesök akut vid försämring."),
    ])],
    must=["NL102"],
    why="Typo 'Misstänk' still hedges bronchiolitis in a visible Bedömning.")

C("rs-fraga-inskrivning-sedan-pcr-positiv", "skane", "20240903-6221", "2024-09-03", [
    N("n1", M, "Inskrivningsanteckning", "sk_avd_lund", "sk_dr_lundgren", "2024-12-02 22:10", 60, SV, [
        ("Aktuellt", "Inlagd via barnakuten. Hosta, snuva och ökat andningsarbete sedan två dygn."),
        ("Bedömning", "RS? Bronkiolit? RS-PCR skickad, syrgas 0,5 l/min på grimma."),
    ]),
    N("n2", M, "Daganteckning", "sk_avd_lund", "sk_dr_svensson", "2024-12-03 11:15", 30, SV, [
        ("Bedömning", "RS-PCR positiv, RS-bronkiolit fastställd. Syrgasbehovet minskar, äter 70 % per os."),
    ])],
    must=["NL102:n1"], must_not=["NL102:n2"],
    why="Question-mark hedges in the admission note; next day's note states the diagnosis as confirmed.")

C("rs-epikris-foraldrar-ej-fatt-tid", "vgr", "20240727-4915", "2024-07-27", [
    N("n1", M, "Epikris", "vg_avd_skovde", "vg_dr_lindberg", "2024-11-13 14:50", 120, SV, [
        ("Epikris", "Inlagd 3 dygn för RS-bronkiolit med syrgasbehov. Syrgas utsatt i går, äter bra. Utskrivs till hemmet."),
        ("Uppföljning", "Återbesök på barnmottagningen om 4 veckor. Föräldrarna har ännu inte fått tid för återbesöket, kallelse skickas hem."),
    ])],
    must_not=["NL101", "NL102"],
    why="What the guardians have not been told is an appointment time, not a diagnosis.")

C("rs-negativ-bild-som-vid-bronkiolit", "skane", "20240412-6621", "2024-04-12", [
    N("n1", M, "Akutanteckning", "sk_akut_hbg", "sk_dr_berglund", "2024-12-10 18:35", None, OV, [
        ("Status", "Pip och förlängt exspirium bilat, fina rassel basalt. AF 48, sat 96 %. Temp 37,8."),
        ("Bedömning", "Bild som vid bronkiolit, RS-snabbtest negativt. Provar inhalation med adrenalin, hemgång om effekt."),
    ])],
    must=["NL102"],
    why="Unsigned draft: 'Bild som vid bronkiolit' hedges the diagnosis in a visible section.")

C("rs-apneer-oklart-om-pertussis", "skane", "20240205-5756", "2024-02-05", [
    N("n1", M, "Inskrivningsanteckning", "sk_avd_krist", "sk_dr_nilsson", "2024-03-12 13:30", 45, SV, [
        ("Aktuellt", "5 v gammal pojke med apnéer, två episoder hemma där han blev blå och slapp. Lätt hosta och snuva sedan en vecka."),
        ("Bedömning", "Oklart om apnéerna beror på pertussis eller RS-infektion. Nasofarynx-PCR för båda, övervakning med saturations- och apnémätare."),
    ])],
    must=["NL102"],
    why="'Oklart om … pertussis eller RS-infektion' leaves the infant's diagnosis open in a visible note.")
# ---------------------------------------------------------------- G. UVI in infants
C("uvi-feber-utan-fokus-misstankt", "skane", "20240214-5573", "2024-02-14", [
    N("n1", M, "Akutanteckning", "sk_akut_lund", "sk_dr_lundgren", "2024-04-03 19:45", 50, OV, [
        ("Kontaktorsak", "Feber 38,9 sedan i eftermiddag, ingen hosta eller snuva. Äter sämre."),
        ("Status", "AT: lätt påverkad. Fontanell i nivå. Hjärta/lungor ua. Buk mjuk. Inga utslag. Öron ua."),
        ("Bedömning", "Feber utan fokus hos 7 v gammal pojke, misstänkt UVI. Kateterurin för sticka och odling, CRP och blododling. Läggs in för iv antibiotika."),
    ])],
    must=["NL102"],
    why="Suspected urinary tract infection in a 7-week-old in a visible Bedömning.")

C("uvi-ecoli-pyelonefrit-bekraftad", "vgr", "20240528-6481", "2024-05-28", [
    N("n1", M, "Daganteckning", "vg_avd_inf", "vg_dr_andersson", "2024-07-10 10:40", 30, SV, [
        ("Aktuellt", "Dag 2. Urinodling från kateterurin: E. coli >10^5 CFU/ml, känslig för cefotaxim."),
        ("Bedömning", "Pyelonefrit orsakad av E. coli. Afebril sedan i natt, byter till peroral ceftibuten, totalt 10 dagars behandling."),
    ])],
    must_not=["NL102"],
    why="Culture-proven pyelonephritis is stated as a fact.")

C("uvi-negativ-sticka-talar-emot", "skane", "20240319-6047", "2024-03-19", [
    N("n1", M, "Akutanteckning", "sk_akut_hbg", "sk_dr_wojcik", "2024-05-02 16:15", 30, OV, [
        ("Status", "Feber 38,4, snuvig, rodnad i svalget. Opåverkad, äter bra."),
        ("Lab", "Kateterurin: nitrit neg, leukocyter neg. CRP 12."),
        ("Bedömning", "Negativ urinsticka talar emot UVI, urinodling skickad för säkerhets skull. Viral övre luftvägsinfektion."),
    ])],
    must_not=["NL102"],
    why="'talar emot UVI' argues against the diagnosis; the working diagnosis is stated firmly.")

C("uvi-fragetecken-otit-fragetecken", "vgr", "20231122-4519", "2023-11-22", [
    N("n1", M, "Akutanteckning", "vg_akut_skovde", "vg_dr_ek", "2024-03-14 22:30", None, OV, [
        ("Status", "Temp 39,2. Vä trumhinna rodnad men ej buktande, hö ua. Svalg ua."),
        ("Bedömning", "?UVI ?otit. Påsurin positiv för leukocyter, kan vara kontaminerad, kateterurin tas för odling."),
    ])],
    must=["NL102"],
    why="Unsigned draft with '?UVI ?otit': question marks hedge the infant's diagnoses.")

C("uvi-vardcentral-misstankt-pmo", "skane", "20240103-6245", "2024-01-03", [
    N("n1", P, "Sjuksköterskebesök", "sk_vc_osterlen", "sk_ssk_martensson", "2024-04-22 11:00", 20, OV, [
        ("Aktuellt", "Feber 39 i två dygn utan luftvägssymtom, illaluktande urin enligt pappan."),
        ("Bedömning", "Misstänkt UVI hos barn under 6 mån. Efter samråd med distriktsläkare remiss till barnakuten i Lund."),
    ])],
    must_not=["NL102"],
    why="Primary care nurse note in PMO; the hedged UTI is never shown.")

C("uvi-reflux-misstankt-hydronefros-typo", "skane", "20240305-6001", "2024-03-05", [
    N("n1", M, "Läkaranteckning", "sk_bnefro", "sk_dr_nilsson", "2024-06-04 14:10", 30, OV, [
        ("Utredning", "UL njurar: bilat hydronefros, hö bäcken AP-diameter 14 mm, vidgad distal uretär hö."),
        ("Bedömning", "Efter andra febrila UVI:n, misstänkt vesikouretral reflux hö. MUCG bokas, fortsatt antibiotikaprofylax med trimetoprim."),
    ])],
    must=["NL102"],
    why="Typo 'vesikouretral' in the key word; the reflux is still hedged (misstänkt) in a visible section.")

C("uvi-vur-grad4-foraldrar-ej-informerade", "vgr", "20240112-5352", "2024-01-12", [
    N("n1", M, "Läkaranteckning", "vg_bmott_dsbus", "vg_dr_andersson", "2024-04-18 15:25", 40, OV, [
        ("Utredning", "MUCG: vesikoureteral reflux grad IV bilat med intrarenal reflux."),
        ("Bedömning", "Bilateral VUR grad IV. Antibiotikaprofylax fortsätter, barnurolog kopplas in."),
        ("Information", "Föräldrarna är inte informerade om MUCG-resultatet ännu. Besked ges vid läkarbesöket nästa tisdag."),
    ])],
    must=["NL101"], must_not=["NL102"],
    why="Confirmed grade IV reflux visible while the guardians have not been told the result.")

C("uvi-dmsa-normalt-ej-meddelat", "skane", "20231220-6465", "2023-12-20", [
    N("n1", M, "Läkaranteckning", "sk_bmott_krist", "sk_dr_nilsson", "2024-05-14 13:20", 30, OV, [
        ("Bedömning", "Genomgången pyelonefrit i mars. DMSA-scint idag utan ärrbildning, normal."),
        ("Information", "Det normala DMSA-svaret har ännu inte meddelats föräldrarna, sjuksköterska ringer dem i morgon."),
    ])],
    must_not=["NL101", "NL102"],
    why="What is untold is a normal scan result, not a diagnosis; the pyelonephritis is past and known.")

C("uvi-urosepsis-kan-inte-uteslutas", "vgr", "20240309-4978", "2024-03-09", [
    N("n1", M, "Akutanteckning", "vg_akut_nal", "vg_dr_yousef", "2024-04-04 03:50", 100, OV, [
        ("Status", "Grå, marmorerad, kapillär återfyllnad 4 s, temp 39,4. Slö."),
        ("Bedömning", "Urosepsis kan inte uteslutas, urinstickan kraftigt positiv. Blododling, urinodling, vätskebolus 10 ml/kg och cefotaxim + ampicillin. Bakjour informerad."),
    ])],
    must=["NL102"],
    why="'kan inte uteslutas' hedges urosepsis in a 26-day-old; 'Bakjour informerad' is no patient information.")

C("uvi-typo-ingen-missanke", "skane", "20240516-4779", "2024-05-16", [
    N("n1", M, "Akutanteckning", "sk_akut_malmo", "sk_dr_rahimi", "2024-07-01 20:25", 35, OV, [
        ("Status", "Feber 38,3. Snuvig och hostar. Blöjan luktar normalt enligt mamman."),
        ("Lab", "Kateterurin: nitrit neg, vita neg."),
        ("Bedömning", "Luftvägsinfektion. Ingen missanke om UVI. Hem med febernedsättande och råd om vätska."),
    ])],
    must_not=["NL102"],
    why="Typo in the negation 'Ingen missanke om UVI'; the diagnosis is still ruled out.")

C("uvi-mors-egen-trolig-cystit-pp", "vgr", "19980623-3848", "1998-06-23", [
    N("n1", M, "Läkaranteckning", "vg_bb_ostra", "vg_dr_strand", "2024-06-15 12:30", 30, SV, [
        ("Aktuellt", "Dag 2 efter vakuumextraktion. Sveda och täta trängningar sedan i morse, afebril."),
        ("Lab", "U-sticka: nitrit pos, leukocyter 3+. Urinodling skickad."),
        ("Bedömning", "Trolig nedre UVI. Pivmecillinam 200 mg x 3 i 5 dagar, går bra att kombinera med amning."),
    ])],
    must=["NL102"],
    why="The mother's own hedged lower UTI post partum in her visible BB note.")

# ---------------------------------------------------------------- H. mother's journal (BB)
C("bb-mor-misstankt-endometrit", "skane", "19910214-3626", "1991-02-14", [
    N("n1", M, "Läkaranteckning", "sk_bb_lund", "sk_dr_ohlsson", "2024-02-29 08:30", 30, SV, [
        ("Aktuellt", "Dag 4 efter akut kejsarsnitt. Feber 38,7 sedan i natt, frossa. Illaluktande flytningar."),
        ("Status", "Öm vid palpation av uterus, fundus i navelhöjd. Sår utan rodnad. Lungor ua."),
        ("Lab", "CRP 145, LPK 17,2."),
        ("Bedömning", "Misstänkt endometrit. Odling från cervix och blododling, klindamycin + gentamicin iv."),
    ])],
    must=["NL102"],
    why="The mother's suspected endometritis in a visible Bedömning of her BB note.")

C("bb-mor-trolig-mastit", "vgr", "19870727-4406", "1987-07-27", [
    N("n1", M, "Läkaranteckning", "vg_bb_nal", "vg_dr_karlsson", "2024-03-21 15:10", 25, SV, [
        ("Aktuellt", "Dag 6 pp, återinlagd från hemmet. Ömhet och rodnad i vä bröst sedan igår, temp 39,0."),
        ("Status", "Vä bröst: kilformad rodnad lateralt, värmeökning, ingen fluktuation. Hö bröst ua."),
        ("Bedömning", "Trolig mastit vä. Flukloxacillin, fortsatt amning och tömning av bröstet. UL om ingen förbättring på 48 h."),
    ])],
    must=["NL102"],
    why="Hedged mastitis of the mother in a visible section.")

C("bb-mor-postpartumdepression-fraga-typo", "skane", "19941019-4089", "1994-10-19", [
    N("n1", M, "Barnmorskeanteckning", "sk_bb_hbg", "sk_bm_friberg", "2024-04-30 21:15", None, SV, [
        ("Aktuellt", "Dag 3. Mamman gråter mycket, säger att hon inte känner något för barnet och att hon är en dålig mamma. Sover 2–3 h per natt."),
        ("Bedömning", "EPDS 15. Postpartumdepresion? Läkare och kurator kontaktade, samtal bokat i morgon innan hemgång."),
    ])],
    must=["NL102"],
    why="Unsigned midwife draft; typo 'Postpartumdepresion?' with a question mark hedges the mother's diagnosis.")

C("bb-mor-ingen-misstanke-postpartumpsykos", "vgr", "19850505-4265", "1985-05-05", [
    N("n1", M, "Läkaranteckning", "vg_bb_ostra", "vg_dr_strand", "2024-05-23 19:40", 30, SV, [
        ("Aktuellt", "Tillsyn på begäran av barnmorska pga oro och sömnlöshet dag 3 pp. Tidigare psykiskt frisk."),
        ("Status", "Vaken, orienterad, adekvat i kontakten. Inga hallucinationer eller vanföreställningar. Förnekar suicidtankar."),
        ("Bedömning", "Ingen misstanke om postpartumpsykos. Övergående nedstämdhet dag 3, typiskt för tidig postpartumperiod. Sömnstöd, partnern stannar över natten."),
    ])],
    must_not=["NL102"],
    why="Postpartum psychosis is negated ('ingen misstanke om').")

C("bb-mor-preeklampsi-trolig-hemgang", "skane", "19890128-3864", "1989-01-28", [
    N("n1", M, "Läkaranteckning", "sk_bb_ystad", "sk_dr_berglund", "2024-06-08 09:50", 20, SV, [
        ("Aktuellt", "Preeklampsi, förlöst v 37+1 efter induktion. BT nu 138/88 på labetalol 200 mg x 3."),
        ("Lab", "Trombocyter 182, ALAT 0,42, kreatinin 61, U-albumin 1+."),
        ("Planering", "Trolig hemgång imorgon efter BT-kontroll. BT-uppföljning på barnmorskemottagningen om 3 dagar."),
    ])],
    must_not=["NL102"],
    why="Confirmed pre-eclampsia; 'Trolig' only hedges the discharge date.")

C("bb-mor-gas-sepsis-ej-informerad", "skane", "19900425-3028", "1990-04-25", [
    N("n1", M, "Läkaranteckning", "sk_bb_lund", "sk_dr_svensson", "2024-08-10 06:20", 40, SV, [
        ("Aktuellt", "Dag 2 pp, feber 39,8, takykardi 130, BT 95/55. Diffus buksmärta."),
        ("Lab", "Blododlingen från igår växer grupp A-streptokocker. Laktat 3,1."),
        ("Bedömning", "Puerperal sepsis orsakad av grupp A-streptokocker. Byter till bensylpenicillin + klindamycin, överflyttas till IVA för övervakning."),
        ("Information", "Patienten är ännu inte informerad om odlingssvaret, informeras av IVA-läkare när hon stabiliserats."),
    ])],
    must=["NL101"], must_not=["NL102"],
    why="The mother's confirmed puerperal GAS sepsis is visible while she has not been told.")

C("bb-mor-hellp-informerad-modern-ej", "vgr", "19931214-2863", "1993-12-14", [
    N("n1", M, "Läkaranteckning", "vg_bb_ostra", "vg_dr_lindberg", "2024-07-19 13:30", 30, SV, [
        ("Bedömning", "HELLP-syndrom med trombocyter 62 och ALAT 4,8 före partus. Nu sjunkande leverprover, trombocyter 98."),
        ("Information", "Patienten informerad om diagnosen HELLP-syndrom och om ökad risk vid kommande graviditet. Hon vill själv berätta för sin mamma och önskar att vi inte informerar mamman vid besöket."),
    ])],
    must_not=["NL101", "NL102"],
    why="The patient is told; only her own mother (a relative) is not to be informed.")

C("bb-eftervard-misstankt-sfinkterskada-pmo", "skane", "19971103-3689", "1997-11-03", [
    N("n1", P, "Eftervårdsbesök", "sk_bmm_trelle", "sk_bm_sandberg", "2024-03-13 10:15", 30, OV, [
        ("Eftervård", "8 veckor pp. Besvär med gasinkontinens och trängningar till avföring sedan förlossningen, bristning grad 2 enligt förlossningsjournalen."),
        ("Bedömning", "Misstänkt ej upptäckt sfinkterskada. Remiss till bäckenbottenmottagningen för endoanalt ultraljud."),
    ])],
    must_not=["NL102"],
    why="Postnatal check at a primary-care midwife clinic in PMO; PMO does not show diagnoses.")

C("bb-mor-lungemboli-kan-inte-uteslutas", "vgr", "19860220-4003", "1986-02-20", [
    N("n1", M, "Läkaranteckning", "vg_bb_boras", "vg_dr_petrovic", "2024-01-14 17:25", 35, SV, [
        ("Aktuellt", "Dag 3 efter kejsarsnitt. Plötslig andfåddhet och högersidig andningskorrelerad bröstsmärta i eftermiddag."),
        ("Status", "AF 24, sat 93 %, puls 112. Lungor: lika andningsljud. Vaderna mjuka, inga ödem."),
        ("Bedömning", "Lungemboli kan inte uteslutas. DT lungartärer akut, dalteparin i behandlingsdos i väntan på svar."),
    ])],
    must=["NL102"],
    why="'Lungemboli kan inte uteslutas' in the mother's visible Bedömning after caesarean.")

C("bb-mor-syster-trolig-sle", "skane", "19920830-3603", "1992-08-30", [
    N("n1", M, "Barnmorskeanteckning", "sk_bb_krist", "sk_bm_hakansson", "2024-10-15 10:05", 20, SV, [
        ("Anamnes", "Omföderska, två tidigare normala förlossningar. Hereditet: syster utreds för trolig SLE, modern har hypotyreos."),
        ("Aktuellt", "Spontan vaginal förlossning i natt, blödning 350 ml. Mår bra, ammar."),
        ("Planering", "Hemgång idag efter att barnet undersökts av barnläkare."),
    ])],
    must_not=["NL102"],
    why="The only hedged diagnosis (trolig SLE) is the sister's, in the mother's hereditary history.")

C("bb-mor-sheehan-tidiga-hypoteser-sokord", "vgr", "19830917-4822", "1983-09-17", [
    N("n1", M, "Läkaranteckning", "vg_bb_ostra", "vg_dr_karlsson", "2024-11-06 11:30", 45, SV, [
        ("Aktuellt", "Dag 5 efter massiv postpartumblödning 3,2 l, 8 enheter blod. Mjölkproduktionen har inte kommit igång, trött, yr vid uppresning."),
        ("Lab", "Natrium 131, P-glukos 3,6 fastande."),
        ("Tidiga hypoteser", "Misstänkt Sheehans syndrom (hypofysinsufficiens efter blödningschock). Kortisol, ACTH, fritt T4 och prolaktin tagna, endokrinkonsult begärd."),
        ("Planering", "Fortsatt inneliggande, ny bedömning när svaren kommit."),
    ])],
    must_not=["NL102"],
    why="VGR: the mother's hedged Sheehan syndrome is only under the sökord Tidiga hypoteser.")

C("bb-mor-endometrit-typo", "vgr", "19940601-3087", "1994-06-01", [
    N("n1", M, "Läkaranteckning", "vg_bb_skovde", "vg_dr_ek", "2024-02-07 18:10", 30, SV, [
        ("Aktuellt", "Dag 3 efter manuell placentalösning. Feber 38,5 och ömmande livmoder."),
        ("Bedömning", "Trolig endomtrit. Klindamycin + gentamicin iv, cervixodling tagen."),
    ])],
    must=["NL102"],
    why="Typo in the key word 'endomtrit', hedged with 'Trolig' in the mother's visible note.")

C("bb-mor-graves-ej-informerad", "skane", "19910530-4407", "1991-05-30", [
    N("n1", M, "Läkaranteckning", "sk_bb_malmo", "sk_dr_haddad", "2024-09-20 16:00", 40, SV, [
        ("Aktuellt", "Dag 4 pp, hjärtklappning, svettningar och tremor. Viktnedgång sedan partus mer än förväntat."),
        ("Lab", "TSH <0,01, fritt T4 48, TRAK 9,2."),
        ("Bedömning", "Graves sjukdom. Propranolol 10 mg x 3 insätts symtomatiskt, endokrinolog konsulteras om val av tyreostatika under amning."),
        ("Information", "Pat ej informerad om diagnosen ännu, endokrinologen tar samtalet vid besöket i morgon."),
    ])],
    must=["NL101"], must_not=["NL102"],
    why="The mother's confirmed Graves disease stands visibly while she is not yet told.")

C("bb-mor-lakemedel-forenliga-med-amning", "skane", "20011010-4841", "2001-10-10", [
    N("n1", M, "Läkaranteckning", "sk_bb_ystad", "sk_dr_berglund", "2024-11-27 09:10", 25, SV, [
        ("Aktuellt", "Dag 1 efter planerat kejsarsnitt pga sätesbjudning. Smärta VAS 5 vid mobilisering."),
        ("Åtgärd", "Paracetamol 1 g x 4 och ibuprofen 400 mg x 3, båda förenliga med amning. Dalteparin 5000 E x 1 i 7 dagar."),
    ])],
    must_not=["NL102"],
    why="Hard negative: 'förenliga med' refers to drug compatibility with breastfeeding, not to a diagnosis.")

C("bb-mor-peripartumkardiomyopati-ej-informerad", "vgr", "19880404-3282", "1988-04-04", [
    N("n1", M, "Läkaranteckning", "vg_kard_ostra", "vg_dr_hedlund", "2024-08-29 15:15", 30, SV, [
        ("Aktuellt", "Konsult från BB. Dag 6 pp, andfåddhet vid lätt ansträngning och bensvullnad."),
        ("Utredning", "Eko: vidgad vä kammare, EF 30 %. NT-proBNP 4 200."),
        ("Bedömning", "Peripartumkardiomyopati. Insätter betablockerare och diuretika, flytt till hjärtavdelning."),
        ("Information", "Pat inte informerad om ekofyndet eller diagnosen ännu; kardiolog informerar vid ronden i morgon när partnern är med."),
    ])],
    must=["NL101"], must_not=["NL102"],
    why="The mother's confirmed peripartum cardiomyopathy is visible while she has not been told.")
# ---------------------------------------------------------------- I. other neonatal conditions
C("neo-trolig-ttn-dd-pneumoni", "vgr", "20240418-5734", "2024-04-18", [
    N("n1", M, "Inskrivningsanteckning", "vg_neo_boras", "vg_dr_olofsson", "2024-04-18 13:20", 50, SV, [
        ("Aktuellt", "Född via elektivt kejsarsnitt v 38+1. Takypné 75–90 från 1 timmes ålder, lätta indragningar."),
        ("Status", "Sat 94 % på 25 % syrgas. Temp 37,0. Rosig, gott allmäntillstånd."),
        ("Bedömning", "Trolig TTN (transitorisk takypné hos nyfödd), DD begynnande pneumoni. CRP och blododling, CPAP vid behov."),
    ])],
    must=["NL102"],
    why="Hedged TTN with a differential diagnosis in the newborn's visible admission note.")

C("neo-klavikelfraktur-ingen-plexusskada", "skane", "20240729-5357", "2024-07-29", [
    N("n1", M, "Läkaranteckning", "sk_bb_krist", "sk_dr_wojcik", "2024-07-30 10:45", 20, SV, [
        ("Anamnes", "Födelsevikt 4 620 g, skulderdystoci 1 minut."),
        ("Status", "Krepitation och lätt svullnad över hö klavikel. Rör hö arm symmetriskt med vä, normal Moro-reflex och gripreflex bilat."),
        ("Bedömning", "Klavikelfraktur hö. Ingen plexusskada. Läker utan behandling, föräldrarna visade hur han ska lyftas och klädas."),
    ])],
    must_not=["NL102"],
    why="Birth fracture confirmed, plexus injury negated.")

C("neo-pku-misstankt-kongenital-hypotyreos", "skane", "20240120-6228", "2024-01-20", [
    N("n1", M, "Telefonanteckning", "sk_bmott_hbg", "sk_dr_lundgren", "2024-01-25 11:50", None, OV, [
        ("Telefonkontakt", "PKU-laboratoriet meddelar förhöjt TSH 42 mU/l i screeningprovet. Familjen kallad till mottagningen i morgon för venöst TSH och fritt T4."),
        ("Bedömning", "Misstänkt kongenital hypotyreos. Levotyroxin startas direkt efter provtagningen."),
    ])],
    must=["NL102"],
    why="Unsigned telephone note hedging congenital hypothyroidism after a screening result.")

C("neo-kongenital-hypotyreos-vardnadshavare-ej-informerade", "vgr", "20240212-4511", "2024-02-12", [
    N("n1", M, "Läkaranteckning", "vg_bendo", "vg_dr_lindberg", "2024-02-19 12:35", 20, OV, [
        ("Utredning", "Venöst TSH 180 mU/l, fritt T4 5 pmol/l. UL tyreoidea: ingen körtelvävnad i normalt läge."),
        ("Bedömning", "Kongenital hypotyreos på basen av atyreos. Levotyroxin 50 µg x 1 ordinerat."),
        ("Information", "Vårdnadshavarna är inte informerade om provsvaren ännu; sjuksköterskan ringer dem i eftermiddag och bokar besök för besked och receptgenomgång."),
    ])],
    must=["NL101"], must_not=["NL102"],
    why="Confirmed congenital hypothyroidism visible while the guardians are not yet informed.")

C("neo-prader-willi-tidiga-hypoteser-mall", "skane", "20240303-6532", "2024-03-03", [
    N("n1", M, "Tidiga hypoteser", "sk_neo_krist", "sk_dr_wojcik", "2024-03-10 14:00", 30, SV, [
        ("Bedömning", "Uttalad hypotoni, svag sugreflex, kräver sondmatning dag 7. Mandelformade ögon, små händer, kryptorkism bilat. Misstänkt Prader-Willis syndrom, metyleringsanalys 15q11 skickad."),
        ("Information", "Misstanken har inte nämnts för föräldrarna, tas upp när genetiskt svar finns."),
    ])],
    must_not=["NL102", "NL101"],
    why="Skåne Tidiga hypoteser template: hedged syndrome and untold remark are hidden.")

C("neo-hypospadi-ingen-misstanke-dsd", "skane", "20241021-4155", "2024-10-21", [
    N("n1", M, "Nyföddhetsundersökning", "sk_bb_lund", "sk_dr_ohlsson", "2024-10-22 13:40", 25, SV, [
        ("Status", "Glandulär hypospadi med uretramynning på glans, lätt ventral krökning. Testiklar i scrotum bilat, normal storlek."),
        ("Bedömning", "Distal hypospadi. Palpabla testiklar bilat, ingen misstanke om DSD. Remiss barnurolog, ingen omskärelse före bedömning."),
    ])],
    must_not=["NL102"],
    why="Confirmed hypospadias; disorder of sex development is negated.")

C("neo-klumpfot-pappa-troligen-ocksa", "vgr", "20241102-6087", "2024-11-02", [
    N("n1", M, "Läkaranteckning", "vg_borto", "vg_dr_sjoberg", "2024-11-12 10:20", 30, OV, [
        ("Anamnes", "Klumpfot hö sedd på rutinultraljud v 20. Pappan hade troligen också klumpfot, opererad som barn i Iran, oklart vilken typ."),
        ("Status", "Rigid pes equinovarus hö, Pirani-score 5,0. Vä fot normal."),
        ("Åtgärd", "Första gipsen enligt Ponseti lagd idag."),
    ])],
    must_not=["NL102"],
    why="The hedges (troligen, oklart) are about the father's condition; the child's clubfoot is confirmed.")

C("neo-subgaleal-blodning-typo-utslutas", "skane", "20241206-5779", "2024-12-06", [
    N("n1", M, "Läkaranteckning", "sk_bb_malmo", "sk_dr_rahimi", "2024-12-07 04:15", 60, SV, [
        ("Anamnes", "Sugklocka med 4 drag, svår förlossning."),
        ("Status", "Fluktuerande svullnad över hela skallen som korsar suturerna, öronen förskjutna framåt. Blek, puls 165."),
        ("Bedömning", "Subgaleal blödning kan ej utslutas. Hb, koagulation och blodgruppering akut, överflyttas till neo för övervakning."),
    ])],
    must=["NL102"],
    why="Typo in the hedge 'kan ej utslutas' after vacuum extraction; subgaleal haemorrhage stays open.")

C("neo-nec-fragetecken-prematur", "vgr", "20240902-6040", "2024-09-02", [
    N("n1", M, "Läkaranteckning", "vg_neo_dsbus", "vg_dr_andersson", "2024-09-20 09:05", 40, SV, [
        ("Aktuellt", "Prematur v 26+3, nu dag 18. Bukutspänd sedan morgonen, gallfärgade aspirat i sonden, blod i avföringen."),
        ("Status", "Buk utspänd och öm, glänsande hud, svaga tarmljud."),
        ("Bedömning", "NEC? Rtg buk akut, tarmvila, meropenem efter odling. Barnkirurg kontaktad."),
    ])],
    must=["NL102"],
    why="'NEC?' hedges necrotising enterocolitis in a premature infant's visible note.")

C("neo-ivh-grad3-foraldrar-ej-informerade", "vgr", "20240604-4939", "2024-06-04", [
    N("n1", M, "Läkaranteckning", "vg_neo_ostra", "vg_dr_wikstrom", "2024-06-07 13:10", 30, SV, [
        ("Utredning", "UL skalle dag 3: intraventrikulär blödning grad III vä med vidgad ventrikel, grad I hö."),
        ("Bedömning", "IVH grad III vä. Daglig huvudomfångsmätning, nytt UL om 3 dagar."),
        ("Information", "Föräldrarna ännu ej informerade om ultraljudsfyndet. Ansvarig neonatolog samtalar med dem i eftermiddag när pappan är på plats."),
    ])],
    must=["NL101"], must_not=["NL102"],
    why="Confirmed grade III IVH visible while the guardians have not been informed.")

C("neo-hie-mr-foraldrar-ej-besked", "skane", "20241111-6003", "2024-11-11", [
    N("n1", M, "Läkaranteckning", "sk_neo_lund", "sk_dr_rahimi", "2024-11-20 16:35", 45, SV, [
        ("Utredning", "MR hjärna dag 8: diffusionsinskränkning i basala ganglier och thalamus bilat."),
        ("Bedömning", "Hypoxisk-ischemisk encefalopati med basalgangliemönster efter genomgången hypotermibehandling."),
        ("Information", "Föräldrarna har ännu inte fått besked om MR-resultatet. Samtal bokat i morgon med neonatolog, barnneurolog och kurator."),
    ])],
    must=["NL101"],
    why="Confirmed HIE on MRI visible while the guardians have not been told.")

C("neo-ljumskbrack-remiss-ej-meddelad", "skane", "20240129-4919", "2024-01-29", [
    N("n1", M, "Läkaranteckning", "sk_bkir", "sk_dr_nilsson", "2024-05-22 10:55", 30, OV, [
        ("Status", "Reponibelt ljumskbråck hö, ingen inklämning. Testiklar på plats."),
        ("Bedömning", "Ljumskbråck hö hos 4 mån gammal f.d. prematur pojke. Operation i dagkirurgi inom 6 veckor."),
        ("Information", "Anestesibedömning krävs pga prematuritet. Föräldrarna är ännu inte informerade om att remissen till anestesimottagningen har skickats."),
    ])],
    must_not=["NL101"],
    why="What is not yet told is that a referral was sent, not a diagnosis.")

C("neo-diafragmabrack-kant-sedan-fosterdiagnostik", "vgr", "20240426-6245", "2024-04-26", [
    N("n1", M, "Inskrivningsanteckning", "vg_neo_ostra", "vg_dr_karlsson", "2024-04-26 15:55", 70, SV, [
        ("Anamnes", "Diafragmabråck vä diagnostiserat vid rutinultraljud v 21. Föräldrarna väl informerade under graviditeten av fostermedicin och barnkirurg."),
        ("Aktuellt", "Född v 38 via kejsarsnitt, intuberad direkt på förlossningen. Sat preduktalt 88 %."),
        ("Bedömning", "Kongenitalt diafragmabråck vä med pulmonell hypertension. HFOV, iNO. Kirurgi när cirkulatoriskt stabil."),
    ])],
    must_not=["NL101", "NL102"],
    why="Confirmed diaphragmatic hernia that the guardians were told about during pregnancy.")

C("neo-mcdk-typo-informerde", "vgr", "20241017-6206", "2024-10-17", [
    N("n1", M, "Läkaranteckning", "vg_neo_skovde", "vg_dr_ek", "2024-10-19 17:20", 30, SV, [
        ("Utredning", "UL njurar dag 2: multicystisk dysplastisk njure vä, hö njure normal med kompensatorisk storlek."),
        ("Bedömning", "Multicystisk dysplastisk njure vä. Remiss till barnnefrolog, UL-kontroll om 3 mån."),
        ("Information", "Föräldrarna ej informerde om fyndet ännu, barnläkare ger besked på ronden i morgon."),
    ])],
    must=["NL101"],
    why="Typo 'informerde'; confirmed kidney malformation visible while guardians are not told.")

C("neo-esofagusatresi-informerade-ej-morforaldrar", "skane", "20240707-5197", "2024-07-07", [
    N("n1", M, "Läkaranteckning", "sk_neo_malmo", "sk_dr_haddad", "2024-07-09 11:40", 30, SV, [
        ("Bedömning", "Esofagusatresi med distal trakeoesofageal fistel (Gross typ C), opererad dag 1 med primär anastomos. Stabil postoperativt."),
        ("Information", "Föräldrarna har fått fullständig information om diagnosen och operationen. De önskar att personalen inte diskuterar diagnosen med morföräldrarna, som kommer på besök, innan de själva hunnit berätta."),
    ])],
    must_not=["NL101"],
    why="The guardians are told; only the grandparents (relatives) are not to be informed.")

C("neo-trisomi21-misstanke-meddelad-foraldrar", "vgr", "20241201-5535", "2024-12-01", [
    N("n1", M, "Läkaranteckning", "vg_neo_nal", "vg_dr_petrovic", "2024-12-03 14:25", 35, SV, [
        ("Status", "Uppåtsnedställda ögonspringor, fyrfingerfåra bilat, sandalgap, hypoton. Blåsljud 2/6."),
        ("Bedömning", "Kliniska fynd talar för trisomi 21. Kromosomanalys och eko beställda."),
        ("Information", "Föräldrarna informerade om misstanken vid samtal idag med neonatolog och barnsjuksköterska, kurator erbjuden."),
    ])],
    must=["NL102"], must_not=["NL101"],
    why="Communicated hypothesis written visibly: still a hedged diagnosis (talar för) but the guardians are told.")

C("neo-turner-tidiga-hypoteser-sedan-besked", "skane", "20240311-6268", "2024-03-11", [
    N("n1", M, "Tidiga hypoteser", "sk_neo_hbg", "sk_dr_berglund", "2024-03-12 15:10", 30, SV, [
        ("Bedömning", "Lymfödem på händer och fötter, bred hals med överskottshud. Misstänkt Turners syndrom, karyotyp skickad. Ej diskuterat med föräldrarna."),
    ]),
    N("n2", M, "Läkaranteckning", "sk_neo_hbg", "sk_dr_berglund", "2024-03-19 13:00", 40, SV, [
        ("Bedömning", "Karyotyp 45,X – Turners syndrom."),
        ("Information", "Besked lämnat till föräldrarna idag. Remiss till barnkardiologi och barnendokrinologi."),
    ])],
    must_not=["NL102:n1", "NL101:n1", "NL101:n2", "NL102:n2"],
    why="Hypothesis first in the Skåne Tidiga hypoteser template, then confirmed and told in a visible note.")

C("neo-trisomi21-bekraftad-mor-ej-informerad", "skane", "20240822-4737", "2024-08-22", [
    N("n1", M, "Läkaranteckning", "sk_neo_hbg", "sk_dr_lundgren", "2024-08-24 18:05", 30, SV, [
        ("Utredning", "QF-PCR: trisomi 21, 47,XY,+21."),
        ("Bedömning", "Downs syndrom. Eko visar ingen AVSD, liten PDA. Hörsel- och tyreoideascreening enligt vårdprogram."),
        ("Information", "Besked ska inte lämnas förrän båda föräldrarna är på plats; mamman är ännu inte informerad om provsvaret och pappan kommer i morgon."),
    ])],
    must=["NL101"], must_not=["NL102"],
    why="Confirmed Down syndrome visible while the note says the guardians must not be told yet.")

# ---------------------------------------------------------------- J. BVC (PMO)
C("bvc-lakare-talar-for-otit-pmo", "skane", "20230930-5171", "2023-09-30", [
    N("n1", P, "BVC-läkarbesök", "sk_bvc_ystad", "sk_dr_jeppsson", "2024-08-06 10:40", None, OV, [
        ("Status", "Vä trumhinna buktande och rodnad, hö ua. Pigg, äter och dricker."),
        ("Bedömning", "Fyndet talar för akut otitis media vä. Kan avvakta utan antibiotika, ny kontroll om 2–3 dagar vid kvarstående feber."),
    ])],
    must_not=["NL102"],
    why="'talar för' otitis in an unsigned PMO BVC physician note: PMO is never asserted for NL102.")

# ---------------------------------------------------------------- K. template vs sökord across regions
C("vgr-mall-tidiga-hypoteser-sokord-bedomning-synlig", "vgr", "20240525-6112", "2024-05-25", [
    N("n1", M, "Tidiga hypoteser", "vg_neo_boras", "vg_dr_olofsson", "2024-05-27 10:30", 30, SV, [
        ("Bedömning", "Makroglossi, navelbråck, hemihypertrofi vä och upprepad hypoglykemi. Misstänkt Beckwith-Wiedemanns syndrom, metyleringsanalys 11p15 skickad."),
    ])],
    must=["NL102"],
    why="VGR filters by sökord, not by template: a Tidiga hypoteser template with sökord Bedömning is visible.")

C("skane-sokord-tidiga-hypoteser-i-lakaranteckning", "skane", "20240617-6145", "2024-06-17", [
    N("n1", M, "Läkaranteckning", "sk_neo_malmo", "sk_dr_haddad", "2024-06-20 14:50", None, SV, [
        ("Status", "Huvudomfång -2,5 SD, petekier på bålen, lever 3 cm under arcus. Utfall på OAE bilat."),
        ("Tidiga hypoteser", "Misstänkt kongenital CMV-infektion. CMV-PCR i urin och från PKU-kortet beställt."),
    ])],
    must=["NL102"],
    why="Skåne filters by template, not by sökord: a Tidiga hypoteser sökord inside a Läkaranteckning is visible.")
# ---------------------------------------------------------------- L. long charts
C("lang-neo-epikris-prematur-mojlig-anemi", "skane", "20240503-6449", "2024-05-03", [
    N("n1", M, "Epikris", "sk_neo_lund", "sk_dr_lindqvist", "2024-06-21 14:30", 90, SV, [
        ("Epikris", "Flicka född v 31+2 via akut kejsarsnitt pga preeklampsi hos mor, födelsevikt 1 480 g, Apgar 5-7-9. Fick CPAP från födseln och en dos surfaktant via LISA vid 2 timmars ålder pga RDS med FiO2 0,40. CPAP utsatt dag 6, därefter grimma med låga flöden fram till dag 19. Koffein insatt dag 1 pga prematuritetsapnéer, utsatt v 34+0 utan återkomst av apnéer."),
        ("Infektion", "Blododling tagen vid födseln utan växt, antibiotika avslutades efter 36 h. Inga senare infektionsepisoder under vårdtiden."),
        ("Nutrition", "Parenteral nutrition de första 5 dagarna, därefter uppbyggnad av bröstmjölk via sond med berikning. Ammar nu 6 av 8 mål, resten som flaska med berikad bröstmjölk. Vikt vid utskrivning 2 240 g, följer -1 SD."),
        ("Ikterus", "Fototerapi dag 2–4 vid prematuritetsikterus, därefter bilirubin under behandlingsgräns."),
        ("Undersökningar", "UL skalle dag 3 och dag 28 utan blödning eller periventrikulär leukomalaci. ROP-screening: ingen ROP, avslutas enligt riktlinjer. Hörselscreening med ABR ua. PKU-prov taget dag 3 och upprepat vid 2 veckor, båda normala."),
        ("Vid utskrivning", "Hb 92 vid utskrivningen, retikulocyter låga. Möjlig prematuritetsanemi, järntillskott från 6 veckors ålder enligt PM. Opåverkad, normal tonus för korrigerad ålder."),
        ("Läkemedel vid utskrivning", "Berikning av bröstmjölk enligt dietistens ordination, D-vitamin 10 µg dagligen. Järndroppar 2 mg/kg/dag från 6 veckors ålder."),
        ("Vaccinationer", "Första dosen rotavirusvaccin given på avdelningen vid 6 veckors kronologisk ålder. Fortsatt vaccination enligt BVC-programmet utifrån kronologisk ålder."),
        ("Information", "Utskrivningssamtal med båda föräldrarna idag där vårdförloppet sammanfattades. De har fått skriftlig information om infektionstecken hos för tidigt födda barn och avdelningens telefonnummer dygnet runt."),
        ("Planering", "Överförs till neonatal hemsjukvård i 1 vecka. Återbesök på neonatalmottagningen vid 2 mån korrigerad ålder med Hb-kontroll. RS-profylax diskuteras inför säsongen."),
    ])],
    must=["NL102"], must_not=["NL101"],
    why="Long discharge summary with one hedged diagnosis (Möjlig prematuritetsanemi) deep in a visible section.")

C("lang-bb-hemgang-mor-inga-hedgade-diagnoser", "vgr", "19900711-3849", "1990-07-11", [
    N("n1", M, "Utskrivningsanteckning BB", "vg_bb_molndal", "vg_bm_eriksson", "2024-07-22 11:20", 40, SV, [
        ("Förlossning", "Omföderska, spontan vaginal förlossning v 41+1 efter induktion med ballong och oxytocin. Blödning 600 ml. Bristning grad 1, suturerad."),
        ("Amning", "Ammar var 2–3 h med bra tag, mjölken rann till dag 3. Lätt ömma bröstvårtor, lanolin."),
        ("Barnet", "Vid nyföddhetsundersökningen hördes ett mjukt blåsljud, eko på BB visade en liten ASD som inte kräver åtgärd. Trolig spontan slutning inom första levnadsåret enligt barnkardiolog."),
        ("Status", "BT 124/78, puls 76, afebril. Fundus välkontraherad 3 cm under naveln, lochia normala. Kissar utan besvär. Hb 108 dag 2."),
        ("Psykiskt", "Mår bra, sover när barnet sover. EPDS 4. Partnern är föräldraledig i 3 veckor."),
        ("Bedömning", "Okomplicerat förlopp post partum. Ingen misstanke om infektion. Lätt anemi, järntabletter i 6 veckor."),
        ("Planering", "Hemgång idag. Eftervårdsbesök hos barnmorska om 6–8 veckor, eventuellt tidigare vid amningsproblem. Vid feber, ökad blödning eller ensidig vadsmärta ska hon kontakta BB direkt."),
        ("Preventivmedel", "Önskar p-stav, läggs vid eftervårdsbesöket."),
        ("Läkemedel", "Järn 100 mg dagligen, paracetamol vid behov. Ingen tromboprofylax då riskfaktorer saknas."),
        ("Information", "Muntlig och skriftlig hemgångsinformation given om blödning, amning och bäckenbottenträning. Partnern deltog i samtalet."),
    ])],
    must_not=["NL102"],
    why="Long BB discharge note whose hedges are on a prognosis, a plan and conditionals; infection negated; baby's ASD confirmed.")

C("lang-barnakut-trol-pyelonefrit-3-man", "skane", "20240425-5826", "2024-04-25", [
    N("n1", M, "Akutanteckning", "sk_akut_malmo", "sk_dr_svensson", "2024-08-02 22:40", None, OV, [
        ("Kontaktorsak", "3 mån gammal flicka med feber sedan två dygn, max 39,6, sämre födointag och kräkts tre gånger idag."),
        ("Anamnes", "Född fullgången, tidigare frisk, normal tillväxt. Vaccinerad enligt BVC-programmet för åldern. Inga syskon, inga kända allergier. Föräldrarna har inte noterat hosta eller snuva men tycker att urinen luktar starkare."),
        ("Status", "AT: trött men väckbar, blek. Temp 39,2, puls 178, AF 44, sat 99 %, kapillär återfyllnad 2 s.\nHud: inga exantem eller petekier.\nCor: regelbunden rytm utan biljud.\nLungor: vesikulära andningsljud bilat.\nBuk: mjuk, oöm, ingen palpabel resistens.\nÖron: trumhinnor ua bilat.\nFontanell: mjuk, i nivå."),
        ("Socialt", "Bor med båda föräldrarna i lägenhet i Malmö, mamman föräldraledig. Ingen rökning i hemmet."),
        ("Läkemedel", "Paracetamol suppositorium 60 mg gavs i triaget med god effekt på febern."),
        ("Lab", "CRP 118, LPK 21,4, Hb 109, kreatinin 24. Kateterurin: nitrit pos, leukocyter 3+, blod 1+. Urinodling och blododling skickade."),
        ("Bedömning", "Feber med kraftigt positiv urinsticka och högt CRP hos 3 mån gammal flicka, trol. pyelonefrit. Cefotaxim 50 mg/kg x 3 iv efter odlingar, läggs in på barnavdelningen."),
        ("Planering", "Vätska per os efter förmåga, iv dropp om hon inte klarar intaget. UL njurar under vårdtiden. Byte till peroral behandling när hon är afebril och odlingssvaret finns."),
    ])],
    must=["NL102"],
    why="Long unsigned ED chart with telegraphic status; one hedged diagnosis (trol. pyelonefrit) in Bedömning.")

C("lang-rs-bronkiolit-daganteckning-planer", "vgr", "20240926-4591", "2024-09-26", [
    N("n1", M, "Daganteckning", "vg_avd_inf", "vg_dr_yousef", "2024-12-12 11:05", 35, SV, [
        ("Aktuellt", "Dag 4 av RS-bronkiolit hos 2,5 mån gammal pojke, RS-PCR positiv vid inkomst. Natten lugnare än tidigare, två korta desaturationer till 88 % vid matning som hävdes spontant."),
        ("Status", "AT: pigg när han är vaken, söker kontakt. Temp 37,6, puls 150, AF 48, sat 95 % på 0,5 l/min syrgas via grimma.\nAndning: lätta subkostala indragningar, inga näsvingespel.\nLungor: utbredda fina rassel bilat, enstaka pip.\nHud: varm, rosig, kapillär återfyllnad under 2 s.\nBuk: mjuk.\nFontanell: i nivå."),
        ("Nutrition", "Sondmatas med bröstmjölk 8 x 70 ml, ammar två mål per dygn med bra ork. Vikt 5 120 g, oförändrad från igår. Blöta blöjor x 6."),
        ("Omvårdnad", "Sugning i näsan före mål ger god effekt. Mamman sover på avdelningen, pappan avlöser dagtid."),
        ("Bedömning", "RS-bronkiolit i förbättring, syrgasbehovet har halverats sedan igår. Inga tecken på bakteriell sekundärinfektion. Ingen indikation för lungröntgen eller antibiotika."),
        ("Planering", "Trappar ned syrgas under dagen, ev. syrgasfri i natt. Klarar han helamning utan sond ett dygn och sat över 92 % i rumsluft är hemgång trolig på lördag. Ev. uppföljning på barnmottagningen vid kvarstående pip."),
    ])],
    must_not=["NL102"],
    why="Long ward note: diagnosis confirmed, secondary infection negated, every hedge is on a plan or discharge.")

C("lang-bvc-8-man-flera-hedgar-pmo", "skane", "20231228-5113", "2023-12-28", [
    N("n1", P, "BVC-besök", "sk_bvc_hbg", "sk_ssk_akesson", "2024-08-29 09:15", 45, OV, [
        ("Allmänt", "8-månadersbesök, mamman och storasyster med. Pojken har varit förkyld till och från sedan syskonet började förskolan. Sover oroligt, vaknar 3–4 ggr per natt."),
        ("Nutrition", "Äter familjekost i mosad form, ammar morgon och kväll. Glutenintroduktion påbörjad utan reaktion. Järnrik kost diskuterad."),
        ("Utveckling", "Sitter stadigt utan stöd, kryper på magen, jollrar med stavelser. Vänder sig mot ljud bakom ryggen."),
        ("Status", "Vikt 8 940 g, längd 70,5 cm, huvudomfång 45 cm, följer sina kurvor. Torr hud på smalbenen. Följer med blicken, lätt inåtskelning vä ibland."),
        ("Bedömning", "Frisk pojke med normal utveckling. Misstänkt intermittent strabism vä, remiss till ögonmottagningen för ortoptistbedömning. Torrheten i huden bedöms som trolig lindrig atopisk dermatit, mjukgörande kräm."),
        ("Planering", "Nästa BVC-besök vid 10 mån. Om feber över 3 dagar eller sämre allmäntillstånd, kontakt med vårdcentralen."),
    ])],
    must_not=["NL102"],
    why="Long PMO BVC note with two hedged diagnoses; PMO never shows diagnoses.")


# ===========================================================================
# validation
# ===========================================================================
CODES = {"NL101", "NL102"}
CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
RECORD_KEYS = ["patient", "as_of", "notes", "access_events", "conversations", "treatments"]
NOTE_KEYS = ["id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"]
PNR_RE = re.compile(r"^(\d{8})-(\d{4})$")
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def luhn_ok(ten):
    total = 0
    for i, ch in enumerate(ten):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def age_on(birth, day):
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def validate(cases):
    errs = []
    names = set()
    seen_sent = {}
    for c in cases:
        n = c["case"]
        if list(c.keys()) != CASE_KEYS:
            errs.append(f"{n}: case keys {list(c.keys())}")
        if n in names:
            errs.append(f"{n}: duplicate case name")
        names.add(n)
        if not re.fullmatch(r"[a-z0-9-]+", n):
            errs.append(f"{n}: case name not ascii-kebab")
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append(f"{n}: bad ruleset")
        if not c["why"].strip():
            errs.append(f"{n}: empty why")
        rec = c["record"]
        if list(rec.keys()) != RECORD_KEYS:
            errs.append(f"{n}: record keys")
        if rec["access_events"] or rec["conversations"] or rec["treatments"]:
            errs.append(f"{n}: non-empty events/conversations/treatments")
        pat = rec["patient"]
        m = PNR_RE.match(pat["id"])
        if not m:
            errs.append(f"{n}: personnummer format {pat['id']}")
            continue
        digits = m.group(1)[2:] + m.group(2)
        if not luhn_ok(digits):
            errs.append(f"{n}: Luhn fails for {pat['id']}")
        try:
            b = date.fromisoformat(pat["birth_date"])
        except ValueError:
            errs.append(f"{n}: bad birth_date")
            continue
        if b.strftime("%Y%m%d") != m.group(1):
            errs.append(f"{n}: personnummer does not match birth_date")
        as_of = datetime.fromisoformat(rec["as_of"])
        if as_of.year != 2024:
            errs.append(f"{n}: as_of not in 2024")
        age = age_on(b, as_of.date())
        if age < 0 or 13 <= age <= 15:
            errs.append(f"{n}: patient age {age} not allowed")
        ids = set()
        systems = {}
        for note in rec["notes"]:
            if list(note.keys()) != NOTE_KEYS:
                errs.append(f"{n}: note keys")
            if note["id"] in ids:
                errs.append(f"{n}: duplicate note id {note['id']}")
            ids.add(note["id"])
            systems[note["id"]] = note["system"]
            if note["system"] not in (M, P):
                errs.append(f"{n}: bad system")
            if c["ruleset"] == "vgr" and note["system"] != M:
                errs.append(f"{n}: VGR note not Melior")
            t = datetime.fromisoformat(note["time"])
            if t.year != 2024 or t > as_of:
                errs.append(f"{n}: note time {note['time']}")
            if t.date() < b:
                errs.append(f"{n}: note before birth")
            if note["signed"] is not None:
                s = datetime.fromisoformat(note["signed"])
                if s.year != 2024 or s < t:
                    errs.append(f"{n}: signed {note['signed']}")
            if note["setting"] not in (SV, OV):
                errs.append(f"{n}: setting")
            if not note["sections"]:
                errs.append(f"{n}: note without sections")
            for sec in note["sections"]:
                if set(sec.keys()) != {"keyword", "text"} or not sec["text"].strip():
                    errs.append(f"{n}: bad section")
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = " ".join(sent.split())
                    if len(sent) >= 25:
                        if sent in seen_sent and seen_sent[sent] != (n, note["id"], sec["keyword"]):
                            errs.append(f"{n}: sentence repeated (also in {seen_sent[sent][0]}): {sent!r}")
                        seen_sent.setdefault(sent, (n, note["id"], sec["keyword"]))
        pairs = set()
        for lst in ("must", "must_not"):
            for code, nid in c[lst]:
                if code not in CODES:
                    errs.append(f"{n}: unexpected code {code}")
                if nid not in ids:
                    errs.append(f"{n}: target {nid} missing")
                    continue
                if (code, nid) in pairs:
                    errs.append(f"{n}: {code}/{nid} asserted twice")
                pairs.add((code, nid))
                # PMO never shows diagnoses: NL102 may only be *required* on Melior;
                # on PMO it is asserted as must_not.
                if code == "NL102" and lst == "must" and systems[nid] != M:
                    errs.append(f"{n}: NL102 must on non-Melior note")
                if code == "NL101" and systems[nid] == P:
                    errs.append(f"{n}: NL101 asserted on PMO note")
        if not c["must"] and not c["must_not"]:
            errs.append(f"{n}: asserts nothing")
    return errs


def main():
    errs = validate(CASES)
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        return 1
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "nl1_dev100_cases.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    stats = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                stats[(code, lst)] = stats.get((code, lst), 0) + 1
    rs = {}
    for c in CASES:
        rs[c["ruleset"]] = rs.get(c["ruleset"], 0) + 1
    print(f"wrote {len(CASES)} cases to {out}; rulesets {rs}")
    for code in sorted(CODES):
        print(f"  {code}: must {stats.get((code, 'must'), 0)}, must_not {stats.get((code, 'must_not'), 0)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
