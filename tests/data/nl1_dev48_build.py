#!/usr/bin/env python3
"""dev48: surgery, anaesthesia and the perioperative path (NL101, NL102).

Standard library only, deterministic. Running it writes nl1_dev48_cases.jsonl next to this
file and exits 1 on any validation problem.
"""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev48_cases.jsonl")

# ---------------------------------------------------------------- units
UNITS = {
    # Region Skåne (HSA prefix SE2321000255-)
    "s_kir_mal": ("Kirurgiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-K4M1"),
    "s_kir6_mal": ("Kirurgavdelning 6, Skånes universitetssjukhus Malmö", "SE2321000255-K6A2"),
    "s_kir7_mal": ("Kirurgavdelning 7, Skånes universitetssjukhus Malmö", "SE2321000255-K7A9"),
    "s_kolo_mal": ("Kolorektalkirurgiska sektionen, Skånes universitetssjukhus Malmö", "SE2321000255-KR33"),
    "s_karl_mal": ("Kärlkirurgiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-VK12"),
    "s_uro_mal": ("Urologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-UR71"),
    "s_ort_mal": ("Ortopedkliniken, Skånes universitetssjukhus Malmö", "SE2321000255-OR40"),
    "s_anest_mal": ("Preoperativa mottagningen, Anestesi- och intensivvårdskliniken, Skånes universitetssjukhus Malmö", "SE2321000255-AN08"),
    "s_kvinn_mal": ("Kvinnokliniken, Skånes universitetssjukhus Malmö", "SE2321000255-KV15"),
    "s_hpb_lund": ("Kirurgiska kliniken, sektionen för övre bukkirurgi, Skånes universitetssjukhus Lund", "SE2321000255-HP26"),
    "s_kir_lund": ("Kirurgiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-KL19"),
    "s_onh_lund": ("Öron-, näs- och halskliniken, Skånes universitetssjukhus Lund", "SE2321000255-ON55"),
    "s_ogon_lund": ("Ögonkliniken, Skånes universitetssjukhus Lund", "SE2321000255-OG61"),
    "s_endo_lund": ("Endokrinkirurgiska sektionen, Skånes universitetssjukhus Lund", "SE2321000255-EN44"),
    "s_barnkir_lund": ("Barnkirurgiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-BK02"),
    "s_barnop_lund": ("Barnoperation och barnanestesi, Skånes universitetssjukhus Lund", "SE2321000255-BO37"),
    "s_gynakut_lund": ("Gynekologiska akutmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-GA90"),
    "s_kvinn_lund": ("Kvinnokliniken, Skånes universitetssjukhus Lund", "SE2321000255-KV22"),
    "s_anest_lund": ("Anestesimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-AM14"),
    "s_kir_hbg": ("Kirurgiska kliniken, Helsingborgs lasarett", "SE2321000255-KH50"),
    "s_kir5_hbg": ("Kirurgavdelning 5, Helsingborgs lasarett", "SE2321000255-KH55"),
    "s_uva_hbg": ("Operations- och intensivvårdskliniken, uppvakningsavdelningen, Helsingborgs lasarett", "SE2321000255-UV03"),
    "s_ort_hbg": ("Ortopedkliniken, Helsingborgs lasarett", "SE2321000255-OH27"),
    "s_ortavd_hbg": ("Ortopedavdelning 2, Helsingborgs lasarett", "SE2321000255-OH29"),
    "s_uro_hbg": ("Urologiska kliniken, Helsingborgs lasarett", "SE2321000255-UH31"),
    "s_brost_hbg": ("Bröstmottagningen, Kirurgiska kliniken, Helsingborgs lasarett", "SE2321000255-BH18"),
    "s_kvinn_hbg": ("Kvinnokliniken, Helsingborgs lasarett", "SE2321000255-KV38"),
    "s_kirmott_hbg": ("Kirurgmottagningen, Helsingborgs lasarett", "SE2321000255-KM46"),
    "s_kir_ksd": ("Kirurgiska kliniken, Centralsjukhuset Kristianstad", "SE2321000255-KK05"),
    "s_kir2_ksd": ("Kirurgavdelning 2, Centralsjukhuset Kristianstad", "SE2321000255-KK22"),
    "s_kir3_ksd": ("Kirurgavdelning 3, Centralsjukhuset Kristianstad", "SE2321000255-KK23"),
    "s_ort_ksd": ("Ortopedkliniken, Centralsjukhuset Kristianstad", "SE2321000255-OK11"),
    "s_preop_ksd": ("Preoperativa mottagningen, Centralsjukhuset Kristianstad", "SE2321000255-PK64"),
    "s_ort_hlm": ("Ortopedkliniken, preoperativa mottagningen, Hässleholms sjukhus", "SE2321000255-OL73"),
    "s_kirmott_hlm": ("Kirurgmottagningen, Hässleholms sjukhus", "SE2321000255-KM81"),
    "s_kir_ystad": ("Kirurgiska kliniken, Lasarettet i Ystad", "SE2321000255-KY07"),
    "s_kir4_ystad": ("Kirurgavdelning 4, Lasarettet i Ystad", "SE2321000255-KY42"),
    "s_kvinn_ystad": ("Kvinnokliniken, Lasarettet i Ystad", "SE2321000255-KY88"),
    "s_kir_tbg": ("Kirurgavdelningen, Lasarettet i Trelleborg", "SE2321000255-KT16"),
    "s_kirmott_tbg": ("Kirurgmottagningen, Lasarettet i Trelleborg", "SE2321000255-KT20"),
    # Skåne primary care (PMO)
    "p_linero": ("Vårdcentralen Linero, Lund", "SE2321000255-VC3L"),
    "p_tabelund": ("Vårdcentralen Tåbelund, Eslöv", "SE2321000255-VC7T"),
    "p_hoor": ("Vårdcentralen Höör", "SE2321000255-VC9H"),
    # Västra Götalandsregionen (HSA prefix SE2321000131-)
    "v_anest_boras": ("Anestesimottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E4B1"),
    "v_kir_boras": ("Kirurgkliniken, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E4K2"),
    "v_ort_boras": ("Ortopedkliniken, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E4O3"),
    "v_kvinn_boras": ("Kvinnosjukvården, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E4G4"),
    "v_uro_boras": ("Urologiska kliniken, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E4U5"),
    "v_brost_boras": ("Bröstmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E4M6"),
    "v_dagkir_alingsas": ("Dagkirurgen, Alingsås lasarett", "SE2321000131-E5D1"),
    "v_kir_alingsas": ("Kirurgavdelningen, Alingsås lasarett", "SE2321000131-E5K2"),
    "v_dagkir_kungalv": ("Dagkirurgiska enheten, Kungälvs sjukhus", "SE2321000131-E6D1"),
    "v_kir_kungalv": ("Kirurgkliniken, Kungälvs sjukhus", "SE2321000131-E6K2"),
    "v_ort_kungalv": ("Ortopedavdelningen, Kungälvs sjukhus", "SE2321000131-E6O3"),
    "v_kir_nal": ("Kirurgkliniken, NU-sjukvården NÄL Trollhättan", "SE2321000131-E7K1"),
    "v_kirmott_nal": ("Kirurgmottagningen, NU-sjukvården NÄL Trollhättan", "SE2321000131-E7M2"),
    "v_ort_nal": ("Ortopedavdelning 1, NU-sjukvården NÄL Trollhättan", "SE2321000131-E7O3"),
    "v_kvinn_nal": ("Kvinnokliniken, NU-sjukvården NÄL Trollhättan", "SE2321000131-E7G4"),
    "v_anest_nal": ("Anestesi- och operationsenheten, NU-sjukvården NÄL Trollhättan", "SE2321000131-E7A5"),
    "v_onh_nal": ("Öron-, näs- och halskliniken, NU-sjukvården NÄL Trollhättan", "SE2321000131-E7N6"),
    "v_kir_udd": ("Kirurgkliniken, NU-sjukvården Uddevalla sjukhus", "SE2321000131-E8K1"),
    "v_kir52_udd": ("Kirurgavdelning 52, NU-sjukvården Uddevalla sjukhus", "SE2321000131-E8K2"),
    "v_anest_udd": ("Anestesimottagningen, NU-sjukvården Uddevalla sjukhus", "SE2321000131-E8A3"),
    "v_kir31_ostra": ("Kirurgavdelning 31, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-S1K1"),
    "v_kir32_ostra": ("Kirurgavdelning 32, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-S1K2"),
    "v_kvinn_ostra": ("Kvinnosjukvården, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-S1G3"),
    "v_anop_ostra": ("Anestesi- och operationskliniken, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-S1A4"),
    "v_kir35_sahl": ("Kirurgavdelning 35, Sahlgrenska Universitetssjukhuset", "SE2321000131-S2K1"),
    "v_uro_sahl": ("Urologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-S2U2"),
    "v_onh_sahl": ("Öron-, näs- och halsmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-S2N3"),
    "v_endo_sahl": ("Endokrinkirurgiska enheten, Sahlgrenska Universitetssjukhuset", "SE2321000131-S2E4"),
    "v_ort_molndal": ("Ortopedkliniken, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-S3O1"),
    "v_ort3_molndal": ("Ortopedavdelning 3, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-S3O2"),
    "v_ogon_molndal": ("Ögonkliniken, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-S3G3"),
    "v_barnkir": ("Barnkirurgi, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-S4B1"),
    "v_uro_skovde": ("Urologiska kliniken, Skaraborgs Sjukhus Skövde", "SE2321000131-E9U1"),
    "v_kir12_skovde": ("Kirurgavdelning 12, Skaraborgs Sjukhus Skövde", "SE2321000131-E9K2"),
    "v_kirakut_skovde": ("Kirurgiska akutvårdsavdelningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E9K3"),
    "v_kir_skovde": ("Kirurgkliniken, Skaraborgs Sjukhus Skövde", "SE2321000131-E9K4"),
    "v_kvinn_skovde": ("Kvinnosjukvården, Skaraborgs Sjukhus Skövde", "SE2321000131-E9G5"),
    "v_ortmott_skovde": ("Ortopedmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E9O6"),
    "v_brost_skovde": ("Bröstmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E9M7"),
    "v_kir_lidkoping": ("Kirurgavdelningen, Skaraborgs Sjukhus Lidköping", "SE2321000131-E9L1"),
    "v_dagkir_lidkoping": ("Dagkirurgen, Skaraborgs Sjukhus Lidköping", "SE2321000131-E9L2"),
    "v_dagkir_frolunda": ("Dagkirurgiska enheten, Frölunda Specialistsjukhus", "SE2321000131-F1D1"),
}


def N(nid, unit, author, role, time, sections, template="Läkaranteckning",
      system="Melior", signed=55, setting="slutenvård"):
    """One note. signed: minutes after time, an ISO string, or None (draft)."""
    return {"nid": nid, "unit": unit, "author": author, "role": role, "time": time,
            "sections": sections, "template": template, "system": system,
            "signed": signed, "setting": setting}


def C(name, rs, born, sex, notes, must=(), must_not=(), why="", as_of=None):
    return {"name": name, "rs": rs, "born": born, "sex": sex, "notes": notes,
            "must": list(must), "must_not": list(must_not), "why": why, "as_of": as_of}


CASES = []
add = CASES.append

# ====================================================================== NL102
add(C("d48-preop-narkos-asa3-trol-somnapne", "vgr", "1961-04-12", "M", [
    N("n1", "v_anest_boras", "Henrik Wallgren", "läkare", "2024-02-06T10:20:00", [
        ("Anamnes", "62-årig man inför lap kolecystektomi pga recidiverande gallstensanfall. "
                    "Tidigare: Hypertoni (Amlodipin, Enalapril), DM typ 2 (Metformin), KOL GOLD 2, "
                    "rökare 30 paketår. Inga narkoser utöver tonsillektomi som barn."),
        ("Status", "Vikt 128 kg, längd 178 cm, BMI 40. Mallampati 3, halsomfång 48 cm, god gapförmåga. "
                   "Cor: RR, inga blåsljud. Pulm: förlängt exspirium, i övrigt ua. BT 148/92."),
        ("Bedömning", "ASA 3. Hustrun beskriver kraftig snarkning med andningsuppehåll och pat är dagtrött – "
                      "trol. obstruktiv sömnapné, aldrig utredd. Förhöjd risk för postoperativ andningsdepression."),
        ("Planering", "Postop övervakning på IMA första natten, opioidsnål regim. Metformin tas t.o.m. kvällen före. "
                      "Remiss till sömnutredning efter op."),
    ], template="Anestesibedömning", setting="öppenvård")],
    must=[("NL102", "n1")],
    why="'trol. obstruktiv sömnapné' in the anaesthetic Bedömning is a hedged diagnosis in a visible VGR section."))

add(C("d48-preop-knaprotes-asa2-bekraftade-komorbiditeter", "skane", "1952-09-30", "F", [
    N("n1", "s_ort_hlm", "Karin Sjöstedt", "läkare", "2024-01-17T09:05:00", [
        ("Aktuellt", "Planeras för TKA hö knä pga primär gonartros. Gångsträcka ca 300 m, vilovärk nattetid."),
        ("Tidigare sjukdomar", "Förmaksflimmer sedan 2017 (Eliquis 5 mg x2). Hypotyreos (Levaxin). "
                               "Opererad för bröstcancer vä 2009, recidivfri."),
        ("Bedömning", "ASA 2. Inga medicinska hinder för op. Eliquis pausas 48 h före ingreppet, "
                      "ev. längre om njurfunktionen försämras fram till op-dagen."),
    ], template="Preoperativ bedömning", setting="öppenvård")],
    must_not=[("NL102", "n1")],
    why="All comorbidities are confirmed; the only hedge ('ev. längre') is on a medication plan."))

add(C("d48-preop-modern-misstankt-malign-hypertermi", "vgr", "1994-03-02", "F", [
    N("n1", "v_dagkir_alingsas", "Sofia Engdahl", "läkare", "2024-03-12T13:40:00", [
        ("Anamnes", "29-årig kvinna, frisk, inför artroskopisk menisksutur vä knä. Inga läkemedel, ingen allergi. "
                    "Egen narkos 2015 (appendektomi) utan komplikationer."),
        ("Hereditet", "Modern fick misstänkt malign hypertermi vid en operation 1989, hon har aldrig utretts med "
                      "muskelbiopsi. Inga andra kända narkosproblem i släkten."),
        ("Bedömning", "ASA 1. Pga moderns historia används triggerfri anestesi som försiktighetsåtgärd."),
        ("Planering", "TIVA med propofol/remifentanil, inga inhalationsanestetika, ingen succinylkolin. "
                      "Dantrolen finns tillgängligt på salen."),
    ], template="Anestesibedömning", setting="öppenvård")],
    must_not=[("NL102", "n1")],
    why="The hedged malignant hyperthermia belongs to the mother (Hereditet), not to the patient."))

add(C("d48-preop-dd-stabil-angina-op-uppskjuten", "skane", "1949-11-18", "M", [
    N("n1", "s_preop_ksd", "Mats Holmqvist", "läkare", "2024-02-22T11:15:00", [
        ("Aktuellt", "Kallad inför elektiv höftprotesoperation vä. Berättar spontant om tryck över bröstet vid "
                     "uppförsbacke sedan i höstas, släpper efter några minuters vila."),
        ("Status", "AT gott. Cor: RR 72, inga blåsljud. BT 156/88. EKG: sinusrytm, inga ST-sänkningar i vila."),
        ("Bedömning", "Ansträngningsrelaterade bröstsmärtor. DD stabil angina pectoris. "
                      "Elektiv ortopedisk kirurgi bör inte genomföras innan detta är utrett."),
        ("Planering", "Op-tiden avbokas. Remiss kardiologmottagningen för arbetsprov/myokardskint. "
                      "Nitrospray utskriven. Ny preop-bedömning när utredningen är klar."),
    ], template="Preoperativ bedömning", setting="öppenvård", signed=None)],
    must=[("NL102", "n1")],
    why="'DD stabil angina pectoris' found at the preoperative visit is a differential diagnosis in a visible section (unsigned draft)."))

add(C("d48-dagkir-ljumskbrack-trolig-hemgang", "vgr", "1978-06-21", "M", [
    N("n1", "v_dagkir_kungalv", "Jonas Friberg", "läkare", "2024-04-03T12:10:00", [
        ("Operation", "Öppen plastik enl. Lichtenstein av indirekt ljumskbråck hö, nät 6x11 cm. "
                      "Lokalbedövning + sedering. Minimal blödning."),
        ("Postoperativt", "Pigg på uppvaket, VAS 2. Trolig hemgång vid 15-tiden när han kissat."),
        ("Ordination", "Alvedon 1 g x4 i 5 dagar, Ipren vid behov. Sjukskrivning 1 vecka för tyngre lyft. "
                       "Ev. kontakt med dagkirurgen via 1177 dag 1 om frågor."),
    ], template="Dagkirurgisk anteckning", setting="öppenvård")],
    must_not=[("NL102", "n1"), ("NL101", "n1")],
    why="Confirmed hernia; hedges only on discharge time and on contact; nothing said about informing."))

add(C("d48-opber-fragavarande-appendix-ev-tidig-appendicit", "skane", "1999-01-14", "F", [
    N("n1", "s_kir_hbg", "Emil Norén", "läkare", "2024-02-11T21:50:00", [
        ("Indikation", "Buksmärta i hö fossa sedan ett dygn, CRP 34, LPK 12,1, ömhet och släppömhet över McBurney."),
        ("Op-fynd", "Frågavarande appendix lätt rodnad i spetsen utan fibrinbeläggning, ev. tidig appendicit. "
                    "Ovarier och tubor bilat ua. Ingen fri pus."),
        ("Åtgärd", "Laparoskopisk appendektomi, basen ligerad med två Endoloop. Appendix i påse ut via navelporten."),
        ("Planering", "PAD. Hemgång under kvällen om opåverkad."),
    ], template="Operationsberättelse")],
    must=[("NL102", "n1")],
    why="Peroperative finding 'ev. tidig appendicit' is a hedged diagnosis in the visible Op-fynd section."))

add(C("d48-opber-flegmonos-appendicit-bekraftad", "vgr", "1986-08-05", "M", [
    N("n1", "v_kir_nal", "Fredrik Ohlsson", "läkare", "2024-01-28T02:35:00", [
        ("Op-fynd", "Flegmonös appendicit med fibrinbeläggning i distala halvan, ingen perforation. "
                    "Lite grumlig vätska i hö parakoliska rännan, sugs rent. Tunntarmen inspekteras 80 cm "
                    "proximalt om Bauhins klaff utan tecken på Meckels divertikel."),
        ("Åtgärd", "Lap appendektomi, Endo-GIA över basen. Odling från vätskan."),
        ("Postop", "Tazocin 4 g x3 ett dygn postop enligt PM."),
    ], template="Operationsberättelse")],
    must_not=[("NL102", "n1")],
    why="Appendicitis is confirmed at operation and Meckel's diverticulum is negated."))

add(C("d48-postop-dag3-misstankt-anastomoslackage", "skane", "1957-12-01", "M", [
    N("n1", "s_kir6_mal", "Linnea Haraldsson", "läkare", "2024-03-14T08:45:00", [
        ("Aktuellt", "Postop dag 3 efter lap hö hemikolektomi för coloncancer i caekum. Sämre sedan natten, "
                     "ökande buksmärta, feber 38,6 och takykardi 118."),
        ("Status", "Påverkad, blek. Buk: spänd, diffust öm med peritonitretning nedtill. Dränet: grumligt, ca 150 ml."),
        ("Lab", "CRP 245 (igår 160), LPK 17,8, laktat 2,9."),
        ("Bedömning", "Misstänkt anastomosläckage."),
        ("Åtgärd", "DT buk med iv och peroral kontrast akut. Fasta, vätska, Pip/Tazo 4 g x4. "
                   "Bakjour informerad, op-anmälan förbereds."),
    ], template="Daganteckning")],
    must=[("NL102", "n1")],
    why="'Misstänkt anastomosläckage' on a postoperative ward round is a hedged complication diagnosis in a visible section."))

add(C("d48-postop-lackage-uteslutet-pa-dt", "vgr", "1963-05-23", "F", [
    N("n1", "v_kir32_ostra", "Amir Haddad", "läkare", "2024-02-19T10:30:00", [
        ("Aktuellt", "Postop dag 4 efter främre resektion. Gårdagens feber har gått ner, pat mår bättre och har ätit lite frukost."),
        ("Utredning", "DT buk igår kväll: kontrasten passerar anastomosen utan extravasering, ingen abscess, "
                      "ingen fri gas utöver förväntat."),
        ("Bedömning", "Anastomosläckage uteslutet. Feberreaktionen klingar av, CRP 132 från 188."),
        ("Planering", "Fortsatt mobilisering, utöka kosten. Kan sannolikt gå hem i helgen."),
    ])],
    must_not=[("NL102", "n1")],
    why="The leak is ruled out on CT ('uteslutet'); the only hedge is on discharge timing."))

add(C("d48-postop-whipple-trol-atelektas", "skane", "1955-02-17", "M", [
    N("n1", "s_hpb_lund", "Oskar Lindqvist", "läkare", "2024-04-09T09:10:00", [
        ("Aktuellt", "Postop dag 1 efter pankreatikoduodenektomi (Whipple). Epiduralen fungerar, VAS 2–3."),
        ("Status", "Temp 38,1, SpO2 92 % på luft, AF 22. Nedsatta andningsljud basalt bilat, inga rassel. "
                   "Buk mjuk, förväntat öm kring såret."),
        ("Bedömning", "Trol. atelektas basalt bilat, andas ytligt pga smärta vid hosta."),
        ("Åtgärd", "PEP-flaska 10 ggr/tim vaken tid, upp i stol x3, fysioterapeut kontaktad. "
                   "Rtg pulm om ej förbättrad imorgon."),
    ])],
    must=[("NL102", "n1")],
    why="'Trol. atelektas' is a hedged postoperative diagnosis in a visible Bedömning."))

add(C("d48-postop-hoftfraktur-fragetecken-pneumoni", "vgr", "1937-07-09", "F", [
    N("n1", "v_ort3_molndal", "Elin Rask", "läkare", "2024-01-11T09:55:00", [
        ("Aktuellt", "86-årig kvinna, postop dag 3 efter halvprotes hö höft pga dislocerad collumfraktur. "
                     "Ssk rapporterar nytillkommen slemhosta och sjunkande saturation under natten."),
        ("Status", "SpO2 91 % på 2 l O2. Krepitationer hö basalt. Temp 38,2. Lätt förvirrad men väckbar."),
        ("Lab", "CRP 180, LPK 14."),
        ("Bedömning", "?pneumoni hö basalt."),
        ("Ordination", "Rtg pulm idag. Bensylpenicillin 3 g x3 iv i väntan på svar. Sputumodling."),
    ])],
    must=[("NL102", "n1")],
    why="'?pneumoni' written as the assessment is a question-marked diagnosis in a visible section."))

add(C("d48-postop-ileus-kan-ej-uteslutas", "skane", "1970-10-27", "F", [
    N("n1", "s_kir4_ystad", "Gustav Brandt", "läkare", "2024-03-02T07:50:00", [
        ("Aktuellt", "Postop dag 5 efter laparoskopisk sigmoideumresektion för recidiverande divertikulit. "
                     "Kräkts två gånger i natt, ingen gasavgång sedan igår."),
        ("Status", "Buk uppspänd, tympanistisk, klingande tarmljud. Såren ua."),
        ("Bedömning", "Ileus kan ej uteslutas, paralys och mekaniskt hinder svåra att skilja kliniskt."),
        ("Åtgärd", "V-sond sätts, fasta. DT buk med peroral kontrast. Elektrolyter inkl. Mg och fosfat."),
    ])],
    must=[("NL102", "n1")],
    why="'Ileus kan ej uteslutas' is an open (not ruled-out) hedged diagnosis in a visible section."))

add(C("d48-ssk-omvardnad-sarinfekton-fragetecken-typo", "vgr", "1968-03-11", "M", [
    N("n1", "v_kir12_skovde", "Maria Lundgren", "sjuksköterska", "2024-02-27T14:20:00", [
        ("Hud/Sår", "Rodnad och värmeökning kring övre delen av laparotomisåret, ca 4 cm. "
                    "Sparsam grumlig sekretion vid tryck. Sårinfekton?"),
        ("Åtgärd", "Sårodling tagen, torrt förband. Dr Eklund informerad, tittar på såret under ronden."),
        ("Vitalparametrar", "Temp 37,9, puls 96, BT 132/80."),
    ], template="Omvårdnadsanteckning")],
    must=[("NL102", "n1")],
    why="Nurse note in Melior: 'Sårinfekton?' (typo for sårinfektion) is a question-marked diagnosis in a visible section."))

add(C("d48-misstanke-om-sarinfektion-avskrivs", "skane", "1981-12-04", "F", [
    N("n1", "s_kir_ksd", "Hanna Wikström", "läkare", "2024-05-15T11:00:00", [
        ("Aktuellt", "Återkontroll av såret efter lap ventral bråckplastik. Rodnaden som noterades igår har minskat påtagligt."),
        ("Status", "Sårkanterna väl adapterade, ingen sekretion, ingen fluktuation. Afebril."),
        ("Bedömning", "Misstanken om sårinfektion avskrivs, rodnaden var en reaktion kring suturen."),
        ("Planering", "Ingen antibiotika. Agrafferna tas på vårdcentralen dag 10."),
    ])],
    must_not=[("NL102", "n1")],
    why="The suspicion of wound infection is written off ('avskrivs'), so nothing hedged remains."))

add(C("d48-epikris-hemikolektomi-bekraftad-och-informerad", "vgr", "1948-01-30", "M", [
    N("n1", "v_kir_udd", "Petra Sandell", "läkare", "2024-02-16T13:30:00", [
        ("Diagnos", "Adenocarcinom i colon ascendens, pT3N0M0."),
        ("Åtgärd", "Laparoskopisk hö hemikolektomi 2024-02-12."),
        ("Förlopp", "Okomplicerat postoperativt förlopp. Tarmfunktionen kom igång dag 2, utskriven dag 4 i gott AT."),
        ("Information", "PAD-svaret gicks igenom med pat och hustrun av operatören inför hemgång. "
                        "Ingen adjuvant behandling enligt MDK."),
        ("Uppföljning", "Kolorektal uppföljning enl. vårdprogram, CEA och DT om 1 år."),
    ], template="Epikris")],
    must_not=[("NL102", "n1"), ("NL101", "n1")],
    why="Discharge summary with a confirmed cancer diagnosis that the patient has been told."))

add(C("d48-epikris-kvarstaende-misstanke-abscess", "skane", "2001-06-16", "M", [
    N("n1", "s_kir_tbg", "Viktor Ek", "läkare", "2024-03-08T14:40:00", [
        ("Orsak till vård", "Perforerad appendicit, opererad med lap appendektomi 3/3."),
        ("Förlopp", "Iv antibiotika i 3 dygn, därefter peroralt. Feberfri sedan 5/3."),
        ("Status vid utskrivning", "Buk mjuk, lätt öm suprapubiskt. CRP 62 från 210."),
        ("Bedömning", "Vid utskrivning kvarstår misstanke om en mindre abscess i lilla bäckenet enligt UL, "
                      "för liten för dränage."),
        ("Uppföljning", "Ciprofloxacin + Metronidazol totalt 10 dagar. DT buk om två veckor, därefter återbesök."),
    ], template="Epikris", signed=None)],
    must=[("NL102", "n1")],
    why="A remaining suspected pelvic abscess in the discharge summary is a hedged diagnosis (unsigned draft)."))

add(C("d48-uva-ev-transfusion-trolig-overflyttning", "skane", "1959-04-28", "F", [
    N("n1", "s_uva_hbg", "Ida Persson", "sjuksköterska", "2024-01-30T15:25:00", [
        ("Aktuellt", "Ankommer från op-sal 4 efter revision av höftprotes vä. Vaken, adekvat."),
        ("Övervakning", "BT 108/62, puls 88, SpO2 97 % på 2 l. Drän 220 ml första timmen."),
        ("Lab", "Hb 86 postop (preop 128)."),
        ("Planering", "Ev. erytrocytkoncentrat om Hb under 80 enl. anestesiläkarens ordination. "
                      "Trolig överflyttning till avd 4 kl 18 om stabil."),
    ], template="Uppvakningsanteckning")],
    must_not=[("NL102", "n1")],
    why="Hedges on a transfusion plan and on the transfer time are no diagnoses."))

add(C("d48-tidiga-hypoteser-mall-lymfom", "skane", "1966-09-13", "F", [
    N("n1", "s_kir_mal", "Johan Bergkvist", "läkare", "2024-02-08T17:05:00", [
        ("Bedömning", "Vid lap hö hemikolektomi sågs multipla förstorade, fasta lymfkörtlar längs a. mesenterica "
                      "superior, misstänkt lymfom snarare än spridning av koloncancern. Fryssnittet var inte konklusivt. "
                      "Avvaktar definitivt PAD och immunhistokemi innan detta diskuteras."),
    ], template="Tidiga hypoteser")],
    must_not=[("NL102", "n1")],
    why="Skåne: the suspected lymphoma is written in the protected Tidiga hypoteser template."))

add(C("d48-vgr-sokord-tidiga-hypoteser-gallblasecancer", "vgr", "1951-11-25", "M", [
    N("n1", "v_kir_kungalv", "Lars Hedin", "läkare", "2024-03-19T12:35:00", [
        ("Åtgärd", "Laparoskopisk kolecystektomi. Kritisk vy uppnådd, cysticus och a. cystica klipsade. Gallblåsan ut i påse."),
        ("Op-fynd", "Tjockväggig gallblåsa med flera stenar, sammanväxningar mot duodenum."),
        ("Tidiga hypoteser", "Oregelbunden hård förtjockning i fundusväggen, ev. gallblåsecancer. "
                             "Fryssnitt ej taget, avvaktar PAD."),
        ("Planering", "Hem imorgon om opåverkad. PAD-svaret meddelas per telefon."),
    ], template="Operationsberättelse")],
    must_not=[("NL102", "n1")],
    why="VGR: the hedged gallbladder cancer stands only under the protected sökord Tidiga hypoteser."))

add(C("d48-skane-sokord-tidiga-hypoteser-i-vanlig-mall", "skane", "1993-02-08", "M", [
    N("n1", "s_kir_hbg", "Ebba Rosén", "läkare", "2024-04-22T10:50:00", [
        ("Aktuellt", "Opererades igår med lap appendektomi, peroperativt förtjockad och stel terminal ileum ca 15 cm."),
        ("Tidiga hypoteser", "?Crohns sjukdom i terminala ileum. Avvaktar PAD från appendix och koloskopi."),
        ("Planering", "Hemgång idag. Återbesök kirurgmott om 4 v."),
    ])],
    must=[("NL102", "n1")],
    why="Skåne protects by template only; a 'Tidiga hypoteser' sökord inside an ordinary Läkaranteckning stays visible."))

add(C("d48-vgr-mall-tidiga-hypoteser-men-sokord-bedomning-typo", "vgr", "1990-08-19", "F", [
    N("n1", "v_kvinn_nal", "Cecilia Dahl", "läkare", "2024-01-23T15:10:00", [
        ("Bedömning", "Misstänkt endometrois i fossa Douglasi enligt VUL och anamnes med dysmenorré och dyspareuni. "
                      "Diagnostisk laparoskopi planeras."),
    ], template="Tidiga hypoteser", setting="öppenvård")],
    must=[("NL102", "n1")],
    why="VGR protects by sökord, not template: under sökord Bedömning the hedged 'endometrois' (typo) is visible."))

add(C("d48-pmo-vc-suturtagning-misstankt-sarinfektion", "skane", "1975-05-05", "F", [
    N("n1", "p_linero", "Sara Ivarsson", "sjuksköterska", "2024-02-14T10:40:00", [
        ("Kontaktorsak", "Suturtagning 12 dagar efter excision av atypiskt nevus på ryggen, utfört på hudkliniken."),
        ("Status", "Lätt rodnad 1 cm runt såret, ingen pus, ömmar lite."),
        ("Bedömning", "Misstänkt ytlig sårinfektion. Stygnen tas, såret tvättas."),
        ("Åtgärd", "Dr Mårtensson ordinerar Heracillin 1 g x3 i 7 dagar. Ny kontroll om en vecka."),
    ], template="Besöksanteckning", system="PMO", setting="öppenvård")],
    must_not=[("NL102", "n1")],
    why="PMO never shows diagnoses, so the suspected wound infection is not a NL102 finding."))

add(C("d48-pmo-vc-misstankt-dvt-efter-knaprotes", "skane", "1950-10-10", "M", [
    N("n1", "p_tabelund", "Per Nyberg", "läkare", "2024-03-26T08:30:00", [
        ("Anamnes", "Op med knäprotes vä för 10 dagar sedan på Trelleborgs lasarett. Tilltagande svullnad och värk "
                    "i vänster vad sedan igår. Tar Fragmin enl. ordination men har missat två doser."),
        ("Status", "Vä vad 3 cm större omfång än hö, ömmar vid palpation. Knäsåret fint."),
        ("Bedömning", "Misstänkt DVT vä underben."),
        ("Åtgärd", "Akut remiss för UL-doppler, ordinarie Fragmindos ges idag."),
    ], template="Besöksanteckning", system="PMO", setting="öppenvård")],
    must_not=[("NL102", "n1")],
    why="Hedged DVT after surgery documented in PMO (primary care), where diagnoses are never shown."))

add(C("d48-uro-turp-trolig-uvi", "vgr", "1946-01-22", "M", [
    N("n1", "v_uro_skovde", "Niklas Forsberg", "läkare", "2024-04-12T09:20:00", [
        ("Aktuellt", "Dag 3 efter TURP, KAD avvecklad igår. Sveda, täta trängningar och frossa under natten."),
        ("Status", "Temp 38,4. Buk mjuk, blåsa ej palpabel. Resurin 90 ml på bladderscan. Urinen grumlig."),
        ("Bedömning", "Trolig UVI efter kateterdragningen, ingen retention."),
        ("Ordination", "Urinodling innan start av Ceftibuten 400 mg x1 i 7 dagar. Kvarstannar ett dygn."),
    ])],
    must=[("NL102", "n1")],
    why="'Trolig UVI' after TURP is a hedged diagnosis in a visible section."))

add(C("d48-ortho-opber-mojlig-patologisk-fraktur", "skane", "1958-06-03", "F", [
    N("n1", "s_ort_ksd", "Tobias Ahlström", "läkare", "2024-02-02T16:15:00", [
        ("Indikation", "Subtrokantär femurfraktur hö efter lågenergitrauma (snubblade hemma)."),
        ("Op-fynd", "Frakturytorna mjuka och osteolytiska med rikligt grå vävnad i märghålan, möjlig patologisk fraktur. "
                    "Material till PAD och odling."),
        ("Åtgärd", "Sluten reposition på dragbord, lång cefalomedullär märgspik låst distalt x2."),
        ("Postop", "Fullbelastning tillåten. Avvaktar PAD innan vidare utredning."),
    ], template="Operationsberättelse")],
    must=[("NL102", "n1")],
    why="'möjlig patologisk fraktur' is a hedged peroperative diagnosis in a visible section."))

add(C("d48-ortho-epikris-collumfraktur-sannolikt-korttidsboende", "vgr", "1934-12-12", "M", [
    N("n1", "v_ort_boras", "Karl Jansson", "läkare", "2024-01-22T13:05:00", [
        ("Diagnos", "Lateral collumfraktur vä (S72.0). Fall i hemmet."),
        ("Åtgärd", "Glidande höftskruv 2024-01-15 i spinalanestesi."),
        ("Förlopp", "Mobiliserad med rollator tillsammans med fysioterapeut från dag 1. "
                    "Måttlig smärta, lindrad med Alvedon och Oxynorm vid behov."),
        ("Planering", "Sannolikt utskrivning till korttidsboende torsdag när plats finns. Suturerna tas dag 14 på boendet."),
    ], template="Epikris")],
    must_not=[("NL102", "n1")],
    why="Confirmed fracture; 'Sannolikt' only qualifies the discharge plan."))

add(C("d48-ortho-fotled-syndesmosskada-kan-ej-helt-uteslutas", "vgr", "1988-07-07", "F", [
    N("n1", "v_ort_molndal", "Mikael Strand", "läkare", "2024-05-04T19:30:00", [
        ("Diagnos", "Weber B-fraktur vä fotled med medial instabilitet."),
        ("Åtgärd", "ORIF av laterala malleolen med platta och 7 skruvar."),
        ("Op-fynd", "Hooktest under genomlysning gav tveksam vidgning av syndesmosen. "
                    "Syndesmosskada kan ej helt uteslutas, ingen ställskruv satt."),
        ("Postop", "Gips 6 v, avlastning. DT av båda fotlederna för jämförelse inom en vecka."),
    ], template="Operationsberättelse")],
    must=[("NL102", "n1")],
    why="'Syndesmosskada kan ej helt uteslutas' leaves an injury diagnosis open in the visible op report."))

add(C("d48-ortho-ev-begynnande-kompartmentsyndrom-utkast", "skane", "1997-04-19", "M", [
    N("n1", "s_ort_mal", "Sanna Öberg", "läkare", "2024-03-09T02:55:00", [
        ("Aktuellt", "Tillkallad 02:40 av ssk. Pat op igår kväll med märgspik för tibiaskaftfraktur hö. "
                     "Tilltagande smärta trots morfin iv."),
        ("Status", "Spänd främre muskelloge, kraftig smärta vid passiv plantarflexion av tårna. Pulsar palpabla, "
                   "nedsatt känsel i första interdigitalrummet."),
        ("Bedömning", "Ev. begynnande kompartmentsyndrom i främre logen."),
        ("Åtgärd", "Bandaget kluvet, benet i hjärthöjd. Intrakompartmentell tryckmätning nu, bakjour och "
                   "op-koordinator larmade inför eventuell fasciotomi."),
    ], signed=None)],
    must=[("NL102", "n1")],
    why="'Ev. begynnande kompartmentsyndrom' is a hedged diagnosis in an unsigned on-call note."))

add(C("d48-ortho-inga-tecken-pa-kompartmentsyndrom", "vgr", "2003-09-28", "M", [
    N("n1", "v_ort_nal", "Julia Nordin", "läkare", "2024-02-13T08:25:00", [
        ("Aktuellt", "Kontroll morgonen efter platta på distal radiusfraktur vä. Sov bra med Alvedon och en dos Oxynorm."),
        ("Status", "Underarmen mjuk, ingen smärta vid passiv extension av fingrarna. God kapillär återfyllnad, "
                   "sensibilitet ua i medianus-, ulnaris- och radialisområdena."),
        ("Bedömning", "Inga tecken på kompartmentsyndrom. Postop röntgen visar bra läge."),
        ("Planering", "Hem idag med ortos, återbesök gipsmottagningen om 2 v."),
    ])],
    must_not=[("NL102", "n1")],
    why="Compartment syndrome is negated ('Inga tecken på')."))

add(C("d48-gyn-lap-makroskopiskt-misstankt-endometrios", "vgr", "1995-11-02", "F", [
    N("n1", "v_kvinn_ostra", "Frida Holm", "läkare", "2024-03-21T11:45:00", [
        ("Indikation", "Långvarig cyklisk bäckensmärta och dysmenorré som inte svarar på kombinerade p-piller."),
        ("Op-fynd", "Bruna och vitaktiga plack på sacrouterinligamenten bilat och i fossa ovarica vä, "
                    "makroskopiskt misstänkt endometrios. Ovarier och tubor normala, blå färg passerar vid kromopertubation."),
        ("Åtgärd", "Diagnostisk laparoskopi, biopsier från sacrouterinligamenten, excision av synliga härdar vä."),
        ("Planering", "Hem idag. Återbesök med PAD om 6 veckor."),
    ], template="Operationsberättelse", setting="öppenvård")],
    must=[("NL102", "n1")],
    why="'makroskopiskt misstänkt endometrios' is a hedged peroperative diagnosis in a visible VGR section."))

add(C("d48-gyn-epikris-leiomyom-pad-klart", "skane", "1972-02-26", "F", [
    N("n1", "s_kvinn_ystad", "Malin Kjellberg", "läkare", "2024-03-15T10:10:00", [
        ("Diagnos", "Uterus myomatosus med menorragi och anemi."),
        ("Åtgärd", "Total laparoskopisk hysterektomi med salpingektomi bilat 2024-03-05."),
        ("PAD", "Leiomyom, största 7 cm. Ingen atypi, ingen malignitet. Normalt endometrium."),
        ("Förlopp", "Okomplicerat. Hemgång dag 1. Järntabletterna fortsätter 3 mån."),
    ], template="Epikris")],
    must_not=[("NL102", "n1")],
    why="Histologically confirmed fibroids, malignancy negated: no hedged diagnosis."))

add(C("d48-gyn-akut-trolig-extrauterin-gravitet-typo", "skane", "1996-05-30", "F", [
    N("n1", "s_gynakut_lund", "Alexander Lund", "läkare", "2024-04-06T19:20:00", [
        ("Anamnes", "Senaste mens för 7 v sedan. Smärta i vä fossa sedan 2 dagar, småblödning. Positivt graviditetstest hemma."),
        ("Status", "Öm i vä fossa, ingen defense. VUL: tom uterus, 3 cm adnexresistens vä, måttligt med fri vätska i fossa Douglasi."),
        ("Lab", "hCG 1800, Hb 118."),
        ("Bedömning", "Trolig extrauterin gravitet vä med blödning i buken."),
        ("Åtgärd", "Akut laparoskopi anmäld. Pat informerad om ingreppet och om att tuban sannolikt tas bort."),
    ], setting="öppenvård")],
    must=[("NL102", "n1")],
    why="Preoperative 'Trolig extrauterin gravitet' (typo for graviditet) is a hedged diagnosis in a visible section."))

add(C("d48-gyn-postop-blasskada-kan-ej-uteslutas", "vgr", "1967-08-14", "F", [
    N("n1", "v_kvinn_skovde", "Louise Ström", "läkare", "2024-02-07T08:40:00", [
        ("Aktuellt", "Dag 1 efter abdominell hysterektomi. Makroskopisk hematuri i KAD-påsen sedan natten, "
                     "lätt suprapubisk smärta."),
        ("Bedömning", "Blåsskada kan ej uteslutas, dissektionen mot blåsan var svår pga tidigare kejsarsnitt."),
        ("Planering", "KAD kvar. Cystografi imorgon, urologkonsult kontaktad."),
    ])],
    must=[("NL102", "n1")],
    why="A possible bladder injury after hysterectomy ('kan ej uteslutas') is a hedged diagnosis."))

add(C("d48-uro-dt-bild-som-vid-njurcellscancer", "vgr", "1960-03-03", "M", [
    N("n1", "v_uro_sahl", "Daniel Ek", "läkare", "2024-01-18T14:00:00", [
        ("Anamnes", "Remitterad efter fynd på DT buk som gjordes pga gallbesvär."),
        ("Utredning", "DT njurar: 4 cm solid, kontrastuppladdande lesion i nedre polen hö njure, bild som vid "
                      "njurcellscancer. Inga förstorade körtlar, ingen tumörtromb."),
        ("Bedömning", "Lämplig för robotassisterad partiell nefrektomi, god njurfunktion (eGFR 78)."),
        ("Planering", "Op-anmälan, preop bedömning på anestesimottagningen. Pat informerad om fyndet och planen."),
    ], template="Mottagningsanteckning", setting="öppenvård", signed=None)],
    must=[("NL102", "n1")],
    why="'bild som vid njurcellscancer' before surgery is a radiological hedge on a diagnosis (unsigned)."))

add(C("d48-uro-ureteroskopi-konkrement-bekraftat", "skane", "1984-12-22", "F", [
    N("n1", "s_uro_mal", "Sebastian Kvist", "läkare", "2024-02-29T11:30:00", [
        ("Diagnos", "Uretärsten 8 mm vä distala uretär."),
        ("Åtgärd", "Semirigid ureteroskopi med holmiumlaser, fragmenten extraherade med korg. Ingen JJ-stent."),
        ("Planering", "Hem idag. Ev. återbesök om kvarvarande besvär, annars ingen uppföljning. "
                      "Metabol stenutredning via vårdcentralen."),
    ], template="Operationsberättelse", setting="öppenvård")],
    must_not=[("NL102", "n1")],
    why="Confirmed ureteric stone; the hedge is on a follow-up visit."))

add(C("d48-uro-mr-prostata-talar-for-cancer", "skane", "1956-07-25", "M", [
    N("n1", "s_uro_hbg", "Rickard Bengtsson", "läkare", "2024-04-16T13:25:00", [
        ("Aktuellt", "Återbesök efter MR prostata. PSA 14 vid två tillfällen."),
        ("Utredning", "MR: PI-RADS 5-lesion i vä perifera zonen, 14 mm, ingen extraprostatisk växt."),
        ("Bedömning", "Fynden talar för prostatacancer."),
        ("Planering", "Transperineal riktad biopsi i lokalbedövning planeras inom 2 v. "
                      "Pat vill ha med sin fru vid svarsbesöket."),
    ], template="Mottagningsanteckning", setting="öppenvård")],
    must=[("NL102", "n1")],
    why="'talar för prostatacancer' is a hedged diagnosis before biopsy in a visible section."))

add(C("d48-onh-ev-peritonsillit-negativ-punktion", "skane", "2000-10-01", "M", [
    N("n1", "s_onh_lund", "Tove Axelsson", "läkare", "2024-01-06T16:45:00", [
        ("Anamnes", "Halsont 5 dagar, svårt att svälja, sluddrigt tal sedan igår."),
        ("Status", "Trismus 2 fingrar. Svullnad och rodnad ovan hö tonsill, uvula deviation åt vä. Punktion hö: inget pus."),
        ("Bedömning", "Ev. peritonsillit i tidigt skede, ännu inte abscederad."),
        ("Åtgärd", "Kåvepenin 1,6 g x3 i 10 dagar, Alvedon/Ipren. Återbesök imorgon för ny punktion om ej förbättrad."),
    ], setting="öppenvård")],
    must=[("NL102", "n1")],
    why="'Ev. peritonsillit' after a dry puncture is a hedged ENT diagnosis in a visible section."))

add(C("d48-onh-sekundarblodning-tonsillektomi-bekraftad", "vgr", "2002-04-16", "F", [
    N("n1", "v_onh_sahl", "Marcus Lindblad", "läkare", "2024-03-03T22:15:00", [
        ("Indikation", "Sekundärblödning från vä tonsillloge dag 6 efter tonsillektomi för recidiverande tonsillit."),
        ("Åtgärd", "I narkos (RSI) koaguleras ett sipprande kärl i nedre polen vä. Hö loge ua."),
        ("Planering", "Kvar på avd över natten, troligen hemgång imorgon efter ronden. Tranexamsyra 1 g x3 i 5 dagar."),
    ], template="Operationsberättelse")],
    must_not=[("NL102", "n1")],
    why="The bleeding is a confirmed complication; 'troligen' only qualifies the discharge."))

add(C("d48-endokrin-fragestallnig-recurrenspares-typo", "skane", "1979-06-11", "F", [
    N("n1", "s_endo_lund", "Anna Wretlind", "läkare", "2024-02-21T09:35:00", [
        ("Aktuellt", "Dag 1 efter hemityreoidektomi vä för stor knöl med tryckbesvär. Hes och svag röst, "
                     "lätt felsväljning av vatten."),
        ("Bedömning", "Frågeställnig recurrenspares vä. Nervmonitoreringen gav normal signal vid avslut men "
                      "rösten är påtagligt påverkad."),
        ("Planering", "Remiss foniatriker för laryngoskopi före hemgång. Logoped kontaktas. Joniserat kalcium normalt."),
    ])],
    must=[("NL102", "n1")],
    why="'Frågeställnig recurrenspares' (typo) poses a diagnosis as an open question in a visible section."))

add(C("d48-ogon-katarakt-dagkirurgi-okomplicerad", "vgr", "1945-09-09", "F", [
    N("n1", "v_ogon_molndal", "Hampus Gren", "läkare", "2024-04-24T10:05:00", [
        ("Diagnos", "Senil katarakt hö öga."),
        ("Åtgärd", "Fakoemulsifikation med IOL i kapselsäcken hö öga, topikal + intrakameral anestesi. Okomplicerat."),
        ("Planering", "Dexametason ögondroppar x3 i 3 veckor. Kontroll hos optiker om 4 v, "
                      "ev. tidigare vid ökande smärta eller synförsämring."),
    ], template="Operationsberättelse", setting="öppenvård")],
    must_not=[("NL102", "n1")],
    why="Confirmed cataract, uneventful day surgery; 'ev. tidigare' concerns a follow-up visit."))

add(C("d48-ogon-inger-misstanke-om-endoftalmit", "skane", "1941-03-20", "M", [
    N("n1", "s_ogon_lund", "Ellinor Borg", "läkare", "2024-05-20T18:10:00", [
        ("Anamnes", "Kataraktop vä öga för 3 dagar sedan. Sedan igår tilltagande värk och dimsyn."),
        ("Status", "Visus vä handrörelser. Kraftig ciliär injektion, hypopyon ca 1 mm, fibrin i främre kammaren, "
                   "dåligt fundusrödljus."),
        ("Bedömning", "Bilden inger misstanke om akut postoperativ endoftalmit."),
        ("Åtgärd", "Glaskroppstapp för odling, intravitreal vankomycin och ceftazidim. Inläggning, kontroll imorgon bitti."),
    ], signed=None)],
    must=[("NL102", "n1")],
    why="'inger misstanke om ... endoftalmit' is a hedged post-cataract diagnosis (unsigned draft)."))

add(C("d48-barn-appendektomi-forenligt-med-meckels-divertikel", "vgr", "2015-10-03", "M", [
    N("n1", "v_barnkir", "Isak Wahlberg", "läkare", "2024-02-25T20:40:00", [
        ("Indikation", "8-årig pojke med buksmärta runt naveln sedan 2 dagar och tjärfärgad avföring igår. "
                       "UL: appendix ej visualiserad."),
        ("Op-fynd", "Normal appendix. Ca 60 cm från Bauhins klaff ett bredbasigt divertikel på antimesenteriella sidan, "
                    "förenligt med Meckels divertikel, med induration vid basen."),
        ("Åtgärd", "Laparoskopiassisterad kilresektion av divertikeln via navelsnittet samt appendektomi."),
        ("Planering", "Kontroll av Hb i morgon. PAD. Föräldrarna närvarande på uppvakningen."),
    ], template="Operationsberättelse")],
    must=[("NL102", "n1")],
    why="Child under 13 (guardians read): unexpected 'förenligt med Meckels divertikel' is a hedged diagnosis."))

add(C("d48-barn-ingen-misstanke-om-appendicit", "skane", "2017-08-21", "F", [
    N("n1", "s_barnkir_lund", "Olivia Hagström", "läkare", "2024-03-17T09:15:00", [
        ("Aktuellt", "Inlagd i natt för observation av buksmärta. Har ätit frukost och lekt i lekrummet."),
        ("Status", "Buken mjuk och oöm, hoppar utan smärta. Afebril. CRP 6."),
        ("Bedömning", "Ingen misstanke om appendicit vid förnyad undersökning."),
        ("Planering", "Hem med föräldrarna. Åter vid förnyade besvär enligt skriftlig information."),
    ])],
    must_not=[("NL102", "n1")],
    why="Child: appendicitis explicitly negated ('Ingen misstanke om')."))

add(C("d48-lap-kole-dd-gallackage-gallvagsskada", "vgr", "1974-01-31", "F", [
    N("n1", "v_kir_alingsas", "Robin Sjögren", "läkare", "2024-01-10T10:00:00", [
        ("Aktuellt", "Dag 1 efter lap kolecystektomi. Tilltagande smärta under hö arcus, feber 38,3, lätt ikterisk i sklera."),
        ("Lab", "Bilirubin 58, ALP 4,1, CRP 96."),
        ("Bedömning", "DD gallläckage från cysticusstumpen, gallvägsskada, kvarliggande koledokussten."),
        ("Planering", "UL lever/gallvägar idag, MRCP beroende på fynd. Kontakt med ERCP-enheten."),
    ])],
    must=[("NL102", "n1")],
    why="A DD list of postoperative complications is a set of hedged diagnoses in a visible section."))

add(C("d48-opber-gangranos-kolecystit-kolangio-ua", "skane", "1964-05-08", "M", [
    N("n1", "s_kir_ystad", "Hugo Melin", "läkare", "2024-04-01T15:50:00", [
        ("Op-fynd", "Akut kolecystit med gangrän i fundus, omentet tillklistrat över gallblåsan. Ingen perforation."),
        ("Kolangiografi", "Fri passage till duodenum, inga fyllnadsdefekter, inga tecken på gallgångssten."),
        ("Åtgärd", "Laparoskopisk kolecystektomi, drän i Morisons ficka."),
        ("Planering", "Tazocin fortsätter 24 h. Dränet dras imorgon om ingen galla."),
    ], template="Operationsberättelse")],
    must_not=[("NL102", "n1")],
    why="Gangrenous cholecystitis is confirmed; common bile duct stone is negated."))

add(C("d48-kolangiografi-mojlig-koledokussten", "vgr", "1956-12-29", "F", [
    N("n1", "v_kir_boras", "Maja Albinsson", "läkare", "2024-02-15T13:20:00", [
        ("Op-fynd", "Gallblåsa med tunn vägg och multipla små stenar. Kolangiografi: 6 mm fyllnadsdefekt distalt i "
                    "koledokus och långsam passage till duodenum, möjlig koledokussten."),
        ("Åtgärd", "Lap kolecystektomi. Defekten gick inte att spola ut."),
        ("Planering", "ERCP under vårdtiden, gastrolab kontaktas."),
    ], template="Operationsberättelse")],
    must=[("NL102", "n1")],
    why="'möjlig koledokussten' on peroperative cholangiography is a hedged diagnosis."))

add(C("d48-whipple-missankt-pankreasfistel-typo", "skane", "1953-08-17", "M", [
    N("n1", "s_hpb_lund", "Nils Hammar", "läkare", "2024-04-13T09:40:00", [
        ("Aktuellt", "Postop dag 5 efter Whipple. Dränet har bytt karaktär till grumligt, 300 ml/dygn."),
        ("Lab", "Amylas i drän 4 500 U/l, CRP 190."),
        ("Bedömning", "Missänkt läckage från pankreatikojejunostomin (POPF)."),
        ("Planering", "Dränet kvar, Sandostatin övervägs. DT buk i morgon för att utesluta vätskeansamling."),
    ])],
    must=[("NL102", "n1")],
    why="'Missänkt läckage' (typo for misstänkt) from the pancreatic anastomosis is a hedged diagnosis."))

add(C("d48-knaprotes-lungemboli-kan-ej-utelsutas-typo", "vgr", "1953-03-27", "F", [
    N("n1", "v_ort_kungalv", "Albin Carlsson", "läkare", "2024-03-28T11:25:00", [
        ("Aktuellt", "Dag 2 efter TKA vä. Plötslig andfåddhet vid mobilisering, tryck i bröstet."),
        ("Status", "AF 26, SpO2 89 % på luft, puls 112. Ingen vadsvullnad."),
        ("Bedömning", "Lungemboli kan ej utelsutas."),
        ("Åtgärd", "DT-angio lungor akut. Fragmin höjs till behandlingsdos i väntan på svar. Syrgas 3 l."),
    ])],
    must=[("NL102", "n1")],
    why="'Lungemboli kan ej utelsutas' (typo) leaves pulmonary embolism open in a visible section."))

add(C("d48-ingen-missanke-om-dvt-typo", "skane", "1971-11-30", "M", [
    N("n1", "s_ort_hbg", "Therese Ljung", "läkare", "2024-05-07T14:45:00", [
        ("Aktuellt", "Återbesök 2 v efter artroskopisk korsbandsrekonstruktion hö. Pat oroad över värk i vaden."),
        ("Status", "Vadmuskulaturen mjuk, ingen svullnad, omfång lika bilat."),
        ("Bedömning", "Ingen missanke om DVT, värken kommer av den nya träningen."),
        ("Planering", "Fortsatt rehab enligt program hos fysioterapeut."),
    ], template="Mottagningsanteckning", setting="öppenvård")],
    must_not=[("NL102", "n1")],
    why="'Ingen missanke om DVT' (typo) is a negation, not a hedge."))

add(C("d48-leverresektion-sannolkit-gallackage-typo", "vgr", "1969-09-05", "M", [
    N("n1", "v_kir31_ostra", "Jenny Falk", "läkare", "2024-01-31T09:05:00", [
        ("Aktuellt", "Dag 2 efter leverresektion segment 6. Dränet producerar gallfärgad vätska, 180 ml senaste dygnet."),
        ("Bedömning", "Sannolkit galläckage från resektionsytan. Pat opåverkad, afebril."),
        ("Planering", "Bilirubin i dränvätskan. Dränet kvar, avvaktande hållning."),
    ])],
    must=[("NL102", "n1")],
    why="'Sannolkit galläckage' (typo for sannolikt) is a hedged postoperative diagnosis."))

add(C("d48-lang-rond-hartmann-ev-begynnande-sarinfektion", "skane", "1949-04-04", "M", [
    N("n1", "s_kir7_mal", "Felicia Nordström", "läkare", "2024-02-03T10:35:00", [
        ("Aktuellt", "Postop dag 2 efter akut Hartmanns op för perforerad sigmoideumdivertikulit, Hinchey III. "
                     "Lugn natt, sov 4–5 h. Lätt illamående ikväll, inga kräkn."),
        ("Status", "AT: opåverkad, talar i hela meningar. Temp 37,8. BT 134/78, puls 92 reg, AF 18, SpO2 95 % luft. "
                   "Cor: RR, inga biljud. Pulm: lätt nedsatt basalt hö, inga rassel. Buk: mjuk, förväntat öm kring "
                   "mittlinjesnittet, ingen defense. Stomi: rosa, fuktig, gas och lite tunn avföring i påsen. "
                   "Sår: agraffer, sårkanterna rodnade 1 cm nedtill, ingen sekretion. Drän bäcken: 60 ml serös."),
        ("Lab", "CRP 210 (igår 260), LPK 13,2, Hb 112, krea 88, K 3,6, albumin 26."),
        ("Läkemedel", "Pip/Tazo 4 g x3 iv dag 3 av planerade 5. Fragmin 5000 E x1. Alvedon 1 g x4, Oxynorm 5 mg vb."),
        ("Bedömning", "Går framåt, CRP vänder. Stomin fungerar. Rodnade sårkanter nedtill – ev. begynnande sårinfektion, följs."),
        ("Planering", "Stomiterapeut i eftermiddag. Dränet dras imorgon om < 50 ml. Fysio: gång x3 i korridoren. "
                      "Trolig övergång till peroral antibiotika fredag."),
    ], template="Rondanteckning")],
    must=[("NL102", "n1")],
    why="Long telegraphic round note: one hedged diagnosis ('ev. begynnande sårinfektion') among many confirmed facts."))

add(C("d48-lang-rond-hemikolektomi-utan-diagnoshedge", "vgr", "1958-07-12", "F", [
    N("n1", "v_kir52_udd", "Erik Dahlberg", "läkare", "2024-03-06T10:15:00", [
        ("Aktuellt", "Postop dag 3 efter lap vä hemikolektomi för adenocarcinom i colon descendens. Ätit halv portion, "
                     "gasavgång sedan igår, ingen avföring ännu. Smärta VAS 2 i vila, 4 vid hosta."),
        ("Status", "AT gott. Afebril 37,2. BT 128/74, P 78, SpO2 96 %. Pulm: vesikulärt bilat. Buk: mjuk, lätt öm "
                   "kring porterna, normala tarmljud. Sår: torra, fina. KAD borttagen igår, kissar spontant."),
        ("Lab", "CRP 88 (124), Hb 119, LPK 8,1, Na 139, K 3,9, krea 64."),
        ("Läkemedel", "Alvedon 1 g x4, Oxynorm depot 10 mg x2 trappas ut, Fragmin 5000 E x1 i 28 dagar."),
        ("Bedömning", "Förloppet som förväntat, tarmfunktionen på väg tillbaka. Inga tecken på anastomosläckage eller infektion."),
        ("Planering", "Ev. utsättning av Oxynorm depot imorgon. Trolig hemgång fredag. Fragminundervisning av ssk, "
                      "recept skickas. PAD besvaras på återbesök om 3 v."),
    ], template="Rondanteckning", signed=None)],
    must_not=[("NL102", "n1")],
    why="Long round note: leak/infection negated, hedges only on drug plan and discharge day (unsigned)."))

add(C("d48-lang-preop-aaa-manga-bekraftade-komorbiditeter", "skane", "1947-02-14", "M", [
    N("n1", "s_anest_mal", "Patrik Söderberg", "läkare", "2024-02-28T13:00:00", [
        ("Aktuellt", "Planeras för öppen plastik av bukaortaaneurysm (AAA 6,1 cm) v. 12."),
        ("Tidigare sjukdomar", "Hypertoni. DM typ 2 sedan 2010, HbA1c 58. KOL GOLD 2, FEV1 62 % av förväntat. "
                               "TIA 2019, carotis-UL utan signifikant stenos. PCI med DES mot LAD 2021. "
                               "Kronisk njursjukdom stadium 3a, eGFR 52."),
        ("Läkemedel", "Trombyl 75 mg, Atorvastatin 80 mg, Metoprolol 50 mg, Enalapril 10 mg, Metformin 1 g x2, Spiriva, Symbicort."),
        ("Status", "Längd 176, vikt 88. BT 142/84, P 64 reg. Mallampati 2, god gapförmåga, egna tänder. "
                   "Cor: RR, systoliskt blåsljud 1/6 över aorta. Pulm: lätt förlängt exspirium. Inga perifera ödem."),
        ("Utredning", "Ekokardiografi jan -24: EF 50 %, ingen betydande klaffsjukdom. Arbetsprov: inga ischemitecken "
                      "vid 120 W. Spirometri enligt ovan."),
        ("Bedömning", "ASA 3. Förhöjd kardiell och pulmonell risk men optimerad. Lämplig för op i TEA och generell anestesi."),
        ("Planering", "Trombyl fortsätter. Metformin pausas op-dagen. IVA-plats bokas första dygnet. "
                      "Ev. preop andningsträning med fysioterapeut."),
    ], template="Preoperativ bedömning", setting="öppenvård")],
    must_not=[("NL102", "n1")],
    why="Long preoperative assessment listing only confirmed comorbidities; the 'ev.' is on a plan."))

add(C("d48-utskrivning-villkorade-rad-om-feber", "vgr", "1989-06-24", "F", [
    N("n1", "v_kir_lidkoping", "Moa Eriksson", "läkare", "2024-02-16T11:40:00", [
        ("Diagnos", "Akut appendicit, opererad laparoskopiskt 14/2."),
        ("Information till patienten", "Om du får feber över 38,5, ökande smärta i magen eller rodnad och var från "
                                       "såren – ring avdelningen dygnet runt. Vid tecken på blodpropp i benet eller "
                                       "plötslig andnöd ska du söka akut."),
        ("Planering", "Sjukskrivning 1 vecka. Ingen rutinmässig återbesökstid."),
    ], template="Utskrivningsanteckning")],
    must_not=[("NL102", "n1")],
    why="Conditional discharge advice ('Om ...', 'Vid tecken på blodpropp') is no hedged diagnosis of the patient."))

add(C("d48-kan-inte-uteslutas-konvertering-till-oppen", "skane", "1977-03-13", "F", [
    N("n1", "s_kir_ksd", "David Holgersson", "läkare", "2024-01-25T16:20:00", [
        ("Aktuellt", "Inskrivning inför lap kolecystektomi pga kolecystolitiasis med tre gallstensanfall och en "
                     "genomgången kolecystit i december."),
        ("Information", "Pat informerad om ingreppet. Det kan inte uteslutas att operationen behöver konverteras till "
                        "öppen teknik pga sammanväxningar efter kolecystiten, vilket hon har förstått och accepterar."),
        ("Planering", "Fastar från midnatt. Dagkirurgiskt om okomplicerat, annars en natt på avd."),
    ], template="Inskrivningsanteckning")],
    must_not=[("NL102", "n1")],
    why="'kan inte uteslutas' qualifies a surgical conversion, not a diagnosis."))

add(C("d48-sarkontroll-talar-for-fin-lakning", "vgr", "1983-10-09", "M", [
    N("n1", "v_kirmott_nal", "Josefin Berg", "sjuksköterska", "2024-04-18T08:50:00", [
        ("Aktuellt", "Sårkontroll 2 v efter excision av pilonidalsinus med öppen sårläkning."),
        ("Status", "Granulerande sårbädd 3x1 cm, rosa, ingen lukt. Sårkanterna lugna."),
        ("Bedömning", "Sårbilden talar för fortsatt fin läkning utan komplikationer."),
        ("Åtgärd", "Sårbädden spolad, ny Aquacel. Nästa kontroll om 2 v, ev. tidigare om sekretionen ökar."),
    ], template="Mottagningsanteckning", setting="öppenvård")],
    must_not=[("NL102", "n1")],
    why="'talar för ... fin läkning' hedges a healing course, which is no disease."))

add(C("d48-buktoversikt-forenligt-med-paralytisk-ileus", "vgr", "1962-01-05", "F", [
    N("n1", "v_kir_kungalv", "Simon Lundqvist", "läkare", "2024-05-10T09:30:00", [
        ("Aktuellt", "Postop dag 4 efter öppen ventral bråckplastik med nät. Uppkördhet, ingen gasavgång, hickar."),
        ("Utredning", "Buköversikt: generellt dilaterade tunntarmsslingor och gas även i colon, ingen transitionspunkt, "
                      "förenligt med postoperativ paralytisk ileus."),
        ("Planering", "V-sond, korrigera K och Mg, minska opioiderna. Tuggummi x3. Mobilisering."),
    ])],
    must=[("NL102", "n1")],
    why="'förenligt med postoperativ paralytisk ileus' is a hedged diagnosis in a visible section."))

add(C("d48-talar-emot-anastomoslackage", "skane", "1966-06-29", "M", [
    N("n1", "s_kolo_mal", "Amanda Nilsson", "läkare", "2024-03-23T11:10:00", [
        ("Aktuellt", "Dag 5 efter låg främre resektion med avlastande loopileostomi. Ssk rapporterar grumlig "
                     "sekretion från vänster portsår."),
        ("Status", "Afebril, opåverkad. Buken mjuk. Portsåret vä lätt rodnat med lite seropurulent sekret, inget i bäckendränet."),
        ("Bedömning", "Klinisk bild och fallande CRP (88 från 140) talar emot anastomosläckage. Ytlig sekretion från portsåret."),
        ("Åtgärd", "Såret öppnas något, odling, kompress. Ingen antibiotika i nuläget."),
    ])],
    must_not=[("NL102", "n1")],
    why="'talar emot anastomosläckage' argues against the diagnosis; no hedged diagnosis remains."))

add(C("d48-anestesi-misstank-anafylaxi-cefuroxim-typo", "vgr", "1986-12-18", "F", [
    N("n1", "v_anop_ostra", "Pontus Helander", "läkare", "2024-01-15T09:45:00", [
        ("Händelse", "Ca 3 min efter inj Zinacef 1,5 g iv vid induktion: generaliserad urtikaria, BT-fall till 62/30, bronkospasm."),
        ("Åtgärd", "Adrenalin 50 µg iv x2, Ringer 1500 ml snabbt, hydrokortison 200 mg, Tavegyl. Stabil efter 15 min. "
                   "Den planerade lap kolecystektomin avbröts."),
        ("Bedömning", "Misstänk anafylaxi mot cefuroxim, reaktion på rokuronium är inte heller utesluten."),
        ("Planering", "Tryptas tagen efter 1 h och 24 h. Remiss allergimottagningen. Cefalosporiner och rokuronium "
                      "varningsmarkeras tills vidare. Pat informerad om händelsen när hon vaknat."),
    ], template="Anestesianteckning")],
    must=[("NL102", "n1")],
    why="Perioperative 'Misstänk anafylaxi' (typo) is a hedged diagnosis in a visible anaesthesia note."))

add(C("d48-allergiutredning-efter-narkos-avskriven", "skane", "1970-07-01", "F", [
    N("n1", "s_anest_lund", "Eva Thorsell", "läkare", "2024-04-25T14:30:00", [
        ("Aktuellt", "Uppföljning efter reaktion vid narkosinduktion i november, då cefuroxim och rokuronium gavs."),
        ("Utredning", "Tryptas normalt i både akut- och basalprov. Pricktest och intradermaltest för rokuronium, "
                      "cefuroxim och klorhexidin negativa. Provokation med cefuroxim iv utan reaktion."),
        ("Bedömning", "Allergi mot cefuroxim och rokuronium avskrivs. Reaktionen bedöms som ospecifik histaminfrisättning."),
        ("Planering", "Varningsmarkeringen i journalen tas bort. Ny operation kan planeras utan restriktioner."),
    ], template="Mottagningsanteckning", setting="öppenvård")],
    must_not=[("NL102", "n1")],
    why="The drug allergy is written off after testing ('avskrivs')."))

add(C("d48-opber-konvertering-fragetecken-beslut", "skane", "1969-10-17", "F", [
    N("n1", "s_kir_ksd", "Rasmus Lindgren", "läkare", "2024-05-13T14:05:00", [
        ("Op-fynd", "Kronisk kolecystit med skrumpen gallblåsa och täta adherenser mot duodenum och colon transversum."),
        ("Förlopp", "Svårdissekerad Calots triangel första halvtimmen. Konvertering? Nej – efter frilösning av "
                    "adherenserna uppnåddes kritisk vy och subtotal kolecystektomi behövdes inte."),
        ("Åtgärd", "Lap kolecystektomi, op-tid 110 min. Drän i gallblåsebädden."),
    ], template="Operationsberättelse")],
    must_not=[("NL102", "n1")],
    why="The question mark is on a surgical decision (conversion), not on a diagnosis; cholecystitis is confirmed."))

add(C("d48-brost-ev-lokalrecediv-i-arret-typo", "skane", "1964-11-11", "F", [
    N("n1", "s_brost_hbg", "Lena Mattsson", "läkare", "2024-03-27T10:25:00", [
        ("Anamnes", "Opererad med sektorresektion + SN vä bröst 2019 för duktal cancer, strålbehandlad. "
                    "Har själv känt en knöl i ärret sedan 3 veckor."),
        ("Status", "1,5 cm fast, oöm resistens i övre delen av operationsärret vä. Axiller utan palpabla körtlar."),
        ("Bedömning", "Ev. lokalrecediv, men fettnekros i strålat område är vanligt."),
        ("Planering", "UL + mammografi och mellannålsbiopsi idag. Svar på mottagningen om en vecka."),
    ], template="Mottagningsanteckning", setting="öppenvård")],
    must=[("NL102", "n1")],
    why="'Ev. lokalrecediv' (typo for recidiv) after breast surgery is a hedged diagnosis in a visible section."))

add(C("d48-preop-hereditet-pappan-trolig-hjartinfarkt", "vgr", "1980-02-28", "M", [
    N("n1", "v_dagkir_frolunda", "Ulrika Svensson", "läkare", "2024-01-29T08:35:00", [
        ("Anamnes", "43-årig man inför dagkirurgisk op av navelbråck. Frisk, motionerar regelbundet, inga läkemedel."),
        ("Hereditet", "Pappan dog plötsligt 58 år gammal i trolig hjärtinfarkt, farbror har typ 2-diabetes."),
        ("Status", "BT 126/78, puls 60. Cor och pulm ua. Mallampati 1."),
        ("Bedömning", "ASA 1. Inga hinder för dagkirurgi i generell anestesi. Lipidstatus kan kontrolleras på "
                      "vårdcentralen med tanke på hereditet."),
    ], template="Anestesibedömning", setting="öppenvård")],
    must_not=[("NL102", "n1")],
    why="The hedged myocardial infarction is the father's, not the patient's."))

add(C("d48-karlkir-misstankt-tidig-graftoclusion-typo", "skane", "1951-05-19", "M", [
    N("n1", "s_karl_mal", "Jesper Wallin", "läkare", "2024-02-10T21:30:00", [
        ("Aktuellt", "Dag 1 efter femoropopliteal bypass vä med ven. Ssk larmar pga kall och blek fot sedan en timme."),
        ("Status", "Vä fot kall, kapillär återfyllnad > 5 s. Ingen dopplersignal i graftets distala del eller i "
                   "a. dorsalis pedis. Motoriken bevarad."),
        ("Bedömning", "Misstänkt tidig graftoclusion."),
        ("Åtgärd", "Heparin 5000 E iv. Akut op-anmälan för trombektomi/revision, bakjour på väg in."),
    ])],
    must=[("NL102", "n1")],
    why="'Misstänkt tidig graftoclusion' (typo in ocklusion) is a hedged vascular complication."))

add(C("d48-bariatrik-dt-talar-for-inre-brack", "vgr", "1985-09-14", "F", [
    N("n1", "v_kirakut_skovde", "Kristoffer Holm", "läkare", "2024-04-28T23:05:00", [
        ("Anamnes", "Gastric bypass 2019. Återkommande krampartad smärta i vä epigastriet efter måltid senaste "
                    "månaderna, nu konstant sedan 6 h."),
        ("Status", "Öm i vä övre kvadrant utan peritonit. Afebril. Laktat 1,4."),
        ("Utredning", "DT buk: virvelformation i mesenteriet (swirl sign) och hopklumpade tunntarmsslingor i "
                      "vä övre kvadrant, talar för inre bråck."),
        ("Planering", "Diagnostisk laparoskopi inatt. Fasta, vätska iv."),
    ])],
    must=[("NL102", "n1")],
    why="CT 'talar för inre bråck' after gastric bypass is a hedged diagnosis before surgery."))

add(C("d48-pmo-vc-trol-arrbrack-remiss", "skane", "1961-04-05", "F", [
    N("n1", "p_hoor", "Björn Sjöholm", "läkare", "2024-01-12T15:30:00", [
        ("Anamnes", "Opererades med laparotomi för tarmvred 2022. Senaste halvåret en buktning i ärret när hon hostar."),
        ("Status", "Mjuk, reponibel buktning ca 4 cm i nedre delen av mittlinjesärret, bråckport palpabel."),
        ("Bedömning", "Trol. ärrbråck."),
        ("Åtgärd", "Remiss kirurgmottagningen Hässleholm för bedömning av op. Råd att undvika tunga lyft."),
    ], template="Besöksanteckning", system="PMO", setting="öppenvård")],
    must_not=[("NL102", "n1")],
    why="PMO note: a hedged incisional hernia is never shown as a diagnosis."))

add(C("d48-preop-osas-bekraftad-cpap", "vgr", "1959-01-19", "M", [
    N("n1", "v_anest_udd", "Gunilla Persson", "läkare", "2024-03-01T09:50:00", [
        ("Anamnes", "Inför lap fundoplikation pga GERD. Obstruktiv sömnapné diagnostiserad 2020 med polygrafi, AHI 34, "
                    "välbehandlad med CPAP. Hypertoni."),
        ("Bedömning", "ASA 2. OSA välbehandlad."),
        ("Planering", "Pat tar med egen CPAP till avdelningen. Sparsamt med opioider, Alvedon och NSAID som bas."),
    ], template="Anestesibedömning", setting="öppenvård")],
    must_not=[("NL102", "n1")],
    why="Sleep apnoea here is a confirmed, treated diagnosis, contrast to the hedged one in another case."))

add(C("d48-tva-anteckningar-misstanke-sedan-bekraftat-lackage", "skane", "1962-08-08", "M", [
    N("n1", "s_kir5_hbg", "Oliver Brink", "läkare", "2024-04-10T23:10:00", [
        ("Aktuellt", "Postop dag 4 efter lap sigmoideumresektion. Feber 38,9, diffust ont i buken, takykard."),
        ("Bedömning", "Misstänkt läckage från anastomosen, DT beställd akut."),
    ]),
    N("n2", "s_kir_hbg", "Rebecka Ståhl", "läkare", "2024-04-11T03:40:00", [
        ("Indikation", "DT i natt bekräftade anastomosläckage med fri gas och vätska kring anastomosen."),
        ("Op-fynd", "Ca 1 cm defekt i anastomosens bakre vägg, fekal kontamination i lilla bäckenet."),
        ("Åtgärd", "Laparoskopi konverterad till laparotomi, anastomosen tas ner, slutstomi enl. Hartmann, "
                   "riklig spolning, drän x2."),
    ], template="Operationsberättelse", signed=95)],
    must=[("NL102", "n1")], must_not=[("NL102", "n2")],
    why="The ward note hedges the leak; the next op report states the leak as confirmed."))

add(C("d48-barn-narkos-okomplicerad-forkylning", "skane", "2020-11-05", "M", [
    N("n1", "s_barnop_lund", "Sofie Lindahl", "läkare", "2024-02-05T10:30:00", [
        ("Anamnes", "3-årig pojke inför inläggning av plaströr bilat pga upprepade akuta mediaotiter. Snuva sedan "
                    "4 dagar, ingen feber, äter och leker som vanligt."),
        ("Status", "Klar snuva, lungorna auskultatoriskt rena, temp 37,2."),
        ("Bedömning", "Okomplicerad förkylning utan feber är inget hinder för den korta narkosen."),
        ("Planering", "Ev. uppskjutning om han får feber eller hosta före op-dagen, föräldrarna ringer då dagkirurgen."),
    ], template="Anestesibedömning", setting="öppenvård")],
    must_not=[("NL102", "n1")],
    why="Child: confirmed cold, and the 'Ev.' only concerns postponing the operation."))

add(C("d48-barn-ul-bild-som-vid-invagination", "vgr", "2023-01-20", "F", [
    N("n1", "v_barnkir", "Victor Åberg", "läkare", "2024-03-30T16:25:00", [
        ("Anamnes", "1-årig flicka med attacker av otröstlig gråt och uppdragna ben, däremellan slö. En kräkning, "
                    "ingen avföring sedan igår."),
        ("Utredning", "UL buk: måltavleformad struktur 3 cm i hö övre kvadrant, bild som vid ileokolisk invagination. "
                      "God cirkulation i tarmväggen."),
        ("Planering", "Luftreposition under genomlysning nu, vid misslyckad reposition operation. "
                      "Föräldrarna informerade om planen."),
    ])],
    must=[("NL102", "n1")],
    why="Infant: 'bild som vid ileokolisk invagination' is a hedged diagnosis visible to the guardians."))

add(C("d48-ortho-protesinfektion-kan-ej-uteslutas", "vgr", "1955-03-31", "M", [
    N("n1", "v_ortmott_skovde", "Therese Mohlin", "läkare", "2024-05-16T13:10:00", [
        ("Anamnes", "Höftprotes hö 2023. Sedan två månader tilltagande ljumsksmärta och nattvärk, ingen feber."),
        ("Status", "Gångförmågan nedsatt, smärta vid inåtrotation. Ärret ua. CRP 28, SR 45."),
        ("Röntgen", "Lucens runt proximala delen av stammen, som inte syntes för ett år sedan."),
        ("Bedömning", "Lågvirulent protesinfektion kan ej uteslutas, DD aseptisk lossning."),
        ("Planering", "Ledpunktion med odling och LPK i ledvätskan under genomlysning. Ingen antibiotika innan odling."),
    ], template="Mottagningsanteckning", setting="öppenvård")],
    must=[("NL102", "n1")],
    why="An open question of prosthetic joint infection with a DD is a hedged diagnosis in a visible section."))

add(C("d48-fysioterapeut-misstankt-dvt-efter-hoftprotes", "skane", "1946-12-07", "F", [
    N("n1", "s_ort_ksd", "Elsa Grönberg", "fysioterapeut", "2024-01-19T11:20:00", [
        ("Aktuellt", "Dag 4 efter höftprotes hö. Gångträningen i korridoren avbröts pga smärta i hö vad."),
        ("Status", "Hö vad svullen, varm och ömmar vid palpation, pat kan inte belasta fullt."),
        ("Bedömning", "Misstänkt DVT hö underben. Gångträningen pausas."),
        ("Åtgärd", "Ansvarig läkare kontaktad, pat ligger kvar i sängen i väntan på ultraljud."),
    ], template="Fysioterapianteckning")],
    must=[("NL102", "n1")],
    why="A physiotherapist's Melior note with 'Misstänkt DVT' is a visible hedged diagnosis too."))

add(C("d48-feber-av-oklar-genes-efter-kejsarsnitt", "skane", "1992-09-09", "F", [
    N("n1", "s_kvinn_mal", "Johanna Eklöf", "läkare", "2024-04-20T10:45:00", [
        ("Aktuellt", "Dag 2 efter elektivt kejsarsnitt. Temp 38,3 i morse, i övrigt mår hon bra och ammar."),
        ("Status", "Såret torrt utan rodnad. Uterus fast, i nivå med naveln, oöm. Lochia normal mängd, luktfri. "
                   "Brösten mjuka. Vaderna ua."),
        ("Bedömning", "Feber av oklar genes, inget fokus vid undersökningen."),
        ("Planering", "Blododling x2, urinodling, CRP. Ny temp kl 14. Antibiotika endast vid stigande feber eller fokus."),
    ], signed=None)],
    must_not=[("NL102", "n1")],
    why="Fever without focus names no hedged disease; 'oklar genes' qualifies a symptom (unsigned)."))

# ====================================================================== NL101
add(C("d48-101-sigmoideum-fryssnitt-ej-informerad-informeras-imorgon", "skane", "1956-02-19", "F", [
    N("n1", "s_kir_mal", "Magnus Ekholm", "läkare", "2024-01-24T14:30:00", [
        ("Indikation", "Recidiverande divertikulit i colon sigmoideum, planerad lap sigmoideumresektion."),
        ("Op-fynd", "Fast tumör i colon sigmoideum ca 6 cm med överväxt på blåstaket. Två vita knottror på peritoneum "
                    "parietale i vä fossa. Fryssnitt från knottrorna: metastas av adenocarcinom."),
        ("Åtgärd", "Sigmoideumresektion en bloc med del av blåstaket, primäranastomos. Biopsier skickade."),
        ("Information", "Pat ej informerad om op-fyndet ännu, informeras av operatören imorgon när hon är helt vaken."),
    ], template="Operationsberättelse", signed=95)],
    must=[("NL101", "n1")], must_not=[("NL102", "n1")],
    why="Unexpected cancer with frozen-section metastasis in a visible op report, patient explicitly not yet told."))

add(C("d48-101-ovarie-borderline-informeras-nar-vaken", "vgr", "1978-10-22", "F", [
    N("n1", "v_kvinn_boras", "Annika Widén", "läkare", "2024-02-01T13:15:00", [
        ("Indikation", "8 cm multilokulär cysta vä ovarium, CA-125 42."),
        ("Op-fynd", "Slät, mobil cysta vä ovarium utan ytväxt. Ingen ascites. Hö ovarium, uterus och peritoneum ua. "
                    "Fryssnitt vä ovarium: mucinös borderlinetumör."),
        ("Åtgärd", "Salpingooforektomi vä, omentbiopsi, peritonealsköljvätska."),
        ("Information", "Pat ej informerad om fryssnittssvaret, informeras när hon är vaken och smärtfri på avdelningen."),
    ], template="Operationsberättelse")],
    must=[("NL101", "n1")],
    why="Frozen-section borderline tumour stated in a visible op report; the patient has not been told yet."))

add(C("d48-101-makroskopiskt-misstankt-malign-karcinos-ej-informerad", "skane", "1950-07-16", "M", [
    N("n1", "s_kir_hbg", "Ingrid Valentin", "läkare", "2024-03-05T01:20:00", [
        ("Indikation", "Tunntarmsileus utan tidigare bukkirurgi. DT utan säker orsak."),
        ("Op-fynd", "Multipla hårda knottror över tunntarmskäxet och omentet, omentet förtjockat som en kaka. "
                    "Makroskopiskt misstänkt malign peritoneal karcinos, primärtumör ej identifierad. "
                    "Ileus orsakad av en fixerad slynga i lilla bäckenet."),
        ("Åtgärd", "Adherenslösning, ingen resektion. Biopsier från omentet till PAD."),
        ("Information", "Pat ej informerad ännu. Samtal med honom och ev. anhöriga planeras när PAD finns."),
    ], template="Operationsberättelse")],
    must=[("NL101", "n1"), ("NL102", "n1")],
    why="'Makroskopiskt misstänkt malign' carcinomatosis in a visible op report, patient not yet informed: both rules."))

add(C("d48-101-pad-appendix-net-ej-informerad", "vgr", "1998-05-03", "M", [
    N("n1", "v_kirmott_nal", "Olof Granqvist", "läkare", "2024-03-07T15:40:00", [
        ("PAD", "Appendix (op 2024-02-20): akut flegmonös appendicit samt en 1,4 cm högt differentierad neuroendokrin "
                "tumör (NET G1) i spetsen, fria resektionsränder."),
        ("Bedömning", "Radikalt exstirperad NET under 2 cm, enligt vårdprogram ingen ytterligare kirurgi."),
        ("Planering", "Pat har ännu inte informerats om PAD-svaret. Ny tid hos operatören v. 11 för besked och "
                      "genomgång av uppföljningen."),
    ], template="Journalanteckning", setting="öppenvård")],
    must=[("NL101", "n1")], must_not=[("NL102", "n1")],
    why="Incidental appendiceal NET on histology, visible and confirmed, not yet told to the patient."))

add(C("d48-101-barn-ovarialteratom-familjen-ej-informerad", "vgr", "2012-09-14", "F", [
    N("n1", "v_barnkir", "Tomas Lindberg", "läkare", "2024-03-13T23:50:00", [
        ("Indikation", "11-årig flicka med buksmärta i hö fossa sedan 2 dagar, öm över McBurney, CRP 45."),
        ("Op-fynd", "Appendix makroskopiskt normal. Hö ovarium förstorat till ca 6 cm av en cystisk förändring med "
                    "talgliknande innehåll och hår, partiellt torkverad ett halvt varv. Fryssnitt: moget cystiskt teratom."),
        ("Åtgärd", "Detorkvering, ovariesparande cystektomi hö, appendektomi."),
        ("Information", "Varken flickan eller föräldrarna har ännu informerats om ovarialfyndet, barnkirurgen pratar "
                        "med familjen i morgon bitti när hon vaknat."),
    ], template="Operationsberättelse", signed="2024-03-14T00:40:00")],
    must=[("NL101", "n1")],
    why="Child under 13 operated for appendicitis, teratoma found; neither child nor guardians (who read the journal) told yet."))

add(C("d48-101-barn-meckel-foraldrar-informerade", "skane", "2016-06-02", "M", [
    N("n1", "s_barnkir_lund", "Maria Fogelberg", "läkare", "2024-01-14T09:30:00", [
        ("Aktuellt", "Opererades igår kväll med laparoskopi pga buksmärta och mörkröd blödning per rektum."),
        ("Op-fynd", "Meckels divertikel med sår vid basen som blödningskälla, resekerat. Appendix normal."),
        ("Information", "Föräldrarna informerades av operatören direkt efter op om fyndet och resektionen, mamma sov "
                        "över på avdelningen. Simon har fått en förklaring anpassad efter åldern."),
        ("Planering", "Börjar med dryck idag, mat från imorgon. Hb-kontroll."),
    ])],
    must_not=[("NL101", "n1")],
    why="Child: the unexpected finding was told to the guardians and to the boy, so nothing is withheld."))

add(C("d48-101-tonsill-lymfom-pat-sover-informeras-imorgon", "skane", "1971-01-09", "M", [
    N("n1", "s_onh_lund", "Karolina Ahlgren", "läkare", "2024-02-09T13:55:00", [
        ("Indikation", "Asymmetriskt förstorad hö tonsill, växande sedan 3 mån, ingen halsinfektion."),
        ("Op-fynd", "Hö tonsill fast, 3,5 cm, med ytlig ulceration. Fryssnitt: högmalignt B-cellslymfom, typning pågår."),
        ("Åtgärd", "Tonsillektomi bilat, vävnad färskt till patologen för flödescytometri."),
        ("Information", "Pat sover på uppvaket och har inte informerats. Undertecknad informerar på avdelningen imorgon bitti."),
    ], template="Operationsberättelse")],
    must=[("NL101", "n1")],
    why="ENT: lymphoma on frozen section in a visible note while the patient is still asleep and uninformed."))

add(C("d48-101-ortho-patologisk-fraktur-metastas-pat-ovetande", "vgr", "1949-05-12", "F", [
    N("n1", "v_ort_molndal", "Jakob Sundin", "läkare", "2024-04-02T17:25:00", [
        ("Indikation", "Humerusskaftfraktur hö efter att ha lyft en kasse. Behandlad för bröstcancer 2016."),
        ("Op-fynd", "Frakturområdet destruerat av mjuk, grå tumörvävnad. Fryssnitt: metastas av adenocarcinom, "
                    "immunhistokemi för ursprung pågår."),
        ("Åtgärd", "Curettage, märgspik med cementaugmentering."),
        ("Information", "Pat ännu ovetande om fyndet, informeras av onkolog och operatör gemensamt imorgon."),
    ], template="Operationsberättelse")],
    must=[("NL101", "n1")], must_not=[("NL102", "n1")],
    why="Orthopaedic trauma turning out to be a metastasis; 'ovetande' = not told, diagnosis visible and unhedged."))

add(C("d48-101-sentinel-node-makrometastas-ej-informerad", "skane", "1967-03-25", "F", [
    N("n1", "s_brost_hbg", "Birgitta Holmér", "läkare", "2024-05-08T12:00:00", [
        ("Op-fynd", "Två blå och radioaktiva portvaktskörtlar vä axill. Fryssnitt: makrometastas i båda körtlarna."),
        ("Åtgärd", "Sektorresektion vä bröst kl 2, portvaktskörtelbiopsi, därefter axillutrymning nivå I–II enligt preop samtycke."),
        ("Information", "Pat ej informerad om körtelfyndet, operatören går till avdelningen efter sista operationen i morgon."),
    ], template="Operationsberättelse", signed=None)],
    must=[("NL101", "n1")],
    why="Positive sentinel nodes in a visible (unsigned) op report; the patient has not been told."))

add(C("d48-101-papillar-tyreoideacancer-ej-informerad-an", "vgr", "1988-12-01", "F", [
    N("n1", "v_endo_sahl", "Peter Hallberg", "läkare", "2024-01-26T12:45:00", [
        ("Op-fynd", "2 cm fast knöl i hö lob, Bethesda IV preop. Fryssnitt: papillär tyreoideacancer."),
        ("Åtgärd", "Total tyreoidektomi med central lymfkörtelutrymning hö. Bisköldkörtlar identifierade och bevarade x3."),
        ("Information", "Ej informerad än, pat fortfarande sederad på uppvaket. Kontaktsjuksköterska bokas."),
    ], template="Operationsberättelse")],
    must=[("NL101", "n1")],
    why="Thyroid cancer on frozen section stated while the sedated patient is not yet informed."))

add(C("d48-101-ssk-gallblasecancer-tas-inte-upp-forran-imorgon", "skane", "1953-11-08", "F", [
    N("n1", "s_kir2_ksd", "Elin Johnsson", "sjuksköterska", "2024-03-18T20:30:00", [
        ("Psykosocialt", "Pat frågar flera gånger hur operationen gick. Enligt dr Berg ska op-fyndet – gallblåsecancer "
                         "med växt in i levern – inte tas upp med henne förrän han kommer på ronden imorgon."),
        ("Omvårdnad", "Oxynorm 5 mg x1 i kväll med god effekt. Mobiliserad till stol."),
    ], template="Omvårdnadsanteckning")],
    must=[("NL101", "n1")],
    why="Nurse note names the operative finding and says it must not be raised with the patient yet."))

add(C("d48-101-whipple-avbruten-levermetastaser-ej-infomerad-typo", "vgr", "1945-08-30", "M", [
    N("n1", "v_kir_skovde", "Stefan Rydén", "läkare", "2024-02-20T15:35:00", [
        ("Indikation", "Planerad Whipple för adenocarcinom i pankreashuvudet."),
        ("Op-fynd", "Tre vita leverförändringar i segment 3 och 4b, fryssnitt: levermetastaser. Resektion ej meningsfull."),
        ("Åtgärd", "Explorativ laparotomi, resektionen avbruten, dubbel bypass (hepatikojejunostomi + gastroenterostomi)."),
        ("Planering", "Pat ej infomerad om op-fyndet. Informationssamtal imorgon med kontaktssk närvarande."),
    ], template="Operationsberättelse")],
    must=[("NL101", "n1")],
    why="Liver metastases in a visible op report, 'ej infomerad' (typo) about the finding."))

add(C("d48-101-utkast-njurcellscancer-har-inte-fatt-veta", "skane", "1963-04-14", "M", [
    N("n1", "s_uro_mal", "Ahmed Karimi", "läkare", "2024-04-17T14:10:00", [
        ("Indikation", "Komplex njurcysta hö, Bosniak III, planerad robotassisterad partiell nefrektomi."),
        ("Op-fynd", "Cystan resekerad med marginal, fryssnitt: klarcellig njurcellscancer i cystväggen, fri marginal."),
        ("Information", "Patienten har inte fått veta resultatet ännu, besked ges av undertecknad på avdelningen."),
    ], template="Operationsberättelse", signed=None)],
    must=[("NL101", "n1")],
    why="Pre-signing draft: frozen-section renal cancer stated while the patient has not been told."))

add(C("d48-101-epikris-lymfkortelmetastaser-besked-vid-aterbesok", "vgr", "1959-10-04", "M", [
    N("n1", "v_kir_udd", "Sara Nyström", "läkare", "2024-03-12T11:05:00", [
        ("Diagnos", "Adenocarcinom i colon transversum, pT3N1b (3/14 lymfkörtlar)."),
        ("Åtgärd", "Laparoskopisk transversumresektion 2024-03-04."),
        ("Förlopp", "Okomplicerat, utskriven dag 4."),
        ("PAD och information", "PAD-svaret kom efter utskrivningen och har ännu ej meddelats pat. Besked vid återbesök 12/4, "
                                "remiss till onkologen för adjuvant behandling skickas efter samtalet."),
    ], template="Epikris")],
    must=[("NL101", "n1")], must_not=[("NL102", "n1")],
    why="Discharge summary with node-positive stage not yet told; the date in the text does not change that."))

add(C("d48-101-levermetastaser-ej-meddelas-fore-mdk", "skane", "1960-06-06", "F", [
    N("n1", "s_kir_ksd", "Henrik Åkesson", "läkare", "2024-05-02T15:00:00", [
        ("Op-fynd", "Vid laparoskopin inför planerad rektumresektion ses multipla ytliga levermetastaser i båda loberna, "
                    "den största 2 cm i segment 7. Biopsi tagen."),
        ("Åtgärd", "Resektionen avstås. Avlastande loopsigmoideostomi anläggs."),
        ("Planering", "Op-fyndet ska inte meddelas patienten förrän MDK tagit ställning till fortsatt behandling på torsdag."),
    ], template="Operationsberättelse", signed=None)],
    must=[("NL101", "n1")],
    why="'ska inte meddelas patienten förrän MDK' withholds a visible peroperative finding (unsigned)."))

add(C("d48-101-maken-vill-vanta-med-beskedet", "vgr", "1944-02-11", "F", [
    N("n1", "v_kir35_sahl", "Camilla Björk", "sjuksköterska", "2024-01-19T19:45:00", [
        ("Anhöriga", "Maken ringde och önskar att hustrun inte får veta om magsäckscancern förrän efter helgen, då barnen kommer hem."),
        ("Bedömning", "Pat ännu ej informerad om cancerdiagnosen. Ansvarig läkare underrättad och tar ställning under ronden."),
    ], template="Omvårdnadsanteckning")],
    must=[("NL101", "n1")],
    why="The patient herself is not informed of her gastric cancer (a relative asks for delay) and the diagnosis is visible."))

add(C("d48-101-endometrios-stadium-iv-ej-inforemrad-typo", "skane", "1991-07-27", "F", [
    N("n1", "s_kvinn_lund", "Jessica Tran", "läkare", "2024-02-12T13:20:00", [
        ("Op-fynd", "Utbredd endometrios, rASRM stadium IV. Endometriom 5 cm vä och 3 cm hö ovarium, obliterad fossa "
                    "Douglasi, rektum adherent mot bakre cervix."),
        ("Åtgärd", "Cystektomi bilat, adherenslösning. Ingen tarmresektion."),
        ("Information", "Pat ej inforemrad om fynden ännu, samtal med operatören imorgon förmiddag."),
    ], template="Operationsberättelse")],
    must=[("NL101", "n1")],
    why="Gynaecological op report: stage IV endometriosis visible, patient 'ej inforemrad' (typo)."))

add(C("d48-101-preop-ekg-nyupptackt-formaksflimmer-ej-informerad", "vgr", "1952-10-13", "M", [
    N("n1", "v_anest_nal", "Elias Moberg", "läkare", "2024-04-04T07:40:00", [
        ("Aktuellt", "Bedömning på op-dagen inför TURP. Pat har redan fått premedicinering."),
        ("Utredning", "EKG: förmaksflimmer med ventrikelfrekvens 95, ej känt sedan tidigare. Inget äldre EKG i journalen."),
        ("Bedömning", "Nyupptäckt förmaksflimmer. Op skjuts upp för antikoagulationsbedömning och frekvenskontroll."),
        ("Information", "Pat ej informerad om EKG-fyndet ännu då han är sederad, urologen informerar på eftermiddagen."),
    ], template="Anestesibedömning")],
    must=[("NL101", "n1")], must_not=[("NL102", "n1")],
    why="Preoperative new atrial fibrillation, a confirmed diagnosis, visible while the sedated patient is uninformed."))

add(C("d48-101-vul-missed-abortion-fore-sterilisering", "skane", "1985-11-19", "F", [
    N("n1", "s_kvinn_ystad", "Ylva Strand", "läkare", "2024-01-31T08:15:00", [
        ("Aktuellt", "Inför laparoskopisk sterilisering görs sedvanligt graviditetstest och VUL."),
        ("Status", "U-hCG positivt. VUL: intrauterin gestationssäck med embryo, CRL motsvarande 7+3, ingen hjärtaktivitet."),
        ("Bedömning", "Missed abortion. Steriliseringen genomförs inte idag."),
        ("Information", "Pat ej informerad ännu, väntar i förberedelserummet. Ansvarig gynekolog tar samtalet när hennes man är på plats."),
    ], setting="öppenvård")],
    must=[("NL101", "n1")],
    why="Day-surgery pre-check finds a missed abortion; diagnosis visible, patient explicitly not informed yet."))

add(C("d48-101-cystoskopi-misstanks-muskelinvasiv-blascancer", "skane", "1948-09-02", "M", [
    N("n1", "s_uro_hbg", "Martin Ivarsson", "läkare", "2024-03-20T11:35:00", [
        ("Op-fynd", "Solid, bredbasig tumör 4 cm i blåsbotten vä om trigonum. Makroskopiskt misstänks muskelinvasiv blåscancer."),
        ("Åtgärd", "TUR-B, djupa biopsier inkl. detrusor. Spolkateter."),
        ("Information", "Pat ej informerad om fyndet ännu, besked när PAD finns."),
    ], template="Operationsberättelse")],
    must=[("NL101", "n1"), ("NL102", "n1")],
    why="Urology: macroscopically suspected invasive bladder cancer, hedged and not yet told."))

add(C("d48-101-vitrektomi-koroidalt-melanom-ej-underrattad", "vgr", "1957-01-28", "F", [
    N("n1", "v_ogon_molndal", "Nora Ekdahl", "läkare", "2024-05-14T12:50:00", [
        ("Indikation", "Glaskroppsblödning vä öga sedan 6 v utan spontan resorption."),
        ("Op-fynd", "Efter rensning av blödningen ses en pigmenterad, kupolformad förändring 8 mm temporalt om makula. "
                    "Koroidalt melanom."),
        ("Åtgärd", "Pars plana vitrektomi vä öga. Ingen biopsi, tumören lämnas orörd."),
        ("Information", "Pat ej underrättad ännu; remiss till ögononkologen, som informerar tillsammans med oss vid besök nästa vecka."),
    ], template="Operationsberättelse", setting="öppenvård")],
    must=[("NL101", "n1")],
    why="Eye surgery with an unexpected choroidal melanoma, 'ej underrättad' = not yet told."))

add(C("d48-101-ileus-transversumcancer-pat-vet-inget-an", "skane", "1958-03-08", "M", [
    N("n1", "s_kir_ystad", "Hugo Melin", "läkare", "2024-04-27T06:20:00", [
        ("Aktuellt", "Akut laparotomi i natt för kolonileus: stenoserande tumör i colon transversum, fryssnitt adenocarcinom. "
                     "Transversumresektion med primäranastomos."),
        ("Bedömning", "Stabil på IVA efter op. Pat vet inget än – vi väntar med beskedet tills han är smärtlindrad och "
                      "anhöriga kan vara med."),
    ])],
    must=[("NL101", "n1")],
    why="Colloquial 'Pat vet inget än' about an emergency finding of colon cancer in a visible note."))

# ----------------------------------------------------------- NL101 negatives
add(C("d48-101neg-operatoren-har-informerat-pat-och-maken", "skane", "1955-12-13", "F", [
    N("n1", "s_kir_lund", "Jonas Engström", "läkare", "2024-02-26T16:40:00", [
        ("Op-fynd", "Cirkulär stenoserande tumör i övre rektum. Fryssnitt från en förstorad mesorektal körtel: metastas av "
                    "adenocarcinom. Levern palperas ua."),
        ("Åtgärd", "Låg främre resektion med TME, avlastande loopileostomi."),
        ("Information", "Op-fyndet och fryssnittssvaret meddelat pat och maken av undertecknad på UVA kl 16."),
    ], template="Operationsberättelse")],
    must_not=[("NL101", "n1"), ("NL102", "n1")],
    why="The operator has told patient and husband about the finding; confirmed, unhedged diagnosis."))

add(C("d48-101neg-pat-informerad-dottern-vet-inte-an", "vgr", "1949-08-23", "F", [
    N("n1", "v_kir_alingsas", "Sebastian Holmgren", "läkare", "2024-01-09T11:30:00", [
        ("Aktuellt", "Postop dag 1 efter hö hemikolektomi."),
        ("Information", "Pat informerad av mig om fryssnittssvaret (adenocarcinom i caekum med en körtelmetastas). "
                        "Hon vill själv berätta för dottern, som ännu inte vet något, och ber att vi inte ringer henne."),
        ("Planering", "Mobilisering, kontaktsjuksköterskan träffar pat imorgon."),
    ])],
    must_not=[("NL101", "n1")],
    why="The patient is told; only a relative (daughter) is not."))

add(C("d48-101neg-opdatum-ej-meddelat-ljumskbrack", "skane", "1975-04-17", "M", [
    N("n1", "s_kirmott_tbg", "Annelie Fors", "läkare", "2024-02-02T10:10:00", [
        ("Anamnes", "Buktning i hö ljumske sedan ett år, ömmar vid tunga lyft på jobbet."),
        ("Status", "Reponibelt indirekt ljumskbråck hö, vä sida ua."),
        ("Bedömning", "Ljumskbråck hö, lämpligt för dagkirurgisk Lichtenstein-plastik."),
        ("Planering", "Uppsatt på op-listan. Pat ännu ej informerad om operationsdatum, kallelse skickas när tid finns."),
    ], template="Mottagningsanteckning", setting="öppenvård")],
    must_not=[("NL101", "n1"), ("NL102", "n1")],
    why="What is untold is the operation date, not the (confirmed) hernia."))

add(C("d48-101neg-reop-tid-ej-meddelad-lackage-informerat", "vgr", "1967-11-27", "M", [
    N("n1", "v_kir32_ostra", "Karin Lindholm", "läkare", "2024-03-25T13:15:00", [
        ("Utredning", "DT buk: anastomosläckage med 5 cm abscess intill anastomosen."),
        ("Information", "Pat informerad av undertecknad om läckaget och om att han behöver opereras igen idag. "
                        "Exakt op-tid har han ännu inte fått besked om, avd meddelar när salen är ledig."),
    ], signed=None)],
    must_not=[("NL101", "n1")],
    why="The leak has been told; only the time of reoperation is untold (unsigned)."))

add(C("d48-101neg-normal-appendix-pad-ej-informerd-typo", "skane", "2004-02-09", "F", [
    N("n1", "s_kirmott_hbg", "Axel Rundqvist", "läkare", "2024-03-22T15:05:00", [
        ("PAD", "Appendix (lap appendektomi 2024-03-11): normal appendix utan inflammation eller tumör."),
        ("Bedömning", "Smärtorna förklaras inte av appendix, men hon var besvärsfri vid utskrivningen."),
        ("Planering", "Pat ej informerd om PAD ännu, brev skickas. Ingen planerad uppföljning."),
    ], template="Journalanteckning", setting="öppenvård")],
    must_not=[("NL101", "n1")],
    why="The untold result is normal histology, no diagnosis ('ej informerd' typo)."))

add(C("d48-101neg-diagnos-meddelad-remissen-vet-hon-inte-om", "vgr", "1962-05-16", "F", [
    N("n1", "v_brost_boras", "Mikaela Strömberg", "läkare", "2024-04-05T09:25:00", [
        ("Aktuellt", "PAD efter sektorresektion vä: invasiv duktal bröstcancer 18 mm, NHG 2, ER+, HER2-neg, portvaktskörtel negativ."),
        ("Information", "Pat fick PAD-beskedet vid besök 3/4 tillsammans med kontaktsjuksköterskan."),
        ("Planering", "Remiss till onkologen för strålbehandling och endokrin behandling skickad idag; pat vet ännu inte "
                      "att remissen gått iväg, kontaktssk ringer henne imorgon."),
    ], setting="öppenvård")],
    must_not=[("NL101", "n1")],
    why="Cancer already told; what she does not know is that the referral was sent."))

add(C("d48-101neg-skane-tidiga-hypoteser-mall-ej-informerad", "skane", "1954-09-19", "M", [
    N("n1", "s_kir_mal", "Anders Frisk", "läkare", "2024-01-16T18:00:00", [
        ("Bedömning", "Multipla förstorade mesenteriella körtlar vid operationen för tunntarmsileus, fryssnittet inger "
                      "misstanke om lymfom. Pat ej informerad, avvaktar definitivt PAD innan samtal."),
    ], template="Tidiga hypoteser")],
    must_not=[("NL101", "n1"), ("NL102", "n1")],
    why="Skåne: the untold hedged finding is kept in the protected Tidiga hypoteser template."))

add(C("d48-101neg-vgr-sokord-tidiga-hypoteser-karcinos", "vgr", "1972-12-07", "F", [
    N("n1", "v_kvinn_nal", "Rebecka Nord", "läkare", "2024-02-23T14:35:00", [
        ("Åtgärd", "Diagnostisk laparoskopi med biopsier från peritoneum och omentet. Okomplicerat."),
        ("Tidiga hypoteser", "Spridda små knottror på diafragma och i fossa Douglasi, trol. peritoneal karcinos av ovariellt "
                             "ursprung. Pat ej informerad om misstanken, väntar på PAD."),
        ("Planering", "PAD inväntas. Återbesök om 10 dagar med svar."),
    ], template="Operationsberättelse", setting="öppenvård")],
    must_not=[("NL101", "n1"), ("NL102", "n1")],
    why="VGR: diagnosis and 'ej informerad' stand only under the protected sökord Tidiga hypoteser."))

add(C("d48-101neg-ventrikelresektion-inget-sagt-om-information", "skane", "1946-12-21", "M", [
    N("n1", "s_kir_ystad", "Lovisa Håkansson", "läkare", "2024-03-11T15:10:00", [
        ("Indikation", "Ventrikelcancer i antrum, cT3N0 efter neoadjuvant cytostatika."),
        ("Op-fynd", "Tumören väl avgränsad i antrum, ingen peritoneal spridning, levern ua. Fryssnitt av proximal resektionsrand: fri från tumör."),
        ("Åtgärd", "Distal ventrikelresektion med D2-lymfkörtelutrymning, Roux-en-Y-rekonstruktion."),
    ], template="Operationsberättelse")],
    must_not=[("NL101", "n1"), ("NL102", "n1")],
    why="Cancer op report that says nothing about informing the patient: no NL101."))

add(C("d48-101-tva-anteckningar-informerad-dagen-efter", "vgr", "1957-06-19", "F", [
    N("n1", "v_kvinn_ostra", "Hanna Lövgren", "läkare", "2024-05-06T15:20:00", [
        ("Op-fynd", "Vid laparoskopi pga akut bäckensmärta ses hö ovarium ersatt av en solid tumör 7 cm med ytväxt. "
                    "Fryssnitt: höggradigt seröst karcinom."),
        ("Åtgärd", "Salpingooforektomi hö, omentbiopsi, sköljvätska."),
        ("Information", "Pat ännu inte informerad om fryssnittet, sover på UVA."),
    ], template="Operationsberättelse"),
    N("n2", "v_kvinn_ostra", "Hanna Lövgren", "läkare", "2024-05-07T10:15:00", [
        ("Samtal", "Pat informerad av mig om op-fyndet och fryssnittssvaret (höggradigt seröst ovarialkarcinom), sonen närvarande. "
                   "Hon tog beskedet sakligt och frågade om fortsatt behandling."),
        ("Planering", "DT thorax/buk, MDK nästa vecka. Kontaktsjuksköterska utsedd."),
    ])],
    must=[("NL101", "n1")], must_not=[("NL101", "n2")],
    why="The op report withholds the finding; the next day's note records that the operator told the patient."))

add(C("d48-101neg-informerad-via-telefontolk", "vgr", "1980-04-04", "F", [
    N("n1", "v_onh_nal", "Farid Nasser", "läkare", "2024-04-10T09:10:00", [
        ("Aktuellt", "Dag 1 efter total tyreoidektomi. Normal röst, inga stickningar, joniserat kalcium 1,12."),
        ("Information", "Pat informerad via telefontolk (arabiska) om fryssnittssvaret: papillär tyreoideacancer, 2,2 cm. "
                        "Hon förstod och hade frågor om radiojodbehandling."),
        ("Planering", "Levaxin 100 µg startas. Återbesök med definitivt PAD om 3 veckor."),
    ])],
    must_not=[("NL101", "n1")],
    why="The patient was told, through an interpreter."))

add(C("d48-101neg-telefon-pad-meddelat", "skane", "1961-03-18", "M", [
    N("n1", "s_kirmott_hlm", "Lisa Åström", "läkare", "2024-05-21T13:45:00", [
        ("Telefonkontakt", "Ringt pat och meddelat PAD efter transanal excision: tubulovillöst adenom med höggradig dysplasi, "
                           "radikalt borttaget. Ingen cancer."),
        ("Planering", "Ny rektoskopi om 6 månader, kallelse kommer."),
    ], template="Telefonanteckning", setting="öppenvård")],
    must_not=[("NL101", "n1"), ("NL102", "n1")],
    why="Histology result given to the patient by phone; cancer negated."))

add(C("d48-101neg-op-salen-ej-informerad-om-latexallergi", "vgr", "1993-07-15", "F", [
    N("n1", "v_dagkir_lidkoping", "Emma Persson", "sjuksköterska", "2024-01-24T12:20:00", [
        ("Anamnes", "Känd latexallergi sedan 2015, verifierad med specifikt IgE, tidigare urtikaria av handskar."),
        ("Händelse", "Op-salen var ej informerad om allergin i förväg trots varningsmarkering – uppmärksammat vid time-out, "
                     "salen latexsanerades innan pat kördes in. Avvikelse skriven."),
        ("Förlopp", "Lap kolecystektomi genomförd utan reaktion."),
    ], template="Anestesianteckning", setting="öppenvård")],
    must_not=[("NL101", "n1")],
    why="'ej informerad' refers to the theatre staff, not to the patient, who knows her allergy."))

add(C("d48-101neg-installd-operation-ej-meddelad", "skane", "1983-08-08", "F", [
    N("n1", "s_kir3_ksd", "Daniel Roos", "läkare", "2024-02-15T11:50:00", [
        ("Aktuellt", "Inlagd för kolecystolitiasis med upprepade smärtattacker, planerad för lap kolecystektomi idag."),
        ("Planering", "Operationen ställs in pga två akuta laparotomier. Pat ej informerad ännu om den inställda operationen, "
                      "ssk meddelar henne efter lunch och ny tid ges imorgon."),
    ], signed=None)],
    must_not=[("NL101", "n1")],
    why="The untold thing is a cancelled operation (a plan), not a diagnosis (unsigned)."))

add(C("d48-101neg-informerad-preop-fryssnitt-adenom", "vgr", "1970-02-02", "M", [
    N("n1", "v_kir_kungalv", "Erika Sund", "läkare", "2024-04-15T14:25:00", [
        ("Information preop", "Pat informerad före narkos om att fryssnitt tas och att operationen utvidgas till "
                              "hemikolektomi om det visar malignitet."),
        ("Op-fynd", "Polypös förändring i caekum, 3 cm, mjuk. Fryssnitt: tubulärt adenom utan malignitet."),
        ("Åtgärd", "Ileocekalresektion."),
    ], template="Operationsberättelse")],
    must_not=[("NL101", "n1")],
    why="The patient was informed before anaesthesia; nothing is said to be withheld."))

add(C("d48-101neg-fryssnitt-utan-malignitet-ej-meddelat", "skane", "1969-05-29", "F", [
    N("n1", "s_kvinn_hbg", "Sofia Berglund", "läkare", "2024-03-06T12:55:00", [
        ("Op-fynd", "Glattväggig cysta 9 cm hö ovarium, klart innehåll. Fryssnitt: ingen malignitet."),
        ("Åtgärd", "Laparoskopisk salpingooforektomi hö, cystan i påse."),
        ("Information", "Pat ej informerad om det godartade fryssnittssvaret ännu då hon fortfarande sover, ssk på avd meddelar."),
    ], template="Operationsberättelse")],
    must_not=[("NL101", "n1")],
    why="What is untold is a normal (benign) frozen-section result, not a diagnosis."))

add(C("d48-101neg-diagnos-meddelad-behandlingsplan-ej-diskuterad", "vgr", "1975-09-30", "F", [
    N("n1", "v_brost_skovde", "Helena Åkerlund", "läkare", "2024-01-30T10:40:00", [
        ("Aktuellt", "Besök för besked efter mellannålsbiopsi vä bröst."),
        ("Information", "Pat informerad om diagnosen: invasiv lobulär bröstcancer 25 mm, ER+, HER2-neg. "
                        "Närvarande: sambo och kontaktsjuksköterska."),
        ("Planering", "Behandlingsplanen är inte diskuterad med pat ännu, den tas upp efter MDK nästa onsdag. MR bröst beställd."),
    ], template="Mottagningsanteckning", setting="öppenvård")],
    must_not=[("NL101", "n1")],
    why="The diagnosis is told; only the treatment plan is not discussed yet."))

add(C("d48-101neg-pat-informerad-anhoriga-ej-nadda", "skane", "1952-12-26", "M", [
    N("n1", "s_kir_mal", "Wilma Hansson", "läkare", "2024-04-19T09:00:00", [
        ("Aktuellt", "Opererad i natt för perforerad sigmoideumdivertikulit med fekal peritonit, Hartmanns operation."),
        ("Information", "Pat informerad om fyndet och om stomin när han vaknat på IVA. Anhöriga har inte gått att nå per "
                        "telefon, nytt försök ikväll."),
    ])],
    must_not=[("NL101", "n1")],
    why="Patient informed; only the relatives have not been reached."))

add(C("d48-101neg-epikris-pad-besked-givet-per-telefon", "vgr", "1944-04-20", "M", [
    N("n1", "v_uro_boras", "Jonatan Falk", "läkare", "2024-03-04T10:20:00", [
        ("Diagnos", "Urotelial blåscancer pTa låggradig."),
        ("Åtgärd", "TUR-B 2024-02-14."),
        ("Förlopp", "Spolning i ett dygn, KAD avvecklad dag 2, kissar bra."),
        ("Information", "PAD-besked har getts av operatören per telefon 2024-02-28, pat informerad om kontrollprogrammet."),
        ("Uppföljning", "Cystoskopi om 3 mån."),
    ], template="Epikris")],
    must_not=[("NL101", "n1"), ("NL102", "n1")],
    why="Discharge summary: confirmed bladder cancer already communicated to the patient."))

add(C("d48-101neg-makens-hjartinfarkt-ej-berattad", "skane", "1939-06-15", "F", [
    N("n1", "s_ortavd_hbg", "Malin Sörensen", "sjuksköterska", "2024-02-18T16:35:00", [
        ("Psykosocialt", "Dottern ringde: pat:s make lades in på hjärtavdelningen igår med hjärtinfarkt. Pat är ännu inte "
                         "informerad, dottern vill berätta själv när hon kommer på besök ikväll."),
        ("Omvårdnad", "Postop dag 2 efter höftprotes, mobiliserad med gåbord till toaletten."),
    ], template="Omvårdnadsanteckning")],
    must_not=[("NL101", "n1")],
    why="What the patient has not been told is her husband's illness, not a diagnosis of her own."))

add(C("d48-101neg-barn-vanishing-testis-foraldrar-informerade", "vgr", "2019-03-03", "M", [
    N("n1", "v_barnkir", "Linn Axelsson", "läkare", "2024-05-22T13:30:00", [
        ("Indikation", "Icke palpabel testikel vä, planerad diagnostisk laparoskopi och orkidopexi."),
        ("Op-fynd", "Vä testikelkärl och ductus deferens slutar blint vid inre ljumskringen, en liten nodulus excideras "
                    "(vanishing testis). Hö testikel normal i pungen."),
        ("Information", "Föräldrarna informerade av operatören efter ingreppet om att vänster testikel saknas och att "
                        "ingen ytterligare kirurgi behövs."),
    ], template="Operationsberättelse", setting="öppenvård")],
    must_not=[("NL101", "n1")],
    why="Child under 13: the unexpected finding has been told to the guardians."))


# ====================================================================== build
def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return str((10 - total % 10) % 10)


def personnummer(born, sex, idx):
    y, m, d = born.split("-")
    two = "%02d" % ((idx * 37 + 11) % 100)
    g = (1, 3, 5, 7, 9)[idx % 5] if sex == "M" else (0, 2, 4, 6, 8)[idx % 5]
    nine = y[2:] + m + d + two + str(g)
    return "%s%s%s-%s%s%s" % (y, m, d, two, g, luhn_digit(nine))


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S")


def build_note(n):
    t = dt.datetime.fromisoformat(n["time"])
    s = n["signed"]
    if s is None:
        signed = None
    elif isinstance(s, int):
        signed = iso(t + dt.timedelta(minutes=s))
    else:
        signed = s
    uname, hsa = UNITS[n["unit"]]
    return {
        "id": n["nid"], "system": n["system"], "template": n["template"],
        "unit": {"name": uname, "hsa_id": hsa},
        "author": {"name": n["author"], "role": n["role"]},
        "time": n["time"], "signed": signed, "setting": n["setting"], "refs": [],
        "sections": [{"keyword": k, "text": x} for k, x in n["sections"]],
    }


def build_case(idx, c):
    notes = [build_note(n) for n in c["notes"]]
    stamps = [dt.datetime.fromisoformat(n["time"]) for n in notes]
    stamps += [dt.datetime.fromisoformat(n["signed"]) for n in notes if n["signed"]]
    as_of = c["as_of"] or iso((max(stamps) + dt.timedelta(days=3)).replace(hour=0, minute=0, second=0))
    return {
        "case": c["name"], "ruleset": c["rs"],
        "record": {
            "patient": {"id": personnummer(c["born"], c["sex"], idx), "birth_date": c["born"],
                        "protected_identity": False},
            "as_of": as_of, "notes": notes,
            "access_events": [], "conversations": [], "treatments": [],
        },
        "must": [list(x) for x in c["must"]],
        "must_not": [list(x) for x in c["must_not"]],
        "why": c["why"],
    }


SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def age_at(born, when):
    b = dt.date.fromisoformat(born)
    w = when.date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def validate(out):
    errs = []
    names = set()
    sentences = {}
    for c in out:
        name = c["case"]
        if name in names:
            errs.append("duplicate case name %s" % name)
        names.add(name)
        if not name.startswith("d48-"):
            errs.append("%s: name prefix" % name)
        if set(c) != {"case", "ruleset", "record", "must", "must_not", "why"}:
            errs.append("%s: case keys" % name)
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append("%s: ruleset" % name)
        if not c["why"].strip():
            errs.append("%s: empty why" % name)
        rec = c["record"]
        if set(rec) != {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}:
            errs.append("%s: record keys" % name)
        if rec["access_events"] or rec["conversations"] or rec["treatments"]:
            errs.append("%s: non-empty lists" % name)
        pid = rec["patient"]["id"]
        bd = rec["patient"]["birth_date"]
        m = re.fullmatch(r"(\d{8})-(\d{4})", pid)
        if not m:
            errs.append("%s: pnr format" % name)
        else:
            if m.group(1) != bd.replace("-", ""):
                errs.append("%s: pnr/birth_date mismatch" % name)
            ten = m.group(1)[2:] + m.group(2)
            if luhn_digit(ten[:9]) != ten[9]:
                errs.append("%s: Luhn" % name)
        try:
            dt.date.fromisoformat(bd)
        except ValueError:
            errs.append("%s: birth_date invalid" % name)
        asof = dt.datetime.fromisoformat(rec["as_of"])
        if asof.year != 2024:
            errs.append("%s: as_of not 2024" % name)
        ids = set()
        systems = {}
        for n in rec["notes"]:
            if set(n) != {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}:
                errs.append("%s: note keys" % name)
            if n["id"] in ids:
                errs.append("%s: duplicate note id" % name)
            ids.add(n["id"])
            systems[n["id"]] = n["system"]
            if n["system"] not in ("Melior", "PMO"):
                errs.append("%s: system" % name)
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                errs.append("%s: VGR note not Melior" % name)
            if n["setting"] not in ("öppenvård", "slutenvård"):
                errs.append("%s: setting" % name)
            t = dt.datetime.fromisoformat(n["time"])
            if t.year != 2024:
                errs.append("%s: note time not 2024" % name)
            if n["signed"] is not None:
                s = dt.datetime.fromisoformat(n["signed"])
                if s.year != 2024 or s < t:
                    errs.append("%s: signed time" % name)
                if s > asof:
                    errs.append("%s: signed after as_of" % name)
            if t > asof:
                errs.append("%s: note after as_of" % name)
            a = age_at(bd, t)
            if 13 <= a <= 15 or a < 0:
                errs.append("%s: patient age %d" % (name, a))
            if n["unit"]["hsa_id"].split("-")[0] != {"skane": "SE2321000255", "vgr": "SE2321000131"}[c["ruleset"]]:
                errs.append("%s: hsa prefix/ruleset" % name)
            if not n["sections"]:
                errs.append("%s: no sections" % name)
            for sec in n["sections"]:
                if set(sec) != {"keyword", "text"} or not sec["text"].strip():
                    errs.append("%s: section" % name)
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in sentences:
                            errs.append("%s: sentence repeated (also in %s): %s" % (name, sentences[sent], sent))
                        else:
                            sentences[sent] = name
        a = age_at(bd, asof)
        if 13 <= a <= 15:
            errs.append("%s: age at as_of %d" % (name, a))
        seen = set()
        for lst in ("must", "must_not"):
            for code, target in c[lst]:
                if code not in ("NL101", "NL102"):
                    errs.append("%s: unexpected code %s" % (name, code))
                if target not in ids:
                    errs.append("%s: target %s missing" % (name, target))
                    continue
                if (code, target) in seen:
                    errs.append("%s: %s/%s in both lists" % (name, code, target))
                seen.add((code, target))
                if code == "NL102" and lst == "must" and systems[target] != "Melior":
                    errs.append("%s: NL102 must on non-Melior note" % name)
                if code == "NL101" and systems[target] == "PMO":
                    errs.append("%s: NL101 asserted on PMO" % name)
        if not c["must"] and not c["must_not"]:
            errs.append("%s: nothing asserted" % name)
    return errs


def main():
    out = [build_case(i, c) for i, c in enumerate(CASES)]
    errs = validate(out)
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        return 1
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in out:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in out:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    print("wrote %d cases to %s" % (len(out), OUT))
    for code in ("NL101", "NL102"):
        print("%s must=%d must_not=%d" % (code, counts.get((code, "must"), 0), counts.get((code, "must_not"), 0)))
    rs = {}
    for c in out:
        rs[c["ruleset"]] = rs.get(c["ruleset"], 0) + 1
    print("rulesets:", rs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
