#!/usr/bin/env python3
"""Independent test set dev110: child and adolescent psychiatry (BUP) and child neurology.

Standard library only, deterministic. Running it writes cases.jsonl next to this file
and validates the whole set; it exits 1 on any problem.

Conventions used here (see the devset README):
- BUP notes are Skåne only (VGR has not connected BUP to Journalen for children);
  VGR cases are child neurology / paediatrics in Melior.
- Patients are under 13 (guardians read the journal) or 16-17 (the patient reads it).
- For a child under 13 the family (child and guardians) is the reader; a note that says
  the family / guardians have not yet been told a settled diagnosis is treated as NL101.
"""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev110_cases.jsonl")

# --------------------------------------------------------------------------- units
SK = "SE2321000255-"
VG = "SE2321000131-"
UNITS = {
    # Skåne, Melior (psykiatri Skåne / sjukhus)
    "bup_mal": ("BUP Malmö, Öppenvårdsmottagning Malmö Centrum", SK + "B7M1"),
    "bup_mal2": ("BUP Malmö, Öppenvårdsmottagning Rosengård", SK + "B7M4"),
    "bup_lund": ("BUP Lund, Öppenvårdsmottagning Lund", SK + "B4L2"),
    "bup_hbg": ("BUP Helsingborg, Öppenvårdsmottagning", SK + "B5H3"),
    "bup_kri": ("BUP Kristianstad, Öppenvårdsmottagning", SK + "B6K8"),
    "bup_ystad": ("BUP Ystad, Öppenvårdsmottagning", SK + "B3Y5"),
    "bup_lsk": ("BUP Landskrona, Öppenvårdsmottagning", SK + "B5L9"),
    "bup_hlm": ("BUP Hässleholm, Öppenvårdsmottagning", SK + "B6H2"),
    "bup_trel": ("BUP Trelleborg, Öppenvårdsmottagning", SK + "B3T7"),
    "bup_np": ("BUP Skåne, Neuropsykiatriska utredningsenheten Malmö", SK + "B7N3"),
    "bup_at": ("BUP Skåne, Ätstörningsenheten Lund", SK + "B4A6"),
    "bup_akut": ("BUP Akutmottagning Skåne, Lund", SK + "B4K1"),
    "bup_avd": ("BUP Heldygnsvård, Ungdomsavdelningen Lund", SK + "B4V5"),
    "bneuro_lund": ("Barnneurologimottagningen, Barn- och ungdomssjukhuset, Skånes universitetssjukhus Lund", SK + "7N21"),
    "bneuro_mal": ("Barnneurologiska mottagningen, Skånes universitetssjukhus Malmö", SK + "7N35"),
    "bavd_lund": ("Barnavdelning neurologi, Barn- och ungdomssjukhuset, Skånes universitetssjukhus Lund", SK + "7V48"),
    "bum_hbg": ("Barn- och ungdomsmedicinska mottagningen, Helsingborgs lasarett", SK + "5B12"),
    "bum_kri": ("Barn- och ungdomsmedicinska mottagningen, Centralsjukhuset Kristianstad", SK + "6B30"),
    "bakut_mal": ("Barn- och ungdomsakuten, Skånes universitetssjukhus Malmö", SK + "7A77"),
    # Skåne, PMO (primärvård)
    "bvc_husie": ("BVC Husie, Vårdcentralen Husie Malmö", SK + "P1H4"),
    "bvc_eslov": ("BVC Eslöv, Vårdcentralen Eslöv", SK + "P2E8"),
    "bvc_angel": ("BVC Ängelholm, Vårdcentralen Ängelholm", SK + "P5A2"),
    "vc_sjobo": ("Vårdcentralen Sjöbo", SK + "P3S6"),
    "vc_hoor": ("Vårdcentralen Höör", SK + "P2H1"),
    "um_lund": ("Ungdomsmottagningen Lund", SK + "P4U3"),
    "um_malmo": ("Ungdomsmottagningen Malmö Väster", SK + "P7U9"),
    # VGR, Melior (sjukhus)
    "dsbus_neuro": ("Barnneurologiska mottagningen, Drottning Silvias barn- och ungdomssjukhus, Sahlgrenska Universitetssjukhuset", VG + "D4N1"),
    "dsbus_avd": ("Barnneurologisk vårdavdelning, Drottning Silvias barn- och ungdomssjukhus, Sahlgrenska Universitetssjukhuset", VG + "D4V2"),
    "dsbus_akut": ("Barnakuten Östra, Drottning Silvias barn- och ungdomssjukhus", VG + "D4A9"),
    "dsbus_medavd": ("Barn- och ungdomsmedicinsk vårdavdelning för tonåringar, Drottning Silvias barn- och ungdomssjukhus", VG + "D4T6"),
    "nu_bum": ("Barn- och ungdomsmedicinska mottagningen, NU-sjukvården NÄL Trollhättan", VG + "N2B3"),
    "nu_avd": ("Barnavdelningen, NU-sjukvården NÄL Trollhättan", VG + "N2V7"),
    "skas_bum": ("Barn- och ungdomsmottagningen, Skaraborgs Sjukhus Skövde", VG + "S3B5"),
    "sas_bum": ("Barn- och ungdomsmedicin, Södra Älvsborgs Sjukhus Borås", VG + "A5B1"),
    "sas_neuro": ("Barnneurologiska teamet, Södra Älvsborgs Sjukhus Borås", VG + "A5N4"),
    "kungalv": ("Barnmottagningen, Kungälvs sjukhus", VG + "K6B2"),
    "alingsas": ("Barnmottagningen, Alingsås lasarett", VG + "L7B8"),
}

CASES = []


def pnr(birth, serial):
    """Luhn-valid personnummer YYYYMMDD-NNNC for birth YYYY-MM-DD and a 3-digit serial."""
    ymd = birth.replace("-", "")
    core = ymd[2:] + serial
    total = 0
    for i, ch in enumerate(core):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    check = (10 - total % 10) % 10
    return "%s-%s%d" % (ymd, serial, check)


def luhn_ok(pid):
    digits = pid.replace("-", "")[2:]
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return total % 10 == 0


def N(nid, unit, author, role, time, sections, template="Läkaranteckning",
      system="Melior", setting="öppenvård", sign=40):
    """One note. time 'YYYY-MM-DD HH:MM'; sign = minutes until signing, or None (draft)."""
    t = dt.datetime.strptime(time, "%Y-%m-%d %H:%M")
    signed = None if sign is None else (t + dt.timedelta(minutes=sign)).strftime("%Y-%m-%dT%H:%M:%S")
    uname, hsa = UNITS[unit]
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": uname, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": t.strftime("%Y-%m-%dT%H:%M:%S"),
        "signed": signed,
        "setting": setting,
        "refs": [],
        "sections": [{"keyword": k, "text": x} for k, x in sections],
    }


def _targets(spec):
    out = []
    for item in spec:
        code, _, nid = item.partition(":")
        out.append([code, nid or "n1"])
    return out


def C(name, ruleset, birth, sex, notes, must, must_not, why):
    """Append a case. must / must_not: list like ['NL102'] or ['NL101:n2']."""
    idx = len(CASES)
    serial_base = 100 + (idx * 37) % 800
    last = serial_base % 10
    if sex == "m" and last % 2 == 0:
        serial_base += 1
    if sex == "f" and last % 2 == 1:
        serial_base += 1
    if serial_base > 999:
        serial_base -= 2
    serial = "%03d" % serial_base
    last_time = max(dt.datetime.strptime(n["time"], "%Y-%m-%dT%H:%M:%S") for n in notes)
    as_of = (last_time + dt.timedelta(days=4)).replace(hour=0, minute=0, second=0)
    if as_of.year > 2024:
        as_of = dt.datetime(2024, 12, 31)
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr(birth, serial), "birth_date": birth, "protected_identity": False},
            "as_of": as_of.strftime("%Y-%m-%dT%H:%M:%S"),
            "notes": notes,
            "access_events": [],
            "conversations": [],
            "treatments": [],
        },
        "must": _targets(must),
        "must_not": _targets(must_not),
        "why": why,
    })


# =========================================================================== cases
# --------------------------------------------------------------- A. Skåne BUP, NL102 must
C("bup-misstankt-adhd-nybesok-9ar", "skane", "2015-02-11", "m", [
    N("n1", "bup_mal", "Henrik Lövgren", "läkare", "2024-02-14 10:30", [
        ("Kontaktorsak", "Remiss från elevhälsan, Rörsjöskolan. Nybesök med mamma."),
        ("Anamnes", "Går i åk 3. Läraren beskriver att han reser sig ur bänken flera ggr per lektion, tappar bort material och blir ledsen när han inte hinner klart. Hemma svårt med läxor, somnar sent. Inga tidigare kontakter med BUP. Född fullgången, normal tidig utveckling enl BVC."),
        ("Bedömning", "Misstänkt ADHD, kombinerad form. Symtomen finns i både skola och hem och har funnits sedan förskolan."),
        ("Planering", "SNAP-IV och 5-15 till lärare och vårdnadshavare. Återbesök hos psykolog för fortsatt kartläggning om ca 4 v."),
    ]),
], ["NL102"], ["NL101"],
  "'Misstänkt ADHD' in visible Bedömning of a BUP Melior note that the guardians of a 9-year-old read; nothing is said about telling")

C("bup-skolobservation-inger-misstanke-autism", "skane", "2016-09-03", "f", [
    N("n1", "bup_np", "Sara Nyqvist", "psykolog", "2024-03-05 13:15", [
        ("Observation", "Skolobservation under förmiddagen i klass 1B. Flickan leker bredvid men inte med de andra, följer klassens rutiner mycket noggrant och blir stel i kroppen när brandlarmet provas. Härmar en klasskamrats gester under samlingen."),
        ("Bedömning", "Observationen inger misstanke om autism med kamouflerande strategier, något som är vanligt hos flickor. ADOS-2 modul 3 planeras."),
    ], template="Psykologanteckning"),
], ["NL102"], [],
  "'inger misstanke om autism' (psychologist's note, 7-year-old) is a hedged diagnosis in a visible section")

C("bup-sannolikt-depressiv-episod-17ar-typo", "skane", "2006-11-20", "f", [
    N("n1", "bup_lund", "Maria Ekdahl", "läkare", "2024-04-09 09:00", [
        ("Aktuellt", "17-årig flicka, gymnasiet åk 2 samhäll. Sedan jul nedstämd, sover 11-12 h/dygn, har slutat träna handboll. Skolfrånvaro ca 30 % senaste månaden."),
        ("Psykiskt status", "Vaken, orienterad. God kontakt men sänkt mimik, talar lågt. Stämningsläge sänkt, affekt något avflackad. Inga psykotiska symtom. Förnekar aktuella suicidtankar, hade passiva dödstankar i februari."),
        ("Skattningar", "MADRS-S 27. RCADS depressionsskala i klinisk nivå."),
        ("Bedömning", "Sannolikt medelsvår depresiv episod. Låg akut suicidrisk vid dagens bedömning."),
        ("Planering", "Erbjuds KBT hos psykolog med start v. 17. Läkarbesök om 3 v för ställningstagande till SSRI."),
    ]),
], ["NL102"], [],
  "typo 'depresiv': 'Sannolikt medelsvår depresiv episod' is a hedged diagnosis that a 17-year-old reads in her own journal")

C("bup-dd-tourette-kronisk-tics", "skane", "2013-06-30", "m", [
    N("n1", "bup_hbg", "Olof Strand", "läkare", "2024-01-23 14:00", [
        ("Anamnes", "Blinkningar och ansiktsgrimaser sedan 2 år, senaste halvåret även harklingar och ett kort grymtande ljud. Varierar i intensitet, värst vid skärmtid och trötthet."),
        ("Bedömning", "DD Tourettes syndrom respektive kronisk motorisk ticsstörning; det är inte säkert att de vokala inslagen funnits ett helt år."),
        ("Åtgärd", "Psykoedukation om tics till pojken och pappa. Broschyr från Riksförbundet Attention."),
    ]),
], ["NL102"], [],
  "'DD Tourettes syndrom respektive kronisk motorisk ticsstörning' is a differential diagnosis in a visible note of a 10-year-old")

C("bup-bild-som-vid-selektiv-mutism", "skane", "2017-10-08", "f", [
    N("n1", "bup_lsk", "Johanna Pålsson", "psykolog", "2024-05-16 08:30", [
        ("Aktuellt", "Förskolan rapporterar att flickan inte sagt ett ord till personalen sedan inskolningen för åtta månader sedan. Hemma pratar hon obehindrat och mycket, även med kusinerna."),
        ("Bedömning", "Bild som vid selektiv mutism. Språkförståelsen förefaller åldersadekvat enligt föräldrarnas beskrivning."),
        ("Planering", "Hembesök och förskolebesök. Samverkan med förskolans specialpedagog."),
    ], template="Psykologanteckning"),
], ["NL102"], [],
  "'Bild som vid selektiv mutism' is a hedged diagnosis of a 6-year-old in visible Bedömning; nothing about telling")

C("bup-atypisk-anorexi-kan-ej-uteslutas-pojke-16", "skane", "2007-08-17", "m", [
    N("n1", "bup_at", "Fredrik Wallin", "läkare", "2024-05-07 11:00", [
        ("Anamnes", "Har gått ner 9 kg på fyra månader efter att ha börjat styrketräna och 'äta rent'. Hoppar över skollunchen. Fryser, blir yr när han reser sig."),
        ("Status", "Vikt 58,2 kg, längd 181 cm, BMI 17,8. Puls 48 liggande, 71 stående. BT 98/55. Kalla händer och fötter."),
        ("Bedömning", "Atypisk anorexia nervosa kan ej uteslutas. Ortostatisk pulsstegring men ingen indikation för inläggning i dag."),
        ("Planering", "Lab: blodstatus, elektrolyter inkl fosfat och Mg, leverstatus, TSH. EKG. Åter om en vecka med vägning."),
    ]),
], ["NL102"], ["NL101"],
  "'Atypisk anorexia nervosa kan ej uteslutas' in visible Bedömning, 16-year-old reads it; nothing about telling")

C("bup-susp-arfid-kort-ssk", "skane", "2015-12-01", "f", [
    N("n1", "bup_ystad", "Anneli Persson", "sjuksköterska", "2024-03-12 15:20", [
        ("Bedömning", "Äter endast 6-7 livsmedel, kräks vid nya konsistenser. Viktkurvan har vikit av nedåt sedan 5 års ålder. Susp. ARFID. Remitteras internt till ätstörningsteamet."),
    ], template="Sjuksköterskeanteckning", sign=None),
], ["NL102"], [],
  "short unsigned nurse draft: 'Susp. ARFID' for an 8-year-old in a visible section")

C("bup-bipolar-typ2-fragetecken-17ar", "skane", "2007-01-22", "m", [
    N("n1", "bup_lund", "Niklas Berglund", "läkare", "2024-02-27 10:45", [
        ("Anamnes", "Perioder om 4-5 dagar med minskat sömnbehov, ökad pratighet och impulsiva köp på nätet, senast i januari. Däremellan långa nedstämda perioder. Morfar står på litium."),
        ("Bedömning", "Bipolär sjukdom typ II? De hypomana perioderna behöver verifieras med anhöriganamnes och stämningsdagbok."),
        ("Planering", "Stämningsdagbok i appen. Mamma kallas till separat samtal."),
    ]),
], ["NL102"], [],
  "question mark after 'Bipolär sjukdom typ II' in visible Bedömning of a 17-year-old's note")

C("bup-trolig-ocd-11ar", "skane", "2012-07-19", "f", [
    N("n1", "bup_kri", "Emir Hadžić", "psykolog", "2024-04-18 13:00", [
        ("Samtal", "Tvättar händerna upp till 40 gånger om dagen, huden på handryggarna är sprucken. Måste röra dörrkarmen ett jämnt antal gånger innan hon går in i ett rum, annars tror hon att mamma ska dö. Blir mycket orolig om ritualen avbryts."),
        ("Bedömning", "Trolig OCD med kontaminationstvång och magiska tvångshandlingar. CY-BOCS görs vid nästa besök."),
    ], template="Psykologanteckning"),
], ["NL102"], [],
  "'Trolig OCD' in a visible psychologist note of an 11-year-old")

C("bup-remissbedomning-fragestallning-adhd", "skane", "2011-11-30", "m", [
    N("n1", "bup_trel", "Lina Cederholm", "läkare", "2024-03-04 08:15", [
        ("Remiss", "Remiss från skolhälsovården i Trelleborg, skolläkare. Frågeställning ADHD. Skolpsykologens testning visar svårigheter med arbetsminne och uppstart."),
        ("Bedömning", "Remissen antas. Placeras i kö för neuropsykiatrisk utredning, prio 2."),
    ], template="Remissbedömning"),
], ["NL102"], [],
  "'Frågeställning ADHD' about a 12-year-old is a hedged diagnosis in a visible referral assessment")

C("bup-typo-missankt-autism-5ar", "skane", "2018-04-14", "m", [
    N("n1", "bup_hlm", "Dragana Ilić", "läkare", "2024-06-11 09:30", [
        ("Aktuellt", "Pojken kom tillsammans med båda föräldrarna. Han radar upp bilar på golvet, har få ord för sin ålder och tittar inte upp när han blir tilltalad."),
        ("Bedömning", "Missänkt autism. Remiss till logoped för språkbedömning, ADOS bokas."),
    ]),
], ["NL102"], [],
  "typo 'Missänkt': hedged autism of a 5-year-old in visible Bedömning")

C("bup-oklart-om-adhd-eller-somnproblem", "skane", "2014-01-05", "f", [
    N("n1", "bup_mal", "Patrik Sjöholm", "läkare", "2024-09-19 14:30", [
        ("Bedömning", "Oklart om det rör sig om ADHD av ouppmärksam typ eller om koncentrationsproblemen huvudsakligen beror på den uttalade insomningsproblematiken."),
        ("Planering", "Sömnschema i två veckor, därefter ny skattning med lärare."),
    ]),
], ["NL102"], ["NL101"],
  "'Oklart om det rör sig om ADHD' is a hedged diagnosis of a 10-year-old; the alternative is a symptom")

C("bup-akut-sjalvskada-mojlig-eips-utveckling-17", "skane", "2006-06-12", "f", [
    N("n1", "bup_akut", "Tobias Engdahl", "läkare", "2024-02-03 22:40", [
        ("Kontaktorsak", "Kommer med pappa efter att ha skurit sig på vänster underarm med ett pennvässarblad. Ytliga sår, behöver inte sys."),
        ("Aktuellt", "Beskriver att hon skär sig för att dämpa ett inre tryck, senast i kväll efter bråk med pojkvännen. Ca 20 tillfällen senaste halvåret."),
        ("Bedömning", "Självskadebeteende i affektreglerande syfte. Möjlig emotionellt instabil personlighetsutveckling, för tidigt att sätta diagnos i denna ålder. Ingen aktuell suicidavsikt, låg till måttlig risk."),
        ("Åtgärd", "Såren tvättade och tejpade av ssk. Krisplan upprättad tillsammans med pat och pappa."),
    ], template="Akutanteckning", sign=50),
], ["NL102"], [],
  "'Möjlig emotionellt instabil personlighetsutveckling' is hedged; self-harm itself is a documented behaviour, 17-year-old reads")

C("bup-talar-for-generaliserat-angestsyndrom-16", "skane", "2007-12-03", "m", [
    N("n1", "bup_lund", "Karin Holmqvist", "psykolog", "2024-10-08 10:00", [
        ("Bedömning", "Oro för allt från skolresultat till föräldrarnas ekonomi, svårt att släppa tankarna på kvällen, spänningshuvudvärk och magont. Detta talar för generaliserat ångestsyndrom."),
    ], template="Psykologanteckning"),
], ["NL102"], [],
  "'talar för generaliserat ångestsyndrom' is a hedged diagnosis in a visible note of a 16-year-old")

C("bup-akut-kan-rora-sig-om-psykosdebut", "skane", "2006-09-25", "m", [
    N("n1", "bup_akut", "Elin Markström", "läkare", "2024-03-16 19:10", [
        ("Aktuellt", "Föräldrarna söker då sonen sedan tre veckor sover dåligt, har slutat gå till skolan och pratar om att grannarna filmar honom genom fönstret."),
        ("Psykiskt status", "Misstänksam, vaksam blick mot dörren. Tankemässigt något splittrad. Förnekar hallucinationer men verkar lyssna inåt. Ingen uttalad suicidalitet."),
        ("Bedömning", "Kan röra sig om debuterande psykos; en cannabisutlöst bild övervägs också. Drogscreening tagen."),
        ("Åtgärd", "Läggs in frivilligt på BUP heldygnsvård för observation."),
    ], template="Akutanteckning"),
], ["NL102"], ["NL101"],
  "'Kan röra sig om debuterande psykos' at the BUP emergency unit, 17-year-old reads it")

C("bup-forenligt-med-social-angest-16", "skane", "2008-01-29", "f", [
    N("n1", "bup_ystad", "Malin Törnqvist", "psykolog", "2024-05-28 11:15", [
        ("Bedömning", "SPAI-C och intervjun är förenliga med social ångest (social fobi). Undviker matsalen och muntliga redovisningar helt."),
        ("Planering", "KBT-grupp för ungdomar med social ångest startar i september, pat anmäld."),
    ], template="Psykologanteckning"),
], ["NL102"], [],
  "'förenliga med social ångest (social fobi)' hedges a diagnosis of a 16-year-old in a visible section")

C("bup-avd-typo-sannolkit-anorexi-inskrivning", "skane", "2007-05-10", "f", [
    N("n1", "bup_avd", "Henrik Aspelin", "läkare", "2024-09-02 16:00", [
        ("Aktuellt", "Inskrivs från barnmedicin efter medicinsk stabilisering. Vikt 41,6 kg, BMI 15,2. Vägrar äta mer än halva portionen."),
        ("Bedömning", "Sannolkit anorexia nervosa av restriktiv typ, med tvångsmässiga inslag kring måltiderna."),
        ("Planering", "Måltidsstöd vid alla måltider. Vägning måndag och torsdag. Familjesamtal bokas."),
    ], template="Inskrivningsanteckning", setting="slutenvård"),
], ["NL102"], [],
  "typo 'Sannolkit' before anorexia nervosa in a visible admission note of a 17-year-old")

C("bup-lindrig-if-kan-inte-uteslutas", "skane", "2015-08-08", "m", [
    N("n1", "bup_kri", "Rebecka Holm", "psykolog", "2024-02-20 13:45", [
        ("Utredning", "WISC-V avbröts efter fyra deltest pga trötthet. De genomförda deltesten ligger samtliga mer än två standardavvikelser under medel."),
        ("Bedömning", "Lindrig intellektuell funktionsnedsättning kan inte uteslutas men testningen behöver kompletteras innan någon slutsats dras."),
    ], template="Psykologanteckning"),
], ["NL102"], [],
  "'Lindrig intellektuell funktionsnedsättning kan inte uteslutas' for an 8-year-old, visible")
# ------------------------------------------------------- B. Skåne child neurology, NL102 must
C("bneuro-misstankt-absensepilepsi-typo", "skane", "2017-11-15", "f", [
    N("n1", "bneuro_lund", "Anders Rydén", "läkare", "2024-01-17 10:00", [
        ("Anamnes", "Förskolan har sett korta 'frånvaroattacker' flera gånger dagligen; hon stannar upp mitt i en mening och fortsätter sedan som om inget hänt. Inga kramper."),
        ("Status", "Neurologiskt status ua. Hyperventilation på mottagningen utlöser inget anfall."),
        ("Bedömning", "Misstänkt absensepilepis. EEG med hyperventilation och fotostimulering beställt."),
    ]),
], ["NL102"], ["NL101"],
  "typo 'absensepilepis': 'Misstänkt' absence epilepsy of a 6-year-old in visible Bedömning")

C("bneuro-troligen-selects-nattliga-anfall", "skane", "2016-03-21", "m", [
    N("n1", "bneuro_mal", "Cecilia Bengtsson", "läkare", "2024-02-08 13:30", [
        ("Anamnes", "Två episoder tidigt på morgonen där mamma hittat honom dreglande med ryckningar i vänster mungipa, oförmögen att tala men vaken. Varade ca 2 min."),
        ("Bedömning", "Troligen självbegränsande epilepsi med centrotemporala spikar (SeLECTS). Behandling inte aktuell i nuläget vid enstaka nattliga anfall."),
    ]),
], ["NL102"], [],
  "'Troligen självbegränsande epilepsi med centrotemporala spikar' (8-year-old) in a visible section")

C("bneuro-global-utvecklingsforsening-fragetecken", "skane", "2022-01-10", "m", [
    N("n1", "bum_hbg", "Jonas Frisk", "läkare", "2024-03-06 09:00", [
        ("Status", "Sitter utan stöd, går ej. Inga ord, jollrar. Huvudomfång +2 SD."),
        ("Bedömning", "Global utvecklingsförsening? Makrocefali."),
        ("Planering", "Array-CGH, fragilt X. MR hjärna i narkos. Remiss sjukgymnast."),
    ]),
], ["NL102"], [],
  "telegraphic: 'Global utvecklingsförsening?' for a 2-year-old, visible to the guardians")

C("bakut-dd-komplex-feberkramp-debut-epilepsi", "skane", "2021-06-04", "f", [
    N("n1", "bakut_mal", "Sofia Lindqvist", "läkare", "2024-04-21 03:20", [
        ("Aktuellt", "Feber 39,4 sedan i morse. Kramp i höger arm och ben ca 17 min, hävd med buccalt midazolam av ambulansen. Postiktal pares höger i ca 1 h."),
        ("Bedömning", "DD komplex feberkramp / debut av epilepsi. Fokal kramp med Todds pares."),
        ("Åtgärd", "Inläggning barnavdelning. Barnneurolog konsulteras i morgon. LP ej indicerad då hon nu är vaken och opåverkad."),
    ], template="Akutanteckning", sign=None),
], ["NL102"], [],
  "unsigned draft from the paediatric emergency unit: 'DD komplex feberkramp / debut av epilepsi', 2-year-old")

C("bneuro-mojlig-spastisk-diplegi-prematur", "skane", "2023-01-19", "m", [
    N("n1", "bneuro_lund", "Hanna Widell", "läkare", "2024-03-25 14:00", [
        ("Status", "Ökad tonus i bägge underbenen, spastisk catch vid snabb passiv dorsalflexion bilat. Babinski positivt bilat. Rullar, sitter med stöd."),
        ("Bedömning", "Möjlig spastisk diplegi (CP) hos prematurfödd gosse, född i v. 28. MR hjärna planeras för att se om det finns periventrikulära förändringar."),
    ]),
], ["NL102"], [],
  "'Möjlig spastisk diplegi (CP)' for a 14-month-old, visible to guardians; nothing about telling")

C("bneuro-eeg-forenligt-med-jme-16", "skane", "2007-10-02", "f", [
    N("n1", "bneuro_lund", "Per Ekström", "läkare", "2024-11-05 10:30", [
        ("Anamnes", "Morgonryckningar i armarna sedan ett halvår, tappar ibland tandborsten. I februari ett GTK-anfall efter en natt med lite sömn."),
        ("Utredning", "EEG visar generaliserade polyspike-wave-urladdningar och fotoparoxysmal respons."),
        ("Bedömning", "Kliniken och EEG är förenliga med juvenil myoklon epilepsi."),
        ("Planering", "Val av läkemedel diskuteras nästa besök; valproat undviks hos flickor."),
    ]),
], ["NL102"], [],
  "'förenliga med juvenil myoklon epilepsi' in a visible note that a 17-year-old reads")

C("bum-trolig-migran-utan-aura", "skane", "2012-12-12", "f", [
    N("n1", "bum_kri", "Louise Dahlberg", "läkare", "2024-05-14 15:00", [
        ("Anamnes", "Pulserande huvudvärk i pannan 1-2 ggr/mån, illamående, vill ligga i mörkt rum. Vaknar aldrig av värken. Mamma har migrän."),
        ("Status", "Neurologiskt status inkl. ögonbottnar ua. BT 104/62."),
        ("Bedömning", "Trolig migrän utan aura. Inget i anamnes eller status talar för intrakraniell process."),
    ]),
], ["NL102"], ["NL101"],
  "'Trolig migrän utan aura' for an 11-year-old; the negated 'inget talar för intrakraniell process' and mother's migraine do not change it")

C("bneuro-typo-fokal-epelepsi-telefon", "skane", "2013-09-09", "m", [
    N("n1", "bneuro_mal", "Gustav Ahlin", "läkare", "2024-06-03 11:20", [
        ("Telefonkontakt", "Pappa ringer. Sonen har haft ett nytt anfall med stelhet i vänster hand och ansikte som spred sig till hela kroppen, ca 3 min. Ambulans tillkallades inte, han hämtade sig efter 20 min."),
        ("Bedömning", "Misstänkt fokal epelepsi med bilateral spridning."),
        ("Åtgärd", "EEG tidigareläggs, pappa får ny tid via 1177."),
    ], template="Telefonanteckning"),
], ["NL102"], [],
  "typo 'epelepsi': hedged focal epilepsy of a 10-year-old in a visible phone note")

C("bneuro-videoeeg-talar-for-funktionella-anfall-16", "skane", "2008-02-11", "f", [
    N("n1", "bneuro_lund", "Ida Rosenqvist", "läkare", "2024-06-13 14:20", [
        ("Utredning", "Under videoEEG registrerades två av de typiska attackerna med skakningar i alla extremiteter och slutna ögon. Ingen epileptiform aktivitet under eller mellan attackerna."),
        ("Bedömning", "Fynden talar för funktionella (dissociativa) anfall."),
        ("Information", "Fynden gicks igenom med pat och mamma direkt efter registreringen. Remiss BUP för behandling."),
    ]),
], ["NL102"], ["NL101"],
  "'talar för funktionella (dissociativa) anfall' is hedged (NL102) although the findings were discussed with the 16-year-old (so no NL101)")

C("bavd-infantila-spasmer-tuberos-skleros-ej-uteslutas", "skane", "2023-07-04", "f", [
    N("n1", "bavd_lund", "Mikael Sund", "läkare", "2024-04-02 12:00", [
        ("Aktuellt", "Inläggs för utredning av serier med böjkramper vid uppvaknande sedan en vecka, 5-10 st per serie."),
        ("Status", "Tre hypomelanotiska fläckar på bålen i Woods ljus. Fixerar men följer inte riktigt med blicken. Hypoton."),
        ("Bedömning", "Infantila spasmer. Tuberös skleros kan inte uteslutas med tanke på hudfynden."),
        ("Planering", "EEG i dag, MR hjärna, ekokardiografi och njurultraljud. Vigabatrin efter EEG-svar."),
    ], template="Inskrivningsanteckning", setting="slutenvård"),
], ["NL102"], [],
  "'Tuberös skleros kan inte uteslutas' for a 9-month-old, visible admission note")
# ------------------------------------------------- C. VGR child neurology / paediatrics, NL102 must
C("vgr-ev-dravets-syndrom-18man", "vgr", "2022-10-20", "m", [
    N("n1", "dsbus_neuro", "Johan Carlsson", "läkare", "2024-04-24 10:15", [
        ("Anamnes", "Fem långdragna feberkramper sedan 6 månaders ålder, två krävde intensivvård. Nu även myoklonier. Utvecklingen har planat ut senaste halvåret."),
        ("Bedömning", "Ev. Dravets syndrom. SCN1A-analys skickad till klinisk genetik."),
        ("Planering", "Undvik natriumkanalblockerare. Buccolam hemma, akutplan skriven."),
    ]),
], ["NL102"], ["NL101"],
  "'Ev. Dravets syndrom' in visible Bedömning (VGR, sökord Bedömning is not filtered)")

C("vgr-bradykardi-trolig-anorexia-nervosa-16", "vgr", "2007-09-14", "f", [
    N("n1", "dsbus_medavd", "Linnea Öhman", "läkare", "2024-02-12 17:30", [
        ("Aktuellt", "Remitterad från vårdcentralen pga puls 38 och viktnedgång 12 kg sedan i somras. Äter frukost och middag men mycket små portioner, springer dagligen."),
        ("Status", "AT: blek, tunn. Hjärta: regelbunden rytm, frekvens 40, inga blåsljud. BT 88/50. Akrocyanos."),
        ("Bedömning", "Bradykardi och hypotension sekundärt till undernäring. Trolig anorexia nervosa. Risk för refeeding, fosfat följs dagligen."),
        ("Planering", "Telemetri. Måltidsschema 1600 kcal dag 1. Konsult från barn- och ungdomspsykiatrin begärs."),
    ], template="Inskrivningsanteckning", setting="slutenvård"),
], ["NL102"], [],
  "'Trolig anorexia nervosa' in a paediatric admission note of a 16-year-old; bradycardia is confirmed")

C("vgr-barnakut-paracetamol-misstankt-depression-17", "vgr", "2006-12-22", "m", [
    N("n1", "dsbus_akut", "Amir Haddad", "läkare", "2024-03-09 22:10", [
        ("Kontaktorsak", "Intag av 15 tabl paracetamol 500 mg i suicidsyfte ca kl 19, berättade själv för mamma kl 21."),
        ("Status", "Vaken, adekvat. Buk mjuk och oöm. P-paracetamol 4 h efter intag 980 µmol/l, över behandlingslinjen."),
        ("Bedömning", "Paracetamolintoxikation. Misstänkt underliggande depression, har isolerat sig sedan i höstas."),
        ("Åtgärd", "Acetylcystein enligt schema. Extravak över natten. Psykiatrisk konsult i morgon bitti."),
    ], template="Akutanteckning"),
], ["NL102"], [],
  "'Misstänkt underliggande depression' in a visible emergency note of a 17-year-old (VGR)")

C("vgr-trolig-tourette-typo-syndom", "vgr", "2014-05-05", "m", [
    N("n1", "nu_bum", "Eva Granlund", "läkare", "2024-01-30 13:40", [
        ("Anamnes", "Huvudknyckar och axelryckningar sedan förskoleklass, sedan ett år även snörvlingar och ett 'hm'-ljud flera gånger i minuten. Mår bra i övrigt och trivs i skolan."),
        ("Bedömning", "Trolig Tourettes syndom. Ticsen påverkar inte vardagen nämnvärt."),
        ("Planering", "Ingen farmakologisk behandling. Information om habit reversal. Åter vid behov."),
    ]),
], ["NL102"], ["NL101"],
  "typo 'syndom': 'Trolig Tourettes syndom' for a 9-year-old, visible Bedömning in VGR")

C("vgr-misstanke-om-narkolepsi-16", "vgr", "2007-07-03", "f", [
    N("n1", "skas_bum", "Mattias Lund", "läkare", "2024-01-16 09:45", [
        ("Anamnes", "Somnar på lektionerna trots 9 h nattsömn. Har vid två tillfällen tappat kraften i knäna när hon skrattat åt något på tv."),
        ("Bedömning", "Misstanke om narkolepsi typ 1 med kataplexier."),
        ("Planering", "Aktigrafi i två veckor, därefter polysomnografi och MSLT. HLA-typning."),
    ]),
], ["NL102"], [],
  "'Misstanke om narkolepsi typ 1' in a visible note that the 16-year-old reads")

C("vgr-epikris-mojlig-ast-vid-strukturell-epilepsi", "vgr", "2019-08-26", "m", [
    N("n1", "dsbus_avd", "Karl Öberg", "läkare", "2024-05-03 14:00", [
        ("Epikris", "4-årig pojke med känd strukturell epilepsi, inlagd 3 dygn för justering av levetiracetam efter anfallsökning. Under vårdtiden har personalen noterat att han inte svarar på sitt namn, har starka ritualer vid måltider och stora utbrott vid övergångar."),
        ("Bedömning", "Möjlig AST (autismspektrumtillstånd) utöver epilepsin; bör utredas i ett lugnare skede."),
        ("Planering", "Levetiracetam 250 mg x 2. Återbesök barnneurolog om 6 v."),
    ], template="Epikris", setting="slutenvård"),
], ["NL102"], [],
  "'Möjlig AST' in a visible discharge summary of a 4-year-old; the epilepsy is confirmed")

C("vgr-rett-syndrom-fragetecken-regression", "vgr", "2022-03-15", "f", [
    N("n1", "sas_neuro", "Ulrika Sandberg", "läkare", "2024-05-21 10:00", [
        ("Anamnes", "Hade ca 10 ord vid 15 mån men har tappat dem. Har också slutat greppa med händerna och gör i stället vridande, tvättande rörelser framför munnen."),
        ("Bedömning", "Rett syndrom? Regression av språk och handfunktion i typisk ålder."),
        ("Planering", "MECP2-analys. Huvudomfångskurva begärs från BVC."),
    ]),
], ["NL102"], [],
  "'Rett syndrom?' for a 2-year-old girl in a visible VGR note")

C("vgr-typo-trolgi-adhd-pa-barnmottagning", "vgr", "2016-11-11", "m", [
    N("n1", "kungalv", "Sanna Berg", "läkare", "2024-02-22 15:30", [
        ("Aktuellt", "Besök pga återkommande magont. Mamma berättar också om stora svårigheter i skolan; han springer iväg från klassrummet och har blivit avstängd från fritids en dag."),
        ("Bedömning", "Funktionell buksmärta. Trolgi ADHD, remiss till BUP för utredning."),
    ]),
], ["NL102"], [],
  "typo 'Trolgi': hedged ADHD beside a confirmed functional abdominal pain, 7-year-old, VGR")

C("vgr-mall-tidiga-hypoteser-men-sokord-bedomning", "vgr", "2018-06-19", "f", [
    N("n1", "dsbus_neuro", "Birgitta Nordin", "läkare", "2024-03-19 11:00", [
        ("Bedömning", "Fokala anfall från vänster hemisfär och lätt högersidig svaghet, misstänkt Rasmussens encefalit. Ny MR om 3 mån behövs för att se progress."),
    ], template="Tidiga hypoteser"),
], ["NL102"], [],
  "VGR filters by sökord, not by template: the hedge stands under sökord Bedömning, so it is visible although the template is called Tidiga hypoteser")

C("vgr-tidiga-hypoteser-plus-hedge-i-bedomning", "vgr", "2012-10-10", "m", [
    N("n1", "nu_bum", "Peter Wikström", "läkare", "2024-06-04 13:15", [
        ("Aktuellt", "Återbesök efter andra episoden med nattliga skrik; han sitter upp i sängen och slår med armarna, minns inget på morgonen."),
        ("Tidiga hypoteser", "Nattlig frontallobsepilepsi? Episoderna är stereotypa och kommer i kluster."),
        ("Bedömning", "Trolig parasomni, men epilepsi kan inte helt uteslutas. VideoEEG över natt beställt."),
    ], sign=None),
], ["NL102"], [],
  "the hypothesis is protected under Tidiga hypoteser but the visible Bedömning repeats hedges ('Trolig parasomni', 'epilepsi kan inte helt uteslutas')")

C("vgr-mojlig-anti-nmdar-encefalit-16", "vgr", "2008-03-03", "f", [
    N("n1", "dsbus_avd", "Fredrika Hallin", "läkare", "2024-04-11 10:40", [
        ("Aktuellt", "Dag 3. Fortsatt växlande vakenhet, perioder av agitation och oralfaciala dyskinesier. Ett fokalt anfall i natt."),
        ("Bedömning", "Möjlig anti-NMDA-receptorencefalit. Likvor visar lätt pleocytos, antikroppssvar inväntas. Ovarialteratom ska eftersökas."),
        ("Åtgärd", "Start av iv metylprednisolon i samråd med bakjour. MR buk och bäcken beställd."),
    ], template="Daganteckning", setting="slutenvård"),
], ["NL102"], [],
  "'Möjlig anti-NMDA-receptorencefalit' in a visible ward note of a 16-year-old")

C("vgr-differentialdiagnoser-affektanfall-epilepsi", "vgr", "2022-09-12", "f", [
    N("n1", "alingsas", "Nils Hedberg", "läkare", "2024-03-27 09:20", [
        ("Anamnes", "Vid tre tillfällen när hon slagit sig eller blivit arg har hon skrikit, slutat andas, blivit blå och slapp och därefter ryckt några sekunder."),
        ("Bedömning", "Differentialdiagnoser: blå affektanfall, epileptiska anfall. Anamnesen med tydlig utlösare väger över mot affektanfall."),
        ("Planering", "Hb och ferritin. EKG. Lugnande information till föräldrarna."),
    ]),
], ["NL102"], [],
  "'Differentialdiagnoser: blå affektanfall, epileptiska anfall' for an 18-month-old, visible")

C("vgr-typo-kan-inte-utesluta-autsim", "vgr", "2020-09-09", "m", [
    N("n1", "sas_bum", "Therese Åkesson", "läkare", "2024-10-01 14:10", [
        ("Anamnes", "Remiss från BVC för försenat tal. Använder 5 ord, pekar inte för att visa saker. Rör i båda trumhinnorna sedan i vintras."),
        ("Bedömning", "Kan inte utesluta autsim, men bilden kompliceras av hörselnedsättningen."),
        ("Planering", "Ny hörselkontroll efter rörinläggningen, därefter ställningstagande till remiss till barnneuropsykiatriskt team."),
    ]),
], ["NL102"], [],
  "typo 'autsim': 'Kan inte utesluta autism' for a 4-year-old in a visible VGR note")
# ------------------------------------------------------------ D. NL102 must_not (visible Melior)
C("bup-ados-ingen-misstanke-om-autism", "skane", "2017-04-04", "f", [
    N("n1", "bup_np", "Sara Nyqvist", "psykolog", "2024-04-16 14:00", [
        ("Testresultat", "ADOS-2 modul 2: kalibrerad poäng 2, under gränsvärdet. Föräldraintervjun ADI-R ger inga poäng i området för repetitivt beteende."),
        ("Bedömning", "Ingen misstanke om autism efter genomförd utredning. Svårigheterna i förskolan förklaras bättre av hennes blyghet och den nyligen genomgångna flytten."),
    ], template="Utredningsanteckning"),
], [], ["NL102"],
  "autism is negated ('Ingen misstanke om autism') after ADOS-2 in a 6-year-old; nothing else is hedged")

C("bup-adhd-uteslutes-horselnedsattning", "skane", "2013-05-17", "m", [
    N("n1", "bup_hbg", "Olof Strand", "läkare", "2024-02-06 10:30", [
        ("Bedömning", "ADHD uteslutes. Ouppmärksamheten i klassrummet förklaras av den bilaterala hörselnedsättning som påvisades på audiologen i januari."),
        ("Planering", "Avslutas på BUP. Föräldrarna tar upp hörselslinga i klassrummet med mentor."),
    ]),
], [], ["NL102"],
  "'ADHD uteslutes' is a ruled-out diagnosis; the hearing loss is confirmed")

C("bup-hereditet-pappa-troligen-odiagnostiserad-adhd", "skane", "2016-01-26", "f", [
    N("n1", "bup_ystad", "Anna-Karin Ljung", "läkare", "2024-03-21 13:00", [
        ("Hereditet", "Pappa har enligt egen utsago troligen odiagnostiserad ADHD, har aldrig utretts. Morfar behandlad för alkoholberoende."),
        ("Bedömning", "Uppfyller kriterierna för ADHD, huvudsakligen ouppmärksam form (F90.0), efter avslutad utredning."),
    ]),
], [], ["NL102"],
  "the only hedge ('troligen odiagnostiserad ADHD') concerns the father; the 8-year-old's ADHD is confirmed")

C("bup-ev-remiss-logoped-kand-autism", "skane", "2018-11-02", "m", [
    N("n1", "bup_mal", "Henrik Lövgren", "läkare", "2024-04-25 10:00", [
        ("Aktuellt", "Uppföljning efter autismdiagnosen som ställdes i november. Föräldrarna har gått föräldrautbildningen och tycker att bildstödet hjälper."),
        ("Planering", "Ev. remiss till logoped för AKK om talet inte kommit igång till sommaren. Eventuellt melatonin om insomningen fortsatt tar över en timme."),
    ]),
], [], ["NL102"],
  "hedges 'Ev. remiss' and 'Eventuellt melatonin' are plans, the autism diagnosis is settled")

C("bup-avd-trolig-utskrivning-fredag", "skane", "2006-08-30", "f", [
    N("n1", "bup_avd", "Robin Andersson", "skötare", "2024-06-12 20:30", [
        ("Observation", "Har ätit alla måltider utan kompensatoriskt beteende senaste veckan. Deltog i utflykten till Stadsparken och var glad efteråt."),
        ("Planering", "Trolig utskrivning på fredag om helgpermissionen går bra. Behandlingen av hennes anorexia nervosa fortsätter sedan på Ätstörningsenheten."),
    ], template="Omvårdnadsanteckning", setting="slutenvård"),
], [], ["NL102"],
  "'Trolig utskrivning' hedges a discharge date, not a diagnosis; anorexia nervosa is settled")

C("bup-at-villkor-inlaggning-om-viktnedgang", "skane", "2007-03-08", "f", [
    N("n1", "bup_at", "Jenny Kvist", "sjuksköterska", "2024-05-22 08:45", [
        ("Aktuellt", "Vägning: 45,1 kg (förra veckan 45,4). Äter enligt matschemat hemma med mammas stöd, lunchen i skolan fungerar sämre."),
        ("Bedömning", "Anorexia nervosa under behandling, stabil vikt. Fortsatt FBT fas 1."),
        ("Planering", "Om vikten går under 44 kg eller pulsen under 45 blir det inläggning på heldygnsvården, detta är känt för pat och mamma."),
    ], template="Sjuksköterskeanteckning"),
], [], ["NL102"],
  "a conditional plan ('Om vikten går under 44 kg...') and a confirmed anorexia nervosa: no hedged diagnosis")

C("bum-inga-tecken-pa-epilepsi-reflexanoxiska-anfall", "skane", "2020-10-16", "f", [
    N("n1", "bum_hbg", "Jonas Frisk", "läkare", "2024-02-15 11:10", [
        ("Utredning", "EEG i vakenhet och sömn utan epileptiform aktivitet. EKG normalt, QTc 410 ms."),
        ("Bedömning", "Inga tecken på epilepsi. Anamnesen med slag mot huvudet, blekhet och kort stelhet stämmer med reflexanoxiska anfall, som är ofarliga."),
        ("Planering", "Inga fler kontroller. Föräldrarna fick skriftlig information med sig."),
    ]),
], [], ["NL102"],
  "'Inga tecken på epilepsi' is negated; reflex anoxic seizures are the settled diagnosis")

C("bum-anamnesen-talar-emot-epilepsi-synkope-16", "skane", "2007-06-06", "f", [
    N("n1", "bum_kri", "Louise Dahlberg", "läkare", "2024-03-05 13:20", [
        ("Anamnes", "Har svimmat tre gånger när hon stått länge i kö eller vid blodprovstagning. Föregås av yrsel, svettning och tunnelseende. Kortvariga ryckningar enligt kompis."),
        ("Bedömning", "Anamnesen talar emot epilepsi. Vasovagal synkope med konvulsiva inslag."),
        ("Planering", "Ökat vätske- och saltintag. Lägg dig ned vid förkänning. Ingen uppföljning planerad."),
    ]),
], [], ["NL102"],
  "'talar emot epilepsi' is a negation (hard negative beside 'talar för'); vasovagal syncope is settled")

C("bneuro-epilepsidiagnosen-avskrivs", "skane", "2011-09-01", "m", [
    N("n1", "bneuro_mal", "Cecilia Bengtsson", "läkare", "2024-08-20 10:00", [
        ("Aktuellt", "Lamotrigin utsatt för ett år sedan utan anfallsrecidiv. Långtids-EEG i maj helt normalt."),
        ("Bedömning", "Diagnosen epilepsi avskrivs i efterhand; episoderna 2022 var konvulsiva synkopeer."),
    ]),
], [], ["NL102"],
  "'Diagnosen epilepsi avskrivs' is a ruled-out diagnosis in a 12-year-old")

C("bneuro-typo-ingen-missanke-om-tourette", "skane", "2016-08-08", "f", [
    N("n1", "bneuro_lund", "Hanna Widell", "läkare", "2024-09-10 09:30", [
        ("Bedömning", "Ingen missanke om Tourette. Blinkticsen har funnits i fyra månader och är en övergående ticsstörning som brukar gå över av sig själv."),
    ]),
], [], ["NL102"],
  "typo 'missanke' in the negation 'Ingen misstanke om Tourette'; the transient tic disorder is settled")

C("bup-telefon-mojligen-trottare-av-melatonin", "skane", "2014-10-19", "m", [
    N("n1", "bup_lsk", "Camilla Nord", "sjuksköterska", "2024-01-11 10:50", [
        ("Telefonkontakt", "Mamma ringer om melatonin 3 mg som sattes in för sömnproblem vid hans ADHD. Sonen somnar nu inom en halvtimme men är möjligen tröttare på förmiddagarna."),
        ("Åtgärd", "Råd att ge tabletten en timme tidigare. Ny kontakt om två veckor."),
    ], template="Telefonanteckning"),
], [], ["NL102"],
  "'möjligen tröttare' hedges a symptom, not a diagnosis; ADHD is known")

C("bup-oklart-om-hon-tar-sertralin", "skane", "2006-10-10", "f", [
    N("n1", "bup_hlm", "Dragana Ilić", "läkare", "2024-09-04 14:45", [
        ("Aktuellt", "Känd depression sedan 2023, sertralin 100 mg. Uppger att hon mår 'lite bättre', sover bättre men har fortfarande svårt att komma iväg till skolan."),
        ("Bedömning", "Oklart om pat tar sertralinet regelbundet, hon har tappat bort dosetten två gånger. Partiell respons."),
        ("Planering", "Mamma ansvarar för medicinen en period. Uppföljning 4 v."),
    ]),
], [], ["NL102"],
  "'Oklart om pat tar sertralinet' is uncertainty about adherence, not about a diagnosis")

C("vgr-enkel-feberkramp-ej-epilepsi", "vgr", "2022-04-04", "m", [
    N("n1", "dsbus_akut", "Amir Haddad", "läkare", "2024-02-18 16:30", [
        ("Aktuellt", "Generaliserad kramp ca 2 min vid feberstegring, öronvärk höger sedan igår. Vaken och pigg efter 20 min."),
        ("Bedömning", "Enkel feberkramp. Ej epilepsi. Otitis media höger."),
        ("Åtgärd", "Hem med föräldrarna. Info om feberkramp på 1177. Ingen antibiotika, kontroll om öronvärken kvarstår efter 3 dagar."),
    ], template="Akutanteckning"),
], [], ["NL102"],
  "simple febrile seizure and otitis are confirmed; 'Ej epilepsi' is negated (VGR)")

C("vgr-kand-anorexi-sannolikt-hemgang", "vgr", "2007-02-02", "f", [
    N("n1", "nu_avd", "Maja Lindgren", "läkare", "2024-07-08 10:20", [
        ("Aktuellt", "Dag 6. Anorexia nervosa, diagnosen ställd av BUP i mars. Fosfat och kalium stabila sedan tre dygn, puls 52 i vila."),
        ("Planering", "Sannolikt hemgång i morgon förmiddag. Fortsatt kontakt med ätstörningsteamet, första besöket är bokat."),
    ], template="Daganteckning", setting="slutenvård"),
], [], ["NL102"],
  "'Sannolikt hemgång' hedges a plan; anorexia nervosa is settled (VGR, 17-year-old)")

C("vgr-sokord-tidiga-hypoteser-angelman", "vgr", "2023-02-25", "m", [
    N("n1", "dsbus_neuro", "Johan Carlsson", "läkare", "2024-05-07 13:00", [
        ("Aktuellt", "Återbesök. Sitter nu stadigt, inga ord. Mycket glad och skrattar lätt, sover dåligt. Föräldrarna beskriver en episod med stirrande blick förra veckan."),
        ("Tidiga hypoteser", "Misstänkt Angelmans syndrom med tanke på fenotypen, sömnproblemen och skrattet. Metyleringsanalys av 15q11 skickad."),
        ("Planering", "EEG. Återbesök när genetiksvaret kommit."),
    ]),
], [], ["NL102"],
  "VGR: the hedged Angelman syndrome stands only under sökord Tidiga hypoteser, which is filtered")

C("skane-mall-tidiga-hypoteser-trolig-autism", "skane", "2019-12-12", "f", [
    N("n1", "bup_hbg", "Rasmus Kjellberg", "läkare", "2024-03-13 16:10", [
        ("Bedömning", "Trolig autism, men flickan har också en uttalad språkstörning och familjen är i kris efter flytten. För tidigt att framföra hypotesen till föräldrarna."),
    ], template="Tidiga hypoteser"),
], [], ["NL102", "NL101"],
  "Skåne: template Tidiga hypoteser protects the hedged autism and the not-yet-told statement")

C("skane-mall-tidiga-hypoteser-prodromal-psykos-16", "skane", "2007-04-01", "m", [
    N("n1", "bup_lund", "Niklas Berglund", "läkare", "2024-03-01 15:00", [
        ("Tidiga hypoteser", "Möjlig prodromalfas av psykos; SIPS visar attenuerade positiva symtom. Ännu inte delat med pat, som redan är mycket rädd att 'bli galen'."),
    ], template="Tidiga hypoteser"),
], [], ["NL102", "NL101"],
  "Skåne: hedged prodromal psychosis and the untold statement sit only in the Tidiga hypoteser template")

C("vgr-sokord-tidiga-hypoteser-bulimi-17", "vgr", "2006-12-01", "f", [
    N("n1", "nu_bum", "Eva Granlund", "läkare", "2024-02-14 11:30", [
        ("Aktuellt", "Remiss från ungdomsmottagningen pga kalium 2,9. Pat uppger att hon har haft magsjuka flera gånger senaste månaden."),
        ("Status", "Svullna spottkörtlar bilat. Skrapsår på högra handens knogar."),
        ("Tidiga hypoteser", "Trolig bulimia nervosa med självframkallade kräkningar (Russells tecken). Pat förnekar; tas upp varsamt vid nästa besök."),
        ("Planering", "Kaliumsubstitution, nytt elektrolytstatus om 5 dagar."),
    ]),
], [], ["NL102"],
  "VGR: hedged bulimia nervosa only under the filtered sökord Tidiga hypoteser; visible sections hold findings only")

C("bup-hereditet-morbror-misstankt-schizofreni", "skane", "2007-10-30", "m", [
    N("n1", "bup_kri", "Malin Strid", "läkare", "2024-11-19 10:15", [
        ("Hereditet", "Morbror har misstänkt schizofreni och vårdas inom vuxenpsykiatrin i Kristianstad."),
        ("Bedömning", "Social fobi (F40.1), känd sedan 2023. Inga psykotiska symtom vid dagens samtal."),
    ]),
], [], ["NL102"],
  "the hedged schizophrenia belongs to the uncle; the patient's social phobia is confirmed")

C("bup-at-storasyster-troligen-anorexi-ingen-atstorning", "skane", "2007-03-27", "f", [
    N("n1", "bup_at", "Emma Lindahl", "psykolog", "2024-08-27 13:30", [
        ("Anamnes", "Storasyster, 20 år, har troligen haft anorexi under gymnasietiden men sökte aldrig vård."),
        ("Bedömning", "Ingen ätstörning hos pat. Hon äter regelbundet och följer sin viktkurva; oron gäller mest systern och stämningen hemma."),
    ], template="Psykologanteckning"),
], [], ["NL102"],
  "hedged anorexia belongs to the sister; the patient's eating disorder is negated")

C("bneuro-hjarntumor-kan-uteslutas", "skane", "2014-11-11", "f", [
    N("n1", "bneuro_mal", "Gustav Ahlin", "läkare", "2024-03-12 15:40", [
        ("Utredning", "MR hjärna med kontrast utan anmärkning."),
        ("Bedömning", "Hjärntumör kan uteslutas. Morgonhuvudvärken hänger ihop med oregelbunden sömn och hoppad frukost."),
    ]),
], [], ["NL102"],
  "'Hjärntumör kan uteslutas' is a ruled-out diagnosis (hard negative next to 'kan ej uteslutas')")

C("bup-typo-misstanken-om-autism-avskirvits", "skane", "2012-08-08", "m", [
    N("n1", "bup_trel", "Lina Cederholm", "psykolog", "2024-06-18 09:00", [
        ("Bedömning", "Misstanken om autism som föranledde remissen har avskirvits efter ADOS-2 och skolobservation. Pojkens svårigheter på rasterna förklaras av att han är ny i klassen och blyg."),
    ], template="Psykologanteckning"),
], [], ["NL102"],
  "typo 'avskirvits': the suspicion of autism has been dropped, so the mention is ruled out")

C("bup-testprofil-inte-forenlig-med-adhd", "skane", "2011-12-24", "f", [
    N("n1", "bup_lund", "Karin Holmqvist", "psykolog", "2024-06-05 13:10", [
        ("Bedömning", "Testprofilen är inte förenlig med ADHD; QbTest inom normalvariationen och lärarskattningarna under klinisk nivå. Hennes trötthet hänger sannolikt ihop med sen läggtid och mycket spelande."),
    ], template="Psykologanteckning"),
], [], ["NL102"],
  "'inte förenlig med ADHD' is negated, and 'sannolikt' hedges the cause of tiredness, not a diagnosis")

C("bneuro-villkor-om-ytterligare-anfall-epilepsi", "skane", "2011-10-22", "m", [
    N("n1", "bneuro_lund", "Per Ekström", "läkare", "2024-04-09 14:00", [
        ("Aktuellt", "Ett oprovocerat GTK-anfall i hemmet för 3 veckor sedan. EEG och MR utan anmärkning."),
        ("Bedömning", "Första oprovocerade anfallet. Epilepsidiagnos ställs inte nu; om ytterligare ett oprovocerat anfall tillkommer uppfylls kriterierna för epilepsi."),
        ("Planering", "Ingen antiepileptisk behandling. Buccolam vid anfall över 5 min. Förhållningsregler vid bad och cykling."),
    ]),
], [], ["NL102"],
  "epilepsy appears only as a conditional ('om ytterligare ett oprovocerat anfall tillkommer'), not as a hypothesis")

C("bup-avslut-om-nedstamdhet-hor-av-dig", "skane", "2008-04-04", "f", [
    N("n1", "bup_ystad", "Malin Törnqvist", "psykolog", "2024-09-24 15:00", [
        ("Avslutning", "Avslut efter genomförd KBT för specifik fobi (emetofobi), hon äter nu på restaurang och åker buss utan undvikanden. Om nedstämdhet eller nya ångestsymtom uppstår är hon välkommen att höra av sig igen via 1177."),
    ], template="Avslutsanteckning"),
], [], ["NL102"],
  "closing note: confirmed specific phobia and a conditional 'Om nedstämdhet ... uppstår'")

C("bup-autism-uteslots-2021-nu-anpassningsstorning", "skane", "2008-02-29", "m", [
    N("n1", "bup_mal2", "Yasmin Khalil", "läkare", "2024-10-15 11:00", [
        ("Anamnes", "Utreddes på BUP 2021 för autism, som då uteslöts. Därefter inga kontakter förrän nu."),
        ("Bedömning", "Lindrig anpassningsstörning efter föräldrarnas separation. Stödsamtal 5 ggr."),
    ]),
], [], ["NL102"],
  "autism was excluded in 2021 (past, ruled out); current adjustment disorder is confirmed")

C("vgr-ev-dosokning-kand-absensepilepsi", "vgr", "2014-07-07", "f", [
    N("n1", "skas_bum", "Mattias Lund", "läkare", "2024-05-02 10:30", [
        ("Aktuellt", "Känd absensepilepsi sedan 2022, etosuximid. Föräldrarna ser fortfarande korta stirrattacker i skolan, ca 2/vecka. EEG i höstas med kvarstående spike-wave."),
        ("Planering", "Eventuell dosökning efter nytt EEG i juni. Ev. tillägg av lamotrigin om dosökningen inte räcker."),
    ]),
], [], ["NL102"],
  "'Eventuell dosökning' and 'Ev. tillägg' hedge treatment plans; absence epilepsy is known (VGR)")
# ------------------------------------------------------ E. Skåne PMO (primärvård): NL102 must_not
C("pmo-bvc-misstankt-autism-mchat", "skane", "2021-09-30", "m", [
    N("n1", "bvc_husie", "Ewa Mårtensson", "sjuksköterska", "2024-04-03 09:30", [
        ("Utvecklingsbedömning", "2,5-årsbesök. M-CHAT: 6 poäng. Pekar inte, leker mest ensam med hjul som snurrar. Inga tvåordssatser."),
        ("Bedömning", "Misstänkt autism. Remiss till BUP efter samtal med BVC-läkaren."),
    ], template="BVC-besök", system="PMO"),
], [], ["NL102"],
  "PMO never shows diagnoses: 'Misstänkt autism' at BVC is not NL102")

C("pmo-um-trolig-depression-17", "skane", "2006-11-11", "f", [
    N("n1", "um_lund", "Josefin Hall", "kurator", "2024-04-10 15:00", [
        ("Samtal", "Känner sig tom och ledsen de flesta dagar sedan i höstas, har slutat umgås med vännerna. Inga självskadetankar."),
        ("Bedömning", "Trolig depression av lätt till medelsvår grad. Erbjuds samtalsserie och läkartid för bedömning."),
    ], template="Besöksanteckning", system="PMO", sign=None),
], [], ["NL102"],
  "PMO youth clinic draft: 'Trolig depression' is not shown to the 17-year-old")

C("pmo-vc-typo-mojilg-adhd-17", "skane", "2007-01-15", "m", [
    N("n1", "vc_sjobo", "Stefan Roos", "läkare", "2024-10-02 10:40", [
        ("Aktuellt", "Söker för koncentrationssvårigheter inför gymnasieexamen. Har alltid haft svårt att sitta still, mamma bekräftar."),
        ("Bedömning", "Möjilg ADHD. Remiss till vuxenpsykiatrin, som tar emot honom efter 18-årsdagen i januari."),
    ], template="Läkarbesök", system="PMO"),
], [], ["NL102"],
  "typo 'Möjilg'; hedged ADHD in a PMO note is never NL102")

C("pmo-bvc-sprakstorning-kan-ej-uteslutas", "skane", "2021-03-03", "f", [
    N("n1", "bvc_eslov", "Lotta Nilsson", "sjuksköterska", "2024-03-14 13:45", [
        ("Utvecklingsbedömning", "3-årsbesök. Säger enstaka ord, förstår enkla uppmaningar. Språkstörning kan ej uteslutas. Remiss logoped."),
    ], template="BVC-besök", system="PMO"),
], [], ["NL102"],
  "PMO: 'Språkstörning kan ej uteslutas' is not shown as a diagnosis")

C("pmo-um-susp-atstorning-16", "skane", "2007-11-18", "f", [
    N("n1", "um_malmo", "Hedvig Borg", "sjuksköterska", "2024-03-20 16:20", [
        ("Besök", "Väger 49 kg, vägde 55 kg i höstas. Räknar kalorier i en app och säger att hon 'inte förtjänar' efterrätt. Susp. ätstörning; egen vårdbegäran till BUP:s ätstörningsenhet gjord tillsammans med pat."),
    ], template="Besöksanteckning", system="PMO"),
], [], ["NL102"],
  "PMO youth clinic, 16-year-old: 'Susp. ätstörning' is not NL102")

# ----------------------------------------------------------------------- F. NL101 must
C("bup-teamkonferens-adhd-atergivning-ej-gjord", "skane", "2014-09-27", "m", [
    N("n1", "bup_np", "Ola Hermansson", "läkare", "2024-05-08 15:30", [
        ("Utredning", "Teamkonferens med läkare, psykolog och arbetsterapeut. Anamnes, skattningar och WISC-V sammanvägda."),
        ("Diagnos", "ADHD, kombinerad form (F90.0)."),
        ("Planering", "Återgivning till vårdnadshavarna är ännu inte gjord, bokas v. 21 med psykolog och läkare."),
    ], template="Teamkonferens"),
], ["NL101"], ["NL102"],
  "settled ADHD of a 9-year-old in visible Diagnos while the guardians (who read the journal) have not had the feedback")

C("bup-np-logoped-sprakstorning-ej-aterkopplad", "skane", "2017-02-08", "m", [
    N("n1", "bup_np", "Petra Lindblom", "logoped", "2024-10-23 11:20", [
        ("Testresultat", "CELF-5: kärnspråk 68, impressivt index 72, expressivt index 65. Nonordsrepetition tydligt under åldersnivå."),
        ("Bedömning", "Språkstörning, expressiv och impressiv (F80.2). Resultatet är inte återkopplat till familjen ännu, det sker vid den gemensamma återgivningen med psykologen."),
    ], template="Logopedanteckning"),
], ["NL101"], [],
  "speech-language pathologist's settled language disorder of a 7-year-old, visible before the family has been given it")

C("vgr-iih-16-har-annu-inte-fatt-veta", "vgr", "2008-05-20", "f", [
    N("n1", "sas_bum", "Oskar Nyberg", "läkare", "2024-08-29 17:10", [
        ("Utredning", "MR hjärna och MR-venografi utan expansivitet eller sinustrombos. LP i sidoläge: öppningstryck 38 cm H2O, likvor i övrigt normal."),
        ("Diagnos", "Idiopatisk intrakraniell hypertension (G93.2)."),
        ("Planering", "Pat har ännu inte fått veta diagnosen; hon sov efter LP:n och informeras på ronden i morgon. Acetazolamid insätts efter samtalet."),
    ], template="Daganteckning", setting="slutenvård"),
], ["NL101"], ["NL102"],
  "VGR: settled idiopathic intracranial hypertension visible to the 16-year-old before she has been told")

C("bup-adhd-16-ska-inte-meddelas-forran-pappa-hemma", "skane", "2008-06-30", "m", [
    N("n1", "bup_lund", "Niklas Berglund", "läkare", "2024-11-12 14:00", [
        ("Sammanfattning", "Utredningen visar ADHD, huvudsakligen ouppmärksam form, hos 16-årig pojke med tidigare kompenserade svårigheter."),
        ("Planering", "Diagnosen ska enligt överenskommelse inte meddelas pat förrän pappa är hemma från sin utlandstjänst och kan vara med vid återgivningen i december."),
    ], sign=None),
], ["NL101"], [],
  "unsigned draft: settled ADHD visible to a 16-year-old while it must not be told to him before December")

C("bup-autism-familjen-har-inte-fatt-besked", "skane", "2017-12-05", "f", [
    N("n1", "bup_hbg", "Therese Malm", "psykolog", "2024-03-06 16:00", [
        ("Sammanfattning", "Utredningen visar att flickan uppfyller kriterierna för autism (F84.0) utan intellektuell funktionsnedsättning. Utlåtande skrivs."),
        ("Planering", "Familjen har ännu inte fått besked om resultatet; återgivningssamtal 18/3."),
    ], template="Psykologanteckning"),
], ["NL101"], [],
  "autism diagnosis of a 6-year-old written visibly before the family has been told")

C("bup-at-anorexi-17-ej-informerad-upprord", "skane", "2006-07-07", "f", [
    N("n1", "bup_at", "Fredrik Wallin", "läkare", "2024-02-13 12:00", [
        ("Bedömning", "Uppfyller DSM-5-kriterierna för anorexia nervosa, restriktiv typ. BMI 16,1."),
        ("Planering", "Pat är ännu inte informerad om diagnosen; det tas i lugn och ro vid nästa besök tillsammans med föräldrarna, hon var mycket upprörd i dag."),
    ], sign=None),
], ["NL101"], ["NL102"],
  "unsigned draft: settled anorexia nervosa visible to a 17-year-old who has not been told")

C("bneuro-mr-fokal-kortikal-dysplasi-ej-svar-16", "skane", "2007-05-05", "m", [
    N("n1", "bneuro_lund", "Anders Rydén", "läkare", "2024-06-19 16:45", [
        ("Utredning", "MR hjärna 3T enligt epilepsiprotokoll visar fokal kortikal dysplasi i vänster frontallob, överensstämmande med EEG-fokus."),
        ("Bedömning", "Strukturell fokal epilepsi orsakad av FCD. Pat och föräldrarna har inte fått svaret ännu."),
        ("Planering", "Samtal på mottagningen nästa vecka och diskussion om epilepsikirurgisk utredning."),
    ]),
], ["NL101"], [],
  "MRI-proven cortical dysplasia stated visibly while the 17-year-old has not been given the result")

C("bum-22q11-deletion-foraldrar-ej-informerade", "skane", "2013-01-09", "f", [
    N("n1", "bum_kri", "Louise Dahlberg", "läkare", "2024-03-25 10:00", [
        ("Provsvar", "Array-CGH visar en 2,5 Mb deletion i 22q11.2, 22q11-deletionssyndrom."),
        ("Bedömning", "Förklarar inlärningssvårigheterna och den opererade gomspalten. Föräldrarna ej informerade ännu, meddelas av klinisk genetiker vid besök 4/4."),
    ]),
], ["NL101"], [],
  "genetic diagnosis of an 11-year-old visible while the guardians are not yet informed")

C("vgr-epilepsi-g403-typo-meddelast", "vgr", "2013-10-13", "m", [
    N("n1", "dsbus_neuro", "Birgitta Nordin", "läkare", "2024-08-12 14:20", [
        ("Sammanfattning", "Två oprovocerade GTK-anfall med fyra månaders mellanrum. EEG visar generaliserade spike-wave-urladdningar."),
        ("Diagnos", "Epilepsi med enbart generaliserade tonisk-kloniska anfall, G40.3."),
        ("Planering", "Diagnosen har inte meddelast familjen ännu, de kommer på återbesök 22/8 då behandling diskuteras."),
    ]),
], ["NL101"], ["NL102"],
  "typo 'meddelast': settled epilepsy of a 10-year-old visible in VGR before the family is told")

C("vgr-lindrig-if-ej-aterkopplad-till-foraldrar", "vgr", "2016-06-06", "m", [
    N("n1", "nu_bum", "Helena Sjögren", "psykolog", "2024-04-17 13:00", [
        ("Testresultat", "WPPSI-IV: helskale-IK 63, samtliga index på samma nivå. Adaptiv förmåga enligt ABAS motsvarar testresultatet."),
        ("Bedömning", "Lindrig intellektuell funktionsnedsättning (F70). Resultatet är inte återkopplat till föräldrarna än."),
    ], template="Psykologanteckning"),
], ["NL101"], [],
  "intellectual disability of a 7-year-old written visibly before feedback to the guardians (VGR)")

C("bup-typo-ej-infomerad-svar-depression-17", "skane", "2007-02-18", "m", [
    N("n1", "bup_mal2", "Yasmin Khalil", "läkare", "2024-04-23 11:30", [
        ("Bedömning", "Egentlig depression, svår episod utan psykotiska symtom (F32.2). Pat ej infomerad om diagnosen ännu, han lämnade besöket i förtid."),
        ("Planering", "Ringer pat i morgon. Mamma har fått veta vart de vänder sig akut."),
    ]),
], ["NL101"], ["NL102"],
  "typo 'infomerad': settled severe depression visible to a 17-year-old who has not been told")

C("bup-tourette-17-foraldrar-vet-pat-inte", "skane", "2006-05-15", "m", [
    N("n1", "bup_lsk", "Olivia Bäck", "läkare", "2024-03-07 09:15", [
        ("Bedömning", "Kriterierna för Tourettes syndrom (F95.2) är uppfyllda; både motoriska och vokala tics i över ett år."),
        ("Information", "Föräldrarna informerades per telefon i går. Pat har inte fått diagnosen förklarad för sig ännu, han avböjde att vara med på samtalet."),
    ]),
], ["NL101"], [],
  "the 17-year-old reads his own journal: parents told, but the patient has not been told the diagnosis")

C("vgr-dravet-scn1a-foraldrar-ej-underrattade", "vgr", "2022-02-20", "f", [
    N("n1", "dsbus_neuro", "Johan Carlsson", "läkare", "2024-04-29 15:10", [
        ("Provsvar", "Exomsekvensering har påvisat en de novo patogen variant i SCN1A, c.2589+3A>T."),
        ("Diagnos", "Dravets syndrom (G40.4)."),
        ("Planering", "Föräldrarna har inte underrättats än; genetisk vägledning och läkarsamtal bokas samma dag."),
    ]),
], ["NL101"], ["NL102"],
  "confirmed Dravet syndrome of a 2-year-old visible (VGR) while the guardians are not told")

C("bup-np-asperger-17-vet-annu-inte", "skane", "2006-10-03", "m", [
    N("n1", "bup_np", "Ola Hermansson", "läkare", "2024-05-15 14:45", [
        ("Teamkonferens", "Autismdiagnos fastställd vid dagens konferens, Aspergers syndrom (F84.5)."),
        ("Planering", "Pat vet ännu inte om utfallet; han har själv bett att få resultatet muntligt innan något skrivs till honom."),
    ], template="Teamkonferens"),
], ["NL101"], [],
  "settled autism diagnosis visible to a 17-year-old who does not yet know the outcome")

C("bup-avd-bipolar-ska-inte-tas-upp-an", "skane", "2007-01-30", "f", [
    N("n1", "bup_avd", "Henrik Aspelin", "läkare", "2024-06-20 13:30", [
        ("Bedömning", "Bipolär sjukdom typ I, aktuell manisk episod med psykotiska symtom (F31.2)."),
        ("Planering", "Diagnosen ska inte tas upp med pat förrän hon är mindre psykotisk och kan ta till sig informationen. Föräldrarna är informerade."),
    ], template="Daganteckning", setting="slutenvård"),
], ["NL101"], ["NL102"],
  "'ska inte tas upp med pat förrän': the 17-year-old must not be told yet, yet the diagnosis is visible")

C("bneuro-cp-pvl-foraldrar-ej-besked", "skane", "2022-08-14", "f", [
    N("n1", "bneuro_mal", "Cecilia Bengtsson", "läkare", "2024-04-15 11:00", [
        ("Utredning", "MR hjärna visar periventrikulär leukomalaci bilateralt."),
        ("Bedömning", "Spastisk bilateral CP (G80.1), GMFCS II. Föräldrarna har ej fått besked om MR-svaret eller diagnosen; samtal tillsammans med habiliteringens fysioterapeut planeras."),
    ]),
], ["NL101"], [],
  "cerebral palsy of a 20-month-old settled and visible while the guardians have no answer yet")

C("vgr-narkolepsi-typ1-ej-informerad-16", "vgr", "2007-09-28", "m", [
    N("n1", "skas_bum", "Therese Åkesson", "läkare", "2024-03-18 16:00", [
        ("Provsvar", "Hypokretin-1 i likvor under 40 pg/ml. MSLT: medellatens 3 min, 4 SOREMP."),
        ("Diagnos", "Narkolepsi typ 1 (G47.4)."),
        ("Planering", "Patienten har ännu inte informerats om provsvaren eller diagnosen; telefontid i morgon kl 10 och därefter besök."),
    ], sign=None),
], ["NL101"], ["NL102"],
  "unsigned VGR draft: settled narcolepsy visible before the 16-year-old is informed")

C("bup-ekg-wpw-familjen-ovetande", "skane", "2013-08-19", "m", [
    N("n1", "bup_kri", "Malin Strid", "läkare", "2024-05-27 10:30", [
        ("Aktuellt", "EKG inför insättning av centralstimulantia vid ADHD."),
        ("Bedömning", "EKG visar kort PQ-tid och deltavåg, WPW-syndrom. Familjen är ännu ovetande om fyndet; barnkardiolog tillfrågas innan de kontaktas."),
        ("Planering", "Insättning av metylfenidat skjuts upp."),
    ]),
], ["NL101"], [],
  "new WPW diagnosis of a 10-year-old visible while the family is 'ovetande'")

C("vgr-jme-16-gick-hem-innan-svaret", "vgr", "2008-01-08", "f", [
    N("n1", "sas_neuro", "Ulrika Sandberg", "läkare", "2024-07-05 15:50", [
        ("Provsvar", "EEG efter sömndeprivation: generaliserade polyspike-wave-komplex, fotoparoxysmal respons vid 15-20 Hz."),
        ("Bedömning", "Juvenil myoklon epilepsi (G40.3), vilket förklarar morgonryckningarna."),
        ("Planering", "Har inte hunnit informera pat, som gick hem innan svaret kom. Ringer henne på måndag."),
    ]),
], ["NL101"], ["NL102"],
  "settled juvenile myoclonic epilepsy visible to the 16-year-old before she has been told (VGR)")

C("bup-selektiv-mutism-ej-delgiven-vardnadshavare", "skane", "2018-09-19", "f", [
    N("n1", "bup_trel", "Lina Cederholm", "psykolog", "2024-09-20 14:00", [
        ("Sammanfattning", "Kriterierna för selektiv mutism (F94.0) är uppfyllda; tystnaden på förskolan har varat i mer än ett år och beror inte på språksvårigheter."),
        ("Planering", "Diagnosen är inte delgiven vårdnadshavarna ännu. Återgivningssamtal 3/10 med psykolog."),
    ], template="Psykologanteckning"),
], ["NL101"], [],
  "selective mutism of a 6-year-old settled and visible, not yet given to the guardians")

C("bup-ocd-16-ej-kommunicerad", "skane", "2007-12-31", "m", [
    N("n1", "bup_hlm", "Axel Brandt", "psykolog", "2024-06-26 10:00", [
        ("Bedömning", "CY-BOCS 26. Tvångssyndrom med blandade tvångstankar och tvångshandlingar (F42.2) fastställt."),
        ("Planering", "Diagnosen är ännu inte kommunicerad med pat; görs vid nästa samtal tillsammans med ansvarig läkare."),
    ], template="Psykologanteckning"),
], ["NL101"], ["NL102"],
  "OCD settled and visible to a 16-year-old before it has been communicated")

C("vgr-duchenne-foraldrar-vet-inte-om-svaret", "vgr", "2019-11-27", "m", [
    N("n1", "dsbus_neuro", "Karl Öberg", "läkare", "2024-02-09 12:30", [
        ("Provsvar", "DMD-genanalys: deletion av exon 45-50, läsramsbrytande. CK 14 000."),
        ("Diagnos", "Duchennes muskeldystrofi."),
        ("Planering", "Föräldrarna vet inte om svaret ännu; de kallas till gemensamt samtal med barnneurolog och kurator."),
    ]),
], ["NL101"], [],
  "Duchenne muscular dystrophy of a 4-year-old visible while the guardians do not know the answer")

C("vgr-angelman-bekraftat-ej-fatt-veta-trots-tidiga-sokord", "vgr", "2021-05-11", "f", [
    N("n1", "nu_bum", "Peter Wikström", "läkare", "2024-06-03 10:00", [
        ("Tidiga hypoteser", "Möjligen även epileptisk encefalopati, EEG-fynden är svårtolkade."),
        ("Bedömning", "Angelmans syndrom (Q93.5) bekräftat med metyleringsanalys. Föräldrarna har inte fått veta svaret än, de informeras av genetiker 12/6."),
    ]),
], ["NL101"], [],
  "a Tidiga hypoteser section in the same note does not protect the visible Bedömning, where the untold Angelman diagnosis stands")

C("bup-np-klar-ej-beraettat-sen-atergivning", "skane", "2016-05-22", "m", [
    N("n1", "bup_mal", "Patrik Sjöholm", "läkare", "2024-04-03 15:00", [
        ("Sammanfattning", "NP-utredningen är klar: ADHD av kombinerad typ samt dyslexi."),
        ("Planering", "Har inte berättat resultatet för föräldrarna ännu; återgivning bokad 17/4."),
    ]),
    N("n2", "bup_mal", "Sofie Engström", "psykolog", "2024-04-17 09:00", [
        ("Återgivning", "Återgivning med båda föräldrarna och pojken. Vi gick igenom testprofilen och diagnoserna, och föräldrarna kände igen sig i beskrivningen."),
    ], template="Psykologanteckning"),
], ["NL101:n1"], ["NL101:n2"],
  "n1 wrote the diagnoses visibly before telling (NL101); the later feedback note n2 does not undo n1 and is itself fine")
# -------------------------------------------------------------------- G. NL101 must_not
C("skane-tidiga-mall-sedan-meddelad-mitokondriell-myopati", "skane", "2013-04-14", "m", [
    N("n1", "bneuro_lund", "Mikael Sund", "läkare", "2024-01-22 14:00", [
        ("Bedömning", "Misstänkt mitokondriell sjukdom; laktat förhöjt vid två tillfällen och ansträngningsintolerans. Ej framfört till föräldrarna innan den metabola utredningen är klar."),
    ], template="Tidiga hypoteser"),
    N("n2", "bneuro_lund", "Mikael Sund", "läkare", "2024-03-11 10:30", [
        ("Provsvar", "Muskelbiopsin visar komplex I-brist i andningskedjan."),
        ("Bedömning", "Mitokondriell myopati. Diagnosen meddelades föräldrarna och pojken vid dagens besök, med skriftlig information."),
    ]),
], [], ["NL102:n1", "NL101:n2"],
  "Skåne: the early hypothesis sat in the Tidiga hypoteser template (n1); the visible n2 states the diagnosis after telling the family")

C("bup-atergivning-adhd-idag", "skane", "2015-03-15", "f", [
    N("n1", "bup_ystad", "Anneli Persson", "psykolog", "2024-05-06 13:00", [
        ("Återgivning", "Återgivning av NP-utredningen till båda vårdnadshavarna. ADHD, huvudsakligen ouppmärksam form, förklarades och de fick broschyren om ADHD hos flickor."),
        ("Planering", "Läkarbesök för läkemedelsdiskussion om 3 v."),
    ], template="Psykologanteckning"),
], [], ["NL101", "NL102"],
  "the ADHD diagnosis was explained to the guardians today")

C("bum-fokal-epilepsi-informerad-forra-besoket-16", "skane", "2008-03-19", "m", [
    N("n1", "bum_hbg", "Karolina Vik", "läkare", "2024-08-14 09:40", [
        ("Aktuellt", "Fokal epilepsi sedan 2021; informerad om diagnosen och om reglerna för moped och körkort vid förra besöket. Anfallsfri i 14 mån på lamotrigin 150 mg x 2."),
        ("Planering", "Oförändrad dos. P-lamotrigin vid nästa provtagning."),
    ]),
], [], ["NL101"],
  "the 16-year-old was told about the epilepsy at an earlier visit")

C("bup-at-datum-for-inskrivning-ej-meddelat", "skane", "2006-04-04", "f", [
    N("n1", "bup_at", "Jenny Kvist", "sjuksköterska", "2024-03-19 14:30", [
        ("Planering", "Anorexia nervosa, planerad för inskrivning på heldygnsvården. Pat är inte informerad om datumet ännu, avdelningen återkommer när plats finns."),
    ], template="Sjuksköterskeanteckning"),
], [], ["NL101"],
  "what is not yet told is the admission date, not the diagnosis (17-year-old)")

C("bneuro-remiss-genetik-foraldrar-vet-ej", "skane", "2018-10-10", "f", [
    N("n1", "bneuro_mal", "Agneta Roslund", "sjuksköterska", "2024-05-13 11:00", [
        ("Telefonkontakt", "Känd epilepsi och utvecklingsförsening. Föräldrarna vet ännu inte att remissen till klinisk genetik har skickats, läkaren ringer dem i eftermiddag."),
    ], template="Telefonanteckning", sign=None),
], [], ["NL101"],
  "unsigned draft: the untold item is that a referral was sent, not a diagnosis")

C("vgr-normalt-eeg-svar-ej-meddelat-kand-adhd", "vgr", "2016-02-14", "m", [
    N("n1", "alingsas", "Nils Hedberg", "läkare", "2024-10-22 15:20", [
        ("Provsvar", "Pojke med känd ADHD, EEG gjort pga stirrattacker. EEG normalt, inga epileptiforma urladdningar."),
        ("Planering", "Svaret har ännu inte meddelats familjen, brev skickas i dag."),
    ]),
], [], ["NL101", "NL102"],
  "the untold item is a normal EEG result; the known ADHD is not untold (VGR)")

C("bup-bulimi-17-informerad-foraldrar-ska-inte-veta", "skane", "2006-12-19", "f", [
    N("n1", "bup_lund", "Maria Ekdahl", "läkare", "2024-03-14 15:15", [
        ("Bedömning", "Bulimia nervosa (F50.2), hetsätning och kräkningar 3-4 ggr/vecka sedan i somras."),
        ("Information", "Pat informerad om diagnosen och om behandlingsalternativen. Hon vill att föräldrarna inte får veta ännu, vilket vi respekterar så länge ingen akut medicinsk risk föreligger."),
    ]),
], [], ["NL101", "NL102"],
  "the 17-year-old patient has been told; only her parents have not")

C("bup-autism-skolan-ej-informerad", "skane", "2012-11-21", "m", [
    N("n1", "bup_kri", "Rebecka Holm", "psykolog", "2024-04-04 10:10", [
        ("Uppföljning", "Autism (F84.0) fastställd och återgiven till föräldrarna och pojken i mars. Skolan är ännu inte informerad, föräldrarna vill vänta till efter påsklovet innan de berättar för mentor."),
    ], template="Psykologanteckning"),
], [], ["NL101"],
  "family told; only the school is not yet informed")

C("vgr-sokord-tidiga-hypoteser-prader-willi-ej-informerade", "vgr", "2017-03-23", "m", [
    N("n1", "skas_bum", "Mattias Lund", "läkare", "2024-02-07 13:30", [
        ("Aktuellt", "Kontroll av tillväxt och utveckling. Längd -2,5 SD, tydlig hypotoni, stor aptit."),
        ("Tidiga hypoteser", "Trolig Prader-Willis syndrom; föräldrarna ej informerade om misstanken innan metyleringsanalysen är klar."),
        ("Planering", "Återbesök om 3 v med provsvar."),
    ]),
], [], ["NL101", "NL102"],
  "VGR: the untold hypothesis is kept only under sökord Tidiga hypoteser")

C("vgr-absensepilepsi-mormor-vet-inte", "vgr", "2018-05-05", "f", [
    N("n1", "kungalv", "Sanna Berg", "läkare", "2024-09-25 11:45", [
        ("Aktuellt", "Absensepilepsi; diagnosen gavs till båda föräldrarna förra veckan och etosuximid är insatt. Mormor, som hämtar på förskolan tre dagar i veckan, har ännu inte fått veta om diagnosen."),
        ("Planering", "Föräldrarna informerar mormor själva. EEG-kontroll om 3 mån."),
    ]),
], [], ["NL101"],
  "guardians told; only the grandmother (a relative) does not know yet")

C("bup-lisdexamfetamin-biverkningar-ej-hunnit", "skane", "2011-06-06", "m", [
    N("n1", "bup_hbg", "Rasmus Kjellberg", "läkare", "2024-02-28 16:40", [
        ("Läkemedel", "ADHD sedan 2020. Insatt på lisdexamfetamin 30 mg. Hann inte gå igenom biverkningarna, t.ex. aptitminskning, i detalj; ssk ringer mamma i morgon."),
    ], sign=None),
], [], ["NL101"],
  "unsigned draft: what was not told is side-effect information, not a diagnosis")

C("bup-typo-infromerad-om-gad-16", "skane", "2007-09-07", "f", [
    N("n1", "bup_lund", "Karin Holmqvist", "psykolog", "2024-04-02 14:15", [
        ("Information", "Pat infromerad om diagnosen generaliserat ångestsyndrom (F41.1) och om upplägget med 12 KBT-sessioner."),
    ], template="Psykologanteckning"),
], [], ["NL101"],
  "typo 'infromerad': the 16-year-old has been told the diagnosis")

C("bup-ej-informerad-om-1177-journalen", "skane", "2008-01-01", "f", [
    N("n1", "bup_hlm", "Ebba Lundh", "kurator", "2024-03-26 09:30", [
        ("Samtal", "Depression under behandling, diagnosen ställdes i november. Pat visste inte att hon numera kan läsa sin journal på 1177, vi gick igenom det i dag."),
    ], template="Kuratorsanteckning"),
], [], ["NL101"],
  "what the 16-year-old did not know is that she can read her journal, not a diagnosis")

C("vgr-epikris-doose-meddelad-under-vardtiden", "vgr", "2012-02-02", "f", [
    N("n1", "dsbus_avd", "Fredrika Hallin", "läkare", "2024-01-19 13:00", [
        ("Epikris", "Inlagd 4 dygn efter status epilepticus med upprepade atoniska fall. EEG visar generaliserade spike-wave-komplex 2-3 Hz. Valproat insatt."),
        ("Diagnos", "Epilepsi med myoklon-atoniska anfall (Dooses syndrom)."),
        ("Information", "Diagnosen meddelades föräldrarna och flickan under vårdtiden."),
    ], template="Epikris", setting="slutenvård"),
], [], ["NL101", "NL102"],
  "VGR discharge summary: the diagnosis was given to the 11-year-old and guardians during the stay")

C("vgr-foraldrar-vet-inte-om-utskrivning-idag", "vgr", "2007-01-01", "m", [
    N("n1", "dsbus_medavd", "Linnea Öhman", "läkare", "2024-05-10 09:00", [
        ("Aktuellt", "Inlagd efter sertralinintoxikation, medicinskt färdigbehandlad. Känd ADHD och depression, har själv berättat om diagnoserna för personalen."),
        ("Planering", "Skrivs ut i eftermiddag efter bedömning av psykiatrisk konsult. Föräldrarna vet ännu inte att han skrivs ut i dag, ringer dem efter ronden."),
    ], template="Daganteckning", setting="slutenvård", sign=None),
], [], ["NL101"],
  "unsigned draft: the parents do not yet know the discharge plan; no diagnosis is untold")
# ------------------------------------------------------------ H. long multi-section charts
C("lang-bup-akut-intox-trolig-depressiv-episod-16", "skane", "2007-08-02", "f", [
    N("n1", "bup_akut", "Tobias Engdahl", "läkare", "2024-01-27 23:15", [
        ("Kontaktorsak", "16-årig flicka som kommer i ambulans från Barn- och ungdomsakuten efter medicinsk bedömning. Tog ca 10 tabl Lergigan 25 mg i eftermiddags efter konflikt med en kompis på sociala medier. Medicinskt färdigbedömd, EKG ua, QTc 420."),
        ("Anamnes", "Bor med mamma och lillebror i Lund, pappa i Malmö varannan helg. Går första året på naturvetenskapsprogrammet. Tidigare frisk, inga tidigare kontakter med BUP eller ungdomsmottagning. Sömnen har blivit sämre sedan oktober, vaknar kl 3-4 och ältar. Tappat lusten för körsång som hon tidigare älskade. Äter oregelbundet men har inte gått ner i vikt."),
        ("Socialt", "Har två nära vänner i klassen men har dragit sig undan dem sedan jul. Inget alkohol- eller drogbruk enligt egen uppgift, bekräftas av mamma. Ingen pojkvän. Extrajobb på café varannan lördag som hon hittills skött."),
        ("Hereditet", "Mamma har haft en trolig förlossningsdepression som aldrig behandlades. Morbror med alkoholproblem."),
        ("Status", "Opåverkad. Puls 88, BT 112/70. Lätt muntorrhet och vidgade pupiller, i övrigt inga antikolinerga tecken kvar. Inga färska eller gamla självskadeärr på armar eller lår."),
        ("Psykiskt status", "Vaken, orienterad x3. Trött men samarbetar. Ledsen, gråter när hon pratar om kompisen. Affekt adekvat. Inga hallucinationer, inga vanföreställningar. Tankegång sammanhängande. Beskriver impulsen som plötslig; hon ville 'sova bort allt', ingen planering eller avskedsbrev."),
        ("Bedömning", "Impulsiv intoxikation i samband med akut relationskonflikt. Trolig depressiv episod av lindrig till medelsvår grad sedan hösten. Ingen misstanke om ätstörning. Suicidrisken bedöms som måttlig under närmaste dygnet, därefter lägre om skyddsfaktorerna håller."),
        ("Åtgärd", "Krisplan upprättad med pat och mamma, läkemedel låses in hemma. Skriftlig information om akutnummer. Mamma vakar i natt."),
        ("Planering", "Uppföljande besök på BUP Lund öppenvård inom 3 dagar, tid skickas via 1177. Skattning med MADRS-S och RCADS vid det besöket. Pat vill att skolan inte kontaktas i nuläget, vilket respekteras. Mamma ringer BUP-akuten direkt om dottern uttrycker nya självmordstankar eller om hon inte går att nå."),
    ], template="Akutanteckning"),
], ["NL102"], ["NL101"],
  "long BUP emergency chart: among negations and a mother's hedged illness, 'Trolig depressiv episod' of the 16-year-old stands visibly")

C("lang-vgr-status-epilepticus-hedgar-bara-planer", "vgr", "2016-11-20", "m", [
    N("n1", "dsbus_avd", "Karl Öberg", "läkare", "2024-10-14 11:30", [
        ("Inskrivningsorsak", "7-årig pojke med känd fokal strukturell epilepsi efter neonatal stroke vänster, inkommer efter fokalt status epilepticus ca 25 min som hävdes med buccalt midazolam hemma och iv diazepam på akuten."),
        ("Anamnes", "Senaste anfallet för fyra månader sedan. Står på oxkarbazepin 300 mg x 2 och levetiracetam 500 mg x 2. Mamma har märkt att han glömt kvällsdosen några gånger under skolresan. Feber 38,2 sedan igår och snuva."),
        ("Hereditet", "Storebror, 10 år, har misstänkt autism och står i kö för utredning på BUP. Föräldrarna friska."),
        ("Status", "AT: trött men väckbar, GCS 14. Lätt högersidig pares som är känd sedan tidigare. Pupiller lika, ljusreaktion ua. Hjärta, lungor ua. Öron: lätt rodnad vänster trumhinna. Ingen nackstelhet."),
        ("Lab", "CRP 18, LPK 9,2, Na 138, glukos 6,1. P-levetiracetam inom referensintervall, P-oxkarbazepinmetabolit lågt."),
        ("Förlopp på akuten", "Efter diazepam somnade han och andades lugnt, saturation 96 % på luft. Inga nya anfall under de tre timmarna på akuten. Vaknade vid 10-tiden och bad om saft, kände igen pappa direkt."),
        ("Läkemedel", "Oxkarbazepin 300 mg x 2, levetiracetam 500 mg x 2, buccalt midazolam 7,5 mg vid behov. Paracetamol vid feber över 38,5. Inga kända läkemedelsallergier."),
        ("Bedömning", "Status epilepticus vid känd strukturell epilepsi, utlöst av feber och missade doser. Övre luftvägsinfektion. Ingen misstanke om CNS-infektion."),
        ("Planering", "Oxkarbazepin höjs till 450 mg x 2. Ev. MR hjärna om pareserna inte är tillbaka på samma nivå som tidigare inom ett dygn. Trolig hemgång i övermorgon. Ny akutplan skrivs med föräldrarna."),
    ], template="Inskrivningsanteckning", setting="slutenvård"),
], [], ["NL102"],
  "long VGR admission chart where every hedge is on a plan ('Ev. MR', 'Trolig hemgång'), a relative ('misstänkt autism' in the brother) or negated")

C("lang-bup-avd-anorexi-osteopeni-ej-berattat-16", "skane", "2007-10-25", "f", [
    N("n1", "bup_avd", "Henrik Aspelin", "läkare", "2024-02-22 15:45", [
        ("Aktuellt", "Vårddag 12. Anorexia nervosa, restriktiv typ, med medicinsk instabilitet vid inskrivningen. Äter nu fulla portioner med måltidsstöd, kompenserar genom att stå upp och gå i korridoren. Vikt 43,9 kg i dag mot 41,2 kg vid ankomst."),
        ("Somatik", "Puls 54 liggande, 68 stående. BT 96/60. Fosfat 1,05, K 3,9, Mg 0,82. Inga ödem. Hårfäste tunnare enligt pat själv."),
        ("Utredning", "DXA i går visar låg bentäthet, Z-score -2,4 i ländrygg och -2,1 i höft, osteopeni sekundär till undernäringen och utebliven menstruation."),
        ("Psykiskt status", "Kontaktbar, mer öppen i dag. Fortsatt rädd för att gå upp i vikt, talar om magen som 'för stor'. Inga suicidtankar. Sover 8 h."),
        ("Bedömning", "Långsam men stadig viktuppgång. Osteopenin har pat inte fått veta om än; vi väntar till efter familjesamtalet på fredag, då hon i dag var mycket orolig inför vägningen."),
        ("Planering", "Kalcium och D-vitamin insätts. Permission lördag dagtid med mamma om vikten håller. Ny DXA om ett år. Dietisten justerar måltidsplanen till 2600 kcal."),
    ], template="Daganteckning", setting="slutenvård"),
], ["NL101"], ["NL102"],
  "long ward chart: settled osteopenia in visible Utredning, while the 16-year-old has not yet been told about it")

C("lang-vgr-hypokalemi-forenligt-med-bulimi-16", "vgr", "2007-12-09", "f", [
    N("n1", "nu_avd", "Maja Lindgren", "läkare", "2024-06-17 18:00", [
        ("Kontaktorsak", "16-årig flicka som remitteras från vårdcentral i Uddevalla pga P-kalium 2,6 och hjärtklappning."),
        ("Anamnes", "Frisk sedan tidigare. Säger att hon haft 'mycket magsjuka' sedan påsk, kräks några gånger i veckan. Har inte haft diarré. Dricker mycket kaffe och Red Bull inför proven. Menstruation oregelbunden senaste halvåret."),
        ("Status", "AT: opåverkad, normalviktig, BMI 20,4. Cor: regelbunden rytm, 96/min. Parotiderna förstorade bilat. Lätta erosioner på tändernas insidor. Callus på höger pekfingers knoge."),
        ("EKG", "Sinusrytm 94, U-vågor i prekordialavledningarna, QTc 455 ms."),
        ("Lab", "K 2,6, Na 139, klorid 91, bikarbonat 33. Amylas lätt förhöjt. Hb 128."),
        ("Bedömning", "Hypokalemi med metabol alkalos. Kliniken och labfynden är förenliga med bulimia nervosa med självframkallade kräkningar, även om pat själv inte berättat om detta."),
        ("Åtgärd", "Kaliumklorid per os 2 mmol/kg fördelat på tre doser. Telemetri över natten. Nytt K kl 06."),
        ("Planering", "Samtal med pat ensam i morgon. Konsultation från barn- och ungdomspsykiatrin begärs om hon vill."),
    ], template="Inskrivningsanteckning", setting="slutenvård"),
], ["NL102"], [],
  "long VGR admission chart: 'förenliga med bulimia nervosa' hedges a diagnosis in visible Bedömning")

C("lang-bum-misstankt-fragilt-x-foraldrar-informerade", "skane", "2020-01-14", "m", [
    N("n1", "bum_hbg", "Jonas Frisk", "läkare", "2024-04-24 13:00", [
        ("Remiss", "Remiss från BVC Höganäs angående försenat tal och oro kring lek och samspel hos 4-årig pojke."),
        ("Anamnes", "Född fullgången efter normal graviditet, Apgar 9-10-10. Gick vid 18 mån, sa sina första ord vid 2,5 års ålder. Nu 2-3-ordssatser, mycket ekolali. Blir lätt överväldigad av ljud, flaxar med händerna vid glädje. Sover bra. Mammas morbror har enligt familjen 'haft svårt att lära sig' men utreddes aldrig."),
        ("Status", "Längd +1 SD, vikt +0,5 SD, huvudomfång +2,3 SD. Avlångt ansikte, stora utstående öron, hyperextensibla fingerleder. Flata fötter. Testiklar normalstora för åldern. Neurologiskt status ua, något låg muskeltonus."),
        ("Utvecklingsbedömning", "Bygger torn av 6 klossar, ritar cirkel. Följer enkla instruktioner med gester. Undviker blickkontakt men söker mammas närhet."),
        ("Bedömning", "Utvecklingsförsening främst inom språk och kommunikation. Misstänkt fragilt X-syndrom med tanke på fenotypen och ärftligheten på mammans sida."),
        ("Information", "Föräldrarna informerades om misstanken och om vad ett positivt svar skulle kunna innebära för släkten; de önskar provtagning."),
        ("Planering", "FMR1-analys. Remiss till BUP för bedömning av autism och kognitiv nivå. Logopedkontakt via habiliteringen efter provsvar."),
    ]),
], ["NL102"], ["NL101"],
  "long paediatric chart: 'Misstänkt fragilt X-syndrom' is visible (NL102) but was told to the guardians (no NL101)")

C("lang-vgr-huvudvark-bara-negationer-11", "vgr", "2013-04-30", "f", [
    N("n1", "skas_bum", "Therese Åkesson", "läkare", "2024-09-30 10:00", [
        ("Anamnes", "11-årig flicka med huvudvärk nästan dagligen sedan skolstarten i augusti. Värken sitter som ett band runt huvudet, är tryckande och kommer mot eftermiddagen. Ingen kräkning, inga synstörningar, vaknar inte av värken. Tar ibland paracetamol som hjälper lite. Har börjat i ny klass och sitter mycket med mobilen på kvällarna."),
        ("Hereditet", "Pappa har migrän sedan tonåren. Inga kända neurologiska sjukdomar i övrigt."),
        ("Status", "Gott AT. Längd och vikt följer kurvan. BT 102/64. Neurologiskt status helt ua inklusive gång, koordination, kranialnerver och reflexer. Ögonbottnar med skarpa papillgränser. Ömhet över nackmuskulaturen bilat."),
        ("Bedömning", "Spänningshuvudvärk, frekvent episodisk form. Inga tecken på förhöjt intrakraniellt tryck. Migrän bedöms inte föreligga då värken saknar migränens karaktär. Inget behov av bilddiagnostik."),
        ("Åtgärd", "Genomgång av sömn, skärmtid, vätskeintag och regelbundna måltider. Råd att begränsa värktabletter till högst två dagar i veckan för att undvika läkemedelsöverförbrukningshuvudvärk."),
        ("Planering", "Huvudvärksdagbok i sex veckor. Återbesök därefter, tidigare om nya symtom tillkommer."),
    ]),
], [], ["NL102"],
  "long VGR chart with only negated or excluded diagnoses ('Inga tecken på', 'Migrän bedöms inte föreligga') and a confirmed tension-type headache")

C("lang-bup-np-autism-atergivning-genomford", "skane", "2014-06-15", "m", [
    N("n1", "bup_np", "Sara Nyqvist", "psykolog", "2024-05-29 16:20", [
        ("Bakgrund", "10-årig pojke remitterad från elevhälsan i Malmö hösten 2023 pga stora svårigheter på raster och i grupparbeten, utbrott vid förändringar och stark fixering vid tågtidtabeller. Utredningen har omfattat anamnes, ADOS-2 modul 3, ADI-R, WISC-V, skolobservation och skattningar från lärare."),
        ("Anamnes", "Normal graviditet och förlossning. Talade tidigt och med ett vuxet ordförråd, men lekte helst ensam och blev mycket upprörd om leksakerna flyttades. I förskolan beskrevs han som 'en liten professor'. Skolstarten gick bra kunskapsmässigt, men konflikterna på rasterna har ökat sedan åk 3 och han har varit hemma från skolan två veckor i vår."),
        ("Testresultat", "WISC-V: HIK 104, verbal förståelse 112, arbetsminne 88, snabbhet 79. ADOS-2 kalibrerad totalpoäng 8. ADI-R över gränsvärde i samtliga tre domäner. Lärarskattningar visar måttliga uppmärksamhetsproblem men inte i klinisk nivå."),
        ("Sammanfattning", "Pojken uppfyller kriterierna för autism (F84.0) utan intellektuell funktionsnedsättning och utan språkstörning. Kriterierna för ADHD är inte uppfyllda."),
        ("Återgivning", "Återgivning i dag med mamma, pappa och pojken, samt separat med pojken själv på slutet. Föräldrarna sade att resultatet inte förvånade dem. Pojken frågade om han fortfarande får åka till tågmuseet, vilket han så klart får. Skriftligt utlåtande lämnades."),
        ("Rekommendationer", "Tydlig struktur och förberedelse inför förändringar i skolan, bildschema, möjlighet till avskild plats på raster. Föräldrautbildning om autism via BUP."),
        ("Planering", "Ärendet avslutas på utredningsenheten och överförs till BUP Malmö öppenvård för insatser. Föräldrarna kontaktar själva skolan om anpassningar."),
    ], template="Psykologanteckning"),
], [], ["NL101", "NL102"],
  "long assessment summary: settled autism, ADHD negated, and the feedback was given today to child and guardians")

# ------------------------------------------------------------ I. further NL102 positives
C("bup-hbg-inte-osannolikt-adhd-hog-begavning-16", "skane", "2008-04-22", "m", [
    N("n1", "bup_hbg", "Olof Strand", "läkare", "2024-05-21 10:10", [
        ("Aktuellt", "Första året på teknikprogrammet, betygen har rasat från A till E i flera ämnen. Skjuter upp allt till sista kvällen, glömmer lämna in uppgifter och har tappat två mobiler i höst."),
        ("Bedömning", "Inte osannolikt att han har en ADHD som kompenserats av hög begåvning och mycket stöd hemma under grundskolan. NP-utredning erbjuds."),
    ]),
], ["NL102"], [],
  "'Inte osannolikt att han har en ADHD' is a double-negated hedge, i.e. a hypothesis, in a visible note of a 16-year-old")

C("vgr-nyfodd-ser-ut-som-benign-somnmyoklonus", "vgr", "2024-03-30", "f", [
    N("n1", "dsbus_akut", "Ingrid Falk", "läkare", "2024-04-20 02:40", [
        ("Kontaktorsak", "Tre veckor gammal flicka, ryckningar i armar och ben i serier när hon somnar, upphör direkt när mamma väcker henne. Äter och väger bra."),
        ("Status", "Pigg, fin färg. Fontanell mjuk. Normal tonus, symmetriska rörelser. Mororeflex utlösbar."),
        ("Bedömning", "Ser ut som benign neonatal sömnmyoklonus utifrån mammas film. EEG bokas polikliniskt för att vara säker."),
    ], template="Akutanteckning", sign=None),
], ["NL102"], [],
  "unsigned night draft: 'Ser ut som benign neonatal sömnmyoklonus' hedges a diagnosis of a 3-week-old (VGR)")

C("bup-lsk-kan-tala-for-separationsangest", "skane", "2013-12-30", "f", [
    N("n1", "bup_lsk", "Johanna Pålsson", "psykolog", "2024-11-26 13:20", [
        ("Samtal", "Tioårig flicka med magont varje skolmorgon sedan hösten, stannar hemma 2-3 dagar i veckan. Sover i mammas säng, får panik om mamma är sen från jobbet."),
        ("Bedömning", "Mönstret kan tala för separationsångest; skolfrånvaron bör brytas tidigt."),
        ("Planering", "Gradvis återgång till skolan tillsammans med elevhälsan, föräldrastödjande samtal varannan vecka."),
    ], template="Psykologanteckning"),
], ["NL102"], [],
  "'kan tala för separationsångest' is a hedged diagnosis of a 10-year-old in a visible note")


# =========================================================================== validation
CASE_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
PATIENT_KEYS = {"id", "birth_date", "protected_identity"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
CODES = {"NL101", "NL102"}
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def age_at(birth, when):
    b = dt.date.fromisoformat(birth)
    d = when.date()
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def parse_ts(s):
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%S")


def validate(cases):
    errors = []
    names = set()
    sentences = {}
    for c in cases:
        name = c.get("case")
        where = "case %r" % name
        if set(c) != CASE_KEYS:
            errors.append("%s: keys %s" % (where, sorted(c)))
            continue
        if name in names:
            errors.append("%s: duplicate case name" % where)
        names.add(name)
        if c["ruleset"] not in ("skane", "vgr"):
            errors.append("%s: ruleset %r" % (where, c["ruleset"]))
        if not c["why"].strip():
            errors.append("%s: empty why" % where)
        rec = c["record"]
        if set(rec) != RECORD_KEYS:
            errors.append("%s: record keys %s" % (where, sorted(rec)))
            continue
        if rec["access_events"] or rec["conversations"] or rec["treatments"]:
            errors.append("%s: access_events/conversations/treatments must be empty" % where)
        pat = rec["patient"]
        if set(pat) != PATIENT_KEYS:
            errors.append("%s: patient keys" % where)
        pid, birth = pat["id"], pat["birth_date"]
        if not re.fullmatch(r"\d{8}-\d{4}", pid):
            errors.append("%s: personnummer format %r" % (where, pid))
        elif not luhn_ok(pid):
            errors.append("%s: personnummer Luhn %r" % (where, pid))
        if pid[:8] != birth.replace("-", ""):
            errors.append("%s: personnummer does not match birth_date" % where)
        try:
            dt.date.fromisoformat(birth)
        except ValueError:
            errors.append("%s: bad birth_date" % where)
            continue
        as_of = parse_ts(rec["as_of"])
        if as_of.year != 2024:
            errors.append("%s: as_of not in 2024" % where)
        ages = [age_at(birth, as_of)]
        notes = rec["notes"]
        if not notes:
            errors.append("%s: no notes" % where)
        ids = set()
        systems = {}
        for n in notes:
            if set(n) != NOTE_KEYS:
                errors.append("%s: note keys %s" % (where, sorted(n)))
                continue
            if n["id"] in ids:
                errors.append("%s: duplicate note id %s" % (where, n["id"]))
            ids.add(n["id"])
            systems[n["id"]] = n["system"]
            if n["system"] not in ("Melior", "PMO"):
                errors.append("%s: system %r" % (where, n["system"]))
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                errors.append("%s: VGR case with non-Melior note" % where)
            if set(n["unit"]) != {"name", "hsa_id"} or set(n["author"]) != {"name", "role"}:
                errors.append("%s: unit/author keys" % where)
            uname = n["unit"]["name"]
            if c["ruleset"] == "vgr" and ("BUP" in uname or "ungdomspsykiatri" in uname):
                errors.append("%s: BUP unit in a VGR case" % where)
            if c["ruleset"] == "vgr" and not n["unit"]["hsa_id"].startswith(VG):
                errors.append("%s: VGR case with non-VGR unit" % where)
            if c["ruleset"] == "skane" and not n["unit"]["hsa_id"].startswith(SK):
                errors.append("%s: Skåne case with non-Skåne unit" % where)
            t = parse_ts(n["time"])
            if t.year != 2024:
                errors.append("%s: note time not in 2024" % where)
            if n["signed"] is not None:
                s = parse_ts(n["signed"])
                if s.year != 2024 or s < t:
                    errors.append("%s: bad signed time" % where)
            if t >= as_of:
                errors.append("%s: note after as_of" % where)
            if n["setting"] not in ("öppenvård", "slutenvård"):
                errors.append("%s: setting %r" % (where, n["setting"]))
            ages.append(age_at(birth, t))
            if not n["sections"]:
                errors.append("%s: note without sections" % where)
            for sec in n["sections"]:
                if set(sec) != {"keyword", "text"} or not sec["text"].strip():
                    errors.append("%s: bad section" % where)
                    continue
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in sentences and sentences[sent] != name:
                            errors.append("%s: sentence repeated from %s: %r" % (where, sentences[sent], sent))
                        elif sent in sentences:
                            errors.append("%s: sentence repeated within case: %r" % (where, sent))
                        sentences[sent] = name
        for a in ages:
            if 13 <= a <= 15 or a < 0:
                errors.append("%s: patient age %d not allowed (13-15)" % (where, a))
        seen = set()
        for lst_name in ("must", "must_not"):
            for pair in c[lst_name]:
                if not (isinstance(pair, list) and len(pair) == 2):
                    errors.append("%s: bad %s entry" % (where, lst_name))
                    continue
                code, target = pair
                if code not in CODES:
                    errors.append("%s: unexpected code %s" % (where, code))
                if target not in ids:
                    errors.append("%s: target %s does not exist" % (where, target))
                    continue
                if (code, target) in seen:
                    errors.append("%s: %s on %s asserted twice" % (where, code, target))
                seen.add((code, target))
                if code == "NL102" and lst_name == "must" and systems[target] != "Melior":
                    errors.append("%s: NL102 must asserted on a non-Melior note" % where)
                if code == "NL101" and systems[target] == "PMO":
                    errors.append("%s: NL101 asserted on a PMO note" % where)
        if not seen:
            errors.append("%s: asserts nothing" % where)
    return errors


def main():
    errors = validate(CASES)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print("%d problem(s); cases.jsonl not written" % len(errors), file=sys.stderr)
        return 1
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n")
    counts = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    rs = {}
    for c in CASES:
        rs[c["ruleset"]] = rs.get(c["ruleset"], 0) + 1
    print("wrote %d cases to %s" % (len(CASES), OUT))
    print("rulesets: %s" % ", ".join("%s=%d" % kv for kv in sorted(rs.items())))
    for code in sorted(CODES):
        print("%s must=%d must_not=%d" % (code, counts.get((code, "must"), 0), counts.get((code, "must_not"), 0)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
