#!/usr/bin/env python3
"""dev54: cardiology, stroke and neurology notes (NL101, NL102).

Standard library only, deterministic. Writes nl1_dev54_cases.jsonl next to this file and
validates it; exits 1 on any problem.
"""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

SK = "SE2321000255-"
VG = "SE2321000131-"
UNITS = {
    # Skåne, Melior (sjukhus)
    "SK_AKUT_LUND": ("Akutmottagningen, Skånes universitetssjukhus Lund", SK + "4A11"),
    "SK_HIA_MALMO": ("Hjärtintensivavdelningen, Skånes universitetssjukhus Malmö", SK + "5H20"),
    "SK_HJART_MALMO": ("Hjärtavdelning 63, Skånes universitetssjukhus Malmö", SK + "5H63"),
    "SK_KARD_LUND": ("Kardiologimottagningen, Skånes universitetssjukhus Lund", SK + "4K02"),
    "SK_ARYTMI": ("Arytmimottagningen, Skånes universitetssjukhus Lund", SK + "4K17"),
    "SK_STROKE_HBG": ("Strokeenheten, Helsingborgs lasarett", SK + "7S05"),
    "SK_STROKE_LUND": ("Strokeavdelningen, Skånes universitetssjukhus Lund", SK + "4S31"),
    "SK_NEURO_MALMO": ("Neurologimottagningen, Skånes universitetssjukhus Malmö", SK + "5N08"),
    "SK_NEURO_LUND": ("Neurologiska kliniken, Skånes universitetssjukhus Lund", SK + "4N01"),
    "SK_NEURO_HBG": ("Neurologimottagningen, Helsingborgs lasarett", SK + "7N12"),
    "SK_NEURO_CSK": ("Neurologimottagningen, Centralsjukhuset Kristianstad", SK + "8N03"),
    "SK_EPI_LUND": ("Epilepsimottagningen, Skånes universitetssjukhus Lund", SK + "4N44"),
    "SK_NEUROONK": ("Neuroonkologiska mottagningen, Skånes universitetssjukhus Lund", SK + "4O19"),
    "SK_NEUROKIR": ("Neurokirurgiska kliniken, Skånes universitetssjukhus Lund", SK + "4C07"),
    "SK_MED_YSTAD": ("Medicinkliniken, Ystads lasarett", SK + "9M21"),
    "SK_MED_CSK": ("Medicinavdelning 7, Centralsjukhuset Kristianstad", SK + "8M07"),
    "SK_AKUT_HBG": ("Akutmottagningen, Helsingborgs lasarett", SK + "7A01"),
    "SK_MED_ANGEL": ("Medicinakuten, Ängelholms sjukhus", SK + "7M40"),
    "SK_MED_LANDSKR": ("Medicinmottagningen, Landskrona lasarett", SK + "7M55"),
    "SK_MED_TRELLE": ("Medicinmottagningen, Trelleborgs lasarett", SK + "5M90"),
    "SK_MED_HLM": ("Medicinmottagningen, Hässleholms sjukhus", SK + "8M33"),
    "SK_BARNNEURO": ("Barnneurologiska mottagningen, Skånes universitetssjukhus Lund", SK + "4B26"),
    # Skåne, PMO (primärvård)
    "SK_VC_LAROD": ("Vårdcentralen Laröd, Helsingborg", SK + "2V14"),
    "SK_VC_TOMELILLA": ("Vårdcentralen Tomelilla", SK + "2V38"),
    "SK_VC_NASBY": ("Vårdcentralen Näsby, Kristianstad", SK + "2V52"),
    "SK_HSV_HORBY": ("Hemsjukvårdsteamet, Vårdcentralen Hörby", SK + "2H09"),
    "SK_BVC_LIMHAMN": ("BVC, Vårdcentralen Limhamn", SK + "2B61"),
    # VGR, Melior
    "VG_SU_AKUT": ("Akutmottagningen, Sahlgrenska universitetssjukhuset", VG + "S100"),
    "VG_SU_NEURO": ("Neurologavdelning 132, Sahlgrenska universitetssjukhuset", VG + "S132"),
    "VG_SU_HIA": ("Hjärtintensiven, Sahlgrenska universitetssjukhuset", VG + "S210"),
    "VG_SU_HJARTMOTT": ("Hjärtmottagningen, Sahlgrenska universitetssjukhuset", VG + "S215"),
    "VG_OSTRA_KARD": ("Kardiologiavdelning 306, Sahlgrenska universitetssjukhuset Östra", VG + "O306"),
    "VG_MS_MOTT": ("MS-mottagningen, Sahlgrenska universitetssjukhuset", VG + "S140"),
    "VG_MOLNDAL_RS": ("Rörelsestörningsmottagningen, Sahlgrenska universitetssjukhuset Mölndal", VG + "M044"),
    "VG_MOLNDAL_NEURO": ("Neurologimottagningen, Sahlgrenska universitetssjukhuset Mölndal", VG + "M040"),
    "VG_NEUROMUSK": ("Neuromuskulärt centrum, Sahlgrenska universitetssjukhuset", VG + "S155"),
    "VG_GENETIK": ("Klinisk genetik, Sahlgrenska universitetssjukhuset", VG + "S900"),
    "VG_NAL_STROKE": ("Strokeenheten, NU-sjukvården NÄL Trollhättan", VG + "N210"),
    "VG_UDD_MED": ("Medicinkliniken, NU-sjukvården Uddevalla sjukhus", VG + "N330"),
    "VG_SKAS_AKUT": ("Akutmottagningen, Skaraborgs sjukhus Skövde", VG + "K001"),
    "VG_SKAS_MED": ("Medicinmottagningen, Skaraborgs sjukhus Skövde", VG + "K120"),
    "VG_SKAS_STROKE": ("Strokeenheten, Skaraborgs sjukhus Skövde", VG + "K170"),
    "VG_LIDK_MED": ("Medicinavdelning 5, Skaraborgs sjukhus Lidköping", VG + "K505"),
    "VG_SAS_NEURO": ("Neurologimottagningen, Södra Älvsborgs sjukhus Borås", VG + "B060"),
    "VG_SAS_KARD": ("Hjärtmottagningen, Södra Älvsborgs sjukhus Borås", VG + "B045"),
    "VG_SAS_AKUT": ("Akutmottagningen, Södra Älvsborgs sjukhus Borås", VG + "B001"),
    "VG_ALINGSAS": ("Medicinavdelning 2, Alingsås lasarett", VG + "A020"),
    "VG_KUNGALV": ("Akutmottagningen, Kungälvs sjukhus", VG + "G001"),
    "VG_DSBUS_AKUT": ("Barnakuten, Drottning Silvias barn- och ungdomssjukhus", VG + "D001"),
}


def N(id, system, template, unit, author, time, signed_after, setting, sections):
    """signed_after: minutes after `time`, or None for an unsigned draft."""
    return dict(id=id, system=system, template=template, unit=unit, author=author,
                time=time, signed_after=signed_after, setting=setting, sections=sections)


def C(name, ruleset, born, notes, must, must_not, why, as_of=None):
    return dict(name=name, ruleset=ruleset, born=born, notes=notes, must=must,
                must_not=must_not, why=why, as_of=as_of)


CASES = []
add = CASES.append

# ---------------------------------------------------------------------------
# NL102 positives: hedged diagnosis of the patient in a visible Melior section
# ---------------------------------------------------------------------------

add(C("d54-akut-fragetecken-nstemi", "skane", "1958-04-11", [
    N("n1", "Melior", "Akutanteckning", "SK_AKUT_LUND", ("Jonas Åkesson", "läkare"),
      "2024-03-07T06:20:00", 55, "öppenvård", [
        ("Anamnes", "65-årig man med hypertoni och typ 2-diabetes. Tryckande retrosternal smärta sedan kl 04 med utstrålning mot vä arm, kallsvettig i hemmet. Tagit 2 puffar Nitrolingual med viss effekt."),
        ("Status", "AT: opåverkad nu, smärta 3/10. Cor: RR, inga blåsljud. Pulm: vesikulärt bilat. BT 168/94, puls 88, sat 97 % på luft."),
        ("Utredning", "EKG: SR 86/min, ST-sänkning 1 mm V4–V6, ingen ST-höjning. TnT 38 → 64 ng/L (0 h/1 h)."),
        ("Bedömning", "?NSTEMI. Stigande TnT-kurva och laterala ST-sänkningar. Inläggning HIA, ASA 300 mg och ticagrelor 180 mg givet, fondaparinux 2,5 mg sc. Angio inom 24 h."),
    ])],
    [["NL102", "n1"]], [],
    "'?NSTEMI' with a rising troponin curve in Bedömning of a Melior ED note is a hedged diagnosis"))

add(C("d54-hia-trol-takotsubo", "skane", "1951-09-02", [
    N("n1", "Melior", "Daganteckning", "SK_HIA_MALMO", ("Sara Nilsson Berg", "läkare"),
      "2024-02-13T10:40:00", 70, "slutenvård", [
        ("Aktuellt", "Dag 2 på HIA. Insjuknade med bröstsmärta dagen efter att maken hastigt avlidit. Smärtfri sedan i går kväll, sovit några timmar."),
        ("Utredning", "Kranskärlsröntgen 12/2: inga signifikanta stenoser. Eko: apikal ballongering, basala segment hyperkinetiska, EF ca 35 %. TnT max 412 ng/L, NT-proBNP 4 800 ng/L."),
        ("Bedömning", "Trol. takotsubu-kardiomyopati utlöst av akut psykisk stress. Fortsatt telemetri, start bisoprolol 2,5 mg och enalapril 2,5 mg x 2. Nytt eko om 6–8 v."),
    ])],
    [["NL102", "n1"]], [],
    "'Trol. takotsubu' (typo) after clean coronaries is still a hedged diagnosis in a visible section"))

add(C("d54-vgr-dd-perikardit-myokardit-typo", "vgr", "2001-06-17", [
    N("n1", "Melior", "Inskrivningsanteckning", "VG_OSTRA_KARD", ("Ahmed Rahimi", "läkare"),
      "2024-05-02T16:05:00", 40, "slutenvård", [
        ("Anamnes", "Tidigare frisk. Förkyld för en vecka sedan, sedan i går skarp bröstsmärta som förvärras i ryggläge och vid djupandning, lindras framåtlutad."),
        ("Status", "Gott AT. Cor: ev. gnidningsljud vid vä sternalrand. Temp 37,9. BT 124/70."),
        ("Utredning", "EKG: konkava ST-lyft i II, III, aVF och V2–V6, PR-sänkning i II. TnI 1 240 ng/L, CRP 46. Eko: EF 55 %, ingen perikardvätska."),
        ("Bedömning", "DD perikardit/myokadit, TnI-stegringen talar för myokardiellt engagemang. MR-hjärta beställd, telemetri. NSAID undviks tills vidare, kolkicin insatt."),
    ])],
    [["NL102", "n1"]], [],
    "'DD perikardit/myokadit' (typo in myokardit) is a differential diagnosis of the patient in Bedömning"))

add(C("d54-vgr-nal-tia-fragetecken", "vgr", "1947-12-05", [
    N("n1", "Melior", "Läkaranteckning", "VG_NAL_STROKE", ("Helena Johansson", "läkare"),
      "2024-01-18T11:30:00", 35, "slutenvård", [
        ("Aktuellt", "Ca 20 min övergående talsvårigheter och domning i hö hand vid frukosten, helt regredierat när ambulansen kom."),
        ("Status", "NIHSS 0, ABCD2 5 p. Neurologstatus i övrigt utan anmärkning."),
        ("Bedömning", "TIA? DT och DT-angio utan akuta fynd, ingen karotisstenos. Kompletterar med MR diffusion och 72 h telemetri. Dubbel trombocythämning i 21 d."),
    ])],
    [["NL102", "n1"]], [],
    "'TIA?' in Bedömning on a stroke unit is a hedged diagnosis"))

add(C("d54-hbg-susp-ischemisk-stroke-va-mca", "skane", "1949-03-28", [
    N("n1", "Melior", "Inskrivningsanteckning", "SK_STROKE_HBG", ("Mikael Strand", "läkare"),
      "2024-01-09T09:50:00", 120, "slutenvård", [
        ("Aktuellt", "Strokelarm kl 09.12, insjuknande 08.35 med vittne. Hö hemipares, motorisk afasi, blickdeviation åt vä. NIHSS 14. DT hjärna: ingen blödning, hyperdens vä MCA. DT-angio: ocklusion vä M1. Susp. ischemisk stroke vä MCA-område. Tenecteplas 0,25 mg/kg kl 09.31, trombektomijour SUS Lund kontaktad, transport ordnad."),
    ])],
    [["NL102", "n1"]], [],
    "telegraphic strokelarm note: 'Susp. ischemisk stroke vä MCA-område' is hedged although treatment is given"))

add(C("d54-vgr-sab-ej-uteslutet", "vgr", "1980-10-14", [
    N("n1", "Melior", "Akutanteckning", "VG_SU_AKUT", ("Petra Lundgren", "läkare"),
      "2024-04-19T03:10:00", None, "öppenvård", [
        ("Anamnes", "Plötslig maximal huvudvärk under träningspass kl 18, 'värsta i mitt liv', kräkts två gånger. Ingen tidigare huvudvärkssjukdom."),
        ("Status", "Vaken, GCS 15. Lätt nackstyvhet? Ingen fokal neurologi."),
        ("Bedömning", "Åskknallshuvudvärk. DT hjärna 9 h efter debut utan blödning, men SAB ej uteslutet då mer än 6 h förflutit. LP efter 12 h för xantokromi, DT-angio i väntan."),
    ])],
    [["NL102", "n1"]], [],
    "unsigned draft: 'SAB ej uteslutet' keeps subarachnoid haemorrhage open, a hedge and not a negation"))

add(C("d54-ystad-af-debut-fragetecken", "skane", "1963-07-08", [
    N("n1", "Melior", "Daganteckning", "SK_MED_YSTAD", ("Lars-Erik Holm", "läkare"),
      "2024-06-11T09:05:00", 25, "slutenvård", [
        ("Telemetri", "Natten: oregelbunden smalkomplexig takykardi 110–140/min under ca 3 h, självkonverterat kl 05."),
        ("Bedömning", "AF-debut? Ej fångat på 12-avlednings-EKG. CHA2DS2-VASc 2 p (HT, DM). Tar ställning till NOAK när episoden verifierats, förlänger tele 24 h."),
    ])],
    [["NL102", "n1"]], [],
    "'AF-debut?' after a telemetry episode is a hedged arrhythmia diagnosis"))

add(C("d54-vgr-vt-vs-svt-med-aberration", "vgr", "1955-02-19", [
    N("n1", "Melior", "Akutanteckning", "VG_SU_HIA", ("Oskar Bergqvist", "läkare"),
      "2024-07-21T22:45:00", 30, "slutenvård", [
        ("Aktuellt", "Hjärtklappning sedan 2 h, BT 105/70, lätt yr. Känd ischemisk hjärtsjukdom, NSTEMI 2019."),
        ("EKG", "Breda QRS 150 ms, frekvens 190, regelbunden, vänster grenblocksmorfologi, AV-dissociation kan ej bedömas."),
        ("Bedömning", "VT vs SVT med aberration. Handläggs som VT pga strukturell hjärtsjukdom. Elkonvertering 100 J i propofolsedering → SR 72. Amiodaron, eko och angio nästa vardag."),
    ])],
    [["NL102", "n1"]], [],
    "'VT vs SVT med aberration' is a differential between two diagnoses written in a visible section"))

add(C("d54-misstankt-myastenia-gravis", "skane", "1990-01-23", [
    N("n1", "Melior", "Mottagningsanteckning", "SK_NEURO_MALMO", ("Karin Wallin", "läkare"),
      "2024-02-27T14:15:00", 60, "öppenvård", [
        ("Anamnes", "Dubbelseende sedan 2 mån, värre på kvällen. Hängande ögonlock vä, växlande. Svårt att tugga segt kött mot slutet av måltiden."),
        ("Status", "Ptos vä som ökar vid uppåtblick i 60 s. Diplopi i lateral blickriktning. Isbitstest: ptos minskar tydligt. Reflexer normala, ingen atrofi."),
        ("Bedömning", "Misstänkt myastenia gravis, okulär eller tidigt generaliserad. AChR- och MuSK-ak skickade, neurografi med repetitiv stimulering och single fiber-EMG. DT thorax mtp tymom."),
    ])],
    [["NL102", "n1"]], [],
    "'Misstänkt myastenia gravis' in Bedömning of a neurology clinic note"))

add(C("d54-vgr-bild-talar-for-gbs-typo", "vgr", "1972-05-30", [
    N("n1", "Melior", "Inskrivningsanteckning", "VG_SU_NEURO", ("Emma Falk", "läkare"),
      "2024-03-15T20:30:00", 45, "slutenvård", [
        ("Aktuellt", "Magsjuk för 2 v sedan. Sedan 4 d stigande svaghet i benen, nu svårt att resa sig ur stol, stickningar i fötter och händer."),
        ("Status", "Areflexi i UE och ÖE, distal pares 3/5 i benen, lätt facialissvaghet bilat. VC 2,8 L."),
        ("Bedömning", "Klinisk bild talar för Guillian-Barrés syndrom. LP i morgon, ENeG. VC x 3/dygn, larmgräns 1,5 L, IVA informerad."),
    ])],
    [["NL102", "n1"]], [],
    "'bild talar för Guillain-Barrés syndrom' (common misspelling 'Guillian') is a hedged diagnosis"))

add(C("d54-trolig-fnd", "skane", "1996-08-12", [
    N("n1", "Melior", "Mottagningsanteckning", "SK_NEURO_LUND", ("Fredrik Ek", "läkare"),
      "2024-09-03T13:00:00", 90, "öppenvård", [
        ("Bedömning", "Remitterad för vänstersidig svaghet sedan 5 mån. Positivt Hoovers tecken vä, give-way-svaghet, normala reflexer, normal MR hjärna och halsrygg. Trolig FND (funktionell neurologisk störning, motorisk typ). Remiss till fysioterapeut med FND-inriktning, återbesök om 3 mån."),
    ])],
    [["NL102", "n1"]], [],
    "'Trolig FND' is a hedged diagnosis even when positive signs are documented"))

add(C("d54-vgr-forsta-anfall-epilepsi-fragetecken", "vgr", "2003-11-03", [
    N("n1", "Melior", "Akutanteckning", "VG_KUNGALV", ("Nils Sandberg", "läkare"),
      "2024-05-26T07:40:00", 50, "öppenvård", [
        ("Anamnes", "Hittad av rumskamrat krampande i sängen ca 2 min, lateralt tungbett vä, urinavgång. Postiktal förvirring 30 min. Sömnbrist inför tentor och alkohol i går kväll."),
        ("Bedömning", "Första GTK-anfallet, epilepsi? DT hjärna ua. EEG och MR hjärna på remiss. Informerad om körförbud 6 mån efter första oprovocerade anfall."),
    ])],
    [["NL102", "n1"]], [],
    "'epilepsi?' after a first generalised seizure is a hedged diagnosis"))

add(C("d54-forenligt-med-brugada", "skane", "1985-02-26", [
    N("n1", "Melior", "Mottagningsanteckning", "SK_ARYTMI", ("Anders Persson", "läkare"),
      "2024-10-08T10:10:00", 30, "öppenvård", [
        ("Utredning", "Remiss efter synkope vid feber 39,5. Vilo-EKG med högt placerade bröstelektroder: coved ST-höjning 2,5 mm i V1–V2 med negativ T."),
        ("Bedömning", "Förenligt med Brugadas syndrom typ 1. Ajmalintest behövs inte. Diskuterar ICD vid nästa besök, information om febersänkning och listan över läkemedel att undvika."),
    ])],
    [["NL102", "n1"]], [],
    "'Förenligt med Brugadas syndrom' phrases the diagnosis as compatible, not established"))

add(C("d54-vgr-bells-pares-dd-borrelia", "vgr", "1978-06-01", [
    N("n1", "Melior", "Akutanteckning", "VG_SAS_AKUT", ("Maria Olofsson", "läkare"),
      "2024-08-14T12:25:00", 20, "öppenvård", [
        ("Aktuellt", "Vaknade med hängande mungipa hö, kan inte stänga hö öga helt. Fästingbett i juni."),
        ("Status", "Perifer facialispares hö inkl. pannan, House-Brackmann III. Övrigt neurologstatus ua, inga hudutslag."),
        ("Bedömning", "Bells pares, DD borrelia-facialispares. Prednisolon 50 mg x 1 i 10 d, ögonsalva och tejp nattetid. Borreliaserologi skickad, LP om positiv."),
    ])],
    [["NL102", "n1"]], [],
    "eponym with a differential: 'DD borrelia-facialispares' next to Bells pares is a hedged diagnosis"))

add(C("d54-horner-fragetecken-karotisdissektion", "skane", "1988-09-09", [
    N("n1", "Melior", "Akutanteckning", "SK_AKUT_HBG", ("Johanna Lind", "läkare"),
      "2024-04-04T18:55:00", 25, "öppenvård", [
        ("Anamnes", "Smärta vä sida av halsen och bakom vä öga sedan 3 d, debuterade efter padelmatch."),
        ("Status", "Ptos och mios vä, anhidros ej bedömbar. Ingen pares, tal ua."),
        ("Bedömning", "Horners syndrom vä, ?karotisdissektion. DT-angio halskärl akut, ASA 160 mg i väntan på svar. Neurologjour kontaktad."),
    ])],
    [["NL102", "n1"]], [],
    "'?karotisdissektion' behind a Horner syndrome is a hedged diagnosis"))

add(C("d54-vgr-sannolik-parkinson-typo", "vgr", "1956-10-22", [
    N("n1", "Melior", "Mottagningsanteckning", "VG_MOLNDAL_RS", ("Gustav Lindholm", "läkare"),
      "2024-11-05T09:30:00", 120, "öppenvård", [
        ("Anamnes", "Vilotremor i hö hand sedan 1 år. Hustrun märker att han släpar hö fot och att handstilen blivit mindre."),
        ("Status", "Vilotremor 4–5 Hz hö, kugghjulsrigiditet hö arm, bradykinesi vid fingertapping hö > vä, minskad armsving hö."),
        ("Bedömning", "Sannolik Parkinssons sjukdom enligt MDS-kriterierna. Provbehandling levodopa/benserazid 50/12,5 mg x 3 med upptitrering enligt schema. DaTSCAN inte nödvändig nu."),
    ])],
    [["NL102", "n1"]], [],
    "movement disorders: 'Sannolik Parkinssons sjukdom' (typo) is a hedged diagnosis"))

add(C("d54-mojlig-msa-p", "skane", "1959-04-04", [
    N("n1", "Melior", "Läkaranteckning", "SK_NEURO_LUND", ("Ingrid Mårtensson", "läkare"),
      "2024-03-21T15:45:00", None, "öppenvård", [
        ("Anamnes", "Progredierande balanssvårigheter, ortostatisk yrsel och urgency-inkontinens sedan 2 år. Dålig effekt av levodopa."),
        ("Status", "Ortostatiskt BT-fall 42/18 mmHg utan kompensatorisk pulsstegring. Symmetrisk parkinsonism, lätt cerebellär ataxi."),
        ("Bedömning", "Möjlig MSA-P enligt Gilman. MR: putaminal atrofi, inget 'hot cross bun'-tecken. Kompressionsstrumpor, midodrin övervägs, kontakt med uroterapeut."),
    ])],
    [["NL102", "n1"]], [],
    "'Möjlig MSA-P' names the grade of certainty of a criteria set, still a hedged diagnosis"))

add(C("d54-vgr-inger-misstanke-om-ms", "vgr", "1993-03-15", [
    N("n1", "Melior", "Mottagningsanteckning", "VG_SAS_NEURO", ("Linnea Ahlberg", "läkare"),
      "2024-02-06T10:00:00", 45, "öppenvård", [
        ("Anamnes", "Synnedsättning hö öga för 3 v sedan med smärta vid ögonrörelser, nu delvis återhämtad. För 1 år sedan domningar i bålen några veckor som gick över spontant."),
        ("Status", "Visus hö 0,6, vä 1,0. RAPD hö, blek papill hö. Övrigt neurologstatus ua."),
        ("Bedömning", "Retrobulbär optikusneurit hö. MR hjärna med periventrikulära och juxtakortikala lesioner, bilden inger misstanke om MS. LP för oligoklonala band och MR ryggmärg bokas."),
    ])],
    [["NL102", "n1"]], [],
    "confirmed optic neuritis plus 'inger misstanke om MS': the MS hypothesis is visible"))

add(C("d54-kan-rora-sig-om-migran-dd-tia", "skane", "1975-11-19", [
    N("n1", "Melior", "Mottagningsanteckning", "SK_MED_LANDSKR", ("Tobias Hansson", "läkare"),
      "2024-06-25T11:15:00", 40, "öppenvård", [
        ("Aktuellt", "Tredje episoden på ett år med flimmer i synfältet som sprider sig under 20 min, följt av pulserande huvudvärk hö. I går samtidigt stickningar i vä hand som vandrade upp mot munnen."),
        ("Bedömning", "Kan röra sig om migrän med aura, TIA är differentialdiagos pga p-piller och rökning. MR hjärna och karotisdoppler, byte till gestagenmetod."),
    ])],
    [["NL102", "n1"]], [],
    "'Kan röra sig om migrän med aura' and 'TIA är differentialdiagos' (typo) are hedged diagnoses"))

add(C("d54-oklart-om-hjartsvikt", "skane", "1944-05-06", [
    N("n1", "Melior", "Daganteckning", "SK_MED_CSK", ("Ulf Bengtsson", "läkare"),
      "2024-10-22T10:20:00", 30, "slutenvård", [
        ("Aktuellt", "Tilltagande andfåddhet vid ansträngning, lätta underbensödem bilat. NT-proBNP 640 ng/L, Hb 102 g/L. Eko ej gjort."),
        ("Bedömning", "Oklart om hjärtsvikt eller om anemin förklarar besvären. Eko beställt, järnstatus och B12/folat skickade."),
    ])],
    [["NL102", "n1"]], [],
    "'Oklart om hjärtsvikt' leaves heart failure as an open hypothesis in a visible section"))

add(C("d54-vgr-barn-trolig-kawasaki", "vgr", "2020-02-14", [
    N("n1", "Melior", "Akutanteckning", "VG_DSBUS_AKUT", ("Sofia Karlström", "läkare"),
      "2024-03-30T14:00:00", None, "öppenvård", [
        ("Anamnes", "4-årig pojke med feber över 39 i 6 d trots antibiotika."),
        ("Status", "Bilat icke-purulent konjunktivit, jordgubbstunga, spruckna läppar, erytem och ödem på hand- och fotryggar, ensidig halslymfkörtel 2 cm."),
        ("Lab", "CRP 148, LPK 17, TPK 520."),
        ("Bedömning", "Trolig Kawasakis sjukdom. Inläggning, eko av kranskärlen i dag, IVIG 2 g/kg efter diskussion med barnkardiolog, ASA."),
    ])],
    [["NL102", "n1"]], [],
    "child under 13 (guardians read): 'Trolig Kawasakis sjukdom' in an unsigned draft is a visible hedged diagnosis"))

add(C("d54-barn-misstankt-absensepilepsi", "skane", "2016-07-21", [
    N("n1", "Melior", "Mottagningsanteckning", "SK_BARNNEURO", ("Malin Fors", "läkare"),
      "2024-04-23T09:20:00", 60, "öppenvård", [
        ("Aktuellt", "Läraren har sett 'dagdrömmar' flera gånger per dag, stirrande blick ca 10 s, inte kontaktbar."),
        ("Status", "Hyperventilationsprov på mottagningen utlöser typisk episod med ögonlocksfladder, ca 8 s."),
        ("Bedömning", "Misstänkt barnabsensepilepsi. EEG med hyperventilation bokat, föräldrarna ombedda att filma episoder hemma."),
    ])],
    [["NL102", "n1"]], [],
    "paediatric neurology: 'Misstänkt barnabsensepilepsi' in Bedömning"))

add(C("d54-vgr-missankt-cidp-typo", "vgr", "1966-01-31", [
    N("n1", "Melior", "Mottagningsanteckning", "VG_NEUROMUSK", ("Henrik Moberg", "läkare"),
      "2024-09-17T13:40:00", 75, "öppenvård", [
        ("Anamnes", "Successivt tilltagande domningar och svaghet i armar och ben sedan 4 mån."),
        ("Status", "Areflexi, proximal och distal pares 4/5, sensorisk ataxi."),
        ("Utredning", "Neurografi: sänkta ledningshastigheter, förlängda distala latenser och konduktionsblock i n. medianus bilat."),
        ("Bedömning", "Missänkt CIDP. LP för likvorprotein, därefter IVIG-försök."),
    ])],
    [["NL102", "n1"]], [],
    "typo in the hedge ('Missänkt CIDP') must still be caught"))

add(C("d54-sannolkit-klusterhuvudvark-typo", "skane", "1982-08-30", [
    N("n1", "Melior", "Mottagningsanteckning", "SK_NEURO_HBG", ("Jenny Rosén", "läkare"),
      "2024-11-12T14:30:00", 30, "öppenvård", [
        ("Anamnes", "Attacker av extrem skärande smärta bakom hö öga, 45–90 min, 1–3 ggr per dygn, ofta kl 02. Tårflöde och rinnande näsa hö, rastlös under attack. Perioder om 6–8 v, senast för ett år sedan."),
        ("Bedömning", "Sannolkit klusterhuvudvärk, episodisk form. Syrgas 12 L/min på mask, sumatriptan 6 mg sc, verapamil med upptrappning och EKG-kontroll. MR hjärna för att utesluta sekundär genes."),
    ])],
    [["NL102", "n1"]], [],
    "headache clinic: typo 'Sannolkit klusterhuvudvärk' is a hedged diagnosis"))

add(C("d54-vgr-wolf-parkinson-white-typo", "vgr", "1999-04-17", [
    N("n1", "Melior", "Mottagningsanteckning", "VG_SAS_KARD", ("Elin Håkansson", "läkare"),
      "2024-01-25T15:00:00", 20, "öppenvård", [
        ("Anamnes", "Episoder med hjärtklappning som startar och slutar tvärt, ca en gång i månaden."),
        ("EKG", "Kort PQ 100 ms, antydd deltavåg i II, aVF och V2–V4."),
        ("Bedömning", "Misstanke om Wolf-Parkinson-White-syndrom. Remiss till arytmienheten SU för EFU och ställningstagande till ablation. Ska söka akut vid ihållande hjärtklappning."),
    ])],
    [["NL102", "n1"]], [],
    "eponym with a typo in the key word ('Wolf-Parkinson-White') after 'Misstanke om'"))

add(C("d54-sokord-tidiga-hypoteser-i-vanlig-mall-skane", "skane", "1952-02-08", [
    N("n1", "Melior", "Läkaranteckning", "SK_NEURO_MALMO", ("Carl Wiberg", "läkare"),
      "2024-05-14T11:00:00", 40, "öppenvård", [
        ("Aktuellt", "Sluddrigt tal sedan ett halvår, sväljer fel på vatten. Fascikulationer i tungan, livliga reflexer i armarna."),
        ("Tidiga hypoteser", "Trolig ALS med bulbär debut. ENeG i tre regioner beställd innan något diskuteras med pat."),
        ("Bedömning", "Dysartri och dysfagi, utredning pågår. Logoped och dietist kopplas in."),
    ])],
    [["NL102", "n1"]], [],
    "Skåne protects by template, not by sökord: 'Tidiga hypoteser' as a sökord in a Läkaranteckning is visible"))

add(C("d54-vgr-th-sokord-men-upprepat-i-bedomning", "vgr", "1970-07-07", [
    N("n1", "Melior", "Läkaranteckning", "VG_SU_NEURO", ("Annika Sjöberg", "läkare"),
      "2024-08-28T16:20:00", 30, "slutenvård", [
        ("Tidiga hypoteser", "Misstänkt sporadisk Creutzfeldt-Jakobs sjukdom: snabb demensutveckling, myoklonier och kortikal diffusionsrestriktion på MR."),
        ("Bedömning", "Snabbt progredierande kognitiv svikt, ?CJD. LP för RT-QuIC och 14-3-3, EEG i morgon."),
    ])],
    [["NL102", "n1"]], [],
    "VGR: the hypothesis is in the Tidiga hypoteser sökord but repeated as '?CJD' in visible Bedömning"))

add(C("d54-lang-strokeepikris-ev-paroxysmalt-ff", "skane", "1950-06-25", [
    N("n1", "Melior", "Epikris", "SK_STROKE_LUND", ("Eva Torstensson", "läkare"),
      "2024-05-08T14:00:00", None, "slutenvård", [
        ("Sammanfattning", "73-årig kvinna med hypertoni och hypotyreos som inkom via strokelarm 2/5 kl 14.10 med akut afasi och högersidig armsvaghet, symtomdebut 13.25 med maken som vittne. NIHSS 9 vid ankomst. DT hjärna utan blödning eller etablerad infarkt, DT-angio med trombus i vä M2 (superior gren). Tenecteplas kl 14.32, därefter trombektomi med TICI 3. Vårdad på strokeenheten 6 dygn."),
        ("Utredning", "Kontroll-DT dygn 1: mindre infarkt vä frontalt operkulärt, ingen blödning. Tele 5 dygn: SR hela tiden, enstaka SVES. Karotisdoppler: under 30 % stenos bilat. UKG: normal VK-funktion, lätt dilaterat vä förmak (LAVI 38 ml/m2), ingen tromb, inget PFO med bubbelkontrast. LDL 3,4, HbA1c 39, TSH 2,1."),
        ("Bedömning", "Ischemisk stroke vä MCA-område, behandlad med trombolys och trombektomi. Embolisk bild med kortikalt engagemang och förstorat förmak. Ev. paroxysmalt förmaksflimmer – implanterbar loop-recorder sätts på arytmimottagningen inom 4 v. Tal och armfunktion tydligt bättre, NIHSS 2 vid utskrivning (lätt benämningssvårighet, lätt finmotorisk nedsättning hö hand)."),
        ("Läkemedel", "Nyinsatt: ASA 75 mg och atorvastatin 80 mg. Levaxin och enalapril oförändrade."),
        ("Planering", "Hemgång med tidig understödd utskrivning, fysioterapeut och arbetsterapeut gör hembesök v. 20. Logoped i öppenvård. Körförbud minst 1 mån, informerad muntligt och skriftligt. Strokesköterska ringer om 2 v, återbesök strokemottagning om 3 mån med BT-mål under 130/80."),
    ])],
    [["NL102", "n1"]], [],
    "long stroke discharge summary, mostly confirmed, one hedged 'Ev. paroxysmalt förmaksflimmer' in Bedömning"))

add(C("d54-vgr-lang-inskrivning-dd-lungemboli", "vgr", "1957-09-14", [
    N("n1", "Melior", "Inskrivningsanteckning", "VG_ALINGSAS", ("Jakob Nyström", "läkare"),
      "2024-02-19T21:15:00", 65, "slutenvård", [
        ("Anamnes", "Känd hjärtsvikt med nedsatt EF (35 % 2023) av ischemisk genes, CABG 2015, typ 2-diabetes och KOL GOLD 2. Tilltagande andfåddhet i en vecka, nu dyspné vid påklädning och sover med tre kuddar. Viktuppgång 4 kg, ökade bensvullnader. I går plötsligt sämre andning med hugg i hö sida vid inandning. Ingen feber. Senast inneliggande i januari för dekompenserad svikt."),
        ("Status", "AT: dyspnoisk, talar i korta meningar. AF 26, sat 89 % på luft och 94 % på 2 L. BT 142/88, puls 104 oregelbunden. Cor: oregelbunden rytm, systoliskt blåsljud 2/6 över apex. Pulm: krepitationer basalt bilat, nedsatta andningsljud hö bas. Ben: pittingödem upp till knäna bilat, hö vad något mer svullen och öm."),
        ("Utredning", "EKG: förmaksflimmer 105/min, känt vä grenblock. NT-proBNP 6 850 (januari 1 900), TnT 30 → 32 utan dynamik, krea 128 (bas 110), K 4,6, CRP 18, D-dimer 1,9. Lungröntgen: stas och pleuravätska hö."),
        ("Bedömning", "Dekompenserad kronisk hjärtsvikt. Känt persisterande förmaksflimmer med snabb kammarfrekvens; följsamheten till apixaban har varit oklar senaste veckan. DD lungemboli med tanke på pleuritisk smärta, asymmetrisk vadsvullnad och uppehållet i antikoagulationen. DT-angio lungartärer när njurfunktionen tillåter, ultraljud av benvenerna i morgon."),
        ("Åtgärd", "Furosemid 40 mg iv x 2, daglig vikt, vätskelista och vätskerestriktion 1,5 L. Metoprolol höjs till 100 mg. Apixaban delas ut av ssk under vårdtiden. Telemetri."),
    ])],
    [["NL102", "n1"]], [],
    "long admission note: confirmed heart failure and AF, plus one 'DD lungemboli' hidden in Bedömning"))

add(C("d54-ssk-tele-ev-forsmaksfladder", "skane", "1948-10-10", [
    N("n1", "Melior", "Omvårdnadsanteckning", "SK_HJART_MALMO", ("Therese Dahl", "sjuksköterska"),
      "2024-07-03T02:55:00", 15, "slutenvård", [
        ("Cirkulation", "Kl 02.40 larm från tele: regelbunden takykardi 150/min med sågtandsliknande P-vågor i II. Ev. förmaksfladder 2:1. Pat vaken, känner lätt hjärtklappning, BT 128/80. Jourläkare kontaktad, 12-avl EKG taget och visat för dr."),
    ])],
    [["NL102", "n1"]], [],
    "nurse telemetry note: 'Ev. förmaksfladder 2:1' is a hedged arrhythmia diagnosis, not only a finding"))

add(C("d54-vgr-kan-inte-utesluta-sinustrombos", "vgr", "1997-12-01", [
    N("n1", "Melior", "Akutanteckning", "VG_SKAS_AKUT", ("Viktor Engström", "läkare"),
      "2024-10-30T23:05:00", 40, "öppenvård", [
        ("Anamnes", "Tilltagande huvudvärk i 5 d, värre liggande, kräkningar. Kombinerade p-piller sedan 3 mån."),
        ("Status", "Papillödem bilat enligt ögonjouren. Ingen fokal neurologi."),
        ("Bedömning", "Kan inte utesluta sinustrombos. DT-venografi akut, om den är normal MR-venografi i morgon."),
    ])],
    [["NL102", "n1"]], [],
    "'Kan inte utesluta sinustrombos' keeps cerebral venous thrombosis open"))

add(C("d54-epikris-misstankt-kardiell-sarkoidos", "skane", "1976-04-29", [
    N("n1", "Melior", "Epikris", "SK_KARD_LUND", ("Hanna Löfgren", "läkare"),
      "2024-04-26T13:30:00", 90, "slutenvård", [
        ("Epikris", "Vårdad för AV-block III med synkope, temporär pacemaker, därefter permanent DDD-pacemaker 19/4. MR-hjärta: fläckvis midmyokardiellt LGE basalt septalt. Förstorade hilära lymfkörtlar på DT thorax. Misstänkt kardiell sarkoidos, FDG-PET bokad och remiss till lungmottagningen för EBUS."),
    ])],
    [["NL102", "n1"]], [],
    "discharge summary (Epikris) with 'Misstänkt kardiell sarkoidos'"))

add(C("d54-vgr-tolkas-som-mojlig-jattecellsarterit", "vgr", "1946-08-08", [
    N("n1", "Melior", "Mottagningsanteckning", "VG_MOLNDAL_NEURO", ("Katarina Wik", "läkare"),
      "2024-06-04T10:45:00", 30, "öppenvård", [
        ("Aktuellt", "Nytillkommen huvudvärk temporalt hö sedan 3 v, ömhet vid hårborstning, tuggclaudicatio."),
        ("Status", "A. temporalis hö förtjockad och öm, svag puls. SR 78, CRP 54."),
        ("Bedömning", "Tolkas som möjlig jättecellsarterit (arteritis temporalis). Prednisolon 60 mg startat i dag, temporalisbiopsi inom en vecka och ultraljud av temporalisartärerna."),
    ])],
    [["NL102", "n1"]], [],
    "'Tolkas som möjlig jättecellsarterit': the 'möjlig' makes it a hypothesis"))

add(C("d54-bild-som-vid-dystrofia-myotonika", "skane", "1984-11-11", [
    N("n1", "Melior", "Mottagningsanteckning", "SK_NEURO_MALMO", ("Pontus Ekdahl", "läkare"),
      "2024-12-03T14:00:00", 45, "öppenvård", [
        ("Anamnes", "Svårt att släppa greppet om saker, framför allt i kyla."),
        ("Status", "Distal svaghet, ansiktssvaghet och temporal atrofi, tidig pannflint. Perkussionsmyotoni i thenar."),
        ("Utredning", "EMG: myotona urladdningar distalt. EKG: AV-block I, PQ 240 ms."),
        ("Bedömning", "Bild som vid dystrofia myotonika typ 1. DMPK-analys efter samtal om ärftlighet, Holter och remiss kardiolog pga överledningsstörningen."),
    ])],
    [["NL102", "n1"]], [],
    "neuromuscular: 'Bild som vid dystrofia myotonika typ 1' is a hedged diagnosis"))

add(C("d54-vgr-utkast-lambert-eaton", "vgr", "1954-05-05", [
    N("n1", "Melior", "Mottagningsanteckning", "VG_NEUROMUSK", ("Mats Forsberg", "läkare"),
      "2024-07-09T11:10:00", None, "öppenvård", [
        ("Aktuellt", "Proximal svaghet i benen, muntorrhet och erektil dysfunktion sedan några månader. Röker, ca 50 paketår."),
        ("Status", "Nedsatta reflexer som ökar efter 10 s maximal kontraktion. Höftflexion 4/5 bilat."),
        ("Bedömning", "?Lambert-Eatons myasteniska syndrom, paraneoplastiskt? Anti-VGCC, DT thorax/buk och repetitiv nervstimulering med högfrekvent stimulering."),
    ])],
    [["NL102", "n1"]], [],
    "unsigned draft (pre-signing): '?Lambert-Eatons myasteniska syndrom' is a visible hedged diagnosis"))

add(C("d54-tva-anteckningar-fragetecken-nstemi-i-forsta", "skane", "1966-07-19", [
    N("n1", "Melior", "Akutanteckning", "SK_MED_ANGEL", ("Robin Holmqvist", "läkare"),
      "2024-10-03T22:40:00", 30, "öppenvård", [
        ("Bedömning", "Bröstsmärta sedan kl 19, tryck mitt i bröstet, hypertoni och rökare. EKG: SR 78 utan ischemi. TnT 0 h 16 ng/L. ?NSTEMI, läggs in för seriella TnT och förnyad bedömning i morgon."),
    ]),
    N("n2", "Melior", "Daganteckning", "SK_MED_ANGEL", ("Cecilia Norén", "läkare"),
      "2024-10-04T09:15:00", 20, "slutenvård", [
        ("Bedömning", "TnT 16 → 17 → 16 ng/L utan dynamik, nytt EKG oförändrat. NSTEMI avskrivs. Smärtfri sedan natten. Arbetsprov polikliniskt inom 2 v, hem i dag."),
    ])],
    [["NL102", "n1"]], [["NL102", "n2"]],
    "two notes: '?NSTEMI' in the ED note is a hypothesis, the next day's note only rules it out"))

# ---------------------------------------------------------------------------
# NL102 hard negatives
# ---------------------------------------------------------------------------

add(C("d54-tnt-x2-neg-nstemi-avskrivs", "skane", "1969-02-02", [
    N("n1", "Melior", "Akutanteckning", "SK_AKUT_HBG", ("Dragan Petrović", "läkare"),
      "2024-01-29T13:35:00", 25, "öppenvård", [
        ("Aktuellt", "Inkom med frågeställning NSTEMI efter 30 min bröstsmärta vid snöskottning."),
        ("Utredning", "TnT 9 → 10 ng/L (0/3 h), EKG utan ischemitecken."),
        ("Bedömning", "TnT x2 neg, NSTEMI avskrivs. Smärtan reproduceras vid palpation av sternokostallederna, bedöms muskuloskeletal. Hem, arbetsprov via VC vid nya besvär vid ansträngning."),
    ])],
    [], [["NL102", "n1"]],
    "ruled out and answered: 'TnT x2 neg, NSTEMI avskrivs'"))

add(C("d54-vgr-dt-utan-blodning-sab-uteslutet", "vgr", "1985-06-06", [
    N("n1", "Melior", "Akutanteckning", "VG_SU_AKUT", ("Jesper Lindahl", "läkare"),
      "2024-06-16T01:50:00", 35, "öppenvård", [
        ("Bedömning", "Plötslig huvudvärk vid samlag, max inom 1 min. DT hjärna 3 h efter debut utan blödning, DT-angio utan aneurysm. SAB uteslutet enligt lokalt PM (DT inom 6 h). Bedöms som primär sexualhuvudvärk, informerad om att den kan återkomma. Åter vid förnyade attacker för ställningstagande till profylax."),
    ])],
    [], [["NL102", "n1"]],
    "'DT utan blödning … SAB uteslutet' is a ruled-out diagnosis, the final diagnosis is stated"))

add(C("d54-far-plotslig-hjartdod-typo", "skane", "2001-01-09", [
    N("n1", "Melior", "Mottagningsanteckning", "SK_KARD_LUND", ("Åsa Lindqvist", "läkare"),
      "2024-03-12T08:45:00", 50, "öppenvård", [
        ("Hereditet", "Far plötlig hjärtdöd 45 år, obduktion visade förstorat hjärta. Farbror misstänkt hypertrofisk kardiomyopati men aldrig utredd."),
        ("Aktuellt", "Pat själv asymtomatisk, spelar fotboll fyra gånger i veckan."),
        ("Utredning", "EKG: SR 58, normala intervall, inga hypertrofitecken. Eko: septum 9 mm, normal systolisk och diastolisk funktion."),
        ("Planering", "Genetisk vägledning erbjuden. Ny kontroll med EKG och eko om 2 år."),
    ])],
    [], [["NL102", "n1"]],
    "relatives only: 'far plötlig (typo) hjärtdöd 45 år', 'farbror misstänkt HCM'; the patient has a normal work-up"))

add(C("d54-vgr-mor-trol-huntington", "vgr", "1990-02-27", [
    N("n1", "Melior", "Mottagningsanteckning", "VG_GENETIK", ("Rebecka Holm", "läkare"),
      "2024-09-10T10:00:00", 60, "öppenvård", [
        ("Aktuellt", "Mamman har enligt pat trol. Huntingtons sjukdom, aldrig testad, bor på demensboende i Polen. Pat asymtomatisk, normalt neurologstatus, inga ofrivilliga rörelser."),
        ("Planering", "Önskar presymtomatisk testning. Första samtalet enligt protokoll genomfört, betänketid en månad före eventuell provtagning."),
    ])],
    [], [["NL102", "n1"]],
    "'trol. Huntingtons sjukdom' is the mother's, not the patient's"))

add(C("d54-konditionell-vid-misstanke-om-ny-stroke", "skane", "1953-11-30", [
    N("n1", "Melior", "Epikris", "SK_STROKE_HBG", ("Birgitta Sundin", "läkare"),
      "2024-02-22T15:10:00", 40, "slutenvård", [
        ("Epikris", "Vårdad 5 dygn för lakunär infarkt i hö capsula interna med vänstersidig hemipares, nu nästan helt regredierad (NIHSS 1). Ingen emboliskälla, tele 72 h med SR."),
        ("Läkemedel", "Klopidogrel 75 mg, atorvastatin 80 mg och amlodipin 5 mg."),
        ("Information", "Vid misstanke om ny stroke (sned mun, armsvaghet, talsvårigheter) ska närstående ringa 112 direkt. Återbesök på strokemottagningen om 3 mån."),
    ])],
    [], [["NL102", "n1"]],
    "'Vid misstanke om ny stroke … ring 112' is a conditional instruction; the lacunar infarct is confirmed"))

add(C("d54-vgr-ev-t-vagsinversion-trol-artefakt", "vgr", "1964-10-03", [
    N("n1", "Melior", "Läkaranteckning", "VG_LIDK_MED", ("Sven Rydberg", "läkare"),
      "2024-11-19T09:25:00", 15, "öppenvård", [
        ("EKG", "Preoperativt inför höftprotes: SR 72, PQ 160, QRS 90. Ev. T-vågsinversion V1–V3, trol. artefakt pga elektrodplacering. Ny registrering med korrekt placering visar flat T i V1, i övrigt normalt."),
        ("Bedömning", "Inga hjärtsymtom. Inga hinder ur kardiologisk synvinkel."),
    ])],
    [], [["NL102", "n1"]],
    "hedged ECG findings ('ev. T-vågsinversion', 'trol. artefakt') are no diagnoses"))

add(C("d54-ssk-tele-breda-komplex-trol-artefakt", "skane", "1960-03-12", [
    N("n1", "Melior", "Omvårdnadsanteckning", "SK_HIA_MALMO", ("Lina Axelsson", "sjuksköterska"),
      "2024-08-07T23:30:00", 10, "slutenvård", [
        ("Övervakning", "Tele kl 23.15: serie breda komplex ca 8 slag, trol. artefakt då pat borstade tänderna, asymtomatisk. Visat för nattjour som bedömer registreringen som rörelseartefakt. Elektroder bytta, fortsatt övervakning."),
    ])],
    [], [["NL102", "n1"]],
    "nurse telemetry note: 'trol. artefakt' hedges a recording, not a disease"))

add(C("d54-vgr-hedgade-symtom-vid-fall", "vgr", "1957-07-19", [
    N("n1", "Melior", "Mottagningsanteckning", "VG_SAS_NEURO", ("Olle Lindgren", "läkare"),
      "2024-04-09T13:20:00", 30, "öppenvård", [
        ("Anamnes", "Oklart om pat varit medvetslös vid fallet i trappan, minns inte hela förloppet. Möjligen lätt yrsel innan. Ev. domningar i vä hand efteråt, nu helt borta."),
        ("Status", "Neurologstatus ua. Ortostatiskt prov utan BT-fall."),
        ("Bedömning", "Bedöms som mekaniskt fall i trappa. Ingen ytterligare utredning."),
    ])],
    [], [["NL102", "n1"]],
    "hedged symptoms (oklart om medvetslös, möjligen yrsel, ev. domningar) are no diagnoses"))

add(C("d54-plan-hedgar-ev-remiss-eventuellt-ukg", "skane", "1948-12-24", [
    N("n1", "Melior", "Mottagningsanteckning", "SK_MED_LANDSKR", ("Per Gustafsson", "läkare"),
      "2024-05-28T10:30:00", 45, "öppenvård", [
        ("Aktuellt", "Känt permanent förmaksflimmer sedan 2018 och hypertoni. Ökad trötthet, kammarfrekvens 110–130 i vila."),
        ("Planering", "Tillägg digoxin 0,125 mg. Ev. remiss till arytmimottagningen för AV-nodsablation och pacemaker om frekvenskontrollen inte räcker. Eventuellt UKG inför nästa besök, trolig kontroll hos ssk om 2 v."),
    ])],
    [], [["NL102", "n1"]],
    "'Ev. remiss', 'Eventuellt UKG', 'trolig kontroll' hedge plans; the AF is confirmed"))

add(C("d54-pmo-vc-misstankt-forsmaksflimmer", "skane", "1955-04-30", [
    N("n1", "PMO", "Besöksanteckning", "SK_VC_LAROD", ("Yvonne Carlsson", "läkare"),
      "2024-09-24T15:05:00", 20, "öppenvård", [
        ("Aktuellt", "Oregelbunden puls 96/min vid BT-kontroll hos ssk. Ingen bröstsmärta eller andfåddhet."),
        ("Bedömning", "Misstänkt förmaksflimmer. EKG-tid i morgon, därefter ställningstagande till antikoagulation, CHA2DS2-VASc 3 p."),
    ])],
    [], [["NL102", "n1"]],
    "PMO never shows diagnoses: 'Misstänkt förmaksflimmer' at a vårdcentral is not NL102"))

add(C("d54-pmo-trol-bells-pares", "skane", "1973-08-16", [
    N("n1", "PMO", "Besöksanteckning", "SK_VC_TOMELILLA", ("Gunnar Friberg", "läkare"),
      "2024-07-15T11:40:00", 30, "öppenvård", [
        ("Bedömning", "Hängande mungipa vä sedan i morse, kan inte rynka pannan vä. Trol. Bells pares vä. Prednisolon 60 mg x 1 i 5 d med nedtrappning, ögonsalva. Borreliaserologi tagen."),
    ])],
    [], [["NL102", "n1"]],
    "PMO: 'Trol. Bells pares' in primary care is not shown as a diagnosis"))

add(C("d54-pmo-telefon-tia-fragetecken", "skane", "1941-09-09", [
    N("n1", "PMO", "Telefonkontakt", "SK_VC_NASBY", ("Anna-Karin Möller", "sjuksköterska"),
      "2024-03-04T11:25:00", 10, "öppenvård", [
        ("Telefonkontakt", "Dottern ringer: mamman hade 15 min i förmiddags svårt att hitta ord och tappade kaffekoppen ur hö hand, nu bra igen. ?TIA. Efter samråd med dr remitteras pat akut till strokeenheten CSK, dottern kör direkt."),
    ])],
    [], [["NL102", "n1"]],
    "PMO phone note: '?TIA' is not asserted as NL102 because PMO shows no diagnoses"))

add(C("d54-mall-tidiga-hypoteser-misstankt-als", "skane", "1962-03-21", [
    N("n1", "Melior", "Tidiga hypoteser", "SK_NEURO_LUND", ("Magnus Alm", "läkare"),
      "2024-06-18T16:00:00", 20, "öppenvård", [
        ("Bedömning", "Misstänkt ALS: fascikulationer i tre regioner, både övre och nedre motorneuronpåverkan. Avvaktar ENeG innan detta diskuteras med pat."),
    ])],
    [], [["NL102", "n1"]],
    "Skåne protected template Tidiga hypoteser holds the 'Misstänkt ALS'"))

add(C("d54-mall-tidiga-hypoteser-dd-pnes-typo", "skane", "1998-05-18", [
    N("n1", "Melior", "Tidiga hypoteser", "SK_EPI_LUND", ("Lotta Gran", "läkare"),
      "2024-02-15T15:35:00", 25, "öppenvård", [
        ("Bedömning", "DD psykogena icke-epileptsika anfall: långdragna anfall med slutna ögon, bäckenrörelser och full minnesbild efteråt. Video-EEG inbokat, väntar med att ta upp detta med pat tills registrering gjorts."),
    ])],
    [], [["NL102", "n1"]],
    "Skåne Tidiga hypoteser template: the differential (with typo 'epileptsika') is protected"))

add(C("d54-vgr-sokord-th-trolig-huntington", "vgr", "1979-01-15", [
    N("n1", "Melior", "Mottagningsanteckning", "VG_MOLNDAL_RS", ("Andreas Öberg", "läkare"),
      "2024-10-15T13:10:00", 50, "öppenvård", [
        ("Aktuellt", "Söker för ofrivilliga ryckningar i ansikte och fingrar, sambon har märkt ökad irritabilitet."),
        ("Status", "Choreatiska rörelser i ansikte och fingrar, långsamma sackader."),
        ("Tidiga hypoteser", "Trolig Huntingtons sjukdom, faderns sjukdomshistoria oklar. Gentest först efter genetisk vägledning."),
        ("Planering", "Ny tid om 3 v. Remiss till klinisk genetik för rådgivning."),
    ])],
    [], [["NL102", "n1"]],
    "VGR: 'Trolig Huntingtons sjukdom' stands only under the protected sökord Tidiga hypoteser"))

add(C("d54-vgr-sokord-th-misstankt-cadasil", "vgr", "1971-10-10", [
    N("n1", "Melior", "Läkaranteckning", "VG_SKAS_STROKE", ("Frida Blom", "läkare"),
      "2024-03-26T11:50:00", None, "slutenvård", [
        ("Aktuellt", "Andra lakunära infarkten på två år, ingen hypertoni eller diabetes. Migrän med aura sedan tonåren."),
        ("Bedömning", "Lakunär infarkt vä corona radiata. MR: utbredda vitsubstansförändringar, även i temporalpoler och capsula externa."),
        ("Tidiga hypoteser", "Misstänkt CADASIL. NOTCH3-analys diskuteras efter genetisk vägledning, barnen berörs också."),
        ("Planering", "ASA och statin, återbesök strokemottagningen."),
    ])],
    [], [["NL102", "n1"]],
    "VGR: 'Misstänkt CADASIL' only in Tidiga hypoteser; visible sections hold confirmed diagnoses"))

add(C("d54-vgr-bekraftad-nstemi-pci", "vgr", "1959-08-08", [
    N("n1", "Melior", "Daganteckning", "VG_SU_HIA", ("Tomas Axén", "läkare"),
      "2024-01-11T10:15:00", 40, "slutenvård", [
        ("Bedömning", "NSTEMI, TnT max 890 ng/L. Kranskärlsröntgen: 90 % stenos i mitt-LAD, PCI med en DES. EF 50 % med apikal hypokinesi."),
        ("Planering", "DAPT 12 mån (ASA + ticagrelor), atorvastatin 80 mg, metoprolol. Hjärtrehab anmäld."),
    ])],
    [], [["NL102", "n1"]],
    "confirmed NSTEMI with PCI: no hedge at all"))

add(C("d54-bekraftad-stroke-efter-trombektomi", "skane", "1946-01-29", [
    N("n1", "Melior", "Daganteckning", "SK_STROKE_LUND", ("Erik Lundberg", "läkare"),
      "2024-11-26T09:40:00", 30, "slutenvård", [
        ("Aktuellt", "Ischemisk stroke vä MCA, trombektomi 3/3 med TICI 2b. Kvarstående afasi, NIHSS 6 (från 17)."),
        ("Utredning", "Kontroll-DT dygn 1: infarkt i vä basala ganglier, ingen blödningsomvandling. Sväljtest utan anmärkning."),
    ])],
    [], [["NL102", "n1"]],
    "confirmed ischaemic stroke with numbers: nothing hedged"))

add(C("d54-vgr-ingen-misstanke-om-endokardit", "vgr", "1950-11-11", [
    N("n1", "Melior", "Daganteckning", "VG_OSTRA_KARD", ("Lisa Hedström", "läkare"),
      "2024-02-01T11:05:00", 25, "slutenvård", [
        ("Bedömning", "Blododlingar 2/2 negativa, TEE utan vegetationer, klaffprotesen fungerar normalt. Ingen misstanke om endokardit längre, febern förklaras av pneumoni i hö underlob. Byter till amoxicillin."),
    ])],
    [], [["NL102", "n1"]],
    "'Ingen misstanke om endokardit' is negated"))

add(C("d54-inga-tecken-pa-perikardit", "skane", "1994-07-07", [
    N("n1", "Melior", "Akutanteckning", "SK_AKUT_LUND", ("Simon Kjellberg", "läkare"),
      "2024-12-09T17:20:00", 30, "öppenvård", [
        ("Bedömning", "Stickande bröstsmärta efter förkylning. EKG normalt, TnT < 5 ng/L, eko utan perikardvätska. Inga tecken på perikardit eller myokardit. Smärtan provoceras vid vridning av bålen, ibuprofen vid behov."),
    ])],
    [], [["NL102", "n1"]],
    "'Inga tecken på perikardit eller myokardit' is negated"))

add(C("d54-vgr-talar-emot-myosit", "vgr", "1968-03-03", [
    N("n1", "Melior", "Mottagningsanteckning", "VG_NEUROMUSK", ("Karl Östlund", "läkare"),
      "2024-05-21T14:25:00", 40, "öppenvård", [
        ("Bedömning", "Muskelvärk i lår och axlar sedan statinstart. CK 180 (ref < 200), EMG utan myopatiska förändringar. Normalt CK och EMG talar emot myosit. Byter till rosuvastatin 5 mg, åter om 6 v."),
    ])],
    [], [["NL102", "n1"]],
    "'talar emot myosit' is a negation, not 'talar för'"))

add(C("d54-myastenia-bedoms-ej-sannolik", "skane", "1981-12-06", [
    N("n1", "Melior", "Mottagningsanteckning", "SK_NEURO_MALMO", ("Ida Sjöstrand", "läkare"),
      "2024-08-20T09:50:00", 35, "öppenvård", [
        ("Bedömning", "Ptos hö sedan 2 v utan variation över dagen, ingen diplopi. Isbitstest negativt, AChR-ak negativa, repetitiv stimulering normal. Myastenia gravis bedöms ej sannolik. Ögonläkaren bedömer aponeurotisk ptos efter mångårigt linsbruk."),
    ])],
    [], [["NL102", "n1"]],
    "'bedöms ej sannolik' negates the hedge word; the diagnosis is aponeurotic ptosis"))

add(C("d54-vgr-epilepsi-avfardas-konvulsiv-synkope", "vgr", "2000-09-19", [
    N("n1", "Melior", "Mottagningsanteckning", "VG_SAS_NEURO", ("Johan Wikström", "läkare"),
      "2024-09-05T15:20:00", 30, "öppenvård", [
        ("Bedömning", "Föll ihop vid blodgivning, några ryckningar i armarna ca 10 s, snabbt orienterad. Inget tungbett, ingen postiktal fas. EEG normalt. Epilepsi avfärdas, konvulsiv synkope vid vasovagal reaktion. Ingen körkortsrestriktion."),
    ])],
    [], [["NL102", "n1"]],
    "'Epilepsi avfärdas' rules epilepsy out; the diagnosis given instead is stated without hedge"))

add(C("d54-vgr-ingen-missanke-om-sab-typo", "vgr", "1987-02-11", [
    N("n1", "Melior", "Akutanteckning", "VG_SAS_AKUT", ("Amanda Krantz", "läkare"),
      "2024-10-11T19:45:00", 30, "öppenvård", [
        ("Bedömning", "Gradvis debuterande huvudvärk sedan 2 d, liknar tidigare migränattacker, fotofobi och illamående. Neurologstatus ua, ingen nackstelhet. Ingen missanke om SAB eller meningit. Migrän utan aura, sumatriptan sc och metoklopramid iv med god effekt."),
    ])],
    [], [["NL102", "n1"]],
    "typo in the negation ('Ingen missanke om SAB') is still a negated mention"))

add(C("d54-lungemboli-utseluten-typo", "skane", "1952-08-22", [
    N("n1", "Melior", "Daganteckning", "SK_MED_CSK", ("Rasmus Wendel", "läkare"),
      "2024-04-16T12:10:00", 45, "slutenvård", [
        ("Bedömning", "Andfåddhet och takykardi efter knäplastik. DT-angio lungartärer utan fyllnadsdefekter, lungemboli utseluten. EKG: sinustakykardi 104. Hb 92, postoperativ anemi förklarar besvären, järn iv."),
    ])],
    [], [["NL102", "n1"]],
    "typo in the ruling-out word ('utseluten') after a normal CT angiography"))

add(C("d54-ms-faststalld-efter-tidigare-misstanke", "skane", "1991-09-30", [
    N("n1", "Melior", "Mottagningsanteckning", "SK_NEURO_LUND", ("Helena Brandt", "läkare"),
      "2024-03-19T10:15:00", 40, "öppenvård", [
        ("Aktuellt", "Skovvis förlöpande MS, diagnosen fastställdes 2021 efter att ha varit misstänkt sedan optikusneuriten 2019."),
        ("Bedömning", "Ocrelizumab, senaste infusion 12/3. EDSS 1,5. MR 2024 utan nya lesioner, JCV-ak neg. Fortsatt behandling, årlig MR."),
    ])],
    [], [["NL102", "n1"]],
    "a past suspicion that has since become a settled MS diagnosis is no current hypothesis"))

add(C("d54-hedge-pa-huvudvarkssymtom", "skane", "1986-12-02", [
    N("n1", "Melior", "Mottagningsanteckning", "SK_NEURO_HBG", ("Daniel Ahl", "läkare"),
      "2024-06-13T14:40:00", 25, "öppenvård", [
        ("Anamnes", "Huvudvärk, möjligen utlöst av ansträngning eller hosta, ev. värre liggande. Känd migrän utan aura sedan 15 års ålder."),
        ("Bedömning", "MR hjärna inklusive bakre skallgrop normal, ingen Chiari-malformation. Informerad om att huvudvärken är godartad, fortsatt triptan vid migränattack."),
    ])],
    [], [["NL102", "n1"]],
    "hedges ('möjligen utlöst', 'ev. värre liggande') qualify symptoms; the known migraine is confirmed"))

add(C("d54-vgr-fragestallning-blodning-besvarad", "vgr", "1938-06-06", [
    N("n1", "Melior", "Läkaranteckning", "VG_ALINGSAS", ("Maja Ström", "läkare"),
      "2024-12-14T08:30:00", None, "slutenvård", [
        ("Aktuellt", "Fall i hemmet med slag mot bakhuvudet, står på apixaban."),
        ("Utredning", "Remiss DT hjärna, frågeställning: blödning? DT: ingen intrakraniell blödning, ingen fraktur."),
        ("Planering", "Apixaban fortsätter. Observation 24 h enligt PM för antikoagulerade."),
    ])],
    [], [["NL102", "n1"]],
    "the referral question 'blödning?' is answered in the same note: no bleeding"))

add(C("d54-barn-konditionell-om-eeg-epileptiform", "skane", "2014-10-12", [
    N("n1", "Melior", "Mottagningsanteckning", "SK_BARNNEURO", ("Josefin Ljung", "läkare"),
      "2024-05-07T13:30:00", 60, "öppenvård", [
        ("Aktuellt", "9-årig pojke, ett generaliserat tonisk-kloniskt anfall ca 3 min i sömnen för 2 v sedan. I övrigt frisk, normal utveckling."),
        ("Status", "Neurologstatus utan anmärkning."),
        ("Planering", "Sömn-EEG bokat 22/5. Om EEG visar epileptiform aktivitet tas ställning till behandling. Vårdnadshavarna har fått anfallsinstruktion och Buccolam."),
    ])],
    [], [["NL102", "n1"]],
    "child: a conditional plan on the EEG result, no hedged diagnosis"))

add(C("d54-vgr-vid-misstanke-om-endokardit-instruktion", "vgr", "1958-02-14", [
    N("n1", "Melior", "Mottagningsanteckning", "VG_OSTRA_KARD", ("Niklas Hammar", "läkare"),
      "2024-08-27T10:50:00", 35, "öppenvård", [
        ("Aktuellt", "Kontroll 3 mån efter TAVI. Inga besvär, promenerar 5 km dagligen."),
        ("Utredning", "Eko: välfungerande klaffprotes, medelgradient 9 mmHg, ingen paravalvulär läcka."),
        ("Planering", "Vid misstanke om endokardit ska blododlingar x 3 tas innan antibiotika ges. Antibiotikaprofylax inför tandingrepp, intyg skrivet."),
    ])],
    [], [["NL102", "n1"]],
    "'Vid misstanke om endokardit …' is a standing conditional instruction, not a hypothesis about the patient now"))

add(C("d54-syster-brugada-bror-ev-drabbad", "skane", "1997-03-05", [
    N("n1", "Melior", "Mottagningsanteckning", "SK_ARYTMI", ("Kristina Bohlin", "läkare"),
      "2024-11-28T11:20:00", 30, "öppenvård", [
        ("Hereditet", "Syster har Brugadas syndrom med ICD sedan 2022, bror ev. också drabbad och utreds i Göteborg."),
        ("Bedömning", "Pat asymtomatisk, aldrig svimmat. Vilo-EKG och EKG med högt placerade elektroder normala, ajmalintest negativt. Ingen ytterligare utredning, informerad om att söka vid svimning."),
    ])],
    [], [["NL102", "n1"]],
    "'bror ev. också drabbad' hedges a relative's diagnosis; the patient's ajmaline test is negative"))

add(C("d54-pmo-hemsjukvard-stroke-fragetecken", "skane", "1935-07-03", [
    N("n1", "PMO", "Hembesök", "SK_HSV_HORBY", ("Madeleine Bergh", "sjuksköterska"),
      "2024-04-28T10:35:00", 15, "öppenvård", [
        ("Aktuellt", "Hembesök kl 10: hustrun uppger att maken sedan frukost har hängande mungipa hö och sluddrigt tal. Hö arm svag. Stroke? Ambulans larmad prio 1, akuten förvarnad om strokelarm."),
    ])],
    [], [["NL102", "n1"]],
    "PMO home care note: 'Stroke?' is not NL102 because PMO shows no diagnoses"))

add(C("d54-pmo-bvc-trol-vsd", "skane", "2024-01-20", [
    N("n1", "PMO", "Besöksanteckning", "SK_BVC_LIMHAMN", ("Hedvig Sand", "läkare"),
      "2024-03-18T09:10:00", 40, "öppenvård", [
        ("Status", "8-veckorskontroll. Holosystoliskt blåsljud 3/6, pm vä sternalrand ic 3–4. Normala femoralispulsar, sat 99 % på hö hand och fot."),
        ("Bedömning", "Trol. liten muskulär VSD. Remiss till barnkardiologen för eko, föräldrarna informerade."),
    ])],
    [], [["NL102", "n1"]],
    "infant at BVC (PMO): 'Trol. liten muskulär VSD' is not NL102"))

add(C("d54-ej-tecken-pa-sinusventrombos", "skane", "1995-05-25", [
    N("n1", "Melior", "Daganteckning", "SK_NEURO_LUND", ("Alexander Nord", "läkare"),
      "2024-07-30T11:45:00", 30, "slutenvård", [
        ("Bedömning", "MR med venografi: ej tecken på sinusventrombos, inga parenkymförändringar. Huvudvärk vid läkemedelsöverförbrukning (triptaner 15 dagar/mån). Utsättningsplan och profylax med amitriptylin."),
    ])],
    [], [["NL102", "n1"]],
    "'ej tecken på sinusventrombos' is negated; the headache diagnosis is confirmed"))

add(C("d54-vgr-ssk-pauser-trol-elektrodlossning", "vgr", "1944-02-28", [
    N("n1", "Melior", "Omvårdnadsanteckning", "VG_LIDK_MED", ("Sandra Åberg", "sjuksköterska"),
      "2024-06-29T05:50:00", 10, "slutenvård", [
        ("Övervakning", "Nattlig tele: två 'pauser' om 3 s med brusig baslinje, trol. elektrodlossning – V2-elektroden satt lös vid kontroll. Pat sov, inga symtom, puls 64 regelbunden. Elektroden bytt."),
    ])],
    [], [["NL102", "n1"]],
    "nurse note: apparent pauses attributed to a loose electrode, no hedged diagnosis"))

add(C("d54-vgr-lang-hia-daganteckning-utan-hypotes", "vgr", "1963-01-27", [
    N("n1", "Melior", "Daganteckning", "VG_SU_HIA", ("Marcus Eklöf", "läkare"),
      "2024-09-12T10:30:00", 55, "slutenvård", [
        ("Aktuellt", "Dag 3 efter inferior STEMI med primär PCI mot RCA (2 DES). Smärtfri sedan ingreppet, mobiliserad till stol och korridor utan besvär. Sovit bra. Undrar när han kan börja jobba igen som lagerarbetare."),
        ("Status", "Opåverkad. BT 118/72, puls 62 regelbunden, sat 97 %. Cor: regelbunden rytm, inga blåsljud. Pulm: ua. Punktionsställe hö a. radialis utan hematom, god radialispuls."),
        ("Telemetri", "Natten: SR 55–70, kort serie AIVR 6 slag kl 01.10 (väntad reperfusionsarytmi), i övrigt ingen arytmi. Kl 03 ett enstaka brett komplex, trol. artefakt vid vändning i sängen."),
        ("Lab", "TnT 2 180 → 1 420 ng/L (sjunkande), krea 84, K 4,2, Hb 141, LDL 4,1, HbA1c 41."),
        ("Eko", "EF 50 %, inferobasal hypokinesi, ingen MI, ingen perikardvätska, ingen tromb."),
        ("Bedömning", "Inferior STEMI med okomplicerat förlopp. Nyupptäckt hyperlipidemi. Ev. kan telemetrin kopplas bort i dag om resten av dagen är lugn. Trolig hemgång i morgon förmiddag."),
        ("Planering", "DAPT ASA + ticagrelor 12 mån, atorvastatin 80 mg, ramipril 2,5 mg med upptitrering, metoprolol 50 mg. Hjärtrehab och FaR. Sjukskrivning 4 v initialt, ev. förlängning vid återbesöket. Lipidkontroll om 6–8 v, eventuellt tillägg av ezetimib."),
    ])],
    [], [["NL102", "n1"]],
    "long HIA note: many hedges (trol. artefakt, ev. kopplas bort, trolig hemgång, eventuellt ezetimib) but none on a diagnosis"))

# ---------------------------------------------------------------------------
# NL101 positives: diagnosis visible while the note says the patient is not told
# ---------------------------------------------------------------------------

add(C("d54-101-ms-ej-informerad-besked-vid-besok", "skane", "1995-02-15", [
    N("n1", "Melior", "Läkaranteckning", "SK_NEURO_MALMO", ("Oscar Lindell", "läkare"),
      "2024-04-12T15:30:00", 30, "öppenvård", [
        ("Utredning", "MR hjärna och ryggmärg 10/4: 11 T2-lesioner periventrikulärt, juxtakortikalt och i C3-nivå, varav 2 Gd-laddande. Oligoklonala band i likvor."),
        ("Bedömning", "Multipel skleros, skovvis förlöpande, enligt McDonald 2017. Pat är ännu inte informerad om diagnosen, besked ges av ansvarig neurolog vid besöket 24/4 med MS-sjuksköterska närvarande."),
    ])],
    [["NL101", "n1"]], [],
    "MS diagnosis in Bedömning while the note says the patient has not yet been told"))

add(C("d54-101-vgr-dilaterad-kardiomyopati-ej-informerad", "vgr", "1967-06-21", [
    N("n1", "Melior", "Läkaranteckning", "VG_SAS_KARD", ("Gabriella Moström", "läkare"),
      "2024-03-06T16:40:00", 20, "öppenvård", [
        ("Eko", "Dilaterad VK (LVEDD 68 mm), EF 25 %, global hypokinesi, måttlig funktionell mitralisinsufficiens."),
        ("Bedömning", "Dilaterad kardiomyopati. Pat ännu ej informerad om ekosvaret; dr Lindqvist tar samtalet vid återbesöket på fredag."),
    ])],
    [["NL101", "n1"]], [],
    "dilated cardiomyopathy written out while 'ännu ej informerad om ekosvaret'"))

add(C("d54-101-als-diagnosbesked-ej-lamnat", "skane", "1958-10-30", [
    N("n1", "Melior", "Läkaranteckning", "SK_NEURO_LUND", ("Christer Hallberg", "läkare"),
      "2024-09-19T14:10:00", 45, "öppenvård", [
        ("Utredning", "ENeG: pågående denervation och kroniska reinnervationstecken i bulbär, cervikal och lumbosakral region."),
        ("Diagnos", "Amyotrofisk lateralskleros (G12.2), uppfyller Gold Coast-kriterierna."),
        ("Planering", "Diagnosbesked ännu inte lämnat. Pat och hustrun kallas till samtal nästa vecka med kurator närvarande."),
    ])],
    [["NL101", "n1"]], [],
    "ALS under sökord Diagnos, 'Diagnosbesked ännu inte lämnat'"))

add(C("d54-101-vgr-huntington-bekraftad-ej-besked", "vgr", "1988-05-11", [
    N("n1", "Melior", "Läkaranteckning", "VG_GENETIK", ("Therese Wall", "läkare"),
      "2024-05-03T09:15:00", 60, "öppenvård", [
        ("Utredning", "Lätt chorea och sackadstörning vid senaste besöket. HTT-genen: 44 CAG-repetitioner."),
        ("Bedömning", "Huntingtons sjukdom bekräftad genetiskt. Pat har inte fått besked; enligt protokoll lämnas svaret bara vid personligt besök 15/5 med stödperson."),
    ])],
    [["NL101", "n1"]], [],
    "genetically confirmed Huntington's disease, 'Pat har inte fått besked'"))

add(C("d54-101-glioblastom-pad-ej-informerad-utkast", "skane", "1961-01-17", [
    N("n1", "Melior", "Läkaranteckning", "SK_NEUROKIR", ("Jens Fridh", "läkare"),
      "2024-05-30T17:05:00", None, "slutenvård", [
        ("PAD", "Stereotaktisk biopsi: glioblastom, IDH-vildtyp, WHO grad 4, MGMT-promotor metylerad."),
        ("Planering", "Pat är inte informerad om PAD ännu. Svaret lämnas på neuroonkologiska mottagningen 6/6 efter MDK."),
    ])],
    [["NL101", "n1"]], [],
    "unsigned draft: glioblastoma PAD visible while 'inte informerad om PAD ännu'"))

add(C("d54-101-vgr-lv-trombos-pat-sederad-hustru-informerad", "vgr", "1956-04-04", [
    N("n1", "Melior", "Daganteckning", "VG_SU_HIA", ("Filip Svärd", "läkare"),
      "2024-02-25T12:00:00", 30, "slutenvård", [
        ("Eko", "Mobil trombos 2 x 1,5 cm i VK-apex efter stor framväggsinfarkt."),
        ("Bedömning", "Vänsterkammartrombos. Pat intuberad och sederad och har därför inte informerats om fyndet; hustrun informerad per telefon. Heparininfusion, byte till warfarin när pat kan svälja."),
    ])],
    [["NL101", "n1"]], [],
    "LV thrombus stated; the patient (sedated) has not been informed, only the wife"))

add(C("d54-101-brugada-ajmalintest-ej-informerad", "skane", "1992-12-19", [
    N("n1", "Melior", "Läkaranteckning", "SK_ARYTMI", ("Maria Ekstrand", "läkare"),
      "2024-06-05T13:25:00", 25, "öppenvård", [
        ("Utredning", "Ajmalintest: typ 1-mönster i V1–V2 vid 1 mg/kg, testet avbrutet, inga arytmier."),
        ("Bedömning", "Brugadas syndrom bekräftat. Pat ej informerad om resultatet ännu, elektrofysiologen ringer honom i morgon förmiddag."),
    ])],
    [["NL101", "n1"]], [],
    "eponymous syndrome confirmed by ajmaline test, patient not yet told"))

add(C("d54-101-vgr-kardiell-attr-amyloidos-ej-besked", "vgr", "1949-07-27", [
    N("n1", "Melior", "Läkaranteckning", "VG_OSTRA_KARD", ("Pernilla Sköld", "läkare"),
      "2024-10-17T15:50:00", 40, "öppenvård", [
        ("Utredning", "DPD-skintigrafi: Perugini grad 3. Inga M-komponenter i serum eller urin, fria lätta kedjor normala."),
        ("Bedömning", "Kardiell ATTR-amyloidos. Pat har inte fått besked, det tas vid mottagningsbesöket där även TTR-genanalys och tafamidis diskuteras."),
    ])],
    [["NL101", "n1"]], [],
    "cardiac ATTR amyloidosis stated, the patient has not received the news"))

add(C("d54-101-parkinson-vill-ha-dottern-med", "skane", "1950-09-09", [
    N("n1", "Melior", "Mottagningsanteckning", "SK_NEURO_CSK", ("Gunilla Ohlsson", "läkare"),
      "2024-11-21T10:35:00", 50, "öppenvård", [
        ("Diagnos", "Parkinsons sjukdom (G20.9), högerdominant, Hoehn & Yahr 1."),
        ("Planering", "Pat vet ännu inte om diagnosen, hon bad själv att dottern ska vara med när resultaten gås igenom. Ny tid om en vecka."),
    ])],
    [["NL101", "n1"]], [],
    "Parkinson's disease under Diagnos while 'Pat vet ännu inte om diagnosen'"))

add(C("d54-101-vgr-myastenia-nas-ej-per-telefon", "vgr", "1977-03-26", [
    N("n1", "Melior", "Telefonanteckning", "VG_SAS_NEURO", ("Tove Bergman", "läkare"),
      "2024-03-13T16:15:00", None, "öppenvård", [
        ("Telefonkontakt", "AChR-ak 12,4 nmol/L (ref < 0,25), repetitiv stimulering med 18 % dekrement. Myastenia gravis, generaliserad form. Sökt pat två gånger per telefon utan svar, ej informerad ännu. Brev med ny tid skickat, pyridostigmin förskrivs först efter samtalet."),
    ])],
    [["NL101", "n1"]], [],
    "confirmed myasthenia gravis in a phone note, patient not reached and not informed"))

add(C("d54-101-jme-ej-underrattad", "skane", "2004-06-14", [
    N("n1", "Melior", "Läkaranteckning", "SK_EPI_LUND", ("Viktoria Hall", "läkare"),
      "2024-02-08T12:45:00", 35, "öppenvård", [
        ("Utredning", "EEG: generaliserade polyspike-wave 4–6 Hz, fotoparoxysmal respons."),
        ("Bedömning", "Med morgonmyoklonier och GTK-anfall efter sömnbrist: juvenil myoklonisk epilepsi. Pat ej underrättad ännu om diagnosen eller körkortskonsekvenserna, telefontid bokad torsdag."),
    ])],
    [["NL101", "n1"]], [],
    "juvenile myoclonic epilepsy stated; 'ej underrättad ännu om diagnosen'"))

add(C("d54-101-vgr-pca-infarkt-ej-infomerad-typo", "vgr", "1955-12-24", [
    N("n1", "Melior", "Daganteckning", "VG_NAL_STROKE", ("Elias Grönberg", "läkare"),
      "2024-08-02T11:20:00", 30, "slutenvård", [
        ("Utredning", "MR hjärna: akut infarkt i vä thalamus och occipitalt, PCA-område."),
        ("Bedömning", "Ischemisk stroke vä PCA. Pat ej infomerad ännu, sov djupt efter en orolig natt; tas på ronden i morgon."),
    ])],
    [["NL101", "n1"]], [],
    "typo 'ej infomerad': ischaemic stroke visible, patient not told yet"))

add(C("d54-101-vgr-lqts-gensvar-ej-informerad", "vgr", "2006-08-08", [
    N("n1", "Melior", "Läkaranteckning", "VG_SU_HJARTMOTT", ("Klara Sundqvist", "läkare"),
      "2024-04-02T14:05:00", 45, "öppenvård", [
        ("Genetik", "Patogen variant i KCNQ1. QTc 490 ms i vila."),
        ("Bedömning", "Långt QT-syndrom typ 1. Pat ej informerad ännu om gensvaret; tas på mottagningen 12/4 tillsammans med föräldrarna."),
    ])],
    [["NL101", "n1"]], [],
    "17-year-old reads own journal: long QT syndrome stated, patient not yet informed"))

add(C("d54-101-kardiell-sarkoidos-faststalld-ej-informerad", "skane", "1972-02-17", [
    N("n1", "Melior", "Läkaranteckning", "SK_KARD_LUND", ("Adam Rosengren", "läkare"),
      "2024-08-22T15:15:00", 30, "öppenvård", [
        ("Utredning", "FDG-PET: fokalt upptag basalt i septum och i hilära körtlar. EBUS-biopsi: icke-nekrotiserande granulom."),
        ("Bedömning", "Kardiell sarkoidos fastställd. Pat har ännu inte informerats om PET- och biopsisvaret, tas vid kardiologbesöket 3/9."),
    ])],
    [["NL101", "n1"]], [],
    "cardiac sarcoidosis confirmed in Bedömning, patient not yet informed of the results"))

add(C("d54-101-vgr-dm1-verifierad-ej-informerad", "vgr", "1989-08-08", [
    N("n1", "Melior", "Läkaranteckning", "VG_NEUROMUSK", ("Sebastian Hjort", "läkare"),
      "2024-12-05T10:25:00", 55, "öppenvård", [
        ("Genetik", "DMPK: ca 620 CTG-repetitioner."),
        ("Bedömning", "Dystrofia myotonika typ 1 verifierad. Pat ännu inte informerad, ville ha svaret vid fysiskt besök; kuratorskontakt förbereds kring ärftlighet och barnen."),
    ])],
    [["NL101", "n1"]], [],
    "myotonic dystrophy verified, 'ännu inte informerad'"))

# ---------------------------------------------------------------------------
# NL101 negatives
# ---------------------------------------------------------------------------

add(C("d54-101n-ms-informerad-idag", "skane", "1994-04-19", [
    N("n1", "Melior", "Mottagningsanteckning", "SK_NEURO_MALMO", ("Oscar Lindell", "läkare"),
      "2024-09-26T11:00:00", 40, "öppenvård", [
        ("Bedömning", "MR och likvor bekräftar skovvis förlöpande MS (McDonald 2017). Pat informerad om diagnosen i dag tillsammans med sambon, tog beskedet sansat och ställde många frågor. Broschyr och kontakt med MS-ssk, behandlingsdiskussion om 2 v."),
    ])],
    [], [["NL101", "n1"]],
    "MS diagnosis told today: no NL101"))

add(C("d54-101n-vgr-kand-ms-valinformerad", "vgr", "1985-01-08", [
    N("n1", "Melior", "Mottagningsanteckning", "VG_MS_MOTT", ("Ebba Nylander", "sjuksköterska"),
      "2024-01-31T09:40:00", 15, "öppenvård", [
        ("Aktuellt", "Känd skovvis förlöpande MS sedan 2017, väl informerad och insatt i sin sjukdom. Stabil på natalizumab, JCV-index 0,3. Ingen ny aktivitet på årets MR."),
    ])],
    [], [["NL101", "n1"]],
    "long-known diagnosis, patient told earlier"))

add(C("d54-101n-aortastenos-ej-informerad-om-datum", "skane", "1943-06-30", [
    N("n1", "Melior", "Läkaranteckning", "SK_KARD_LUND", ("Bengt Ahlström", "läkare"),
      "2024-10-01T14:20:00", None, "öppenvård", [
        ("Bedömning", "Svår symtomatisk aortastenos, AVA 0,6 cm2, medelgradient 52 mmHg. Godkänd för transfemoral TAVI på hjärtkonferensen."),
        ("Planering", "Pat ännu ej informerad om operationsdatumet, koordinatorn ringer när tid finns."),
    ])],
    [], [["NL101", "n1"]],
    "what is not yet told is a date, not the diagnosis"))

add(C("d54-101n-vgr-remiss-ej-meddelad", "vgr", "1971-09-01", [
    N("n1", "Melior", "Läkaranteckning", "VG_SAS_NEURO", ("Hugo Ekberg", "läkare"),
      "2024-07-02T10:55:00", 20, "öppenvård", [
        ("Bedömning", "Trigeminusneuralgi hö V2–V3 med otillräcklig effekt av karbamazepin 800 mg. MR: kärlkontakt mot hö n. trigeminus."),
        ("Åtgärd", "Remiss till neurokirurgen SU för ställningstagande till mikrovaskulär dekompression skickad i dag, pat ej meddelad om att remissen gått iväg."),
    ])],
    [], [["NL101", "n1"]],
    "the untold item is that a referral was sent, not a diagnosis"))

add(C("d54-101n-normalt-holter-svar-ej-lamnat", "skane", "1966-11-20", [
    N("n1", "Melior", "Läkaranteckning", "SK_MED_TRELLE", ("Lars Wennberg", "läkare"),
      "2024-12-10T13:10:00", 25, "öppenvård", [
        ("Bedömning", "Känd hypertoni och hyperlipidemi. Holter 48 h: SR 55–128, enstaka VES, ingen arytmi och inga pauser. Pat har inte fått svaret ännu; brev med normalt besked skickas."),
    ])],
    [], [["NL101", "n1"]],
    "an untold normal Holter result is no diagnosis"))

add(C("d54-101n-mall-tidiga-hypoteser-als-ej-informerad", "skane", "1957-11-05", [
    N("n1", "Melior", "Tidiga hypoteser", "SK_NEURO_LUND", ("Christer Hallberg", "läkare"),
      "2024-04-25T16:30:00", 20, "öppenvård", [
        ("Bedömning", "ENeG med utbredd denervation i tre regioner, talar starkt för ALS. Pat är inte informerad; diagnossamtal planeras när hela teamet kan delta."),
    ])],
    [], [["NL101", "n1"]],
    "Skåne: the untold diagnosis sits in the protected Tidiga hypoteser template"))

add(C("d54-101n-vgr-sokord-th-gliom-ej-besked", "vgr", "1964-03-18", [
    N("n1", "Melior", "Läkaranteckning", "VG_SU_NEURO", ("Ylva Carlén", "läkare"),
      "2024-11-07T15:00:00", 30, "öppenvård", [
        ("Aktuellt", "Återbesök efter MR hjärna. Pat har inte fått MR-svaret ännu och kommer med sin son."),
        ("Tidiga hypoteser", "MR: ringladdande expansivitet vä frontalt med omgivande ödem, stark misstanke om högmalignt gliom. Diskuteras på MDK innan besked ges."),
        ("Planering", "Betametason 4 mg x 2. Ny tid efter MDK nästa vecka."),
    ])],
    [], [["NL101", "n1"]],
    "VGR: visible text only says the MR answer is not given; the tumour itself is under the protected sökord"))

add(C("d54-101n-pat-informerad-maken-inte-an", "skane", "1960-08-03", [
    N("n1", "Melior", "Läkaranteckning", "SK_NEUROONK", ("Sanna Lejon", "läkare"),
      "2024-06-06T14:45:00", 35, "öppenvård", [
        ("Bedömning", "Glioblastom vä temporalt, PAD klar. Pat informerad om diagnos och prognos i dag. Vill själv berätta för maken och barnen och önskar att vi inte informerar maken ännu, vilket respekteras."),
    ])],
    [], [["NL101", "n1"]],
    "patient told; only the husband is not"))

add(C("d54-101n-vgr-hcm-inget-om-information", "vgr", "1953-10-17", [
    N("n1", "Melior", "Mottagningsanteckning", "VG_SAS_KARD", ("Ronja Falk", "läkare"),
      "2024-05-15T11:30:00", 30, "öppenvård", [
        ("Bedömning", "Hypertrofisk kardiomyopati, septum 21 mm, vilogradient 18 mmHg och provocerad gradient 45 mmHg. Metoprolol 100 mg, undvika uttorkning. Holter utan VT. ESC:s SCD-risk 3,1 % på 5 år, ingen ICD-indikation."),
    ])],
    [], [["NL101", "n1"]],
    "confirmed diagnosis with nothing said about telling the patient"))

add(C("d54-101n-stroke-informerad-men-anosognosi", "skane", "1945-02-22", [
    N("n1", "Melior", "Daganteckning", "SK_STROKE_LUND", ("Emil Ståhl", "läkare"),
      "2024-03-28T10:05:00", 45, "slutenvård", [
        ("Bedömning", "Infarkt hö MCA-område med vänstersidig neglekt. Pat informerad om strokediagnosen av mig och av ssk men har svårt att ta till sig, förnekar svagheten i vä arm (anosognosi). Informationen upprepas dagligen."),
    ])],
    [], [["NL101", "n1"]],
    "patient was told, even though he has trouble taking it in"))

add(C("d54-101n-vgr-als-kand-barnen-ej-informerade", "vgr", "1969-12-12", [
    N("n1", "Melior", "Mottagningsanteckning", "VG_NEUROMUSK", ("Henrik Moberg", "läkare"),
      "2024-06-20T13:15:00", 40, "öppenvård", [
        ("Aktuellt", "ALS med spinal debut, diagnosen gavs vid förra besöket. Pat vet om diagnosen men vill inte att barnen ska informeras förrän efter sommaren."),
        ("Utredning", "Andningsfysiologi: VC 78 % av förväntat. Riluzol insatt."),
    ])],
    [], [["NL101", "n1"]],
    "patient knows the diagnosis; the children are the ones not yet told"))

add(C("d54-101n-nstemi-avskriven-ej-informerad-om-hemgang", "skane", "1979-03-14", [
    N("n1", "Melior", "Akutanteckning", "SK_AKUT_HBG", ("Louise Kvist", "läkare"),
      "2024-07-08T15:40:00", 20, "öppenvård", [
        ("Bedömning", "TnT 6 → 7 ng/L, NSTEMI avskriven. Fraktur i distala radius vä efter fallet. Pat ej informerad ännu om att hon får gå hem, väntar på ortopedens bedömning av handleden."),
    ])],
    [], [["NL101", "n1"]],
    "the untold item is discharge (a plan), not a diagnosis"))

add(C("d54-101n-vgr-epilepsi-meddelad-korkortsbesked-saknas", "vgr", "1976-07-29", [
    N("n1", "Melior", "Mottagningsanteckning", "VG_SU_NEURO", ("Alva Persson", "läkare"),
      "2024-10-24T09:00:00", 30, "öppenvård", [
        ("Bedömning", "Fokal epilepsi med medvetandepåverkan, diagnosen meddelad pat vid förra besöket. Anfallsfri 4 mån på lamotrigin 200 mg. Har ännu inte fått besked från Transportstyrelsen om körkortet."),
    ])],
    [], [["NL101", "n1"]],
    "diagnosis already told; what is pending is an authority's decision"))

add(C("d54-101n-vgr-senare-anteckning-ff-informerad", "vgr", "1961-02-02", [
    N("n1", "Melior", "Telefonanteckning", "VG_LIDK_MED", ("Ulrika Stenberg", "läkare"),
      "2024-09-02T15:30:00", 15, "öppenvård", [
        ("Telefonkontakt", "Holter 7 d: paroxysmalt förmaksflimmer, 3 episoder, längsta 5 h 10 min. Pat ej informerad ännu, ringer i morgon."),
    ]),
    N("n2", "Melior", "Telefonanteckning", "VG_LIDK_MED", ("Ulrika Stenberg", "läkare"),
      "2024-09-03T10:05:00", 10, "öppenvård", [
        ("Telefonkontakt", "Ringt pat och informerat om paroxysmalt förmaksflimmer på Holtern. Start apixaban 5 mg x 2, e-recept skickat. Återbesök ssk-mottagning om 4 v."),
    ])],
    [], [["NL101", "n2"]],
    "a later note tells the patient what the earlier note withheld; asserted on the later note"))

add(C("d54-101n-barn-foraldrar-informerade-rolandisk", "skane", "2015-05-05", [
    N("n1", "Melior", "Mottagningsanteckning", "SK_BARNNEURO", ("Malin Fors", "läkare"),
      "2024-10-29T10:40:00", 50, "öppenvård", [
        ("Bedömning", "EEG: centrotemporala spikar bilat som aktiveras i sömn. Självbegränsande epilepsi med centrotemporala spikar (tidigare benämnd Rolandisk epilepsi). Pojken och föräldrarna informerade om diagnosen och den goda prognosen i dag. Ingen medicinering nu."),
    ])],
    [], [["NL101", "n1"]],
    "child: the boy and his guardians were informed today"))


# ---------------------------------------------------------------------------
# build and validate
# ---------------------------------------------------------------------------

def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def luhn_ok(ten):
    total = 0
    for i, ch in enumerate(ten):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def make_pnr(born, index):
    ymd = born.replace("-", "")
    serial = "%03d" % ((index * 137 + 211) % 1000)
    return "%s-%s%s" % (ymd, serial, luhn_digit(ymd[2:] + serial))


def age_on(born, when):
    b = dt.date.fromisoformat(born)
    d = when.date()
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def to_record(c, index):
    notes = []
    last = None
    for n in c["notes"]:
        t = dt.datetime.fromisoformat(n["time"])
        signed = None
        if n["signed_after"] is not None:
            signed = (t + dt.timedelta(minutes=n["signed_after"])).isoformat()
        uname, hsa = UNITS[n["unit"]]
        notes.append({
            "id": n["id"], "system": n["system"], "template": n["template"],
            "unit": {"name": uname, "hsa_id": hsa},
            "author": {"name": n["author"][0], "role": n["author"][1]},
            "time": t.isoformat(), "signed": signed, "setting": n["setting"],
            "refs": [],
            "sections": [{"keyword": k, "text": x} for k, x in n["sections"]],
        })
        last = t if last is None or t > last else last
    as_of = c["as_of"]
    if as_of is None:
        a = dt.datetime(last.year, last.month, last.day) + dt.timedelta(days=7)
        as_of = min(a, dt.datetime(2024, 12, 31)).isoformat()
    return {
        "patient": {"id": make_pnr(c["born"], index), "birth_date": c["born"],
                    "protected_identity": False},
        "as_of": as_of,
        "notes": notes,
        "access_events": [], "conversations": [], "treatments": [],
    }


SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def validate(out):
    errors = []
    names = set()
    seen_sent = {}
    for obj in out:
        name = obj["case"]
        if set(obj) != {"case", "ruleset", "record", "must", "must_not", "why"}:
            errors.append("%s: wrong keys" % name)
        if not name.startswith("d54-"):
            errors.append("%s: name prefix" % name)
        if name in names:
            errors.append("%s: duplicate case name" % name)
        names.add(name)
        if obj["ruleset"] not in ("skane", "vgr"):
            errors.append("%s: ruleset" % name)
        if not obj["why"].strip():
            errors.append("%s: empty why" % name)
        rec = obj["record"]
        if set(rec) != {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}:
            errors.append("%s: record keys" % name)
        pat = rec["patient"]
        pnr = pat["id"]
        if not re.fullmatch(r"\d{8}-\d{4}", pnr):
            errors.append("%s: pnr format" % name)
        else:
            if pnr[:8] != pat["birth_date"].replace("-", ""):
                errors.append("%s: pnr does not match birth_date" % name)
            if not luhn_ok(pnr[2:8] + pnr[9:]):
                errors.append("%s: pnr Luhn" % name)
        try:
            dt.date.fromisoformat(pat["birth_date"])
        except ValueError:
            errors.append("%s: birth_date" % name)
            continue
        as_of = dt.datetime.fromisoformat(rec["as_of"])
        if as_of.year != 2024:
            errors.append("%s: as_of not 2024" % name)
        times = [as_of]
        ids = {}
        for n in rec["notes"]:
            if set(n) != {"id", "system", "template", "unit", "author", "time", "signed",
                          "setting", "refs", "sections"}:
                errors.append("%s/%s: note keys" % (name, n.get("id")))
            if n["id"] in ids:
                errors.append("%s: duplicate note id" % name)
            ids[n["id"]] = n
            if n["system"] not in ("Melior", "PMO"):
                errors.append("%s: system" % name)
            if obj["ruleset"] == "vgr" and n["system"] != "Melior":
                errors.append("%s: VGR note not Melior" % name)
            if n["setting"] not in ("öppenvård", "slutenvård"):
                errors.append("%s: setting" % name)
            t = dt.datetime.fromisoformat(n["time"])
            times.append(t)
            if t.year != 2024:
                errors.append("%s: note time not 2024" % name)
            if t > as_of:
                errors.append("%s: note after as_of" % name)
            if n["signed"] is not None:
                s = dt.datetime.fromisoformat(n["signed"])
                if s.year != 2024 or s < t:
                    errors.append("%s: signed time" % name)
            for sec in n["sections"]:
                if not sec["keyword"].strip() or not sec["text"].strip():
                    errors.append("%s: empty section" % name)
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen_sent and seen_sent[sent] != name + "/" + n["id"]:
                            errors.append("%s: sentence repeated (also in %s): %r"
                                          % (name, seen_sent[sent], sent))
                        elif sent in seen_sent:
                            errors.append("%s: sentence repeated within note: %r" % (name, sent))
                        seen_sent[sent] = name + "/" + n["id"]
        for t in times:
            a = age_on(pat["birth_date"], t)
            if a < 0 or 13 <= a <= 15:
                errors.append("%s: patient age %d" % (name, a))
        pairs = set()
        for lst in ("must", "must_not"):
            for code, target in obj[lst]:
                if code not in ("NL101", "NL102"):
                    errors.append("%s: unexpected code %s" % (name, code))
                if target not in ids:
                    errors.append("%s: target %s missing" % (name, target))
                    continue
                if (code, target) in pairs:
                    errors.append("%s: %s/%s asserted twice" % (name, code, target))
                pairs.add((code, target))
                sysname = ids[target]["system"]
                if code == "NL102" and sysname != "Melior" and lst == "must":
                    errors.append("%s: NL102 must on non-Melior" % name)
                if code == "NL102" and sysname == "PMO" and lst == "must":
                    errors.append("%s: NL102 must on PMO" % name)
                if code == "NL101" and sysname == "PMO":
                    errors.append("%s: NL101 asserted on PMO" % name)
        if not obj["must"] and not obj["must_not"]:
            errors.append("%s: asserts nothing" % name)
    return errors


def main():
    out = []
    for i, c in enumerate(CASES):
        out.append({
            "case": c["name"], "ruleset": c["ruleset"], "record": to_record(c, i),
            "must": c["must"], "must_not": c["must_not"], "why": c["why"],
        })
    errors = validate(out)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        return 1
    path = os.path.join(HERE, "nl1_dev54_cases.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for obj in out:
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    counts = {}
    for obj in out:
        for lst in ("must", "must_not"):
            for code, _ in obj[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    print("%d cases written to %s" % (len(out), path))
    for code in ("NL101", "NL102"):
        print("  %s must=%d must_not=%d" % (code, counts.get((code, "must"), 0),
                                             counts.get((code, "must_not"), 0)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
