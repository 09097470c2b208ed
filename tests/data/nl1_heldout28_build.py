#!/usr/bin/env python3
"""Held-out NL101/NL102 cases (Swedish clinical text), written independently.

Deterministic and dependency-free. Writes nl1_heldout28_cases.jsonl beside this
file and validates it; exits 1 on any problem.

Sources used for the assertions: the regional routines (seeds/) and the rule
catalog in DESIGN.md only. Conventions follow data/devset/README.md:
  * NL102 asserted only for Melior notes; every PMO case is must_not NL102.
  * NL101 is never asserted on PMO notes.
  * Skåne protects Tidiga hypoteser by template, VGR by sökord.
  * VGR cases are Melior; PMO cases are Skåne primary care.
  * Patients are under 13 or 16 and older.
"""
import datetime as dt
import json
import os
import re
import sys

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "nl1_heldout28_cases.jsonl")

# --------------------------------------------------------------------------
# Units: key -> (region, system, name, hsa_id, is_bup)
# --------------------------------------------------------------------------
UNITS = {
    # Skåne, Melior (hospital care)
    "akut_malmo": ("skane", "Melior", "Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4A21"),
    "inf_lund": ("skane", "Melior", "Infektionskliniken, Skånes universitetssjukhus Lund", "SE2321000255-5C07"),
    "med_krist": ("skane", "Melior", "Medicinkliniken, Centralsjukhuset Kristianstad", "SE2321000255-6D14"),
    "ort_hbg": ("skane", "Melior", "Ortopedkliniken, Helsingborgs lasarett", "SE2321000255-7E32"),
    "ger_ystad": ("skane", "Melior", "Geriatriska kliniken, Lasarettet i Ystad", "SE2321000255-3B58"),
    "psyk_lund": ("skane", "Melior", "Vuxenpsykiatrimottagning Lund", "SE2321000255-8F46"),
    "bup_malmo": ("skane", "Melior", "Barn- och ungdomspsykiatrin, öppenvårdsmottagning Malmö", "SE2321000255-2A93"),
    "barn_lund": ("skane", "Melior", "Barn- och ungdomsmedicin, akutmottagningen Lund", "SE2321000255-9G11"),
    "onk_lund": ("skane", "Melior", "Skånes onkologiska klinik, Lund", "SE2321000255-1H65"),
    "kard_lund": ("skane", "Melior", "Hjärtsviktsmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4J27"),
    "neuro_malmo": ("skane", "Melior", "Neurologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-5K80"),
    "gyn_hbg": ("skane", "Melior", "Kvinnokliniken, Helsingborgs lasarett", "SE2321000255-6L39"),
    "onh_lund": ("skane", "Melior", "Öron-, näs- och halskliniken, Skånes universitetssjukhus Lund", "SE2321000255-7M52"),
    "hud_lund": ("skane", "Melior", "Hudkliniken, Skånes universitetssjukhus Lund", "SE2321000255-8N04"),
    "kir_trbg": ("skane", "Melior", "Kirurgiska kliniken, Trelleborgs lasarett", "SE2321000255-3P71"),
    # Skåne, PMO (primary care)
    "vc_sorgenfri": ("skane", "PMO", "Vårdcentralen Sorgenfri, Malmö", "SE2321000255-2Q18"),
    "vc_hoor": ("skane", "PMO", "Vårdcentralen Höör", "SE2321000255-1R44"),
    "vc_simrishamn": ("skane", "PMO", "Vårdcentralen Simrishamn", "SE2321000255-9S36"),
    "bvc_eslov": ("skane", "PMO", "Barnavårdscentralen Eslöv", "SE2321000255-4T59"),
    "um_lund": ("skane", "PMO", "Ungdomsmottagningen Lund", "SE2321000255-5U62"),
    "hsjv_ystad": ("skane", "PMO", "Hemsjukvården Ystad", "SE2321000255-6V85"),
    # Västra Götaland, Melior (hospital care)
    "akut_su": ("vgr", "Melior", "Akutmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E4K7"),
    "med_ostra": ("vgr", "Melior", "Medicinkliniken, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E5L2"),
    "inf_ostra": ("vgr", "Melior", "Infektionskliniken, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E6M9"),
    "barn_dsbus": ("vgr", "Melior", "Barnakuten, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E7N3"),
    "ort_molndal": ("vgr", "Melior", "Ortopedmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E8P5"),
    "ger_molndal": ("vgr", "Melior", "Geriatriska avdelningen, Mölndals sjukhus", "SE2321000131-E9Q1"),
    "kard_nal": ("vgr", "Melior", "Kardiologiska kliniken, NU-sjukvården NÄL", "SE2321000131-F1R8"),
    "neuro_su": ("vgr", "Melior", "Neurologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-F2S4"),
    "onk_jk": ("vgr", "Melior", "Jubileumskliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-F3T6"),
    "psyk_kungalv": ("vgr", "Melior", "Vuxenpsykiatrisk mottagning, Kungälvs sjukhus", "SE2321000131-F4U2"),
    "gyn_boras": ("vgr", "Melior", "Kvinnosjukvården, Södra Älvsborgs sjukhus Borås", "SE2321000131-F5V7"),
    "onh_su": ("vgr", "Melior", "Öron-näs-halsmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-F6W3"),
    "hud_skovde": ("vgr", "Melior", "Hudmottagningen, Skaraborgs sjukhus Skövde", "SE2321000131-F7X9"),
    "kir_alingsas": ("vgr", "Melior", "Kirurgmottagningen, Alingsås lasarett", "SE2321000131-F8Y5"),
    "med_uddevalla": ("vgr", "Melior", "Medicinavdelning 21, Uddevalla sjukhus", "SE2321000131-F9Z1"),
}
BUP_UNITS = {"bup_malmo"}

AUTHORS = [
    "Karin Lindqvist", "Johan Persson", "Sara Nyström", "Ahmed Hassan", "Emma Bergkvist",
    "Mikael Håkansson", "Lina Svensson", "Per-Olof Rydberg", "Maria Ekström", "Oskar Dahl",
    "Fatima Rahimi", "Henrik Sjöberg", "Ingrid Fors", "Nils Wallin", "Elin Grahn",
]


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def pnr(birth, serial):
    """birth 'YYYYMMDD', serial three digits -> 'YYYYMMDD-NNNC' (Luhn-valid)."""
    return f"{birth}-{serial}{luhn_digit(birth[2:] + serial)}"


CASES = []


def C(cid, ruleset, birth, serial, unit, when, sections, must=(), must_not=(), why="",
      template="Läkaranteckning", role="läkare", setting="öppenvård", signed=True,
      author=None):
    region, system, uname, hsa = UNITS[unit]
    t = dt.datetime.fromisoformat(when)
    as_of = (t + dt.timedelta(days=1)).replace(hour=0, minute=0, second=0)
    if author is None:
        author = AUTHORS[len(CASES) % len(AUTHORS)]
    note = {
        "id": "n1",
        "system": system,
        "template": template,
        "unit": {"name": uname, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": t.isoformat(),
        "signed": (t + dt.timedelta(minutes=40)).isoformat() if signed else None,
        "setting": setting,
        "refs": [],
        "sections": [{"keyword": k, "text": v} for k, v in sections],
    }
    record = {
        "patient": {"id": pnr(birth, serial),
                    "birth_date": f"{birth[:4]}-{birth[4:6]}-{birth[6:]}",
                    "protected_identity": False},
        "as_of": as_of.isoformat(),
        "notes": [note],
        "access_events": [],
        "conversations": [],
        "treatments": [],
    }
    CASES.append({
        "case": cid,
        "ruleset": ruleset,
        "record": record,
        "must": [[c, "n1"] for c in must],
        "must_not": [[c, "n1"] for c in must_not],
        "why": why,
        "_unit": unit,
    })


# ==========================================================================
# Batch 1
# ==========================================================================

C("akut-susp-pneumoni-hogerbasalt", "skane", "19460418", "982", "akut_malmo", "2024-01-15T21:40",
  [("Aktuellt", "77-årig kvinna, hosta och feber sedan 4 d. Tilltagande andfåddhet, dålig aptit, dricker lite."),
   ("Status", "AT: Lätt påverkad. Pulm: krepitationer basalt hö. SaT 91% på luft, AF 24, temp 38,9. Cor: RR, inga blåsljud."),
   ("Bedömning", "Susp. pneumoni hö basalt. Rtg pulm beställd, lab inkl CRP, blododl x2. Startar inj bensyl-pc 3 g x 3.")],
  must=["NL102"], setting="akut",
  why="abbreviated hedge 'Susp.' before a diagnosis in Bedömning of a visible Melior note")

C("akut-lungemboli-uteslutes-dt", "vgr", "19880902", "986", "akut_su", "2024-02-03T03:15",
  [("Aktuellt", "Andningskorrelerad bröstsmärta vä sedan igår, kom hem från Thailand i förrgår efter 11 h flyg."),
   ("Lab", "D-dimer 0,9, Troponin T <5, CRP 4."),
   ("Bedömning", "Lungemboli uteslutes då DT-angio är utan emboli. Smärtan bedöms vara muskulär, hem med paracetamol.")],
  must_not=["NL102"], setting="akut",
  why="diagnosis explicitly excluded with 'uteslutes' never fires NL102")

C("inf-trol-uvi-kad", "vgr", "19410611", "981", "inf_ostra", "2024-02-11T10:20",
  [("Aktuellt", "Pat med KAD sedan 3 v pga urinretention. Feber 38,5 sedan morgonen, grumlig urin enl ssk."),
   ("Bedömning", "Trol. UVI, KAD byts och odling tas från ny kateter. Startar cefotaxim 1 g x 3 i väntan på odlingssvar.")],
  must=["NL102"], setting="slutenvård", signed=False,
  why="'Trol.' before an abbreviated diagnosis (UVI) in an unsigned draft")

C("ger-problemlista-anemi-fragetecken", "skane", "19340125", "984", "ger_ystad", "2024-02-20T11:05",
  [("Problemlista", "1. Hjärtsvikt NYHA III\n2. Förmaksflimmer, Eliquis\n3. Anemi?\n4. KOL GOLD 2\n5. Upprepade fall i hemmet"),
   ("Planering", "Kompletterar med järnstatus, B12 och folat. Sjukgymnast bedömer gång och balans imorgon.")],
  must=["NL102"], setting="slutenvård",
  why="question mark after one item in a problem list is a hedged diagnosis")

C("ger-problemlista-alla-faststallda", "vgr", "19370719", "988", "ger_molndal", "2024-03-04T09:30",
  [("Problemlista", "1. Alzheimers sjukdom (G30.1)\n2. Hypertoni\n3. Typ 2-diabetes, tablettbehandlad\n4. Osteoporos med kotkompression Th12\n5. Kronisk njursvikt stadium 3b"),
   ("Aktuellt", "Inlagd efter fall i hemmet utan fraktur. Mobiliseras med rollator, äter bra.")],
  must_not=["NL102"], setting="slutenvård",
  why="problem list of settled diagnoses, one with ICD-10 code, has nothing uncertain")

C("gyn-hereditet-brostcancer-mor", "skane", "19790308", "982", "gyn_hbg", "2024-03-06T13:40",
  [("Hereditet", "Mor bröstcancer vid 45 års ålder, moster ovarialcancer. Genetisk utredning ej gjord i släkten."),
   ("Aktuellt", "Kommer för kontroll enligt hereditetsprogrammet, inga nya besvär från brösten."),
   ("Planering", "Mammografi och MR bröst enligt program, remiss till onkogenetisk mottagning för rådgivning.")],
  must_not=["NL102"],
  why="family history of confirmed cancers in relatives is not a hypothesis about the patient")

C("kard-hereditet-far-trol-infarkt", "vgr", "19670514", "985", "kard_nal", "2024-03-08T14:10",
  [("Hereditet", "Far dog plötsligt vid 52 års ålder, trol. hjärtinfarkt. Bror har familjär hyperkolesterolemi."),
   ("Bedömning", "Stabil angina pectoris, arbetsprov positivt vid 125 W med 2 mm ST-sänkning. Planerar koronarangiografi.")],
  must_not=["NL102"],
  why="the hedge concerns the father's cause of death, not a diagnosis of the patient")

C("ort-trol-hem-imorgon", "skane", "19390930", "982", "ort_hbg", "2024-03-12T15:25",
  [("Aktuellt", "Dag 2 postop efter hemiartroplastik vä höft pga collumfraktur. Mobiliseras med rollator, smärtlindrad på paracetamol."),
   ("Planering", "Trol. hem imorgon om fortsatt stabil, ev. korttidsboende några veckor. Suturtagning på VC dag 14.")],
  must_not=["NL102"], setting="slutenvård",
  why="trol./ev. hedge discharge and placement, not a diagnosis")

C("pmo-vc-misstankt-pneumoni", "skane", "19580227", "983", "vc_sorgenfri", "2024-01-22T10:50",
  [("Aktuellt", "Hosta 10 d, feber senaste 2 d, trött. Rökare 20 paketår."),
   ("Status", "Opåverkad. Rassel vä bas. SaT 95%. CRP 87."),
   ("Bedömning", "Misstänkt pneumoni vä, ger PcV 1 g x 3 i 7 d. Åter om ej bättre på 3 d, Rtg pulm efter 6 v pga rökning.")],
  must_not=["NL102"], template="Journalanteckning",
  why="PMO never shows diagnoses, so a hedged pneumonia at a vårdcentral does not fire")

C("neuro-tia-kan-ej-uteslutas", "vgr", "19520716", "981", "neuro_su", "2024-02-14T16:45",
  [("Aktuellt", "Övergående talsvårighet och svaghet hö hand ca 20 min igår kväll, nu helt återställd."),
   ("Status", "NIHSS 0. Regelbunden rytm. BT 168/94."),
   ("Bedömning", "TIA kan ej uteslutas, läggs in för telemetri och DT-angio av halskärl. ASA 160 mg laddning.")],
  must=["NL102"], setting="slutenvård",
  why="'kan ej uteslutas' after a diagnosis is a hedge")

C("neuro-inga-tecken-stroke-hypoglykemi", "skane", "19490103", "987", "neuro_malmo", "2024-02-17T07:55",
  [("Aktuellt", "Hittad förvirrad och svag i hö arm av hemtjänsten, insulinbehandlad diabetes."),
   ("Bedömning", "Inga tecken på stroke på MR hjärna, symtomen gick i regress efter glukos iv. Hypoglykemi, P-glukos 2,1 vid ankomst. Insulindosen sänks.")],
  must_not=["NL102"], setting="akut",
  why="stroke is negated with 'inga tecken på' and the real diagnosis is stated as fact")

C("kir-typo-missankt-appendicit", "skane", "19990421", "986", "kir_trbg", "2024-03-02T23:10",
  [("Aktuellt", "Buksmärta sedan igår kväll, började kring naveln och har vandrat till hö fossa. Illamående, ej kräkts."),
   ("Status", "Ömmar över McBurneys punkt, släppömhet. Temp 38,1. LPK 14,2, CRP 38."),
   ("Bedömning", "Missänkt appendicit, remiss DT buk. Fastande, dropp, ny bedömning efter DT.")],
  must=["NL102"], setting="akut",
  why="typo in the hedge word ('Missänkt') still marks an uncertain diagnosis")

C("barn-otitis-media-fragetecken", "vgr", "20210305", "982", "barn_dsbus", "2024-01-28T19:30",
  [("Aktuellt", "2-årig flicka med feber sedan igår och gnäller, tar sig mot hö öra. Äter och dricker sämre."),
   ("Status", "Pigg mellan febertopparna. Otoskopi: hö trumhinna rodnad men ej buktande, vä ua."),
   ("Bedömning", "Otitis media acuta? Avvaktar med antibiotika, åter vid försämring eller om febern håller i sig 2 d till.")],
  must=["NL102"], setting="akut", signed=False,
  why="Latin diagnosis followed by a question mark in a child's visible note")

C("barn-bilateral-aom-faststalld", "skane", "20190811", "987", "barn_lund", "2024-02-06T18:05",
  [("Status", "Otoskopi: buktande, gulvita trumhinnor bilat. Temp 39,4. Opåverkad i övrigt."),
   ("Bedömning", "Bilateral akut mediaotit hos 4-åring, behandlas med amoxicillin 7 d. Åter vid utebliven effekt.")],
  must_not=["NL102"], setting="akut",
  why="a confirmed otitis with bilateral otoscopic findings is not a hypothesis")

C("onk-nl101-smacellig-ej-informerad", "skane", "19560920", "983", "onk_lund", "2024-03-11T12:20",
  [("Aktuellt", "Genomgång av svar efter bronkoskopi med biopsi från tumör i vä huvudbronk."),
   ("Bedömning", "PAD visar småcellig lungcancer. Pat ej informerad om diagnosen ännu, besked ges på återbesök 14/3 med kontaktssk närvarande.")],
  must=["NL101"], must_not=["NL102"],
  why="settled cancer diagnosis in a visible section while the text says the patient is not yet informed")

C("onk-nl101-brostcancer-informerad", "vgr", "19710115", "988", "onk_jk", "2024-03-13T10:00",
  [("Bedömning", "PAD visar duktal bröstcancer, ER-pos, HER2-neg. Pat informerad om diagnosen idag tillsammans med maken, kontaktssk närvarande."),
   ("Planering", "Neoadjuvant behandling diskuteras på MDK, kallelse till onkolog skickas.")],
  must_not=["NL101", "NL102"],
  why="diagnosis communicated to the patient the same day: nothing uncommunicated is visible")

C("neuro-nl101-als-i-tidiga-hypoteser-mall", "skane", "19630402", "981", "neuro_malmo", "2024-03-15T15:50",
  [("Hypotes", "Utbredda fascikulationer, EMG med denervation i tre regioner, inger misstanke om ALS. Pat ej informerad om misstanken, ska diskuteras på neurokonferens innan besked.")],
  must_not=["NL101", "NL102"], template="Tidiga hypoteser",
  why="hypothesis and 'not informed' written in the Skåne template Tidiga hypoteser, which is filtered")

C("neuro-nl101-ms-vgr-sokord-tidiga", "vgr", "19940826", "984", "neuro_su", "2024-03-18T11:35",
  [("Aktuellt", "Återbesök efter MR hjärna och lumbalpunktion, synen på hö öga nästan återställd."),
   ("Tidiga hypoteser", "MR-fynd och oligoklonala band talar starkt för MS. Pat ej informerad, besked vid läkarbesök nästa vecka."),
   ("Planering", "Återbesök om en vecka, kontakt med MS-sjuksköterska vid behov.")],
  must_not=["NL101", "NL102"],
  why="VGR: the diagnosis and 'not informed' sit under the filtered sökord Tidiga hypoteser")

C("neuro-nl101-ms-vgr-i-bedomning", "vgr", "19910212", "986", "neuro_su", "2024-04-02T14:25",
  [("Aktuellt", "Andra episoden med känselbortfall i benen på ett år."),
   ("Bedömning", "MR och likvorfynd uppfyller McDonaldkriterierna för multipel skleros. Pat ännu ej informerad om diagnosen, besked ges vid återbesök 9/4.")],
  must=["NL101"],
  why="VGR: a settled diagnosis in Bedömning while the text says the patient has not been told yet")

C("psyk-trolig-bipolar-dd", "skane", "19960604", "988", "psyk_lund", "2024-01-30T09:15",
  [("Aktuellt", "Nedstämd sedan 2 mån, sover dåligt. Beskriver också perioder med minskat sömnbehov och stora impulsiva köp."),
   ("Bedömning", "Trolig bipolär sjukdom typ II, aktuellt depressiv episod. Diskuterar stämningsstabiliserare vid nästa besök.")],
  must=["NL102"], signed=False,
  why="'Trolig' before a psychiatric diagnosis in a visible psychiatry note")

C("psyk-ingen-psykos-faststalld-depression", "vgr", "19850317", "983", "psyk_kungalv", "2024-02-08T13:00",
  [("Status", "Vaken, orienterad. Sänkt grundstämning, god kontakt. Inga tecken på psykos. Ej suicidal, tar avstånd från tankar på att dö."),
   ("Bedömning", "Måttlig depressiv episod (F32.1), fortsätter sertralin 100 mg. Återbesök 4 v.")],
  must_not=["NL102"],
  why="psychosis negated with 'inga tecken på' and the depression stated as fact with its code")

C("ort-scaphoideum-prefix-fragetecken", "vgr", "20010919", "987", "ort_molndal", "2024-01-18T17:40",
  [("Aktuellt", "Föll på utsträckt hö hand i handbollsträningen."),
   ("Status", "Svullnad och ömhet i tabatieren. Rtg: ingen säker fraktur."),
   ("Bedömning", "?Scaphoideumfraktur hö. Gipsas i skafoidgips, nytt Rtg om 10-14 d.")],
  must=["NL102"], setting="akut", signed=False,
  why="question mark placed before the diagnosis word is a hedge")

C("ort-fotled-ingen-fraktur", "skane", "19920506", "981", "ort_hbg", "2024-02-24T20:05",
  [("Status", "Svullen lateralt vä fotled, kan ej belasta 4 steg. Ottawa-kriterier uppfyllda."),
   ("Bedömning", "Rtg vä fotled: ingen fraktur påvisas. Lateral fotledsdistorsion, elastisk linda och belastning efter förmåga.")],
  must_not=["NL102"], setting="akut",
  why="fracture negated after X-ray and the sprain stated as fact")

C("inf-dd-malaria-dengue-tyfoid", "skane", "19830729", "985", "inf_lund", "2024-01-09T22:30",
  [("Aktuellt", "Hemkommen från Ghana för 9 d sedan. Feber till 40, frossa och huvudvärk sedan 3 d. Tog ingen malariaprofylax."),
   ("Bedömning", "DD: malaria, denguefeber, tyfoidfeber. Malariasnabbtest, blodutstryk och blododlingar x 2, inläggning på isoleringsrum.")],
  must=["NL102"], setting="slutenvård",
  why="a 'DD:' list of differential diagnoses is hedged by definition")

C("inf-dd-avskrivna-virusinfektion", "vgr", "19750208", "984", "inf_ostra", "2024-01-24T15:00",
  [("Aktuellt", "Feber efter safari i Tanzania, inlagd för utredning sedan 3 d."),
   ("Bedömning", "Malaria avskrivs efter tre negativa utstryk. Blododlingar utan växt, denguserologi negativ. Okomplicerad virusinfektion, hem med symtomatisk behandling.")],
  must_not=["NL102"], setting="slutenvård",
  why="every differential has been written off ('avskrivs', negative tests); the final diagnosis is stated")

C("kard-susp-nstemi-bekraftad-samma-anteckning", "skane", "19600113", "983", "kard_lund", "2024-02-27T18:15",
  [("Aktuellt", "Inkom med tryckande bröstsmärta sedan 3 h, susp. NSTEMI av ambulans."),
   ("Förlopp", "Troponin T 45 -> 180. Angiografi: ocklusion av RCx, PCI med en stent."),
   ("Diagnos", "NSTEMI (I21.4), behandlad med PCI mot RCx. Dubbel trombocythämning i 12 mån.")],
  must_not=["NL102"], setting="slutenvård",
  why="the suspicion on arrival is confirmed later in the same note, so the diagnosis is settled")

C("med-typo-trol-pnemoni-utan-punkt", "vgr", "19440622", "988", "med_uddevalla", "2024-03-01T11:45",
  [("Status", "Dova andningsljud och krepitationer vä basalt. Temp 38,3, SaT 92%."),
   ("Bedömning", "Trol pnemoni vä, startar bensyl-pc 3 g x 3. Rtg pulm imorgon bitti.")],
  must=["NL102"], setting="slutenvård",
  why="typo in the diagnosis word ('pnemoni') and hedge without full stop ('Trol')")

C("pmo-vc-ev-erythema-migrans", "skane", "19710930", "987", "vc_hoor", "2024-06-12T09:20",
  [("Aktuellt", "Rodnad ca 6 cm kring fästingbett på vä vad, märkt den 10 d efter bettet."),
   ("Bedömning", "Ev. erythema migrans, ger fenoximetylpenicillin 1 g x 3 i 10 d. Åter om rodnaden sprider sig.")],
  must_not=["NL102"], template="Journalanteckning",
  why="PMO: a hedged Latin diagnosis at a vårdcentral is never shown, so no NL102")

C("hud-melanom-kan-ej-uteslutas", "vgr", "19680101", "985", "hud_skovde", "2024-04-09T10:10",
  [("Status", "Pigmenterad lesion på ryggen, 8 mm, asymmetrisk med oregelbunden kant. Dermatoskopi: atypiskt pigmentnätverk."),
   ("Bedömning", "Melanom kan ej uteslutas, excideras med 2 mm marginal och skickas för PAD.")],
  must=["NL102"],
  why="'kan ej uteslutas' keeps a malignancy open in a visible dermatology note")

C("hud-seborroisk-keratos-benign", "skane", "19500512", "986", "hud_lund", "2024-04-11T14:30",
  [("Status", "Vaxartad brun papel på vä flank. Dermatoskopi visar typisk seborroisk keratos, inga malignitetskriterier."),
   ("Bedömning", "Benign förändring, ingen åtgärd behövs. Pat lugnad.")],
  must_not=["NL102"],
  why="a benign lesion stated with certainty, malignancy criteria negated")


# ==========================================================================
# Batch 2
# ==========================================================================

C("onh-ev-mb-meniere", "skane", "19740603", "985", "onh_lund", "2024-04-16T10:40",
  [("Aktuellt", "Återkommande attacker med rotatorisk yrsel i timmar, tinnitus och lockkänsla i vä öra sedan ett halvår."),
   ("Status", "Audiogram: lågfrekvent sensorineural hörselnedsättning vä. Ingen spontannystagmus idag."),
   ("Bedömning", "Ev. Mb Ménière vä, kaloriskt prov och vHIT beställs. Betahistin provas under utredningen.")],
  must=["NL102"],
  why="'Ev.' before an eponymous diagnosis (Mb Ménière)")

C("onh-peritonsillit-punkterad", "vgr", "20000127", "982", "onh_su", "2024-04-20T02:20",
  [("Status", "Trismus, uvula deviterar åt vä, buktning hö gombåge."),
   ("Bedömning", "Peritonsillit hö (J36), punkterad med 4 ml pus. Startar PcV 1,6 g x 3, kontroll på ÖNH-akuten om 2 d.")],
  must_not=["NL102"], setting="akut",
  why="a diagnosis confirmed by a procedure, with its ICD-10 code, is not a hypothesis")

C("kard-typo-sannolkit-hjartsvikt", "vgr", "19480904", "981", "kard_nal", "2024-04-22T09:55",
  [("Aktuellt", "Bensvullnad sedan 3 v, måste sova med tre kuddar, vaknar andfådd nattetid."),
   ("Lab", "NT-proBNP 4200, Krea 112."),
   ("Bedömning", "Sannolkit hjärtsvikt, ekokardiografi beställs. Startar furosemid 40 mg x 1 och följer vikt.")],
  must=["NL102"], signed=False,
  why="misspelt hedge 'Sannolkit' before a diagnosis still fires")

C("kard-tidigare-infarkt-flimmer", "skane", "19550223", "987", "kard_lund", "2024-04-25T13:20",
  [("Tidigare sjukdomar", "Hjärtinfarkt 2016, PCI mot LAD. Paroxysmalt förmaksflimmer sedan 2021. Hypertoni."),
   ("Aktuellt", "Rutinkontroll. Inga bröstsmärtor, klarar två trappor utan att stanna."),
   ("Bedömning", "Stabil. Oförändrad medicinering, nästa kontroll om ett år.")],
  must_not=["NL102"],
  why="past history of settled diagnoses with years is not uncertain")

C("neuro-trol-bells-pares", "skane", "19810511", "984", "neuro_malmo", "2024-01-11T08:35",
  [("Aktuellt", "Vaknade med hängande hö mungipa, kan inte blunda helt med hö öga."),
   ("Status", "Perifer facialispares hö, kan ej rynka pannan hö. Övriga kranialnerver ua, inga blåsor i hörselgången."),
   ("Bedömning", "Trol. Bells pares, ger prednisolon 50 mg x 1 i 10 d. Ögonsalva och tejpning nattetid.")],
  must=["NL102"],
  why="'Trol.' before an eponym; the 'ej' in status must not negate the diagnosis")

C("neuro-kand-migran-anfall", "vgr", "19900315", "984", "neuro_su", "2024-01-17T15:10",
  [("Tidigare sjukdomar", "Migrän utan aura sedan tonåren, 2-3 anfall per mån."),
   ("Bedömning", "Migränanfall av sedvanlig typ, normalt neurologstatus. Sumatriptan i nässpray, förebyggande behandling diskuteras.")],
  must_not=["NL102"],
  why="known migraine and a typical attack, both stated without doubt")

C("neuro-pat-orolig-tumor-ingen-misstanke", "vgr", "19870108", "988", "neuro_su", "2024-02-01T11:50",
  [("Aktuellt", "Huvudvärk i pannan och nacken sedan 2 mån, värre efter arbetsdagar. Har läst på nätet och är orolig för hjärntumör."),
   ("Bedömning", "Normalt neurologstatus, inga varningstecken. Ingen misstanke om tumör. Spänningshuvudvärk, råd om pauser och träning.")],
  must_not=["NL102"],
  why="the patient's worry is answered with 'ingen misstanke om'; the clinician's diagnosis is settled")

C("akut-typo-ingen-missanke-sepsis", "skane", "19720814", "983", "akut_malmo", "2024-02-09T04:45",
  [("Aktuellt", "Kräkningar och diarré sedan i förrgår, frossa en gång i natt."),
   ("Bedömning", "Ingen missanke om sepsis, opåverkad och normalt laktat. Gastroenterit, hem med vätskeersättning.")],
  must_not=["NL102"], setting="akut",
  why="typo in the negation cue ('missanke') must still negate the diagnosis")

C("gyn-misstankt-extrauterin-graviditet", "skane", "19950216", "986", "gyn_hbg", "2024-02-13T22:00",
  [("Aktuellt", "Sista mens för 7 v sedan, småblöder sedan 3 d och har ont i vä fossa."),
   ("Status", "hCG 1800. VUL: ingen intrauterin graviditet, fri vätska i fossa Douglasi saknas."),
   ("Bedömning", "Misstänkt extrauterin graviditet vä, inläggning för nytt hCG om 48 h.")],
  must=["NL102"], setting="akut",
  why="'Misstänkt' before a multi-word diagnosis in a gynaecology note")

C("gyn-pcos-rotterdam-faststalld", "vgr", "19980630", "984", "gyn_boras", "2024-02-15T09:00",
  [("Bedömning", "Polycystiskt ovariesyndrom (E28.2), uppfyller Rotterdamkriterierna med oligomenorré och typiskt ultraljud."),
   ("Planering", "Pat önskar kombinerade p-piller, recept utfärdat. Uppföljning på VC om 3 mån.")],
  must_not=["NL102"], signed=False,
  why="diagnosis established by criteria and coded: nothing hedged")

C("barn-dd-kawasaki-scarlatina", "vgr", "20211122", "981", "barn_dsbus", "2024-02-19T20:15",
  [("Aktuellt", "2-årig pojke med feber i 6 d trots paracetamol, röda ögon och spruckna läppar."),
   ("Status", "Bilateral konjunktivit utan sekret, jordgubbstunga, ödem på hand- och fotryggar."),
   ("Bedömning", "DD: Kawasakis sjukdom, scarlatina. Ekokardiografi imorgon, CRP och SR tas.")],
  must=["NL102"], setting="slutenvård",
  why="'DD:' with an eponymous diagnosis in a child's visible note")

C("barn-kawasaki-avskrivs", "skane", "20180728", "988", "barn_lund", "2024-02-22T14:40",
  [("Förlopp", "Inlagd för feber och utslag, 2 av 5 kriterier uppfyllda och normal ekokardiografi."),
   ("Bedömning", "Kawasaki avskrivs. Viral infektion med exantem, feberfri sedan igår och hem idag.")],
  must_not=["NL102"], setting="slutenvård",
  why="an eponymous differential written off with 'avskrivs'")

C("med-ev-utskrivning-ev-dietist", "vgr", "19930419", "982", "med_ostra", "2024-03-05T12:30",
  [("Aktuellt", "Känd ulcerös kolit i skov, svarar på iv kortison, 3 tömningar per dygn utan blod sedan igår."),
   ("Planering", "Ev. utskrivning på fredag med peroral kortison. Ev. dietistkontakt innan hemgång, pat har tappat 4 kg.")],
  must_not=["NL102"], setting="slutenvård",
  why="'Ev.' hedges discharge and a dietitian referral; the only diagnosis is known")

C("akut-anamnes-fragor-med-fragetecken", "skane", "19860930", "981", "akut_malmo", "2024-03-09T16:05",
  [("Anamnes", "Yrsel vid uppresning sedan 2 d. Feber? Nej. Bröstsmärta? Förnekar. Hjärtklappning? Ingen. Allergier? Inga kända."),
   ("Bedömning", "Opåverkad, normalt EKG och ortostatiskt prov utan blodtrycksfall. Hem, åter vid försämring.")],
  must_not=["NL102"], setting="akut",
  why="question marks in a symptom checklist ask about symptoms, not diagnoses")

C("onk-nl101-dottern-ej-informerad", "skane", "19470502", "988", "onk_lund", "2024-03-14T14:00",
  [("Bedömning", "Progress av levermetastaser från koloncancer på DT. Pat informerad om att fortsatt cytostatika inte är aktuellt och att vi går över till palliativ vård."),
   ("Planering", "Dottern ännu ej informerad, pat vill själv berätta. Remiss till ASIH.")],
  must_not=["NL101"],
  why="the patient has been told; only a relative is not informed yet")

C("kir-nl101-pankreascancer-ej-besked", "vgr", "19580721", "985", "kir_alingsas", "2024-03-19T16:20",
  [("Bedömning", "Biopsi bekräftar adenocarcinom i pankreas med levermetastaser. Pat har ännu inte fått besked, ska informeras av ansvarig kirurg tillsammans med anhöriga på torsdag.")],
  must=["NL101"], must_not=["NL102"],
  why="biopsy-confirmed cancer in a visible section while the patient has not been given the news")

C("onk-nl101-typo-ej-inforemrad", "skane", "19510817", "981", "onk_lund", "2024-03-21T11:10",
  [("Aktuellt", "Känd prostatacancer, stigande PSA trots hormonbehandling."),
   ("Bedömning", "Skelettscintigrafi visar multipla skelettmetastaser i bäcken och ländrygg. Pat ej inforemrad ännu, urolog meddelar vid besök 2/4.")],
  must=["NL101"], signed=False,
  why="typo in the information cue ('inforemrad') in a not-yet-told metastasis finding")

C("ort-nl101-ej-informerad-om-operationsdatum", "skane", "19530606", "986", "ort_hbg", "2024-03-26T10:45",
  [("Bedömning", "Höftledsartros hö med vilovärk trots fysioterapi, pat önskar operation efter att vi gått igenom risker och nytta."),
   ("Planering", "Uppsatt för total höftplastik. Pat ej informerad om operationsdatum ännu, kallelse skickas när tid finns.")],
  must_not=["NL101"],
  why="'ej informerad' concerns the operation date, not the diagnosis, which was discussed with the patient")

C("kir-nl101-normal-biopsi-ej-meddelad", "vgr", "19660414", "982", "kir_alingsas", "2024-03-28T15:35",
  [("Bedömning", "Biopsisvar från ventrikeln: normal slemhinna, ingen malignitet och ingen Helicobacter. Pat ej informerad ännu, ringer henne imorgon.")],
  must_not=["NL101"],
  why="only normal findings and negated diagnoses are waiting to be told, no diagnosis is visible")

C("onk-misstanke-recidiv-lever", "vgr", "19620909", "987", "onk_jk", "2024-04-03T13:15",
  [("Aktuellt", "Uppföljning 2 år efter hemikolektomi för koloncancer stadium III."),
   ("Bedömning", "DT visar ny 2 cm förändring i levern segment 6. Misstanke om recidiv, PET-DT beställd och fall anmäls till MDK.")],
  must=["NL102"],
  why="'Misstanke om recidiv' of a known cancer is an open hypothesis in a visible note")

C("onk-tidiga-hypoteser-mall-peritoneal-karcinos", "skane", "19690127", "982", "onk_lund", "2024-04-05T16:40",
  [("Bedömning", "Fynd på DT inger misstanke om peritoneal karcinos. Bedöms för osäkert för att kommunicera innan PET-DT är gjord.")],
  must_not=["NL102"], template="Tidiga hypoteser",
  why="Skåne: a hypothesis placed in the Tidiga hypoteser template is filtered, whatever the section is called")

C("psyk-vgr-tidiga-hypoteser-dd-lista", "vgr", "20020312", "986", "psyk_kungalv", "2024-04-08T09:40",
  [("Aktuellt", "Nybesök, remitterad från VC för nedstämdhet och koncentrationssvårigheter sedan gymnasiet."),
   ("Tidiga hypoteser", "DD: ADHD, bipolär sjukdom typ II, emotionellt instabilt personlighetssyndrom. Behöver mer anamnes från anhöriga innan något kommuniceras."),
   ("Planering", "Skattningsformulär skickas hem, nytt besök om 3 v.")],
  must_not=["NL102"],
  why="VGR: a DD list under the filtered sökord Tidiga hypoteser, visible sections hold no hypothesis")

C("ger-vgr-hypotes-utanfor-tidiga-hypoteser", "vgr", "19390506", "984", "ger_molndal", "2024-04-10T13:55",
  [("Tidiga hypoteser", "Beteendeförändring och disinhibition, misstänkt frontotemporal demens."),
   ("Bedömning", "Trolig Alzheimers sjukdom, demensutredningen fortsätter med MR och likvor.")],
  must=["NL102"], setting="slutenvård",
  why="VGR: one hypothesis is filtered but another is written in the visible Bedömning of the same note")

C("pmo-um-trol-klamydia", "skane", "20060714", "982", "um_lund", "2024-04-12T15:15",
  [("Aktuellt", "17-årig tjej med flytningar och sveda vid miktion sedan en vecka, ny partner."),
   ("Bedömning", "Trol. klamydia, test taget och doxycyklin ges i väntan på svar. Smittspårning om positivt.")],
  must_not=["NL102"], template="Journalanteckning",
  why="PMO at an ungdomsmottagning: hedged diagnosis is never shown")

C("pmo-bvc-hoftledsdysplasi-fragetecken", "skane", "20230605", "987", "bvc_eslov", "2024-02-07T10:30",
  [("Aktuellt", "Läkarbesök 8 mån. Växer längs sin kurva, sitter utan stöd."),
   ("Status", "Asymmetrisk höftabduktion, vä begränsad. Asymmetriska lårveck."),
   ("Bedömning", "Höftledsdysplasi? Remiss till barnortoped för ultraljud.")],
  must_not=["NL102"], template="Journalanteckning",
  why="PMO BVC note with a question-marked diagnosis is never shown")

C("pmo-hemsjukvard-trol-uvi-ssk", "skane", "19350118", "988", "hsjv_ystad", "2024-02-12T08:10",
  [("Omvårdnad", "Pat förvirrad sedan igår, stark urinlukt och äter sämre. Temp 37,9."),
   ("Åtgärd", "Trol. UVI, kontaktar VC-läkaren för ordination och tar U-sticka enligt rutin.")],
  must_not=["NL102"], template="Omvårdnadsanteckning", role="sjuksköterska", setting="hemsjukvård",
  why="PMO home-care nurse note: a hedged diagnosis is never shown")

C("akut-sepsis-fragetecken-kalla-oklar", "vgr", "19450302", "983", "akut_su", "2024-02-16T01:50",
  [("Status", "AF 26, BT 92/55, puls 118, temp 39,2. Marmorerad hud på knäna."),
   ("Bedömning", "Sepsis? Källa oklar. Blododlingar x 2 och urinodling, startar pip/taz efter odling, RETTS röd.")],
  must=["NL102"], setting="akut",
  why="'Sepsis?' with the question mark as the only hedge")

C("kard-acs-ej-uteslutet", "skane", "19640813", "985", "kard_lund", "2024-03-03T19:25",
  [("Status", "EKG: sinusrytm utan ST-förändringar. Troponin T 14."),
   ("Bedömning", "Bröstsmärta i vila, ACS ej uteslutet. Nytt troponin om 3 h, telemetri under tiden.")],
  must=["NL102"], setting="akut",
  why="participle form 'ej uteslutet' after an abbreviated diagnosis is a hedge")

C("akut-inga-tecken-pa-pneumonni-typo", "vgr", "19780526", "987", "akut_su", "2024-03-07T14:50",
  [("Aktuellt", "Hosta och halsont 5 d, ingen feber."),
   ("Bedömning", "Inga tecken på pneumonni, SaT 98% och fria andningsljud. Förkylning, hem utan antibiotika.")],
  must_not=["NL102"], setting="akut",
  why="a negated diagnosis with a typo in the diagnosis word does not fire")

C("med-fragestallning-pneumoni-remiss-rtg", "skane", "19420915", "984", "med_krist", "2024-03-10T17:00",
  [("Aktuellt", "Inkom pga allmän försämring och lätt feber, hostar lite."),
   ("Åtgärd", "Rtg pulm beställd, frågeställning: pneumoni? Lab inkl CRP, elstatus och odlingar tagna.")],
  must=["NL102"], setting="slutenvård",
  why="a question-marked diagnosis as the question to radiology is a hypothesis in visible text")


# ==========================================================================
# Batch 3
# ==========================================================================

C("barn-trol-magsjuka-lekmannaord", "skane", "20191014", "985", "barn_lund", "2024-01-05T06:30",
  [("Aktuellt", "4-årig pojke som kräkts 6 ggr sedan i natt, två lösa avföringar. Syskonet var sjukt i förra veckan."),
   ("Status", "Pigg, fuktiga slemhinnor, kapillär återfyllnad under 2 s."),
   ("Bedömning", "Trol. magsjuka, vätskeschema med ORS och hem. Åter vid färre blöjor eller slöhet.")],
  must=["NL102"], setting="akut",
  why="'Trol.' before a lay word for a diagnosis ('magsjuka')")

C("barn-misstankt-hjarnskakning-skola", "vgr", "20141103", "988", "barn_dsbus", "2024-01-10T13:25",
  [("Aktuellt", "9-årig flicka som slog huvudet i en ribbstol på gympan, kort medvetslös enl lärare. Kräkts en gång."),
   ("Bedömning", "Misstänkt hjärnskakning, GCS 15 och normalt neurologstatus. Observeras 6 h på avdelningen.")],
  must=["NL102"], setting="akut",
  why="'Misstänkt' before a lay diagnosis in a child's note read by the guardian")

C("akut-ingen-blodpropp-lekmannaord", "skane", "19900708", "982", "akut_malmo", "2024-01-13T18:55",
  [("Aktuellt", "Svullet och ömt vä underben sedan flygresa från Kanarieöarna i söndags."),
   ("Bedömning", "Ultraljud: ingen blodpropp i benets djupa vener. Hem, kompressionsstrumpa vid nästa långflygning.")],
  must_not=["NL102"], setting="akut",
  why="a lay diagnosis word negated by 'ingen'")

C("ort-frakturmisstanke-sammansattning", "vgr", "19840220", "983", "ort_molndal", "2024-01-26T11:15",
  [("Status", "Skadat vä knä i fotboll, distinkt ömhet över caput fibulae, kan belasta med smärta."),
   ("Bedömning", "Frakturmisstanke, Rtg knä beställs. Kryckor tills svar finns.")],
  must=["NL102"], setting="akut",
  why="the hedge is inside a compound ('Frakturmisstanke')")

C("med-valgrundad-cancermisstanke-svf", "skane", "19570311", "981", "med_krist", "2024-01-31T10:05",
  [("Aktuellt", "Järnbristanemi, Hb 96, och ofrivillig viktnedgång 8 kg på 3 mån. Blod i avföringen enl pat."),
   ("Bedömning", "Välgrundad cancermisstanke enligt SVF tjock- och ändtarmscancer. Remiss för koloskopi inom 2 v.")],
  must=["NL102"],
  why="'Välgrundad cancermisstanke' (SVF wording, compound hedge) is still an unsettled diagnosis")

C("hud-nevus-ingen-malignitetsmisstanke", "vgr", "19970824", "986", "hud_skovde", "2024-02-02T14:20",
  [("Status", "Compound nevus på vä skuldra, symmetrisk, regelbundet nätverk i dermatoskopi."),
   ("Bedömning", "Dermatoskopiskt benign, ingen malignitetsmisstanke. Ingen excision behövs, pat kan fota och jämföra.")],
  must_not=["NL102"], signed=False,
  why="a negated compound ('ingen malignitetsmisstanke') never fires")

C("inf-misstanken-om-endokardit-kvarstar", "vgr", "19610104", "981", "inf_ostra", "2024-02-05T15:30",
  [("Förlopp", "S. aureus i 3 av 3 blododlingar, TTE utan säkra vegetationer."),
   ("Bedömning", "Misstanken om endokardit kvarstår, TEE planeras imorgon. Fortsätter kloxacillin 2 g x 6.")],
  must=["NL102"], setting="slutenvård",
  why="inflected form 'Misstanken om' with 'kvarstår' keeps the hypothesis open")

C("inf-misstanken-om-endokardit-avskrevs", "skane", "19520829", "983", "inf_lund", "2024-02-10T09:45",
  [("Förlopp", "TEE idag utan vegetationer eller klaffpåverkan."),
   ("Bedömning", "Misstanken om endokardit avskrevs efter normal TEE. Bakteriemin med S. aureus bedöms utgå från den infekterade perifera infarten.")],
  must_not=["NL102"], setting="slutenvård",
  why="inflected form 'Misstanken om' is closed by 'avskrevs' in the same sentence")

C("psyk-trolig-depression-med-icd-kod", "skane", "20000923", "984", "psyk_lund", "2024-02-18T10:30",
  [("Aktuellt", "Nedstämd, orkeslös och drar sig undan kompisar sedan jul, sover 12 h per natt."),
   ("Bedömning", "Trolig måttlig depressiv episod (F32.1). Startar sertralin 50 mg, återbesök om 4 v, MADRS-S inför besöket.")],
  must=["NL102"],
  why="a hedged diagnosis stays hedged even with an ICD-10 code in parentheses")

C("kard-fladder-icd-elkonverterat", "vgr", "19590601", "987", "kard_nal", "2024-02-21T12:00",
  [("Diagnos", "Förmaksfladder (I48.3)."),
   ("Åtgärd", "Elkonverterad med 100 J till sinusrytm i narkos, okomplicerat. Fortsätter apixaban minst 4 v.")],
  must_not=["NL102"],
  why="coded diagnosis under Diagnos stated as fact")

C("med-typo-trolgen-kol-exacerbation", "vgr", "19500415", "982", "med_uddevalla", "2024-02-25T20:35",
  [("Aktuellt", "Känd KOL, ökad dyspné och mer gult slem sedan 4 d."),
   ("Bedömning", "Trolgen exacerbation av KOL, ger prednisolon 30 mg i 5 d och amoxicillin. Inhalationer med spacer.")],
  must=["NL102"], setting="slutenvård",
  why="typo in the hedge word ('Trolgen') before an exacerbation diagnosis")

C("akut-inga-tecken-pa-meningit-influensa", "skane", "19980112", "987", "akut_malmo", "2024-02-28T23:40",
  [("Status", "Huvudvärk och feber 39, ingen nackstyvhet, inga petekier. Opåverkad."),
   ("Bedömning", "Inga tecken på meningit. Influensa A positiv i snabbtest, hem med råd om vätska och febernedsättande.")],
  must_not=["NL102"], setting="akut",
  why="'Inga tecken på' negates meningitis; influenza is confirmed by a test")

C("kir-talar-inte-for-appendicit", "vgr", "20030418", "984", "kir_alingsas", "2024-03-06T17:30",
  [("Aktuellt", "Magont i nedre delen av buken i 2 d, hård avföring sedan en vecka."),
   ("Bedömning", "Ultraljud och lab talar inte för appendicit. Förstoppning, laxantia och hem.")],
  must_not=["NL102"], setting="akut",
  why="'talar inte för' negates the diagnosis")

C("neuro-mojlig-epilepsi-forsta-anfall", "vgr", "19950729", "981", "neuro_su", "2024-03-12T09:05",
  [("Aktuellt", "Första generaliserade krampanfallet i sömnen enl sambo, bet sig i tungan."),
   ("Bedömning", "Möjlig epilepsi efter första anfallet. EEG och MR beställda, pat informerad om bilkörningsförbud.")],
  must=["NL102"],
  why="'Möjlig' before a diagnosis; 'informerad' here is about driving, not the diagnosis")

C("hud-typo-misstankt-erysipleas", "skane", "19660205", "983", "hud_lund", "2024-03-16T11:55",
  [("Status", "Välavgränsad, varm rodnad på hö underben, temp 38,4. Fotsvamp mellan tårna."),
   ("Bedömning", "Misstänkt erysipleas hö underben, ger PcV 1,6 g x 3 i 10 d. Behandla fotsvampen.")],
  must=["NL102"],
  why="typo in the Latin diagnosis word ('erysipleas') after a hedge")

C("ger-gar-inte-att-utesluta-demens", "vgr", "19380921", "985", "ger_molndal", "2024-03-20T10:25",
  [("Status", "MMSE 24/30, felar på klocktest och fördröjd återgivning."),
   ("Bedömning", "Det går inte att utesluta begynnande demens. Remiss till minnesmottagningen efter utskrivning.")],
  must=["NL102"], setting="slutenvård",
  why="paraphrased 'går inte att utesluta' is a hedge")

C("ort-dt-fraktur-kan-uteslutas", "skane", "19890613", "981", "ort_hbg", "2024-03-22T02:10",
  [("Aktuellt", "Påkörd bakifrån i bil, nackvärk efteråt. Ingen domning i armarna."),
   ("Bedömning", "DT halsrygg: fraktur kan uteslutas. Whiplashrelaterade besvär, ingen halskrage, råd om rörelse.")],
  must_not=["NL102"], setting="akut",
  why="'kan uteslutas' (without 'ej') excludes the diagnosis")

C("med-oklart-om-reaktiv-artrit-eller-ra", "skane", "19820407", "988", "med_krist", "2024-03-25T14:15",
  [("Status", "Svullna MCP 2-3 bilat och hö handled sedan 6 v. Hade diarré en månad innan ledbesvären."),
   ("Bedömning", "Oklart om reaktiv artrit eller debut av reumatoid artrit. ACPA, RF och fecesodling skickade.")],
  must=["NL102"],
  why="'Oklart om' between two diagnoses leaves both open")

C("barn-kanske-astma", "skane", "20161205", "984", "barn_lund", "2024-03-27T15:40",
  [("Aktuellt", "7-årig flicka som hostar nattetid och blir andfådd på fotbollsträningen sedan i höstas."),
   ("Bedömning", "Kanske astma, provar salbutamol vid behov och följer upp med spirometri och reversibilitet om 4 v.")],
  must=["NL102"],
  why="the plain lay hedge 'Kanske' before a diagnosis")

C("ger-kan-rora-sig-om-pmr", "skane", "19430219", "986", "ger_ystad", "2024-04-01T09:50",
  [("Aktuellt", "Stelhet och värk i axlar och höfter, värst på morgonen, svårt att ta sig ur sängen."),
   ("Bedömning", "Kan röra sig om polymyalgia reumatica, SR 78 och CRP 41. Provar prednisolon 15 mg och utvärderar om en vecka.")],
  must=["NL102"], setting="slutenvård",
  why="'Kan röra sig om' before a Latin diagnosis is a hedge")

C("med-problemlista-dvt-avskriven", "vgr", "19540111", "988", "med_ostra", "2024-04-04T12:40",
  [("Problemlista", "1. Erysipelas vä underben, förbättras\n2. DVT vä – avskriven efter normalt ultraljud\n3. Typ 2-diabetes\n4. Övervikt, BMI 34"),
   ("Planering", "Fortsätter bensyl-pc, byte till tablett när CRP sjunkit.")],
  must_not=["NL102"], setting="slutenvård",
  why="problem list item closed with 'avskriven', the rest settled")

C("inf-erysipelas-ev-byte-antibiotika", "skane", "19630830", "984", "inf_lund", "2024-04-06T16:20",
  [("Bedömning", "Erysipelas vä underben, dag 3 med bensyl-pc och rodnaden går tillbaka."),
   ("Planering", "Ev. byte till klindamycin om ingen förbättring till måndag. Ev. hem på helgen.")],
  must_not=["NL102"], setting="slutenvård",
  why="'Ev.' qualifies a drug switch and discharge, not the diagnosis")

C("ger-obs-pacemaker-pneumoni", "vgr", "19360810", "981", "ger_molndal", "2024-04-13T11:20",
  [("Aktuellt", "Obs! Pat har pacemaker, ingen MR. Pneumoni vä, bättre efter 2 d med bensyl-pc."),
   ("Planering", "Byter till amoxicillin peroralt, hem med hemtjänst på tisdag.")],
  must_not=["NL102"], setting="slutenvård",
  why="'Obs!' is an alert, not a hedge, and the pneumonia is stated as fact")

C("barn-nl101-all-ingen-fatt-besked", "skane", "20171109", "983", "barn_lund", "2024-04-15T16:50",
  [("Bedömning", "Benmärgsprov visar akut lymfatisk leukemi. Varken barnet eller föräldrarna har ännu fått besked, samtal bokat med barnonkolog imorgon kl 10.")],
  must=["NL101"], setting="slutenvård",
  why="child's settled diagnosis in a visible section while neither child nor guardians have been told")

C("med-nl101-ska-ej-informeras-fore-mdk", "vgr", "19490927", "986", "med_uddevalla", "2024-04-17T15:05",
  [("Bedömning", "Gastroskopi med PAD visar adenocarcinom i ventrikeln. Enl överenskommelse med ansvarig överläkare ska pat inte informeras om cancerdiagnosen förrän MDK tagit ställning.")],
  must=["NL101"], setting="slutenvård",
  why="the text says the patient must not be told yet about a settled visible diagnosis")

C("neuro-nl101-parkinson-informerad", "skane", "19540302", "985", "neuro_malmo", "2024-04-18T10:15",
  [("Bedömning", "Parkinsons sjukdom, DaTSCAN patologisk och god effekt av levodopa. Pat och maka har informerats om diagnosen, broschyr given.")],
  must_not=["NL101"],
  why="settled diagnosis explicitly communicated to the patient")

C("gyn-nl101-informeras-vid-aterbesok", "skane", "19880118", "988", "gyn_hbg", "2024-04-19T13:30",
  [("Bedömning", "PAD från konisering: skivepitelcancer stadium IA1, fria marginaler. Informeras vid återbesök 30/4 av operatören.")],
  must=["NL101"],
  why="'Informeras vid återbesök' says the patient has not been told the settled diagnosis yet")

C("kard-nl101-aortastenos-utkast", "vgr", "19420224", "981", "kard_nal", "2024-04-23T11:40",
  [("Ekokardiografi", "Uttalad aortastenos, AVA 0,7 cm2, medelgradient 52 mmHg. EF 55%."),
   ("Bedömning", "Pat ej informerad om fyndet ännu, ansvarig kardiolog tar samtalet och diskuterar TAVI.")],
  must=["NL101"], signed=False,
  why="unsigned draft: a settled finding in one section and 'ej informerad' in another")

C("hud-nl101-basalcell-informerad-telefon", "vgr", "19510705", "987", "hud_skovde", "2024-04-24T09:25",
  [("Bedömning", "PAD: nodulär basalcellscancer, radikalt exciderad. Pat informerad per telefon idag, ingen ytterligare åtgärd.")],
  must_not=["NL101"],
  why="the diagnosis was given to the patient by phone")

C("psyk-nl101-schizofreni-ej-informerad", "skane", "19990110", "983", "psyk_lund", "2024-04-26T14:35",
  [("Bedömning", "Uppfyller kriterierna för schizofreni, paranoid form. Pat ej informerad om diagnosen, bedöms inte mottaglig i nuläget pga pågående psykos.")],
  must=["NL101"], setting="psykiatrisk slutenvård",
  why="settled psychiatric diagnosis visible while the text says the patient is not told yet")


# ==========================================================================
# Batch 4
# ==========================================================================

C("kard-dd-delvis-avskriven-perikardit-kvar", "vgr", "19790225", "983", "kard_nal", "2024-05-02T10:35",
  [("Bedömning", "DD: lungemboli (avskriven, DT-angio neg), pneumoni (inget infiltrat), perikardit? EKG med utbredda ST-höjningar, eko beställt.")],
  must=["NL102"], setting="slutenvård",
  why="a DD list where two items are written off but one stays question-marked")

C("inf-trol-long-covid-lanord", "vgr", "19860614", "982", "inf_ostra", "2024-05-06T13:45",
  [("Aktuellt", "Covid-19 i januari, sedan dess uttalad trötthet, ansträngningsutlöst försämring och hjärndimma."),
   ("Bedömning", "Trol. long covid, övrig utredning utan fynd. Remiss till postcovidmottagningen och rehab.")],
  must=["NL102"],
  why="hedge before an English loan diagnosis ('long covid')")

C("bup-misstankt-anorexia-nervosa", "skane", "20071208", "984", "bup_malmo", "2024-05-08T14:10",
  [("Aktuellt", "16-årig tjej som gått ner 9 kg sedan i höstas, tränar två gånger om dagen, mens utebliven i 4 mån."),
   ("Bedömning", "Misstänkt anorexia nervosa, BMI 15,8 och bradykardi 44. Remiss till ätstörningsenheten, kontakt med barnläkare för somatisk bedömning.")],
  must=["NL102"],
  why="BUP (Skåne): hedged diagnosis in a visible note of a 16-year-old who reads it herself")

C("ger-delirium-fragetecken", "skane", "19310504", "982", "ger_ystad", "2024-05-10T07:20",
  [("Aktuellt", "Enl nattpersonalen plockig och vaken hela natten, tror att hon är på tåget. Var klar igår."),
   ("Bedömning", "Delirium? Utlösande faktor oklar, tar urinodling, elstatus och ser över läkemedelslistan.")],
  must=["NL102"], setting="slutenvård",
  why="question mark after an English/Latin diagnosis term in a geriatric note")

C("med-arbetshypotes-sarkoidos", "skane", "19830819", "987", "med_krist", "2024-05-13T11:00",
  [("Aktuellt", "Torrhosta, erythema nodosum på benen och förstorade hiluskörtlar bilat på DT thorax."),
   ("Bedömning", "Arbetshypotes: sarkoidos. Remiss till lungmedicin för bronkoskopi med EBUS.")],
  must=["NL102"], signed=False,
  why="'Arbetshypotes:' labels the diagnosis as unconfirmed")

C("neuro-tidigare-misstankt-ms-avskrevs", "vgr", "19880317", "986", "neuro_su", "2024-05-15T15:45",
  [("Tidigare sjukdomar", "Utreddes 2019 för misstänkt MS efter domningar, avskrevs efter normal MR och likvor."),
   ("Bedömning", "Nu karpaltunnelsyndrom hö enligt neurografi. Remiss till handkirurgen.")],
  must_not=["NL102"],
  why="past-history hypothesis that was written off years ago is not an open hypothesis")

C("gyn-missed-abortion-konstaterad", "vgr", "19920111", "988", "gyn_boras", "2024-05-17T09:35",
  [("Status", "VUL: intrauterin graviditet med CRL 12 mm utan hjärtaktivitet, motsvarar v 7+3. Pat räknar v 9+4."),
   ("Bedömning", "Missed abortion (O02.1) konstaterat. Pat informerad och väljer medicinsk behandling med mifepriston och misoprostol.")],
  must_not=["NL102"],
  why="a miscarriage confirmed on ultrasound and coded, nothing hedged")

C("onh-epifarynxcancer-bor-uteslutas", "skane", "19700922", "981", "onh_lund", "2024-05-20T13:05",
  [("Status", "Ensidig serös otit vä hos vuxen, i övrigt ua. Fiberskopi: asymmetri i epifarynx vä."),
   ("Bedömning", "Epifarynxcancer bör uteslutas, biopsi från epifarynx i lokalbedövning och MR halsen beställs.")],
  must=["NL102"],
  why="'bör uteslutas' keeps a malignancy open, unlike 'uteslutes'")

C("hud-psoriasis-eller-seb-eksem-fragetecken", "vgr", "19930902", "983", "hud_skovde", "2024-05-22T10:50",
  [("Status", "Fjällande, rodnade plack i hårbotten, bakom öronen och i nasolabialvecken."),
   ("Bedömning", "Psoriasis eller seborroiskt eksem? Provar betametason-lösning i hårbotten, åter om 6 v.")],
  must=["NL102"],
  why="two alternative diagnoses joined by 'eller' and ended by a question mark")

C("kir-pat-misstanker-gallsten-ul-bekraftar", "skane", "19850403", "982", "kir_trbg", "2024-05-24T19:15",
  [("Aktuellt", "Smärtor under hö revbensbåge efter feta måltider. Pat misstänker själv gallsten eftersom modern opererades för det."),
   ("Bedömning", "UL visar multipla gallstenar i gallblåsan, ingen kolecystit. Gallstenssjukdom, remiss för planerad kolecystektomi.")],
  must_not=["NL102"], setting="akut",
  why="the suspicion is the patient's own and ultrasound confirms the diagnosis")

C("ger-nl101-anhoriga-vill-att-pat-ej-far-veta", "skane", "19330726", "981", "ger_ystad", "2024-05-27T14:25",
  [("Bedömning", "DT buk visar ventrikelcancer med peritoneal spridning. Sonen önskar att pat inte informeras om cancerdiagnosen, pat har ännu inte fått veta."),
   ("Planering", "Samtal med pat och son tillsammans på torsdag, kurator kontaktad.")],
  must=["NL101"], setting="slutenvård",
  why="family asks that the patient not be told and the text says the patient does not know yet")

C("pmo-vc-susp-hypotyreos", "skane", "19760513", "986", "vc_simrishamn", "2024-05-29T08:40",
  [("Aktuellt", "Trött, fryser och har gått upp 5 kg på ett halvår. Torr hud."),
   ("Bedömning", "Susp. hypotyreos, TSH och fritt T4 tas. Återkommer med svar via 1177.")],
  must_not=["NL102"], template="Journalanteckning",
  why="PMO: hedged endocrine diagnosis at a vårdcentral is never shown")

C("ort-susp-dvt-postop-engelsk-forkortning", "skane", "19480318", "983", "ort_hbg", "2024-06-03T16:30",
  [("Aktuellt", "Dag 5 efter knäplastik hö, ökande svullnad och värk i vaden."),
   ("Bedömning", "Susp. DVT hö underben. Ultraljud doppler idag, ger fragmin i behandlingsdos tills svar finns.")],
  must=["NL102"], setting="slutenvård",
  why="'Susp.' before an English abbreviated diagnosis (DVT)")

C("ort-ingen-fraktur-men-trol-ligamentskada", "vgr", "19960207", "984", "ort_molndal", "2024-06-05T21:05",
  [("Status", "Svullet hö knä efter vridvåld på skidor, positivt Lachmans test."),
   ("Bedömning", "Rtg: ingen misstanke om fraktur, men trol. främre korsbandsruptur. MR knä och fysioterapeut.")],
  must=["NL102"], setting="akut", signed=False,
  why="the negation covers the fracture only; the second diagnosis after 'men' is still hedged")

C("akut-sah-misstanke-uteslutet-samma-anteckning", "vgr", "19800910", "988", "akut_su", "2024-06-07T03:30",
  [("Aktuellt", "Plötslig svår huvudvärk under träning, initialt misstänkt subaraknoidalblödning."),
   ("Bedömning", "DT hjärna inom 6 h utan blod och normal DT-angio. Subaraknoidalblödning utesluten, ansträngningsutlöst huvudvärk.")],
  must_not=["NL102"], setting="akut",
  why="the early hypothesis is ruled out later in the same note")

C("akut-gikt-fragetecken-med-icd", "skane", "19620130", "985", "akut_malmo", "2024-06-10T22:20",
  [("Status", "Röd, svullen och extremt öm MTP I vä, kan inte ha täcket över foten."),
   ("Bedömning", "Gikt? (M10.0) S-urat 520. Ledpunktion för kristaller imorgon, naproxen tills vidare.")],
  must=["NL102"], setting="akut",
  why="question-marked diagnosis followed by an ICD-10 code")

C("onk-nl101-besked-givet-av-remittent", "vgr", "19600319", "984", "onk_jk", "2024-06-12T10:30",
  [("Aktuellt", "Remitterad med nydiagnostiserad njurcellscancer, besked om diagnosen lämnat av urolog i maj."),
   ("Bedömning", "Pat väl insatt i sin sjukdom och vill gå vidare med behandling. Planeras för nefrektomi.")],
  must_not=["NL101", "NL102"],
  why="the diagnosis was communicated earlier by the referring urologist")

C("barn-nl101-duchenne-tidiga-hypoteser-mall", "skane", "20200616", "985", "barn_lund", "2024-06-14T15:55",
  [("Bedömning", "Sen gångdebut, Gowers tecken och CK 14 000. Misstänkt Duchennes muskeldystrofi. Föräldrarna ej informerade om misstanken innan genetisk analys är klar.")],
  must_not=["NL101", "NL102"], template="Tidiga hypoteser",
  why="Skåne: a child's hypothesis with 'not informed' in the Tidiga hypoteser template is filtered")


# ==========================================================================
# Batch 5 (typo variants)
# ==========================================================================

C("akut-typo-lungemboli-utelsutes", "skane", "19940304", "988", "akut_malmo", "2024-06-17T12:45",
  [("Aktuellt", "Plötslig andfåddhet på morgonen, tar p-piller. Puls 104, SaT 96%."),
   ("Bedömning", "Lungemboli utelsutes efter DT-angio utan fyllnadsdefekter. Takykardin bedöms bero på ångest, hem.")],
  must_not=["NL102"], setting="akut",
  why="typo in the exclusion cue ('utelsutes') must still keep the diagnosis negated")

C("kir-typo-misstnkt-njursten", "vgr", "19770923", "981", "kir_alingsas", "2024-06-19T05:10",
  [("Aktuellt", "Kolikartad smärta i hö flank som strålar mot ljumsken, kräkts två gånger. Mikroskopisk hematuri."),
   ("Bedömning", "Misstnkt njursten hö, DT urinvägar utan kontrast. Diklofenak im gav god effekt.")],
  must=["NL102"], setting="akut",
  why="typo in the hedge word ('Misstnkt') before a lay diagnosis")

C("onk-nl101-typo-lungcacner-ej-informerad", "vgr", "19530505", "987", "onk_jk", "2024-06-21T13:50",
  [("Bedömning", "Mediastinoskopi med PAD bekräftar icke-småcellig lungcacner med spridning till lymfkörtlar i mediastinum. Pat ej informerad ännu, besked ges av lungläkare på måndag.")],
  must=["NL101"], must_not=["NL102"],
  why="typo in the diagnosis word ('lungcacner') in a settled, not yet communicated diagnosis")


# ---- END OF CASES ----


# ==========================================================================
# Output and validation
# ==========================================================================

CASE_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
PATIENT_KEYS = {"id", "birth_date", "protected_identity"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
CODES = {"NL101", "NL102"}
PROTECTED_SKANE_TEMPLATES = {"Tidiga hypoteser"}


def sentences(text):
    for line in text.split("\n"):
        for s in re.split(r"(?<=[.!?])\s+", line):
            s = s.strip()
            if s:
                yield s


def age_on(birth, day):
    b = dt.date.fromisoformat(birth)
    return day.year - b.year - ((day.month, day.day) < (b.month, b.day))


def validate(cases):
    problems = []
    seen = set()
    sent_seen = {}
    for c in cases:
        cid = c.get("case")
        where = f"case {cid!r}"
        if set(c) != CASE_KEYS:
            problems.append(f"{where}: keys {sorted(c)}")
            continue
        if not isinstance(cid, str) or not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", cid):
            problems.append(f"{where}: bad case id")
        if cid in seen:
            problems.append(f"{where}: duplicate case id")
        seen.add(cid)
        if c["ruleset"] not in {"skane", "vgr"}:
            problems.append(f"{where}: ruleset {c['ruleset']!r}")
        why = c["why"]
        if not isinstance(why, str) or not why.strip() or "\n" in why:
            problems.append(f"{where}: why must be one non-empty line")
        rec = c["record"]
        if set(rec) != RECORD_KEYS:
            problems.append(f"{where}: record keys {sorted(rec)}")
            continue
        pat = rec["patient"]
        if set(pat) != PATIENT_KEYS:
            problems.append(f"{where}: patient keys")
            continue
        m = re.fullmatch(r"(\d{8})-(\d{4})", pat["id"])
        if not m:
            problems.append(f"{where}: personnummer format")
        else:
            digits = m.group(1)[2:] + m.group(2)
            if luhn_digit(digits[:9]) != digits[9]:
                problems.append(f"{where}: personnummer not Luhn-valid")
            if pat["birth_date"].replace("-", "") != m.group(1):
                problems.append(f"{where}: personnummer does not match birth_date")
        as_of = dt.datetime.fromisoformat(rec["as_of"])
        if as_of.year != 2024:
            problems.append(f"{where}: as_of not in 2024")
        age = age_on(pat["birth_date"], as_of.date())
        if 13 <= age <= 15:
            problems.append(f"{where}: patient aged {age} (13-15 not used)")
        note_ids = set()
        systems = {}
        for n in rec["notes"]:
            if set(n) != NOTE_KEYS:
                problems.append(f"{where}: note keys {sorted(n)}")
                continue
            if n["id"] in note_ids:
                problems.append(f"{where}: duplicate note id {n['id']}")
            note_ids.add(n["id"])
            systems[n["id"]] = n["system"]
            if n["system"] not in {"Melior", "PMO"}:
                problems.append(f"{where}: system {n['system']!r}")
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                problems.append(f"{where}: VGR case must be Melior")
            t = dt.datetime.fromisoformat(n["time"])
            if t.year != 2024:
                problems.append(f"{where}: note time not in 2024")
            if t > as_of:
                problems.append(f"{where}: note after as_of")
            if n["signed"] is not None:
                s = dt.datetime.fromisoformat(n["signed"])
                if s < t or s.year != 2024:
                    problems.append(f"{where}: bad signed time")
            if set(n["unit"]) != {"name", "hsa_id"} or set(n["author"]) != {"name", "role"}:
                problems.append(f"{where}: unit/author keys")
            if not n["sections"]:
                problems.append(f"{where}: note without sections")
            for sec in n["sections"]:
                if set(sec) != {"keyword", "text"} or not sec["text"].strip():
                    problems.append(f"{where}: bad section")
                    continue
                for s in sentences(sec["text"]):
                    if len(s) >= 25:
                        if s in sent_seen and sent_seen[s] != cid:
                            problems.append(f"{where}: sentence also in {sent_seen[s]!r}: {s[:50]!r}")
                        sent_seen.setdefault(s, cid)
        if c["ruleset"] == "vgr" and any(n.get("template") in PROTECTED_SKANE_TEMPLATES for n in rec["notes"]):
            problems.append(f"{where}: VGR protects by sökord; do not rely on the template")
        pairs = {}
        for kind in ("must", "must_not"):
            if not isinstance(c[kind], list):
                problems.append(f"{where}: {kind} not a list")
                continue
            for item in c[kind]:
                if not (isinstance(item, list) and len(item) == 2):
                    problems.append(f"{where}: {kind} item {item!r}")
                    continue
                code, target = item
                if code not in CODES:
                    problems.append(f"{where}: code {code!r} outside NL101/NL102")
                if target not in note_ids:
                    problems.append(f"{where}: target {target!r} is not a note")
                    continue
                if (code, target) in pairs:
                    problems.append(f"{where}: {code} on {target} asserted twice")
                pairs[(code, target)] = kind
                system = systems[target]
                if system == "PMO" and code == "NL101":
                    problems.append(f"{where}: NL101 is not asserted on PMO notes")
                if system == "PMO" and code == "NL102" and kind == "must":
                    problems.append(f"{where}: NL102 is never a must on PMO")
        for nid, system in systems.items():
            if system == "PMO" and pairs.get(("NL102", nid)) != "must_not":
                problems.append(f"{where}: PMO note {nid} must carry must_not NL102")
        if not c["must"] and not c["must_not"]:
            problems.append(f"{where}: asserts nothing")
    return problems


def main():
    unit_problems = []
    for c in CASES:
        region = UNITS[c["_unit"]][0]
        if region != c["ruleset"]:
            unit_problems.append(f"case {c['case']!r}: unit region {region} != ruleset {c['ruleset']}")
        if c["_unit"] in BUP_UNITS and c["ruleset"] != "skane":
            unit_problems.append(f"case {c['case']!r}: BUP cases are Skåne only")
    cases = [{k: v for k, v in c.items() if not k.startswith("_")} for c in CASES]
    problems = unit_problems + validate(cases)
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        print(f"{len(problems)} problem(s); nothing written", file=sys.stderr)
        return 1
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n")
    counts = {}
    for c in cases:
        for kind in ("must", "must_not"):
            for code, _ in c[kind]:
                key = (code, c["ruleset"], kind)
                counts[key] = counts.get(key, 0) + 1
    print(f"wrote {len(cases)} cases to {OUT}")
    for key in sorted(counts):
        print("  %s %-5s %-8s %d" % (key + (counts[key],)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
