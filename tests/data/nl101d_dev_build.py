#!/usr/bin/env python3
"""NL101 (uncommunicated-diagnosis-visible) dev cases: notes with several diagnoses and
several statements about telling. Writes nl101d_dev_cases.jsonl beside this file and
validates it. No dependencies, deterministic. Exit status 1 on any problem."""
import json
import re
import sys
from datetime import datetime, timedelta
from pathlib import Path

NAME = "nl101d_dev_cases"
HERE = Path(__file__).resolve().parent

UNITS = {
    # Region Skåne, Melior
    "s_onk": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-4K1M"),
    "s_kir": ("Kirurgiska kliniken, Helsingborgs lasarett", "SE2321000255-7H2B"),
    "s_med": ("Medicinmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-3C9Q"),
    "s_barn": ("Barn- och ungdomsmedicinska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-8B4T"),
    "s_barnlund": ("Barnkliniken avd 64, Skånes universitetssjukhus Lund", "SE2321000255-8B7L"),
    "s_uro": ("Urologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-5U3R"),
    "s_hud": ("Hudmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-2D8V"),
    "s_ogon": ("Ögonkliniken, Helsingborgs lasarett", "SE2321000255-6G1X"),
    "s_neuro": ("Neurologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-7619"),
    "s_akut": ("Akutmottagningen, Ystads lasarett", "SE2321000255-9A5Y"),
    "s_gyn": ("Kvinnokliniken, Skånes universitetssjukhus Malmö", "SE2321000255-1W6G"),
    "s_ger": ("Geriatriska kliniken, Hässleholms sjukhus", "SE2321000255-4R2H"),
    "s_hjart": ("Hjärtmottagningen, Ängelholms sjukhus", "SE2321000255-3H7A"),
    "s_onh": ("ÖNH-kliniken, Skånes universitetssjukhus Lund", "SE2321000255-5N9O"),
    "s_inf": ("Infektionskliniken, Skånes universitetssjukhus Malmö", "SE2321000255-6I2F"),
    "s_reuma": ("Reumatologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-2R5M"),
    "s_lung": ("Lungmedicinska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7L3U"),
    "s_endo": ("Endokrinologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-1E8N"),
    "s_orto": ("Ortopedkliniken, Trelleborgs lasarett", "SE2321000255-9O4P"),
    "s_psyk": ("Vuxenpsykiatrimottagning Landskrona", "SE2321000255-4P6S"),
    "s_gastro": ("Gastroenterologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-8G2E"),
    "s_hem": ("Hematologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-3M1L"),
    "s_nkir": ("Neurokirurgiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-6K8N"),
    # Västra Götalandsregionen, Melior
    "v_onk": ("Onkologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E4K2"),
    "v_kir": ("Kirurgmottagningen, NU-sjukvården Uddevalla sjukhus", "SE2321000131-E7H9"),
    "v_med": ("Medicinkliniken avd 12, Skaraborgs Sjukhus Skövde", "SE2321000131-E3C5"),
    "v_barn": ("Barnmedicin, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E8B1"),
    "v_barnsk": ("Barn- och ungdomsmedicin, Skaraborgs Sjukhus Skövde", "SE2321000131-E8B6"),
    "v_uro": ("Urologmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E5U4"),
    "v_hud": ("Hudmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E2D7"),
    "v_neuro": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E7N3"),
    "v_akut": ("Akutmottagningen, Kungälvs sjukhus", "SE2321000131-E9A2"),
    "v_gyn": ("Kvinnokliniken, Östra sjukhuset", "SE2321000131-E1W8"),
    "v_ger": ("Geriatriska kliniken, Mölndals sjukhus", "SE2321000131-E4R6"),
    "v_hjart": ("Kardiologmottagningen, NÄL Trollhättan", "SE2321000131-E3H4"),
    "v_onh": ("ÖNH-mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E5N1"),
    "v_inf": ("Infektionskliniken, Östra sjukhuset", "SE2321000131-E6I7"),
    "v_reuma": ("Reumatologmottagningen, Alingsås lasarett", "SE2321000131-E2R3"),
    "v_lung": ("Lungmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E7L8"),
    "v_endo": ("Endokrinmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E1E2"),
    "v_orto": ("Ortopedmottagningen, Frölunda specialistsjukhus", "SE2321000131-E9O5"),
    "v_psyk": ("Psykiatrimottagning Affektiva, Sahlgrenska Universitetssjukhuset", "SE2321000131-E4P9"),
    "v_ogon": ("Ögonmottagningen, Mölndals sjukhus", "SE2321000131-E6G3"),
    "v_hem": ("Hematologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E3M7"),
    "v_gastro": ("Medicinsk gastroenterologi, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E8G4"),
}

AUTHORS = [
    "Karin Lindqvist", "Johan Bergström", "Amir Haddad", "Eva Nilsson", "Mikael Persson",
    "Sofia Ekström", "Per-Olof Sandberg", "Leila Karimi", "Anders Holm", "Maria Järvinen",
    "Ulrika Wahlberg", "Tomas Åberg", "Nadia Rahimi", "Björn Fransson", "Helena Strand",
    "Oskar Lund", "Cecilia Dahl", "Goran Petrović", "Ingrid Sjöberg", "Fredrik Nyström",
]

CASES = []


def c(name, rs, birth, unit, tmpl, time, secs, exp, why, role="läkare", draft=False,
      setting="öppenvård"):
    CASES.append(dict(name=name, rs=rs, birth=birth, unit=unit, tmpl=tmpl, time=time,
                      secs=secs, exp=exp, why=why, role=role, draft=draft, setting=setting))


# ---------------------------------------------------------------- must NL101 (M) ---------

c("onk-kroniska-dx-plus-levermetastaser-ej-informerad", "skane", "19480917", "s_onk",
  "Läkaranteckning", "2024-03-19T10:40", [
      ("Tidigare sjukdomar", "Diabetes mellitus typ 2 sedan 2011, hypertoni, paroxysmalt förmaksflimmer på Eliquis. Opererad för ljumskbråck 2015."),
      ("Röntgen", "DT thorax-buk 18/3: multipla levermetastaser, största 4 cm i segment 7. Primärtumör ej säkert identifierad."),
      ("Planering", "Pat är ännu inte informerad om DT-fyndet. Besked ges vid bokat besök på torsdag tillsammans med kontaktsjuksköterska."),
  ], "M", "known chronic diagnoses are fine; the new finding (levermetastaser) is visible and the Planering section says the patient is not yet informed")

c("lung-astma-kand-adenocarcinom-ej-besked", "vgr", "19590302", "v_lung",
  "Mottagningsanteckning", "2024-02-07T13:15", [
      ("Anamnes", "Känd astma sedan barndomen, välkontrollerad på Symbicort. Exrökare, 30 paketår."),
      ("Utredning", "Bronkoskopi 31/1 med EBUS. PAD: adenocarcinom i vä överlob, EGFR-analys pågår. Pat ej informerad om PAD, besked lämnas vid läkarbesök 22/2."),
  ], "M", "same sentence chain: adenocarcinom visible, patient not informed; asthma is old and known")

c("uro-njursten-berattad-njurcancer-inte", "skane", "19670521", "s_uro",
  "Läkaranteckning", "2024-04-11T09:05", [
      ("Bedömning", "Pat informerad om att njurstenen på vä sida nu har avgått och att ingen ytterligare åtgärd behövs för den. Vid kontroll-DT ses dock en 3 cm solid process i hö njures nedre pol, förenlig med njurcellscancer. Detta har pat ännu inte fått besked om."),
      ("Planering", "Fallet anmäls till uro-onkologisk konferens. Kallas till besök för information efter konferensen."),
  ], "M", "patient told about one diagnosis (njursten) but not yet the other (njurcellscancer)")

c("hud-bcc-berattat-melanom-sokt-telefon-typo", "vgr", "19550812", "v_hud",
  "Telefonanteckning", "2024-05-16T15:20", [
      ("Aktuellt", "Pat fick i mars besked om basalcellscancer på näsan, opererad. PAD från excision av pigmenterad förändring på ryggen 2/5 visar malignt melanon, Breslow 1,4 mm."),
      ("Åtgärd", "Sökt pat per telefon två gånger idag utan svar, meddelande ej lämnat på svararen. Pat därmed ej informerad om melanomet. Nytt försök imorgon fm."),
  ], "M", "typo 'melanon'; old BCC was told, new melanoma not told because the patient did not answer the phone")

c("neuro-optikusneurit-kand-ms-ej-meddelat-diktat", "skane", "19920615", "s_neuro",
  "Läkaranteckning", "2024-01-24T16:05", [
      ("Sammanfattning", "Trettioettårig kvinna som i höstas hade en vänstersidig optikusneurit, vilket hon är välinformerad om, och som nu efter MR hjärna och ryggmärg med flera periventrikulära och infratentoriella lesioner samt oligoklonala band i likvor uppfyller McDonald-kriterierna för multipel skleros, en diagnos som ännu inte har meddelats patienten eftersom svaret på likvoranalysen kom först efter hennes besök."),
      ("Planering", "Ny tid hos undertecknad inom två veckor för diagnosbesked och diskussion om sjukdomsmodifierande behandling."),
  ], "M", "dictated long sentence: optikusneurit known, MS newly established and explicitly not yet told")

c("barn-all-foraldrar-ej-informerade", "vgr", "20161104", "v_barn",
  "Inskrivningsanteckning", "2024-06-03T21:40", [
      ("Aktuellt", "7-årig pojke med tre veckors trötthet, blekhet och petekier. Tidigare frisk bortsett från födoämnesallergi (jordnöt)."),
      ("Lab", "Hb 71, TPK 18, LPK 46 med rikligt blaster i utstryk. Flödescytometri talar för akut lymfatisk leukemi av B-cellstyp."),
      ("Bedömning", "ALL. Föräldrarna har ännu inte informerats om diagnosen; samtal bokat imorgon kl 09 med överläkare, kontaktsjuksköterska och kurator."),
  ], "M", "child under 13: guardians read the journal and are not yet informed of the ALL diagnosis", setting="slutenvård")

c("barn-celiaki-vardnadshavare-ej-besked-utkast", "skane", "20140228", "s_barn",
  "Läkaranteckning", "2024-09-12T11:30", [
      ("Utredning", "Gastroskopi med duodenalbiopsier 2/9. PAD: totalvillusatrofi, Marsh 3c, väl förenligt med celiaki. Transglutaminas-ak > 10 ggr övre ref."),
      ("Information", "Vårdnadshavarna har inte fått biopsisvaret ännu. Telefontid till mamman bokas, därefter remiss till dietist."),
  ], "M", "unsigned draft; 10-year-old, celiaki visible while guardians have not been told", draft=True)

c("inf-lungtuberkulos-tolk-bokad-ej-informerad", "vgr", "19880707", "v_inf",
  "Läkaranteckning", "2024-03-05T14:10", [
      ("Lab", "Odling från sputum 4/3: Mycobacterium tuberculosis påvisad, Xpert MTB/RIF utan rifampicinresistens."),
      ("Bedömning", "Lungtuberkulos, smittsam. Pat talar somaliska och har ej informerats om diagnosen eftersom ingen tolk fanns tillgänglig idag. Tolk bokad till måndag kl 10, då även smittspårning och behandling gås igenom."),
  ], "M", "telling planned for an interpreter meeting; patient not yet informed of tuberculosis")

c("gyn-cervixcancer-arabisk-tolk-planerad", "skane", "19790114", "s_gyn",
  "Mottagningsanteckning", "2024-05-28T10:50", [
      ("Anamnes", "Hypotyreos på Levaxin, i övrigt frisk. Tre förlossningar."),
      ("Diagnos", "Skivepitelcancer i cervix uteri, PAD från konbiopsi 20/5."),
      ("Planering", "Pat har inte fått besked om PAD. Information ges vid besök 5/6 med arabisk tolk på plats, kontaktsjuksköterska deltar."),
  ], "M", "Diagnos section holds the cancer; Planering says not told, interpreter meeting planned")

c("onk-avstar-info-skelettmetastaser", "vgr", "19440630", "v_onk",
  "Läkaranteckning", "2024-10-08T11:00", [
      ("Aktuellt", "Prostatacancer sedan 2019, behandlad med strålning och hormonbehandling, vilket pat är väl insatt i. Nu stigande PSA 38."),
      ("Röntgen", "Skelettscint 1/10: multipla skelettmetastaser i columna och bäcken."),
      ("Information", "Pat har vid flera tillfällen uttryckt att han avstår information om undersökningsresultat och vill att vi sköter behandlingen. Han är därför inte informerad om skelettmetastaserna."),
  ], "M", "patient declines information: the new diagnosis is visible but the patient is not informed")

c("ger-alzheimer-pat-vill-ej-veta-dotter-informerad", "skane", "19381203", "s_ger",
  "Läkaranteckning", "2024-04-23T14:35", [
      ("Tidigare sjukdomar", "Hypertoni, artros i knäna, grå starr opererad bilat."),
      ("Bedömning", "Minnesutredningen med kognitiv test, DT hjärna och likvor talar för Alzheimers sjukdom i tidigt stadium. Pat har uttryckligen sagt att hon inte vill ha besked om resultatet och har inte informerats. Dottern, som hon gett fullmakt, är informerad."),
  ], "M", "daughter informed but the patient herself chose not to be told: the reader of the journal is not informed")

c("hjart-holter-formaksflimmer-ingen-svarar", "vgr", "19610419", "v_hjart",
  "Telefonanteckning", "2024-02-19T12:05", [
      ("Aktuellt", "Känd hypertoni och hyperlipidemi. Remitterad för palpitationer."),
      ("Utredning", "Långtids-EKG 72 h: paroxysmalt förmaksflimmer, längsta episod 3 h. CHA2DS2-VASc 2."),
      ("Åtgärd", "Sökt pat per telefon kl 10 och kl 11.40 utan svar. Pat är alltså inte informerad om förmaksflimret eller om behov av antikoagulantia; brev med uppmaning att ringa skickas."),
  ], "M", "not reachable by phone: new atrial fibrillation not communicated")

c("endo-hyperparatyreoidism-ej-nabar-typo", "skane", "19660825", "s_endo",
  "Läkaranteckning", "2024-11-14T09:25", [
      ("Lab", "S-Ca 2,84, PTH 11,2 pmol/L, normalt D-vitamin. Kreatinin ua."),
      ("Bedömning", "Primär hyperparatyroidism. Känd hypotyreos sedan tidigare, välsubstituerad. Pat ej nåbar på telefon idag, sms skickat om att ringa upp; hon har således inte informerats om den nya diagnosen."),
  ], "M", "typo 'hyperparatyroidism'; new diagnosis not told, patient not reachable; hypothyroidism known")

c("orto-kondrosarkom-remittent-informerad-pat-ej", "vgr", "19710309", "v_orto",
  "Läkaranteckning", "2024-08-27T15:45", [
      ("Röntgen", "MR hö femur: 7 cm lobulerad broskförmedlande tumör i proximala femur med kortikal destruktion, misstänkt kondrosarkom."),
      ("Åtgärd", "Remitterande läkare på vårdcentralen informerad per telefon. Patienten själv har ännu inte fått något besked; besök hos sarkomteamet bokas och han informeras då."),
  ], "M", "the remittent was informed but the patient was not")

c("nkir-glioblastom-son-informerad-pat-konfusorisk", "skane", "19530416", "s_nkir",
  "Daganteckning", "2024-07-09T13:20", [
      ("Aktuellt", "Dag 4 efter resektion av vä temporal tumör. Känd KOL och typ 2-diabetes."),
      ("Bedömning", "PAD: glioblastom, IDH-vildtyp, WHO grad 4. Pat fortsatt konfusorisk postoperativt och är inte informerad om PAD-svaret. Sonen informerad per telefon och önskar vara med när pat får beskedet."),
  ], "M", "relative informed, patient not: visible glioblastoma diagnosis", setting="slutenvård")

c("hem-myelom-utkast-ej-informerat", "vgr", "19500110", "v_hem",
  "Läkaranteckning", "2024-06-18T10:10", [
      ("Lab", "Benmärgsbiopsi: 35 % klonala plasmaceller. M-komponent IgG-kappa 38 g/L. Kreatinin 142."),
      ("Bedömning", "Multipelt myelom. Har ej informerat pat ännu, görs på mottagningsbesöket nästa vecka tillsammans med behandlingsplan."),
  ], "M", "unsigned draft: myeloma diagnosed, 'har ej informerat pat ännu'", draft=True)

c("gastro-sigmoideumcancer-diktat-ej-kanner-till", "skane", "19580601", "s_gastro",
  "Läkaranteckning", "2024-03-26T16:30", [
      ("Sammanfattning", "Patienten med sedan länge känd ulcerös kolit i remission på Asacol genomgick koloskopi den 14 mars och PAD från den polypoida förändringen i sigmoideum visar adenocarcinom, vilket patienten ännu inte känner till eftersom svaret inkom efter att han lämnat mottagningen, och planen är att kontaktsjuksköterskan ringer honom imorgon för att boka ett besök."),
  ], "M", "dictated single sentence: ulcerös kolit known, adenocarcinom not known to the patient")

c("ogon-glaukom-kand-koroidalt-melanom-ej-besked", "vgr", "19470925", "v_ogon",
  "Mottagningsanteckning", "2024-10-02T09:40", [
      ("Anamnes", "Glaukom bilat på Xalatan, diabetesretinopati utan makulaödem. Pat väl insatt i sina ögonsjukdomar."),
      ("Status", "Vä öga: pigmenterad upphöjd förändring temporalt om papillen, 9 mm bas, 3 mm prominens, orange pigment."),
      ("Bedömning", "Koroidalt melanom vä öga. Pat ej informerad om detta idag, besked efter diskussion på ögononkologisk konferens på fredag."),
  ], "M", "known glaucoma and retinopathy; new choroidal melanoma not told")

c("onh-vestibularisschwannom-mr-svar-inte-informerad", "skane", "19740218", "s_onh",
  "Telefonanteckning", "2024-02-29T11:55", [
      ("Aktuellt", "Ensidig hörselnedsättning hö och tinnitus sedan ett år, känd sedan tidigare lätt bullerskada."),
      ("Röntgen", "MR inneröron: 11 mm vestibularisschwannom i hö inre hörselgång."),
      ("Planering", "MR-svaret har pat ännu inte fått. Kallas till läkarbesök för information om fyndet."),
  ], "M", "MR diagnosis in a Röntgen section; separate Planering section says not yet told")

c("inf-hiv-positiv-ej-underrattad-typo", "vgr", "19950611", "v_inf",
  "Läkaranteckning", "2024-04-04T08:50", [
      ("Lab", "HIV-1 ag/ak positivt, bekräftat med immunoblot. CD4 410."),
      ("Bedömning", "Nydiagnostiserad hivinfektion. Pat ej underättad, kallas per telefon till besök i morgon för information och smittskyddsinformation."),
  ], "M", "typo 'underättad'; new HIV infection visible, patient not yet told")

c("akut-hepatit-c-utskriven-fore-svar", "skane", "19830330", "s_akut",
  "Journalanteckning", "2024-01-12T19:15", [
      ("Aktuellt", "Sökte igår pga buksmärta, bedömd som gastrit. Känt opiatberoende i LARO-behandling."),
      ("Lab", "Anti-HCV positivt, HCV-RNA 2,1 milj IE/mL: kronisk hepatit C."),
      ("Åtgärd", "Pat hann skrivas ut innan svaret kom och har inte informerats om hepatit C. Meddelande till LARO-mottagningen att kalla pat."),
  ], "M", "discharged before the result: hepatitis C visible and not told")

c("reuma-ra-kand-ild-ej-kommunicerat", "vgr", "19630814", "v_reuma",
  "Läkaranteckning", "2024-09-24T10:15", [
      ("Anamnes", "Seropositiv RA sedan 2008 på metotrexat och etanercept. Sekundärt Sjögrens syndrom."),
      ("Utredning", "HRCT lungor: retikulära förändringar basalt med traction bronchiectasis, bild av interstitiell lungsjukdom, UIP-mönster."),
      ("Bedömning", "RA-associerad interstitiell lungsjukdom. Fyndet ännu ej kommunicerat med pat; tas upp vid besöket 3/10 där även byte av metotrexat diskuteras."),
  ], "M", "RA and Sjögren known; new ILD not communicated")

c("psyk-depression-kand-bipolar-ej-aterkopplad", "skane", "19970503", "s_psyk",
  "Läkaranteckning", "2024-11-05T15:00", [
      ("Tidigare sjukdomar", "Recidiverande depression sedan 17 års ålder. Social fobi."),
      ("Bedömning", "Efter avslutad utredning med SCID och anamnes från mamman bedöms att kriterierna för bipolär sjukdom typ II är uppfyllda. Diagnosen är inte återkopplad till pat ännu; återkoppling sker vid nästa besök tillsammans med psykolog."),
  ], "M", "psychiatry: new bipolar II diagnosis not yet fed back to the patient")

c("gyn-endometrios-berattad-borderline-ej-utkast", "vgr", "19860119", "v_gyn",
  "Läkaranteckning", "2024-07-30T13:45", [
      ("Aktuellt", "Laparoskopi 18/7. Pat informerad postoperativt om att endometriosen i fossa ovarica hö behandlades."),
      ("Lab", "PAD från vä ovarium visar dock serös borderlinetumör, vilket pat ännu ej meddelats."),
  ], "M", "unsigned draft; endometriosis told, borderline tumour not told", draft=True)

c("hjart-hypertoni-kand-hcm-rond-forst", "skane", "19780407", "s_hjart",
  "Mottagningsanteckning", "2024-08-15T11:20", [
      ("Anamnes", "Behandlad hypertoni sedan 5 år. Pappan plötsligt död vid 52 års ålder."),
      ("Utredning", "Eko: asymmetrisk septumhypertrofi 21 mm, SAM av mitralisklaffen, vilogradient 45 mmHg. Hypertrof obstruktiv kardiomyopati."),
      ("Information", "Pat ej informerad om eko-fyndet. Ska först diskuteras på HCM-ronden, därefter besked och ställningstagande till genetisk utredning."),
  ], "M", "known hypertension; HOCM visible in Utredning, Information section says not told")

c("barn-absensepilepsi-foraldrar-ej-infomerade-typo", "vgr", "20150322", "v_barnsk",
  "Läkaranteckning", "2024-04-16T13:00", [
      ("Anamnes", "9-årig flicka, känd astma, remitterad av skolsköterska för korta frånvaroattacker."),
      ("Utredning", "EEG 12/4: generaliserade 3 Hz spike-wave under hyperventilation med klinisk absens. Förenligt med barnabsensepilepsi."),
      ("Planering", "Föräldrarna ej infomerade om EEG-svaret än, ringer pappan ikväll och bokar återbesök."),
  ], "M", "typo 'infomerade'; child under 13 whose guardians have not been told the epilepsy diagnosis")

c("ger-sabo-informerad-pat-ej-lungcancer", "skane", "19330709", "s_ger",
  "Journalanteckning", "2024-12-03T10:30", [
      ("Tidigare sjukdomar", "Hjärtsvikt med bevarad EF, KOL GOLD 2, lätt kognitiv svikt."),
      ("Röntgen", "Lungröntgen: 5 cm rundad förtätning i hö hilus, bild av lungcancer."),
      ("Bedömning", "Personalen på SÄBO informerad om fyndet och att vi diskuterar vidare utredning. Pat själv är inte informerad ännu, vill vänta tills dottern kan närvara."),
  ], "M", "care home staff informed, patient not: new lung cancer visible")

c("uro-prostatacancer-gleason-tva-telefonforsok-typo", "vgr", "19560228", "v_uro",
  "Telefonanteckning", "2024-05-15T16:10", [
      ("Lab", "Biopsisvar 10/5: prostatacanser Gleason 4+3=7 i 5 av 12 biopsier, ISUP 3."),
      ("Åtgärd", "Sökt på telefon 14/5 och idag utan svar. Pat har inte fått besked, kontaktsjuksköterskan gör nytt försök imorgon."),
  ], "M", "typo 'prostatacanser'; two unanswered calls, diagnosis not told")

c("endo-hypotyreos-berattad-hypofysadenom-ej", "skane", "19690911", "s_endo",
  "Läkaranteckning", "2024-06-25T09:55", [
      ("Bedömning", "Pat har fått information om sin centrala hypotyreos och påbörjar Levaxin. Den bakomliggande orsaken, ett makroadenom i hypofysen på 14 mm enligt MR, har hon ännu inte informerats om."),
      ("Planering", "Synfältsundersökning, remiss neurokirurgi. Besök om en vecka för information om adenomet."),
  ], "M", "told one diagnosis (hypotyreos) but not the other (hypofysadenom), same section")

c("neuro-stroke-berattad-aneurysm-incidentellt-ej", "vgr", "19600504", "v_neuro",
  "Utskrivningsanteckning", "2024-03-14T14:25", [
      ("Epikris", "Inkommit med högersidig svaghet, DT/DT-angio visade vänstersidig ischemisk stroke i a. cerebri media-territoriet, behandlad med trombolys med god effekt. Pat och make informerade om stroken och sekundärprevention. Vid DT-angio noterades dessutom ett 4 mm aneurysm på a. communicans anterior, som pat inte har informerats om; tas upp på neurokirurgisk konferens och besked ges efter det."),
  ], "M", "epikris: stroke told, incidental aneurysm not told", setting="slutenvård")

c("hem-kll-flode-utkast-ej-informerad", "skane", "19520822", "s_hem",
  "Läkaranteckning", "2024-02-13T10:45", [
      ("Aktuellt", "Remiss från vc pga lymfocytos 14. Känd hypertoni och gikt."),
      ("Lab", "Flödescytometri: monoklonal B-cellspopulation CD5+/CD23+, förenligt med kronisk lymfatisk leukemi."),
      ("Planering", "Pat ej informerad ännu. Ringer henne när jag fått svar på FISH-analysen, senast nästa vecka."),
  ], "M", "unsigned draft; CLL visible, patient not yet informed", draft=True)

c("akut-meningiom-incidentellt-gatt-hem", "vgr", "19640117", "v_akut",
  "Journalanteckning", "2024-09-02T23:50", [
      ("Aktuellt", "Faller på cykel, slår i huvudet. Känd migrän."),
      ("Röntgen", "DT hjärna utan blödning eller fraktur. Incidentellt ett 2,5 cm meningiom frontalt vä."),
      ("Åtgärd", "Svaret kom efter att pat gått hem, pat ej informerad om meningiomet. Remiss neurokirurgi skickas, vb ringer jag pat i morgon."),
  ], "M", "incidental meningioma after discharge from ED, patient not informed")

c("hud-aktinisk-keratos-berattad-scc-ora-ej", "skane", "19410203", "s_hud",
  "Mottagningsanteckning", "2024-10-22T14:00", [
      ("Aktuellt", "Kontroll efter kryobehandling av aktiniska keratoser på skalpen, pat informerad om att dessa har läkt fint."),
      ("Lab", "PAD från stansbiopsi vä ytteröra: högt differentierad skivepitelcancer."),
      ("Planering", "Ej informerad ännu om skivepitelcancern, besked ges vid återbesöket 29/10 tillsammans med operationsplanering."),
  ], "M", "actinic keratoses told as healed; SCC from the ear not yet told")

c("kir-gallsten-berattad-pankreastumor-ej", "vgr", "19510720", "v_kir",
  "Läkaranteckning", "2024-01-30T15:30", [
      ("Bedömning", "Gallsten med recidiverande kolik, pat informerad och uppsatt för kolecystektomi. På DT buk ses även en 2,8 cm hypodens process i pankreashuvudet, misstänkt pankreascancer. Pat är inte informerad om det fyndet ännu."),
  ], "M", "gallstones told; suspected pancreatic cancer visible and not told")

c("barn-crohn-mamman-sokt-utan-svar", "skane", "20121230", "s_barn",
  "Telefonanteckning", "2024-11-27T16:40", [
      ("Lab", "PAD från ileokoloskopi: kronisk aktiv ileit med granulom, förenligt med Crohns sjukdom."),
      ("Åtgärd", "11-årig pojke. Sökt mamman per telefon två gånger utan svar, pappan har ingen registrerad telefon. Vårdnadshavarna alltså ännu ej informerade om diagnosen."),
  ], "M", "child 11: guardians not reached by phone, Crohn diagnosis visible")

c("psyk-ast-konferens-ej-meddelat", "vgr", "19990808", "v_psyk",
  "Läkaranteckning", "2024-05-07T11:35", [
      ("Utredning", "Neuropsykiatrisk utredning avslutad. Vid teamkonferens 6/5 fastställdes diagnosen autismspektrumtillstånd utan intellektuell funktionsnedsättning. Sedan tidigare diagnos ADHD, känd av pat."),
      ("Planering", "Diagnosen ej meddelad pat, återgivningssamtal med psykolog 16/5."),
  ], "M", "known ADHD; new autism diagnosis not yet given back to the patient")

c("neuro-als-persisk-tolk-ej-informerad", "skane", "19660412", "s_neuro",
  "Läkaranteckning", "2024-09-18T13:10", [
      ("Utredning", "ENeG/EMG: utbredd denervation i tre regioner. Kliniskt både övre och nedre motorneuronpåverkan."),
      ("Bedömning", "Amyotrofisk lateralskleros. Pat talar persiska, information planeras med tolk 3/10 tillsammans med hustrun. Pat ännu ej informerad."),
  ], "M", "ALS; interpreter meeting planned, not yet informed")

c("lung-sarkoidos-kand-mesoteliom-telegrafiskt", "vgr", "19490101", "v_lung",
  "Mottagningsanteckning", "2024-06-11T10:00", [
      ("Anamnes", "Sarkoidos st I 2002, utläkt. Asbestexponerad som varvsarbetare."),
      ("Lab", "PAD pleurabiopsi: malignt mesoteliom, epiteloid typ."),
      ("Bedömning", "Mesoteliom. Pat ej info om PAD. Besök m ssk + läk tis."),
  ], "M", "telegraphic 'ej info om PAD'; mesothelioma visible, old sarcoidosis known")

c("kir-brostcancer-screening-besked-kirurg", "skane", "19680229", "s_kir",
  "Mottagningsanteckning", "2024-02-14T08:45", [
      ("Aktuellt", "Screeningmammografi med fynd i vä bröst, mellannålsbiopsi 7/2."),
      ("Lab", "PAD: invasiv duktal cancer NST, grad 2, ER+ PR+ HER2-."),
      ("Planering", "Pat ej informerad om PAD. Besked ges vid besök hos bröstkirurg 20/2 med kontaktsjuksköterska."),
  ], "M", "breast cancer in Lab section; not informed")


c("orto-radiusfraktur-berattad-osteoporos-ej", "skane", "19540616", "s_orto",
  "Mottagningsanteckning", "2024-03-07T13:25", [
      ("Aktuellt", "Distal radiusfraktur vä efter fall i halka, gipsad, pat informerad om frakturen och läkningstid."),
      ("Utredning", "DXA: T-score ländrygg -3,1, höft -2,7. Osteoporos."),
      ("Planering", "Osteoporosen är ej informerad till pat ännu, görs vid gipskontrollen om 10 dagar."),
  ], "M", "fracture told, osteoporosis not yet told")


c("med-fflimmer-kand-amyloidos-typo", "skane", "19430518", "s_med",
  "Läkaranteckning", "2024-12-10T11:50", [
      ("Tidigare sjukdomar", "Permanent förmaksflimmer, karpaltunnelsyndrom bilat opererat, spinal stenos."),
      ("Utredning", "DPD-scint: grad 3 upptag i myokardiet, inga lätta kedjor i serum. Transtyretinamyliodos med hjärtengagemang."),
      ("Bedömning", "Pat är ännu inte informerad om diagnosen, besked ges vid besöket 17/12."),
  ], "M", "typo 'amyliodos'; ATTR amyloidosis visible while patient is not informed")

c("onh-larynxcancer-frun-med-utkast", "vgr", "19570203", "v_onh",
  "Läkaranteckning", "2024-08-06T14:15", [
      ("Lab", "PAD från mikrolaryngoskopi: skivepitelcancer i hö stämband."),
      ("Planering", "Inte informerad, pat har önskat att hustrun är med vid beskedet. Besök bokas snarast möjligt."),
  ], "M", "unsigned draft; laryngeal cancer visible, telling postponed", draft=True)

c("onk-lokalrecidiv-berattat-lungmetastaser-ej", "skane", "19600909", "s_onk",
  "Läkaranteckning", "2024-05-21T15:40", [
      ("Aktuellt", "Bröstcancer vä 2018, opererad och strålbehandlad. I april lokalrecidiv i ärret."),
      ("Bedömning", "Pat har fått veta om lokalrecidivet. Om de nytillkomna lungmetastaserna på DT thorax 17/5 är hon ännu inte informerad; besked vid besöket på måndag tillsammans med behandlingsförslag."),
  ], "M", "two statements: local recurrence told, lung metastases not told")

c("hud-psoriasis-berattad-mycosis-fungoides-utkast", "vgr", "19650210", "v_hud",
  "Läkaranteckning", "2024-11-19T10:20", [
      ("Anamnes", "Plackpsoriasis sedan ungdomen, pat väl insatt och behandlas med metotrexat."),
      ("Lab", "Biopsi från terapiresistent plack vä höft: epidermotropt T-cellsinfiltrat, förenligt med mycosis fungoides."),
      ("Planering", "Pat ej informerad om biopsisvaret. Kallas till mottagningen."),
  ], "M", "unsigned draft; psoriasis known, mycosis fungoides not told", draft=True)

c("uro-pat-vill-inte-veta-biopsisvar", "skane", "19460311", "s_uro",
  "Mottagningsanteckning", "2024-07-16T09:15", [
      ("Lab", "Prostatabiopsi: adenocarcinom Gleason 3+4=7 i 3 av 12 kolvar."),
      ("Information", "Pat har sagt att han inte vill veta biopsisvaret, endast vilken behandling vi rekommenderar. Har därför inte informerats om cancerdiagnosen, vilket han bekräftade idag."),
  ], "M", "patient does not want to know: cancer diagnosis visible and not informed")

c("barn-wilms-foraldrar-ej-fatt-pad", "vgr", "20171214", "v_barn",
  "Läkaranteckning", "2024-03-21T16:20", [
      ("Aktuellt", "6-årig flicka opererad med nefrektomi vä 14/3 pga njurtumör."),
      ("Lab", "PAD: Wilms tumör (nefroblastom), intermediär risk, stadium II."),
      ("Planering", "Föräldrarna har inte fått besked om PAD ännu. Samtal med barnonkolog planeras på fredag."),
  ], "M", "child 6: guardians not yet told the Wilms tumour PAD", setting="slutenvård")

c("gastro-levercirros-telefon-typo", "skane", "19620727", "s_gastro",
  "Telefonanteckning", "2024-04-09T13:35", [
      ("Aktuellt", "Känd alkoholöverkonsumtion och typ 2-diabetes. Leverbiopsi 2/4."),
      ("Lab", "PAD: levercirrhos med måttlig inflammatorisk aktivitet."),
      ("Åtgärd", "Sökt per telefon utan svar kl 13.30. Ej informerad om biopsisvaret, ssk försöker igen imorgon."),
  ], "M", "typo 'levercirrhos'; phone unanswered, cirrhosis not told")

c("hjart-nstemi-berattad-aortastenos-ej", "vgr", "19450323", "v_hjart",
  "Daganteckning", "2024-10-15T11:05", [
      ("Aktuellt", "Dag 2 efter NSTEMI, PCI mot LAD. Pat informerad om hjärtinfarkten och om läkemedelsbehandlingen."),
      ("Utredning", "Eko idag: grav aortastenos, medelgradient 48 mmHg, AVA 0,7 cm²."),
      ("Bedömning", "Den grava aortastenosen har pat ännu inte fått information om, tas upp på ronden imorgon och diskuteras på hjärtkonferens."),
  ], "M", "myocardial infarction told; severe aortic stenosis not told", setting="slutenvård")

c("vgr-th-sokord-men-ocksa-i-bedomning", "vgr", "19580412", "v_med",
  "Läkaranteckning", "2024-08-20T15:55", [
      ("Bedömning", "Känd hypertoni och gikt. DT buk visar multipla leverlesioner, mest förenligt med metastaser, pat ej informerad."),
      ("Tidiga hypoteser", "Leverlesionerna trol. metastaser från okänd primärtumör. Pat ännu inte informerad, väntar på biopsi."),
  ], "M", "VGR: the untold diagnosis is in Tidiga hypoteser but also repeated in visible Bedömning with 'ej informerad'")


c("ger-parkinson-ej-berattat-kognitiv-svikt-kand", "skane", "19400805", "s_ger",
  "Läkaranteckning", "2024-05-14T10:05", [
      ("Anamnes", "Lätt kognitiv svikt och förmaksflimmer sedan tidigare, pat informerad om dessa vid förra besöket."),
      ("Status", "Vilotremor hö hand, rigiditet med kugghjulsfenomen, bradykinesi, hypomimik."),
      ("Bedömning", "Idiopatisk Parkinsons sjukdom. Har ej berättat diagnosen för pat idag då hon var trött och orolig, tas upp vid nästa besök med sonen."),
  ], "M", "older diagnoses told before; Parkinson not told today")

# -------------------------------------------------------------- must_not NL101 (N) -------

c("onk-berattad-fk-ej-informerad", "skane", "19710618", "s_onk",
  "Läkaranteckning", "2024-02-20T11:25", [
      ("Bedömning", "Pat informerad om PAD som visar diffust storcelligt B-cellslymfom och om planerad R-CHOP-behandling."),
      ("Åtgärd", "Försäkringskassan ej informerad ännu, läkarintyg för sjukpenning skrivs nästa vecka."),
  ], "N", "patient told; only Försäkringskassan is not informed")

c("kir-berattad-remittent-ej-underrattad", "vgr", "19630402", "v_kir",
  "Mottagningsanteckning", "2024-03-12T13:40", [
      ("Bedömning", "Pat har idag fått besked om PAD: högt differentierat adenocarcinom i rektum. Informerad om planerad kemoradioterapi och operation."),
      ("Planering", "Remitterande läkare ännu ej underrättad, remissvar dikteras idag."),
  ], "N", "patient told rectal cancer; the remittent is not yet informed")

c("barn-dm1-foraldrar-informerade-skolan-ej", "skane", "20151010", "s_barnlund",
  "Läkaranteckning", "2024-01-17T14:30", [
      ("Aktuellt", "8-årig pojke inlagd med nydebuterad typ 1-diabetes utan ketoacidos."),
      ("Information", "Föräldrarna informerade om diagnosen och insulinbehandlingen, båda närvarande. Skolan är inte informerad ännu; möte med skolsköterskan planeras nästa vecka."),
  ], "N", "child: guardians informed, school not", setting="slutenvård")

c("ger-vaskular-demens-hemtjanst-ej", "vgr", "19360127", "v_ger",
  "Läkaranteckning", "2024-09-10T10:55", [
      ("Bedömning", "Vaskulär demens, MMT 21, DT med utbredda vitsubstansförändringar. Pat och dottern informerade om diagnosen vid dagens besök."),
      ("Planering", "Hemtjänsten har inte fått information om diagnosen, biståndshandläggare kontaktas av kurator."),
  ], "N", "patient and daughter told; hemtjänst not informed")

c("neuro-epilepsi-arbetsgivaren-ej-typo", "skane", "19890713", "s_neuro",
  "Läkaranteckning", "2024-04-02T15:15", [
      ("Bedömning", "Fokal epilpesi med sekundär generalisering, EEG och MR talar för vä temporal fokus. Diagnosen meddelad pat idag, startar lamotrigin."),
      ("Socialt", "Arbetar som truckförare. Arbetsgivaren ej informerad, pat vill själv berätta."),
  ], "N", "typo 'epilpesi'; patient told, the employer is not")

c("inf-tb-informerad-med-tigrinjatolk", "vgr", "19930305", "v_inf",
  "Läkaranteckning", "2024-02-26T14:45", [
      ("Bedömning", "Lungtuberkulos, odlingsverifierad. Pat informerad idag med tigrinjatolk på plats om diagnosen, smittsamhet och sex månaders behandling."),
      ("Planering", "Smittspårning via smittskyddssjuksköterska. Arbetsplatsen ej informerad än."),
  ], "N", "told with an interpreter (past); workplace not informed")

c("gyn-ovarialcancer-telefontolk-informerad", "skane", "19640921", "s_gyn",
  "Mottagningsanteckning", "2024-06-19T09:20", [
      ("Diagnos", "Höggradig serös ovarialcancer, stadium IIIC."),
      ("Information", "Pat informerad om diagnosen via telefontolk (bosniska), dottern närvarande. Fördjupad information om cytostatikabehandlingen ges vid nästa besök med platstolk."),
  ], "N", "patient told via phone interpreter; further information planned with interpreter, not the diagnosis")

c("onk-pankreascancer-avbojer-prognos", "vgr", "19520614", "v_onk",
  "Läkaranteckning", "2024-04-25T13:05", [
      ("Bedömning", "Lokalt avancerad pankreascancer, ej resektabel. Pat informerad om diagnosen och om att syftet med cytostatika är livsförlängande."),
      ("Information", "Pat avböjer information om förväntad överlevnad och vill inte diskutera prognos idag, vilket respekteras."),
  ], "N", "patient informed of the diagnosis and declines only prognosis information")

c("gastro-sokt-utan-svar-sedan-nadd", "skane", "19750802", "s_gastro",
  "Telefonanteckning", "2024-05-03T10:10", [
      ("Aktuellt", "Sökt pat per telefon 2/5 utan svar för besked om koloskopins PAD."),
      ("Åtgärd", "Nådd idag. Informerad om att PAD visar adenocarcinom i colon transversum och att remiss till kirurgen skickas. Pat tog beskedet lugnt."),
  ], "N", "not reachable yesterday but reached and informed today")


c("endo-hypotyreos-tsh-ej-meddelat-typo", "skane", "19770308", "s_endo",
  "Journalanteckning", "2024-08-13T11:45", [
      ("Bedömning", "Hashimotos tyreoidit med hypotyreos, pat informerd om diagnosen och Levaxindos vid besöket i juli."),
      ("Lab", "TSH 4,2 efter dosökning. Svaret är ej meddelat pat ännu, skickas via 1177."),
  ], "N", "typo 'informerd'; diagnosis told; only the TSH value is not yet told")

c("hud-bcc-berattat-benign-pad-ej", "vgr", "19500324", "v_hud",
  "Mottagningsanteckning", "2024-07-11T10:35", [
      ("Aktuellt", "Pat har fått besked om basalcellscancern på kinden och opereras 2/8."),
      ("Lab", "PAD från den excisade leverfläcken på låret: benign förändring utan atypi. Detta svar har pat ännu inte fått, skickas per brev."),
  ], "N", "diagnosis told; a benign PAD result is not yet told")

c("lung-cancer-berattad-dt-hjarna-ua-ej", "skane", "19550430", "s_lung",
  "Läkaranteckning", "2024-10-01T13:55", [
      ("Bedömning", "Icke-småcellig lungcancer, skivepiteltyp, stadium IIIA. Pat och make informerade vid besöket 24/9."),
      ("Röntgen", "MR hjärna 27/9: inga metastaser, ua. Pat ej informerad om MR-svaret, ringer henne imorgon."),
  ], "N", "lung cancer told; a normal MR is not yet told")

c("barn-foraldrar-informerade-vill-sjalva-beratta", "vgr", "20160119", "v_barn",
  "Läkaranteckning", "2024-05-22T15:05", [
      ("Bedömning", "Juvenil idiopatisk artrit, oligoartikulär form, engagemang av vä knä och hö fotled."),
      ("Information", "Föräldrarna är informerade om diagnosen och behandlingsplanen. De vill själva berätta för Elsa (8 år) hemma och hon har därför inte fått veta diagnosnamnet än."),
  ], "N", "child under 13: the guardians (the journal readers) were informed; the child is told by them")

c("barn-febrila-kramper-forskolan-ej", "skane", "20210903", "s_barn",
  "Journalanteckning", "2024-03-18T19:30", [
      ("Aktuellt", "2-åring med feberkramp i hemmet, nu vaken och opåverkad. Akut mediaotit hö."),
      ("Information", "Mamma och pappa informerade om feberkramper och otiten samt om hur de ska agera vid nytt anfall. Förskolan ej informerad, föräldrarna tar det själva."),
  ], "N", "toddler: both guardians informed; pre-school not")

c("vgr-th-sokord-visar-kroniska-dx", "vgr", "19620225", "v_med",
  "Läkaranteckning", "2024-07-24T14:00", [
      ("Bedömning", "Typ 2-diabetes och hjärtsvikt med nedsatt EF, stabilt. Fortsatt samma medicinering."),
      ("Tidiga hypoteser", "Viktnedgång 8 kg, CA 19-9 förhöjt. Misstänkt pankreascancer, pat ännu ej informerad. DT buk beställd."),
  ], "N", "VGR: the untold hypothesis and the 'not informed' statement are only under the protected sökord")

c("skane-th-mall-ej-informerad", "skane", "19590806", "s_med",
  "Tidiga hypoteser", "2024-04-17T16:05", [
      ("Bedömning", "Känd KOL. Rundhärd hö ovanlob på lungröntgen, misstänkt lungcancer. Pat är inte informerad om misstanken, DT thorax beställd."),
  ], "N", "Skåne: the whole note uses the protected template Tidiga hypoteser")

c("vgr-hanvisning-till-th-kanda-dx-synliga", "vgr", "19480713", "v_ger",
  "Läkaranteckning", "2024-12-12T10:25", [
      ("Bedömning", "Kända diagnoser: Alzheimers sjukdom, osteoporos med kotkompression, hypertoni. Pat och make informerade om dessa sedan tidigare. Nytillkommet fynd som pat ej informerats om, se Tidiga hypoteser."),
      ("Tidiga hypoteser", "Anemi Hb 92 och järnbrist, misstänkt koloncancer. Diskuteras med maken innan pat informeras."),
  ], "N", "VGR: visible section holds only told diagnoses and a pointer; the untold finding sits under Tidiga hypoteser")

c("neuro-forra-besoket-ej-idag-informerad", "skane", "19940129", "s_neuro",
  "Mottagningsanteckning", "2024-02-06T09:50", [
      ("Aktuellt", "Vid förra besöket i januari hade pat ännu inte fått besked om MR-svaret."),
      ("Bedömning", "Skovvis förlöpande multipel skleros. Idag informerad om diagnosen och behandlingsalternativ; pat vill fundera på natalizumab respektive ofatumumab."),
  ], "N", "past not-informed; informed today")

c("kir-kollega-informerade-igar-utkast", "vgr", "19730611", "v_kir",
  "Läkaranteckning", "2024-06-26T08:30", [
      ("Aktuellt", "Bröstcancer hö, PAD invasiv lobulär cancer. Pat informerades igår av dr Ek, bröstkirurg, i närvaro av kontaktsjuksköterska."),
      ("Planering", "Preoperativ MR bröst, onkologkonsult."),
  ], "N", "unsigned draft; a colleague told the patient yesterday", draft=True)

c("gastro-ingen-malignitet-svar-ej-meddelat", "skane", "19700422", "s_gastro",
  "Journalanteckning", "2024-09-04T12:15", [
      ("Aktuellt", "Känd ulcerös kolit sedan 2001, pat välinformerad. Kontrollkoloskopi med biopsier 26/8."),
      ("Lab", "PAD: ingen dysplasi, ingen malignitet. Pat ej informerad om svaret än, brev skickas."),
  ], "N", "the untold result is negated (no malignancy); known UC")

c("neuro-epilepsi-korkortsregler-ej", "vgr", "19850517", "v_neuro",
  "Läkaranteckning", "2024-10-17T14:40", [
      ("Bedömning", "Juvenil myoklon epilepsi. Pat har fått diagnosen idag och startar valproat efter diskussion om graviditetsplaner."),
      ("Planering", "Har ännu ej informerats om körkortsreglerna, tas vid återbesök om två veckor."),
  ], "N", "diagnosis told; only driving rules not yet told")

c("kir-kirurg-ej-informerad-pat-besked", "skane", "19611111", "s_kir",
  "Telefonanteckning", "2024-11-21T13:10", [
      ("Aktuellt", "Ringt upp pat angående PAD efter hemikolektomi."),
      ("Åtgärd", "Pat har fått besked av mig per telefon: adenocarcinom pT3N1, radikalt opererad. Ansvarig kirurg ännu ej informerad om att beskedet lämnats, meddelas via journalmeddelande."),
  ], "N", "patient told; responsible surgeon not informed")

c("ger-demens-transportstyrelsen-ej", "vgr", "19450908", "v_ger",
  "Läkaranteckning", "2024-03-27T11:15", [
      ("Bedömning", "Frontotemporal demens, beteendevariant. Pat och hustrun har fått diagnosen, pat har begränsad sjukdomsinsikt."),
      ("Åtgärd", "Körkortsanmälan till Transportstyrelsen ej gjord ännu, skickas denna vecka. Pat är informerad om att han inte får köra."),
  ], "N", "patient told; Transportstyrelsen not informed")

c("onk-svart-ta-in-beskedet-typo", "skane", "19660104", "s_onk",
  "Läkaranteckning", "2024-01-09T10:35", [
      ("Bedömning", "Metastaserande bröstcacer med lever- och skelettmetastaser. Pat informerad om detta vid dagens besök men har svårt att ta in beskedet."),
      ("Planering", "Kontaktsjuksköterska ringer imorgon. Kurator erbjuds."),
  ], "N", "typo 'bröstcacer'; informed, but finds it hard to take in")

c("psyk-god-man-ej-informerad", "vgr", "19750319", "v_psyk",
  "Läkaranteckning", "2024-08-01T15:25", [
      ("Bedömning", "Schizofreni, paranoid form, sedan 2010. Nu även metabolt syndrom med typ 2-diabetes, vilket pat informerats om idag och fått kostråd."),
      ("Socialt", "God man ej informerad om diabetesdiagnosen, pat vill själv berätta."),
  ], "N", "patient told; guardian ad litem (god man) not informed")

c("onk-maken-ej-informerad-pat-onskan", "skane", "19690514", "s_onk",
  "Mottagningsanteckning", "2024-10-10T16:00", [
      ("Bedömning", "Recidiv av ovarialcancer med peritoneal karcinos. Pat informerad och har fått skriftlig information."),
      ("Information", "Maken är inte informerad, enligt pat önskan. Hon vill själv välja när hon berättar."),
  ], "N", "adult patient told; spouse not informed at her request")


c("med-hemsjukvard-dsk-ej-underrattad", "skane", "19370222", "s_med",
  "Utskrivningsanteckning", "2024-02-22T14:05", [
      ("Epikris", "Inlagd för hjärtsviktsdekompensation. Under vårdtiden ny diagnos kronisk njursvikt stadium 4, pat informerad om detta och om kontroller på njurmottagningen. Distriktssköterskan i hemsjukvården ej underrättad, telefonrapport ges före hemgång."),
  ], "N", "patient told; district nurse not yet informed", setting="slutenvård")

c("barn-nefrotiskt-bvc-ej-informerad", "vgr", "20200707", "v_barnsk",
  "Läkaranteckning", "2024-06-13T11:10", [
      ("Aktuellt", "3-årig pojke med ödem och proteinuri 4+. Albumin 14."),
      ("Bedömning", "Nefrotiskt syndrom, sannolikt minimal change. Båda vårdnadshavarna informerade om diagnosen och kortisonbehandling. BVC ej informerad, epikris skickas."),
  ], "N", "child: both guardians informed; BVC not", setting="slutenvård")

c("med-alla-fynd-informerad", "skane", "19490915", "s_med",
  "Läkaranteckning", "2024-07-04T13:30", [
      ("Bedömning", "1. Typ 2-diabetes, HbA1c 71. 2. Hypertoni, välbehandlad. 3. Nyupptäckt perniciös anemi med B12 82. 4. Förmaksfladder på EKG."),
      ("Information", "Pat informerad om samtliga fynd idag, inklusive de två nya diagnoserna, och fått skriftlig information om B12-injektioner."),
  ], "N", "list of chronic and new diagnoses, all told")

c("onk-anhoriga-narvarande-blodprover-ej-klara", "vgr", "19580816", "v_onk",
  "Läkaranteckning", "2024-09-26T15:50", [
      ("Sammanfattning", "Patienten, som kom tillsammans med sin sambo och sin vuxne son, har idag informerats om att PET-DT visar spridning av hennes melanom till lymfkörtlar i buken, och vi har gått igenom förslaget om immunterapi, medan svaret på de blodprover som togs i morse ännu inte är klart och meddelas henne när det kommer."),
  ], "N", "dictated: diagnosis told; only pending blood tests are not yet told")

c("ungdom-17-foraldrar-ej-informerade", "skane", "20061211", "s_gyn",
  "Mottagningsanteckning", "2024-04-18T10:20", [
      ("Bedömning", "17-årig kvinna med klamydiainfektion och PID. Pat informerad om diagnosen och behandlingen med doxycyklin."),
      ("Information", "Föräldrarna ej informerade enligt pat önskan. Partnerspårning via barnmorska."),
  ], "N", "17-year-old reads her own journal and was told; parents not informed", draft=True)


c("gyn-endometriecancer-lymfkortlar-ua-ej", "skane", "19541026", "s_gyn",
  "Läkaranteckning", "2024-08-28T14:10", [
      ("Aktuellt", "Opererad 14/8 för endometriecancer. PAD från uterus genomgånget med pat vid besöket 23/8."),
      ("Lab", "Svaret på portvaktskörtlarna har kommit i efterhand: inga metastaser. Pat har ännu ej fått detta svar, ringer henne imorgon."),
  ], "N", "diagnosis told; only the later node result (no metastases, negated) is not yet told")

c("neuro-migran-mr-ua-ej-meddelad", "vgr", "19960211", "v_neuro",
  "Telefonanteckning", "2024-03-04T13:25", [
      ("Aktuellt", "Migrän utan aura, diagnos given vid besöket i februari, pat välinformerad."),
      ("Röntgen", "MR hjärna ua. Svaret är inte meddelat pat ännu, skickas via 1177 inkorg."),
  ], "N", "migraine told; normal MR not yet told")

c("uro-blascancer-vc-ej-underrattad-utkast", "skane", "19480508", "s_uro",
  "Läkaranteckning", "2024-12-17T11:40", [
      ("Bedömning", "TURB 5/12, PAD: icke-muskelinvasiv urotelial cancer, högrisk. Pat informerad per telefon idag och bokad för BCG-instillationer."),
      ("Åtgärd", "Vårdcentralen (remittent) ej underrättad om PAD ännu, remissvar skrivs."),
  ], "N", "unsigned draft; patient told; remittent primary care not informed", draft=True)

c("hjart-hjartsvikt-infomerad-typo", "vgr", "19510103", "v_hjart",
  "Mottagningsanteckning", "2024-11-12T09:00", [
      ("Bedömning", "Hjärtsvikt med reducerad EF 30 %, trol. ischemisk genes, samt tidigare känd typ 2-diabetes. Pat infomerad om hjärtsviktsdiagnosen och om upptitrering av läkemedel."),
      ("Planering", "Sviktsköterska om två veckor."),
  ], "N", "typo 'infomerad' in a positive telling statement")

c("psyk-utmattning-fk-arbetsgivare-ej", "skane", "19840725", "s_psyk",
  "Läkaranteckning", "2024-06-27T10:50", [
      ("Bedömning", "Utmattningssyndrom samt måttlig depressiv episod. Pat informerad om diagnoserna och om sertralin."),
      ("Åtgärd", "Varken Försäkringskassan eller arbetsgivaren har informerats om diagnoserna ännu; pat vill vänta med arbetsgivaren och FK får intyget nästa vecka."),
  ], "N", "patient told; FK and employer not informed")


c("hem-itp-telefontolk-idag-platstolk-sen", "skane", "19870212", "s_hem",
  "Läkaranteckning", "2024-03-13T11:20", [
      ("Bedömning", "Immunologisk trombocytopeni, TPK 12. Pat informerad om diagnosen idag med telefontolk (dari) och startar prednisolon."),
      ("Planering", "Återbesök om en vecka med platstolk för fördjupad information om sjukdomen och kontroller."),
  ], "N", "told today with a phone interpreter; interpreter meeting is for deeper information")

c("onk-avstar-mer-info-idag-smalta", "vgr", "19610927", "v_onk",
  "Läkaranteckning", "2024-08-08T14:55", [
      ("Bedömning", "Glioblastom med progress på MR. Pat och dotter informerade om progressen."),
      ("Information", "Pat avstår från ytterligare information idag om behandlingsalternativ, vill ha tid att smälta beskedet. Ny tid om tre dagar."),
  ], "N", "told about the diagnosis; declines only further information today")

c("barn-all-farfor-ej-informerade", "skane", "20190430", "s_barnlund",
  "Läkaranteckning", "2024-10-24T13:45", [
      ("Bedömning", "Akut lymfatisk leukemi, B-prekursor, standardrisk. 5-årig flicka."),
      ("Information", "Vårdnadshavarna (mamma och pappa) har informerats om diagnosen och behandlingsprotokollet. Farföräldrarna är ännu inte informerade, föräldrarna sköter det."),
  ], "N", "child: guardians informed; grandparents not", setting="slutenvård")

c("vgr-th-sokord-synligt-informerad-utkast", "vgr", "19530621", "v_endo",
  "Läkaranteckning", "2024-05-30T10:40", [
      ("Bedömning", "Pat informerad om diagnoserna hypertoni och typ 2-diabetes, startar metformin."),
      ("Tidiga hypoteser", "Cushings syndrom kan ej uteslutas, ej diskuterat med pat. Dexametasontest planeras."),
  ], "N", "unsigned draft; VGR Tidiga hypoteser holds the untold hypothesis", draft=True)

c("skane-th-mall-barn-foraldrar-ej", "skane", "20170315", "s_barn",
  "Tidiga hypoteser", "2024-07-18T15:10", [
      ("Bedömning", "7-åring med tillväxthämning och anemi. Misstänkt celiaki, dd inflammatorisk tarmsjukdom. Vårdnadshavarna är inte informerade om misstanken än."),
  ], "N", "Skåne child: protected template Tidiga hypoteser, so nothing is visible")

c("endo-graves-sokt-svar-ft4-normalt", "vgr", "19880920", "v_endo",
  "Telefonanteckning", "2024-12-05T10:50", [
      ("Aktuellt", "Pat träffade mig 21/11 och fick då besked om sin toxiska nodösa struma."),
      ("Åtgärd", "Sökt per telefon utan svar för att meddela att fritt T4 nu är normaliserat. Inget meddelande lämnat."),
  ], "N", "phone unanswered about a normal lab value; diagnosis told earlier")

c("ungdom-17-gymnasiet-ej-informerat", "skane", "20061003", "s_endo",
  "Mottagningsanteckning", "2024-02-27T13:00", [
      ("Bedömning", "17-årig pojke med nydebuterad typ 1-diabetes. Pat och mamma informerade om diagnosen vid inläggningen, idag uppföljning av insulindoser."),
      ("Planering", "Gymnasieskolans elevhälsa ej informerad ännu, diabetessköterskan kontaktar skolsköterskan."),
  ], "N", "17-year-old informed; school health not")

c("kir-hemsjukvard-ej-information-fore-utskrivning", "vgr", "19340606", "v_kir",
  "Daganteckning", "2024-04-12T12:40", [
      ("Bedömning", "Ileus pga adherenser, opererad 9/4. Incidentell peroperativ diagnos av levercirros. Pat informerad av mig per telefon om cirrosen, även sonen var med på högtalare."),
      ("Planering", "Hemsjukvården har inte fått information och behöver kontaktas inför utskrivning."),
  ], "N", "patient told; home care not informed", setting="slutenvård")

c("endo-hypotyros-hba1c-ej-meddelat-typo", "skane", "19720730", "s_endo",
  "Läkaranteckning", "2024-09-19T14:30", [
      ("Anamnes", "Hypotyros och typ 2-diabetes, båda diagnoserna välkända för pat."),
      ("Lab", "HbA1c 62, TSH 2,1. Pat inte informerad om värdena än, får dem via brev."),
  ], "N", "typo 'Hypotyros'; known diagnoses, only lab values not told")


c("lung-kol-berattad-spirometri-tid-ej", "skane", "19560810", "s_lung",
  "Sjuksköterskeanteckning", "2024-03-29T09:15", [
      ("Aktuellt", "KOL GOLD 3, pat fick diagnosen av läkare vid förra besöket och har fått inhalationsinstruktion idag."),
      ("Planering", "Ej hunnit informera om tid för ny spirometri, kallelse skickas."),
  ], "N", "nurse note: diagnosis told earlier; only the spirometry appointment is not", role="sjuksköterska")


c("akut-pneumoni-kol-hemtjanst-ej", "vgr", "19410921", "v_akut",
  "Journalanteckning", "2024-01-05T20:35", [
      ("Bedömning", "Samhällsförvärvad pneumoni hö underlob hos pat med känd KOL och hjärtsvikt. Pat informerad om diagnosen och antibiotikabehandlingen, går hem med Kåvepenin."),
      ("Åtgärd", "Hemtjänsten ännu inte underrättad om nya läkemedlet, ssk ringer imorgon bitti."),
  ], "N", "patient told pneumonia; hemtjänst not informed")

c("barn-astma-allergi-foraldrar-informerade-mamma-tolk", "vgr", "20150801", "v_barn",
  "Mottagningsanteckning", "2024-10-30T14:15", [
      ("Bedömning", "9-årig pojke med astma och pollenallergi (björk, gräs) verifierad med pricktest."),
      ("Information", "Båda föräldrarna informerade om diagnoserna, mamma via arabisk tolk. Skolsköterskan ej informerad, föräldrarna tar med sig skriftlig information till skolan."),
  ], "N", "child: guardians informed with an interpreter; school nurse not")


c("inf-borrelia-neuro-informerad-sokt-tidigare", "skane", "19770614", "s_inf",
  "Läkaranteckning", "2024-08-22T13:15", [
      ("Aktuellt", "Sökt pat per telefon i förrgår och igår utan svar angående likvorsvaret. Pat ringde själv upp idag."),
      ("Bedömning", "Neuroborrelios med facialispares hö. Pat informerad per telefon om diagnosen och påbörjar doxycyklin i 14 dagar."),
  ], "N", "earlier unanswered calls, but informed today")

c("onh-tonsillcancer-pat-informerad-tandvard-ej", "vgr", "19620818", "v_onh",
  "Läkaranteckning", "2024-06-20T11:50", [
      ("Bedömning", "HPV-positiv tonsillcancer hö, T2N1. Pat har idag informerats om diagnosen och planerad strålbehandling med cytostatika."),
      ("Planering", "Sjukhustandvården ej informerad ännu, remiss för tandstatus före strålning skickas."),
  ], "N", "patient told; hospital dentistry not informed")


# -------------------------------------------------------------------------------------------

ORDER_CHECK_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}


def luhn_digit(nine):
    s = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d - 9 if d > 9 else d
    return str((10 - s % 10) % 10)


def pnr(birth, serial):
    nine = birth[2:] + f"{serial:03d}"
    return f"{birth}-{serial:03d}{luhn_digit(nine)}"


def month_end(dt):
    nxt = (dt.replace(day=28) + timedelta(days=4)).replace(day=1)
    if nxt.year > 2024:
        return datetime(2024, 12, 31)
    return nxt


def build():
    out = []
    for i, k in enumerate(CASES):
        t = datetime.strptime(k["time"], "%Y-%m-%dT%H:%M")
        signed = None if k["draft"] else (t + timedelta(minutes=25 + (i * 7) % 50)).isoformat()
        if signed and not signed.startswith("2024"):
            signed = t.isoformat()
        uname, hsa = UNITS[k["unit"]]
        serial = 100 + (i * 37) % 890
        note = {
            "id": "n1", "system": "Melior", "template": k["tmpl"],
            "unit": {"name": uname, "hsa_id": hsa},
            "author": {"name": AUTHORS[i % len(AUTHORS)], "role": k["role"]},
            "time": t.isoformat(), "signed": signed, "setting": k["setting"],
            "refs": [], "sections": [{"keyword": kw, "text": tx} for kw, tx in k["secs"]],
        }
        record = {
            "patient": {"id": pnr(k["birth"], serial),
                        "birth_date": f"{k['birth'][:4]}-{k['birth'][4:6]}-{k['birth'][6:]}",
                        "protected_identity": False},
            "as_of": month_end(t).strftime("%Y-%m-%dT00:00:00"),
            "notes": [note], "access_events": [], "conversations": [], "treatments": [],
        }
        must = [["NL101", "n1"]] if k["exp"] == "M" else []
        must_not = [["NL101", "n1"]] if k["exp"] == "N" else []
        out.append({"case": k["name"], "ruleset": k["rs"], "record": record,
                    "must": must, "must_not": must_not, "why": k["why"]})
    return out


def age_on(birth, day):
    y = day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))
    return y


def validate(rows):
    errs = []
    names = set()
    seen = {}
    for r in rows:
        n = r["case"]
        if set(r) != ORDER_CHECK_KEYS:
            errs.append(f"{n}: keys {sorted(r)}")
        if n in names:
            errs.append(f"duplicate case name {n}")
        names.add(n)
        if r["ruleset"] not in ("skane", "vgr"):
            errs.append(f"{n}: ruleset")
        rec = r["record"]
        p = rec["patient"]
        pid, bd = p["id"], p["birth_date"]
        if not re.fullmatch(r"\d{8}-\d{4}", pid):
            errs.append(f"{n}: pnr format")
        digits = pid[2:8] + pid[9:]
        if luhn_digit(digits[:9]) != digits[9]:
            errs.append(f"{n}: Luhn")
        if pid[:8] != bd.replace("-", ""):
            errs.append(f"{n}: pnr/birth_date mismatch")
        if not rec["as_of"].startswith("2024"):
            errs.append(f"{n}: as_of not 2024")
        note_ids = {x["id"] for x in rec["notes"]}
        for note in rec["notes"]:
            if note["system"] != "Melior":
                errs.append(f"{n}: NL101 asserted on non-Melior note")
            for key in ("time", "signed"):
                if note[key] is not None and not note[key].startswith("2024"):
                    errs.append(f"{n}: {key} not 2024")
            if note["signed"] and note["signed"] < note["time"]:
                errs.append(f"{n}: signed before time")
            bdt = datetime.strptime(bd, "%Y-%m-%d")
            age = age_on(bdt, datetime.fromisoformat(note["time"]))
            if 13 <= age <= 15:
                errs.append(f"{n}: patient aged {age}")
            for s in note["sections"]:
                for sent in re.split(r"(?<=[.!?;:])\s+", s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen and seen[sent] != n:
                            errs.append(f"{n}: sentence reused from {seen[sent]}: {sent!r}")
                        elif sent in seen:
                            errs.append(f"{n}: sentence repeated inside case: {sent!r}")
                        seen[sent] = n
        for lst in ("must", "must_not"):
            for code, tid in r[lst]:
                if tid not in note_ids:
                    errs.append(f"{n}: target {tid} missing")
        if not r["why"]:
            errs.append(f"{n}: empty why")
        if set(map(tuple, r["must"])) & set(map(tuple, r["must_not"])):
            errs.append(f"{n}: same code in must and must_not")
    return errs


def main():
    rows = build()
    errs = validate(rows)
    path = HERE / f"{NAME}.jsonl"
    with open(path, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    m = sum(1 for r in rows if r["must"])
    nn = sum(1 for r in rows if r["must_not"])
    by_rs = {}
    for r in rows:
        by_rs[r["ruleset"]] = by_rs.get(r["ruleset"], 0) + 1
    drafts = sum(1 for r in rows if r["record"]["notes"][0]["signed"] is None)
    typos = sum(1 for r in rows if "typo" in r["case"] or "typo" in r["why"])
    print(f"{len(rows)} cases: NL101 must {m}, must_not {nn}; {by_rs}; drafts {drafts}; typos {typos}")
    if errs:
        for e in errs:
            print("ERROR", e)
        sys.exit(1)


if __name__ == "__main__":
    main()
