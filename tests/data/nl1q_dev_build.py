#!/usr/bin/env python3
"""nl1q: independent gold cases for NL102 (hedged diagnoses in visible free text).

Dependency-free and deterministic. Writes nl1q_dev_cases.jsonl beside this file and
validates it; exits 1 on any problem.
"""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1q_dev_cases.jsonl")

# ---------------------------------------------------------------- units
# key: (name, hsa_id, system, region)
UNITS = {
    # Region Skåne, hospitals (Melior)
    "sk_akut_mal": ("Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-7301", "Melior", "skane"),
    "sk_akut_hbg": ("Akutmottagningen, Helsingborgs lasarett", "SE2321000255-7302", "Melior", "skane"),
    "sk_neuro_lund": ("Neurologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7303", "Melior", "skane"),
    "sk_kardio_hbg": ("Kardiologiska kliniken, Helsingborgs lasarett", "SE2321000255-7304", "Melior", "skane"),
    "sk_orto_kri": ("Ortopedkliniken, Centralsjukhuset Kristianstad", "SE2321000255-7305", "Melior", "skane"),
    "sk_med_ystad": ("Medicinkliniken, Ystads lasarett", "SE2321000255-7306", "Melior", "skane"),
    "sk_kir_hlm": ("Kirurgiska kliniken, Hässleholms sjukhus", "SE2321000255-7307", "Melior", "skane"),
    "sk_onko_lund": ("Skånes onkologiska klinik, Lund", "SE2321000255-7308", "Melior", "skane"),
    "sk_hud_lund": ("Hudkliniken, Skånes universitetssjukhus Lund", "SE2321000255-7309", "Melior", "skane"),
    "sk_ogon_mal": ("Ögonkliniken, Skånes universitetssjukhus Malmö", "SE2321000255-7310", "Melior", "skane"),
    "sk_onh_hbg": ("Öron-, näs- och halskliniken, Helsingborgs lasarett", "SE2321000255-7311", "Melior", "skane"),
    "sk_barn_hbg": ("Barn- och ungdomsmedicinska kliniken, Helsingborgs lasarett", "SE2321000255-7312", "Melior", "skane"),
    "sk_neonat_lund": ("Neonatalavdelningen, Skånes universitetssjukhus Lund", "SE2321000255-7313", "Melior", "skane"),
    "sk_kvinno_ystad": ("Kvinnokliniken, Ystads lasarett", "SE2321000255-7314", "Melior", "skane"),
    "sk_psyk_lkr": ("Allmänpsykiatrisk mottagning Landskrona", "SE2321000255-7315", "Melior", "skane"),
    "sk_geri_tbg": ("Geriatriska kliniken, Trelleborgs lasarett", "SE2321000255-7316", "Melior", "skane"),
    "sk_inf_lund": ("Infektionskliniken, Skånes universitetssjukhus Lund", "SE2321000255-7317", "Melior", "skane"),
    "sk_reuma_lund": ("Reumatologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-7318", "Melior", "skane"),
    "sk_endo_mal": ("Endokrinologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-7319", "Melior", "skane"),
    "sk_uro_mal": ("Urologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-7320", "Melior", "skane"),
    "sk_lung_lund": ("Lung- och allergikliniken, Skånes universitetssjukhus Lund", "SE2321000255-7321", "Melior", "skane"),
    # Region Skåne, primary care (PMO)
    "sk_vc_karnan": ("Vårdcentralen Kärnan, Helsingborg", "SE2321000255-8101", "PMO", "skane"),
    "sk_vc_lars": ("Vårdcentralen Sankt Lars, Lund", "SE2321000255-8102", "PMO", "skane"),
    "sk_bvc_ystad": ("BVC Ystad", "SE2321000255-8103", "PMO", "skane"),
    # Västra Götalandsregionen, hospitals (Melior)
    "vg_akut_su": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-4401", "Melior", "vgr"),
    "vg_akut_nal": ("Akutmottagningen, NU-sjukvården NÄL Trollhättan", "SE2321000131-4402", "Melior", "vgr"),
    "vg_med_sks": ("Medicinkliniken, Skaraborgs Sjukhus Skövde", "SE2321000131-4403", "Melior", "vgr"),
    "vg_kardio_nal": ("Kardiologmottagningen, NU-sjukvården NÄL", "SE2321000131-4404", "Melior", "vgr"),
    "vg_orto_sas": ("Ortopedkliniken, Södra Älvsborgs Sjukhus Borås", "SE2321000131-4405", "Melior", "vgr"),
    "vg_neuro_su": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-4406", "Melior", "vgr"),
    "vg_onko_su": ("Jubileumskliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-4407", "Melior", "vgr"),
    "vg_barn_su": ("Drottning Silvias barn- och ungdomssjukhus, Göteborg", "SE2321000131-4408", "Melior", "vgr"),
    "vg_kvinno_su": ("Kvinnokliniken, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-4409", "Melior", "vgr"),
    "vg_hud_su": ("Hudmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-4410", "Melior", "vgr"),
    "vg_ogon_su": ("Ögonmottagningen, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-4411", "Melior", "vgr"),
    "vg_onh_su": ("ÖNH-mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-4412", "Melior", "vgr"),
    "vg_inf_su": ("Infektionskliniken, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-4413", "Melior", "vgr"),
    "vg_reuma_su": ("Reumatologmottagningen, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-4414", "Melior", "vgr"),
    "vg_geri_su": ("Geriatriska kliniken, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-4415", "Melior", "vgr"),
    "vg_psyk_kungalv": ("Psykiatrisk öppenvårdsmottagning, Kungälvs sjukhus", "SE2321000131-4416", "Melior", "vgr"),
    "vg_kir_alingsas": ("Kirurgiska kliniken, Alingsås lasarett", "SE2321000131-4417", "Melior", "vgr"),
    "vg_uro_su": ("Urologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-4418", "Melior", "vgr"),
    "vg_endo_su": ("Endokrinologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-4419", "Melior", "vgr"),
    "vg_lung_sks": ("Lungmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-4420", "Melior", "vgr"),
    "vg_gastro_su": ("Gastromottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-4421", "Melior", "vgr"),
}

AUTHORS = [
    "Karin Lindqvist", "Ahmad Rahimi", "Sofia Bergström", "Johan Nyström", "Elin Håkansson",
    "Mikael Petersson", "Fatima Yousef", "Lars Ekdahl", "Maria Sandberg", "Oskar Wallin",
    "Hanna Mattsson", "Per-Erik Åberg", "Leila Hosseini", "Anders Dahlgren", "Ingrid Fors",
    "Tobias Lund", "Emma Kjellberg", "Nils Svärd",
]

NL102 = "NL102"
NL104 = "NL104"
CASES = []


def C(name, unit, birth, sections, must=(), must_not=(), why="", template=None,
      setting="öppenvård", signed=True, role="läkare", time=None):
    CASES.append(dict(name=name, unit=unit, birth=birth, sections=sections,
                      must=list(must), must_not=list(must_not), why=why,
                      template=template, setting=setting, signed=signed, role=role,
                      time=time))


M = [NL102]            # must fire
N = [NL102]            # must not fire
TH_N = [NL102, NL104]  # inside Tidiga hypoteser: neither NL102 nor NL104

# ====================================================================== MUST
C("akut-lungemboli-fragetecken-inledande-utkast", "sk_akut_mal", "1951-04-17", [
    ("Aktuellt", "Op hö höft (totalplastik) för 3 v sedan, sedan i morse plötslig andfåddhet och hjärtklappning."),
    ("Status", "AT: påverkad, takypné. Sat 89 % utan syrgas, puls 118, BT 105/70. Cor: regelbunden rytm, inga blåsljud."),
    ("Bedömning", "?Lungemboli. DT-angio lungartärer beställd, Fragmin i behandlingsdos ges i väntan på svar."),
], must=M, signed=False, setting="akut", template="Akutanteckning",
  why="leading '?' before lungemboli in Bedömning of a Melior draft")

C("kardio-nstemi-trolig-efterstalld", "vg_kardio_nal", "1958-09-03", [
    ("Aktuellt", "Inkommer med tryckande bröstsmärta sedan 4 timmar, strålar mot vä arm."),
    ("Lab", "TnT 38 → 71 ng/l. Kreatinin 88."),
    ("Bedömning", "Dynamik i troponin och ST-sänkningar V4–V6. NSTEMI, trolig."),
    ("Åtgärd", "Koronarangiografi planeras imorgon förmiddag, Brilique 180 mg givet."),
], must=M, setting="slutenvård", template="Inskrivningsanteckning",
  why="hedge 'trolig' placed after the diagnosis, separated by a comma")

C("neuro-ms-misstanke-i-parentes", "sk_neuro_lund", "1990-02-11", [
    ("Anamnes", "Synnedsättning och smärta bakom vä öga under 3 veckor i våras, nu stickningar i båda benen sedan 10 dagar."),
    ("Status", "Nedsatt vibrationssinne distalt i benen, livliga reflexer. RAPD vä."),
    ("Bedömning", "Genomgången optikusneurit och nu sensoriska symtom från benen (misstänkt skovvis förlöpande MS). MR hjärna och halsrygg samt lumbalpunktion bokas."),
], must=M, why="hedged MS inside a parenthesis in a visible Melior Bedömning")

C("lung-lungcancer-malignitet-kan-ej-uteslutas", "vg_lung_sks", "1949-06-25", [
    ("Röntgen", "DT thorax: 28 mm spikulerad förändring i hö överlob, förstorade lymfkörtlar i station 4R och 7."),
    ("Bedömning", "Malignitet kan ej uteslutas, i första hand lungcancer. Bronkoskopi och PET-DT remitteras, tas upp på lungrond."),
], must=M, why="'kan ej uteslutas' + 'i första hand lungcancer': uncertain malignancy visible")

C("inf-neuroborrelios-sannolikt-typo", "sk_inf_lund", "1976-08-30", [
    ("Anamnes", "Fästingbett på vä lår i juli, nu vänstersidig facialispares sedan 5 dagar och huvudvärk."),
    ("Lab", "Likvor: mononukleära celler 84, albumin lätt förhöjt."),
    ("Bedömning", "Sannolikt neuroborelios. Likvorserologi inväntas, doxycyklin 200 mg x1 i 14 dagar insatt."),
], must=M, why="'Sannolikt' + diagnosis with typo 'neuroborelios' (typo case)")

C("gastro-crohn-ev-inbakad-i-bisats", "vg_med_sks", "2001-03-14", [
    ("Bedömning", "Ung man med tre månaders diarréer, viktnedgång 6 kg och calprotectin 1400, där ev. Crohns sjukdom är det vi främst behöver utreda. Koloskopi med biopsier remitteras med förtur."),
], must=M, why="'ev.' hedge on Crohns sjukdom buried in a relative clause of a long sentence")

C("ortoped-scaphoideumfraktur-fragetecken-trots-negativ-rtg", "sk_orto_kri", "1997-11-02", [
    ("Status", "Ömhet i fossa tabatière hö, smärta vid axial kompression av tummen."),
    ("Röntgen", "Slätröntgen hö handled med scaphoideumserie: ingen synlig frakturlinje."),
    ("Bedömning", "Scaphoideumfraktur? Skafoidgips, ny röntgen om 10–14 dagar."),
], must=M, setting="akut", template="Akutanteckning",
  why="trailing '?' on a fracture that remains suspected although the X-ray was negative")

C("barn-kawasaki-dd", "vg_barn_su", "2020-01-19", [
    ("Anamnes", "Feber sedan 5 dagar trots Alvedon, röda ögon utan sekret, röda spruckna läppar."),
    ("Status", "Jordgubbstunga, svullna handryggar, enstaka förstorad lymfkörtel på halsen vä."),
    ("Bedömning", "DD Kawasakis sjukdom, scarlatina. Ekokardiografi imorgon, CRP och SR följs."),
], must=M, setting="slutenvård",
  why="'DD' list of differential diagnoses for a child under 13 (guardian reads it)")

C("gyn-x-misstankt-typo-graviditet", "sk_kvinno_ystad", "1994-05-06", [
    ("Lab", "S-hCG 1850 IE/l."),
    ("Status", "VUL: tom uterus, fri vätska i fossa Douglasi, ingen säker adnexresistens."),
    ("Bedömning", "Misstänkt extrauterin gravidtet."),
    ("Åtgärd", "Inläggs för diagnostisk laparoskopi ikväll, fastande från nu."),
], must=M, setting="akut",
  why="'Misstänkt' extrauterine pregnancy with typo 'gravidtet' (typo case)")

C("psyk-bipolar-typ2-kan-inte-uteslutas-utkast", "vg_psyk_kungalv", "1988-12-12", [
    ("Anamnes", "Återkommande perioder med minskat sömnbehov, ökad energi och impulsiva köp, senast i maj."),
    ("Bedömning", "Aktuellt depressiv episod, medelsvår. Bipolär sjukdom typ II kan inte uteslutas mot bakgrund av anamnesen."),
    ("Planering", "Avvaktar med SSRI. Kompletterar med MDQ och anhöriganamnes från sambo."),
], must=M, signed=False,
  why="'kan inte uteslutas' after bipolär sjukdom in adult psychiatry (unsigned draft)")

C("endo-graves-trol-forkortat", "sk_endo_mal", "1985-07-22", [
    ("Anamnes", "Viktnedgång 7 kg, värmeintolerans och darrighet sedan 2 mån."),
    ("Lab", "TSH <0,01, fT4 38, fT3 14."),
    ("Bedömning", "Trol. Graves sjukdom. TRAK tagen, Tiamazol 20 mg insätts, Propranolol vb."),
], must=M, why="abbreviated hedge 'Trol.' before an eponym diagnosis")

C("hud-melanom-susp-typo", "vg_hud_su", "1968-10-09", [
    ("Status", "Asymmetrisk pigmenterad förändring 9 mm på vä skuldra, ojämn färgfördelning, dermatoskopiskt regressionszoner och atypiskt nätverk."),
    ("Bedömning", "Susp. malingt melanom."),
    ("Åtgärd", "Excision med 2 mm marginal utförd, PAD skickat."),
], must=M, why="'Susp.' + melanoma with typo 'malingt' (typo case)")

C("kirurgi-appendicit-misstanks-verbform", "sk_kir_hlm", "2003-04-28", [
    ("Anamnes", "Buksmärta som började runt naveln igår kväll och flyttat till hö fossa, illamående, aptitlös."),
    ("Status", "Ömhet och släppömhet i hö fossa, Rovsings tecken positivt. Temp 38,1."),
    ("Bedömning", "Appendicit misstänks, DT buk beställd. Fastande, dropp."),
], must=M, setting="akut", template="Akutanteckning",
  why="passive verb 'misstänks' after the diagnosis")

C("ogon-ablatio-fraga-om", "vg_ogon_su", "1962-02-15", [
    ("Anamnes", "En ridå har sedan igår dragit ner över synfältet på hö öga, föregått av ljusblixtar och grumlingar."),
    ("Bedömning", "Fråga om ablatio retinae hö. Akut fundusundersökning i dilatation hos retinajouren idag."),
], must=M, why="'Fråga om' + Latin diagnosis (ablatio retinae)")

C("onh-akustikusneurinom-i-punktlista", "sk_onh_hbg", "1971-09-10", [
    ("Bedömning", "- Ensidig sensorineural hörselnedsättning vä, 25 dB sämre i diskant\n- Tinnitus vä sedan ett år\n- Akustikusneurinom kan ej uteslutas\n- MR inneröra med kontrast beställd"),
], must=M, why="hedged tumour diagnosis as one bullet in a list")

C("reuma-pmr-sannol-forkortning", "vg_reuma_su", "1952-05-03", [
    ("Anamnes", "Morgonstelhet i skuldror och höfter sedan 6 veckor, svårt att ta på jackan."),
    ("Lab", "SR 62, CRP 38, RF och anti-CCP neg."),
    ("Bedömning", "Sannol. PMR. Prednisolon 15 mg x1, återbesök om 2 veckor för att värdera effekt."),
], must=M, why="'Sannol.' + abbreviation PMR (polymyalgia reumatika)")

C("geriatrik-lewy-body-differentialdiagnostiskt", "sk_geri_tbg", "1940-03-27", [
    ("Utredning", "Fluktuerande kognition, synhallucinationer och lätt rigiditet. Differentialdiagnostiskt Lewy body-demens mot Alzheimers sjukdom med inslag av delirium. DAT-scan och neuropsykologisk testning."),
], must=M, why="'Differentialdiagnostiskt X mot Y' under sökord Utredning")

C("inf-tuberkulos-inte-uteslutet", "vg_inf_su", "1993-01-05", [
    ("Anamnes", "Hosta i två månader, nattsvettningar, kom till Sverige för ett år sedan."),
    ("Röntgen", "Lungröntgen: kavern i vä ovanlob med omgivande infiltrat."),
    ("Bedömning", "Lungtuberkulos inte uteslutet – pat isoleras, sputum x3 för direktmikroskopi och PCR."),
], must=M, setting="slutenvård", why="'inte uteslutet' after the diagnosis (not a negation of it)")

C("akut-aortadissektion-dikterad-lang-mening-utkast", "sk_akut_hbg", "1957-06-18", [
    ("Bedömning", "Patienten är en man med känd hypertoni som söker med plötslig rivande smärta mellan skulderbladen som strålar ner i buken, blodtrycksdifferens mellan armarna på 30 mmHg och jag bedömer att det kan röra sig om en aortadissektion varför DT-angio aorta görs akut och kärlkirurgjouren är kontaktad."),
], must=M, signed=False, setting="akut", template="Akutanteckning",
  why="'kan röra sig om' deep inside one long dictated sentence (unsigned draft)")

C("akut-sepsis-pyelonefrit-fragetecken-efter-streck", "vg_akut_su", "1945-08-08", [
    ("Status", "AF 26, sat 93 %, BT 88/50, puls 112, temp 39,4. Dunkömhet hö njurloge."),
    ("Bedömning", "Sepsis, trol. urogent fokus – ?pyelonefrit hö. Blododlingar x2, urinodling, Cefotaxim 2 g x3."),
], must=M, setting="akut", template="Akutanteckning",
  why="'?pyelonefrit' after a dash: the suspected focus is itself a diagnosis")

C("uro-prostatacancer-fragestallning-i-remisstext", "sk_uro_mal", "1955-11-30", [
    ("Lab", "PSA 14 µg/l, fritt/totalt 0,09."),
    ("Status", "PR: hård, knölig hö lob."),
    ("Remiss", "Till MR-enheten. Frågeställning: prostatacancer? Önskas MR prostata inför riktade biopsier."),
    ("Bedömning", "Remiss MR prostata, därefter ställningstagande till biopsier."),
], must=M, why="unanswered referral question 'prostatacancer?' written in the visible note")

C("neuro-epilepsi-fragetecken-ej-sakert", "vg_neuro_su", "1999-07-07", [
    ("Anamnes", "Två episoder med medvetslöshet och tungbett senaste månaden, vittne beskriver ryckningar i alla extremiteter."),
    ("Bedömning", "Epilepsi? Ej säkert. EEG och MR hjärna innan ställningstagande till antiepileptika."),
], must=M, why="'Epilepsi?' followed by a separate sentence 'Ej säkert.'")

C("akut-mononukleos-typo-misstakt", "sk_akut_mal", "2005-10-14", [
    ("Anamnes", "Halsont, feber och uttalad trötthet sedan en vecka."),
    ("Status", "Beläggningar på tonsillerna, förstorade käkvinkelkörtlar bilat, palpabel mjälte."),
    ("Bedömning", "Misstäkt mononukleos, monospot och leverprover tagna. Undvik kontaktsport 4 v."),
], must=M, setting="akut", why="hedge cue with typo 'Misstäkt' before mononukleos (typo case)")

C("endo-cushing-arbetshypotes", "vg_endo_su", "1979-04-02", [
    ("Status", "Centripetal fetma, striae rubrae på buken, proximal muskelsvaghet, BT 168/98."),
    ("Bedömning", "Arbetshypotes Cushings syndrom. Dexametasonhämningstest och sen kväll-saliv-kortisol x2."),
], must=M, why="'Arbetshypotes' as the hedge word")

C("kardio-endokardit-mojlig-duke-epikris", "sk_kardio_hbg", "1960-12-01", [
    ("Epikris", "Feber 3 veckor, nytt blåsljud över mitralis och 2 av 4 blododlingar med S. aureus. Möjlig endokardit enligt Duke-kriterierna, TEE imorgon."),
], must=M, setting="slutenvård", template="Epikris",
  why="'Möjlig endokardit' in an Epikris section")

C("gyn-endometrios-ev-efterstallt", "vg_kvinno_su", "1996-02-20", [
    ("Anamnes", "Cykliska bäckensmärtor som tilltagit senaste året, dyspareuni, ingen effekt av NSAID."),
    ("Bedömning", "Endometrios, ev. Diagnostisk laparoskopi diskuteras vid nästa besök, tills dess gestagen kontinuerligt."),
], must=M, why="'ev.' trailing after the diagnosis at the end of its sentence")

C("psyk-adhd-misstanke-om", "sk_psyk_lkr", "1998-06-11", [
    ("Bedömning", "Koncentrationssvårigheter och impulsivitet sedan skolåren enl pat och mor. Misstanke om ADHD. Neuropsykiatrisk utredning påbörjas, skattningsskalor ASRS och DIVA utdelade."),
], must=M, why="'Misstanke om' (not negated) + ADHD in adult psychiatry")

C("lung-sarkoidos-tankbar", "vg_lung_sks", "1987-09-19", [
    ("Röntgen", "DT thorax: bilateral hiluslymfadenopati, inga parenkymförändringar."),
    ("Bedömning", "Erythema nodosum och fotledsartrit. Sarkoidos framstår som tänkbar, Löfgrens syndrom? EBUS med nålbiopsi bokas."),
], must=M, why="'framstår som tänkbar' and 'Löfgrens syndrom?'")

C("barn-celiaki-sannolikt", "sk_barn_hbg", "2018-03-09", [
    ("Lab", "Transglutaminas-IgA >100 U/ml, totalt IgA normalt."),
    ("Bedömning", "Tillväxtkurvan har planat ut senaste året. Sannolikt celiaki; gastroskopi med biopsier i narkos planeras. Fortsatt glutenhaltig kost tills dess."),
], must=M, why="'Sannolikt celiaki' in a child's (<13) visible note")

C("ortoped-meniskskada-fragetecken-i-parentes-status", "vg_orto_sas", "2000-08-16", [
    ("Anamnes", "Vridvåld mot vä knä i fotboll för 2 v sedan, återkommande låsningar."),
    ("Status", "Ingen hydrops, ömhet över mediala ledspringan, positivt McMurray (medial meniskskada?)."),
    ("Planering", "MR knä remitteras, fysioterapi under tiden."),
], must=M, why="question-marked diagnosis inside a parenthesis in Status, after a negated finding")

C("hud-bullos-pemfigoid-typo", "sk_hud_lund", "1939-12-24", [
    ("Status", "Spända blåsor på bål och lårens insidor, klåda sedan 1 mån."),
    ("Bedömning", "Bullös pemfigiod att betrakta som trolig. Stansbiopsi för PAD och direkt immunfluorescens, Dermovat tills vidare."),
], must=M, why="'att betrakta som trolig' after diagnosis with typo 'pemfigiod' (typo case)")

C("kirurgi-koloncancer-inger-misstanke", "vg_kir_alingsas", "1950-01-30", [
    ("Utredning", "Koloskopi: cirkulär, lättblödande förändring i sigmoideum 25 cm ab ano som inger misstanke om koloncancer. Biopsier tagna."),
    ("Planering", "DT thorax-buk, CEA. Tas upp på kolorektal MDK."),
], must=M, why="'inger misstanke om' koloncancer in a visible endoscopy finding")

C("neuro-als-kan-inte-uteslutas-typo", "sk_neuro_lund", "1961-04-13", [
    ("Status", "Atrofier i hö hands interosseer, fascikulationer i tungan och livliga reflexer i benen."),
    ("Bedömning", "ALS kan inte utesluats. ENeG bokad, återbesök efter svar."),
], must=M, why="'kan inte uteslutas' with typo 'utesluats' after ALS (typo case)")

C("kardio-paroxysmalt-ff-misstankt-tankstreck", "vg_kardio_nal", "1967-03-03", [
    ("Anamnes", "Hjärtklappning i attacker som varar 1–2 timmar, oregelbunden känsla."),
    ("Bedömning", "EKG idag sinusrytm. Misstänkt paroxysmalt förmaksflimmer – 7 dygns långtids-EKG, ekokardiografi."),
], must=M, why="'Misstänkt' paroxysmal AF (written out, not the AF abbreviation)")

C("barn-commotio-ev", "sk_akut_mal", "2015-05-12", [
    ("Anamnes", "Föll från klätterställning på skolgården, kort medvetslös enl lärare, kräkts två gånger."),
    ("Bedömning", "Ev. commotio cerebri. Observation 6 h på akuten med neurologiska kontroller, DT vid försämring."),
], must=M, setting="akut", why="'Ev.' before an injury diagnosis (ICD S06) in a child")

C("inf-pertussis-fragetecken-forst", "vg_inf_su", "1982-11-21", [
    ("Bedömning", "?Pertussis. Hostattacker med kräkning i 4 veckor, PCR nasofarynx tagen. Azitromycin 5 dagar."),
], must=M, why="'?' glued to a Latin infection diagnosis at the start of the section")

C("reuma-sle-preliminart", "sk_reuma_lund", "1991-10-31", [
    ("Lab", "ANA 1/1280, anti-dsDNA positiv, C3 sänkt."),
    ("Bedömning", "Fotosensitivt utslag och artralgier. Preliminärt SLE. Hydroxiklorokin insätts efter ögonbottenundersökning."),
], must=M, why="'Preliminärt' as an uncommon hedge word")

C("uro-uretarsten-trolig-utkast", "vg_uro_su", "1984-07-15", [
    ("Anamnes", "Kolikartad smärta i vä flank som strålar mot ljumsken sedan i natt."),
    ("Bedömning", "Mikroskopisk hematuri. Trolig uretärsten vä, DT-urografi beställd. Voltaren 50 mg supp."),
], must=M, signed=False, why="'Trolig' uretärsten in an unsigned draft")

C("ogon-glaukom-misstankt", "sk_ogon_mal", "1958-02-08", [
    ("Status", "Tryck 28/30 mmHg, excavation 0,7 bilat, tunna kantlister nasalt."),
    ("Bedömning", "Misstänkt primärt öppenvinkelglaukom bilat. Synfältsundersökning och OCT, Xalatan till natten."),
], must=M, why="'Misstänkt' glaucoma (ICD chapter H00–H59)")

C("onh-meniere-snarast", "vg_onh_su", "1974-05-26", [
    ("Anamnes", "Attacker med rotatorisk yrsel i timmar, lågfrekvent hörselnedsättning och lockkänsla i hö öra."),
    ("Bedömning", "Snarast Ménières sjukdom, DD vestibulär migrän. Audiogram upprepas om 3 mån."),
], must=M, why="'Snarast' + 'DD' (ICD chapter H60–H95)")

C("kirurgi-pankreatit-fragetecken-i-diagnosrad", "sk_kir_hlm", "1978-09-09", [
    ("Anamnes", "Epigastriell smärta med utstrålning mot ryggen sedan igår efter helg med hög alkoholkonsumtion."),
    ("Lab", "P-amylas 3,1 µkat/l, CRP 45, ALAT 0,6."),
    ("Diagnos", "Akut buksmärta. Pankreatit?"),
], must=M, setting="slutenvård", template="Inskrivningsanteckning",
  why="question-marked diagnosis on the Diagnos line")

C("geriatrik-nph-bor-overvagas-sammanfattning", "vg_geri_su", "1942-10-17", [
    ("Sammanfattning", "Småstegad gång, urininkontinens och kognitiv svikt sedan ett år. DT hjärna med vidgade ventriklar; normaltryckshydrocefalus bör övervägas. Tap-test planeras på avdelningen."),
], must=M, setting="slutenvård", why="'bör övervägas' after the diagnosis in Sammanfattning")

C("endo-addison-kan-inte-avfardas", "sk_endo_mal", "1983-01-26", [
    ("Lab", "Na 129, K 5,6, kortisol kl 08 110 nmol/l."),
    ("Bedömning", "Trötthet och hyperpigmentering i handflator. Primär binjurebarkssvikt (Mb Addison) kan inte avfärdas, synacthentest imorgon kl 08."),
], must=M, why="'kan inte avfärdas' (not a ruled-out statement)")

C("barn-hoftledsluxation-nyfodd-typo", "vg_barn_su", "2024-02-01", [
    ("Status", "Instabil hö höft vid Barlows test, asymmetriska lårveck."),
    ("Bedömning", "Misstänkt medfödd höftledsluxtion hö. Ultraljud höfter inom en vecka, barnortopeden kontaktad."),
], must=M, time="2024-02-26T10:15:00",
  why="congenital (ICD Q) hedged diagnosis with typo 'höftledsluxtion' in an infant's note (typo case)")

C("neonat-sepsis-kan-inte-uteslutas-utkast", "sk_neonat_lund", "2024-05-10", [
    ("Status", "Temp 38,3, grunting, lätt indragningar, CRP 42."),
    ("Bedömning", "Tidig neonatal sepsis kan inte uteslutas. Blododling, bensylpenicillin och gentamicin i.v."),
], must=M, signed=False, setting="slutenvård", time="2024-05-12T03:40:00",
  why="perinatal (ICD P) hedged diagnosis in a newborn's draft")

C("obstetrik-preeklampsi-trolig", "vg_kvinno_su", "1992-08-28", [
    ("Status", "Graviditetsvecka 34+2. BT 155/102, U-albumin 2+, huvudvärk och flimmer för ögonen."),
    ("Bedömning", "Trolig preeklampsi. Inläggning för övervakning, labetalol och lab-kontroller x2/dygn."),
], must=M, setting="slutenvård", why="'Trolig' preeklampsi (ICD chapter O)")

C("med-myelom-misstankt-underliggande-orsak", "sk_med_ystad", "1948-03-15", [
    ("Lab", "Hb 98, kreatinin 160, Ca 2,85, SR 92."),
    ("Bedömning", "Normocytär anemi och njurpåverkan med ryggsmärta. Misstänkt underliggande myelom – M-komponent och fria lätta kedjor skickade."),
], must=M, setting="slutenvård",
  why="the anaemia is certain, but the hedged cause (myelom) is itself a new diagnosis, so the hedge is diagnostic")

C("kardio-ff-bakomliggande-hypertyreos-fragetecken", "vg_kardio_nal", "1953-06-06", [
    ("Bedömning", "Nydebuterat förmaksflimmer, verifierat på EKG. Bakomliggande hypertyreos? TSH och fT4 skickade, Metoprolol 50 mg."),
], must=M, why="confirmed AF, but the question-marked cause is a separate diagnosis (hypertyreos)")

C("akut-dvt-susp-utan-punkt", "sk_akut_hbg", "1970-04-04", [
    ("Anamnes", "Svullen och öm vä vad sedan flygresa från Thailand för 3 dagar sedan."),
    ("Bedömning", "Wells 3. Susp DVT vä ben – Klexane 1,5 mg/kg givet, UL-doppler bokad imorgon bitti."),
], must=M, setting="akut", why="'Susp' without full stop before the abbreviation DVT used as a real diagnosis")

C("psyk-schizofreni-mojlig-typo", "vg_psyk_kungalv", "2002-12-29", [
    ("Anamnes", "Hör röster sedan 2 mån, misstänksam mot grannarna, har slutat gå till jobbet."),
    ("Bedömning", "Debuterande schitzofreni är möjlig, men drogutlöst psykos ligger lika nära till hands. Tox-screening och ny bedömning om en vecka."),
], must=M, why="'är möjlig' after diagnosis with common misspelling 'schitzofreni' (typo case)")

C("inf-covid-sannolik-i-aktuellt", "sk_inf_lund", "1959-07-13", [
    ("Aktuellt", "Inlagd från akuten med sannolik covid-19: feber, torrhosta och luktbortfall sedan 4 dygn, maken positiv i måndags."),
    ("Bedömning", "Sat 95 % på luft, opåverkad. Klarar sig hemma med telefonuppföljning imorgon."),
], must=M, setting="slutenvård", why="hedged diagnosis in Aktuellt, not in Bedömning (ICD U07)")

C("med-hemokromatos-inte-osannolikt", "vg_med_sks", "1966-11-11", [
    ("Lab", "Ferritin 1400 µg/l, transferrinmättnad 78 %, ALAT 1,1."),
    ("Bedömning", "Hereditär hemokromatos inte osannolikt. HFE-gentest skickat, leverelastografi."),
], must=M, why="double negation 'inte osannolikt' = possible, must not be read as ruled out")

C("neuro-myasteni-misstankt-okular", "sk_neuro_lund", "1956-08-21", [
    ("Status", "Ptos hö som tilltar under undersökningen, dubbelseende vid blick uppåt. Isprov positivt."),
    ("Bedömning", "Misstänkt okulär myastenia gravis. AChR-antikroppar, ENeG med singelfiber."),
], must=M, why="'Misstänkt' myasthenia (Swedish spelling variant)")

C("akut-paracetamolforgiftning-misstankt", "vg_akut_nal", "1995-05-19", [
    ("Anamnes", "Hittad förvirrad i hemmet av sambo, tom förpackning Alvedon 500 mg x 100 bredvid sängen."),
    ("Bedömning", "Misstänkt paracetamolförgiftning. S-paracetamol 4 h efter trolig intagstid, acetylcystein startat enligt Giftinformationscentralen."),
], must=M, setting="akut", why="hedged poisoning diagnosis (ICD T)")

# ================================================================== MUST NOT
# -- question marks and hedges that are not about a diagnosis
C("med-hb-fragetecken-planering", "vg_med_sks", "1944-02-02", [
    ("Aktuellt", "Känd hjärtsvikt med bevarad EF, inlagd för dekompensation, nu 4 kg lättare."),
    ("Planering", "Hb? Tas imorgon bitti tillsammans med elstatus och kreatinin. Furix 40 mg x2 oförändrat."),
], must_not=N, setting="slutenvård", why="'Hb?' asks for a lab value; the heart failure is known")

C("ortoped-trol-hem-imorgon-utkast", "sk_orto_kri", "1936-07-07", [
    ("Aktuellt", "Dag 2 efter hemiartroplastik hö höft pga collumfraktur. Mobiliseras med rollator, smärtlindring fungerar."),
    ("Planering", "Trol. hem imorgon om hemtjänsten hinner starta."),
], must_not=N, signed=False, setting="slutenvård", why="'Trol.' hedges the discharge day, not a diagnosis (draft)")

C("kardio-misstanker-utebliven-medicinering", "vg_kardio_nal", "1950-10-10", [
    ("Bedömning", "Känt permanent förmaksflimmer på Metoprolol och Eliquis. Kammarfrekvens 130 idag; misstänker att pat inte tagit sin medicin senaste veckan då dosetten är full. Återinsätts, kontroll om 1 v."),
], must_not=N, why="'misstänker att pat inte tagit sin medicin' is about adherence; AF is known")

C("geriatrik-oklart-om-pat-forstatt", "sk_geri_tbg", "1938-05-05", [
    ("Bedömning", "Förmaksflimmer, PK 3,8 på Waran."),
    ("Information", "Informerat om sänkt dos Waran enl nytt PK-värde. Oklart om pat förstått, dottern får skriftlig instruktion och ringer upp imorgon."),
], must_not=N, why="'Oklart om pat förstått' concerns understanding, not a diagnosis")

C("hud-mojligen-aterbesok", "vg_hud_su", "1975-03-19", [
    ("Bedömning", "Psoriasis vulgaris, välkontrollerad på Dovobet gel, PASI 2. Möjligen återbesök i vår om ljusbehandling blir aktuellt."),
], must_not=N, why="'Möjligen återbesök' hedges a follow-up visit; psoriasis is established")

C("neuro-fragetecken-pacemaker-infor-mr", "sk_neuro_lund", "1947-01-31", [
    ("Bedömning", "Känd Parkinsons sjukdom sedan 2019, MR inför ställningstagande till DBS-behandling."),
    ("Planering", "Inför MR hjärna: ? pacemaker – pat säger nej men har ett ärr under vä nyckelben. Slätröntgen thorax innan MR."),
], must_not=N, why="'? pacemaker' is an MR-safety question about a device")

C("akut-allergi-penicillin-fragetecken", "vg_akut_su", "1964-09-23", [
    ("Läkemedel", "Överkänslighet: ?allergi mot penicillin – pat minns utslag efter antibiotika som barn, vet ej vilket preparat."),
    ("Bedömning", "Erysipelas hö underben med tydlig avgränsning. Klindamycin 300 mg x3 i stället för Kåvepenin, remiss allergiutredning."),
], must_not=N, setting="akut",
  why="'?allergi mot penicillin' is an unclear drug-allergy history under Läkemedel, not a diagnostic hypothesis")

C("akut-eventuellt-remiss-handkirurg", "sk_akut_mal", "1990-10-03", [
    ("Bedömning", "Skärsår 2 cm volart på vä pekfinger, suturerat x4. Känseln distalt lätt nedsatt radialt."),
    ("Planering", "Suturtagning på VC om 10 dagar. Eventuellt remiss till handkirurgen om känseln inte återkommer."),
], must_not=N, setting="akut", why="'Eventuellt remiss' hedges a referral")

C("med-ev-kontroll-bt-typo", "vg_med_sks", "1961-06-30", [
    ("Bedömning", "Essentiell hypertoni, BT idag 138/84 på Amlodipin 5 mg."),
    ("Planering", "Ev. kontrol av BT på VC om 4 v, annars årskontroll."),
], must_not=N, why="'Ev. kontrol' (typo) hedges a check-up; hypertension is confirmed (typo case)")

C("barn-vaccinationer-fragetecken", "sk_barn_hbg", "2020-06-15", [
    ("Anamnes", "Kräkningar och diarré sedan igår, kissat två gånger idag. Vaccinationer? Mamma osäker, kollas i BVC-journalen."),
    ("Bedömning", "Gastroenterit med lätt dehydrering, klarar vätskeprovokation på akuten. Hem med vätskeersättning."),
], must_not=N, setting="akut", why="'Vaccinationer?' asks about vaccination status in a child's note")

C("psyk-eventuellt-byte-till-depa", "sk_psyk_lkr", "1980-04-24", [
    ("Bedömning", "Schizofreni sedan 2009, stabil utan psykotiska symtom på Abilify. Eventuellt byte till depåinjektion diskuteras vid nästa besök, pat tveksam."),
], must_not=N, why="'Eventuellt byte' hedges a treatment change; the diagnosis is long established")

C("kirurgi-fastande-fragetecken", "vg_kir_alingsas", "1986-12-03", [
    ("Status", "Fastande? Ja, sedan kl 22 igår."),
    ("Bedömning", "Gallstenskolik med ultraljudsverifierade konkrement, ingen kolecystit. Op-anmäld för laparoskopisk kolecystektomi."),
], must_not=N, setting="slutenvård", why="'Fastande?' is a pre-op checklist question, answered at once")

C("onko-sannolikt-utskrivning-utkast", "sk_onko_lund", "1963-08-17", [
    ("Aktuellt", "Känd bröstcancer under adjuvant cytostatika, inlagd för neutropen feber som nu avklingat. ANC 1,8."),
    ("Planering", "Sannolikt utskrivning på fredag, ev. behov av hemsjukvård bedöms av kontaktsjuksköterska."),
], must_not=N, signed=False, setting="slutenvård", why="'Sannolikt' and 'ev.' hedge discharge and home care (draft)")

C("geriatrik-osakert-om-trappor", "vg_geri_su", "1935-11-19", [
    ("Bedömning", "Mobiliseras efter behandlad pneumoni. Osäkert om pat klarar trapporna hemma; fysioterapeut gör trappträning imorgon."),
], must_not=N, setting="slutenvård", why="'Osäkert om' concerns function at home")

# -- severity / stage / cause / prognosis of a confirmed diagnosis
C("lung-kol-gold-grad-trol", "vg_lung_sks", "1954-04-09", [
    ("Bedömning", "KOL verifierad med spirometri 2021, nu efter exacerbation. GOLD-grad trol. 3, ny spirometri om 6 v för att avgöra. Fortsatt Trimbow."),
], must_not=N,
  why="KOL is settled; only the GOLD grade is hedged, which is no diagnostic hypothesis to hide (judgement)")

C("kardio-hjartsvikt-nyha-ev-iii", "sk_kardio_hbg", "1949-09-29", [
    ("Bedömning", "Hjärtsvikt med nedsatt EF 32 %, diagnostiserad 2022. NYHA II, ev. III vid ansträngning i backe. Upptitrering av Entresto."),
], must_not=N, why="hedge only on the NYHA class of a confirmed heart failure (judgement)")

C("onko-brostcancer-t-stadium-avgors-efter-op", "vg_onko_su", "1970-02-14", [
    ("Bedömning", "Histologiskt verifierad bröstcancer vä, ER-positiv, HER2-negativ, diskuterad på MDK. Tumörstorlek enl MR ca 24 mm; slutligt T-stadium kan avgöras först efter op-PAD."),
    ("Information", "Pat informerad om diagnosen och planen vid besöket med kontaktsjuksköterska."),
], must_not=N,
  why="verified and communicated cancer; only the final T stage is open, so nothing belongs in Tidiga hypoteser (judgement)")

C("reuma-ra-aktivitet-trol-mattlig", "sk_reuma_lund", "1966-05-12", [
    ("Bedömning", "Seropositiv RA sedan 2019 på metotrexat 20 mg/v. Sjukdomsaktiviteten trol. måttlig, DAS28 4,1. Tillägg av biologiskt läkemedel övervägs."),
], must_not=N, why="'trol.' grades disease activity of long-confirmed RA (judgement)")

C("ortoped-gonartros-ev-mer-hoger-typo", "vg_orto_sas", "1958-12-22", [
    ("Bedömning", "Röntgenverifeirad gonartros i båda knäna, ev. mer uttalad på hö sida. Fysioterapi och artrosskola, ingen op-indikation."),
], must_not=N,
  why="side/severity hedge on X-ray-verified bilateral gonartros, typo 'Röntgenverifeirad' (judgement; typo case)")

C("onh-bells-pares-prognos-sannolikt-god", "sk_onh_hbg", "1981-02-27", [
    ("Bedömning", "Perifer facialispares vä med debut igår, Bells pares. Prognosen sannolikt god; prednisolon 60 mg i 5 dagar med nedtrappning."),
], must_not=N, why="'sannolikt' hedges the prognosis, not the diagnosis")

C("med-pneumoni-genes-sannolikt-bakteriell", "sk_med_ystad", "1946-06-01", [
    ("Röntgen", "Lungröntgen: infiltrat i hö underlob."),
    ("Bedömning", "Pneumoni hö underlob. Genes sannolikt bakteriell med CRP 210 och hög feber, bensylpenicillin 3 g x3."),
], must_not=N, setting="slutenvård",
  why="radiologically confirmed pneumonia; 'sannolikt bakteriell' hedges aetiology, not a new disease (judgement)")

# -- ruled out, every wording
C("akut-lungemboli-kan-uteslutas", "sk_akut_mal", "1986-09-16", [
    ("Bedömning", "D-dimer <0,5 och Wells 0. Lungemboli kan uteslutas. Bröstsmärtan reproducerbar vid palpation av revbensbrosk, Tietzes syndrom."),
], must_not=N, setting="akut", why="'X kan uteslutas' rules the diagnosis out")

C("neuro-ingen-misstanke-om-ms", "vg_neuro_su", "1995-03-03", [
    ("Bedömning", "MR hjärna och halsrygg utan demyeliniserande lesioner, likvor utan oligoklonala band. Ingen misstanke om MS. Återremiss till vårdcentralen."),
], must_not=N, why="'Ingen misstanke om X'")

C("onko-levermetastaser-avskrivs-utkast", "sk_onko_lund", "1957-10-08", [
    ("Aktuellt", "Opererad för koloncancer 2022, uppföljning enligt vårdprogram."),
    ("Röntgen", "DT thorax-buk: den tidigare beskrivna leverförändringen är ett typiskt hemangiom, ingen kontrastuppladdning av metastaskaraktär."),
    ("Bedömning", "Misstanken om levermetastaser avskrivs. Nästa DT om 6 månader."),
], must_not=N, signed=False, why="'Misstanken om X avskrivs' (draft)")

C("barn-inget-som-talar-for-meningit", "vg_barn_su", "2022-04-04", [
    ("Status", "Temp 39,2, pigg och lekfull, ingen nackstelhet, inga petekier."),
    ("Bedömning", "Inget som talar för meningit. Virusinfektion med feber, hem med febernedsättande och råd."),
], must_not=N, setting="akut", why="'Inget som talar för X' in a child's note")

C("med-celiaki-osannolikt", "sk_med_ystad", "1993-07-28", [
    ("Lab", "Transglutaminas-IgA negativ, totalt IgA normalt."),
    ("Bedömning", "Celiaki osannolikt. Symtombilden uppfyller Rom IV-kriterierna för IBS, information om FODMAP-kost given."),
], must_not=N, why="'X osannolikt' (contrast with 'inte osannolikt')")

C("akut-fraktur-utesluts-typo", "vg_akut_nal", "2004-01-17", [
    ("Bedömning", "Frakur utesluts på röntgen. Distorsion hö fotled, elastisk linda och avlastning med kryckor."),
], must_not=N, setting="akut", why="'X utesluts' with typo 'Frakur' (typo case)")

C("kardio-inga-tecken-pa-ischemi", "sk_kardio_hbg", "1969-10-27", [
    ("Utredning", "Arbetsprov till 200 W, 95 % av förväntad kapacitet, utan ST-förändringar eller bröstsmärta."),
    ("Bedömning", "Inga tecken på ischemisk hjärtsjukdom. Avslutas från mottagningen."),
], must_not=N, why="'Inga tecken på X'")

C("gyn-x-ej-aktuellt", "vg_kvinno_su", "1989-05-30", [
    ("Status", "VUL: intrauterin graviditet, hjärtaktivitet, CRL motsvarar v 6+4."),
    ("Bedömning", "Extrauterin graviditet därmed ej aktuellt. Blödningen bedöms ofarlig, åter vid tilltagande."),
], must_not=N, why="'X ej aktuellt' after proof of intrauterine pregnancy")

C("inf-borrelia-bedoms-inte-foreligga", "sk_inf_lund", "1972-06-20", [
    ("Lab", "Borreliaserologi IgG och IgM negativa, 6 veckor efter bettet."),
    ("Bedömning", "Borreliainfektion bedöms inte föreligga. Ledvärken följs upp på vårdcentralen."),
], must_not=N, why="'X bedöms inte föreligga'")

C("akut-stroke-har-avfardats", "vg_akut_su", "1952-08-12", [
    ("Röntgen", "DT och MR hjärna utan ischemi eller blödning."),
    ("Bedömning", "Stroke har avfärdats. Akut vestibularisneurit vä med positivt head impulse-test, Postafen vb."),
], must_not=N, setting="akut", why="'X har avfärdats' (contrast with 'kan inte avfärdas')")

C("hud-ingen-misstanke-melanom-typo", "sk_hud_lund", "1985-11-06", [
    ("Status", "Regelbundet retikulärt mönster vid dermatoskopi av förändringen på ryggen, symmetrisk."),
    ("Bedömning", "Benignt nevus. Ingen misstake om melanom, ingen åtgärd."),
], must_not=N, why="'Ingen misstanke om' with typo 'misstake' (typo case)")

C("uro-fynden-talar-emot-prostatacancer", "vg_uro_su", "1960-03-22", [
    ("Bedömning", "PSA 3,1 och MR prostata med PI-RADS 2. Fynden talar emot prostatacancer, ingen biopsi. Ny PSA om ett år."),
], must_not=N, why="'talar emot X'")

# -- a question answered later in the note
C("akut-fs-fraktur-svar-ingen-fraktur", "sk_akut_mal", "1979-12-05", [
    ("Röntgen", "Slätröntgen vä handled, f.s. fraktur? Svar: ingen fraktur."),
    ("Bedömning", "Kontusion vä handled efter fall på cykel. Smärtlindring, åter vid behov."),
], must_not=N, setting="akut", why="referral question 'f.s. fraktur?' answered right after: no fracture")

C("akut-dvt-fragetecken-ul-negativt-utkast", "vg_akut_su", "1956-04-15", [
    ("Utredning", "?DVT hö ben – UL-doppler idag: ingen trombos i djupa vener upp till v. iliaca externa."),
    ("Bedömning", "Svullnaden förklaras av känd venös insufficiens, stödstrumpor."),
], must_not=N, signed=False, setting="akut", why="'?DVT' answered in the same line by a negative ultrasound (draft)")

C("kirurgi-fragestallning-appendicit-besvarad", "sk_kir_hlm", "2000-02-19", [
    ("Röntgen", "Frågeställning appendicit? DT buk: normal appendix, ingen fri vätska."),
    ("Bedömning", "Appendicit uteslutes. Buksmärtan avklingande, hem med råd."),
], must_not=N, setting="akut", why="CT question answered and the diagnosis explicitly excluded")

C("kardio-fraga-om-hjartinfarkt-avskrevs-epikris", "vg_kardio_nal", "1963-01-08", [
    ("Epikris", "Inkom med bröstsmärta, vid ankomst fråga om hjärtinfarkt. TnT 6 → 7 ng/l, oförändrat EKG. Hjärtinfarkt avskrevs och pat skrevs ut samma dag."),
], must_not=N, setting="slutenvård", template="Epikris",
  why="initial 'fråga om hjärtinfarkt' resolved in the same Epikris")

# -- family history and past history
C("onko-hereditet-mor-ev-brostcancer", "vg_onko_su", "1977-07-19", [
    ("Hereditet", "Mor ev. bröstcancer i 50-årsåldern, uppgifterna osäkra. Morbror prostatacancer."),
    ("Bedömning", "Fibroadenom vä bröst, benign PAD. Hereditetsbilden uppfyller inte kriterierna för genetisk utredning."),
], must_not=N, why="hedge concerns the mother's disease (family history)")

C("kardio-hereditet-far-trol-hjartinfarkt", "sk_kardio_hbg", "1975-05-08", [
    ("Hereditet", "Far dog 52 år gammal, trol. hjärtinfarkt. Bror behandlas för hyperlipidemi."),
    ("Bedömning", "Familjär hyperkolesterolemi, genetiskt verifierad, LDL 4,9 på statin. Tillägg av ezetimib."),
], must_not=N, why="'trol.' about the father's cause of death (family history)")

C("barn-hereditet-syster-misstankt-celiaki", "vg_barn_su", "2016-09-09", [
    ("Hereditet", "Syster utreds för misstänkt celiaki, mamma har hypotyreos."),
    ("Bedömning", "Förstoppning utan alarmsymtom, normal tillväxt. Movicol och toalettträning."),
], must_not=N, why="sibling's suspected diagnosis under Hereditet in a child's note")

C("neuro-hereditet-morfar-huntington-fragetecken", "sk_neuro_lund", "1969-08-05", [
    ("Hereditet", "Morfar ?Huntingtons sjukdom, avled på institution, aldrig genetiskt verifierat."),
    ("Bedömning", "Essentiell tremor, bilateral posturell. Propranolol provas."),
], must_not=N, why="question-marked disease of the grandfather (family history)")

C("lung-tidigare-ev-astma-som-barn", "sk_lung_lund", "1983-03-13", [
    ("Tidigare sjukdomar", "Ev. astma som barn, inga mediciner sedan tonåren."),
    ("Bedömning", "Långvarig hosta efter förkylning, normal spirometri och lungröntgen. Postinfektiös hosta, självläkande."),
], must_not=N, why="vague past history under Tidigare sjukdomar, not a current hypothesis")

C("neuro-tidigare-tia-fragetecken", "vg_neuro_su", "1946-10-30", [
    ("Tidigare sjukdomar", "?TIA 2018, utreddes aldrig. Hypertoni, typ 2-diabetes."),
    ("Bedömning", "Karpaltunnelsyndrom vä, neurografiskt verifierat. Remiss handkirurg."),
], must_not=N, why="question-marked past event under Tidigare sjukdomar")

C("reuma-tidigare-misstankt-reumatisk-feber", "sk_reuma_lund", "1950-12-18", [
    ("Anamnes", "Enl gamla journaler misstänkt reumatisk feber 1968, inga kända följder."),
    ("Bedömning", "Artros i båda knäna, röntgenverifierad. Inga tecken på inflammatorisk ledsjukdom."),
], must_not=N, why="past history quoted from old records (1968)")

C("psyk-tidigare-trol-postpartum-typo", "vg_psyk_kungalv", "1989-09-04", [
    ("Tidigare sjukdomar", "Trol. postpartumdepresion efter första barnet 2015, aldrig behandlad."),
    ("Bedömning", "Generaliserat ångestsyndrom, GAD-7 16. Sertralin 50 mg, KBT-remiss."),
], must_not=N, why="hedged past episode (2015) with typo 'postpartumdepresion' (typo case)")

# -- hedges inside Tidiga hypoteser (Skåne: template; VGR: sökord)
C("th-skane-mall-huntington", "sk_neuro_lund", "1979-02-17", [
    ("Bedömning", "Misstänkt debuterande Huntingtons sjukdom: koreatiska rörelser och far avliden med oklar neurologisk sjukdom. Ej framfört till pat, genetisk vägledning före ev. test."),
], must_not=TH_N, template="Tidiga hypoteser",
  why="Skåne Tidiga hypoteser template with an uncommunicated hypothesis: hidden and proper use")

C("th-skane-mall-pankreascancer-utkast", "sk_kir_hlm", "1954-11-11", [
    ("Anteckning", "Trol. pankreascancer med levermetastaser enligt DT, PAD inväntas innan besked ges."),
], must_not=TH_N, template="Tidiga hypoteser", signed=False, setting="slutenvård",
  why="Skåne Tidiga hypoteser template, 'Trol.' hypothesis awaiting PAD (draft)")

C("th-skane-mall-personlighetssyndrom", "sk_psyk_lkr", "1997-01-23", [
    ("Bedömning", "Emotionellt instabil personlighetsstörning? Bedöms för tidigt att ta upp med pat innan vi har en stabil behandlingsallians."),
], must_not=TH_N, template="Tidiga hypoteser",
  why="Skåne Tidiga hypoteser template in psychiatry, question-marked hypothesis")

C("th-skane-mall-ftd-typo", "sk_geri_tbg", "1944-06-14", [
    ("Bedömning", "Misstänkt frontotemporl demens. Inte kommunicerat: pat saknar sjukdomsinsikt och anhöriga vill ha samtal först."),
], must_not=TH_N, template="Tidiga hypoteser",
  why="Skåne Tidiga hypoteser template, typo 'frontotemporl' (typo case)")

C("th-vgr-sokord-motorneuronsjukdom", "vg_neuro_su", "1959-10-02", [
    ("Anamnes", "Remiss från VC för svaghet i hö hand sedan ett halvår."),
    ("Status", "Atrofi av thenar hö, fascikulationer i hö överarm."),
    ("Tidiga hypoteser", "Motorneuronsjukdom kan ej uteslutas, ENeG inväntas innan vi diskuterar detta med pat."),
    ("Planering", "ENeG bokad, återbesök om 3 v."),
], must_not=TH_N, why="VGR sökord Tidiga hypoteser holds the hedge; the visible sections hold none")

C("th-vgr-sokord-lymfom-utkast", "vg_med_sks", "1971-12-30", [
    ("Status", "Generaliserat förstorade lymfkörtlar på hals och i axiller, mjälte palpabel."),
    ("Tidiga hypoteser", "Susp. lymfom, nattsvettningar och viktnedgång. Exstirpation av körtel på fredag."),
], must_not=TH_N, signed=False, why="VGR sökord Tidiga hypoteser with 'Susp.' (draft)")

C("th-vgr-sokord-ms-fragetecken", "vg_ogon_su", "1996-06-26", [
    ("Bedömning", "Optikusneurit hö, behandlas med högdos kortison enligt rutin."),
    ("Tidiga hypoteser", "?MS – MR med periventrikulära lesioner, diskuteras på neurorond innan besked."),
], must_not=TH_N, why="VGR sökord Tidiga hypoteser with '?MS'; optic neuritis in Bedömning is stated plainly")

C("th-vgr-sokord-alkoholcirros", "vg_gastro_su", "1965-04-21", [
    ("Lab", "ASAT 2,4, ALAT 1,1, albumin 29, PK 1,6."),
    ("Tidiga hypoteser", "Trolig alkoholutlöst levercirros, pat förnekar konsumtion. PEth inväntas."),
    ("Planering", "Leverelastografi och ultraljud buk."),
], must_not=TH_N, why="VGR sökord Tidiga hypoteser with 'Trolig' hypothesis")

# -- the patient's own worries
C("kirurgi-pat-orolig-for-cancer", "vg_kir_alingsas", "1967-08-13", [
    ("Anamnes", "Ljusröd blödning vid avföring. Pat orolig för cancer då en väninna nyligen fått tjocktarmscancer."),
    ("Bedömning", "Hemorrojder grad II vid proktoskopi. Lugnande besked, Xyloproct och fiberrik kost."),
], must_not=N, why="the patient's own worry about cancer, not the clinician's hypothesis")

C("neuro-pat-radd-for-ms", "sk_neuro_lund", "1993-04-07", [
    ("Anamnes", "Domningar i hö hand nattetid. Pat rädd att det är MS efter att ha läst på nätet."),
    ("Bedömning", "Normalt neurologstatus i övrigt. Karpaltunnelsyndrom hö, verifierat med neurografi. Nattskena."),
], must_not=N, why="'rädd att det är MS' is the patient's fear")

C("barn-mamma-undrar-leukemi", "vg_barn_su", "2019-02-26", [
    ("Anamnes", "Mamma undrar om blåmärkena på benen kan vara leukemi."),
    ("Lab", "Hb 128, LPK 7,2, TPK 285, normal differentialräkning."),
    ("Bedömning", "Blåmärken på smalbenen som vid normal lek, normalt blodstatus. Ingen vidare utredning."),
], must_not=N, why="the parent's question; also 'differentialräkning' is a lab test, not DD")

C("gyn-pat-tror-endometrios-typo", "sk_kvinno_ystad", "2001-11-15", [
    ("Anamnes", "Smärtsamma menstruationer sedan menarche. Pat har själv läst på och tror att hon har endometrois."),
    ("Bedömning", "Gynekologiskt status och VUL utan anmärkning. Primär dysmenorré, p-piller i kontinuerlig regim och uppföljning om 3 mån."),
], must_not=N, why="the patient's own belief, typo 'endometrois' (typo case)")

# -- units and abbreviations that look like diagnoses
C("kardio-qtc-ms-fragetecken", "vg_kardio_nal", "1985-02-09", [
    ("Utredning", "EKG: sinusrytm 68/min, QTc 462 ms? Omräknat manuellt till 448 ms."),
    ("Bedömning", "Ingen QT-förlängning av betydelse, escitalopram kan fortsätta."),
], must_not=N, why="'ms?' is milliseconds on an ECG interval, not multipel skleros")

C("neuro-ms-puls-fragetecken-utkast", "sk_neuro_lund", "1986-05-31", [
    ("Aktuellt", "Känd RRMS sedan 2016 på Ocrevus. Nytt skov med synpåverkan vä öga, bekräftat med kontrastladdande lesion på MR."),
    ("Planering", "MS-puls? Solu-Medrol 1 g x3 diskuteras med bakjouren ikväll."),
], must_not=N, signed=False, why="'MS-puls?' asks about steroid treatment of confirmed MS (draft)")

C("lung-ra-rumsluft-fragetecken", "vg_lung_sks", "1951-11-25", [
    ("Status", "Sat 91 % på RA? Oklart om syrgasen var avstängd, ny mätning på RA efter 10 min: 95 %."),
    ("Bedömning", "Astma, lindrig exacerbation, god effekt av Ventoline. Hem med Giona-ökning."),
], must_not=N, why="'RA?' means rumsluft, not reumatoid artrit")

C("akut-af-andningsfrekvens-fragetecken", "sk_akut_hbg", "1939-07-01", [
    ("Status", "AF? Ej räknad vid ankomst, nu 20/min. Puls 76 regelbunden, sat 97 %."),
    ("Bedömning", "Kontusion bröstkorg efter fall, röntgen utan revbensfraktur eller pneumothorax. Alvedon och Ipren."),
], must_not=N, setting="akut", why="'AF?' means andningsfrekvens, not förmaksflimmer")

C("ortoped-dvt-profylax-fragetecken", "sk_orto_kri", "1948-08-08", [
    ("Aktuellt", "Dag 1 efter totalprotes vä knä pga gonartros, smärtlindrad."),
    ("Planering", "DVT-profylax? Fragmin 5000 E x1 s.c. i 4 veckor postoperativt, ordinerat."),
], must_not=N, setting="slutenvård", why="'DVT-profylax?' is a prophylaxis checklist item")

C("inf-hiv-test-negativt-ev-nytt-prov", "vg_inf_su", "1994-10-12", [
    ("Lab", "HIV-test negativt, ev. nytt prov om 6 veckor efter exponeringen."),
    ("Bedömning", "Post-exponeringsprofylax avslutad efter 28 dagar utan biverkningar."),
], must_not=N, why="negative HIV test; 'ev.' hedges a repeat sample")

# -- PMO (Skåne primary care): diagnoses never shown
C("pmo-vc-misstankt-hypotyreos", "sk_vc_karnan", "1977-03-29", [
    ("Bedömning", "Trötthet och frusenhet, TSH 7,8 och fT4 i nedre normalområdet. Misstänkt hypotyreos, kontroll TSH och TPO-ak om 6 veckor."),
], must_not=N, template="Besöksanteckning", why="PMO never shows diagnoses, so a hedged one cannot fire NL102")

C("pmo-vc-trol-pneumoni", "sk_vc_lars", "1953-05-17", [
    ("Status", "Temp 38,6, krepitationer hö basalt, CRP 98."),
    ("Bedömning", "Trol. pneumoni. Kåvepenin 1 g x3 i 7 dagar, åter om försämring."),
], must_not=N, template="Besöksanteckning", why="PMO vårdcentral note: hedged pneumonia is not shown")

C("pmo-bvc-astma-fragetecken", "sk_bvc_ystad", "2021-01-20", [
    ("Anteckning", "Fjärde obstruktiva episoden i vinter. ?Astma – remiss till barnläkarmottagningen."),
], must_not=N, template="BVC-läkarbesök", why="PMO BVC note with '?Astma': PMO does not show diagnoses")


# ============================================================ build/validate
def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return (10 - total % 10) % 10


def pnr(birth, serial):
    ymd = birth.replace("-", "")
    nnn = "%03d" % serial
    return "%s-%s%d" % (ymd, nnn, luhn_digit(ymd[2:] + nnn))


def default_time(i):
    month = i % 11 + 1
    day = (i * 5) % 27 + 1
    return dt.datetime(2024, month, day, 8 + i % 9, (i * 11) % 60)


def age_at(birth, when):
    b = dt.date.fromisoformat(birth)
    d = when.date()
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def build():
    out = []
    for i, c in enumerate(CASES):
        uname, hsa, system, region = UNITS[c["unit"]]
        t = dt.datetime.fromisoformat(c["time"]) if c["time"] else default_time(i)
        signed = (t + dt.timedelta(minutes=25 + (i * 7) % 70)).isoformat() if c["signed"] else None
        template = c["template"] or ("Läkaranteckning" if system == "Melior" else "Besöksanteckning")
        serial = (i * 37 + 113) % 1000 or 101
        note = {
            "id": "n1", "system": system, "template": template,
            "unit": {"name": uname, "hsa_id": hsa},
            "author": {"name": AUTHORS[i % len(AUTHORS)], "role": c["role"]},
            "time": t.isoformat(), "signed": signed, "setting": c["setting"],
            "refs": [],
            "sections": [{"keyword": k, "text": v} for k, v in c["sections"]],
        }
        record = {
            "patient": {"id": pnr(c["birth"], serial), "birth_date": c["birth"], "protected_identity": False},
            "as_of": "2024-12-31T00:00:00",
            "notes": [note], "access_events": [], "conversations": [], "treatments": [],
        }
        out.append({
            "case": c["name"], "ruleset": region, "record": record,
            "must": [[code, "n1"] for code in c["must"]],
            "must_not": [[code, "n1"] for code in c["must_not"]],
            "why": c["why"],
        })
    return out


SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def validate(cases):
    errors = []
    names = set()
    seen = {}
    case_keys = {"case", "ruleset", "record", "must", "must_not", "why"}
    rec_keys = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
    note_keys = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
    for c in cases:
        n = c["case"]
        if set(c) != case_keys:
            errors.append("%s: case keys %s" % (n, sorted(c)))
        if n in names:
            errors.append("%s: duplicate case name" % n)
        names.add(n)
        if c["ruleset"] not in ("skane", "vgr"):
            errors.append("%s: ruleset" % n)
        if not c["why"]:
            errors.append("%s: empty why" % n)
        r = c["record"]
        if set(r) != rec_keys:
            errors.append("%s: record keys" % n)
        p = r["patient"]
        pid, bd = p["id"], p["birth_date"]
        if not re.fullmatch(r"\d{8}-\d{4}", pid) or pid[:8] != bd.replace("-", ""):
            errors.append("%s: personnummer/birth_date mismatch" % n)
        elif luhn_digit(pid[2:8] + pid[9:12]) != int(pid[12]):
            errors.append("%s: Luhn" % n)
        if not r["as_of"].startswith("2024-"):
            errors.append("%s: as_of not 2024" % n)
        ids = set()
        for note in r["notes"]:
            if set(note) != note_keys:
                errors.append("%s: note keys" % n)
            ids.add(note["id"])
            t = dt.datetime.fromisoformat(note["time"])
            if t.year != 2024:
                errors.append("%s: note time not 2024" % n)
            if note["signed"] is not None:
                s = dt.datetime.fromisoformat(note["signed"])
                if s.year != 2024 or s < t:
                    errors.append("%s: signed" % n)
            if dt.date.fromisoformat(bd) > t.date():
                errors.append("%s: born after note" % n)
            age = age_at(bd, t)
            if 13 <= age <= 15:
                errors.append("%s: patient aged %d (13-15 not allowed)" % (n, age))
            if c["ruleset"] == "vgr" and note["system"] != "Melior":
                errors.append("%s: VGR case must be Melior" % n)
            region_of_unit = "vgr" if note["unit"]["hsa_id"].startswith("SE2321000131") else "skane"
            if region_of_unit != c["ruleset"]:
                errors.append("%s: unit region mismatch" % n)
            for sec in note["sections"]:
                if set(sec) != {"keyword", "text"} or not sec["text"].strip():
                    errors.append("%s: section" % n)
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen and seen[sent] != n:
                            errors.append("%s: sentence reused from %s: %r" % (n, seen[sent], sent))
                        elif sent in seen:
                            errors.append("%s: sentence repeated: %r" % (n, sent))
                        seen[sent] = n
        must_codes = {code for code, _ in c["must"]}
        not_codes = {code for code, _ in c["must_not"]}
        if must_codes & not_codes:
            errors.append("%s: code in both must and must_not" % n)
        if not (must_codes or not_codes):
            errors.append("%s: asserts nothing" % n)
        for code, target in c["must"] + c["must_not"]:
            if target not in ids:
                errors.append("%s: target %s missing" % (n, target))
            if not re.fullmatch(r"NL\d{3}", code):
                errors.append("%s: bad code %s" % (n, code))
        systems = {note["system"] for note in r["notes"]}
        if NL102 in must_codes and systems != {"Melior"}:
            errors.append("%s: NL102 must only on Melior" % n)
        if NL102 in must_codes and any(note["template"] == "Tidiga hypoteser" for note in r["notes"]):
            errors.append("%s: NL102 must on a Tidiga hypoteser template" % n)
    return errors


def main():
    cases = build()
    errors = validate(cases)
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n")
    counts = {}
    for c in cases:
        for code, _ in c["must"]:
            counts.setdefault(code, [0, 0])[0] += 1
        for code, _ in c["must_not"]:
            counts.setdefault(code, [0, 0])[1] += 1
    by_rs = {}
    for c in cases:
        by_rs[c["ruleset"]] = by_rs.get(c["ruleset"], 0) + 1
    drafts = sum(1 for c in cases if c["record"]["notes"][0]["signed"] is None)
    print("%d cases -> %s" % (len(cases), os.path.basename(OUT)))
    print("rulesets:", by_rs, "drafts:", drafts)
    for code in sorted(counts):
        print("  %s must=%d must_not=%d" % (code, counts[code][0], counts[code][1]))
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
