#!/usr/bin/env python3
"""Gold cases nl1bv_dev_cases: long hospital notes (epikris, inskrivning, remissvar,
MDK) with many sections and many diagnoses. Dependency-free, deterministic.
`python3 build.py` writes nl1bv_dev_cases.jsonl beside itself and validates it."""
import datetime as _dt
import json
import os
import re
import sys

NAME = "nl1bv_dev_cases"

UNITS = {
    # Region Skåne, Melior (sjukhus)
    "lund_kard": ("Kardiologiska kliniken, avd 1, Skånes universitetssjukhus Lund", "SE2321000255-K1L4"),
    "malmo_med": ("Akutsjukvård, medicinavdelning 2, Skånes universitetssjukhus Malmö", "SE2321000255-M2A7"),
    "hbg_med": ("Medicinkliniken, avd 51, Helsingborgs lasarett", "SE2321000255-H51M"),
    "kri_kir": ("Kirurgiska kliniken, avd 11, Centralsjukhuset Kristianstad", "SE2321000255-C11K"),
    "lund_neuro": ("Neurologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-N7L2"),
    "malmo_inf": ("Infektionskliniken, Skånes universitetssjukhus Malmö", "SE2321000255-I3M9"),
    "lund_onk": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-O4L1"),
    "ystad_med": ("Medicinkliniken, Ystads lasarett", "SE2321000255-Y2M6"),
    "lund_lung": ("Lung- och allergikliniken, Skånes universitetssjukhus Lund", "SE2321000255-L8L3"),
    "malmo_gast": ("Mag-tarmmedicin, Skånes universitetssjukhus Malmö", "SE2321000255-G5M8"),
    "hbg_ger": ("Geriatriska kliniken, Helsingborgs lasarett", "SE2321000255-G1H5"),
    "lund_barn": ("Barn- och ungdomsmedicin, Barnsjukhuset, Skånes universitetssjukhus Lund", "SE2321000255-B9L7"),
    "malmo_urol": ("Urologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-U6M2"),
    "lund_hemat": ("Hematologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-H3L8"),
    "tre_ort": ("Ortopediska kliniken, Trelleborgs lasarett", "SE2321000255-T4O1"),
    "hlm_reh": ("Rehabiliteringsmedicin, Hässleholms sjukhus", "SE2321000255-R2H9"),
    "lsk_psyk": ("Allmänpsykiatrisk mottagning, Landskrona lasarett", "SE2321000255-P5L6"),
    "kri_kk": ("Kvinnokliniken, Centralsjukhuset Kristianstad", "SE2321000255-K7C3"),
    "malmo_endo": ("Endokrinologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-E1M4"),
    "lund_reum": ("Reumatologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-R6L5"),
    "angel_med": ("Medicinkliniken, Ängelholms sjukhus", "SE2321000255-A3M7"),
    "lund_hud": ("Hudkliniken, Skånes universitetssjukhus Lund", "SE2321000255-D4L2"),
    "malmo_akut": ("Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-A9M1"),
    "lund_thx": ("Thoraxkirurgi, Skånes universitetssjukhus Lund", "SE2321000255-T8L6"),
    "malmo_kir": ("Kirurgiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-K2M5"),
    "hbg_stroke": ("Strokeenheten, Helsingborgs lasarett", "SE2321000255-S3H4"),
    "kri_med": ("Medicinkliniken, Centralsjukhuset Kristianstad", "SE2321000255-M6C8"),
    # Region Skåne, PMO (primärvård)
    "vc_eslov": ("Vårdcentralen Eslöv", "SE2321000255-V1E3"),
    "vc_hoor": ("Vårdcentralen Höör", "SE2321000255-V2H8"),
    "vc_simris": ("Vårdcentralen Simrishamn", "SE2321000255-V3S1"),
    "vc_sjobo": ("Vårdcentralen Sjöbo", "SE2321000255-V4S6"),
    "vc_klippan": ("Vårdcentralen Klippan", "SE2321000255-V5K2"),
    "vc_staffanstorp": ("Vårdcentralen Staffanstorp", "SE2321000255-V6S9"),
    # Västra Götalandsregionen, Melior
    "su_kard": ("Kardiologi, Sahlgrenska Universitetssjukhuset, Sahlgrenska", "SE2321000131-E000000011214"),
    "su_ostra_med": ("Medicinkliniken, avd 31, Sahlgrenska Universitetssjukhuset, Östra", "SE2321000131-E000000011387"),
    "su_molndal_ger": ("Geriatrik, Sahlgrenska Universitetssjukhuset, Mölndal", "SE2321000131-E000000011452"),
    "nal_med": ("Medicinkliniken, NÄL, NU-sjukvården", "SE2321000131-E000000012036"),
    "sks_kir": ("Kirurgkliniken, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000013118"),
    "sas_med": ("Medicinkliniken, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000014270"),
    "kungalv_med": ("Medicinkliniken, Kungälvs sjukhus", "SE2321000131-E000000015093"),
    "alingsas_med": ("Medicinkliniken, Alingsås lasarett", "SE2321000131-E000000015611"),
    "su_neuro": ("Neurologi, Sahlgrenska Universitetssjukhuset, Sahlgrenska", "SE2321000131-E000000011529"),
    "su_onk": ("Jubileumskliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011736"),
    "su_lung": ("Lungmedicin, Sahlgrenska Universitetssjukhuset, Sahlgrenska", "SE2321000131-E000000011805"),
    "su_inf": ("Infektionssjukdomar, Sahlgrenska Universitetssjukhuset, Östra", "SE2321000131-E000000011968"),
    "su_gast": ("Gastroenterologi och hepatologi, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011641"),
    "su_hemat": ("Hematologi och koagulation, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011370"),
    "dsbus": ("Barnmedicin, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000011099"),
    "nal_urol": ("Urologiska kliniken, NÄL, NU-sjukvården", "SE2321000131-E000000012184"),
    "sks_ort": ("Ortopedkliniken, Skaraborgs Sjukhus Lidköping", "SE2321000131-E000000013265"),
    "sas_psyk": ("Psykiatrisk öppenvårdsmottagning, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000014433"),
    "su_reum": ("Reumatologi, Sahlgrenska Universitetssjukhuset, Mölndal", "SE2321000131-E000000011487"),
    "su_endo": ("Endokrinologi-diabetes, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011552"),
    "udd_med": ("Medicinkliniken, Uddevalla sjukhus, NU-sjukvården", "SE2321000131-E000000012297"),
    "su_hud": ("Hudkliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011720"),
    "sas_kk": ("Kvinnokliniken, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000014512"),
    "sks_stroke": ("Strokeenheten, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000013340"),
    "su_thx": ("Thoraxkirurgi, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011833"),
    "sks_med": ("Medicinkliniken, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000013402"),
    "su_kir": ("Kirurgi, Sahlgrenska Universitetssjukhuset, Östra", "SE2321000131-E000000011905"),
}

CASES = []


def N(sections, *, id="n1", template="Epikris", unit, author, time, signed="+", draft=False,
      setting="slutenvård", system="Melior", refs=()):
    """A note. time 'MM-DD HH:MM' in 2024; signed '+' = 50 min later, or 'MM-DD HH:MM'."""
    t = _dt.datetime.strptime("2024-" + time, "%Y-%m-%d %H:%M")
    if draft:
        s = None
    elif signed == "+":
        s = (t + _dt.timedelta(minutes=50)).isoformat()
    else:
        s = _dt.datetime.strptime("2024-" + signed, "%Y-%m-%d %H:%M").isoformat()
    name, hsa = UNITS[unit]
    return {
        "id": id, "system": system, "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author[0], "role": author[1]},
        "time": t.isoformat(), "signed": s, "setting": setting, "refs": list(refs),
        "sections": [{"keyword": k, "text": v} for k, v in sections],
    }


def _luhn(digits):
    total = 0
    for i, ch in enumerate(digits):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    return (10 - total % 10) % 10


def C(name, region, age, sex, notes, must=(), must_not=(), why="", born=None):
    if isinstance(notes, dict):
        notes = [notes]
    idx = len(CASES)
    first = min(_dt.datetime.fromisoformat(n["time"]) for n in notes).date()
    back = 3 + (idx * 37) % 300
    year = first.year - age
    try:
        anchor = first.replace(year=year)
    except ValueError:
        anchor = first.replace(year=year, day=28)
    birth = _dt.date.fromisoformat(born) if born else anchor - _dt.timedelta(days=back)
    serial = 200 + (idx * 53) % 700
    serial = serial - serial % 10 + (idx % 5) * 2 + (1 if sex == "m" else 0)
    yymmdd = birth.strftime("%y%m%d")
    nnn = "%03d" % serial
    pnr = birth.strftime("%Y%m%d") + "-" + nnn + str(_luhn(yymmdd + nnn))
    last = max(_dt.datetime.fromisoformat(n["signed"] or n["time"]) for n in notes)
    as_of = (last + _dt.timedelta(days=2)).replace(hour=0, minute=0, second=0)
    if as_of.year != 2024:
        as_of = _dt.datetime(2024, 12, 31)
    record = {
        "patient": {"id": pnr, "birth_date": birth.isoformat(), "protected_identity": False},
        "as_of": as_of.isoformat(),
        "notes": notes,
        "access_events": [], "conversations": [], "treatments": [],
    }
    CASES.append({
        "case": name, "ruleset": region, "record": record,
        "must": [list(m) for m in must], "must_not": [list(m) for m in must_not],
        "why": why,
    })


def M(*codes, note="n1"):
    return [(c, note) for c in codes]

# ---------------------------------------------------------------------------
# A. Long epicrises: many diagnoses, one of them still a hypothesis in a visible
#    section (NL102 must).
# ---------------------------------------------------------------------------
L = "läkare"
S = "sjuksköterska"

C("epikris-nstemi-ockult-gi-blodning-trol", "skane", 71, "m", N([
    ("Diagnoser", "I21.4 NSTEMI\nI48.0 Paroxysmalt förmaksflimmer, nyupptäckt\nE11.9 Diabetes mellitus typ 2\nD50.0 Järnbristanemi\nI10.9 Essentiell hypertoni"),
    ("Anamnes", "71-årig man som sökte akut pga tryckande bröstsmärta sedan natten, strålning mot vänster arm. Tidigare ansträngningsutlöst obehag sedan ett par veckor som han inte sökt för."),
    ("Tidigare sjukdomar", "Hypertoni sedan 2009. Diabetes typ 2 sedan 2015, tablettbehandlad. Op för ljumskbråck höger 2011."),
    ("Socialt", "Gift, bor i villa i Dalby. Pensionerad byggnadsingenjör. Slutade röka 2002. Alkohol: enstaka glas vin till helgen. Kör bil."),
    ("Läkemedel vid inkomst", "Metformin 1 g x 2, Enalapril 10 mg x 1, Simvastatin 20 mg x 1."),
    ("Hereditet", "Far avled i hjärtinfarkt 62 år gammal. Bror har typ 2-diabetes."),
    ("Status", "AT: Opåverkad men blek. Cor: Oregelbunden rytm, inga blåsljud. Pulm: Vesikulärt bilat. BT 152/88, puls 104 oregelb. Sat 96 % på luft."),
    ("Lab", "TnT 412 ng/L, vid kontroll 1260 ng/L. Hb 98 g/L, MCV 74 fL, ferritin 8 µg/L. Krea 88 µmol/L. HbA1c 58 mmol/mol."),
    ("Röntgen", "Lungröntgen: Normal hjärtstorlek, ingen stas, inga infiltrat."),
    ("Vårdförlopp", "Koronarangiografi dag 2 med signifikant stenos i RCx som åtgärdades med PCI och ett läkemedelsavgivande stent. På telemetrin episoder av förmaksflimmer som konverterade spontant. Fick järninfusion (Ferinject 1 g) innan hemgång."),
    ("Bedömning", "NSTEMI, PCI-behandlad. Nyupptäckt paroxysmalt förmaksflimmer med CHA2DS2-VASc 4. Järnbristanemin beror trol. på ockult blödning från mag-tarmkanalen, gastroskopi och koloskopi beställda som förtur."),
    ("Planering", "Dubbel trombocythämning i 6 mån, därefter ställningstagande till antikoagulation enligt kardiolog. Återbesök kardiologmottagningen om 6 veckor."),
    ("Läkemedel vid utskrivning", "Trombyl 75 mg x 1, Brilique 90 mg x 2, Atorvastatin 80 mg x 1 (ersätter simvastatin), Metoprolol depot 50 mg x 1, Enalapril 10 mg x 1, Metformin 1 g x 2, Omeprazol 20 mg x 1 som magskydd. Nitroglycerin sublingualt vid bröstsmärta."),
    ("Uppföljning", "Hjärtrehabilitering med fysioterapeut startar om två veckor. Körförbud en vecka efter infarkten har gåtts igenom. Blodprover (Hb, ferritin, krea) på vårdcentralen om 4 veckor."),
    ("Information", "Pat har fått muntlig och skriftlig information om hjärtinfarkten och stentbehandlingen, frun närvarande."),
], unit="lund_kard", author=("Erik Lindqvist", L), time="03-14 13:20"),
    must=M("NL102"), must_not=M("NL101"),
    why="Long epikris, five firm diagnoses; suspected occult GI bleed stays a 'trol.' hypothesis in Bedömning")

C("epikris-pneumoni-misstankt-lungcancer-bakom", "vgr", 68, "k", N([
    ("Diagnoser", "J18.9 Pneumoni, höger underlob\nJ44.1 KOL med akut exacerbation\nE87.1 Hyponatremi\nF17.2 Tobaksberoende"),
    ("Vårdtid", "2024-05-07 -- 2024-05-11, medicinavdelning 4, Södra Älvsborgs Sjukhus Borås."),
    ("Anamnes", "Rökare sedan tonåren, ca 40 paketår. Sökte med feber, hosta och ökande andfåddhet i fem dygn. Viktnedgång ca 6 kg sedan jul enligt dottern."),
    ("Tidigare sjukdomar", "KOL GOLD 3, följs på vårdcentral. Hysterektomi 1998. Lätt depression, ingen behandling idag."),
    ("Socialt", "Änka, bor ensam i lägenhet med hiss i centrala Borås. Dottern bor nära och hjälper till med inköp. Klarar sig själv i vanliga fall, går med käpp utomhus."),
    ("Läkemedel", "Trimbow 2 inhalationer x 2, Ventoline vid behov. Sertralin avslutades i höstas."),
    ("Status", "AT: Påverkad, takypné 26/min. Pulm: Nedsatt andningsljud och krepitationer basalt höger, förlängt exspirium bilat. Cor: RR 96. Temp 38,9."),
    ("Lab", "CRP 214, LPK 15,8. Na 126, stigande till 133 vid utskrivning. Blododling utan växt."),
    ("Röntgen", "DT thorax 2024-05-08: Konsolidering i höger underlob. Dessutom en 2,4 cm stor spikulerad förändring i vänster överlob, misstänkt malign, samt förstorade mediastinala lymfkörtlar."),
    ("Vårdförlopp", "Behandlades med bensylpenicillin iv, senare peroralt amoxicillin. Steroidkur och täta inhalationer för KOL-exacerbationen. Natriumvärdet korrigerades med vätskerestriktion. Snabb klinisk förbättring."),
    ("Hjälpmedel", "Arbetsterapeut har provat ut duschpall och griptång inför hemgång. Trygghetslarm finns sedan tidigare."),
    ("Bedömning", "Pneumoni i regress. KOL-exacerbation hävd. Förändringen i vänster överlob inger misstanke om lungcancer och remitteras till lungmedicin för utredning enligt standardiserat vårdförlopp."),
    ("Planering", "Amoxicillin t.o.m. 15/5. Remiss SVF lunga skickad 10/5. Kontakt med rökavvänjning erbjuden, pat vill fundera."),
    ("Uppföljning", "Vårdcentralen i Borås får kopia av epikrisen. Spirometri och uppföljning av KOL sköts fortsatt där. Lungmedicin kallar till första besöket inom SVF. Pneumokock- och influensavaccin rekommenderas efter tillfrisknandet."),
    ("Information", "Pat och dotter har informerats om DT-fyndet och om varför utredning behövs."),
    ("Omvårdnad", "Mobiliserad till rullator på avdelningen. Syrgasen kunde sättas ut dag 4 med saturation 92–94 % i vila. Aptiten återkom gradvis, näringsdryck två gånger dagligen under vårdtiden."),
], unit="sas_med", author=("Johanna Berg", L), time="05-11 10:05"),
    must=M("NL102"), must_not=M("NL101"),
    why="Epikris with pneumonia, KOL, hyponatremia settled; suspected lung cancer remains a hypothesis in Röntgen/Bedömning")

C("inskr-feber-dd-endokardit-spondylit", "skane", 58, "m", N([
    ("Kontaktorsak", "Feber och ryggvärk sedan två veckor."),
    ("Anamnes", "58-årig man, tandextraktion för tre veckor sedan. Sedan dess subfebril, senaste veckan frossa och tilltagande smärta i ländryggen som väcker honom nattetid. Ingen trauma."),
    ("Tidigare sjukdomar", "Mitralisinsufficiens grad 2, följs årligen på kardiologen. Gikt. Hypotyreos."),
    ("Läkemedel", "Levaxin 100 µg, allopurinol 100 mg, Enalapril 10 mg."),
    ("Status", "AT: Feberpåverkad, temp 38,7. Cor: Systoliskt blåsljud 3/6 över apex, enligt pat känt. Pulm: Ua. Buk: Mjuk, oöm. Rygg: Dunkömhet över L3–L4. Neurologiskt ua i benen. Hud: Inga splinterblödningar."),
    ("Lab", "CRP 168, LPK 13,1, SR 78. Hb 118. Krea 96. U-sticka neg. Blododlingar x3 tagna före antibiotika."),
    ("Bedömning", "Feber med ryggsmärta hos pat med känt klaffel. DD endokardit med septisk embolisering, spondylodiskit L3–L4. Pyelonefrit mindre trolig med negativ urinsticka."),
    ("Planering", "Inläggning infektionsavd. Avvaktar odlingssvar innan antibiotika om pat förblir stabil. TEE och MR ländrygg beställda. Tandstatus via käkkirurg."),
], template="Inskrivningsanteckning", unit="malmo_inf", author=("Sara Holm", L), time="02-19 22:40"),
    must=M("NL102"),
    why="Admission note: DD endokardit and spondylodiskit listed as open hypotheses in Bedömning")

C("epikris-stroke-mojlig-vaskulit", "vgr", 44, "k", N([
    ("Diagnoser", "I63.4 Cerebral infarkt orsakad av emboli i cerebrala artärer\nR47.0 Dysfasi\nM32.9 Möjlig systemisk lupus erythematosus, utredning pågår\nD68.6 Lupusantikoagulans, positivt"),
    ("Anamnes", "44-årig tidigare frisk kvinna som akut insjuknade med talsvårigheter och svaghet i höger hand. Två tidigare missfall. Ledvärk i händerna i vintras."),
    ("Status", "NIHSS 4 vid ankomst. Motorisk afasi, lätt pares höger hand. Hud: Lätt fjärilsformat erytem över kinderna."),
    ("Lab", "Lupusantikoagulans positivt, ANA positivt 1:640. Anti-dsDNA inskickat. C3 lätt sänkt."),
    ("Röntgen", "MR hjärna: Färsk infarkt i vänster MCA-område. DT-angio utan dissektion eller stenos."),
    ("Vårdförlopp", "Trombolys ej aktuell pga tidsfönster. Snabb förbättring av talet. Ekokardiografi inklusive bubbeltest normal. Reumatolog konsulterad."),
    ("Bedömning", "Embolisk infarkt hos ung kvinna med positivt lupusantikoagulans och ANA. Bilden är förenlig med antifosfolipidsyndrom i SLE, men diagnosen kan inte ställas förrän kontrollprov efter 12 veckor och reumatologisk bedömning."),
    ("Planering", "Waran med målvärde PK 2–3. Återbesök neurologmottagningen 3 mån. Reumatologmottagningen kallar inom 4 veckor. Logopedkontakt i hemkommunen."),
], unit="su_neuro", author=("Mattias Ekström", L), time="04-03 14:50"),
    must=M("NL102"),
    why="Stroke epikris; 'Möjlig SLE' in Diagnoser and unconfirmed antiphospholipid syndrome in Bedömning")

C("epikris-hjartsvikt-amyloidos-kan-ej-uteslutas", "skane", 79, "m", N([
    ("Diagnoser", "I50.0 Hjärtsvikt, nydebuterad, HFpEF\nI48.1 Persisterande förmaksflimmer\nN18.3 Kronisk njursjukdom stadium 3\nG56.0 Karpaltunnelsyndrom bilat (opererad)"),
    ("Anamnes", "Tilltagande andfåddhet och bensvullnad sedan höstkanten. Opererad för karpaltunnelsyndrom båda sidor 2019 och 2021."),
    ("Tidigare sjukdomar", "Förmaksflimmer sedan 2020, Eliquis. Njursvikt, följs på vårdcentralen."),
    ("Socialt", "Gift, bor i radhus i Ängelholm. Pensionerad brevbärare. Promenerade 3 km dagligen fram till i somras, nu bara till brevlådan."),
    ("Läkemedel vid inkomst", "Eliquis 5 mg x 2, Bisoprolol 2,5 mg, Amlodipin 5 mg, Furosemid 20 mg vid behov."),
    ("Status", "Halsvenstas. Pittingödem till knäna. Cor: Oregelbunden, inga blåsljud. Pulm: Dämpning basalt bilat."),
    ("Lab", "NT-proBNP 6 800. TnT 48, stabilt. Krea 142, eGFR 38. Fria lätta kedjor normala."),
    ("Röntgen", "Ekokardiografi: Koncentrisk vänsterkammarhypertrofi, septum 17 mm, EF 55 %. Nedsatt longitudinell funktion med apical sparing."),
    ("Vårdförlopp", "Diuretika iv med viktnedgång 7 kg på fem dygn. Frekvenskontroll med betablockad."),
    ("Vikt och vätska", "Inkomstvikt 88,4 kg, utskrivningsvikt 81,2 kg. Vätskeintag begränsat till 1,5 liter per dygn. Pat har fått en våg och en vikttabell med instruktion att höra av sig vid uppgång över 2 kg på tre dagar."),
    ("Lab vid utskrivning", "Krea 151, K 4,3, Na 136. NT-proBNP 3 100."),
    ("Bedömning", "Hjärtsvikt med bevarad ejektionsfraktion. Eko och anamnes med bilateralt karpaltunnelsyndrom gör att transtyretinamyloidos kan ej uteslutas, skintigrafi med DPD planeras."),
    ("Planering", "Furix 40 mg x 2, kontroll av krea och K om en vecka på vårdcentralen. DPD-skintigrafi kallas från klinisk fysiologi. Återbesök hjärtsviktsmottagningen 6 v."),
    ("Läkemedel vid utskrivning", "Eliquis 5 mg x 2, Bisoprolol höjt till 5 mg, Furix 40 mg x 2, Jardiance 10 mg (nyinsatt). Amlodipin utsatt med hänsyn till blodtrycket."),
    ("Information", "Informerad om hjärtsvikt, vikt- och vätskeschema genomgånget av sjuksköterska."),
    ("Uppföljning", "Kopia till Vårdcentralen Ängelholm. Hjärtsviktssköterska ringer inom en vecka för att stämma av vikten och symtomen. Om DPD-skintigrafin visar upptag kompletteras med analys av TTR-genen och pat tas upp på regional amyloidoskonferens."),
], unit="angel_med", author=("Oskar Nyberg", L), time="10-22 11:15"),
    must=M("NL102"), must_not=M("NL101"),
    why="Epikris: amyloidosis 'kan ej uteslutas' is an open hypothesis in Bedömning among four settled diagnoses")

C("epikris-diabetes-ketoacidos-ev-pankreascancer", "vgr", 66, "m", N([
    ("Diagnoser", "E10.1 Diabetes mellitus, nydebuterad, med ketoacidos\nE86.9 Dehydrering\nE87.6 Hypokalemi"),
    ("Vårdtid", "2024-06-21 -- 2024-06-27. Första dygnet på intermediärvårdsavdelningen, därefter medicinavdelning 2."),
    ("Anamnes", "66-årig man med tre månaders viktnedgång, törst och polyuri. Inkom med kräkningar och buksmärta. Ingen känd diabetes."),
    ("Tidigare sjukdomar", "Hypertoni. Njursten 2015. Opererad för ljumskbråck vänster 2019."),
    ("Socialt", "Gift, bor i lägenhet i Alingsås. Arbetar som lagerchef. Röker inte, dricker alkohol sparsamt."),
    ("Läkemedel vid inkomst", "Amlodipin 5 mg."),
    ("Status", "Torra slemhinnor, Kussmaul-andning. Buk: Diffust öm epigastriellt, inga peritonitiska tecken."),
    ("Lab", "pH 7,08, BE -22, glukos 34, B-ketoner 6,1. Kalium 3,1 efter insulinstart. Lipas normalt. GAD-ak negativa. C-peptid lågt."),
    ("Lab vid utskrivning", "Glukos 6–11 mmol/L på fyrpunktskurva. Kalium 4,2, natrium 139, krea 84. Ketoner negativa."),
    ("Röntgen", "DT buk: Inga tecken på pankreatit. Oklar lågattenuerande förändring i pankreaskroppen, 18 mm, ev. tumör, MR rekommenderas."),
    ("Vårdförlopp", "Ketoacidosen hävdes på insulininfusion inom ett dygn. Övergång till basal-bolusregim. Diabetessköterska har gett grundutbildning och pat hanterar penna och glukosmätare själv."),
    ("Omvårdnad", "Diabetessköterska har tre gånger gått igenom insulinteknik, kolhydraträkning och åtgärder vid lågt blodsocker. Pat har fått en glukossensor och appen är installerad i hans mobiltelefon. Hustrun har deltagit i undervisningen."),
    ("Bedömning", "Nydebuterad insulinkrävande diabetes med ketoacidos hos äldre man med viktnedgång och negativa antikroppar. Sekundär diabetes vid misstänkt pankreascancer måste utredas."),
    ("Planering", "MR pankreas beställd som förtur. Diabetesmottagningen återbesök 2 v. Om MR bekräftar tumör tas pat upp på övre GI-rond."),
    ("Läkemedel vid utskrivning", "Insulin Tresiba 18 E till kvällen, Fiasp enligt kolhydratschema till måltid. Amlodipin oförändrat. Glukagon nässpray vid svår hypoglykemi."),
    ("Körkort", "Informerad om att han inte får köra bil förrän diabetesmottagningen har bedömt att blodsockret är stabilt, enligt Transportstyrelsens föreskrifter."),
    ("Information", "Pat informerad om diabetesdiagnosen och om att det finns ett fynd i bukspottkörteln som måste undersökas vidare."),
], unit="alingsas_med", author=("Linnea Sjöberg", L), time="06-27 15:30"),
    must=M("NL102"), must_not=M("NL101"),
    why="Diabetic ketoacidosis epikris; 'misstänkt pankreascancer' and 'ev. tumör' remain hypotheses")

C("epikris-fall-hoftfraktur-susp-myelom", "skane", 83, "k", N([
    ("Diagnoser", "S72.0 Collumfraktur vänster, opererad med halvprotes\nW19 Fall i hemmet\nD64.9 Anemi\nN17.9 Akut njursvikt, prerenal, i regress"),
    ("Anamnes", "Föll i badrummet natten till 12/8. Bor ensam med hemtjänst morgon och kväll. Ryggvärk sedan våren."),
    ("Status", "Utåtroterat och förkortat vänster ben. Distalstatus ua. Lätt förvirrad vid ankomst, klar dag 2."),
    ("Lab", "Hb 92, Ca 2,86, krea 168 → 94. Totalprotein 88 g/L, albumin 31. Elfores inskickad."),
    ("Röntgen", "Rtg höft: Dislocerad collumfraktur. Rtg thorax: Osteolytiska förändringar i flera revben."),
    ("Vårdförlopp", "Opererad dag 1 med halvprotes utan komplikationer. Rehydrering med normalisering av krea. Mobiliseras med rollator."),
    ("Bedömning", "Opererad collumfraktur, god postoperativ mobilisering. Anemi, hyperkalcemi, högt totalprotein och lytiska revbensförändringar – susp. multipelt myelom."),
    ("Planering", "Remiss hematologen med svar på elfores och fria lätta kedjor. Stygn tas på korttidsboende dag 14. Belastning efter förmåga."),
], unit="tre_ort", author=("Hanna Lund", L), time="08-20 09:10"),
    must=M("NL102"),
    why="Orthopaedic epikris: 'susp. multipelt myelom' hypothesis in Bedömning after fracture surgery")

C("epikris-uvi-urosepsis-alla-avklarade", "skane", 77, "k", N([
    ("Diagnoser", "A41.5 Sepsis orsakad av E. coli\nN10.9 Akut pyelonefrit\nE11.9 Typ 2-diabetes, kostbehandlad\nN39.4 Urininkontinens"),
    ("Vårdtid", "2024-09-14 -- 2024-09-19, medicinavdelning 3, Ystads lasarett. Inlagd via akutmottagningen med ambulans."),
    ("Kopia till", "Vårdcentralen Ystad, ansvarig distriktsläkare. Hemtjänsten i Ystads kommun via pat."),
    ("Anamnes", "Inkom med frossa, förvirring och flanksmärta vänster. Misstanke om meningit vid ankomst pga nackstelhet."),
    ("Tidigare sjukdomar", "Typ 2-diabetes sedan 2010 utan läkemedel. Urininkontinens, använder skydd. Hysterektomi 1995. Knäprotes höger 2017."),
    ("Socialt", "Bor ensam i lägenhet i Ystad, sonen bor i samma hus. Hemtjänst två gånger i veckan för städning."),
    ("Status", "Temp 39,4, BT 92/55, puls 118. Dunkömhet vänster njurloge. Nacken fri vid ny undersökning efter vätska."),
    ("Status vid utskrivning", "AT: Gott, orienterad till tid, rum och person. Temp 36,9. BT 134/78, puls 76 regelbunden. Cor: RR, inga blåsljud. Pulm: Vesikulärt andningsljud utan biljud. Buk: Mjuk, ingen dunkömhet över njurlogerna. Nacke: Fri rörlighet."),
    ("Lab vid utskrivning", "CRP 34, LPK 8,1, krea 78, glukos 8,2, Hb 121."),
    ("Lab", "CRP 288, laktat 3,4. Blod- och urinodling: E. coli, känslig för cefotaxim. Likvor: Normala celler och protein."),
    ("Röntgen", "DT urinvägar: Ingen avflödeshinder, ingen abscess."),
    ("Vårdförlopp", "Sepsisbehandling enligt PM med cefotaxim iv och vätska, snabb cirkulatorisk stabilisering. Meningit kunde avskrivas efter normal likvor. Förvirringen gick i regress dag 2. Byte till peroral ciprofloxacin."),
    ("Bedömning", "Urosepsis med E. coli utgående från vänster njure, behandlad och i regress. Meningit uteslöts."),
    ("Planering", "Ciprofloxacin t.o.m. 26/9, totalt 10 dagars behandling. Ingen rutinmässig kontrollodling. Diabetesuppföljning på vårdcentral."),
    ("Läkemedel vid utskrivning", "Ciprofloxacin 500 mg x 2 till och med 26/9. Övriga läkemedel oförändrade. Kalktabletter bör tas minst två timmar före ciprofloxacin."),
    ("Omvårdnad", "Pat klarar förflyttningar själv med rollator. Dricker bra. Inga trycksår. Hemtjänsten informerad inför hemgång."),
    ("Uppföljning", "Ingen återbesökstid hos oss. Vårdcentralen ombeds följa upp blodsockret, som var förhöjt under infektionen, med HbA1c om tre månader. Pat vet att hon ska söka vård igen vid ny feber, frossa eller förvirring."),
    ("Information", "Pat och son informerade om diagnos och antibiotikabehandling."),
], unit="ystad_med", author=("Karin Ohlsson", L), time="09-19 12:45"),
    must_not=M("NL102", "NL101"),
    why="Epikris where the meningitis suspicion raised on admission is explicitly ruled out; all diagnoses settled")
C("epikris-anemi-misstankt-celiaki", "vgr", 34, "k", N([
    ("Diagnoser", "D50.9 Järnbristanemi, uttalad\nR19.7 Diarré\nK90.0 Misstänkt celiaki"),
    ("Anamnes", "34-årig kvinna, remitterad från vårdcentral med Hb 71. Trötthet och yrsel i månader, lösa avföringar 3–4 ggr/dag sedan ett år. Menstruationer normala."),
    ("Tidigare sjukdomar", "Typ 1-diabetes sedan 12 års ålder. Hypotyreos, Levaxin."),
    ("Status", "Blek, opåverkad. Cor/pulm ua. Buk mjuk, lätt uppblåst."),
    ("Lab", "Hb 71, MCV 66, ferritin 3. Transglutaminas-IgA kraftigt förhöjt, >128 U/mL. Folat lågt."),
    ("Vårdförlopp", "Inlagd ett dygn, fick två enheter erytrocytkoncentrat och järninfusion. Gastroskopi med duodenalbiopsier utförd 2/7, PAD inväntas."),
    ("Bedömning", "Järnbristanemi med malabsorption. Serologin talar starkt för celiaki hos pat med typ 1-diabetes, men diagnosen ställs först när biopsisvaret föreligger. Ska fortsätta äta gluten tills dess."),
    ("Planering", "Telefonkontakt när PAD kommit. Dietistremiss om celiaki bekräftas. Nytt Hb på vårdcentralen om 4 veckor."),
], unit="sas_med", author=("Amir Haddad", L), time="07-03 16:00"),
    must=M("NL102"),
    why="Anaemia epikris with 'Misstänkt celiaki' in Diagnoser while biopsy is pending")

C("epikris-celiaki-bekraftad-biopsi", "skane", 29, "k", N([
    ("Diagnoser", "K90.0 Celiaki\nD50.8 Järnbristanemi pga malabsorption\nE55.9 D-vitaminbrist"),
    ("Anamnes", "29-årig kvinna som utreddes för järnbrist och magbesvär. Vid föregående vårdtillfälle misstänktes celiaki på positiv transglutaminasantikropp."),
    ("Lab", "Hb 104 efter järninfusion. 25-OH-vitamin D 21 nmol/L."),
    ("Vårdförlopp", "Dagvårdsbesök för järninfusion och genomgång av PAD. Biopsierna från duodenum visar totala villusatrofi, Marsh 3c, vilket bekräftar misstanken om celiaki."),
    ("Bedömning", "Celiaki, nu histologiskt verifierad, med järn- och D-vitaminbrist som följd."),
    ("Planering", "Strikt glutenfri kost, dietistbesök inbokat 14/8. D-vitamin 1600 IE dagligen. Ny transglutaminas och Hb om ett år."),
    ("Information", "Diagnosen och kostbehandlingen har gåtts igenom med pat, som har fått broschyr från Svenska Celiakiförbundet."),
], template="Dagvårdsanteckning", unit="kri_med", author=("Petra Nilsson", L), time="08-05 13:30", setting="dagvård"),
    must_not=M("NL102", "NL101"),
    why="Earlier suspicion of celiac disease now confirmed by biopsy; nothing left hedged")

C("epikris-geriatrik-trolig-parkinson", "skane", 84, "m", N([
    ("Diagnoser", "R29.6 Upprepade fall\nI95.1 Ortostatisk hypotension\nF05.1 Delirium, i regress\nG20.9 Parkinsons sjukdom?\nN40.9 Prostatahyperplasi"),
    ("Anamnes", "Fem fall senaste månaden enligt hemtjänsten. Hustrun beskriver att han gått allt kortare steg och att handstilen blivit liten."),
    ("Socialt", "Bor med hustrun i tvåplansvilla i Höganäs, sovrummet på övervåningen. Hemtjänst för dusch en gång i veckan. Barnen bor i Stockholm och hör av sig varje vecka."),
    ("Läkemedel vid inkomst", "Doxazosin 4 mg, Finasterid 5 mg, Enalapril 5 mg, Zopiklon 5 mg till natten, Alvedon 1 g x 3."),
    ("Status", "Hypomimi. Lätt rigiditet med kugghjulsfenomen i höger arm. Vilotremor höger hand. Framåtlutad, släpande gång. Ortostatiskt BT-fall 34 mmHg systoliskt."),
    ("Lab", "Hb 131, Na 137, krea 101, B12 och folat normala. TSH normalt."),
    ("EKG", "Sinusrytm 68/min, AV-block I, i övrigt normalt. Ingen förlängd QT-tid."),
    ("Röntgen", "DT hjärna: Måttliga vitsubstansförändringar, ingen blödning, inga tecken på normaltryckshydrocefalus."),
    ("Vårdförlopp", "Kortvarig förvirring första dygnet, troligen utlöst av urinretention som avlastades med KAD. Doxazosin utsatt pga ortostatism, därefter inga ytterligare fall på avdelningen."),
    ("Funktionsstatus", "Före insjuknandet självständig i personlig ADL, behövde hjälp med städning och inköp. Vid utskrivning går han med rollator inomhus, klarar trappan med tillsyn och behöver hjälp med strumpor och skor."),
    ("Läkemedel vid utskrivning", "Doxazosin och Zopiklon utsatta pga fallrisk. Enalapril halverad till 2,5 mg. Finasterid oförändrat. Alvedon 1 g x 3. Laktulos vid förstoppning."),
    ("Bedömning", "Fallen förklaras av ortostatisk hypotension i kombination med parkinsonism. Kliniken är talande för idiopatisk Parkinsons sjukdom men diagnosen ska bekräftas av neurolog."),
    ("Planering", "Remiss neurologmottagningen. Arbetsterapeut har gjort hembesök, duschpall och toalettförhöjning utprovade. Fysioterapi i hemmet via kommunen."),
    ("Uppföljning", "Blodtrycket mäts liggande och stående av hemsjukvården en gång i veckan under en månad. Fallriskbedömning genomförd, höftskyddsbyxor rekommenderade. Återbesök geriatriska mottagningen om 6 veckor."),
    ("Information", "Pat och hustru informerade om fallorsakerna och om att neurolog ska bedöma om det rör sig om Parkinsons sjukdom."),
], unit="hbg_ger", author=("Maria Svensson", L), time="11-07 10:20"),
    must=M("NL102"), must_not=M("NL101"),
    why="Geriatric epikris; 'Parkinsons sjukdom?' in Diagnoser list is an unconfirmed diagnosis")

C("epikris-brostsmarta-infarkt-utesluten", "vgr", 52, "m", N([
    ("Diagnoser", "R07.4 Bröstsmärta, ospecificerad – icke-kardiell\nM94.0 Costokondralt syndrom (Tietzes syndrom)\nE78.0 Hyperkolesterolemi"),
    ("Anamnes", "52-årig man med stickande smärta vänster bröstkorg sedan två dagar, värre vid djupandning och vridning. Kom in via ambulans med frågeställning akut koronart syndrom."),
    ("Status", "Opåverkad. Palpationsöm över 3:e och 4:e costokondrala lederna vänster, smärtan reproduceras. Cor/pulm ua."),
    ("Lab", "TnT 6 och 7 ng/L med tre timmars mellanrum. D-dimer <0,3."),
    ("Röntgen", "EKG: Sinusrytm, inga ischemitecken. Lungröntgen normal."),
    ("Bedömning", "Akut koronart syndrom och lungemboli är uteslutna med normala troponiner, normalt EKG och negativ D-dimer. Smärtan är muskuloskeletal från revbensbrosket."),
    ("Planering", "NSAID i en vecka. Kolesterolbehandling följs upp hos distriktsläkare. Ingen ytterligare kardiell utredning behövs."),
], template="Akutanteckning", unit="kungalv_med", author=("Fredrik Dahl", L), time="01-23 03:40", setting="akutmottagning"),
    must_not=M("NL102"),
    why="Chest pain where ACS and PE are explicitly ruled out; final diagnosis firm")

C("epikris-frontotemporal-demens-sannolik", "vgr", 63, "m", N([
    ("Diagnoser", "G31.0 Sannolik frontotemporal demens, beteendevariant\nE11.9 Diabetes typ 2\nZ63.0 Påfrestning i parrelation"),
    ("Anamnes", "Hustrun beskriver personlighetsförändring sedan två år: hämningslös, ekonomiska oegentligheter, ny förkärlek för sötsaker. Pat själv upplever inga problem."),
    ("Tidigare sjukdomar", "Diabetes typ 2. Whiplashskada 2005."),
    ("Hereditet", "Mamman insjuknade i demens runt 60 års ålder, exakt typ okänd."),
    ("Status", "MMSE 27/30. FAB 11/18. Nedsatt sjukdomsinsikt. Neurologstatus i övrigt ua."),
    ("Röntgen", "MR hjärna: Frontal och temporal atrofi, accentuerad höger."),
    ("Lab", "Likvor: Tau och fosfo-tau normala, beta-amyloid normalt. Neurofilament lätt förhöjt."),
    ("Bedömning", "Kliniken och MR-fynden talar för beteendevariant av frontotemporal demens enligt Rascovsky-kriterierna, probable. Genetisk utredning erbjuds med tanke på hereditet."),
    ("Planering", "Kontakt med demenssjuksköterska. Körkortsanmälan till Transportstyrelsen gjord. Återbesök minnesmottagningen 3 mån med genetisk vägledning."),
], template="Slutanteckning", unit="su_molndal_ger", author=("Cecilia Wahl", L), time="09-12 14:10", setting="öppenvård"),
    must=M("NL102"),
    why="Memory clinic summary: 'Sannolik frontotemporal demens' as the leading, unconfirmed diagnosis")

C("epikris-appendicit-misstankt-bekraftad-pad", "skane", 23, "m", N([
    ("Diagnoser", "K35.8 Akut appendicit, flegmonös\nZ98.8 Status post laparoskopisk appendektomi"),
    ("Anamnes", "Buksmärta periumbilikalt sedan 24 h, vandrat till höger fossa. Illamående, aptitlöshet. Inkom med misstänkt appendicit."),
    ("Status", "Temp 38,1. Ömhet och släppömhet över McBurneys punkt, positiv Rovsing."),
    ("Lab", "CRP 64, LPK 14,2. U-sticka neg."),
    ("Röntgen", "Ultraljud buk: Förtjockad, icke komprimerbar appendix, 9 mm."),
    ("Vårdförlopp", "Laparoskopisk appendektomi samma kväll, okomplicerat. PAD: Akut flegmonös appendicit utan perforation. Hemgång dag 1."),
    ("Bedömning", "Misstanken om appendicit bekräftades peroperativt och histologiskt. Okomplicerat förlopp."),
    ("Planering", "Sjukskrivning 1 v. Inga tunga lyft på 2 v. Ingen uppföljning planerad, hör av sig vid feber eller sårproblem."),
], unit="kri_kir", author=("Nils Persson", L), time="05-30 08:15"),
    must_not=M("NL102"),
    why="Surgical epikris: the suspected appendicitis was confirmed at operation and PAD")

C("epikris-sarkoidos-fragetecken-lista", "skane", 41, "k", N([
    ("Diagnoser", "L52.9 Erythema nodosum\nM13.9 Artrit i fotleder bilat\nR59.0 Hiluslymfadenopati bilat\nD86.9 Sarkoidos?"),
    ("Anamnes", "41-årig kvinna med smärtsamma röda knölar på underbenen och svullna fotleder sedan tre veckor. Torrhosta. Ingen feber."),
    ("Status", "Ömma, rodnade subkutana noduli på båda smalbenen. Svullna, varma fotleder. Pulm ua."),
    ("Lab", "SR 48, CRP 36. ACE 89 (förhöjt). S-Ca normalt. Quantiferon negativt."),
    ("Röntgen", "Lungröntgen och DT thorax: Symmetrisk bilateral hiluslymfadenopati, inga parenkymförändringar."),
    ("Bedömning", "Erythema nodosum, artrit och bilateral hiluslymfadenopati – Löfgrens syndrom. Lymfom ej helt uteslutet, därför EBUS med biopsi före definitiv diagnos."),
    ("Planering", "NSAID. EBUS bokad 14/3. Återbesök lungmottagningen med svar."),
], template="Läkaranteckning", unit="lund_lung", author=("Ida Forsberg", L), time="02-28 11:45", setting="öppenvård"),
    must=M("NL102"),
    why="'Sarkoidos?' in the Diagnoser list and 'Lymfom ej helt uteslutet' are visible open hypotheses")

C("epikris-lungemboli-avskriven-dt", "vgr", 37, "k", N([
    ("Diagnoser", "J20.9 Akut bronkit\nR06.0 Dyspné\nZ34.9 Graviditet v 22, normal"),
    ("Anamnes", "Gravid i vecka 22, tidigare frisk. Hosta och andfåddhet i en vecka, hugg i bröstet vid hosta. Inlagd för utredning av möjlig lungemboli."),
    ("Status", "Sat 97 %, AF 18, puls 96. Pulm: Spridda ronki. Inga tecken på DVT."),
    ("Lab", "CRP 22. D-dimer 0,9 (ej tolkbart under graviditet)."),
    ("Röntgen", "Lungskintigrafi (perfusion): Normal perfusion, lungemboli utesluten. Ultraljud benvener utan trombos."),
    ("Vårdförlopp", "LMH i profylaktisk dos tills skintigrafin var besvarad, därefter utsatt. Obstetriker har kontrollerat fosterljud, ua."),
    ("Bedömning", "Lungembolin avskrven med normal perfusionsskintigrafi. Symtomen förklaras av akut bronkit, viral genes."),
    ("Planering", "Hem idag. Ordinarie MVC-kontroller. Söker åter vid försämring."),
    ("Information", "Pat informerad om att det inte finns någon blodpropp i lungorna."),
], unit="su_lung", author=("Sofia Björk", L), time="12-04 17:25"),
    must_not=M("NL102", "NL101"),
    why="Possible pulmonary embolism settled by scintigraphy (typo 'avskrven'); remaining diagnoses firm")

C("epikris-leverpaverkan-misstankt-lakemedel", "vgr", 49, "k", N([
    ("Diagnoser", "K71.6 Toxisk leverskada, misstänkt läkemedelsutlöst (amoxicillin-klavulansyra)\nR17.9 Ikterus\nE66.0 Obesitas"),
    ("Anamnes", "Fick Spektramox för sinuit i tre veckor under februari. Två veckor senare klåda, mörk urin och gulfärgning av huden. Ingen alkohol, inga naturpreparat."),
    ("Status", "Ikterisk. Buk: Mjuk, lätt öm under höger arcus. Inga leverstigmata."),
    ("Lab", "Bilirubin 186, ALP 9,8, ALAT 3,2. PK 1,1. Hepatitserologi A–E negativ. Autoimmun leverserologi negativ. IgG normalt."),
    ("Röntgen", "Ultraljud lever och gallvägar: Inga vidgade gallvägar, ingen gallsten. MRCP ua."),
    ("Vårdförlopp", "Observerades fem dygn. Sjunkande bilirubin, ingen leversvikt. Ursodeoxicholsyra mot klådan."),
    ("Bedömning", "Kolestatisk leverskada med förlopp och tidssamband förenliga med läkemedelsreaktion på amoxicillin-klavulansyra, RUCAM 7 (sannolik). Autoimmun hepatit bedöms osannolik med normalt IgG."),
    ("Planering", "Leverprover varannan vecka på vårdcentralen tills normalisering. Biverkningsrapport till Läkemedelsverket skickad. Spektramox förs in som överkänslighet i läkemedelslistan."),
], unit="su_gast", author=("Tobias Holmgren", L), time="03-22 13:00"),
    must=M("NL102"),
    why="Hepatology epikris: drug-induced liver injury labelled 'misstänkt' and 'sannolik' in visible sections")

C("epikris-familj-hereditet-trolig-bortfiltreras-ej", "skane", 55, "k", N([
    ("Diagnoser", "I26.9 Lungemboli, bilateral, segmentell\nI80.2 Djup ventrombos vänster underben\nZ83.2 Ärftlighet för koagulationsrubbning"),
    ("Anamnes", "Insjuknade med andfåddhet tre veckor efter långflygning. Vänster vad svullen sedan en vecka."),
    ("Hereditet", "Mamman hade blodpropp i benet vid 40 års ålder, troligen pga APC-resistens men aldrig utrett. Morbror trolig lungemboli efter operation."),
    ("Status", "Sat 93 %, puls 104. Vänster vad 3 cm grövre än höger."),
    ("Lab", "TnT 18. NT-proBNP 420. Trombofiliutredning planeras efter avslutad behandling."),
    ("Röntgen", "DT-angio thorax: Segmentella embolier bilat, ingen högerkammarbelastning. Ultraljud: DVT i vänster v. poplitea."),
    ("Vårdförlopp", "Behandlades med dalteparin, överfördes till apixaban dag 2. Stabil hela vårdtiden."),
    ("Bedömning", "Provocerad lungemboli med DVT, låg risk (sPESI 0). Behovet av trombofiliutredning tas ställning till när antikoaguleringen avslutats."),
    ("Planering", "Apixaban i minst 3 mån. Återbesök koagulationsmottagningen för ställningstagande till trombofiliutredning."),
], unit="malmo_med", author=("Gustav Lindberg", L), time="04-16 15:05"),
    must_not=M("NL102"),
    why="Hedged diagnoses appear only in Hereditet about relatives; the patient's own diagnoses are confirmed")
# ---------------------------------------------------------------------------
# B. Epicrises where every suspicion raised during the stay was confirmed or
#    ruled out, or where the hedge is not about a diagnosis (NL102 must_not).
# ---------------------------------------------------------------------------
C("epikris-stroke-misstanke-bekraftad-mr", "vgr", 74, "k", N([
    ("Diagnoser", "I63.5 Cerebral infarkt, höger capsula interna (lakunär)\nI10.9 Hypertoni\nE78.5 Hyperlipidemi\nR26.8 Gångsvårighet"),
    ("Vårdtid", "2024-06-03 -- 2024-06-10, strokeenheten, Skaraborgs Sjukhus Skövde."),
    ("Anamnes", "Vaknade med svaghet i vänster arm och ben. Ambulansen larmade strokelarm med misstänkt stroke. Känd migrän med aura i yngre år."),
    ("Tidigare sjukdomar", "Hypertoni, dåligt inställd enligt hemblodtryck. Migrän, inga anfall senaste tio åren. Katarakt op bilat."),
    ("Socialt", "Gift, bor i lägenhet på bottenplan i Skövde. Pensionerad sjuksköterska. Aldrig rökt. Kör inte bil sedan några år."),
    ("Status", "NIHSS 5: Pares vänster arm 2, vänster ben 2, lätt dysartri. Ingen neglekt."),
    ("Röntgen", "DT hjärna akut: Ingen blödning. MR dag 2: Färsk lakunär infarkt i höger capsula interna. Karotisdoppler utan stenos."),
    ("Lab", "LDL 4,1. HbA1c 38. Holter 72 h utan förmaksflimmer."),
    ("Status vid utskrivning", "NIHSS 1 (lätt pares vänster hand). Går med rullator, säker. Talet nästan normalt. BT 138/82."),
    ("Körkort", "Kör inte bil och har inget körkort i dag, därför ingen anmälan aktuell."),
    ("Vårdförlopp", "Utanför trombolysfönster. Migränaura som förklaring till symtomen avfärdades då MR visade infarkt. Sedan dag 3 gång med rullator, vänster hand förbättrad."),
    ("Funktionsstatus", "Arbetsterapeut har bedömt ADL: självständig i toalettbesök och på- och avklädning av överkroppen, behöver hjälp med strumpor och dusch. Fysioterapeut har tränat gång och balans dagligen. Logoped: lätt dysartri utan sväljningssvårigheter, normal kost."),
    ("Läkemedel vid utskrivning", "Trombyl 75 mg x 1, Atorvastatin 80 mg x 1, Amlodipin 10 mg x 1, Enalapril 10 mg x 1. Alvedon vid behov."),
    ("Bedömning", "Lakunär infarkt, småkärlssjukdom vid långvarig hypertoni. Strokediagnosen verifierad med MR."),
    ("Planering", "Trombyl 75 mg, atorvastatin 80 mg, amlodipin höjt till 10 mg. Hemrehab via stroketeamet. Återbesök strokesköterska 3 mån."),
    ("Uppföljning", "Strokesköterska ringer efter 4 veckor. Blodtryck kontrolleras hos distriktssköterska om 2 veckor med mål under 130/80. Kopia av epikrisen skickas till Vårdcentralen Skövde. Informationsmaterial om sekundärprevention efter stroke medgivet."),
    ("Information", "Pat och make har informerats om stroken, riskfaktorerna och medicineringen."),
], unit="sks_stroke", author=("Pernilla Strand", L), time="06-10 14:35"),
    must_not=M("NL102", "NL101"),
    why="Suspected stroke confirmed on MR, migraine aura as alternative explicitly dismissed")

C("epikris-ulcusblodning-bekraftad-gastroskopi", "vgr", 69, "m", N([
    ("Diagnoser", "K25.0 Ventrikelulcus med akut blödning\nD62.9 Akut blödningsanemi\nB98.0 Helicobacter pylori-infektion\nM19.9 Artros, NSAID-behandlad"),
    ("Anamnes", "Svart avföring sedan två dygn, yrsel vid uppresning. Har ätit Ipren dagligen mot knävärk i flera månader."),
    ("Status", "Blek, kallsvettig. BT 96/60, puls 112. Melena vid rektalundersökning."),
    ("Lab", "Hb 78, urea 18,4. Ureas-test positivt på biopsi."),
    ("Vårdförlopp", "Gastroskopi inom 12 timmar: 15 mm ulcus i angulus med synligt kärl, Forrest IIa, som behandlades med adrenalin och clips. Inga nya blödningstecken. Tre enheter blod. Biopsier från ulcuskanten visar benign slemhinna."),
    ("Bedömning", "Misstänkt ulcusblödning bekräftades gastroskopiskt och åtgärdades. NSAID och H. pylori-infektion är orsakerna. Malignitet utesluten histologiskt."),
    ("Planering", "Eradikeringsbehandling 10 dagar, därefter omeprazol 40 mg x 1 i 8 veckor. Ipren sätts ut permanent, paracetamol istället. Kontrollgastroskopi ej nödvändig."),
], unit="nal_med", author=("Jonas Åberg", L), time="02-08 11:55"),
    must_not=M("NL102"),
    why="Suspected ulcer bleed confirmed at gastroscopy; malignancy ruled out by biopsy")

C("barn-invagination-avskriven-ultraljud", "skane", 2, "m", N([
    ("Diagnoser", "A08.4 Viral gastroenterit\nE86.9 Lätt dehydrering"),
    ("Anamnes", "2-årig pojke med kräkningar sedan igår och periodvis gråt med uppdragna ben. Föräldrarna oroliga för tarmvred. Vattentunna avföringar sedan i morse, ingen blodtillblandning."),
    ("Status", "Något trött men kontaktbar, gråter med tårar. Kapillär återfyllnad 2 s. Buk: Mjuk, ingen palpabel resistens."),
    ("Lab", "Blodgas ua, glukos 4,6. Ketoner 2,1."),
    ("Röntgen", "Ultraljud buk: Ingen invagination. Vätskefyllda tunntarmsslyngor, i övrigt normalt."),
    ("Vårdförlopp", "Vätska i nasogastrisk sond över natten. Inga fler kräkningar, dricker och kissar."),
    ("Bedömning", "Invagination avskriven med ultraljud. Viral gastroenterit med lätt uttorkning, nu rehydrerad."),
    ("Planering", "Hem. Vätskeersättning i små portioner. Åter vid blod i avföringen eller nya smärtattacker."),
    ("Information", "Föräldrarna informerade om fynden och fått skriftliga råd om vätska."),
], unit="lund_barn", author=("Elin Hedlund", L), time="01-14 09:40"),
    must_not=M("NL102", "NL101"),
    why="Paediatric note (guardian reads): intussusception worry settled by ultrasound")

C("epikris-kol-ev-hemsyrgas-icke-diagnos", "skane", 76, "k", N([
    ("Diagnoser", "J44.1 KOL-exacerbation, infektionsutlöst\nJ96.1 Kronisk respiratorisk insufficiens\nI27.2 Pulmonell hypertension sekundär till lungsjukdom\nM81.0 Osteoporos"),
    ("Anamnes", "Känd svår KOL, FEV1 32 % av förväntat. Tredje exacerbationen i år. Förkyld i en vecka, ökad sputummängd som är gulgrön."),
    ("Status", "Pratdyspné, AF 24. Pulm: Förlängt exspirium, spridda ronki. Sat 86 % på luft."),
    ("Lab", "Artärgas på luft: pO2 7,2, pCO2 6,4, pH 7,38. CRP 48."),
    ("Röntgen", "Lungröntgen: Emfysem, inga infiltrat."),
    ("Vårdförlopp", "Prednisolon 30 mg i fem dagar, doxycyklin, inhalationer. Syrgas 1 l/min med målsaturation 88–92 %. Förbättrades successivt."),
    ("Bedömning", "KOL-exacerbation, hävd. Kvarstående kronisk hypoxemi i vila."),
    ("Planering", "Ny artärgas på lungmottagningen om 6 veckor för ställningstagande till ev. hemsyrgas. Trol. behov av utökad hemtjänst, biståndshandläggare kontaktad. Pneumokockvaccin rekommenderas."),
], unit="hbg_med", author=("Anders Mårtensson", L), time="03-05 10:30"),
    must_not=M("NL102"),
    why="Hedges 'ev. hemsyrgas' and 'Trol. behov av hemtjänst' are about treatment and services, not diagnoses")

C("epikris-migran-tidigare-ms-misstanke-avskriven", "skane", 32, "k", N([
    ("Diagnoser", "G43.1 Migrän med aura\nG44.2 Spänningshuvudvärk"),
    ("Anamnes", "Inlagd pga ovanligt långdragen aura med synbortfall och stickningar i vänster hand, följt av svår huvudvärk."),
    ("Tidigare sjukdomar", "2019 utreddes för misstänkt MS efter en episod med dubbelseende. MR hjärna och ryggmärg samt likvor var normala och MS avskrevs. Migrän sedan tonåren."),
    ("Status", "Neurologstatus helt ua dagen efter inkomst."),
    ("Röntgen", "MR hjärna: Normal, inga demyeliniserande förändringar, ingen infarkt."),
    ("Vårdförlopp", "Symtomfri efter ett dygn. Ingen ny neurologisk händelse."),
    ("Bedömning", "Migrän med förlängd aura. Stroke och demyeliniserande sjukdom har uteslutits med normal MR."),
    ("Planering", "Profylax med propranolol. Triptaner undviks inte. P-piller med östrogen avråds pga aura, gynekolog informerad."),
], unit="lund_neuro", author=("Viktor Sandberg", L), time="10-02 16:20"),
    must_not=M("NL102"),
    why="Past suspicion of MS (Tidigare sjukdomar) was ruled out; current diagnoses confirmed")

C("epikris-divertikulit-ingen-misstanke-malignitet", "skane", 61, "k", N([
    ("Diagnoser", "K57.3 Divertikulit i sigmoideum, okomplicerad\nE03.9 Hypotyreos"),
    ("Anamnes", "Smärta i vänster fossa sedan tre dagar, feber 38,3. Tidigare två liknande episoder."),
    ("Status", "Öm vänster fossa, ingen defense. Temp 37,9."),
    ("Lab", "CRP 112, LPK 12,4."),
    ("Röntgen", "DT buk: Divertikulit i sigmoideum utan abscess eller fri gas. Ingen misstanke om malignitiet, koloskopi 2022 var utan anmärkning."),
    ("Vårdförlopp", "Observation utan antibiotika enligt gällande PM. Sjunkande CRP, äter normalt."),
    ("Bedömning", "Okomplicerad divertikulit. Inga tecken på tumör; ny koloskopi inte indicerad."),
    ("Planering", "Hem. Fiberrik kost när besvären lagt sig. Åter vid feber eller ökad smärta."),
], unit="malmo_kir", author=("Louise Falk", L), time="07-19 12:00"),
    must_not=M("NL102"),
    why="Only negated mentions of malignancy, one with typo 'malignitiet'")

C("epikris-takotsubo-bekraftad-mr-hjarta", "vgr", 67, "k", N([
    ("Diagnoser", "I51.8 Takotsubokardiomyopati\nI25.1 Koronarateroskleros utan signifikanta stenoser\nF43.0 Akut stressreaktion"),
    ("Kontaktorsak", "Akut bröstsmärta och andfåddhet, ambulans med STEMI-larm."),
    ("Vårdtid", "2024-08-22 -- 2024-08-28, hjärtintensivvårdsavdelningen och därefter kardiologavdelning 2."),
    ("Anamnes", "Kraftig bröstsmärta på maken begravningsdag. Inlagd med frågeställning STEMI."),
    ("Tidigare sjukdomar", "Hypotyreos. Osteopeni. Bröstcancer höger 2010, opererad och strålbehandlad, friskförklarad."),
    ("Läkemedel vid inkomst", "Levaxin 75 µg, Alendronat 70 mg en gång i veckan, Calcichew-D3."),
    ("Allergier", "Sulfa (hudutslag)."),
    ("Hereditet", "Ingen känd hjärtsjukdom i familjen."),
    ("Socialt", "Nybliven änka, bor i villa i Mölnlycke. Två vuxna döttrar som stöttar. Pensionerad ekonom."),
    ("Status", "Lätt påverkad, BT 105/70. Cor: Galopprytm. Pulm: Basala rassel."),
    ("Status vid utskrivning", "AT: Gott. BT 118/72, puls 64. Cor: RR, galopprytmen försvunnen. Pulm: Inga rassel. Inga ödem."),
    ("Lab", "TnT max 640. NT-proBNP 4 200."),
    ("Lab vid utskrivning", "TnT 84 och sjunkande. NT-proBNP 1 100. Krea 71, K 4,0."),
    ("Röntgen", "Akut angiografi: Inga signifikanta stenoser. Ventrikulografi med apikal ballongering. MR hjärta dag 4 utan ärrvävnad, typiskt ödem apikalt."),
    ("Vårdförlopp", "Hjärtsviktsbehandling med diuretika, betablockad och ACE-hämmare. Ingen arytmi. Ekokardiografi före hemgång med förbättrad EF från 30 till 45 %."),
    ("Samtal", "Sjukhusprästen och kurator har träffat pat under vårdtiden. Hon har gett uttryck för stark sorg men inga tankar på att ta sitt liv. Döttrarna turas om att bo hos henne de första veckorna."),
    ("Bedömning", "STEMI avfärdades vid angiografin. Takotsubokardiomyopati, fastställd med MR hjärta, utlöst av akut sorg."),
    ("Planering", "Ny ekokardiografi om 3 mån. Kuratorskontakt erbjuden och accepterad. Sjukskrivning 4 v."),
    ("Läkemedel vid utskrivning", "Metoprolol depot 50 mg x 1, Ramipril 5 mg x 1, Levaxin 75 µg oförändrat. Furosemid utsatt dag 4. Trombyl och statin ej indicerade med normala kranskärl."),
    ("Information", "Pat informerad om diagnosen och god prognos."),
    ("Uppföljning", "Kopia till Vårdcentralen Mölnlycke. Sjuksköterska på hjärtmottagningen ringer efter en vecka. Hon vet att hon ska söka akut vid ny bröstsmärta, svimning eller tilltagande andfåddhet."),
], unit="su_kard", author=("Henrik Lundgren", L), time="08-28 15:45"),
    must_not=M("NL102", "NL101"),
    why="STEMI suspicion dismissed at angiography, takotsubo established by MR")

C("epikris-pankreatit-gallsten-alkohol-avfard", "vgr", 48, "k", N([
    ("Diagnoser", "K85.1 Akut gallstenspankreatit, lindrig\nK80.2 Gallblåsesten utan kolecystit"),
    ("Anamnes", "Akut insjuknande med bältesformad smärta i övre buken efter en festmåltid. Vid inkomst frågades efter alkoholgenes då pat dricker vin varje helg."),
    ("Tidigare sjukdomar", "Två graviditeter, sectio 2008. Hypotyreos. Tidigare gallstensanfall 2022 som inte utreddes vidare."),
    ("Socialt", "Gift, bor i Skövde, arbetar som undersköterska. Dricker två till tre glas vin på lördagar, aldrig under veckan."),
    ("Läkemedel", "Levaxin 100 µg."),
    ("Status", "Öm epigastriellt, ingen peritonit. Temp 37,6."),
    ("Lab", "Amylas 2 400, ALAT 4,1 som normaliserades dag 3. CDT och PEth normala."),
    ("Röntgen", "Ultraljud: Multipla gallstenar, ingen gallgångsvidgning. MRCP: Inga koledokusstenar."),
    ("Vårdförlopp", "Smärtlindring, dropp och tidig peroral nutrition. Snabb förbättring."),
    ("Bedömning", "Lindrig akut pankreatit av gallstensgenes. Alkoholgenes bedöms inte föreligga med normalt PEth och kort alkoholanamnes."),
    ("Planering", "Kolecystektomi under samma vårdtillfälle enligt riktlinjer, bokad 4/4. Fettsnål kost tills dess."),
    ("Information", "Pat informerad om att bukspottkörtelinflammationen orsakats av gallsten och om planen att operera bort gallblåsan under samma vårdtillfälle."),
], unit="sks_kir", author=("Rickard Blom", L), time="04-01 09:25"),
    must_not=M("NL102"),
    why="Alcoholic aetiology raised on admission and rejected; gallstone pancreatitis confirmed by imaging")

C("epikris-covid-misstanke-negativ-pcr", "vgr", 81, "m", N([
    ("Diagnoser", "J15.9 Bakteriell pneumoni, vänster underlob\nI50.9 Hjärtsvikt, känd, stabil\nZ99.1 Långtidsbehandling med CPAP"),
    ("Anamnes", "Boende på särskilt boende med utbrott av covid-19 på avdelningen. Feber och hosta i två dygn."),
    ("Status", "Temp 38,6, sat 91 %. Pulm: Rassel basalt vänster. Lätta underbensödem."),
    ("Lab", "CRP 156. PCR för SARS-CoV-2, influensa A/B och RS-virus negativa vid två tillfällen. Pneumokockantigen i urin positivt."),
    ("Röntgen", "Lungröntgen: Infiltrat vänster underlob."),
    ("Vårdförlopp", "Vårdades initialt isolerad under misstanke om covid-19. Misstanken släpptes efter två negativa PCR. Bensylpenicillin iv, därefter fenoximetylpenicillin per os."),
    ("Bedömning", "Pneumokockpneumoni. Covid-19 uteslutet."),
    ("Planering", "Åter till boendet idag. PcV t.o.m. 18/1. Sjuksköterska på boendet följer temp och andning."),
], unit="udd_med", author=("Lena Gustafsson", L), time="01-11 11:10", draft=True),
    must_not=M("NL102"),
    why="Isolation under suspected covid-19 ended after negative PCR; pneumonia confirmed")
# ---------------------------------------------------------------------------
# C. Admission notes (Inskrivningsanteckning).
# ---------------------------------------------------------------------------
C("inskr-synkope-mojlig-tia-eller-arytmi", "vgr", 72, "m", N([
    ("Kontaktorsak", "Kortvarig medvetslöshet i affären."),
    ("Anamnes", "72-årig man som i kassakön plötsligt föll ihop utan förvarning, medvetslös ca 30 sekunder enligt hustrun. Ingen kramp, ingen tungbett, ingen urinavgång. Efteråt övergående ordletningssvårigheter i ca tio minuter."),
    ("Tidigare sjukdomar", "AV-block I sedan 2021. Hypertoni. Prostatacancer strålbehandlad 2018, PSA omätbart sedan dess."),
    ("Läkemedel", "Bisoprolol 5 mg, amlodipin 5 mg, Trombyl 75 mg."),
    ("Status", "AT: Opåverkad, orienterad. Cor: RR, 52/min, inga blåsljud. Neurologstatus: Ua, inga pareser, talet normalt. Sår på vänster ögonbryn efter fallet."),
    ("Lab", "Hb 141, Na 139, K 4,2, TnT 14, glukos 6,1."),
    ("Röntgen", "EKG: Sinusbradykardi 52, PQ 280 ms, bredd QRS 128 ms (vänstergrenblock, nytt). DT hjärna: Ingen blödning."),
    ("Bedömning", "Synkope hos man med progredierande retledningsstörning. Trol. arytmiutlöst, intermittent AV-block III? Den övergående afasin gör att möjlig TIA också måste beaktas."),
    ("Planering", "Telemetri. Bisoprolol pausas. Ekokardiografi och MR hjärna imorgon. Sutur av ögonbrynet gjord på akuten."),
], template="Inskrivningsanteckning", unit="kungalv_med", author=("Fredrik Dahl", L), time="09-04 19:30"),
    must=M("NL102"),
    why="Admission note: suspected AV block III and 'möjlig TIA' are both open hypotheses in Bedömning")

C("inskr-buksmarta-dd-kolecystit-pankreatit", "skane", 57, "k", N([
    ("Kontaktorsak", "Buksmärta övre buken."),
    ("Anamnes", "Smärta under höger revbensbåge sedan igår kväll efter middag, strålar mot höger skulderblad. Kräkts tre gånger. Tidigare liknande men kortare attacker. Alkohol: ett glas vin i veckan."),
    ("Tidigare sjukdomar", "Obesitas, BMI 36. Sectio x 2. Astma, lindrig."),
    ("Status", "Temp 38,2. Buk: Murphys tecken positivt, ingen defense. Lätt ikterus i sclerae?"),
    ("Lab", "CRP 96, LPK 13,9, bilirubin 38, ALAT 2,1, ALP 3,0, amylas 1,1."),
    ("Bedömning", "Övre buksmärta med feber. Misstänkt akut kolecystit, DD koledokussten med begynnande kolangit givet stigande bilirubin. Pankreatit osannolik med normalt amylas."),
    ("Planering", "Inläggning kir avd 11. Fasta, dropp. Piperacillin-tazobaktam. Ultraljud buk imorgon bitti, ev. MRCP beroende på gallgångarna."),
], template="Inskrivningsanteckning", unit="kri_kir", author=("Nils Persson", L), time="06-02 23:15", draft=True),
    must=M("NL102"),
    why="Admission note with 'Misstänkt akut kolecystit, DD koledokussten' in Bedömning")

C("inskr-forvirring-alla-hypoteser-avklarade-samma-dygn", "skane", 88, "k", N([
    ("Kontaktorsak", "Akut förvirring."),
    ("Anamnes", "Hemtjänsten fann henne förvirrad i morse, pratar osammanhängande. Normalt klar och orienterad, sköter sina egna mediciner. Enligt dottern har hon druckit dåligt i värmen."),
    ("Tidigare sjukdomar", "Hypertoni, hypotyreos, höftplastik höger 2015."),
    ("Läkemedel", "Hydroklortiazid 25 mg, Levaxin 75 µg, Alvedon vb."),
    ("Status", "Desorienterad till tid och rum. Inga fokala neurologiska bortfall. Torra slemhinnor. Temp 36,8. Ingen nackstelhet."),
    ("Lab", "Na 118, K 3,2, krea 104, glukos 7,0. CRP 4. TSH 2,1. U-sticka ua."),
    ("Röntgen", "DT hjärna: Ingen blödning, ingen infarkt."),
    ("Bedömning", "Förvirring orsakad av svår hyponatremi, tiazidutlöst i kombination med lågt vätskeintag. Stroke, infektion och hypotyreos som orsak har uteslutits på akuten."),
    ("Planering", "Hydroklortiazid sätts ut. Försiktig korrektion, högst 8 mmol/L första dygnet, Na-kontroll var 4:e timme. Vätskelista."),
], template="Inskrivningsanteckning", unit="malmo_med", author=("Amanda Sjögren", L), time="07-23 11:40"),
    must_not=M("NL102"),
    why="Admission note: stroke, infection and hypothyroidism ruled out the same day; hyponatremia firm")

C("inskr-hosta-viktnedgang-misstankt-tbc", "vgr", 31, "m", N([
    ("Kontaktorsak", "Hosta, nattliga svettningar och viktnedgång."),
    ("Anamnes", "31-årig man, kom till Sverige från Somalia 2019. Hosta i två månader, periodvis blodstrimmigt slem. Nattsvettas, har gått ner 8 kg. Bor med fru och två barn i tvårumslägenhet."),
    ("Tidigare sjukdomar", "Inga kända. Ingen tidigare tbc-behandling."),
    ("Status", "Mager, BMI 18,9. Temp 38,0. Pulm: Krepitationer apikalt höger. Förstorad lymfkörtel vänster supraklavikulärt."),
    ("Lab", "CRP 58, SR 64, Hb 112. HIV-test tagen. Quantiferon positivt."),
    ("Röntgen", "Lungröntgen: Kaverniserande infiltrat i höger ovanlob."),
    ("Bedömning", "Klinik och röntgen inger stark misstanke om lungtuberkulos med kavitet. Differentialdiagnos nekrotiserande pneumoni."),
    ("Planering", "Luftburen isolering i undertryckssal. Inducerade sputa x3 för mikroskopi, PCR och odling. Behandling startas vid positiv mikroskopi eller PCR. Smittspårning förbereds."),
    ("Information", "Pat informerad via tolk (somaliska) om isoleringen och om varför vi undersöker för tuberkulos."),
], template="Inskrivningsanteckning", unit="su_inf", author=("Karl Eriksson", L), time="11-18 16:50", draft=True),
    must=M("NL102"),
    why="Admission note: 'stark misstanke om lungtuberkulos' and differentialdiagnos in Bedömning")

C("inskr-barn-feber-kawasaki-kan-ej-uteslutas", "vgr", 4, "k", N([
    ("Kontaktorsak", "Feber i fem dagar."),
    ("Anamnes", "4-årig flicka med feber upp mot 40 sedan fem dagar trots Alvedon. Röda ögon sedan igår, spruckna läppar. Utslag på bålen som kommer och går. Ingen syskon sjuka."),
    ("Tidigare sjukdomar", "Frisk. Vaccinerad enligt barnvaccinationsprogrammet."),
    ("Status", "Feberpåverkad, gnällig. Bilateral konjunktival injektion utan sekret. Röda, spruckna läppar, jordgubbstunga. Makulöst exantem på bålen. Svullna handryggar. Lymfkörtel 2 cm vänster hals."),
    ("Lab", "CRP 142, SR 88, LPK 18,3, Tpk 498, albumin 29. ALAT 1,6. U-sticka: Leukocyter 1+."),
    ("Bedömning", "Långdragen feber med fyra av fem huvudkriterier. Kawasakis sjukdom kan ej uteslutas och är huvudhypotesen. DD scharlakansfeber, adenovirus."),
    ("Planering", "Ekokardiografi imorgon. Strep A-snabbtest och svalgodling. Barnkardiolog kontaktad. Immunglobulin iv diskuteras efter eko."),
    ("Information", "Mamma och pappa informerade om misstanken och den fortsatta utredningen."),
], template="Inskrivningsanteckning", unit="dsbus", author=("Hedvig Lindahl", L), time="03-09 18:25", draft=True),
    must=M("NL102"), must_not=M("NL101"),
    why="Paediatric admission note (guardians read it): Kawasaki 'kan ej uteslutas', DD scarlet fever")

C("inskr-huvudvark-sah-utesluten", "skane", 45, "k", N([
    ("Kontaktorsak", "Plötslig kraftig huvudvärk."),
    ("Anamnes", "Åskknallshuvudvärk under träningspass igår, max intensitet inom en minut. Illamående, ingen medvetslöshet. Aldrig haft liknande."),
    ("Status", "Opåverkad, lätt ljuskänslig. Nacken mjuk. Neurologstatus ua."),
    ("Röntgen", "DT hjärna inom 6 h: Ingen blödning. DT-angio: Inga aneurysm, ingen dissektion, inga tecken på reversibel vasokonstriktion."),
    ("Lab", "Likvor efter 12 h: Inga erytrocyter, ingen xantokromi."),
    ("Bedömning", "Subaraknoidalblödning är utesluten med normal DT, DT-angio och likvor. Ansträngningsutlöst primär huvudvärk."),
    ("Planering", "Hem. Undvika tung träning någon vecka. Vid återkommande åskknallshuvudvärk ny akut bedömning för ställningstagande till RCVS-utredning."),
], template="Akutanteckning", unit="malmo_akut", author=("Jakob Wennberg", L), time="05-06 02:20", setting="akutmottagning"),
    must_not=M("NL102"),
    why="Thunderclap headache: SAH explicitly excluded with DT, angio and lumbar puncture")

C("inskr-ssk-omvardnad-inga-tecken-trycksar", "skane", 86, "m", N([
    ("Omvårdnadsanamnes", "Inkommer från korttidsboende för försämrat allmäntillstånd. Bor i vanliga fall med hustrun, hemtjänst en gång om dagen."),
    ("Kommunikation", "Hör dåligt på vänster öra, hörapparat medtagen. Svarar adekvat."),
    ("Nutrition", "Minskad aptit senaste veckan, äter halva portioner. MNA-SF 9 poäng, risk för undernäring. Ev. behov av näringsdrycker, dietist kontaktas om intaget inte ökar."),
    ("Elimination", "Urinkateter sedan tidigare, bytt 3/6. Avföring senast igår."),
    ("Hud", "Huden hel. Inga tecken på trycksår vid inspektion av sacrum och hälar. Risk för trycksår enligt Norton, 17 poäng."),
    ("Aktivitet", "Förflyttar sig med rollator och en persons hjälp."),
    ("Sömn", "Sover oroligt, trol. pga ovan miljö."),
    ("Planering", "Vändschema nattetid. Vätske- och kostlista. Vikt 2 ggr/vecka."),
], template="Omvårdnadsanteckning", unit="hbg_ger", author=("Lisa Karlsson", S), time="06-12 14:30"),
    must_not=M("NL102"),
    why="Nurse admission: 'ev. behov av näringsdrycker', 'trol. pga ovan miljö' and negated pressure ulcer are not hedged diagnoses")

C("inskr-anemi-typo-missankt-koloncancer", "skane", 74, "m", N([
    ("Kontaktorsak", "Trötthet, Hb 74 på vårdcentralen."),
    ("Anamnes", "Tilltagande trötthet och andfåddhet i tre månader. Ändrade avföringsvanor med omväxlande diarré och förstoppning. Ingen synlig blödning."),
    ("Tidigare sjukdomar", "Förmaksflimmer, Eliquis. Typ 2-diabetes. TURP 2020."),
    ("Status", "Blek. Buk: Mjuk, diffus resistens i höger fossa? PR: Ingen palpabel tumör, brun avföring, F-Hb positivt."),
    ("Lab", "Hb 74, MCV 68, ferritin 5. CRP 18. Krea 90."),
    ("Bedömning", "Järnbristanemi hos äldre man med ändrade avföringsvanor. Missänkt högersidig koloncancer, SVF tjock- och ändtarmscancer startas."),
    ("Planering", "Transfusion 2 enheter. DT kolon imorgon, koloskopi via SVF. Eliquis pausas inför koloskopin efter samråd med kardiolog."),
], template="Inskrivningsanteckning", unit="kri_med", author=("Petra Nilsson", L), time="02-21 15:10"),
    must=M("NL102"),
    why="Admission note with realistic typo 'Missänkt' koloncancer in Bedömning")

C("inskr-yrsel-susp-vestibularisneurit-dd-infarkt", "vgr", 59, "k", N([
    ("Kontaktorsak", "Yrsel och kräkningar."),
    ("Anamnes", "Akut debut av rotatorisk yrsel i morse vid uppvaknandet, kan inte gå utan stöd. Förkylning förra veckan. Ingen hörselnedsättning, ingen huvudvärk."),
    ("Tidigare sjukdomar", "Hypertoni, hyperlipidemi, rökare."),
    ("Status", "Horisontell nystagmus åt höger, ökar vid blick åt höger. Head impulse test positivt åt vänster. Ingen skew deviation. Kan inte stå med fötterna ihop."),
    ("Röntgen", "DT hjärna med angio: Ingen blödning, kärlen öppetstående."),
    ("Bedömning", "HINTS-fynd talar för perifer genes. Susp. vestibularisneurit vänster. Med tanke på riskfaktorerna kan cerebellär infarkt inte helt uteslutas förrän MR är gjord."),
    ("Planering", "MR hjärna med diffusion imorgon. Primperan vb. Mobilisering med fysioterapeut."),
], template="Inskrivningsanteckning", unit="nal_med", author=("Jonas Åberg", L), time="10-10 13:05"),
    must=M("NL102"),
    why="'Susp. vestibularisneurit' and cerebellar infarct 'inte helt uteslutas' open in Bedömning")

C("inskr-ryggvark-cauda-equina-utesluten", "skane", 39, "m", N([
    ("Kontaktorsak", "Ryggvärk med utstrålning i vänster ben."),
    ("Anamnes", "Lyfte en tvättmaskin i helgen, därefter kraftig ländryggssmärta med utstrålning baktill i vänster ben ner till foten. Remitterad från vårdcentral för att utesluta cauda equina-syndrom pga upplevd svårighet att kissa."),
    ("Status", "Lasègue positivt vänster vid 30 grader. Nedsatt akillesreflex vänster. Sensibilitet i sadelområdet normal. Normal analsfinktertonus. Resurin 60 ml."),
    ("Röntgen", "MR ländrygg akut: Diskbråck L5–S1 vänster med påverkan på S1-roten. Ingen kompression av cauda equina."),
    ("Bedömning", "Lumbago-ischias vänster S1 orsakad av diskbråck L5–S1. Cauda equina-syndrom föreligger inte."),
    ("Planering", "Smärtlindring, fysioterapi. Remiss ryggkirurg om inte bättre inom 8 veckor. Informerad om varningstecken och att söka akut vid nytillkomna blåsbesvär."),
], template="Akutanteckning", unit="tre_ort", author=("Hanna Lund", L), time="08-26 21:35", setting="akutmottagning"),
    must_not=M("NL102"),
    why="Referral question of cauda equina answered negatively by MR and status")

C("inskr-forsta-anfall-mojlig-epilepsi-typo", "vgr", 27, "m", N([
    ("Kontaktorsak", "Krampanfall."),
    ("Anamnes", "Kollega såg honom falla ihop på jobbet med generaliserade ryckningar ca två minuter, därefter förvirrad en halvtimme. Bett sig i tungan. Sovit dåligt hela veckan inför tentamen. Ingen alkohol eller droger enligt honom själv."),
    ("Tidigare sjukdomar", "Feberkramper som barn."),
    ("Status", "Vaken, orienterad. Laterala tungbett. Neurologstatus ua."),
    ("Lab", "CK 480, laktat normaliserat. Alkohol neg. Drogscreening negativ."),
    ("Röntgen", "DT hjärna: Normal."),
    ("Bedömning", "Första generaliserade tonisk-kloniska anfall, provocerat av sömnbrist. Möjlig epelepsi, vilket ska bedömas efter EEG och MR."),
    ("Planering", "EEG och MR hjärna polikliniskt. Körförbud, informerad muntligt och skriftligt. Återbesök neurologmottagningen om 4 veckor."),
], template="Inskrivningsanteckning", unit="su_neuro", author=("Mattias Ekström", L), time="01-29 17:45"),
    must=M("NL102"),
    why="Typo 'epelepsi' in 'Möjlig epelepsi' — hedged diagnosis still visible")
# ---------------------------------------------------------------------------
# D. Referral answers (Remissvar) and consultation notes.
# ---------------------------------------------------------------------------
C("remissvar-hud-misstankt-melanom", "skane", 52, "m", N([
    ("Frågeställning", "Växande pigmentförändring på ryggen, bedömning?"),
    ("Anamnes", "Pigmenterad förändring mellan skulderbladen som enligt frun vuxit och blivit mörkare sedan i våras. Kliar ibland. Mycket sol i ungdomen, flera brännskador."),
    ("Tidigare sjukdomar", "Basalcellscancer på näsan excideras 2020. Hypertoni."),
    ("Hereditet", "Far hade malignt melanom."),
    ("Status", "Rygg: 11 x 8 mm asymmetrisk pigmentförändring med oregelbunden kant och flera färger (brunt, svart, blågrått). Dermatoskopi: Atypiskt nätverk, regressionsstrukturer, blåvitt slöja. Övriga nevi ua. Inga palpabla körtlar i axiller."),
    ("Bedömning", "Dermatoskopiskt misstänkt malignt melanom på ryggen. Diagnostisk excision med 2 mm marginal görs på hudkliniken."),
    ("Åtgärd", "Excision bokad 24/4 i lokalbedövning. SVF malignt melanom startat."),
    ("Information", "Pat informerad om att förändringen ser misstänkt ut och att vävnadsprov avgör."),
], template="Remissvar", unit="lund_hud", author=("Moa Andersson", L), time="04-12 10:50", setting="öppenvård"),
    must=M("NL102"), must_not=M("NL101"),
    why="Referral answer: 'misstänkt malignt melanom' before excision; patient told of the suspicion")

C("remissvar-urologi-psa-misstankt-prostatacancer", "vgr", 64, "m", N([
    ("Frågeställning", "PSA 14, prostatacancer?"),
    ("Anamnes", "64-årig man, PSA 6,2 för ett år sedan, nu 14. Lätta vattenkastningsbesvär, nykturi x 2. Inga skelettsmärtor."),
    ("Tidigare sjukdomar", "Hjärtinfarkt 2017, PCI. Diabetes typ 2."),
    ("Status", "PR: Förstorad prostata, fast knöl i vänster lob, avgränsbar."),
    ("Röntgen", "MR prostata: PI-RADS 5-förändring 16 mm i vänster perifera zon, inga tecken på kapselgenombrott."),
    ("Bedömning", "Kliniskt och radiologiskt misstänkt prostatacancer, lokaliserad. Riktade biopsier planeras."),
    ("Åtgärd", "Transperineala MR-riktade biopsier 2/10. Antibiotikaprofylax enligt lokalt PM. Trombyl behöver inte sättas ut."),
], template="Remissvar", unit="nal_urol", author=("Per-Olof Kron", L), time="09-18 08:40", draft=True, setting="öppenvård"),
    must=M("NL102"),
    why="Urology referral answer: 'misstänkt prostatacancer' pending biopsy")

C("remissvar-reum-pmr-dd-jattecellsarterit", "skane", 73, "k", N([
    ("Frågeställning", "Värk i axlar och höfter, högt SR. PMR?"),
    ("Anamnes", "Stelhet och värk i skulderpartiet och höfterna sedan 6 veckor, värst på morgonen i över en timme. Svårt att kamma håret. Sedan en vecka huvudvärk vid höger tinning och tuggsmärta."),
    ("Status", "Nedsatt aktiv rörlighet i axlarna pga smärta, passivt bättre. Höger a. temporalis förtjockad och öm, svag puls. Synfält ua."),
    ("Lab", "SR 86, CRP 64. Hb 114. Reumatoid faktor och anti-CCP negativa."),
    ("Bedömning", "Polymyalgia reumatika. Pga temporal huvudvärk och tuggclaudicatio misstänkt samtidig jättecellsarterit, som behöver bekräftas med ultraljud och ev. biopsi."),
    ("Åtgärd", "Prednisolon 40 mg startas idag pga risk för synpåverkan. Ultraljud temporalisartärer imorgon. Kalk och D-vitamin. Bentäthetsmätning."),
], template="Remissvar", unit="lund_reum", author=("Sven Håkansson", L), time="11-25 15:20", setting="öppenvård"),
    must=M("NL102"),
    why="Rheumatology referral answer: PMR settled, suspected giant cell arteritis still a hypothesis")

C("remissvar-kardiologi-inga-hallpunkter-ischemi", "vgr", 58, "k", N([
    ("Frågeställning", "Ansträngningsutlöst bröstsmärta, angina pectoris?"),
    ("Anamnes", "58-årig kvinna med tryck i bröstet vid promenad i uppförsbacke sedan i vintras. Ingen smärta i vila. Rökfri sedan 10 år."),
    ("Tidigare sjukdomar", "Hypertoni. Gastroesofageal reflux, Omeprazol."),
    ("Hereditet", "Två bröder med kranskärlssjukdom före 55 års ålder."),
    ("Status", "BT 138/84. Cor: RR, inga blåsljud. EKG normalt."),
    ("Röntgen", "DT kranskärl: Calciumscore 0. Inga plack, inga stenoser."),
    ("Bedömning", "Inga hållpunkter för kranskärlssjukdom. Angina pectoris avskrivs. Symtomen kan härröra från reflux eller vara muskuloskeletala, vilket följs upp på vårdcentralen."),
    ("Åtgärd", "Ingen ytterligare kardiologisk utredning. Åter till remittent."),
], template="Remissvar", unit="su_kard", author=("Henrik Lundgren", L), time="02-15 13:10", setting="öppenvård"),
    must_not=M("NL102"),
    why="Referral question angina answered 'avskrivs' with normal CT; hereditary coronary disease is family history")

C("remissvar-gastro-ibd-utesluten-ibs", "skane", 26, "k", N([
    ("Frågeställning", "Diarré och buksmärta sedan ett år. IBD?"),
    ("Anamnes", "Lösa avföringar 3–5 ggr/dag med smärta som lindras vid tarmtömning, växlar med perioder av förstoppning. Inga nattliga symtom, ingen viktnedgång, inget blod."),
    ("Lab", "F-kalprotektin 18 vid två tillfällen. Transglutaminas negativt. Hb, CRP, TSH normala."),
    ("Röntgen", "Ileokoloskopi 4/3: Makroskopiskt och mikroskopiskt normal slemhinna, även i terminala ileum. Mikroskopisk kolit utesluten."),
    ("Bedömning", "Inflammatorisk tarmsjukdom och celiaki är uteslutna. Symtombilden uppfyller Rom IV-kriterierna för IBS med blandad avföring."),
    ("Åtgärd", "Information om IBS. Remiss till dietist för FODMAP-genomgång. Åter till vårdcentralen."),
], template="Remissvar", unit="malmo_gast", author=("Klara Mattsson", L), time="03-18 09:55", draft=True, setting="öppenvård"),
    must_not=M("NL102"),
    why="IBD, celiac disease and microscopic colitis excluded; IBS is a positive, firm diagnosis")

C("remissvar-neuro-ms-faststalld-informerad", "skane", 30, "k", N([
    ("Frågeställning", "Utredning efter genomgången optikusneurit."),
    ("Anamnes", "Synnedsättning höger öga med smärta vid ögonrörelser i januari, gick i regress på 6 veckor. Har haft domningar i benen i två veckor 2021 som gick över spontant."),
    ("Status", "Blek papill höger. RAPD höger. Övrigt neurologstatus ua."),
    ("Röntgen", "MR hjärna och halsrygg: Multipla periventrikulära och juxtakortikala lesioner, en kontrastuppladdande. Lesion C4."),
    ("Lab", "Likvor: Oligoklonala band positiva, IgG-index förhöjt."),
    ("Bedömning", "Skovvis förlöpande multipel skleros, diagnosen fastställd enligt McDonald-kriterierna 2017 med spridning i tid och rum."),
    ("Åtgärd", "Behandling med rituximab planeras efter JCV- och hepatitserologi. MS-sjuksköterska kontaktar pat."),
    ("Information", "Diagnosbesked lämnat vid besöket idag, maken med. Pat tog emot beskedet lugnt och fick skriftlig information."),
], template="Remissvar", unit="lund_neuro", author=("Viktor Sandberg", L), time="03-26 14:00", setting="öppenvård"),
    must_not=M("NL102", "NL101"),
    why="MS diagnosis fixed by McDonald criteria and communicated the same day")

C("remissvar-fysio-misstankt-rotatorkuffruptur", "vgr", 62, "m", N([
    ("Frågeställning", "Axelsmärta höger efter fall, bedömning och behandling."),
    ("Anamnes", "Halkade på isen i januari och tog emot sig med höger arm. Sedan dess smärta och svaghet vid lyft över axelhöjd. Nattvärk."),
    ("Status", "Aktiv abduktion 80°, passivt full rörlighet. Dropparmtest positivt. Nedsatt styrka i utåtrotation, lag sign positivt. Jobe positivt."),
    ("Bedömning", "Fynden talar för en traumatisk rotatorkuffruptur i supraspinatus, ev. även infraspinatus. Misstänkt kuffruptur bör verifieras med ultraljud innan ställningstagande till operation."),
    ("Åtgärd", "Kontaktat ortoped som beställer ultraljud. Instruerat i smärtlindrande pendelövningar."),
], template="Fysioterapeutanteckning", unit="sks_ort", author=("Emma Lundin", "fysioterapeut"), time="02-06 10:15", setting="öppenvård"),
    must=M("NL102"),
    why="Physiotherapist note: 'Misstänkt kuffruptur' awaiting ultrasound is a visible hypothesis")

C("remissvar-lung-astma-bekraftad-ev-biologiskt", "vgr", 44, "m", N([
    ("Frågeställning", "Astma med täta exacerbationer trots behandling, optimering."),
    ("Anamnes", "Astma sedan barndomen. Två kortisonkurer senaste året trots inhalationsbehandling med hög dos. Följsamhet god enligt apoteksuttag."),
    ("Status", "Pulm: Lätta ronki vid forcerad utandning."),
    ("Lab", "Eosinofiler 0,6. FeNO 68 ppb. Total-IgE 340. Allergitest positivt för kvalster."),
    ("Röntgen", "Spirometri: FEV1 68 % av förväntat med reversibilitet 18 % efter bronkdilatation."),
    ("Bedömning", "Svår eosinofil astma, diagnosen bekräftad med reversibilitet och förhöjda typ 2-markörer. Behandlingen behöver optimeras."),
    ("Åtgärd", "Tillägg av tiotropium. Utvärdering om 3 mån, därefter ev. biologiskt läkemedel. Kvalstersanering i sovrummet rekommenderas."),
], template="Remissvar", unit="su_lung", author=("Sofia Björk", L), time="05-22 11:30", setting="öppenvård"),
    must_not=M("NL102"),
    why="Severe asthma confirmed; 'ev. biologiskt läkemedel' hedges a treatment, not a diagnosis")

C("remissvar-endokrin-ev-feokromocytom", "skane", 47, "k", N([
    ("Frågeställning", "Svårbehandlad hypertoni med attacker av hjärtklappning."),
    ("Anamnes", "Attacker med hjärtklappning, huvudvärk och svettningar ett par gånger i veckan sedan ett halvår. Blodtryck upp till 210/120 vid attacker. Tre blodtrycksläkemedel."),
    ("Status", "BT 168/102. Puls 92. Blek under undersökningen."),
    ("Lab", "P-metoxikatekolaminer: Normetanefrin 4 gånger över referens. Kalium normalt. Aldosteron/renin-kvot normal."),
    ("Röntgen", "DT binjurar: 3,4 cm förändring vänster binjure med hög attenuering."),
    ("Bedömning", "Hypertoni med paroxysmala attacker, kraftigt förhöjda metoxikatekolaminer och binjuretumör. Ev. feokromocytom – funktionell avbildning behövs innan diagnosen kan ställas."),
    ("Åtgärd", "Doxazosin startas. PET-DT med 68Ga-DOTATATE beställd. Diskuteras på endokrinkirurgisk konferens."),
], template="Remissvar", unit="malmo_endo", author=("Johan Friberg", L), time="06-04 16:10", setting="öppenvård"),
    must=M("NL102"),
    why="Endocrine referral answer: 'Ev. feokromocytom' before functional imaging")

C("remissvar-endo-graves-bekraftad", "vgr", 38, "k", N([
    ("Frågeställning", "Hypertyreos, utredning och behandling."),
    ("Anamnes", "Hjärtklappning, viktnedgång 5 kg och värmeintolerans sedan 2 mån. Skavkänsla i ögonen."),
    ("Status", "Diffust förstorad, mjuk tyreoidea med kärlbrus. Lätt ögonlocksretraktion, ingen diplopi. Fin tremor."),
    ("Lab", "TSH <0,01, fritt T4 52, fritt T3 18. TRAK 12 (positivt)."),
    ("Röntgen", "Tyreoideaskintigrafi: Diffust ökat upptag."),
    ("Bedömning", "Graves sjukdom, bekräftad med positiva TRAK och skintigrafi. Lätt endokrin oftalmopati."),
    ("Åtgärd", "Tiamazol 30 mg och propranolol. Rökstopp betonat. Remiss ögonläkare. Kontroll av tyreoideaprover om 4 v."),
    ("Information", "Pat har fått information om diagnosen, behandlingsalternativen och biverkningar av tiamazol, bl.a. agranulocytos."),
], template="Remissvar", unit="su_endo", author=("Maja Eklund", L), time="10-15 09:35", setting="öppenvård"),
    must_not=M("NL102", "NL101"),
    why="Graves' disease confirmed by antibodies and scintigraphy, told to patient")

C("remissvar-hemat-lymfom-fragetecken-biopsi", "vgr", 56, "m", N([
    ("Frågeställning", "Förstorade lymfkörtlar på halsen och i axiller."),
    ("Anamnes", "Knölar på halsen sedan 3 mån som inte gått tillbaka efter antibiotika. Nattsvettningar, viktnedgång 4 kg. Ingen feber."),
    ("Status", "Multipla oömma, rörliga 1–3 cm lymfkörtlar bilat på halsen och i båda axillerna. Mjälten ej palpabel."),
    ("Lab", "Hb 128, LPK 7,1, normal diff. LD 380. Urat normalt."),
    ("Röntgen", "DT hals-thorax-buk: Generell lymfadenopati ovan och under diafragma, största körtel 4 cm retroperitonealt. Lätt splenomegali."),
    ("Bedömning", "Generaliserad lymfadenopait med B-symtom. Lymfom? Utredning med körtelexstirpation planeras för PAD."),
    ("Åtgärd", "Exstirpation av körtel vänster hals via ÖNH 5/6. Benmärgsbiopsi efter PAD. PET-DT beställs."),
], template="Remissvar", unit="su_hemat", author=("Gunnar Wiik", L), time="05-27 12:25", setting="öppenvård"),
    must=M("NL102"),
    why="Haematology referral answer with 'Lymfom?' as the open question; typo 'lymfadenopait'")

C("remissvar-hud-psoriasis-klinisk-fastlagd", "vgr", 35, "m", N([
    ("Frågeställning", "Utslag på armbågar och knän, eksem eller psoriasis?"),
    ("Anamnes", "Fjällande utslag sedan 2 år, förvärras vintertid. Naglarna har fått gropar. Pappan har psoriasis."),
    ("Status", "Välavgränsade erytematösa plack med silvervit fjällning på armbågar, knän och i hårbotten. Auspitz tecken positivt. Gropar i 6 fingernaglar. PASI 9."),
    ("Bedömning", "Plackpsoriasis, klinisk diagnos. Eksem bedöms inte föreligga. Inga tecken på psoriasisartrit vid led-undersökning."),
    ("Åtgärd", "Enstilar skum 4 veckor, därefter underhåll 2 ggr/v. Ljusbehandling erbjuds om otillräcklig effekt. Återbesök 3 mån."),
], template="Remissvar", unit="su_hud", author=("Ebba Nordin", L), time="01-30 14:45", setting="öppenvård"),
    must_not=M("NL102"),
    why="Referral question 'eksem eller psoriasis?' settled clinically; psoriatic arthritis negated")
# ---------------------------------------------------------------------------
# E. Multidisciplinary conference notes (MDK).
# ---------------------------------------------------------------------------
C("mdk-brost-misstankt-recidiv-pet", "vgr", 61, "k", N([
    ("Konferens", "Bröstcancerkonferens 2024-04-17. Deltagare: onkolog, bröstkirurg, radiolog, patolog, kontaktsjuksköterska."),
    ("Anamnes", "Opererad 2019 med sektorresektion och sentinel node vänster bröst för duktal cancer, ER-positiv, HER2-negativ, pT1cN0. Strålbehandlad, tamoxifen därefter letrozol. Nu ryggsmärta sedan 2 mån."),
    ("Tidigare sjukdomar", "Hypotyreos. Osteopeni."),
    ("Röntgen", "PET-DT 2024-04-10: Fokalt ökat upptag i Th9 och höger höftben, SUV max 7,2. Inga förstorade lymfkörtlar, lever och lungor utan anmärkning."),
    ("Bedömning", "Fynden är misstänkta för skelettmetastaser, dvs recidiv av bröstcancern. Degenerativa förändringar är mindre sannolika men histologisk bekräftelse behövs innan behandlingsbyte."),
    ("Rekommendation", "DT-ledd biopsi av höftbenslesionen med receptorbestämning. Åter på konferens med PAD. Analgetika enligt smärtstege under tiden."),
    ("Information", "Behandlande onkolog har informerat pat per telefon om att undersökningen visat förändringar i skelettet som behöver provtas."),
], template="MDK-anteckning", unit="su_onk", author=("Annika Roos", L), time="04-17 15:30", setting="öppenvård"),
    must=M("NL102"),
    why="MDK note: suspected skeletal metastases (recurrence) pending biopsy in a visible section")

C("mdk-lever-metastas-kan-ej-uteslutas", "skane", 66, "m", N([
    ("Konferens", "Kolorektal MDK, Skånes universitetssjukhus Malmö, 2024-02-07."),
    ("Frågeställning", "Preoperativ bedömning, sigmoideumcancer."),
    ("Anamnes", "Rektalblödning, koloskopi med tumör i sigmoideum 30 cm från anus. PAD: Adenocarcinom, måttligt differentierat."),
    ("Röntgen", "DT thorax-buk: Tumör i sigmoideum, T3. Två förstorade mesenteriella lymfkörtlar. Lungor fria. En 9 mm lågattenuerande förändring i leversegment 6 som är för liten för att karakteriseras. MR lever: Lesionen har diffusionsrestriktion, metastas kan ej uteslutas."),
    ("Bedömning", "Sigmoideumcancer cT3N1, leverlesionen oklar."),
    ("Rekommendation", "Kontrastförstärkt ultraljud av levern inom 1 vecka. Om benign: laparoskopisk sigmoideumresektion. Vid metastas: ny konferens för ställningstagande till synkron leverresektion."),
], template="MDK-anteckning", unit="malmo_kir", author=("Louise Falk", L), time="02-07 16:15", setting="öppenvård"),
    must=M("NL102"),
    why="MDK: colon cancer confirmed, liver metastasis 'kan ej uteslutas' in Röntgen")

C("mdk-pankreas-pad-bekraftad-whipple", "vgr", 70, "m", N([
    ("Konferens", "Övre GI-konferens 2024-08-14, Skaraborgs Sjukhus Skövde via länk till Sahlgrenska."),
    ("Anamnes", "Smärtfri ikterus i juli. ERCP med stent i koledokus och borstcytologi."),
    ("Röntgen", "DT pankreasprotokoll: 24 mm tumör i pankreashuvudet utan kärlinväxt. Inga fjärrmetastaser."),
    ("PAD", "Borstcytologi och EUS-ledd finnålsbiopsi: Adenocarcinom, duktalt, pankreatiskt ursprung."),
    ("Bedömning", "Resektabel pankreascancer i caput, cT2N0M0. Diagnosen är cytologiskt och histologiskt bekräftad."),
    ("Rekommendation", "Neoadjuvant kemoterapi med mFOLFIRINOX enligt nationellt vårdprogram, därefter Whipples operation. Nutritionsbedömning av dietist före start."),
    ("Information", "Pat och hustru fick besked om diagnos och behandlingsplan av kirurg och kontaktsjuksköterska 2024-08-15."),
], template="MDK-anteckning", unit="sks_kir", author=("Rickard Blom", L), time="08-15 17:00", setting="öppenvård"),
    must_not=M("NL102", "NL101"),
    why="MDK note where the pancreatic cancer diagnosis is histologically confirmed and told")

C("mdk-njurtumor-radiologiskt-misstankt", "skane", 59, "k", N([
    ("Konferens", "Urologisk MDK 2024-05-29."),
    ("Anamnes", "Tillfälligt fynd av tumör i höger njure vid DT för gallstensbesvär. Inga urologiska symtom. Makroskopisk hematuri aldrig."),
    ("Tidigare sjukdomar", "Gallsten. Hypertoni. Överviktig."),
    ("Röntgen", "DT urografi: 38 mm solid, kontrastladdande tumör i höger njures nedre pol, inga förstorade lymfkörtlar, ingen venös tumörtromb. DT thorax: Inga metastaser."),
    ("Bedömning", "Radiologiskt misstänkt njurcellscancer cT1a. Biopsi behövs ej före operation enligt vårdprogram."),
    ("Rekommendation", "Robotassisterad partiell nefrektomi höger. Njurfunktion med iohexolclearance preoperativt."),
], template="MDK-anteckning", unit="malmo_urol", author=("Stefan Bengtsson", L), time="05-29 15:50", draft=True, setting="öppenvård"),
    must=M("NL102"),
    why="Urology MDK: kidney tumour 'radiologiskt misstänkt njurcellscancer' without histology")

C("mdk-lungknuta-hamartom-ingen-malignitet", "skane", 54, "k", N([
    ("Konferens", "Thoraxkonferens 2024-10-09, Lund."),
    ("Anamnes", "Lungknuta i vänster underlob, 19 mm, upptäckt på DT för långdragen hosta i våras. Växt 2 mm på 6 mån. Aldrig rökare."),
    ("Röntgen", "PET-DT: Inget ökat upptag i knutan. Popcornförkalkning och fettinnehåll."),
    ("PAD", "Kilresektion vänster underlob 2024-09-24: Hamartom. Ingen malignitet."),
    ("Bedömning", "Benignt lunghamartom, radikalt exciderat. Initial frågeställning om lungcancer är besvarad, ingen tumörsjukdom."),
    ("Rekommendation", "Ingen ytterligare kontroll. Åter till remittent."),
    ("Information", "Pat fick PAD-beskedet per telefon av thoraxkirurgen 2024-10-08."),
], template="MDK-anteckning", unit="lund_thx", author=("Eva Johansson", L), time="10-09 12:20", setting="öppenvård"),
    must_not=M("NL102", "NL101"),
    why="Lung nodule proved benign hamartoma; earlier cancer question answered")

C("mdk-ovarialtumor-misstankt-malign", "skane", 68, "k", N([
    ("Konferens", "Gynonkologisk MDK 2024-03-27."),
    ("Anamnes", "Uppkördhet och tidig mättnadskänsla sedan 2 mån. Vid gynundersökning fast resistens i lilla bäckenet."),
    ("Tidigare sjukdomar", "Två graviditeter. Postmenopausal sedan 52 års ålder, ingen hormonbehandling. Hypertoni."),
    ("Hereditet", "Syster hade bröstcancer vid 45 års ålder. BRCA-test ej gjort i släkten."),
    ("Röntgen", "Ultraljud: 11 cm multicystisk-solid adnexresistens vänster med flöde i solida delar. DT buk: Ascites, oment-förtjockning, misstänkt peritoneal karcinos."),
    ("Lab", "CA-125 1 240. RMI 4 800."),
    ("Bedömning", "Stark misstanke om avancerad ovarialcancer, FIGO-stadium III bedöms sannolikt."),
    ("Rekommendation", "Diagnostisk laparoskopi med biopsier och ställningstagande till primärkirurgi. Genetisk vägledning och BRCA-analys erbjuds."),
], template="MDK-anteckning", unit="kri_kk", author=("Ingrid Sundberg", L), time="03-27 14:40", setting="öppenvård"),
    must=M("NL102"),
    why="Gynaecologic MDK: ovarian cancer and carcinomatosis still 'misstänkt' before laparoscopy")

C("mdk-rektum-pad-klar-kemostralning", "vgr", 63, "m", N([
    ("Konferens", "Kolorektal MDK 2024-06-05, Östra."),
    ("Anamnes", "Blod i avföringen i 3 mån. Rektoskopi med tumör 8 cm ovan anus."),
    ("PAD", "Adenocarcinom i rektum, MMR-proficient."),
    ("Röntgen", "MR lilla bäckenet: T3c, EMVI-positiv, mesorektala fascian hotad. DT thorax-buk: Inga metastaser."),
    ("Bedömning", "Lokalt avancerad rektalcancer, cT3cN2M0."),
    ("Rekommendation", "Total neoadjuvant behandling med kortidsstrålning och kemoterapi, därefter utvärdering och ställningstagande till kirurgi eller watch-and-wait."),
    ("Information", "Pat informerades om diagnosen av kirurg vid besök 2024-05-30 och om behandlingsplanen av kontaktsjuksköterska efter konferensen."),
], template="MDK-anteckning", unit="su_kir", author=("Mikael Haglund", L), time="06-05 16:45", setting="öppenvård"),
    must_not=M("NL102", "NL101"),
    why="Rectal cancer confirmed by PAD and MR staging; patient already told")
# ---------------------------------------------------------------------------
# F. NL101: a diagnosis in a visible section while the note says the patient has
#    not been told (must), and near misses (must_not).
# ---------------------------------------------------------------------------
C("mdk-lunga-adenocarcinom-pat-ej-informerad", "skane", 69, "m", N([
    ("Konferens", "Lungcancerkonferens 2024-03-13, Skånes universitetssjukhus Lund."),
    ("Anamnes", "Hemoptys och hosta. DT visade en 3 cm tumör i höger överlob. EBUS 2024-03-06."),
    ("Röntgen", "PET-DT: Upptag i primärtumören och i en ipsilateral mediastinal lymfkörtel (4R). Inga fjärrmetastaser. MR hjärna utan metastaser."),
    ("PAD", "EBUS-TBNA station 4R och primärtumör: Adenocarcinom, TTF-1 positivt. PD-L1 60 %. EGFR och ALK negativa."),
    ("Bedömning", "Icke-småcellig lungcancer, adenocarcinom i höger överlob, cT1cN2M0, stadium IIIA."),
    ("Rekommendation", "Konkomitant kemoradioterapi följt av durvalumab. Spirometri och DLCO inför strålbehandling."),
    ("Information", "Pat är ännu inte informerad om PAD-svaret eller stadieindelningen. Besked ges av ansvarig lungläkare vid besök 2024-03-18."),
], template="MDK-anteckning", unit="lund_lung", author=("Ida Forsberg", L), time="03-13 16:30", setting="öppenvård"),
    must=M("NL101"), must_not=M("NL102"),
    why="MDK note with a confirmed lung cancer diagnosis visible while the patient has not yet been told")

C("epikris-als-diagnosbesked-ej-givet", "skane", 58, "k", N([
    ("Diagnoser", "G12.2 Amyotrofisk lateralskleros\nR13.9 Dysfagi\nE46.9 Viktnedgång"),
    ("Anamnes", "58-årig kvinna med ett års progredierande svaghet i höger hand och sedan i våras sväljningssvårigheter och sluddrigt tal. Inlagd för snabbutredning."),
    ("Tidigare sjukdomar", "Hypotyreos. Gallstensoperation 2008."),
    ("Hereditet", "Ingen känd neurologisk sjukdom i släkten."),
    ("Socialt", "Gift, tre vuxna barn. Arbetar som förskollärare, sjukskriven sedan i våras."),
    ("Status", "Atrofier i höger tenar och mellanhand, fascikulationer i båda överarmarna och tungan. Livliga reflexer, Babinski positiv bilat. Nasalt tal."),
    ("Lab", "CK 420. B12, TSH, Ca normala. Anti-GM1 negativa."),
    ("Lab vid utskrivning", "Albumin 33, vikt 58 kg (inkomst 59,5 kg). Blodgas utan koldioxidretention. Vitalkapacitet 2,6 L, 78 % av förväntat."),
    ("Vårdtid", "2024-05-20 -- 2024-05-28, neurologiska kliniken avd 54, Skånes universitetssjukhus Lund."),
    ("Röntgen", "MR hjärna och halsrygg: Ingen myelopati, ingen rotkompression."),
    ("Vårdförlopp", "EMG/neurografi: Utbredd denervation i tre regioner med normala sensoriska svar. Logoped och dietist har bedömt sväljningen, konsistensanpassad kost."),
    ("Bedömning", "Amyotrofisk lateralskleros, definitiv enligt Gold Coast-kriterierna. Andra orsaker uteslutna."),
    ("Information", "Diagnosbesked har inte givits under vårdtiden. Pat har uttryckligen bett att få beskedet tillsammans med sina vuxna barn vid mottagningsbesöket 2024-06-04."),
    ("Planering", "Återbesök neurologmottagningen 4/6 med ALS-teamet. Remiss för ställningstagande till PEG."),
    ("Läkemedel vid utskrivning", "Levaxin 75 µg oförändrat. Näringsdryck 3 x 200 ml dagligen. Förtjockningsmedel i drycker enligt logopedens ordination."),
    ("Omvårdnad", "Äter konsistensanpassad kost sittande upprätt, tar lång tid på sig vid måltiderna. Viktkontroll en gång i veckan. Klarar sin personliga hygien men behöver hjälp med knappar och blixtlås."),
], unit="lund_neuro", author=("Viktor Sandberg", L), time="05-28 13:40"),
    must=M("NL101"), must_not=M("NL102"),
    why="ALS established and listed in Diagnoser, while Information says the diagnosis has not been given")

C("epikris-levermetastaser-dotter-vill-vanta", "vgr", 82, "k", N([
    ("Diagnoser", "C78.7 Levermetastaser, primärtumör kolon\nC18.7 Sigmoideumcancer\nD63.0 Anemi vid tumörsjukdom\nI48.9 Förmaksflimmer"),
    ("Anamnes", "Trötthet, minskad aptit och tryck i övre buken. Bor på särskilt boende, lätt kognitiv svikt."),
    ("Status", "Mager. Förstorad, knölig lever 4 fingrar under arcus."),
    ("Lab", "Hb 96, ALP 6,3, CEA 480."),
    ("Röntgen", "DT buk: Multipla levermetastaser, primärtumör i sigmoideum."),
    ("Vårdförlopp", "Transfunderad 2 enheter. Koloskopi med biopsi från sigmoideum: Adenocarcinom. Palliativ inriktning efter samtal med onkolog."),
    ("Bedömning", "Metastaserad koloncancer. Ingen tumörspecifik behandling aktuell pga allmäntillstånd."),
    ("Information", "Pat är inte informerad om cancerdiagnosen. Dottern (god man) har bett oss vänta med beskedet tills hon kan vara med, planerat till nästa vecka på boendet."),
    ("Planering", "Remiss palliativa teamet. Smärtlindring enligt ordination. Brytpunktssamtal planeras."),
], unit="sas_med", author=("Amir Haddad", L), time="10-30 11:20"),
    must=M("NL101"),
    why="Metastatic colon cancer in Diagnoser; note says the patient has not been told")

C("epikris-alzheimer-ej-meddelad-annu", "skane", 79, "k", N([
    ("Diagnoser", "G30.1 Alzheimers sjukdom med sen debut\nF00.1 Demens vid Alzheimers sjukdom\nI10.9 Hypertoni"),
    ("Anamnes", "Utredning på minnesmottagningen efter två års tilltagande glömska. Tappar bort saker, har svårt med bankärenden."),
    ("Status", "MMSE 21/30. Klocktest 3/6. Neurologstatus ua."),
    ("Lab", "Likvor: Lågt beta-amyloid 42/40-kvot, förhöjt fosfo-tau."),
    ("Röntgen", "MR hjärna: Mediotemporal atrofi, MTA 3."),
    ("Bedömning", "Demens av Alzheimertyp, diagnosen uppfyller kriterierna och är biomarkörsverifierad."),
    ("Information", "Diagnosen har ännu inte meddelats pat. Besked och information om kolinesterashämmare ges vid återbesöket 2024-05-16, sonen följer med."),
], template="Läkaranteckning", unit="hbg_ger", author=("Maria Svensson", L), time="04-25 15:15", setting="öppenvård"),
    must=M("NL101"), must_not=M("NL102"),
    why="Alzheimer's disease documented as established while the text says it has not been told")

C("remissvar-hiv-bekraftad-pat-ej-natt", "vgr", 34, "m", N([
    ("Frågeställning", "Positivt HIV-screeningtest vid blodgivning."),
    ("Lab", "HIV-1 antikroppar och p24-antigen positiva, bekräftat med Western blot och HIV-1 RNA 84 000 kopior/mL. CD4 410."),
    ("Bedömning", "Kronisk HIV-1-infektion."),
    ("Åtgärd", "Pat har sökts per telefon tre gånger utan svar och har ännu inte fått besked om diagnosen. Brev med kallelse till infektionsmottagningen 2024-09-09 skickat."),
], template="Remissvar", unit="su_inf", author=("Karl Eriksson", L), time="09-02 10:30", setting="öppenvård"),
    must=M("NL101"), must_not=M("NL102"),
    why="Confirmed HIV infection in a visible section; the patient has not been reached or told")

C("pad-brostcancer-ska-ej-meddelas-per-telefon", "vgr", 49, "k", N([
    ("Aktuellt", "Svar på mellannålsbiopsi från höger bröst."),
    ("PAD", "Invasiv duktal cancer, grad 2, ER 90 %, PR 40 %, HER2 negativ, Ki-67 18 %."),
    ("Bedömning", "Bröstcancer höger, luminal A-lik."),
    ("Planering", "Tas upp på preoperativ konferens 17/10. Pat ska inte informeras per telefon; diagnosen meddelas vid besök hos bröstkirurg 2024-10-21 tillsammans med kontaktsjuksköterska."),
], template="Läkaranteckning", unit="sas_kk", author=("Jenny Carlsson", L), time="10-14 12:05", draft=True, setting="öppenvård"),
    must=M("NL101"), must_not=M("NL102"),
    why="Breast cancer by PAD in visible note that says the patient must not be told until the visit")

C("epikris-aml-informerad-om-allvarlig-sjukdom-ej-diagnos", "skane", 55, "m", N([
    ("Diagnoser", "C92.0 Akut myeloisk leukemi\nD70 Agranulocytos\nR50.9 Feber"),
    ("Anamnes", "Trötthet, blåmärken och feber i en vecka. Remitterad från vårdcentral pga pancytopeni."),
    ("Lab", "Hb 72, LPK 1,1, neutrofiler 0,2, Tpk 18. Blaster i perifert blod."),
    ("Vårdförlopp", "Benmärgsprov: 64 % myeloiska blaster, flödescytometri förenlig med AML. Genetik inväntas. Bredspektrumantibiotika mot febern."),
    ("Bedömning", "Akut myeloisk leukemi, nydiagnostiserad."),
    ("Information", "Pat har informerats om att det rör sig om en allvarlig blodsjukdom, men ännu inte om leukemidiagnosen. Fullständigt besked ges imorgon av ansvarig hematolog med hustrun närvarande."),
    ("Planering", "CVK-inläggning. Induktionsbehandling planeras efter samtalet."),
], template="Daganteckning", unit="lund_hemat", author=("Tove Lindholm", L), time="01-17 18:10"),
    must=M("NL101"),
    why="AML in Diagnoser; patient told only of 'serious blood disease', not the diagnosis yet")

C("mdk-prostata-biopsisvar-ej-underrattad", "vgr", 71, "m", N([
    ("Konferens", "Uro-onkologisk MDK 2024-11-06, NÄL."),
    ("PAD", "MR-riktade biopsier: Prostatacancer Gleason 4+3=7 (ISUP 3) i 4 av 12 biopsier, vänster lob."),
    ("Röntgen", "Skelettskintigrafi utan metastaser. PSMA-PET ej indicerad."),
    ("Bedömning", "Intermediärrisk prostatacancer, lokaliserad, cT2bN0M0."),
    ("Rekommendation", "Kurativt syftande behandling: robotassisterad prostatektomi eller extern strålbehandling med kort hormonbehandling. Pat väljer efter information hos urolog och onkolog."),
    ("Information", "Pat ej underrättad om biopsisvaret ännu. Besked ges vid besök hos urolog 2024-11-12."),
], template="MDK-anteckning", unit="nal_urol", author=("Per-Olof Kron", L), time="11-06 15:25", setting="öppenvård", draft=True),
    must=M("NL101"), must_not=M("NL102"),
    why="Unsigned MDK draft: confirmed prostate cancer with 'Pat ej underrättad' about the biopsy result")

C("epikris-myelom-typo-ej-infomerad", "skane", 77, "m", N([
    ("Diagnoser", "C90.0 Multipelt myelom, IgG-kappa\nS72.0 Collumfraktur vänster, opererad\nE83.5 Hyperkalcemi"),
    ("Vårdförlopp", "Utredning under vårdtiden efter höftfrakturen: M-komponent IgG-kappa 42 g/L, benmärg med 38 % plasmaceller. Hyperkalcemin behandlad med vätska och zoledronsyra."),
    ("Bedömning", "Multipelt myelom, symtomgivande (CRAB-kriterier uppfyllda)."),
    ("Information", "Pat är ännu ej infomerad om myelomdiagnosen, hematolog tar över informationen vid första besöket."),
    ("Planering", "Remiss hematologen Lund, förtur. Stygn tas på korttidsboendet."),
], unit="tre_ort", author=("Hanna Lund", L), time="09-03 10:40"),
    must=M("NL101"), must_not=M("NL102"),
    why="Typo 'infomerad' in the not-informed sentence; multiple myeloma diagnosis visible")

C("remissvar-misstankt-als-ej-informerad-om-misstanken", "vgr", 66, "m", N([
    ("Frågeställning", "Svaghet och fascikulationer i vänster arm."),
    ("Status", "Atrofi och fascikulationer vänster arm, livliga reflexer i benen."),
    ("Röntgen", "Neurografi/EMG: Kronisk denervation i vänster arm och i tungan, normala sensoriska svar."),
    ("Bedömning", "Misstänkt motorneuronsjukdom, ALS. Utredningen fortsätter med MR halsrygg för att utesluta myelopati."),
    ("Information", "Pat är inte informerad om misstanken på ALS, endast om att nervskada utreds vidare."),
], template="Remissvar", unit="su_neuro", author=("Mattias Ekström", L), time="07-08 14:20", setting="öppenvård"),
    must=M("NL101", "NL102"),
    why="Suspected ALS visible while the patient is explicitly not informed of the suspicion")

C("psyk-schizofreni-ej-diskuterad-med-pat", "skane", 24, "m", N([
    ("Aktuellt", "Uppföljning efter utskrivning från heldygnsvård i maj."),
    ("Anamnes", "Sedan ett år tilltagande isolering, rösthallucinationer och förföljelseidéer riktade mot grannar. Avbröt studier i höstas."),
    ("Psykiskt status", "Vaken, orienterad. Affektavflackad. Tankestörningar med tankeglidningar. Hör fortfarande röster men mindre påträngande. Ingen suicidalitet."),
    ("Bedömning", "Schizofreni, paranoid form. Symtomen har funnits mer än sex månader och kriterierna är uppfyllda."),
    ("Information", "Diagnosen schizofreni har inte diskuterats med pat ännu pga bristande sjukdomsinsikt; planeras när han är mer stabil, i samråd med psykosteamet."),
    ("Planering", "Aripiprazol 15 mg. Återbesök 3 v. Kontakt med kommunens boendestöd."),
], template="Läkaranteckning", unit="lsk_psyk", author=("Olof Engström", L), time="06-19 11:05", setting="öppenvård"),
    must=M("NL101"), must_not=M("NL102"),
    why="Psychiatric outpatient note: schizophrenia established but 'har inte diskuterats med pat ännu'")

C("epikris-glioblastom-besked-ej-lamnat", "vgr", 63, "m", N([
    ("Diagnoser", "C71.1 Glioblastom, vänster frontallob, IDH-vildtyp\nG93.6 Hjärnödem\nR56.8 Epileptiskt anfall"),
    ("Vårdförlopp", "Inkom med krampanfall. MR visade kontrastladdande tumör vänster frontalt. Stereotaktisk biopsi 2024-02-20. Dexametason och levetiracetam."),
    ("PAD", "Glioblastom, IDH-vildtyp, MGMT-promotor metylerad."),
    ("Bedömning", "Glioblastom, histologiskt verifierat."),
    ("Information", "PAD-beskedet har inte lämnats till pat, som fortfarande är svängande i vakenhet efter biopsin. Hustrun vet att svaret kommit och informeras tillsammans med pat."),
    ("Planering", "Neuroonkologisk konferens 5/3. Överflyttning till avd 44 när stabil."),
], unit="su_neuro", author=("Lars Broman", L), time="02-27 16:00"),
    must=M("NL101"), must_not=M("NL102"),
    why="Glioblastoma verified by PAD and listed; note says the result has not been given to the patient")

C("mdk-flera-anteckningar-ej-informerad-sedan-informerad", "skane", 60, "k", [
    N([
        ("Konferens", "Övre GI-konferens 2024-08-21, Lund."),
        ("PAD", "Gastroskopisk biopsi från cardia: Adenocarcinom, intestinal typ."),
        ("Röntgen", "DT thorax-buk: Tumör i övergången esofagus–ventrikel, en förstorad lymfkörtel vid vänster ventrikelartär. Inga metastaser. PET-DT beställd."),
        ("Bedömning", "Cardiacancer (Siewert II), cT3N1M0."),
        ("Rekommendation", "Perioperativ kemoterapi enligt FLOT, därefter esofagusresektion."),
        ("Information", "Pat har ännu inte fått veta diagnosen. Besked ges av kirurg på mottagningen 2024-08-26."),
    ], template="MDK-anteckning", unit="malmo_kir", author=("Mohammed Saleh", L), time="08-21 15:30", setting="öppenvård"),
    N([
        ("Aktuellt", "Besök för information efter konferens."),
        ("Information", "Jag har informerat pat om cardiacancern och om konferensens rekommendation. Maken närvarande. Pat ställde många frågor och fick skriftlig information. Kontaktsjuksköterska presenterad."),
        ("Planering", "Onkologen kallar inom 2 veckor för start av FLOT. Port-a-cath bokas."),
    ], id="n2", template="Läkaranteckning", unit="malmo_kir", author=("Mohammed Saleh", L), time="08-26 10:45", setting="öppenvård"),
], must=[("NL101", "n1")], must_not=[("NL101", "n2"), ("NL102", "n2")],
    why="Two notes: MDK note before the diagnosis was told (n1 must), visit where it was told (n2 must_not)")

# --- NL101 near misses --------------------------------------------------------
C("epikris-pankreascancer-pat-informerad-barnen-ej", "skane", 73, "m", N([
    ("Diagnoser", "C25.0 Pankreascancer, caput, metastaserad till levern\nK83.1 Gallvägsobstruktion, stentad\nE11.9 Diabetes typ 2"),
    ("Vårdförlopp", "ERCP med metallstent 6/11. Biopsi från levermetastas: Adenocarcinom, pankreatiskt ursprung. Ikterus i regress."),
    ("Bedömning", "Metastaserad pankreascancer. Onkolog bedömer att pat kan bli aktuell för palliativ cytostatika om allmäntillståndet förbättras."),
    ("Information", "Pat informerad om diagnosen och prognosen vid samtal 8/11. Han vill själv berätta för sina barn, som ännu inte är informerade, och vi respekterar det."),
    ("Planering", "Onkologen kallar om 2 veckor. ASIH kopplas in."),
], unit="malmo_gast", author=("Klara Mattsson", L), time="11-11 14:05"),
    must_not=M("NL101", "NL102"),
    why="Near miss: the children are not informed, but the patient himself was told")

C("epikris-provsvar-ej-informerad-normala", "vgr", 46, "k", N([
    ("Diagnoser", "N20.0 Njursten vänster, avgången\nR31.9 Hematuri"),
    ("Anamnes", "Njurstensanfall vänster, inlagd för smärtlindring. Stenen avgick spontant dag 2."),
    ("Lab", "Stenanalys och 24-timmars urinsamling för metabol utredning skickade. Calcium, urat och PTH i blod normala."),
    ("Information", "Pat ännu ej informerad om blodproverna, som alla var normala. Informeras per telefon av sjuksköterska."),
    ("Planering", "Stenanalysen följs upp på urologmottagningen. Riklig vätska."),
], unit="nal_urol", author=("Sanna Holmberg", L), time="03-04 09:30"),
    must_not=M("NL101", "NL102"),
    why="Near miss: patient not yet told about blood tests, which were normal, not about a diagnosis")

C("inskr-ej-informerad-om-operationstid", "skane", 81, "k", N([
    ("Diagnoser", "S72.1 Pertrokantär femurfraktur höger\nI48.9 Förmaksflimmer, Waran-behandlad"),
    ("Anamnes", "Snubblade på mattan hemma. Smärta höger höft, kan inte belasta."),
    ("Röntgen", "Pertrokantär fraktur höger, tvåfragment."),
    ("Planering", "Operation med glidskruv så snart PK <1,5, Konakion givet. Pat ej informerad om operationstid ännu eftersom operationsplaneringen inte är klar."),
], template="Inskrivningsanteckning", unit="tre_ort", author=("Aron Kvist", L), time="12-02 20:15"),
    must_not=M("NL101", "NL102"),
    why="Near miss: 'ej informerad' about the operation time, not about the diagnosis")

C("tidiga-hypoteser-mall-skane-epikris-hanvisar", "skane", 51, "k", [
    N([
        ("Diagnoser", "F32.1 Depression, medelsvår\nG47.0 Insomni\nR51 Huvudvärk"),
        ("Anamnes", "Inlagd för utredning av huvudvärk och viktnedgång. Nedstämd sedan skilsmässan i våras."),
        ("Röntgen", "MR hjärna: Normala förhållanden."),
        ("Vårdförlopp", "Sertralin insatt. Sömnen förbättrad med propiomazin."),
        ("Bedömning", "Medelsvår depression med somatiska uttryck. Huvudvärken av spänningstyp."),
        ("Information", "Pat ej informerad om vissa uppgifter från anhörig, se separat anteckning."),
    ], unit="ystad_med", author=("Karin Ohlsson", L), time="05-16 12:30"),
    N([
        ("Tidiga hypoteser", "Maken har uppgett att pat i perioder druckit stora mängder alkohol. PEth 0,9. Misstänkt alkoholberoende, vilket pat inte är informerad om och som behöver bekräftas vid fortsatta kontakter."),
    ], id="n2", template="Tidiga hypoteser", unit="ystad_med", author=("Karin Ohlsson", L), time="05-16 12:45"),
], must_not=[("NL101", "n1"), ("NL102", "n1"), ("NL101", "n2"), ("NL102", "n2"), ("NL104", "n2")],
    why="Skåne: the uninformed hypothesis sits in a separate Tidiga hypoteser note; visible epikris names no diagnosis of it")

C("vgr-sokord-tidiga-hypoteser-ej-informerad", "vgr", 38, "m", N([
    ("Diagnoser", "K85.9 Akut pankreatit, lindrig\nE78.1 Hypertriglyceridemi"),
    ("Anamnes", "Övre buksmärta sedan ett dygn. Ingen gallsten vid tidigare ultraljud."),
    ("Lab", "Amylas 3,8. Triglycerider 28 mmol/L."),
    ("Röntgen", "DT buk: Ödematös pankreatit utan nekroser."),
    ("Vårdförlopp", "Fasta kort tid, insulininfusion för triglyceriderna. Snabb förbättring."),
    ("Bedömning", "Lindrig pankreatit orsakad av kraftig hypertriglyceridemi."),
    ("Tidiga hypoteser", "Uppgifter från hustrun om dagligt intag av sprit. Pat förnekar. Misstänkt alkoholberoende som bidragande orsak, pat ej informerad om misstanken eller om hustruns uppgifter."),
    ("Planering", "Lipidsänkande behandling. Återbesök medicinmottagningen 6 v."),
], unit="sks_med", author=("Elsa Lindström", L), time="07-30 13:50"),
    must_not=M("NL101", "NL102"),
    why="VGR: the uninformed suspicion is under sökord Tidiga hypoteser, filtered from Journalen")

C("epikris-tidigare-ej-velat-veta-informerad-idag", "vgr", 80, "m", N([
    ("Diagnoser", "C61.9 Prostatacancer, kastrationsresistent, skelettmetastaser\nG95.2 Medullakompression Th10, strålbehandlad\nR33.9 Urinretention, KAD"),
    ("Vårdförlopp", "Akut strålbehandling mot Th10, 4 Gy x 5. Dexametason nedtrappas. Går med rullator vid utskrivning."),
    ("Bedömning", "Progredierande prostatacancer med medullakompression, behandlad."),
    ("Information", "Pat har tidigare avböjt att veta detaljer om sjukdomen. Vid samtal 14/2 ville han dock ha fullständig information och informerades om spridningen och prognosen."),
    ("Planering", "Onkologmottagningen 3 v. Hemsjukvård för KAD-skötsel."),
], unit="su_onk", author=("Annika Roos", L), time="02-16 11:00"),
    must_not=M("NL101", "NL102"),
    why="Near miss: an earlier wish not to know, but the patient was informed during this stay")

C("remissvar-ingen-cancer-ej-informerad-om-lugnande-besked", "skane", 57, "k", N([
    ("Frågeställning", "Knöl i vänster bröst."),
    ("Röntgen", "Mammografi och ultraljud: 12 mm välavgränsad förändring med benign karaktär."),
    ("PAD", "Mellannålsbiopsi: Fibroadenom. Ingen malignitet."),
    ("Bedömning", "Fibroadenom vänster bröst. Ingen cancer."),
    ("Åtgärd", "Pat är ännu inte informerad om det lugnande beskedet; sjuksköterska ringer henne idag. Ingen kontroll behövs."),
], template="Remissvar", unit="kri_kk", author=("Ingrid Sundberg", L), time="06-20 08:55", setting="öppenvård"),
    must_not=M("NL101", "NL102"),
    why="Near miss: not yet informed, but the result is benign and cancer is negated")

C("epikris-hiv-make-ej-informerad-pat-informerad", "vgr", 42, "k", N([
    ("Diagnoser", "B20.7 HIV-sjukdom med multipla infektioner\nB37.1 Candidaesofagit\nJ18.9 Pneumoni"),
    ("Vårdförlopp", "Inlagd för pneumoni och sväljningssvårigheter. HIV-test positivt, CD4 90. Behandlad med flukonazol och cotrimoxazol, antiretroviral behandling startad dag 10."),
    ("Bedömning", "Nydiagnostiserad HIV-infektion med opportunistiska infektioner i regress."),
    ("Information", "Pat har fått diagnosbesked och omfattande information av infektionsläkare och kurator. Maken är på pat egen begäran inte informerad ännu; smittskyddsfrågorna har gåtts igenom med pat."),
    ("Planering", "Infektionsmottagningen om 2 v. Smittspårning enligt smittskyddslagen påbörjad."),
], unit="su_inf", author=("Karl Eriksson", L), time="04-22 15:40"),
    must_not=M("NL101"),
    why="Near miss: husband not informed at the patient's request; the patient knows her diagnosis")

C("epikris-svart-ta-in-besked-ny-genomgang", "skane", 67, "m", N([
    ("Diagnoser", "C34.1 Småcellig lungcancer, begränsad sjukdom\nE87.1 Hyponatremi pga SIADH\nJ44.9 KOL"),
    ("Vårdförlopp", "Inkom med förvirring pga natrium 119. Vätskerestriktion och tolvaptan. Bronkoskopi: Småcellig lungcancer."),
    ("Bedömning", "Småcellig lungcancer, begränsad sjukdom, med SIADH."),
    ("Information", "Diagnosbesked givet 22/1 av lungläkare med sonen närvarande. Pat hade svårt att ta in informationen och en ny genomgång görs vid första onkologbesöket."),
    ("Planering", "Cytostatika och strålbehandling enligt onkologen, start 5/2."),
], unit="lund_lung", author=("Ida Forsberg", L), time="01-24 10:10"),
    must_not=M("NL101", "NL102"),
    why="Near miss: the patient struggled to take in the news, but was told the diagnosis")

C("epikris-tolk-informerad-fullt", "vgr", 52, "m", N([
    ("Diagnoser", "I21.0 STEMI, framvägg\nI50.1 Vänsterkammarsvikt, EF 35 %\nE11.9 Diabetes typ 2, nyupptäckt"),
    ("Vårdförlopp", "Primär PCI mot LAD. Hjärtsviktsbehandling insatt. HbA1c 64, metformin startat."),
    ("Information", "Pat och hustru har informerats om hjärtinfarkten, hjärtsvikten och diabetesdiagnosen med hjälp av arabisktalande tolk. Skriftlig information på arabiska medgiven."),
    ("Planering", "Hjärtrehab. Ekokardiografi om 3 mån för ställningstagande till ICD."),
], unit="su_kard", author=("Leila Nasser", L), time="11-29 13:30", draft=True),
    must_not=M("NL101", "NL102"),
    why="Near miss: 'informerats ... med tolk' — all diagnoses told")

C("epikris-tidigare-besked-nu-normalt-rontgen-ej-informerad", "skane", 64, "k", N([
    ("Diagnoser", "C50.4 Bröstcancer vänster, opererad 2019\nM54.5 Lumbago"),
    ("Anamnes", "Fick diagnosen bröstcancer 2019, opererad och strålbehandlad, nu på letrozol. Inlagd pga svår ryggsmärta efter lyft, orolig för spridning."),
    ("Röntgen", "MR hela ryggraden: Degenerativa förändringar L4–L5. Inga metastaser."),
    ("Bedömning", "Mekanisk lumbago. Inga tecken på skelettmetastaser."),
    ("Information", "Pat ej informerad om MR-svaret ännu då hon sov vid ronden; sjuksköterska meddelar henne under eftermiddagen."),
], unit="ystad_med", author=("Axel Sjöstrand", L), time="09-25 11:35"),
    must_not=M("NL101", "NL102"),
    why="Near miss: old breast cancer was told in 2019; the untold MR result is normal")
# ---------------------------------------------------------------------------
# G. Varied hedges in visible sections: DD, ?, trol., sannolikt, preliminär,
#    kan ej uteslutas, behöver uteslutas …, in long and short notes.
# ---------------------------------------------------------------------------
C("akut-buksmarta-dd-lista-aortaaneurysm", "skane", 75, "m", N([
    ("Kontaktorsak", "Akut smärta i vänster flank och rygg."),
    ("Anamnes", "Plötslig smärta i vänster flank som strålar mot ljumsken, debut för 3 h sedan. Rökare. Ingen tidigare njursten."),
    ("Status", "BT 110/70, puls 98. Buk: Ömhet vänster sida, pulserande resistens? Svårbedömt pga bukfetma."),
    ("Bedömning", "DD: njursten, divertikulit, symtomgivande bukaortaaneurysm. Aneurysm måste uteslutas först."),
    ("Åtgärd", "Akut DT-angio buk beställd. Kärlkirurg informerad. Två grova nålar, blod beställt."),
], template="Akutanteckning", unit="malmo_akut", author=("Jakob Wennberg", L), time="08-03 04:10", setting="akutmottagning"),
    must=M("NL102"),
    why="Emergency note with a DD list including aortic aneurysm that 'måste uteslutas'")

C("epikris-gikt-fragetecken-diagnoslista", "skane", 67, "m", N([
    ("Diagnoser", "L03.1 Erysipelas vänster underben\nI50.9 Hjärtsvikt\nM10.9 Gikt? – artrit i vänster stortå under vårdtiden"),
    ("Vårdförlopp", "Erysipelas behandlades med bensylpenicillin iv i 3 dygn, sedan PcV. Dag 4 akut smärtsam, röd och svullen stortåled vänster. Urat 510. Ledpunktion gick inte att genomföra. Besvären lättade på kolkicin."),
    ("Bedömning", "Erysipelas i regress. Monoartrit i stortån, klinisk bild som vid gikt, kristallpåvisning saknas."),
    ("Planering", "PcV t.o.m. 12/3. Vid nytt anfall ledpunktion på vårdcentralen för att bekräfta giktdiagnosen. Furix oförändrat."),
], unit="angel_med", author=("Oskar Nyberg", L), time="03-02 10:05"),
    must=M("NL102"),
    why="'Gikt?' in the Diagnoser list; crystal proof still missing")

C("epikris-trol-viral-myokardit", "skane", 26, "m", N([
    ("Diagnoser", "I40.9 Trolig akut myokardit\nJ06.9 Övre luftvägsinfektion"),
    ("Anamnes", "Förkyld för en vecka sedan, nu bröstsmärta och hjärtklappning."),
    ("Lab", "TnT 880, sjunkande. CRP 32."),
    ("Röntgen", "Angiografi: Normala kranskärl. MR hjärta är beställd men ännu inte gjord."),
    ("Vårdförlopp", "Telemetri utan arytmier. Smärtfri efter NSAID."),
    ("Planering", "Idrottsförbud 6 mån. Ny MR hjärta om 6 mån."),
], unit="lund_kard", author=("Erik Lindqvist", L), time="10-16 12:10"),
    must=M("NL102"),
    why="Short epikris: 'Trolig akut myokardit' in Diagnoser before cardiac MR")

C("remissvar-sannolik-seronegativ-ra", "vgr", 48, "k", N([
    ("Frågeställning", "Ledvärk i händerna."),
    ("Status", "Synovit i MCP 2–3 bilat och höger handled. 6 svullna, 8 ömma leder."),
    ("Lab", "SR 42, CRP 18. RF och anti-CCP negativa."),
    ("Röntgen", "Ultraljud händer: Synovit med dopplersignal. Inga erosioner."),
    ("Bedömning", "Sannolikt seronegativ reumatoid artrit. Psoriasisartrit har övervägts men inga hud- eller nagelförändringar."),
    ("Åtgärd", "Metotrexat 15 mg/v med folsyra. Prednisolon 10 mg nedtrappning. Ny bedömning om 8 veckor."),
], template="Remissvar", unit="su_reum", author=("Birgitta Ahlström", L), time="05-08 11:20", setting="öppenvård"),
    must=M("NL102"),
    why="'Sannolikt seronegativ reumatoid artrit' as the working diagnosis")

C("epikris-pneumoni-tumor-kan-ej-uteslutas-rontgen", "vgr", 70, "k", N([
    ("Diagnoser", "J18.1 Lobärpneumoni, vänster underlob\nI10.9 Hypertoni"),
    ("Röntgen", "DT thorax: Konsolidering i vänster underlob med bronkocele. Bakomliggande obstruerande tumör kan ej uteslutas, kontroll-DT om 6–8 veckor rekommenderas."),
    ("Vårdförlopp", "Cefotaxim, sedan amoxicillin. Feberfri dag 3."),
    ("Planering", "Kontroll-DT 20/5, remiss skickad. Svar till avdelningens läkare."),
], unit="udd_med", author=("Lena Gustafsson", L), time="03-28 09:45"),
    must=M("NL102"),
    why="Radiology line in epikris: obstructing tumour 'kan ej uteslutas'")

C("planering-utredning-misstanke-somnapne", "skane", 56, "m", N([
    ("Diagnoser", "I48.0 Förmaksflimmer, paroxysmalt, konverterat\nI10.9 Hypertoni\nE66.9 Obesitas"),
    ("Vårdförlopp", "Elkonvertering till sinusrytm. Pat snarkar kraftigt med andningsuppehåll nattetid enligt personalen."),
    ("Planering", "Remiss lungmottagningen för utredning av misstanke om obstruktiv sömnapné, som kan bidra till flimret. Eliquis minst 4 veckor."),
], unit="hbg_med", author=("Anders Mårtensson", L), time="02-13 14:25"),
    must=M("NL102"),
    why="Hypothesis placed in Planering: 'misstanke om obstruktiv sömnapné'")

C("epikris-ev-begynnande-hjartsvikt", "vgr", 83, "k", N([
    ("Diagnoser", "N39.0 Urinvägsinfektion\nE86.9 Dehydrering\nI50.9 Ev. begynande hjärtsvikt"),
    ("Vårdförlopp", "Behandlad med pivmecillinam. Efter vätsketillförsel lätta bensvullnader och NT-proBNP 1 600."),
    ("Planering", "Ekokardiografi polikliniskt för att bekräfta eller avfärda hjärtsvikt. Vikt 2 ggr/v på boendet."),
], unit="alingsas_med", author=("Linnea Sjöberg", L), time="12-09 15:05", draft=True),
    must=M("NL102"),
    why="Typo 'begynande': 'Ev. begynande hjärtsvikt' in the Diagnoser list, echo pending")

C("epikris-clostridium-misstanke-odling-inväntas", "skane", 78, "k", N([
    ("Diagnoser", "J15.9 Pneumoni, höger\nA04.7 Misstänkt Clostridioides difficile-infektion\nN18.3 Njursvikt stadium 3"),
    ("Vårdförlopp", "Pneumonin behandlad med cefotaxim i 5 dygn. Dag 4 vattentunna diarréer x 6. Isolerad, faeces för C. difficile-toxin taget, svar ej klart vid utskrivning."),
    ("Planering", "Vårdcentralen får svaret och startar vankomycin om positivt. Pat åker hem med information om handhygien."),
], unit="kri_med", author=("Petra Nilsson", L), time="11-02 13:15"),
    must=M("NL102"),
    why="Epikris leaves 'Misstänkt C. difficile-infektion' open with the test unanswered")

C("remissvar-differentialdiagnostiskt-reaktiv-artrit", "skane", 29, "m", N([
    ("Frågeställning", "Svullet knä sedan 2 veckor."),
    ("Anamnes", "Diarrésjukdom efter resa i Thailand för 4 veckor sedan. Nu svullet höger knä och ont i hälen."),
    ("Status", "Ledvätska höger knä, varmt. Entesit höger hälsena."),
    ("Lab", "Ledvätska: 18 000 vita, inga kristaller, odling negativ. HLA-B27 positivt."),
    ("Bedömning", "Preliminär diagnos: reaktiv artrit efter tarminfektion. Differentialdiagnostiskt övervägs debut av spondylartrit."),
    ("Åtgärd", "NSAID, kortisoninjektion i knät. Återbesök 6 veckor."),
], template="Remissvar", unit="lund_reum", author=("Sven Håkansson", L), time="07-15 10:35", setting="öppenvård"),
    must=M("NL102"),
    why="'Preliminär diagnos' and 'Differentialdiagnostiskt övervägs' in Bedömning")

C("rontgen-trolig-kompressionsfraktur-osteoporos", "vgr", 76, "k", N([
    ("Diagnoser", "J44.1 KOL-exacerbation\nM80.0 Osteoporos med patologisk fraktur?"),
    ("Röntgen", "Lungröntgen: Emfysematösa lungor utan infiltrat. Sidobilden visar en kilformig kotkompression Th12, trolig osteoporotisk kompressionsfraktur, äldre eller nytillkommen går ej att avgöra."),
    ("Bedömning", "KOL-exacerbation, förbättrad. Upprepade kortisonkurer ger risk för osteoporos."),
    ("Planering", "DXA beställd. Kalk och D-vitamin insatt."),
], unit="kungalv_med", author=("Fredrik Dahl", L), time="04-09 12:50"),
    must=M("NL102"),
    why="Incidental 'trolig osteoporotisk kompressionsfraktur' and '?' in Diagnoser")

C("epikris-typo-sannolkit-hemokromatos", "vgr", 51, "m", N([
    ("Diagnoser", "K76.0 Fettlever\nE83.1 Sannolkit hereditär hemokromatos\nE11.9 Diabetes typ 2"),
    ("Lab", "Ferritin 1 850, transferrinmättnad 78 %. ALAT 1,8. HFE-gentest skickat."),
    ("Röntgen", "MR lever: Järninlagring i levern, lätt steatos."),
    ("Planering", "Svar på gentest inväntas, därefter ställningstagande till venesectio. Alkoholrestriktion."),
], template="Läkaranteckning", unit="udd_med", author=("Henrik Blom", L), time="09-27 08:50", setting="öppenvård"),
    must=M("NL102"),
    why="Typo 'Sannolkit' hereditär hemokromatos in Diagnoser")

C("kort-trol-herpes-zoster", "skane", 72, "k", N([
    ("Bedömning", "Trol. herpes zoster Th6 vä, utslagen ännu ej typiska. Valaciklovir insatt."),
], template="Akutanteckning", unit="malmo_akut", author=("Jakob Wennberg", L), time="05-19 22:05", setting="akutmottagning"),
    must=M("NL102"),
    why="One-line telegraphic note: 'Trol. herpes zoster'")

C("kort-herpes-zoster-klinisk-diagnos", "skane", 68, "m", N([
    ("Bedömning", "Herpes zoster, klinisk diagnos med typiska blåsor i dermatom L1 höger. Valaciklovir 1 g x 3 i 7 dgr."),
], template="Akutanteckning", unit="malmo_akut", author=("Emilia Rydén", L), time="06-23 20:40", setting="akutmottagning"),
    must_not=M("NL102"),
    why="One-line counterpart: shingles stated firmly")

C("sjukskoterska-misstankt-uvi-slutenvard", "vgr", 87, "k", N([
    ("Aktuellt", "Pat mer förvirrad än vanligt under kvällen, illaluktande urin."),
    ("Observationer", "Temp 38,1, puls 96, BT 128/70. Dricker dåligt."),
    ("Bedömning", "Misstänkt urinvägsinfektion."),
    ("Åtgärd", "Urinsticka och urinodling tagna. Jourhavande läkare kontaktad, kommer och bedömer. Uppmuntrar till dryck."),
], template="Omvårdnadsanteckning", unit="su_molndal_ger", author=("Therese Ljung", S), time="08-08 21:15"),
    must=M("NL102"),
    why="Nurse's inpatient note: 'Misstänkt urinvägsinfektion' before the result")

C("dietist-misstankt-refeeding", "skane", 45, "k", N([
    ("Bakgrund", "Inlagd för viktnedgång, BMI 14,8. Ätit mycket lite under 3 mån."),
    ("Nutritionsstatus", "Vikt 39 kg, längd 162 cm. Energiintag senaste dygnen ca 300 kcal."),
    ("Bedömning", "Hög risk för refeeding-syndrom. Fosfat sjönk från 0,9 till 0,5 efter nutritionsstart, misstänkt refeeding-syndrom."),
    ("Åtgärd", "Energiintaget sänkt till 10 kcal/kg/dygn. Läkare informerad, fosfat- och tiaminsubstitution ordinerade. Daglig kontroll av fosfat, kalium, magnesium."),
], template="Dietistanteckning", unit="malmo_med", author=("Hanna Ek", "dietist"), time="01-31 13:00"),
    must=M("NL102"),
    why="Dietitian note with 'misstänkt refeeding-syndrom' in Bedömning")

C("psykolog-adhd-autism-kan-ej-uteslutas", "vgr", 21, "k", N([
    ("Bakgrund", "Remitterad för neuropsykiatrisk utredning pga koncentrationssvårigheter och sociala svårigheter under studierna."),
    ("Genomförda test", "WAIS-IV: Generellt index i genomsnittsnivå, låg arbetsminnesindex. DIVA 2.0: Kriterier för ouppmärksamhet uppfyllda i barndom och vuxen ålder. ADOS-2 genomförs nästa vecka."),
    ("Bedömning", "Testresultaten talar för ADHD, kombinerad form. Autismspektrumtillstånd kan ej uteslutas innan ADOS-2 är klar."),
    ("Planering", "ADOS-2 2024-03-21. Återkoppling med läkare när utredningen är klar."),
], template="Psykologanteckning", unit="sas_psyk", author=("Julia Hammar", "psykolog"), time="03-14 15:30", setting="öppenvård"),
    must=M("NL102"),
    why="Psychologist note: autism 'kan ej uteslutas' pending ADOS-2")

C("logoped-misstankt-primar-progressiv-afasi", "skane", 64, "k", N([
    ("Bakgrund", "Remiss från minnesmottagningen. Tilltagande ordletningssvårigheter i 2 år."),
    ("Undersökning", "Benämning nedsatt (BNT 31/60). Repetition av meningar nedsatt. Ordförståelse bevarad. Tal långsamt med pauser men utan grammatiska fel."),
    ("Bedömning", "Språkprofilen är förenlig med logopenisk variant. Misstänkt primär progressiv afasi, vilket sammanvägs med MR och likvor av läkare."),
    ("Åtgärd", "Kommunikationsstrategier genomgångna med pat och make. Ny kontroll om 6 mån."),
], template="Logopedanteckning", unit="hbg_ger", author=("Sara Winter", "logoped"), time="10-08 09:40", setting="öppenvård"),
    must=M("NL102"),
    why="Speech therapist note: 'Misstänkt primär progressiv afasi'")

C("barn-trolig-astma-inskrivning", "skane", 6, "m", N([
    ("Kontaktorsak", "Andningsbesvär och pip i bröstet."),
    ("Anamnes", "Tredje episoden i vinter med obstruktivitet vid förkylning. Hostar nattetid även mellan förkylningarna. Eksem som liten."),
    ("Hereditet", "Mamma har astma och pollenallergi."),
    ("Status", "Sat 92 %, AF 38. Indragningar. Pulm: Förlängt exspirium och pip bilat."),
    ("Bedömning", "Akut obstruktivitet, god effekt av inhalationer. Trolig astma, ställningstagande efter spirometri när han är frisk."),
    ("Planering", "Betapredinsolon 3 dagar. Inhalationer Airomir med spacer. Astmasköterska kallar för spirometri och uppföljning."),
], template="Inskrivningsanteckning", unit="lund_barn", author=("Elin Hedlund", L), time="12-11 19:35"),
    must=M("NL102"),
    why="Paediatric admission note read by guardians: 'Trolig astma'")

C("epikris-behover-uteslutas-lungemboli", "vgr", 60, "k", N([
    ("Diagnoser", "R06.0 Dyspné\nC50.9 Bröstcancer, under cytostatikabehandling"),
    ("Vårdförlopp", "Inlagd över natten för andfåddhet. Hb 92. D-dimer förhöjt. DT-angio kunde inte göras pga kontrastallergi."),
    ("Bedömning", "Lungemboli behöver uteslutas; fulldos LMH tills lungskintigrafi är gjord."),
    ("Planering", "Lungskintigrafi imorgon polikliniskt, pat återkommer till dagvården."),
], unit="su_onk", author=("Annika Roos", L), time="02-02 08:30"),
    must=M("NL102"),
    why="'Lungemboli behöver uteslutas' with treatment started: an open hypothesis, not a negation")

C("epikris-oklart-astma-eller-kol", "skane", 62, "k", N([
    ("Diagnoser", "J20.9 Akut bronkit\nJ45.9 Astma/KOL, oklart vilket"),
    ("Anamnes", "Exrökare, 20 paketår. Astma diagnostiserad i 30-årsåldern utan spirometri."),
    ("Vårdförlopp", "Obstruktivitet som hävdes på inhalationer och kortison."),
    ("Bedömning", "Obstruktiv lungsjukdom där det är oklart om det rör sig om astma, KOL eller överlapp."),
    ("Planering", "Spirometri med reversibilitet på lungmottagningen om 6 veckor."),
], unit="lund_lung", author=("Per Wallin", L), time="12-18 10:55"),
    must=M("NL102"),
    why="'oklart om det rör sig om astma, KOL eller överlapp' — undecided diagnosis")

C("epikris-kan-roera-sig-om-begynnande-demens", "vgr", 81, "m", N([
    ("Diagnoser", "S06.0 Hjärnskakning\nW18 Fall\nF05.9 Akut konfusion"),
    ("Vårdförlopp", "Föll i trappan. DT hjärna utan blödning. Förvirrad nattetid under vårdtiden, klarare dagtid."),
    ("Bedömning", "Kvarstående minnessvårigheter enligt hustrun även före fallet. Kan röra sig om en begynnande demens."),
    ("Planering", "Minnesutredning på vårdcentralen när det akuta lagt sig."),
], unit="su_molndal_ger", author=("Cecilia Wahl", L), time="06-03 11:45"),
    must=M("NL102"),
    why="'Kan röra sig om en begynnande demens' in Bedömning")

C("remissvar-borrelia-ej-sakerstalld", "vgr", 39, "m", N([
    ("Frågeställning", "Facialispares höger."),
    ("Status", "Perifer facialispares höger, House–Brackmann 3. Fästingbett i juli enligt pat."),
    ("Lab", "Borrelia IgG positivt i serum. Likvor: 28 mononukleära celler, intratekal antikroppsproduktion inväntas."),
    ("Bedömning", "Perifer facialispares, neuroborrelios misstänks men diagnosen är ej säkerställd innan likvorantikroppar föreligger."),
    ("Åtgärd", "Doxycyklin 200 mg x 1 i 14 dagar startas redan nu. Ögonskydd nattetid."),
], template="Remissvar", unit="su_inf", author=("Maria Ström", L), time="08-29 14:00", setting="öppenvård"),
    must=M("NL102"),
    why="Neuroborreliosis 'misstänks' and 'ej säkerställd' in Bedömning")
# ---------------------------------------------------------------------------
# H. Tidiga hypoteser (Skåne: template; VGR: sökord) and multi-note stays.
# ---------------------------------------------------------------------------
C("vgr-sokord-th-misstankt-munchausen-ovrigt-avklarat", "vgr", 33, "k", N([
    ("Diagnoser", "E16.2 Hypoglykemi, upprepade episoder\nF43.2 Anpassningsstörning"),
    ("Anamnes", "Fjärde inläggningen i år för hypoglykemier med kramper. Ingen diabetes. Arbetar som undersköterska."),
    ("Lab", "Vid hypoglykemi 1,8: insulin kraftigt förhöjt, C-peptid omätbart lågt."),
    ("Röntgen", "DT och endoskopiskt ultraljud av pankreas: Inget insulinom."),
    ("Vårdförlopp", "Inga hypoglykemier under övervakad fasta 72 h. Kuratorskontakt."),
    ("Bedömning", "Upprepade hypoglykemier. Insulinom uteslutet."),
    ("Tidiga hypoteser", "Provmönstret (högt insulin, lågt C-peptid) talar för tillförsel av exogent insulin. Misstänkt självförvållad hypoglykemi, ev. inom ramen för artificiellt syndrom. Ej kommunicerat med pat, diskuteras med psykiatrikonsult."),
    ("Planering", "Återbesök endokrinmottagningen 2 v. Psykiatrisk konsultation bokad."),
], unit="su_endo", author=("Maja Eklund", L), time="09-23 16:25"),
    must_not=M("NL102"),
    why="VGR: the sensitive hypothesis is only under sökord Tidiga hypoteser; visible sections settled (insulinoma excluded)")

C("vgr-sokord-th-men-hypotes-ocksa-i-bedomning", "vgr", 47, "m", N([
    ("Diagnoser", "K70.3 Alkoholorsakad levercirros\nI85.9 Esofagusvaricer utan blödning"),
    ("Lab", "AFP 86. Bilirubin 31. Albumin 30."),
    ("Röntgen", "DT lever: 3 cm arteriellt laddande förändring segment 8 med wash-out."),
    ("Tidiga hypoteser", "Misstänkt hepatocellulärt carcinom, pat ej informerad i väntan på MDK."),
    ("Bedömning", "Cirros Child-Pugh B. Fokal leverförändring, misstänkt HCC, tas upp på leverkonferens."),
    ("Planering", "Leverkonferens 3/7. Betablockad för varicerna."),
], unit="su_gast", author=("Tobias Holmgren", L), time="06-26 13:35"),
    must=M("NL102", "NL101"),
    why="VGR: HCC hypothesis correctly under Tidiga hypoteser but repeated in the visible Bedömning")

C("skane-th-mall-och-epikris-lacker-hypotes", "skane", 70, "k", [
    N([
        ("Diagnoser", "I63.9 Cerebral infarkt\nI48.9 Förmaksflimmer\nC80.9 Misstänkt malignitet, primärtumör okänd"),
        ("Vårdförlopp", "Ischemisk stroke med snabb förbättring. DT thorax-buk i utredning av embolikällan visade multipla förstorade lymfkörtlar retroperitonealt."),
        ("Bedömning", "Stroke på basen av förmaksflimmer. Lymfkörtelfynd utreds vidare."),
    ], unit="hbg_stroke", author=("Rasmus Öberg", L), time="03-21 14:20"),
    N([
        ("Tidiga hypoteser", "Lymfkörtlarna är misstänkt maligna, lymfom eller metastaser. Pat bedöms för närvarande inte klara beskedet efter stroken; informeras när hon återhämtat sig."),
    ], id="n2", template="Tidiga hypoteser", unit="hbg_stroke", author=("Rasmus Öberg", L), time="03-21 14:35"),
], must=[("NL102", "n1")], must_not=[("NL102", "n2"), ("NL101", "n2"), ("NL104", "n2")],
    why="Skåne: hypothesis placed in Tidiga hypoteser, but the visible epikris still lists 'Misstänkt malignitet'")

C("skane-th-mall-epikris-ren", "skane", 43, "m", [
    N([
        ("Diagnoser", "S06.0 Commotio cerebri\nS52.5 Distal radiusfraktur höger, gipsad\nT51.0 Alkoholförgiftning"),
        ("Anamnes", "Hittad på gatan med skallskada. Berusad. Minns inte händelsen."),
        ("Röntgen", "DT skalle: Ingen blödning. Rtg handled: Extensionsfraktur distala radius."),
        ("Vårdförlopp", "Observation med vakenhetskontroller över natten. Gipsad av ortoped."),
        ("Bedömning", "Hjärnskakning och handledsfraktur efter fall i berusat tillstånd."),
        ("Planering", "Gipsavtagning och röntgen om 5 veckor på ortopedmottagningen."),
    ], unit="malmo_akut", author=("Emilia Rydén", L), time="04-28 09:10"),
    N([
        ("Tidiga hypoteser", "Enligt anonym uppgift från en bekant har pat på senare tid uttryckt suicidtankar. Misstänkt depression med självskadeavsikt bakom händelsen, ej stämt av med pat. Psykiatrikonsult beställd."),
    ], id="n2", template="Tidiga hypoteser", unit="malmo_akut", author=("Emilia Rydén", L), time="04-28 09:20"),
], must_not=[("NL102", "n1"), ("NL102", "n2"), ("NL101", "n1"), ("NL104", "n2")],
    why="Skåne: hypothesis only in a Tidiga hypoteser template note; the visible epikris holds firm diagnoses")

C("th-utan-hypotes-administrativ-text", "skane", 58, "m", N([
    ("Tidiga hypoteser", "Pat inlagd på avd 11 för planerad hernioplastik. Telefonnummer till dottern: se kontaktuppgifter. Fastande från midnatt."),
], template="Tidiga hypoteser", unit="kri_kir", author=("Nils Persson", L), time="10-24 16:00"),
    must=M("NL104"), must_not=M("NL102"),
    why="A Tidiga hypoteser entry with no diagnostic hypothesis at all (administrative text)")

C("th-bekraftad-och-meddelad-ligger-kvar", "vgr", 66, "k", N([
    ("Tidiga hypoteser", "Bröstcancer vänster, PAD bekräftad (invasiv lobulär cancer). Pat fick diagnosbesked av kirurg 2024-05-06 och har påbörjat neoadjuvant behandling."),
], template="Läkaranteckning", unit="sas_kk", author=("Jenny Carlsson", L), time="05-20 10:30", setting="öppenvård"),
    must=M("NL104"), must_not=M("NL102", "NL101"),
    why="VGR sökord Tidiga hypoteser holding a confirmed diagnosis that the patient has already been told")

C("th-aktiv-hypotes-korrekt-anvand", "vgr", 54, "k", N([
    ("Aktuellt", "Uppföljning av svårbehandlad buksmärta."),
    ("Bedömning", "Normala fynd vid gastroskopi och DT buk. Smärtan svarar inte på behandling."),
    ("Tidiga hypoteser", "Sonen har ringt och uppger att pat tar stora mängder kodeinpreparat som förskrivs av flera läkare. Misstänkt opioidberoende, ännu inte bekräftat eller diskuterat med pat. Sonens uppgifter får ej röjas."),
    ("Planering", "Återbesök 2 v. Sammanställning av förskrivningar via NPÖ och läkemedelsförteckningen."),
], template="Läkaranteckning", unit="su_gast", author=("Olle Berglund", L), time="11-13 09:15", setting="öppenvård"),
    must_not=M("NL104", "NL102", "NL101"),
    why="VGR: a genuine unconfirmed hypothesis with third-party information, correctly under Tidiga hypoteser")

C("inskr-och-epikris-samma-vardtillfalle", "vgr", 65, "m", [
    N([
        ("Kontaktorsak", "Feber och hosta."),
        ("Anamnes", "Hosta, feber och frossa i 4 dagar. Diarré. Varit på hotell i Spanien för 10 dagar sedan."),
        ("Status", "Temp 39,6. Sat 90 %. Pulm: Rassel höger. Relativ bradykardi."),
        ("Lab", "CRP 310, Na 128, ALAT 2,8."),
        ("Bedömning", "Pneumoni höger, sannolikt legionella med tanke på resan, hyponatremin och diarréerna. DD pneumokocker."),
        ("Planering", "Cefotaxim plus levofloxacin. Legionella- och pneumokockantigen i urin."),
    ], template="Inskrivningsanteckning", unit="sas_med", author=("Johanna Berg", L), time="08-12 21:30"),
    N([
        ("Diagnoser", "A48.1 Legionärssjuka\nE87.1 Hyponatremi"),
        ("Vårdförlopp", "Legionellaantigen i urin positivt, pneumokockantigen negativt. Cefotaxim utsatt, levofloxacin i totalt 10 dagar. Smittskyddsanmälan gjord."),
        ("Bedömning", "Legionellapneumoni, verifierad med urinantigen. Pneumokocker uteslutna."),
        ("Information", "Pat informerad om diagnosen och att smittskyddsenheten kan höra av sig om resan."),
        ("Planering", "Levofloxacin t.o.m. 22/8. Lungröntgen om 6 v."),
    ], id="n2", unit="sas_med", author=("Johanna Berg", L), time="08-17 11:00"),
], must=[("NL102", "n1")], must_not=[("NL102", "n2"), ("NL101", "n2")],
    why="Same stay: admission note with 'sannolikt legionella, DD' (n1) and epikris where it is verified (n2)")

C("remiss-och-remissvar-misstanke-besvarad", "skane", 36, "k", [
    N([
        ("Frågeställning", "Misstänkt hypofysadenom? Amenorré och galaktorré."),
        ("Anamnes", "Amenorré i 8 mån, mjölkflöde ur brösten. Ej gravid. Huvudvärk."),
        ("Lab", "Prolaktin 2 100 mIU/L."),
    ], template="Remiss", unit="kri_kk", author=("Ingrid Sundberg", L), time="01-08 10:00", setting="öppenvård"),
    N([
        ("Röntgen", "MR hypofys: 7 mm mikroadenom."),
        ("Bedömning", "Prolaktinom (mikroadenom), diagnosen fastställd med MR och kraftigt förhöjt prolaktin. Ingen synfältspåverkan."),
        ("Åtgärd", "Kabergolin 0,25 mg x 2/v. Prolaktin om 6 v. Pat informerad om diagnosen vid besöket."),
    ], id="n2", template="Remissvar", unit="malmo_endo", author=("Johan Friberg", L), time="02-02 15:40", setting="öppenvård"),
], must=[("NL102", "n1")], must_not=[("NL102", "n2"), ("NL101", "n2")],
    why="Referral with 'Misstänkt hypofysadenom?' (n1, Melior, visible) and its answer establishing prolactinoma (n2)")
# ---------------------------------------------------------------------------
# I. PMO (Skåne primary care): diagnoses are never shown, so every hedged
#    diagnosis is must_not NL102; NL101 is never asserted.
# ---------------------------------------------------------------------------
C("pmo-epikrisgenomgang-misstankt-lungcancer", "skane", 69, "k", N([
    ("Aktuellt", "Genomgång av epikris från lungkliniken Lund efter vårdtillfälle 3–9/4."),
    ("Diagnoser", "Pneumoni höger underlob, behandlad. KOL. Misstänkt lungcancer vänster överlob, utreds via SVF."),
    ("Bedömning", "Pneumonin läkt enligt epikrisen. Utredning av trolig lungcancer pågår på sjukhuset, första besök 23/4."),
    ("Planering", "Ringer pat för att stämma av mående. Ingen åtgärd från vårdcentralen just nu. Förnyar inhalationsläkemedel."),
], template="Journalanteckning", unit="vc_eslov", author=("Birgitta Holmqvist", L), time="04-15 11:30", setting="öppenvård", system="PMO"),
    must_not=M("NL102"),
    why="PMO note repeating 'misstänkt/trolig lungcancer' from a hospital epikris: PMO never shows diagnoses")

C("pmo-misstankt-dvt-remiss-akuten", "skane", 44, "m", N([
    ("Kontaktorsak", "Svullet vänster ben."),
    ("Anamnes", "Gipsad vänster fotled för 3 veckor sedan. Sedan 2 dagar svullen och öm vad."),
    ("Status", "Vänster vad 4 cm grövre än höger, öm längs djupa vener. Homans positivt."),
    ("Bedömning", "Misstänkt DVT vänster underben. Wells 3."),
    ("Åtgärd", "Fragmin 15 000 E sc givet. Remiss till akuten för ultraljud idag."),
], template="Besök", unit="vc_hoor", author=("Marcus Lind", L), time="02-26 14:15", setting="öppenvård", system="PMO"),
    must_not=M("NL102"),
    why="PMO visit note with 'Misstänkt DVT'")

C("pmo-hemsjukvard-trol-hyperkalcemi-dd", "skane", 84, "k", N([
    ("Aktuellt", "Hembesök inom hemsjukvården. Känd metastaserad bröstcancer, palliativ vård i hemmet."),
    ("Status", "Mycket trött, sover mest. Dricker lite. Förvirrad enligt dottern, ny sedan 2 dagar."),
    ("Bedömning", "Förvirring och trötthet, trol. hyperkalcemi vid skelettmetastaser. DD progress av sjukdomen, infektion."),
    ("Åtgärd", "Blodprover tagna i hemmet (Ca, albumin, CRP, krea). Svar imorgon, ställningstagande till bisfosfonat då. Dottern informerad."),
], template="Hembesök", unit="vc_sjobo", author=("Lena Åkesson", L), time="11-21 13:20", setting="hemsjukvård", system="PMO"),
    must_not=M("NL102"),
    why="PMO home-care note with 'trol. hyperkalcemi' and a DD list")

C("pmo-yrsel-dd-lista", "skane", 71, "m", N([
    ("Kontaktorsak", "Yrsel i 2 veckor."),
    ("Anamnes", "Nyinsatt amlodipin för 3 veckor sedan. Yrsel vid uppresning, ingen rotatorisk karaktär."),
    ("Status", "Ortostatiskt BT-fall 28 mmHg. Neurologstatus ua. Dix–Hallpike negativ."),
    ("Bedömning", "Ortostatisk yrsel, trol. läkemedelsutlöst. DD arytmi, vertebrobasilär insufficiens."),
    ("Åtgärd", "Amlodipin halveras. Långtids-EKG beställt. Åter om 3 v."),
], template="Besök", unit="vc_klippan", author=("Ahmad Rahimi", L), time="09-09 10:10", setting="öppenvård", system="PMO"),
    must_not=M("NL102"),
    why="PMO: DD list for dizziness is not shown to the patient")

C("pmo-ej-informerad-psa-misstankt-prostatacancer", "skane", 68, "m", N([
    ("Aktuellt", "Provsvar."),
    ("Lab", "PSA 22, förra året 4,1."),
    ("Bedömning", "Kraftig PSA-stegring, misstänkt prostatacancer. Pat ej informerad om svaret ännu, har sökts per telefon utan svar."),
    ("Åtgärd", "Remiss urologen enligt SVF. Ny telefontid bokad imorgon."),
], template="Journalanteckning", unit="vc_staffanstorp", author=("Eva Brandt", L), time="10-01 16:40", setting="öppenvård", system="PMO"),
    must_not=M("NL102"),
    why="PMO note with a suspected cancer and 'ej informerad': NL102 silent in PMO, NL101 not asserted")

C("pmo-demens-kan-ej-uteslutas-sjukskoterska", "skane", 82, "k", N([
    ("Aktuellt", "Hembesök av distriktssköterska efter oro från grannar."),
    ("Observationer", "Kylskåpet innehåller gamla matvaror. Pat minns inte att hon haft hemtjänstbesök på morgonen. MMSE 19/30."),
    ("Bedömning", "Kognitiv svikt där demens kan ej uteslutas. Behöver läkarbedömning."),
    ("Åtgärd", "Tid bokad hos distriktsläkare för demensutredning. Kontakt med biståndshandläggare angående hemtjänst."),
], template="Hembesök", unit="vc_simris", author=("Gunilla Persson", S), time="03-06 15:00", setting="hemsjukvård", system="PMO"),
    must_not=M("NL102"),
    why="PMO district nurse: dementia 'kan ej uteslutas'")

C("pmo-trolig-pneumoni-typo-pnuemoni", "skane", 59, "k", N([
    ("Kontaktorsak", "Feber och hosta."),
    ("Status", "Temp 38,8. Sat 95 %. Dämpning och rassel vänster basalt."),
    ("Lab", "CRP 134."),
    ("Bedömning", "Trolig pnuemoni vä basalt."),
    ("Åtgärd", "PcV 1 g x 3 i 7 dagar. Telefonkontroll om 3 dagar."),
], template="Besök", unit="vc_eslov", author=("Tomas Ek", L), time="01-22 11:50", setting="öppenvård", system="PMO"),
    must_not=M("NL102"),
    why="PMO note with typo 'pnuemoni' in a hedged diagnosis — silent because PMO hides diagnoses")
# ---------------------------------------------------------------------------
# J. More long hospital notes, both kinds.
# ---------------------------------------------------------------------------
C("epikris-sannolikt-crohn-pad-invantas", "skane", 22, "m", N([
    ("Diagnoser", "K50.9 Sannolikt Crohns sjukdom, ileocekal\nE44.0 Måttlig undernäring\nD50.8 Järnbristanemi\nK60.3 Perianal fistel"),
    ("Anamnes", "22-årig man, student. Buksmärta i höger fossa, diarré 4–6 ggr/dag och viktnedgång 9 kg under 5 mån. Perianal smärta och sekretion sedan en månad. Ingen utlandsresa."),
    ("Tidigare sjukdomar", "Astma i barndomen. Inga operationer."),
    ("Socialt", "Studerar ekonomi i Lund och bor i studentkorridor. Röker 5 cigaretter om dagen och har fått information om att rökning försämrar inflammatorisk tarmsjukdom. Föräldrarna bor i Kristianstad."),
    ("Läkemedel", "Inga fasta läkemedel före inläggningen. Har tagit receptfri loperamid."),
    ("Hereditet", "Moster har ulcerös kolit."),
    ("Status", "Mager, BMI 18,1. Buk: Öm resistens i höger fossa. Perianalt: Fistelmynning kl 7 med sekretion."),
    ("Lab", "CRP 68, Hb 104, albumin 28, F-kalprotektin 1 900. Fecesodling och C. difficile negativa."),
    ("Lab vid utskrivning", "CRP 22, Hb 112 efter järninfusion, albumin 31. Kalium och magnesium normaliserade efter substitution."),
    ("Sjukskrivning", "Intyg till CSN för nedsatt studietakt under vårterminen har utfärdats."),
    ("Röntgen", "MR tunntarm: Väggförtjockning av terminala ileum över 15 cm med förträngning. MR bäcken: Transsfinkterisk fistel utan abscess."),
    ("Vårdförlopp", "Ileokoloskopi 19/2: Aftösa sår och kullerstensmönster i terminala ileum, biopsier tagna. Kirurgkonsult bedömde fisteln, seton lades. Nutritionsstöd med näringsdrycker, järninfusion."),
    ("Bedömning", "Bilden talar starkt för Crohns sjukdom med ileocekal och perianal lokalisation. Tarmtuberkulos och lymfom bedöms osannolika men PAD ska inväntas innan immunmodulerande behandling."),
    ("Planering", "Budesonid tills vidare. Återbesök IBD-mottagningen 4/3 med PAD. Screening inför biologisk behandling påbörjad (Quantiferon, hepatit, VZV). Dietistuppföljning."),
    ("Läkemedel vid utskrivning", "Budesonid 9 mg x 1. Näringsdryck 2 x 200 ml dagligen. Kalcium och D-vitamin 500 mg/800 IE x 1 under kortisonbehandlingen. Paracetamol vid smärta, NSAID ska undvikas."),
    ("Information", "Pat och mamma har informerats om att det sannolikt rör sig om Crohns sjukdom och att vävnadsproverna avgör."),
    ("Uppföljning", "IBD-sjuksköterska har gått igenom egenvård och kontaktvägar. Pat kan nå IBD-mottagningen via 1177 eller telefon vardagar. Vid feber, tilltagande smärta eller ökad sekretion från fisteln ska han söka akut."),
], unit="malmo_gast", author=("Klara Mattsson", L), time="02-22 14:55"),
    must=M("NL102"), must_not=M("NL101"),
    why="Long IBD epikris: 'Sannolikt Crohns sjukdom' with PAD pending, listed first in Diagnoser")

C("epikris-endokardit-bekraftad-septisk-mjaltinfarkt", "vgr", 61, "m", N([
    ("Diagnoser", "I33.0 Akut endokardit, aortaklaff, Staphylococcus aureus\nA41.0 Sepsis orsakad av S. aureus\nD73.5 Mjältinfarkt, misstänkt septisk\nE11.9 Diabetes typ 2"),
    ("Anamnes", "Feber i en vecka, inlagd med sepsis. Diabetesfot med sår på höger stortå sedan en månad."),
    ("Tidigare sjukdomar", "Diabetes typ 2 sedan 2008, insulinbehandlad, neuropati i fötterna. Hypertoni. Höftfraktur 2020."),
    ("Socialt", "Sambo, bor i Alingsås. Förtidspensionerad lastbilschaufför. Röker 10 cigaretter om dagen."),
    ("Status", "Temp 39,8. Nytt diastoliskt blåsljud över aorta. Sår höger stortå med rodnad. Vänstersidig buksmärta dag 3."),
    ("Lab", "Blododlingar 4/4 S. aureus (MSSA). CRP 290. Krea 110."),
    ("Röntgen", "TEE: 12 mm vegetation på aortaklaffen, måttlig aortainsufficiens, ingen abscess. DT buk dag 3: Kilformat hypoattenuerande område i mjälten, trol. infarkt, septisk embolus eller abscess i tidigt skede kan inte skiljas åt."),
    ("Vårdförlopp", "Kloxacillin iv, negativa kontrollodlingar från dag 4. Thoraxkirurgisk bedömning: ingen akut operationsindikation. Ortoped har reviderat stortån."),
    ("Bedömning", "S. aureus-endokardit på aortaklaffen, definitiv enligt Duke. Mjältförändringen är oklar och följs med ny DT."),
    ("Planering", "Kloxacillin iv totalt 6 veckor, överflytt till infektionskliniken Östra. Ny DT buk om 2 veckor. Tandläkarbedömning."),
    ("Information", "Pat och sambo informerade om endokarditen, den långa antibiotikabehandlingen och att fyndet i mjälten ska följas med ny röntgen."),
], unit="alingsas_med", author=("Linnea Sjöberg", L), time="05-14 15:20"),
    must=M("NL102"),
    why="Endocarditis definite by Duke, but 'Mjältinfarkt, misstänkt septisk' remains unsettled")

C("epikris-trolig-alkoholkardiomyopati", "vgr", 54, "m", N([
    ("Diagnoser", "I50.1 Hjärtsvikt med nedsatt EF (30 %)\nI42.6 Trolig alkoholorsakad kardiomyopati\nI48.9 Förmaksflimmer\nF10.2 Alkoholberoende"),
    ("Anamnes", "Känt alkoholberoende sedan många år, dricker ca en flaska vin dagligen. Tilltagande andfåddhet och bensvullnad i 2 mån."),
    ("Status", "Halsvenstas, leverförstoring, ödem upp till knäna. Cor: Oregelbunden, 120/min."),
    ("Lab", "NT-proBNP 9 400. GT 4,1, PEth 2,8. TnT 22."),
    ("Röntgen", "Ekokardiografi: Dilaterad vänsterkammare med global hypokinesi, EF 30 %. Koronarangiografi: Normala kranskärl."),
    ("Vårdförlopp", "Diuretika iv, viktnedgång 9 kg. Betablockad och ARNI insatt. Abstinensbehandling enligt CIWA utan komplikationer."),
    ("Bedömning", "Dilaterad kardiomyopati med normala kranskärl. Alkohol är den troligaste orsaken; tachykardiinducerad komponent kan bidra."),
    ("Planering", "Total alkoholabstinens är avgörande. Kontakt med beroendemottagning förmedlad. Ny eko om 3 mån. Hjärtsviktssköterska 2 v."),
    ("Information", "Pat informerad om hjärtsvikten och sambandet med alkohol."),
], unit="nal_med", author=("Jonas Åberg", L), time="07-24 12:35"),
    must=M("NL102"), must_not=M("NL101"),
    why="Heart failure epikris: 'Trolig alkoholorsakad kardiomyopati' in Diagnoser")

C("epikris-itp-dd-lakemedelsutlost", "skane", 39, "k", N([
    ("Diagnoser", "D69.3 Immunologisk trombocytopen purpura, nydiagnostiserad\nR04.0 Epistaxis"),
    ("Anamnes", "Petekier på benen och näsblödning i 3 dagar. Började med trimetoprim för urinvägsinfektion en vecka tidigare."),
    ("Status", "Petekier på underbenen och i munslemhinnan. Ingen lymfadenopati, ingen splenomegali."),
    ("Lab", "Tpk 6, Hb och LPK normala. Perifert blodutstryk: Stora trombocyter, inga blaster. HIV, hepatit C och H. pylori negativa."),
    ("Vårdförlopp", "Prednisolon 1 mg/kg och immunglobulin iv. Tpk steg till 88 dag 4. Trimetoprim utsatt."),
    ("Bedömning", "Isolerad trombocytopeni som svarat på behandling. Primär ITP är mest sannolikt, men läkemedelsutlöst trombocytopeni av trimetoprim kan inte uteslutas."),
    ("Planering", "Prednisolon nedtrappning över 6 veckor. Tpk en gång per vecka. Trimetoprim ska undvikas. Återbesök hematologmottagningen 3 v."),
], unit="lund_hemat", author=("Tove Lindholm", L), time="06-07 10:45"),
    must=M("NL102"),
    why="Haematology epikris where drug-induced thrombocytopenia 'kan inte uteslutas' beside probable ITP")

C("epikris-adherensileus-typo-trolgi", "skane", 72, "k", N([
    ("Diagnoser", "K56.6 Tunntarmsileus, trolgi adherensileus\nZ90.4 Status post hemikolektomi höger 2016"),
    ("Anamnes", "Buksmärta, uppkördhet och kräkningar sedan ett dygn. Ingen avföring eller gasavgång."),
    ("Röntgen", "DT buk: Dilaterade tunntarmsslyngor med kalibersprång i nedre buken, ingen strangulation, ingen tumör synlig."),
    ("Vårdförlopp", "Konservativ behandling med ventrikelsond och Omnipaque-passage. Kontrast i kolon efter 8 timmar. Gasavgång dag 2, ventrikelsonden drogs dag 3."),
    ("Bedömning", "Tunntarmsileus som hävts konservativt. Ingen operation behövdes."),
    ("Planering", "Hem. Åter vid nya ileussymtom."),
], unit="kri_kir", author=("Isak Wendel", L), time="11-16 09:20"),
    must=M("NL102"),
    why="Typo 'trolgi' (trolig) adhesive ileus in the Diagnoser line")

C("epikris-misstankt-endometrios-efter-laparoskopi", "skane", 31, "k", N([
    ("Diagnoser", "N83.5 Torsion av ovarium vänster, detorderat\nN83.2 Ovarialcysta vänster, 6 cm\nN80.9 Misstänkt endometrios"),
    ("Anamnes", "Akut debut av svår smärta i vänster fossa med kräkningar. Mensvärk som hindrat skola och arbete sedan tonåren."),
    ("Röntgen", "Vaginalt ultraljud: 6 cm cysta vänster ovarium med nedsatt flöde."),
    ("Vårdförlopp", "Akut laparoskopi: Torkverat vänster ovarium, detorderades och cystan extirperades. Ovariet återfick färg. Peroperativt noterades bruna peritoneala förändringar i fossa Douglasi; biopsi tagen."),
    ("Bedömning", "Ovarialtorsion, ovariet bevarat. Peroperativa fynd talar för endometrios, PAD avvaktas."),
    ("Planering", "Återbesök gynmottagningen 6 v med PAD och ställningstagande till hormonell behandling."),
], unit="kri_kk", author=("Amanda Frid", L), time="09-08 16:30"),
    must=M("NL102"),
    why="Gynaecology epikris: torsion settled, 'Misstänkt endometrios' awaiting PAD")

C("epikris-lewy-body-fragetecken", "vgr", 77, "m", N([
    ("Diagnoser", "F05.1 Delirium överlagrat på kognitiv svikt\nG31.8 Demens med Lewykroppar?\nN39.0 Urinvägsinfektion\nG47.8 REM-sömnstörning"),
    ("Anamnes", "Enligt hustrun fluktuerande förvirring sedan ett år, ser djur i rummet kvällstid och slår omkring sig i sömnen. Insjuknade med feber och tilltagande förvirring."),
    ("Status", "Lätt rigiditet i armarna, inget tremor. Fluktuerande uppmärksamhet."),
    ("Vårdförlopp", "UVI behandlad med pivmecillinam. Haloperidol undveks pga känslighet för neuroleptika. Deliriet klingade av under en vecka."),
    ("Bedömning", "Delirium utlöst av UVI. Grundbilden med fluktuationer, synhallucinationer, REM-sömnstörning och parkinsonism väcker misstanke om Lewy body-demens som bör utredas på minnesmottagning."),
    ("Planering", "Remiss minnesmottagningen. Undvik neuroleptika. Hemgång med hemtjänst 3 ggr/dag."),
], unit="su_molndal_ger", author=("Karin Dahlgren", L), time="01-19 14:05"),
    must=M("NL102"),
    why="'Demens med Lewykroppar?' in Diagnoser and 'väcker misstanke om' in Bedömning")

C("epikris-misstankt-igA-nefrit-biopsi-planerad", "skane", 28, "m", N([
    ("Diagnoser", "N02.8 Makroskopisk hematuri, recidiverande\nI10.9 Hypertoni, nyupptäckt\nN05.9 Misstänkt IgA-nefropati"),
    ("Anamnes", "Colafärgad urin i samband med halsfluss vid tre tillfällen senaste året."),
    ("Lab", "U-albumin/krea 120 mg/mmol. Dysmorfa erytrocyter i urinsediment. Krea 102, eGFR >90. ANCA, anti-GBM och komplement normala."),
    ("Röntgen", "Ultraljud njurar: Normalstora njurar."),
    ("Bedömning", "Glomerulär hematuri med proteinuri i anslutning till luftvägsinfektioner, typiskt för IgA-nefropati men biopsi krävs för diagnos."),
    ("Planering", "Njurbiopsi bokad 12/12. ACE-hämmare insatt. Njurmottagningen tar över uppföljningen."),
], unit="kri_med", author=("Hampus Rosell", L), time="11-28 11:25"),
    must=M("NL102"),
    why="Nephrology epikris: 'Misstänkt IgA-nefropati' pending kidney biopsy")

C("epikris-mojlig-hypertrofisk-kardiomyopati", "vgr", 19, "m", N([
    ("Diagnoser", "R55 Synkope vid ansträngning\nI42.1 Möjlig hypertrofisk kardiomyopati"),
    ("Anamnes", "19-årig fotbollsspelare som svimmade under match. Ingen kramp. Farbror dog plötsligt vid 35 års ålder."),
    ("Status", "Systoliskt blåsljud 2/6 längs vänster sternalrand som ökar vid Valsalva."),
    ("Röntgen", "EKG: Vänsterkammarhypertrofi med djupa T-vågsinversioner. Eko: Septum 16 mm, ingen obstruktion i vila. Träningsrelaterad hypertrofi kan ge likartad bild."),
    ("Vårdförlopp", "Telemetri 48 h utan arytmier."),
    ("Bedömning", "Ansträngningssynkope med hypertrofi. Differentiering mellan idrottshjärta och hypertrofisk kardiomyopati kräver MR hjärta och genetisk analys."),
    ("Planering", "Idrottsförbud tills utredning klar. MR hjärta och arbetsprov. Genetisk utredning erbjuds pat och familj."),
], unit="su_kard", author=("Henrik Lundgren", L), time="08-09 10:20"),
    must=M("NL102"),
    why="Young athlete: 'Möjlig hypertrofisk kardiomyopati' versus athlete's heart")

C("epikris-guillain-barre-bekraftat", "skane", 47, "m", N([
    ("Diagnoser", "G61.0 Guillain-Barrés syndrom\nA04.5 Campylobacterenterit, genomgången"),
    ("Vårdtid", "2024-03-02 -- 2024-03-18, neurologiska kliniken avd 54. Första två dygnen på intermediärvårdsplats pga risk för andningspåverkan."),
    ("Anamnes", "Diarré för tre veckor sedan. Sedan 5 dagar stickningar i fötterna och tilltagande svaghet i benen, nu svårt att gå."),
    ("Tidigare sjukdomar", "Hypertoni, behandlad med losartan. Knäledsartroskopi 2012."),
    ("Läkemedel vid inkomst", "Losartan 50 mg x 1. Inga naturläkemedel."),
    ("Allergier", "Inga kända."),
    ("Socialt", "Gift, tre barn. Arbetar som busschaufför. Aktiv i fotbollsklubb som tränare."),
    ("Status", "Symmetrisk pares i benen, distalt 3/5, proximalt 4/5. Areflexi. Ingen ansiktspares."),
    ("Status vid utskrivning", "Pares i benen distalt 4/5, proximalt 5-/5. Reflexerna fortfarande nedsatta. Normal andning, VC stabil."),
    ("Lab", "Likvor: Protein 1,4 g/L, celler 2 (albuminocytologisk dissociation). Campylobacter-serologi positiv."),
    ("Lab vid utskrivning", "Vitalkapacitet 4,1 L. Hb 138, CRP 3. Elektrolyter normala."),
    ("Läkemedel vid utskrivning", "Losartan 50 mg, Gabapentin 300 mg x 3, Fragmin 5000 E x 1 tills pat går obehindrat, Paracetamol 1 g x 3."),
    ("Sjukskrivning", "Sjukskriven 100 % i 8 veckor. Körförbud för yrkesmässig trafik tills vidare, anmälan till Transportstyrelsen inte aktuell i nuläget."),
    ("Röntgen", "Neurografi: Demyeliniserande polyneuropati med förlängda F-latenser och ledningsblock."),
    ("Vårdförlopp", "Immunglobulin iv 5 dagar. Vitalkapacitet följd dagligen, lägsta 2,9 L, ingen IVA-vård. Förbättrad gångförmåga dag 10. Myelit och CIDP bedömdes inte föreligga."),
    ("Funktionsstatus", "Vid utskrivning går han 50 meter med rollator, reser sig från stol med armstöd. Klarar personlig hygien med viss hjälp. Finmotoriken i händerna opåverkad. Smärtor i benen lindras av gabapentin."),
    ("Bedömning", "Guillain-Barrés syndrom efter campylobacterinfektion, diagnosen bekräftad med likvor och neurografi."),
    ("Planering", "Överflytt till rehabiliteringsmedicin Hässleholm. Neurologisk uppföljning på mottagningen om 3 mån."),
    ("Information", "Diagnos och förväntat förlopp genomgånget med pat och sambo."),
    ("Uppföljning", "Remissen till rehabiliteringsmedicin är accepterad och överflyttning sker 2024-03-18. Kopia till Vårdcentralen Eslöv. Informerad om att en liten andel får återfall och om att höra av sig vid ny svaghet eller andningsbesvär."),
], unit="lund_neuro", author=("Nora Falk", L), time="03-15 15:10"),
    must_not=M("NL102", "NL101"),
    why="GBS confirmed by CSF and neurography; alternatives negated")

C("epikris-pyelonefrit-hydronefros-utesluten", "skane", 35, "k", N([
    ("Diagnoser", "N10.9 Akut pyelonefrit höger\nO26.9 Graviditet v 28"),
    ("Anamnes", "Feber, frossa och smärta i höger flank. Gravid i vecka 28, okomplicerad graviditet hittills."),
    ("Lab", "CRP 180. Urinodling: E. coli, känslig för cefalosporiner."),
    ("Röntgen", "Ultraljud njurar: Lätt fysiologisk graviditetsdilatation höger, ingen avflödeshinder. Obstruktiv pyelonefrit kunde avskrivas."),
    ("Vårdförlopp", "Cefotaxim iv, feberfri dag 2. CTG och tillväxtultraljud normala."),
    ("Bedömning", "Okomplicerad pyelonefrit under graviditet, i regress."),
    ("Planering", "Ceftibuten t.o.m. 7/7. Kontrollodling efter avslutad behandling via MVC."),
], unit="malmo_urol", author=("Stefan Bengtsson", L), time="06-28 13:05"),
    must_not=M("NL102"),
    why="Obstructive pyelonephritis 'kunde avskrivas' by ultrasound; remaining diagnoses firm")

C("epikris-sepsis-endokardit-utesluten-tee", "vgr", 73, "k", N([
    ("Diagnoser", "A40.1 Sepsis orsakad av streptokocker grupp B\nL03.1 Erysipelas höger underben\nI35.0 Aortastenos, måttlig"),
    ("Anamnes", "Frossa och feber, rodnad på höger underben sedan 2 dagar. Känd aortastenos."),
    ("Lab", "Blododling: GBS i 2 av 2 flaskor. CRP 240."),
    ("Röntgen", "TTE och TEE: Måttlig aortastenos, inga vegetationer. Endokardit utesluten."),
    ("Vårdförlopp", "Bensylpenicillin iv 5 dagar, därefter PcV. Rodnaden i regress."),
    ("Bedömning", "GBS-sepsis med erysipelas som ingångsport. Med TEE utan vegetationer och snabbt negativa kontrollodlingar är endokardit utesluten."),
    ("Planering", "PcV totalt 14 dagar. Kompressionsstrumpa när rodnaden lagt sig."),
], unit="kungalv_med", author=("Ulrika Dahl", L), time="10-05 14:15"),
    must_not=M("NL102"),
    why="Endocarditis work-up in sepsis ended with TEE: 'Endokardit utesluten'")

C("epikris-depressiv-pseudodemens-demens-foreligger-ej", "skane", 74, "k", N([
    ("Diagnoser", "F32.2 Svår depression utan psykotiska symtom\nR41.8 Kognitiv svikt sekundär till depression\nE87.1 Hyponatremi, lindrig"),
    ("Kontaktorsak", "Minnessvårigheter, viktnedgång och nedstämdhet, remiss från vårdcentral."),
    ("Vårdtid", "2024-02-05 -- 2024-02-27, geriatriska kliniken avd 12, Helsingborgs lasarett."),
    ("Allergier", "Inga kända läkemedelsallergier."),
    ("Anamnes", "Inlagd för utredning av minnesproblem och viktnedgång sedan maken dog i höstas. Dottern orolig för demens."),
    ("Socialt", "Änka sedan i oktober. Bor kvar i radhuset i Helsingborg. Dottern bor i Lund och har hjälpt till med ekonomin. Tidigare aktiv i kyrkokören."),
    ("Läkemedel vid inkomst", "Enalapril 5 mg, Alendronat 70 mg per vecka, Kalcium/D-vitamin."),
    ("Hereditet", "Mamman hade Alzheimers sjukdom från 80 års ålder, vilket bidragit till dotterns oro."),
    ("Status", "Psykomotoriskt hämmad, svarar 'vet inte' på många frågor. MMSE 22/30 vid inskrivning, 28/30 efter tre veckors behandling."),
    ("Psykiskt status vid utskrivning", "Vaken, orienterad. Ögonkontakt god, ler emellanåt. Stämningsläget lätt sänkt men klart förbättrat. Inga suicidtankar. Tankeförloppet sammanhängande, inga psykotiska symtom."),
    ("Lab", "Na 133 vid inkomst, 137 vid utskrivning. B12, folat, TSH, kalcium och glukos normala. Syfilis- och borreliaserologi negativ."),
    ("Röntgen", "DT hjärna: Åldersadekvat, ingen atrofi utöver det förväntade."),
    ("Vårdförlopp", "Mirtazapin insatt, gradvis bättre sömn, aptit och initiativ. Kognitionen förbättrades parallellt med stämningsläget."),
    ("Omvårdnad", "Åt initialt bara halva portioner, näringsdryck gav viktuppgång 1,5 kg. Deltog efter hand i avdelningens dagliga promenader. Sömnen förbättrades från 3–4 till 6–7 timmar per natt."),
    ("Funktionsstatus", "Klarar personlig ADL själv. Har fått hjälp att lägga om dosett av sjuksköterska under vårdtiden och klarar det nu själv med dotterns tillsyn."),
    ("Bedömning", "Svår depression med kognitiv påverkan (pseudodemens). Demens bedöms inte föreligga med tanke på den kognitiva förbättringen."),
    ("Planering", "Mirtazapin 30 mg. Uppföljning på vårdcentralen om 4 veckor, ny MMSE om 6 mån."),
    ("Information", "Pat och dotter har informerats om att minnessvårigheterna bedöms vara en del av depressionen och att förbättringen talar emot demens. Dottern känner sig lugnad. Kontakt med sorgegrupp via Svenska kyrkan har förmedlats."),
], unit="hbg_ger", author=("Maria Svensson", L), time="02-27 11:30", draft=True),
    must_not=M("NL102"),
    why="Dementia feared by family is judged not present; depression confirmed")

C("epikris-hereditet-moster-trol-huntington", "vgr", 36, "k", N([
    ("Diagnoser", "G43.0 Migrän utan aura, kronisk\nF41.1 Generaliserat ångestsyndrom"),
    ("Anamnes", "Daglig huvudvärk i 4 mån. Orolig för ärftlig sjukdom."),
    ("Hereditet", "Moster och morfar hade ofrivilliga rörelser och demens, trol. Huntingtons sjukdom, aldrig genetiskt bekräftat. Mor frisk vid 62 års ålder."),
    ("Status", "Neurologstatus helt normalt, inga ofrivilliga rörelser."),
    ("Bedömning", "Kronisk migrän med läkemedelsöverförbrukning. Ångest kring ärftlighet."),
    ("Planering", "Utsättning av triptaner, profylax med kandesartan. Erbjuds genetisk vägledning om hon önskar."),
], template="Läkaranteckning", unit="su_neuro", author=("Lars Broman", L), time="04-24 13:50", setting="öppenvård"),
    must_not=M("NL102"),
    why="'trol. Huntingtons sjukdom' is about the aunt and grandfather in Hereditet")
# ---------------------------------------------------------------------------
# J2. Further long notes with one open hypothesis.
# ---------------------------------------------------------------------------
C("epikris-hypokalemi-misstankt-cushing", "vgr", 53, "k", N([
    ("Diagnoser", "E87.6 Hypokalemi, uttalad\nI10.9 Hypertoni, svårbehandlad\nE11.9 Diabetes typ 2, försämrad\nE24.9 Misstänkt Cushings syndrom\nM80.0 Osteoporotisk kotkompression L2"),
    ("Anamnes", "53-årig kvinna som remitterades akut från vårdcentralen med kalium 2,4. Under det senaste året viktökning 14 kg, framför allt kring buken och i ansiktet, blåmärken vid minsta stöt och svaghet i låren när hon reser sig ur soffan. Ryggvärk sedan ett par månader. Tar inga kortisonpreparat, inte heller inhalationer eller krämer."),
    ("Tidigare sjukdomar", "Hypertoni sedan 2021, nu fyra preparat. Diabetes typ 2 sedan 2022, HbA1c stigande trots metformin och SGLT2-hämmare. Depression 2023."),
    ("Hereditet", "Inget känt av betydelse."),
    ("Socialt", "Gift, arbetar som lärare, sjukskriven sedan mars pga trötthet och ryggvärk."),
    ("Läkemedel vid inkomst", "Amlodipin 10 mg, Losartan 100 mg, Hydroklortiazid 25 mg (utsatt pga hypokalemin), Doxazosin 4 mg, Metformin 1 g x 2, Jardiance 10 mg."),
    ("Status", "Rundat ansikte, supraklavikulära fettkuddar, tunn hud med breda lilafärgade striae på buken. Proximal muskelsvaghet i benen. BT 178/104. Lätta underbensödem."),
    ("Lab", "K 2,4 → 3,9 efter substitution. Na 146. HbA1c 71. Dygnsurin-kortisol 3 gånger över övre referensgränsen. Sent kvällssalivkortisol förhöjt vid två tillfällen. ACTH 48 ng/L. Dexametasonhämningstest (1 mg) utan suppression."),
    ("Röntgen", "Rtg ländrygg: Kompression av L2, ca 30 %. DT binjurar: Bilateralt förtjockade binjurar, ingen tumör."),
    ("Vårdförlopp", "Kalium substituerat iv och peroralt, spironolakton insatt med god effekt på både kalium och blodtryck. Insulin tillagt mot hyperglykemin. Smärtlindring för kotkompressionen, mobiliseras med fysioterapeut."),
    ("Bedömning", "Klinik och biokemi ger starkt stöd för endogen hyperkortisolism, ACTH-beroende. Misstänkt Cushings sjukdom från hypofysen, men ektopisk ACTH-produktion är inte utesluten, varför MR hypofys och ev. sinus petrosus-kateterisering behövs."),
    ("Planering", "MR hypofys beställd. Återbesök endokrinmottagningen om 2 veckor. Bentäthetsmätning och start av bisfosfonat. Kaliumkontroll om en vecka via vårdcentralen."),
    ("Sjukskrivning", "Sjukskrivningen förlängs med 4 veckor till 100 %. Avstämning med arbetsgivaren via företagshälsovården när utredningen är klar."),
    ("Information", "Pat informerad om att proverna visar för mycket kortisol i kroppen och att orsaken nu ska utredas."),
], unit="su_endo", author=("Maja Eklund", L), time="05-03 14:20"),
    must=M("NL102"), must_not=M("NL101"),
    why="Long endocrine epikris: 'Misstänkt Cushings syndrom' in Diagnoser, ectopic source not excluded")

C("epikris-misstankt-mjukdelssarkom-lar", "vgr", 46, "m", N([
    ("Diagnoser", "M79.8 Mjukdelsresistens vänster lår, 9 cm\nD48.1 Misstänkt mjukdelssarkom\nI80.1 Ytlig tromboflebit vänster ben"),
    ("Anamnes", "46-årig man som för 4 mån sedan märkte en knöl på framsidan av vänster lår. Den har vuxit och blivit öm. Lades in för smärtlindring och utredning efter att ha sökt akut med svullnad och rodnad i underbenet."),
    ("Tidigare sjukdomar", "Astma. Menisk-op höger knä 2015."),
    ("Socialt", "Sambo, två barn i skolåldern. Arbetar som elektriker, sjukskriven under utredningen. Ingen tobak, alkohol sparsamt."),
    ("Läkemedel", "Bricanyl Turbuhaler vid behov, Flutide 250 µg x 2."),
    ("Status", "9 x 6 cm fast, djupt belägen, fixerad resistens i vänster quadriceps. Rodnad, öm strängformad ven på vänster underben. Inga förstorade ljumskkörtlar."),
    ("Lab", "Hb 142, CRP 12, LD 210, ALP 1,1. Krea 78. PK 1,0."),
    ("Allergier", "Penicillinallergi (urtikaria som barn), ej verifierad."),
    ("Röntgen", "MR vänster lår: Heterogen, djupt belägen tumör i m. vastus lateralis, 9 cm, med nekrotiska partier. Ultraljud benvener: Ytlig tromboflebit i v. saphena magna, ingen DVT. DT thorax: Inga lungmetastaser."),
    ("Vårdförlopp", "Tromboflebiten behandlad med profylaktisk dos LMH och kompressionsstrumpa. Smärtan kontrollerad med paracetamol och oxikodon vid behov. Remiss skickad till sarkomcentrum."),
    ("Läkemedel vid utskrivning", "Fragmin 5000 E x 1 i 14 dagar, kompressionsstrumpa klass 2 vänster ben. Paracetamol 1 g x 4. Oxikodon 5 mg vid genombrottssmärta, högst 4 tabletter per dygn. Flutide och Bricanyl oförändrade."),
    ("Sjukskrivning", "Sjukskriven 100 % t.o.m. 2024-09-15, förnyas vid behov av sarkomcentrum."),
    ("Bedömning", "Djup resistens över 5 cm som växer – uppfyller kriterierna för SVF sarkom. Misstänkt mjukdelssarkom; mellannålsbiopsi ska göras på sarkomcentrum för att inte kontaminera kommande operationsfält. Tromboflebit i regress."),
    ("Planering", "Besök på sarkomcentrum Sahlgrenska 2024-08-22 för biopsi. Inga egna ingrepp i resistensen. Oxikodon utsätts när smärtan minskat."),
    ("Information", "Pat och sambo har informerats om att knölen behöver utredas skyndsamt med vävnadsprov vid ett specialiserat centrum och om vad ett standardiserat vårdförlopp innebär. Kontaktsjuksköterska på sarkomcentrum ringer inom några dagar. Han vet var han ska vända sig om smärtan tilltar."),
], unit="sks_ort", author=("Elias Norén", L), time="08-16 10:40"),
    must=M("NL102"),
    why="Orthopaedic epikris: 'Misstänkt mjukdelssarkom' pending biopsy at sarcoma centre")

C("epikris-igg4-relaterad-sjukdom-fragetecken", "skane", 67, "m", N([
    ("Diagnoser", "K86.1 Kronisk pankreatit, fokal\nK83.1 Distal koledokusstriktur, stentad\nE11.9 Diabetes mellitus, nydebuterad\nD89.8 IgG4-relaterad sjukdom?"),
    ("Anamnes", "67-årig man som sökt med smärtfri gulsot och mörk urin sedan en vecka. Viktnedgång ca 5 kg. Nyligen konstaterad förhöjd blodsocker på vårdcentralen. Sedan något år svullna spottkörtlar under käken, som han inte sökt för."),
    ("Tidigare sjukdomar", "Astma och kronisk bihåleinflammation. Prostatahyperplasi."),
    ("Socialt", "Gift, pensionerad lantbrukare, bor på gård utanför Skurup. Ingen alkohol sedan många år. Slutade röka 1995."),
    ("Läkemedel", "Symbicort 160/4,5 2 inh x 2, Nasonex nässpray, Tamsulosin 0,4 mg till natten."),
    ("Status", "Ikterisk. Bilateralt förstorade, fasta submandibulara spottkörtlar. Buk mjuk, oöm."),
    ("Lab", "Bilirubin 148, ALP 8,2. CA 19-9 84. IgG4 4,8 g/L (kraftigt förhöjt). Glukos 16, HbA1c 62."),
    ("Röntgen", "DT pankreas: Korvformad, diffust förstorad pankreas med halo, ingen fokal tumör. Distal koledokusstriktur. MRCP bekräftar strikturen."),
    ("Vårdförlopp", "ERCP med plaststent och borstcytologi (inga maligna celler). EUS-ledd biopsi från pankreas: Lymfoplasmacytär infiltration, PAD kompletteras med IgG4-färgning. Ikterus i regress efter stent."),
    ("Nutrition", "Dietist har gett kostråd vid nyupptäckt diabetes. Avföringen är formad och elastas i feces normalt, så enzymersättning behövs inte i nuläget. Vikten stabil under vårdtiden."),
    ("Bedömning", "Bilden med korvformad pankreas, högt IgG4, engagemang av spottkörtlar och gallgångar är mycket talande för autoimmun pankreatit typ 1 inom ramen för IgG4-relaterad sjukdom. Pankreascancer är den viktigaste differentialdiagnosen och ska uteslutas histologiskt innan kortisonbehandling."),
    ("Planering", "Återbesök mag-tarmmottagningen när IgG4-färgningen är klar, planerat vecka 21. Insulinbehandling via diabetesmottagningen. Stentbyte om 3 mån."),
    ("Läkemedel vid utskrivning", "Insulin Lantus 14 E till kvällen och Novorapid enligt schema till måltid. Symbicort, Nasonex och Tamsulosin oförändrade. Paracetamol vid smärta."),
    ("Information", "Pat informerad om att det rör sig om en inflammation i bukspottkörteln som sannolikt beror på en autoimmun sjukdom och att cancer måste uteslutas med vävnadsprov."),
    ("Kopia till", "Vårdcentralen Skurup, ansvarig läkare, samt diabetesmottagningen Malmö."),
    ("Körkort", "Pat har informerats om reglerna för bilkörning vid insulinbehandling och om att mäta blodsocker före körning."),
], unit="malmo_gast", author=("Omar Jaber", L), time="05-14 11:55"),
    must=M("NL102"), must_not=M("NL101"),
    why="'IgG4-relaterad sjukdom?' in Diagnoser and pancreatic cancer as the open differential")

C("inskr-hyponatremi-misstankt-paramalignt-siadh", "skane", 74, "k", N([
    ("Kontaktorsak", "Trötthet, illamående och ostadighet."),
    ("Anamnes", "74-årig kvinna, storrökare, som under en vecka blivit alltmer trött och ostadig. Föll hemma i går utan att slå sig. Hosta i flera månader. Inga nya läkemedel. Dricker normalt, ca 1,5 liter om dagen."),
    ("Tidigare sjukdomar", "KOL, stadium 2. Hypotyreos. Höger höftplastik 2018."),
    ("Läkemedel", "Levaxin 50 µg. Spiolto Respimat. Alvedon vb."),
    ("Status", "Euvolem, normal hudturgor, inga ödem. Lätt förlångsammad men orienterad. Pulm: Förlängt exspirium, dämpning höger apikalt?"),
    ("Lab", "Na 117, P-osmolalitet 242, U-osmolalitet 520, U-Na 64. TSH normalt, kortisol kl 08 normalt. Krea 61."),
    ("Röntgen", "Lungröntgen: Oklar förtätning i höger hilus."),
    ("Bedömning", "Hypoton hyponatremi med bild av SIADH. Hilusförtätningen hos en storrökare gör att misstänkt småcellig lungcancer med paramalign ADH-produktion ska utredas."),
    ("Planering", "Vätskerestriktion 800 ml/dygn. Na var 6:e timme, högst 8 mmol/L höjning per dygn. DT thorax imorgon. Kontakt med lungmedicin."),
], template="Inskrivningsanteckning", unit="ystad_med", author=("Axel Sjöstrand", L), time="11-05 18:40"),
    must=M("NL102"),
    why="Admission note: SIADH settled biochemically, 'misstänkt småcellig lungcancer' as its cause")
# ---------------------------------------------------------------------------
# K. Short and medium notes: telegraphic hedges, typos, near misses.
# ---------------------------------------------------------------------------
C("akut-susp-scaphoideumfraktur", "skane", 24, "k", N([
    ("Anamnes", "Föll på utsträckt hand på skateboard igår."),
    ("Status", "Öm i fossa tabatière hö. Smärta vid axial kompression av tummen."),
    ("Röntgen", "Rtg handled och scaphoideumserie: Ingen synlig fraktur."),
    ("Bedömning", "Susp. scaphoideumfraktur hö trots neg rtg. Gips med tuminfattning, ny rtg/MR om 10–14 d."),
], template="Akutanteckning", unit="tre_ort", author=("Aron Kvist", L), time="04-07 17:50", setting="akutmottagning"),
    must=M("NL102"),
    why="Classic 'Susp. scaphoideumfraktur' with negative X-ray in a short emergency note")

C("kort-kolecystit-fragetecken-ul-imorgon", "vgr", 50, "k", N([
    ("Bedömning", "Smärta hö arcus efter fet mat, Murphy +, CRP 45. Kolecystit? UL imorgon, fasta från midnatt."),
], template="Akutanteckning", unit="sks_kir", author=("Oscar Palm", L), time="09-15 23:30", setting="akutmottagning", draft=True),
    must=M("NL102"),
    why="Unsigned one-line draft: 'Kolecystit?'")

C("kort-pneumoni-vs-lungodem", "vgr", 86, "m", N([
    ("Bedömning", "Ökad dyspné, basala rassel bilat, CRP 38, NT-proBNP 5 200. Pneumoni vs lungödem – behandlar båda tills rtg är eftergranskad."),
    ("Ordination", "Furosemid 40 mg iv. Cefotaxim 1 g x 3."),
], template="Jouranteckning", unit="sks_med", author=("Adam Yilmaz", L), time="01-06 02:45"),
    must=M("NL102"),
    why="Night note: 'Pneumoni vs lungödem' as an undecided differential")

C("kort-trolig-tia-strokeenhet", "skane", 69, "k", N([
    ("Aktuellt", "Inlagd efter 20 min övergående domning och svaghet i vänster hand."),
    ("Bedömning", "Trolig TIA, ABCD2 5. MR utan infarkt. Halskärlen utan stenos på doppler. Holter pågår."),
    ("Planering", "Trombyl och Plavix 21 dagar, statin. Hem imorgon efter Holter."),
], template="Daganteckning", unit="hbg_stroke", author=("Rasmus Öberg", L), time="05-02 14:10"),
    must=M("NL102"),
    why="'Trolig TIA' in a short stroke-unit day note")

C("typo-misstakt-polymyalgia", "vgr", 75, "k", N([
    ("Bedömning", "Morgonstelhet i skuldror och höfter sedan 4 v, SR 72. Misstäkt polymyalgia reumatika, prednisolon 15 mg startat, utvärdering om 1 v."),
], template="Läkaranteckning", unit="udd_med", author=("Henrik Blom", L), time="10-28 09:05", setting="öppenvård"),
    must=M("NL102"),
    why="Typo 'Misstäkt' polymyalgia reumatika")

C("typo-diffrentialdiagnos-perikardit", "skane", 33, "m", N([
    ("Aktuellt", "Bröstsmärta som lindras framåtlutad, förkyld i förra veckan."),
    ("Lab", "TnT 64, CRP 41."),
    ("Röntgen", "EKG: Utbredda konkava ST-höjningar, PR-sänkning. Eko: Minimal perikardvätska."),
    ("Bedömning", "Akut perimyokardit. Diffrentialdiagnos: akut koronart syndrom hos ung man, bedöms osannolikt men kranskärls-DT görs innan hemgång."),
], template="Daganteckning", unit="lund_kard", author=("Erik Lindqvist", L), time="07-08 11:15"),
    must=M("NL102"),
    why="Typo 'Diffrentialdiagnos' naming acute coronary syndrome as an open differential")

C("typo-kan-ej-utelsutas-ild", "vgr", 67, "m", N([
    ("Frågeställning", "Torrhosta och andfåddhet sedan ett halvår."),
    ("Status", "Pulm: Fina krepitationer basalt bilat, 'kardborrerassel'. Trumpinnefingrar."),
    ("Röntgen", "HRCT: Retikulära förändringar subpleuralt basalt, ingen tydlig honeycombing."),
    ("Bedömning", "Interstitiell lungsjukdom, idiopatisk lungfibros kan ej utelsutas. Diskuteras på ILD-rond."),
], template="Remissvar", unit="su_lung", author=("Per Enqvist", L), time="11-20 14:35", draft=True, setting="öppenvård"),
    must=M("NL102"),
    why="Typo 'utelsutas' in 'idiopatisk lungfibros kan ej utelsutas'")

C("psyk-trolig-bipolar-typ2", "vgr", 27, "k", N([
    ("Aktuellt", "Nybesök, remiss från vårdcentral pga depression som inte svarat på två SSRI."),
    ("Anamnes", "Återkommande depressioner sedan 17 års ålder. Perioder om några dagar med minskat sömnbehov, ökad energi och impulsiva inköp, senast i somras. Inga psykotiska symtom."),
    ("Hereditet", "Morfar hade bipolär sjukdom."),
    ("Psykiskt status", "Lätt nedstämd, adekvat affekt. Inga suicidtankar."),
    ("Bedömning", "Trolig bipolär sjukdom typ II med pågående depressiv episod. SSRI-behandlingen kan ha bidragit till svängningarna."),
    ("Planering", "Lamotrigin med långsam upptitrering. Stämningsdagbok. Återbesök 4 v."),
], template="Nybesök", unit="sas_psyk", author=("Nadia Karim", L), time="02-12 13:30", draft=True, setting="öppenvård"),
    must=M("NL102"),
    why="Adult psychiatry: 'Trolig bipolär sjukdom typ II' as working diagnosis")

C("hud-misstankt-lakemedelsexantem-dd-dress", "skane", 58, "k", N([
    ("Konsultation", "Hudkonsult på medicinavd 2 pga utslag."),
    ("Anamnes", "Karbamazepin insatt för trigeminusneuralgi för 4 veckor sedan. Sedan 3 dagar kliande utslag, feber och ansiktssvullnad."),
    ("Status", "Utbrett makulopapulöst exantem på bål och extremiteter, ansiktsödem. Förstorade lymfkörtlar på halsen."),
    ("Lab", "Eosinofiler 2,1. ALAT 3,4."),
    ("Bedömning", "Misstänkt läkemedelsexantem av karbamazepin. DD DRESS, som är sannolik med tanke på eosinofili, leverpåverkan och lymfadenopati."),
    ("Åtgärd", "Karbamazepin sätts ut omedelbart. Prednisolon 0,5 mg/kg. Hudbiopsi tagen. Daglig kontroll av lever- och njurprover."),
], template="Konsultationsanteckning", unit="lund_hud", author=("Moa Andersson", L), time="12-05 15:45", draft=True),
    must=M("NL102"),
    why="Dermatology consult: 'Misstänkt läkemedelsexantem, DD DRESS'")

C("barn-spadbarn-misstankt-uvi", "vgr", 0, "m", N([
    ("Kontaktorsak", "Feber hos spädbarn."),
    ("Anamnes", "8 månader gammal pojke, feber 39,5 i 2 dagar, äter sämre. Inga luftvägssymtom."),
    ("Status", "Feberpåverkad men tröstbar. Fontanell i nivå. Inga utslag. Öron, svalg ua."),
    ("Lab", "CRP 96. Kateterurin: Leukocyter 3+, nitrit positiv, odling skickad."),
    ("Bedömning", "Misstänkt febril urinvägsinfektion, pyelonefrit."),
    ("Planering", "Cefotaxim iv. Ultraljud urinvägar när feberfri. Föräldrarna informerade."),
], template="Inskrivningsanteckning", unit="dsbus", author=("Hedvig Lindahl", L), time="07-27 20:05"),
    must=M("NL102"),
    why="Infant admission note (guardians read): 'Misstänkt febril urinvägsinfektion'", born="2023-11-20")

C("konsult-infektion-trol-protesinfektion", "skane", 76, "k", N([
    ("Konsultation", "Infektionskonsult på ortopeden, avd 3."),
    ("Anamnes", "Knäprotes höger 2022. Sedan 3 veckor ökande smärta, svullnad och sekretion från operationsärret."),
    ("Status", "Temp 37,9. Höger knä svullet, varmt, fistelöppning med seröst sekret."),
    ("Lab", "CRP 82. Ledvätska: 24 000 vita, 90 % neutrofila, odling pågår."),
    ("Bedömning", "Trol. sen protesinfektion höger knä, uppfyller inte alla EBJIS-kriterier ännu i väntan på odling."),
    ("Åtgärd", "Ingen antibiotika förrän vävnadsodlingar tagits vid revision. Ortoped planerar debridering och protesbyte."),
], template="Konsultationsanteckning", unit="malmo_inf", author=("Sara Holm", L), time="04-04 12:40"),
    must=M("NL102"),
    why="Infectious disease consult: 'Trol. sen protesinfektion' pending cultures")

C("reum-tveksam-diagnos-ev-fibromyalgi", "skane", 46, "k", N([
    ("Aktuellt", "Uppföljning av generaliserad värk."),
    ("Status", "Ömma punkter över stora delar av kroppen. Inga synoviter."),
    ("Lab", "SR, CRP, CK, TSH och ANA normala."),
    ("Bedömning", "Inflammatorisk reumatisk sjukdom föreligger inte. Generaliserat smärttillstånd, ev. fibromyalgi, men diagnosen är tveksam då sömnproblemen kan förklara mycket."),
    ("Planering", "Fysisk aktivitet på recept. Sömnskola via vårdcentralen."),
], template="Läkaranteckning", unit="lund_reum", author=("Sven Håkansson", L), time="03-19 10:25", setting="öppenvård"),
    must=M("NL102"),
    why="'ev. fibromyalgi, men diagnosen är tveksam' — hedged diagnosis beside a negated one")

# --- near misses ----------------------------------------------------------------
C("kort-trol-hemgang-imorgon-erysipelas", "skane", 63, "m", N([
    ("Daganteckning", "Erysipelas vä underben i regress, afebril. Byter till PcV. Trol. hemgång imorgon om fortsatt bra."),
], template="Daganteckning", unit="malmo_med", author=("Amanda Sjögren", L), time="08-15 10:50"),
    must_not=M("NL102"),
    why="'Trol. hemgång imorgon' hedges discharge, not the firm erysipelas diagnosis")

C("kort-typo-ingen-missanke-om-fraktur", "skane", 41, "k", N([
    ("Bedömning", "Inversionsvåld hö fotled. Ottawa neg, kan belasta 4 steg. Ingen missanke om fraktur. Distorsion, elastisk linda och avlastning."),
], template="Akutanteckning", unit="tre_ort", author=("Aron Kvist", L), time="01-25 19:20", setting="akutmottagning"),
    must_not=M("NL102"),
    why="Negation with typo 'Ingen missanke om fraktur'")

C("kort-dvt-utesluten-ultraljud", "vgr", 57, "k", N([
    ("Bedömning", "Vadsmärta efter långresa. Ultraljud benvener: Ingen DVT. Ömheten bedöms muskulär. Ingen antikoagulation."),
], template="Akutanteckning", unit="sas_med", author=("Moa Granqvist", L), time="10-19 16:30", setting="akutmottagning"),
    must_not=M("NL102"),
    why="Short note: DVT ruled out by ultrasound")

C("konsult-screening-latent-tbc-ej-misstanke", "vgr", 52, "m", N([
    ("Aktuellt", "Inför start av TNF-hämmare för ankyloserande spondylit."),
    ("Lab", "Quantiferon, hepatit B- och C-serologi samt HIV-test tagna som screening inför biologisk behandling enligt rutin. Lungröntgen normal."),
    ("Bedömning", "Ankyloserande spondylit med otillräcklig effekt av NSAID. Start av adalimumab när screeningproverna är besvarade."),
], template="Läkaranteckning", unit="su_reum", author=("Birgitta Ahlström", L), time="09-06 11:40", setting="öppenvård"),
    must_not=M("NL102"),
    why="Routine pre-biologic screening tests are not a suspected diagnosis")

C("kort-ev-kontroll-hb-fragetecken-aterbesok", "skane", 70, "k", N([
    ("Bedömning", "Järnbristanemi efter menorragi, gynekologiskt utredd 2023 (myom). Järninfusion given idag."),
    ("Planering", "Ev. kontroll av Hb om 4 v på vårdcentralen? Återbesök hos oss behövs inte."),
], template="Dagvårdsanteckning", unit="kri_med", author=("Hampus Rosell", L), time="05-10 13:35", setting="dagvård"),
    must_not=M("NL102"),
    why="'Ev.' and '?' attach to a follow-up Hb test, not to a diagnosis")

C("typo-inga-tecken-pa-infektion", "vgr", 45, "m", N([
    ("Bedömning", "Postoperativ dag 3 efter laparoskopisk kolecystektomi. Afebril, såren fina, CRP sjunkande. Inga tecken pa infektion eller gallläckage."),
    ("Planering", "Hem idag."),
], template="Daganteckning", unit="su_kir", author=("Mikael Haglund", L), time="03-07 09:55"),
    must_not=M("NL102"),
    why="Negation with typo 'pa' for 'på': no hedged diagnosis")

C("gastro-orolig-for-cancer-ingen-malignitet", "skane", 55, "m", N([
    ("Aktuellt", "Dagvård för koloskopi. Pat orolig för tarmcancer då en kollega nyss insjuknat."),
    ("Åtgärd", "Koloskopi till caekum: Två små polyper i sigmoideum, avlägsnade med kall snara. Divertiklar. Ingen tumör."),
    ("Bedömning", "Ingen malignitet. Polyperna skickade för PAD."),
    ("Planering", "Brev med PAD-svar. Ny koloskopi behövs sannolikt inte."),
], template="Dagvårdsanteckning", unit="malmo_gast", author=("Omar Jaber", L), time="06-13 12:15", setting="dagvård"),
    must_not=M("NL102"),
    why="Patient's worry about cancer answered: 'Ingen tumör', 'Ingen malignitet'; 'sannolikt' concerns follow-up")
# ---------------------------------------------------------------------------
# L. More NL101 phrasings.
# ---------------------------------------------------------------------------
C("mdk-telegrafisk-ej-inf-om-pad-tonsillcancer", "vgr", 57, "m", N([
    ("Konferens", "Huvud-halskonferens 2024-01-24."),
    ("PAD", "Tonsillbiopsi hö: Skivepitelcancer, p16-positiv."),
    ("Röntgen", "PET-DT: Primärtumör hö tonsill, 2 körtlar hö hals reg II. Ingen fjärrspridning."),
    ("Bedömning", "HPV-associerad tonsillcancer hö, cT2N1M0."),
    ("Rekommendation", "Kurativ radioterapi 68 Gy med konkomitant cisplatin. Tandsanering före start."),
    ("Information", "Pat ej inf. om PAD, besked 29/1 ÖNH-mott."),
], template="MDK-anteckning", unit="su_onk", author=("Fredrika Lund", L), time="01-24 16:05", setting="öppenvård"),
    must=M("NL101"), must_not=M("NL102"),
    why="Telegraphic 'Pat ej inf. om PAD' beside a confirmed tonsil cancer")

C("remissvar-parkinson-informeras-forst-nasta-besok", "skane", 66, "m", N([
    ("Frågeställning", "Darrning i höger hand sedan ett år."),
    ("Status", "Vilotremor och bradykinesi höger sida, kugghjulsrigiditet höger arm. Nedsatt armpendling höger."),
    ("Röntgen", "DaTSCAN: Nedsatt upptag i putamen vänster mer än höger."),
    ("Bedömning", "Parkinsons sjukdom, klinisk diagnos stödd av DaTSCAN. God effekt av testdos levodopa."),
    ("Åtgärd", "Madopark 50/12,5 mg x 3. Diagnosen har inte framförts till pat, som kom ensam idag och uttryckligen bad att få beskedet med hustrun vid nästa besök 2024-10-03."),
], template="Remissvar", unit="lund_neuro", author=("Nora Falk", L), time="09-20 14:25", setting="öppenvård"),
    must=M("NL101"), must_not=M("NL102"),
    why="Parkinson's disease stated firmly; 'Diagnosen har inte framförts till pat'")

C("epikris-kognitiv-svikt-ej-informerad-god-man-informerad", "vgr", 89, "k", N([
    ("Diagnoser", "C18.0 Caekumcancer\nD50.0 Järnbristanemi pga kronisk blödning\nF03 Demens, ospecificerad"),
    ("Vårdförlopp", "Utredning av anemi: DT visade tumör i caekum, koloskopisk biopsi adenocarcinom. Transfusion 2 enheter."),
    ("Bedömning", "Caekumcancer. Efter samråd med kirurg avstås operation pga demens och skörhet."),
    ("Information", "Pat är inte informerad om cancerdiagnosen då hon inte bedöms kunna tillgodogöra sig informationen. God man och sonen är informerade."),
    ("Planering", "Järninfusion var 3:e månad. Palliativ inriktning, ASIH-anmälan."),
], unit="udd_med", author=("Sigrid Holm", L), time="02-14 15:55"),
    must=M("NL101"), must_not=M("NL102"),
    why="Patient deliberately not told of her caecal cancer (relatives told) while it is listed visibly")

C("epikris-typo-diagonsen-ej-informerad", "skane", 62, "k", N([
    ("Diagnoser", "C56.9 Ovarialcancer, höggradig serös, stadium IIIC\nR18 Ascites"),
    ("Vårdförlopp", "Ascitestappning 4 liter. Diagnostisk laparoskopi med biopsier från omentet. PAD: Höggradig serös cancer."),
    ("Bedömning", "Avancerad ovarialcancer."),
    ("Information", "Pat ännu ej informerad om diagonsen, hon har bett att få beskedet först när maken kommit hem från utlandsresa på fredag."),
], unit="kri_kk", author=("Amanda Frid", L), time="04-10 11:10"),
    must=M("NL101"), must_not=M("NL102"),
    why="Typo 'diagonsen' in the not-informed sentence; ovarian cancer confirmed and listed")
# ---------------------------------------------------------------------------
# M. Other professions writing hospital notes.
# ---------------------------------------------------------------------------
C("omvardnadsepikris-misstankt-sarinfektion", "skane", 68, "m", N([
    ("Omvårdnadsepikris", "Vårdad på avd 11 efter laparoskopisk högersidig hemikolektomi 2024-04-15."),
    ("Elimination", "Gasavgång dag 1, avföring dag 3. Urinkateter avvecklad dag 1, kissar spontant."),
    ("Nutrition", "Äter vanlig kost, halva portioner. Näringsdryck 1 x dagligen."),
    ("Hud", "Portsåret vid naveln rodnat och ömt sedan igår med lite grumligt sekret. Misstänkt sårinfektion, sårodling tagen 19/4, läkare informerad som avvaktar med antibiotika."),
    ("Aktivitet", "Går självständigt i korridoren."),
    ("Planering", "Hemgång idag. Distriktssköterskan på Vårdcentralen Tollarp gör sårkontroll måndag och får odlingssvaret."),
], template="Omvårdnadsepikris", unit="kri_kir", author=("Johanna Wiklund", S), time="04-20 11:30"),
    must=M("NL102"),
    why="Nurse's discharge summary: 'Misstänkt sårinfektion' left open for the district nurse")

C("ssk-hemat-misstankt-neutropen-feber", "skane", 61, "k", N([
    ("Aktuellt", "Pat under cytostatikabehandling för lymfom ringde kvällstid med feber 38,6 och frossa, kom in direkt till avdelningen."),
    ("Observationer", "Temp 38,9, puls 108, BT 104/62, AF 20, sat 96 %. NEWS 6."),
    ("Bedömning", "Misstänkt neutropen feber, senaste neutrofilvärdet 0,3 för tre dagar sedan."),
    ("Åtgärd", "Blododlingar från CVP och perifert, urinodling. Piperacillin-tazobaktam givet inom 30 minuter enligt PM efter ordination av jourhavande hematolog. Vätska 1000 ml. Kontroller varje timme."),
], template="Omvårdnadsanteckning", unit="lund_hemat", author=("Ulla Kjellberg", S), time="10-11 21:50"),
    must=M("NL102"),
    why="Haematology nurse note: 'Misstänkt neutropen feber' before the blood count")

C("kurator-samtal-efter-besked-brostcancer", "vgr", 44, "k", N([
    ("Samtal", "Första samtal på pat egen begäran, två dagar efter att hon fick besked om bröstcancer av kirurgen."),
    ("Aktuellt", "Ensamstående mamma till två barn, 9 och 12 år. Arbetar som butikschef. Oroar sig för ekonomin under behandlingen och för hur hon ska berätta för barnen. Sover dåligt."),
    ("Åtgärd", "Gått igenom sjukpenning och högkostnadsskydd. Tipsat om Cancerfondens material för att prata med barn om cancer. Erbjuden kontakt med Ung Cancer och stödsamtal."),
    ("Planering", "Nytt samtal om 2 veckor, efter första cytostatikabehandlingen."),
], template="Kuratorsanteckning", unit="su_onk", author=("Malin Torstensson", "kurator"), time="03-04 13:15", setting="öppenvård"),
    must_not=M("NL101", "NL102"),
    why="Social worker's note: patient already told of her breast cancer; the children are not yet told")

C("arbetsterapeut-rehab-neglekt-ev-bostadsanpassning", "skane", 71, "m", N([
    ("Bakgrund", "Inlagd för rehabilitering efter högersidig hjärninfarkt i mars."),
    ("Bedömning", "Vänstersidig neglekt påvisad med Bells test och linjedelningstest, förbättrad sedan förra veckan. Klarar påklädning med verbala påminnelser om vänster sida. Matlagning kräver tillsyn."),
    ("Åtgärd", "Träning i kök och ADL-situationer dagligen. Hembesök planerat 2024-05-08 tillsammans med pat och hustrun för ställningstagande till ev. bostadsanpassning av badrummet."),
    ("Mål", "Självständig i personlig ADL vid utskrivning, med tillsyn vid matlagning."),
], template="Arbetsterapeutanteckning", unit="hlm_reh", author=("Camilla Nord", "arbetsterapeut"), time="04-30 14:40"),
    must_not=M("NL102"),
    why="Occupational therapist: neglect is demonstrated by tests; 'ev.' concerns home adaptation")

C("kontaktssk-pad-lymfkortelmetastaser-ej-besked", "vgr", 58, "k", N([
    ("Aktuellt", "Telefonsamtal från pat som undrar över svaret från operationen."),
    ("Bedömning", "PAD från sektorresektion och axillutrymning vänster har kommit: lymfkörtelmetastaser i 2 av 14 körtlar."),
    ("Åtgärd", "Pat har ännu inte fått detta besked. Enligt överenskommelse lämnas beskedet av opererande kirurg, som ringer henne imorgon förmiddag. Pat informerad om tiden för samtalet."),
], template="Sjuksköterskeanteckning", unit="sas_kk", author=("Anneli Fors", "sjuksköterska"), time="11-12 15:20", setting="öppenvård"),
    must=M("NL101"), must_not=M("NL102"),
    why="Contact nurse note: lymph node metastases written while 'Pat har ännu inte fått detta besked'")

# ---------------------------------------------------------------------------
# Validation and output
# ---------------------------------------------------------------------------
CASE_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
PATIENT_KEYS = {"id", "birth_date", "protected_identity"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
CODES = {"NL101", "NL102", "NL103", "NL104", "NL105"}
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def _in_2024(value):
    return _dt.datetime.fromisoformat(value).year == 2024


def validate(cases):
    problems = []
    names = set()
    seen_sentences = {}
    for c in cases:
        name = c.get("case")
        where = "case %r" % name
        if set(c) != CASE_KEYS:
            problems.append("%s: keys %s" % (where, sorted(c)))
            continue
        if name in names:
            problems.append("%s: duplicate case name" % where)
        names.add(name)
        if c["ruleset"] not in ("skane", "vgr"):
            problems.append("%s: ruleset %s" % (where, c["ruleset"]))
        if not c["why"] or "\n" in c["why"]:
            problems.append("%s: why must be one line" % where)
        rec = c["record"]
        if set(rec) != RECORD_KEYS:
            problems.append("%s: record keys %s" % (where, sorted(rec)))
            continue
        pat = rec["patient"]
        if set(pat) != PATIENT_KEYS:
            problems.append("%s: patient keys" % where)
        pnr = pat["id"]
        m = re.fullmatch(r"(\d{8})-(\d{4})", pnr)
        if not m:
            problems.append("%s: personnummer format %s" % (where, pnr))
        else:
            if m.group(1) != pat["birth_date"].replace("-", ""):
                problems.append("%s: personnummer does not match birth_date" % where)
            digits = m.group(1)[2:] + m.group(2)
            if _luhn(digits[:9]) != int(digits[9]):
                problems.append("%s: Luhn check digit wrong in %s" % (where, pnr))
        if not _in_2024(rec["as_of"]):
            problems.append("%s: as_of not in 2024" % where)
        birth = _dt.date.fromisoformat(pat["birth_date"])
        note_ids = set()
        systems = set()
        for n in rec["notes"]:
            if set(n) != NOTE_KEYS:
                problems.append("%s: note keys %s" % (where, sorted(n)))
                continue
            if n["id"] in note_ids:
                problems.append("%s: duplicate note id" % where)
            note_ids.add(n["id"])
            systems.add((n["id"], n["system"]))
            if not _in_2024(n["time"]):
                problems.append("%s: note time not in 2024" % where)
            if n["signed"] is not None:
                if not _in_2024(n["signed"]):
                    problems.append("%s: signed not in 2024" % where)
                if n["signed"] < n["time"]:
                    problems.append("%s: signed before time" % where)
            if n["time"] > rec["as_of"] or (n["signed"] or "") > rec["as_of"]:
                problems.append("%s: note after as_of" % where)
            t = _dt.date.fromisoformat(n["time"][:10])
            age = t.year - birth.year - ((t.month, t.day) < (birth.month, birth.day))
            if 13 <= age <= 15:
                problems.append("%s: patient aged 13-15" % where)
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                problems.append("%s: VGR note not Melior" % where)
            if n["system"] not in ("Melior", "PMO"):
                problems.append("%s: system %s" % (where, n["system"]))
            if not n["sections"]:
                problems.append("%s: note without sections" % where)
            for sec in n["sections"]:
                if set(sec) != {"keyword", "text"} or not sec["text"].strip():
                    problems.append("%s: bad section" % where)
                    continue
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen_sentences and seen_sentences[sent] != (name, n["id"], sec["keyword"]):
                            problems.append("%s: sentence repeated (also in %s): %r"
                                            % (where, seen_sentences[sent][0], sent))
                        else:
                            seen_sentences[sent] = (name, n["id"], sec["keyword"])
        sysmap = dict(systems)
        both = set(map(tuple, c["must"])) & set(map(tuple, c["must_not"]))
        if both:
            problems.append("%s: code both must and must_not %s" % (where, both))
        if not c["must"] and not c["must_not"]:
            problems.append("%s: no assertion" % where)
        for kind in ("must", "must_not"):
            for pair in c[kind]:
                if len(pair) != 2 or pair[0] not in CODES:
                    problems.append("%s: bad assertion %r" % (where, pair))
                    continue
                code, target = pair
                if target not in note_ids:
                    problems.append("%s: target %s does not exist" % (where, target))
                    continue
                if sysmap[target] == "PMO":
                    if code == "NL101":
                        problems.append("%s: NL101 asserted on PMO note" % where)
                    if code == "NL102" and kind == "must":
                        problems.append("%s: NL102 must on PMO note" % where)
    return problems


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, NAME + ".jsonl")
    problems = validate(CASES)
    with open(out, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n")
    # re-read what was written and validate again
    with open(out, encoding="utf-8") as fh:
        reread = [json.loads(line) for line in fh if line.strip()]
    if reread != CASES:
        problems.append("written file differs from the data")
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        return 1
    counts = {}
    for c in CASES:
        for kind in ("must", "must_not"):
            for code, _ in c[kind]:
                counts.setdefault(code, [0, 0])[0 if kind == "must" else 1] += 1
    print("%d cases written to %s" % (len(CASES), out))
    for code in sorted(counts):
        print("  %s must %d must_not %d" % (code, counts[code][0], counts[code][1]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
