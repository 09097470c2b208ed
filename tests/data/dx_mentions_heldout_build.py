#!/usr/bin/env python3
"""Build the frozen held-out gold set of diagnosis MENTIONS for notelint.

Written independently of the product (no lexicons, cue lists or other gold
sets consulted).  Each source line is a Swedish journal-note sentence where
every diagnosis mention is marked in brackets:

    [surface|ICD10|assertion]

`surface` is exactly the diagnosis words as written (built-in modifiers such
as "akut" or "typ 2" included; hedge words, laterality written after the
diagnosis and trailing punctuation excluded).  The script strips the
brackets, computes Python str offsets, validates and writes
dx_mentions_heldout.jsonl next to this file, deterministically.

Run:  python3 tests/data/dx_mentions_heldout_build.py
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "dx_mentions_heldout.jsonl"
CODES = Path("/work/shared/data/icd10se/codes.txt")

ASSERTIONS = {"affirmed", "negated", "uncertain", "hypothetical", "historical", "family"}
KINDS = ["abbreviation", "eponym", "lay_or_latin", "typo", "compound", "everyday", "negative"]
PER_KIND = 60

# ---------------------------------------------------------------------------
# abbreviation
# ---------------------------------------------------------------------------
ABBREVIATION = [
    "Trol. [RA|M06|uncertain], remiss till reumatolog skickad.",
    "?[DVT|I80|uncertain] vä vad, ultraljud bokat imorgon bitti.",
    "Känd [DM2|E11|affirmed], tablettbehandlad, HbA1c 52.",
    "Ingen [DVT|I80|negated] på ultraljud hö ben.",
    "Misstänkt [NSTEMI|I21|uncertain], TnT 85 -> 140 på 3 h.",
    "[KOL-exacerbation|J44|affirmed], ökad mängd missfärgade upphostningar sedan 4 d.",
    "Pat med [MS|G35|affirmed] sedan 2009, skovfri senaste 3 åren.",
    "Sannol. [TIA|G45|uncertain], helt återställd vid ankomst, NIHSS 0.",
    "[UVI|N39|affirmed] med E. coli, insatt på pivmecillinam.",
    "EKG utan ST-höjningar, ej [STEMI|I21|negated].",
    "DD [LE|I26|uncertain], Wells 4,5, DT-angio beställd.",
    "Tidigare [SAH|I60|historical] 2012, coilad, inga restsymtom.",
    "Far dog i [ALS|G12|family] 62 år gammal.",
    "Utreds för [SLE|M32|uncertain] via reumatologen, ANA pos 1:640.",
    "Bild av [AKS|I24|uncertain], TnT stigande, ST-sänkningar V4–V6.",
    "[GERD|K21|affirmed] sedan många år, står på omeprazol.",
    "Förenligt med [IBS|K58|uncertain], inga alarmsymtom, normalt f-kalprotektin.",
    "Oregelbundna mens och förhöjt testosteron, [PCOS|E28|uncertain]?",
    "[OSAS|G47|affirmed], använder CPAP nattetid med god effekt.",
    "[MCI|F06|uncertain]? MMT 26/30, klocktest ua.",
    "[PTSD|F43|uncertain] kan ej uteslutas, remiss till traumamottagningen.",
    "Ev. [GAD|F41|uncertain], GAD-7 16, bedömning hos psykolog.",
    "SR 78, CRP 40, stel i skuldror på morgnarna – [PMR|M35|uncertain]?",
    "Känd [MG|G70|affirmed] sedan 2015 som söker med tilltagande dubbelseende och sväljningsbesvär sedan 3 d efter insättning av ciprofloxacin, AF 22, VK 2,1 L, neurolog kontaktad och pyridostigmin ökas i väntan på bedömning.",
    "Triad med gång-, kognitions- och blåsstörning – tänkbar [NPH|G91|uncertain].",
    "Nydiagnostiserad [AML|C92|affirmed], start induktionsbehandling v 12.",
    "[KLL|C91|affirmed] stadium A, kontroller var 6:e mån hos hematolog.",
    "Eko talar för [HCM|I42|uncertain], septum 19 mm, ingen LVOT-gradient i vila.",
    "Na 121, misstänkt [SIADH|E22|uncertain] sekundärt till SSRI.",
    "Susp. [BPH|N40|uncertain], svag stråle, PSA 2,1, flödesmätning bokas.",
    "Risk för [AKI|N17|hypothetical] vid kontrastundersökningen, hydrera före och kontrollera krea efter.",
    "[CKD|N18|affirmed] stadium 4, följs på njurmott.",
    "Utvecklade [ARDS|J80|affirmed] dag 3 på IVA, bukläge 16 h/dygn.",
    "Prenatalt diagnostiserad [HLHS|Q23|affirmed], Norwood planerad första levnadsveckan.",
    "Inga hållpunkter för [TIA|G45|negated], normal neurologi och DT hjärna ua.",
    "Mamma hade [MS|G35|family], morbror likaså.",
    "Tidigare [NSTEMI|I21|historical] 2018, PCI mot LAD.",
    "Vid tecken på [DVT|I80|hypothetical] – åter direkt till akuten.",
    "[ALS|G12|uncertain] misstänks av neurolog, EMG planeras v 40.",
    "[STEMI|I21|affirmed] inferiort, larmat PCI-jouren kl 03.10.",
    "Ej [FF|I48|negated] på 24-h Holter, sinusrytm hela registreringen.",
    "Snarkar, dagtrött, ESS 16 – trol. [OSA|G47|uncertain].",
    "Aktuella dg: [DM2|E11|affirmed], [HT|I10|affirmed], [FF|I48|affirmed].",
    "Mormor med [RA|M06|family].",
    "[SLE|M32|negated] avskrivet, ANA och anti-dsDNA neg.",
    "[PSC|K83|affirmed] och [UC|K51|affirmed], årlig koloskopi.",
    "[ITP|D69|uncertain]? TPK 18, övriga celllinjer normala.",
    "Diff dg [HUS|D59|uncertain] – krea stigande, schistocyter i utstryk, Hb 89.",
    "Måttlig [AS|I35|affirmed] och lätt [MI|I34|affirmed] enl eko.",
    "F.s. [BPPV|H81|uncertain]? Dix-Hallpike ej utförd pga nackbesvär.",
    "Benmärg beställd, [MDS|D46|uncertain] inte osannolikt.",
    "Känd [AST|F84|affirmed], behöver förberedelse med bildstöd inför provtagning.",
    "Misstänkt [TBC|A16|uncertain], sputum x3 för mikroskopi och PCR.",
    "[GBS|G61|uncertain]? Areflexi, likvor med proteinstegring utan pleocytos.",
    "Opererad för [VSD|Q21|historical] som spädbarn.",
    "ALAT 1,2, ekogen lever på UL – sannol. [NAFLD|K76|uncertain].",
    "Susp. [DKA|E10|uncertain], pH 7,18, ketoner 5,2.",
    "Kan inte utesluta [NSTEMI|I21|uncertain], ny TnT om 3 h.",
    "Syster har [PCOS|E28|family].",
    "Mkt talar för [KML|C92|uncertain], BCR-ABL skickat.",
]

# ---------------------------------------------------------------------------
# eponym
# ---------------------------------------------------------------------------
EPONYM = [
    "Känd [Mb Crohn|K50|affirmed] sedan 2011, i remission på adalimumab.",
    "Bild av [Crohns sjukdom|K50|uncertain] i terminala ileum, biopsier tagna.",
    "?[morbus Crohn|K50|uncertain], kalprotektin 850, MR-enterografi bokad.",
    "Trol. [Addisons sjukdom|E27|uncertain], lågt morgonkortisol, högt ACTH.",
    "[Addison|E27|negated] avskriven efter normalt Synacthen-test.",
    "Utreds för [Cushings syndrom|E24|uncertain], dexametasonhämningstest planerat.",
    "Tidigare [Mb Cushing|E24|historical], opererad transsfenoidalt 2014.",
    "[Graves sjukdom|E05|affirmed] med TRAK 12, startar tiamazol.",
    "Förenligt med [Mb Basedow|E05|uncertain], diffust ökat upptag på skintigrafi.",
    "Mor och moster har [Hashimoto|E06|family].",
    "Sannol. [Hashimotos tyreoidit|E06|uncertain], TPO-ak >1000.",
    "[Mb Bechterew|M45|affirmed], HLA-B27 pos, står på TNF-hämmare.",
    "Ung man, HLA-B27 pos, benmärgsödem i SI-lederna på MR – [Bechterews sjukdom|M45|uncertain]?",
    "Känd [Parkinson|G20|affirmed], Madopark x 5, besvärliga off-perioder.",
    "Hypomim, rigiditet och vilotremor hö hand – misstänkt [Parkinsons sjukdom|G20|uncertain].",
    "DaTSCAN normal, talar emot [Mb Parkinson|G20|negated].",
    "Far hade [Huntingtons sjukdom|G10|family], pat önskar prediktiv testning.",
    "[Guillain-Barré|G61|uncertain]? Uppåtstigande svaghet och areflexi sedan 4 d.",
    "Genomgånget [Guillain-Barrés syndrom|G61|historical] 2016, lätta kvarvarande parestesier i fötterna.",
    "Muntorrhet, ögontorrhet, SSA pos – [Sjögrens syndrom|M35|uncertain].",
    "Pat med [Sjögren|M35|affirmed], följs på reumatologen, pilokarpin.",
    "[Tourettes syndrom|F95|affirmed] sedan barndomen, tics tilltar vid stress.",
    "Episodisk rotatorisk yrsel med fluktuerande hörsel vä – [Menières sjukdom|H81|uncertain]?",
    "[Mb Menière|H81|affirmed] hö sida, betahistin utan effekt.",
    "[Bells pares|G51|affirmed] vä, prednisolon insatt inom 72 h.",
    "DD [Bells pares|G51|uncertain] eller [borrelia|A69|uncertain], serologi skickad.",
    "Tidigare [Hodgkins lymfom|C81|historical] 1998, strålbehandlad mot mediastinum.",
    "[Mb Hodgkin|C81|uncertain]? Förstorade halslymfkörtlar, PET-DT beställd.",
    "Mamma hade [Alzheimers sjukdom|G30|family], debut vid 60.",
    "Kognitiv svikt sedan 2 år, [Alzheimer|G30|uncertain] tänkbar, likvor för biomarkörer.",
    "Ev. [Raynauds fenomen|I73|uncertain], vita fingrar i kyla, kapillärmikroskopi ua.",
    "Känd [Addison|E27|affirmed]; vid kräkningar eller feber risk för [Addisonkris|E27|hypothetical], dubblar då hydrokortison.",
    "[Dupuytrens kontraktur|M72|affirmed] dig IV–V hö, remiss handkirurg.",
    "Knuta i handflatan längs fjärde strålen, sannol. [Dupuytren|M72|uncertain].",
    "6-årig pojke som haltar sedan 3 v, [Perthes|M91|uncertain] kan ej uteslutas, MR höfter.",
    "[Osgood-Schlatter|M92|affirmed] bilat, idrottsuppehåll rekommenderas.",
    "Feber >5 d, ögonrodnad, jordgubbstunga, fjällning på fingertopparna – [Kawasakis sjukdom|M30|uncertain]?",
    "Lågt ceruloplasmin, Kayser-Fleischer-ring – [Wilsons sjukdom|E83|uncertain].",
    "[Mb Paget|M88|affirmed] i bäckenet, högt ALP, zoledronsyra givet.",
    "Tinningsvärk, SR 95 – misstänkt [Horton|M31|uncertain], start prednisolon före biopsi.",
    "[Hortons sjukdom|M31|negated] avskrivs, biopsi och UL temporalis ua.",
    "Tidigare [Wegeners granulomatos|M31|historical], i remission sedan 2010.",
    "Återkommande orala och genitala ulcerationer, positiv patergi – [Mb Behçet|M35|uncertain]?",
    "Hög feber, laxfärgat utslag, ferritin 8000 – DD [Stills sjukdom|M06|uncertain] hos vuxen.",
    "Klassisk triad tre veckor efter resa, bild av [Reiters syndrom|M02|uncertain].",
    "Svullnad i knävecket hö, UL visar [Bakercysta|M71|affirmed].",
    "?[Bakers cysta|M71|uncertain] som spruckit, ingen [DVT|I80|negated] på UL.",
    "Fall på utsträckt hand, rtg: [Collesfraktur|S52|affirmed] vä, gipsas.",
    "[Colles fraktur|S52|historical] hö 2019, läkt i lätt felställning.",
    "Pat med [Marfans syndrom|Q87|affirmed] som följs med årligt eko, där aortaroten nu mäter 48 mm jämfört med 44 mm för ett år sedan, diskuteras med thoraxkirurg angående profylaktisk operation.",
    "Lång, arachnodaktyli, aortarot 45 mm – utreds för [Marfan|Q87|uncertain].",
    "[Ehlers-Danlos syndrom|Q79|affirmed] hypermobil typ, återkommande subluxationer.",
    "Små fasta testiklar, högt FSH – [Klinefelter|Q98|uncertain]? Kromosomanalys skickad.",
    "[Turners syndrom|Q96|affirmed], tillväxthormonbehandlad som barn.",
    "Pojke med [Downs syndrom|Q90|affirmed], opererad för [AVSD|Q21|historical] som spädbarn.",
    "[Mb Down|Q90|affirmed], bor i gruppboende, god ADL.",
    "Sonen har [Asperger|F84|family].",
    "Fluktuerande kognition, synhallucinationer – [Lewy body-demens|G31|uncertain]?",
    "Deltavåg på vilo-EKG, [Wolff-Parkinson-White|I45|uncertain]?",
    "[Creutzfeldt-Jakobs sjukdom|A81|uncertain] kan inte uteslutas, 14-3-3 i likvor skickat.",
]

# ---------------------------------------------------------------------------
# lay_or_latin
# ---------------------------------------------------------------------------
LAY_OR_LATIN = [
    "Haft [lunginflammation|J18|historical] tre ggr senaste året enl mamma.",
    "Sökorsak: [blodpropp i benet|I80|uncertain]?",
    "Pappa dog i [blodpropp i lungan|I26|family] 58 år gammal.",
    "Ovaccinerad, svullnad framför öronen bilat, [påssjuka|B26|uncertain]?",
    "Hade [vattkoppor|B01|historical] som barn enl pat.",
    "Lillebror hade [vattkoppor|B01|family] för 2 v sedan.",
    "Ej [mässling|B05|negated], vaccinerad x2 och utslaget ej typiskt.",
    "Gravid v 14, exponerad för [röda hund|B06|hypothetical], immunitet kontrolleras.",
    "Röd, het stortåbas, urat 520 – [gikt|M10|uncertain]?",
    "Ev. [struma|E04|uncertain], palpabel förstoring av halsen, UL tyreoidea beställt.",
    "Smärta i flanken med utstrålning mot ljumsken, [njursten|N20|uncertain]?",
    "[Halsfluss|J03|affirmed], strep A pos, PcV 10 d.",
    "Enl föräldrarna ofta [öroninflammation|H66|historical], rörinläggning diskuteras.",
    "Pat rädd för [hjärtattack|I21|hypothetical] eftersom pappan dog ung.",
    "Farfar fick [slaganfall|I64|family] vid 70.",
    "Mamma med [ledgångsreumatism|M06|family].",
    "[Benskörhet|M81|affirmed] enl bentäthetsmätning, T-score -3,1.",
    "Blåsor i ett bälte vä bröstkorg, trol. [bältros|B02|uncertain].",
    "[Myasthenia gravis|G70|uncertain]? Ptos som tilltar under dagen, AChR-ak skickat.",
    "Tidigare [herpes zoster|B02|historical] Th6 vä 2020.",
    "[Erysipelas|A46|affirmed] hö underben, PcV iv.",
    "Rodnad, värmeökning och feber vä underben – [erysipelas|A46|uncertain]? DD [DVT|I80|uncertain].",
    "[Kronisk urtikaria|L50|affirmed], antihistamin i dubbel dos.",
    "[Angina pectoris|I20|affirmed], nitro vb ca 1 ggr/v.",
    "Ansträngningsutlöst tryck i bröstet, [angina pectoris|I20|uncertain] kan ej uteslutas.",
    "Gastroskopi visar [ulcus ventriculi|K25|affirmed], Hp-test pos.",
    "Tidigare [ulcus duodeni|K26|historical], eradikerad 2017.",
    "[Fractura colli femoris|S72|affirmed] sin, op planerad imorgon.",
    "Slog i huvudet, kort medvetslös – [commotio cerebri|S06|uncertain]?",
    "[Pes planus|M21|affirmed] bilat, inlägg utprovade.",
    "[Hallux valgus|M20|affirmed] dx, op önskas.",
    "F.s. [cholecystitis acuta|K81|uncertain]?",
    "[Appendicitis acuta|K35|affirmed] enl DT, op i kväll.",
    "[Pyelonephritis acuta|N10|uncertain]? Feber 39,4 och dunkömhet hö.",
    "Känd [insufficientia cordis|I50|affirmed] NYHA III.",
    "[Fibrillatio atriorum|I48|affirmed] sedan 2015, Waran.",
    "[Embolia pulmonis|I26|historical] 2019, antikoagulation avslutad.",
    "Susp. [asthma bronchiale|J45|uncertain], reversibilitetstest planeras.",
    "[Otitis media acuta|H66|affirmed] bilat, amoxicillin.",
    "[Tonsillitis acuta|J03|uncertain]? Centor 3/4, strep A tas.",
    "Trol. [sinuitis maxillaris acuta|J01|uncertain] hö, dubbelinsjuknande.",
    "[Hordeolum|H00|affirmed] övre ögonlock vä, värmande omslag.",
    "Erbjuds vaccin mot [bältros|B02|hypothetical] inför start av JAK-hämmare.",
    "Sakralt [decubitus|L89|affirmed], huden intakt runt om.",
    "[Luxatio humeri|S43|affirmed] sin, reponerad i sedering.",
    "[Distorsio pedis|S93|affirmed] dx efter fotbollsmatch.",
    "[Fractura radii loco typico|S52|affirmed] sin, gipsskena.",
    "Kan inte utesluta [hernia inguinalis|K40|uncertain] dx, UL ljumske.",
    "[Fissura ani|K60|uncertain]? Smärta vid defekation, blod på pappret.",
    "Mor hade [grön starr|H40|family], pat önskar tryckkontroll.",
    "[Hyperemesis gravidarum|O21|affirmed], inlagd för iv vätska.",
    "[Delirium tremens|F10|uncertain]? Grov tremor, hallucinationer, dag 3 efter sista intag.",
    "Bild av [frusen skuldra|M75|uncertain], passiv rörlighet nedsatt i alla plan.",
    "Trol. [hälsporre|M77|uncertain], ont vid första stegen på morgonen.",
    "Kräkts x5 sedan i natt, trol. [magsjuka|A09|uncertain] som går på förskolan.",
    "[Kikhosta|A37|uncertain]? Hostattacker med kikningar sedan 3 v, ovaccinerad.",
    "Röda kinder, nätformat utslag på armarna – [femte sjukan|B08|uncertain].",
    "Inte [blindtarmsinflammation|K35|negated] enl kirurgen, mamma lugnad.",
    "Info om att söka vid feber pga risk för [njurbäckeninflammation|N10|hypothetical].",
    "Susp. [vagel|H00|uncertain] nedre ögonlock hö, DD [chalazion|H00|uncertain].",
]

# ---------------------------------------------------------------------------
# typo
# ---------------------------------------------------------------------------
TYPO = [
    "Känt [förmaksflimer|I48|affirmed] sedan 2017, tidigare elkonverterad två gånger, nu permanent och frekvenskontrollerat på bisoprolol, Eliquis 5 mg x 2 utan blödningskomplikationer.",
    "Nyupptäckt [förmaksfilmmer|I48|affirmed] på EKG, kammarfrekvens 130.",
    "[Hypotyeros|E03|affirmed], Levaxin 75 mikrog.",
    "Misstänkt [hypothyreos|E03|uncertain], TSH 8,2, fritt T4 lågnormalt.",
    "Lipas 2400, trol. [pankretit|K85|uncertain].",
    "Informerad om risken för [pancreatit|K85|hypothetical] efter ERCP, ca 5 %.",
    "[Divertikullit|K57|affirmed] i sigmoideum enl DT, okomplicerad.",
    "?[diverticulit|K57|uncertain] – ömhet vä fossa, CRP 110.",
    "[Kolecysit|K81|uncertain] kan ej uteslutas, UL lever/gallvägar beställt.",
    "[Akut cholecystit|K81|affirmed] med förtjockad gallblåsevägg.",
    "Cykliska bäckensmärtor, [endometrois|N80|uncertain]? Gyn-UL bokat.",
    "Känd [schitzofreni|F20|affirmed], depåinjektion var 4:e v.",
    "Bror har [skizofreni|F20|family].",
    "Tidig menopaus och långvarig kortison, [ostoporos|M81|uncertain]? DXA-remiss.",
    "[Osteoporsos|M81|affirmed] enl DXA, T-score -2,9, alendronat.",
    "[Pyelonefritt|N10|affirmed], ceftibuten 10 d.",
    "Feber och flankömhet hö, [pyelonephrit|N10|uncertain]?",
    "[Menignit|G03|uncertain]? Nackstel, LP görs akut.",
    "Ej [menigit|G03|negated] enl LP, normalt celltal.",
    "Känd [epelepsi|G40|affirmed], Keppra 500 mg x 2.",
    "Första generaliserade anfallet, [epilespi|G40|uncertain]? EEG och MR beställt.",
    "[Arrytmi|I49|uncertain]? Hjärtklappning i attacker, Holter 48 h.",
    "Ingen [arytymi|I49|negated] på telemetri under natten.",
    "[Absess|L02|affirmed] vä axill, incideras på akuten.",
    "Fluktuerande resistens på låret, trol. [abcess|L02|uncertain], UL mjukdelar.",
    "[Pnemoni|J18|affirmed] hö underlob enl rtg.",
    "?[pneunomi|J18|uncertain], CRP 180, sat 91 %.",
    "Ingen [penumoni|J18|negated] på rtg pulm.",
    "Känd [diabets typ 2|E11|affirmed], metformin 1 g x 2.",
    "Mor och morfar har [diabtes|E14|family].",
    "Nedstämd sedan 2 mån, MADRS-S 24, [depresion|F32|uncertain]?",
    "Tidigare [deppression|F32|historical] 2015, då SSRI i 1 år.",
    "[Hjärtsvkit|I50|affirmed] NYHA II, EF 35 %.",
    "Bensvullnad och ortopné, [hjärsvikt|I50|uncertain]? NT-proBNP skickat.",
    "[Apendicit|K35|uncertain]? Flyttande smärta till hö fossa, Alvarado 7.",
    "Op 2012 för [appendisit|K35|historical].",
    "[Hyperotni|I10|affirmed], amlodipin 5 mg.",
    "[Astam|J45|affirmed] sedan barndomen, Bricanyl vb.",
    "Trol. [bronchit|J20|uncertain], ingen indikation för AB.",
    "Ev. [psoraisis|L40|uncertain] på armbågar och i hårbotten, hudremiss.",
    "[Anaemi|D64|affirmed], Hb 98, normocytär, utredning påbörjad.",
    "Misstänkt [sespis|A41|uncertain], laktat 4,1, blododlingar x2.",
    "[Konjuktivit|H10|affirmed] bilat, kloramfenikol ögondroppar.",
    "Fluktuerande vakenhet och uppmärksamhetsstörning, trol. [delerium|F05|uncertain].",
    "Tidigare [borelia|A69|historical] 2021, behandlad med doxycyklin.",
    "Susp. [pneumotorax|J93|uncertain] vä, nedsatta andningsljud, rtg akut.",
    "Proktoskopi: [hemoroider|K64|affirmed] kl 3 och 7.",
    "EKG med diffusa ST-höjningar, [pericardit|I30|uncertain]?",
    "[Endocardit|I33|uncertain] kan ej uteslutas, TEE bokad.",
    "Ung man, TnT 900, normal angio – trol. [myokarditt|I40|uncertain].",
    "RS-positiv [bronkeolit|J21|affirmed], sondmatning.",
    "[Sarkiodos|D86|uncertain]? Bilateral hilusförstoring på rtg.",
    "Utbredd smärta >3 mån och många ömma punkter, [fibromylagi|M79|uncertain]?",
    "Trol. [polymalgi|M35|uncertain], prova prednisolon 15 mg.",
    "Känd [ulcerös kollit|K51|affirmed], mesalazin.",
    "Transglutaminas-ak kraftigt förhöjda, mkt talar för [celliaki|K90|uncertain].",
    "[Migärn|G43|affirmed] utan aura, triptan vb.",
    "[Gonartors|M17|affirmed] bilat, gångstav utomhus.",
    "Blaster i perifert blod, [leukämi|C95|uncertain]? Hematolog kontaktad.",
    "Förstorad körtel i axillen, [lymphom|C85|uncertain] måste uteslutas.",
]

# ---------------------------------------------------------------------------
# compound
# ---------------------------------------------------------------------------
COMPOUND = [
    "Trol. [njurbäckencancer|C65|uncertain] vä, uretärorenoskopi planeras.",
    "[Tunntarmsileus|K56|affirmed] enl DT, sond och fasta.",
    "Rodnad och sekretion från flikens kant, misstänkt [lambåinfektion|T81|uncertain].",
    "[Skenbensfraktur|S82|affirmed] hö efter skidfall, märgspikas.",
    "Svårinställt blodtryck hos ung kvinna – [njurartärstenos|I70|uncertain]?",
    "MRCP visar [gallgångsstenos|K83|affirmed], borstcytologi tas vid ERCP.",
    "Hörde en smäll i vaden vid padel, Thompsons test pos – [hälseneruptur|S86|affirmed] vä.",
    "Akut pungsmärta sedan 2 h, [testikeltorsion|N44|uncertain] till motsatsen bevisats.",
    "Trismus och uvuladeviation, bild av [peritonsillitabscess|J36|uncertain].",
    "[Urinblåsecancer|C67|affirmed] T1, TURB 2022, BCG-instillationer.",
    "DT visar förtjockad gallblåsevägg, [gallblåsecancer|C23|uncertain] kan ej uteslutas.",
    "Far fick [tjocktarmscancer|C18|family] vid 55, pat koloskoperas var 5:e år.",
    "Opererad för [ändtarmscancer|C20|historical] 2016 med abdominoperineal resektion och permanent stomi, därefter kontroller enl vårdprogram utan tecken till återfall, nu avslutad uppföljning.",
    "Sväljningssvårigheter och viktnedgång, [matstrupscancer|C15|uncertain]? Gastroskopi akut.",
    "Smärtfri ikterus, vidgad pankreasgång – [bukspottkörtelcancer|C25|uncertain] tills annat visats.",
    "Mamma hade [äggstockscancer|C56|family], BRCA-testning erbjuds.",
    "Behandlad för [livmoderhalscancer|C53|historical] stadium IB 2013.",
    "[Sköldkörtelcancer|C73|uncertain]? Knöl i tyreoidea, FNP Bethesda V.",
    "Heshet >3 v hos storrökare, [struphuvudcancer|C32|uncertain] måste uteslutas.",
    "[Tungkantscancer|C02|affirmed] vä, remiss till ÖNH för MDK.",
    "Snabbväxande resistens i parotis med facialispåverkan – [parotiscancer|C07|uncertain]?",
    "[Hjärnstamsinfarkt|I63|affirmed] enl MR, trombolys ej aktuell.",
    "Akut yrsel, ataxi och kräkningar – [lillhjärnsinfarkt|I63|uncertain]? MR akut.",
    "[Lillhjärnsblödning|I61|affirmed] 3 cm, neurokirurg kontaktad.",
    "Tidigare [thalamusblödning|I61|historical] vä 2017, kvarstående känselnedsättning hö.",
    "Smärta vä övre kvadrant hos pat med känd [endokardit|I33|affirmed], [mjältinfarkt|D73|uncertain]?",
    "Flanksmärta och LD 1200, [njurinfarkt|N28|uncertain]? DT med kontrast.",
    "[Mesenterialkärlstrombos|K55|uncertain] kan inte uteslutas, laktat 5.",
    "[Portavenstrombos|I81|affirmed] påvisad på DT, startar LMH.",
    "Huvudvärk och p-piller, [sinustrombos|I67|uncertain]? MR-venografi.",
    "[Armvenstrombos|I80|affirmed] hö efter PICC-line.",
    "Gravid v 30, svullet vä ben, [bäckenvenstrombos|I80|uncertain]?",
    "Ingen [vadvenstrombos|I80|negated] vid UL.",
    "[Lårbenshalsfraktur|S72|affirmed] vä, op i morgon.",
    "Ömt över 7:e revbenet vä, sannol. [revbensfraktur|S22|uncertain], rtg ej indicerat.",
    "[Ländkotsfraktur|S32|affirmed] L2 efter fall från stege.",
    "Fragmin under gipstiden för att förebygga [underbensvenstrombos|I80|hypothetical].",
    "[Mellanfotsfraktur|S92|uncertain]? Ömhet över basen av MT V.",
    "DT utesluter [bäckenfraktur|S32|negated].",
    "Två tidigare [axelluxationer|S43|historical] vä.",
    "[Korsbandsruptur|S83|uncertain]? Lachman pos, MR-remiss.",
    "Popeye-tecken hö överarm, [bicepssenruptur|S46|uncertain].",
    "Efter cykelolycka, fri vätska perisplenalt – [mjältruptur|S36|uncertain]?",
    "[Aortaklaffstenos|I35|affirmed] grav, TAVI-utredning.",
    "[Bukaortaaneurysm|I71|affirmed] 5,8 cm, op-bedömning kärlkirurg.",
    "[Halspulsådersstenos|I65|affirmed] 80 % hö, endarterektomi planeras.",
    "[Urinledarsten|N20|affirmed] 5 mm vä, förväntas passera spontant.",
    "[Gallgångssten|K80|uncertain]? Stigande bilirubin, vidgad koledokus.",
    "Gardin för synfältet vä öga, [näthinneavlossning|H33|uncertain]? Akut till ögon.",
    "Kvarstående [trumhinneperforation|H72|affirmed] hö efter upprepade [öroninflammationer|H66|historical].",
    "Heshet sedan 2 mån, laryngoskopi visar [stämbandspares|J38|affirmed] vä.",
    "Dreglar, sitter framåtlutad, [struplocksinflammation|J05|uncertain]? Ring narkos.",
    "[Livmoderframfall|N81|affirmed], ringpessar utprovat.",
    "UL utan tecken på [gallblåseinflammation|K81|negated].",
    "CRP 60 och sekretion från ärret, [höftprotesinfektion|T84|uncertain]?",
    "[Pacemakerficksinfektion|T82|affirmed], extraktion planeras.",
    "[Graviditetsdiabetes|O24|historical] i förra graviditeten, ny OGTT v 12.",
    "[Havandeskapsförgiftning|O14|historical] i första graviditeten.",
    "[Förlossningsdepression|F53|uncertain]? EPDS 15 vid BVC-besöket.",
    "Trol. [strålproktit|K62|uncertain] efter prostatastrålning, rektoskopi bokad.",
]

# ---------------------------------------------------------------------------
# everyday  (every line a different diagnosis)
# ---------------------------------------------------------------------------
EVERYDAY = [
    "Nydebuterat [förmaksflimmer|I48|affirmed], CHA2DS2-VASc 3, start NOAK.",
    "Tilltagande andfåddhet och bensvullnad, trol. [hjärtsvikt|I50|uncertain].",
    "Ingen [urinvägsinfektion|N39|negated], U-odling negativ.",
    "[Migrän|G43|affirmed] med aura sedan tonåren, sumatriptan vb.",
    "Dagsömnighet och kataplexi, [narkolepsi|G47|uncertain]? MSLT bokat.",
    "Hemkommen från Uganda med feber – [malaria|B54|uncertain] tills motsatsen bevisats, snabbtest och tjock droppe.",
    "[Kondylom|A63|affirmed] perianalt, podofyllotoxin.",
    "M-komponent 30 g/L och lytiska förändringar, misstänkt [myelom|C90|uncertain].",
    "[Sarkom|C49|uncertain] i låret kan ej uteslutas, MR och biopsi på sarkomcentrum.",
    "Ev. [psoriasis|L40|uncertain] i hårbotten, DD [seborroiskt eksem|L21|uncertain].",
    "Mamma har [celiaki|K90|family], pat testas.",
    "[Endometrios|N80|affirmed] verifierad vid laparoskopi 2019.",
    "Tryck 28 mmHg vä, [glaukom|H40|uncertain]? Synfält beställt.",
    "[Katarakt|H26|affirmed] hö, remiss för op.",
    "[Tinnitus|H93|affirmed] bilat sedan bullerexponering i lumpen.",
    "Snarkning och andningsuppehåll enl partner, [sömnapné|G47|uncertain]? Nattlig polygrafi.",
    "UL: multipla [gallstenar|K80|affirmed], ingen [kolecystit|K81|negated].",
    "[Hemorrojder|K64|affirmed] grad 2 vid proktoskopi.",
    "Ömmande prostata vid PR och feber, förenligt med [prostatit|N41|uncertain].",
    "Informerad om att höra av sig vid tecken på [cystit|N30|hypothetical] efter att katetern dragits.",
    "Hb 95, ferritin 6 – [järnbristanemi|D50|affirmed].",
    "[Hypotyreos|E03|affirmed], Levaxin 100 mikrog, TSH 2,1.",
    "Tidigare [gikt|M10|historical] i vä stortå, inga attacker senaste 5 åren.",
    "Rtg visar [knäartros|M17|affirmed] bilat, fysioterapi.",
    "72-årig kvinna med [astma|J45|affirmed] sedan barndomen som söker pga tilltagande andfåddhet sedan en vecka, tidigare välfungerande på ICS/LABA, nu nattliga besvär och PEF sjunkit från 400 till 280, prednisolon 30 mg i 5 d sätts in och uppföljning på vårdcentralen om 2 v.",
    "[Hypertoni|I10|affirmed], välreglerad på enalapril.",
    "[Depression|F32|uncertain]? MADRS-S 26, remiss till psykolog.",
    "[Bipolär sjukdom typ II|F31|affirmed], litium.",
    "Morbror med [schizofreni|F20|family].",
    "BMI 15,8 och restriktivt ätande, förenligt med [anorexi|F50|uncertain].",
    "Minnessvikt 2 år, MMT 20, utreds för [demens|F03|uncertain].",
    "[Epilepsi|G40|affirmed], anfallsfri sedan 2019 på lamotrigin.",
    "[Stroke|I64|historical] 2020 med kvarstående lätt ordflödespåverkan.",
    "Normala troponiner x2, [hjärtinfarkt|I21|negated] utesluten.",
    "Takykard, D-dimer 2,1, [lungemboli|I26|uncertain]? DT-angio.",
    "Rtg: [pneumothorax|J93|affirmed] vä 2 cm apikalt.",
    "Trol. [sepsis|A41|uncertain] med oklart fokus, blododlingar x2 och start antibiotika.",
    "Växande rodnad kring fästingbett på vaden, [borrelia|A69|uncertain]?",
    "Susp. [divertikulit|K57|uncertain], DT buk beställd.",
    "[Appendicit|K35|uncertain] kan ej uteslutas, kirurgkonsult.",
    "Uppspänd buk, kräkningar, ingen gasavgång – [ileus|K56|uncertain]?",
    "Tidigare [pankreatit|K85|historical] x2, alkoholrelaterade.",
    "Epigastriell brännande smärta efter NSAID, trol. [gastrit|K29|uncertain].",
    "[Levercirros|K74|affirmed] Child-Pugh B, följs på levermottagningen.",
    "[Kronisk njursvikt|N18|affirmed], eGFR 24.",
    "K 6,4, [hyperkalemi|E87|affirmed], EKG utan T-vågsförändringar.",
    "TSH <0,01, fritt T4 38 – [hypertyreos|E05|uncertain], orsak utreds.",
    "[Osteoporos|M81|affirmed] enl DXA, zoledronsyra årligen.",
    "[Fibromyalgi|M79|affirmed], fysisk aktivitet på recept.",
    "Symmetriska ledsvullnader i MCP-leder, anti-CCP pos – [reumatoid artrit|M06|uncertain].",
    "Nattliga domningar dig I–III hö, trol. [karpaltunnelsyndrom|G56|uncertain], ENeG beställd.",
    "Sannol. [plantarfasciit|M72|uncertain] vä, hälkopp och stretching.",
    "[Eksem|L30|affirmed] i armvecken, mjukgörande och grupp II-steroid.",
    "[Akne|L70|affirmed] på bröst och rygg, lymecyklin.",
    "Rodnad och papler över kinder och näsa, [rosacea|L71|uncertain]?",
    "Ev. [impetigo|L01|uncertain] runt munnen, odling tagen.",
    "Klåda värst nattetid, gångar mellan fingrarna – [skabb|B86|uncertain].",
    "Pärlemorglänsande papel på näsryggen, [basaliom|C44|uncertain]? Excision planeras.",
    "Dermatoskopiskt oregelbunden pigmentering, [malignt melanom|C43|uncertain] kan ej uteslutas.",
    "Syster fick [bröstcancer|C50|family] vid 42.",
]

# ---------------------------------------------------------------------------
# negative  (no diagnosis mention; false friends)
# ---------------------------------------------------------------------------
NEGATIVE = [
    "QTc 438 ms, PQ 160 ms, QRS 92 ms.",
    "AF 16/min, sat 97 % på rumsluft, puls 72 regelbunden.",
    "Eko: RA och LA normalstora, EF 60 %, TAPSE 24 mm.",
    "Metoprolol 50 mg x 1, Trombyl 75 mg x 1, atorvastatin 40 mg till natten.",
    "S100B 0,06 µg/L, ingen DT-indikation enl riktlinjen.",
    "Provsvar: p24-antigen och antikroppar negativa, ny kontroll om 6 v.",
    "B12 310 pmol/L, folat 12, ferritin 85.",
    "ASAT 0,45, ALAT 0,62, ALP 1,1, bilirubin 9.",
    "CRP <5, LPK 7,2, Hb 138, TPK 245.",
    "MADRS-S 8 poäng, AUDIT 3 poäng.",
    "HAD-A 5, HAD-D 4 vid dagens besök.",
    "Wells-score 0 poäng, D-dimer <0,3.",
    "CURB-65 = 1 (ålder), bedöms kunna skötas polikliniskt.",
    "CHA2DS2-VASc 2, HAS-BLED 1.",
    "Remiss skickad till Reumatologmottagningen för fortsatt uppföljning.",
    "Dottern Gerd ringer och vill bli uppringd efter ronden.",
    "Talat med kontaktsjuksköterska Mona om nya tider.",
    "Barnbarnet Ally följer med som tolk.",
    "Patientens syster Tia är närmast anhörig.",
    "Maken Sten hämtar pat efter utskrivning.",
    "Pat är kritisk till att byta läkemedel och vill fundera till nästa besök.",
    "Kan komma på återbesök om 4 v, tid skickas hem.",
    "Anteckningen dikterad via diktafon, ej signerad.",
    "Ny organisation på avdelningen, ny PAL fr o m måndag.",
    "Åt torsk med potatis till lunch, god aptit.",
    "Upplever valet mellan korttidsboende och hemtjänst som pest eller kolera.",
    "Babinski neg bilat, Romberg ua, finger-näsa ua.",
    "Lasègue neg bilat, sensibilitet ua i båda benen.",
    "Status post TAVI 2021 och PCI mot RCA 2019.",
    "ERCP med papillotomi utförd utan komplikationer.",
    "Kolecystektomi 2015, appendektomi som barn.",
    "NPH-insulin 12 E till kvällen.",
    "eGFR (CKD-EPI) 82 ml/min/1,73 m2.",
    "GAD-ak och IA-2-ak negativa, C-peptid 0,8.",
    "GAD-7 4 poäng, PHQ-9 6 poäng.",
    "RLS 1, GCS 15, NIHSS 0 vid ankomst.",
    "Ligger still under undersökningen, samarbetar väl.",
    "Tumme upp från sjukgymnasten, går 200 m med rollator.",
    "PSA 1,8, kvot fritt/totalt 0,22.",
    "Ca 2,41, albumin 38, PTH 4,2.",
    "Madopark 125 mg x 4, Levaxin 100 mikrog x 1, Eliquis 5 mg x 2.",
    "Akutmottagningen meddelar att journalkopia skickats.",
    "Infektionskliniken konsulterad per telefon angående antibiotikaval.",
    "Kallad till Hjärtmottagningen för uppföljande sjuksköterskesamtal.",
    "Dos justerad efter vikt till 15 mg/kg x 3.",
    "Murphys tecken neg, McBurney ej öm, inga peritoneala retningsfenomen.",
    "Hawkins och Neer neg, Jobe ua.",
    "Lachman och främre draglåda neg, McMurray ua.",
    "Spirometri: FEV1 3,1 L (92 % av förv), FEV1/FVC 0,78.",
    "DT hjärna utan akuta förändringar.",
    "HbA1c 38 mmol/mol, fP-glukos 5,4.",
    "TSH 1,9, fritt T4 15.",
    "Whipple-operation 2019, följs på kirurgmottagningen.",
    "MS Teams-möte med kommunen inbokat för samordnad vårdplanering.",
    "Dr Turner, hyrläkare, är PAL under v 32.",
    "Provtagning: CA 19-9 och CEA enl kontrollprogrammet.",
    "INR 2,4 på Waran, ny kontroll om 2 v.",
    "Visus 1,0 bilat med korrektion, tryck 15/16 mmHg.",
    "Röker ej, snusar, alkohol 2 glas vin/v.",
    "Vill ha läkarintyg till Försäkringskassan, bokas separat.",
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
EDGE_BAD = set(" \t.,;:!?()-–")


def parse(src: str) -> tuple[str, list[dict]]:
    """Strip bracket marks, return clean text and mentions with offsets."""
    out: list[str] = []
    mentions: list[dict] = []
    pos = 0
    length = 0
    for m in MARK.finditer(src):
        chunk = src[pos:m.start()]
        out.append(chunk)
        length += len(chunk)
        surface, code, assertion = m.group(1), m.group(2), m.group(3)
        start = length
        out.append(surface)
        length += len(surface)
        mentions.append({"start": start, "end": length, "surface": surface,
                         "icd10": code, "assertion": assertion})
        pos = m.end()
    out.append(src[pos:])
    text = "".join(out)
    if "[" in text or "]" in text or "|" in text:
        raise ValueError(f"unparsed bracket in: {src!r}")
    return text, mentions


def main() -> int:
    codes = {line.strip() for line in CODES.read_text(encoding="utf-8").splitlines() if line.strip()}
    errors: list[str] = []
    records: list[dict] = []
    seen: set[str] = set()
    for kind in KINDS:
        lines = SOURCES[kind]
        if len(lines) != PER_KIND:
            errors.append(f"{kind}: {len(lines)} lines, expected {PER_KIND}")
        for src in lines:
            try:
                text, mentions = parse(src)
            except ValueError as exc:
                errors.append(str(exc))
                continue
            if text in seen:
                errors.append(f"duplicate text: {text!r}")
            seen.add(text)
            if text != text.strip() or "  " in text:
                errors.append(f"whitespace issue: {text!r}")
            if kind == "negative":
                if mentions:
                    errors.append(f"negative line has mentions: {text!r}")
            elif not mentions:
                errors.append(f"{kind} line without mention: {text!r}")
            for mt in mentions:
                if text[mt["start"]:mt["end"]] != mt["surface"]:
                    errors.append(f"offset mismatch: {mt} in {text!r}")
                if mt["icd10"] not in codes:
                    errors.append(f"unknown ICD-10 code {mt['icd10']} in {text!r}")
                if mt["assertion"] not in ASSERTIONS:
                    errors.append(f"bad assertion {mt['assertion']} in {text!r}")
                s = mt["surface"]
                if not s or s[0] in EDGE_BAD or s[-1] in EDGE_BAD:
                    errors.append(f"surface edge issue {s!r} in {text!r}")
            records.append({"text": text, "mentions": mentions, "kind": kind})
    if len(records) != PER_KIND * len(KINDS):
        errors.append(f"total {len(records)} records")
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        return 1

    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")

    # round-trip check of the written file
    back = [json.loads(l) for l in OUT.read_text(encoding="utf-8").splitlines()]
    assert back == records

    # summary
    per_kind = Counter(r["kind"] for r in records)
    print(f"wrote {len(records)} lines to {OUT}")
    for kind in KINDS:
        ass = Counter(m["assertion"] for r in records if r["kind"] == kind for m in r["mentions"])
        nm = sum(len(r["mentions"]) for r in records if r["kind"] == kind)
        print(f"  {kind:13s} lines={per_kind[kind]:3d} mentions={nm:3d} " +
              " ".join(f"{a}={ass[a]}" for a in sorted(ass)))
    tot = Counter(m["assertion"] for r in records for m in r["mentions"])
    print("  total mentions:", sum(tot.values()), dict(sorted(tot.items())))
    ev = {m["surface"].lower() for r in records if r["kind"] == "everyday" for m in r["mentions"]}
    print("  distinct everyday diagnoses:", len(ev))
    return 0


if __name__ == "__main__":
    sys.exit(main())
