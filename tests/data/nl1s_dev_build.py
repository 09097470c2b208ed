#!/usr/bin/env python3
"""nl1s: independent gold cases for NL101/NL102 where the Swedish LANGUAGE is the difficulty.

Typos (transpositions, missing/doubled letters, ph/f, c/k, split compounds, hyphen
variants, å/ä/ö typed as a/a/o), lay and colloquial disease names, Latin and English
forms, old terminology, eponyms, inflected forms and unlisted compounds.

Dependency-free and deterministic: `python3 build.py` writes nl1s_dev_cases.jsonl beside
this file and validates it (exit status 1 on any problem).
"""
import json
import os
import re
import sys
from datetime import date, datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1s_dev_cases.jsonl")

# --------------------------------------------------------------------------- units
SKANE_UNITS = [
    ("sus_lund_akut", "Akutmottagningen, Skånes universitetssjukhus Lund"),
    ("sus_malmo_akut", "Akutmottagningen, Skånes universitetssjukhus Malmö"),
    ("hbg_med", "Medicinkliniken, Helsingborgs lasarett"),
    ("hbg_barnakut", "Barnakuten, Helsingborgs lasarett"),
    ("sus_lund_barnkir", "Barn- och ungdomskirurgi, Skånes universitetssjukhus Lund"),
    ("sus_malmo_reuma", "Reumatologiska mottagningen, Skånes universitetssjukhus Malmö"),
    ("sus_malmo_inf", "Infektionskliniken, Skånes universitetssjukhus Malmö"),
    ("ystad_kir", "Kirurgiska kliniken, Ystads lasarett"),
    ("sus_lund_kard", "Kardiologiska kliniken, Skånes universitetssjukhus Lund"),
    ("csk_neuro", "Neurologiska kliniken, Centralsjukhuset Kristianstad"),
    ("trbg_med", "Medicinmottagningen, Trelleborgs lasarett"),
    ("sus_lund_lung", "Lungmedicinska kliniken, Skånes universitetssjukhus Lund"),
    ("ystad_akut", "Akutmottagningen, Ystads lasarett"),
    ("csk_med", "Medicinska kliniken, Centralsjukhuset Kristianstad"),
    ("sus_lund_reuma", "Reumatologimottagningen, Skånes universitetssjukhus Lund"),
    ("sus_lund_neuro", "Neurologiska kliniken, Skånes universitetssjukhus Lund"),
    ("sus_malmo_minne", "Minnesmottagningen, Skånes universitetssjukhus Malmö"),
    ("landskrona_ger", "Geriatriska kliniken, Landskrona lasarett"),
    ("hbg_inf", "Infektionskliniken, Helsingborgs lasarett"),
    ("sus_malmo_kir", "Kirurgiska kliniken, Skånes universitetssjukhus Malmö"),
    ("sus_lund_hud", "Hudkliniken, Skånes universitetssjukhus Lund"),
    ("sus_malmo_uro", "Urologiska kliniken, Skånes universitetssjukhus Malmö"),
    ("hbg_kard", "Kardiologiska mottagningen, Helsingborgs lasarett"),
    ("sus_malmo_karl", "Kärlkirurgiska mottagningen, Skånes universitetssjukhus Malmö"),
    ("sus_lund_neurokir", "Neurokirurgiska kliniken, Skånes universitetssjukhus Lund"),
    ("sus_lund_onk", "Onkologiska kliniken, Skånes universitetssjukhus Lund"),
    ("hbg_reuma", "Reumatologimottagningen, Helsingborgs lasarett"),
    ("sus_malmo_endo", "Endokrinologiska mottagningen, Skånes universitetssjukhus Malmö"),
    ("sus_lund_minne", "Minnesmottagningen, Skånes universitetssjukhus Lund"),
    ("trbg_kir", "Kirurgmottagningen, Trelleborgs lasarett"),
    ("hassleholm_ger", "Geriatriska kliniken, Hässleholms sjukhus"),
    ("hbg_kir", "Kirurgmottagningen, Helsingborgs lasarett"),
    ("csk_barn", "Barn- och ungdomsmedicinska mottagningen, Centralsjukhuset Kristianstad"),
    ("ystad_ort", "Ortopedkliniken, Ystads lasarett"),
    ("hbg_neuro", "Neurologiska kliniken, Helsingborgs lasarett"),
    ("sus_lund_hemat", "Hematologiska kliniken, Skånes universitetssjukhus Lund"),
    ("csk_neuromott", "Neurologimottagningen, Centralsjukhuset Kristianstad"),
    ("hbg_kvinno", "Kvinnokliniken, Helsingborgs lasarett"),
    ("csk_onk", "Onkologimottagningen, Centralsjukhuset Kristianstad"),
    ("sus_malmo_onk", "Onkologiska kliniken, Skånes universitetssjukhus Malmö"),
    ("sus_lund_gastro", "Gastroenterologiska mottagningen, Skånes universitetssjukhus Lund"),
    ("sus_malmo_ortbarn", "Barnortopediska mottagningen, Skånes universitetssjukhus Malmö"),
    # PMO (primary care)
    ("vc_sodervarn", "Vårdcentralen Södervärn, Malmö"),
    ("bvc_linero", "BVC Linero, Lund"),
    ("vc_osterlen", "Vårdcentralen Österlen, Simrishamn"),
]
VGR_UNITS = [
    ("su_akut", "Akutmottagningen, Sahlgrenska Universitetssjukhuset"),
    ("su_onh", "Öron-näsa-halsmottagningen, Sahlgrenska Universitetssjukhuset"),
    ("sas_ort", "Ortopedkliniken, Södra Älvsborgs Sjukhus Borås"),
    ("sks_hud", "Hudmottagningen, Skaraborgs Sjukhus Skövde"),
    ("dsbus_akut", "Barnakuten, Drottning Silvias barn- och ungdomssjukhus"),
    ("nu_uro", "Urologmottagningen, NU-sjukvården Uddevalla sjukhus"),
    ("alingsas_med", "Medicinmottagningen, Alingsås lasarett"),
    ("ostra_inf", "Infektionskliniken, Östra sjukhuset Göteborg"),
    ("kungalv_akut", "Akutmottagningen, Kungälvs sjukhus"),
    ("ostra_kirakut", "Kirurgakuten, Östra sjukhuset Göteborg"),
    ("nal_inf", "Infektionsmottagningen, NÄL Trollhättan"),
    ("sks_kir", "Kirurgkliniken, Skaraborgs Sjukhus Skövde"),
    ("nal_neuro", "Neurologmottagningen, NÄL Trollhättan"),
    ("su_reuma", "Reumatologmottagningen, Sahlgrenska Universitetssjukhuset"),
    ("molndal_akut", "Akutmottagningen, Mölndals sjukhus"),
    ("su_njur", "Njurmedicinska kliniken, Sahlgrenska Universitetssjukhuset"),
    ("kungalv_psyk", "Psykiatriska mottagningen, Kungälvs sjukhus"),
    ("su_onk", "Jubileumskliniken onkologi, Sahlgrenska Universitetssjukhuset"),
    ("sks_akut", "Akutmottagningen, Skaraborgs Sjukhus Skövde"),
    ("sas_lung", "Lungmedicinska mottagningen, Södra Älvsborgs Sjukhus Borås"),
    ("molndal_ger", "Geriatriska kliniken, Sahlgrenska Universitetssjukhuset Mölndal"),
    ("nu_onh", "ÖNH-mottagningen, NU-sjukvården Uddevalla sjukhus"),
    ("ostra_kirmott", "Kirurgmottagningen, Östra sjukhuset Göteborg"),
    ("su_medakut", "Medicinakuten, Sahlgrenska Universitetssjukhuset"),
    ("sks_reuma", "Reumatologmottagningen, Skaraborgs Sjukhus Skövde"),
    ("kungalv_kir", "Kirurgmottagningen, Kungälvs sjukhus"),
    ("sas_inf", "Infektionsmottagningen, Södra Älvsborgs Sjukhus Borås"),
    ("nu_lung", "Lungmottagningen, NU-sjukvården Uddevalla sjukhus"),
    ("su_brost", "Bröstcentrum, Sahlgrenska Universitetssjukhuset"),
    ("molndal_ogon", "Ögonmottagningen, Mölndals sjukhus"),
    ("ostra_kard", "Kardiologmottagningen, Östra sjukhuset Göteborg"),
    ("su_gastro", "Mag-tarmmottagningen, Sahlgrenska Universitetssjukhuset"),
    ("molndal_ort", "Ortopedmottagningen, Mölndals sjukhus"),
    ("ostra_infmott", "Infektionsmottagningen, Östra sjukhuset Göteborg"),
    ("kungalv_med", "Medicinavdelning 2, Kungälvs sjukhus"),
    ("alingsas_reuma", "Reumatologimottagningen, Alingsås lasarett"),
    ("sks_endo", "Endokrinmottagningen, Skaraborgs Sjukhus Skövde"),
    ("nal_med", "Medicinmottagningen (AK-mottagning), NÄL Trollhättan"),
    ("su_neuro", "Neurologmottagningen, Sahlgrenska Universitetssjukhuset"),
    ("su_kir", "Kirurgkliniken övre GI, Sahlgrenska Universitetssjukhuset"),
    ("sas_brost", "Bröstmottagningen, Södra Älvsborgs Sjukhus Borås"),
    ("molndal_minne", "Minnesmottagningen, Sahlgrenska Universitetssjukhuset Mölndal"),
    ("su_hemat", "Hematologen, Sahlgrenska Universitetssjukhuset"),
    ("sks_neuro", "Neurologmottagningen, Skaraborgs Sjukhus Skövde"),
    ("nal_stroke", "Strokeenheten, NÄL Trollhättan"),
    ("kungalv_medmott", "Medicinmottagningen, Kungälvs sjukhus"),
    ("sas_onk", "Onkologimottagningen, Södra Älvsborgs Sjukhus Borås"),
    ("sks_med", "Medicinmottagningen, Skaraborgs Sjukhus Skövde"),
]
UNITS = {}
for i, (k, n) in enumerate(SKANE_UNITS):
    UNITS[k] = ("skane", {"name": n, "hsa_id": "SE2321000255-%04d" % (4100 + 37 * i)})
for i, (k, n) in enumerate(VGR_UNITS):
    UNITS[k] = ("vgr", {"name": n, "hsa_id": "SE2321000131-E0000000%04d" % (2200 + 41 * i)})
PMO_UNITS = {"vc_sodervarn", "bvc_linero", "vc_osterlen"}

AUTHORS = [
    "Karin Lindqvist", "Erik Nyström", "Sara Holm", "Johan Berggren", "Leila Haddad",
    "Mats Åkesson", "Anna Persson", "Ola Wikström", "Mirja Kettunen", "Per Sandberg",
    "Fatima Rahimi", "Gustav Ek", "Lena Björk", "David Cohen", "Ingrid Mårtensson",
    "Tomas Lund", "Nadia Petrovic", "Henrik Dahl", "Sofia Engström", "Ahmed Yousef",
    "Maria Fors", "Jonas Strand", "Elin Sjöberg",
]

CASES = []


def add(name, ruleset, unit, sections, must=(), must_not=(), why="", age=50, sex="f",
        system="Melior", template="Läkaranteckning", setting="öppenvård", draft=False,
        role="läkare"):
    CASES.append(dict(name=name, ruleset=ruleset, unit=unit, sections=sections,
                      must=list(must), must_not=list(must_not), why=why, age=age, sex=sex,
                      system=system, template=template, setting=setting, draft=draft,
                      role=role))


M1, M2 = ["NL101"], ["NL102"]

# =========================================================================
# NL102 positives: hedged diagnosis in a visible Melior section
# =========================================================================
add("lay-blodforgiftning-misstankt", "skane", "sus_lund_akut", [
    ("Aktuellt", "Inkommer med frossa och förvirring sedan i natt, har haft KAD sedan tre veckor."),
    ("Bedömning", "Misstänkt blodförgiftning med urinvägsfokus. Blododlingar x2 och urinodling tagna, startar Pip/Taz 4 g x 4."),
], must=M2, why="lay name for sepsis (blodförgiftning) hedged with misstänkt", age=78, sex="m",
    template="Akutanteckning")

add("typo-kb-hjarnblodning-trol-utan-aao", "vgr", "su_akut", [
    ("Status", "Vaken men sluddrig, hogersidig svaghet i arm och ben, BT 210/115."),
    ("Bedömning", "Trol. hjarnblodning, DT hjarna akut och kontakt med strokejouren."),
], must=M2, why="typo: hjärnblödning typed without ä/ö on a foreign keyboard, hedged with trol.",
    age=67, sex="f", template="Akutjournal")

add("typo-halsflus-misstankt-onh", "vgr", "su_onh", [
    ("Status", "Beläggningar på båda tonsillerna, ömma käkvinkelkörtlar, temp 38,9."),
    ("Bedömning", "Misstänkt halsflus, strep A tas. Ingen trismus, sväljer saliv utan problem."),
], must=M2, why="typo: halsfluss with one s missing, lay name for tonsillit, misstänkt",
    age=24, sex="f")

add("lay-blindtarmsinflammation-kan-ej-uteslutas-barn", "skane", "sus_lund_barnkir", [
    ("Aktuellt", "Buksmärta sedan igår kväll som flyttat ned mot höger fossa, kräkts två gånger."),
    ("Bedömning", "Blindtarmsinflammation kan ej uteslutas. Fastar, UL buk och förnyad bedömning om fyra timmar."),
], must=M2, why="lay name for appendicit with 'kan ej uteslutas' (a negation word inside a hedge)",
    age=9, sex="m", setting="slutenvård")

add("lay-gikt-trol-stortaa", "vgr", "sas_ort", [
    ("Status", "Rodnad, värmeökning och kraftig ömhet över vä MTP I, klarar inte att ha strumpa på."),
    ("Bedömning", "Trol. gikt. Ledpunktion för kristaller bokas, Naproxen under tiden."),
], must=M2, why="lay/short name gikt hedged with trol.", age=61, sex="m")

add("lay-ledgangsreumatism-inte-osannolikt", "skane", "sus_malmo_reuma", [
    ("Anamnes", "Morgonstelhet i händerna över en timme sedan jul, svullna MCP-leder bilat."),
    ("Bedömning", "Inte osannolikt att det rör sig om begynnande ledgångsreumatism. Anti-CCP och RF tas, UL händer."),
], must=M2, why="double negation 'inte osannolikt' is a hedge; lay name for reumatoid artrit",
    age=44, sex="f")

add("typo-kb-baltros-mojligen-utan-aao", "vgr", "sks_hud", [
    ("Status", "Grupperade blasor pa rodnad botten i ett band langs vanster revbensbage, brannande smarta."),
    ("Bedömning", "Mojligen baltros, Valaciklovir 1 g x 3 i sju dagar."),
], must=M2, why="typo: bältros and möjligen typed without ä/ö (foreign keyboard)", age=72, sex="f")

add("lay-lunginflammation-trolig-barn", "skane", "hbg_barnakut", [
    ("Aktuellt", "Feber 39,5 i tre dygn, snabb andning, äter dåligt."),
    ("Status", "AF 40, SpO2 94 %, nedsatta andningsljud och krepitationer hö basalt."),
    ("Bedömning", "Trolig lunginflammation hö. Amoxicillin mixtur, föräldrarna har fått info om varningstecken."),
], must=M2, why="lay name lunginflammation with trolig in a child's note", age=4, sex="f",
    template="Akutanteckning")

add("typo-vatkoppor-sannolikt-barn", "vgr", "dsbus_akut", [
    ("Status", "Spridda blåsor i olika stadier på bål och i hårbotten, gott AT."),
    ("Bedömning", "Sannolikt vatkoppor. Ingen behandling, info om hygien och när förskolan går bra."),
], must=M2, why="typo: vattkoppor with one t missing, sannolikt", age=3, sex="m",
    template="Akutjournal")

add("lay-passjuka-fragetecken", "skane", "sus_malmo_inf", [
    ("Status", "Bilateral ömmande svullnad framför öronen som lyfter örsnibbarna. Vaccinationsstatus oklart, uppvuxen utomlands."),
    ("Bedömning", "Påssjuka? Serologi och PCR från saliv tas, hemisolering tills svar finns."),
], must=M2, why="lay name påssjuka hedged only by a trailing question mark", age=19, sex="m")

add("inflection-njurstenar-plural-misstankta", "vgr", "nu_uro", [
    ("Aktuellt", "Kolikartad smärta i vä flank som strålar mot ljumsken, hematuri på sticka."),
    ("Bedömning", "Misstänkta njurstenar vä. DT urinvägar utan kontrast, Voltaren supp vb."),
], must=M2, why="plural inflection njurstenar with plural adjective misstänkta", age=45, sex="m")

add("typo-space-gall-sten-misstankt", "skane", "ystad_kir", [
    ("Anamnes", "Anfallsvisa smärtor under hö arcus efter fet mat sedan i höstas."),
    ("Bedömning", "Misstänkt gall sten, UL lever och gallvägar bokat."),
], must=M2, why="typo: compound gallsten split with a space (särskrivning), misstänkt", age=52,
    sex="f")

add("typo-karlkamp-trol", "skane", "sus_lund_kard", [
    ("Anamnes", "Tryck över bröstet i uppförsbackar som släpper efter någon minut i vila."),
    ("Bedömning", "Trol. kärlkamp. Arbetsprov, Trombyl 75 mg och Nitromex vid behov."),
], must=M2, why="typo: kärlkramp with the r missing, lay name for angina pectoris, trol.",
    age=66, sex="m")

add("lay-hjartflimmer-mojligen-paroxysmalt", "vgr", "alingsas_med", [
    ("Aktuellt", "Hjärtklappning i attacker, oregelbunden puls enligt hemtjänsten."),
    ("Bedömning", "Möjligen paroxysmalt hjärtflimmer, EKG idag visar sinusrytm. Långtids-EKG 48 h."),
], must=M2, why="lay name hjärtflimmer (förmaksflimmer) with möjligen", age=71, sex="f")

add("lay-strokeinsjuknande-misstankt-draft", "skane", "csk_neuro", [
    ("Aktuellt", "Hittad av hustrun kl 07 med hängande mungipa och afasi, senast välmående vid 23-tiden."),
    ("Bedömning", "Misstänkt strokeinsjuknande med okänd debut, ej trombolyskandidat. DT/DTA och neurologkonsult."),
], must=M2, why="compound strokeinsjuknande hedged with misstänkt; unsigned draft", age=80,
    sex="m", setting="slutenvård", draft=True, template="Inskrivningsanteckning")

add("typo-hjarnhinneinflamation-kan-inte-uteslutas", "vgr", "ostra_inf", [
    ("Status", "Nackstel och ljuskänslig, temp 39,8. Inga petekier."),
    ("Bedömning", "Hjärnhinneinflamation kan inte uteslutas. LP efter DT, Cefotaxim och Betapred ges innan."),
], must=M2, why="typo: hjärnhinneinflammation with one m missing; 'kan inte uteslutas'",
    age=20, sex="m", setting="slutenvård")

add("lay-blodbrist-trolig-fore-prover", "skane", "trbg_med", [
    ("Anamnes", "Tröttare senaste månaderna, andfådd i trappor och blek enligt arbetskamraterna."),
    ("Bedömning", "Trolig blodbrist, Hb tas idag tillsammans med järnstatus."),
], must=M2, why="lay name blodbrist for anemi with trolig", age=34, sex="f")

add("lay-old-sockersjuka-misstankt", "vgr", "kungalv_akut", [
    ("Anamnes", "Törstig, kissar ofta och har gått ned sex kilo på två månader."),
    ("Bedömning", "Misstänkt sockersjuka, fP-glukos och HbA1c tas imorgon bitti."),
], must=M2, why="old/lay name sockersjuka for diabetes with misstänkt", age=82, sex="m")

add("latin-pneumonia-lobi-inferioris-susp", "skane", "sus_lund_lung", [
    ("Röntgen", "Rtg pulm: oskarp förtätning i vä underlob."),
    ("Bedömning", "Susp. pneumonia lobi inferioris sin. Doxyferm, ny rtg om sex veckor."),
], must=M2, why="Latin diagnosis pneumonia lobi inferioris sin. with susp.", age=70, sex="m")

add("typo-latin-appendicits-acuta-fragetecken", "vgr", "ostra_kirakut", [
    ("Bedömning", "Appendicits acuta? Fastande, CRP 64 och LPK 14. DT buk beställd."),
], must=M2, why="typo: Latin appendicitis acuta with an i missing, hedged by a question mark",
    age=27, sex="m", template="Akutjournal")

add("english-suspected-pulmonary-embolism", "skane", "sus_malmo_akut", [
    ("Bedömning", "Takykard, SpO2 91 % och D-dimer 2,8 efter långflygning. Suspected pulmonary embolism, DT-angio beställd och Fragmin ges i väntan."),
], must=M2, why="English diagnosis with English hedge 'suspected' inside a Swedish note",
    age=38, sex="f", template="Akutanteckning")

add("lay-rosfeber-trol-latin-i-parentes", "vgr", "nal_inf", [
    ("Status", "Skarpt avgränsad rodnad och svullnad på vä underben, temp 38,6."),
    ("Bedömning", "Trol. rosfeber (erysipelas) vä underben. PcV 1 g x 4 i tio dagar, utbredningen markerad med penna."),
], must=M2, why="lay name rosfeber with the Latin name in parentheses, trol.", age=63, sex="f")

add("typo-ph-pyelonephrit-ev", "skane", "ystad_akut", [
    ("Bedömning", "Feber och dunkömhet över hö njurloge, ev. pyelonephrit. U-odling, Ciprofloxacin."),
], must=M2, why="typo: pyelonefrit spelled with ph, hedged with ev.", age=29, sex="f",
    template="Akutanteckning")

add("typo-ck-cholecystit-sannol", "vgr", "sks_kir", [
    ("Bedömning", "Sannol. akut cholecystit med positivt Murphys tecken. UL har inte gjorts ännu, Tazocin och fasta."),
], must=M2, why="c/k: kolecystit written with Latin ch; eponymous sign beside it; sannol.",
    age=56, sex="f", setting="slutenvård")

add("typo-eponym-mb-chrons", "skane", "csk_med", [
    ("Anamnes", "Diarréer med slem och blod sedan tre månader, ont i hö fossa, viktnedgång fem kilo."),
    ("Bedömning", "Misstänkt Mb Chrons, F-calprotektin 900. Koloskopi med ileoskopi bokas."),
], must=M2, why="typo: Crohn spelled Chrons (transposed letters) with Mb, misstänkt", age=23,
    sex="m")

add("eponym-parkinsons-sjukdom-mojlig", "vgr", "nal_neuro", [
    ("Status", "Vilotremor hö hand, kugghjulsrigiditet och minskad armpendling hö."),
    ("Bedömning", "Möjlig Parkinsons sjukdom. DaTSCAN beställd, återbesök efter svar."),
], must=M2, why="eponym in genitive (Parkinsons sjukdom) with möjlig", age=68, sex="m")

add("eponym-mb-bechterew-fragetecken", "skane", "sus_lund_reuma", [
    ("Anamnes", "Inflammatorisk ryggvärk sedan två år, bättre av rörelse, väcks av smärta nattetid."),
    ("Bedömning", "Mb Bechterew? HLA-B27 och MR SI-leder."),
], must=M2, why="eponym in the 'Mb X' form hedged by a question mark", age=31, sex="m")

add("typo-eponym-hortnos-arterit-draft", "vgr", "molndal_akut", [
    ("Aktuellt", "Nytillkommen tinningshuvudvärk, käkclaudicatio och SR 78."),
    ("Bedömning", "Misstänkt Hortnos arterit. Prednisolon 60 mg startas idag, temporalisbiopsi via kirurgen och akut ögonbedömning."),
], must=M2, why="typo: Hortons transposed to Hortnos; misstänkt; unsigned draft", age=77,
    sex="f", draft=True, template="Akutjournal")

add("typo-eponym-guillain-barre-utan-accent-bindestreck", "skane", "sus_lund_neuro", [
    ("Status", "Symmetrisk ascenderande svaghet i benen och arreflexi, magsjuka för två veckor sedan."),
    ("Bedömning", "Trol. Guillain Barre. LP och ENeG, spirometri tre gånger dagligen."),
], must=M2, why="eponym Guillain-Barré written without hyphen and accent, trol.", age=42,
    sex="m", setting="slutenvård")

add("typo-kb-eponym-sjogrens-syndrom", "vgr", "su_reuma", [
    ("Anamnes", "Torra ögon och torr mun sedan ett år, spottkörtlarna svullnar ibland."),
    ("Bedömning", "Misstänkt Sjogrens syndrom. SSA/SSB, Schirmers test och läppbiopsi."),
], must=M2, why="typo: Sjögren written Sjogren (ö missing) beside an eponymous test, misstänkt",
    age=55, sex="f")

add("eponym-english-alzheimers-disease-trolig", "skane", "sus_malmo_minne", [
    ("Anamnes", "Tilltagande glömska sedan två år, hittar inte hem från affären. MMT 21/30."),
    ("Bedömning", "Trolig Alzheimer's disease. DT hjärna och likvorprov, anhörigträff planeras."),
], must=M2, why="eponym in English possessive form (Alzheimer's disease) with trolig", age=79,
    sex="f")

add("eponym-osgood-schlatter-utan-bindestreck-barn", "vgr", "sas_ort", [
    ("Status", "Öm och lätt svullen tuberositas tibiae bilat efter fotbollssäsongen."),
    ("Bedömning", "Osgood Schlatter? Rtg knän för att utesluta annan orsak, avlastning tills vidare."),
], must=M2, why="double eponym written without hyphen, question mark hedge, child", age=11,
    sex="m")

add("old-wegeners-granulomatos-susp", "vgr", "su_njur", [
    ("Anamnes", "Blodig snuva, bihåleinflammation som inte läker och mikroskopisk hematuri."),
    ("Bedömning", "Susp. Wegeners granulomatos (GPA). ANCA, U-sediment och DT bihålor/thorax."),
], must=M2, why="old eponymous name Wegeners granulomatos (now GPA) with susp.", age=57,
    sex="m")

add("old-apoplexi-trol", "skane", "landskrona_ger", [
    ("Bedömning", "Trol. apoplexi med vänstersidig hemipares. DT hjärna utan blödning, ASA insätts efter sväljtest."),
], must=M2, why="old term apoplexi for stroke with trol.", age=88, sex="f", setting="slutenvård")

add("old-manodepressiv-sjukdom-misstankt", "vgr", "kungalv_psyk", [
    ("Anamnes", "Perioder med minskat sömnbehov, köpt två bilar på en vecka, därefter djup nedstämdhet."),
    ("Bedömning", "Misstänkt manodepressiv sjukdom (bipolär typ I). Strukturerad diagnostisk intervju, SSRI sätts inte in."),
], must=M2, why="old term manodepressiv sjukdom with misstänkt", age=35, sex="f")

add("inflection-den-misstankta-pneumonin", "skane", "hbg_inf", [
    ("Bedömning", "Den misstänkta pneumonin i hö mellanlob behandlas med bensylpenicillin i väntan på odlingssvar."),
], must=M2, why="definite form pneumonin with the definite adjective misstänkta", age=61, sex="m",
    setting="slutenvård")

add("inflection-de-misstankta-metastaserna", "vgr", "su_onk", [
    ("Anamnes", "Opererad för koloncancer 2022, adjuvant cytostatika avslutad."),
    ("Röntgen", "DT buk: tre nytillkomna hypodensa förändringar i levern."),
    ("Bedömning", "De misstänkta metastaserna i levern tas upp på MDK på torsdag, PET-DT beställd."),
], must=M2, why="definite plural metastaserna with misstänkta", age=64, sex="f")

add("compound-pankreasstjartcancer-misstankt-draft", "skane", "sus_malmo_kir", [
    ("Röntgen", "DT buk: 3 cm lågattenuerande expansivitet i pankreasstjärten."),
    ("Bedömning", "Misstänkt pankreasstjärtcancer. CA 19-9, PET-DT och anmälan till HPB-konferensen."),
], must=M2, why="unlisted compound organ+disease pankreasstjärtcancer; unsigned draft", age=69,
    sex="m", draft=True)

add("typo-compound-njurbackeninflammation-trolgi", "vgr", "sks_akut", [
    ("Bedömning", "Trolgi njurbäckeninflammation hö, CRP 180 och feber. Ceftibuten 400 mg x 1."),
], must=M2, why="typo: trolig transposed to trolgi; lay compound njurbäckeninflammation",
    age=33, sex="f", template="Akutjournal")

add("compound-hjartmuskelinflammation-mojlig", "skane", "sus_lund_kard", [
    ("Anamnes", "Bröstsmärta och hjärtklappning en vecka efter förkylning, TnT 180."),
    ("Bedömning", "Möjlig hjärtmuskelinflammation. MR hjärta, ingen träning tills vidare."),
], must=M2, why="lay compound hjärtmuskelinflammation (myokardit) with möjlig", age=22, sex="m",
    setting="slutenvård")

add("typo-space-lung-cancer-stark-misstanke", "vgr", "sas_lung", [
    ("Röntgen", "DT thorax: spikulerad 2,5 cm förändring i hö överlob och förstorade hiluskörtlar."),
    ("Bedömning", "Stark misstanke om lung cancer. Bronkoskopi och PET-DT."),
], must=M2, why="typo: lungcancer split with a space; 'stark misstanke om' is still a hedge",
    age=72, sex="m")

add("typo-hyphen-b12-brist-ev", "skane", "trbg_med", [
    ("Anamnes", "Domningar i fötterna och ostadighet, har tagit Metformin i tio år."),
    ("Bedömning", "Ev. B12 brist. Kobalamin, homocystein och folat tas."),
], must=M2, why="hyphen variant: B12-brist written with a space, ev.", age=74, sex="f")

add("typo-negation-scope-ingen-pneumoni-men-lung-emboli", "skane", "ystad_akut", [
    ("Röntgen", "Rtg pulm utan pneumoni eller pleuravätska."),
    ("Bedömning", "Ingen pneumoni, däremot misstänkt lung emboli med tanke på takykardi och färsk gips. DT-angio idag."),
], must=M2, why="negation of pneumoni must not swallow the hedged second diagnosis; lungemboli split by a space",
    age=59, sex="f", template="Akutanteckning")

add("hedge-begynnande-aspirationspneumoni-kan-inte-uteslutas", "vgr", "molndal_ger", [
    ("Bedömning", "Rtg utan säker pneumoni, men begynnande aspirationspneumoni kan inte uteslutas hos denna sväljsvaga patient. Tazocin insätts."),
], must=M2, why="'utan säker' followed by a compound diagnosis that 'kan inte uteslutas'", age=91,
    sex="m", setting="slutenvård")

add("typo-misstanken-om-hjartinfrakt-kvarstar", "skane", "hbg_kard", [
    ("Bedömning", "TnT-stegring 45 till 88, misstanken om hjärtinfrakt kvarstår. Kranskärlsröntgen imorgon."),
], must=M2, why="typo: hjärtinfarkt transposed to hjärtinfrakt; 'misstanken ... kvarstår'",
    age=63, sex="m", setting="slutenvård")

add("compound-bihaleinflammation-trol-dd", "vgr", "nu_onh", [
    ("Anamnes", "Ensidig värk över vä kind och varig snuva sedan tolv dagar, ont vid framåtböjning."),
    ("Bedömning", "Trol. bakteriell bihåleinflammation vä, DD dentogen orsak. PcV och tandläkarbedömning."),
], must=M2, why="lay compound bihåleinflammation with trol. and a DD", age=41, sex="f")

# =========================================================================
# NL102 negatives
# =========================================================================
# --- negated / ruled out
add("neg-ingen-misstanke-om-hjarnhinneinflammation-barn", "skane", "sus_lund_akut", [
    ("Status", "Pigg, leker på golvet, ingen nackstelhet, fontanellen i nivå."),
    ("Bedömning", "Feber utan fokus sedan ett dygn. Ingen misstanke om hjärnhinneinflammation, febernedsättande och åter vid behov."),
], must_not=M2, why="lay name negated with 'ingen misstanke om'", age=1, sex="f",
    template="Akutanteckning")

add("typo-neg-blindtarmsinflammaton-uteslutes", "vgr", "ostra_kirakut", [
    ("Bedömning", "UL buk visar normalstor appendix och lite fri vätska i lilla bäckenet. Blindtarmsinflammaton uteslutes, smärtlindring och åter om försämring."),
], must_not=M2, why="typo: blindtarmsinflammation missing an i, ruled out with 'uteslutes'",
    age=17, sex="f", template="Akutjournal")

add("typo-kb-neg-inga-tecken-pa-lunginflammation", "skane", "sus_malmo_akut", [
    ("Röntgen", "Rtg lungor: inga infiltrat, ingen pleuravatska."),
    ("Bedömning", "Hosta sedan 10 dagar efter forkylning. Inga tecken pa lunginflammation, symtomatisk behandling."),
], must_not=M2, why="typo: 'inga tecken på' typed without å (foreign keyboard), lay name negated",
    age=47, sex="m", template="Akutanteckning")

add("neg-hjartinfarkt-kan-uteslutas-kontrast", "vgr", "su_medakut", [
    ("Bedömning", "Bröstsmärtan provoceras vid palpation av sternum. Hjärtinfarkt kan uteslutas med två normala TnT, muskuloskeletal genes."),
], must_not=M2, why="'kan uteslutas' (ruled out) as opposed to 'kan ej uteslutas'", age=55,
    sex="m", template="Akutjournal")

add("neg-misstanken-om-njursten-avskrevs-draft", "skane", "sus_malmo_uro", [
    ("Bedömning", "Misstanken om njursten avskrevs då DT urinvägar var helt utan konkrement. Smärtan bedöms vara muskulär."),
], must_not=M2, why="a suspicion that was dismissed ('avskrevs'); unsigned draft", age=40, sex="m",
    draft=True)

add("neg-gikt-ar-uteslutet-ledvatska", "vgr", "sks_reuma", [
    ("Lab", "Ledvätska hö knä: inga uratkristaller, LPK 800."),
    ("Bedömning", "Gikt är därmed uteslutet. Artros med retningsvätska, kortisoninjektion given."),
], must_not=M2, why="ruled out with 'är uteslutet' after the diagnosis", age=68, sex="f")

add("typo-neg-ej-hallpukt-for-hjartflimmer", "skane", "hbg_kard", [
    ("Bedömning", "24 h-EKG med enstaka VES, ej hållpukt för hjärtflimmer. Besvären bedöms som ofarliga extraslag."),
], must_not=M2, why="typo in the negation cue: hållpunkt missing an n", age=49, sex="f")

add("typo-neg-ingen-misstake-om-tjocktarmscancer", "vgr", "kungalv_kir", [
    ("Bedömning", "Koloskopi till caekum med två små hyperplastiska polyper, ingen misstake om tjocktarmscancer. Ny koloskopi behövs inte."),
], must_not=M2, why="typo in the negation cue: misstanke missing an n; lay compound", age=60,
    sex="f")

add("neg-pcr-negativ-alltsa-inte-baltros", "skane", "sus_lund_hud", [
    ("Bedömning", "PCR från blåsorna negativ för VZV, alltså inte bältros. Kontakteksem efter nytt plåster, Betnovat."),
], must_not=M2, why="lay name negated with 'alltså inte' after a negative test", age=70, sex="m")

add("typo-kb-neg-passjuka-utesluten", "vgr", "sas_inf", [
    ("Bedömning", "Serologi visar immunitet och PCR ar negativ, passjuka utesluten. Bakteriell parotit, flukloxacillin insatt."),
], must_not=M2, why="typo: påssjuka typed as passjuka (foreign keyboard), ruled out", age=21,
    sex="m")

add("neg-compound-halspulsadersforträngning-utan-hallpunkter", "skane", "sus_malmo_karl", [
    ("Bedömning", "Duplex halskärl utan hållpunkter för halspulsådersförträngning. Ingen kärlkirurgisk åtgärd, åter till remittenten."),
], must_not=M2, why="unlisted lay compound negated with 'utan hållpunkter för'", age=73, sex="m")

# --- confirmed
add("conf-diagnos-lunginflammation-rtg-verifierad-barn", "vgr", "dsbus_akut", [
    ("Diagnos", "Lunginflammation hö underlob, röntgenverifierad."),
    ("Åtgärd", "Amoxicillin i sju dagar, återbesök vid behov."),
], must_not=M2, why="confirmed lay diagnosis under Diagnos, no hedge", age=7, sex="m",
    template="Akutjournal")

add("conf-konstaterad-hjarnblodning", "skane", "sus_lund_neurokir", [
    ("Röntgen", "DT hjärna: 3 cm stor blödning i vä basala ganglier utan ventrikelgenombrott."),
    ("Bedömning", "Konstaterad hjärnblödning av hypertensiv genes. BT-mål under 140, ingen kirurgi."),
], must_not=M2, why="lay name confirmed with konstaterad", age=58, sex="m", setting="slutenvård")

add("conf-inflection-pneumonin-regredierat", "vgr", "nu_lung", [
    ("Röntgen", "Kontrollröntgen: pneumonin i vä underlob har helt regredierat."),
    ("Bedömning", "Utläkt pneumoni, inga fler kontroller behövs."),
], must_not=M2, why="definite form pneumonin, confirmed and healed", age=66, sex="f")

add("conf-inflection-levermetastaserna-minskat-draft", "skane", "sus_lund_onk", [
    ("Röntgen", "DT thorax/buk: levermetastaserna har minskat med cirka 30 %."),
    ("Bedömning", "Partiell respons på FOLFOX, fortsätter enligt plan."),
], must_not=M2, why="definite plural compound levermetastaserna, confirmed; unsigned draft",
    age=61, sex="f", draft=True)

add("conf-inflection-cancerns-utbredning-tnm", "vgr", "su_brost", [
    ("Bedömning", "Cancerns utbredning enligt PAD: T1cN0, ER-positiv och HER2-negativ. Strålbehandling och endokrin terapi enligt MDK."),
], must_not=M2, why="genitive cancerns in a confirmed staging statement", age=49, sex="f")

add("typo-conf-kand-ledgangsreumatsim", "skane", "hbg_reuma", [
    ("Aktuellt", "Känd ledgångsreumatsim sedan 2009, stabil på Metotrexat 20 mg/v."),
    ("Bedömning", "Låg sjukdomsaktivitet, DAS28 2,4. Oförändrad behandling."),
], must_not=M2, why="typo: ledgångsreumatism with transposed letters, established (känd)",
    age=65, sex="f")

add("conf-latin-herpes-zoster-ophthalmicus", "vgr", "molndal_ogon", [
    ("Status", "Blåsor i vä pannan ned till nästippen, hornhinnan med dendritliknande förändringar."),
    ("Bedömning", "Herpes zoster ophthalmicus vä med keratit. Valaciklovir 1 g x 3 och Zovirax ögonsalva."),
], must_not=M2, why="confirmed Latin name of bältros in the eye, no hedge", age=76, sex="m")

# --- family history
add("fam-hereditet-lay-ledgang-sockersjuka-struma", "skane", "sus_malmo_endo", [
    ("Hereditet", "Mamma ledgångsreumatism, morfar sockersjuka, moster struma som opererats."),
    ("Bedömning", "Normal tyreoideafunktion och inga tecken på autoimmun sjukdom. Ingen uppföljning."),
], must_not=M2, why="lay names in family history only", age=28, sex="f")

add("fam-pappa-hjartinfarkt-farbror-hjarnblodning-draft", "vgr", "ostra_kard", [
    ("Hereditet", "Pappa dog i hjärtinfarkt 58 år gammal, farbror fick hjärnblödning i 60-årsåldern."),
    ("Bedömning", "Lipider och BT tas, riskbedömning enligt SCORE2."),
], must_not=M2, why="lay names in family history; unsigned draft", age=45, sex="m", draft=True)

add("fam-hedge-on-relative-mormor-troligen-alzheimers", "skane", "sus_lund_minne", [
    ("Hereditet", "Mormor hade troligen Alzheimers demens men blev aldrig utredd."),
    ("Bedömning", "Normal kognitiv testning med MoCA 29. Oro utan objektiv minnesstörning, ingen vidare utredning."),
], must_not=M2, why="the hedge belongs to a relative's diagnosis in Hereditet, not to the patient",
    age=58, sex="f")

add("typo-fam-syster-crohns-bror-mb-bechterw", "vgr", "su_gastro", [
    ("Hereditet", "Syster har Crohns sjukdom, bror Mb Bechterw."),
    ("Bedömning", "Normalt calprotektin och ingen misstanke om IBD. IBS, remiss till dietist."),
], must_not=M2, why="eponyms (one with a letter missing) in family history; patient's IBD negated",
    age=26, sex="m")

add("typo-fam-hedge-morbror-ev-tarmcanser", "skane", "trbg_kir", [
    ("Hereditet", "Morbror hade ev. tarmcanser, exakt diagnos okänd."),
    ("Bedömning", "Screeningkoloskopi utan anmärkning. Ny koloskopi om tio år."),
], must_not=M2, why="typo: cancer spelled canser; the ev. belongs to an uncle in Hereditet",
    age=50, sex="m")

# --- past history
add("past-tidigare-sjukdomar-lay-lista", "vgr", "molndal_ort", [
    ("Tidigare sjukdomar", "Blindtarmsoperation som barn, njursten 2015 och 2019, magsår 2002 (Helicobacter, behandlat)."),
    ("Aktuellt", "Inkommer för planerad höftprotes hö."),
], must_not=M2, why="lay names in past history, all settled", age=72, sex="f",
    setting="slutenvård", template="Inskrivning")

add("typo-past-opererad-for-galsten", "skane", "ystad_kir", [
    ("Tidigare sjukdomar", "Opererad för galsten 2011 (laparoskopisk kolecystektomi), hypotyreos."),
    ("Aktuellt", "Söker för ljumskbråck hö, planeras för TEP-plastik."),
], must_not=M2, why="typo: gallsten with one l missing, in past history", age=63, sex="f")

add("past-vattkoppor-passjuka-i-forskolealdern-draft", "vgr", "ostra_infmott", [
    ("Tidigare sjukdomar", "Vattkoppor och påssjuka i förskoleåldern, i övrigt frisk."),
    ("Bedömning", "Exponerad för bältros på arbetsplatsen, gravid i vecka 14. Immun mot VZV enligt serologi, ingen åtgärd."),
], must_not=M2, why="lay childhood diseases in past history; unsigned draft", age=30, sex="f",
    draft=True)

add("past-old-slaganfall-aderforkalkning", "skane", "hassleholm_ger", [
    ("Tidigare sjukdomar", "Hjärtinfarkt 2008, slaganfall 2016 med kvarstående vänstersidig svaghet, åderförkalkning i benen."),
    ("Aktuellt", "Inlagd efter fall i hemmet, ingen fraktur."),
], must_not=M2, why="old/lay terms slaganfall and åderförkalkning in past history", age=89,
    sex="m", setting="slutenvård")

# --- hedges about something that is not a diagnosis
add("hedge-nondx-ev-utskrivning-pneumoni-i-regress-draft", "vgr", "kungalv_med", [
    ("Bedömning", "Pneumoni i regress, afebril sedan två dygn. Ev. utskrivning imorgon om hemtjänsten kan utöka insatserna."),
], must_not=M2, why="ev. attaches to the discharge, the pneumonia is settled; unsigned draft",
    age=81, sex="f", setting="slutenvård", draft=True, template="Daganteckning")

add("hedge-nondx-trol-operation-kand-gallstenssjukdom", "skane", "hbg_kir", [
    ("Bedömning", "Känd gallstenssjukdom med tre anfall i våras. Trol. blir det operation i vecka 38, pat sätts upp på väntelistan."),
], must_not=M2, why="trol. attaches to the operation date, not to the known diagnosis", age=47,
    sex="f")

add("hedge-nondx-ev-vaccination-mot-baltros", "vgr", "alingsas_reuma", [
    ("Aktuellt", "Känd reumatoid artrit sedan 2015, inför start av JAK-hämmare."),
    ("Planering", "Ev. vaccination mot bältros (Shingrix) redan i höst, pneumokockvaccin ges idag."),
], must_not=M2, why="ev. about a vaccine that is named after a disease", age=67, sex="f")

add("hedge-nondx-mpr-massling-ev-nasta-besok-barn", "skane", "csk_barn", [
    ("Bedömning", "Snuva och lätt feber sedan igår, i övrigt opåverkad."),
    ("Planering", "MPR-vaccinet (mässling, påssjuka, röda hund) skjuts upp och ges ev. vid nästa besök om två veckor."),
], must_not=M2, why="ev. about a vaccination; the disease names are the vaccine's targets",
    age=1, sex="m")

add("hedge-nondx-mojligen-hojd-levaxindos-hashimoto", "vgr", "sks_endo", [
    ("Bedömning", "Känd Hashimototyreoidit, TSH 6,2. Möjligen behöver Levaxindosen höjas, ny TSH om sex veckor."),
], must_not=M2, why="möjligen about a dose change; eponym compound diagnosis is established",
    age=38, sex="f")

# --- normal words that look like diagnoses
add("lookalike-namnet-sten-trol", "skane", "ystad_ort", [
    ("Socialt", "Bor med maken Sten i villa, trol. följer Sten med på återbesöket."),
    ("Bedömning", "Läkt distal radiusfraktur vä, gipset avlägsnat."),
], must_not=M2, why="first name Sten (looks like stone) beside trol.", age=84, sex="f")

add("lookalike-kraftskiva-ev", "vgr", "nal_med", [
    ("Bedömning", "Stabilt INR 2,4 på Waran för mekanisk klaff. Pat ska ev. på kräftskiva i helgen, avråds från stora mängder alkohol."),
], must_not=M2, why="kräftskiva contains kräfta (old word for cancer) beside ev.", age=62, sex="m")

add("lookalike-strokeenheten-trol-overflytt", "skane", "hbg_neuro", [
    ("Bedömning", "Hjärninfarkt i hö MCA-område, trombolyserad igår med god effekt. Trol. överflytt till strokeenheten i Ängelholm imorgon för rehabilitering."),
], must_not=M2, why="trol. about a transfer to a ward named after a disease; the infarct is settled",
    age=77, sex="m", setting="slutenvård")

# --- PMO (diagnoses never shown)
add("pmo-misstankt-sockersjuka-vardcentral", "skane", "vc_sodervarn", [
    ("Bedömning", "Misstänkt sockersjuka, fP-glukos 8,1. Nytt fastevärde och HbA1c om en vecka."),
], must_not=M2, why="PMO never shows diagnoses, hedged lay diagnosis", age=57, sex="m",
    system="PMO", template="Besöksanteckning")

add("typo-pmo-bvc-trol-vattkopor", "skane", "bvc_linero", [
    ("Aktuellt", "Mamma ringer, blåsor på magen sedan i morse."),
    ("Bedömning", "Trol. vattkopor, syskonet hade det för två veckor sedan. Råd om klådlindring."),
], must_not=M2, why="PMO BVC; typo vattkoppor with one p missing", age=2, sex="f", system="PMO",
    template="Telefonanteckning", role="sjuksköterska")

add("typo-kb-pmo-mojlig-halsfluss", "skane", "vc_osterlen", [
    ("Bedömning", "Mojlig halsfluss, strep A tas. Atervander om svaret ar positivt."),
], must_not=M2, why="PMO; möjlig typed without ö (foreign keyboard)", age=17, sex="m",
    system="PMO", template="Besöksanteckning")

# --- Tidiga hypoteser (protected)
add("typo-th-skane-mall-misstankt-lungcacer", "skane", "sus_lund_lung", [
    ("Bedömning", "Misstänkt lungcacer hö överlob utifrån DT, bronkoskopi bokad."),
], must_not=M2, why="Skåne protected template Tidiga hypoteser; typo lungcancer missing an n",
    age=66, sex="m", template="Tidiga hypoteser")

add("th-vgr-sokord-trol-als", "vgr", "su_neuro", [
    ("Tidiga hypoteser", "Trol. ALS med fascikulationer i tre regioner och neurogena EMG-fynd. Ny bedömning efter second opinion."),
], must_not=M2, why="VGR protected sökord Tidiga hypoteser holds the hedged diagnosis", age=54,
    sex="m")

add("typo-kb-th-skane-mall-ev-mb-hodgkin", "skane", "sus_lund_hemat", [
    ("Bedömning", "Ev. Mb Hodgkin, forstorad kortel pa halsen och nattsvettningar. Exstirpation bokad."),
], must_not=M2, why="Skåne protected template Tidiga hypoteser; text typed without å/ä/ö",
    age=24, sex="f", template="Tidiga hypoteser")

# =========================================================================
# NL101 positives: diagnosis visible while the patient is not informed
# =========================================================================
add("nl101-gallgangscancer-annu-ej-informerad", "vgr", "su_kir", [
    ("Bedömning", "ERCP-borstningen visar adenocarcinom i gallgången (kolangiocarcinom). Pat ännu ej informerad, besked ges på tisdag med dottern närvarande."),
], must=M1, why="confirmed compound diagnosis with 'ännu ej informerad'", age=71, sex="m")

add("typo-nl101-space-lung-cancer-inte-fatt-beskedet", "skane", "sus_lund_lung", [
    ("Bedömning", "Bronkoskopi-PAD: skivepitelcancer, alltså lung cancer stadium IIIA. Pat har ännu inte fått beskedet, samtal bokat med kontaktsjuksköterskan."),
], must=M1, why="typo: lungcancer split by a space; colloquial 'inte fått beskedet'", age=68,
    sex="f")

add("nl101-inflection-hjarnmetastaserna-ej-underrattad", "vgr", "su_onk", [
    ("Röntgen", "MR hjärna: hjärnmetastaserna i hö frontallob och cerebellum bekräftade, ödem runt den största."),
    ("Bedömning", "Pat ännu inte underrättad, maken vill vara med vid beskedet imorgon. Betapred 8 mg insatt."),
], must=M1, why="definite plural compound hjärnmetastaserna; 'inte underrättad'", age=57,
    sex="f", setting="slutenvård")

add("typo-nl101-cancerns-spridning-ej-infomerad", "skane", "sus_malmo_uro", [
    ("Bedömning", "Skelettskintigrafin visar cancerns spridning till bäcken och kotpelare, prostatacancer med skelettmetastaser. Pat ej infomerad ännu."),
], must=M1, why="typo: informerad missing an r; genitive cancerns", age=74, sex="m")

add("typo-kb-nl101-brostcancer-annu-ej-informerad", "vgr", "sas_brost", [
    ("Bedömning", "Mellannalsbiopsi visar invasiv duktal brostcancer i vanster brost. Pat annu ej informerad, vi ringer in henne till mottagningen imorgon."),
], must=M1, why="typo: whole note typed without å/ä/ö (brostcancer, annu)", age=46, sex="f")

add("nl101-lay-elakartad-tumor-vet-annu-inte-draft", "skane", "hbg_kir", [
    ("Bedömning", "PAD från koloskopin visar elakartad tumör i tjocktarmen (adenocarcinom i sigmoideum). Pat vet ännu inte om det, besked vid mottagningsbesöket nästa vecka."),
], must=M1, why="lay 'elakartad tumör'; colloquial 'vet ännu inte om det'; unsigned draft",
    age=79, sex="m", draft=True)

add("nl101-anhoriga-informerade-pat-sjalv-ej-alzheimer", "vgr", "molndal_minne", [
    ("Bedömning", "Utredningen klar: Alzheimers sjukdom av lindrig grad. Dottern informerad, men pat själv har inte informerats än, planeras vid nästa besök."),
], must=M1, why="relatives informed but the patient herself not: still NL101", age=83, sex="f")

add("nl101-eponym-huntingtons-ej-delgiven", "skane", "sus_lund_neuro", [
    ("Bedömning", "Gentest bekräftar Huntingtons sjukdom (CAG 44). Diagnosen ej delgiven pat, besked på klinisk genetik den 14/5 tillsammans med kurator."),
], must=M1, why="eponym; formal wording 'ej delgiven'", age=34, sex="m")

add("nl101-telegrafiskt-mb-hodgkin-ej-info-om-dx", "vgr", "su_hemat", [
    ("Diagnos", "Mb Hodgkin, nodulär skleros, stadium IIA."),
    ("Planering", "Pat ej info om dx ännu. PET-DT först, sedan besked och behandlingsplan."),
], must=M1, why="telegraphic 'ej info om dx' abbreviations in a separate section", age=27, sex="m")

add("typo-nl101-leukmi-ska-inte-informeras-forran-mdk", "skane", "sus_lund_hemat", [
    ("Bedömning", "Benmärgen visar akut myeloisk leukmi. Pat ska inte informeras förrän MDK imorgon har fastställt behandlingslinjen."),
], must=M1, why="typo: leukemi missing an e; 'ska inte informeras förrän' (not to be told yet)",
    age=63, sex="f", setting="slutenvård")

add("typo-ph-nl101-trol-lymphom-ej-informerad-om-misstanken", "vgr", "nu_onh", [
    ("Bedömning", "Förstorade halslymfkörtlar bilat, trol. lymphom. Exstirpation nästa vecka, pat ej informerad om misstanken."),
], must=M1, why="typo: lymfom spelled with ph; hedged diagnosis the patient is not told about",
    age=52, sex="m")

add("typo-nl101-multipel-skleros-informerrad", "skane", "csk_neuromott", [
    ("Bedömning", "MR och likvor uppfyller McDonald-kriterierna, diagnos multipel skleros. Pat ännu inte informerrad, besked ges vid återbesöket om tio dagar."),
], must=M1, why="typo: informerad with a doubled r; eponymous criteria next to the diagnosis",
    age=29, sex="f")

add("nl101-eponym-parkinsons-har-ej-informerat-pat-draft", "vgr", "sks_neuro", [
    ("Bedömning", "DaTSCAN patologisk, diagnosen Parkinsons sjukdom fastställd. Har ej informerat pat ännu, tas vid nästa besök då hustrun kan följa med."),
], must=M1, why="active voice 'har ej informerat pat' with an eponym; unsigned draft", age=73,
    sex="m", draft=True)

add("typo-kb-nl101-livmoderhalscancer-inte-fatt-veta", "skane", "hbg_kvinno", [
    ("Bedömning", "PAD fran konbiopsin visar livmoderhalscancer stadium IB. Pat har inte fatt veta annu, ringer henne idag for att boka samtal."),
], must=M1, why="typo: å/ä/ö missing (fatt veta, annu); lay compound livmoderhalscancer",
    age=58, sex="f")

# =========================================================================
# NL101 negatives
# =========================================================================
add("nl101n-pat-och-sonen-informerade-lungcancer", "vgr", "sas_lung", [
    ("Bedömning", "Adenocarcinom i vä underlob, lungcancer stadium IV. Pat och sonen informerade om diagnosen idag, tar beskedet lugnt."),
], must_not=M1, why="diagnosis communicated to the patient", age=70, sex="m")

add("nl101n-pat-informerad-anhoriga-annu-ej", "skane", "csk_onk", [
    ("Bedömning", "Recidiv av njurcancer med lungmetastaser. Pat informerad igår, anhöriga ännu ej informerade enligt pats önskan."),
], must_not=M1, why="the uninformed ones are the relatives, the patient is informed", age=64,
    sex="m")

add("typo-nl101n-informerd-om-hjarnblodning", "vgr", "nal_stroke", [
    ("Bedömning", "Hjärnblödning i hö thalamus, konservativ behandling. Pat och maken informerd om diagnosen och prognosen."),
], must_not=M1, why="typo: informerad missing an a; patient is informed", age=69, sex="f",
    setting="slutenvård")

add("nl101n-negerad-malignitet-svaret-ej-meddelat", "skane", "ystad_kir", [
    ("Röntgen", "DT buk: ingen tumör och inga tecken på malignitet."),
    ("Bedömning", "Pat ännu ej informerad om svaret, ringer henne imorgon med det lugnande beskedet."),
], must_not=M1, why="patient not yet told, but the only diagnosis is negated", age=55, sex="f")

add("nl101n-ej-informerad-om-normala-provsvar", "vgr", "kungalv_medmott", [
    ("Lab", "Hb 141, CRP under 5, kreatinin 78, TSH 1,8."),
    ("Bedömning", "Normala prover. Pat ej informerad om provsvaren ännu, brev skickas."),
], must_not=M1, why="'ej informerad' about normal lab results, no diagnosis at all", age=44,
    sex="m")

add("nl101n-pat-vet-men-har-inte-informerat-barnen-draft", "skane", "sus_malmo_onk", [
    ("Socialt", "Pat känner till sin bröstcancer med skelettspridning men har inte informerat barnen, vill ha hjälp av kurator med det."),
], must_not=M1, why="the patient knows; she has not told her children", age=60, sex="f",
    draft=True)

add("nl101n-th-skane-mall-trol-pankreascancer-ej-informerad", "skane", "sus_lund_gastro", [
    ("Bedömning", "Trol. pankreascancer enligt DT, pat ej informerad om misstanken i väntan på EUS-biopsi."),
], must_not=M1 + M2, why="Skåne protected template Tidiga hypoteser: not visible, so neither rule",
    age=72, sex="m", template="Tidiga hypoteser")

add("typo-kb-nl101n-th-vgr-sokord-recidiv-ej-underrattad", "vgr", "sas_onk", [
    ("Tidiga hypoteser", "Misstankt recidiv av ovarialcancer, CA-125 stigande. Pat ej underrattad annu."),
], must_not=M1 + M2, why="VGR protected sökord Tidiga hypoteser; text typed without å/ä/ö",
    age=48, sex="f")

add("nl101n-informerad-om-att-det-trol-ar-ms", "vgr", "sks_med", [
    ("Bedömning", "Pat informerad om att det trol. rör sig om MS, hon vill ha skriftlig information om sjukdomen."),
], must_not=M1, why="patient informed about the suspected diagnosis (NL102 not asserted)",
    age=33, sex="f")


# =========================================================================
# build
# =========================================================================
def luhn(digits):
    s = 0
    for i, ch in enumerate(digits):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        s += v // 10 + v % 10
    return (10 - s % 10) % 10


def person(idx, age, sex):
    by = 2024 - age - 1
    bm = 1 + idx % 12
    bd = 1 + (idx * 11) % 28
    serial = "%02d" % (10 + (idx * 37) % 89)
    g = (idx % 5) * 2 + (1 if sex == "m" else 0)
    nine = "%02d%02d%02d%s%d" % (by % 100, bm, bd, serial, g)
    pnr = "%04d%02d%02d-%s%d%d" % (by, bm, bd, serial, g, luhn(nine))
    return {"id": pnr, "birth_date": "%04d-%02d-%02d" % (by, bm, bd),
            "protected_identity": False}


def build():
    rows = []
    for idx, c in enumerate(CASES):
        month = 1 + (idx * 5) % 11
        day = 1 + (idx * 7) % 27
        hour = 8 + (idx * 3) % 9
        minute = (idx * 13) % 60
        t = datetime(2024, month, day, hour, minute)
        signed = None if c["draft"] else (t + timedelta(minutes=25 + (idx * 17) % 90)).isoformat()
        region, unit = UNITS[c["unit"]]
        note = {
            "id": "n1", "system": c["system"], "template": c["template"],
            "unit": unit,
            "author": {"name": AUTHORS[idx % len(AUTHORS)], "role": c["role"]},
            "time": t.isoformat(), "signed": signed, "setting": c["setting"],
            "refs": [],
            "sections": [{"keyword": k, "text": v} for k, v in c["sections"]],
        }
        record = {
            "patient": person(idx, c["age"], c["sex"]),
            "as_of": "2024-%02d-28T23:59:00" % month,
            "notes": [note], "access_events": [], "conversations": [], "treatments": [],
        }
        rows.append({
            "case": c["name"], "ruleset": c["ruleset"], "record": record,
            "must": [[code, "n1"] for code in c["must"]],
            "must_not": [[code, "n1"] for code in c["must_not"]],
            "why": c["why"],
        })
    return rows


SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")
PROTECTED_SKANE_TEMPLATES = {"Tidiga hypoteser", "Våld i nära relationer", "Oro för att barn far illa",
                             "Hälsoundersökning på begäran av socialnämnd (HUBS)"}
PROTECTED_VGR_KEYWORDS = {"Tidiga hypoteser", "Våldsutsatthet i nära relationer",
                          "Orosanmälan gällande barn", "Tredje person", "Enkelblind prövning"}


def validate(rows):
    errs = []
    names = set()
    seen = {}
    for r in rows:
        n = r["case"]
        if set(r) != {"case", "ruleset", "record", "must", "must_not", "why"}:
            errs.append("%s: bad keys" % n)
        if n in names:
            errs.append("%s: duplicate case name" % n)
        names.add(n)
        if r["ruleset"] not in ("skane", "vgr"):
            errs.append("%s: bad ruleset" % n)
        rec = r["record"]
        if set(rec) != {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}:
            errs.append("%s: bad record keys" % n)
        p = rec["patient"]
        pnr, bd = p["id"], p["birth_date"]
        if not re.fullmatch(r"\d{8}-\d{4}", pnr):
            errs.append("%s: pnr format" % n)
        else:
            digits = pnr[2:8] + pnr[9:]
            if luhn(digits[:9]) != int(digits[9]):
                errs.append("%s: Luhn" % n)
            if "%s-%s-%s" % (pnr[:4], pnr[4:6], pnr[6:8]) != bd:
                errs.append("%s: pnr/birth_date mismatch" % n)
        if not rec["as_of"].startswith("2024-"):
            errs.append("%s: as_of not 2024" % n)
        ids = set()
        for note in rec["notes"]:
            if set(note) != {"id", "system", "template", "unit", "author", "time", "signed",
                             "setting", "refs", "sections"}:
                errs.append("%s: bad note keys" % n)
            ids.add(note["id"])
            for f in ("time", "signed"):
                v = note[f]
                if v is None:
                    continue
                if not v.startswith("2024-"):
                    errs.append("%s: %s not 2024" % (n, f))
                datetime.fromisoformat(v)
            if note["signed"] and note["signed"] < note["time"]:
                errs.append("%s: signed before time" % n)
            if note["signed"] and note["signed"] > rec["as_of"]:
                errs.append("%s: signed after as_of" % n)
            t = datetime.fromisoformat(note["time"]).date()
            b = date.fromisoformat(bd)
            age = t.year - b.year - ((t.month, t.day) < (b.month, b.day))
            if 13 <= age <= 15 or age < 0:
                errs.append("%s: patient age %d" % (n, age))
            if r["ruleset"] == "vgr" and note["system"] != "Melior":
                errs.append("%s: VGR must be Melior" % n)
            region = "skane" if note["unit"]["hsa_id"].startswith("SE2321000255") else "vgr"
            if region != r["ruleset"]:
                errs.append("%s: unit region mismatch" % n)
            if note["system"] == "PMO":
                if ["NL102", note["id"]] in r["must"]:
                    errs.append("%s: must NL102 on PMO" % n)
                if any(code == "NL101" for code, _ in r["must"] + r["must_not"]):
                    errs.append("%s: NL101 asserted on PMO" % n)
            if r["ruleset"] == "vgr" and note["template"] in PROTECTED_SKANE_TEMPLATES - {"Tidiga hypoteser"}:
                errs.append("%s: odd template" % n)
            for s in note["sections"]:
                if set(s) != {"keyword", "text"}:
                    errs.append("%s: bad section keys" % n)
                for sent in SENT_SPLIT.split(s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen and seen[sent] != n:
                            errs.append("%s: sentence reused from %s: %r" % (n, seen[sent], sent))
                        if sent in seen and seen[sent] == n:
                            errs.append("%s: sentence repeated: %r" % (n, sent))
                        seen[sent] = n
        for code, target in r["must"] + r["must_not"]:
            if code not in ("NL101", "NL102"):
                errs.append("%s: unexpected code %s" % (n, code))
            if target not in ids:
                errs.append("%s: target %s missing" % (n, target))
        if set(map(tuple, r["must"])) & set(map(tuple, r["must_not"])):
            errs.append("%s: code in both must and must_not" % n)
        if not r["must"] and not r["must_not"]:
            errs.append("%s: asserts nothing" % n)
        if not r["why"]:
            errs.append("%s: no why" % n)
    return errs


def main():
    rows = build()
    errs = validate(rows)
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")
    if errs:
        for e in errs:
            print("ERROR:", e)
        return 1
    counts = {}
    for r in rows:
        for code, _ in r["must"]:
            counts.setdefault(code, [0, 0])[0] += 1
        for code, _ in r["must_not"]:
            counts.setdefault(code, [0, 0])[1] += 1
    print("%d cases written to %s" % (len(rows), OUT))
    for code in sorted(counts):
        print("  %s must=%d must_not=%d" % (code, counts[code][0], counts[code][1]))
    rs = {}
    for r in rows:
        rs[r["ruleset"]] = rs.get(r["ruleset"], 0) + 1
    print("  rulesets:", rs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
