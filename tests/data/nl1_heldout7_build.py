#!/usr/bin/env python3
"""Held-out gold set nl1_heldout7 (NL101 / NL102), frozen.

Every case is data below. Running this file writes nl1_heldout7_cases.jsonl beside it
and validates it. No dependencies, deterministic output, exit status 1 on any problem.
"""
import datetime as dt
import json
import os
import re
import sys

NAME = "nl1_heldout7"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, NAME + "_cases.jsonl")

# key: (unit name, hsa id, journal system, ruleset)
UNITS = {
    # Region Skåne, Melior (hospitals)
    "sk_onk": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-3K41", "Melior", "skane"),
    "sk_neuro_malmo": ("Neurologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-4N17", "Melior", "skane"),
    "sk_neuro_lund": ("Neurologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4N52", "Melior", "skane"),
    "sk_uro": ("Urologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-6U08", "Melior", "skane"),
    "sk_med_krstd": ("Medicinkliniken, Centralsjukhuset Kristianstad", "SE2321000255-2M33", "Melior", "skane"),
    "sk_ogon": ("Ögonkliniken, Skånes universitetssjukhus Malmö", "SE2321000255-7G21", "Melior", "skane"),
    "sk_reuma": ("Reumatologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-5R64", "Melior", "skane"),
    "sk_endo": ("Endokrinologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-5E19", "Melior", "skane"),
    "sk_hud": ("Hudkliniken, Skånes universitetssjukhus Lund", "SE2321000255-8H02", "Melior", "skane"),
    "sk_psyk_lund": ("Allmänpsykiatrisk mottagning Lund", "SE2321000255-9P45", "Melior", "skane"),
    "sk_kk_ystad": ("Kvinnokliniken, Ystads lasarett", "SE2321000255-1K77", "Melior", "skane"),
    "sk_akut_malmo": ("Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-0A11", "Melior", "skane"),
    "sk_njur_lund": ("Njurmedicinska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-6N30", "Melior", "skane"),
    "sk_genetik": ("Klinisk genetik och patologi, Skånes universitetssjukhus Lund", "SE2321000255-3G88", "Melior", "skane"),
    "sk_hemat_lund": ("Hematologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-3H56", "Melior", "skane"),
    "sk_kir_hbg": ("Kirurgiska kliniken, Helsingborgs lasarett", "SE2321000255-2K90", "Melior", "skane"),
    "sk_geri_trbg": ("Geriatriska kliniken, Trelleborgs lasarett", "SE2321000255-7T14", "Melior", "skane"),
    "sk_onh_lund": ("Öron-, näs- och halskliniken, Skånes universitetssjukhus Lund", "SE2321000255-8O26", "Melior", "skane"),
    "sk_lung_lund": ("Lung- och allergikliniken, Skånes universitetssjukhus Lund", "SE2321000255-4L63", "Melior", "skane"),
    "sk_kard_lund": ("Kardiologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-1C48", "Melior", "skane"),
    "sk_inf_malmo": ("Infektionskliniken, Skånes universitetssjukhus Malmö", "SE2321000255-5I72", "Melior", "skane"),
    "sk_orto_hlm": ("Ortopedkliniken, Hässleholms sjukhus", "SE2321000255-9O05", "Melior", "skane"),
    "sk_gastro_angelholm": ("Medicinkliniken, gastroenterologi, Ängelholms sjukhus", "SE2321000255-6G39", "Melior", "skane"),
    "sk_barn_hbg": ("Barn- och ungdomskliniken, Helsingborgs lasarett", "SE2321000255-2B84", "Melior", "skane"),
    "sk_neo_lund": ("Neonatalavdelningen, Skånes universitetssjukhus Lund", "SE2321000255-2N61", "Melior", "skane"),
    # Region Skåne, PMO (primary care)
    "sk_vc_linero": ("Vårdcentralen Linero", "SE2321000255-V118", "PMO", "skane"),
    "sk_bvc_hoor": ("BVC Höör", "SE2321000255-V245", "PMO", "skane"),
    "sk_um_lund": ("Ungdomsmottagningen Lund", "SE2321000255-V309", "PMO", "skane"),
    "sk_hemsjv_eslov": ("Hemsjukvården Eslöv", "SE2321000255-V472", "PMO", "skane"),
    # Västra Götalandsregionen, Melior
    "vg_kir_skovde": ("Kirurgkliniken, Skaraborgs Sjukhus Skövde", "SE2321000131-E4410", "Melior", "vgr"),
    "vg_hemat_su": ("Sektionen för hematologi och koagulation, Sahlgrenska Universitetssjukhuset", "SE2321000131-E1702", "Melior", "vgr"),
    "vg_inf_ostra": ("Infektionskliniken, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E1185", "Melior", "vgr"),
    "vg_kk_ostra": ("Kvinnokliniken, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E1239", "Melior", "vgr"),
    "vg_onh_su": ("Öron-, näs- och halssjukdomar, Sahlgrenska Universitetssjukhuset", "SE2321000131-E1367", "Melior", "vgr"),
    "vg_geri_kungalv": ("Geriatrik, Kungälvs sjukhus", "SE2321000131-E5528", "Melior", "vgr"),
    "vg_lung_su": ("Lungmedicin, Sahlgrenska Universitetssjukhuset", "SE2321000131-E1450", "Melior", "vgr"),
    "vg_kard_boras": ("Kardiologi, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E6613", "Melior", "vgr"),
    "vg_psyk_su": ("Psykiatri Psykos och Affektiva, Sahlgrenska Universitetssjukhuset", "SE2321000131-E1891", "Melior", "vgr"),
    "vg_med_alingsas": ("Medicinkliniken, Alingsås lasarett", "SE2321000131-E7034", "Melior", "vgr"),
    "vg_orto_molndal": ("Ortopedi, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-E1526", "Melior", "vgr"),
    "vg_onk_su": ("Jubileumskliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E1618", "Melior", "vgr"),
    "vg_endo_su": ("Endokrinologi, Sahlgrenska Universitetssjukhuset", "SE2321000131-E1744", "Melior", "vgr"),
    "vg_neuro_su": ("Neurologi, Sahlgrenska Universitetssjukhuset", "SE2321000131-E1802", "Melior", "vgr"),
    "vg_uro_su": ("Urologi, Sahlgrenska Universitetssjukhuset", "SE2321000131-E1976", "Melior", "vgr"),
    "vg_med_uddevalla": ("Medicinkliniken, NU-sjukvården Uddevalla", "SE2321000131-E8150", "Melior", "vgr"),
    "vg_reuma_su": ("Reumatologi, Sahlgrenska Universitetssjukhuset", "SE2321000131-E2043", "Melior", "vgr"),
    "vg_akut_su": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E2117", "Melior", "vgr"),
    "vg_barn_dsbus": ("Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E2290", "Melior", "vgr"),
    "vg_ogon_molndal": ("Ögonkliniken, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-E2352", "Melior", "vgr"),
}

CASES = []


def K(name, unit, tpl, author, role, birth, time, signed, setting, sections,
      must=(), must_not=(), why=""):
    """One case. signed: minutes after `time`, or None for an unsigned draft."""
    CASES.append(dict(name=name, unit=unit, tpl=tpl, author=author, role=role,
                      birth=birth, time=time, signed=signed, setting=setting,
                      sections=sections, must=list(must), must_not=list(must_not),
                      why=why))


Ö, S = "öppenvård", "slutenvård"
N1, N2 = "NL101", "NL102"

# ---------------------------------------------------------------------------
# NL101 must: a diagnosis/finding the patient has not been told, in a visible
# Melior note (Skåne: ordinary template; VGR: ordinary sökord).
# ---------------------------------------------------------------------------

K("nl101-onk-levermetastaser-kort", "sk_onk", "Läkaranteckning", "Karin Ljungberg", "läkare",
  "1951-04-22", "2024-02-14T11:20", 40, Ö,
  [("Bedömning", "DT thorax-buk: multipla levermetastaser, primärtumör oklar. Pat ej informerad.")],
  must=[N1], why="short note, confirmed metastases, 'Pat ej informerad' after the finding")

K("nl101-kir-koloncancer-pad-besked-vid-aterbesok", "vg_kir_skovde", "Mottagningsanteckning", "Erik Dahlqvist", "ST-läkare",
  "1958-09-03", "2024-03-05T09:40", 300, Ö,
  [("Aktuellt", "Koloskopi 20/2 pga järnbristanemi och positivt F-Hb. Biopsier togs från tumör i sigmoideum."),
   ("Status", "Buken mjuk och oöm, ingen palpabel resistens. PR utan anmärkning."),
   ("Läkemedel", "Järntabletter sedan januari, Omeprazol 20 mg."),
   ("Bedömning", "PAD: adenocarcinom i colon sigmoideum. DT thorax-buk beställd för stadieindelning."),
   ("Planering", "Patienten är ännu inte informerad om PAD-svaret – besked ges vid återbesök 3/4 tillsammans med kontaktsjuksköterska.")],
  must=[N1], why="colon cancer on PAD, 'not informed' stated in Planering, separate section from the diagnosis")

K("nl101-neuro-als-diagnosbesked-ej-lamnat-lang", "sk_neuro_malmo", "Läkaranteckning", "Henrik Bergström", "överläkare",
  "1961-11-30", "2024-04-09T13:10", 120, Ö,
  [("Aktuellt", "62-årig man, remitterad från vårdcentralen pga tilltagande svaghet i hö hand sedan ett halvår. "
                "Har nu svårt att knäppa knappar och att lyfta kaffekoppen. Hustrun har sett muskelryckningar i armarna nattetid. "
                "Inga domningar eller stickningar. Lätt sluddrigt tal senaste månaden enl. hustrun, vilket pat själv förnekar. "
                "Ofrivillig viktnedgång 4 kg."),
   ("Tidigare sjukdomar", "Hypertoni sedan 2012. Kolecystektomi 2009. Inga kända allergier."),
   ("Hereditet", "Inga kända neurologiska sjukdomar i släkten. Modern hade hypertoni, fadern avled i hjärtinfarkt 71 år gammal."),
   ("Läkemedel", "Enalapril 10 mg 1x1. Alvedon vid behov."),
   ("Socialt", "Gift, två vuxna barn. Snickare, sjukskriven 50 % sedan februari. Röker ej."),
   ("Funktionsstatus", "Klarar personlig hygien själv men behöver hjälp med knappar och att skära maten. Går 2 km utan vila."),
   ("Status", "AT: opåverkad, går utan hjälpmedel. Atrofi av thenar och interossei hö, fascikulationer i båda överarmarna och vä vad. "
              "Kraft handintrinsiska hö 3/5, vä 4+/5. Livliga senreflexer i armarna, klonus vä fot, Babinski positiv vä. "
              "Sensibilitet ua för beröring och vibration. Lätta fascikulationer i tungan utan atrofi."),
   ("Allmänt", "BT 142/86. Cor: regelbunden rytm, inga blåsljud. Pulm: vesikulärt andningsljud bilat."),
   ("Utredning", "MR cervikalrygg utan kompression av märg eller rötter. EMG/neurografi 2/4 visar utbredd aktiv och kronisk denervation "
                 "i tre kroppsregioner med normala sensoriska svar. CK 420, B12, TSH och elfores normala."),
   ("Lab", "Hb 142, CRP <5, krea 78, HbA1c 38. Borreliaserologi i likvor negativ."),
   ("Bedömning", "Kombinerad övre och nedre motorneuronpåverkan i flera regioner med typiskt EMG-fynd. "
                 "Kriterierna för amyotrofisk lateralskleros (ALS) är uppfyllda."),
   ("Information", "Diagnosbesked har ännu inte lämnats till pat. Samtal med pat och hustru bokas 16/4 tillsammans med ALS-teamets kurator."),
   ("Planering", "Remiss logoped och dietist. Spirometri inkl. liggande VC före nästa besök. Riluzol tas upp vid samtalet.")],
  must=[N1], why="long multi-section neurology note, ALS settled, 'Diagnosbesked har ännu inte lämnats' under Information")

K("nl101-hemat-aml-sekreterare-diktat", "vg_hemat_su", "Läkaranteckning", "Lena Svensson", "medicinsk sekreterare",
  "1947-06-18", "2024-01-23T16:05", None, S,
  [("Aktuellt", "Dikterat av överläkare Jonas Ek. Inlagd via akuten med pancytopeni och feber."),
   ("Anamnes", "Tidigare frisk 76-åring. Tre veckors tilltagande trötthet, blåmärken utan trauma och återkommande näsblod. Feber sedan två dagar, ingen hosta."),
   ("Tidigare sjukdomar", "Hypertoni. Gråstarroperation bilat 2020."),
   ("Läkemedel", "Losartan 50 mg 1x1."),
   ("Socialt", "Änkling, bor ensam i lägenhet. Dottern bor i Kungsbacka och har varit med under dagen."),
   ("Status", "Blek, petekier på underbenen, temp 38,7. Ingen hepatosplenomegali, inga förstorade lymfkörtlar. Munhåla: lätt gingivahyperplasi. Cor och pulm ua."),
   ("Lab", "Hb 78, TPK 14, LPK 1,9 med blaster i diff, neutrofiler 0,3. LD 620, fibrinogen normalt."),
   ("Bedömning", "Benmärgsprovet visar akut myeloisk leukemi med 45 % blaster. Pat ej underrättad i dagsläget, kommer att informeras "
                 "av ansvarig hematolog imorgon förmiddag när dottern kan vara med."),
   ("Planering", "CVK-inläggning imorgon, erytrocyter 2 enheter, Tazocin fortsätter. Induktionsbehandling planeras efter besked och samtycke.")],
  must=[N1], why="secretary-typed dictation (unsigned), AML, 'ej underrättad' + future 'kommer att informeras'")

K("nl101-uro-prostatacancer-besked-ej-givet", "sk_uro", "Mottagningsanteckning", "Omar Haddad", "läkare",
  "1949-02-11", "2024-05-16T10:30", 25, Ö,
  [("Bedömning", "PSA 48. MR prostata PI-RADS 5 vä perifer zon. Biopsier: prostatacancer Gleason 4+5=9 i 8/12 kolvar. "
                 "Besked ej givet till pat ännu; skelettscint beställd.")],
  must=[N1], why="prostate cancer on biopsy, 'Besked ej givet till pat ännu'")

K("nl101-inf-hiv-konfirmerat-kallas", "vg_inf_ostra", "Läkaranteckning", "Sara Nilsson", "läkare",
  "1990-08-27", "2024-06-03T08:50", 15, Ö,
  [("Aktuellt", "Provtagning på egen begäran efter riskexponering i våras, nu influensaliknande besvär sedan två veckor."),
   ("Status", "Opåverkad. Lätt förstorade lymfkörtlar på halsen bilat, ingen svamp i munhålan."),
   ("Lab", "HIV-1/2 kombinationstest reaktivt, konfirmerat med immunoblot. HIV-1 RNA 86 000 kopior/mL."),
   ("Bedömning", "Nydiagnostiserad HIV-1-infektion. Patienten har ännu inte fått besked – kallas till mottagningen denna vecka, "
                 "smittspårning efter samtalet.")],
  must=[N1], why="new HIV infection (chapter I), 'har ännu inte fått besked'")

K("nl101-med-lungcancer-ssk-pat-vet-inte", "sk_med_krstd", "Omvårdnadsanteckning", "Emma Persson", "sjuksköterska",
  "1944-12-02", "2024-02-27T21:15", 20, S,
  [("Aktuellt", "Pat orolig ikväll och undrar över svaret på skiktröntgen. Enl. läkarens notering visar DT lungcancer i vä överlob "
                "med mediastinala lymfkörtlar. Pat vet inte om det än, dr Holm informerar vid ronden imorgon. "
                "Hänvisat pat till läkaren, erbjudits Oxascand 5 mg som hon tackat ja till. Sover nu.")],
  must=[N1], why="nurse's evening note repeats the CT diagnosis and says the patient does not know yet (lay wording)")

K("nl101-kk-fostervattenprov-trisomi21-samtal-bokat", "vg_kk_ostra", "Telefonanteckning", "Maria Lind", "barnmorska",
  "1988-03-09", "2024-03-19T15:40", 10, Ö,
  [("Aktuellt", "Svar på fostervattenprov (QF-PCR) inkommit: trisomi 21 hos fostret."),
   ("Planering", "Pat ej informerad ännu; samtal bokat imorgon kl 08.15 med barnmorska och specialistläkare. "
                 "Om pat hör av sig innan dess kopplas hon till jourhavande specialist.")],
  must=[N1], why="prenatal finding trisomy 21 (chapter XVII) not yet told to the pregnant patient, midwife writer")

K("nl101-ogon-retinitis-pigmentosa-overlakare", "sk_ogon", "Läkaranteckning", "Petra Sandberg", "läkare",
  "1996-07-14", "2024-08-20T10:00", 50, Ö,
  [("Aktuellt", "Tilltagande mörkerblindhet och snävare synfält sedan flera år, snubblar lätt i skymningen."),
   ("Status", "Visus hö 0,6 vä 0,5. Fundus: benkroppspigment perifert bilat, smala kärl, vaxgul papill."),
   ("Synfält", "Goldmannperimetri: koncentriskt inskränkta synfält bilat."),
   ("Bedömning", "ERG med kraftigt nedsatta stavsvar. Retinitis pigmentosa bilat. Pat ej informerad om diagnosen, informeras av "
                 "ansvarig överläkare vid nästa besök.")],
  must=[N1], why="eye diagnosis (chapter VII, Latin name), 'ej informerad om diagnosen'")

K("nl101-onh-akustikusneurinom-typo", "vg_onh_su", "Läkaranteckning", "Anders Holm", "ST-läkare",
  "1966-01-25", "2024-09-04T14:20", 35, Ö,
  [("Aktuellt", "Ensidigt sus och sämre hörsel vä sedan ett år, lätt ostadighet i mörker."),
   ("Status", "Otoskopi ua bilat. Weber lateraliserar åt hö sida. Facialisfunktion intakt."),
   ("Röntgen", "MR inneröra: 14 mm kontrastladdande förändring i vä inre hörselgång, förenligt med akustikusneurinon vä."),
   ("Bedömning", "Den asymmetriska sensorineurala hörselnedsättningen vä förklaras av tumören. Pat ännu ej informerad, ny tid 12/9 för genomgång.")],
  must=[N1], why="typo in the diagnosis ('akustikusneurinon'); MR finding not yet told")

K("nl101-neuro-huntington-gentest-svar-ej-lamnat", "sk_neuro_lund", "Läkaranteckning", "Per Ohlsson", "överläkare",
  "1985-05-05", "2024-10-02T11:00", 60, Ö,
  [("Anamnes", "Far avled 2019 efter lång sjukdom med chorea och demens. Pat har genomgått två förberedande samtal med kurator och psykolog enligt programmet."),
   ("Utredning", "Prediktiv testning enligt HD-programmet. Svar: 44 CAG-repetitioner på ena allelen, dvs. pat bär anlag för Huntingtons sjukdom."),
   ("Information", "Pat har ej fått svaret. Enligt rutin lämnas beskedet personligen vid besök 9/10 med kurator och stödperson.")],
  must=[N1], why="genetic result (eponym) untold, statement in its own Information section")

K("nl101-geri-alzheimer-dottern-vill-narvara", "vg_geri_kungalv", "Läkaranteckning", "Birgitta Wallin", "läkare",
  "1939-10-11", "2024-02-06T13:30", 90, Ö,
  [("Sammanfattning", "Minnesutredning avslutad: MMT 19/30, klocktest patologiskt, DT hjärna med mediotemporal atrofi, "
                      "likvor med lågt beta-amyloid och förhöjt tau. Utredningen talar entydigt för Alzheimers sjukdom."),
   ("Planering", "Patienten har inte informerats om diagnosen; dottern önskar närvara och återbesök bokas då. Donepezil diskuteras vid det besöket.")],
  must=[N1], why="settled Alzheimer's disease, patient not informed (perfect passive), relative wants to attend")

K("nl101-reuma-lupusnefrit-biopsisvar", "sk_reuma", "Läkaranteckning", "Fredrik Lund", "läkare",
  "1994-12-19", "2024-04-25T16:10", 20, Ö,
  [("Aktuellt", "Känd SLE sedan 2021 med hud- och ledengagemang. Senaste månaden ödem kring anklarna och skummande urin."),
   ("Lab", "U-albumin/krea 180 mg/mmol, krea 98, C3 och C4 låga, anti-dsDNA stigande."),
   ("Bedömning", "Njurbiopsi visar lupusnefrit klass IV. SLE med njurengagemang, behov av induktionsbehandling. "
                 "Pat ej informerad om biopsisvaret – ringer henne imorgon för tidigarelagt besök.")],
  must=[N1], why="SLE with lupus nephritis (chapter XIII), 'ej informerad om biopsisvaret'")

K("nl101-lung-ipf-mdk-informationssamtal-lang", "vg_lung_su", "Läkaranteckning", "Kristina Olofsson", "överläkare",
  "1950-03-31", "2024-05-22T15:00", 180, Ö,
  [("Aktuellt", "Återbesök efter utredning av tilltagande ansträngningsdyspné och torrhosta sedan 1,5 år. "
                "Klarar nu en trappa innan hon måste stanna. Ingen feber, ingen viktnedgång."),
   ("Anamnes", "Ex-rökare, 20 paketår, slutade 2005. Arbetat som frisör i 30 år. Inga fåglar eller fuktskador i hemmet. "
               "Ingen ledvärk, inget Raynaudfenomen, inga hudutslag."),
   ("Läkemedel", "Omeprazol 20 mg 1x1, Simvastatin 20 mg 1x1."),
   ("Hereditet", "Ingen känd lungsjukdom i släkten."),
   ("Socialt", "Gift, pensionerad. Bor i villa med trappor och klarar sig själv."),
   ("Status", "Sat 94 % i vila. Fina bilaterala basala knastrerrassel av velcrotyp. Trumpinnefingrar. "
              "Hjärta: regelbunden rytm, inga blåsljud. Inga ödem."),
   ("Utredning", "HRCT: subpleural retikulation basalt med honeycombing och traktionsbronkiektasier, UIP-mönster. "
                 "Spirometri: FVC 68 % av förväntat, DLCO 49 %. 6-minuters gångtest 390 m med desaturation till 86 %. "
                 "Reumatologisk serologi negativ."),
   ("Lab", "CRP 4, Hb 136, NT-proBNP normalt."),
   ("Bedömning", "Vid multidisciplinär konferens 21/5 (lungmedicin, thoraxradiologi, patologi) bedömdes bilden som typisk för "
                 "idiopatisk lungfibros (IPF). Kirurgisk biopsi behövs inte."),
   ("Planering", "Pat ej informerad om diagnosen. Informationssamtal 29/5 med maken närvarande, då även antifibrotisk behandling "
                 "och syrgasbehov tas upp. Remiss till lungrehabilitering.")],
  must=[N1], why="long multi-section VGR note, IPF settled at MDK, not informed stated in Planering")

K("nl101-endo-binjurebarkscancer-parentes", "sk_endo", "Läkaranteckning", "Sofia Håkansson", "läkare",
  "1972-08-08", "2024-06-12T09:15", 40, Ö,
  [("Röntgen", "DT binjurar: 4,5 cm heterogen förändring hö binjure, 38 HU, låg wash-out."),
   ("Bedömning", "Radiologiskt misstänkt binjurebarkscancer (ej meddelat pat). Inväntar kortisol och DHEAS innan samtal.")],
  must=[N1], why="suspected adrenal carcinoma, the 'not told' statement in parentheses right after the diagnosis")

K("nl101-kard-hcm-eko-info-v12", "vg_kard_boras", "Läkaranteckning", "Mikael Åberg", "ST-läkare",
  "1999-02-02", "2024-03-11T10:45", 30, Ö,
  [("Aktuellt", "25-årig fotbollsspelare som svimmade under träning för två veckor sedan. Ingen bröstsmärta, ingen hjärtklappning."),
   ("Hereditet", "Farbror avled plötsligt 38 år gammal, orsak okänd."),
   ("Status", "Systoliskt blåsljud 3/6 vid vä sternalrand som ökar vid Valsalvas manöver."),
   ("Bedömning", "Ekokardiografi: hypertrofisk kardiomyopati med septum 21 mm och vänsterkammarobstruktion i vila. "
                 "Förklarar den ansträngningsutlösta svimningen. Pat ännu inte informerad om diagnosen, sker på mottagningen "
                 "vecka 12 tillsammans med genetisk vägledning.")],
  must=[N1], why="HCM (chapter IX) in a young patient, 'ännu inte informerad om diagnosen'")

K("nl101-hud-melanom-ej-infomerad-typo", "sk_hud", "Mottagningsanteckning", "Linnea Strand", "läkare",
  "1978-10-17", "2024-07-03T14:00", 15, Ö,
  [("Bedömning", "PAD från excision rygg: malignt melanom, Breslow 2,1 mm, ulceration. Pat ej infomerad, remiss för utvidgad "
                 "excision och portvaktskörtel skickas.")],
  must=[N1], why="typo in the cue word ('infomerad'); melanoma on PAD")

K("nl101-psyk-schizofreni-ej-mottaglig", "vg_psyk_su", "Läkaranteckning", "Gustav Nyström", "överläkare",
  "1998-04-01", "2024-09-17T11:30", 45, S,
  [("Aktuellt", "Vårdas enligt LPT sedan 10 dagar. Fortsatt övertygad om att grannarna avlyssnar lägenheten, hör röster som kommenterar. Sover bättre på olanzapin."),
   ("Bedömning", "Samlad bedömning efter observation och anamnes från anhöriga: schizofreni, paranoid form. Pat har inte fått "
                 "diagnosen meddelad; bedöms för närvarande inte kunna ta emot informationen.")],
  must=[N1], why="psychiatric diagnosis (chapter V) in inpatient care, 'har inte fått diagnosen meddelad'")

K("nl101-psyk-bipolar-scid-ej-framford", "sk_psyk_lund", "Läkaranteckning", "Eva Göransson", "ST-läkare",
  "1983-06-21", "2024-11-12T15:50", 25, Ö,
  [("Diagnos", "Bipolär sjukdom typ II (F31.8) enligt SCID-intervju och longitudinell anamnes."),
   ("Bedömning", "Diagnosen är inte framförd till patienten än, planeras vid nästa samtal tillsammans med psykoedukation.")],
  must=[N1], why="diagnosis in Diagnos section, 'inte framförd till patienten' in the next section")

K("nl101-gastro-levercirors-typo-vet-inte", "vg_med_alingsas", "Läkaranteckning", "Niklas Berg", "läkare",
  "1961-01-13", "2024-01-30T10:20", 55, Ö,
  [("Aktuellt", "Förhöjda levervärden sedan flera år, BMI 36, typ 2-diabetes. Dricker inte alkohol."),
   ("Status", "Spider naevi på bröstet, palmarerytem, mjälten ej palpabel."),
   ("Bedömning", "Leverbiopsi: levercirors, etiologiskt sannolikt NASH. Child-Pugh B. Patienten vet inte om detta ännu.")],
  must=[N1], why="typo in the diagnosis ('levercirors'); 'Patienten vet inte om detta ännu'")

K("nl101-kk-missed-abortion-lamnade-mott", "sk_kk_ystad", "Mottagningsanteckning", "Annika Fors", "läkare",
  "1993-09-28", "2024-04-03T12:05", 70, Ö,
  [("Status", "VUL: intrauterin graviditet, CRL motsvarande v. 7+2, ingen hjärtaktivitet. Graviditetslängd enl. SM v. 9+3."),
   ("Bedömning", "Missed abortion. Pat ej informerad då hon lämnade mottagningen innan bedömningen var klar; ringes upp idag av undertecknad.")],
  must=[N1], why="pregnancy diagnosis (chapter XV) not yet told, explained why")

K("nl101-orto-patologisk-fraktur-metastas", "vg_orto_molndal", "Inskrivningsanteckning", "Jonas Carlsson", "ST-läkare",
  "1955-05-26", "2024-02-18T23:40", 40, S,
  [("Aktuellt", "Snubblade på mattkanten hemma, kunde därefter inte belasta hö ben."),
   ("Tidigare sjukdomar", "Rökare, KOL. Viktnedgång senaste halvåret enligt dottern."),
   ("Status", "Förkortat och utåtroterat hö ben. Distalstatus ua."),
   ("Bedömning", "Patologisk fraktur i proximala femur hö efter lågenergitrauma. Osteolys i frakturområdet, bilden talar för "
                 "skelettmetastas. Pat ännu inte informerad om misstanken om metastas, ortopedbakjour underrättad.")],
  must=[N1], why="injury (chapter XIX) plus suspected metastasis the patient has not been told")

K("nl101-akut-gliom-ct-at-utkast", "sk_akut_malmo", "Läkaranteckning", "Alva Lindqvist", "AT-läkare",
  "1968-12-24", "2024-10-21T03:15", None, Ö,
  [("Aktuellt", "Två generaliserade krampanfall hemma ikväll, därefter ordletningssvårigheter."),
   ("Status", "Vaken och orienterad. Nominal afasi, lätt pronationstendens i hö arm."),
   ("Bedömning", "DT hjärna: expansivitet vä frontallob med kontrastuppladdning och omgivande ödem, förenligt med högmalignt gliom. "
                 "Pat ej informerad; inväntar neurokirurgisk bedömning före besked. Insatt Betapred 8 mg och Keppra 500 mg x 2.")],
  must=[N1], why="unsigned AT draft at night: glioma on CT, not informed pending neurosurgery")

K("nl101-onk-brostcancer-hjarnmetastaser-epikris-lang", "vg_onk_su", "Epikris", "Helena Sjöberg", "överläkare",
  "1964-07-07", "2024-08-28T14:30", 240, S,
  [("Sammanfattning", "Inskriven 21/8 via akuten pga tilltagande huvudvärk, illamående och ostadighet sedan en vecka. "
                      "Känd metastaserad bröstcancer (ER+/HER2–) sedan 2021 med skelettmetastaser, behandlad med letrozol och palbociklib."),
   ("Utredning", "MR hjärna 22/8: fyra kontrastladdande förändringar, största 2,3 cm i vä lillhjärnshemisfär med ödem. "
                 "DT thorax-buk: stationära skelettmetastaser, nytillkomna små levermetastaser."),
   ("Bedömning", "Progress med nytillkomna hjärnmetastaser och levermetastaser. Symtomen förklaras av lillhjärnsmetastasen med ödem. "
                 "God effekt av Betapred 8 mg x 2, huvudvärken borta efter två dygn."),
   ("Status", "Vid utskrivning gående utan stöd, ingen huvudvärk, lätt ostadig i tandemgång."),
   ("Information", "Pat är ännu inte informerad om progressen. Hon har bett att få svaren först när maken är hemma från utlandet; "
                   "samtal bokat 2/9 med undertecknad och kontaktsjuksköterska."),
   ("Läkemedel", "Betapred 4 mg x 2 med nedtrappning enligt schema, Omeprazol 20 mg x 1. Letrozol och Ibrance pausade i väntan på beslut."),
   ("Uppföljning", "Strålonkologisk bedömning av stereotaktisk behandling, MDK 4/9. Kontaktsjuksköterskan ringer pat efter helgen.")],
  must=[N1], why="long discharge summary: new brain metastases, progress not yet told to the patient")

K("nl101-njur-iga-nefropati-svar-efter-besok", "sk_njur_lund", "Läkaranteckning", "Daniel Wikström", "läkare",
  "1987-11-03", "2024-03-26T16:40", 15, Ö,
  [("Aktuellt", "36-årig man remitterad från vårdcentralen efter att mikroskopisk hematuri och proteinuri upptäckts vid hälsokontroll. Två episoder av colafärgad urin i samband med halsfluss senaste året."),
   ("Tidigare sjukdomar", "Frisk. Inga kända njurproblem tidigare."),
   ("Läkemedel", "Inga stående."),
   ("Socialt", "Gift, två barn. IT-konsult. Röker inte, tränar regelbundet."),
   ("Status", "BT 148/92 bilat. Inga ödem. Cor och pulm ua."),
   ("Lab", "Krea 118, eGFR 68. U-albumin/krea 95 mg/mmol, dygnsurin 1,2 g protein. Dysmorfa erytrocyter i urinsedimentet. Komplement och ANCA normala."),
   ("Bedömning", "Njurbiopsisvar: IgA-nefropati med måttlig interstitiell fibros. Patienten har ej fått besked, svaret inkom efter "
                 "dagens besök. Telefontid bokas till nästa vecka."),
   ("Planering", "ACE-hämmare startas vid telefonkontakten, mål för BT under 130/80. Återbesök med nya prover om 4 veckor.")],
  must=[N1], why="kidney diagnosis (chapter XIV), answer arrived after the visit, 'har ej fått besked'")

K("nl101-endo-lada-ej-infromerat-typo", "vg_endo_su", "Läkaranteckning", "Ida Axelsson", "läkare",
  "1980-02-29", "2024-05-07T09:00", 20, Ö,
  [("Lab", "C-peptid 0,2 nmol/L, GAD-antikroppar >250 E/mL."),
   ("Bedömning", "Autoimmun diabetes (LADA) snarare än typ 2-diabetes. Ej infromerat pat ännu – insulinstart planeras vid "
                 "besök på fredag med diabetessköterska.")],
  must=[N1], why="typo in the cue ('infromerat'); endocrine diagnosis (chapter IV)")

K("nl101-genetik-brca1-besked-ej", "sk_genetik", "Läkaranteckning", "Malin Rosén", "läkare",
  "1991-03-17", "2024-06-26T13:00", 30, Ö,
  [("Hereditet", "Mor fick bröstcancer vid 44 års ålder, mormor avled i äggstockscancer."),
   ("Utredning", "Genetisk analys (bröst- och ovarialcancerpanel): patogen variant i BRCA1, c.5266dupC."),
   ("Bedömning", "Pat är bärare av BRCA1-mutation med kraftigt förhöjd risk för bröst- och äggstockscancer. Pat har inte fått "
                 "besked om analyssvaret, genetisk vägledare ringer för att boka besök.")],
  must=[N1], why="carrier state (chapter XXI, Z15) untold")

K("nl101-inf-lungtuberkolos-typo-tolk", "vg_inf_ostra", "Läkaranteckning", "Ahmed Karimi", "ST-läkare",
  "1976-10-30", "2024-02-09T15:20", 25, S,
  [("Aktuellt", "Hosta i tre månader, nattsvettningar och viktnedgång 7 kg. Kom till Sverige för ett år sedan."),
   ("Röntgen", "Lungröntgen: kavernös förändring i hö ovanlob."),
   ("Bedömning", "Sputum odlingspositivt för M. tuberculosis, kavitet hö ovanlob. Lungtuberkolos. Pat ännu ej underrättad; "
                 "tolk (dari) bokad till imorgon för informationssamtal. Luftburen isolering kvarstår.")],
  must=[N1], why="typo in the diagnosis ('Lungtuberkolos'); 'ännu ej underrättad'")

K("nl101-hemat-myelom-fore-mdk", "sk_hemat_lund", "Läkaranteckning", "Ulf Sandell", "överläkare",
  "1953-01-08", "2024-03-14T10:10", 60, Ö,
  [("Aktuellt", "Ryggvärk och trötthet sedan i vintras, remitterad för anemi och förhöjd SR."),
   ("Bedömning", "M-komponent IgG kappa 38 g/L, benmärg med 25 % klonala plasmaceller, osteolyser i bäckenet. Multipelt myelom. "
                 "Ska ej meddelas pat förrän MDK 19/3 tagit ställning till behandling.")],
  must=[N1], why="myeloma, 'must not be told yet' shape ('Ska ej meddelas pat förrän')")

K("nl101-neuro-ms-mcdonald-vill-ha-besked-pa-plats", "vg_neuro_su", "Läkaranteckning", "Tove Lindahl", "läkare",
  "1997-06-11", "2024-04-15T14:45", None, Ö,
  [("Aktuellt", "26-årig kvinna. Domningar i vä arm och ben i tre veckor för ett år sedan, gick över spontant. Nu ny episod med dubbelseende vid blick åt hö sedan 10 dagar."),
   ("Tidigare sjukdomar", "Migrän. Inga tidigare neurologiska besvär utöver ovan."),
   ("Läkemedel", "P-piller, Sumatriptan vid behov."),
   ("Socialt", "Studerar till sjuksköterska, bor med sambo. Röker inte."),
   ("Status", "Internukleär oftalmoplegi vä. Livliga reflexer i vä ben, Babinski neg bilat. Sensibilitet och koordination ua. Tandemgång något ostadig."),
   ("Utredning", "MR hjärna och ryggmärg: periventrikulära och juxtakortikala lesioner, en kontrastladdande. Likvor: oligoklonala band."),
   ("Bedömning", "Uppfyller McDonald-kriterierna 2017 för skovvis förlöpande multipel skleros. Pat är inte informerad ännu, "
                 "vill ha besked på plats och inte per telefon; återbesök 23/4."),
   ("Planering", "Genomgång av behandlingsalternativ vid återbesöket, blodprover inför sjukdomsmodifierande behandling tas samma dag. MS-sjuksköterska kontaktas.")],
  must=[N1], why="unsigned draft, MS settled (eponymous criteria), not informed")

K("nl101-kir-pankreascacner-typo-pat-och-anhoriga", "sk_kir_hbg", "Inskrivningsanteckning", "Viktor Engström", "ST-läkare",
  "1957-04-04", "2024-07-15T20:30", 50, S,
  [("Bedömning", "Pankreascacner i caput med inväxt i a. mesenterica superior, enligt MDK ej resektabel. Pat och anhöriga ännu ej "
                 "informerade; besked ges av ansvarig kirurg under veckan.")],
  must=[N1], why="typo in the diagnosis ('Pankreascacner'); neither patient nor relatives informed")

K("nl101-kk-endometriecancer-information-ej-given", "vg_kk_ostra", "Läkaranteckning", "Cecilia Bäck", "läkare",
  "1956-10-10", "2024-10-08T11:25", 30, Ö,
  [("Aktuellt", "Postmenopausal blödning sedan två månader. VUL: endometrium 14 mm."),
   ("Utredning", "PAD abrasio: endometriecancer, endometrioid typ, grad 2."),
   ("Planering", "Information till pat ej given, besked vid besök 15/10. MR lilla bäckenet och DT thorax-buk beställda.")],
  must=[N1], why="noun-phrase shape 'Information till pat ej given'")

K("nl101-geri-vaskular-demens-ssk", "sk_geri_trbg", "Omvårdnadsanteckning", "Jenny Olsson", "sjuksköterska",
  "1936-05-30", "2024-11-20T14:10", 15, S,
  [("Aktuellt", "Diagnosen vaskulär demens är ställd efter minnesutredningen men pat har ännu inte informerats. "
                "Anhöriga önskar vara med vid informationen, läkare bokar tid. Pat lugn under dagen, åt bra till lunch.")],
  must=[N1], why="nurse note: settled vascular dementia, patient not informed")

K("nl101-uro-blastumor-sovd-under-ingreppet", "vg_uro_su", "Operationsberättelse", "Karl Magnusson", "läkare",
  "1952-08-21", "2024-06-19T10:55", 45, S,
  [("Bedömning", "TURB: solid blåstumör 3 cm vid vä uretärmynning, makroskopiskt muskelinvasiv blåscancer. Pat ej informerad om "
                 "fyndet (sövd under ingreppet), informeras av urolog på avdelningen i eftermiddag.")],
  must=[N1], why="operative finding told later; 'ej informerad om fyndet' with reason in parentheses")

K("nl101-onh-tonsillcancer-diktat-lang", "sk_onh_lund", "Läkaranteckning", "Gunilla Persson", "medicinsk sekreterare",
  "1963-02-14", "2024-05-28T16:20", None, Ö,
  [("Aktuellt", "Diktat dr Ahlgren, ej genomläst. 61-årig man med knöl på hö sida av halsen sedan 2 mån, sväljsvårigheter och "
                "värk mot hö öra. Tonsillektomi hö utförd 20/5 i diagnostiskt syfte."),
   ("Tidigare sjukdomar", "Typ 2-diabetes, tablettbehandlad. Knäledsartros bilat."),
   ("Läkemedel", "Metformin 1 g x 2, Alvedon vid behov."),
   ("Socialt", "Sambo. Arbetar som busschaufför. Röker 10 cigaretter per dag sedan tonåren, alkohol måttligt."),
   ("Status", "Munhåla: läkande tonsillektomisår hö, ingen blödning. Hals: 3 cm fast, oöm körtel i regio II hö. "
              "Larynx och hypofarynx i fiberskop utan anmärkning, rörliga stämband."),
   ("Utredning", "PAD från hö tonsill: skivepitelcancer, p16-positiv. Finnålspunktion av halskörteln: metastas av skivepitelcancer. "
                 "PET-DT 24/5: ingen fjärrspridning."),
   ("Bedömning", "HPV-associerad tonsillcancer hö, T2N1M0. Tas upp på huvud-halsonkologisk MDK 30/5."),
   ("Information", "Patienten är inte informerad om PAD-svaret, vilket ska ske vid återbesöket nästa vecka när MDK-beslutet finns, "
                   "tillsammans med kontaktsjuksköterskan."),
   ("Planering", "Tandstatus och eventuella extraktioner före strålbehandling. Dietistkontakt. Rökstopp rekommenderas starkt.")],
  must=[N1], why="long dictation typed by a secretary (unsigned): tonsil cancer, patient not informed of PAD")

K("nl101-med-al-amyloidos-ej-delgivet-fore", "vg_med_uddevalla", "Läkaranteckning", "Robert Ström", "läkare",
  "1948-09-15", "2024-09-25T09:35", 20, Ö,
  [("Aktuellt", "Utredd för hjärtsvikt med bevarad EF, förtjockade kammarväggar och låga QRS-amplituder."),
   ("Lab", "Fria lätta kedjor: lambda kraftigt förhöjd, kvot 0,05."),
   ("Bedömning", "OBS ej delgivet pat: myokardbiopsi med kongofilt material, typning AL-lambda. Hjärtamyloidos (AL)."),
   ("Planering", "Benmärgsprov och remiss till hematolog.")],
  must=[N1], why="'not told' statement placed BEFORE the diagnosis")

K("nl101-lung-mesoteliom-kanner-inte-till", "sk_lung_lund", "Läkaranteckning", "Hanna Ekdahl", "läkare",
  "1945-03-03", "2024-01-17T13:50", 30, Ö,
  [("Anamnes", "Varvsarbetare i Landskrona 1962–1985, asbestexponerad."),
   ("Röntgen", "DT thorax: nodulär pleuraförtjockning och pleuravätska vä."),
   ("Bedömning", "Thorakoskopisk pleurabiopsi vä: malignt mesoteliom, epitelioid typ. Pat känner inte till biopsisvaret. "
                 "Arbetsskadeanmälan diskuteras vid informationsbesöket.")],
  must=[N1], why="mesothelioma, 'känner inte till biopsisvaret'")

K("nl101-reuma-systemisk-skelros-typo", "vg_reuma_su", "Läkaranteckning", "Elin Hedlund", "ST-läkare",
  "1979-12-06", "2024-02-21T10:05", 40, Ö,
  [("Bedömning", "Raynaud, sklerodaktyli, anti-Scl-70 positivt och HRCT med NSIP-mönster. Systemisk skelros med lungengagemang – "
                 "pat ej upplyst om diagnosen ännu, bokas till läkarbesök med tolk.")],
  must=[N1], why="typo in the diagnosis ('skelros'); 'ej upplyst om diagnosen'")

K("nl101-kard-hjartsarkoidos-ovetande", "sk_kard_lund", "Läkaranteckning", "Axel Forsberg", "läkare",
  "1970-11-11", "2024-03-29T11:40", 25, Ö,
  [("Aktuellt", "Utreds för AV-block II och episoder av ventrikeltakykardi. MR hjärta med fläckvis sen kontrastuppladdning."),
   ("Bedömning", "Myokardbiopsi visar icke-nekrotiserande granulom: hjärtsarkoidos. Patienten ovetande om svaret; ICD-frågan och "
                 "immunsuppression tas upp när hon informeras.")],
  must=[N1], why="sarcoidosis (chapter III), adjective shape 'ovetande om svaret'")

K("nl101-akut-peritoneal-karcinos-utkast", "vg_akut_su", "Läkaranteckning", "Lovisa Hammar", "AT-läkare",
  "1959-07-19", "2024-12-02T02:40", None, Ö,
  [("Aktuellt", "Tilltagande bukomfång och mättnadskänsla sedan 3 veckor."),
   ("Bedömning", "DT buk: utbredd peritoneal karcinos och måttlig ascites, primärtumör ej säkert identifierad. Pat ej informerad, "
                 "besked ges av kirurgjouren efter morgonens genomgång.")],
  must=[N1], why="unsigned emergency draft, peritoneal carcinomatosis not told")

K("nl101-inf-hepatit-c-ej-fatt-veta", "sk_inf_malmo", "Läkaranteckning", "Nadia Rahimi", "läkare",
  "1982-04-16", "2024-04-30T14:15", 15, Ö,
  [("Lab", "Anti-HCV positiv, HCV-RNA 2,1 milj IE/mL, genotyp 3a."),
   ("Bedömning", "Kronisk hepatit C. Pat har ej fått veta provsvaret, kallas för information och ställningstagande till behandling.")],
  must=[N1], why="hepatitis C (chapter I), 'har ej fått veta'")

K("nl101-endo-turner-17ar-foraldrar-informerade", "vg_endo_su", "Läkaranteckning", "Ingrid Falk", "överläkare",
  "2006-08-02", "2024-05-20T10:00", 35, Ö,
  [("Bedömning", "Kromosomanalys: 45,X, förenligt med Turners syndrom, vilket förklarar primär amenorré och kortvuxenhet. "
                 "Föräldrarna är informerade men pat (17 år) har ännu inte fått besked; samtal med henne enskilt planeras.")],
  must=[N1], why="17-year-old reads her own journal: parents told but the patient is not -> still untold")

K("nl101-neuro-myastemia-typo", "sk_neuro_lund", "Läkaranteckning", "Oskar Dahl", "ST-läkare",
  "1975-09-09", "2024-08-12T15:30", 20, Ö,
  [("Status", "Ptos vä som tilltar vid uppåtblick i 60 sekunder, positivt istest."),
   ("Bedömning", "Fluktuerande ptos och dubbelseende, AChR-antikroppar positiva, repetitiv stimulering med dekrement. "
                 "Myastemia gravis, okulär debut. Pat ej informerad – informeras vid neurologbesök på torsdag.")],
  must=[N1], why="typo in the diagnosis ('Myastemia'); not informed")

K("nl101-psyk-autism-aterkoppling-ej-skett", "vg_psyk_su", "Läkaranteckning", "Sanna Kjellberg", "psykolog",
  "2002-01-28", "2024-11-05T13:20", 60, Ö,
  [("Aktuellt", "Remitterad från vuxenpsykiatrin pga sociala svårigheter, sensorisk känslighet och rigida rutiner sedan barndomen. Anamnes från modern inhämtad."),
   ("Bedömning", "Neuropsykiatrisk utredning klar: ADOS-2 och anamnes visar autismspektrumtillstånd (F84.0) utan intellektuell "
                 "funktionsnedsättning. Återkoppling till patienten har ännu inte skett; tid för återgivningssamtal 18/11.")],
  must=[N1], why="psychologist: autism diagnosis, feedback to patient 'har ännu inte skett'")

# ---------------------------------------------------------------------------
# NL101 must_not: told patients, only relatives untold, something other than a
# diagnosis untold, confirmed, ruled out, family/past history, hidden section.
# ---------------------------------------------------------------------------

K("nl101neg-onk-brostcancer-informerad-med-make", "sk_onk", "Läkaranteckning", "Anna Ljung", "läkare",
  "1969-05-12", "2024-02-02T14:00", 30, Ö,
  [("Aktuellt", "Besök för besked efter mammografi, ultraljud och mellannålsbiopsi av en 18 mm stor knöl i vä bröst, upptäckt vid screening."),
   ("Status", "Ingen palpabel axillkörtel. Ingen hudindragning."),
   ("Bedömning", "Bröstcancer vä, duktal typ, ER+/HER2-. Pat informerad om diagnosen idag tillsammans med maken, kontaktsjuksköterska närvarande."),
   ("Planering", "Operation planeras v. 8 med sentinel node-biopsi.")],
  must_not=[N1], why="patient told today (with husband)")

K("nl101neg-neuro-parkinson-diagnosbesked-lamnat", "vg_neuro_su", "Läkaranteckning", "Mats Eriksson", "överläkare",
  "1950-12-12", "2024-03-06T10:30", 45, Ö,
  [("Aktuellt", "Darrning i hö hand sedan ett år, sämre handstil och långsammare gång enligt hustrun."),
   ("Bedömning", "Asymmetrisk vilotremor, rigiditet och bradykinesi, god effekt av levodopatest. Parkinsons sjukdom. "
                 "Diagnosbesked lämnat vid dagens besök; pat hade själv anat det och tog beskedet lugnt."),
   ("Planering", "Madopar 62,5 mg x 3 med upptitrering, parkinsonsjuksköterska ringer om 4 veckor.")],
  must_not=[N1], why="'Diagnosbesked lämnat' - told")

K("nl101neg-kir-rektalcancer-barnen-ej-informerade-typo", "sk_kir_hbg", "Mottagningsanteckning", "Johan Lindgren", "läkare",
  "1960-04-23", "2024-04-11T09:20", 20, Ö,
  [("Bedömning", "Rektalcancer 8 cm från anus, cT3N1. Pat informrad om diagnos och planerad strålbehandling. Hon vill vänta med att "
                 "berätta för sina vuxna barn, som alltså inte är informerade.")],
  must_not=[N1], why="only the adult children are untold; typo in the telling cue ('informrad')")

K("nl101neg-lung-cancer-hustrun-ej-informerad-lang", "vg_lung_su", "Läkaranteckning", "Petter Sundin", "läkare",
  "1956-01-31", "2024-06-05T13:00", 150, Ö,
  [("Aktuellt", "Återbesök för genomgång av utredningen efter lungröntgen med förändring i hö ovanlob. Pat kommer ensam på egen begäran."),
   ("Anamnes", "Rökt 40 paketår, slutade för 3 år sedan. Hosta och viss viktnedgång sedan jul. Ingen hemoptys."),
   ("Status", "AT gott, ECOG 1. Sat 96 %. Inga palpabla lymfkörtlar på halsen eller supraklavikulärt. "
              "Lungor: nedsatta andningsljud hö apikalt."),
   ("Utredning", "DT thorax: 4,2 cm tumör hö ovanlob, förstorad lymfkörtel station 4R. PET-DT: upptag i tumören och i 4R, "
                 "ingen fjärrspridning. EBUS med biopsi: adenokarcinom, PD-L1 60 %, EGFR och ALK negativa."),
   ("Bedömning", "Icke-småcellig lungcancer, adenokarcinom hö ovanlob, cT2bN2M0, stadium IIIB."),
   ("Information", "Pat informerad av undertecknad om diagnosen och om att kurativt syftande kombinerad strål- och cytostatikabehandling "
                   "planeras. Hustrun ej informerad på pat:s uttryckliga begäran; han vill själv välja tidpunkt efter barnbarnets dop på lördag."),
   ("Planering", "Onkologremiss skickad. Spirometri och DLCO inför behandling. Kontaktsjuksköterska Annelie ringer pat på måndag.")],
  must_not=[N1], why="long note: patient informed, only the wife untold at his request")

K("nl101neg-uro-njurcellscancer-telefonbesked-igar", "sk_uro", "Telefonanteckning", "Lisa Borg", "sjuksköterska",
  "1958-06-06", "2024-05-03T11:10", 10, Ö,
  [("Aktuellt", "Pat ringer upp efter gårdagens telefonbesked från urolog om njurcellscancer hö. Hon har förstått informationen och "
                "har frågor om operationen, som besvaras. Önskar skriftlig information hemskickad.")],
  must_not=[N1], why="told yesterday (past tense, by another clinician)")

K("nl101neg-kard-fmf-ej-informerad-om-elkonvertering", "vg_kard_boras", "Läkaranteckning", "Tobias Nord", "läkare",
  "1963-10-14", "2024-01-15T15:45", 20, Ö,
  [("Aktuellt", "Hjärtklappning och trötthet sedan 2 veckor. EKG på VC visade förmaksflimmer med snabb kammarfrekvens."),
   ("Status", "Oregelbunden rytm 112/min, BT 138/84. Inga inkompensationstecken."),
   ("Bedömning", "Nydiagnostiserat förmaksflimmer, CHA2DS2-VASc 2. Insatt Eliquis 5 mg x 2, diagnos och behandling genomgångna med pat."),
   ("Planering", "Elektiv elkonvertering om 3 veckor. Pat ej informerad om tid för elkonverteringen ännu, kallelse skickas.")],
  must_not=[N1], why="'ej informerad' concerns the appointment time, diagnosis was told")

K("nl101neg-orto-coxartros-operationsdatum", "sk_orto_hlm", "Mottagningsanteckning", "Camilla Wik", "läkare",
  "1952-02-19", "2024-09-10T10:10", 30, Ö,
  [("Aktuellt", "Ljumskvärk hö sedan flera år, nu vilovärk och nattvärk, gångsträcka 300 m med käpp."),
   ("Röntgen", "Uppheven ledspringa hö höft med subkondral sklerosering och osteofyter."),
   ("Bedömning", "Uttalad coxartros hö, konservativ behandling uttömd. Anmäld för total höftprotes efter samtal med pat."),
   ("Planering", "Pat ännu inte informerad om operationsdatum, planeringssköterska hör av sig.")],
  must_not=[N1], why="only the operation date is untold")

K("nl101neg-med-dm2-hemtjanst-ssk", "vg_med_uddevalla", "Omvårdnadsanteckning", "Sofie Nyberg", "sjuksköterska",
  "1938-07-27", "2024-03-22T13:30", 15, S,
  [("Aktuellt", "Känd typ 2-diabetes sedan 2015, insulinbehandlad. Pat ej informerad om att hemtjänstinsatserna utökas efter hemgång, "
                "biståndshandläggare kontaktar henne på avdelningen imorgon.")],
  must_not=[N1], why="untold item is a home-care decision, the diabetes is long known")

K("nl101neg-hemat-kll-kontroller-glesas-ut", "sk_hemat_lund", "Läkaranteckning", "Ulrika Berglund", "läkare",
  "1946-11-25", "2024-10-16T09:50", 25, Ö,
  [("Bedömning", "KLL stadium Binet A, stabila värden. Pat väl insatt i sin diagnos sedan 2019."),
   ("Planering", "Har ännu inte fått veta att kontrollerna glesas ut till en gång per år, tas upp vid telefonkontakt nästa vecka.")],
  must_not=[N1], why="known CLL; what is untold is the follow-up interval")

K("nl101neg-lung-kol-syrgasansokan", "vg_lung_su", "Läkaranteckning", "Tor Isaksson", "läkare",
  "1949-04-08", "2024-11-27T14:25", 40, Ö,
  [("Status", "Sat 89 % i vila, läppandning, förlängt exspirium."),
   ("Lab", "Artärblodgas: pO2 7,6, pCO2 6,1."),
   ("Bedömning", "KOL GOLD 3, grupp E. Pat har inte informerats om att ansökan om syrgas i hemmet avslogs då pO2 inte når kriterierna; "
                 "tas upp vid besöket i december.")],
  must_not=[N1], why="untold: rejected oxygen application, not a diagnosis")

K("nl101neg-neuro-epilepis-typo-korkort", "sk_neuro_malmo", "Läkaranteckning", "Rebecka Holst", "ST-läkare",
  "2000-10-04", "2024-06-18T11:15", 30, Ö,
  [("Aktuellt", "23-årig kvinna med två tonisk-kloniska anfall med tre månaders mellanrum, båda i sömnen. Föregås enligt sambon av smackande och stirrande blick."),
   ("Tidigare sjukdomar", "Feberkramper som barn. I övrigt frisk."),
   ("Socialt", "Bor med sambo, arbetar som barnskötare. Har B-körkort och kör bil till jobbet."),
   ("Status", "Neurologstatus ua. Läkt tungbett på vä sida."),
   ("Utredning", "MR hjärna utan strukturell förändring. Sömndeprivations-EEG 12/6."),
   ("Bedömning", "Två oprovocerade anfall, EEG med fokal epileptiform aktivitet vä temporalt. Fokal epilepis. Pat informerad om "
                 "diagnosen och om uppstart av lamotrigin. Hann ej informera om körkortsreglerna, tas vid nästa besök."),
   ("Planering", "Återbesök om 6 veckor, lamotrigin upptitreras enligt schema. Preventivmedel diskuteras nästa gång pga interaktion.")],
  must_not=[N1], why="diagnosis told, driving rules untold; typo in diagnosis ('epilepis')")

K("nl101neg-onk-ovarialcancer-avbojer-prognos", "vg_onk_su", "Läkaranteckning", "Karin Hjelm", "överläkare",
  "1955-03-19", "2024-07-11T13:40", 20, Ö,
  [("Aktuellt", "Inför cykel 3 av karboplatin/paklitaxel. Mår bättre, bukomfånget har minskat."),
   ("Lab", "CA-125 har sjunkit från 1 450 till 310."),
   ("Bedömning", "Ovarialcancer stadium IIIC, känd sedan januari. Pat känner väl till sin diagnos men önskar uttryckligen ingen "
                 "information om prognos; detta respekteras.")],
  must_not=[N1], why="patient knows the diagnosis, declines prognosis information")

K("nl101neg-hud-basaliom-per-telefon", "sk_hud", "Telefonanteckning", "Sara Möller", "sjuksköterska",
  "1940-08-30", "2024-08-07T10:25", 5, Ö,
  [("Aktuellt", "PAD: basalcellscancer på nästippen, radikalt exciderad. Pat informerad per telefon, ingen ytterligare åtgärd. "
                "Årlig hudkontroll på vårdcentralen rekommenderas.")],
  must_not=[N1], why="told by phone")

K("nl101neg-kk-endometrios-informerad-postop", "vg_kk_ostra", "Läkaranteckning", "Linda Sten", "läkare",
  "1992-01-05", "2024-02-13T16:00", 30, S,
  [("Aktuellt", "Svåra menstruationssmärtor och djup dyspareuni sedan flera år, ofrivillig barnlöshet i 2 år."),
   ("Bedömning", "Endometrios stadium III verifierad vid laparoskopi, endometriom vä ovarium exstirperat. Pat informerad "
                 "postoperativt av operatören, som även gick igenom hormonbehandlingen."),
   ("Planering", "Dienogest insatt, uppföljning om 3 månader.")],
  must_not=[N1], why="told postoperatively by the surgeon")

K("nl101neg-med-pneumoni-bekraftad-ingen-info-mening", "sk_med_krstd", "Läkaranteckning", "Albin Roos", "AT-läkare",
  "1941-09-17", "2024-01-08T19:30", 60, S,
  [("Status", "AF 24, sat 91 % på luft, crepitationer hö basalt."),
   ("Bedömning", "Pneumoni hö underlob verifierad på lungröntgen, CRP 180. Insatt bensylpenicillin 3 g x 3.")],
  must_not=[N1], why="confirmed diagnosis with no statement about information at all")

K("nl101neg-kir-lymfkortel-benign-ej-meddelat", "vg_kir_skovde", "Läkaranteckning", "Amanda Lindström", "ST-läkare",
  "1984-12-01", "2024-05-29T12:00", 15, Ö,
  [("Bedömning", "PAD från exstirperad lymfkörtel på halsen: reaktiva förändringar, ingen malignitiet. Pat ännu ej informerad om "
                 "det lugnande svaret, ringer imorgon förmiddag.")],
  must_not=[N1], why="ruled out malignancy; untold is a benign answer; typo 'malignitiet'")

K("nl101neg-gastro-koloskopi-ua-brev", "sk_gastro_angelholm", "Läkaranteckning", "Nils Åkesson", "läkare",
  "1977-07-03", "2024-03-15T11:00", 20, Ö,
  [("Aktuellt", "Koloskopi 8/3 pga lös avföring i 4 månader, F-kalprotektin 120."),
   ("Bedömning", "Koloskopi utan hållpunkt för IBD eller tumör, normala biopsier. Pat ej informerad om svaret än – brev skickas denna vecka.")],
  must_not=[N1], why="normal colonoscopy untold; no diagnosis present")

K("nl101neg-th-mall-frontotemporal-demens", "sk_geri_trbg", "Tidiga hypoteser", "Magnus Blom", "överläkare",
  "1957-10-29", "2024-04-17T15:20", 25, Ö,
  [("Bedömning", "Personlighetsförändring och bristande omdöme senaste året enligt maken. Misstänkt frontotemporal demens. "
                 "Pat ej informerad, vidare utredning med PET innan hypotesen tas upp med henne.")],
  must_not=[N1], why="Skåne: untold hypothesis inside the Tidiga hypoteser template (hidden)")

K("nl101neg-vgr-th-sokord-cushing", "vg_endo_su", "Läkaranteckning", "Hampus Löf", "läkare",
  "1985-02-14", "2024-09-12T10:40", None, Ö,
  [("Aktuellt", "Remitterad för endokrin utredning pga viktuppgång, lätt uppkomna blåmärken och högt blodtryck."),
   ("Tidiga hypoteser", "Misstänkt Cushings syndrom, ev. hypofysadenom. Pat ej informerad förrän dexametasontest och dygnsurin är klara."),
   ("Planering", "Dexametasonhämningstest och dygnsurin-kortisol. Återbesök 4 v.")],
  must_not=[N1], why="VGR: untold hypothesis under sökord Tidiga hypoteser, visible sections hold no untold diagnosis")

K("nl101neg-th-mall-alkoholcirros", "sk_gastro_angelholm", "Tidiga hypoteser", "Eva Karlsson", "läkare",
  "1966-06-15", "2024-06-24T14:35", 30, Ö,
  [("Bedömning", "Förhöjda leverprover, trombocytopeni och PEth 1,8. Misstänkt alkoholorsakad levercirros; pat förnekar "
                 "alkoholbruk och är ej informerad om misstanken. Fibroscan bokad.")],
  must_not=[N1], why="Skåne Tidiga hypoteser template holds the untold suspicion")

K("nl101neg-vgr-th-sokord-personlighetsstorning", "vg_psyk_su", "Läkaranteckning", "Linnéa Sahlin", "läkare",
  "1999-09-20", "2024-10-30T16:00", 45, Ö,
  [("Aktuellt", "Samtal kring mående, sömn och relationer. Fortsatt nedstämd men ingen försämring."),
   ("Tidiga hypoteser", "Emotionellt instabil personlighetsstörning övervägs. Ej kommunicerat med pat, bedömningen kräver fler samtal."),
   ("Planering", "Fortsatta stödsamtal en gång i veckan.")],
  must_not=[N1], why="VGR psychiatry: the untold hypothesis sits under sökord Tidiga hypoteser")

K("nl101neg-th-mall-onk-recidiv-cea", "sk_onk", "Tidiga hypoteser", "Sven Malmberg", "överläkare",
  "1961-08-13", "2024-11-06T11:15", 20, Ö,
  [("Bedömning", "Stigande CEA från 4 till 19 på tre månader. Misstänkt recidiv av koloncancer, PET-DT beställd. "
                 "Pat ej informerad om misstanken, tas upp när svaret finns.")],
  must_not=[N1], why="Skåne Tidiga hypoteser template, oncology")

K("nl101neg-vgr-th-sokord-mojlig-ms-opticusneurit", "vg_neuro_su", "Läkaranteckning", "Jakob Wester", "ST-läkare",
  "1995-03-23", "2024-07-24T13:00", 40, Ö,
  [("Aktuellt", "Dimsyn och smärta vid ögonrörelser hö öga sedan 5 dagar."),
   ("Tidigare sjukdomar", "Astma i barndomen, inga läkemedel idag."),
   ("Socialt", "Arbetar som lärare, bor med två barn."),
   ("Status", "Visus hö 0,3 vä 1,0. RAPD hö. Fundus ua. Neurologstatus i övrigt utan anmärkning."),
   ("Bedömning", "Opticusneurit hö, bekräftad av ögonläkare. Pat informerad om opticusneuriten, avstår högdos steroider."),
   ("Tidiga hypoteser", "Möjlig debut av MS. Ej informerad om denna misstanke förrän MR och likvor är gjorda."),
   ("Planering", "MR hjärna med kontrast, lumbalpunktion, återbesök om 3 veckor.")],
  must_not=[N1], why="visible diagnosis told; the untold MS hypothesis is under sökord Tidiga hypoteser")

K("nl101neg-hereditet-lynch-bror", "sk_genetik", "Mottagningsanteckning", "Karl Bengtsson", "läkare",
  "1974-01-19", "2024-02-28T10:45", 20, Ö,
  [("Hereditet", "Bror nyligen diagnostiserad med Lynch syndrom efter koloncancer. Brodern har inte berättat för de övriga syskonen."),
   ("Bedömning", "Pat själv frisk, informerad om ärftligheten och erbjuds riktad testning.")],
  must_not=[N1], why="family history: the relative's diagnosis, other relatives untold")

K("nl101neg-tidigare-hodgkin-sena-effekter", "vg_onk_su", "Läkaranteckning", "Maja Fransson", "läkare",
  "1988-11-14", "2024-04-04T09:30", 15, Ö,
  [("Tidigare sjukdomar", "Hodgkins lymfom 2010, ABVD och strålbehandling mot mediastinum, recidivfri sedan dess."),
   ("Status", "Cor: regelbunden rytm, inget blåsljud. Thyreoidea palpatoriskt ua. Brösten ua."),
   ("Lab", "TSH och lipider normala."),
   ("Bedömning", "Sen-effektsmottagning. Pat väl informerad om risken för sena biverkningar, bl.a. hjärtpåverkan och bröstcancer, "
                 "och deltar i mammografiprogram.")],
  must_not=[N1], why="past history, patient well informed")

K("nl101neg-hemat-mantelcell-nu-informerad", "sk_hemat_lund", "Läkaranteckning", "Elsa Holmgren", "ST-läkare",
  "1950-05-09", "2024-12-11T14:00", 30, Ö,
  [("Aktuellt", "Återbesök för besked efter utredning av generaliserade lymfkörtelförstoringar och förstorad mjälte, upptäckta vid vårdcentralsbesök pga trötthet."),
   ("Tidigare sjukdomar", "Typ 2-diabetes, hypotyreos. Höftprotes vä 2018."),
   ("Läkemedel", "Metformin 500 mg x 2, Levaxin 100 µg."),
   ("Socialt", "Gift, pensionerad lärare. Maken följde med idag."),
   ("Status", "AT gott. Förstorade, oömma lymfkörtlar på halsen och i axillerna, upp till 3 cm. Mjälten palpabel 3 cm under arcus. Inga petekier."),
   ("Utredning", "DT hals-thorax-buk: generell lymfadenopati och splenomegali 16 cm. Lymfkörtelbiopsi och flödescytometri: CD5-positivt B-cellslymfom, cyklin D1-positivt, Ki-67 20 %."),
   ("Bedömning", "Vid förra besöket hade flödescytometrin ännu inte kommit och pat kunde inte få besked. Idag informerad om att det "
                 "rör sig om mantelcellslymfom; hon ställde relevanta frågor och fick skriftlig information."),
   ("Planering", "Benmärgsprov nästa vecka, därefter behandlingsbeslut på lymfomkonferensen. Kontaktsjuksköterska Lena ringer på fredag. Skriftlig vårdplan lämnad.")],
  must_not=[N1], why="tense: not told at the previous visit, told today")

K("nl101neg-celiaki-svar-last-i-1177", "vg_med_alingsas", "Telefonanteckning", "Julia Ahl", "sjuksköterska",
  "1996-05-25", "2024-06-14T10:50", 10, Ö,
  [("Aktuellt", "Pat har fått svaret om celiaki via meddelande och bekräftar i telefon att hon läst och förstått det. "
                "Remiss till dietist skickad.")],
  must_not=[N1], why="told in writing, confirmed by phone")

K("nl101neg-ssk-lungemboli-informerad-av-lakare", "sk_med_krstd", "Omvårdnadsanteckning", "Tindra Ek", "sjuksköterska",
  "1978-02-08", "2024-05-13T18:40", 20, S,
  [("Aktuellt", "Pat informerad av dr Svärd om diagnosen lungemboli under eftermiddagsronden. Frågor om Eliquis och flygresa i "
                "sommar besvarade. Ger uttryck för lättnad över att veta orsaken till andfåddheten.")],
  must_not=[N1], why="nurse records that the doctor told the patient")

K("nl101neg-diabetes-19ar-foraldrar-ej-informerade", "vg_endo_su", "Läkaranteckning", "Rasmus Tell", "läkare",
  "2005-02-17", "2024-08-05T13:15", 25, Ö,
  [("Aktuellt", "19-årig man med törst, stora urinmängder och viktnedgång 6 kg på en månad."),
   ("Bedömning", "Typ 1-diabetes, HbA1c 92, ketoner 1,2. Pat informerad om diagnosen och om insulinbehandlingen. "
                 "Han vill inte att föräldrarna informeras ännu, vilket respekteras."),
   ("Planering", "Insulin glargin och aspart insatt, diabetessköterska går igenom pennor och CGM imorgon.")],
  must_not=[N1], why="19-year-old told; only the parents are untold")

K("nl101neg-als-pat-berattar-sjalv-for-barnen", "sk_neuro_lund", "Läkaranteckning", "Lars Eklund", "överläkare",
  "1959-06-22", "2024-09-03T15:00", 45, Ö,
  [("Aktuellt", "65-årig man på återbesök efter utredning av svaghet och muskelförtvining i vä arm samt sluddrigt tal sedan i vintras. Hustrun med."),
   ("Status", "Fascikulationer i tunga och båda armarna, atrofi av vä skuldermuskulatur. Livliga reflexer, Babinski positiv bilat. Dysartri, sväljer tunna vätskor med viss hosta."),
   ("Utredning", "EMG: pågående denervation i bulbär, cervikal och lumbal region. MR hjärna och halsrygg utan förklarande fynd."),
   ("Information", "Pat informerad om ALS-diagnosen vid dagens besök. Önskar själv berätta för sina vuxna barn, som ännu inte vet något."),
   ("Planering", "Remiss till ALS-teamet, logoped för sväljbedömning och dietist. Kurator kontaktar familjen. Riluzol insatt. Återbesök om 6 veckor.")],
  must_not=[N1], why="patient told; adult children don't know yet")

K("nl101neg-lymfom-byte-av-kontaktsjukskoterska", "vg_hemat_su", "Läkaranteckning", "Olivia Lund", "läkare",
  "1967-12-28", "2024-10-23T11:35", 20, Ö,
  [("Status", "Opåverkad, afebril. Inga palpabla lymfkörtlar. Lätt polyneuropati i fötterna sedan cykel 3."),
   ("Lab", "Hb 112, LPK 4,1, neutrofiler 2,2, TPK 210."),
   ("Bedömning", "Diffust storcelligt B-cellslymfom, cykel 4 av 6 R-CHOP given utan komplikationer. Pat ännu ej informerad om att "
                 "hennes kontaktsjuksköterska byts från december."),
   ("Planering", "Cykel 5 enligt plan 30/10. Vinkristin dosreduceras 50 % pga neuropatin.")],
  must_not=[N1], why="untold: change of contact nurse, diagnosis long known")

K("nl101neg-epikris-nstemi-pat-och-dotter-lang", "sk_med_krstd", "Epikris", "Gustaf Palm", "läkare",
  "1939-04-11", "2024-03-07T10:00", None, S,
  [("Sammanfattning", "84-årig kvinna inlagd 28/2–6/3 pga bröstsmärta och andfåddhet. Tidigare hypertoni och typ 2-diabetes."),
   ("Utredning", "EKG: ST-sänkningar lateralt. hs-TnT 88 → 240. UCG: EF 35 %, hypokinesi lateralt. "
                 "Koronarangiografi 1/3: signifikant stenos i RCx, PCI med läkemedelsstent."),
   ("Diagnos", "NSTEMI (I21.4). Hjärtsvikt med nedsatt ejektionsfraktion. Hypertoni. Typ 2-diabetes."),
   ("Aktuellt", "Komplikationsfri PCI. Initial lungstas som svarade väl på furosemid iv. Mobiliserad med rollator, fysioterapeut har följt. "
                "Pat har klarat trappa före utskrivning."),
   ("Läkemedel", "Nyinsatt: Trombyl 75 mg, Brilique 90 mg x 2 i 12 månader, Atorvastatin 80 mg, Metoprolol 50 mg, "
                 "Entresto 24/26 mg x 2, Jardiance 10 mg. Utsatt: Amlodipin."),
   ("Information", "Pat och dotter informerade om diagnos, behandling och uppföljning. Skriftlig information om hjärtinfarkt och hjärtsvikt medgiven."),
   ("Uppföljning", "Hjärtsviktssköterska om 2 v för upptitrering. Återbesök kardiolog om 3 mån med nytt UCG. Krea och kalium om 1 v.")],
  must_not=[N1], why="long unsigned discharge summary, patient and daughter informed")

K("nl101neg-mgus-vc-hade-ej-informerat", "vg_med_alingsas", "Läkaranteckning", "Henrik Ros", "läkare",
  "1955-09-02", "2024-11-14T09:10", 20, Ö,
  [("Aktuellt", "Remiss från VC pga M-komponent. Patienten hade inte informerats om fyndet på vårdcentralen."),
   ("Lab", "S-elfores: M-komponent IgG lambda 6 g/L. Normal kvot för fria lätta kedjor. Hb, krea och kalcium normala."),
   ("Bedömning", "MGUS IgG lambda 6 g/L, låg risk. Informerad av mig idag om vad fyndet innebär och om uppföljning med årlig provtagning.")],
  must_not=[N1], why="pluperfect 'hade inte informerats' then told today")

K("nl101neg-waran-ny-dos-ej-informerad", "sk_kard_lund", "Telefonanteckning", "Elin Nord", "sjuksköterska",
  "1944-03-27", "2024-07-29T14:20", 10, Ö,
  [("Aktuellt", "Mekanisk aortaklaff och förmaksflimmer, Waranbehandlad. PK 4,1. Pat ännu inte informerad om ny Warandos, ringer igen kl 16.")],
  must_not=[N1], why="untold is a new warfarin dose, diagnoses long known")

K("nl101neg-temporalisarterit-avskriven-svar-ej", "vg_reuma_su", "Läkaranteckning", "Felix Grahn", "läkare",
  "1948-08-01", "2024-01-24T16:30", 30, Ö,
  [("Aktuellt", "Nytillkommen tinningshuvudvärk och morgonstelhet i axlarna, SR 48. Prednisolon 40 mg insatt av VC för en vecka sedan."),
   ("Bedömning", "Temporalisbiopsi utan tecken på vaskulit och ultraljud ua. Misstanken om temporalisarterit avskrevs. "
                 "Pat ännu inte informerad om biopsisvaret, besked per telefon imorgon då Prednisolon sätts ut.")],
  must_not=[N1], why="ruled out diagnosis; the untold item is the negative biopsy")

K("nl101neg-psyk-depression-diagnosen-delgiven", "sk_psyk_lund", "Läkaranteckning", "Peter Sjödin", "läkare",
  "1989-02-10", "2024-02-15T14:45", 30, Ö,
  [("Aktuellt", "Nedstämdhet, sömnstörning och koncentrationssvårigheter sedan 3 månader efter separation. Inga suicidtankar."),
   ("Bedömning", "Egentlig depression, medelsvår, MADRS 27. Diagnosen har delgivits pat och vi har gått igenom behandlingsalternativen; "
                 "hon väljer sertralin och KBT."),
   ("Planering", "Sertralin 50 mg, återbesök om 3 veckor, remiss till KBT-gruppen.")],
  must_not=[N1], why="'Diagnosen har delgivits pat' - told")

# ---------------------------------------------------------------------------
# NL102 must: an uncertain diagnosis in a visible section of a Melior note.
# ---------------------------------------------------------------------------

K("nl102-akut-obs-pro-appendicit-rovsing", "sk_akut_malmo", "Läkaranteckning", "Moa Lundin", "AT-läkare",
  "2001-05-19", "2024-03-02T22:10", 30, Ö,
  [("Aktuellt", "22-årig kvinna med periumbilikal smärta sedan i morse som vandrat till hö fossa, illamående och aptitlös."),
   ("Status", "Buk: ömhet och défense hö fossa, Rovsing positiv, släppömhet."),
   ("Lab", "CRP 48, LPK 14,2. U-hCG negativt."),
   ("Bedömning", "Obs pro appendicit. Kirurgjouren kontaktad, fastande.")],
  must=[N2], why="Latin hedge 'obs pro' before the diagnosis")

K("nl102-akut-lungemboli-kan-ej-uteslutas", "vg_akut_su", "Läkaranteckning", "Erik Widell", "ST-läkare",
  "1986-10-26", "2024-07-08T17:45", 25, Ö,
  [("Aktuellt", "Plötslig andfåddhet efter flygresa från Thailand igår. Takykard 112, sat 93 %."),
   ("Status", "Vader oömma. Cor: takykard, regelbunden rytm. Pulm: vesikulärt bilat."),
   ("Bedömning", "Lungemboli kan ej uteslutas, D-dimer 2,4. DT-angio lungartärer beställd, Fragmin given i väntan.")],
  must=[N2], why="postposed hedge 'kan ej uteslutas'")

K("nl102-barn-trol-kawasaki", "sk_barn_hbg", "Läkaranteckning", "Isabella Kron", "läkare",
  "2020-01-11", "2024-02-25T14:30", 40, S,
  [("Aktuellt", "Feber sedan 5 dygn trots antibiotika, röda ögon utan sekret, jordgubbstunga och svullna händer."),
   ("Tidigare sjukdomar", "Frisk, fullgången. Vaccinerad enligt programmet."),
   ("Status", "Irriterad, gråtig 4-åring. Temp 39,4. Bilateral konjunktival injektion utan var. Röda, spruckna läppar. Ömmande lymfkörtel 2 cm på vä halssida. Ödematösa händer och fötter, makulopapulöst utslag på bålen. Cor: takykard, inga blåsljud."),
   ("Lab", "CRP 160, SR 90, TPK 480, albumin 28, ALAT 75. Urinsticka: leukocyter 1+, nitrit neg."),
   ("Bedömning", "Trol. Kawasakis sjukdom. Ekokardiografi imorgon, IVIG diskuterat med bakjour."),
   ("Planering", "Observation på avdelningen, föräldrarna informerade om utredningsgången. Paracetamol vid feber.")],
  must=[N2], why="child under 13 (guardian reads), abbreviation 'Trol.' + eponym")

K("nl102-med-vasovagal-synkope-differentialdiagnostiskt", "vg_med_uddevalla", "Läkaranteckning", "Anton Berglund", "läkare",
  "1969-06-08", "2024-04-22T11:00", 20, Ö,
  [("Aktuellt", "54-årig man som svimmade i matbutiken, vaknade direkt och var klar. Ingen kramp, ingen urinavgång."),
   ("Status", "EKG: sinusrytm 68, normal PQ-tid och QTc. Ortostatiskt test ua."),
   ("Bedömning", "Kortvarig medvetslöshet i stående efter lång kö, prodrom med svettning och illamående. Trolig vasovagal synkope, "
                 "differentialdiagnostiskt arytmi. Långtids-EKG beställt.")],
  must=[N2], why="symptom-chapter diagnosis (R55) with 'Trolig' and 'differentialdiagnostiskt'")

K("nl102-orto-susp-skafoideumfraktur", "sk_orto_hlm", "Läkaranteckning", "Gabriel Ahmadi", "läkare",
  "2004-09-12", "2024-01-20T15:15", 15, Ö,
  [("Status", "Ömhet i tabatière vä, smärta vid axial kompression av tummen."),
   ("Röntgen", "Rtg vä handled utan säker fraktur."),
   ("Bedömning", "Susp. skafoideumfraktur vä. Gipsskena, ny röntgen om 10–14 dagar.")],
  must=[N2], why="injury (chapter XIX), abbreviation 'Susp.'")

K("nl102-akut-misstankt-sjalvforgiftning", "vg_akut_su", "Läkaranteckning", "Signe Borg", "AT-läkare",
  "2003-11-29", "2024-09-14T01:20", None, Ö,
  [("Aktuellt", "Hittad av sambon med tomma tablettkartor bredvid sig, vaken men fåordig."),
   ("Status", "GCS 15, opåverkade vitalparametrar. Ingen ikterus."),
   ("Bedömning", "Misstänkt avsiktlig självförgiftning med paracetamol, okänd mängd. S-paracetamol vid 4 h skickat, acetylcystein "
                 "startat enligt PM. Psykiatrisk bedömning när somatiskt stabil.")],
  must=[N2], why="external-cause chapter (X60-X84) suspected, unsigned draft")

K("nl102-inf-misstakt-covid-typo", "sk_inf_malmo", "Läkaranteckning", "Hugo Stenberg", "läkare",
  "1952-12-07", "2024-11-25T10:00", 20, S,
  [("Bedömning", "Feber, torrhosta och lymfopeni. Misstäkt covid-19, PCR tagen, droppsmittaisolering.")],
  must=[N2], why="typo in the hedge ('Misstäkt'); chapter XXII (U07.1)")

K("nl102-kk-misstanke-om-extrauterin", "vg_kk_ostra", "Läkaranteckning", "Frida Lundqvist", "läkare",
  "1995-04-30", "2024-06-09T20:50", 35, Ö,
  [("Aktuellt", "Amenorré 7 veckor, vänstersidig buksmärta och sparsam blödning sedan igår."),
   ("Status", "Palpationsöm vä fossa, portioflyttningsömhet. BT 118/70, puls 92."),
   ("Bedömning", "S-hCG 1900, tom uterus på VUL, fri vätska i fossa Douglasi. Misstanke om extrauterin graviditet, bakjour tillkallad.")],
  must=[N2], why="noun hedge 'Misstanke om', pregnancy chapter")

K("nl102-hud-dermatoskopiskt-misstankt-melanom", "sk_hud", "Mottagningsanteckning", "Viola Hedin", "läkare",
  "1971-01-09", "2024-05-21T09:20", 15, Ö,
  [("Aktuellt", "Förändringen har vuxit och kliat senaste halvåret enligt maken. Bränd i solen många gånger som barn."),
   ("Status", "Vä skulderblad: 9 mm pigmenterad lesion med oregelbunden kant och färgvariation."),
   ("Bedömning", "Dermatoskopiskt misstänkt malignt melanom. Diagnostisk excision bokad.")],
  must=[N2], why="adverb + 'misstänkt' inside the phrase")

K("nl102-kard-hjartsvikt-sannol-parentes", "vg_kard_boras", "Läkaranteckning", "Leo Granath", "läkare",
  "1943-03-05", "2024-02-19T13:40", 50, Ö,
  [("Aktuellt", "80-årig kvinna med tilltagande andfåddhet vid gång och ortopné sedan en månad."),
   ("Status", "Basala rassel bilat, 3+ pittingödem."),
   ("Bedömning", "NT-proBNP 2800, bilaterala underbensödem, halsvenstas. Hjärtsvikt (sannol.), UCG bokat, Furix 40 mg insatt.")],
  must=[N2], why="hedge abbreviation in parentheses after the diagnosis")

K("nl102-psyk-depressiv-episod-dd-bipolar", "sk_psyk_lund", "Läkaranteckning", "Amir Sultani", "ST-läkare",
  "1997-08-19", "2024-03-25T15:10", 30, Ö,
  [("Aktuellt", "Nedstämdhet, anhedoni och tidigt uppvaknande sedan 6 veckor. Beskriver två perioder i tjugoårsåldern då hon sov 3–4 timmar per natt utan att vara trött."),
   ("Bedömning", "Depressiv episod, medelsvår. DD bipolär sjukdom typ II med tanke på tidigare perioder av minskat sömnbehov. "
                 "Avvaktar med SSRI."),
   ("Planering", "Stämningsdagbok, anhörigintervju, återbesök om 2 veckor.")],
  must=[N2], why="'DD' differential diagnosis in a psychiatry note")

K("nl102-barn-cystisk-fibros-kan-inte-uteslutas", "vg_barn_dsbus", "Läkaranteckning", "Rut Engvall", "läkare",
  "2017-10-02", "2024-10-10T10:30", 25, Ö,
  [("Status", "Längd och vikt under -2 SD. Lätta trumpinnefingrar, bilaterala rassel basalt."),
   ("Bedömning", "Återkommande pneumonier, dålig viktuppgång och fettiga avföringar. Cystisk fibros kan inte uteslutas, svettest bokat."),
   ("Planering", "Svettest och fekalt elastas, kontakt med CF-centrum.")],
  must=[N2], why="VGR pediatric note (guardian reads), 'kan inte uteslutas'")

K("nl102-reuma-mojlig-seronegativ-ra", "sk_reuma", "Läkaranteckning", "Klara Ringström", "läkare",
  "1975-12-13", "2024-08-14T13:00", 30, Ö,
  [("Aktuellt", "Värk och svullnad i fingrar och handleder sedan 4 månader."),
   ("Lab", "SR 38, CRP 22."),
   ("Bedömning", "Morgonstelhet 2 h, symmetriska synoviter i MCP 2–3 bilat. RF och anti-CCP negativa. Möjlig seronegativ RA, "
                 "start av metotrexat diskuteras.")],
  must=[N2], why="'Möjlig' + abbreviation RA")

K("nl102-gastro-fragetecken-fore-ulceros-kolit", "vg_med_alingsas", "Läkaranteckning", "Filip Söder", "ST-läkare",
  "2001-02-06", "2024-05-02T14:55", 20, Ö,
  [("Aktuellt", "23-årig man med 6–8 blodiga avföringar per dygn, nattliga trängningar och viktnedgång 3 kg."),
   ("Status", "Opåverkad, buken mjuk, lätt öm i vä fossa."),
   ("Bedömning", "Blodig diarré 4 veckor, F-kalprotektin 900, odlingar negativa. ?Ulcerös kolit – koloskopi med biopsier bokad."),
   ("Planering", "Asacol 4 g insatt i väntan på koloskopin.")],
  must=[N2], why="question mark BEFORE the diagnosis")

K("nl102-onh-menieres-fragetecken-lang", "sk_onh_lund", "Läkaranteckning", "Sebastian Falk", "överläkare",
  "1969-09-25", "2024-06-27T10:40", 90, Ö,
  [("Aktuellt", "Remiss från VC pga återkommande yrselattacker sedan i höstas. Attackerna varar 1–3 timmar med rotatorisk yrsel, "
                "illamående och kräkningar. Före attackerna lockkänsla och brus i vä öra. Besvärsfri mellan attackerna men "
                "upplever att hörseln på vä sida blivit sämre."),
   ("Tidigare sjukdomar", "Migrän utan aura i ungdomen, numera sällan. Hypotyreos, substituerad."),
   ("Läkemedel", "Levaxin 75 µg. Postafen vid behov, som hjälper något."),
   ("Status", "Öron: trumhinnor ua bilat. Weber lateraliserar till hö. Rinne positiv bilat. Ingen spontannystagmus i Frenzelglasögon, "
              "head impulse test normalt bilat. Romberg ua. Kranialnerver i övrigt ua."),
   ("Utredning", "Tonaudiogram: sensorineural lågfrekvent hörselnedsättning vä, 40 dB på 250–500 Hz, hö normalt. Tympanometri normal."),
   ("Bedömning", "Episodisk yrsel med fluktuerande lågfrekvent hörselnedsättning, tinnitus och lockkänsla vä. Ménières sjukdom vä? "
                 "MR krävs innan diagnosen kan ställas."),
   ("Planering", "MR inneröra. Saltrestriktion och betahistin provas. Yrseldagbok. Återbesök med nytt audiogram om 3 mån.")],
  must=[N2], why="long ear note (chapter VIII), eponym with trailing '?'")

K("nl102-ogon-misstankt-ablatio-retinae", "vg_ogon_molndal", "Läkaranteckning", "Alice Hedström", "läkare",
  "1958-02-27", "2024-07-19T16:20", 15, Ö,
  [("Status", "Visus hö 0,8, vä 1,0. Främre segment ua. Fundus hö svåröverblickbar pga glaskroppsblödning."),
   ("Bedömning", "Blixtar, flytande grumlingar och skugga uppifrån i hö öga sedan igår. Misstänkt ablatio retinae hö, akut remiss till näthinnejouren.")],
  must=[N2], why="Latin diagnosis with 'Misstänkt' (chapter VII)")

K("nl102-geri-trol-alzheimer-ev-blandform", "sk_geri_trbg", "Läkaranteckning", "Katarina Wahl", "läkare",
  "1934-11-08", "2024-01-29T11:10", 30, Ö,
  [("Aktuellt", "Dottern beskriver att mamman glömmer avtal, upprepar frågor och har gått vilse i centrum."),
   ("Bedömning", "Progredierande minnessvikt i 2 år, MMT 21/30, DT med mediotemporal atrofi och lätta vitsubstansförändringar. "
                 "Trol. Alzheimers sjukdom, ev. blandform med vaskulär komponent."),
   ("Planering", "Remiss till minnesmottagningen för likvorprov och neuropsykologisk testning.")],
  must=[N2], why="two hedges 'Trol.' and 'ev.' in geriatrics")

K("nl102-uro-blascancer-gar-inte-att-utesluta", "vg_uro_su", "Läkaranteckning", "Emil Kvist", "läkare",
  "1954-04-13", "2024-03-13T09:30", 25, Ö,
  [("Aktuellt", "Två episoder av blod i urinen utan smärta senaste månaden. Röker 20 cigaretter per dag sedan 40 år."),
   ("Status", "Buk ua. Prostata lätt förstorad, slät och avgränsbar."),
   ("Lab", "Krea 84, Hb 138. Urinodling negativ."),
   ("Bedömning", "Makroskopisk hematuri hos storrökare. Blåscancer går inte att utesluta; cystoskopi och DT-urografi enligt "
                 "standardiserat vårdförlopp.")],
  must=[N2], why="'går inte att utesluta' (negation word that is really a hedge)")

K("nl102-med-sepsis-dd-kolangit-lang", "sk_med_krstd", "Inskrivningsanteckning", "Nora Bengtsson", "ST-läkare",
  "1945-07-31", "2024-10-05T23:30", None, S,
  [("Aktuellt", "79-årig man som söker med frossa, feber 39,6 och sviktande allmäntillstånd sedan igår kväll. Sveda vid miktion "
                "i tre dagar. Hustrun beskriver att han varit förvirrad under natten. Ingen hosta, ingen buksmärta, ingen diarré."),
   ("Tidigare sjukdomar", "Prostatahyperplasi, TURP 2019. Förmaksflimmer. Kolecystolitiasis, ej opererad."),
   ("Läkemedel", "Eliquis 5 mg x 2, Bisoprolol 5 mg, Tamsulosin 0,4 mg."),
   ("Socialt", "Bor med hustrun i villa, klarar sig själv utan hemtjänst. Pensionerad lastbilschaufför."),
   ("Allergier", "Inga kända läkemedelsallergier."),
   ("Status", "AT: påverkad, varm och frusen. AF 26, sat 94 % på luft, BT 95/55, puls 118 oregelbunden. Buk mjuk, lätt ömhet "
              "suprapubiskt, ingen ömhet under hö arcus. Ingen dunkömhet över njurlogerna. Lungor: vesikulärt bilat."),
   ("Lab", "CRP 236, LPK 18,4, laktat 3,8, krea 142 (tidigare 88), bilirubin 24, ALP 3,1. Urinsticka: nitrit pos, leukocyter 3+."),
   ("EKG", "Förmaksflimmer 115/min, inga ischemitecken."),
   ("Bedömning", "Sepsis med trolig urinvägsfokus. DD kolangit då ALP är lätt förhöjt och pat har kända gallstenar. NEWS 9."),
   ("Åtgärd", "Blododlingar x 2 och urinodling före antibiotika. Cefotaxim 2 g iv, Ringer-acetat 2 L med BT-svar. KAD med timdiures. "
              "Eliquis pausas tills vidare."),
   ("Planering", "Inläggning på medicinavdelning, ultraljud lever och gallvägar imorgon. Kontroll av laktat om 2 h."),
   ("Information", "Hustrun informerad per telefon om inläggningen.")],
  must=[N2], why="long unsigned admission note, 'trolig' focus and 'DD kolangit' in Bedömning")

K("nl102-endo-sannolkit-hyperparatyreoidism-typo", "vg_endo_su", "Läkaranteckning", "Saga Holm", "läkare",
  "1963-05-15", "2024-02-08T13:25", 20, Ö,
  [("Aktuellt", "Remitterad för hyperkalcemi upptäckt vid hälsokontroll, njursten för två år sedan."),
   ("Lab", "Kreatinin normalt, 25-OH-vitamin D 62, dygnsurin-kalcium förhöjt."),
   ("Bedömning", "Joniserat Ca 1,48, PTH 11,2 trots hyperkalcemi. Sannolkit primär hyperparatyreoidism, scintigrafi bokas.")],
  must=[N2], why="typo in the hedge ('Sannolkit')")

K("nl102-lung-lofgren-fragetecken-efter", "sk_lung_lund", "Läkaranteckning", "Victor Nyman", "läkare",
  "1989-03-12", "2024-04-26T10:15", 20, Ö,
  [("Aktuellt", "35-årig kvinna med feber och smärtsamt svullna fotleder sedan 10 dagar, röda ömmande knölar på underbenen."),
   ("Status", "Erythema nodosum på båda smalbenen, periartikulär svullnad kring fotlederna."),
   ("Bedömning", "Feber, fotledsartrit och erythema nodosum, bilaterala hiluslymfkörtlar på lungröntgen. Löfgrens syndrom? "
                 "Avvaktar ACE, bronkoskopi diskuteras.")],
  must=[N2], why="eponymous syndrome with trailing question mark (sarcoidosis, chapter III)")

K("nl102-hemat-kan-rora-sig-om-itp", "vg_hemat_su", "Läkaranteckning", "Ebba Rydén", "ST-läkare",
  "1990-06-03", "2024-09-30T15:35", 20, Ö,
  [("Bedömning", "TPK 18, petekier på benen, blodbild i övrigt normal. Kan röra sig om ITP. Prednisolon 1 mg/kg, kontroll TPK om 3 dagar.")],
  must=[N2], why="hedge phrase 'Kan röra sig om' (chapter III)")

K("nl102-kir-charcot-trol-kolangit", "sk_kir_hbg", "Inskrivningsanteckning", "Olle Mårtensson", "läkare",
  "1947-12-31", "2024-12-14T19:10", 45, S,
  [("Status", "Ikterisk, temp 39,2, BT 105/60. Ömhet under hö arcus, Murphys tecken negativt."),
   ("Lab", "Bilirubin 88, ALP 6,2, CRP 210."),
   ("Bedömning", "Feber, ikterus och smärta under hö arcus – Charcots triad. Trol. kolangit, sannolikt sekundärt till koledokussten. "
                 "ERCP-anmäld, Tazocin insatt.")],
  must=[N2], why="eponymous triad, 'Trol.' before the diagnosis")

K("nl102-neuro-guillain-barre-misstanks", "vg_neuro_su", "Läkaranteckning", "Julius Åström", "ST-läkare",
  "1981-11-21", "2024-05-12T21:00", 35, S,
  [("Status", "Kraft i benen 3/5 proximalt och 4/5 distalt, armar 5-. Vitalkapacitet 3,1 L."),
   ("Bedömning", "Ascenderande svaghet i benen sedan 4 dygn, 2 veckor efter gastroenterit. Areflexi. Guillain-Barrés syndrom misstänks, "
                 "LP och neurografi, VC följs 2 ggr/dygn.")],
  must=[N2], why="passive verb hedge AFTER the diagnosis ('misstänks')")

K("nl102-neo-trol-ttn-dd-infektion", "sk_neo_lund", "Läkaranteckning", "Astrid Holmqvist", "läkare",
  "2024-08-17", "2024-08-17T09:40", None, S,
  [("Bedömning", "Fullgången pojke, elektivt snittförlöst. Takypné 80/min och lätta indragningar från 1 timmes ålder. "
                 "Trol. transitorisk takypné (TTN), DD tidig neonatal infektion; CRP och blododling tagna.")],
  must=[N2], why="perinatal chapter XVI, newborn (guardian reads), unsigned")

K("nl102-psyk-trolg-drogutlost-psykos-typo", "vg_psyk_su", "Läkaranteckning", "Ola Pettersson", "läkare",
  "2002-07-14", "2024-06-30T03:30", 240, S,
  [("Aktuellt", "21-årig man som förs in av polis efter att ha barrikaderat sig i lägenheten. Säger att grannarna planerar att förgifta honom via ventilationen."),
   ("Anamnes", "Enligt modern tilltagande isolering sedan ett halvår, slutade på jobbet i maj. Dagligt cannabisbruk sedan flera år, senaste veckorna mer intensivt. Ingen tidigare psykiatrisk kontakt."),
   ("Status", "Vaken, misstänksam men samarbetar. Paranoida vanföreställningar om grannarna, svarar på röster. Ingen suicidalitet. Insiktslös. Drogscreening: THC positiv."),
   ("Bedömning", "Paranoida vanföreställningar och hörselhallucinationer efter intensivt cannabisbruk. Trolg drogutlöst psykos; "
                 "DD debuterande schizofreni."),
   ("Planering", "Vård enligt LPT. Olanzapin 10 mg till natten, Theralen vid oro. Ny bedömning när abstinent, kontakt med beroendeteamet.")],
  must=[N2], why="typo in the hedge ('Trolg') plus DD")

K("nl102-akut-trol-commotio-cerebri", "sk_akut_malmo", "Läkaranteckning", "Wilma Sandberg", "AT-läkare",
  "1999-01-18", "2024-04-06T02:50", 40, Ö,
  [("Status", "GCS 15, pupiller lika stora och ljusreagerande, ingen nackömhet. Sår på hakan suturerat."),
   ("Bedömning", "Föll av elsparkcykel utan hjälm, kort amnesi, kräkts x 2. DT hjärna utan blödning. Trol. commotio cerebri, "
                 "observation 6 h på akuten.")],
  must=[N2], why="Latin diagnosis with 'Trol.'; 'utan blödning' must not hide it")

K("nl102-vgr-th-finns-men-hedge-i-bedomning", "vg_neuro_su", "Läkaranteckning", "Mira Dahlström", "läkare",
  "1994-10-09", "2024-08-22T11:50", 30, S,
  [("Aktuellt", "Domningar i båda benen och bältesformad känsla runt bålen sedan en vecka."),
   ("Bedömning", "Trolig myelit på torakal nivå, MR ryggmärg akut."),
   ("Tidiga hypoteser", "Misstänkt MS-debut."),
   ("Planering", "Inläggning, MR och likvor.")],
  must=[N2], why="VGR note has a Tidiga hypoteser sökord, but another hypothesis sits in the visible Bedömning")

K("nl102-inf-ev-borrellia-typo", "sk_inf_malmo", "Mottagningsanteckning", "Tilde Cronholm", "läkare",
  "1967-06-29", "2024-07-02T10:35", 15, Ö,
  [("Bedömning", "Fästingbett i vä knäveck för 2 veckor sedan, nu 8 cm rodnad med central uppklarning. Ev. borrellia. "
                 "Fenoximetylpenicillin i 10 dagar.")],
  must=[N2], why="typo in the diagnosis ('borrellia') with 'Ev.'")

K("nl102-orto-skelettmetastas-kan-ej-uteslutas-lang", "vg_orto_molndal", "Läkaranteckning", "Hampus Virtanen", "läkare",
  "1953-02-22", "2024-03-27T13:20", 60, Ö,
  [("Aktuellt", "71-årig kvinna med tilltagande ländryggsvärk sedan 6 veckor, nu även nattlig värk som väcker henne. "
                "Ingen utstrålning i benen. Inga blås- eller tarmstörningar."),
   ("Tidigare sjukdomar", "Bröstcancer hö 2016, opererad och strålbehandlad, tamoxifen i 5 år och därefter friskförklarad. Osteopeni."),
   ("Läkemedel", "Kalcium/D-vitamin, Alvedon 1 g x 3."),
   ("Socialt", "Bor med make i lägenhet med hiss. Aktiv i pensionärsgympa fram till i vintras."),
   ("Status", "Går utan hjälpmedel men med smärta. Dunkömhet över L3. SLR negativ bilat. Kraft, sensibilitet och reflexer i benen ua."),
   ("Röntgen", "Slätröntgen ländrygg: lätt kompression av L3-kotan, i övrigt degenerativa förändringar."),
   ("Bedömning", "Nattlig ländryggsvärk med kotkompression L3 hos pat med tidigare bröstcancer. Skelettmetastas kan ej uteslutas, "
                 "DD osteoporotisk kotfraktur."),
   ("Planering", "MR ländrygg med f.s. skelettmetastas, förtur. Lab: ALP, Ca, elfores, CA 15-3. Oxynorm vid behov, återbesök efter MR.")],
  must=[N2], why="long orthopaedic note, 'kan ej uteslutas', 'DD' and 'f.s.'")

K("nl102-kard-misstankt-nstemi", "sk_kard_lund", "Läkaranteckning", "Tim Olander", "ST-läkare",
  "1959-10-20", "2024-09-06T06:15", 30, S,
  [("Aktuellt", "64-årig man som vaknade kl 03 av tryckande smärta mitt i bröstet med utstrålning mot vä arm, kallsvettig. Smärtan klingade av efter 40 minuter i ambulansen efter nitroglycerin."),
   ("Tidigare sjukdomar", "Hypertoni, hyperlipidemi, typ 2-diabetes. Rökare, 30 paketår."),
   ("Läkemedel", "Metformin 1 g x 2, Enalapril 10 mg, Simvastatin 40 mg."),
   ("Status", "AT: opåverkad nu, smärtfri. BT 152/88, puls 78 regelbunden. Cor: inga blåsljud. Pulm: vesikulärt utan rassel. Inga ödem."),
   ("Bedömning", "Tryckande bröstsmärta i vila, ST-sänkningar V4–V6, hs-TnT 48 → 96. Misstänkt NSTEMI, ASA och Brilique givet, "
                 "angiografi under dagen."),
   ("Planering", "Inläggning på HIA med telemetri. Krea och elektrolyter inför angio, Metformin pausas. Ekokardiografi.")],
  must=[N2], why="abbreviated diagnosis NSTEMI with 'Misstänkt'")

K("nl102-kk-inger-misstanke-preekalmpsi-typo", "vg_kk_ostra", "Läkaranteckning", "Emilia Tran", "läkare",
  "1991-12-20", "2024-11-18T16:05", 25, S,
  [("Aktuellt", "32-årig omföderska som söker pga huvudvärk sedan i morse och flimmer för ögonen vid ett tillfälle. Tilltagande svullnad i ansikte och händer senaste veckan."),
   ("Anamnes", "Para 1, förra graviditeten 2021 okomplicerad med vaginal förlossning. Frisk i övrigt, inga läkemedel. BT vid inskrivning på MVC 118/74."),
   ("Status", "BT 158/104 och 162/106 med 15 minuters mellanrum. Livliga reflexer utan klonus, ingen ömhet under hö arcus. CTG reaktivt, SF-måttet följer kurvan."),
   ("Lab", "TPK 140, ALAT 32, urat 410, krea 68. U-protein/krea förhöjt."),
   ("Bedömning", "Omföderska v. 34+2, BT 158/104, proteinuri 2+ och huvudvärk. Bilden inger misstanke om preekalmpsi; inläggning "
                 "för övervakning och sFlt-1/PlGF-kvot."),
   ("Planering", "Trandate 100 mg x 3, BT var 30:e minut. Betapred för lungmognad diskuteras med bakjour. Tillväxtultraljud imorgon.")],
  must=[N2], why="typo in the diagnosis ('preekalmpsi'); hedge 'inger misstanke om'")

K("nl102-endo-addison-inte-otankbar", "sk_endo", "Läkaranteckning", "Jesper Holmberg", "läkare",
  "1985-04-02", "2024-01-11T14:40", 30, Ö,
  [("Bedömning", "Trötthet, viktnedgång, Na 128, K 5,6 och hyperpigmentering i handlinjerna. Primär binjurebarksinsufficiens "
                 "(Addisons sjukdom) inte otänkbar – synacthentest imorgon bitti.")],
  must=[N2], why="litotes hedge 'inte otänkbar' after an eponymous diagnosis")

# ---------------------------------------------------------------------------
# NL102 must_not: negated / ruled out, family and past history, hedges that are
# not about a diagnosis, hypotheses inside Tidiga hypoteser, confirmed, PMO.
# ---------------------------------------------------------------------------

K("nl102neg-akut-ingen-misstanke-om-appendicit", "sk_akut_malmo", "Läkaranteckning", "Elias Nord", "AT-läkare",
  "1998-08-08", "2024-05-18T18:20", 20, Ö,
  [("Status", "Buk: mjuk, diffust lätt öm utan défense, Rovsing neg, ingen släppömhet."),
   ("Bedömning", "Diffus buksmärta efter kebab, mjuk och oöm buk, CRP <5. Ingen misstanke om appendicit, hem med råd att återkomma vid försämring.")],
  must_not=[N2], why="negated: 'Ingen misstanke om'")

K("nl102neg-akut-rtg-inga-tecken-pa-pneumoni", "vg_akut_su", "Läkaranteckning", "Selma Ivarsson", "läkare",
  "1970-01-16", "2024-02-01T12:10", 15, Ö,
  [("Aktuellt", "Rökfri 54-åring med hosta och gulgrönt slem, ingen andfåddhet."),
   ("Status", "Temp 37,2, sat 98 %, AF 16. Lungor: spridda ronki som försvinner vid hosta."),
   ("Bedömning", "Hosta i 10 dagar, afebril. Lungröntgen utan tecken på pneumoni. Akut bronkit, ingen antibiotika.")],
  must_not=[N2], why="negated 'utan tecken på' plus a confirmed diagnosis")

K("nl102neg-med-dvt-uteslutes-ultraljud", "sk_med_krstd", "Läkaranteckning", "Hilda Friberg", "läkare",
  "1965-03-08", "2024-06-20T15:00", 25, Ö,
  [("Aktuellt", "Knäprotes vä för 10 dagar sedan, tilltagande svullnad i underbenet sedan igår. Ingen andfåddhet."),
   ("Status", "Vä underben 2 cm större omfång än hö, lätt pittingödem, vaden mjuk."),
   ("Bedömning", "Svullet vä underben efter knäoperation. DVT uteslutes med kompressionsultraljud. Postoperativt ödem, kompressionsstrumpa."),
   ("Planering", "Fortsatt Fragmin enligt ortopedens ordination, högläge.")],
  must_not=[N2], why="ruled out: 'uteslutes'")

K("nl102neg-akut-lungemboli-avskriven-lang", "vg_akut_su", "Läkaranteckning", "Måns Eklöf", "ST-läkare",
  "1966-03-11", "2024-08-30T09:20", None, Ö,
  [("Aktuellt", "58-årig kvinna med känd astma som söker pga ökad andfåddhet och tryck över bröstet sedan 3 dagar. Förkyld förra veckan. "
                "Nyligen bilresa till Norge, 8 timmar. Ingen vadsvullnad."),
   ("Tidigare sjukdomar", "Astma sedan 20-årsåldern. Hypertoni."),
   ("Läkemedel", "Flutiform 125/5 2x2, Ventoline vid behov, Losartan 50 mg."),
   ("Socialt", "Gift, arbetar som förskollärare. Aldrig rökt."),
   ("Status", "AT: lätt andfådd i vila, talar hela meningar. AF 22, sat 94 %. Lungor: förlängt exspirium med spridda ronki bilat. "
              "Hjärta: regelbunden rytm 96/min. Vader mjuka och oömma."),
   ("Lab", "CRP 12. D-dimer 0,9. Arteriell blodgas: pO2 9,8, pCO2 4,6. PEF 260 (bästa värde 420)."),
   ("EKG", "Sinusrytm 96/min, normal elaxel, inga ST-förändringar."),
   ("Röntgen", "DT-angio lungartärer: inga embolier. Lätt bronkväggsförtjockning."),
   ("Bedömning", "Misstanke om lungemboli avskriven efter normal DT-angio. Andfåddheten förklaras av astmaexacerbation efter virusinfektion."),
   ("Åtgärd", "Combivent på nebulisator x 2 med god effekt, PEF därefter 340. Betapred 4 mg peroralt."),
   ("Planering", "Prednisolon 30 mg i 5 dagar. Dubblerad dos Flutiform under 2 veckor. Kontakt med astmasjuksköterska på VC inom en vecka."),
   ("Information", "Pat informerad om att proppar i lungorna uteslutits och om behandlingsplanen.")],
  must_not=[N2], why="long unsigned ER note: the suspicion is explicitly dismissed ('avskriven')")

K("nl102neg-hereditet-far-trol-hjartinfarkt", "sk_kard_lund", "Läkaranteckning", "Jonna Lilja", "läkare",
  "1976-11-30", "2024-03-18T10:00", 20, Ö,
  [("Aktuellt", "47-årig man, hälsokontroll via företagshälsovården visade högt kolesterol. Inga symtom."),
   ("Hereditet", "Far avled plötsligt 52 år gammal, trol. hjärtinfarkt. Mor ev. diabetes, oklart."),
   ("Status", "Xantelasmer bilat, inga senxantom."),
   ("Bedömning", "Hyperkolesterolemi, LDL 6,8. Atorvastatin 40 mg insatt, kontroll av lipider om 3 mån.")],
  must_not=[N2], why="hedges only about relatives' diagnoses in Hereditet")

K("nl102neg-hereditet-moster-misstankt-als", "vg_neuro_su", "Läkaranteckning", "Vera Lindberg", "läkare",
  "1980-07-07", "2024-10-14T13:45", 25, Ö,
  [("Hereditet", "Moster hade misstänkt ALS men avled innan utredningen var klar."),
   ("Bedömning", "Söker för muskelkramper i vaderna. Normalt neurologstatus och normalt CK. Benigna fascikulationer, lugnande besked givet.")],
  must_not=[N2], why="family history with 'misstänkt' about an aunt")

K("nl102neg-tidigare-misstankt-sarkoidos-avskrevs", "sk_lung_lund", "Läkaranteckning", "Hannes Berg", "läkare",
  "1971-04-29", "2024-04-10T14:00", 30, Ö,
  [("Aktuellt", "Årlig kontroll av astma. Inga exacerbationer senaste året, använder Airomir ungefär en gång i månaden, främst under pollensäsongen."),
   ("Tidigare sjukdomar", "Utreddes 2018 för misstänkt sarkoidos, vilket avskrevs efter bronkoskopi. Astma sedan barndomen."),
   ("Läkemedel", "Symbicort 160/4,5 1x2, Airomir vid behov, Aerius under björkpollensäsongen."),
   ("Socialt", "Arbetar som undersköterska, aldrig rökt. Har katt sedan två år tillbaka."),
   ("Status", "Pulm: vesikulärt, inga ronki. PEF 480, ACT 22."),
   ("Utredning", "Spirometri: FEV1 92 % av förväntat, reversibilitet 4 %. FeNO 18 ppb."),
   ("Bedömning", "Astma, välkontrollerad på Symbicort. Fortsätter oförändrat."),
   ("Planering", "Återbesök om ett år, tidigare vid försämring. Inhalationstekniken kontrollerad och bra.")],
  must_not=[N2], why="past history: an old suspicion that was dismissed")

K("nl102neg-med-hypertoni-ev-dosjustering-trol-hemgang", "vg_med_uddevalla", "Läkaranteckning", "Ludvig Wiberg", "läkare",
  "1945-10-01", "2024-09-19T11:25", None, S,
  [("Bedömning", "Känd hypertoni, BT 168/92 idag. Ev. dosjustering av amlodipin vid nästa kontroll. Trol. hemgång imorgon om orken "
                 "fortsätter förbättras.")],
  must_not=[N2], why="'Ev.' and 'Trol.' qualify a dose change and discharge, not a diagnosis")

K("nl102neg-neuro-oklart-om-morgondos", "vg_neuro_su", "Omvårdnadsanteckning", "Tuva Svanberg", "sjuksköterska",
  "1987-05-29", "2024-11-09T08:40", 10, S,
  [("Aktuellt", "Känd epilepsi, anfallsfri på avdelningen. Oklart om pat tog sin morgondos av Keppra hemma före inläggningen, läkare informerad.")],
  must_not=[N2], why="uncertainty about medication intake, diagnosis known")

K("nl102neg-th-mall-misstankt-ms", "sk_neuro_lund", "Tidiga hypoteser", "Marcus Falk", "läkare",
  "1993-08-25", "2024-05-08T16:00", 20, Ö,
  [("Status", "Livliga reflexer i benen, i övrigt normalt neurologstatus."),
   ("Bedömning", "Två episoder av sensoriska symtom med olika utbredning. Misstänkt MS, MR planerad innan hypotesen diskuteras med pat.")],
  must_not=[N2], why="Skåne: hypothesis inside the Tidiga hypoteser template")

K("nl102neg-vgr-th-sokord-trolig-bipolar", "vg_psyk_su", "Läkaranteckning", "Nils Kron", "läkare",
  "1996-12-18", "2024-03-04T14:10", 30, Ö,
  [("Aktuellt", "Uppföljning, sömn och aktivitetsnivå diskuterade."),
   ("Tidiga hypoteser", "Trolig bipolär sjukdom typ I med tanke på episoden 2022 med minskat sömnbehov och storhetsidéer."),
   ("Planering", "Stämningsdagbok, återbesök om 2 veckor.")],
  must_not=[N2], why="VGR: the only hedged diagnosis is under sökord Tidiga hypoteser")

K("nl102neg-th-mall-dd-lymfom-sarkoidos", "sk_lung_lund", "Tidiga hypoteser", "Li Zhang", "läkare",
  "1964-02-23", "2024-07-16T10:20", None, Ö,
  [("Aktuellt", "Remiss från VC efter lungröntgen pga långdragen hosta. Viktnedgång 5 kg, ingen feber."),
   ("Bedömning", "Mediastinala lymfkörtlar upp till 25 mm, nattsvettningar. DD lymfom, sarkoidos. EBUS bokad.")],
  must_not=[N2], why="Skåne Tidiga hypoteser template with a DD list, unsigned")

K("nl102neg-vgr-th-sokord-koloncancer-lang", "vg_med_alingsas", "Läkaranteckning", "Elsa Hägg", "ST-läkare",
  "1948-01-04", "2024-04-19T13:55", 30, Ö,
  [("Aktuellt", "76-årig man remitterad från VC för utredning av järnbristanemi. Trött sedan i våras, andfådd i uppförsbackar. "
                "Ingen synlig blödning, normal avföring enligt pat. Aptiten god."),
   ("Tidigare sjukdomar", "Hypertoni, typ 2-diabetes, stabil kärlkramp."),
   ("Läkemedel", "Trombyl 75 mg, Metformin 1 g x 2, Ramipril 5 mg, Nitroglycerin vid behov."),
   ("Anamnes", "Ingen viktnedgång, inga buksmärtor. Far opererades för tjocktarmscancer vid 80 års ålder."),
   ("Socialt", "Änkling, bor kvar i radhuset. Kör bil och handlar själv, dottern bor nära."),
   ("Status", "Blek. Buk mjuk och oöm utan palpabel resistens. PR: ingen resistens, brun avföring på handsken."),
   ("Lab", "Hb 92, MCV 71, ferritin 4, F-Hb positivt x 2, B12 och folat normala, transglutaminasantikroppar negativa."),
   ("Bedömning", "Järnbristanemi med positivt F-Hb. Järntabletter insatt."),
   ("Tidiga hypoteser", "Misstänkt koloncancer som blödningskälla, ännu ej diskuterat med pat."),
   ("Planering", "Koloskopi och gastroskopi bokade. Återbesök efter undersökningarna.")],
  must_not=[N2], why="long VGR note; hedged diagnosis only under sökord Tidiga hypoteser")

K("nl102neg-hud-bullos-pemfigoid-bekraftad", "sk_hud", "Läkaranteckning", "Oliver Rask", "läkare",
  "1938-06-10", "2024-08-26T11:30", 15, Ö,
  [("Diagnos", "Bullös pemfigoid (L12.0), verifierad med hudbiopsi och direkt immunofluorescens."),
   ("Bedömning", "Spända blåsor på bål och lår, uttalad klåda. Dermovat kräm på utslagen, kontroll om 3 veckor.")],
  must_not=[N2], why="confirmed skin diagnosis (chapter XII) with ICD code, no hedge")

K("nl102neg-inf-s-aureus-bakteriemi", "vg_inf_ostra", "Läkaranteckning", "Cornelia Wik", "läkare",
  "1949-09-06", "2024-12-05T10:05", 25, S,
  [("Status", "Temp 38,8, rodnad och svullnad kring tidigare PVK-insticksställe på vä underarm. Inga blåsljud."),
   ("Bedömning", "Blododlingar 2/2 med växt av S. aureus (MSSA). S. aureus-bakteriemi med fokus i infekterad perifer venkateter. "
                 "Kloxacillin iv minst 14 dagar."),
   ("Planering", "Ny blododling om 3 dygn, TEE bokad enligt rutin vid S. aureus i blod.")],
  must_not=[N2], why="confirmed bacteraemia, no hedge")

K("nl102neg-pmo-vc-misstankt-otit-barn", "sk_vc_linero", "Journalanteckning", "Josefin Ahl", "distriktsläkare",
  "2019-04-02", "2024-01-25T10:40", 10, Ö,
  [("Aktuellt", "5-årig pojke, förkyld i en vecka, vaknade gråtande i natt och tar sig mot hö öra."),
   ("Status", "Hö trumhinna rodnad och buktande, vä ua. Opåverkad, dricker bra."),
   ("Bedömning", "Öronvärk hö sedan i natt, feber 38,5. Misstänkt akut mediaotit hö. Alvedon, ny kontakt om utebliven förbättring.")],
  must_not=[N2], why="PMO never shows diagnoses: hedged diagnosis in a primary-care note")

K("nl102neg-pmo-bvc-trol-rs-virus", "sk_bvc_hoor", "BVC-anteckning", "Maja Rosengren", "distriktssköterska",
  "2023-11-15", "2024-01-18T09:15", 15, Ö,
  [("Aktuellt", "Snuva, hosta och lätt andningsansträngning sedan 2 dagar, äter något mindre. Trol. RS-virus, syskonen är sjuka. "
                "Råd om nässköljning och täta mål, kontakt med VC-läkare vid försämring.")],
  must_not=[N2], why="PMO (BVC): hedged diagnosis not shown")

K("nl102neg-pmo-ungdomsmott-misstankt-klamydia", "sk_um_lund", "Journalanteckning", "Nora Lindahl", "barnmorska",
  "2006-12-01", "2024-03-08T15:30", 10, Ö,
  [("Aktuellt", "Sveda vid miktion och ökade flytningar efter oskyddat samlag för 2 veckor sedan. Misstänkt klamydia, prov taget, "
                "svar via sms.")],
  must_not=[N2], why="PMO (ungdomsmottagning): hedged diagnosis not shown")

K("nl102neg-orto-ingen-missanke-fraktur-typo", "vg_orto_molndal", "Läkaranteckning", "Albin Sjöström", "AT-läkare",
  "1990-03-15", "2024-06-22T13:30", 20, Ö,
  [("Status", "Svullnad och ömhet framför laterala malleolen, ingen ömhet över malleolspetsar eller femte metatarsalbasen. Distalstatus ua."),
   ("Bedömning", "Vrickat hö fotled i fotboll, kan belasta, Ottawareglerna negativa. Ingen missanke om fraktur, distorsion. "
                 "Stödbandage och högläge.")],
  must_not=[N2], why="negated with a typo in the cue ('missanke')")

K("nl102neg-gastro-inga-hallpunkter-maligntet-typo", "sk_gastro_angelholm", "Läkaranteckning", "Ronja Ekström", "läkare",
  "1968-10-22", "2024-11-28T14:10", 25, Ö,
  [("Aktuellt", "Epigastrisk smärta och sura uppstötningar sedan 3 månader, ingen viktnedgång."),
   ("Bedömning", "Gastroskopi med biopsier: inga hållpunkter för maligntet. Helicobacter-positiv gastrit, eradikeringsbehandling insatt."),
   ("Planering", "PPI i 4 veckor, därefter UBT som kontroll.")],
  must_not=[N2], why="negated 'inga hållpunkter för', typo in the diagnosis word ('maligntet')")

K("nl102neg-kard-inte-forenlig-med-infarkt", "vg_kard_boras", "Läkaranteckning", "Jakob Palm", "läkare",
  "1982-05-05", "2024-07-27T08:55", 25, Ö,
  [("Aktuellt", "42-årig kvinna med stickande smärta vä om sternum sedan två dagar, efter flyttstädning."),
   ("Status", "Palpationsöm över 3:e–4:e revbensbrosket vä. Cor och pulm ua. Sat 99 %."),
   ("Bedömning", "Stickande bröstsmärta som förvärras av djupandning. EKG ua, hs-TnT 6 och 7. Bilden är inte förenlig med hjärtinfarkt. "
                 "Muskuloskeletal bröstsmärta, NSAID några dagar.")],
  must_not=[N2], why="negated 'inte förenlig med'")

K("nl102neg-lung-astma-byte-inhalator-fragetecken", "sk_lung_lund", "Mottagningsanteckning", "Moa Fält", "sjuksköterska",
  "1984-08-16", "2024-10-01T13:30", 10, Ö,
  [("Aktuellt", "Astma, välkontrollerad, ACT 23. Har svårt med pulverinhalatorn vid förkylning. Byte till sprayinhalator med spacer?"),
   ("Planering", "Tas upp med läkare vid nästa besök.")],
  must_not=[N2], why="question mark about an inhaler change, diagnosis known")

K("nl102neg-endo-mojligen-metformin-trappas-ned", "vg_endo_su", "Läkaranteckning", "Klas Ödman", "läkare",
  "1959-11-19", "2024-01-31T10:15", 20, Ö,
  [("Bedömning", "Typ 2-diabetes, HbA1c 44, viktnedgång 9 kg efter kostomläggning. Möjligen kan Metformin trappas ned om trenden håller i sig.")],
  must_not=[N2], why="'Möjligen' about tapering a drug")

K("nl102neg-avd-misstankt-fel-i-dosdispensering", "sk_geri_trbg", "Omvårdnadsanteckning", "Hedda Kron", "sjuksköterska",
  "1932-03-03", "2024-09-09T17:30", None, S,
  [("Aktuellt", "Känd hjärtsvikt och KOL. Misstänkt fel i dosdispenseringen, dubbla påsar med Furix upptäckta. "
                "Apoteket kontaktat, avvikelse skriven."),
   ("Åtgärd", "Dagens doser kontrollerade mot ordinationslistan, extra Furixdos ej given. Vikt och diures följs.")],
  must_not=[N2], why="'Misstänkt' about a dispensing error, not a diagnosis")

K("nl102neg-tidigare-misstankt-celiaki-ej-bekraftad", "vg_med_alingsas", "Läkaranteckning", "Alma Norén", "läkare",
  "1997-07-21", "2024-05-15T09:05", 20, Ö,
  [("Aktuellt", "Uppblåsthet och omväxlande förstoppning och lös avföring sedan flera år, värre vid stress."),
   ("Tidigare sjukdomar", "Misstänkt celiaki 2020, ej bekräftad – tunntarmsbiopsin var normal. IBS sedan 2021."),
   ("Status", "Buken mjuk, diffust lätt öm. PR ua."),
   ("Bedömning", "IBS med förstoppningsdominans, FODMAP-råd och Movicol.")],
  must_not=[N2], why="past history: old suspicion not confirmed (ruled out)")

K("nl102neg-orto-frakturmisstanke-ej-bekraftad", "sk_orto_hlm", "Läkaranteckning", "Axel Ström", "läkare",
  "1939-12-12", "2024-02-10T14:25", 30, S,
  [("Aktuellt", "84-årig kvinna som halkade i badrummet, smärta i vä ljumske."),
   ("Röntgen", "DT bäcken: ingen fraktur. Frakturmisstanken från slätröntgen kunde inte bekräftas."),
   ("Bedömning", "Kontusion vä höft efter fall i hemmet. Mobiliseras med rollator, hemgång med utökad hemtjänst.")],
  must_not=[N2], why="compound 'Frakturmisstanken' explicitly not confirmed")

K("nl102neg-pmo-hemsjukvard-trolig-uvi", "sk_hemsjv_eslov", "Sjuksköterskeanteckning", "Ida Kronqvist", "sjuksköterska",
  "1930-10-10", "2024-07-05T11:40", 30, Ö,
  [("Aktuellt", "Hembesök. Pat mer förvirrad sedan igår, illaluktande urin. Trolig UVI, urinsticka med nitrit pos. "
                "Jourläkare kontaktad, ordinerar Selexid.")],
  must_not=[N2], why="PMO (hemsjukvård): hedged diagnosis not shown")


# ---------------------------------------------------------------------------
# build and validate
# ---------------------------------------------------------------------------

def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return (10 - total % 10) % 10


def personnummer(birth, idx):
    serial = "%03d" % (100 + (idx * 37) % 890)
    ymd = birth.replace("-", "")
    return "%s-%s%d" % (ymd, serial, luhn_digit(ymd[2:] + serial))


def parse(ts):
    return dt.datetime.strptime(ts, "%Y-%m-%dT%H:%M:%S")


def build():
    rows = []
    for idx, c in enumerate(CASES):
        uname, hsa, system, ruleset = UNITS[c["unit"]]
        time = c["time"] + ":00"
        t = parse(time)
        signed = None if c["signed"] is None else (t + dt.timedelta(minutes=c["signed"])).strftime("%Y-%m-%dT%H:%M:%S")
        as_of = min(t.date() + dt.timedelta(days=7), dt.date(2024, 12, 31)).isoformat() + "T00:00:00"
        note = {
            "id": "n1", "system": system, "template": c["tpl"],
            "unit": {"name": uname, "hsa_id": hsa},
            "author": {"name": c["author"], "role": c["role"]},
            "time": time, "signed": signed, "setting": c["setting"], "refs": [],
            "sections": [{"keyword": k, "text": v} for k, v in c["sections"]],
        }
        record = {
            "patient": {"id": personnummer(c["birth"], idx), "birth_date": c["birth"], "protected_identity": False},
            "as_of": as_of, "notes": [note], "access_events": [], "conversations": [], "treatments": [],
        }
        rows.append({
            "case": c["name"], "ruleset": ruleset, "record": record,
            "must": [[code, "n1"] for code in c["must"]],
            "must_not": [[code, "n1"] for code in c["must_not"]],
            "why": c["why"],
        })
    return rows


SENT_SPLIT = re.compile(r"(?<=[.!?;])\s+|\n+|\s+[–-]\s+")


def validate(rows):
    errs = []
    names, sentences = set(), {}
    for r in rows:
        name = r["case"]
        if set(r) != {"case", "ruleset", "record", "must", "must_not", "why"}:
            errs.append("%s: keys %s" % (name, sorted(r)))
        if name in names:
            errs.append("duplicate case name %s" % name)
        names.add(name)
        if not re.fullmatch(r"[a-z0-9-]+", name):
            errs.append("%s: bad case name" % name)
        if r["ruleset"] not in ("skane", "vgr"):
            errs.append("%s: ruleset" % name)
        if not r["why"] or "\n" in r["why"]:
            errs.append("%s: why must be one line" % name)
        rec = r["record"]
        if set(rec) != {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}:
            errs.append("%s: record keys" % name)
        pat = rec["patient"]
        pid, bd = pat["id"], pat["birth_date"]
        m = re.fullmatch(r"(\d{8})-(\d{4})", pid)
        if not m or m.group(1) != bd.replace("-", ""):
            errs.append("%s: personnummer does not match birth_date" % name)
        elif luhn_digit(pid[2:8] + pid[9:12]) != int(pid[12]):
            errs.append("%s: personnummer Luhn" % name)
        try:
            dt.date.fromisoformat(bd)
        except ValueError:
            errs.append("%s: bad birth_date" % name)
        stamps = [rec["as_of"]]
        ids = set()
        for n in rec["notes"]:
            ids.add(n["id"])
            if set(n) != {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}:
                errs.append("%s: note keys" % name)
            stamps.append(n["time"])
            if n["signed"] is not None:
                stamps.append(n["signed"])
                if parse(n["signed"]) < parse(n["time"]):
                    errs.append("%s: signed before time" % name)
            if r["ruleset"] == "vgr" and n["system"] != "Melior":
                errs.append("%s: VGR cases are Melior" % name)
            if n["system"] == "PMO":
                if any(code == "NL101" for code, _ in r["must"] + r["must_not"]):
                    errs.append("%s: NL101 is not asserted on PMO" % name)
                if any(code == "NL102" for code, _ in r["must"]):
                    errs.append("%s: NL102 must on PMO" % name)
            t = parse(n["time"])
            b = dt.date.fromisoformat(bd)
            age = t.year - b.year - ((t.month, t.day) < (b.month, b.day))
            if 13 <= age <= 15 or age < 0:
                errs.append("%s: patient age %d" % (name, age))
            for s in n["sections"]:
                if set(s) != {"keyword", "text"} or not s["text"].strip():
                    errs.append("%s: section" % name)
                for sent in SENT_SPLIT.split(s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in sentences and sentences[sent] != name:
                            errs.append("%s: sentence reused from %s: %r" % (name, sentences[sent], sent))
                        elif sent in sentences:
                            errs.append("%s: sentence repeated within case: %r" % (name, sent))
                        sentences[sent] = name
        for ts in stamps:
            if parse(ts).year != 2024:
                errs.append("%s: date outside 2024: %s" % (name, ts))
        if parse(rec["as_of"]) < max(parse(n["time"]) for n in rec["notes"]):
            errs.append("%s: as_of before note" % name)
        if not r["must"] and not r["must_not"]:
            errs.append("%s: asserts nothing" % name)
        for code, target in r["must"] + r["must_not"]:
            if code not in ("NL101", "NL102"):
                errs.append("%s: unexpected code %s" % (name, code))
            if target not in ids:
                errs.append("%s: target %s missing" % (name, target))
        if {tuple(x) for x in r["must"]} & {tuple(x) for x in r["must_not"]}:
            errs.append("%s: same code in must and must_not" % name)
    return errs


def main():
    rows = build()
    errs = validate(rows)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")
    counts = {}
    for r in rows:
        for kind in ("must", "must_not"):
            for code, _ in r[kind]:
                counts[(code, kind)] = counts.get((code, kind), 0) + 1
    neg_cases = sum(1 for r in rows if r["must_not"] and not r["must"])
    drafts = sum(1 for r in rows if r["record"]["notes"][0]["signed"] is None)
    typos = sum(1 for r in rows if "typo" in r["why"] or "typo" in r["case"])
    rs = {}
    for r in rows:
        rs[r["ruleset"]] = rs.get(r["ruleset"], 0) + 1
    print("%d cases -> %s" % (len(rows), OUT))
    for k in sorted(counts):
        print("  %s %-8s %d" % (k[0], k[1], counts[k]))
    print("  must_not-only cases %d (%.0f %%), drafts %d, typo cases %d, rulesets %s"
          % (neg_cases, 100.0 * neg_cases / len(rows), drafts, typos, rs))
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
