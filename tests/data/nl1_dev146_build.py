#!/usr/bin/env python3
"""Independent test set: cardiology notes (ward, HF/arrhythmia clinics, ECG/echo/angio
answers, nurse-led anticoagulation follow-up, phone calls), rules NL101 and NL102.

Standard library only, deterministic. Writes cases.jsonl next to this file and
validates it; exits 1 on any problem.
"""
import datetime as _dt
import json
import os
import re
import sys

L = "läkare"
S = "sjuksköterska"
US = "undersköterska"
BMA = "biomedicinsk analytiker"
FT = "fysioterapeut"
KU = "kurator"

# key: (name, hsa_id, system, default setting)
U = {
    # Region Skåne, hospitals (Melior)
    "lu_avd": ("Hjärtavdelning 31, Skånes universitetssjukhus Lund", "SE2321000255-7731", "Melior", "slutenvård"),
    "lu_hia": ("Hjärtintensivavdelningen, Skånes universitetssjukhus Lund", "SE2321000255-7740", "Melior", "slutenvård"),
    "lu_hsm": ("Hjärtsviktsmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7752", "Melior", "öppenvård"),
    "lu_aryt": ("Arytmimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7758", "Melior", "öppenvård"),
    "lu_angio": ("Koronarangiografi och PCI, Skånes universitetssjukhus Lund", "SE2321000255-7764", "Melior", "slutenvård"),
    "lu_fys": ("Klinisk fysiologi och nuklearmedicin, Skånes universitetssjukhus Lund", "SE2321000255-6120", "Melior", "öppenvård"),
    "lu_barn": ("Barnhjärtmottagningen, Barn- och ungdomssjukhuset Lund", "SE2321000255-8013", "Melior", "öppenvård"),
    "lu_ak": ("Antikoagulationsmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7770", "Melior", "öppenvård"),
    "ma_avd": ("Kardiologiavdelning 4, Skånes universitetssjukhus Malmö", "SE2321000255-4404", "Melior", "slutenvård"),
    "ma_mott": ("Hjärtmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4410", "Melior", "öppenvård"),
    "ma_eko": ("Ekokardiografilaboratoriet, Skånes universitetssjukhus Malmö", "SE2321000255-4418", "Melior", "öppenvård"),
    "hbg_hia": ("Hjärtintensivavdelningen, Helsingborgs lasarett", "SE2321000255-3307", "Melior", "slutenvård"),
    "hbg_mott": ("Kardiologmottagningen, Helsingborgs lasarett", "SE2321000255-3312", "Melior", "öppenvård"),
    "kri_mott": ("Kardiologimottagningen, Centralsjukhuset Kristianstad", "SE2321000255-2205", "Melior", "öppenvård"),
    "kri_avd": ("Medicinavdelning 7 hjärta, Centralsjukhuset Kristianstad", "SE2321000255-2211", "Melior", "slutenvård"),
    "ys_mott": ("Medicinmottagningen, hjärtsektionen, Lasarettet Ystad", "SE2321000255-1904", "Melior", "öppenvård"),
    # Region Skåne, primary care (PMO)
    "vc_sod": ("Vårdcentralen Södervärn, Malmö", "SE2321000255-F031", "PMO", "öppenvård"),
    "vc_tab": ("Vårdcentralen Tåbelund, Eslöv", "SE2321000255-F117", "PMO", "öppenvård"),
    "vc_lar": ("Vårdcentralen Laröd, Helsingborg", "SE2321000255-F209", "PMO", "öppenvård"),
    "vc_nas": ("Vårdcentralen Näsby, Kristianstad", "SE2321000255-F344", "PMO", "öppenvård"),
    "hsv_hlm": ("Hemsjukvården, Vårdcentralen Hässleholm", "SE2321000255-F402", "PMO", "öppenvård"),
    # Västra Götalandsregionen (Melior)
    "su_avd": ("Kardiologavdelning 5B, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-E000000004512", "Melior", "slutenvård"),
    "su_hia": ("Hjärtintensivvårdsavdelningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-E000000004520", "Melior", "slutenvård"),
    "su_ost": ("Hjärtmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000004538", "Melior", "öppenvård"),
    "su_mol": ("Hjärtmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000004541", "Melior", "öppenvård"),
    "su_aryt": ("Arytmimottagningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-E000000004557", "Melior", "öppenvård"),
    "su_pci": ("Angiografi- och PCI-laboratoriet, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000004563", "Melior", "slutenvård"),
    "su_fys": ("Klinisk fysiologi, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-E000000003309", "Melior", "öppenvård"),
    "dsb": ("Barnhjärtcentrum, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000007716", "Melior", "öppenvård"),
    "nal_hsm": ("Hjärtsviktsmottagningen, NU-sjukvården NÄL Trollhättan", "SE2321000131-E000000010204", "Melior", "öppenvård"),
    "nal_avd": ("Medicinavdelning hjärta, NU-sjukvården NÄL Trollhättan", "SE2321000131-E000000010211", "Melior", "slutenvård"),
    "skas": ("Kardiologmottagningen, Skaraborgs sjukhus Skövde", "SE2321000131-E000000012087", "Melior", "öppenvård"),
    "skas_avd": ("Hjärtavdelning 10, Skaraborgs sjukhus Skövde", "SE2321000131-E000000012093", "Melior", "slutenvård"),
    "sas": ("Hjärtavdelning 43, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000013350", "Melior", "slutenvård"),
    "sas_mott": ("Hjärtmottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000013366", "Melior", "öppenvård"),
    "ali_ak": ("AK-mottagningen, Alingsås lasarett", "SE2321000131-E000000014409", "Melior", "öppenvård"),
    "kung": ("Medicinmottagningen hjärta, Kungälvs sjukhus", "SE2321000131-E000000015128", "Melior", "öppenvård"),
}

CASES = []


def pnr(born, serial):
    """Luhn-valid personnummer YYYYMMDD-NNNC for birth date 'YYYY-MM-DD'."""
    y, m, d = born.split("-")
    nine = y[2:] + m + d + serial
    return y + m + d + "-" + serial + str(luhn_digit(nine))


def luhn_digit(nine):
    s = 0
    for i, ch in enumerate(nine):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        s += v // 10 + v % 10
    return (10 - s % 10) % 10


def iso(t):
    return t.replace(" ", "T") + ":00"


def N(nid, unit, template, author, time, sections, signed=45, setting=None, system=None):
    """One note. time 'YYYY-MM-DD HH:MM'; signed = minutes after time, None (draft) or a time string."""
    name, hsa, sysname, sett = U[unit]
    t = _dt.datetime.strptime(time, "%Y-%m-%d %H:%M")
    if signed is None:
        sg = None
    elif isinstance(signed, int):
        sg = (t + _dt.timedelta(minutes=signed)).strftime("%Y-%m-%dT%H:%M:%S")
    else:
        sg = iso(signed)
    return {
        "id": nid,
        "system": system or sysname,
        "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author[0], "role": author[1]},
        "time": t.strftime("%Y-%m-%dT%H:%M:%S"),
        "signed": sg,
        "setting": setting or sett,
        "refs": [],
        "sections": [{"keyword": k, "text": x} for k, x in sections],
    }


def C(name, ruleset, born, serial, notes, must, must_not, why, as_of=None):
    if as_of is None:
        last = max(n["signed"] or n["time"] for n in notes)
        d = _dt.datetime.strptime(last[:10], "%Y-%m-%d") + _dt.timedelta(days=3)
        as_of = d.strftime("%Y-%m-%dT00:00:00")
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr(born, serial), "birth_date": born, "protected_identity": False},
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


M2 = [("NL102", "n1")]
N2 = [("NL102", "n1")]
M1 = [("NL101", "n1")]
N1 = [("NL101", "n1")]
N12 = [("NL101", "n1"), ("NL102", "n1")]

# ---------------------------------------------------------------------------
# Part A: NL102 positives, Region Skåne (Melior)
# ---------------------------------------------------------------------------

C("car-susp-hjartsvikt-inskrivning", "skane", "1946-02-11", "231", [
    N("n1", "lu_avd", "Inskrivningsanteckning", ("Henrik Lindqvist", L), "2024-02-14 16:20", [
        ("Anamnes", "78-årig man med känd hypertoni och DM typ 2. Söker pga tilltagande dyspné sedan tre veckor, nu andfådd redan efter en trappa. Sover med tre kuddar sedan en vecka."),
        ("Status", "AT: Opåverkad i vila, lätt takypné. Cor: regelbunden rytm, inga blåsljud. Pulm: basala rassel bilat. Ödem till knäna bilat."),
        ("Bedömning", "Misstänkt hjärtsvikt, nytillkommen. NT-proBNP skickat, eko bokas under vårdtiden."),
    ])], M2, N1, "hedge 'Misstänkt' on a new heart failure in the visible Bedömning of a Skåne Melior admission note")

C("car-trol-paroxysmalt-ff-efter-holter", "skane", "1961-09-30", "482", [
    N("n1", "lu_aryt", "Mottagningsanteckning", ("Sofia Bergkvist", L), "2024-03-05 10:40", [
        ("Aktuellt", "Återbesök efter 72-timmars Holter. Beskriver hjärtklappning i attacker, oftast kvällstid, som varar 10–30 min."),
        ("Bedömning", "Holter visar korta SVT-löp och en episod oregelbunden smalkomplexrytm under 4 min. Trol. paroxysmalt förmaksflimmer. CHA2DS2-VASc 2 p."),
        ("Planering", "Eventregistrering 14 dagar, därefter ställningstagande till antikoagulation."),
    ])], M2, [], "abbreviated hedge 'Trol.' on paroxysmal atrial fibrillation after Holter, visible clinic note")

C("car-sannolik-takotsubo-angiosvar", "skane", "1952-06-18", "606", [
    N("n1", "lu_angio", "Angiografiutlåtande", ("Anders Falk", L), "2024-04-09 13:05", [
        ("Fynd", "Koronarangiografi via hö a. radialis. Inga signifikanta stenoser i något kärlområde. Vänsterkammarangiografi visar apikal ballongering med hyperkinetiska basala segment."),
        ("Bedömning", "Sannolik takotsubokardiomyopati. Rekommenderar MR hjärta om 4–6 veckor."),
    ])], M2, [], "'Sannolik' Takotsubo cardiomyopathy in a visible angiography report")

C("car-mojlig-myokardit-ung-man", "skane", "2001-11-02", "157", [
    N("n1", "ma_avd", "Daganteckning", ("Johanna Wik", L), "2024-01-22 11:15", [
        ("Aktuellt", "22-årig man inlagd med bröstsmärta en vecka efter förkylning. Troponin T 412 → 630 ng/L. EKG med konkava ST-höjningar i flera avledningar, ingen reciprocitet."),
        ("Bedömning", "Möjilg myokardit. MR hjärta beställd, telemetri och vila tills vidare."),
    ])], M2, [], "'Möjlig' myocarditis in a visible ward note (typo 'Möjilg')")

C("car-dd-lungemboli-nstemi-hia", "skane", "1958-08-25", "318", [
    N("n1", "hbg_hia", "Inskrivningsanteckning", ("Mattias Östberg", L), "2024-05-03 02:50", [
        ("Aktuellt", "Plötslig tryckande bröstsmärta och andfåddhet sedan kvällen. Flög hem från Thailand för fyra dagar sedan."),
        ("Status", "Puls 112 reg, BT 118/74, sat 92 % luft. Cor/pulm u.a. Inga bensvullnader."),
        ("Bedömning", "Troponin lätt förhöjt, 38 ng/L. DD lungemboli, NSTEMI. DT lungartärer beställd, Innohep i behandlingsdos i väntan."),
    ], signed=None)], M2, [], "'DD' listing lung embolism and NSTEMI in a visible admission note (unsigned draft)")

C("car-typo-kan-ej-utelsutas-nstemi", "skane", "1959-12-07", "840", [
    N("n1", "kri_avd", "Daganteckning", ("Petra Holm", L), "2024-02-27 09:30", [
        ("Bedömning", "Atypisk bröstsmärta hos 64-årig kvinna med rökanamnes. Första troponin 18 ng/L, EKG utan ischemitecken. NSTEMI kan ej utelsutas innan kontrollprov efter 3 h."),
    ])], M2, [], "typo 'utelsutas' in the hedge 'kan ej uteslutas' on NSTEMI, visible ward note")

C("car-blasljud-talar-for-aortastenos", "skane", "1940-04-19", "225", [
    N("n1", "ys_mott", "Mottagningsanteckning", ("Gunnar Ekholm", L), "2024-06-11 14:20", [
        ("Kontaktorsak", "Remiss från vårdcentralen pga blåsljud och yrsel vid ansträngning."),
        ("Status", "Cor: 3/6 systoliskt ejektionsblåsljud med pm sin 2, fortleds till karotiderna. Svag S2."),
        ("Bedömning", "Blåsljudets karaktär talar för aortastenos. Eko med dopplermätning beställt."),
    ])], M2, [], "'talar för' aortic stenosis in a visible outpatient note")

C("car-eko-forenligt-med-hjartamyloidos", "skane", "1944-10-03", "517", [
    N("n1", "lu_fys", "Utlåtande ekokardiografi", ("Karin Nyström", L), "2024-03-19 15:45", [
        ("Undersökning", "Transthorakal ekokardiografi, god bildkvalitet."),
        ("Svar", "Koncentrisk VK-hypertrofi, septum 17 mm, granulerad myokardstruktur. Nedsatt longitudinell funktion med relativ apikal sparing i strain. Biatrial dilatation. Fynden är förenliga med hjärtamyloidos."),
    ])], M2, [], "echo answer with 'förenliga med' cardiac amyloidosis; Skåne clinical physiology answers are shown in Journalen")

C("car-inger-misstanke-protesendokardit", "skane", "1955-01-29", "392", [
    N("n1", "lu_avd", "Daganteckning", ("Viktor Sand", L), "2024-08-06 13:40", [
        ("Aktuellt", "Feber upp till 38,9 sedan två veckor hos pat med mekanisk aortaklaffprotes sedan 2017. Nytillkommet diastoliskt blåsljud. CRP 96."),
        ("Bedömning", "Bilden inger misstanke om protesendokardit. Blododlingar x 3 tagna, TEE imorgon förmiddag."),
    ], signed=None)], M2, [], "'inger misstanke om' prosthetic valve endocarditis, visible ward note (unsigned draft)")

C("car-telefon-kan-rora-sig-om-avnrt", "skane", "1987-05-14", "264", [
    N("n1", "lu_aryt", "Telefonanteckning", ("Linnea Cederholm", S), "2024-09-12 08:55", [
        ("Telefonkontakt", "Pat ringer efter ny attack med hjärtklappning igår, bröts med Valsalva efter ca 20 min. Enligt dr Ahlgren kan det röra sig om AVNRT, pat sätts upp för EFU och eventuell ablation. Pat nöjd med planen."),
    ])], M2, [], "nurse phone note: 'kan röra sig om' AVNRT, a hedged arrhythmia diagnosis in a visible section")

C("car-eko-bild-som-vid-perikardit", "skane", "1979-07-08", "119", [
    N("n1", "ma_eko", "Utlåtande ekokardiografi", ("Ebba Mårtensson", L), "2024-02-02 10:10", [
        ("Svar", "Normal VK-storlek och funktion, EF 60 %. Cirkumferentiell perikardvätska 6 mm, ingen diastolisk kollaps av hö förmak eller kammare. Tillsammans med remissens EKG-beskrivning bild som vid perikardit."),
    ])], M2, [], "'bild som vid' pericarditis in a visible echo report")

C("car-remiss-fragestallning-hcm", "skane", "1990-03-21", "473", [
    N("n1", "hbg_mott", "Remiss", ("Oskar Brandt", L), "2024-04-16 11:25", [
        ("Frågeställning", "Hypertrofisk kardiomyopati? 34-årig man med uttalad VK-hypertrofi och djupa negativa T-vågor på EKG, ingen hypertoni."),
        ("Anamnes", "Tränar fotboll i division 4. Lätt andfåddhet vid maximal ansträngning, ingen synkope."),
    ])], M2, [], "referral 'Frågeställning' with a question mark on hypertrophic cardiomyopathy; referrals are shown in Journalen")

C("car-barn-oklart-om-wpw", "skane", "2015-01-09", "384", [
    N("n1", "lu_barn", "Mottagningsanteckning", ("Maria Gyllenhammar", L), "2024-10-08 09:20", [
        ("Aktuellt", "9-årig flicka remitterad efter EKG tagit inför idrottsläger. Inga hjärtklappningsattacker enligt mamma."),
        ("Bedömning", "Kort PQ och deltavåg i några avledningar. Oklart om WPW-syndrom eller asymtomatisk preexcitation utan klinisk betydelse. Arbetsprov planeras för att se om preexcitationen försvinner vid hög frekvens."),
    ])], M2, [], "child under 13 (guardians read): 'Oklart om' WPW syndrome in a visible Melior note")

C("car-typo-missankt-dcm", "skane", "1968-12-30", "547", [
    N("n1", "hbg_mott", "Mottagningsanteckning", ("Erik Hallin", L), "2024-11-05 13:35", [
        ("Aktuellt", "Trötthet och minskad ork sedan i våras. Sambon tycker att han blivit grå i ansiktet."),
        ("Bedömning", "EKG med vänstersidigt skänkelblock, nytt jämfört med 2019. Missänkt dilaterad kardiomyopati, eko och NT-proBNP."),
    ])], M2, [], "typo 'Missänkt' on dilated cardiomyopathy in a visible clinic note")

C("car-arbetsdiagnos-instabil-angina", "skane", "1950-02-16", "779", [
    N("n1", "kri_avd", "Inskrivningsanteckning", ("Simon Åkesson", L), "2024-03-28 21:10", [
        ("Anamnes", "Känd kärlkramp sedan 2019, nu tilltagande anfall i vila sista dygnet. Nitro hjälper efter två doser."),
        ("Bedömning", "Arbetsdiagnos instabil angina pectoris i väntan på seriella troponiner. ASA och Brilique givet, Arixtra ordinerat."),
    ])], M2, [], "'Arbetsdiagnos' (working diagnosis) is an explicitly provisional diagnosis in a visible note")

C("car-mr-misstanke-kardiell-sarkoidos", "skane", "1971-08-13", "230", [
    N("n1", "lu_fys", "Utlåtande MR hjärta", ("Johan Rask", L), "2024-05-22 14:50", [
        ("Svar", "Lätt nedsatt VK-funktion, EF 47 %. Fläckvis sent gadoliniumupptag subepikardiellt och midmyokardiellt basalt i septum. Misstanke om kardiell sarkoidos; FDG-PET föreslås."),
    ])], M2, [], "'Misstanke om' cardiac sarcoidosis in a visible MR report")

C("car-ev-le-kort-dagant", "skane", "1977-01-25", "662", [
    N("n1", "ys_mott", "Läkaranteckning", ("Rebecka Nord", L), "2024-07-01 15:00", [
        ("Bedömning", "Ev. LE, D-dimer 1,8. DT thorax idag."),
    ])], M2, [], "one-line note: 'Ev.' with the abbreviation LE (lung embolism)")

C("car-negerad-och-trolig-perimyokardit", "skane", "1996-04-04", "058", [
    N("n1", "ma_avd", "Daganteckning", ("Carl Bengtsson", L), "2024-06-19 10:25", [
        ("Utredning", "DT lungartärer utan embolier. Ingen misstanke om aortadissektion på samma undersökning."),
        ("Bedömning", "Sammantaget trolig perimyokardit efter halsfluss. Ipren och Colchicin insätts."),
    ])], M2, [], "two negated mentions do not hide the hedged perimyocarditis that follows in the same note")

C("car-skane-sokord-th-i-vanlig-mall", "skane", "1949-11-20", "311", [
    N("n1", "ma_mott", "Mottagningsanteckning", ("Annika Lövgren", L), "2024-09-03 11:05", [
        ("Aktuellt", "Återbesök efter synkope i juli. Ingen ny svimning."),
        ("Tidiga hypoteser", "Möjligen hjärtamyloidos med tanke på karpaltunnelsyndrom bilat och låg voltage."),
    ])], M2, [], "Skåne protects by template, not by sökord: a 'Tidiga hypoteser' sökord in an ordinary Mottagningsanteckning is visible")

# ---------------------------------------------------------------------------
# Part B: NL102 positives, Västra Götalandsregionen (Melior)
# ---------------------------------------------------------------------------

C("car-vgr-misstankt-aortadissektion", "vgr", "1956-03-03", "413", [
    N("n1", "su_hia", "Inläggningsanteckning", ("Fredrik Axelsson", L), "2024-01-13 03:25", [
        ("Anamnes", "Plötslig rivande bröstsmärta med strålning mot ryggen kl 01, känd hypertoni med dålig följsamhet."),
        ("Status", "BT hö arm 176/98, vä arm 142/84. Pulsdeficit i vä a. radialis. Diastoliskt blåsljud parasternalt."),
        ("Bedömning", "Misstänkt aortadissektion typ A. Akut DT aorta, thoraxjour kontaktad, BT-sänkning med Trandate."),
    ], signed=None)], M2, [], "VGR: 'Misstänkt' aortic dissection in a visible Melior section (Bedömning) (unsigned draft)")

C("car-vgr-telemetri-susp-vt", "vgr", "1947-07-27", "271", [
    N("n1", "sas", "Daganteckning", ("Amanda Karlsson", L), "2024-02-08 08:40", [
        ("Aktuellt", "Telemetrilarm kl 03.12 med bredkomplextakykardi, 12 slag, pat sov och märkte inget. Kalium 3,3 i morse."),
        ("Bedömning", "Susp. icke-ihållande VT på ischemisk grund efter gammal hjärtinfarkt. Kalium substitueras, betablockad upptitreras."),
    ])], M2, [], "'Susp.' non-sustained ventricular tachycardia in a visible ward note")

C("car-vgr-trolig-vitrockshypertoni", "vgr", "1983-10-15", "529", [
    N("n1", "su_ost", "Mottagningsanteckning", ("Lars Höglund", L), "2024-03-14 15:10", [
        ("Aktuellt", "Hemblodtryck enligt protokoll 7 dagar: snitt 128/78. På mottagningen 165/95 efter vila."),
        ("Bedömning", "Trolig vitrockshypertoni. Ingen behandling nu, 24-timmars BT om ett år."),
    ])], M2, [], "'Trolig' white-coat hypertension (a diagnosis) in a visible VGR clinic note")

C("car-vgr-dd-perimyokardit-vs-aks", "vgr", "1993-12-01", "694", [
    N("n1", "skas_avd", "Daganteckning", ("Moa Lindblad", L), "2024-04-02 10:00", [
        ("Bedömning", "Bröstsmärta som förvärras i ryggläge, troponin stegras måttligt. DD perimyokrdit vs akut koronart syndrom. Angio kan bli aktuell om troponin fortsätter stiga."),
    ])], M2, [], "'DD ... vs ...' differential between two heart diagnoses in a visible VGR note (typo 'perimyokrdit')")

C("car-vgr-differentialdiagnostiskt-hcm", "vgr", "1964-05-06", "380", [
    N("n1", "skas", "Mottagningsanteckning", ("Torbjörn Nilsson", L), "2024-05-15 13:30", [
        ("Ekokardiografi", "Septum 16 mm, bakvägg 13 mm, ingen obstruktion i vila."),
        ("Bedömning", "Differentialdiagnostiskt hypertrofisk kardiomyopati kontra hypertensiv hjärtsjukdom. MR hjärta beställs."),
    ])], M2, [], "'Differentialdiagnostiskt' weighing HCM against hypertensive heart disease, visible")

C("car-vgr-le-kan-inte-helt-uteslutas", "vgr", "1988-02-22", "148", [
    N("n1", "sas", "Läkaranteckning", ("Nils Engström", L), "2024-06-04 17:45", [
        ("Bedömning", "Sinustakykardi 115 dagen efter ablation, sat 95 %. Lungemboli kan inte helt uteslutas trots låg klinisk sannolikhet, DT lungartärer ikväll."),
    ])], M2, [], "'kan inte helt uteslutas' lung embolism, visible note")

C("car-vgr-diagnos-fladder-fragetecken", "vgr", "1951-09-17", "255", [
    N("n1", "kung", "Mottagningsanteckning", ("Birgitta Olausson", L), "2024-07-09 09:50", [
        ("Diagnos", "Förmaksfladder? I48.3"),
        ("Åtgärd", "Frekvensreglering med Seloken ZOC 50 mg. Eventregistrering bokad."),
    ])], M2, [], "question mark after a diagnosis with ICD code under the sökord Diagnos, visible")

C("car-vgr-sannolikt-sjuk-sinusknuta", "vgr", "1939-06-26", "118", [
    N("n1", "su_aryt", "Mottagningsanteckning", ("Peter Wallin", L), "2024-08-20 11:40", [
        ("Aktuellt", "Yrselattacker och en nära-svimning i köket. Inga läkemedel som påverkar sinusknutan."),
        ("Bedömning", "Pauser upp till 4,2 s nattetid på Holter och kronotrop inkompetens vid arbetsprov. Sanolikt sjuk sinusknuta; pacemaker diskuteras med pat."),
    ])], M2, [], "'Sannolikt' sick sinus syndrome in a visible arrhythmia clinic note (typo 'Sanolikt')")

C("car-vgr-arbetsprov-talar-for-kranskarlssjukdom", "vgr", "1962-11-11", "302", [
    N("n1", "su_fys", "Utlåtande arbetsprov", ("Hanna Strand", L), "2024-09-24 14:15", [
        ("Resultat", "Cykelergometri till 150 W, 88 % av förväntat. Typisk bröstsmärta vid 125 W med 1,5 mm horisontell ST-sänkning V4–V6, normaliseras efter 4 min vila."),
        ("Bedömning", "Fynden talar för stabil kranskärlssjukdom."),
    ])], M2, [], "'talar för' stable coronary artery disease in a visible exercise-test answer")

C("car-vgr-forenligt-med-arvc", "vgr", "1998-01-30", "476", [
    N("n1", "su_mol", "Mottagningsanteckning", ("Sara Lundgren", L), "2024-10-01 10:30", [
        ("Utredning", "MR: dilaterad hö kammare med regional akinesi i fria väggen. Holter 1800 VES med vänstersidigt skänkelblocksmorfologi."),
        ("Bedömning", "Förenligt med arytmogen högerkammarkardiomyopati, uppfyller ett major- och två minorkriterier. Genetik skickas."),
    ])], M2, [], "'Förenligt med' ARVC on borderline criteria, visible note")

C("car-vgr-typo-trolgit-ff-telefon", "vgr", "1958-04-14", "357", [
    N("n1", "sas_mott", "Telefonanteckning", ("Ida Persson", S), "2024-02-19 13:20", [
        ("Telefonkontakt", "Pat ringer, klockan har visat oregelbunden puls flera gånger senaste veckan. Trolgit FF, dr Sandberg informerad och EKG bokat till i morgon."),
    ])], M2, [], "typo 'Trolgit' (trolig) on atrial fibrillation in a visible nurse phone note")

C("car-vgr-misstanke-om-attr-karpaltunnel", "vgr", "1945-08-08", "219", [
    N("n1", "nal_hsm", "Mottagningsanteckning", ("Johan Fransson", L), "2024-03-26 14:00", [
        ("Anamnes", "Opererad för karpaltunnelsyndrom bilat 2019 och 2021. Spinal stenos."),
        ("Bedömning", "Låg voltage på EKG trots tjocka väggar på eko, vilket tillsammans med anamnesen ger misstanke om ATTR-amyloidos. DPD-scint och fria lätta kedjor beställs."),
    ])], M2, [], "'ger misstanke om' ATTR amyloidosis, visible note")

C("car-vgr-mojligen-takykardiomyopati", "vgr", "1966-02-05", "498", [
    N("n1", "nal_avd", "Epikris", ("Elin Gustafsson", L), "2024-05-08 12:30", [
        ("Epikris", "Inlagd med nyupptäckt förmaksflimmer med snabbt kammarsvar, frekvens 150. Eko visade EF 35 %. Frekvensreglerad med Seloken och Digoxin."),
        ("Bedömning", "Möjligen takykardiinducerad kardiomyopati, ny eko efter tre månaders frekvenskontroll."),
    ])], M2, [], "'Möjligen' tachycardia-induced cardiomyopathy in a visible discharge summary")


C("car-vgr-kan-rora-sig-om-prinzmetal", "vgr", "1975-09-01", "364", [
    N("n1", "su_ost", "Mottagningsanteckning", ("Kristina Hedlund", L), "2024-07-16 10:45", [
        ("Aktuellt", "Bröstsmärta nattetid i vila, vaknar vid 4-tiden. Ett anfall fångat på Holter med övergående ST-höjning inferiort."),
        ("Bedömning", "Normal koronarangiografi 2023. Kan röra sig om vasospastisk angina (Prinzmetal), Isoptin insätts."),
    ])], M2, [], "'Kan röra sig om' vasospastic (Prinzmetal) angina, visible note")

C("car-vgr-inte-osannolikt-endokardit", "vgr", "1991-05-19", "425", [
    N("n1", "su_avd", "Daganteckning", ("Oliver Sjöberg", L), "2024-08-13 14:35", [
        ("Bedömning", "Feber, nytt trikuspidalisläckage och septiska lungembolier på DT. Inte osannolikt endokardit på trikuspidalisklaffen, TEE bokas och blododlingar inväntas."),
    ], signed=None)], M2, [], "'Inte osannolikt' (double-negated hedge) endocarditis, visible (unsigned draft)")

C("car-vgr-barn-misstankt-kawasaki", "vgr", "2020-03-15", "287", [
    N("n1", "dsb", "Konsultationsanteckning", ("Eva Thorsén", L), "2024-04-22 16:05", [
        ("Aktuellt", "4-årig pojke med feber sedan 6 dagar, konjunktivit utan sekretion, spruckna läppar och jordgubbstunga. Svullna händer."),
        ("Bedömning", "Misstänkt Kawasakis sjukdom. Eko av kranskärlen idag, IVIG förbereds."),
    ])], M2, [], "child under 13: 'Misstänkt' Kawasaki disease (eponym) in a visible pediatric cardiology note")

C("car-vgr-typo-misstakt-perikardit", "vgr", "1985-10-27", "513", [
    N("n1", "kung", "Läkaranteckning", ("Jonas Berg", L), "2024-09-10 12:20", [
        ("Bedömning", "Lägesberoende bröstsmärta, lindras framåtlutad. Gnidningsljud. Misstäkt perikardit, Ipren och kontroll om en vecka."),
    ])], M2, [], "typo 'Misstäkt' (misstänkt) on pericarditis, visible")

C("car-vgr-verkar-vara-medfott-lqts", "vgr", "2004-07-04", "442", [
    N("n1", "su_aryt", "Mottagningsanteckning", ("Cecilia Myrén", L), "2024-10-15 13:00", [
        ("Aktuellt", "Svimmade när väckarklockan ringde, 20 år. Tar inga QT-förlängande läkemedel."),
        ("Bedömning", "QTc 490 ms upprepat, K och Mg normala. Verkar vara medfött långt QT-syndrom; genetisk utredning och Inderal."),
    ])], M2, [], "'Verkar vara' congenital long QT syndrome, visible")

C("car-vgr-epikris-sannolik-ortostatism", "vgr", "1936-01-09", "204", [
    N("n1", "nal_avd", "Epikris", ("Ulrika Dahl", L), "2024-11-12 11:30", [
        ("Epikris", "Inlagd efter två svimningar i hemmet. Telemetri utan arytmi, eko utan klaffel. Blodtrycksfall 35 mmHg systoliskt vid uppresning."),
        ("Diagnos", "Sannolik ortostatisk hypotension, läkemedelsutlöst (doxazosin)."),
        ("Åtgärd", "Doxazosin utsatt. Stödstrumpor."),
    ])], M2, [], "'Sannolik' orthostatic hypotension under Diagnos in a visible discharge summary")

C("car-vgr-hereditet-och-egen-fh", "vgr", "1980-06-23", "331", [
    N("n1", "su_mol", "Mottagningsanteckning", ("Anders Bäckström", L), "2024-03-06 10:20", [
        ("Hereditet", "Pappa fick hjärtinfarkt vid 48 års ålder. Farbror bypassopererad vid 52."),
        ("Bedömning", "LDL 7,8 och senxantom på hälsenorna. Trolig familjär hyperkolesterolemi, DLCN 8 p. Genetik och statin."),
    ])], M2, [], "family history present, but the hedged familial hypercholesterolaemia is the patient's own")

C("car-vgr-th-sokord-plus-hedge-i-bedomning", "vgr", "1954-02-28", "566", [
    N("n1", "skas", "Mottagningsanteckning", ("Lena Frisk", L), "2024-05-29 15:25", [
        ("Tidiga hypoteser", "Misstanke om Fabrys sjukdom, alfa-galaktosidas skickat."),
        ("Bedömning", "Oförklarad VK-hypertrofi och proteinuri. Trolig hypertensiv hjärtsjukdom i första hand."),
    ])], M2, [], "a protected Tidiga hypoteser sökord does not cover a second hedged diagnosis in the visible Bedömning")

C("car-vgr-mall-th-men-sokord-bedomning", "vgr", "1967-04-12", "183", [
    N("n1", "su_ost", "Tidiga hypoteser", ("Martin Ek", L), "2024-06-12 14:10", [
        ("Bedömning", "Misstänkt kardiell sarkoidos efter AV-block III hos 57-åring. PET bokas."),
    ])], M2, [], "VGR filters by sökord, not template: template named Tidiga hypoteser with sökord Bedömning is visible")

# ---------------------------------------------------------------------------
# Part C: NL102 negatives (negation, relatives, non-diagnostic hedges,
# conditionals, confirmed diagnoses, protected places, PMO)
# ---------------------------------------------------------------------------

C("car-arbetsprov-ingen-misstanke-om-ischemi", "skane", "1963-03-09", "427", [
    N("n1", "lu_fys", "Utlåtande arbetsprov", ("Åsa Lindahl", L), "2024-01-30 13:50", [
        ("Resultat", "Cykel till 180 W, 104 % av förväntat. Avbröts pga bentrötthet. Inga ST-förändringar, ingen arytmi, normal blodtrycksreaktion."),
        ("Bedömning", "Normalt arbetsprov, ingen misstanke om ischemi."),
    ])], [], N2, "'ingen misstanke om' ischemia is a negated mention")

C("car-vgr-dt-le-uteslutes", "vgr", "1972-07-16", "631", [
    N("n1", "sas", "Daganteckning", ("Hampus Lind", L), "2024-02-15 11:20", [
        ("Utredning", "DT lungartärer utan embolier, inga infiltrat."),
        ("Bedömning", "LE uteslutes. Takykardin beror på feber och uttorkning, vätska iv."),
    ])], [], N2, "'LE uteslutes' is a ruled-out diagnosis")

C("car-tee-inga-tecken-pa-endokardit", "skane", "1949-05-05", "508", [
    N("n1", "lu_avd", "Daganteckning", ("Viktor Sand", L), "2024-08-08 15:05", [
        ("Utredning", "TEE: Mekanisk aortaprotes med normal funktion och normala gradienter. Inga vegetationer, ingen abscess, inget paravalvulärt läckage."),
        ("Bedömning", "Inga tecken på endokadit. Blododlingarna negativa efter 5 dygn. Feberfokus sökes vidare, urinodling tagen."),
    ])], [], N2, "'Inga tecken på' endocarditis after TEE is negated (typo 'endokadit')")

C("car-vgr-troponin-talar-emot-infarkt", "vgr", "1957-10-10", "276", [
    N("n1", "kung", "Läkaranteckning", ("Emma Runesson", L), "2024-03-21 19:30", [
        ("Bedömning", "Troponin 9 → 10 ng/L med 3 h mellanrum, vilket talar emot hjärtinfarkt. Smärtan muskuloskeletal, palpationsöm över sternum. Hem med Alvedon."),
    ], signed=None)], [], N2, "'talar emot' myocardial infarction is a negated mention (unsigned draft)")

C("car-mr-myokardit-avskrivs", "skane", "2000-02-14", "359", [
    N("n1", "ma_mott", "Mottagningsanteckning", ("Johanna Wik", L), "2024-03-11 09:40", [
        ("Utredning", "MR hjärta 6 veckor efter vårdtillfället: normal funktion, inget sent gadoliniumupptag, inget ödem."),
        ("Bedömning", "Myokardit avskrvis. Får återgå till full träning."),
    ])], [], N2, "'avskrivs' rules out myocarditis (typo 'avskrvis')")

C("car-vgr-typo-ingen-missanke-om-hjartsvikt", "vgr", "1960-12-20", "142", [
    N("n1", "nal_hsm", "Mottagningsanteckning", ("Anna-Karin Borg", S), "2024-04-04 10:05", [
        ("Aktuellt", "Remitterad för andfåddhet vid promenad. Ingen ortopné, inga bensvullnader."),
        ("Bedömning", "NT-proBNP 85 ng/L och normalt eko. Ingen missanke om hjärtsvikt, åter till vårdcentralen för lungutredning."),
    ])], [], N2, "typo 'missanke' inside the negation 'Ingen misstanke om' heart failure")

C("car-ekg-inte-forenligt-med-perikardit", "skane", "1995-08-31", "075", [
    N("n1", "hbg_mott", "Mottagningsanteckning", ("Oskar Brandt", L), "2024-05-14 14:45", [
        ("EKG", "Sinusrytm 58/min. J-punktshöjningar V2–V4 med slurring, stabila jämfört med EKG från 2021."),
        ("Bedömning", "EKG-förändringarna är inte förenliga med perikardit. Det rör sig om benign tidig repolarisation hos en vältränad man."),
    ])], [], N2, "'inte förenliga med' pericarditis: a negated form of a hedge phrase")


C("car-misstankt-aortastenos-bekraftades-inte", "skane", "1948-09-14", "620", [
    N("n1", "ys_mott", "Mottagningsanteckning", ("Gunnar Ekholm", L), "2024-06-25 10:35", [
        ("Bedömning", "Den aortastenos som vårdcentralen frågade efter bekräftades inte. Eko visar aortaskleros utan gradient, maxhastighet 1,9 m/s. Ingen uppföljning behövs."),
    ])], [], N2, "a suspicion raised by the referrer was not confirmed: ruled out, not hedged")

C("car-vgr-hereditet-mor-trolig-hcm", "vgr", "1986-11-04", "217", [
    N("n1", "su_mol", "Mottagningsanteckning", ("Cecilia Myrén", L), "2024-06-18 13:15", [
        ("Hereditet", "Mamma hade trolig hypertrofisk kardiomyopati och avled plötsligt vid 52 års ålder. Morbror har pacemaker."),
        ("Bedömning", "Pat själv har normalt eko och EKG. Erbjuds genetisk vägledning och ny kontroll om tre år."),
    ])], [], N2, "hedged HCM belongs to the mother (Hereditet), the patient has normal findings")

C("car-bror-utreds-for-misstankt-brugada", "skane", "1992-01-18", "683", [
    N("n1", "lu_aryt", "Mottagningsanteckning", ("Sofia Bergkvist", L), "2024-07-02 11:00", [
        ("Anamnes", "Bror utreds för misstänkt Brugadasyndrom efter svimning under feber."),
        ("Bedömning", "Pat har normalt vilo-EKG, även med högt placerade elektroder, och inga symtom. Ajmalintest erbjuds om broderns diagnos bekräftas."),
    ])], [], N2, "the suspected Brugada syndrome is the brother's")

C("car-vgr-barn-storebror-misstankt-lqts", "vgr", "2017-02-09", "390", [
    N("n1", "dsb", "Mottagningsanteckning", ("Eva Thorsén", L), "2024-08-27 09:45", [
        ("Aktuellt", "Syskonscreening. Storebror, 11 år, har misstänkt långt QT-syndrom och väntar på genetiksvar."),
        ("Status", "7-årig flicka, välmående. EKG QTc 410 ms, normal T-vågsmorfologi."),
        ("Bedömning", "Normalt EKG. Ny kontroll när broderns genetiska svar finns."),
    ])], [], N2, "child patient: the suspected long QT syndrome is the older brother's")

C("car-fladder-verifierat-ev-remiss", "skane", "1955-04-23", "274", [
    N("n1", "kri_mott", "Mottagningsanteckning", ("Lisa Hammar", L), "2024-09-17 10:20", [
        ("Bedömning", "Typiskt förmaksfladder med 2:1-överledning, verifierat på EKG idag. Frekvens 75 på Seloken."),
        ("Planering", "Ev. remiss till arytmimottagningen för ablationsbedömning om fortsatta besvär efter sommaren."),
    ])], [], N2, "'Ev.' qualifies a referral (plan); the flutter itself is confirmed")

C("car-vgr-nstemi-trolig-hemgang", "vgr", "1953-06-07", "528", [
    N("n1", "su_avd", "Daganteckning", ("Oliver Sjöberg", L), "2024-10-03 09:05", [
        ("Aktuellt", "NSTEMI, PCI mot proximala LAD i går med ett läkemedelsstent. Mobiliserad utan besvär, ljumsken utan hematom."),
        ("Planering", "Trolig hemgång imorgon förmiddag om Hb stabilt. Hjärtrehab-ssk träffar pat i eftermiddag."),
    ])], [], N2, "'Trolig' qualifies discharge; the NSTEMI is a confirmed diagnosis")


C("car-vgr-mojligen-mer-andfadd", "vgr", "1942-03-18", "165", [
    N("n1", "nal_hsm", "Sjuksköterskeanteckning", ("Anna-Karin Borg", S), "2024-11-06 10:50", [
        ("Aktuellt", "Känd hjärtsvikt med EF 40 %. Möjligen något mer andfådd i uppförsbacke sedan förra besöket, annars oförändrat. Vikt stabil 74 kg."),
        ("Åtgärd", "Sacubitril/valsartan höjs enligt ordination av dr Fransson."),
    ])], [], N2, "'Möjligen' qualifies a symptom (breathlessness) in a patient with known heart failure")

C("car-hsm-ev-latt-ankelodem", "skane", "1950-10-26", "239", [
    N("n1", "lu_hsm", "Sjuksköterskeanteckning", ("Malin Ståhl", S), "2024-01-17 14:25", [
        ("Status", "Vikt 81,2 kg, +0,4 sedan förra veckan. BT 112/68, puls 64. Ev. lätt ankelödem vä, svårbedömt pga stödstrumpa."),
        ("Åtgärd", "Spironolakton oförändrat, nytt kalium om en vecka."),
    ])], [], N2, "'Ev.' qualifies a physical finding (ankle oedema), not a diagnosis")

C("car-vgr-ak-oklart-om-pat-tagit-eliquis", "vgr", "1944-12-03", "552", [
    N("n1", "ali_ak", "Sjuksköterskeanteckning", ("Therese Holmberg", S), "2024-02-21 08:30", [
        ("Telefonkontakt", "Dottern ringer inför gastroskopi. Oklart om pat tagit Eliquis i morse, dosetten är inte fylld sedan i söndags."),
        ("Åtgärd", "Gastroskopienheten kontaktad, undersökningen flyttas till imorgon. Dottern hjälper till med dosetten."),
    ])], [], N2, "'Oklart om' concerns whether a drug was taken, not a diagnosis")

C("car-pacemaker-om-feber-sok", "skane", "1938-07-11", "468", [
    N("n1", "lu_avd", "Omvårdnadsanteckning", ("Klara Håkansson", S), "2024-03-07 15:40", [
        ("Information", "Pat informerad om såromläggning efter pacemakerinläggning. Om feber, ökad smärta eller rodnad över pacemakerfickan ska hon kontakta avdelningen eller söka akut. Stygnen tas på vårdcentralen om tio dagar."),
    ])], [], N2, "conditional advice ('Om feber ...') with no diagnosis hedged")

C("car-vgr-om-feber-ska-endokardit-misstankas", "vgr", "1961-01-06", "283", [
    N("n1", "su_avd", "Epikris", ("Amir Haddad", L), "2024-04-11 13:10", [
        ("Epikris", "Klaffbyte med biologisk aortaprotes för 6 veckor sedan, nu inlagd för sårinfektion i sternotomin som läkt på Heracillin."),
        ("Planering", "Om pat får feber framöver ska endokardit misstänkas och blododlingar tas innan antibiotika ges. Vårdcentralen informerad."),
    ])], [], N2, "hypothetical instruction ('Om ... ska endokardit misstänkas') is no hedged diagnosis of the patient now")

C("car-nyupptackt-ff-verifierat", "skane", "1957-02-02", "412", [
    N("n1", "hbg_mott", "Mottagningsanteckning", ("Erik Hallin", L), "2024-04-23 11:50", [
        ("Diagnos", "Förmaksflimmer, nyupptäckt, verifierat med 12-avlednings-EKG. CHA2DS2-VASc 3 p."),
        ("Åtgärd", "Eliquis 5 mg x 2 och Bisoprolol 2,5 mg insätts."),
    ])], [], N12, "confirmed atrial fibrillation with no hedge and nothing about informing")

C("car-vgr-eko-hfref-faststalld", "vgr", "1959-08-19", "347", [
    N("n1", "skas", "Mottagningsanteckning", ("Torbjörn Nilsson", L), "2024-05-07 09:25", [
        ("Ekokardiografi", "Dilaterad VK, EF 30 %, måttlig funktionell mitralisinsufficiens."),
        ("Diagnos", "Hjärtsvikt med nedsatt ejektionsfraktion (HFrEF), NYHA II."),
        ("Planering", "Fyra pelare: Entresto, Bisoprolol, Spironolakton och Forxiga upptitreras."),
    ])], [], N2, "confirmed HFrEF diagnosis with no hedge")

C("car-tidiga-hypoteser-mall-amyloidos", "skane", "1943-06-30", "193", [
    N("n1", "lu_hsm", "Tidiga hypoteser", ("Karin Nyström", L), "2024-06-05 16:10", [
        ("Bedömning", "Misstanke om kardiell amyloidos med tanke på eko och låg voltage. Inväntar scintigrafi innan frågan tas upp med pat."),
    ])], [], N12, "Skåne: hedged diagnosis (and its withholding) written in the protected template Tidiga hypoteser")

C("car-vgr-sokord-tidiga-hypoteser-arvc", "vgr", "1997-09-22", "604", [
    N("n1", "su_aryt", "Mottagningsanteckning", ("Peter Wallin", L), "2024-07-23 14:40", [
        ("Aktuellt", "Återbesök efter Holter, mår bra, tränar som vanligt."),
        ("Status", "Cor: regelbunden rytm utan blåsljud. BT 124/76."),
        ("Tidiga hypoteser", "Sannolik ARVC, inväntar MR och genetik innan det diskuteras."),
    ])], [], N12, "VGR: hedged ARVC only under the protected sökord Tidiga hypoteser; visible sections hold no diagnosis")

C("car-pmo-ak-trolig-ff-recidiv", "skane", "1947-01-14", "326", [
    N("n1", "vc_sod", "Telefonkontakt", ("Jenny Bengtsson", S), "2024-08-15 10:10", [
        ("Kontaktorsak", "Pat ringer, har känt oregelbunden puls sedan igår. Trolig FF-recidiv. Waranbehandlad, INR 2,6 i måndags."),
        ("Åtgärd", "Tid för EKG och läkarbesök imorgon."),
    ])], [], N2, "PMO never shows diagnoses: hedged AF recurrence in a primary-care anticoagulation note")

C("car-pmo-misstankt-hjartsvikt-vc", "skane", "1941-05-28", "447", [
    N("n1", "vc_tab", "Besöksanteckning", ("Gustav Melin", L), "2024-09-05 14:30", [
        ("Bedömning", "Misstänkt hjärtsvikt. NT-proBNP 2100, remiss eko till Lund."),
    ], signed=None)], [], N2, "PMO: 'Misstänkt' heart failure at a health centre is not shown (unsigned draft)")

C("car-pmo-dd-angina-pectoris", "skane", "1969-10-09", "285", [
    N("n1", "vc_lar", "Besöksanteckning", ("Sara Qvist", L), "2024-10-10 09:40", [
        ("Anamnes", "Tryck i bröstet i uppförsbacke sista månaden, släpper vid vila."),
        ("Bedömning", "DD angina pectoris. Remiss arbetsprov, Nitroglycerin vid behov och ASA tills svar."),
    ])], [], N2, "PMO: 'DD angina pectoris' is not shown to the patient")

C("car-pmo-hemsjukvard-ev-hjartsviktsforsamring", "skane", "1932-04-04", "162", [
    N("n1", "hsv_hlm", "Hembesök", ("Marie Lundell", S), "2024-11-14 13:00", [
        ("Aktuellt", "Viktökning 2,1 kg på fyra dagar, mer andfådd vid förflyttning. Trolig hjärtsviktsförsämring."),
        ("Åtgärd", "Dr Melin kontaktad, extra Furix 40 mg idag. Ny vikt imorgon."),
    ])], [], N2, "PMO home care: hedged heart-failure worsening is not shown")

C("car-pmo-typo-misstant-ff", "skane", "1952-12-22", "509", [
    N("n1", "vc_nas", "Besöksanteckning", ("Ahmed Rahimi", L), "2024-12-03 11:15", [
        ("Bedömning", "Oregelbunden puls vid hälsokontroll, EKG tas imorgon. Misstänt förmaksflimmer."),
    ])], [], N2, "PMO with a typo ('Misstänt'): still never shown, so no NL102")


C("car-vgr-dt-kranskarl-kan-uteslutas", "vgr", "1976-04-29", "138", [
    N("n1", "su_ost", "Mottagningsanteckning", ("Kristina Hedlund", L), "2024-02-13 11:30", [
        ("Utredning", "DT kranskärl: calciumscore 0, inga plack eller stenoser."),
        ("Bedömning", "Kranskärlssjukdom kan därmed uteslutas med hög säkerhet. Bröstsmärtan är inte kardiell, remiss tillbaka till vårdcentralen."),
    ])], [], N2, "'kan ... uteslutas' (can be excluded) without 'ej': a ruled-out diagnosis, looks like 'kan ej uteslutas'")

C("car-remiss-fragestallning-ef-efter-titrering", "skane", "1958-03-01", "255", [
    N("n1", "lu_hsm", "Remiss", ("Malin Ståhl", S), "2024-03-13 09:55", [
        ("Frågeställning", "Känd HFrEF sedan oktober, nu fullt upptitrerad. EF efter tre månaders optimal behandling? ICD-indikation?"),
    ])], [], N2, "question marks on a measurement and an indication; the heart-failure diagnosis is known, not hedged")


C("car-eventreg-ff-inte-kunnat-pavisas", "skane", "1970-09-08", "291", [
    N("n1", "lu_aryt", "Mottagningsanteckning", ("Linnea Cederholm", S), "2024-05-16 13:10", [
        ("Resultat", "Förmaksflimmer har inte kunnat påvisas trots 14 dagars eventregistrering med tre symtomregistreringar, alla sinusrytm."),
        ("Åtgärd", "Svar lämnat till pat per telefon. Remittent informerad."),
    ])], [], N2, "'har inte kunnat påvisas' negates atrial fibrillation")

C("car-vgr-om-ff-pavisas-antikoagulation", "vgr", "1949-12-29", "233", [
    N("n1", "sas_mott", "Mottagningsanteckning", ("Nils Engström", L), "2024-06-20 10:15", [
        ("Aktuellt", "Kryptogen stroke i april. Inopererad loop recorder i maj."),
        ("Planering", "Om förmaksflimmer påvisas vid fjärravläsningen ska antikoagulation sättas in (CHA2DS2-VASc 5). Avläsning varje månad."),
    ])], [], N2, "conditional plan ('Om förmaksflimmer påvisas') with no current hedged diagnosis")


C("car-holter-trolig-artefakt", "skane", "1984-02-17", "357", [
    N("n1", "ma_mott", "Utlåtande långtids-EKG", ("Carl Bengtsson", L), "2024-08-22 15:30", [
        ("Svar", "Sinusrytm 52–138/min. Den breda komplexrytmen kl 07.14 är trolig artefakt, sammanfaller med tandborstning enligt dagboken. Inga pauser över 2 s."),
    ])], [], N2, "'trolig artefakt' hedges a recording artefact, not a disease")

C("car-vgr-lab-ev-hemolys-kalium", "vgr", "1951-11-23", "152", [
    N("n1", "skas_avd", "Daganteckning", ("Mikael Ahl", L), "2024-09-19 08:20", [
        ("Lab", "Kalium 5,9, ev. hemolys i provet, tas om. Krea 102, Hb 128."),
        ("Bedömning", "Känd hjärtsvikt, stabil på peroral Furix. Planeras hem efter nytt kalium."),
    ])], [], N2, "'ev. hemolys' hedges a sample problem, not a diagnosis of the patient")


C("car-vgr-misstanken-avfardas", "vgr", "1974-03-08", "369", [
    N("n1", "su_mol", "Mottagningsanteckning", ("Sara Lundgren", L), "2024-11-19 13:45", [
        ("Bedömning", "MR hjärta visar normal T2 och ECV. Misstanken om hjärtsarkoidos avfärdas. Pacemakerkontroll enligt ordinarie rutin."),
    ])], [], N2, "'Misstanken om ... avfärdas': the suspicion itself is dismissed")

# ---------------------------------------------------------------------------
# Part D: NL101 positives (diagnosis visible, patient not told yet)
# ---------------------------------------------------------------------------

C("car-101-dcm-besked-vid-aterbesok", "skane", "1966-07-21", "318", [
    N("n1", "lu_hsm", "Mottagningsanteckning", ("Karin Nyström", L), "2024-02-28 15:20", [
        ("Ekokardiografi", "Dilaterad VK, LVEDD 68 mm, EF 25 %, global hypokinesi. Lätt mitralisinsufficiens."),
        ("Bedömning", "Dilaterad kardiomyopati. Pat är ännu inte informerad, besked ges på återbesöket 14/3 tillsammans med hustrun."),
    ])], M1, [], "confirmed dilated cardiomyopathy in a visible section while the patient is explicitly not yet told")

C("car-101-vgr-trekarlssjukdom-fore-konferens", "vgr", "1950-05-10", "274", [
    N("n1", "su_pci", "Angiografiutlåtande", ("Fredrik Axelsson", L), "2024-03-12 12:40", [
        ("Fynd", "Koronarangiografi via hö radialis. Signifikant huvudstamsstenos 70 % samt högriskstenoser i proximala LAD, LCx och RCA."),
        ("Bedömning", "Trekärlssjukdom med huvudstamsengagemang, syntax score 34. Pat ej informerad om fynden ännu – tas upp efter thoraxkonferensen på torsdag."),
    ])], M1, [], "VGR: three-vessel disease visible in an angiography report while the patient has not been told")

C("car-101-telefon-mobitz2-ej-besked", "skane", "1943-03-16", "452", [
    N("n1", "lu_aryt", "Telefonanteckning", ("Linnea Cederholm", S), "2024-04-18 10:30", [
        ("Telefonkontakt", "Holtersvaret inkommit och visar AV-block II, Mobitz typ 2, med ledning 2:1 nattetid. Pat har inte fått besked, dr Ahlgren ringer upp henne i eftermiddag. Pat själv ringde egentligen för att fråga om körkortsintyget."),
    ])], M1, [], "nurse phone note: second-degree AV block stated, patient not yet told (doctor will call back)")

C("car-101-vgr-attr-ej-meddelas-fore-genetik", "vgr", "1947-09-02", "393", [
    N("n1", "nal_hsm", "Mottagningsanteckning", ("Johan Fransson", L), "2024-04-30 13:25", [
        ("Utredning", "DPD-scintigrafi Perugini grad 3, inget monoklonalt protein i serum eller urin."),
        ("Bedömning", "ATTR-amyloidos med hjärtengagemang. Diagnosen ska inte meddelas pat förrän genetiksvaret kommit, eftersom det påverkar barnen."),
    ])], M1, [], "the note says the diagnosis must not be told yet, but writes it in a visible Bedömning")

C("car-101-ssk-telefon-mr-hcm", "skane", "1985-06-06", "227", [
    N("n1", "ma_mott", "Telefonanteckning", ("Sanna Thelin", S), "2024-05-27 09:15", [
        ("Telefonkontakt", "Pat ringer och undrar över MR-svaret. Svaret visar hypertrofisk kardiomyopati men pat är inte informerad om diagnosen, läkare tar det vid besöket 5/6. Pat fick veta att svaret finns och att doktorn går igenom det då."),
    ])], M1, [], "nurse phone note names HCM from the MR while saying the patient is not informed of the diagnosis")

C("car-101-vgr-endokardit-konfusorisk-anhoriga-vet", "vgr", "1939-10-18", "146", [
    N("n1", "su_avd", "Daganteckning", ("Amir Haddad", L), "2024-06-13 11:05", [
        ("Utredning", "TEE: 12 mm mobil vegetation på främre mitralisseglet, måttlig insufficiens."),
        ("Bedömning", "Endokardit fastställd, två majorkriterier enligt Duke. Pat konfusorisk och har ännu inte informerats. Sonen underrättad per telefon."),
    ])], M1, [], "the relative is told but the patient is not: diagnosis visible while the patient is uninformed")

C("car-101-myxom-informeras-imorgon", "skane", "1962-01-31", "508", [
    N("n1", "kri_mott", "Utlåtande ekokardiografi", ("Simon Åkesson", L), "2024-07-04 16:40", [
        ("Svar", "3 cm stjälkad, mobil tumör i vä förmak utgående från förmaksseptum, typiskt förmaksmyxom. Ingen obstruktion av mitralisostiet."),
        ("Kommentar", "Pat ovetande om fyndet, informeras av ansvarig kardiolog imorgon."),
    ], signed=None)], M1, [], "atrial myxoma in a visible echo answer while the patient is unaware of it (unsigned draft)")

C("car-101-vgr-brugada-ej-meddelat", "vgr", "1994-12-14", "375", [
    N("n1", "su_aryt", "Undersökningsanteckning", ("Cecilia Myrén", L), "2024-08-29 15:15", [
        ("Åtgärd", "Ajmalintest: typ 1-mönster i V1–V2 vid 1 mg/kg, testet avbröts enligt protokoll."),
        ("Bedömning", "Brugadasyndrom. Ännu ej medelat pat, som åkte hem med sambon innan läkarsamtalet."),
    ])], M1, [], "Brugada syndrome visible while 'ännu ej meddelat pat' (typo 'medelat')")

C("car-101-typo-infomerad-aortastenos", "skane", "1941-11-08", "336", [
    N("n1", "ys_mott", "Utlåtande ekokardiografi", ("Rebecka Nord", L), "2024-09-06 14:05", [
        ("Svar", "Kraftigt förkalkad trikuspid aortaklaff. AVA 0,7 cm², medelgradient 52 mmHg, maxhastighet 4,6 m/s."),
        ("Bedömning", "Grav aortastenos. Pat ännu ej infomerad om resultatet, ska ringas upp av dr Ekholm."),
    ])], M1, [], "typo 'infomerad' in the not-informed phrase; severe aortic stenosis is visible")

C("car-101-vgr-utkast-hfpef", "vgr", "1945-04-25", "184", [
    N("n1", "sas_mott", "Mottagningsanteckning", ("Nils Engström", L), "2024-09-25 11:50", [
        ("Bedömning", "Hjärtsvikt med bevarad EF (HFpEF) enligt eko och NT-proBNP 1450. Har ej pratat med pat om diagnosen ännu, hann inte idag."),
        ("Planering", "Forxiga 10 mg. Ny tid om fyra veckor."),
    ], signed=None)], M1, [], "unsigned draft: HFpEF written visibly while the doctor has not discussed the diagnosis with the patient")

C("car-101-barn-asd-foraldrar-ej-informerade", "skane", "2018-05-12", "261", [
    N("n1", "lu_barn", "Mottagningsanteckning", ("Maria Gyllenhammar", L), "2024-10-16 10:35", [
        ("Ekokardiografi", "ASD secundum 14 mm med vänster-högershunt. Dilaterad hö kammare, normal trikuspidalishastighet."),
        ("Bedömning", "Förmaksseptumdefekt med volymbelastning, slutning med kateter planeras. Varken barnet eller föräldrarna har informerats ännu, samtal på fredag när båda föräldrarna kan komma."),
    ])], M1, [], "child under 13: ASD visible to guardians while neither the child nor the parents have been told")

C("car-101-vgr-konstriktiv-perikardit-inget-besked", "vgr", "1958-02-19", "429", [
    N("n1", "skas", "Mottagningsanteckning", ("Lena Frisk", L), "2024-11-07 13:40", [
        ("Utredning", "Högerkateterisering med dip-and-plateau-kurva, förtjockat perikard 6 mm på DT."),
        ("Bedömning", "Konstriktiv perikardit efter strålbehandling. Inget besked givet per telefon; diagnosen meddelas pat vid återbesöket i december."),
    ])], M1, [], "constrictive pericarditis visible; the note says no message has been given yet")

C("car-101-perikardmetastas-ska-inte-informeras", "skane", "1954-08-09", "147", [
    N("n1", "lu_avd", "Daganteckning", ("Henrik Lindqvist", L), "2024-12-02 14:20", [
        ("Aktuellt", "Perikardiocentes igår, 700 ml blodtingerad vätska. Mår bättre, mindre andfådd."),
        ("Bedömning", "Cytologin visar adenocarcinom: perikardmetastas av känd lungcancer. Enligt överenskommelse med onkologen ska pat inte informeras förrän vid onkologbesöket nästa vecka."),
    ], signed=None)], M1, [], "pericardial metastasis visible while the note says the patient is not to be informed yet (unsigned draft)")

C("car-101-nstemi-hann-ej-informeras-forsta-not", "skane", "1960-10-01", "283", [
    N("n1", "ma_avd", "Daganteckning", ("Johanna Wik", L), "2024-02-06 20:45", [
        ("Aktuellt", "Troponin T 1200 ng/L, EKG med ST-sänkningar lateralt."),
        ("Bedömning", "NSTEMI. Pat hann ej informeras före kvällen, sov vid kvällsronden; tas på morgonronden."),
    ]),
    N("n2", "ma_avd", "Omvårdnadsanteckning", ("Elsa Norén", S), "2024-02-07 06:30", [
        ("Omvårdnad", "Sovit bra. Gått på toaletten själv, ingen bröstsmärta under natten. Frukost på rummet."),
    ]),
], [("NL101", "n1")], [("NL101", "n2")], "two notes: the evening note states NSTEMI untold (target n1); the nurse's night note has neither")

C("car-101-vgr-fh-genetik-pat-vet-inte-an", "vgr", "1972-03-30", "312", [
    N("n1", "su_mol", "Läkaranteckning", ("Anders Bäckström", L), "2024-03-19 12:15", [
        ("Bedömning", "Genetiksvaret bekräftar familjär hyperkolesterolemi, LDLR-variant klass 5. Patienten vet inte om det än; tid bokad för genomgång med genetisk vägledare."),
    ])], M1, [], "confirmed genetic diagnosis visible while 'Patienten vet inte om det än'")

C("car-101-vgr-ssk-beskedet-om-infarkten-ges-av-lakare", "vgr", "1952-10-24", "282", [
    N("n1", "su_hia", "Omvårdnadsanteckning", ("Rasmus Lindgren", S), "2024-03-04 22:15", [
        ("Omvårdnad", "Pat frågar flera gånger under kvällen om hon haft en hjärtinfarkt. Enligt jourläkaren ska beskedet om hjärtinfarkten ges av ansvarig läkare på ronden, pat därför inte informerad. Lugnad, somnar efter kvällsfika."),
    ])], M1, [], "nurse note names the infarction while stating the patient is not informed until the doctor's round")

C("car-101-vgr-tyst-infarkt-ej-underrattad", "vgr", "1948-07-15", "436", [
    N("n1", "su_fys", "Utlåtande MR hjärta", ("Hanna Strand", L), "2024-07-25 13:35", [
        ("Svar", "Transmuralt sent gadoliniumupptag inferolateralt motsvarande genomgången hjärtinfarkt i RCA/LCx-territoriet, ej känd sedan tidigare. EF 44 %."),
        ("Kommentar", "Remitterande kardiolog kontaktad per telefon. Pat ej underrättad om fyndet, remittenten tar det vid besöket."),
    ])], M1, [], "MR answer: a previously unknown (silent) myocardial infarction, patient 'ej underrättad'")

C("car-101-avvaktar-med-att-informera-pah", "skane", "1967-03-07", "352", [
    N("n1", "lu_hsm", "Läkaranteckning", ("Petra Holm", L), "2024-09-19 16:05", [
        ("Utredning", "Högerkateterisering: medeltryck i a. pulmonalis 48 mmHg, inkilningstryck 9 mmHg, PVR 8,2 WU."),
        ("Bedömning", "Prekapillär pulmonell hypertension, grav. Avvaktar med att informera pat tills PAH-teamet i Lund har bedömt henne på tisdag."),
    ])], M1, [], "'Avvaktar med att informera pat' about severe pulmonary hypertension written in a visible Bedömning")

# ---------------------------------------------------------------------------
# Part E: NL101 negatives
# ---------------------------------------------------------------------------

C("car-101n-hfref-informerad-idag", "skane", "1955-09-12", "476", [
    N("n1", "lu_hsm", "Mottagningsanteckning", ("Petra Holm", L), "2024-01-23 14:35", [
        ("Ekokardiografi", "EF 30 %, dilaterad VK, inga klaffel av betydelse."),
        ("Bedömning", "Hjärtsvikt med nedsatt EF. Pat informerad om diagnosen och om behandlingsplanen, frågor besvarade. Broschyr från hjärtsviktsskolan medgiven."),
    ])], [], N1, "the patient was informed of the diagnosis today")

C("car-101n-vgr-besked-vid-forra-besoket", "vgr", "1982-08-04", "258", [
    N("n1", "su_mol", "Mottagningsanteckning", ("Sara Lundgren", L), "2024-02-20 10:55", [
        ("Aktuellt", "Pat fick beskedet om hypertrofisk kardiomyopati vid förra besöket i januari och har läst på sedan dess. Undrar över tävlingsidrott."),
        ("Bedömning", "HCM utan obstruktion, låg risk enligt ESC-kalkylatorn. Måttlig träning tillåten."),
    ])], [], N1, "told at an earlier visit")

C("car-101n-fladder-ej-informerad-om-datum", "skane", "1953-12-28", "172", [
    N("n1", "lu_aryt", "Mottagningsanteckning", ("Sofia Bergkvist", L), "2024-03-26 11:20", [
        ("Bedömning", "Typiskt förmaksfladder, symtomgivande trots betablockad. Ablation av kavotrikuspidala istmus rekommenderas och pat accepterar."),
        ("Planering", "Pat ej informerad om datum för ablationen ännu, kallelse skickas när operationsplaneringen satt tiden."),
    ], signed=None)], [], N1, "what the patient has not been told is a date, not a diagnosis (unsigned draft)")

C("car-101n-vgr-remissen-ej-kand", "vgr", "1946-06-14", "331", [
    N("n1", "sas_mott", "Mottagningsanteckning", ("Amanda Karlsson", L), "2024-04-09 15:50", [
        ("Bedömning", "Grav primär mitralisinsufficiens med flail posteriora seglet, EF 58 %."),
        ("Planering", "Remiss till thoraxkirurgen på Sahlgrenska skickad efter besöket. Pat har ännu inte fått veta att remissen gått iväg, meddelas per brev."),
    ])], [], N1, "the untold item is that a referral was sent; nothing says the diagnosis is withheld")

C("car-101n-arbetsprov-normalt-ej-meddelat", "skane", "1967-02-23", "414", [
    N("n1", "kri_mott", "Utlåtande arbetsprov", ("Lisa Hammar", L), "2024-05-02 13:30", [
        ("Anamnes", "Känd hypertoni och permanent förmaksflimmer, frekvensreglerad."),
        ("Resultat", "Cykel till 160 W utan bröstsmärta och utan ischemiska ST-förändringar. Adekvat frekvensstegring. Normalt svar, pat ej meddelad ännu, brev skickas."),
    ])], [], N1, "what is not yet told is a normal result; the known diagnoses are not withheld")

C("car-101n-th-mall-sarkoidos-ej-informerad", "skane", "1964-11-15", "295", [
    N("n1", "lu_hsm", "Tidiga hypoteser", ("Karin Nyström", L), "2024-05-28 16:30", [
        ("Bedömning", "Kardiell sarkoidos mycket sannolik enligt PET med fokalt upptag. Pat ej informerad i väntan på myokardbiopsi."),
    ])], [], N12, "Skåne: the untold diagnosis is kept in the protected template Tidiga hypoteser")

C("car-101n-vgr-th-sokord-ej-informerad", "vgr", "1959-01-04", "163", [
    N("n1", "skas", "Mottagningsanteckning", ("Torbjörn Nilsson", L), "2024-06-26 09:35", [
        ("Aktuellt", "Återbesök. Mår bra, cyklar till jobbet."),
        ("Status", "BT 138/84, puls 66 reg. Cor/pulm u.a."),
        ("Tidiga hypoteser", "Fabrys sjukdom? Alfa-galaktosidasaktivitet låg, genetik skickad. Pat ej informerad om misstanken."),
    ])], [], N12, "VGR: the untold hypothesis is kept only under the protected sökord Tidiga hypoteser")

C("car-101n-pat-vet-barnen-ej-informerade", "skane", "1942-07-07", "389", [
    N("n1", "lu_hsm", "Läkaranteckning", ("Petra Holm", L), "2024-07-11 14:10", [
        ("Bedömning", "ATTR-amyloidos av vildtyp med hjärtengagemang. Pat informerd om diagnosen och om tafamidis."),
        ("Information", "Pat önskar att barnen inte informeras förrän efter semestern, vilket respekteras."),
    ])], [], N1, "the patient is told; only the relatives (children) are not (typo 'informerd')")

C("car-101n-vgr-inget-om-information", "vgr", "1963-05-20", "247", [
    N("n1", "kung", "Mottagningsanteckning", ("Jonas Berg", L), "2024-08-06 10:40", [
        ("Diagnos", "Stabil angina pectoris."),
        ("Åtgärd", "Imdur 30 mg insatt, ASA och Atorvastatin fortsätter."),
    ], signed=None)], [], N1, "a diagnosis with nothing said about telling (unsigned draft)")

C("car-101n-informerad-via-1177", "skane", "1957-12-06", "442", [
    N("n1", "lu_hsm", "Administrativ anteckning", ("Malin Ståhl", S), "2024-08-19 11:45", [
        ("Åtgärd", "Pat informerad via 1177-meddelande om eko-svaret: lätt nedsatt EF, 45 %, dvs hjärtsvikt med lätt nedsatt ejektionsfraktion. Svarat på hennes följdfråga om träning."),
    ])], [], N12, "the patient was informed through a 1177 message")

C("car-101n-vgr-pat-last-svaret-sjalv", "vgr", "1990-09-28", "316", [
    N("n1", "su_ost", "Mottagningsanteckning", ("Lars Höglund", L), "2024-09-18 13:20", [
        ("Aktuellt", "Pat har själv läst eko-svaret på 1177 och vi går igenom det tillsammans idag."),
        ("Bedömning", "Bikuspid aortaklaff med lätt stenos och aortarot 42 mm. Kontroll med eko om ett år."),
    ])], [], N1, "the patient already read the answer and it was gone through together")

C("car-101n-ak-ej-informerad-om-provtid", "skane", "1940-10-30", "168", [
    N("n1", "lu_ak", "Sjuksköterskeanteckning", ("Helena Sjöstrand", S), "2024-10-01 10:25", [
        ("Aktuellt", "Känt förmaksflimmer, Waran sedan 2015. INR 1,7."),
        ("Åtgärd", "Dosen höjs med en halv tablett på måndagar. Pat ej informerad om ny provtagningstid ännu, ringer imorgon när labbet svarat."),
    ])], [], N1, "nurse-led anticoagulation: what is not yet told is a sampling time")

C("car-101n-vgr-andra-not-informerar", "vgr", "1978-11-27", "218", [
    N("n1", "su_mol", "Tidiga hypoteser", ("Anders Bäckström", L), "2024-10-08 15:40", [
        ("Tidiga hypoteser", "Trolig HOCM, inväntar MR innan pat informeras."),
    ]),
    N("n2", "su_mol", "Mottagningsanteckning", ("Anders Bäckström", L), "2024-10-24 14:00", [
        ("Utredning", "MR bekräftar asymmetrisk septumhypertrofi 21 mm med systolisk främre rörelse och gradient 60 mmHg."),
        ("Bedömning", "Hypertrofisk obstruktiv kardiomyopati. Informerat pat om diagnosen och om ärftligheten, syskonscreening erbjuds."),
    ]),
], [], [("NL101", "n2"), ("NL102", "n2")], "two notes: the hypothesis kept protected in n1 is confirmed and told in the later visible note n2")

C("car-101n-informerad-trots-negationsord", "skane", "1973-04-13", "364", [
    N("n1", "hbg_mott", "Mottagningsanteckning", ("Erik Hallin", L), "2024-11-20 15:15", [
        ("Bedömning", "Paroxysmalt förmaksflimmer, verifierat på eventregistrering."),
        ("Information", "Pat informerad om att det rör sig om förmaksflimmer och att det inte är farligt akut. Hon har inga frågor och vill inte ha blodförtunnande ännu."),
    ])], [], N1, "negation words ('inte', 'inga') near a told diagnosis do not mean the patient is untold")

C("car-101n-vgr-typo-fimmer-informerad-forra-veckan", "vgr", "1956-10-16", "193", [
    N("n1", "ali_ak", "Sjuksköterskeanteckning", ("Therese Holmberg", S), "2024-12-05 09:30", [
        ("Telefonkontakt", "Inskrivning på AK-mottagningen. Pat informerad av dr Wikander om förmaksfimmer i förra veckan och har startat Eliquis."),
        ("Åtgärd", "Information om blödningsrisk, vad man gör vid missad dos och kontroll av njurfunktion om 6 mån."),
    ])], [], N1, "typo 'förmaksfimmer': the patient was told the diagnosis last week")

# ---------------------------------------------------------------------------
# Part F: long charts and multi-note records
# ---------------------------------------------------------------------------

C("car-lang-rond-hjartsvikt-allt-faststallt", "skane", "1939-03-24", "218", [
    N("n1", "lu_avd", "Ronddokumentation", ("Viktor Sand", L), "2024-01-10 11:30", [
        ("Aktuellt", "Vårddag 4 för dekompenserad hjärtsvikt hos 84-årig kvinna med känd HFrEF sedan 2020, permanent FF och KOL grad 2. Diuretikabehandlingen gett 4,8 kg viktnedgång sedan inskrivning. Sover nu plant med en kudde. Aptiten bättre, äter halva portioner."),
        ("Status", "AT: Gott. Afebril. Cor: oregelbunden rytm, frekvens 78, inga nytillkomna blåsljud. Pulm: enstaka basala rassel hö, i övrigt vesikulärt. Buk: mjuk, oöm. Ödem: lätta fotledsödem bilat, tidigare till knäna. Vikt 63,1 kg."),
        ("Lab", "Hb 118, CRP 9, Na 134, K 4,1, krea 128 (124 vid inskrivning), eGFR 34. NT-proBNP 6200 → 3100."),
        ("Utredning", "Rtg pulm igår: regress av pleuravätskan, inga infiltrat. Inga tecken på pneumoni. Eko från inskrivningen: EF 30 %, oförändrat mot 2023, ingen perikardvätska."),
        ("Bedömning", "Hjärtsvikt i förbättring, nu nära torrvikt. Njurfunktionen stabil. Ingen misstanke om ny ischemisk händelse, troponin flackt under vårdtiden. KOL stabil utan exacerbation."),
        ("Planering", "Furix iv byts till peroralt 40 mg x 2. Trolig hemgång på fredag om vikten ligger stilla. Ev. remiss till hjärtsviktsmottagningen för dostitrering av Entresto, diskuteras med pat och dottern imorgon. Hemtjänsten kontaktas av kurator."),
    ], signed=None)], [], N2, "long ward-round chart: negated ischemia and pneumonia, confirmed HF/AF/KOL, hedges only on discharge and referral (unsigned draft)")

C("car-vgr-lang-arytmimott-en-hedge-begravd", "vgr", "1968-09-05", "337", [
    N("n1", "su_aryt", "Mottagningsanteckning", ("Peter Wallin", L), "2024-02-27 13:45", [
        ("Kontaktorsak", "Remiss från Kungälv för återkommande hjärtklappning och en episod med nära-svimning i samband med löpning."),
        ("Anamnes", "55-årig man, tidigare frisk, motionerar regelbundet och har sprungit Göteborgsvarvet i tio år. Sedan i höstas attacker med snabb regelbunden hjärtklappning 2–3 gånger per månad, plötslig start och plötsligt slut. En gång yrsel och tunnelseende under löpning i januari, satte sig ned och det gick över. Ingen bröstsmärta. Inga läkemedel. Snusar."),
        ("Hereditet", "Inga kända fall av plötslig död i släkten. Mamma har pacemaker sedan 80 års ålder."),
        ("Status", "AT: Gott. Cor: regelbunden rytm 58/min, inga blåsljud. BT 128/76. Pulm: u.a."),
        ("EKG", "Sinusrytm 58/min, PQ 160 ms, QRS 96 ms, QTc 412 ms. Ingen deltavåg. Normala ST-T."),
        ("Utredning", "Eko på Kungälv utan anmärkning, EF 62 %. Holter 48 h utan attacker. Arbetsprov till 280 W utan arytmi."),
        ("Bedömning", "Anamnesen med plötslig start och stopp talar för en reentrytakykardi, i första hand AVNRT. Yrselepisoden under löpning är svårtolkad men ingen strukturell hjärtsjukdom har påvisats."),
        ("Planering", "Implanterbar loop recorder diskuteras men pat föredrar EFU med ablation direkt. Sätts upp på väntelistan, ca 4 månader. Om ny svimning under ansträngning ska pat avstå från löpning och höra av sig."),
    ], signed=None)], M2, [], "long arrhythmia-clinic chart where one hedged diagnosis ('talar för ... i första hand AVNRT') sits among neutral lines (unsigned draft)")

C("car-lang-epikris-en-dd-rad", "skane", "1951-07-29", "453", [
    N("n1", "hbg_hia", "Epikris", ("Mattias Östberg", L), "2024-03-15 10:20", [
        ("Epikris", "72-årig man inlagd via ambulans med bröstsmärta och ST-höjningar inferiort. Akut PCI mot RCA med ett stent, gott resultat. Troponin T max 2400. Eko dag 2: inferobasal hypokinesi, EF 50 %. Förmaksflimmer dag 2 som slog om spontant efter 6 h. Under vårdtiden också feber 38,4 dag 3 och lätt stigande CRP till 64, utan säkert fokus. DD Dresslers syndrom, tidig perikardit eller punktionsrelaterad infektion; urinodling och blododlingar negativa. Febern gick över utan antibiotika."),
        ("Diagnos", "STEMI inferiort, I21.1. Paroxysmalt förmaksflimmer, I48.0."),
        ("Läkemedel", "Brilique 90 mg x 2 i 12 mån, ASA 75 mg, Atorvastatin 80 mg, Metoprolol 50 mg, Eliquis 5 mg x 2 tillsammans med Brilique under 3 mån, därefter utvärdering."),
        ("Uppföljning", "Hjärtrehab i Helsingborg, sköterskebesök om 2 veckor, läkarbesök om 3 mån med eko. Sjukskriven 4 veckor."),
    ])], M2, [], "discharge summary: confirmed STEMI/AF, but one DD line hedges Dressler / early pericarditis in the visible Epikris")

C("car-vgr-lang-hsm-ssk-symtom-och-slakt", "vgr", "1949-02-13", "274", [
    N("n1", "nal_hsm", "Sjuksköterskeanteckning", ("Anna-Karin Borg", S), "2024-04-17 14:00", [
        ("Kontaktorsak", "Sjuksköterskeledd titrering av hjärtsviktsbehandling, besök 3 av 4."),
        ("Aktuellt", "Känd HFrEF efter framväggsinfarkt 2022, EF 35 % i januari. Mår överlag bättre. Möjligen något yr när hon reser sig snabbt på morgonen, inga fall. Kanske lite tröttare efter senaste höjningen av Bisoprolol men orkar promenera 30 min dagligen. Ingen ortopné, inga nattliga hostattacker."),
        ("Hereditet", "Bror avled i trolig hjärtinfarkt 61 år, syster har förmaksflimmer."),
        ("Status", "Vikt 68,4 kg (68,9). BT liggande 108/66, stående 102/64 efter 3 min. Puls 58 reg. Inga ankelödem. Lätt blek."),
        ("Lab", "Na 138, K 4,6, krea 96, eGFR 52. Hb 124."),
        ("Bedömning", "Stabil hjärtsvikt, vikt och elektrolyter i ordning. Blodtrycket tål ingen ytterligare höjning av Entresto i dag."),
        ("Åtgärd", "Bisoprolol kvar på 5 mg. Entresto 49/51 mg x 2 oförändrat. Forxiga fortsätter. Råd om att resa sig långsamt och dricka ett glas vatten på morgonen."),
        ("Planering", "Ny kontroll om 3 veckor, eventuellt höjning av Entresto då. Eko i augusti. Pat vet hur hon når mottagningen via 1177."),
    ])], [], N2, "long nurse-led HF note: hedges only on symptoms, a plan and a brother's death cause")

C("car-lang-101-begravd-i-mottagningsanteckning", "skane", "1961-06-02", "397", [
    N("n1", "ma_mott", "Mottagningsanteckning", ("Annika Lövgren", L), "2024-05-21 15:30", [
        ("Kontaktorsak", "Uppföljning efter vårdtillfälle för förmaksflimmer med snabbt kammarsvar i april."),
        ("Aktuellt", "62-årig man, el-montör. Känner sig bättre sedan elkonverteringen men fortfarande andfådd i trappor. Tar Eliquis och Bisoprolol utan problem. Inga blödningar. Har slutat snusa."),
        ("Status", "Cor: regelbunden rytm 64/min, inga blåsljud. Pulm: u.a. Inga bensvullnader. BT 132/82."),
        ("EKG", "Sinusrytm 64/min. Normal PQ och QRS."),
        ("Utredning", "Kontroll-eko idag: EF fortsatt 35 %, ingen förbättring efter återställd sinusrytm. MR hjärta i förra veckan: omfattande midvägsfibros i septum. Koronarangiografi i april utan stenoser."),
        ("Bedömning", "Dilaterad kardiomyopati, icke-ischemisk. Pat har inte informerats om MR-fyndet ännu eftersom hustrun ville vara med; samtal bokat nästa tisdag. Behandlingen optimeras oavsett."),
        ("Planering", "Entresto insätts, Spironolakton 25 mg. Kalium och krea om 1 vecka. Utredning avseende ICD efter 3 mån optimal behandling."),
    ])], M1, [], "long chart where the single line that breaks the routine says the patient has not been told of the MR diagnosis")

C("car-vgr-lang-pci-utlatande-allt-sakert", "vgr", "1955-12-19", "481", [
    N("n1", "su_pci", "Angiografiutlåtande", ("Martin Ek", L), "2024-06-05 12:10", [
        ("Indikation", "NSTEMI med troponin T 890, pågående bröstsmärta trots nitroinfusion."),
        ("Fynd", "Hö radialis 6F. Vänsterdominant system. Huvudstam utan stenos. LAD: 90 % stenos proximalt före första diagonalgrenen, i övrigt lätta väggförändringar. LCx: kronisk ocklusion av OM1 med kollateraler från LAD. RCA: liten, icke-dominant, utan stenos."),
        ("Åtgärd", "PCI mot proximala LAD: predilatation 2,5 mm, ett läkemedelsstent 3,5 x 18 mm, postdilatation 4,0 mm. TIMI 3-flöde. Ocklusionen i OM1 lämnas, kollateralförsörjd."),
        ("Bedömning", "NSTEMI orsakad av proximal LAD-stenos, framgångsrikt behandlad. Kronisk ocklusion OM1 utan behandlingsindikation i nuläget."),
        ("Planering", "Brilique och ASA i 12 mån. Hemostas med TR-band, avlägsnas enligt rutin. Eventuellt arbetsprov efter 3 mån om nya besvär. Trolig hemgång i övermorgon via avd 5B."),
    ])], [], N2, "long PCI report: every diagnosis is settled; 'Eventuellt' and 'Trolig' qualify a test and the discharge")

C("car-vc-misstanke-sedan-bekraftad-pa-sjukhus", "skane", "1958-01-16", "127", [
    N("n1", "vc_tab", "Besöksanteckning", ("Gustav Melin", L), "2024-07-08 10:15", [
        ("Bedömning", "Misstänkt aortastenos, blåsljud 3/6 och yrsel. Remiss eko Lund."),
    ]),
    N("n2", "lu_fys", "Utlåtande ekokardiografi", ("Åsa Lindahl", L), "2024-08-14 14:25", [
        ("Svar", "Trikuspid aortaklaff med kraftig förkalkning. Maxhastighet 4,2 m/s, medelgradient 44 mmHg, AVA 0,9 cm². Normal VK-funktion. Grav aortastenos."),
    ]),
], [], [("NL102", "n1"), ("NL102", "n2")], "PMO referral hedge is never shown (n1); the later Melior echo states the stenosis as settled (n2)")

C("car-vgr-ssk-not-och-lakarnot-hedge-i-andra", "vgr", "1944-04-06", "258", [
    N("n1", "skas_avd", "Omvårdnadsanteckning", ("Josefin Ahlström", S), "2024-09-02 07:10", [
        ("Omvårdnad", "Orolig natt, pratade om sin döda make. Fick Oxascand 5 mg kl 02 med effekt. Bra urinmängd."),
    ]),
    N("n2", "skas_avd", "Daganteckning", ("Mikael Ahl", L), "2024-09-02 11:20", [
        ("Bedömning", "Ny ST-depression lateralt och troponin 64 → 88 hos pat med anemi, Hb 86. Trolig typ 2-infarkt på basen av anemi. Blodtransfusion och gastroskopi."),
    ]),
], [("NL102", "n2")], [("NL102", "n1")], "the hedged type 2 infarction is in the doctor's note n2, not in the nurse's note n1")

C("car-th-mall-sedan-vanlig-not-upprepar-hedge", "skane", "1970-12-08", "246", [
    N("n1", "lu_hsm", "Tidiga hypoteser", ("Karin Nyström", L), "2024-10-02 16:00", [
        ("Bedömning", "Misstänkt hemokromatos med hjärtengagemang, ferritin 2800. Genetik skickad."),
    ]),
    N("n2", "lu_hsm", "Mottagningsanteckning", ("Karin Nyström", L), "2024-10-23 13:50", [
        ("Aktuellt", "Återbesök. Tröttheten oförändrad."),
        ("Bedömning", "Genetiksvar ej klart. Misstanken om hemokromatos kvarstår, T2*-MR beställd."),
    ]),
], [("NL102", "n2")], [("NL102", "n1")], "the hypothesis kept in the Tidiga hypoteser template (n1) is repeated, still hedged, in a later visible note (n2)")

C("car-vgr-telefon-besked-efter-undanhallet", "vgr", "1963-08-11", "430", [
    N("n1", "sas_mott", "Mottagningsanteckning", ("Amanda Karlsson", L), "2024-11-04 11:30", [
        ("Bedömning", "Eko idag med ny kraftigt nedsatt EF, 25 %, ischemisk kardiomyopati efter tyst infarkt. Svaret blev klart först efter att pat gått hem."),
    ]),
    N("n2", "sas_mott", "Telefonanteckning", ("Amanda Karlsson", L), "2024-11-05 09:10", [
        ("Telefonkontakt", "Ringt pat och gett besked om gårdagens eko: ischemisk kardiomyopati med EF 25 %. Pat tog det lugnt, frågade om bilkörning. Kallas till hjärtsviktsmottagningen inom 2 veckor."),
    ]),
], [], [("NL101", "n2"), ("NL102", "n2")], "the phone note documents that the patient was given the diagnosis")


# ---------------------------------------------------------------------------
# Validation and output
# ---------------------------------------------------------------------------

CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
RECORD_KEYS = ["patient", "as_of", "notes", "access_events", "conversations", "treatments"]
NOTE_KEYS = ["id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"]
PROTECTED_SKANE_TEMPLATES = {"Tidiga hypoteser"}
CODES = {"NL101", "NL102"}
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def age_on(born, when):
    b = _dt.date.fromisoformat(born)
    w = _dt.date.fromisoformat(when[:10])
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def validate(cases):
    errs = []
    names = set()
    seen = {}
    for c in cases:
        n = c.get("case", "?")
        if list(c.keys()) != CASE_KEYS:
            errs.append(f"{n}: keys {list(c.keys())}")
        if not n.startswith("car-"):
            errs.append(f"{n}: name must start with car-")
        if n in names:
            errs.append(f"{n}: duplicate case name")
        names.add(n)
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append(f"{n}: ruleset {c['ruleset']}")
        if not c["why"].strip():
            errs.append(f"{n}: empty why")
        r = c["record"]
        if list(r.keys()) != RECORD_KEYS:
            errs.append(f"{n}: record keys {list(r.keys())}")
        if r["access_events"] or r["conversations"] or r["treatments"]:
            errs.append(f"{n}: access_events/conversations/treatments must be empty")
        p = r["patient"]
        pid, born = p["id"], p["birth_date"]
        m = re.fullmatch(r"(\d{8})-(\d{4})", pid)
        if not m:
            errs.append(f"{n}: bad personnummer {pid}")
        else:
            if m.group(1) != born.replace("-", ""):
                errs.append(f"{n}: personnummer does not match birth_date")
            digits = m.group(1)[2:] + m.group(2)
            if luhn_digit(digits[:9]) != int(digits[9]):
                errs.append(f"{n}: Luhn check fails for {pid}")
        try:
            _dt.date.fromisoformat(born)
        except ValueError:
            errs.append(f"{n}: bad birth_date {born}")
        if not r["as_of"].startswith("2024-"):
            errs.append(f"{n}: as_of not in 2024")
        ids = set()
        for note in r["notes"]:
            if list(note.keys()) != NOTE_KEYS:
                errs.append(f"{n}: note keys {list(note.keys())}")
            ids.add(note["id"])
            if c["ruleset"] == "vgr" and note["system"] != "Melior":
                errs.append(f"{n}: VGR note {note['id']} is not Melior")
            if note["system"] not in ("Melior", "PMO"):
                errs.append(f"{n}: system {note['system']}")
            for t in (note["time"], note["signed"]):
                if t is not None and not t.startswith("2024-"):
                    errs.append(f"{n}: date not in 2024: {t}")
            if note["signed"] is not None and note["signed"] < note["time"]:
                errs.append(f"{n}: signed before time")
            if (note["signed"] or note["time"]) > r["as_of"]:
                errs.append(f"{n}: note after as_of")
            for when in (note["time"], r["as_of"]):
                a = age_on(born, when)
                if 13 <= a <= 15:
                    errs.append(f"{n}: patient aged {a} (13-15 not allowed)")
            if not note["sections"]:
                errs.append(f"{n}: note without sections")
            for sec in note["sections"]:
                for s in SENT_SPLIT.split(sec["text"]):
                    s = s.strip()
                    if len(s) >= 25:
                        if s in seen:
                            errs.append(f"{n}: sentence repeated (also in {seen[s]}): {s}")
                        seen.setdefault(s, n + "/" + note["id"])
        if len(ids) != len(r["notes"]):
            errs.append(f"{n}: duplicate note ids")
        bysys = {x["id"]: x["system"] for x in r["notes"]}
        pairs = set()
        for lst in ("must", "must_not"):
            for code, target in c[lst]:
                if code not in CODES:
                    errs.append(f"{n}: unexpected code {code}")
                if target not in ids:
                    errs.append(f"{n}: target {target} missing")
                    continue
                if code == "NL102" and lst == "must" and bysys[target] != "Melior":
                    errs.append(f"{n}: NL102 must on non-Melior note")
                if code == "NL101" and bysys[target] == "PMO":
                    errs.append(f"{n}: NL101 asserted on PMO note")
                if (code, target) in pairs:
                    errs.append(f"{n}: {code}/{target} asserted twice")
                pairs.add((code, target))
        if not c["must"] and not c["must_not"]:
            errs.append(f"{n}: no assertion")
    return errs


def main():
    errs = validate(CASES)
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "nl1_dev146_cases.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    tally = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                tally[(code, lst)] = tally.get((code, lst), 0) + 1
    rs = {}
    for c in CASES:
        rs[c["ruleset"]] = rs.get(c["ruleset"], 0) + 1
    print(f"wrote {len(CASES)} cases to {out}")
    print("rulesets:", ", ".join(f"{k} {v}" for k, v in sorted(rs.items())))
    for code in sorted(CODES):
        print(f"{code}: must {tally.get((code, 'must'), 0)}, must_not {tally.get((code, 'must_not'), 0)}")


if __name__ == "__main__":
    main()
