#!/usr/bin/env python3
"""Build dx_scope_dev.jsonl (a development set, written by an independent helper from the routines
and its own knowledge only): independent gold data for diagnosis
mention + assertion SCOPE in Swedish clinical text. Standard library only, deterministic.

Each entry: add(kind, text, (surface, icd10, assertion_code[, occurrence]), ...)
assertion codes: A=affirmed U=uncertain N=negated F=family H=historical
occurrence = index among whole-word occurrences of surface in text (default 0).
"""
import json
import os
import re
import sys
from collections import Counter

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dx_scope_dev.jsonl")
KINDS = {"neg_scope", "hedge_scope", "dd_lists", "clauses", "confirmed_revised",
         "telegraphic", "negative_lookalikes"}
ASSERT = {"A": "affirmed", "U": "uncertain", "N": "negated", "F": "family", "H": "historical"}
D = []


def add(kind, text, *mentions):
    D.append((kind, text, mentions))

# ================================================================ neg_scope
K = "neg_scope"
add(K, "Rtg hö fotled: ingen fraktur, bed. som fotledsdistorsion, RICE och ÅB vb.",
    ("fraktur", "S82", "N"), ("fotledsdistorsion", "S93", "A"))
add(K, "MR ländrygg utan diskbråck, däremot uttalad spinal stenos L4-L5.",
    ("diskbråck", "M51", "N"), ("spinal stenos", "M48", "A"))
add(K, "Afebril, inga tecken på pneumoni eller UVI.",
    ("pneumoni", "J18", "N"), ("UVI", "N39", "N"))
add(K, "Pneumoni, lungemboli och hjärtinfarkt får anses uteslutna efter utredning på akuten.",
    ("Pneumoni", "J18", "N"), ("lungemboli", "I26", "N"), ("hjärtinfarkt", "I21", "N"))
add(K, "Serologi neg för borrelia, TBE ej aktuellt då ej vaccinerad och ingen exposition i riskområde.",
    ("borrelia", "A69", "N"), ("TBE", "A84", "N"))
add(K, "Pneumoni hö underlob, opåverkad, inläggning ej aktuell.",
    ("Pneumoni", "J18", "A"))
add(K, "Ingen DVT på UL men ytlig tromboflebit vä v. saphena magna.",
    ("DVT", "I80", "N"), ("ytlig tromboflebit", "I80", "A"))
add(K, "Ej diabetes men prediabetes, HbA1c 44, livsstilsråd givna.",
    ("diabetes", "E14", "N"), ("prediabetes", "R73", "A"))
add(K, "Utan tecken på meningit; trol. viral övre luftvägsinfektion.",
    ("meningit", "G03", "N"), ("viral övre luftvägsinfektion", "J06", "U"))
add(K, "Inga hållpunkter för appendicit, pat har gastroenterit som syskonen.",
    ("appendicit", "K35", "N"), ("gastroenterit", "A09", "A"))
add(K, "ingen pneumothorax efter tappningen, pleuravätskan klart minskad",
    ("pneumothorax", "J93", "N"), ("pleuravätskan", "J90", "A"))
add(K, "Ej anemi, ej trombocytopeni. Känd KLL stadium A, oförändrad.",
    ("anemi", "D64", "N"), ("trombocytopeni", "D69", "N"), ("KLL", "C91", "A"))
add(K, "Diffus struma, ingen hypertyreos enl. lab.",
    ("Diffus struma", "E04", "A"), ("hypertyreos", "E05", "N"))
add(K, "Ingen malignitet i biopsierna, kronisk gastrit, H. pylori-positiv.",
    ("malignitet", "C80", "N"), ("kronisk gastrit", "K29", "A"))
add(K, "Ej depression enl. MADRS-S och samtal, däremot tydligt utmattningssyndrom.",
    ("depression", "F32", "N"), ("utmattningssyndrom", "F43", "A"))
add(K, "Ingen fraktur, ingen luxation; kontusion vä axel efter fall från stege.",
    ("fraktur", "S42", "N"), ("luxation", "S43", "N"), ("kontusion", "S40", "A"))
add(K, "Kontroll-UL: inga gallstenar, ingen kolecystit, lätt fettlever.",
    ("gallstenar", "K80", "N"), ("kolecystit", "K81", "N"), ("fettlever", "K76", "A"))
add(K, "Ej UVI - urinodling utan växt; bakteriell vaginos bekräftad på wetsmear.",
    ("UVI", "N39", "N"), ("bakteriell vaginos", "N76", "A"))
add(K, "Astma välkontrollerad utan exacerbationer i år, ingen KOL enligt spirometri.",
    ("Astma", "J45", "A"), ("KOL", "J44", "N"))
add(K, "Negativ för covid-19 och influensa, RS-positiv bronkiolit.",
    ("covid-19", "U07", "N"), ("influensa", "J11", "N"), ("RS-positiv bronkiolit", "J21", "A"))
add(K, "Ingen ablatio retinae på vidvinkelfoto, bakre glaskroppsavlossning hö öga.",
    ("ablatio retinae", "H33", "N"), ("bakre glaskroppsavlossning", "H43", "A"))
add(K, "Inga tecken på glaukom, tryck 16/17 mmHg; katarakt bilat, vä>hö.",
    ("glaukom", "H40", "N"), ("katarakt", "H26", "A"))
add(K, "Ingen otit, tonsillit hö med beläggningar, strep A pos.",
    ("otit", "H66", "N"), ("tonsillit", "J03", "A"))
add(K, "hCG neg, ingen X-graviditet; ovarialcysta vä 4 cm på VUL.",
    ("X-graviditet", "O00", "N"), ("ovarialcysta", "N83", "A"))
add(K, "Preeklampsi ej aktuellt (ingen proteinuri), bed. graviditetshypertoni.",
    ("Preeklampsi", "O14", "N"), ("graviditetshypertoni", "O13", "A"))
add(K, "Ingen mastit, mjölkstas bilat, amningsråd.",
    ("mastit", "O91", "N"), ("mjölkstas", "O92", "A"))
add(K, "Inga tecken på sepsis, pyelonefrit hö, peroral antibiotika.",
    ("sepsis", "A41", "N"), ("pyelonefrit", "N10", "A"))
add(K, "Ingen intrakraniell blödning på DT skalle, bed. commotio cerebri.",
    ("intrakraniell blödning", "S06", "N"), ("commotio cerebri", "S06", "A"))
add(K, "Ej stroke, fokalneurologin förklaras av hypoglykemi och gick i regress efter glukos.",
    ("stroke", "I64", "N"), ("hypoglykemi", "E16", "A"))
add(K, "Utan tecken på malignitet eller metastaser; benign prostatahyperplasi.",
    ("malignitet", "C80", "N"), ("metastaser", "C79", "N"), ("benign prostatahyperplasi", "N40", "A"))
add(K, "Inte hjärtsvikt utan KOL-exacerbation, NT-proBNP normalt.",
    ("hjärtsvikt", "I50", "N"), ("KOL-exacerbation", "J44", "A"))
add(K, "Varken hypotyreos eller hypertyreos, struma nodosa för UL-kontroll.",
    ("hypotyreos", "E03", "N"), ("hypertyreos", "E05", "N"), ("struma nodosa", "E04", "A"))
add(K, "DVT kan uteslutas (D-dimer neg, Wells 0); erysipelas vä underben.",
    ("DVT", "I80", "N"), ("erysipelas", "A46", "A"))
add(K, "Cystit, ej pyelonefrit - afebril och ingen dunkömhet.",
    ("Cystit", "N30", "A"), ("pyelonefrit", "N10", "N"))
add(K, "Inga hållpunkter för psykos, djup depression med uttalad hopplöshet.",
    ("psykos", "F29", "N"), ("djup depression", "F32", "A"))
add(K, "Ej alkoholberoende enl. AUDIT; bipolär sjukdom typ 2 stabil på litium.",
    ("alkoholberoende", "F10", "N"), ("bipolär sjukdom typ 2", "F31", "A"))
add(K, "Skafoideumfraktur ej påvisad, distal radiusfraktur vä utan felställning.",
    ("Skafoideumfraktur", "S62", "N"), ("distal radiusfraktur", "S52", "A"))
add(K, "Pneumoni utan pleuravätska.",
    ("Pneumoni", "J18", "A"), ("pleuravätska", "J90", "N"))
add(K, "Gallsten utan kolecystit, planeras för elektiv op.",
    ("Gallsten", "K80", "A"), ("kolecystit", "K81", "N"))
add(K, "DT buk: divertikulos i sigmoideum utan divertikulit.",
    ("divertikulos", "K57", "A"), ("divertikulit", "K57", "N"))
add(K, "Erysipelas, ej abscess, ingen misstanke om nekrotiserande fasciit.",
    ("Erysipelas", "A46", "A"), ("abscess", "L02", "N"), ("nekrotiserande fasciit", "M72", "N"))
add(K, "Känd epilepsi, anfallsfri sedan 2021, aldrig haft status epilepticus.",
    ("epilepsi", "G40", "A"), ("status epilepticus", "G41", "N"))
add(K, "Inget förmaksflimmer på 72 h långtids-EKG hos pat inlagd för kryptogen stroke.",
    ("förmaksflimmer", "I48", "N"), ("kryptogen stroke", "I63", "A"))
add(K, "Otitis media vä, ingen mastoidit.",
    ("Otitis media", "H66", "A"), ("mastoidit", "H70", "N"))
add(K, "Ingen konjunktivit men iridocyklit hö, remiss ögonakuten.",
    ("konjunktivit", "H10", "N"), ("iridocyklit", "H20", "A"))
add(K, "Akne utan ärrbildning, ej rosacea.",
    ("Akne", "L70", "A"), ("rosacea", "L71", "N"))
add(K, "Inte malignt melanom, seborroisk keratos vid dermatoskopi.",
    ("malignt melanom", "C43", "N"), ("seborroisk keratos", "L82", "A"))
add(K, "Ej skabb, atopiskt eksem i skov.",
    ("skabb", "B86", "N"), ("atopiskt eksem", "L20", "A"))
add(K, "Underbensfraktur vä opererad igår, inga tecken på kompartmentsyndrom.",
    ("Underbensfraktur", "S82", "A"), ("kompartmentsyndrom", "T79", "N"))
add(K, "Ingen hydronefros, 4 mm uretärsten vä i distala delen.",
    ("hydronefros", "N13", "N"), ("uretärsten", "N20", "A"))
add(K, "PSA normalt, inget som talar för prostatacancer; kronisk prostatit.",
    ("prostatacancer", "C61", "N"), ("kronisk prostatit", "N41", "A"))
add(K, "Gastroskopi: hiatusbråck 3 cm, ingen esofagit.",
    ("hiatusbråck", "K44", "A"), ("esofagit", "K20", "N"))
add(K, "Celiaki avskriven (tTG neg x2), bed. som IBS.",
    ("Celiaki", "K90", "N"), ("IBS", "K58", "A"))
add(K, "Transglutaminas-ak neg, ej celiaki; laktosintolerans?",
    ("celiaki", "K90", "N"), ("laktosintolerans", "E73", "U"))
add(K, "Haltar sedan 2 d, ingen Perthes på rtg, transitorisk synovit hö höft.",
    ("Perthes", "M91", "N"), ("transitorisk synovit", "M67", "A"))
add(K, "Ej invagination på UL, gastroenterit, vätskeschema.",
    ("invagination", "K56", "N"), ("gastroenterit", "A09", "A"))
add(K, "HIV, hepatit B och hepatit C neg; positiv för syfilis, smittspårning startad.",
    ("HIV", "B24", "N"), ("hepatit B", "B18", "N"), ("hepatit C", "B18", "N"), ("syfilis", "A53", "A"))
add(K, "Klamydia neg, gonorré pos i svalg och cervix.",
    ("Klamydia", "A56", "N"), ("gonorré", "A54", "A"))
add(K, "Inte akut kolecystit men koledokussten med lätt stas.",
    ("akut kolecystit", "K81", "N"), ("koledokussten", "K80", "A"))
add(K, "Ingen aortadissektion på DT-angio; okontrollerad hypertoni, justerar medicin.",
    ("aortadissektion", "I71", "N"), ("hypertoni", "I10", "A"))
add(K, "Ingen lungemboli på DT thorax men bilat pneumoni.",
    ("lungemboli", "I26", "N"), ("pneumoni", "J18", "A"))
add(K, "Troponinstegring men ingen hjärtinfarkt, bed. myokardit, MR hjärta bokas.",
    ("hjärtinfarkt", "I21", "N"), ("myokardit", "I40", "A"))
add(K, "Ej TIA eller stroke, perifer facialispares hö (Bells pares).",
    ("TIA", "G45", "N"), ("stroke", "I64", "N"), ("perifer facialispares", "G51", "A"), ("Bells pares", "G51", "A"))
add(K, "Skelettscint utan skelettmetastaser, lokaliserad prostatacancer.",
    ("skelettmetastaser", "C79", "N"), ("prostatacancer", "C61", "A"))
add(K, "Mammografi och UL ua - ingen bröstcancer; fibroadenom hö bröst.",
    ("bröstcancer", "C50", "N"), ("fibroadenom", "D24", "A"))
add(K, "Aktinisk keratos på hjässan, ingen misstanke om skivepitelcancer.",
    ("Aktinisk keratos", "L57", "A"), ("skivepitelcancer", "C44", "N"))
add(K, "Inga kända sjukdomar förutom hypotyreos sedan 2015.",
    ("hypotyreos", "E03", "A"))
add(K, "Inga tecken till meningit, encefalit eller hjärnabscess, LP och MR ua.",
    ("meningit", "G03", "N"), ("encefalit", "G04", "N"), ("hjärnabscess", "G06", "N"))
add(K, "Typ 2-diabetes, ej insulinbehandlad, inga kända komplikationer.",
    ("Typ 2-diabetes", "E11", "A"))
add(K, "Influensa A, inget behov av Tamiflu då >48 h sedan debut och ej riskgrupp.",
    ("Influensa A", "J10", "A"))
# ================================================================ hedge_scope
K = "hedge_scope"
add(K, "Astma sedan barndomen, nu susp. pneumoni vä basalt.",
    ("Astma", "J45", "A"), ("pneumoni", "J18", "U"))
add(K, "DM2 sedan 10 år, sannolikt diabetesnefropati med albuminuri.",
    ("DM2", "E11", "A"), ("diabetesnefropati", "E11", "U"))
add(K, "Gastroenterit sedan 3 dygn, ev. lätt dehydrering.",
    ("Gastroenterit", "A09", "A"), ("dehydrering", "E86", "U"))
add(K, "Psoriasis med ledbesvär i fingrarna, psoriasisartrit kan ej uteslutas.",
    ("Psoriasis", "L40", "A"), ("psoriasisartrit", "L40", "U"))
add(K, "Utbredd plackpsoriasis, ev. start av metotrexat efter lab.",
    ("plackpsoriasis", "L40", "A"))
add(K, "Erysipelas vä underben, ev. inläggning om ej bättre imorgon.",
    ("Erysipelas", "A46", "A"))
add(K, "Svimmade på jobbet, bed. reflexsynkope, trol. utlöst av smärta.",
    ("reflexsynkope", "R55", "A"))
add(K, "Förmaksflimmer med oklar debut, ev. elkonvertering efter 3 v AK.",
    ("Förmaksflimmer", "I48", "A"))
add(K, "KOL-exacerbation, trol. utlöst av virusinfektion.",
    ("KOL-exacerbation", "J44", "A"), ("virusinfektion", "B34", "U"))
add(K, "Hypokalemi 2,9, möjligen pga primär aldosteronism - renin/aldosteron tas.",
    ("Hypokalemi", "E87", "A"), ("primär aldosteronism", "E26", "U"))
add(K, "Anemi Hb 98, trol. järnbristanemi; menorragi sedan ett år.",
    ("Anemi", "D64", "A"), ("järnbristanemi", "D50", "U"), ("menorragi", "N92", "A"))
add(K, "Medelsvår depression, ev. samsjuklighet med GAD.",
    ("Medelsvår depression", "F32", "A"), ("GAD", "F41", "U"))
add(K, "Pulserande huvudvärk sedan 3 d, sannolikt migrän, ingen nackstelhet.",
    ("migrän", "G43", "U"))
add(K, "Ländryggsmärta med utstrålning, trol. ischias vä, inga tecken på cauda equina.",
    ("ischias", "M54", "U"), ("cauda equina", "G83", "N"))
add(K, "Hyperkalcemi, misstänkt myelom, elfores skickad.",
    ("Hyperkalcemi", "E83", "A"), ("myelom", "C90", "U"))
add(K, "Akut kolecystit, ev. koledokussten, MRCP bokad.",
    ("Akut kolecystit", "K81", "A"), ("koledokussten", "K80", "U"))
add(K, "Ulcerös kolit i skov, CMV-kolit kan ej uteslutas.",
    ("Ulcerös kolit", "K51", "A"), ("CMV-kolit", "B25", "U"))
add(K, "Fotledsfraktur vä Weber B, ev. syndesmosskada.",
    ("Fotledsfraktur", "S82", "A"), ("syndesmosskada", "S93", "U"))
add(K, "Knädistorsion hö i fotboll, misstänkt främre korsbandsruptur, MR remitteras.",
    ("Knädistorsion", "S83", "A"), ("främre korsbandsruptur", "S83", "U"))
add(K, "Hälsenerupptur hö kliniskt säker (Thompson pos), operation ev. aktuell.",
    ("Hälsenerupptur", "S86", "A"))
add(K, "Pyelonefrit, sannolikt E. coli, antibiotika enl. odlingssvar.",
    ("Pyelonefrit", "N10", "A"))
add(K, "Sepsis med trol. urinvägsfokus, odlingar tagna före AB.",
    ("Sepsis", "A41", "A"))
add(K, "Akut pankreatit, sannolikt gallstensutlöst.",
    ("Akut pankreatit", "K85", "A"))
add(K, "Akut pankreatit, trol. alkoholgenes hos pat med känt alkoholberoende.",
    ("Akut pankreatit", "K85", "A"), ("alkoholberoende", "F10", "A"))
add(K, "Schizofreni, nu trol. skov pga utsatt medicinering.",
    ("Schizofreni", "F20", "A"))
add(K, "Hypotyreos, ev. dosjustering av Levaxin efter nytt TSH.",
    ("Hypotyreos", "E03", "A"))
add(K, "Pat med Parkinsons sjukdom, trol. ortostatisk hypotension som orsak till fallen.",
    ("Parkinsons sjukdom", "G20", "A"), ("ortostatisk hypotension", "I95", "U"))
add(K, "Alzheimers sjukdom, möjligen blandform med vaskulär demens.",
    ("Alzheimers sjukdom", "G30", "A"), ("vaskulär demens", "F01", "U"))
add(K, "UVI påvisad; akut konfusion hos 88-åring, trol. delirium.",
    ("UVI", "N39", "A"), ("delirium", "F05", "U"))
add(K, "Trötthet, möjligen hypotyreos, TSH tas; känd celiaki.",
    ("hypotyreos", "E03", "U"), ("celiaki", "K90", "A"))
add(K, "Osteoporos, ev. byte till zoledronsyra efter tandläkarbesök.",
    ("Osteoporos", "M81", "A"))
add(K, "Akut sinuit sedan en vecka, nu nackstelhet och feber, bakteriell meningit kan inte uteslutas.",
    ("Akut sinuit", "J01", "A"), ("bakteriell meningit", "G00", "U"))
add(K, "Mononukleos, eventuellt sekundär bakteriell tonsillit, PcV insätts ej.",
    ("Mononukleos", "B27", "A"), ("bakteriell tonsillit", "J03", "U"))
add(K, "Akut otit bilat, ev. perforation hö med flytning.",
    ("Akut otit", "H66", "A"), ("perforation", "H72", "U"))
add(K, "Pos. Lasègue vä 40 grader, talar för diskbråck L5-S1; känd hypertoni.",
    ("diskbråck", "M51", "U"), ("hypertoni", "I10", "A"))
add(K, "Rtg förenligt med pneumoni i hö mellanlob; KOL sedan tidigare.",
    ("pneumoni", "J18", "U"), ("KOL", "J44", "A"))
add(K, "Bild av akut bronkit hos pat med astma.",
    ("akut bronkit", "J20", "U"), ("astma", "J45", "A"))
add(K, "Eksem på båda händerna, misstänkt kontaktallergi mot nickel, lapptest bokas.",
    ("Eksem", "L30", "A"), ("kontaktallergi", "L23", "U"))
add(K, "Urtikaria, trol. läkemedelsutlöst (amoxicillin), sätts upp som överkänslighet.",
    ("Urtikaria", "L50", "A"))
add(K, "Gikt hö stortå, ev. kolchicin om ej effekt av NSAID inom 2 dygn.",
    ("Gikt", "M10", "A"))
add(K, "Polymyalgia reumatika, temporalisarterit bör uteslutas trots att käkclaudicatio saknas.",
    ("Polymyalgia reumatika", "M35", "A"), ("temporalisarterit", "M31", "U"))
add(K, "Reumatoid artrit sedan 2012, möjligen interstitiell lungsjukdom på HRCT.",
    ("Reumatoid artrit", "M06", "A"), ("interstitiell lungsjukdom", "J84", "U"))
add(K, "Misstänkt appendicit hos pat med känd Crohns sjukdom, DT buk.",
    ("appendicit", "K35", "U"), ("Crohns sjukdom", "K50", "A"))
add(K, "Trolig UVI; pat har även KOL och hjärtsvikt.",
    ("UVI", "N39", "U"), ("KOL", "J44", "A"), ("hjärtsvikt", "I50", "A"))
add(K, "Hjärtsvikt NYHA III, sannolikt ischemisk genes, koronarangio planeras.",
    ("Hjärtsvikt", "I50", "A"))
add(K, "Nydebuterad hjärtsvikt vid snabbt förmaksflimmer, trol. takykardiinducerad kardiomyopati.",
    ("hjärtsvikt", "I50", "A"), ("förmaksflimmer", "I48", "A"), ("takykardiinducerad kardiomyopati", "I42", "U"))
add(K, "Preeklampsi v 34, ev. förlossning inom 48 h, betametason givet.",
    ("Preeklampsi", "O14", "A"))
add(K, "Graviditetsdiabetes, möjligen behov av insulin om fortsatt höga värden.",
    ("Graviditetsdiabetes", "O24", "A"))
add(K, "Blödning i v 9 hos pat med hypotyreos, hotande missfall?",
    ("hypotyreos", "E03", "A"), ("hotande missfall", "O20", "U"))
add(K, "Laparoskopiskt verifierad endometrios, trol. också adenomyos enl. MR.",
    ("endometrios", "N80", "A"), ("adenomyos", "N80", "U"))
add(K, "Katarakt bilat, trol. även torr makuladegeneration hö.",
    ("Katarakt", "H26", "A"), ("torr makuladegeneration", "H35", "U"))
add(K, "Rött öga, sannolikt viral konjunktivit, ingen iridocyklit.",
    ("viral konjunktivit", "H10", "U"), ("iridocyklit", "H20", "N"))
add(K, "BPPV hö bakre båggång, ev. ny Epley-manöver om kvarstående yrsel.",
    ("BPPV", "H81", "A"))
add(K, "Peritonsillit vä, ev. abscessbildning, punktion görs.",
    ("Peritonsillit", "J36", "A"))
add(K, "Misstänkt melanom vä skuldra, i övrigt benigna nevi.",
    ("melanom", "C43", "U"), ("nevi", "D22", "A"))
add(K, "Basaliom på näsvingen, ev. Mohs-kirurgi.",
    ("Basaliom", "C44", "A"))
add(K, "Lungcancer st IIIB, möjligen hjärnmetastaser på DT, MR begärd.",
    ("Lungcancer", "C34", "A"), ("hjärnmetastaser", "C79", "U"))
add(K, "Prostatacancer, ev. start av ADT efter MDK.",
    ("Prostatacancer", "C61", "A"))
add(K, "Neutropen feber hos pat med AML, misstänkt kateterrelaterad sepsis.",
    ("Neutropen feber", "D70", "A"), ("AML", "C92", "A"), ("sepsis", "A41", "U"))
add(K, "Känd lungcancer; hyponatremi 124, trol. SIADH.",
    ("lungcancer", "C34", "A"), ("hyponatremi", "E87", "A"), ("SIADH", "E22", "U"))
add(K, "Covid-19 sedan 5 d, nu möjligen sekundär bakteriell pneumoni.",
    ("Covid-19", "U07", "A"), ("bakteriell pneumoni", "J15", "U"))
add(K, "Trol. scabies, behandla hela familjen; atopiskt eksem sedan barndomen.",
    ("scabies", "B86", "U"), ("atopiskt eksem", "L20", "A"))
add(K, "ADHD, möjligen också autism, NPF-utredningen fortsätter.",
    ("ADHD", "F90", "A"), ("autism", "F84", "U"))
add(K, "Utmattningssyndrom, möjligen underliggande depression.",
    ("Utmattningssyndrom", "F43", "A"), ("depression", "F32", "U"))
add(K, "Alkoholberoende, nu trol. abstinens, CIWA 14.",
    ("Alkoholberoende", "F10", "A"), ("abstinens", "F10", "U"))
add(K, "Opioidberoende i LARO, misstänkt bensodiazepinberoende.",
    ("Opioidberoende", "F11", "A"), ("bensodiazepinberoende", "F13", "U"))
add(K, "Anorexia nervosa, misstänkt osteoporos, DXA beställd.",
    ("Anorexia nervosa", "F50", "A"), ("osteoporos", "M81", "U"))
# ================================================================ dd_lists
K = "dd_lists"
add(K, "Övergående synbortfall vä öga, DD migrän med aura/TIA/amaurosis fugax.",
    ("migrän med aura", "G43", "U"), ("TIA", "G45", "U"), ("amaurosis fugax", "G45", "U"))
add(K, "Andfåddhet och takykardi. DD lungemboli, pneumoni, mindre sannolikt hjärtsvikt.",
    ("lungemboli", "I26", "U"), ("pneumoni", "J18", "U"), ("hjärtsvikt", "I50", "U"))
add(K, "Scrotal smärta vä, bed. epididymit; DD testistorsion avskriven efter doppler-UL.",
    ("epididymit", "N45", "A"), ("testistorsion", "N44", "N"))
add(K, "DT buk, frågeställning divertikulit, ev. perforerad appendicit?",
    ("divertikulit", "K57", "U"), ("perforerad appendicit", "K35", "U"))
add(K, "Frågeställning pneumoni? Svar: ingen pneumoni, liten pleuravätska hö.",
    ("pneumoni", "J18", "N", 0), ("pneumoni", "J18", "N", 1), ("pleuravätska", "J90", "A"))
add(K, "DD: gastroenterit, appendicit, invagination.",
    ("gastroenterit", "A09", "U"), ("appendicit", "K35", "U"), ("invagination", "K56", "U"))
add(K, "Huvudvärk dagligen, DD spänningshuvudvärk, migrän, läkemedelsöverförbrukningshuvudvärk.",
    ("spänningshuvudvärk", "G44", "U"), ("migrän", "G43", "U"), ("läkemedelsöverförbrukningshuvudvärk", "G44", "U"))
add(K, "Ledsvullnad hö knä: DD septisk artrit, gikt, pseudogikt - punktion görs.",
    ("septisk artrit", "M00", "U"), ("gikt", "M10", "U"), ("pseudogikt", "M11", "U"))
add(K, "Pat med känd RA, nu svullen armbåge; DD olecranonbursit, RA-skov.",
    ("RA", "M06", "A"), ("olecranonbursit", "M70", "U"), ("RA-skov", "M06", "U"))
add(K, "Dyspné, DD KOL-exacerbation, hjärtsvikt, pneumoni; lungemboli bedöms mindre trolig.",
    ("KOL-exacerbation", "J44", "U"), ("hjärtsvikt", "I50", "U"), ("pneumoni", "J18", "U"), ("lungemboli", "I26", "U"))
add(K, "Smärta i hö fossa hos 24-årig kvinna, DD appendicit, ovarialcysta, extrauterin graviditet (hCG neg, avskriven).",
    ("appendicit", "K35", "U"), ("ovarialcysta", "N83", "U"), ("extrauterin graviditet", "O00", "N"))
add(K, "Ikterus, DD koledokussten, pankreascancer, levermetastaser.",
    ("koledokussten", "K80", "U"), ("pankreascancer", "C25", "U"), ("levermetastaser", "C78", "U"))
add(K, "Synkope; DD arytmi, ortostatism, aortastenos - UCG och Holter.",
    ("Synkope", "R55", "A"), ("arytmi", "I49", "U"), ("ortostatism", "I95", "U"), ("aortastenos", "I35", "U"))
add(K, "Akut yrsel, DD vestibularisneurit/cerebellär infarkt, MR bokas.",
    ("vestibularisneurit", "H81", "U"), ("cerebellär infarkt", "I63", "U"))
add(K, "Monoartrit vä fotled, DD gikt, reaktiv artrit, borreliaartrit.",
    ("Monoartrit", "M13", "A"), ("gikt", "M10", "U"), ("reaktiv artrit", "M02", "U"), ("borreliaartrit", "A69", "U"))
add(K, "Ländrygg: DD kotfraktur vs muskulär smärta, rtg ua, ingen fraktur.",
    ("kotfraktur", "S32", "N"), ("fraktur", "S32", "N"))
add(K, "Anemi, DD ockult blödning, B12-brist, myelodysplasi.",
    ("Anemi", "D64", "A"), ("B12-brist", "E53", "U"), ("myelodysplasi", "D46", "U"))
add(K, "DD: psykos UNS, bipolär sjukdom med maniskt skov, drogutlöst psykos.",
    ("psykos UNS", "F29", "U"), ("bipolär sjukdom", "F31", "U"), ("drogutlöst psykos", "F19", "U"))
add(K, "Hosta sedan 6 v, frågeställning kikhosta, astma eller reflux.",
    ("kikhosta", "A37", "U"), ("astma", "J45", "U"), ("reflux", "K21", "U"))
add(K, "Feber efter resa till Uganda, att utesluta malaria; DD dengue, tyfoid.",
    ("malaria", "B54", "U"), ("dengue", "A90", "U"), ("tyfoid", "A01", "U"))
add(K, "Utslag och hög feber 5 d hos 3-åring, DD Kawasaki, scharlakansfeber, virusexantem.",
    ("Kawasaki", "M30", "U"), ("scharlakansfeber", "A38", "U"), ("virusexantem", "B09", "U"))
add(K, "Halt barn, DD transitorisk synovit/septisk artrit; CRP 3, afebril, trol. synovit.",
    ("transitorisk synovit", "M67", "U"), ("septisk artrit", "M00", "U"), ("synovit", "M67", "U", 1))
add(K, "Svullet vä ben, DD DVT/Bakercysta/erysipelas.",
    ("DVT", "I80", "U"), ("Bakercysta", "M71", "U"), ("erysipelas", "A46", "U"))
add(K, "Tinnitus och yrselattacker, DD Menières sjukdom, vestibularisschwannom.",
    ("Menières sjukdom", "H81", "U"), ("vestibularisschwannom", "D33", "U"))
add(K, "Dysfagi för fast föda, DD esofaguscancer, eosinofil esofagit, akalasi.",
    ("esofaguscancer", "C15", "U"), ("eosinofil esofagit", "K20", "U"), ("akalasi", "K22", "U"))
add(K, "Viktnedgång och nattsvettningar: DD lymfom, TB, HIV.",
    ("lymfom", "C85", "U"), ("TB", "A16", "U"), ("HIV", "B24", "U"))
add(K, "Rodnad, svullen vä fot hos pat med DM2, DD erysipelas, osteomyelit, gikt.",
    ("DM2", "E11", "A"), ("erysipelas", "A46", "U"), ("osteomyelit", "M86", "U"), ("gikt", "M10", "U"))
add(K, "Andningspåverkan hos 4 mån gammal, DD bronkiolit, pneumoni, hjärtfel.",
    ("bronkiolit", "J21", "U"), ("pneumoni", "J18", "U"), ("hjärtfel", "Q24", "U"))
add(K, "Kramp i samband med feber hos 18 mån, bed. feberkramp; DD meningit avfärdad, opåverkad.",
    ("feberkramp", "R56", "A"), ("meningit", "G03", "N"))
add(K, "Anfallsepisoder, DD epileptiskt anfall vs PNES, långtids-EEG planeras.",
    ("epileptiskt anfall", "G40", "U"), ("PNES", "F44", "U"))
add(K, "Kognitiv svikt sedan 2 år, DD Alzheimers sjukdom, vaskulär demens, depression.",
    ("Alzheimers sjukdom", "G30", "U"), ("vaskulär demens", "F01", "U"), ("depression", "F32", "U"))
add(K, "Ensidigt lock för örat, DD vaxpropp, otosekretorisk otit.",
    ("vaxpropp", "H61", "U"), ("otosekretorisk otit", "H65", "U"))
add(K, "Ögonsmärta, dimsyn och illamående; DD akut trångvinkelglaukom, irit, keratit.",
    ("akut trångvinkelglaukom", "H40", "U"), ("irit", "H20", "U"), ("keratit", "H16", "U"))
add(K, "Makroskopisk hematuri, frågeställning blåscancer? njursten?",
    ("blåscancer", "C67", "U"), ("njursten", "N20", "U"))
add(K, "Knöl hö bröst, DD fibroadenom, cysta, cancer - trippeldiagnostik.",
    ("fibroadenom", "D24", "U"), ("cysta", "N60", "U"), ("cancer", "C50", "U"))
add(K, "Epigastriesmärta; DD ulcus, pankreatit, kolecystit. ACS uteslutet med EKG och trop x2.",
    ("ulcus", "K27", "U"), ("pankreatit", "K85", "U"), ("kolecystit", "K81", "U"), ("ACS", "I24", "N"))
add(K, "DD hypertyreos vid ångest och hjärtklappning, TSH normalt, ej hypertyreos.",
    ("hypertyreos", "E05", "N", 0), ("hypertyreos", "E05", "N", 1))
add(K, "Klåda utan utslag, DD skabb, atopiskt eksem, urtikaria.",
    ("skabb", "B86", "U"), ("atopiskt eksem", "L20", "U"), ("urtikaria", "L50", "U"))
add(K, "Illaluktande flytning, DD candida, BV, trichomonas.",
    ("candida", "B37", "U"), ("BV", "N76", "U"), ("trichomonas", "A59", "U"))
add(K, "Oligomenorré och hirsutism, DD PCOS, hypotyreos, prolaktinom.",
    ("PCOS", "E28", "U"), ("hypotyreos", "E03", "U"), ("prolaktinom", "D35", "U"))
add(K, "Postmenopausal blödning: endometriecancer att utesluta, DD atrofisk vaginit.",
    ("endometriecancer", "C54", "U"), ("atrofisk vaginit", "N95", "U"))
add(K, "Bröstsmärta, DD aortadissektion (DT-angio ua), perikardit (typiskt EKG) - bed. perikardit.",
    ("aortadissektion", "I71", "N"), ("perikardit", "I30", "A", 0), ("perikardit", "I30", "A", 1))
add(K, "Hosta och feber, DD pneumoni eller bronkit; rtg ua, bed. akut bronkit.",
    ("pneumoni", "J18", "N"), ("bronkit", "J20", "A"), ("akut bronkit", "J20", "A"))
add(K, "Infarkt eller blödning? DT hjärna: ingen blödning, bed. ischemisk stroke, trombolys startad.",
    ("Infarkt", "I63", "A"), ("blödning", "I61", "N", 0), ("blödning", "I61", "N", 1), ("ischemisk stroke", "I63", "A"))
add(K, "DD cystit/pyelonefrit; afebril, ingen dunkömhet, alltså cystit, ej pyelonefrit.",
    ("cystit", "N30", "A", 0), ("pyelonefrit", "N10", "N", 0), ("cystit", "N30", "A", 1), ("pyelonefrit", "N10", "N", 1))
add(K, "DD sarkoidos, lymfom - EBUS-biopsi visade sarkoidos, ej lymfom.",
    ("sarkoidos", "D86", "A", 0), ("lymfom", "C85", "N", 0), ("sarkoidos", "D86", "A", 1), ("lymfom", "C85", "N", 1))
add(K, "Åskknallshuvudvärk, DD SAB, sinuit, migrän; LP ua, SAB avskriven.",
    ("SAB", "I60", "N", 0), ("sinuit", "J01", "U"), ("migrän", "G43", "U"), ("SAB", "I60", "N", 1))
add(K, "Misstänkt TIA, DD hypoglykemi (P-glukos 5,8, ej aktuellt).",
    ("TIA", "G45", "U"), ("hypoglykemi", "E16", "N"))
add(K, "Ensidig bensvullnad, D-dimer neg: DVT utesluten, DD Bakercysta?",
    ("DVT", "I80", "N"), ("Bakercysta", "M71", "U"))
add(K, "Diarré efter antibiotikakur, C. difficile-infektion? DD mikroskopisk kolit.",
    ("C. difficile-infektion", "A04", "U"), ("mikroskopisk kolit", "K52", "U"))
add(K, "Trötthet, DD hypotyreos, anemi, depression, sömnapné.",
    ("hypotyreos", "E03", "U"), ("anemi", "D64", "U"), ("depression", "F32", "U"), ("sömnapné", "G47", "U"))
add(K, "Hjärtklappning i attacker: DD paroxysmalt förmaksflimmer, SVT, paniksyndrom.",
    ("paroxysmalt förmaksflimmer", "I48", "U"), ("SVT", "I47", "U"), ("paniksyndrom", "F41", "U"))
add(K, "Fjällande lesion vä kind, DD basalcellscancer/aktinisk keratos, stansbiopsi tagen.",
    ("basalcellscancer", "C44", "U"), ("aktinisk keratos", "L57", "U"))
add(K, "Resistens på halsen hö, DD lymfadenit, lateral halscysta, lymfom.",
    ("lymfadenit", "L04", "U"), ("lateral halscysta", "Q18", "U"), ("lymfom", "C85", "U"))
add(K, "Stridor hos 2-åring, DD krupp, främmande kropp, epiglottit.",
    ("krupp", "J05", "U"), ("främmande kropp", "T17", "U"), ("epiglottit", "J05", "U"))
add(K, "Haltande överviktig 12-åring: epifysiolys tills motsatsen bevisats, DD Perthes.",
    ("epifysiolys", "M93", "U"), ("Perthes", "M91", "U"))
add(K, "Rygg- och bensmärta, DD diskbråck, spinal stenos, metastas (känd prostatacancer).",
    ("diskbråck", "M51", "U"), ("spinal stenos", "M48", "U"), ("metastas", "C79", "U"), ("prostatacancer", "C61", "A"))
add(K, "Tryck över bröstet vid ansträngning, DD angina pectoris, arbetsprov bokat; känd hyperlipidemi.",
    ("angina pectoris", "I20", "U"), ("hyperlipidemi", "E78", "A"))
add(K, "Frågeställning appendicit? UL: förtjockad appendix 9 mm, förenligt med appendicit.",
    ("appendicit", "K35", "U", 0), ("appendicit", "K35", "U", 1))
add(K, "Frågeställning: hjärnmetastaser? MR: inga metastaser.",
    ("hjärnmetastaser", "C79", "N"), ("metastaser", "C79", "N"))
# ================================================================ clauses
K = "clauses"
add(K, "Mor har bröstcancer, pat själv utan kända sjukdomar.",
    ("bröstcancer", "C50", "F"))
add(K, "DVT vä 2019, behandlad 6 mån, nu misstänkt ny DVT hö.",
    ("DVT", "I80", "H", 0), ("DVT", "I80", "U", 1))
add(K, "Opererad för appendicit som barn, nu typiskt gallstensanfall.",
    ("appendicit", "K35", "H"), ("gallstensanfall", "K80", "A"))
add(K, "Pat oroar sig för cancer, vilket kan avskrivas - inga tecken på malignitet.",
    ("cancer", "C80", "N"), ("malignitet", "C80", "N"))
add(K, "Far hade hjärtinfarkt vid 52 års ålder, pat har hyperlipidemi.",
    ("hjärtinfarkt", "I21", "F"), ("hyperlipidemi", "E78", "A"))
add(K, "Syster med typ 1-diabetes; pat har celiaki sedan 2018.",
    ("typ 1-diabetes", "E10", "F"), ("celiaki", "K90", "A"))
add(K, "Morfar dog i koloncancer, pat remitteras för koloskopi pga hereditet men är själv besvärsfri.",
    ("koloncancer", "C18", "F"))
add(K, "Hade pneumoni i januari, nu återställd men ny UVI.",
    ("pneumoni", "J18", "H"), ("UVI", "N39", "A"))
add(K, "Genomgången hepatit A som barn, nu akut hepatit B efter resa.",
    ("hepatit A", "B15", "H"), ("akut hepatit B", "B16", "A"))
add(K, "Hade Kawasaki som 3-åring, UCG idag utan kvarstående koronaraneurysm.",
    ("Kawasaki", "M30", "H"), ("koronaraneurysm", "I25", "N"))
add(K, "Mamma har hypotyreos och mormor hade Graves sjukdom; pat själv har normalt TSH.",
    ("hypotyreos", "E03", "F"), ("Graves sjukdom", "E05", "F"))
add(K, "Bror med schizofreni, pat har nu psykotiska symtom, trol. drogutlöst psykos.",
    ("schizofreni", "F20", "F"), ("drogutlöst psykos", "F19", "U"))
add(K, "Ulcus duodeni 2010 som läkt, nu refluxesofagit vid gastroskopi.",
    ("Ulcus duodeni", "K26", "H"), ("refluxesofagit", "K21", "A"))
add(K, "Behandlad för bröstcancer 2012 och recidivfri sedan dess; nu nydiagnostiserad hypertoni.",
    ("bröstcancer", "C50", "H"), ("hypertoni", "I10", "A"))
add(K, "Hepatit C behandlad och utläkt 2017, aktuellt levercirros Child-Pugh A.",
    ("Hepatit C", "B18", "H"), ("levercirros", "K74", "A"))
add(K, "Opererad för ljumskbråck hö 2015, nu nytt ljumskbråck vä.",
    ("ljumskbråck", "K40", "H", 0), ("ljumskbråck", "K40", "A", 1))
add(K, "Mor och moster med bröstcancer; pat har benign mastopati.",
    ("bröstcancer", "C50", "F"), ("mastopati", "N60", "A"))
add(K, "Fadern har Huntingtons sjukdom, pat önskar prediktiv gentest, inga symtom.",
    ("Huntingtons sjukdom", "G10", "F"))
add(K, "Pat har KOL; dottern, som följer med, har MS.",
    ("KOL", "J44", "A"), ("MS", "G35", "F"))
add(K, "Pat med känd epilepsi, även sonen har epilepsi.",
    ("epilepsi", "G40", "A", 0), ("epilepsi", "G40", "F", 1))
add(K, "Depression 2016 som gick i full regress, idag ingen depression enl. MADRS.",
    ("Depression", "F32", "H"), ("depression", "F32", "N"))
add(K, "Hjärtinfarkt 2018, PCI mot RCA, nu stabil angina pectoris.",
    ("Hjärtinfarkt", "I21", "H"), ("stabil angina pectoris", "I20", "A"))
add(K, "Stroke 2020 utan restsymtom, nu nyupptäckt förmaksflimmer.",
    ("Stroke", "I64", "H"), ("förmaksflimmer", "I48", "A"))
add(K, "Föräldrarna frågar om astma, vilket inte bedöms föreligga; postinfektiös hosta.",
    ("astma", "J45", "N"))
add(K, "Pat har bipolär sjukdom; modern hade också bipolär sjukdom.",
    ("bipolär sjukdom", "F31", "A", 0), ("bipolär sjukdom", "F31", "F", 1))
add(K, "Systern fick preeklampsi i båda sina graviditeter, pat själv normotensiv v 32.",
    ("preeklampsi", "O14", "F"))
add(K, "Morbror med hemokromatos; pat har förhöjt ferritin och utreds nu för hemokromatos.",
    ("hemokromatos", "E83", "F", 0), ("hemokromatos", "E83", "U", 1))
add(K, "Pat hade otit förra veckan, nu ny otit i andra örat.",
    ("otit", "H66", "H", 0), ("otit", "H66", "A", 1))
add(K, "Opererad för ileus 2005, nu buksmärta men ingen ileus på DT.",
    ("ileus", "K56", "H", 0), ("ileus", "K56", "N", 1))
add(K, "Pappa fick tjocktarmscancer vid 45, pat själv har ulcerös kolit sedan tonåren.",
    ("tjocktarmscancer", "C18", "F"), ("ulcerös kolit", "K51", "A"))
add(K, "Tidigare frisk, nu akut insjuknande med Guillain-Barré.",
    ("Guillain-Barré", "G61", "A"))
add(K, "Borreliainfektion 2019 som behandlades, nu facialispares hö, neuroborrelios kan inte uteslutas.",
    ("Borreliainfektion", "A69", "H"), ("facialispares", "G51", "A"), ("neuroborrelios", "A69", "U"))
add(K, "Pats make har covid-19, pat själv PCR-neg för covid-19.",
    ("covid-19", "U07", "F", 0), ("covid-19", "U07", "N", 1))
add(K, "Hade vattkoppor som barn, nu bältros th10 vä.",
    ("vattkoppor", "B01", "H"), ("bältros", "B02", "A"))
add(K, "Hade graviditetsdiabetes 2022, nu manifest DM2.",
    ("graviditetsdiabetes", "O24", "H"), ("DM2", "E11", "A"))
add(K, "Pat med Downs syndrom; modern har hypotyreos.",
    ("Downs syndrom", "Q90", "A"), ("hypotyreos", "E03", "F"))
add(K, "Farmor och faster med ovarialcancer, BRCA-testning erbjuds, pat frisk.",
    ("ovarialcancer", "C56", "F"))
add(K, "Opererad för meniskskada 2010, nu gonartros i samma knä.",
    ("meniskskada", "S83", "H"), ("gonartros", "M17", "A"))
add(K, "Pat har hypertoni medan tvillingbrodern har hypertrof kardiomyopati.",
    ("hypertoni", "I10", "A"), ("hypertrof kardiomyopati", "I42", "F"))
add(K, "Kolecystektomerad 2019 pga gallsten, nu koledokussten.",
    ("gallsten", "K80", "H"), ("koledokussten", "K80", "A"))
add(K, "Hade anorexi i tonåren, sedan länge normalvikt; aktuellt paniksyndrom.",
    ("anorexi", "F50", "H"), ("paniksyndrom", "F41", "A"))
add(K, "Rökare, pappan dog i lungcancer, själv inga tecken på lungcancer på DT.",
    ("lungcancer", "C34", "F", 0), ("lungcancer", "C34", "N", 1))
add(K, "Som barn astma som han växte ifrån, idag allergisk rinit.",
    ("astma", "J45", "H"), ("allergisk rinit", "J30", "A"))
add(K, "Coarctatio aortae opererad i spädbarnsåren, nu hypertoni.",
    ("Coarctatio aortae", "Q25", "H"), ("hypertoni", "I10", "A"))
add(K, "Känt förmaksflimmer; lungemboli 2016, utläkt.",
    ("förmaksflimmer", "I48", "A"), ("lungemboli", "I26", "H"))
add(K, "Hennes son har ADHD, själv söker hon för misstänkt ADHD.",
    ("ADHD", "F90", "F", 0), ("ADHD", "F90", "U", 1))
add(K, "Morfar hade Alzheimers sjukdom; pat med subjektiv minnesstörning, ingen demens vid testning.",
    ("Alzheimers sjukdom", "G30", "F"), ("demens", "F03", "N"))
add(K, "Pat har MS, genomgången optikusneurit 2014 som läkt ut.",
    ("MS", "G35", "A"), ("optikusneurit", "H46", "H"))
add(K, "Kusinen har cystisk fibros, svettest på pat normalt, ej cystisk fibros.",
    ("cystisk fibros", "E84", "F", 0), ("cystisk fibros", "E84", "N", 1))
add(K, "Tidigare hjärtfrisk, nu nyupptäckt hjärtsvikt och förmaksflimmer.",
    ("hjärtsvikt", "I50", "A"), ("förmaksflimmer", "I48", "A"))
add(K, "Sepsis 2023 efter perforerad appendicit; idag kontroll utan tecken på abscess.",
    ("Sepsis", "A41", "H"), ("perforerad appendicit", "K35", "H"), ("abscess", "K65", "N"))
add(K, "Mor med SLE; pat har ledvärk men ANA neg, ej SLE.",
    ("SLE", "M32", "F", 0), ("SLE", "M32", "N", 1))
add(K, "Hodgkins lymfom 2005, strålbehandlad och friskförklarad, nu bröstcancer hö.",
    ("Hodgkins lymfom", "C81", "H"), ("bröstcancer", "C50", "A"))
add(K, "Missfall x2 tidigare, nu gravid v 8 utan komplikationer.",
    ("Missfall", "O03", "H"))
add(K, "Vårdades för delirium i höstas, nu klar och orienterad, MMT 27.",
    ("delirium", "F05", "H"))
add(K, "Pat ängslig för hjärtinfarkt som pappan hade; EKG och troponin ua, ingen hjärtinfarkt.",
    ("hjärtinfarkt", "I21", "F", 0), ("hjärtinfarkt", "I21", "N", 1))
add(K, "Modern vårdas för stroke på avd 12, pat själv söker för ryggvärk.",
    ("stroke", "I64", "F"))
add(K, "Scharlakansfeber hos lillasyster, pat själv trol. streptokocktonsillit.",
    ("Scharlakansfeber", "A38", "F"), ("streptokocktonsillit", "J03", "U"))
add(K, "Mamman har celiaki, barnet har tillväxtavplaning och utredning avseende celiaki startas.",
    ("celiaki", "K90", "F", 0), ("celiaki", "K90", "U", 1))
add(K, "Hade kikhosta som spädbarn, nu astma med ansträngningsutlösta besvär.",
    ("kikhosta", "A37", "H"), ("astma", "J45", "A"))
add(K, "Diabetes typ 1 hos båda bröderna, pat själv har normalt HbA1c och ingen diabetes.",
    ("Diabetes typ 1", "E10", "F"), ("diabetes", "E14", "N"))
add(K, "Pyelonefrit 2022, nu okomplicerad cystit.",
    ("Pyelonefrit", "N10", "H"), ("okomplicerad cystit", "N30", "A"))
# ================================================================ confirmed_revised
K = "confirmed_revised"
add(K, "Misstänkt pneumoni bekräftad på rtg med infiltrat i hö underlob.",
    ("pneumoni", "J18", "A"))
add(K, "Misstanke om DVT, UL visar ingen trombos.",
    ("DVT", "I80", "N"), ("trombos", "I80", "N"))
add(K, "Susp. fraktur vä klavikel, rtg ua.",
    ("fraktur", "S42", "N"))
add(K, "Initialt tolkat som gastroenterit, visade sig vara appendicit vid op.",
    ("gastroenterit", "A09", "N"), ("appendicit", "K35", "A"))
add(K, "Misstänkt stroke, reviderad till Todds pares efter bevittnat epileptiskt anfall.",
    ("stroke", "I64", "N"), ("Todds pares", "G83", "A"), ("epileptiskt anfall", "G40", "A"))
add(K, "Kliniskt misstänkt borrelia, serologin nu positiv.",
    ("borrelia", "A69", "A"))
add(K, "Frågeställning lungemboli; DT-angio: bilat lungemboli.",
    ("lungemboli", "I26", "A", 0), ("lungemboli", "I26", "A", 1))
add(K, "Frågeställning lungemboli - DT-angio utan emboli.",
    ("lungemboli", "I26", "N"), ("emboli", "I26", "N"))
add(K, "Trol. njursten, DT bekräftar 6 mm konkrement i vä uretär.",
    ("njursten", "N20", "A"))
add(K, "Misstänkt sepsis vid ankomst, senare avskriven; okomplicerad pyelonefrit.",
    ("sepsis", "A41", "N"), ("okomplicerad pyelonefrit", "N10", "A"))
add(K, "Inremitterad som ?appendicit, efter DT: mesenteriell lymfadenit.",
    ("appendicit", "K35", "N"), ("mesenteriell lymfadenit", "I88", "A"))
add(K, "Misstänkt hjärtinfarkt, troponin normalt x2, avskrivet.",
    ("hjärtinfarkt", "I21", "N"))
add(K, "Susp. NSTEMI, nu bekräftad med troponinstegring och angio med 90 % stenos på LAD.",
    ("NSTEMI", "I21", "A"))
add(K, "Tidigare susp. MS, nu nya lesioner på MR och oligoklonala band, diagnosen MS ställd.",
    ("MS", "G35", "A", 0), ("MS", "G35", "A", 1))
add(K, "Misstänkt melanom, PAD: dysplastiskt nevus, ingen malignitet.",
    ("melanom", "C43", "N"), ("dysplastiskt nevus", "D22", "A"), ("malignitet", "C80", "N"))
add(K, "Susp. basaliom, PAD bekräftar nodulär basalcellscancer.",
    ("basaliom", "C44", "A"), ("nodulär basalcellscancer", "C44", "A"))
add(K, "Misstänkt celiaki, biopsi visade total villusatrofi, alltså celiaki.",
    ("celiaki", "K90", "A", 0), ("celiaki", "K90", "A", 1))
add(K, "DVT? UL 2 d senare: proximal DVT vä.",
    ("DVT", "I80", "A", 0), ("proximal DVT", "I80", "A"))
add(K, "Misstänkt trombos, UL visar i stället en Bakercysta.",
    ("trombos", "I80", "N"), ("Bakercysta", "M71", "A"))
add(K, "Misstänkt GBS, LP med proteinstegring utan pleocytos, förenligt med GBS.",
    ("GBS", "G61", "U", 0), ("GBS", "G61", "U", 1))
add(K, "Misstanke om meningit avskrevs efter normal LP, bed. virusinfektion.",
    ("meningit", "G03", "N"), ("virusinfektion", "B34", "A"))
add(K, "Misstänkt pneumoni men rtg ua; bed. som akut bronkit.",
    ("pneumoni", "J18", "N"), ("akut bronkit", "J20", "A"))
add(K, "Initialt ?lungemboli, DT negativ, därefter trol. pleurit.",
    ("lungemboli", "I26", "N"), ("pleurit", "R09", "U"))
add(K, "Frågeställning appendicit; op-fynd: flegmonös appendicit.",
    ("appendicit", "K35", "A"), ("flegmonös appendicit", "K35", "A"))
add(K, "Misstänkt höftfraktur, slätrtg ua men MR visar ockult collumfraktur.",
    ("höftfraktur", "S72", "A"), ("ockult collumfraktur", "S72", "A"))
add(K, "Ursprungligen misstänkt KOL men normal spirometri och pos. reversibilitet, alltså astma.",
    ("KOL", "J44", "N"), ("astma", "J45", "A"))
add(K, "Misstänkt epilepsi avskriven, bed. konvulsiv synkope.",
    ("epilepsi", "G40", "N"), ("konvulsiv synkope", "R55", "A"))
add(K, "Trol. viral tonsillit, men strep A-test pos, alltså streptokocktonsillit.",
    ("viral tonsillit", "J03", "N"), ("streptokocktonsillit", "J03", "A"))
add(K, "Misstänkt hjärtsvikt, NT-proBNP 90, ej hjärtsvikt.",
    ("hjärtsvikt", "I50", "N", 0), ("hjärtsvikt", "I50", "N", 1))
add(K, "Susp. appendicit, UL visar normal appendix, trol. mesenteriell lymfadenit.",
    ("appendicit", "K35", "N"), ("mesenteriell lymfadenit", "I88", "U"))
add(K, "Misstänkt kikhosta, PCR positiv för pertussis.",
    ("kikhosta", "A37", "A"), ("pertussis", "A37", "A"))
add(K, "Misstänkt covid-19, PCR neg, däremot influensa A pos.",
    ("covid-19", "U07", "N"), ("influensa A", "J10", "A"))
add(K, "Remitterad som erysipelas, bed. här som bilat stasdermatit, ingen infektion.",
    ("erysipelas", "A46", "N"), ("stasdermatit", "I83", "A"))
add(K, "Misstänkt cancer coli, koloskopi: tubulärt adenom 8 mm, ingen cancer.",
    ("cancer coli", "C18", "N"), ("tubulärt adenom", "D12", "A"), ("cancer", "C18", "N", 1))
add(K, "Misstänkt hypotyreos, TSH 12 och låg T4, hypotyreos bekräftad.",
    ("hypotyreos", "E03", "A", 0), ("hypotyreos", "E03", "A", 1))
add(K, "Misstänkt diabetes, HbA1c 52 vid två tillfällen: typ 2-diabetes.",
    ("diabetes", "E11", "A"), ("typ 2-diabetes", "E11", "A"))
add(K, "Tidigare antagen IBS, nu Crohns sjukdom i terminala ileum enl. koloskopi.",
    ("IBS", "K58", "N"), ("Crohns sjukdom", "K50", "A"))
add(K, "Frågeställning ileus, DT: ingen ileus, uttalad koprostas.",
    ("ileus", "K56", "N", 0), ("ileus", "K56", "N", 1), ("koprostas", "K56", "A"))
add(K, "Trolig gallstenssjukdom, UL bekräftar multipla konkrement i gallblåsan.",
    ("gallstenssjukdom", "K80", "A"))
add(K, "Misstänkt ovarialtorsion, laparoskopi: blödande corpus luteum-cysta, ingen torsion.",
    ("ovarialtorsion", "N83", "N"), ("corpus luteum-cysta", "N83", "A"), ("torsion", "N83", "N"))
add(K, "Epilepsi? EEG med epileptiform aktivitet, diagnosen fokal epilepsi ställd.",
    ("Epilepsi", "G40", "A"), ("fokal epilepsi", "G40", "A"))
add(K, "Misstänkt glaukom, synfält och OCT normala, ej glaukom.",
    ("glaukom", "H40", "N", 0), ("glaukom", "H40", "N", 1))
add(K, "Misstänkt pneumothorax, rtg bekräftar 3 cm apikal pneumothorax hö.",
    ("pneumothorax", "J93", "A", 0), ("apikal pneumothorax", "J93", "A"))
add(K, "Susp. akut kolecystit, bekräftad på UL med väggförtjockning och pos. Murphy.",
    ("akut kolecystit", "K81", "A"))
add(K, "Susp. skafoideumfraktur, MR visar bone bruise men ingen fraktur.",
    ("skafoideumfraktur", "S62", "N"), ("bone bruise", "S60", "A"), ("fraktur", "S62", "N"))
add(K, "Initialt misstänkt TIA, efter förnyad anamnes bed. migrän med aura.",
    ("TIA", "G45", "N"), ("migrän med aura", "G43", "A"))
add(K, "Misstänkt polymyalgia reumatika, prompt effekt av prednisolon stärker misstanken.",
    ("polymyalgia reumatika", "M35", "U"))
add(K, "Trol. kontaktallergi, lapptest pos för nickelsulfat: nickelallergi.",
    ("kontaktallergi", "L23", "A"), ("nickelallergi", "L23", "A"))
add(K, "Utredd för misstänkt autism, kriterierna ej uppfyllda.",
    ("autism", "F84", "N"))
add(K, "Misstänkt Alzheimer; efter utredning lindrig kognitiv störning, ej demens.",
    ("Alzheimer", "G30", "N"), ("lindrig kognitiv störning", "F06", "A"), ("demens", "F03", "N"))
add(K, "Prostatacancer misstänkt på MR, biopsi: adenocarcinom Gleason 3+4.",
    ("Prostatacancer", "C61", "A"), ("adenocarcinom", "C61", "A"))
add(K, "Misstänkt urosepsis, blododlingar neg, bed. okomplicerad pyelonefrit.",
    ("urosepsis", "A41", "N"), ("okomplicerad pyelonefrit", "N10", "A"))
add(K, "Misstänkt körtelfeber, snabbtest neg men EBV-serologi talar för mononukleos.",
    ("körtelfeber", "B27", "U"), ("mononukleos", "B27", "U"))
add(K, "Misstänkt appendicit, reviderad till blödande ovarialcysta hö efter UL.",
    ("appendicit", "K35", "N"), ("blödande ovarialcysta", "N83", "A"))
add(K, "Initialt bedömt som lumbago, nu MR-verifierad spondylodiscit L3-L4.",
    ("lumbago", "M54", "N"), ("spondylodiscit", "M46", "A"))
add(K, "Misstanke om sinuit, DT bihålor helt ua.",
    ("sinuit", "J01", "N"))
add(K, "Cancermisstanke vid gastroskopi, PAD bekräftar ventrikelcancer.",
    ("ventrikelcancer", "C16", "A"))
add(K, "Pat inkom med misstänkt UVI men urinodling utan växt, UVI avskriven.",
    ("UVI", "N39", "N", 0), ("UVI", "N39", "N", 1))
add(K, "Misstänkt skabb hos sjukhemsboende, hudskrap visade kvalster, scabies bekräftad.",
    ("skabb", "B86", "A"), ("scabies", "B86", "A"))
add(K, "Frågeställning frusen skuldra, UL visar i stället rotatorcuffruptur.",
    ("frusen skuldra", "M75", "N"), ("rotatorcuffruptur", "M75", "A"))
# ================================================================ telegraphic
K = "telegraphic"
add(K, "Bed: Pneumoni hö (trol. pneumokock); KOL gr 2.",
    ("Pneumoni", "J18", "A"), ("KOL", "J44", "A"))
add(K, "Diagnoser: DM2, HT, ?OSAS",
    ("DM2", "E11", "A"), ("HT", "I10", "A"), ("OSAS", "G47", "U"))
add(K, "Diagnoser: HT, hyperlipidemi, DM2 (tablettbeh.), ?demens",
    ("HT", "I10", "A"), ("hyperlipidemi", "E78", "A"), ("DM2", "E11", "A"), ("demens", "F03", "U"))
add(K, "Aktuella problem: 1. Hjärtsvikt (EF 35%) 2. Förmaksflimmer 3. CKD st 3b",
    ("Hjärtsvikt", "I50", "A"), ("Förmaksflimmer", "I48", "A"), ("CKD", "N18", "A"))
add(K, "Dg: Distal radiusfraktur vä, ej felställd.",
    ("Distal radiusfraktur", "S52", "A"))
add(K, "Diagnos: J18.9 Pneumoni, ospecificerad",
    ("Pneumoni", "J18", "A"))
add(K, "Hereditet: mor DM2, far hjärtinfarkt 60 år, syster astma.",
    ("DM2", "E11", "F"), ("hjärtinfarkt", "I21", "F"), ("astma", "J45", "F"))
add(K, "St.p. kolecystektomi 2018 pga gallsten.",
    ("gallsten", "K80", "H"))
add(K, "Bed: Akut kolecystit, ?koledokussten, ej pankreatit (amylas normalt).",
    ("Akut kolecystit", "K81", "A"), ("koledokussten", "K80", "U"), ("pankreatit", "K85", "N"))
add(K, "Slutsats: BPPV vä; ingen misstanke om central genes.",
    ("BPPV", "H81", "A"))
add(K, "Bedömning/åtgärd: Akut otitis media vä -> Kåvepenin 5 d.",
    ("Akut otitis media", "H66", "A"))
add(K, "Diagnos: Erysipelas hö underben. Bidiagnoser: DM2, obesitas.",
    ("Erysipelas", "A46", "A"), ("DM2", "E11", "A"), ("obesitas", "E66", "A"))
add(K, "Dx: ca mammae vä (T2N1M0), ER+/HER2-.",
    ("ca mammae", "C50", "A"))
add(K, "Bed.: St.p. hjärtinfarkt 2019, nu stabil utan angina.",
    ("hjärtinfarkt", "I21", "H"), ("angina", "I20", "N"))
add(K, "Ankomstorsak bröstsmärta; avgångsdiagnos NSTEMI.",
    ("NSTEMI", "I21", "A"))
add(K, "Inkomstorsak: fall i hemmet. Dg: Collumfraktur hö, commotio?",
    ("Collumfraktur", "S72", "A"), ("commotio", "S06", "U"))
add(K, "Rtg thorax: Inga tecken på pneumoni. Ingen pneumothorax. Normal hjärtstorlek.",
    ("pneumoni", "J18", "N"), ("pneumothorax", "J93", "N"))
add(K, "Problem: 1) KOL-exacerbation 2) ?pneumoni 3) hyponatremi",
    ("KOL-exacerbation", "J44", "A"), ("pneumoni", "J18", "U"), ("hyponatremi", "E87", "A"))
add(K, "Bed: Nedre UVI, ej febril, Selexid 3 d.",
    ("Nedre UVI", "N39", "A"))
add(K, "Dg: Gastroenterit, lätt dehydrering.",
    ("Gastroenterit", "A09", "A"), ("dehydrering", "E86", "A"))
add(K, "Dg: Migrän utan aura; DD (mindre trol.) spänningshuvudvärk",
    ("Migrän utan aura", "G43", "A"), ("spänningshuvudvärk", "G44", "U"))
add(K, "PL: HT, DM2 m. nefropati, FF (AK: Eliquis), KOL.",
    ("HT", "I10", "A"), ("DM2", "E11", "A"), ("nefropati", "E11", "A"), ("FF", "I48", "A"), ("KOL", "J44", "A"))
add(K, "Psyk dg: F32.1 Medelsvår depressiv episod; F41.1 GAD.",
    ("Medelsvår depressiv episod", "F32", "A"), ("GAD", "F41", "A"))
add(K, "Alkoholberoende, i tidig remission. Nikotinberoende.",
    ("Alkoholberoende", "F10", "A"), ("Nikotinberoende", "F17", "A"))
add(K, "Knäartros bilat, hö>vä; planerad TKA hö.",
    ("Knäartros", "M17", "A"))
add(K, "Gyn: Myom 4 cm i fundus, endometrios? VUL om 3 mån.",
    ("Myom", "D25", "A"), ("endometrios", "N80", "U"))
add(K, "2 år, RS-bronkiolit dag 3, ej syrgasbehov.",
    ("RS-bronkiolit", "J21", "A"))
add(K, "Ögon: Katarakt bilat; glaukom ej påvisat.",
    ("Katarakt", "H26", "A"), ("glaukom", "H40", "N"))
add(K, "ÖNH-status: Otosekretorisk otit hö, vä ua.",
    ("Otosekretorisk otit", "H65", "A"))
add(K, "Hud: Psoriasis vulgaris, PASI 12; nagelpsoriasis.",
    ("Psoriasis vulgaris", "L40", "A"), ("nagelpsoriasis", "L40", "A"))
add(K, "Uro: BPH, PSA 2,1; ingen misstanke om prostatacancer.",
    ("BPH", "N40", "A"), ("prostatacancer", "C61", "N"))
add(K, "Onk: NSCLC st IV, progress på immunterapi; hjärnmetastaser x3.",
    ("NSCLC", "C34", "A"), ("hjärnmetastaser", "C79", "A"))
add(K, "Geri: Alzheimerdemens, fallrisk, trycksår kat 2 sakrum.",
    ("Alzheimerdemens", "F00", "A"), ("trycksår", "L89", "A"))
add(K, "Inf: Borrelia (EM 7 cm vä lår), doxycyklin 10 d.",
    ("Borrelia", "A69", "A"), ("EM", "A69", "A"))
add(K, "Rtg-svar: Fraktur i distala fibula, Weber B. Ingen luxation.",
    ("Fraktur", "S82", "A"), ("luxation", "S93", "N"))
add(K, "UL-svar: DVT i v. femoralis vä. Ingen Bakercysta.",
    ("DVT", "I80", "A"), ("Bakercysta", "M71", "N"))
add(K, "MR-svar: Diskbråck L5-S1 vä med rotpåverkan S1; ingen spinal stenos.",
    ("Diskbråck", "M51", "A"), ("spinal stenos", "M48", "N"))
add(K, "DT buk: Akut okomplicerad divertikulit i sigmoideum, ingen fri gas.",
    ("Akut okomplicerad divertikulit", "K57", "A"))
add(K, "Lungröntgen: Förenligt med pneumoni i vä underlob. Liten pleuravätska vä.",
    ("pneumoni", "J18", "U"), ("pleuravätska", "J90", "A"))
add(K, "DT thorax: Ingen lungemboli. Centrilobulärt emfysem.",
    ("lungemboli", "I26", "N"), ("Centrilobulärt emfysem", "J43", "A"))
add(K, "Sammanfattning: 78-årig kvinna med HT, FF och KOL, inkommer med pneumoni.",
    ("HT", "I10", "A"), ("FF", "I48", "A"), ("KOL", "J44", "A"), ("pneumoni", "J18", "A"))
add(K, "Bed: Sannolik BPPV hö; DD vestibularisneurit.",
    ("BPPV", "H81", "U"), ("vestibularisneurit", "H81", "U"))
add(K, "Dg (prel.): trol. reaktiv artrit efter campylobacterenterit i maj.",
    ("reaktiv artrit", "M02", "U"), ("campylobacterenterit", "A04", "H"))
add(K, "Dg: Anpassningsstörning. Ej depression. Ej suicidal.",
    ("Anpassningsstörning", "F43", "A"), ("depression", "F32", "N"))
add(K, "A: Streptokocktonsillit. P: PcV 10 d.",
    ("Streptokocktonsillit", "J03", "A"))
add(K, "S: Hosta, feber 3 d. O: Ronki hö bas. A: Pneumoni hö? P: Rtg.",
    ("Pneumoni", "J18", "U"))
add(K, "Dg: Commotio cerebri, ev. skallbasfraktur - DT beställd.",
    ("Commotio cerebri", "S06", "A"), ("skallbasfraktur", "S02", "U"))
add(K, "Orsak till inläggning: Hyponatremi (Na 118), trol. tiazidutlöst.",
    ("Hyponatremi", "E87", "A"))
add(K, "Epikrisdiagnoser: Akut pankreatit (gallstensgenes), gallsten, DM2.",
    ("Akut pankreatit", "K85", "A"), ("gallsten", "K80", "A"), ("DM2", "E11", "A"))
add(K, "Huvuddiagnos: K35.8 Akut appendicit. Bidiagnos: -",
    ("Akut appendicit", "K35", "A"))
add(K, "Dg: Sinuit? / Viros",
    ("Sinuit", "J01", "U"), ("Viros", "B34", "U"))
add(K, "HT, hyperkolesterolemi, ex-rökare, TIA 2017 utan restsymtom.",
    ("HT", "I10", "A"), ("hyperkolesterolemi", "E78", "A"), ("TIA", "G45", "H"))
add(K, "Astma: nej. Diabetes: ja, typ 1. Rökning: nej.",
    ("Astma", "J45", "N"), ("Diabetes", "E10", "A"))
add(K, "Sjukdomar: hypotyreos (Levaxin), depression i remission, GERD.",
    ("hypotyreos", "E03", "A"), ("depression", "F32", "A"), ("GERD", "K21", "A"))
add(K, "Hereditet: DM (mor), HT (far).",
    ("DM", "E14", "F"), ("HT", "I10", "F"))
add(K, "Inkommer med ?appendicit från VC, smärtlindrad.",
    ("appendicit", "K35", "U"))
add(K, "Rem.orsak: Fråga koloncancer? (järnbristanemi + pos F-Hb)",
    ("koloncancer", "C18", "U"), ("järnbristanemi", "D50", "A"))
add(K, "Rtg vä handled: Ingen fraktur. Slutsats: Normal undersökning.",
    ("fraktur", "S62", "N"))
add(K, "Kontaktorsak: oro för UVI; bed: ingen UVI, urinsticka neg, ej AB.",
    ("UVI", "N39", "N", 0), ("UVI", "N39", "N", 1))
add(K, "Barn 5 år: Akut otit bilat / konjunktivit hö.",
    ("Akut otit", "H66", "A"), ("konjunktivit", "H10", "A"))
add(K, "Psyk: EIPS, ADHD (medicinerad), ev. PTSD - utreds.",
    ("EIPS", "F60", "A"), ("ADHD", "F90", "A"), ("PTSD", "F43", "U"))
add(K, "Ortopedi: Hö axelluxation, reponerad; ingen Hill-Sachs, ingen fraktur.",
    ("axelluxation", "S43", "A"), ("Hill-Sachs", "S42", "N"), ("fraktur", "S42", "N"))
add(K, "Obst: IVF-grav v 30, GDM kostbehandlad, misstänkt IUGR.",
    ("GDM", "O24", "A"), ("IUGR", "O36", "U"))
add(K, "Barnkirurgi: Ljumskbråck hö, ingen hydrocele; testiklarna i scrotum bilat.",
    ("Ljumskbråck", "K40", "A"), ("hydrocele", "N43", "N"))
add(K, "Uro: Njursten vä 7 mm (DT), hydronefros grad 1; ingen UVI.",
    ("Njursten", "N20", "A"), ("hydronefros", "N13", "A"), ("UVI", "N39", "N"))
# ================================================================ negative_lookalikes
K = "negative_lookalikes"
for _t in [
    "Ingen feber, ingen hosta, ingen buksmärta.",
    "Ev. uppföljning på VC om 3 mån.",
    "Pat ej aktuell för trombolys pga >4,5 h från symtomdebut.",
    "Trol. utskrivning imorgon efter rond.",
    "Frågeställning: behov av hemtjänst?",
    "Inga tecken till försämring, mår bra enl. dottern.",
    "DD-listan diskuterad med bakjour, se tidigare anteckning.",
    "Negativ till operation, önskar konservativ behandling.",
    "Pat tveksam till vaccination, informerad om risker.",
    "Kan ej uteslutas att pat missat doser under helgen.",
    "PK 2,4, Waran oförändrad dos.",
    "Lab: Hb 132, CRP <5, krea 78, Na 139, K 4,1.",
    "Cor: RR, inga blåsljud. Pulm: vesikulärt andningsljud bilat.",
    "Buk: mjuk, oöm, inga palpabla resistenser.",
    "Kallelse från Parkinsonmottagningen har kommit per post.",
    "Pat arbetar som astmasjuksköterska på VC.",
    "Influensavaccination given i vä överarm.",
    "Pneumokockvaccin rekommenderas inför vintern.",
    "TBE-vaccination dos 2 given, dos 3 om 1 år.",
    "Strokeenheten informerad, ingen ledig plats idag.",
    "Sepsislarm ej utlöst, NEWS 2.",
    "Negativt graviditetstest.",
    "Tecken på förbättring, CRP sjunkande.",
    "Inga kontraindikationer för MR.",
    "Frågeställningen i remissen oklar, kontaktar remittenten.",
    "Diagnos kan ej ställas idag, ny bedömning om 2 v.",
    "Hereditet: ua.",
    "Lungor: inga rassel, inga ronki; regelbunden hjärtrytm.",
    "Sannolikt ofarligt, avvaktar och ser.",
    "Misstänkt felaktig dosering i dosett, sjuksköterska kontaktad.",
    "Ingen misstanke om något allvarligt, pat lugnad.",
    "Remiss till diabetessköterska för fotstatus.",
    "Mammografiscreening ua.",
    "Pat får ej köra bil tills vidare enl. TSFS.",
    "Nej till blodprov idag, pat har bråttom till jobbet.",
    "Utesluten från studien pga ålder.",
]:
    add(K, _t)


# ---------------------------------------------------------------- validation + output
def _wordish(ch):
    return ch.isalnum()


def locate(text, surface, occ):
    hits = []
    i = text.find(surface)
    while i != -1:
        j = i + len(surface)
        before_ok = i == 0 or not _wordish(text[i - 1])
        after_ok = j == len(text) or not _wordish(text[j])
        if before_ok and after_ok:
            hits.append(i)
        i = text.find(surface, i + 1)
    if occ >= len(hits):
        raise ValueError("surface %r occurrence %d not found as whole word in %r (hits=%d)"
                         % (surface, occ, text, len(hits)))
    return hits[occ]


def build():
    errors = []
    rows = []
    seen = set()
    code_re = re.compile(r"^[A-Z][0-9]{2}$")
    for n, (kind, text, ments) in enumerate(D):
        where = "entry %d (%r)" % (n, text[:60])
        if kind not in KINDS:
            errors.append("%s: bad kind %r" % (where, kind))
        if text in seen:
            errors.append("%s: duplicate text" % where)
        seen.add(text)
        if text != text.strip() or not text:
            errors.append("%s: leading/trailing whitespace or empty" % where)
        if kind == "negative_lookalikes" and ments:
            errors.append("%s: negative_lookalikes must have no mentions" % where)
        out = []
        for m in ments:
            if len(m) not in (3, 4):
                errors.append("%s: bad mention tuple %r" % (where, m))
                continue
            surface, code, a = m[0], m[1], m[2]
            occ = m[3] if len(m) == 4 else 0
            if not code_re.match(code):
                errors.append("%s: bad icd10 %r" % (where, code))
            if a not in ASSERT:
                errors.append("%s: bad assertion %r" % (where, a))
                continue
            try:
                s = locate(text, surface, occ)
            except ValueError as e:
                errors.append("%s: %s" % (where, e))
                continue
            e_ = s + len(surface)
            assert text[s:e_] == surface
            out.append({"start": s, "end": e_, "surface": surface, "icd10": code,
                        "assertion": ASSERT[a]})
        out.sort(key=lambda x: (x["start"], x["end"]))
        for a_, b_ in zip(out, out[1:]):
            if b_["start"] < a_["end"]:
                errors.append("%s: overlapping mentions %r / %r" % (where, a_["surface"], b_["surface"]))
        rows.append({"text": text, "mentions": out, "kind": kind})
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    kc = Counter(r["kind"] for r in rows)
    ac = Counter(m["assertion"] for r in rows for m in r["mentions"])
    print("wrote %d lines, %d mentions -> %s" % (len(rows), sum(ac.values()), OUT))
    print("per kind:")
    for k in sorted(KINDS):
        print("  %-20s %d" % (k, kc.get(k, 0)))
    print("per assertion:")
    for k in ("affirmed", "uncertain", "negated", "family", "historical"):
        print("  %-20s %d" % (k, ac.get(k, 0)))


if __name__ == "__main__":
    build()
