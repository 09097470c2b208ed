#!/usr/bin/env python3
"""nl102d_dev_cases: 120 long, realistic Swedish notes about NL102 (hypothesis-in-visible-note).

Every case is one note (n1). In each note exactly one sentence decides the case, or none:
  must      -> one hedged diagnosis in a visible section of a Melior note
  must_not  -> negated hedges, family, past, non-diagnostic hedges, answered rule-outs,
               PMO notes, protected templates / sökord, or plain notes without any hedge.
Dependency-free and deterministic: `python3 build.py` writes nl102d_dev_cases.jsonl and
validates it; exits 1 on any problem.
"""
import datetime as _dt
import json
import os
import re
import sys

NAME = "nl102d_dev_cases"
HERE = os.path.dirname(os.path.abspath(__file__))

# unit key -> (name, hsa_id, system, region)
UNITS = {
    # Region Skåne, Melior (hospitals)
    "s_akut_lund": ("Akutmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4A11", "Melior", "skane"),
    "s_akut_malmo": ("Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4A12", "Melior", "skane"),
    "s_med_hbg": ("Medicinkliniken, Helsingborgs lasarett", "SE2321000255-4B21", "Melior", "skane"),
    "s_med_trelleborg": ("Medicinmottagningen, Trelleborgs lasarett", "SE2321000255-4B22", "Melior", "skane"),
    "s_kir_kristianstad": ("Kirurgiska kliniken, Centralsjukhuset Kristianstad", "SE2321000255-4C31", "Melior", "skane"),
    "s_kir_angelholm": ("Kirurgmottagningen, Ängelholms sjukhus", "SE2321000255-4C32", "Melior", "skane"),
    "s_ort_ystad": ("Ortopedmottagningen, Lasarettet i Ystad", "SE2321000255-4D41", "Melior", "skane"),
    "s_ort_hassleholm": ("Ortopedkliniken, Hässleholms sjukhus", "SE2321000255-4D42", "Melior", "skane"),
    "s_neuro_lund": ("Neurologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4E51", "Melior", "skane"),
    "s_onk_lund": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-4F61", "Melior", "skane"),
    "s_kard_malmo": ("Hjärtmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4G71", "Melior", "skane"),
    "s_hud_lund": ("Hudmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4H81", "Melior", "skane"),
    "s_ogon_lund": ("Ögonmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4J91", "Melior", "skane"),
    "s_onh_malmo": ("Öron-näsa-halsmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4K12", "Melior", "skane"),
    "s_inf_malmo": ("Infektionskliniken, Skånes universitetssjukhus Malmö", "SE2321000255-4L13", "Melior", "skane"),
    "s_barn_lund": ("Barnakuten, Skånes universitetssjukhus Lund", "SE2321000255-4M14", "Melior", "skane"),
    "s_barn_hbg": ("Barn- och ungdomsmottagningen, Helsingborgs lasarett", "SE2321000255-4M15", "Melior", "skane"),
    "s_gyn_malmo": ("Kvinnokliniken, Skånes universitetssjukhus Malmö", "SE2321000255-4N16", "Melior", "skane"),
    "s_uro_malmo": ("Urologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4P17", "Melior", "skane"),
    "s_reuma_lund": ("Reumatologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4Q18", "Melior", "skane"),
    "s_endo_malmo": ("Endokrinologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4R19", "Melior", "skane"),
    "s_geri_landskrona": ("Geriatriska kliniken, Lasarettet Landskrona", "SE2321000255-4S20", "Melior", "skane"),
    "s_minne_malmo": ("Minnesmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4S21", "Melior", "skane"),
    "s_psyk_lund": ("Allmänpsykiatrisk öppenvårdsmottagning Lund", "SE2321000255-4T22", "Melior", "skane"),
    "s_bup_malmo": ("BUP-mottagning Malmö Väster", "SE2321000255-4T23", "Melior", "skane"),
    "s_med_ystad": ("Medicinkliniken, Lasarettet i Ystad", "SE2321000255-4B24", "Melior", "skane"),
    # Region Skåne, PMO (primary care)
    "p_vc_kirseberg": ("Vårdcentralen Kirseberg, Malmö", "SE2321000255-7A01", "PMO", "skane"),
    "p_vc_eslov": ("Vårdcentralen Eslöv", "SE2321000255-7A02", "PMO", "skane"),
    "p_vc_hoor": ("Vårdcentralen Höör", "SE2321000255-7A03", "PMO", "skane"),
    "p_vc_simrishamn": ("Vårdcentralen Simrishamn", "SE2321000255-7A04", "PMO", "skane"),
    "p_vc_tomelilla": ("Vårdcentralen Tomelilla", "SE2321000255-7A05", "PMO", "skane"),
    "p_bvc_landskrona": ("BVC Landskrona, Centrum", "SE2321000255-7A06", "PMO", "skane"),
    "p_um_lund": ("Ungdomsmottagningen Lund", "SE2321000255-7A07", "PMO", "skane"),
    "p_hsv_hbg": ("Hemsjukvården Helsingborg norr", "SE2321000255-7A08", "PMO", "skane"),
    # Västra Götalandsregionen, Melior
    "v_akut_su": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-E101", "Melior", "vgr"),
    "v_akut_skovde": ("Akutmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E102", "Melior", "vgr"),
    "v_kard_ostra": ("Kardiologmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E103", "Melior", "vgr"),
    "v_neuro_su": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E104", "Melior", "vgr"),
    "v_med_nal": ("Medicinkliniken, NU-sjukvården NÄL Trollhättan", "SE2321000131-E105", "Melior", "vgr"),
    "v_med_alingsas": ("Medicinmottagningen, Alingsås lasarett", "SE2321000131-E106", "Melior", "vgr"),
    "v_kir_skas": ("Kirurgkliniken, Skaraborgs Sjukhus Skövde", "SE2321000131-E107", "Melior", "vgr"),
    "v_ort_boras": ("Ortopedmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E108", "Melior", "vgr"),
    "v_onk_jk": ("Jubileumskliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E109", "Melior", "vgr"),
    "v_hud_su": ("Hudmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E110", "Melior", "vgr"),
    "v_ogon_molndal": ("Ögonmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E111", "Melior", "vgr"),
    "v_onh_su": ("Öron-, näs- och halsmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E112", "Melior", "vgr"),
    "v_barn_dsbus": ("Barnakuten, Drottning Silvias barnsjukhus", "SE2321000131-E113", "Melior", "vgr"),
    "v_barn_nal": ("Barnmottagningen, NU-sjukvården NÄL", "SE2321000131-E114", "Melior", "vgr"),
    "v_gyn_ostra": ("Kvinnokliniken, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E115", "Melior", "vgr"),
    "v_inf_ostra": ("Infektionskliniken, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E116", "Melior", "vgr"),
    "v_reuma_molndal": ("Reumatologmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E117", "Melior", "vgr"),
    "v_geri_kungalv": ("Geriatriska mottagningen, Kungälvs sjukhus", "SE2321000131-E118", "Melior", "vgr"),
    "v_psyk_uddevalla": ("Psykiatrisk öppenvårdsmottagning, Uddevalla sjukhus", "SE2321000131-E119", "Melior", "vgr"),
    "v_uro_su": ("Urologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E120", "Melior", "vgr"),
    "v_endo_su": ("Endokrinmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E121", "Melior", "vgr"),
    "v_med_lidkoping": ("Medicinkliniken, Skaraborgs Sjukhus Lidköping", "SE2321000131-E122", "Melior", "vgr"),
    "v_kir_boras": ("Kirurgmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E123", "Melior", "vgr"),
}

AUTHORS = [
    "Karin Lindqvist", "Johan Bergström", "Sara Nyström", "Ahmed Haddad", "Maria Ek",
    "Per Holmberg", "Lena Sjöberg", "Mikael Strand", "Eva Forsberg", "Nils Åkesson",
    "Fatima Rahimi", "Anders Wallin", "Helena Magnusson", "Oskar Lund", "Ingrid Palm",
    "Tobias Engström", "Sofia Dahl", "Erik Hedlund", "Amira Saleh", "Jonas Blom",
    "Cecilia Axelsson", "Henrik Nordin", "Lina Persson", "Goran Petrović", "Ulla Fransson",
]

CASES = []


def C(name, unit, born, serial, t, sections, kind, why, tpl=None, draft=False,
      setting="öppenvård", role="läkare", sign_after=50):
    """Register one case.

    name: case name; unit: key into UNITS; born: 'YYYY-MM-DD'; serial: 3 digits (the
    last is odd for men, even for women); t: note time 'YYYY-MM-DD HH:MM';
    sections: list of (keyword, text) where '{age}' is replaced by the patient's age;
    kind: 'must' or 'not'; tpl: template (default by system).
    """
    CASES.append(dict(name=name, unit=unit, born=born, serial=serial, t=t,
                      sections=sections, kind=kind, why=why, tpl=tpl, draft=draft,
                      setting=setting, role=role, sign_after=sign_after))

# ---------------------------------------------------------------------------
# MUST NL102: one hedged diagnosis in a visible section of a Melior note (1/2)
# ---------------------------------------------------------------------------

C("must-akut-instabil-angina-inger-misstanke", "s_akut_lund", "1957-02-11", "213", "2024-02-19 07:40", [
    ("Anamnes", "{age}-årig man med känd hypertoni och diabetes mellitus typ 2 sedan 2015. Tidigare rökare, slutade 2010. Söker pga tryckande bröstsmärta i vila som debuterade kl 05 i morse, duration ca 20 min, strålning mot vä arm. Ingen dyspné, ingen synkope. Kortare episoder vid ansträngning senaste veckan som gått över i vila."),
    ("Läkemedel", "Metformin 1 g x 2, Enalapril 10 mg x 1, Atorvastatin 40 mg x 1."),
    ("Status", "AT: opåverkad, smärtfri vid undersökningen.\nCor: RR, inga blåsljud, frekv 78.\nPulm: vesikulärt andningsljud bilat, inga rassel.\nBuk: mjuk, oöm.\nExtremiteter: inga ödem, perifera pulsar palpabla.\nBT 152/88, SpO2 97 %."),
    ("Lab", "TnT 14 ng/L, kontroll efter 3 h 16 ng/L. Hb 141, CRP <5, kreatinin 88, P-glukos 9,4."),
    ("EKG", "Sinusrytm 76/min, normal PQ-tid, inga ST-förändringar."),
    ("Bedömning", "Anamnesen med vilosmärta och nytillkomna ansträngningsrelaterade besvär inger misstanke om instabil angina pectoris. Troponinnivåerna är stabila och under gränsen för hjärtinfarkt."),
    ("Åtgärd", "Inläggs på HIA för observation. Trombyl laddas med 300 mg, därefter 75 mg x 1. Koronarangiografi anmäld. Info till pat som förstår och accepterar."),
], "must", "misstanke om instabil angina in Bedömning of a long akut note with normal status lines", tpl="Akutanteckning", setting="akutmottagning")

C("must-kard-trol-takykardiomyopati", "v_kard_ostra", "1957-09-04", "331", "2024-04-10 10:15", [
    ("Aktuellt", "Återbesök efter akutbesök för nydebuterat förmaksflimmer med snabb kammarfrekvens för 6 veckor sedan. Elkonverterades inte då durationen var okänd. Har sedan dess haft metoprolol och Eliquis. Mår bättre, klarar trappor men blir fortfarande andfådd i uppförsbacke."),
    ("Tidigare sjukdomar", "Hypertoni. Obstruktiv sömnapné med CPAP sedan 2019."),
    ("Läkemedel", "Metoprolol depot 100 mg x 1, Eliquis 5 mg x 2, Amlodipin 5 mg x 1."),
    ("Status", "AT: gott.\nCor: oregelbunden rytm, frekv 88, inga blåsljud.\nPulm: ua.\nBen: lätta ankelödem bilat.\nBT 134/82, vikt 96 kg."),
    ("Lab", "NT-proBNP 2 380 ng/L. Hb 150, kreatinin 91, K 4,3, TSH 1,6."),
    ("Undersökningar", "UCG: vä kammare lätt dilaterad, EF ca 35 %, inga klaffel av betydelse, normalt högerkammarfunktion."),
    ("Bedömning", "Förmaksflimmer med nu acceptabel frekvenskontroll. CHA2DS2-VASc 3 p (hypertoni, ålder, nedsatt EF), fortsatt antikoagulation. Den nedsatta systoliska funktionen bedöms trol. vara en takykardiomyopati sekundärt till lång tids snabb kammarfrekvens."),
    ("Planering", "Elektiv elkonvertering efter minst 3 veckors obruten antikoagulation, anmäld idag. Insätter dapagliflozin 10 mg x 1. Nytt UCG om 3 månader."),
], "must", "trol. takykardiomyopati in Bedömning among affirmed FF, CHA2DS2-VASc and NT-proBNP", tpl="Mottagningsanteckning")

C("must-neuro-ms-stark-misstanke", "s_neuro_lund", "1990-01-27", "428", "2024-03-05 13:20", [
    ("Anamnes", "Remitterad från ögonkliniken efter genomgången vänstersidig optikusneurit i januari, behandlad med högdos Solu-Medrol. Synen nu nästan återställd. Beskriver även en period med domningar i hö ben för 2 år sedan som gick över spontant på några veckor."),
    ("Tidigare sjukdomar", "Astma, välkontrollerad. Hypotyreos sedan 2016."),
    ("Läkemedel", "Levaxin 75 mikrog x 1, Symbicort 160/4,5 vb."),
    ("Status", "AT: gott.\nNeurologiskt: kranialnerver ua förutom lätt nedsatt färgseende vä. Kraft, sensibilitet och reflexer symmetriska, Babinski neg bilat. Romberg ua, gångprov ua.\nHud: inga utslag."),
    ("Röntgen", "MR hjärna och halsrygg: flera periventrikulära och en juxtakortikal T2-hyperintensitet, ingen kontrastladdning. Inga lesioner i halsmärgen."),
    ("Bedömning", "Kliniskt isolerat syndrom med MR-fynd som ger stark misstanke om multipel skleros."),
    ("Planering", "LP med oligoklonala band och IgG-index. Kontakt med MS-sjuksköterska ordnad. Pat informerad om utredningsgången och vill fortsätta."),
], "must", "stark misstanke om multipel skleros in Bedömning, neurology with normal neuro status", tpl="Mottagningsanteckning")

C("must-med-sannolikt-ovre-gi-blodning", "v_med_nal", "1945-11-30", "517", "2024-01-22 16:05", [
    ("Anamnes", "Inkommer via vårdcentral pga Hb 84 och tilltagande trötthet i 2 månader. Svart avföring ett par gånger senaste veckan enligt hustrun. Inga buksmärtor. Står på ASA sedan PCI 2018."),
    ("Tidigare sjukdomar", "Ischemisk hjärtsjukdom, PCI mot LAD 2018. KOL GOLD 2. Prostatahyperplasi."),
    ("Läkemedel", "Trombyl 75 mg x 1, Simvastatin 40 mg till natten, Spiriva Respimat 2 puffar x 1, Tamsulosin 0,4 mg x 1."),
    ("Status", "AT: blek men opåverkad.\nCor: RR, systoliskt blåsljud 2/6 över apex, känt sedan tidigare.\nPulm: förlängt exspirium, inga ronki.\nBuk: mjuk, oöm, inga palpabla resistenser.\nPR: svart avföring på handsken, ingen resistens."),
    ("Lab", "Hb 82, MCV 71, ferritin 6, CRP 4, kreatinin 102, PK(INR) 1,0, trombocyter 388."),
    ("Bedömning", "Mikrocytär anemi med tömda järndepåer och melena, sannolikt ockult blödning från övre GI-kanalen under pågående ASA-behandling."),
    ("Åtgärd", "Gastroskopi bokad imorgon förmiddag. Trombyl pausas efter samråd med kardiologjouren. Järninfusion Monofer 1 000 mg efter skopin. Transfusion ej indicerad i dagsläget."),
], "must", "sannolikt ockult blödning övre GI in Bedömning of an inpatient admission note", tpl="Inskrivningsanteckning", setting="slutenvård")

C("must-kir-ultraljud-talar-for-kolecystit", "s_kir_kristianstad", "1983-06-14", "386", "2024-05-03 02:30", [
    ("Aktuellt", "{age}-årig kvinna med smärta under hö arcus sedan igår kväll efter fet måltid, tilltagande, kräkts två gånger. Feber 38,4 hemma. Kortare smärtattacker av samma typ i höstas."),
    ("Tidigare sjukdomar", "Graviditetsdiabetes 2016, nu normalt glukos. Migrän."),
    ("Läkemedel", "Sumatriptan 50 mg vb. Zoely p-piller."),
    ("Status", "AT: smärtpåverkad, vaken och klar.\nCor: RR, frekv 96.\nPulm: ua.\nBuk: ömhet och lätt défense under hö arcus, Murphys tecken positivt, i övrigt mjuk. Tarmljud normala.\nTemp 38,2."),
    ("Lab", "CRP 86, LPK 13,4, ALP 1,9, bilirubin 14, ALAT 0,6, amylas 0,4. U-hCG neg."),
    ("Röntgen", "Ultraljud buk: förtjockad gallblåsevägg 6 mm, perikolecystisk vätska och inkilad sten i gallblåsehalsen, fynden talar för akut kolecystit. Gallgångar ej vidgade."),
    ("Bedömning", "Smärtpåverkad pat med inflammatoriskt påslag och lokal peritonism under hö arcus."),
    ("Åtgärd", "Inläggs på avd 12. Pip-Tazo 4 g x 3 i.v., Oxynorm 5 mg vb. Fasta från midnatt, tas upp på morgonronden för ställningstagande till akut kolecystektomi."),
], "must", "ultraljudsfynd som talar för akut kolecystit, the hedge sits in the Röntgen section", tpl="Akutanteckning", setting="akutmottagning")

C("must-ort-ockult-collumfraktur-kan-ej-uteslutas", "s_ort_ystad", "1939-08-21", "642", "2024-06-11 09:10", [
    ("Anamnes", "Bor i eget hus med make, går med rollator inomhus. Föll i badrummet igår kväll och landade på hö sida. Kunde inte resa sig själv, maken larmade hemtjänsten."),
    ("Tidigare sjukdomar", "Osteoporos, bisfosfonat sedan 2021. Förmaksflimmer. Hypertoni."),
    ("Läkemedel", "Alendronat 70 mg 1 gång/vecka, Calcichew-D3 1 x 2, Xarelto 20 mg x 1, Losartan 50 mg x 1."),
    ("Status", "AT: opåverkad, orienterad till tid och rum.\nHö ben: ej förkortat eller utåtroterat, ömhet över trokanter, smärta vid rotation i höften. Distalstatus ua.\nHud: blåmärke lateralt hö lår, inga sår."),
    ("Röntgen", "Slätröntgen hö höft och bäcken: ingen säker fraktur, osteopen skelettstruktur."),
    ("Bedömning", "Trots negativ slätröntgen kan en ockult collumfraktur inte uteslutas med tanke på kliniken."),
    ("Åtgärd", "MR hö höft beställd idag. Avlastning tills svar finns. Alvedon 1 g x 4, Oxynorm 5 mg vb. Xarelto pausas i väntan på besked om operation."),
], "must", "ockult collumfraktur kan inte uteslutas: hedge by 'kan inte uteslutas' after a negative X-ray", tpl="Läkaranteckning", setting="slutenvård")

C("must-uro-jag-misstanker-prostatacancer", "v_uro_su", "1957-12-02", "459", "2024-02-27 11:00", [
    ("Aktuellt", "Remiss från vårdcentral pga PSA 14 (6,2 för två år sedan). Lätta miktionsbesvär med nokturi 2 ggr/natt, ingen hematuri, inga skelettsmärtor."),
    ("Tidigare sjukdomar", "Hypertoni, hyperlipidemi. Ljumskbråcksoperation hö 2012."),
    ("Läkemedel", "Amlodipin 10 mg x 1, Atorvastatin 20 mg x 1."),
    ("Hereditet", "Ingen känd prostatacancer i släkten."),
    ("Status", "AT: gott.\nBuk: mjuk, oöm, ingen palpabel blåsa.\nPR: förstorad prostata ca 40 ml, hård knöl i vä lob, avgränsbar.\nYttre genitalia ua."),
    ("Lab", "PSA 14,3, kvot fritt/totalt 0,09. Kreatinin 94."),
    ("Bedömning", "Palpationsfynd och PSA-nivå gör att jag misstänker prostatacancer i vä lob."),
    ("Planering", "MR prostata beställd, därefter ställningstagande till riktade biopsier. Pat informerad om utredningen och tycker att det känns bra att komma vidare."),
], "must", "'jag misstänker prostatacancer' (verb form) among PSA, PR status and affirmed hypertoni", tpl="Mottagningsanteckning")

C("must-gyn-sammantaget-trolig-endometrios", "s_gyn_malmo", "1994-10-09", "284", "2024-09-17 14:45", [
    ("Anamnes", "Nullipara. Sedan menarche kraftiga menssmärtor som tilltagit senaste två åren, nu frånvaro från arbetet 1-2 dagar varje cykel. Djup dyspareuni. Försökt bli gravid med sambo i 14 månader utan resultat."),
    ("Läkemedel", "Naproxen 500 mg vb under mens. Inga hormonella preventivmedel."),
    ("Status", "Yttre genitalia ua. Spekulum: portio ua, ingen blödning. Bimanuell palpation: ömhet bakom uterus, nodularitet i vä sakrouterinligament. Adnexa ej förstorade.\nVaginalt ultraljud: anteflekterad uterus, normalt endometrium, vä ovarium med 3 cm homogen cysta med 'ground glass'-eko."),
    ("Lab", "Hb 128, U-hCG neg, klamydia-PCR tagen."),
    ("Bedömning", "Sammantaget trolig endometrios med endometriom i vä ovarium och engagemang av vä sakrouterinligament."),
    ("Planering", "Remiss till fertilitetsmottagningen. Hormonell behandling diskuterad men pat avstår pga barnönskan. Ny kontakt efter fertilitetsutredningen."),
], "must", "trolig endometrios in Bedömning of a gyn note with ultrasound status", tpl="Mottagningsanteckning")

C("must-barn-kawasaki-inger-misstanke", "v_barn_dsbus", "2019-07-18", "153", "2024-11-04 19:25", [
    ("Anamnes", "{age}-årig pojke, tidigare frisk, vaccinerad enligt programmet. Feber upp till 40 sedan 6 dagar trots Alvedon. Röda ögon utan flytning sedan igår, röda spruckna läppar och utslag på bålen. Mamma berättar att händerna är svullna."),
    ("Status", "AT: irritabel, gnällig men går att trösta.\nHud: makulopapulösa utslag på bålen, rodnad och ödem i handflator.\nÖgon: bilat konjunktival injektion utan sekretion.\nMun: röda fissurerade läppar, jordgubbstunga.\nHals: 1,5 cm lymfkörtel vä sida.\nCor: RR, inga blåsljud, frekv 136.\nPulm: ua.\nBuk: mjuk, oöm."),
    ("Lab", "CRP 124, LPK 17,8, TPK 455, albumin 29, ALAT 1,4. Strep A snabbtest neg."),
    ("Bedömning", "Flera kriterier är uppfyllda och bilden inger misstanke om Kawasakis sjukdom."),
    ("Åtgärd", "Inläggs på barnavdelning. UCG imorgon bitti. Kontakt med barnreumatolog, planeras IVIG 2 g/kg och ASA. Föräldrarna informerade."),
], "must", "child under 13 (guardian reads): misstanke om Kawasakis sjukdom in Bedömning", tpl="Akutanteckning", setting="akutmottagning")

C("must-psyk-bipolar-typ2-mojlig", "s_psyk_lund", "1985-04-03", "517", "2024-04-16 09:30", [
    ("Anamnes", "Remiss från vårdcentral pga återkommande depressioner sedan 20-årsåldern, nu tredje SSRI utan effekt. Vid samtalet framkommer perioder på ett par dagar med minskat sömnbehov, ökad energi och köpbeteende som han själv kallar 'mina bra dagar'. Inga psykotiska symtom."),
    ("Socialt", "Sambo, två barn 6 och 9 år. Arbetar heltid som säljare. AUDIT 6 p. Inga droger."),
    ("Läkemedel", "Sertralin 150 mg x 1. Propavan 25 mg till natten vb."),
    ("Status", "Psykiskt status: vaken, orienterad, god kontakt. Stämningsläge lätt sänkt, affekt adekvat. Tankeinnehåll utan psykotiska inslag. Förnekar suicidtankar. MADRS-S 19."),
    ("Bedömning", "Återkommande depressiv sjukdom där de beskrivna hypomana perioderna gör en bipolär sjukdom typ II möjlig."),
    ("Planering", "Livsdiagram och strukturerad intervju (MINI) vid nästa besök om 2 veckor. Sertralin oförändrat tills vidare."),
], "must", "bipolär sjukdom typ II möjlig (adjective after the noun) in adult psychiatry Melior", tpl="Läkaranteckning")

C("must-geri-trol-lewykroppsdemens", "v_geri_kungalv", "1940-05-26", "368", "2024-10-08 13:00", [
    ("Anamnes", "Remitterad från vårdcentral för minnesutredning. Dottern som följer med berättar om 1,5 års tilltagande glömska med tydliga dag-till-dag-variationer. Pat ser ibland barn i trädgården som inte finns där och har fallit tre gånger i vinter."),
    ("Tidigare sjukdomar", "Hypertoni. Glaukom bilat. Höftplastik vä 2017."),
    ("Läkemedel", "Enalapril 5 mg x 1, Xalatan ögondroppar 1 x 1 bilat, Alvedon 1 g x 3."),
    ("Status", "AT: gott, vänlig och samarbetsvillig.\nNeurologiskt: lätt rigiditet i båda armarna, bradykinesi, inget vilotremor. Kranialnerver ua.\nMMSE-SR 22/30 med nedsatt klockritning.\nBT liggande 148/82, stående 126/74."),
    ("Lab", "Hb 131, B12 420, folat normalt, TSH 2,2, Ca 2,36, kreatinin 78."),
    ("Röntgen", "DT hjärna: måttlig central atrofi, inga infarkter, ingen blödning."),
    ("Bedömning", "Kognitiv svikt med fluktuationer, visuella hallucinationer och parkinsonism; trol. Lewykroppsdemens."),
    ("Planering", "DaTSCAN beställd. Neuroleptika ska undvikas, informerat dotter och pat om detta. Återbesök efter undersökningen."),
], "must", "trol. Lewykroppsdemens after a semicolon in geriatric memory work-up", tpl="Mottagningsanteckning")

C("must-hud-status-misstankt-melanom", "s_hud_lund", "1971-09-12", "195", "2024-08-20 10:40", [
    ("Aktuellt", "Hustrun har märkt att ett födelsemärke på ryggen förändrats sedan i somras. Ibland klåda, ingen blödning."),
    ("Tidigare sjukdomar", "Psoriasis sedan 20-årsåldern, lokalbehandlas. Hypertoni."),
    ("Läkemedel", "Enstilar kutant skum vb, Candesartan 8 mg x 1."),
    ("Hereditet", "Inga kända fall av hudcancer i släkten."),
    ("Status", "AT: gott.\nHud: psoriasisplack på armbågar och knän. Mellan skulderbladen en 9 mm asymmetrisk pigmenterad lesion med oregelbunden kant och flera färgnyanser, dermatoskopiskt atypiskt nätverk och regressionsområden, misstänkt malignt melanom. Övriga naevi dermatoskopiskt benigna.\nLymfkörtlar: inga förstorade i axiller eller ljumskar."),
    ("Bedömning", "Förändringen på ryggen ska excideras med 2 mm marginal för PAD."),
    ("Åtgärd", "Excision bokad vecka 36 på mottagningen. Fotodokumentation tagen. Pat informerad om att svar kommer per brev eller telefon."),
], "must", "misstänkt malignt melanom inside a Status line (Hud), not in Bedömning", tpl="Mottagningsanteckning")

C("must-ogon-fragetecken-jattecellsarteriit-typo", "v_ogon_molndal", "1950-03-15", "406", "2024-01-30 08:50", [
    ("Aktuellt", "Akut besök. Vaknade i morse med kraftigt nedsatt syn på hö öga. Ett par episoder med flimrande syn senaste veckan. Sedan 3 veckor huvudvärk i tinningarna och ont när hon tuggar."),
    ("Tidigare sjukdomar", "Polymyalgia reumatika 2022, Prednisolon utsatt i december. Typ 2-diabetes."),
    ("Läkemedel", "Metformin 500 mg x 2, Omeprazol 20 mg x 1."),
    ("Status", "Visus hö: räknar fingrar 1 m, vä 0,8.\nRAPD hö.\nFrämre segment ua bilat.\nFundus hö: blek svullen papill, inga blödningar. Vä: ua.\nTemporalartärer: hö förtjockad och öm, nedsatt pulsation."),
    ("Lab", "SR 78, CRP 52, Hb 118, TPK 468."),
    ("Bedömning", "AION hö öga, ? jättecellsarteriit."),
    ("Åtgärd", "Solu-Medrol 1 g i.v. idag via medicinakuten, temporalisbiopsi ordnas inom en vecka. Kontakt med reumatolog. Ej bilkörning tills vidare."),
], "must", "typo '? jättecellsarteriit' (question mark before the diagnosis) in Bedömning", tpl="Akutanteckning", setting="akutmottagning")

C("must-onh-schwannom-kan-inte-uteslutas", "s_onh_malmo", "1966-02-08", "573", "2024-03-26 15:15", [
    ("Anamnes", "Sedan ca ett år gradvis nedsatt hörsel på vä öra med tinnitus. Ingen yrsel, ingen öronvärk. Arbetar som snickare, har inte alltid använt hörselskydd. Inga tidigare öronoperationer."),
    ("Läkemedel", "Inga stående."),
    ("Status", "Öron: hörselgångar och trumhinnor ua bilat.\nWeber lateraliserar åt hö, Rinne positiv bilat.\nNäsa, munhåla, svalg ua. Hals: inga palpabla körtlar.\nKranialnerver: facialis symmetrisk, kornealreflex ua."),
    ("Undersökningar", "Tonaudiogram: sensorineural hörselnedsättning vä, 45-55 dB i diskant, hö normal för åldern. Taluppfattning vä 72 %."),
    ("Bedömning", "Asymmetrisk sensorineural hörselnedsättning där ett vestibularisschwannom inte kan uteslutas."),
    ("Planering", "MR inre hörselgångar. Hörselrehabilitering via hörcentralen efter MR-svar. Pat informerad."),
], "must", "vestibularisschwannom inte kan uteslutas (word order of a subclause)", tpl="Mottagningsanteckning")

C("must-inf-falciparummalaria-fragetecken", "v_inf_ostra", "1992-12-01", "619", "2024-07-29 22:10", [
    ("Aktuellt", "Hemkom för 9 dagar sedan från tre veckors släktbesök i Uganda, tog ingen malariaprofylax. Feber med frossa sedan 2 dagar, huvudvärk och muskelvärk. Inga diarréer, ingen hosta."),
    ("Tidigare sjukdomar", "Frisk. Vaccinerad mot gula febern 2018."),
    ("Status", "AT: febril, trött men vaken och klar.\nCor: RR, takykard 112, inga blåsljud.\nPulm: vesikulärt bilat, inga biljud.\nBuk: mjuk, lätt palpabel mjälte.\nHud: inga utslag, inga petekier.\nNeurologiskt: ua, ingen nackstelhet.\nTemp 39,6."),
    ("Lab", "Hb 121, TPK 64, LPK 4,1, CRP 98, bilirubin 32, kreatinin 96, laktat 1,8."),
    ("Bedömning", "Falciparummalaria? Trombocytopeni och splenomegali passar med detta, svar på tjock droppe väntas inom timmen."),
    ("Åtgärd", "Blododlingar x 2, malariasnabbtest och tjock droppe skickade akut. Inläggs på infektionsavdelningen. Ringer-Acetat 1 000 ml i.v."),
], "must", "diagnosis followed by '?' (Falciparummalaria?) in Bedömning", tpl="Akutanteckning", setting="akutmottagning")

C("must-reuma-sannolik-reumatiod-artrit-typo", "s_reuma_lund", "1977-11-19", "262", "2024-10-02 11:20", [
    ("Aktuellt", "Remiss från vc. Sedan 3 månader värk och svullnad i fingrarnas grundleder och handleder bilat, morgonstelhet ca 2 timmar. Har tagit Ipren med viss effekt."),
    ("Tidigare sjukdomar", "Hypotyreos. Laktosintolerans."),
    ("Läkemedel", "Levaxin 100 mikrog x 1, Ipren 400 mg vb."),
    ("Status", "AT: gott.\nLeder: synovit MCP 2-3 bilat och vä handled, positivt squeeze-test bilat. Fötter: ömhet över MTP-leder utan synlig svullnad. Knän, armbågar och axlar ua.\nHud: inga psoriasisförändringar, inga noduli.\nCor/pulm: ua."),
    ("Lab", "SR 38, CRP 21, RF 62 (pos), anti-CCP inväntas. Hb 119, ALAT normalt, kreatinin 64."),
    ("Röntgen", "Slätröntgen händer och fötter: inga erosioner, normal ledspringa."),
    ("Bedömning", "Symmetrisk polyartrit i småleder med positiv RF, sannolik reumatiod artrit."),
    ("Planering", "Metotrexat 10 mg/vecka med upptrappning till 20 mg, Folacin 5 mg dagen efter. Prednisolon 10 mg med nedtrappning över 6 veckor. Blodstatus och leverprover varannan vecka. Besök hos reumatologsjuksköterska om 4 veckor."),
], "must", "typo 'reumatiod artrit' after 'sannolik' in Bedömning; treatment started but the diagnosis stays hedged", tpl="Mottagningsanteckning")

C("must-endo-trol-graves-sjukom-typo", "v_endo_su", "1984-08-07", "348", "2024-05-14 13:35", [
    ("Aktuellt", "Ca 2 månaders hjärtklappning, viktnedgång 5 kg trots god aptit och värmeintolerans. Grusighet i ögonen senaste veckan. Röker 10 cigaretter/dag."),
    ("Tidigare sjukdomar", "Frisk. En förlossning 2019."),
    ("Läkemedel", "Propranolol 10 mg x 3, insatt av vc för en vecka sedan."),
    ("Status", "AT: något rastlös.\nThyreoidea: diffust förstorad, mjuk, oöm, inga knutor.\nÖgon: lätt ögonlocksretraktion bilat, ingen diplopi, normal ögonmotorik.\nCor: RR, frekv 102, inga blåsljud.\nHud: varm och fuktig. Fin tremor i händerna.\nVikt 58 kg."),
    ("Lab", "TSH <0,01, fritt T4 48, fritt T3 18. TRAK inväntas. Hb 130, ALAT 0,9."),
    ("Bedömning", "Thyreotoxikos, trol. Graves sjukom med lätt endokrin oftalmopati."),
    ("Planering", "Tiamazol 20 mg x 1 insätts. Propranolol fortsätter. Rökstopp starkt rekommenderat, remiss till tobaksavvänjning. Prover om 4 veckor."),
], "must", "typo 'trol. Graves sjukom' after an affirmed thyreotoxikos in Bedömning", tpl="Mottagningsanteckning")

C("must-onk-mr-misstankt-skelettmetastas", "s_onk_lund", "1962-07-23", "482", "2024-06-25 10:00", [
    ("Aktuellt", "Behandlas för ER-positiv bröstcancer vä sida, opererad med sektorresektion och sentinel node 2022, därefter strålbehandling och adjuvant letrozol. Sedan 6 veckor tilltagande ländryggssmärta, värst nattetid."),
    ("Läkemedel", "Letrozol 2,5 mg x 1, Alvedon 1 g x 3, Tramadol 50 mg vb."),
    ("Status", "AT: gott, går obehindrat.\nRygg: knackömhet över L3, ingen paravertebral ömhet.\nNeurologiskt: kraft och reflexer symmetriska i benen, Lasègue neg bilat, ingen sadelanestesi.\nBröst: ärr vä utan resistenser. Axiller ua."),
    ("Lab", "ALP 3,8, Ca 2,61, Hb 122, CRP 8, kreatinin 70."),
    ("Röntgen", "Utlåtande MR ländrygg: fokal signalförändring i L3 med engagemang av bakre kotkanten, misstänkt skelettmetastas. Ingen spinal kompression."),
    ("Bedömning", "Nytillkommen nattlig ryggsmärta hos pat med känd bröstcancer, se MR-utlåtandet ovan."),
    ("Planering", "DT thorax-buk och skelettscint beställda. Oxycodon depot 10 mg x 2 insatt. Tas upp på MDK nästa tisdag. Pat och make informerade."),
], "must", "radiology conclusion 'misstänkt skelettmetastas' quoted in a visible Röntgen section", tpl="Mottagningsanteckning")

C("must-akut-wells-le-kan-ej-uteslutas", "v_akut_su", "2000-03-29", "324", "2024-08-09 23:45", [
    ("Anamnes", "Söker pga andfåddhet och hugg i hö sida vid djupandning sedan igår. Flög hem från Thailand för 5 dagar sedan, 11 timmars flygning. Använder kombinerade p-piller. Ingen hosta, ingen feber."),
    ("Tidigare sjukdomar", "Astma i barndomen, inga besvär på många år."),
    ("Status", "AT: lätt dyspné vid tal.\nCor: RR, takykard 108, inga blåsljud.\nPulm: vesikulärt andningsljud, inga rassel, ingen pleurafriktion.\nBen: ingen svullnad eller ömhet i vaderna.\nSpO2 94 %, AF 22, temp 37,3."),
    ("Lab", "D-dimer 1,8 (ref <0,5). TnT 9, CRP 12, Hb 134, kreatinin 62. U-hCG neg."),
    ("EKG", "Sinustakykardi 106/min, i övrigt normalt."),
    ("Bedömning", "Wells 4,5 p och förhöjt D-dimer, lungemboli kan ej uteslutas."),
    ("Åtgärd", "DT lungartärer beställd akut. Fragmin 200 E/kg s.c. ges i väntan på svar. Rekommenderar att p-pillren sätts ut."),
], "must", "lungemboli kan ej uteslutas in Bedömning next to a Wells score", tpl="Akutanteckning", setting="akutmottagning", draft=True)

C("must-kir-diverikulit-fragetecken-typo", "v_kir_skas", "1968-01-16", "275", "2024-09-02 17:50", [
    ("Anamnes", "Tre dagars tilltagande smärta i vä fossa, aptitlös, lös avföring utan blod. Feber 38,5 igår kväll. Aldrig genomgått koloskopi."),
    ("Tidigare sjukdomar", "Hypertoni, fetma BMI 33. Gikt med enstaka attacker."),
    ("Läkemedel", "Enalapril/hydroklortiazid 20/12,5 mg x 1, Allopurinol 100 mg x 1."),
    ("Status", "AT: opåverkad.\nCor: RR 90.\nPulm: ua.\nBuk: mjuk, palpationsöm i vä fossa med lokal défense, inget släppömt. Tarmljud normala.\nTemp 38,1."),
    ("Lab", "CRP 142, LPK 14,8, Hb 148, kreatinin 96, K 3,6, laktat 1,1."),
    ("Bedömning", "Vänstersidig nedre buksmärta med feber och CRP-stegring, diverikulit i sigmoideum?"),
    ("Åtgärd", "DT buk med i.v. kontrast beställd. Inläggs på kirurgavdelningen. Alvedon 1 g x 4 och Oxynorm 5 mg vb, antibiotika avvaktas till DT-svar."),
], "must", "typo 'diverikulit' followed by '?' in Bedömning", tpl="Akutanteckning", setting="akutmottagning")

C("must-med-lofgren-differentialdiagnos-lymfom", "s_med_hbg", "1982-05-05", "391", "2024-04-23 14:10", [
    ("Aktuellt", "Remiss från vc efter lungröntgen tagen pga torrhosta i 6 veckor."),
    ("Anamnes", "Feber och ömmande röda knölar på underbenen för 3 veckor sedan, nu avklingande. Svullna och värkande fotleder. Ingen viktnedgång, inga nattsvettningar. Har aldrig rökt."),
    ("Tidigare sjukdomar", "Allergisk rinit. Menisksutur hö knä 2015."),
    ("Läkemedel", "Aerius 5 mg vb."),
    ("Status", "AT: gott.\nHud: bruna, avblekande fläckar på båda skenbenen efter erythema nodosum.\nLeder: lätt periartikulär svullnad i båda fotlederna.\nLymfkörtlar: inga palpabla på halsen eller i axiller.\nPulm: ua, SpO2 98 %."),
    ("Lab", "SR 42, CRP 28, ACE 96 (förhöjt), Ca 2,48, Hb 141, LPK 6,9."),
    ("Röntgen", "DT thorax: bilaterala förstorade hilus- och mediastinala lymfkörtlar, inga parenkymförändringar."),
    ("Bedömning", "Förstahandsdiagnos är Löfgrens syndrom, differentialdiagnos lymfom."),
    ("Planering", "Bronkoskopi med EBUS för cytologi och BAL. Spirometri med diffusionskapacitet. NSAID vid behov mot ledbesvären."),
], "must", "'förstahandsdiagnos ..., differentialdiagnos lymfom' in Bedömning", tpl="Mottagningsanteckning")

C("must-neuro-trolig-idiopatisk-parkinson", "v_neuro_su", "1958-10-30", "537", "2024-11-12 10:30", [
    ("Aktuellt", "Remiss från vårdcentral. Hustrun har sedan drygt ett år märkt att pat går med kortare steg och att hö arm inte pendlar. Skakningar i hö hand i vila. Handstilen har blivit mindre. Nedsatt luktsinne sedan flera år."),
    ("Tidigare sjukdomar", "Typ 2-diabetes, tablettbehandlad. Benign prostatahyperplasi."),
    ("Läkemedel", "Metformin 1 g x 2, Januvia 100 mg x 1, Finasterid 5 mg x 1."),
    ("Status", "AT: hypomimi.\nNeurologiskt: vilotremor hö hand, kugghjulsrigiditet hö arm, nedsatt finmotorik hö. Gång med minskad armpendling hö, postural stabilitet bevarad. Ögonmotorik ua, inga cerebellära symtom. Reflexer lika, Babinski neg.\nBT liggande 138/80, stående 132/78.\nMoCA 27/30."),
    ("Röntgen", "MR hjärna: åldersadekvat, inga vaskulära skador."),
    ("Bedömning", "Asymmetrisk parkinsonism utan atypiska drag; trolig idiopatisk Parkinsons sjukdom."),
    ("Planering", "Madopark 50/12,5 mg x 3 med långsam upptrappning. Kontakt med parkinsonsjuksköterska. Fysioterapi. Återbesök om 3 månader för värdering av effekt."),
], "must", "trolig idiopatisk Parkinsons sjukdom in Bedömning", tpl="Mottagningsanteckning")

C("must-kard-misstankt-perimyokardit", "s_kard_malmo", "1997-02-14", "433", "2024-03-12 04:20", [
    ("Aktuellt", "Inkommer med skarp retrosternal bröstsmärta sedan i natt, värre i liggande och vid djupandning, lindras framåtlutad. Halsont och förkylning för en vecka sedan. Tränar mycket, ingen tidigare hjärtsjukdom."),
    ("Status", "AT: smärtpåverkad.\nCor: RR, frekv 94, inget gnidningsljud.\nPulm: ua.\nBuk: ua.\nBT 128/76, temp 37,9."),
    ("Lab", "TnT 312 ng/L, efter 3 h 388. CRP 46, Hb 152, kreatinin 81, NT-proBNP 210."),
    ("EKG", "Utbredda konkava ST-höjningar i II, III, aVF och V3-V6, PR-sänkning."),
    ("Undersökningar", "UCG: normal vänsterkammarfunktion, liten perikardvätska 4 mm, inga regionala väggrörelserubbningar."),
    ("Bedömning", "Troponinstegring och typiskt EKG efter luftvägsinfektion, misstänkt perimyokardit."),
    ("Åtgärd", "Inläggs för telemetri. MR hjärta planeras. Ipren 400 mg x 3 och Colchicin 0,5 mg x 2. Idrottsförbud minst 3 månader, pat informerad."),
], "must", "misstänkt perimyokardit at the end of the Bedömning sentence", tpl="Inskrivningsanteckning", setting="slutenvård")

C("must-barn-trolig-coxitis-simplex", "s_barn_lund", "2017-04-02", "295", "2024-10-21 18:05", [
    ("Anamnes", "{age}-årig pojke som sedan i morse haltar och inte vill stödja på hö ben. Snorig och hostig förra veckan. Inget trauma enligt föräldrarna. Feber 37,8 i morse."),
    ("Tidigare sjukdomar", "Frisk. Vaccinerad enligt barnvaccinationsprogrammet."),
    ("Status", "AT: opåverkad, leker i väntrummet.\nHö höft: inskränkt inåtrotation med smärta i ytterläge, ingen rodnad eller värmeökning. Knä och fot ua.\nVä ben ua.\nÖron och svalg: lätt rodnat svalg.\nCor/pulm: ua.\nTemp 37,6."),
    ("Lab", "CRP 9, LPK 8,2, SR 12."),
    ("Röntgen", "Ultraljud hö höft: liten ledvätska 5 mm, ingen synovial förtjockning."),
    ("Bedömning", "Trolig coxitis simplex efter virusinfektion, låg risk för septisk artrit enligt Kochers kriterier."),
    ("Åtgärd", "Hem med Ipren 10 mg/kg x 3 i 3-5 dagar. Föräldrarna informerade om att söka åter vid feber över 38,5 eller försämring. Telefonkontakt om 2 dagar."),
], "must", "trolig coxitis simplex for a child under 13 in Bedömning", tpl="Akutanteckning", setting="akutmottagning")

C("must-psyk-mojlig-adhd-kombinerad", "v_psyk_uddevalla", "1996-09-20", "546", "2024-02-06 14:00", [
    ("Anamnes", "Egen remiss. Har alltid haft svårt att slutföra uppgifter, tappar bort saker, glömmer möten. Hoppade av två högskoleutbildningar. Beskriver rastlöshet och impulsiva köp. Modern berättar per telefon att pat var mycket 'spring i benen' som barn."),
    ("Socialt", "Bor ensam i lägenhet, arbetar deltid på lager. Inga droger, AUDIT 3 p. Har körkort."),
    ("Tidigare sjukdomar", "Depressiv episod 2021, behandlad med KBT, nu i remission."),
    ("Läkemedel", "Inga."),
    ("Status", "Psykiskt status: vaken, klar, orienterad. Pratar snabbt, byter ofta ämne. Stämningsläge neutralt, affekt följsam. Inga psykotiska symtom. Ingen suicidalitet.\nASRS del A 5/6."),
    ("Bedömning", "Möjlig ADHD av kombinerad form utifrån anamnes och ASRS."),
    ("Planering", "Neuropsykiatrisk utredning med DIVA-5 och psykologtestning, bokas hos psykolog inom 8 veckor. Pat informerad om utredningens upplägg."),
], "must", "möjlig ADHD in Bedömning of an adult psychiatry note (VGR)", tpl="Läkaranteckning")
# ---------------------------------------------------------------------------
# MUST NL102 (2/2)
# ---------------------------------------------------------------------------

C("must-geri-sammanfattning-trolig-ortostatism", "s_geri_landskrona", "1935-12-09", "317", "2024-02-13 15:30", [
    ("Anamnes", "Inlagd efter tre fall i hemmet senaste månaden, samtliga när han rest sig från soffan eller sängen. Ingen medvetslöshet enligt hustrun, ingen bröstsmärta, ingen tungbitning. Hjärtsvikt och hypertoni sedan många år."),
    ("Läkemedel", "Furix 40 mg x 1, Spironolakton 25 mg x 1, Ramipril 10 mg x 1, Doxazosin 4 mg x 1, Zopiklon 5 mg till natten."),
    ("Status", "AT: pigg, något hörselnedsatt.\nCor: RR, frekv 72, svagt systoliskt blåsljud 1/6.\nPulm: basala krepitationer bilat.\nBen: lätta ödem till mitten av underbenen.\nNeurologiskt: ua, inga fokala bortfall.\nBT liggande 146/78, efter 3 min stående 112/64 med yrsel."),
    ("Lab", "Hb 127, Na 133, K 4,8, kreatinin 118, eGFR 46, NT-proBNP 1 640, TSH 3,1."),
    ("EKG", "Sinusrytm 70/min, vänstergrenblock känt sedan 2021."),
    ("Sammanfattning", "{age}-årig man med hjärtsvikt och upprepade fall i samband med lägesändring, trolig ortostatisk hypotension förstärkt av alfablockad och diuretika."),
    ("Åtgärd", "Doxazosin sätts ut. Zopiklon trappas ned. Stödstrumpor. Fysioterapeut bedömer gång och förflyttning imorgon."),
], "must", "trolig ortostatisk hypotension in a Sammanfattning section of a geriatric note", tpl="Läkaranteckning", setting="slutenvård")

C("must-inf-aktuellt-misstankt-spondylodiskit", "s_inf_malmo", "1956-06-28", "219", "2024-07-09 11:45", [
    ("Aktuellt", "Dag 6 av vårdtiden för S. aureus-bakteriemi utan känt fokus, nu tilltagande ländryggssmärta sedan två dygn och misstänkt spondylodiskit i nedre ländryggen."),
    ("Tidigare sjukdomar", "Diabetes mellitus typ 2 med insulin. Perifer neuropati. Kronisk njursjukdom stadium 3a."),
    ("Läkemedel", "Kloxacillin 2 g x 4 i.v., Insulatard 24 E till natten, NovoRapid enligt schema, Atorvastatin 40 mg x 1."),
    ("Status", "AT: febril 38,3, opåverkad.\nCor: RR, inga blåsljud.\nPulm: ua.\nRygg: knackömhet över L4-L5, ingen lokal rodnad.\nNeurologiskt: nedsatt sensibilitet strumpformigt bilat som tidigare, kraft ua, ingen blåsdysfunktion."),
    ("Lab", "CRP 164 (igår 121), LPK 12,9, Hb 112, kreatinin 121, HbA1c 71. Blododlingar från dag 3 negativa."),
    ("Bedömning", "Kvarstående inflammatoriskt påslag trots adekvat antibiotikabehandling."),
    ("Planering", "MR ländrygg med kontrast idag. TEE bokat. Kontakt med ortopedjouren efter MR."),
], "must", "misstänkt spondylodiskit in the Aktuellt section, not in Bedömning", tpl="Läkaranteckning", setting="slutenvård")

C("must-uro-utlatande-suspekt-urotelial-cancer", "s_uro_malmo", "1961-03-04", "626", "2024-03-19 13:05", [
    ("Anamnes", "Remitterad pga två episoder av makroskopisk hematuri utan smärta. Röker 15 cigaretter/dag sedan 40 år. Arbetat i gummiindustrin."),
    ("Tidigare sjukdomar", "KOL. Hypertoni. Hysterektomi 2008 pga myom."),
    ("Läkemedel", "Anoro Ellipta 1 x 1, Losartan 100 mg x 1."),
    ("Status", "AT: gott.\nBuk: mjuk, oöm, inga resistenser.\nNjurloger: ingen dunkömhet.\nCystoskopi: normal urinblåsa, inga tumörer, klara uretärmynningar."),
    ("Lab", "U-sticka: blod 3+, nitrit neg. Urincytologi skickad. Kreatinin 78, Hb 131."),
    ("Utlåtande", "DT urografi: 12 mm kontrastladdande fyllnadsdefekt i vä njurbäcken, suspekt för urotelial cancer. Hö njure och uretärer ua."),
    ("Planering", "Uretäroskopi vä med biopsi och spolcytologi, anmäld till operation. Rökavvänjning erbjuden, pat vill fundera."),
], "must", "'suspekt för urotelial cancer' in a visible Utlåtande section", tpl="Mottagningsanteckning")

C("must-endo-missanke-primar-aldosteronism-typo", "s_endo_malmo", "1976-08-30", "553", "2024-05-28 09:20", [
    ("Aktuellt", "Remiss från vårdcentralen pga svårbehandlad hypertoni trots tre läkemedel och upprepat lågt kalium."),
    ("Tidigare sjukdomar", "Hypertoni sedan 35 års ålder. Njursten 2019."),
    ("Läkemedel", "Amlodipin 10 mg x 1, Candesartan 32 mg x 1, Hydroklortiazid 25 mg x 1, Kaleorid 750 mg x 2."),
    ("Status", "AT: gott.\nCor: RR, inga blåsljud, frekv 68.\nPulm: ua.\nBuk: mjuk, inga blåsljud över njurartärerna.\nBT hö 168/102, vä 166/100. BMI 28."),
    ("Lab", "K 3,1 trots substitution, Na 143, kreatinin 84. Aldosteron 820 pmol/L, renin <2 mIE/L, kvot kraftigt förhöjd."),
    ("Bedömning", "Missanke om primär aldosteronism med tanke på hypokalemi och högt aldosteron/renin-kvot."),
    ("Planering", "Saltbelastningstest på dagvårdsavdelning. Hydroklortiazid byts mot Doxazosin 4 mg x 1 inför testet. DT binjurar efter bekräftande test."),
], "must", "typo 'Missanke om' (misstanke) before a diagnosis in Bedömning", tpl="Mottagningsanteckning")

C("must-onk-inte-osannolikt-immunrelaterad-kolit", "v_onk_jk", "1953-11-11", "397", "2024-09-24 12:40", [
    ("Aktuellt", "Behandlas med pembrolizumab för metastaserad icke-småcellig lungcancer sedan mars, cykel 9 gavs för 2 veckor sedan. Ringer och kommer in pga 6-8 vattentunna avföringar per dag sedan 4 dagar, lätta krampsmärtor. Inget blod."),
    ("Tidigare sjukdomar", "KOL. Hypotyreos efter immunterapi, substituerad sedan juni."),
    ("Läkemedel", "Levaxin 75 mikrog x 1, Spiolto Respimat 2 puffar x 1, Alvedon vb."),
    ("Status", "AT: trött men opåverkad.\nCor: RR, frekv 84.\nPulm: spridda ronki, ingen dyspné i vila.\nBuk: mjuk, diffust lätt öm, livliga tarmljud, ingen défense.\nSlemhinnor: torra."),
    ("Lab", "CRP 54, Hb 128, Na 131, K 3,2, kreatinin 109, albumin 31. F-kalprotektin 890. Clostridioides difficile-toxin och fecesodling skickade."),
    ("Bedömning", "Det är inte osannolikt att diarréerna beror på en immunrelaterad kolit grad 2."),
    ("Åtgärd", "Pembrolizumab pausas. Prednisolon 1 mg/kg insätts efter odlingssvar. Vätska och kaliumtillägg. Kontakt med gastroenterolog för ställningstagande till sigmoideoskopi."),
], "must", "double-negated hedge 'inte osannolikt' before an immunrelaterad kolit", tpl="Mottagningsanteckning")

C("must-hud-pityriasis-rosea-dd-sekundar-syfilis", "v_hud_su", "1998-06-17", "471", "2024-04-04 10:05", [
    ("Aktuellt", "Utslag på bålen sedan 2 veckor, började med en större fläck på magen. Lätt klåda. Ny sexpartner i vintras, oskyddade samlag."),
    ("Tidigare sjukdomar", "Atopiskt eksem i barndomen. Frisk i övrigt."),
    ("Läkemedel", "Inga."),
    ("Status", "AT: gott.\nHud: ovala laxrosa fjällande makler längs hudlinjerna på bål och övre delen av armarna, en 4 cm större primärplack på buken. Handflator och fotsulor utan utslag. Munslemhinna ua.\nLymfkörtlar: små palpabla i ljumskarna, oömma."),
    ("Bedömning", "Pityriasis rosea, DD sekundär syfilis."),
    ("Planering", "Syfilisserologi, HIV och hepatit-screening tagna. Mjukgörande kräm, Mometason vid klåda. Telefonkontakt med provsvar om en vecka."),
], "must", "DD sekundär syfilis next to an affirmed pityriasis rosea", tpl="Mottagningsanteckning", draft=True)

C("must-ogon-susp-ablatio-bakom-blodning", "s_ogon_lund", "1979-01-09", "613", "2024-12-03 16:55", [
    ("Aktuellt", "Akutbesök. Såg plötsligt svarta prickar och ett 'sotmoln' i vä öga i eftermiddags, sedan en grå skugga nedifrån. Hög myopi, -8 bilat."),
    ("Tidigare sjukdomar", "Myopi. Laserbehandlad hålbildning i hö öga 2019."),
    ("Läkemedel", "Inga."),
    ("Status", "Visus hö 1,0 med glasögon, vä 0,2 med glasögon.\nTryck 15/14.\nFrämre segment ua bilat, ingen RAPD.\nFundus hö: gamla laserärr temporalt, i övrigt ua.\nFundus vä: rikligt med glaskroppsblödning, insyn mot periferin kraftigt begränsad.\nUltraljud vä: membranös struktur nedtill."),
    ("Bedömning", "Susp. ablatio retinae vä bakom glaskroppsblödningen."),
    ("Åtgärd", "Akut remiss till näthinneenheten för bedömning imorgon bitti. Pat ska ligga med höjd huvudända och undvika fysisk ansträngning. Informerad om symtom som ska föranleda kontakt under natten."),
], "must", "abbreviated hedge 'Susp. ablatio retinae' in an eye note", tpl="Akutanteckning", setting="akutmottagning")

C("must-onh-diagnos-ev-mononukleos", "v_onh_su", "2005-02-22", "728", "2024-01-15 20:20", [
    ("Anamnes", "Halsont sedan 5 dagar, kraftigt ökande, svårt att svälja fast föda. Feber 39 igår. Mycket trött. Fick Kåvepenin av vc för 3 dagar sedan utan effekt."),
    ("Läkemedel", "Kåvepenin 1 g x 3, Alvedon vb."),
    ("Status", "AT: trött, lätt påverkad.\nSvalg: kraftigt förstorade tonsiller med grå beläggningar bilat, uvula i medellinjen, ingen asymmetri.\nHals: ömmande lymfkörtlar bakom sternocleidomastoideus bilat.\nBuk: mjältpol palpabel.\nTemp 38,7."),
    ("Lab", "CRP 38, LPK 13,2 med lymfocytos, ALAT 2,1. Monospot inväntas. Strep A neg."),
    ("Diagnos", "Tonsillit, ev. mononukleos."),
    ("Åtgärd", "Kåvepenin sätts ut. Betapred 4 mg engångsdos. Avrådes från kontaktsport i 4 veckor. Telefonkontakt med provsvar imorgon."),
], "must", "'ev. mononukleos' in a Diagnos section", tpl="Akutanteckning", setting="akutmottagning")

C("must-reuma-pmr-sannolikaste-diagnosen", "v_reuma_molndal", "1951-07-19", "335", "2024-06-04 14:20", [
    ("Anamnes", "Sedan 2 månader värk och stelhet i skuldror och höfter, kan inte ta på sig kavajen på morgonen. Morgonstelhet ca 2 timmar. Ingen huvudvärk, inga synrubbningar, ingen käkklaudikation."),
    ("Tidigare sjukdomar", "Hypertoni. Hypotyreos. Glaukom."),
    ("Läkemedel", "Levaxin 50 mikrog x 1, Losartan 50 mg x 1, Latanoprost ögondroppar 1 x 1."),
    ("Status", "AT: gott.\nLeder: smärtsam abduktion i axlarna bilat, inga synoviter i händer eller knän.\nTemporalartärer: palpabla, oömma med normal pulsation.\nMuskelstyrka: normal proximalt när smärtan tillåter."),
    ("Lab", "SR 58, CRP 41, Hb 125, CK 78, TSH 2,0, RF neg, anti-CCP neg, ALP 1,1, Ca 2,42."),
    ("Sammanfattning", "Proximal smärta och stelhet med förhöjda inflammationsparametrar där polymyalgia reumatika är den sannolikaste diagnosen."),
    ("Planering", "Prednisolon 15 mg x 1 med nedtrappning enligt schema. Kalk och D-vitamin, Alendronat 70 mg/vecka. Uppföljning hos reumatologsköterska om 3 veckor."),
], "must", "'polymyalgia reumatika är den sannolikaste diagnosen' in Sammanfattning", tpl="Mottagningsanteckning")

C("must-gyn-ovarialtorsion-kan-inte-uteslutas", "v_gyn_ostra", "1990-04-25", "544", "2024-08-18 03:10", [
    ("Anamnes", "Akut insättande smärta i hö fossa sedan kl 23, illamående och kräkts tre gånger. Senaste mens för 2 veckor sedan. Känd 5 cm dermoidcysta hö ovarium, planerad för laparoskopi i höst."),
    ("Tidigare sjukdomar", "Frisk. Två partus, normala förlossningar."),
    ("Läkemedel", "Kopparspiral."),
    ("Status", "AT: smärtpåverkad, blek.\nBuk: ömhet i hö fossa med lätt défense, inget släppömt i övrigt.\nGyn: portio ua, adnexömhet hö, uterus normalstor.\nVaginalt ultraljud: 6 cm hö ovarium med dermoid, nedsatt men detekterbart dopplerflöde, lite fri vätska.\nBT 118/70, puls 98, temp 37,4."),
    ("Lab", "U-hCG neg. Hb 126, CRP 7, LPK 11,8."),
    ("Bedömning", "Med akut debut, kräkningar och känd dermoidcysta kan ovarialtorsion inte uteslutas trots kvarvarande flöde."),
    ("Åtgärd", "Akut diagnostisk laparoskopi anmäld. Fasta, Ringer-Acetat i.v. Morfin 2,5 mg i.v. vb. Pat informerad och samtycker."),
], "must", "ovarialtorsion kan inte uteslutas in an unsigned gyn draft", tpl="Akutanteckning", setting="akutmottagning", draft=True)

C("must-akut-sannolkit-urosepsis-typo", "s_akut_malmo", "1944-01-31", "580", "2024-11-25 06:15", [
    ("Anamnes", "Hemtjänst fann pat förvirrad och skakig i morse. Enligt dottern sveda vid miktion och illaluktande urin senaste dagarna. Inga buksmärtor, ingen hosta."),
    ("Tidigare sjukdomar", "Alzheimers sjukdom, bor i servicehus. Hypertoni. Osteoporos med kotkompression Th12."),
    ("Läkemedel", "Donepezil 10 mg x 1, Amlodipin 5 mg x 1, Alendronat 70 mg/vecka, Calcichew-D3 x 2."),
    ("Status", "AT: påverkad, desorienterad.\nCor: RR, takykard 118.\nPulm: ua, inga rassel.\nBuk: mjuk, ömhet suprapubiskt, ingen dunkömhet över njurloger.\nHud: varm, inga utslag.\nBT 96/54, AF 24, SpO2 93 %, temp 39,2."),
    ("Lab", "CRP 212, LPK 19,4, laktat 3,4, kreatinin 156, Hb 119. U-sticka: nitrit pos, leukocyter 3+."),
    ("Bedömning", "Sepsis enligt NEWS 9 p, sannolkit urosepsis med tanke på anamnes och urinsticka."),
    ("Åtgärd", "Blododlingar x 2 och urinodling tagna. Cefotaxim 2 g x 3 i.v. startat inom en timme. Vätskebolus 1 000 ml Ringer. Inläggs medicinavdelning, HLR-status diskuterat med dottern."),
], "must", "typo 'sannolkit' before urosepsis; sepsis itself is affirmed", tpl="Akutanteckning", setting="akutmottagning")

C("must-kir-appendicit-inte-uteslutet", "s_kir_angelholm", "2004-10-13", "251", "2024-10-26 21:40", [
    ("Anamnes", "Diffus buksmärta sedan i morse som under dagen flyttat ned mot hö fossa. Aptitlös, illamående utan kräkning. Normal avföring igår."),
    ("Tidigare sjukdomar", "Frisk. Inga tidigare bukoperationer."),
    ("Läkemedel", "Inga."),
    ("Status", "AT: opåverkad, går lätt framåtböjd.\nCor: RR 84.\nPulm: ua.\nBuk: mjuk, ömhet över McBurneys punkt, lätt släppömhet, Rovsing negativt. Ingen défense.\nYttre genitalia: ua, testiklar oömma.\nTemp 37,8."),
    ("Lab", "CRP 24, LPK 12,1, neutrofiler 9,8. U-sticka ua."),
    ("Bedömning", "AIR-score 6 p, appendicit inte uteslutet."),
    ("Planering", "Inläggs för observation och fasta. Ny bukpalpation och CRP i morgon bitti, ultraljud vid tveksamhet. Alvedon 1 g x 4."),
], "must", "'appendicit inte uteslutet' (participle form) after an AIR score", tpl="Akutanteckning", setting="akutmottagning")

C("must-ort-diagnos-misstankt-scaphoideumfraktur", "v_ort_boras", "1989-05-02", "177", "2024-02-02 12:10", [
    ("Anamnes", "Föll på cykel igår och tog emot sig med utsträckt vä hand. Ont på radialsidan av handleden, svårt att greppa."),
    ("Tidigare sjukdomar", "Frisk."),
    ("Status", "Vä handled: svullnad dorsoradialt, ömhet i fossa tabatière och över tuberculum ossis scaphoidei, smärta vid axial kompression av tummen. Distal cirkulation och sensibilitet ua.\nHö hand ua.\nHud: skrubbsår på handflatan."),
    ("Röntgen", "Slätröntgen vä handled med scaphoideumserie: ingen synlig fraktur, ingen felställning."),
    ("Diagnos", "Distorsion vä handled, misstänkt scaphoideumfraktur."),
    ("Åtgärd", "Scaphoideumgips med tumme i 10 dagar, därefter ny undersökning och MR. Sjukskriven 50 % från arbete som snickare. Alvedon och Ipren vb."),
], "must", "misstänkt scaphoideumfraktur listed in a Diagnos section", tpl="Mottagningsanteckning")

C("must-med-lab-talar-starkt-for-celiaki", "v_med_alingsas", "1964-03-27", "286", "2024-03-08 11:25", [
    ("Aktuellt", "Utreds för järnbristanemi som inte svarat på peroral järnbehandling och lös avföring sedan flera år. Viktnedgång 3 kg senaste halvåret."),
    ("Tidigare sjukdomar", "Hypotyreos. Osteopeni på DEXA 2022."),
    ("Läkemedel", "Levaxin 100 mikrog x 1, Duroferon 100 mg x 2, Calcichew-D3 x 2."),
    ("Status", "AT: gott, normalviktig.\nCor: RR, inga blåsljud.\nPulm: ua.\nBuk: mjuk, oöm, inga resistenser, normala tarmljud.\nHud: inga blåsor eller utslag på armbågar eller knän."),
    ("Lab", "Hb 104, ferritin 7, folat lågt. Transglutaminas-ak IgA 86 (ref <7), total-IgA normalt, vilket talar starkt för celiaki."),
    ("Bedömning", "Järnbrist trots substitution, lös avföring och nedsatt bentäthet."),
    ("Planering", "Gastroskopi med duodenalbiopsier på normal glutenhaltig kost. Dietistkontakt efter PAD. Järninfusion Ferinject 1 000 mg på dagvården."),
], "must", "'talar starkt för celiaki' as the hedge inside the Lab section", tpl="Mottagningsanteckning")

C("must-neuro-misstankt-jme-epelepsi-typo", "s_neuro_lund", "2002-07-08", "628", "2024-05-21 13:40", [
    ("Anamnes", "Första generaliserade tonisk-kloniska anfallet i lördags morse efter en fest med lite sömn. Bevittnat av sambon, ca 2 min, tungbett. Berättar vid riktad fråga om ryckningar i armarna på morgonen sedan gymnasiet, tappar ibland tandborsten."),
    ("Tidigare sjukdomar", "Frisk. Inga feberkramper som barn."),
    ("Läkemedel", "P-piller (Yasmin)."),
    ("Status", "AT: gott.\nNeurologiskt: kranialnerver ua, kraft och koordination ua, reflexer lika, Babinski neg bilat. Ingen nackstelhet.\nMun: läkande bett på vä tungkant."),
    ("Undersökningar", "EEG: generaliserade 4-6 Hz polyspike-wave-urladdningar under fotostimulering. Bakgrundsaktivitet normal."),
    ("Röntgen", "MR hjärna: normala förhållanden."),
    ("Bedömning", "Misstänkt juvenil myoklon epelepsi utifrån morgonmyoklonier och EEG-bild."),
    ("Planering", "Lamotrigin diskuterat men pga p-piller och graviditetsönskan framöver planeras Levetiracetam 250 mg x 2 med upptrappning. Körförbud enligt Transportstyrelsens föreskrifter, pat informerad. Återbesök 3 månader."),
], "must", "typo 'epelepsi' after 'Misstänkt juvenil myoklon'", tpl="Mottagningsanteckning")

C("must-kard-aktuellt-remiss-misstankt-aortastenos", "v_kard_ostra", "1947-09-16", "415", "2024-09-10 09:40", [
    ("Aktuellt", "Remitteras från vårdcentralen pga nyupptäckt blåsljud och ansträngningsdyspné, misstänkt aortastenos."),
    ("Anamnes", "Klarar att gå 500 m på plan mark, blir andfådd i backar sedan i våras. En episod av yrsel när han bar kassar uppför trappan. Ingen bröstsmärta."),
    ("Tidigare sjukdomar", "Typ 2-diabetes. Hyperlipidemi. TIA 2019."),
    ("Läkemedel", "Metformin 1 g x 2, Atorvastatin 80 mg x 1, Clopidogrel 75 mg x 1."),
    ("Status", "AT: gott.\nCor: RR, frekv 66, systoliskt ejektionsblåsljud 3/6 med max i 2:a intercostalrummet hö, fortleds till halsen.\nPulm: ua.\nBen: inga ödem.\nBT 142/84."),
    ("Lab", "NT-proBNP 612, Hb 139, kreatinin 96, HbA1c 52."),
    ("EKG", "Sinusrytm, vänsterkammarhypertrofi enligt Sokolow."),
    ("Planering", "UCG med doppler inom 2 veckor. Arbetsprov avstås tills UCG-svar. Återbesök efter UCG."),
], "must", "the referral question in Aktuellt carries the hedge (misstänkt aortastenos)", tpl="Mottagningsanteckning")

C("must-barn-misstankt-iga-vaskulit", "v_barn_nal", "2018-02-11", "360", "2024-06-17 15:15", [
    ("Anamnes", "Flicka, {age} år, som sedan 3 dagar har röda prickar på benen och rumpan, ont i fotlederna och ibland ont i magen. Förkyld för 2 veckor sedan. Inga blödningar i övrigt, ingen näsblödning."),
    ("Tidigare sjukdomar", "Frisk, vaccinerad enligt programmet."),
    ("Status", "AT: pigg, lite haltande.\nHud: palpabla purpura symmetriskt på underben och nates, inga utslag på bålen.\nLeder: lätt svullnad båda fotlederna, öm vid rörelse.\nBuk: mjuk, lätt öm periumbilikalt, ingen défense.\nCor: RR, inga blåsljud.\nBT 98/60."),
    ("Lab", "TPK 318, Hb 124, CRP 18, kreatinin 38, albumin 38. U-sticka: blod 1+, protein neg."),
    ("Bedömning", "Bilden med palpabel purpura och artralgier ger misstanke om IgA-vaskulit (Henoch-Schönleins purpura)."),
    ("Åtgärd", "Alvedon vid smärta. Föräldrarna får U-sticka att ta hemma en gång i veckan och BT-kontroll på BVC. Återbesök om 2 veckor med urinprov."),
], "must", "misstanke om IgA-vaskulit for a child under 13 (guardian reads)", tpl="Mottagningsanteckning")

C("must-psyk-trol-ptsd-efter-olycka", "s_psyk_lund", "1979-06-06", "482", "2024-12-10 10:10", [
    ("Anamnes", "Var med om en trafikolycka i augusti där en motorcyklist omkom. Sedan dess mardrömmar, påträngande minnesbilder och undviker att köra bil. Sover 4-5 timmar per natt. Sjukskriven från arbetet som busschaufför sedan oktober."),
    ("Socialt", "Gift, tre barn i skolåldern. Röker inte. AUDIT 4 p."),
    ("Tidigare sjukdomar", "Migrän. Inga tidigare psykiatriska kontakter."),
    ("Läkemedel", "Sumatriptan 50 mg vb. Melatonin 2 mg till natten."),
    ("Status", "Psykiskt status: vaken, orienterad. Spänd, skvätter till vid ljud från korridoren. Stämningsläge sänkt, affekt adekvat. Inga psykotiska symtom. Inga suicidtankar eller planer.\nPCL-5 52 p."),
    ("Bedömning", "Trol. PTSD efter trafikolyckan i augusti."),
    ("Planering", "Remiss till traumafokuserad KBT. Sertralin 25 mg x 1 med upptrappning till 50 mg efter en vecka. Förlängd sjukskrivning 100 % i 6 veckor. Ny kontakt om 4 veckor."),
], "must", "'Trol. PTSD' in Bedömning of an adult psychiatry Melior note", tpl="Läkaranteckning")

C("must-minne-anamnes-remiss-misstankt-nph", "s_minne_malmo", "1945-04-14", "139", "2024-04-30 13:50", [
    ("Anamnes", "Remitteras från vårdcentralen pga misstänkt normaltryckshydrocefalus. Sedan ett år allt mer breddad, tripplande gång, flera fall. Trängningar och enstaka urininkontinens. Hustrun tycker att han blivit långsammare i tanken."),
    ("Tidigare sjukdomar", "Hypertoni. Förmaksflimmer. Grå starr opererad bilat."),
    ("Läkemedel", "Eliquis 5 mg x 2, Bisoprolol 5 mg x 1, Enalapril 10 mg x 1."),
    ("Status", "AT: vänlig, något långsam.\nGång: bredspårig, korta steg, svårt att vända, 10 m på 18 sekunder.\nNeurologiskt: kraft och sensibilitet ua, reflexer lika, ingen rigiditet, inget tremor.\nMoCA 23/30 med nedsatt exekutiv funktion."),
    ("Röntgen", "DT hjärna: vidgade laterala ventriklar och tredje ventrikel, Evans index 0,34, trånga sulci högt parietalt. Måttliga vitsubstansförändringar."),
    ("Bedömning", "Triad med gångstörning, kognitiv påverkan och urinträngningar."),
    ("Planering", "Tappningstest (tap test) med gångbedömning före och efter bokas. Kontakt med neurokirurg efter resultatet."),
], "must", "the hedge sits in Anamnes as the referral reason (misstänkt normaltryckshydrocefalus)", tpl="Mottagningsanteckning", draft=True)

C("must-onk-rontgen-kan-tala-for-lokalrecidiv", "s_onk_lund", "1966-12-20", "573", "2024-07-16 14:30", [
    ("Aktuellt", "Kontroll 2 år efter rektumamputation för rektalcancer T3N1, preoperativ kortidsstrålning och adjuvant CAPOX. Besväras av sittsmärta sedan 2 månader."),
    ("Tidigare sjukdomar", "Rektalcancer enligt ovan. Hypertoni. Permanent kolostomi."),
    ("Läkemedel", "Amlodipin 5 mg x 1, Alvedon 1 g x 3."),
    ("Status", "AT: gott, vikt stabil.\nBuk: mjuk, stomi vä med normalt utseende.\nPerineum: läkt ärr, ömhet djupt i ärret utan palpabel resistens.\nLymfkörtlar: inga förstorade i ljumskarna."),
    ("Lab", "CEA 9,8 (för 6 mån sedan 2,1). Hb 134, kreatinin 72, ALAT normalt."),
    ("Röntgen", "MR bäcken: ny 2 cm mjukdelsförändring presakralt som kan tala för lokalrecidiv. DT thorax-buk utan metastasmisstänkta förändringar."),
    ("Planering", "Tas upp på MDK för kolorektal cancer nästa vecka, ställningstagande till PET-DT och biopsi. Pat informerad om fynden och planen."),
], "must", "'kan tala för lokalrecidiv' in a Röntgen section (the other radiology sentence is negated)", tpl="Mottagningsanteckning")

C("must-hud-diagnos-trol-basaliom", "s_hud_lund", "1958-02-26", "317", "2024-01-18 09:00", [
    ("Aktuellt", "Sår på näsryggen som inte läker sedan ett halvår, blöder ibland när han torkar sig i ansiktet. Mycket sol i yrket som lantbrukare."),
    ("Tidigare sjukdomar", "Aktiniska keratoser, behandlade med kryo 2021. Typ 2-diabetes. Förmaksflimmer."),
    ("Läkemedel", "Metformin 1 g x 2, Lixiana 60 mg x 1, Metoprolol 50 mg x 1."),
    ("Status", "Hud: 7 mm pärlemorglänsande papel med central ulceration och teleangiektasier på näsryggen. Flera aktiniska keratoser på skalpen. Inga misstänkta pigmenterade förändringar.\nLymfkörtlar: inga palpabla på halsen."),
    ("Diagnos", "Trol. basaliom näsrygg. Aktiniska keratoser skalp."),
    ("Åtgärd", "Stansbiopsi tagen från kanten. Efaciel (5-FU) kräm mot keratoserna. Svar per brev, därefter ställningstagande till Mohs-kirurgi."),
], "must", "'Trol. basaliom' in a Diagnos list next to an affirmed diagnosis", tpl="Mottagningsanteckning")

C("must-inf-planering-lp-misstnake-neuroborrelios-typo", "v_inf_ostra", "1987-08-13", "195", "2024-08-27 15:50", [
    ("Aktuellt", "Vaknade igår med hängande hö mungipa och kunde inte blunda med hö öga. Fästingbett i juni på Styrsö, ingen rodnad efteråt som han märkt. Huvudvärk och nattliga smärtor i skuldrorna sedan 3 veckor."),
    ("Tidigare sjukdomar", "Frisk."),
    ("Läkemedel", "Inga."),
    ("Status", "AT: opåverkad.\nNeurologiskt: perifer facialispares hö med påverkan på pannans muskulatur, House-Brackmann III. Övriga kranialnerver ua. Kraft och reflexer ua, ingen nackstelhet.\nÖron: ua bilat, inga blåsor.\nHud: inga utslag."),
    ("Lab", "CRP <5, LPK 6,1, Hb 148. Borreliaserologi i blod skickad."),
    ("Planering", "LP idag pga misstnake om neuroborrelios, med celler, protein och borreliaantikroppsindex. Ögonskydd och tårersättning. Återkontakt med svar."),
], "must", "typo 'misstnake om neuroborrelios' placed in Planering", tpl="Mottagningsanteckning")

C("must-endo-kan-rora-sig-om-mikroprolaktinom", "v_endo_su", "1993-01-05", "480", "2024-10-15 10:50", [
    ("Aktuellt", "Utebliven mens sedan 8 månader och mjölkflöde från brösten. Slutat med p-piller för ett år sedan pga barnönskan. Ingen huvudvärk, inga synbesvär."),
    ("Tidigare sjukdomar", "Frisk. Ingen tidigare graviditet."),
    ("Läkemedel", "Inga. Tar inga neuroleptika eller metoklopramid."),
    ("Status", "AT: gott.\nBröst: galaktorré bilat vid tryck, inga resistenser.\nSynfält: ua vid konfrontation.\nThyreoidea: ua.\nBMI 22."),
    ("Lab", "Prolaktin 2 400 mIE/L, makroprolaktin negativ. TSH 1,8, fritt T4 15, IGF-1 normalt, kortisol 410. U-hCG neg."),
    ("Bedömning", "Hyperprolaktinemi med amenorré, det kan röra sig om ett mikroprolaktinom."),
    ("Planering", "MR hypofys med kontrast. Cabergolin diskuteras efter MR-svar. Pat informerad."),
], "must", "'det kan röra sig om ett mikroprolaktinom' after an affirmed hyperprolaktinemi", tpl="Mottagningsanteckning")

C("must-akut-atgard-dt-pga-misstankt-dissektion", "v_akut_skovde", "1972-03-18", "571", "2024-03-30 01:35", [
    ("Anamnes", "Plötslig rivande smärta mellan skulderbladen för en timme sedan när han lyfte en tung låda. Smärtan strålar ned mot ländryggen. Illamående, kallsvettig."),
    ("Tidigare sjukdomar", "Hypertoni, dåligt inställd enligt vårdcentralen. Rökare."),
    ("Läkemedel", "Amlodipin 5 mg x 1 (tar oregelbundet)."),
    ("Status", "AT: smärtpåverkad, blek.\nCor: RR, diastoliskt blåsljud 2/6 vid vä sternalrand.\nPulm: ua.\nBuk: mjuk, oöm.\nPulsar: svagare radialispuls vä än hö.\nBT hö arm 196/104, vä arm 162/88.\nNeurologiskt: ua."),
    ("Lab", "TnT 11, D-dimer 4,2, Hb 156, kreatinin 98."),
    ("EKG", "Sinusrytm 92/min, vänsterkammarhypertrofi, inga ischemitecken."),
    ("Åtgärd", "DT aorta akut pga misstänkt aortadissektion. Labetalol i.v. med mål systoliskt BT <120. Morfin i.v. Thoraxkirurgjour i Göteborg förvarnad."),
], "must", "misstänkt aortadissektion inside the Åtgärd section as the reason for a CT", tpl="Akutanteckning", setting="akutmottagning", draft=True)

C("must-med-epikris-trolig-kol", "s_med_trelleborg", "1951-05-10", "288", "2024-02-29 14:20", [
    ("Epikris", "{age}-årig kvinna inlagd 24/2-29/2 för vänstersidig pneumoni. Förbättrades snabbt på bensylpenicillin i.v., byttes till Kåvepenin dag 3. Under vårdtiden obstruktivitet med förlängt exspirium och behov av inhalationer. Rökt 30 paketår. Trolig KOL, spirometri efter utläkning får avgöra."),
    ("Utskrivningsdiagnoser", "Pneumoni J18.9. Hypertoni I10."),
    ("Status vid utskrivning", "AT: gott, mobiliseras själv.\nCor: RR, inga blåsljud.\nPulm: förlängt exspirium, inga rassel vä basalt längre.\nSpO2 95 % på rumsluft, temp 36,8."),
    ("Lab", "CRP 18 (inkomst 236), LPK 8,1, Hb 132, kreatinin 70."),
    ("Läkemedel vid utskrivning", "Kåvepenin 1 g x 3 t.o.m. 4/3. Ventoline 0,1 mg 2 inh vb. Enalapril 10 mg x 1 oförändrat."),
    ("Uppföljning", "Spirometri med reversibilitet via vårdcentralen om 6 veckor. Rökavvänjning erbjuden. Ny lungröntgen om 6 veckor."),
], "must", "'Trolig KOL' inside an Epikris among affirmed discharge diagnoses", tpl="Epikris", setting="slutenvård")
# ---------------------------------------------------------------------------
# MUST_NOT NL102: every hedge negated (14)
# ---------------------------------------------------------------------------

C("not-akut-ingen-misstanke-om-sab", "s_akut_lund", "1988-09-03", "426", "2024-01-09 21:30", [
    ("Anamnes", "Huvudvärk sedan två dagar, tryckande runt pannan och tinningarna, gradvis debut. Mycket stress på jobbet och sovit dåligt. Inget illamående, ingen ljuskänslighet, inga synrubbningar."),
    ("Tidigare sjukdomar", "Frisk. Ingen tidigare migrän."),
    ("Läkemedel", "Ipren 400 mg vb, senast i morse."),
    ("Status", "AT: opåverkad.\nNeurologiskt: ua, pupiller lika och ljusreagerande, ingen nackstelhet, Romberg ua.\nÖgonbotten: skarpa papillgränser bilat.\nCor: RR, inga blåsljud.\nBT 132/84, temp 36,9."),
    ("Röntgen", "DT hjärna utan kontrast: inga blödningar, inga expansiviteter, normala ventriklar."),
    ("Bedömning", "Spänningshuvudvärk i samband med stress och sömnbrist. Ingen misstanke om subaraknoidalblödning då smärtan debuterat gradvis och DT hjärna är normal."),
    ("Åtgärd", "Hem. Råd om sömn och avslappning, Alvedon och Ipren växelvis högst 10 dagar per månad. Söker åter vid åskknallshuvudvärk eller feber."),
], "not", "'Ingen misstanke om subaraknoidalblödning' is negated; the affirmed diagnosis is spänningshuvudvärk", tpl="Akutanteckning", setting="akutmottagning")

C("not-kard-inga-tecken-pa-hjartsvikt", "v_kard_ostra", "1961-05-21", "568", "2024-02-14 14:30", [
    ("Aktuellt", "Remiss från vårdcentralen pga ansträngningsdyspné sedan i höstas. Hypertoni sedan 10 år, välbehandlad. Pat beskriver pip i bröstet vid kyla och när hon går uppför backar."),
    ("Läkemedel", "Candesartan 16 mg x 1, Atorvastatin 10 mg x 1."),
    ("Status", "AT: gott.\nCor: RR, inga blåsljud, frekv 64.\nPulm: enstaka ronki vid forcerad exspiration.\nBen: inga ödem.\nBT 128/78, BMI 27."),
    ("Lab", "NT-proBNP 110 ng/L, Hb 137, TSH 1,3, kreatinin 71, eosinofiler 0,6."),
    ("Undersökningar", "UCG: normalstora hjärtrum, EF 62 %, normal diastolisk funktion, inga klaffel.\nSpirometri: FEV1/FVC 0,64 med reversibilitet 16 %."),
    ("Bedömning", "Inga tecken på hjärtsvikt med normalt NT-proBNP och normal hjärtfunktion på UCG. Besvären förklaras av astma, nu med reversibel obstruktivitet."),
    ("Planering", "Åter till vårdcentralen för astmabehandling. Symbicort 160/4,5 mikrog 1 inh x 2 startas härifrån. Ingen kardiologisk uppföljning behövs."),
], "not", "'Inga tecken på hjärtsvikt' negates the only diagnostic question; astma affirmed", tpl="Mottagningsanteckning")

C("not-kir-ingen-missanke-om-appendicit-typo", "s_kir_kristianstad", "1999-11-27", "591", "2024-07-06 00:45", [
    ("Anamnes", "Kräkningar och vattentunna diarréer sedan igår eftermiddag, diffusa krampande buksmärtor. Flickvännen har haft samma symtom. Ingen feber, inget blod i avföringen."),
    ("Tidigare sjukdomar", "Frisk."),
    ("Status", "AT: lätt uttorkad, opåverkad i övrigt.\nCor: RR 92.\nPulm: ua.\nBuk: mjuk, diffust lätt öm utan punctum maximum, ingen défense, livliga tarmljud. McBurney oöm.\nTemp 37,4."),
    ("Lab", "CRP 11, LPK 9,3, Na 137, K 3,5, kreatinin 88."),
    ("Bedömning", "Akut gastroenterit, flickvännen har haft likadana symtom."),
    ("Åtgärd", "Ingen missanke om appendicit vid upprepad bukpalpation efter 3 timmar. Druckit bra på akuten, hem med råd om vätskeersättning."),
], "not", "typo 'Ingen missanke om appendicit' is a negated hedge; gastroenterit is affirmed",
   tpl="Akutanteckning", setting="akutmottagning")

C("not-ort-misstanke-korsband-foreligger-inte", "v_ort_boras", "1995-08-15", "637", "2024-03-14 10:20", [
    ("Anamnes", "Vred hö knä i fotbollsmatch i lördags, kunde spela vidare en stund. Lätt svullnad dagen efter, ingen låsning. Kan gå men ont på insidan av knät."),
    ("Tidigare sjukdomar", "Frisk. Fotledsdistorsion vä 2019."),
    ("Status", "Hö knä: lätt svullnad, ingen hydrops. Ömhet över mediala kollateralligamentets femorala fäste, lätt ökad valguslaxitet i 30 grader med fast stopp. Lachman negativt med fast stopp, främre lådtest och pivot shift negativa. McMurray neg.\nVä knä ua.\nDistalstatus ua."),
    ("Röntgen", "Slätröntgen hö knä: ingen fraktur, ingen fri kropp."),
    ("Bedömning", "Distorsion hö knä med MCL-skada grad 1. Misstanke om främre korsbandsruptur föreligger inte med stabil Lachman och negativt pivot shift."),
    ("Åtgärd", "Knäortos i 3 veckor, full belastning. Remiss till fysioterapeut för rehabilitering. Matchspel tidigast om 4-6 veckor."),
], "not", "'Misstanke om ... föreligger inte' (negation after the hedge noun) in Bedömning", tpl="Mottagningsanteckning")

C("not-neuro-inget-som-talr-for-tia-typo", "v_neuro_su", "1981-02-02", "346", "2024-05-07 15:10", [
    ("Aktuellt", "Akut remiss från akuten. Igår eftermiddag sicksackformat flimmer i synfältet som spred sig under 20 minuter, därefter pulserande vänstersidig huvudvärk och illamående. Liknande episoder två gånger tidigare i år."),
    ("Tidigare sjukdomar", "Migrän utan aura i tonåren. Frisk i övrigt."),
    ("Läkemedel", "P-piller Zoely."),
    ("Status", "AT: gott.\nNeurologiskt: kranialnerver ua, synfält ua vid konfrontation, kraft och sensibilitet ua, koordination ua. NIHSS 0.\nCor: RR, inga blåsljud.\nBT 118/72."),
    ("Röntgen", "MR hjärna med diffusion: normala förhållanden."),
    ("Bedömning", "Migrän med aura. Inget som talr för TIA eller stroke då symtomen var positiva, spreds gradvis och följdes av typisk huvudvärk."),
    ("Planering", "Kombinerade p-piller bör bytas till gestagen-only, remiss till barnmorskemottagningen. Sumatriptan 50 mg vid anfall. Åter till vårdcentralen för uppföljning."),
], "not", "typo 'Inget som talr för TIA eller stroke' with NIHSS 0; migrän med aura affirmed", tpl="Mottagningsanteckning")

C("not-med-inga-hallpunkter-for-malignitet", "s_med_ystad", "1963-10-11", "339", "2024-06-19 13:15", [
    ("Aktuellt", "Utreds för viktnedgång 8 kg på 4 månader, törst och trötthet. Dricker 4-5 liter per dag och kissar på natten."),
    ("Tidigare sjukdomar", "Hypertoni. Knäartros."),
    ("Läkemedel", "Enalapril 10 mg x 1, Alvedon vb."),
    ("Status", "AT: gott, lätt avmagrad.\nCor: RR, inga blåsljud.\nPulm: ua.\nBuk: mjuk, oöm, ingen hepatosplenomegali, inga resistenser.\nLymfkörtlar: inga palpabla.\nHud: inga utslag."),
    ("Lab", "HbA1c 98, P-glukos 21, ketoner i blod 0,4. Hb 146, CRP 3, ALP 1,2, Ca 2,40. PSA 0,8."),
    ("Röntgen", "DT thorax-buk: inga hållpunkter för malignitet, normal pankreas."),
    ("Bedömning", "Nydebuterad diabetes mellitus typ 2 med uttalad hyperglykemi som förklarar viktnedgången och törsten."),
    ("Åtgärd", "Insulatard 10 E till natten och Metformin 500 mg x 2 med upptrappning. Diabetessköterska imorgon. Återbesök 2 veckor."),
], "not", "'inga hållpunkter för malignitet' in a Röntgen section; diabetes is affirmed", tpl="Mottagningsanteckning")

C("not-barn-ingen-misstanke-om-meningit", "s_barn_lund", "2021-12-28", "604", "2024-02-25 19:55", [
    ("Anamnes", "Flicka, {age} år, med feber 39,5 sedan igår och ont i vä öra, drar i örat och sover dåligt. Snuvig sedan en vecka. Äter lite men dricker bra, blöta blöjor."),
    ("Tidigare sjukdomar", "Frisk. Vaccinerad enligt programmet."),
    ("Status", "AT: pigg mellan febertopparna, leker med leksaker.\nÖron: vä trumhinna röd och buktande, hö ua.\nSvalg: lätt rodnat.\nCor: RR, inga blåsljud.\nPulm: ua.\nBuk: mjuk.\nHud: inga petekier, normal kapillär återfyllnad.\nNacke: mjuk, ingen nackstelhet."),
    ("Bedömning", "Akut mediaotit vä. Ingen misstanke om meningit då flickan är pigg och lekfull och nacken mjuk."),
    ("Åtgärd", "Kåvepenin mixtur 25 mg/kg x 3 i 5 dagar. Alvedon enligt vikt. Föräldrarna informerade om när de ska söka igen."),
], "not", "child under 13: 'Ingen misstanke om meningit'; akut mediaotit affirmed", tpl="Akutanteckning", setting="akutmottagning")

C("not-inf-legionella-kan-uteslutas", "v_inf_ostra", "1959-04-08", "455", "2024-10-03 09:30", [
    ("Aktuellt", "Dag 2 på infektionsavdelningen för pneumoni hö underlob. Hemkom från en konferens i Spanien för en vecka sedan. Feberfri sedan i natt."),
    ("Tidigare sjukdomar", "Psoriasis. Hypertoni."),
    ("Läkemedel", "Bensylpenicillin 3 g x 3 i.v., Candesartan 8 mg x 1."),
    ("Status", "AT: gott, sitter i sängen och äter.\nCor: RR, inga blåsljud.\nPulm: rassel hö basalt.\nSpO2 96 % på 1 liter syrgas.\nTemp 37,2."),
    ("Lab", "CRP 168 (igår 241), LPK 11,2, Na 138, kreatinin 86. Pneumokockantigen i urin positivt. Legionellaantigen i urin negativt."),
    ("Bedömning", "Pneumokockpneumoni hö underlob med god respons. Legionella kan uteslutas med negativt urinantigen, varför ingen makrolid behövs."),
    ("Planering", "Byte till Kåvepenin 1 g x 3 imorgon om fortsatt feberfri, total behandlingstid 7 dagar. Utskrivning planeras i morgon eftermiddag."),
], "not", "'Legionella kan uteslutas' must not be read as 'kan ej uteslutas'", tpl="Läkaranteckning", setting="slutenvård")

C("not-gyn-endometriecancer-utesluten", "s_gyn_malmo", "1955-07-30", "602", "2024-04-09 11:35", [
    ("Anamnes", "Postmenopausal blödning vid två tillfällen i mars. Menopaus vid 52 års ålder. Torrhet och sveda i slidan, ont vid samlag."),
    ("Tidigare sjukdomar", "Hypotyreos. Tre partus."),
    ("Läkemedel", "Levaxin 100 mikrog x 1."),
    ("Status", "Yttre genitalia: bleka tunna slemhinnor. Spekulum: atrofisk vaginalslemhinna med punktformiga blödningar, portio ua.\nVaginalt ultraljud: endometrium 3 mm, normala ovarier."),
    ("Lab", "PAD endometriebiopsi från förra besöket: atrofiskt endometrium, ingen atypi, ingen malignitet. Cervixcytologi: normal."),
    ("Bedömning", "Atrofisk vaginit som förklaring till blödningarna. Endometriecancer är utesluten med tunt endometrium och benign PAD."),
    ("Åtgärd", "Vagifem 10 mikrog x 1 i två veckor, därefter två gånger i veckan. Pat informerad om att höra av sig vid ny blödning. Ingen planerad uppföljning här."),
], "not", "'Endometriecancer är utesluten' with benign PAD; atrofisk vaginit affirmed", tpl="Mottagningsanteckning")

C("not-psyk-inga-tecken-pa-psykos", "v_psyk_uddevalla", "1991-03-13", "624", "2024-11-19 13:30", [
    ("Anamnes", "Nedstämd sedan i somras efter separation. Sover dåligt, tappat matlusten, orkar inte träffa vänner. Sjukskriven 50 % från arbetet som förskollärare sedan september."),
    ("Socialt", "Bor själv med dotter varannan vecka. Inga droger. AUDIT 5 p."),
    ("Läkemedel", "Escitalopram 10 mg x 1 sedan 3 veckor."),
    ("Status", "Psykiskt status: vaken, orienterad till person, tid och rum, god kontakt. Stämningsläge sänkt, affekt dämpad men följsam. Tankegång ordnad. Inga tecken på psykos eller mani. Dödstankar utan planer, tar avstånd från suicid. MADRS-S 27."),
    ("Bedömning", "Medelsvår depressiv episod. Låg aktuell suicidrisk enligt strukturerad bedömning."),
    ("Planering", "Escitalopram höjs till 15 mg. Remiss till psykolog för KBT. Ny kontakt om 3 veckor."),
], "not", "'Inga tecken på psykos eller mani' in psychiatric status; depression affirmed", tpl="Läkaranteckning")

C("not-hud-misstanke-om-melanom-foreligger-ej", "v_hud_su", "1976-06-04", "382", "2024-05-23 09:45", [
    ("Aktuellt", "Remiss från vårdcentralen pga mörk förändring på vä skinka som pat upptäckt nyligen. Ingen blödning eller klåda."),
    ("Tidigare sjukdomar", "Frisk."),
    ("Hereditet", "Inga kända hudtumörer i släkten."),
    ("Status", "Hud: vä skinka 8 mm välavgränsad, vaxartad brun förändring med 'påklistrat' utseende, dermatoskopiskt milier-cystor och komedoliknande öppningar. Spridda små seborroiska keratoser på bålen. Övriga naevi regelbundna.\nLymfkörtlar: ua i ljumskarna."),
    ("Bedömning", "Seborroisk keratos vä skinka. Misstanke om melanom föreligger ej med typisk dermatoskopisk bild."),
    ("Åtgärd", "Ingen åtgärd krävs, kan frysas vid besvär. Pat lugnad. Åter till remittenten."),
], "not", "'Misstanke om melanom föreligger ej' in a hudmottagning note", tpl="Mottagningsanteckning")

C("not-uro-ingen-misstanke-prostatacancer", "s_uro_malmo", "1954-04-19", "377", "2024-08-13 10:25", [
    ("Anamnes", "Svag stråle, startsvårigheter och nokturi 3 gånger per natt sedan ett par år. IPSS 19, livskvalitet 4. Ingen hematuri."),
    ("Tidigare sjukdomar", "Hypertoni. Typ 2-diabetes, kostbehandlad."),
    ("Läkemedel", "Felodipin 5 mg x 1."),
    ("Status", "Buk: mjuk, oöm, blåsan ej palpabel.\nPR: jämnt förstorad prostata ca 50 ml, elastisk, inga knölar, oöm.\nYttre genitalia ua.\nResiduum 90 ml på bladder scan.\nFlödesmätning: Qmax 8 ml/s."),
    ("Lab", "PSA 1,2, kreatinin 88, HbA1c 46. U-sticka ua."),
    ("Bedömning", "Benign prostatahyperplasi med måttliga till uttalade LUTS. Ingen misstanke om prostatacancer, PSA 1,2 och palpatoriskt benign prostata."),
    ("Åtgärd", "Tamsulosin 0,4 mg x 1 insätts, Finasterid 5 mg x 1 läggs till. Ny flödesmätning om 6 månader."),
], "not", "'Ingen misstanke om prostatacancer' with PSA and benign PR status", tpl="Mottagningsanteckning")

C("not-onh-tekcen-pa-peritonsilit-saknas-typo", "v_onh_su", "2002-09-26", "408", "2024-12-16 22:05", [
    ("Anamnes", "Halsont sedan 3 dagar, feber 39, svårt att svälja. Ingen hosta. Ont mer på vä sida senaste dygnet. Kan gapa normalt."),
    ("Läkemedel", "Inga. Tål penicillin."),
    ("Status", "AT: febril, opåverkad.\nSvalg: förstorade tonsiller med vita beläggningar bilat, symmetriska gombågar, uvula i medellinjen. Ingen trismus.\nHals: ömmande käkvinkelkörtlar bilat.\nÖron: trumhinnor ua.\nTemp 38,9."),
    ("Lab", "Strep A snabbtest positivt. CRP 64."),
    ("Bedömning", "Streptokocktonsillit, Centor 4. Tekcen på peritonsilit saknas med symmetriskt svalg och normal gapförmåga."),
    ("Åtgärd", "Kåvepenin 1 g x 3 i 10 dagar. Alvedon och Ipren mot smärtan. Söker åter vid svårigheter att gapa eller svälja saliv."),
], "not", "typo 'Tekcen på peritonsilit saknas': negation after the hedge noun; tonsillit affirmed", tpl="Akutanteckning", setting="akutmottagning")

C("not-geri-demens-kan-uteslutas", "s_geri_landskrona", "1948-08-08", "508", "2024-09-05 14:00", [
    ("Anamnes", "Remitterad för minnesutredning. Maken dog i vintras och sedan dess glömsk, tappar tråden, orkar inte läsa böcker. Sover dåligt, har gått ned 4 kg. Klarar ekonomi och matlagning själv."),
    ("Tidigare sjukdomar", "Hypertoni. Hypotyreos."),
    ("Läkemedel", "Levaxin 75 mikrog x 1, Amlodipin 5 mg x 1."),
    ("Status", "AT: vårdad, nedstämd.\nNeurologiskt: ua.\nMMSE-SR 29/30, klockritning ua.\nGDS-15 11 p."),
    ("Lab", "Hb 133, B12 380, TSH 2,6, Ca 2,35, Na 139."),
    ("Undersökningar", "Neuropsykologisk testning: normala resultat avseende minne, språk och exekutiv funktion, lätt nedsatt uppmärksamhet och psykomotoriskt tempo."),
    ("Bedömning", "Egentlig depression, medelsvår, efter makens död. Demens kan uteslutas efter normal neuropsykologisk testning."),
    ("Planering", "Mirtazapin 15 mg till natten. Kontakt med kurator för sorgbearbetning. Uppföljning via vårdcentralen om 6 veckor."),
], "not", "'Demens kan uteslutas' (positive 'kan uteslutas', not 'kan ej uteslutas')", tpl="Mottagningsanteckning")

# ---------------------------------------------------------------------------
# MUST_NOT NL102: the hedged diagnosis is about a family member (8)
# ---------------------------------------------------------------------------

C("not-fam-kard-far-trol-hjartinfarkt", "s_kard_malmo", "1988-12-05", "271", "2024-01-24 10:45", [
    ("Aktuellt", "Remiss från vårdcentralen pga hjärtklappning i form av 'hopp' i bröstet, främst på kvällen i vila. Dricker 5-6 koppar kaffe per dag. Ingen yrsel, ingen svimning."),
    ("Hereditet", "Far dog plötsligt vid 52 års ålder, trol. hjärtinfarkt. Farbror har kranskärlssjukdom."),
    ("Tidigare sjukdomar", "Frisk."),
    ("Status", "AT: gott.\nCor: RR, inga blåsljud, frekv 62.\nPulm: ua.\nBT 126/80."),
    ("Lab", "Hb 148, K 4,1, TSH 1,4, LDL 3,1, Lp(a) normalt."),
    ("Undersökningar", "EKG: sinusrytm, normal QTc, inga preexcitationstecken.\nLångtids-EKG 72 h: enstaka supraventrikulära extraslag, 1,2 % av slagen, korrelerar med symtom.\nUCG: normal anatomi och funktion."),
    ("Bedömning", "Symtomgivande supraventrikulära extraslag, benigna."),
    ("Planering", "Minska kaffe. Ingen medicinering i nuläget. Pat lugnad, åter till vårdcentralen för kontroll av lipider och BT."),
], "not", "the only hedge (trol. hjärtinfarkt) is about the father in Hereditet", tpl="Mottagningsanteckning")

C("not-fam-neuro-mor-misstankt-als", "v_neuro_su", "1979-07-12", "440", "2024-03-21 14:40", [
    ("Aktuellt", "Remiss pga ryckningar i vaderna och överarmarna sedan 4 månader, mest på kvällen. Ingen svaghet, inga sväljningsbesvär. Oroar sig mycket eftersom modern nyligen blivit sjuk."),
    ("Hereditet", "Mor har misstänkt ALS och utreds på Sahlgrenska sedan januari."),
    ("Tidigare sjukdomar", "Frisk. Kejsarsnitt 2012."),
    ("Läkemedel", "Inga."),
    ("Status", "Neurologiskt: enstaka fascikulationer i båda vaderna i vila. Ingen atrofi, normal muskelstyrka proximalt och distalt, normala och symmetriska reflexer, Babinski neg. Tunga utan fascikulationer. Tal och sväljning ua."),
    ("Lab", "CK 142, Na 140, Ca 2,38, Mg 0,84, TSH 1,9."),
    ("Undersökningar", "EMG/neurografi: enstaka fascikulationspotentialer, inga denervationstecken, normala motoriska enheter och normal neurografi."),
    ("Bedömning", "Benigna fascikulationer. Undersökningarna visar ingen motorneuronpåverkan."),
    ("Planering", "Pat lugnad, informerad om den goda prognosen. Ingen uppföljning här, hör av sig vid svaghet."),
], "not", "misstänkt ALS concerns the mother (Hereditet); the patient has benign fasciculations", tpl="Mottagningsanteckning")

C("not-fam-onk-moster-trol-ovarialcancer", "s_onk_lund", "1982-03-09", "566", "2024-02-08 13:25", [
    ("Aktuellt", "Nybesök inför postoperativ behandling efter sektorresektion vä bröst och sentinel node för duktal cancer, 18 mm, ER 90 %, PR 60 %, HER2 negativ, Ki67 12 %, N0."),
    ("Hereditet", "Moster trol. ovarialcancer i 50-årsåldern, journaluppgifter saknas. Mormor bröstcancer vid 70 år."),
    ("Tidigare sjukdomar", "Frisk. Två barn, ammade båda."),
    ("Läkemedel", "Inga."),
    ("Status", "AT: gott.\nBröst: läkt operationsärr vä, inga resistenser. Hö bröst ua.\nAxiller: läkt ärr vä, inga palpabla körtlar.\nLymfkörtlar supraklavikulärt: ua."),
    ("Lab", "Hb 134, ALP 0,9, ALAT 0,4, kreatinin 60."),
    ("Bedömning", "Lågrisk luminal A-bröstcancer vä, radikalt opererad."),
    ("Planering", "Postoperativ strålbehandling mot vä bröst, 15 fraktioner. Därefter Tamoxifen 20 mg x 1 i 5 år. Remiss till cancergenetisk mottagning med tanke på släktanamnesen."),
], "not", "trol. ovarialcancer describes an aunt in Hereditet; the patient's cancer is affirmed", tpl="Mottagningsanteckning")

C("not-fam-psyk-bror-sannolikt-adhd", "s_psyk_lund", "1994-05-18", "371", "2024-03-06 13:15", [
    ("Anamnes", "Oro och spänning större delen av dagen sedan flera år, svårt att slappna av, muskelvärk i nacken och sömnproblem. Inga panikattacker. Klarar arbetet som IT-tekniker men är utmattad på kvällarna."),
    ("Hereditet", "Bror har sannolikt ADHD men har aldrig utretts. Mor behandlad för depression."),
    ("Socialt", "Sambo, inga barn. Dricker 2-3 glas vin i veckan, AUDIT 3 p. Inga droger."),
    ("Läkemedel", "Inga."),
    ("Status", "Psykiskt status: vaken, klar. Spänd, orolig, god kontakt. Stämningsläge neutralt. Inga psykotiska symtom, inga suicidtankar.\nGAD-7 16 p."),
    ("Bedömning", "Generaliserat ångestsyndrom."),
    ("Planering", "Remiss till internetförmedlad KBT. Sertralin 25 mg x 1 i en vecka, därefter 50 mg. Uppföljning om 4 veckor."),
], "not", "'Bror har sannolikt ADHD' is family history; the patient's GAD is affirmed", tpl="Läkaranteckning")

C("not-fam-barn-pappan-mojligen-celiaki", "v_barn_nal", "2019-05-23", "108", "2024-09-12 10:20", [
    ("Anamnes", "Flicka, {age} år, med återkommande magont sedan ett halvår, oftast efter maten. Bajsar hårda korvar var tredje dag, ibland med blod på pappret. Växer enligt kurvan."),
    ("Hereditet", "Pappan har möjligen celiaki men har inte utretts. Farmor har typ 1-diabetes."),
    ("Tidigare sjukdomar", "Frisk. Fullvaccinerad enligt BVC."),
    ("Status", "AT: pigg, glad.\nBuk: mjuk, palpabla fecesmassor i vä fossa, oöm.\nAnalinspektion: liten fissur klockan 12.\nHud: inga utslag.\nVikt 19 kg, längd 111 cm."),
    ("Lab", "Transglutaminas-ak IgA <1, total-IgA normalt. Hb 126, TSH 2,1."),
    ("Bedömning", "Funktionell förstoppning med analfissur. Celiakiserologin är negativ."),
    ("Åtgärd", "Movicol junior 1 påse x 1 tills mjuk avföring dagligen, därefter underhåll. Toalettschema efter måltid. Återbesök om 2 månader."),
], "not", "child under 13: 'Pappan har möjligen celiaki' is about the father", tpl="Mottagningsanteckning")

C("not-fam-endo-farmor-troligen-hypotyros-typo", "v_endo_su", "1996-01-29", "524", "2024-06-26 11:10", [
    ("Aktuellt", "Remiss från barnmorskemottagningen, gravid vecka 9. TSH 5,8 vid inskrivning och TPO-ak 640. Trött men i övrigt mår hon bra."),
    ("Hereditet", "Farmor hade troligen hypotyros, tog tabletter för sköldkörteln. Moster har typ 1-diabetes."),
    ("Tidigare sjukdomar", "Frisk. Första graviditeten."),
    ("Läkemedel", "Folsyra 0,4 mg x 1."),
    ("Status", "AT: gott.\nThyreoidea: lätt diffust förstorad, fast, oöm, inga knutor.\nCor: RR, frekv 72."),
    ("Lab", "TSH 5,8, fritt T4 12, TPO-ak 640."),
    ("Bedömning", "Hashimotos tyreoidit med subklinisk hypotyreos i tidig graviditet."),
    ("Planering", "Levaxin 50 mikrog x 1 insätts. TSH och fritt T4 var 4:e vecka under graviditeten, målvärde TSH <2,5. Info till barnmorskan."),
], "not", "typo 'Farmor hade troligen hypotyros' concerns a grandmother; Hashimoto is affirmed", tpl="Mottagningsanteckning")

C("not-fam-reuma-moster-misstankt-sle", "s_reuma_lund", "1997-10-14", "480", "2024-11-06 09:15", [
    ("Aktuellt", "Remiss pga vita fingrar vid kyla sedan 2 vintrar, följt av blåaktig och röd färg när de värms. Inga sår, ingen ledvärk, inga utslag."),
    ("Hereditet", "Moster med misstänkt SLE, utreds för närvarande i Lund."),
    ("Tidigare sjukdomar", "Migrän utan aura."),
    ("Läkemedel", "P-piller Cerazette."),
    ("Status", "AT: gott.\nHänder: kalla, inga digitala sår eller ärr, ingen sklerodaktyli.\nNagelbandskapillärer i kapillärmikroskopi: normala.\nLeder: inga synoviter.\nHud: inga utslag, ingen alopeci.\nCor/pulm: ua."),
    ("Lab", "ANA negativ, SR 6, CRP <1, Hb 132, urinsticka utan protein."),
    ("Bedömning", "Primärt Raynauds fenomen."),
    ("Planering", "Råd om att hålla händer och kropp varma. Nifedipin vid svåra besvär diskuterat, avstår nu. Ingen uppföljning här."),
], "not", "misstänkt SLE in Hereditet (the aunt); the patient has primary Raynaud", tpl="Mottagningsanteckning")

C("not-fam-akut-maken-trol-covid", "v_akut_su", "1954-02-17", "260", "2024-12-27 17:25", [
    ("Anamnes", "Feber 38,8 sedan 3 dagar, torrhosta, muskelvärk och förlorat smaksinne. Maken har trol. covid-19 sedan i lördags med samma symtom. Sökte idag pga tilltagande andfåddhet."),
    ("Tidigare sjukdomar", "Hypertoni. Typ 2-diabetes."),
    ("Läkemedel", "Metformin 1 g x 2, Ramipril 5 mg x 1."),
    ("Status", "AT: trött, opåverkad.\nCor: RR, frekv 92.\nPulm: fina rassel bilat basalt.\nSpO2 93 % i vila, 90 % efter gångtest, AF 20.\nTemp 38,4."),
    ("Lab", "SARS-CoV-2 PCR positiv. CRP 74, LPK 5,1, Hb 138, kreatinin 81, P-glukos 12."),
    ("Röntgen", "Lungröntgen: fläckiga bilaterala infiltrat basalt."),
    ("Bedömning", "Covid-19 med lätt hypoxi och bilaterala infiltrat."),
    ("Åtgärd", "Inläggs infektionsavdelning. Syrgas till SpO2 92-96 %. Dexametason 6 mg x 1 och Fragmin 5 000 E x 1. Metformin pausas."),
], "not", "'Maken har trol. covid-19' is about the husband; the patient's covid-19 is PCR-confirmed", tpl="Akutanteckning", setting="akutmottagning")
# ---------------------------------------------------------------------------
# MUST_NOT NL102: the hedge is about the past (8)
# ---------------------------------------------------------------------------

C("not-past-med-sarkoidos-avskrevs-2017", "v_med_lidkoping", "1966-11-22", "197", "2024-04-17 10:50", [
    ("Aktuellt", "Remiss från vårdcentralen efter att oregelbunden puls upptäckts vid blodtryckskontroll. Lätt trötthet vid ansträngning, i övrigt inga besvär. Ingen bröstsmärta."),
    ("Tidigare sjukdomar", "Hypertoni sedan 2010. År 2017 misstänkt sarkoidos pga förstorade hiluskörtlar, avskrevs efter bronkoskopi med normal cytologi och BAL. Ljumskbråck op 2005."),
    ("Läkemedel", "Losartan 50 mg x 1."),
    ("Status", "AT: gott.\nCor: oregelbundet oregelbunden rytm, frekv 96, inga blåsljud.\nPulm: ua.\nBen: inga ödem.\nBT 148/90."),
    ("Lab", "Hb 149, kreatinin 84, K 4,2, TSH 1,1, NT-proBNP 420."),
    ("EKG", "Förmaksflimmer med kammarfrekvens 94/min, inga ST-förändringar."),
    ("Bedömning", "Förmaksflimmer, asymtomatiskt, okänd duration. CHA2DS2-VASc 1 p (hypertoni), HAS-BLED 1 p."),
    ("Planering", "Eliquis 5 mg x 2 och Bisoprolol 2,5 mg x 1 insätts efter samtal om risker och nytta. UCG. Återbesök om 6 veckor för ställningstagande till elkonvertering."),
], "not", "the hedge (misstänkt sarkoidos) belongs to 2017 and was ruled out then", tpl="Mottagningsanteckning")

C("not-past-kir-trolig-gallsten-utreddes-2019", "s_kir_angelholm", "1970-04-06", "233", "2024-05-15 13:40", [
    ("Anamnes", "Bula i hö ljumske sedan ett halvår, större när han lyfter tungt på jobbet som flyttkarl. Försvinner i liggande. Ingen smärta i vila, inga tarmsymtom."),
    ("Tidigare sjukdomar", "Hyperlipidemi. Utreddes 2019 för trolig gallstenssjukdom men ultraljudet var då normalt och besvären gick över."),
    ("Läkemedel", "Simvastatin 20 mg x 1."),
    ("Status", "AT: gott, BMI 29.\nBuk: mjuk och oöm, inga palpabla resistenser.\nLjumskar: hö reponibelt bråck som tydliggörs vid hostning, oömt. Vä ua.\nTestiklar: ua bilat."),
    ("Bedömning", "Symtomgivande indirekt ljumskbråck hö."),
    ("Planering", "Anmäls för laparoskopisk TEP-plastik i dagkirurgi. Informerad om operationen och om risker. Sjukskrivning 2 veckor efteråt pga tungt arbete."),
], "not", "'trolig gallstenssjukdom' sits in Tidigare sjukdomar dated 2019 with a normal work-up", tpl="Mottagningsanteckning")

C("not-past-neuro-epilepsi-misstanktes-som-20-aring", "s_neuro_lund", "1983-03-30", "455", "2024-08-06 11:30", [
    ("Aktuellt", "Remiss från akuten efter en svimning i kön på Systembolaget. Kände sig varm och illamående, blev grå i ansiktet och gled ned, vaken igen efter några sekunder. Inga ryckningar enligt vittnen, ingen tungbitning, ingen urinavgång."),
    ("Tidigare sjukdomar", "Som 20-åring misstänktes epilepsi efter ett krampanfall under en period med kraftig sömnbrist, EEG var normalt och inga fler anfall har inträffat."),
    ("Läkemedel", "Inga."),
    ("Status", "AT: gott.\nNeurologiskt: ua.\nCor: RR, inga blåsljud.\nBT liggande 122/76, stående 118/74 utan symtom."),
    ("Undersökningar", "EKG: sinusrytm 64/min, normal QTc, ingen deltavåg.\nEEG: normalt vila och under hyperventilation och fotostimulering."),
    ("Bedömning", "Vasovagal synkope med typiska prodromer."),
    ("Planering", "Information om prodromer och motmanövrer. Ingen körkortspåverkan. Ingen uppföljning här."),
], "not", "the epilepsy suspicion is from the patient's youth and was not confirmed", tpl="Mottagningsanteckning")

C("not-past-psyk-misstanke-atstorning-i-tonaren", "v_psyk_uddevalla", "1998-12-12", "426", "2024-01-31 15:00", [
    ("Anamnes", "Återkommande attacker av hjärtklappning, andnöd och dödsskräck sedan i höstas, 2-3 gånger i veckan. Undviker nu att åka buss och att handla i stora affärer. Akutbesök två gånger med normalt EKG."),
    ("Tidigare sjukdomar", "I tonåren väcktes misstanke om ätstörning av skolsköterskan, men ingen behandling gavs och vikten har varit stabil sedan dess."),
    ("Socialt", "Studerar till sjuksköterska i Trollhättan. Bor med partner. AUDIT 2 p. Inga droger."),
    ("Läkemedel", "Inga."),
    ("Status", "Psykiskt status: vaken och orienterad. Lätt spänd men god kontakt. Stämningsläge neutralt. Inga psykotiska symtom. Förnekar suicidtankar.\nPDSS-SR 14 p. BMI 21."),
    ("Bedömning", "Paniksyndrom med agorafobi."),
    ("Planering", "Psykoedukation given. Remiss till KBT hos psykolog. Sertralin 25 mg x 1, upptrappning till 50 mg om en vecka. Uppföljning om 4 veckor."),
], "not", "the hedge (misstanke om ätstörning) is from the teenage years, nothing current", tpl="Läkaranteckning")

C("not-past-ort-missankt-stressfraktur-2020-typo", "s_ort_hassleholm", "1972-07-07", "348", "2024-10-10 09:25", [
    ("Anamnes", "Tilltagande smärta och felställning av stortån på hö fot sedan flera år. Svårt att hitta skor, ont efter promenader över 2 km."),
    ("Tidigare sjukdomar", "Missänkt stressfraktur i vä fot 2020 under maratonträning, läkte ut på 6 veckor med avlastning. Hypotyreos."),
    ("Läkemedel", "Levaxin 50 mikrog x 1."),
    ("Status", "Hö fot: hallux valgus med prominent mediala bunion, rodnad över MTP I, passivt korrigerbar. Lätt tryckömhet under MTP II. Cirkulation och sensibilitet ua.\nVä fot: ua."),
    ("Röntgen", "Slätröntgen hö fot belastad: HVA 36 grader, IMA 15 grader, ingen artros i MTP I."),
    ("Bedömning", "Symtomgivande hallux valgus hö, måttlig."),
    ("Planering", "Anmäls för Scarf-osteotomi hö. Informerad om 6 veckors avlastningssko efteråt och sjukskrivning."),
], "not", "typo 'Missänkt stressfraktur' dated 2020 and healed, in Tidigare sjukdomar", tpl="Mottagningsanteckning")

C("not-past-hud-trolig-psoriasis-2015", "v_hud_su", "1986-10-01", "584", "2024-07-04 14:15", [
    ("Aktuellt", "Kliande eksem i armvecken och knävecken som blossat upp efter byte av arbetsplats till ett lager med torr luft. Sover dåligt pga klåda."),
    ("Tidigare sjukdomar", "År 2015 bedömde en distriktsläkare utslagen som trolig psoriasis och behandlade med Betnovat. Atopiskt eksem bekräftat av hudläkare 2022. Astma och pollenallergi."),
    ("Läkemedel", "Elocon kräm vb, Aerius 5 mg x 1, Flutide 250 mikrog 1 x 2."),
    ("Status", "Hud: lichenifierade eksem i armvecken och knävecken, exkoriationer, torr hud generellt. Inga psoriasisplack på armbågar, knän eller hårbotten. Naglar ua."),
    ("Bedömning", "Atopiskt eksem med exacerbation, EASI 14."),
    ("Åtgärd", "Elocon salva 1 x 1 i 2 veckor, därefter helgbehandling. Protopic 0,1 % i ansiktet. Rikligt mjukgörande. Återbesök om 2 månader, om otillräcklig effekt diskuteras dupilumab."),
], "not", "'trolig psoriasis' is a 2015 assessment by another doctor; atopiskt eksem affirmed", tpl="Mottagningsanteckning")

C("not-past-gyn-graviditetsdiabetes-misstanktes-2021", "v_gyn_ostra", "1992-06-09", "362", "2024-09-26 08:40", [
    ("Aktuellt", "Omföderska i graviditetsvecka 28+3 remitterad från barnmorskemottagningen pga smärtor över symfysen och i bäckenet som gör det svårt att gå i trappor."),
    ("Tidigare sjukdomar", "Under förra graviditeten 2021 misstänktes graviditetsdiabetes men OGTT var normal. Partus normalis 2021."),
    ("Läkemedel", "Folsyra, järntabletter Duroferon 100 mg x 1."),
    ("Status", "AT: gott.\nBuk: SF-mått 28 cm, fosterrörelser kännbara, hjärtljud 144 slag/min.\nBäcken: ömhet över symfysen och båda SI-lederna, positivt P4-test bilat.\nBen: inga ödem.\nBT 114/68, U-sticka utan protein och glukos."),
    ("Lab", "Hb 114, P-glukos 5,1, OGTT v 24 normal."),
    ("Bedömning", "Bäckensmärta under graviditet, normalt graviditetsförlopp i övrigt."),
    ("Planering", "Bäckenbälte och kontakt med fysioterapeut. Sjukskrivning 50 % t.o.m. v 34. Fortsatt kontroll på barnmorskemottagningen."),
], "not", "the suspected gestational diabetes belongs to the 2021 pregnancy and was disproved", tpl="Mottagningsanteckning")

C("not-past-kard-perikardit-2012-sjalvlakt", "s_kard_malmo", "1969-02-27", "593", "2024-11-20 13:55", [
    ("Aktuellt", "Årlig kontroll av hypertoni och hjärtsvikt med bevarad ejektionsfraktion. Klarar promenader på en timme, två trappor utan att stanna. Ingen nattlig dyspné."),
    ("Tidigare sjukdomar", "Misstänkt perikardit 2012 efter en virusinfektion, självläkt utan behandling. Hypertoni sedan 2008. HFpEF sedan 2021."),
    ("Läkemedel", "Jardiance 10 mg x 1, Ramipril 10 mg x 1, Spironolakton 25 mg x 1."),
    ("Status", "AT: gott.\nCor: RR, inga blåsljud, frekv 66.\nPulm: ua, inga rassel.\nBen: inga ödem.\nBT 132/80, vikt 84 kg (oförändrad)."),
    ("Lab", "NT-proBNP 310, kreatinin 94, eGFR 74, K 4,6, Hb 145."),
    ("Bedömning", "Hjärtsvikt med bevarad ejektionsfraktion, stabil i NYHA I. Hypertoni välbehandlad."),
    ("Planering", "Oförändrad medicinering. Nästa kontroll om ett år med lab inför besöket."),
], "not", "misstänkt perikardit dated 2012 and resolved, in Tidigare sjukdomar", tpl="Mottagningsanteckning")

# ---------------------------------------------------------------------------
# MUST_NOT NL102: the hedge concerns something that is not a diagnosis (14)
# ---------------------------------------------------------------------------

C("not-nondx-akut-oklart-om-eliquis-tagits", "s_akut_malmo", "1949-09-09", "313", "2024-06-03 10:05", [
    ("Anamnes", "Larmsamtal kl 09:10, hustrun såg att han plötsligt inte kunde prata och tappade kaffekoppen ur hö hand. Senast sedd frisk kl 08:45. Känt förmaksflimmer."),
    ("Läkemedel", "Eliquis 5 mg x 2 i dosett. Oklart om pat tagit sin Eliquis de senaste dagarna, dosetten för veckan var orörd enligt hustrun."),
    ("Status", "AT: vaken, afatisk.\nNeurologiskt: hö facialispares, hö armpares 2/5, benet 4/5, NIHSS 11.\nCor: oregelbunden rytm, frekv 86, inga blåsljud.\nBT 176/94, P-glukos 7,2."),
    ("Lab", "Anti-Xa (apixaban) 168 ng/ml. Hb 141, TPK 224, PK(INR) 1,1, kreatinin 92."),
    ("Röntgen", "DT hjärna med DT-angiografi: ocklusion av vä M1-segment, ingen blödning, ASPECTS 9."),
    ("Bedömning", "Akut ischemisk stroke i vä mediaterritoriet med storkärlsocklusion. Trombolys kontraindicerad pga anti-Xa-nivån."),
    ("Åtgärd", "Trombektomi, neuroradiolog på väg. Strokeenheten förvarnad. Hustrun informerad."),
], "not", "'Oklart om pat tagit sin Eliquis' is a medication adherence question, not a diagnosis", tpl="Akutanteckning", setting="akutmottagning")

C("not-nondx-kard-ev-dosokning-bisoprolol", "v_kard_ostra", "1953-12-30", "355", "2024-08-28 13:15", [
    ("Aktuellt", "Uppföljning av hjärtsvikt med nedsatt ejektionsfraktion efter inläggning i maj. Mår bättre, går dagliga promenader på 30 minuter. Ingen ortopné."),
    ("Tidigare sjukdomar", "Ischemisk hjärtsjukdom, CABG 2016. HFrEF, EF 30 % i maj. Typ 2-diabetes."),
    ("Läkemedel", "Entresto 49/51 mg x 2, Bisoprolol 2,5 mg x 1, Eplerenon 25 mg x 1, Forxiga 10 mg x 1, Furix 20 mg x 1, Metformin 1 g x 2."),
    ("Status", "AT: gott.\nCor: RR, frekv 84, inga blåsljud.\nPulm: ua.\nBen: inga ödem.\nBT 112/70, vikt 79 kg (-3 kg sedan maj)."),
    ("Lab", "NT-proBNP 940 (i maj 4 200), K 4,7, kreatinin 112, Na 138, Hb 136."),
    ("Bedömning", "HFrEF i NYHA II, förbättrad på fyra läkemedelsgrupper. Njurfunktion och kalium stabila."),
    ("Planering", "Ev. dosökning av bisoprolol till 5 mg vid nästa besök om pulsen fortfarande ligger över 80. Hjärtsviktssköterska om 4 veckor, UCG om 3 månader."),
], "not", "'Ev. dosökning av bisoprolol' hedges a dose, not a diagnosis", tpl="Mottagningsanteckning")

C("not-nondx-kir-trolig-utskrivning-imorgon", "v_kir_boras", "1975-02-03", "624", "2024-04-25 16:30", [
    ("Aktuellt", "Postop dag 1 efter laparoskopisk kolecystektomi för symtomgivande gallstenssjukdom. Ingreppet utan komplikationer."),
    ("Läkemedel", "Alvedon 1 g x 4, Oxynorm 5 mg vb (tagit en dos i natt), Fragmin 5 000 E x 1."),
    ("Status", "AT: gott, mobiliserad.\nBuk: mjuk, adekvat operationsömhet, portsår torra utan rodnad.\nCor/pulm: ua.\nTemp 37,1, BT 124/76."),
    ("Lab", "CRP 28, Hb 128, bilirubin 12, ALP 1,1."),
    ("Bedömning", "Okomplicerat postoperativt förlopp efter kolecystektomi."),
    ("Planering", "Trolig utskrivning imorgon förmiddag om pat mår bra och äter. Stygnen tas på vårdcentralen dag 10. Sjukskrivning 2 veckor."),
], "not", "'Trolig utskrivning imorgon' is logistics", tpl="Läkaranteckning", setting="slutenvård")

C("not-nondx-ort-aterbesok-ev-om-6-veckor", "s_ort_ystad", "1958-05-27", "586", "2024-01-11 11:10", [
    ("Anamnes", "Halkade på isen i tisdags och tog emot sig med vä hand. Behandlad med gipsskena på akuten."),
    ("Tidigare sjukdomar", "Osteopeni. Hypertoni."),
    ("Läkemedel", "Amlodipin 5 mg x 1, Calcichew-D3 x 2."),
    ("Status", "Vä handled: i dorsal gipsskena, svullnaden har gått ned, fingrarna rörliga. Distal cirkulation och sensibilitet ua, medianusområdet ua."),
    ("Röntgen", "Kontrollröntgen vä handled efter 1 vecka: distal radiusfraktur i oförändrat läge, dorsal vinkling 5 grader, ingen förkortning."),
    ("Bedömning", "Distal radiusfraktur vä, extraartikulär, i acceptabelt läge för konservativ behandling."),
    ("Åtgärd", "Cirkulärt gips i 4 veckor till. Återbesök ev. om 6 veckor med ny slätröntgen, beroende på hur läkningen fortskrider. DEXA beställd pga lågenergifraktur."),
], "not", "'Återbesök ev. om 6 veckor' hedges a return visit", tpl="Mottagningsanteckning")

C("not-nondx-med-kalium-sannolikt-falskt-forhojt", "s_med_hbg", "1952-08-16", "399", "2024-03-27 12:35", [
    ("Aktuellt", "Kontroll av kronisk njursjukdom och hypertoni. Mår bra, inga ödem, normal urinmängd."),
    ("Tidigare sjukdomar", "Kronisk njursjukdom stadium 3b pga nefroskleros. Hypertoni. Gikt."),
    ("Läkemedel", "Losartan 100 mg x 1, Furix 40 mg x 1, Jardiance 10 mg x 1, Allopurinol 100 mg x 1."),
    ("Status", "AT: gott.\nCor: RR, inga blåsljud.\nPulm: ua.\nBen: inga ödem.\nBT 134/82."),
    ("Lab", "Kreatinin 156, eGFR 38, U-albumin/kreatinin 42, Hb 124, HbA1c 40. Kaliumvärdet 6,4 är sannolikt falskt förhöjt pga hemolys i provröret, nytt prov samma dag visade K 4,2."),
    ("Bedömning", "Kronisk njursjukdom stadium 3b, stabil sedan förra året. BT i mål."),
    ("Planering", "Oförändrad medicinering. Ny kontroll med lab om 6 månader."),
], "not", "'sannolikt falskt förhöjt pga hemolys' is about sample quality", tpl="Mottagningsanteckning")

C("not-nondx-neuro-medverkade-mojligen-inte-fullt", "v_neuro_su", "1964-06-11", "502", "2024-10-22 13:00", [
    ("Aktuellt", "Uppföljning av Alzheimers sjukdom med tidig debut, diagnos ställd 2023 efter likvorprov med typisk biomarkörsprofil och MR med hippocampusatrofi. Maken följer med."),
    ("Läkemedel", "Donepezil 10 mg x 1, Sertralin 50 mg x 1."),
    ("Status", "AT: vänlig, något ordletande.\nNeurologiskt: inga fokala neurologiska bortfall.\nMoCA 18/30 (förra året 21/30). Pat medverkade möjligen inte fullt ut vid testningen då hon var trött efter resan."),
    ("Lab", "B12, folat och TSH normala i våras."),
    ("Bedömning", "Alzheimers sjukdom med långsam progress. Klarar fortsatt ADL med stöd av maken."),
    ("Planering", "Memantin 5 mg x 1 läggs till med upptrappning till 20 mg. Kontakt med demenssjuksköterska. Biståndsbedömning för dagverksamhet föreslås."),
], "not", "'medverkade möjligen inte fullt ut' concerns cooperation at testing", tpl="Mottagningsanteckning")

C("not-nondx-psyk-misstanker-att-pat-inte-tar-sertralin", "s_psyk_lund", "1990-11-08", "339", "2024-06-12 14:45", [
    ("Aktuellt", "Uppföljning av tvångssyndrom. Fortsatt kontrolltvång kring spis och dörrlås ca 3 timmar per dag. Går på KBT med exponering varannan vecka."),
    ("Läkemedel", "Sertralin 200 mg x 1."),
    ("Status", "Psykiskt status: vaken, klar och orienterad, god kontakt. Stämningsläge neutralt, affekt adekvat. Inga psykotiska symtom. Inga suicidtankar.\nY-BOCS 24 (för 3 månader sedan 25)."),
    ("Bedömning", "Tvångssyndrom med kontrolltvång, måttlig svårighetsgrad, utan förbättring sedan förra besöket. Misstänker att pat inte tar sertralinet regelbundet, uttagen på apoteket är glesa."),
    ("Planering", "Följsamheten diskuterad öppet, pat får dosett och påminnelse i mobilen. Ny Y-BOCS om 6 veckor."),
], "not", "'Misstänker att pat inte tar sertralinet' hedges adherence, not a diagnosis", tpl="Läkaranteckning")

C("not-nondx-barn-foraldrarna-kommer-troligen-tillbaka", "s_barn_hbg", "2022-03-15", "283", "2024-11-28 11:30", [
    ("Anamnes", "Pojke, {age} år, remitterad från BVC pga blekhet och Hb 88. Dricker mycket mjölk, ca en liter om dagen, äter lite annan mat. Utvecklas normalt."),
    ("Tidigare sjukdomar", "Född i fullgången tid. Frisk."),
    ("Status", "AT: pigg, blek.\nCor: RR, svagt funktionellt blåsljud 1/6.\nPulm: ua.\nBuk: mjuk, ingen förstorad lever eller mjälte.\nHud: inga petekier eller blåmärken.\nVikt och längd följer kurvan."),
    ("Lab", "Hb 86, MCV 62, ferritin 4, retikulocyter låga, CRP <1."),
    ("Bedömning", "Järnbristanemi pga högt mjölkintag."),
    ("Åtgärd", "Niferex droppar 30 mg x 1. Mjölken begränsas till 5 dl om dagen, kostråd givna. Föräldrarna kommer troligen tillbaka i morgon för ny provtagning, de ringer innan."),
], "not", "child under 13: 'kommer troligen tillbaka i morgon' is logistics", tpl="Mottagningsanteckning")

C("not-nondx-uro-urinodling-trol-kontaminerad", "v_uro_su", "1953-07-25", "720", "2024-03-13 10:40", [
    ("Aktuellt", "Remiss pga recidiverande cystiter, 5 episoder senaste året, alla behandlade på vårdcentralen med Selexid eller nitrofurantoin. Ingen feber vid episoderna, ingen makroskopisk hematuri."),
    ("Tidigare sjukdomar", "Menopaus vid 51 år. Hypertoni."),
    ("Läkemedel", "Enalapril 10 mg x 1."),
    ("Status", "Buk: mjuk, oöm.\nGyn: atrofisk vaginalslemhinna, inget descensus.\nResiduum 15 ml.\nCystoskopi: normal blåsa, inga stenar eller tumörer."),
    ("Lab", "Urinodlingen från idag är trol. kontaminerad med blandflora, ny odling tas med mittstråleteknik. Kreatinin 71."),
    ("Bedömning", "Recidiverande nedre urinvägsinfektioner hos postmenopausal kvinna med slemhinneatrofi, normal cystoskopi."),
    ("Planering", "Lokalt östrogen Vagifem två gånger i veckan. Metenamin (Hiprex) 1 g x 2 som profylax i 6 månader. Åter till vårdcentralen."),
], "not", "'Urinodlingen är trol. kontaminerad' concerns sample quality", tpl="Mottagningsanteckning")

C("not-nondx-onk-ev-dosreduktion-kapecitabin", "v_onk_jk", "1959-12-04", "466", "2024-05-30 11:50", [
    ("Aktuellt", "Adjuvant kapecitabin efter hemikolektomi hö för koloncancer stadium III, inför kur 4 av 8. Ont i handflatorna och fotsulorna med rodnad och sprickor sedan förra kuren."),
    ("Läkemedel", "Kapecitabin 1 000 mg/m2 x 2 dag 1-14, Primperan vb, Loperamid vb."),
    ("Status", "AT: gott, ECOG 0.\nHud: rodnad och fjällning i handflator och på fotsulor, små fissurer i fingertopparna, kan gå och greppa.\nBuk: mjuk, läkt ärr.\nMun: ingen mukosit."),
    ("Lab", "Hb 118, LPK 4,2, neutrofiler 2,3, TPK 190, bilirubin 18, kreatinin 69. CEA 2,4."),
    ("Bedömning", "Hand-fotsyndrom grad 2 av kapecitabin. Blodvärden tillåter fortsatt behandling."),
    ("Planering", "Kur 4 skjuts en vecka. Karbamidkräm 10 % två gånger dagligen. Ev. dosreduktion av kapecitabin till 75 % inför nästa kur om hand-fotsyndromet inte förbättras."),
], "not", "'Ev. dosreduktion' hedges a dose change; cancer and side effect are affirmed", tpl="Mottagningsanteckning")

C("not-nondx-geri-sannolikt-hemtjanst-tva-ganger", "s_med_trelleborg", "1936-10-18", "420", "2024-07-23 13:20", [
    ("Aktuellt", "Vårddag 9 efter höftfraktur hö opererad med halvprotes. Postoperativt delirium de första dagarna, nu hävt. Går med rollator i korridoren med stöd av en person."),
    ("Tidigare sjukdomar", "Hypertoni. Grå starr opererad. Förstoppning."),
    ("Läkemedel", "Alvedon 1 g x 3, Fragmin 5 000 E x 1 t.o.m. 4/8, Movicol 1 x 2, Amlodipin 5 mg x 1, Calcichew-D3 x 2."),
    ("Status", "AT: gott, orienterad till tid och rum.\nHö höft: torrt operationssår, ingen rodnad.\nCor: RR, inga blåsljud.\nPulm: ua.\nMMSE-SR 26/30."),
    ("Lab", "Hb 108, CRP 22, Na 136, kreatinin 74."),
    ("Bedömning", "Opererad höftfraktur hö, delirium hävt. Fallprevention och osteoporosbehandling behövs."),
    ("Planering", "Sannolikt behöver pat hemtjänst två gånger dagligen efter hemgång, vårdplanering med kommunen på torsdag. Alendronat 70 mg/vecka startas efter utskrivning. Hemrehabilitering."),
], "not", "'Sannolikt behöver pat hemtjänst' is a care-planning hedge", tpl="Läkaranteckning", setting="slutenvård")

C("not-nondx-inf-mojligen-missat-doser-rifinah", "s_inf_malmo", "1988-01-20", "611", "2024-09-19 10:00", [
    ("Aktuellt", "Behandlingsmånad 3 för lungtuberkulos, fullt känslig stam. Hostan har upphört, gått upp 4 kg. Var i Somalia på släktbesök i 3 veckor i augusti. Pat har möjligen missat ett par doser Rifinah under resan, han minns inte säkert."),
    ("Läkemedel", "Rifinah 300/150 mg 2 tabletter x 1, Pyridoxin 40 mg x 1."),
    ("Status", "AT: gott.\nPulm: normala andningsljud bilat, inga rassel eller ronki.\nLymfkörtlar: inga palpabla på hals eller i axiller.\nVikt 68 kg."),
    ("Lab", "ALAT 0,5, bilirubin 9, Hb 139, CRP 3. Sputumodling efter 2 månader negativ."),
    ("Bedömning", "Lungtuberkulos i fortsättningsfasen med god klinisk och mikrobiologisk respons."),
    ("Planering", "Fortsatt Rifinah t.o.m. december. Direkt observerad behandling via TB-sjuksköterska en gång i veckan under resten av behandlingen. Återbesök om 6 veckor."),
], "not", "'möjligen missat ett par doser' is about adherence", tpl="Mottagningsanteckning")

C("not-nondx-ogon-kunde-troligen-inte-fixera", "v_ogon_molndal", "1949-06-02", "378", "2024-02-20 09:35", [
    ("Aktuellt", "Kontroll av primärt öppenvinkelglaukom bilat. Använder dropparna morgon och kväll, inga biverkningar."),
    ("Tidigare sjukdomar", "Primärt öppenvinkelglaukom sedan 2018. Typ 2-diabetes utan retinopati vid senaste fotografering."),
    ("Läkemedel", "Xalatan 1 x 1 bilat, Azopt 1 x 2 bilat, Metformin 500 mg x 2."),
    ("Status", "Visus hö 0,8, vä 0,7.\nTryck 16/17 mmHg.\nFrämre segment: djupa främre kammare, klara linser.\nPapiller: cup/disc 0,7 hö, 0,8 vä, oförändrat jämfört med fotografering 2023.\nOCT: RNFL-förtunning inferiort bilat, oförändrad."),
    ("Undersökningar", "Synfält 24-2: pat kunde troligen inte fixera ordentligt, många fixationsförluster, varför undersökningen görs om vid nästa besök."),
    ("Bedömning", "Primärt öppenvinkelglaukom bilat, trycken i mål och stabil struktur på OCT."),
    ("Planering", "Oförändrad behandling. Nytt synfält och tryck om 4 månader."),
], "not", "'kunde troligen inte fixera' concerns cooperation at the visual field test", tpl="Mottagningsanteckning")

C("not-nondx-endo-insulindos-eventuelt-minskas-typo", "s_endo_malmo", "1999-04-11", "560", "2024-06-20 15:25", [
    ("Aktuellt", "Kontroll av typ 1-diabetes sedan 2008. Använder insulinpump och sensor. Ska cykla från Malmö till Stockholm under semestern i juli."),
    ("Läkemedel", "NovoRapid i pump, basal ca 18 E/dygn. Glukagon nässpray vid behov."),
    ("Status", "AT: gott.\nInjektionsställen: ua, inga lipohypertrofier.\nFötter: normal monofilament och vibrationskänsel, pulsar palpabla.\nBT 116/70, BMI 23."),
    ("Lab", "HbA1c 49, tid i målområde 71 %, tid under 3,9 mmol/l 3 %. Kreatinin 66, U-albumin/kreatinin <3, LDL 2,3, TSH 1,7."),
    ("Bedömning", "Typ 1-diabetes med god metabol kontroll, inga tecken på komplikationer."),
    ("Planering", "Insulindosen kan eventuelt behöva minskas under semestern då hon cyklar mycket, tillfällig basal 70 % genomgången. Extra kolhydrater med på cykeln. Nästa besök om 6 månader."),
], "not", "typo 'eventuelt' hedging an insulin dose; diabetes affirmed and complications negated", tpl="Mottagningsanteckning")
# ---------------------------------------------------------------------------
# MUST_NOT NL102: an instruction to rule something out, answered in the note (7)
# ---------------------------------------------------------------------------

C("not-ruleout-akut-dt-for-att-utesluta-blodning-waran", "v_akut_su", "1941-03-08", "457", "2024-05-11 14:50", [
    ("Anamnes", "Snubblade på mattan hemma i morse och slog huvudet i dörrkarmen. Ingen medvetslöshet, minns hela förloppet. Lätt huvudvärk, inget illamående. Står på Waran för mekanisk aortaklaff."),
    ("Tidigare sjukdomar", "Aortaklaffprotes (mekanisk) 2009. Hypertoni. Hypotyreos."),
    ("Läkemedel", "Waran enligt PK-schema, Metoprolol 50 mg x 1, Levaxin 100 mikrog x 1."),
    ("Status", "AT: opåverkad, GCS 15.\nHuvud: 3 cm svullnad och blåmärke vä panna, ingen sårskada.\nNeurologiskt: pupiller lika, ljusreaktion ua, inga fokala bortfall.\nCor: mekaniska klaffljud, RR.\nBT 150/84."),
    ("Lab", "PK(INR) 2,6, Hb 138, TPK 210."),
    ("Åtgärd", "Beställer DT hjärna för att utesluta intrakraniell blödning då pat står på Waran."),
    ("Röntgen", "DT hjärna: ingen intrakraniell blödning, ingen fraktur, mjukdelssvullnad frontalt vä."),
    ("Bedömning", "Skallskada utan medvetslöshet och utan intrakraniell blödning på DT. Waran fortsätter oförändrat."),
    ("Planering", "Hem med skriftlig information om varningstecken. Anhörig finns hemma första dygnet."),
], "not", "the order 'DT hjärna för att utesluta intrakraniell blödning' is answered by the CT in the same note", tpl="Akutanteckning", setting="akutmottagning")

C("not-ruleout-akut-troponin-nstemi-utesluten", "s_akut_lund", "1976-10-25", "531", "2024-09-14 15:35", [
    ("Anamnes", "Hugg i vä bröstkorgshalva sedan 2 dagar, värre vid rörelse och djupandning. Flyttade möbler i helgen. Ingen dyspné, ingen svettning, inga hjärtklappningar."),
    ("Tidigare sjukdomar", "Hyperlipidemi. Ej rökare."),
    ("Läkemedel", "Atorvastatin 20 mg x 1."),
    ("Status", "AT: opåverkad.\nThorax: reproducerbar palpationsömhet över costokondrala övergångar costa 3-4 vä.\nCor: RR, inga blåsljud, frekv 70.\nPulm: vesikulärt bilat.\nBT 134/86, SpO2 99 %."),
    ("EKG", "Sinusrytm 68/min, normala ST-sträckor, oförändrat mot EKG från 2022."),
    ("Planering", "Troponin x 2 tas för att utesluta NSTEMI."),
    ("Lab", "TnT 8 ng/L och efter 3 timmar 8 ng/L, NSTEMI utesluten. Hb 147, CRP 2, D-dimer <0,27."),
    ("Bedömning", "Muskuloskeletal bröstsmärta med palpationsömhet över costokondrala övergångar efter tunga lyft."),
    ("Åtgärd", "Hem med NSAID i en vecka. Åter vid ändrad smärtkaraktär eller andfåddhet."),
], "not", "troponin ordered 'för att utesluta NSTEMI' and the note records NSTEMI as excluded", tpl="Akutanteckning", setting="akutmottagning")

C("not-ruleout-akut-d-dimer-le-avskrivs", "v_akut_skovde", "1986-05-29", "644", "2024-02-22 18:20", [
    ("Anamnes", "Förkyld med hosta sedan 10 dagar. Idag huggande smärta i hö sida när hon hostar eller andas djupt. Ingen tidigare trombos, inga p-piller, inga långresor."),
    ("Tidigare sjukdomar", "Frisk."),
    ("Status", "AT: opåverkad.\nCor: RR, inga blåsljud, frekv 84.\nPulm: vesikulärt bilat, inga biljud, ingen gnidning.\nThorax: ömhet över intercostalmuskulaturen hö lateralt.\nBen: inga svullnader, vader mjuka.\nSpO2 98 %, AF 16, temp 37,2."),
    ("Planering", "Wells 1 p, D-dimer tas för att utesluta LE."),
    ("Lab", "D-dimer 0,31 (ref <0,5), LE avskrivs. CRP 14, Hb 131."),
    ("Bedömning", "Interkostal muskelsträckning efter långvarig hosta vid övre luftvägsinfektion."),
    ("Åtgärd", "Alvedon och Ipren, värmekudde. Informerad om att söka åter vid andnöd eller blodiga upphostningar."),
], "not", "D-dimer taken 'för att utesluta LE' and LE is written off in the Lab line", tpl="Akutanteckning", setting="akutmottagning")

C("not-ruleout-ort-slatrontgen-for-att-utesluta-fraktur", "s_ort_hassleholm", "2001-08-31", "371", "2024-06-08 12:55", [
    ("Anamnes", "Trampade snett på en rot under orientering igår, vrickade vä fot inåt. Kunde gå med stöd efteråt. Svullnad utsida fotleden."),
    ("Tidigare sjukdomar", "Frisk. Inga tidigare fotledsskador."),
    ("Status", "Vä fotled: svullnad och blåmärke lateralt, ömhet över främre talofibulära ligamentet. Ömhet vid bakre kanten av laterala malleolen. Basen av MT V oöm, naviculare oömt. Distalstatus ua.\nHö fot ua."),
    ("Åtgärd", "Slätröntgen vä fotled för att utesluta fraktur enligt Ottawa-reglerna."),
    ("Röntgen", "Slätröntgen vä fotled: ingen fraktur, mjukdelssvullnad lateralt, normal ledkongruens."),
    ("Bedömning", "Lateral fotledsdistorsion vä, grad 2."),
    ("Planering", "Fotledsortos i 4 veckor, belastning efter förmåga. Balansträning enligt instruktion. Åter vid utebliven förbättring."),
], "not", "X-ray ordered 'för att utesluta fraktur' and answered: ingen fraktur", tpl="Akutanteckning", setting="akutmottagning")

C("not-ruleout-barn-urinsticka-for-att-utesluta-uvi", "v_barn_dsbus", "2022-08-20", "300", "2024-04-13 11:05", [
    ("Anamnes", "Flicka, {age} år, med hög feber upp till 40,2 i tre dagar utan andra symtom. Feberfri sedan i natt, i morse röda prickar på magen och ryggen. Äter och dricker bra."),
    ("Tidigare sjukdomar", "Frisk. Följer vaccinationsprogrammet."),
    ("Status", "AT: pigg, lekfull.\nHud: små rosa makulopapler på bål och nacke, bleknar vid tryck.\nÖron: trumhinnor ua bilat.\nSvalg: ua.\nCor: RR, inga blåsljud.\nPulm: ua.\nBuk: mjuk, oöm.\nNacke: mjuk."),
    ("Planering", "Urinsticka och urinodling för att utesluta UVI."),
    ("Lab", "Urinsticka: nitrit neg, leukocyter neg, UVI bedöms utesluten. CRP 6."),
    ("Bedömning", "Exanthema subitum (tredagarsfeber) med typiskt förlopp."),
    ("Åtgärd", "Ingen behandling behövs. Föräldrarna informerade om att utslagen försvinner av sig själva."),
], "not", "child under 13: the rule-out of UVI is answered by the urine dipstick", tpl="Akutanteckning", setting="akutmottagning")

C("not-ruleout-neuro-lp-for-att-utesluta-sab", "s_neuro_lund", "1980-07-17", "335", "2024-03-02 16:40", [
    ("Anamnes", "Två episoder av plötslig, mycket intensiv bakhuvudvärk under samlag senaste veckan, maximal inom en minut och avklingande på en timme. Ingen nackstelhet, ingen medvetandepåverkan, inga kräkningar."),
    ("Tidigare sjukdomar", "Hypertoni, välbehandlad."),
    ("Läkemedel", "Candesartan 8 mg x 1."),
    ("Status", "AT: gott.\nNeurologiskt: kranialnerver ua, kraft, sensibilitet och koordination ua, ingen nackstelhet. Fundus: skarpa papiller.\nBT 136/84."),
    ("Röntgen", "DT hjärna och DT-angiografi tagna 7 timmar efter debuten: ingen blödning, inga aneurysm, inga kärlförträngningar."),
    ("Åtgärd", "LP utförd för att utesluta SAB trots normal DT, då huvudvärken debuterade som åskknall."),
    ("Lab", "Likvor: inga erytrocyter, ingen xantokromi, normalt protein och celltal."),
    ("Bedömning", "Primär huvudvärk associerad med sexuell aktivitet."),
    ("Planering", "Propranolol 40 mg före samlag vid behov. Informerad om att söka akut vid ny åskknallshuvudvärk."),
], "not", "LP done 'för att utesluta SAB' with normal CSF in the same note", tpl="Mottagningsanteckning")

C("not-ruleout-med-tsh-for-att-utesluta-hypotyreos", "v_med_nal", "1969-09-26", "253", "2024-12-12 10:55", [
    ("Aktuellt", "Trött dagtid sedan ett år, somnar i soffan och en gång vid rödljus. Hustrun beskriver kraftiga snarkningar och andningsuppehåll."),
    ("Tidigare sjukdomar", "Hypertoni. Fetma BMI 34."),
    ("Läkemedel", "Amlodipin 10 mg x 1, Losartan 50 mg x 1."),
    ("Status", "AT: gott, kort tjock hals.\nSvalg: trångt, Mallampati 3.\nCor: RR, inga blåsljud.\nPulm: ua.\nThyreoidea: ua.\nBT 146/92.\nEpworth 15 p."),
    ("Planering", "TSH kontrolleras för att utesluta hypotyreos som orsak till tröttheten."),
    ("Lab", "TSH 1,9, normalt. Hb 152, HbA1c 39, kreatinin 80."),
    ("Undersökningar", "Polygrafi: AHI 32, ODI 29, lägsta saturation 81 %."),
    ("Bedömning", "Obstruktivt sömnapnésyndrom, måttligt till svårt."),
    ("Åtgärd", "CPAP-utprovning via lungmottagningen. Körförbud tills behandlingen har effekt, pat informerad enligt Transportstyrelsens krav. Viktnedgång rekommenderas."),
], "not", "TSH taken 'för att utesluta hypotyreos' and reported normal in the Lab line", tpl="Mottagningsanteckning")

# ---------------------------------------------------------------------------
# MUST_NOT NL102: hedged diagnosis in a PMO note (Skåne primary care) (8)
# ---------------------------------------------------------------------------

C("not-pmo-vc-trolig-pnemoni-typo", "p_vc_kirseberg", "1947-01-14", "413", "2024-01-17 10:30", [
    ("Anamnes", "Hosta med gult slem och feber sedan 5 dagar, i natt frossa. Ont i vä sida vid djupandning. Ingen tidigare lungsjukdom."),
    ("Tidigare sjukdomar", "Hypertoni. Typ 2-diabetes."),
    ("Läkemedel", "Metformin 500 mg x 2, Enalapril 10 mg x 1."),
    ("Status", "AT: lätt påverkad.\nCor: RR, frekv 96.\nPulm: nedsatt andningsljud och krepitationer vä basalt.\nSpO2 94 %, AF 22, BT 138/80, temp 38,6.\nCRB-65: 1 p (ålder)."),
    ("Lab", "CRP 168, LPK 14,1, P-glukos 11."),
    ("Bedömning", "Trolig pnemoni vä basalt."),
    ("Åtgärd", "Kåvepenin 1 g x 3 i 7 dagar. Informerad om att söka akut vid andnöd eller förvirring. Telefonuppföljning om 2 dagar."),
], "not", "PMO never shows diagnoses: typo 'Trolig pnemoni' in a vårdcentral note", tpl="Besök läkare")

C("not-pmo-vc-misstankt-hypotyreos", "p_vc_eslov", "1970-05-16", "528", "2024-03-01 14:05", [
    ("Aktuellt", "Trötthet och frusenhet sedan i höstas, gått upp 4 kg, torr hud och förstoppning. Menstruationerna har blivit rikligare."),
    ("Tidigare sjukdomar", "Migrän. Två partus."),
    ("Läkemedel", "Rizatriptan vb."),
    ("Status", "AT: gott.\nThyreoidea: lätt förstorad, oöm, inga knutor.\nCor: RR, frekv 58.\nHud: torr.\nReflexer: lätt fördröjd relaxationsfas."),
    ("Lab", "TSH 8,2, Hb 121, ferritin 28."),
    ("Bedömning", "Misstänkt hypotyreos, fritt T4 och TPO-ak inväntas."),
    ("Åtgärd", "Kompletterande prover tagna. Telefonkontakt med svar nästa vecka, därefter ställningstagande till Levaxin."),
], "not", "PMO vårdcentral note with 'Misstänkt hypotyreos'", tpl="Besök läkare")

C("not-pmo-bvc-misstankt-komjolksproteinallergi", "p_bvc_landskrona", "2024-01-06", "142", "2024-09-03 09:30", [
    ("Anamnes", "Flicka, 8 månader, som sedan övergång till välling har eksem i ansiktet, kräks efter målen och har slemmig avföring. Helammades till 6 månaders ålder utan problem."),
    ("Tidigare sjukdomar", "Född i vecka 39, normal nyföddhetsperiod."),
    ("Status", "AT: pigg, social, god kontakt.\nHud: torrt rodnat eksem på kinderna.\nBuk: mjuk, oöm.\nVikt 7,9 kg, har fallit från +0,5 till -0,3 SD sedan förra kontrollen."),
    ("Bedömning", "Misstänkt komjölksproteinallergi."),
    ("Åtgärd", "Vällingen byts till Nutramigen. Mjölkfri kost. Ny vägning på BVC om 2 veckor, därefter återintroduktion enligt rutin."),
], "not", "PMO BVC note (child under 13) with 'Misstänkt komjölksproteinallergi'", tpl="BVC-läkarbesök")

C("not-pmo-um-mojlig-klamydiainfektion", "p_um_lund", "2007-02-19", "506", "2024-10-30 15:40", [
    ("Aktuellt", "Kommer efter att ha blivit smittspårad, tidigare partner har testat positivt för klamydia. Lätt ökade flytningar senaste veckan, ingen buksmärta, ingen feber."),
    ("Tidigare sjukdomar", "Frisk."),
    ("Läkemedel", "P-stav Nexplanon sedan 2023."),
    ("Status", "AT: gott.\nGyn: portio lätt rodnad, lite grumliga flytningar, ingen rörelseömhet.\nBuk: mjuk, oöm."),
    ("Bedömning", "Möjlig klamydiainfektion med tanke på partnerns positiva prov."),
    ("Åtgärd", "Klamydia- och gonorré-PCR tagen. Doxyferm 100 mg x 2 i 7 dagar enligt smittspårningsrutin. Information om avhållsamhet och smittspårning given."),
], "not", "PMO ungdomsmottagning note with 'Möjlig klamydiainfektion'", tpl="Besök läkare")

C("not-pmo-vc-paroxysmalt-ff-fragetecken", "p_vc_hoor", "1966-09-01", "391", "2024-08-07 11:15", [
    ("Aktuellt", "Episoder med snabb oregelbunden hjärtklappning i 1-2 timmar, tre gånger senaste månaden. Ingen svimning, ingen bröstsmärta."),
    ("Tidigare sjukdomar", "Hypertoni. Obstruktiv sömnapné med CPAP."),
    ("Läkemedel", "Losartan 50 mg x 1."),
    ("Status", "AT: gott.\nCor: RR, frekv 68, inga blåsljud.\nPulm: ua.\nBT 142/86."),
    ("Lab", "TSH 1,5, Hb 150, K 4,0, kreatinin 82."),
    ("EKG", "Sinusrytm, normal PQ och QTc."),
    ("Bedömning", "Paroxysmalt förmaksflimmer? CHA2DS2-VASc 1 p."),
    ("Åtgärd", "Långtids-EKG 7 dagar beställt. Återbesök när registreringen är klar."),
], "not", "PMO note: 'Paroxysmalt förmaksflimmer?' never reaches 1177", tpl="Besök läkare", draft=True)

C("not-pmo-hemsjukvard-misstankt-trycksar", "p_hsv_hbg", "1933-11-24", "440", "2024-12-05 10:20", [
    ("Aktuellt", "Hembesök. Undersköterska från hemtjänsten har sett rodnad på hö häl. Pat ligger mycket i sängen sedan lunginflammationen i november."),
    ("Tidigare sjukdomar", "Hjärtsvikt. Demens av Alzheimertyp. Typ 2-diabetes."),
    ("Läkemedel", "Enligt ordinationslista, oförändrad."),
    ("Status", "Hö häl: 3 x 2 cm rodnad som inte bleknar vid tryck med en liten ytlig blåsa centralt. Vä häl ua.\nSakrum: ua, intakt hud.\nRiskbedömning enligt Norton 12 p."),
    ("Bedömning", "Misstänkt trycksår kategori 2 på hö häl."),
    ("Åtgärd", "Hälavlastning med kudde under vaderna, tryckavlastande madrass beställd. Mepilex Border Heel. Vändschema till hemtjänsten. Ny bedömning om 3 dagar."),
], "not", "PMO hemsjukvård note by a nurse with 'Misstänkt trycksår'", tpl="Omvårdnadsanteckning", role="sjuksköterska")

C("not-pmo-vc-sannolikt-depressiv-episod", "p_vc_simrishamn", "1980-04-28", "624", "2024-11-14 13:10", [
    ("Aktuellt", "Nedstämdhet och orkeslöshet i 2 månader efter att ha blivit uppsagd. Sover dåligt, vaknar tidigt. Ingen tidigare psykisk ohälsa."),
    ("Socialt", "Gift, två tonårsbarn. AUDIT 4 p."),
    ("Läkemedel", "Inga."),
    ("Status", "Psyk status: vaken, orienterad x 3, god kontakt. Stämningsläge sänkt, affekt dämpad. Inga psykotiska symtom. Inga suicidtankar.\nMADRS-S 24."),
    ("Lab", "TSH 2,0, Hb 135, B12 normalt."),
    ("Bedömning", "Sannolikt depressiv episod av medelsvår grad."),
    ("Åtgärd", "Remiss till vårdcentralens psykolog. Sertralin 50 mg x 1 diskuterat, pat vill först prova samtal. Ny kontakt om 3 veckor."),
], "not", "PMO vårdcentral note with 'Sannolikt depressiv episod'", tpl="Besök läkare")

C("not-pmo-vc-pmr-kan-inte-uteslutas", "p_vc_tomelilla", "1950-12-19", "351", "2024-02-28 09:50", [
    ("Aktuellt", "Stelhet och värk i axlar och höfter sedan 6 veckor, värst på morgonen. Svårt att ta sig ur sängen. Ingen huvudvärk eller synpåverkan."),
    ("Tidigare sjukdomar", "Hypertoni. Prostatahyperplasi."),
    ("Läkemedel", "Amlodipin 5 mg x 1, Tamsulosin 0,4 mg x 1."),
    ("Status", "AT: gott.\nLeder: smärtsam aktiv abduktion i axlarna bilat, inga synoviter.\nTemporalartärer: oömma, normal puls."),
    ("Lab", "SR 46, CRP 32, Hb 131, CK 88, TSH 1,8."),
    ("Bedömning", "Polymyalgia reumatika kan inte uteslutas."),
    ("Åtgärd", "Provbehandling Prednisolon 15 mg x 1 i en vecka, därefter telefonkontakt om effekten."),
], "not", "PMO vårdcentral note with 'Polymyalgia reumatika kan inte uteslutas'", tpl="Besök läkare")

# ---------------------------------------------------------------------------
# MUST_NOT NL102: the hedge is inside a protected template (Skåne) or sökord (VGR) (7)
# ---------------------------------------------------------------------------

C("not-prot-skane-tidiga-hypoteser-pankreascancer", "s_med_hbg", "1955-03-23", "199", "2024-07-02 16:10", [
    ("Bakgrund", "Inlagd för smärtfri ikterus sedan en vecka, ljus avföring och mörk urin. Viktnedgång 6 kg på 3 månader."),
    ("Lab", "Bilirubin 186, ALP 9,4, ALAT 3,2, CA 19-9 840."),
    ("Röntgen", "DT buk: 28 mm lågattenuerande förändring i pankreashuvudet med vidgade gallgångar och vidgad ductus pancreaticus, ingen levermetastasering."),
    ("Bedömning", "Misstänkt pankreascancer. Vävnadsdiagnos saknas ännu och pat har inte fått besked om detta."),
    ("Planering", "EUS med biopsi och ERCP med stent. Besked ges vid läkarsamtal när PAD föreligger, kontaktsjuksköterska bokas då."),
], "not", "Skåne template 'Tidiga hypoteser' is filtered, so the hedged pankreascancer is not visible", tpl="Tidiga hypoteser", setting="slutenvård")

C("not-prot-skane-tidiga-hypoteser-trol-ftd", "s_neuro_lund", "1962-01-30", "417", "2024-09-09 15:20", [
    ("Bakgrund", "Hustrun beskriver vid separat samtal 2 års personlighetsförändring: hämningslöshet, tvångsmässigt ätande av sötsaker och minskad empati. Pat själv upplever inga problem."),
    ("Status", "Neurologiskt: ua, inga primitiva reflexer utom positiv palmomental reflex bilat.\nMoCA 25/30 med nedsatt ordflöde.\nFAB 12/18."),
    ("Röntgen", "MR hjärna: frontal och främre temporal atrofi, mest uttalad hö."),
    ("Bedömning", "Trol. frontotemporal demens av beteendevariant. Bedömningen är inte kommunicerad med pat, som saknar sjukdomsinsikt."),
    ("Planering", "Neuropsykologisk utredning och FDG-PET innan besked. Samtal med pat och hustru gemensamt efter utredningen."),
], "not", "Skåne template 'Tidiga hypoteser': the hedged FTD is protected", tpl="Tidiga hypoteser")

C("not-prot-skane-tidiga-hypoteser-mojlig-schizofreni", "s_psyk_lund", "2001-11-03", "555", "2024-10-17 11:40", [
    ("Bakgrund", "Föräldrarna har kontaktat mottagningen med oro för tilltagande isolering, avbrutna studier och udda uttalanden om att grannarna 'sänder signaler'."),
    ("Status", "Psykiskt status: vaken, orienterad till tid och rum. Affektplan, sparsam kontakt. Tankegång delvis löst associerad. Förnekar hallucinationer men tittar ibland mot fönstret under samtalet. Inga suicidtankar."),
    ("Bedömning", "Möjlig begynnande schizofreni i prodromalfas. Hypotesen har inte diskuterats med pat då allians först behöver byggas."),
    ("Planering", "Tätare besök hos samma läkare och sjuksköterska. PANSS vid nästa besök. Drogscreening erbjuds."),
], "not", "Skåne template 'Tidiga hypoteser' in adult psychiatry: possible schizophrenia is protected", tpl="Tidiga hypoteser")

C("not-prot-vgr-sokord-tidiga-hypoteser-huntington", "v_neuro_su", "1984-04-01", "331", "2024-04-24 14:25", [
    ("Aktuellt", "Remiss från vårdcentralen pga ofrivilliga rörelser i händer och ansikte sedan ett år, klumpighet och svårt att koncentrera sig på jobbet."),
    ("Tidigare sjukdomar", "Depression 2020, behandlad med sertralin. Adopterad, biologisk släkthistoria okänd."),
    ("Läkemedel", "Sertralin 100 mg x 1."),
    ("Status", "AT: gott.\nNeurologiskt: korta oregelbundna ryckiga rörelser i fingrar och ansikte, nedsatt saccadhastighet, svårt att hålla ut tungan. Kraft och reflexer ua, Babinski neg.\nMoCA 26/30."),
    ("Röntgen", "MR hjärna: lätt atrofi av nucleus caudatus bilat."),
    ("Tidiga hypoteser", "Misstänkt Huntingtons sjukdom. Gentest kräver genetisk vägledning först och hypotesen har ännu inte tagits upp med pat."),
    ("Planering", "Remiss till klinisk genetik för vägledning. Återbesök om 4 veckor tillsammans med sambon."),
], "not", "VGR sökord 'Tidiga hypoteser' holds the only hedge; the other sections describe without hedging", tpl="Läkaranteckning")

C("not-prot-vgr-sokord-tidiga-hypoteser-myelom", "v_med_alingsas", "1950-08-27", "459", "2024-08-15 13:30", [
    ("Aktuellt", "Uppföljning av anemi och ryggvärk. Trött sedan i våras, värk i bröstryggen som inte släpper."),
    ("Tidigare sjukdomar", "Hypertoni. Knäplastik hö 2019."),
    ("Läkemedel", "Amlodipin 5 mg x 1, Alvedon 1 g x 4."),
    ("Status", "AT: trött men opåverkad.\nCor: RR, inga blåsljud.\nPulm: ua.\nRygg: knackömhet över Th8.\nLymfkörtlar: ua."),
    ("Lab", "Hb 96, Ca 2,71, kreatinin 138, totalprotein 92, albumin 33. M-komponent IgG kappa 38 g/L. Fria lätta kedjor: kvot kappa/lambda 46."),
    ("Tidiga hypoteser", "Sannolikt myelom med anemi, hyperkalcemi och njurpåverkan. Benmärgsprov och helkropps-DT först innan detta kommuniceras."),
    ("Planering", "Benmärgsprov nästa vecka. Helkropps-DT med lågdos. Rikligt dryck, Ca och kreatinin om en vecka."),
], "not", "VGR sökord 'Tidiga hypoteser' holds the hedged myelom; lab lines report values only", tpl="Läkaranteckning")

C("not-prot-vgr-sokord-tidiga-hypoteser-peritoneal-carcinos", "v_kir_skas", "1960-02-12", "688", "2024-11-07 12:15", [
    ("Aktuellt", "Tilltagande bukomfång och mättnadskänsla sedan 6 veckor. Aptitlös, viktnedgång 5 kg."),
    ("Tidigare sjukdomar", "Hysterektomi 2004 pga myom. Hypotyreos."),
    ("Läkemedel", "Levaxin 75 mikrog x 1."),
    ("Status", "AT: avmagrad, opåverkad.\nBuk: utspänd, flytande dämpning i flankerna, oöm, inga palpabla resistenser.\nPulm: nedsatt andningsljud hö basalt.\nBen: lätta ödem."),
    ("Lab", "CA-125 1 240, Hb 112, albumin 28, CRP 24."),
    ("Röntgen", "DT thorax-buk: rikligt med ascites, oment förtjockat, pleuravätska hö."),
    ("Tidiga hypoteser", "Misstänkt peritoneal carcinos, primärtumör oklar. Ej kommunicerat, invänta cytologi och MDK."),
    ("Planering", "Ascitestappning med cytologi imorgon. Gynonkologisk bedömning. Tas upp på MDK nästa vecka."),
], "not", "VGR sökord 'Tidiga hypoteser' holds misstänkt peritoneal carcinos; Röntgen reports findings only", tpl="Läkaranteckning", setting="slutenvård", draft=True)

C("not-prot-vgr-sokord-valdsutsatthet-trolig-revbensfraktur", "v_akut_su", "1993-07-04", "440", "2024-06-29 02:40", [
    ("Anamnes", "Söker pga smärta i vä bröstkorgshalva sedan i kväll, värre vid djupandning och hosta. Ingen dyspné."),
    ("Tidigare sjukdomar", "Frisk."),
    ("Läkemedel", "Inga."),
    ("Status", "AT: opåverkad, lågmäld.\nThorax: palpationsömhet över costa 7-8 vä lateralt, ingen krepitation.\nPulm: vesikulärt andningsljud bilat, inga biljud.\nBuk: mjuk, oöm.\nSpO2 99 %."),
    ("Röntgen", "Lungröntgen: ingen pneumothorax, ingen pleuravätska."),
    ("Våldsutsatthet i nära relationer", "Pat berättar att sambon slog henne med knytnäven mot sidan i kväll och att det hänt förut. Trolig revbensfraktur vä costa 7-8 efter slaget. Pat vill inte att detta ska synas på 1177. Information om kvinnojour och polisanmälan lämnad."),
    ("Bedömning", "Kontusion vä thorax, ingen pneumothorax."),
    ("Åtgärd", "Alvedon och Ipren. Kuratorskontakt via akuten imorgon. Uppföljning på vårdcentralen om en vecka."),
], "not", "VGR sökord 'Våldsutsatthet i nära relationer' holds the hedged revbensfraktur; the visible Bedömning is affirmed", tpl="Akutanteckning", setting="akutmottagning")

# ---------------------------------------------------------------------------
# MUST_NOT NL102: long plain notes, no hedge at all (4)
# ---------------------------------------------------------------------------

C("not-none-onh-kronisk-rinosinuit-med-polyper", "v_onh_su", "1971-10-29", "579", "2024-03-07 11:15", [
    ("Aktuellt", "Kontroll av kronisk rinosinuit med näspolyper, opererad med FESS 2021. Nästäppan har åter ökat sedan i höstas, luktsinnet nästan borta. Astma och ASA-intolerans."),
    ("Läkemedel", "Nasonex 2 sprayningar x 2, Symbicort 160/4,5 2 inh x 2, Aerius 5 mg x 1."),
    ("Status", "Näsa: polyper grad 2 bilat, mycket segt sekret.\nÖron: normala trumhinnor bilat.\nMunhåla och svalg: ua.\nHals: inga förstorade körtlar.\nSNOT-22 58 p."),
    ("Lab", "Eosinofiler 0,9, total-IgE 280."),
    ("Bedömning", "Kronisk rinosinuit med näspolyper (CRSwNP) med recidiv efter kirurgi och nasala steroider, med astma och ASA-intolerans."),
    ("Planering", "Prednisolonkur 25 mg i 7 dagar. Ansökan om dupilumab enligt regional riktlinje. Koksaltsköljning dagligen. Återbesök om 3 månader."),
], "not", "plain ÖNH follow-up: affirmed chronic diagnoses, no hedge anywhere", tpl="Mottagningsanteckning")

C("not-none-reuma-ankyloserande-spondylit-biologiskt", "s_reuma_lund", "1985-06-22", "213", "2024-05-09 10:25", [
    ("Aktuellt", "Årlig kontroll av ankyloserande spondylit, HLA-B27 positiv, diagnos 2014. Behandlas med adalimumab sedan 2019. Mår bra, lätt morgonstelhet 15 minuter, tränar på gym tre gånger i veckan."),
    ("Tidigare sjukdomar", "Främre uveit hö 2016 och 2018, inga skov sedan biologisk behandling startade."),
    ("Läkemedel", "Amgevita 40 mg s.c. varannan vecka."),
    ("Status", "AT: gott.\nRygg: Schober 4 cm, fingergolvavstånd 12 cm, bröstexpansion 5 cm.\nLeder: inga perifera synoviter, ingen entesit vid hälsenor.\nÖgon: ej röda.\nHud: inga utslag."),
    ("Lab", "CRP 2, SR 8, Hb 150, ALAT 0,4, kreatinin 84."),
    ("Bedömning", "Ankyloserande spondylit i låg sjukdomsaktivitet, BASDAI 1,4, ASDAS-CRP 1,1."),
    ("Planering", "Fortsatt Amgevita. Årskontroll med lab. Kontakt med ögonakuten direkt vid rött öga."),
], "not", "plain rheumatology follow-up with scores and lab, no hedge", tpl="Mottagningsanteckning")

C("not-none-endo-addisons-sjukdom-arskontroll", "v_endo_su", "1978-12-08", "606", "2024-11-26 14:35", [
    ("Aktuellt", "Årskontroll av primär binjurebarksvikt (Addisons sjukdom) sedan 2015, autoimmun genes. Inga kriser senaste året. Dubblade dosen vid influensa i februari enligt instruktion."),
    ("Tidigare sjukdomar", "Hashimotos tyreoidit. Vitiligo."),
    ("Läkemedel", "Hydrokortison 10 mg + 5 mg + 5 mg, Florinef 0,1 mg x 1, Levaxin 100 mikrog x 1. Solu-Cortef 100 mg hemma för akut bruk."),
    ("Status", "AT: gott.\nHud: vitiligo på händer, ingen hyperpigmentering.\nBT liggande 122/76, stående 118/78.\nVikt 64 kg, oförändrad."),
    ("Lab", "Na 139, K 4,2, renin normalt, TSH 1,6, Hb 132, B12 410, P-glukos 5,2."),
    ("Bedömning", "Addisons sjukdom, välsubstituerad. Hashimotos tyreoidit, välsubstituerad."),
    ("Planering", "Oförändrade doser. Repetition av stressdosering och kortisonkort. Solu-Cortef förnyat. Nästa kontroll om ett år."),
], "not", "plain endocrine follow-up with two affirmed autoimmune diagnoses", tpl="Mottagningsanteckning")

C("not-none-ogon-vat-amd-injektion", "s_ogon_lund", "1943-07-15", "528", "2024-10-29 08:15", [
    ("Aktuellt", "Behandlas för våt åldersrelaterad makuladegeneration vä öga sedan 2022 med injektioner var 8:e vecka. Upplever synen stabil, läser tidningen med förstoringsglas."),
    ("Tidigare sjukdomar", "Torr AMD hö öga. Kataraktoperation bilat 2019. Förmaksflimmer."),
    ("Läkemedel", "Eylea intravitrealt vä öga, Eliquis 2,5 mg x 2, Bisoprolol 2,5 mg x 1."),
    ("Status", "Visus hö 0,3, vä 0,5.\nTryck 14/15.\nFrämre segment: pseudofaki bilat, ua.\nFundus vä: inga nya blödningar.\nOCT vä: torr makula, ingen intraretinal eller subretinal vätska. Hö: drusen, oförändrat."),
    ("Bedömning", "Våt AMD vä öga, inaktiv på nuvarande intervall."),
    ("Åtgärd", "Eylea 2 mg intravitrealt vä öga given idag under sterila förhållanden, utan komplikationer. Intervallet förlängs till 10 veckor."),
], "not", "plain eye note with an injection, affirmed diagnoses and no hedge", tpl="Mottagningsanteckning")

# ---------------------------------------------------------------------------
# Extra ordinary sections (social history, allergies, information ...) that make the
# notes as long as real ones. None of them holds a hedge. Each op is
#   ("after", anchor_keyword, keyword, text)  insert a section after the anchor
#   ("end", keyword, text)                    append a section at the end
#   ("append", keyword, text)                 add a line to an existing section
# ---------------------------------------------------------------------------

EXTRA = {
    "must-neuro-ms-stark-misstanke": [
        ("after", "Anamnes", "Socialt", "Arbetar som lärare på mellanstadiet, bor med sambo i Lund. Röker inte, dricker alkohol sparsamt. Cyklar till jobbet."),
        ("end", "Information", "Skriftlig information om lumbalpunktion lämnad. Pat har fått direktnummer till MS-sjuksköterskan."),
    ],
    "must-ort-ockult-collumfraktur-kan-ej-uteslutas": [
        ("after", "Anamnes", "Socialt", "Gift, maken är 88 år och har egen hemtjänst. Två döttrar i Malmö. Klarar personlig hygien själv, får hjälp med städning varannan vecka."),
    ],
    "must-uro-jag-misstanker-prostatacancer": [
        ("after", "Hereditet", "Socialt", "Pensionerad brandman, gift, bor i villa i Partille. Slutade röka 1995. Spelar golf två gånger i veckan."),
        ("end", "Information", "Pat har fått skriftlig information om MR-undersökningen och om att svaret kommer per brev inom tre veckor."),
    ],
    "must-gyn-sammantaget-trolig-endometrios": [
        ("after", "Anamnes", "Socialt", "Arbetar som sjuksköterska med treskift, sambo sedan 4 år. Röker inte och snusar inte. Springer två gånger i veckan."),
        ("after", "Läkemedel", "Överkänslighet", "Penicillin gav utslag i barndomen."),
    ],
    "must-barn-kawasaki-inger-misstanke": [
        ("after", "Anamnes", "Socialt", "Bor med mamma, pappa och storasyster 7 år i Mölndal. Går på förskola där flera barn haft förkylning senaste veckan."),
    ],
    "must-psyk-bipolar-typ2-mojlig": [
        ("after", "Socialt", "Hereditet", "Morfar behandlades med litium under många år. Mor har haft återkommande depressioner."),
        ("end", "Information", "Pat informerad om tankegången och om att utredningen kommer att ta några besök."),
    ],
    "must-geri-trol-lewykroppsdemens": [
        ("after", "Anamnes", "Socialt", "Änka sedan 2019, bor i lägenhet i Kungälv, dottern handlar åt henne. Hemtjänst en gång om dagen för läkemedelsgivning."),
    ],
    "must-hud-status-misstankt-melanom": [
        ("after", "Hereditet", "Socialt", "Arbetar som byggnadsarbetare, mycket utomhus. Semester i Thailand varje vinter. Gift, tre barn."),
        ("end", "Information", "Pat har fått råd om solskydd och om egenkontroll av hudförändringar."),
    ],
    "must-ogon-fragetecken-jattecellsarteriit-typo": [
        ("after", "Läkemedel", "Socialt", "Bor med maken i radhus i Mölndal, kör bil dagligen. Pensionerad lågstadielärare."),
    ],
    "must-onh-schwannom-kan-inte-uteslutas": [
        ("after", "Anamnes", "Socialt", "Gift, två vuxna barn. Jobbar heltid i egen firma. Röker inte, snusar en dosa i veckan."),
        ("after", "Socialt", "Hereditet", "Fadern blev hörselnedsatt i hög ålder, i övrigt inga kända öronsjukdomar i släkten."),
        ("end", "Information", "Pat informerad om att MR-tiden skickas hem per brev och att han ska ringa mottagningen vid plötslig försämring av hörseln."),
    ],
    "must-inf-falciparummalaria-fragetecken": [
        ("after", "Tidigare sjukdomar", "Socialt", "Sambo, arbetar som busschaufför i Göteborg. Föräldrarna kommer från Uganda. Inga husdjur."),
    ],
    "must-endo-trol-graves-sjukom-typo": [
        ("after", "Tidigare sjukdomar", "Socialt", "Arbetar som frisör, gift, en dotter 5 år. Dricker alkohol någon gång i månaden."),
    ],
    "must-akut-wells-le-kan-ej-uteslutas": [
        ("after", "Tidigare sjukdomar", "Socialt", "Studerar ekonomi i Göteborg, bor i studentkorridor. Röker inte. Reste till Thailand med två väninnor."),
    ],
    "must-kir-diverikulit-fragetecken-typo": [
        ("after", "Läkemedel", "Socialt", "Arbetar som lastbilschaufför, gift. Röker 10 cigaretter om dagen. Ett par öl i helgerna."),
        ("after", "Socialt", "Överkänslighet", "Inga kända läkemedelsallergier."),
    ],
    "must-med-lofgren-differentialdiagnos-lymfom": [
        ("after", "Läkemedel", "Socialt", "Arbetar som elektriker, sambo och en son 3 år. Inga husdjur. Har inte rest utomlands senaste året."),
    ],
    "must-neuro-trolig-idiopatisk-parkinson": [
        ("after", "Läkemedel", "Socialt", "Pensionerad ingenjör, gift, bor i villa i Lerum. Sjunger i kör och kör fortfarande bil."),
    ],
    "must-kard-misstankt-perimyokardit": [
        ("after", "Aktuellt", "Socialt", "Studerar på Malmö universitet, spelar handboll i division 2. Bor ensam. Röker inte, inga droger."),
    ],
    "must-barn-trolig-coxitis-simplex": [
        ("after", "Tidigare sjukdomar", "Socialt", "Bor med föräldrar och lillebror i Lund. Går i förskoleklass, i klassen går förkylningar."),
    ],
    "must-psyk-mojlig-adhd-kombinerad": [
        ("after", "Tidigare sjukdomar", "Hereditet", "Morbror har dyslexi. Inga kända psykossjukdomar i släkten."),
    ],
    "must-inf-aktuellt-misstankt-spondylodiskit": [
        ("after", "Läkemedel", "Socialt", "Änkling, bor ensam i lägenhet på Rosengård, dottern hjälper till med inköp. Klarade sig utan hemtjänst före insjuknandet."),
    ],
    "must-uro-utlatande-suspekt-urotelial-cancer": [
        ("after", "Läkemedel", "Socialt", "Pensionerad industriarbetare, gift, bor i villa i Arlöv. Promenerar med hunden dagligen."),
        ("end", "Information", "Pat informerad om DT-fynden och om planerad uretäroskopi, maken var med vid samtalet."),
    ],
    "must-endo-missanke-primar-aldosteronism-typo": [
        ("after", "Läkemedel", "Socialt", "Arbetar som polis, gift, tre barn. Dricker lite alkohol, motionerar sällan. Äter inte lakrits."),
    ],
    "must-hud-pityriasis-rosea-dd-sekundar-syfilis": [
        ("after", "Läkemedel", "Socialt", "Studerar juridik, bor i lägenhet i Majorna. Röker inte. Fyra sexpartner senaste året enligt egen uppgift."),
        ("after", "Socialt", "Överkänslighet", "Inga kända."),
        ("end", "Information", "Pat informerad om att provsvaren kommer via 1177 och att partnern bör testa sig om något prov är positivt."),
    ],
    "must-ogon-susp-ablatio-bakom-blodning": [
        ("after", "Läkemedel", "Socialt", "Arbetar som systemutvecklare med mycket skärmarbete. Gift, två barn. Kör bil."),
        ("after", "Socialt", "Överkänslighet", "Ingen känd läkemedelsallergi."),
    ],
    "must-onh-diagnos-ev-mononukleos": [
        ("after", "Anamnes", "Socialt", "Går sista året på gymnasiet, spelar innebandy. Bor hemma hos föräldrarna i Askim."),
        ("after", "Läkemedel", "Överkänslighet", "Inga kända."),
        ("end", "Information", "Pat och mamma informerade om att tröttheten kan sitta i flera veckor och att hon ska vila från träning."),
    ],
    "must-gyn-ovarialtorsion-kan-inte-uteslutas": [
        ("after", "Läkemedel", "Socialt", "Arbetar som förskollärare, gift, barnen 4 och 7 år är hemma hos maken."),
    ],
    "must-kir-appendicit-inte-uteslutet": [
        ("after", "Anamnes", "Socialt", "Går på yrkesutbildning till elektriker, bor hos föräldrarna i Ängelholm. Spelar fotboll. Röker inte."),
        ("after", "Läkemedel", "Överkänslighet", "Inga kända."),
        ("end", "Information", "Pat och pappa informerade om observation över natten och att beslut om operation tas i morgon bitti."),
    ],
    "must-ort-diagnos-misstankt-scaphoideumfraktur": [
        ("after", "Tidigare sjukdomar", "Socialt", "Snickare, högerhänt. Sambo, inga barn. Cyklar till jobbet året runt."),
        ("after", "Socialt", "Överkänslighet", "Inga kända."),
        ("end", "Information", "Pat har fått skriftlig information om gipsvård och om att söka vid ökad svullnad eller domningar i fingrarna."),
    ],
    "must-med-lab-talar-starkt-for-celiaki": [
        ("after", "Läkemedel", "Socialt", "Arbetar som kassabiträde, gift, två vuxna barn. Röker inte. Äter blandad kost med bröd och pasta dagligen."),
    ],
    "must-neuro-misstankt-jme-epelepsi-typo": [
        ("after", "Läkemedel", "Socialt", "Studerar till socionom i Malmö, bor med sambo. Festar ibland i helgerna, inga droger. Kör bil till praktikplatsen."),
    ],
    "must-kard-aktuellt-remiss-misstankt-aortastenos": [
        ("after", "Läkemedel", "Socialt", "Pensionerad snickare, gift, bor i villa i Mölndal. Går promenader med hustrun. Slutade röka 1990."),
    ],
    "must-barn-misstankt-iga-vaskulit": [
        ("after", "Tidigare sjukdomar", "Socialt", "Bor med mamma, pappa och en äldre bror i Trollhättan. Går i förskola."),
    ],
    "must-psyk-trol-ptsd-efter-olycka": [
        ("after", "Socialt", "Hereditet", "Inga kända psykiatriska sjukdomar i släkten."),
        ("end", "Information", "Pat informerad om sjukskrivningens längd och om hur han når mottagningen vid försämring."),
    ],
    "must-minne-anamnes-remiss-misstankt-nph": [
        ("after", "Läkemedel", "Socialt", "Gift, bor i lägenhet på andra våningen med hiss i Limhamn. Hustrun sköter ekonomin. Ingen hemtjänst ännu."),
    ],
    "must-onk-rontgen-kan-tala-for-lokalrecidiv": [
        ("after", "Läkemedel", "Socialt", "Pensionerad lärare, gift. Sköter stomin själv. Reser gärna, senast till Kreta i maj."),
    ],
    "must-hud-diagnos-trol-basaliom": [
        ("after", "Läkemedel", "Socialt", "Lantbrukare i Svalöv, gift, tre vuxna barn. Använder keps men sällan solkräm."),
        ("after", "Socialt", "Överkänslighet", "Plåster ger klåda och rodnad."),
        ("end", "Information", "Pat har fått solskyddsråd och instruktion om hur Efaciel ska användas."),
    ],
    "must-inf-planering-lp-misstnake-neuroborrelios-typo": [
        ("after", "Läkemedel", "Socialt", "Arbetar som lärare, sambo. Har sommarstuga i skärgården och vistas mycket i skog och mark."),
        ("after", "Socialt", "Överkänslighet", "Inga kända läkemedelsallergier enligt pat."),
        ("end", "Information", "Pat informerad om hur lumbalpunktionen går till och har samtyckt muntligt."),
    ],
    "must-endo-kan-rora-sig-om-mikroprolaktinom": [
        ("after", "Läkemedel", "Socialt", "Arbetar som civilingenjör, gift sedan 2022. Röker inte. Motionerar tre gånger i veckan."),
        ("after", "Socialt", "Överkänslighet", "Inga kända."),
        ("end", "Information", "Pat informerad om att MR-kallelsen kommer via 1177 och att prolaktin följs upp efter undersökningen."),
    ],
    "must-akut-atgard-dt-pga-misstankt-dissektion": [
        ("after", "Läkemedel", "Socialt", "Arbetar på lager, sambo. Röker 20 cigaretter om dagen. Alkohol i helgerna."),
        ("after", "Socialt", "Överkänslighet", "Inga kända läkemedels- eller kontrastallergier."),
    ],
    "must-med-epikris-trolig-kol": [
        ("after", "Utskrivningsdiagnoser", "Socialt", "Bor ensam i lägenhet i Trelleborg och klarar sig själv. Röker 15 cigaretter om dagen."),
    ],
    # ------------------------------------------------------------------ must_not
    "not-akut-ingen-misstanke-om-sab": [
        ("after", "Anamnes", "Socialt", "Arbetar som projektledare på ett byggföretag, sambo och två små barn. Sovit 5-6 timmar per natt senaste månaden."),
    ],
    "not-kir-ingen-missanke-om-appendicit-typo": [
        ("after", "Anamnes", "Socialt", "Studerar på högskolan i Kristianstad, bor med flickvännen. Inga utlandsresor på sistone."),
        ("after", "Tidigare sjukdomar", "Överkänslighet", "Inga kända."),
        ("end", "Information", "Pat informerad om att dricka små mängder ofta och att söka igen vid blod i avföringen eller om han inte kan behålla vätska."),
    ],
    "not-ort-misstanke-korsband-foreligger-inte": [
        ("after", "Anamnes", "Socialt", "Arbetar som personlig tränare, spelar fotboll i division 4. Sambo."),
    ],
    "not-neuro-inget-som-talr-for-tia-typo": [
        ("after", "Läkemedel", "Socialt", "Arbetar som tandhygienist, gift, två barn. Röker inte."),
        ("after", "Socialt", "Hereditet", "Modern har migrän."),
    ],
    "not-med-inga-hallpunkter-for-malignitet": [
        ("after", "Läkemedel", "Socialt", "Arbetar som busschaufför, skild, en vuxen son. Slutade röka 2012. Dricker sällan alkohol."),
    ],
    "not-barn-ingen-misstanke-om-meningit": [
        ("after", "Tidigare sjukdomar", "Socialt", "Bor med mamma och pappa i Staffanstorp, går på förskola sedan i höstas."),
    ],
    "not-inf-legionella-kan-uteslutas": [
        ("after", "Läkemedel", "Socialt", "Arbetar som säljchef och reser mycket i tjänsten. Gift. Röker inte."),
    ],
    "not-gyn-endometriecancer-utesluten": [
        ("after", "Läkemedel", "Socialt", "Pensionerad sjukgymnast, gift, bor i Malmö."),
        ("after", "Socialt", "Överkänslighet", "Inga kända."),
    ],
    "not-psyk-inga-tecken-pa-psykos": [
        ("after", "Socialt", "Tidigare sjukdomar", "Astma. Ingen psykiatrisk vård tidigare."),
        ("end", "Information", "Pat informerad om biverkningar vid dosökning och om hur hon når mottagningen och den psykiatriska akutmottagningen."),
    ],
    "not-hud-misstanke-om-melanom-foreligger-ej": [
        ("after", "Tidigare sjukdomar", "Läkemedel", "Inga stående."),
        ("after", "Hereditet", "Socialt", "Arbetar som revisor, gift, två barn. Går inte på solarium."),
        ("end", "Information", "Pat har fått råd om egenkontroll av hudförändringar och om att söka vid nytillkomna eller snabbt växande fläckar."),
    ],
    "not-uro-ingen-misstanke-prostatacancer": [
        ("after", "Läkemedel", "Socialt", "Pensionerad lantbrukare, gift, bor i Veberöd."),
        ("end", "Information", "Pat informerad om biverkningar av tamsulosin, framför allt yrsel när han reser sig."),
    ],
    "not-onh-tekcen-pa-peritonsilit-saknas-typo": [
        ("after", "Anamnes", "Socialt", "Studerar till sjuksköterska och bor i korridor i Göteborg. Röker inte."),
        ("end", "Information", "Pat informerad om att det tar några dagar innan antibiotikan ger effekt och att hon kan återgå till studierna efter ett dygns behandling."),
    ],
    "not-geri-demens-kan-uteslutas": [
        ("after", "Läkemedel", "Socialt", "Änka sedan januari, bor kvar i villan i Landskrona. Två döttrar som hör av sig dagligen."),
    ],
    "not-fam-kard-far-trol-hjartinfarkt": [
        ("after", "Tidigare sjukdomar", "Socialt", "Arbetar som advokat, sambo. Tränar crossfit. Dricker alkohol i helgerna, inga droger."),
    ],
    "not-fam-neuro-mor-misstankt-als": [
        ("after", "Läkemedel", "Socialt", "Arbetar som ekonom, gift, två barn. Tränar yoga."),
    ],
    "not-fam-onk-moster-trol-ovarialcancer": [
        ("after", "Läkemedel", "Socialt", "Arbetar som arkitekt, gift, barnen är 8 och 11 år."),
        ("end", "Information", "Pat informerad om strålbehandlingens upplägg och om biverkningar av tamoxifen."),
    ],
    "not-fam-psyk-bror-sannolikt-adhd": [
        ("after", "Socialt", "Tidigare sjukdomar", "Frisk, inga tidigare psykiatriska kontakter."),
        ("end", "Information", "Pat informerad om att sertralin kan ge illamående och ökad oro de första veckorna."),
    ],
    "not-fam-barn-pappan-mojligen-celiaki": [
        ("after", "Tidigare sjukdomar", "Socialt", "Bor med mamma, pappa och lillebror i Uddevalla. Går i förskolan fem dagar i veckan."),
    ],
    "not-fam-endo-farmor-troligen-hypotyros-typo": [
        ("after", "Läkemedel", "Socialt", "Arbetar som förskollärare, gift. Röker inte."),
        ("end", "Information", "Pat informerad om att levotyroxin är säkert under graviditet och amning och ska tas på fastande mage."),
    ],
    "not-fam-reuma-moster-misstankt-sle": [
        ("after", "Läkemedel", "Socialt", "Studerar till veterinär i Alnarp och spelar fiol. Röker inte."),
        ("end", "Information", "Pat informerad om att nikotin och kyla förvärrar besvären."),
    ],
    "not-fam-akut-maken-trol-covid": [
        ("after", "Läkemedel", "Socialt", "Pensionerad sjuksköterska, gift, bor i lägenhet på Hisingen."),
    ],
    "not-past-med-sarkoidos-avskrevs-2017": [
        ("after", "Läkemedel", "Socialt", "Arbetar som rektor, gift. Röker inte. Ett par glas vin i veckan."),
    ],
    "not-past-kir-trolig-gallsten-utreddes-2019": [
        ("after", "Läkemedel", "Socialt", "Arbetar som flyttkarl, gift, tre barn. Röker inte men snusar."),
        ("after", "Socialt", "Överkänslighet", "Inga kända."),
        ("end", "Information", "Pat har fått skriftlig information om operationen och om lyftrestriktioner efteråt."),
    ],
    "not-past-neuro-epilepsi-misstanktes-som-20-aring": [
        ("after", "Läkemedel", "Socialt", "Arbetar som kock med långa pass i varmt kök, gift. Dricker för lite vatten på jobbet enligt egen uppgift."),
    ],
    "not-past-psyk-misstanke-atstorning-i-tonaren": [
        ("after", "Socialt", "Hereditet", "Moster har paniksyndrom."),
    ],
    "not-past-ort-missankt-stressfraktur-2020-typo": [
        ("after", "Läkemedel", "Socialt", "Arbetar som sjuksköterska på vårdcentral, gift. Springer lopp några gånger per år."),
        ("after", "Socialt", "Överkänslighet", "Inga kända."),
    ],
    "not-past-hud-trolig-psoriasis-2015": [
        ("after", "Läkemedel", "Socialt", "Arbetar som lagerarbetare, bor med partner i Borås. Röker inte."),
    ],
    "not-past-gyn-graviditetsdiabetes-misstanktes-2021": [
        ("after", "Läkemedel", "Socialt", "Arbetar som undersköterska, gift, sonen är 3 år."),
        ("end", "Information", "Pat informerad om att bäckensmärtan brukar släppa efter förlossningen."),
    ],
    "not-past-kard-perikardit-2012-sjalvlakt": [
        ("after", "Läkemedel", "Socialt", "Arbetar som vaktmästare, gift, två vuxna barn. Promenerar med hunden morgon och kväll."),
    ],
    "not-nondx-akut-oklart-om-eliquis-tagits": [
        ("after", "Anamnes", "Socialt", "Gift, bor i villa i Husie. Hustrun brukar fylla på dosetten varje söndag."),
    ],
    "not-nondx-kir-trolig-utskrivning-imorgon": [
        ("after", "Aktuellt", "Tidigare sjukdomar", "Hypotyreos. Två kejsarsnitt."),
        ("after", "Tidigare sjukdomar", "Socialt", "Arbetar som kontorist, gift, två barn i skolåldern."),
        ("end", "Information", "Pat informerad om att hon får duscha och om lyftrestriktioner i två veckor."),
    ],
    "not-nondx-ort-aterbesok-ev-om-6-veckor": [
        ("after", "Läkemedel", "Socialt", "Vänsterhänt, arbetar som frisör. Gift."),
        ("end", "Information", "Pat informerad om gipsvård och om att söka vid domningar i fingrarna."),
    ],
    "not-nondx-med-kalium-sannolikt-falskt-forhojt": [
        ("after", "Läkemedel", "Socialt", "Pensionerat postbud, gift, bor i lägenhet i Helsingborg. Röker inte."),
        ("end", "Information", "Pat informerad om att undvika NSAID och om att pausa Jardiance och Furix vid magsjuka."),
    ],
    "not-nondx-neuro-medverkade-mojligen-inte-fullt": [
        ("after", "Läkemedel", "Socialt", "Bor med maken i villa i Alingsås, slutade arbeta som bibliotekarie 2023. Ingen hemtjänst."),
        ("end", "Information", "Maken informerad om anhörigstödet i kommunen."),
    ],
    "not-nondx-psyk-misstanker-att-pat-inte-tar-sertralin": [
        ("after", "Aktuellt", "Tidigare sjukdomar", "Tvångssyndrom sedan tonåren. Astma."),
        ("after", "Tidigare sjukdomar", "Socialt", "Arbetar som ekonomiassistent, bor ensam. Inga droger, AUDIT 2 p."),
        ("end", "Information", "Pat informerad om att effekten av sertralin förutsätter daglig dosering."),
    ],
    "not-nondx-barn-foraldrarna-kommer-troligen-tillbaka": [
        ("after", "Tidigare sjukdomar", "Socialt", "Bor med mamma och pappa i Helsingborg. Går inte på förskola ännu, pappa är föräldraledig."),
    ],
    "not-nondx-uro-urinodling-trol-kontaminerad": [
        ("after", "Läkemedel", "Socialt", "Pensionerad lärare, gift, bor i Kungsbacka."),
        ("end", "Information", "Pat informerad om att Hiprex ska tas med mat och att hon ska dricka rikligt."),
    ],
    "not-nondx-geri-sannolikt-hemtjanst-tva-ganger": [
        ("after", "Tidigare sjukdomar", "Socialt", "Änka, bor ensam i lägenhet utan hiss på tredje våningen i Trelleborg. Dottern bor i Stockholm."),
    ],
    "not-nondx-inf-mojligen-missat-doser-rifinah": [
        ("after", "Läkemedel", "Socialt", "Arbetar som taxichaufför, gift, fyra barn. Röker inte."),
    ],
    "not-nondx-ogon-kunde-troligen-inte-fixera": [
        ("after", "Läkemedel", "Socialt", "Pensionerad bibliotekarie, bor ensam i Mölndal. Kör inte bil längre."),
    ],
    "not-nondx-endo-insulindos-eventuelt-minskas-typo": [
        ("after", "Läkemedel", "Socialt", "Studerar till lärare i Malmö, bor med sambo. Tränar cykling och löpning."),
    ],
    "not-ruleout-akut-troponin-nstemi-utesluten": [
        ("after", "Läkemedel", "Socialt", "Arbetar som snickare, sambo, två barn. Röker inte."),
    ],
    "not-ruleout-akut-d-dimer-le-avskrivs": [
        ("after", "Tidigare sjukdomar", "Läkemedel", "Inga."),
        ("after", "Läkemedel", "Socialt", "Arbetar som förskolechef, gift. Röker inte."),
        ("end", "Information", "Pat informerad om att smärtan kan dröja ett par veckor."),
    ],
    "not-ruleout-ort-slatrontgen-for-att-utesluta-fraktur": [
        ("after", "Tidigare sjukdomar", "Läkemedel", "Inga."),
        ("after", "Läkemedel", "Socialt", "Studerar till fysioterapeut och tävlar i orientering. Bor i Hässleholm."),
        ("after", "Socialt", "Överkänslighet", "Inga kända."),
    ],
    "not-ruleout-barn-urinsticka-for-att-utesluta-uvi": [
        ("after", "Tidigare sjukdomar", "Socialt", "Bor med föräldrarna och en storebror i Mölndal. Går på förskola."),
    ],
    "not-ruleout-neuro-lp-for-att-utesluta-sab": [
        ("after", "Läkemedel", "Socialt", "Arbetar som gymnasielärare, gift. Röker inte. Tränar på gym."),
    ],
    "not-ruleout-med-tsh-for-att-utesluta-hypotyreos": [
        ("after", "Läkemedel", "Socialt", "Arbetar som yrkeschaufför, gift. Röker inte, dricker 4-5 öl i veckan."),
    ],
    "not-pmo-vc-trolig-pnemoni-typo": [
        ("after", "Läkemedel", "Socialt", "Bor med hustrun i lägenhet i Kirseberg. Slutade röka för 30 år sedan."),
        ("after", "Socialt", "Överkänslighet", "Inga kända."),
        ("end", "Information", "Pat informerad om att ta alla tabletter i kuren och att dricka ordentligt."),
    ],
    "not-pmo-vc-misstankt-hypotyreos": [
        ("after", "Läkemedel", "Socialt", "Arbetar som undersköterska på äldreboende, gift, två tonårsbarn. Röker inte."),
        ("after", "Socialt", "Hereditet", "Modern har hypotyreos och tar Levaxin."),
        ("after", "Hereditet", "Överkänslighet", "Inga kända."),
        ("append", "Status", "Vikt 74 kg, BT 128/82."),
        ("end", "Information", "Pat informerad om att provsvaren kommer via 1177 och att hon blir uppringd."),
    ],
    "not-pmo-bvc-misstankt-komjolksproteinallergi": [
        ("after", "Tidigare sjukdomar", "Socialt", "Första barnet, bor med mamma och pappa i Landskrona. Mamma är föräldraledig."),
        ("after", "Socialt", "Hereditet", "Pappan hade eksem som barn."),
        ("end", "Information", "Mamman fick skriftliga kostråd och kontaktuppgifter till BVC-sjuksköterskan."),
    ],
    "not-pmo-um-mojlig-klamydiainfektion": [
        ("after", "Läkemedel", "Socialt", "Går andra året på gymnasiet, bor med mamma. Röker inte. Ny partner sedan en månad."),
        ("after", "Socialt", "Överkänslighet", "Inga kända."),
        ("end", "Information", "Informerad om smittsamhet och om att nuvarande partner ska testas. Erbjuden kondomer."),
    ],
    "not-pmo-vc-paroxysmalt-ff-fragetecken": [
        ("after", "Läkemedel", "Socialt", "Arbetar som kriminalinspektör, gift, tre barn. Dricker 8-10 standardglas alkohol per vecka, AUDIT 7 p. Röker inte."),
        ("after", "Socialt", "Överkänslighet", "Inga kända."),
        ("end", "Information", "Pat informerad om att söka akut vid hjärtklappning med bröstsmärta eller svimning."),
    ],
    "not-pmo-hemsjukvard-misstankt-trycksar": [
        ("after", "Läkemedel", "Socialt", "Bor i eget hus med dottern som är anhörigvårdare. Hemtjänst fyra gånger per dygn."),
        ("end", "Information", "Dottern och hemtjänstpersonalen informerade om avlastning och om daglig hudinspektion."),
    ],
    "not-pmo-vc-sannolikt-depressiv-episod": [
        ("append", "Socialt", "Ekonomin är ansträngd men fungerar."),
        ("after", "Socialt", "Hereditet", "Modern har haft depression."),
        ("after", "Läkemedel", "Överkänslighet", "Inga kända."),
        ("end", "Information", "Pat informerad om att höra av sig direkt vid tankar på att inte vilja leva."),
    ],
    "not-pmo-vc-pmr-kan-inte-uteslutas": [
        ("after", "Läkemedel", "Socialt", "Pensionerad bonde, bor med hustrun på en gård utanför Tomelilla. Kör bil."),
        ("after", "Socialt", "Överkänslighet", "Inga kända."),
        ("end", "Information", "Pat informerad om att prednisolon ska tas på morgonen och att höra av sig vid huvudvärk eller synpåverkan."),
    ],
    "not-prot-skane-tidiga-hypoteser-pankreascancer": [
        ("after", "Bakgrund", "Tidigare sjukdomar", "Hypertoni. Typ 2-diabetes sedan ett år."),
        ("after", "Tidigare sjukdomar", "Läkemedel", "Enalapril 5 mg x 1, Metformin 500 mg x 2, Alvedon 1 g x 3."),
        ("after", "Läkemedel", "Status", "AT: ikterisk, opåverkad.\nBuk: mjuk, palpabel oöm gallblåsa, ingen ascites.\nLymfkörtlar: inga supraklavikulära körtlar palpabla."),
    ],
    "not-prot-skane-tidiga-hypoteser-trol-ftd": [
        ("after", "Bakgrund", "Tidigare sjukdomar", "Hypertoni. Ingen tidigare psykiatrisk sjukdom."),
        ("after", "Tidigare sjukdomar", "Läkemedel", "Inga stående."),
        ("after", "Status", "Lab", "B12, TSH, Ca och syfilisserologi normala."),
    ],
    "not-prot-skane-tidiga-hypoteser-mojlig-schizofreni": [
        ("after", "Bakgrund", "Socialt", "Bor hos föräldrarna sedan i våras efter avbrutna studier i datavetenskap. Föräldrarna uppger cannabisbruk, pat förnekar."),
        ("after", "Socialt", "Läkemedel", "Inga."),
        ("after", "Status", "Lab", "Hb, TSH, elektrolyter och leverprover normala."),
    ],
    "not-prot-vgr-sokord-tidiga-hypoteser-huntington": [
        ("after", "Läkemedel", "Socialt", "Arbetar som redovisningsekonom, sambo, inga barn."),
    ],
    "not-prot-vgr-sokord-tidiga-hypoteser-myelom": [
        ("after", "Läkemedel", "Socialt", "Gift, pensionerad bilmekaniker. Röker inte."),
        ("end", "Information", "Pat informerad om planerade undersökningar och om att dricka rikligt."),
    ],
    "not-prot-vgr-sokord-tidiga-hypoteser-peritoneal-carcinos": [
        ("after", "Läkemedel", "Socialt", "Arbetar som kontorist, gift, två vuxna barn."),
        ("after", "Socialt", "Överkänslighet", "Inga kända."),
        ("end", "Information", "Pat och make informerade om tappningen imorgon och om att besked ges när provsvaren kommit."),
    ],
    "not-prot-vgr-sokord-valdsutsatthet-trolig-revbensfraktur": [
        ("after", "Läkemedel", "Överkänslighet", "Inga kända."),
        ("after", "Tidigare sjukdomar", "Socialt", "Arbetar som butikssäljare, bor i lägenhet i Göteborg."),
    ],
    "not-none-onh-kronisk-rinosinuit-med-polyper": [
        ("after", "Läkemedel", "Socialt", "Arbetar som bagare, gift. Röker inte."),
        ("end", "Information", "Pat informerad om hur nässköljningen görs och om biverkningar av kortisonkuren."),
    ],
    "not-none-reuma-ankyloserande-spondylit-biologiskt": [
        ("after", "Läkemedel", "Socialt", "Arbetar som IT-konsult, sambo, en dotter. Röker inte."),
    ],
    "not-none-endo-addisons-sjukdom-arskontroll": [
        ("after", "Läkemedel", "Socialt", "Arbetar som sjuksköterska, gift, två barn."),
    ],
    "not-none-ogon-vat-amd-injektion": [
        ("after", "Läkemedel", "Socialt", "Änkling, bor i lägenhet i Lund. Åker färdtjänst till mottagningen."),
        ("end", "Information", "Pat informerad om att söka akut vid smärta, rött öga eller synförsämring efter injektionen."),
    ],
}


def apply_extra():
    by_name = {c["name"]: c for c in CASES}
    problems = []
    for name, ops in EXTRA.items():
        c = by_name.get(name)
        if c is None:
            problems.append(f"EXTRA for unknown case {name}")
            continue
        secs = list(c["sections"])
        for op in ops:
            kws = [k for k, _ in secs]
            if op[0] == "after":
                _, anchor, kw, text = op
                if anchor not in kws:
                    problems.append(f"{name}: anchor {anchor} missing")
                    continue
                secs.insert(kws.index(anchor) + 1, (kw, text))
            elif op[0] == "end":
                _, kw, text = op
                secs.append((kw, text))
            elif op[0] == "append":
                _, kw, text = op
                if kw not in kws:
                    problems.append(f"{name}: section {kw} missing for append")
                    continue
                i = kws.index(kw)
                secs[i] = (kw, secs[i][1] + "\n" + text)
        c["sections"] = secs
    return problems

# Second round of ordinary additions (status lines, follow-up), no hedges.
EXTRA2 = {
    "not-prot-skane-tidiga-hypoteser-trol-ftd": [
        ("append", "Status", "AT: välvårdad, skämtsam, avbryter ofta.\nCor: RR, inga blåsljud.\nBT 142/86."),
        ("after", "Röntgen", "Undersökningar", "Likvor: normalt celltal och albuminkvot, amyloid och tau normala. EEG: lätt långsam bakgrundsaktivitet frontalt."),
    ],
    "not-pmo-vc-paroxysmalt-ff-fragetecken": [
        ("append", "Status", "Thyreoidea: ua.\nBen: inga ödem, mjuka vader.\nVikt 92 kg, längd 183 cm."),
        ("after", "Åtgärd", "Uppföljning", "Råd om att minska alkoholen till högst 5 glas i veckan. Ny kontroll av BT hos distriktssköterska om 4 veckor."),
    ],
    "not-prot-skane-tidiga-hypoteser-mojlig-schizofreni": [
        ("append", "Status", "AT: mager, bristande hygien, ögonkontakt undvikande.\nNeurologiskt: ua.\nPuls 92, BT 124/78."),
        ("after", "Lab", "Hereditet", "Farbror vårdad för schizofreni i 30-årsåldern enligt modern."),
    ],
    "not-pmo-um-mojlig-klamydiainfektion": [
        ("append", "Status", "Yttre genitalia: inga sår, inga vårtor.\nLjumskar: inga förstorade lymfkörtlar.\nTemp 36,8."),
        ("after", "Åtgärd", "Uppföljning", "Kontrollprov 5 veckor efter avslutad behandling bokat hos barnmorskan. Smittspårningssamtal hos kurator på torsdag."),
    ],
    "not-pmo-vc-misstankt-hypotyreos": [
        ("after", "Lab", "Undersökningar", "EKG: sinusbradykardi 56/min, i övrigt normalt."),
    ],
    "not-pmo-bvc-misstankt-komjolksproteinallergi": [
        ("append", "Status", "Hjärta: RR, inga blåsljud.\nLungor: ua.\nMotorik: sitter utan stöd, åldersadekvat.\nHöfter: ua."),
    ],
    "not-pmo-vc-sannolikt-depressiv-episod": [
        ("append", "Status", "AT: gott, välvårdad, långsam i talet.\nBT 126/80, puls 74."),
        ("after", "Åtgärd", "Sjukskrivning", "Ingen sjukskrivning behövs, pat är arbetssökande och har kontakt med Arbetsförmedlingen."),
    ],
    "not-ruleout-ort-slatrontgen-for-att-utesluta-fraktur": [
        ("append", "Status", "Hud: hel, inga sår.\nKnä vä: ua, stabilt.\nGång: haltar, kan belasta med smärta."),
    ],
    "not-nondx-kir-trolig-utskrivning-imorgon": [
        ("append", "Status", "Urinproduktion: spontanmiktion utan besvär.\nBen: inga ödem, vaderna mjuka.\nSpO2 97 % utan syrgas."),
    ],
    "not-prot-vgr-sokord-tidiga-hypoteser-huntington": [
        ("after", "Röntgen", "Lab", "Hb 142, TSH 1,8, B12 normalt, kreatinin 74, ALAT 0,4. Ceruloplasmin normalt."),
    ],
    "not-prot-vgr-sokord-tidiga-hypoteser-peritoneal-carcinos": [
        ("append", "Status", "Lymfkörtlar: ingen palpabel körtel supraklavikulärt.\nBröst: ua bilat.\nBT 118/74, puls 88."),
    ],
    "not-hud-misstanke-om-melanom-foreligger-ej": [
        ("append", "Status", "AT: gott.\nSkalp och naglar: ua.\nFotsulor och handflator: inga pigmenterade förändringar."),
    ],
    "not-none-endo-addisons-sjukdom-arskontroll": [
        ("append", "Status", "Cor: RR, inga blåsljud.\nPulm: ua.\nThyreoidea: liten, oöm, inga knutor."),
    ],
    "not-pmo-hemsjukvard-misstankt-trycksar": [
        ("append", "Status", "AT: sängliggande, vaken, känner igen dottern.\nNutrition: äter halva portioner, vikt 48 kg.\nTemp 36,9."),
    ],
    "not-prot-vgr-sokord-tidiga-hypoteser-myelom": [
        ("after", "Lab", "Röntgen", "Slätröntgen bröstrygg: kompression av Th8 med ca 30 % höjdminskning."),
    ],
    "not-none-reuma-ankyloserande-spondylit-biologiskt": [
        ("append", "Status", "Cor: RR, inga blåsljud, frekv 60.\nPulm: ua.\nBT 124/78."),
    ],
    "not-pmo-vc-pmr-kan-inte-uteslutas": [
        ("append", "Status", "Cor: RR, inga blåsljud.\nPulm: ua.\nHöfter: smärta vid inåtrotation bilat, inga synoviter i händerna."),
    ],
    "not-prot-skane-tidiga-hypoteser-pankreascancer": [
        ("after", "Status", "Hud", "Ikterisk hud och sklera, kliande exkoriationer på armarna."),
    ],
    "not-gyn-endometriecancer-utesluten": [
        ("append", "Status", "Buk: mjuk och oöm utan resistenser.\nBT 136/82, BMI 26."),
    ],
    "not-nondx-psyk-misstanker-att-pat-inte-tar-sertralin": [
        ("append", "Status", "AT: välvårdad, händerna torra och spruckna av tvättande."),
    ],
    "not-ruleout-barn-urinsticka-for-att-utesluta-uvi": [
        ("after", "Åtgärd", "Information", "Föräldrarna informerade om att urinodlingen inte behöver följas upp eftersom stickan var normal."),
    ],
    "not-nondx-ort-aterbesok-ev-om-6-veckor": [
        ("append", "Status", "Hö arm: ua.\nHud under skenan: hel, inga skavsår."),
    ],
    "not-fam-endo-farmor-troligen-hypotyros-typo": [
        ("append", "Status", "Hud: normal.\nBT 112/70, vikt 63 kg."),
    ],
    "not-fam-reuma-moster-misstankt-sle": [
        ("append", "Status", "BT 114/72.\nMunslemhinna: inga sår."),
    ],
    "not-nondx-barn-foraldrarna-kommer-troligen-tillbaka": [
        ("after", "Åtgärd", "Information", "Föräldrarna informerade om att järndropparna kan färga avföringen svart och ska ges mellan måltiderna."),
    ],
    "not-nondx-onk-ev-dosreduktion-kapecitabin": [
        ("after", "Aktuellt", "Socialt", "Pensionerad polis, gift, bor i Kungsbacka. Cyklar fortfarande till affären."),
    ],
    "not-prot-vgr-sokord-valdsutsatthet-trolig-revbensfraktur": [
        ("append", "Status", "Hud: blåmärke 4 x 5 cm vä flank.\nNeurologiskt: ua."),
    ],
    "not-ruleout-med-tsh-for-att-utesluta-hypotyreos": [
        ("append", "Status", "Ben: inga ödem.\nNäsa: ua, ingen septumdeviation."),
    ],
    "must-akut-atgard-dt-pga-misstankt-dissektion": [
        ("append", "Status", "Ben: symmetriska femoralispulsar, varma fötter.\nSpO2 97 %, AF 20."),
    ],
    "not-fam-psyk-bror-sannolikt-adhd": [
        ("append", "Status", "AT: välvårdad, spänd i nacke och axlar."),
    ],
    "not-past-ort-missankt-stressfraktur-2020-typo": [
        ("append", "Status", "Hud: hel, ingen rodnad över MTP I vä.\nFotvalv: normala."),
    ],
    "not-past-psyk-misstanke-atstorning-i-tonaren": [
        ("after", "Planering", "Information", "Pat informerad om att sertralin kan öka ångesten under första veckan."),
    ],
    "must-endo-kan-rora-sig-om-mikroprolaktinom": [
        ("append", "Status", "Hud: ingen hirsutism, ingen akne.\nBT 116/74."),
    ],
    "not-nondx-ogon-kunde-troligen-inte-fixera": [
        ("append", "Status", "Gonioskopi: öppen vinkel bilat, oförändrat."),
    ],
    "not-past-kir-trolig-gallsten-utreddes-2019": [
        ("append", "Status", "Cor: RR, inga blåsljud.\nPulm: ua."),
    ],
    "must-ogon-susp-ablatio-bakom-blodning": [
        ("append", "Status", "Synfält vä vid konfrontation: bortfall övre temporalt."),
    ],
}

# Unsigned drafts (the pre-signing case), on top of those marked draft=True above.
MORE_DRAFTS = {
    "must-neuro-trolig-idiopatisk-parkinson",
    "not-fam-neuro-mor-misstankt-als",
    "not-nondx-akut-oklart-om-eliquis-tagits",
    "not-ruleout-akut-troponin-nstemi-utesluten",
    "not-pmo-vc-misstankt-hypotyreos",
}

# Third round: make ten notes really long (250-330 words), still hedge-free additions.
EXTRA3 = {
    "must-akut-instabil-angina-inger-misstanke": [
        ("after", "Anamnes", "Tidigare sjukdomar", "Hypertoni sedan 2008. Diabetes mellitus typ 2 sedan 2015, ingen känd retinopati. Ljumskbråcksoperation hö 2011. Inga tidigare hjärtundersökningar."),
        ("after", "Tidigare sjukdomar", "Hereditet", "Far fick hjärtinfarkt vid 61 års ålder och genomgick bypassoperation. Bror har hypertoni."),
        ("after", "Hereditet", "Socialt", "Gift, bor i villa i Dalby. Arbetar som fastighetsskötare, fysiskt arbete. Slutade röka 2010 efter 25 paketår. Alkohol 3-4 glas vin i veckan."),
        ("after", "Läkemedel", "Överkänslighet", "Inga kända läkemedelsallergier, tål jodkontrast."),
        ("append", "Status", "Hals: inga blåsljud över karotiderna, ingen halsvenstas.\nHud: varm och torr.\nNeurologiskt: ua."),
        ("end", "Information", "Pat och hustru informerade om planerad angiografi och om att han inte får äta efter midnatt. Inga frågor i nuläget."),
    ],
    "must-med-sannolikt-ovre-gi-blodning": [
        ("after", "Tidigare sjukdomar", "Socialt", "Gift, bor i lägenhet i Trollhättan, hustrun är frisk. Pensionerad svetsare. Röker 5 cigaretter om dagen sedan 60 år. Dricker ett par starköl per dag enligt hustrun, AUDIT 9 p."),
        ("after", "Socialt", "Överkänslighet", "Sulfa ger utslag."),
        ("append", "Status", "Hud: blek, inga spider naevi, ingen ikterus.\nUnderben: inga ödem, vader mjuka och oömma.\nNeurologiskt: orienterad, inga fokala bortfall.\nBT 118/64, puls 96, SpO2 95 %, temp 36,7."),
        ("end", "Information", "Pat och hustru informerade om gastroskopin imorgon och om att han ska fasta från midnatt. Han samtycker till undersökningen och till järninfusion."),
        ("end", "Uppföljning", "Hb kontrolleras i morgon bitti och efter skopin. Kontakt med kardiolog angående ASA-pausens längd efter skopisvaret."),
    ],
    "must-geri-sammanfattning-trolig-ortostatism": [
        ("after", "Anamnes", "Tidigare sjukdomar", "Hjärtsvikt med nedsatt ejektionsfraktion sedan 2020, EF 40 % vid senaste UCG. Hypertoni. Prostatahyperplasi. Kataraktoperation bilat 2018."),
        ("after", "Tidigare sjukdomar", "Socialt", "Bor med hustrun i radhus i Landskrona, trappa till sovrummet. Hemtjänst för dusch en gång i veckan. Går med käpp utomhus, ingen rollator. Alkohol sparsamt, röker inte."),
        ("append", "Status", "Hud: hematom på vä höft efter senaste fallet, inga sår.\nLeder: ingen ömhet eller rörelseinskränkning i höfterna.\nMMSE-SR 27/30."),
        ("end", "Information", "Pat och hustru informerade om att resa sig långsamt, sitta på sängkanten en stund och dricka ordentligt. Läkemedelsändringarna skickas till hemtjänsten."),
        ("end", "Uppföljning", "Ortostatiskt BT upprepas dagligen under vårdtiden. Läkemedelsgenomgång och epikris till vårdcentralen vid utskrivning."),
    ],
    "must-kard-trol-takykardiomyopati": [
        ("after", "Tidigare sjukdomar", "Socialt", "Gift, två vuxna barn. Arbetar som gymnasielärare i Mölndal, heltid. Röker inte, alkohol 4-6 glas i veckan. Cyklade till jobbet före insjuknandet."),
        ("after", "Socialt", "Hereditet", "Mor hade förmaksflimmer från 70 års ålder. Inga kända kardiomyopatier eller plötsliga dödsfall i släkten."),
        ("append", "Status", "Halsvenstas: ingen.\nHud: ua.\nBuk: mjuk, ingen leverförstoring."),
        ("end", "Information", "Pat informerad om sambandet mellan hjärtfrekvens och pumpförmåga, om elkonverteringen och om vikten av att inte missa några doser Eliquis inför den."),
    ],
    "must-onk-inte-osannolikt-immunrelaterad-kolit": [
        ("after", "Tidigare sjukdomar", "Socialt", "Gift, bor i villa i Kungsbacka. Pensionerad tulltjänsteman. Rökte 40 paketår, slutade vid diagnosen 2023. Hustrun följer med på besöket."),
        ("after", "Socialt", "Överkänslighet", "Inga kända läkemedelsallergier sedan tidigare."),
        ("append", "Status", "Hud: inga utslag, ingen klåda.\nLymfkörtlar: ua på halsen.\nBT 108/66, puls 98, temp 37,4, vikt 71 kg (-3 kg)."),
        ("end", "Information", "Pat och hustru informerade om att höra av sig direkt vid blod i avföringen, feber eller fler än 8 tömningar per dygn. Telefonnummer till kontaktsjuksköterskan lämnat."),
    ],
    "not-nondx-kard-ev-dosokning-bisoprolol": [
        ("after", "Tidigare sjukdomar", "Socialt", "Gift, bor i lägenhet i Härlanda. Pensionerad elektriker. Röker inte sedan CABG. Alkohol 2-3 öl i veckan. Promenerar med hustrun varje dag."),
        ("after", "Socialt", "Överkänslighet", "Ramipril gav torrhosta 2017."),
        ("append", "Status", "Hals: ingen halsvenstas.\nBuk: mjuk, lever ej palpabel.\nHud: läkt sternotomiärr."),
        ("end", "Information", "Pat informerad om daglig vägning och att höra av sig vid viktökning över 2 kg på tre dagar. Hustrun var med och ställde frågor om saltintag."),
    ],
    "not-kard-inga-tecken-pa-hjartsvikt": [
        ("after", "Aktuellt", "Tidigare sjukdomar", "Hypertoni sedan 2014. Allergisk rinokonjunktivit mot björk och gräs. Höftledsartros vä, ej opererad."),
        ("after", "Tidigare sjukdomar", "Socialt", "Arbetar som undersköterska i hemtjänsten, gift, tre vuxna barn. Röker inte sedan 2005. Har katt hemma sedan två år."),
        ("after", "Läkemedel", "Överkänslighet", "Inga kända."),
        ("end", "Information", "Pat informerad om skillnaden mellan astma och hjärtsvikt, om att hjärtundersökningarna var normala och om hur Symbicort används. Inhalationsteknik demonstrerad av sjuksköterska."),
    ],
    "not-ruleout-akut-dt-for-att-utesluta-blodning-waran": [
        ("after", "Tidigare sjukdomar", "Socialt", "Änka, bor ensam i lägenhet på Guldheden med trygghetslarm. Sonen bor i närheten och kommer och sover över i natt. Klarar sig själv, hemtjänst för städning."),
        ("after", "Läkemedel", "Överkänslighet", "Inga kända."),
        ("append", "Status", "Hals: ingen nackömhet, full rörlighet.\nExtremiteter: inga sår eller skador efter fallet.\nSpO2 97 %, temp 36,6."),
        ("end", "Information", "Pat och sonen informerade om att söka akut vid tilltagande huvudvärk, kräkningar, förvirring eller svaghet. Skriftlig information om skallskada lämnad."),
    ],
    "not-nondx-geri-sannolikt-hemtjanst-tva-ganger": [
        ("append", "Status", "Ben: inga ödem, vaderna mjuka, hö ben lika långt som vä.\nHud: intakt över sakrum och hälar.\nNeurologiskt: ua.\nBT 138/76, puls 72, SpO2 95 %."),
        ("after", "Läkemedel", "Överkänslighet", "Morfin ger illamående och förvirring."),
        ("end", "Information", "Pat och dottern (per telefon) informerade om planen, fallrisken och om osteoporosbehandlingen. Dottern kommer ned till vårdplaneringen."),
        ("end", "Uppföljning", "Fysioterapeut och arbetsterapeut gör hembesök inför utskrivningen. Ny kontroll av Hb före utskrivning."),
    ],
    "not-fam-akut-maken-trol-covid": [
        ("after", "Tidigare sjukdomar", "Överkänslighet", "Penicillin ger nässelutslag."),
        ("append", "Status", "Hud: inga utslag.\nBen: inga ödem eller vadömhet.\nNeurologiskt: vaken och orienterad, inga fokala bortfall."),
        ("end", "Information", "Pat informerad om isolering på avdelningen och om behandlingen. Maken har egen kontakt med vårdcentralen och är inte i behov av vård här."),
        ("end", "Uppföljning", "CRP, kreatinin och P-glukos imorgon. Ställningstagande till remdesivir om syrgasbehovet ökar."),
    ],
}

# ---------------------------------------------------------------------------
# build and validate
# ---------------------------------------------------------------------------

PROTECTED_TEMPLATES_SKANE = {
    "Tidiga hypoteser", "Våld i nära relationer", "Oro för att barn far illa",
    "Hälsoundersökning på begäran av socialnämnd (HUBS)",
}
PROTECTED_KEYWORDS_VGR = {
    "Tidiga hypoteser", "Våldsutsatthet i nära relationer", "Orosanmälan gällande barn",
    "Tredje person", "Enkelblind prövning",
}


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def pnr(born, serial):
    ymd = born.replace("-", "")
    return f"{ymd}-{serial}{luhn_digit(ymd[2:] + serial)}"


def age_at(born, when):
    b = _dt.date.fromisoformat(born)
    w = when.date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def build_record(i, c):
    unit_name, hsa, system, region = UNITS[c["unit"]]
    t = _dt.datetime.strptime(c["t"], "%Y-%m-%d %H:%M")
    age = age_at(c["born"], t)
    signed = None if c["draft"] else (t + _dt.timedelta(minutes=c["sign_after"] + (i * 7) % 40)).isoformat()
    as_of = min(_dt.datetime(t.year, t.month, t.day) + _dt.timedelta(days=3), _dt.datetime(2024, 12, 31))
    tpl = c["tpl"] or ("Läkaranteckning" if system == "Melior" else "Besök läkare")
    sections = [{"keyword": k, "text": txt.replace("{age}", str(age))} for k, txt in c["sections"]]
    note = {
        "id": "n1", "system": system, "template": tpl,
        "unit": {"name": unit_name, "hsa_id": hsa},
        "author": {"name": AUTHORS[(i * 11 + 3) % len(AUTHORS)], "role": c["role"]},
        "time": t.isoformat(), "signed": signed, "setting": c["setting"],
        "refs": [], "sections": sections,
    }
    record = {
        "patient": {"id": pnr(c["born"], c["serial"]), "birth_date": c["born"], "protected_identity": False},
        "as_of": as_of.isoformat(),
        "notes": [note], "access_events": [], "conversations": [], "treatments": [],
    }
    must = [["NL102", "n1"]] if c["kind"] == "must" else []
    must_not = [["NL102", "n1"]] if c["kind"] == "not" else []
    return {"case": c["name"], "ruleset": region, "record": record,
            "must": must, "must_not": must_not, "why": c["why"]}, age


SPLIT = re.compile(r"(?<=[.!?])\s+|\n")


def validate(rows, ages):
    errors = []
    names = set()
    seen = {}
    for row, age in zip(rows, ages):
        name = row["case"]
        if name in names:
            errors.append(f"duplicate case name {name}")
        names.add(name)
        if set(row) != {"case", "ruleset", "record", "must", "must_not", "why"}:
            errors.append(f"{name}: wrong keys {sorted(row)}")
        rec = row["record"]
        if set(rec) != {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}:
            errors.append(f"{name}: wrong record keys")
        p = rec["patient"]
        pid, bd = p["id"], p["birth_date"]
        if not re.fullmatch(r"\d{8}-\d{4}", pid) or pid[:8] != bd.replace("-", ""):
            errors.append(f"{name}: personnummer {pid} does not match {bd}")
        elif luhn_digit(pid[2:8] + pid[9:12]) != pid[12]:
            errors.append(f"{name}: personnummer {pid} fails Luhn")
        if 13 <= age <= 15:
            errors.append(f"{name}: patient aged {age} (13-15 not allowed)")
        note = rec["notes"][0]
        for key in ("time", "signed"):
            if note[key] is not None and not note[key].startswith("2024-"):
                errors.append(f"{name}: {key} not in 2024")
        if not rec["as_of"].startswith("2024-"):
            errors.append(f"{name}: as_of not in 2024")
        if note["signed"] is not None and note["signed"] < note["time"]:
            errors.append(f"{name}: signed before time")
        if note["time"] > rec["as_of"]:
            errors.append(f"{name}: note after as_of")
        ids = {n["id"] for n in rec["notes"]}
        for code, target in row["must"] + row["must_not"]:
            if target not in ids:
                errors.append(f"{name}: target {target} missing")
        codes_must = {c for c, _ in row["must"]}
        codes_not = {c for c, _ in row["must_not"]}
        if codes_must & codes_not:
            errors.append(f"{name}: code both must and must_not")
        if len(codes_must | codes_not) != 1:
            errors.append(f"{name}: one assertion expected")
        region = row["ruleset"]
        if region == "vgr" and note["system"] != "Melior":
            errors.append(f"{name}: VGR must be Melior")
        if note["system"] == "PMO" and region != "skane":
            errors.append(f"{name}: PMO only in Skåne")
        if "NL102" in codes_must:
            if note["system"] != "Melior":
                errors.append(f"{name}: NL102 must only on Melior")
            if region == "skane" and note["template"] in PROTECTED_TEMPLATES_SKANE:
                errors.append(f"{name}: must NL102 in a protected Skåne template")
            if region == "vgr" and any(s["keyword"] in PROTECTED_KEYWORDS_VGR for s in note["sections"]):
                errors.append(f"{name}: must NL102 note has a protected VGR sökord")
        for s in note["sections"]:
            if "{" in s["text"] or "}" in s["text"]:
                errors.append(f"{name}: unreplaced placeholder")
            for sent in SPLIT.split(s["text"]):
                sent = sent.strip()
                if len(sent) >= 25:
                    if sent in seen and seen[sent] != name:
                        errors.append(f"{name}: sentence reused from {seen[sent]}: {sent!r}")
                    elif sent in seen:
                        errors.append(f"{name}: sentence repeated inside the note: {sent!r}")
                    seen[sent] = name
    return errors


def main():
    for more in (EXTRA2, EXTRA3):
        for k, ops in more.items():
            EXTRA.setdefault(k, []).extend(ops)
    extra_problems = apply_extra()
    known = {c["name"] for c in CASES}
    for c in CASES:
        if c["name"] in MORE_DRAFTS:
            c["draft"] = True
    extra_problems += [f"MORE_DRAFTS: unknown case {n}" for n in MORE_DRAFTS - known]
    rows, ages = [], []
    for i, c in enumerate(CASES):
        row, age = build_record(i, c)
        rows.append(row)
        ages.append(age)
    errors = extra_problems + validate(rows, ages)
    out = os.path.join(HERE, NAME + ".jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    n_must = sum(1 for r in rows if r["must"])
    n_not = sum(1 for r in rows if r["must_not"])
    regions = {}
    systems = {}
    for r in rows:
        regions[r["ruleset"]] = regions.get(r["ruleset"], 0) + 1
        s = r["record"]["notes"][0]["system"]
        systems[s] = systems.get(s, 0) + 1
    drafts = sum(1 for r in rows if r["record"]["notes"][0]["signed"] is None)
    typos = sum(1 for r in rows if "typo" in r["case"] or "typo" in r["why"])
    words = [sum(len(s["text"].split()) for s in r["record"]["notes"][0]["sections"]) for r in rows]
    print(f"{len(rows)} cases -> {out}")
    print(f"NL102 must {n_must}, must_not {n_not}; regions {regions}; systems {systems}; "
          f"drafts {drafts}; typo cases {typos}; words min {min(words)} median "
          f"{sorted(words)[len(words) // 2]} max {max(words)}")
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
