#!/usr/bin/env python3
"""nl1bs_dev_cases: audit sample of Melior (and a few PMO) notes, NL1 (NL101/NL102/NL104).

Dependency-free, deterministic. `python3 build.py` writes nl1bs_dev_cases.jsonl beside
this file and validates it; exit status 1 on any problem.
"""
import json
import os
import re
import sys
from datetime import datetime, date, timedelta

NAME = "nl1bs_dev_cases"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, NAME + ".jsonl")

S = "SE2321000255-"  # Region Skåne
V = "SE2321000131-"  # Västra Götalandsregionen

# key: (unit name, hsa id, region, journal system)
UNITS = {
    # ---- Skåne, Melior (hospitals, psychiatry) ----
    "lund_akut": ("Akutmottagningen, Skånes universitetssjukhus Lund", S + "4A1K", "skane", "Melior"),
    "malmo_akut": ("Akutmottagningen, Skånes universitetssjukhus Malmö", S + "4B2M", "skane", "Melior"),
    "hbg_kir": ("Kirurgiska kliniken, Helsingborgs lasarett", S + "52KH", "skane", "Melior"),
    "ksd_kir": ("Kirurgimottagningen, Centralsjukhuset Kristianstad", S + "61KC", "skane", "Melior"),
    "ystad_kir": ("Kirurgiska kliniken, Ystads lasarett", S + "63KY", "skane", "Melior"),
    "malmo_kolorektal": ("Kolorektalmottagningen, Skånes universitetssjukhus Malmö", S + "4C7R", "skane", "Melior"),
    "lund_brost": ("Bröstmottagningen, Skånes universitetssjukhus Lund", S + "4D3B", "skane", "Melior"),
    "malmo_karl": ("Kärlkirurgiska kliniken, Skånes universitetssjukhus Malmö", S + "4E5V", "skane", "Melior"),
    "malmo_ortakut": ("Ortopedakuten, Skånes universitetssjukhus Malmö", S + "4F1O", "skane", "Melior"),
    "lund_ort": ("Ortopedmottagningen, Skånes universitetssjukhus Lund", S + "4F8L", "skane", "Melior"),
    "ystad_ort": ("Ortopedmottagningen, Ystads lasarett", S + "63OY", "skane", "Melior"),
    "hlm_ort": ("Ortopedmottagningen, Hässleholms sjukhus", S + "67OH", "skane", "Melior"),
    "hbg_kvinno": ("Kvinnokliniken, Helsingborgs lasarett", S + "52QH", "skane", "Melior"),
    "lund_gynakut": ("Gynekologiska akutmottagningen, Skånes universitetssjukhus Lund", S + "4G2G", "skane", "Melior"),
    "ksd_forl": ("Förlossningen, Centralsjukhuset Kristianstad", S + "61FK", "skane", "Melior"),
    "lund_psyk": ("Psykiatrimottagning Lund", S + "7P11", "skane", "Melior"),
    "malmo_psyk": ("Allmänpsykiatrisk mottagning Malmö", S + "7P24", "skane", "Melior"),
    "hbg_psyk": ("Psykiatriska mottagningen Helsingborg", S + "7P37", "skane", "Melior"),
    "lund_bup": ("BUP-mottagning Lund", S + "7B10", "skane", "Melior"),
    "hbg_bup": ("BUP-mottagning Helsingborg", S + "7B22", "skane", "Melior"),
    "lund_bup_at": ("BUP Ätstörningsenheten Lund", S + "7B35", "skane", "Melior"),
    "lund_barnakut": ("Barnakuten, Skånes universitetssjukhus Lund", S + "4H1A", "skane", "Melior"),
    "lund_barnavd": ("Barnmedicinska avdelningen, Skånes universitetssjukhus Lund", S + "4H4V", "skane", "Melior"),
    "ystad_barn": ("Barn- och ungdomsmedicinska mottagningen, Ystads lasarett", S + "63BY", "skane", "Melior"),
    "hbg_barn": ("Barn- och ungdomsmedicinska mottagningen, Helsingborgs lasarett", S + "52BH", "skane", "Melior"),
    "lund_barnneuro": ("Barnneurologiska mottagningen, Skånes universitetssjukhus Lund", S + "4H7N", "skane", "Melior"),
    "malmo_neuro": ("Neurologimottagningen, Skånes universitetssjukhus Malmö", S + "4J2N", "skane", "Melior"),
    "lund_neuro": ("Neurologimottagningen, Skånes universitetssjukhus Lund", S + "4J5L", "skane", "Melior"),
    "hbg_neuro": ("Neurologimottagningen, Helsingborgs lasarett", S + "52NH", "skane", "Melior"),
    "hbg_stroke": ("Strokeenheten, Helsingborgs lasarett", S + "52SH", "skane", "Melior"),
    "malmo_minne": ("Minnesmottagningen, Skånes universitetssjukhus Malmö", S + "4J9M", "skane", "Melior"),
    "lund_onk": ("Skånes onkologiska klinik, Lund", S + "4K1O", "skane", "Melior"),
    "lund_hem": ("Hematologimottagningen, Skånes universitetssjukhus Lund", S + "4K6H", "skane", "Melior"),
    "lund_hud": ("Hudmottagningen, Skånes universitetssjukhus Lund", S + "4L2D", "skane", "Melior"),
    "ksd_hud": ("Hudkliniken, Centralsjukhuset Kristianstad", S + "61DK", "skane", "Melior"),
    # ---- Skåne, PMO (primary care) ----
    "vc_linero": ("Vårdcentralen Linero, Lund", S + "9V14", "skane", "PMO"),
    "vc_tabelund": ("Vårdcentralen Tåbelund, Eslöv", S + "9V27", "skane", "PMO"),
    "vc_bara": ("Vårdcentralen Bara", S + "9V31", "skane", "PMO"),
    "vc_ljungbyhed": ("Vårdcentralen Ljungbyhed", S + "9V48", "skane", "PMO"),
    "hsv_hoor": ("Hemsjukvården Höör", S + "9H05", "skane", "PMO"),
    "um_trelleborg": ("Ungdomsmottagningen Trelleborg", S + "9U12", "skane", "PMO"),
    # ---- Västra Götaland, Melior ----
    "su_akut": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", V + "1A0S", "vgr", "Melior"),
    "sas_akut": ("Akutmottagningen, Södra Älvsborgs Sjukhus Borås", V + "3A1B", "vgr", "Melior"),
    "nal_akut": ("Akutmottagningen, NU-sjukvården NÄL", V + "4A2N", "vgr", "Melior"),
    "sks_kir": ("Kirurgakuten, Skaraborgs Sjukhus Skövde", V + "5K1S", "vgr", "Melior"),
    "sas_kir": ("Kirurgmottagningen, Södra Älvsborgs Sjukhus Borås", V + "3K2B", "vgr", "Melior"),
    "sas_kiravd": ("Kirurgavdelning 42, Södra Älvsborgs Sjukhus Borås", V + "3K4A", "vgr", "Melior"),
    "su_karl": ("Kärlkirurgiska mottagningen, Sahlgrenska Universitetssjukhuset", V + "1K7V", "vgr", "Melior"),
    "mol_ort": ("Ortopedmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", V + "1O2M", "vgr", "Melior"),
    "mol_ortavd": ("Ortopedkliniken avd 3, Sahlgrenska Universitetssjukhuset/Mölndal", V + "1O5A", "vgr", "Melior"),
    "mol_fysio": ("Fysioterapin ortopedi, Sahlgrenska Universitetssjukhuset/Mölndal", V + "1F3M", "vgr", "Melior"),
    "nal_ortakut": ("Ortopedakuten, NU-sjukvården NÄL", V + "4O1N", "vgr", "Melior"),
    "sks_ort": ("Ortopedmottagningen, Skaraborgs Sjukhus Skövde", V + "5O4S", "vgr", "Melior"),
    "su_hand": ("Handkirurgiska mottagningen, Sahlgrenska Universitetssjukhuset", V + "1H8K", "vgr", "Melior"),
    "ostra_kvinno": ("Kvinnokliniken, Sahlgrenska Universitetssjukhuset/Östra", V + "1Q1O", "vgr", "Melior"),
    "ostra_gynakut": ("Gynakuten, Sahlgrenska Universitetssjukhuset/Östra", V + "1Q4G", "vgr", "Melior"),
    "ostra_bm": ("Specialistmödravården, Sahlgrenska Universitetssjukhuset/Östra", V + "1Q6M", "vgr", "Melior"),
    "udd_gyn": ("Gynmottagningen, Uddevalla sjukhus", V + "4G3U", "vgr", "Melior"),
    "su_psyk_aff": ("Psykiatri Affektiva mottagningen, Sahlgrenska Universitetssjukhuset", V + "1P2A", "vgr", "Melior"),
    "su_psyk_ps": ("Psykiatri Psykosmottagningen, Sahlgrenska Universitetssjukhuset", V + "1P5P", "vgr", "Melior"),
    "su_psyk_np": ("Psykiatri Neuropsykiatriska mottagningen, Sahlgrenska Universitetssjukhuset", V + "1P8N", "vgr", "Melior"),
    "als_psyk": ("Psykiatriska öppenvårdsmottagningen, Alingsås lasarett", V + "6P1A", "vgr", "Melior"),
    "dsbus_akut": ("Barnakuten, Drottning Silvias barn- och ungdomssjukhus", V + "1B1D", "vgr", "Melior"),
    "dsbus_kard": ("Barnkardiologiska mottagningen, Drottning Silvias barn- och ungdomssjukhus", V + "1B4K", "vgr", "Melior"),
    "sks_barn": ("Barnmottagningen, Skaraborgs Sjukhus Skövde", V + "5B2S", "vgr", "Melior"),
    "su_neuro": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", V + "1N3S", "vgr", "Melior"),
    "kungalv_stroke": ("Strokeenheten, Kungälvs sjukhus", V + "7S1K", "vgr", "Melior"),
    "mol_minne": ("Minnesmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", V + "1M6G", "vgr", "Melior"),
    "su_onk": ("Onkologmottagningen, Jubileumskliniken Sahlgrenska", V + "1J2O", "vgr", "Melior"),
    "sas_hem": ("Hematologimottagningen, Södra Älvsborgs Sjukhus Borås", V + "3H6B", "vgr", "Melior"),
    "su_hud": ("Hudmottagningen, Sahlgrenska Universitetssjukhuset", V + "1D5H", "vgr", "Melior"),
    "sks_hud": ("Hudmottagningen, Skaraborgs Sjukhus Skövde", V + "5D7S", "vgr", "Melior"),
    "kungalv_narakut": ("Närakuten, Kungälvs sjukhus", V + "7N2K", "vgr", "Melior"),
    "als_narakut": ("Närakuten, Alingsås lasarett", V + "6N4A", "vgr", "Melior"),
    "sas_diet": ("Dietistmottagningen, Södra Älvsborgs Sjukhus Borås", V + "3D9B", "vgr", "Melior"),
    "frol_med": ("Medicinmottagningen, Frölunda Specialistsjukhus", V + "8M1F", "vgr", "Melior"),
}


def note(time, template, author, sections, sig=40, setting="öppenvård", u=None, nid="n1"):
    return {"_time": time, "_template": template, "_author": author, "_sections": sections,
            "_sig": sig, "_setting": setting, "_u": u, "_id": nid}


CASES = []


def C(name, unit, born, notes, why, must=(), must_not=()):
    if isinstance(notes, dict):
        notes = [notes]
    CASES.append({"name": name, "unit": unit, "born": born, "notes": notes, "why": why,
                  "must": list(must), "must_not": list(must_not)})


# =====================================================================================
# KIRURGI
# =====================================================================================
C("kir-misstankt-appendicit-dd-ovarialcysta", "lund_akut", "1990-02-14",
  note("2024-03-11 21:40", "Akutanteckning", ("Johanna Berg", "läkare"), [
      ("Kontaktorsak", "Buksmärta sedan igår kväll."),
      ("Aktuellt", "34-årig kvinna. Smärtan började runt naveln, har sedan 5-6 h flyttat ner mot hö fossa. Illamående, kräkts x1. Ingen diarré, inga miktionsbesvär. SM för 2 v sedan."),
      ("Status", "AT: opåverkad, ligger stilla. Temp 37,9. Buk: mjuk, palpöm hö fossa med släppömhet, Rovsing pos. Inga resistenser."),
      ("Lab", "CRP 46, LPK 13,2. U-hCG neg. U-sticka ua."),
      ("Bedömning", "Misstänkt akut appendicit, DD ovarialtorsion/cysta hö. Inläggning kir avd, fasta, dropp. DT buk om oklart imorgon bitti, gynkonsult vb."),
  ], sig=55, setting="akut"),
  "Misstänkt appendicit med DD i Bedömning, kirurgisk akutanteckning i Melior.",
  must=["NL102"], must_not=["NL101"])

C("kir-obs-appendicit-telegrafisk", "su_akut", "2005-01-20",
  note("2024-04-06 17:15", "Akutanteckning", ("Oskar Lind", "läkare"), [
      ("Bedömning", "19-årig man, smärta hö fossa 12 h, temp 38,1, CRP 31. Obs appendicit. Inl kir avd 14, ny bed kl 22 av primärjouren."),
  ], sig=20, setting="akut"),
  "'Obs appendicit' (under observation för) är en hedgad arbetsdiagnos i synlig text.",
  must=["NL102"])

C("kir-trol-kolecystit-gallsten", "sks_kir", "1971-09-02",
  note("2024-02-19 02:10", "Akutanteckning", ("Sara Holm", "läkare"), [
      ("Aktuellt", "Kolikartad smärta hö arcus efter fet middag, 3:e episoden i år. Nu ihållande sedan 10 h, feber 38,4 hemma."),
      ("Status", "Murphys tecken pos. Ej ikterisk. Buk i övrigt mjuk."),
      ("Lab", "CRP 88, LPK 14,0, ALP 2,1, bilirubin 18, lipas ua."),
      ("Bedömning", "Trol. akut kolecystit på basen av gallsten. UL lever/gallvägar beställt till morgonen, Tazocin insatt, fasta."),
  ], sig=None, setting="akut"),
  "Trol. kolecystit i synlig Bedömning (osignerat utkast).",
  must=["NL102"])

C("kir-opberattelse-fastställd-appendicit-hemgang-trol", "malmo_akut", "1988-11-30",
  note("2024-05-14 23:05", "Operationsberättelse", ("Erik Sandberg", "läkare"), [
      ("Operationsindikation", "Akut appendicit enligt DT buk kl 19."),
      ("Operationsberättelse", "Laparoskopi, 3 portar. Rodnad, svullen appendix med fibrinbeläggningar, ingen perforation, ingen abscess. Mesoappendix delas med LigaSure, basen ligeras med 2 Endoloop. Preparatet ut i påse. Spolning, fascien i naveln sutureras."),
      ("Postoperativ diagnos", "Akut flegmonös appendicit (K35.8)."),
      ("Planering", "Mobilisering. Hem trol. imorgon förmiddag, ev. redan ikväll om hon äter och går. Ingen AB-förlängning."),
  ], sig=35, setting="slutenvård"),
  "Fastställd postoperativ diagnos; trol./ev. gäller bara tidpunkt för hemgång.",
  must_not=["NL102", "NL101"])

C("kir-dt-negativ-ingen-misstanke-forstoppning", "hbg_kir", "1957-06-08",
  note("2024-01-23 16:50", "Akutanteckning", ("Mattias Ek", "läkare"), [
      ("Bedömning", "DT buk: ingen fri gas, inga tecken på ileus eller appendicit, normal appendix. Förstoppning med rikligt faeces i hela kolon. Ingen misstanke om kirurgisk orsak till smärtan. Hem med Movicol, åter vid feber eller tilltagande smärta."),
  ], setting="akut"),
  "Negerade fynd och 'ingen misstanke om' samt fastställd förstoppning.",
  must_not=["NL102"])

C("kir-trol-ljumskbrack-dd-lymfkortel", "ksd_kir", "1966-04-21",
  note("2024-02-07 10:30", "Mottagningsanteckning", ("Per-Olof Nyström", "läkare"), [
      ("Anamnes", "Knöl i hö ljumske sedan 2 mån, ibland ömmande vid lyft. Afebril, vikten stabil."),
      ("Status", "2 cm mjuk resistens ovan ligamentet, hostimpuls tveksam, går inte att reponera helt. Vä ljumske ua."),
      ("Bedömning", "Trol. ljumskbråck hö, DD förstorad lymfkörtel. UL ljumske innan op-anmälan."),
  ]),
  "Trol. ljumskbråck med DD i synlig text.",
  must=["NL102"])

C("kir-brack-fastställt-ej-informerad-opdatum", "sas_kir", "1961-12-03",
  note("2024-03-26 14:00", "Mottagningsanteckning", ("Annika Strand", "läkare"), [
      ("Bedömning", "Indirekt ljumskbråck hö, bekräftat kliniskt och med UL 12/3. Anmäld för TEP-plastik, prio 3. Pat ej informerad om op-datum ännu, planeringsenheten ringer när tid finns."),
  ]),
  "'Ej informerad' gäller operationsdatum, inte diagnosen, och diagnosen är fastställd.",
  must_not=["NL101", "NL102"])

C("kir-misstant-divertikulit-typo", "hbg_kir", "1951-08-17",
  note("2024-06-02 19:25", "Akutanteckning", ("Nadia Haddad", "läkare"), [
      ("Bedömning", "72 år, vänstersidig buksmärta 3 dgr, temp 38,2, CRP 134. Ömmar vä fossa, ingen peritonit. Misstänt divertikulit i sigmoideum, DT buk med iv kontrast ikväll."),
  ], setting="akut"),
  "Felstavat 'Misstänt' (typo) framför divertikulit i synlig Bedömning.",
  must=["NL102"])

C("kir-fragetecken-pankreatit-ulcus", "sks_kir", "1979-03-29",
  note("2024-04-15 11:10", "Mottagningsanteckning", ("Sara Holm", "läkare"), [
      ("Aktuellt", "Epigastriesmärta som strålar mot ryggen, värre efter måltid, sedan 3 v. Röker 15 cig/d."),
      ("Lab", "Lipas 3,4 (ref <1,0), CRP 22, Hb 139."),
      ("Bedömning", "?Pankreatit ?ulcus. Gastroskopi + DT pankreas, PPI tills vidare."),
  ]),
  "Frågetecken framför två diagnoser i synlig Bedömning.",
  must=["NL102"])

C("kir-rektaltumor-misstankt-ej-informerad", "malmo_kolorektal", "1958-10-11",
  note("2024-02-28 13:20", "Läkaranteckning", ("Henrik Ljung", "läkare"), [
      ("Undersökning", "Koloskopi till caecum. I rektum 8 cm ab ano exulcererande cirkumferent tumör, lätt blödande vid beröring, passerbar. Biopsier x6. Övrigt kolon ua."),
      ("Bedömning", "Tumören är makroskopiskt mkt misstänkt för rektalcancer. Pat sederad och ej informerad om fyndet ännu; besked ges av undertecknad vid telefontid onsdag när PAD finns. DT thorax/buk + MR lilla bäckenet beställda."),
  ]),
  "Misstänkt rektalcancer i synlig text medan texten säger att pat ej är informerad.",
  must=["NL101", "NL102"])

C("kir-rektalcancer-besked-givet", "malmo_kolorektal", "1953-07-25",
  note("2024-03-13 09:45", "Mottagningsanteckning", ("Henrik Ljung", "läkare"), [
      ("Aktuellt", "Återbesök för PAD-besked, maken med."),
      ("Bedömning", "PAD: måttligt differentierat adenokarcinom i rektum. DT utan spridning, MR: T2N0. Pat informerad idag av undertecknad tillsammans med kontaktsjuksköterska Lena. Hon ställde många frågor och har fått skriftlig info. Tas upp på MDK fredag."),
  ]),
  "Fastställd cancerdiagnos som pat har fått besked om.",
  must_not=["NL101", "NL102"])

C("kir-tidigare-misstankt-gallsten-avskriven-navelbrack", "ksd_kir", "1964-01-09",
  note("2024-05-21 08:50", "Mottagningsanteckning", ("Per-Olof Nyström", "läkare"), [
      ("Tidigare sjukdomar", "Hypertoni. Appendektomi 1998. Utreddes 2019 för misstänkt gallsten, UL lever/gallvägar utan anmärkning."),
      ("Aktuellt", "Bula i naveln sedan ett år, ökar vid hosta, ibland ont efter jobbet."),
      ("Status", "Reponibelt navelbråck, fascieport ca 1,5 cm."),
      ("Bedömning", "Navelbråck med besvär. Op-indikation, sätts upp för öppen plastik med nät."),
  ]),
  "Misstanken om gallsten är tidigare sjukhistoria och avfärdades; aktuell diagnos fastställd.",
  must_not=["NL102"])

C("kir-susp-akut-ischemi-embolisk", "malmo_karl", "1946-05-13",
  note("2024-01-04 03:25", "Akutanteckning", ("Linnea Wallin", "läkare"), [
      ("Bedömning", "Kall, blek vä fot sedan 4 h, plötslig debut. Känt förmaksflimmer, Waran utsatt av pat själv i vintras. A. femoralis vä palp, distalt ej palp, doppler ej mätbar. Susp. akut ischemi vä ben, trol. embolisk genes. Heparin 5000 E iv, DT-angio akut, kärlkirurgisk bakjour tillkallad."),
  ], sig=None, setting="akut"),
  "Susp./trol. om akut ischemi och genes (osignerat utkast).",
  must=["NL102"])

C("kir-ytlig-tromboflebit-djup-ventrombos-negativ", "su_karl", "1975-02-26",
  note("2024-07-09 15:00", "Mottagningsanteckning", ("Jonas Fredriksson", "läkare"), [
      ("Bedömning", "DUL vä ben: inga tecken på djup ventrombos. Ytlig tromboflebit i v. saphena magna vä, avstånd till krossen drygt 5 cm. Stödstrumpa, NSAID-gel, ingen antikoagulation. Åter om rodnaden sprider sig uppåt."),
  ]),
  "Negerad DVT och fastställd ytlig tromboflebit.",
  must_not=["NL102"])

C("kir-brost-birads5-trol-malign", "lund_brost", "1969-08-19",
  note("2024-09-03 11:40", "Mottagningsanteckning", ("Karin Åberg", "läkare"), [
      ("Bedömning", "Mammografi + UL hö bröst: 14 mm oregelbunden förändring kl 10, BI-RADS 5. Trol. malign. Mellannålsbiopsi x3 tagen idag, UL axill ua. Svar och nytt besök om 1 v."),
  ]),
  "Trol. malign bröstförändring före PAD i synlig text.",
  must=["NL102"])

C("kir-brost-hereditet-mammografi-ua", "lund_brost", "1988-03-05",
  note("2024-09-10 14:15", "Mottagningsanteckning", ("Karin Åberg", "läkare"), [
      ("Hereditet", "Mor bröstcancer vid 48 år, moster (mors syster) ovarialcancer vid 55. Morfar prostatacancer."),
      ("Aktuellt", "Pat 36 år, själv symtomfri, söker pga oro efter moderns sjukdom."),
      ("Undersökning", "Mammografi och UL bilat utan anmärkning. Inga palpabla resistenser."),
      ("Bedömning", "Ingen malignitetsmisstanke. Remiss onkogenetisk mottagning för ställningstagande till BRCA-testning."),
  ], sig=None),
  "Släktingars diagnoser och normala undersökningar; inget osäkert om pat.",
  must_not=["NL102"])

C("kir-postop-oklar-foljsamhet-eliquis", "sas_kiravd", "1952-12-12",
  note("2024-08-22 10:05", "Läkaranteckning", ("Annika Strand", "läkare"), [
      ("Aktuellt", "Postop dag 2 efter lap kolecystektomi pga symtomgivande gallsten. Mår bra, äter, smärtfri på Alvedon."),
      ("Bedömning", "Oklart om pat tog sin Eliquis trots utsättningsordination, han minns inte, ingen blödning dock. Såren fina. Hem idag, Eliquis återinsätts imorgon."),
  ], setting="slutenvård"),
  "Osäkerheten gäller läkemedelsföljsamhet, inte diagnosen.",
  must_not=["NL102"])

C("kir-lang-inskrivning-ileus-trol-adherenser", "ystad_kir", "1945-10-27",
  note("2024-10-08 22:30", "Inskrivningsanteckning", ("Fredrik Malmgren", "läkare"), [
      ("Kontaktorsak", "Buksmärta, kräkningar, ingen avföring på 3 dygn."),
      ("Tidigare sjukdomar", "Hypertoni, typ 2-diabetes (tablettbehandlad). Hysterektomi 2004 via nedre mittlinjesnitt. Kolecystektomi 2011. Inga kända hjärtsjukdomar."),
      ("Läkemedel", "Metformin 1 g x 2, Enalapril 10 mg x 1, Atorvastatin 20 mg tn. Alvedon vb."),
      ("Allergi", "Penicillin, utslag på 1990-talet, oklar typ av reaktion."),
      ("Socialt", "Änka, bor själv i villa i Skurup. Två vuxna barn, sonen bor nära. Klarar sig själv, kör bil. Röker ej, alkohol sparsamt."),
      ("Aktuellt", "78-årig kvinna som sedan i förrgår har tilltagande krampartade smärtor i hela buken, värst kring naveln. Kräkts fyra gånger idag, senast gallfärgat. Ingen avföring eller gasavgång på tre dygn enligt henne själv. Aptiten borta sedan helgen. Inga urinvägsbesvär, ingen feber hemma. Sonen körde in henne efter att hon svimmat till på toaletten i morse."),
      ("Status", "AT: trött, torr i munnen, opåverkad andning. Temp 37,4. BT 108/64, puls 104 reg, SaO2 96 %. Cor: reg rytm, inga blåsljud. Pulm: ua. Buk: uppblåst, tympanistisk, diffust palpöm utan tydlig défense, inga bråckportar i ljumskar eller navel. Klingande tarmljud. PR: tom ampull, inget blod."),
      ("Lab", "Hb 148, LPK 11,8, CRP 24, krea 132 (tidigare 78), Na 134, K 3,2, laktat 1,9, P-glukos 11."),
      ("Röntgen", "DT buk med iv kontrast: dilaterade tunntarmsslingor upp till 4 cm, kalibersprång i nedre buken, kolon kollaberat. Ingen fri gas, ingen säker ischemi."),
      ("Bedömning", "Tunntarmsileus. Trol. adherensileus efter tidigare bukkirurgi, DD inklämt ärrbråck kan inte helt uteslutas. Ingen peritonit, laktat normalt. Lätt prerenal njurpåverkan pga dehydrering."),
      ("Åtgärd", "Inläggning avd 5. V-sond, fasta, Ringer-Acetat 2 L första 6 h + KCl. Metformin sätts ut tills vidare, glukoskontroller x4. Gastrografin 100 ml i sonden ikväll, buköversikt imorgon kl 08. Ny bedömning av bakjour vid tecken på ischemi eller peritonit."),
      ("Läkemedelsgenomgång", "Enalapril pausas pga lågt blodtryck och stigande kreatinin, återinsätts när hon äter och krea normaliserats. Atorvastatin pausas under fastan. Trombosprofylax med Fragmin 5000 E sc dagligen."),
      ("Omvårdnad", "Vätskelista och timdiures via KAD, mål minst 30 ml/h. Munvård pga sonden. Mobilisering till stol redan ikväll om hon orkar."),
      ("Planering", "Om ingen passage efter 48 h tas ställning till laparoskopi/laparotomi. Sonen informerad via telefon med pat:s samtycke."),
  ], sig=50, setting="slutenvård"),
  "Lång inskrivning; en hedgad diagnos (trol. adherensileus, DD ärrbråck) begravd i Bedömning.",
  must=["NL102"], must_not=["NL101"])

C("kir-ventrikeltumor-ej-fatt-veta", "sks_kir", "1949-06-30",
  note("2024-11-05 15:35", "Läkaranteckning", ("Gustav Berglund", "läkare"), [
      ("Undersökning", "Gastroskopi i narkos: stor ulcererande tumör i ventrikelns antrum, 5 cm, lätt blödande. Biopsier x8 till PAD."),
      ("Bedömning", "Pat har ännu inte fått veta fyndet, sövd under undersökningen; ansvarig kirurg ger besked på avdelningen i morgon förmiddag. DT thorax/buk beställd."),
  ], setting="slutenvård"),
  "Tumörfynd i synlig text med uttryckligt att pat ännu inte fått veta.",
  must=["NL101"])

# =====================================================================================
# ORTOPEDI
# =====================================================================================
C("ort-misstankt-ockult-skafoideumfraktur", "malmo_ortakut", "1996-07-07",
  note("2024-02-12 18:45", "Akutanteckning", ("Ali Rahimi", "läkare"), [
      ("Bedömning", "Föll på cykel igår, tog emot sig med hö hand. Ömhet i fossa tabatière och vid axial kompression av tummen. Rtg hö handled + scaphoideumserie: ingen synlig fraktur. Misstänkt skafoideumfraktur, ockult. Underarmsgips med tuminneslutning, ny rtg alt. MR om 10-14 dgr."),
  ], setting="akut"),
  "Misstänkt ockult skafoideumfraktur trots normal rtg.",
  must=["NL102"])

C("ort-radiusfraktur-kontroll-trol-ystad", "ystad_ort", "1950-09-14",
  note("2024-01-17 12:20", "Akutanteckning", ("Maria Olsson", "läkare"), [
      ("Diagnos", "Distal radiusfraktur vä (S52.50)."),
      ("Bedömning", "Rtg vä handled: extraartikulär distal radiusfraktur med 20 gr dorsal vinkling. Reposition i hematomblockad, acceptabelt läge efter. Dorsal gipsskena."),
      ("Planering", "Kontroll-rtg om 1 vecka, trol. på ortopedmottagningen här men kan bli Trelleborg, kallelse kommer."),
  ], setting="akut"),
  "Fastställd fraktur; 'trol.' gäller var kontrollen görs.",
  must_not=["NL102"])

C("ort-fysio-misstankt-korsbandsruptur", "mol_fysio", "2001-05-22",
  note("2024-04-23 09:10", "Fysioterapeutanteckning", ("Emma Lundqvist", "fysioterapeut"), [
      ("Anamnes", "Fotbollsspelare 22 år. Vridvåld vä knä i match i lördags, hörde en smäll, kunde inte fortsätta. Svullnade direkt."),
      ("Status", "Hydrops ++, flexion 90 gr. Lachman: ökad translation jmf hö, mjukt stopp. Pivot-shift ej genomförbart pga smärta. Mediala kollateralen stabil."),
      ("Bedömning", "Misstänkt främre korsbandsruptur vä. Remiss ortoped för MR och ställningstagande. Påbörjar avsvällning, quadricepsaktivering, kryckor vb."),
  ]),
  "Fysioterapeut skriver misstänkt korsbandsruptur i synlig Bedömning.",
  must=["NL102"])

C("ort-distorsion-ingen-fraktur-ottawa", "hlm_ort", "1983-12-01",
  note("2024-03-02 11:55", "Akutanteckning", ("Björn Persson", "läkare"), [
      ("Anamnes", "Stukade hö fotled i trappan igår kväll."),
      ("Status", "Ottawa-reglerna: ömhet endast framför lat malleol, kan gå 4 steg. Ingen rtg-indikation."),
      ("Bedömning", "Distorsion hö fotled. Inga tecken på ligamentruptur eller instabilitet. Elevation, kyla, belastning efter förmåga."),
  ], setting="akut"),
  "Fastställd distorsion och negerad ligamentruptur.",
  must_not=["NL102"])

C("ort-barn-trol-coxitis-dd-perthes", "lund_barnakut", "2017-10-03",
  note("2024-05-06 16:30", "Akutanteckning", ("Sofia Mårtensson", "läkare"), [
      ("Aktuellt", "6-åring som haltar sedan 3 dagar, vill inte stödja på hö ben på morgonen. Förkyld förra veckan. Afebril."),
      ("Status", "Opåverkad. Inskränkt inåtrotation hö höft, smärta i ytterlägen. Knä och fot ua."),
      ("Lab", "CRP <5, SR 8, LPK 7,1."),
      ("Bedömning", "Trol. coxitis simplex. DD Perthes, rtg bäcken med Lauensteinprojektion. Vila, Ipren, återbesök om 1 v."),
  ], setting="akut"),
  "Barn under 13 (vårdnadshavare läser): trol. coxitis med DD Perthes.",
  must=["NL102"])

C("ort-skelettmetastas-kan-ej-uteslutas", "nal_ortakut", "1959-02-18",
  note("2024-06-19 20:15", "Akutanteckning", ("Viktor Axelsson", "läkare"), [
      ("Bedömning", "65-årig kvinna, opererad för bröstcancer 2016. Tilltagande ländryggsvärk 2 mån, nattlig, nu även viktnedgång 6 kg. Neurologstatus ua. Skelettmetastas kan ej uteslutas, MR hela ryggen inom 24 h, ALP + Ca tas."),
  ], setting="akut"),
  "'Kan ej uteslutas' om skelettmetastas i synlig text.",
  must=["NL102"])

C("ort-artros-injektion-mojligen-effekt", "ystad_ort", "1954-04-04",
  note("2024-07-02 13:40", "Mottagningsanteckning", ("Maria Olsson", "läkare"), [
      ("Aktuellt", "Känd knäartros bilat, rtg-verifierad 2022, hö > vä. Fick kortisoninjektion hö knä för 6 v sedan."),
      ("Bedömning", "Injektionen hade möjligen viss effekt de första två veckorna, nu åter värk vid trappgång. Fortsatt fysioterapi enligt Bättre Led, artroskopi ej indicerad. Ny injektion erbjuds tidigast i augusti."),
  ]),
  "'Möjligen' gäller behandlingseffekt; artrosen är fastställd.",
  must_not=["NL102"])

C("ort-patologisk-fraktur-misstankt-ej-informerad", "lund_ort", "1948-11-22",
  note("2024-08-14 17:05", "Läkaranteckning", ("Anders Kjellberg", "läkare"), [
      ("Röntgen", "Rtg hö överarm efter lågenergitrauma: tvärgående fraktur prox humerusdiafys genom en lytisk förändring med oskarpa kanter."),
      ("Bedömning", "Misstänkt patologisk fraktur på basen av metastas eller myelom. DT thorax/buk och elfores beställda. Pat ej informerad om misstanken, vill ha DT-svar före besked; hon vet att frakturen behöver utredas vidare. Mitella tills vidare."),
  ]),
  "Misstänkt metastas/myelom i synlig text och pat uttryckligen ej informerad.",
  must=["NL101", "NL102"])

C("ort-frusen-skuldra-osaker-debut", "mol_ort", "1967-06-16",
  note("2024-09-18 10:25", "Mottagningsanteckning", ("Helena Sjöberg", "läkare"), [
      ("Aktuellt", "Stel, smärtsam hö axel. Pat osäker på när det började, sannolikt i samband med flytten i mars. Nattvärk."),
      ("Status", "Passiv utåtrotation kraftigt nedsatt, 10 gr jmf 60 vä. Abduktion 80 gr."),
      ("Röntgen", "Rtg hö axel ua."),
      ("Bedömning", "Frusen skuldra hö, klinisk diagnos. Kortisoninjektion intraartikulärt idag, remiss fysioterapeut."),
  ]),
  "Hedgen gäller när besvären började; diagnosen är fastställd.",
  must_not=["NL102"])

C("ort-partiell-halseneruptur-kan-inte-uteslutas", "sks_ort", "1980-08-08",
  note("2024-10-01 19:50", "Akutanteckning", ("Johan Eklund", "läkare"), [
      ("Bedömning", "Smäll i vä vad vid padel. Thompsons test svårtolkat, palpabel grop? Partiell hälseneruptur kan inte uteslutas. UL hälsena imorgon, spetsfotsortos tills vidare."),
  ], sig=None, setting="akut"),
  "Partiell hälseneruptur 'kan inte uteslutas' (osignerat utkast).",
  must=["NL102"])

C("ort-menisklesion-informerad-mr-svar", "hlm_ort", "1962-03-27",
  note("2024-04-10 15:15", "Mottagningsanteckning", ("Björn Persson", "läkare"), [
      ("Bedömning", "MR hö knä: degenerativ lesion i mediala menisken bakhorn, lätt broskreduktion medialt. Pat informerad om svaret och om att artroskopi inte förväntas hjälpa vid degenerativa skador. Träningsprogram via fysioterapeut, återbesök vb."),
  ]),
  "Fastställt MR-fynd som pat informerats om.",
  must_not=["NL101", "NL102"])

C("ort-sanolikt-karpaltunnel-typo", "su_hand", "1973-01-31",
  note("2024-02-22 08:35", "Mottagningsanteckning", ("Ida Forsberg", "läkare"), [
      ("Bedömning", "Domningar dig I-III hö, värst nattetid, vaknar och skakar handen. Tinel och Phalen pos hö. Sanolikt karpaltunnelsyndrom hö. Neurografi beställd, nattskena."),
  ]),
  "Felstavat 'Sanolikt' (typo) framför karpaltunnelsyndrom.",
  must=["NL102"])

C("ort-protesinfektion-utesluten", "lund_ort", "1944-09-09",
  note("2024-11-12 14:50", "Mottagningsanteckning", ("Anders Kjellberg", "läkare"), [
      ("Bedömning", "Ledpunktion hö knäprotes pga svullnad: LPK i ledvätska 450, neutrofiler 30 %, odling negativ efter 14 dygn. Protesinfektion utesluten. Svullnaden bedöms mekanisk, ny rtg visar inga tecken på lossning."),
  ]),
  "Uteslutna diagnoser (protesinfektion, lossning) med normala odlingar.",
  must_not=["NL102"])

C("ort-lang-inskrivning-collumfraktur-osaker-falltid", "mol_ortavd", "1940-03-15",
  note("2024-12-02 13:10", "Inskrivningsanteckning", ("Helena Sjöberg", "läkare"), [
      ("Kontaktorsak", "Fall i hemmet, smärta hö höft, kan ej belasta."),
      ("Anamnes", "84-årig kvinna som hittades på golvet i köket i morse av hemtjänsten. Hon är osäker på när hon föll, sannolikt sent igår kväll eftersom lampan var tänd och hon hade kvällsrocken på. Minns att hon snubblade på mattkanten, ingen yrsel eller bröstsmärta innan. Har legat på golvet i uppskattningsvis 8-10 timmar. Slog inte i huvudet enligt henne själv."),
      ("Tidigare sjukdomar", "Förmaksflimmer, hypertoni, hypotyreos. Lindrig kognitiv svikt utredd på minnesmottagningen 2022, ingen demensdiagnos. Osteoporos behandlad med alendronat sedan 2021."),
      ("Läkemedel", "Eliquis 2,5 mg x 2, Bisoprolol 2,5 mg, Levaxin 75 mikrog, Alendronat 70 mg 1/v, Calcichew-D3. Hemtjänsten delar dosett; oklart om söndagsdosen Eliquis togs, dosetten var inte tömd."),
      ("Socialt", "Änka, bor ensam i lägenhet med hiss. Hemtjänst 2 ggr/d. Går med rollator inomhus."),
      ("Status", "AT: opåverkad, lätt nedkyld 35,9. Hö ben förkortat och utåtroterat, rörelsesmärta i ljumsken. Distalstatus ua, pulsar palp. Inga hudskador på sätet. Cor: oregelbunden rytm, frekvens 88. Pulm: ua. Inga tecken på skalltrauma."),
      ("Lab", "Hb 121, krea 96, CK 1400, Na 138, K 4,1. EKG: förmaksflimmer, inga ischemitecken."),
      ("Röntgen", "Rtg hö höft: dislocerad cervikal collumfraktur, Garden IV."),
      ("Bedömning", "Dislocerad collumfraktur hö (S72.0). CK-stegring efter långliggande, ingen njurpåverkan. Eliquis senast trol. i lördags kväll, operation tidigast imorgon em."),
      ("Åtgärd", "Fascia iliaca-blockad på akuten med god effekt. Inläggning avd 3, rikligt med iv vätska, ny CK imorgon. Anmäld för hemiartroplastik. Trycksårsprevention, fallrisken hög."),
      ("Information", "Pat informerad om frakturen och om att operation planeras, hon förstår och samtycker. Hon frågar om hon kan komma hem till lägenheten efteråt; förklarat att det beror på hur rehabiliteringen går."),
      ("Omvårdnad", "Norton 14, tryckavlastande madrass beställd. Näringsdryck x2 från ikväll, vägs imorgon. KAD pga immobilisering, avvecklas dag 1 postop."),
      ("Funktion före fallet", "Klarade personlig hygien och påklädning själv, hemtjänsten hjälper med dusch två gånger i veckan, städning och inköp. Gick korta promenader ute med rollator när vädret tillät. Inga fall senaste året enligt dottern."),
      ("Planering", "Dottern kontaktad och informerad med pat:s samtycke. Ev. korttidsboende efter op, biståndshandläggare kontaktas efter helgen."),
  ], sig=65, setting="slutenvård"),
  "Lång inskrivning; alla hedgar gäller falltid, läkemedelsintag och planering, diagnosen är fastställd.",
  must_not=["NL102", "NL101"])

C("ort-barn-trol-supracondylar-fraktur", "dsbus_akut", "2019-01-25",
  note("2024-06-27 18:20", "Akutanteckning", ("Louise Bergström", "läkare"), [
      ("Bedömning", "5-åring föll från studsmatta, ont vä armbåge. Rtg: positivt fat pad-tecken, ingen synlig frakturlinje. Trol. odislocerad supracondylär fraktur. Gips 3 v, återbesök med rtg."),
  ], setting="akut"),
  "Trol. fraktur hos barn under 13 i synlig text.",
  must=["NL102"])

C("ort-jones-fraktur-informerad", "malmo_ortakut", "1994-05-30",
  note("2024-08-03 21:00", "Akutanteckning", ("Ali Rahimi", "läkare"), [
      ("Bedömning", "Rtg vä fot: tvärfraktur basen metatarsale V, zon 2 (Jones). Pat informerad om frakturen och om risken för fördröjd läkning. Avlastning i walker 6 v, kontroll-rtg om 3 v."),
  ], setting="akut"),
  "Fastställd fraktur, pat informerad.",
  must_not=["NL101", "NL102"])

# =====================================================================================
# GYNEKOLOGI / OBSTETRIK
# =====================================================================================
C("gyn-misstankt-x-grav", "lund_gynakut", "1992-12-09",
  note("2024-01-29 22:40", "Akutanteckning", ("Elin Carlsson", "läkare"), [
      ("Aktuellt", "31 år, SM för 7 v sedan. Positivt graviditetstest hemma. Sedan igår smärta vä fossa och lätt blödning."),
      ("Status", "Ömmar vä adnexområde, portioömhet. Liten mängd mörk blödning från cervix."),
      ("VUL", "Ingen intrauterin graviditet. Lätt ökad mängd fri vätska i fossa Douglasi. Oklar 2 cm struktur intill vä ovarium."),
      ("Lab", "S-hCG 1850. Hb 128."),
      ("Bedömning", "Misstänkt X-graviditet vä. Ny hCG om 48 h, inläggning för observation då hon bor 8 mil bort."),
  ], setting="akut"),
  "Misstänkt extrauterin graviditet i synlig Bedömning.",
  must=["NL102"])

C("gyn-vul-intrauterin-normal-ektropion", "ostra_gynakut", "1995-04-18",
  note("2024-02-16 10:05", "Akutanteckning", ("Maja Nilsson", "läkare"), [
      ("Bedömning", "VUL: intrauterin graviditet med hjärtaktivitet, CRL 11 mm motsvarande 7+2. Inga adnexresistenser, ingen fri vätska. Normalt fynd. Blödning från ett ektropion på portio, syns tydligt vid spekulumundersökningen. Hänvisas tillbaka till barnmorskemottagningen."),
  ], setting="akut"),
  "Normalt UL-fynd och fastställd blödningskälla.",
  must_not=["NL102"])

C("gyn-sannol-endometrois-typo", "hbg_kvinno", "2000-02-02",
  note("2024-03-07 13:30", "Mottagningsanteckning", ("Cecilia Dahl", "läkare"), [
      ("Anamnes", "24 år. Svår mensvärk sedan menarche, nu även djup dyspareuni och smärta vid tarmtömning under mens. Ipren hjälper inte."),
      ("Status", "Ömhet i bakre fornix, ingen palpabel resistens. VUL: normala ovarier, inga endometriom."),
      ("Bedömning", "Sannol. endometrois. Provar kontinuerliga kombinerade p-piller i 3 mån, därefter uppföljning. Ev. remiss till endometriosteamet om otillräcklig effekt."),
  ]),
  "Sannol. + felstavad diagnos 'endometrois' (typo) i synlig Bedömning.",
  must=["NL102"])

C("gyn-misstankt-ovarialcancer-ej-informerad", "udd_gyn", "1963-07-01",
  note("2024-04-24 15:20", "Läkaranteckning", ("Rebecka Svensson", "läkare"), [
      ("Undersökning", "UL: 9 cm komplex solid-cystisk adnexförändring hö med rikligt flöde, måttlig ascites. CA-125 840."),
      ("Bedömning", "Misstänkt ovarialcancer. Pat ej informerad om misstanken ännu, hon vill att maken ska vara med och nytt besök är bokat imorgon kl 10. DT thorax/buk beställd med förtur."),
  ]),
  "Misstänkt ovarialcancer i synlig text, pat uttryckligen ej informerad.",
  must=["NL101", "NL102"])

C("gyn-endometriecancer-besked-telefon", "hbg_kvinno", "1956-11-19",
  note("2024-05-08 16:10", "Telefonanteckning", ("Cecilia Dahl", "läkare"), [
      ("Aktuellt", "PAD efter hysteroskopi och abrasio: endometriecancer av endometrioid typ, grad 1. Ringde pat enligt överenskommelse och gav beskedet, hon var förberedd och tog det lugnt. Remiss gynonkologen Lund skickad, MR bäcken beställd."),
  ]),
  "Fastställd diagnos som pat har fått besked om per telefon.",
  must_not=["NL101", "NL102"])

C("gyn-mormor-trol-cervixcancer-normala-prover", "ostra_kvinno", "1986-09-23",
  note("2024-06-11 08:40", "Mottagningsanteckning", ("Maja Nilsson", "läkare"), [
      ("Aktuellt", "Kontroll 18 mån efter konisering för CIN 2. Cellprov och HPV idag."),
      ("Hereditet", "Mormor trol. livmoderhalscancer på 60-talet, pat osäker på detaljer."),
      ("Bedömning", "HPV negativ, cytologi normal. Återgår till ordinarie screening, nästa cellprov om 3 år."),
  ]),
  "Hedgad diagnos gäller mormodern, pat:s egna prover normala.",
  must_not=["NL102"])

C("gyn-mojligt-pcos", "hbg_kvinno", "2004-10-10",
  note("2024-07-16 11:00", "Mottagningsanteckning", ("Jenny Wikström", "läkare"), [
      ("Bedömning", "19 år, mens var 2-4:e månad sedan menarche, akne, ökad hårväxt på hakan. BMI 31. VUL: många små folliklar i båda ovarier. Möjligt PCOS, testosteron/SHBG, prolaktin, TSH tas. Livsstilsråd."),
  ], sig=None),
  "'Möjligt PCOS' i synlig text.",
  must=["NL102"])

C("gyn-spiralbyte-ev-nasta-ar", "udd_gyn", "1982-01-14",
  note("2024-08-27 09:20", "Mottagningsanteckning", ("Rebecka Svensson", "läkare"), [
      ("Aktuellt", "Hormonspiral insatt 2019, ska bytas senast 2027. Inga besvär, regelbundna småblödningar."),
      ("Bedömning", "Gyn-status ua. Ev. byte redan nästa år om hon vill, hon bokar själv via 1177."),
  ]),
  "'Ev.' gäller tidpunkt för spiralbyte; ingen diagnos är osäker.",
  must_not=["NL102"])

C("gyn-trol-missed-abortion-osaker-datering", "lund_gynakut", "1990-06-25",
  note("2024-09-05 14:05", "Akutanteckning", ("Elin Carlsson", "läkare"), [
      ("Bedömning", "Blödning i graviditetsvecka 9+3 enl SM. VUL: graviditetssäck 24 mm, ingen embryonal struktur, ingen hjärtaktivitet. Trol. missed abortion, men osäker datering, ny VUL om 7-10 dgr innan ställningstagande till behandling."),
  ], setting="akut"),
  "Trol. missed abortion i synlig text.",
  must=["NL102"])

C("gyn-susp-preeklampsi", "ksd_forl", "1993-03-03",
  note("2024-10-14 04:15", "Läkaranteckning", ("Amanda Roos", "läkare"), [
      ("Bedömning", "Omföderska v 34+5. BT 152/98 och 148/100 med 4 h mellanrum, proteinuri 1+, huvudvärk. Susp. preeklampsi. Inläggning, blodprover inkl leverstatus och trombocyter, CTG x3/d."),
  ], sig=None, setting="slutenvård"),
  "Susp. preeklampsi i synlig läkaranteckning (osignerat utkast).",
  must=["NL102"])

C("gyn-barnmorska-ingen-misstanke-preeklampsi", "ostra_bm", "1997-08-12",
  note("2024-11-20 10:50", "Barnmorskeanteckning", ("Hanna Lövgren", "barnmorska"), [
      ("Aktuellt", "Kommer pga svullna ben v 36+1."),
      ("Bedömning", "BT 124/78, U-sticka: inget protein. Ingen huvudvärk, inga synstörningar. Ingen misstanke om preeklampsi. Graviditetsrelaterade ödem, råd om stödstrumpor och benhöjning."),
  ]),
  "Negerad preeklampsi, normala värden, barnmorskeanteckning.",
  must_not=["NL102"])

C("gyn-salpingit-kan-ej-uteslutas", "ostra_gynakut", "1999-05-05",
  note("2024-12-09 19:30", "Akutanteckning", ("Maja Nilsson", "läkare"), [
      ("Bedömning", "Feber 38,6, bilat nedre buksmärta, flytningar. Rörelseömhet portio. VUL: ingen tuboovarialabscess. Salpingit kan ej uteslutas, behandlas empiriskt med doxycyklin + metronidazol. Klamydia/gonorré-PCR tagen."),
  ], setting="akut"),
  "Salpingit 'kan ej uteslutas' i synlig text (negerad abscess bredvid).",
  must=["NL102"])

C("gyn-klamydia-pos-informerad", "hbg_kvinno", "2003-02-27",
  note("2024-04-03 13:45", "Telefonanteckning", ("Jenny Wikström", "läkare"), [
      ("Aktuellt", "Klamydia-PCR positiv från 28/3. Pat informerad per telefon, Doxyferm utskrivet, smittspårning påbörjas av kurator."),
  ]),
  "Fastställt positivt prov som pat informerats om.",
  must_not=["NL101", "NL102"])

C("gyn-lang-postop-infektion-abscess-kan-ej-uteslutas", "hbg_kvinno", "1977-04-08",
  note("2024-03-25 20:05", "Inskrivningsanteckning", ("Amanda Roos", "läkare"), [
      ("Kontaktorsak", "Ökande buksmärta och feber fem dagar efter laparoskopisk hysterektomi."),
      ("Tidigare sjukdomar", "Astma, välbehandlad. Två kejsarsnitt 2010 och 2013. Laparoskopisk total hysterektomi 19/3 pga myom med blödningsrubbning, okomplicerat förlopp enligt op-berättelsen."),
      ("Läkemedel", "Symbicort 160/4,5 x 2, Alvedon 1 g x 4, Oxynorm 5 mg vb."),
      ("Socialt", "Gift, två barn 11 och 14 år. Förskollärare, sjukskriven sedan operationen. Röker ej."),
      ("Förlopp efter op", "Vid hemgång dag 1 var hon feberfri, mobiliserad och hade kissat spontant med resurin under 50 ml. Hb var då 124. Hon hade fått muntlig och skriftlig information om när hon skulle höra av sig. Hon ringde gynakuten i morse när febern inte gick ner trots Alvedon och fick komma in direkt."),
      ("Aktuellt", "47-årig kvinna, hemskriven dag 1 postop. Mådde bra första dygnen men sedan i söndags tilltagande smärta nedtill i buken, mest vänster sida, och feber upp till 38,8 hemma. Sparsam ljus flytning, ingen blödning. Normal avföring igår. Svider lite när hon kissar men ingen ökad frekvens. Aptiten nedsatt, dricker ok."),
      ("Status", "AT: varm, lätt påverkad. Temp 38,6, puls 102, BT 118/72, AF 18, SaO2 98 %. Buk: mjuk, ömmar i vänster fossa och suprapubiskt utan släppömhet. Portsåren fina, ingen rodnad. Gyn: vaginaltoppen intakt, ömmar vid palpation vänster sida, lätt illaluktande sekret."),
      ("Lab", "Hb 112 (preop 131), LPK 15,8, CRP 168, krea 68. U-sticka: leuk 1+, nitrit neg."),
      ("Röntgen", "VUL: 5 x 4 cm vätskeansamling med ekon ovan vaginaltoppen till vänster."),
      ("Bedömning", "Postoperativ infektion efter hysterektomi. Vätskeansamlingen vid vaginaltoppen är trol. ett infekterat hematom, abscess kan inte uteslutas. Inga tecken på tarm- eller urinvägsskada."),
      ("Åtgärd", "Inläggning avd 32. Odlingar från vaginaltopp, urin och blod x2. Tazocin 4 g x 3 iv. DT buk/bäcken med kontrast imorgon för att värdera dränagebehov."),
      ("Omvårdnad", "Vätskelista, temp x4, smärtskattning NRS enligt rutin. Fragmin 5000 E sc dagligen under vårdtiden. Aptiten följs, näringsdryck om hon äter under hälften av portionerna."),
      ("Planering", "Ev. ultraljudsledd dränering via radiologen beroende på DT. Maken informerad av pat själv."),
  ], sig=45, setting="slutenvård"),
  "Lång inskrivning; trol. infekterat hematom / abscess kan inte uteslutas i Bedömning.",
  must=["NL102"], must_not=["NL101"])

C("gyn-cervixcancer-informerad-foraldrar-ej", "ostra_kvinno", "1991-10-30",
  note("2024-05-29 11:25", "Mottagningsanteckning", ("Sofie Hagström", "läkare"), [
      ("Bedömning", "PAD: skivepitelcancer i cervix, stadium IB1 enligt MR. Pat informerad idag och förstår planen med radikal hysterektomi. Hon vill inte att hennes föräldrar informeras i nuläget, det respekteras."),
  ]),
  "Pat informerad; det är föräldrarna som inte informeras.",
  must_not=["NL101", "NL102"])

C("gyn-mojlig-adenomyos-informerad-om-misstanken", "hbg_kvinno", "1980-12-18",
  note("2024-06-20 15:10", "Mottagningsanteckning", ("Jenny Wikström", "läkare"), [
      ("Bedömning", "Rikliga mensblödningar, förstorad, öm uterus, VUL med heterogent myometrium. Möjlig adenomyos som förklaring till blödningarna. Pat informerad om misstanken, MR bäcken beställd."),
  ]),
  "Hedgad diagnos men pat är informerad om misstanken: NL101 kan inte gälla.",
  must_not=["NL101"])

# =====================================================================================
# PSYKIATRI
# =====================================================================================
C("psy-trol-depresiv-episod-dd-bipolar-typo", "lund_psyk", "1995-08-28",
  note("2024-01-15 14:30", "Läkaranteckning", ("Lars Ohlsson", "läkare"), [
      ("Aktuellt", "Remiss från vc. 28-årig kvinna med nedstämdhet sedan i höstas, insomni, koncentrationssvårigheter, gråter dagligen. Slutat träna. Arbetar som undersköterska, sjukskriven 50 % sedan januari. Inga psykotiska symtom."),
      ("Status", "Välvårdad, god kontakt. Nedstämd, sänkt affekt. Ej suicidal, uttrycker framtidstro kring barnen. MADRS-S 28."),
      ("Bedömning", "Trol. medelsvår depresiv episod. DD bipolär sjukdom typ II med tanke på två perioder med minskat sömnbehov och ökad energi i 20-årsåldern, MDQ till nästa besök. Sertralin 50 mg."),
  ]),
  "Trol. + felstavad 'depresiv' (typo) och DD bipolär i psykiatrisk öppenvård.",
  must=["NL102"])

C("psy-psykolog-talar-for-adhd-slutlig-bedomning-ej-klar", "als_psyk", "1998-04-07",
  note("2024-05-13 10:00", "Psykologanteckning", ("Therese Jonsson", "psykolog"), [
      ("Bedömning", "Testning klar (WAIS-IV, QbTest). Resultat och anamnes talar för ADHD av kombinerad form, men slutlig bedömning görs först när mammans skattning av barndomen inkommit. Återkoppling bokad 3/6."),
  ]),
  "Psykolog: 'talar för' ADHD innan slutlig bedömning.",
  must=["NL102"])

C("psy-adhd-aterkoppling-fastställd-informerad", "als_psyk", "1997-11-11",
  note("2024-06-03 13:15", "Psykologanteckning", ("Therese Jonsson", "psykolog"), [
      ("Bedömning", "Återkoppling av neuropsykiatrisk utredning. Uppfyller kriterier för ADHD, kombinerad form (F90.0), ingen samsjuklighet påvisad. Pat informerad och fick skriftlig sammanfattning, frågor besvarade. Remiss till läkare för ställningstagande till läkemedel."),
  ]),
  "Fastställd diagnos, återkopplad till pat.",
  must_not=["NL101", "NL102"])

C("psy-sertralin-mojligen-battre-somn", "malmo_psyk", "1984-02-09",
  note("2024-02-20 11:45", "Läkaranteckning", ("Yusuf Demir", "läkare"), [
      ("Bedömning", "Recidiverande depression, aktuell episod medelsvår. Sertralin 100 mg sedan 6 veckor. Möjligen något bättre sömn, osäkert om det beror på medicinen eller på att hon varit ledig. MADRS-S 24 (tidigare 27). Höjer till 150 mg, återbesök 4 v."),
  ]),
  "Hedgen gäller läkemedelseffekt; diagnosen är fastställd.",
  must_not=["NL102"])

C("psy-litium-lagt-oklar-foljsamhet", "su_psyk_aff", "1979-07-19",
  note("2024-03-18 09:30", "Sjuksköterskeanteckning", ("Kristina Åkesson", "sjuksköterska"), [
      ("Aktuellt", "Bipolär sjukdom typ I, diagnos sedan 2012. S-litium 0,3 (mål 0,6-0,8)."),
      ("Bedömning", "Oklart om hon tar tabletterna regelbundet, säger själv att hon glömmer kvällsdosen ibland. Stämningsläget neutralt. Dosett + påminnelse i mobilen, nytt litium om 1 v."),
  ]),
  "Osäkerheten gäller följsamhet, inte diagnosen.",
  must_not=["NL102"])

C("psy-forenlig-med-schizofreni-ej-kommunicerad", "hbg_psyk", "1999-12-24",
  note("2024-04-09 15:40", "Läkaranteckning", ("Magnus Törnqvist", "läkare"), [
      ("Aktuellt", "Sedan > 6 mån hörselhallucinationer (röster som kommenterar), förföljelseföreställningar kring grannarna, social tillbakadragenhet. Tox neg."),
      ("Bedömning", "Bild förenlig med schizofreni, men organisk genes ska uteslutas först (MR hjärna, EEG). Diagnosen ej kommunicerad med pat, han är i nuläget för misstänksam och skulle sannolikt avbryta kontakten. Tas upp när alliansen är etablerad."),
  ]),
  "Hedgad schizofreni i synlig text och diagnosen uttryckligen ej kommunicerad.",
  must=["NL101", "NL102"])

C("psy-eips-kan-inte-uteslutas-avvaktar", "lund_psyk", "2004-09-01",
  note("2024-05-02 16:00", "Läkaranteckning", ("Lars Ohlsson", "läkare"), [
      ("Bedömning", "19 år. Instabila relationer, självskada med skärsår på underarmarna sedan 15 års ålder, impulsivitet, kronisk tomhetskänsla. Emotionellt instabil personlighetsstörning kan inte uteslutas, men hon är i akut kris efter separation och vi avvaktar med diagnos. Erbjuds DBT-färdighetsträning."),
  ]),
  "Personlighetsstörning 'kan inte uteslutas' i synlig Bedömning.",
  must=["NL102"])

C("psy-hereditet-schizofreni-pat-inga-psykotiska", "als_psyk", "2002-06-14",
  note("2024-06-25 14:20", "Läkaranteckning", ("Anton Grahn", "läkare"), [
      ("Hereditet", "Far alkoholberoende, farbror schizofreni, mor depression."),
      ("Bedömning", "Pat själv har inga psykotiska symtom, ingen hallucinos, inga vanföreställningar. Oro för att ärva schizofreni, psykoedukation om ärftlighet. Generaliserat ångestsyndrom, fortsätter KBT."),
  ]),
  "Släktingars diagnoser och negerade symtom hos pat; pat:s diagnos fastställd.",
  must_not=["NL102"])

C("psy-mojlig-autism-remiss-np", "su_psyk_np", "2001-03-12",
  note("2024-07-01 10:40", "Läkaranteckning", ("Petra Almqvist", "läkare"), [
      ("Bedömning", "Pat 23 år, stora svårigheter i sociala sammanhang sedan barndomen, rigida rutiner, sensorisk överkänslighet. Möjlig autism, remiss för NP-utredning."),
  ]),
  "'Möjlig autism' i synlig text.",
  must=["NL102"])

C("psy-misstanke-psykos-avfardad-stressreaktion", "malmo_psyk", "1990-05-03",
  note("2024-07-22 13:05", "Läkaranteckning", ("Yusuf Demir", "läkare"), [
      ("Aktuellt", "Uppföljning efter akutbesök i helgen pga konstigt beteende på jobbet."),
      ("Bedömning", "Misstanken om psykotiskt syndrom har avfärdats: ingen formell tankestörning, inga hallucinationer, verklighetsförankrad. Bilden förklaras av sömnbrist efter tre veckors nattskift och hög stress. Akut stressreaktion (F43.0). Sjukskrivning 2 v."),
  ]),
  "Misstanken är uttryckligen avfärdad; aktuell diagnos fastställd.",
  must_not=["NL102"])

C("psy-bup-sannolikt-anorexia", "lund_bup_at", "2007-01-08",
  note("2024-08-12 09:00", "Läkaranteckning", ("Ingrid Nordin", "läkare"), [
      ("Bedömning", "17-årig flicka, viktnedgång 11 kg på 6 mån, BMI 16,1, amenorré sedan i höstas. Rädd för att gå upp i vikt, räknar kalorier. Sannolikt anorexia nervosa. Ortostatism, EKG med bradykardi 44, blodprover och kontakt med barnläkare idag."),
  ]),
  "Sannolikt anorexia nervosa hos 17-åring (läser själv) i synlig text.",
  must=["NL102"])

C("psy-gad-nasta-samtal-trol-fredag", "als_psyk", "1988-10-05",
  note("2024-05-20 11:30", "Psykologanteckning", ("Therese Jonsson", "psykolog"), [
      ("Bedömning", "Generaliserat ångestsyndrom, KBT pågår enligt plan (session 7 av 14). GAD-7 sjunkit från 17 till 11. Nästa samtal trol. fredag v. 22, sekreteraren ringer om tiden."),
  ], sig=None),
  "'Trol.' gäller nästa samtal, diagnosen är fastställd.",
  must_not=["NL102"])

C("psy-bup-trol-selektiv-mutism", "lund_bup", "2015-02-21",
  note("2024-09-09 14:45", "Psykologanteckning", ("Klara Pettersson", "psykolog"), [
      ("Bedömning", "Talar inte i skolan sedan förskoleklass, pratar obehindrat hemma med familjen. Trol. selektiv mutism, DD social fobi. Fortsatt bedömning med skolobservation."),
  ]),
  "BUP, barn 9 år (vårdnadshavare läser): trol. selektiv mutism med DD.",
  must=["NL102"])

C("psy-bup-ast-aterkoppling-foraldrar", "hbg_bup", "2014-06-06",
  note("2024-10-02 13:00", "Psykologanteckning", ("Daniel Hallberg", "psykolog"), [
      ("Bedömning", "Återgivning till föräldrarna av utredningen: autismspektrumtillstånd utan intellektuell funktionsnedsättning (F84.0). Föräldrarna tog emot beskedet väl och hade anat det. Barnet får anpassad information av psykolog vid nästa besök. Intyg till skolan skrivs."),
  ]),
  "Fastställd och återkopplad diagnos hos barn; inget hedgat.",
  must_not=["NL102"])

C("psy-misstankt-ptsd-trafikolycka", "su_psyk_aff", "1985-12-29",
  note("2024-10-21 15:30", "Läkaranteckning", ("Petra Almqvist", "läkare"), [
      ("Bedömning", "Trafikolycka i februari där hon satt fastklämd. Mardrömmar, undviker att åka bil, lättskrämd. Misstänkt PTSD, PCL-5 42. Erbjuds traumafokuserad KBT."),
  ], sig=None),
  "Misstänkt PTSD i synlig text (osignerat utkast).",
  must=["NL102"])

C("psy-suicidrisk-osaker-reaktion-ej-diagnos", "hbg_psyk", "1976-04-16",
  note("2024-11-04 10:15", "Läkaranteckning", ("Magnus Törnqvist", "läkare"), [
      ("Bedömning", "Samlad suicidriskbedömning: låg akut risk. Inga planer, har tankar på framtiden med dottern. Osäkert hur han reagerar om ex-frun flyttar med dottern till Stockholm, vilket kan bli aktuellt i sommar. Recidiverande depressiv sjukdom, lindrig episod. Krisplan upprättad."),
  ]),
  "Osäkerheten gäller framtida reaktion, inte en diagnos.",
  must_not=["NL102"])

C("psy-misstakt-bipolar-typo", "su_psyk_aff", "1993-09-17",
  note("2024-11-25 09:45", "Läkaranteckning", ("Anton Grahn", "läkare"), [
      ("Bedömning", "Perioder av förhöjt stämningsläge, minskat sömnbehov 3-4 dagar åt gången, köpt en bil impulsivt. Misstäkt bipolär sjukdom typ II, livsdiagram görs."),
  ]),
  "Felstavat 'Misstäkt' (typo) framför bipolär sjukdom.",
  must=["NL102"])

C("psy-lang-nybesok-remission-hedgar-ej-diagnos", "als_psyk", "1983-03-22",
  note("2024-02-05 13:30", "Läkaranteckning", ("Anton Grahn", "läkare"), [
      ("Kontaktorsak", "Nybesök efter remiss från vårdcentralen, överföring av pågående behandling efter flytt från Karlstad."),
      ("Anamnes", "41-årig man med recidiverande depressiv sjukdom sedan 20-årsåldern, tre tidigare episoder varav en med slutenvård 2015 i Värmland. Diagnosen ställd och utredd där, journalkopia inkommen. Senaste episoden i remission sedan 2022. Står på escitalopram 20 mg som han upplever hjälper, även om han är osäker på om det är medicinen eller det nya jobbet som gjort mest."),
      ("Hereditet", "Mor behandlad för depression, morbror tog sitt liv. Fadern hade trol. alkoholproblem enligt pat, aldrig utrett."),
      ("Socialt", "Sambo, två barn 6 och 9 år. Flyttade till Alingsås i januari för sambons jobb. Arbetar som IT-konsult på heltid, mest hemifrån. Dricker 2-3 öl i helgerna, inga droger. Tränar löpning 3 ggr/v."),
      ("Tidigare behandling", "KBT i grupp 2016 och individuellt 2019 med god effekt. Provade sertralin 2015 men fick sexuella biverkningar, bytt till escitalopram 2016."),
      ("Somatiskt", "Frisk i övrigt, inga läkemedel utöver escitalopram. Blodprover på vårdcentralen i december normala."),
      ("Status", "Vårdad, lugn, god kontakt. Stämningsläge neutralt, affekt följsam. Inga psykotiska symtom. Ingen dödslängtan, inga suicidtankar. Sömn och aptit normala."),
      ("Skattningar", "MADRS-S 6, AUDIT 5."),
      ("Förväntningar", "Önskar fortsatt läkemedelsbehandling och en fast kontakt på mottagningen. Har inga önskemål om samtalsbehandling just nu men vet att det finns. Sambon följer gärna med på ett besök längre fram."),
      ("Skydds- och riskfaktorer", "Skyddande: sambo och barn, meningsfullt arbete, god insikt i sin sjukdom. Risk: hereditet, tidigare svår episod med slutenvård."),
      ("Bedömning", "Recidiverande depressiv sjukdom, för närvarande i remission (F33.4). Ingen misstanke om bipolaritet, inga hypomana perioder enligt pat och sambo. Låg suicidrisk."),
      ("Åtgärd", "Fortsätter escitalopram 20 mg, recept förnyat 1 år. Informerad om tidiga varningstecken och var han vänder sig vid försämring."),
      ("Planering", "Uppföljning hos sjuksköterska om ca 6 mån, trol. i oktober. Ev. utsättningsförsök diskuteras vid nästa läkarbesök om fortsatt stabil, pat vill vänta tills efter semestern."),
      ("Information", "Pat informerad om mottagningens upplägg och telefontider samt om att anteckningarna kan läsas i 1177 Journalen."),
  ], sig=70),
  "Lång nybesöksanteckning: hedgar om effekt, faderns problem och planering; negerad bipolaritet; diagnos fastställd.",
  must_not=["NL102", "NL101"])

# =====================================================================================
# PEDIATRIK
# =====================================================================================
C("ped-trol-pseudokrupp", "lund_barnakut", "2021-01-19",
  note("2024-01-10 23:55", "Akutanteckning", ("Sofia Mårtensson", "läkare"), [
      ("Bedömning", "3-åring, feber 39,5 sedan 2 dygn, skällande hosta och inspiratorisk stridor nattetid. Opåverkad, SaO2 97 %. Trol. pseudokrupp. Betapred 0,4 mg/kg po, hem med råd."),
  ], setting="akut"),
  "Trol. pseudokrupp hos 3-åring (vårdnadshavare läser).",
  must=["NL102"])

C("ped-misstankt-jarnbrist-ev-celiaki", "ystad_barn", "2016-03-08",
  note("2024-02-01 10:20", "Mottagningsanteckning", ("Karl Bengtsson", "läkare"), [
      ("Bedömning", "Trötthet och blekhet, äter dåligt, ont i magen ibland. Hb 98, MCV 68, ferritin 6. Misstänkt järnbristanemi, ev. på basen av celiaki, transglutaminas-ak och total-IgA tas. Järn 3 mg/kg."),
  ]),
  "Misstänkt järnbristanemi och ev. celiaki hos barn 7 år.",
  must=["NL102"])

C("ped-celiaki-utesluten-kost", "ystad_barn", "2015-09-12",
  note("2024-02-29 15:45", "Telefonanteckning", ("Karl Bengtsson", "läkare"), [
      ("Aktuellt", "Provsvar till mamma: transglutaminas-ak negativa, totalt IgA normalt. Celiaki utesluten. Järnbristen förklaras av kosten (mkt mjölk, lite kött). Fortsatt järn 3 mån, dietistkontakt."),
  ]),
  "Celiaki utesluten med normala prover.",
  must_not=["NL102"])

C("ped-misstankt-absensepilepsi", "lund_barnneuro", "2017-04-27",
  note("2024-03-14 11:00", "Läkaranteckning", ("Eva Lindholm", "läkare"), [
      ("Bedömning", "Lärare och föräldrar har sett korta stirrattacker flera gånger/dag, några sekunder, slutar mitt i meningen. Hyperventilation på mottagningen utlöser en 6 sek attack med ögonlocksfladder. Misstänkt absensepilepsi, EEG med hyperventilation beställt."),
  ]),
  "Misstänkt absensepilepsi hos 6-åring.",
  must=["NL102"])

C("ped-feberkramp-menigit-typo", "dsbus_akut", "2022-10-14",
  note("2024-05-18 02:40", "Akutanteckning", ("Louise Bergström", "läkare"), [
      ("Bedömning", "19 mån, kramp i samband med feber 39,8 hemma, generaliserad, 2 min. Nu vaken, leker, ej nackstel. Sannolikt enkel feberkramp, fokus otit hö. Menigit kan ej helt uteslutas pga ålder och oklart vaccinationsstatus, observeras 4 h på akuten."),
  ], setting="akut"),
  "Sannolikt feberkramp och felstavad 'Menigit' (typo) som ej kan uteslutas.",
  must=["NL102"])

C("ped-akut-mediaotit-fastställd", "sks_barn", "2020-02-03",
  note("2024-03-05 16:10", "Mottagningsanteckning", ("Gunnar Hedlund", "läkare"), [
      ("Bedömning", "4-åring, öronvärk sedan natten, feber 38,7. Båda trumhinnorna röda och buktande. Diagnos: Akut mediaotit bilat. PcV 25 mg/kg x 3 i 5 dagar. Åter om ej bättre efter 3 dagar."),
  ]),
  "Fastställd otit hos barn, inget hedgat.",
  must_not=["NL102"])

C("ped-gastroenterit-ingen-mistanke-invagination-typo", "lund_barnakut", "2022-04-30",
  note("2024-04-02 19:15", "Sjuksköterskeanteckning", ("Malin Fransson", "sjuksköterska"), [
      ("Aktuellt", "Kräkts x6 och diarré sedan igår, kissar, tårar finns. Vikt oförändrad jmf BVC."),
      ("Bedömning", "Inga tecken på dehydrering. Buken mjuk, ingen resistens, ingen blodig avföring, ingen mistanke om invagination enl läkare. Akut gastroenterit, vätskeschema, åter vid slöhet."),
  ], setting="akut"),
  "Negation med felstavat 'mistanke' (typo); gastroenterit fastställd.",
  must_not=["NL102"])

C("ped-trol-kawasaki", "dsbus_akut", "2021-06-09",
  note("2024-06-08 21:20", "Akutanteckning", ("Oliver Ström", "läkare"), [
      ("Bedömning", "Feber 6 dagar, konjunktivit utan flytning, jordgubbstunga, utslag på bålen och ödem på händerna. Trol. Kawasakis sjukdom, uppfyller 4/5 kriterier. Ekokardiografi imorgon bitti, IVIG förbereds."),
  ], setting="slutenvård"),
  "Trol. Kawasakis sjukdom hos 3-åring.",
  must=["NL102"])

C("ped-hereditet-diabetes-normala-prover", "ystad_barn", "2013-05-17",
  note("2024-04-22 13:35", "Mottagningsanteckning", ("Karl Bengtsson", "läkare"), [
      ("Hereditet", "Far och farfar har typ 1-diabetes."),
      ("Bedömning", "Mor orolig då pojken kissar ofta. P-glukos 5,1, HbA1c 34, U-sticka utan glukos. Ingen diabetes. Täta miktioner förklaras av stort vätskeintag under fotbollssäsongen."),
  ]),
  "Släktingars diagnos och normala prover hos barnet.",
  must_not=["NL102"])

C("ped-16-mojlig-debut-typ1-narakut", "als_narakut", "2007-11-28",
  note("2024-07-04 17:35", "Akutanteckning", ("Elsa Magnusson", "läkare"), [
      ("Bedömning", "16-åring med trötthet, törst och viktnedgång 4 kg senaste månaden. P-glukos 14,2, ketoner 0,8. Möjlig debut av typ 1-diabetes. Akut remiss till barnkliniken Borås idag, pappa kör."),
  ], setting="akut"),
  "Möjlig diabetesdebut hos 16-åring (läser själv) på närakut.",
  must=["NL102"])

C("ped-tillvaxt-normal", "ystad_barn", "2015-01-22",
  note("2024-08-20 10:40", "Mottagningsanteckning", ("Karl Bengtsson", "läkare"), [
      ("Bedömning", "Tillväxtkontroll. Längd följer +1 SD, vikt 0 SD, oförändrat sedan 4 år. Pubertetsstadium Tanner 1. Normal tillväxt. Föräldrarna lugnade, ingen uppföljning."),
  ], sig=None),
  "Normala fynd, ingen diagnos hedgas.",
  must_not=["NL102"])

C("ped-blasljud-trol-funktionellt-dd-vsd", "hbg_barn", "2019-08-01",
  note("2024-09-12 09:15", "Mottagningsanteckning", ("Rasmus Wahlberg", "läkare"), [
      ("Bedömning", "Remiss från BVC pga blåsljud. Mjukt 2/6 systoliskt blåsljud vä sternalrand, varierar med läge. Trol. funktionellt, DD liten VSD. Ekokardiografi bokas."),
  ]),
  "Trol. funktionellt blåsljud med DD VSD hos 5-åring.",
  must=["NL102"])

C("ped-eko-normalt-foraldrar-informerade", "hbg_barn", "2019-05-20",
  note("2024-10-17 14:25", "Mottagningsanteckning", ("Rasmus Wahlberg", "läkare"), [
      ("Bedömning", "Eko: strukturellt normalt hjärta. Föräldrarna informerade om att blåsljudet är ett oskyldigt (funktionellt) ljud som inte kräver uppföljning. Avslutas."),
  ]),
  "Normalt eko, fastställt oskyldigt blåsljud, vårdnadshavare informerade.",
  must_not=["NL101", "NL102"])

C("ped-appendicit-kan-ej-uteslutas-7ar", "dsbus_akut", "2017-02-11",
  note("2024-11-09 15:50", "Akutanteckning", ("Oliver Ström", "läkare"), [
      ("Bedömning", "Ont i magen + feber 38,4, ömmar hö fossa, hoppar ogärna. CRP 38. Appendicit kan ej uteslutas. UL buk, fastar tills vidare."),
  ], sig=None, setting="akut"),
  "Appendicit 'kan ej uteslutas' hos 7-åring (osignerat utkast).",
  must=["NL102"])

C("ped-astma-exacerbation-debut-trol-sondag", "lund_barnakut", "2013-12-30",
  note("2024-12-03 20:10", "Akutanteckning", ("Sofia Mårtensson", "läkare"), [
      ("Bedömning", "Astma känd sedan 4 års ålder. Andnöden började trol. i söndags kväll, mamma osäker. Ventoline x3 med god effekt, SaO2 97 % efter. Astmaexacerbation, lindrig. Betapred 3 dgr, kontroll hos astmasköterska."),
  ], setting="akut"),
  "Hedgen gäller debuttid; astmaexacerbationen är fastställd.",
  must_not=["NL102"])

C("ped-trol-osas-stora-tonsiller", "sks_barn", "2018-07-23",
  note("2024-01-25 11:10", "Mottagningsanteckning", ("Gunnar Hedlund", "läkare"), [
      ("Bedömning", "Ständig snarkning, andningsuppehåll enligt föräldrar, trött i förskolan. Stora tonsiller 3+. Trol. obstruktiv sömnapné, polygrafi + remiss ÖNH."),
  ]),
  "Trol. obstruktiv sömnapné hos 5-åring.",
  must=["NL102"])

C("ped-lang-epikris-pneumoni-fastställd", "lund_barnavd", "2019-11-04",
  note("2024-02-14 12:30", "Epikris", ("Julia Ekström", "läkare"), [
      ("Inskrivningsorsak", "Feber och andningspåverkan."),
      ("Sammanfattning", "4-årig pojke, tidigare frisk, fullvaccinerad enligt programmet. Ingen känd astma eller tidigare pneumonier, inga syskon sjuka. Insjuknade med hosta och snuva för en vecka sedan, sedan tre dagar hög feber upp till 40 och tilltagande andningsbesvär. Vid ankomst till barnakuten 9/2 takypné 44/min, indragningar, SaO2 89 % på luft. Nedsatta andningsljud hö bas med krepitationer. CRP 212, LPK 21. Lungröntgen visade ett tätt lobärt infiltrat i höger underlob med liten pleuravätska."),
      ("Diagnos", "Lobär pneumoni i höger underlob (J18.1) med liten parapneumonisk pleuravätska."),
      ("Behandling", "Inlagd på barnavdelningen. Bensylpenicillin iv 50 mg/kg x 3, syrgas via grimma i 3 dygn. Pneumokockantigen i urin positivt. Feberfri från dag 3, CRP sjönk till 41. UL thorax dag 2: liten pleuravätska utan septering, ingen dränering behövdes. Övergång till amoxicillin per os dag 4, totalt 10 dagars behandling. Vikten var 17 kg vid inskrivning och 17,2 kg vid utskrivning, åt och drack bra sista två dygnen."),
      ("Information", "Föräldrarna har fått fortlöpande information under vårdtiden och vet vad de ska vara uppmärksamma på. De har fått skriftlig information om lunginflammation hos barn."),
      ("Uppföljning", "Återbesök på barnmottagningen om 6 veckor med ny lungröntgen, trol. i slutet av mars, kallelse skickas. Ev. tidigare om febern återkommer. Förskola tidigast om en vecka om han orkar."),
      ("Läkemedel vid utskrivning", "Amoxicillin mixtur 100 mg/ml, 5 ml x 3 t.o.m. 19/2. Alvedon vb."),
      ("Omvårdnad", "Åt och drack dåligt de två första dygnen och fick dropp ett dygn. Sov bättre från dag 3. Mamma sov över på avdelningen hela vårdtiden, syskonet 7 år är friskt."),
      ("Övrigt", "Inga kända allergier, inga läkemedel före insjuknandet. Vaccinerad enligt barnvaccinationsprogrammet inklusive pneumokockvaccin. LPK 9,8 och Hb 118 vid utskrivning, elektrolyter normala. Okomplicerat förlopp med god respons på behandlingen."),
      ("Till BVC", "Kopia av epikrisen till BVC Stångby för kännedom. Ingen åtgärd från BVC behövs utöver ordinarie kontroller. Föräldrarna tar själva kontakt med BVC-sjuksköterskan om de har frågor om kosten."),
  ], sig=120, setting="slutenvård"),
  "Lång epikris: fastställd pneumoni, informerade föräldrar, hedgar bara om återbesökstid.",
  must_not=["NL102", "NL101"])

# =====================================================================================
# NEUROLOGI
# =====================================================================================
C("neu-trol-demyeliniserande-dd-ms-nmosd", "malmo_neuro", "1991-06-02",
  note("2024-01-30 14:20", "Läkaranteckning", ("Tove Rydberg", "läkare"), [
      ("Bedömning", "Domningar från navelnivå och nedåt i båda benen sedan 3 v, Lhermittes tecken positivt. MR halsrygg: intramedullär lesion C4, ett segment. Trol. demyeliniserande sjukdom, DD MS vs NMOSD. MR hjärna, LP och aquaporin-4-antikroppar beställda."),
  ]),
  "Trol. demyeliniserande sjukdom med DD i synlig text.",
  must=["NL102"])

C("neu-talar-for-als-ej-berattat", "su_neuro", "1960-02-08",
  note("2024-02-26 16:15", "Läkaranteckning", ("Mikael Öberg", "läkare"), [
      ("Bedömning", "EMG: utbredd akut och kronisk denervation i tre regioner (bulbärt, cervikalt, lumbalt). Bilden talar starkt för ALS. Ej berättat för pat än, hon kom ensam och har uttryckligen bett att dottern ska vara med när svaren gås igenom. Nytt besök nästa torsdag."),
  ]),
  "Hedgad ALS i synlig text och texten säger att pat inte fått veta.",
  must=["NL101", "NL102"])

C("neu-parkinson-besked-barnen-ej-informerade", "malmo_neuro", "1952-04-29",
  note("2024-03-20 13:50", "Läkaranteckning", ("Tove Rydberg", "läkare"), [
      ("Bedömning", "DaTscan visar nedsatt upptag i putamen bilat, vä > hö. Besked om Parkinsons sjukdom givet idag. Pat vill själv berätta för sina vuxna barn, de är ännu ej informerade. Levodopa/benserazid insätts, PD-sköterska kontaktar."),
  ]),
  "Pat har fått besked; det är de vuxna barnen som inte informerats.",
  must_not=["NL101", "NL102"])

C("neu-trol-ischemisk-stroke-trombolys", "hbg_stroke", "1947-08-03",
  note("2024-04-11 15:25", "Akutanteckning", ("Samuel Isaksson", "läkare"), [
      ("Bedömning", "Plötslig afasi och högersidig facialispares kl 14.10, NIHSS 6. DT hjärna utan blödning, DT-angio utan ocklusion. Trol. ischemisk stroke i vä MCA-området. Trombolys given kl 14.58."),
  ], setting="akut"),
  "Trol. ischemisk stroke i synlig text.",
  must=["NL102"])

C("neu-migran-aura-ingen-misstanke-tia", "kungalv_stroke", "1987-10-16",
  note("2024-05-07 18:30", "Läkaranteckning", ("Hanna Blom", "läkare"), [
      ("Bedömning", "DT hjärna utan blödning eller infarkt, MR diffusion utan färsk ischemi. Flimmerskotomet och den efterföljande huvudvärken motsvarar hennes vanliga migrän med aura, känd sedan tonåren. Ingen misstanke om TIA. Hem, ingen sekundärprevention."),
  ], setting="akut"),
  "Negerad TIA, känd migrän.",
  must_not=["NL102"])

C("neu-fokal-epilepsi-kan-ej-uteslutas-forsta-anfall", "malmo_neuro", "1986-12-22",
  note("2024-06-04 10:45", "Läkaranteckning", ("Jakob Wennberg", "läkare"), [
      ("Bedömning", "Första generaliserade anfall i sömnen, partnern såg ryckningar i 2 min. MR hjärna ua. EEG: fokala skarpa vågor vä temporalt. Fokal epilepsi kan ej uteslutas, men efter ett enda anfall avvaktar vi med behandling. Körförbud 6 mån informerat."),
  ]),
  "Fokal epilepsi 'kan ej uteslutas' i synlig text.",
  must=["NL102"])

C("neu-epilepsi-sannolikt-effekt-dosokning", "su_neuro", "1978-01-27",
  note("2024-07-11 14:10", "Läkaranteckning", ("Mikael Öberg", "läkare"), [
      ("Bedömning", "Fokal epilepsi, diagnos fastställd 2022 med MR och EEG. Levetiracetam 500 mg x 2. Anfallsfri sedan 4 mån, sannolikt effekt av dosökningen i vintras. Lindrig humörbiverkan. Oförändrad behandling."),
  ]),
  "'Sannolikt' gäller läkemedelseffekt; epilepsin är fastställd.",
  must_not=["NL102"])

C("neu-trol-parkisons-typo", "hbg_neuro", "1955-05-11",
  note("2024-08-07 11:20", "Läkaranteckning", ("Samuel Isaksson", "läkare"), [
      ("Bedömning", "Vilotremor hö hand sedan 1 år, rigiditet i hö arm, bradykinesi vid fingertapping. Trol. Parkisons sjukdom. DaTscan beställd."),
  ]),
  "Trol. + felstavat 'Parkisons' (typo).",
  must=["NL102"])

C("neu-minne-mor-alzheimer-morfar-trol-demens", "malmo_minne", "1962-09-30",
  note("2024-09-02 09:35", "Läkaranteckning", ("Agneta Rosén", "läkare"), [
      ("Hereditet", "Mor hade Alzheimers sjukdom från 70 års ålder. Morfar trol. också dement, pat minns inte säkert."),
      ("Bedömning", "MMT 29/30, klocktest ua, kognitivt intakt. Oro pga hereditet. Ingen utredningsindikation nu, åter vid symtom."),
  ]),
  "Hedgad diagnos gäller morfadern; pat kognitivt intakt.",
  must_not=["NL102"])

C("neu-sannolikt-alzheimer-mojligen-blandbild", "mol_minne", "1949-03-06",
  note("2024-10-09 13:40", "Läkaranteckning", ("Birgitta Sandell", "läkare"), [
      ("Bedömning", "Minnesstörning sedan 2 år enligt maken, tappar bort saker, hittar inte i nya miljöer. MoCA 21/30. MR: hippocampusatrofi + måttliga vitsubstansförändringar. Sannolikt Alzheimers sjukdom, möjligen blandbild med vaskulär komponent. LP för biomarkörer."),
  ]),
  "Sannolikt/möjligen om demenstyp i synlig text.",
  must=["NL102"])

C("neu-misstankt-iih-papillodem", "lund_neuro", "1996-11-15",
  note("2024-10-28 15:05", "Läkaranteckning", ("Jakob Wennberg", "läkare"), [
      ("Bedömning", "Huvudvärk 3 mån, värre på morgonen, pulsationssynkront sus. Papillödem bilat vid ögonbottenfoto. BMI 36. MR + MRV ua. Misstänkt idiopatisk intrakraniell hypertension, LP med tryckmätning nästa vecka."),
  ], sig=None),
  "Misstänkt IIH i synlig text.",
  must=["NL102"])

C("neu-tidigare-misstankt-myastenia-avskriven-karpaltunnel", "su_neuro", "1970-07-21",
  note("2024-11-18 10:30", "Läkaranteckning", ("Hanna Blom", "läkare"), [
      ("Tidigare", "Utreddes 2017 för misstänkt myastenia gravis pga dubbelseende, AChR-ak negativa och neurografi normal, avskrevs."),
      ("Aktuellt", "Domningar dig I-III vä, värst nattetid."),
      ("Bedömning", "Neurografi idag: förlångsammad sensorisk ledning över karpaltunneln vä. Karpaltunnelsyndrom vä, remiss handkirurgen."),
  ]),
  "Misstanke i tidigare sjukhistoria som avskrevs; aktuell diagnos fastställd.",
  must_not=["NL102"])

C("neu-ms-skov-vill-ej-diskutera-prognos", "lund_neuro", "1989-02-13",
  note("2024-12-11 14:40", "Läkaranteckning", ("Tove Rydberg", "läkare"), [
      ("Bedömning", "MS, skovvis förlöpande, diagnos sedan 2021. Nytt skov med synnedsättning vä öga sedan 5 dgr. Pat vill inte diskutera prognos eller framtida funktionsnivå idag, det respekteras. Solu-Medrol 1 g x 3."),
  ]),
  "Pat känner till sin diagnos; det är prognosen hon avböjer att diskutera.",
  must_not=["NL101", "NL102"])

C("neu-misstankt-guillain-barre", "su_akut", "1968-04-24",
  note("2024-03-03 22:05", "Akutanteckning", ("Mikael Öberg", "läkare"), [
      ("Bedömning", "Stigande svaghet i benen 4 dgr, areflexi, gastroenterit för 2 v sedan. Misstänkt Guillain-Barrés syndrom, LP + neurografi, vitalkapacitet x4."),
  ], setting="akut"),
  "Misstänkt GBS i synlig akutanteckning.",
  must=["NL102"])

C("neu-lang-nybesok-fokala-anfall-tumor-kan-ej-uteslutas", "lund_neuro", "1972-05-19",
  note("2024-04-29 11:30", "Läkaranteckning", ("Jakob Wennberg", "läkare"), [
      ("Kontaktorsak", "Remiss från vårdcentral pga episoder av ryckningar i höger arm."),
      ("Anamnes", "52-årig högerhänt man, lärare. Sedan ca 4 månader återkommande episoder där höger hand och underarm rycker rytmiskt i 30-60 sekunder, vid medvetande hela tiden, kan prata under attacken. Efteråt svag i handen i någon timme. Fem episoder hittills, senast i förrgår. Ingen tungbitning, ingen urinavgång. Under samma period smygande huvudvärk på morgonen och frun tycker han blivit mer glömsk och lättirriterad. Ingen feber, ingen viktnedgång."),
      ("Tidigare sjukdomar", "Hypertoni. Njursten 2015. Inget tidigare skalltrauma eller CNS-infektion."),
      ("Läkemedel", "Amlodipin 5 mg."),
      ("Tidigare utredning", "Vårdcentralen tog blodprover i mars: Hb, elektrolyter, leverstatus, TSH och B12 normala. Ingen DT hjärna gjord."),
      ("Egen beskrivning", "Han beskriver att det börjar med en stickande känsla i tummen som sprider sig uppåt armen innan ryckningarna kommer. Han har försökt hålla emot med andra handen utan att lyckas."),
      ("Hereditet", "Far stroke vid 70. Inga kända epilepsier eller hjärntumörer i släkten."),
      ("Socialt", "Gift, två vuxna barn. Kör bil dagligen till jobbet. Röker ej. Alkohol måttligt."),
      ("Arbete", "Lärare på högstadiet, heltid. Ett av anfallen kom under en lektion och eleverna blev rädda; rektorn har fått veta av pat själv. Han vill fortsätta arbeta tills MR är gjord, sjukskrivning erbjuden."),
      ("Anfallsbeskrivning frun", "Frun har sett två av episoderna. Hon beskriver att handen först stelnar och sedan rycker allt snabbare, att ansiktet inte är påverkat och att han svarar på tilltal hela tiden. Efteråt är han trött men klar."),
      ("Status", "Vaken, orienterad. Lätt nedsatt finmotorik hö hand, pronatordrift hö. Reflexer livligare hö. Kranialnerver ua, ögonbotten utan papillstas. Gång ua."),
      ("Bedömning", "Fokala motoriska anfall från vänster hemisfär. Tillsammans med morgonhuvudvärk och kognitiv förändring är en expansiv process vä frontalt trolig, tumör kan inte uteslutas. Differentialdiagnostiskt vaskulär malformation eller inflammatorisk process."),
      ("Åtgärd", "MR hjärna med kontrast akut, helst inom 48 h. Levetiracetam 250 mg x 2, upptrappning till 500 mg x 2 efter en vecka. Informerad om körförbud enligt Transportstyrelsens föreskrifter, pat förstår."),
      ("Planering", "Återbesök efter MR, tid bokas av sekreterare. Kontakt med neurologjour vid förlängt anfall eller nytillkommen svaghet."),
  ], sig=90),
  "Lång nybesöksanteckning: trolig expansiv process, tumör kan inte uteslutas, DD i Bedömning.",
  must=["NL102"])

C("neu-forenlig-med-ms-pat-informerad-om-misstanken", "su_neuro", "1993-08-09",
  note("2024-06-18 15:55", "Läkaranteckning", ("Hanna Blom", "läkare"), [
      ("Bedömning", "MR hjärna + halsrygg: sex T2-lesioner periventrikulärt och juxtakortikalt, förenligt med MS. LP inväntas. Pat informerad om att MS är den mest sannolika förklaringen och om nästa steg i utredningen."),
  ]),
  "Hedgad diagnos men pat informerad om misstanken: NL101 kan inte gälla.",
  must_not=["NL101"])

# =====================================================================================
# PRIMÄRVÅRD (PMO i Skåne, närakut/medicinmottagning i VGR)
# =====================================================================================
C("pc-pmo-trol-pneumoni-dd-bronkit", "vc_linero", "1958-07-04",
  note("2024-01-08 10:50", "Besöksanteckning", ("Ulrika Sjöstrand", "läkare"), [
      ("Bedömning", "Hosta 3 v, feber initialt, nu trött. Rassel hö basalt, CRP 64. Trol. pneumoni hö, DD protraherad bronkit. Doxyferm 10 dgr, rtg pulm om ej bättre."),
  ]),
  "PMO visar inga diagnoser: hedgad pneumoni i PMO är inte NL102.",
  must_not=["NL102"])

C("pc-pmo-ssk-misstankt-hypotyreos", "vc_tabelund", "1970-10-22",
  note("2024-02-13 08:25", "Telefonanteckning", ("Lisa Hermansson", "sjuksköterska"), [
      ("Aktuellt", "Trött sedan i höstas, fryser, torr hud, gått upp 4 kg. Misstänkt hypotyreos, TSH och fritt T4 bokat imorgon."),
  ]),
  "PMO: misstänkt hypotyreos syns inte för patienten.",
  must_not=["NL102"])

C("pc-pmo-ev-erythema-migrans", "vc_bara", "1965-06-27",
  note("2024-06-10 14:30", "Besöksanteckning", ("Niklas Roth", "läkare"), [
      ("Bedömning", "Ringformat utslag vä lår 8 cm med central blekhet, fästingbett för 2 v sedan. Ev. erythema migrans. PcV 1 g x 3 i 10 dgr."),
  ]),
  "PMO: ev. erythema migrans är inte NL102.",
  must_not=["NL102"])

C("pc-pmo-angina-kan-ej-uteslutas", "vc_ljungbyhed", "1961-11-05",
  note("2024-03-19 11:15", "Besöksanteckning", ("Per Adolfsson", "läkare"), [
      ("Bedömning", "Tryck i bröstet vid uppförsbacke, släpper i vila. EKG sinusrytm, ua. Angina pectoris kan ej uteslutas, remiss arbetsprov. Nitroglycerin sublingualt vb."),
  ]),
  "PMO: hedgad angina syns inte, inte NL102.",
  must_not=["NL102"])

C("pc-pmo-hemsjukvard-susp-uvi", "hsv_hoor", "1936-02-17",
  note("2024-04-16 13:05", "Sjuksköterskeanteckning", ("Anneli Karlsson", "sjuksköterska"), [
      ("Aktuellt", "Förvirrad sedan igår enl hemtjänsten, illaluktande urin. Susp. UVI, U-odling tagen, läkare kontaktad."),
  ], sig=None),
  "PMO hemsjukvård: susp. UVI är inte NL102 (osignerat utkast).",
  must_not=["NL102"])

C("pc-pmo-ungdomsmottagning-misstankt-klamydia", "um_trelleborg", "2007-03-31",
  note("2024-05-23 15:40", "Besöksanteckning", ("Moa Lindgren", "barnmorska"), [
      ("Aktuellt", "Sveda vid miktion, ny partner sedan en månad. Misstänkt klamydia, provtagning idag, svar via 1177."),
  ]),
  "PMO ungdomsmottagning: hedgad diagnos syns inte.",
  must_not=["NL102"])

C("pc-narakut-trol-erysiplas-dd-dvt-typo", "kungalv_narakut", "1955-09-19",
  note("2024-07-29 12:45", "Akutanteckning", ("Erik Vikström", "läkare"), [
      ("Bedömning", "Rodnad, värme och svullnad vä underben sedan 2 dgr, feber 38,3. Skarp gräns. Trol. erysiplas, DD DVT, D-dimer tas, Heracillin insatt."),
  ], setting="akut"),
  "Melior närakut: trol. + felstavat 'erysiplas' (typo) med DD DVT.",
  must=["NL102"])

C("pc-narakut-erysipelas-dvt-utesluten", "als_narakut", "1953-12-06",
  note("2024-08-01 10:10", "Mottagningsanteckning", ("Elsa Magnusson", "läkare"), [
      ("Bedömning", "Återbesök efter 2 dgr: rodnaden har minskat innanför markeringen, feberfri. D-dimer <0,3 i förrgår, DVT utesluten. Erysipelas vä underben, fortsätter Heracillin totalt 10 dgr."),
  ]),
  "Utesluten DVT och fastställd erysipelas.",
  must_not=["NL102"])

C("pc-pmo-mojlig-depression-phq9", "vc_linero", "1994-04-12",
  note("2024-09-24 16:20", "Besöksanteckning", ("Ulrika Sjöstrand", "läkare"), [
      ("Bedömning", "Nedstämd, sover dåligt, orkar inte jobbet sedan 2 mån. PHQ-9 16. Möjlig depression, samtal med psykosocialt team, återbesök 2 v."),
  ]),
  "PMO: möjlig depression är inte NL102.",
  must_not=["NL102"])

C("pc-narakut-trol-tubarkatarr", "kungalv_narakut", "1999-07-13",
  note("2024-09-30 19:05", "Akutanteckning", ("Erik Vikström", "läkare"), [
      ("Bedömning", "Ont i hö öra + lockkänsla efter flygresa igår. Trumhinnan indragen, ingen rodnad, ingen vätska. Trol. barotrauma med tubarkatarr. Nässpray, Valsalva-övningar."),
  ], setting="akut"),
  "Trol. barotrauma/tubarkatarr på Melior-närakut.",
  must=["NL102"])

C("pc-med-misstankt-sompnapne", "frol_med", "1966-08-26",
  note("2024-10-15 13:25", "Mottagningsanteckning", ("Ingemar Falk", "läkare"), [
      ("Bedömning", "Snarkning, dagtrötthet ESS 15, svårbehandlad hypertoni. Misstänkt obstruktivt sömnapnésyndrom, polygrafi hemma."),
  ]),
  "Misstänkt sömnapnésyndrom i synlig text.",
  must=["NL102"])

C("pc-med-polygrafi-normal-inget-somnapne", "frol_med", "1972-02-04",
  note("2024-11-26 09:50", "Mottagningsanteckning", ("Ingemar Falk", "läkare"), [
      ("Bedömning", "Polygrafi: AHI 4, inget sömnapnésyndrom. Dagtröttheten förklaras av kort sömn, 5 h/natt. Sömnhygienråd, ingen uppföljning."),
  ]),
  "Normalt utfall, negerat sömnapnésyndrom.",
  must_not=["NL102"])

# =====================================================================================
# AKUTMOTTAGNING
# =====================================================================================
C("akut-trol-nstemi", "lund_akut", "1956-03-14",
  note("2024-01-21 05:30", "Akutanteckning", ("Johanna Berg", "läkare"), [
      ("Bedömning", "Bröstsmärta sedan 3 h, tryckande, strålar ut i vä arm. EKG: ST-sänkningar V4-V6. hs-TnT 38 → 64 ng/L efter 1 h. Trol. NSTEMI. Trombyl + Brilique, inläggning HIA, koronarangiografi imorgon."),
  ], setting="akut"),
  "Trol. NSTEMI i synlig akutanteckning.",
  must=["NL102"])

C("akut-fragetecken-lungemboli", "su_akut", "1982-06-20",
  note("2024-02-09 13:55", "Akutanteckning", ("Oskar Lind", "läkare"), [
      ("Bedömning", "Dyspné sedan 2 dgr, vadsvullnad vä efter långflyg från Thailand. Puls 112, SaO2 92 %. D-dimer 2,8. ? Lungemboli, DT lungartärer akut, Fragmin given."),
  ], setting="akut"),
  "'? Lungemboli' i synlig text.",
  must=["NL102"])

C("akut-lungemboli-utesluten-troponin-normalt", "su_akut", "1977-10-01",
  note("2024-03-27 01:15", "Akutanteckning", ("Oskar Lind", "läkare"), [
      ("Bedömning", "DT lungartärer: inga embolier. Lungemboli utesluten. hs-TnT x2 normala, EKG ua. Bröstsmärtan lindras av Ipren, ingen akut sjukdom påvisad. Hem, åter vid försämring."),
  ], setting="akut"),
  "Utesluten lungemboli, normala prover.",
  must_not=["NL102"])

C("akut-misstankt-bakteriell-meningit", "malmo_akut", "1948-12-28",
  note("2024-04-04 03:50", "Akutanteckning", ("Erik Sandberg", "läkare"), [
      ("Bedömning", "Förvirrad, temp 38,9, huvudvärk sedan igår enl sambo. Nackstyvhet? Misstänkt bakteriell meningit, blododlingar, Betapred + Meronem + ampicillin ges direkt, DT hjärna inför LP."),
  ], sig=None, setting="akut"),
  "Misstänkt meningit i synlig akutanteckning (osignerat utkast).",
  must=["NL102"])

C("akut-forsmaksflimmer-osaker-sista-dos", "malmo_akut", "1951-04-09",
  note("2024-05-16 17:40", "Akutanteckning", ("Nadia Haddad", "läkare"), [
      ("Bedömning", "Hjärtklappning sedan 5 h. EKG: förmaksflimmer med kammarfrekvens 140. Känt paroxysmalt förmaksflimmer sedan 2020, Eliquis 5 mg x 2. Pat vet inte säkert när hon tog senaste dosen, sannolikt igår kväll. Elkonverterad till sinusrytm efter att Metoprolol inte hade effekt. Hem."),
  ], setting="akut"),
  "'Sannolikt' gäller tidpunkt för läkemedelsdos; diagnosen är känd.",
  must_not=["NL102"])

C("akut-urosepsis-trol-dd-kolangit", "sas_akut", "1943-07-31",
  note("2024-06-14 09:35", "Akutanteckning", ("Filip Gustafsson", "läkare"), [
      ("Bedömning", "Frossa, feber 39,6, BT 88/52, laktat 4,1. Urosepsis trol., DD kolangit då ALP och bilirubin lätt förhöjda. Blododlingar x2, Tazocin, 2 L Ringer. IMA-konsult."),
  ], setting="akut"),
  "Efterställt 'trol.' och DD i synlig text.",
  must=["NL102"])

C("akut-hints-central-cerebellar-infarkt", "su_akut", "1958-01-12",
  note("2024-07-19 20:40", "Akutanteckning", ("Linda Hjalmarsson", "läkare"), [
      ("Bedömning", "Akut yrsel sedan 3 h, kan inte gå, kräks. Riktningsväxlande nystagmus, head impulse test normalt, skew deviation +. HINTS inger misstanke om central genes, cerebellär infarkt? MR akut, neurologjour kontaktad."),
  ], setting="akut"),
  "'Inger misstanke om' och frågetecken efter cerebellär infarkt.",
  must=["NL102"])

C("akut-bppv-fastställd-epley", "lund_akut", "1964-09-07",
  note("2024-08-09 11:25", "Akutanteckning", ("Johanna Berg", "läkare"), [
      ("Bedömning", "Yrsel vid huvudvridning, varar < 1 min. HINTS perifert mönster, Dix-Hallpike positiv hö med torsionell nystagmus. Diagnos: BPPV, bakre båggången hö. Epleys manöver med god effekt, hem med övningar."),
  ], setting="akut"),
  "Fastställd BPPV, inget hedgat.",
  must_not=["NL102"])

C("akut-skalltrauma-waran-ingen-misstanke", "nal_akut", "1939-11-20",
  note("2024-01-31 15:00", "Akutanteckning", ("Viktor Axelsson", "läkare"), [
      ("Bedömning", "Skalltrauma efter halka på isen, Waranbehandlad. DT hjärna utan blödning eller fraktur. Ingen misstanke om intrakraniell skada. Hem med anhörig, skriftliga råd."),
  ], setting="akut"),
  "Negerad intrakraniell skada med normal DT.",
  must_not=["NL102"])

C("akut-ockult-collumfraktur-kan-inte-uteslutas", "lund_akut", "1936-05-26",
  note("2024-09-21 16:35", "Akutanteckning", ("Anna-Karin Sundin", "läkare"), [
      ("Bedömning", "88-årig kvinna, kan inte belasta vä ben efter fall. Rtg vä höft + bäcken: ingen säker fraktur. Ockult collumfraktur kan inte uteslutas, MR höft ikväll, avlastning tills svar."),
  ], setting="akut"),
  "Ockult collumfraktur 'kan inte uteslutas' trots normal rtg.",
  must=["NL102"])

C("akut-paracetamol-osaker-mangd", "malmo_akut", "1986-06-15",
  note("2024-10-19 08:05", "Akutanteckning", ("Erik Sandberg", "läkare"), [
      ("Bedömning", "Tog under natten extra Alvedon mot tandvärk, trol. 10-12 tabletter à 500 mg, osäker exakt antal. Ingen avsikt att skada sig. P-paracetamol 4 h efter intag <100 µmol/L, under behandlingslinjen. Ingen behandling behövs, remiss tandakuten."),
  ], setting="akut"),
  "'Trol.' gäller antal tabletter, inte en diagnos.",
  must_not=["NL102"])

C("akut-trolgien-njursten-typo", "sas_akut", "1984-08-18",
  note("2024-11-13 22:50", "Akutanteckning", ("Filip Gustafsson", "läkare"), [
      ("Bedömning", "Plötslig kolikartad smärta hö flank som strålar mot ljumsken, mikroskopisk hematuri. Trolgien njursten hö, DT-urografi. Voltaren supp."),
  ], setting="akut"),
  "Felstavat 'Trolgien' (typo) framför njursten.",
  must=["NL102"])

C("akut-angioodem-ace-trol-dd-allergi", "lund_akut", "1959-10-29",
  note("2024-12-14 14:25", "Akutanteckning", ("Anna-Karin Sundin", "läkare"), [
      ("Bedömning", "Svullna läppar och tunga, enalapril sedan 3 v. Ingen urtikaria, ingen klåda. ACE-hämmarutlöst angioödem trol., DD allergisk reaktion. Betapred + Aerius, enalapril sätts ut, observation 4 h."),
  ], setting="akut"),
  "Efterställt 'trol.' med DD i synlig text.",
  must=["NL102"])

C("akut-lang-synkope-fastställd-hedgar-om-lakemedel", "sas_akut", "1957-02-23",
  note("2024-03-09 16:40", "Akutanteckning", ("Filip Gustafsson", "läkare"), [
      ("Kontaktorsak", "Svimning i affären."),
      ("Anamnes", "67-årig man som svimmade i kassakön på ICA i förmiddags. Enligt hustrun, som var med, blev han blek och svettig, sjönk ihop och var borta kanske 20 sekunder, sedan snabbt klar. Inga ryckningar, ingen tungbitning, ingen urinavgång. Han hade stått still länge och inte ätit frukost. Inga bröstsmärtor eller hjärtklappning innan. Liknande episod en gång i 30-årsåldern i samband med blodprovstagning."),
      ("Tidigare sjukdomar", "Hypertoni sedan 10 år. Prostatabesvär. Ingen känd hjärtsjukdom."),
      ("Socialt", "Gift, bor i villa i Ulricehamn. Pensionerad lantbrukare, kör bil. Slutade röka 1995, alkohol 1-2 glas vin i veckan."),
      ("Läkemedel", "Enalapril 10 mg, Tamsulosin 0,4 mg som insattes för 3 veckor sedan. Osäkert hur regelbundet han tar tamsulosinen, han tycker inte den hjälper."),
      ("Status", "AT: opåverkad, pratar obehindrat. BT liggande 128/76, stående efter 3 min 104/68 med yrsel. Puls 72 reg. Cor: regelbunden, inga biljud. Pulm ua. Neurologiskt: inga fokala bortfall. Ingen skada efter fallet."),
      ("Lab", "Hb 142, Na 139, K 4,0, krea 88, P-glukos 6,2, hs-TnT 9."),
      ("EKG", "Sinusrytm 70, PQ 0,16, QRS smal, QTc 418. Inga tecken på ischemi eller överledningshinder."),
      ("Telemetri", "4 h utan arytmier."),
      ("Ortostatiskt prov", "Upprepat efter 1 L Ringer: 124/74 liggande, 118/72 stående, inga symtom."),
      ("Förlopp på akuten", "Legat på britsen i fyra timmar, ätit smörgås och druckit, mått bra hela tiden. Har gått i korridoren utan yrsel. Hustrun har suttit med hela tiden."),
      ("Bedömning", "Reflexsynkope (vasovagal) i kombination med ortostatism förstärkt av nyinsatt tamsulosin. Inga tecken på kardiell synkope, ingen misstanke om anfall eller stroke. Låg risk enligt San Francisco-kriterierna."),
      ("Åtgärd", "Tamsulosin sätts ut, receptet makuleras. Råd om vätska, salt och att sätta sig ned vid förkänning."),
      ("Planering", "Hem med hustrun. Uppföljning på vårdcentralen om 2-3 veckor för blodtryck och prostatabesvär, trol. behövs annat läkemedel. Åter vid nya svimningar, bröstsmärta eller hjärtklappning."),
      ("Information", "Pat och hustrun informerade om bedömningen och om att svimningen inte beror på hjärtat. Avrådd från bilkörning resten av dagen. Hustrun fick råd om vad hon ska göra om han svimmar igen."),
  ], sig=60, setting="akut"),
  "Lång akutanteckning: fastställd synkope, negerade differentialdiagnoser, hedgar bara om följsamhet och behandling.",
  must_not=["NL102", "NL101"])

C("akut-njurtumor-bild-som-vid-cancer-ej-informerad", "su_akut", "1954-12-05",
  note("2024-05-27 18:10", "Akutanteckning", ("Linda Hjalmarsson", "läkare"), [
      ("Bedömning", "DT buk (flanksmärta): 6 cm solid tumör i vä njure, bild som vid njurcancer. Pat ej informerad om fyndet, undertecknad anser att urologen bör ta beskedet; remiss med förtur till urologmottagningen. Hem med Oxynorm vb."),
  ], setting="akut"),
  "'Bild som vid' njurcancer i synlig text och pat uttryckligen ej informerad.",
  must=["NL101", "NL102"])

# =====================================================================================
# ONKOLOGI / HEMATOLOGI
# =====================================================================================
C("onk-misstankt-levermetastas-uppfoljning", "lund_onk", "1961-01-03",
  note("2024-01-12 13:10", "Läkaranteckning", ("Åsa Gunnarsson", "läkare"), [
      ("Bedömning", "Koloncancer op 2022 (pT3N1), adjuvant CAPOX avslutad. Uppföljnings-DT: ny 12 mm förändring i levern segment 6, fanns ej i oktober. Misstänkt levermetastas. MR lever med leverspecifikt kontrastmedel, MDK efter svar."),
  ]),
  "Misstänkt metastas hos pat med känd cancer i synlig text.",
  must=["NL102"])

C("onk-brostcancer-behandlingsplan-informerad", "su_onk", "1970-05-28",
  note("2024-02-06 10:35", "Läkaranteckning", ("Cecilia Hedin", "läkare"), [
      ("Bedömning", "Bröstcancer vä, T2N1M0, ER-positiv, HER2-negativ, Ki67 35 %. Pat informerad om behandlingsplanen: neoadjuvant cytostatika (EC följt av paklitaxel), sedan op och strålning. Hon har funderat sedan beskedet på bröstmottagningen och accepterar."),
  ]),
  "Fastställd cancer, pat informerad.",
  must_not=["NL101", "NL102"])

C("onk-prostatacancer-kur-trol-v18", "lund_onk", "1950-08-21",
  note("2024-04-19 11:50", "Telefonanteckning", ("Åsa Gunnarsson", "läkare"), [
      ("Aktuellt", "Prostatacancer med skelettmetastaser, docetaxel kur 3 given. Neutrofiler 0,9 idag, kur 4 skjuts en vecka, trol. start v. 18 om värdena hämtat sig. Pat informerad per telefon."),
  ]),
  "'Trol.' gäller behandlingsstart; diagnosen är fastställd.",
  must_not=["NL102", "NL101"])

C("onk-trol-pankreascancer-ej-informerad", "lund_onk", "1957-03-17",
  note("2024-05-03 16:25", "Läkaranteckning", ("Martin Engström", "läkare"), [
      ("Bedömning", "DT thorax/buk (utredning av ikterus): multipla levermetastaser, 4 cm lågattenuerande process i pankreashuvudet. Trol. pankreascancer med levermetastasering. Pat ej informerad ännu, besked ges av ansvarig onkolog på tisdag när PAD från leverbiopsin finns; han vet att DT visade förändringar som måste utredas."),
  ]),
  "Trol. pankreascancer i synlig text och pat uttryckligen ej informerad.",
  must=["NL101", "NL102"])

C("onk-melanom-sannolikt-god-effekt-immunterapi", "su_onk", "1963-11-30",
  note("2024-06-21 09:05", "Läkaranteckning", ("Cecilia Hedin", "läkare"), [
      ("Bedömning", "Malignt melanom stadium IV, pembrolizumab kur 6. Sannolikt god effekt av immunterapin: LD sjunkande och lymfkörteln i axillen mindre palpatoriskt. Utvärderings-DT om 3 v. Inga biverkningar."),
  ]),
  "'Sannolikt' gäller behandlingseffekt; diagnosen är fastställd.",
  must_not=["NL102"])

C("onk-trol-recidiv-mediastinum", "lund_onk", "1953-06-01",
  note("2024-07-24 14:15", "Läkaranteckning", ("Martin Engström", "läkare"), [
      ("Bedömning", "Lungcancer (adenokarcinom) strålbehandlad 2022. Nu tilltagande heshet och torrhosta sedan 6 v. Trol. recidiv i mediastinum med recurrenspåverkan. PET-DT och ÖNH-undersökning."),
  ]),
  "Trol. recidiv i synlig text.",
  must=["NL102"])

C("onk-progress-informerad-hustrun-ej", "su_onk", "1947-09-25",
  note("2024-08-29 15:45", "Läkaranteckning", ("Cecilia Hedin", "läkare"), [
      ("Bedömning", "PET-DT: progress av lungcancern med nya lungmetastaser bilat. Pat informerad idag om progressen och om att andra linjens behandling erbjuds. Han önskar att hustrun inte får veta förrän efter barnbarnets dop på lördag, vi respekterar det."),
  ]),
  "Pat informerad; det är hustrun som inte ska informeras än.",
  must_not=["NL101", "NL102"])

C("onk-progress-skelettmetastaser-ej-informerad", "lund_onk", "1958-02-10",
  note("2024-05-06 12:40", "Läkaranteckning", ("Åsa Gunnarsson", "läkare"), [
      ("Bedömning", "PET-DT 3/5: progress med nya skelettmetastaser i bäckenet och kotorna Th8 och L2. Pat ej informerad, besked ges vid läkarbesök hos ansvarig onkolog 14/5 enligt hans önskemål om att få svar personligen. Smärtlindring oförändrad."),
  ]),
  "Fastställd progress i synlig text och pat uttryckligen ej informerad.",
  must=["NL101"], must_not=["NL102"])

C("onk-misstankt-lymfom-dd-metastas", "lund_hem", "1979-04-14",
  note("2024-09-16 10:10", "Läkaranteckning", ("Peter Lundmark", "läkare"), [
      ("Bedömning", "Palpabel 3 cm körtel vä supraklavikulärt sedan 6 v, nattsvettningar. LD förhöjt. Misstänkt lymfom, DD metastas. Excisionsbiopsi beställd."),
  ], sig=None),
  "Misstänkt lymfom med DD i synlig text.",
  must=["NL102"])

C("onk-tidigare-misstankt-recidiv-pet-benign", "su_onk", "1966-10-07",
  note("2024-10-23 13:30", "Mottagningsanteckning", ("Cecilia Hedin", "läkare"), [
      ("Bedömning", "Kontroll 5 år efter behandlad livmoderhalscancer. År 2021 misstänktes recidiv på DT, men PET visade inflammatorisk förändring och ingen malignitet. Sedan dess fortsatt recidivfri. Klinisk undersökning ua. Avslutas från onkologen."),
  ]),
  "Misstanken gäller 2021 och avskrevs; aktuellt recidivfri.",
  must_not=["NL102"])

C("onk-mds-fragetecken-efter-cytostatika", "sas_hem", "1955-12-19",
  note("2024-11-07 11:40", "Läkaranteckning", ("Lena Backman", "läkare"), [
      ("Bedömning", "Pancytopeni 4 mån efter avslutad cytostatika för bröstcancer. Hb 88, TPK 62, neutrofiler 1,1. Kvarstående benmärgspåverkan av cytostatika? Eller behandlingsrelaterat MDS? Benmärgsprov planeras."),
  ]),
  "Frågetecken om MDS i synlig text.",
  must=["NL102"])

C("onk-misstankt-myelom", "lund_hem", "1949-07-08",
  note("2024-12-05 14:55", "Läkaranteckning", ("Peter Lundmark", "läkare"), [
      ("Bedömning", "M-komponent IgG 28 g/L, kalcium 2,9, krea 142, Hb 96. Misstänkt myelom. Benmärgsbiopsi, lågdos-DT helkropp, fria lätta kedjor."),
  ], sig=None),
  "Misstänkt myelom i synlig text (osignerat utkast).",
  must=["NL102"])

C("onk-aml-ej-infomerad-typo", "lund_hem", "1968-09-03",
  note("2024-03-21 16:50", "Läkaranteckning", ("Peter Lundmark", "läkare"), [
      ("Bedömning", "Benmärgsbiopsi: akut myeloisk leukemi, 45 % blaster. Pat ej infomerad ännu, hematologen ringer henne ikväll och bokar in henne imorgon."),
  ]),
  "Fastställd AML i synlig text, felstavat 'infomerad' (typo) om att pat ej vet.",
  must=["NL101"], must_not=["NL102"])

C("onk-njurcancer-metastas-trol-hoft", "su_onk", "1951-02-14",
  note("2024-04-26 10:20", "Läkaranteckning", ("Johan Sellberg", "läkare"), [
      ("Bedömning", "Smärta hö höft hos pat med känd njurcancer. Skelettscint: upptag i trochanter major hö. Metastas trol., DT höft för att värdera frakturrisk."),
  ]),
  "Efterställt 'trol.' om metastas i synlig text.",
  must=["NL102"])

C("onk-neuropati-mojligen-forvarrad", "lund_onk", "1964-06-22",
  note("2024-07-08 09:30", "Sjuksköterskeanteckning", ("Lotta Wernersson", "sjuksköterska"), [
      ("Aktuellt", "Koloncancer, adjuvant CAPOX kur 5. Neuropati grad 1 efter oxaliplatin, möjligen något förvärrad sedan förra kuren. Läkare kontaktad: dosreduktion 20 %."),
  ]),
  "'Möjligen' gäller gradering av känd biverkan, ingen osäker diagnos.",
  must_not=["NL102"])

C("onk-lang-her2-hjarnmetastaser-kan-ej-uteslutas", "lund_onk", "1967-03-09",
  note("2024-04-08 10:45", "Läkaranteckning", ("Martin Engström", "läkare"), [
      ("Kontaktorsak", "Planerat läkarbesök inför kur 5 av 6 med docetaxel."),
      ("Bakgrund", "57-årig kvinna med HER2-positiv bröstcancer vä, mastektomi och axillutrymning i december 2023, pT2N2. Adjuvant behandling med EC x3 avslutad i februari, nu docetaxel + trastuzumab/pertuzumab. Strålbehandling planerad efter cytostatika."),
      ("Läkemedel", "Betapred 8 mg x 2 dagen före, under och efter kur, Primperan vb, Loperamid vb, Omeprazol 20 mg."),
      ("Psykosocialt", "Bor med maken i radhus i Staffanstorp, två utflyttade barn. Revisor, sjukskriven 100 % under behandlingen. Maken har hjärtsvikt och ska opereras för klaffsjukdom."),
      ("Aktuellt", "Har klarat behandlingen rimligt. Trötthet dag 3-6 efter kur, lös avföring några dagar. Stickningar i fingertopparna sedan kur 3, inga problem att knäppa knappar. Ny sedan ca tre veckor: huvudvärk, mest på morgonen, ibland illamående i samband med den. Inga synstörningar, ingen svaghet i armar eller ben, inga kramper. Sover dåligt pga oro för maken som ska opereras i hjärtat i maj."),
      ("Status", "AT: gott, allmänt trött. Vikt 68 kg (oförändrad). Hjärta reg, lungor ua. Operationsområdet läkt, lätt lymfödem vä arm. Neurologiskt: kranialnerver ua, Romberg ua, inga pareser, reflexer symmetriska."),
      ("Lab", "Hb 109, LPK 4,2, neutrofiler 2,3, TPK 210, krea 61, leverstatus ua. Ekokardiografi 2/4: EF 58 %."),
      ("Bedömning", "Behandlingen tolereras. Neuropati grad 1, följs. Morgonhuvudvärken är ny och kan ha flera förklaringar, men vid HER2-positiv sjukdom kan hjärnmetastaser inte uteslutas. Oklart också om hon tar kortisonpremedicineringen som ordinerat, hon tror att hon glömt en dos förra kuren."),
      ("Åtgärd", "MR hjärna med förtur inom en vecka. Kur 5 ges enligt plan idag. Propavan vb utskrivet."),
      ("Planering", "Återbesök med MR-svar, sjuksköterskan ringer med tid. Kuratorskontakt erbjuden kring anhörigsituationen, hon tackar ja."),
      ("Omvårdnad", "Kontaktsjuksköterska Lotta har haft telefonkontakt varje vecka. Pat använder kylhandskar och kylsockor under kurerna mot nagel- och nervbiverkningar."),
      ("Biverkningar", "Håravfall total, använder peruk. Inga munsår denna gång. Lätt smakförändring första veckan efter kur, äter ändå normalt. Ingen feber mellan kurerna, har inte behövt söka akut. Vill gärna fortsätta promenera varje dag."),
  ], sig=75),
  "Lång mottagningsanteckning: hjärnmetastaser 'kan inte uteslutas' mitt i Bedömning.",
  must=["NL102"])

C("onk-myelom-provsvar-ej-informerad", "sas_hem", "1952-10-13",
  note("2024-09-26 15:15", "Läkaranteckning", ("Lena Backman", "läkare"), [
      ("Aktuellt", "Myelom IgG-kappa, daratumumab-baserad behandling kur 2. Provsvar inför kur 3 normala (Hb 124, neutrofiler 3,8, krea 88). Pat ej informerad om provsvaren ännu, kontaktsjuksköterskan ringer imorgon."),
  ]),
  "'Ej informerad' gäller normala provsvar, inte en ny diagnos.",
  must_not=["NL101", "NL102"])

# =====================================================================================
# DERMATOLOGI
# =====================================================================================
C("derm-misstankt-melanom-excision", "lund_hud", "1972-08-11",
  note("2024-01-24 10:15", "Mottagningsanteckning", ("Sanna Möller", "läkare"), [
      ("Bedömning", "8 mm pigmenterad lesion vä skulderblad, ny enligt maken, asymmetrisk, tre färger. Dermatoskopi: atypiskt nätverk och regressionsstrukturer. Misstänkt melanom. Excision med 2 mm marginal idag."),
  ]),
  "Misstänkt melanom i synlig text.",
  must=["NL102"])

C("derm-basaliom-pad-brev", "su_hud", "1945-04-02",
  note("2024-02-15 14:05", "Läkaranteckning", ("Olle Bengtsson", "läkare"), [
      ("Bedömning", "PAD: basalcellscancer, nodulär typ, radikalt exciderad med god marginal. Pat informerad om svaret via brev enligt överenskommelse. Ingen ytterligare åtgärd, egenkontroll av huden."),
  ]),
  "Fastställd PAD, pat informerad.",
  must_not=["NL101", "NL102"])

C("derm-trol-psoriasis-dd-nummulart-eksem", "ksd_hud", "1985-01-18",
  note("2024-03-12 09:40", "Mottagningsanteckning", ("Ebba Lindahl", "läkare"), [
      ("Bedömning", "Fjällande, skarpt avgränsade plack på armbågar, knän och i hårbotten, lindrig klåda. Nagelgropar. Trol. psoriasis, DD nummulärt eksem. Dovobet gel, stansbiopsi vid otillräcklig effekt."),
  ]),
  "Trol. psoriasis med DD i synlig text.",
  must=["NL102"])

C("derm-psoriasis-mojligen-solen", "su_hud", "1974-12-27",
  note("2024-09-04 11:25", "Mottagningsanteckning", ("Olle Bengtsson", "läkare"), [
      ("Bedömning", "Psoriasis känd sedan 20 år, PASI 4 idag mot 7 i januari. Möjligen har sommarsolen bidragit mer än krämerna. Fortsätter Enstilar 2 ggr/v som underhåll."),
  ]),
  "'Möjligen' gäller orsak till förbättring; diagnosen är känd.",
  must_not=["NL102"])

C("derm-misstankt-skabb-hushallet", "sks_hud", "1998-06-30",
  note("2024-10-10 13:20", "Mottagningsanteckning", ("Amir Karimi", "läkare"), [
      ("Bedömning", "Intensiv nattlig klåda sedan 4 v, även sambon kliar. Papler och gångar i fingerinterstitier och handleder. Misstänkt skabb. Permetrin kräm 2 ggr med 1 v mellanrum, hela hushållet behandlas samtidigt."),
  ], sig=None),
  "Misstänkt skabb i synlig text.",
  must=["NL102"])

C("derm-mor-syster-trol-atopiskt-eksem", "ksd_hud", "2005-04-25",
  note("2024-05-15 15:35", "Mottagningsanteckning", ("Ebba Lindahl", "läkare"), [
      ("Hereditet", "Mor och syster har trol. atopiskt eksem, far pollenallergi."),
      ("Bedömning", "Torr hud men inga eksem nu. Mjukgörande 2 ggr/d räcker. Ingen uppföljning."),
  ]),
  "Hedgade diagnoser gäller mor och syster.",
  must_not=["NL102"])

C("derm-barn-trol-tinea-dd-granuloma", "lund_hud", "2019-03-16",
  note("2024-06-06 10:50", "Mottagningsanteckning", ("Sanna Möller", "läkare"), [
      ("Bedömning", "5-åring med ringformat, fjällande utslag på bålen sedan 3 v, kliar lite. Familjen har katt. Trol. tinea corporis, DD granuloma annulare. Svampodling tagen, Daktacort i väntan på svar."),
  ]),
  "Trol. tinea med DD hos 5-åring.",
  must=["NL102"])

C("derm-skivepitelcancer-misstanke-ska-ej-informeras", "lund_hud", "1941-10-20",
  note("2024-07-17 14:40", "Läkaranteckning", ("Sanna Möller", "läkare"), [
      ("Bedömning", "Ulcererande 12 mm nodulus på nästippen, växt snabbt sedan jul. Klinisk bild inger starkt misstanke om skivepitelcancer. Pat ska inte informeras om misstanken förrän PAD är klart, svår hälsoångest och tidigare panikattacker i samband med besked. Stansbiopsi tagen, svar om 2 v."),
  ]),
  "Hedgad skivepitelcancer i synlig text med 'ska inte informeras' (borde ligga i Tidiga hypoteser).",
  must=["NL101", "NL102"])

C("derm-naevi-benigna-ingen-missatnke-typo", "su_hud", "1990-07-06",
  note("2024-08-15 09:15", "Mottagningsanteckning", ("Olle Bengtsson", "läkare"), [
      ("Bedömning", "Hudkontroll pga många naevi. Dermatoskopi av 12 utvalda naevi: samtliga med benignt retikulärt mönster. Ingen missatnke om malignitet. Egenkontroll, fotografering av ryggen vid nästa kontroll om 1 år."),
  ]),
  "Negation med felstavat 'missatnke' (typo); normala fynd.",
  must_not=["NL102"])

C("derm-rosacea-fragetecken-vs-perioral", "ksd_hud", "1987-05-09",
  note("2024-09-25 13:55", "Mottagningsanteckning", ("Ebba Lindahl", "läkare"), [
      ("Bedömning", "Rodnad, papler och pustler runt munnen och på kinderna, svider av krämer. Rosacea? vs perioral dermatit. Sluta med alla ansiktskrämer, metronidazolkräm 2 v."),
  ]),
  "Frågetecken efter diagnos och 'vs' alternativ i synlig text.",
  must=["NL102"])

C("derm-misstank-lichen-planus-typo", "sks_hud", "1969-11-01",
  note("2024-10-30 10:35", "Mottagningsanteckning", ("Amir Karimi", "läkare"), [
      ("Bedömning", "Kliande, lila polygonala papler på handledernas insida, vita linjer på munslemhinnan. Misstänk lichen planus, stansbiopsi."),
  ]),
  "Felstavat 'Misstänk' (typo) framför lichen planus.",
  must=["NL102"])

C("derm-aktiniska-keratoser-informerad", "lund_hud", "1944-01-29",
  note("2024-11-21 11:10", "Mottagningsanteckning", ("Sanna Möller", "läkare"), [
      ("Bedömning", "Aktiniska keratoser på skalpen, klinisk diagnos. Pat informerad om att de är förstadier och om behandlingen. Kryo av 6 lesioner, solskydd."),
  ]),
  "Fastställd klinisk diagnos, pat informerad.",
  must_not=["NL101", "NL102"])

C("derm-bullos-pemfigoid-trol", "sks_hud", "1942-03-24",
  note("2024-12-12 14:20", "Mottagningsanteckning", ("Amir Karimi", "läkare"), [
      ("Bedömning", "82 år, spända blåsor på bål och lår, klåda sedan 2 mån. Bullös pemfigoid trol., biopsi för rutin-PAD och direkt IF. Dermovat i väntan på svar."),
  ]),
  "Efterställt 'trol.' om bullös pemfigoid.",
  must=["NL102"])

C("derm-melanom-pad-besked-ej-lamnat", "lund_hud", "1976-07-15",
  note("2024-04-17 15:30", "Läkaranteckning", ("Sanna Möller", "läkare"), [
      ("Bedömning", "PAD: malignt melanom, superficiellt spridande typ, Breslow 1,2 mm, ej ulcererat. Besked ej lämnat än, pat bortrest, vi når henne på måndag. Utvidgad excision + portvaktskörtel planeras."),
  ]),
  "Fastställt melanom i synlig text medan besked ännu inte lämnats.",
  must=["NL101"], must_not=["NL102"])

# =====================================================================================
# TIDIGA HYPOTESER (Skåne: mall; VGR: sökord), NL104, flera anteckningar
# =====================================================================================
C("th-skane-mall-misstankt-huntington", "malmo_neuro", "1979-09-28",
  note("2024-02-23 15:10", "Tidiga hypoteser", ("Jakob Wennberg", "läkare"), [
      ("Bedömning", "Koreatiska rörelser i ansikte och händer, fadern dog i 50-årsåldern av oklar neurologisk sjukdom. Misstänkt Huntingtons sjukdom. Gentest kräver genetisk vägledning och informerat samtycke; ej tagit upp detta med pat, som inte själv nämnt rörelserna."),
  ]),
  "Hedgad diagnos i mallen Tidiga hypoteser (Skåne) syns inte; korrekt användning.",
  must_not=["NL102", "NL101", "NL104"])

C("th-vgr-sokord-misstankt-dissociativ", "su_psyk_ps", "1992-01-07",
  note("2024-03-28 10:30", "Läkaranteckning", ("Petra Almqvist", "läkare"), [
      ("Aktuellt", "Återbesök, mår stabilt. Sömnen bättre, arbetar 75 %. Fortsätter sertralin 100 mg."),
      ("Tidiga hypoteser", "Misstänkt dissociativ identitetsstörning utifrån minnesluckor som beskrivs i samtalen. Bedöms för tidigt att ta upp med pat innan alliansen är starkare."),
  ]),
  "VGR: hedge endast under sökordet Tidiga hypoteser, synlig del utan osäker diagnos.",
  must_not=["NL102", "NL101", "NL104"])

C("th-vgr-hedge-bade-synlig-och-tidiga", "udd_gyn", "1958-05-04",
  note("2024-04-30 13:45", "Läkaranteckning", ("Rebecka Svensson", "läkare"), [
      ("Bedömning", "Postmenopausal blödning, endometrium 14 mm. Trol. endometriehyperplasi, hysteroskopi med biopsi."),
      ("Tidiga hypoteser", "Endometriecancer kan inte uteslutas, ej framfört till pat."),
  ]),
  "VGR: en hedge ligger under Tidiga hypoteser men en annan står i synlig Bedömning.",
  must=["NL102"])

C("th-skane-mall-utan-hypotes-tidonskemal", "ksd_kir", "1975-10-19",
  note("2024-06-12 11:05", "Tidiga hypoteser", ("Per-Olof Nyström", "läkare"), [
      ("Bedömning", "Pat vill helst ha tider efter kl 14 pga sitt arbete och föredrar telefonsamtal framför 1177-meddelanden."),
  ]),
  "Tidiga hypoteser-mall utan någon diagnostisk hypotes.",
  must=["NL104"], must_not=["NL102"])

C("th-vgr-sokord-fastställd-och-informerad-diabetes", "frol_med", "1969-02-28",
  note("2024-07-23 14:35", "Mottagningsanteckning", ("Ingemar Falk", "läkare"), [
      ("Aktuellt", "Uppföljning av förhöjt HbA1c från vårdcentralen."),
      ("Tidiga hypoteser", "Diabetes typ 2 fastställd (HbA1c 58 och 61). Pat informerad vid besöket idag och startar metformin."),
  ]),
  "Tidiga hypoteser med en fastställd och redan meddelad diagnos.",
  must=["NL104"], must_not=["NL102"])

C("th-skane-mall-misstankt-bipolar-ii", "lund_psyk", "1987-06-11",
  note("2024-08-26 16:10", "Tidiga hypoteser", ("Lars Ohlsson", "läkare"), [
      ("Bedömning", "Misstänkt bipolär sjukdom typ II snarare än unipolär depression; vill se förloppet och göra livsdiagram innan det tas upp med pat."),
  ]),
  "Hedgad diagnos korrekt placerad i mallen Tidiga hypoteser (Skåne).",
  must_not=["NL102", "NL104"])

C("th-multi-hypotes-sedan-ms-fastställd-informerad", "lund_neuro", "1994-12-02",
  [note("2024-02-02 13:20", "Tidiga hypoteser", ("Tove Rydberg", "läkare"), [
      ("Bedömning", "Misstänkt MS efter synnervsinflammation och två periventrikulära lesioner på MR. Ej diskuterat med pat i väntan på LP."),
   ], nid="n1"),
   note("2024-04-05 10:15", "Läkaranteckning", ("Tove Rydberg", "läkare"), [
      ("Bedömning", "LP: oligoklonala band positiva. MR med ny kontrastladdande lesion. Diagnos: skovvis förlöpande MS (G35.9). Pat informerad idag, fått träffa MS-sköterska och broschyr om behandlingsalternativ."),
   ], nid="n2")],
  "Hypotes i Tidiga hypoteser, senare fastställd och meddelad i synlig anteckning.",
  must_not=[("NL102", "n1"), ("NL102", "n2"), ("NL101", "n2")])

C("th-multi-stressfraktur-hedgad-sedan-fastställd", "mol_ort", "1996-02-29",
  [note("2024-09-11 09:40", "Mottagningsanteckning", ("Helena Sjöberg", "läkare"), [
      ("Bedömning", "Smärta vä ljumske vid löpning, 28-årig kvinna, ökat träningsmängden inför maraton. Rtg ua. Stressfraktur i collum femoris kan ej uteslutas, MR och avlastning med kryckor."),
   ], nid="n1"),
   note("2024-09-19 15:25", "Mottagningsanteckning", ("Helena Sjöberg", "läkare"), [
      ("Bedömning", "MR: stressreaktion utan frakturlinje på kompressionssidan av collum femoris vä. Diagnos: stressreaktion lårbenshals vä. Kryckor 4 v, successiv återgång till löpning."),
   ], nid="n2")],
  "Första anteckningen har hedgad diagnos i synlig text, uppföljningen är fastställd.",
  must=[("NL102", "n1")], must_not=[("NL102", "n2")])


# =====================================================================================
# ÖVRIGA YRKESGRUPPER
# =====================================================================================
C("diet-trol-laktosintolerans-matdagbok", "sas_diet", "1989-09-08",
  note("2024-03-06 10:30", "Dietistanteckning", ("Maria Höglund", "dietist"), [
      ("Aktuellt", "Remiss från gastromottagningen. Uppblåsthet och lös avföring efter mjölkprodukter sedan tonåren, värre senaste året. Transglutaminas-ak negativa enligt remissen."),
      ("Bedömning", "Trol. laktosintolerans. Provar laktosfri kost i 3 v och för matdagbok, därefter uppföljning per telefon."),
  ]),
  "Dietist skriver trol. laktosintolerans i synlig text.",
  must=["NL102"])

C("kurator-brostcancer-mamman-ej-informerad-trol-aterkommer", "lund_onk", "1971-12-14",
  note("2024-03-15 14:00", "Kuratorsanteckning", ("Helén Bark", "kurator"), [
      ("Samtal", "Samtal med pat som fick besked om sin bröstcancer förra veckan. Hon har berättat för maken och barnen men inte för sin mamma, som har demens och inte skulle förstå. Mycket oro inför cytostatikan och för hur det ska gå med jobbet."),
      ("Planering", "Trol. hör hon av sig efter första kuren, hon tar själv kontakt. Informerad om kuratorns telefontid."),
  ]),
  "Pat vet om sin diagnos (mamman är den som inte informerats); 'trol.' gäller nästa kontakt.",
  must_not=["NL101", "NL102"])


# =====================================================================================
# Build + validate
# =====================================================================================
CASE_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
PATIENT_KEYS = {"id", "birth_date", "protected_identity"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
CODES = {"NL101", "NL102", "NL103", "NL104", "NL105"}


def luhn_check_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return (10 - total % 10) % 10


def luhn_ok(ten):
    return luhn_check_digit(ten[:9]) == int(ten[9])


def pnr(born, serial):
    y, m, d = born.split("-")
    nine = y[2:] + m + d + "%03d" % serial
    return "%s%s%s-%03d%d" % (y, m, d, serial, luhn_check_digit(nine))


def iso(t):
    return datetime.strptime(t, "%Y-%m-%d %H:%M").strftime("%Y-%m-%dT%H:%M:%S")


def build():
    out = []
    for i, c in enumerate(CASES):
        region = UNITS[c["unit"]][2]
        notes = []
        for n in c["notes"]:
            uname, hsa, reg, system = UNITS[n["_u"] or c["unit"]]
            if reg != region:
                raise SystemExit("region mismatch in " + c["name"])
            t = datetime.strptime(n["_time"], "%Y-%m-%d %H:%M")
            signed = None if n["_sig"] is None else (t + timedelta(minutes=n["_sig"])).strftime("%Y-%m-%dT%H:%M:%S")
            notes.append({
                "id": n["_id"], "system": system, "template": n["_template"],
                "unit": {"name": uname, "hsa_id": hsa},
                "author": {"name": n["_author"][0], "role": n["_author"][1]},
                "time": t.strftime("%Y-%m-%dT%H:%M:%S"), "signed": signed,
                "setting": n["_setting"], "refs": [],
                "sections": [{"keyword": k, "text": v} for k, v in n["_sections"]],
            })
        serial = 200 + (i * 37) % 700
        record = {
            "patient": {"id": pnr(c["born"], serial), "birth_date": c["born"], "protected_identity": False},
            "as_of": "2024-12-31T00:00:00",
            "notes": notes, "access_events": [], "conversations": [], "treatments": [],
        }

        def norm(lst):
            return [[x, "n1"] if isinstance(x, str) else [x[0], x[1]] for x in lst]

        out.append({"case": c["name"], "ruleset": region, "record": record,
                    "must": norm(c["must"]), "must_not": norm(c["must_not"]), "why": c["why"]})
    return out


SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def validate(cases):
    errs = []
    names = set()
    seen = {}
    for c in cases:
        n = c.get("case")
        if set(c) != CASE_KEYS:
            errs.append("%s: keys %s" % (n, sorted(c)))
            continue
        if n in names:
            errs.append("duplicate case name " + n)
        names.add(n)
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append("%s: ruleset %s" % (n, c["ruleset"]))
        if not c["why"].strip() or "\n" in c["why"]:
            errs.append("%s: why must be one line" % n)
        r = c["record"]
        if set(r) != RECORD_KEYS:
            errs.append("%s: record keys %s" % (n, sorted(r)))
            continue
        p = r["patient"]
        if set(p) != PATIENT_KEYS:
            errs.append("%s: patient keys" % n)
        pid = p["id"]
        if not re.fullmatch(r"\d{8}-\d{4}", pid):
            errs.append("%s: bad personnummer format %s" % (n, pid))
        else:
            if not luhn_ok(pid[2:8] + pid[9:]):
                errs.append("%s: Luhn fails %s" % (n, pid))
            if pid[:8] != p["birth_date"].replace("-", ""):
                errs.append("%s: pnr/birth_date mismatch" % n)
        if not r["as_of"].startswith("2024-"):
            errs.append("%s: as_of not 2024" % n)
        bd = date.fromisoformat(p["birth_date"])
        ids = set()
        systems = {}
        for note_ in r["notes"]:
            if set(note_) != NOTE_KEYS:
                errs.append("%s: note keys %s" % (n, sorted(note_)))
                continue
            ids.add(note_["id"])
            systems[note_["id"]] = note_["system"]
            if set(note_["unit"]) != {"name", "hsa_id"} or set(note_["author"]) != {"name", "role"}:
                errs.append("%s: unit/author keys" % n)
            for fld in ("time", "signed"):
                v = note_[fld]
                if v is not None and not v.startswith("2024-"):
                    errs.append("%s: %s not in 2024" % (n, fld))
            if note_["signed"] is not None and note_["signed"] < note_["time"]:
                errs.append("%s: signed before time" % n)
            if c["ruleset"] == "vgr" and note_["system"] != "Melior":
                errs.append("%s: VGR note not Melior" % n)
            nd = datetime.fromisoformat(note_["time"]).date()
            age = nd.year - bd.year - ((nd.month, nd.day) < (bd.month, bd.day))
            if 13 <= age <= 15:
                errs.append("%s: patient aged %d (13-15 not allowed)" % (n, age))
            for s in note_["sections"]:
                if set(s) != {"keyword", "text"}:
                    errs.append("%s: section keys" % n)
                    continue
                for sent in SENT_SPLIT.split(s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen and seen[sent] != n:
                            errs.append("sentence repeated in %s and %s: %r" % (seen[sent], n, sent))
                        elif sent in seen:
                            errs.append("sentence repeated within %s: %r" % (n, sent))
                        seen[sent] = n
        pairs = set()
        for lst in ("must", "must_not"):
            for item in c[lst]:
                if not (isinstance(item, list) and len(item) == 2):
                    errs.append("%s: bad %s item %r" % (n, lst, item))
                    continue
                code, tgt = item
                if code not in CODES:
                    errs.append("%s: unexpected code %s" % (n, code))
                if tgt not in ids:
                    errs.append("%s: target %s does not exist" % (n, tgt))
                    continue
                if (code, tgt) in pairs:
                    errs.append("%s: %s/%s asserted twice or both ways" % (n, code, tgt))
                pairs.add((code, tgt))
                if systems[tgt] == "PMO":
                    if code == "NL101":
                        errs.append("%s: NL101 asserted on PMO note" % n)
                    if code == "NL102" and lst == "must":
                        errs.append("%s: must NL102 on PMO note" % n)
        if not c["must"] and not c["must_not"]:
            errs.append("%s: asserts nothing" % n)
    return errs


def main():
    cases = build()
    errs = validate(cases)
    with open(OUT, "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        return 1
    counts = {}
    for c in cases:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                counts.setdefault(code, [0, 0])[0 if lst == "must" else 1] += 1
    print("%d cases -> %s" % (len(cases), OUT))
    for code in sorted(counts):
        print("  %s must %d must_not %d" % (code, counts[code][0], counts[code][1]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
