#!/usr/bin/env python3
"""NL102 development cases (mostly hard negatives). No dependencies, deterministic.
Written from the seeds, DESIGN.md and the devset README only. Run: python3 build.py"""
import json, os, re, sys
from datetime import date

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "nl102neg_dev_cases.jsonl")

UNITS = {
    "s_neuro": ("Neurologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7619"),
    "s_med": ("Medicinmottagningen, Helsingborgs lasarett", "SE2321000255-4412"),
    "s_kir": ("Kirurgiska akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-5103"),
    "s_barn": ("Barn- och ungdomsmedicinska mottagningen, Kristianstad", "SE2321000255-6220"),
    "s_ort": ("Ortopedmottagningen, Ystads lasarett", "SE2321000255-3387"),
    "s_ogon": ("Ögonmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-2954"),
    "s_psyk": ("Allmänpsykiatriska mottagningen, Landskrona", "SE2321000255-8841"),
    "v_med": ("Medicinmottagningen, Sahlgrenska universitetssjukhuset", "SE2321000131-E000000004211"),
    "v_akut": ("Akutmottagningen, NU-sjukvården Trollhättan", "SE2321000131-E000000005532"),
    "v_neuro": ("Neurologmottagningen, Skaraborgs sjukhus Skövde", "SE2321000131-E000000006104"),
    "v_uro": ("Urologimottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000007318"),
    "v_hud": ("Hudmottagningen, Sahlgrenska universitetssjukhuset", "SE2321000131-E000000002977"),
    "v_psyk": ("Psykiatrisk öppenvårdsmottagning, Kungälvs sjukhus", "SE2321000131-E000000008426"),
    "v_kvinn": ("Kvinnokliniken, Östra sjukhuset Göteborg", "SE2321000131-E000000003395"),
    "p_vc": ("Vårdcentralen Tåbelund, Eslöv", "SE2321000255-1178"),
    "p_bvc": ("BVC Vårdcentralen Näsby, Kristianstad", "SE2321000255-1249"),
    "p_um": ("Ungdomsmottagningen Trelleborg", "SE2321000255-1366"),
    "p_hsv": ("Hemsjukvården Hässleholm", "SE2321000255-1493"),
}
AUTHORS = ["Karin Lindqvist", "Mikael Ek", "Sara Holm", "Ahmed Rahimi", "Eva Sjöberg",
           "Lars Berg", "Maria Nyström", "Jonas Åberg", "Fatima Osman", "Per Lund"]

CASES = []
def C(name, rs, sysname, tmpl, unit, birth, secs, verdict, why, draft=False, role="läkare", setting="öppenvård"):
    CASES.append(dict(name=name, rs=rs, sys=sysname, tmpl=tmpl, unit=unit, birth=birth, secs=secs,
                      verdict=verdict, why=why, draft=draft, role=role, setting=setting))

M, P = "Melior", "PMO"
LA = "Läkaranteckning"
TH = "Tidiga hypoteser"

# ---------------- positives: hedged diagnosis in a visible Melior section ----------------
C("kir-trolig-gallsten", "skane", M, LA, "s_kir", "1971-04-12",
  [("Aktuellt", "Återkommande smärta i hö arcus efter måltid sedan en månad."),
   ("Bedömning", "Trolig gallstenssjukdom. UL lever och gallvägar bokat.")],
  "must", "'Trolig gallstenssjukdom' i Bedömning, Melior: obekräftad diagnos synlig.")
C("akut-misstankt-lungemboli", "vgr", M, LA, "v_akut", "1958-09-03",
  [("Bedömning", "Misstänkt lungemboli, D-dimer förhöjt och takykard. DT thorax beställd akut.")],
  "must", "'Misstänkt lungemboli' i synligt sökord i VGR Melior.", setting="akutmottagning")
C("med-mojlig-ra", "skane", M, LA, "s_med", "1966-02-20",
  [("Status", "Synoviter MCP II-III bilat, ömmande vid kompression."),
   ("Bedömning", "Möjlig reumatoid artrit. Remiss reumatologen, CCP-ak tas.")],
  "must", "'Möjlig reumatoid artrit' synlig i Melior.")
C("med-diffdiagnos-sarkoidos-lymfom", "vgr", M, LA, "v_med", "1979-11-30",
  [("Bedömning", "Hiluslymfkörtlar bilat. Diff.diagnos sarkoidos vs lymfom, EBUS planeras.")],
  "must", "Differentialdiagnos i synlig Bedömning är en hypotes.")
C("med-hjartsvikt-fragetecken", "skane", M, LA, "s_med", "1941-07-08",
  [("Bedömning", "Hjärtsvikt? Bilaterala underbensödem och NT-proBNP 2400. Ekokardiografi inom två veckor.")],
  "must", "Diagnos med '?' i synlig Bedömning.")
C("neuro-parkinson-kan-ej-uteslutas", "vgr", M, LA, "v_neuro", "1952-05-17",
  [("Bedömning", "Parkinsons sjukdom kan ej uteslutas, vilotremor vä hand och nedsatt medrörelse vä arm.")],
  "must", "'kan ej uteslutas' är en hedge, inte en negation.")
C("med-ev-celiaki-utkast", "skane", M, LA, "s_med", "1994-03-25",
  [("Bedömning", "Ev. celiaki, tTG-IgA svagt förhöjt. Gastroskopi med px beställd.")],
  "must", "'Ev. celiaki' i ett osignerat Melior-utkast (pre-signing).", draft=True)
C("akut-negerad-dvt-men-trolig-erysipelas", "vgr", M, LA, "v_akut", "1963-12-01",
  [("Bedömning", "Ingen misstanke om DVT. Däremot trolig erysipelas vä underben, start PcV.")],
  "must", "Negationen gäller DVT; 'trolig erysipelas' i nästa mening är fortfarande en hypotes.", setting="akutmottagning")
C("kir-missankt-appendicit-typo", "skane", M, LA, "s_kir", "2001-08-14",
  [("Bedömning", "Missänkt appendicit, ömhet McBurney och CRP 48. Kirurgkonsult kallad.")],
  "must", "Typo 'Missänkt' appendicit synlig i Melior.", setting="akutmottagning")
C("psyk-susp-bipolar-ii", "vgr", M, LA, "v_psyk", "1990-10-09",
  [("Bedömning", "Susp. bipolär sjukdom typ II med hypomana perioder. Fortsatt utredning med livslinje.")],
  "must", "'Susp.' psykiatrisk diagnos synlig i Melior.")
C("barn-sannolikt-astma", "skane", M, LA, "s_barn", "2017-01-19",
  [("Bedömning", "Sannolikt astma, pip i bröstet vid förkylningar och ansträngning. Provbehandling med inhalationssteroid.")],
  "must", "'Sannolikt astma' hos 7-åring, synligt för vårdnadshavare.")
C("uro-misstankt-prostatacancer", "vgr", M, LA, "v_uro", "1949-06-22",
  [("Status", "PR: hård knöl vä lob, PSA 14."),
   ("Bedömning", "Bedöms som misstänkt prostatacancer. MR prostata remitteras.")],
  "must", "'misstänkt prostatacancer' synlig i VGR Melior.")
C("med-formodad-temporalisarterit", "skane", M, LA, "s_med", "1947-03-11",
  [("Bedömning", "Förmodad temporalisarterit, ömmande tinningsartär och SR 78. Prednisolon insatt, biopsi bokas.")],
  "must", "'Förmodad' är en hedge även om ordet är ovanligt.")
C("neuro-oklart-epilepsi-eller-synkope", "vgr", M, LA, "v_neuro", "1985-04-04",
  [("Bedömning", "Oklart om det rör sig om epilepsi eller synkope. EEG och långtids-EKG beställs.")],
  "must", "'Oklart om ... epilepsi eller synkope' är en obekräftad diagnos.")
C("neuro-misstankt-alzheimer", "skane", M, LA, "s_neuro", "1944-09-27",
  [("Bedömning", "Kognitiv svikt, misstänkt Alzheimers sjukdom. MMSE 22/30, remiss minnesmottagningen.")],
  "must", "'misstänkt Alzheimers sjukdom' synlig i Melior.")

# ---------------- negatives: negated suspicions ----------------
C("kir-appendicit-avskrivs", "skane", M, LA, "s_kir", "1998-02-02",
  [("Bedömning", "Misstanke om appendicit avskrivs, ultraljud ua och pat nu smärtfri.")],
  "not", "'Misstanke om X avskrivs' är negerad.", setting="akutmottagning")
C("akut-lungemboli-kan-uteslutas", "vgr", M, LA, "v_akut", "1975-06-15",
  [("Bedömning", "Lungemboli kan uteslutas, DT thorax utan fyllnadsdefekter.")],
  "not", "'X kan uteslutas' är negation (jämför 'kan ej uteslutas').", setting="akutmottagning")
C("kir-ingen-misstanke-malignitet", "skane", M, LA, "s_kir", "1960-10-10",
  [("Bedömning", "Ingen misstanke om malignitet, polypen benign enligt PAD.")],
  "not", "'Ingen misstanke om' negerar.")
C("akut-inga-hallpunkter-hjartinfarkt", "vgr", M, LA, "v_akut", "1955-01-28",
  [("Bedömning", "Inga hållpunkter för hjärtinfarkt, upprepade TnT normala. Hem.")],
  "not", "'Inga hållpunkter för' negerar.", setting="akutmottagning")
C("akut-meningit-osannolikt", "skane", M, LA, "s_kir", "1989-07-07",
  [("Bedömning", "Meningit osannolikt, pat vaken och utan nackstyvhet, febern sjunkit på paracetamol.")],
  "not", "'X osannolikt' uttrycker att diagnosen bedöms inte föreligga.", setting="akutmottagning")
C("ort-talar-emot-septisk-artrit", "vgr", M, LA, "v_akut", "1968-11-11",
  [("Bedömning", "Ledpunktat klart med låga LPK, talar emot septisk artrit.")],
  "not", "'talar emot X' är negation.", setting="akutmottagning")
C("med-diabetes-bedoms-ej-foreligga", "skane", M, LA, "s_med", "1972-05-05",
  [("Bedömning", "Diabetes bedöms ej föreligga, HbA1c 38 och fP-glukos 5,4.")],
  "not", "'bedöms ej föreligga' negerar.")
C("hud-ej-forenligt-melanom", "vgr", M, LA, "v_hud", "1983-08-19",
  [("Bedömning", "Ej förenligt med melanom vid dermatoskopi, regelbundet nätmönster. Ingen excision.")],
  "not", "'Ej förenligt med X' negerar.")
C("med-utan-tecken-pneumoni", "skane", M, LA, "s_med", "1950-12-24",
  [("Bedömning", "Utan tecken till pneumoni på lungröntgen, lungor auskultatoriskt ua.")],
  "not", "'Utan tecken till' negerar.")
C("neuro-tia-avfardas", "vgr", M, LA, "v_neuro", "1946-04-30",
  [("Bedömning", "Misstanken om TIA avfärdas, symtomen förklaras av hypoglykemi.")],
  "not", "'Misstanken om X avfärdas' negerar.")
C("med-celiaki-fragestallning-besvarad", "skane", M, LA, "s_med", "1987-09-09",
  [("Bedömning", "Tidigare frågeställning om celiaki nu besvarad, tTG negativ och px normal.")],
  "not", "Frågeställningen besvarad negativt; ingen kvarstående hypotes.")
C("akut-ingen-missanke-dvt-typo", "skane", M, LA, "s_kir", "1977-03-03",
  [("Bedömning", "Ingen missanke om DVT, Wells 0 och D-dimer negativt.")],
  "not", "Typo 'missanke' men negerad ('Ingen ...').", setting="akutmottagning")
C("neuro-ej-misstanke-stroke-bppv", "vgr", M, LA, "v_neuro", "1959-06-06",
  [("Bedömning", "Ej misstanke om stroke, yrseln positionell och Dix-Hallpike positiv hö. BPPV, repositionsmanöver utförd.")],
  "not", "'Ej misstanke om' negerar; BPPV fastställd.")
C("ort-frakturmisstanke-kvarstar-ej", "skane", M, LA, "s_ort", "1999-01-31",
  [("Bedömning", "Frakturmisstanke kvarstår ej efter DT, endast kontusion av handleden.")],
  "not", "'misstanke kvarstår ej' negerar.")
C("med-hypotyreos-foreligger-ej", "skane", M, LA, "s_med", "1991-10-21",
  [("Bedömning", "Hypotyreos föreligger ej, TSH och fritt T4 normala.")],
  "not", "'föreligger ej' negerar.")
C("psyk-inget-talar-for-adhd", "vgr", M, LA, "v_psyk", "2003-05-12",
  [("Bedömning", "Ingenting som talar för ADHD vid genomgång av skattningsskalor och skolans rapport.")],
  "not", "'Ingenting som talar för' negerar.")
C("ogon-glaukom-uteslutet-utkast", "skane", M, LA, "s_ogon", "1962-08-08",
  [("Bedömning", "Glaukom kan uteslutas, tryck 16/17 och normala papiller.")],
  "not", "Negation i osignerat utkast.", draft=True)
C("akut-cancermisstanke-avskriven", "vgr", M, LA, "v_med", "1957-11-02",
  [("Bedömning", "Cancermisstanke avskriven efter normal DT buk. Åter till VC.")],
  "not", "'misstanke avskriven' negerar.")

# ---------------- family history ----------------
C("med-mormor-trol-brostcancer", "skane", M, LA, "s_med", "1985-06-03",
  [("Hereditet", "Mormor hade trol. bröstcancer, insjuknade i 60-årsåldern."),
   ("Bedömning", "Ingen egen utredning behövs, informerad om mammografiscreening.")],
  "not", "Hedge gäller mormors sjukdom, inte patientens diagnos.")
C("neuro-oklart-om-far-huntington", "vgr", M, LA, "v_neuro", "1980-02-26",
  [("Hereditet", "Oklart om far hade Huntingtons sjukdom, dog ung i trafikolycka."),
   ("Status", "Neurologstatus utan anmärkning, inga ofrivilliga rörelser.")],
  "not", "Osäkerhet om faderns sjukdom är hereditet.")
C("barn-bror-misstanks-epilepsi", "skane", M, LA, "s_barn", "2016-09-14",
  [("Hereditet", "Bror misstänks ha haft epilepsi som barn, uppgifterna osäkra."),
   ("Bedömning", "Feberkramp, enkel. Ingen vidare utredning.")],
  "not", "Misstanke gäller brodern; patientens diagnos fastställd.")
C("med-moster-ev-diabetes-typ1", "vgr", M, LA, "v_med", "1995-12-12",
  [("Hereditet", "Moster eventuellt diabetes typ 1, pat vet ej säkert."),
   ("Bedömning", "Normalt fP-glukos, ingen åtgärd.")],
  "not", "'eventuellt' om mosterns sjukdom är hereditet.")

# ---------------- past history ----------------
C("med-tidigare-misstankt-reumatisk-avskrivet", "vgr", M, LA, "v_med", "1970-07-21",
  [("Anamnes", "Tidigare misstänkt reumatisk sjukdom, avskrivet 2019 efter normala serologier.")],
  "not", "Gammal misstanke som avskrivits.")
C("med-stp-utredning-celiaki-utan-fynd", "skane", M, LA, "s_med", "1993-04-18",
  [("Anamnes", "St.p. utredning för celiaki 2021 utan fynd. Nu sökt för halsbränna.")],
  "not", "'st.p. utredning för X utan fynd' är avslutad historik.")
C("neuro-utreddes-for-ms-normalt", "vgr", M, LA, "v_neuro", "1978-01-09",
  [("Anamnes", "Utreddes 2016 för misstänkt MS, MR och LP då normala. Ej aktuellt nu.")],
  "not", "Historisk misstanke som motbevisats.")
C("med-tidigare-misstankt-ibs-nu-crohn", "skane", M, LA, "s_med", "1997-03-06",
  [("Anamnes", "Tidigare misstänkt IBS, senare fastställd Crohns sjukdom vid koloskopi 2022.")],
  "not", "Gammal hypotes ersatt av fastställd diagnos.")
C("med-forra-besoket-borrelia-negativ", "vgr", M, LA, "v_med", "1961-08-29",
  [("Aktuellt", "Vid förra besöket misstänktes borrelia, serologi negativ och besvären har gått över.")],
  "not", "Tidigare misstanke, motbevisad.")

# ---------------- pseudo-hedges (not about a diagnosis) ----------------
C("med-ev-kontroll-om-3-man", "skane", M, LA, "s_med", "1956-05-25",
  [("Planering", "Ev. kontroll av blodtryck om 3 mån på VC.")],
  "not", "'Ev.' gäller en kontroll, ingen diagnos.")
C("med-trol-utskrivning-i-morgon", "vgr", M, "Daganteckning", "v_med", "1939-10-03",
  [("Planering", "Trol. utskrivning i morgon förmiddag om fortsatt stabil.")],
  "not", "'Trol.' gäller utskrivning.", setting="slutenvård")
C("ort-susp-fel-i-remissen", "skane", M, LA, "s_ort", "1974-06-11",
  [("Administrativt", "Susp. fel i remissen, fel sida angiven. Kontaktar remittenten.")],
  "not", "'Susp.' gäller ett administrativt fel.")
C("med-troligen-behov-hemtjanst", "skane", M, "Daganteckning", "s_med", "1936-12-19",
  [("Planering", "Troligen behov av hemtjänst efter hemgång, biståndshandläggare kontaktad.")],
  "not", "'Troligen' gäller vårdbehov, inte diagnos.", setting="slutenvård")
C("ogon-osakert-om-pat-forstatt", "skane", M, LA, "s_ogon", "1948-02-07",
  [("Planering", "Osäkert om pat förstått droppschemat, skriftlig information lämnad.")],
  "not", "Osäkerhet om förståelse, ingen diagnos.")
C("uro-svar-sannolikt-om-tva-veckor", "vgr", M, LA, "v_uro", "1966-09-16",
  [("Planering", "Provsvaret kommer sannolikt om två veckor, pat meddelas via 1177.")],
  "not", "'sannolikt' gäller tidpunkt för svar.")
C("med-sannolikt-for-lag-dos", "vgr", M, LA, "v_med", "1969-03-14",
  [("Bedömning", "Hypotyreos, sannolikt för låg dos. Levaxin ökas till 100 mikrog.")],
  "not", "Hedge gäller dosen; diagnosen är etablerad.")
C("med-sannolkit-hemgang-typo", "vgr", M, "Daganteckning", "v_med", "1944-01-22",
  [("Planering", "Sannolkit hemgång efter lunch när transport ordnats.")],
  "not", "Typo 'Sannolkit' i pseudo-hedge om hemgång.", setting="slutenvård")

# ---------------- PMO: diagnoses never shown ----------------
C("pmo-vc-trol-kontakteksem", "skane", P, "Besöksanteckning", "p_vc", "1988-05-30",
  [("Bedömning", "Trol. kontakteksem av nytt tvättmedel. Mildare tvättmedel, hydrokortison.")],
  "not", "PMO visar aldrig diagnoser.")
C("pmo-vc-misstankt-uvi", "skane", P, "Telefonkontakt", "p_vc", "1950-08-02",
  [("Bedömning", "Misstänkt UVI, urinsticka nitrit pos. Pivmecillinam förskrivet.")],
  "not", "PMO: hedge ej synlig som diagnos.", role="sjuksköterska")
C("pmo-vc-ev-depression", "skane", P, "Besöksanteckning", "p_vc", "1976-10-17",
  [("Bedömning", "Ev. depression, PHQ-9 14. Återbesök om två veckor.")],
  "not", "PMO visar aldrig diagnoser.")
C("pmo-bvc-susp-otit", "skane", P, "Besöksanteckning", "p_bvc", "2022-06-09",
  [("Bedömning", "Susp. otitis media hö, trumhinnan rodnad. Expektans.")],
  "not", "PMO BVC, barn 1 år.")
C("pmo-um-mojlig-klamydia", "skane", P, "Besöksanteckning", "p_um", "2006-04-23",
  [("Bedömning", "Möjlig klamydiainfektion, provtagning och smittspårning påbörjad.")],
  "not", "PMO ungdomsmottagning.", role="barnmorska")
C("pmo-hsv-misstankt-trycksar", "skane", P, "Omvårdnadsanteckning", "p_hsv", "1931-11-05",
  [("Omvårdnad", "Misstänkt trycksår grad 1 sacrum, avlastning och vändschema.")],
  "not", "PMO hemsjukvård.", role="sjuksköterska", setting="hemsjukvård")

# ---------------- correctly placed in Tidiga hypoteser ----------------
C("skane-th-mall-huntington", "skane", M, TH, "s_neuro", "1973-07-13",
  [("Bedömning", "Misstänkt Huntingtons sjukdom, koreatiska rörelser. Genetisk utredning först efter samtal.")],
  "not", "Skåne: mallen Tidiga hypoteser döljer hela anteckningen.")
C("skane-th-mall-ftd", "skane", M, TH, "s_psyk", "1958-04-01",
  [("Tidiga hypoteser", "Trolig frontotemporal demens, ej kommunicerat med pat.")],
  "not", "Skåne: hypotes i mallen Tidiga hypoteser.")
C("skane-th-mall-als-utkast", "skane", M, TH, "s_neuro", "1964-12-30",
  [("Bedömning", "Misstänkt ALS, fascikulationer i båda armarna och atrofi thenar.")],
  "not", "Skåne Tidiga hypoteser, osignerat utkast.", draft=True)
C("vgr-th-sokord-pankreascancer", "vgr", M, LA, "v_med", "1951-09-19",
  [("Aktuellt", "Viktnedgång 8 kg på tre månader och ikterus sedan en vecka."),
   ("Tidiga hypoteser", "Möjlig pankreascancer. DT buk bokad, diskuteras med pat efter svar.")],
  "not", "VGR: hypotesen i sökordet Tidiga hypoteser, övrigt utan hedge.")
C("vgr-th-sokord-psykos", "vgr", M, LA, "v_psyk", "1999-06-28",
  [("Status", "Vaken, orienterad, lätt misstänksam i kontakten."),
   ("Tidiga hypoteser", "Psykossjukdom? Vill invänta fler samtal innan det tas upp.")],
  "not", "VGR: '?'-hypotes i sökordet Tidiga hypoteser.")
C("vgr-th-sokord-myelom", "vgr", M, LA, "v_med", "1954-02-11",
  [("Tidiga hypoteser", "Diff.diagnos myelom vs MGUS, benmärgsprov planeras.")],
  "not", "VGR: differentialdiagnos i Tidiga hypoteser.")

# ---------------- patient/relative asks, clinician rejects ----------------
C("kvinn-pat-fragar-endometrios", "vgr", M, LA, "v_kvinn", "1996-01-15",
  [("Aktuellt", "Pat frågar om hon kan ha endometrios, har läst om det på nätet."),
   ("Bedömning", "Primär dysmenorré. Inget vid undersökning och UL ger stöd för endometrios.")],
  "not", "Patientens fråga, inte läkarens hypotes; bedömningen är fastställd.")
C("barn-mamma-fragar-autism", "skane", M, LA, "s_barn", "2019-10-02",
  [("Aktuellt", "Mamman frågar om sonen kan ha autism."),
   ("Bedömning", "Åldersadekvat kommunikation och lek, ingen anledning till vidare utredning.")],
  "not", "Vårdnadshavarens fråga; ingen hypotes från läkaren.")

# ---------------- plans to exclude ----------------
C("ort-rtg-for-att-utesluta-fraktur", "vgr", M, LA, "v_akut", "1984-12-05",
  [("Åtgärd", "Rtg hö handled för att utesluta fraktur efter fall på isen.")],
  "not", "Rutinmässig uteslutning, ingen uttalad hypotes.", setting="akutmottagning")
C("med-remiss-for-att-utesluta-ulcus", "skane", M, LA, "s_med", "1953-05-09",
  [("Planering", "Remiss gastroskopi för att utesluta ulcus innan NSAID återinsätts.")],
  "not", "Uteslutning inför läkemedel, ingen uttalad hypotes.")

# ---------------- hypothetical ----------------
C("neuro-om-stroke-ring-112", "vgr", M, LA, "v_neuro", "1950-03-21",
  [("Planering", "Om tecken på stroke som sluddrigt tal eller ensidig svaghet, ring 112.")],
  "not", "Hypotetisk instruktion, ingen diagnos hos pat.")
C("med-vid-tecken-sepsis-ring-112", "skane", M, LA, "s_med", "1942-08-16",
  [("Planering", "Vid tecken på sepsis, t.ex. frossa och förvirring, ring 112 direkt.")],
  "not", "Villkorad säkerhetsinstruktion.")

# ---------------- confirmed / reported ----------------
C("med-konstaterat-formaksflimmer", "skane", M, LA, "s_med", "1945-10-26",
  [("Bedömning", "Konstaterat förmaksflimmer på EKG, CHA2DS2-VASc 3. Apixaban insatt.")],
  "not", "Fastställd diagnos, ingen hedge.")
C("neuro-anhorig-misstanker-demens-mmse29", "skane", M, LA, "s_neuro", "1949-11-13",
  [("Aktuellt", "Dottern misstänker att pat har demens."),
   ("Bedömning", "MMSE 29/30 och klocktest normalt, ingen kognitiv svikt.")],
  "not", "Anhörigs misstanke, motbevisad av läkaren.")

# ---------------------------------- build ----------------------------------
def luhn_digit(nine):
    s = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return (10 - s % 10) % 10

def pnr(birth, idx):
    y, m, d = birth.split("-")
    serial = "%03d" % (100 + (idx * 37) % 900)
    nine = y[2:] + m + d + serial
    return "%s%s%s-%s%d" % (y, m, d, serial, luhn_digit(nine))

def build():
    out = []
    for i, c in enumerate(CASES):
        mth = 1 + i % 11
        day = 1 + (i * 7) % 27
        t = "2024-%02d-%02dT%02d:%02d:00" % (mth, day, 8 + i % 8, (i * 13) % 60)
        s = None if c["draft"] else "2024-%02d-%02dT%02d:%02d:00" % (mth, day, 9 + i % 8, (i * 13) % 60)
        un, hsa = UNITS[c["unit"]]
        note = {"id": "n1", "system": c["sys"], "template": c["tmpl"],
                "unit": {"name": un, "hsa_id": hsa},
                "author": {"name": AUTHORS[i % len(AUTHORS)], "role": c["role"]},
                "time": t, "signed": s, "setting": c["setting"], "refs": [],
                "sections": [{"keyword": k, "text": v} for k, v in c["secs"]]}
        rec = {"patient": {"id": pnr(c["birth"], i), "birth_date": c["birth"], "protected_identity": False},
               "as_of": "2024-%02d-28T00:00:00" % mth, "notes": [note],
               "access_events": [], "conversations": [], "treatments": []}
        must = [["NL102", "n1"]] if c["verdict"] == "must" else []
        must_not = [["NL102", "n1"]] if c["verdict"] == "not" else []
        out.append({"case": c["name"], "ruleset": c["rs"], "record": rec,
                    "must": must, "must_not": must_not, "why": c["why"]})
    return out

def validate(cases):
    errs = []
    names = set(); sents = {}
    keys = ["case", "ruleset", "record", "must", "must_not", "why"]
    for c in cases:
        n = c["case"]
        if list(c.keys()) != keys: errs.append(n + ": keys")
        if n in names: errs.append(n + ": duplicate name")
        names.add(n)
        if c["ruleset"] not in ("skane", "vgr"): errs.append(n + ": ruleset")
        rec = c["record"]; p = rec["patient"]
        pid = p["id"].replace("-", "")
        if len(pid) != 12 or luhn_digit(pid[2:11]) != int(pid[11]): errs.append(n + ": luhn")
        if pid[:8] != p["birth_date"].replace("-", ""): errs.append(n + ": pnr/birth")
        ids = {x["id"] for x in rec["notes"]}
        for code, tgt in c["must"] + c["must_not"]:
            if tgt not in ids: errs.append(n + ": target " + tgt)
        if not c["must"] and not c["must_not"]: errs.append(n + ": no assertion")
        if not c["why"] or "\n" in c["why"]: errs.append(n + ": why")
        if not rec["as_of"].startswith("2024-"): errs.append(n + ": as_of")
        for note in rec["notes"]:
            for f in ("time", "signed"):
                if note[f] is not None and not note[f].startswith("2024-"): errs.append(n + ": " + f)
            if note["signed"] is not None and note["signed"] < note["time"]: errs.append(n + ": signed<time")
            if c["ruleset"] == "vgr" and note["system"] != "Melior": errs.append(n + ": VGR must be Melior")
            if note["system"] == "PMO" and ["NL102", note["id"]] in c["must"]: errs.append(n + ": PMO must NL102")
            b = date.fromisoformat(p["birth_date"]); t = date.fromisoformat(note["time"][:10])
            age = t.year - b.year - ((t.month, t.day) < (b.month, b.day))
            if 13 <= age <= 15: errs.append(n + ": age 13-15")
            for sec in note["sections"]:
                for s in re.split(r"(?<=[.!?])\s+", sec["text"]):
                    s = s.strip()
                    if len(s) >= 25:
                        if s in sents: errs.append(n + ": sentence repeated from " + sents[s] + ": " + s)
                        sents[s] = n
    pos = sum(1 for c in cases if c["must"]); neg = sum(1 for c in cases if c["must_not"])
    if len(cases) != 70 or pos < 12 or neg < 50: errs.append("counts: %d cases, %d must, %d must_not" % (len(cases), pos, neg))
    return errs, pos, neg

def main():
    cases = build()
    errs, pos, neg = validate(cases)
    if errs:
        for e in errs: print("ERROR", e, file=sys.stderr)
        return 1
    with open(OUT, "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print("wrote %d cases (%d must NL102, %d must_not NL102) to %s" % (len(cases), pos, neg, OUT))
    return 0

if __name__ == "__main__":
    sys.exit(main())
