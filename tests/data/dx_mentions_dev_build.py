#!/usr/bin/env python3
"""Build the held-out gold set of diagnosis MENTIONS (dx_mentions_dev.jsonl).

Written independently of the notelint lexicons/cue lists: the sentences are
phrased the way Swedish clinicians write in journal notes (telegraphic style,
abbreviations, hedges, typos), not the way the product expects.

Markup in the source sentences:

    [surface|ICD|assertion]

* surface   - exactly the diagnosis words as written (no hedge word, no
              trailing punctuation, no laterality such as "hö"/"vä"/"sin"/"dx"
              written after the diagnosis)
* ICD       - 3-character ICD-10(-SE) category, must exist in codes.txt
* assertion - affirmed | negated | uncertain | hypothetical | historical | family

Sentences of kind "negative" contain no mention at all, only look-alikes
(lab names, scores, drug names, organisations, colliding abbreviations...).

Run:  python3 dx_mentions_dev_build.py
Writes dx_mentions_dev.jsonl next to this file deterministically (the
kinds are interleaved round-robin in list order, UTF-8, one JSON object per
line; offsets are Python str indices, i.e. Unicode code points) and
validates the result (400 lines, unique texts, text[start:end] == surface,
codes present in codes.txt, assertions/kinds from the allowed sets).
"""
from __future__ import annotations

import collections
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "dx_mentions_dev.jsonl"
CODES = Path("/work/shared/data/icd10se/codes.txt")

ASSERTIONS = {"affirmed", "negated", "uncertain", "hypothetical", "historical", "family"}
KINDS = ["abbreviation", "eponym", "lay_or_latin", "typo", "compound", "everyday", "negative"]
N_TOTAL = 400

# --------------------------------------------------------------------------
# abbreviation: diagnoses written as clinicians abbreviate them
# --------------------------------------------------------------------------
ABBREVIATION = [
    "Misstänkt [MS|G35|uncertain], remiss MR hjärna och halsrygg.",
    "Trol. [RA|M06|uncertain]. Anti-CCP och RF tagna, åter om 3 v.",
    "?[DVT|I80|uncertain] vä vad, UL bokat imorgon 08.30.",
    "[KOL-exacerbation|J44|affirmed], ökar Atrovent och ger Prednisolon 25 mg x 1 i 5 d.",
    "Plötslig åskknallshuvudvärk under träning. Susp. [SAH|I60|uncertain] – akut DT hjärna, ev. LP.",
    "Känd [DM2|E11|affirmed], tablettbehandlad, senaste HbA1c 54.",
    "UL vä ben: ingen [DVT|I80|negated].",
    "DD [LE|I26|uncertain], Wells 4,5 p, DT-angio beställd.",
    "Övergående afasi ca 20 min, bild av [TIA|G45|uncertain], ABCD2 4 p.",
    "[NSTEMI|I21|historical] 2021, PCI mot LAD, därefter besvärsfri.",
    "Bröstsmärta sedan 2 h, EKG utan ST-lyft, hs-TnT 38 – ffa [AKS|I24|uncertain].",
    "[STEMI|I21|negated] avskrivet efter kontakt med PCI-jouren, ST-höjningarna bedöms vara normalvariant.",
    "[Nedre UVI|N39|uncertain]? U-sticka nitrit pos, odling skickad.",
    "Långvariga sura uppstötningar, sannol. [GERD|K21|uncertain], provar PPI i 8 v.",
    "Uppfyller Rom IV-kriterierna, [IBS|K58|affirmed] med diarrédominans.",
    "Glesa mens och ökad behåring – [PCOS|E28|uncertain]? Hormonstatus tas.",
    "Snarkning, apnéer enl. sambo och ESS 14. Utreds för [OSAS|G47|uncertain].",
    "Minnesutredning klar: [MCI|F06|affirmed], ej [demens|F03|negated].",
    "Sonen har [ADHD|F90|family], pat själv aldrig utredd.",
    "[PTSD|F43|uncertain] kan ej uteslutas efter rånet i höstas, remiss allmänpsykiatrin.",
    "Ev. [GAD|F41|uncertain], GAD-7 16 p, ältande oro sedan mer än 6 mån.",
    "Mkt talar för [PMR|M35|uncertain]: proximal stelhet, SR 68, god effekt av Prednisolon 15 mg.",
    "Hängande ögonlock och dubbelseende som förvärras under dagen, ?[MG|G70|uncertain], AChR-ak skickade.",
    "Gångrubbning, urinläckage och minnessvikt – fr.st. [NPH|G91|uncertain], tap test planeras.",
    "Benmärgsprov förenligt med [AML|C92|uncertain], inväntar flödescytometri.",
    "[KLL|C91|affirmed] Binet A, enbart kontroller hos hematolog.",
    "Tidigare [KML|C92|historical], djup molekylär remission, Imatinib utsatt 2019.",
    "Eko: asymmetrisk septumhypertrofi 19 mm, bild av [HCM|I42|uncertain].",
    "Na 121, låg S-osmolalitet, hög U-osm – trol. [SIADH|E22|uncertain] sek. till SSRI.",
    "Nykturi x 3, svag stråle, sannolikt [BPH|N40|uncertain]. PSA tas.",
    "Krea 180 från 85, [AKI|N17|affirmed] pga [dehydrering|E86|affirmed], vätska iv.",
    "[SLE|M32|negated] avfört – ANA neg, komplement normala.",
    "Fascikulationer och atrofi i hö hand, EMG talar för [ALS|G12|uncertain].",
    "Mor hade [ALS|G12|family], pat orolig för ärftlighet och önskar genetisk vägledning.",
    "Fr.st. [TIA|G45|uncertain] vs [migränaura|G43|uncertain].",
    "[CVI|I64|historical] 2018 med kvarstående lätt hö-sidig pares.",
    "Risk för [LE|I26|hypothetical] postop, Fragmin 5000 E x 1 i 4 v.",
    "[FF|I48|affirmed], CHA2DS2-VASc 4 p, Eliquis insatt.",
    "Pat med [KNS|N18|affirmed] st 4, eGFR 22, följs på njurmott.",
    "Holter: tveksamt [AV-block II|I44|uncertain] nattetid, ev. [Wenckebach|I44|uncertain].",
    "?[WPW|I45|uncertain] – deltavåg V2–V4, remiss arytmimott.",
    "Palpitationer med abrupt debut och slut, trol. [AVNRT|I47|uncertain].",
    "Ej hållpunkt för [TTP|M31|negated], ADAMTS13-aktivitet normal.",
    "[MDS|D46|uncertain]? Makrocytos och låga värden i alla tre cellinjer utan förklaring, remiss benmärgsprov.",
    "Farmor hade [KOL|J44|family] och syrgas i hemmet.",
    "Tidigare storrökare, spikulerad förändring hö ovanlob på DT, ev. [NSCLC|C34|uncertain].",
    "[HCC|C22|uncertain] kan ej uteslutas i seg 7, MR lever med kontrast.",
    "Morgonstelhet i ländryggen > 1 h, HLA-B27 pos, ?[AS|M45|uncertain].",
    "Vid tecken på [SBP|K65|hypothetical] (feber, buksmärta) ska pat söka akut för diagnostisk tappning.",
    "[OCD|F42|historical] i tonåren, KBT med god effekt, inga tvång sedan dess.",
    "Dix-Hallpike neg bilat, ingen [BPPV|H81|negated].",
    "[ARDS|J80|affirmed] efter [covidpneumoni|U07|affirmed], ventileras på IVA.",
    "Portioömhet och feber, ev. [PID|N73|uncertain], STI-prover tagna.",
    "BT 165/110, proteinuri 2+, TPK 85 och huvudvärk v 33, ?[HELLP|O14|uncertain].",
    "[EUG|O00|negated] utesluten, intrauterin graviditet med hjärtaktivitet på VUL.",
    "Hereditet: mor [HT|I10|family], far [DM2|E11|family].",
    "Ej vaccinerad mot [TBE|A84|hypothetical], rekommenderas inför sommaren på Åland.",
]

# --------------------------------------------------------------------------
# eponym: eponyms in all their written forms
# --------------------------------------------------------------------------
EPONYM = [
    "Lågt Na, högt K och mörk hudpigmentering – misstänkt [Addisons sjukdom|E27|uncertain], kortisol och ACTH tas.",
    "Känd [Mb Addison|E27|affirmed], dubblar Hydrokortison pga feber enl. stressschema.",
    "Lågt morgonkortisol, ffa [morbus Addison|E27|uncertain], DD [sekundär binjurebarksvikt|E27|uncertain].",
    "Månansikte, breda lila striae och högt BT – ?[Cushings syndrom|E24|uncertain].",
    "[Graves sjukdom|E05|affirmed] med ögonengagemang, Tiamazol sedan mars.",
    "Tidigare [Graves|E05|historical], radiojodbehandlad 2011, nu substituerad med Levaxin.",
    "[Crohns sjukdom|K50|affirmed] med ileocekal lokalisation, Stelara var 8:e v.",
    "Skov av [Mb Crohn|K50|uncertain]? Kalprotektin 850, inga tecken på [ileus|K56|negated].",
    "Hereditet: mor med [Mb Bechterew|M45|family], morbror [psoriasis|L40|family].",
    "Inflammatorisk ryggsmärta hos 24-årig man, DD [Bechterews sjukdom|M45|uncertain].",
    "[Parkinsons sjukdom|G20|affirmed] sedan 2016, on-off-fenomen, Madopark x 5.",
    "Vilotremor hö hand och bradykinesi, bild av [Parkinson|G20|uncertain].",
    "[Mb Parkinson|G20|negated] bedöms ej föreligga, DaTSCAN normal.",
    "Far och farmor hade [Huntingtons sjukdom|G10|family], pat önskar prediktiv testning.",
    "Ofrivilliga koreatiska rörelser, ?[Huntington|G10|uncertain], gentest efter samtycke.",
    "Ascenderande svaghet och areflexi två veckor efter diarréepisod – [Guillain-Barrés syndrom|G61|uncertain] tills motsatsen bevisad.",
    "St.p. [Guillain-Barré|G61|historical] 2019, fullt återställd.",
    "Torra ögon och muntorrhet, SSA/SSB pos, förenligt med [Sjögrens syndrom|M35|uncertain].",
    "[Sjögren|M35|negated] avskrivet: Schirmer normal, SSA/SSB neg.",
    "Motoriska och vokala tics sedan 7 års ålder, [Tourettes syndrom|F95|affirmed] diagnostiserat på BUP.",
    "Ev. [Tourette|F95|uncertain] – remiss BUP för bedömning.",
    "Yrselattacker med öronsus och lock för vä öra, trol. [Menières sjukdom|H81|uncertain].",
    "Känd [Mb Menière|H81|affirmed], nu nytt yrselanfall av annan karaktär.",
    "Hängande mungipa och kan ej rynka pannan hö, inga blåsor i hörselgången – [Bells pares|G51|affirmed].",
    "Kan ej sluta vä öga sedan igår efter sommar i skärgården, DD [Bells pares|G51|uncertain] vs [neuroborrelios|A69|uncertain], LP.",
    "[Hodgkins lymfom|C81|historical] 1998, strålbehandlad mot mediastinum, årligt eko pga sena effekter.",
    "PET-DT talar för [Hodgkinlymfom|C81|uncertain] med engagemang ovan diafragma.",
    "[Alzheimers sjukdom|G30|uncertain]? MMT 21/30 och temporal atrofi på DT.",
    "[Demens vid Alzheimers sjukdom|F00|affirmed], bor på SÄBO sedan i våras.",
    "Mormor och moster hade [Alzheimer|G30|family].",
    "Vita, sedan blå fingrar vid kyla, trol. primärt [Raynauds fenomen|I73|uncertain].",
    "Kan ej sträcka dig IV–V hö, [Dupuytrens kontraktur|M72|affirmed], remiss handkirurg.",
    "Knuta i vä handflata utan kontraktur, ev. tidig [Dupuytren|M72|uncertain].",
    "7-årig pojke som haltar sedan 3 v, ?[Perthes|M91|uncertain], rtg höfter och MR.",
    "[Perthes sjukdom|M91|historical] i vä höft som barn, nu [sekundär artros|M16|affirmed].",
    "Ömhet och svullnad över tuberositas tibiae hos 13-årig fotbollsspelare, [Osgood-Schlatter|M92|affirmed].",
    "KUB visar förhöjd risk för [Downs syndrom|Q90|hypothetical], NIPT erbjuds.",
    "[Struma|E04|affirmed] och TPO-ak > 1000, bild av [Hashimotos tyreoidit|E06|uncertain].",
    "Tinninghuvudvärk, käkclaudicatio och SR 90 – misstänkt [Hortons arterit|M31|uncertain], Prednisolon 60 mg i väntan på biopsi.",
    "[Hortons huvudvärk|G44|affirmed], attacker kl 03 varje natt sedan två veckor, syrgas hjälper.",
    "[Wegeners granulomatos|M31|uncertain] kan ej uteslutas, PR3-ANCA pos och hematuri.",
    "M-komponent IgM och förstorad mjälte, DD [Mb Waldenström|C88|uncertain].",
    "ALP 780 med normala levervärden, skelettscint talar för [Pagets sjukdom|M88|uncertain] i bäckenet.",
    "Blodtillblandade kräkningar efter alkoholintag och upprepade kräkningar, ?[Mallory-Weiss|K22|uncertain], gastroskopi idag.",
    "Lätt förhöjt okonjugerat bilirubin utan tecken på hemolys, trol. [Gilberts syndrom|E80|uncertain].",
    "Ung man med leverpåverkan, tremor och personlighetsförändring, lågt ceruloplasmin – [Wilsons sjukdom|E83|uncertain]?",
    "Snabbt progredierande kognitiv svikt och myoklonier, [Creutzfeldt-Jakobs sjukdom|A81|uncertain] kan ej uteslutas.",
    "Långt armspann, hög gom och vidgad aortarot – misstänkt [Marfans syndrom|Q87|uncertain].",
    "Syster med [Ehlers-Danlos syndrom|Q79|family] av hypermobil typ.",
    "Bullös hudreaktion med slemhinneengagemang efter Lamotrigin, ?[Stevens-Johnsons syndrom|L51|uncertain].",
    "Svullnad i knävecket hö, rupturerad [Bakers cysta|M71|uncertain]? UL: ingen [DVT|I80|negated].",
    "Smärta radialt över handleden, Finkelstein pos, [de Quervains tendovaginit|M65|affirmed].",
    "3-åring med feber i 6 d, röda läppar och konjunktival injektion – [Kawasakis sjukdom|M30|uncertain] kan ej uteslutas.",
    "[Hirschsprungs sjukdom|Q43|negated] utesluten med rektalbiopsi.",
    "Tiamin iv för att förebygga [Wernickes encefalopati|E51|hypothetical].",
    "Lågt K och högt BT trots tre läkemedel, [Conns syndrom|E26|uncertain]? Aldosteron/renin-kvot tas.",
    "Pappa med [Charcot-Marie-Tooth|G60|family], pat har höga fotvalv och snubblar ofta.",
]

# --------------------------------------------------------------------------
# lay_or_latin: lay Swedish names and Latin names
# --------------------------------------------------------------------------
LAY_OR_LATIN = [
    "Feber och hosta sedan 4 d, krepitationer hö bas, trol. [lunginflammation|J18|uncertain].",
    "Pat orolig för [blodpropp i benet|I80|uncertain] efter flygresa, svullen vä vad.",
    "Har haft [påssjuka|B26|historical] som barn enl. mor.",
    "Dagisbarn med blåsor i olika stadier på bålen, [vattkoppor|B01|affirmed].",
    "Ovaccinerad, hemkommen från Rumänien, feber, röda ögon och utslag – [mässling|B05|uncertain]? Isoleras.",
    "Akut svullen, röd stortåled, sannolikt [gikt|M10|uncertain].",
    "Anamnes på [njursten|N20|historical] x 2, senast 2019.",
    "Centor 4 p, [halsfluss|J03|uncertain], snabbtest tas.",
    "Ettåring med feber som drar sig i örat, ?[öroninflammation|H66|uncertain].",
    "Far dog i [hjärtattack|I21|family] 52 år gammal.",
    "[Ledgångsreumatism|M06|affirmed] sedan 20 år, lugn på Metotrexat.",
    "[Myasthenia gravis|G70|affirmed], Mestinon 60 mg x 4.",
    "Blåsor i dermatom Th6 vä, [herpes zoster|B02|affirmed], Valaciklovir 1 g x 3 i 7 d.",
    "Rodnad med skarp gräns som sprider sig från sår på vä underben, feber – [erysipelas|A46|uncertain]?",
    "Kliande kvaddlar över hela kroppen sedan igår, [urtikaria|L50|affirmed], Desloratadin.",
    "[Diabetes mellitus typ 2|E11|affirmed], HbA1c 58, Metformin 1 g x 2.",
    "Ansträngningsutlöst tryck över bröstet, [angina pectoris|I20|uncertain]? Arbetsprov bokat.",
    "[Ulcus ventriculi|K25|historical] 2014, H. pylori eradikerad.",
    "[Fractura colli femoris|S72|affirmed] sin, op med halvprotes dag 1.",
    "Gravid v 10 med osäker immunitet mot [röda hund|B06|hypothetical], serologi tas.",
    "[Kikhosta|A37|uncertain]? Hostparoxysmer med kräkning hos ovaccinerad 4-månaders.",
    "[Bältros|B02|historical] för 2 år sedan, fortfarande smärta i området.",
    "Pat tror själv att det är [magsår|K25|uncertain], men besvären talar mer för [reflux|K21|uncertain].",
    "Mamma hade [sockersjuka|E14|family] enl. pat.",
    "Fick ett [slaganfall|I64|historical] 2017, sedan dess ordletningssvårigheter.",
    "[Hjärnblödning|I61|negated] utesluten med DT.",
    "[Kärlkramp|I20|affirmed] vid ansträngning, tar Nitrolingual vb.",
    "Pat och barnen har [vinterkräksjuka|A08|affirmed], kräkts x 6 sedan i natt.",
    "Gulaktiga krustor runt munnen hos 5-åring, [svinkoppor|L01|uncertain]?",
    "Ansiktsvärk och varig snuva i 10 d, trol. [bihåleinflammation|J01|uncertain].",
    "Fästingbett för 3 v sedan, ringformat rodnande utslag > 5 cm, [borrelia|A69|affirmed], Kåvepenin 10 d.",
    "Klåda värst nattetid, gångar mellan fingrarna – [skabb|B86|uncertain].",
    "Ej [ljumskbråck|K40|negated], UL visar förstorad lymfkörtel.",
    "[Gallsten|K80|uncertain]? Smärtor under hö arcus efter fet mat.",
    "[Blindtarmsinflammation|K35|negated] avskrivet, smärtan släppt och CRP < 5.",
    "[Grå starr|H25|affirmed] bilat., op planerad hö öga.",
    "Far har [grön starr|H40|family], regelbunden tryckmätning rekommenderas.",
    "[Benskörhet|M81|uncertain]? Längdminskning 4 cm, mens upphörde vid 40, DXA beställd.",
    "Pat uppger [överfunktion i sköldkörteln|E05|historical] för många år sedan, behandlad med radiojod.",
    "[Frusen skuldra|M75|uncertain]? Passiv utåtrotation kraftigt nedsatt.",
    "Morgonsmärta under hälen vid första stegen, trol. [hälsporre|M77|uncertain].",
    "Rtg pulm: [pneumonia lobi inferioris|J18|affirmed] dx.",
    "[Pyelonephritis acuta|N10|uncertain]? Feber och dunkömhet vä njurloge.",
    "[Cholelithiasis|K80|affirmed] enl. UL, inga tecken på [cholecystitis|K81|negated].",
    "[Appendicitis acuta|K35|uncertain] kan ej uteslutas, DT buk.",
    "[Commotio cerebri|S06|affirmed] efter cykelolycka, obs 24 h.",
    "[Distorsio pedis|S93|affirmed] sin, Ottawa-regler neg, ingen rtg.",
    "Främre [luxatio humeri|S43|affirmed] hö, reponerad på akuten.",
    "[Ruptura tendinis Achillis|S86|uncertain]? Thompsons test pos.",
    "[Insufficientia cordis|I50|affirmed] NYHA III.",
    "[Fibrillatio atriorum paroxysmalis|I48|affirmed], Eliquis 5 mg x 2.",
    "[Asthma bronchiale|J45|affirmed] sedan barndomen, Symbicort vb.",
    "Rodnad trumhinna hö utan buktning, ev. tidig [otitis media acuta|H66|uncertain].",
    "[Scharlakansfeber|A38|uncertain]? Smultrontunga och sandpappersliknande utslag.",
    "[Körtelfeber|B27|uncertain]? Beläggningar på tonsillerna, förstorade halslymfkörtlar, uttalad trötthet.",
    "[Anaemia perniciosa|D51|uncertain]? Lågt B12, IF-ak tas.",
    "Serologi för [lues|A53|negated] negativ.",
]

# --------------------------------------------------------------------------
# typo: realistic typos and spelling variants
# --------------------------------------------------------------------------
TYPO = [
    "Känd [epelepsi|G40|affirmed], Keppra 500 mg x 2, anfallsfri sedan 2022.",
    "Oregelbunden puls, trol. [arrytmi|I49|uncertain], Holter 48 h.",
    "[Abcess|L02|affirmed] vä axill, incideras på mottagningen.",
    "?[Pnemoni|J18|uncertain] hö basalt, rtg pulm beställd.",
    "Feber och Murphys tecken pos, misstänkt [cholecystit|K81|uncertain].",
    "[Kolecysit|K81|historical] 2020, därefter kolecystektomerad.",
    "P-glukos 19, polyuri och törst, nydebuterad [diabetis|E14|uncertain]?",
    "Ansträngningsutlöst [atsma|J45|uncertain], spirometri med reversibilitet.",
    "Lipas 12 ggr över ref, [pankretit|K85|affirmed].",
    "Nyupptäckt [förmaksflimer|I48|affirmed] med snabbt kammarsvar.",
    "[Hypotyros|E03|affirmed], TSH 8,2 trots Levaxin 75 µg.",
    "[Bröstcanser|C50|historical] vä 2016, op och strålning, nu kontroller.",
    "Hosta och feber hos 80-åring, ev. [pnuemoni|J18|uncertain], CRP 112.",
    "[Hjärtsvik|I50|affirmed] NYHA II, Furix 40 mg.",
    "Tidigare [depresion|F32|historical], ingen medicin sedan 2021.",
    "Mor med [schitzofreni|F20|family].",
    "[Konjuktivit|H10|affirmed] bilat., Kloramfenikol ögondroppar.",
    "[Tonsilit|J03|uncertain], Centor 3 p.",
    "Förmodad [peritonsilit|J36|uncertain] vä, tonsillen förskjuten medialt.",
    "[Borellia|A69|uncertain]? Erytem på låret efter fästingbett.",
    "[Neuroborelios|A69|uncertain] kan ej uteslutas, LP planeras.",
    "[Mb Chron|K50|affirmed] sedan 2010, ileocekalresektion 2015.",
    "[Alzeimer|G30|uncertain]? Minnesproblem sedan 2 år.",
    "[Reynauds fenomen|I73|affirmed] i båda händer.",
    "Far hade [Parkinssons sjukdom|G20|family].",
    "Yrselattacker, DD [Menieres sjukdom|H81|uncertain] vs [vestibularisnerit|H81|uncertain].",
    "Inga hållpunkter för [Guillain Barre|G61|negated], reflexer normala.",
    "[Ishias|M54|affirmed] vä sedan 2 v.",
    "[Discbråck|M51|uncertain] L5–S1? MR ländrygg.",
    "[Carpaltunnelsyndrom|G56|uncertain] hö, Phalen pos, remiss neurografi.",
    "[Rotatorcuffruptur|M75|uncertain]? Svag utåtrotation och positivt drop arm-test.",
    "[Distortion|S93|affirmed] vä fotled, stödbandage och avlastning.",
    "[Kollumfraktur|S72|affirmed] hö, förkortat och utåtroterat ben.",
    "[Comotio|S06|uncertain] efter fall från stege, obs över natten.",
    "[Akilesruptur|S86|affirmed] vä vid badminton.",
    "Rodnad och värme vä underben, [erysipleas|A46|uncertain]?",
    "[Mononukleus|B27|uncertain]? Uttalad trötthet och halsont sedan en vecka.",
    "Nosokomial [Clostridium dificile-infektion|A04|affirmed], Vankomycin po.",
    "[Sepis|A41|uncertain]? qSOFA 2, laktat 3,4.",
    "[Menigit|G03|negated] avskriven efter normal LP.",
    "[Lungemobli|I26|uncertain]? DT-angio beställd.",
    "[Myokardinfakt|I21|historical] 2015.",
    "[Kardiomypati|I42|uncertain] kan ej uteslutas, MR hjärta.",
    "Diffusa ST-lyft och lägesberoende bröstsmärta, [perikadit|I30|uncertain].",
    "[Pnemothorax|J93|affirmed] vä apikalt 2 cm, exspektans.",
    "Ömmande bitestikel vä, [epidydimit|N45|uncertain], DD [testikeltorsion|N44|uncertain].",
    "[Preeklamsi|O14|uncertain]? BT 150/100 och proteinuri v 34.",
    "Proximal värk och stelhet, [polymyalgia reumatika|M35|uncertain]?",
    "[Anorexsi|F50|uncertain]? BMI 15,8, ingen mens på 4 mån.",
    "[Alkholberoende|F10|affirmed], AUDIT 28, Antabus diskuteras.",
    "[Ishemisk stroke|I63|affirmed] i vä MCA-område.",
    "[Subarachnoidalblödning|I60|negated] utesluten med LP.",
    "[Delirum|F05|uncertain]? Fluktuerande uppmärksamhet och desorientering.",
    "[Melanon|C43|uncertain]? Asymmetrisk pigmenterad lesion hö skuldra, excision.",
    "[Appendisit|K35|uncertain]? Alvarado 7 p.",
    "Vid ny [urinvägsinfekton|N39|hypothetical] kan pat ringa för recept på Nitrofurantoin.",
    "Hereditet för [diabtes|E14|family] på fars sida.",
]

# --------------------------------------------------------------------------
# compound: Swedish compounds and derived forms
# --------------------------------------------------------------------------
COMPOUND = [
    "DT buk: 3 cm expansivitet i pankreashuvudet, trol. [pankreascancer|C25|uncertain].",
    "Multipla [levermetastaser|C78|affirmed] vid staging-DT.",
    "Akut ensidig buksmärta hö fossa, ?[ovarialtorsion|N83|uncertain], akut gyn-UL.",
    "Bilat. underbensödem, [sviktrelaterat ödem|I50|uncertain] eller [venös insufficiens|I87|uncertain]?",
    "Rodnad och sekretion från lambån dag 6 postop, trol. [lambåinfektion|T81|uncertain].",
    "[Hälseneruptur|S86|affirmed] vä, ortos i spetsfot 8 v.",
    "[Skenbensfraktur|S82|affirmed] hö efter skidolycka, op med märgspik.",
    "Svårinställt BT hos 32-årig kvinna, ?[njurartärstenos|I70|uncertain], DT-angio.",
    "Stigande bilirubin, MRCP visar [gallgångsstenos|K83|affirmed] i hilus, ERCP planeras.",
    "[Tunntarmsileus|K56|uncertain]? Dilaterade tunntarmsslyngor med luft-vätskenivåer.",
    "Ingen [sårinfektion|T81|negated], såret läker per primam.",
    "[Skelettmetastaser|C79|uncertain] kan ej uteslutas, skelettscint beställd.",
    "MR hjärna: inga [hjärnmetastaser|C79|negated].",
    "[Peritonealkarcinos|C78|uncertain]? Ascites och omentkaka på DT.",
    "[Hypofysadenom|D35|uncertain]? Bitemporal synfältsdefekt och förhöjt prolaktin.",
    "[Tjocktarmscancer|C18|family] hos far och farbror, koloskopi var 5:e år.",
    "[Ändtarmscancer|C20|historical], opererad 2012, permanent stomi.",
    "Sväljningssvårigheter och viktnedgång 6 kg, [matstrupscancer|C15|uncertain]?",
    "Makroskopisk hematuri hos rökare, utreds för [urinblåsecancer|C67|uncertain].",
    "[Njurcellscancer|C64|affirmed] hö, nefrektomi planerad.",
    "Syster fick [livmoderhalscancer|C53|family] vid 38 års ålder.",
    "Cytologi benign, ingen [sköldkörtelcancer|C73|negated].",
    "[Handledsfraktur|S52|affirmed] vä efter fall på isen, gipsskena.",
    "[Revbensfrakturer|S22|uncertain] hö? Ömhet över costa 7–9.",
    "Svullen och öm lateralmalleol, ?[fotledsfraktur|S82|uncertain], rtg.",
    "[Näsbensfraktur|S02|uncertain] efter knytnävsslag, felställning?",
    "[Kotkompressionsfraktur|M80|affirmed] L1 efter lågenergitrauma.",
    "[Halskotpelarfraktur|S12|negated] utesluten med DT.",
    "[Karotisstenos|I65|affirmed] vä 80 %, remiss kärlkirurg.",
    "Pulserande resistens i buken, [bukaortaaneurysm|I71|uncertain]?",
    "Rivande smärta mellan skulderbladen, [aortadissektion|I71|uncertain] kan ej uteslutas, akut DT-angio.",
    "Huvudvärk hos p-pilleranvändare, ?[sinustrombos|I67|uncertain], MR-venografi.",
    "Laktat 5 och smärta ur proportion till status, [tarmischemi|K55|uncertain]?",
    "[Hjärtsäcksinflammation|I30|historical] 2019, inga besvär sedan.",
    "[Protesinfektion|T84|uncertain] hö knä? CRP 80, ledvätska tappad för odling.",
    "Rodnad och svullnad över pacemakerfickan, trol. [pacemakerficksinfektion|T82|uncertain].",
    "Feber och rodnad vid CVK-instick, ?[kateterrelaterad infektion|T80|uncertain].",
    "[Aspirationspneumoni|J69|uncertain] efter kräkning under sänkt medvetande.",
    "[Pneumokocksepsis|A40|affirmed], Bensylpenicillin 3 g x 4.",
    "Feber, frossa och ikterus, sannol. [gallvägsinfektion|K83|uncertain].",
    "[Tandabscess|K04|uncertain] vä underkäke, remiss tandläkare.",
    "[Äggstockscysta|N83|uncertain]? Resistens i lilla bäckenet vid palpation.",
    "[Gallstensanfall|K80|historical] x 3 senaste året.",
    "[Alkoholpankreatit|K85|uncertain] eller [gallstenspankreatit|K85|uncertain]? UL gallvägar.",
    "[Fettlever|K76|affirmed] på UL, viktnedgång rekommenderas.",
    "Hydrering inför DT för att undvika [kontrastinducerad njurskada|N14|hypothetical].",
    "Na 118, trol. [tiazidinducerad hyponatremi|E87|uncertain], Salures utsätts.",
    "[Graviditetsdiabetes|O24|historical] i förra graviditeten.",
    "[Förlossningsdepression|F53|uncertain]? EPDS 15 p vid BVC-besök.",
    "[Knäledsartros|M17|affirmed] hö, remiss ortoped för protesbedömning.",
    "Bensvaghet hos pat med känd [prostatacancer|C61|affirmed], ?[ryggmärgskompression|G95|uncertain], akut MR.",
    "[Cauda equina-syndrom|G83|negated] bedöms ej föreligga, normal sfinktertonus.",
    "Ridå för vä öga, [näthinneavlossning|H33|uncertain]?",
    "Löpare med belastningssmärta i mellanfoten, [stressfraktur|M84|uncertain]?",
    "Hög arbetsbelastning, risk för [utmattningssyndrom|F43|hypothetical], samtal med företagshälsovården.",
    "Risk för [trycksår|L89|hypothetical], vändschema var 3:e h.",
    "[Läkemedelsutlöst leverskada|K71|uncertain]? ALAT 4,5 efter Flukloxacillin.",
]

# --------------------------------------------------------------------------
# everyday: everyday diagnoses from all specialties in plain Swedish
# --------------------------------------------------------------------------
EVERYDAY = [
    "Trol. [urinvägsinfektion|N39|uncertain], U-odling skickad.",
    "Nydebuterat [förmaksflimmer|I48|affirmed], elkonvertering planeras efter 3 v antikoagulation.",
    "Försämrad [hjärtsvikt|I50|affirmed] med viktuppgång 3 kg på en vecka.",
    "Aktuella diagnoser: [hypertoni|I10|affirmed], [hyperlipidemi|E78|affirmed], [fetma|E66|affirmed] och [glaukom|H40|affirmed].",
    "[Depression|F32|uncertain]? PHQ-9 17 p, nedstämdhet sedan 2 mån.",
    "[Migrän|G43|affirmed] med aura, Sumatriptan vb.",
    "Dagtrötthet med sömnattacker och kataplexi, utreds för [narkolepsi|G47|uncertain].",
    "Feber efter resa till Uganda – [malaria|B54|uncertain] tills motsatsen bevisad.",
    "[Kondylom|A63|affirmed] perianalt, Condyline.",
    "Skelettsmärta, högt Ca och M-komponent – [myelom|C90|uncertain]?",
    "Snabbväxande resistens i låret, [sarkom|C49|uncertain] kan inte uteslutas, remiss ortopedisk onkologi.",
    "[Psoriasis|L40|affirmed] i hårbotten och på armbågar.",
    "[Celiaki|K90|uncertain]? Transglutaminas-ak kraftigt förhöjt, gastroskopi med biopsi.",
    "Svåra menssmärtor och djup samlagssmärta, trol. [endometrios|N80|uncertain], remiss gyn.",
    "EEG ua, kriterier för [epilepsi|G40|negated] ej uppfyllda efter första anfallet.",
    "Båda syskonen har [astma|J45|family].",
    "Rtg pulm: ingen [pneumoni|J18|negated].",
    "[Järnbristanemi|D50|affirmed], Hb 98, järntabletter insatta.",
    "[Hypotyreos|E03|uncertain]? TSH 11, fritt T4 i nedre normalområdet.",
    "Anhöriga beskriver tilltagande glömska, ev. [demens|F03|uncertain], minnesutredning på VC.",
    "[Delirium|F05|affirmed] utlöst av urinretention, KAD satt.",
    "Mor har [bipolär sjukdom|F31|family], morfar hade [schizofreni|F20|family].",
    "Återkommande attacker med hjärtklappning och dödsångest, ffa [paniksyndrom|F41|uncertain].",
    "[Anorexia nervosa|F50|historical] i tonåren, nu normalviktig.",
    "[Hjärtinfarkt|I21|negated] utesluten, TnT 8 och 9.",
    "Akut hö-sidig svaghet och dysartri, [stroke|I64|uncertain]? Strokelarm.",
    "[Lungemboli|I26|affirmed] bilat, Eliquis i 6 mån.",
    "Nytt blåsljud och feber hos pat med pågående injektionsbruk, [endokardit|I33|uncertain]?",
    "[Myokardit|I40|uncertain]? Troponinstegring och bröstsmärta hos 19-årig man.",
    "Viktnedgång 8 kg på 3 mån, risk för [undernäring|E46|hypothetical], dietistremiss.",
    "Albuminuri 6 g/dygn och ödem, [nefrotiskt syndrom|N04|uncertain]?",
    "Smärtor i perineum och feber, trol. [prostatit|N41|uncertain].",
    "Knöl i vä bröst, misstanke om [bröstcancer|C50|uncertain], trippeldiagnostik.",
    "[Koloncancer|C18|affirmed] i sigmoideum, T3N1, adjuvant cytostatika.",
    "Hemoptys och viktnedgång hos rökare, utreds för [lungcancer|C34|uncertain].",
    "[Melanom|C43|historical] på ryggen 2012, radikalt excis.",
    "Förstorade lymfkörtlar på halsen och nattsvett, [lymfom|C85|uncertain]?",
    "Blaster i perifert blod, akut [leukemi|C95|uncertain], kontakt hematolog jour.",
    "MR: expansiv process temporalt vä, [höggradigt gliom|C71|uncertain]?",
    "Erbjuds vaccination mot [influensa|J11|hypothetical] och [covid-19|U07|hypothetical] i höst.",
    "[Klamydia|A56|negated] avskriven, PCR negativ.",
    "[Hiv|B24|affirmed] välbehandlad, ej mätbar virusmängd.",
    "[Hepatit C|B18|historical], utläkt efter behandling 2019.",
    "Långdragen hosta och nattsvett hos pat från Somalia, [tuberkulos|A16|uncertain]?",
    "Brännande epigastrisk smärta efter NSAID, trol. [gastrit|K29|uncertain].",
    "Tidigare: [appendicit|K35|historical] som barn, [navelbråck|K42|historical] op 2010, [analfissur|K60|historical] 2016.",
    "Kraftig blödning med koagel v 8, trol. [missfall|O03|uncertain], VUL imorgon.",
    "Positivt graviditetstest och buksmärta, [utomkvedshavandeskap|O00|uncertain]?",
    "Elchocksliknande smärta i hö kind vid tuggning, [trigeminusneuralgi|G50|uncertain].",
    "Bihilär lymfadenopati och förhöjt ACE, [sarkoidos|D86|uncertain]?",
    "Sedan länge [insomni|F51|affirmed] och [restless legs|G25|affirmed], Sifrol till natten.",
    "Hör röster sedan 3 v, [psykos|F29|uncertain], inläggning.",
    "Skällhosta och inspiratorisk stridor, trol. [krupp|J05|uncertain].",
    "Klick vid Ortolani, ?[höftledsdysplasi|Q65|uncertain], UL höfter.",
    "Akut rotatorisk yrsel utan hörselpåverkan, trol. [vestibularisneurit|H81|uncertain].",
    "Nackstelhet och feber, [meningit|G03|uncertain]? LP utförd.",
    "Morbror hade [blödarsjuka|D66|family], syster har [celiaki|K90|family].",
]

# --------------------------------------------------------------------------
# negative: no diagnosis mention, only look-alikes
# --------------------------------------------------------------------------
NEGATIVE = [
    "QTc 440 ms, PQ 180 ms, smala QRS.",
    "AF 24/min, sat 94 % på luft, temp 37,8.",
    "RA dilaterat på eko, i övrigt normal systolisk funktion.",
    "ALAT 0,8, ASAT 0,6, ALP 1,9, bilirubin 12.",
    "AST 1,4 µkat/L, lätt förhöjt, ny kontroll om 2 v.",
    "MS Teams-möte med kommunen och anhöriga inför hemgång.",
    "Medicinskt kol 50 g givet på akuten.",
    "Status: ua.",
    "Cor: RR, inga blåsljud. Pulm: vesikulärt bilat.",
    "Pat är kritisk till föreslagen behandling men accepterar remiss.",
    "Pat önskar komma hem till helgen, dottern kan hämta.",
    "Diabetesmottagningen ringer upp nästa vecka angående pumpinställning.",
    "Remissen felskickad till Astma/KOL-mottagningen, vidarebefordrad till lungkliniken.",
    "S100B 0,08 µg/L, ingen indikation för DT.",
    "P24-antigen skickat enligt rutin inför IVF.",
    "Pat tar Kåvepenin 1 g x 3 sedan i tisdags.",
    "Ring om feber över 38,5 eller ökad smärta.",
    "Hosta och andfåddhet sedan en vecka, ingen feber.",
    "PSA 3,2, oförändrat jämfört med i fjol.",
    "CEA, CA 19-9 och CA-125 tagna enl. onkologens önskemål.",
    "Anti-CCP och RF skickade, ANA negativ.",
    "Hjärtmagnyl 75 mg x 1, Waran enl. INR-kort.",
    "Depolan 5 mg x 2 och Alvedon 1 g x 4.",
    "Madopark Quick Mite 62,5 mg vb.",
    "Tiamin 100 mg iv ges före glukos.",
    "Kolesterol 6,2, LDL 4,1, HDL 1,3.",
    "Kolla Hb och elstatus imorgon bitti.",
    "MR hjärna bokad 14/5, pat informerad.",
    "PAD-svar inväntas, återbesök om 3 v.",
    "Pat pluggar till sjuksköterska, klar VT 2025.",
    "Börjar ny kurs HT 2024, vill ha intyg för studieanpassning.",
    "Beviljad plats på LSS-boende från 1/6.",
    "Avvikelse anmäld till MAS enligt rutin.",
    "GAD-ak och IA-2-ak skickade.",
    "Insulatard (NPH-insulin) 12 E till natten.",
    "Dottern Gerd ringer och vill ha återkoppling efter ronden.",
    "Pat känner sig lite down sista veckan men sover och äter bra.",
    "Stödstrumpor klass 2 utprovade på mottagningen.",
    "Åt kräftor i helgen, därefter lös avföring i två dagar.",
    "Slag mot huvudet vid fallet, ingen medvetandeförlust, GCS 15.",
    "Social svikt i hemmet, hemtjänst utökas till 4 besök/dygn.",
    "Inga underbensödem, perifera pulsar palpabla.",
    "Murphys tecken negativt, ingen défense.",
    "Lasègue neg bilat, Babinski nedåtgående.",
    "CURB-65 1 p, CHA2DS2-VASc 2 p, HAS-BLED 1 p.",
    "Wells score 0 p, Centor 1 p.",
    "HAD-skala: ångestdel 11, depressionsdel 7.",
    "MADRS-S 14 p, AUDIT 4 p.",
    "NIHSS 0, mRS 1.",
    "Flyttas till HIA för telemetri över natten.",
    "ST-läkare Lindqvist har informerat anhöriga.",
    "AT-läkare skriver remiss till röntgen, kontrasigneras av mig.",
    "Infektionsparametrar sjunkande, CRP 45 från 180.",
    "Pat hade sällskap av sambon Sten.",
    "Arbetar som undersköterska på Minnesmottagningen, trivs bra.",
    "Glasgow Coma Scale 15, pupiller lika och ljusreagerande.",
    "Sköldkörteln palperas ua, inga förstorade lymfkörtlar.",
    "Kritiskt värde lämnat per telefon till jourhavande: K 5,9.",
]

SOURCES = {
    "abbreviation": ABBREVIATION,
    "eponym": EPONYM,
    "lay_or_latin": LAY_OR_LATIN,
    "typo": TYPO,
    "compound": COMPOUND,
    "everyday": EVERYDAY,
    "negative": NEGATIVE,
}

MARK = re.compile(r"\[([^\[\]|]+)\|([A-Z][0-9]{2})\|([a-z]+)\]")


def parse(src: str) -> tuple[str, list[dict]]:
    """Strip the bracket markup and return (text, mentions with offsets)."""
    out: list[str] = []
    mentions: list[dict] = []
    pos = 0  # position in src
    length = 0  # length of text produced so far
    for m in MARK.finditer(src):
        before = src[pos:m.start()]
        out.append(before)
        length += len(before)
        surface, code, assertion = m.group(1), m.group(2), m.group(3)
        mentions.append({
            "start": length,
            "end": length + len(surface),
            "surface": surface,
            "icd10": code,
            "assertion": assertion,
        })
        out.append(surface)
        length += len(surface)
        pos = m.end()
    out.append(src[pos:])
    return "".join(out), mentions


def build() -> list[dict]:
    rows = []
    # interleave kinds deterministically so the file is not blocked by kind
    iters = {k: iter(SOURCES[k]) for k in KINDS}
    remaining = dict((k, len(SOURCES[k])) for k in KINDS)
    while any(remaining.values()):
        for k in KINDS:
            if remaining[k]:
                src = next(iters[k])
                remaining[k] -= 1
                text, mentions = parse(src)
                rows.append({"text": text, "mentions": mentions, "kind": k})
    return rows


def validate(rows: list[dict]) -> list[str]:
    codes = {line.strip() for line in CODES.read_text().splitlines() if line.strip()}
    errors: list[str] = []
    seen: set[str] = set()
    if len(rows) != N_TOTAL:
        errors.append(f"expected {N_TOTAL} lines, got {len(rows)}")
    for i, r in enumerate(rows, 1):
        t = r["text"]
        if t in seen:
            errors.append(f"line {i}: duplicate text {t!r}")
        seen.add(t)
        if any(ch in t for ch in "[]|"):
            errors.append(f"line {i}: leftover markup in {t!r}")
        if r["kind"] not in KINDS:
            errors.append(f"line {i}: bad kind {r['kind']}")
        if r["kind"] == "negative" and r["mentions"]:
            errors.append(f"line {i}: negative line has mentions")
        if r["kind"] != "negative" and not r["mentions"]:
            errors.append(f"line {i}: {r['kind']} line has no mention: {t!r}")
        for m in r["mentions"]:
            s, e = m["start"], m["end"]
            if t[s:e] != m["surface"]:
                errors.append(f"line {i}: offset mismatch {t[s:e]!r} != {m['surface']!r}")
            if m["surface"] != m["surface"].strip() or m["surface"][-1] in ".,;:?!":
                errors.append(f"line {i}: surface has padding/punctuation {m['surface']!r}")
            if m["icd10"] not in codes:
                errors.append(f"line {i}: code {m['icd10']} not in codes.txt")
            if len(m["icd10"]) != 3:
                errors.append(f"line {i}: code {m['icd10']} is not 3 characters")
            if m["assertion"] not in ASSERTIONS:
                errors.append(f"line {i}: bad assertion {m['assertion']}")
    return errors


def main() -> int:
    rows = build()
    errors = validate(rows)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        return 1
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    # re-read and validate what was written
    reread = [json.loads(l) for l in OUT.read_text(encoding="utf-8").splitlines()]
    errors = validate(reread)
    if errors:
        for e in errors:
            print("ERROR (reread):", e, file=sys.stderr)
        return 1

    kinds = collections.Counter(r["kind"] for r in rows)
    asserts = collections.Counter(m["assertion"] for r in rows for m in r["mentions"])
    n_mentions = sum(asserts.values())
    dx = {m["surface"].lower() for r in rows for m in r["mentions"]}
    icd = {m["icd10"] for r in rows for m in r["mentions"]}
    every_icd = {m["icd10"] for r in rows if r["kind"] == "everyday" for m in r["mentions"]}
    print(f"wrote {OUT} ({len(rows)} lines, {n_mentions} mentions)")
    for k in KINDS:
        print(f"  kind {k:13s} {kinds[k]:4d}")
    for a in sorted(asserts):
        print(f"  assertion {a:13s} {asserts[a]:4d} ({100 * asserts[a] / n_mentions:.0f} %)")
    print(f"  distinct surfaces {len(dx)}, distinct ICD-10 categories {len(icd)}"
          f" (everyday lines alone: {len(every_icd)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
