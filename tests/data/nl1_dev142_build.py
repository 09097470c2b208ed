#!/usr/bin/env python3
"""d142: neurosurgery / spine surgery test cases for NL101 and NL102.

Standard library only, deterministic. Writes cases.jsonl next to this file and
exits 1 on any validation problem.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev142_cases.jsonl")

# --------------------------------------------------------------------------- units
UNITS = {
    # Region Skåne, Melior
    "nk_lund_mott": ("Neurokirurgiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-8142"),
    "nk_lund_avd": ("Neurokirurgisk vårdavdelning 22, Skånes universitetssjukhus Lund", "SE2321000255-8143"),
    "niva_lund": ("Neurointensivvårdsavdelningen, Skånes universitetssjukhus Lund", "SE2321000255-8150"),
    "akut_malmo": ("Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-2210"),
    "akut_hbg": ("Akutmottagningen, Helsingborgs lasarett", "SE2321000255-3307"),
    "akut_kristianstad": ("Akutmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-4418"),
    "rygg_hbg": ("Ortopedkliniken, ryggsektionen, Helsingborgs lasarett", "SE2321000255-3361"),
    "rygg_malmo": ("Ryggkirurgiska mottagningen, Ortopedkliniken, Skånes universitetssjukhus Malmö", "SE2321000255-2275"),
    "onk_lund": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-8190"),
    "neuro_hbg": ("Neurologiska kliniken, Helsingborgs lasarett", "SE2321000255-3340"),
    "med_ystad": ("Medicinavdelning 3, Ystads lasarett", "SE2321000255-5521"),
    "fysio_trelleborg": ("Fysioterapin, Trelleborgs lasarett", "SE2321000255-5604"),
    "barn_lund": ("Barnneurokirurgiska enheten, Barnsjukhuset, Skånes universitetssjukhus Lund", "SE2321000255-8177"),
    "geri_landskrona": ("Geriatriska kliniken, Lasarettet i Landskrona", "SE2321000255-6012"),
    "nk_lund_op": ("Neurokirurgiska operationsavdelningen, Skånes universitetssjukhus Lund", "SE2321000255-8148"),
    # Region Skåne, PMO (primärvård)
    "vc_lomma": ("Vårdcentralen Lomma", "SE2321000255-7731"),
    "vc_karrakra": ("Vårdcentralen Kärråkra, Eslöv", "SE2321000255-7745"),
    "vc_sodervarn": ("Vårdcentralen Södervärn, Malmö", "SE2321000255-7702"),
    "hsjv_hassleholm": ("Hemsjukvården Hässleholm", "SE2321000255-7790"),
    "rehab_tabelund": ("Rehabenheten, Vårdcentralen Tåbelund, Eslöv", "SE2321000255-7748"),
    # Västra Götalandsregionen, Melior
    "nk_sahl_mott": ("Neurokirurgiska mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E301"),
    "nk_sahl_avd": ("Neurokirurgisk vårdavdelning 303, Sahlgrenska Universitetssjukhuset", "SE2321000131-E303"),
    "niva_sahl": ("Neurointensivvårdsavdelningen (NIVA), Sahlgrenska Universitetssjukhuset", "SE2321000131-E310"),
    "rygg_molndal": ("Ryggkirurgiska mottagningen, Ortopedkliniken, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E455"),
    "akut_nal": ("Akutmottagningen, NU-sjukvården NÄL Trollhättan", "SE2321000131-E620"),
    "akut_boras": ("Akutmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E710"),
    "neuro_skovde": ("Neurologmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E812"),
    "barn_dsbus": ("Barnneurokirurgiska enheten, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E350"),
    "med_kungalv": ("Medicinavdelning 12, Kungälvs sjukhus", "SE2321000131-E905"),
    "fysio_alingsas": ("Fysioterapimottagningen, Alingsås lasarett", "SE2321000131-E930"),
    "onk_sahl": ("Jubileumskliniken, onkologi, Sahlgrenska Universitetssjukhuset", "SE2321000131-E340"),
    "orto_uddevalla": ("Ortopedmottagningen, Uddevalla sjukhus", "SE2321000131-E640"),
    "onh_sahl": ("Öron-näsa-halsmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E322"),
    "geri_lidkoping": ("Geriatriska kliniken, Skaraborgs Sjukhus Lidköping", "SE2321000131-E840"),
    "nk_sahl_op": ("Neurokirurgisk operation, Sahlgrenska Universitetssjukhuset", "SE2321000131-E305"),
    "rehab_sahl": ("Neurorehabilitering, Högsbo sjukhus", "SE2321000131-E380"),
}

CASES = []
_serial = [100]


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def pt(birth, protected=False):
    """birth: YYYYMMDD. Builds a Luhn-valid personnummer."""
    _serial[0] += 37
    serial = "%03d" % (_serial[0] % 1000)
    if serial == "000":
        serial = "101"
    check = luhn_digit(birth[2:] + serial)
    return {"id": "%s-%s%s" % (birth, serial, check),
            "birth_date": "%s-%s-%s" % (birth[:4], birth[4:6], birth[6:]),
            "protected_identity": protected}


def note(nid, unit, author, role, time, signed, setting, template, sections,
         system="Melior", refs=None):
    """time 'YYYY-MM-DD HH:MM'; signed 'HH:MM' (same day), or None for a draft."""
    day, clock = time.split(" ")
    name, hsa = UNITS[unit]
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": "%sT%s:00" % (day, clock),
        "signed": None if signed is None else "%sT%s:00" % (day, signed),
        "setting": setting,
        "refs": refs or [],
        "sections": [{"keyword": k, "text": t} for k, t in sections],
    }


def case(name, ruleset, patient, notes, must, must_not, why, as_of=None):
    if as_of is None:
        last = max(n["time"][:10] for n in notes)
        d = datetime.date.fromisoformat(last) + datetime.timedelta(days=2)
        as_of = d.isoformat() + "T00:00:00"
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": patient,
            "as_of": as_of,
            "notes": notes,
            "access_events": [],
            "conversations": [],
            "treatments": [],
        },
        "must": [list(x) for x in must],
        "must_not": [list(x) for x in must_not],
        "why": why,
    })


M102 = [("NL102", "n1")]
M101 = [("NL101", "n1")]

# =========================================================================== PART 1
# NL102: hedged diagnoses in visible sections, and their look-alikes.

case("d142-susp-meningiom-mr-bedomning", "skane", pt("19560312"),
     [note("n1", "nk_lund_mott", "Henrik Sjöholm", "läkare", "2024-02-14 10:20", "11:05", "öppenvård",
           "Mottagningsanteckning", [
               ("Anamnes", "67-årig kvinna, remitterad från vårdcentralen pga tilltagande huvudvärk sedan ett halvår samt ordglömska som maken noterat."),
               ("Status", "Vaken, adekvat. Pupiller lika stora, ljusreagerar. Ingen pronatorisk drift. Gång ua."),
               ("Bedömning", "MR visar extraaxiell, kraftigt kontrastladdande process frontalt vä, ca 3 cm, med dural tail. Misstänkt meningiom."),
               ("Planering", "Tas upp på neuroonkologisk rond på tisdag, därefter nytt besök."),
           ])],
     M102, [], "hedged meningioma (Misstänkt) in a visible Bedömning of a Skåne Melior note")

case("d142-trol-kroniskt-sdh-ssk-kungalv", "vgr", pt("19380907"),
     [note("n1", "med_kungalv", "Linnea Axelsson", "sjuksköterska", "2024-01-19 21:40", "22:10", "slutenvård",
           "Omvårdnadsanteckning", [
               ("Aktuellt", "Enligt dottern föll pat i hallen för ungefär tre veckor sedan. Nu mer förvirrad och tappar saker ur hö hand."),
               ("Omvårdnad", "Trol. kroniskt subduralhemaotm vä enligt dr Nyberg, inväntar DT hjärna. Waran pausat enligt ordination, PK tas 22.30."),
           ])],
     M102, [], "nurse quotes the doctor's probable chronic subdural haematoma (Trol.) in a visible section (typo 'subduralhemaotm')")

case("d142-sannolikt-diskbrack-s1-hbg", "skane", pt("19810422"),
     [note("n1", "rygg_hbg", "Amir Hadžić", "läkare", "2024-03-05 09:10", "09:55", "öppenvård",
           "Läkaranteckning", [
               ("Anamnes", "Sedan fem veckor strålande smärta bak i hö ben ner till fotsulan, värre vid hosta."),
               ("Status", "Lasègue pos hö vid 40 grader. Akillesreflex nedsatt hö, patellarreflexer lika. Tågång går men svagare hö."),
               ("Bedömning", "Sannolikt diskbråck L5–S1 med påverkan på S1-roten hö."),
               ("Planering", "MR ländrygg. Smärtlindring och kontakt med fysioterapeut under tiden."),
           ])],
     M102, [], "probable lumbar disc herniation (Sannolikt) in Bedömning")

case("d142-dd-gliom-ischemi-nal", "vgr", pt("19640118"),
     [note("n1", "akut_nal", "Sofia Lindqvist", "läkare", "2024-04-02 16:15", None, "öppenvård",
           "Jouranteckning", [
               ("Aktuellt", "Sedan två dagar svårt att hitta ord enligt sambon, ingen huvudvärk, ingen kramp."),
               ("Bedömning", "Nytillkommen afasi. DT visar hypodens förändring temporalt vä utan blödning. DD lågmalignt gliom, subakut ischemi."),
               ("Åtgärd", "MR hjärna med kontrast bokad till imorgon, pat läggs in på neurologen."),
           ])],
     M102, [], "differential diagnosis (DD) listing a glioma and ischaemia in a visible note")

case("d142-cauda-kan-ej-uteslutas-malmo", "skane", pt("19770630"),
     [note("n1", "akut_malmo", "Jonas Brink", "läkare", "2024-05-11 02:35", "03:10", "öppenvård",
           "Jouranteckning", [
               ("Anamnes", "Känt lumbalt diskbråck sedan i vintras. Sedan igår ischias i båda benen och svårt att kissa senaste dygnet."),
               ("Status", "Nedsatt känsel perianalt, sfinktertonus svårbedömd. Residualurin 650 ml på bladderscan."),
               ("Bedömning", "Cauda equina-syndrom kan ej uteslutas."),
               ("Åtgärd", "Akut MR ländrygg beställd, ryggjouren informerad, KAD sätts."),
           ])],
     M102, [], "'kan ej uteslutas' after cauda equina syndrome is a hedge, not a negation")

case("d142-talar-for-glioblastom-sahlgrenska", "vgr", pt("19590203"),
     [note("n1", "nk_sahl_mott", "Erik Forsberg", "läkare", "2024-02-21 13:30", "14:25", "öppenvård",
           "Mottagningsanteckning", [
               ("Utredning", "MR hjärna med kontrast 12/2: ringladdande process i hö parietallob med central nekros och omgivande ödem, talar för glioblastom. Ingen ytterligare lesion."),
               ("Bedömning", "Lämplig för resektion i narkos, god funktionsnivå (KPS 90). Tas upp på MDK."),
           ])],
     M102, [], "'talar för glioblastom' quoted from the MR in a visible Utredning section")

case("d142-forenligt-med-metastas-neurorad", "skane", pt("19520826"),
     [note("n1", "onk_lund", "Maria Ekdahl", "läkare", "2024-06-03 11:00", "11:40", "öppenvård",
           "Läkaranteckning", [
               ("Utredning", "Svar MR hjärna (neuroradiologi): solitär 14 mm kontrastladdande lesion i vä cerebellarhemisfär med lätt perifokalt ödem, förenlig med metastas."),
               ("Bedömning", "Känd icke-småcellig lungcancer sedan 2023. Remiss gammaknivsbedömning."),
           ])],
     M102, [], "'förenlig med metastas' from a quoted neuroradiology answer is a hedged diagnosis")

case("d142-bild-som-vid-nph-skovde", "vgr", pt("19470509"),
     [note("n1", "neuro_skovde", "Karin Wallgren", "läkare", "2024-03-18 08:45", "09:30", "öppenvård",
           "Mottagningsanteckning", [
               ("Anamnes", "Småstegad, breddökad gång sedan ett år, urinträngningar och tilltagande glömska."),
               ("Bedömning", "DT visar vidgade ventriklar, Evans index 0,36, utan motsvarande kortikal atrofi – bild som vid normaltryckshydrocefalus."),
               ("Planering", "Remiss till neurokirurgen, Sahlgrenska, för tap-test."),
           ])],
     M102, [], "'bild som vid' NPH is a hedged diagnosis")

case("d142-inger-misstanke-shuntdysfunktion-barn", "vgr", pt("20161205"),
     [note("n1", "barn_dsbus", "Petra Holm", "läkare", "2024-02-09 14:05", "14:50", "slutenvård",
           "Inskrivningsanteckning", [
               ("Anamnes", "Pojke, 7 år, VP-shunt sedan nyföddhetsperioden pga posthemorragisk hydrocefalus. Kräkts i två dygn, huvudvärk och tröttare än vanligt enligt mamma."),
               ("Status", "Somnolent men väckbar, pupiller ua, ingen uppåtblickspares. Shuntreservoaren töms långsamt."),
               ("Bedömning", "Kliniken inger misstanke om shuntdysfunktion."),
               ("Åtgärd", "Snabb-MR och shuntserie idag, fastande inför ev. revision."),
           ])],
     M102, [], "child under 13: 'inger misstanke om shuntdysfunktion' is visible to the guardians")

case("d142-fragetecken-spinal-metastas-th8", "skane", pt("19610717"),
     [note("n1", "akut_kristianstad", "Oskar Mattsson", "läkare", "2024-07-08 19:20", "20:05", "öppenvård",
           "Jouranteckning", [
               ("Aktuellt", "Känd bröstcancer, behandlad 2019. Bröstryggsvärk sedan en månad, nu svaga ben sedan två dagar och ostadig."),
               ("Bedömning", "?Spinal metastas Th8 med medullakompression."),
               ("Åtgärd", "Betapred 16 mg iv. Akut MR hela ryggen, onkjour och ryggjour kontaktade."),
           ])],
     M102, [], "a leading question mark turns spinal metastasis into a hedged diagnosis")

case("d142-ev-spondylodiskit-molndal", "vgr", pt("19580330"),
     [note("n1", "rygg_molndal", "Gustav Reinholdsson", "läkare", "2024-09-16 10:00", None, "öppenvård",
           "Läkaranteckning", [
               ("Aktuellt", "Tilltagande ländryggsvärk nattetid sedan tre veckor, feber till 38,4 och CRP 96."),
               ("Bedömning", "Ev. spondylodiskit L3–L4, MR bokad akut och blododlingar tagna."),
           ])],
     M102, [], "'Ev.' directly in front of a diagnosis (spondylodiscitis)")

case("d142-mojligt-ependymom-barn-lund", "skane", pt("20141103"),
     [note("n1", "barn_lund", "Anna-Karin Persson", "läkare", "2024-05-27 15:30", "16:40", "slutenvård",
           "Läkaranteckning", [
               ("Utredning", "MR hjärna: tumör i fjärde ventrikeln med utbredning genom foramen Luschkae åt vä. Möjligt ependymom, medulloblastom näst mest troligt."),
               ("Planering", "Operation planeras på torsdag. Föräldrarna har idag fått veta att en tumör hittats och att den behöver opereras."),
           ])],
     M102, [], "child under 13: 'Möjligt ependymom' in a visible note the guardians read")

case("d142-kan-rora-sig-om-schwannom", "vgr", pt("19690925"),
     [note("n1", "onh_sahl", "Ingrid Backman", "läkare", "2024-10-07 09:20", "09:50", "öppenvård",
           "Läkaranteckning", [
               ("Aktuellt", "Ensidig hörselnedsättning hö sedan ett år och tinnitus."),
               ("Bedömning", "MR visar 11 mm förändring i hö inre hörselgång; kan röra sig om ett vestibularisschwanom."),
               ("Planering", "Ny MR om 6 mån för tillväxtbedömning, därefter neurokirurgisk bedömning."),
           ])],
     M102, [], "'kan röra sig om' a vestibular schwannoma in a visible ÖNH note (typo 'vestibularisschwanom')")

case("d142-fragestallning-aneurysm-pcom", "skane", pt("19730114"),
     [note("n1", "neuro_hbg", "Filip Åkesson", "läkare", "2024-08-20 11:15", "11:45", "öppenvård",
           "Läkaranteckning", [
               ("Status", "Partiell okulomotoriuspares vä med ptos och vidgad, trögreagerande pupill."),
               ("Utredning", "Remiss DT-angiografi skickad akut. Frågeställning: aneurysm på a. communicans posterior vä?"),
           ])],
     M102, [], "'Frågeställning: aneurysm …?' of a referral written into the visible note")

case("d142-oklart-abscess-eller-tumor", "vgr", pt("19660802"),
     [note("n1", "nk_sahl_avd", "Erik Forsberg", "läkare", "2024-11-12 08:30", "09:15", "slutenvård",
           "Daganteckning", [
               ("Bedömning", "Oklart om det rör sig om hjärnabcess eller nekrotisk tumör; diffusionsbilden är inte entydig och CRP endast 14."),
               ("Planering", "Stereotaktisk biopsi alt. aspiration på onsdag. Inga antibiotika före provtagning."),
           ])],
     M102, [], "'Oklart om det rör sig om' abscess or tumour (typo 'hjärnabcess')")

case("d142-neurorad-sannolikt-hemangioblastom", "skane", pt("19900419"),
     [note("n1", "nk_lund_mott", "Sara Lindblom", "läkare", "2024-04-25 13:00", None, "öppenvård",
           "Mottagningsanteckning", [
               ("Utredning", "Utlåtande neuroradiologi: Cystisk process i hö lillhjärnshemisfär med kontrastladdande muralnodul. Sannolikt hemangioblastom. Ingen hydrocefalus."),
               ("Anamnes", "Faster opererad för njurcancer i 40-årsåldern."),
               ("Planering", "Remiss klinisk genetik. Återbesök om fyra veckor."),
           ])],
     M102, [], "hedged hemangioblastoma quoted from neuroradiology; the aunt's cancer is a distractor")

case("d142-typo-missankt-cauda-triage", "vgr", pt("19840612"),
     [note("n1", "akut_nal", "Jenny Albinsson", "sjuksköterska", "2024-06-30 23:05", "23:20", "öppenvård",
           "Triageanteckning", [
               ("Aktuellt", "Ryggvärk sedan lyft på jobbet i måndags, nu domning i underlivet och läckage av urin."),
               ("Bedömning", "Missänkt cauda equina-syndrom, läkare tillkallad direkt. Residualurin 480 ml."),
           ])],
     M102, [], "typo 'Missänkt' (misstänkt) cauda equina in a triage note")

case("d142-typo-sannolkit-spinal-stenos", "skane", pt("19491128"),
     [note("n1", "rygg_malmo", "Camilla Nordin", "läkare", "2024-01-30 14:40", "15:20", "öppenvård",
           "Läkaranteckning", [
               ("Anamnes", "Orkar gå 200 meter, sedan värk och tyngd i båda benen som släpper när han sätter sig eller lutar sig över kundvagnen."),
               ("Bedömning", "Sannolkit lumbal spinal stenos L4–L5, ingen pares."),
               ("Planering", "MR ländrygg, därefter ställningstagande till dekompression."),
           ])],
     M102, [], "typo 'Sannolkit' (sannolikt) lumbar spinal stenosis")

case("d142-skane-sokord-tidiga-hyp-i-vanlig-mall", "skane", pt("19790308"),
     [note("n1", "nk_lund_mott", "Henrik Sjöholm", "läkare", "2024-03-26 10:45", "11:30", "öppenvård",
           "Läkaranteckning", [
               ("Aktuellt", "Första epileptiska anfallet för två månader sedan, inga nya anfall på levetiracetam."),
               ("Tidiga hypoteser", "Misstanke om diffust astrocytom i vä insula utifrån MR."),
               ("Planering", "Ny MR med spektroskopi om 6 veckor."),
           ])],
     M102, [], "Skåne protects by template only: a 'Tidiga hypoteser' sökord inside an ordinary Läkaranteckning is visible")

case("d142-vgr-mall-tidiga-hyp-men-vanligt-sokord", "vgr", pt("19710526"),
     [note("n1", "onk_sahl", "Lars Grönwall", "läkare", "2024-05-06 15:10", "15:45", "öppenvård",
           "Tidiga hypoteser", [
               ("Bedömning", "Trolig leptomeningeal karcinomatos vid känd bröstcancer, MR visar tunn meningeal laddning längs cauda."),
           ])],
     M102, [], "VGR protects by sökord: template 'Tidiga hypoteser' with sökord Bedömning is not filtered")

case("d142-vgr-hypotes-lacker-till-planering", "vgr", pt("19550227"),
     [note("n1", "nk_sahl_avd", "Hanna Strömberg", "läkare", "2024-08-13 09:40", "10:30", "slutenvård",
           "Daganteckning", [
               ("Tidiga hypoteser", "Misstänkt primärt CNS-lymfom, periventrikulär diffusionsrestriktion och homogen laddning."),
               ("Planering", "Kortison sätts inte in före biopsi, eftersom lymfom misstänks."),
           ])],
     M102, [], "hypothesis is protected in the VGR sökord but leaks into the visible Planering ('lymfom misstänks')")

case("d142-misstanke-vasospasm-niva-ssk", "vgr", pt("19680411"),
     [note("n1", "niva_sahl", "Elin Kjellberg", "sjuksköterska", "2024-03-09 04:10", "04:40", "slutenvård",
           "Omvårdnadsanteckning", [
               ("Aktuellt", "Dag 6 efter aneurysmal SAH, coilat ACom-aneurysm i söndags."),
               ("Observation", "Sjunkande vakenhet, GCS från 14 till 12, och ny svaghet i vä arm sedan kl 03."),
               ("Bedömning", "Misstanke om vasospasm, neurokirurgjouren på plats. TCD och DT-perfusion beställda."),
           ])],
     M102, [], "NIVA nurse: suspected vasospasm after SAH is a hedged diagnosis")

case("d142-trolig-spanningshuvudvark-hbg", "skane", pt("19950804"),
     [note("n1", "akut_hbg", "Moa Rydberg", "läkare", "2024-10-19 18:50", "19:25", "öppenvård",
           "Jouranteckning", [
               ("Aktuellt", "Huvudvärk i pannan och nacken sedan fyra dagar, pressande karaktär, mycket stress på jobbet."),
               ("Bedömning", "DT hjärna utan tecken till blödning eller expansivitet. Trolig spänningshuvudvärk."),
               ("Åtgärd", "Paracetamol vid behov, hemgång."),
           ])],
     M102, [], "hard positive: a benign hedged diagnosis (Trolig spänningshuvudvärk) after a negated DT")

case("d142-ej-sakert-recidiv-meningiom", "vgr", pt("19630919"),
     [note("n1", "nk_sahl_mott", "Per-Olof Dahl", "läkare", "2024-09-03 14:00", "14:30", "öppenvård",
           "Mottagningsanteckning", [
               ("Utredning", "Kontroll-MR fyra år efter op av konvexitetsmeningiom: ny 5 mm laddning vid resektionskanten."),
               ("Bedömning", "Ej säkert om detta är recidiv av meningiomet eller postoperativ duraförtjockning. Ny MR om ett år."),
           ])],
     M102, [], "'Ej säkert om' recurrence is an uncertainty hedge, not a negation")

case("d142-susp-epiduralhematom-nattssk", "skane", pt("19540101"),
     [note("n1", "nk_lund_avd", "Tove Lindgren", "sjuksköterska", "2024-04-17 03:15", "03:50", "slutenvård",
           "Omvårdnadsanteckning", [
               ("Observation", "Ny svaghet i båda benen kl 03, kan inte lyfta hälarna från sängen. Opererad igår med dekompression L3–L5."),
               ("Åtgärd", "Susp. epiduralt hematom enligt jouren, akut MR och anmäld för återtransport till op."),
           ])],
     M102, [], "'Susp.' epidural haematoma after spine surgery in a visible nursing note")

case("d142-trolig-facettledsartros-fysio", "vgr", pt("19711202"),
     [note("n1", "fysio_alingsas", "Mikael Öberg", "fysioterapeut", "2024-02-27 08:15", "08:50", "öppenvård",
           "Fysioterapeutanteckning", [
               ("Status", "Smärtprovokation vid extension kombinerad med rotation, ingen radierande smärta, neurologi ua."),
               ("Bedömning", "Trolgi facettledsartros i nedre ländryggen."),
               ("Åtgärd", "Stabilitetsträning, hemprogram utdelat. Uppföljning om tre veckor."),
           ])],
     M102, [], "physiotherapist's probable facet joint arthrosis is a hedged diagnosis (typo 'Trolgi')")

case("d142-susp-likvorlackage-transsfenoidal", "vgr", pt("19820315"),
     [note("n1", "nk_sahl_avd", "Johanna Eklöf", "läkare", "2024-07-02 11:20", "11:55", "slutenvård",
           "Daganteckning", [
               ("Aktuellt", "Dag 2 efter transsfenoidal op av hypofysadenom. Klar rinnande vätska ur näsan vid framåtböjning sedan i morse."),
               ("Bedömning", "Susp. likvorläckage. Beta-2-transferrin skickat, sängläge med höjd huvudända."),
           ])],
     M102, [], "suspected CSF leak (a complication diagnosis) after pituitary surgery")

case("d142-misstankt-sah-lang-akutjournal", "skane", pt("19880723"),
     [note("n1", "akut_hbg", "Viktor Hallberg", "läkare", "2024-08-04 22:30", "23:45", "öppenvård",
           "Jouranteckning", [
               ("Kontaktorsak", "Plötslig svår huvudvärk under träning på gymmet kl 19."),
               ("Anamnes", "Tidigare frisk, inga läkemedel. Röker 5 cig/d. Ingen trauma. Beskriver värken som den värsta i hennes liv, maxintensiv på några sekunder. Kräkts två gånger, lätt ljuskänslig. Ingen kramp, ingen medvetslöshet."),
               ("Status", "AT: opåverkad men plågad. Cor: RR, inga blåsljud. BT 168/94. Neuro: vaken, orienterad, GCS 15. Pupiller isokora, ljusreaktion ua. Ögonrörelser ua, ingen nystagmus. Facialis ua. Kraft och känsel ua i alla extremiteter. Nackstyvhet: lätt. Romberg ua. Tal ua."),
               ("Lab", "Hb 138, LPK 11,2, CRP <5, Na 139, K 3,9, krea 64, PK 1,0."),
               ("Utredning", "DT hjärna 6 timmar efter debut: ingen blödning, ingen hydrocefalus, inga ischemiska förändringar. Ingen DT-angio tagen än."),
               ("Bedömning", "Åskknallshuvudvärk hos ung rökare med lätt nackstyvhet. Misstänkt SAH trots negativ DT."),
               ("Åtgärd", "LP efter 12 timmar från debut, dvs kl 07. Analgetika: Oxynorm 5 mg, Primperan 10 mg iv."),
               ("Planering", "Inläggning medicinavdelningen över natten, neurostatus var 2:a timme."),
           ])],
     M102, [], "long akut chart: one hedged line (Misstänkt SAH) among many unhedged status lines")

case("d142-mojlig-shuntinfektion-vuxen", "skane", pt("19930207"),
     [note("n1", "nk_lund_avd", "Sara Lindblom", "läkare", "2024-12-02 12:10", "12:40", "slutenvård",
           "Daganteckning", [
               ("Aktuellt", "VP-shunt inlagd för 3 veckor sedan. Feber 38,9 och rodnad längs slangen på halsen."),
               ("Bedömning", "Möjlig shuntinfektion; likvor tappas från reservoaren för odling och celler."),
           ])],
     M102, [], "'Möjlig shuntinfektion' is a hedged diagnosis")

case("d142-epikris-diagnos-sannolik-apoplexi", "vgr", pt("19670610"),
     [note("n1", "nk_sahl_avd", "Johanna Eklöf", "läkare", "2024-06-14 15:00", "16:10", "slutenvård",
           "Epikris", [
               ("Diagnos", "Sannolik hypofysapoplexi i makroadenom."),
               ("Epikris", "Inkom med akut huvudvärk och synfältsbortfall bitemporalt. Kortisonsubstitution insatt, transsfenoidal dekompression dag 2 med god effekt på synen."),
               ("Uppföljning", "Endokrinmottagningen om 4 veckor, ögonmottagningen om 6 veckor."),
           ])],
     M102, [], "hedged diagnosis in the Diagnos sökord of a visible epikris")

# ---- NL102 must_not: negations, relatives, non-diagnoses, plans, protection, PMO

case("d142-ingen-misstanke-cauda-ryggmott", "skane", pt("19860915"),
     [note("n1", "rygg_hbg", "Amir Hadžić", "läkare", "2024-02-06 13:20", "13:50", "öppenvård",
           "Läkaranteckning", [
               ("Anamnes", "Lumbago-ischias vä sedan tre veckor efter flytt, fungerar i arbetet med Alvedon."),
               ("Status", "Normal sfinktertonus, perianal känsel ua, ingen residualurin."),
               ("Bedömning", "Ingen misstake om cauda equina-syndrom. Lumbago-ischias vä utan pares."),
           ])],
     [], M102, "'Ingen misstanke om' negates cauda equina; the remaining diagnosis is stated without hedge (typo 'misstake')")

case("d142-inga-tecken-hydrocefalus-kontroll", "vgr", pt("19910129"),
     [note("n1", "nk_sahl_mott", "Per-Olof Dahl", "läkare", "2024-03-14 10:10", "10:40", "öppenvård",
           "Mottagningsanteckning", [
               ("Aktuellt", "Årskontroll av VP-shunt, inlagd 2015 för akvediktstenos. Mår bra, arbetar heltid."),
               ("Utredning", "DT hjärna: inga tecken på hydrocefalus, ventrikelstorleken oförändrad jämfört med 2023."),
           ])],
     [], M102, "'inga tecken på hydrocefalus' is a negated mention; aqueduct stenosis is confirmed")

case("d142-sah-uteslutes-efter-lp", "skane", pt("19880723"),
     [note("n1", "akut_hbg", "Ebba Sandström", "läkare", "2024-08-05 09:15", "09:40", "slutenvård",
           "Läkaranteckning", [
               ("Utredning", "LP kl 07: klar likvor, erytrocyter 0, ingen xantokromi vid spektrofotometri."),
               ("Bedömning", "SAH utseluts. Huvudvärken avklingande på paracetamol, neurostatus ua."),
               ("Planering", "Hemgång idag, återbesök ej aktuellt."),
           ])],
     [], M102, "SAH 'uteslutes' after lumbar puncture: ruled out, not hedged (typo 'utseluts')")

case("d142-talar-emot-shuntdysfunktion", "vgr", pt("19990611"),
     [note("n1", "nk_sahl_mott", "Hanna Strömberg", "läkare", "2024-04-23 15:00", "15:35", "öppenvård",
           "Mottagningsanteckning", [
               ("Utredning", "Shuntserie utan avbrott eller diskonnektion, reservoaren fylls snabbt efter tömning."),
               ("Bedömning", "Fynden talar emot shuntdysfuntion. Huvudvärken bedöms vara hennes kända migrän utan aura."),
           ])],
     [], M102, "'talar emot shuntdysfunktion' is a negating phrase; migraine is a known diagnosis (typo 'shuntdysfuntion')")

case("d142-misstanke-metastas-avskrivs-hemangiom", "skane", pt("19570404"),
     [note("n1", "onk_lund", "Maria Ekdahl", "läkare", "2024-05-20 10:30", "11:00", "öppenvård",
           "Läkaranteckning", [
               ("Utredning", "MR hela ryggen: inga skelettmetastaser. Förändringen i Th10 från skelettskintigrafin är ett typiskt kotkroppshemangiom."),
               ("Bedömning", "Misstanken om metastas avskrivs, fortsatt adjuvant endokrin behandling."),
           ])],
     [], M102, "hard negative: the suspicion of metastasis is explicitly dropped ('avskrivs')")

case("d142-hereditet-mor-trolig-aneurysmblodning", "vgr", pt("19820817"),
     [note("n1", "nk_sahl_mott", "Erik Forsberg", "läkare", "2024-10-15 09:00", "09:25", "öppenvård",
           "Mottagningsanteckning", [
               ("Hereditet", "Modern avled 54 år gammal i trolig aneurysmblödning, morbror opererad för hjärnaneurysm."),
               ("Aktuellt", "Själv symtomfri, önskar screening. Inga fokala neurologiska bortfall."),
               ("Planering", "MR-angio av hjärnans kärl bokas, svar per brev."),
           ])],
     [], M102, "the hedged aneurysm bleed belongs to the mother, not to the patient")

case("d142-ev-nackstelhet-symtom", "skane", pt("19970302"),
     [note("n1", "akut_malmo", "Jonas Brink", "läkare", "2024-09-09 21:00", "21:35", "öppenvård",
           "Jouranteckning", [
               ("Status", "Afebril. Ev. lätt nackstelhet, svårbedömt pga spänd muskulatur. Kernig neg, Brudzinski neg."),
               ("Bedömning", "Migrän med aura enligt hennes vanliga mönster, attacken har vänt på sumatriptan."),
           ])],
     [], M102, "'Ev.' hedges a status finding (neck stiffness), not a diagnosis; migraine is known")

case("d142-ev-remiss-onkolog-grad2", "vgr", pt("19600122"),
     [note("n1", "nk_sahl_mott", "Per-Olof Dahl", "läkare", "2024-06-11 13:10", "13:50", "öppenvård",
           "Mottagningsanteckning", [
               ("Bedömning", "Atypiskt meningiom WHO grad 2, radikalt opererat (Simpson II) enligt postoperativ MR."),
               ("Planering", "Ev. remiss till onkolog för ställningstagande till postoperativ strålning, beslutas på MDK."),
           ])],
     [], M102, "confirmed meningioma; the only hedge is on a plan ('Ev. remiss')")

case("d142-trolig-utskrivning-imorgon-ssk", "skane", pt("19450913"),
     [note("n1", "nk_lund_avd", "Tove Lindgren", "sjuksköterska", "2024-10-02 14:20", "14:35", "slutenvård",
           "Omvårdnadsanteckning", [
               ("Omvårdnad", "Mobiliserad med rollator i korridoren, smärtskattning VAS 2. Såret torrt, inga tecken på infektion."),
               ("Planering", "Trolig utskrivning till hemmet i morgon efter fysioterapeutens bedömning."),
           ])],
     [], M102, "'Trolig utskrivning' hedges a plan; 'inga tecken på infektion' is negated")

case("d142-eventuellt-slatrontgen-skruvlage", "vgr", pt("19740528"),
     [note("n1", "rygg_molndal", "Gustav Reinholdsson", "läkare", "2024-11-05 11:30", None, "öppenvård",
           "Läkaranteckning", [
               ("Bedömning", "Sex veckor efter fusion L4–L5 för istmisk spondylolistes grad 2. Benvärken helt borta."),
               ("Planering", "Eventuellt slätröntgen efter 3 månader för att kontrollera skruvläget."),
           ])],
     [], M102, "'Eventuellt slätröntgen' is a hedge on an examination, not on a diagnosis")

case("d142-villkor-om-feber-sok-akut", "skane", pt("19620816"),
     [note("n1", "nk_lund_avd", "Emil Bergqvist", "läkare", "2024-03-01 10:00", "10:45", "slutenvård",
           "Utskrivningsanteckning", [
               ("Diagnos", "Kroniskt subduralhematom hö, evakuerat via borrhål."),
               ("Information till patienten", "Om du får feber, vätska från såret eller ökande huvudvärk ska du söka akut. Stygnen tas på vårdcentralen om tio dagar."),
           ])],
     [], M102, "conditional instruction ('Om du får feber …') and a confirmed diagnosis, nothing hedged")

case("d142-pad-bekraftat-meningiom", "vgr", pt("19580714"),
     [note("n1", "nk_sahl_mott", "Ingela Fransson", "läkare", "2024-04-09 14:15", None, "öppenvård",
           "Mottagningsanteckning", [
               ("Utredning", "PAD: meningotheliomatöst meningiom, WHO grad 1, Ki-67 3 %."),
               ("Bedömning", "Makroskopiskt radikalt exstirperat. Kontroll-MR om ett år."),
           ])],
     [], M102, "confirmed (PAD) meningioma without any hedge")

case("d142-skane-mall-tidiga-hypoteser-metastaser", "skane", pt("19500608"),
     [note("n1", "nk_lund_mott", "Henrik Sjöholm", "läkare", "2024-07-22 16:00", "16:30", "öppenvård",
           "Tidiga hypoteser", [
               ("Bedömning", "Misstänkta multipla hjärnmetastaser med okänd primärtumör, troligen lunga med tanke på rökanamnesen."),
           ])],
     [], M102, "Skåne: hedged metastases sit in a note with the protected template Tidiga hypoteser")

case("d142-vgr-sokord-tidiga-hyp-transformation", "vgr", pt("19760120"),
     [note("n1", "nk_sahl_mott", "Erik Forsberg", "läkare", "2024-09-24 10:30", "11:05", "öppenvård",
           "Mottagningsanteckning", [
               ("Aktuellt", "Kontroll ett år efter strålbehandling av oligodendrogliom grad 2. Mår bra, arbetar 75 %."),
               ("Tidiga hypoteser", "Nytillkommen fläckvis laddning; trolig transformation till högre grad."),
               ("Planering", "Ny MR med perfusion om 8 veckor."),
           ])],
     [], M102, "VGR: the hedge stands only under the protected sökord Tidiga hypoteser")

case("d142-pmo-misstankt-diskbrack-vc", "skane", pt("19890410"),
     [note("n1", "vc_lomma", "Louise Bengtsson", "läkare", "2024-01-16 09:40", "10:05", "öppenvård",
           "Besök", [
               ("Anamnes", "Ont i ländryggen med utstrålning ner i vä ben till stortån sedan två veckor."),
               ("Bedömning", "Misstänkt diskbråck L4–L5 vä, ingen pares. Remiss MR ländrygg."),
           ], system="PMO")],
     [], M102, "PMO never shows diagnoses: a hedged disc herniation in a vårdcentral note is not NL102")

case("d142-pmo-hemsjukvard-trol-subduralhematom", "skane", pt("19320122"),
     [note("n1", "hsjv_hassleholm", "Birgitta Olsson", "sjuksköterska", "2024-02-18 17:25", "17:45", "öppenvård",
           "Hembesök", [
               ("Aktuellt", "Hittad på golvet av hemtjänsten, osäkert hur länge. Slö och talar otydligt, står på Eliquis."),
               ("Åtgärd", "Trol. subduralhematom enligt jourläkaren i telefon, ambulans beställd till Kristianstad."),
           ], system="PMO")],
     [], M102, "PMO (hemsjukvård): a probable subdural haematoma is not NL102")

case("d142-fragetecken-pa-kontrolltid", "vgr", pt("19941008"),
     [note("n1", "orto_uddevalla", "Rasmus Ivarsson", "läkare", "2024-05-29 08:50", "09:10", "öppenvård",
           "Läkaranteckning", [
               ("Bedömning", "Mikrodiskektomi L5–S1 hö för åtta veckor sedan, nu helt utan bensmärta. Fullt rörlig."),
               ("Planering", "Nästa kontroll om 3 mån? Pat vill helst vänta till efter sommarsemestern."),
           ])],
     [], M102, "the question mark hedges the follow-up time, not a diagnosis")

case("d142-sannolikt-rorelseartefakt-mr", "skane", pt("19730301"),
     [note("n1", "rygg_malmo", "Camilla Nordin", "läkare", "2024-06-18 10:00", "10:30", "öppenvård",
           "Läkaranteckning", [
               ("Utredning", "MR halsrygg: signalförändringen i höjd med C5 är sannolikt rörelseartefakt, ingen myelopati och ingen rotkompression."),
               ("Bedömning", "Nackvärken bedöms muskulär, fortsatt fysioterapi."),
           ])],
     [], M102, "'sannolikt rörelseartefakt': an image artefact is no disease; myelopathy is negated")

case("d142-ms-misstanke-avskrevs-2019", "vgr", pt("19850515"),
     [note("n1", "neuro_skovde", "Karin Wallgren", "läkare", "2024-02-12 13:00", "13:40", "öppenvård",
           "Mottagningsanteckning", [
               ("Tidigare", "Utreddes 2019 för misstänkt MS, vilket avskrevs efter normal LP och MR."),
               ("Aktuellt", "Nu domningar i båda händerna nattetid, positivt Phalens test bilat."),
               ("Bedömning", "Karpaltunnelsyndrom bilat, ENeG bokad."),
           ])],
     [], M102, "an old suspicion of MS that was dismissed is not a current hedged diagnosis")

case("d142-dd-overvagdes-abscess-pad-glioblastom", "skane", pt("19610911"),
     [note("n1", "nk_lund_mott", "Sara Lindblom", "läkare", "2024-11-19 14:20", "15:00", "öppenvård",
           "Mottagningsanteckning", [
               ("Utredning", "PAD från stereotaktisk biopsi: glioblastom, IDH-vildtyp, MGMT metylerat."),
               ("Bedömning", "Differentialdiagnostiskt övervägdes abscess, men avsaknad av diffusionsrestriktion talar emot detta. Pat informerad om PAD-svaret idag tillsammans med sonen."),
           ])],
     [], M102, "hard negative: the DD word appears, but the alternative is ruled out and the diagnosis is confirmed")

case("d142-cauda-kan-uteslutas", "vgr", pt("19800227"),
     [note("n1", "akut_boras", "Nora Jansson", "läkare", "2024-07-14 15:30", "16:00", "öppenvård",
           "Jouranteckning", [
               ("Status", "Perianal känsel ua, sfinktertonus god, residualurin 40 ml."),
               ("Bedömning", "Cauda equina kan uteslutas kliniskt och residualurinen är normal. Akut lumbago."),
           ])],
     [], M102, "hard negative: 'kan uteslutas' (without ej) rules cauda equina out")

case("d142-postop-dt-ej-forenlig-blodning", "skane", pt("19510318"),
     [note("n1", "nk_lund_avd", "Emil Bergqvist", "läkare", "2024-09-27 08:10", "08:40", "slutenvård",
           "Daganteckning", [
               ("Utredning", "DT hjärna dag 1 efter kraniotomi: förväntad liten pneumocefalus frontalt, inte förenlig med blödning eller infektion."),
               ("Bedömning", "Opererad för konvexitetsmeningiom vä, förloppet okomplicerat. Mobiliseras idag."),
           ])],
     [], M102, "'inte förenlig med' is a negated form of a hedge phrase")

case("d142-typo-ingen-missanke-shuntinfektion", "vgr", pt("20160921"),
     [note("n1", "barn_dsbus", "Petra Holm", "läkare", "2024-01-24 10:30", "11:00", "öppenvård",
           "Mottagningsanteckning", [
               ("Aktuellt", "Flicka 7 år, kontroll två veckor efter shuntrevision. Pigg och äter bra."),
               ("Bedömning", "Ingen missanke om shuntinfektion, såret fint läkt och afebril."),
           ])],
     [], M102, "typo 'missanke' inside a negated mention ('Ingen missanke om')")

case("d142-mojligt-gangtraning-fysio", "skane", pt("19430606"),
     [note("n1", "fysio_trelleborg", "Malin Håkansson", "fysioterapeut", "2024-04-04 13:15", "13:40", "slutenvård",
           "Fysioterapeutanteckning", [
               ("Aktuellt", "Opererad i tisdags med dekompression L3–L4 för lumbal spinal stenos."),
               ("Åtgärd", "Möjligt att påbörja gångträning med rollator i korridoren. Gick 40 meter med stöd."),
           ])],
     [], M102, "'Möjligt' hedges a training plan; the stenosis is confirmed and operated")

case("d142-oro-hjarntumor-mr-normal", "vgr", pt("19920102"),
     [note("n1", "neuro_skovde", "Anders Frisk", "läkare", "2024-08-27 11:00", "11:30", "öppenvård",
           "Mottagningsanteckning", [
               ("Aktuellt", "Har läst på nätet och är rädd att huvudvärken beror på en hjärntumör. Tar ipren nästan dagligen."),
               ("Bedömning", "MR hjärna utan patologiska fynd, vilket vi gick igenom på skärmen."),
               ("Diagnos", "Läkemedelsöverforbrukningshuvudvärk."),
           ])],
     [], M102, "the patient's feared brain tumour is ruled out by a normal MR; the diagnosis given is firm")

case("d142-inga-tecken-tumorrecidiv", "skane", pt("19660219"),
     [note("n1", "onk_lund", "Johan Wester", "läkare", "2024-12-10 09:30", None, "öppenvård",
           "Läkaranteckning", [
               ("Utredning", "MR hjärna 18 månader efter strålbehandling av anaplastiskt astrocytom: inga tecken till tumörrecidiv, oförändrad resektionshåla."),
               ("Planering", "Fortsatt kontroll var 6:e månad."),
           ])],
     [], M102, "recurrence is negated ('inga tecken till'); the astrocytoma is confirmed")

case("d142-pmo-fysio-trolig-stenos", "skane", pt("19480920"),
     [note("n1", "rehab_tabelund", "Kristoffer Lund", "fysioterapeut", "2024-03-12 08:30", "09:00", "öppenvård",
           "Besök", [
               ("Bedömning", "Trolig lumbal spinal stenos med neurogen claudicatio, gångsträcka ca 300 m."),
               ("Åtgärd", "Cykelträning och flexionsövningar, råd om gånghjälpmedel."),
           ], system="PMO")],
     [], M102, "PMO rehab note: a probable spinal stenosis is not NL102")

case("d142-misstanke-spondylodiskit-bekraftades-ej", "vgr", pt("19630403"),
     [note("n1", "rygg_molndal", "Gustav Reinholdsson", "läkare", "2024-09-20 14:00", "14:30", "öppenvård",
           "Läkaranteckning", [
               ("Utredning", "MR ländrygg visar endast degenerativa Modic typ 1-förändringar L3–L4, ingen abscess och inget ödem i disken."),
               ("Bedömning", "Misstanken om spondylodiskit bekräftades inte. CRP nu 8 och afebril."),
           ])],
     [], M102, "the earlier suspicion is explicitly not confirmed, i.e. ruled out")

case("d142-ev-domning-stortan-fysio", "vgr", pt("19870702"),
     [note("n1", "fysio_alingsas", "Mikael Öberg", "fysioterapeut", "2024-10-21 15:10", "15:35", "öppenvård",
           "Fysioterapeutanteckning", [
               ("Anamnes", "Opererad för diskbråck L4–L5 vä i augusti. Ev. kvarvarande lätt domning i vä stortå, pat osäker."),
               ("Åtgärd", "Progression av bålstabilitet och gångträning i motlut."),
           ])],
     [], M102, "'Ev.' hedges a residual symptom (numbness), not a diagnosis")

case("d142-hypotetisk-cauda-telefonrad", "vgr", pt("19790831"),
     [note("n1", "orto_uddevalla", "Sanna Melin", "sjuksköterska", "2024-03-28 10:40", "10:55", "öppenvård",
           "Telefonanteckning", [
               ("Telefonkontakt", "Pat ringer om fortsatt ischiassmärta hö, tar sina läkemedel enligt ordination och väntar på MR."),
               ("Åtgärd", "Informerad om att söka akut om hon får svårt att kissa, domning i underlivet eller svaghet i benen, eftersom det kan tyda på cauda equina-syndrom."),
           ])],
     [], M102, "cauda equina appears only inside conditional safety-netting advice")

# =========================================================================== PART 2
# NL101: a diagnosis in a visible section while the patient is not (yet) told.

case("d142-pad-glioblastom-ej-informerad", "skane", pt("19580912"),
     [note("n1", "nk_lund_avd", "Emil Bergqvist", "läkare", "2024-02-20 15:10", "15:40", "slutenvård",
           "Daganteckning", [
               ("Utredning", "PAD från resektionen i fredags: glioblastom, IDH-vildtyp."),
               ("Bedömning", "Pat ännu ej informerd om PAD, besked ges av ansvarig neurokirurg på torsdag tillsammans med kontaktsjuksköterskan."),
           ])],
     M101, [], "confirmed glioblastoma in a visible section while the patient is not yet informed (typo 'informerd')")

case("d142-multipla-metastaser-dottern-vill-vanta", "vgr", pt("19440305"),
     [note("n1", "akut_boras", "Nora Jansson", "läkare", "2024-03-03 20:40", "21:20", "slutenvård",
           "Inskrivningsanteckning", [
               ("Aktuellt", "Inkommer med ostadighet och förvirring sedan en vecka."),
               ("Utredning", "DT hjärna med kontrast: multipla metastaser supra- och infratentoriellt, största 2 cm i hö frontallob."),
               ("Bedömning", "Pat ej informerad om metastaserna. Dottern ber att vi väntar med beskedet tills hon är på plats i morgon."),
               ("Ordination", "Betapred 8 mg x 2, Keppra ej insatt då inga kramper."),
           ])],
     M101, [], "brain metastases stated; the patient has not been told, at the daughter's request")

case("d142-sah-aneurysm-sederad-ej-informerad", "skane", pt("19700826"),
     [note("n1", "niva_lund", "Jakob Lindh", "läkare", "2024-04-13 10:20", "11:00", "slutenvård",
           "Daganteckning", [
               ("Utredning", "DT-angio: 7 mm aneurysm på a. cerebri media hö med subaraknoidalblödning Fisher grad 3."),
               ("Bedömning", "Pat sederad och intuberad och har därför ännu inte kunnat informeras om aneurysmet. Maken informerad på plats."),
               ("Planering", "Endovaskulär behandling planeras idag, EVD i höger frontalhorn kvar."),
           ])],
     M101, [], "ruptured aneurysm documented while the sedated patient cannot yet be informed")

case("d142-spinal-metastas-onkolog-tar-samtalet", "vgr", pt("19530614"),
     [note("n1", "rygg_molndal", "Linda Carlsson", "läkare", "2024-05-16 17:05", None, "slutenvård",
           "Läkaranteckning", [
               ("Utredning", "MR hela ryggen: metastas i Th6 med epidural växt och kompression av ryggmärgen, inga fler nivåer."),
               ("Bedömning", "Pat vet ännu inte att det rör sig om metastaser; onkologen tar samtalet i morgon förmiddag."),
               ("Åtgärd", "Betapred 16 mg iv, strikt sängläge, akut strålbehandling diskuteras med onkjour."),
           ])],
     M101, [], "spinal metastasis with cord compression, patient does not yet know")

case("d142-meningiom-bifynd-ej-meddelat", "skane", pt("19650127"),
     [note("n1", "neuro_hbg", "Filip Åkesson", "läkare", "2024-04-08 16:20", "16:40", "öppenvård",
           "Läkaranteckning", [
               ("Utredning", "MR hjärna gjord pga yrsel: 15 mm meningiom vid falx frontalt som bifynd, inget ödem."),
               ("Planering", "Ej meddelat pat ännu, tas vid återbesöket i maj."),
           ])],
     M101, M102, "incidental meningioma written plainly, not yet told to the patient")

case("d142-kroniskt-sdh-kognitiv-svikt-ej-info", "vgr", pt("19310411"),
     [note("n1", "geri_lidkoping", "Annika Bjur", "läkare", "2024-01-09 11:30", "12:10", "slutenvård",
           "Läkaranteckning", [
               ("Utredning", "DT hjärna: kroniskt subduralhematom hö, 14 mm brett, midlinjeförskjutning 6 mm."),
               ("Bedömning", "Pat ej informerad pga uttalad kognitiv svikt. Dottern informerad per telefon och neurokirurgen på Sahlgrenska kontaktad."),
           ])],
     M101, [], "chronic subdural haematoma not told to the patient (dementia), only to the daughter")

case("d142-ssk-pat-vet-inte-om-tumoren", "skane", pt("19720316"),
     [note("n1", "nk_lund_avd", "Ida Wahlström", "sjuksköterska", "2024-06-06 19:30", "19:45", "slutenvård",
           "Omvårdnadsanteckning", [
               ("Omvårdnad", "Pat frågar flera gånger om resultatet av dagens MR. Hänvisat till läkare i morgon; pat vet ännu inte om att man hittat en hjärntumör."),
               ("Sömn", "Oroligt, fått Propavan 25 mg enligt ordination."),
           ])],
     M101, [], "nurse note: the brain tumour is known to staff but not yet to the patient")

case("d142-fysio-spondylodiskit-ej-fatt-veta", "vgr", pt("19610708"),
     [note("n1", "rygg_molndal", "Tobias Hultgren", "fysioterapeut", "2024-09-18 09:00", "09:20", "slutenvård",
           "Fysioterapeutanteckning", [
               ("Aktuellt", "Enligt dr Reinholdsson har MR visat spondylodiskit L2–L3, vilket pat ännu inte fått veta."),
               ("Åtgärd", "Avvaktar med belastande träning tills läkarsamtal skett, andningsgymnastik och cirkulationsövningar i säng."),
           ])],
     M101, [], "physiotherapist records a confirmed spondylodiscitis the patient has not been told")

case("d142-typo-ej-infomerad-cns-lymfom", "vgr", pt("19570922"),
     [note("n1", "nk_sahl_avd", "Hanna Strömberg", "läkare", "2024-08-20 13:20", "13:55", "slutenvård",
           "Daganteckning", [
               ("Utredning", "Biopsisvar: diffust storcelligt B-cellslymfom i CNS."),
               ("Bedömning", "Pat ej infomerad, besked planeras tillsammans med hematolog på fredag."),
           ])],
     M101, [], "typo 'infomerad' in the not-informed phrase; CNS lymphoma confirmed")

case("d142-ska-ej-delges-fore-mdk", "skane", pt("19490101"),
     [note("n1", "onk_lund", "Johan Wester", "läkare", "2024-10-24 12:00", "12:30", "slutenvård",
           "Konsultationsanteckning", [
               ("Bedömning", "Skelettmetastaserad prostatacancer med patologisk kotkompression L2 enligt biopsi."),
               ("Rekommendation", "Diagnosen ska inte delges patienten före MDK på måndag, då behandlingsplanen behöver vara klar."),
           ])],
     M101, [], "'ska inte delges patienten' before the MDT conference")

case("d142-ependymom-cervikalt-ej-underrattad", "vgr", pt("19860418"),
     [note("n1", "nk_sahl_avd", "Johanna Eklöf", "läkare", "2024-11-26 10:10", "10:40", "slutenvård",
           "Daganteckning", [
               ("Utredning", "Slutgiltigt PAD: intramedullärt ependymom C4–C6, WHO grad 2."),
               ("Bedömning", "Pat ännu inte underrättad om PAD, operatören träffar henne på eftermiddagsronden."),
           ])],
     M101, [], "'inte underrättad' about a confirmed spinal ependymoma")

case("d142-schwannom-tolk-saknades", "skane", pt("19760602"),
     [note("n1", "nk_lund_mott", "Henrik Sjöholm", "läkare", "2024-05-03 09:00", "09:25", "öppenvård",
           "Mottagningsanteckning", [
               ("Utredning", "MR: vestibularisschwannom vä, 18 mm, lätt kompression av hjärnstammen."),
               ("Bedömning", "Pat ej informerad om fyndet då tolk saknades vid dagens besök. Ny tid med tigrinjatolk på fredag."),
           ])],
     M101, [], "schwannoma not told because no interpreter was present")

case("d142-cauda-prostatacancer-okand-for-pat", "vgr", pt("19470930"),
     [note("n1", "akut_nal", "Sofia Lindqvist", "läkare", "2024-07-19 01:50", "02:40", "slutenvård",
           "Jouranteckning", [
               ("Bedömning", "Cauda equina-syndrom orsakat av skelettmetastas L3 från nyupptäckt prostatacancer, PSA 480."),
               ("Planering", "Pat känner ännu inte till cancerdiagnosen; urolog informerar honom efter dekompressionen."),
           ])],
     M101, [], "the newly found prostate cancer is not yet known to the patient")

case("d142-tva-anteckningar-beskedet-ges-dagen-efter", "skane", pt("19620513"),
     [note("n1", "nk_lund_avd", "Sara Lindblom", "läkare", "2024-03-20 16:00", "16:25", "slutenvård",
           "Daganteckning", [
               ("Utredning", "Glioblastom enligt PAD från operationen i vä temporallob."),
               ("Planering", "Pat ej informerad ännu, samtal bokat i morgon kl 10 med maken närvarande."),
           ]),
      note("n2", "nk_lund_avd", "Sara Lindblom", "läkare", "2024-03-21 10:50", "11:15", "slutenvård",
           "Läkaranteckning", [
               ("Samtal", "Informerat pat och maken om PAD-beskedet och om planerad remiss till onkologen för strål- och cytostatikabehandling. Kontaktsjuksköterska närvarande."),
           ])],
     [("NL101", "n1")], [("NL101", "n2")], "n1 withholds the glioblastoma diagnosis; n2 the next day records that it was told")

case("d142-tektalt-gliom-hydrocefalus-ej-info", "vgr", pt("19950226"),
     [note("n1", "nk_sahl_mott", "Per-Olof Dahl", "läkare", "2024-02-02 14:10", "14:45", "öppenvård",
           "Mottagningsanteckning", [
               ("Bedömning", "Obstruktiv hydrocefalus orsakad av tektalt gliom som stänger akvedukten. Tredje ventrikulostomi planeras."),
               ("Information", "Pat har fått veta att det finns ett stopp för likvorflödet men har inte informerats om att orsaken är en tumör."),
           ])],
     M101, [], "hydrocephalus told, but the underlying tectal glioma is explicitly not yet told")

case("d142-epikris-pad-lungcancer-ej-informerad", "skane", pt("19540830"),
     [note("n1", "nk_lund_avd", "Jakob Lindh", "läkare", "2024-09-13 13:00", "14:10", "slutenvård",
           "Epikris", [
               ("Diagnos", "Hjärnmetastas i vä cerebellum från adenocarcinom i lunga, opererad."),
               ("Epikris", "Inkom med ostadighet och kräkningar. Resektion av cerebellär tumör 4/9, okomplicerat postoperativt förlopp."),
               ("Information", "Pat ej informerad om att PAD visat metastas från lungcancer; ansvaret för beskedet överlämnat till lungkliniken i Lund."),
           ])],
     M101, [], "epikris: metastatic lung cancer in Diagnos, patient not told at discharge")

case("d142-utkast-anaplastiskt-meningiom", "skane", pt("19680917"),
     [note("n1", "nk_lund_mott", "Sara Lindblom", "läkare", "2024-07-30 15:45", None, "öppenvård",
           "Mottagningsanteckning", [
               ("Utredning", "PAD: anaplastiskt meningiom WHO grad 3, Ki-67 22 %."),
               ("Planering", "Ännu inte meddelat pat, ringer henne när onkologen sett svaret."),
           ])],
     M101, [], "unsigned draft: grade 3 meningioma written while not yet told to the patient")

case("d142-avm-karlrond-forst", "vgr", pt("19990305"),
     [note("n1", "nk_sahl_mott", "Ingela Fransson", "läkare", "2024-04-16 11:20", "11:50", "öppenvård",
           "Mottagningsanteckning", [
               ("Utredning", "DT-angio och MR: arteriovenös malformation i vä occipitallob, Spetzler–Martin grad 2, ingen blödning."),
               ("Planering", "Pat inte informerad om AVM:en än – tas upp på kärlronden först, därefter besök."),
           ])],
     M101, M102, "arteriovenous malformation documented plainly, patient not yet told")

case("d142-kavernom-blodning-ej-informerad", "skane", pt("19830219"),
     [note("n1", "niva_lund", "Rebecka Ståhl", "sjuksköterska", "2024-05-25 22:10", "22:30", "slutenvård",
           "Omvårdnadsanteckning", [
               ("Aktuellt", "Intracerebral blödning i hö thalamus från kavernom enligt dagens MR."),
               ("Omvårdnad", "Pat vaken och orienterad. Ännu ej informerad om kavernomet, dr Lindh återkommer i morgon."),
           ])],
     M101, [], "NIVA nurse: cavernoma as cause of the bleed is not yet told")

case("d142-telefon-ej-antraffbar-diskbrack", "skane", pt("19900607"),
     [note("n1", "rygg_malmo", "Camilla Nordin", "läkare", "2024-02-28 12:40", "12:55", "öppenvård",
           "Telefonanteckning", [
               ("Telefonkontakt", "Sökt pat två gånger för att meddela att MR visar diskbråck L4–L5 med kompression av L5-roten vä, ej anträffbar."),
               ("Planering", "Pat således ännu inte informerad om svaret, ny telefonkontakt i morgon."),
           ])],
     M101, [], "the patient could not be reached, so the disc herniation is documented but not told")

case("d142-hypofysadenom-bifynd-inget-besked", "vgr", pt("19720729"),
     [note("n1", "neuro_skovde", "Anders Frisk", "läkare", "2024-06-25 10:40", None, "öppenvård",
           "Läkaranteckning", [
               ("Utredning", "MR hjärna: makroadenom i hypofysen, 16 mm, som når chiasma utan att komprimera det."),
               ("Planering", "Pat har ännu inte fått besked om fyndet. Hormonstatus och synfält beställs före återbesöket."),
           ])],
     M101, [], "pituitary macroadenoma: 'ännu inte fått besked om fyndet'")

case("d142-konsult-vanta-med-glioblastombesked", "skane", pt("19460208"),
     [note("n1", "nk_lund_mott", "Henrik Sjöholm", "läkare", "2024-11-07 14:00", "14:35", "slutenvård",
           "Konsultationsanteckning", [
               ("Fråga", "Konsult från medicinkliniken Ystad om fortsatt handläggning."),
               ("Bedömning", "Bilden är typisk och PAD bekräftar glioblastom. Ej aktuellt med ytterligare kirurgi."),
               ("Rekommendation", "Pat informeras inte om glioblastomdiagnosen förrän dottern kommit hem från utlandet på lördag."),
           ])],
     M101, [], "consultant recommends that the glioblastoma diagnosis is not told until Saturday")

case("d142-myelom-kotkompression-hematolog", "vgr", pt("19510415"),
     [note("n1", "orto_uddevalla", "Rasmus Ivarsson", "läkare", "2024-10-11 15:20", "15:50", "slutenvård",
           "Daganteckning", [
               ("Utredning", "Benmärgsbiopsi och M-komponent bekräftar multipelt myelom. Kotkompression Th12 som förklarar ryggvärken."),
               ("Bedömning", "Patienten är inte informerad om myelomdiagnosen än, hematologen tar samtalet på måndag."),
           ])],
     M101, [], "myeloma behind a vertebral compression, not yet told")

case("d142-typo-imformerad-oligodendrogliom", "vgr", pt("19880110"),
     [note("n1", "nk_sahl_avd", "Erik Forsberg", "läkare", "2024-12-03 09:40", "10:05", "slutenvård",
           "Daganteckning", [
               ("Utredning", "PAD: oligodendrogliom, IDH-muterat och 1p/19q-kodeleterat, WHO grad 2."),
               ("Bedömning", "Pat ej imformerad om PAD, ronden i morgon."),
           ])],
     M101, [], "typo 'imformerad' in the not-informed phrase")

case("d142-lang-inskrivning-metastas-ej-berattat", "vgr", pt("19600923"),
     [note("n1", "nk_sahl_avd", "Linnea Hedlund", "läkare", "2024-01-29 18:10", "19:30", "slutenvård",
           "Inskrivningsanteckning", [
               ("Kontaktorsak", "Överflyttad från Borås för ställningstagande till operation av cerebellär process."),
               ("Tidigare sjukdomar", "Hypertoni. Malignt melanom på ryggen, exciderat 2021, därefter fri på kontroller. Diabetes typ 2 på metformin."),
               ("Aktuellt", "Yrsel och ostadighet sedan tre veckor, huvudvärk på morgonen senaste veckan, kräkts två gånger idag."),
               ("Läkemedel", "Metformin 1 g x 2, Enalapril 10 mg x 1, Betapred 4 mg x 2 sedan igår."),
               ("Status", "AT: opåverkad. Neuro: vaken, GCS 15, pupiller isokora, ljusreaktion ua. Nystagmus vid blick åt vä. Dysmetri vä i finger-näs-försök. Bredspårig gång. Kraft ua. Ingen papillödembedömning gjord."),
               ("Utredning", "MR hjärna från Borås: 3 cm stor blödande metastas av melanom i vä cerebellarhemisfär enligt neuroradiologens utlåtande, komprimerar fjärde ventrikeln, begynnande hydrocefalus."),
               ("Bedömning", "Melanommetastas med hotande hydrocefalus, operation i morgon. Pat ej informerad om att det är melanomet som spridit sig, kommer att ske på ronden med onkolog närvarande."),
               ("Planering", "Fastande från midnatt, blodgruppering, neurokontroller var 2:a timme."),
           ])],
     M101, [], "long admission chart: one sentence says the melanoma metastasis has not been told")

case("d142-avdelningen-ska-inte-informera", "skane", pt("19590616"),
     [note("n1", "med_ystad", "Pernilla Engström", "läkare", "2024-08-09 11:00", "11:20", "slutenvård",
           "Daganteckning", [
               ("Utredning", "DT thorax-buk och hjärna: ca 2 cm stor hjärnmetastas hö frontalt, primärtumör i vä njure."),
               ("Planering", "Pat ska inte infomeras om metastasfyndet av avdelningen, onkologen i Lund tar det vid besöket på tisdag."),
           ])],
     M101, [], "explicit instruction that the ward must not tell the patient about the metastasis (typo 'infomeras')")

case("d142-arachnoidalcysta-bifynd-ej-meddelat", "vgr", pt("19970813"),
     [note("n1", "neuro_skovde", "Karin Wallgren", "läkare", "2024-05-13 13:50", "14:10", "öppenvård",
           "Läkaranteckning", [
               ("Utredning", "MR hjärna för migränutredning: arachnoidalcysta i vä mellersta skallgropen, 3 cm, utan masseffekt."),
               ("Bedömning", "Ofarligt bifynd. Pat har inte informerats om arachnoidalcystan ännu."),
           ])],
     M101, [], "hard positive: even a harmless incidental diagnosis in visible text that is not yet told")

case("d142-pilocytiskt-astrocytom-vuxen-ej-info", "skane", pt("20010922"),
     [note("n1", "nk_lund_avd", "Emil Bergqvist", "läkare", "2024-06-19 14:30", "15:00", "slutenvård",
           "Daganteckning", [
               ("Utredning", "PAD: pilocytiskt astrocytom, WHO grad 1, i hö cerebellum."),
               ("Bedömning", "Kvarstående ostadighet men förbättras. Pat har ännu inte fått veta PAD-svaret, ges vid återbesöket om 2 veckor."),
           ])],
     M101, [], "young adult: confirmed pilocytic astrocytoma, 'ännu inte fått veta PAD-svaret'")

# ---- NL101 must_not

case("d142-informerad-idag-meningiom-grad1", "skane", pt("19630407"),
     [note("n1", "nk_lund_mott", "Sara Lindblom", "läkare", "2024-03-07 13:00", "13:30", "öppenvård",
           "Mottagningsanteckning", [
               ("Bedömning", "PAD: transitionellt meningiom, WHO grad 1."),
               ("Information", "Pat infromerad om PAD idag: godartad tumör, ingen ytterligare behandling, kontroll-MR om ett år."),
           ])],
     [], M101, "the patient was informed today (typo 'infromerad')")

case("d142-sedan-tidigare-informerad-gbm", "vgr", pt("19550808"),
     [note("n1", "onk_sahl", "Lars Grönwall", "läkare", "2024-04-03 10:00", "10:35", "öppenvård",
           "Läkaranteckning", [
               ("Aktuellt", "Glioblastom vä temporalt, opererat i mars. Pat sedan tidigare informerad om diagnosen och behandlingsplanen."),
               ("Planering", "Start av strålbehandling 60 Gy/30 fraktioner med konkomitant temozolomid nästa måndag."),
           ])],
     [], M101, "informed earlier ('sedan tidigare informerad')")

case("d142-operationsdatum-ej-meddelat", "skane", pt("19500312"),
     [note("n1", "rygg_hbg", "Amir Hadžić", "läkare", "2024-05-22 09:30", "09:50", "öppenvård",
           "Läkaranteckning", [
               ("Bedömning", "Lumbal spinal stenos L3–L5, uppsatt för dekompression."),
               ("Planering", "Operationsdatum ej meddelat pat ännu, planeringssköterskan ringer."),
           ])],
     [], M101, "what is not yet told is an operation date, not the diagnosis")

case("d142-remiss-stralning-ej-kand", "vgr", pt("19480704"),
     [note("n1", "rygg_molndal", "Linda Carlsson", "läkare", "2024-05-17 16:30", None, "slutenvård",
           "Daganteckning", [
               ("Aktuellt", "Pat fick igår beskedet att förändringen i Th6 är en metastas, tagit det med fattning."),
               ("Planering", "Vet ännu inte att remissen till strålbehandling redan skickats, berättas vid morgondagens rond."),
           ])],
     [], M101, "the metastasis was told; what is untold is that a referral was sent")

case("d142-normal-mr-halsrygg-ej-meddelad", "skane", pt("19780121"),
     [note("n1", "rygg_malmo", "Camilla Nordin", "läkare", "2024-09-04 11:10", "11:25", "öppenvård",
           "Läkaranteckning", [
               ("Diagnos", "Cervikobrakialgi hö."),
               ("Utredning", "MR halsrygg utan rotkompression eller myelopati, normal för åldern."),
               ("Planering", "Pat ännu ej meddelad om det normala svaret, brev skickas idag."),
           ])],
     [], M101, "what is not told is a normal MR result")

case("d142-skane-mall-th-ej-informerad", "skane", pt("19520210"),
     [note("n1", "onk_lund", "Johan Wester", "läkare", "2024-07-03 13:40", "14:05", "öppenvård",
           "Tidiga hypoteser", [
               ("Bedömning", "Trolig metastas i Th4 enligt skelettskintigrafi, MR ej gjord. Pat ej informerad om misstanken."),
           ])],
     [], [("NL101", "n1"), ("NL102", "n1")], "Skåne: untold and hedged metastasis only in the protected template Tidiga hypoteser")

case("d142-vgr-sokord-th-lymfom-ej-informerad", "vgr", pt("19670124"),
     [note("n1", "nk_sahl_avd", "Hanna Strömberg", "läkare", "2024-10-01 09:10", "09:50", "slutenvård",
           "Daganteckning", [
               ("Aktuellt", "Mår bättre, huvudvärken lindrad, mobiliserad på avdelningen."),
               ("Tidiga hypoteser", "Sannolikt CNS-lymfom; pat ännu inte informerad, väntar på biopsisvar."),
               ("Planering", "Biopsisvar väntas fredag."),
           ])],
     [], [("NL101", "n1"), ("NL102", "n1")], "VGR: the untold lymphoma stands only under the protected sökord")

case("d142-pat-informerad-maken-ska-vanta", "skane", pt("19710919"),
     [note("n1", "nk_lund_mott", "Henrik Sjöholm", "läkare", "2024-10-10 15:30", "16:05", "öppenvård",
           "Mottagningsanteckning", [
               ("Samtal", "Pat informerad om diagnosen glioblastom och planerad onkologisk behandling."),
               ("Övrigt", "Hon vill själv att maken inte får veta förrän efter helgen, då dottern fyller år."),
           ])],
     [], M101, "the patient knows; only the husband is not told yet")

case("d142-inget-sagt-om-information-diskbrack", "vgr", pt("19860731"),
     [note("n1", "rygg_molndal", "Gustav Reinholdsson", "läkare", "2024-03-19 08:40", "09:05", "öppenvård",
           "Läkaranteckning", [
               ("Utredning", "MR ländrygg: lateralt diskbråck L5–S1 hö som trycker på S1-roten."),
               ("Planering", "Mikrodiskektomi, uppsatt på väntelistan med prioritet 2."),
           ])],
     [], [("NL101", "n1"), ("NL102", "n1")], "confirmed disc herniation, nothing said about telling, nothing hedged")

case("d142-ej-informerad-om-negativ-dt", "skane", pt("19410523"),
     [note("n1", "akut_kristianstad", "Oskar Mattsson", "läkare", "2024-01-05 03:40", "04:00", "öppenvård",
           "Jouranteckning", [
               ("Aktuellt", "Föll i trappan hemma, slog bakhuvudet, står på Eliquis."),
               ("Utredning", "DT hjärna: ingen intrakraniell blödning, ingen fraktur."),
               ("Planering", "Pat sover, ännu inte informerad om att DT inte visar någon blödning. Besked när han vaknar."),
           ])],
     [], M101, "the untold thing is a normal CT; no diagnosis is withheld")

case("d142-ej-informerad-om-vantetid-myelopati", "vgr", pt("19560618"),
     [note("n1", "nk_sahl_mott", "Ingela Fransson", "läkare", "2024-06-20 14:10", "14:30", "öppenvård",
           "Mottagningsanteckning", [
               ("Bedömning", "Cervikal myelopati C5–C6 med myelomalaci. Pat informerad om diagnosen och om att operation rekommenderas."),
               ("Planering", "Ej informerad om väntetiden, som vi inte vet än; koordinator återkommer."),
           ])],
     [], M101, "the diagnosis was told; only the waiting time is unknown and untold")

case("d142-telefonbesked-cns-lymfom", "skane", pt("19640509"),
     [note("n1", "onk_lund", "Maria Ekdahl", "läkare", "2024-08-28 16:15", "16:35", "öppenvård",
           "Telefonanteckning", [
               ("Telefonkontakt", "Informerat pat per telefon om att biopsin visar primärt CNS-lymfom. Hon vill ha med sin syster på besöket."),
               ("Planering", "Besök på hematologen torsdag, kontaktsjuksköterska ringer imorgon."),
           ])],
     [], M101, "diagnosis told by telephone")

case("d142-informerad-med-tolk-meningiom", "vgr", pt("19690320"),
     [note("n1", "nk_sahl_mott", "Per-Olof Dahl", "läkare", "2024-02-15 09:30", None, "öppenvård",
           "Mottagningsanteckning", [
               ("Samtal", "Med hjälp av arabisktalande tolk på plats har pat informerats om att tumören är ett meningiom vid sinus cavernosus."),
               ("Planering", "Strålbehandling diskuteras på MDK, återbesök om en månad."),
           ])],
     [], M101, "told with an interpreter present")

case("d142-ej-informerad-om-operationsrisker", "skane", pt("19440117"),
     [note("n1", "nk_lund_avd", "Emil Bergqvist", "läkare", "2024-11-14 08:00", "08:30", "slutenvård",
           "Inskrivningsanteckning", [
               ("Bedömning", "Kroniskt subduralhematom vä med midlinjeförskjutning, pat informerad om diagnosen och accepterar borrhålsevakuering."),
               ("Planering", "Pat ännu inte informerad om operationsriskerna, görs av opererande läkare före op."),
           ])],
     [], M101, "the untold thing is the operative risks, not the diagnosis")

case("d142-ssk-fatt-info-om-shuntdysfunktion", "vgr", pt("19981225"),
     [note("n1", "nk_sahl_avd", "Moa Sundqvist", "sjuksköterska", "2024-09-11 13:25", "13:40", "slutenvård",
           "Omvårdnadsanteckning", [
               ("Omvårdnad", "Pat har fått information av dr Holm om att shunten inte fungerar och ska bytas i morgon. Ställer adekvata frågor."),
               ("Planering", "Fastande från kl 24, dusch med Descutan kväll och morgon."),
           ])],
     [], M101, "nurse records that the doctor told the patient about the shunt dysfunction")

case("d142-mdk-datum-ej-bestamt", "skane", pt("19570129"),
     [note("n1", "nk_lund_mott", "Sara Lindblom", "läkare", "2024-06-12 10:40", "11:00", "öppenvård",
           "Mottagningsanteckning", [
               ("Bedömning", "Solitär hjärnmetastas från bröstcancer i hö parietallob, pat känner till diagnosen sedan förra veckan."),
               ("Planering", "MDK-datum ännu inte bestämt, pat meddelas när det är klart."),
           ])],
     [], M101, "the patient knows the diagnosis; only a meeting date is untold")

case("d142-vill-ej-diskutera-prognos", "vgr", pt("19620304"),
     [note("n1", "onk_sahl", "Lars Grönwall", "läkare", "2024-07-09 11:15", "11:55", "öppenvård",
           "Läkaranteckning", [
               ("Samtal", "Pat informerad om diagnosen anaplastiskt astrocytom, IDH-muterat. Vill i nuläget inte diskutera prognos eller överlevnadssiffror."),
               ("Planering", "Nytt samtal med kontaktsjuksköterska om två veckor."),
           ])],
     [], M101, "patient told; declining prognosis talk is not an untold diagnosis")

case("d142-pad-inte-klart-besked-aterbesok", "skane", pt("19810604"),
     [note("n1", "nk_lund_avd", "Jakob Lindh", "läkare", "2024-04-26 14:00", "14:25", "slutenvård",
           "Utskrivningsanteckning", [
               ("Aktuellt", "Opererad för en tumör i hö frontallob, makroskopiskt radikal resektion. Pat informerad om operationsfynden."),
               ("Planering", "PAD ännu inte klart; svaret lämnas vid återbesöket om tre veckor."),
           ])],
     [], M101, "the untold thing is a pathology answer that does not exist yet")

case("d142-cauda-informerad-samtycker", "vgr", pt("19850109"),
     [note("n1", "akut_boras", "Nora Jansson", "läkare", "2024-06-08 23:30", "23:55", "öppenvård",
           "Jouranteckning", [
               ("Bedömning", "Cauda equina-syndrom pga stort centralt diskbråck L4–L5 enligt akut MR."),
               ("Åtgärd", "Pat informerad om diagnosen och behovet av akut dekompression i natt och samtycker. Ortopedjouren övertar."),
           ])],
     [], M101, "cauda equina syndrome told before emergency surgery")

case("d142-pat-vet-sonen-vet-inte", "vgr", pt("19460925"),
     [note("n1", "onk_sahl", "Ingrid Backman", "sjuksköterska", "2024-10-29 10:00", "10:20", "öppenvård",
           "Telefonanteckning", [
               ("Telefonkontakt", "Pat fick beskedet om spinal metastas i förra veckan och ringer med frågor om strålbehandlingen."),
               ("Övrigt", "Sonen bor i Norge och vet ännu inte om sjukdomen, pat vill själv berätta för honom."),
           ])],
     [], M101, "patient told earlier; only the son is not yet told")

case("d142-tva-anteckningar-th-sedan-informerad", "skane", pt("19640712"),
     [note("n1", "nk_lund_mott", "Henrik Sjöholm", "läkare", "2024-01-22 11:00", "11:20", "öppenvård",
           "Tidiga hypoteser", [
               ("Bedömning", "Misstänkt låggradigt gliom i vä frontallob. Pat ej informerad om misstanken, biopsi först."),
           ]),
      note("n2", "nk_lund_mott", "Henrik Sjöholm", "läkare", "2024-01-22 11:25", "11:40", "öppenvård",
           "Mottagningsanteckning", [
               ("Samtal", "Pat informerad om att MR visar en förändring i vänster pannlob som behöver biopsi. Biopsi bokas inom två veckor."),
           ])],
     [], [("NL101", "n1"), ("NL101", "n2")], "untold suspicion kept in a Skåne Tidiga hypoteser note; the visible note names no diagnosis")

case("d142-epikris-pat-och-maka-informerade", "vgr", pt("19390302"),
     [note("n1", "nk_sahl_avd", "Linnea Hedlund", "läkare", "2024-03-15 14:20", "15:10", "slutenvård",
           "Epikris", [
               ("Diagnos", "Kroniskt subduralhematom bilat, evakuerat via borrhål bilat."),
               ("Epikris", "Pat och hans maka informerade om diagnosen och given behandling. Trombyl återinsätts efter fyra veckor."),
           ])],
     [], M101, "epikris records that patient and wife were told")

case("d142-informerad-men-oklart-forstatt", "skane", pt("19360817"),
     [note("n1", "geri_landskrona", "Oskar Nyqvist", "läkare", "2024-12-06 13:10", "13:35", "slutenvård",
           "Läkaranteckning", [
               ("Bedömning", "Kroniskt subduralhematom hö utan masseffekt, konservativ behandling beslutad efter kontakt med neurokirurgen i Lund."),
               ("Samtal", "Pat informerad om blödningen men verkar inte ha förstått fullt ut; förnyad information i morgon med dottern."),
           ])],
     [], M101, "hard negative: the patient was told, even if the information will be repeated")

case("d142-arbetsgivaren-ska-inte-veta-epilepsi", "vgr", pt("19930418"),
     [note("n1", "nk_sahl_mott", "Ingela Fransson", "läkare", "2024-11-21 10:30", "10:55", "öppenvård",
           "Mottagningsanteckning", [
               ("Aktuellt", "Strukturell epilepsi efter operation av kavernom i vä temporallob 2022, anfallsfri på lamotrigin."),
               ("Övrigt", "Pat vill inte att arbetsgivaren ska få veta om epilepsin; informerad om körkortsreglerna."),
           ])],
     [], M101, "hard negative: it is the employer, not the patient, who is not to know")

case("d142-remittent-redan-informerat", "skane", pt("19740923"),
     [note("n1", "nk_lund_mott", "Sara Lindblom", "läkare", "2024-02-26 09:00", "09:40", "öppenvård",
           "Nybesök", [
               ("Anamnes", "Remitterad från neurologen i Helsingborg, som redan informerat pat om meningiomet vid vä sfenoidalvinge."),
               ("Bedömning", "Tumören växer 2 mm/år, lätt synpåverkan vä. Operation rekommenderas."),
           ])],
     [], M101, "the referring doctor already told the patient")

case("d142-ej-informerad-om-flytt-sah", "skane", pt("19750805"),
     [note("n1", "niva_lund", "Rebecka Ståhl", "sjuksköterska", "2024-04-21 20:15", "20:30", "slutenvård",
           "Omvårdnadsanteckning", [
               ("Aktuellt", "Dag 12 efter coilad SAH, stabil, EVD borttagen i förrgår."),
               ("Planering", "Pat ännu inte informerad om flytten till avd 22 i morgon, berättas vid morgonrapporten."),
           ])],
     [], M101, "the untold thing is a ward transfer (a plan)")

case("d142-ej-informerad-om-att-mr-saknar-diskbrack", "vgr", pt("19960503"),
     [note("n1", "orto_uddevalla", "Sanna Melin", "sjuksköterska", "2024-08-15 14:40", "14:55", "öppenvård",
           "Telefonanteckning", [
               ("Telefonkontakt", "Sökt pat för att berätta att MR inte visar något diskbråck eller annan förklaring till smärtan, ej svar."),
               ("Planering", "Pat alltså ej informerad ännu, nytt försök i morgon."),
           ])],
     [], M101, "the untold result is negative (no disc herniation); no diagnosis stands")

case("d142-pmo-susp-skelettmetastas-vc", "skane", pt("19480603"),
     [note("n1", "vc_sodervarn", "Ahmad Rahimi", "läkare", "2024-11-25 10:15", "10:45", "öppenvård",
           "Besök", [
               ("Anamnes", "Känd prostatacancer på hormonbehandling. Ryggvärk nattetid sedan en månad, inga bortfall."),
               ("Bedömning", "Susp. skelettmetastas i ländryggen. Akut MR via SVF, kontakt med urologen."),
           ], system="PMO")],
     [], M102, "PMO vårdcentral note: a suspected skeletal metastasis is not NL102")

case("d142-pmo-dd-diskbrack-stenos", "skane", pt("19570810"),
     [note("n1", "vc_karrakra", "Helena Mårtensson", "läkare", "2024-04-15 14:30", "14:55", "öppenvård",
           "Besök", [
               ("Status", "Lasègue neg bilat, reflexer lika, kraft ua. Gångsträcka ca 500 m innan bensmärta."),
               ("Bedömning", "DD lumbal spinal stenos, diskbråck. Remiss fysioterapi, MR om utebliven förbättring."),
           ], system="PMO")],
     [], M102, "PMO: a differential diagnosis in a vårdcentral note is never shown, so not NL102")

# ---- hedged diagnosis that is also untold: NL102 is clear, NL101 left open

case("d142-misstankt-gbm-ej-informerad-synlig", "vgr", pt("19570301"),
     [note("n1", "nk_sahl_mott", "Erik Forsberg", "läkare", "2024-05-08 13:40", None, "öppenvård",
           "Mottagningsanteckning", [
               ("Utredning", "MR: 4 cm heterogent laddande process i corpus callosum med utbredning till båda hemisfärerna."),
               ("Bedömning", "Misstänkt glioblastom (fjärilsgliom). Inget sagt till pat om misstanken ännu, stereotaktisk biopsi bokas."),
           ])],
     M102, [], "a hedged glioblastoma written in a visible Bedömning instead of under Tidiga hypoteser")

case("d142-trolig-skelettmetastas-l1-ovetande", "skane", pt("19500919"),
     [note("n1", "rygg_malmo", "Jesper Holmgren", "läkare", "2024-03-13 15:00", "15:30", "öppenvård",
           "Läkaranteckning", [
               ("Utredning", "DT ländrygg: osteolytisk förändring i L1 med hotande bakkantsengagemang."),
               ("Bedömning", "Trolig skelettmetastas L1, primärtumör okänd. Pat ännu inte informerad, utredning via SVF."),
           ])],
     M102, [], "'Trolig skelettmetastas' stands in a visible note, whatever is said about telling")

case("d142-vgr-th-korrekt-men-planering-lacker", "vgr", pt("19630521"),
     [note("n1", "nk_sahl_avd", "Johanna Eklöf", "läkare", "2024-12-11 09:20", "09:55", "slutenvård",
           "Daganteckning", [
               ("Tidiga hypoteser", "Multifokala laddande lesioner periventrikulärt, misstänkt CNS-lymfom."),
               ("Planering", "Biopsi på fredag. Pat ej informerad om att det kan vara ett lymfom, avvaktar PAD."),
           ])],
     M102, [], "VGR: the suspicion is protected in its sökord but repeated ('kan vara ett lymfom') in Planering")

# =========================================================================== checks

ALLOWED_CODES = {"NL101", "NL102"}
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def luhn_ok(pnr):
    digits = pnr[2:8] + pnr[9:]
    return len(digits) == 10 and luhn_digit(digits[:9]) == digits[9]


def age_at(birth, day):
    b = datetime.date.fromisoformat(birth)
    return day.year - b.year - ((day.month, day.day) < (b.month, b.day))


def validate(cases):
    problems = []
    names = set()
    sentences = {}
    case_keys = {"case", "ruleset", "record", "must", "must_not", "why"}
    rec_keys = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
    note_keys = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
    for c in cases:
        n = c["case"]
        if set(c) != case_keys:
            problems.append("%s: keys %s" % (n, sorted(c)))
        if not n.startswith("d142-"):
            problems.append("%s: bad prefix" % n)
        if n in names:
            problems.append("%s: duplicate case name" % n)
        names.add(n)
        if c["ruleset"] not in ("skane", "vgr"):
            problems.append("%s: ruleset" % n)
        if not c["why"].strip():
            problems.append("%s: empty why" % n)
        r = c["record"]
        if set(r) != rec_keys:
            problems.append("%s: record keys" % n)
        if r["access_events"] or r["conversations"] or r["treatments"]:
            problems.append("%s: non-empty lists" % n)
        p = r["patient"]
        pid = p["id"]
        if not re.fullmatch(r"\d{8}-\d{4}", pid) or not luhn_ok(pid):
            problems.append("%s: personnummer %s" % (n, pid))
        if pid[:8] != p["birth_date"].replace("-", ""):
            problems.append("%s: birth date mismatch" % n)
        if not r["as_of"].startswith("2024-"):
            problems.append("%s: as_of not 2024" % n)
        asof = datetime.date.fromisoformat(r["as_of"][:10])
        age = age_at(p["birth_date"], asof)
        if 13 <= age <= 15 or age < 0:
            problems.append("%s: patient age %d" % (n, age))
        ids = {}
        for nt in r["notes"]:
            if set(nt) != note_keys:
                problems.append("%s: note keys" % n)
            ids[nt["id"]] = nt
            if nt["system"] not in ("Melior", "PMO"):
                problems.append("%s: system" % n)
            if c["ruleset"] == "vgr" and nt["system"] != "Melior":
                problems.append("%s: VGR note not Melior" % n)
            if not nt["time"].startswith("2024-"):
                problems.append("%s: note time not 2024" % n)
            if nt["signed"] is not None:
                if not nt["signed"].startswith("2024-") or nt["signed"] < nt["time"]:
                    problems.append("%s: signed time" % n)
            if nt["time"][:10] > r["as_of"][:10]:
                problems.append("%s: note after as_of" % n)
            if age_at(p["birth_date"], datetime.date.fromisoformat(nt["time"][:10])) in (13, 14, 15):
                problems.append("%s: age 13-15 at note time" % n)
            if not nt["sections"]:
                problems.append("%s: note without sections" % n)
            for sec in nt["sections"]:
                for s in SENT_SPLIT.split(sec["text"]):
                    s = s.strip()
                    if len(s) >= 25:
                        if s in sentences and sentences[s] != (n, nt["id"], sec["keyword"]):
                            problems.append("%s: sentence repeated (also in %s): %s" % (n, sentences[s][0], s))
                        sentences.setdefault(s, (n, nt["id"], sec["keyword"]))
        if len(ids) != len(r["notes"]):
            problems.append("%s: duplicate note id" % n)
        seen = set()
        for lst in ("must", "must_not"):
            for code, target in c[lst]:
                if code not in ALLOWED_CODES:
                    problems.append("%s: code %s" % (n, code))
                if target not in ids:
                    problems.append("%s: target %s missing" % (n, target))
                    continue
                if (code, target) in seen:
                    problems.append("%s: %s on %s asserted twice" % (n, code, target))
                seen.add((code, target))
                sysname = ids[target]["system"]
                if code == "NL102" and sysname != "Melior" and lst == "must":
                    problems.append("%s: NL102 must on non-Melior" % n)
                if code == "NL101" and sysname == "PMO":
                    problems.append("%s: NL101 asserted on PMO" % n)
        if not c["must"] and not c["must_not"]:
            problems.append("%s: asserts nothing" % n)
    return problems


def main():
    problems = validate(CASES)
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    print("wrote %d cases to %s" % (len(CASES), OUT))
    for k in sorted(counts):
        print("  %s %-8s %d" % (k[0], k[1], counts[k]))


if __name__ == "__main__":
    main()
