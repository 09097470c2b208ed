#!/usr/bin/env python3
"""Gold cases nl1ch_dev_cases: how staff write that the patient has NOT (yet) been told
about a diagnosis, and the near misses of that.

Dependency-free, deterministic. `python3 build.py` writes nl1ch_dev_cases.jsonl beside
this file and validates it; exit status 1 on any problem.
"""
import datetime as _dt
import json
import os
import re
import sys

NAME = "nl1ch_dev_cases"
HERE = os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------- units
_SK = [
    ("lung_lund", "Lungmedicinska mottagningen, Skånes universitetssjukhus Lund"),
    ("onk_lund", "Onkologiska kliniken, Skånes universitetssjukhus Lund"),
    ("onk_malmo", "Onkologiska mottagningen, Skånes universitetssjukhus Malmö"),
    ("uro_hbg", "Urologiska mottagningen, Helsingborgs lasarett"),
    ("neuro_malmo", "Neurologimottagningen, Skånes universitetssjukhus Malmö"),
    ("minne_malmo", "Minnesmottagningen, Skånes universitetssjukhus Malmö"),
    ("minne_hbg", "Minnesmottagningen, Helsingborgs lasarett"),
    ("kir_krstd", "Kirurgiska kliniken, Centralsjukhuset Kristianstad"),
    ("kir_ystad", "Kirurgiska mottagningen, Ystads lasarett"),
    ("kir_hbg", "Kirurgiska kliniken, Helsingborgs lasarett"),
    ("iva_krstd", "Intensivvårdsavdelningen, Centralsjukhuset Kristianstad"),
    ("hemat_lund", "Hematologiska kliniken, Skånes universitetssjukhus Lund"),
    ("barnonk_lund", "Barn- och ungdomsonkologiska avdelningen, Skånes universitetssjukhus Lund"),
    ("barn_hbg", "Barn- och ungdomsmedicinska kliniken, Helsingborgs lasarett"),
    ("gynonk_lund", "Gynekologisk onkologi, Skånes universitetssjukhus Lund"),
    ("hud_malmo", "Hudmottagningen, Skånes universitetssjukhus Malmö"),
    ("infekt_malmo", "Infektionskliniken, Skånes universitetssjukhus Malmö"),
    ("psyk_lund", "Psykiatrisk öppenvårdsmottagning Lund"),
    ("npf_malmo", "Neuropsykiatriska mottagningen, Psykiatri Skåne Malmö"),
    ("bup_malmo", "BUP-mottagning Malmö Centrum"),
    ("geri_hlm", "Geriatriska kliniken, Hässleholms sjukhus"),
    ("onh_lund", "Öron-, näs- och halskliniken, Skånes universitetssjukhus Lund"),
    ("kardio_hbg", "Kardiologiska kliniken, Helsingborgs lasarett"),
    ("genetik_lund", "Klinisk genetik, Skånes universitetssjukhus Lund"),
    ("reuma_lund", "Reumatologiska kliniken, Skånes universitetssjukhus Lund"),
    ("asih_lund", "ASIH Lund, Avancerad sjukvård i hemmet"),
    ("med_angelholm", "Medicinmottagningen, Ängelholms sjukhus"),
    ("njur_malmo", "Njurmedicinska mottagningen, Skånes universitetssjukhus Malmö"),
    ("brost_hbg", "Bröstmottagningen, Helsingborgs lasarett"),
    ("akut_ystad", "Akutmottagningen, Ystads lasarett"),
    ("endo_malmo", "Endokrinologiska mottagningen, Skånes universitetssjukhus Malmö"),
    ("ortop_hlm", "Ortopedkliniken, Hässleholms sjukhus"),
    ("neurokir_lund", "Neurokirurgiska kliniken, Skånes universitetssjukhus Lund"),
    ("med_landskrona", "Medicinkliniken, Lasarettet i Landskrona"),
    ("med_trelleborg", "Medicinavdelning 3, Lasarettet i Trelleborg"),
    ("rehab_orup", "Neurologisk rehabilitering, Orupssjukhuset Höör"),
    ("hjart_lund", "Hjärtmottagningen, Skånes universitetssjukhus Lund"),
    ("ogon_malmo", "Ögonkliniken, Skånes universitetssjukhus Malmö"),
    ("kurator_lund", "Kuratorsenheten, Onkologiska kliniken Lund"),
    ("gyn_ystad", "Kvinnokliniken, Ystads lasarett"),
    ("lung_hbg", "Lungmottagningen, Helsingborgs lasarett"),
    # PMO (primary care)
    ("vc_sorgenfri", "Vårdcentralen Sorgenfri, Malmö"),
    ("vc_eslov", "Vårdcentralen Eslöv"),
    ("bvc_hoor", "Barnavårdscentralen Höör"),
    ("um_lund", "Ungdomsmottagningen Lund"),
    ("vc_simrishamn", "Vårdcentralen Simrishamn"),
    ("vc_kavlinge", "Vårdcentralen Kävlinge"),
    ("hsv_tomelilla", "Hemsjukvården Tomelilla"),
]
_VG = [
    ("lung_su", "Lungmedicinmottagningen, Sahlgrenska Universitetssjukhuset"),
    ("onk_su", "Jubileumskliniken, onkologi, Sahlgrenska Universitetssjukhuset"),
    ("uro_nal", "Urologmottagningen, NU-sjukvården NÄL Trollhättan"),
    ("neuro_skovde", "Neurologmottagningen, Skaraborgs Sjukhus Skövde"),
    ("hemat_su", "Sektionen för hematologi, Sahlgrenska Universitetssjukhuset"),
    ("barnonk_dsbus", "Barncancercentrum, Drottning Silvias barn- och ungdomssjukhus"),
    ("barngastro_dsbus", "Barngastroenterologi, Drottning Silvias barn- och ungdomssjukhus"),
    ("infekt_ostra", "Infektionsmottagningen, Sahlgrenska Universitetssjukhuset Östra"),
    ("neuro_sas", "Neurologimottagningen, Södra Älvsborgs Sjukhus Borås"),
    ("affektiv_su", "Affektiva mottagningen, Sahlgrenska Universitetssjukhuset"),
    ("ogon_molndal", "Ögonmottagningen, Sahlgrenska Universitetssjukhuset Mölndal"),
    ("lung_sas", "Lungmottagningen, Södra Älvsborgs Sjukhus Borås"),
    ("kir_uddevalla", "Kirurgmottagningen, Uddevalla sjukhus"),
    ("onh_uddevalla", "Öron-näsa-halsmottagningen, Uddevalla sjukhus"),
    ("geri_alingsas", "Geriatriska mottagningen, Alingsås lasarett"),
    ("kvinno_ostra", "Kvinnokliniken, Sahlgrenska Universitetssjukhuset Östra"),
    ("kir_kungalv", "Kirurgmottagningen, Kungälvs sjukhus"),
    ("med_sas", "Medicinmottagningen, Södra Älvsborgs Sjukhus Borås"),
    ("njur_su", "Njurmedicinmottagningen, Sahlgrenska Universitetssjukhuset"),
    ("ortop_molndal", "Ortopedmottagningen, Sahlgrenska Universitetssjukhuset Mölndal"),
    ("brost_sas", "Bröstmottagningen, Södra Älvsborgs Sjukhus Borås"),
    ("reuma_su", "Reumatologmottagningen, Sahlgrenska Universitetssjukhuset"),
    ("kardio_sas", "Kardiologmottagningen, Södra Älvsborgs Sjukhus Borås"),
    ("med_lidkoping", "Medicinmottagningen, Skaraborgs Sjukhus Lidköping"),
    ("med_kungalv", "Medicinavdelning 15, Kungälvs sjukhus"),
    ("sexhalsa_su", "Mottagningen för sexuell hälsa, Sahlgrenska Universitetssjukhuset"),
    ("genetik_su", "Klinisk genetik, Sahlgrenska Universitetssjukhuset"),
    ("brost_su", "Bröstcentrum, Sahlgrenska Universitetssjukhuset"),
    ("palliativ_angered", "Palliativt team, Angereds Närsjukhus"),
    ("minne_molndal", "Minnesmottagningen, Sahlgrenska Universitetssjukhuset Mölndal"),
    ("barnmed_nal", "Barn- och ungdomsmedicin, NU-sjukvården NÄL"),
    ("npf_su", "Neuropsykiatriska utredningsenheten, Sahlgrenska Universitetssjukhuset"),
    ("gastro_su", "Gastroenterologimottagningen, Sahlgrenska Universitetssjukhuset"),
    ("endo_sas", "Endokrinmottagningen, Södra Älvsborgs Sjukhus Borås"),
    ("hud_su", "Hudmottagningen, Sahlgrenska Universitetssjukhuset"),
    ("neurokir_su", "Neurokirurgi, Sahlgrenska Universitetssjukhuset"),
    ("avd_skovde", "Medicinavdelning 32, Skaraborgs Sjukhus Skövde"),
    ("rehab_su", "Neurorehab, Sahlgrenska Universitetssjukhuset Högsbo"),
]
UNITS = {}
for _i, (_k, _n) in enumerate(_SK):
    UNITS[_k] = {"name": _n, "hsa_id": "SE2321000032-%05d" % (10000 + 37 * _i)}
for _i, (_k, _n) in enumerate(_VG):
    UNITS[_k] = {"name": _n, "hsa_id": "SE2321000131-E0000000%04d" % (2000 + 11 * _i)}

# --------------------------------------------------------------------------- helpers
CASES = []


def N(unit, author, role, time, sections, nid="n1", template="Läkaranteckning",
      system="Melior", signed=45, setting="öppenvård", refs=None):
    """One note. `signed` = minutes after `time`, or None for an unsigned draft."""
    t = _dt.datetime.strptime(time, "%Y-%m-%d %H:%M")
    return {
        "id": nid, "system": system, "template": template,
        "unit": dict(UNITS[unit]),
        "author": {"name": author, "role": role},
        "time": t.isoformat(),
        "signed": None if signed is None else (t + _dt.timedelta(minutes=signed)).isoformat(),
        "setting": setting,
        "refs": list(refs or []),
        "sections": [{"keyword": k, "text": v} for k, v in sections],
    }


def _luhn(digits):
    s = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return (10 - s % 10) % 10


def _pnr(birth, sex, idx):
    y, m, d = birth.split("-")
    serial = 10 + (idx * 7) % 89           # two digits
    sexd = (idx % 5) * 2 + (1 if sex == "M" else 0)  # odd = man, even = woman
    nnn = "%02d%d" % (serial, sexd)
    check = _luhn(y[2:] + m + d + nnn)
    return "%s%s%s-%s%d" % (y, m, d, nnn, check)


def C(name, ruleset, pat, notes, must, must_not, why):
    if isinstance(notes, dict):
        notes = [notes]
    birth, sex = pat
    idx = len(CASES) + 1
    last = max(_dt.datetime.fromisoformat(n["signed"] or n["time"]) for n in notes)
    as_of = (last + _dt.timedelta(days=2)).replace(hour=0, minute=0, second=0)
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": {"id": _pnr(birth, sex, idx), "birth_date": birth, "protected_identity": False},
            "as_of": as_of.isoformat(),
            "notes": notes,
            "access_events": [], "conversations": [], "treatments": [],
        },
        "must": [list(x) for x in must],
        "must_not": [list(x) for x in must_not],
        "why": why,
    })


def M(*codes, n="n1"):
    return [(c, n) for c in codes]


TH = "Tidiga hypoteser"

# =========================================================================== A
# NL101 positives: a diagnosis in a visible section + the text says the patient
# has not been told / must not be told yet.

C("lunga-adenocarcinom-besked-vid-aterbesok", "skane", ("1956-04-12", "M"),
  N("lung_lund", "Karin Lindqvist", "läkare", "2024-03-07 14:10", [
      ("Anamnes", "68-årig man, f.d. rökare ca 40 paketår. Utreds för rundhärd i höger överlob, se tidigare anteckning."),
      ("Provsvar", "PAD från bronkoskopi 4/3: adenocarcinom, TTF-1 positivt. PD-L1 och molekylärpatologi pågår."),
      ("Bedömning", "Lungcancer, adenocarcinom i höger överlob. Patienten är ännu inte informerad om PAD-svaret. Besked ges vid planerat återbesök 14/3 tillsammans med kontaktsjuksköterska."),
  ]),
  M("NL101"), M("NL102"),
  "confirmed lung adenocarcinoma in Bedömning, patient not yet told, besked at return visit")

C("uro-prostatacancer-ej-underrattad", "vgr", ("1951-09-30", "M"),
  N("uro_nal", "Per-Olof Strand", "läkare", "2024-02-26 11:20", [
      ("Aktuellt", "MR prostata PI-RADS 5 i vänster perifera zon. Riktade biopsier togs 19/2."),
      ("PAD", "Adenocarcinom i 5 av 12 biopsier, Gleason 4+3=7 (ISUP 3)."),
      ("Bedömning", "Prostatacancer, intermediär risk. Pat ej underrättad om PAD ännu – beskedet lämnas vid läkarbesök 8/3, kallelse skickad. Skelettscintigrafi beställd."),
  ]),
  M("NL101"), M("NL102"),
  "prostate cancer written, 'ej underrättad', told at a later visit")

C("neuro-als-hustrun-ska-vara-med", "skane", ("1961-01-22", "M"),
  N("neuro_malmo", "Jonas Bergkvist", "läkare", "2024-04-16 15:40", [
      ("Aktuellt", "Åter efter EMG/neurografi."),
      ("Resultat", "Utbredd denervation i tre regioner, rikligt med fascikulationer, normala sensoriska svar. Gold Coast-kriterierna uppfylls."),
      ("Bedömning", "ALS. Diagnosen är inte framförd till pat idag då hustrun inte var med och han tidigare uttryckt att han vill ha henne närvarande vid besked. Beskedssamtal med kurator bokas inom en vecka."),
  ]),
  M("NL101"), M("NL102"),
  "ALS confirmed, not conveyed because the wife should be present")

C("neuro-trolig-parkinson-ej-diskuterat", "vgr", ("1953-06-03", "F"),
  N("neuro_skovde", "Hanna Wiklund", "läkare", "2024-05-21 09:15", [
      ("Status", "Vilotremor i höger hand, rigiditet med kugghjulsfenomen i höger arm, nedsatt medsvängning höger. Hypomimi."),
      ("Bedömning", "Trolig Parkinsons sjukdom. DaTSCAN beställd. Har hittills inte diskuterat diagnosen med pat utan avvaktar undersökningen."),
  ]),
  M("NL101", "NL102"), [],
  "hedged Parkinson in visible Bedömning, not yet discussed with the patient: both NL101 and NL102")

C("minne-alzheimer-dottern-bortrest", "skane", ("1944-11-08", "F"),
  N("minne_malmo", "Lars Öberg", "läkare", "2024-04-02 13:30", [
      ("Sammanfattning", "Basal demensutredning klar: MMSE 21/30, patologiskt klocktest, DT hjärna med medial temporallobsatrofi, likvor med lågt beta-amyloid 42 och förhöjt tau."),
      ("Bedömning", "Alzheimers sjukdom, mild demens. Diagnosen har inte meddelats pat eftersom dottern önskar delta vid beskedet och är bortrest till 20/4."),
      ("Planering", "Återbesök med dottern vecka 17. Körkortsfrågan tas upp då."),
  ]),
  M("NL101"), M("NL102"),
  "Alzheimer diagnosis written, telling postponed until the daughter can attend")

C("iva-peritoneal-carcinos-maken-informerad", "skane", ("1958-02-17", "F"),
  N("iva_krstd", "Mattias Holm", "läkare", "2024-05-04 10:05", [
      ("Aktuellt", "Dag 2 postop efter akut laparotomi för ileus. Fortsatt sederad och respiratorbehandlad, planeras väckas imorgon."),
      ("Bedömning", "Peroperativt fynd av peritoneal carcinos, trolig ovarialcancer. Maken informerad av operatören igår kväll. Pat själv ännu ej informerad – ges när hon är vaken och stabil, i samråd med gynonkolog."),
  ], setting="slutenvård"),
  M("NL101", "NL102"), [],
  "relative told but not the sedated patient; carcinosis written, ovarian cancer hedged")

C("hemat-aml-hustrun-informerad-pat-konfus", "vgr", ("1949-12-01", "M"),
  N("hemat_su", "Sofia Ahlgren", "läkare", "2024-09-12 16:25", [
      ("Aktuellt", "Benmärgsprov 11/9 visar 46 % myeloiska blaster. Flödescytometri bekräftar AML."),
      ("Bedömning", "Akut myeloisk leukemi. Hustrun informerad per telefon om diagnosen och planerad induktionsbehandling. Pat själv fortfarande konfusorisk och inte informerad; samtal så snart han är klar."),
  ], setting="slutenvård"),
  M("NL101"), M("NL102"),
  "AML: wife informed by phone, the confused patient not informed")

C("barnonk-17-ar-osteosarkom-foraldrarna-vet", "skane", ("2007-02-10", "M"),
  N("barnonk_lund", "Ingrid Falk", "läkare", "2024-05-28 17:00", [
      ("Provsvar", "Biopsi distala femur vänster: högmalignt osteosarkom. DT thorax utan metastaser."),
      ("Samtal", "Föräldrarna har fått beskedet vid samtal idag. Enligt föräldrarnas önskan är Elias (17 år) ännu inte informerad; vi har förklarat att han har rätt till informationen och själv kan läsa sin journal. Nytt samtal med Elias och föräldrarna imorgon kl 10."),
  ], setting="slutenvård"),
  M("NL101"), M("NL102"),
  "17-year-old reads his own journal; parents told, patient not: NL101")

C("barn-all-foraldrarna-ej-informerade", "vgr", ("2019-03-14", "F"),
  N("barnonk_dsbus", "Erik Sandström", "läkare", "2024-10-03 15:50", [
      ("Aktuellt", "5-åring med blåmärken och trötthet, blaster i perifert blod. Benmärgsundersökning i narkos idag."),
      ("Provsvar", "Flödescytometri på benmärg: B-cells ALL."),
      ("Planering", "Föräldrarna ej informerade ännu, de var hemma med syskon under ingreppet. Ansvarig barnonkolog träffar båda föräldrarna imorgon kl 08.30 för diagnosbesked."),
  ], setting="slutenvård"),
  M("NL101"), M("NL102"),
  "child under 13: the guardians read the journal and have not been told of the ALL")

C("infektion-hiv-tolk-uteblev", "vgr", ("1990-07-19", "M"),
  N("infekt_ostra", "Maria Nyström", "läkare", "2024-03-19 10:40", [
      ("Besöksorsak", "Provsvar. Tolk i tigrinja bokad men uteblev. Pat talar begränsad svenska."),
      ("Provsvar", "HIV-1 konfirmerad, CD4 310, virusmängd 45 000 kopior/ml."),
      ("Bedömning", "Diagnosbeskedet har inte lämnats idag eftersom det inte gick att säkerställa att pat förstod utan tolk. Ny tid på fredag med kontakttolk på plats."),
  ]),
  M("NL101"), M("NL102"),
  "interpreter did not come, HIV diagnosis visible but not told")

C("lever-cirros-telefontolk-saknas", "skane", ("1967-10-05", "M"),
  N("med_angelholm", "Ahmed Rahimi", "läkare", "2024-06-11 11:30", [
      ("Bedömning", "Fibroscan 28 kPa. UL lever: nodulär yta, splenomegali. Levercirros Child-Pugh B. Pat talar somaliska och telefontolk gick ej att få idag, diganosen därför ej förmedlad. Nytt besök med tolk inom 2 v. Gastroskopi för varicesscreening remitteras."),
  ]),
  M("NL101"), M("NL102"),
  "telegraphic: liver cirrhosis written, not conveyed for lack of interpreter (typo 'diganosen')")

C("kir-pankreascancer-pat-vill-inte-veta", "skane", ("1940-08-28", "F"),
  N("kir_krstd", "Gustav Lindahl", "läkare", "2024-07-09 14:15", [
      ("Anamnes", "Pat har vid upprepade tillfällen tydligt sagt att hon inte vill veta vad undersökningarna visar och att all information ska gå till sonen Mikael. Hon har därför inte informerats om diagnosen."),
      ("Röntgen", "DT buk: 4 cm tumör i pankreashuvudet med multipla levermetastaser."),
      ("Bedömning", "Pankreascancer stadium IV. Sonen informerad med pat:s samtycke. Palliativ inriktning, ASIH-remiss."),
  ]),
  M("NL101"), M("NL102"),
  "patient declined to hear; pancreatic cancer written in a visible note")

C("neuro-ms-informeras-vid-aterbesok", "vgr", ("1993-04-25", "F"),
  N("neuro_sas", "Petra Lundgren", "läkare", "2024-05-14 16:05", [
      ("Undersökningar", "MR hjärna och halsrygg: multipla periventrikulära och juxtakortikala lesioner, en med kontrastladdning. Oligoklonala band i likvor."),
      ("Bedömning", "McDonald-kriterierna uppfyllda, multipel skleros skovvis förlöpande."),
      ("Planering", "Pat informeras om MS-diagnosen vid återbesöket 3/6 med MS-sjuksköterska. Behandlingsdiskussion då."),
  ]),
  M("NL101"), M("NL102"),
  "planned telling at the next visit implies not yet told; MS written")

C("mdk-brost-skelettmetastaser-ej-informerad", "skane", ("1962-03-09", "F"),
  N("onk_lund", "Annika Persson", "läkare", "2024-03-14 12:45", [
      ("Konferens", "MDK bröst 14/3. Deltagare: onkolog, bröstkirurg, radiolog, patolog, kontaktsjuksköterska."),
      ("Frågeställning", "Känd hormonkänslig bröstcancer vänster, opererad 2022. Ny DT och skelettscintigrafi visar multipla skelettmetastaser i bäcken och ländrygg."),
      ("Beslut", "Byte till CDK4/6-hämmare plus aromatashämmare, remiss strålbehandling för smärtsam lesion L3. Pat ännu ej informerad om progressen; kontaktsjuksköterska kallar henne till samtal med onkolog nästa vecka."),
  ], template="Konferensanteckning"),
  M("NL101"), M("NL102"),
  "MDK finds new bone metastases not yet conveyed to the patient")

C("psyk-schizofreni-ej-kommunicerad", "skane", ("1998-12-12", "F"),
  N("psyk_lund", "Daniel Eriksson", "läkare", "2024-08-20 13:00", [
      ("Bakgrund", "Remitterad från vårdcentralen efter ett års tillbakadragenhet, hörselhallucinationer och förföljelseidéer."),
      ("Bedömning", "Sammantaget uppfylls kriterierna för schizofreni, paranoid form, med debut för ca två år sedan. Diagnosen har medvetet inte kommunicerats till pat ännu med tanke på hennes bristande sjukdomsinsikt och misstänksamhet mot vården; tas upp när alliansen är starkare."),
      ("Planering", "Fortsatt kontakt med skötare varannan vecka, läkarbesök om en månad."),
  ]),
  M("NL101"), M("NL102"),
  "schizophrenia withheld deliberately; 'misstänksamhet' is not a hedge")

C("psyk-bipolar-ii-vill-vanta", "vgr", ("1985-05-30", "F"),
  N("affektiv_su", "Jakob Håkansson", "läkare", "2024-10-08 10:30", [
      ("Diagnostisk bedömning", "Bipolär sjukdom typ II med återkommande depressiva episoder och minst två hypomana perioder enligt anamnes och komparentuppgifter."),
      ("Information", "Diagnsoen ej delgiven pat; hon har bett att få den samlade återkopplingen först när psykologutredningen är klar, vilket respekteras."),
  ], signed=None),
  M("NL101"), M("NL102"),
  "patient asked to wait for the feedback; bipolar II written visibly (typo 'Diagnsoen')")

C("genetik-huntington-anlagsbarare-ej-utlamnat", "skane", ("1988-01-03", "M"),
  N("genetik_lund", "Eva Mårtensson", "läkare", "2024-06-03 09:50", [
      ("Provsvar", "Prediktiv testning enligt protokoll. Analysen visar 44 CAG-upprepningar i HTT-genen, dvs anlagsbärare för Huntingtons sjukdom."),
      ("Planering", "Svaret lämnas enligt protokollet personligen vid besök 11/6 med genetisk vägledare och pat:s stödperson. Pat har inte informerats per telefon och känner inte till resultatet."),
  ]),
  M("NL101"), M("NL102"),
  "predictive Huntington result visible before the planned disclosure visit")

C("kardio-hcm-familjescreening-aterbesok", "skane", ("1979-07-07", "M"),
  N("kardio_hbg", "Lina Nordin", "läkare", "2024-09-18 15:15", [
      ("Undersökningar", "Hjärt-MR: asymmetrisk septumhypertrofi 21 mm, sen gadoliniumuppladdning i septum. Diagnos: hypertrofisk kardiomyopati."),
      ("Kommentar", "Pat har ej fått bekskedet än; han ringde idag men svaret lämnas hellre vid återbesöket 2/10 så att vi hinner prata om familjescreening och idrott. Ev. Holter före besöket."),
  ]),
  M("NL101"), M("NL102"),
  "HCM written, told at return visit; 'Ev. Holter' is a non-diagnostic hedge (typo 'bekskedet')")

C("ogon-retinitis-pigmentosa-ej-berattat", "vgr", ("2001-02-27", "F"),
  N("ogon_molndal", "Tomas Berg", "läkare", "2024-09-10 11:10", [
      ("Undersökning", "ERG: kraftigt nedsatta stav- och tappsvar bilateralt. OCT med förtunning av yttre retinala lager."),
      ("Bedömning", "Retinitis pigmentosa. Vi har ännu inte berättat för pat, som kom ensam och var mycket orolig; beskedet ges med god tid vid nästa besök 24/9. Remiss till syncentral väntar tills dess."),
  ]),
  M("NL101"), M("NL102"),
  "retinitis pigmentosa, 'ännu inte berättat för pat'")

C("reuma-systemisk-skleros-reste-hem", "skane", ("1970-10-16", "F"),
  N("reuma_lund", "Olof Sjöberg", "läkare", "2024-02-08 16:00", [
      ("Provsvar", "Anti-Scl-70 starkt positiv. Kapillaroskopi med megakapillärer och blödningar."),
      ("Bedömning", "Tillsammans med sklerodaktyli och Raynaud: systemisk skleros, diffus kutan form. Pat är ej informerad om svaren – hon reste hem innan de kom. Kallas till läkarbesök inom två veckor; HRCT thorax och UKG beställs."),
  ], template="Provsvarsbedömning"),
  M("NL101"), M("NL102"),
  "systemic sclerosis assessed on results the patient has not been told")

C("lunga-ipf-pat-utomlands", "vgr", ("1948-05-11", "M"),
  N("lung_su", "Camilla Rydén", "läkare", "2024-05-08 14:30", [
      ("Konferens", "HRCT: UIP-mönster basalt bilateralt med honeycombing. Multidisciplinär konferens interstitiell lungsjukdom 7/5: idiopatisk lungfibros."),
      ("Planering", "Pat befinner sig i Spanien till slutet av maj; beskedet väntar till han är hemma. Han är alltså inte informerad om konferensens slutsats. Antifibrotisk behandling diskuteras vid besöket."),
  ]),
  M("NL101"), M("NL102"),
  "IPF settled at MDK, patient abroad and not informed")

C("kir-sigmoideumcancer-telegrafiskt", "skane", ("1957-09-21", "M"),
  N("kir_krstd", "Linnea Ek", "läkare", "2024-08-27 10:20", [
      ("Koloskopi", "20/8: cirkulär tumör i sigmoideum 25 cm ab ano. PAD: adenocarcinom."),
      ("Rtg", "DT thorax-buk utan fjärrmetastaser."),
      ("Plan", "Ej inf. om PAD. Tid hos kolorektalkirurg 3/9, kontaktssk ringer pat."),
  ]),
  M("NL101"), M("NL102"),
  "telegraphic 'Ej inf. om PAD' after adenocarcinoma")

C("hud-melanom-ej-nadd-per-telefon", "skane", ("1975-03-03", "M"),
  N("hud_malmo", "Sara Jönsson", "sjuksköterska", "2024-10-15 15:35", [
      ("Telefon", "Försökt nå pat tre gånger idag för att boka tid för besked, ej svar. Röstmeddelande lämnat utan detaljer."),
      ("Provsvar", "PAD excision rygg: malignt melanom, Breslow 2,1 mm, ingen ulceration. Pat käner inte till svaret."),
  ], template="Telefonanteckning"),
  M("NL101"), M("NL102"),
  "nurse note: melanoma result, patient not reached and unaware (typo 'käner')")

C("onh-tonsillcancer-typo-infomerad", "vgr", ("1966-11-19", "F"),
  N("onh_uddevalla", "Fredrik Holmberg", "läkare", "2024-01-24 13:55", [
      ("Provsvar", "Biopsi från vänster tonsill: skivepitelcancer, p16-positiv."),
      ("Bedömning", "Pat är ännu ej infomerad om att biopsin visade cancer. Ringer in henne till besök på onsdag. Remiss PET-DT."),
  ]),
  M("NL101"), M("NL102"),
  "typo 'infomerad': tonsil cancer not yet told")

C("geri-vaskular-demens-maken-vet", "vgr", ("1938-04-04", "F"),
  N("geri_alingsas", "Birgitta Alm", "läkare", "2024-03-26 10:45", [
      ("Bedömning", "Vaskulär demens av måttlig grad, MMSE 17. Maken har informerats om diagnosen. Pat har inte informerts eftersom hon idag inte bedömdes kunna ta till sig informationen; nytt försök vid hembesök med demenssjuksköterska."),
  ]),
  M("NL101"), M("NL102"),
  "husband informed, patient with dementia not (typo 'informerts')")

C("asih-njurcancer-progress-pat-vet-ej", "skane", ("1947-06-26", "M"),
  N("asih_lund", "Helena Kjellberg", "sjuksköterska", "2024-11-13 16:20", [
      ("Omvårdnad", "Hembesök. Pat tröttare, äter dåligt, mer smärta i höger flank. Extra dos morfin given med effekt."),
      ("Information", "Enligt läkaranteckning 12/11 har DT visat progress av njurcancern med nya lungmetastaser. Pat vet ännu inte om detta – ansvarig läkare kommer på hembesök torsdag och tar samtalet då. Hustrun är informerad och har bett oss att inte ta upp det innan dess."),
  ], template="Omvårdnadsanteckning"),
  M("NL101"), M("NL102"),
  "palliative nurse note: new lung metastases, wife knows, patient does not")

C("obstetrik-nipt-trisomi-ej-meddelat", "vgr", ("1989-08-15", "F"),
  N("kvinno_ostra", "Josefin Ek", "läkare", "2024-04-09 15:05", [
      ("Provsvar", "NIPT-svar inkommet: hög sannolikhet för trisomi 21 hos fostret."),
      ("Planering", "Pat ej meddelad ännu. Läkare ringer henne imorgon förmiddag för att erbjuda samtal och fostervattenprov."),
  ]),
  M("NL101"), [],
  "fetal trisomy 21 screening result in the mother's visible note before she is told")

C("onh-larynxcancer-besked-imorgon", "skane", ("1955-05-05", "M"),
  N("onh_lund", "Viktor Nilsson", "läkare", "2024-02-05 14:40", [
      ("Provsvar", "Mikrolaryngoskopi 2/2, PAD: högt differentierad skivepitelcancer vänster stämband."),
      ("Bedömning", "Larynxcancer T2N0M0 efter DT hals och thorax. Besked lämnas imorgon på mottagningen; pat har inte fått veta PAD ännu."),
  ]),
  M("NL101"), M("NL102"),
  "laryngeal cancer staged, 'har inte fått veta PAD ännu'")

C("brost-dcis-utkast-brostsjukskoterska", "skane", ("1971-12-23", "F"),
  N("brost_hbg", "Anders Wallin", "läkare", "2024-03-19 09:05", [
      ("Provsvar", "PAD mellannålsbiopsi höger bröst: DCIS, höggradig, ingen invasiv komponent i materialet."),
      ("Planering", "Pat informeras av bröstsjuksköterska och kirurg på torsdag; hon har alltså inte fått svaret ännu. Diskuteras på preop-MDK onsdag."),
  ], signed=None),
  M("NL101"), M("NL102"),
  "unsigned draft: DCIS written before the patient is told")

C("kir-esofaguscancer-far-ej-namnas", "vgr", ("1950-01-29", "M"),
  N("kir_kungalv", "Ulrika Strömberg", "läkare", "2024-07-03 16:10", [
      ("Gastroskopi", "Exofytisk tumör i distala esofagus 32–38 cm från tandraden. PAD: adenocarcinom."),
      ("Planering", "Diagnosen esofaguscancer får inte nämnas för pat förrän onkolog träffat honom på måndag, enligt överenskommelse mellan ansvarig kirurg och onkolog."),
  ], signed=None),
  M("NL101"), M("NL102"),
  "'får inte nämnas för pat förrän': must not be told yet, diagnosis visible")

C("gastro-psc-ansikte-mot-ansikte", "vgr", ("1996-09-09", "M"),
  N("gastro_su", "Mikael Jansson", "läkare", "2024-11-28 13:20", [
      ("Undersökningar", "MRCP: multifokala strikturer och dilatationer i intra- och extrahepatiska gallgångar."),
      ("Bedömning", "Primär skleroserande kolangit (PSC) på känd ulcerös kolit; diagnosen ställd i samråd med radiolog. Ännu ej meddelat pat, han har tid hos mig 12/12 och vill hellre få besked ansikte mot ansikte än per telefon."),
  ]),
  M("NL101"), M("NL102"),
  "PSC diagnosis set, 'ännu ej meddelat pat'")

C("infektion-hepatit-c-pat-ovetande", "skane", ("1982-02-02", "M"),
  N("infekt_malmo", "Rebecka Lind", "läkare", "2024-04-23 11:00", [
      ("Provsvar", "Anti-HCV positiv, HCV-RNA 2,1 milj IU/ml, genotyp 3a."),
      ("Bedömning", "Kronisk hepatit C. Pat ovetande om svaret, kallas till sjuksköterskebesök för information, smittskyddsanmälan och smittspårning."),
  ]),
  M("NL101"), M("NL102"),
  "'pat ovetande om svaret' after chronic hepatitis C")

C("akut-hjarnmetastaser-natt", "skane", ("1960-10-30", "M"),
  N("akut_ystad", "Johanna Berglund", "läkare", "2024-01-14 03:25", [
      ("Undersökningar", "DT hjärna med kontrast: tre ringladdande processer, största 2,5 cm höger frontalt med omgivande ödem. Hjärnmetastaser, primärtumör ännu okänd."),
      ("Bedömning", "Pat ej informerad om DT-fyndet; han somnade efter Betapred och anhöriga nås inte nattetid. Informeras av avdelningsläkare under förmiddagen. Inläggning medicinavdelning."),
  ], template="Akutanteckning"),
  M("NL101"), M("NL102"),
  "night emergency note: brain metastases, patient not informed")

C("hemat-misstankt-lymfom-ej-framfort", "vgr", ("1972-06-18", "F"),
  N("hemat_su", "Oskar Lindström", "läkare", "2024-10-02 15:00", [
      ("Bedömning", "Generaliserade lymfkörtlar, B-symtom, LD 540. DT: konglomerat av körtlar i mediastinum och retroperitonealt. Missänkt lymfom, biopsi bokad 14/10. Misstanken har ej framförts till pat, som ringde i morse och fick veta att fler undersökningar behövs."),
  ], signed=None),
  M("NL101", "NL102"), [],
  "hedged lymphoma not yet conveyed: NL101 and NL102 (typo 'Missänkt')")

C("neurokir-glioblastom-dd-afasisk", "skane", ("1957-03-27", "M"),
  N("neurokir_lund", "Karolina Svensson", "läkare", "2024-06-19 18:40", [
      ("Undersökningar", "MR hjärna: 4 cm ringladdande process höger temporalt med central nekros."),
      ("Bedömning", "Bilden talar för glioblastom, DD metastas eller abscess. Pat har inte informerats om misstanken om hjärntumör, han är afasisk idag. Dottern har fått veta att en förändring ska opereras."),
  ], setting="slutenvård"),
  M("NL101", "NL102"), [],
  "glioblastoma with DD, aphasic patient not informed")

C("neuro-sannolikt-msa-avvaktar", "vgr", ("1952-08-08", "M"),
  N("neuro_skovde", "Mona Ekström", "läkare", "2024-02-22 11:25", [
      ("Bedömning", "Sannolikt MSA av parkinsontyp med tanke på tidig autonom svikt och dålig levodopa-respons. Avvaktar med att berätta detta för pat tills autonom testning är gjord."),
  ], signed=None),
  M("NL101", "NL102"), [],
  "'Sannolikt MSA' and 'avvaktar med att berätta'")

C("kir-ca-mammae-diagnosrad-besked-ej-givet", "skane", ("1966-07-13", "F"),
  N("kir_ystad", "Elin Dahl", "läkare", "2024-02-27 12:05", [
      ("Diagnos", "C50.4 Ca mammae vä, övre yttre kvadranten."),
      ("Åtgärd", "Besked ej givet. Tid bröstssk + kir 6/3. Anhöriga ej kontaktade."),
  ]),
  M("NL101"), M("NL102"),
  "ICD row plus 'Besked ej givet' in very short telegraphic note")

C("kir-lekmanna-elakartad-bukspott", "vgr", ("1954-11-02", "F"),
  N("kir_uddevalla", "Lena Sjögren", "sjuksköterska", "2024-04-12 09:40", [
      ("Telefonsamtal", "Ringde upp maken Lennart som undrade varför hans fru kallats till nytt besök. Sa att läkaren vill prata med dem båda. Enligt röntgensvaret är tumören i bukspottkörteln elakartad och har spridit sig till levern, men det har vi inte sagt till henne ännu – läkaren tar det på besöket 18/4."),
  ], template="Telefonanteckning"),
  M("NL101"), M("NL102"),
  "lay wording (elakartad tumör i bukspottkörteln) not yet told")

C("kir-carcinoma-ventriculi-latin", "skane", ("1945-01-18", "M"),
  N("kir_hbg", "Nils Axelsson", "läkare", "2024-03-11 10:10", [
      ("Gastroskopi", "Ulcererande tumör i corpus ventriculi, biopsier tagna."),
      ("PAD", "Carcinoma ventriculi, intestinal typ enligt Laurén."),
      ("Plan", "Pat ej inf. ännu. Kallas till kir-mott v. 12, DT thorax-buk före."),
  ]),
  M("NL101"), M("NL102"),
  "Latin diagnosis, abbreviated 'ej inf.'")

C("lunga-smacellig-sonen-tolkade-i-korridoren", "skane", ("1950-05-09", "M"),
  N("med_landskrona", "Anna Thorsson", "läkare", "2024-05-16 13:35", [
      ("Rond", "Pat talar arabiska. Sonen tolkade under ronden."),
      ("Bedömning", "Bronkoskopi-PAD: småcellig lungcancer. Sonen informerades om diagnosen i korridoren efter ronden på eget initiativ; till pat själv har diagnosen ännu inte framförts. Auktoriserad tolk bokad till imorgon, läkarsamtal då."),
  ], setting="slutenvård", template="Daganteckning"),
  M("NL101"), M("NL102"),
  "son (lay interpreter) told, patient not yet; interpreter booked")

C("brost-tolk-dari-besked-uppskjutet", "vgr", ("1980-06-06", "F"),
  N("brost_su", "Kristina Modig", "läkare", "2024-01-22 14:50", [
      ("Provsvar", "Invasiv duktal cancer 18 mm, ER-positiv, HER2-negativ."),
      ("Information", "Pat talar dari. Maken erbjöd sig att tolka men vi använder inte anhöriga som tolk vid cancerbesked. Diagnosbeskedet skjuts därför upp till 29/1 då auktoriserad tolk finns; pat har således ännu inte fått diagnosen."),
  ]),
  M("NL101"), M("NL102"),
  "telling postponed for an authorised interpreter")

C("kir-levermetastaser-fore-lever-mdk", "skane", ("1959-11-25", "M"),
  N("kir_krstd", "Simon Åkesson", "läkare", "2024-10-21 15:20", [
      ("Röntgen", "Kontroll-DT efter högersidig hemikolektomi: två nya leverlesioner i segment 6 och 7. Levermetastsaer."),
      ("Planering", "Pat ska inte informeras om fyndet förrän lever-MDK på torsdag tagit ställning till resektabilitet; han har återbesök dagen efter."),
  ]),
  M("NL101"), M("NL102"),
  "'ska inte informeras förrän MDK': liver metastases visible (typo 'Levermetastsaer')")

C("barn-crohn-foraldrar-ringer-imorgon", "skane", ("2014-02-19", "M"),
  N("barn_hbg", "Malin Fors", "läkare", "2024-05-08 16:45", [
      ("Provsvar", "Ileokoloskopi 7/5 med PAD: kronisk aktiv ileit med epiteloidcellsgranulom."),
      ("Bedömning", "Crohns sjukdom. Föräldrarna ej informede ännu — ringer upp dem imorgon och bokar besök med IBD-sjuksköterska."),
  ]),
  M("NL101"), M("NL102"),
  "10-year-old: guardians (the journal readers) not yet told of Crohn (typo 'informede')")

C("uro-blascancer-lakaren-vill-ge-besked", "vgr", ("1946-03-21", "M"),
  N("uro_nal", "Emma Lund", "sjuksköterska", "2024-04-04 10:15", [
      ("Kontaktorsak", "Pat ringde och frågade efter svaret på blåsbiopsin."),
      ("Åtgärd", "Enligt PAD 3/4 visar biopsin muskelinvasiv urotelial cancer. Ansvarig läkare vill ge beskedet själv, pat ej imformerad om svaret men fick tid 9/4. Han lät orolig och erbjöds att ta med närstående."),
  ], template="Telefonanteckning"),
  M("NL101"), M("NL102"),
  "nurse phone note: bladder cancer, doctor to give the news (typo 'imformerad')")

C("psykolog-ftd-ej-aterkopplat", "skane", ("1958-10-10", "M"),
  N("minne_hbg", "Ida Pålsson", "psykolog", "2024-05-13 14:00", [
      ("Utredning", "Neuropsykologisk undersökning vid två tillfällen: WAIS-IV delprov, RAVLT, TMT A/B, verbalt flöde, Hayling."),
      ("Resultat", "Påtagligt nedsatta exekutiva funktioner och språklig fluens med relativt bevarat episodiskt minne. Profilen stämmer med beteendevariant av frontotemporal demens, som läkaren ställt diagnos på efter MR och FDG-PET."),
      ("Återkoppling", "Resultatet har inte återkopplats till pat ännu. Gemensam återkoppling med läkare 20/5."),
  ], template="Psykologanteckning"),
  M("NL101"), M("NL102"),
  "psychologist note: FTD diagnosis set, feedback not yet given")

C("njur-iga-nefropati-typo-fat-veta", "vgr", ("1987-12-04", "M"),
  N("njur_su", "Linda Carlsson", "läkare", "2024-08-29 12:30", [
      ("Provsvar", "Njurbiopsi: IgA-nefropati med måttlig interstitiell fibros, MEST-C M1 E0 S1 T1."),
      ("Planering", "Pat har ännu inte fåt veta biopsisvaret, ringer honom efter helgen och bokar besök."),
  ]),
  M("NL101"), M("NL102"),
  "typo 'fåt veta': IgA nephropathy not yet told")

C("ortop-sarkom-utkast-sarkomteamet", "vgr", ("1977-04-14", "F"),
  N("ortop_molndal", "Henrik Blom", "läkare", "2024-06-25 15:10", [
      ("Undersökningar", "MR lår: 9 cm djup mjukdelstumör i vastus lateralis. Biopsi: pleomorft sarkom, höggradigt."),
      ("Planering", "Remitteras till sarkomcentrum. Pat har inte informerats om att det rör sig om sarkom; enligt sarkomteamet ges beskedet av dem vid första besöket."),
  ], signed=None),
  M("NL101"), M("NL102"),
  "unsigned draft: sarcoma left to the sarcoma team to tell")

C("endo-cushing-ej-underrattad", "skane", ("1983-09-17", "F"),
  N("endo_malmo", "Patrik Olsson", "läkare", "2024-11-05 10:50", [
      ("Provsvar", "Dexametasonhämningstest utan hämning, förhöjt sen-kvälls-kortisol i saliv x 2. MR hypofys: 6 mm mikroadenom."),
      ("Bedömning", "Cushings sjukdom. Pat ej underrättad om MR-svaret; informeras vid besök 15/11 och remitteras därefter till neurokirurg."),
  ], signed=None),
  M("NL101"), M("NL102"),
  "Cushing's disease written, patient not yet told of the MRI")

C("onk-informerad-om-cancer-men-ej-levermetastaser", "vgr", ("1961-02-08", "F"),
  N("onk_su", "Robert Ljung", "läkare", "2024-09-05 14:20", [
      ("Bakgrund", "Pat informerades i augusti om sin bröstcancer och har inlett preoperativ behandling."),
      ("Bedömning", "Staging-DT visar två levermetastaser. Pat är informerad om bröstcancern men ännu inte om att DT även visar levermetastaser; tas upp vid besöket på måndag med kontaktsjuksköterska."),
  ]),
  M("NL101"), M("NL102"),
  "patient knows one diagnosis but not the new one (liver metastases)")

C("uro-njurcancer-vet-om-forandring-ej-cancer", "skane", ("1964-08-22", "F"),
  N("uro_hbg", "Tove Hallberg", "läkare", "2024-02-12 11:45", [
      ("Bedömning", "Informerat pat om att DT visar en förändring i högra njuren som behöver opereras. Att det är en njurcancer (biopsi: klarcellig njurcellscancer) har hon inte fått veta ännu; tas upp vid preop-besöket 28/2 när maken kan vara med."),
  ]),
  M("NL101"), M("NL102"),
  "partial telling: told of 'en förändring', not of the kidney cancer")

C("kungalv-aortaaneurysm-bifynd-ej-informerad", "vgr", ("1943-07-01", "M"),
  N("med_kungalv", "Sanna Wik", "läkare", "2024-06-14 13:10", [
      ("Bifynd", "DT buk under vårdtiden visade som bifynd ett infrarenalt bukaortaaneurysm 6,1 cm."),
      ("Åtgärd", "Pat ej informerad om bifyndet eftersom han skrevs ut innan svaret kom. Kärlkirurg kontaktad, pat kallas till kärlmottagningen inom en vecka."),
  ], template="Telefonanteckning", setting="slutenvård"),
  M("NL101"), M("NL102"),
  "incidental aortic aneurysm found after discharge, patient not informed")

C("geri-barnen-vill-inte-att-mamma-far-veta", "skane", ("1935-09-03", "F"),
  N("geri_hlm", "Magnus Eld", "läkare", "2024-03-05 15:30", [
      ("Bedömning", "Alzheimers sjukdom med måttlig demens. Barnen har bett att mamma inte ska få veta diagnosen. Vi har förklarat att hon har rätt till information om hon vill. Tills vidare ej informerad; frågan tas upp igen vid nästa besök."),
  ]),
  M("NL101"), M("NL102"),
  "relatives ask that the patient not be told; Alzheimer written")

C("med-korsakoff-ej-mottaglig", "skane", ("1962-12-28", "M"),
  N("med_trelleborg", "Ola Grahn", "läkare", "2024-07-22 11:40", [
      ("Bedömning", "Wernicke-Korsakoffs syndrom efter långvarigt alkoholberoende, kvarstående svår anterograd amnesi trots tiaminbehandling. Pat har inte varit mottaglig för information om diagnosen; han konfabulerar och tror sig vara på arbetet. Diagnosen ej framförd till honom, men till hans syster som är god man."),
  ], setting="slutenvård", template="Daganteckning"),
  M("NL101"), M("NL102"),
  "Korsakoff: not receptive, diagnosis told to the guardian sister only")

C("lunga-tuberkulos-tolk-dari-imorgon", "vgr", ("1995-01-10", "M"),
  N("lung_sas", "Amanda Borg", "läkare", "2024-11-19 17:05", [
      ("Provsvar", "Sputum direktmikroskopi positiv för syrafasta stavar, PCR positiv för M. tuberculosis-komplex. Lungtuberkulos."),
      ("Information", "Beskedet ges när tolk i dari finns imorgon; pat vet än så länge bara att han ska vårdas isolerad. Smittskyddsanmälan görs."),
  ], signed=None, setting="slutenvård"),
  M("NL101"), M("NL102"),
  "pulmonary TB; the patient only knows about isolation, interpreter tomorrow")

C("dietist-ventrikelcancer-hanvisad-till-lakare", "skane", ("1952-04-30", "F"),
  N("kir_hbg", "Maja Kron", "dietist", "2024-03-21 10:30", [
      ("Aktuellt", "Viktnedgång 8 kg på tre månader, äter små portioner, tidig mättnad."),
      ("Information", "Pat väntar på besked från läkaren om PAD, som enligt journalen visar ventrikelcancer. Hon har inte fått beskedet och frågade mig, hänvisade till läkaren."),
      ("Åtgärd", "Energirik kost, näringsdryck 2 x 200 ml/dag. Uppföljning om 2 veckor."),
  ], template="Dietistanteckning"),
  M("NL101"), M("NL102"),
  "dietitian note repeats the PAD diagnosis the patient has not been given")

C("fysio-kotmetastas-lakare-tar-samtalet", "vgr", ("1949-10-12", "M"),
  N("avd_skovde", "Johan Palm", "fysioterapeut", "2024-12-03 14:10", [
      ("Bakgrund", "Känd prostatacancer. Inlagd pga ryggsmärta."),
      ("Information", "Enligt MR har pat en kotkompression Th12 orsakad av metastas. Pat ej informerad om metastasen ännu, läkaren tar det samtalet."),
      ("Åtgärd", "Mobilisering med korsett till stol och korta sträckor med rollator. Fortsatt träning dagligen."),
  ], template="Fysioterapianteckning", setting="slutenvård"),
  M("NL101"), M("NL102"),
  "physiotherapist: vertebral metastasis, patient not told yet")

# =========================================================================== B
# NL101 near misses: the patient has been told; relatives/others not told; results
# pending without a diagnosis; normal or negative results; MDK decision for a diagnosis
# the patient already knows; telling done earlier; Tidiga hypoteser used correctly.

C("lunga-skivepitel-informerad-idag", "vgr", ("1954-02-14", "M"),
  N("lung_su", "Ebba Sundin", "läkare", "2024-02-20 15:00", [
      ("Information", "Pat informerad idag om att PAD visar skivepitelcancer i vänster huvudbronk. Hustrun närvarande. Han tog beskedet sansat och ställde frågor om behandling. Kontaktsjuksköterska Maria presenterad."),
      ("Planering", "PET-DT och spirometri, MDK 28/2."),
  ]),
  [], M("NL101", "NL102"),
  "patient told today: no NL101; confirmed diagnosis: no NL102")

C("onk-dlbcl-tolk-pa-plats", "skane", ("1968-05-21", "F"),
  N("onk_malmo", "Hassan Ali", "läkare", "2024-06-05 10:30", [
      ("Besök", "Besök med auktoriserad tolk i arabiska på plats."),
      ("Information", "Pat informerades om att lymfkörtelbiopsin visar diffust storcelligt B-cellslymfom. Tolken återgav frågor och svar och pat bekräftade att hon förstått. Behandling med R-CHOP planeras med start om två veckor."),
  ]),
  [], M("NL101", "NL102"),
  "told with an interpreter present: near miss for NL101")

C("infektion-hiv-besked-med-telefontolk", "vgr", ("1987-11-11", "F"),
  N("infekt_ostra", "Elsa Grönlund", "läkare", "2024-03-22 11:15", [
      ("Information", "Telefontolk i tigrinja via tolkförmedlingen. Pat fick idag beskedet om hivinfektion och informerades om behandlingsmöjligheter, god prognos och smittskydd. Kurator träffade henne efter besöket."),
      ("Planering", "Start av antiretroviral behandling nästa vecka efter resistensbestämning."),
  ]),
  [], M("NL101", "NL102"),
  "HIV told via telephone interpreter: no NL101")

C("gynonk-endometriecancer-barnen-ej-informerade", "skane", ("1955-10-02", "F"),
  N("gynonk_lund", "Cecilia Roos", "läkare", "2024-10-09 14:25", [
      ("Bedömning", "Pat informerad om att PAD visar endometriecancer, stadium IB. Hon vill själv berätta för sina vuxna barn och de är därför inte informerade av oss. Operation planeras vecka 44."),
  ]),
  [], M("NL101", "NL102"),
  "patient told, adult children not (her wish): not NL101")

C("neuro-ms-maken-ska-inte-veta", "vgr", ("1990-12-20", "F"),
  N("neuro_skovde", "Filip Åström", "läkare", "2024-06-12 09:45", [
      ("Information", "Pat har fått besked om MS-diagnosen. Hon vill inte att maken ska få veta ännu och har bett att han inte informeras vid samtal till hemmet. Noteras; kontakt sker via hennes mobil."),
  ]),
  [], M("NL101", "NL102"),
  "husband not to be told, patient knows: near miss")

C("psyk-bipolar-arbetsgivaren-ej", "skane", ("1984-03-16", "M"),
  N("psyk_lund", "Therese Nyberg", "läkare", "2024-09-03 13:40", [
      ("Aktuellt", "Pat känner till diagnosen bipolär sjukdom typ I sedan 2021, stabil på litium."),
      ("Intyg", "Arbetsgivaren ska inte få kännedom om diagnosen enligt pat:s önskan; intyget till arbetsgivaren utformas därefter."),
  ]),
  [], M("NL101", "NL102"),
  "employer must not know the diagnosis, patient does")

C("neuro-ms-diagnosen-meddelades-12-2", "vgr", ("1995-08-01", "F"),
  N("neuro_sas", "Klara Hedlund", "läkare", "2024-05-13 10:20", [
      ("Aktuellt", "Uppföljning 3 månader efter MS-diagnos. Diagnosen meddelades pat vid besöket 12/2 (se anteckning) med MS-sjuksköterska närvarande. Har startat ofatumumab och tolererar det väl."),
  ]),
  [], M("NL101", "NL102"),
  "telling already done in an earlier note")

C("hud-pad-invantas-ingen-diagnos", "skane", ("1988-06-27", "F"),
  N("hud_malmo", "Gunnar Ljungberg", "läkare", "2024-07-16 11:05", [
      ("Åtgärd", "Excision av pigmenterad förändring vänster skuldra, 2 mm marginal. PAD inväntas, pat informeras om svaret per brev eller telefon inom 3–4 veckor. Suturtagning på vårdcentralen om 12 dagar."),
  ]),
  [], M("NL101", "NL102"),
  "result awaited, no diagnosis written: not NL101")

C("brost-misstankt-cancer-informerad-om-misstanken", "vgr", ("1973-04-08", "F"),
  N("brost_sas", "Pernilla Forsberg", "läkare", "2024-03-04 13:15", [
      ("Bedömning", "Mammografi och UL: 2 cm oregelbunden förändring i höger bröst, BI-RADS 5. Misstänkt bröstcancer. Pat infomrerad om misstanken och om att biopsisvaret kommer om ca en vecka; hon får då tid till kirurg och bröstsjuksköterska."),
  ]),
  M("NL102"), M("NL101"),
  "hedged diagnosis told to the patient, result awaited: NL102 only (typo 'infomrerad')")

C("mdk-rektalcancer-beslut-ej-formedlat-kand-dx", "skane", ("1957-12-05", "F"),
  N("kir_krstd", "Jesper Malm", "läkare", "2024-01-17 16:30", [
      ("Konferens", "MDK kolorektal 16/1. Pat har känd rektalcancer sedan november, informerad vid diagnosen och väl insatt."),
      ("Beslut", "Kort förbehandling med strålning följd av operation rekommenderas. Rekommendationen har ännu inte förmedlats till pat; kontaktsjuksköterska ringer henne imorgon."),
  ], template="Konferensanteckning"),
  [], M("NL101", "NL102"),
  "MDK treatment decision not yet conveyed, the diagnosis itself is known")

C("onk-avbojt-prognos-kanner-diagnosen", "vgr", ("1959-09-19", "F"),
  N("onk_su", "Niklas Wester", "läkare", "2024-08-07 15:50", [
      ("Samtal", "Pat känner väl till att hon har metastaserad koloncancer. Hon har uttryckt att hon inte vill höra statistik om överlevnad eller prognos i månader, vilket respekteras. Fokus på symtomlindring och behandlingsmål."),
  ]),
  [], M("NL101", "NL102"),
  "declined prognosis figures, knows the diagnosis: near miss")

C("kardio-normalt-arbetsprov-ej-informerad", "skane", ("1966-01-31", "M"),
  N("kardio_hbg", "Louise Hägg", "sjuksköterska", "2024-04-18 14:45", [
      ("Provsvar", "Pat ej informerad om svaret på arbetsprovet ännu, ringer honom imorgon. Arbetsprovet var normalt utan ischemitecken upp till 180 W. Ingen ytterligare utredning behövs enligt dr Holm."),
  ], template="Telefonanteckning"),
  [], M("NL101", "NL102"),
  "patient not yet told of a normal result: no diagnosis, no NL101")

C("kir-malignitet-utesluten-svarsbrev", "vgr", ("1962-07-24", "M"),
  N("kir_kungalv", "Jenny Sahlin", "läkare", "2024-09-06 11:35", [
      ("Provsvar", "Biopsierna från koloskopin 2/9 visar normal kolonslemhinna. Malignitet kan därmed uteslutas."),
      ("Åtgärd", "Pat har ännu inte fått svaret; läkarsekreterare skickar svarsbrev idag."),
  ]),
  [], M("NL101", "NL102"),
  "malignancy ruled out, patient not yet told the good news")

C("ortop-gonartros-ej-info-om-vantetid", "skane", ("1952-05-15", "F"),
  N("ortop_hlm", "Kent Svärd", "läkare", "2024-02-14 10:00", [
      ("Bedömning", "Primär gonartros höger knä, pat väl informerad om diagnos och operationsindikation. Ej informerad om aktuell väntetid till protesoperation, ca 7 månader, eftersom planeringen inte var klar; operationskoordinator kontaktar henne."),
  ]),
  [], M("NL101", "NL102"),
  "not informed about the waiting time, the diagnosis is known")

C("med-diabetes-remiss-ej-informerad", "vgr", ("1960-10-27", "M"),
  N("med_lidkoping", "Karin Bäck", "läkare", "2024-10-17 09:20", [
      ("Bedömning", "Diabetes typ 2 sedan 2015, HbA1c 71. Remiss skickad till ögonmottagningen för fotografering då senaste undersökning är tre år gammal. Pat ej informerad om remissen ännu men får kallelse hem."),
  ]),
  [], M("NL101", "NL102"),
  "not informed about a referral for a long-known diagnosis")

C("th-skane-lewy-body-ej-kommunicerat", "skane", ("1946-02-02", "M"),
  N("minne_malmo", "Lars Öberg", "läkare", "2024-06-20 14:05", [
      ("Bedömning", "Misstänkt Lewy body-demens med tanke på fluktuationer, visuella hallucinationer och REM-sömnstörning. Hypotesen har ej kommunicerats med pat eller närstående i väntan på DaTSCAN."),
  ], template=TH),
  [], M("NL101", "NL102", "NL104"),
  "Skåne Tidiga hypoteser template used correctly for an uncommunicated hypothesis")

C("th-vgr-als-sokord-korrekt", "vgr", ("1963-09-13", "M"),
  N("neuro_skovde", "Hanna Wiklund", "läkare", "2024-08-13 11:00", [
      ("Anamnes", "Tilltagande svaghet i höger hand sedan ett halvår, muskelkramper nattetid."),
      ("Status", "Atrofi av interossei höger, fascikulationer i höger överarm och tunga. Livliga reflexer."),
      (TH, "Misstanke om motorneuronsjukdom (ALS). Ej kommunicerat med pat i väntan på EMG."),
      ("Planering", "EMG/neurografi beställt. Återbesök efter undersökningen."),
  ]),
  [], M("NL101", "NL102", "NL104"),
  "VGR: hypothesis kept under the sökord Tidiga hypoteser; visible sections hold no diagnosis")

C("onk-hanvisar-till-th-utan-diagnos", "skane", ("1958-07-07", "M"),
  N("lung_hbg", "Elisabeth Rehn", "läkare", "2024-09-24 15:25", [
      ("Röntgen", "DT thorax: 3 cm förändring i vänster underlob."),
      ("Bedömning", "Hypotes dokumenterad i Tidiga hypoteser. Pat ännu ej informerad om den, besked efter kompletterande PET-DT. Han vet att fler undersökningar görs."),
  ]),
  [], M("NL101"),
  "visible note only points to Tidiga hypoteser, names no diagnosis")

C("barn-t1d-foraldrarna-berattar-sjalva", "skane", ("2016-03-05", "F"),
  N("barn_hbg", "Malin Fors", "läkare", "2024-01-30 17:20", [
      ("Bedömning", "Typ 1-diabetes, nyupptäckt, debut utan ketoacidos. Föräldrarna informerade om diagnosen och insulinbehandlingen idag. De vill själva berätta för Saga (8 år) i lugn och ro ikväll; vi har därför inte pratat om diagnosen med henne direkt."),
  ], setting="slutenvård"),
  [], M("NL102"),
  "child under 13, guardians informed, child told later by parents: NL101 left unasserted")

C("barn-celiaki-aldersanpassat", "vgr", ("2013-05-29", "M"),
  N("barngastro_dsbus", "Sten Fagerlund", "läkare", "2024-04-25 13:50", [
      ("Bedömning", "Tunntarmsbiopsi: totalvillusatrofi, Marsh 3c. Celiaki. Diagnosen genomgicks med mamma och pappa samt åldersanpassat med Omar (11 år), som ställde bra frågor om vad han får äta. Dietistkontakt ordnad."),
  ]),
  [], M("NL101", "NL102"),
  "child and guardians both told: near miss")

C("uro-tidigare-ej-informerad-nu-informerad", "skane", ("1953-11-29", "M"),
  N("uro_hbg", "Tove Hallberg", "läkare", "2024-03-18 14:35", [
      ("Information", "Vid förra besöket 4/3 var pat ännu inte informerad om biopsisvaret eftersom det inte hunnit komma. Idag informerad om prostatacancer Gleason 3+4. Aktiv monitorering och operation diskuterade, han vill fundera."),
  ]),
  [], M("NL101", "NL102"),
  "earlier 'not informed' in past tense, told today")

C("geri-alzheimer-minns-ej-upprepat", "vgr", ("1937-01-16", "F"),
  N("geri_alingsas", "Birgitta Alm", "läkare", "2024-09-17 10:10", [
      ("Samtal", "Pat fick diagnosen Alzheimers sjukdom vid besök i mars men minns inte detta. Informationen upprepades idag lugnt och konkret; dottern närvarande och skrev upp det viktigaste."),
  ]),
  [], M("NL101", "NL102"),
  "patient told earlier and again today although she forgets")

C("onk-follikulart-lymfom-avbojt-detaljer", "skane", ("1961-04-19", "M"),
  N("onk_lund", "Annika Persson", "läkare", "2024-07-02 11:20", [
      ("Samtal", "Pat vet att det är lymfkörtelcancer, follikulärt lymfom grad 2, men har avböjt att gå igenom detaljerna i PAD-utlåtandet. Han vill att vi fokuserar på vad som ska göras härnäst, vilket respekteras."),
      ("Planering", "Aktiv exspektans, kontroll om 3 mån med blodprover."),
  ]),
  [], M("NL101", "NL102"),
  "declined the details but knows the diagnosis")

C("infektion-hepatit-b-familjen-ej", "vgr", ("1979-02-25", "M"),
  N("infekt_ostra", "Elsa Grönlund", "läkare", "2024-05-30 14:00", [
      ("Bedömning", "Kronisk hepatit B, HBeAg-negativ, låg virusnivå. Pat informerad. Han önskar att familjen inte informeras; vi har erbjudit stöd att själv berätta för partnern med tanke på smittskyddet, och vaccination av hushållet rekommenderas."),
  ]),
  [], M("NL101", "NL102"),
  "family not to be informed at the patient's wish")

C("hemat-myelom-tolk-behandling-nasta-gang", "skane", ("1948-12-14", "M"),
  N("hemat_lund", "Peter Hammar", "läkare", "2024-11-07 13:30", [
      ("Information", "Diagnosbesked om multipelt myelom gavs idag med kontakttolk i polska. Genomgång av behandlingsalternativen sker vid nästa besök, också med tolk, då pat var trött och ville ha betänketid."),
  ]),
  [], M("NL101", "NL102"),
  "diagnosis told with interpreter; treatment talk planned next visit")

C("geri-kol-hemtjansten-ej-informerad", "skane", ("1941-06-09", "F"),
  N("geri_hlm", "Sofie Lindh", "läkare", "2024-12-10 11:15", [
      ("Bedömning", "KOL grad 3 med kronisk respiratorisk insufficiens. Pat informerad om diagnosen och behovet av syrgas i hemmet. Hemtjänsten ej informerad ännu om förändrade behov; avdelningens sjuksköterska kontaktar biståndshandläggaren."),
  ], setting="slutenvård"),
  [], M("NL101", "NL102"),
  "home care service not informed, patient was")

C("reuma-dd-sle-ra-informerad", "vgr", ("1992-03-30", "F"),
  N("reuma_su", "Emil Norén", "läkare", "2024-02-15 14:20", [
      ("Bedömning", "Inflammatorisk bild med artrit i händernas småleder, ANA positiv, anti-CCP negativ. DD SLE, reumatoid artrit. Pat informerad om att flera diagnoser övervägs och att utredningen fortsätter med komplementfaktorer och anti-dsDNA."),
  ], signed=None),
  M("NL102"), M("NL101"),
  "differential diagnosis shared with the patient: NL102 only")

C("lunga-nodul-inga-tecken-ej-nadd", "skane", ("1950-08-18", "F"),
  N("lung_lund", "Karin Lindqvist", "läkare", "2024-08-22 16:10", [
      ("Röntgen", "DT thorax-kontroll: den kända 7 mm nodulen i höger underlob oförändrad sedan två år, inga tecken på malginitet."),
      ("Åtgärd", "Pat ej nådd per telefon ännu, nytt försök imorgon. Uppföljningen avslutas."),
  ]),
  [], M("NL101", "NL102"),
  "negated finding and patient not yet reached: no NL101, no NL102 (typo 'malginitet')")

C("kardio-aortastenos-hedgar-om-plan", "vgr", ("1944-04-23", "M"),
  N("kardio_sas", "Gustav Frid", "läkare", "2024-04-11 10:40", [
      ("Bedömning", "Pat informerad om att UKG visar måttlig aortastenos, medelgradient 32 mmHg. Ev. ny UKG om 12 mån, möjligen tidigare vid symtom. Trolig hemgång imorgon efter telemetri."),
  ], signed=None, setting="slutenvård"),
  [], M("NL101", "NL102"),
  "hedges about follow-up and discharge, not about the (told) diagnosis")

C("neuro-epilepsi-oklart-om-han-tog-in", "skane", ("1999-07-05", "M"),
  N("neuro_malmo", "Jonas Bergkvist", "läkare", "2024-10-01 12:15", [
      ("Information", "Pat informerades idag om diagnosen fokal epilepsi med bilateral tonisk-klonisk spridning. Oklart om han tog in allt; han var trött efter anfallet. Skriftlig information medskickad och körkortsinnehav diskuterat."),
  ]),
  [], M("NL101", "NL102"),
  "'oklart om han tog in' hedges the understanding, not the diagnosis")

C("hemat-kml-dosandring-ej-informerad", "vgr", ("1971-05-02", "F"),
  N("hemat_su", "Anneli Kvist", "sjuksköterska", "2024-06-19 13:25", [
      ("Aktuellt", "Känd KML sedan 2019, i stabil djup molekylär remission. Läkaren har beslutat sänka dosen imatinib till 300 mg. Pat ej informerad om dosändringen ännu, ringer henne i eftermiddag."),
  ], template="Sjuksköterskeanteckning"),
  [], M("NL101", "NL102"),
  "not informed about a dose change of a known disease")

C("npf-adhd-19-ar-foraldrarna-ej", "skane", ("2005-01-20", "F"),
  N("npf_malmo", "Jenny Strand", "psykolog", "2024-03-13 15:10", [
      ("Återkoppling", "Utredningen avslutad och diagnosen ADHD, kombinerad form, återkopplad till pat idag. Hon är 19 år och vill inte att föräldrarna informeras; de har hört av sig och fått veta att vi inte kan lämna uppgifter."),
  ], template="Psykologanteckning"),
  [], M("NL101", "NL102"),
  "19-year-old told, parents not: near miss")

C("uro-mdk-beslut-formedlat-per-telefon", "vgr", ("1955-09-08", "M"),
  N("uro_nal", "Per-Olof Strand", "läkare", "2024-06-04 16:15", [
      ("Telefon", "Känd prostatacancer sedan april. MDK-beslut 4/6: robotassisterad prostatektomi rekommenderas. Förmedlat till pat per telefon idag, han accepterar och sätts upp på väntelista."),
  ], template="Telefonanteckning"),
  [], M("NL101", "NL102"),
  "MDK decision conveyed by phone")

C("endo-cytologi-lamnas-vid-aterbesok", "skane", ("1981-11-03", "F"),
  N("endo_malmo", "Patrik Olsson", "läkare", "2024-05-06 11:30", [
      ("Åtgärd", "Finnålspunktion av den 2 cm stora tyreoideaknölen gjord idag under ultraljud. Cytologsvaret lämnas vid återbesök om tre veckor; pat vill hellre få det på plats än via telefon."),
  ]),
  [], M("NL101", "NL102"),
  "result to be given at return visit, no diagnosis yet")

C("epikris-lungemboli-informerade-under-vardtiden", "vgr", ("1958-03-01", "F"),
  N("med_kungalv", "Sanna Wik", "läkare", "2024-01-11 14:00", [
      ("Diagnoser", "Lungemboli bilateralt. Pneumoni vänster underlob."),
      ("Förlopp", "Inkom med dyspné och feber. DT-angiografi visade bilaterala lungembolier, infiltrat vänster underlob. Behandlad med apixaban och bensylpenicillin med god effekt."),
      ("Information", "Pat och sambo informerade om diagnoserna under vårdtiden, senast vid utskrivningssamtalet."),
  ], template="Epikris", setting="slutenvård"),
  [], M("NL101", "NL102"),
  "discharge summary: told during the stay")

C("dietist-celiaki-fick-diagnosen-forra-veckan", "skane", ("1991-09-26", "F"),
  N("med_angelholm", "Maja Kron", "dietist", "2024-09-12 10:00", [
      ("Aktuellt", "Pat fick diagnosen celiaki av gastroenterolog förra veckan. Har inte riktigt förstått vad glutenfri kost innebär i praktiken och äter fortfarande havregryn av vanlig sort."),
      ("Åtgärd", "Genomgång av glutenfria alternativ, märkning och smitta i köket. Skriftligt material."),
  ], template="Dietistanteckning"),
  [], M("NL101", "NL102"),
  "not understood the diet, but was told the diagnosis")

C("fysio-parkinson-bostadsanpassning-ej-besked", "skane", ("1945-12-19", "M"),
  N("rehab_orup", "Alva Törnqvist", "fysioterapeut", "2024-11-21 13:00", [
      ("Bakgrund", "Känd Parkinsons sjukdom sedan 2018."),
      ("Status", "10 m gångtest 0,7 m/s, freezing vid vändning. Rollator med bromsar provad."),
      ("Planering", "Pat har inte fått besked om bostadsanpassningen ännu; arbetsterapeut följer upp med kommunen."),
  ], template="Fysioterapianteckning"),
  [], M("NL101", "NL102"),
  "no answer yet about home adaptation, diagnosis long known")

C("kontaktssk-ovarialcancer-efter-besked", "vgr", ("1964-06-30", "F"),
  N("onk_su", "Marie Sjöholm", "sjuksköterska", "2024-03-08 14:30", [
      ("Telefon", "Uppföljande samtal efter diagnosbeskedet som dr Ekström gav 5/3. Pat har läst om sin äggstockscancer på nätet och har frågor om ärftlighet; genetisk vägledning erbjuds."),
  ], template="Telefonanteckning"),
  [], M("NL101", "NL102"),
  "nurse follow-up after the doctor gave the diagnosis")

C("kurator-glioblastom-barnen-vet-inte", "skane", ("1983-10-14", "F"),
  N("kurator_lund", "Annelie Mattsson", "kurator", "2024-07-25 10:45", [
      ("Samtal", "Samtal efter att pat fått besked om glioblastom. Hon beskriver chock och oro för barnen, 7 och 10 år. Barnen vet ännu inte om mammans sjukdom; vi planerar tillsammans hur och när de ska få veta."),
  ], template="Kuratorsanteckning"),
  [], M("NL101", "NL102"),
  "children (relatives) do not know yet, patient does")

C("sexhalsa-17-ar-klamydia-foraldrarna-ej", "vgr", ("2007-03-17", "F"),
  N("sexhalsa_su", "Lovisa Åberg", "barnmorska", "2024-08-14 15:40", [
      ("Bedömning", "Pat 17 år, informerad om positivt klamydiaprov och behandling med doxycyklin. Hon vill inte att föräldrarna ska veta och vi har ingen skyldighet att informera dem. Smittspårning genomförd, en partner."),
  ], template="Barnmorskeanteckning"),
  [], M("NL101", "NL102"),
  "17-year-old told, parents not told")

C("njur-iga-ej-informerad-om-provtid-typo", "skane", ("1986-08-09", "M"),
  N("njur_malmo", "Vera Söderlund", "sjuksköterska", "2024-10-24 09:30", [
      ("Aktuellt", "Känd IgA-nefropati sedan 2022, pat väl insatt. Pat ej infromerad om nya provtagningstiden 4/11, skickar meddelande via 1177."),
  ], template="Sjuksköterskeanteckning"),
  [], M("NL101", "NL102"),
  "typo 'infromerad': not informed about a sample time, diagnosis known")

C("lunga-ev-ny-biopsi-litet-material", "vgr", ("1969-01-07", "M"),
  N("lung_sas", "Amanda Borg", "läkare", "2024-02-01 11:50", [
      ("Information", "Pat informerad om att biopsin ev. behöver göras om då materialet var litet. Patologen återkommer nästa vecka."),
  ]),
  [], M("NL101", "NL102"),
  "hedge 'ev.' about a repeat biopsy, no diagnosis")

C("hustrun-ringde-hanvisad-pat-vet-lymfom", "skane", ("1965-02-21", "M"),
  N("hemat_lund", "Ylva Berglund", "sjuksköterska", "2024-04-30 16:05", [
      ("Telefon", "Hustrun ringde och ville veta svaret på provet. Hänvisade till pat själv, som fick beskedet om mantelcellslymfom igår och gett samtycke till att hustrun får information först nästa vecka."),
  ], template="Telefonanteckning"),
  [], M("NL101", "NL102"),
  "wife referred to the patient, who was told yesterday")

C("lunga-sarkoidos-besked-pa-engelska", "vgr", ("1986-05-12", "M"),
  N("lung_su", "Camilla Rydén", "läkare", "2024-07-10 13:00", [
      ("Information", "Pat talar god engelska; diagnosbeskedet om sarkoidos stadium II gavs på engelska utan tolk och han bekräftade att han förstått. Ingen behandling nu, kontroll om 3 månader."),
  ]),
  [], M("NL101", "NL102"),
  "told in English without interpreter: near miss")

C("genetik-brca1-systern-ej-informerad", "vgr", ("1978-09-29", "F"),
  N("genetik_su", "Åsa Lindberg", "läkare", "2024-11-12 14:40", [
      ("Genetisk vägledning", "Pat informerad om att hon bär en patogen variant i BRCA1. Hennes syster är ännu inte informerad; pat vill själv kontakta henne och får ett släktbrev att lämna."),
  ]),
  [], M("NL101", "NL102"),
  "sister not informed, patient told")

C("lunga-misstankt-sarkoidos-bronkoskopi-flyttad", "skane", ("1984-12-02", "F"),
  N("lung_hbg", "Elisabeth Rehn", "läkare", "2024-03-27 09:35", [
      ("Bedömning", "Bilaterala hiluskörtlar och erythema nodosum, misstänkt sarkoidos. Pat informerad om misstanken. Hon är inte informerad om att bronkoskopin flyttats till 9/4, sekreterare skickar ny kallelse."),
  ]),
  M("NL102"), M("NL101"),
  "hedged diagnosis told; not informed only about the moved appointment")

C("ortop-diskbrack-fysio-informerad-av-ortoped", "vgr", ("1976-10-21", "M"),
  N("ortop_molndal", "Lukas Wennberg", "fysioterapeut", "2024-05-22 10:15", [
      ("Bakgrund", "Pat informerad av ortoped om diskbråck L5–S1 med lätt rotpåverkan S1 höger."),
      ("Åtgärd", "McKenzie-bedömning, centralisering vid upprepad extension. Hemprogram instruerat."),
  ], template="Fysioterapianteckning"),
  [], M("NL101", "NL102"),
  "physiotherapist records that the orthopaedist told the diagnosis")

C("med-pankreatit-brodern-fick-inga-uppgifter", "skane", ("1974-07-17", "M"),
  N("med_trelleborg", "Ola Grahn", "läkare", "2024-08-05 12:20", [
      ("Kontakt", "Brodern ringde; inga uppgifter lämnades då pat inte gett samtycke. Pat själv informerad om diagnosen akut pankreatit igår och om att alkohol är den sannolika orsaken."),
  ], setting="slutenvård", template="Daganteckning"),
  [], M("NL101"),
  "brother gets no information (no consent), patient was told")

# =========================================================================== C
# Hedged diagnoses in the same kind of notes (told / not told), hedge-like words that
# are not about a diagnosis, negation, family and past history.

C("onk-mojligt-lokalrecidiv-informerad", "skane", ("1963-05-26", "F"),
  N("onk_malmo", "Hassan Ali", "läkare", "2024-09-16 14:10", [
      ("Status", "1 cm fast resistens i operationsärret vänster bröst."),
      ("Bedömning", "Möjligt lokalrecidiv. Pat informerad om fyndet och om planerad mellannålsbiopsi på fredag."),
  ], signed=None),
  M("NL102"), M("NL101"),
  "'Möjligt lokalrecidiv' told to the patient")

C("neuro-neurosarkoidos-kan-ej-uteslutas-diskuterat", "vgr", ("1977-08-03", "M"),
  N("neuro_sas", "Petra Lundgren", "läkare", "2024-10-22 11:40", [
      ("Bedömning", "Bilateral facialispares och meningeal laddning på MR. Neurosarkoidos kan ej uteslutas, borreliaserologi och ACE i likvor tagna. Vi har gått igenom med pat att flera orsaker är möjliga och att svaren kommer inom en vecka."),
  ]),
  M("NL102"), M("NL101"),
  "'kan ej uteslutas' hedge, possibilities discussed with the patient")

C("akut-fragetecken-temporalisarterit-inf", "skane", ("1947-01-09", "F"),
  N("akut_ystad", "Johanna Berglund", "läkare", "2024-02-19 20:40", [
      ("Bedömning", "?Temporalisarterit. SR 78, CRP 45, ömmande a. temporalis hö. Prednisolon 60 mg insatt, temporalisbiopsi bokad. Pat inf."),
  ], template="Akutanteckning"),
  M("NL102"), M("NL101"),
  "question-mark hedge, telegraphic 'Pat inf.'")

C("minne-hereditet-trolig-alzheimer-mor", "skane", ("1956-10-31", "M"),
  N("minne_hbg", "Rasmus Friberg", "läkare", "2024-04-17 14:50", [
      ("Hereditet", "Modern hade trolig Alzheimers sjukdom från 75 års ålder, aldrig utredd."),
      ("Bedömning", "Lindrig kognitiv störning (MCI) utan demens. Pat informerad om resultatet och om uppföljning om ett år."),
  ]),
  [], M("NL101", "NL102"),
  "hedged diagnosis only in family history: no NL102")

C("neuro-tidigare-misstankt-ms-avskrevs", "vgr", ("1989-02-16", "F"),
  N("neuro_skovde", "Filip Åström", "läkare", "2024-03-12 13:30", [
      ("Anamnes", "Tidigare misstänkt MS 2019, avskrevs efter normal MR och likvor."),
      ("Bedömning", "Migrän med aura. Pat informerad och nöjd med beskedet, profylax med propranolol provas."),
  ]),
  [], M("NL101", "NL102"),
  "old suspicion ruled out (past history): no NL102")

C("onk-ingen-misstanke-om-recidiv", "skane", ("1960-12-08", "F"),
  N("onk_lund", "Annika Persson", "läkare", "2024-12-04 10:05", [
      ("Bedömning", "Årskontroll 5 år efter operation för bröstcancer. Ingen misstanke om recidiv vid dagens kontroll, mammografi utan anmärkning. Pat informerad och avslutas från onkologisk uppföljning."),
  ]),
  [], M("NL101", "NL102"),
  "negated suspicion, patient informed")

C("ortop-troligen-klar-for-hemgang", "vgr", ("1940-11-27", "F"),
  N("ortop_molndal", "Henrik Blom", "läkare", "2024-03-15 09:30", [
      ("Bedömning", "Dag 3 efter höftprotes pga lårbenshalsfraktur, pat informerad om operationen och förloppet. Troligen klar för hemgång på fredag, möjligen behov av korttidsboende. Osäkert om hon klarar trappan hemma."),
  ], setting="slutenvård", template="Daganteckning"),
  [], M("NL101", "NL102"),
  "hedges about discharge and function, not about a diagnosis")

C("endo-misstanker-att-hon-inte-tar-levaxin", "skane", ("1975-06-14", "F"),
  N("endo_malmo", "Patrik Olsson", "läkare", "2024-08-19 13:15", [
      ("Bedömning", "Känd hypotyreos efter tyreoidektomi, TSH 14. Misstänker att hon inte tar sitt levotyroxin regelbundet; hon bekräftar att doser glöms på helgerna. Dosett föreslås, ny kontroll om 6 veckor."),
  ]),
  [], M("NL101", "NL102"),
  "suspicion about adherence, not about a diagnosis")

C("gastro-pat-orolig-for-cancer-normalt", "vgr", ("1982-04-02", "M"),
  N("gastro_su", "Mikael Jansson", "läkare", "2024-06-27 10:50", [
      ("Bedömning", "Pat själv orolig att det skulle vara cancer. Gastroskopi och koloskopi normala, biopsier utan anmärkning. Informerad om att inget allvarligt hittats; symtombilden passar med IBS."),
  ]),
  [], M("NL101"),
  "patient's own worry about cancer is not a clinician hedge; told normal result")

C("hemat-differentialdiagnos-itp-informerad", "vgr", ("1997-07-23", "F"),
  N("hemat_su", "Oskar Lindström", "läkare", "2024-01-18 14:35", [
      ("Bedömning", "Isolerad trombocytopeni 22, i övrigt normalt blodstatus. Differentialdiagnos ITP, läkemedelsorsakad trombocytopeni. Pat har informerats om att vi ännu inte vet orsaken och om blödningsrisken."),
  ]),
  M("NL102"), M("NL101"),
  "explicit 'Differentialdiagnos' shared with the patient")

C("njur-sannolikt-diabetesnefropati-dialys-inte-diskuterat", "skane", ("1952-02-29", "M"),
  N("njur_malmo", "Vera Söderlund", "läkare", "2024-05-29 11:00", [
      ("Bedömning", "Känd kronisk njursjukdom stadium 4, eGFR 19, sannolikt diabetesnefropati. Pat väl insatt i sin njursjukdom. Dialysförberedelse ej diskuterad än, tas upp vid nästa besök med njursjuksköterska."),
  ], signed=None),
  M("NL102"), M("NL101"),
  "known disease, dialysis not yet discussed: no NL101; hedged etiology: NL102")

C("lunga-susp-lungcancer-pat-inf-om-misstanken", "vgr", ("1958-08-25", "M"),
  N("lung_sas", "Amanda Borg", "läkare", "2024-08-08 15:40", [
      ("Bedömning", "4 cm spikulerad förändring i höger överlob, mediastinala körtlar. Susp. lungcancer, SVF startat. Pat inf. om misstanken, vill ha brorsan med vid nästa besök."),
  ]),
  M("NL102"), M("NL101"),
  "telegraphic 'Susp. lungcancer' told to the patient")

C("kir-ingen-misstane-typo", "skane", ("1967-03-04", "F"),
  N("kir_ystad", "Elin Dahl", "läkare", "2024-04-24 10:25", [
      ("Bedömning", "Ingen misstane om malignitet vid ultraljud av knölen i ljumsken, ser ut som en ytlig lymfkörtel med bevarad hilus. Pat informerad, ingen kontroll behövs."),
  ]),
  [], M("NL101", "NL102"),
  "typo 'misstane' in a negated suspicion: no NL102")

C("neuro-trolgen-polyneuropati-typo", "vgr", ("1959-10-06", "M"),
  N("neuro_sas", "Klara Hedlund", "läkare", "2024-09-26 15:05", [
      ("Bedömning", "Strumpformad sensibilitetsnedsättning och bortfallna akillesreflexer. Trolgen alkoholrelaterad polyneuropati. Har gått igenom detta med pat, neurografi beställd."),
  ]),
  M("NL102"), M("NL101"),
  "typo 'Trolgen' hedge, discussed with the patient")

C("psyk-osaker-om-hon-vill-ha-lakemedel", "skane", ("1994-11-15", "F"),
  N("psyk_lund", "Therese Nyberg", "läkare", "2024-02-06 14:15", [
      ("Bedömning", "Egentlig depression, medelsvår episod, diagnosen genomgången med pat. Hon är osäker på om hon vill prova läkemedel och vill först fundera; ev. KBT-grupp som alternativ."),
  ]),
  [], M("NL101", "NL102"),
  "'osäker', 'ev.' about treatment choice, diagnosis told")

C("kardio-hjartinfarkt-utesluten-ej-informerad", "skane", ("1971-09-09", "M"),
  N("hjart_lund", "Axel Runesson", "läkare", "2024-11-26 17:45", [
      ("Bedömning", "Upprepade troponiner normala, ingen dynamik. Hjärtinfarkt utesluten. Pat ännu inte informerad då han sov vid ronden, informeras i kväll av jourhavande. Hemgång imorgon om stabilt."),
  ], setting="slutenvård", template="Daganteckning"),
  [], M("NL101", "NL102"),
  "ruled-out infarction, patient not yet told: neither NL101 nor NL102")

C("hud-kan-inte-uteslutas-basaliom-ej-informerad", "vgr", ("1950-06-04", "F"),
  N("hud_su", "Johanna Lilja", "läkare", "2024-07-11 10:40", [
      ("Bedömning", "Pärlemorskimrande papel på näsvingen, basaliom kan inte uteslutas. Stansbiopsi tagen. Hon är inte informerad om att det kan vara hudcancer, ville bara veta att provet skickas."),
  ]),
  M("NL101", "NL102"),
  [],
  "hedged basal cell carcinoma ('kan inte uteslutas') and she is not informed of it")

C("gyn-trolig-endometrios-informerad", "skane", ("1996-04-18", "F"),
  N("gyn_ystad", "Sara Malmqvist", "läkare", "2024-10-30 13:05", [
      ("Bedömning", "Cykliska bäckensmärtor, dyspareuni, ömhet i fossa Douglasi. Trolig endometrios. Pat informerad om sannolik diagnos och behandlingsalternativ; gestagen provas i 3 mån."),
  ], signed=None),
  M("NL102"), M("NL101"),
  "hedged endometriosis discussed with the patient")

# =========================================================================== PMO
# Primary care in Skåne (PMO): diagnoses are never shown -> hedged = must_not NL102;
# NL101 is never asserted on PMO.

C("pmo-vc-trol-prostatacancer-ej-informerad", "skane", ("1949-02-11", "M"),
  N("vc_sorgenfri", "Bengt Sjöstrand", "läkare", "2024-02-29 15:20", [
      ("Aktuellt", "PSA 24, palperas hård knölig prostata."),
      ("Bedömning", "Trol. prostatacancer. Pat ej informerad om PSA-värdet ännu, ringer honom imorgon. SVF-remiss till urologen skickad."),
  ], system="PMO", template="Besöksanteckning"),
  [], M("NL102"),
  "PMO: hedged diagnosis never visible, NL101 not asserted on PMO")

C("pmo-vc-misstankt-demens-dottern-ringde", "skane", ("1938-07-30", "M"),
  N("vc_eslov", "Malin Ågren", "sjuksköterska", "2024-03-28 10:10", [
      ("Kontaktorsak", "Dottern ringde, orolig för pappans minne och ekonomi."),
      ("Bedömning", "Misstänkt demens, läkarbesök bokas för basal utredning. Pat ej informerad om att dottern hört av sig."),
  ], system="PMO", template="Telefonkontakt"),
  [], M("NL102"),
  "PMO nurse: suspected dementia, relative called: no NL102 on PMO")

C("pmo-bvc-misstankt-autism-ordet-ej-anvant", "skane", ("2021-09-05", "M"),
  N("bvc_hoor", "Kajsa Nord", "sjuksköterska", "2024-04-03 09:40", [
      ("Utveckling", "2,5 år. Avvikande språkutveckling, få ord, begränsad ögonkontakt och ovanliga lekmönster."),
      ("Bedömning", "Misstänkt autism. Remiss till barnläkare för vidare bedömning. Föräldrarna informerade om att remiss skickas men ordet autism har inte använts."),
  ], system="PMO", template="BVC-anteckning"),
  [], M("NL102"),
  "PMO BVC: hedged autism, guardians not told the word: no NL102")

C("pmo-um-klamydia-foraldrar", "skane", ("2007-11-22", "F"),
  N("um_lund", "Hedda Lund", "barnmorska", "2024-05-17 14:00", [
      ("Bedömning", "Klamydia positiv. Pat informerad vid telefontid och önskar att föräldrarna inte får veta. Behandling och smittspårning enligt rutin."),
  ], system="PMO", template="Besöksanteckning"),
  [], M("NL102"),
  "PMO youth clinic: told, parents not: no NL102")

C("pmo-vc-diabetes-ej-informerad-brev", "skane", ("1968-01-26", "F"),
  N("vc_simrishamn", "Oskar Vinberg", "läkare", "2024-06-18 11:25", [
      ("Provsvar", "HbA1c 52 och 54 mmol/mol vid två tillfällen: diabetes typ 2."),
      ("Åtgärd", "Pat ej informerad, brev skickas med kallelse till diabetessköterska."),
  ], system="PMO", template="Provsvarsanteckning"),
  [], M("NL102"),
  "PMO: confirmed diabetes not told; NL101 never asserted on PMO")

C("pmo-hemsjukvard-ev-trycksar", "skane", ("1930-05-08", "F"),
  N("hsv_tomelilla", "Ingela Berg", "sjuksköterska", "2024-12-09 13:45", [
      ("Omvårdnad", "Rodnad över sacrum som inte bleknar vid tryck, ev. trycksår kategori 1. Anhöriga ej informerade ännu, pat själv informerad om vändschema."),
  ], system="PMO", template="Omvårdnadsanteckning"),
  [], M("NL102"),
  "PMO home care: 'ev. trycksår' is hedged but PMO never shows diagnoses")

C("pmo-vc-misstankt-tia-dd-migran", "skane", ("1955-08-12", "M"),
  N("vc_kavlinge", "Ali Demir", "läkare", "2024-07-31 16:30", [
      ("Bedömning", "Övergående talsvårighet 20 min igår. Misstänkt TIA, DD migrän med aura. Pat informerad om misstanken och skickas akut till strokeenheten för bedömning."),
  ], signed=None, system="PMO", template="Besöksanteckning"),
  [], M("NL102"),
  "PMO: hedged TIA and DD, no NL102")

# =========================================================================== D
# Tidiga hypoteser: settled and told (NL104), no hypothesis at all (NL104), correct use.

C("th-skane-brostcancer-bekraftad-och-informerad", "skane", ("1969-03-23", "F"),
  N("onk_lund", "Annika Persson", "läkare", "2024-03-06 15:55", [
      ("Bedömning", "PAD bekräftar invasiv lobulär bröstcancer höger. Pat informerad 4/3 och neoadjuvant behandling påbörjad."),
  ], template=TH),
  M("NL104"), M("NL101", "NL102"),
  "Tidiga hypoteser holds a settled diagnosis already told: NL104")

C("th-skane-bara-mdk-beslut-ej-formedlat", "skane", ("1956-06-21", "M"),
  N("kir_krstd", "Jesper Malm", "läkare", "2024-05-23 12:10", [
      ("Notering", "Pat ej informerad om MDK-beslutet om operation. Kontaktsjuksköterska ringer honom imorgon."),
  ], template=TH),
  M("NL104"), M("NL101", "NL102"),
  "Tidiga hypoteser used for an uncommunicated decision, no hypothesis in it")

C("th-vgr-huntington-bekraftad-informerad", "vgr", ("1985-10-09", "F"),
  N("genetik_su", "Åsa Lindberg", "läkare", "2024-05-03 10:30", [
      ("Aktuellt", "Återbesök efter prediktiv testning, stödperson med."),
      (TH, "Huntingtons sjukdom, anlagsbärare med 42 CAG-upprepningar bekräftat. Pat informerad vid genetisk vägledning 2/5."),
      ("Planering", "Kuratorskontakt erbjuden. Uppföljning om 6 månader."),
  ]),
  M("NL104"), M("NL101", "NL102"),
  "VGR sökord Tidiga hypoteser with a confirmed, communicated result: NL104")

C("th-vgr-bara-pamminnelse-ring-henne", "vgr", ("1972-12-17", "F"),
  N("kvinno_ostra", "Josefin Ek", "läkare", "2024-11-06 16:40", [
      ("Aktuellt", "Provsvar från cellprov och HPV genomgångna."),
      (TH, "Pat har ännu inte fått veta. Ring henne före fredag."),
  ]),
  M("NL104"), M("NL101", "NL102"),
  "Tidiga hypoteser used as a reminder, no diagnostic hypothesis")

C("th-skane-psyk-misstankt-personlighetsstorning", "skane", ("1997-05-04", "F"),
  N("psyk_lund", "Daniel Eriksson", "läkare", "2024-04-09 15:20", [
      ("Hypotes", "Misstänkt emotionellt instabil personlighetsstörning mot bakgrund av självskadebeteende, instabila relationer och affektlabilitet. Ej diskuterat med pat, behöver mer underlag från strukturerad intervju."),
  ], signed=None, template=TH),
  [], M("NL101", "NL102", "NL104"),
  "psychiatry: unconfirmed hypothesis kept in Tidiga hypoteser, correct use")

C("th-skane-pankreascancer-bekraftad-ej-informerad", "skane", ("1951-07-12", "M"),
  N("kir_hbg", "Nils Axelsson", "läkare", "2024-03-27 14:25", [
      ("Bedömning", "Biopsi från pankreas bekräftar adenocarcinom. Pat ej informerad ännu, besked 3/4 tillsammans med hustrun."),
  ], template=TH),
  [], M("NL101", "NL102"),
  "settled but not yet told, in Tidiga hypoteser: not visible (NL104 not asserted, routines differ)")

C("th-vgr-lackage-till-bedomning", "vgr", ("1948-09-02", "F"),
  N("minne_molndal", "Karl Sandberg", "läkare", "2024-10-15 11:55", [
      ("Anamnes", "Maken beskriver personlighetsförändring och hämningslöshet sedan ett år."),
      (TH, "Misstänkt frontotemporal demens. Ej framfört till pat."),
      ("Bedömning", "Misstanke om frontotemporal demens, ej framfört till pat eller make. FDG-PET beställd."),
  ]),
  M("NL101", "NL102"), M("NL104"),
  "hypothesis hidden correctly but repeated in the visible Bedömning with 'ej framfört'")

# =========================================================================== E
# Records with several notes: a note rule gives the same answer inside a record.

C("flera-urotelcancer-forst-ej-sedan-informerad", "vgr", ("1950-04-16", "M"),
  [N("uro_nal", "Per-Olof Strand", "läkare", "2024-07-02 13:00", [
      ("PAD", "TURB 26/6: höggradig urotelial cancer, invasion i lamina propria, T1."),
      ("Bedömning", "Blåscancer T1 höggradig. Pat ännu ej informerad, telefontid bokad imorgon."),
  ], nid="n1"),
   N("uro_nal", "Per-Olof Strand", "läkare", "2024-07-03 10:20", [
      ("Telefon", "Pat informerad om PAD-svaret och om rekommenderad re-TURB inom 6 veckor samt BCG-instillationer."),
  ], nid="n2", template="Telefonanteckning")],
  [("NL101", "n1")], [("NL101", "n2"), ("NL102", "n1"), ("NL102", "n2")],
  "first note says not informed (NL101 on n1), next day's note records the telling (no NL101 on n2)")

C("flera-th-sedan-synlig-efter-besked", "skane", ("1958-01-27", "F"),
  [N("neuro_malmo", "Jonas Bergkvist", "läkare", "2024-02-09 14:30", [
      ("Hypotes", "Misstänkt ALS med bulbär debut. Ej kommunicerat med pat, EMG bokad."),
  ], nid="n1", template=TH),
   N("neuro_malmo", "Jonas Bergkvist", "läkare", "2024-03-01 15:10", [
      ("Resultat", "EMG visar kronisk denervation i bulbär, cervikal och lumbal region."),
      ("Information", "Pat och maken informerade om diagnosen ALS. Kontakt med ALS-team och kurator förmedlad."),
  ], nid="n2")],
  [], [("NL101", "n1"), ("NL102", "n1"), ("NL104", "n1"), ("NL101", "n2"), ("NL102", "n2")],
  "hypothesis first in Tidiga hypoteser, then documented visibly once told")

C("flera-informerad-sedan-ssk-ny-optid", "skane", ("1964-09-15", "M"),
  [N("kir_hbg", "Nils Axelsson", "läkare", "2024-04-08 11:00", [
      ("Information", "Pat informerad om att PAD visar adenocarcinom i colon ascendens. Planeras för laparoskopisk högersidig hemikolektomi."),
  ], nid="n1"),
   N("kir_hbg", "Vilma Rask", "sjuksköterska", "2024-04-15 09:25", [
      ("Planering", "Operationsdatum flyttat till 29/4 pga platsbrist. Pat ej informerad om nytt datum ännu, ringer i eftermiddag."),
  ], nid="n2", template="Sjuksköterskeanteckning")],
  [], [("NL101", "n1"), ("NL101", "n2"), ("NL102", "n1"), ("NL102", "n2")],
  "second note: not informed only about the new date")

C("flera-mdk-levermetastaser-sedan-kontaktssk", "vgr", ("1955-11-30", "F"),
  [N("onk_su", "Robert Ljung", "läkare", "2024-10-10 13:40", [
      ("Konferens", "MDK övre GI 10/10. Känd ventrikelcancer, neoadjuvant kemoterapi given. Utvärderings-DT visar tre nya levermetastaser."),
      ("Beslut", "Operation avbryts, palliativ kemoterapi. Pat ej underrättad om resultatet ännu."),
  ], nid="n1", template="Konferensanteckning"),
   N("onk_su", "Marie Sjöholm", "sjuksköterska", "2024-10-11 15:15", [
      ("Samtal", "Deltog när dr Ljung informerade pat och dottern om levermetastaserna och att operationen inte blir av. Pat ledsen men samlad, vill börja behandling snart."),
  ], nid="n2", template="Omvårdnadsanteckning")],
  [("NL101", "n1")], [("NL101", "n2"), ("NL102", "n1"), ("NL102", "n2")],
  "MDK note withholds (NL101 on n1), nurse note documents the telling")

C("flera-th-vgr-sedan-lackage-i-synlig-anteckning", "vgr", ("1960-05-19", "M"),
  [N("neuro_sas", "Petra Lundgren", "läkare", "2024-01-16 10:00", [
      ("Anamnes", "Dubbelseende och ptos som varierar under dagen."),
      (TH, "Misstänkt myastenia gravis, ej kommunicerat med pat."),
  ], nid="n1"),
   N("neuro_sas", "Maja Öhman", "sjuksköterska", "2024-01-17 14:20", [
      ("Telefon", "Pat ringde och frågade om provsvar. AChR-antikroppar positiva, myastenia gravis enligt läkaren. Pat ej informerad om detta, läkaren ringer upp."),
  ], nid="n2", template="Telefonanteckning")],
  [("NL101", "n2")], [("NL101", "n1"), ("NL102", "n1"), ("NL104", "n1"), ("NL102", "n2")],
  "correct Tidiga hypoteser in n1, but n2 writes the confirmed diagnosis visibly as not told")

C("flera-synlig-informerad-och-dubblett-i-th", "skane", ("1953-03-08", "F"),
  [N("gynonk_lund", "Cecilia Roos", "läkare", "2024-06-10 13:20", [
      ("Information", "Pat informerad om att PAD visar höggradig serös ovarialcancer. Cytoreduktiv kirurgi planeras."),
  ], nid="n1"),
   N("gynonk_lund", "Cecilia Roos", "läkare", "2024-06-10 13:50", [
      ("Bedömning", "Höggradig serös ovarialcancer bekräftad, pat informerad idag."),
  ], nid="n2", template=TH)],
  [("NL104", "n2")], [("NL101", "n1"), ("NL102", "n1"), ("NL101", "n2")],
  "a told, settled diagnosis duplicated into Tidiga hypoteser: NL104 on n2")

C("flera-pmo-vc-och-melior-lungmottagning", "skane", ("1952-12-01", "M"),
  [N("vc_eslov", "Malin Ågren", "läkare", "2024-08-12 11:30", [
      ("Bedömning", "Hemoptys och viktnedgång, lungröntgen med förtätning hö hilus. Trol. lungcancer, SVF-remiss. Pat ej informerad om misstanken ännu."),
  ], nid="n1", system="PMO", template="Besöksanteckning"),
   N("lung_lund", "Karin Lindqvist", "läkare", "2024-08-19 14:10", [
      ("Bedömning", "Misstänkt lungcancer höger hilus. Pat informerad om misstanken och om planerad bronkoskopi."),
  ], nid="n2")],
  [("NL102", "n2")], [("NL102", "n1"), ("NL101", "n2")],
  "same hedge: PMO note never shows it, Melior note does; told by n2")

C("flera-barn-leukemi-foraldrar-sedan-informerade", "skane", ("2017-10-22", "M"),
  [N("barnonk_lund", "Ingrid Falk", "läkare", "2024-02-12 18:10", [
      ("Provsvar", "Benmärg: T-cells ALL."),
      ("Planering", "Vårdnadshavarna ännu inte informerade, pappan på väg från Göteborg. Besked ges imorgon förmiddag när båda är på plats."),
  ], nid="n1", setting="slutenvård"),
   N("barnonk_lund", "Ingrid Falk", "läkare", "2024-02-13 11:30", [
      ("Samtal", "Båda föräldrarna informerade om diagnosen T-cells ALL och behandlingsprotokollet. Vi har pratat med Leo (6 år) på hans nivå om att han har blodsjukdom som ska behandlas med medicin."),
  ], nid="n2", setting="slutenvård")],
  [("NL101", "n1")], [("NL101", "n2"), ("NL102", "n1"), ("NL102", "n2")],
  "guardians of a 6-year-old not told yet (n1), told next day (n2)")

# =========================================================================== F
# Long notes with several sections (300+ words), one sentence that matters or none.

C("lang-onk-nybesok-ny-lungmetastas-ej-namnd", "skane", ("1959-04-07", "M"),
  N("onk_lund", "Fredrika Ahlin", "läkare", "2024-04-22 16:30", [
      ("Besöksorsak", "Nybesök inför adjuvant behandling efter operation för koloncancer."),
      ("Anamnes", "65-årig man, gift, två vuxna barn, arbetar som elektriker. Tidigare frisk förutom hypertoni som behandlas med amlodipin 5 mg. Ingen känd allergi. Sökte i januari för blödning per rektum och trötthet, Hb 98. Koloskopi visade en tumör i colon sigmoideum och han opererades med laparoskopisk sigmoideumresektion 21/3. Postoperativt okomplicerat förlopp, hemgång dag 4. Äter nu normalt, vikten stabil, avföringen har normaliserats. Ingen buksmärta, ingen feber."),
      ("Socialt", "Bor i villa i Dalby med hustrun Eva, som arbetar som lärare. Röker inte sedan 20 år, alkohol i måttlig mängd på helger. Fysiskt aktiv med promenader och cykel, vill fortsätta arbeta under behandlingen om det går."),
      ("Läkemedel", "Amlodipin 5 mg x 1, paracetamol vid behov. Inga naturläkemedel. Tål opioider dåligt, blev illamående postoperativt."),
      ("PAD", "Adenocarcinom i sigmoideum, pT3N1b (2 av 18 lymfkörtlar), radikalt opererad, MSS."),
      ("Status", "AT gott. Cor regelbunden rytm, inga blåsljud. Pulm normala andningsljud bilateralt. Buk mjuk, oöm, läkta operationssår. Inga palpabla förstorade lymfkörtlar på halsen eller i axiller."),
      ("Undersökningar", "Postoperativ DT thorax-buk 15/4 visar en ny 9 mm rund förändring i vänster underlob som inte fanns preoperativt; radiolog och lungkonferens bedömer den som en lungmetastas. Levern utan fokala förändringar. CEA 4,2."),
      ("Bedömning", "Koloncancer stadium III, radikalt opererad, nu med en solitär lungmetastas. Pat är informerad om PAD och om att adjuvant cytostatika rekommenderas, men inte om lungmetastasen, eftersom svaret kom efter att besöket påbörjats och vi vill ta det samtalet med mer tid och med hustrun närvarande. Han tillfrågades om han ville ha med någon idag men kom ensam."),
      ("Information", "Genomgång av vad adjuvant behandling med CAPOX innebär, biverkningar som neuropati, diarré och infektionskänslighet, samt när han ska höra av sig till mottagningen. Skriftlig information om behandlingen medskickad. Han har frågor om arbetsförmåga och sjukskrivning som tas upp igen på torsdag."),
      ("Planering", "Nytt besök på torsdag med hustrun för genomgång av DT-fyndet och behandlingsstrategi. Anmäls till kolorektal MDK för ställningstagande till lokal behandling av lungmetastasen. Kontaktsjuksköterska Lisa Holm har träffat pat och gett sitt direktnummer. Blodprover inför cytostatika tas vid nästa besök."),
  ]),
  M("NL101"), M("NL102"),
  "long new-patient note: one sentence says the new lung metastasis is not yet told")

C("lang-medicin-pneumoni-hjartsvikt-informerad", "vgr", ("1939-08-19", "F"),
  N("avd_skovde", "Jonatan Ek", "läkare", "2024-01-29 13:10", [
      ("Inskrivningsorsak", "Andfåddhet och feber sedan fyra dagar."),
      ("Anamnes", "84-årig kvinna, änka, bor ensam i lägenhet med hemtjänst en gång dagligen. Tidigare förmaksflimmer på apixaban, hypertoni och artros i knäna. Har de senaste veckorna blivit alltmer andfådd vid ansträngning och fått svullna underben. Sedan fyra dagar feber upp till 38,6, hosta med gulaktiga upphostningar. Dottern har hjälpt henne att söka."),
      ("Läkemedel vid inskrivning", "Apixaban 5 mg x 2, amlodipin 5 mg x 1, paracetamol 1 g x 3 vid behov. Inga läkemedel mot hjärtsvikt sedan tidigare."),
      ("Socialt", "Hemtjänst morgon för dusch och tillsyn, matdistribution fem dagar i veckan. Dottern bor i Skövde och handlar åt henne. Går inomhus med rollator, utomhus med stöd av hemtjänsten. Vill helst tillbaka till sin lägenhet. Har inte behövt sjukhusvård sedan en höftfraktur för fem år sedan."),
      ("Status", "AT: lätt påverkad, talar hela meningar. Temp 38,2, andningsfrekvens 24, saturation 91 % utan syrgas, 96 % på 2 liter. Cor oregelbunden rytm, frekvens 104, inga blåsljud. Pulm rassel basalt bilateralt, bronkiellt andningsljud höger bas. Buk mjuk. Bilaterala pittingödem till mitt av underbenen."),
      ("Undersökningar", "CRP 186, LPK 14,3, NT-proBNP 6400, kreatinin 108. EKG förmaksflimmer 100/min utan ischemitecken. Lungröntgen: infiltrat höger underlob, pleuravätska bilateralt och stasbild."),
      ("Bedömning", "Pneumoni i höger underlob och akut försämring av hjärtsvikt med förmaksflimmer i snabb kammarfrekvens. Pat och dottern informerade om båda diagnoserna och om planerad behandling. Möjligen behov av ekokardiografi under vårdtiden om svikten inte svarar. Eventuellt korttidsboende efter utskrivning, vilket hon själv är tveksam till."),
      ("Information", "Dottern närvarade vid samtalet och har fått skriftlig information om vätskerestriktion och viktkontroll. Pat vill att dottern får information om förloppet under vårdtiden. HLR-status diskuterat med pat, hon önskar full behandling."),
      ("Ordination", "Bensylpenicillin 3 g x 3 intravenöst, furosemid 40 mg intravenöst x 2, metoprolol 50 mg x 1. Fortsatt apixaban. Vätskelista, daglig vikt."),
      ("Planering", "Ny bedömning imorgon med CRP och elektrolyter. Kontakt med biståndshandläggare inför utskrivning. Sjukgymnast bedömer mobilisering imorgon, målet är att hon ska gå med rollator till toaletten på egen hand innan hemgång. Fallrisk bedömd som hög, larm på rummet. Trolig vårdtid 5–7 dagar."),
  ], setting="slutenvård", template="Inskrivningsanteckning"),
  [], M("NL101", "NL102"),
  "long admission note: diagnoses told, every hedge is about care planning")

C("lang-minnesutredning-th-sokord-korrekt", "vgr", ("1951-11-14", "M"),
  N("minne_molndal", "Karl Sandberg", "läkare", "2024-11-04 15:40", [
      ("Besöksorsak", "Läkarbesök inom basal minnesutredning, remiss från vårdcentralen."),
      ("Anamnes", "73-årig man, pensionerad gymnasielärare, gift. Hustrun har i två år märkt att han glömmer avtalade tider, upprepar frågor och har slutat sköta ekonomin. Han själv upplever inga större problem. Hustrun berättar också att han i perioder är mer förvirrad, ibland nästan frånvarande i flera timmar, och att han två gånger sett människor i trädgården som inte fanns där. Sover oroligt, pratar och slår med armarna i sömnen sedan flera år. Inget alkoholöverkonsumtion. Läkemedel: enalapril, atorvastatin. Inga sömnmedel eller antikolinerga läkemedel."),
      ("Komparent", "Hustrun beskriver att han tidigare var den som planerade resor och höll ordning på familjens kalender. Nu behöver han påminnelser om det mesta och blir irriterad när han inte hittar saker. Han har gått vilse en gång med bilen på en välbekant väg hem från sommarstugan."),
      ("Socialt", "Bor med hustrun i radhus i Mölndal. Två döttrar i Göteborg. Klarar personlig hygien själv, hustrun sköter numera räkningar och inköp. Sjunger i kör, har slutat läsa böcker. Har gått på dans varje vecka med hustrun men slutat för att han inte längre minns stegen."),
      ("Status", "Vaken, samarbetar väl. Lätt hypomimi, måttlig rigiditet i båda armarna utan tremor, något kortare steg vid gång. Neurologiskt i övrigt utan fokala bortfall. Blodtryck liggande 146/84, stående efter 3 minuter 118/70."),
      ("Undersökningar", "MMSE 23/30 med brister på uppmärksamhet och figurkopiering, klocktest patologiskt. DT hjärna: lätt generell atrofi, inga infarkter. Blodprover inklusive B12, folat, TSH och kalcium normala."),
      (TH, "Misstänkt Lewy body-demens utifrån fluktuationer, synhallucinationer, REM-sömnbeteendestörning och lätt parkinsonism. Har inte framförts till pat eller hustrun i väntan på DaTSCAN och neuropsykologisk bedömning."),
      ("Bedömning", "Kognitiv svikt av oklar genes, utredningen fortsätter. Pat och hustrun informerade om att fler undersökningar behövs innan vi kan säga vad det beror på."),
      ("Planering", "DaTSCAN och neuropsykologisk undersökning beställda. Återbesök med hustrun om sex veckor. Körkortsfrågan diskuterad: pat avstår från att köra tills vidare. Kontakt med demenssjuksköterska erbjuden."),
  ]),
  [], M("NL101", "NL104"),
  "long note: the hypothesis sits under the VGR sökord Tidiga hypoteser; visible sections name no diagnosis")

C("lang-palliativ-familjen-informerad-inte-pat", "vgr", ("1944-02-03", "M"),
  N("palliativ_angered", "Linnéa Hägglund", "läkare", "2024-08-26 14:00", [
      ("Kontaktorsak", "Hembesök av läkare och sjuksköterska från palliativt team."),
      ("Bakgrund", "80-årig man med känd prostatacancer sedan 2019, kastrationsresistent sedan i fjol, tidigare behandlad med docetaxel och enzalutamid. Inskriven i palliativt team sedan juni. Bor med hustrun i villa, två söner på nära håll."),
      ("Aktuellt", "Tilltagande trötthet och smärta i bröstryggen senaste veckorna, nytillkommen domning i båda benen sedan två dagar och osäker gång. Har fallit en gång utan att skada sig. Ingen urinretention enligt hustrun, avföring senast igår."),
      ("Status", "Trött men klar och orienterad. Nedsatt kraft i båda benen, kan resa sig med stöd. Sensibilitetsnedsättning från naveln och nedåt. Ömhet över Th8."),
      ("Undersökningar", "Akut MR rygg igår visar metastas i Th8 med kotkompression och tryck på ryggmärgen, metastatisk ryggmärgskompression."),
      ("Bedömning", "Metastatisk ryggmärgskompression Th8. Hustrun och sönerna har informerats av onkologjouren igår kväll och är införstådda med att strålbehandling startar imorgon. Pat själv har ännu inte fått veta att det är tumören som trycker på ryggmärgen; familjen bad att vi väntar tills de kan vara med, och vi har inte hunnit ta samtalet idag eftersom han sov större delen av besöket."),
      ("Läkemedel", "Oxikodon depå och oxikodon 5 mg vid behov, betametason, pantoprazol 40 mg x 1, makrogol dagligen, GnRH-analog var tredje månad. Vid behovsläkemedel i hemmet ordinerade enligt palliativ rutin."),
      ("Omvårdnad", "Huden intakt, ingen rodnad över sacrum. Äter små portioner, dricker ca en liter per dag. Hustrun orkar än så länge men är tydligt trött och har fått information om möjligheten till avlösning. Sönerna turas om att sova över. Pat har god smärtlindring i vila men får ont vid förflyttning, vilket vi tar hänsyn till i den nya dosen."),
      ("Åtgärd", "Betapred 16 mg höjt till 16 mg x 2. Oxikodon depå höjt till 20 mg x 2. Rullstol och toalettstol beställda via arbetsterapeut. Strålbehandling 8 Gy bokad imorgon kl 10, transport ordnad."),
      ("Planering", "Läkarbesök igen på onsdag tillsammans med familjen för samtal med pat om vad som hänt och fortsatt vårdinriktning. Brytpunktssamtal bör erbjudas. Sjuksköterska ringer hustrun imorgon eftermiddag."),
  ], template="Hembesöksanteckning"),
  M("NL101"), M("NL102"),
  "long palliative note: family told, patient not yet told about cord compression")

C("lang-npf-autism-aterkoppling-hedgar-om-stod", "skane", ("2001-06-23", "M"),
  N("npf_malmo", "Jenny Strand", "psykolog", "2024-06-12 13:30", [
      ("Bakgrund", "23-årig man remitterad från vårdcentralen för neuropsykiatrisk utredning pga svårigheter i sociala sammanhang, ångest på arbetsplatsen och starkt behov av rutiner. Utredningen har omfattat fem besök: anamnes, intervju med modern om tidig utveckling, ADOS-2 modul 4, WAIS-IV, samt skattningsskalor."),
      ("Resultat", "Kognitiv nivå inom genomsnittet med ojämn profil, hög verbal förmåga och lägre bearbetningshastighet. ADOS-2 över gränsvärdet för autism. Utvecklingsanamnesen visar tidiga svårigheter med ömsesidigt samspel och begränsade, repetitiva intressen. Inga tecken på intellektuell funktionsnedsättning."),
      ("Skattningar", "AQ 36, RAADS-R 142. ASRS under gränsvärdet och inga tecken på ADHD vid intervjun. MADRS-S 18 med lindriga depressiva symtom som pat själv kopplar till situationen på arbetet. Ingen suicidrisk framkom."),
      ("Observation", "Under testningen arbetade pat noggrant och långsamt, ställde många följdfrågor om instruktionerna och blev märkbart stressad vid tidtagning. Ögonkontakten var kortvarig, men han berättade engagerat om sitt intresse för tågtrafik och signalsystem. Han föredrog skriftliga instruktioner framför muntliga och bad att få pauser i ett tyst rum, vilket han fick."),
      ("Diagnos", "Autismspektrumtillstånd utan intellektuell funktionsnedsättning, utan språkstörning. Diagnosen ställd av psykolog och läkare gemensamt."),
      ("Återkoppling", "Utredningsresultatet och diagnosen återkopplades idag till pat, som hade med sig sin sambo. Han beskrev att diagnosen kändes rimlig och att den hjälpte honom förstå sig själv. Han ville inte att modern informeras om resultatet av oss; han vill berätta själv när han är redo."),
      ("Bedömning", "Pat har ett tydligt behov av anpassningar i arbetslivet. Möjligen kan han ha nytta av en psykoedukativ grupp för vuxna med autism, vilket han ska fundera på. Eventuellt blir det aktuellt med kontakt med arbetsförmedlingens specialistfunktion om arbetssituationen inte förbättras."),
      ("Planering", "Utlåtande skickas hem. Intyg till arbetsgivaren skrivs om pat önskar det, utan diagnos. Avslut från utredningsenheten efter ett uppföljande telefonsamtal om en månad. Pat informerad om rätten att ta del av utlåtandet och om möjligheten att kontakta enheten med frågor. Han uppmuntrades att kontakta vårdcentralen om nedstämdheten tilltar."),
  ], template="Psykologanteckning"),
  [], M("NL101", "NL102"),
  "long feedback note: diagnosis told, mother not informed at his wish, hedges about support only")

C("lang-barn-trolig-absensepilepsi-foraldrar-informerade", "vgr", ("2015-09-11", "F"),
  N("barnmed_nal", "Anders Klingberg", "läkare", "2024-09-30 10:45", [
      ("Besöksorsak", "Nybesök, remiss från skolsköterskan pga korta frånvaroattacker."),
      ("Anamnes", "9-årig flicka, går i trean, tidigare frisk. Föräldrarna och läraren har sedan i våras märkt att hon stannar upp mitt i en mening eller aktivitet i några sekunder och stirrar rakt fram, sedan fortsätter hon som om inget hänt. Det händer uppemot tjugo gånger om dagen. Ingen kramp, ingen urinavgång. Har blivit sämre i matematik enligt läraren. Ingen hereditet för epilepsi, morfar har migrän. Normal utveckling i övrigt."),
      ("Socialt", "Bor med mamma, pappa och lillebror sex år i Trollhättan. Tycker om att simma och rida, tränar simning två gånger i veckan. Sover gott, äter bra."),
      ("Status", "Pigg, samarbetsvillig. Neurologiskt utan anmärkning. Längd 136 cm, vikt 30 kg, följer sin kurva. Huden utan café au lait-fläckar. Vid hyperventilation under tre minuter utlöses en attack med stirrande blick och ögonlocksfladder, cirka åtta sekunder, därefter omedelbart återhämtad."),
      ("Bedömning", "Trolig absensepilepsi hos barn. Föräldrarna informerade om misstanken och om att EEG behövs för att bekräfta; Ella fick en åldersanpassad förklaring om att hjärnan ibland tar en liten paus. Föräldrarna har frågor om simning och cykling, som vi gått igenom. Hon får simma med vuxen i närheten och ska bära hjälm när hon cyklar, vilket hon redan gör."),
      ("Information", "Vi gick igenom vad en absens är och vad föräldrarna ska göra om hon skulle få ett större anfall. Föräldrarna fick telefonnummer till barnneurologisk sjuksköterska. De vill att skolan ska få veta så att lärarna förstår varför hon tappar tråden, vilket vi tycker är klokt."),
      ("Planering", "EEG med hyperventilation och fotostimulering bokat inom två veckor. Återbesök efter EEG för ställningstagande till behandling med etosuximid. Skriftlig information om säkerhet vid bad lämnad. Skolan kan få information om föräldrarna vill, intyg skrivs då."),
  ]),
  M("NL102"), M("NL101"),
  "long paediatric note: hedged epilepsy told to guardians and child: NL102 only")

C("lang-hemat-trol-transformation-utkast", "skane", ("1954-10-18", "F"),
  N("hemat_lund", "Peter Hammar", "läkare", "2024-12-12 16:50", [
      ("Besöksorsak", "Extra besök pga snabbt växande körtel på halsen."),
      ("Anamnes", "70-årig kvinna med follikulärt lymfom grad 1–2 sedan 2018, behandlad med rituximab-bendamustin 2019 med komplett remission, därefter uppföljning utan behandling. Sedan sex veckor en snabbt växande körtel på vänster halssida, nattliga svettningar och viktnedgång 4 kg. Ingen feber. Lever med maken, aktiv i kör och trädgård."),
      ("Tidigare behandling", "Under rituximab-bendamustin 2019 fick hon herpes zoster och långdragen lymfopeni, och hade då profylax med valaciklovir och trimetoprim-sulfa. Sedan dess komplett remission vid årliga kontroller, senast i mars utan fynd."),
      ("Läkemedel", "Levotyroxin 75 mikrogram x 1, alendronat 70 mg en gång i veckan, kalcium och D-vitamin. Inga antikoagulantia."),
      ("Socialt", "Pensionerad bibliotekarie, bor med maken i lägenhet i Lund. Dottern bor i Stockholm. Klarar sig helt själv och promenerar dagligen. Icke-rökare. Hon har tidigare uttryckt att hon vill vara delaktig i alla beslut men helst med maken närvarande när allvarliga besked ges."),
      ("Status", "AT gott. Vänster halssida en 5 cm fast, oöm körtelförstoring, mindre körtlar i vänster axill. Lever och mjälte ej palpabla. Hud utan anmärkning."),
      ("Undersökningar", "LD 610, tidigare normal. Hb 118, TPK 190, LPK 7,2. Kreatinin 74, urat 410, leverstatus normalt, kalcium normalt. PET-DT 10/12: kraftigt FDG-upptag i halskörteln, SUVmax 24, samt i körtlar i mediastinum."),
      ("Bedömning", "Trolig transformation till diffust storcelligt B-cellslymfom. Biopsi av halskörteln bokad 16/12. Pat ej informerad om PET-fynden eller misstanken om transformation, hon åkte hem före svaret och vill ha maken med vid ett eventuellt besked. Lymfomkonferens 18/12."),
      ("Planering", "Ringer pat imorgon och bokar besök efter biopsin med maken och kontaktsjuksköterska. Blodprover inklusive urat och njurfunktion inför eventuell behandling tas vid biopsitillfället. Vid bekräftad transformation planeras R-CHOP med start inom två veckor."),
  ], signed=None),
  M("NL101", "NL102"), [],
  "long unsigned draft: suspected transformation, patient not told of it")

C("lang-rehab-stroke-hemgang-skjuts-upp", "vgr", ("1957-07-28", "M"),
  N("rehab_su", "Elin Marklund", "arbetsterapeut", "2024-05-27 14:20", [
      ("Bakgrund", "66-årig man med höger mediainfarkt 3/5 med vänstersidig hemipares och neglekt, överflyttad från strokeenheten för rehabilitering. Pat och hustrun är väl informerade om stroken och dess följder sedan vårdtiden på strokeenheten. Bor i tvåplansvilla med trappa utan ledstång, hustrun arbetar heltid."),
      ("Aktuellt", "Deltar aktivt i träningen, motiverad. Klarar på- och avklädning av överkroppen med verbala påminnelser om vänster sida, underkroppen med hjälp av en person. Förflyttning säng–rullstol med tillsyn. Äter själv med anpassade bestick, missar ibland mat på vänster del av tallriken."),
      ("Status", "Vänster arm: viss viljemässig rörelse i axel och armbåge, ingen funktionell greppfunktion. Vänster ben bär vid stående med stöd. Sittbalans god. Orienterad till tid och rum, god uppmärksamhet åt höger, missar stimuli till vänster vid bordsuppgifter."),
      ("Bedömning", "Neglekten har minskat sedan inskrivningen men påverkar fortfarande säkerheten i vardagliga aktiviteter. Pat kommer sannolikt att behöva hjälp vid dusch och trappa den första tiden hemma. Möjligen räcker det med ledstång och duschpall om förbättringen fortsätter i samma takt."),
      ("Åtgärd", "ADL-träning morgon och eftermiddag. Hembesök planerat 4/6 tillsammans med fysioterapeut och pat för att bedöma behov av bostadsanpassning. Ansökan om duschpall och toalettförhöjning förberedd."),
      ("Samtal", "Hustrun deltog vid eftermiddagens träning och fick handledning i förflyttning. Hon oroar sig för hur hon ska klara sitt arbete när han kommer hem och har fått information om hemtjänst och avlösning. Pat själv säger att han vill hem så snart som möjligt och tycker att träningen går framåt."),
      ("Planering", "Teamet har på dagens teamträff beslutat att skjuta upp planerad hemgång en vecka för att hinna göra hembesök och få hjälpmedel på plats. Pat ej informerad om det ändrade utskrivningsdatumet ännu; ansvarig läkare tar det på ronden imorgon tillsammans med hustrun. Fortsatt träning enligt plan. Nästa teamträff hålls på måndag, då hembesöket utvärderas och nytt utskrivningsdatum sätts."),
  ], template="Arbetsterapianteckning", setting="slutenvård"),
  [], M("NL101", "NL102"),
  "long OT note: not informed about a postponed discharge, stroke known; hedges about function")


# =========================================================================== write + validate
CASE_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
PATIENT_KEYS = {"id", "birth_date", "protected_identity"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
CODES = {"NL101", "NL102", "NL104"}
_SENT = re.compile(r"(?<=[.!?])\s+|\n+")


def _in_2024(ts):
    return ts is not None and ts.startswith("2024-")


def validate(cases):
    errs = []
    names = set()
    sentences = {}
    for c in cases:
        name = c.get("case")
        where = "case %r" % name
        if set(c) != CASE_KEYS:
            errs.append("%s: keys %s" % (where, sorted(c)))
            continue
        if name in names:
            errs.append("%s: duplicate case name" % where)
        names.add(name)
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append("%s: ruleset %r" % (where, c["ruleset"]))
        if not c["why"] or "\n" in c["why"]:
            errs.append("%s: why must be one line" % where)
        r = c["record"]
        if set(r) != RECORD_KEYS:
            errs.append("%s: record keys %s" % (where, sorted(r)))
            continue
        p = r["patient"]
        if set(p) != PATIENT_KEYS:
            errs.append("%s: patient keys" % where)
        m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})-(\d{4})", p["id"])
        if not m:
            errs.append("%s: personnummer format %r" % (where, p["id"]))
        else:
            y, mo, d, tail = m.groups()
            if "%s-%s-%s" % (y, mo, d) != p["birth_date"]:
                errs.append("%s: personnummer does not match birth_date" % where)
            ten = y[2:] + mo + d + tail
            if _luhn(ten[:9]) != int(ten[9]):
                errs.append("%s: personnummer fails Luhn" % where)
            try:
                _dt.date(int(y), int(mo), int(d))
            except ValueError:
                errs.append("%s: invalid birth date" % where)
        if not _in_2024(r["as_of"]):
            errs.append("%s: as_of not in 2024" % where)
        ids = {}
        for n in r["notes"]:
            if set(n) != NOTE_KEYS:
                errs.append("%s: note keys %s" % (where, sorted(n)))
                continue
            ids[n["id"]] = n
            if not _in_2024(n["time"]):
                errs.append("%s/%s: time not in 2024" % (where, n["id"]))
            if n["signed"] is not None and (not _in_2024(n["signed"]) or n["signed"] < n["time"]):
                errs.append("%s/%s: signed bad" % (where, n["id"]))
            if n["time"] > r["as_of"]:
                errs.append("%s/%s: note after as_of" % (where, n["id"]))
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                errs.append("%s/%s: VGR notes are Melior" % (where, n["id"]))
            if n["system"] not in ("Melior", "PMO"):
                errs.append("%s/%s: system %r" % (where, n["id"], n["system"]))
            for sec in n["sections"]:
                if set(sec) != {"keyword", "text"} or not sec["text"].strip():
                    errs.append("%s/%s: bad section" % (where, n["id"]))
                    continue
                for snt in _SENT.split(sec["text"]):
                    snt = snt.strip()
                    if len(snt) >= 25:
                        sentences.setdefault(snt, []).append(name)
        if len(ids) != len(r["notes"]):
            errs.append("%s: duplicate note ids" % where)
        seen = set()
        for key in ("must", "must_not"):
            for t in c[key]:
                if not (isinstance(t, list) and len(t) == 2):
                    errs.append("%s: bad target %r" % (where, t))
                    continue
                code, nid = t
                if code not in CODES:
                    errs.append("%s: unexpected code %s" % (where, code))
                if nid not in ids:
                    errs.append("%s: target %s does not exist" % (where, nid))
                    continue
                if (code, nid) in seen:
                    errs.append("%s: %s/%s asserted twice" % (where, code, nid))
                seen.add((code, nid))
                note = ids[nid]
                if note["system"] == "PMO" and code == "NL101":
                    errs.append("%s: NL101 asserted on a PMO note" % where)
                if note["system"] == "PMO" and code == "NL102" and key == "must":
                    errs.append("%s: NL102 must on a PMO note" % where)
        if not c["must"] and not c["must_not"]:
            errs.append("%s: asserts nothing" % where)
    for snt, where in sentences.items():
        if len(where) > 1:
            errs.append("sentence repeated in %s: %r" % (sorted(set(where)), snt))
    return errs


def main():
    errs = validate(CASES)
    out = os.path.join(HERE, NAME + ".jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n")
    # re-read what was written and validate again
    with open(out, encoding="utf-8") as fh:
        back = [json.loads(line) for line in fh if line.strip()]
    if back != CASES:
        errs.append("written file does not round-trip")
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    tally = {}
    for c in CASES:
        for key in ("must", "must_not"):
            for code, _ in c[key]:
                tally.setdefault(code, {"must": 0, "must_not": 0})[key] += 1
    print("%s: %d cases written to %s" % (NAME, len(CASES), out))
    for code in sorted(tally):
        print("  %s  must %3d  must_not %3d" % (code, tally[code]["must"], tally[code]["must_not"]))


if __name__ == "__main__":
    main()
