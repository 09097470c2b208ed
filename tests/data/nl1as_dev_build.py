#!/usr/bin/env python3
"""Gold cases nl1as_dev_cases: hedged diagnoses in passing in everyday emergency,
on-call and ward notes (NL101 / NL102). Dependency-free and deterministic.

    python3 build.py      writes nl1as_dev_cases.jsonl beside this file, validates it,
                          exits 1 on any problem.
"""
import datetime as dt
import json
import os
import re
import sys

NAME = "nl1as_dev_cases"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, NAME + ".jsonl")

# ---------------------------------------------------------------- units
U = {
    # Region Skåne, Melior (hospitals)
    "MAL_AKM": ("Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4A11"),
    "LUND_AKM": ("Akutmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4A12"),
    "HBG_AKM": ("Akutmottagningen, Helsingborgs lasarett", "SE2321000255-5C02"),
    "HBG_MED": ("Medicinavdelning 52, Helsingborgs lasarett", "SE2321000255-5C31"),
    "HBG_HIA": ("Hjärtintensivavdelningen, Helsingborgs lasarett", "SE2321000255-5C44"),
    "HBG_KARD": ("Kardiologmottagningen, Helsingborgs lasarett", "SE2321000255-5C47"),
    "LUND_LUNG": ("Lungmedicinska avdelningen, Skånes universitetssjukhus Lund", "SE2321000255-6L20"),
    "LUND_LUNGMOTT": ("Lungmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-6L21"),
    "YSTAD_GER": ("Geriatriska avdelningen, Ystads lasarett", "SE2321000255-7Y05"),
    "KRIST_MEDAKUT": ("Medicinakuten, Centralsjukhuset Kristianstad", "SE2321000255-8K10"),
    "KRIST_KIR": ("Kirurgavdelning 21, Centralsjukhuset Kristianstad", "SE2321000255-8K33"),
    "KRIST_IVA": ("Intensivvårdsavdelningen, Centralsjukhuset Kristianstad", "SE2321000255-8K50"),
    "LUND_KIRAKUT": ("Kirurgakuten, Skånes universitetssjukhus Lund", "SE2321000255-6K02"),
    "MAL_KIRAKUT": ("Kirurgakuten, Skånes universitetssjukhus Malmö", "SE2321000255-4K02"),
    "LUND_NJUR": ("Njurmedicinska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-6N14"),
    "LUND_NEURO": ("Neurologiska avdelningen, Skånes universitetssjukhus Lund", "SE2321000255-6N30"),
    "MAL_PSYK": ("Psykiatrisk akutmottagning, Malmö", "SE2321000255-4P01"),
    "MAL_BARNAKUT": ("Barnakuten, Skånes universitetssjukhus Malmö", "SE2321000255-4B01"),
    "LUND_HUD": ("Hudmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-6H12"),
    "HLM_ORT": ("Ortopedakuten, Hässleholms sjukhus", "SE2321000255-9H07"),
    "LANDS_MED": ("Medicinavdelningen, Landskrona lasarett", "SE2321000255-5L03"),
    "TRELL_MED": ("Medicinavdelning 3, Trelleborgs lasarett", "SE2321000255-4T03"),
    "MAL_INF": ("Infektionskliniken, Skånes universitetssjukhus Malmö", "SE2321000255-4I20"),
    "MAL_MINNE": ("Minnesmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4M08"),
    "MAL_GYN": ("Gynekologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4G11"),
    "LUND_BROST": ("Bröstmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-6B05"),
    # Region Skåne, PMO (primary care)
    "VC_LINERO": ("Vårdcentralen Linero, Lund", "SE2321000255-P1L22"),
    "HSJV_TRELL": ("Hemsjukvården Trelleborg", "SE2321000255-P4T81"),
    "UM_KRIST": ("Ungdomsmottagningen Kristianstad", "SE2321000255-P8U02"),
    # Västra Götaland, Melior
    "SU_AKM": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000010211"),
    "SU_MOLN_AKM": ("Akutmottagningen Mölndal, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000010215"),
    "SU_GYN": ("Gynekologiska akutmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000010340"),
    "SU_NEURO": ("Neurologavdelningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000010420"),
    "SU_INF": ("Infektionsavdelningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000010433"),
    "SU_AVA": ("Akutvårdsavdelningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000010219"),
    "SU_ORTJOUR": ("Ortopedjouren, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-E000000010512"),
    "SU_HEM": ("Sektionen för hematologi, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000010611"),
    "SU_LUNG": ("Lungmedicinska avdelningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000010640"),
    "SU_BARNKIR": ("Barnkirurgiska akuten, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000010702"),
    "NAL_STROKE": ("Strokeenheten, NU-sjukvården NÄL", "SE2321000131-E000000020114"),
    "NAL_MED": ("Medicinavdelning 31, NU-sjukvården NÄL", "SE2321000131-E000000020131"),
    "UDD_AKM": ("Akutmottagningen, Uddevalla sjukhus", "SE2321000131-E000000020201"),
    "UDD_MED": ("Medicinavdelning 14, Uddevalla sjukhus", "SE2321000131-E000000020214"),
    "SAS_INF": ("Infektionskliniken, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000030120"),
    "SAS_URO": ("Urologjouren, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000030150"),
    "SAS_UROMOTT": ("Urologmottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000030151"),
    "SKAS_KIR": ("Kirurgavdelning 8, Skaraborgs sjukhus Skövde", "SE2321000131-E000000040108"),
    "SKAS_MED": ("Medicinakuten, Skaraborgs sjukhus Skövde", "SE2321000131-E000000040110"),
    "SKAS_NEUROMOTT": ("Neurologmottagningen, Skaraborgs sjukhus Skövde", "SE2321000131-E000000040160"),
    "KUNG_AKM": ("Akutmottagningen, Kungälvs sjukhus", "SE2321000131-E000000050101"),
    "KUNG_ORT": ("Ortopedavdelningen, Kungälvs sjukhus", "SE2321000131-E000000050122"),
    "KUNG_KIR": ("Kirurgavdelningen, Kungälvs sjukhus", "SE2321000131-E000000050124"),
    "KUNG_MEDMOTT": ("Medicinmottagningen, Kungälvs sjukhus", "SE2321000131-E000000050140"),
    "ALING_KIR": ("Kirurgavdelningen, Alingsås lasarett", "SE2321000131-E000000060117"),
    "ALING_GER": ("Geriatriska avdelningen, Alingsås lasarett", "SE2321000131-E000000060125"),
    "ALING_KIRMOTT": ("Kirurgmottagningen, Alingsås lasarett", "SE2321000131-E000000060130"),
}

PMO_UNITS = {"VC_LINERO", "HSJV_TRELL", "UM_KRIST"}
VGR_PREFIX = "SE2321000131-"
SKANE_PREFIX = "SE2321000255-"


# ---------------------------------------------------------------- helpers
def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d if d < 10 else d - 9
    return str((10 - total % 10) % 10)


def pnr(birth, serial):
    """birth 'YYYY-MM-DD', serial three digits -> 'YYYYMMDD-NNNC'."""
    ymd = birth.replace("-", "")
    return "%s-%s%s" % (ymd, serial, luhn_digit(ymd[2:] + serial))


def note(unit, template, author, role, time, signed_after, setting, sections,
         system="Melior", nid="n1"):
    """signed_after: minutes after `time`, or None for an unsigned draft."""
    t = dt.datetime.fromisoformat(time)
    signed = None if signed_after is None else (t + dt.timedelta(minutes=signed_after)).isoformat()
    name, hsa = U[unit]
    return {
        "id": nid, "system": system, "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": t.isoformat(), "signed": signed, "setting": setting,
        "refs": [],
        "sections": [{"keyword": k, "text": v} for k, v in sections],
    }


CASES = []


def case(name, ruleset, birth, serial, notes, must, must_not, why):
    if isinstance(notes, dict):
        notes = [notes]
    last = max(dt.datetime.fromisoformat(n["signed"] or n["time"]) for n in notes)
    as_of = (last + dt.timedelta(days=3)).replace(hour=0, minute=0, second=0)
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr(birth, serial), "birth_date": birth, "protected_identity": False},
            "as_of": as_of.isoformat(),
            "notes": notes,
            "access_events": [], "conversations": [], "treatments": [],
        },
        "must": [[c, "n1"] for c in must],
        "must_not": [[c, "n1"] for c in must_not],
        "why": why,
    })


L, SSK, BM = "läkare", "sjuksköterska", "barnmorska"
OV, SV = "öppenvård", "slutenvård"

# ================================================================ NL102 positives
case("akut-arbetsdiagnos-pneumoni-fragetecken", "skane", "1946-02-11", "357",
     note("MAL_AKM", "Akutanteckning", "Johan Lindqvist", L, "2024-01-14T19:42:00", 55, OV, [
         ("Kontaktorsak", "Feber och hosta sedan 4 dagar, hemtjänst larmat pga allmänpåverkan."),
         ("Status", "AT: Trött men vaken, adekvat. Temp 38,9, AF 26, sat 91 % på luft. Cor: RR, inga blåsljud. Pulm: krepitationer basalt hö."),
         ("Bedömning", "78-årig man, CRP 187, LPK 14,2. Arbetsdiagnos: pneumoni hö? Rtg pulm beställd."),
         ("Åtgärd", "Odlingar x 2, Bensyl 3 g x 3 iv, 2 l O2 på grimma. Inläggning medicin."),
     ]),
     ["NL102"], [], "a working diagnosis with a question mark (Arbetsdiagnos: pneumoni hö?) in Bedömning is a visible hypothesis")

case("akut-ev-dvt-vanster-vad", "vgr", "1989-07-30", "246",
     note("SU_AKM", "Akutanteckning", "Sara Ekström", L, "2024-02-03T16:10:00", 35, OV, [
         ("Anamnes", "Svullen och öm vä vad sedan tre dagar. Flög hem från Thailand i lördags. Inga p-piller, ingen tidigare trombos."),
         ("Status", "Vä vad 3 cm större omfång än hö, ömmar i vadmuskulaturen. Distala pulsar palp bilat."),
         ("Bedömning", "Wells 2 p, D-dimer 1,8. Ev. DVT vä underben."),
         ("Planering", "UL bokat imorgon 08.30. Fragmin 15 000 E sc ikväll i väntan på svar. Åter hem."),
     ]),
     ["NL102"], [], "'Ev.' before the abbreviation DVT makes it an uncertain diagnosis in a visible section")

case("lungavd-jour-susp-le-utan-punkt-utkast", "skane", "1958-11-02", "418",
     note("LUND_LUNG", "Jouranteckning", "Ali Haddad", L, "2024-02-21T02:55:00", None, SV, [
         ("Aktuellt", "Tillkallad kl 02.40 pga nytillkommen dyspné och takykardi 124. Inlagd sedan i tisdags för KOL-exacerbation, knäopererad för 10 d sedan."),
         ("Status", "Sat 88 % på 2 l, AF 28. Pulm: som tidigare, inga nya biljud. Vä ben ua."),
         ("Bedömning", "Susp LE. DT-angio bokad akut, Innohep 18 000 E sc givet kl 03.15."),
     ]),
     ["NL102"], [], "'Susp' without a full stop before LE in an unsigned on-call draft")

case("geriatrik-trol-uvi-konfusion", "skane", "1937-05-19", "062",
     note("YSTAD_GER", "Daganteckning", "Emma Bergström", L, "2024-03-06T10:20:00", 120, SV, [
         ("Aktuellt", "Ssk rapporterar tilltagande förvirring sedan igår kväll, pat plockig och har dragit ut PVK. Illaluktande urin enl usk."),
         ("Status", "Vaken, desorienterad till tid och rum. Temp 37,9. Buk mjuk, ömmar lätt suprapubiskt."),
         ("Bedömning", "Trol. UVI med akut konfusion hos pat med känd Alzheimers sjukdom. U-sticka LPK 3+ nitrit pos."),
         ("Åtgärd", "U-odling, Selexid 200 mg x 3 po. Ökad tillsyn nattetid."),
     ]),
     ["NL102"], [], "'Trol.' before UVI in a geriatric ward note")

case("stroke-mojlig-tia-afasi", "vgr", "1951-09-08", "731",
     note("NAL_STROKE", "Inskrivningsanteckning", "Mikael Strand", L, "2024-03-11T09:05:00", 90, SV, [
         ("Kontaktorsak", "Övergående ordfinningssvårigheter ca 20 min igår kväll, maken ringde 112."),
         ("Status", "NIHSS 0. Talar flytande, inga pareser, ingen neglekt. EKG sinusrytm 72."),
         ("Bedömning", "Möjlig TIA, ABCD2 4 p. DT hjärna utan akuta fynd."),
         ("Planering", "Trombyl 160 mg laddning, sedan 75 mg + Atorvastatin 40 mg. Halskärlsdoppler och 72 h telemetri."),
     ]),
     ["NL102"], [], "'Möjlig' before TIA in an admission note")

case("hia-oklart-om-nstemi-eller-typ2", "skane", "1960-12-24", "519",
     note("HBG_HIA", "Jouranteckning", "Lina Persson", L, "2024-03-15T23:40:00", 30, SV, [
         ("Aktuellt", "Inkom med snabbt förmaksflimmer, kammarfrekvens 150-160, konverterade spontant kl 22.10."),
         ("Lab", "TnT 38 -> 52 ng/L, krea 88, K 4,1."),
         ("Bedömning", "Oklart om NSTEMI eller typ 2-skada sekundärt till takyarytmin. Ingen pågående bröstsmärta."),
         ("Planering", "Nytt TnT kl 06. Eliquis 5 mg x 2 startas. Tas upp med bakjour på ronden om ev. kranskärlsröntgen."),
     ]),
     ["NL102"], [], "'Oklart om' NSTEMI leaves the diagnosis open in a visible on-call note")

case("akut-sah-kan-ej-uteslutas", "vgr", "1972-04-17", "128",
     note("SU_AKM", "Akutanteckning", "Karin Holmgren", L, "2024-03-23T21:30:00", 45, OV, [
         ("Anamnes", "52-årig kvinna, plötslig svår huvudvärk vid bastubad ca kl 14, 'värsta i mitt liv'. Kräkts x 2."),
         ("Status", "GCS 15, lätt nackstelhet, neurostatus i övrigt ua. BT 168/94."),
         ("Bedömning", "DT hjärna 20.45 (ca 7 h efter debut) utan blödning. SAH kan ej uteslutas."),
         ("Åtgärd", "LP när 12 h gått från debut, dvs efter kl 02. Analgetika, BT-kontroll. Obs på AVA."),
     ]),
     ["NL102"], [], "'kan ej uteslutas' after SAH keeps it a hypothesis, unlike a plain rule-out")

case("medakut-talar-for-kol-exacerbation", "skane", "1949-08-03", "684",
     note("KRIST_MEDAKUT", "Akutanteckning", "Peter Nyström", L, "2024-01-29T13:15:00", 60, OV, [
         ("Kontaktorsak", "Tilltagande andfåddhet en vecka, mer och grönare slem."),
         ("Tidigare sjukdomar", "KOL GOLD 3, hypertoni. Rökare 40 paketår."),
         ("Status", "Sat 86 % luft, 92 % på 1 l. Pulm: förlängt exp, ronki bilat. Temp 37,6."),
         ("Bedömning", "Bilden talar för KOL-exacerbation, blodgas utan hyperkapni."),
         ("Åtgärd", "Prednisolon 30 mg x 1 i 5 d, Doxyferm, inhalationer Combivent x 4. Hem med återbesök VC."),
     ]),
     ["NL102"], [], "'talar för' hedges the KOL-exacerbation (the KOL itself is known)")

case("kirakut-appendicit-alt-ovarialtorsion", "skane", "1999-10-12", "226",
     note("LUND_KIRAKUT", "Akutanteckning", "Hanna Åberg", L, "2024-04-02T11:50:00", 40, OV, [
         ("Anamnes", "24-årig kvinna, smärta hö fossa sedan imorse, illamående. SM för 2 v sedan, hCG neg."),
         ("Status", "Buk: palpöm hö fossa, lätt släppöm. Temp 37,4."),
         ("Bedömning", "Appendicit alt. ovarialtorsion hö. CRP 31."),
         ("Planering", "Gynkonsult + vaginalt UL, därefter ställningstagande till DT. Fastande."),
     ]),
     ["NL102"], [], "'alt.' between two diagnoses is a differential, written visibly")

case("infektion-sirs-sepsis-vs-viros", "vgr", "1967-01-26", "375",
     note("SAS_INF", "Inskrivningsanteckning", "Oskar Lund", L, "2024-04-05T18:25:00", 70, SV, [
         ("Aktuellt", "Frossa och feber 39,8 sedan igår, muskelvärk. Ingen hosta, ingen dysuri."),
         ("Status", "AF 24, puls 118, BT 102/60. Inga utslag. Nackstyvhet saknas."),
         ("Bedömning", "Uppfyller SIRS-kriterier, laktat 2,6. Sepsis vs viros, fokus ej påvisat."),
         ("Åtgärd", "Blododlingar x 2, Cefotaxim 2 g x 3 efter odling, vätska 1 l Ringer."),
     ]),
     ["NL102"], [], "'vs' between sepsis and a viral infection is an open differential")

case("njur-aki-fragetecken-vs-ckd", "skane", "1955-06-14", "803",
     note("LUND_NJUR", "Konsultationsanteckning", "Maria Sandberg", L, "2024-04-09T14:00:00", 25, SV, [
         ("Frågeställning", "Förhöjt krea på ortopedavdelningen, önskas bedömning."),
         ("Bedömning", "Krea 145, tidigare värden saknas helt (nyinflyttad). AKI? vs CKD stadium 3. UL njurar visar normalstora njurar."),
         ("Planering", "Nytt krea + cystatin C om 48 h, urinsticka, U-alb/krea. Undvik NSAID."),
     ]),
     ["NL102"], [], "'AKI?' followed by 'vs CKD' in a renal consult note")

case("kiravd-jour-misstankt-ovre-gi-blodning", "vgr", "1943-03-09", "557",
     note("SKAS_KIR", "Jouranteckning", "Fredrik Olsson", L, "2024-04-12T23:30:00", None, SV, [
         ("Aktuellt", "Ssk ringer 23.15: pat har haft melena x 2 under kvällen, yr vid uppresning."),
         ("Status", "Blek. Puls 104, BT 110/70. Buk mjuk, oöm. PR: svart tjärfärgad avföring."),
         ("Bedömning", "Hb 92 från 121 igår. Misstänkt övre GI-blödning hos pat på Eliquis."),
         ("Åtgärd", "Eliquis pausas, Nexium 80 mg iv bolus + infusion 8 mg/h, 2 PVK, blodgruppering + BAS-test. Gastroskopi i morgon bitti, endoskopijouren vet om pat."),
     ]),
     ["NL102"], [], "'Misstänkt' before GI-blödning in an on-call surgical ward note")

case("neuroavd-misstankt-guillain-barre", "skane", "1981-02-27", "146",
     note("LUND_NEURO", "Inskrivningsanteckning", "David Mårtensson", L, "2024-04-18T15:45:00", 80, SV, [
         ("Anamnes", "Sedan 5 dagar stickningar i fötterna, nu svårt att gå i trappor. Magsjuk för 2 v sedan."),
         ("Status", "Symmetrisk svaghet i benen, proximalt 4/5. Areflexi i benen. Sensibilitet nedsatt för vibration distalt."),
         ("Bedömning", "Misstänkt Guillain-Barré efter gastroenterit. VK 3,1 l."),
         ("Planering", "LP, ENeG, VK x 3 per dygn. IVA-kontakt om VK < 1,5 l."),
     ]),
     ["NL102"], [], "eponym diagnosis (Guillain-Barré) after 'Misstänkt'")

case("akut-horton-fragetecken-prefix", "vgr", "1948-11-30", "282",
     note("SU_MOLN_AKM", "Akutanteckning", "Elin Karlsson", L, "2024-04-22T10:35:00", 45, OV, [
         ("Kontaktorsak", "Huvudvärk i tinningarna sedan 3 v, ont att tugga, dimsyn hö öga imorse."),
         ("Status", "Öm, förtjockad a. temporalis hö. Visus hö 0,6, vä 1,0."),
         ("Lab", "SR 78, CRP 64."),
         ("Bedömning", "?Hortons arterit. Ögonjouren konsulterad per telefon."),
         ("Åtgärd", "Prednisolon 60 mg givet på akuten. Remiss temporalisbiopsi."),
     ]),
     ["NL102"], [], "a question mark placed before the eponym (?Hortons arterit)")

case("ssk-akut-misstanke-blodpropp-i-lungan", "skane", "1964-07-07", "463",
     note("HBG_AKM", "Omvårdnadsanteckning", "Jenny Axelsson", SSK, "2024-04-26T14:05:00", 20, OV, [
         ("Omvårdnad", "Pat andfådd vid minsta ansträngning, sat 93 %. Enl dr Holm misstanke om blodpropp i lungan, pat till DT kl 14.30 med bår. Maken har fått besked om väntetiden."),
     ]),
     ["NL102"], [], "a nurse writes a suspected diagnosis in lay words (blodpropp i lungan)")

case("akut-typo-misstant-pyelonefrit", "skane", "1994-05-21", "384",
     note("LUND_AKM", "Akutanteckning", "Viktor Hedlund", L, "2024-05-02T20:15:00", 35, OV, [
         ("Anamnes", "Sveda vid miktion sedan 4 d, nu frossa och ont i hö flank."),
         ("Status", "Temp 39,2. Dunkömhet hö njurloge. Buk mjuk."),
         ("Bedömning", "Misstänt pyelonefrit hö. CRP 142, krea 79."),
         ("Åtgärd", "U-odling, blododling. Ciprofloxacin 500 mg x 2 i 7 d. Hem, åter vid försämring."),
     ]),
     ["NL102"], [], "typo 'Misstänt' still hedges pyelonefrit")

case("akut-typo-trolgen-erysipelas-kort", "vgr", "1957-08-16", "615",
     note("KUNG_AKM", "Akutanteckning", "Anders Wikström", L, "2024-05-06T12:40:00", 15, OV, [
         ("Bedömning", "Rodnad, svullen och varm hö underben med skarp kant, feber 38,4 igår. Trolgen erysipelas, ingen abscess palperas. Kåvepenin 1 g x 3 i 10 dagar."),
     ]),
     ["NL102"], [], "typo 'Trolgen' still hedges erysipelas in a one-section note")

case("akut-dd-lista-brostsmarta", "skane", "1963-03-01", "950",
     note("LUND_AKM", "Akutanteckning", "Sofia Nilsson", L, "2024-05-09T07:20:00", 95, OV, [
         ("Kontaktorsak", "Bröstsmärta sedan kl 05, strålar mot ryggen."),
         ("Anamnes", "61-årig man, hypertoni, hyperlipidemi. Smärtan kom i vila, tryckande, 7/10. Ingen dyspné. Röker 10 cig/d."),
         ("Status", "Opåverkad. BT hö arm 172/96, vä arm 158/90. Cor: RR, inga blåsljud. Pulm ua. Buk ua. Perifera pulsar palp."),
         ("EKG", "Sinusrytm 84, ST-sänkning 1 mm V4-V6."),
         ("Bedömning", "Oklar bröstsmärta. DD: ACS, aortadissektion, LE, perikardit."),
         ("Åtgärd", "TnT x 2, D-dimer. DT-angio aorta pga BT-diff. Trombyl avvaktas tills dissektion uteslutits."),
     ]),
     ["NL102"], [], "a DD list of abbreviated diagnoses (ACS, LE …) in an emergency note")

case("barnkir-appendicitmisstanke-sammansattning", "vgr", "2015-01-22", "173",
     note("SU_BARNKIR", "Inskrivningsanteckning", "Ida Johansson", L, "2024-05-12T22:10:00", 40, SV, [
         ("Anamnes", "9-årig pojke, ont i magen sedan igår kväll, nu mest hö fossa. Kräkts 1 gång. Mamma med."),
         ("Status", "Går framåtböjd, ömmar hö fossa, hoppar ogärna. Temp 38,0."),
         ("Bedömning", "Appendicitmisstanke. CRP 48, LPK 15,6."),
         ("Planering", "Inläggs fastande, UL buk imorgon förmiddag, iv vätska. Ny bedömning kl 07."),
     ]),
     ["NL102"], [], "the compound 'Appendicitmisstanke' in a child's note (guardian reads)")

case("akut-arbetsdiagnos-snedstreck-pyelonefrit-urosepsis", "vgr", "1942-10-05", "440",
     note("SKAS_MED", "Akutanteckning", "Nils Gustafsson", L, "2024-05-15T03:25:00", 60, OV, [
         ("Bedömning", "82-årig kvinna från SÄBO, feber, lågt BT, CRP 231, u-sticka LPK 3+. Arbetsdiagnos pyelonefrit/urosepsis."),
         ("Åtgärd", "Blododling x 2, u-odling, Cefotaxim 1 g x 3. KAD för timdiures. Inläggning medicinavd."),
     ]),
     ["NL102"], [], "working diagnosis with a slash between two alternatives")

case("urojour-sannolikt-uretarsten", "vgr", "1978-12-02", "391",
     note("SAS_URO", "Akutanteckning", "Jonas Berg", L, "2024-05-19T06:10:00", 50, OV, [
         ("Anamnes", "Akut debuterad kolikartad smärta vä flank kl 04, strålar mot ljumsken. Haft njursten 2018."),
         ("Status", "Orolig, kan inte ligga still. Dunköm vä. Buk mjuk."),
         ("Bedömning", "Sannolikt uretärsten vä. Hematuri på sticka, krea 94, afebril."),
         ("Planering", "DT-urografi lågdos idag. Diklofenak 50 mg x 3. Åter vid feber."),
     ]),
     ["NL102"], [], "'Sannolikt' before uretärsten")

case("geriatrik-konsult-ej-osannolikt-parkinson", "skane", "1944-04-23", "705",
     note("YSTAD_GER", "Konsultationsanteckning", "Gunilla Roos", L, "2024-05-23T13:30:00", 45, SV, [
         ("Bedömning", "Konsult från ortopeden ang. upprepade fall. Vilotremor hö hand, nedsatt armpendling, hypomimi. Ej osannolikt att det rör sig om tidig Parkinsons sjukdom."),
         ("Planering", "Remiss neurologmott. Ingen behandling nu. Fallprevention enl ordination."),
     ]),
     ["NL102"], [], "the double negative 'Ej osannolikt' is a hedge, not a negation")

case("kiravd-dt-inger-misstanke-coloncancer", "vgr", "1953-06-29", "868",
     note("ALING_KIR", "Daganteckning", "Helena Sjöberg", L, "2024-05-27T11:00:00", 30, SV, [
         ("Aktuellt", "Inlagd för subileus, nu gasavgång och tål dryck."),
         ("Röntgen", "DT buk: kort striktur i sigmoideum med väggförtjockning, inger misstanke om coloncancer. Inga levermetastaser."),
         ("Planering", "Koloskopi inom en vecka, mjuk kost."),
     ]),
     ["NL102"], [], "'inger misstanke om' coloncancer in a radiology summary on the ward")

case("kirakut-dt-forenligt-med-divertikulit", "skane", "1970-09-18", "236",
     note("MAL_KIRAKUT", "Akutanteckning", "Amir Rahimi", L, "2024-06-01T17:35:00", 40, OV, [
         ("Anamnes", "Ont i nedre vä delen av buken sedan 2 dagar, feber 38,1 hemma."),
         ("Status", "Palpöm vä fossa, ingen peritonit."),
         ("Bedömning", "CRP 96. DT buk förenligt med okomplicerad divertikulit i sigmoideum."),
         ("Åtgärd", "Hem utan antibiotika, Alvedon vb, flytande kost 2 dagar. Åter vid tilltagande smärta eller feber."),
     ]),
     ["NL102"], [], "'förenligt med' hedges divertikulit (compatible with, not proven)")

case("akut-bild-av-gallstensanfall-fragetecken", "vgr", "1985-02-08", "574",
     note("SU_MOLN_AKM", "Akutanteckning", "Therese Lindberg", L, "2024-06-04T22:50:00", None, OV, [
         ("Bedömning", "Smärta under hö arcus efter fet middag, ömmar där, Murphys tecken pos. Bild av gallstensanfall? Lever- och pankreasprover normala, afebril."),
         ("Planering", "UL lever/gallvägar imorgon 10.00, pat fastande från midnatt. Hem i natt med Diklofenak."),
     ]),
     ["NL102"], [], "'Bild av' followed by a question mark")

case("barnakut-eventuell-hjarnskakning", "skane", "2017-03-14", "268",
     note("MAL_BARNAKUT", "Akutanteckning", "Louise Falk", L, "2024-06-08T16:20:00", 50, OV, [
         ("Anamnes", "7-årig flicka ramlade från studsmattan, slog bakhuvudet. Kräkts en gång. Pappa med."),
         ("Status", "GCS 15, pigg, leker. Pupiller lika, ljusreaktion ua. Ingen nackömhet. Liten svullnad occipitalt."),
         ("Bedömning", "Eventuell hjärnskakning. Inga kriterier för DT enl. PECARN."),
         ("Planering", "Obs 4 h på barnakuten, skriftlig info om varningstecken till pappan."),
     ]),
     ["NL102"], [], "full word 'Eventuell' before a lay diagnosis in a child's note")

case("psykakut-misstankt-debuterande-psykos", "skane", "2003-08-25", "395",
     note("MAL_PSYK", "Akutanteckning", "Magnus Forsberg", L, "2024-06-12T01:15:00", 75, OV, [
         ("Kontaktorsak", "Kommer med mamma som är orolig, sonen har inte sovit på 4 nätter och pratar om att grannarna avlyssnar honom."),
         ("Status", "Vaken, orienterad. Misstänksam, undvikande blick. Ingen suicidalitet uttalas. Inga tecken på intox."),
         ("Bedömning", "Misstänkt debuterande psykos, DD drogutlöst. U-tox tagen."),
         ("Åtgärd", "Erbjuds frivillig inläggning, accepterar. Olanzapin 5 mg tn."),
     ]),
     ["NL102"], [], "psychiatric emergency note: 'Misstänkt' psychosis with a DD")

case("gynakut-extrauterin-kan-inte-uteslutas", "vgr", "1992-11-11", "420",
     note("SU_GYN", "Akutanteckning", "Anna Petersson", L, "2024-06-17T19:00:00", 30, OV, [
         ("Anamnes", "SM 6+2, småblödning och ensidig smärta vä."),
         ("Status", "Vaginalt UL: ingen intrauterin graviditet, ingen fri vätska. Adnexa vä svårbedömd."),
         ("Bedömning", "S-hCG 1 450. Extrauterin graviditet kan inte uteslutas."),
         ("Planering", "Nytt hCG om 48 h. Info om varningstecken – åter direkt vid ökad smärta."),
     ]),
     ["NL102"], [], "'kan inte uteslutas' after extrauterin graviditet")

case("ortavd-jour-trol-postop-delirium", "vgr", "1934-07-13", "119",
     note("KUNG_ORT", "Jouranteckning", "Erik Dahl", L, "2024-06-22T01:50:00", 25, SV, [
         ("Aktuellt", "Kallad kl 01.30, pat op dag 1 efter höftfraktur, orolig, plockig, vill gå hem."),
         ("Status", "Desorienterad till tid och plats. Afebril. Sat 95 %. Blåsscan 650 ml."),
         ("Bedömning", "Trol. postoperativt delirium, urinretention bidrar."),
         ("Åtgärd", "KAD sätts. Haldol 0,5 mg im vb. Undvika bensodiazepiner."),
     ]),
     ["NL102"], [], "night on-call ward note with 'Trol.' before delirium")

case("epikris-misstankt-refluxesofagit", "skane", "1968-01-31", "332",
     note("LANDS_MED", "Epikris", "Karl Eriksson", L, "2024-06-26T14:20:00", 1440, SV, [
         ("Sammanfattning", "Inkom med bröstsmärta. EKG utan ischemi, TnT 5 -> 6. Ultraljud hjärta normalt. Smärtan har samband med måltider och liggande."),
         ("Diagnos", "Bröstsmärta UNS. Misstänkt refluxesofagit."),
         ("Utskrivning", "Omeprazol 20 mg x 1 i 4 v på prov. Uppföljning på vårdcentralen."),
     ]),
     ["NL102"], [], "a suspected diagnosis in the discharge summary's Diagnos section")

case("ortjour-utkast-susp-cauda-equina", "vgr", "1975-10-20", "653",
     note("SU_ORTJOUR", "Akutanteckning", "Mattias Ek", L, "2024-07-03T04:30:00", None, OV, [
         ("Anamnes", "Känd lumbago, sedan igår ischias bilat och svårt att kissa. Domningar i sätesregionen."),
         ("Status", "Nedsatt sensibilitet perianalt. Sfinktertonus svag. Resurin 700 ml."),
         ("Bedömning", "Susp. cauda equina-syndrom."),
         ("Åtgärd", "Akut MR ländrygg, ryggjouren underrättad, KAD."),
     ]),
     ["NL102"], [], "unsigned on-call draft with 'Susp.' before an eponym-like syndrome")

case("medavd-lang-daganteckning-ev-hjartsvikt", "skane", "1940-02-16", "588",
     note("TRELL_MED", "Daganteckning", "Cecilia Holm", L, "2024-07-08T11:40:00", 65, SV, [
         ("Aktuellt", "Dag 3 på avdelningen. 84-årig kvinna inlagd via akuten för pneumoni vä underlob. Sovit bättre i natt enligt nattpersonalen, äter halva portioner. Fortfarande hosta med gulaktiga upphostningar men mindre andfådd. Mobiliseras med rollator till toaletten."),
         ("Status", "AT: Opåverkad i vila, talar hela meningar. Temp 37,2. Puls 88 oregelbunden. BT 134/78. AF 18, sat 94 % utan syrgas. Cor: oregelbunden rytm, inga blåsljud. Pulm: fortsatt rassel basalt vä, nytillkomna krepitationer basalt bilat. Ben: pittingödem till mitt på underbenen bilat, mer än vid inkomst."),
         ("Lab", "CRP 164 -> 98 -> 61. LPK 9,8. Hb 118. Krea 102 (inkomst 118). Na 136, K 4,3. NT-proBNP 2 100 (ej taget tidigare). P-glukos 7,8 fastande."),
         ("Läkemedel", "Bensyl 1 g x 3 iv dag 3. Metformin 500 mg x 2. Metoprolol 50 mg x 1. Eliquis 2,5 mg x 2. Furosemid 20 mg x 1 insatt idag."),
         ("Bedömning", "Pneumoni vä underlob i regress, kliniskt och biokemiskt. Förmaksflimmer, frekvensreglerat. Typ 2-diabetes, acceptabelt reglerad under infektion. Ev. begynnande hjärtsvikt – tilltagande bilaterala underbensödem och förhöjt NT-proBNP."),
         ("Planering", "Byte till Kåvepenin 1 g x 3 po imorgon om fortsatt afebril, total behandlingstid 7 dagar. Daglig vikt. UKG beställt, görs förhoppningsvis före hemgång. Fysioterapeut för mobilisering. Dottern uppdaterad per telefon om förbättringen."),
     ]),
     ["NL102"], [], "long ward note where all diagnoses are settled except one 'Ev.' line")

case("akut-enrads-herpes-zooster-fragetecken", "vgr", "1959-05-05", "207",
     note("UDD_AKM", "Akutanteckning", "Petra Lundgren", L, "2024-07-12T15:55:00", 10, OV, [
         ("Bedömning", "Brännande smärta vä thorax 3 d, nu blåsor i bälte Th6. Herpes zooster? Valaciklovir 1 g x 3 i 7 d."),
     ]),
     ["NL102"], [], "one-line note, misspelt 'zooster' followed by a question mark")

case("medavd-jour-nstemi-misstanke-sammansattning", "vgr", "1956-03-27", "846",
     note("NAL_MED", "Jouranteckning", "Robert Andersson", L, "2024-07-16T03:05:00", 40, SV, [
         ("Bedömning", "NSTEMI-misstanke: tryck i bröstet 30 min i vila, TnT 64. EKG utan ST-höjning."),
         ("Åtgärd", "Trombyl + Brilique, ny TnT om 3 h. PCI-jouren på Sahlgrenska kontaktad."),
     ]),
     ["NL102"], [], "the compound 'NSTEMI-misstanke' in a night note")

# ================================================================ NL102 near misses
case("kirakut-ev-dt-buk-imorgon-plan", "skane", "1988-06-06", "512",
     note("MAL_KIRAKUT", "Akutanteckning", "Josefin Wallin", L, "2024-01-20T21:15:00", 30, OV, [
         ("Anamnes", "Buksmärtor i epigastriet sedan igår kväll, ingen feber, normala tarmfunktioner."),
         ("Status", "Buk mjuk, lätt öm epigastriet, ingen peritonit. Afebril."),
         ("Bedömning", "Ospecifik buksmärta. CRP <5, lipas normalt."),
         ("Planering", "Hem. Ev. DT buk imorgon om fortsatt ont, ringer kirurgakuten kl 09."),
     ]),
     [], ["NL102"], "'Ev.' hedges a planned examination, not a diagnosis")

case("medavd-typo-trol-hem-imorn", "vgr", "1950-12-19", "664",
     note("NAL_MED", "Daganteckning", "Kristina Svensson", L, "2024-01-25T10:30:00", 45, SV, [
         ("Aktuellt", "Pneumoni hö underlob dag 4, afebril sedan igår, CRP 212 -> 64."),
         ("Bedömning", "God förbättring, byte till peroralt Amimox."),
         ("Planering", "Trol. hem imorn efter förmiddagsrond. Återbesök VC om 6 v för rtg-kontroll."),
     ]),
     [], ["NL102"], "'Trol.' about discharge (colloquial 'imorn'), the pneumonia is settled")

case("medavd-utkast-ev-hojning-furix", "skane", "1945-04-04", "297",
     note("HBG_MED", "Daganteckning", "Björn Lindahl", L, "2024-02-07T09:50:00", None, SV, [
         ("Bedömning", "Känd hjärtsvikt EF 30 %, inlagd för dekompensation. Vikt 84,2 (igår 84,6). Fortsatt ödem underben. Ev. höjning av Furix till 80 mg x 2 om vikten inte går ner i morgon. K 4,0."),
     ]),
     [], ["NL102"], "unsigned draft where 'Ev.' concerns a dose increase only")

case("akut-hypoglykemi-trol-missad-lunch", "vgr", "1986-09-09", "183",
     note("SU_AKM", "Akutanteckning", "Linnea Björk", L, "2024-02-13T13:40:00", 35, OV, [
         ("Kontaktorsak", "Ambulans, hittad förvirrad på arbetsplatsen."),
         ("Bedömning", "Hypoglykemi, P-glukos 2,1, hos känd typ 1-diabetiker. Trol. pga missad lunch och gympass. Helt återställd efter glukos iv."),
         ("Planering", "Äter på akuten, hem med arbetskamrat. Info om att sänka Humalog inför träning."),
     ]),
     [], ["NL102"], "'Trol.' hedges the cause (a missed meal) of a settled hypoglykemi")

case("ortakut-radiusfraktur-trol-halkat", "skane", "1952-01-08", "426",
     note("HLM_ORT", "Akutanteckning", "Per Håkansson", L, "2024-02-17T10:05:00", 20, OV, [
         ("Bedömning", "Distal radiusfraktur hö, lätt dorsalvinklad. Trol. halkat på isen vid busshållplatsen, pat minns dåligt. Gipsskena, rtg-kontroll om 1 v."),
     ]),
     [], ["NL102"], "'Trol.' hedges the injury mechanism, the fracture is settled")

case("akut-le-uteslutet-dt-angio", "vgr", "1976-05-28", "739",
     note("SKAS_MED", "Akutanteckning", "Hussein Ali", L, "2024-02-24T18:30:00", 30, OV, [
         ("Bedömning", "Andfåddhet och hö-sidig andningskorrelerad smärta. D-dimer 0,9. DT-angio utan embolier, LE uteslutet. Muskuloskeletal smärta efter flytt i helgen."),
         ("Åtgärd", "Hem med NSAID."),
     ]),
     [], ["NL102"], "LE explicitly ruled out with DT-angio")

case("akut-ingen-misstanke-om-sah-migran", "skane", "1991-10-03", "850",
     note("MAL_AKM", "Akutanteckning", "Rebecka Ström", L, "2024-02-28T16:45:00", 40, OV, [
         ("Anamnes", "Känd migrän sedan tonåren. Huvudvärk som vanligt, gradvis debut över 2 h, med synaura innan."),
         ("Status", "Neurostatus ua. Ingen nackstelhet."),
         ("Bedömning", "Migränattack. Ingen misstanke om SAH."),
         ("Åtgärd", "Sumatriptan 6 mg sc, Primperan. Hem."),
     ]),
     [], ["NL102"], "'Ingen misstanke om' negates SAH")

case("hia-ej-hallpunkt-for-nstemi", "skane", "1966-08-21", "471",
     note("HBG_HIA", "Daganteckning", "Tobias Engström", L, "2024-03-03T09:15:00", 30, SV, [
         ("Bedömning", "Obs över natten för bröstsmärta. TnT 9 -> 10 ng/L, EKG oförändrat. Ej hållpunkt för NSTEMI. Hem, arbets-EKG polikliniskt."),
     ]),
     [], ["NL102"], "'Ej hållpunkt för' negates NSTEMI")

case("kiravd-misstanken-om-gi-blodning-avskrivs", "vgr", "1939-11-14", "308",
     note("SKAS_KIR", "Daganteckning", "Camilla Norén", L, "2024-03-08T13:20:00", 60, SV, [
         ("Bedömning", "Misstanken om GI-blödning avskrivs: Hb stabilt 128 över tre kontroller och gastroskopi utan blödningskälla. Mörk avföring förklaras av järntabletter."),
         ("Planering", "Utskrivning idag."),
     ]),
     [], ["NL102"], "a suspicion that is explicitly dropped ('avskrivs') is not a hypothesis")

case("akut-hereditet-far-trol-hjartinfarkt", "skane", "1971-07-22", "194",
     note("LUND_AKM", "Akutanteckning", "Olivia Mattsson", L, "2024-03-13T12:10:00", 45, OV, [
         ("Hereditet", "Far trol. hjärtinfarkt i 50-årsåldern, mor möjligen demens på äldre dagar."),
         ("Anamnes", "Hjärtklappning senaste veckan, nu förmaksflimmer på EKG."),
         ("Bedömning", "Nydebuterat förmaksflimmer, CHA2DS2-VASc 1. Frekvensreglering med Metoprolol."),
     ]),
     [], ["NL102"], "hedges only in family history; the patient's own diagnosis is settled")

case("ava-tidigare-trol-tia-nu-hjarninfarkt", "vgr", "1947-06-01", "526",
     note("SU_AVA", "Inskrivningsanteckning", "Hans Åkesson", L, "2024-03-19T08:40:00", 90, SV, [
         ("Tidigare sjukdomar", "2017 trol. TIA, utreddes i Uddevalla. Hypertoni."),
         ("Bedömning", "Hjärninfarkt hö MCA-område, verifierad på DT och MR. Trombolys ej aktuell pga tid."),
     ]),
     [], ["NL102"], "a hedge in past history only, the current diagnosis is verified")

case("neuro-sokord-tidiga-hypoteser-huntington-typo", "vgr", "1979-02-12", "647",
     note("SU_NEURO", "Läkaranteckning", "Eva Lundström", L, "2024-03-25T14:30:00", 120, OV, [
         ("Anamnes", "Ofrivilliga rörelser i armar, tilltagande senaste året. Glömsk enl maken."),
         ("Status", "Choreatiska rörelser, lätt dysartri."),
         ("Bedömning", "Rörelsestörning under utredning. Genetisk utredning diskuteras vid nästa besök."),
         ("Tidiga hypoteser", "Misstänkt Huntingtions sjukdom, far dog ung av oklar neurologisk sjukdom."),
     ]),
     [], ["NL102"], "VGR: the hedged diagnosis (misspelt Huntingtions) stands only under the protected sökord")

case("pmo-vc-misstankt-okomplicerad-uvi", "skane", "1983-03-16", "835",
     note("VC_LINERO", "Besöksanteckning", "Maja Olofsson", L, "2024-03-28T10:45:00", 25, OV, [
         ("Aktuellt", "Sveda och täta trängningar 2 d. Afebril, ingen flanksmärta."),
         ("Bedömning", "Misstänkt okomplicerad UVI. Nitrofurantoin 50 mg x 3 i 5 d."),
     ], system="PMO"),
     [], ["NL102"], "PMO primary care: diagnoses are never shown, so the hedge does not matter")

case("pmo-hemsjukvard-trol-lunginflammation", "skane", "1930-09-27", "240",
     note("HSJV_TRELL", "Omvårdnadsanteckning", "Birgitta Nord", SSK, "2024-04-03T15:20:00", 30, OV, [
         ("Omvårdnad", "Hembesök. Pat hostar, temp 38,3, sat 92 %. Ringt jourläkare VC som bedömer trol. lunginflammation, Doxyferm insatt. Ny kontroll imorgon."),
     ], system="PMO"),
     [], ["NL102"], "PMO home care note with a lay hedged diagnosis")

case("pmo-ungdomsmott-misstanke-klamydia", "skane", "2006-12-09", "504",
     note("UM_KRIST", "Besöksanteckning", "Sanna Lindholm", BM, "2024-04-10T15:00:00", 20, OV, [
         ("Aktuellt", "Flytning och sveda sedan 1 v, ny partner. Misstanke om klamydia, prov taget. Pat vet att smittspårning görs om provet är positivt."),
     ], system="PMO"),
     [], ["NL102"], "PMO youth clinic (patient 17): a suspected diagnosis is not shown")

case("medavd-misstanke-om-le-bekraftad", "skane", "1974-08-30", "661",
     note("HBG_MED", "Inskrivningsanteckning", "Simon Bengtsson", L, "2024-04-15T17:25:00", 50, SV, [
         ("Bedömning", "Inkom med andnöd. Initial misstanke om LE bekräftad med DT-angio: bilaterala segmentella embolier, ingen högerkammarbelastning."),
         ("Åtgärd", "Innohep 175 E/kg sc x 1."),
     ]),
     [], ["NL102"], "a suspicion confirmed by DT-angio is a settled diagnosis")

case("medakut-utkast-susp-hemolyserat-prov", "skane", "1957-02-19", "915",
     note("KRIST_MEDAKUT", "Akutanteckning", "Ahmed Yousef", L, "2024-04-20T19:50:00", None, OV, [
         ("Bedömning", "K 6,4 men susp. hemolyserat prov, nytt tas venöst utan stas. EKG utan hyperkalemitecken. Inlagd för hyponatremi 121, vätskerestriktion."),
     ]),
     [], ["NL102"], "unsigned draft: 'susp.' concerns a haemolysed sample, not the patient")

case("ava-hem-vs-kvar-over-natten", "vgr", "1982-11-27", "459",
     note("SU_AVA", "Daganteckning", "Matilda Hansson", L, "2024-04-24T14:30:00", 30, SV, [
         ("Bedömning", "Bröstsmärta med låg risk (HEART 2), TnT 4 ng/L. Hem vs kvar över natten? Beslut efter 2:a TnT kl 18."),
     ]),
     [], ["NL102"], "'vs' and '?' concern disposition (home or stay), not a diagnosis")

case("ortakut-aterbesok-alt-vecka", "skane", "1997-04-26", "378",
     note("HLM_ORT", "Akutanteckning", "Linda Sjögren", L, "2024-04-29T11:30:00", 20, OV, [
         ("Bedömning", "Odislocerad lateral malleolfraktur vä, Weber A. Ortos och full belastning, Alvedon/Ipren vid behov."),
         ("Planering", "Återbesök ortopedmott v. 18 alt. v. 19 för kontroll."),
     ]),
     [], ["NL102"], "'alt.' and '/' concern appointment weeks and analgesics, not diagnoses")

case("akut-aortadissektion-kan-uteslutas", "vgr", "1961-01-13", "284",
     note("SU_AKM", "Akutanteckning", "Gustav Lindgren", L, "2024-05-04T02:20:00", 40, OV, [
         ("Bedömning", "Akut ryggsmärta mellan skulderbladen. DT-angio aorta utan dissektion eller aneurysm. Aortadissektion kan därmed uteslutas. Njursten vä 4 mm i distala uretären förklarar besvären."),
     ]),
     [], ["NL102"], "'kan … uteslutas' without 'ej' is a rule-out, the opposite of 'kan ej uteslutas'")

case("medavd-typo-utan-tecken-pa-pnemuoni", "skane", "1948-05-15", "173",
     note("LANDS_MED", "Daganteckning", "Ingrid Blom", L, "2024-05-14T10:10:00", 35, SV, [
         ("Bedömning", "KOL-pat inlagd för exacerbation, förbättrad på steroider. Rtg pulm utan tecken på pnemuoni. Hem på fredag."),
     ]),
     [], ["NL102"], "typo 'pnemuoni' inside a negated mention ('utan tecken på')")

case("medavd-waran-hoppa-over-dos-fragetecken", "skane", "1938-10-10", "552",
     note("TRELL_MED", "Jouranteckning", "Jakob Wennberg", L, "2024-05-21T20:40:00", 15, SV, [
         ("Bedömning", "Förmaksflimmer, Waran. INR 3,8 ikväll – hoppa över kvällsdosen? Diskuterat med AK-mott: ja, uppehåll 1 dag och ny INR fredag."),
     ]),
     [], ["NL102"], "the question mark concerns a dose, the diagnosis is settled")

case("medakut-infarkt-fragetecken-nej", "skane", "1980-07-04", "296",
     note("KRIST_MEDAKUT", "Akutanteckning", "Moa Andersson", L, "2024-05-30T18:05:00", 25, OV, [
         ("Bedömning", "Infarkt? Nej – två normala TnT och normalt EKG. Bröstkorgssmärtan reproducerbar vid palpation, costochondrit. Hem."),
     ]),
     [], ["NL102"], "a question answered with 'Nej' negates infarction")

# ================================================================ NL101 positives
case("hud-pad-melanom-ej-informerad", "skane", "1969-04-12", "637",
     note("LUND_HUD", "Läkaranteckning", "Charlotte Wahl", L, "2024-01-17T15:30:00", 40, OV, [
         ("PAD-svar", "Malignt melanom hö skuldra, Breslow 1,4 mm, radikalt exciderat."),
         ("Planering", "Pat ej informerad ännu, kallas till läkarbesök 15/4 för besked och planering av utvidgad excision."),
     ]),
     ["NL101"], ["NL102"], "a settled melanoma diagnosis is visible while the patient is not yet informed")

case("uro-prostatacancer-ej-fatt-besked", "vgr", "1955-10-28", "219",
     note("SAS_UROMOTT", "Läkaranteckning", "Leif Carlsson", L, "2024-01-23T11:10:00", 60, OV, [
         ("Bedömning", "Biopsisvar: prostatacancer Gleason 4+3=7 i 5 av 12 biopsier. Patienten har ännu inte fått besked, tid för beskedsamtal bokas via kontaktsjuksköterskan."),
     ]),
     ["NL101"], ["NL102"], "prostate cancer result visible and the patient has not had the news yet")

case("medavd-jour-subduralhematom-pat-sover", "skane", "1936-12-03", "480",
     note("HBG_MED", "Jouranteckning", "Alexander Roth", L, "2024-02-01T23:55:00", 20, SV, [
         ("Aktuellt", "DT hjärna tagen efter fall i korridoren kl 22."),
         ("Bedömning", "Kroniskt subduralhematom vä, ingen medellinjeöverskridning. Neurokirurg i Lund konsulterad – ingen akut åtgärd. Pat sover, ej informerad om DT-svaret, dagjouren informerar på ronden."),
     ]),
     ["NL101"], ["NL102"], "on-call note: subdural haematoma written while the sleeping patient is not informed")

case("neuroavd-als-diagnos-ej-meddelad", "vgr", "1962-09-04", "742",
     note("SU_NEURO", "Daganteckning", "Marcus Hedberg", L, "2024-02-09T13:45:00", 90, SV, [
         ("Bedömning", "ENeG visar utbredd denervation i tre regioner, tillsammans med kliniken uppfylls kriterierna för ALS. Diagnosen ej meddelad pat ännu; beskedsamtal med pat och dotter planeras 22/5."),
     ]),
     ["NL101"], ["NL102"], "settled ALS diagnosis visible, 'ej meddelad pat ännu'")

case("minnesmott-alzheimer-ej-informerad", "skane", "1945-01-30", "361",
     note("MAL_MINNE", "Läkaranteckning", "Ulrika Ohlsson", L, "2024-02-15T16:00:00", 1200, OV, [
         ("Sammanfattning", "MMT 21, DT hjärna med mediotemporal atrofi, likvor med typisk biomarkörprofil."),
         ("Diagnos", "Alzheimers sjukdom."),
         ("Planering", "Pat ej informerad om diagnosen ännu, återbesök med maken 3/6 där besked ges."),
     ]),
     ["NL101"], ["NL102"], "Alzheimer diagnosis in the Diagnos section before the patient has been told")

case("infektion-hiv-ej-underrattad", "vgr", "1990-06-18", "583",
     note("SU_INF", "Läkaranteckning", "Daniel Rask", L, "2024-02-26T12:30:00", 30, OV, [
         ("Lab", "HIV-1 konfirmerat på Virologen, viral load 84 000."),
         ("Planering", "Pat ännu ej underrättad – kallas till mottagningen imorgon, smittskyddsläkaren informerad."),
     ]),
     ["NL101"], [], "confirmed HIV in a visible section, patient 'ännu ej underrättad'")

case("kiravd-dt-levermetastaser-ej-informerad", "skane", "1950-03-22", "815",
     note("KRIST_KIR", "Daganteckning", "Henrik Söderberg", L, "2024-03-01T15:10:00", 45, SV, [
         ("Röntgen", "DT thorax-buk: multipla levermetastaser, primärtumör ej identifierad."),
         ("Planering", "Pat är ej informerad om DT-svaret, ansvarig läkare tar det imorgon med anhörig närvarande."),
     ]),
     ["NL101"], [], "the not-informed statement points at the DT answer that carries the diagnosis")

case("medavd-typo-ej-infomerad-diabetes", "skane", "1965-11-08", "224",
     note("LANDS_MED", "Läkaranteckning", "Sven Jönsson", L, "2024-03-18T16:20:00", 15, OV, [
         ("Bedömning", "HbA1c 71 och fP-glukos 11,4 vid två tillfällen – nydebuterad typ 2-diabetes. Pat ej infomerad ännu, ssk ringer imorgon och bokar diabetessköterska."),
     ]),
     ["NL101"], ["NL102"], "typo 'infomerad': new diabetes diagnosis visible before the patient is told")

case("lungavd-utkast-adenocarcinom-ej-fore-konferens", "vgr", "1958-08-08", "906",
     note("SU_LUNG", "Daganteckning", "Jessica Nyberg", L, "2024-04-08T14:15:00", None, SV, [
         ("Bedömning", "PAD från bronkoskopin: adenocarcinom. Diagnosen ska inte meddelas patienten förrän efter lungkonferensen 3/6 då behandlingsplan finns."),
     ]),
     ["NL101"], [], "unsigned draft: diagnosis visible though it 'ska inte meddelas patienten' yet")

case("gyn-telefon-missed-abortion-ej-natts", "skane", "1993-05-27", "158",
     note("MAL_GYN", "Telefonanteckning", "Elsa Nordin", L, "2024-04-16T13:40:00", 20, OV, [
         ("Bedömning", "Granskat UL från igår: missed abortion, fosterlängd motsvarar 7+1 utan hjärtaktivitet. Pat har sökts per telefon x 2 utan svar och är alltså ej informerad. Nytt försök kl 15."),
     ]),
     ["NL101"], [], "missed abortion written while the patient could not be reached")

case("hem-aml-ej-informerad-besked-kl-13", "vgr", "1971-02-02", "397",
     note("SU_HEM", "Daganteckning", "Pontus Kjellberg", L, "2024-05-08T09:30:00", 35, SV, [
         ("Bedömning", "Benmärgsprov: akut myeloisk leukemi, 48 % blaster. Pat ej informerad ännu, hematolog har beskedsamtal kl 13 idag tillsammans med kontaktsjuksköterska."),
     ]),
     ["NL101"], [], "AML diagnosis visible hours before the planned disclosure")

case("brostmott-ssk-vet-inte-om-brostcancer", "skane", "1966-10-15", "713",
     note("LUND_BROST", "Omvårdnadsanteckning", "Annika Berggren", SSK, "2024-05-17T10:05:00", 30, OV, [
         ("Omvårdnad", "Pat ringde och undrade över provsvaren. Hon vet inte om att det är bröstcancer än – kirurgen vill ge beskedet själv på torsdag. Sa att läkaren går igenom svaren vid besöket."),
     ]),
     ["NL101"], [], "lay phrasing 'vet inte om att det är bröstcancer än' in a nurse's phone note")

case("neuromott-ms-ej-informerats", "vgr", "1995-09-21", "402",
     note("SKAS_NEUROMOTT", "Läkaranteckning", "Stina Falk", L, "2024-06-05T15:50:00", 60, OV, [
         ("Bedömning", "MR: multipla periventrikulära och infratentoriella lesioner, oligoklonala band i likvor. Diagnoskriterier för MS uppfyllda. Pat har ännu inte informerats om diagnosen – görs vid återbesöket."),
     ]),
     ["NL101"], ["NL102"], "settled MS diagnosis visible, patient not yet informed")

case("infektion-konsult-hepatit-c-ej-informerad", "skane", "1977-12-11", "346",
     note("MAL_INF", "Konsultationsanteckning", "Rasmus Ekdahl", L, "2024-06-19T16:30:00", 25, SV, [
         ("Bedömning", "Anti-HCV pos, HCV-RNA 2,1 milj IE/ml: kronisk hepatit C. Pat ej informerad, infektionsläkare kommer till avdelningen imorgon och informerar."),
     ]),
     ["NL101"], [], "chronic hepatitis C in a ward consult before the patient is informed")

# ================================================================ NL101 near misses
case("lungmott-informerad-om-lungcancer", "skane", "1954-02-25", "268",
     note("LUND_LUNGMOTT", "Läkaranteckning", "Mats Hellström", L, "2024-01-31T14:00:00", 60, OV, [
         ("Bedömning", "Icke-småcellig lungcancer stadium IIIA."),
         ("Information", "Beskedsamtal. Pat informerad om diagnosen, tar det sansat, maken närvarande. Onkologremiss skickad."),
     ]),
     [], ["NL101", "NL102"], "the patient has been informed of the settled diagnosis")

case("kirmott-pat-informerad-make-ej", "vgr", "1959-07-19", "430",
     note("ALING_KIRMOTT", "Läkaranteckning", "Lars Nordqvist", L, "2024-02-19T13:25:00", 40, OV, [
         ("Bedömning", "Pat informerad om att PAD visar koloncancer. Hon vill inte att maken informeras ännu, vill berätta själv efter helgen."),
     ]),
     [], ["NL101"], "only a relative is uninformed, the patient knows")

case("kardmott-ej-informerad-om-ny-tid", "skane", "1953-09-13", "175",
     note("HBG_KARD", "Telefonanteckning", "Susanne Möller", SSK, "2024-03-05T11:15:00", 10, OV, [
         ("Aktuellt", "Förmaksflimmer, planerad elkonvertering flyttad till 14/5 pga personalbrist. Pat ej informerad om den nya tiden ännu, kallelse skickas."),
     ]),
     [], ["NL101"], "the patient is uninformed about an appointment, not about a diagnosis")

case("medmott-normala-prover-ej-informerad", "vgr", "1984-12-30", "651",
     note("KUNG_MEDMOTT", "Läkaranteckning", "Fatima Khalil", L, "2024-03-21T08:45:00", 20, OV, [
         ("Lab", "Blodprover från i tisdags: Hb, krea, elstatus, TSH och leverprover utan anmärkning."),
         ("Planering", "Pat ej informerad om provsvaren ännu – skickar brev."),
     ]),
     [], ["NL101"], "not informed about normal lab results: no diagnosis involved")

case("medavd-jour-utkast-enalapril-utsatt-ej-informerad", "skane", "1947-03-07", "808",
     note("LANDS_MED", "Jouranteckning", "Ebba Lindquist", L, "2024-04-01T22:35:00", None, SV, [
         ("Bedömning", "K 6,0 på kvällsprov, EKG utan T-vågsförändringar. Enalapril utsatt, Resonium givet. Pat sov, ej informerad om utsättningen – informeras av dagläkare."),
     ]),
     [], ["NL101"], "unsigned draft: the not-informed statement concerns a medication change")

case("lungavd-sokord-tidiga-hypoteser-ej-informerad", "vgr", "1952-05-09", "739",
     note("SU_LUNG", "Läkaranteckning", "Tomas Grahn", L, "2024-04-14T12:40:00", 45, SV, [
         ("Aktuellt", "Viktnedgång 8 kg och hosta i två månader."),
         ("Bedömning", "Utredning pågår, bronkoskopi bokad på torsdag."),
         ("Tidiga hypoteser", "Misstänkt lungcancer hö ovanlob på DT. Pat ej informerad om misstanken förrän PAD finns."),
     ]),
     [], ["NL101", "NL102"], "VGR: hypothesis and not-informed statement only under the protected sökord")

case("iva-nu-informerad-om-stroke", "skane", "1960-04-02", "586",
     note("KRIST_IVA", "Daganteckning", "Vera Claesson", L, "2024-04-27T10:30:00", 50, SV, [
         ("Bedömning", "Pat extuberad igår, vaken och adekvat idag. Nu informerad om DT-svaret som visade stroke i vä hemisfär; tidigare ej informerad pga sedering."),
     ]),
     [], ["NL101"], "the patient has now been informed; the earlier not-informed state is past")

case("geriatrik-hemtjansten-ej-informerad", "skane", "1933-08-17", "443",
     note("YSTAD_GER", "Daganteckning", "Oskar Franzén", L, "2024-05-10T14:45:00", 30, SV, [
         ("Bedömning", "Hjärtsvikt, nu kompenserad. Pat informerad om diagnosen och de nya tabletterna. Hemtjänsten ej informerad om hemgång på fredag, ssk ringer dem imorgon."),
     ]),
     [], ["NL101"], "a third party (home care) is uninformed, the patient knows")

case("ortakut-rtg-ua-ej-informerad", "skane", "2000-06-23", "291",
     note("HLM_ORT", "Telefonanteckning", "Filip Lilja", L, "2024-05-25T17:10:00", 15, OV, [
         ("Röntgen", "Rtg hö handled: ingen fraktur."),
         ("Planering", "Pat hade gått hem innan svaret kom och är ej informerad om rtg-svaret – ringer imorgon."),
     ]),
     [], ["NL101", "NL102"], "not informed about a normal X-ray: the fracture is negated")

case("kiravd-appendicit-ej-informerad-om-op-tid", "vgr", "1998-01-19", "364",
     note("KUNG_KIR", "Daganteckning", "Julia Westerberg", L, "2024-06-10T09:20:00", 30, SV, [
         ("Bedömning", "DT-verifierad akut appendicit. Pat informerad om diagnosen och om att operation behövs. Op-tid ännu inte klar och pat därför ej informerad om när op sker."),
     ]),
     [], ["NL101"], "the patient knows the diagnosis; only the operation time is uncommunicated")

case("medavd-erysipelas-ej-informerad-om-utskrivning", "skane", "1944-11-25", "517",
     note("TRELL_MED", "Daganteckning", "Nora Kvist", L, "2024-06-14T11:35:00", 40, SV, [
         ("Bedömning", "Erysipelas vä ben, förbättrad på Kåvepenin. Pat ej informerad om att hon skrivs ut imorgon – tas på eftermiddagsronden."),
     ]),
     [], ["NL101"], "the patient is uninformed about discharge, not about the diagnosis")

case("medavd-informerad-via-tolk-typ1-diabetes", "vgr", "1996-03-03", "832",
     note("UDD_MED", "Daganteckning", "Yasmin Haddad", L, "2024-06-28T15:05:00", 25, SV, [
         ("Bedömning", "Nydebuterad typ 1-diabetes, ketoacidos hävd. Pat informerad om diagnosen via telefontolk (arabiska), förstod och ställde frågor. Diabetessjuksköterska träffar pat imorgon."),
     ]),
     [], ["NL101", "NL102"], "informed through an interpreter: not NL101, and a settled diagnosis")

case("neuroavd-misstankt-ms-pat-informerad-om-misstanken", "skane", "1987-08-14", "279",
     note("LUND_NEURO", "Läkaranteckning", "Klara Jeppsson", L, "2024-07-01T13:10:00", 55, SV, [
         ("Bedömning", "Synnedsättning hö öga med smärta vid ögonrörelser, tidigare episod med domningar i benen. Misstänkt MS."),
         ("Information", "Pat informerad om misstanken och om att MR och LP behövs för att bekräfta eller avfärda den. Frågor besvarade."),
     ]),
     ["NL102"], ["NL101"], "hedged MS is visible (NL102) but the patient has been told, so no NL101")

case("neuro-mall-tidiga-hypoteser-misstankt-als", "skane", "1956-06-30", "953",
     note("LUND_NEURO", "Tidiga hypoteser", "Erik Paulsson", L, "2024-07-05T15:25:00", 30, SV, [
         ("Bedömning", "Fascikulationer i båda armarna, atrofi i thenar vä. Misstänkt ALS. Pat ej informerad om misstanken, ENeG inväntas innan den tas upp."),
     ]),
     [], ["NL101", "NL102"], "Skåne: hypothesis and not-informed statement inside the protected Tidiga hypoteser template")


# ================================================================ validation
PNR_RE = re.compile(r"^(\d{8})-(\d{4})$")
CASE_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
CODES = {"NL101", "NL102"}
PROTECTED_TEMPLATES_SKANE = {"Tidiga hypoteser"}


def age_at(birth, when):
    b = dt.date.fromisoformat(birth)
    d = when.date()
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def sentences(text):
    for part in re.split(r"(?<=[.!?])\s+|\n+", text):
        part = part.strip()
        if len(part) >= 25:
            yield part


def validate(cases):
    problems = []
    names = set()
    seen_sentences = {}
    for c in cases:
        n = c.get("case")
        if set(c) != CASE_KEYS:
            problems.append("%s: keys %s" % (n, sorted(c)))
            continue
        if not n or not re.match(r"^[a-z0-9-]+$", n):
            problems.append("%s: bad case name" % n)
        if n in names:
            problems.append("%s: duplicate case name" % n)
        names.add(n)
        if c["ruleset"] not in ("skane", "vgr"):
            problems.append("%s: ruleset %s" % (n, c["ruleset"]))
        if not c["why"] or "\n" in c["why"]:
            problems.append("%s: why must be one line" % n)
        r = c["record"]
        if set(r) != RECORD_KEYS:
            problems.append("%s: record keys %s" % (n, sorted(r)))
            continue
        p = r["patient"]
        m = PNR_RE.match(p["id"])
        if not m:
            problems.append("%s: bad personnummer %s" % (n, p["id"]))
        else:
            ymd, tail = m.groups()
            if ymd != p["birth_date"].replace("-", ""):
                problems.append("%s: personnummer does not match birth_date" % n)
            if luhn_digit(ymd[2:] + tail[:3]) != tail[3]:
                problems.append("%s: Luhn check digit wrong in %s" % (n, p["id"]))
        try:
            as_of = dt.datetime.fromisoformat(r["as_of"])
        except ValueError:
            problems.append("%s: as_of not ISO" % n)
            continue
        if as_of.year != 2024:
            problems.append("%s: as_of not in 2024" % n)
        ids = set()
        for note_ in r["notes"]:
            if set(note_) != NOTE_KEYS:
                problems.append("%s: note keys %s" % (n, sorted(note_)))
                continue
            if note_["id"] in ids:
                problems.append("%s: duplicate note id" % n)
            ids.add(note_["id"])
            try:
                t = dt.datetime.fromisoformat(note_["time"])
                s = None if note_["signed"] is None else dt.datetime.fromisoformat(note_["signed"])
            except ValueError:
                problems.append("%s: note time not ISO" % n)
                continue
            if t.year != 2024 or (s is not None and s.year != 2024):
                problems.append("%s: note dates must be in 2024" % n)
            if s is not None and s < t:
                problems.append("%s: signed before written" % n)
            if as_of < (s or t):
                problems.append("%s: as_of before the note" % n)
            a = age_at(p["birth_date"], t)
            if 13 <= a <= 15 or a < 0:
                problems.append("%s: patient age %d not allowed" % (n, a))
            sysname = note_["system"]
            if sysname not in ("Melior", "PMO"):
                problems.append("%s: system %s" % (n, sysname))
            if c["ruleset"] == "vgr" and sysname != "Melior":
                problems.append("%s: VGR notes are Melior" % n)
            hsa = note_["unit"]["hsa_id"]
            prefix = VGR_PREFIX if c["ruleset"] == "vgr" else SKANE_PREFIX
            if not hsa.startswith(prefix):
                problems.append("%s: HSA-id %s not of the ruleset's region" % (n, hsa))
            if not note_["sections"]:
                problems.append("%s: note without sections" % n)
            for sec in note_["sections"]:
                if set(sec) != {"keyword", "text"} or not sec["text"].strip():
                    problems.append("%s: bad section" % n)
                    continue
                for sent in sentences(sec["text"]):
                    if sent in seen_sentences and seen_sentences[sent] != n:
                        problems.append("%s: sentence repeated from %s: %r" % (n, seen_sentences[sent], sent))
                    seen_sentences.setdefault(sent, n)
        must = [tuple(x) for x in c["must"]]
        must_not = [tuple(x) for x in c["must_not"]]
        if not must and not must_not:
            problems.append("%s: asserts nothing" % n)
        if set(must) & set(must_not):
            problems.append("%s: code both in must and must_not" % n)
        for code, target in must + must_not:
            if code not in CODES:
                problems.append("%s: code %s" % (n, code))
            if target not in ids:
                problems.append("%s: target %s does not exist" % (n, target))
        systems = {x["id"]: x["system"] for x in r["notes"]}
        for code, target in must:
            if code == "NL102" and systems.get(target) != "Melior":
                problems.append("%s: NL102 positive only on Melior" % n)
        for code, target in must + must_not:
            if code == "NL101" and systems.get(target) == "PMO":
                problems.append("%s: NL101 is not asserted on PMO" % n)
        for note_ in r["notes"]:
            if c["ruleset"] == "skane" and note_["template"] in PROTECTED_TEMPLATES_SKANE:
                if any(code in ("NL101", "NL102") and t == note_["id"] for code, t in must):
                    problems.append("%s: positive on a protected template" % n)
    return problems


def main():
    problems = validate(CASES)
    lines = [json.dumps(c, ensure_ascii=False, sort_keys=False) for c in CASES]
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    counts = {}
    for c in CASES:
        for kind in ("must", "must_not"):
            for code, _ in c[kind]:
                counts[(code, kind)] = counts.get((code, kind), 0) + 1
    print("%d cases -> %s" % (len(CASES), OUT))
    for code in sorted(CODES):
        print("  %s must %d must_not %d" % (code, counts.get((code, "must"), 0), counts.get((code, "must_not"), 0)))
    drafts = sum(1 for c in CASES for x in c["record"]["notes"] if x["signed"] is None)
    print("  drafts %d, skane %d, vgr %d, PMO %d" % (
        drafts,
        sum(c["ruleset"] == "skane" for c in CASES),
        sum(c["ruleset"] == "vgr" for c in CASES),
        sum(x["system"] == "PMO" for c in CASES for x in c["record"]["notes"])))
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
