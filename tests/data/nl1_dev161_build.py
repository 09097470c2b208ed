#!/usr/bin/env python3
"""Independent test set for notelint NL101/NL102: child and adolescent psychiatry (BUP).

Written from the regional routines and the NL1 rule catalog only. Standard library only,
deterministic. Running it writes cases.jsonl next to this file and exits 1 on any problem.

All cases are Region Skåne: BUP runs on Melior there (diagnoses in ordinary notes are
visible), primary care (vårdcentral, BVC, ungdomsmottagning) runs on PMO (diagnoses never
shown). The VGR material says BUP is exempt from the children's journal connection, so no
VGR BUP cases are written.
"""
import datetime as _dt
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent / "nl1_dev161_cases.jsonl"

# key -> (system, unit name, HSA id)
UNITS = {
    "np_malmo": ("Melior", "BUP Malmö, neuropsykiatriska utredningsenheten", "SE2321000255-BM4N"),
    "bup_lund": ("Melior", "BUP Lund, öppenvårdsmottagningen", "SE2321000255-BL17"),
    "bup_hbg": ("Melior", "BUP Helsingborg", "SE2321000255-BH22"),
    "bup_krstd": ("Melior", "BUP Kristianstad", "SE2321000255-BK09"),
    "bup_ystad": ("Melior", "BUP Ystad", "SE2321000255-BY31"),
    "bup_lkr": ("Melior", "BUP Landskrona", "SE2321000255-BLK5"),
    "bup_trbg": ("Melior", "BUP Trelleborg", "SE2321000255-BT66"),
    "bup_hlm": ("Melior", "BUP Hässleholm", "SE2321000255-BHM3"),
    "bup_ahm": ("Melior", "BUP Ängelholm", "SE2321000255-BA48"),
    "bup_eslov": ("Melior", "BUP Eslöv", "SE2321000255-BE72"),
    "atst": ("Melior", "Ätstörningsenheten, BUP Skåne, Lund", "SE2321000255-BAT1"),
    "akut": ("Melior", "BUP Akutmottagning Skåne, Malmö", "SE2321000255-BAK8"),
    "avd_lund": ("Melior", "BUP Heldygnsvård, avdelning 4, Lund", "SE2321000255-BHV4"),
    "mellan": ("Melior", "BUP Mellanvårdsteamet, Malmö", "SE2321000255-BMV2"),
    "trauma": ("Melior", "BUP Traumaenheten, Malmö", "SE2321000255-BTR6"),
    "np_hbg": ("Melior", "BUP Helsingborg, NP-teamet", "SE2321000255-BHN7"),
    "barnmed_hbg": ("Melior", "Barn- och ungdomsmedicinska mottagningen, Helsingborgs lasarett", "SE2321000255-HB13"),
    "barnmed_lund": ("Melior", "Barn- och ungdomsmedicin, Skånes universitetssjukhus Lund", "SE2321000255-BU90"),
    "vc_eslov": ("PMO", "Vårdcentralen Eslöv Centrum", "SE2321000255-VE14"),
    "vc_krstd": ("PMO", "Vårdcentralen Näsby, Kristianstad", "SE2321000255-VN27"),
    "vc_sjobo": ("PMO", "Vårdcentralen Sjöbo", "SE2321000255-VS08"),
    "um_lund": ("PMO", "Ungdomsmottagningen Lund", "SE2321000255-UL03"),
    "um_hbg": ("PMO", "Ungdomsmottagningen Helsingborg", "SE2321000255-UH11"),
    "bvc_hoor": ("PMO", "BVC Höör", "SE2321000255-BV19"),
    "vc_trbg": ("PMO", "Vårdcentralen Trelleborg Söder", "SE2321000255-VT45"),
}


def pnr(birth, serial):
    """Personnummer YYYYMMDD-NNNC with Luhn check digit over YYMMDDNNN."""
    d = birth.replace("-", "")
    nine = d[2:] + serial
    total = 0
    for i, ch in enumerate(nine):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    return "%s-%s%d" % (d, serial, (10 - total % 10) % 10)


def _ts(s):
    s = s.replace(" ", "T")
    if len(s) == 16:
        s += ":00"
    return s


def note(nid, unit, author, time, sections, template="Läkaranteckning", signed=45,
         setting="öppenvård"):
    system, uname, hsa = UNITS[unit]
    time = _ts(time)
    if isinstance(signed, int):
        t = _dt.datetime.fromisoformat(time) + _dt.timedelta(minutes=signed)
        signed = t.isoformat(timespec="seconds")
    elif isinstance(signed, str):
        signed = _ts(signed)
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": uname, "hsa_id": hsa},
        "author": {"name": author[0], "role": author[1]},
        "time": time,
        "signed": signed,
        "setting": setting,
        "refs": [],
        "sections": [{"keyword": k, "text": t} for k, t in sections],
    }


CASES = []


def case(name, birth, serial, notes, must=(), must_not=(), why="", as_of=None,
         ruleset="skane"):
    if as_of is None:
        last = max(n["time"] for n in notes)
        d = _dt.date.fromisoformat(last[:10]) + _dt.timedelta(days=1)
        as_of = d.isoformat() + "T00:00:00"
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr(birth, serial), "birth_date": birth, "protected_identity": False},
            "as_of": _ts(as_of),
            "notes": notes,
            "access_events": [],
            "conversations": [],
            "treatments": [],
        },
        "must": [list(x) for x in must],
        "must_not": [list(x) for x in must_not],
        "why": why,
    })


# ---------------------------------------------------------------- cases 1-15
case("bup-misstankt-adhd-nybesok-pojke-9ar", "2015-02-11", "153", [
    note("n1", "np_malmo", ("Karin Lindqvist", "läkare"), "2024-02-06 10:15", [
        ("Anamnes", "Remitteras från elevhälsan pga koncentrationssvårigheter och impulsivitet i klassrummet sedan förskoleklass. Mamma beskriver att han har svårt att vänta på sin tur, avbryter och tappar bort saker varje dag. Sover ua, äter bra. Ingen känd hereditet för NPF."),
        ("Status", "Pratsam, rör sig mycket i rummet och klättrar upp på stolen två gånger. God kontakt, växlande ögonkontakt. Inga tics noterade."),
        ("Bedömning", "Misstänkt ADHD, kombinerad form. Svårigheterna beskrivs både hemma och i skolan, Conners från klassläraren förhöjd på samtliga skalor."),
        ("Planering", "Neuropsykiatrisk utredning med psykolog. Återbesök läkare när testningen är klar."),
    ], signed=70),
], must=[("NL102", "n1")], must_not=[("NL101", "n1")],
    why="hedged ADHD ('Misstänkt') in visible Bedömning of a Melior BUP note; nothing said about telling")

case("bup-ingen-misstanke-autism-psykolog", "2013-09-30", "284", [
    note("n1", "bup_lund", ("Sofia Berg", "psykolog"), "2024-03-12 13:00", [
        ("Utredning", "Genomfört ADOS-2 modul 3 samt ADI-R med mamma. Flickan tar egna initiativ i samtalet, delar glädje och använder gester naturligt."),
        ("Bedömning", "Sammantaget ingen misstanke om autism. De sociala svårigheterna i nya grupper förklaras bättre av ängslighet och blyghet."),
    ], template="Psykologanteckning", signed=1440),
], must_not=[("NL102", "n1")],
    why="negated diagnosis ('ingen misstanke om autism') is no hypothesis")

case("bup-trolig-anorexi-atstorningsenheten", "2007-11-03", "462", [
    note("n1", "atst", ("Jonas Håkansson", "läkare"), "2024-01-17 09:30", [
        ("Aktuellt", "16-årig flicka som sedan i somras gått ner 9 kg. Äter inte lunch i skolan, tränar dagligen, räknar kalorier. Amenorré sedan oktober."),
        ("Status", "Vikt 44,1 kg, längd 167 cm, BMI 15,8. Puls 48 liggande, BT 95/60. Kalla händer, lanugo på underarmarna."),
        ("Bedömning", "Trolig anorexia nervosa, restriktiv typ. Somatiskt stabil för öppenvård men nära gräns för inläggning."),
        ("Åtgärd", "Lab inkl elstatus, fosfat och EKG. Måltidsplan via dietist, veckovisa vägningar."),
    ], template="Nybesök", signed=120),
], must=[("NL102", "n1")],
    why="'Trolig anorexia nervosa' in visible Bedömning, 16-year-old reads the note herself")

case("bup-adhd-konsensus-ej-informerad-17ar", "2006-08-21", "317", [
    note("n1", "np_hbg", ("Ahmed Rashid", "läkare"), "2024-04-23 15:10", [
        ("Utredning", "Konsensusmöte idag med psykolog och arbetsterapeut. WAIS-IV visar genomsnittlig begåvning med låg arbetsminnesprofil, skattningar från lärare och föräldrar samstämmiga."),
        ("Diagnos", "ADHD, kombinerad form."),
        ("Planering", "Pojken är ännu inte informerad om diagnosen; återgivningssamtal med honom och mamma bokat 14/5."),
    ], signed=30),
], must=[("NL101", "n1")], must_not=[("NL102", "n1")],
    why="settled ADHD diagnosis in visible Diagnos section while the note says the 17-year-old is not yet informed")

case("bup-adhd-atergivning-idag-ev-medicinering", "2006-12-02", "359", [
    note("n1", "np_hbg", ("Ahmed Rashid", "läkare"), "2024-05-14 10:00", [
        ("Aktuellt", "Återgivningssamtal efter avslutad utredning. Närvarande pat och pappa."),
        ("Bedömning", "Diagnosen ADHD meddelades pat och pappa vid dagens samtal och vi gick igenom testresultaten i detalj. Han tog beskedet lugnt och ställde många frågor om skolan."),
        ("Planering", "Ev. start med metylfenidat efter EKG och blodtryck. Psykoedukativ grupp för unga vuxna erbjuds i höst."),
    ], template="Återbesök", signed=90),
], must_not=[("NL101", "n1"), ("NL102", "n1")],
    why="diagnosis told to the patient today; the only hedge ('Ev.') is on a treatment plan")

case("bup-pmo-vardcentral-misstankt-depression", "2006-06-14", "428", [
    note("n1", "vc_eslov", ("Per Ottosson", "läkare"), "2024-02-20 11:40", [
        ("Kontaktorsak", "17-årig tjej som kommer med mamma pga nedstämdhet, sömnsvårigheter och frånvaro från gymnasiet sedan jul."),
        ("Bedömning", "Misstänkt depression, medelsvår. Inga aktuella suicidtankar, ingen plan. Remiss till BUP Eslöv skickas idag."),
    ], template="Besöksanteckning", signed=20),
], must_not=[("NL102", "n1")],
    why="hedged diagnosis in a PMO note: PMO never shows diagnoses to the patient")

case("bup-mamma-trolig-adhd-hereditet", "2016-04-09", "511", [
    note("n1", "bup_krstd", ("Maja Nilsson", "kurator"), "2024-03-05 14:20", [
        ("Anamnes", "Mamma berättar att hon själv har trolig ADHD enligt sin husläkare men aldrig blivit utredd. Pappa har flyttat till Växjö efter separationen i höstas."),
        ("Bedömning", "Pojkens ilskeutbrott och sömnproblem bedöms i första hand som en reaktion på separationen. Vi ser inget behov av NPF-utredning i nuläget."),
        ("Planering", "Föräldrastödjande samtal med mamma varannan vecka under våren."),
    ], template="Kuratorsanteckning", signed=60),
], must_not=[("NL102", "n1")],
    why="the only hedged diagnosis belongs to the mother (hereditet), not the patient")

case("bup-akut-psykos-kan-ej-uteslutas", "2007-01-25", "133", [
    note("n1", "akut", ("Elif Demir", "läkare"), "2024-03-28 22:45", [
        ("Kontaktorsak", "Kommer med polis och pappa efter att ha sprungit ut ur lägenheten i bara strumplästen."),
        ("Status", "Vaken, orienterad till person men ej till tid. Tittar oroligt mot taket, svarar fördröjt och osammanhängande. Förnekar droger. Ingen feber."),
        ("Bedömning", "Psykos kan ej uteslutas. Differentialdiagnostiskt även akut stressreaktion efter bråk i skolan, drogscreening tas."),
        ("Åtgärd", "Inläggning avd 4 Lund för observation. Bakjour informerad."),
    ], template="Akutanteckning", signed=80, setting="slutenvård"),
], must=[("NL102", "n1")],
    why="'Psykos kan ej uteslutas' is a hedged diagnosis of the patient in a visible Bedömning")

case("bup-tidiga-hypoteser-mall-misstankt-schizofreni", "2007-10-12", "246", [
    note("n1", "bup_lund", ("Hanna Sjöberg", "läkare"), "2024-04-02 16:05", [
        ("Tidiga hypoteser", "Misstänkt debuterande schizofreni med negativa symtom och social tillbakadragenhet sedan ett år. Inte kommunicerat med pat, som är misstänksam mot vården och riskerar att avbryta kontakten."),
    ], template="Tidiga hypoteser", signed=15),
], must_not=[("NL102", "n1"), ("NL101", "n1")],
    why="hedged and untold diagnosis written only in the Skåne template Tidiga hypoteser, which is not shown")

case("bup-ev-remiss-logoped-plan", "2018-05-22", "375", [
    note("n1", "bup_ystad", ("Mikael Åberg", "läkare"), "2024-05-07 09:00", [
        ("Aktuellt", "Femåring som kommer med båda föräldrarna. Förskolan beskriver att han leker mest ensam och har ett otydligt tal."),
        ("Planering", "Ev. remiss till logoped för språkbedömning. Hörselkontroll först via BVC."),
    ], template="Läkaranteckning", signed=55),
], must_not=[("NL102", "n1")],
    why="hedge 'Ev.' applies to a referral (a plan), no diagnosis of the patient is hedged")

case("bup-typo-missankt-autism-flicka", "2014-07-08", "282", [
    note("n1", "np_malmo", ("Leila Haddad", "psykolog"), "2024-01-23 11:30", [
        ("Bedömning", "Missänkt autism utan intellektuell funktionsnedsättning. Flickan maskerar i skolan men kraschar hemma på eftermiddagarna, stereotypa intressen kring hästar och kartor."),
        ("Planering", "Fortsatt utredning med ADOS-2 och observation i klassrummet."),
    ], template="Psykologanteckning", signed=45),
], must=[("NL102", "n1")],
    why="typo in hedge ('Missänkt' for Misstänkt) before autism in visible Bedömning")

case("bup-autism-konsensus-atergivning-ej-skett-7ar", "2016-11-19", "193", [
    note("n1", "np_hbg", ("Ida Fransson", "psykolog"), "2024-06-04 14:00", [
        ("Sammanfattning", "Utredningen visar genomgående svårigheter med ömsesidig social kommunikation samt begränsade, repetitiva beteenden sedan tidig ålder. Begåvningen ligger inom normalvariationen."),
        ("Diagnos", "Autism (autismspektrumtillstånd) utan intellektuell funktionsnedsättning."),
        ("Planering", "Återgivning till föräldrar och barn har ännu inte skett och bokas inom två veckor."),
    ], template="Psykologanteckning", signed=40),
], must=[("NL101", "n1")],
    why="settled autism diagnosis visible for a 7-year-old while neither child nor guardians have been told")

case("bup-normalt-eeg-ej-meddelat-kand-adhd", "2013-12-28", "398", [
    note("n1", "bup_hbg", ("Tomas Lind", "läkare"), "2024-02-27 08:50", [
        ("Aktuellt", "Känd ADHD sedan 2022, välinställd på Medikinet 20 mg. Skolan rapporterade stirrande episoder i höstas, EEG beställdes."),
        ("Utredning", "EEG utan epileptiform aktivitet, normalt för åldern. Svaret är ännu inte meddelat familjen, ringer mamma på fredag."),
    ], template="Läkaranteckning", signed=25),
], must_not=[("NL101", "n1")],
    why="what is not yet told is a normal EEG result, not a diagnosis; the ADHD is known")

case("bup-dd-bipolar-typ2", "2006-03-17", "269", [
    note("n1", "bup_trbg", ("Johanna Wikström", "läkare"), "2024-03-19 13:25", [
        ("Anamnes", "Återkommande depressiva perioder sedan 14 års ålder. Beskriver veckor i höstas med minskat sömnbehov, många projekt och hög talhastighet enligt kompisarna."),
        ("Bedömning", "Aktuellt depressiv episod, medelsvår. DD bipolär sjukdom typ II, stämningsdagbok och skattning med föräldrar planeras."),
    ], template="Läkaranteckning", signed=50),
], must=[("NL102", "n1")],
    why="'DD bipolär sjukdom typ II' is a differential diagnosis standing in a visible section")

case("bup-bipolar-uteslutes-ingen-hypomani", "2007-07-04", "431", [
    note("n1", "bup_trbg", ("Johanna Wikström", "läkare"), "2024-06-11 10:40", [
        ("Bedömning", "Efter genomgång av stämningsdagboken och samtal med båda föräldrarna uteslutes bipolär sjukdom. Inga hypomana perioder har framkommit, energiökningen i våras sammanföll med träningsläger."),
        ("Planering", "Fortsatt KBT för depressionen hos psykolog, sertralin oförändrad dos."),
    ], template="Återbesök", signed=35),
], must_not=[("NL102", "n1")],
    why="ruled-out diagnosis ('uteslutes bipolär sjukdom') is not a hypothesis")

# ---------------------------------------------------------------- cases 16-30
case("bup-talar-for-generaliserat-angestsyndrom", "2007-02-13", "648", [
    note("n1", "bup_eslov", ("Nadia Karimi", "psykolog"), "2024-02-14 15:00", [
        ("Aktuellt", "Oroar sig för allt från prov till att föräldrarna ska krocka på väg hem. Spänd i nacken, svårt att somna, GAD-7 16 p."),
        ("Bedömning", "Bilden talar för generaliserat ångestsyndrom. Ingen nedstämdhet av betydelse."),
        ("Planering", "Erbjuds KBT, 12-14 sessioner, start v. 9."),
    ], template="Bedömningssamtal", signed=60),
], must=[("NL102", "n1")], must_not=[("NL101", "n1")],
    why="'talar för' hedges generaliserat ångestsyndrom in visible Bedömning; nothing about telling")

case("bup-ritualer-talar-emot-tvangssyndrom", "2017-03-03", "115", [
    note("n1", "bup_lkr", ("Oskar Malm", "läkare"), "2024-04-16 09:20", [
        ("Anamnes", "Föräldrarna har noterat att sonen räknar trappsteg och vill ha samma godnattsaga varje kväll."),
        ("Bedömning", "Ritualerna är åldersadekvata, tar lite tid och ger inget lidande, vilket talar emot tvångssyndrom. Lugnande besked till föräldrarna."),
    ], template="Läkaranteckning", signed=30),
], must_not=[("NL102", "n1")],
    why="'talar emot tvångssyndrom' is a negated diagnosis")

case("bup-telefon-forenlig-med-tvangssyndrom", "2014-01-15", "572", [
    note("n1", "bup_lkr", ("Cecilia Rydén", "psykolog"), "2024-05-02 12:10", [
        ("Telefonkontakt", "Mamma ringer. Dottern tvättar händerna upp till 40 gånger per dag, huden spricker och hon kommer för sent till skolan pga kontrollritualer vid ytterdörren. Beskrivningen är förenlig med tvångssyndrom. Tid för bedömning erbjuds på tisdag."),
    ], template="Telefonanteckning", signed=20),
], must=[("NL102", "n1")],
    why="'förenlig med tvångssyndrom' in a visible Telefonkontakt section, patient under 13 (guardian reads)")

case("bup-skattningar-ej-forenliga-med-adhd", "2012-08-30", "336", [
    note("n1", "bup_ahm", ("Lena Bengtsson", "psykolog"), "2024-03-21 10:45", [
        ("Utredning", "Conners från två lärare och båda föräldrarna ligger under klinisk nivå. QbTest inom normalområdet."),
        ("Bedömning", "Skattningar och testresultat är inte förenliga med ADHD. Koncentrationssvårigheterna ses i matematik och sammanfaller med läs- och skrivsvårigheter."),
    ], template="Psykologanteckning", signed=90),
], must_not=[("NL102", "n1")],
    why="'inte förenliga med ADHD' negates the diagnosis; looks like the 'förenligt med' hedge")

case("bup-kraakningar-inger-misstanke-om-bulimi", "2006-09-09", "224", [
    note("n1", "atst", ("Goran Petrović", "läkare"), "2024-02-08 14:30", [
        ("Anamnes", "Hetsätning på kvällarna 3-4 ggr/v följt av självframkallade kräkningar. Normalviktig, BMI 21. Skäms mycket och har inte berättat för någon förutom pojkvännen."),
        ("Status", "Svullna spottkörtlar bilat. Russells tecken på höger hand. Tandemaljen matt på insidan av framtänderna."),
        ("Bedömning", "Bilden inger misstanke om bulimia nervosa. K 3,2, följs upp."),
    ], template="Nybesök", signed=75),
], must=[("NL102", "n1")],
    why="'inger misstanke om bulimia nervosa' in visible Bedömning; told-to-boyfriend line is about the patient's own disclosure")

case("bup-syster-misstankt-anorexi-separationsangest", "2015-06-18", "497", [
    note("n1", "bup_hlm", ("Emma Ståhl", "kurator"), "2024-01-30 13:15", [
        ("Anamnes", "Storasyster 17 år utreds på ätstörningsenheten för misstänkt anorexi, vilket tar mycket av föräldrarnas tid och ork."),
        ("Bedömning", "Pojken uppfyller kriterierna för separationsångest. Klänger på mamma vid lämning, vägrar sova i eget rum sedan november."),
        ("Planering", "Föräldraledd KBT, fyra träffar."),
    ], template="Kuratorsanteckning", signed=40),
], must_not=[("NL102", "n1")],
    why="the suspected anorexia is the sister's; the patient's own diagnosis is stated as confirmed")

case("bup-typo-kan-rora-sig-om-selektiv-mutsim", "2018-02-27", "128", [
    note("n1", "bup_ystad", ("Anna Holm", "logoped"), "2024-04-10 10:00", [
        ("Anamnes", "Pratar obehindrat hemma med föräldrar och syskon. På förskolan har hon inte sagt ett ord på ett år, pekar och nickar."),
        ("Bedömning", "Kan röra sig om selektiv mutsim. Språkförståelsen åldersadekvat vid testning med mamma i rummet."),
    ], template="Logopedanteckning", signed=35),
], must=[("NL102", "n1")],
    why="'Kan röra sig om' hedges selective mutism (typo 'mutsim' in the diagnosis word) in a visible section")

case("bup-pmo-ungdomsmottagning-trolig-atstorning", "2006-05-05", "746", [
    note("n1", "um_lund", ("Linnea Krantz", "kurator"), "2024-03-13 16:00", [
        ("Samtal", "Tjejen berättar att hon hoppar över frukost och lunch och springer varje kväll. Svimmade på idrotten förra veckan."),
        ("Bedömning", "Trolig ätstörning, behöver bedömas av läkare. Hon går med på att vi kontaktar ätstörningsenheten."),
    ], template="Kuratorsbesök", signed=30),
], must_not=[("NL102", "n1")],
    why="hedged eating disorder in a PMO note at the youth clinic: PMO never shows diagnoses")

case("bup-trauma-bild-som-vid-ptsd", "2007-09-28", "219", [
    note("n1", "trauma", ("Sara Eklund", "psykolog"), "2024-05-22 11:00", [
        ("Anamnes", "Var med i en bussolycka på E6 i februari där en passagerare omkom. Sedan dess mardrömmar nästan varje natt och undviker alla bussar."),
        ("Bedömning", "Bild som vid posttraumatiskt stressyndrom. CATS-skattning 38 p."),
        ("Planering", "Traumafokuserad KBT, start efter sommaren."),
    ], template="Bedömningssamtal", signed=60),
], must=[("NL102", "n1")],
    why="'Bild som vid PTSD' is a hedged diagnosis in visible Bedömning")

case("bup-ptsd-faststalld-diskuterad-med-pat", "2006-10-21", "287", [
    note("n1", "trauma", ("Sara Eklund", "psykolog"), "2024-06-19 14:30", [
        ("Bedömning", "Kriterierna för PTSD är uppfyllda efter överfallet i december. Diagnosen har diskuterats med pat, som kände igen sig i beskrivningen och tyckte det var skönt att få ett namn på det."),
        ("Åtgärd", "Påbörjat traumafokuserad KBT, session 2 av 12 idag."),
    ], template="Psykologanteckning", signed=45),
], must_not=[("NL101", "n1"), ("NL102", "n1")],
    why="confirmed PTSD that has already been discussed with the patient")

case("bup-absensepilepsi-kan-inte-uteslutas", "2016-01-06", "324", [
    note("n1", "np_malmo", ("Karin Lindqvist", "läkare"), "2024-02-29 10:30", [
        ("Anamnes", "Lärare beskriver att flickan dagdrömmer och tappar tråden mitt i meningar, flera gånger per lektion. Remitterad för ADHD-utredning."),
        ("Status", "Vid hyperventilation i tre minuter en kort episod med stirrande blick och ögonlocksfladder, cirka 8 sek."),
        ("Bedömning", "Kan inte utesluta absensepilepsi. ADHD-utredningen pausas i väntan på EEG."),
    ], template="Läkaranteckning", signed=60),
], must=[("NL102", "n1")],
    why="'Kan inte utesluta absensepilepsi' keeps a diagnosis open for the patient in a visible note")

case("bup-vid-tecken-pa-psykos-kontakta-akut", "2007-04-30", "455", [
    note("n1", "bup_hbg", ("Tomas Lind", "läkare"), "2024-04-25 15:50", [
        ("Bedömning", "Medelsvår depression, i förbättring på fluoxetin 20 mg. Sömnen bättre, går i skolan halvtid."),
        ("Planering", "Vid tecken på psykos ska familjen kontakta BUP-akuten direkt, genomgånget med pat och mamma. Återbesök om fyra veckor."),
    ], template="Återbesök", signed=25),
], must_not=[("NL102", "n1")],
    why="psychosis appears only in a conditional safety instruction; the depression is confirmed")

case("bup-anorexi-ej-informerad-om-inskrivningsdatum", "2007-12-11", "664", [
    note("n1", "atst", ("Jonas Håkansson", "läkare"), "2024-03-06 12:00", [
        ("Aktuellt", "Anorexia nervosa sedan hösten 2023, diagnosen känd av pat och föräldrar. Fortsatt viktnedgång trots måltidsstöd hemma, nu 41,8 kg."),
        ("Planering", "Behov av heldygnsvård. Pat ej informerad om datum för inskrivning då vi inte har plats förrän nästa vecka, återkommer till familjen."),
    ], template="Läkaranteckning", signed=20),
], must_not=[("NL101", "n1")],
    why="what is not yet told is an admission date; the diagnosis is known to the patient")

case("bup-typo-fragestallning-sprakstorning", "2017-10-02", "518", [
    note("n1", "bup_eslov", ("Anna Holm", "logoped"), "2024-05-16 09:15", [
        ("Utredning", "Frågestälning: språkstörning. Pojken använder korta meningar, böjer sällan verb korrekt och förstår inte tvåledade instruktioner."),
        ("Planering", "CELF-5 vid nästa besök."),
    ], template="Logopedanteckning", signed=40),
], must=[("NL102", "n1")],
    why="'Frågeställning' (typo 'Frågestälning') opens a diagnostic question about språkstörning in a visible section")

case("bup-fragestallning-fran-skolan-anpassningar", "2012-04-14", "453", [
    note("n1", "bup_krstd", ("Maja Nilsson", "kurator"), "2024-02-22 13:40", [
        ("Skolkontakt", "Nätverksmöte med mentor och specialpedagog. Frågeställning från skolan gäller anpassningar i matematik och hur lång tid provet ska få ta."),
        ("Bedömning", "Känd ADHD sedan två år. Skolan får skriftliga rekommendationer om extra tid och enskilt rum vid prov."),
    ], template="Kuratorsanteckning", signed=50),
], must_not=[("NL102", "n1")],
    why="'Frågeställning' here concerns school adjustments, not a diagnosis; ADHD is confirmed")

# ---------------------------------------------------------------- cases 31-45
case("bup-oklart-om-depression-eller-anpassningsstorning", "2007-08-08", "272", [
    note("n1", "bup_ahm", ("Lena Bengtsson", "läkare"), "2024-01-11 14:00", [
        ("Aktuellt", "Familjen flyttade från Umeå i augusti. Sedan dess nedstämd, gråter ofta, har slutat med handbollen."),
        ("Bedömning", "Oklart om det rör sig om en depressiv episod eller en anpassningsstörning efter flytten. MADRS-S 24."),
        ("Planering", "Stödsamtal tre gånger, därefter ny bedömning."),
    ], template="Läkaranteckning", signed=30),
], must=[("NL102", "n1")],
    why="'Oklart om det rör sig om' leaves two diagnoses of the patient open in a visible section")

case("bup-oklart-om-pappa-kommer-kand-autism", "2014-10-27", "179", [
    note("n1", "bup_hlm", ("Emma Ståhl", "kurator"), "2024-04-18 08:30", [
        ("Planering", "Oklart om pappa kommer till nätverksmötet på måndag, han har inte svarat på kallelsen. Mamma och skolans rektor bekräftade närvaro."),
        ("Bakgrund", "Autism diagnostiserad 2021, går i liten undervisningsgrupp."),
    ], template="Kuratorsanteckning", signed=None),
], must_not=[("NL102", "n1")],
    why="'Oklart om' concerns the father's attendance; the autism diagnosis is settled")

case("bup-mojlig-lindrig-intellektuell-funktionsnedsattning", "2012-05-20", "556", [
    note("n1", "bup_krstd", ("Fredrik Sandberg", "psykolog"), "2024-03-26 10:00", [
        ("Utredning", "WISC-V: helskale-IK 68 med stor spridning, verbal förståelse 61 och visuospatial förmåga 84. Adaptiv förmåga enligt ABAS-3 i nedre gränsområdet."),
        ("Bedömning", "Möjlig lindrig intellektuell funktionsnedsättning. Behöver kompletteras med skolans bedömning av adaptiv funktion innan ställningstagande."),
    ], template="Psykologanteckning", signed=2880),
], must=[("NL102", "n1")],
    why="'Möjlig' hedges intellectual disability for an 11-year-old whose guardians read the journal")

case("bup-typo-eventuell-dyslexsi", "2015-12-07", "394", [
    note("n1", "bup_ystad", ("Anna Holm", "logoped"), "2024-06-05 13:30", [
        ("Utredning", "Läser 24 ord per minut i LäSt, långt under förväntat för årskurs 2. Fonologisk medvetenhet svag, stavar ljudenligt."),
        ("Bedömning", "Eventuell dyslexsi, men han har bara gått i svensk skola i ett år. Ny bedömning om sex månader."),
    ], template="Logopedanteckning", signed=None),
], must=[("NL102", "n1")],
    why="'Eventuell' before dyslexia (typo 'dyslexsi') in visible Bedömning")

case("bup-trol-hypotyreos-vid-depressionsutredning", "2006-01-31", "642", [
    note("n1", "bup_lund", ("Hanna Sjöberg", "läkare"), "2024-02-01 09:40", [
        ("Lab", "TSH 8,9 mIE/L, fritt T4 9 pmol/L (lågt). Hb 131, ferritin 40."),
        ("Bedömning", "Trötthet och viktuppgång sedan i höstas, trol. hypotyreos som bidrar till nedstämdheten. Remiss till barnmedicin för vidare handläggning."),
    ], template="Läkaranteckning", signed=30),
], must=[("NL102", "n1")], must_not=[("NL101", "n1")],
    why="abbreviated hedge 'trol.' before a somatic diagnosis (hypotyreos) in a BUP Melior note; nothing about telling")

case("bup-hypotyreos-konstaterad-ej-meddelad", "2006-01-31", "659", [
    note("n1", "barnmed_lund", ("Viktor Hedlund", "läkare"), "2024-02-19 16:20", [
        ("Provsvar", "Kontroll: TSH 11,2, fritt T4 8, TPO-antikroppar kraftigt förhöjda."),
        ("Bedömning", "Autoimmun hypotyreos (Hashimoto) konstaterad. Pat ej informerad om hypotyreosen ännu, når henne inte på telefon idag."),
        ("Planering", "Levaxin 50 mikrogram när hon fått beskedet. Ny kontroll om sex veckor."),
    ], template="Läkaranteckning", signed=10),
], must=[("NL101", "n1")],
    why="confirmed hypothyroidism visible while the note says the 18-year-old is not yet informed")

case("bup-skane-sokord-tidiga-hypoteser-i-lakaranteckning", "2006-11-16", "385", [
    note("n1", "bup_hbg", ("Tomas Lind", "läkare"), "2024-05-08 15:30", [
        ("Aktuellt", "Fortsatta självskador med rakblad, tre tillfällen senaste veckan. Stormiga relationer, stark rädsla för att bli lämnad."),
        ("Tidiga hypoteser", "Misstänkt emotionellt instabil personlighetsstörning under utveckling."),
        ("Planering", "DBT-team kontaktas, ny tid om en vecka."),
    ], template="Läkaranteckning", signed=40),
], must=[("NL102", "n1")],
    why="Skåne protects by template, not sökord: a 'Tidiga hypoteser' section inside an ordinary Läkaranteckning is visible")

case("bup-epikris-sannolik-refeeding", "2007-03-22", "462", [
    note("n1", "avd_lund", ("Jonas Håkansson", "läkare"), "2024-04-30 13:00", [
        ("Epikris", "16-årig flicka med känd anorexia nervosa, inlagd 2/4-30/4 pga bradykardi och vikt 38 kg. Nutrition via nasogastrisk sond första veckan. Dag 3 fosfat 0,6 mmol/L och perifera ödem, sannolikt refeedingsyndrom som behandlades med fosfattillskott och långsammare upptrappning."),
        ("Vid utskrivning", "Vikt 41,2 kg, puls 58 i vila. Fortsatt ätstörningsbehandling i öppenvård, tid 3/5."),
    ], template="Epikris", signed=1440, setting="slutenvård"),
], must=[("NL102", "n1")],
    why="'sannolik refeeding-syndrom' is a hedged diagnosis of the patient in a visible discharge summary")

case("bup-trolig-utskrivning-fredag-anorexi", "2007-06-29", "480", [
    note("n1", "avd_lund", ("Therese Olsson", "sjuksköterska"), "2024-05-29 19:30", [
        ("Omvårdnad", "Åt hela middagen med stöd av skötare, inga kompensatoriska beteenden observerade. Vikt i morse 45,0 kg."),
        ("Planering", "Trolig utskrivning på fredag om vikten håller sig. Anorexia nervosa, fortsatt uppföljning på ätstörningsenheten."),
    ], template="Omvårdnadsanteckning", signed=30, setting="slutenvård"),
], must_not=[("NL102", "n1")],
    why="'Trolig' hedges the discharge date, not a diagnosis; the anorexia is confirmed")

case("bup-eventuellt-wisc-om-skolan-skickar", "2016-09-13", "236", [
    note("n1", "bup_lkr", ("Cecilia Rydén", "psykolog"), "2024-02-07 11:15", [
        ("Aktuellt", "Första besöket, föräldrarna beskriver att pojken har svårt att hänga med i skolarbetet sedan årskurs 1."),
        ("Planering", "Eventuellt WISC-V vid nästa besök om skolan skickar sin pedagogiska kartläggning innan dess."),
    ], template="Psykologanteckning", signed=30),
], must_not=[("NL102", "n1")],
    why="'Eventuellt' hedges a test (plan); no diagnosis mentioned")

case("bup-tics-trol-tourettes-syndrom", "2014-03-04", "157", [
    note("n1", "bup_eslov", ("Nadia Karimi", "läkare"), "2024-03-14 10:10", [
        ("Anamnes", "Blinkningar och axelryckningar sedan 7 års ålder, sedan ett år även harklingar och korta ljud. Tilltar vid trötthet och skärmtid."),
        ("Status", "Under besöket enstaka blinktics och två vokala tics."),
        ("Bedömning", "Motoriska och vokala tics > 1 år, trol. Tourettes syndrom. YGTSS 22."),
    ], template="Läkaranteckning", signed=25),
], must=[("NL102", "n1")],
    why="'trol. Tourettes syndrom' in visible Bedömning of a 10-year-old")

case("bup-tidiga-hypoteser-mall-tourette-ej-informerad", "2014-03-04", "173", [
    note("n1", "bup_eslov", ("Nadia Karimi", "läkare"), "2024-05-30 15:00", [
        ("Bedömning", "Tourettes syndrom bedöms nu föreligga. Föräldrarna och pojken är ännu inte informerade, mamma är själv mycket orolig för diagnosen och vi vill förbereda samtalet noga."),
    ], template="Tidiga hypoteser", signed=20),
], must_not=[("NL101", "n1")],
    why="the untold diagnosis is kept only in the protected Skåne template Tidiga hypoteser")

case("bup-pmo-bvc-misstankt-autism-mchat", "2021-08-17", "520", [
    note("n1", "bvc_hoor", ("Birgitta Svensson", "sjuksköterska"), "2024-03-01 09:45", [
        ("BVC-besök", "2,5-årsbesök. Pekar inte för att visa, svarar inte på namn, radar upp bilar. M-CHAT 9 p."),
        ("Bedömning", "Misstänkt autism. Remiss till BUP för bedömning efter samtal med BVC-läkare."),
    ], template="BVC besök", signed=15),
], must_not=[("NL102", "n1")],
    why="hedged autism in a PMO BVC note: PMO never shows diagnoses")

case("bup-depression-pat-vet-inte-annu", "2007-05-26", "302", [
    note("n1", "bup_ystad", ("Mikael Åberg", "läkare"), "2024-06-12 14:40", [
        ("Bedömning", "Medelsvår depressiv episod enligt K-SADS. Pat vet ännu inte om att vi ställt diagnosen, tas upp nästa gång då mamma kan vara med."),
        ("Planering", "Återbesök 19/6."),
    ], template="Läkaranteckning", signed=30),
], must=[("NL101", "n1")],
    why="settled depression diagnosis visible while the 17-year-old does not yet know about it")

case("bup-bulimi-pat-informerad-vill-ej-att-pappa-vet", "2006-09-09", "240", [
    note("n1", "atst", ("Goran Petrović", "läkare"), "2024-03-07 11:00", [
        ("Bedömning", "Bulimia nervosa. Pat informerad om diagnosen idag och vill inte att pappa informeras i dagsläget, vilket respekteras."),
        ("Planering", "KBT-E, 20 sessioner. Kaliumkontroll om två veckor."),
    ], template="Återbesök", signed=25),
], must_not=[("NL101", "n1")],
    why="the patient (17) has been told; only a relative is not informed")

# ---------------------------------------------------------------- cases 46-60
case("bup-akut-misstankt-serotonergt-syndrom", "2007-02-02", "618", [
    note("n1", "akut", ("Elif Demir", "läkare"), "2024-01-19 20:15", [
        ("Kontaktorsak", "Sertralin höjt från 50 till 100 mg för fem dagar sedan. Tog igår även tramadol från mammas skåp pga menssmärtor."),
        ("Status", "Temp 38,2. Svettig, skakig, klonus i båda fotlederna, pupiller vida. Puls 124."),
        ("Bedömning", "Misstänkt serotonergt syndrom, måttlig grad."),
        ("Åtgärd", "Sertralin utsatt. Överflyttas till barnakuten för övervakning och vätska."),
    ], template="Akutanteckning", signed=50),
], must=[("NL102", "n1")],
    why="suspected adverse-drug diagnosis (serotonergt syndrom) in a visible Bedömning")

case("bup-ingen-misstanke-serotonergt-syndrom-angest", "2006-04-19", "733", [
    note("n1", "bup_lund", ("Hanna Sjöberg", "läkare"), "2024-02-15 10:30", [
        ("Aktuellt", "Hör av sig efter dosökning av escitalopram, känner sig darrig och svettig på morgonen."),
        ("Bedömning", "Ingen misstanke om serotonergt syndrom, normal temperatur och inga neuromuskulära fynd. Symtomen bedöms som övergående aktivering, vanligt de första veckorna."),
    ], template="Telefonanteckning", signed=None),
], must_not=[("NL102", "n1")],
    why="'Ingen misstanke om' negates the adverse-drug diagnosis")

case("bup-typo-ingen-missanke-om-atstorning", "2007-10-01", "544", [
    note("n1", "bup_trbg", ("Johanna Wikström", "läkare"), "2024-03-27 13:10", [
        ("Bedömning", "Viktnedgången på 3 kg förklaras av magsjuka i februari och stress inför nationella prov. Ingen missanke om ätstörning, äter varierat och har ingen viktfixering."),
    ], template="Läkaranteckning", signed=30),
], must_not=[("NL102", "n1")],
    why="negation with a typo ('Ingen missanke om ätstörning') is still a ruled-out diagnosis")

case("bup-status-inga-tecken-pa-psykos", "2006-07-15", "191", [
    note("n1", "mellan", ("Rasmus Lindgren", "läkare"), "2024-04-09 11:20", [
        ("Status", "Vaken, klar, orienterad. Adekvat affekt, något sänkt grundstämning. Inga tecken på psykos, förnekar röster och syner. Ingen suicidal intention."),
        ("Bedömning", "Lindrig depressiv episod, stabilt förlopp sedan förra veckan."),
    ], template="Läkaranteckning", signed=35),
], must_not=[("NL102", "n1")],
    why="'Inga tecken på psykos' is a negated finding; the depression is stated without hedge")

case("bup-typo-sannolkit-depression", "2006-02-24", "276", [
    note("n1", "bup_lkr", ("Oskar Malm", "läkare"), "2024-01-24 15:45", [
        ("Aktuellt", "Slutat gå på träningen, ligger mycket i sängen. Har tappat intresset för kompisar och gaming."),
        ("Bedömning", "Sannolkit depression, PHQ-A 17. Vill inte träffa psykolog ännu men går med på en ny läkartid."),
    ], template="Läkaranteckning", signed=20),
], must=[("NL102", "n1")],
    why="typo in the hedge ('Sannolkit' for Sannolikt) before depression in a visible section")

case("bup-kompis-trolig-depression-pat-ej-kriterier", "2007-06-03", "318", [
    note("n1", "bup_krstd", ("Maja Nilsson", "kurator"), "2024-05-21 14:00", [
        ("Samtal", "Bästa kompisen har enligt pat trolig depression och har skurit sig, pat känner sig ansvarig för att hålla henne vid liv och svarar på sms på nätterna."),
        ("Bedömning", "Pat är ledsen och trött men uppfyller inte kriterierna för depression. Behöver stöd att sätta gränser och lämna över ansvaret till vuxna."),
    ], template="Kuratorsanteckning", signed=40),
], must_not=[("NL102", "n1")],
    why="the hedged depression belongs to a friend; the patient's own depression is negated")

case("bup-tidiga-hypoteser-sedan-synlig-anteckning", "2006-12-20", "390", [
    note("n1", "bup_lund", ("Hanna Sjöberg", "läkare"), "2024-02-12 17:00", [
        ("Bedömning", "Misstänkt prodromal psykos, har börjat tro att grannar avlyssnar familjen. Ej lämpligt att dela innan vi har bättre allians."),
    ], template="Tidiga hypoteser", signed=10),
    note("n2", "bup_lund", ("Hanna Sjöberg", "läkare"), "2024-03-04 14:30", [
        ("Bedömning", "Misstanken om psykos har förstärkts. Trolig schizofreniform psykos, genomgånget med pat och mamma idag."),
        ("Planering", "Start aripiprazol 5 mg. Kontakt med psykosteam."),
    ], template="Läkaranteckning", signed=60),
], must=[("NL102", "n2")], must_not=[("NL102", "n1"), ("NL101", "n2")],
    why="the hypothesis is protected in Tidiga hypoteser (n1) but written hedged in a visible note later (n2)")

case("bup-autism-ej-aterkopplad-sedan-atergiven", "2015-04-25", "151", [
    note("n1", "np_malmo", ("Leila Haddad", "psykolog"), "2024-03-11 15:00", [
        ("Sammanfattning", "Konsensus med läkare idag: kriterierna för autism uppfylls tydligt, både i ADOS-2 och i utvecklingsanamnesen."),
        ("Diagnos", "Autismspektrumtillstånd, utan intellektuell funktionsnedsättning."),
        ("Övrigt", "Diagnosen är inte återkopplad till familjen, återgivning 25/3."),
    ], template="Psykologanteckning", signed=30),
    note("n2", "np_malmo", ("Leila Haddad", "psykolog"), "2024-03-25 10:00", [
        ("Återgivning", "Återgivningssamtal med pojken och båda föräldrarna. Diagnosen autism återgavs och vi pratade om vad den betyder för honom i skolan och hemma."),
        ("Planering", "Erbjuds föräldrautbildning om autism. Intyg till skolan skrivs."),
    ], template="Psykologanteckning", signed=45),
], must=[("NL101", "n1")], must_not=[("NL101", "n2")],
    why="visible autism diagnosis untold in n1; the later n2 records that it was told, so only n1 breaks the rule")

case("bup-dd-arfid-selektivt-atande", "2015-08-14", "437", [
    note("n1", "bup_hbg", ("Therese Olsson", "sjuksköterska"), "2024-04-03 10:20", [
        ("Anamnes", "Äter bara sex livsmedel, bl.a. pasta utan sås och vissa kex. Kräks av nya konsistenser. Vikten följer kurvan men ligger på -2 SD."),
        ("Bedömning", "DD ARFID, sensoriska svårigheter vid autism bör också övervägas. Läkarbedömning bokad."),
    ], template="Omvårdnadsanteckning", signed=30),
], must=[("NL102", "n1")],
    why="differential diagnosis 'DD ARFID' in a visible section of a nurse's Melior note")

case("bup-arfid-avskrivs-atande-normaliserat", "2016-02-02", "262", [
    note("n1", "bup_hbg", ("Sanna Ek", "dietist"), "2024-06-13 11:00", [
        ("Uppföljning", "Efter tandbehandlingen i april äter flickan åter varierat, inklusive kött och grönsaker. Viktkurvan har vänt uppåt."),
        ("Bedömning", "ARFID avskrivs. Avslutar dietistkontakten."),
    ], template="Dietistanteckning", signed=20),
], must_not=[("NL102", "n1")],
    why="'ARFID avskrivs' is a dismissed diagnosis")

case("bup-ej-informerad-om-remiss-internet-kbt", "2006-11-30", "524", [
    note("n1", "bup_ahm", ("Lena Bengtsson", "psykolog"), "2024-02-28 16:10", [
        ("Bedömning", "Social fobi, diagnos satt i januari och genomgången med pat då."),
        ("Åtgärd", "Remiss skickad till internetbehandling via Stöd och behandling. Pat ej informerad om att remissen skickats, ringer honom imorgon."),
    ], template="Psykologanteckning", signed=25),
], must_not=[("NL101", "n1")],
    why="what is untold is that a referral was sent; the diagnosis was told in January")

case("bup-fragetecken-fasd-adopterad", "2016-06-06", "339", [
    note("n1", "np_hbg", ("Ahmed Rashid", "läkare"), "2024-01-29 13:50", [
        ("Anamnes", "Adopterad från Polen vid 2 års ålder. Socialtjänstens handlingar anger alkoholbruk hos biologisk mamma under graviditeten."),
        ("Status", "Smal överläpp, utslätat filtrum, korta ögonspringor. Huvudomfång -2,1 SD."),
        ("Bedömning", "Frågetecken för FASD. Genetisk utredning och kontakt med barnneurolog."),
    ], template="Läkaranteckning", signed=None),
], must=[("NL102", "n1")],
    why="'Frågetecken för FASD' hedges a diagnosis of the patient in a visible section")

case("bup-schizofreni-bor-inte-tas-upp-annu", "2006-08-01", "412", [
    note("n1", "avd_lund", ("Rasmus Lindgren", "läkare"), "2024-03-18 11:30", [
        ("Bedömning", "Schizofreni, paranoid form, diagnosen ställd efter sex månaders förlopp med hallucinationer och vanföreställningar."),
        ("Planering", "Diagnosen bör inte tas upp med pat förrän hon är mindre paranoid, risk att hon lämnar avdelningen. Föräldrarna är informerade."),
    ], template="Läkaranteckning", signed=40, setting="slutenvård"),
], must=[("NL101", "n1")],
    why="confirmed schizophrenia visible while the note says the patient must not be told yet (parents told does not count)")

case("bup-diagnoslista-stabil-inget-om-information", "2013-07-07", "197", [
    note("n1", "bup_hlm", ("Fredrik Sandberg", "läkare"), "2024-05-06 08:15", [
        ("Diagnos", "Autismspektrumtillstånd. ADHD, kombinerad form."),
        ("Aktuellt", "Stabil på Elvanse 40 mg, inga biverkningar. Fortsätter i nuvarande skola."),
    ], template="Återbesök", signed=10),
], must_not=[("NL101", "n1"), ("NL102", "n1")],
    why="confirmed diagnoses with nothing said about telling")

case("bup-pmo-vardcentral-fragetecken-tourette", "2012-10-03", "173", [
    note("n1", "vc_krstd", ("Ebba Nord", "läkare"), "2024-02-09 15:00", [
        ("Besök", "Mamma oroar sig för sonens ryckningar i ansiktet och grymtningar sedan ett år."),
        ("Bedömning", "Tics, ?Tourette. Remiss till BUP Kristianstad."),
    ], template="Besöksanteckning", signed=20),
], must_not=[("NL102", "n1")],
    why="question-marked Tourette in a PMO note: diagnoses are never shown from PMO")

# ---------------------------------------------------------------- cases 61-75
case("bup-diagnoser-overvags-adhd-och-autism", "2014-12-12", "231", [
    note("n1", "np_hbg", ("Ida Fransson", "psykolog"), "2024-02-02 09:30", [
        ("Remissbedömning", "Remiss från skolläkare. Pojken har svårt med kamrater, blir arg vid ändrade planer och kan inte sitta still under genomgångar."),
        ("Bedömning", "Följande diagnoser övervägs: ADHD och autism. Prioriteras för utredning under våren."),
    ], template="Utredningsanteckning", signed=1440),
], must=[("NL102", "n1")],
    why="'diagnoser övervägs' presents two unconfirmed diagnoses of the patient in a visible section")

case("bup-typo-prelimar-diagnos-lindrig-depression", "2007-04-11", "620", [
    note("n1", "bup_eslov", ("Nadia Karimi", "läkare"), "2024-04-24 14:15", [
        ("Bedömning", "Prelimär diagnos: lindrig depressiv episod. Ska följas över tid innan ställningstagande till läkemedel."),
    ], template="Läkaranteckning", signed=20),
], must=[("NL102", "n1")],
    why="a preliminary diagnosis (typo 'Prelimär') is an unsettled diagnosis in a visible section")

case("bup-misstankt-konsdysfori-remiss", "2006-10-05", "359", [
    note("n1", "bup_lund", ("Sofia Berg", "psykolog"), "2024-03-20 13:00", [
        ("Samtal", "Pat har sedan 12 års ålder upplevt att kroppen inte stämmer med hur han känner sig, använder han/honom sedan två år och binder brösten dagligen."),
        ("Bedömning", "Misstänkt könsdysfori. Pat önskar utredning och remiss skrivs till könsdysforienheten."),
    ], template="Psykologanteckning", signed=35),
], must=[("NL102", "n1")],
    why="'Misstänkt könsdysfori' in visible Bedömning of a 17-year-old")

case("bup-misstankt-jarnbristanemi-atstorning", "2007-01-09", "482", [
    note("n1", "atst", ("Viktor Hedlund", "läkare"), "2024-05-15 10:00", [
        ("Lab", "Hb 104, MCV 71, ferritin 6, CRP <1."),
        ("Bedömning", "Misstänkt järnbristanemi sekundärt till vegetarisk restriktiv kost och rikliga mens. Känd ätstörning UNS."),
        ("Åtgärd", "Niferex 100 mg x 1, kontroll Hb och ferritin om 8 v."),
    ], template="Läkaranteckning", signed=30),
], must=[("NL102", "n1")],
    why="somatic hypothesis ('Misstänkt järnbristanemi') of the patient in a visible BUP note")

case("bup-ev-kontroll-ferritin-plan", "2007-01-09", "508", [
    note("n1", "atst", ("Sanna Ek", "dietist"), "2024-06-18 09:00", [
        ("Uppföljning", "Äter fem mål per dag enligt måltidsplanen. Vikten ökat 0,4 kg sedan förra veckan."),
        ("Planering", "Ev. kontroll av ferritin i augusti, tas upp med läkare. Nästa dietistbesök om två veckor."),
    ], template="Dietistanteckning", signed=15),
], must_not=[("NL102", "n1")],
    why="'Ev.' hedges a lab check (plan), no diagnosis mentioned")

case("bup-snarkning-misstankt-obstruktiv-somnapne", "2017-05-29", "154", [
    note("n1", "np_malmo", ("Karin Lindqvist", "läkare"), "2024-04-11 11:10", [
        ("Anamnes", "Snarkar högt varje natt med andningsuppehåll som föräldrarna filmat. Trött i skolan, rastlös och lättirriterad."),
        ("Status", "Stora tonsiller, 3+ bilat. Munandas."),
        ("Bedömning", "Misstänkt obstruktiv sömnapné som kan förklara en del av koncentrationssvårigheterna. Remiss ÖNH innan vidare NP-utredning."),
    ], template="Läkaranteckning", signed=40),
], must=[("NL102", "n1")],
    why="suspected sleep apnea of the patient in a visible Bedömning")

case("bup-somnen-mojligen-battre-melatonin", "2013-04-16", "352", [
    note("n1", "np_malmo", ("Jenny Holmberg", "sjuksköterska"), "2024-05-27 13:45", [
        ("Telefonkontakt", "Pappa ringer om sömnen. Sömnen möjligen något bättre sedan melatonin 3 mg infördes, somnar nu före kl 22 de flesta kvällar."),
        ("Bedömning", "Känd ADHD. Fortsätter melatonin, utvärdering vid läkarbesöket i augusti."),
    ], template="Telefonanteckning", signed=15),
], must_not=[("NL102", "n1")],
    why="'möjligen' hedges an improvement in sleep, not a diagnosis; the ADHD is confirmed")

case("bup-tidigare-misstankt-adhd-avskrevs-2021", "2007-03-01", "193", [
    note("n1", "bup_trbg", ("Johanna Wikström", "läkare"), "2024-02-05 14:00", [
        ("Anamnes", "Utreddes 2021 på BUP Trelleborg för misstänkt ADHD, vilket då avskrevs. Kommer nu pga panikattacker på bussen."),
        ("Bedömning", "Paniksyndrom. Inga koncentrationssvårigheter utöver det som följer av ångesten."),
    ], template="Läkaranteckning", signed=30),
], must_not=[("NL102", "n1")],
    why="the old suspicion of ADHD was written off; the current diagnosis is stated without hedge")

case("bup-kan-vara-tidiga-tecken-pa-schizofreni", "2006-05-18", "431", [
    note("n1", "bup_krstd", ("Fredrik Sandberg", "läkare"), "2024-06-03 15:20", [
        ("Aktuellt", "Har isolerat sig på rummet i tre månader, slutat duscha och ler omotiverat under samtalet. Ingen droganamnes."),
        ("Bedömning", "Kan vara tidiga tecken på schizofreni. Utredning enligt psykosvårdprogrammet, MR hjärna och lab."),
    ], template="Läkaranteckning", signed=30),
], must=[("NL102", "n1")],
    why="'Kan vara tidiga tecken på schizofreni' hedges a diagnosis of the patient in a visible section")

case("bup-telefon-ssk-trolig-panikangest", "2006-12-30", "264", [
    note("n1", "bup_ystad", ("Malin Carlsson", "sjuksköterska"), "2024-01-08 08:20", [
        ("Telefonkontakt", "Mamma ringer, dottern vaknade i natt med hjärtklappning, andnöd och dödsskräck för tredje gången denna vecka. EKG på vårdcentralen i fredags ua. Trolig panikångest, tid hos läkare imorgon 10.30."),
    ], template="Telefonanteckning", signed=25),
], must=[("NL102", "n1")],
    why="a nurse's telephone note hedges panic disorder ('Trolig panikångest') in a visible section")

case("bup-huvudvark-troligen-migran", "2015-05-01", "277", [
    note("n1", "bup_ahm", ("Lena Bengtsson", "läkare"), "2024-03-22 10:00", [
        ("Aktuellt", "Pulserande huvudvärk i pannan 2-3 ggr/mån med illamående och ljuskänslighet, måste ligga i mörkt rum. Mamma och mormor har samma besvär. Remitterad till BUP pga hög skolfrånvaro."),
        ("Bedömning", "Huvudvärken är troligen migrän utan aura, inget som talar för intrakraniell process. Ipren vid anfall, huvudvärksdagbok."),
    ], template="Läkaranteckning", signed=20),
], must=[("NL102", "n1")],
    why="'troligen migrän' hedges a somatic diagnosis of the patient; the negated intracranial process is a separate mention")

case("bup-anorexi-kand-sedan-hosten", "2006-07-07", "383", [
    note("n1", "atst", ("Goran Petrović", "läkare"), "2024-02-26 15:30", [
        ("Aktuellt", "Pat känner sedan hösten till diagnosen anorexia nervosa och har själv börjat använda ordet i samtalen."),
        ("Bedömning", "Stabil vikt kring 47 kg, fortsatt restriktivt ätande i skolan."),
    ], template="Återbesök", signed=30),
], must_not=[("NL101", "n1"), ("NL102", "n1")],
    why="the patient has known the diagnosis since the autumn")

case("bup-pat-vet-ej-om-planerat-lakemedelsbyte", "2006-03-08", "234", [
    note("n1", "bup_hbg", ("Tomas Lind", "läkare"), "2024-04-04 16:00", [
        ("Bedömning", "ADHD, känd av pat sedan 2019. Effekten av metylfenidat avtar på eftermiddagen."),
        ("Planering", "Pat vet ännu inte att vi planerar byte till lisdexamfetamin, diskuteras vid besöket 18/4."),
    ], template="Läkaranteckning", signed=None),
], must_not=[("NL101", "n1")],
    why="what is not yet told is a medication plan, not a diagnosis")

case("bup-gad-meddelas-vid-nasta-besok", "2006-09-24", "195", [
    note("n1", "bup_eslov", ("Ola Bergström", "läkare"), "2024-05-13 11:45", [
        ("Bedömning", "Generaliserat ångestsyndrom, uppfyller kriterierna enligt MINI-KID."),
        ("Planering", "Diagnosen meddelas pat vid nästa besök 3/6 tillsammans med behandlingsförslag."),
    ], template="Läkaranteckning", signed=15),
], must=[("NL101", "n1")],
    why="'meddelas vid nästa besök' says the settled diagnosis is not yet told")

case("bup-typo-ej-infomerad-om-diagnosen-tourette", "2007-11-22", "370", [
    note("n1", "bup_lkr", ("Oskar Malm", "läkare"), "2024-06-20 09:30", [
        ("Bedömning", "Tourettes syndrom, kriterierna uppfyllda sedan länge."),
        ("Övrigt", "Pat ej infomerad om diagnosen ännu, uteblev från dagens besök. Ny kallelse skickas."),
    ], template="Läkaranteckning", signed=None),
], must=[("NL101", "n1")],
    why="typo ('infomerad') in the not-informed statement about a settled, visible diagnosis")

# ---------------------------------------------------------------- cases 76-90
case("bup-lang-np-journal-susp-autism-i-bedomning", "2013-02-14", "416", [
    note("n1", "np_hbg", ("Ida Fransson", "psykolog"), "2024-03-15 15:30", [
        ("Bakgrund", "11-årig flicka, remitterad av skolsköterska. Bor med mamma, pappa och lillebror i Höganäs. Går i årskurs 5, klarar kunskapskraven men har hög frånvaro sedan höstterminen, främst måndagar och efter lov."),
        ("Utvecklingsanamnes", "Normal graviditet och förlossning. Gick vid 13 mån, ord vid 1 år, meningar vid 2 år. Föräldrarna minns henne som ett lugnt men kräset barn som lekte ensam med figurer och blev mycket upprörd när rutiner bröts. Svårt med inskolning på förskolan, grät i flera månader."),
        ("Aktuellt", "Kraschar efter skolan, ligger i mörkt rum en timme. Ljudkänslig i matsalen, äter hellre ensam. Har en nära kompis sedan förskolan men fungerar dåligt i grupp, uppfattar ofta att andra skrattar åt henne. Sömn: somnar sent, 23-24, vaknar trött."),
        ("Testning", "WISC-V: VF 112, VS 104, FR 109, AM 92, BH 78. Tydlig svacka i bearbetningshastighet. ADOS-2 modul 3: total 8, över gräns för autismspektrum. Brown EF/A: förhöjt på aktivering och känsloreglering."),
        ("Observation", "Skolobservation 7/3: sitter längst bak, undviker grupparbete, fingrar med suddgummi, svarar kort när läraren frågar. Rast: går runt skolgården ensam."),
        ("Bedömning", "Sammantaget susp. autism, ytterligare anamnes med förskolans dokumentation behövs innan konsensus. Ängsligheten bedöms sekundär."),
        ("Planering", "Hämta förskolans dokumentation med föräldrarnas samtycke. Konsensusmöte med läkare v. 14."),
    ], template="Utredningsanteckning", signed=1500),
], must=[("NL102", "n1")], must_not=[("NL101", "n1")],
    why="long multi-section NP chart where one hedge ('susp. autism') sits in visible Bedömning")

case("bup-lang-atgardsjournal-bekraftade-diagnoser-ev-plan", "2006-04-02", "498", [
    note("n1", "mellan", ("Rasmus Lindgren", "läkare"), "2024-05-03 14:10", [
        ("Aktuellt", "17-årig kille i mellanvårdsteamet sedan februari pga recidiverande depression och skolfrånvaro. Nu tredje veckan med hembesök två ggr/v. Mamma med vid besöket."),
        ("Anamnes", "Tidigare ua somatiskt. Insatt på sertralin 50 mg i december, höjt till 100 mg i februari. Sover 01-11, vänd dygnsrytm. Spelar online större delen av natten. Ingen alkohol, enstaka snus."),
        ("Status", "Välvårdad, god kontakt. Stämningsläget lätt sänkt, affekt något begränsad men ler vid tal om katten. Tankeinnehåll utan suicidtankar idag. Ingen psykotisk symtomatologi. Insikt god."),
        ("Skattningar", "MADRS-S 19 (vid start 31). CGI-S 4."),
        ("Bedömning", "Recidiverande depression, aktuellt medelsvår episod i förbättring. Skolfrånvaron har minskat från 0 till 40 procent närvaro."),
        ("Åtgärd", "Sertralin oförändrat 100 mg. Sömnschema med mål läggdags 00 nästa vecka, sedan 23.30. Kontakt med mentor idag per telefon."),
        ("Planering", "Eventuellt gradvis utsläpp från mellanvården efter sommarlovet. Ev. höjning till 150 mg om stillastående MADRS-S om fyra veckor."),
    ], template="Läkaranteckning", signed=120),
], must_not=[("NL102", "n1"), ("NL101", "n1")],
    why="long chart with only confirmed diagnoses and 'Eventuellt'/'Ev.' on plans; nothing about telling")

case("bup-lang-epikris-diagnos-ej-kommunicerad", "2006-02-11", "355", [
    note("n1", "avd_lund", ("Rasmus Lindgren", "läkare"), "2024-04-12 12:00", [
        ("Inskrivningsorsak", "17-årig flicka inlagd via BUP-akuten 15/3 efter att ha hört befallande röster som sade åt henne att skada sig. Avbrutit gymnasiet i januari."),
        ("Förlopp", "Första veckan mycket rädd, sov dåligt och vägrade mat av rädsla för förgiftning. Start med olanzapin 5 mg, höjt till 10 mg dag 6. Gradvis minskad rösthöring, från dag 14 endast kvällstid. Deltagit i skolundervisning på avdelningen sista veckan. Inga tvångsåtgärder."),
        ("Undersökningar", "MR hjärna ua. Lab inkl TSH, B12, drogscreening ua. EEG normalt."),
        ("Diagnos", "Schizofreni."),
        ("Information", "Pat har inte informerats om diagnosen under vårdtiden pga kvarstående misstänksamhet; planeras i öppenvården när tillståndet stabiliserats."),
        ("Läkemedel vid utskrivning", "Olanzapin 10 mg till natten."),
        ("Uppföljning", "BUP Lund psykosteam, första besök 19/4. Metabol kontroll om 4 v."),
    ], template="Epikris", signed=2000, setting="slutenvård"),
], must=[("NL101", "n1")],
    why="long discharge summary where the visible Diagnos section holds schizophrenia and the text says the patient has not been informed")

case("bup-utkast-misstankt-tvangssyndrom", "2006-05-30", "592", [
    note("n1", "bup_lund", ("Sofia Berg", "psykolog"), "2024-02-21 16:40", [
        ("Bedömning", "Misstänkt tvångssyndrom, kontrollerar spisen och låsen i över en timme varje kväll. CY-BOCS 24."),
    ], template="Psykologanteckning", signed=None),
], must=[("NL102", "n1")],
    why="unsigned draft (pre-signing check) with a hedged OCD diagnosis in a visible section")

case("bup-utkast-tidiga-hypoteser-trolig-anknytningsstorning", "2017-01-18", "257", [
    note("n1", "bup_krstd", ("Maja Nilsson", "kurator"), "2024-03-08 15:15", [
        ("Tidiga hypoteser", "Trolig reaktiv anknytningsstörning efter tidig vanvård hos biologisk mamma, placerad i familjehem sedan 2022. Kan skada relationen till familjehemmet om det läses nu."),
    ], template="Tidiga hypoteser", signed=None),
], must_not=[("NL102", "n1")],
    why="unsigned draft whose hedged diagnosis is in the protected Skåne template Tidiga hypoteser")

case("bup-arbetshypotes-uppforandestorning", "2012-06-22", "495", [
    note("n1", "bup_trbg", ("Daniel Forsberg", "läkare"), "2024-04-22 13:00", [
        ("Anamnes", "Slagsmål på skolgården, snattat i Ica två gånger, rymt hemifrån en natt. Socialtjänsten har en pågående utredning."),
        ("Bedömning", "Arbetshypotes: uppförandestörning med debut i barndomen. ADHD behöver uteslutas."),
    ], template="Läkaranteckning", signed=30),
], must=[("NL102", "n1")],
    why="'Arbetshypotes: uppförandestörning' is an unsettled diagnosis in a visible note (11-year-old, guardians read)")

case("bup-trotssyndrom-trolig-forbattring", "2016-07-26", "332", [
    note("n1", "bup_lkr", ("Cecilia Rydén", "psykolog"), "2024-05-28 10:30", [
        ("Uppföljning", "Trotssyndrom, föräldrarna har gått Komet-grupp under våren. Färre konflikter kring läggning och skärmtid."),
        ("Bedömning", "Trolig förbättring som håller i sig, föräldrarna mer samstämmiga."),
    ], template="Psykologanteckning", signed=20),
], must_not=[("NL102", "n1")],
    why="'Trolig' hedges the course (förbättring), not the diagnosis, which is confirmed")

case("bup-pmo-ungdomsmottagning-oklart-om-adhd", "2006-12-06", "587", [
    note("n1", "um_hbg", ("Alva Lund", "läkare"), "2024-03-04 14:20", [
        ("Besök", "Kommer pga preventivmedel men berättar också om stora koncentrationsproblem i skolan."),
        ("Bedömning", "Oklart om ADHD, uppmanas ta upp med elevhälsan. P-piller förskrivs."),
    ], template="Ungdomsmottagning besök", signed=15),
], must_not=[("NL102", "n1")],
    why="hedged ADHD in a PMO note at the youth clinic: PMO never shows diagnoses")

case("bup-psykotisk-storning-avfardas", "2007-09-14", "221", [
    note("n1", "akut", ("Elif Demir", "läkare"), "2024-05-10 23:40", [
        ("Bedömning", "Pat har rökt cannabis i helgen och blev skräckslagen. Nu klar och sammanhängande, ingen rösthöring. Psykotisk störning avfärdas, bedöms som akut cannabisintoxikation som klingat av."),
        ("Åtgärd", "Hem med pappa. Råd om cannabis, kontakt med Mini-Maria erbjuds."),
    ], template="Akutanteckning", signed=25),
], must_not=[("NL102", "n1")],
    why="'Psykotisk störning avfärdas' dismisses the diagnosis; intoxication is stated without hedge")

case("bup-typo-inga-halpunkter-for-autism", "2015-03-19", "150", [
    note("n1", "np_malmo", ("Leila Haddad", "psykolog"), "2024-06-07 11:30", [
        ("Bedömning", "Inga hålpunkter för autism i ADOS-2 eller utvecklingsanamnes. Pojkens svårigheter i kamratrelationer hänger ihop med ADHD, som ställdes 2023."),
    ], template="Psykologanteckning", signed=40),
], must_not=[("NL102", "n1")],
    why="negation with a typo ('Inga hålpunkter för autism') is a ruled-out diagnosis")

case("bup-remittentens-misstanke-kvarstar-inte", "2012-11-09", "513", [
    note("n1", "bup_ahm", ("Lena Bengtsson", "psykolog"), "2024-01-25 13:20", [
        ("Sammanfattning", "Remittentens misstanke om ADHD kvarstår inte efter utredningen, kriterierna uppfylls inte i någon miljö. Svårigheterna i klassrummet förklaras av hörselnedsättningen på vänster öra."),
    ], template="Psykologanteckning", signed=60),
], must_not=[("NL102", "n1")],
    why="the referrer's suspicion of ADHD is stated as no longer standing after assessment")

case("bup-bipolar-sjukdom-bor-overvagas", "2006-06-25", "449", [
    note("n1", "mellan", ("Daniel Forsberg", "läkare"), "2024-02-13 15:10", [
        ("Aktuellt", "Under helgen sovit två timmar per natt, köpt kläder för 8000 kr och skrivit en låt varje natt. Mamma beskriver en liknande period i höstas."),
        ("Bedömning", "Bipolär sjukdom bör övervägas med tanke på hereditet från morfar och de snabba svängningarna. Avvaktar med SSRI."),
    ], template="Läkaranteckning", signed=30),
], must=[("NL102", "n1")],
    why="'bör övervägas' hedges bipolar disorder of the patient in a visible Bedömning")

case("bup-morbror-mojligen-bipolar-pat-depression", "2007-08-31", "337", [
    note("n1", "bup_hlm", ("Emma Ståhl", "läkare"), "2024-04-15 09:50", [
        ("Hereditet", "Morbror har möjligen bipolär sjukdom men har aldrig utretts. Mamma behandlad för depression i tonåren."),
        ("Bedömning", "Medelsvår depressiv episod. Stämningsdagbok för att fånga ev. svängningar."),
    ], template="Läkaranteckning", signed=25),
], must_not=[("NL102", "n1")],
    why="the hedged bipolar disorder belongs to the uncle; the patient's depression is confirmed")

case("bup-pat-informerad-skolan-ej-utan-samtycke", "2007-03-15", "562", [
    note("n1", "bup_ystad", ("Mikael Åberg", "läkare"), "2024-03-25 14:30", [
        ("Bedömning", "ADHD, ouppmärksam form. Pat informerad om diagnosen och förstår vad den innebär."),
        ("Planering", "Skolan ska inte informeras om diagnosen utan pat:s samtycke, hon vill fundera till efter påsklovet."),
    ], template="Återbesök", signed=20),
], must_not=[("NL101", "n1")],
    why="the patient is told; only the school is not informed")

case("bup-pat-ej-informerad-om-mammas-samtal", "2006-10-18", "401", [
    note("n1", "bup_trbg", ("Petra Gustafsson", "sjuksköterska"), "2024-05-06 10:05", [
        ("Telefonkontakt", "Mamma ringer orolig för att dottern slutat äta frukost. Pat är ej informerad om att mamma ringt oss, mamma vill att vi tar upp det försiktigt."),
        ("Bakgrund", "Generaliserat ångestsyndrom sedan 2023, KBT avslutad i december."),
    ], template="Telefonanteckning", signed=20),
], must_not=[("NL101", "n1")],
    why="what the patient is not told is that her mother called, not a diagnosis")

# ---------------------------------------------------------------- cases 91-105
case("bup-ados-talar-inte-for-autism-ej-aterkopplat", "2016-10-10", "278", [
    note("n1", "np_hbg", ("Ida Fransson", "psykolog"), "2024-04-19 14:45", [
        ("Utredning", "ADOS-2 och ADI-R talar inte för autism. Resultatet är ännu inte återkopplat till familjen, tid för återgivning skickas."),
    ], template="Psykologanteckning", signed=30),
], must_not=[("NL101", "n1"), ("NL102", "n1")],
    why="the untold result is negative (no diagnosis stands) and 'talar inte för' negates autism")

case("bup-vantar-provsvar-anorexi-kand", "2007-05-02", "616", [
    note("n1", "atst", ("Viktor Hedlund", "läkare"), "2024-06-10 15:15", [
        ("Aktuellt", "Anorexia nervosa, i behandling sedan mars och väl förtrogen med diagnosen."),
        ("Planering", "Elstatus och leverprover tagna idag. Pat informeras när svaren kommit, troligen på onsdag."),
    ], template="Återbesök", signed=20),
], must_not=[("NL101", "n1"), ("NL102", "n1")],
    why="what is still to be told is pending lab results; the diagnosis is known; 'troligen' is about a day")

case("bup-utkast-adhd-ej-informerad", "2007-07-19", "150", [
    note("n1", "np_malmo", ("Karin Lindqvist", "läkare"), "2024-05-20 16:30", [
        ("Diagnos", "ADHD, kombinerad form, fastställd vid konsensus."),
        ("Övrigt", "Pat och föräldrar inte informerade än, skriver klart efter återgivningen."),
    ], template="Läkaranteckning", signed=None),
], must=[("NL101", "n1")],
    why="unsigned draft with a settled visible diagnosis that the patient has not been told")

case("bup-autism-atergiven-pat-och-mamma-pappa-ej", "2013-11-01", "456", [
    note("n1", "np_malmo", ("Leila Haddad", "psykolog"), "2024-02-23 10:40", [
        ("Återgivning", "Diagnosen autism återgavs idag till pojken och mamma, som båda tyckte att den stämde. Pappa, som bor i Göteborg, har ännu inte informerats och ringer nästa vecka."),
    ], template="Psykologanteckning", signed=25),
], must_not=[("NL101", "n1")],
    why="child and guardian told; only the other parent has not yet been informed")

case("bup-typo-diagnosen-ej-delgivts-pat", "2006-01-20", "170", [
    note("n1", "bup_eslov", ("Ola Bergström", "läkare"), "2024-01-22 13:35", [
        ("Bedömning", "Paniksyndrom med agorafobi. Diagnosen har ej delgivts pat eftersom besöket fick avbrytas när hon fick en attack."),
        ("Planering", "Ny tid om en vecka."),
    ], template="Läkaranteckning", signed=15),
], must=[("NL101", "n1")],
    why="typo 'delgivts' (delgivits) in a not-told statement about a settled visible diagnosis")

case("bup-skane-sokord-tidiga-hypoteser-ej-informerad", "2006-08-13", "289", [
    note("n1", "bup_lund", ("Hanna Sjöberg", "läkare"), "2024-03-01 11:00", [
        ("Aktuellt", "Uppföljning efter tre månader på escitalopram."),
        ("Tidiga hypoteser", "Bipolär sjukdom typ I, fastställd efter manisk episod i januari. Pat är inte informerad ännu."),
    ], template="Läkaranteckning", signed=45),
], must=[("NL101", "n1")],
    why="Skåne filters by template, so an untold diagnosis under the sökord 'Tidiga hypoteser' in a Läkaranteckning is visible")

case("bup-pat-ovetande-om-diagnosen", "2006-04-27", "347", [
    note("n1", "bup_krstd", ("Fredrik Sandberg", "läkare"), "2024-06-14 09:20", [
        ("Bedömning", "Social fobi och lindrig depressiv episod. Pat är ovetande om diagnoserna, har bara träffat psykologen en gång."),
    ], template="Läkaranteckning", signed=20),
], must=[("NL101", "n1")],
    why="'ovetande om diagnoserna' says the patient does not know the settled visible diagnoses")

case("bup-barnmedicin-celiaki-ej-berattat", "2015-09-02", "582", [
    note("n1", "barnmed_hbg", ("Hedda Roos", "läkare"), "2024-02-16 14:00", [
        ("Konsultation", "Remiss från BUP pga matvägran och viktstopp hos 8-årig flicka, ätstörning diskuterad."),
        ("Bedömning", "Tunntarmsbiopsi visar totalatrofi, celiaki. Har ej berättat för flickan eller föräldrarna än, de kommer på återbesök 20/2."),
    ], template="Läkaranteckning", signed=30),
], must=[("NL101", "n1")],
    why="confirmed celiac disease visible in a pediatric Melior note while child and guardians have not been told")

case("bup-logoped-sprakstorning-ej-formedlad", "2017-12-15", "418", [
    note("n1", "bup_ystad", ("Anna Holm", "logoped"), "2024-06-17 11:20", [
        ("Utredning", "CELF-5 och TROG-2 visar svårigheter med både språkförståelse och grammatik, -2 SD."),
        ("Bedömning", "Språkstörning, impressiv och expressiv. Resultat och diagnos är inte förmedlade till familjen ännu."),
    ], template="Logopedanteckning", signed=45),
], must=[("NL101", "n1")],
    why="a logopedist's settled diagnosis is visible while the family has not yet been told")

case("bup-normalt-ekg-ej-meddelat-adhd", "2007-02-27", "296", [
    note("n1", "bup_hbg", ("Tomas Lind", "läkare"), "2024-01-16 15:00", [
        ("Undersökningar", "EKG inför centralstimulantia: sinusrytm 72, QTc 410, normalt. Ej meddelat pat ännu."),
        ("Bedömning", "ADHD, som pat och föräldrar fick veta i december. Start Concerta 18 mg planeras."),
    ], template="Läkaranteckning", signed=20),
], must_not=[("NL101", "n1")],
    why="the untold item is a normal EKG; the ADHD was told in December")

case("bup-om-misstanke-om-absenser-remiss-eeg", "2014-08-26", "435", [
    note("n1", "bup_lkr", ("Oskar Malm", "läkare"), "2024-03-18 10:00", [
        ("Bedömning", "ADHD, ouppmärksam form, god effekt av Elvanse 30 mg."),
        ("Planering", "Om misstanke om absenser uppstår i skolan, remiss EEG. Lärare ombeds notera ev. stirrande episoder."),
    ], template="Återbesök", signed=15),
], must_not=[("NL102", "n1")],
    why="the suspected absences appear only in a conditional plan; ADHD is confirmed")

case("bup-talar-for-god-effekt-av-kbt", "2006-11-04", "553", [
    note("n1", "bup_eslov", ("Nadia Karimi", "psykolog"), "2024-05-24 14:00", [
        ("Uppföljning", "Social fobi, session 10 av 14. Har hållit redovisning inför klassen och gått på fest."),
        ("Bedömning", "LSAS-CA sjunkit från 92 till 51, vilket talar för god effekt av behandlingen."),
    ], template="Psykologanteckning", signed=None),
], must_not=[("NL102", "n1")],
    why="'talar för' points to a treatment effect, not a diagnosis; social phobia is confirmed")

case("bup-uppfyller-sannolikt-kriterier-adhd", "2006-07-28", "412", [
    note("n1", "np_hbg", ("Ahmed Rashid", "läkare"), "2024-02-28 11:00", [
        ("Bedömning", "Uppfyller sannolikt kriterier för ADHD, ouppmärksam form, men skolans skattning saknas. Ingen ställning tas förrän den kommit in."),
    ], template="Läkaranteckning", signed=20),
], must=[("NL102", "n1")],
    why="'Uppfyller sannolikt kriterier för ADHD' is a hedged diagnosis in a visible Bedömning")

case("bup-inte-sakert-att-det-ar-autism", "2014-05-09", "364", [
    note("n1", "bup_hlm", ("Emma Ståhl", "psykolog"), "2024-01-31 15:30", [
        ("Bedömning", "Inte säkert att det är autism, flickans svårigheter i kamratgruppen kan också förklaras av hennes hörselnedsättning och sena svenskinlärning."),
        ("Planering", "Observation på fritids och samtal med hörselpedagog."),
    ], template="Psykologanteckning", signed=45),
], must=[("NL102", "n1")],
    why="'Inte säkert att det är autism' keeps the diagnosis open in a visible section")

case("bup-vi-misstanker-fordrojd-somnfas", "2006-09-03", "250", [
    note("n1", "bup_ahm", ("Lena Bengtsson", "läkare"), "2024-04-08 11:40", [
        ("Aktuellt", "Kan inte somna före kl 03, sover till 13 på helger. Sömndagbok i två veckor visar stabilt mönster."),
        ("Bedömning", "Vi misstänker en fördröjd sömnfasstörning. Aktigrafi beställs."),
    ], template="Läkaranteckning", signed=25),
], must=[("NL102", "n1")],
    why="'Vi misstänker' hedges a sleep disorder diagnosis of the patient")

# ---------------------------------------------------------------- cases 106-120
case("bup-pmo-vardcentral-sannolik-adhd-18ar", "2005-09-12", "395", [
    note("n1", "vc_sjobo", ("Ebba Nord", "läkare"), "2024-03-11 10:50", [
        ("Besök", "18-årig man, slutat BUP vid 17 utan utredning. Har svårt att behålla extrajobb, glömmer tider och tappar nycklar."),
        ("Bedömning", "Sannolik ADHD. Remiss till vuxenpsykiatrin för utredning."),
    ], template="Besöksanteckning", signed=25),
], must_not=[("NL102", "n1")],
    why="hedged ADHD in a PMO note: diagnoses are never shown from PMO")

case("bup-typo-trolgi-bulimia-nervosa", "2007-04-04", "586", [
    note("n1", "bup_lund", ("Sofia Berg", "läkare"), "2024-06-06 13:00", [
        ("Bedömning", "Trolgi bulimia nervosa med hetsätning och laxermedel två till tre gånger i veckan. Kalium 3,4."),
        ("Åtgärd", "Remiss till ätstörningsenheten, kaliumkontroll om en vecka."),
    ], template="Läkaranteckning", signed=20),
], must=[("NL102", "n1")],
    why="typo in hedge ('Trolgi' for Trolig) before bulimia nervosa in visible Bedömning")

case("bup-typo-differntialdiagnos-tvangssyndrom", "2016-03-21", "311", [
    note("n1", "np_malmo", ("Jenny Holmberg", "psykolog"), "2024-02-19 14:10", [
        ("Bedömning", "Pojken har rigida ritualer kring påklädning och blir förtvivlad när de avbryts. Differntialdiagnos tvångssyndrom gentemot repetitiva beteenden vid autism, vilket redan är diagnostiserat."),
    ], template="Psykologanteckning", signed=35),
], must=[("NL102", "n1")],
    why="typo 'Differntialdiagnos' puts OCD as an open differential in a visible section; the autism itself is confirmed")

case("bup-kurator-natverksmote-ev-hembesok-trolig-flytt", "2014-09-16", "194", [
    note("n1", "bup_lkr", ("Amir Jafari", "kurator"), "2024-04-26 15:40", [
        ("Nätverksmöte", "Deltagare: mamma, mentor, skolkurator, handläggare från socialtjänsten och undertecknad. Skolfrånvaron ligger på 60 procent sedan sportlovet."),
        ("Överenskommelse", "Skolan erbjuder anpassad studiegång på förmiddagar. Ev. hembesök av BUP om frånvaron består, familjen har trolig flytt till Lund i augusti."),
    ], template="Kuratorsanteckning", signed=60),
], must_not=[("NL102", "n1")],
    why="the hedges ('Ev.', 'trolig') concern a home visit and a move, not a diagnosis")

case("bup-heldygn-depression-efter-suicidforsok-bekraftad", "2006-02-03", "461", [
    note("n1", "avd_lund", ("Rasmus Lindgren", "läkare"), "2024-01-05 10:15", [
        ("Inskrivning", "Inlagd efter intoxikation med paracetamol i suicidsyfte på nyårsnatten, behandlad med acetylcystein på barnintensiven. Levervärden normaliserade."),
        ("Bedömning", "Svår depressiv episod utan psykotiska symtom. Fortsatt hög suicidrisk, extravak dygnet runt."),
    ], template="Inskrivningsanteckning", signed=45, setting="slutenvård"),
], must_not=[("NL102", "n1")],
    why="severe depression stated without hedge in an inpatient note")

case("bup-typo-eips-utseluts-mellanvard", "2006-06-08", "527", [
    note("n1", "mellan", ("Daniel Forsberg", "läkare"), "2024-05-31 13:30", [
        ("Bedömning", "Självskadorna har upphört sedan DBT-färdighetsträningen och relationerna är stabilare. Emotionellt instabil personlighetsstörning utseluts, känsloregleringssvårigheter i samband med mobbning."),
    ], template="Läkaranteckning", signed=20),
], must_not=[("NL102", "n1")],
    why="ruled-out diagnosis with a typo ('utseluts' for utesluts)")

case("bup-tvangssyndrom-ej-kommunicerat-med-pat", "2007-01-14", "609", [
    note("n1", "bup_trbg", ("Johanna Wikström", "läkare"), "2024-02-16 16:20", [
        ("Diagnos", "Tvångssyndrom, huvudsakligen tvångshandlingar."),
        ("Kommentar", "Diagnosen är ännu inte kommunicerad med pat, som i dag var för orolig för att ta in mer information."),
    ], template="Läkaranteckning", signed=15),
], must=[("NL101", "n1")],
    why="settled OCD in a visible Diagnos section with a statement that it is not yet communicated to the patient")

case("bup-pmo-vardcentral-dd-hypotyreos-trotthet", "2006-10-29", "640", [
    note("n1", "vc_trbg", ("Jakob Mårtensson", "läkare"), "2024-04-29 09:10", [
        ("Besök", "17-årig tjej, trött sedan två månader, frusen, har gått upp 4 kg. Mamma har Hashimoto."),
        ("Bedömning", "DD hypotyreos, depression. Lab tas, återkommer per telefon."),
    ], template="Besöksanteckning", signed=10),
], must_not=[("NL102", "n1")],
    why="differential diagnoses in a PMO note are never shown to the patient")

case("bup-om-lillebror-visar-tecken-pa-atstorning", "2006-12-24", "348", [
    note("n1", "atst", ("Goran Petrović", "läkare"), "2024-05-17 14:50", [
        ("Bedömning", "Anorexia nervosa i remission, vikt stabil över 50 kg i fyra månader."),
        ("Planering", "Om lillebror visar liknande tecken på ätstörning kan föräldrarna höra av sig till BVC eller elevhälsan. Avslut hos oss efter sommaren."),
    ], template="Återbesök", signed=30),
], must_not=[("NL102", "n1")],
    why="a conditional about a sibling, not a hedged diagnosis of the patient")

case("bup-nybesok-hypotes-sedan-konsensus-ej-informerad", "2016-05-13", "276", [
    note("n1", "bup_krstd", ("Fredrik Sandberg", "läkare"), "2024-01-10 09:00", [
        ("Bedömning", "Trolig ADHD, ouppmärksam form. Dagdrömmer, glömmer läxor och tappar bort kläder."),
        ("Planering", "Utredning med psykolog."),
    ], template="Nybesök", signed=30),
    note("n2", "bup_krstd", ("Fredrik Sandberg", "läkare"), "2024-04-05 15:30", [
        ("Konsensus", "Kriterierna för ADHD, ouppmärksam form, är uppfyllda. Föräldrar och flickan har ännu inte fått beskedet, återgivning 12/4."),
    ], template="Läkaranteckning", signed=30),
], must=[("NL102", "n1"), ("NL101", "n2")],
    why="two notes: a hedged ADHD in the first visit (n1) and the settled but untold diagnosis in the consensus note (n2)")

case("bup-familjen-ej-underrattad-intellektuell-funktionsnedsattning", "2014-02-25", "499", [
    note("n1", "bup_hbg", ("Ida Fransson", "psykolog"), "2024-05-23 13:10", [
        ("Sammanfattning", "WISC-V helskale-IK 61, adaptiv förmåga klart nedsatt i alla domäner enligt Vineland-3."),
        ("Diagnos", "Lindrig intellektuell funktionsnedsättning."),
        ("Planering", "Familjen är inte underrättad ännu, samtal med tolk på arabiska bokas."),
    ], template="Psykologanteckning", signed=2880),
], must=[("NL101", "n1")],
    why="settled intellectual disability visible for a 10-year-old while the family has not been told")

case("bup-absensepilepsi-pat-och-foraldrar-har-inte-fatt-veta", "2015-01-27", "329", [
    note("n1", "barnmed_lund", ("Hedda Roos", "läkare"), "2024-03-06 10:25", [
        ("EEG-svar", "Generaliserade 3 Hz spike-wave-urladdningar vid hyperventilation, typiskt för absensepilepsi."),
        ("Bedömning", "Absensepilepsi hos flicka remitterad från BUP för utredning av koncentrationssvårigheter. Hon och föräldrarna har inte fått veta resultatet ännu."),
    ], template="Läkaranteckning", signed=25),
], must=[("NL101", "n1")],
    why="epilepsy diagnosis visible in a Melior note while the child and guardians have not been told")

case("bup-arfid-tas-upp-forst-efter-dietist", "2013-06-05", "582", [
    note("n1", "bup_eslov", ("Ola Bergström", "läkare"), "2024-02-12 15:05", [
        ("Bedömning", "ARFID, uppfyller kriterierna med viktnedgång och stort beroende av näringsdrycker."),
        ("Planering", "Diagnosen kommer att tas upp med familjen först efter dietistbedömningen 26/2."),
    ], template="Läkaranteckning", signed=20),
], must=[("NL101", "n1")],
    why="the note says the settled ARFID diagnosis will be told only later, so it is untold now")

case("bup-telefon-diagnos-meddelad-pat-och-mamma", "2006-05-09", "263", [
    note("n1", "bup_hlm", ("Emma Ståhl", "läkare"), "2024-03-29 11:15", [
        ("Telefonkontakt", "Ringt pat och mamma på högtalare och meddelat att utredningen visar autism. Pat lättad, säger att hon länge misstänkt det själv."),
        ("Planering", "Återbesök för psykoedukation 10/4."),
    ], template="Telefonanteckning", signed=15),
], must_not=[("NL101", "n1"), ("NL102", "n1")],
    why="diagnosis told by telephone; the patient's own earlier suspicion is not a clinician's hedge about an open diagnosis")

case("bup-pmo-vc-kurator-misstankt-ptsd-ej-namnt", "2007-03-29", "537", [
    note("n1", "vc_krstd", ("Amanda Ljung", "kurator"), "2024-06-24 10:30", [
        ("Samtal", "Rånad på väg hem från träningen i maj, sover dåligt och undviker centrum. Misstänkt PTSD, har inte tagit upp begreppet med honom ännu."),
    ], template="Kuratorsbesök", signed=20),
], must_not=[("NL102", "n1")],
    why="a hedged and untold diagnosis in a PMO note: never shown, so no NL102 (NL101 not asserted on PMO)")

case("bup-fragetecken-depression-social-fobi", "2007-09-05", "673", [
    note("n1", "bup_hbg", ("Tomas Lind", "läkare"), "2024-06-21 10:20", [
        ("Aktuellt", "Går inte till skolan på onsdagar då klassen har muntliga redovisningar. Äter lunch på toaletten, sover 12 timmar på helgerna."),
        ("Bedömning", "Depression? Social fobi? Strukturerad intervju vid nästa besök."),
    ], template="Nybesök", signed=25),
], must=[("NL102", "n1")],
    why="bare question marks after two diagnoses in a visible Bedömning")

case("bup-mojligen-dystymi", "2006-03-26", "588", [
    note("n1", "bup_ystad", ("Malin Carlsson", "psykolog"), "2024-04-17 14:25", [
        ("Bedömning", "Har enligt egen beskrivning varit lite ledsen och trött så länge hon minns, aldrig riktigt glad. Möjligen rör det sig om en dystymi, men ångesten i sociala situationer behöver kartläggas först."),
    ], template="Psykologanteckning", signed=None),
], must=[("NL102", "n1")],
    why="'Möjligen rör det sig om en dystymi' hedges a diagnosis of the patient in a visible section")


# ---------------------------------------------------------------- validation
CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
RECORD_KEYS = ["patient", "as_of", "notes", "access_events", "conversations", "treatments"]
PATIENT_KEYS = ["id", "birth_date", "protected_identity"]
NOTE_KEYS = ["id", "system", "template", "unit", "author", "time", "signed", "setting",
             "refs", "sections"]
CODES = {"NL101", "NL102"}
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")
PNR_RE = re.compile(r"^(\d{8})-(\d{4})$")


def luhn_ok(ten):
    total = 0
    for i, ch in enumerate(ten):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    return total % 10 == 0


def age_on(birth, when):
    b = _dt.date.fromisoformat(birth)
    w = _dt.date.fromisoformat(when[:10])
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def in_2024(ts):
    try:
        return _dt.datetime.fromisoformat(ts).year == 2024
    except (TypeError, ValueError):
        return False


def validate(cases):
    errors = []
    names = set()
    sentences = {}
    for c in cases:
        name = c.get("case", "?")
        err = lambda msg: errors.append("%s: %s" % (name, msg))
        if list(c.keys()) != CASE_KEYS:
            err("case keys %r" % list(c.keys()))
        if name in names:
            err("duplicate case name")
        names.add(name)
        if not name.startswith("bup-"):
            err("case name must start with 'bup-'")
        if c["ruleset"] not in ("skane", "vgr"):
            err("bad ruleset")
        if not c["why"].strip():
            err("empty why")
        rec = c["record"]
        if list(rec.keys()) != RECORD_KEYS:
            err("record keys")
        if rec["access_events"] or rec["conversations"] or rec["treatments"]:
            err("access_events/conversations/treatments must be empty")
        pat = rec["patient"]
        if list(pat.keys()) != PATIENT_KEYS:
            err("patient keys")
        m = PNR_RE.match(pat["id"])
        if not m:
            err("personnummer format")
        else:
            ymd, tail = m.groups()
            if "%s-%s-%s" % (ymd[:4], ymd[4:6], ymd[6:]) != pat["birth_date"]:
                err("personnummer does not match birth_date")
            if not luhn_ok(ymd[2:] + tail):
                err("personnummer fails Luhn")
        try:
            _dt.date.fromisoformat(pat["birth_date"])
        except ValueError:
            err("bad birth_date")
        if not in_2024(rec["as_of"]):
            err("as_of not in 2024")
        ages = [age_on(pat["birth_date"], rec["as_of"])]
        notes = {}
        for n in rec["notes"]:
            if list(n.keys()) != NOTE_KEYS:
                err("note keys %r" % list(n.keys()))
            if n["id"] in notes:
                err("duplicate note id %s" % n["id"])
            notes[n["id"]] = n
            if n["system"] not in ("Melior", "PMO"):
                err("bad system")
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                err("VGR case must be Melior")
            if set(n["unit"].keys()) != {"name", "hsa_id"} or not n["unit"]["hsa_id"].startswith("SE"):
                err("unit")
            if set(n["author"].keys()) != {"name", "role"}:
                err("author")
            if not in_2024(n["time"]):
                err("note %s time not in 2024" % n["id"])
            if n["signed"] is not None:
                if not in_2024(n["signed"]):
                    err("note %s signed not in 2024" % n["id"])
                elif n["signed"] < n["time"]:
                    err("note %s signed before written" % n["id"])
            if n["time"] > rec["as_of"]:
                err("note %s after as_of" % n["id"])
            if n["setting"] not in ("öppenvård", "slutenvård"):
                err("setting")
            if n["refs"] != []:
                err("refs")
            if not n["sections"]:
                err("note without sections")
            ages.append(age_on(pat["birth_date"], n["time"]))
            for s in n["sections"]:
                if set(s.keys()) != {"keyword", "text"} or not s["keyword"].strip() or not s["text"].strip():
                    err("bad section")
                    continue
                for sent in SENT_SPLIT.split(s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in sentences and sentences[sent] != (name, n["id"], s["keyword"]):
                            err("sentence repeated (first in %s): %r" % (sentences[sent][0], sent))
                        elif sent in sentences:
                            err("sentence repeated within section: %r" % sent)
                        else:
                            sentences[sent] = (name, n["id"], s["keyword"])
        for a in ages:
            if 13 <= a <= 15:
                err("patient aged %d (13-15 not allowed)" % a)
        if not c["must"] and not c["must_not"]:
            err("no assertion")
        seen = set()
        for lst in ("must", "must_not"):
            for item in c[lst]:
                if len(item) != 2:
                    err("assertion shape")
                    continue
                code, target = item
                if code not in CODES:
                    err("unknown code %s" % code)
                if target not in notes:
                    err("target %s does not exist" % target)
                    continue
                if (code, target) in seen:
                    err("%s on %s asserted twice" % (code, target))
                seen.add((code, target))
                system = notes[target]["system"]
                if code == "NL102" and lst == "must" and system != "Melior":
                    err("NL102 must only on Melior")
                if code == "NL101" and system == "PMO":
                    err("NL101 asserted on PMO")
    return errors


def main():
    errors = validate(CASES)
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        return 1
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    tally = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                tally[(code, lst)] = tally.get((code, lst), 0) + 1
    print("wrote %d cases to %s" % (len(CASES), OUT))
    for code in sorted(CODES):
        print("%s must %d must_not %d" % (code, tally.get((code, "must"), 0),
                                          tally.get((code, "must_not"), 0)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
