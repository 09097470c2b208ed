#!/usr/bin/env python3
"""Independent NL1 test set (inf-*): an infectious-diseases clinic.

HIV and hepatitis follow-up, tuberculosis contact tracing, travel returnees with
fever, STI testing, wound and bone infections, antibiotic stewardship notes.
Codes annotated: NL101 and NL102 only.

Standard library only and deterministic.  Running it writes cases.jsonl next to
this file.  It validates everything first and exits with status 1 on any problem.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev147_cases.jsonl")

SK = "SE2321000255-"   # Region Skåne
VG = "SE2321000131-"   # Västra Götalandsregionen

# key: (name, hsa_id, system)
UNITS = {
    # Skåne, Melior (hospitals)
    "sus_inf_m": ("Infektionskliniken, Skånes universitetssjukhus Malmö", SK + "7K31", "Melior"),
    "sus_inf_l": ("Infektionsmottagningen, Skånes universitetssjukhus Lund", SK + "7K44", "Melior"),
    "sus_hiv": ("Hivmottagningen, Infektion, Skånes universitetssjukhus Malmö", SK + "81B2", "Melior"),
    "sus_hep": ("Hepatitmottagningen, Infektion, Skånes universitetssjukhus Malmö", SK + "81B7", "Melior"),
    "sus_sti": ("STI-mottagningen, Hud och venereologi, Skånes universitetssjukhus Malmö", SK + "62D9", "Melior"),
    "sus_tb": ("Tuberkulosmottagningen, Lung- och allergimedicin, Skånes universitetssjukhus Lund", SK + "5T08", "Melior"),
    "sus_barninf": ("Barninfektionsavdelningen, Barn- och ungdomssjukhuset, Skånes universitetssjukhus Lund", SK + "90C3", "Melior"),
    "sus_strama": ("Antibiotikateamet, Infektion, Skånes universitetssjukhus", SK + "3S17", "Melior"),
    "hbg_inf": ("Infektionskliniken, Helsingborgs lasarett", SK + "44H6", "Melior"),
    "csk_inf": ("Infektionskliniken, Centralsjukhuset Kristianstad", SK + "27K9", "Melior"),
    "hlm_ort": ("Ortopedkliniken, Hässleholms sjukhus", SK + "18O4", "Melior"),
    "ystad_inf": ("Medicinkliniken, infektionsenheten, Ystads lasarett", SK + "66Y2", "Melior"),
    # Skåne, PMO (primary care)
    "vc_linero": ("Vårdcentralen Linero, Lund", SK + "2V15", "PMO"),
    "vc_hoor": ("Vårdcentralen Höör", SK + "2V72", "PMO"),
    "vc_trelleborg": ("Vårdcentralen Söder, Trelleborg", SK + "2V88", "PMO"),
    "um_malmo": ("Ungdomsmottagningen Malmö Centrum", SK + "2U40", "PMO"),
    "hsv_eslov": ("Hemsjukvården Eslöv", SK + "2H09", "PMO"),
    "bvc_ksd": ("BVC Näsby, Kristianstad", SK + "2B33", "PMO"),
    # VGR, Melior
    "su_inf": ("Infektionskliniken, Sahlgrenska Universitetssjukhuset/Östra", VG + "4E12", "Melior"),
    "su_infmott": ("Infektionsmottagningen, Sahlgrenska Universitetssjukhuset/Östra", VG + "4E19", "Melior"),
    "su_sti": ("Mottagningen för sexuellt överförbara infektioner, Sahlgrenska Universitetssjukhuset", VG + "6V21", "Melior"),
    "su_tb": ("Tuberkulosmottagningen, Lungmedicin, Sahlgrenska Universitetssjukhuset", VG + "5L30", "Melior"),
    "su_dsbus": ("Barninfektion, Drottning Silvias barn- och ungdomssjukhus", VG + "9B04", "Melior"),
    "su_molndal_ort": ("Ortopedi, Sahlgrenska Universitetssjukhuset/Mölndal", VG + "3M77", "Melior"),
    "su_strama": ("Antibiotikastyrning, Sahlgrenska Universitetssjukhuset", VG + "1A58", "Melior"),
    "nal_inf": ("Infektionskliniken, NÄL Trollhättan", VG + "7N26", "Melior"),
    "sas_inf": ("Infektionskliniken, Södra Älvsborgs Sjukhus Borås", VG + "8S13", "Melior"),
    "sas_ort": ("Ortopedkliniken, Södra Älvsborgs Sjukhus Borås", VG + "8S40", "Melior"),
    "skas_inf": ("Infektionskliniken, Skaraborgs Sjukhus Skövde", VG + "2K65", "Melior"),
    "alingsas_med": ("Medicinkliniken, Alingsås lasarett", VG + "4A91", "Melior"),
    "kungalv_inf": ("Medicinkliniken, infektionsavsnittet, Kungälvs sjukhus", VG + "6K02", "Melior"),
}

CASES = []


def _ts(s):
    """'2024-03-22 15:35' -> '2024-03-22T15:35:00'"""
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    return d.strftime("%Y-%m-%dT%H:%M:%S")


def N(nid, unit, author, time, signed, sections, template="Läkaranteckning",
      setting="öppenvård", refs=None):
    """One note.  signed: None (unsigned draft), 'HH:MM' (same day) or full stamp."""
    name, hsa, system = UNITS[unit]
    if signed is None:
        sig = None
    elif len(signed) == 5:
        sig = _ts(time[:10] + " " + signed)
    else:
        sig = _ts(signed)
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author[0], "role": author[1]},
        "time": _ts(time),
        "signed": sig,
        "setting": setting,
        "refs": list(refs or []),
        "sections": [{"keyword": k, "text": t} for k, t in sections],
    }


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        x = int(ch) * (2 if i % 2 == 0 else 1)
        total += x // 10 + x % 10
    return str((10 - total % 10) % 10)


def pnr(birth, serial):
    ymd = birth.replace("-", "")
    return "%s-%s%s" % (ymd, serial, luhn_digit(ymd[2:] + serial))


def add(name, ruleset, birth, serial, notes, must, must_not, why, protected=False):
    last = max(n["time"] for n in notes)
    as_of = (datetime.datetime.strptime(last[:10], "%Y-%m-%d")
             + datetime.timedelta(days=1)).strftime("%Y-%m-%dT00:00:00")
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr(birth, serial), "birth_date": birth,
                        "protected_identity": protected},
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

# =====================================================================
# Part 2: tuberculosis, contact tracing
# =====================================================================
add("inf-tb-misstankt-lungtb-bedomning", "skane", "1991-08-14", "473",
    [N("n1", "sus_tb", ("Henrik Ståhlberg", "läkare"), "2024-02-06 10:15", "11:02", [
        ("Anamnes", "32-årig man från Eritrea, i Sverige sedan 2016. Hosta i sex veckor, nattsvettningar och viktnedgång ca 5 kg. Ingen känd TB-kontakt."),
        ("Status", "AT: opåverkad, temp 37,8.\nPulm: rassel apikalt höger, f.ö. vesikulärt.\nLgl: ua på hals och i axiller."),
        ("Bedömning", "Misstänkt lungtuberkulos med tanke på symtom och ursprungsland. Rtg pulm visar infiltrat i höger ovanlob med möjlig kavitet."),
        ("Planering", "Sputum x 3 för direktmikroskopi, odling och PCR. Munskydd vid besök tills svar finns. Återbesök med tolk om en vecka."),
    ], template="Mottagningsanteckning")],
    [("NL102", "n1")], [],
    "Suspected pulmonary TB ('Misstänkt lungtuberkulos') in the visible Bedömning of a Skåne Melior note.")

add("inf-tb-kontakt-ingen-misstanke-aktiv-tb", "skane", "1978-11-02", "286",
    [N("n1", "sus_tb", ("Amira Haddad", "läkare"), "2024-02-13 09:40", "10:05", [
        ("Aktuellt", "Kallad inom kontaktspårning, arbetskamrat till indexfall med smittsam lungtuberkulos. Har delat kontorsrum med indexfallet i ca tre månader."),
        ("Status", "Hostfri, afebril, vikt stabil 78 kg."),
        ("Bedömning", "IGRA negativt och rtg pulm utan anmärkning. Ingen misstanke om aktiv tuberkulos."),
        ("Planering", "Ny IGRA om åtta veckor med tanke på fönsterperioden. Pat hör av sig vid hosta, feber eller viktnedgång."),
    ], template="Mottagningsanteckning")],
    [], [("NL102", "n1")],
    "Contact tracing: TB is negated for the patient ('Ingen misstanke om'); the TB that is stated belongs to the index case.")

add("inf-tb-indexperson-trolig-tb-kollega", "vgr", "1985-05-19", "642",
    [N("n1", "su_tb", ("Karin Wallin", "sjuksköterska"), "2024-03-04 13:20", "13:41", [
        ("Telefonkontakt", "Ringer upp pat angående kontaktspårning på arbetsplatsen. Indexpersonen har trolig lungtuberkulos med positiv direktmikroskopi, odlingssvar väntas. Pat själv hostfri och utan feber. Bokad för IGRA och lungröntgen 14/3."),
    ], template="Telefonanteckning")],
    [], [("NL102", "n1")],
    "The hedged TB ('trolig lungtuberkulos') is the index person's, not the patient's; the patient is symptom-free.")

add("inf-tb-villkor-vid-positivt-igra", "skane", "1999-01-23", "318",
    [N("n1", "sus_tb", ("Tobias Engström", "läkare"), "2024-03-11 14:00", "14:32", [
        ("Aktuellt", "Asylsökande från Afghanistan. Hälsoundersökningen visade IGRA i gråzon, nytt prov taget i dag."),
        ("Planering", "Vid positivt svar erbjuds behandling av latent tuberkulos med rifampicin i fyra månader. Pat informerad om upplägget via telefontolk (dari)."),
    ])],
    [], [("NL102", "n1")],
    "Latent TB appears only in a conditional plan ('Vid positivt svar ...'), which is no hedged diagnosis of the patient.")

add("inf-tb-typo-missankt-spondylit", "skane", "1956-03-11", "239",
    [N("n1", "hlm_ort", ("Per-Olof Nyström", "läkare"), "2024-04-02 11:10", "12:00", [
        ("Anamnes", "Ryggvärk i fyra månader, nattsvett. Född i Somalia, i Sverige sedan 1995."),
        ("Utredning", "MR: destruktion av kotkropparna Th10–Th11 med paravertebral abscess."),
        ("Bedömning", "Missänkt tuberkulös spondylit (Potts sjukdom). CT-ledd biopsi för PCR, odling och PAD, infektionskonsult kontaktad."),
    ], template="Konsultationsanteckning")],
    [("NL102", "n1")], [],
    "Typo in the hedge ('Missänkt'): suspected tuberculous spondylitis in a visible Bedömning.")

add("inf-tb-mdr-resistens-ej-informerad", "vgr", "1988-12-04", "571",
    [N("n1", "su_tb", ("Johan Lindqvist", "läkare"), "2024-04-09 15:05", "15:50", [
        ("Provsvar", "Genotypisk och fenotypisk resistensbestämning: M. tuberculosis resistent mot rifampicin och isoniazid. Diagnos: multiresistent tuberkulos (MDR-TB)."),
        ("Bedömning", "Behandlingen måste läggas om enligt MDR-regim. Patienten är ännu inte informerad om resistensen; samtal med tigrinjatolk bokat till torsdag."),
    ])],
    [("NL101", "n1")], [],
    "Settled MDR-TB diagnosis in visible sections while the text says the patient is not yet informed.")

add("inf-tb-odlingssvar-besked-idag", "skane", "1972-07-17", "448",
    [N("n1", "sus_tb", ("Henrik Ståhlberg", "läkare"), "2024-04-16 09:00", None, [
        ("Aktuellt", "Återbesök efter två veckors RIPE-behandling, tolk på plats."),
        ("Bedömning", "Odlingssvar: M. tuberculosis, känslig för samtliga förstahandspreparat. Besked lämnat till pat vid dagens besök, han förstår att behandlingen fortsätter minst sex månader."),
        ("Planering", "Fortsatt DOT via distriktssköterska, leverprover och visus vid nästa besök."),
    ], template="Mottagningsanteckning")],
    [], [("NL101", "n1"), ("NL102", "n1")],
    "Culture-confirmed TB told to the patient at today's visit: no uncommunicated diagnosis, no hedge.")

add("inf-tb-negerad-tb-men-trolig-mac", "vgr", "1949-02-27", "263",
    [N("n1", "sas_inf", ("Sofia Berggren", "läkare"), "2024-04-23 13:30", "14:10", [
        ("Bedömning", "PCR för M. tuberculosis negativ på två sputa, ingen misstanke om tuberkulos längre. Trolig lunginfektion med Mycobacterium avium-komplex hos pat med bronkiektasier; väntar på artbestämning från odlingen."),
    ])],
    [("NL102", "n1")], [],
    "Hard positive: TB is negated, but a second diagnosis (MAC lung infection) is hedged with 'Trolig' in the same visible section.")

add("inf-tb-barn-trolig-primar-tuberkulos", "skane", "2019-10-08", "502",
    [N("n1", "sus_barninf", ("Linnea Åkesson", "läkare"), "2024-01-17 16:20", "17:05", [
        ("Anamnes", "4-årig pojke. Mormor i samma hushåll fick diagnosen smittsam lungtuberkulos i december. Hosta i tre veckor och tröttare enligt mamma."),
        ("Status", "Allmäntillstånd gott, temp 37,9. Lungor: inga biljud."),
        ("Bedömning", "Rtg pulm med förstorade hiluskörtlar höger. Trolig primär tuberkulos, magsaftsaspirat x 3 kommande morgnar."),
    ], template="Inskrivningsanteckning", setting="slutenvård")],
    [("NL102", "n1")], [],
    "Child under 13 (guardians read the journal): probable primary TB hedged with 'Trolig' in a visible Bedömning.")

add("inf-tb-barn-exponerat-inga-tecken", "vgr", "2022-04-15", "716",
    [N("n1", "su_dsbus", ("Cecilia Hedlund", "läkare"), "2024-02-20 10:45", "11:20", [
        ("Aktuellt", "Pappan har odlingsverifierad lungtuberkulos sedan förra veckan. Barnet, 1 år och 10 månader, exponerat i hemmet."),
        ("Bedömning", "Inga tecken på tuberkulos hos barnet: afebril, växer längs sin kurva, rtg pulm ua."),
        ("Åtgärd", "Förebyggande behandling med isoniazid 10 mg/kg påbörjas enligt riktlinjer för barn under fem år. Föräldrarna har fått skriftlig information."),
    ], template="Mottagningsanteckning")],
    [], [("NL102", "n1")],
    "The father's TB is confirmed and belongs to a relative; for the child TB is negated ('Inga tecken på').")

add("inf-tb-pmo-vardcentral-trolig-tb", "skane", "1983-06-21", "839",
    [N("n1", "vc_hoor", ("Ola Persson", "läkare"), "2024-02-27 08:50", "09:30", [
        ("Anamnes", "Hosta över tre veckor, nattsvettningar, tappat 6 kg. Flyttade hit från Somalia 2021."),
        ("Bedömning", "Trolig TB. Akut remiss till Tuberkulosmottagningen SUS Lund, pat instruerad att använda munskydd."),
    ], template="Besöksanteckning")],
    [], [("NL102", "n1")],
    "PMO never shows diagnoses to the patient, so a hedged TB in a PMO note is must_not NL102.")

add("inf-tb-tidiga-hypoteser-mall-meningit", "skane", "1961-12-09", "394",
    [N("n1", "sus_inf_l", ("Fredrik Holm", "läkare"), "2024-05-06 21:40", "22:15", [
        ("Bedömning", "Tuberkulös meningit misstänks som förklaring till den subakuta förvirringen, likvor med lymfocytär pleocytos och lågt glukos. Inte framfört till pat som är desorienterad, anhöriga har ännu inte nåtts."),
    ], template="Tidiga hypoteser", setting="slutenvård")],
    [], [("NL102", "n1"), ("NL101", "n1")],
    "Skåne: the suspected and untold TB meningitis sits in a note whose template is Tidiga hypoteser, which is protected.")

add("inf-tb-vgr-sokord-tidiga-hypoteser-miliar", "vgr", "1970-03-05", "427",
    [N("n1", "skas_inf", ("Emma Sjöberg", "läkare"), "2024-05-14 11:25", None, [
        ("Aktuellt", "Inkommer med feber i tre veckor, torrhosta och viktnedgång. Behandlas med metotrexat för reumatoid artrit."),
        ("Status", "Temp 38,7, SpO2 95 %, inga nackstelhetstecken, lungor med normala andningsljud."),
        ("Tidiga hypoteser", "Miliartuberkulos övervägs då DT thorax visar små disseminerade noduli i båda lungorna; ännu inte diskuterat med patienten."),
        ("Planering", "Bronkoskopi med BAL, urin och blod för mykobakterieodling. Metotrexat pausas."),
    ], template="Inskrivningsanteckning", setting="slutenvård")],
    [], [("NL102", "n1"), ("NL101", "n1")],
    "VGR unsigned draft: the hedged, untold miliary TB is only under the protected sökord Tidiga hypoteser; the visible sections hold no diagnosis hedge.")

add("inf-tb-trolig-exponering-flyg", "skane", "1990-10-30", "217",
    [N("n1", "hbg_inf", ("Maria Eklund", "sjuksköterska"), "2024-04-25 10:10", "10:25", [
        ("Telefonkontakt", "Kontaktad via smittskydd: trolig exponering för smittsam tuberkulos på flyg från Manila 2/4, satt två rader från indexpatienten. Pat symtomfri. IGRA bokad om åtta veckor, information om symtom att vara uppmärksam på lämnad."),
    ], template="Telefonanteckning")],
    [], [("NL102", "n1")],
    "'trolig' hedges an exposure, not a disease of the patient, who is symptom-free.")

add("inf-tb-misstanke-avskrivs", "vgr", "1958-08-08", "366",
    [N("n1", "nal_inf", ("Dragana Petrović", "läkare"), "2024-05-21 14:45", "15:10", [
        ("Bedömning", "Misstanken om tuberkulos avskrivs efter tre negativa sputa och negativ odling efter sex veckor. Hostan tolkas som postinfektiös efter mykoplasmapneumoni i vintras."),
    ], template="Mottagningsanteckning")],
    [], [("NL102", "n1")],
    "The TB suspicion is written off ('avskrivs'): a ruled-out diagnosis.")

add("inf-tb-ej-uteslutet-sarkoidos", "vgr", "1975-01-14", "593",
    [N("n1", "su_tb", ("Anders Thulin", "läkare"), "2024-06-03 09:20", "10:00", [
        ("Utredning", "EBUS-biopsi från mediastinala körtlar: granulomatös inflammation utan nekros, ZN-färgning negativ. Ej uteslutet att det rör sig om sarkoidos snarare än tuberkulos; odling besvaras om sex till åtta veckor."),
    ])],
    [("NL102", "n1")], [],
    "Hard positive: 'Ej uteslutet att det rör sig om sarkoidos' looks negated but is a hedge on a diagnosis, in the visible sökord Utredning.")

add("inf-tb-th-mall-sedan-besked-i-synlig", "skane", "1996-05-27", "608",
    [N("n1", "sus_inf_m", ("Yusuf Demir", "läkare"), "2024-06-04 13:00", "13:30", [
        ("Bedömning", "Trolig tuberkulös lymfadenit på vänster halssida, finnålspunktion skickad. Avvaktar med att ta upp det med pat tills cytologi och PCR finns."),
     ], template="Tidiga hypoteser"),
     N("n2", "sus_inf_m", ("Yusuf Demir", "läkare"), "2024-06-20 10:30", "11:05", [
        ("Aktuellt", "Återbesök för provsvar."),
        ("Bedömning", "Cytologi och PCR bekräftar tuberkulös lymfadenit (skrofulos). Pat informerad om diagnosen i dag och om att lymfkörteltuberkulos inte smittar vid vanlig kontakt."),
        ("Planering", "Start RIPE i viktanpassad dos, kontroll av leverprover om två veckor."),
     ])],
    [], [("NL102", "n1"), ("NL101", "n1"), ("NL102", "n2"), ("NL101", "n2")],
    "Skåne: hypothesis kept in a Tidiga hypoteser note, later confirmed and told in an ordinary note; nothing should fire on either.")
# =====================================================================
# Part 3: HIV and hepatitis
# =====================================================================
add("inf-hiv-konfirmerad-ej-besked-ssk", "vgr", "1993-07-02", "474",
    [N("n1", "su_infmott", ("Elin Rydberg", "sjuksköterska"), "2024-01-09 14:15", "14:30", [
        ("Provsvar", "HIV-1 Ag/Ak reaktivt, konfirmerat med HIV-1 RNA 84 000 kopior/ml. Diagnos: hivinfektion, nyupptäckt."),
        ("Åtgärd", "Pat har inte fått besked. Dr Lindqvist ringer och bokar besök i morgon; provsvaret ska inte lämnas per telefon."),
    ], template="Omvårdnadsanteckning")],
    [("NL101", "n1")], [],
    "Nurse note: confirmed HIV in a visible section and 'Pat har inte fått besked'.")

add("inf-hiv-nydiagnos-gravid-besked-idag", "skane", "1987-02-18", "237",
    [N("n1", "sus_hiv", ("Leila Karimi", "läkare"), "2024-01-23 10:00", "11:10", [
        ("Anamnes", "Remitterad från mödrahälsovården efter reaktivt hivtest vid rutinscreening, gravid vecka 14. Smittväg sexuell enligt pat, tidigare partner i Kenya."),
        ("Bedömning", "Nydiagnostiserad hivinfektion, CD4 410, HIV-RNA 32 000 kopior/ml. Pat informerad om diagnosen vid dagens besök; vi har gått igenom att behandling skyddar barnet och ger normal livslängd."),
        ("Planering", "Start ART snarast efter resistensbestämning. Samordning med specialistmödravården. Kurator erbjuden och bokad."),
    ], template="Mottagningsanteckning")],
    [], [("NL101", "n1"), ("NL102", "n1")],
    "New HIV diagnosis that the patient was told at today's visit: NL101 must stay silent.")

add("inf-hiv-trol-akut-primarinfektion", "skane", "2001-03-29", "719",
    [N("n1", "sus_inf_m", ("Jonas Falk", "läkare"), "2024-02-08 22:30", None, [
        ("Aktuellt", "Feber, halsont och utslag sedan tio dagar. Oskyddat analsamlag med man för fyra veckor sedan."),
        ("Status", "Makulopapulöst exantem på bålen, generella lymfkörtelförstoringar, aftösa sår i munnen."),
        ("Bedömning", "Trol. akut hivinfektion (primärinfektion). HIV Ag/Ak och HIV-RNA tagna, EBV-serologi som DD."),
    ], template="Inskrivningsanteckning", setting="slutenvård")],
    [("NL102", "n1")], [],
    "Unsigned draft: abbreviated hedge 'Trol.' on acute HIV infection in the visible Bedömning.")

add("inf-hiv-ev-pneumocystis", "vgr", "1968-10-06", "188",
    [N("n1", "su_inf", ("Helena Strand", "läkare"), "2024-02-15 11:40", "12:20", [
        ("Aktuellt", "Känd hiv sedan 2009, uppehåll i ART sedan drygt ett år. Tilltagande andfåddhet och torrhosta i tre veckor."),
        ("Status", "SpO2 89 % vid gång, 95 % i vila. Lungor: inga rassel."),
        ("Bedömning", "CD4 38. Ev. Pneumocystis jirovecii-pneumoni, inducerat sputum för PCR. Start trimetoprim-sulfa i behandlingsdos samt prednisolon."),
    ], template="Daganteckning", setting="slutenvård")],
    [("NL102", "n1")], [],
    "'Ev.' before a diagnosis (Pneumocystis pneumonia) in a visible section.")

add("inf-hiv-lang-kontroll-misstankt-kaposi", "skane", "1977-09-05", "183",
    [N("n1", "sus_hiv", ("Leila Karimi", "läkare"), "2024-02-22 13:00", "14:25", [
        ("Aktuellt", "Halvårskontroll. 46-årig man med hivinfektion sedan 2011, sexuellt smittad. Behandlas med bictegravir/emtricitabin/tenofoviralafenamid sedan 2019 utan biverkningar. Har glömt enstaka doser under semestern i Grekland men i övrigt god följsamhet enligt egen uppgift. Lever med partner sedan åtta år, partnern är hivnegativ och känner till pats diagnos. Röker 5 cig/d, alkohol 2–3 glas vin i veckan. Arbetar heltid som lärare."),
        ("Anamnes", "Sedan en månad en blåaktig, oöm förändring i gommen som inte blöder. Ingen feber, ingen viktnedgång, inga nattsvettningar. Inga nya hudförändringar enligt pat. Inga andningsbesvär, ingen diarré."),
        ("Status", "AT: gott, BMI 24.\nMun/svalg: 8 mm violett, lätt upphöjd papel i hårda gommen vä, tänderna utan synlig karies.\nHud: inga övriga pigmenterade förändringar.\nLgl: ingen förstoring på hals, i axiller eller ljumskar.\nCor: regelbunden rytm, inga biljud.\nPulm: normala andningsljud bilat.\nBuk: mjuk, ingen hepatosplenomegali."),
        ("Lab", "HIV-RNA <20 kopior/ml. CD4 540 (32 %). Krea 88, ALAT 0,45, lipider inom referens. Syfilisserologi negativ."),
        ("Bedömning", "Välbehandlad hivinfektion. Förändringen i gommen är misstänkt Kaposis sarkom trots god immunstatus, remiss till ÖNH för biopsi."),
        ("Planering", "HHV-8-serologi tas i dag. Återbesök efter PAD-svar. Rökavvänjning erbjuden, pat vill fundera. Nästa ordinarie kontroll om sex månader med lab en vecka innan."),
    ], template="Mottagningsanteckning")],
    [("NL102", "n1")], [],
    "Long HIV follow-up chart, everything settled except one hedged diagnosis: suspected Kaposi sarcoma in Bedömning.")

add("inf-hiv-patient-informerad-sambo-ej", "vgr", "1990-06-13", "538",
    [N("n1", "su_infmott", ("Ahmed Nour", "läkare"), "2024-03-05 15:30", "16:00", [
        ("Aktuellt", "Pat fick besked om sin hivinfektion vid förra besöket och har träffat kurator två gånger sedan dess."),
        ("Bedömning", "Pat vill ännu inte berätta för sin sambo. Vi har gått igenom informationsplikten enligt smittskyddslagen och pat lovar att berätta före nästa besök; kuratorn erbjuder sig att närvara."),
    ], template="Mottagningsanteckning")],
    [], [("NL101", "n1")],
    "The patient has been told; only the partner has not. That is not an uncommunicated diagnosis.")

add("inf-hiv-cd4-svar-ej-meddelat", "skane", "1965-09-21", "162",
    [N("n1", "sus_hiv", ("Marie Lönn", "sjuksköterska"), "2024-03-12 11:05", "11:12", [
        ("Provsvar", "Känd hivinfektion, välbehandlad sedan många år. CD4 580, HIV-RNA under detektionsgränsen. Pat ej informerad om dagens svar ännu, han ringer själv på fredag som vanligt."),
    ], template="Telefonanteckning")],
    [], [("NL101", "n1"), ("NL102", "n1")],
    "What the patient has not been told is a normal lab result; his HIV is long known to him.")

add("inf-hiv-lymfom-pad-ej-besked", "vgr", "1959-04-07", "249",
    [N("n1", "su_inf", ("Björn Carlsson", "läkare"), "2024-03-14 16:10", "16:45", [
        ("Provsvar", "PAD från exstirperad körtel på vänster halssida: diffust storcelligt B-cellslymfom, EBV-positivt."),
        ("Bedömning", "Hivassocierat lymfom hos pat med sent diagnostiserad hiv. Patienten har ännu inte fått besked om PAD-svaret; samtal tillsammans med hematolog planeras på måndag."),
    ], template="Daganteckning", setting="slutenvård")],
    [("NL101", "n1")], [],
    "Confirmed lymphoma (PAD) in visible sections while the patient has not yet been given the result.")

add("inf-hiv-ej-nadd-sedan-besked", "skane", "1998-12-30", "426",
    [N("n1", "sus_hiv", ("Marie Lönn", "sjuksköterska"), "2024-03-18 14:40", "14:52", [
        ("Provsvar", "Konfirmerat positivt hivtest (HIV-1), RNA 150 000 kopior/ml. Pat ej informerad då han inte svarar i telefon; kallelse skickad med brev till besök torsdag."),
     ], template="Telefonanteckning"),
     N("n2", "sus_hiv", ("Gustav Morin", "läkare"), "2024-03-21 10:00", "10:55", [
        ("Bedömning", "Besked om hivinfektionen lämnat i dag med kurator närvarande. Pat tog det hårt men har en vän med sig som stöd."),
        ("Planering", "Baslab, resistensbestämning, start ART nästa vecka."),
     ], template="Mottagningsanteckning")],
    [("NL101", "n1")], [("NL101", "n2")],
    "Two notes: the first records a confirmed HIV result not yet told (fires), the later note tells the patient (silent).")

add("inf-hiv-pep-uppfoljning-negativ", "vgr", "1995-08-25", "351",
    [N("n1", "su_infmott", ("Sara Lundgren", "läkare"), "2024-03-26 08:30", "08:55", [
        ("Aktuellt", "Uppföljning tre månader efter PEP som gavs efter oskyddat samlag med partner med okänd hivstatus."),
        ("Bedömning", "HIV Ag/Ak negativt, syfilis negativ, immun mot hepatit B. Ingen hivinfektion."),
        ("Planering", "Eventuellt PrEP-start diskuterat, pat återkommer om han önskar. Avslutas på mottagningen."),
    ], template="Mottagningsanteckning")],
    [], [("NL102", "n1")],
    "HIV is negated; the only hedge ('Eventuellt PrEP-start') is on a plan.")

add("inf-hiv-trolig-bristande-foljsamhet", "skane", "1982-01-16", "284",
    [N("n1", "sus_hiv", ("Gustav Morin", "läkare"), "2024-04-04 13:45", "14:20", [
        ("Bedömning", "HIV-RNA 1 800 kopior/ml mot tidigare omätbart. Trolig bristande följsamhet, pat medger missade doser under sommaren. Resistensbestämning skickad, ny kontroll om fyra veckor."),
    ], template="Mottagningsanteckning")],
    [], [("NL102", "n1")],
    "'Trolig' hedges adherence (a behaviour), not a diagnosis; the HIV is known and settled.")

add("inf-hiv-misstankt-pml-ej-informerad", "vgr", "1971-05-28", "403",
    [N("n1", "sas_inf", ("Therese Borg", "läkare"), "2024-04-10 15:20", None, [
        ("Bedömning", "MR hjärna: multifokala vitsubstansförändringar utan expansivitet eller kontrastuppladdning. Misstänkt progressiv multifokal leukoencefalopati (PML), JC-virus-PCR i likvor skickad. Pat ej informerad om misstanken."),
    ], template="Daganteckning", setting="slutenvård")],
    [("NL102", "n1")], [],
    "Unsigned draft: an untold suspected PML written in the visible Bedömning instead of Tidiga hypoteser is a hedged diagnosis in view (NL101 left unasserted).")

add("inf-hiv-modern-dog-troligen-aids", "skane", "1997-03-03", "620",
    [N("n1", "sus_hiv", ("Leila Karimi", "läkare"), "2024-04-17 09:30", "10:05", [
        ("Anamnes", "Vertikalt smittad hivinfektion, kom till Sverige som 8-åring. Modern dog troligen av aids i Uganda 2004, fadern okänd."),
        ("Bedömning", "Stabil på ART, HIV-RNA <20. Ingen ändring av behandlingen."),
    ], template="Mottagningsanteckning")],
    [], [("NL102", "n1")],
    "The hedged AIDS ('troligen') is the dead mother's; the patient's HIV is confirmed.")

add("inf-hiv-dd-toxoplasmos-cns-lymfom", "skane", "1963-11-20", "145",
    [N("n1", "sus_inf_l", ("Jonas Falk", "läkare"), "2024-04-24 18:15", "19:00", [
        ("Bedömning", "DT hjärna: två ringladdande expansiviteter frontalt vä. DD cerebral toxoplasmos, primärt CNS-lymfom. Toxoplasma-IgG positivt, empirisk behandling mot toxoplasmos startas och MR om två veckor."),
    ], template="Inskrivningsanteckning", setting="slutenvård")],
    [("NL102", "n1")], [],
    "'DD' listing two diagnoses for the patient in the visible Bedömning.")

add("inf-hep-hcv-ej-meddelat-saknar-telefon", "skane", "1977-06-06", "593",
    [N("n1", "sus_hep", ("Mats Håkansson", "läkare"), "2024-05-02 14:10", "14:40", [
        ("Provsvar", "HCV-RNA 2,1 miljoner IU/ml, genotyp 1a. Kronisk hepatit C."),
        ("Planering", "Har ännu inte kunnat meddela patienten, som saknar fungerande telefon. Kallelse via brev till besök 14/5, sprututbytet ombett att påminna pat."),
    ])],
    [("NL101", "n1")], [],
    "Chronic hepatitis C stated in a visible section while the note says the patient could not yet be told.")

add("inf-hep-b-typo-underattad", "vgr", "1986-10-10", "277",
    [N("n1", "su_infmott", ("Rebecka Månsson", "sjuksköterska"), "2024-03-07 10:20", "10:31", [
        ("Provsvar", "HBsAg pos, HBeAg pos, HBV-DNA 10^8 IU/ml: kronisk hepatit B. Pat ännu inte underättad, dr Haddad meddelar vid besöket 12/3."),
    ], template="Telefonanteckning")],
    [("NL101", "n1")], [],
    "Typo in the key word ('underättad' for underrättad): chronic hepatitis B stated while the patient is not yet told.")

add("inf-hep-sannolik-hepatit-a", "vgr", "1989-02-14", "139",
    [N("n1", "alingsas_med", ("Patrik Sjögren", "läkare"), "2024-05-08 17:30", "18:05", [
        ("Bedömning", "Ikterus, ALAT 2 400, bilirubin 96. Åt råa musslor i Marocko fyra veckor före insjuknandet. Sannolikt akut hepatit A, anti-HAV IgM skickat, leverfunktionen bevarad med PK 1,1."),
    ], template="Inskrivningsanteckning", setting="slutenvård")],
    [("NL102", "n1")], [],
    "'Sannolikt' on acute hepatitis A in the visible Bedömning.")

add("inf-hep-c-misstankt-cirros-fibroscan", "skane", "1969-07-07", "380",
    [N("n1", "sus_hep", ("Mats Håkansson", "läkare"), "2024-05-15 09:45", "10:30", [
        ("Bedömning", "Kronisk hepatit C genotyp 3a, behandlingsnaiv. FibroScan 18,4 kPa. Misstänkt levercirros, ultraljud lever och alfa-fetoprotein beställt före behandlingsstart."),
    ], template="Mottagningsanteckning")],
    [("NL102", "n1")], [],
    "Confirmed hepatitis C plus a hedged second diagnosis (suspected cirrhosis): the hedge decides.")

add("inf-hep-b-genomgangen-inga-hallpunkter", "vgr", "1955-12-01", "256",
    [N("n1", "skas_inf", ("Kristina Nilsson", "läkare"), "2024-05-22 13:10", "13:35", [
        ("Provsvar", "Anti-HBc pos, HBsAg neg, anti-HBs 140."),
        ("Bedömning", "Genomgången hepatit B, inga hållpunkter för aktiv infektion. Kontroll av HBV-DNA behövs bara inför framtida immunsuppression."),
    ], template="Mottagningsanteckning")],
    [], [("NL102", "n1")],
    "Past hepatitis B stated as fact; active infection negated ('inga hållpunkter för').")

add("inf-hep-pmo-trolig-viral-hepatit", "skane", "1992-04-04", "315",
    [N("n1", "vc_linero", ("Viktor Almqvist", "läkare"), "2024-05-27 11:20", "11:50", [
        ("Bedömning", "ALAT sex gånger över referens, trött i två veckor, mörk urin. Trolig viral hepatit, hepatitserologi tagen och remiss till infektion vid positivt svar."),
    ], template="Besöksanteckning")],
    [], [("NL102", "n1")],
    "PMO (vårdcentral): a hedged hepatitis is never shown as a diagnosis, so NL102 must stay silent.")

add("inf-hep-c-kand-sedan-2018", "vgr", "1974-11-29", "191",
    [N("n1", "nal_inf", ("Lars Boström", "läkare"), "2024-06-11 14:00", "14:35", [
        ("Aktuellt", "Pat har känt till sin hepatit C sedan 2018 men inte varit redo för behandling tidigare. Nu motiverad, stabil i läkemedelsassisterad behandling."),
        ("Åtgärd", "Start glekaprevir/pibrentasvir i åtta veckor. Kontroll av HCV-RNA tolv veckor efter avslutad behandling."),
    ], template="Mottagningsanteckning")],
    [], [("NL101", "n1"), ("NL102", "n1")],
    "The patient has known the diagnosis since 2018: told earlier, so NL101 is silent.")

add("inf-hep-b-barn-till-mor-ej-smittat", "skane", "2023-01-19", "528",
    [N("n1", "sus_barninf", ("Linnea Åkesson", "läkare"), "2024-02-05 13:15", "13:50", [
        ("Aktuellt", "Barn till mor med kronisk hepatit B, trol. hög smittsamhet under graviditeten då HBeAg var positivt. Fick vaccin och hepatit B-immunglobulin inom tolv timmar efter födseln."),
        ("Bedömning", "HBsAg negativt och anti-HBs 85 vid ett års ålder. Barnet är skyddat och inte smittat; uppföljningen avslutas."),
    ], template="Mottagningsanteckning")],
    [], [("NL102", "n1")],
    "Child record: the hedge ('trol.') concerns the mother's infectivity; the child is stated not infected.")

add("inf-hep-typo-forenlgt-hepatit-e", "vgr", "1960-06-18", "327",
    [N("n1", "kungalv_inf", ("Oskar Lind", "läkare"), "2024-06-18 16:00", "16:40", [
        ("Bedömning", "Ikterisk sedan en vecka, ALAT 14. Förenlgt med akut hepatit E efter resa till Nepal, HEV-IgM positivt och PCR i väntan."),
    ])],
    [("NL102", "n1")], [],
    "Typo in the hedge ('Förenlgt' for förenligt): acute hepatitis E still open, in a visible section.")

add("inf-hep-b-lang-arskontroll-negativ", "skane", "1969-08-22", "642",
    [N("n1", "sus_hep", ("Khaled Mansour", "läkare"), "2024-06-25 09:00", "10:10", [
        ("Aktuellt", "Årskontroll. 54-årig kvinna född i Vietnam med kronisk hepatit B, HBeAg-negativ, känd sedan 2005. Behandlas med tenofovir sedan 2016 på grund av fibros. Tar tabletterna på morgonen och missar sällan doser. Inga nya läkemedel, inga naturläkemedel. Mamma och bror har också hepatit B och följs i Vietnam."),
        ("Anamnes", "Mår bra. Ingen buksmärta, ingen klåda, ingen ikterus. Aptit och vikt oförändrade. Dricker inte alkohol."),
        ("Status", "AT: gott, ej ikterisk.\nBuk: mjuk, oöm, lever ej palpabel, inga ascitestecken.\nHud: inga spider naevi, inga hematom.\nPsyk: adekvat, god kontakt."),
        ("Lab", "HBV-DNA ej påvisbart. ALAT 0,31, bilirubin 9, albumin 40, PK 1,0, TPK 210. Krea 71, eGFR >90, fosfat normalt."),
        ("Utredning", "Ultraljud lever i april: homogent parenkym, inga fokala förändringar. FibroScan 6,1 kPa mot 9,8 kPa år 2016."),
        ("Bedömning", "Välkontrollerad kronisk hepatit B under behandling, regress av fibrosen. Ingen misstanke om hepatocellulär cancer vid dagens ultraljud. Njurfunktionen opåverkad av tenofovir."),
        ("Planering", "Fortsatt tenofovir. Eventuellt byte till tenofoviralafenamid om eGFR sjunker. Ultraljud och AFP var sjätte månad som HCC-övervakning enligt vårdprogram. Familjemedlemmar i Sverige erbjuds provtagning, pat tar med sig information hem."),
    ], template="Mottagningsanteckning")],
    [], [("NL102", "n1")],
    "Long chart with a settled hepatitis B, relatives' disease, a negated HCC and a hedged plan ('Eventuellt byte'), but no hedged diagnosis.")

add("inf-hep-d-koinfektion-ej-meddelad", "skane", "1984-03-09", "471",
    [N("n1", "sus_hep", ("Khaled Mansour", "läkare"), "2024-07-02 15:15", "15:40", [
        ("Provsvar", "Anti-HDV positivt och HDV-RNA påvisat hos pat med känd kronisk hepatit B. Hepatit D-koinfektion."),
        ("Planering", "Ej meddelat pat ännu, tas upp vid det ordinarie besöket i augusti tillsammans med behandlingsalternativen."),
    ])],
    [("NL101", "n1")], [],
    "Confirmed hepatitis D coinfection in view while 'Ej meddelat pat ännu'.")
# =====================================================================
# Part 4: travel returnees with fever, STI testing
# =====================================================================
add("inf-res-trolig-malaria-uganda", "vgr", "1984-09-09", "216",
    [N("n1", "su_inf", ("Helena Strand", "läkare"), "2024-01-29 23:10", "23:45", [
        ("Aktuellt", "Hemkommen från Uganda för nio dagar sedan efter besök hos släkt. Ingen malariaprofylax. Feber till 39,6 med frossa sedan två dygn."),
        ("Bedömning", "Trolig malaria, snabbtest och tjock/tunn droppe beställda akut. Inläggning för observation i väntan på parasitemigrad."),
    ], template="Inskrivningsanteckning", setting="slutenvård")],
    [("NL102", "n1")], [],
    "Travel returnee: 'Trolig malaria' in the visible Bedömning.")

add("inf-res-malaria-uteslutes", "skane", "1994-12-12", "431",
    [N("n1", "sus_inf_m", ("Ibrahim Saleh", "läkare"), "2024-02-02 10:20", "10:50", [
        ("Bedömning", "Tre negativa malariasnabbtester och mikroskopi med tolv timmars mellanrum. Malaria uteslutes. Febern tolkas som okomplicerad virusinfektion och pat mår bättre."),
    ], template="Daganteckning", setting="slutenvård")],
    [], [("NL102", "n1")],
    "Malaria is ruled out ('uteslutes'); the remaining diagnosis is stated without a hedge.")

add("inf-res-dd-dengue-chikungunya", "skane", "1980-03-30", "364",
    [N("n1", "hbg_inf", ("Malin Öberg", "läkare"), "2024-02-12 14:35", None, [
        ("Aktuellt", "Resa till Thailand och Kambodja, åter för fem dagar sedan."),
        ("Status", "Temp 38,9, petekier på underbenen, ingen buksmärta, slemhinnor utan blödning."),
        ("Bedömning", "Feber, myalgi och retroorbital värk, TPK 78. DD denguefeber, chikungunya. Dengue NS1 och serologi tagna, vätska po och undvika NSAID."),
    ])],
    [("NL102", "n1")], [],
    "'DD' on dengue and chikungunya for a febrile returnee, in the visible Bedömning.")

add("inf-res-kan-rora-sig-om-enterisk-feber", "vgr", "1976-04-01", "552",
    [N("n1", "su_inf", ("Björn Carlsson", "läkare"), "2024-08-12 19:30", "20:10", [
        ("Aktuellt", "Hemkommen från Lahore, Pakistan, efter sex veckors släktbesök. Feber i tio dygn, diffus buksmärta, förstoppning."),
        ("Status", "Temp 39,4, puls 78, enstaka rosa makler på buken."),
        ("Bedömning", "Kan röra sig om enterisk feber (tyfoid- eller paratyfoidfeber) med relativ bradykardi. Blododlingar x 2, start meropenem med tanke på XDR-stammar från Pakistan."),
    ], template="Inskrivningsanteckning", setting="slutenvård")],
    [("NL102", "n1")], [],
    "'Kan röra sig om' enteric fever: hedged diagnosis in a visible section.")

add("inf-res-typo-malria-nigeria", "skane", "1988-08-18", "309",
    [N("n1", "csk_inf", ("Erik Dahlin", "läkare"), "2024-08-20 02:15", "03:00", [
        ("Bedömning", "Trolig malria tropica efter resa till Nigeria, snabbtestet svagt positivt och mikroskopi pågår. Opåverkad, inga tecken på organpåverkan."),
    ], template="Inskrivningsanteckning", setting="slutenvård")],
    [("NL102", "n1")], [],
    "Typo in the key word ('malria'): probable falciparum malaria hedged with 'Trolig'.")

add("inf-res-villkor-feber-inom-ett-ar", "vgr", "1968-02-02", "318",
    [N("n1", "su_infmott", ("Sara Lundgren", "läkare"), "2024-09-03 10:00", "10:30", [
        ("Aktuellt", "Åter från tre månaders volontärarbete i Tanzania, mår bra. Tog malariaprofylax hela vistelsen."),
        ("Åtgärd", "Informerad om att vid feber inom ett år efter hemkomsten ska vården kontaktas och resan uppges, så att malaria snabbt kan uteslutas. Schistosomaserologi tagen efter bad i Victoriasjön."),
    ], template="Mottagningsanteckning")],
    [], [("NL102", "n1")],
    "Malaria appears only in a conditional instruction ('vid feber ... ska'), not as a hedged diagnosis.")

add("inf-res-differentialdiagnoser-leptospiros", "vgr", "1997-10-17", "265",
    [N("n1", "skas_inf", ("Emma Sjöberg", "läkare"), "2024-09-09 15:45", "16:30", [
        ("Bedömning", "Forsränning i Costa Rica, nu feber, myalgier, konjunktival injektion och kreatinin 180. Differentialdiagnoser: leptospiros, dengue, rickettsios. Start doxycyklin empiriskt."),
    ], template="Inskrivningsanteckning", setting="slutenvård")],
    [("NL102", "n1")], [],
    "'Differentialdiagnoser:' listing the patient's possible diagnoses in view.")

add("inf-res-bild-som-vid-afrikansk-fastingfeber", "skane", "1973-05-05", "624",
    [N("n1", "sus_inf_l", ("Fredrik Holm", "läkare"), "2024-09-16 13:20", "13:55", [
        ("Status", "Svart eskar 1 cm på vänster vad med regional lymfadenit i ljumsken, sparsamt makulöst exantem."),
        ("Bedömning", "Hemkommen från safari i Sydafrika. Bild som vid afrikansk fästingfeber (Rickettsia africae), doxycyklin 100 mg x 2 i sju dagar."),
    ], template="Mottagningsanteckning")],
    [("NL102", "n1")], [],
    "'Bild som vid' is a clinician's hedge: African tick-bite fever not confirmed.")

add("inf-res-son-verifierad-pat-trolig-massling", "vgr", "1986-01-26", "447",
    [N("n1", "su_inf", ("Ahmed Nour", "läkare"), "2024-03-27 18:00", "18:40", [
        ("Aktuellt", "Sonen hade laboratorieverifierad mässling förra veckan. Pat ovaccinerad, nu feber, konjunktivit och exantem från hårfästet."),
        ("Bedömning", "Trolig mässling, vårdas på luftsmittisolering. PCR från svalg och urin, smittskyddsläkaren informerad."),
    ], template="Inskrivningsanteckning", setting="slutenvård")],
    [("NL102", "n1")], [],
    "Hard positive: the son's measles is confirmed (relative), but the patient's own measles is hedged ('Trolig').")

add("inf-res-epikris-misstankt-q-feber", "skane", "1964-08-15", "213",
    [N("n1", "ystad_inf", ("Ulrika Sten", "läkare"), "2024-04-12 12:00", "2024-04-15 09:30", [
        ("Sammanfattning", "Inlagd fem dygn för feber och huvudvärk, CRP 140, lätt transaminasstegring. Blododlingar negativa, rtg pulm ua."),
        ("Diagnos", "Feber UNS (R50.9). Misstänkt Q-feber med tanke på exponering vid lamning på gården, serologi besvaras efter utskrivning."),
        ("Planering", "Återbesök på infektionsmottagningen om tre veckor med ny serologi."),
    ], template="Epikris", setting="slutenvård")],
    [("NL102", "n1")], [],
    "Discharge summary (Epikris): suspected Q fever under the visible sökord Diagnos.")

add("inf-res-pmo-telefon-dd-malaria", "skane", "1990-09-19", "181",
    [N("n1", "vc_trelleborg", ("Josefin Ek", "sjuksköterska"), "2024-10-01 08:20", "08:35", [
        ("Kontaktorsak", "Pat ringer, hemkommen från Ghana i förrgår, feber 39 sedan igår."),
        ("Bedömning", "DD malaria. Hänvisas direkt till infektionsakuten SUS Malmö, ska inte vänta på vårdcentralstid."),
    ], template="Telefonkontakt")],
    [], [("NL102", "n1")],
    "PMO telephone note: 'DD malaria' is not shown as a diagnosis in PMO.")

add("inf-res-trolig-mpox", "vgr", "1992-11-07", "339",
    [N("n1", "su_sti", ("Zeynep Arslan", "läkare"), "2024-07-15 11:30", "12:10", [
        ("Status", "Fem umbilicerade pustler perianalt och två på penisskaftet, ömma lymfkörtlar i ljumskarna."),
        ("Bedömning", "Trolig mpox efter oskyddade sexuella kontakter i Berlin för tio dagar sedan. PCR från blåsa skickad till Folkhälsomyndigheten, isolering i hemmet."),
    ])],
    [("NL102", "n1")], [],
    "'Trolig mpox' in the visible Bedömning.")

add("inf-res-lang-trolig-katayamafeber", "vgr", "1996-04-18", "262",
    [N("n1", "sas_inf", ("Therese Borg", "läkare"), "2024-10-08 14:00", "15:20", [
        ("Aktuellt", "28-årig kvinna, åter sedan tre veckor från fyra månader som volontär i Malawi. Badade i Malawisjön vid upprepade tillfällen. Tog doxycyklin som malariaprofylax. Sedan en vecka feber upp mot 39, torrhosta, trötthet och kliande urtikariella utslag på benen. Inga diarréer, ingen hematuri. Inga djurkontakter, inga sexuella kontakter under resan."),
        ("Status", "AT: lätt påverkad, temp 38,6, puls 96, BT 118/72, SpO2 97 %.\nHud: urtikariella kvaddlar på lår och underben.\nLgl: små oömma körtlar i ljumskarna.\nCor: regelbunden, inga blåsljud.\nPulm: spridda ronki, inga krepitationer.\nBuk: mjuk, lätt ömhet under höger arcus, levern palpabel 2 cm."),
        ("Lab", "Hb 128, LPK 11,2 med eosinofiler 3,4 (30 %). CRP 42. ALAT 1,1. Malariasnabbtest och mikroskopi negativa x 2."),
        ("Bedömning", "Feber, hosta och uttalad eosinofili 3–6 veckor efter sötvattensexponering i endemiskt område. Trolig schistosomiasis i akut fas (Katayamafeber). Malaria är utesluten med två negativa prover. Inga tecken på bakteriell pneumoni på rtg."),
        ("Planering", "Schistosomaserologi nu och om 6–8 veckor, urin och feces för ägg. Prednisolon 20 mg i fem dagar mot de allergiska symtomen, praziquantel ges först efter 6–8 veckor. Strongyloidesserologi tas samtidigt. Återbesök om en vecka."),
    ], template="Mottagningsanteckning")],
    [("NL102", "n1")], [],
    "Long travel chart full of negations, one hedged diagnosis: 'Trolig schistosomiasis i akut fas'.")

add("inf-res-typo-kan-ej-utelsutas-cerebral-malaria", "vgr", "1987-03-06", "384",
    [N("n1", "su_inf", ("Jonas Falk", "läkare"), "2024-10-21 03:40", "04:20", [
        ("Bedömning", "P. falciparum med 6 % parasitemi, sänkt vakenhet med GCS 13. Cerebral malaria kan ej utelsutas, artesunat iv påbörjat och IVA-konsult tillkallad."),
    ], template="Inskrivningsanteckning", setting="slutenvård")],
    [("NL102", "n1")], [],
    "Typo in the hedge ('utelsutas'): cerebral malaria left open in view although falciparum malaria itself is confirmed.")

add("inf-sti-susp-gonorre", "vgr", "1996-02-11", "480",
    [N("n1", "su_sti", ("Zeynep Arslan", "läkare"), "2024-01-16 13:10", "13:30", [
        ("Anamnes", "Purulent flytning från uretra och sveda sedan tre dagar. Oskyddat vaginalt samlag för en vecka sedan."),
        ("Bedömning", "Susp. gonorré. Odling och NAAT tagna, ceftriaxon 1 g im givet, partnern ska smittspåras."),
    ])],
    [("NL102", "n1")], [],
    "Abbreviated hedge 'Susp.' on gonorrhoea in the visible Bedömning.")

add("inf-sti-forenlig-med-sekundar-syfilis", "skane", "1983-10-03", "357",
    [N("n1", "sus_sti", ("Cecilia Hedlund", "läkare"), "2024-01-25 10:40", "11:15", [
        ("Status", "Makulopapulöst exantem på bål, handflator och fotsulor, ej kliande. Fläckvis alopeci i bakhuvudet."),
        ("Bedömning", "Bilden är förenlig med sekundär syfilis. TPPA och RPR tagna, bensatinpenicillin ges när svaret kommit."),
    ], template="Mottagningsanteckning")],
    [("NL102", "n1")], [],
    "'förenlig med' secondary syphilis before serology: a hedged diagnosis in view.")

add("inf-sti-ej-forenlig-med-syfilis", "vgr", "2000-05-05", "171",
    [N("n1", "su_sti", ("Lovisa Ahlgren", "läkare"), "2024-02-07 15:00", "15:25", [
        ("Bedömning", "Pityriasis rosea med heraldfläck på bröstet följd av ovala fjällande fläckar i julgransmönster. Utslagen är inte förenliga med sekundär syfilis och serologin är negativ."),
    ])],
    [], [("NL102", "n1")],
    "Hard negative: 'inte förenliga med sekundär syfilis' negates the hedge phrase; the stated diagnosis is settled.")

add("inf-sti-pmo-um-misstankt-klamydia", "skane", "2006-09-14", "248",
    [N("n1", "um_malmo", ("Hanna Wikström", "barnmorska"), "2024-02-14 15:30", "15:50", [
        ("Kontaktorsak", "Sveda vid miktion sedan en vecka, ny partner sedan en månad, använder inte kondom."),
        ("Bedömning", "Misstänkt klamydia. NAAT tagen, svar via 1177 inom en vecka. Partnern rekommenderas att testa sig."),
    ], template="Besöksanteckning")],
    [], [("NL102", "n1")],
    "Youth clinic in PMO (17-year-old patient): hedged chlamydia is not shown as a diagnosis in PMO.")

add("inf-sti-klamydia-partner-ej-berattat", "skane", "1998-01-08", "591",
    [N("n1", "sus_sti", ("Cecilia Hedlund", "läkare"), "2024-02-21 09:50", None, [
        ("Bedömning", "Klamydia verifierad med NAAT från urin, doxycyklin i sju dagar förskrivet. Pat har ännu inte berättat för sin partner; smittspårningen sköts av kurator som kan kontakta partnern anonymt om pat önskar."),
    ], template="Mottagningsanteckning")],
    [], [("NL101", "n1"), ("NL102", "n1")],
    "Hard negative: it is the partner who has not been told, by the patient; the patient knows the diagnosis.")

add("inf-sti-gonorre-besked-per-telefon", "vgr", "1993-03-14", "112",
    [N("n1", "su_sti", ("Rebecka Månsson", "sjuksköterska"), "2024-03-05 16:20", "16:30", [
        ("Telefonkontakt", "Gonorré påvisad i odling från svalg, känslig för ceftriaxon. Pat fick besked per telefon 4/3 och kommer för behandling i morgon bitti."),
    ], template="Telefonanteckning")],
    [], [("NL101", "n1"), ("NL102", "n1")],
    "Confirmed gonorrhoea already told to the patient by phone the day before.")

add("inf-sti-latent-syfilis-ej-fatt-veta", "skane", "1978-07-25", "402",
    [N("n1", "sus_sti", ("Anders Thulin", "läkare"), "2024-03-13 11:30", "11:55", [
        ("Provsvar", "TPPA positiv, RPR 1:32. Sen latent syfilis, ingen tidigare behandling registrerad."),
        ("Planering", "Svaret ska inte lämnas per telefon. Pat har ännu inte fått veta och kallas till läkarbesök nästa vecka för information, behandling och smittspårning."),
    ])],
    [("NL101", "n1")], [],
    "Late latent syphilis in a visible section while 'Pat har ännu inte fått veta'.")

add("inf-sti-stark-misstanke-neurosyfilis", "vgr", "1962-12-19", "239",
    [N("n1", "su_inf", ("Kerstin Bergh", "läkare"), "2024-03-20 14:15", "14:50", [
        ("Bedömning", "Känd obehandlad syfilis sedan 2021, nu hörselnedsättning vänster och dimsyn. Stark misstanke om neurosyfilis, LP planeras och ögonkonsult beställd."),
    ], template="Mottagningsanteckning")],
    [("NL102", "n1")], [],
    "'Stark misstanke om' neurosyphilis: a hedged diagnosis even if strongly suspected.")

add("inf-sti-typo-sannolkit-mycoplasma", "skane", "1991-04-22", "516",
    [N("n1", "sus_sti", ("Anders Thulin", "läkare"), "2024-04-03 10:05", "10:25", [
        ("Bedömning", "Sannolkit Mycoplasma genitalium-uretrit, klamydia- och gonorréprov negativa sedan tidigare. NAAT för M. genitalium inklusive makrolidresistens skickad."),
    ])],
    [("NL102", "n1")], [],
    "Typo in the hedge ('Sannolkit'): probable M. genitalium urethritis in view.")

add("inf-sti-normala-svar-ej-meddelade", "vgr", "1989-09-03", "164",
    [N("n1", "su_sti", ("Rebecka Månsson", "sjuksköterska"), "2024-04-11 13:40", "13:48", [
        ("Provsvar", "HIV, syfilis, klamydia och gonorré negativa."),
        ("Åtgärd", "Pat ej informerad om de normala svaren ännu, sms via 1177 skickas i morgon."),
    ], template="Omvårdnadsanteckning")],
    [], [("NL101", "n1"), ("NL102", "n1")],
    "What is untold is a set of normal results; no diagnosis is withheld.")

add("inf-sti-fragestallning-lgv", "vgr", "1985-07-09", "573",
    [N("n1", "su_sti", ("Lovisa Ahlgren", "läkare"), "2024-04-29 09:30", None, [
        ("Utredning", "Proktit med blodig flytning, rektal klamydia-NAAT positiv. Frågeställning LGV (lymfogranuloma venereum), genotypning beställd och doxycyklin i 21 dagar påbörjat."),
    ])],
    [("NL102", "n1")], [],
    "Unsigned draft: 'Frågeställning LGV' leaves a diagnosis open in the visible sökord Utredning.")

add("inf-sti-pmo-typo-misstankr-gonorre", "skane", "2007-02-19", "410",
    [N("n1", "um_malmo", ("Hanna Wikström", "barnmorska"), "2024-05-07 16:00", "16:15", [
        ("Kontaktorsak", "Gulaktig flytning och sveda sedan fyra dagar, oskyddat samlag på festival."),
        ("Bedömning", "Misstänkr gonorré, odling och NAAT tagna, tid till läkare på torsdag."),
    ], template="Besöksanteckning")],
    [], [("NL102", "n1")],
    "Typo in the hedge ('Misstänkr'), PMO youth clinic (patient 17): must_not, since PMO never shows diagnoses.")
# =====================================================================
# Part 5: wound and bone infections, antibiotic stewardship
# =====================================================================
add("inf-ben-mr-talar-for-osteomyelit", "vgr", "1952-06-27", "356",
    [N("n1", "sas_ort", ("Gustav Morin", "läkare"), "2024-01-11 13:00", "13:40", [
        ("Bedömning", "MR vänster fot: benmärgsödem i MT I-huvudet med kortikal destruktion intill såret. Fyndet talar för osteomyelit, benbiopsi för odling innan antibiotika."),
    ], template="Konsultationsanteckning")],
    [("NL102", "n1")], [],
    "'talar för' osteomyelitis: imaging points towards but does not settle the diagnosis.")

add("inf-ben-mr-talar-emot-osteomyelit", "skane", "1948-10-13", "203",
    [N("n1", "hlm_ort", ("Per-Olof Nyström", "läkare"), "2024-01-18 10:30", "11:00", [
        ("Utredning", "MR höger fot: mjukdelsödem plantart men normal benmärgssignal."),
        ("Bedömning", "Talar emot osteomyelit. Fortsatt sårvård och avlastning med ortos."),
    ], template="Mottagningsanteckning")],
    [], [("NL102", "n1")],
    "'Talar emot' osteomyelitis is a negation, the mirror of 'talar för'.")

add("inf-ben-oklart-om-protesinfektion", "vgr", "1946-01-31", "279",
    [N("n1", "su_molndal_ort", ("Daniel Roos", "läkare"), "2024-01-24 14:10", None, [
        ("Aktuellt", "Knäprotes höger 2021, smärta och svullnad sedan tre månader, CRP 28."),
        ("Bedömning", "Oklart om protesinfektion föreligger; ledpunktion för LPK, odling och alfa-defensin. Antibiotika avvaktas till efter punktionen."),
    ], template="Mottagningsanteckning")],
    [("NL102", "n1")], [],
    "'Oklart om protesinfektion föreligger' is an open diagnosis in a visible section.")

add("inf-ben-protesinfektion-op-datum-ej-meddelat", "skane", "1950-04-18", "438",
    [N("n1", "hlm_ort", ("Mikael Sandberg", "läkare"), "2024-01-31 11:40", "12:15", [
        ("Bedömning", "Verifierad sen protesinfektion i vänster höft med Staphylococcus epidermidis i tre av fem vävnadsodlingar. Tvåseansrevision planeras."),
        ("Planering", "Pat ej informerad om operationsdatum än, operationskoordinator ringer när tid finns."),
    ])],
    [], [("NL101", "n1"), ("NL102", "n1")],
    "What is not yet told is an operation date, not the (confirmed) diagnosis.")

add("inf-ben-diagnos-spondylodiskit-fragetecken", "vgr", "1957-08-02", "517",
    [N("n1", "nal_inf", ("Dragana Petrović", "läkare"), "2024-02-06 16:30", "16:45", [
        ("Aktuellt", "Ländryggsvärk och feber, S. aureus i 2/2 blododlingar."),
        ("Diagnos", "Spondylodiskit L3–L4?"),
    ], template="Inskrivningsanteckning", setting="slutenvård")],
    [("NL102", "n1")], [],
    "Short note: a question mark after the diagnosis under the visible sökord Diagnos.")

add("inf-ben-barn-misstankt-septisk-artrit", "skane", "2017-11-22", "364",
    [N("n1", "sus_barninf", ("Sanna Mattsson", "läkare"), "2024-02-09 17:50", "18:20", [
        ("Aktuellt", "Haltar sedan igår och vill inte belasta höger ben, feber 39,2."),
        ("Status", "Höger höft i flexion och utåtrotation, smärtsam vid passiv rörelse."),
        ("Bedömning", "UL visar ledvätska i höger höft, CRP 96. Misstänkt septisk artrit, ledpunktion i narkos i kväll."),
    ], template="Inskrivningsanteckning", setting="slutenvård")],
    [("NL102", "n1")], [],
    "Child (6 years, guardians read): suspected septic arthritis in the visible Bedömning.")

add("inf-ben-barn-utan-hallpunkt-septisk-artrit", "vgr", "2018-06-09", "185",
    [N("n1", "su_dsbus", ("Cecilia Hedlund", "läkare"), "2024-02-16 11:00", "11:30", [
        ("Bedömning", "Ledvätskan klar, LPK 2 000 och odlingen negativ efter 48 timmar. Utan hållpunkt för septisk artrit; coxitis simplex efter förkylning."),
    ], template="Daganteckning", setting="slutenvård")],
    [], [("NL102", "n1")],
    "Child: septic arthritis negated ('Utan hållpunkt för'); transient synovitis stated as the diagnosis.")

add("inf-sar-pmo-hemsjukvard-ev-erysipelas", "skane", "1936-03-17", "240",
    [N("n1", "hsv_eslov", ("Ingrid Sandell", "sjuksköterska"), "2024-02-26 08:40", "09:05", [
        ("Status", "Rodnad, svullnad och värmeökning vänster underben sedan i morse, temp 38,4."),
        ("Åtgärd", "Ev. erysipelas. Jourhavande läkare på VC kontaktad, bedömning på mottagningen i eftermiddag, anhörig kör."),
    ], template="Hembesök")],
    [], [("NL102", "n1")],
    "Home-care nurse note in PMO: 'Ev. erysipelas' is not shown as a diagnosis in PMO.")

add("inf-sar-kan-inte-utesluta-nekrotiserande", "vgr", "1966-09-25", "405",
    [N("n1", "skas_inf", ("Kristina Nilsson", "läkare"), "2024-03-01 01:20", None, [
        ("Bedömning", "Smärta ur proportion mot status, krepitationer vid palpation av låret och stigande laktat. Kan inte utesluta nekrotiserande mjukdelsinfektion, kirurg tillkallad för akut exploration, klindamycin läggs till."),
    ], template="Inskrivningsanteckning", setting="slutenvård")],
    [("NL102", "n1")], [],
    "Unsigned night draft: 'Kan inte utesluta' necrotising soft-tissue infection is a hedge, not a negation.")

add("inf-sar-typo-osteomyleit-kan-ej-uteslutas", "skane", "1959-01-05", "612",
    [N("n1", "csk_inf", ("Erik Dahlin", "läkare"), "2024-03-08 13:15", "13:45", [
        ("Bedömning", "Diabetessår på dig II höger fot, probe-to-bone positiv. Osteomyleit kan ej uteslutas, MR fot beställd."),
    ], template="Mottagningsanteckning")],
    [("NL102", "n1")], [],
    "Typo in the key word ('Osteomyleit'): open osteomyelitis in a visible Bedömning.")

add("inf-sar-kns-trolig-kontaminant", "skane", "1961-07-29", "123",
    [N("n1", "sus_inf_l", ("Malin Öberg", "läkare"), "2024-03-22 10:10", "10:25", [
        ("Provsvar", "KNS i en av fyra blododlingsflaskor efter 40 timmar, trolig kontaminant."),
        ("Bedömning", "Pat afebril och mår bra. Ingen behandling och inga nya odlingar."),
    ], template="Daganteckning", setting="slutenvård")],
    [], [("NL102", "n1")],
    "'trolig kontaminant' hedges a lab finding (a contaminated bottle), not a disease of the patient.")

add("inf-ben-osteomyelit-calcaneus-ej-kommunicerat", "vgr", "1955-02-20", "289",
    [N("n1", "sas_ort", ("Mikael Sandberg", "läkare"), "2024-03-29 15:00", "15:30", [
        ("Utredning", "MR höger häl: osteomyelit i calcaneus med liten abscess under trycksåret."),
        ("Bedömning", "Ej kommunicerat med pat ännu; fyndet ska först diskuteras med ortoped och diabetolog. Fortsatt kloxacillin iv."),
    ], template="Daganteckning", setting="slutenvård")],
    [("NL101", "n1")], [],
    "Osteomyelitis of the calcaneus stated in view while 'Ej kommunicerat med pat ännu'.")

add("inf-ben-lang-epidural-abscess-ej-informerad", "skane", "1952-12-03", "377",
    [N("n1", "hbg_inf", ("Malin Öberg", "läkare"), "2024-04-08 12:30", "13:45", [
        ("Aktuellt", "Dag 3. 71-årig man inlagd med S. aureus-bakteriemi (MSSA) utan känd ingångsport. Behandlas med kloxacillin 2 g x 4 iv. Diabetes typ 2, tablettbehandlad, förmaksflimmer med apixaban. Bor med hustrun, klarar sig själv."),
        ("Anamnes", "Fortsatt ländryggsvärk, sedan i natt även strålning ner i vänster ben. Inga blåsrubbningar, känner när han kissar. Ingen domning i ridbyxeområdet."),
        ("Status", "AT: trött men adekvat, temp 38,1, puls 92, BT 135/80.\nRygg: uttalad palpationsömhet över L4–L5.\nNeuro: kraft 5/5 i benen bilat, reflexer lika, Lasègue positiv vä vid 40 grader.\nCor: oregelbunden rytm, inget nytillkommet blåsljud.\nHud: inga abscesser, inga stickmärken, inga endokarditstigmata."),
        ("Utredning", "MR hela ryggen i morse: spondylodiskit L4–L5 med epidural abscess som trycker på vänster nervrot. TTE utan vegetationer."),
        ("Bedömning", "Spondylodiskit L4–L5 med epidural abscess, sekundär till S. aureus-bakteriemin. Pat ej informerad om MR-fyndet då han sov vid ronden; han informeras av undertecknad i eftermiddag när hustrun är på plats. Ryggkirurg konsulterad, ingen akut operationsindikation så länge neurologin är intakt."),
        ("Planering", "Neurologstatus x 3 per dygn, kontakta jour vid kraftnedsättning eller blåsstörning. Apixaban pausas inför eventuell punktion. TEE bokas. Planerad behandlingstid minst sex veckor."),
    ], template="Daganteckning", setting="slutenvård")],
    [("NL101", "n1")], [],
    "Long ward chart: confirmed spondylodiscitis with epidural abscess in view while the patient has not yet been told the MR finding.")

add("inf-endokardit-informeras-forst-efter-thorax", "vgr", "1954-03-08", "358",
    [N("n1", "su_inf", ("Kerstin Bergh", "läkare"), "2024-04-15 16:40", "17:10", [
        ("Utredning", "TEE: 12 mm mobil vegetation på mitralisklaffens främre segel med måttlig insufficiens."),
        ("Bedömning", "Vänstersidig endokardit med Streptococcus mitis-gruppen. Enligt överenskommelse med thoraxkirurg informeras pat först efter deras bedömning i morgon, när operationsfrågan är klarlagd."),
    ], template="Daganteckning", setting="slutenvård")],
    [("NL101", "n1")], [],
    "Confirmed endocarditis in view; the patient is to be told only tomorrow ('informeras pat först efter').")

add("inf-kryptokockmeningit-vantar-med-information", "vgr", "1983-05-13", "262",
    [N("n1", "su_inf", ("Helena Strand", "läkare"), "2024-04-22 19:15", None, [
        ("Provsvar", "Kryptokockantigen positivt i likvor med titer 1:1024, tuschpreparat visar kapslade jästceller."),
        ("Bedömning", "Kryptokockmeningit hos pat med nyupptäckt avancerad hiv. Väntar med information till pat om diagnosen tills amharisktalande tolk finns på plats i morgon."),
    ], template="Daganteckning", setting="slutenvård")],
    [("NL101", "n1")], [],
    "Unsigned draft: confirmed cryptococcal meningitis in view, information to the patient deliberately postponed.")

add("inf-typo-ej-infomerad-mrsa-bakteriemi", "skane", "1945-11-15", "231",
    [N("n1", "csk_inf", ("Anna-Karin Fors", "läkare"), "2024-04-29 08:15", "08:50", [
        ("Provsvar", "Blododling: meticillinresistent S. aureus (MRSA) i två av två flaskor."),
        ("Bedömning", "MRSA-bakteriemi med ingångsport i den perifera infarten, vankomycin insatt. Pat ej infomerad om odlingssvaret ännu då han varit sederad under natten."),
    ], template="Daganteckning", setting="slutenvård")],
    [("NL101", "n1")], [],
    "Typo in the key word ('infomerad'): confirmed MRSA bacteraemia in view while the patient is not yet informed.")

add("inf-kutan-leishmaniasis-ej-kand-for-patienten", "skane", "1987-07-04", "350",
    [N("n1", "sus_inf_l", ("Fredrik Holm", "läkare"), "2024-05-03 14:50", "15:20", [
        ("Provsvar", "PCR från sårkant: Leishmania major."),
        ("Bedömning", "Kutan leishmaniasis på höger underarm, smittad under vistelse i Syrien. Diagnosen är ännu inte känd för patienten, besked ges vid återbesöket på tisdag."),
    ])],
    [("NL101", "n1")], [],
    "Confirmed cutaneous leishmaniasis in view; 'Diagnosen är ännu inte känd för patienten'.")

add("inf-leverabscesser-ej-informerad-dottern", "vgr", "1947-10-22", "183",
    [N("n1", "sas_inf", ("Daniel Roos", "läkare"), "2024-05-10 15:35", "16:05", [
        ("Utredning", "DT buk: tre leverabscesser i höger leverlob, den största 6 cm."),
        ("Bedömning", "Multipla pyogena leverabscesser med Klebsiella pneumoniae i blododling. Pat har inte informerats om fynden än, dottern önskar vara med vid samtalet i morgon."),
    ], template="Daganteckning", setting="slutenvård")],
    [("NL101", "n1")], [],
    "Confirmed liver abscesses in view while the patient has not been informed yet.")

add("inf-erysipelas-inget-om-information", "vgr", "1975-06-30", "446",
    [N("n1", "nal_inf", ("Lars Boström", "läkare"), "2024-05-16 10:50", "11:05", [
        ("Bedömning", "Erysipelas höger underben med ingångsport i fotsvamp mellan tårna. PcV 1,6 g x 3 i tio dagar och behandling av fotsvampen."),
    ])],
    [], [("NL101", "n1"), ("NL102", "n1")],
    "Confirmed erysipelas and nothing at all said about telling the patient: NL101 stays silent.")

add("inf-latent-tb-remiss-ej-informerad", "skane", "2002-01-02", "416",
    [N("n1", "sus_tb", ("Amira Haddad", "läkare"), "2024-05-23 13:25", "13:55", [
        ("Bedömning", "Latent tuberkulos hos tidigare frisk student, IGRA 1,9 och rtg pulm ua."),
        ("Åtgärd", "Remiss skickad till TB-mottagningen i Malmö för behandlingsstart närmare hemmet. Pat ej informerad om att remissen gått iväg, meddelas via 1177."),
    ])],
    [], [("NL101", "n1"), ("NL102", "n1")],
    "What is untold is that a referral was sent, not a diagnosis.")

add("inf-kurator-dagen-efter-hivbesked", "skane", "1984-04-11", "365",
    [N("n1", "sus_hiv", ("Marie Lönn", "kurator"), "2024-06-12 13:00", "13:40", [
        ("Samtal", "Stödsamtal dagen efter att pat fick beskedet om hivinfektion av läkaren. Pat chockad och skamfylld men har stöd av sin syster. Vi pratade om vem hon vill berätta för och om smittspårningen."),
    ], template="Kuratorsanteckning")],
    [], [("NL101", "n1"), ("NL102", "n1")],
    "Counsellor note: the HIV diagnosis was told the day before.")

add("inf-strama-trolig-cdiff", "vgr", "1941-08-19", "258",
    [N("n1", "su_strama", ("Jonas Falk", "läkare"), "2024-06-19 10:15", None, [
        ("Antibiotikarond", "Fått klindamycin i tre veckor för diabetesfot, nu vattentunna diarréer åtta gånger per dygn. Trolig Clostridioides difficile-infektion; toxin-PCR skickad, klindamycin sätts ut och peroralt vankomycin startas."),
    ], template="Konsultationsanteckning", setting="slutenvård")],
    [("NL102", "n1")], [],
    "Stewardship round: 'Trolig Clostridioides difficile-infektion' in a visible section.")

add("inf-strama-ev-peroralt-trolig-behandlingstid", "skane", "1953-09-09", "441",
    [N("n1", "sus_strama", ("Tobias Engström", "läkare"), "2024-06-26 14:30", "15:00", [
        ("Bedömning", "Vertebral osteomyelit L2 med MSSA, verifierad med biopsi. Dag 10 av kloxacillin iv, CRP 180 → 35."),
        ("Planering", "Ev. byte till peroral behandling efter två veckor om CRP fortsätter sjunka. Trolig total behandlingstid sex veckor."),
    ], template="Konsultationsanteckning", setting="slutenvård")],
    [], [("NL102", "n1")],
    "Both hedges ('Ev.', 'Trolig') are on the treatment plan; the osteomyelitis is biopsy-verified.")

add("inf-strama-trolig-utskrivning-pneumoni", "vgr", "1951-03-21", "494",
    [N("n1", "kungalv_inf", ("Oskar Lind", "läkare"), "2024-07-17 10:00", "10:20", [
        ("Bedömning", "Pneumoni i höger underlob med pneumokocker i blododling. Feberfri sedan igår och CRP sjunker."),
        ("Planering", "Trolig utskrivning i morgon med PcV 1 g x 3 till totalt sju dagar."),
    ], template="Daganteckning", setting="slutenvård")],
    [], [("NL102", "n1")],
    "'Trolig utskrivning' hedges a discharge plan; pneumonia is confirmed.")

add("inf-strama-endokardit-kan-ej-uteslutas", "skane", "1958-04-26", "287",
    [N("n1", "csk_inf", ("Erik Dahlin", "läkare"), "2024-07-24 15:10", "15:35", [
        ("Bedömning", "S. aureus i två av två blododlingar, pacemakerbärare. Endokardit kan ej uteslutas trots normal TTE, TEE bokas till torsdag."),
    ], template="Konsultationsanteckning", setting="slutenvård")],
    [("NL102", "n1")], [],
    "'Endokardit kan ej uteslutas': an open diagnosis in view.")

add("inf-strama-endokardit-kan-nu-uteslutas", "vgr", "1963-01-12", "316",
    [N("n1", "su_strama", ("Kerstin Bergh", "läkare"), "2024-07-31 13:20", "13:45", [
        ("Antibiotikarond", "TEE utan vegetationer och blododlingar negativa efter 48 timmar. Endokardit kan därmed uteslutas och 14 dagars behandling räcker för den okomplicerade bakteriemin."),
    ], template="Konsultationsanteckning", setting="slutenvård")],
    [], [("NL102", "n1")],
    "Hard negative: 'kan därmed uteslutas' (without 'ej') rules endocarditis out.")

add("inf-strama-sannolikt-god-effekt", "skane", "1978-05-31", "272",
    [N("n1", "ystad_inf", ("Ulrika Sten", "läkare"), "2024-08-07 09:55", "10:15", [
        ("Bedömning", "Pyelonefrit med E. coli, känslig för ceftriaxon. Sannolikt god effekt av behandlingen med CRP 210 → 64 och feberfrihet sedan ett dygn."),
    ], template="Daganteckning", setting="slutenvård")],
    [], [("NL102", "n1")],
    "'Sannolikt' hedges the treatment response, not the (confirmed) pyelonephritis.")

add("inf-strama-fragetecken-pa-planer", "vgr", "1970-08-13", "159",
    [N("n1", "sas_inf", ("Therese Borg", "läkare"), "2024-08-14 11:10", "11:30", [
        ("Bedömning", "Pneumoni i vänster underlob, verifierad med rtg."),
        ("Planering", "Byte till peroralt amoxicillin i morgon? Återbesök med rtg om sex veckor?"),
    ], template="Daganteckning", setting="slutenvård")],
    [], [("NL102", "n1")],
    "The question marks are on plans, not on a diagnosis.")

add("inf-strama-lang-urosepsis-negativ", "vgr", "1957-02-14", "433",
    [N("n1", "su_inf", ("Helena Strand", "läkare"), "2024-08-21 10:30", "11:40", [
        ("Aktuellt", "Dag 4 på infektionsavdelningen. 67-årig kvinna inlagd med urosepsis, E. coli i blod och urin, ESBL-negativ. Behandlats med cefotaxim 1 g x 3 iv, sedan igår kväll feberfri. KOL med inhalationer, hypertoni."),
        ("Anamnes", "Mår klart bättre, äter och dricker, har varit uppe och gått i korridoren. Ingen flanksmärta längre. Lös avföring en gång i morse, inga vattentunna diarréer."),
        ("Status", "AT: gott, pigg, temp 37,2, puls 76, BT 128/74, AF 16, SpO2 94 % utan syrgas.\nCor: regelbunden rytm utan blåsljud.\nPulm: förlängt exspirium, inga rassel.\nBuk: mjuk, dunkömheten över vänster njurloge avklingad.\nHud: perifer infart utan rodnad."),
        ("Lab", "CRP 248 → 112 → 51. LPK 6,8. Krea 96 från 160 vid ankomst. Laktat normaliserat."),
        ("Bedömning", "Urosepsis med E. coli med god behandlingseffekt. Inga tecken på avflödeshinder vid ultraljud av njurarna igår, ingen misstanke om njurabscess. Den lösa avföringen bedöms inte som antibiotikaassocierad diarré."),
        ("Planering", "Byte till peroralt ciprofloxacin 500 mg x 2, totalt tio dagars behandling. Trolig hemgång i morgon förmiddag om fortsatt feberfri. Eventuellt kontroll av krea på vårdcentralen om en vecka, pat får remissen med sig. Ingen rutinmässig kontrollodling."),
    ], template="Daganteckning", setting="slutenvård")],
    [], [("NL102", "n1")],
    "Long ward chart: confirmed urosepsis, several negated diagnoses and hedged plans, but no hedged diagnosis.")
# =====================================================================
# Part 6: CNS, pneumonia, children, PMO, protected places, more typos
# =====================================================================
add("inf-neuro-inger-misstanke-neuroborrelios", "skane", "1969-10-19", "332",
    [N("n1", "sus_inf_l", ("Jonas Falk", "läkare"), "2024-08-26 15:30", "16:00", [
        ("Aktuellt", "Perifer facialispares höger sedan fyra dagar, fästingbett i juni utan erytem."),
        ("Bedömning", "Inger misstanke om neuroborrelios. LP i morgon med celler, borreliaantikroppar och index."),
    ], template="Mottagningsanteckning")],
    [("NL102", "n1")], [],
    "'Inger misstanke om' neuroborreliosis in a visible section.")

add("inf-neuro-tidigare-misstankt-nu-verifierad", "vgr", "1977-03-23", "268",
    [N("n1", "skas_inf", ("Emma Sjöberg", "läkare"), "2024-09-02 11:40", "12:10", [
        ("Bedömning", "Tidigare misstänkt, nu verifierad Lyme-neuroborrelios: likvor med mononukleär pleocytos och intratekal antikroppsproduktion mot borrelia. Doxycyklin 200 mg x 1 i 14 dagar."),
    ], template="Mottagningsanteckning")],
    [], [("NL102", "n1")],
    "Hard negative: 'misstänkt' describes the earlier stage; the diagnosis is now stated as verified.")

add("inf-neuro-afebril-misstankt-hjarnabscess", "vgr", "1981-11-02", "429",
    [N("n1", "su_inf", ("Björn Carlsson", "läkare"), "2024-09-10 17:20", "17:55", [
        ("Status", "Afebril, ingen nackstelhet, lätt pares i vänster hand."),
        ("Bedömning", "Misstänkt hjärnabscess med utgångspunkt från tandinfektionen i underkäken. DT hjärna med kontrast i kväll och neurokirurg kontaktas."),
    ], template="Inskrivningsanteckning", setting="slutenvård")],
    [("NL102", "n1")], [],
    "Hard positive: negated symptoms in Status, then a hedged diagnosis (suspected brain abscess) in Bedömning.")

add("inf-neuro-typo-ingen-missanke-meningit", "skane", "1994-07-27", "118",
    [N("n1", "hbg_inf", ("Ibrahim Saleh", "läkare"), "2024-01-30 22:05", "22:40", [
        ("Bedömning", "Influensa A påvisad med PCR. Ingen missanke om meningit, huvudvärken förklaras av febern och är bättre efter paracetamol."),
    ], template="Akutanteckning")],
    [], [("NL102", "n1")],
    "Typo in the negated hedge ('Ingen missanke om'): meningitis is still negated, influenza confirmed.")

add("inf-pneumoni-mojlig-legionella", "skane", "1956-02-09", "248",
    [N("n1", "sus_inf_m", ("Khaled Mansour", "läkare"), "2024-09-24 20:40", "21:15", [
        ("Bedömning", "Lobär pneumoni höger, natrium 126 och diarré. Möjlig legionellapneumoni efter hotellvistelse på Mallorca, urinantigen skickat och levofloxacin insatt."),
    ], template="Inskrivningsanteckning", setting="slutenvård")],
    [("NL102", "n1")], [],
    "'Möjlig' on Legionella pneumonia in view; the lobar pneumonia itself is settled.")

add("inf-barn-misstankt-pertussis-spadbarn", "vgr", "2023-12-02", "472",
    [N("n1", "su_dsbus", ("Sanna Mattsson", "läkare"), "2024-03-06 03:10", "03:45", [
        ("Aktuellt", "Tre månader gammal flicka, hostattacker med kräkningar och korta apnéer sedan en vecka. Storebror har hostat i en månad."),
        ("Bedömning", "Misstänkt pertussis, NPH-PCR tagen och azitromycin påbörjat. Övervakning med saturationsmätare."),
    ], template="Inskrivningsanteckning", setting="slutenvård")],
    [("NL102", "n1")], [],
    "Infant (guardians read the journal): suspected pertussis in the visible Bedömning.")

add("inf-pmo-bvc-misstankt-impetigo", "skane", "2021-08-08", "316",
    [N("n1", "bvc_ksd", ("Josefin Ek", "sjuksköterska"), "2024-05-13 09:20", "09:35", [
        ("Bedömning", "Misstänkt impetigo med gula krustor runt munnen. Råd om tvål och vatten, tid till läkare på vårdcentralen i morgon."),
    ], template="Besöksanteckning")],
    [], [("NL102", "n1")],
    "BVC note in PMO: a hedged impetigo is never shown as a diagnosis in PMO.")

add("inf-pmo-vc-trolig-erythema-migrans", "skane", "1979-08-31", "227",
    [N("n1", "vc_hoor", ("Ola Persson", "läkare"), "2024-07-08 10:45", "10:55", [
        ("Bedömning", "Trolig erythema migrans på vänster lår, 8 cm, fästingbett för tre veckor sedan. PcV 1 g x 3 i tio dagar."),
    ], template="Besöksanteckning")],
    [], [("NL102", "n1")],
    "One-line PMO note: probable erythema migrans, not shown as a diagnosis in PMO.")

add("inf-skane-sokord-th-i-vanlig-mall", "skane", "1952-10-10", "358",
    [N("n1", "sus_hiv", ("Gustav Morin", "läkare"), "2024-10-09 13:30", "14:10", [
        ("Aktuellt", "Hustrun beskriver tilltagande glömska och personlighetsförändring sedan ett halvår hos pat med känd hiv."),
        ("Tidiga hypoteser", "Trolig hivassocierad neurokognitiv störning, neuropsykologisk testning beställd."),
    ], template="Läkaranteckning")],
    [("NL102", "n1")], [],
    "Skåne protects by template, not by sökord: a 'Tidiga hypoteser' section inside an ordinary Läkaranteckning is visible.")

add("inf-vgr-mall-th-men-sokord-bedomning", "vgr", "1969-12-25", "190",
    [N("n1", "su_inf", ("Kerstin Bergh", "läkare"), "2024-10-16 15:45", "16:20", [
        ("Bedömning", "Pancytopeni, ferritin 24 000 och hög feber efter EBV-infektion. Misstänkt hemofagocyterande lymfohistiocytos (HLH), benmärgsprov planeras."),
    ], template="Tidiga hypoteser", setting="slutenvård")],
    [("NL102", "n1")], [],
    "VGR protects by sökord, not by template: the note is named Tidiga hypoteser but the hedge stands under the visible sökord Bedömning.")

add("inf-vgr-th-sokord-plus-lacka-i-bedomning", "vgr", "1974-04-04", "241",
    [N("n1", "su_infmott", ("Johan Lindqvist", "läkare"), "2024-10-23 10:20", "11:00", [
        ("Tidiga hypoteser", "Misstänkt hivassocierat lymfom med tanke på B-symtom och splenomegali."),
        ("Bedömning", "Oklar feber och viktnedgång hos pat med välbehandlad hiv, troligt lymfom. PET-DT beställd."),
    ], template="Mottagningsanteckning")],
    [("NL102", "n1")], [],
    "VGR: the hypothesis is correctly under Tidiga hypoteser but is repeated, hedged, in the visible Bedömning.")

add("inf-skane-th-mall-sedan-hedge-i-synlig", "skane", "1982-06-17", "366",
    [N("n1", "sus_inf_m", ("Yusuf Demir", "läkare"), "2024-10-28 16:00", "16:20", [
        ("Bedömning", "Misstänkt visceral leishmaniasis efter vistelse i södra Spanien, benmärgsprov planerat."),
     ], template="Tidiga hypoteser", setting="slutenvård"),
     N("n2", "sus_inf_m", ("Yusuf Demir", "läkare"), "2024-10-29 09:30", "10:00", [
        ("Bedömning", "Pancytopeni och splenomegali. Trol. visceral leishmaniasis, benmärgsaspiration görs i dag."),
     ], template="Daganteckning", setting="slutenvård")],
    [("NL102", "n2")], [("NL102", "n1")],
    "Skåne: the hypothesis sits protected in a Tidiga hypoteser note (silent) and then appears hedged in the next day's ordinary note (fires).")

add("inf-typo-trolgi-pyelonefrit", "vgr", "1995-10-10", "298",
    [N("n1", "kungalv_inf", ("Oskar Lind", "läkare"), "2024-11-04 21:30", "22:00", [
        ("Bedömning", "Feber 39, dunkömhet vänster njurloge, nitrit positiv. Trolgi pyelonefrit, urinodling tagen och cefotaxim iv."),
    ], template="Inskrivningsanteckning", setting="slutenvård")],
    [("NL102", "n1")], [],
    "Typo in the hedge ('Trolgi'): probable pyelonephritis in view.")

add("inf-typo-differntialdiagnos-leverabscess", "skane", "1979-01-27", "475",
    [N("n1", "sus_inf_m", ("Ibrahim Saleh", "läkare"), "2024-11-11 14:20", None, [
        ("Utredning", "DT buk: 7 cm hypodens förändring i höger leverlob hos pat hemkommen från Indien för en månad sedan."),
        ("Bedömning", "Differntialdiagnos amöbaabscess och pyogen leverabscess. Amöbaserologi och blododlingar tagna, metronidazol plus ceftriaxon i väntan."),
    ], template="Inskrivningsanteckning", setting="slutenvård")],
    [("NL102", "n1")], [],
    "Typo in the hedge ('Differntialdiagnos'): two open diagnoses in view.")

add("inf-typo-inga-tecken-pa-tuberkolos", "skane", "1970-10-28", "299",
    [N("n1", "sus_tb", ("Henrik Ståhlberg", "läkare"), "2024-11-18 10:00", "10:20", [
        ("Bedömning", "Inga tecken på tuberkolos vid bronkoskopi, BAL negativ för mykobakterier i mikroskopi och PCR."),
    ])],
    [], [("NL102", "n1")],
    "Typo in the key word ('tuberkolos'), negated with 'Inga tecken på'.")

add("inf-typo-eventuelt-extraktion", "vgr", "1958-11-05", "336",
    [N("n1", "su_molndal_ort", ("Daniel Roos", "läkare"), "2024-11-20 13:40", "14:00", [
        ("Bedömning", "Infekterat osteosyntesmaterial i vänster fotled, verifierat med odling."),
        ("Planering", "Eventuelt extraktion av plattan efter läkning, ortopeden avgör."),
    ], template="Mottagningsanteckning")],
    [], [("NL102", "n1")],
    "Typo in the hedge ('Eventuelt'), which hedges a plan (hardware removal), not a diagnosis.")

add("inf-hiv-barn-trolig-smitta-vid-forlossning", "vgr", "2016-05-20", "582",
    [N("n1", "su_dsbus", ("Cecilia Hedlund", "läkare"), "2024-06-27 10:00", "10:40", [
        ("Aktuellt", "8-årig flicka med perinatalt förvärvad hiv, kom från Zimbabwe 2022. Trolig smitta under förlossningen enligt tidigare journal."),
        ("Bedömning", "Omätbar virusmängd på dolutegravir-baserad behandling, växer och utvecklas normalt. Fortsatt samma regim."),
    ], template="Mottagningsanteckning")],
    [], [("NL102", "n1")],
    "Child record: 'Trolig' hedges when the infection was transmitted; the HIV diagnosis itself is confirmed.")

add("inf-tb-sokord-telefon-ssk-misstankt-aktiv", "skane", "1992-07-13", "457",
    [N("n1", "sus_tb", ("Karin Wallin", "sjuksköterska"), "2024-11-27 09:10", "09:25", [
        ("Telefonkontakt", "Pat ringer, har hostat i fyra veckor och ingick i kontaktspårning i våras. Enligt dr Ståhlberg misstänkt aktiv tuberkulos, kallas till mottagningen i morgon kl 08.30 med munskydd."),
    ], template="Telefonanteckning")],
    [("NL102", "n1")], [],
    "Nurse telephone note relaying the doctor's 'misstänkt aktiv tuberkulos' in a visible section.")
# =====================================================================
# Part 7: validation and output
# =====================================================================
CODES = {"NL101", "NL102"}
NOTE_KEYS = ["id", "system", "template", "unit", "author", "time", "signed",
             "setting", "refs", "sections"]
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def _age(birth, when):
    return when.year - birth.year - ((when.month, when.day) < (birth.month, birth.day))


def _luhn_ok(pid, birth):
    m = re.fullmatch(r"(\d{8})-(\d{4})", pid)
    if not m or m.group(1) != birth.replace("-", ""):
        return False
    digits = m.group(1)[2:] + m.group(2)
    total = 0
    for i, ch in enumerate(digits):
        x = int(ch) * (2 if i % 2 == 0 else 1)
        total += x // 10 + x % 10
    return total % 10 == 0


def _dt2024(s, what, errs, name):
    try:
        d = datetime.datetime.strptime(s, "%Y-%m-%dT%H:%M:%S")
    except (TypeError, ValueError):
        errs.append("%s: bad %s %r" % (name, what, s))
        return None
    if d.year != 2024:
        errs.append("%s: %s not in 2024: %s" % (name, what, s))
    return d


def validate(cases):
    errs = []
    names = set()
    sentences = {}
    for c in cases:
        name = c.get("case")
        if list(c.keys()) != ["case", "ruleset", "record", "must", "must_not", "why"]:
            errs.append("%s: wrong keys %s" % (name, list(c.keys())))
        if not name or not name.startswith("inf-"):
            errs.append("bad case name %r" % name)
        if name in names:
            errs.append("duplicate case name %s" % name)
        names.add(name)
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append("%s: bad ruleset" % name)
        if not c["why"] or "\n" in c["why"]:
            errs.append("%s: why must be one line" % name)
        rec = c["record"]
        if list(rec.keys()) != ["patient", "as_of", "notes", "access_events",
                                "conversations", "treatments"]:
            errs.append("%s: wrong record keys" % name)
        if rec["access_events"] or rec["conversations"] or rec["treatments"]:
            errs.append("%s: access_events/conversations/treatments must be empty" % name)
        pat = rec["patient"]
        try:
            birth = datetime.date.fromisoformat(pat["birth_date"])
        except ValueError:
            errs.append("%s: bad birth_date" % name)
            continue
        if not _luhn_ok(pat["id"], pat["birth_date"]):
            errs.append("%s: personnummer %s invalid or not matching birth date" % (name, pat["id"]))
        as_of = _dt2024(rec["as_of"], "as_of", errs, name)
        notes = {}
        for n in rec["notes"]:
            if list(n.keys()) != NOTE_KEYS:
                errs.append("%s: note keys %s" % (name, list(n.keys())))
            if n["id"] in notes:
                errs.append("%s: duplicate note id %s" % (name, n["id"]))
            notes[n["id"]] = n
            if n["system"] not in ("Melior", "PMO"):
                errs.append("%s: bad system" % name)
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                errs.append("%s: VGR note %s is not Melior" % (name, n["id"]))
            if n["unit"]["hsa_id"][:13] != (SK if c["ruleset"] == "skane" else VG):
                errs.append("%s: unit HSA id from the wrong region" % name)
            t = _dt2024(n["time"], "time", errs, name)
            if n["signed"] is not None:
                s = _dt2024(n["signed"], "signed", errs, name)
                if t and s and s < t:
                    errs.append("%s: signed before written" % name)
            for when in (t, as_of):
                if when:
                    a = _age(birth, when.date())
                    if 13 <= a <= 15 or a < 0:
                        errs.append("%s: patient age %d not allowed" % (name, a))
            if t and as_of and t > as_of:
                errs.append("%s: note after as_of" % name)
            if not n["sections"]:
                errs.append("%s: note without sections" % name)
            for sec in n["sections"]:
                if not sec["keyword"] or not sec["text"].strip():
                    errs.append("%s: empty section" % name)
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in sentences and sentences[sent] != (name, n["id"], sec["keyword"]):
                            errs.append("repeated sentence in %s and %s: %r"
                                        % (sentences[sent][0], name, sent))
                        sentences.setdefault(sent, (name, n["id"], sec["keyword"]))
        if not c["must"] and not c["must_not"]:
            errs.append("%s: asserts nothing" % name)
        seen = set()
        for lst in ("must", "must_not"):
            for item in c[lst]:
                if len(item) != 2 or item[0] not in CODES:
                    errs.append("%s: bad assertion %r" % (name, item))
                    continue
                code, target = item
                if (code, target) in seen:
                    errs.append("%s: %s on %s asserted twice" % (name, code, target))
                seen.add((code, target))
                if target not in notes:
                    errs.append("%s: target %s does not exist" % (name, target))
                    continue
                note = notes[target]
                if code == "NL102" and lst == "must" and note["system"] != "Melior":
                    errs.append("%s: must NL102 on a non-Melior note" % name)
                if code == "NL102" and lst == "must" and c["ruleset"] == "skane" \
                        and note["template"] == "Tidiga hypoteser":
                    errs.append("%s: must NL102 on a protected Skåne note" % name)
                if code == "NL102" and lst == "must" and c["ruleset"] == "vgr" \
                        and all(s["keyword"] == "Tidiga hypoteser" for s in note["sections"]):
                    errs.append("%s: must NL102 on a fully protected VGR note" % name)
                if code == "NL101" and note["system"] == "PMO":
                    errs.append("%s: NL101 asserted on a PMO note" % name)
    return errs


def main():
    errs = validate(CASES)
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        return 1
    with open(OUT, "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    print("%d cases written to %s" % (len(CASES), OUT))
    for code in sorted(CODES):
        print("%s must=%d must_not=%d" % (code, counts.get((code, "must"), 0),
                                          counts.get((code, "must_not"), 0)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
