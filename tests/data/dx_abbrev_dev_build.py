#!/usr/bin/env python3
"""Build gold data: diagnosis mentions written as abbreviations / short forms
in Swedish clinical text, plus look-alike lines with NO diagnosis mention.

Output: dx_abbrev_dev.jsonl (same directory), one JSON object per line:
  {"text": ..., "mentions": [{"start", "end", "surface", "icd10", "assertion"}], "kind": "abbreviation"}

Markup used below (stripped by this script, offsets computed from it):
  {{surface|ICD10|a}}   a = a (affirmed) | u (uncertain) | n (negated) | f (family)
Second tuple field: space-separated tokens that are allowed to occur UNMARKED in
the line (traps in look-alike lines, lab/other meanings in mention lines).
A token starting with "~" allows a diagnosis-word stem (e.g. "~hepatit") unmarked.

No dependencies, deterministic. Validates everything; exits 1 on any problem.
"""
import json
import os
import re
import sys

KIND = "abbreviation"
ASSERTION = {"a": "affirmed", "u": "uncertain", "n": "negated", "f": "family"}

# ---------------------------------------------------------------- mention lines
M = [
    # --- neurology
    ("Känd {{MS|G35|a}} sedan 2015, skovfri på Ocrevus, EDSS 2,5.", ""),
    ("Mor med {{MS|G35|f}}, i övrigt ingen känd hereditet för neurologisk sjukdom.", ""),
    ("Domningar vä ben sedan 5 d, nytt {{MS-skov|G35|a}}, Solu-Medrol 1 g x 3.", ""),
    ("Synnedsättning hö öga och smärta vid ögonrörelser, susp. debut av {{MS|G35|u}}, MR hjärna bokas.", ""),
    ("Känd {{MS|G35|a}}, nästa uppföljning sker via MS Teams.", "MS"),
    ("MR: inga demyeliniserande förändringar, {{MS|G35|n}} bedöms osannolikt.", ""),
    ("Pat med {{ALS|G12|a}}, PEG-sond sedan i våras, BiPAP nattetid.", ""),
    ("Progredierande svaghet hö hand, fascikulationer i tungan – susp. {{ALS|G12|u}}, EMG bokat.", ""),
    ("Övergående afasi ca 20 min igår kl 14, nu helt återställd. Bed: {{TIA|G45|a}}.", ""),
    ("Övergående synbortfall vä öga i morse, ?{{TIA|G45|u}}, remiss UL halskärl.", ""),
    ("{{TIA:n|G45|a}} i mars utreddes utan fynd på karotisdoppler, fortsatt Clopidogrel 75 mg.", ""),
    ("Inga hållpunkter för {{TIA|G45|n}}, yrseln bed. som perifer, NIHSS 0.", ""),
    ("St.p. {{SAH|I60|a}} 2019, behandlad med coiling, inga kvarstående bortfall.", ""),
    ("DT hjärna utan kontrast: ingen {{ICB|I61|n}}, inga tecken till {{SAH|I60|n}}.", ""),
    ("Pat på Eliquis med tilltagande förvirring 2 v, DT visar kroniskt {{SDH|I62|a}} hö 12 mm.", ""),
    ("Ascenderande svaghet i benen och areflexi efter diarréepisod, misstänkt {{GBS|G61|u}}, LP planeras.", ""),
    ("{{CIDP|G61|a}}, IVIG var 4:e vecka, stabil gångsträcka ca 500 m.", ""),
    ("Pat med {{MG|G70|a}}, Mestinon 60 mg x 4, ptos tilltar kvällstid.", ""),
    ("Dubbelseende och uttröttbarhet, DD: {{MG|G70|u}}? AChR-ak skickat.", ""),
    ("Känd {{CP|G80|a}}, går med rollator inomhus, rullstol utomhus.", ""),
    ("{{RLS|G25|a}} sedan flera år, Sifrol 0,18 mg t.n., ferritin 35.", ""),
    ("Krypande obehag i benen kvällstid, trol. {{RLS|G25|u}}, kontrollerar järnstatus.", ""),
    ("{{MCI|F06|a}} enl. minnesutredning 2022, MMT 25/30, ingen progress.", ""),
    ("Kognitiv svikt, MMT 24/30, DD {{MCI|F06|u}}, komplettera med DT hjärna.", ""),
    ("Boende på SÄBO med {{BPSD|F03|a}}, nattlig oro och utåtagerande vid omvårdnad.", ""),
    ("Nytillkommen tinninghuvudvärk, SR 78, CRP 45 – {{GCA|M31|u}}? Temporalisbiopsi bokas.", ""),
    ("{{PMR|M35|a}}, Prednisolon nedtrappning till 7,5 mg, CRP 4.", ""),
    ("Ingen {{PMR|M35|n}}: normal SR och ingen morgonstelhet i skuldrorna.", ""),
    # --- cardiology
    ("EKG: {{FF|I48|a}} med kammarfrekvens 110, nytillkommet sedan igår.", ""),
    ("Känt paroxysmalt {{FF|I48|a}}, Eliquis 5 mg x 2, CHA2DS2-VASc 3.", ""),
    ("{{Förmaksflimmer|I48|a}} ({{FF|I48|a}}) upptäckt vid hälsokontroll, asymtomatisk.", ""),
    ("EKG: SR 68, ingen {{FF|I48|n}}, inga ST-förändringar.", ""),
    ("Hjärtklappning i attacker, trol. paroxysmalt {{ff|I48|u}}, remiss långtids-EKG.", ""),
    ("Pat med {{AF|I48|a}}, frekvensreglerad med Bisoprolol 5 mg x 1.", ""),
    ("{{FF:et|I48|a}} konverterade spontant under natten, SR vid morgonronden.", ""),
    ("{{FF|I48|a}} med snabb överledning, AF 22, BT 105/70.", "AF"),
    ("Far och farbror med {{FF|I48|f}}, pat själv utan arytmier på Holter.", ""),
    ("{{NSTEMI|I21|a}} 2020, PCI mot LAD, nu besvärsfri.", ""),
    ("Bröstsmärta sedan 2 h, TnT 85 → 140. Bed: {{NSTEMI|I21|a}}.", ""),
    ("Inferior {{STEMI|I21|a}}, akut PCI mot RCA, dörr-till-ballong 45 min.", ""),
    ("TnT 8 och 9 med 3 h mellanrum, EKG ua, {{AKS|I24|n}} avskrivs.", ""),
    ("Tryck över bröstet sedan 1 h, susp. {{AKS|I24|u}}, ASA 300 mg givet av ambulans.", "ASA"),
    ("St.p. {{AMI|I21|a}} x 2, {{HFrEF|I50|a}} med EF 30 %.", ""),
    ("{{HFpEF|I50|a}}, NT-proBNP 1800, Furix 40 mg x 1, vikt 84 kg.", ""),
    ("Far fick {{AMI|I21|f}} vid 52 års ålder.", ""),
    ("Efter {{NSTEMI:t|I21|a}} i maj har pat genomgått hjärtrehab med gott resultat.", ""),
    ("Eko: måttlig {{AS|I35|a}}, Vmax 3,6 m/s, medelgradient 32 mmHg.", ""),
    ("Systoliskt blåsljud 2/6 med max I2 dx, frågeställning {{AS|I35|u}} – eko bokat.", ""),
    ("Eko: lätt {{MI|I34|a}}, ingen {{AI|I35|n}}, EF 55 %.", ""),
    ("Reumatisk {{MS|I05|a}}, MVA 1,2 cm², följs på klaffmottagningen.", ""),
    ("{{DCM|I42|a}}, EF 25 %, ICD inopererad 2022.", ""),
    ("Far och farbror med {{HCM|I42|f}}, pat remitteras för genetisk utredning.", ""),
    ("{{WPW|I45|a}}, ablation planerad på EP-lab.", ""),
    ("Nytt {{LBBB|I44|a}} på EKG jämfört med 2021, TnT normalt.", ""),
    ("EKG: {{VGB|I44|a}}, QRS 150 ms.", ""),
    ("Totalt {{AV-block|I44|a}}, kammarfrekvens 34, akut temporär pacemaker.", ""),
    ("Långtids-EKG: rikligt med {{VES|I49|a}}, 12 % av slagen, inga {{VT|I47|n}}.", ""),
    ("Genomgången {{VT|I47|a}} 2019, ICD sedan dess, inga chocker.", ""),
    ("{{ASD|Q21|a}} secundum slutet med kateterburen teknik 2018.", ""),
    ("Gångsträcka 200 m, ABI 0,6 hö – {{PAD|I73|a}} hö ben, remiss kärlkirurg.", ""),
    ("{{AAA|I71|a}} 4,8 cm, ny UL-kontroll om 6 mån.", ""),
    # --- thrombosis / hypertension
    ("{{LE|I26|a}} bilat. på DT-angio, Innohep startat.", ""),
    ("Takykardi 112, sat 91 % på luft, ?{{LE|I26|u}}, D-dimer 2,4.", ""),
    ("DT-angio thorax: {{LE|I26|n}} utesluten.", ""),
    ("{{LE:n|I26|a}} var segmentell, behandlas i 3 mån.", ""),
    ("Hö vad svullen och öm, Wells 3, susp. {{DVT|I80|u}}.", ""),
    ("UL: {{DVT|I80|a}} i v. poplitea vä, Eliquis 10 mg x 2 i 7 d.", ""),
    ("UL benvener vä ua, ingen {{DVT|I80|n}}.", ""),
    ("{{DVT:n|I80|a}} från i höstas behandlad 6 mån, Eliquis avslutat.", ""),
    ("Ssk noterar svullet vä underben, ?{{DVT|I80|u}}, jour informerad.", ""),
    ("Mor hade {{DVT|I80|f}} två gånger, pat önskar p-piller.", ""),
    ("{{HT|I10|a}}, Enalapril 10 mg x 1, hem-BT 135/85.", ""),
    ("BT 128/76 vid tre mätningar, ingen {{HT|I10|n}}.", ""),
    ("Mor med {{DM2|E11|f}}, far med {{HT|I10|f}}.", ""),
    ("Sjukdomar: {{HT|I10|a}}, {{DM2|E11|a}}, {{KOL|J44|a}}, {{FF|I48|a}}.", ""),
    ("{{HT:n|I10|a}} välkontrollerad på Amlodipin 5 mg, fortsätter oförändrat.", ""),
    ("Tablettbehandlad {{ht|I10|a}}, hemtjänst hjälper med dosett.", ""),
    # --- pulmonary
    ("Känd {{KOL|J44|a}} GOLD 3, LTOT 2 L/min.", ""),
    ("{{KOL-exacerbation|J44|a}}, Prednisolon 30 mg i 5 d + Doxyferm.", ""),
    ("Inl. pga {{KOL-exac|J44|a}}, pCO2 7,8, NIV startat.", ""),
    ("Rökare 40 paketår, spirometri utan obstruktivitet, ingen {{KOL|J44|n}}.", ""),
    ("Pat med {{kol|J44|a}}, inhalerar Trixeo 2 x 2, sat 92 % i vila.", ""),
    ("Ökad andfåddhet, DD {{KOL|J44|u}}/{{astma|J45|u}}, spirometri med reversibilitet bokas.", ""),
    ("{{KOL:en|J44|a}} har försämrats senaste året, tre exacerbationer.", ""),
    ("{{KOL-exacerbation|J44|a}}, AF 26, sat 86 % utan syrgas.", "AF"),
    ("Mormor och morfar med {{KOL|J44|f}}, båda storrökare.", ""),
    ("{{OSAS|G47|a}}, CPAP sedan 2020, AHI 34 vid diagnos.", ""),
    ("Snarkning och dagtrötthet, ESS 14 – susp. {{OSAS|G47|u}}, nattlig polygrafi.", ""),
    ("{{SAS|G47|a}}, använder CPAP varje natt, god följsamhet.", ""),
    ("{{TBC|A16|a}} 1995, behandlad i Somalia.", ""),
    ("Långvarig hosta, viktnedgång, nattsvettningar – trol. {{TBC|A16|u}}, isolering, sputum x 3.", ""),
    ("2 mån gammal, {{RSV-bronkiolit|J21|a}}, näsgrimma 1 L, sondmatning.", ""),
    # --- infection
    ("Sveda och täta trängningar, U-sticka nitrit pos, trol. {{UVI|N39|u}}.", ""),
    ("{{UVI|N39|a}}, Selexid 200 mg x 3 i 3 d.", ""),
    ("Feber 39,2 och ömhet hö flank, {{UVI|N39|u}}/{{pyelit|N10|u}}?, odlingar tagna.", ""),
    ("Recidiverande {{UVI:er|N39|a}}, tre episoder senaste halvåret.", ""),
    ("Inga nya {{UVI:er|N39|n}} sedan förra besöket, Hiprex avslutat.", ""),
    ("Pat ringer, sveda vid miktion, tror hon har {{uvi|N39|u}} igen.", ""),
    ("{{UVI:n|N39|a}} har läkt ut, kontrollodling negativ.", ""),
    ("Förvirrad 88-åring, U-sticka pos men ingen feber, {{UVI|N39|n}} bedöms ej föreligga.", ""),
    ("{{MRSA-infektion|A49|a}} i operationssåret, Dalacin 300 mg x 3.", ""),
    ("{{HIV|B24|a}} sedan 2008, välbehandlad, omätbar virusmängd.", ""),
    ("Debuterade 1996 med {{AIDS|B20|a}} ({{PCP|B59|a}}), nu stabil på ART.", ""),
    ("{{HCV|B18|a}} genotyp 3, behandlad med Epclusa, SVR 2021.", ""),
    ("Kronisk {{HBV|B18|a}}, Vemlidy, HBV-DNA omätbart.", "HBV"),
    ("{{CMV-infektion|B25|a}} hos njurtransplanterad, Valcyte 900 mg x 2.", ""),
    ("Feber, halsont och förstorade lymfkörtlar, trol. {{EBV|B27|u}}, monospot tas.", ""),
    ("Blåsor vid läppen, {{HSV|B00|a}} typ 1, Valtrex 500 mg x 2.", ""),
    ("{{VZV|B02|a}} Th5 vä, Valtrex 1 g x 3 i 7 d.", ""),
    ("{{Covid-19|U07|a}} med syrgasbehov 2 L, Dexametason 6 mg x 1.", ""),
    ("Serologi bekräftar {{TBE|A84|a}}, inneliggande för observation.", ""),
    ("{{EM|A69|a}} vä lår efter fästingbett, Kåvepenin 1 g x 3 i 10 d.", ""),
    ("Kräkningar och diarré sedan igår, trol. viral {{GE|A08|u}}, vätskeplan.", ""),
    # --- gastroenterology / hepatology
    ("{{GERD|K21|a}}, Omeprazol 20 mg x 1, god effekt.", ""),
    ("Sura uppstötningar nattetid. DD: {{GERD|K21|u}}.", ""),
    ("Gastroskopi ua, ingen {{GERD|K21|n}}, fortsatt utredning av bröstsmärtan.", ""),
    ("{{IBS|K58|a}} med diarrédominans, FODMAP-råd via dietist.", ""),
    ("Normalt F-kalprotektin, trol. {{IBS|K58|u}}.", ""),
    ("{{UC|K51|a}} sedan 2012, Asacol 2,4 g, i remission.", ""),
    ("Blodiga diarréer 3 v, kalprotektin 1200, susp. {{IBD|K52|u}}, koloskopi bokas.", ""),
    ("{{PSC|K83|a}} och {{UC|K51|a}}, årlig koloskopi och MRCP.", ""),
    ("{{PBC|K74|a}}, Ursofalk 500 mg x 2, ALP sjunkande.", ""),
    ("ALAT 2 x ULN, ökad ekogenicitet i levern på UL, BMI 34 – trol. {{NASH|K75|u}}.", ""),
    ("Melena, Hb 78, susp. övre {{GI-blödning|K92|u}}, gastroskopi ikväll.", ""),
    ("Utspänd buk och blodig avföring hos barn fött v. 27, susp. {{NEC|P77|u}}.", ""),
    ("Syster med {{UC|K51|f}}, pat själv utan tarmbesvär.", ""),
    # --- renal / urology
    ("{{CKD|N18|a}} stadium 4, eGFR 22, remiss njurmottagningen.", ""),
    ("{{AKI|N17|a}}, krea 312 från 95, sätter ut Enalapril och Metformin.", ""),
    ("{{AKI:n|N17|a}} har gått i regress, krea 104 vid utskrivning.", ""),
    ("{{BPH|N40|a}}, Tamsulosin 0,4 mg, residualurin 80 ml.", ""),
    ("PSA 14, hård knöl vä lob – susp. {{PCa|C61|u}}, MR prostata.", "PSA"),
    ("{{PCa|C61|a}} Gleason 3+4, aktiv monitorering.", ""),
    ("Far hade {{PCa|C61|f}} vid 60 års ålder, pat önskar PSA-prov.", "PSA"),
    # --- endocrinology
    ("{{DM2|E11|a}} sedan 2015, Metformin 1 g x 2, HbA1c 54.", ""),
    ("{{Dm2|E11|a}}, tablettbehandlad, fotstatus ua.", ""),
    ("{{T2DM|E11|a}}, Jardiance 10 mg tillagt.", ""),
    ("{{DMII|E11|a}} kostbehandlad, HbA1c 46.", ""),
    ("{{DM1|E10|a}} sedan 8 års ålder, insulinpump, HbA1c 62.", ""),
    ("{{DM typ 1|E10|a}}, Libre, låga värden nattetid.", ""),
    ("Pat med {{DM|E14|a}}, Lantus 20 E t.n.", ""),
    ("Fasteglukos 8,1 x 2, HbA1c 52 – nydebuterad {{T2D|E11|a}}.", ""),
    ("HbA1c 39, ingen {{DM|E14|n}}.", ""),
    ("pH 7,12, B-ketoner 5,8 – {{DKA|E10|a}}, insulininfusion enl. PM.", ""),
    ("{{diabetes mellitus typ 2|E11|a}} ({{DM2|E11|a}}) sedan 2010, insulinbehandlad sedan 2019.", ""),
    ("{{dm2|E11|a}}, Metformin, ssk-kontroll var 6:e mån.", ""),
    ("{{T1DM|E10|a}}, HbA1c 71, behov av justering av basaldos.", ""),
    ("{{PCOS|E28|a}}, oregelbundna mens, Metformin 500 mg x 2.", ""),
    ("Oregelbunden mens sedan menarche, DD {{PCOS|E28|u}}, hormonprover tas.", ""),
    ("Na 124, U-osm 480, trol. {{SIADH|E22|u}}, vätskerestriktion 1 L/d.", ""),
    # --- rheumatology
    ("{{RA|M06|a}}, Metotrexat 20 mg/v + Enbrel, DAS28 2,4.", ""),
    ("Seropositiv {{RA|M05|a}}, anti-CCP > 340.", ""),
    ("Svullna MCP- och PIP-leder bilat, morgonstelhet 2 h, susp. {{RA|M06|u}}.", ""),
    ("Mor med {{RA|M06|f}}, syster med {{SLE|M32|f}}.", ""),
    ("{{SLE|M32|a}} med njurengagemang, Plaquenil + CellCept.", ""),
    ("Fjärilsexantem, ledvärk, ANA pos – ?{{SLE|M32|u}}.", ""),
    ("Ryggvärk sedan tonåren, morgonstelhet, HLA-B27 pos – trol. {{AS|M45|u}} ({{Bechterew|M45|u}}).", ""),
    ("{{AS|M45|a}} sedan 20 år, Humira, BASDAI 2,1.", ""),
    ("{{PsA|L40|a}}, Cosentyx, hudstatus lugnt.", ""),
    ("Daktylit dig 2 hö fot, {{psoriasis|L40|f}} hos far – DD {{PsA|L40|u}}.", ""),
    ("{{JIA|M08|a}} sedan 4 års ålder, nu i remission utan läkemedel.", ""),
    ("{{FM|M79|a}}, långvarig generaliserad smärta, fysisk aktivitet på recept.", ""),
    ("{{CRPS|G90|a}} vä hand efter operation i våras, svullnad, allodyni, färgskiftning.", ""),
    ("{{RA|M06|a}}; eko idag: RA normalstort, ingen perikardvätska.", "RA"),
    ("MR knä hö: {{OCD|M93|a}} mediala femurkondylen, stabilt fragment.", ""),
    ("Ingen {{SLE|M32|n}} enl. reumatolog, ANA lågtitrigt positivt.", ""),
    # --- psychiatry / child psychiatry
    ("{{ADHD|F90|a}} diagnostiserad 2019, Elvanse 50 mg.", ""),
    ("Koncentrationssvårigheter sedan skolstart, frågeställning {{ADHD|F90|u}}, remiss NP-utredning.", ""),
    ("NP-utredning: uppfyller ej kriterier för {{ADHD|F90|n}}.", ""),
    ("{{ADD|F90|a}}, Concerta 36 mg, fungerar bättre i skolan.", ""),
    ("{{AST|F84|a}} och {{ADHD|F90|a}}, har elevassistent.", ""),
    ("Utredd på BUP 2018, {{ASD|F84|a}} ({{autismspektrumtillstånd|F84|a}}).", ""),
    ("{{PTSD|F43|a}} efter krigsupplevelser i Syrien, traumafokuserad KBT.", ""),
    ("Mardrömmar och återupplevanden efter rånet, trol. {{PTSD|F43|u}}, PCL-5 29 p.", ""),
    ("Kriterier för {{PTSD|F43|n}} ej uppfyllda vid strukturerad intervju.", ""),
    ("{{OCD|F42|a}}, Sertralin 150 mg, ERP-behandling hos psykolog.", ""),
    ("{{GAD|F41|a}}, Escitalopram 10 mg, GAD-7 idag 11 p.", "GAD"),
    ("{{EIPS|F60|a}}, pågående DBT, färre akutbesök senaste halvåret.", ""),
    ("Dx {{BPD|F60|a}} enl. SCID-II 2017, DBT i grupp.", ""),
    ("{{EPS|G21|a}} på Haldol, stelhet och tremor, byter till Olanzapin.", ""),
    ("Lindrig {{IF|F70|a}}, bor i gruppbostad med personalstöd.", ""),
    ("Mor med {{ADHD|F90|f}}, bror med {{AST|F84|f}}.", ""),
    ("Oro och rastlöshet i flera år, DD {{GAD|F41|u}}, GAD-7 16 p.", "GAD"),
    ("Ingen {{OCD|F42|n}}, tankarna bedöms som ältande snarare än tvång.", ""),
    # --- haematology / oncology
    ("{{KLL|C91|a}} Binet A, ingen behandling, kontroll om 6 mån.", ""),
    ("Lymfocytos 28, trol. {{KLL|C91|u}}, flödescytometri skickad.", ""),
    ("{{CLL|C91|a}}, Ibrutinib sedan 2022.", ""),
    ("{{KML|C92|a}} i kronisk fas, Imatinib 400 mg, MMR uppnådd.", ""),
    ("{{AML|C92|a}}, induktion 7+3 påbörjad, dag 3.", ""),
    ("Blaster 40 % i perifert blod, {{AML|C92|u}}? {{ALL|C91|u}}? Benmärg imorgon.", ""),
    ("{{ALL|C91|a}} i barndomen, behandlad enl. NOPHO, recidivfri.", ""),
    ("{{MDS|D46|a}} låg risk, transfusionsbehov var 3:e vecka.", ""),
    ("{{MGUS|D47|a}} IgG-kappa 8 g/L, kontroll 1 g/år.", ""),
    ("M-komponent 32 g/L, benmärg 25 % plasmaceller – {{MM|C90|a}}.", ""),
    ("{{DLBCL|C83|a}}, R-CHOP x 6, PET-negativ efter behandling.", ""),
    ("{{HL|C81|a}} stadium IIA, ABVD x 4.", ""),
    ("{{NSCLC|C34|a}} stadium IV, EGFR-mutation, Tagrisso 80 mg.", ""),
    ("{{SCLC|C34|a}}, begränsad sjukdom, cytostatika + strålbehandling.", ""),
    ("Expansivitet hö ovanlob 4 cm, susp. {{NSCLC|C34|u}}, bronkoskopi bokas.", ""),
    ("{{BCC|C44|a}} hö näsvinge, excision med 4 mm marginal.", ""),
    ("{{SCC|C44|a}} hö öra, excideras på hudmottagningen.", ""),
    ("Fjällande fläckar på flintskallen, {{AK|L57|a}}, kryobehandling.", ""),
    ("Excision pigmenterad lesion rygg, PAD: {{MM|C43|a}} Breslow 0,8 mm.", "PAD mm"),
    ("Mammografi + biopsi: {{DCIS|D05|a}} vä bröst, grad 2.", ""),
    ("TPK 18, petekier på benen, trol. {{ITP|D69|u}}.", ""),
    ("JAK2-pos {{PV|D45|a}}, venesectio vid EVF > 0,45.", ""),
    ("Blodig diarré, TPK 45, krea 180 – susp. {{HUS|D59|u}}.", ""),
    ("Benmärg utan blastökning, {{MDS|D46|n}} kan avskrivas.", ""),
    # --- obstetrics / gynaecology
    ("Tidigare graviditet komplicerad av {{PE|O14|a}} v. 34, ASA 150 mg från v. 12 denna gång.", "ASA"),
    ("{{GDM|O24|a}}, kostbehandlad, glukosprofiler ua.", ""),
    ("{{PPROM|O42|a}} v. 31+2, Betapred och Erytromycin.", ""),
    ("Tillväxtkurvan flackar, EFW -24 %, susp. {{IUGR|O36|u}}.", ""),
    ("Kolposkopi: {{CIN2|N87|a}}, konisering planeras.", ""),
    ("Tunn grå flytning, pH 5,5, positivt sniff-test – {{BV|N76|a}}, Dalacin vagitorier.", ""),
    ("BT 150/100 och proteinuri v. 36, trol. {{PE|O14|u}}, inläggning.", ""),
    ("Normalt OGTT v. 28, ingen {{GDM|O24|n}}.", ""),
    # --- paediatrics / neonatology
    ("Snuva och lätt feber sedan 2 d, bed. {{ÖLI|J06|a}}, ingen antibiotika.", ""),
    ("Trumhinna hö bombé och rodnad – {{AOM|H66|a}}, PcV 50 mg/kg/d.", ""),
    ("Snorig sedan 1 v, nu öronvärk vä, {{ÖLI|J06|a}} + ?{{AOM|H66|u}}.", ""),
    ("Född v. 28, {{RDS|P22|a}}, Curosurf x 1.", ""),
    ("Född v. 25, {{BPD|P27|a}}, syrgas 0,1 L/min hemma.", ""),
    ("Liten muskulär {{VSD|Q21|a}}, spontan slutning väntas.", ""),
    ("Öronvärk men normala trumhinnor, ingen {{AOM|H66|n}}.", ""),
    # --- ENT / eye / skin / orthopaedics
    ("{{BPPV|H81|a}} hö bakre båge, Epleys manöver med god effekt.", ""),
    ("Yrsel vid huvudvändning, DD {{BPPV|H81|u}}, Dix-Hallpike bokas.", ""),
    # --- more varied inflections, hedges, negations
    ("Svullnad hö vad efter långflygning, {{DVT|I80|u}} kan ej uteslutas, UL imorgon.", ""),
    ("Wells låg, D-dimer < 0,5, inga tecken på {{LE|I26|n}}.", ""),
    ("Möjligen {{TIA|G45|u}}, men symtombilden talar mer för {{migränaura|G43|u}}.", ""),
    ("Oklar bröstsmärta, {{AKS|I24|n}} bedöms osannolikt, trol. muskuloskeletal genes.", ""),
    ("{{DM2|E11|a}}, {{HT|I10|a}}, st.p. {{NSTEMI|I21|a}} 2018 – årskontroll, lab utan anm.", ""),
    ("Pat med {{SLE|M32|a}} och sekundärt {{APS|D68|a}}, Waran, PK-mål 2–3.", ""),
    ("Susp. {{GBS|G61|u}} efter {{Campylobacter-enterit|A04|a}} för 2 v sedan.", ""),
    ("{{IBS|K58|n}} avskrivs då kalprotektin är kraftigt förhöjt.", ""),
    ("Ingen {{HT|I10|n}} eller {{DM|E14|n}} känd, röker ej.", ""),
    ("Farmor hade {{ALS|G12|f}}, pat orolig för ärftlighet.", ""),
    ("Trol. {{HCV|B18|u}}, anti-HCV pos, HCV-RNA skickat.", "HCV"),
    ("{{HIV|B24|n}} och {{HBV|B18|n}} negativa vid screening inför dialys.", ""),
    ("Känd {{BPH|N40|a}}, nu 900 ml i blåsan vid bladderscan, KAD sätts.", ""),
    ("{{PMR|M35|u}}? DD {{GCA|M31|u}}, SR 92, snabb effekt av Prednisolon.", ""),
    ("{{HFrEF|I50|a}} NYHA III, Entresto 97/103 mg x 2, Jardiance 10 mg.", ""),
    ("{{GERD|K21|a}}, {{IBS|K58|a}} och {{FM|M79|a}}, många vårdkontakter.", ""),
    ("{{SAH|I60|u}}? Åskknallshuvudvärk för 3 h sedan, DT ikväll.", ""),
    ("{{UC|K51|a}} i skov, 8 blodiga tömningar/d, Prednisolon 40 mg.", ""),
    ("{{FF|I48|u}}? Oregelbunden puls 96 vid palpation, EKG tas.", ""),
    ("Lätt {{MCI|F06|u}} kan ej uteslutas, ny bedömning om 1 år.", ""),
    ("{{NASH|K75|a}}, F2 på leverbiopsi 2023, viktnedgång 6 kg sedan dess.", ""),
    ("{{AKI|N17|n}} föreligger ej, krea oförändrat 88.", ""),
    ("{{ADD|F90|u}}? Dagdrömmande, glömsk, inga hyperaktiva drag.", ""),
    ("{{CKD|N18|a}} 3b, eGFR 38, undviker NSAID.", ""),
    ("Syster har {{PCOS|E28|f}}, pat själv regelbunden mens.", ""),
    ("{{ITP|D69|a}} sedan 2016, TPK 45, inga blödningar.", ""),
    ("Känd {{IPF|J84|a}}, nu ökad dyspné, ingen {{LE|I26|n}} på DT.", ""),
]

# ------------------------------------------------------------ look-alike lines
L = [
    ("QTc 420 ms, PR 160 ms, normal repolarisation.", "ms"),
    ("Uppföljning via MS Teams nästa vecka, pat föredrar videobesök.", "MS"),
    ("Vitalparametrar: AF 18/min, sat 96 %, puls 84, BT 132/80.", "AF"),
    ("AF 28, sat 89 % på 2 L grimma, NEWS 7 – kontaktar jour.", "AF"),
    ("Postop: AF 12, sat 97 % på luft, vaken och adekvat.", "AF"),
    ("Eko: RA dilaterat, TAPSE 14 mm, vä kammare normalstor.", "RA mm"),
    ("Högerkateterisering: RA 9 mmHg, PCWP 12 mmHg, PVR 2,1 WU.", "RA"),
    ("Började gymnasiet HT 2023, trivs bra, god närvaro.", "HT"),
    ("Planerar att börja studera igen HT 2025, sjukskrivningen avslutas.", "HT"),
    ("Avslutar sjuksköterskeutbildningen VT 2025, sommarjobb på avd 12.", "VT"),
    ("Inkommer 2 h efter intag av 30 tabl Sertralin, aktivt kol 50 g givet kl 03.15.", "kol"),
    ("Medicinskt kol 25 g p.o. enl. Giftinformationscentralen.", "kol"),
    ("Fragmin 5000 E sc x 1 som DVT-profylax under vårdtiden.", "DVT"),
    ("DVT-profylax med kompressionsstrumpor, mobiliseras dag 1 postop.", "DVT"),
    ("Preop: ASA-klass 2, fasta från kl 24, Alvedon 1 g premed.", "ASA"),
    ("Trombyl (ASA) 75 mg pausas 7 d före op.", "ASA mg"),
    ("ASAT 0,6, ALAT 0,9, ALP 1,8 – levervärden ua.", "ASAT"),
    ("GAD-7 6 p och PHQ-9 8 p vid dagens besök.", "GAD"),
    ("GAD-ak och IA-2-ak negativa, C-peptid normal.", "GAD"),
    ("Remiss för EPS och ev. ablation, eko ua.", "EPS"),
    ("MI-samtal om alkoholvanor, AUDIT 14 p, pat vill dra ned.", "MI"),
    ("Motiverande samtal (MI) kring rökstopp, pat i övervägandefas.", "MI"),
    ("AI-stödd granskning av mammografi utan anmärkning, ny kallelse om 2 år.", "AI"),
    ("EKG tolkat med AI-verktyg och granskat manuellt: SR 72, normal axel.", "AI"),
    ("HPV-vaccin dos 2 given i vä överarm, inga reaktioner.", "HPV"),
    ("Cellprovtagning med HPV-analys enl. screeningprogrammet, svar via brev.", "HPV"),
    ("Följs på AK-mottagningen, PK(INR) 2,6, oförändrad Waran-dos.", "AK"),
    ("eGFR (CKD-EPI) 84 mL/min/1,73 m², krea 78.", "CKD"),
    ("UL v. 32+1: BPD 84 mm, FL 62 mm, fostervikt enl. kurvan.", "BPD mm"),
    ("Fosterbiometri: BPD, HC och AC följer 50:e percentilen.", "BPD"),
    ("Glasögonrecept: hö sfär +1,25, vä sfär +1,00, ADD +2,50.", "ADD"),
    ("GBS-odling från vagina/rektum negativ, ingen intrapartumprofylax behövs.", "GBS"),
    ("Tumörmarkör SCC 0,9 µg/L, oförändrat mot förra kontrollen.", "SCC"),
    ("A-HLR enligt ERC:s ALS-algoritm, tre defibrilleringar, ROSC efter 12 min.", "ALS"),
    ("MRSA-screening (näsa, svalg, perineum) tagen pga sjukhusvård i Grekland.", "MRSA"),
    ("ESBL-screening tagen enligt rutin vid inläggning efter vård utomlands.", "ESBL"),
    ("HIV-test och övriga STI-prover tas inför PrEP-start.", "HIV"),
    ("PSA 0,8 µg/L, oförändrat, nästa kontroll om 1 år.", "PSA"),
    ("PSA-prov taget på pat:s begäran, svar om en vecka.", "PSA"),
    ("Beyfortus som RSV-profylax till barnet, född i oktober.", "RSV"),
    ("Shingrix (VZV-vaccin) dos 1 given, dos 2 om 2–6 mån.", "VZV"),
    ("TBE-vaccin dos 3 given, nästa påfyllnad om 5 år.", "TBE"),
    ("Ring pat imorgon fm med provsvar.", "fm"),
    ("Levaxin 100 µg x 1 fm, 30 min före frukost.", "fm"),
    ("Besök hos dietist på em, sedan hem med färdtjänst.", "em"),
    ("Bor i hus med trappa till sovrummet, klarar den med ledstång.", "hus"),
    ("Spelar fotboll i Enskede IF tre gånger i veckan.", "IF"),
    ("Flyger med SAS till Bangkok på fredag, önskar läkemedelsintyg för resan.", "SAS"),
    ("UL hals: lymfkörtlar upp till 8 mm, normal hilus.", "mm"),
    ("Pupiller 3 mm, lika stora, reagerar för ljus.", "mm"),
    ("Nervledning: distal latens n. medianus 3,8 ms, normalt.", "ms"),
    ("Inläggning av PE-rör bilat. i narkos, uppföljning om 3 mån.", "PE"),
    ("Ordinerat att ge Alvedon 500 mg vid temp över 38,5.", "ge mg"),
    ("Bor i lägenhet på bv, ingen hiss behövs.", "bv"),
    ("PV: portio ua, ingen flytning, adnexa palp. ua.", "PV"),
    ("AAA-screening av 65-åriga män: aortadiameter 2,4 cm, normal.", "AAA"),
    ("Välläkt ärr ca 1 dm på hö underarm efter op 2019.", "dm"),
    ("Quantiferon (TBC-test) tas inför start av Humira.", "TBC"),
    ("Hepatitserologi (HBV, HCV) tas inför cytostatikabehandling.", "HBV HCV ~hepatit"),
    ("PAD-svar: radikalt exciderat, ingen ytterligare åtgärd.", "PAD"),
    ("Furix 40 mg iv kl 10.30, diures 600 ml på 2 h.", "mg"),
]

# Abbreviated disease names that never occur as gold surfaces here but are
# legitimate trap targets in look-alike lines.
ALSO_DX = {"HPV", "ESBL"}

# Diagnosis-word stems that must not occur unmarked (self-check for completeness
# of the gold).  Matched case-insensitively as substrings outside marked spans.
DX_STEMS = [
    "hjärtsvikt", "pneumoni", "lunginflammation", "hypertoni", "anemi",
    "fraktur", "demens", "astma", "depression", "cancer", "metastas", "sepsis",
    "diabetes", "stroke", "infarkt", "emboli", "trombos", "epilepsi", "migrän",
    "psoriasis", "eksem", "artros", "gikt", "leukemi", "lymfom", "melanom",
    "myelom", "hepatit", "cirros", "pankreatit", "kolit", "otit", "bronkit",
    "pyelit", "cystit", "ångestsyndrom", "schizofreni", "bipolär", "autism",
    "neuropati", "nefropati", "retinopati", "obesitas", "hypotyreos",
    "hypertyreos", "struma", "osteoporos", "polymyalgi", "arterit", "vaskulit",
    "sarkoidos", "borrelios", "herpes", "bältros", "influensa", "covid",
    "hjärtinfarkt", "förmaksflimmer", "alzheimer", "parkinson", "crohn",
    "sjögren", "bechterew", "fibros", "enterit", "preeklampsi", "njursvikt",
    "angina", "kärlkramp", "trombocytopeni", "hypoglykemi", "synneurit",
    "aneurysm", "skleros", "ulcus", "gastrit", "neutropeni", "kardiomyopati",
    "dysplasi", "karcinom", "tumörsjukdom", "infektion", "abscess", "sår ",
]

MARK = re.compile(r"\{\{([^{}|]+)\|([^{}|]+)\|([^{}|]+)\}\}")
ALNUM = re.compile(r"[0-9A-Za-zÅÄÖåäöÉéÜüµ²]")


def parse(src):
    """Strip markup, return (text, [(start, end, surface, icd, assertion)])."""
    out, mentions, pos = [], [], 0
    length = 0
    for m in MARK.finditer(src):
        chunk = src[pos:m.start()]
        out.append(chunk)
        length += len(chunk)
        surface, icd, a = m.group(1), m.group(2), m.group(3)
        mentions.append((length, length + len(surface), surface, icd, a))
        out.append(surface)
        length += len(surface)
        pos = m.end()
    out.append(src[pos:])
    return "".join(out), mentions


def first_token(surface):
    m = re.match(r"[0-9A-Za-zÅÄÖåäöÉé]+", surface)
    return m.group(0) if m else surface


def token_spans(text, tok):
    """Whole-token, case-sensitive occurrences of tok in text."""
    res = []
    for m in re.finditer(re.escape(tok), text):
        s, e = m.start(), m.end()
        if s > 0 and ALNUM.match(text[s - 1]):
            continue
        if e < len(text) and ALNUM.match(text[e]):
            continue
        res.append((s, e))
    return res


def main():
    errors = []
    records = []
    parsed = []
    for group, entries in (("M", M), ("L", L)):
        for i, (src, ok) in enumerate(entries):
            text, ments = parse(src)
            parsed.append((group, i, src, text, ments, ok.split()))

    dx_tokens = set()
    for g, i, src, text, ments, ok in parsed:
        for (_s, _e, surf, _icd, _a) in ments:
            dx_tokens.add(first_token(surf))
    dx_tokens_ci = {t.lower() for t in dx_tokens | ALSO_DX}

    seen = set()
    for g, i, src, text, ments, ok in parsed:
        where = f"{g}[{i}] {text!r}"
        if "{" in text or "}" in text or "|" in text:
            errors.append(f"{where}: leftover markup")
        if text != text.strip() or "  " in text:
            errors.append(f"{where}: whitespace problem")
        if text in seen:
            errors.append(f"{where}: duplicate text")
        seen.add(text)
        if g == "M" and not ments:
            errors.append(f"{where}: mention line without mentions")
        if g == "L" and ments:
            errors.append(f"{where}: look-alike line with mentions")
        prev_end = -1
        spans = []
        for (s, e, surf, icd, a) in ments:
            if text[s:e] != surf:
                errors.append(f"{where}: offset mismatch for {surf!r}")
            if surf != surf.strip() or not surf:
                errors.append(f"{where}: bad surface {surf!r}")
            if s < prev_end:
                errors.append(f"{where}: overlapping/unsorted mentions")
            prev_end = e
            if s > 0 and ALNUM.match(text[s - 1]):
                errors.append(f"{where}: {surf!r} starts inside a word")
            if e < len(text) and ALNUM.match(text[e]):
                errors.append(f"{where}: {surf!r} ends inside a word")
            if not re.fullmatch(r"[A-Z][0-9]{2}", icd):
                errors.append(f"{where}: bad ICD-10 {icd!r}")
            if a not in ASSERTION:
                errors.append(f"{where}: bad assertion {a!r}")
            spans.append((s, e))

        def outside(s, e):
            return all(e <= ms or s >= me for ms, me in spans)

        allowed = {t for t in ok if not t.startswith("~")}
        allowed_stems = {t[1:] for t in ok if t.startswith("~")}
        # 1) no unmarked diagnosis abbreviation unless declared
        for tok in sorted(dx_tokens):
            hits = [sp for sp in token_spans(text, tok) if outside(*sp)]
            if hits and tok not in allowed:
                errors.append(f"{where}: unmarked {tok!r} not declared")
        # 2) declared tokens really occur unmarked
        for tok in allowed:
            if not [sp for sp in token_spans(text, tok) if outside(*sp)]:
                errors.append(f"{where}: declared {tok!r} not found unmarked")
        # 3) look-alike traps must resemble a diagnosis abbreviation
        if g == "L":
            if not allowed:
                errors.append(f"{where}: look-alike without trap token")
            for tok in allowed:
                tl = tok.lower()
                if tl in dx_tokens_ci:
                    continue
                if any(tl.startswith(d) and len(d) >= 2 for d in dx_tokens_ci):
                    continue
                errors.append(f"{where}: trap {tok!r} resembles no dx abbreviation")
        # 4) no unmarked diagnosis words
        low = text.lower()
        for stem in DX_STEMS:
            for m in re.finditer(re.escape(stem), low):
                if outside(m.start(), m.end()) and stem.strip() not in allowed_stems:
                    errors.append(f"{where}: unmarked dx word {stem!r}")
        for stem in allowed_stems:
            if stem not in low:
                errors.append(f"{where}: declared stem {stem!r} absent")

        records.append({
            "text": text,
            "mentions": [
                {"start": s, "end": e, "surface": surf, "icd10": icd,
                 "assertion": ASSERTION.get(a, a)}
                for (s, e, surf, icd, a) in ments
            ],
            "kind": KIND,
        })

    # deterministic interleave: one look-alike after every 4 mention lines
    m_recs = [r for r in records if r["mentions"]]
    l_recs = [r for r in records if not r["mentions"]]
    ordered, li = [], 0
    for k, r in enumerate(m_recs, 1):
        ordered.append(r)
        if k % 4 == 0 and li < len(l_recs):
            ordered.append(l_recs[li])
            li += 1
    ordered.extend(l_recs[li:])

    n_lines = len(ordered)
    n_ment = sum(len(r["mentions"]) for r in ordered)
    n_look = len(l_recs)
    if not 280 <= n_lines <= 330:
        errors.append(f"line count {n_lines} outside 280..330")
    if not 55 <= n_look <= 70:
        errors.append(f"look-alike count {n_look} outside 55..70")

    lines = [json.dumps(r, ensure_ascii=False) for r in ordered]
    for ln in lines:  # round-trip check
        r = json.loads(ln)
        for mm in r["mentions"]:
            if r["text"][mm["start"]:mm["end"]] != mm["surface"]:
                errors.append(f"round-trip offset error in {r['text']!r}")
        if list(r.keys()) != ["text", "mentions", "kind"]:
            errors.append("key order")

    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(errors)} problem(s); nothing written.", file=sys.stderr)
        sys.exit(1)

    out = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                       "dx_abbrev_dev.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")

    from collections import Counter
    ac = Counter(mm["assertion"] for r in ordered for mm in r["mentions"])
    print(f"wrote {out}: {n_lines} lines, {n_ment} mentions "
          f"({dict(sorted(ac.items()))}), {n_look} look-alike lines")


if __name__ == "__main__":
    main()
