#!/usr/bin/env python3
"""Held-out test set 'win-' for notelint NL101/NL102.

A winter fortnight (15-28 January 2024) across rural Skåne and Västra Götaland:
health centres, district nurses, 1177 telephone advice, small emergency hospitals.
Standard library only, deterministic. Writes cases.jsonl next to this file and
exits 1 on any validation problem.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_heldout40_cases.jsonl")

SK = "SE2321000255-"
VG = "SE2321000131-E0000000"

U = {
    # Region Skåne, Melior (hospitals)
    "ystad_akut": ("Akutmottagningen, Ystads lasarett", SK + "5412"),
    "ystad_med": ("Medicinavdelning 5, Ystads lasarett", SK + "5431"),
    "ystad_kir": ("Kirurgiavdelning 7, Ystads lasarett", SK + "5447"),
    "ystad_barn": ("Barn- och ungdomsmedicinska mottagningen, Ystads lasarett", SK + "5460"),
    "ystad_kvinno": ("Kvinnokliniken, Ystads lasarett", SK + "5488"),
    "ystad_hud": ("Hudmottagningen, Ystads lasarett", SK + "5495"),
    "simr_ger": ("Geriatriska avdelningen, Simrishamns sjukhus", SK + "6120"),
    "simr_mott": ("Medicinmottagningen, Simrishamns sjukhus", SK + "6133"),
    "trel_akut": ("Akutmottagningen, Trelleborgs lasarett", SK + "7021"),
    "trel_ort": ("Ortopedmottagningen, Trelleborgs lasarett", SK + "7035"),
    "trel_uro": ("Urologimottagningen, Trelleborgs lasarett", SK + "7050"),
    "hlm_akut": ("Akutmottagningen, Hässleholms sjukhus", SK + "8110"),
    "hlm_med": ("Medicinavdelning 2, Hässleholms sjukhus", SK + "8104"),
    "hlm_lung": ("Lungmottagningen, Hässleholms sjukhus", SK + "8130"),
    "ahm_narakut": ("Närakuten, Ängelholms sjukhus", SK + "9202"),
    "ahm_med": ("Medicinavdelning 11, Ängelholms sjukhus", SK + "9215"),
    # Region Skåne, PMO (primary care)
    "vc_tomelilla": ("Vårdcentralen Tomelilla", SK + "2110"),
    "vc_sjobo": ("Vårdcentralen Sjöbo", SK + "2125"),
    "vc_osby": ("Vårdcentralen Osby", SK + "2140"),
    "vc_horby": ("Hälsovalsenhet Hörby", SK + "2155"),
    "bvc_skurup": ("BVC Skurup", SK + "2170"),
    "dsk_broby": ("Distriktssköterskemottagningen Broby", SK + "2185"),
    "hsv_simr": ("Hemsjukvård, Vårdcentralen Simrishamn", SK + "2190"),
    "t1177_sk": ("1177 Vårdguiden på telefon, Region Skåne", SK + "1177"),
    # Västra Götalandsregionen, Melior
    "al_akut": ("Akutmottagningen, Alingsås lasarett", VG + "10231"),
    "al_med": ("Medicinavdelning 3, Alingsås lasarett", VG + "10245"),
    "lk_akut": ("Akutmottagningen, Skaraborgs Sjukhus Lidköping", VG + "20117"),
    "lk_kir": ("Kirurgmottagningen, Skaraborgs Sjukhus Lidköping", VG + "20128"),
    "fk_med": ("Medicinkliniken, Skaraborgs Sjukhus Falköping", VG + "20344"),
    "ms_ger": ("Geriatriska avdelningen, Skaraborgs Sjukhus Mariestad", VG + "20452"),
    "sk_uro": ("Urologmottagningen, Skaraborgs Sjukhus Skövde", VG + "20519"),
    "ds_med": ("Medicinavdelningen, Dalslands sjukhus Bäckefors", VG + "30612"),
    "st_narakut": ("Närakuten, Strömstads sjukstuga", VG + "30788"),
    "nu_onk": ("Onkologimottagningen, NU-sjukvården Uddevalla", VG + "30901"),
    "nh_bengtsfors": ("Närhälsan Bengtsfors vårdcentral", VG + "40112"),
    "nh_amal": ("Närhälsan Åmål vårdcentral", VG + "40127"),
    "nh_tanum": ("Närhälsan Tanumshede vårdcentral", VG + "40139"),
    "nh_tidaholm": ("Närhälsan Tidaholm vårdcentral", VG + "40150"),
    "nh_herr_dsk": ("Närhälsan Herrljunga distriktssköterskemottagning", VG + "40166"),
    "nh_vara_bvc": ("Närhälsan Vara barnavårdscentral", VG + "40171"),
    "t1177_vg": ("1177 på telefon, Västra Götalandsregionen", VG + "41177"),
}

CASES = []


def _t(s):
    """'2024-01-16 02:14' -> '2024-01-16T02:14:00'; None stays None."""
    if s is None:
        return None
    d, h = s.split(" ")
    return "%sT%s:00" % (d, h)


def N(nid, system, template, unit, author, role, time, signed, setting, sections, refs=None):
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": U[unit][0], "hsa_id": U[unit][1]},
        "author": {"name": author, "role": role},
        "time": _t(time),
        "signed": _t(signed),
        "setting": setting,
        "refs": list(refs or []),
        "sections": [{"keyword": k, "text": t} for k, t in sections],
    }


def C(name, ruleset, pnr, birth, notes, must=(), must_not=(), why="", as_of="2024-02-01 00:00"):
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr, "birth_date": birth, "protected_identity": False},
            "as_of": _t(as_of),
            "notes": notes,
            "access_events": [],
            "conversations": [],
            "treatments": [],
        },
        "must": [list(x) for x in must],
        "must_not": [list(x) for x in must_not],
        "why": why,
    })


M, P = "Melior", "PMO"
OV, SV = "öppenvård", "slutenvård"
L102, L101 = "NL102", "NL101"

# ---------------------------------------------------------------------------
# Part A: NL102 positives, hedged diagnosis of the patient in a visible section
# ---------------------------------------------------------------------------
C("win-ystad-akut-misstankt-pneumoni-84-ar", "skane", "19390823-3574", "1939-08-23",
  [N("n1", M, "Akutanteckning", "ystad_akut", "Johan Lindqvist", "läkare",
     "2024-01-15 22:40", "2024-01-16 00:12", OV, [
         ("Kontaktorsak", "Feber och hosta sedan 3 dgr, tilltagande andfåddhet. Hemtjänsten larmade ambulans."),
         ("Status", "AT: Påverkad, tachypné AF 26. Sat 89 % utan O2. Pulm: rassel vä basalt. Temp 38,9. BT 105/60."),
         ("Bedömning", "Misstänkt pneumoni vä basalt, CRB-65 2 p. Rtg pulm beställd, blododlingar x 2 tagna."),
         ("Åtgärd", "Bensyl-pc 3 g x 3 iv startat. Läggs in på medicin, ssk informerad om O2-ordination."),
     ])],
  must=[(L102, "n1")], must_not=[(L101, "n1")],
  why="misstänkt pneumoni in the Bedömning of a Skåne Melior emergency note; nothing is said about telling")

C("win-alingsas-akut-trol-lungemboli-efter-flygresa", "vgr", "19610402-2485", "1961-04-02",
  [N("n1", M, "Akutjournal", "al_akut", "Sara Nyström", "läkare",
     "2024-01-16 09:55", "2024-01-16 11:30", OV, [
         ("Aktuellt", "Plötslig andnöd och hö-sidig andningskorrelerad smärta sedan i morse. Långflygning hem från Thailand för fyra dagar sedan."),
         ("Status", "Sat 93 %, puls 112 reg. Pulm: ua. Hö vad något svullnare än vä, ej öm."),
         ("Bedömning", "Trol. lungemboli, Wells 6. DT-angio lungor beställd, Fragmin 200 E/kg sc i väntan på svar."),
     ])],
  must=[(L102, "n1")],
  why="abbreviated hedge 'Trol.' before lungemboli in a visible VGR Bedömning")

C("win-ystad-barn-appendicit-kan-ej-uteslutas", "skane", "20150311-2938", "2015-03-11",
  [N("n1", M, "Akutanteckning", "ystad_akut", "Lina Persson", "läkare",
     "2024-01-16 19:20", "2024-01-16 21:05", OV, [
         ("Aktuellt", "Pojke 8 år, buksmärta sedan igår kväll som vandrat ned mot hö fossa. Kräkts en gång, mamma med på akuten."),
         ("Status", "Ömmar hö fossa med lätt släppömhet. Hoppar ogärna på stället. Temp 37,9."),
         ("Lab", "CRP 34, LPK 13,8."),
         ("Bedömning", "Appendicit kan ej uteslutas. Kirurgjouren kontaktad, pat fastar från nu och UL buk tas imorgon bitti."),
     ])],
  must=[(L102, "n1")],
  why="'kan ej uteslutas' about appendicit in a child's visible note (guardians read it)")

C("win-lidkoping-erysipelas-fragetecken-dd-dvt", "vgr", "19531119-4178", "1953-11-19",
  [N("n1", M, "Akutjournal", "lk_akut", "Ahmed Karimi", "läkare",
     "2024-01-17 14:05", "2024-01-17 14:31", OV, [
         ("Bedömning", "Erysipelas vä underben? DD DVT. D-dimer tas, Kåvepenin 1 g x 3 insatt, ny bedömning imorgon på dagakuten."),
     ])],
  must=[(L102, "n1")],
  why="one-line note: question mark after a diagnosis plus DD, both hedges")

C("win-1177-vgr-trolig-halsfluss", "vgr", "19980630-1025", "1998-06-30",
  [N("n1", M, "Rådgivning 1177", "t1177_vg", "Marie Andersson", "sjuksköterska",
     "2024-01-17 21:12", "2024-01-17 21:26", OV, [
         ("Telefonkontakt", "Ringer pga halsont sedan två dygn, feber 39, ingen hosta och svårt att svälja. Inga andningsbesvär, dricker ordentligt. "
          "Bedömning enligt rådgivningsstödet: trolig halsfluss. Rekommenderas besök på vårdcentral inom ett dygn, tid förmedlad till Närhälsan Tanumshede kl 09.20 imorgon."),
     ])],
  must=[(L102, "n1")],
  why="1177 nurse writes a lay diagnosis (halsfluss) with 'trolig' in a visible Telefonkontakt")

C("win-simrishamn-ger-susp-delirium-uvi", "skane", "19350914-2067", "1935-09-14",
  [N("n1", M, "Daganteckning", "simr_ger", "Birgitta Mårtensson", "läkare",
     "2024-01-18 10:40", None, SV, [
         ("Aktuellt", "Natten orolig och plockig, försökte enl nattpersonalen ta sig ut genom fönstret. Dagtid mer samlad men desorienterad till tid."),
         ("Bedömning", "Susp. delirium, utlösande faktor oklar – UVI? Urinsticka och odling, läkemedelsgenomgång där Oxascand sätts ut."),
     ])],
  must=[(L102, "n1")],
  why="'Susp.' delirium and 'UVI?' on the ward, visible Bedömning of a Skåne Melior note")

C("win-stromstad-talar-for-uretarsten", "vgr", "19790227-3353", "1979-02-27",
  [N("n1", M, "Akutjournal", "st_narakut", "Per-Olof Strand", "läkare",
     "2024-01-18 06:15", "2024-01-18 07:40", OV, [
         ("Anamnes", "Kolikartad smärta i vä flank som strålar mot ljumsken, debut kl 04. Illamående. Liknande episod för sex år sedan, gick över av sig själv."),
         ("Status", "Rastlös, kan inte ligga still. Dunkömhet vä njurloge. U-sticka: blod 3+, i övrigt neg."),
         ("Bedömning", "Anamnes och status talar för vänstersidig uretärsten. Voltaren 50 mg supp med god effekt. Remiss DT-urinvägar, pat ringes upp med tid."),
     ])],
  must=[(L102, "n1")],
  why="'talar för' uretärsten: the assessment is a hypothesis, not yet imaged")

C("win-hassleholm-lung-spirometri-forenlig-med-kol", "skane", "19561205-4717", "1956-12-05",
  [N("n1", M, "Mottagningsanteckning", "hlm_lung", "Eva Sjöberg", "läkare",
     "2024-01-19 13:30", "2024-01-19 16:10", OV, [
         ("Anamnes", "Rökt ca 40 paketår, slutade i oktober. Återkommande luftvägsinfektioner de senaste vintrarna, ansträngningsdyspné i backar."),
         ("Undersökning", "Spirometri efter bronkdilatation: FEV1/FVC 0,64, FEV1 71 % av förväntat."),
         ("Bedömning", "Spirometrin förenlig med KOL, GOLD 2, men tas om i stabil fas efter nuvarande infektion. Anoro Ellipta insatt på prov."),
     ])],
  must=[(L102, "n1")],
  why="'förenlig med KOL' with a planned re-test: an unsettled diagnosis in a visible section")

C("win-tanum-kan-rora-sig-om-erythema-migrans-i-januari", "vgr", "19670708-3645", "1967-07-08",
  [N("n1", M, "Besöksanteckning", "nh_tanum", "Gunilla Berg", "läkare",
     "2024-01-19 08:45", "2024-01-19 09:20", OV, [
         ("Aktuellt", "Rodnad på hö lår sedan ca 2 veckor som långsamt växer utåt. Minns inget fästingbett men har en hund som springer i skogen året om."),
         ("Status", "Ringformad rodnad 7 cm med central uppklarning, ej varm, ej öm."),
         ("Bedömning", "Trots årstiden kan det röra sig om erythema migrans. Doxyferm 100 mg 1x2 i 10 dagar, hör av sig om ingen regress."),
     ])],
  must=[(L102, "n1")],
  why="'kan röra sig om' erythema migrans, a hedge phrase outside the usual adjectives")

C("win-angelholm-narakut-bild-som-vid-influensa", "skane", "19460130-3284", "1946-01-30",
  [N("n1", M, "Akutanteckning", "ahm_narakut", "Martin Ek", "läkare",
     "2024-01-20 11:05", "2024-01-20 11:48", OV, [
         ("Aktuellt", "Frossa, myalgier och torrhosta, symtomdebut för fyra dygn sedan. Maken sjuk med samma besvär."),
         ("Status", "Opåverkad. Sat 96 %, AF 16, temp 38,4. Pulm: normala andningsljud bilat."),
         ("Bedömning", "Bild som vid influensa, inget test taget. Ingen hypoxi, äter och dricker, Tamiflu inte aktuellt så här sent i förloppet. Hem med egenvårdsråd."),
     ])],
  must=[(L102, "n1")],
  why="'Bild som vid influensa' without a test: a clinical, unconfirmed diagnosis")

C("win-falkoping-inger-misstanke-om-temporalisarterit", "vgr", "19490517-1866", "1949-05-17",
  [N("n1", M, "Läkaranteckning", "fk_med", "Jonas Hed", "läkare",
     "2024-01-22 10:10", "2024-01-22 12:55", OV, [
         ("Aktuellt", "Nytillkommen huvudvärk i hö tinning sedan tre veckor, tuggclaudicatio och en episod av dimsyn på hö öga i förrgår."),
         ("Status", "Ömmande, förtjockad a. temporalis hö med svag puls. Visus 1,0 bilat idag."),
         ("Lab", "SR 78, CRP 46, Tpk 512."),
         ("Bedömning", "Inger stark misstanke om temporalisarterit. Prednisolon 60 mg startat idag, remiss temporalisbiopsi och UL kärl, ögonkonsult akut."),
     ])],
  must=[(L102, "n1")],
  why="'Inger stark misstanke om' temporalisarterit, treated before it is confirmed")

C("win-ystad-akut-fragestalning-typo-sab-snoskottning", "skane", "19711022-4511", "1971-10-22",
  [N("n1", M, "Akutanteckning", "ystad_akut", "Sofia Alm", "läkare",
     "2024-01-20 17:25", "2024-01-20 19:02", OV, [
         ("Kontaktorsak", "Åskknallshuvudvärk under snöskottning kl 16, maximal inom en minut. Ingen tidigare huvudvärk av detta slag."),
         ("Status", "Vaken, GCS 15, lätt nackstyv? Inga fokala bortfall. BT 168/95."),
         ("Bedömning", "Frågestälning subaraknoidalblödning. DT hjärna akut, vid negativ DT görs LP tidigast 12 h efter debut enl PM."),
     ])],
  must=[(L102, "n1")],
  why="typo 'Frågestälning' (frågeställning) before subaraknoidalblödning still marks a hypothesis")

C("win-alingsas-oklart-om-migran-med-aura-eller-tia", "vgr", "19880303-2245", "1988-03-03",
  [N("n1", M, "Akutjournal", "al_akut", "Fredrik Lundmark", "läkare",
     "2024-01-21 15:50", "2024-01-21 17:35", OV, [
         ("Anamnes", "Flimmerskotom i vä synfält i 20 min, därefter stickningar i hö hand och svårt att hitta ord. Huvudvärk efteråt. Känd migrän utan aura sedan tonåren."),
         ("Status", "Neurologstatus ua nu, NIHSS 0."),
         ("Bedömning", "Oklart om det rör sig om migrän med aura eller TIA."),
         ("Planering", "DT hjärna + DT-angio, Trombyl-laddning efter DT, telemetri över natten på avd 3."),
     ])],
  must=[(L102, "n1")],
  why="'Oklart om det rör sig om' migrän eller TIA: two hypotheses, both visible")

C("win-trelleborg-lang-brostsmarta-vedhuggning-dd-instabil-angina", "skane", "19640809-3950", "1964-08-09",
  [N("n1", M, "Akutanteckning", "trel_akut", "Karl-Johan Nordin", "läkare",
     "2024-01-21 08:30", "2024-01-21 11:45", OV, [
         ("Kontaktorsak", "Bröstsmärta sedan igår eftermiddag."),
         ("Anamnes", "59-årig lantbrukare. Hypertoni sedan 2015 (Enalapril 10 mg), obehandlad hyperlipidemi, f.d. rökare sedan tio år. Pappa fick hjärtinfarkt vid 62 års ålder. "
          "Högg ved i flera timmar igår och kände då tryckande smärta mitt i bröstet som kom och gick, ibland med utstrålning mot vä skuldra. "
          "Smärtan förvärras när han vrider på överkroppen och när han lyfter armarna över huvudet. Ingen andnöd, ingen kallsvett, inget illamående. "
          "Vaknade i natt av värk och tog två Alvedon med viss effekt. Hustrun tyckte att han skulle åka in. Har aldrig tidigare haft bröstsmärta vid ansträngning och går i skogen flera timmar utan besvär."),
         ("Socialt", "Gift, två vuxna barn. Driver gården ihop med sonen, mest spannmål och lite skog. Dricker alkohol sparsamt, snusar inte."),
         ("Läkemedel", "Enalapril 10 mg x 1. Inga övriga läkemedel, inga kända allergier."),
         ("Status", "AT: Opåverkad, talar obehindrat. Cor: RR, inga blåsljud, f 72. Pulm: vesikulära andningsljud bilat, sat 98 %. "
          "Hals: inga förstorade lymfkörtlar, ingen halsvenstas. BT hö 152/88, vä 148/90. Thorax: palpationsöm över vä parasternala revbensfästen, vilket delvis reproducerar smärtan. "
          "Buk: mjuk och oöm. Ben: inga ödem, vader mjuka."),
         ("EKG", "Sinusrytm 70/min, normal el-axel, inga ST-T-förändringar. Oförändrat jämfört med EKG från 2021."),
         ("Lab", "hs-TnT 0 h 9 ng/l, 1 h 11 ng/l. Hb 148, CRP <5, krea 84."),
         ("Röntgen", "Rtg pulm: normal hjärtstorlek och normalt mediastinum, inga infiltrat, ingen pneumothorax."),
         ("Bedömning", "I första hand muskuloskeletal bröstsmärta efter vedhuggningen, men med hans riskprofil är differentialdiagnosen instabil angina. "
          "Troponinkurvan talar emot hjärtinfarkt. Aortadissektion bedöms mycket osannolik med symmetriska blodtryck och normalt mediastinum på lungröntgen."),
         ("Planering", "Hem med Ipren vid behov. Remiss till klinisk fysiologi för arbetsprov inom två veckor. Statinbehandling tas upp på vårdcentralen. "
          "Muntlig och skriftlig info om att söka direkt vid vilosmärta, smärta över 15 min eller andfåddhet."),
     ])],
  must=[(L102, "n1")],
  why="long chest-pain chart: 'differentialdiagnosen instabil angina' stands next to ruled-out diagnoses")

C("win-tidaholm-mojlig-hjartsvikt-svullna-ben", "vgr", "19440212-1158", "1944-02-12",
  [N("n1", M, "Besöksanteckning", "nh_tidaholm", "Lars Åkesson", "läkare",
     "2024-01-22 14:00", None, OV, [
         ("Aktuellt", "Svullna ben och nattlig hosta sedan jul, sover nu på tre kuddar."),
         ("Status", "Pittingödem bilat upp till knäna, basala rassel bilat. BT 158/92, puls 88 oregelbunden?"),
         ("Bedömning", "Möjlig hjärtsvikt. NT-proBNP och EKG idag, remiss för ekokardiografi, Furix 40 mg x 1 tills vidare."),
     ])],
  must=[(L102, "n1")],
  why="'Möjlig hjärtsvikt' at a VGR health centre written in Melior")

C("win-ystad-med-sannolik-giktattack-under-furix", "skane", "19500627-5134", "1950-06-27",
  [N("n1", M, "Daganteckning", "ystad_med", "Anders Kjellberg", "läkare",
     "2024-01-23 09:35", "2024-01-23 10:10", SV, [
         ("Aktuellt", "Sedan i natt rodnad, varm och svullen MTP I hö. Har stått på Furix sedan inläggningen för hjärtsvikten."),
         ("Bedömning", "Sannolik giktattack. Urat tas, Colchicin enligt schema och Furix-dosen ses över på ronden imorgon."),
     ])],
  must=[(L102, "n1")],
  why="'Sannolik' giktattack in a ward note; the confirmed hjärtsvikt does not matter")

C("win-amal-eventuel-pyelonefrit-typo", "vgr", "19911101-3224", "1991-11-01",
  [N("n1", M, "Besöksanteckning", "nh_amal", "Nadia Haddad", "läkare",
     "2024-01-23 11:15", "2024-01-23 11:50", OV, [
         ("Bedömning", "Eventuel pyelonefrit – feber 38,6, dunkömhet hö njurloge, nitrit pos. Urinodling tagen, Ciprofloxacin 500 mg x 2 i 7 dagar. "
          "Åter om hon inte är feberfri inom 48 h."),
     ])],
  must=[(L102, "n1")],
  why="typo 'Eventuel' (for eventuell) directly before pyelonefrit in a visible VGR section")

C("win-trelleborg-missankt-hoftfraktur-typo", "skane", "19321224-1081", "1932-12-24",
  [N("n1", M, "Akutanteckning", "trel_akut", "Emil Rosén", "läkare",
     "2024-01-15 13:20", "2024-01-15 14:05", OV, [
         ("Aktuellt", "Halkade på isig trottoar utanför Coop, kan inte belasta hö ben."),
         ("Status", "Hö ben utåtroterat och förkortat, distalstatus ua."),
         ("Bedömning", "Missänkt höftfraktur hö, rtg höft och bäcken beställd. Smärtlindring, dropp och fasta inför eventuell op."),
     ])],
  must=[(L102, "n1")],
  why="typo 'Missänkt' for misstänkt before höftfraktur; the plan hedge 'eventuell op' is irrelevant")

C("win-bengtsfors-trolgen-baltros-typo", "vgr", "19580414-2718", "1958-04-14",
  [N("n1", M, "Besöksanteckning", "nh_bengtsfors", "Ingrid Svensson", "läkare",
     "2024-01-24 10:25", "2024-01-24 10:58", OV, [
         ("Aktuellt", "Brännande smärta vä sida av bröstkorgen sedan tre dagar, idag blåsor i ett band under vä bröstvårta."),
         ("Bedömning", "Trolgen bältros Th5 vä. Valaciclovir 1 g x 3 i 7 d, Alvedon och Ipren vid behov."),
     ])],
  must=[(L102, "n1")],
  why="typo 'Trolgen' for troligen before bältros")

C("win-hassleholm-akut-pulka-kan-inte-utesluta-hjarnskakning", "skane", "20160119-0620", "2016-01-19",
  [N("n1", M, "Akutanteckning", "hlm_akut", "Jenny Lövgren", "läkare",
     "2024-01-24 16:40", "2024-01-24 18:10", OV, [
         ("Aktuellt", "Flicka 8 år som åkt pulka rakt in i ett träd och slog huvudet. Kort medvetslös enl en kompis? Kräkts två gånger. Pappa med."),
         ("Status", "GCS 15, pupiller lika och ljusreaktiva. Svullnad vä panna, inget skalpsår."),
         ("Bedömning", "Kan inte utesluta hjärnskakning. DT skalle inte indicerad enl riktlinje, observeras sex timmar på akuten med neurokontroller."),
     ])],
  must=[(L102, "n1")],
  why="'Kan inte utesluta' hjärnskakning in a child's note; a hedged symptom stands beside it")

C("win-herrljunga-dsk-susp-hypotyreos-enl-dr", "vgr", "19701010-3088", "1970-10-10",
  [N("n1", M, "Omvårdnadsanteckning", "nh_herr_dsk", "Anna-Karin Fors", "distriktssköterska",
     "2024-01-25 08:50", "2024-01-25 09:15", OV, [
         ("Aktuellt", "Trött, fryser jämt, gått upp 5 kg sedan i somras och har torr hud. Pratat med dr Lind som bedömer det som susp. hypotyreos. "
          "TSH och T4 tas på tisdag, läkartid bokad veckan därpå."),
     ])],
  must=[(L102, "n1")],
  why="a district nurse relays the doctor's 'susp. hypotyreos' in her own visible Melior note")

C("win-lidkoping-diagnos-obs-for-akut-koronart-syndrom", "vgr", "19570328-1997", "1957-03-28",
  [N("n1", M, "Akutjournal", "lk_akut", "Mikael Bergkvist", "läkare",
     "2024-01-25 02:10", "2024-01-25 03:30", OV, [
         ("Aktuellt", "Tryck över bröstet i vila sedan kl 23, strålar ut i vä arm. Känd diabetes typ 2."),
         ("EKG", "ST-sänkningar 1 mm V4–V6, ingen ST-höjning."),
         ("Diagnos", "Obs. för akut koronart syndrom."),
         ("Planering", "Troponin 0/1 h, Trombyl 320 mg givet, läggs på HIA för telemetri."),
     ])],
  must=[(L102, "n1")],
  why="'Obs. för' in the Diagnos sökord is Swedish clinical shorthand for a suspected, unconfirmed diagnosis")

C("win-lidkoping-kir-ev-gallstensanfall", "vgr", "19830909-2024", "1983-09-09",
  [N("n1", M, "Mottagningsanteckning", "lk_kir", "Sven Håkansson", "läkare",
     "2024-01-26 13:10", "2024-01-26 13:40", OV, [
         ("Bedömning", "Smärta i hö arcus efter fet mat x 3 senaste månaden, ev. gallstensanfall. UL lever och gallvägar beställt."),
     ])],
  must=[(L102, "n1")],
  why="'ev.' directly before a diagnosis (gallstensanfall), not before a plan")

C("win-ystad-kvinno-misstant-x-graviditet-typo", "skane", "19960521-3843", "1996-05-21",
  [N("n1", M, "Läkaranteckning", "ystad_kvinno", "Maria Ohlsson", "läkare",
     "2024-01-26 20:30", "2024-01-26 22:15", OV, [
         ("Anamnes", "Positivt graviditetstest, SM för sex veckor sedan. Vä-sidig buksmärta och lätt blödning sedan igår."),
         ("Undersökning", "VUL: ingen intrauterin graviditet, liten mängd fri vätska i fossa Douglasi."),
         ("Bedömning", "Misstänt extrauterin graviditet. S-hCG nu och om 48 h, stabil, får gå hem med telefonnummer till avdelningen."),
     ])],
  must=[(L102, "n1")],
  why="typo 'Misstänt' before extrauterin graviditet at a women's clinic, visible Bedömning")

C("win-simrishamn-sokord-tidiga-hypoteser-i-vanlig-mall-skane", "skane", "19680707-4593", "1968-07-07",
  [N("n1", M, "Läkaranteckning", "simr_mott", "Olof Wahlgren", "läkare",
     "2024-01-26 10:00", "2024-01-26 11:25", OV, [
         ("Anamnes", "Remiss från VC pga förhöjda levervärden och ledvärk i händerna."),
         ("Status", "Lätt bronsfärgad hud. Lever palpabel 2 cm under arcus."),
         ("Tidiga hypoteser", "Misstänkt hemokromatos, ferritin 1450, transferrinmättnad 68 %."),
         ("Planering", "HFE-genotyp, återbesök om fyra veckor."),
     ])],
  must=[(L102, "n1")],
  why="Skåne protects by template, not sökord: a 'Tidiga hypoteser' section inside an ordinary Läkaranteckning is visible")

C("win-ystad-med-myelom-lacker-fran-tidiga-hypoteser", "skane", "19520318-4394", "1952-03-18",
  [N("n1", M, "Tidiga hypoteser", "ystad_med", "Cecilia Brandt", "läkare",
     "2024-01-17 15:00", "2024-01-17 15:10", SV, [
         ("Bedömning", "Misstänkt myelom: M-komponent 28 g/l, Hb 96, S-Ca 2,84."),
     ]),
   N("n2", M, "Läkaranteckning", "ystad_med", "Cecilia Brandt", "läkare",
     "2024-01-17 15:12", "2024-01-17 16:00", SV, [
         ("Aktuellt", "Inlagd för hyperkalcemi, rehydreras, Ca sjunker."),
         ("Planering", "Utreds för möjligt myelom, benmärgsprov bokat torsdag och lågdos-DT helkropp."),
     ])],
  must=[(L102, "n2")], must_not=[(L102, "n1")],
  why="the hypothesis is put in the Tidiga hypoteser template but repeated in the visible ward note of the same day")

C("win-backefors-tidiga-hypoteser-och-bedomning-lacker", "vgr", "19480902-1563", "1948-09-02",
  [N("n1", M, "Läkaranteckning", "ds_med", "Henrik Dahl", "läkare",
     "2024-01-18 11:30", "2024-01-18 13:00", SV, [
         ("Aktuellt", "Gulfärgad sedan en vecka, klåda, mörk urin. Gått ned 8 kg sedan i höstas."),
         ("Tidiga hypoteser", "Misstänkt pankreascancer, CA 19-9 kraftigt förhöjt."),
         ("Bedömning", "Ikterus av oklar genes, trolig tumör i pankreashuvudet. DT pankreas enligt protokoll, ERCP-kontakt med Skövde."),
     ])],
  must=[(L102, "n1")],
  why="VGR: the Tidiga hypoteser sökord is protected, but the Bedömning of the same note repeats the hypothesis visibly")

C("win-ystad-epikris-trolig-vinterkraksjuka", "skane", "19400202-4828", "1940-02-02",
  [N("n1", M, "Epikris", "ystad_med", "Pia Gustafsson", "läkare",
     "2024-01-19 14:00", "2024-01-19 15:30", SV, [
         ("Diagnos", "Trolig calicivirusinfektion (vinterkräksjuka), ej verifierad. Dehydrering. Prerenal njursvikt, i regress."),
         ("Epikris", "83-årig kvinna inlagd 17/1–19/1 efter två dygn med kräkningar och diarréer, flera på hennes boende har haft samma. "
          "Rehydrerad iv, krea sjönk från 182 till 96. Feces-PCR hann aldrig tas innan besvären upphörde. Åter till boendet, Enalapril pausas en vecka."),
     ])],
  must=[(L102, "n1")],
  why="discharge summary with a hedged main diagnosis in its Diagnos section")

C("win-alingsas-lang-inskrivning-kol-trol-pneumoni", "vgr", "19471103-2641", "1947-11-03",
  [N("n1", M, "Inskrivningsanteckning", "al_med", "Hanna Ljung", "läkare",
     "2024-01-19 18:20", "2024-01-19 21:45", SV, [
         ("Inkomstorsak", "Tilltagande andfåddhet och mer missfärgade upphostningar sedan en vecka."),
         ("Tidigare sjukdomar", "KOL GOLD 3 sedan 2018. Förmaksflimmer på Eliquis. Typ 2-diabetes, tablettbehandlad. Opererad för bröstcancer hö 2009, recidivfri."),
         ("Läkemedel", "Spiriva Respimat, Symbicort 320/9 x 2, Eliquis 5 mg x 2, Metformin 1 g x 2. I övrigt se läkemedelslistan."),
         ("Allergier", "Inga kända läkemedelsallergier. Har fått Bensyl-pc flera gånger tidigare utan reaktion."),
         ("Vaccinationer", "Influensavaccin i oktober, pneumokockvaccin 2021."),
         ("Social anamnes", "Bor med maken i villa utanför Sollebrunn. Klarar sig själv i vanliga fall, går med rollator utomhus. Röker fem cigaretter per dag. ADL-oberoende inomhus, maken sköter det tyngre hushållsarbetet och de har ingen hemtjänst."),
         ("Aktuellt", "Förkyld för tio dagar sedan, sedan dess successivt sämre. Hostar upp gröngult slem och orkar inte gå till brevlådan. "
          "Ingen bröstsmärta. Maken tycker att hon varit tröttare och sovit mycket senaste dygnet."),
         ("Status", "AT: Lätt påverkad, talar i korta meningar. AF 24, sat 86 % utan syrgas och 91 % på 1 l. Temp 38,1. "
          "Cor: oregelbunden rytm, f 104, inga blåsljud. Pulm: förlängt exspirium, ronki bilat, dämpning och rassel hö basalt. Ben: inga ödem."),
         ("Lab", "Artärgas på 1 l O2: pH 7,36, pCO2 6,8, pO2 8,1. CRP 148, LPK 14,2, Hb 131, krea 92, glukos 13,4."),
         ("Röntgen", "Rtg pulm: hyperinflation som tidigare, ny förtätning i hö mellanlob."),
         ("Bedömning", "KOL-exacerbation, trol. utlöst av pneumoni i hö mellanlob. Lätt respiratorisk acidos utan behov av NIV i nuläget."),
         ("Ordination", "Bensyl-pc 3 g x 3 iv, Prednisolon 30 mg x 1 i fem dagar, inhalation Ipratropium/Salbutamol x 4. Syrgas med mål-sat 88–92 %. Ny artärgas om två timmar."),
         ("Planering", "Sputumodling, pneumokock- och legionellaantigen i urin. Glukoskurva, tillfälligt insulin vid behov. Ringer maken under eftermiddagen."),
         ("Omvårdnad", "Behöver hjälp till toaletten i nuläget pga fallrisk. Mobilisering med fysioterapeut imorgon, trycksårsrisk bedömd som låg."),
     ])],
  must=[(L102, "n1")],
  why="long admission chart where one clause ('trol. utlöst av pneumoni') carries the hypothesis")

C("win-amal-ter-sig-som-polymyalgia-reumatika", "vgr", "19510615-2407", "1951-06-15",
  [N("n1", M, "Besöksanteckning", "nh_amal", "Johanna Wik", "läkare",
     "2024-01-27 09:40", "2024-01-27 10:30", OV, [
         ("Aktuellt", "Stel och värkande i axlar och höfter sedan nyår, svårt att ta på sig kappan på morgonen. Morgonstelhet över en timme."),
         ("Status", "Nedsatt aktiv rörlighet i båda axlarna pga smärta, passivt bättre. Inga synovitter i händerna."),
         ("Bedömning", "Ter sig mest som polymyalgia reumatika, SR 52. Prova Prednisolon 15 mg, ny kontakt om en vecka för att värdera effekten."),
     ])],
  must=[(L102, "n1")],
  why="'Ter sig mest som' is an unlisted but ordinary clinical hedge")

C("win-ystad-barn-telefon-formodligen-otit", "skane", "20181104-1282", "2018-11-04",
  [N("n1", M, "Telefonanteckning", "ystad_barn", "Karin Holm", "sjuksköterska",
     "2024-01-27 08:05", "2024-01-27 08:20", OV, [
         ("Telefonkontakt", "Mamma ringer om dottern 5 år med känd astma: feber 39 sedan igår och ont i vä öra. Förmodligen en akut otit enligt dr Nilsson, "
          "men eftersom astman är instabil bokas besök på barnmottagningen kl 13.30."),
     ])],
  must=[(L102, "n1")],
  why="'Förmodligen' before akut otit in a telephone note a guardian can read")

C("win-lidkoping-tveksam-pneumoni-behandlas", "vgr", "19720130-4537", "1972-01-30",
  [N("n1", M, "Akutjournal", "lk_akut", "Elin Sandberg", "läkare",
     "2024-01-27 22:50", None, OV, [
         ("Röntgen", "Rtg pulm: tveksamt infiltrat hö basalt."),
         ("Bedömning", "Tveksam pneumoni men behandlas pga klinik med feber, CRP 96 och lokaliserade rassel. Doxyferm i en vecka, hem."),
     ])],
  must=[(L102, "n1")],
  why="'Tveksam pneumoni' is an uncertain diagnosis even though it is treated")

C("win-hassleholm-med-pekar-mot-b12-brist", "skane", "19450722-2042", "1945-07-22",
  [N("n1", M, "Daganteckning", "hlm_med", "Gustav Lind", "läkare",
     "2024-01-22 11:20", "2024-01-22 12:40", SV, [
         ("Bedömning", "Makrocytär anemi, Hb 98 och MCV 114, och stickningar i fötterna. Labbilden pekar mot B12-brist. Kobalamin, folat och IF-antikroppar skickade."),
     ])],
  must=[(L102, "n1")],
  why="'pekar mot' B12-brist: suggestive wording without confirmation")

C("win-alingsas-akut-spadbarn-misstankt-rs", "vgr", "20230512-0871", "2023-05-12",
  [N("n1", M, "Akutjournal", "al_akut", "Tove Hellström", "läkare",
     "2024-01-15 03:40", "2024-01-15 05:00", OV, [
         ("Aktuellt", "8 mån gammal pojke med snuva och hosta i tre dagar, i natt andats snabbt och ätit sämre. Storasyster går på förskola där många är sjuka."),
         ("Status", "Indragningar jugulärt, AF 56, sat 94 %. Pulm: krepitationer och pip bilat."),
         ("Bedömning", "Misstänkt RS-infektion. Snabbtest taget, nasal sug och näringsdropp, läggs in på barnavdelningen för observation."),
     ])],
  must=[(L102, "n1")],
  why="infant note: guardians read it, so misstänkt RS-infektion is a visible hypothesis")

C("win-ystad-hud-dd-dysplastiskt-nevus-melanom", "skane", "19850223-3177", "1985-02-23",
  [N("n1", M, "Mottagningsanteckning", "ystad_hud", "Rebecka Holmqvist", "läkare",
     "2024-01-23 14:30", "2024-01-23 15:00", OV, [
         ("Status", "Pigmenterad förändring hö skulderblad, 9 mm, asymmetrisk med ojämn kant. Dermatoskopi: atypiskt nätverk."),
         ("Bedömning", "DD dysplastiskt nevus, malignt melanom. Excision med 2 mm marginal bokad om två veckor, PAD får avgöra."),
     ])],
  must=[(L102, "n1")],
  why="'DD' list with malignt melanom before the PAD, in a visible section")

C("win-trelleborg-ort-susp-scaphoideumfraktur", "skane", "19930418-3354", "1993-04-18",
  [N("n1", M, "Mottagningsanteckning", "trel_ort", "Viktor Engström", "läkare",
     "2024-01-25 10:15", "2024-01-25 10:45", OV, [
         ("Aktuellt", "Föll på isen igår och tog emot sig med hö hand."),
         ("Status", "Öm i fossa tabatière och vid axial kompression av tummen. Rtg handled: ingen synlig fraktur."),
         ("Åtgärd", "Susp. scaphoideumfraktur, skafoidgips och ny rtg om 10–14 dagar."),
     ])],
  must=[(L102, "n1")],
  why="'Susp.' scaphoideumfraktur with a negative X-ray, written under Åtgärd")

C("win-mariestad-ger-sannolkit-lewy-body-typo", "vgr", "19380511-0313", "1938-05-11",
  [N("n1", M, "Läkaranteckning", "ms_ger", "Bengt Alfredsson", "läkare",
     "2024-01-24 13:00", "2024-01-24 14:35", SV, [
         ("Anamnes", "Dottern berättar om att pappan sett barn i trädgården som inte finns där och att han ibland är klar och ibland helt borta."),
         ("Status", "MMSE 21/30. Lätt rigiditet i armarna, små steg."),
         ("Bedömning", "Sannolkit Lewy body-demens med tanke på visuella hallucinationer och fluktuerande vakenhet. Undvik neuroleptika, DaTSCAN diskuteras med neurolog."),
     ])],
  must=[(L102, "n1")],
  why="typo 'Sannolkit' for sannolikt before Lewy body-demens")

C("win-falkoping-differnetialdiagnos-reaktiv-artrit-typo", "vgr", "19990806-1733", "1999-08-06",
  [N("n1", M, "Läkaranteckning", "fk_med", "Amra Begić", "läkare",
     "2024-01-26 15:10", "2024-01-26 16:00", OV, [
         ("Aktuellt", "Svullet hö knä och sveda vid miktion, haft magsjuka på utlandsresa för tre veckor sedan."),
         ("Bedömning", "Artrit hö knä. Differnetialdiagnos reaktiv artrit, gonokockartrit. Ledpunktion med odling, klamydia- och gonorré-PCR."),
     ])],
  must=[(L102, "n1")],
  why="typo 'Differnetialdiagnos' still introduces an unsettled diagnosis")

# ---------------------------------------------------------------------------
# Part B: NL102 negatives and hard negatives
# ---------------------------------------------------------------------------
U["lk_kiravd"] = ("Kirurgavdelning 12, Skaraborgs Sjukhus Lidköping", VG + "20135")
U["ahm_rehab"] = ("Rehabiliteringsmottagningen, Ängelholms sjukhus", SK + "9240")

C("win-hassleholm-akut-ingen-misstanke-om-dvt-skidspar", "skane", "19750505-2667", "1975-05-05",
  [N("n1", M, "Akutanteckning", "hlm_akut", "Robert Falk", "läkare",
     "2024-01-15 18:30", "2024-01-15 19:05", OV, [
         ("Aktuellt", "Ont i vä vad sedan ett långpass i skidspåret i helgen."),
         ("Bedömning", "Wells 0, vaden mjuk och lokalt öm medialt. Ingen misstanke om DVT. Muskelbristning i mediala gastrocnemius, kompression och successiv belastning."),
     ])],
  must_not=[(L102, "n1")],
  why="'Ingen misstanke om DVT' is negated; the remaining diagnosis is settled")

C("win-lidkoping-penumoni-uteslutes-typo-postinfektios-hosta", "vgr", "19821212-3395", "1982-12-12",
  [N("n1", M, "Akutjournal", "lk_akut", "Jessica Nord", "läkare",
     "2024-01-16 12:10", "2024-01-16 12:45", OV, [
         ("Bedömning", "Hosta i tre veckor efter förkylning, opåverkad. Rtg pulm ua, penumoni uteslutes. Postinfektiös hosta, ingen antibiotika."),
     ])],
  must_not=[(L102, "n1")],
  why="'penumoni uteslutes' (typo in the diagnosis word) after a normal X-ray is still ruled out")

C("win-alingsas-barn-inga-tecken-pa-meningit", "vgr", "20190909-1686", "2019-09-09",
  [N("n1", M, "Akutjournal", "al_akut", "Oskar Rydberg", "läkare",
     "2024-01-16 23:15", "2024-01-17 00:40", OV, [
         ("Aktuellt", "Flicka 4 år med feber 40 sedan igår, trött men dricker. Ingen kräkning."),
         ("Status", "Pigg i undersökningen, leker med telefonen. Inga petekier, ingen nackstelhet. Röd svalg, trumhinnor ua."),
         ("Bedömning", "Inga tecken på meningit. Övre luftvägsinfektion med hög feber, hem med febernedsättande och vätskeråd."),
     ])],
  must_not=[(L102, "n1")],
  why="'Inga tecken på meningit' in a child's note is a negation, the diagnosis given is firm")

C("win-ystad-akut-d-dimer-talar-emot-lungemboli", "skane", "19900818-4427", "1990-08-18",
  [N("n1", M, "Akutanteckning", "ystad_akut", "Hampus Öberg", "läkare",
     "2024-01-17 10:20", "2024-01-17 11:15", OV, [
         ("Bedömning", "D-dimer <0,27, vilket talar emot lungemboli. Andfåddheten uppkom i samband med en panikattack, något hon haft flera av tidigare. Panikångest, åter till ordinarie psykiatrikontakt."),
     ])],
  must_not=[(L102, "n1")],
  why="'talar emot lungemboli' is the opposite of a hypothesis")

C("win-lidkoping-kiravd-apendicit-avskrivs-typo", "vgr", "20040210-3808", "2004-02-10",
  [N("n1", M, "Daganteckning", "lk_kiravd", "Filip Granath", "läkare",
     "2024-01-17 08:45", "2024-01-17 09:30", SV, [
         ("Aktuellt", "Mår bättre, äter frukost. Ömheten i hö fossa nästan borta."),
         ("Bedömning", "Apendicit avskrivs efter UL utan anmärkning och sjunkande CRP (56 → 21). Hemgång idag, åter vid försämring."),
     ])],
  must_not=[(L102, "n1")],
  why="'avskrivs' (written off) on the ward round, with the typo 'Apendicit': no hedged diagnosis remains")

C("win-tidaholm-mamma-misstankt-alzheimer-anhorigvardare", "vgr", "19620329-3466", "1962-03-29",
  [N("n1", M, "Besöksanteckning", "nh_tidaholm", "Lars Åkesson", "läkare",
     "2024-01-18 15:30", "2024-01-18 16:00", OV, [
         ("Aktuellt", "Sover dåligt sedan hösten. Tar hand om sin mamma, 86, som har misstänkt Alzheimer och utreds på minnesmottagningen i Skövde."),
         ("Bedömning", "Insomni relaterad till anhörigstress. Sömnhygien, kontakt med anhörigkonsulent i kommunen. Inga sömnmedel just nu."),
     ])],
  must_not=[(L102, "n1")],
  why="the hedged diagnosis belongs to the patient's mother, not the patient")

C("win-simrishamn-syster-trolig-celiaki-pat-jarnbrist", "skane", "19941007-2269", "1994-10-07",
  [N("n1", M, "Mottagningsanteckning", "simr_mott", "Olof Wahlgren", "läkare",
     "2024-01-19 09:00", "2024-01-19 09:35", OV, [
         ("Anamnes", "Trött, rikliga menstruationer. Syster har trolig celiaki och väntar på gastroskopi."),
         ("Bedömning", "Järnbristanemi, Hb 108, ferritin 6. Transglutaminas-ak neg hos pat. Järntabletter och remiss till gyn angående blödningarna."),
     ])],
  must_not=[(L102, "n1")],
  why="relative's hedged celiaki; the patient's own anaemia is confirmed and her antibody test negative")

C("win-falkoping-trolig-utskrivning-imorgon", "vgr", "19370726-0927", "1937-07-26",
  [N("n1", M, "Daganteckning", "fk_med", "Amra Begić", "läkare",
     "2024-01-19 10:50", "2024-01-19 11:20", SV, [
         ("Aktuellt", "Afebril sedan igår, sat 95 % utan syrgas."),
         ("Bedömning", "Pneumoni hö underlob i god regress. Byter till Amoxicillin po. Trolig utskrivning imorgon om fortsatt stabil."),
     ])],
  must_not=[(L102, "n1")],
  why="'Trolig' hedges the discharge, not the (confirmed) pneumonia")

C("win-angelholm-narakut-ev-remiss-ortoped", "skane", "19660913-1583", "1966-09-13",
  [N("n1", M, "Akutanteckning", "ahm_narakut", "Martin Ek", "läkare",
     "2024-01-20 14:15", "2024-01-20 14:40", OV, [
         ("Status", "Hö knä: ligamentstabilt, ingen hydrops, lätt svullnad prepatellart."),
         ("Bedömning", "Kontusion hö knä efter fall i trappan. Ev. remiss till ortoped om inte bättre om fyra veckor."),
     ])],
  must_not=[(L102, "n1")],
  why="'Ev.' hedges a referral; the diagnosis itself is firm")

C("win-1177-vgr-villkor-kan-vara-njurbackeninflammation", "vgr", "20010314-2824", "2001-03-14",
  [N("n1", M, "Rådgivning 1177", "t1177_vg", "Sanna Holm", "sjuksköterska",
     "2024-01-21 19:40", None, OV, [
         ("Telefonkontakt", "Ringer efter avslutad antibiotikakur för blåskatarr, nu besvärsfri men undrar om hon ska lämna nytt urinprov. "
          "Inget kontrollprov behövs när hon är symtomfri. Om feber eller ryggsmärta tillkommer kan det vara njurbäckeninflammation och då ska hon söka vård samma dag."),
     ])],
  must_not=[(L102, "n1")],
  why="'kan det vara njurbäckeninflammation' sits inside a conditional safety-net advice")

C("win-stromstad-influensa-a-pcr-verifierad", "vgr", "19500101-4132", "1950-01-01",
  [N("n1", M, "Akutjournal", "st_narakut", "Per-Olof Strand", "läkare",
     "2024-01-21 10:30", "2024-01-21 11:00", OV, [
         ("Bedömning", "Influensa A påvisad med PCR. Känd KOL, därför Tamiflu 75 mg x 2 i fem dagar trots att symtomen debuterade för tre dygn sedan."),
     ])],
  must_not=[(L102, "n1")],
  why="a PCR-confirmed influenza is no hypothesis")

C("win-angelholm-med-tidiga-hypoteser-mall-als", "skane", "19590827-3757", "1959-08-27",
  [N("n1", M, "Tidiga hypoteser", "ahm_med", "Daniel Sund", "läkare",
     "2024-01-22 16:00", "2024-01-22 16:15", SV, [
         ("Bedömning", "Misstänkt ALS: fascikulationer i båda armarna och tungan, svaghet i hö hand."),
         ("Planering", "EMG bokat, neurologkonsult Helsingborg."),
     ])],
  must_not=[(L102, "n1")],
  why="Skåne: the hypothesis sits in a note whose template is Tidiga hypoteser")

C("win-falkoping-sokord-tidiga-hypoteser-ms", "vgr", "19890420-4289", "1989-04-20",
  [N("n1", M, "Läkaranteckning", "fk_med", "Jonas Hed", "läkare",
     "2024-01-22 13:40", "2024-01-22 14:50", OV, [
         ("Anamnes", "Domningar i båda benen sedan två veckor. Hade en synnedsättning på vä öga för två år sedan som gick över av sig själv."),
         ("Status", "Hyperreflexi i benen, Babinski neg bilat. Nedsatt vibrationssinne i fötterna."),
         ("Tidiga hypoteser", "Misstänkt MS."),
         ("Planering", "MR hjärna och ryggmärg, LP. Återbesök när svaren kommit."),
     ])],
  must_not=[(L102, "n1")],
  why="VGR: the hypothesis is only under the protected sökord Tidiga hypoteser; the visible sections hold findings and plans")

C("win-tomelilla-pmo-trolig-bakteriell-sinuit", "skane", "19780612-2912", "1978-06-12",
  [N("n1", P, "Besöksanteckning", "vc_tomelilla", "Patrik Hallberg", "läkare",
     "2024-01-15 10:40", "2024-01-15 11:00", OV, [
         ("Bedömning", "Trolig bakteriell sinuit efter tolv dagars förkylning med dubbelinsjuknande. Kåvepenin 1,6 g x 3 i tio dagar."),
     ])],
  must_not=[(L102, "n1")],
  why="PMO never shows diagnoses, so a hedged sinuit in a health-centre note is not flagged")

C("win-bvc-skurup-pmo-misstankt-hoftledsinstabilitet", "skane", "20231020-1849", "2023-10-20",
  [N("n1", P, "BVC-anteckning", "bvc_skurup", "Helena Mattsson", "sjuksköterska",
     "2024-01-23 09:00", "2024-01-23 09:45", OV, [
         ("Aktuellt", "3-månaderskontroll, vikt och längd följer kurvan. Mamma tycker att flickan sparkar mindre med vä ben."),
         ("Undersökning", "Asymmetriska lårveck, begränsad abduktion vä. BVC-läkaren bedömer det som misstänkt höftledsinstabilitet, remiss till barnortopeden i Malmö."),
     ])],
  must_not=[(L102, "n1")],
  why="BVC in Skåne documents in PMO: hedged diagnosis, not shown to the guardians")

C("win-hemsjukvard-simrishamn-pmo-misstankt-trycksar", "skane", "19291130-0289", "1929-11-30",
  [N("n1", P, "Hembesök", "hsv_simr", "Ulla Persson", "distriktssköterska",
     "2024-01-23 13:15", "2024-01-23 13:40", OV, [
         ("Omvårdnad", "Hembesök. Rodnad över sacrum som inte bleknar vid tryck, misstänkt trycksår kategori 1. Tryckavlastande madrass beställd, vändschema med hemtjänsten."),
     ])],
  must_not=[(L102, "n1")],
  why="district nurse in home care, PMO: misstänkt trycksår is not a visible diagnosis")

C("win-1177-skane-pmo-trol-okomplicerad-uvi", "skane", "19770903-3281", "1977-09-03",
  [N("n1", P, "Telefonanteckning", "t1177_sk", "Jonna Ek", "sjuksköterska",
     "2024-01-24 07:35", "2024-01-24 07:45", OV, [
         ("Telefonkontakt", "Sveda och täta trängningar sedan igår, ingen feber, ingen ryggvärk. Trol. okomplicerad UVI. Hänvisas till Vårdcentralen Sjöbo imorgon förmiddag."),
     ])],
  must_not=[(L102, "n1")],
  why="1177 telephone note filed in PMO: the hedge is not shown as a diagnosis")

C("win-alingsas-med-ssk-ev-latt-feber-i-natt", "vgr", "19330405-1406", "1933-04-05",
  [N("n1", M, "Omvårdnadsanteckning", "al_med", "Mirjam Laine", "sjuksköterska",
     "2024-01-24 07:10", "2024-01-24 07:25", SV, [
         ("Omvårdnad", "Ev. lätt feber i natt enligt rumsgrannen, temp 37,4 i morse. Åt halva frukosten, dricker bra. Mobiliserad till stol."),
     ])],
  must_not=[(L102, "n1")],
  why="'Ev.' hedges a symptom (fever), not a diagnosis")

C("win-simrishamn-fysioterapeut-mojligen-sakrare-i-vandningar", "skane", "19361017-2441", "1936-10-17",
  [N("n1", M, "Fysioterapeutanteckning", "simr_ger", "Tobias Hjort", "fysioterapeut",
     "2024-01-24 14:00", "2024-01-24 14:20", SV, [
         ("Åtgärd", "Gångträning i korridoren med rollator, 2 x 20 m. Möjligen något säkrare i vändningar idag. Fortsatt hög fallrisk, larmmatta kvar."),
     ])],
  must_not=[(L102, "n1")],
  why="'Möjligen' hedges an observation of gait, not a disease")

C("win-stromstad-misstankt-rattfylleri-blodprov-polis", "vgr", "19830215-1975", "1983-02-15",
  [N("n1", M, "Akutjournal", "st_narakut", "Karin Tell", "läkare",
     "2024-01-25 01:20", "2024-01-25 01:45", OV, [
         ("Aktuellt", "Polisen kommer med pat för blodprov, misstänkt rattfylleri efter avkörning i en snövall på väg 176."),
         ("Status", "Vaken och orienterad, luktar alkohol. Inga skador vid genomgång av huvud, nacke, thorax och extremiteter."),
         ("Åtgärd", "Blodprov taget enligt polisens begäran, två rör överlämnade. Pat lämnar mottagningen med polisen."),
     ])],
  must_not=[(L102, "n1")],
  why="'misstänkt' refers to a suspected offence, not a diagnosis")

C("win-simrishamn-telefon-misstanker-fel-i-dosetten", "skane", "19310608-0868", "1931-06-08",
  [N("n1", M, "Telefonanteckning", "simr_mott", "Lena Strömberg", "sjuksköterska",
     "2024-01-25 11:05", "2024-01-25 11:15", OV, [
         ("Telefonkontakt", "Dottern ringer. Misstänker att dosetten fyllts fel förra veckan, Waran saknas i tre fack. INR tas imorgon och hemsjukvården fyller dosetten framöver."),
     ])],
  must_not=[(L102, "n1")],
  why="'Misstänker' a medication error: a suspicion, but of no diagnosis")

C("win-tidaholm-tidigare-misstankt-celiaki-uteslots", "vgr", "19860114-3863", "1986-01-14",
  [N("n1", M, "Besöksanteckning", "nh_tidaholm", "Ebba Lindahl", "läkare",
     "2024-01-25 15:00", "2024-01-25 15:40", OV, [
         ("Anamnes", "Uppblåsthet och växlande avföring i flera år. Utreddes 2019 för misstänkt celiaki, som då uteslöts med gastroskopi och biopsier."),
         ("Bedömning", "Besvären uppfyller Rom IV-kriterierna för IBS. Info om låg-FODMAP, remiss till dietist."),
     ])],
  must_not=[(L102, "n1")],
  why="past suspicion that was ruled out ('uteslöts') is history, not a current hypothesis")

C("win-hassleholm-dt-halsrygg-fraktur-kan-uteslutas", "skane", "19970228-3111", "1997-02-28",
  [N("n1", M, "Akutanteckning", "hlm_akut", "Robert Falk", "läkare",
     "2024-01-26 17:50", "2024-01-26 19:10", OV, [
         ("Aktuellt", "Påkörd bakifrån i köbildning på väg 21, bilbälte, ingen airbag. Nackvärk."),
         ("Bedömning", "DT halsrygg: fraktur kan uteslutas. Nackdistorsion, info om tidig mobilisering, Alvedon och Ipren."),
     ])],
  must_not=[(L102, "n1")],
  why="'kan uteslutas' (without ej) rules the fracture out: the hard twin of 'kan ej uteslutas'")

C("win-lidkoping-kir-reaktiv-lymfkortel-ingen-misstanke-malignitet", "vgr", "19730511-2349", "1973-05-11",
  [N("n1", M, "Mottagningsanteckning", "lk_kir", "Sven Håkansson", "läkare",
     "2024-01-26 09:30", "2024-01-26 10:00", OV, [
         ("Bedömning", "Knöl i vä ljumske sedan en månad. UL: reaktiv lymfkörtel 14 mm med bevarad fetthilus. Inger ingen misstanke om malignitet, ingen ytterligare åtgärd."),
     ])],
  must_not=[(L102, "n1")],
  why="'Inger ingen misstanke om' negates the hedge phrase")

C("win-ystad-akut-ingen-missanke-om-sepsis-typo", "skane", "19690302-1753", "1969-03-02",
  [N("n1", M, "Akutanteckning", "ystad_akut", "Sofia Alm", "läkare",
     "2024-01-27 12:30", "2024-01-27 13:05", OV, [
         ("Bedömning", "Temp 38,2 men opåverkad, NEWS 2, laktat 1,1. Ingen missanke om sepsis. Förkyld sedan tre dagar, okomplicerad övre luftvägsinfektion, hem."),
     ])],
  must_not=[(L102, "n1")],
  why="typo 'missanke' inside a negated suspicion")

C("win-backefors-oklart-om-waran-intag", "vgr", "19410929-0579", "1941-09-29",
  [N("n1", M, "Daganteckning", "ds_med", "Henrik Dahl", "läkare",
     "2024-01-27 10:15", None, SV, [
         ("Aktuellt", "INR 1,4 vid inkomst. Oklart om pat tagit sin Waran de senaste dagarna, ingen dosett hemma."),
         ("Planering", "Dosering enligt AK-mottagningen, nytt INR på måndag. Läkemedelsgenomgång med apotekare."),
     ])],
  must_not=[(L102, "n1")],
  why="'Oklart om' concerns adherence, not a diagnosis")

C("win-angelholm-erysipelas-aterbesok-torsdag-fragetecken", "skane", "19551108-0623", "1955-11-08",
  [N("n1", M, "Akutanteckning", "ahm_narakut", "Nils Ivarsson", "läkare",
     "2024-01-28 11:40", "2024-01-28 12:00", OV, [
         ("Bedömning", "Erysipelas vä underben, rodnaden avgränsad med penna. Kåvepenin 1 g x 3 i tio dagar."),
         ("Planering", "Återbesök torsdag? Tid ej bokad ännu, pat ringer själv på måndag."),
     ])],
  must_not=[(L102, "n1")],
  why="the question mark stands after a follow-up plan, the erysipelas itself is stated firmly")

C("win-ystad-barn-telefon-villkor-utslag-som-inte-bleknar", "skane", "20210202-0530", "2021-02-02",
  [N("n1", M, "Telefonanteckning", "ystad_barn", "Karin Holm", "sjuksköterska",
     "2024-01-28 18:20", "2024-01-28 18:35", OV, [
         ("Telefonkontakt", "Pappa ringer, sonen snart 3 år har haft feber i ett dygn, äter lite men dricker och kissar. Leker emellanåt. "
          "Råd om vätska och febernedsättande. Om barnet får utslag som inte bleknar vid tryck kan det röra sig om allvarlig infektion, ring då 112."),
     ])],
  must_not=[(L102, "n1")],
  why="'kan det röra sig om' appears only inside an 'om …' safety-net instruction")

C("win-lidkoping-distal-radiusfraktur-reponerad", "vgr", "19480607-1082", "1948-06-07",
  [N("n1", M, "Akutjournal", "lk_akut", "Ahmed Karimi", "läkare",
     "2024-01-16 16:20", "2024-01-16 17:50", OV, [
         ("Diagnos", "Distal radiusfraktur vä, dorsalt vinklad."),
         ("Åtgärd", "Reponerad i hematomblockad, dorsal gipsskena. Rtg-kontroll om en vecka på ortopedmottagningen."),
     ])],
  must_not=[(L102, "n1")],
  why="confirmed fracture under the Diagnos sökord, no hedge at all")

C("win-ystad-akut-troligen-halkat-pa-uppfarten", "skane", "19460316-1797", "1946-03-16",
  [N("n1", M, "Akutanteckning", "ystad_akut", "Hampus Öberg", "läkare",
     "2024-01-17 08:10", "2024-01-17 09:40", OV, [
         ("Aktuellt", "Hittad liggande på uppfarten av grannen, troligen halkat på isen. Skrapsår vä kind."),
         ("Bedömning", "DT skalle: ingen blödning, ingen fraktur. Kontusion ansikte, sårtvätt och steristrip."),
     ])],
  must_not=[(L102, "n1")],
  why="'troligen' hedges the mechanism of injury, not a diagnosis")

C("win-bengtsfors-akut-bronkit-ev-antibiotika", "vgr", "19630722-1538", "1963-07-22",
  [N("n1", M, "Besöksanteckning", "nh_bengtsfors", "Ingrid Svensson", "läkare",
     "2024-01-18 13:30", "2024-01-18 13:50", OV, [
         ("Bedömning", "Hosta och feber sedan två dagar, CRP 18, lungauskultation ua. Akut bronkit. Ev. antibiotika om ej bättre på fredag, då nytt CRP."),
     ])],
  must_not=[(L102, "n1")],
  why="'Ev.' hedges a treatment decision; akut bronkit is stated firmly")

C("win-ystad-barn-storasyster-trol-vattkoppor", "skane", "20200606-0608", "2020-06-06",
  [N("n1", M, "Mottagningsanteckning", "ystad_barn", "Lina Persson", "läkare",
     "2024-01-19 10:30", "2024-01-19 11:00", OV, [
         ("Aktuellt", "Planerad astmakontroll. Storasyster trol. vattkoppor förra veckan."),
         ("Status", "Afebril, inga blåsor, hudkostym ua. Pulm: normala andningsljud, inga ronki."),
         ("Bedömning", "Astma, välkontrollerad på Flixotide 50 µg x 2. Oförändrad behandling, nästa kontroll om sex månader."),
     ])],
  must_not=[(L102, "n1")],
  why="the sister's probable varicella is a relative's disease; the child's asthma is confirmed")

C("win-backefors-inga-tekcen-pa-dvt-typo", "vgr", "19440930-2249", "1944-09-30",
  [N("n1", M, "Läkaranteckning", "ds_med", "Maja Forsberg", "läkare",
     "2024-01-20 13:15", "2024-01-20 13:45", SV, [
         ("Bedömning", "UL vä ben: inga tekcen på DVT. Svullnaden förklaras av känd venös insufficiens, stödstrumpor klass 2 utprovas."),
     ])],
  must_not=[(L102, "n1")],
  why="typo 'tekcen' in the negation 'inga tecken på DVT'")

C("win-hassleholm-med-ej-pneumoni-tromboflebit", "skane", "19520110-3164", "1952-01-10",
  [N("n1", M, "Daganteckning", "hlm_med", "Gustav Lind", "läkare",
     "2024-01-21 11:10", None, SV, [
         ("Bedömning", "Rtg pulm idag: ej pneumoni, ingen stas. Febern tolkas som tromboflebit vid tidigare PVK i vä armveck, PVK borttagen och Alvedon."),
     ])],
  must_not=[(L102, "n1")],
  why="'ej pneumoni' is a short negation; the fever source is stated firmly")

C("win-tanum-barn-inget-talar-for-bakteriell-infektion", "vgr", "20170812-1056", "2017-08-12",
  [N("n1", M, "Besöksanteckning", "nh_tanum", "Gunilla Berg", "läkare",
     "2024-01-22 16:20", "2024-01-22 16:40", OV, [
         ("Bedömning", "Inget talar för bakteriell infektion, CRP 8 och trumhinnor ua. Viral övre luftvägsinfektion, febernedsättande och vätska."),
     ])],
  must_not=[(L102, "n1")],
  why="'Inget talar för' negates the hedge 'talar för'")

C("win-osby-pmo-dd-diskbrack-spinal-stenos", "skane", "19600423-3737", "1960-04-23",
  [N("n1", P, "Besöksanteckning", "vc_osby", "Mats Gunnarsson", "läkare",
     "2024-01-23 14:40", "2024-01-23 15:10", OV, [
         ("Status", "Lasègue pos hö vid 40°, nedsatt akillesreflex hö, svaghet vid tåhävning."),
         ("Bedömning", "Ischias hö. DD diskbråck L5–S1, spinal stenos. MR ländrygg remitteras, Naproxen i två veckor."),
     ])],
  must_not=[(L102, "n1")],
  why="PMO health centre: differential diagnoses are not shown to the patient")

U["ystad_kirmott"] = ("Kirurgmottagningen, Ystads lasarett", SK + "5450")

C("win-ystad-kir-tidiga-hypoteser-mall-och-ren-synlig-anteckning", "skane", "19540914-2170", "1954-09-14",
  [N("n1", M, "Tidiga hypoteser", "ystad_kirmott", "Jakob Wennberg", "läkare",
     "2024-01-26 14:00", "2024-01-26 14:05", OV, [
         ("Bedömning", "Koloskopi: exofytisk, lättblödande förändring i sigmoideum 25 cm ab ano. Trolig koloncancer."),
     ]),
   N("n2", M, "Läkaranteckning", "ystad_kirmott", "Jakob Wennberg", "läkare",
     "2024-01-26 14:06", "2024-01-26 14:40", OV, [
         ("Undersökning", "Koloskopi till caecum. Förändring i sigmoideum, biopsier tagna, tuschmarkerad."),
         ("Planering", "PAD inväntas, DT thorax-buk bokad. Återbesök med besked om tio dagar."),
     ])],
  must_not=[(L102, "n1"), (L102, "n2")],
  why="Skåne: the hypothesis is kept in the Tidiga hypoteser template and the visible note only names a finding")

C("win-alingsas-tidiga-hypoteser-sokord-anorexia-nervosa", "vgr", "20050803-3040", "2005-08-03",
  [N("n1", M, "Läkaranteckning", "al_med", "Tove Hellström", "läkare",
     "2024-01-27 11:00", None, SV, [
         ("Aktuellt", "18-årig kvinna inlagd för bradykardi 38/min och yrsel. Vikt 44 kg, längd 168 cm."),
         ("Bedömning", "Undervikt med BMI 15,6 och bradykardi utan somatisk förklaring i utredningen hittills. Sköterskan följer måltiderna."),
         ("Tidiga hypoteser", "Trolig anorexia nervosa, pat förnekar restriktivt ätande."),
         ("Planering", "Kontakt med ätstörningsenheten i Göteborg, telemetri, fosfat dagligen."),
     ])],
  must_not=[(L102, "n1")],
  why="VGR: the eating-disorder hypothesis is only under the protected sökord; visible text holds findings")

C("win-hassleholm-lung-hereditet-mamma-misstankt-aggstockscancer", "skane", "19680316-4802", "1968-03-16",
  [N("n1", M, "Mottagningsanteckning", "hlm_lung", "Eva Sjöberg", "läkare",
     "2024-01-28 09:20", "2024-01-28 10:00", OV, [
         ("Hereditet", "Mamma hade misstänkt äggstockscancer men dog innan utredningen var klar. Morfar KOL."),
         ("Bedömning", "Astma, otillräckligt kontrollerad under vintern. Symbicort höjs till 2 inh x 2, astmaskola hos sjuksköterskan."),
     ])],
  must_not=[(L102, "n1")],
  why="family history with a hedged diagnosis of the mother; the patient's asthma is confirmed")

C("win-falkoping-inga-hallpunkter-for-hjartsvikt", "vgr", "19560704-1273", "1956-07-04",
  [N("n1", M, "Läkaranteckning", "fk_med", "Jonas Hed", "läkare",
     "2024-01-28 13:00", "2024-01-28 13:25", OV, [
         ("Bedömning", "Ansträngningsdyspné. NT-proBNP 110 och ekokardiografi normal, inga hållpunkter för hjärtsvikt. Fortsatt utredning via lungmottagningen."),
     ])],
  must_not=[(L102, "n1")],
  why="'inga hållpunkter för' is a negation phrase not in the listed ones")

C("win-falkoping-lang-inskrivning-hypoglykemi-snoskottning", "vgr", "19451129-2791", "1945-11-29",
  [N("n1", M, "Inskrivningsanteckning", "fk_med", "Amra Begić", "läkare",
     "2024-01-15 16:40", "2024-01-15 19:30", SV, [
         ("Inkomstorsak", "Hittad förvirrad och kallsvettig vid garageinfarten av hustrun efter snöskottning."),
         ("Tidigare sjukdomar", "Diabetes typ 2 sedan 2004, insulinbehandlad sedan 2016. Hypertoni. PCI mot LAD 2019. Njursvikt stadium 3a."),
         ("Läkemedel", "Insulatard 28 E till kvällen, Novorapid enligt schema, Metformin 500 mg x 2, Trombyl, Atorvastatin, Amlodipin."),
         ("Socialt", "Pensionerad snickare, bor med hustrun i villa i Floby. Kör fortfarande bil och har själv skött sin insulinbehandling i åtta år."),
         ("Aktuellt", "Hustrun fann honom sittande i snön, svarade inte adekvat. Ambulansen uppmätte P-glukos 1,9 och gav glukos iv med snabb förbättring. "
          "Har ätit dåligt i två dagar pga förkylning men tagit full insulindos. Ingen bröstsmärta, ingen andnöd, inget fall."),
         ("Status", "AT: Opåverkad nu, orienterad till tid, rum och person. Cor: RR, f 82. Pulm: ua. BT 142/80. "
          "Neuro: inga fokala bortfall, normalt tal, symmetriska reflexer. Hud: inga frostskador på händer eller fötter. Kapillär återfyllnad under två sekunder, temp 36,1."),
         ("EKG", "Sinusrytm, gammal Q-våg i V2–V3, inga nytillkomna förändringar."),
         ("Lab", "P-glukos 8,4 efter behandling. Troponin 14 och 15. Krea 128 (habituellt 120). CRP 12. HbA1c 52."),
         ("Bedömning", "Hypoglykemi hos insulinbehandlad diabetiker på grund av nedsatt födointag. Inga tecken på stroke, neurologstatus normaliserat efter glukos. "
          "Ingen misstanke om hjärtinfarkt, troponin stabilt och lågt. Njurfunktionen oförändrad."),
         ("Planering", "Glukos var fjärde timme i natt, glukosdropp tills han äter. Insulatard sänks till 20 E. "
          "Trolig hemgång imorgon eftermiddag när hustrun kan hämta. Diabetessköterskan på Närhälsan Falköping kontaktas om ny dosering."),
         ("Körkort", "Avråds från bilkörning tills diabetessköterskan gjort en ny bedömning efter den svåra hypoglykemin, pat och hustru införstådda."),
     ])],
  must_not=[(L102, "n1")],
  why="long admission chart full of negations and a hedged discharge, with no hedged diagnosis of the patient")

C("win-ystad-kir-lang-epikris-kolecystit-pad-benign", "skane", "19720505-3684", "1972-05-05",
  [N("n1", M, "Epikris", "ystad_kir", "Jakob Wennberg", "läkare",
     "2024-01-22 15:00", None, SV, [
         ("Diagnoser", "Akut kolecystit. Gallstenssjukdom. Åtgärd: laparoskopisk kolecystektomi 18/1."),
         ("Epikris", "51-årig kvinna som sökte akut 16/1 med smärta under hö arcus sedan ett dygn, feber 38,7 och CRP 210. "
          "UL visade förtjockad gallblåsevägg med stenar och perivesikal vätska. Behandlades med Tazocin och opererades laparoskopiskt dag tre. "
          "Operationen okomplicerad, inget dränage. Postoperativt afebril, smärtlindrad på perorala preparat och mobiliserad första dagen. "
          "CRP sjönk till 64 vid hemgång. Leverprover normaliserades och ingen gallgångssten kunde påvisas vid peroperativ kolangiografi. "
          "PAD: akut på kronisk kolecystit, ingen malignitet."),
         ("Läkemedel", "Alvedon 1 g x 3 vid behov i en vecka. Oxynorm 5 mg vid genombrottssmärta, högst tre dagar. Inga antibiotika efter hemgång."),
         ("Uppföljning", "Ingen rutinmässig kontroll. Agrafferna tas på vårdcentralen om tio dagar, remiss skickad. "
          "Ev. telefonkontakt med kirurgmottagningen om hon har frågor om PAD. Om feber, gulsot eller tilltagande buksmärta ska hon söka akut."),
         ("Sjukskrivning", "100 % i två veckor, arbetar som undersköterska på ett boende i Skurup."),
     ])],
  must_not=[(L102, "n1")],
  why="long discharge summary: confirmed diagnoses, a benign PAD and hedged plans only")

# ---------------------------------------------------------------------------
# Part C: NL101, diagnosis visible while the patient is (not) told
# ---------------------------------------------------------------------------
U["lk_hud"] = ("Hudmottagningen, Skaraborgs Sjukhus Lidköping", VG + "20162")
U["al_brost"] = ("Bröstmottagningen, Alingsås lasarett", VG + "10270")

C("win-ystad-med-dt-levermetastaser-ej-informerad", "skane", "19430219-3182", "1943-02-19",
  [N("n1", M, "Läkaranteckning", "ystad_med", "Cecilia Brandt", "läkare",
     "2024-01-16 15:20", "2024-01-16 16:05", SV, [
         ("Aktuellt", "DT buk: multipla leverförändringar förenliga med metastaser, primärtumör oklar."),
         ("Planering", "Pat ej informerad om fyndet ännu, besked imorgon när dottern kan vara med. Gastroskopi och koloskopi bokas."),
     ])],
  must=[(L101, "n1"), (L102, "n1")],
  why="metastasis finding written in a visible section while the note says the patient is not yet informed")

C("win-lidkoping-hud-pad-malignt-melanom-ej-meddelad", "vgr", "19660522-2873", "1966-05-22",
  [N("n1", M, "Läkaranteckning", "lk_hud", "Paulina Zielińska", "läkare",
     "2024-01-17 11:40", "2024-01-17 11:55", OV, [
         ("PAD", "Malignt melanom, Breslow 0,9 mm, Clark III, radikalt exciderat."),
         ("Planering", "Pat ännu ej meddelad, kallas till besök vecka 5 för besked och planering av utvidgad excision."),
     ])],
  must=[(L101, "n1")], must_not=[(L102, "n1")],
  why="a confirmed melanoma in the PAD section, patient 'ännu ej meddelad'")

C("win-trelleborg-uro-prostatacancer-ej-informeras-fore-mdk", "skane", "19550108-3595", "1955-01-08",
  [N("n1", M, "Läkaranteckning", "trel_uro", "Stefan Åberg", "läkare",
     "2024-01-18 14:10", None, OV, [
         ("Provsvar", "Prostatabiopsier: adenocarcinom Gleason 4+4, ISUP 4, i 7 av 12 biopsikolvar."),
         ("Planering", "Pat ska inte informeras om prostatacancern förrän MDK på torsdag tagit ställning till behandling. Besked av ansvarig urolog."),
     ])],
  must=[(L101, "n1")],
  why="'ska inte informeras … förrän' about a confirmed prostate cancer in a visible note")

C("win-alingsas-med-ovetande-om-als-diagnos", "vgr", "19570601-4353", "1957-06-01",
  [N("n1", M, "Daganteckning", "al_med", "Fredrik Lundmark", "läkare",
     "2024-01-19 10:20", "2024-01-19 10:50", SV, [
         ("Aktuellt", "Inlagd för aspirationspneumoni, bättre. Neurologen i Göteborg har efter EMG ställt diagnosen ALS."),
         ("Bedömning", "Patienten är ännu ovetande om ALS-diagnosen, den ska ges av neurolog vid planerat besök 2/2."),
     ])],
  must=[(L101, "n1")],
  why="'ännu ovetande om' the diagnosis: a way of saying not told without the word informerad")

C("win-hassleholm-lung-smacellig-har-ej-fatt-besked", "skane", "19500414-2930", "1950-04-14",
  [N("n1", M, "Mottagningsanteckning", "hlm_lung", "Mohammed Rahimi", "läkare",
     "2024-01-19 15:30", "2024-01-19 15:45", OV, [
         ("Provsvar", "Har ännu inte fått besked om att bronkoskopibiopsin visade småcellig lungcancer. Besöket i morgon bokas om till dubbeltid med kontaktsjuksköterska."),
     ])],
  must=[(L101, "n1")],
  why="'Har ännu inte fått besked om' a biopsy-proven cancer")

C("win-lidkoping-kir-misstankt-pankreascancer-informeras-ej-idag", "vgr", "19530910-1466", "1953-09-10",
  [N("n1", M, "Mottagningsanteckning", "lk_kir", "Sven Håkansson", "läkare",
     "2024-01-22 09:00", "2024-01-22 09:40", OV, [
         ("Bedömning", "DT: 3 cm lesion i pankreashuvudet, misstänkt pankreascancer. Informeras inte idag, pat mycket orolig och anhöriga vill vara med. Samtal bokat tisdag."),
     ])],
  must=[(L101, "n1"), (L102, "n1")],
  why="a hedged cancer diagnosis plus an explicit 'Informeras inte idag'")

C("win-simrishamn-parkinson-ej-infomerad-typo", "skane", "19480125-3974", "1948-01-25",
  [N("n1", M, "Mottagningsanteckning", "simr_mott", "Olof Wahlgren", "läkare",
     "2024-01-22 11:10", "2024-01-22 11:30", OV, [
         ("Provsvar", "DaTSCAN patologisk med nedsatt upptag i putamen bilat. Mb Parkinson."),
         ("Planering", "Pat ej infomerad om diagnosen, ges vid återbesöket 8/2 med frun."),
     ])],
  must=[(L101, "n1")],
  why="typo 'infomerad' in 'ej informerad' next to a confirmed Mb Parkinson")

C("win-alingsas-epikris-hjarnmetastaser-mr-ej-informerad", "vgr", "19590306-2288", "1959-03-06",
  [N("n1", M, "Epikris", "al_med", "Hanna Ljung", "läkare",
     "2024-01-23 14:00", "2024-01-23 15:10", SV, [
         ("Epikris", "64-årig kvinna med känd icke-småcellig lungcancer, inlagd 19/1–23/1 för yrsel och kräkningar. MR hjärna: tre hjärnmetastaser i lillhjärnan. "
          "Betapred 8 mg x 2 med god effekt på symtomen."),
         ("Uppföljning", "Pat ännu ej informerad om MR-svaret, brytpunktssamtal planerat med onkolog på NU-sjukvården 26/1."),
     ])],
  must=[(L101, "n1")],
  why="discharge summary that names the metastases while stating the patient is not yet informed of the MR")

C("win-hassleholm-med-vet-inte-om-att-det-ar-cancer", "skane", "19390711-0641", "1939-07-11",
  [N("n1", M, "Daganteckning", "hlm_med", "Gustav Lind", "läkare",
     "2024-01-23 16:10", None, SV, [
         ("Provsvar", "Pleuravätska cytologi: maligna celler, adenokarcinom."),
         ("Bedömning", "Pat vet inte om att det är cancer, tror själv att det är en infektion. Ansvarig läkare tar samtalet imorgon tillsammans med sonen."),
     ])],
  must=[(L101, "n1")],
  why="unsigned draft: 'vet inte om att det är cancer' after cytology")

C("win-falkoping-hiv-kvarstar-att-informera", "vgr", "19910125-2154", "1991-01-25",
  [N("n1", M, "Läkaranteckning", "fk_med", "Ebba Lindahl", "läkare",
     "2024-01-24 13:15", "2024-01-24 13:30", OV, [
         ("Provsvar", "HIV-1 verifierat positiv med konfirmerande test."),
         ("Planering", "Kvarstår att informera pat. Infektionsläkare från Skövde kommer hit imorgon för samtalet, smittskyddsblankett förbereds."),
     ])],
  must=[(L101, "n1")],
  why="'Kvarstår att informera pat' about a confirmed infection diagnosis")

C("win-ahm-med-lymfom-informerad-men-ny-lungemboli-ej", "skane", "19620817-2046", "1962-08-17",
  [N("n1", M, "Läkaranteckning", "ahm_med", "Daniel Sund", "läkare",
     "2024-01-16 13:00", "2024-01-16 14:20", SV, [
         ("Bedömning", "Informerat pat och hennes man om diagnosen diffust storcelligt B-cellslymfom. Remiss hematologen Helsingborg för R-CHOP."),
     ]),
   N("n2", M, "Omvårdnadsanteckning", "ahm_med", "Frida Magnusson", "sjuksköterska",
     "2024-01-17 10:30", "2024-01-17 10:50", SV, [
         ("Aktuellt", "DT thorax i morse visade lungemboli bilat. Pat ej informerad om det nya fyndet ännu, dr Sund informerar efter ronden. Fragmin given kl 10."),
     ])],
  must=[(L101, "n2")], must_not=[(L101, "n1")],
  why="told about the lymphoma yesterday, but the new lungemboli in today's nurse note is explicitly not yet told")

C("win-nu-onk-recidiv-berattas-inte-fore-70-arsdag", "vgr", "19540127-0425", "1954-01-27",
  [N("n1", M, "Telefonanteckning", "nu_onk", "Lena Björk", "sjuksköterska",
     "2024-01-24 15:40", "2024-01-24 15:55", OV, [
         ("Telefonkontakt", "DT visar recidiv av bröstcancern med två metastaser i levern. Enligt överenskommelse med ansvarig onkolog berättas inget för pat förrän efter helgen, "
          "då hon firar sin 70-årsdag på lördag. Återbesök bokat tisdag 30/1."),
     ])],
  must=[(L101, "n1")],
  why="'berättas inget för pat förrän' a recurrence, written by the contact nurse in a visible note")

C("win-ahm-med-aml-diagnosen-ej-delgiven", "skane", "19840504-1537", "1984-05-04",
  [N("n1", M, "Läkaranteckning", "ahm_med", "Ida Rask", "läkare",
     "2024-01-25 17:00", "2024-01-25 17:25", SV, [
         ("Bedömning", "Benmärgsprov: akut myeloisk leukemi. Diagnosen ej delgiven pat, hematolog i Lund informerar vid överflyttningen imorgon bitti."),
     ])],
  must=[(L101, "n1")],
  why="'ej delgiven' is a formal wording of not told")

C("win-backefors-eko-hjartsvikt-ej-underrattad-utkast", "vgr", "19460418-3725", "1946-04-18",
  [N("n1", M, "Daganteckning", "ds_med", "Maja Forsberg", "läkare",
     "2024-01-25 14:45", None, SV, [
         ("Provsvar", "Ekokardiografi: EF 25 %, global hypokinesi. Hjärtsvikt med nedsatt ejektionsfraktion."),
         ("Planering", "Pat ännu inte underrättad, tas på ronden imorgon. Entresto och Jardiance diskuteras."),
     ])],
  must=[(L101, "n1")],
  why="unsigned draft: 'ännu inte underrättad' about a new heart-failure diagnosis")

C("win-lidkoping-kir-diagnos-sigmoideumcancer-besked-fredag", "vgr", "19610930-3351", "1961-09-30",
  [N("n1", M, "Läkaranteckning", "lk_kir", "Filip Granath", "läkare",
     "2024-01-26 08:20", "2024-01-26 08:35", OV, [
         ("Diagnos", "C18.7 Malign tumör i colon sigmoideum."),
         ("Planering", "Pat ej informerad om PAD ännu, besked via kolorektalsjuksköterskan på fredag. DT thorax-buk beställd."),
     ])],
  must=[(L101, "n1")],
  why="ICD-coded cancer under the Diagnos sökord with 'ej informerad om PAD ännu'")

C("win-ystad-hud-skivepitelcancer-ej-infromerad-typo", "skane", "19330313-1514", "1933-03-13",
  [N("n1", M, "Läkaranteckning", "ystad_hud", "Rebecka Holmqvist", "läkare",
     "2024-01-26 10:05", "2024-01-26 10:15", OV, [
         ("PAD", "Högt differentierad skivepitelcancer hö ytteröra, ej radikalt borttagen i lateral kant."),
         ("Planering", "Pat ännu ej infromerad. Ny excision planeras, kallelse och besked per telefon via ssk."),
     ])],
  must=[(L101, "n1")],
  why="typo 'infromerad' in a not-informed statement about a skin cancer")

C("win-ystad-med-lang-anemiutredning-caecumcancer-ej-informerad", "skane", "19360920-2449", "1936-09-20",
  [N("n1", M, "Läkaranteckning", "ystad_med", "Anders Kjellberg", "läkare",
     "2024-01-27 11:30", "2024-01-27 14:00", SV, [
         ("Aktuellt", "87-årig kvinna inlagd 24/1 för trötthet och yrsel, Hb 72 vid inkomst. Bor ensam i lägenhet i Ystad med hemtjänst två gånger dagligen. "
          "Två enheter blod givna med Hb-stegring till 94. Järnbrist, ferritin 4."),
         ("Status", "AT: Blek, trött men vaken. Cor: systoliskt blåsljud 2/6 över apex, oförändrat. Pulm: ua. Buk: mjuk, oöm, ingen palpabel resistens. "
          "PR: brun avföring, F-Hb pos. Ben: lätta ankelödem bilat."),
         ("Utredning", "Gastroskopi 25/1 utan anmärkning. DT buk med kontrast igår: tumör i caecum med två levermetastaser, ingen ileus. "
          "Koloskopi bedöms inte meningsfull i hennes tillstånd efter diskussion med kirurgbakjour."),
         ("Bedömning", "Anemi orsakad av blödande caecumcancer med levermetastaser. Inte operabel med hänsyn till allmäntillstånd och spridning. "
          "Pat har inte informerats om DT-svaret då hon var trött och förvirrad idag, samtal planeras måndag med sonen som kommer från Stockholm."),
         ("Planering", "Järninfusion Ferinject 1 g idag. Hb-kontroll på måndag. Brytpunktssamtal måndag eftermiddag, kontakt med ASIH Ystad inför hemgång. "
          "Fortsatt mobilisering med fysioterapeut, hemtjänstens insatser utökas inför hemgång."),
         ("Läkemedel", "Trombyl utsatt. Alvedon vid behov. Movicol 1 x 1. Oxascand 5 mg till natten vid behov."),
     ])],
  must=[(L101, "n1")],
  why="long ward chart where one sentence says the patient has not been told the CT diagnosis")

C("win-amal-diabetes-typ-2-informerad-idag", "vgr", "19690222-3103", "1969-02-22",
  [N("n1", M, "Besöksanteckning", "nh_amal", "Nadia Haddad", "läkare",
     "2024-01-15 14:10", "2024-01-15 14:45", OV, [
         ("Bedömning", "HbA1c 58 och 61 med två veckors mellanrum. Diabetes mellitus typ 2."),
         ("Åtgärd", "Pat informerad om diagnosen idag, fick skriftlig information och tid hos diabetessköterskan. Metformin insatt med upptrappning."),
     ])],
  must_not=[(L101, "n1")],
  why="the patient was told the diagnosis at this visit")

C("win-ystad-kvinno-sedan-tidigare-informerad-brostcancer", "skane", "19710630-2065", "1971-06-30",
  [N("n1", M, "Mottagningsanteckning", "ystad_kvinno", "Maria Ohlsson", "läkare",
     "2024-01-16 09:00", "2024-01-16 09:50", OV, [
         ("Aktuellt", "Sedan tidigare informerad om sin bröstcancer vä, opererad med sektorresektion 4/1. Kommer nu för genomgång av adjuvant behandling."),
         ("Planering", "Strålbehandling Lund, Letrozol fem år. Kontaktsjuksköterskan ringer nästa vecka."),
     ])],
  must_not=[(L101, "n1")],
  why="'Sedan tidigare informerad': told at an earlier visit")

C("win-lidkoping-kir-ljumskbrack-ej-informerad-om-op-datum", "vgr", "19640418-4175", "1964-04-18",
  [N("n1", M, "Mottagningsanteckning", "lk_kir", "Sven Håkansson", "läkare",
     "2024-01-17 10:40", "2024-01-17 11:00", OV, [
         ("Bedömning", "Indirekt ljumskbråck hö, reponibelt. Opereras med TEP i dagkirurgi."),
         ("Planering", "Pat ej informerad om op-datum ännu, kallelse skickas när tid finns."),
     ])],
  must_not=[(L101, "n1")],
  why="what is not yet told is the operation date, not the diagnosis")

C("win-trelleborg-ort-gonartros-remiss-ej-meddelad", "skane", "19520505-0932", "1952-05-05",
  [N("n1", M, "Mottagningsanteckning", "trel_ort", "Viktor Engström", "läkare",
     "2024-01-18 15:20", "2024-01-18 15:45", OV, [
         ("Bedömning", "Gonartros hö knä, Ahlbäck grad 3, smärta trots fysioterapi och viktnedgång. Genomgått med pat vid besöket."),
         ("Planering", "Remiss för protesbedömning skickad idag. Pat ej meddelad om att remissen gått iväg, svarade inte i telefon i eftermiddag."),
     ])],
  must_not=[(L101, "n1")],
  why="the untold item is that a referral was sent; the diagnosis was discussed at the visit")

C("win-tidaholm-hypotyreos-normala-prover-ej-meddelade", "vgr", "19750921-1285", "1975-09-21",
  [N("n1", M, "Läkaranteckning", "nh_tidaholm", "Ebba Lindahl", "läkare",
     "2024-01-19 08:30", "2024-01-19 08:40", OV, [
         ("Provsvar", "Känd hypotyreos på Levaxin 100 µg. TSH 2,1 och fritt T4 normalt. Pat ej meddelad svaren ännu, skickas som meddelande via 1177."),
     ])],
  must_not=[(L101, "n1")],
  why="untold item is a normal control result of a long-known diagnosis")

C("win-hassleholm-med-tidiga-hypoteser-mall-glioblastom-ej-informerad", "skane", "19580801-4723", "1958-08-01",
  [N("n1", M, "Tidiga hypoteser", "hlm_med", "Mohammed Rahimi", "läkare",
     "2024-01-20 12:40", "2024-01-20 12:50", SV, [
         ("Bedömning", "DT hjärna: expansiv process vä frontallob med ödem, misstänkt glioblastom. Pat ej informerad, neurokirurgen i Lund kontaktad."),
     ])],
  must_not=[(L101, "n1"), (L102, "n1")],
  why="Skåne: the untold hypothesis sits only in the Tidiga hypoteser template")

C("win-lidkoping-tidiga-hypoteser-sokord-lymfom-ej-informerad", "vgr", "19800227-2519", "1980-02-27",
  [N("n1", M, "Akutjournal", "lk_akut", "Jessica Nord", "läkare",
     "2024-01-20 20:10", "2024-01-20 21:30", OV, [
         ("Aktuellt", "Viktnedgång 7 kg, nattsvettningar och klåda sedan hösten. Nu feber i fyra dagar."),
         ("Status", "Förstorade, oömma lymfkörtlar på halsen bilat och i vä axill."),
         ("Tidiga hypoteser", "Misstänkt lymfom med förstorade körtlar även retroperitonealt på DT. Pat ännu inte informerad om misstanken."),
         ("Planering", "Remiss hematologen Skövde, körtelbiopsi bokas via ÖNH. Hem i väntan."),
     ])],
  must_not=[(L101, "n1"), (L102, "n1")],
  why="VGR: both the hypothesis and the not-told remark are under the protected sökord")

C("win-ahm-med-lungcancer-informerad-dottern-vet-inte", "skane", "19410603-1570", "1941-06-03",
  [N("n1", M, "Läkaranteckning", "ahm_med", "Ida Rask", "läkare",
     "2024-01-21 14:30", "2024-01-21 15:00", SV, [
         ("Bedömning", "Pat informerad om lungcancerdiagnosen idag. Vill själv berätta för dottern, som ännu inte vet något."),
         ("Planering", "Kontaktsjuksköterska utsedd, MDK Lund nästa vecka."),
     ])],
  must_not=[(L101, "n1")],
  why="the patient is told; only a relative is not")

C("win-bengtsfors-giktartrit-inget-om-information", "vgr", "19590318-4538", "1959-03-18",
  [N("n1", M, "Besöksanteckning", "nh_bengtsfors", "Ingrid Svensson", "läkare",
     "2024-01-22 10:45", "2024-01-22 11:05", OV, [
         ("Bedömning", "Giktartrit vä MTP I, urat 512. Colchicin nu, Allopurinol efter att anfallet lagt sig."),
     ])],
  must_not=[(L101, "n1")],
  why="a visible diagnosis with nothing said about telling or not telling")

C("win-alingsas-brost-besked-givet-efter-tidigare-vantan", "vgr", "19760812-3241", "1976-08-12",
  [N("n1", M, "Läkaranteckning", "al_brost", "Karolina Ström", "läkare",
     "2024-01-22 16:00", "2024-01-22 16:15", OV, [
         ("Provsvar", "PAD mellannålsbiopsi vä bröst: invasiv duktal bröstcancer, ER pos, HER2 neg. Pat ej informerad ännu, besked torsdag."),
     ]),
   N("n2", M, "Läkaranteckning", "al_brost", "Karolina Ström", "läkare",
     "2024-01-25 13:00", "2024-01-25 13:50", OV, [
         ("Bedömning", "Besked om bröstcancern givet idag tillsammans med kontaktsjuksköterskan. Pat tog det sansat, maken med. Operation planeras vecka 6."),
     ])],
  must_not=[(L101, "n2")],
  why="the later note records that the diagnosis withheld three days earlier has now been told")

C("win-backefors-lungcancer-beskedet-gavs-idag", "vgr", "19450101-2175", "1945-01-01",
  [N("n1", M, "Läkaranteckning", "ds_med", "Henrik Dahl", "läkare",
     "2024-01-23 15:30", "2024-01-23 16:20", SV, [
         ("Bedömning", "Beskedet om lungcancer med skelettmetastaser gavs av undertecknad idag, dottern närvarande. Pat vill åka hem och önskar inga ytterligare undersökningar."),
         ("Planering", "Kontakt med palliativa teamet i Åmål, hemgång fredag."),
     ])],
  must_not=[(L101, "n1")],
  why="'Beskedet … gavs' records telling without the word informerad")

C("win-skovde-uro-biopsier-benigna-svar-ej-meddelat", "vgr", "19510203-2918", "1951-02-03",
  [N("n1", M, "Läkaranteckning", "sk_uro", "Tomas Lund", "läkare",
     "2024-01-24 11:50", "2024-01-24 12:00", OV, [
         ("Provsvar", "Prostatabiopsier: ingen malignitet. Benign prostatahyperplasi, känd sedan tidigare och behandlad med Tamsulosin. Pat ej informerad om biopsisvaret ännu, brev skickas idag."),
     ])],
  must_not=[(L101, "n1")],
  why="the untold item is a benign biopsy answer; the only diagnosis is long known")

C("win-tanum-ssk-ringt-och-informerat-om-odlingssvar", "vgr", "19850519-2602", "1985-05-19",
  [N("n1", M, "Telefonkontakt", "nh_tanum", "Lisa Karlsson", "sjuksköterska",
     "2024-01-25 13:40", "2024-01-25 13:50", OV, [
         ("Telefonkontakt", "Ringt pat och informerat om att urinodlingen visade E. coli känslig för Selexid. Nedre UVI, recept utfärdat av dr Berg."),
     ])],
  must_not=[(L101, "n1")],
  why="telephone note that records informing the patient of the culture and diagnosis")

C("win-simrishamn-celiaki-infomerad-typo-men-informerad", "skane", "19991212-3420", "1999-12-12",
  [N("n1", M, "Mottagningsanteckning", "simr_mott", "Anna Wikström", "läkare",
     "2024-01-25 09:20", "2024-01-25 09:50", OV, [
         ("Bedömning", "Gastroskopi med biopsier: totalvillös atrofi, Marsh 3c. Celiaki. Pat infomerad om diagnosen och har fått remiss till dietist."),
     ])],
  must_not=[(L101, "n1")],
  why="typo 'infomerad' in a statement that the patient HAS been told")

C("win-hassleholm-med-epilepsi-arbetsgivaren-ska-inte-veta", "skane", "19940909-3789", "1994-09-09",
  [N("n1", M, "Läkaranteckning", "hlm_med", "Jenny Lövgren", "läkare",
     "2024-01-26 13:20", "2024-01-26 14:10", SV, [
         ("Bedömning", "Fokal epilepsi med bilateral spridning, EEG med vä temporal aktivitet och MR normal. Pat informerad om diagnosen och om körförbud i sex månader."),
         ("Övrigt", "Pat önskar att arbetsgivaren inte informeras om epilepsin, vill själv avgöra vad som sägs på jobbet."),
     ])],
  must_not=[(L101, "n1")],
  why="the patient knows the diagnosis; it is the employer who is not to be told")

C("win-ms-ger-lang-epikris-informerade-hemtjansten-ej", "vgr", "19340725-1952", "1934-07-25",
  [N("n1", M, "Epikris", "ms_ger", "Bengt Alfredsson", "läkare",
     "2024-01-27 13:00", "2024-01-27 15:10", SV, [
         ("Diagnoser", "Pneumoni vä underlob. Hyperglykemi vid diabetes typ 2, nu insulinkrävande. Kronisk njursvikt stadium 3b."),
         ("Epikris", "89-årig man från Töreboda inlagd 18/1–27/1 med feber, förvirring och P-glukos 27. Rtg visade infiltrat vä basalt och pneumokockantigen i urin var positivt. "
          "Behandlad med Bensyl-pc, senare Amoxicillin. Förvirringen klingade av när infektionen och glukos kom under kontroll. "
          "Tablettbehandlingen räcker inte längre och Insulatard har satts in till kvällen. Njurfunktionen har legat stabilt, eGFR 38."),
         ("Information", "Pat och hans fru informerade om pneumonin, om att diabetesen nu kräver insulin och om njurfunktionen. Frun har lärt sig ge insulinet under vårdtiden."),
         ("Uppföljning", "Diabetessköterskan på Närhälsan Töreboda följer upp om två veckor. Hemtjänsten ej informerad om insulinbehovet ännu, vårdplanering via SAMSA måndag. "
          "Ny rtg pulm om sex veckor med tanke på åldern och rökanamnesen."),
         ("Läkemedel", "Insulatard 10 E kl 21. Metformin utsatt pga njurfunktionen. Amoxicillin avslutas 29/1. Övriga enligt läkemedelslistan."),
     ])],
  must_not=[(L101, "n1")],
  why="long discharge summary: the patient is told; only home care staff are not yet informed")


# ---------------------------------------------------------------------------
# Part D: two more long charts
# ---------------------------------------------------------------------------
C("win-sjobo-pmo-lang-diabeteskontroll-flera-hypoteser", "skane", "19530619-1338", "1953-06-19",
  [N("n1", P, "Besöksanteckning", "vc_sjobo", "Henrik Olsson", "läkare",
     "2024-01-16 08:30", "2024-01-16 10:05", OV, [
         ("Kontaktorsak", "Årskontroll diabetes typ 2."),
         ("Anamnes", "70-årig man, pensionerad busschaufför, bor med sin fru i Sjöbo. Diabetes sedan 2009, tablettbehandlad. Hypertoni och hyperlipidemi. "
          "Sedan hösten stickningar och domningskänsla i båda fötterna, värst på kvällen, och han har svårt att känna golvet när han går barfota. "
          "Får ont i vänster vad efter ca 300 meters promenad, går över när han stannar. Röker fortfarande tio cigaretter om dagen. "
          "Ingen bröstsmärta, ingen andfåddhet i vila. Synen har blivit något sämre vid läsning."),
         ("Läkemedel", "Metformin 1 g x 2, Januvia 100 mg x 1, Enalapril 20 mg x 1, Atorvastatin 40 mg x 1, Trombyl 75 mg x 1."),
         ("Status", "AT: Gott. BT 146/84 sittande. Vikt 94 kg, midjemått 112 cm. Cor: RR, inga blåsljud. Pulm: ua. "
          "Fötter: torr hud, förhårdnader under MTP-huvudena, inga sår. Monofilament: nedsatt känsel bilat på fotsulorna. "
          "Vibrationssinne nedsatt vid malleolerna. Fotpulsar: a. dorsalis pedis palpabel hö, ej palpabel vä."),
         ("Lab", "HbA1c 64 (föregående år 55). U-albumin/kreatininkvot 8,2. eGFR 58. LDL 2,4. B12 normal."),
         ("Bedömning", "Diabetes typ 2 med försämrad glukoskontroll. Misstänkt perifer polyneuropati. Claudicatio vä, kan ej utesluta perifer artärsjukdom. "
          "Ev. begynnande diabetesnefropati med albuminuri, kontrolleras om. Trol. retinopati enligt ögonbottenfotot från december, svar från ögonmottagningen inväntas."),
         ("Åtgärd", "Rökstopp diskuterat, tackar ja till samtal med sjuksköterska. Januvia byts till Ozempic med upptrappning. "
          "Remiss för ankel-armtrycksmätning. Remiss till fotterapeut, riskgrupp 2."),
         ("Planering", "Ny U-albumin om tre månader. Besök hos diabetessköterskan om fyra veckor, läkarbesök om tre månader."),
     ])],
  must_not=[(L102, "n1")],
  why="long PMO chart with five different hedged diagnoses, none of which PMO shows")

C("win-bengtsfors-lang-lastbilschauffor-sannolikt-somnapne", "vgr", "19720228-3771", "1972-02-28",
  [N("n1", M, "Läkaranteckning", "nh_bengtsfors", "Oskar Nyqvist", "läkare",
     "2024-01-26 14:00", "2024-01-26 15:40", OV, [
         ("Kontaktorsak", "Trötthet dagtid."),
         ("Anamnes", "51-årig lastbilschaufför som kör timmer mellan Dalsland och Värmland. Sedan ett år allt tröttare dagtid, har vid två tillfällen fått stanna på rastplats "
          "för att han höll på att somna vid ratten, senast förra veckan. Sambon beskriver kraftig snarkning och andningsuppehåll på natten. "
          "Vaknar med huvudvärk och muntorrhet. Kissar två gånger per natt. Gått upp 12 kg på tre år. Alkohol ett par öl i helgerna."),
         ("Tidigare", "Hypertoni sedan 2020. Opererad för ljumskbråck 2015. Inga psykiska besvär, ingen depression tidigare."),
         ("Läkemedel", "Losartan 50 mg x 1."),
         ("Status", "Vikt 118 kg, längd 182 cm, BMI 35,6. Halsomfång 46 cm. BT 162/98. Svalg: stora tonsiller, lång uvula, Mallampati 3. "
          "Cor: RR, inga blåsljud. Pulm: ua. Tyreoidea: ingen struma."),
         ("Skattning", "Epworth Sleepiness Scale 16 poäng."),
         ("Lab", "TSH normalt. Hb 158, HbA1c 41, glukos fastande 6,4."),
         ("Bedömning", "Sannolikt obstruktivt sömnapnésyndrom med uttalad dagtrötthet och insomningsepisoder i trafiken. "
          "Inga tecken på hypotyreos. Blodtrycket otillräckligt behandlat."),
         ("Körkort", "Informerad om att han inte får köra yrkesmässigt innan utredningen är klar och trafiksäkerheten bedömd. "
          "Sjukskrivs 100 % i fyra veckor. Anmälan till Transportstyrelsen övervägs om han inte följer rådet."),
         ("Planering", "Remiss för polygrafi till lungmottagningen NÄL, förtur pga yrkesförare. Losartan höjs till 100 mg. Kostråd och kontakt med hälsocoach. "
          "Återbesök efter polygrafin, telefonkontakt om två veckor."),
     ])],
  must=[(L102, "n1")],
  why="long health-centre chart: 'Sannolikt' sömnapnésyndrom among negations and plans")


# ---------------------------------------------------------------------------
# Validation and output
# ---------------------------------------------------------------------------
CODES = {"NL101", "NL102"}
CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
RECORD_KEYS = ["patient", "as_of", "notes", "access_events", "conversations", "treatments"]
NOTE_KEYS = ["id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"]
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(digits):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return total % 10 == 0


def parse_dt(s):
    return datetime.datetime.strptime(s, "%Y-%m-%dT%H:%M:%S")


def age_on(birth, when):
    a = when.year - birth.year
    if (when.month, when.day) < (birth.month, birth.day):
        a -= 1
    return a


def validate(cases):
    errs = []
    names = set()
    whys = set()
    sentences = {}
    for c in cases:
        n = c.get("case", "?")
        if list(c.keys()) != CASE_KEYS:
            errs.append("%s: case keys %s" % (n, list(c.keys())))
        if not n.startswith("win-"):
            errs.append("%s: name must start with win-" % n)
        if n in names:
            errs.append("%s: duplicate case name" % n)
        names.add(n)
        if not c["why"] or c["why"] in whys:
            errs.append("%s: empty or duplicate why" % n)
        whys.add(c["why"])
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append("%s: bad ruleset %r" % (n, c["ruleset"]))
        rec = c["record"]
        if list(rec.keys()) != RECORD_KEYS:
            errs.append("%s: record keys %s" % (n, list(rec.keys())))
        for k in ("access_events", "conversations", "treatments"):
            if rec[k] != []:
                errs.append("%s: %s must be empty" % (n, k))
        pat = rec["patient"]
        pnr, bd = pat["id"], pat["birth_date"]
        m = re.match(r"^(\d{4})(\d{2})(\d{2})-(\d{4})$", pnr)
        birth = None
        if not m:
            errs.append("%s: bad personnummer %r" % (n, pnr))
        else:
            if not luhn_ok(pnr[2:8] + pnr[9:13]):
                errs.append("%s: Luhn fails for %s" % (n, pnr))
            if "%s-%s-%s" % m.groups()[:3] != bd:
                errs.append("%s: birth_date %s does not match %s" % (n, bd, pnr))
            try:
                birth = datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                errs.append("%s: impossible birth date %s" % (n, bd))
        if pat.get("protected_identity") is not False:
            errs.append("%s: protected_identity must be false" % n)
        try:
            as_of = parse_dt(rec["as_of"])
            if as_of.year != 2024:
                errs.append("%s: as_of not in 2024" % n)
        except (TypeError, ValueError):
            errs.append("%s: bad as_of" % n)
            as_of = None
        times = [as_of] if as_of else []
        note_sys = {}
        for note in rec["notes"]:
            nid = note.get("id")
            if list(note.keys()) != NOTE_KEYS:
                errs.append("%s/%s: note keys %s" % (n, nid, list(note.keys())))
            if nid in note_sys:
                errs.append("%s: duplicate note id %s" % (n, nid))
            note_sys[nid] = note["system"]
            if note["system"] not in ("Melior", "PMO"):
                errs.append("%s/%s: bad system" % (n, nid))
            if c["ruleset"] == "vgr" and note["system"] != "Melior":
                errs.append("%s/%s: VGR notes must be Melior" % (n, nid))
            if note["setting"] not in ("öppenvård", "slutenvård"):
                errs.append("%s/%s: bad setting" % (n, nid))
            if not note["template"] or not note["unit"]["name"] or not note["unit"]["hsa_id"]:
                errs.append("%s/%s: empty template or unit" % (n, nid))
            if not note["author"]["name"] or not note["author"]["role"]:
                errs.append("%s/%s: empty author" % (n, nid))
            try:
                t = parse_dt(note["time"])
                times.append(t)
                if t.year != 2024:
                    errs.append("%s/%s: time not in 2024" % (n, nid))
                if as_of and t > as_of:
                    errs.append("%s/%s: note after as_of" % (n, nid))
                if note["signed"] is not None:
                    s = parse_dt(note["signed"])
                    if s.year != 2024 or s < t:
                        errs.append("%s/%s: bad signed time" % (n, nid))
            except (TypeError, ValueError):
                errs.append("%s/%s: bad time/signed" % (n, nid))
            if not note["sections"]:
                errs.append("%s/%s: no sections" % (n, nid))
            for sec in note["sections"]:
                if list(sec.keys()) != ["keyword", "text"] or not sec["keyword"] or not sec["text"].strip():
                    errs.append("%s/%s: bad section" % (n, nid))
                    continue
                for sent in SENT_SPLIT.split(sec["text"]):
                    key = " ".join(sent.split()).casefold()
                    if len(key) >= 25:
                        if key in sentences and sentences[key] != (n, nid, sec["keyword"]):
                            errs.append("%s/%s: sentence also in %s: %r" % (n, nid, sentences[key][0], sent))
                        sentences.setdefault(key, (n, nid, sec["keyword"]))
        if birth:
            for t in times:
                a = age_on(birth, t.date())
                if 13 <= a <= 15 or a < 0:
                    errs.append("%s: patient aged %d at %s" % (n, a, t))
        pairs = set()
        for lst in ("must", "must_not"):
            for item in c[lst]:
                if len(item) != 2 or item[0] not in CODES:
                    errs.append("%s: bad assertion %r" % (n, item))
                    continue
                code, target = item
                if target not in note_sys:
                    errs.append("%s: target %s does not exist" % (n, target))
                    continue
                if tuple(item) in pairs:
                    errs.append("%s: %r asserted twice" % (n, item))
                pairs.add(tuple(item))
                if code == "NL102" and lst == "must" and note_sys[target] != "Melior":
                    errs.append("%s: must NL102 on a non-Melior note" % n)
                if code == "NL101" and note_sys[target] == "PMO":
                    errs.append("%s: NL101 asserted on a PMO note" % n)
        if not c["must"] and not c["must_not"]:
            errs.append("%s: asserts nothing" % n)
    return errs


def main():
    errs = validate(CASES)
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        print("%d problem(s), cases.jsonl not written" % len(errs), file=sys.stderr)
        return 1
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    tally = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                tally[(code, lst)] = tally.get((code, lst), 0) + 1
    print("wrote %d cases to %s" % (len(CASES), OUT))
    for code in sorted(CODES):
        print("%s must=%d must_not=%d" % (code, tally.get((code, "must"), 0), tally.get((code, "must_not"), 0)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
