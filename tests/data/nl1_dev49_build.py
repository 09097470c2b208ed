#!/usr/bin/env python3
"""dev49: adult psychiatry, beroendevård, NPF-utredning and psychiatric emergency.

Hand-written cases for NL101 / NL102. Standard library only, deterministic.
Running it writes nl1_dev49_cases.jsonl next to this file and exits 1 on any problem.
"""
import datetime as _dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev49_cases.jsonl")

# ---------------------------------------------------------------- units
# key: (name, hsa_id, system, region)
U = {
    # Region Skåne, Melior (hospital psychiatry)
    "S_AKUT_MAL": ("Psykiatriska akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-7R4K", "Melior", "skane"),
    "S_AKUT_LUND": ("Psykiatriska akutmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7R2B", "Melior", "skane"),
    "S_AKUT_HBG": ("Akutmottagningen, Helsingborgs lasarett", "SE2321000255-4A19", "Melior", "skane"),
    "S_VPM_LUND": ("Allmänpsykiatrisk mottagning Lund, Vuxenpsykiatri Skåne", "SE2321000255-8P31", "Melior", "skane"),
    "S_NPF_MAL": ("Neuropsykiatriska utredningsteamet, Vuxenpsykiatri Malmö", "SE2321000255-8N07", "Melior", "skane"),
    "S_NPF_HBG": ("NPF-mottagningen, Vuxenpsykiatri Helsingborg", "SE2321000255-8N22", "Melior", "skane"),
    "S_BER_MAL": ("Beroendecentrum Malmö, Mottagning alkohol och läkemedel", "SE2321000255-9B10", "Melior", "skane"),
    "S_BER_MAL_AVD": ("Beroendecentrum Malmö, Avdelning 1 abstinensvård", "SE2321000255-9B14", "Melior", "skane"),
    "S_BER_LUND": ("Beroendemottagningen Lund", "SE2321000255-9B31", "Melior", "skane"),
    "S_BER_HBG": ("Beroendemottagning Helsingborg", "SE2321000255-9B42", "Melior", "skane"),
    "S_AFF_LUND": ("Affektiva mottagningen, Vuxenpsykiatri Lund", "SE2321000255-8A12", "Melior", "skane"),
    "S_PSYKOS_MAL": ("Psykosmottagningen, Vuxenpsykiatri Malmö", "SE2321000255-8Q05", "Melior", "skane"),
    "S_AVD_LUND": ("Vuxenpsykiatrisk heldygnsavdelning 61, Lund", "SE2321000255-8H61", "Melior", "skane"),
    "S_AVD_KRS": ("Psykiatrisk vårdavdelning 3, Centralsjukhuset Kristianstad", "SE2321000255-6H03", "Melior", "skane"),
    "S_KRS_MOTT": ("Allmänpsykiatrisk mottagning Kristianstad", "SE2321000255-6P10", "Melior", "skane"),
    "S_YSTAD": ("Vuxenpsykiatrimottagning Ystad", "SE2321000255-5P44", "Melior", "skane"),
    "S_TRELLE": ("Vuxenpsykiatrimottagning Trelleborg", "SE2321000255-5P51", "Melior", "skane"),
    "S_LANDSK": ("Vuxenpsykiatrimottagning Landskrona", "SE2321000255-4P27", "Melior", "skane"),
    "S_HASSLEH": ("Psykiatrimottagning Hässleholm", "SE2321000255-6P33", "Melior", "skane"),
    "S_TRAUMA": ("Traumamottagningen, Vuxenpsykiatri Malmö", "SE2321000255-8T02", "Melior", "skane"),
    "S_ALDRE": ("Äldrepsykiatriska mottagningen Malmö", "SE2321000255-8E19", "Melior", "skane"),
    "S_ATST": ("Ätstörningsenheten, Vuxenpsykiatri Lund", "SE2321000255-8X08", "Melior", "skane"),
    # Region Skåne, PMO (primary care)
    "P_LINERO": ("Vårdcentralen Linero, Lund", "SE2321000255-P1304", "PMO", "skane"),
    "P_SORGENFRI": ("Vårdcentralen Sorgenfri, Malmö", "SE2321000255-P2211", "PMO", "skane"),
    "P_NASBY": ("Vårdcentralen Näsby, Kristianstad", "SE2321000255-P3120", "PMO", "skane"),
    "P_DROTTN": ("Vårdcentralen Drottninghög, Helsingborg", "SE2321000255-P4416", "PMO", "skane"),
    "P_YSTAD": ("Vårdcentralen Ystad, primärvårdspsykologer", "SE2321000255-P5102", "PMO", "skane"),
    "P_ESLOV": ("Vårdcentralen Eslöv", "SE2321000255-P1840", "PMO", "skane"),
    "P_UM_MAL": ("Ungdomsmottagningen Malmö Centrum", "SE2321000255-P2930", "PMO", "skane"),
    # Västra Götalandsregionen, Melior
    "V_AKUT_SU": ("Psykiatrisk akutmottagning, Sahlgrenska universitetssjukhuset Östra", "SE2321000131-E000000004410", "Melior", "vgr"),
    "V_BER_SU": ("Beroendekliniken, öppenvård Gårda, Sahlgrenska universitetssjukhuset", "SE2321000131-E000000004562", "Melior", "vgr"),
    "V_BER_SU_AKUT": ("Beroendeakuten, Sahlgrenska universitetssjukhuset", "SE2321000131-E000000004569", "Melior", "vgr"),
    "V_BER_SU_AVD": ("Beroendeklinikens vårdavdelning 358, Sahlgrenska universitetssjukhuset", "SE2321000131-E000000004571", "Melior", "vgr"),
    "V_NPF_SU": ("Vuxenpsykiatrisk neuropsykiatrisk utredningsenhet, Sahlgrenska universitetssjukhuset", "SE2321000131-E000000004630", "Melior", "vgr"),
    "V_AFF_SU": ("Psykiatri Affektiva, öppenvård, Sahlgrenska universitetssjukhuset", "SE2321000131-E000000004701", "Melior", "vgr"),
    "V_PSYKOS_SU": ("Psykiatri Psykos, öppenvårdsmottagning, Sahlgrenska universitetssjukhuset", "SE2321000131-E000000004755", "Melior", "vgr"),
    "V_PSYKOS_AVD": ("Psykiatri Psykos, vårdavdelning 207, Sahlgrenska universitetssjukhuset", "SE2321000131-E000000004760", "Melior", "vgr"),
    "V_MOLN": ("Psykiatrisk mottagning Mölndal", "SE2321000131-E000000004812", "Melior", "vgr"),
    "V_ALDRE": ("Äldrepsykiatriska mottagningen, Sahlgrenska universitetssjukhuset Mölndal", "SE2321000131-E000000004833", "Melior", "vgr"),
    "V_NU_PSYK": ("Vuxenpsykiatriska mottagningen Uddevalla, NU-sjukvården", "SE2321000131-E000000006120", "Melior", "vgr"),
    "V_NU_NPF": ("Neuropsykiatriska teamet, NU-sjukvården Trollhättan", "SE2321000131-E000000006134", "Melior", "vgr"),
    "V_NU_AVD": ("Psykiatrisk vårdavdelning 2, NÄL Trollhättan", "SE2321000131-E000000006151", "Melior", "vgr"),
    "V_SKAS": ("Vuxenpsykiatrisk mottagning, Skaraborgs sjukhus Skövde", "SE2321000131-E000000007201", "Melior", "vgr"),
    "V_SKAS_AVD": ("Psykiatrisk vårdavdelning 52, Skaraborgs sjukhus Falköping", "SE2321000131-E000000007252", "Melior", "vgr"),
    "V_SKAS_BER": ("Beroendemottagningen, Skaraborgs sjukhus Skövde", "SE2321000131-E000000007280", "Melior", "vgr"),
    "V_SAS": ("Psykiatriska öppenvårdsmottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000008110", "Melior", "vgr"),
    "V_SAS_BER": ("Beroendemottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000008142", "Melior", "vgr"),
    "V_KUNG": ("Psykiatrimottagningen, Kungälvs sjukhus", "SE2321000131-E000000005020", "Melior", "vgr"),
    "V_ALING": ("Vuxenpsykiatrimottagning Alingsås lasarett", "SE2321000131-E000000005077", "Melior", "vgr"),
}

TH = "Tidiga hypoteser"


def _luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return str((10 - total % 10) % 10)


def pnr(birth, seed, sex):
    """birth 'YYYY-MM-DD', deterministic serial from seed, sex 'k'/'m'."""
    y, m, d = birth.split("-")
    h = 0
    for ch in seed:
        h = (h * 131 + ord(ch)) % 1000003
    serial = 100 + h % 890  # 100..989
    last = serial % 10
    if sex == "m" and last % 2 == 0:
        serial += 1
    if sex == "k" and last % 2 == 1:
        serial += 1
    s = "%03d" % serial
    nine = y[2:] + m + d + s
    return "%s%s%s-%s%s" % (y, m, d, s, _luhn_digit(nine))


def N(nid, unit, template, author, role, time, sections, delay=45,
      setting="öppenvård", refs=None):
    name, hsa, system, _region = U[unit]
    t = _dt.datetime.strptime(time, "%Y-%m-%d %H:%M")
    signed = None if delay is None else (t + _dt.timedelta(minutes=delay)).strftime("%Y-%m-%dT%H:%M:00")
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": t.strftime("%Y-%m-%dT%H:%M:00"),
        "signed": signed,
        "setting": setting,
        "refs": list(refs or []),
        "sections": [{"keyword": k, "text": x} for (k, x) in sections],
    }


CASES = []


def C(name, ruleset, birth, sex, notes, must, must_not, why, as_of=None):
    if as_of is None:
        last = max(_dt.datetime.strptime(n["time"], "%Y-%m-%dT%H:%M:00") for n in notes)
        as_of = (last + _dt.timedelta(days=3)).strftime("%Y-%m-%dT00:00:00")
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr(birth, name, sex), "birth_date": birth, "protected_identity": False},
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


M101 = ("NL101", "n1")
M102 = ("NL102", "n1")

# =====================================================================
# NL102 positives: hedged psychiatric diagnosis in a visible Melior section
# =====================================================================

C("d49-misstankt-bipolar-typ2-affektiva", "skane", "1983-02-11", "k", [
    N("n1", "S_AFF_LUND", "Läkaranteckning", "Helena Borg", "läkare", "2024-03-05 09:30", [
        ("Aktuellt", "41-årig kvinna, remitterad från vårdcentralen pga recidiverande depressioner sedan 20-årsåldern. "
                     "Beskriver perioder om 4–5 dagar med minskat sömnbehov, ökad energi och köpimpulser, senast i augusti."),
        ("Status", "Vaken, orienterad, välvårdad. Lätt forcerat tal men avbrytbar. Affekt neutral till lätt förhöjd. "
                   "Inga psykotiska symtom framkommer. Förnekar aktuella suicidtankar."),
        ("Bedömning", "Misstänkt bipolär sjukdom typ II, nu euthymt läge. Sertralin bör trappas ut med försiktighet."),
        ("Planering", "Livstidskartläggning med MDQ och stämningsdagbok. Åter om 3 v."),
    ])], [M102], [M101],
  "hedged 'misstänkt bipolär sjukdom typ II' in visible Bedömning; nothing said about telling the patient")

C("d49-drag-av-eips-vgr", "vgr", "1998-07-23", "k", [
    N("n1", "V_SAS", "Psykologanteckning", "Jonas Ekström", "psykolog", "2024-02-14 13:00", [
        ("Bedömning", "Pat uppvisar drag av emotionellt instabil personlighetsstörning med affektiv instabilitet, "
                      "stark rädsla för att bli övergiven och återkommande självskadehandlingar. Fullständig SCID-5-PD ej genomförd."),
        ("Planering", "Erbjuds DBT-färdighetsträning i grupp från januari, individuell kontakt under väntetiden."),
    ])], [M102], [],
  "'drag av' a personality disorder is a hedged diagnosis, written in a visible VGR Bedömning")

C("d49-inte-osannolikt-adhd", "skane", "1996-11-02", "m", [
    N("n1", "S_NPF_MAL", "Läkaranteckning", "Ali Rahimi", "läkare", "2024-04-09 10:15", [
        ("Anamnes", "Koncentrations- och planeringssvårigheter sedan skolåldern, avbrutet gymnasium, flera avbrutna anställningar. "
                    "Föräldrarna beskriver rastlöshet redan på lågstadiet."),
        ("Bedömning", "Inte osannolikt ADHD, men pågående cannabisbruk och sömnbrist försvårar bedömningen. "
                      "Negativ U-tox krävs innan neuropsykologisk testning."),
        ("Planering", "Återbesök efter fyra veckors drogfrihet med övervakade urinprover."),
    ])], [M102], [M101],
  "litotes hedge 'inte osannolikt ADHD' in a visible section")

C("d49-kan-vara-debuterande-schizofreni", "vgr", "2001-05-30", "m", [
    N("n1", "V_PSYKOS_SU", "Läkaranteckning", "Maria Olsson", "läkare", "2024-05-16 14:00", [
        ("Aktuellt", "22-årig man, tidigare frisk, sedan ett halvår tilltagande isolering, avbrutna studier och misstänksamhet mot grannar."),
        ("Status", "Affektmatt. Svarar kortfattat med latens. Tankestopp vid två tillfällen under samtalet. "
                   "Förnekar hallucinationer men verkar lyssna inåt."),
        ("Bedömning", "Kan vara en debuterande schizofreni. Ingen akut suicidrisk, frivillig öppenvård räcker i nuläget."),
        ("Planering", "Uppföljning i förstagångsinsjuknandeteamet. Lab inkl TSH, B12, U-tox samt MR hjärna beställs."),
    ])], [M102], [],
  "'kan vara en debuterande schizofreni' is a hedged diagnosis in visible Bedömning")

C("d49-sannolikt-alkoholutlost-depression", "skane", "1971-09-14", "m", [
    N("n1", "S_BER_MAL", "Läkaranteckning", "Eva Nordin", "läkare", "2024-01-22 11:00", [
        ("Aktuellt", "Dricker ca en flaska vin dagligen senaste året. Nedstämd, sover dåligt, skäms inför familjen."),
        ("Provsvar", "PEth 1,4 µmol/l. GT 2,1. MCV 101."),
        ("Bedömning", "Sannolikt alkoholutlöst depression. Omvärdering efter fyra veckors nykterhet innan antidepressiv behandling övervägs."),
    ])], [M102], [],
  "'sannolikt alkoholutlöst depression' in a visible beroende note")

C("d49-fragestallning-autism-inskrivning", "vgr", "1989-12-03", "k", [
    N("n1", "V_NU_NPF", "Inskrivningssamtal", "Sofia Karlsson", "sjuksköterska", "2024-02-27 08:45", [
        ("Aktuellt", "Inkommen egenremiss. Frågeställning autism hos 34-årig kvinna som beskriver livslånga svårigheter "
                     "i sociala sammanhang och stark rutinbundenhet."),
        ("Åtgärd", "Inskrivningssamtal genomfört. RAADS-R och ASRS skickas hem, anhörigintervju med modern planeras."),
    ])], [M102], [],
  "'Frågeställning autism' names an open diagnostic question in a visible Aktuellt")

C("d49-utesluta-psykotisk-genes-akut", "skane", "1992-04-18", "m", [
    N("n1", "S_AKUT_LUND", "Läkaranteckning akut", "Fredrik Sandberg", "läkare", "2024-06-02 02:40", [
        ("Kontaktorsak", "Förs in av polis efter att ha stått på Clemenstorget och predikat högljutt. Sömnlös sedan fyra nätter."),
        ("Status", "Orolig, splittrat tal, svårt att följa hans resonemang. Ej alkoholpåverkad, alkometer 0,00."),
        ("Bedömning", "Behöver utesluta psykotisk genes. Pat accepterar inläggning enligt HSL."),
    ], delay=70)], [M102], [],
  "an open rule-out ('behöver utesluta psykotisk genes') keeps a psychosis diagnosis uncertain in visible text")

C("d49-fragetecken-akut-psykos-diagnosrad", "skane", "1987-08-08", "k", [
    N("n1", "S_AKUT_MAL", "Läkaranteckning akut", "Anders Hult", "läkare", "2024-07-19 22:10", [
        ("Aktuellt", "Sambon larmade 112 då pat pratat med avlidne fadern i tre dagar och vägrat äta."),
        ("Åtgärd", "Inj haloperidol 5 mg im efter samtycke. Läggs in på avd 61."),
        ("Diagnos", "?Akut och övergående psykos F23.9"),
    ], delay=55)], [M102], [],
  "leading question mark on a diagnosis line in a visible Diagnos section")

C("d49-dd-adhd-bipolar-affektiva-vgr", "vgr", "1994-03-27", "k", [
    N("n1", "V_AFF_SU", "Läkaranteckning", "Per Lindgren", "läkare", "2024-03-11 15:20", [
        ("Anamnes", "Svängande humör sedan tonåren, kortvariga perioder av irritabilitet och rastlöshet, oftast timmar till någon dag."),
        ("Bedömning", "DD: ADHD, bipolär sjukdom typ II. Stämningsdagbok under 8 veckor behövs för att skilja dessa åt."),
    ])], [M102], [],
  "'DD:' list of two psychiatric diagnoses in visible Bedömning")

C("d49-trolig-ptsd-efter-ran", "skane", "1979-10-09", "m", [
    N("n1", "S_TRAUMA", "Psykologanteckning", "Lina Berggren", "psykolog", "2024-04-24 10:00", [
        ("Aktuellt", "Efter rånet på jobbet i mars återkommande mardrömmar, undviker centrum och är ständigt på helspänn."),
        ("Bedömning", "Trolig PTSD, PCL-5 40 poäng."),
        ("Planering", "Start traumafokuserad KBT, 12 sessioner, första tid 8/5."),
    ], delay=None)], [M102], [M101],
  "unsigned draft; 'Trolig PTSD' in a visible psychologist Bedömning")

C("d49-forenlig-med-social-angest", "vgr", "2000-01-15", "m", [
    N("n1", "V_MOLN", "Psykologanteckning", "Karin Wallin", "psykolog", "2024-09-03 09:00", [
        ("Bedömning", "Symtombilden är förenlig med social ångeststörning. LSAS 84, undviker föreläsningar och telefonsamtal."),
        ("Åtgärd", "Psykoedukation. Självhjälpsprogram via Stöd och behandling erbjuds."),
    ])], [M102], [],
  "'förenlig med' social anxiety disorder is a hedged diagnosis, visible")

C("d49-testresultat-talar-for-autism", "skane", "1990-06-21", "m", [
    N("n1", "S_NPF_HBG", "Psykologanteckning", "Nora Jansson", "psykolog", "2024-10-08 13:30", [
        ("Utredning", "ADOS-2 modul 4 genomförd idag. Kommunikation 4, ömsesidigt socialt samspel 8. "
                      "Testresultaten talar för autism, sammanvägning med anamnes och WAIS-IV återstår."),
    ])], [M102], [],
  "'talar för autism' before the assessment is summed up, in a visible Utredning section")

C("d49-ev-bensodiazepinberoende", "skane", "1958-12-01", "k", [
    N("n1", "S_BER_LUND", "Läkaranteckning", "Magnus Ek", "läkare", "2024-02-06 09:10", [
        ("Aktuellt", "Förskrivs oxazepam 25 mg x 3 sedan 2019 av privatläkare, har vid två tillfällen begärt förtida förnyelse."),
        ("Bedömning", "Ev. bensodiazepinberoende. Nedtrappning föreslås med 10 % var fjortonde dag."),
    ])], [M102], [],
  "'Ev.' bensodiazepinberoende in visible Bedömning")

C("d49-mojligt-alkoholberoende-ssk", "vgr", "1975-04-04", "m", [
    N("n1", "V_BER_SU", "Bedömningssamtal", "Elin Petersson", "sjuksköterska", "2024-03-19 10:30", [
        ("Aktuellt", "Söker på eget initiativ efter varning från arbetsgivaren. AUDIT 21 p, DUDIT 0 p."),
        ("Bedömning", "Möjligt alkoholberoende, läkarbedömning behövs. Riskbruk föreligger oavsett."),
    ])], [M102], [],
  "nurse writes 'Möjligt alkoholberoende' in a visible section")

C("d49-misstankt-gad-f-diagnos-ej-annu", "skane", "1966-07-07", "k", [
    N("n1", "S_VPM_LUND", "Läkaranteckning", "Jakob Friberg", "läkare", "2024-05-06 14:45", [
        ("Bedömning", "Långvarig oro kring ekonomi och barnens hälsa, spänningshuvudvärk och insomni. "
                      "Misstänkt generaliserat ångestsyndrom men F-diagnos sätts ej ännu, mer kartläggning krävs."),
    ])], [M102], [],
  "a named suspected diagnosis stays hedged even when the note says 'F-diagnos sätts ej ännu'")

C("d49-susp-ssri-hypomani-epikris", "vgr", "1985-11-28", "m", [
    N("n1", "V_SKAS_AVD", "Epikris", "Ingrid Lund", "läkare", "2024-06-14 11:00", [
        ("Epikris", "Inlagd 12 dagar pga svår depression med suicidtankar, insatt på escitalopram 10 mg. "
                    "Dag 9 märkbart uppvarvad, sov tre timmar per natt och skrattade högljutt i korridoren. "
                    "Susp. SSRI-inducerad hypomani, escitalopram sattes ut med snabb normalisering."),
        ("Diagnos", "Svår depressiv episod utan psykotiska symtom F32.2"),
    ], setting="slutenvård")], [M102], [],
  "'Susp.' drug-induced hypomania in a visible Epikris next to a confirmed diagnosis")

C("d49-bipolaritet-kan-ej-uteslutas", "skane", "1990-02-19", "k", [
    N("n1", "S_KRS_MOTT", "Läkaranteckning", "Oskar Mattsson", "läkare", "2024-08-20 10:40", [
        ("Bedömning", "Tredje depressiva episoden på fyra år, debut postpartum. Morfar hade bipolär sjukdom. "
                      "Bipolär sjukdom kan ej uteslutas hos pat, varför litium hellre än SNRI övervägs."),
    ])], [M102], [],
  "'kan ej uteslutas' about the patient's own bipolar disorder, beside a relative's confirmed one")

C("d49-bild-som-vid-katatoni", "vgr", "1968-03-03", "k", [
    N("n1", "V_NU_AVD", "Läkaranteckning", "Mikael Strand", "läkare", "2024-10-30 16:05", [
        ("Status", "Ligger stilla i sängen med stirrande blick, svarar inte på tilltal. "
                   "Håller kvar armen i upphöjd position när undersökaren släpper taget. Bush-Francis 14 p."),
        ("Bedömning", "Bild som vid katatoni. Lorazepamtest med 1 mg iv ges nu."),
    ], delay=None, setting="slutenvård")], [M102], [],
  "unsigned draft; 'Bild som vid katatoni' is a hedged syndrome diagnosis in a visible ward note")

C("d49-inger-misstanke-atypisk-anorexi", "skane", "2002-09-12", "k", [
    N("n1", "S_ATST", "Läkaranteckning", "Cecilia Ahl", "läkare", "2024-03-26 13:15", [
        ("Bedömning", "Viktnedgång 11 kg på fem månader, BMI nu 20,1. Restriktivt ätande och kompensatorisk träning två timmar dagligen. "
                      "Inger missanke om atypisk anorexia nervosa."),
        ("Planering", "Kostregistrering, EKG och elektrolyter. Åter om två veckor."),
    ])], [M102], [],
  "typo 'Inger missanke om' still hedges an eating disorder in visible Bedömning")

C("d49-typo-missankt-add", "skane", "2004-10-25", "m", [
    N("n1", "S_NPF_MAL", "Läkaranteckning", "Ali Rahimi", "läkare", "2024-09-17 11:30", [
        ("Bedömning", "Missänkt ADD hos 19-årig man med uttalad distraherbarhet och glömska men utan hyperaktivitet. "
                      "Avvaktar skattningar från föräldrarna."),
    ])], [M102], [],
  "typo 'Missänkt' still hedges ADD in a visible note")

C("d49-typo-sannolkit-cannabispsykos", "vgr", "1999-08-01", "m", [
    N("n1", "V_AKUT_SU", "Läkaranteckning akut", "Hanna Lindholm", "läkare", "2024-11-09 03:20", [
        ("Bedömning", "Sannolkit cannabisinducerad psykos. THC positivt i urin, inga tidigare psykotiska episoder."),
        ("Åtgärd", "Inläggning avd 207 enligt LPT, vårdintyg utfärdat 03.05."),
    ], delay=90)], [M102], [],
  "typo 'Sannolkit' hedges a cannabis-induced psychosis in visible text")

C("d49-oklart-om-schizoaffektivt", "skane", "1976-01-26", "m", [
    N("n1", "S_PSYKOS_MAL", "Läkaranteckning", "Sara Holm", "läkare", "2024-04-15 09:00", [
        ("Bedömning", "Oklart om schizoaffektivt syndrom eller bipolär sjukdom med psykotiska inslag. "
                      "Hörselhallucinationer kvarstår även i euthymt läge, vilket pekar åt det förra."),
    ], delay=None)], [M102], [],
  "unsigned draft; 'Oklart om' two competing diagnoses in visible Bedömning")

C("d49-kan-rora-sig-om-delirium-tremens", "vgr", "1962-05-05", "m", [
    N("n1", "V_BER_SU_AKUT", "Läkaranteckning akut", "Johan Berg", "läkare", "2024-12-01 04:15", [
        ("Status", "Tremor, svettig, puls 124, BT 168/99. Plockar i luften, desorienterad till tid."),
        ("Bedömning", "Kan röra sig om begynnande delirum tremens, CIWA-Ar 27."),
        ("Åtgärd", "Diazepam 20 mg po, tiamin 200 mg iv. Inläggning på 358."),
    ], delay=60)], [M102], [],
  "'Kan röra sig om' delirium tremens (typo 'delirum') in visible Bedömning")

C("d49-skane-sokord-th-i-vanlig-mall", "skane", "1986-04-12", "k", [
    N("n1", "S_VPM_LUND", "Läkaranteckning", "Jakob Friberg", "läkare", "2024-06-11 10:20", [
        ("Aktuellt", "Minnesluckor i timmar, hittar kläder hon inte känner igen, andra säger att hon kallat sig vid ett annat namn."),
        ("Tidiga hypoteser", "Misstänkt dissociativ identitetsstörning, diskuteras med traumateamet."),
        ("Planering", "Återbesök 2 v, samarbete med Traumamottagningen."),
    ])], [M102], [],
  "Skåne filters by template, not sökord: a 'Tidiga hypoteser' sökord inside an ordinary Läkaranteckning stays visible")

C("d49-vgr-mall-th-men-sokord-bedomning", "vgr", "1961-09-09", "m", [
    N("n1", "V_ALING", TH, "Lars Nyberg", "läkare", "2024-07-02 13:40", [
        ("Bedömning", "Trolig paranoid personlighetsstörning. Långvarig misstro mot myndigheter och grannar, "
                      "ingen psykotisk nivå."),
    ])], [M102], [],
  "VGR filters by sökord: a template named Tidiga hypoteser with the hedge under sökord Bedömning is visible")

C("d49-vgr-th-sokord-plus-synlig-hedge", "vgr", "1973-12-14", "k", [
    N("n1", "V_KUNG", "Läkaranteckning", "Ebba Lundqvist", "läkare", "2024-09-24 14:30", [
        ("Aktuellt", "Ett tjugotal akutbesök senaste året för buksmärta, bröstsmärta och domningar utan somatisk förklaring."),
        (TH, "Misstanke om artificiellt syndrom då provsvaren inte stämmer med uppgivna symtom."),
        ("Bedömning", "Sannolikt somatiseringssyndrom. Samordnad vårdplan med vårdcentralen, fast läkarkontakt."),
    ])], [M102], [],
  "one hedge is correctly under VGR sökord Tidiga hypoteser, but another hedged diagnosis stands in visible Bedömning")

C("d49-lang-akutanteckning-misstankt-mani", "skane", "1980-03-31", "m", [
    N("n1", "S_AKUT_MAL", "Läkaranteckning akut", "Tove Engström", "läkare", "2024-08-03 23:50", [
        ("Kontaktorsak", "Kommer med hustrun som är orolig för att han inte sovit på en vecka och tagit ett lån på 400 000 kr för att starta restaurang."),
        ("Anamnes", "Tidigare behandlad för depression på VC 2016 med sertralin, avslutat. Ingen tidigare psykiatrisk slutenvård. "
                    "Mor har haft depressioner. Alkohol 2–3 glas vin per vecka enligt pat, hustrun uppger mer senaste tiden. Inga droger."),
        ("Aktuellt", "Sedan ca 10 dagar allt mindre sömn, nu 1–2 h per natt utan trötthet. Har skrivit affärsplaner hela nätterna, "
                     "ringt gamla vänner mitt i natten och köpt två bilar på avbetalning. Irriterad när hustrun ifrågasätter."),
        ("Somatiskt status", "AT gott. Cor: RR, inga blåsljud, fq 96. BT 148/92. Pulm: vesikulärt bilat. Neurologiskt grovt u.a. "
                             "Alkometer 0,00."),
        ("Psykiskt status", "Vaken, orienterad. Talträngd, svår att avbryta, tankeflykt med klangassociationer. Upprymd men "
                            "snabbt irritabel. Storhetsidéer kring affärer men korrigerbar. Ingen psykos i övrigt, inga hallucinationer. "
                            "Ångest förnekas. Insikt bristande."),
        ("Suicidriskbedömning", "Förnekar suicidtankar och planer. Inga tidigare försök. Låg akut risk."),
        ("Sociala förhållanden", "Gift, två barn 8 och 11 år. Arbetar som kock, sjukskriven sedan en vecka enligt hustrun pga konflikt med chefen. "
                                 "Kör bil dagligen. Inga vapen i hemmet."),
        ("Läkemedel", "Inga stående läkemedel. Tog enstaka zopiklon förra veckan som han fått av en kollega."),
        ("Bedömning", "Misstänkt manisk episod, första insjuknande. Ej underlag för LPT då pat samtycker till inläggning."),
        ("Åtgärd", "Lab: blodstatus, elstatus, TSH, leverstatus, PEth, U-tox. Olanzapin 10 mg till natten. "
                   "Inläggning avd 61 enligt HSL. Hustrun informeras om avdelningens telefontider."),
        ("Planering", "Avdelningsläkare tar ställning till stämningsstabiliserande behandling i morgon. Överväg kontakt med bank "
                      "angående spärr av nya krediter om pat samtycker. Sjukskrivningsintyg skrivs på avdelningen."),
    ], delay=80)], [M102], [M101],
  "long emergency chart full of hard negatives (ingen psykos, suicidtankar förnekas, mother's depression) with one hedged 'misstänkt manisk episod'")

C("d49-ssk-telefon-trol-abstinens", "vgr", "1970-10-17", "k", [
    N("n1", "V_SAS_BER", "Telefonanteckning", "Anna Bergqvist", "sjuksköterska", "2024-04-02 08:20", [
        ("Telefonkontakt", "Pat ringer, slutade dricka i förrgår efter tre veckors dagligt intag. Skakig, svettas, har sovit två timmar. "
                           "Trol. alkoholabstinens, inga kramper hittills."),
        ("Åtgärd", "Kommer till mottagningen kl 13 för CIWA-Ar och ställningstagande till oxazepam. Uppmanad att ringa 112 vid kramp."),
    ], delay=20)], [M102], [],
  "abbreviated hedge 'Trol.' on alcohol withdrawal syndrome in a nurse's visible telephone note")

C("d49-fragetecken-efter-depressionsdiagnos", "skane", "1955-08-19", "k", [
    N("n1", "S_LANDSK", "Läkaranteckning", "Gustav Holmberg", "läkare", "2024-02-20 15:00", [
        ("Aktuellt", "Sedan maken dog i höstas orkar hon inte träffa vänner, sover dåligt, aptiten minskad. MADRS-S 24."),
        ("Diagnos", "Medelsvår depressiv episod? F32.1 – att skilja från komplicerad sorgreaktion."),
    ])], [M102], [],
  "trailing question mark plus a differential on a visible Diagnos line")

C("d49-differentialdiagnostiskt-komplex-ptsd", "skane", "1988-05-22", "k", [
    N("n1", "S_YSTAD", "Psykologanteckning", "Amanda Fors", "psykolog", "2024-11-12 09:15", [
        ("Bedömning", "Upprepade övergrepp under uppväxten, affektregleringssvårigheter och negativ självbild. "
                      "Differentialdiagnostiskt övervägs komplex PTSD snarare än emotionellt instabil personlighetsstörning."),
    ])], [M102], [],
  "'Differentialdiagnostiskt övervägs' two diagnoses in visible Bedömning")

C("d49-typo-differntialdiagnos-tvang", "vgr", "1997-06-06", "k", [
    N("n1", "V_SKAS", "Psykologanteckning", "Filip Sundström", "psykolog", "2024-01-30 14:00", [
        ("Bedömning", "Ältande om att ha skadat någon med bilen, kör tillbaka för att kontrollera. "
                      "Differntialdiagnos: tvångssyndrom, generaliserat ångestsyndrom."),
    ])], [M102], [],
  "typo 'Differntialdiagnos' still lists hedged diagnoses in visible text")

C("d49-utkast-trolig-gad", "vgr", "1984-04-29", "k", [
    N("n1", "V_NU_PSYK", "Läkaranteckning", "Ola Gustavsson", "läkare", "2024-03-14 16:30", [
        ("Aktuellt", "Oro dagligen i ett år för allt från jobb till föräldrarnas hälsa, svårt att slappna av, muskelspänningar."),
        ("Bedömning", "Trolig GAD. Erbjuds KBT i grupp, sertralin som alternativ."),
    ], delay=None)], [M102], [],
  "unsigned draft (pre-signing) with 'Trolig GAD' in visible Bedömning")

C("d49-mojlig-frontotemporal-demens", "skane", "1954-11-11", "m", [
    N("n1", "S_ALDRE", "Läkaranteckning", "Birgitta Svensson", "läkare", "2024-09-10 13:00", [
        ("Anamnes", "Hustrun beskriver personlighetsförändring sedan två år: hämningslös, äter godis i stora mängder, tappat empati."),
        ("Bedömning", "Möjlig frontotemporal demnes, beteendevariant. MMSE 27 talar inte emot."),
        ("Planering", "MR hjärna, FDG-PET och remiss till minnesmottagningen."),
    ])], [M102], [],
  "'Möjlig' frontotemporal dementia (typo 'demnes') in visible äldrepsykiatri Bedömning")

C("d49-misstankt-bipolar-ej-diskuterat", "skane", "1995-03-15", "k", [
    N("n1", "S_HASSLEH", "Läkaranteckning", "Daniel Roos", "läkare", "2024-06-25 09:40", [
        ("Bedömning", "Misstänkt bipolär sjukdom typ I efter anhöriguppgifter om en veckolång period med storhetsidéer 2022. "
                      "Misstanken är inte diskuterad med pat ännu, tas upp när mer underlag finns."),
    ])], [M102], [],
  "hedged diagnosis openly visible although the author withholds it from the patient (belonged in Tidiga hypoteser); NL101 left open since only suspected")

C("d49-misstankt-serotonergt-syndrom", "vgr", "1967-01-20", "k", [
    N("n1", "V_AKUT_SU", "Läkaranteckning akut", "Hanna Lindholm", "läkare", "2024-02-10 19:30", [
        ("Aktuellt", "Står på sertralin 150 mg, fick tramadol av tandläkaren för tre dagar sedan. Nu svettig, skakig och orolig."),
        ("Status", "Temp 38,4. Puls 118. Klonus i fotlederna bilat, hyperreflexi."),
        ("Bedömning", "Misstänkt serotonergt syndrom. Tramadol och sertralin sätts ut, övervakning på akutvårdsavdelning."),
    ], delay=35)], [M102], [],
  "'Misstänkt serotonergt syndrom' in a visible psychiatric emergency note")

C("d49-anfallen-mojligen-dissociativa", "skane", "1998-12-24", "k", [
    N("n1", "S_LANDSK", "Konsultationsanteckning", "Gustav Holmberg", "läkare", "2024-10-22 14:10", [
        ("Konsultation", "Konsult från neurologen ang återkommande anfall med slutna ögon och asynkrona rörelser, normalt EEG interiktalt."),
        ("Bedömning", "Anfallen är möjligen dissociativa, differentialdiagnos mot frontallobsepilepsi kvarstår. Video-EEG rekommenderas."),
    ])], [M102], [],
  "'möjligen dissociativa' seizures plus an open differential in a visible consultation note")

C("d49-sakert-ptsd-men-mojlig-psykotisk-overbyggnad", "vgr", "1982-06-13", "m", [
    N("n1", "V_MOLN", "Läkaranteckning", "Karl Åberg", "läkare", "2024-12-05 10:30", [
        ("Diagnos", "Posttraumatiskt stressyndrom F43.1, fastställt 2022."),
        ("Bedömning", "Nytillkomna röster som kommenterar honom. Möjlig psykotisk depression som komplikation, bör utredas vidare."),
    ])], [M102], [],
  "a confirmed diagnosis does not cancel a second, hedged diagnosis in another visible section")

# =====================================================================
# NL102 hard negatives
# =====================================================================

C("d49-ev-nedstamdhet-och-angest-symtom", "skane", "1977-05-19", "k", [
    N("n1", "S_TRELLE", "Omvårdnadsanteckning", "Lisa Moberg", "sjuksköterska", "2024-03-21 10:00", [
        ("Aktuellt", "Läkemedelsuppföljning. Ev. viss nedstämdhet sista veckan, ångest framför allt kvällstid. Sover 5–6 timmar."),
        ("Bedömning", "Behov av tätare kontakt, ingen ändring av medicineringen i dag."),
    ])], [], [M102],
  "hedged symptoms (nedstämdhet, ångest) are no diagnosis")

C("d49-mojligen-okad-impulsivitet", "vgr", "1999-10-30", "k", [
    N("n1", "V_NU_PSYK", "Psykologanteckning", "Malin Eriksson", "psykolog", "2024-04-17 13:00", [
        ("Samtal", "Möjligen ökad impulsivitet när hon sover dåligt, till exempel spontana köp på nätet för flera tusen kronor. "
                   "Uppmärksamheten varierar över dagen. Arbetar vidare med sömnrutiner och beteendeanalys."),
    ])], [], [M102],
  "a hedged trait (impulsivitet) is no diagnosis")

C("d49-ev-passiva-dodstankar-telefon", "skane", "1964-02-02", "m", [
    N("n1", "S_AKUT_LUND", "Telefonanteckning", "Robert Lundin", "sjuksköterska", "2024-05-13 21:15", [
        ("Telefonkontakt", "Pat ringer psykakuten, beskriver ev. passiva dödstankar senaste dagarna men inga planer. "
                           "Sambon finns hemma, han lovar att väcka henne om det blir värre."),
        ("Åtgärd", "Tid hos ordinarie behandlare i morgon 10.30. Råd att söka direkt vid förvärring."),
    ], delay=15)], [], [M102],
  "hedged suicidal ideation is a symptom, not a diagnosis")

C("d49-suicidrisk-sannolikt-forhojd", "vgr", "1972-08-27", "m", [
    N("n1", "V_AKUT_SU", "Läkaranteckning akut", "Sebastian Falk", "läkare", "2024-07-07 01:30", [
        ("Suicidriskbedömning", "Riskfaktorer: manligt kön, nyligen separerad, arbetslös, tillgång till jaktvapen som nu lämnats till brodern. "
                                "Skyddande: två barn han träffar varannan helg. Suicidrisk sannolikt förhöjd på sikt men låg akut risk."),
        ("Åtgärd", "Hem med uppföljande samtal på mottagningen inom 48 timmar."),
    ], delay=40)], [], [M102],
  "a hedged risk assessment is no diagnosis")

C("d49-ingen-psykos-inga-hallpunkter-mani", "skane", "1993-09-05", "k", [
    N("n1", "S_AKUT_MAL", "Läkaranteckning akut", "Anders Hult", "läkare", "2024-03-30 18:45", [
        ("Psykiskt status", "Gråtmild men kontaktbar, följer resonemang väl. Ingen psykos. Inga hållpunkter för mani."),
        ("Bedömning", "Krisreaktion efter att sambon lämnat henne i morse. Inga suicidtankar."),
        ("Åtgärd", "Hem till systern i kväll, krissamtal på mottagningen på måndag."),
    ], delay=25)], [], [M102],
  "negated psychosis and mania ('ingen psykos', 'inga hållpunkter för mani') never fire")

C("d49-hereditet-mor-bipolar-morbror-trolig-schizofreni", "skane", "1997-04-23", "m", [
    N("n1", "S_AFF_LUND", "Läkaranteckning", "Helena Borg", "läkare", "2024-04-04 14:00", [
        ("Hereditet", "Mor har bipolär sjukdom typ I, behandlas med litium. Morbror trolgi schizofreni, vårdades länge på S:t Lars."),
        ("Aktuellt", "Söker för koncentrationssvårigheter i samband med tentaperiod, sover 7 h, stämningen jämn."),
    ])], [], [M102],
  "the only hedged diagnosis belongs to a relative (morbror, typo 'trolgi' schizofreni)")

C("d49-bror-utreds-for-misstankt-adhd", "vgr", "1995-09-18", "k", [
    N("n1", "V_NPF_SU", "Psykologanteckning", "Viktor Håkansson", "psykolog", "2024-10-15 09:00", [
        ("Hereditet", "Bror utreds för misstänkt ADHD, far har trolig dyslexi men aldrig utredd."),
        ("Aktuellt", "Pat söker stödsamtal för stress på arbetet, inga egna frågeställningar om NPF."),
    ])], [], [M102],
  "hedged diagnoses of brother and father, none of the patient")

C("d49-villkor-om-rosterna-atervander", "skane", "1981-07-15", "m", [
    N("n1", "S_PSYKOS_MAL", "Läkaranteckning", "Sara Holm", "läkare", "2024-06-18 11:00", [
        ("Diagnos", "Paranoid schizofreni F20.0, stabil på klozapin sedan 2021."),
        ("Planering", "Om rösterna återkommer eller han slutar sova ska han kontakta case manager samma dag eller söka psykakuten."),
    ])], [], [M102],
  "confirmed schizophrenia plus a conditional plan; nothing hedged about a diagnosis")

C("d49-ev-remiss-npf-efter-depression", "vgr", "1990-11-21", "m", [
    N("n1", "V_ALING", "Läkaranteckning", "Lars Nyberg", "läkare", "2024-02-22 10:00", [
        ("Diagnos", "Medelsvår depressiv episod F32.1."),
        ("Planering", "Ev. remiss för neuropsykiatrisk utredning när depressionen remitterat. Sertralin höjs till 100 mg."),
    ])], [], [M102],
  "'Ev.' hedges a referral (a plan), the diagnosis itself is confirmed")

C("d49-trolig-utskrivning-permission", "skane", "1978-01-31", "k", [
    N("n1", "S_AVD_KRS", "Omvårdnadsanteckning", "Jenny Blom", "sjuksköterska", "2024-09-26 20:00", [
        ("Omvårdnad", "Lugn kväll, deltog i promenadgruppen. Trolig utskrivning på fredag, ev. permission över natten till torsdag."),
    ], setting="slutenvård")], [], [M102],
  "hedges on discharge and leave are plans, not diagnoses")

C("d49-sannolikt-sombrist-bidrar-yrsel", "vgr", "1950-04-14", "k", [
    N("n1", "V_SKAS_AVD", "Omvårdnadsanteckning", "Åsa Dahl", "sjuksköterska", "2024-11-18 07:10", [
        ("Omvårdnad", "Yr vid uppstigning i morse, BT 118/70 liggande, 112/68 stående. Sannolikt sömnbrist och dåligt vätskeintag som bidrar. "
                      "Uppmuntras dricka, följs upp av dagpersonal."),
    ], setting="slutenvård")], [], [M102],
  "hedged causes that are no diagnosis (sömnbrist, lågt vätskeintag)")

C("d49-ev-nya-sjalvskador", "skane", "2003-06-08", "k", [
    N("n1", "S_AVD_LUND", "Omvårdnadsanteckning", "Ida Kronberg", "skötare", "2024-02-03 15:40", [
        ("Omvårdnad", "Håller underarmarna dolda, ev. nya självskador på vänster underarm men pat vill inte visa. Extra tillsyn var 15:e minut."),
    ], delay=None, setting="slutenvård")], [], [M102],
  "unsigned draft; hedged self-harm is a behaviour/finding, no diagnosis")

C("d49-peth-sannolikt-forhojt-fynd", "vgr", "1969-03-10", "m", [
    N("n1", "V_SAS_BER", "Omvårdnadsanteckning", "Anna Bergqvist", "sjuksköterska", "2024-06-04 10:15", [
        ("Aktuellt", "Pat i behandling för alkoholberoende, berättar om återfall i helgen. "
                     "PEth sannolikt fortfarande förhöjt, nytt prov om två veckor."),
    ])], [], [M102],
  "hedge on a lab value (PEth) with a confirmed alcohol dependence")

C("d49-hcr20-sannolikt-mattlig-vald", "skane", "1985-10-05", "m", [
    N("n1", "S_PSYKOS_MAL", "Psykologanteckning", "Jesper Åkesson", "psykolog", "2024-07-23 13:30", [
        ("Riskbedömning", "HCR-20 v3 genomförd. Sannolikt måttlig risk för framtida våld, främst vid återfall i amfetamin. "
                          "Scenarioplanering gjord med pat och boendestöd."),
    ])], [], [M102],
  "violence-risk assessment hedged with 'sannolikt', no diagnosis")

C("d49-recidiverande-depression-med-negationer", "skane", "1973-08-16", "k", [
    N("n1", "S_VPM_LUND", "Läkaranteckning", "Jakob Friberg", "läkare", "2024-10-10 09:00", [
        ("Bedömning", "Recidiverande depression, nu medelsvår episod F33.1. Inga psykotiska symtom. Ingen misstanke om bipolaritet."),
        ("Planering", "Escitalopram 10 mg, KBT-kontakt, sjukskrivning 50 % i fyra veckor."),
    ])], [], [M102],
  "confirmed diagnosis with negated psychosis and 'ingen misstanke om bipolaritet'")

C("d49-sambo-trolig-alkoholism", "vgr", "1988-02-25", "k", [
    N("n1", "V_MOLN", "Kuratorsanteckning", "Hedvig Sandström", "kurator", "2024-05-08 14:00", [
        ("Samtal", "Pat berättar att sambon dricker varje kväll och har trolig alkoholism. Hon funderar på att flytta till sin mor med barnen."),
    ], delay=None)], [], [M102],
  "unsigned draft; hedged disease of the partner, not the patient")

C("d49-utredningen-ger-ej-stod-for-autism", "vgr", "1986-07-09", "m", [
    N("n1", "V_NPF_SU", "Psykologanteckning", "Camilla Persson", "psykolog", "2024-11-05 10:00", [
        ("Sammanfattning", "ADOS-2, anhörigintervju och WAIS-IV sammanvägda. Utredningen ger inte stöd för autism. "
                           "Svårigheterna förklaras bäst av långvarig social isolering efter mobbning."),
    ])], [], [M102],
  "a negative assessment result ('ger inte stöd för autism') is no hedge")

C("d49-tidigare-misstanke-avskriven", "skane", "1979-12-29", "k", [
    N("n1", "S_KRS_MOTT", "Läkaranteckning", "Oskar Mattsson", "läkare", "2024-01-16 10:30", [
        ("Bedömning", "Tidigare misstanke om bipolär sjukdom typ II har avskrivits efter två års stämningsdagbok utan hypomana perioder."),
    ])], [], [M102],
  "a former suspicion that is now 'avskriven'")

C("d49-kriterierna-for-autism-ej-uppfyllda", "skane", "1994-01-04", "k", [
    N("n1", "S_NPF_MAL", "Psykologanteckning", "Elsa Wahlberg", "psykolog", "2024-05-30 13:00", [
        ("Bedömning", "Sammantaget är diagnostiska kriterier för autism inte uppfyllda. Kognitiv profil inom normalvariationen."),
    ])], [], [M102],
  "'kriterier ... inte uppfyllda' negates the diagnosis")

C("d49-talar-emot-bipolar-sjukdom", "skane", "1987-03-17", "m", [
    N("n1", "S_LANDSK", "Läkaranteckning", "Gustav Holmberg", "läkare", "2024-07-11 10:00", [
        ("Bedömning", "Livsdiagram och anhöriganamnes talar emot biploär sjukdom. De korta irritabla perioderna hänger ihop med alkoholintag."),
    ], delay=None)], [], [M102],
  "unsigned draft; 'talar emot' is a negation, not a hedge (typo 'biploär')")

C("d49-typo-ingen-missanke-om-psykos", "vgr", "1965-05-26", "k", [
    N("n1", "V_KUNG", "Läkaranteckning", "Ebba Lundqvist", "läkare", "2024-03-06 11:45", [
        ("Bedömning", "Ingen missanke om psykos, upplevelserna är hypnagoga och uppträder bara vid insomnande."),
    ])], [], [M102],
  "typo 'missanke' in a negated suspicion still must not fire")

C("d49-organisk-genes-uteslutes", "skane", "1963-09-01", "m", [
    N("n1", "S_ALDRE", "Läkaranteckning", "Birgitta Svensson", "läkare", "2024-12-03 09:30", [
        ("Bedömning", "Organisk genes uteslutes: MR hjärna u.a., TSH, B12, kalcium och folat normala. Depressiv episod F32.1 kvarstår som diagnos."),
    ])], [], [M102],
  "'uteslutes' rules out organic cause; the remaining diagnosis is confirmed")

C("d49-subsyndromala-restsymtom", "vgr", "1970-06-22", "k", [
    N("n1", "V_AFF_SU", "Läkaranteckning", "Per Lindgren", "läkare", "2024-09-19 14:40", [
        ("Bedömning", "Recidiverande depressiv sjukdom, nu i partiell remission med subsyndromala symtom i form av trötthet och lätt anhedoni."),
    ])], [], [M102],
  "'subsyndromala symtom' are residual symptoms of a confirmed diagnosis, not a hedged diagnosis")

C("d49-ingen-f-diagnos-satts-annu", "skane", "1983-11-06", "m", [
    N("n1", "S_HASSLEH", "Psykologanteckning", "Mira Axelsson", "psykolog", "2024-03-12 10:00", [
        ("Bedömning", "Ingen F-diagnos sätts i nuläget. Pat beskriver stress, irritabilitet och koncentrationssvårigheter efter arbetsplatskonflikt."),
    ])], [], [M102],
  "'ingen F-diagnos sätts' with only symptoms named: no diagnosis hedged")

C("d49-bekraftad-adhd-kombinerad-form", "skane", "1989-05-14", "m", [
    N("n1", "S_NPF_HBG", "Läkaranteckning", "Petter Asp", "läkare", "2024-06-20 14:00", [
        ("Diagnos", "ADHD, kombinerad form F90.0."),
        ("Bedömning", "Kriterierna uppfyllda både i barndom och vuxen ålder med funktionsnedsättning i arbete och relationer."),
    ])], [], [M102, M101],
  "confirmed ADHD, no hedge; nothing said about (not) telling")

C("d49-forstagangspsykos-faststalld-epikris", "vgr", "2000-08-30", "k", [
    N("n1", "V_PSYKOS_AVD", "Epikris", "Julia Björk", "läkare", "2024-04-30 12:00", [
        ("Epikris", "Vårdad 19 dagar enligt LPT efter förstagångsinsjuknande med paranoida vanföreställningar och hörselhallucinationer. "
                    "Svarade väl på aripiprazol 10 mg. Vid utskrivning inga psykotiska symtom, god sjukdomsinsikt."),
        ("Diagnos", "Akut polymorf psykos utan symtom av schizofreni F23.0."),
        ("Uppföljning", "Förstagångsteamet, första besök inom en vecka. Ev. dosjustering görs där."),
    ], setting="slutenvård")], [], [M102],
  "confirmed psychosis diagnosis in a discharge summary; the only 'Ev.' hedges a dose change")

# ---- PMO (Skåne primary care): diagnoses never visible there
C("d49-pmo-psykolog-misstankt-adhd", "skane", "1998-03-09", "k", [
    N("n1", "P_SORGENFRI", "Psykologbesök", "Emilia Grön", "psykolog", "2024-02-15 10:00", [
        ("Bedömning", "Misstänkt ADHD, ASRS del A 6/6. Remiss till vuxenpsykiatrin för utredning."),
    ])], [], [M102],
  "PMO never shows diagnoses: a hedged ADHD in a PMO note is must_not")

C("d49-pmo-kurator-trolig-utmattningssyndrom", "skane", "1975-10-22", "k", [
    N("n1", "P_LINERO", "Kuratorsbesök", "Ulrika Söderlund", "kurator", "2024-03-28 13:00", [
        ("Aktuellt", "Sjukskriven sedan fyra veckor, minnesproblem och ljudkänslighet efter omorganisation."),
        ("Bedömning", "Trolig utmattningssyndrom. Stödsamtal varannan vecka."),
    ])], [], [M102],
  "PMO kurator note with 'Trolig utmattningssyndrom'")

C("d49-pmo-kan-ej-utesluta-bipolar", "skane", "1991-08-04", "m", [
    N("n1", "P_NASBY", "Besök", "Henrik Nilsson", "läkare", "2024-05-02 11:15", [
        ("Bedömning", "Depression, tredje episoden. Bipolär sjukdom kan ej uteslutas då bror har diagnosen. Remiss psykiatrin."),
    ])], [], [M102],
  "PMO GP note: 'kan ej uteslutas' bipolar is not shown in 1177")

C("d49-pmo-typo-sannolik-depresion", "skane", "1960-01-18", "m", [
    N("n1", "P_DROTTN", "Psykologbesök", "Yasmin Haddad", "psykolog", "2024-08-22 09:00", [
        ("Bedömning", "Sannolik depresion av medelsvår grad, PHQ-9 16. KBT 8 sessioner."),
    ])], [], [M102],
  "PMO psychologist note with typo 'depresion'; PMO diagnoses are never visible")

C("d49-pmo-dd-gad-ptsd", "skane", "1984-12-07", "k", [
    N("n1", "P_YSTAD", "Psykologbesök", "Mattias Kjellberg", "psykolog", "2024-10-03 14:00", [
        ("Bedömning", "DD: generaliserat ångestsyndrom, PTSD efter förlossningen 2022. Fortsatt kartläggning."),
    ], delay=None)], [], [M102],
  "unsigned draft; PMO primary care psychology with a DD list")

C("d49-pmo-ungdomsmottagning-ev-atstorning", "skane", "2007-02-14", "k", [
    N("n1", "P_UM_MAL", "Kuratorsbesök", "Sanna Lindh", "kurator", "2024-11-14 15:30", [
        ("Samtal", "17-årig tjej som räknar kalorier och hoppar över lunchen. Ev. ätstörning, hänvisas till läkare på UM för vikt och puls."),
    ])], [], [M102],
  "PMO youth clinic (patient 17) with 'Ev. ätstörning'")

# ---- protected place: Skåne template / VGR sökord Tidiga hypoteser
C("d49-skane-th-mall-misstankt-bipolar", "skane", "1986-10-20", "k", [
    N("n1", "S_KRS_MOTT", TH, "Oskar Mattsson", "läkare", "2024-02-29 11:00", [
        ("Bedömning", "Misstänkt bipolär sjukdom typ II utifrån systerns uppgifter om perioder med minskat sömnbehov. Bekräftas ej av pat."),
    ])], [], [M102],
  "hedged bipolar only in a Skåne Tidiga hypoteser template note")

C("d49-skane-th-mall-drag-eips", "skane", "2001-04-03", "k", [
    N("n1", "S_YSTAD", TH, "Amanda Fors", "psykolog", "2024-05-23 10:45", [
        ("Hypotes", "Drag av emotionellt instabil personlighetsstörning, kan även vara traumarelaterat. Bör inte diskuteras förrän alliansen är stabil."),
    ])], [], [M102],
  "'drag av' EIPS in a Skåne Tidiga hypoteser template is protected")

C("d49-skane-th-mall-typo-schizotyp", "skane", "1996-09-27", "m", [
    N("n1", "S_PSYKOS_MAL", TH, "Sara Holm", "läkare", "2024-08-06 15:00", [
        ("Bedömning", "Missänkt schizotyp störning: magiskt tänkande, udda tal och social ängslan."),
    ])], [], [M102],
  "typo 'Missänkt' in a protected Skåne Tidiga hypoteser template")

C("d49-vgr-th-sokord-mojlig-schizofreni", "vgr", "1998-02-18", "m", [
    N("n1", "V_PSYKOS_SU", "Läkaranteckning", "Maria Olsson", "läkare", "2024-09-12 14:00", [
        ("Aktuellt", "Pat kommer med modern, har slutat på jobbet och sitter mest på rummet."),
        (TH, "Möjlig debuterande schizofreni, modern beskriver bisarra beteenden som pat inte själv nämner."),
        ("Planering", "Nytt besök om en vecka, lab och MR beställda."),
    ])], [], [M102],
  "VGR: the hedged schizophrenia sits only under sökord Tidiga hypoteser")

C("d49-vgr-th-sokord-fragestallning-autism", "vgr", "1990-05-05", "k", [
    N("n1", "V_NU_NPF", "Psykologanteckning", "Sofia Karlsson", "psykolog", "2024-12-10 09:30", [
        ("Aktuellt", "Tredje samtalet i utredningen, kognitiv testning fortsätter."),
        (TH, "Frågeställning autism har tillkommit under testningen, inte tagits upp med pat."),
    ])], [], [M102],
  "VGR Tidiga hypoteser sökord holds the only hedged diagnosis")

# =====================================================================
# NL101 positives: settled diagnosis visible, patient not (yet) told
# =====================================================================

C("d49-adhd-uppfylld-ej-aterkoppling", "skane", "1993-06-17", "k", [
    N("n1", "S_NPF_MAL", "Psykologanteckning", "Elsa Wahlberg", "psykolog", "2024-03-07 15:30", [
        ("Sammanfattning", "Sammanvägning av anamnes, DIVA-5, QbTest och WAIS-IV: kriterierna för ADHD, kombinerad form, är uppfyllda."),
        ("Planering", "Pat har ännu inte fått återkoppling. Återgivningssamtal bokas v. 14 tillsammans med läkare."),
    ])], [M101], [M102],
  "settled ADHD visible while 'pat har ännu inte fått återkoppling'")

C("d49-autism-meddelas-vid-atergivning", "vgr", "1988-09-09", "m", [
    N("n1", "V_NPF_SU", "Psykologanteckning", "Camilla Persson", "psykolog", "2024-04-11 16:00", [
        ("Utredning", "Utredningen avslutad. Autism utan intellektuell funktionsnedsättning F84.5 fastställs."),
        ("Planering", "Diagnosen meddelas vid återgivningssamtalet 25/4, fram till dess lämnas inga besked per telefon."),
    ])], [M101], [],
  "'diagnosen meddelas vid återgivningssamtalet' = not yet told, diagnosis already in visible text")

C("d49-schizofreni-ej-informerad-bristande-insikt", "vgr", "1990-01-07", "m", [
    N("n1", "V_PSYKOS_AVD", "Läkaranteckning", "Julia Björk", "läkare", "2024-05-03 10:00", [
        ("Bedömning", "Paranoid schizofreni F20.0, kriterierna uppfyllda med symtom sedan mer än ett år."),
        ("Information", "Pat ej informerad om diagnosen då sjukdomsinsikt saknas och han uppfattar personalen som hotfull."),
    ], setting="slutenvård")], [M101], [M102],
  "schizophrenia stated in a visible section while the patient is explicitly not informed")

C("d49-bipolar-ska-ej-informeras-annu", "skane", "1985-04-27", "k", [
    N("n1", "S_AVD_LUND", "Läkaranteckning", "Martin Ljung", "läkare", "2024-06-07 13:30", [
        ("Diagnos", "Bipolär sjukdom typ I, aktuell episod manisk med psykotiska symtom F31.2."),
        ("Planering", "Pat ska inte informeras om diagnosen förrän hon stabiliserats, bedöms i dag inte kunna ta emot beskedet."),
    ], delay=None, setting="slutenvård")], [M101], [],
  "unsigned draft; 'ska inte informeras förrän' about a settled diagnosis in a visible Diagnos section")

C("d49-alkoholberoende-ej-delgivet-berusad", "skane", "1968-08-12", "m", [
    N("n1", "S_BER_HBG", "Läkaranteckning", "Petra Wikström", "läkare", "2024-02-13 09:00", [
        ("Bedömning", "Alkoholberoende F10.2, sex av sex kriterier enligt anamnes från hustrun och journalgenomgång."),
        ("Åtgärd", "Pat alkoholpåverkad vid besöket, alkometer 0,9 promille. Diagnosen är inte delgiven honom, tas upp när han är nykter."),
    ])], [M101], [],
  "diagnosis 'inte delgiven' the patient, stated in visible Bedömning")

C("d49-alzheimer-anhoriga-vet-pat-ej", "skane", "1944-03-19", "k", [
    N("n1", "S_ALDRE", "Läkaranteckning", "Birgitta Svensson", "läkare", "2024-04-18 10:30", [
        ("Diagnos", "Alzheimers sjukdom med sen debut F00.1, MMSE 21, typisk PET."),
        ("Information", "Dottern och sonen informerade per telefon. Pat själv ännu inte informerad, samtal med båda barnen närvarande 2/5."),
    ])], [M101], [],
  "relatives told but the patient herself not yet: the patient-side rule is broken")

C("d49-eips-ej-aterkopplat", "vgr", "1996-12-02", "k", [
    N("n1", "V_SAS", "Psykologanteckning", "Jonas Ekström", "psykolog", "2024-09-05 14:00", [
        ("Bedömning", "Efter SCID-5-PD och fyra samtal uppfylls kriterierna för emotionellt instabil personlighetsstörning, borderlinetyp F60.3."),
        ("Planering", "Resultatet är ännu inte återkoplat till pat. Återgivning med behandlande läkare i oktober."),
    ])], [M101], [M102],
  "personality disorder settled but 'ännu inte återkoplat' (typo)")

C("d49-typo-aterkopling-adhd", "skane", "1980-10-28", "m", [
    N("n1", "S_NPF_HBG", "Läkaranteckning", "Petter Asp", "läkare", "2024-11-21 11:00", [
        ("Bedömning", "ADHD, huvudsakligen ouppmärksam form F90.0 B, diagnosen fastställd efter teamkonferens i dag."),
        ("Planering", "Pat har ej fått återkopling ännu, ringer honom inte förrän psykologen är tillbaka."),
    ])], [M101], [],
  "typo 'återkopling' in the not-yet-told phrase")

C("d49-korsakoff-ej-informerad", "vgr", "1956-07-01", "m", [
    N("n1", "V_BER_SU_AVD", "Läkaranteckning", "Nils Wahlström", "läkare", "2024-07-16 09:15", [
        ("Bedömning", "Korsakoffs syndrom F10.6 efter genomgången Wernicke, konfabulerar och saknar inlärning av nytt."),
        ("Information", "Pat ej informerad, bedöms inte kunna tillgodogöra sig informationen i dag. God man kontaktas."),
    ], setting="slutenvård")], [M101], [],
  "Korsakoff diagnosis visible with 'pat ej informerad'")

C("d49-hepatit-c-svar-ej-meddelat", "skane", "1987-05-11", "m", [
    N("n1", "S_BER_MAL", "Omvårdnadsanteckning", "Lovisa Hedlund", "sjuksköterska", "2024-03-04 13:45", [
        ("Provsvar", "HCV-RNA positivt, kronisk hepatit C bekräftad. Pat har ännu inte fått svaret, nås inte på telefon."),
        ("Åtgärd", "Brev med kallelse till mottagningen. Remiss infektion skrivs efter samtal med pat."),
    ], delay=None)], [M101], [],
  "unsigned draft; confirmed hepatitis C in a beroende note, patient has not received the result")

C("d49-lindrig-ifn-ej-aterkopplad", "vgr", "2003-03-23", "m", [
    N("n1", "V_NU_NPF", "Psykologanteckning", "Sofia Karlsson", "psykolog", "2024-10-17 15:00", [
        ("Utredning", "WAIS-IV helskala IQ 64, adaptiv funktion enligt ABAS-3 i linje. Lindrig intellektuell funktionsnedsättning F70 konstateras."),
        ("Planering", "Resultatet har ännu inte återkopplats till pat, återgivning med stödperson i november."),
    ])], [M101], [],
  "intellectual disability established, 'ännu inte återkopplats'")

C("d49-ssk-telefon-ptsd-dr-ringer", "skane", "1974-01-12", "k", [
    N("n1", "S_TRAUMA", "Telefonanteckning", "Emelie Rydberg", "sjuksköterska", "2024-06-19 11:40", [
        ("Telefonkontakt", "Pat undrar över utredningen. Enligt dr är diagnosen posttraumatiskt stressyndrom nu fastställd, "
                           "men pat är inte underrättad. Dr ringer henne själv i morgon."),
    ], delay=10)], [M101], [],
  "nurse records the settled PTSD and that the patient has not been told")

C("d49-typo-tvangssyndrom-ej-infomerad", "vgr", "1992-08-29", "k", [
    N("n1", "V_SKAS", "Läkaranteckning", "Emil Bergman", "läkare", "2024-02-08 10:10", [
        ("Diagnos", "Tvångssyndrom, huvudsakligen tvångshandlingar F42.1. Y-BOCS 27."),
        ("Information", "Pat ej infomerad om diagnosen, får besked vid nästa samtal."),
    ])], [M101], [],
  "typo 'infomerad'; OCD diagnosis visible, told only at the next visit")

C("d49-anorexi-ej-kommunicerad", "skane", "2005-07-15", "k", [
    N("n1", "S_ATST", "Läkaranteckning", "Cecilia Ahl", "läkare", "2024-08-08 14:00", [
        ("Diagnos", "Anorexia nervosa, restriktiv typ F50.0. BMI 15,8."),
        ("Bedömning", "Diagnosen är inte kommunicerad med pat som förnekar undervikt. Samtal med pat och föräldrar i morgon."),
    ])], [M101], [],
  "19-year-old: anorexia stated, 'inte kommunicerad med pat'")

C("d49-utkast-adhd-ej-meddelad", "vgr", "1995-11-30", "m", [
    N("n1", "V_NU_NPF", "Läkaranteckning", "Tobias Lindahl", "läkare", "2024-12-12 16:45", [
        ("Bedömning", "ADHD kombinerad form F90.0 efter avslutad utredning."),
        ("Planering", "Diagnosen ej meddelad pat, återgivning 19/12 med psykolog."),
    ], delay=None)], [M101], [],
  "unsigned draft: settled ADHD visible, 'ej meddelad pat'")

C("d49-specifik-raknesvarighet-ej-informerad", "skane", "2000-04-06", "k", [
    N("n1", "S_NPF_MAL", "Psykologanteckning", "Elsa Wahlberg", "psykolog", "2024-09-26 10:00", [
        ("Utredning", "Specifik räknesvårighet (dyskalkyli) F81.2 fastställd, övriga index inom normalvariationen."),
        ("Planering", "Pat har inte informerats om utfallet. Skriftligt utlåtande skickas efter återgivningssamtalet."),
    ])], [M101], [],
  "learning disorder settled; 'pat har inte informerats om utfallet'")

C("d49-adhd-och-autism-atergivning-med-mamma", "skane", "1999-12-20", "m", [
    N("n1", "S_LANDSK", "Psykologanteckning", "Amir Said", "psykolog", "2024-04-25 13:00", [
        ("Sammanfattning", "Både ADHD kombinerad form och autism utan intellektuell funktionsnedsättning fastställs efter teamkonferens."),
        ("Planering", "Återgivning sker med pat och hans mamma 3/5. Fram till dess lämnas inget besked om diagnoserna."),
    ])], [M101], [M102],
  "two settled NPF diagnoses, 'inget besked' until the feedback visit")

C("d49-cannabisberoende-ej-meddelat", "vgr", "2004-02-11", "m", [
    N("n1", "V_SKAS_BER", "Läkaranteckning", "Rebecka Lind", "läkare", "2024-05-14 10:00", [
        ("Bedömning", "Cannabisberoende F12.2, dagligt bruk sedan 16 års ålder, abstinens vid uppehåll."),
        ("Planering", "Har inte berättat om diagnosen för pat i dag då han lämnade besöket i affekt. Ny tid nästa vecka."),
    ])], [M101], [],
  "cannabis dependence stated, 'har inte berättat om diagnosen för pat'")

C("d49-litiumutlost-ndi-ej-informerad", "skane", "1958-09-03", "k", [
    N("n1", "S_AFF_LUND", "Läkaranteckning", "Helena Borg", "läkare", "2024-07-30 09:45", [
        ("Provsvar", "Törstprov och urinosmolalitet visar litiumutlöst nefrogen diabetes insipidus."),
        ("Planering", "Pat ej informerad ännu. Kallas till besök för genomgång och ställningstagande till byte från litium."),
    ])], [M101], [],
  "a somatic complication diagnosed in psychiatry, patient not yet informed")

C("d49-lewy-body-barnen-vet-pat-ej", "vgr", "1946-11-08", "m", [
    N("n1", "V_ALDRE", "Läkaranteckning", "Gunilla Hammar", "läkare", "2024-03-27 14:20", [
        ("Diagnos", "Lewy body-demens, DAT-scan patologisk, fluktuationer och synhallucinationer."),
        ("Information", "Hustrun har fått beskedet. Pat har ännu inte fått veta, familjen vill vara med när han informeras."),
    ])], [M101], [],
  "spouse told, patient 'ännu inte fått veta'")

C("d49-tva-anteckningar-n1-undanhaller", "skane", "1994-08-21", "k", [
    N("n1", "S_YSTAD", "Psykologanteckning", "Amanda Fors", "psykolog", "2024-10-02 15:00", [
        ("Sammanfattning", "Kriterierna för autism utan intellektuell funktionsnedsättning är uppfyllda."),
        ("Planering", "Återkoppling har inte skett. Återgivningssamtal 16/10."),
    ]),
    N("n2", "S_YSTAD", "Psykologanteckning", "Amanda Fors", "psykolog", "2024-10-16 11:30", [
        ("Återgivning", "Återgivningssamtal genomfört. Pat informerad om autismdiagnosen och fick utlåtandet. Tog beskedet lugnt, "
                        "kände igen sig i beskrivningen."),
    ])], [M101], [("NL101", "n2")],
  "first note withholds the settled diagnosis (must on n1); the later feedback note tells the patient (must_not on n2)")

C("d49-misstanke-bekraftas-i-senare-anteckning", "vgr", "1989-01-29", "k", [
    N("n1", "V_AFF_SU", "Läkaranteckning", "Per Lindgren", "läkare", "2024-01-11 10:00", [
        ("Bedömning", "Misstänkt bipolär sjukdom typ II, stämningsdagbok startas."),
    ]),
    N("n2", "V_AFF_SU", "Läkaranteckning", "Per Lindgren", "läkare", "2024-04-04 10:00", [
        ("Bedömning", "Stämningsdagboken visar två hypomana perioder om fem dagar. Bipolär sjukdom typ II F31.8 fastställs."),
        ("Information", "Diagnosen och behandlingsalternativen genomgångna med pat, som önskar börja med lamotrigin."),
    ])], [], [("NL102", "n2"), ("NL101", "n2")],
  "the later note settles and communicates the diagnosis an earlier note hedged; assert on the later note only")

C("d49-akut-sedan-avdelning-ej-informerad", "skane", "1997-10-19", "m", [
    N("n1", "S_AKUT_LUND", "Läkaranteckning akut", "Fredrik Sandberg", "läkare", "2024-08-25 03:10", [
        ("Aktuellt", "Hittad av vakt på Lunds central, förvirrad och rädd, säger att kameror i taket filmar honom."),
        ("Åtgärd", "Inläggning enligt LPT på heldygnsavdelning 61."),
    ], delay=50),
    N("n2", "S_AVD_LUND", "Läkaranteckning", "Martin Ljung", "läkare", "2024-09-20 11:00", [
        ("Bedömning", "Efter fyra veckors observation uppfylls kriterierna för schizofreni, paranoid form F20.0."),
        ("Information", "Pat ännu ej informerad om diagnosen, samtal planeras med pat och kontaktperson nästa vecka."),
    ], setting="slutenvård")], [("NL101", "n2")], [],
  "multi-note stay: the ward note written weeks later states the settled diagnosis while the patient is not yet told")

# =====================================================================
# NL101 hard negatives
# =====================================================================

C("d49-informerad-kriterier-adhd-uppfyllda", "skane", "1997-02-05", "k", [
    N("n1", "S_NPF_HBG", "Psykologanteckning", "Nora Jansson", "psykolog", "2024-01-18 14:00", [
        ("Återgivning", "Pat informerad om att kriterierna för ADHD är uppfyllda, ouppmärksam form. "
                        "Hon ställde frågor om läkemedel och om hur hon ska berätta för chefen."),
        ("Planering", "Läkarbesök för ställningstagande till farmakologisk behandling."),
    ])], [], [M101, M102],
  "the patient has been told that the ADHD criteria are met")

C("d49-lang-atergivning-autism-genomford", "vgr", "1991-04-16", "k", [
    N("n1", "V_NPF_SU", "Återgivningssamtal", "Camilla Persson", "psykolog", "2024-06-13 09:00", [
        ("Närvarande", "Pat, hennes sambo, psykolog och ansvarig läkare dr Alm."),
        ("Syfte", "Återgivning av neuropsykiatrisk utredning som pågått sedan februari, fem besök plus anhörigintervju."),
        ("Bakgrund", "Remitterad från VC 2023 med frågeställning om neuropsykiatrisk funktionsnedsättning efter två sjukskrivningar för utmattning. "
                     "Beskrivit sig som annorlunda sedan förskolan, få men djupa vänskaper och stor energiåtgång i sociala sammanhang."),
        ("Genomfört", "Anamnes med pat och modern, ADOS-2 modul 4, RAADS-R, WAIS-IV, BRIEF-A och ASRS. "
                      "WAIS-IV visar jämn profil inom genomsnittet med relativ svaghet i bearbetningshastighet."),
        ("Resultat", "Sammantaget är kriterierna för autism utan intellektuell funktionsnedsättning uppfyllda, F84.5. "
                     "Kriterierna för ADHD är inte uppfyllda; uppmärksamhetssvårigheterna förklaras av utmattning och sensorisk överbelastning."),
        ("Återkoppling", "Resultatet gicks igenom muntligt med pat idag. Hon berättade att beskedet var väntat och gav en förklaring till "
                         "mycket i hennes liv. Sambon ställde frågor om stöd i vardagen. Skriftligt utlåtande överlämnades."),
        ("Planering", "Erbjuds psykoedukativ grupp om autism hos vuxna. Kontakt med arbetsterapeut angående anpassningar i arbetet. "
                      "Intyg till Försäkringskassan skrivs av dr Alm. Avslutas på utredningsenheten efter detta."),
        ("Övrigt", "Pat frågade om hon behöver berätta för arbetsgivaren; vi gick igenom för- och nackdelar och att det är hennes eget val. "
                   "Information om kommunens stöd enligt LSS och om intresseföreningar lämnades muntligt. "
                   "Hon vill ha kopia av utlåtandet skickad till sin vårdcentral, samtycke inhämtat."),
    ], delay=120)], [], [M101, M102],
  "long feedback chart: autism diagnosis told to the patient today; ADHD negated")

C("d49-informerad-vid-forra-besoket-bipolar", "skane", "1984-05-02", "m", [
    N("n1", "S_AFF_LUND", "Läkaranteckning", "Helena Borg", "läkare", "2024-05-15 10:30", [
        ("Aktuellt", "Bipolär sjukdom typ II. Pat informerades om diagnosen vid förra besöket och har sedan läst på och pratat med sin fru."),
        ("Planering", "Lamotrigin titreras enligt schema, nu 100 mg."),
    ])], [], [M101],
  "told at an earlier visit")

C("d49-ej-informerad-om-atergivningsdatum", "vgr", "1990-07-12", "m", [
    N("n1", "V_NU_NPF", "Administrativ anteckning", "Malin Eriksson", "psykolog", "2024-03-20 08:15", [
        ("Administration", "Känd ADHD sedan 2016, nu kompletterande utredning av autism. Testningen klar."),
        ("Planering", "Pat ej informerad om datum för återgivningssamtalet ännu, kallelse skickas när läkarens schema är klart."),
    ], delay=None)], [], [M101],
  "unsigned draft; what is not yet told is a date; the known ADHD was told long ago")

C("d49-remiss-skickad-ej-meddelad", "skane", "1972-03-30", "k", [
    N("n1", "S_BER_LUND", "Omvårdnadsanteckning", "Karolina Winter", "sjuksköterska", "2024-04-08 13:20", [
        ("Aktuellt", "Pat med känt alkoholberoende sedan 2021, diagnosen diskuterad vid flera besök."),
        ("Åtgärd", "Remiss till leverläkare skickad efter förhöjt ALAT. Pat ej informerad om remissen ännu, ringer henne i eftermiddag."),
    ])], [], [M101],
  "the untold item is a referral, not a diagnosis")

C("d49-normalt-eeg-ej-meddelat", "vgr", "1983-10-04", "m", [
    N("n1", "V_PSYKOS_SU", "Läkaranteckning", "Karin Ahlström", "läkare", "2024-02-21 15:00", [
        ("Provsvar", "EEG utan epileptiform aktivitet, normalt för åldern."),
        ("Kommentar", "Känd schizofreni sedan 2010. Pat ej meddelad om EEG-svaret ännu, tas vid depåinjektionen på fredag."),
    ])], [], [M101],
  "the untold result is normal; the known schizophrenia is no news")

C("d49-skane-th-mall-ej-informerad", "skane", "1989-06-26", "m", [
    N("n1", "S_PSYKOS_MAL", TH, "Sara Holm", "läkare", "2024-09-03 10:00", [
        ("Bedömning", "Vanföreställningssyndrom F22.0 med svartsjukeparanoia mot hustrun."),
        ("Information", "Pat inte informerad om diagnosen; risk för hot mot hustrun om han läser journalen."),
    ])], [], [M101],
  "the untold diagnosis is kept only in a Skåne Tidiga hypoteser template")

C("d49-vgr-th-sokord-ej-informerad", "vgr", "1975-12-09", "k", [
    N("n1", "V_SKAS", "Läkaranteckning", "Anneli Forsberg", "läkare", "2024-11-28 14:15", [
        ("Aktuellt", "Uppföljning av sömn och oro. Mår något bättre efter sänkt arbetstid."),
        (TH, "Somatiskt syndrom F45.0 bedöms föreligga. Pat ännu inte informerad, ska tas upp varsamt vid nästa besök."),
    ])], [], [M101],
  "VGR: untold diagnosis written only under sökord Tidiga hypoteser")

C("d49-pat-informerad-foraldrarna-ej", "skane", "2005-01-24", "k", [
    N("n1", "S_VPM_LUND", "Läkaranteckning", "Jakob Friberg", "läkare", "2024-03-18 13:00", [
        ("Bedömning", "Bulimia nervosa F50.2, kräks dagligen sedan ett år."),
        ("Information", "Pat informerad om diagnosen i dag och vill inte att föräldrarna informeras. Respekteras, hon är 19 år."),
    ])], [], [M101],
  "patient told; only the parents are not")

C("d49-pat-vet-om-hcv-sambon-ej", "vgr", "1980-09-15", "m", [
    N("n1", "V_BER_SU", "Läkaranteckning", "Johan Berg", "läkare", "2024-08-29 09:30", [
        ("Aktuellt", "Kronisk hepatit C genotyp 1a. Pat vet om sin diagnos sedan i juni men vill inte att sambon får veta."),
        ("Planering", "Remiss till infektion för DAA-behandling. Information om smittvägar given."),
    ])], [], [M101],
  "patient knows the diagnosis; only the partner is not told")

C("d49-diagnos-utan-uppgift-om-information", "skane", "1962-10-11", "m", [
    N("n1", "S_KRS_MOTT", "Läkaranteckning", "Oskar Mattsson", "läkare", "2024-06-03 11:00", [
        ("Diagnos", "Paniksyndrom F41.0."),
        ("Planering", "Sertralin 50 mg, KBT-kontakt via mottagningens psykolog, återbesök sex veckor."),
    ])], [], [M101, M102],
  "confirmed diagnosis and nothing said about telling")

C("d49-negativt-utfall-ej-meddelat", "vgr", "1987-11-19", "k", [
    N("n1", "V_NU_NPF", "Psykologanteckning", "Sofia Karlsson", "psykolog", "2024-05-22 16:10", [
        ("Sammanfattning", "Utredningen talar inte för ADHD, kognitiv profil jämn och symtomdebut först i vuxen ålder."),
        ("Planering", "Pat ännu ej informerad om resultatet, återgivning 5/6."),
    ])], [], [M101, M102],
  "the result not yet told is negative (no diagnosis), and 'talar inte för' is no hedge")

C("d49-typo-inforamerad-autism", "skane", "1999-09-01", "m", [
    N("n1", "S_NPF_MAL", "Psykologanteckning", "Elsa Wahlberg", "psykolog", "2024-12-17 10:00", [
        ("Återgivning", "Pat inforamerad om att autism utan intellektuell funktionsnedsättning F84.5 fastställts. Skriftligt utlåtande lämnat."),
    ])], [], [M101],
  "typo 'inforamerad': the patient has been told")

C("d49-th-forst-sedan-berattat-i-vanlig-anteckning", "skane", "1978-02-26", "k", [
    N("n1", "S_TRELLE", TH, "Hampus Jeppsson", "läkare", "2024-01-10 10:00", [
        ("Bedömning", "Kriterierna för posttraumatiskt stressyndrom uppfylls. Pat inte redo för beskedet i dag."),
    ]),
    N("n2", "S_TRELLE", "Läkaranteckning", "Hampus Jeppsson", "läkare", "2024-02-07 10:00", [
        ("Bedömning", "Posttraumatiskt stressyndrom F43.1. Diagnosen genomgången med pat i dag, hon tyckte det var skönt att få ett namn på det."),
        ("Planering", "Start PE-terapi i mars."),
    ])], [], [("NL101", "n2"), ("NL102", "n2")],
  "later ordinary note tells the patient the diagnosis first kept in Tidiga hypoteser")

C("d49-skriftligt-utlatande-overlamnat", "vgr", "1994-10-10", "m", [
    N("n1", "V_SAS", "Psykologanteckning", "Jonas Ekström", "psykolog", "2024-07-04 13:00", [
        ("Återkoppling", "Pat har fått utlåtandet skriftligt och muntligt: ADHD kombinerad form F90.0 och dyslexi F81.0."),
    ])], [], [M101],
  "diagnoses given to the patient orally and in writing")

C("d49-litiumvarde-ej-meddelat", "skane", "1971-04-25", "k", [
    N("n1", "S_HASSLEH", "Omvårdnadsanteckning", "Linnea Falk", "sjuksköterska", "2024-10-14 14:00", [
        ("Provsvar", "S-Li 0,8 mmol/l, kreatinin och TSH normala. Bipolär sjukdom typ I, välinställd sedan många år."),
        ("Åtgärd", "Pat ej informerad om provsvaren ännu, nås inte. Inga åtgärder krävs."),
    ])], [], [M101],
  "untold item is a normal lab result")

C("d49-overflyttning-ej-meddelad", "vgr", "1967-05-17", "m", [
    N("n1", "V_SKAS_AVD", "Omvårdnadsanteckning", "Åsa Dahl", "sjuksköterska", "2024-04-26 21:00", [
        ("Omvårdnad", "Schizoaffektivt syndrom, vårdas för maniskt skov. Pat ej informerad om planerad överflyttning till avd 53 i morgon, "
                      "meddelas av ansvarig läkare på ronden."),
    ], setting="slutenvård")], [], [M101],
  "the untold item is a transfer (a plan)")

C("d49-telefonaterkoppling-autism", "skane", "1985-08-13", "k", [
    N("n1", "S_NPF_HBG", "Telefonanteckning", "Petter Asp", "läkare", "2024-08-15 15:20", [
        ("Telefonkontakt", "Återkoppling per telefon på pat:s begäran. Hon är informerad om att autism fastställts och om att utlåtande skickas hem."),
    ], delay=15)], [], [M101],
  "feedback given by phone today")

C("d49-pat-delar-ej-bedomningen", "vgr", "1963-03-08", "m", [
    N("n1", "V_AFF_SU", "Läkaranteckning", "Per Lindgren", "läkare", "2024-02-26 13:30", [
        ("Bedömning", "Bipolär sjukdom typ I. Pat informerad om diagnosen men delar inte bedömningen och menar att perioderna var normal glädje."),
        ("Planering", "Fortsatt motiverande samtal om litium."),
    ])], [], [M101],
  "patient informed but disagrees: disagreement is not 'not told'")

C("d49-transportstyrelsen-ej-informerad", "skane", "1970-12-30", "m", [
    N("n1", "S_BER_MAL", "Läkaranteckning", "Eva Nordin", "läkare", "2024-11-04 10:00", [
        ("Bedömning", "Alkoholberoende F10.2, känt för pat och diskuterat vid inskrivningen."),
        ("Planering", "Pat ej informerad om läkarens anmälningsplikt till Transportstyrelsen ännu, tas upp vid nästa besök."),
    ])], [], [M101],
  "the untold item is the legal reporting duty, not the (already told) diagnosis")

C("d49-diagnos-informerad-idag-akut", "vgr", "1955-06-24", "k", [
    N("n1", "V_AKUT_SU", "Läkaranteckning akut", "Sebastian Falk", "läkare", "2024-12-15 17:30", [
        ("Bedömning", "Delirium F05.9 på basen av urinvägsinfektion och bensodiazepinutsättning."),
        ("Information", "Pat och dottern informerade om att förvirringen beror på ett delirium och att det brukar gå över."),
    ], delay=50)], [], [M101],
  "delirium diagnosis explained to patient and daughter today")

# =====================================================================
# validation and output
# =====================================================================

CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
RECORD_KEYS = ["patient", "as_of", "notes", "access_events", "conversations", "treatments"]
NOTE_KEYS = ["id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"]
CODES = {"NL101", "NL102"}
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def _age(birth, when):
    b = _dt.date.fromisoformat(birth)
    w = when.date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def _in_2024(s):
    return s is not None and s.startswith("2024-")


def validate(cases):
    errs = []
    names = set()
    seen_sent = {}
    for c in cases:
        n = c.get("case", "?")
        if list(c.keys()) != CASE_KEYS:
            errs.append("%s: case keys %s" % (n, list(c.keys())))
        if not n.startswith("d49-"):
            errs.append("%s: name must start with d49-" % n)
        if n in names:
            errs.append("%s: duplicate case name" % n)
        names.add(n)
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append("%s: bad ruleset" % n)
        rec = c["record"]
        if list(rec.keys()) != RECORD_KEYS:
            errs.append("%s: record keys" % n)
        for k in ("access_events", "conversations", "treatments"):
            if rec[k] != []:
                errs.append("%s: %s must be empty" % (n, k))
        pat = rec["patient"]
        pid, birth = pat["id"], pat["birth_date"]
        m = re.fullmatch(r"(\d{8})-(\d{4})", pid)
        if not m:
            errs.append("%s: bad personnummer %s" % (n, pid))
        else:
            if m.group(1) != birth.replace("-", ""):
                errs.append("%s: personnummer does not match birth_date" % n)
            nine = m.group(1)[2:] + m.group(2)[:3]
            if _luhn_digit(nine) != m.group(2)[3]:
                errs.append("%s: Luhn check fails for %s" % (n, pid))
        if not _in_2024(rec["as_of"]):
            errs.append("%s: as_of not in 2024" % n)
        as_of = _dt.datetime.strptime(rec["as_of"], "%Y-%m-%dT%H:%M:%S")
        a = _age(birth, as_of)
        if 13 <= a <= 15:
            errs.append("%s: patient aged %d at as_of" % (n, a))
        notes = {}
        for note in rec["notes"]:
            if list(note.keys()) != NOTE_KEYS:
                errs.append("%s: note keys %s" % (n, list(note.keys())))
            if note["id"] in notes:
                errs.append("%s: duplicate note id" % n)
            notes[note["id"]] = note
            if note["system"] not in ("Melior", "PMO"):
                errs.append("%s: bad system" % n)
            if c["ruleset"] == "vgr" and note["system"] != "Melior":
                errs.append("%s: VGR note not Melior" % n)
            t = note["time"]
            if not _in_2024(t):
                errs.append("%s: note time not in 2024" % n)
            tt = _dt.datetime.strptime(t, "%Y-%m-%dT%H:%M:%S")
            if tt > as_of:
                errs.append("%s: note after as_of" % n)
            if 13 <= _age(birth, tt) <= 15:
                errs.append("%s: patient 13-15 at note time" % n)
            if note["signed"] is not None:
                if not _in_2024(note["signed"]):
                    errs.append("%s: signed not in 2024" % n)
                if note["signed"] < t:
                    errs.append("%s: signed before time" % n)
            if not note["sections"]:
                errs.append("%s: note without sections" % n)
            for sec in note["sections"]:
                if list(sec.keys()) != ["keyword", "text"] or not sec["keyword"] or not sec["text"].strip():
                    errs.append("%s: bad section" % n)
                    continue
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen_sent:
                            errs.append("%s: sentence repeated (also in %s): %r" % (n, seen_sent[sent], sent))
                        seen_sent.setdefault(sent, n)
        if not c["must"] and not c["must_not"]:
            errs.append("%s: no assertion" % n)
        pairs = [tuple(x) for x in c["must"]] + [tuple(x) for x in c["must_not"]]
        if len(set(pairs)) != len(pairs):
            errs.append("%s: code/target asserted twice" % n)
        for lst, kind in ((c["must"], "must"), (c["must_not"], "must_not")):
            for code, target in lst:
                if code not in CODES:
                    errs.append("%s: unexpected code %s" % (n, code))
                if target not in notes:
                    errs.append("%s: target %s missing" % (n, target))
                    continue
                system = notes[target]["system"]
                if code == "NL102" and kind == "must" and system != "Melior":
                    errs.append("%s: NL102 must on non-Melior" % n)
                if code == "NL101" and system == "PMO":
                    errs.append("%s: NL101 asserted on PMO" % n)
        if not c["why"].strip():
            errs.append("%s: empty why" % n)
    return errs


def main():
    errs = validate(CASES)
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    print("wrote %d cases to %s" % (len(CASES), OUT))


if __name__ == "__main__":
    main()
