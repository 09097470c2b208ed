#!/usr/bin/env python3
"""Gold cases nl1ac: NL102 in depth (hedge forms) and NL101. Dependency-free, deterministic."""
import json, re, sys, os
from datetime import date, datetime, timedelta

NAME = "nl1ac_dev_cases"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, NAME + ".jsonl")
AS_OF = "2024-12-31T00:00:00"

# unit key -> (name, hsa_id, region, system, setting)
U = {
 "s_akut":  ("Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4101", "skane", "Melior", "akut"),
 "s_akut2": ("Akutmottagningen, Helsingborgs lasarett", "SE2321000255-4102", "skane", "Melior", "akut"),
 "s_med":   ("Medicinkliniken avd 4, Centralsjukhuset Kristianstad", "SE2321000255-4103", "skane", "Melior", "slutenvård"),
 "s_ort":   ("Ortopedmottagningen, Helsingborgs lasarett", "SE2321000255-4104", "skane", "Melior", "öppenvård"),
 "s_rtg":   ("Bild och funktion, Skånes universitetssjukhus Lund", "SE2321000255-4105", "skane", "Melior", "öppenvård"),
 "s_pat":   ("Klinisk patologi, Labmedicin Skåne, Lund", "SE2321000255-4106", "skane", "Melior", "öppenvård"),
 "s_kir":   ("Kirurgiska kliniken, Ystads lasarett", "SE2321000255-4107", "skane", "Melior", "slutenvård"),
 "s_barn":  ("Barn- och ungdomsmedicinska mottagningen, SUS Lund", "SE2321000255-4108", "skane", "Melior", "öppenvård"),
 "s_kvinn": ("Kvinnokliniken, Skånes universitetssjukhus Malmö", "SE2321000255-4109", "skane", "Melior", "öppenvård"),
 "s_hud":   ("Hudmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4110", "skane", "Melior", "öppenvård"),
 "s_neuro": ("Neurologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4111", "skane", "Melior", "öppenvård"),
 "s_lung":  ("Lung- och allergimottagningen, SUS Lund", "SE2321000255-4112", "skane", "Melior", "öppenvård"),
 "s_onk":   ("Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-4113", "skane", "Melior", "öppenvård"),
 "s_psyk":  ("Allmänpsykiatrisk mottagning Helsingborg", "SE2321000255-4114", "skane", "Melior", "öppenvård"),
 "s_onh":   ("Öron-, näs- och halsmottagningen, Hässleholms sjukhus", "SE2321000255-4115", "skane", "Melior", "öppenvård"),
 "s_uro":   ("Urologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-4116", "skane", "Melior", "öppenvård"),
 "s_vc":    ("Vårdcentralen Sorgenfri, Malmö", "SE2321000255-5201", "skane", "PMO", "öppenvård"),
 "s_vc2":   ("Hälsan Vårdcentral Hörby", "SE2321000255-5202", "skane", "PMO", "öppenvård"),
 "s_bvc":   ("BVC Linero, Lund", "SE2321000255-5203", "skane", "PMO", "öppenvård"),
 "s_um":    ("Ungdomsmottagningen Landskrona", "SE2321000255-5204", "skane", "PMO", "öppenvård"),
 "s_hsv":   ("Hemsjukvården Trelleborg", "SE2321000255-5205", "skane", "PMO", "hemsjukvård"),
 "v_akut":  ("Akutmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-6301", "vgr", "Melior", "akut"),
 "v_akut2": ("Akutmottagningen, NU-sjukvården Uddevalla", "SE2321000131-6302", "vgr", "Melior", "akut"),
 "v_med":   ("Medicinavdelning 32, Södra Älvsborgs Sjukhus Borås", "SE2321000131-6303", "vgr", "Melior", "slutenvård"),
 "v_ort":   ("Ortopedmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-6304", "vgr", "Melior", "öppenvård"),
 "v_rtg":   ("Radiologi, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-6305", "vgr", "Melior", "öppenvård"),
 "v_pat":   ("Klinisk patologi, Sahlgrenska Universitetssjukhuset", "SE2321000131-6306", "vgr", "Melior", "öppenvård"),
 "v_kir":   ("Kirurgmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-6307", "vgr", "Melior", "öppenvård"),
 "v_barn":  ("Akutmottagningen, Drottning Silvias barnsjukhus", "SE2321000131-6308", "vgr", "Melior", "akut"),
 "v_hud":   ("Hudmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-6309", "vgr", "Melior", "öppenvård"),
 "v_neuro": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-6310", "vgr", "Melior", "öppenvård"),
 "v_kvinn": ("Kvinnosjukvården, Alingsås lasarett", "SE2321000131-6311", "vgr", "Melior", "öppenvård"),
 "v_ger":   ("Geriatriska avdelningen, Kungälvs sjukhus", "SE2321000131-6312", "vgr", "Melior", "slutenvård"),
 "v_lung":  ("Lungmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-6313", "vgr", "Melior", "öppenvård"),
 "v_inf":   ("Infektionskliniken, Östra sjukhuset", "SE2321000131-6314", "vgr", "Melior", "slutenvård"),
 "v_kard":  ("Kardiologavdelningen, Skaraborgs Sjukhus Skövde", "SE2321000131-6315", "vgr", "Melior", "slutenvård"),
 "v_psyk":  ("Psykiatrisk öppenvårdsmottagning, Mölndal", "SE2321000131-6316", "vgr", "Melior", "öppenvård"),
 "v_onk":   ("Jubileumskliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-6317", "vgr", "Melior", "öppenvård"),
 "v_uro":   ("Urologmottagningen, NU-sjukvården Trollhättan", "SE2321000131-6318", "vgr", "Melior", "öppenvård"),
}
CHILD_UNITS = {"s_barn", "s_bvc", "v_barn"}

AUTHORS = ["Karin Lindqvist", "Ahmed Hassan", "Per-Olof Nilsson", "Sofia Bergström", "Jonas Ek",
           "Maria Johansson", "Leila Karimi", "Erik Svensson", "Anna-Lena Holm", "Tomasz Nowak",
           "Ingrid Persson", "Mikael Åberg", "Fatima Al-Sayed", "Björn Håkansson", "Elin Sjöberg",
           "Gustav Lind", "Hanna Öberg", "Nils Engström", "Rebecka Dahl", "Olof Wikström"]
ADULT_BIRTHS = ["1948-03-14", "1957-11-02", "1962-07-21", "1971-01-30", "1983-09-09", "1990-05-17",
                "1999-12-03", "1939-06-25", "1966-10-11", "1978-02-08", "2005-04-19", "1953-08-27",
                "1986-03-05", "1944-12-12", "1995-07-07"]
CHILD_BIRTHS = ["2014-02-11", "2017-06-23", "2020-09-30", "2023-03-15", "2012-12-24", "2016-08-08"]

CASES = []

def c(name, unit, secs, must=(), must_not=(), why="", tpl=None, role="läkare", draft=False, birth=None):
    CASES.append(dict(name=name, unit=unit, secs=secs, must=list(must), must_not=list(must_not),
                      why=why, tpl=tpl, role=role, draft=draft, birth=birth))

P2, N2, P1, N1 = "NL102", "NL102", "NL101", "NL101"

# ======================================================================
# NL102 positives: hedged diagnoses in visible sections of Melior notes
# ======================================================================
c("akut-misstankt-appendicit", "s_akut",
  [("Aktuellt", "Buksmärta sedan igår kväll, vandrat ner till hö fossa. Illamående, ej kräkts."),
   ("Status", "Buk: ömhet McBurney, släppömhet. Temp 38,1."),
   ("Bedömning", "Misstänkt appendicit. Kir-kons beställd, fastande.")],
  [P2], [N1], "misstänkt + diagnosis in Bedömning of a Melior note")
c("rtg-forenligt-med-pneumoni", "v_rtg",
  [("Frågeställning", "Feber och hosta sedan en vecka."),
   ("Utlåtande", "Lungröntgen front och sida. Förtätning basalt i hö underlob, förenlig med pneumoni. Ingen pleuravätska.")],
  [P2], [N1], "radiologist's 'förenlig med pneumoni' is an uncertain diagnosis", tpl="Röntgensvar")
c("akut-trol-njursten-dd-pyelonefrit", "v_akut",
  [("Bedömning", "Trol. njurstensanfall vä. DD pyelonefrit. U-sticka blod 3+, nitrit neg."),
   ("Åtgärd", "Voltaren 50 mg iv, DT-urografi i morgon bitti.")],
  [P2], [], "trol. + DD in the same assessment")
c("med-sannolik-hjartsvikt-hfpef", "s_med",
  [("Bedömning", "Sannolik hjärtsvikt med bevarad EF (HFpEF). NT-proBNP 2400, bensvullnad bilat."),
   ("Planering", "Eko beställt, Furix 40 mg x 1.")],
  [P2], [N1], "sannolik + acronym diagnosis")
c("neuro-mojlig-ms-mr-bestalld", "s_neuro",
  [("Anamnes", "Domningar vä ben i tre veckor, tidigare synnedsättning hö öga 2022 som gick över."),
   ("Bedömning", "Möjlig MS. MR hjärna och rygg med kontrast beställd, LP därefter.")],
  [P2], [N1], "möjlig + MS")
c("ort-ev-scaphoideumfraktur", "v_ort",
  [("Status", "Ömhet i tabatièren vä, axial kompression smärtsam. Rtg utan synlig frakturlinje."),
   ("Bedömning", "Ev. scaphoideumfraktur. Skafoidgips, ny rtg om 10–14 dagar.")],
  [P2], [], "ev. + fracture as occult diagnosis")
c("akut-le-kan-ej-uteslutas-efter", "s_akut2",
  [("Bedömning", "Takykard 112, sat 91 %, nyligen flugit från Thailand. Lungemboli kan ej uteslutas, DT-angio beställs."),
   ("Åtgärd", "Fragmin 15 000 E sc i väntan på DT.")],
  [P2], [N1], "'kan ej uteslutas' placed after the diagnosis")
c("lung-kan-inte-uteslutas-fore-sarkoidos", "v_lung",
  [("Bedömning", "Bilaterala hilusförstoringar på DT. Kan inte uteslutas sarkoidos; lymfom mindre troligt. Remiss till bronkoskopi med EBUS.")],
  [P2], [], "'kan inte uteslutas' placed before the diagnosis")
c("rtg-talar-for-kolecystit", "s_rtg",
  [("Utlåtande", "UL buk: Gallblåsan väggförtjockad 6 mm med perikolecystisk vätska och flera konkrement. Fynden talar för akut kolecystit. Gallgångar ej vidgade.")],
  [P2], [], "radiologist 'talar för' + diagnosis", tpl="Röntgensvar")
c("neuro-bild-av-bells-pares", "v_neuro",
  [("Status", "Perifer facialispares hö, kan ej rynka pannan. Öron ua, inga blåsor."),
   ("Bedömning", "Bild av Bells pares, men borrelia får uteslutas med serologi. Prednisolon insatt.")],
  [P2], [], "'bild av' + eponym diagnosis with borrelia still open")
c("rtg-inger-misstanke-om-lungcancer", "s_rtg",
  [("Utlåtande", "DT thorax: 24 mm spikulerad förändring i vä ovanlob som inger misstanke om lungcancer. Förstorad lymfkörtel station 4L. Föreslår PET-DT.")],
  [P2], [], "'inger misstanke om' + diagnosis", tpl="Röntgensvar")
c("med-diffdiagnoser-tietze-perikardit", "s_med",
  [("Bedömning", "Bröstsmärta oklar genes, troponin neg x2, EKG ua. Diff.diagnoser: perikardit, Tietzes syndrom."),
   ("Planering", "Eko polikliniskt, NSAID vb.")],
  [P2], [], "'Diff.diagnoser:' list with eponym")
c("med-fs-dvt-ultraljud", "v_med",
  [("Aktuellt", "Svullnad vä vad sedan 3 dagar, opererad i höften för 2 v sedan."),
   ("Planering", "F.s. DVT vä ben. Ultraljud venöst bokat i morgon, Innohep i väntan.")],
  [P2], [N1], "f.s. (frågeställning) + acronym DVT")
c("akut-fragetecken-fore-commotio", "s_akut",
  [("Aktuellt", "Cyklat omkull utan hjälm, minns ej själva fallet. Kräkts en gång."),
   ("Bedömning", "?Commotio cerebri. DT hjärna utan blödning. Inlägges för obs 24 h.")],
  [P2], [], "'?X' prefix question mark with Latin diagnosis")
c("med-pneumoni-fragetecken-efter", "v_med",
  [("Bedömning", "Pneumoni? CRP 140, krepitationer basalt vä, sat 93 %. Lungröntgen tagen, svar inväntas."),
   ("Åtgärd", "Odlingar tagna, bensyl-pc 3 g x 3 insatt.")],
  [P2], [N1], "'X?' question mark after the diagnosis")
c("akut-forsta-hand-andra-hand", "s_akut2",
  [("Bedömning", "I första hand gastroenterit, i andra hand tidig appendicit. Omvärdering om 6 timmar, ej hem innan dess.")],
  [P2], [], "'i första hand … i andra hand' differential")
c("neuro-kan-rora-sig-om-migran", "v_neuro",
  [("Bedömning", "Flimmerskotom följt av halvsidig huvudvärk, helt återställd. Kan röra sig om migrän med aura, men TIA bör övervägas vid 56 års ålder.")],
  [P2], [], "'kan röra sig om' + TIA to be considered", birth="1968-03-03")
c("med-utreds-for-myelom-kahler", "s_med",
  [("Bedömning", "Pat utreds för misstänkt myelom (Mb Kahler) – M-komponent IgG 28 g/l, Hb 98, kalcium förhöjt."),
   ("Planering", "Benmärgsprov, helkropps-DT, remiss hematologen.")],
  [P2], [], "'utreds för' + eponym form Mb Kahler")
c("lung-bor-utredas-for-somnapne", "v_lung",
  [("Aktuellt", "Snarkar, andningsuppehåll enligt sambon, somnar vid rödljus."),
   ("Bedömning", "Bör utredas för obstruktiv sömnapné (OSAS). Remiss polygrafi. Avrådes från bilkörning tills vidare.")],
  [P2], [], "'bör utredas för' + OSAS")
c("med-inte-osannolikt-pmr", "s_med",
  [("Bedömning", "Stelhet i skuldror och höfter på morgonen, SR 64. Inte osannolikt att det rör sig om polymyalgia reumatika. Prövar Prednisolon 15 mg.")],
  [P2], [], "'inte osannolikt' (double negation = likely)")
c("hud-tveksamt-erysipelas", "v_hud",
  [("Status", "Rodnad bilat underben, ej värmeökad, ingen feber."),
   ("Bedömning", "Tveksamt erysipelas – kan lika gärna vara stasdermatit. Avvaktar antibiotika, kompression.")],
  [P2], [], "'tveksamt' + Latin diagnosis")
c("rtg-suspekt-malign-brost", "s_rtg",
  [("Utlåtande", "Mammografi och UL: 14 mm oregelbunden förändring kl 10 hö bröst, suspekt malign, BI-RADS 4. Mellannålsbiopsi rekommenderas.")],
  [P2], [], "'suspekt malign' in mammography report", tpl="Röntgensvar")
c("barn-kanske-astma", "v_barn",
  [("Aktuellt", "5-åring med tredje episoden pip i bröstet i vinter, hostar nattetid."),
   ("Bedömning", "Kanske astma. Provar Flutide 50 mcg 1x2 via spacer i 8 v, uppföljning BUM.")],
  [P2], [N1], "'kanske' + diagnosis in a child's note", birth="2019-05-02")
c("akut-typo-missankt-dvt", "s_akut",
  [("Bedömning", "Missänkt DVT hö vad, Wells 3. D-dimer 2,1. UL venöst i morgon, Fragmin under tiden.")],
  [P2], [], "typo in the hedge: 'Missänkt'")
c("kir-typo-trol-apendicit", "v_kir",
  [("Bedömning", "Trol. apendicit, Alvarado 8. Anmäld till op ikväll.")],
  [P2], [N1], "typo in the diagnosis: 'apendicit'", tpl="Akutanteckning")
c("med-typo-sannolkit-erysipelsa", "s_med",
  [("Bedömning", "Sannolkit erysipelsa hö underben med ingångsport mellan tårna. Kåvepenin 1 g x 3 i 10 d.")],
  [P2], [], "typos in both hedge and diagnosis: 'Sannolkit erysipelsa'")
c("onh-typo-mojlgen-meniere", "s_onh",
  [("Bedömning", "Återkommande yrselattacker med tinnitus och lockkänsla vä öra, audiogram med lågfrekvent nedsättning. Möjlgen Ménières sjukdom."),
   ("Planering", "Betahistin, yrseldagbok, åter om 3 mån.")],
  [P2], [], "typo in hedge 'Möjlgen' + accented eponym")
c("med-misstanke-om-mb-horton", "v_med",
  [("Bedömning", "Tinningshuvudvärk, käkclaudicatio, SR 98. Misstanke om Mb Horton (temporalisarterit). Prednisolon 60 mg insatt direkt, temporalisbiopsi inom en vecka.")],
  [P2], [], "'misstanke om' + eponym 'Mb Horton'")
c("neuro-trolig-gbs", "s_neuro",
  [("Bedömning", "Ascenderande svaghet i benen sedan 5 dagar, areflexi. Trolig GBS efter gastroenterit för tre veckor sedan. LP och neurografi idag."),
   ("Åtgärd", "Inlägges, vitalkapacitet x 4.")],
  [P2], [], "trolig + eponym acronym GBS (Guillain-Barré)", tpl="Inskrivningsanteckning")
c("kir-misstankt-ulcus-latin", "s_kir",
  [("Bedömning", "Epigastriell smärta, melena igår, Hb 96. Misstänkt ulcus ventriculi, alt. duodeni. Gastroskopi imorgon, PPI iv.")],
  [P2], [], "Latin diagnosis with misstänkt")
c("akut-ssk-trol-lunginflammation-lekord", "v_akut2",
  [("Kontaktorsak", "Hosta och feber 39,2 sedan fyra dagar."),
   ("Bedömning", "Trol. lunginflammation enl. jourhavande läkare, pat placeras på rum 6 i väntan på lungröntgen.")],
  [P2], [], "lay word 'lunginflammation' in a nurse's triage note", tpl="Omvårdnadsanteckning", role="sjuksköterska")
c("med-pneumonimisstanke-sammansattning", "s_med",
  [("Bedömning", "Pneumonimisstanke hos 84-åring med akut förvirring. Lungröntgen beställd, blododlingar x 2.")],
  [P2], [], "compound 'pneumonimisstanke'", birth="1940-01-20")
c("kir-cancermisstanke-svf", "v_kir",
  [("Bedömning", "Järnbristanemi och blod i avföringen hos 67-åring. SVF-remiss skickad pga cancermisstanke i kolon.")],
  [P2], [], "compound 'cancermisstanke' with organ", birth="1957-01-22")
c("akut-fragetecken-tia", "s_akut2",
  [("Bedömning", "?TIA – övergående afasi 20 min, nu helt återställd. ABCD2 4 p."),
   ("Åtgärd", "ASA 320 mg + Klopidogrel, halskärlsdoppler.")],
  [P2], [], "'?TIA' abbreviation")
c("lung-sannol-kol-exacerbation", "s_lung",
  [("Bedömning", "Sannol. KOL-exacerbation utlöst av viros, ökad mängd gulgrönt sputum."),
   ("Åtgärd", "Prednisolon 30 mg x 5 d, Doxyferm.")],
  [P2], [], "abbreviated 'Sannol.' + KOL")
c("pat-forenliga-med-crohn", "s_pat",
  [("PAD", "Biopsier terminala ileum: kronisk aktiv inflammation med icke-kaseös granulom. Fynden förenliga med Crohns sjukdom, korrelera kliniskt.")],
  [P2], [], "pathologist 'förenliga med' + eponym", tpl="PAD-svar")
c("pat-misstankt-adenocarcinom-ihk", "v_pat",
  [("PAD", "Endometriebiopsi: atypiska körtelstrukturer, misstänkt adenocarcinom. Kompletterande immunhistokemi pågår, slutsvar följer.")],
  [P2], [], "pathologist preliminary 'misstänkt' pending IHC", tpl="PAD-svar")
c("akut-lang-not-bedomning-talar-i-forsta-hand", "s_akut",
  [("Kontaktorsak", "Yrsel och kräkningar sedan morgonen."),
   ("Anamnes", "72-årig man, hypertoni, DM2 på Metformin. Vaknade 06 med rotatorisk yrsel, kan ej gå utan stöd, kräkts x 4. Ingen huvudvärk, inga dubbelbilder, inga pareser enligt pat. Röker 10 cig/d."),
   ("Status", "AT: påverkad av illamående. Cor: RR, inga blåsljud. BT 178/96. Neuro: horisontell nystagmus åt vä, negativt head impulse test, skew deviation? svårbedömt. Kan inte stå med fötterna ihop. Fingertopp-näs ua."),
   ("Bedömning", "HINTS talar i första hand för central genes – cerebellär infarkt – snarare än neuronit. DT-angio och MR."),
   ("Åtgärd", "Inlägges strokeenhet, Primperan iv, fastande.")],
  [P2], [N1], "long note; hedge 'talar i första hand för' appears only in Bedömning", tpl="Akutanteckning", birth="1952-02-14")
c("hud-debuterande-baltros-fragetecken", "v_hud",
  [("Bedömning", "Debuterande bältros? Bandformad brännande smärta Th6 hö sedan 2 d, ännu inga blåsor. Valaciklovir utskrivet att starta vid utslag.")],
  [P2], [], "lay word 'bältros' followed by question mark")
c("akut-diagnos-sokord-misstankt-sepsis", "v_akut",
  [("Diagnos", "Misstänkt sepsis med urinvägsfokus."),
   ("Åtgärd", "Blododlingar x 2, Cefotaxim 2 g iv, 2 liter Ringer.")],
  [P2], [], "hedged diagnosis under the visible sökord Diagnos")
c("barn-ort-perthes-kan-ej-uteslutas", "s_barn",
  [("Aktuellt", "7-årig pojke som haltar sedan 3 veckor, ont i knät."),
   ("Bedömning", "Mb Perthes kan ej uteslutas, rtg höfter med Lauenstein beställt. Coxitis simplex mer sannolikt.")],
  [P2], [], "child: 'kan ej uteslutas' after eponym Perthes; knee pain from hip", birth="2017-03-10")
c("ort-osgood-trol-efterstallt", "v_ort",
  [("Bedömning", "Ömhet över tuberositas tibiae bilat hos 12-åring som spelar fotboll. Osgood-Schlatter trol. Avlastning, ingen rtg behövs.")],
  [P2], [], "hedge abbreviation placed after the eponym", birth="2012-04-04")
c("psyk-misstankt-bipolar-dd-eips", "s_psyk",
  [("Bedömning", "Misstänkt bipolär sjukdom typ II, DD emotionellt instabil personlighetsstörning. Stämningsdagbok, strukturerad intervju (SCID) vid nästa besök.")],
  [P2], [], "psychiatry: misstänkt + DD")
c("neuro-kanske-parkinson-fragetecken", "s_neuro",
  [("Bedömning", "Vilotremor hö hand, lätt rigiditet, minskad armpendling. Kanske begynnande Parkinsons sjukdom? DaTSCAN beställd.")],
  [P2], [], "'kanske' + '?' with eponym", draft=True)
c("rtg-typo-fornligt-med-pneumothorax", "s_rtg",
  [("Utlåtande", "Lungrtg: Pleuralinje vä apikalt med avsaknad av lungteckning lateralt om denna, förnligt med spontan pneumothorax vä ca 2 cm.")],
  [P2], [], "typo 'förnligt med' in a radiology report", tpl="Röntgensvar")
c("akut-typo-misstakt-lungembolie", "v_akut2",
  [("Bedömning", "Misstäkt lungembolie, dyspné och pleuritsmärta efter långflygning. DT-angio beställd.")],
  [P2], [], "typos 'Misstäkt lungembolie'")
c("hud-susp-melanom", "s_hud",
  [("Status", "Asymmetrisk pigmenterad lesion 9 mm vä skuldra, oregelbunden kant, två färger."),
   ("Bedömning", "Susp. malignt melanom. Excision med 2 mm marginal bokad.")],
  [P2], [], "abbreviation 'Susp.'")
c("kvinn-vgr-trol-extrauterin", "v_kvinn",
  [("Bedömning", "hCG 1800, ingen intrauterin graviditet vid VUL, ömhet vä adnex. Trol. X.U. Laparoskopi akut.")],
  [P2], [], "clinical acronym X.U. (extrauterin graviditet) with trol.")
c("inf-ingen-neg-men-misstankt-borrelia", "v_inf",
  [("Bedömning", "Ingen feber. Misstänkt neuroborrelios med facialispares och lymfocytärt likvor. Ceftriaxon iv i väntan på antikroppsindex.")],
  [P2], [], "unrelated negation 'Ingen feber' must not mask the hedged diagnosis")
c("rtg-tveksam-fissur-fraktur-kan-foreligga", "v_rtg",
  [("Utlåtande", "Rtg vä fotled: Tveksam fissur i laterala malleolen, fraktur kan föreligga. Kompletterande snedbild rekommenderas.")],
  [P2], [], "'fraktur kan föreligga' with 'tveksam' in radiology", tpl="Röntgensvar")

# ======================================================================
# NL102 negatives: near misses
# ======================================================================
# negations
c("akut-ingen-pneumoni-rtg", "v_akut",
  [("Bedömning", "Hosta i 2 veckor efter förkylning. Lungröntgen: ingen pneumoni. Afebril, sat 98 %."),
   ("Åtgärd", "Hem, åter vb.")],
  [], [N2], "negated diagnosis 'ingen pneumoni'")
c("kir-ej-tecken-pa-dvt", "s_kir",
  [("Bedömning", "Postop dag 3, svullet vä ben. UL venöst: ej tecken på DVT. Fortsatt Fragmin profylax.")],
  [], [N2], "'ej tecken på DVT'")
c("barn-utan-tecken-pa-meningit", "v_barn",
  [("Status", "Pigg, lekfull, nackböj fri, ingen petekier."),
   ("Bedömning", "Feber sedan igår utan tecken på meningit. Snuva, röda trumhinnor bilat utan buktning. Hem med febernedsättande.")],
  [], [N2], "'utan tecken på meningit'")
c("pat-inga-hallpunkter-malignitet", "s_pat",
  [("PAD", "Polyp sigmoideum: tubulärt adenom med låggradig dysplasi, radikalt avlägsnat. Inga hållpunkter för malignitet.")],
  [], [N2], "'inga hållpunkter för malignitet' from pathologist", tpl="PAD-svar")
c("ort-ingen-misstanke-om-fraktur", "v_ort",
  [("Bedömning", "Stukat hö fotled, kan belasta, ingen ömhet över malleolerna enligt Ottawa. Ingen misstanke om fraktur, rtg ej indicerat.")],
  [], [N2], "'ingen misstanke om fraktur'")
c("akut-typo-ingen-missanke-appendicit", "s_akut",
  [("Bedömning", "Mjuk buk, ej släppöm, CRP 4. Ingen missanke om appendicit. Förstoppning, Movicol."),
   ("Åtgärd", "Hemgång.")],
  [], [N2], "typo in negation 'Ingen missanke om'")
c("akut-typo-inga-halpunkter-le", "v_akut2",
  [("Bedömning", "Pleuritsmärta efter träning. Wells 0, D-dimer <0,3. Inga hålpunkter för LE. Muskulär smärta.")],
  [], [N2], "typo 'hålpunkter' in negation")
c("akut-ej-misstankt-tia-hypoglykemi", "s_akut2",
  [("Bedömning", "Övergående talsvårighet hos insulinbehandlad diabetiker, P-glukos 2,1 vid ambulansens ankomst, symtomfri efter glukos. Ej misstänkt TIA.")],
  [], [N2], "'ej misstänkt' negates the hedge word itself")
c("rtg-ingen-ileusbild", "v_rtg",
  [("Utlåtande", "Buköversikt: Normal gasfördelning, ingen ileusbild. Ingen fri gas under diafragma.")],
  [], [N2], "negated compound 'ingen ileusbild'", tpl="Röntgensvar")
c("rtg-aortadissektion-kan-uteslutas", "s_rtg",
  [("Utlåtande", "DT-angio aorta: Normal vidd, ingen intimaflik. Aortadissektion kan uteslutas.")],
  [], [N2], "'kan uteslutas' (without ej) is an exclusion", tpl="Röntgensvar")
c("med-negativ-lista-inga-tecken", "v_med",
  [("Status", "Cor: RR utan blåsljud. Pulm: vesikulärt bilat. Buk: mjuk. Ben: inga ödem, inga tecken på DVT."),
   ("Bedömning", "Uttalad trötthet, Hb 142, TSH ua. Ingen anemi, ingen hypotyreos.")],
  [], [N2], "several negated diagnoses in status and assessment")
# ruled out later in the note
c("kir-misstankt-appendicit-avskriven", "s_kir",
  [("Aktuellt", "Inkom igår med misstänkt appendicit."),
   ("Bedömning", "DT visar normal appendix och ingen fri vätska, appendicit uteslutes. Smärtan klingar av. Hem idag.")],
  [], [N2], "suspicion at admission ruled out later in the same note", tpl="Utskrivningsanteckning")
c("akut-le-avskriven-efter-dt", "v_akut",
  [("Bedömning", "Initialt misstanke om LE pga takykardi och förhöjt D-dimer, men DT-angio utan embolier. LE därmed avskriven. Hem med uppföljning på vårdcentral.")],
  [], [N2], "'misstanke om LE' later dismissed ('avskriven') in the same assessment")
c("med-celiaki-tidigare-misstankt-uteslutet", "s_med",
  [("Bedömning", "Remitterad pga misstänkt celiaki. Transglutaminas-ak negativa och duodenalbiopsi normal; celiaki är därmed uteslutet. Fortsatt normal kost.")],
  [], [N2], "misstänkt celiaki ruled out by tests in the same note")
c("ort-fs-fraktur-besvarad-negativ", "v_ort",
  [("Frågeställning", "Fraktur hö höft?"),
   ("Bedömning", "Rtg och DT höft visar ingen fraktur, collumfraktur utesluten. Kontusion, mobiliseras med rollator.")],
  [], [N2], "question in f.s. answered negatively in the same note")
# confirmed diagnoses
c("pat-basalcellscancer-bekraftad", "s_pat",
  [("PAD", "Hudexcisat vä kind: basalcellscancer, nodulär typ, radikalt exciderad med 3 mm marginal.")],
  [], [N2], "confirmed PAD diagnosis", tpl="PAD-svar")
c("ort-colles-fraktur-trol-hemgang", "s_ort",
  [("Bedömning", "Rtg: distal radiusfraktur vä (Colles) med dorsal felställning, reponerad i hematomblockad, godtagbart läge efter gips."),
   ("Planering", "Trol. hemgång ikväll. Rtg-kontroll om 1 vecka.")],
  [], [N2], "confirmed eponym fracture; the only hedge concerns discharge")
c("hud-erysipelas-diagnos", "v_hud",
  [("Diagnos", "Erysipelas vä underben (A46.9)."),
   ("Åtgärd", "Kåvepenin 1 g x 3 i 10 dagar, högläge.")],
  [], [N2], "confirmed diagnosis under sökord Diagnos")
c("kard-verifierad-stemi", "v_kard",
  [("Bedömning", "Verifierad inferior STEMI, PCI med stent mot RCA utförd kl 03.40. Okomplicerat förlopp."),
   ("Planering", "Trombyl, Brilique i 12 mån, hjärtrehab.")],
  [], [N2], "confirmed STEMI")
c("med-nydiagnostiserad-dm2", "s_med",
  [("Bedömning", "Nydiagnostiserad diabetes mellitus typ 2, HbA1c 72 och fP-glukos 11,4 vid två tillfällen. Metformin insatt, diabetessköterska.")],
  [], [N2], "confirmed new DM2")
c("inf-bekraftad-lyme-artrit", "v_inf",
  [("Bedömning", "Lyme-artrit i hö knä, bekräftad med positiv borreliaserologi (IgG) och ledvätska utan kristaller. Doxycyklin 4 veckor.")],
  [], [N2], "confirmed eponym Lyme")
# family history
c("hereditet-mor-trol-alzheimer", "s_neuro",
  [("Hereditet", "Mor hade trol. Alzheimer från 70 års ålder, far avled i hjärtinfarkt 64 år."),
   ("Aktuellt", "Remiss från vc pga glömska. MMSE 29/30 idag."),
   ("Bedömning", "Normal kognitiv testning, subjektiv minnesstörning. Åter vb.")],
  [], [N2], "hedged diagnosis in mother's history under Hereditet")
c("hereditet-syster-utreds-ms", "v_neuro",
  [("Hereditet", "Syster utreds för MS, farmor hade möjligen epilepsi."),
   ("Bedömning", "Spänningshuvudvärk, normalt neurologstatus. Ingen vidare utredning.")],
  [], [N2], "'utreds för' and 'möjligen' about relatives")
c("anamnes-arftlighet-fasters-ovarialcancer", "s_kvinn",
  [("Anamnes", "Ärftlighet: pappans syster hade möjligen ovarialcancer, oklart. Mormor bröstcancer vid 45 års ålder."),
   ("Bedömning", "Remiss till onkogenetisk mottagning för riskbedömning.")],
  [], [N2], "inline family history in Anamnes with 'möjligen'")
c("hereditet-ev-marfan-morbror", "v_kard",
  [("Hereditet", "Ev. Marfans syndrom hos morbror, aldrig utrett. Plötslig död hos morfar 45 år."),
   ("Bedömning", "Eko visar normal aortarot 32 mm. Inget behov av vidare uppföljning.")],
  [], [N2], "eponym with ev. in Hereditet")
c("hereditet-typo-misstankt-celiaki-bror", "s_barn",
  [("Hereditet", "Bror misstäkt celiaki, utreds på annat sjukhus."),
   ("Bedömning", "Normal tillväxtkurva, transglutaminas-ak negativa. Inget som talar för celiaki hos pat.")],
  [], [N2], "typo hedge about a sibling under Hereditet; patient's own celiaki negated")
# past history
c("tidsjd-misstankt-tia-2018", "v_med",
  [("Tidigare sjukdomar", "Hypertoni. 2018 misstänkt TIA, utreddes utan fynd. Appendektomi 1992."),
   ("Bedömning", "Inlagd för elektiv höftprotes, inga nya problem.")],
  [], [N2], "old suspected TIA under Tidigare sjukdomar")
c("tidsjd-trol-reumatisk-feber-barn", "s_med",
  [("Tidigare sjukdomar", "Trol. reumatisk feber som barn i Somalia. Förmaksflimmer sedan 2020."),
   ("Bedömning", "Mitralisstenos måttlig på eko, stabil. Fortsatt Eliquis.")],
  [], [N2], "hedged childhood diagnosis in past history")
c("anamnes-tidigare-mojlig-astma", "v_lung",
  [("Anamnes", "Sökte vårdcentral 2019 för möjlig astma, fick aldrig diagnos. Exrökare sedan 2015."),
   ("Bedömning", "Spirometri med reversibilitet: normal. Ingen astma, ingen KOL.")],
  [], [N2], "past 'möjlig astma' in Anamnes, now negated")
# non-diagnosis hedges
c("ev-aterbesok-trol-hemgang", "s_med",
  [("Planering", "Trol. hemgång imorgon efter ronden. Ev. återbesök om 3 mån, annars uppföljning på vc.")],
  [], [N2], "hedges about discharge and follow-up, not about a diagnosis")
c("misstanker-inte-tar-waran", "v_kard",
  [("Bedömning", "INR 1,3 trots oförändrad dos. Misstänker att pat inte tar sin Waran som ordinerat, dosett med hemsjukvård ordnas.")],
  [], [N2], "'misstänker' about adherence, not a diagnosis")
c("kan-ej-uteslutas-remiss-borta", "s_uro",
  [("Administrativt", "Pat ringer, ingen kallelse. Kan ej uteslutas att remissen kommit bort vid flytten mellan enheterna, sekreterare kontaktar remittent.")],
  [], [N2], "'kan ej uteslutas' about a lost referral", role="sekreterare", tpl="Administrativ anteckning")
c("mojligen-dosjustering-levaxin", "v_med",
  [("Planering", "Möjligen dosjustering av Levaxin vid nästa kontroll beroende på TSH.")],
  [], [N2], "'möjligen' about a dose change")
c("tveksamt-klarar-trappor", "v_ger",
  [("Bedömning", "Tveksamt om pat klarar trapporna hemma, bedömning av arbetsterapeut och sjukgymnast innan utskrivning.")],
  [], [N2], "'tveksamt' about function")
c("kanske-flyttar-ev-remiss", "s_lung",
  [("Planering", "Pat kanske flyttar till Göteborg i vår, i så fall skickas remiss till SU för fortsatt uppföljning av sin astma.")],
  [], [N2], "'kanske' about moving; astma established")
c("sannol-utskrivning-fredag", "v_ort",
  [("Planering", "Sannol. utskrivning fredag om smärtan är under kontroll. Sårkontroll på vc dag 12.")],
  [], [N2], "'sannol.' about discharge")
c("fragetecken-tid-for-op", "s_kir",
  [("Planering", "?tid för op – väntar på besked från op-planeringen. Pat informerad om väntetiden.")],
  [], [N2], "'?' about an operating time, not a diagnosis")
c("trol-hemolyserat-prov", "v_med",
  [("Bedömning", "Kalium 6,8 i morse, trol. hemolyserat prov då EKG är helt normalt. Nytt prov taget, svar 4,1.")],
  [], [N2], "'trol.' about a sample artefact")
c("pat-orolig-for-cancer-ingen-misstanke", "v_kir",
  [("Aktuellt", "Pat orolig för cancer efter att en väninna fått tarmcancer."),
   ("Bedömning", "Normal koloskopi för 2 år sedan, inga alarmsymtom. Ingen misstanke om malignitet, lugnande besked.")],
  [], [N2], "patient's worry, clinician negates")
# PMO notes: hedged diagnoses never shown
c("pmo-vc-misstankt-uvi", "s_vc",
  [("Bedömning", "Misstänkt UVI, sveda och täta trängningar. Urinodling tagen, Selexid 200 mg x 3 i 3 d.")],
  [], [N2], "PMO note: hedged diagnosis never fires", tpl="Besöksanteckning")
c("pmo-bvc-otitis-fragetecken", "s_bvc",
  [("Bedömning", "?Otitis media hö, orolig nattetid. Hänvisas till vårdcentral för öronundersökning.")],
  [], [N2], "PMO BVC note with '?'", tpl="BVC-anteckning", role="sjuksköterska")
c("pmo-um-trol-klamydia", "s_um",
  [("Bedömning", "Trol. klamydia, partner positiv. Prov taget, Doxyferm utskrivet enligt rutin för kontakt.")],
  [], [N2], "PMO youth clinic: trol. + STI", tpl="Besöksanteckning", role="barnmorska", birth="2006-06-06")
c("pmo-vc-sannolik-depression", "s_vc2",
  [("Bedömning", "Sannolik depression, PHQ-9 16, ingen suicidalitet. Samtalskontakt kurator, Sertralin 50 mg.")],
  [], [N2], "PMO GP: sannolik depression", tpl="Besöksanteckning")
c("pmo-hsv-misstankt-trycksar", "s_hsv",
  [("Omvårdnad", "Rodnad som ej bleknar vid tryck över sacrum, misstänkt trycksår kategori 1. Vändschema och tryckavlastande madrass.")],
  [], [N2], "PMO home care nurse: misstänkt trycksår", tpl="Omvårdnadsanteckning", role="sjuksköterska")
c("pmo-vc-typo-trolgi-borrelia", "s_vc",
  [("Bedömning", "Trolgi borrelia, erythema migrans? 6 cm rodnad med central uppklarning vä lår. Kåvepenin 10 d.")],
  [], [N2], "PMO GP with typo 'Trolgi'", tpl="Besöksanteckning")
c("pmo-vc-lang-dd-lista", "s_vc2",
  [("Kontaktorsak", "Trötthet och viktnedgång 6 kg på 3 mån."),
   ("Bedömning", "DD hypertyreos, diabetes, malignitet, depression. Lab: TSH, HbA1c, blodstatus, SR. Åter om 2 v.")],
  [], [N2], "PMO GP with DD list", tpl="Besöksanteckning", draft=True)
# protected: Tidiga hypoteser
c("skane-tidiga-hypoteser-pankreascancer", "s_kir",
  [("Bedömning", "Misstänkt pankreascancer efter DT med 3 cm lesion i pankreashuvudet och vidgad gallgång. Väntar på MDK innan vi tar ställning.")],
  [], [N2], "Skåne: hedged diagnosis inside the protected template Tidiga hypoteser", tpl="Tidiga hypoteser")
c("vgr-sokord-tidiga-hypoteser-als", "v_neuro",
  [("Aktuellt", "Uppföljning av svaghet i hö hand. Neurografi genomförd."),
   ("Tidiga hypoteser", "Möjlig ALS: fascikulationer i flera segment, denerveringstecken på EMG. Avvaktar andra bedömning."),
   ("Planering", "Återbesök om 4 veckor med svar från kompletterande prover.")],
  [], [N2], "VGR: hedged diagnosis under the protected sökord Tidiga hypoteser")
c("skane-tidiga-hypoteser-typo-sannolkit", "s_psyk",
  [("Bedömning", "Sannolkit schizofreni (prodromalfas), DD schizotypal störning. För tidigt att kommunicera.")],
  [], [N2], "typo hedge inside Skåne Tidiga hypoteser template", tpl="Tidiga hypoteser")
c("vgr-tidiga-hypoteser-munchausen-ej", "v_med",
  [("Bedömning", "Upprepade oklara hypoglykemier. Fortsatt utredning med fasteprov."),
   ("Tidiga hypoteser", "Kan inte uteslutas att det rör sig om faktitiös hypoglykemi (insulin utan ordination), C-peptid skickad.")],
  [], [N2], "VGR: 'kan inte uteslutas' only under sökord Tidiga hypoteser; visible part is neutral")

# ======================================================================
# NL101
# ======================================================================
# positives
c("nl101-pad-brostcancer-ej-informerad", "s_onk",
  [("PAD", "Duktal bröstcancer grad 2, ER+, HER2-neg, 18 mm."),
   ("Planering", "Pat ej informerad, besked vid läkarbesök 12/4 tillsammans med kontaktsjuksköterska.")],
  [P1], [P2], "confirmed cancer in visible note, patient not yet informed; no hedge")
c("nl101-levermetastaser-annu-inte-informerad", "v_kir",
  [("Bedömning", "DT visar multipla levermetastaser, primärtumör sannolikt i colon ascendens."),
   ("Planering", "Pat ännu inte informerad – besked ges av ansvarig kirurg på torsdag.")],
  [P1, P2], [], "metastases visible + 'ännu inte informerad'; primary tumour hedged")
c("nl101-mr-forenlig-ms-ej-besked", "s_neuro",
  [("Bedömning", "MR förenlig med MS, flera periventrikulära och juxtakortikala lesioner. Patienten har ej fått besked ännu, tid bokas.")],
  [P1, P2], [], "hedged MS and explicit no-besked statement")
c("nl101-lymfom-ej-meddelat", "v_onk",
  [("Bedömning", "Misstänkt lymfom på PET-DT, FDG-upptag i mediastinum och mjälte. Ej meddelat pat ännu, avvaktar PAD från körtelbiopsi.")],
  [P1, P2], [], "hedged lymphoma + 'ej meddelat pat'")
c("nl101-als-pat-vet-inte", "s_neuro",
  [("Bedömning", "EMG och klinik uppfyller kriterier för ALS. Pat vet ännu inte om diagnosen, samtal planeras nästa vecka med dottern närvarande.")],
  [P1], [P2], "'pat vet ännu inte' about a confirmed diagnosis")
c("nl101-typo-ej-infomerad-pankreas", "v_kir",
  [("Bedömning", "Pankreascancer med inväxt i v. mesenterica superior enligt MDK, ej resektabel. Pat ej infomerad om diagnosen, onkologen tar samtalet.")],
  [P1], [P2], "typo 'infomerad' in the not-informed statement")
c("nl101-cervixcancer-inget-besked", "s_kvinn",
  [("PAD", "Skivepitelcancer cervix, stadium IB1 enligt konbiopsi."),
   ("Planering", "Inget besked lämnat till pat ännu. Kallas till mottagningen tisdag.")],
  [P1], [], "'inget besked lämnat' about confirmed cancer")
c("nl101-melanom-inte-underrattats", "v_hud",
  [("PAD", "Malignt melanom, superficiellt spridande, Breslow 1,2 mm."),
   ("Planering", "Patienten har inte underrättats, kallas till mottagningen för besked och utvidgad excision.")],
  [P1], [], "'har inte underrättats' + melanoma")
c("nl101-smacellig-avvaktar-informera", "s_lung",
  [("Bedömning", "Bronkoskopi-PAD: småcellig lungcancer. Avvaktar med att informera pat tills MDK på fredag.")],
  [P1], [P2], "'avvaktar med att informera' about a confirmed cancer")
c("nl101-alzheimer-ej-kommunicerad", "v_ger",
  [("Bedömning", "Demens av Alzheimertyp enligt minnesutredning (MMSE 21, MR med hippocampusatrofi). Diagnosen är inte kommunicerad med patienten ännu.")],
  [P1], [], "eponym diagnosis 'inte kommunicerad med patienten'", draft=True)
c("nl101-dt-tumor-trol-glioblastom", "s_akut",
  [("Bedömning", "DT hjärna: 5 cm expansivitet frontalt hö med ödem, trol. glioblastom. Pat ej informerad om fyndet – neurokirurg tar samtalet imorgon.")],
  [P1, P2], [], "hedged tumour + 'ej informerad om fyndet'")
c("nl101-hiv-ej-underrattad", "v_inf",
  [("Lab", "HIV-ag/ak positivt, konfirmerat med western blot."),
   ("Planering", "Pat ej underrättad ännu, kallas till infektionsläkare och kurator.")],
  [P1], [], "confirmed HIV with 'ej underrättad ännu'")
c("nl101-schizofreni-ej-aterkopplat", "s_psyk",
  [("Sammanfattning", "Utredningen talar sammantaget för paranoid schizofreni. Ej återkopplat till patienten ännu, görs vid gemensamt möte."),
   ("Planering", "Fortsatt Abilify 10 mg.")],
  [P1], [], "psychiatry: 'ej återkopplat till patienten' with a diagnosis")
c("nl101-draft-njurcancer-ovetande", "v_uro",
  [("Bedömning", "Njurcancer vä sida 6 cm, T1b, enligt DT."),
   ("Planering", "Patienten är ännu ovetande om fyndet. Besked vid mottagningsbesök.")],
  [P1], [P2], "unsigned draft: 'ovetande om fyndet' with kidney cancer", draft=True)
# negatives
c("nl101-koloncancer-informerad", "s_kir",
  [("Bedömning", "PAD: adenocarcinom i colon sigmoideum. Pat informerad vid dagens besök tillsammans med kontaktsjuksköterskan."),
   ("Planering", "Anmäld till MDK.")],
  [], [P1, P2], "patient informed of a confirmed cancer")
c("nl101-ms-maken-ej-informerad", "v_neuro",
  [("Bedömning", "Skovvis MS fastställd enligt McDonald-kriterierna. Pat informerad om diagnosen; maken ej informerad enligt pat önskan.")],
  [], [P1, P2], "relative (not patient) uninformed")
c("nl101-lungcancer-barnen-vet-inte", "s_lung",
  [("Bedömning", "Adenocarcinom i hö lunga, stadium IV. Pat har fått besked idag; barnen vet ännu inte, pat vill själv berätta för dem.")],
  [], [P1], "children uninformed, patient informed")
c("nl101-hypertoni-ny-tid-ej-informerad", "v_kard",
  [("Bedömning", "Hypertoni, välkontrollerad på Amlodipin."),
   ("Planering", "Pat ej informerad om ny tid för återbesök, sekreterare skickar kallelse.")],
  [], [P1], "not-informed statement about an appointment, not the diagnosis")
c("nl101-dosandring-metformin", "s_med",
  [("Bedömning", "DM2 med HbA1c 64."),
   ("Planering", "Metformin höjs till 1 g x 2. Pat ännu ej informerad om dosändringen, ssk ringer i eftermiddag.")],
  [], [P1], "not-informed about a medication change")
c("nl101-normala-prover-ej-meddelad", "v_med",
  [("Lab", "Hb 134, CRP <5, kreatinin 72, leverstatus ua."),
   ("Planering", "Normala prover. Pat ej meddelad ännu, sköterska ringer imorgon.")],
  [], [P1, P2], "not-informed about normal lab results")
c("nl101-benign-nevus-ej-underrattad", "s_hud",
  [("PAD", "Compound nevus, benign, radikalt exciderad. Ingen malignitet."),
   ("Planering", "Pat ej underrättad ännu – svarsbrev skickas.")],
  [], [P1], "not-informed about a benign result")
c("nl101-skane-tidiga-hypoteser-ej-informerad", "s_onk",
  [("Bedömning", "Misstänkt recidiv av ovarialcancer, CA-125 stigande 35 → 210. Pat ej informerad, väntar på DT innan samtal.")],
  [], [P1, P2], "Skåne: diagnosis + not-informed inside Tidiga hypoteser template", tpl="Tidiga hypoteser")
c("nl101-vgr-sokord-tidiga-hypoteser-ftd", "v_psyk",
  [("Aktuellt", "Uppföljande samtal, pat och hustru närvarande. Sömnen något bättre."),
   ("Tidiga hypoteser", "Trol. frontotemporal demens, beteendevariant. Ej kommunicerat med pat, inväntar neuropsykologisk testning.")],
  [], [P1, P2], "VGR: hedge + not-communicated under sökord Tidiga hypoteser")
c("nl101-brostcancer-besked-lamnat", "v_onk",
  [("Bedömning", "Lobulär bröstcancer vä, 22 mm. Besked lämnat till pat och hennes make vid dagens besök, de tog det sansat.")],
  [], [P1, P2], "'besked lämnat' = informed")
c("nl101-ljumskbrack-opdatum", "s_kir",
  [("Bedömning", "Ljumskbråck hö, reponibelt."),
   ("Planering", "Uppsatt på op-lista, pat ej informerad om operationsdatum ännu.")],
  [], [P1, P2], "not-informed about operation date")
c("nl101-hiv-partner-ej-informerad", "v_inf",
  [("Bedömning", "Nydiagnostiserad HIV-1, CD4 380. Pat informerad och har fått skriftlig information. Partnern ej informerad ännu, smittspårning via kurator.")],
  [], [P1], "partner uninformed, patient informed")
c("nl101-somnapne-remiss-ej-informerad", "s_lung",
  [("Bedömning", "Obstruktiv sömnapné, AHI 34 vid polygrafi."),
   ("Planering", "Remiss CPAP-skola skickad. Pat ej informerad om att remissen skickats.")],
  [], [P1], "not-informed about a referral being sent")
c("nl101-hodgkin-meddelad-telefon", "v_onk",
  [("Telefon", "Pat meddelad per telefon: PAD visar Hodgkins lymfom, klassisk typ. Pat önskade besked per telefon, tid bokad hos onkolog.")],
  [], [P1, P2], "patient told the diagnosis by phone")
c("nl101-skane-tidiga-hypoteser-huntington", "s_neuro",
  [("Bedömning", "Trol. Huntingtons sjukdom med koreatiska rörelser och hereditet på fars sida, gentest ej besvarat. Pat ej informerad om misstanken.")],
  [], [P1, P2], "Skåne: eponym hedge + not-informed inside Tidiga hypoteser template", tpl="Tidiga hypoteser")
c("nl101-als-dottern-visste-inte", "s_neuro",
  [("Bedömning", "Pat informerades igår om att det rör sig om ALS. Idag samtal med dottern, som ännu inte visste något.")],
  [], [P1], "informed yesterday; today's uninformed person is the daughter")

# ======================================================================
# build records
# ======================================================================
def luhn_digit(nine):
    s = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d - 9 if d > 9 else d
    return str((10 - s % 10) % 10)

def pnr(birth, serial):
    y, m, d = birth.split("-")
    nnn = "%03d" % serial
    nine = y[2:] + m + d + nnn
    return "%s%s%s-%s%s" % (y, m, d, nnn, luhn_digit(nine))

def age_at(birth, ref):
    b = date.fromisoformat(birth)
    return ref.year - b.year - ((ref.month, ref.day) < (b.month, b.day))

def build():
    out = []
    for i, cs in enumerate(CASES):
        uname, hsa, region, system, setting = U[cs["unit"]]
        births = CHILD_BIRTHS if cs["unit"] in CHILD_UNITS else ADULT_BIRTHS
        birth = cs["birth"] or births[i % len(births)]
        t = datetime(2024, 1 + i % 11, 1 + (i * 7) % 27, 8 + i % 9, (i * 13) % 60)
        signed = None if cs["draft"] else (t + timedelta(minutes=25 + i % 50)).isoformat()
        tpl = cs["tpl"] or ("Besöksanteckning" if system == "PMO" else "Läkaranteckning")
        note = {"id": "n1", "system": system, "template": tpl,
                "unit": {"name": uname, "hsa_id": hsa},
                "author": {"name": AUTHORS[(i * 3) % len(AUTHORS)], "role": cs["role"]},
                "time": t.isoformat(), "signed": signed, "setting": setting, "refs": [],
                "sections": [{"keyword": k, "text": v} for k, v in cs["secs"]]}
        rec = {"patient": {"id": pnr(birth, 100 + (i * 37) % 890), "birth_date": birth, "protected_identity": False},
               "as_of": AS_OF, "notes": [note], "access_events": [], "conversations": [], "treatments": []}
        out.append({"case": cs["name"], "ruleset": region, "record": rec,
                    "must": [[code, "n1"] for code in cs["must"]],
                    "must_not": [[code, "n1"] for code in cs["must_not"]],
                    "why": cs["why"]})
    return out

def validate(rows):
    errs = []
    names = set()
    sents = {}
    keys = {"case", "ruleset", "record", "must", "must_not", "why"}
    for r in rows:
        n = r["case"]
        if set(r) != keys: errs.append("%s: keys" % n)
        if n in names: errs.append("duplicate case " + n)
        names.add(n)
        if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", n): errs.append("%s: bad name" % n)
        if r["ruleset"] not in ("skane", "vgr"): errs.append("%s: ruleset" % n)
        if not r["must"] and not r["must_not"]: errs.append("%s: asserts nothing" % n)
        if not r["why"] or "placeholder" in r["why"]: errs.append("%s: why" % n)
        rec = r["record"]
        p = rec["patient"]
        m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})-(\d{3})(\d)", p["id"])
        if not m: errs.append("%s: pnr format" % n)
        else:
            if "%s-%s-%s" % m.group(1, 2, 3) != p["birth_date"]: errs.append("%s: pnr/birth" % n)
            if luhn_digit(p["id"][2:8] + m.group(4)) != m.group(5): errs.append("%s: luhn" % n)
        age = age_at(p["birth_date"], date(2024, 12, 31))
        if 13 <= age <= 15: errs.append("%s: age 13-15" % n)
        datetime.fromisoformat(rec["as_of"])
        ids = {x["id"] for x in rec["notes"]}
        for note in rec["notes"]:
            tm = datetime.fromisoformat(note["time"])
            if tm.year != 2024: errs.append("%s: year" % n)
            if note["signed"] is not None and datetime.fromisoformat(note["signed"]) < tm:
                errs.append("%s: signed before time" % n)
            if r["ruleset"] == "vgr" and note["system"] != "Melior": errs.append("%s: vgr non-Melior" % n)
            if note["system"] == "PMO":
                if any(c == "NL102" for c, _ in r["must"]): errs.append("%s: NL102 must on PMO" % n)
                if any(c == "NL101" for c, _ in r["must"] + r["must_not"]): errs.append("%s: NL101 on PMO" % n)
            for s in note["sections"]:
                if not s["keyword"] or not s["text"].strip(): errs.append("%s: empty section" % n)
                for sent in re.split(r"(?<=[.!?])\s+|\n", s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in sents and sents[sent] != n:
                            errs.append("%s: sentence repeated from %s: %s" % (n, sents[sent], sent))
                        sents.setdefault(sent, n)
        for code, tgt in r["must"] + r["must_not"]:
            if tgt not in ids: errs.append("%s: target %s" % (n, tgt))
            if not re.fullmatch(r"NL\d{3}", code): errs.append("%s: code %s" % (n, code))
        if set(map(tuple, r["must"])) & set(map(tuple, r["must_not"])): errs.append("%s: must&must_not" % n)
    return errs

def main():
    rows = build()
    errs = validate(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    if errs:
        for e in errs: print("ERROR", e, file=sys.stderr)
        sys.exit(1)
    cnt = {}
    for r in rows:
        for k in ("must", "must_not"):
            for code, _ in r[k]:
                cnt[(code, k)] = cnt.get((code, k), 0) + 1
    print("%d cases -> %s" % (len(rows), OUT))
    for (code, k), v in sorted(cnt.items()): print(code, k, v)
    print("skane", sum(r["ruleset"] == "skane" for r in rows), "vgr", sum(r["ruleset"] == "vgr" for r in rows))

if __name__ == "__main__":
    main()
