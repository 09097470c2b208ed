#!/usr/bin/env python3
"""nl1m: independent gold cases for NL102 (hedged diagnoses in visible free text).

Breadth of diagnoses (all ICD-10 chapters), eponym forms, abbreviations, Latin and lay
names, and hedge forms; about 40 % negatives (confirmed, ruled out, family/past
history, non-diagnostic hedges, Tidiga hypoteser, look-alike abbreviations/units, PMO).
Dependency-free and deterministic:  python3 build.py  -> nl1m_dev_cases.jsonl
"""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1m_dev_cases.jsonl")

SK = "SE2321000255-"
VG = "SE2321000131-"
UNITS = {
    # Region Skåne, Melior
    "sk_akut_malmo": ("Akutmottagningen, Skånes universitetssjukhus Malmö", SK + "1101"),
    "sk_akut_lund": ("Akutmottagningen, Skånes universitetssjukhus Lund", SK + "1102"),
    "sk_akut_hbg": ("Akutmottagningen, Helsingborgs lasarett", SK + "1103"),
    "sk_akut_ystad": ("Akutmottagningen, Ystads lasarett", SK + "1104"),
    "sk_inf_lund": ("Infektionskliniken, Skånes universitetssjukhus Lund", SK + "2201"),
    "sk_inf_malmo": ("Infektionskliniken, Skånes universitetssjukhus Malmö", SK + "2202"),
    "sk_med_krist": ("Medicinkliniken, Centralsjukhuset Kristianstad", SK + "2301"),
    "sk_med_hbg": ("Medicinkliniken, Helsingborgs lasarett", SK + "2302"),
    "sk_med_hlm": ("Medicinavdelning 2, Hässleholms sjukhus", SK + "2303"),
    "sk_neuro_lund": ("Neurologimottagningen, Skånes universitetssjukhus Lund", SK + "2401"),
    "sk_neuro_malmo": ("Neurologiska kliniken, Skånes universitetssjukhus Malmö", SK + "2402"),
    "sk_onh_lund": ("Öron-, näs- och halskliniken, Skånes universitetssjukhus Lund", SK + "2501"),
    "sk_ogon_lund": ("Ögonakuten, Skånes universitetssjukhus Lund", SK + "2601"),
    "sk_ogon_malmo": ("Ögonmottagningen, Skånes universitetssjukhus Malmö", SK + "2602"),
    "sk_hud_lund": ("Hudmottagningen, Skånes universitetssjukhus Lund", SK + "2701"),
    "sk_kir_malmo": ("Kirurgiska kliniken, Skånes universitetssjukhus Malmö", SK + "2801"),
    "sk_kir_ystad": ("Kirurgavdelningen, Ystads lasarett", SK + "2802"),
    "sk_ort_lund": ("Ortopedmottagningen, Skånes universitetssjukhus Lund", SK + "2901"),
    "sk_reuma_lund": ("Reumatologimottagningen, Skånes universitetssjukhus Lund", SK + "3001"),
    "sk_gastro_lund": ("Gastroenterologimottagningen, Skånes universitetssjukhus Lund", SK + "3101"),
    "sk_hemat_lund": ("Hematologimottagningen, Skånes universitetssjukhus Lund", SK + "3201"),
    "sk_lung_lund": ("Lungmottagningen, Skånes universitetssjukhus Lund", SK + "3301"),
    "sk_kard_malmo": ("Kardiologmottagningen, Skånes universitetssjukhus Malmö", SK + "3401"),
    "sk_endo_malmo": ("Endokrinologimottagningen, Skånes universitetssjukhus Malmö", SK + "3501"),
    "sk_psyk_lund": ("Vuxenpsykiatrimottagning Lund", SK + "3601"),
    "sk_psyk_malmo": ("Allmänpsykiatrisk mottagning Malmö", SK + "3602"),
    "sk_bup": ("BUP-mottagning Helsingborg", SK + "3701"),
    "sk_barn_lund": ("Barn- och ungdomsmedicinsk mottagning, Skånes universitetssjukhus Lund", SK + "3801"),
    "sk_barnakut": ("Barnakuten, Skånes universitetssjukhus Malmö", SK + "3802"),
    "sk_neo_lund": ("Neonatalavdelningen, Skånes universitetssjukhus Lund", SK + "3901"),
    "sk_kk_malmo": ("Kvinnokliniken, Skånes universitetssjukhus Malmö", SK + "4001"),
    "sk_forl_hbg": ("Förlossningen, Helsingborgs lasarett", SK + "4002"),
    "sk_uro_malmo": ("Urologiska kliniken, Skånes universitetssjukhus Malmö", SK + "4101"),
    "sk_geri_krist": ("Geriatriska kliniken, Centralsjukhuset Kristianstad", SK + "4201"),
    # Region Skåne, PMO (primary care)
    "sk_vc_nasby": ("Vårdcentralen Näsby, Kristianstad", SK + "5001"),
    "sk_bvc": ("BVC Linero, Lund", SK + "5002"),
    "sk_um": ("Ungdomsmottagningen Malmö", SK + "5003"),
    # Västra Götalandsregionen, Melior
    "vg_akut_su": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset", VG + "7101"),
    "vg_akut_sas": ("Akutmottagningen, Södra Älvsborgs Sjukhus Borås", VG + "7102"),
    "vg_akut_nal": ("Akutmottagningen, NU-sjukvården NÄL", VG + "7103"),
    "vg_akut_sks": ("Akutmottagningen, Skaraborgs Sjukhus Skövde", VG + "7104"),
    "vg_akut_kungalv": ("Akutmottagningen, Kungälvs sjukhus", VG + "7105"),
    "vg_inf_ostra": ("Infektionskliniken, Sahlgrenska Universitetssjukhuset/Östra", VG + "7201"),
    "vg_barnakut": ("Barnakuten, Drottning Silvias barn- och ungdomssjukhus", VG + "7301"),
    "vg_barn": ("Barnmedicinsk mottagning, Drottning Silvias barn- och ungdomssjukhus", VG + "7302"),
    "vg_neo": ("Neonatalavdelningen, Sahlgrenska Universitetssjukhuset/Östra", VG + "7303"),
    "vg_endo": ("Endokrinologmottagningen, Sahlgrenska Universitetssjukhuset", VG + "7401"),
    "vg_hemat": ("Sektionen för hematologi och koagulation, Sahlgrenska Universitetssjukhuset", VG + "7402"),
    "vg_neuro": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", VG + "7501"),
    "vg_nkir": ("Neurokirurgiska kliniken, Sahlgrenska Universitetssjukhuset", VG + "7502"),
    "vg_onh": ("Öron-näsa-halsmottagningen, NU-sjukvården Uddevalla", VG + "7601"),
    "vg_ogon": ("Ögonmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", VG + "7602"),
    "vg_hud": ("Hudmottagningen, Södra Älvsborgs Sjukhus Borås", VG + "7701"),
    "vg_lung": ("Lungmedicinmottagningen, Sahlgrenska Universitetssjukhuset", VG + "7801"),
    "vg_kard": ("Kardiologimottagningen, Sahlgrenska Universitetssjukhuset/Östra", VG + "7802"),
    "vg_karlkir": ("Kärlkirurgiska mottagningen, Sahlgrenska Universitetssjukhuset", VG + "7803"),
    "vg_kir": ("Kirurgmottagningen, Alingsås lasarett", VG + "7901"),
    "vg_gastro": ("Mag-tarmmottagningen, Sahlgrenska Universitetssjukhuset", VG + "7902"),
    "vg_reuma": ("Reumatologmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", VG + "8001"),
    "vg_ort": ("Ortopedmottagningen, Skaraborgs Sjukhus Skövde", VG + "8002"),
    "vg_njur": ("Njurmedicinska mottagningen, Sahlgrenska Universitetssjukhuset", VG + "8101"),
    "vg_uro": ("Urologimottagningen, Södra Älvsborgs Sjukhus Borås", VG + "8102"),
    "vg_kk": ("Kvinnosjukvården, Sahlgrenska Universitetssjukhuset/Östra", VG + "8201"),
    "vg_gyn_nal": ("Gynekologmottagningen, NU-sjukvården NÄL", VG + "8202"),
    "vg_psyk": ("Psykiatrimottagning Mölndal", VG + "8301"),
    "vg_med": ("Medicinkliniken, Alingsås lasarett", VG + "8401"),
    "vg_med_sks": ("Medicinmottagningen, Skaraborgs Sjukhus Skövde", VG + "8402"),
}

AUTHORS = [
    "Karin Lindqvist", "Ahmed Haddad", "Sofia Berglund", "Johan Ek", "Maria Nilsson",
    "Per Holmgren", "Leila Rahimi", "Anders Bergström", "Elin Sjöberg", "Tomas Wallin",
    "Hanna Fransson", "Mikael Öberg", "Ingrid Svensson", "Nils Åkesson", "Sara Petersson",
    "Oskar Lund", "Amina Yusuf", "Fredrik Dahl", "Lina Håkansson", "Erik Strand",
]

CASES = []


def C(name, rs, unit, born, sex, when, secs, must=(), must_not=(), why="",
      tmpl="Läkaranteckning", system="Melior", draft=False, setting="öppenvård",
      role="läkare"):
    CASES.append(dict(name=name, rs=rs, unit=unit, born=born, sex=sex, when=when,
                      secs=secs, must=list(must), must_not=list(must_not), why=why,
                      tmpl=tmpl, system=system, draft=draft, setting=setting, role=role))


P = ["NL102"]          # must / must_not shorthand
TH = ["NL102", "NL104"]  # hedged hypothesis inside Tidiga hypoteser: neither fires

# ======================================================================================
# POSITIVES: hedged diagnosis in a visible section of a Melior note -> NL102
# ======================================================================================

# --- A/B infections ------------------------------------------------------------------
C("inf-trol-neuroborrelios-bannwarth", "skane", "sk_inf_lund", "1978-04-12", "M", "2024-08-14 10:20", [
    ("Aktuellt", "Remiss från vc. Fästingbett i juni, sedan 3 v huvudvärk, nattlig bältesformad smärta runt bröstkorgen och nu perifer facialispares hö."),
    ("Status", "AT gott. Afebril. Facialispares hö inkl. pannan. Ingen nackstelhet. Övrig neurostatus ua."),
    ("Bedömning", "Trol. neuroborrelios (Bannwarths syndrom). LP idag, ceftriaxon i väntan på likvorsvar."),
], P, why="'Trol.' before the diagnosis, eponymous syndrome in parentheses")

C("inf-tularemi-harpest-kan-ej-uteslutas", "vgr", "vg_akut_sas", "1961-10-03", "M", "2024-02-19 21:05", [
    ("Anamnes", "Jägare. Flådde en hare för 5 dagar sedan utan handskar. Nu feber 39,4, ett sår på vä pekfinger och ömmande knölar i vä axill."),
    ("Bedömning", "Tularemi (harpest) kan ej uteslutas. Serologi + PCR från såret. Ciprofloxacin insatt."),
], P, why="'kan ej uteslutas' after a rare zoonosis with its lay name")

C("inf-malaria-dubbelt-fragetecken", "skane", "sk_akut_hbg", "1990-01-27", "F", "2024-03-05 02:40", [
    ("Aktuellt", "Hemkom från Kenya (Mombasa) för 9 dagar sedan, tog ingen malariaprofylax. Frossa och feber sedan igår, huvudvärk."),
    ("Bedömning", "Malaria?? Snabbtest och tjock droppe skickade akut, infektionsjouren informerad."),
], P, why="double question mark right after the diagnosis", tmpl="Akutanteckning")

C("inf-barn-bild-som-vid-kikhosta", "vgr", "vg_barnakut", "2020-05-14", "F", "2024-01-22 18:15", [
    ("Aktuellt", "Hosta i 3 veckor, attackvis, med kräkning efter attackerna och blå runt munnen enligt mamma. Ovaccinerad, familjen tackade nej på BVC."),
    ("Bedömning", "Bild som vid kikhosta. PCR pertussis från nasofarynx, erytromycin till barnet och syskonen i väntan på svar."),
], P, why="'Bild som vid' + lay name of pertussis, child under 13")

C("inf-inger-misstanke-spondylodiskit", "vgr", "vg_inf_ostra", "1969-07-30", "M", "2024-05-08 15:30", [
    ("Anamnes", "Tidigare iv-missbruk, i LARO-program. Ryggvärk sedan 4 v, feber senaste veckan."),
    ("Lab", "CRP 178, LPK 14,2, SR 95."),
    ("Bedömning", "Inger misstanke om spondylodiskit Th11-Th12. MR hel rygg och blododlingar x3 innan antibiotika."),
], P, why="'Inger misstanke om' before the diagnosis", tmpl="Inläggningsanteckning", setting="slutenvård")

C("inf-typo-endokradit-fragetecken", "skane", "sk_med_krist", "1952-09-18", "M", "2024-06-03 11:10", [
    ("Aktuellt", "Feber i 3 veckor, trötthet, viktnedgång 4 kg. Tandextraktion i april."),
    ("Status", "Nytillkommet systoliskt blåsljud 3/6 över apex. Splinterblödningar under två naglar."),
    ("Bedömning", "Endokradit? Tre par blododlingar tagna, TEE begärt."),
], P, why="typo in the diagnosis (endokradit) followed by '?'")

C("inf-q-feber-att-overvaga", "vgr", "vg_inf_ostra", "1966-03-09", "M", "2024-09-17 09:45", [
    ("Anamnes", "Fåruppfödare på Orust, lamning i våras. Feber i 2 v, torrhosta, huvudvärk."),
    ("Röntgen", "Lungröntgen: fläckiga infiltrat i hö underlob."),
    ("Lab", "ALAT 3,4, ASAT 2,9."),
    ("Bedömning", "Pneumoni och lätt hepatit. Q-feber att överväga; Coxiella-serologi. Doxycyklin."),
], P, why="'att överväga' after Q-feber (pneumonia itself confirmed)")

# --- C/D tumours ---------------------------------------------------------------------
C("tum-misstankt-klatskintumor", "skane", "sk_kir_malmo", "1955-12-01", "F", "2024-03-20 13:00", [
    ("Aktuellt", "Smärtfri ikterus sedan 2 veckor, klåda, ljus avföring, viktnedgång 6 kg."),
    ("Röntgen", "DT: dilaterade intrahepatiska gallgångar bilat, förtjockning av gallgångsväggen vid hilus, normal pankreas."),
    ("Bedömning", "Misstänkt Klatskintumör. Tas upp på HPB-konferens, ERCP med borstcytologi."),
], P, why="'Misstänkt' + eponymous tumour written as one compound word")

C("tum-remiss-fs-akustikusneurinom", "vgr", "vg_onh", "1972-05-07", "M", "2024-01-16 10:30", [
    ("Aktuellt", "Ensidig hörselnedsättning vä sedan ett år, tinnitus vä, ostadig i mörker."),
    ("Status", "Otoskopi ua bilat. Weber lateraliseras till hö. Audiogram: sensorineural nedsättning vä 30-45 dB, dålig taluppfattning vä."),
    ("Åtgärd", "Remiss MR hjärna med kontrast, f.s. akustikusneurinom vä."),
], P, why="'f.s.' (frågeställning) in an order line")

C("tum-dd-mesoteliom-snedstreck-metastas", "skane", "sk_lung_lund", "1949-09-22", "M", "2024-07-02 14:20", [
    ("Anamnes", "Arbetade som plåtslagare på Kockums varv 1965-1988, asbestexponering."),
    ("Röntgen", "DT thorax: pleuravätska hö med nodulär pleuraförtjockning, pleurala plack bilat."),
    ("Bedömning", "DD mesoteliom / pleurametastas. Torakoskopi med biopsier planeras."),
], P, why="'DD' with two tumour alternatives separated by a slash")

C("tum-barn-wilms-misstanks", "vgr", "vg_barn", "2021-01-30", "M", "2024-06-12 11:40", [
    ("Aktuellt", "Föräldrarna kände en knöl i vänster sida av magen vid badet. Rosafärgad urin en gång."),
    ("Bedömning", "Ultraljud visar solid tumör utgående från vä njure, 8 cm. Wilms tumör misstänks; DT thorax-buk och barnonkologisk konsult."),
], P, why="'misstänks' after an eponymous childhood tumour (guardian reads)")

C("tum-osteosarkom-ej-uteslutet", "skane", "sk_ort_lund", "2007-03-03", "M", "2024-02-07 15:10", [
    ("Aktuellt", "Värk ovanför hö knä i 2 mån, värst nattetid, spelar handboll."),
    ("Röntgen", "Osteolytisk destruktion i distala femurmetafysen med periostreaktion (Codmans triangel)."),
    ("Bedömning", "Osteosarkom ej uteslutet. Remiss till sarkomcentrum för MR och biopsi."),
], P, why="'ej uteslutet' is a hedge, not a negation")

C("tum-misstanke-pa-merkelcell-dd-melanom", "vgr", "vg_hud", "1940-10-10", "F", "2024-03-26 09:15", [
    ("Status", "Rödviolett, fast, snabbväxande nodulus 2 cm på hö kind, uppkommen på 6 veckor."),
    ("Bedömning", "Kliniskt misstanke på merkelcellscarcinom, DD amelanotiskt melanom. Stansbiopsi tagen, svar om 2 v."),
], P, why="'misstanke på' (not 'om') with a compound tumour name, plus DD")

C("tum-prefix-fragetecken-myelom", "skane", "sk_med_hbg", "1951-04-04", "F", "2024-04-23 10:50", [
    ("Lab", "Ca 3,02, krea 180, Hb 95, SR 98."),
    ("Anamnes", "Ryggvärk sedan i vintras, mycket trött."),
    ("Bedömning", "?myelom. Elfores i serum och urin, fria lätta kedjor, lågdos-DT helkropp."),
], P, why="question mark glued before the diagnosis")

# --- D50-D89 blood and immune -------------------------------------------------------
C("blod-stark-misstanke-ttp-utkast", "skane", "sk_akut_malmo", "1979-02-28", "F", "2024-02-14 23:30", [
    ("Status", "Petekier på benen, förvirrad, temp 38,2."),
    ("Lab", "Hb 78, TPK 12, LD 1450, haptoglobin <0,1, schistocyter i utstryk. Krea 140."),
    ("Bedömning", "Stark misstanke om TTP. Hematologjouren kontaktad, plasmaferes så snart som möjligt."),
], P, why="'Stark misstanke om' + abbreviation; unsigned draft", tmpl="Akutanteckning", draft=True)

C("blod-barn-sannol-itp", "vgr", "vg_barnakut", "2019-04-17", "F", "2024-03-12 16:05", [
    ("Aktuellt", "Mamma såg prickar på benen och blåmärken två veckor efter en förkylning. Pigg, leker."),
    ("Lab", "TPK 8, Hb 124, LPK 7,1 med normal diff."),
    ("Bedömning", "Sannol. ITP. Ingen slemhinneblödning, ingen behandling just nu, ny TPK om 3 d."),
], P, why="'Sannol.' + abbreviation, child")

C("blod-von-willebrands-sjukdom-fragetecken", "skane", "sk_kk_malmo", "2006-01-09", "F", "2024-05-30 14:00", [
    ("Anamnes", "Rikliga menstruationer sedan menarche vid 12 år, järnbrist, långvariga näsblödningar. Blödde mycket efter tandutdragning."),
    ("Bedömning", "Von Willebrands sjukdom? vWF-analyser och FVIII. Tranexamsyra vid mens tills vidare."),
], P, why="eponym in the 'X:s sjukdom' form followed by '?'")

C("blod-lung-talar-starkt-for-lofgren", "vgr", "vg_lung", "1992-03-14", "F", "2024-04-02 13:25", [
    ("Aktuellt", "Ömmande röda knölar på smalbenen och svullna fotleder sedan 2 v."),
    ("Röntgen", "Lungröntgen: bilateral hiluslymfadenopati."),
    ("Bedömning", "Talar starkt för Löfgrens syndrom (akut sarkoidos). NSAID, ctr lungröntgen om 3 mån."),
], P, why="'Talar starkt för' + eponymous syndrome with plain name in parentheses")

# --- E endocrine ---------------------------------------------------------------------
C("endo-morbus-addison-fragetecken", "skane", "sk_akut_lund", "1985-10-20", "F", "2024-07-11 19:20", [
    ("Aktuellt", "Tilltagande trötthet, saltsug, yrsel vid uppresning, mörkare hud."),
    ("Status", "BT 85/50. Pigmenterade handlinjer och munslemhinna."),
    ("Lab", "Na 126, K 5,9, glukos 3,4."),
    ("Bedömning", "Morbus Addison? Kortisol och ACTH tagna, hydrokortison 100 mg iv ges efter provtagning."),
], P, why="eponym in the 'morbus X' form followed by '?'", tmpl="Akutanteckning")

C("endo-utreds-for-conns-syndrom", "vgr", "vg_endo", "1971-04-27", "M", "2024-02-20 10:10", [
    ("Aktuellt", "Hypertoni med tre läkemedel utan måluppfyllelse, K 3,1 utan diuretika."),
    ("Bedömning", "Utreds för primär aldosteronism (Conns syndrom). Aldosteron/renin-kvot efter utsättning av betablockerare."),
], P, why="'Utreds för' + eponym in parentheses")

C("endo-typo-diabetes-insipidius", "vgr", "vg_med", "1993-05-15", "M", "2024-03-18 11:35", [
    ("Aktuellt", "Dricker 8-10 L vatten per dygn sedan 2 mån, kissar varje timme även nattetid. Cykelolycka i januari med skallskada."),
    ("Lab", "U-osmolalitet 110, S-Na 146."),
    ("Bedömning", "Diabetes insipidius kan ej uteslutas. Törstprov på avdelningen och MR hypofys."),
], P, why="typo in the diagnosis (insipidius) + 'kan ej uteslutas'")

C("endo-parentes-fragetecken-hemokromatos", "vgr", "vg_med_sks", "1959-08-08", "M", "2024-11-19 08:55", [
    ("Lab", "ALAT 1,9, ferritin 2400, transferrinmättnad 85 %."),
    ("Bedömning", "Kraftigt förhöjt ferritin med hög järnmättnad (?hemokromatos). HFE-gentest, leverelastografi."),
], P, why="hedged diagnosis only inside parentheses, '?' glued before it")

C("endo-fragestallning-cushing", "skane", "sk_endo_malmo", "1990-07-07", "F", "2024-01-31 13:45", [
    ("Aktuellt", "Viktuppgång 15 kg på ett år, mest bål och ansikte, får lätt blåmärken."),
    ("Status", "Breda lila striae på buken, proximal muskelsvaghet, BT 160/100."),
    ("Utredning", "Frågeställning Cushings syndrom: dygnsurin-kortisol, sent kvällssalivkortisol, dexametasonhämningstest."),
], P, why="'Frågeställning' + eponymous syndrome", tmpl="Mottagningsanteckning")

# --- F psychiatric -------------------------------------------------------------------
C("psyk-misstankt-schizofreni-dd-cannabis", "skane", "sk_psyk_malmo", "2003-12-12", "M", "2024-03-04 14:30", [
    ("Aktuellt", "Sedan 6 mån hör han röster som kommenterar vad han gör, har slutat på gymnasiet och isolerar sig. Röker cannabis dagligen."),
    ("Bedömning", "Misstänkt debuterande schizofreni, DD cannabisutlöst psykos. Drogscreening, inläggning erbjuds."),
], P, why="'Misstänkt' + 'DD' in a psychiatric assessment")

C("psyk-typo-anorexia-nevrosa", "vgr", "vg_psyk", "2001-06-21", "F", "2024-10-09 09:00", [
    ("Anamnes", "Äter ca 600 kcal/dygn, tränar 2 h dagligen, ingen mens sedan 7 mån."),
    ("Status", "BMI 15,8. Bradykard 48/min, lanugobehåring på armarna."),
    ("Bedömning", "Anorexia nevrosa? Somatisk provtagning och kontakt med ätstörningsenheten."),
], P, why="typo in the Latin diagnosis (nevrosa) + '?'")

C("psyk-bup-misstanke-adhd-ev-sprakstorning", "skane", "sk_bup", "2015-03-25", "M", "2024-09-23 10:15", [
    ("Aktuellt", "Remiss från skolhälsovården. Svårt att sitta still, avbryter, tappar bort saker och hamnar i konflikter på rasten sedan förskolan."),
    ("Bedömning", "Misstanke om ADHD, ev. även språkstörning. Conners skattningar till skola och föräldrar, psykologutredning bokas."),
], P, why="'Misstanke om' + 'ev.' for a second diagnosis, child at BUP")

C("psyk-wernicke-dubbla-fragetecken", "skane", "sk_akut_hbg", "1964-01-05", "M", "2024-12-02 03:15", [
    ("Aktuellt", "Hittad av hemtjänsten förvirrad. Känt alkoholberoende, äter dåligt."),
    ("Status", "Horisontell nystagmus, bredspårig ostadig gång, desorienterad till tid."),
    ("Bedömning", "Wernicke?? Tiamin 500 mg iv x 3/d, glukos först efter tiamin."),
], P, why="bare eponym followed by '??'", tmpl="Akutanteckning")

C("psyk-eips-kan-inte-uteslutas-utkast", "skane", "sk_psyk_lund", "2000-08-30", "F", "2024-06-18 15:50", [
    ("Anamnes", "Snabba humörsvängningar, skär sig i armarna vid konflikter, intensiva och kortvariga relationer, tomhetskänsla."),
    ("Bedömning", "Emotionellt instabil personlighetsstörning (EIPS) kan inte uteslutas, men det är för tidigt att ställa diagnos. DBT-screening."),
], P, why="'kan inte uteslutas' after a personality disorder with abbreviation; draft", draft=True)

# --- G neurological ------------------------------------------------------------------
C("neuro-mg-fragetecken-tymom", "vgr", "vg_neuro", "1959-02-23", "F", "2024-03-14 10:40", [
    ("Aktuellt", "Dubbelseende och hängande ögonlock som blir värre framåt kvällen, svårt att tugga klart maten."),
    ("Status", "Uttröttbar ptos bilat vid uppåtblick 60 s. Isbitstest positivt."),
    ("Bedömning", "MG? AChR-antikroppar, neurografi med repetitiv stimulering, DT thorax (tymom?)."),
], P, why="abbreviation 'MG?' and a second hedged diagnosis in parentheses")

C("neuro-als-inte-helt-otankbart", "vgr", "vg_neuro", "1956-10-17", "M", "2024-04-29 13:10", [
    ("Status", "Atrofi i interossei bilat, fascikulationer i deltoideus och vader, livliga reflexer med positiv Babinski hö."),
    ("Bedömning", "Motorneuronsjukdom (ALS) inte helt otänkbart. ENeG och MR halsrygg för att utesluta myelopati."),
], P, why="'inte helt otänkbart' after the diagnosis")

C("neuro-typo-guillan-barre", "vgr", "vg_akut_su", "1980-09-29", "M", "2024-11-12 17:25", [
    ("Aktuellt", "Magsjuka för 2 v sedan. Nu stickningar i fötter och händer, svårt att gå i trappor sedan 3 dagar."),
    ("Status", "Symmetrisk svaghet i benen, areflexi, sensorik ua."),
    ("Bedömning", "Guillan-Barré? LP, neurografi, VK-mätning x 4/dygn."),
], P, why="typo in the eponym (Guillan-Barré) + '?'")

C("neuro-cjd-kan-ej-helt-uteslutas", "skane", "sk_neuro_lund", "1952-08-19", "F", "2024-11-25 11:20", [
    ("Aktuellt", "Snabbt tilltagande minnessvikt på 3 mån, ryckningar, ostadig."),
    ("Status", "Myoklonier, ataxi, periodvis akinetisk."),
    ("Bedömning", "CJD kan ej helt uteslutas. RT-QuIC och 14-3-3 i likvor, EEG, MR med diffusion."),
], P, why="'kan ej helt uteslutas' after an eponymous abbreviation")

C("neuro-mest-forenligt-med-tga", "vgr", "vg_akut_kungalv", "1957-03-17", "F", "2024-07-30 18:45", [
    ("Aktuellt", "Maken berättar att hon under eftermiddagen ställt samma frågor om och om igen och inte vet vad hon gjort idag."),
    ("Status", "Vaken, orienterad till person, ingen fokalneurologi, nu successivt bättre."),
    ("Bedömning", "Mest förenligt med TGA. DT hjärna ua. Hem med maken."),
], P, why="'Mest förenligt med' + abbreviation")

# --- H00-H59 eye ---------------------------------------------------------------------
C("ogon-typo-misstakt-trangvinkelglaukom", "skane", "sk_ogon_lund", "1949-02-05", "F", "2024-12-09 22:10", [
    ("Aktuellt", "Kraftig smärta i hö öga sedan kvällen, ser ringar runt lamporna, har kräkts."),
    ("Status", "Visus hö 0,2. Rodnad, grumlig kornea, mellanvid ljusstel pupill. IOP hö 52, vä 18."),
    ("Bedömning", "Misstäkt akut trångvinkelglaukom hö. Acetazolamid iv, pilokarpin, laseriridotomi."),
], P, why="typo in the cue (Misstäkt)")

C("ogon-optikusneurit-sannolik-dd-naion", "skane", "sk_ogon_malmo", "1994-04-12", "F", "2024-03-27 09:30", [
    ("Aktuellt", "Dimsyn vä öga sedan 4 d, ont när hon rör ögat."),
    ("Status", "Visus vä 0,3. RAPD vä. Färgseendet nedsatt vä. Papill ua."),
    ("Bedömning", "Optikusneurit vä sannolik, DD NAION mindre troligt pga åldern. MR hjärna och orbita."),
], P, why="'sannolik' after the diagnosis, second diagnosis in DD")

# --- H60-H95 ear ---------------------------------------------------------------------
C("onh-menieres-sjukdom-trolig", "vgr", "vg_onh", "1967-11-29", "M", "2024-04-08 14:15", [
    ("Aktuellt", "Tre anfall senaste månaden av kraftig rotatorisk yrsel i 2-3 timmar med lock för vä öra och brus."),
    ("Status", "Audiogram: lågfrekvent sensorineural nedsättning vä."),
    ("Bedömning", "Menières sjukdom vä trolig. Saltrestriktion, betahistin, yrselskola."),
], P, why="'X:s sjukdom' + 'trolig' after")

C("onh-trol-bppv-kristallsjuka-utkast", "skane", "sk_akut_ystad", "1958-05-05", "F", "2024-02-01 08:20", [
    ("Aktuellt", "Snurrig när hon vänder sig i sängen och tittar upp, varar under minuten."),
    ("Status", "Dix-Hallpike hö: rotatorisk nystagmus efter latens. Övrig neurostatus ua."),
    ("Bedömning", "Trol. BPPV (kristallsjuka) bakre båggången hö. Epleys manöver utförd."),
], P, why="'Trol.' + abbreviation and lay name; draft", tmpl="Akutanteckning", draft=True)

# --- I circulation -------------------------------------------------------------------
C("kard-typo-aortadisektion-utrop-fraga", "skane", "sk_akut_lund", "1961-12-24", "M", "2024-06-27 16:40", [
    ("Aktuellt", "Plötslig rivande smärta i bröstet ut i ryggen mellan skulderbladen vid lyft."),
    ("Status", "BT hö arm 175/95, vä arm 130/80. Nytt diastoliskt blåsljud."),
    ("Bedömning", "Aortadisektion!? DT-angio aorta akut, thoraxkirurg förvarnad."),
], P, why="typo in the diagnosis (Aortadisektion) followed by '!?'", tmpl="Akutanteckning")

C("kard-susp-le-abbrevierad", "vgr", "vg_akut_su", "1984-04-04", "F", "2024-04-25 20:35", [
    ("Aktuellt", "Andfådd sedan igår efter flygresa från Thailand, p-piller."),
    ("Status", "Sat 91 %, puls 118, AT lätt påverkat."),
    ("Bedömning", "Susp. LE. Wells 6, DT-LA beställd, Fragmin i väntan."),
], P, why="'Susp.' + the Swedish abbreviation LE (lungemboli)")

C("kard-mb-buerger-i-diff-dg", "vgr", "vg_karlkir", "1986-09-15", "M", "2024-12-10 10:00", [
    ("Aktuellt", "Storrökare, vilovärk i tårna, sår på vä stortå sedan 2 mån, kalla vita fingrar i kyla."),
    ("Status", "Ej palpabla pulsar i a. dorsalis pedis bilat, normala femoralispulsar."),
    ("Bedömning", "Mb Buerger (thrombangiitis obliterans) i diff dg, DD embolisering. Angiografi, total rökstopp."),
], P, why="'i diff dg' after 'Mb X' with the Latin name in parentheses")

C("kard-barn-kawasakis-sjukdom-fraga", "skane", "sk_barnakut", "2018-11-05", "M", "2024-01-10 12:30", [
    ("Aktuellt", "Feber i 6 dygn trots antibiotika, röda ögon utan kladd, röda spruckna läppar."),
    ("Status", "Jordgubbstunga, svullna händer och fötter, cervikal lymfkörtel 2 cm."),
    ("Bedömning", "Kawasakis sjukdom? Ekokardiografi idag, IVIG diskuteras med barnreumatolog."),
], P, why="'X:s sjukdom?' in a child")

# --- J lung --------------------------------------------------------------------------
C("lung-alveolit-ej-osannolik", "vgr", "vg_lung", "1963-06-06", "F", "2024-06-04 11:05", [
    ("Anamnes", "Har 30 brevduvor i ett duvslag. Återkommande feber, hosta och andnöd några timmar efter att hon städat slaget."),
    ("Bedömning", "Hypersensitivitetspneumonit (allergisk alveolit) ej osannolik. Precipitiner mot fågelantigen, HRCT."),
], P, why="double-negative hedge 'ej osannolik'")

C("lung-typo-pnemothorax-fragetecken", "skane", "sk_akut_malmo", "2004-01-19", "M", "2024-05-15 13:50", [
    ("Aktuellt", "Plötsligt hugg i hö sida av bröstet och andfåddhet när han satt vid datorn. Röker."),
    ("Status", "Nedsatta andningsljud hö, hypersonor perkussion hö."),
    ("Bedömning", "Spontan pnemothorax hö? Lungröntgen akut."),
], P, why="typo in the diagnosis (pnemothorax) + '?'", tmpl="Akutanteckning")

# --- K digestive ---------------------------------------------------------------------
C("gi-fs-divertikulit-remissrad", "vgr", "vg_kir", "1960-05-10", "F", "2024-08-12 10:20", [
    ("Aktuellt", "Smärta i vä fossa iliaca i 3 dagar, feber 38,3."),
    ("Lab", "CRP 120, LPK 13."),
    ("Åtgärd", "DT buk, fs divertikulit, perforation?"),
], P, why="'fs' (frågeställning, no dots) in an order line")

C("gi-typo-dd-mb-chron", "skane", "sk_gastro_lund", "1996-11-11", "F", "2024-09-19 14:40", [
    ("Aktuellt", "Diarré 6-8 ggr/dygn i 6 v, ibland blod, viktnedgång 5 kg, munsår."),
    ("Status", "Perianal fistelöppning kl 5."),
    ("Bedömning", "DD Mb Chron, ulcerös kolit. Ileokoloskopi, f-kalprotektin, MR tunntarm."),
], P, why="typo in the eponym (Mb Chron) after 'DD'")

C("gi-spadbarn-pylorusstenos-misstanks", "vgr", "vg_barnakut", "2024-03-01", "M", "2024-04-15 19:30", [
    ("Aktuellt", "6 v gammal pojke med kaskadkräkningar efter varje mål sedan 4 d, vill äta direkt efteråt."),
    ("Status", "Lätt intorkad, palpabel olivformad resistens i epigastriet."),
    ("Bedömning", "Pylorusstenos misstänks. UL buk, blodgas, iv vätska."),
], P, why="'misstänks' after the diagnosis, infant")

C("gi-tarmischemi-dubbla-fragetecken", "vgr", "vg_akut_nal", "1941-12-12", "F", "2024-05-27 01:50", [
    ("Aktuellt", "Plötslig kraftig buksmärta sedan 3 h, har kräkts, förmaksflimmer utan antikoagulation."),
    ("Status", "Mjuk buk, lindrigt öm, ur proportion till smärtan."),
    ("Lab", "Laktat 4,5."),
    ("Bedömning", "Akut tarmischemi (mesenterialischemi)?? DT-angio, kirurgjouren."),
], P, why="'??' after a compound diagnosis with its synonym in parentheses")

C("gi-akalasi-i-forsta-hand", "vgr", "vg_gastro", "1979-05-18", "M", "2024-02-15 09:25", [
    ("Aktuellt", "Sväljsvårigheter för både fast och flytande sedan ett år, kräks upp osmält mat nattetid."),
    ("Utredning", "Gastroskopi: vidgad esofagus med matrester, cardia passeras med lätt motstånd."),
    ("Bedömning", "Akalasi i första hand. HR-manometri och esofaguspassage."),
], P, why="'i första hand' after the diagnosis")

# --- L skin --------------------------------------------------------------------------
C("hud-pyoderma-gangrenosum-ska-overvagas", "skane", "sk_hud_lund", "1981-03-23", "F", "2024-08-22 13:15", [
    ("Anamnes", "Mb Crohn sedan 10 år."),
    ("Status", "5 cm djupt ulcus på hö underben med underminerade livida kanter, mycket smärtsamt, uppkom efter ett litet stick."),
    ("Bedömning", "Pyoderma gangrenosum ska övervägas. Biopsi från kanten, ingen revision."),
], P, why="'ska övervägas' after a Latin diagnosis (Crohn is confirmed)")

C("hud-misstankt-dress-utkast", "vgr", "vg_akut_su", "1975-07-04", "M", "2024-06-17 22:00", [
    ("Aktuellt", "Feber och kliande utslag över hela kroppen, svullet ansikte. Började med karbamazepin för 3 veckor sedan."),
    ("Lab", "Eosinofiler 2,8, ALAT 4,5."),
    ("Bedömning", "Misstänkt DRESS. Karbamazepin utsatt, inläggning, hudkonsult."),
], P, why="'Misstänkt' + drug-reaction abbreviation; draft", draft=True)

# --- M musculoskeletal ---------------------------------------------------------------
C("reuma-pmr-fragetecken", "vgr", "vg_reuma", "1949-05-09", "F", "2024-01-18 10:45", [
    ("Aktuellt", "Värk och stelhet i skuldror och höfter sedan 6 v, svårt att ta på kappan, morgonstel 2 h."),
    ("Lab", "SR 70, CRP 42."),
    ("Bedömning", "PMR? Prednisolon 15 mg, förväntas snabb effekt."),
], P, why="abbreviation 'PMR?'")

C("reuma-typo-missankt-mb-horton", "vgr", "vg_akut_sks", "1945-11-30", "F", "2024-02-08 15:35", [
    ("Aktuellt", "Ny huvudvärk i tinningarna, smärta i käken när hon tuggar, har sett suddigt en stund."),
    ("Status", "Förtjockad, öm temporalisartär hö med svag puls."),
    ("Lab", "SR 88."),
    ("Bedömning", "Missänkt Mb Horton (temporalisarterit). Prednisolon 60 mg idag, remiss temporalisbiopsi inom 1 v."),
], P, why="typo in the cue (Missänkt) before 'Mb X'")

C("reuma-bechterews-sjukdom-att-misstanka", "skane", "sk_reuma_lund", "1996-09-09", "M", "2024-03-13 11:00", [
    ("Aktuellt", "Ländryggsvärk sedan 2 år som väcker honom nattetid, bättre när han rör sig, morgonstel 1 h."),
    ("Lab", "HLA-B27 positiv, CRP 18."),
    ("Bedömning", "Bechterews sjukdom (ankyloserande spondylit) att misstänka. MR SI-leder."),
], P, why="'X:s sjukdom' + 'att misstänka'")

C("ort-barn-mb-perthes-fragetecken", "skane", "sk_barn_lund", "2018-02-14", "M", "2024-04-03 14:05", [
    ("Aktuellt", "Haltar sedan 3 v, säger att det gör ont i knät."),
    ("Status", "Knä ua. Inskränkt inåtrotation och abduktion i hö höft."),
    ("Bedömning", "Mb Perthes? Rtg bäcken med lauensteinbild hö höft."),
], P, why="'Mb X?' in a child")

# --- N genitourinary -----------------------------------------------------------------
C("uro-torsio-testis-fragetecken", "skane", "sk_uro_malmo", "2007-06-06", "M", "2024-08-20 05:55", [
    ("Aktuellt", "Vaknade kl 05 med plötslig kraftig smärta i vä testikel och kräkning."),
    ("Status", "Vä testikel högt stående, horisontellt läge, cremasterreflex saknas vä."),
    ("Bedömning", "Torsio testis vä? Akut op-anmälan, ingen tid för UL."),
], P, why="Latin diagnosis + '?', 17-year-old")

C("njur-parentes-ev-iga-nefropati", "vgr", "vg_njur", "2001-02-15", "M", "2024-01-25 13:30", [
    ("Aktuellt", "Coca-colafärgad urin 1-2 dagar efter halsinfektion, tredje gången på 2 år."),
    ("Lab", "U-sticka: blod 3+, protein 1+. Krea 98."),
    ("Bedömning", "Återkommande makroskopisk hematuri efter luftvägsinfektioner (ev. IgA-nefropati). Njurbiopsi, ACE-hämmare."),
], P, why="'ev.' + diagnosis inside parentheses")

C("gyn-typo-misstankt-endometrois", "skane", "sk_kk_malmo", "1994-06-14", "F", "2024-05-22 10:30", [
    ("Aktuellt", "Svår mensvärk sedan tonåren trots p-piller, smärta vid samlag och vid tarmtömning under mens."),
    ("Status", "Öm nodulär förtjockning i fossa Douglasi."),
    ("Bedömning", "Misstänkt endometrois med djup infiltration. MR lilla bäckenet, ev. laparoskopi."),
], P, why="typo in the diagnosis (endometrois) after 'Misstänkt'")

# --- O pregnancy ---------------------------------------------------------------------
C("obst-preeklampsi-bekraftad-hellp-fraga", "vgr", "vg_kk", "1990-10-10", "F", "2024-03-28 07:45", [
    ("Aktuellt", "Gv 34+2. Huvudvärk och flimmer för ögonen sedan i morse, ont under hö revbensbåge."),
    ("Status", "BT 165/108, U-albumin 2+."),
    ("Lab", "TPK 88, ASAT 3,2, LD 9."),
    ("Bedömning", "Preeklampsi, svår form. HELLP? Magnesiumsulfat, förlossningsplanering."),
], P, why="confirmed preeklampsi next to hedged 'HELLP?'", setting="slutenvård")

C("obst-susp-extrauterin-x", "vgr", "vg_kk", "1996-12-31", "F", "2024-06-20 16:15", [
    ("Aktuellt", "Gv 6+5 enligt SM. Sparsam brunaktig blödning och ont i vä sida."),
    ("Utredning", "Vaginalt UL: ingen intrauterin graviditet, lite fri vätska i lilla bäckenet. hCG 2100."),
    ("Bedömning", "Susp. extrauterin graviditet (X) vä. Ny hCG och UL om 48 h, hör av dig direkt vid ökad smärta."),
], P, why="'Susp.' + diagnosis with the Swedish abbreviation X in parentheses")

C("obst-graviditetskolestas-icp-sannolik", "skane", "sk_kk_malmo", "1993-01-23", "F", "2024-09-26 11:20", [
    ("Aktuellt", "Gv 33+1. Intensiv klåda i handflator och fotsulor nattetid, inga utslag."),
    ("Lab", "Gallsyror 38, ALAT 1,2."),
    ("Bedömning", "Graviditetskolestas (ICP) sannolik. Ursodeoxicholsyra, ny gallsyra om 1 v, CTG."),
], P, why="compound pregnancy diagnosis + abbreviation, 'sannolik' after")

# --- P perinatal ---------------------------------------------------------------------
C("neo-trol-ttn-dd-gbs-sepsis-utkast", "skane", "sk_neo_lund", "2024-02-10", "M", "2024-02-10 14:00", [
    ("Aktuellt", "Född gv 36+2 med elektivt snitt. Andas snabbt sedan födseln."),
    ("Status", "AF 80, lätt grunting, sat 93 % i rumsluft."),
    ("Röntgen", "Vätska i interlobärfissurerna, i övrigt ua."),
    ("Bedömning", "Trol. TTN (våt lunga). DD begynnande neonatal sepsis (GBS), CRP och blododling, ampicillin + gentamicin."),
], P, why="'Trol.' + abbreviation and lay name, DD; newborn; draft", setting="slutenvård", draft=True)

C("neo-forenligt-med-nec", "vgr", "vg_neo", "2024-04-01", "F", "2024-04-11 04:30", [
    ("Aktuellt", "Född i v 29. Dag 10. Uppspänd buk, gallfärgade ventrikelaspirat och blod i avföringen sedan i natt."),
    ("Bedömning", "Förenligt med NEC. Buköversikt, uppehåll i enteral nutrition, bredspektrumantibiotika."),
], P, why="'Förenligt med' + abbreviation, premature newborn", setting="slutenvård")

# --- Q congenital --------------------------------------------------------------------
C("kong-talar-for-marfans-syndrom", "skane", "sk_barn_lund", "2014-01-28", "M", "2024-06-07 09:50", [
    ("Status", "Lång för åldern (+3 SD), långa smala fingrar, pectus excavatum, positivt tumme- och handledstecken. Ögonläkaren har sett linsluxation bilat."),
    ("Bedömning", "Fynden talar för Marfans syndrom. Remiss klinisk genetik och barnkardiologi för ekokardiografi."),
], P, why="'talar för' + eponymous syndrome, child")

C("kong-nyfodd-turners-syndrom-fraga", "vgr", "vg_neo", "2024-05-05", "F", "2024-05-06 10:25", [
    ("Status", "Kort bred hals med överskott av hud, lymfödem på händer och fötter, svaga femoralispulsar."),
    ("Bedömning", "Turners syndrom? Kromosomanalys akut, ekokardiografi avseende koarktation."),
], P, why="eponymous syndrome + '?', newborn", setting="slutenvård")

# --- S/T injuries --------------------------------------------------------------------
C("trauma-sdh-fragetecken-antikoagulerad", "skane", "sk_akut_malmo", "1937-04-04", "M", "2024-11-28 17:00", [
    ("Aktuellt", "Ramlade i trappan igår och slog huvudet. Waran pga mekanisk klaff. Idag slöare."),
    ("Status", "RLS 2, pupiller lika. INR 3,4."),
    ("Bedömning", "SDH? DT hjärna akut, reversering med Ocplex förbereds."),
], P, why="abbreviation 'SDH?'", tmpl="Akutanteckning")

C("trauma-lisfrancskada-misstankt", "vgr", "vg_ort", "1992-02-02", "M", "2024-05-02 12:10", [
    ("Aktuellt", "Föll av häst med foten kvar i stigbygeln."),
    ("Status", "Svullen mellanfot, plantart hematom."),
    ("Röntgen", "Rtg fot: ökat avstånd mellan basen av metatarsale I och II?"),
    ("Bedömning", "Lisfrancskada misstänkt. DT fot, avlastning."),
], P, why="eponym compound word + 'misstänkt' after")

# --- T poisonings --------------------------------------------------------------------
C("tox-serotonergt-syndrom-trol", "vgr", "vg_akut_sas", "1970-10-25", "F", "2024-04-16 21:40", [
    ("Aktuellt", "Sertralin sedan länge, fick tramadol för ryggvärk för 2 dagar sedan. Nu orolig, svettig och skakig."),
    ("Status", "Temp 38,9, klonus i fotlederna, hyperreflexi, mydriasis."),
    ("Bedömning", "Serotonergt syndrom trol. Tramadol och sertralin utsatta, bensodiazepin, övervakning."),
], P, why="'trol.' after a drug-induced syndrome")

C("tox-co-forgiftning-fragetecken", "skane", "sk_akut_lund", "1977-11-08", "M", "2024-12-16 08:30", [
    ("Aktuellt", "Hela familjen har huvudvärk och illamående sedan de började elda i den gamla kaminen i stugan."),
    ("Bedömning", "CO-förgiftning? COHb tas, 100 % syrgas på mask, övriga familjemedlemmar kallas in."),
], P, why="abbreviation compound 'CO-förgiftning?'", tmpl="Akutanteckning")

C("tox-misstanke-om-amatoxin-flugsvamp", "skane", "sk_akut_hbg", "1959-09-01", "M", "2024-09-09 10:05", [
    ("Aktuellt", "Plockade och åt vita svampar från skogen igår kväll, kraftiga diarréer och kräkningar sedan 10 h."),
    ("Bedömning", "Misstanke om amatoxinförgiftning (vit flugsvamp). Giftinformationscentralen kontaktad, kol, acetylcystein."),
], P, why="'Misstanke om' + poisoning with lay name in parentheses", tmpl="Akutanteckning")

# --- mixed notes (one idea: the visible hedge still fires) ---------------------------
C("mix-vgr-th-sokord-plus-synlig-trol-koledokussten", "vgr", "vg_kir", "1951-07-19", "F", "2024-10-04 11:15", [
    ("Aktuellt", "Ikterus sedan 1 v, smärtor under hö revbensbåge efter måltid."),
    ("Tidiga hypoteser", "Oregelbunden väggförtjockning i gallblåsan på DT, misstänkt gallblåsecancer. MDK nästa vecka."),
    ("Bedömning", "Trol. koledokussten med kolestas. ERCP planeras."),
], P, why="VGR: Tidiga hypoteser sökord is hidden, but the hedge in Bedömning is visible")

C("mix-hereditet-crohn-plus-trol-ibs", "skane", "sk_gastro_lund", "1998-02-25", "F", "2024-04-18 13:40", [
    ("Hereditet", "Mor Mb Crohn, morfar koloncancer vid 70 års ålder."),
    ("Aktuellt", "Växlande avföring och uppblåsthet sedan 1 år, värre vid stress."),
    ("Lab", "F-kalprotektin 35, Hb och CRP normala."),
    ("Bedömning", "Trol. IBS, DD mikroskopisk kolit. Koloskopi med biopsier pga hereditet."),
], P, why="family history is affirmed, the patient's own diagnosis is hedged", draft=True)

C("mix-barn-negation-appendicit-plus-trol-lymfadenit", "vgr", "vg_barnakut", "2016-05-19", "M", "2024-11-08 20:10", [
    ("Aktuellt", "Ont i magen hö nedre kvadrant i 2 dagar, feber 38, förkyld.")  ,
    ("Röntgen", "UL buk: normal appendix, flera förstorade mesenteriella lymfkörtlar."),
    ("Bedömning", "Inga tecken på appendicit. Sannolikt mesenteriell lymfadenit, hem med paracetamol och ny kontakt vid försämring."),
], P, why="a negated diagnosis next to a hedged one: the hedged one fires")

# ======================================================================================
# NEGATIVES: no hedged diagnosis of the patient in a visible section -> no NL102
# ======================================================================================

# --- confirmed diagnoses -------------------------------------------------------------
C("neg-bekraftad-mb-basedow", "skane", "sk_endo_malmo", "1987-03-09", "F", "2024-02-06 10:30", [
    ("Aktuellt", "Nybesök. Hjärtklappning, viktnedgång 5 kg, värmeintolerans sedan 3 mån."),
    ("Lab", "TSH <0,01, fT4 45, TRAK 12 (positiv)."),
    ("Diagnos", "Mb Basedow. Scintigrafi med diffust ökat upptag."),
    ("Åtgärd", "Tiamazol 20 mg x 1 och propranolol. Nya tyreoideaprover om 4 veckor."),
], must_not=P, why="confirmed Mb Basedow, no hedge", tmpl="Mottagningsanteckning")

C("neg-bekraftad-neuroborrelios-epikris", "vgr", "vg_inf_ostra", "1971-07-14", "M", "2024-09-02 14:00", [
    ("Epikris", "Inlagd för huvudvärk och radikulär smärta efter fästingbett. LP: 180 mononukleära celler, positivt borrelia-antikroppsindex. Diagnos neuroborrelios, behandlad med doxycyklin 200 mg x 1 i 14 dagar. Symtomfri vid utskrivningen."),
], must_not=P, why="verified diagnosis in an epicrisis", tmpl="Epikris", setting="slutenvård")

C("neg-pad-bowens-sjukdom", "skane", "sk_hud_lund", "1944-02-19", "M", "2024-04-17 15:20", [
    ("PAD", "Skivepitelcancer in situ (Bowens sjukdom) vä kind, radikalt exciderad."),
    ("Information", "Pat informerad om PAD-svaret per telefon. Ingen ytterligare behandling, egenkontroll av huden."),
], must_not=P, why="histologically confirmed eponymous diagnosis", tmpl="Telefonanteckning")

C("neg-bekraftat-brugadasyndrom", "vgr", "vg_kard", "1983-01-26", "M", "2024-03-19 13:15", [
    ("Utredning", "Ajmalintest 2024-03-12: övergång till typ 1-mönster i V1-V2."),
    ("Bedömning", "Brugadasyndrom. Symtomfri, ingen synkope, därför ingen ICD i nuläget. Ta paracetamol tidigt vid feber."),
], must_not=P, why="confirmed channelopathy, no hedge")

C("neg-neonatal-hyperbilirubinemi-utkast", "skane", "sk_neo_lund", "2024-06-01", "F", "2024-06-04 09:10", [
    ("Aktuellt", "Dag 3, helammad, gul i huden ner till naveln."),
    ("Lab", "TSB 320 µmol/L, över ljusgränsen. DAT negativ."),
    ("Bedömning", "Neonatal hyperbilirubinemi. Fototerapi startad, ny TSB om 6 h."),
], must_not=P, why="confirmed perinatal diagnosis; draft", setting="slutenvård", draft=True)

C("neg-eosinofil-esofagit-bekraftad", "vgr", "vg_gastro", "1990-10-30", "M", "2024-05-14 10:00", [
    ("Utredning", "PAD från esofagus: 45 eosinofiler/HPF proximalt och distalt."),
    ("Bedömning", "Eosinofil esofagit, nu bekräftad histologiskt. Start PPI i dubbeldos 8 v, sedan ny gastroskopi."),
], must_not=P, why="'bekräftad' diagnosis")

C("neg-barn-hand-fot-munsjuka", "skane", "sk_barnakut", "2021-04-10", "F", "2024-08-26 17:45", [
    ("Status", "Blåsor på tungan och gommen, små ovala vesikler på handflator och fotsulor, afebril."),
    ("Bedömning", "Hand-fot-munsjuka. Självläkande, vätska och paracetamol vid behov, får gå till förskolan när hon orkar."),
], must_not=P, why="clinical diagnosis stated without hedge, child")

C("neg-weber-b-fraktur-rtg", "vgr", "vg_ort", "1976-12-03", "M", "2024-02-28 12:40", [
    ("Röntgen", "Fotled vä: Weber B-fraktur utan medial skada, kongruent ledspringa."),
    ("Åtgärd", "Stabil fraktur. Walker 6 v, belastning efter förmåga, rtg-kontroll om 1 v."),
], must_not=P, why="radiologically confirmed eponymous fracture")

# --- ruled out -----------------------------------------------------------------------
C("neg-ingen-misstanke-om-aortadissektion", "skane", "sk_akut_lund", "1958-09-14", "M", "2024-06-11 22:20", [
    ("Aktuellt", "Bröstsmärta som strålar mot ryggen sedan i morse."),
    ("Röntgen", "DT-angio aorta: normalvid aorta utan intimaflik."),
    ("Bedömning", "Ingen misstanke om aortadissektion efter DT. Troponiner normala x2, EKG ua. Hem, ctr hos distriktsläkare."),
], must_not=P, why="'Ingen misstanke om' negates the diagnosis", tmpl="Akutanteckning")

C("neg-fynden-talar-emot-ms", "vgr", "vg_neuro", "1991-05-28", "F", "2024-04-09 14:30", [
    ("Utredning", "MR hjärna och halsrygg utan demyeliniserande förändringar. Likvor: inga oligoklonala band, normalt IgG-index."),
    ("Bedömning", "Sammantaget talar fynden emot MS. Parestesierna bedöms som benigna, ingen uppföljning på neurologen."),
], must_not=P, why="'talar ... emot' rules the diagnosis out")

C("neg-malaria-uteslutet", "skane", "sk_inf_lund", "1985-11-21", "F", "2024-07-24 16:00", [
    ("Aktuellt", "Feber efter resa till Ghana, hemkom för 2 v sedan."),
    ("Lab", "Tre tjocka droppar och malariasnabbtest negativa med 12 h mellanrum."),
    ("Bedömning", "Malaria uteslutet. Blododlingar tagna, åter vid försämring."),
], must_not=P, why="'uteslutet' after the diagnosis")

C("neg-typo-inga-tecken-pa-menigit", "vgr", "vg_akut_su", "1999-08-25", "M", "2024-01-11 03:20", [
    ("Status", "Ingen nackstelhet, Kernigs tecken neg, vaken och adekvat. Inga petekier."),
    ("Bedömning", "Inga tecken på menigit. Influensa A-PCR positiv, symtomatisk behandling."),
], must_not=P, why="'Inga tecken på' with a typo in the diagnosis (menigit)")

C("neg-appendicit-avskrivs-utkast", "skane", "sk_kir_ystad", "2000-12-08", "F", "2024-10-10 08:15", [
    ("Aktuellt", "Inlagd igår för smärta i hö fossa iliaca."),
    ("Status", "Idag mjuk och oöm buk, äter."),
    ("Bedömning", "UL utan förstorad appendix, CRP sjunkit från 45 till 12. Appendicit avskrivs, hemgång."),
], must_not=P, why="'avskrivs' dismisses the diagnosis; draft", setting="slutenvård", draft=True)

C("neg-ingen-ablatio-glaskroppsavlossning", "vgr", "vg_ogon", "1960-03-03", "M", "2024-11-21 11:30", [
    ("Aktuellt", "Nya flytare i hö öga sedan 3 dagar, inga blixtar nu."),
    ("Status", "Vidgad pupill: bakre glaskroppsavlossning hö. Ingen ablatio och inga hål, perifer retina anliggande runt om."),
    ("Bedömning", "Okomplicerad bakre glaskroppsavlossning. Åter akut om gardin eller skugga."),
], must_not=P, why="'Ingen' + Latin diagnosis; the other diagnosis is confirmed")

C("neg-typo-ingen-missanke-om-lungemboli", "skane", "sk_akut_malmo", "1978-07-02", "F", "2024-03-22 14:45", [
    ("Aktuellt", "Andfåddhet efter förkylning, inga riskfaktorer för trombos."),
    ("Lab", "D-dimer 0,3 (neg)."),
    ("Bedömning", "Ingen missänke om lungemboli med Wells 1 och negativ D-dimer. Hem, åter vid försämring."),
], must_not=P, why="negation cue with a typo (missänke)", tmpl="Akutanteckning")

C("neg-addisons-sjukdom-kan-uteslutas", "skane", "sk_med_krist", "1969-09-19", "F", "2024-05-09 13:05", [
    ("Lab", "S-kortisol kl 08: 520 nmol/L."),
    ("Bedömning", "Addisons sjukdom kan därmed uteslutas. Tröttheten bedöms hänga ihop med sömnbrist, uppföljning på vc."),
], must_not=P, why="'kan uteslutas' (without ej) is a negation")

C("neg-torsio-testis-uteslutet-doppler", "vgr", "vg_uro", "2006-01-15", "M", "2024-03-05 19:10", [
    ("Status", "Doppler-UL: symmetriskt flöde i båda testiklarna, förtjockad bitestikel hö."),
    ("Bedömning", "Torsio testis uteslutet. Epididymit hö, ciprofloxacin 10 d."),
], must_not=P, why="Latin diagnosis ruled out, the other diagnosis affirmed")

C("neg-typo-utan-halpunkt-for-sab", "vgr", "vg_akut_sks", "1973-04-18", "F", "2024-07-15 09:40", [
    ("Aktuellt", "Åskknallshuvudvärk för 14 h sedan under träning."),
    ("Utredning", "DT hjärna ua. LP: inga erytrocyter, ingen xantokromi."),
    ("Bedömning", "Utan hålpunkt för subaraknoidalblödning. Ansträngningsutlöst huvudvärk, hem med NSAID."),
], must_not=P, why="'Utan hållpunkt för' with a typo (hålpunkt)")

# --- family history ------------------------------------------------------------------
C("neg-hereditet-huntington-mor", "skane", "sk_neuro_lund", "1990-02-14", "M", "2024-09-16 10:00", [
    ("Hereditet", "Mor och morbror har Huntingtons sjukdom, mor bor på boende."),
    ("Aktuellt", "Kommer för genetisk vägledning inför presymtomatisk testning."),
    ("Status", "Neurologstatus ua, inga ofrivilliga rörelser."),
    ("Åtgärd", "Första samtal hos genetisk vägledare bokat."),
], must_not=P, why="eponymous disease only in relatives, patient asymptomatic")

C("neg-hereditet-far-trol-hemokromatos", "vgr", "vg_med_sks", "1977-06-30", "M", "2024-02-15 14:20", [
    ("Hereditet", "Far trol. hemokromatos, aldrig utredd. Bror opererad för koloncancer vid 52 års ålder."),
    ("Aktuellt", "Hälsokontroll inför koloskopi pga hereditet."),
    ("Åtgärd", "Koloskopi bokas. Järnstatus tas."),
], must_not=P, why="hedged diagnosis belongs to the father (Hereditet)")

C("neg-hereditet-mormor-ev-mb-parkinson", "skane", "sk_neuro_malmo", "1956-08-08", "F", "2024-06-24 11:25", [
    ("Hereditet", "Mormor hade ev. Mb Parkinson, farfar diabetes typ 2."),
    ("Aktuellt", "Essentiell tremor sedan 20 år i båda händerna, bättre av ett glas vin."),
    ("Bedömning", "Oförändrad essentiell tremor. Propranolol höjs till 40 mg x 2."),
], must_not=P, why="'ev. Mb X' about the grandmother; patient's diagnosis is confirmed")

C("neg-hereditet-syster-misstankt-eds", "vgr", "vg_reuma", "1995-07-21", "F", "2024-10-24 09:30", [
    ("Hereditet", "Syster misstänkt Ehlers-Danlos, utreds på annat sjukhus."),
    ("Aktuellt", "Kontroll av RA, stabil på metotrexat."),
    ("Status", "Inga svullna leder, DAS28 2,1."),
    ("Bedömning", "RA i remission. Oförändrad behandling."),
], must_not=P, why="hedged eponymous syndrome belongs to the sister")

C("neg-hereditet-kusin-cystisk-fibros", "skane", "sk_barn_lund", "2019-09-30", "M", "2024-01-23 15:00", [
    ("Hereditet", "Kusin på fars sida med cystisk fibros. I övrigt ingen känd ärftlighet."),
    ("Aktuellt", "Återkommande förkylningar hösten igenom, växer enligt kurvan."),
    ("Bedömning", "Normal infektionsfrekvens för ett förskolebarn. Svettest i våras var normalt. Ingen åtgärd."),
], must_not=P, why="diagnosis only in a cousin, child")

# --- past history --------------------------------------------------------------------
C("neg-tidigare-misstankt-sarkoidos-avskrevs", "vgr", "vg_lung", "1980-04-02", "F", "2024-06-13 10:50", [
    ("Tidigare sjukdomar", "Utreddes 2019 för misstänkt sarkoidos, som avskrevs efter bronkoskopi med normala fynd."),
    ("Aktuellt", "Astma sedan barndomen, nu välkontrollerad på ICS."),
    ("Bedömning", "Astma, välkontrollerad. ACT 23. Fortsätter budesonid/formoterol."),
], must_not=P, why="a past hypothesis that was dismissed years ago")

C("neg-tidigare-sjukdomar-hypotyreos", "skane", "sk_uro_malmo", "1948-10-05", "M", "2024-11-07 13:30", [
    ("Tidigare sjukdomar", "Appendektomi 1968. Hypotyreos sedan 2015, välsubstituerad på levotyroxin."),
    ("Aktuellt", "Prostatacancer Gleason 3+4, aktiv monitorering. PSA stabilt 6,2."),
    ("Bedömning", "Fortsatt aktiv monitorering, ny MR prostata om 1 år."),
], must_not=P, why="past and current diagnoses all confirmed")

C("neg-misstanktes-celiaki-som-barn-bekraftades", "skane", "sk_gastro_lund", "1997-05-24", "F", "2024-08-15 14:10", [
    ("Anamnes", "Misstänktes ha celiaki vid 6 års ålder, vilket bekräftades med tunntarmsbiopsi. Glutenfri kost sedan dess."),
    ("Aktuellt", "Magont och uppblåsthet senaste månaderna trots strikt glutenfri kost."),
    ("Lab", "Transglutaminas-IgA normalt."),
    ("Bedömning", "Celiaki, serologiskt välkontrollerad. Dietistkontakt för genomgång av kosten."),
], must_not=P, why="a childhood suspicion that was confirmed long ago")

# --- hedges not about a diagnosis ----------------------------------------------------
C("neg-ev-aterbesok", "vgr", "vg_kard", "1950-06-15", "F", "2024-04-30 10:20", [
    ("Aktuellt", "Förmaksflimmer, på apixaban och bisoprolol. Inga besvär."),
    ("Status", "Puls 68 oregelbunden, BT 132/80."),
    ("Planering", "Ev. återbesök om 6 mån, annars via vc. Årlig kontroll av krea."),
], must_not=P, why="'Ev.' hedges a follow-up visit, not a diagnosis")

C("neg-trol-hemgang-imorgon-utkast", "skane", "sk_med_krist", "1947-01-01", "M", "2024-12-12 09:00", [
    ("Aktuellt", "Inlagd för pneumoni i hö underlob, dag 4 på bensylpenicillin."),
    ("Status", "Afebril sedan igår, sat 95 % utan syrgas."),
    ("Planering", "Trol. hemgång imorgon om fortsatt stabil. Byte till PcV."),
], must_not=P, why="'Trol.' hedges discharge, diagnosis is confirmed; draft", setting="slutenvård", draft=True)

C("neg-typo-missanker-att-pat-inte-tar-medicin", "vgr", "vg_med", "1943-10-10", "M", "2024-06-06 15:15", [
    ("Aktuellt", "Hjärtsvikt, tredje inläggningen i år med ödem och viktuppgång."),
    ("Bedömning", "Missänker att pat inte tar sin medicin som ordinerat, dosetten var orörd vid hembesöket. Apodos ordineras, hemsjukvård kopplas in."),
], must_not=P, why="suspicion about adherence (cue with typo), not about a diagnosis", setting="slutenvård")

C("neg-sannolikt-byte-till-peroral", "skane", "sk_inf_malmo", "1968-02-14", "F", "2024-05-17 11:45", [
    ("Aktuellt", "Dag 3 med cefotaxim för pyelonefrit, E. coli känslig för ciprofloxacin."),
    ("Planering", "Sannolikt byte till peroral antibiotika imorgon när hon varit feberfri ett dygn."),
], must_not=P, why="'Sannolikt' hedges a treatment change", setting="slutenvård")

C("neg-fragetecken-om-bilkorning", "vgr", "vg_ogon", "1939-12-01", "F", "2024-08-27 13:40", [
    ("Aktuellt", "Kataraktoperation hö öga för 1 v sedan, kontroll."),
    ("Status", "Visus hö 0,8, lugnt öga, klar kornea."),
    ("Planering", "? om pat kan köra bil nu – kräver synfältsmätning, bokas vid ctr om 4 v."),
], must_not=P, why="'?' about fitness to drive, not a diagnosis")

C("neg-kan-ej-uteslutas-provtagning-litium", "skane", "sk_psyk_malmo", "1975-03-12", "M", "2024-10-03 10:35", [
    ("Aktuellt", "Bipolär sjukdom typ I, litium sedan 2018."),
    ("Lab", "S-litium 1,3 mmol/L."),
    ("Bedömning", "Kan ej uteslutas att provet tagits för tidigt efter kvällsdosen. Ny spegel 12 h efter dos om 1 v, oförändrad dos tills dess."),
], must_not=P, why="'Kan ej uteslutas' about sampling time, diagnosis confirmed")

# --- hedged text inside Tidiga hypoteser (Skåne: template; VGR: sökord) ---------------
C("neg-th-skane-misstankt-huntington", "skane", "sk_neuro_lund", "1972-08-08", "M", "2024-03-08 16:10", [
    ("Bedömning", "Ofrivilliga ryckiga rörelser i ansikte och händer, irritabilitet. Misstänkt Huntingtons sjukdom; mor dog tidigt i oklar neurologisk sjukdom. Gentest efter genetisk vägledning."),
], must_not=TH, why="Skåne Melior: hedge inside the Tidiga hypoteser template", tmpl="Tidiga hypoteser")

C("neg-th-skane-bild-som-vid-ftd", "skane", "sk_geri_krist", "1952-12-19", "F", "2024-05-28 14:25", [
    ("Bedömning", "Personlighetsförändring, hämningslöshet och ändrat matbeteende senaste året. Bild som vid frontotemporal demens (bvFTD), DD sent debuterande bipolär sjukdom."),
], must_not=TH, why="Skåne Melior: 'bild som vid' + DD inside the Tidiga hypoteser template", tmpl="Tidiga hypoteser")

C("neg-th-skane-misstankt-pankreascancer", "skane", "sk_kir_malmo", "1949-04-26", "M", "2024-07-17 15:05", [
    ("Röntgen", "DT: 3 cm lågattenuerande process i pankreashuvudet, dilaterad ductus pancreaticus."),
    ("Bedömning", "Misstänkt pankreascancer, tas upp på MDK innan vidare besked."),
], must_not=TH, why="Skåne Melior: hedged cancer inside the Tidiga hypoteser template", tmpl="Tidiga hypoteser")

C("neg-th-skane-typo-sannolkit-ms", "skane", "sk_neuro_malmo", "1994-10-02", "F", "2024-11-11 11:50", [
    ("Hypotes", "Sannolkit MS med två episoder skilda i tid och flera periventrikulära lesioner. Likvorsvar inväntas."),
], must_not=TH, why="Skåne Melior: hedge (typo Sannolkit) inside the Tidiga hypoteser template", tmpl="Tidiga hypoteser")

C("neg-th-vgr-sokord-sannol-als", "vgr", "vg_neuro", "1955-05-15", "M", "2024-01-15 10:15", [
    ("Aktuellt", "Svaghet i hö hand, svårt att knäppa knappar."),
    ("Status", "Atrofi thenar hö, fascikulationer i bägge överarmarna."),
    ("Tidiga hypoteser", "Sannol. ALS, ENeG bokad."),
    ("Åtgärd", "ENeG och MR halsrygg beställda, återbesök efter undersökningarna."),
], must_not=TH, why="VGR: hedge only under the Tidiga hypoteser sökord; visible sections hold none; draft", draft=True)

C("neg-th-vgr-sokord-susp-myelom", "vgr", "vg_hemat", "1951-11-23", "F", "2024-03-25 13:20", [
    ("Lab", "M-komponent IgG kappa 28 g/L, Hb 104, Ca normalt."),
    ("Tidiga hypoteser", "Susp. myelom, benmärgsprov planeras."),
    ("Planering", "Benmärgsundersökning och DT skelett, nytt besök om 2 v."),
], must_not=TH, why="VGR: 'Susp.' only under the Tidiga hypoteser sökord")

C("neg-th-vgr-sokord-glioblastom-dd", "vgr", "vg_nkir", "1966-09-09", "M", "2024-10-17 14:55", [
    ("Aktuellt", "Första epileptiska anfallet i livet, nu neurologiskt återställd."),
    ("Röntgen", "MR hjärna: 4 cm kontrastladdande process vä temporalt med central nekros och ödem."),
    ("Tidiga hypoteser", "Kan ej uteslutas glioblastom, DD metastas eller abscess. Tas på neuroonkologisk rond."),
    ("Åtgärd", "Betapred 8 mg x 2, Keppra 500 mg x 2. DT thorax-buk."),
], must_not=TH, why="VGR: 'kan ej uteslutas' + DD only under the Tidiga hypoteser sökord")

C("neg-th-vgr-sokord-dd-schizofreni-autism", "vgr", "vg_psyk", "2004-03-30", "F", "2024-09-12 11:00", [
    ("Aktuellt", "Isolerar sig, har slutat på jobbet, säger att grannarna ser henne genom väggarna."),
    ("Tidiga hypoteser", "DD: prodromalfas schizofreni / autism med sekundär psykotisk bild."),
    ("Planering", "Utökad bedömning med psykolog, drogscreening, återbesök om 1 v."),
], must_not=TH, why="VGR: DD list only under the Tidiga hypoteser sökord")

# --- numbers / units / look-alike abbreviations --------------------------------------
C("neg-qtc-ms-fragetecken", "skane", "sk_kard_malmo", "1961-11-17", "M", "2024-02-29 10:40", [
    ("Utredning", "EKG: SR 72/min, PQ 160 ms, QRS 96 ms, QTc 510 ms? – manuell mätning i V5 ger 452 ms."),
    ("Bedömning", "Normal QT-tid vid manuell mätning. Fortsatt citalopram."),
], must_not=P, why="'ms?' is milliseconds, not MS")

C("neg-sat-pa-ra-ev-syrgas", "vgr", "vg_med_sks", "1948-01-29", "F", "2024-11-26 08:40", [
    ("Aktuellt", "KOL-exacerbation, dag 2 av prednisolon."),
    ("Status", "AF 18, sat 93 % på RA, puls 84, BT 145/80, temp 37,1."),
    ("Planering", "Ev. 1 L O2 på grimma vb nattetid. Mobilisering med fysioterapeut."),
], must_not=P, why="RA = rumsluft and 'Ev.' hedges oxygen, KOL is confirmed", setting="slutenvård")

C("neg-af-andningsfrekvens-fragetecken-utkast", "skane", "sk_akut_hbg", "1984-06-18", "M", "2024-09-20 19:55", [
    ("Status", "AF 24? räknad under 15 s, ommätning 18/min. Sat 98 %, puls 76."),
    ("Bedömning", "Muskuloskeletal bröstsmärta efter träning, palpationsöm över kostokondrala leder. Hem."),
], must_not=P, why="'AF 24?' is respiratory rate, not atrial fibrillation; draft", tmpl="Akutanteckning", draft=True)

C("neg-ev-mr-landrygg", "vgr", "vg_ort", "1970-02-09", "M", "2024-04-04 15:30", [
    ("Aktuellt", "Lumbago sedan 2 v efter lyft, ingen utstrålning."),
    ("Status", "Lasègue neg bilat, normal sensorik och motorik i benen."),
    ("Planering", "Ev. MR ländrygg om kvarstående besvär efter 6 v sjukgymnastik."),
], must_not=P, why="'Ev. MR' is an imaging exam, not mitral regurgitation")

C("neg-barn-ev-pe-ror", "skane", "sk_onh_lund", "2021-02-12", "F", "2024-05-13 09:20", [
    ("Aktuellt", "Återkommande öroninflammationer, 6 st senaste halvåret, hör sämre enligt förskolan."),
    ("Status", "Sekretorisk otit bilat med matta trumhinnor. Tympanometri B-kurva bilat."),
    ("Planering", "Ev. PE-rör bilat i narkos, föräldrarna funderar till nästa besök."),
], must_not=P, why="'Ev. PE-rör' are ear tubes, not pulmonary embolism; child")

# --- PMO (diagnoses never shown) -----------------------------------------------------
C("neg-pmo-vc-trol-erythema-migrans", "skane", "sk_vc_nasby", "1966-05-20", "F", "2024-07-01 10:10", [
    ("Aktuellt", "Fästingbett för 10 dagar sedan i hö knäveck."),
    ("Status", "Rodnad 8 cm med central uppklarning runt bettet."),
    ("Bedömning", "Trol. erythema migrans. PcV 1 g x 3 i 10 dagar."),
], must_not=P, why="PMO never shows diagnoses to the patient", system="PMO")

C("neg-pmo-bvc-misstankt-komjolksallergi", "skane", "sk_bvc", "2024-01-15", "M", "2024-03-20 13:30", [
    ("Aktuellt", "Blodig slemmig avföring sedan 2 v, helammad, växer fint."),
    ("Bedömning", "Misstänkt komjölksproteinallergi. Mamma tar bort mjölkprotein ur sin kost i 4 v, ny bedömning efter det."),
], must_not=P, why="PMO (BVC): hedged diagnosis is not shown", system="PMO", tmpl="BVC-anteckning")

C("neg-pmo-um-klamydia-fragetecken", "skane", "sk_um", "2006-10-10", "M", "2024-02-09 15:45", [
    ("Aktuellt", "Sveda vid vattenkastning sedan 5 dagar, oskyddat samlag för 2 v sedan."),
    ("Bedömning", "Klamydia? Urinprov för klamydia/gonorré-PCR taget, svar via 1177."),
], must_not=P, why="PMO (ungdomsmottagning): hedged diagnosis is not shown", system="PMO",
   tmpl="Besöksanteckning", role="barnmorska")


# ======================================================================================
# build + validate
# ======================================================================================

def luhn(digits):
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return (10 - total % 10) % 10


def pnr(born, sex, idx):
    serial = 100 + (idx * 37) % 890
    if (serial % 10) % 2 != (1 if sex == "M" else 0):
        serial += 1
    ymd = born.replace("-", "")
    s = f"{serial:03d}"
    return f"{ymd}-{s}{luhn(ymd[2:] + s)}"


def age_at(born, when):
    b = dt.date.fromisoformat(born)
    w = when.date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


SENT = re.compile(r"(?<=[.!?])\s+|\n+")


def build():
    errors = []
    rows = []
    seen_names = set()
    seen_sent = {}
    for idx, c in enumerate(CASES):
        name = c["name"]
        if name in seen_names:
            errors.append(f"duplicate case name {name}")
        seen_names.add(name)
        if c["rs"] not in ("skane", "vgr"):
            errors.append(f"{name}: bad ruleset")
        if c["rs"] == "vgr" and c["system"] != "Melior":
            errors.append(f"{name}: VGR cases are Melior only")
        if c["system"] not in ("Melior", "PMO"):
            errors.append(f"{name}: bad system")
        if c["system"] == "PMO" and "NL102" in c["must"]:
            errors.append(f"{name}: NL102 asserted on PMO")
        unit_name, hsa = UNITS[c["unit"]]
        if c["rs"] == "skane" and not hsa.startswith(SK):
            errors.append(f"{name}: Skåne case with non-Skåne unit")
        if c["rs"] == "vgr" and not hsa.startswith(VG):
            errors.append(f"{name}: VGR case with non-VGR unit")
        when = dt.datetime.strptime(c["when"], "%Y-%m-%d %H:%M")
        if when.year != 2024:
            errors.append(f"{name}: note time not in 2024")
        signed = None if c["draft"] else when + dt.timedelta(minutes=35 + (idx * 11) % 70)
        as_of = dt.datetime.combine(when.date() + dt.timedelta(days=10), dt.time())
        for t in (signed, as_of):
            if t is not None and t.year != 2024:
                errors.append(f"{name}: date outside 2024")
        age = age_at(c["born"], when)
        if 13 <= age <= 15 or age < 0:
            errors.append(f"{name}: patient age {age} not allowed")
        pid = pnr(c["born"], c["sex"], idx)
        # validation of the personnummer
        ymd, rest = pid.split("-")
        if ymd != c["born"].replace("-", ""):
            errors.append(f"{name}: pnr does not match birth_date")
        if luhn(ymd[2:] + rest[:3]) != int(rest[3]):
            errors.append(f"{name}: pnr Luhn check fails")
        if (int(rest[2]) % 2 == 1) != (c["sex"] == "M"):
            errors.append(f"{name}: pnr sex digit mismatch")
        sections = [{"keyword": k, "text": t} for k, t in c["secs"]]
        for s in sections:
            for sent in SENT.split(s["text"]):
                sent = sent.strip()
                if len(sent) >= 25:
                    if sent in seen_sent:
                        errors.append(f"{name}: sentence reused from {seen_sent[sent]}: {sent[:60]}")
                    else:
                        seen_sent[sent] = name
        note = {
            "id": "n1", "system": c["system"], "template": c["tmpl"],
            "unit": {"name": unit_name, "hsa_id": hsa},
            "author": {"name": AUTHORS[idx % len(AUTHORS)], "role": c["role"]},
            "time": when.isoformat(), "signed": signed.isoformat() if signed else None,
            "setting": c["setting"], "refs": [], "sections": sections,
        }
        record = {
            "patient": {"id": pid, "birth_date": c["born"], "protected_identity": False},
            "as_of": as_of.isoformat(), "notes": [note],
            "access_events": [], "conversations": [], "treatments": [],
        }
        must = [[code, "n1"] for code in c["must"]]
        must_not = [[code, "n1"] for code in c["must_not"]]
        if not must and not must_not:
            errors.append(f"{name}: asserts nothing")
        if set(c["must"]) & set(c["must_not"]):
            errors.append(f"{name}: code both in must and must_not")
        for code, target in must + must_not:
            if not re.fullmatch(r"NL\d{3}", code):
                errors.append(f"{name}: bad code {code}")
            if target not in {n["id"] for n in record["notes"]}:
                errors.append(f"{name}: target {target} missing")
        if not c["why"]:
            errors.append(f"{name}: missing why")
        row = {"case": name, "ruleset": c["rs"], "record": record,
               "must": must, "must_not": must_not, "why": c["why"]}
        if list(row) != ["case", "ruleset", "record", "must", "must_not", "why"]:
            errors.append(f"{name}: bad keys")
        rows.append(row)
    return rows, errors


def main():
    rows, errors = build()
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        return 1
    with open(OUT, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    # per-ruleset record files for the NL901 parse check
    for rs in ("skane", "vgr"):
        with open(os.path.join(HERE, f"_records_{rs}.jsonl"), "w", encoding="utf-8") as fh:
            for row in rows:
                if row["ruleset"] == rs:
                    fh.write(json.dumps(row["record"], ensure_ascii=False) + "\n")
    counts = {}
    for row in rows:
        for kind in ("must", "must_not"):
            for code, _ in row[kind]:
                counts.setdefault(code, {"must": 0, "must_not": 0})[kind] += 1
    n_rs = {rs: sum(r["ruleset"] == rs for r in rows) for rs in ("skane", "vgr")}
    n_sys = {s: sum(r["record"]["notes"][0]["system"] == s for r in rows) for s in ("Melior", "PMO")}
    drafts = sum(r["record"]["notes"][0]["signed"] is None for r in rows)
    typos = sum("typo" in r["case"] for r in rows)
    print(f"{len(rows)} cases -> {OUT}")
    print("rulesets", n_rs, "systems", n_sys, "drafts", drafts, "typo cases", typos)
    for code in sorted(counts):
        print(code, counts[code])
    return 0


if __name__ == "__main__":
    sys.exit(main())
