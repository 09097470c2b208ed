#!/usr/bin/env python3
"""d128: independent NL101/NL102 test cases, clinical genetics and hereditary disease.

Standard library only, deterministic. Writes cases.jsonl next to this file and
validates the set; exits 1 on any problem.
"""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev128_cases.jsonl")

# ---------------------------------------------------------------- units
U = {
    # Skåne, Melior (hospitals)
    "sk_onkgen": ("Onkogenetiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4127"),
    "sk_klingen": ("Klinisk genetik, Skånes universitetssjukhus Lund", "SE2321000255-4130"),
    "sk_kardgen": ("Kardiogenetisk mottagning, Hjärtmedicin, SUS Lund", "SE2321000255-5511"),
    "sk_barn_mal": ("Barn- och ungdomsmedicinska mottagningen, SUS Malmö", "SE2321000255-6203"),
    "sk_barn_avd": ("Barnavdelning 64, Barn- och ungdomssjukhuset, SUS Lund", "SE2321000255-6288"),
    "sk_barn_hbg": ("Barn- och ungdomsmedicinska mottagningen, Helsingborgs lasarett", "SE2321000255-2341"),
    "sk_barnhjarta": ("Barnhjärtcentrum, Skånes universitetssjukhus Lund", "SE2321000255-6310"),
    "sk_neuroped": ("Barnneurologiska mottagningen, SUS Lund", "SE2321000255-6377"),
    "sk_neuro": ("Neurologimottagningen, SUS Lund", "SE2321000255-7644"),
    "sk_neuro_hbg": ("Neurologimottagningen, Helsingborgs lasarett", "SE2321000255-2388"),
    "sk_foster": ("Fostermedicinska mottagningen, Kvinnosjukvård, SUS Malmö", "SE2321000255-3318"),
    "sk_brost_hbg": ("Bröstmottagningen, Helsingborgs lasarett", "SE2321000255-2290"),
    "sk_kir_kri": ("Kirurgiska kliniken, Centralsjukhuset Kristianstad", "SE2321000255-1874"),
    "sk_med_yst": ("Medicinmottagningen, Ystads lasarett", "SE2321000255-9042"),
    "sk_endo_mal": ("Endokrinologi- och lipidmottagningen, SUS Malmö", "SE2321000255-8120"),
    "sk_endoskopi": ("Endoskopimottagningen, SUS Malmö", "SE2321000255-8177"),
    "sk_onk_lund": ("Onkologiska kliniken, SUS Lund", "SE2321000255-4402"),
    "sk_hjarta_hlm": ("Hjärtmottagningen, Hässleholms sjukhus", "SE2321000255-1502"),
    # Skåne, PMO (primary care)
    "pmo_hoor": ("Vårdcentralen Höör", "SE2321000255-P1043"),
    "pmo_bvc_lhm": ("BVC Limhamn, Malmö", "SE2321000255-P2210"),
    "pmo_nasby": ("Vårdcentralen Näsby, Kristianstad", "SE2321000255-P1187"),
    "pmo_tagaborg": ("Vårdcentralen Tågaborg, Helsingborg", "SE2321000255-P1322"),
    # VGR, Melior
    "vg_klingen": ("Klinisk genetik och genomik, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011201"),
    "vg_onkgen": ("Onkogenetiska mottagningen, Jubileumskliniken, SU/Sahlgrenska", "SE2321000131-E000000011377"),
    "vg_dsbus": ("Barnneurologi, Drottning Silvias barn- och ungdomssjukhus, SU/Östra", "SE2321000131-E000000012040"),
    "vg_barnkard": ("Barnkardiologiska mottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000012066"),
    "vg_kard_ost": ("Kardiologmottagningen, SU/Östra", "SE2321000131-E000000013310"),
    "vg_nal": ("Medicinmottagningen, NU-sjukvården NÄL Trollhättan", "SE2321000131-E000000015502"),
    "vg_barn_udd": ("Barn- och ungdomsmottagningen, NU-sjukvården Uddevalla", "SE2321000131-E000000015588"),
    "vg_skas": ("Neurologmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000016720"),
    "vg_sas": ("Kvinnokliniken, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000017134"),
    "vg_foster": ("Fostermedicin, Kvinnokliniken SU/Östra", "SE2321000131-E000000013492"),
    "vg_kungalv": ("Kirurgmottagningen, Kungälvs sjukhus", "SE2321000131-E000000018005"),
    "vg_alingsas": ("Medicinkliniken, Alingsås lasarett", "SE2321000131-E000000018260"),
    "vg_lipid": ("Lipidmottagningen, SU/Sahlgrenska", "SE2321000131-E000000011452"),
    "vg_thorax": ("Avd 103 Thoraxkirurgi, SU/Sahlgrenska", "SE2321000131-E000000011609"),
    "vg_gastro": ("Gastroenterologimottagningen, SU/Sahlgrenska", "SE2321000131-E000000011688"),
    "vg_reprod": ("Reproduktionsmedicin, SU/Sahlgrenska", "SE2321000131-E000000011733"),
    "vg_onh": ("Öron-näsa-halsmottagningen, SU/Sahlgrenska", "SE2321000131-E000000011790"),
    "vg_hud": ("Endokrinkirurgiska mottagningen, SU/Sahlgrenska", "SE2321000131-E000000011815"),
}
PMO_UNITS = {k for k in U if k.startswith("pmo_")}

# ---------------------------------------------------------------- helpers


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return (10 - total % 10) % 10


def luhn_ok(ten):
    return luhn_digit(ten[:9]) == int(ten[9])


def P(birth, n3):
    ymd = birth.replace("-", "")
    return {"id": "%s-%s%d" % (ymd, n3, luhn_digit(ymd[2:] + n3)),
            "birth_date": birth, "protected_identity": False}


def N(nid, unit, who, role, time, sections, template="Läkaranteckning",
      system=None, signed="auto", setting="öppenvård"):
    if system is None:
        system = "PMO" if unit in PMO_UNITS else "Melior"
    t = dt.datetime.fromisoformat(time)
    if signed == "auto":
        signed = (t + dt.timedelta(minutes=25 + (sum(map(ord, nid + time)) % 90))).isoformat()
    return {"id": nid, "system": system, "template": template,
            "unit": {"name": U[unit][0], "hsa_id": U[unit][1]},
            "author": {"name": who, "role": role},
            "time": t.isoformat(), "signed": signed, "setting": setting,
            "refs": [], "sections": [{"keyword": k, "text": v} for k, v in sections]}


CASES = []


def C(name, ruleset, patient, notes, must, must_not, why):
    if isinstance(notes, dict):
        notes = [notes]
    last = max(dt.datetime.fromisoformat(n["time"]) for n in notes)
    as_of = (last + dt.timedelta(days=5)).replace(hour=0, minute=0, second=0)
    CASES.append({
        "case": name, "ruleset": ruleset,
        "record": {"patient": patient, "as_of": as_of.isoformat(), "notes": notes,
                   "access_events": [], "conversations": [], "treatments": []},
        "must": [list(x) for x in must], "must_not": [list(x) for x in must_not],
        "why": why})


M102 = [("NL102", "n1")]
M101 = [("NL101", "n1")]
B = [("NL101", "n1"), ("NL102", "n1")]

# =====================================================================
# NL102 positives: hedged diagnosis of the patient in a visible Melior section
# =====================================================================

C("d128-onkogen-misstankt-lynch-mmr-forlust", "skane", P("1980-03-14", "273"),
  N("n1", "sk_onkgen", "Johan Åkesson", "läkare", "2024-02-06T10:15:00", [
      ("Anamnes", "44-årig man, opererad för koloncancer i colon ascendens 2021 vid 41 års ålder. "
                  "Farmor ändtarmscancer i 50-årsåldern, faster endometriecancer 48 år. "
                  "Remitterad från kirurgen efter MMR-analys."),
      ("Provsvar", "IHC på tumörvävnad: förlust av MSH2 och MSH6, bevarat MLH1/PMS2."),
      ("Bedömning", "Förlusten av MSH2/MSH6 tillsammans med släktbilden ger misstänkt Lynchs syndrom. "
                    "Germlineanalys av MSH2, MSH6 och EPCAM beställd efter skriftligt samtycke."),
  ]),
  M102, M101, "misstänkt Lynch in Bedömning is the patient's hedged diagnosis; the relatives' cancers are facts; nothing about telling")

C("d128-kardio-trolig-hcm-kaskadscreening", "vgr", P("2001-07-22", "384"),
  N("n1", "vg_kard_ost", "Mats Gustafsson", "läkare", "2024-03-12T09:40:00", [
      ("Aktuellt", "Kallad via kaskadscreening, fadern har HCM och myektomerades 2015. Pat spelar handboll, "
                   "inga synkoper, viss ansträngningsdyspné sista halvåret."),
      ("Status", "Cor: regelbunden rytm, systoliskt blåsljud 2/6 vä sternalrand som ökar vid Valsalva. BT 128/74."),
      ("Utredning", "Eko: septum 16 mm, bakvägg 10 mm, ingen SAM i vila, LVOT-gradient 18 mmHg. "
                    "EKG: vänsterkammarhypertrofi med djupa T-inversioner V4–V6."),
      ("Bedömning", "Trolig hypertrofisk kardiomyopati, familjär. Riktad analys av faderns MYH7-variant, "
                    "avstår tävlingsidrott tills vidare."),
  ]),
  M102, [], "trolig HCM in the cascade-screened son; the father's HCM is confirmed and irrelevant")

C("d128-lipid-dlcn-typo-sanolik-fh", "skane", P("1987-11-03", "128"),
  N("n1", "sk_endo_mal", "Fatima Kadir", "läkare", "2024-04-18T13:20:00", [
      ("Anamnes", "Remiss från vårdcentral, LDL 7,8 mmol/l obehandlad. Pappa hjärtinfarkt 46 år, farbror bypass 50 år."),
      ("Status", "Senxantom bilat akillessenor, arcus corneae saknas."),
      ("Bedömning", "DLCN 7 poäng – sanolik familjär hyperkolesterolemi. FH-panel skickad, statin startas i avvaktan."),
  ], template="Mottagningsanteckning"),
  M102, [], "typo 'sanolik' (sannolik) FH by DLCN score in Bedömning")

C("d128-alingsas-lqts-kan-ej-uteslutas", "vgr", P("1996-05-30", "462"),
  N("n1", "vg_alingsas", "Sofia Eriksson", "läkare", "2024-05-04T22:10:00", [
      ("Kontaktorsak", "Synkope under löprunda, föregicks av hjärtklappning."),
      ("Utredning", "Upprepade EKG med QTc 472–481 ms, K 4,1, Mg 0,86. Inga QT-förlängande läkemedel."),
      ("Bedömning", "Långt QT-syndrom kan ej uteslutas. Telemetri över natten, därefter arbetsprov och "
                    "remiss till kardiogenetiken på Sahlgrenska."),
  ], setting="slutenvård"),
  M102, [], "'kan ej uteslutas' hedges LQTS for the patient (inpatient Melior note)")

C("d128-klingen-dd-marfan-loeys-dietz", "skane", P("2005-01-18", "246"),
  N("n1", "sk_klingen", "Per Håkansson", "läkare", "2024-01-23T10:00:00", [
      ("Anamnes", "19-årig kvinna, 186 cm, armspann 194 cm. Myopi -7, ingen linssubluxation på senaste "
                  "ögonundersökningen. Spontan pneumothorax 2023."),
      ("Status", "Hypermobila leder, positivt tumme- och handledstecken, ingen bifid uvula, ingen hypertelorism."),
      ("Utredning", "Eko: aortarot 39 mm (z 2,6)."),
      ("Bedömning", "DD Marfans syndrom och Loeys-Dietz syndrom; frånvaron av bifid uvula och kärlslingring "
                    "gör det förra mer sannolikt. Bindvävspanel (FBN1, TGFBR1/2, SMAD3) skickad."),
  ]),
  M102, [], "DD between two heritable aortic syndromes for the patient")

C("d128-barn-exom-forenligt-dravet", "vgr", P("2021-02-09", "519"),
  N("n1", "vg_dsbus", "Linnea Andersson", "läkare", "2024-02-27T11:30:00", [
      ("Aktuellt", "Åter efter trio-exom. Fortsatt långdragna febrila kramper, senast status epilepticus i "
                   "januari med 40 min till hävning."),
      ("Utredning", "Trio-exom: de novo missensevariant i SCN1A, klassad som sannolikt patogen (klass 4)."),
      ("Bedömning", "Kliniken är förenlig med Dravets syndrom. Natriumkanalblockerare bör undvikas, lamotrigin trappas ut."),
  ]),
  M102, [], "'förenlig med Dravets syndrom' in a 3-year-old's visible note (guardians read)")

C("d128-barn-bild-som-vid-22q11", "skane", P("2023-05-27", "642"),
  N("n1", "sk_barn_avd", "Emma Ohlsson", "läkare", "2024-01-09T16:45:00", [
      ("Anamnes", "7 mån gammal flicka, opererad för gomspalt, känd VSD med överridande aorta. "
                  "Inlagd för hypokalcemiska kramper."),
      ("Provsvar", "Ca-joniserat 0,92 mmol/l, PTH lågt."),
      ("Bedömning", "Kombination av konotrunkalt hjärtfel, gomspalt och hypoparatyreoidism – bild som vid "
                    "22q11-deletionssyndrom. Mikroarray skickad liksom immunstatus inkl. T-cellssubset."),
  ], setting="slutenvård"),
  M102, [], "'bild som vid' 22q11 deletion syndrome in an infant")

C("d128-barnneuro-fragetecken-fragilt-x", "skane", P("2018-09-11", "330"),
  N("n1", "sk_neuroped", "Anders Mårtensson", "läkare", "2024-03-05T08:50:00", [
      ("Anamnes", "Språkförsening, hyperaktivitet och undvikande ögonkontakt. Morbror har intellektuell "
                  "funktionsnedsättning och bor i gruppboende."),
      ("Status", "Långsmalt ansikte, stora öron, hypermobila fingerleder."),
      ("Diagnos", "Utvecklingsförsening UNS.\n? Fragilt X-syndrom"),
      ("Planering", "FMR1-analys, remiss logoped och BUP-neuropsykiatri."),
  ], template="Mottagningsanteckning"),
  M102, [], "'? Fragilt X-syndrom' on its own line in Diagnos")

C("d128-onkogen-typo-inger-missanke-lfs", "vgr", P("1995-04-06", "287"),
  N("n1", "vg_onkgen", "Annika Karlsson", "läkare", "2024-06-03T14:10:00", [
      ("Släktanamnes", "Mor binjurebarkscancer 34 år, morfar glioblastom 40 år, kusin osteosarkom 15 år."),
      ("Aktuellt", "Pat 29 år, nydiagnostiserad HER2-positiv bröstcancer vä, neoadjuvant behandling planerad."),
      ("Bedömning", "Tidig bröstcancer och släktbilden inger missanke om Li-Fraumenis syndrom. "
                    "TP53-analys brådskande, påverkar val av strålbehandling."),
  ]),
  M102, [], "typo 'missanke': 'inger misstanke om' Li-Fraumeni for the patient")

C("d128-neuro-typo-talar-for-huntigtons", "skane", P("1972-08-19", "406"),
  N("n1", "sk_neuro", "Henrik Sjöberg", "läkare", "2024-04-09T10:30:00", [
      ("Anamnes", "Maken beskriver två år av tilltagande irritabilitet, glömska och ryckighet. "
                  "Pat adopterad, biologisk släkt okänd."),
      ("Status", "Koreatiska rörelser i ansikte och händer, motorisk impersistens vid tungprotrusion, "
                 "sackadsvårigheter. MoCA 23/30."),
      ("Bedömning", "Kliniken talar för Huntigtons sjukdom. Diagnostisk HTT-analys efter samtal om "
                    "konsekvenser för barnen, MR hjärna."),
  ]),
  M102, [], "typo 'Huntigtons'; 'talar för' HD in a symptomatic patient")

C("d128-nal-oklart-om-arvc-typo", "vgr", P("1990-12-01", "158"),
  N("n1", "vg_nal", "Ahmed Mahmoud", "läkare", "2024-09-17T09:15:00", [
      ("Anamnes", "Palpitationer och presynkope. Holter med 6 800 VES/dygn med vänstergrenblocksmorfologi och inferior axel."),
      ("Utredning", "Eko: lätt dilaterad höger kammare, normal vänsterkammarfunktion. EKG: T-inversion V1–V3."),
      ("Bedömning", "Oklart om det rör sig om arytmogen högerkammarkardiomyopti eller idiopatisk RVOT-takykardi. "
                    "MR hjärta med kontrast bokad, kardiomyopatipanel vid fynd."),
  ]),
  M102, [], "'oklart om det rör sig om' ARVC, with a typo in the disease word")

C("d128-barn-kan-rora-sig-om-leigh", "skane", P("2022-06-14", "563"),
  N("n1", "sk_barn_avd", "Oskar Malmgren", "läkare", "2024-08-02T19:20:00", [
      ("Aktuellt", "Inlagd efter regress i motoriken i samband med gastroenterit, ataxi och nystagmus."),
      ("Provsvar", "Laktat P 5,8, likvor-laktat 4,1. MR: symmetriska T2-förändringar i basala ganglierna och hjärnstammen."),
      ("Bedömning", "Kan röra sig om mitokondriell sjukdom, t.ex. Leighs syndrom. Snabb-exom via klinisk genetik, "
                    "mitokondriell cocktail startas."),
  ], setting="slutenvård"),
  M102, [], "'kan röra sig om' mitochondrial disease in a 2-year-old")

C("d128-uddevalla-fragestallning-duchenne-utkast", "vgr", P("2020-03-03", "574"),
  N("n1", "vg_barn_udd", "Petra Berg", "läkare", "2024-05-21T10:40:00", [
      ("Anamnes", "Föräldrarna oroliga för att pojken ramlar ofta och inte orkar gå i trappor. Sen gångdebut vid 18 mån."),
      ("Status", "Pseudohypertrofi av vaderna, positivt Gowers tecken, vaggande gång."),
      ("Utredning", "CK 14 200 U/L, ALAT 3,1 µkat/L."),
      ("Planering", "Frågeställning Duchennes muskeldystrofi – MLPA för DMD-deletioner/duplikationer, remiss barnneurolog DSBUS."),
  ], signed=None),
  M102, [], "'Frågeställning' Duchenne in Planering of an unsigned draft")

C("d128-brost-typo-misstant-hboc", "skane", P("1983-02-25", "602"),
  N("n1", "sk_brost_hbg", "Ingrid Thulin", "läkare", "2024-02-14T15:05:00", [
      ("Anamnes", "Nydiagnostiserad trippelnegativ bröstcancer hö vid 41 år. Moster ovarialcancer 49 år, mormor bröstcancer två gånger."),
      ("Bedömning", "Misstänt ärftlig bröst- och äggstockscancer (HBOC). Snabbanalys BRCA1/2 och PALB2 inför operationsbeslut."),
  ]),
  M102, [], "typo 'Misstänt': suspected hereditary breast/ovarian cancer syndrome")

C("d128-lipid-sah-typo-sannolkit-fh", "vgr", P("1978-10-10", "341"),
  N("n1", "vg_lipid", "Jonas Larsson", "läkare", "2024-10-08T11:00:00", [
      ("Aktuellt", "Följs för hyperlipidemi. LDL 6,4 trots atorvastatin 40 mg."),
      ("Status", "Xantelasmer ovan bägge ögonlocken, inga senxantom."),
      ("Bedömning", "Sannolkit familjär hyperkolesterolemi, DLCN 6. Ezetimib läggs till, FH-panel."),
  ]),
  M102, [], "typo 'Sannolkit' FH")

C("d128-vgr-mall-tidiga-hyp-men-sokord-bedomning", "vgr", P("1985-05-16", "497"),
  N("n1", "vg_skas", "Helena Olsson", "läkare", "2024-03-26T13:45:00", [
      ("Anamnes", "Svårt att släppa taget efter handslag sedan tonåren, katarakt opererad vid 38 år."),
      ("Status", "Greppmyotoni och perkussionsmyotoni thenar, lätt ptos, temporal atrofi."),
      ("Bedömning", "Misstänkt dystrofia myotonica typ 1. DMPK-analys, EKG och Holter."),
  ], template="Tidiga hypoteser"),
  M102, [], "VGR protects by sökord, not template: Bedömning in a note whose template is called Tidiga hypoteser is visible")

C("d128-skane-sokord-tidiga-hyp-i-vanlig-mall", "skane", P("1979-09-27", "225"),
  N("n1", "sk_neuro", "Cecilia Holm", "läkare", "2024-11-12T10:20:00", [
      ("Aktuellt", "Opererad för hemangioblastom i cerebellum 2022. DT buk visar njurcysta och pankreascystor."),
      ("Tidiga hypoteser", "Möjlig von Hippel-Lindaus sjukdom; VHL-analys diskuteras med klinisk genetik."),
  ]),
  M102, [], "Skåne protects by template only: a section keyword 'Tidiga hypoteser' in a Läkaranteckning is visible")

C("d128-vgr-hypotes-skyddad-och-upprepad-i-bedomning", "vgr", P("1974-01-31", "156"),
  N("n1", "vg_klingen", "Erik Johansson", "läkare", "2024-04-24T14:30:00", [
      ("Anamnes", "Spontan pneumothorax två gånger, fibrofollikulom på näsa och kinder."),
      ("Tidiga hypoteser", "Trol. Birt-Hogg-Dubés syndrom, FLCN. Ej diskuterat med pat."),
      ("Bedömning", "Trol. Birt-Hogg-Dubé; njur-MR och FLCN-analys beställs."),
  ]),
  M102, [], "hypothesis correctly in Tidiga hypoteser but repeated with 'Trol.' in visible Bedömning")

C("d128-ystad-trol-mody", "skane", P("2000-09-09", "381"),
  N("n1", "sk_med_yst", "Björn Svensson", "läkare", "2024-06-11T09:25:00", [
      ("Anamnes", "Diabetes sedan 19 års ålder, låg insulindos. Mor diabetes sedan 25 år, morfar tablettbehandlad diabetes från 30 år."),
      ("Provsvar", "GAD- och IA2-antikroppar negativa, C-peptid 0,74 nmol/L, hsCRP 0,2."),
      ("Bedömning", "Antikroppsnegativ diabetes med dominant nedärvning i tre generationer, trol MODY (HNF1A?). MODY-panel skickas."),
  ], template="Mottagningsanteckning"),
  M102, [], "'trol MODY' without a period, in Bedömning")

C("d128-thorax-epikris-misstankt-htad", "vgr", P("1986-06-02", "178"),
  N("n1", "vg_thorax", "Viktor Lundgren", "läkare", "2024-04-12T15:00:00", [
      ("Orsak till inläggning", "Akut aortadissektion typ A hos 38-årig man, överflyttad från Borås."),
      ("Förlopp", "Akut operation med ascendensgraft och aortaklaffsuspension 2/4. Postop förmaksflimmer, "
                  "konverterat med amiodaron. Mobiliserad, sår ua."),
      ("Bedömning", "Dissektion i ung ålder utan hypertoni – misstänkt hereditär thorakal aortasjukdom. "
                    "Bror 41 år har aortaektasi 46 mm."),
      ("Åtgärd", "Remiss klinisk genetik för aortapanel. Betablockad, BT-mål under 120/80. Återbesök thoraxkirurg om 6 v."),
  ], template="Epikris", setting="slutenvård"),
  M102, [], "suspected heritable thoracic aortic disease in a discharge summary")

C("d128-kardgen-lang-hcm-slakttrad", "skane", P("1996-01-27", "615"),
  N("n1", "sk_kardgen", "Zeynep Yilmaz", "läkare", "2024-05-28T08:30:00", [
      ("Kontaktorsak", "Kaskadscreening efter att familjens MYH7-variant påvisats hos pat:s far."),
      ("Släktanamnes", "Bror avled plötsligt 31 år under fotbollsträning 2019, obduktionen visade HCM med myocyte disarray. "
                       "Far 62 år har ICD sedan 2019, septum 22 mm. Farbror avled hastigt vid 55, möjligen arytmi, aldrig utredd. "
                       "Farmor levde till 88 utan känd hjärtsjukdom. Pat:s dotter 4 år, ej undersökt. "
                       "Syster 33 år är genotypnegativ och avskrivs ur kontroller."),
      ("Aktuellt", "Pat själv asymtomatisk, springer milen utan besvär. Inga synkoper, ingen bröstsmärta, tränar fyra ggr/v."),
      ("Status", "AT gott. Cor: rr, inga blåsljud. Pulm: vesikulärt bilat. BT 132/78, puls 58."),
      ("Utredning", "EKG: sinusrytm 56, höga QRS-amplituder, inga patologiska Q. Eko: septum 13 mm, bakvägg 10 mm, EF 62 %, "
                    "global longitudinell strain -15 %, diastolisk dysfunktion grad 1. Holter 48 h: enstaka VES, ingen NSVT. "
                    "Genetik: bär familjens patogena MYH7-variant."),
      ("Bedömning", "Förenligt med tidig HCM-fenotyp hos genotyppositiv man; HCM Risk-SCD 2,1 % på 5 år. "
                    "Ingen indikation för primärprofylaktisk ICD."),
      ("Planering", "MR hjärta med LGE. Ny eko och Holter om 12 mån. Idrottsråd enligt ESC. "
                    "Dottern erbjuds undersökning hos barnkardiolog vid 5 års ålder."),
  ], template="Mottagningsanteckning"),
  M102, [], "long pedigree-heavy chart; the patient's own 'förenligt med tidig HCM-fenotyp' is the hedge")

C("d128-alingsas-ev-hattr-utkast", "vgr", P("1957-04-12", "264"),
  N("n1", "vg_alingsas", "Malin Axelsson", "läkare", "2024-02-20T10:10:00", [
      ("Anamnes", "Släkt från Skellefteåtrakten. Tilltagande domningar i fötterna, ortostatism och diarréer. Karpaltunnelopererad bilat."),
      ("Utredning", "Eko: koncentrisk väggförtjockning 15 mm, apical sparing på strain. NT-proBNP 2 100."),
      ("Bedömning", "Ev. hereditär transtyretinamyloidos. Skintigrafi med DPD och TTR-sekvensering."),
  ], signed=None),
  M102, [], "'Ev.' hereditary ATTR amyloidosis in an unsigned draft")

C("d128-tel-sannolik-hnpp", "skane", P("1991-03-08", "349"),
  N("n1", "sk_neuro", "Cecilia Holm", "läkare", "2024-07-03T11:50:00", [
      ("Telefonkontakt", "Pat ringer om ny droppfot vä efter att ha suttit med benen i kors. Tidigare peroneuspares hö 2021 "
                         "och ulnarispares 2019. Mamma haft liknande episoder."),
      ("Bedömning", "Sannolik hereditär neuropati med tryckpareskänslighet (HNPP). Neurografi och PMP22-analys ordnas, "
                    "undvik tryck mot nerverna."),
  ], template="Telefonanteckning"),
  M102, [], "telephone note: sannolik HNPP")

C("d128-barnkard-misstankt-noonan", "vgr", P("2023-10-05", "436"),
  N("n1", "vg_barnkard", "Nadia Rahimi", "läkare", "2024-06-19T13:15:00", [
      ("Anamnes", "Remiss från BVC pga blåsljud och viktkurva under -2 SD."),
      ("Status", "Hypertelorism, nedåtsluttande ögonspringor, lågt sittande bakåtroterade öron, kort hals med överskottshud."),
      ("Utredning", "Eko: valvulär pulmonalisstenos, gradient 45 mmHg, dysplastisk klaff."),
      ("Bedömning", "Misstänkt Noonans syndrom. RASopati-panel skickad, remiss barnendokrinolog för tillväxtbedömning."),
  ]),
  M102, [], "suspected Noonan syndrome in an 8-month-old")

C("d128-ystad-typo-fabry-kan-ej-utelsutas", "skane", P("1979-07-07", "183"),
  N("n1", "sk_med_yst", "Eva Jeppsson", "läkare", "2024-09-03T14:40:00", [
      ("Anamnes", "Brännande smärtor i händer och fötter sedan barndomen, nedsatt svettning. Bror i dialys sedan 45 års ålder, genes okänd."),
      ("Status", "Angiokeratom i badbyxeområdet. Cornea verticillata enl. ögonläkare."),
      ("Bedömning", "Fabrys sjukdom kan ej utelsutas. Alfa-galaktosidas A-aktivitet och GLA-analys skickade, U-albumin/krea."),
  ]),
  M102, [], "typo 'utelsutas': Fabry cannot be excluded")

C("d128-klingen-differentialdiagnostiskt-veds", "vgr", P("1999-11-20", "221"),
  N("n1", "vg_klingen", "Gunilla Hed", "läkare", "2024-08-27T10:05:00", [
      ("Anamnes", "Spontan sigmoideumperforation vid 23 år, lätt för blåmärken, tunn genomskinlig hud. Mors kusin dog av aortaruptur 38 år."),
      ("Bedömning", "Differentialdiagnostiskt vaskulär Ehlers-Danlos syndrom mot klassisk EDS. COL3A1 och COL5A1 ingår i bindvävspanelen."),
  ]),
  M102, [], "'Differentialdiagnostiskt' vascular EDS for the patient")

C("d128-barn-tel-trolig-cf-nyfodd", "skane", P("2023-12-18", "286"),
  N("n1", "sk_barn_mal", "Sara Bengtsson", "läkare", "2024-01-20T12:30:00", [
      ("Telefonkontakt", "Samtal med mamma. Nyföddhetsscreeningen visade förhöjt IRT och svettestet igår gav klorid 54 mmol/l."),
      ("Bedömning", "Trolig cystisk fibros. CFTR-analys brådskande, kallas till CF-centrum Lund nästa vecka."),
  ], template="Telefonanteckning"),
  M102, [], "'Trolig cystisk fibros' in a newborn's telephone note")

C("d128-draft-misstankt-cowden", "vgr", P("1982-08-14", "309"),
  N("n1", "vg_hud", "Tobias Strand", "läkare", "2024-10-22T15:30:00", [
      ("Anamnes", "Multinodös struma opererad vid 34 år, fibroadenom i båda brösten. Huvudomfång +3 SD."),
      ("Status", "Multipla trichilemmom i ansiktet, papillom på gingivan."),
      ("Bedömning", "Misstänkt PTEN-hamartomtumörsyndrom (Cowden). PTEN-analys, bröst-MR från nu."),
  ], signed=None),
  M102, [], "suspected Cowden syndrome, unsigned draft")

C("d128-barnhjarta-dd-cpvt", "skane", P("2015-04-04", "460"),
  N("n1", "sk_barnhjarta", "Mikael Tran", "läkare", "2024-03-19T09:00:00", [
      ("Aktuellt", "Två episoder av medvetslöshet under simträning, den senaste med kramper. EEG normalt."),
      ("Utredning", "Vilo-EKG och eko ua. Arbetsprov: bidirektionell VT vid puls 150, avbröts."),
      ("Bedömning", "Ansträngningsutlöst synkope med polymorf arytmi, DD katekolaminerg polymorf ventrikeltakykardi. "
                    "Betablockad, RYR2/CASQ2-analys."),
  ]),
  M102, [], "'DD' CPVT in a 9-year-old")

# =====================================================================
# NL102 negatives
# =====================================================================

C("d128-mor-misstankt-ovarialcancer-ej-verifierad", "skane", P("1986-05-19", "367"),
  N("n1", "sk_onkgen", "Karin Lindqvist", "genetisk vägledare", "2024-01-16T13:00:00", [
      ("Släktanamnes", "Mor avled 52 år i misstänkt ovarialcancer, diagnosen aldrig histologiskt verifierad. "
                       "Mormor bröstcancer 60 år. Morbror prostatacancer 70 år."),
      ("Bedömning", "Pat själv frisk. Uppfyller kriterier för mammografikontroller från 40 år; moderns journaler begärs "
                    "från Kristianstad innan ställningstagande till gentest."),
  ], template="Genetisk vägledning"),
  [], M102, "the hedge belongs to the mother's disease; the patient is healthy")

C("d128-skas-morbror-trol-hd-prediktiv", "vgr", P("1997-02-14", "253"),
  N("n1", "vg_skas", "Elin Nyström", "genetisk vägledare", "2024-02-08T10:00:00", [
      ("Släktanamnes", "Morbror trol. Huntington, dog på vårdhem 61 år utan att ha testats. Mor 58 år, asymtomatisk och otestad; "
                       "hon vet om pat:s besök."),
      ("Samtal", "Första samtalet i det prediktiva programmet. Pat har en a priori-risk på 25 % och funderar på familjebildning."),
      ("Bedömning", "Pat har själv inga motoriska eller psykiska symtom. Andra samtal om 4 v innan provtagning."),
  ], template="Genetisk vägledning"),
  [], M102, "'trol. Huntington' is the maternal uncle's; predictive counselling of a healthy person")

C("d128-kardgen-farfar-mojligen-hcm", "skane", P("2003-09-30", "318"),
  N("n1", "sk_kardgen", "Zeynep Yilmaz", "läkare", "2024-02-29T14:15:00", [
      ("Släktanamnes", "Farfar möjligen HCM, dog 60 år i hjärtsvikt. Far väntar på egen eko."),
      ("Utredning", "EKG sinusrytm, normala amplituder. Eko: septum 9 mm, normal diastolisk funktion."),
      ("Bedömning", "Ingen hållpunkt för kardiomyopati hos pat. Ny kontroll om 3 år eller tidigare om fadern får en diagnos."),
  ]),
  [], M102, "grandfather's 'möjligen HCM'; patient's cardiomyopathy negated")

C("d128-kungalv-lynch-avskrivs", "vgr", P("1961-01-08", "240"),
  N("n1", "vg_kungalv", "Rasmus Fors", "läkare", "2024-03-07T11:20:00", [
      ("Aktuellt", "Opererad med högersidig hemikolektomi för adenocarcinom, pT3N1."),
      ("PAD", "Bevarat uttryck av MLH1, PMS2, MSH2 och MSH6."),
      ("Bedömning", "Lynchs syndrom avskrivs som förklaring, sporadisk koloncancer. Adjuvant cytostatika enligt MDK."),
  ]),
  [], M102, "Lynch 'avskrivs'; the colon cancer is confirmed")

C("d128-lipid-ingen-misstanke-fh-hypotyreos", "skane", P("1969-03-23", "285"),
  N("n1", "sk_endo_mal", "Fatima Kadir", "läkare", "2024-05-14T10:45:00", [
      ("Provsvar", "LDL 4,9, TSH 38, fritt T4 6."),
      ("Bedömning", "Hyperkolesterolemi sekundär till uttalad hypotyreos. Ingen misstanke om familjär hyperkolesterolemi, "
                    "ny lipidstatus efter 3 mån levotyroxin."),
  ]),
  [], M102, "'Ingen misstanke om' FH; secondary cause confirmed")

C("d128-kard-ost-lqts-uteslutes", "vgr", P("2004-08-17", "197"),
  N("n1", "vg_kard_ost", "Mats Gustafsson", "läkare", "2024-06-25T08:55:00", [
      ("Bedömning", "Upprepade EKG QTc 418–436 ms, normal QT-adaptation vid arbetsprov. Långt QT-syndrom uteslutes med god "
                    "säkerhet; synkopen är vasovagal."),
      ("Planering", "Ingen uppföljning, råd om vätskeintag."),
  ]),
  [], M102, "LQTS 'uteslutes'; vasovagal syncope stated firmly")

C("d128-kardgen-vus-scn5a-utkast", "skane", P("1975-12-12", "429"),
  N("n1", "sk_kardgen", "Niklas Rosén", "läkare", "2024-07-09T13:35:00", [
      ("Aktuellt", "Utreds efter att en kusin fått diagnosen Brugadas syndrom."),
      ("Provsvar", "Arytmipanel: heterozygot VUS i SCN5A (c.3578G>A), klass 3."),
      ("Bedömning", "Varianten av oklar signifikans förklarar inget och används inte för kaskadtestning. "
                    "Ajmalintest utan Brugadamönster, vilo-EKG normalt."),
  ], signed=None),
  [], M102, "VUS = uncertainty about a variant, not a disease; Brugada is the cousin's and negated for the patient")

C("d128-onkogen-vus-brca2-klassning", "vgr", P("1970-06-28", "364"),
  N("n1", "vg_onkgen", "Annika Karlsson", "läkare", "2024-08-13T09:30:00", [
      ("Aktuellt", "Behandlad för ER-positiv bröstcancer 2022."),
      ("Provsvar", "BRCA2 c.8167G>C, klassad som VUS."),
      ("Bedömning", "Klassificeringen kan komma att ändras när mer data finns; variant av oklar signifikans ligger inte "
                    "till grund för riskreducerande kirurgi. Omprövning om 2–3 år."),
  ]),
  [], M102, "hedges concern the variant's classification; the breast cancer is confirmed")

C("d128-kir-kristianstad-ev-remiss-onkogenetik", "skane", P("1955-10-05", "143"),
  N("n1", "sk_kir_kri", "Anders Mårtensson", "läkare", "2024-09-10T14:00:00", [
      ("Bedömning", "Opererad för adenokarcinom i sigmoideum pT3N0, R0. Inga cancerfall i släkten enligt pat."),
      ("Planering", "Ev. remiss till onkogenetiken om ytterligare cancerfall i släkten framkommer. CEA och DT thorax-buk om 6 mån."),
  ]),
  [], M102, "'Ev.' hedges a referral (a plan) and is conditional")

C("d128-dsbus-eventuellt-trio-exom", "vgr", P("2019-12-02", "388"),
  N("n1", "vg_dsbus", "Linnea Andersson", "läkare", "2024-08-29T10:15:00", [
      ("Aktuellt", "Global utvecklingsförsening, går med stöd vid 4,5 år, inget tal."),
      ("Utredning", "Mikroarray normal, FMR1 normal, metabol screening ua."),
      ("Planering", "Eventuellt trio-exom som nästa steg, tas upp på genetikkonferensen 12/9."),
  ], signed=None),
  [], M102, "'Eventuellt' trio-exome is a plan; no hedged diagnosis")

C("d128-onkogen-villkor-om-patogen-variant", "skane", P("1992-02-02", "205"),
  N("n1", "sk_onkgen", "Karin Lindqvist", "genetisk vägledare", "2024-03-21T09:00:00", [
      ("Genetisk vägledning", "Pat:s syster har en patogen BRCA1-variant. Gått igenom nedärvning och vad ett positivt "
                              "respektive negativt svar innebär."),
      ("Planering", "Om pat bär varianten erbjuds årlig MR bröst och diskussion om riskreducerande salpingo-ooforektomi "
                    "runt 35–40 år. Provtagning idag, svar om 3–4 v."),
  ], template="Genetisk vägledning"),
  [], M102, "conditional 'om pat bär varianten' before predictive testing; no hedged diagnosis")

C("d128-pmo-vc-misstankt-fh", "skane", P("1981-08-08", "292"),
  N("n1", "pmo_hoor", "Maria Nilsson", "läkare", "2024-04-04T10:30:00", [
      ("Aktuellt", "Hälsokontroll. Kolesterol 9,1, LDL 7,0. Pappa infarkt 44 år."),
      ("Bedömning", "Misstänkt familjär hyperkolesterolemi. Remiss lipidmottagningen SUS Malmö, start atorvastatin 40 mg."),
  ], template="Läkarbesök"),
  [], M102, "PMO never shows diagnoses: suspected FH at a vårdcentral")

C("d128-pmo-bvc-misstanke-arftlig-horsel", "skane", P("2023-11-14", "620"),
  N("n1", "pmo_bvc_lhm", "Lena Persson", "sjuksköterska", "2024-02-01T09:20:00", [
      ("Aktuellt", "Ej passerat OAE bilat vid två tillfällen. Storebror har hörapparat sedan 2 års ålder."),
      ("Bedömning", "Misstanke om ärftlig hörselnedsättning, ev. GJB2-relaterad. Remiss hörselkliniken."),
  ], template="BVC-besök"),
  [], M102, "PMO BVC note with suspected hereditary hearing loss")

C("d128-skane-tidiga-hyp-mall-debuterande-hd", "skane", P("1978-04-03", "118"),
  N("n1", "sk_neuro", "Henrik Sjöberg", "läkare", "2024-10-01T15:10:00", [
      ("Bedömning", "Tilltagande ofrivilliga rörelser och exekutiv svikt; fadern avled med genetiskt verifierad Huntingtons "
                    "sjukdom. Misstänkt debuterande HD hos pat, som ännu inte fått veta vår misstanke."),
  ], template="Tidiga hypoteser"),
  [], B, "Skåne template Tidiga hypoteser protects both the hedge and the untold suspicion")

C("d128-vgr-sokord-tidiga-hyp-fabry", "vgr", P("1968-12-19", "437"),
  N("n1", "vg_nal", "Ahmed Mahmoud", "läkare", "2024-05-07T13:00:00", [
      ("Anamnes", "Njurfunktionsnedsättning, eGFR 52, proteinuri 0,9 g/d. Hypertrof vänsterkammare utan hypertoni."),
      ("Tidiga hypoteser", "Möjlig Fabrys sjukdom, alt. amyloidos."),
      ("Planering", "Alfa-galaktosidasaktivitet, S/U-elfores, njurbiopsi diskuteras med njurmedicin."),
  ]),
  [], M102, "VGR: hedge only under sökord Tidiga hypoteser; other sections hold findings and plans")

C("d128-thorax-marfan-trolig-utskrivning", "vgr", P("1994-03-05", "126"),
  N("n1", "vg_thorax", "Viktor Lundgren", "läkare", "2024-11-19T08:20:00", [
      ("Aktuellt", "Dag 5 efter elektiv klaffbevarande aortarotsersättning (David) pga Marfans syndrom, FBN1-verifierat 2016."),
      ("Status", "Opåverkad, sternumsåret torrt. Afebril."),
      ("Planering", "Trolig utskrivning i morgon, losartan återinsätts. Kontroll DT aorta om 3 mån."),
  ], setting="slutenvård"),
  [], M102, "'Trolig utskrivning' is a plan; Marfan is confirmed")

C("d128-neuro-hd-genbarare-symtomhedge", "skane", P("1985-06-21", "351"),
  N("n1", "sk_neuro", "Hanna Ekdahl", "läkare", "2024-06-18T10:00:00", [
      ("Aktuellt", "Känd genbärare för HD (CAG 43) sedan 2019, årlig kontroll."),
      ("Status", "Möjligen lätt nedsatt finmotorik vä hand, svårbedömt. Ingen korea, normala sackader. UHDRS motorisk score 3."),
      ("Bedömning", "Inga säkra tecken på motorisk debut. Fortsatt årlig uppföljning, erbjuds deltagande i Enroll-HD."),
  ]),
  [], M102, "'Möjligen' hedges a sign, not a disease; carrier status is confirmed and onset negated")

C("d128-klingen-typo-tlar-emot-marfan", "vgr", P("2002-10-30", "275"),
  N("n1", "vg_klingen", "Gunilla Hed", "läkare", "2024-01-30T11:10:00", [
      ("Status", "Längd 192 cm, armspann/längd 1,03, systemisk score 3, ingen ektopia lentis enl. ögonklin."),
      ("Bedömning", "Aortarot 33 mm (z 0,8). Sammantaget tlar emot Marfans syndrom; ingen genetisk analys indicerad."),
  ]),
  [], M102, "typo 'tlar emot' (talar emot): Marfan argued against")

C("d128-endoskopi-inga-tecken-pa-polypos", "skane", P("1998-04-15", "432"),
  N("n1", "sk_endoskopi", "Ali Hassan", "läkare", "2024-07-16T09:45:00", [
      ("Anamnes", "Syster fick FAP-diagnos 2019 (APC). Pat testades 2020 och bär inte familjens variant, önskar ändå koloskopi."),
      ("Utredning", "Koloskopi till cekum: inga tecken på polypos, två 3 mm hyperplastiska polyper i rektum avlägsnade."),
      ("Bedömning", "Ingen ytterligare kontroll motiverad utifrån genotypen."),
  ]),
  [], M102, "'inga tecken på polypos'; FAP is the sister's")

C("d128-lipid-bror-misstanks-ha-fh", "vgr", P("1975-09-14", "214"),
  N("n1", "vg_lipid", "Jonas Larsson", "läkare", "2024-09-24T14:20:00", [
      ("Diagnos", "Familjär hyperkolesterolemi, LDLR-verifierad (E78.0A)."),
      ("Släkt", "Bror 52 år misstänks också ha FH men är ej testad; kaskadbrev lämnat till pat för vidarebefordran. "
                "Dotter 17 år testas via barnmottagningen."),
  ]),
  [], M102, "patient's FH confirmed; the brother's is the suspected one")

C("d128-pmo-trol-hemokromatos", "skane", P("1964-11-11", "390"),
  N("n1", "pmo_nasby", "Per Håkansson", "läkare", "2024-08-20T11:15:00", [
      ("Bedömning", "Ferritin 980, transferrinmättnad 78 %. Trol. hereditär hemokromatos, HFE-analys skickad."),
      ("Planering", "Återbesök 3 v för provsvar, ev. venesectio."),
  ], template="Läkarbesök"),
  [], M102, "PMO note: 'Trol.' hereditary haemochromatosis is not shown")

C("d128-gastro-typo-ingen-misstnake-lynch", "vgr", P("1988-07-01", "167"),
  N("n1", "vg_gastro", "Petra Berg", "läkare", "2024-10-15T10:40:00", [
      ("Aktuellt", "Kontroll pga mammas Lynchsyndrom (MLH1). Pat testad 2021 och bär inte moderns variant."),
      ("Bedömning", "Ingen misstnake om Lynch hos pat. Avslutas från koloskopiprogrammet, populationsscreening gäller."),
  ]),
  [], M102, "typo 'misstnake' in a negation: no suspicion of Lynch")

C("d128-lqt1-mor-dotter-fragestallning", "skane", P("1984-10-22", "248"),
  N("n1", "sk_kardgen", "Niklas Rosén", "läkare", "2024-04-23T15:00:00", [
      ("Diagnos", "Långt QT-syndrom typ 1 (KCNQ1), välinställd på nadolol."),
      ("Familj", "Dottern (8 år) remitterad till barnkardiologen med frågeställning LQTS; sonen 11 år är genotypnegativ."),
  ]),
  [], M102, "'frågeställning LQTS' concerns the daughter; the mother's LQT1 is confirmed")

C("d128-klingen-cf-barare-bekraftat", "skane", P("1993-01-29", "307"),
  N("n1", "sk_klingen", "Karin Lindqvist", "genetisk vägledare", "2024-05-30T13:30:00", [
      ("Genetisk vägledning", "Pat bär CFTR F508del (bekräftat). Partnern lämnar prov idag; om båda bär anlag är risken "
                              "25 % för ett barn med CF i varje graviditet."),
  ], template="Genetisk vägledning"),
  [], M102, "confirmed carrier status plus a conditional risk; nothing hedged about the patient")

C("d128-hsp-talar-for-ad-nedarvning", "vgr", P("1980-05-05", "322"),
  N("n1", "vg_skas", "Helena Olsson", "läkare", "2024-11-05T09:30:00", [
      ("Diagnos", "Hereditär spastisk parapares, SPG4 (SPAST) verifierad 2023."),
      ("Släktanamnes", "Far och farfar med gångsvårigheter från 50-årsåldern, farfars bror frisk vid 85. "
                       "Mönstret talar troligen för autosomalt dominant nedärvning."),
      ("Planering", "Baklofen, fysioterapi. Barnen 19 och 21 år har via pat fått information om möjlighet till prediktiv testning."),
  ], signed=None),
  [], M102, "'talar troligen för' hedges the inheritance pattern, not a diagnosis; HSP is verified")

C("d128-pmo-vc-17-ar-far-hcm", "skane", P("2006-12-03", "481"),
  N("n1", "pmo_tagaborg", "Emma Ohlsson", "läkare", "2024-03-14T14:45:00", [
      ("Aktuellt", "Pappan nyligen diagnostiserad med HCM på Helsingborgs lasarett. Pat 17 år, spelar fotboll, yrsel vid ansträngning."),
      ("Bedömning", "Ev. ärftlig kardiomyopati hos pat. EKG idag, remiss kardiologen för eko och kaskadutredning."),
  ], template="Läkarbesök"),
  [], M102, "PMO note of a 17-year-old: 'Ev.' hereditary cardiomyopathy not shown")

C("d128-dsbus-ej-forenlig-angelman", "vgr", P("2017-08-08", "395"),
  N("n1", "vg_dsbus", "Nadia Rahimi", "läkare", "2024-12-03T10:50:00", [
      ("Diagnos", "Autismspektrumtillstånd. Intellektuell funktionsnedsättning, måttlig."),
      ("Utredning", "Metyleringsanalys 15q11–q13 normal, UBE3A-sekvensering utan fynd."),
      ("Bedömning", "Fenotypen är inte förenlig med Angelmans syndrom. Genetisk utredning avslutas i nuläget."),
  ]),
  [], M102, "'inte förenlig med' Angelman is a negation")

C("d128-fostermedicin-partner-misstankt-dm1", "skane", P("1991-03-17", "244"),
  N("n1", "sk_foster", "Ingrid Thulin", "läkare", "2024-07-23T10:25:00", [
      ("Aktuellt", "Omföderska v 11+2. Partnern utreds på neurologen i Malmö för misstänkt myotonisk dystrofi efter att hans mor fått diagnosen."),
      ("Planering", "Om partnern bekräftas som bärare erbjuds fosterdiagnostik med CVB; pat informerad om alternativen. "
                    "Ny kontakt efter partnerns svar."),
  ]),
  [], M102, "the suspected disease is the partner's, not the patient's")

C("d128-onkogen-tidigare-misstanke-nu-bekraftad", "vgr", P("1976-12-24", "411"),
  N("n1", "vg_onkgen", "Erik Johansson", "läkare", "2024-05-16T11:00:00", [
      ("Provsvar", "Patogen variant i MLH1 (c.1852_1854del) påvisad."),
      ("Bedömning", "Den tidigare misstanken om Lynchs syndrom är nu bekräftad. Pat informerad vid dagens besök, "
                    "koloskopi vartannat år, aspirin diskuteras."),
  ]),
  [], B, "former suspicion now confirmed and told: neither a hedge nor an untold diagnosis")

# =====================================================================
# NL101 positives: diagnosis visible while the text says the patient is not told
# =====================================================================

C("d128-onkogen-brca1-svar-ej-informerad", "skane", P("1979-09-03", "162"),
  N("n1", "sk_onkgen", "Johan Åkesson", "läkare", "2024-05-06T16:10:00", [
      ("Provsvar", "Germlineanalys: heterozygot patogen variant i BRCA1, c.5266dupC."),
      ("Diagnos", "Ärftligt bröst- och äggstockscancersyndrom (Z15.0)."),
      ("Planering", "Pat ej informerad, svarsbesök bokat 14/5 med onkogenetiker och genetisk vägledare."),
  ], template="Mottagningsanteckning"),
  M101, M102, "BRCA1 result and HBOC diagnosis filed visibly before the answer visit")

C("d128-vgr-lynch-ej-per-telefon", "vgr", P("1968-02-11", "235"),
  N("n1", "vg_onkgen", "Sofia Eriksson", "läkare", "2024-03-11T14:55:00", [
      ("Provsvar", "MLH1: deletion av exon 16, patogen – Lynchs syndrom."),
      ("Åtgärd", "Enligt pat:s önskemål vid provtagningen ska svaret ges vid fysiskt besök och inte per telefon. "
                 "Besked ännu inte lämnat; tid 22/3."),
  ]),
  M101, [], "Lynch syndrome visible, 'besked ännu inte lämnat'")

C("d128-klingen-hd-prediktiv-resultat-ej-lamnat", "skane", P("1994-11-30", "176"),
  N("n1", "sk_klingen", "Karin Lindqvist", "genetisk vägledare", "2024-05-22T15:40:00", [
      ("Provsvar", "HTT: 42 CAG-repetitioner på ena allelen – pat är genbärare för Huntingtons sjukdom."),
      ("Planering", "Enligt det prediktiva protokollet lämnas resultatet personligen 3/6 med stödperson närvarande. "
                    "Pat har inte fått resultatet."),
  ], template="Genetisk vägledning"),
  M101, [], "predictive HD result written in a visible note before it is given in person")

C("d128-kard-hocm-eko-ej-informerad", "vgr", P("2005-04-19", "298"),
  N("n1", "vg_kard_ost", "Tobias Strand", "läkare", "2024-09-05T11:30:00", [
      ("Utredning", "Eko idag: asymmetrisk septumhypertrofi 19 mm, SAM med LVOT-gradient 64 mmHg vid Valsalva."),
      ("Diagnos", "Hypertrofisk obstruktiv kardiomyopati."),
      ("Bedömning", "Pat ej informerad om ekofyndet ännu, läkarsamtal kl 15 tillsammans med föräldrarna. Idrottsförbud tills vidare."),
  ]),
  M101, M102, "HOCM diagnosis visible, patient not yet told about the echo")

C("d128-barn-fh-kaskad-foraldrar-ej-besked", "skane", P("2015-02-12", "204"),
  N("n1", "sk_barn_hbg", "Sara Bengtsson", "läkare", "2024-02-22T13:00:00", [
      ("Provsvar", "Kaskadtestning: faderns LDLR-variant påvisad. LDL 5,6 mmol/l."),
      ("Diagnos", "Familjär hyperkolesterolemi hos 9-årig flicka."),
      ("Planering", "Föräldrarna har ännu inte fått besked; ringer dem i morgon och bokar besök för statinstart från 10 års ålder."),
  ], template="Mottagningsanteckning"),
  M101, [], "child under 13: the guardians who read the journal have not been told the FH diagnosis")

C("d128-barn-mikroarray-22q11-ej-meddelat", "vgr", P("2022-01-20", "317"),
  N("n1", "vg_barn_udd", "Petra Berg", "läkare", "2024-04-16T10:05:00", [
      ("Provsvar", "Mikroarray: 2,6 Mb deletion 22q11.21, nedärvning ännu inte utredd."),
      ("Bedömning", "22q11-deletionssyndrom som förklarar hjärtfelet och talförseningen. Svaret har ännu inte meddelats familjen, "
                    "samtal bokas med genetisk vägledare och barnläkare."),
  ]),
  M101, [], "microarray diagnosis in a 2-year-old's visible note; family not yet told")

C("d128-fostermedicin-trisomi18-ej-informerad", "skane", P("1989-07-14", "228"),
  N("n1", "sk_foster", "Hanna Ekdahl", "läkare", "2024-06-04T12:10:00", [
      ("Provsvar", "QF-PCR på fostervattenprov (v 16+1): trisomi 18 hos fostret."),
      ("Planering", "Pat ännu ej informerad. Ringer henne kl 14 och bokar besök i morgon med fostermedicinare och kurator."),
  ]),
  M101, [], "prenatal finding in the mother's visible note before she is told")

C("d128-alingsas-lqt2-ej-fatt-besked", "vgr", P("1999-03-09", "446"),
  N("n1", "vg_alingsas", "Malin Axelsson", "läkare", "2024-07-02T15:25:00", [
      ("Provsvar", "Arytmipanel: patogen variant i KCNH2."),
      ("Diagnos", "Långt QT-syndrom typ 2, genetiskt verifierat."),
      ("Åtgärd", "Pat har ännu inte fått besked om svaret. Kontaktas av mottagningen för besök; väckarklocka och plötsliga ljud tas upp då."),
  ]),
  M101, M102, "LQT2 verified and visible, 'ännu inte fått besked'")

C("d128-ystad-typo-adpkd-ej-infomerad", "skane", P("1982-12-06", "154"),
  N("n1", "sk_med_yst", "Björn Svensson", "läkare", "2024-10-10T14:30:00", [
      ("Provsvar", "DT buk: multipla bilaterala njurcystor, njurlängd 15 cm hö och 16 cm vä, levercystor."),
      ("Bedömning", "Uppfyller Pei-kriterierna – autosomal dominant polycystisk njursjukdom. Pat ej infomerad om DT-svaret ännu."),
  ]),
  M101, [], "typo 'infomerad': ADPKD diagnosis visible, patient not informed")

C("d128-vgr-sca3-skyddat-och-synligt", "vgr", P("1971-06-06", "339"),
  N("n1", "vg_skas", "Elin Nyström", "läkare", "2024-09-26T13:50:00", [
      ("Tidiga hypoteser", "ATXN3-expansion (CAG 68). Pat ej informerad, beskedet ges av neurolog."),
      ("Bedömning", "Spinocerebellär ataxi typ 3 verifierad genetiskt. Besked ej lämnat till pat, tid 10/10."),
  ]),
  M101, [], "untold diagnosis also written in visible Bedömning, not only under Tidiga hypoteser")

C("d128-neuro-cadasil-vill-ha-maken-med", "skane", P("1964-02-29", "420"),
  N("n1", "sk_neuro", "Hanna Ekdahl", "läkare", "2024-08-12T11:05:00", [
      ("Provsvar", "NOTCH3: patogen cysteinförändrande variant i exon 4."),
      ("Diagnos", "CADASIL."),
      ("Planering", "Pat har inte informerats om svaret; önskar att maken är med vid beskedet 21/8."),
  ]),
  M101, [], "CADASIL diagnosis visible, patient not yet informed")

C("d128-kungalv-fap-ej-informerad-utkast", "vgr", P("2001-10-10", "193"),
  N("n1", "vg_kungalv", "Rasmus Fors", "läkare", "2024-04-30T16:00:00", [
      ("Aktuellt", "Koloskopi i mars: fler än 100 adenom i hela kolon."),
      ("Provsvar", "APC patogen variant bekräftad – familjär adenomatös polypos."),
      ("Planering", "Pat ej informerad ännu. Kolektomi diskuteras efter beskedet, remiss genetisk vägledning för syskon."),
  ], signed=None),
  M101, [], "FAP confirmed and not yet told, unsigned draft (pre-signing)")

C("d128-ystad-hnf1a-mody-ej-kommunicerat", "skane", P("1998-08-25", "371"),
  N("n1", "sk_med_yst", "Eva Jeppsson", "läkare", "2024-10-24T09:40:00", [
      ("Provsvar", "MODY-panel: patogen variant i HNF1A."),
      ("Bedömning", "HNF1A-MODY (MODY3) verifierad. Ännu ej kommunicerat med pat; tas vid diabetesbesöket 4/11 "
                    "då byte till glipizid blir aktuellt."),
  ]),
  M101, [], "'Ännu ej kommunicerat med pat' about a verified MODY3 diagnosis")

C("d128-nal-hattr-svar-sedan-besked", "vgr", P("1956-07-29", "358"),
  [N("n1", "vg_nal", "Ahmed Mahmoud", "läkare", "2024-04-02T14:00:00", [
      ("Provsvar", "TTR-sekvensering: p.Val50Met. Hereditär transtyretinamyloidos. Pat ej informerad."),
  ], template="Provsvarsanteckning"),
   N("n2", "vg_nal", "Ahmed Mahmoud", "läkare", "2024-04-16T10:30:00", [
      ("Information", "Pat informerad om diagnosen hATTR-amyloidos och om att barnen kan testas."),
      ("Åtgärd", "Tafamidis startas, remiss neurofysiologi."),
  ])],
  [("NL101", "n1")], [("NL101", "n2")],
  "the result note that withheld the diagnosis fires; the later note that tells the patient does not")

C("d128-klingen-fbn1-fore-vagledning", "skane", P("2006-02-03", "187"),
  N("n1", "sk_klingen", "Per Håkansson", "läkare", "2024-09-19T10:45:00", [
      ("Provsvar", "FBN1: patogen variant c.4082G>A – Marfans syndrom fastställt."),
      ("Åtgärd", "Resultatet får inte lämnas ut till pat före den genetiska vägledningen 2/10."),
  ]),
  M101, M102, "'får inte lämnas ut till pat' before counselling, Marfan diagnosis visible")

C("d128-nal-fabry-ovetande", "vgr", P("1977-01-15", "423"),
  N("n1", "vg_nal", "Ahmed Mahmoud", "läkare", "2024-11-26T11:20:00", [
      ("Provsvar", "GLA: patogen variant, alfa-galaktosidas A-aktivitet 3 % av normalt."),
      ("Bedömning", "Fabrys sjukdom bekräftad. Pat ovetande om svaret hittills; enzymbehandling diskuteras när hon fått beskedet."),
  ]),
  M101, [], "'ovetande om svaret' with a confirmed Fabry diagnosis")

C("d128-onk-brca2-ej-forrn-granskat-utkast", "skane", P("1962-05-09", "266"),
  N("n1", "sk_onk_lund", "Oskar Malmgren", "läkare", "2024-12-02T15:50:00", [
      ("Provsvar", "Tumörsekvensering med germlineuppföljning: BRCA2 patogen variant även i blod."),
      ("Bedömning", "Ärftlig BRCA2-associerad cancer. Pat ska inte informeras förrän onkogenetiker har granskat svaret, "
                    "PARP-hämmare blir då aktuellt."),
  ], signed=None),
  M101, [], "'ska inte informeras förrän' in an unsigned oncology draft")

C("d128-skas-misstankt-hd-ej-informerad-om-misstanken", "vgr", P("1966-09-01", "230"),
  N("n1", "vg_skas", "Helena Olsson", "läkare", "2024-03-28T14:00:00", [
      ("Anamnes", "Hustrun har ringt och berättat om personlighetsförändring och ryckningar; pat:s far dog på psykiatrisk klinik."),
      ("Bedömning", "Misstänkt debuterande Huntingtons sjukdom. Pat ej informerad om misstanken, kallas till neurolog."),
  ]),
  B, [], "a hedged diagnosis the patient has not been told, in a visible section: both rules")

C("d128-klingen-col3a1-svarsbrev-ska-ej-skickas", "skane", P("1990-10-17", "313"),
  N("n1", "sk_klingen", "Johan Åkesson", "läkare", "2024-03-01T09:10:00", [
      ("Provsvar", "COL3A1: patogen glycinsubstitution – vaskulär Ehlers-Danlos syndrom."),
      ("Åtgärd", "Patienten är inte informerad. Svarsbrev ska inte skickas; besked ges av ansvarig läkare med uppföljande kärlplan."),
  ]),
  M101, M102, "vascular EDS confirmed, 'Patienten är inte informerad'")

C("d128-klingen-lang-lynch-msh6-slakttrad", "vgr", P("1985-02-18", "402"),
  N("n1", "vg_klingen", "Erik Johansson", "läkare", "2024-05-24T13:15:00", [
      ("Kontaktorsak", "Sammanställning inför svarsbesök och familjeutredning."),
      ("Släktanamnes", "Mor 66 år, endometriecancer vid 58, MSH6-variant påvisad 2023. Morbror koloncancer 61 år, avliden. "
                       "Mormor magcancer av okänd typ. Syster 41 år testad i Göteborg i vintras och bär inte varianten. "
                       "Bror 38 år i Stockholm har inte hörts av. Pat:s två barn 12 och 9 år – testning först i vuxen ålder."),
      ("Provsvar", "Prediktiv test: pat bär moderns MSH6-variant c.3261dup."),
      ("Diagnos", "Lynchs syndrom (MSH6)."),
      ("Bedömning", "Pat själv har ännu inte fått svaret – besked lämnas vid besöket 29/5. Kontrollprogram med koloskopi "
                    "vartannat år, gynekologisk information och diskussion om profylaktisk hysterektomi efter avslutat barnafödande."),
      ("Planering", "Familjebrev till brodern via pat efter beskedet. Remiss till endoskopin skickas efter besöket."),
  ], template="Genetisk utredning"),
  M101, [], "long pedigree chart: relatives' status everywhere, but the patient's own Lynch result is not yet told")

C("d128-tel-hustru-ringer-lynch-msh2", "skane", P("1959-10-21", "147"),
  N("n1", "sk_onkgen", "Lena Persson", "sjuksköterska", "2024-06-27T10:35:00", [
      ("Telefonkontakt", "Hustrun ringer och frågar efter svaret på makens gentest. Svaret (MSH2-variant, Lynchs syndrom) "
                         "lämnas inte till anhörig och pat har ännu inte själv fått besked."),
      ("Åtgärd", "Meddelande till ansvarig läkare att ringa pat i dag."),
  ], template="Telefonanteckning"),
  M101, [], "spouse calls; the diagnosis is written while the patient himself has not been told")

C("d128-alingsas-typo-a1at-ej-underrattad", "vgr", P("1960-05-22", "379"),
  N("n1", "vg_alingsas", "Sofia Eriksson", "läkare", "2024-01-25T13:40:00", [
      ("Provsvar", "A1AT 0,18 g/L, genotyp PiZZ."),
      ("Diagnos", "Alfa-1-antitrypsinbirst."),
      ("Planering", "Pat ej underrättad ännu. Spirometri och leverelastografi bokas, syskon bör erbjudas test."),
  ]),
  M101, [], "typo in the diagnosis word 'antitrypsinbirst'; patient not yet told")

C("d128-ystad-hfe-ej-fatt-del", "skane", P("1958-03-03", "168"),
  N("n1", "sk_med_yst", "Eva Jeppsson", "läkare", "2024-02-15T11:00:00", [
      ("Provsvar", "HFE: homozygot C282Y. Ferritin 1 450, transferrinmättnad 89 %."),
      ("Bedömning", "Hereditär hemokromatos. Pat har inte fått del av svaret, venesectio planeras efter informationsbesök."),
  ]),
  M101, [], "'har inte fått del av svaret' about haemochromatosis")

C("d128-kard-ost-typo-cpvt-ej-infromerad", "vgr", P("2002-05-05", "281"),
  N("n1", "vg_kard_ost", "Mats Gustafsson", "läkare", "2024-08-08T12:15:00", [
      ("Provsvar", "RYR2: patogen variant."),
      ("Diagnos", "Katekolaminerg polymorf ventrikeltakykardi (CPVT)."),
      ("Bedömning", "Pat inte infromerad, ringer efter lunch. Nadolol och flekainid."),
  ]),
  M101, [], "typo 'infromerad': CPVT visible, patient not informed")

C("d128-neuro-dm1-inte-berattat-utkast", "skane", P("1969-11-08", "215"),
  N("n1", "sk_neuro", "Henrik Sjöberg", "läkare", "2024-11-07T16:20:00", [
      ("Provsvar", "DMPK: CTG-expansion om ca 600 repetitioner."),
      ("Bedömning", "Dystrofia myotonica typ 1. Vi har ännu inte berättat för pat; hon kommer med dottern nästa vecka. "
                    "Hjärtutredning inkl. Holter redan bokad."),
  ], signed=None),
  M101, [], "'Vi har ännu inte berättat för pat' about DM1, unsigned draft")

C("d128-thorax-epikris-loeys-dietz-efter-utskrivning", "vgr", P("1997-06-30", "452"),
  N("n1", "vg_thorax", "Viktor Lundgren", "läkare", "2024-09-16T10:00:00", [
      ("Sammanfattning", "Inlagd 3–11/9 för elektiv aortarotsersättning pga rotdilatation 48 mm hos 27-åring, okomplicerat förlopp."),
      ("Provsvar", "Svar på aortapanel inkom efter utskrivning: patogen variant i TGFBR2 – Loeys-Dietz syndrom."),
      ("Åtgärd", "Pat ej informerad om genetiksvaret, kallas till klinisk genetik. Årlig MR av hela aorta."),
  ], template="Epikris", setting="slutenvård"),
  M101, [], "discharge summary adds a genetic diagnosis the patient has not been told")

C("d128-klingen-noonan-ptpn11-ej-formedlat", "vgr", P("2002-12-30", "136"),
  N("n1", "vg_klingen", "Gunilla Hed", "läkare", "2024-12-10T14:05:00", [
      ("Provsvar", "PTPN11: patogen variant c.922A>G."),
      ("Bedömning", "Noonans syndrom som förklarar pulmonalisstenosen och kortvuxenheten. Resultatet är ej förmedlat till patienten."),
  ]),
  M101, [], "'ej förmedlat till patienten' with a Noonan diagnosis")

# =====================================================================
# NL101 negatives
# =====================================================================

C("d128-onkogen-brca1-informerad-idag", "skane", P("1977-04-30", "250"),
  N("n1", "sk_onkgen", "Johan Åkesson", "läkare", "2024-05-14T13:00:00", [
      ("Information", "Svarsbesök tillsammans med maken. Pat informerad om den patogena BRCA1-varianten och diagnosen "
                      "ärftligt bröst- och äggstockscancersyndrom."),
      ("Planering", "MR bröst årligen, remiss gynekolog för riskreducerande salpingo-ooforektomi. Släktbrev till två systrar."),
  ]),
  [], B, "patient informed today about a confirmed diagnosis")

C("d128-skas-hd-kand-sedan-2017", "vgr", P("1959-08-08", "344"),
  N("n1", "vg_skas", "Elin Nyström", "läkare", "2024-06-12T10:10:00", [
      ("Diagnos", "Huntingtons sjukdom, stadium 2, diagnos 2017."),
      ("Aktuellt", "Pat och hustru väl insatta, ökad korea sista halvåret. Tetrabenazin höjs."),
  ]),
  [], M101, "long-known diagnosis, patient well informed")

C("d128-kir-lynch-datum-ej-informerad", "skane", P("1978-07-12", "419"),
  N("n1", "sk_kir_kri", "Anders Mårtensson", "läkare", "2024-03-19T11:30:00", [
      ("Diagnos", "Lynchs syndrom (PMS2)."),
      ("Planering", "Pat ej informerad om datum för nästa koloskopi ännu, kallelse skickas från endoskopin."),
  ]),
  [], M101, "what the patient does not know yet is a date, not the diagnosis")

C("d128-alingsas-fh-remiss-ej-meddelat", "vgr", P("1966-10-19", "227"),
  N("n1", "vg_alingsas", "Malin Axelsson", "läkare", "2024-10-03T15:15:00", [
      ("Bedömning", "Familjär hyperkolesterolemi, LDLR-verifierad sedan 2018. LDL 3,1 på högdos statin och ezetimib."),
      ("Åtgärd", "Remiss till lipidmottagningen SU för ställningstagande till PCSK9-hämmare skickad; pat har inte meddelats det ännu."),
  ]),
  [], M101, "untold item is that a referral was sent")

C("d128-onkogen-normalt-panelsvar-ej-informerad", "skane", P("1973-12-01", "313"),
  N("n1", "sk_onkgen", "Karin Lindqvist", "genetisk vägledare", "2024-07-11T14:20:00", [
      ("Aktuellt", "Opererad för bröstcancer vä 2022, utredd pga syster med bröstcancer vid 44."),
      ("Provsvar", "Panel (BRCA1, BRCA2, PALB2, CHEK2, ATM, TP53): ingen patogen variant påvisad."),
      ("Planering", "Pat ej informerad ännu om det normala svaret; brev skickas denna vecka."),
  ]),
  [], M101, "the untold result is normal; the breast cancer is known history")

C("d128-onkogen-syster-ej-informerad", "vgr", P("1972-07-17", "268"),
  N("n1", "vg_onkgen", "Annika Karlsson", "läkare", "2024-02-13T10:25:00", [
      ("Information", "Pat informerad om sin MSH2-variant, diagnosen Lynchs syndrom och kontrollprogrammet."),
      ("Släktutredning", "Systern i Luleå har ännu inte informerats; pat vill själv berätta och fick ett släktbrev att vidarebefordra."),
  ]),
  [], M101, "patient told; only the sister is not yet informed")

C("d128-skane-tidiga-hyp-mall-htt-ej-informerad", "skane", P("1990-08-07", "303"),
  N("n1", "sk_klingen", "Per Håkansson", "läkare", "2024-11-04T15:30:00", [
      ("Provsvar", "HTT: 41 CAG-repetitioner."),
      ("Bedömning", "Genbärare för Huntingtons sjukdom. Pat ej informerad, besked vid besöket 12/11 enligt protokollet."),
  ], template="Tidiga hypoteser"),
  [], M101, "Skåne: untold result kept in the Tidiga hypoteser template")

C("d128-vgr-sokord-tidiga-hyp-klinefelter", "vgr", P("1990-02-21", "132"),
  N("n1", "vg_reprod", "Jonas Larsson", "läkare", "2024-03-06T09:50:00", [
      ("Anamnes", "Ofrivillig barnlöshet i 3 år, azoospermi vid två analyser."),
      ("Tidiga hypoteser", "Kromosomanalys 47,XXY – Klinefelters syndrom. Pat ej informerad, tas vid återbesöket tillsammans med partnern."),
      ("Planering", "Återbesök om 2 v, testosteron och LH/FSH inför besöket."),
  ]),
  [], M101, "VGR: the untold karyotype diagnosis sits only under sökord Tidiga hypoteser")

C("d128-kardgen-lqt1-inget-om-information", "skane", P("1988-03-11", "236"),
  N("n1", "sk_kardgen", "Niklas Rosén", "läkare", "2024-01-18T08:45:00", [
      ("Diagnos", "Långt QT-syndrom typ 1 (KCNQ1)."),
      ("Aktuellt", "Årskontroll. Propranolol 40 mg x 2, inga synkoper. QTc 455 ms."),
      ("Planering", "Oförändrad behandling, ny kontroll om 1 år."),
  ]),
  [], M101, "diagnosis present, nothing said about telling")

C("d128-klingen-slaktbrev-kusiner-ej-nadda", "skane", P("1983-06-16", "389"),
  N("n1", "sk_klingen", "Karin Lindqvist", "genetisk vägledare", "2024-06-20T11:40:00", [
      ("Släktutredning", "Pat har familjär hyperkolesterolemi (APOB-variant); diagnos och ärftlighet genomgångna med henne i maj. "
                         "Fadern informerad. Släktbrev skickat till fyra kusiner på faderns sida, två kusiner i Norge ännu ej nådda."),
  ], template="Genetisk vägledning"),
  [], M101, "cascade letter note: patient and father told, some cousins not reached")

C("d128-sas-pgt-ej-informerade", "vgr", P("1992-09-19", "441"),
  N("n1", "vg_sas", "Malin Axelsson", "läkare", "2024-08-22T10:00:00", [
      ("Aktuellt", "Pat och partner är båda anlagsbärare för CFTR-varianter och fick beskedet i juni, efter att deras första barn fått CF-diagnos."),
      ("Planering", "Har ännu inte informerats om möjligheten till preimplantatorisk genetisk testning (PGT); tas upp vid nästa besök i oktober."),
  ]),
  [], M101, "untold item is a treatment option (PGT), not a diagnosis")

C("d128-barn-22q11-morforaldrar-vet-ej", "skane", P("2019-04-25", "377"),
  N("n1", "sk_barn_mal", "Emma Ohlsson", "läkare", "2024-04-11T13:50:00", [
      ("Diagnos", "22q11-deletionssyndrom."),
      ("Aktuellt", "Föräldrarna informerades 12/3 och har läst på. Morföräldrarna vet ännu inte om diagnosen; föräldrarna vill vänta till efter sommaren."),
  ]),
  [], M101, "guardians told; only the grandparents are not")

C("d128-kard-ost-uppfoljning-efter-besked-myh7", "vgr", P("1980-11-27", "192"),
  N("n1", "vg_kard_ost", "Linnea Andersson", "sjuksköterska", "2024-07-18T14:30:00", [
      ("Telefonkontakt", "Uppföljande samtal efter att pat förra veckan fick beskedet om MYH7-varianten och diagnosen hypertrofisk "
                         "kardiomyopati. Hon har sovit dåligt men förstått informationen."),
      ("Åtgärd", "Kuratorskontakt erbjuden."),
  ], template="Telefonkontakt"),
  [], M101, "patient was told last week")

C("d128-neuro-als-c9-son-ej-informerad", "skane", P("1957-02-17", "286"),
  N("n1", "sk_neuro", "Cecilia Holm", "läkare", "2024-02-06T09:15:00", [
      ("Diagnos", "ALS med C9orf72-expansion, diagnos 2023."),
      ("Aktuellt", "Pat vet om genfyndet sedan i höstas. Sonen (30) är ännu inte informerad om möjligheten till prediktiv testning; pat vill ta det själv."),
  ]),
  [], M101, "the son is not told (and about an option); patient knows")

C("d128-onh-hht-ej-kallad-utkast", "vgr", P("1981-04-26", "159"),
  N("n1", "vg_onh", "Tobias Strand", "läkare", "2024-05-02T13:20:00", [
      ("Diagnos", "Hereditär hemorragisk telangiektasi (ENG)."),
      ("Aktuellt", "Återkommande näsblödningar, laserbehandling vä näshåla idag."),
      ("Planering", "Pat ännu inte kallad till MR hjärna och lungkärlsscreening, remiss skickad."),
  ], signed=None),
  [], M101, "'ännu inte kallad' is about a plan, not about telling a diagnosis")

C("d128-vgr-tidiga-hyp-misstankt-ftd-ej-informerad", "vgr", P("1963-04-04", "372"),
  N("n1", "vg_skas", "Helena Olsson", "läkare", "2024-10-29T10:35:00", [
      ("Anamnes", "Personlighetsförändring enligt hustrun, tappat omdöme i ekonomiska frågor. Mor dog i demens vid 60."),
      ("Status", "MMT 27, frontala frisläppningsreflexer."),
      ("Tidiga hypoteser", "Misstänkt frontotemporal demens, C9orf72? Pat ej informerad om misstanken."),
      ("Planering", "MR hjärna, neuropsykologisk utredning, LP."),
  ]),
  [], B, "VGR: suspicion and the not-told statement only under sökord Tidiga hypoteser")

C("d128-tel-panelsvar-ej-klart", "skane", P("1985-08-31", "210"),
  N("n1", "sk_onkgen", "Lena Persson", "sjuksköterska", "2024-09-12T15:05:00", [
      ("Telefonkontakt", "Pat ringer och undrar över svaret på cancerpanelen. Analysen är ännu inte klar; pat informerad om att svaret dröjer 6–8 v från provtagning."),
  ], template="Telefonanteckning"),
  [], M101, "no result and no diagnosis yet")

C("d128-skas-hd-barnen-ska-ej-veta", "vgr", P("1970-12-15", "216"),
  N("n1", "vg_skas", "Petra Berg", "kurator", "2024-11-14T13:00:00", [
      ("Diagnos", "Huntingtons sjukdom, genetiskt verifierad 2021."),
      ("Kuratorssamtal", "Pat känner till sin diagnos sedan 2021. Vill inte att barnen (22 och 25 år) informeras ännu; "
                         "vi respekterar detta och erbjuder stöd inför samtalet med dem."),
  ], template="Kuratorsanteckning"),
  [], M101, "patient knows; the adult children are the ones not to be told")

C("d128-klingen-tidigare-ej-informerad-nu-genomgatt", "skane", P("2004-06-11", "328"),
  N("n1", "sk_klingen", "Per Håkansson", "läkare", "2024-10-14T10:00:00", [
      ("Information", "Vid förra kontakten var pat ännu inte informerad om FBN1-svaret. Idag gått igenom svaret och diagnosen "
                      "Marfans syndrom med pat och hennes mor."),
      ("Planering", "Årligt eko, losartan, ögonkontroll."),
  ]),
  [], M101, "'ännu inte informerad' refers to the previous contact; told today")

C("d128-lipid-typo-inforemrad-om-diagnos", "vgr", P("1996-12-08", "404"),
  N("n1", "vg_lipid", "Jonas Larsson", "läkare", "2024-12-05T09:35:00", [
      ("Diagnos", "E78.0 Familjär hyperkolesterolemi"),
      ("Åtgärd", "Pat inforemrad om diagnos och ärftlighet, kaskadbrev till syskon och föräldrar. Rosuvastatin 20 mg."),
  ]),
  [], M101, "typo 'inforemrad': patient informed about the diagnosis")

C("d128-kardgen-dcm-vus-omklassificerad-utkast", "skane", P("1965-05-25", "355"),
  N("n1", "sk_kardgen", "Zeynep Yilmaz", "läkare", "2024-11-21T11:25:00", [
      ("Diagnos", "Dilaterad kardiomyopati sedan 2020, EF 35 %."),
      ("Provsvar", "Tidigare VUS i MYH7 är omklassificerad till benign av laboratoriet."),
      ("Planering", "Pat ej informerad om omklassificeringen ännu, tas vid nästa besök. Kaskadtestning för varianten ska inte göras."),
  ], signed=None),
  [], M101, "untold item is a variant reclassification to benign, not a diagnosis")

C("d128-onkogen-brev-retur-muntligt-besked", "skane", P("1987-09-24", "241"),
  N("n1", "sk_onkgen", "Lena Persson", "sjuksköterska", "2024-02-19T10:50:00", [
      ("Åtgärd", "Svarsbrevet om BRCA2-bärarskap kom i retur pga fel adress. Pat fick beskedet muntligt 7/2, nytt brev skickat till rätt adress."),
  ], template="Administrativ anteckning"),
  [], M101, "letter returned, but the patient was told orally")

C("d128-hlm-lqt1-kusin-vet-ej", "skane", P("1993-08-13", "167"),
  N("n1", "sk_hjarta_hlm", "Mikael Tran", "läkare", "2024-04-25T14:10:00", [
      ("Information", "Pat informerad om sin KCNQ1-variant och diagnosen LQTS typ 1 i januari."),
      ("Släkt", "Kusinen på mödernet, som också haft synkope, vet ännu inte om familjens variant; mostern ska prata med henne."),
  ]),
  [], M101, "patient told in January; only a cousin does not know")

C("d128-kard-ost-hcm-vantetid-icd", "vgr", P("1975-03-30", "334"),
  N("n1", "vg_kard_ost", "Tobias Strand", "läkare", "2024-06-06T15:45:00", [
      ("Bedömning", "Hypertrofisk kardiomyopati, känd sedan 2014; nu NSVT och septum 31 mm. Indikation för primärprofylaktisk ICD."),
      ("Planering", "Anmäld för ICD-implantation. Pat ej informerad om väntetiden, koordinator ringer."),
  ]),
  [], M101, "untold item is the waiting time")

C("d128-foster-nipt-normalt-ej-meddelat", "vgr", P("1986-11-02", "187"),
  N("n1", "vg_foster", "Nadia Rahimi", "barnmorska", "2024-03-13T11:55:00", [
      ("Aktuellt", "Graviditet v 12+3. Föregående graviditet avslutades efter fynd av trisomi 18, vilket pat är väl medveten om."),
      ("Provsvar", "NIPT: ingen ökad risk för trisomi 13, 18 eller 21."),
      ("Planering", "Pat ej meddelad ännu, ringer henne i morgon förmiddag."),
  ]),
  [], M101, "untold result is normal; the earlier trisomy is known to her")

C("d128-hbg-hnpp-informerad-annan-enhet", "skane", P("1989-01-19", "296"),
  N("n1", "sk_neuro_hbg", "Ali Hassan", "läkare", "2024-08-15T10:30:00", [
      ("Anamnes", "Pat fick diagnosen HNPP på neurologen i Malmö 2022 och är väl insatt i sjukdomen."),
      ("Aktuellt", "Ny ulnarispåverkan efter cykeltur, handledsskydd och tryckavlastning."),
  ]),
  [], M101, "told earlier at another unit")

C("d128-dsbus-kabuki-foraldrar-informerade-idag", "vgr", P("2021-08-22", "463"),
  N("n1", "vg_dsbus", "Linnea Andersson", "läkare", "2024-07-04T13:30:00", [
      ("Information", "Vid dagens besök gått igenom exomsvaret med båda föräldrarna: de novo patogen variant i KMT2D, Kabukisyndrom."),
      ("Planering", "Hjärt-eko, hörselkontroll, remiss habiliteringen. Återbesök genetik om 6 mån."),
  ]),
  [], M101, "guardians of a child under 13 told today")

C("d128-nal-misstankt-arvc-informerat-om-misstanken", "vgr", P("1989-09-09", "145"),
  N("n1", "vg_nal", "Ahmed Mahmoud", "läkare", "2024-10-17T11:45:00", [
      ("Bedömning", "Misstänkt arytmogen högerkammarkardiomyopati utifrån MR med RV-dilatation och regional dyskinesi. "
                    "Informerat pat om misstanken och planerad utredning med Holter och genpanel."),
  ]),
  M102, M101, "hedged diagnosis told to the patient: NL101 silent, NL102 still fires")

C("d128-klingen-dmd-konduktor-syster-ej-informerad", "skane", P("1995-01-04", "168"),
  N("n1", "sk_klingen", "Karin Lindqvist", "genetisk vägledare", "2024-09-26T09:20:00", [
      ("Provsvar", "Pat bär sonens DMD-deletion (exon 45–50) och är konduktor."),
      ("Information", "Pat informerad om bärarskapet och risken för hjärtpåverkan hos kvinnliga bärare. Hennes syster har ännu "
                      "inte informerats om att hon kan vara bärare; pat vill vänta."),
  ], template="Genetisk vägledning"),
  [], M101, "carrier mother informed; only her sister is not")


# ---------------------------------------------------------------- validation
KEYS_CASE = ["case", "ruleset", "record", "must", "must_not", "why"]
KEYS_REC = ["patient", "as_of", "notes", "access_events", "conversations", "treatments"]
KEYS_NOTE = ["id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"]
SENT_SPLIT = re.compile(r"(?<=[.!?;])\s+|\n+")


def age_at(birth, when):
    b = dt.date.fromisoformat(birth)
    w = when.date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def validate(cases):
    errs = []
    names = set()
    seen = {}
    for c in cases:
        n = c["case"]
        if list(c.keys()) != KEYS_CASE:
            errs.append("%s: keys" % n)
        if not n.startswith("d128-"):
            errs.append("%s: prefix" % n)
        if n in names:
            errs.append("%s: duplicate case name" % n)
        names.add(n)
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append("%s: ruleset" % n)
        r = c["record"]
        if list(r.keys()) != KEYS_REC:
            errs.append("%s: record keys" % n)
        if r["access_events"] or r["conversations"] or r["treatments"]:
            errs.append("%s: non-empty lists" % n)
        p = r["patient"]
        pid = p["id"]
        m = re.fullmatch(r"(\d{8})-(\d{4})", pid)
        if not m:
            errs.append("%s: pnr format" % n)
        else:
            if m.group(1) != p["birth_date"].replace("-", ""):
                errs.append("%s: pnr/birth_date mismatch" % n)
            if not luhn_ok(m.group(1)[2:] + m.group(2)):
                errs.append("%s: Luhn" % n)
        as_of = dt.datetime.fromisoformat(r["as_of"])
        if as_of.year != 2024:
            errs.append("%s: as_of not 2024" % n)
        notes = {}
        for note in r["notes"]:
            if list(note.keys()) != KEYS_NOTE:
                errs.append("%s: note keys" % n)
            if note["id"] in notes:
                errs.append("%s: duplicate note id" % n)
            notes[note["id"]] = note
            t = dt.datetime.fromisoformat(note["time"])
            if t.year != 2024:
                errs.append("%s: note time not 2024" % n)
            if t > as_of:
                errs.append("%s: note after as_of" % n)
            if note["signed"] is not None:
                s = dt.datetime.fromisoformat(note["signed"])
                if s.year != 2024 or s < t:
                    errs.append("%s: signed" % n)
            if note["system"] not in ("Melior", "PMO"):
                errs.append("%s: system" % n)
            if c["ruleset"] == "vgr" and note["system"] != "Melior":
                errs.append("%s: VGR non-Melior" % n)
            if note["system"] == "PMO" and c["ruleset"] != "skane":
                errs.append("%s: PMO outside Skåne" % n)
            for when in (t, as_of):
                a = age_at(p["birth_date"], when)
                if 13 <= a <= 15 or a < 0:
                    errs.append("%s: age %d" % (n, a))
            for sec in note["sections"]:
                if set(sec.keys()) != {"keyword", "text"} or not sec["text"].strip():
                    errs.append("%s: section" % n)
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen and seen[sent] != (n, note["id"], sec["keyword"]):
                            errs.append("%s: sentence repeated (also in %s): %s" % (n, seen[sent][0], sent))
                        seen.setdefault(sent, (n, note["id"], sec["keyword"]))
        if not c["must"] and not c["must_not"]:
            errs.append("%s: no assertion" % n)
        pairs = [tuple(x) for x in c["must"]] + [tuple(x) for x in c["must_not"]]
        if len(set(pairs)) != len(pairs):
            errs.append("%s: code asserted twice" % n)
        for code, target in pairs:
            if code not in ("NL101", "NL102"):
                errs.append("%s: unexpected code %s" % (n, code))
            if target not in notes:
                errs.append("%s: missing target %s" % (n, target))
                continue
            if code == "NL101" and notes[target]["system"] == "PMO":
                errs.append("%s: NL101 asserted on PMO" % n)
        for code, target in c["must"]:
            if code == "NL102" and target in notes and notes[target]["system"] != "Melior":
                errs.append("%s: NL102 must on non-Melior" % n)
        if not c["why"].strip():
            errs.append("%s: why" % n)
    return errs


def main():
    errs = validate(CASES)
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    rs = {}
    for c in CASES:
        rs[c["ruleset"]] = rs.get(c["ruleset"], 0) + 1
    pmo = sum(1 for c in CASES if any(x["system"] == "PMO" for x in c["record"]["notes"]))
    print("cases: %d  rulesets: %s  PMO cases: %d" % (len(CASES), rs, pmo))
    for k in sorted(counts):
        print("  %s %-8s %d" % (k[0], k[1], counts[k]))
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
