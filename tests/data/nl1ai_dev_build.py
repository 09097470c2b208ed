# -*- coding: utf-8 -*-
"""nl1ai: independent gold cases for notelint NL101 / NL102.

Theme: emergency department and primary-care on-call notes written fast by junior
doctors (terse lines, abbreviations, misspelled diagnoses and hedge words, DD lists,
question marks, arrows, who has or has not been told), plus results named by organ and
adjective. Written from the seeds, DESIGN.md and the devset README only.

Run: python3 build.py  -> writes nl1ai.jsonl, validates, exits 1 on any problem.
Dependency-free and deterministic.
"""


# Units: (name, hsa_id)
SUS_MALMO = ("Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-7A14")
SUS_LUND = ("Akutmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7A22")
HBG = ("Akutmottagningen, Helsingborgs lasarett", "SE2321000255-6H31")
CSK = ("Akutmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-5K08")
YSTAD = ("Akutmottagningen, Ystads lasarett", "SE2321000255-4Y17")
HLM = ("Akutmottagningen, Hässleholms sjukhus", "SE2321000255-4H52")
BUA_LUND = ("Barn- och ungdomsakuten, Skånes universitetssjukhus Lund", "SE2321000255-8B03")
KIRJOUR_MALMO = ("Kirurgiska kliniken, jour, Skånes universitetssjukhus Malmö", "SE2321000255-7K66")
KIRJOUR_HBG = ("Kirurgjouren, Helsingborgs lasarett", "SE2321000255-6K12")
MEDJOUR_HBG = ("Medicinkliniken avd 31, Helsingborgs lasarett", "SE2321000255-6M31")
MEDJOUR_LUND = ("Medicinkliniken avd 8, Skånes universitetssjukhus Lund", "SE2321000255-7M08")
MEDJOUR_CSK = ("Infektionskliniken avd 7, Centralsjukhuset Kristianstad", "SE2321000255-5I07")
MEDJOUR_YSTAD = ("Medicinmottagningen, Ystads lasarett", "SE2321000255-4Y40")
ORTJOUR_MALMO = ("Ortopedkliniken, jour, Skånes universitetssjukhus Malmö", "SE2321000255-7O19")
KVAKUT_MALMO = ("Kvinnokliniken, gynakuten, Skånes universitetssjukhus Malmö", "SE2321000255-7G02")
JC_KRISTIANSTAD = ("Jourcentralen Kristianstad", "SE2321000255-2J11")
JC_MALMO = ("Jourcentralen Malmö, Vårdcentralen Lindängen", "SE2321000255-2J24")
VC_SJOBO = ("Vårdcentralen Sjöbo, jourläkare hemsjukvård", "SE2321000255-2S09")
VC_TOMELILLA = ("Vårdcentralen Tomelilla", "SE2321000255-2T15")
VC_HORBY = ("Vårdcentralen Hörby, jourmottagning", "SE2321000255-2H44")
JC_HBG = ("Jourcentralen Helsingborg", "SE2321000255-2J37")

SU_AKUT = ("Akutmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011021")
SU_MOLNDAL = ("Akutmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000011045")
SU_MEDAKUT = ("Medicinakuten, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011062")
SU_URO = ("Urologjouren, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011088")
SU_INF = ("Infektionsakuten, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000011109")
SU_KVAKUT = ("Kvinnoakuten, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000011127")
DSBUS = ("Barnakuten, Drottning Silvias barnsjukhus", "SE2321000131-E000000011146")
DSBUS_MED = ("Barn- och ungdomsmedicin, avd 323, Drottning Silvias barnsjukhus", "SE2321000131-E000000011150")
SAS_BORAS = ("Akutmottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000022013")
SAS_KIR = ("Kirurgjouren, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000022031")
SAS_MED = ("Medicinkliniken avd 42, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000022055")
ALINGSAS = ("Akutmottagningen, Alingsås lasarett", "SE2321000131-E000000033017")
SKAS_SKOVDE = ("Akutmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000044012")
SKAS_KIR = ("Kirurgjouren, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000044038")
SKAS_LIDK = ("Akutmottagningen, Skaraborgs Sjukhus Lidköping", "SE2321000131-E000000044071")
NAL = ("Akutmottagningen, NU-sjukvården NÄL", "SE2321000131-E000000055014")
NAL_MED = ("Medicinkliniken avd 5B, NU-sjukvården NÄL", "SE2321000131-E000000055036")
NAL_KIR = ("Kirurgjouren, NU-sjukvården NÄL", "SE2321000131-E000000055052")
UDDEVALLA = ("Akutmottagningen, NU-sjukvården Uddevalla sjukhus", "SE2321000131-E000000055090")
KUNGALV = ("Akutmottagningen, Kungälvs sjukhus", "SE2321000131-E000000066019")

CASES_A = [
    # ------------------------------------------------------------------ 1
    dict(
        case="vgr-akut-pil-fraga-appendicit",
        ruleset="vgr", system="Melior", template="Akutanteckning", unit=SU_MOLNDAL,
        author=("Jonas Berglund", "AT-läkare"), pnr="19960812-2173",
        time="2024-02-03T21:40:00", signed="2024-02-03T23:05:00", setting="öppenvård",
        sections=[
            ("Kontaktorsak", "Buksmärta sedan igår kväll."),
            ("Aktuellt", "Tidigare frisk man. Smärtan började runt naveln, nu hö fossa. Illamående, kräkts x1. Aptitlös. Temp 38,1 hemma."),
            ("Status", "AT: opåverkad men ont vid rörelse. Buk: mjuk, palpöm hö fossa, släppöm McBurney, Rovsing pos."),
            ("Lab", "CRP 58, LPK 13,9. U-sticka ua."),
            ("Bedömning", "Lokal peritonit hö fossa -> ?appendicit. DD gastroenterit, mesenteriell lymfadenit."),
            ("Åtgärd", "Fastande, dropp. Kir-jour kontaktad, ser pat inom 1 h. Pat informerad om plan."),
        ],
        must=["NL102"], must_not=["NL101"],
        why="Arrow plus question mark before a diagnosis ('-> ?appendicit') and a DD list in a visible VGR Bedömning; patient told of plan.",
    ),
    # ------------------------------------------------------------------ 2
    dict(
        case="skane-pneumoni-rtg-forttatning-bekraftad-informerad",
        ruleset="skane", system="Melior", template="Akutanteckning", unit=HBG,
        author=("Sara Lindqvist", "läkare"), pnr="19490207-3180",
        time="2024-01-15T14:10:00", signed="2024-01-15T16:00:00", setting="öppenvård",
        sections=[
            ("Aktuellt", "Hosta och feber sedan 5 d, nu andfådd vid ansträngning. Rökare ca 20 paketår."),
            ("Status", "AF 22, sat 93 % på luft, rassel hö basalt. Cor rr."),
            ("Röntgen", "Rtg pulm: förtätning i hö underlob, ingen pleuravätska."),
            ("Bedömning", "Samhällsförvärvad pneumoni hö underlob. CRB-65 = 1 (ålder)."),
            ("Åtgärd", "PcV 1 g x 3 i 7 d. Pat informerad om diagnos och plan, söker åter vid försämring."),
        ],
        must=[], must_not=["NL101", "NL102"],
        why="Organ+adjective X-ray finding confirmed as a stated pneumonia, no hedge, patient informed: neither rule.",
    ),
    # ------------------------------------------------------------------ 3
    dict(
        case="vgr-susp-le-pat-informerad-om-misstanken",
        ruleset="vgr", system="Melior", template="Akutanteckning", unit=SAS_BORAS,
        author=("Ahmed Nasser", "ST-läkare"), pnr="19990423-4466",
        time="2024-03-09T19:25:00", signed="2024-03-09T22:10:00", setting="öppenvård",
        sections=[
            ("Aktuellt", "Plötslig dyspné och hö-sidig andningskorrelerad smärta sedan i morse. P-piller. Flög hem från Bangkok i söndags."),
            ("Status", "Puls 112, sat 92 %, AF 24. Hö vad lätt svullen jmf vä."),
            ("Bedömning", "Susp LE, Wells 6. Trop 18."),
            ("Åtgärd", "Fragmin 200 E/kg givet. DT-angio beställd. Pat informerad om misstanken och att vi gör röntgen ikväll."),
        ],
        must=["NL102"], must_not=["NL101"],
        why="'Susp LE' (abbreviated diagnosis) in visible VGR Bedömning; patient has been told of the suspicion so no NL101.",
    ),
    # ------------------------------------------------------------------ 5
    dict(
        case="skane-tidiga-hypoteser-mall-pankreas-ej-informerad",
        ruleset="skane", system="Melior", template="Tidiga hypoteser", unit=KIRJOUR_MALMO,
        author=("Oskar Holm", "ST-läkare"), pnr="19560119-2437",
        time="2024-02-22T02:35:00", signed="2024-02-22T08:10:00", setting="slutenvård",
        sections=[
            ("Bedömning", "DT buk (jour): lågattenuerande process i pankreashuvudet ca 3 cm, vidgad koledokus, flera hypodensa leverförändringar. ?Pankreascancer med levermetastaser. Pat ej informerad om detta, endast om att gallgångarna är vidgade. Besked på kir-mott med kontaktssk efter MDK."),
        ],
        must=[], must_not=["NL101", "NL102"],
        why="Skåne Melior template Tidiga hypoteser is filtered: hedged and not-yet-told diagnosis is correctly hidden.",
    ),
    # ------------------------------------------------------------------ 6
    dict(
        case="skane-expansivitet-lunga-pat-ej-informerad",
        ruleset="skane", system="Melior", template="Akutanteckning", unit=CSK,
        author=("Lina Persson", "läkare"), pnr="19530904-1647",
        time="2024-05-06T17:20:00", signed="2024-05-06T19:45:00", setting="öppenvård",
        sections=[
            ("Aktuellt", "Hemoptys x3 senaste veckan, viktnedgång 6 kg sedan jul. Rökare."),
            ("Röntgen", "DT thorax: 4 cm expansivitet vä överlob med förstorade mediastinala lgl. Ingen LE."),
            ("Bedömning", "Hemoptys, DT-fynd enl ovan. Stabil, sat 96 %."),
            ("Information", "Pat ännu ej informerad om DT-fyndet, vill att dottern är med. Besked imorgon av lungjouren."),
        ],
        must=["NL101"], must_not=[],
        why="Diagnosis-bearing finding named by organ and adjective ('expansivitet vä överlob') visible while the patient is not yet told.",
    ),
    # ------------------------------------------------------------------ 7
    dict(
        case="vgr-telefontolk-informerad-subduralhematom",
        ruleset="vgr", system="Melior", template="Akutanteckning", unit=SKAS_SKOVDE,
        author=("Maja Ekström", "läkare"), pnr="19410311-3264",
        time="2024-06-02T11:05:00", signed="2024-06-02T13:30:00", setting="öppenvård",
        sections=[
            ("Aktuellt", "Fall i hemmet igår, slog huvudet. Waran pga mekanisk klaff. Tilltagande huvudvärk. Talar endast bosniska, telefontolk anlitad."),
            ("Status", "GCS 15, inga fokala bortfall."),
            ("Lab", "PK 3,4."),
            ("Röntgen", "DT hjärna: akut subduralhematom vä, 8 mm, ingen midlinjeförskjutning."),
            ("Bedömning", "Traumatiskt subduralhematom under Waranbehandling."),
            ("Åtgärd", "Ocplex + Konakion enl neurokirurg SU. Pat informerad om blödningen via telefontolk, förstår och accepterar plan. Sonen informerad per telefon."),
        ],
        must=[], must_not=["NL101", "NL102"],
        why="Established diagnosis told to the patient through a telephone interpreter: no NL101, no hedge.",
    ),
    # ------------------------------------------------------------------ 8
    dict(
        case="vgr-tolk-ej-nabar-lungemboli-ej-informerad",
        ruleset="vgr", system="Melior", template="Akutanteckning", unit=NAL,
        author=("Viktor Sandberg", "AT-läkare"), pnr="19800117-5713",
        time="2024-01-28T02:15:00", signed="2024-01-28T04:40:00", setting="öppenvård",
        sections=[
            ("Aktuellt", "Dari-talande man, dyspné sedan 3 d. Ingen telefontolk nåbar efter kl 01, kortfattad anamnes via brorson."),
            ("Röntgen", "DT-angio: bilaterala centrala lungembolier, ingen hö-belastning."),
            ("Bedömning", "Bilateral lungemboli. Hemodynamiskt stabil."),
            ("Åtgärd", "Innohep startat, inl med. Pat ej informerad om diagnosen ännu, info imorgon med tolk på plats. Brorsonen fick ingen info då pat ej gett samtycke."),
        ],
        must=["NL101"], must_not=["NL102"],
        why="No interpreter available: established lungemboli visible while the note says the patient is not informed yet.",
    ),
    # ------------------------------------------------------------------ 9
    dict(
        case="skane-dottern-ej-nadd-pat-informerad-collumfraktur",
        ruleset="skane", system="Melior", template="Akutanteckning", unit=YSTAD,
        author=("Erik Nyström", "AT-läkare"), pnr="19371226-1480",
        time="2024-01-07T20:30:00", signed="2024-01-07T22:00:00", setting="öppenvård",
        sections=[
            ("Aktuellt", "Ramlat på badrumsgolvet, kan ej belasta hö ben."),
            ("Status", "Hö ben förkortat och utåtroterat. Distalstatus ua."),
            ("Röntgen", "Rtg hö höft: dislocerad collumfraktur."),
            ("Bedömning", "Dislocerad collum femoris-fraktur hö."),
            ("Åtgärd", "Inl ort, fasta fr midnatt, op imorgon. Pat informerad om frakturen och op. Dottern ej nådd, avd-ssk försöker igen imorgon bitti."),
        ],
        must=[], must_not=["NL101", "NL102"],
        why="Only a relative is not reached; the patient herself is informed of the fracture.",
    ),
    # ------------------------------------------------------------------ 10
    dict(
        case="skane-intuberad-pat-ej-informerad-maken-informerad-blodning",
        ruleset="skane", system="Melior", template="Akutanteckning", unit=SUS_LUND,
        author=("Hanna Wallin", "ST-läkare"), pnr="19580514-2626",
        time="2024-03-17T23:50:00", signed="2024-03-18T01:20:00", setting="slutenvård",
        sections=[
            ("Aktuellt", "Hittad medvetslös av maken kl 22. GCS 6 vid ankomst, intuberad av anestesijouren."),
            ("Röntgen", "DT hjärna: stor intracerebral blödning hö basala ganglier med ventrikelgenombrott."),
            ("Bedömning", "Spontan ICH hö, mycket dålig prognos enl neurokir-jour."),
            ("Information", "Maken och sonen informerade av bakjour. Pat ej informerad (intuberad, sederad)."),
        ],
        must=["NL101"], must_not=["NL102"],
        why="Relatives told but the note says the patient is not informed; established ICH stands visible.",
    ),
    # ------------------------------------------------------------------ 11
    dict(
        case="skane-pmo-jourcentral-susp-pyelonefrit",
        ruleset="skane", system="PMO", template="Besöksanteckning", unit=JC_KRISTIANSTAD,
        author=("Johan Åberg", "läkare"), pnr="19920728-4085",
        time="2024-02-10T18:20:00", signed="2024-02-10T19:00:00", setting="öppenvård",
        sections=[
            ("Kontaktorsak", "Sveda vid miktion 3 d, nu frossa och ont i hö flank."),
            ("Status", "T 38,7, dunköm hö. Opåverkad."),
            ("Lab", "U-sticka nitrit+, leuk+++. CRP 94. U-hCG neg."),
            ("Bedömning", "Susp pyelonefrit hö."),
            ("Åtgärd", "Ceftibuten 400 mg x1 i 10 d. U-odling. Åter om ej feberfri inom 48 h."),
        ],
        must=[], must_not=["NL102"],
        why="PMO primary-care on-call note: PMO never shows diagnoses, so a hedged pyelonefrit is not NL102.",
    ),
    # ------------------------------------------------------------------ 13
    dict(
        case="vgr-typo-missankt-kolecystit",
        ruleset="vgr", system="Melior", template="Akutanteckning", unit=KUNGALV,
        author=("Filip Strand", "AT-läkare"), pnr="19770305-2832",
        time="2024-04-27T22:05:00", signed="2024-04-28T00:30:00", setting="öppenvård",
        sections=[
            ("Aktuellt", "Ont under hö arcus efter fet middag, strålar mot hö skulderblad. Kräkts x2."),
            ("Status", "Murphy pos, i övrigt mjuk buk."),
            ("Lab", "CRP 112, LPK 15, bilirubin 18, ALP och ALAT normala."),
            ("Bedömning", "Missänkt kolecystit. Ej kolangit (afebril, normalt bilirubin)."),
            ("Åtgärd", "Inl kir, Tazocin, UL lever/galla imorgon bitti."),
        ],
        must=["NL102"], must_not=[],
        why="Typo in the hedge word ('Missänkt kolecystit') still marks a suspected diagnosis in visible text.",
    ),
    # ------------------------------------------------------------------ 15
    dict(
        case="skane-forttjockad-gallblasevagg-trol-kolecystit",
        ruleset="skane", system="Melior", template="Akutanteckning", unit=HLM,
        author=("Gustav Lindberg", "läkare"), pnr="19640222-1292",
        time="2024-06-21T01:45:00", signed="2024-06-21T03:20:00", setting="öppenvård",
        sections=[
            ("Röntgen", "UL buk (jour): gallblåsan med förtjockad vägg 6 mm, sten i halsen, pos sonografisk Murphy. Gallvägar ej vidgade."),
            ("Bedömning", "Trol. akut kolecystit."),
            ("Åtgärd", "Inl kir. Fasta, Tazocin 4 g x 3."),
        ],
        must=["NL102"], must_not=[],
        why="Organ+adjective ultrasound finding followed by 'Trol. akut kolecystit' in visible Skåne Melior text.",
    ),
    # ------------------------------------------------------------------ 16
    dict(
        case="vgr-lungor-ua-ingen-pneumoni-ev-ny-rtg",
        ruleset="vgr", system="Melior", template="Akutanteckning", unit=UDDEVALLA,
        author=("Karin Sjöberg", "AT-läkare"), pnr="19720914-4059",
        time="2024-02-29T15:00:00", signed="2024-02-29T16:40:00", setting="öppenvård",
        sections=[
            ("Aktuellt", "Hosta 3 v efter förkylning, ingen feber. Astma i barndomen."),
            ("Status", "Pulm: enstaka ronki bilat, sat 98 %."),
            ("Röntgen", "Lungor utan förtätningar, hjärta normalstort, inga vätskor."),
            ("Bedömning", "Postinfektiös hosta. Ingen pneumoni."),
            ("Planering", "Ev. ny lungröntgen om 6 v vid kvarstående hosta. Ev. spirometri via VC."),
        ],
        must=[], must_not=["NL102"],
        why="Normal organs ('hjärta normalstort'), negated pneumoni and 'Ev.' about investigations, not diagnoses.",
    ),
    # ------------------------------------------------------------------ 17
    dict(
        case="skane-trol-hem-ev-aterbesok-radiusfraktur",
        ruleset="skane", system="Melior", template="Akutanteckning", unit=HBG,
        author=("Tove Mattsson", "AT-läkare"), pnr="19510130-4821",
        time="2024-12-04T16:15:00", signed="2024-12-04T18:00:00", setting="öppenvård",
        sections=[
            ("Aktuellt", "Halkat på is, föll på utsträckt vä hand."),
            ("Röntgen", "Distal radiusfraktur vä med dorsal vinkling 20 grader."),
            ("Bedömning", "Felställd distal radiusfraktur vä."),
            ("Åtgärd", "Reposition i hematomblockad, dorsal gipsskena. Kontroll-rtg ok. Trol. hem ikväll när dottern kommer. Ev. återbesök gipsmott om 1 v, kallelse skickas. Pat undrar om hon får köra bil? Nej, inte med gips."),
        ],
        must=[], must_not=["NL102"],
        why="Hedges and a question mark about going home, follow-up and driving, not about a diagnosis.",
    ),
    # ------------------------------------------------------------------ 19
    dict(
        case="skane-hereditet-bror-le-ingen-misstanke",
        ruleset="skane", system="Melior", template="Akutanteckning", unit=SUS_MALMO,
        author=("Per Axelsson", "läkare"), pnr="19750408-3390",
        time="2024-03-03T09:20:00", signed="2024-03-03T11:05:00", setting="öppenvård",
        sections=[
            ("Hereditet", "Far hjärtinfarkt vid 52 år. Bror hade LE efter flygresa."),
            ("Aktuellt", "Tryck i bröstet i vila 20 min igår, nu besvärsfri."),
            ("EKG", "SR 72, inga ST-förändringar."),
            ("Lab", "hs-TnT 6 -> 7 (3 h)."),
            ("Bedömning", "Bröstsmärta, ingen hållpunkt för akut koronart syndrom. Ingen misstanke om LE."),
            ("Åtgärd", "Hem, remiss arbetsprov via VC."),
        ],
        must=[], must_not=["NL102"],
        why="Family history of LE and infarct plus negated ACS/LE: nothing uncertain about the patient.",
    ),
    # ------------------------------------------------------------------ 20
    dict(
        case="vgr-dd-lista-rupturerat-aaa-dubbla-fragetecken",
        ruleset="vgr", system="Melior", template="Akutanteckning", unit=SAS_BORAS,
        author=("Simon Holmgren", "ST-läkare"), pnr="19560327-5537",
        time="2024-08-08T03:30:00", signed="2024-08-08T05:15:00", setting="öppenvård",
        sections=[
            ("Aktuellt", "Rökare, plötslig smärta vä flank och rygg kl 02. BT 105/60, blek."),
            ("Bedömning", "DD njursten, pyelonefrit, rupturerat AAA?? Bedside-UL: aorta 5,8 cm!"),
            ("Åtgärd", "DT-angio akut, kärlkir-jour larmad, 2 PVK, blod beställt."),
        ],
        must=["NL102"], must_not=[],
        why="Differential diagnosis list with a double question mark in visible Bedömning.",
    ),
]


CASES_B = [
    # ------------------------------------------------------------------ 22
    dict(
        case="vgr-typo-utelsutas-septisk-artrit",
        ruleset="vgr", system="Melior", template="Akutanteckning", unit=UDDEVALLA,
        author=("Oliver Dahl", "AT-läkare"), pnr="19660521-0977",
        time="2024-10-02T20:10:00", signed="2024-10-02T21:35:00", setting="öppenvård",
        sections=[
            ("Aktuellt", "Svullet varmt hö knä sedan 1 d, T 38,4. Inget trauma, inga tidigare ledbesvär."),
            ("Bedömning", "Septisk artrit kan ej utelsutas. DD gikt, pseudogikt."),
            ("Åtgärd", "Ledpunktion: grumlig vätska, skickad för odling och kristaller. Ortopedjour informerad."),
        ],
        must=["NL102"], must_not=[],
        why="Misspelled 'kan ej utelsutas' plus DD list: uncertain diagnosis in visible text.",
    ),
    # ------------------------------------------------------------------ 23
    dict(
        case="skane-erysipelas-fragetecken-dd-dvt",
        ruleset="skane", system="Melior", template="Akutanteckning", unit=YSTAD,
        author=("Rebecka Olsson", "läkare"), pnr="19620809-4489",
        time="2024-07-26T21:00:00", signed="2024-07-26T22:40:00", setting="öppenvård",
        sections=[
            ("Aktuellt", "Rodnad och värmeökning vä underben sedan igår, frossa. Sår mellan tårna."),
            ("Bedömning", "Erysipelas vä underben? DD DVT, UL ben imorgon."),
            ("Åtgärd", "Kåvepenin 1,6 g x 3, markerat rodnadens gräns med penna."),
        ],
        must=["NL102"], must_not=[],
        why="Trailing question mark after the diagnosis ('Erysipelas vä underben?') and DD DVT in visible Skåne Melior text.",
    ),
    # ------------------------------------------------------------------ 24
    dict(
        case="skane-pmo-telefon-mamma-fraga-otit",
        ruleset="skane", system="PMO", template="Telefonrådgivning", unit=JC_MALMO,
        author=("Cecilia Nord", "sjuksköterska"), pnr="20200217-2837",
        time="2024-11-09T20:05:00", signed="2024-11-09T20:20:00", setting="öppenvård",
        sections=[
            ("Kontaktorsak", "Mamma ringer. Sonen feber 39 sedan igår, drar i vä öra, grinig på natten. Dricker bra."),
            ("Bedömning", "?Otit."),
            ("Åtgärd", "Alvedon enl vikt. Tid bokad jourcentralen imorgon 09.40. Vid nackstelhet eller slöhet ring 112."),
        ],
        must=[], must_not=["NL102"],
        why="Nurse phone note in PMO with '?Otit' for a 4-year-old: PMO is never NL102.",
    ),
    # ------------------------------------------------------------------ 25
    dict(
        case="skane-barnakut-pil-invagination-foraldrar-informerade",
        ruleset="skane", system="Melior", template="Akutanteckning", unit=BUA_LUND,
        author=("Linnea Forsberg", "ST-läkare"), pnr="20220403-5865",
        time="2024-01-24T15:40:00", signed="2024-01-24T17:10:00", setting="öppenvård",
        sections=[
            ("Aktuellt", "Skrikattacker var 15–20:e min sedan i morse, blek under attackerna, kräkts x3. Senaste blöjan med slem och lite blod."),
            ("Bedömning", "Intermittent buksmärta + blodig avföring -> ?invagination."),
            ("Åtgärd", "UL buk beställt akut, barnkirurg informerad. Föräldrarna informerade om misstanken."),
        ],
        must=["NL102"], must_not=["NL101"],
        why="Child under 13: '-> ?invagination' visible to the guardians; parents told, no not-informed statement.",
    ),
    # ------------------------------------------------------------------ 26
    dict(
        case="vgr-barn-krupp-ingen-misstanke-epiglottit",
        ruleset="vgr", system="Melior", template="Akutanteckning", unit=DSBUS,
        author=("Moa Henriksson", "läkare"), pnr="20210611-4040",
        time="2024-10-21T03:15:00", signed="2024-10-21T05:00:00", setting="öppenvård",
        sections=[
            ("Aktuellt", "Skällande hosta och inspiratorisk stridor sedan kl 02. Afebril, dreglar ej, sitter i mammas knä och leker."),
            ("Bedömning", "Krupp, måttlig. Ingen misstanke om epiglottit eller främmande kropp."),
            ("Åtgärd", "Betapred 0,4 mg/kg po, inhal adrenalin x1 med god effekt. Obs 2 h, sedan hem."),
        ],
        must=[], must_not=["NL102"],
        why="Established croup and negated alternatives ('Ingen misstanke om epiglottit') in a child's note.",
    ),
    # ------------------------------------------------------------------ 27
    dict(
        case="vgr-forstorade-lgl-och-mjalte-ej-informerad",
        ruleset="vgr", system="Melior", template="Akutanteckning", unit=SU_MEDAKUT,
        author=("Elias Wikström", "ST-läkare"), pnr="19790222-8571",
        time="2024-04-04T18:25:00", signed="2024-04-04T21:00:00", setting="slutenvård",
        sections=[
            ("Aktuellt", "Nattsvettningar, viktnedgång 8 kg på 3 mån, trötthet."),
            ("Status", "Palpabla lgl på halsen bilat, mjälten palpabel 3 fingerbredder."),
            ("Lab", "Hb 104, LD 640."),
            ("Röntgen", "DT thorax/buk: förstorade lymfkörtlar mediastinalt och retroperitonealt, mjälten förstorad 18 cm."),
            ("Bedömning", "Fynd enl DT, opåverkad. Inl med för fortsatt utredning, hematolog konsulteras."),
            ("Information", "Pat ännu ej informerad om DT-svaret, hematologen tar samtalet imorgon förmiddag."),
        ],
        must=["NL101"], must_not=[],
        why="Findings named by organ + adjective (förstorade lymfkörtlar, förstorad mjälte) visible while patient not yet told.",
    ),
    # ------------------------------------------------------------------ 28
    dict(
        case="skane-ej-informerad-om-tid-fysioterapi-distorsion",
        ruleset="skane", system="Melior", template="Akutanteckning", unit=CSK,
        author=("Alva Jönsson", "AT-läkare"), pnr="20010925-1272",
        time="2024-05-25T13:10:00", signed="2024-05-25T14:00:00", setting="öppenvård",
        sections=[
            ("Aktuellt", "Vrickade hö fotled i fotbollsmatch."),
            ("Status", "Öm över laterala malleolen, svullen. Rtg: ingen fraktur."),
            ("Bedömning", "Distorsion hö fotled."),
            ("Åtgärd", "Elastiskt stöd, kryckor vb. Remiss fysioterapi. Pat ej informerad om tiden ännu, kallelse kommer per brev. Pat informerad om diagnosen och egenvård."),
        ],
        must=[], must_not=["NL101", "NL102"],
        why="The not-informed statement concerns an appointment, not the diagnosis, which the patient was told.",
    ),
    # ------------------------------------------------------------------ 29
    dict(
        case="vgr-normalt-troponin-ej-meddelat-pat",
        ruleset="vgr", system="Melior", template="Akutanteckning", unit=ALINGSAS,
        author=("Anton Ek", "läkare"), pnr="19700512-2929",
        time="2024-06-15T23:40:00", signed="2024-06-16T01:10:00", setting="öppenvård",
        sections=[
            ("Aktuellt", "Pat gick hem på eget ansvar kl 23 innan andra troponinet var klart."),
            ("Lab", "Trop 0 h 5, 3 h 6 (normalt). EKG ua."),
            ("Bedömning", "Bröstsmärta utan tecken på hjärtinfarkt."),
            ("Information", "Pat ej informerad om provsvaret ännu, ssk ringer imorgon kl 9."),
        ],
        must=[], must_not=["NL101", "NL102"],
        why="Patient not told a normal lab result; the only diagnosis mentioned is negated.",
    ),
    # ------------------------------------------------------------------ 30
    dict(
        case="skane-eliquis-dosandring-ej-informerad-kant-ff",
        ruleset="skane", system="Melior", template="Jouranteckning", unit=MEDJOUR_HBG,
        author=("David Fransson", "AT-läkare"), pnr="19420618-2661",
        time="2024-02-14T01:30:00", signed="2024-02-14T07:50:00", setting="slutenvård",
        sections=[
            ("Aktuellt", "Kallad till avd 31 pga krea-stegring. Känt permanent FF sedan 2019, pat väl förtrogen med sin diagnos."),
            ("Lab", "Krea 168 (från 110), eGFR 28."),
            ("Åtgärd", "Eliquis sänkt till 2,5 mg x 2. Pat ej informerad om dosändringen, sov. Tas på ronden. Avd-ssk informerad."),
        ],
        must=[], must_not=["NL101", "NL102"],
        why="Not informed about a medication change; the diagnosis (known FF) is something the patient knows.",
    ),
    # ------------------------------------------------------------------ 31
    dict(
        case="vgr-rundhard-bifynd-varken-pat-eller-avd-informerade",
        ruleset="vgr", system="Melior", template="Jouranteckning", unit=SAS_MED,
        author=("Julia Strömberg", "ST-läkare"), pnr="19510803-0445",
        time="2024-08-30T19:50:00", signed=None, setting="slutenvård",
        sections=[
            ("Röntgen", "DT thorax, frågeställning LE: ingen LE. Som bifynd 2 cm spikulerad rundhärd vä överlob."),
            ("Bedömning", "Varken pat eller avd-personal informerade om bifyndet, ansvarig läkare tar det på ronden. Inga akuta åtgärder."),
        ],
        must=["NL101"], must_not=["NL102"],
        why="Incidental lung nodule (organ finding) visible while neither the patient nor the ward is told; LE negated.",
    ),
    # ------------------------------------------------------------------ 32
    dict(
        case="skane-typo-infomerad-osteolys-femur",
        ruleset="skane", system="Melior", template="Akutanteckning", unit=ORTJOUR_MALMO,
        author=("Marcus Eriksson", "ST-läkare"), pnr="19600102-5847",
        time="2024-03-26T21:25:00", signed="2024-03-26T23:40:00", setting="slutenvård",
        sections=[
            ("Aktuellt", "Smärta hö lår sedan 2 mån, nu kan hon ej belasta efter lätt vridning. Opererad för bröstcancer 2015."),
            ("Röntgen", "Rtg hö femur: osteolytisk förändring i proximala diafysen med kortikal destruktion, ingen fraktur."),
            ("Bedömning", "Osteolytisk förändring hö femur enl ovan. Avlastning, inl ort."),
            ("Information", "Pat ej infomerad om fyndet, ort-bakjour pratar med pat imorgon."),
        ],
        must=["NL101"], must_not=[],
        why="Typo 'ej infomerad'; osteolytic bone finding (organ + adjective) visible before the patient is told.",
    ),
    # ------------------------------------------------------------------ 33
    dict(
        case="vgr-sokord-tidiga-hypoteser-koloncancer-skild-fran-bedomning",
        ruleset="vgr", system="Melior", template="Akutanteckning", unit=SKAS_LIDK,
        author=("Jesper Borg", "läkare"), pnr="19470919-3736",
        time="2024-09-03T16:30:00", signed="2024-09-03T18:00:00", setting="slutenvård",
        sections=[
            ("Aktuellt", "Trötthet och andfåddhet vid ansträngning sedan 2 mån, gått ner 5 kg."),
            ("Lab", "Hb 82, MCV 71, ferritin 6."),
            ("Bedömning", "Järnbristanemi. Blodtransfusion 2 E. Remiss gastroskopi och koloskopi."),
            ("Information", "Pat informerad om blodbristen och planerad utredning."),
            ("Tidiga hypoteser", "?Koloncancer (järnbrist, viktnedgång, ålder). Ej framfört till pat i detta skede."),
        ],
        must=[], must_not=["NL101", "NL102"],
        why="VGR sökord Tidiga hypoteser holds the hypothesis and the not-told remark; visible sections are settled.",
    ),
    # ------------------------------------------------------------------ 34
    dict(
        case="vgr-sokord-tidiga-hypoteser-men-susp-ileus-i-bedomning",
        ruleset="vgr", system="Melior", template="Akutanteckning", unit=NAL_KIR,
        author=("Lovisa Hedlund", "AT-läkare"), pnr="19540714-2263",
        time="2024-11-17T02:50:00", signed="2024-11-17T04:30:00", setting="öppenvård",
        sections=[
            ("Aktuellt", "Uppspänd buk, ingen avföring på 4 d, kräks galla. Op för koloncancer 2019."),
            ("Röntgen", "Buköversikt: vidgade tunntarmsslingor med gas-vätskenivåer."),
            ("Bedömning", "Susp. tunntarmsileus, adherenser? DT buk med kontrast."),
            ("Tidiga hypoteser", "Recidiv med peritoneal spridning som orsak? Tas upp först efter DT."),
        ],
        must=["NL102"], must_not=[],
        why="A Tidiga hypoteser sökord exists, yet 'Susp. tunntarmsileus' stands in the visible Bedömning.",
    ),
    # ------------------------------------------------------------------ 35
    dict(
        case="skane-pmo-hemsjukvard-jour-uvi-exsickos",
        ruleset="skane", system="PMO", template="Telefonkontakt", unit=VC_SJOBO,
        author=("Anders Wahlberg", "läkare"), pnr="19350406-0223",
        time="2024-08-19T22:15:00", signed="2024-08-19T22:40:00", setting="hemsjukvård",
        sections=[
            ("Kontaktorsak", "Ssk på SÄBO ringer: nytillkommen förvirring och feber 38,0. Dricker dåligt. U-sticka nitrit pos."),
            ("Bedömning", "?UVI ?exsickos."),
            ("Åtgärd", "Vätska 1,5 l/d, Alvedon, ny temp kl 06. VC-läkare bedömer imorgon. Vid sjunkande sat eller BT ring 112."),
        ],
        must=[], must_not=["NL102"],
        why="Hemsjukvård on-call phone note in PMO with question-marked diagnoses: PMO never NL102.",
    ),
    # ------------------------------------------------------------------ 36
    dict(
        case="vgr-typo-mojligtivs-viral-meningit",
        ruleset="vgr", system="Melior", template="Akutanteckning", unit=SU_INF,
        author=("Sofia Rask", "ST-läkare"), pnr="19940302-1687",
        time="2024-07-04T18:00:00", signed="2024-07-04T20:20:00", setting="öppenvård",
        sections=[
            ("Aktuellt", "Huvudvärk, feber och ljuskänslighet 2 d. Lätt nackstel."),
            ("Lab", "LP: 180 celler, monodominans, glukoskvot 0,6."),
            ("Bedömning", "Möjligtivs viral meningit. Rocephalin ges tills odlingssvar."),
        ],
        must=["NL102"], must_not=[],
        why="Misspelled hedge 'Möjligtivs' before viral meningit in visible text.",
    ),
    # ------------------------------------------------------------------ 37
    dict(
        case="skane-skafoidfraktur-kan-inte-uteslutas",
        ruleset="skane", system="Melior", template="Akutanteckning", unit=SUS_LUND,
        author=("Hugo Nilsson", "AT-läkare"), pnr="20000419-4312",
        time="2024-03-30T12:20:00", signed="2024-03-30T13:15:00", setting="öppenvård",
        sections=[
            ("Aktuellt", "Föll på utsträckt hö hand från skateboard."),
            ("Status", "Öm i fossa tabatière och vid axial kompression av tummen."),
            ("Röntgen", "Handled + skafoidserie: ingen synlig fraktur."),
            ("Bedömning", "Skafoidfraktur kan inte uteslutas."),
            ("Åtgärd", "Skafoidgips, ny rtg eller MR om 10–14 d."),
        ],
        must=["NL102"], must_not=[],
        why="'kan inte uteslutas' after a normal X-ray is an open hypothesis, not a negation.",
    ),
    # ------------------------------------------------------------------ 38
    dict(
        case="vgr-typo-ingen-missanke-om-fraktur",
        ruleset="vgr", system="Melior", template="Akutanteckning", unit=KUNGALV,
        author=("Wilma Åström", "läkare"), pnr="19830827-6842",
        time="2024-12-12T17:35:00", signed="2024-12-12T18:20:00", setting="öppenvård",
        sections=[
            ("Aktuellt", "Snubblade i trappan, slog vä knä. Går utan hälta."),
            ("Status", "Inget ledexsudat, stabilt, full rörlighet. Ottawa knee rules neg."),
            ("Bedömning", "Kontusion vä knä. Ingen missanke om fraktur, rtg ej indicerad."),
            ("Åtgärd", "Kyla, högläge, NSAID 3 d."),
        ],
        must=[], must_not=["NL102"],
        why="Negation with a typo ('Ingen missanke om fraktur') is still a negation.",
    ),
    # ------------------------------------------------------------------ 39
    dict(
        case="skane-kontakttolk-somaliska-informerad-uretarsten",
        ruleset="skane", system="Melior", template="Akutanteckning", unit=SUS_MALMO,
        author=("Nadia Rahimi", "läkare"), pnr="19850901-5486",
        time="2024-04-18T07:30:00", signed=None, setting="öppenvård",
        sections=[
            ("Aktuellt", "Somalisktalande kvinna, kontakttolk på plats. Kolik vä flank sedan i natt."),
            ("Röntgen", "DT urinvägar: 5 mm uretärsten vä prevesikalt, lätt vidgat njurbäcken vä."),
            ("Bedömning", "Uretärsten vä, 5 mm."),
            ("Åtgärd", "Voltaren, Tamsulosin 0,4 mg, silning av urin. Pat informerad om diagnos och behandling via tolk. Maken i väntrummet ej informerad, pat vill berätta själv."),
        ],
        must=[], must_not=["NL101", "NL102"],
        why="Patient informed through an interpreter; only the husband is not told, at her wish.",
    ),
    # ------------------------------------------------------------------ 40
    dict(
        case="skane-pmo-ej-informerad-fraga-diabetes-typ1",
        ruleset="skane", system="PMO", template="Besöksanteckning", unit=VC_TOMELILLA,
        author=("Karl Sundin", "läkare"), pnr="20061103-2525",
        time="2024-10-08T16:45:00", signed="2024-10-08T17:30:00", setting="öppenvård",
        sections=[
            ("Aktuellt", "Törst, viktnedgång och täta miktioner 3 v."),
            ("Lab", "P-glukos 24, B-ketoner 0,8."),
            ("Bedömning", "?Diabetes typ 1, DD typ 2. Pat ej informerad om misstanken ännu, pappan ville vänta tills mamma kommer."),
            ("Åtgärd", "Remiss akut till medicinakuten Ystad, ringt dit."),
        ],
        must=[], must_not=["NL102"],
        why="PMO on-call note with hedged diabetes and a not-told remark: NL102 never for PMO (NL101 not asserted on PMO).",
    ),
]


CASES_C = [
    # ------------------------------------------------------------------ 41
    dict(
        case="vgr-avd-ringer-natt-fraga-aspirationspneumoni",
        ruleset="vgr", system="Melior", template="Jouranteckning", unit=NAL_MED,
        author=("Rasmus Lundgren", "AT-läkare"), pnr="19440505-1915",
        time="2024-02-06T03:20:00", signed="2024-02-06T07:45:00", setting="slutenvård",
        sections=[
            ("Kontaktorsak", "Kallad av avd 5B kl 03.20. Pat med Parkinson satte i halsen vid kvällsmaten."),
            ("Status", "T 38,6, sat 89 %, rassel hö basalt."),
            ("Bedömning", "?aspirationspneumoni hö"),
            ("Åtgärd", "O2 2 l, blododlingar x2, Tazocin 4 g x 3, rtg pulm imorgon bitti. Avd-ssk informerad om plan."),
        ],
        must=["NL102"], must_not=[],
        why="Night call from the ward: a bare '?aspirationspneumoni' line in visible VGR text.",
    ),
    # ------------------------------------------------------------------ 42
    dict(
        case="skane-pil-hjartsvikt-fragetecken-nydebuterad",
        ruleset="skane", system="Melior", template="Akutanteckning", unit=CSK,
        author=("Elin Holmqvist", "ST-läkare"), pnr="19480930-2054",
        time="2024-11-02T10:40:00", signed=None, setting="slutenvård",
        sections=[
            ("Aktuellt", "Dyspné ↑ 2 v, sover med 3 kuddar, bensvullnad bilat. Vikt +4 kg."),
            ("Status", "Halsvenstas, basala rassel bilat, pittingödem till knäna."),
            ("Lab", "NT-proBNP 4800."),
            ("Bedömning", "-> hjärtsvikt? Ej känt sedan tidigare."),
            ("Åtgärd", "Furix 40 mg iv, inl med. Ekokardiografi via kardiologen."),
        ],
        must=["NL102"], must_not=[],
        why="Arrow and trailing question mark ('-> hjärtsvikt?') mark a new unconfirmed diagnosis.",
    ),
    # ------------------------------------------------------------------ 44
    dict(
        case="vgr-konfusion-pil-flera-fragetecken",
        ruleset="vgr", system="Melior", template="Akutanteckning", unit=SKAS_LIDK,
        author=("Tilda Nyberg", "AT-läkare"), pnr="19360728-3060",
        time="2024-06-27T14:30:00", signed="2024-06-27T16:15:00", setting="öppenvård",
        sections=[
            ("Aktuellt", "Från SÄBO, akut förvirring sedan igår. Anamnes via personal, pat kan ej redogöra."),
            ("Status", "Afebril, ej nackstel, inga fokala bortfall."),
            ("Bedömning", "Akut konfusion -> ?UVI ?pneumoni ?läkemedelsbiverkan (nyinsatt Tramadol)."),
            ("Åtgärd", "U-odling, rtg pulm, Tramadol ut. Son informerad per tel."),
        ],
        must=["NL102"], must_not=[],
        why="Several question-marked candidate diagnoses after an arrow in visible text.",
    ),
    # ------------------------------------------------------------------ 45
    dict(
        case="vgr-sannolikt-njurcancer-maken-ej-informerad",
        ruleset="vgr", system="Melior", template="Läkaranteckning", unit=SU_URO,
        author=("Henrik Falk", "ST-läkare"), pnr="19590816-1267",
        time="2024-09-20T15:55:00", signed="2024-09-20T17:40:00", setting="öppenvård",
        sections=[
            ("Aktuellt", "Makroskopisk hematuri sedan 1 v, inga smärtor."),
            ("Röntgen", "DT urinvägar: 6 cm solid expansivitet hö njure, sannolikt njurcancer. Ingen spridning synlig."),
            ("Information", "Pat informerad av undertecknad idag. Hon vill själv berätta för maken, maken därför ej informerad."),
            ("Planering", "Remiss uroonkologi, SVF startat."),
        ],
        must=["NL102"], must_not=["NL101"],
        why="Hedged cancer diagnosis visible (NL102), but the patient was told; only the husband is not.",
    ),
    # ------------------------------------------------------------------ 46
    dict(
        case="skane-normal-lungrtg-pat-sov-ej-informerad",
        ruleset="skane", system="Melior", template="Jouranteckning", unit=MEDJOUR_LUND,
        author=("Sebastian Roos", "AT-läkare"), pnr="19530225-1433",
        time="2024-10-12T23:10:00", signed="2024-10-13T07:30:00", setting="slutenvård",
        sections=[
            ("Aktuellt", "Jourrond kl 23, pat hostar mer sedan kvällen."),
            ("Röntgen", "Rtg pulm kl 21: hjärta normalstort, lungor utan förtätning eller vätska."),
            ("Bedömning", "Pat sov vid ronden och är ej informerad om rtg-svaret, nattssk meddelar imorgon bitti. Inga nya ordinationer."),
        ],
        must=[], must_not=["NL101", "NL102"],
        why="Not-informed remark about a normal X-ray (normal organs), no diagnosis at all.",
    ),
    # ------------------------------------------------------------------ 47
    dict(
        case="vgr-ringladdande-trol-metastaser-ej-informerad",
        ruleset="vgr", system="Melior", template="Akutanteckning", unit=SU_AKUT,
        author=("Isak Lindholm", "ST-läkare"), pnr="19610430-2788",
        time="2024-05-02T20:35:00", signed="2024-05-02T23:00:00", setting="slutenvård",
        sections=[
            ("Aktuellt", "Nytillkommen svaghet vä arm och ett generaliserat krampanfall idag. Rökare 40 år."),
            ("Röntgen", "DT hjärna med kontrast: tre ringladdande förändringar med omgivande ödem, trol. metastaser."),
            ("Bedömning", "Hjärnförändringar enl ovan, status post epileptiskt anfall. Betapred 8 mg, Keppra."),
            ("Information", "Pat ej informerad om misstanken om metastaser, neuroonkolog tar samtalet imorgon med dottern närvarande."),
        ],
        must=["NL101", "NL102"], must_not=[],
        why="'trol. metastaser' visible and the patient explicitly not yet told: both rules.",
    ),
    # ------------------------------------------------------------------ 48
    dict(
        case="vgr-dt-verifierad-appendicit-pat-och-sambo-informerade",
        ruleset="vgr", system="Melior", template="Akutanteckning", unit=SKAS_KIR,
        author=("Alice Söderlund", "läkare"), pnr="19980117-5200",
        time="2024-08-23T18:15:00", signed="2024-08-23T19:00:00", setting="slutenvård",
        sections=[
            ("Röntgen", "DT buk: förtjockad appendix 11 mm med periappendikulär fettinfiltration, ingen fri gas."),
            ("Bedömning", "Akut appendicit utan perforation."),
            ("Åtgärd", "Laparoskopisk appendektomi ikväll. Pat och sambon informerade om diagnos och operationsrisker."),
        ],
        must=[], must_not=["NL101", "NL102"],
        why="CT-confirmed appendicitis, stated plainly and told to the patient.",
    ),
    # ------------------------------------------------------------------ 49
    dict(
        case="skane-utkast-susp-kolangit-sepsis-fraga",
        ruleset="skane", system="Melior", template="Akutanteckning", unit=KIRJOUR_HBG,
        author=("Fredrik Ljung", "AT-läkare"), pnr="19510321-3350",
        time="2024-07-09T04:05:00", signed=None, setting="slutenvård",
        sections=[
            ("Aktuellt", "Frossa, gulsot och ont under hö arcus sedan igår."),
            ("Status", "T 39,4, BT 100/60, ikterisk."),
            ("Lab", "Bilirubin 78, ALP 6,2, CRP 180."),
            ("Bedömning", "susp. kolangit, Charcots triad. Sepsis?"),
            ("Åtgärd", "Odlingar x2, Tazocin, vätska. ERCP-jour kontaktad."),
        ],
        must=["NL102"], must_not=[],
        why="Unsigned draft (pre-signing) with 'susp. kolangit' and 'Sepsis?' in visible Bedömning.",
    ),
    # ------------------------------------------------------------------ 50
    dict(
        case="vgr-utkast-leverforandring-ej-underrattad",
        ruleset="vgr", system="Melior", template="Jouranteckning", unit=SAS_MED,
        author=("Louise Berg", "ST-läkare"), pnr="19630208-4675",
        time="2024-11-23T22:40:00", signed=None, setting="slutenvård",
        sections=[
            ("Aktuellt", "Känd alkoholorsakad levercirros, inkommen med ökande bukomfång."),
            ("Röntgen", "DT buk: ascites, 4 cm arteriellt laddande förändring i levern seg 7 med wash-out."),
            ("Åtgärd", "Ascitestappning 3 l, Albumin 20 % 200 ml."),
            ("Information", "Pat ännu ej underrättad om leverfyndet, hepatologen tar det på måndag."),
        ],
        must=["NL101"], must_not=[],
        why="Unsigned draft: a liver lesion named by organ + adjective visible while the patient is 'ännu ej underrättad'.",
    ),
    # ------------------------------------------------------------------ 52
    dict(
        case="skane-ev-gikt-storta-dd-septisk",
        ruleset="skane", system="Melior", template="Akutanteckning", unit=HLM,
        author=("Jakob Håkansson", "läkare"), pnr="19570311-0923",
        time="2024-04-06T08:25:00", signed="2024-04-06T09:40:00", setting="öppenvård",
        sections=[
            ("Aktuellt", "Vaknade i natt av svår smärta i vä stortåns grundled, rodnad och svullen. Tiazid."),
            ("Lab", "Urat 520, CRP 18. Afebril."),
            ("Bedömning", "Ev. gikt. DD septisk artrit, mindre sannolik."),
            ("Åtgärd", "Naproxen 500 mg x 2 i 5 d, åter vid feber."),
        ],
        must=["NL102"], must_not=[],
        why="'Ev.' directly before a diagnosis ('Ev. gikt') is a hedge on the diagnosis.",
    ),
    # ------------------------------------------------------------------ 54
    dict(
        case="skane-typo-misstant-dvt-efter-knaop",
        ruleset="skane", system="Melior", template="Akutanteckning", unit=SUS_MALMO,
        author=("Johanna Kraft", "AT-läkare"), pnr="19670909-2446",
        time="2024-06-09T18:45:00", signed="2024-06-09T20:05:00", setting="öppenvård",
        sections=[
            ("Aktuellt", "Svullet, ömt hö vad sedan 4 d, knäprotes hö för 2 v sedan."),
            ("Status", "Omfång +3 cm hö vad. Wells 3."),
            ("Bedömning", "Misstänt DVT hö. D-dimer 2,4."),
            ("Åtgärd", "UL ben imorgon kl 8, Innohep i väntan."),
        ],
        must=["NL102"], must_not=[],
        why="Typo 'Misstänt' (misstänkt) before DVT in visible Skåne Melior text.",
    ),
    # ------------------------------------------------------------------ 55
    dict(
        case="vgr-barn-typo-trolien-viral-gastroenterit",
        ruleset="vgr", system="Melior", template="Akutanteckning", unit=DSBUS,
        author=("Ella Svensson", "läkare"), pnr="20180322-1694",
        time="2024-02-18T09:30:00", signed="2024-02-18T10:45:00", setting="öppenvård",
        sections=[
            ("Aktuellt", "Kräkts x6 sedan i natt, diarré x3. Syskon likadan."),
            ("Status", "Opåverkad, fuktiga slemhinnor, kapillär återfyllnad <2 s. Buk mjuk, oöm."),
            ("Bedömning", "Trolien viral gastroenterit. Lätt dehydrering."),
            ("Åtgärd", "Vätskeförsök med Resorb lyckat, hem. Föräldrarna informerade om egenvård."),
        ],
        must=["NL102"], must_not=[],
        why="Typo 'Trolien' (troligen) before a diagnosis in a 5-year-old's visible note.",
    ),
    # ------------------------------------------------------------------ 56
    dict(
        case="vgr-commotio-fraga-om-vak-ej-diagnos",
        ruleset="vgr", system="Melior", template="Akutanteckning", unit=UDDEVALLA,
        author=("Noah Gustavsson", "AT-läkare"), pnr="19971011-2146",
        time="2024-09-07T20:50:00", signed="2024-09-07T22:10:00", setting="öppenvård",
        sections=[
            ("Aktuellt", "Cykelolycka utan hjälm. Medvetandeförlust ca 10 s enl vittne, amnesi för händelsen."),
            ("Status", "GCS 15, neurologiskt ua."),
            ("Röntgen", "DT hjärna: ingen blödning, ingen fraktur."),
            ("Bedömning", "Commotio cerebri."),
            ("Åtgärd", "Hem med vak. Vem vakar i natt? Flickvännen kommer 21.30. Skriftlig info om hjärnskakning given."),
        ],
        must=[], must_not=["NL102"],
        why="A question mark about who watches over the patient, not about a diagnosis; commotio is established.",
    ),
    # ------------------------------------------------------------------ 57
    dict(
        case="skane-gravid-njure-dilaterad-pil-fraga-hydronefros",
        ruleset="skane", system="Melior", template="Akutanteckning", unit=SUS_LUND,
        author=("Agnes Möller", "ST-läkare"), pnr="19950713-3206",
        time="2024-07-20T13:05:00", signed="2024-07-20T14:35:00", setting="öppenvård",
        sections=[
            ("Aktuellt", "Gravid v 30, hö-sidig flanksmärta sedan igår, afebril."),
            ("Röntgen", "UL njurar: hö njure lätt dilaterad, vä ua."),
            ("Bedömning", "-> ?hydronefros pga sten, DD fysiologisk graviditetsdilatation."),
            ("Åtgärd", "Obstetrikerjour bedömer, analgetika."),
        ],
        must=["NL102"], must_not=[],
        why="Organ+adjective finding ('hö njure lätt dilaterad') turned into '-> ?hydronefros' in visible text.",
    ),
    # ------------------------------------------------------------------ 58
    dict(
        case="vgr-ul-organ-ua-typo-apendicit-negerad",
        ruleset="vgr", system="Melior", template="Akutanteckning", unit=SAS_KIR,
        author=("Erika Lindahl", "läkare"), pnr="20040509-2222",
        time="2024-03-12T16:20:00", signed="2024-03-12T17:45:00", setting="öppenvård",
        sections=[
            ("Aktuellt", "Diffus buksmärta sedan 12 h. Ingen feber."),
            ("Status", "Buk mjuk, diffust lätt öm, ingen peritonit."),
            ("Lab", "CRP <5, LPK 7,8, hCG neg."),
            ("Röntgen", "UL buk: appendix ej visualiserad, ingen fri vätska, lever, gallblåsa och njurar ua, ovarier normalstora."),
            ("Bedömning", "Buksmärta UNS. Inga tecken på apendicit i nuläget."),
            ("Planering", "Ev. ny klinisk kontroll imorgon om kvarstående smärta. Pat informerad."),
        ],
        must=[], must_not=["NL102"],
        why="Normal organs on ultrasound and a negated, misspelled diagnosis ('Inga tecken på apendicit').",
    ),
    # ------------------------------------------------------------------ 59
    dict(
        case="skane-hjartat-forstorat-nyupptackt-ff-informerad",
        ruleset="skane", system="Melior", template="Akutanteckning", unit=HBG,
        author=("Mattias Ström", "läkare"), pnr="19520404-2831",
        time="2024-09-26T15:30:00", signed="2024-09-26T17:05:00", setting="slutenvård",
        sections=[
            ("Aktuellt", "Tilltagande ansträngningsdyspné 3 v."),
            ("Röntgen", "Rtg pulm: hjärtat förstorat, lätt stasbild."),
            ("EKG", "FF med kammarfrekvens 110."),
            ("Bedömning", "Nyupptäckt förmaksflimmer med snabb kammarfrekvens, hjärtsvikt."),
            ("Åtgärd", "Metoprolol, Furix, Eliquis. Ekokardiografi. Pat informerad om fynden och planen."),
        ],
        must=[], must_not=["NL101", "NL102"],
        why="Affirmed organ finding ('hjärtat förstorat') and stated diagnoses, patient informed.",
    ),
    # ------------------------------------------------------------------ 60
    dict(
        case="vgr-ej-berattat-malignitetsmisstanke-kolonvagg",
        ruleset="vgr", system="Melior", template="Akutanteckning", unit=NAL_KIR,
        author=("Axel Björk", "ST-läkare"), pnr="19580620-1751",
        time="2024-10-15T21:30:00", signed="2024-10-15T23:15:00", setting="slutenvård",
        sections=[
            ("Aktuellt", "Vä-sidig buksmärta och feber sedan 3 d."),
            ("Röntgen", "DT buk: förtjockad kolonvägg i sigmoideum med förstorade lokala lgl, divertiklar, ingen abscess."),
            ("Bedömning", "Divertikulit sigmoideum. Inl, antibiotika iv."),
            ("Information", "Ej berättat för pat att DT-bilden även inger malignitetsmisstanke, vi väntar på koloskopi efter utläkning."),
        ],
        must=["NL101", "NL102"], must_not=[],
        why="'Ej berättat för pat' about a suspected malignancy that stands in the visible note.",
    ),
    # ------------------------------------------------------------------ 61
    dict(
        case="skane-pmo-jourcentral-dd-peritonsillit",
        ruleset="skane", system="PMO", template="Besöksanteckning", unit=JC_HBG,
        author=("Lukas Engström", "läkare"), pnr="20020114-3757",
        time="2024-12-14T14:25:00", signed="2024-12-14T15:00:00", setting="öppenvård",
        sections=[
            ("Aktuellt", "Halsont 6 d, feber, svårt att svälja. Lätt trismus."),
            ("Status", "Vä tonsill framputad, uvula deviationerad mot hö."),
            ("Bedömning", "DD peritonsillit, streptokocktonsillit, mononukleos. Strep A neg."),
            ("Åtgärd", "Remiss ÖNH-jouren Lund för bedömning ikväll, pat åker själv."),
        ],
        must=[], must_not=["NL102"],
        why="DD list in a PMO on-call note: PMO is never NL102.",
    ),
    # ------------------------------------------------------------------ 63
    dict(
        case="skane-informerad-om-susp-appendicit",
        ruleset="skane", system="Melior", template="Akutanteckning", unit=YSTAD,
        author=("Albin Ahlström", "AT-läkare"), pnr="19860815-4012",
        time="2024-08-11T19:40:00", signed=None, setting="öppenvård",
        sections=[
            ("Aktuellt", "Ont i hö fossa sedan i morse, illamående."),
            ("Status", "Släppöm hö fossa, Blumberg pos."),
            ("Bedömning", "susp. appendicit"),
            ("Information", "Pat informerad om susp. appendicit och att kirurgen bedömer ikväll. Fastande."),
        ],
        must=["NL102"], must_not=["NL101"],
        why="Telling the patient does not make a hedged diagnosis belong in a visible note; no NL101.",
    ),
    # ------------------------------------------------------------------ 64
    dict(
        case="vgr-dd-ulcus-pankreatit-infarkt-informerade",
        ruleset="vgr", system="Melior", template="Akutanteckning", unit=SKAS_SKOVDE,
        author=("Kevin Andersson", "ST-läkare"), pnr="19690101-3851",
        time="2024-12-01T05:20:00", signed="2024-12-01T07:00:00", setting="öppenvård",
        sections=[
            ("Aktuellt", "Epigastriell smärta med utstrålning mot ryggen sedan kl 02."),
            ("Lab", "Lipas normalt, trop 8. EKG ua."),
            ("Bedömning", "DD: ulcus, pankreatit, inferior hjärtinfarkt."),
            ("Information", "Pat och frun informerade om att orsaken ännu är oklar och om planen."),
        ],
        must=["NL102"], must_not=["NL101"],
        why="A 'DD:' list is a set of uncertain diagnoses; the patient was told the cause is unclear.",
    ),
    # ------------------------------------------------------------------ 65
    dict(
        case="vgr-inga-hallpunkter-aortadissektion-hypertoni",
        ruleset="vgr", system="Melior", template="Akutanteckning", unit=KUNGALV,
        author=("Stina Hallberg", "läkare"), pnr="19650317-1487",
        time="2024-04-22T10:15:00", signed="2024-04-22T11:25:00", setting="öppenvård",
        sections=[
            ("Aktuellt", "BT 210/115 på VC, huvudvärk. Ingen bröst- eller ryggsmärta."),
            ("Status", "Jämna pulsar, BT lika bilat, neurol ua."),
            ("Bedömning", "Inga hållpunkter för aortadissektion. Hypertoni, otillräckligt behandlad."),
            ("Åtgärd", "Amlodipin höjt till 10 mg, BT-kontroll VC om 2 v."),
        ],
        must=[], must_not=["NL102"],
        why="Negation 'Inga hållpunkter för aortadissektion' and an established hypertension.",
    ),
    # ------------------------------------------------------------------ 66
    dict(
        case="vgr-telefontolk-tigrinja-diabetes-informerad",
        ruleset="vgr", system="Melior", template="Läkaranteckning", unit=DSBUS_MED,
        author=("Ebba Larsson", "läkare"), pnr="20070115-3603",
        time="2024-05-29T14:00:00", signed="2024-05-29T15:20:00", setting="slutenvård",
        sections=[
            ("Bedömning", "Nydebuterad diabetes typ 1 med lätt ketoacidos, pH 7,28."),
            ("Information", "Info given till pat via telefontolk (tigrinja) om diagnosen och insulinbehandlingen. Föräldrarna informerade av diabetessköterska."),
        ],
        must=[], must_not=["NL101", "NL102"],
        why="17-year-old told of a new diagnosis through an interpreter; no hedge.",
    ),
    # ------------------------------------------------------------------ 67
    dict(
        case="skane-avd-informerad-pat-ej-s-aureus-bakteriemi",
        ruleset="skane", system="Melior", template="Jouranteckning", unit=MEDJOUR_CSK,
        author=("Tobias Lind", "AT-läkare"), pnr="19540927-2381",
        time="2024-03-21T02:05:00", signed="2024-03-21T07:40:00", setting="slutenvård",
        sections=[
            ("Aktuellt", "Mikrobiologen ringer kl 02: blododling x2 växer S. aureus. Pat inlagd sedan igår för feber UNS."),
            ("Bedömning", "S. aureus-bakteriemi."),
            ("Åtgärd", "Kloxacillin 2 g x 3 iv, TEE planeras, infektionskonsult imorgon. Avd 7 informerad. Pat ej informerad, sov, meddelas på ronden."),
        ],
        must=["NL101"], must_not=["NL102"],
        why="The ward staff are told but the patient is not; an established bacteraemia stands visible.",
    ),
    # ------------------------------------------------------------------ 68
    dict(
        case="vgr-lang-anteckning-rabdomyolys-fragetecken-begravt",
        ruleset="vgr", system="Melior", template="Akutanteckning", unit=SAS_BORAS,
        author=("Martin Ekholm", "AT-läkare"), pnr="19390403-1527",
        time="2024-01-05T09:35:00", signed="2024-01-05T12:10:00", setting="slutenvård",
        sections=[
            ("Kontaktorsak", "Hittad på golvet av hemtjänsten kl 07, legat sedan igår kväll."),
            ("Aktuellt", "Bor ensam i villa, hemtjänst 2 ggr/d. Minns att han halkade på mattan på väg till toa, kunde ej resa sig. Inget bröstobehag, ingen yrsel före fallet enl pat. Druckit ingenting sedan igår."),
            ("Tidigare sjukdomar", "Hypertoni, DM typ 2 tablettbehandlad, TIA 2020, prostatahyperplasi."),
            ("Läkemedel", "Metformin 500 mg x 2, Enalapril 10 mg, Trombyl 75 mg, Atorvastatin 40 mg."),
            ("Status", "AT: trött men adekvat, torr i munnen. Cor: oregelbunden rytm? EKG tas. Pulm: ua. Buk: mjuk. Hud: tryckrodnad hö höft och hö skuldra. Neuro: inga fokala bortfall, går med rollator med stöd."),
            ("Lab", "CK 14 000, krea 165 (tidigare 90), K 5,3, CRP 22, Hb 148."),
            ("EKG", "SR 84, inga ischemitecken."),
            ("Röntgen", "Rtg hö höft och bäcken: ingen fraktur."),
            ("Bedömning", "Fall i hemmet med långliggning. Rabdomyolys? Akut njurskada sannolikt prerenal. Ingen fraktur. Metformin och Enalapril sätts ut tillfälligt."),
            ("Åtgärd", "Ringer-acetat 3 l/d, timdiures, ny CK och krea imorgon. Inl med. Dottern informerad per telefon."),
        ],
        must=["NL102"], must_not=[],
        why="Long note of mostly settled findings with one buried hedged diagnosis ('Rabdomyolys?', 'sannolikt prerenal').",
    ),
    # ------------------------------------------------------------------ 69
    dict(
        case="vgr-lang-anteckning-allt-negerat-anhorig-ej-informerad",
        ruleset="vgr", system="Melior", template="Akutanteckning", unit=NAL,
        author=("Hedda Persson", "läkare"), pnr="19720221-6268",
        time="2024-11-28T19:20:00", signed="2024-11-28T21:45:00", setting="öppenvård",
        sections=[
            ("Kontaktorsak", "Bröstsmärta och hjärtklappning under kvällspromenad."),
            ("Aktuellt", "Plötsligt påkommen hjärtklappning ca 1 h, tryck i bröstet, lätt yr. Spontant över på akuten. Inga tidigare liknande episoder. Ingen dyspné, inga bensvullnader, ingen nylig immobilisering."),
            ("Tidigare sjukdomar", "Hypotyreos, substituerad. Tidigare DVT vä ben 2011 i samband med graviditet."),
            ("Hereditet", "Mor med förmaksflimmer, morbror plötslig hjärtdöd 45 år."),
            ("Status", "AT gott. Cor: rr, 76/min, inga blåsljud. Pulm: ua. Ben: inga ödem, vader mjuka. BT 138/84."),
            ("EKG", "SR 76, normal PQ och QTc, inga deltavågor, inga ST-förändringar."),
            ("Lab", "hs-TnT 5 och 6, D-dimer 0,2, Hb 131, K 4,0, TSH 1,8."),
            ("Bedömning", "Hjärtklappning, ingen arytmi fångad. Inga tecken på hjärtinfarkt, LE uteslutet med negativ D-dimer. Ingen misstanke om tyreotoxikos."),
            ("Planering", "Remiss 48-timmars Holter via hjärtmottagningen. Ev. arbetsprov om nya besvär. Trol. ingen sjukskrivning behövs."),
            ("Information", "Pat informerad om provsvaren och planen. Maken ej informerad ännu, pat ringer honom själv."),
        ],
        must=[], must_not=["NL101", "NL102"],
        why="Long note with negations, family/past history, non-diagnostic hedges and only the husband not told.",
    ),
    # ------------------------------------------------------------------ 70
    dict(
        case="skane-gynakut-portio-forandring-ej-delgivet",
        ruleset="skane", system="Melior", template="Akutanteckning", unit=KVAKUT_MALMO,
        author=("Sanna Åkesson", "ST-läkare"), pnr="19780507-3066",
        time="2024-06-12T18:30:00", signed="2024-06-12T20:10:00", setting="öppenvård",
        sections=[
            ("Aktuellt", "Postkoital blödning sedan 2 mån. Senaste cellprov för 7 år sedan."),
            ("Status", "Gyn us: exofytisk, lättblödande förändring på portio ca 2 cm, px tagen."),
            ("Information", "Ej delgivet pat att fyndet ser malignt ut, väntar på PAD innan besked."),
        ],
        must=["NL101"], must_not=[],
        why="'Ej delgivet pat': a visible organ finding that 'ser malignt ut' is kept from the patient.",
    ),
    # ------------------------------------------------------------------ 71
    dict(
        case="vgr-sonen-tolkar-ber-oss-ej-beratta-metastasmisstanke",
        ruleset="vgr", system="Melior", template="Akutanteckning", unit=SU_MEDAKUT,
        author=("Yusuf Demir", "ST-läkare"), pnr="19490612-4187",
        time="2024-02-25T16:10:00", signed="2024-02-25T18:40:00", setting="slutenvård",
        sections=[
            ("Röntgen", "DT buk: multipla förändringar i levern, misstänkt metastaser, primärtumör oklar."),
            ("Information", "Sonen (tolkar, arabiska) ber oss att inte berätta för pat. Pat ej informerad i nuläget. Professionell tolk bokad imorgon och frågan tas med bakjour."),
        ],
        must=["NL101", "NL102"], must_not=[],
        why="Son acting as interpreter asks us not to tell: suspected metastases visible and patient not informed.",
    ),
    # ------------------------------------------------------------------ 72
    dict(
        case="skane-akut-leukemi-har-ej-fatt-besked",
        ruleset="skane", system="Melior", template="Akutanteckning", unit=SUS_LUND,
        author=("Clara Wennberg", "läkare"), pnr="19880208-5285",
        time="2024-10-24T17:55:00", signed="2024-10-24T19:30:00", setting="slutenvård",
        sections=[
            ("Lab", "LPK 86, Hb 71, TPK 19. Blodutstryk: 60 % blaster enl lab-jour."),
            ("Bedömning", "Akut leukemi."),
            ("Information", "Pat har inte fått besked om diagnosen ännu, hematologjouren kommer och informerar ikväll."),
        ],
        must=["NL101"], must_not=["NL102"],
        why="'har inte fått besked' about a settled leukaemia that already stands in a visible section.",
    ),
    # ------------------------------------------------------------------ 73
    dict(
        case="vgr-mrsa-avd-ej-informerad-pat-informerad",
        ruleset="vgr", system="Melior", template="Jouranteckning", unit=SAS_MED,
        author=("Filippa Eng", "AT-läkare"), pnr="19550923-4018",
        time="2024-07-31T21:05:00", signed="2024-07-31T22:00:00", setting="slutenvård",
        sections=[
            ("Aktuellt", "Screeningsvar: MRSA pos i näsa och ljumske."),
            ("Bedömning", "MRSA-bärare."),
            ("Åtgärd", "Pat informerad om bärarskapet och om smittskyddsanmälan. Avd 34 ej informerad om isoleringsbehovet ännu, ssk ringer."),
        ],
        must=[], must_not=["NL101", "NL102"],
        why="Only the receiving ward is not yet told; the patient is informed of the MRSA carriage.",
    ),
    # ------------------------------------------------------------------ 74
    dict(
        case="skane-gtk-anfall-korforbud-ej-taget-med-pat",
        ruleset="skane", system="Melior", template="Akutanteckning", unit=SUS_MALMO,
        author=("Viggo Malmberg", "AT-läkare"), pnr="19990831-1948",
        time="2024-09-29T03:45:00", signed="2024-09-29T06:00:00", setting="öppenvård",
        sections=[
            ("Aktuellt", "Generaliserat tonisk-kloniskt anfall ca 2 min i hemmet, sambon bevittnade. Tungbett. Ej sovit på 2 dygn."),
            ("Status", "Postiktal vid ankomst, nu vaken och orienterad. Neurol ua."),
            ("Bedömning", "Första oprovocerade GTK-anfall."),
            ("Information", "Pat informerad om att det var ett krampanfall och om fortsatt utredning. Körförbud ej taget med pat ännu pga trötthet, tas vid återbesök neuro."),
        ],
        must=[], must_not=["NL101", "NL102"],
        why="What is not yet discussed is the driving ban, not the diagnosis the patient was told.",
    ),
    # ------------------------------------------------------------------ 75
    dict(
        case="vgr-typo-informead-forstorad-ovarie",
        ruleset="vgr", system="Melior", template="Akutanteckning", unit=SU_KVAKUT,
        author=("Josefin Lindström", "ST-läkare"), pnr="19670318-1823",
        time="2024-08-04T22:30:00", signed="2024-08-05T00:15:00", setting="öppenvård",
        sections=[
            ("Aktuellt", "Tyngdkänsla i buken och ökat bukomfång 2 mån."),
            ("Röntgen", "VUL: vä ovarie förstorat 9 cm med solida partier och rikligt flöde, lite fri vätska."),
            ("Information", "Pat ej informead om fyndet, gynonkolog ringer henne på måndag."),
        ],
        must=["NL101"], must_not=[],
        why="Typo 'ej informead'; an enlarged ovary with solid parts is a visible diagnosis-bearing finding.",
    ),
    # ------------------------------------------------------------------ 76
    dict(
        case="skane-polska-ingen-tolk-pleuravatska-ej-informerad",
        ruleset="skane", system="Melior", template="Akutanteckning", unit=CSK,
        author=("Andreas Wiik", "AT-läkare"), pnr="19620427-3178",
        time="2024-04-13T00:55:00", signed="2024-04-13T03:10:00", setting="slutenvård",
        sections=[
            ("Aktuellt", "Polsktalande man, fall från stege. Ingen tolk nattetid, kommunicerar med gester och lite engelska."),
            ("Röntgen", "DT thorax (trauma): inga revbensfrakturer, men stor pleuravätska hö och förtjockad pleura."),
            ("Information", "Pat ej informerad om pleurafyndet pga språkbarriär, tolk (polska) bokad kl 10 imorgon."),
        ],
        must=["NL101"], must_not=[],
        why="Language barrier without interpreter: pleural finding (organ + adjective) visible, patient not told.",
    ),
    # ------------------------------------------------------------------ 77
    dict(
        case="vgr-slumpfynd-diabetes-pat-gick-hem-ej-informerad",
        ruleset="vgr", system="Melior", template="Akutanteckning", unit=ALINGSAS,
        author=("Carl Forslund", "läkare"), pnr="19610914-1710",
        time="2024-03-23T22:20:00", signed="2024-03-24T00:05:00", setting="öppenvård",
        sections=[
            ("Aktuellt", "Yrsel vid uppresning, utredd och hemgått."),
            ("Lab", "HbA1c 98 och P-glukos 17 (svar efter hemgång)."),
            ("Bedömning", "Diabetes mellitus typ 2, nyupptäckt."),
            ("Information", "Pat hann gå hem innan svaret och är ej informerad. VC kontaktas för uppföljning imorgon."),
        ],
        must=["NL101"], must_not=["NL102"],
        why="A new settled diagnosis found after discharge; the patient has not been told.",
    ),
    # ------------------------------------------------------------------ 78
    dict(
        case="vgr-synkope-dd-vasovagal-arytmi-le",
        ruleset="vgr", system="Melior", template="Akutanteckning", unit=UDDEVALLA,
        author=("Moa Sundqvist", "AT-läkare"), pnr="19460309-2810",
        time="2024-06-19T11:40:00", signed="2024-06-19T13:20:00", setting="öppenvård",
        sections=[
            ("Aktuellt", "Svimmade i kön på Ica, ingen prodrom, slog i pannan."),
            ("EKG", "SR 58, bifascikulärt block."),
            ("Bedömning", "Synkope, DD: arytmi (AV-block?), vasovagal, LE mindre troligt."),
            ("Åtgärd", "Telemetri, inl med."),
        ],
        must=["NL102"], must_not=[],
        why="DD list with a question-marked AV-block in visible Bedömning.",
    ),
    # ------------------------------------------------------------------ 79
    dict(
        case="skane-costafraktur-fragetecken",
        ruleset="skane", system="Melior", template="Akutanteckning", unit=HLM,
        author=("Ludvig Kjellberg", "AT-läkare"), pnr="19740620-1371",
        time="2024-02-01T15:15:00", signed="2024-02-01T16:05:00", setting="öppenvård",
        sections=[
            ("Aktuellt", "Ramlade mot bordskant, ont vä bröstkorg vid djupandning."),
            ("Status", "Punktöm costa 7-8 vä lateralt, pulm ua, sat 98 %."),
            ("Bedömning", "Costafraktur vä 7-8? Ej röntgat, behandlas lika."),
            ("Åtgärd", "Analgetika, andningsövningar."),
        ],
        must=["NL102"], must_not=[],
        why="Trailing question mark on a fracture diagnosis that was never confirmed.",
    ),
    # ------------------------------------------------------------------ 82
    dict(
        case="vgr-kvinnoakut-fraga-eug-kan-ej-uteslutas",
        ruleset="vgr", system="Melior", template="Akutanteckning", unit=SU_KVAKUT,
        author=("Tyra Öberg", "läkare"), pnr="19960125-3223",
        time="2024-01-21T23:15:00", signed="2024-01-22T00:40:00", setting="öppenvård",
        sections=[
            ("Aktuellt", "SM 6+2 v. Lätt blödning och ont vä sida."),
            ("Lab", "hCG 1900."),
            ("Röntgen", "VUL: ingen intrauterin graviditet, ingen fri vätska."),
            ("Bedömning", "?EUG, extrauterin graviditet kan ej uteslutas."),
            ("Åtgärd", "Nytt hCG om 48 h, åter direkt vid ökad smärta."),
        ],
        must=["NL102"], must_not=[],
        why="'?EUG' (abbreviation) and 'kan ej uteslutas' in visible gynecological emergency note.",
    ),
    # ------------------------------------------------------------------ 83
    dict(
        case="skane-typo-trolig-pnemoni",
        ruleset="skane", system="Melior", template="Akutanteckning", unit=SUS_LUND,
        author=("Isabelle Kron", "AT-läkare"), pnr="19590413-4656",
        time="2024-11-05T16:35:00", signed="2024-11-05T18:00:00", setting="öppenvård",
        sections=[
            ("Aktuellt", "Feber och hosta 4 d, missfärgade upphostningar."),
            ("Status", "Krepitationer vä basalt, sat 94 %."),
            ("Bedömning", "Trolig pnemoni vä basalt, rtg ej gjord."),
            ("Åtgärd", "PcV 1 g x 3, åter om ej bättre inom 3 d."),
        ],
        must=["NL102"], must_not=[],
        why="Misspelled diagnosis name ('pnemoni') after 'Trolig' in visible text.",
    ),
    # ------------------------------------------------------------------ 85
    dict(
        case="skane-diagnosrad-buksmarta-fraga-divertikulit",
        ruleset="skane", system="Melior", template="Akutanteckning", unit=YSTAD,
        author=("Ronja Isaksson", "läkare"), pnr="19630519-1493",
        time="2024-10-19T14:50:00", signed="2024-10-19T16:10:00", setting="öppenvård",
        sections=[
            ("Aktuellt", "Ont vänster fossa 3 d, subfebril."),
            ("Status", "Palpöm vä fossa, ingen peritonit."),
            ("Diagnos", "R10.3 Smärta lokaliserad till andra delar av nedre buken, ?divertikulit"),
            ("Åtgärd", "Hem, åter vid feber. DT buk planeras polikliniskt."),
        ],
        must=["NL102"], must_not=[],
        why="A '?divertikulit' added to the visible diagnosis line next to a symptom code.",
    ),
    # ------------------------------------------------------------------ 86
    dict(
        case="vgr-fraga-vidgat-mediastinum-dissektion",
        ruleset="vgr", system="Melior", template="Akutanteckning", unit=SU_AKUT,
        author=("Gabriel Nordin", "ST-läkare"), pnr="19570102-5156",
        time="2024-06-05T02:20:00", signed=None, setting="öppenvård",
        sections=[
            ("Aktuellt", "Rivande bröstsmärta mot ryggen kl 01, BT hö 180/100, vä 140/90."),
            ("Röntgen", "Rtg pulm: ?vidgat mediastinum."),
            ("Bedömning", "-> ?aortadissektion. DT-angio akut, thoraxkir-jour larmad."),
        ],
        must=["NL102"], must_not=[],
        why="Question-marked organ finding ('?vidgat mediastinum') and '-> ?aortadissektion' in visible text.",
    ),
]

CASES = CASES_A + CASES_B + CASES_C


# ======================================================================
# Build and validation
# ======================================================================
import datetime as _dt
import json as _json
import os as _os
import re as _re
import sys as _sys

NAME = "nl1ai_dev_cases"
HERE = _os.path.dirname(_os.path.abspath(__file__))
OUT = _os.path.join(HERE, NAME + ".jsonl")

CODES = {"NL101", "NL102"}
SKANE_PROTECTED_TEMPLATES = {"Tidiga hypoteser"}
VGR_PROTECTED_KEYWORDS = {"Tidiga hypoteser"}


def _luhn_ok(ten):
    total = 0
    for i, ch in enumerate(ten):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def _age(birth, on):
    years = on.year - birth.year
    if (on.month, on.day) < (birth.month, birth.day):
        years -= 1
    return years


def _record(c):
    birth = c["pnr"][:4] + "-" + c["pnr"][4:6] + "-" + c["pnr"][6:8]
    t = _dt.datetime.fromisoformat(c["time"])
    as_of = (t + _dt.timedelta(days=7)).replace(hour=0, minute=0, second=0)
    note = {
        "id": "n1",
        "system": c["system"],
        "template": c["template"],
        "unit": {"name": c["unit"][0], "hsa_id": c["unit"][1]},
        "author": {"name": c["author"][0], "role": c["author"][1]},
        "time": c["time"],
        "signed": c["signed"],
        "setting": c["setting"],
        "refs": [],
        "sections": [{"keyword": k, "text": v} for k, v in c["sections"]],
    }
    return {
        "patient": {"id": c["pnr"], "birth_date": birth, "protected_identity": False},
        "as_of": as_of.isoformat(),
        "notes": [note],
        "access_events": [],
        "conversations": [],
        "treatments": [],
    }


def build():
    out = []
    for c in CASES:
        out.append({
            "case": c["case"],
            "ruleset": c["ruleset"],
            "record": _record(c),
            "must": [[code, "n1"] for code in c["must"]],
            "must_not": [[code, "n1"] for code in c["must_not"]],
            "why": c["why"],
        })
    return out


def validate(cases):
    problems = []
    names = set()
    pids = {}
    sentences = {}
    keys = ["case", "ruleset", "record", "must", "must_not", "why"]
    for case in cases:
        name = case.get("case")
        where = "case %r" % name

        def bad(msg):
            problems.append("%s: %s" % (where, msg))

        if list(case.keys()) != keys:
            bad("keys are %r" % list(case.keys()))
        if not isinstance(name, str) or not _re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", name):
            bad("case name must be kebab-case")
        if name in names:
            bad("duplicate case name")
        names.add(name)
        if case["ruleset"] not in ("skane", "vgr"):
            bad("unknown ruleset")
        if not case["why"] or "\n" in case["why"]:
            bad("why must be one non-empty line")
        rec = case["record"]
        if list(rec.keys()) != ["patient", "as_of", "notes", "access_events", "conversations", "treatments"]:
            bad("record keys")
        pat = rec["patient"]
        pid = pat["id"]
        if pid in pids:
            bad("patient id also used in %s" % pids[pid])
        pids.setdefault(pid, name)
        if not _re.fullmatch(r"\d{8}-\d{4}", pid):
            bad("personnummer format %r" % pid)
        else:
            if not _luhn_ok(pid[2:8] + pid[9:13]):
                bad("personnummer check digit wrong: %s" % pid)
            if pat["birth_date"] != "%s-%s-%s" % (pid[:4], pid[4:6], pid[6:8]):
                bad("birth_date does not match personnummer")
        try:
            birth = _dt.date.fromisoformat(pat["birth_date"])
            as_of = _dt.datetime.fromisoformat(rec["as_of"])
        except ValueError as e:
            bad("date: %s" % e)
            continue
        if as_of.year != 2024 and not (as_of.year == 2025 and as_of.month == 1):
            bad("as_of outside 2024")
        age = _age(birth, as_of.date())
        if 13 <= age <= 15 or age < 0:
            bad("patient age %d not allowed (13-15 or negative)" % age)
        ids = set()
        for note in rec["notes"]:
            nid = note["id"]
            if nid in ids:
                bad("duplicate note id")
            ids.add(nid)
            nkeys = ["id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"]
            if list(note.keys()) != nkeys:
                bad("note keys")
            if note["system"] not in ("Melior", "PMO"):
                bad("system")
            if case["ruleset"] == "vgr" and note["system"] != "Melior":
                bad("VGR cases must be Melior")
            try:
                t = _dt.datetime.fromisoformat(note["time"])
                if t.year != 2024:
                    bad("note time not in 2024")
                if t > as_of:
                    bad("note after as_of")
                if _age(birth, t.date()) in (13, 14, 15):
                    bad("patient 13-15 at note time")
                if note["signed"] is not None:
                    s = _dt.datetime.fromisoformat(note["signed"])
                    if s < t or s.year != 2024 or s > as_of:
                        bad("signed time")
            except ValueError as e:
                bad("time: %s" % e)
            for part, fields in (("unit", ["name", "hsa_id"]), ("author", ["name", "role"])):
                if list(note[part].keys()) != fields or not all(note[part].values()):
                    bad(part)
            hsa = note["unit"]["hsa_id"]
            prefix = "SE2321000255-" if case["ruleset"] == "skane" else "SE2321000131-"
            if not hsa.startswith(prefix):
                bad("HSA-id does not match region")
            if not note["sections"]:
                bad("no sections")
            for sec in note["sections"]:
                if list(sec.keys()) != ["keyword", "text"] or not sec["keyword"] or not sec["text"].strip():
                    bad("section")
                for sent in _re.split(r"(?<=[.!?])\s+", sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in sentences and sentences[sent] != name:
                            bad("sentence also in %s: %r" % (sentences[sent], sent))
                        sentences.setdefault(sent, name)
        # assertions
        if not case["must"] and not case["must_not"]:
            bad("asserts nothing")
        seen = set()
        system = rec["notes"][0]["system"]
        for lst in ("must", "must_not"):
            for item in case[lst]:
                if not (isinstance(item, list) and len(item) == 2):
                    bad("assertion shape")
                    continue
                code, target = item
                if code not in CODES:
                    bad("code %s" % code)
                if target not in ids:
                    bad("target %s missing" % target)
                if (code, target) in seen:
                    bad("%s both in must and must_not or repeated" % code)
                seen.add((code, target))
                if system == "PMO" and code == "NL101":
                    bad("NL101 is not asserted on PMO notes")
                if system == "PMO" and code == "NL102" and lst == "must":
                    bad("PMO notes are never must NL102")
        # protected content may not be asserted positive
        note = rec["notes"][0]
        protected_all = case["ruleset"] == "skane" and note["template"] in SKANE_PROTECTED_TEMPLATES
        if protected_all and case["must"]:
            bad("must on a note whose whole template is protected")
        if case["ruleset"] == "vgr" and note["template"] in SKANE_PROTECTED_TEMPLATES:
            bad("VGR protects by sökord; template-protected VGR notes are unclear")
        if case["ruleset"] == "skane" and any(s["keyword"] in VGR_PROTECTED_KEYWORDS for s in note["sections"]) \
                and not protected_all:
            bad("Skåne sökord Tidiga hypoteser outside the template is unclear")
    return problems


def main():
    cases = build()
    problems = validate(cases)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for case in cases:
            fh.write(_json.dumps(case, ensure_ascii=False, sort_keys=False) + "\n")
    counts = {}
    for case in cases:
        for lst in ("must", "must_not"):
            for code, _ in case[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    print("%d cases -> %s" % (len(cases), OUT))
    for code in sorted(CODES):
        print("%s must %d must_not %d" % (code, counts.get((code, "must"), 0), counts.get((code, "must_not"), 0)))
    by = {}
    for case in cases:
        k = (case["ruleset"], case["record"]["notes"][0]["system"])
        by[k] = by.get(k, 0) + 1
    print("by ruleset/system:", dict(sorted(by.items())))
    print("unsigned drafts:", sum(1 for c in cases if c["record"]["notes"][0]["signed"] is None))
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=_sys.stderr)
        _sys.exit(1)


if __name__ == "__main__":
    main()
