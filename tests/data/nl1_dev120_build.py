#!/usr/bin/env python3
"""dev120: neurology (outpatient clinic and ward) test cases for NL101 / NL102.

Standard library only, deterministic. Writes cases.jsonl next to this file and
validates the set; exits 1 on any problem.
"""
import datetime as _dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev120_cases.jsonl")

# ---------------------------------------------------------------- units
UNITS = {
    # Region Skåne, Melior (hospital)
    "lund_mott": ("Neurologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4102"),
    "lund_ms": ("MS-mottagningen, Neurologi, Skånes universitetssjukhus Lund", "SE2321000255-4117"),
    "lund_avd": ("Neurologiavdelning 2, Skånes universitetssjukhus Lund", "SE2321000255-4125"),
    "malmo_mott": ("Neurologimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4231"),
    "malmo_avd": ("Neurologiavdelningen, Skånes universitetssjukhus Malmö", "SE2321000255-4240"),
    "malmo_minne": ("Minnesmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4268"),
    "hbg_mott": ("Neurologimottagningen, Helsingborgs lasarett", "SE2321000255-5310"),
    "ksd_mott": ("Neurologimottagningen, Centralsjukhuset Kristianstad", "SE2321000255-5544"),
    "lund_barn": ("Barnneurologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4390"),
    # Region Skåne, PMO (primary care)
    "vc_sjobo": ("Vårdcentralen Sjöbo", "SE2321000255-7702"),
    "vc_hoor": ("Vårdcentralen Höör", "SE2321000255-7718"),
    "hsv_landskrona": ("Hemsjukvården Landskrona", "SE2321000255-7791"),
    # Västra Götalandsregionen, Melior
    "su_mott": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000021410"),
    "su_ms": ("MS-centrum, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000021433"),
    "su_avd": ("Avdelning 132 Neurologi, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000021457"),
    "su_als": ("ALS-teamet, Neurologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000021462"),
    "su_minne": ("Minnesmottagningen, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-E000000021508"),
    "nal_mott": ("Neurologmottagningen, NU-sjukvården NÄL Trollhättan", "SE2321000131-E000000033021"),
    "skas_mott": ("Neurologmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000044105"),
    "sas_mott": ("Neurologmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000052287"),
    "sas_avd": ("Avdelning M5 Neurologi/Stroke, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000052291"),
}

PMO_UNITS = {"vc_sjobo", "vc_hoor", "hsv_landskrona"}

CASES = []


def luhn_check(nine):
    s = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return (10 - s % 10) % 10


def pnr(birth, serial):
    y, m, d = birth.split("-")
    nine = y[2:] + m + d + serial
    return "%s%s%s-%s%d" % (y, m, d, serial, luhn_check(nine))


def N(nid, unit, author, role, time, sections, template="Läkaranteckning",
      signed="auto", setting=None, system=None):
    if system is None:
        system = "PMO" if unit in PMO_UNITS else "Melior"
    if setting is None:
        setting = "slutenvård" if ("avd" in unit) else "öppenvård"
    if signed == "auto":
        t = _dt.datetime.fromisoformat(time) + _dt.timedelta(minutes=47)
        signed = t.isoformat()
    name, hsa = UNITS[unit]
    return {
        "id": nid, "system": system, "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": time, "signed": signed, "setting": setting, "refs": [],
        "sections": [{"keyword": k, "text": v} for k, v in sections],
    }


def C(name, ruleset, birth, serial, as_of, notes, must, must_not, why):
    CASES.append({
        "case": name, "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr(birth, serial), "birth_date": birth, "protected_identity": False},
            "as_of": as_of, "notes": notes,
            "access_events": [], "conversations": [], "treatments": [],
        },
        "must": [list(x) for x in must], "must_not": [list(x) for x in must_not],
        "why": why,
    })


L, S = "läkare", "sjuksköterska"

# =====================================================================
# NL102 — must (hedged diagnosis in a visible section of a Melior note)
# =====================================================================

C("d120-102-ms-misstankt-efter-retrobulbar-neurit", "skane", "1995-11-03", "428",
  "2024-02-20T00:00:00",
  [N("n1", "lund_ms", "Karin Håkansson", L, "2024-02-14T10:20:00", [
      ("Anamnes", "28-årig kvinna, tidigare frisk. I december smärtsam synnedsättning hö öga "
                  "med rörelsesmärta, visus ned till 0,3, återhämtat sig till 0,9 på 6 v. "
                  "Ögonkliniken bedömde retrobulbär neurit."),
      ("Status", "Visus hö 0,9 vä 1,0. RAPD hö. Fundi ua. Kranialnerver i övrigt ua. "
                 "Ingen pares, RR lika bilat, plantarsvar nedåtgående. Romberg ua."),
      ("Bedömning", "MR hjärna visar fyra periventrikulära T2-lesioner varav en juxtakortikal, "
                    "ingen kontrastladdning. Misstänkt MS efter genomgången optikusneurit, "
                    "spridning i rum uppfylld men inte i tid."),
      ("Planering", "LP med oligoklonala band och IgG-index. Ny MR med gadolinium om 3 mån."),
  ])],
  [("NL102", "n1")], [],
  "'Misstänkt MS' i Bedömning i en vanlig Melior-läkaranteckning är synlig hypotes.")

C("d120-102-cis-talar-for-demyeliniserande-sjukdom", "vgr", "1990-04-22", "316",
  "2024-03-11T00:00:00",
  [N("n1", "su_ms", "Henrik Alm", L, "2024-03-06T13:05:00", [
      ("Aktuellt", "Remitterad från ögon efter domningar i vä ben i jan som gick över på 3 v. "
                   "Nu inga kvarvarande besvär, arbetar heltid som snickare."),
      ("Bedömning", "Kliniskt isolerat syndrom med sensorisk myelit. Klinisk bild och MR med "
                    "en laddande lesion C4 talar för demyeliniserande sjukdom av MS-typ."),
      ("Planering", "LP, VEP. Åter på MS-centrum efter svar, pat har fått broschyr om CIS."),
  ])],
  [("NL102", "n1")], [],
  "'talar för demyeliniserande sjukdom av MS-typ' är en hedgad diagnos i synlig Bedömning (VGR Melior).")

C("d120-102-trol-idiopatisk-parkinson", "skane", "1951-07-09", "135",
  "2024-04-30T00:00:00",
  [N("n1", "hbg_mott", "Lars-Göran Nyström", L, "2024-04-25T09:40:00", [
      ("Anamnes", "Hustrun har märkt att han släpar hö fot och att handstilen blivit liten. "
                  "Förstoppning i flera år, luktar sämre."),
      ("Status", "Hypomimi. Kugghjulsrigiditet hö > vä överarm. Bradykinesi vid fingertapping hö. "
                 "Vilotremor hö hand, pillerrullande. Nedsatt armpendling hö. Pull-test neg."),
      ("Bedömning", "Trol. idiopatisk Parkinsons sjukdom, akinetisk-rigid form med hö-dominans."),
      ("Åtgärd", "Madopark 62,5 mg x 3 insätts, upptitrering enl skriftlig plan."),
  ])],
  [("NL102", "n1")], [],
  "'Trol.' framför Parkinsons sjukdom i synlig Bedömning, Skåne Melior.")

C("d120-102-msa-misstankt-dd-psp", "vgr", "1958-02-17", "271",
  "2024-05-08T00:00:00",
  [N("n1", "skas_mott", "Åsa Lindqvist", L, "2024-05-03T14:15:00", [
      ("Anamnes", "Debut 2022 med stelhet och fall. Urinträngningar, erektil dysfunktion och "
                  "yrsel vid uppresning sedan ett år."),
      ("Status", "Blodtryck liggande 148/86, stående efter 3 min 102/64 utan pulsökning. "
                 "Bilat rigiditet, bradykinesi, ingen vilotremor. Vertikala sackader ua."),
      ("Bedömning", "Snabb progress, tidig autonom dysfunktion och dåligt svar på levodopa 600 mg/d. "
                    "Misstänkt MSA-P. DD PSP bedöms mindre troligt då blickpares saknas."),
  ])],
  [("NL102", "n1")], [],
  "Atypisk parkinsonism: 'Misstänkt MSA-P' och 'DD PSP' i synlig Bedömning.")

C("d120-102-typo-missankt-als", "skane", "1963-09-30", "457",
  "2024-06-18T00:00:00",
  [N("n1", "lund_mott", "Peter Sandell", L, "2024-06-12T11:00:00", [
      ("Aktuellt", "Svaghet vä hand sedan i höstas, tappar saker, svårt med knappar. Nu även "
                   "sluddrigt tal på kvällarna enligt maken."),
      ("Status", "Atrofi interosseus I vä, fascikulationer i båda överarmarna och tungan. "
                 "Livliga reflexer i armarna, Hoffmann pos vä, Babinski neg."),
      ("Bedömning", "Missänkt ALS med kombination av övre och nedre motorneuronpåverkan i två regioner."),
      ("Planering", "EMG/ENeG brådskande, MR halsrygg, lab inkl CK."),
  ])],
  [("NL102", "n1")], [],
  "Stavfel i hedgen ('Missänkt ALS') — fortfarande en synlig misstänkt diagnos.")

C("d120-102-myasteni-okular-mojlig", "vgr", "1947-12-05", "153",
  "2024-01-26T00:00:00",
  [N("n1", "nal_mott", "Fredrik Bengtsson", L, "2024-01-22T10:10:00", [
      ("Anamnes", "Hängande ögonlock bilat och dubbelseende sedan jul, klart värre på "
                  "eftermiddagen och efter att ha läst tidningen."),
      ("Status", "Ptos bilat vä > hö som tilltar vid uppåtblick i 60 sek. Isbagstest: ptosen "
                 "minskar 3 mm efter 2 min. Ögonmotorik med diplopi vid blick åt vä. "
                 "Ingen nackflexorsvaghet, ingen dysfagi."),
      ("Bedömning", "Möjlig okulär myasthenia gravis."),
      ("Planering", "AChR-ak och MuSK-ak, repetitiv stimulering. DT thorax avseende tymom."),
  ], signed=None)],
  [("NL102", "n1")], [],
  "'Möjlig okulär myasthenia gravis' i osignerat utkast, synlig Bedömning.")

C("d120-102-eneg-svar-forenligt-med-pnp-citerat", "skane", "1956-03-14", "512",
  "2024-04-12T00:00:00",
  [N("n1", "malmo_mott", "Sofia Rydén", L, "2024-04-08T15:30:00", [
      ("Utredning", "ENeG (KNF Lund 2024-04-03), citat: \"Nedsatta amplituder i suralis bilat, "
                    "lätt sänkta motoriska amplituder peroneus. Fynden är förenliga med "
                    "längdberoende axonal sensorimotorisk polyneuropati av måttlig grad.\""),
      ("Bedömning", "Diabetes typ 2 sedan 15 år, HbA1c 71. Domningar i fötterna upp till "
                    "mitt på smalbenen, osäker gång i mörker."),
      ("Planering", "Fotvård, optimering av diabetesbehandling via VC. Åter vb."),
  ])],
  [("NL102", "n1")], [],
  "Citerat neurofysiologsvar 'förenliga med ... polyneuropati' ligger i synlig Utredning.")

C("d120-102-forsta-anfall-typo-epelepsi", "vgr", "1999-06-28", "397",
  "2024-07-04T00:00:00",
  [N("n1", "su_avd", "Mikael Öberg", L, "2024-07-01T08:50:00", [
      ("Aktuellt", "Sambon vaknade 03-tiden av att pat krampade generaliserat ca 2 min, "
                   "tungbett lateralt hö, urinavgång. Postiktalt förvirrad 20 min."),
      ("Status", "Vaken, orienterad nu. Neurologstatus utan fokalitet. Tungbett hö kant."),
      ("Bedömning", "Första GTK-anfall, provocerat av sömnbrist? Kan ej utesluta epelepsi."),
      ("Planering", "EEG med sömndeprivation, MR hjärna enl epilepsiprotokoll. "
                    "Körkortsinfo given muntligt."),
  ], template="Inskrivningsanteckning")],
  [("NL102", "n1")], [],
  "Stavfel 'epelepsi' men 'Kan ej utesluta' epilepsi är synlig hypotes efter första anfall.")

C("d120-102-eeg-talar-for-fokal-epilepsi", "skane", "1978-08-19", "246",
  "2024-05-23T00:00:00",
  [N("n1", "lund_mott", "Anna Fröberg", L, "2024-05-20T13:45:00", [
      ("Utredning", "EEG 2024-05-14: Intermittenta skarpa vågor temporalt vä, tydligare i dåsighet. "
                    "Ingen generaliserad aktivitet."),
      ("Bedömning", "Episoderna med déjà vu, smackningar och kort frånvaro talar för fokal epilepsi "
                    "med temporal start vä."),
      ("Åtgärd", "Lamotrigin startas enl upptrappningsschema. Körförbud tills vidare enligt "
                 "TSFS, muntlig och skriftlig info given."),
  ])],
  [("NL102", "n1")], [],
  "EEG-svar tolkat med 'talar för fokal epilepsi' i synlig Bedömning.")

C("d120-102-nph-fragetecken", "vgr", "1944-10-02", "079",
  "2024-09-17T00:00:00",
  [N("n1", "su_mott", "Ingrid Mattsson", L, "2024-09-12T10:30:00", [
      ("Anamnes", "Tilltagande gångsvårighet 2 år, små steg, fryser i dörröppningar. "
                  "Urgeinkontinens. Dottern tycker att han blivit långsam i tanken."),
      ("Status", "Bredspårig, magnetisk gång, 10 m på 19 s. MMT 24/30. Ingen rigiditet i armar."),
      ("Bedömning", "DT hjärna med vidgade ventriklar, Evans index 0,34, trånga sulci vid vertex. ?NPH"),
      ("Planering", "Tap-test med 40 ml och gångtest före/efter, bokas på avd 132."),
  ])],
  [("NL102", "n1")], [],
  "Frågetecken framför diagnosförkortning ('?NPH') som enda hedge i synlig text.")

C("d120-102-sannolik-migran-med-aura", "skane", "2001-01-25", "586",
  "2024-03-04T00:00:00",
  [N("n1", "ksd_mott", "Johan Wester", L, "2024-02-28T14:00:00", [
      ("Aktuellt", "Tre episoder senaste året med flimrande sicksack-mönster i synfältet ca 20 min "
                   "följt av pulserande huvudvärk vä sida, illamående."),
      ("Status", "Neurologstatus ua. Blodtryck 118/74."),
      ("Bedömning", "Sannolik migrän med aura enl ICHD-3. P-piller med östrogen avråds."),
      ("Åtgärd", "Recept sumatriptan 50 mg. Huvudvärksdagbok."),
  ])],
  [("NL102", "n1")], [],
  "'Sannolik migrän med aura' — hedgad diagnos i synlig Bedömning.")

C("d120-102-mr-svar-kan-rora-sig-om-demyelinisering", "vgr", "1986-05-16", "620",
  "2024-10-09T00:00:00",
  [N("n1", "sas_mott", "Therese Gunnarsson", L, "2024-10-04T11:20:00", [
      ("Utredning", "MR hjärna 2024-09-27, utlåtande: \"Enstaka ospecifika vitsubstanslesioner "
                    "frontalt bilat, kan röra sig om demyeliniserande sjukdom men även "
                    "migränrelaterade förändringar är tänkbara.\""),
      ("Bedömning", "Pat har migrän sedan tonåren och inga fokala neurologiska episoder. "
                    "Kompletterar med LP för att gå vidare."),
  ])],
  [("NL102", "n1")], [],
  "Radiologens hedge ('kan röra sig om demyeliniserande sjukdom') återgiven i synlig Utredning.")

C("d120-102-gbs-inger-misstanke-inskrivning", "skane", "1972-03-08", "519",
  "2024-11-21T00:00:00",
  [N("n1", "malmo_avd", "Oskar Lindahl", L, "2024-11-18T22:10:00", [
      ("Kontaktorsak", "Ascenderande svaghet och stickningar i fötter och händer sedan 5 dgr."),
      ("Anamnes", "Magsjuk med diarré för 2 v sedan. Nu svårt att gå i trappor, tappar grepp."),
      ("Status", "Pares 4-/5 proximalt i benen, 4/5 i armarna. Areflexi. Sensibilitet strumpformigt "
                 "nedsatt. VK 3,1 L. Ingen facialispares."),
      ("Bedömning", "Inger misstanke om Guillain-Barrés syndrom."),
      ("Planering", "LP och ENeG i morgon. VK x 3/dygn, larmgräns 20 ml/kg."),
  ], template="Inskrivningsanteckning")],
  [("NL102", "n1")], [],
  "'Inger misstanke om' GBS vid inskrivning på neuroavdelning, synlig.")

C("d120-102-pnes-som-dd", "vgr", "1997-09-11", "864",
  "2024-02-09T00:00:00",
  [N("n1", "su_avd", "Elin Strand", L, "2024-02-06T15:40:00", [
      ("Aktuellt", "Inlagd för video-EEG, 3:e vårddygnet. Två registrerade attacker igår."),
      ("Utredning", "Under attackerna: slutna ögon, asynkrona sidoriktade rörelser, ingen EEG-korrelat, "
                    "snabb återhämtning utan postiktal förvirring."),
      ("Bedömning", "Ej epileptiska anfall under registreringen. DD psykogena icke-epileptiska anfall."),
  ], template="Daganteckning")],
  [("NL102", "n1")], [],
  "'DD' framför en diagnos (PNES) i synlig Bedömning.")

C("d120-102-oklart-om-tia-eller-migranaura", "skane", "1966-12-01", "343",
  "2024-08-09T00:00:00",
  [N("n1", "hbg_mott", "Maria Åkesson", L, "2024-08-06T09:15:00", [
      ("Anamnes", "Episod för 2 v sedan med stickningar som vandrade från vä hand upp i ansiktet "
                  "under 15 min, därefter lätt huvudvärk. Rökare, hypertoni."),
      ("Bedömning", "Oklart om det rör sig om TIA eller migränaura med marscherande sensoriska symtom."),
      ("Planering", "Karotisdoppler, långtids-EKG. Trombyl tills vidare."),
  ], signed=None)],
  [("NL102", "n1")], [],
  "'Oklart om det rör sig om TIA' — hedgad diagnos i osignerat utkast.")

C("d120-102-diagnossokord-ms-fragetecken", "vgr", "1992-07-07", "240",
  "2024-06-05T00:00:00",
  [N("n1", "nal_mott", "Robert Holm", L, "2024-06-03T16:00:00", [
      ("Diagnos", "G35.9 Multipel skleros?"),
      ("Bedömning", "Avvaktar likvorsvar innan ställningstagande till sjukdomsmodifierande behandling."),
  ])],
  [("NL102", "n1")], [],
  "Diagnoskod med frågetecken under sökordet Diagnos, synligt i VGR.")

C("d120-102-ssk-typo-misstant-nmosd", "vgr", "1981-04-04", "668",
  "2024-09-06T00:00:00",
  [N("n1", "su_avd", "Lina Berg", S, "2024-09-03T19:30:00", [
      ("Omvårdnad", "Pat inlagd med misstänt NMOSD för plasmaferes, behandling 1 av 5 genomförd "
                    "via CDK hö v. jugularis. BT 104/68 efter behandling, lätt frusen."),
      ("Elimination", "Kateter kvar pga urinretention, diures 1400 ml."),
  ], template="Omvårdnadsanteckning")],
  [("NL102", "n1")], [],
  "Ssk-anteckning med stavfel 'misstänt NMOSD' — hedgad diagnos i synlig omvårdnadstext.")

C("d120-102-barn-trol-absensepilepsi", "skane", "2016-02-13", "262",
  "2024-03-19T00:00:00",
  [N("n1", "lund_barn", "Gunilla Persson", L, "2024-03-15T10:45:00", [
      ("Anamnes", "8-årig flicka. Läraren har sett att hon \"stänger av\" flera gånger per dag i "
                  "några sekunder, ingen fallolycka."),
      ("Status", "Vid hyperventilation på mottagningen 8 sek stirrande blick med ögonlocksfladder, "
                 "svarar inte på tilltal, återgår direkt till leken."),
      ("Bedömning", "Trol. barndomsabsensepilepsi."),
      ("Planering", "EEG med HV, därefter ställningstagande till etosuximid. Föräldrarna informerade "
                    "om badvakt."),
  ])],
  [("NL102", "n1")], [],
  "Barn under 13 (vårdnadshavare läser): 'Trol. barndomsabsensepilepsi' synlig.")

C("d120-102-emg-kan-inte-utesluta-mnd", "vgr", "1955-08-26", "137",
  "2024-04-03T00:00:00",
  [N("n1", "su_als", "Jonas Kjellberg", L, "2024-03-28T14:20:00", [
      ("Utredning", "EMG 2024-03-25: Fibrillationer och positiva skarpa vågor i vä FDI och vä "
                    "tibialis anterior, kroniska neurogena förändringar i paraspinal muskulatur Th10."),
      ("Bedömning", "Kan inte utesluta motorneuronsjukdom, men nedre motorneuron i två regioner räcker "
                    "inte för diagnos."),
      ("Planering", "Nytt EMG om 3 mån. Pat vet att utredningen fortsätter."),
  ])],
  [("NL102", "n1")], [],
  "'Kan inte utesluta motorneuronsjukdom' synlig efter EMG.")

C("d120-102-mojlig-cjd", "skane", "1949-05-30", "389",
  "2024-10-24T00:00:00",
  [N("n1", "lund_avd", "Anders Bergqvist", L, "2024-10-21T11:35:00", [
      ("Aktuellt", "Snabbt progredierande kognitiv svikt sedan juli, nu ataxi och ryckningar."),
      ("Status", "Desorienterad till tid och rum. Stimuluskänsliga myoklonier i armarna. "
                 "Bredspårig, kan ej gå utan stöd."),
      ("Bedömning", "DWI visar kortikalt band parietalt bilat och i caudatus. "
                    "Möjlig Creutzfeldt-Jakobs sjukdom."),
      ("Planering", "LP med RT-QuIC, 14-3-3 och tau. EEG. Basala hygienrutiner, smittskydd kontaktat."),
  ], template="Daganteckning läkare")],
  [("NL102", "n1")], [],
  "'Möjlig Creutzfeldt-Jakobs sjukdom' i synlig Bedömning på neuroavdelning.")

C("d120-102-typo-sannolkit-cidp", "vgr", "1960-01-18", "493",
  "2024-12-06T00:00:00",
  [N("n1", "skas_mott", "Karl Wiklund", L, "2024-12-02T09:05:00", [
      ("Anamnes", "Progredierande svaghet i ben och armar under 4 mån, både proximalt och distalt."),
      ("Utredning", "ENeG: förlängda distala latenser, ledningsblock n. medianus underarm, "
                    "förlängda F-vågor. Likvorprotein 1,2 g/L, celler 1."),
      ("Bedömning", "Sannolkit CIDP enl EAN/PNS 2021."),
      ("Åtgärd", "IVIG 2 g/kg fördelat på 5 dgr, bokas på dagvården."),
  ])],
  [("NL102", "n1")], [],
  "Stavfel 'Sannolkit CIDP' — hedge med felstavning, synlig Bedömning.")

C("d120-102-lems-forenligt", "skane", "1952-11-11", "116",
  "2024-05-15T00:00:00",
  [N("n1", "malmo_mott", "Daniel Ohlsson", L, "2024-05-10T13:00:00", [
      ("Anamnes", "Storrökare. Svårt att resa sig ur stol sedan vintern, muntorrhet, impotens."),
      ("Status", "Proximal pares i benen 4/5, reflexer svaga men ökar efter kort maximal kontraktion."),
      ("Bedömning", "Inkrement 180 % vid 50 Hz stimulering, förenligt med Lambert-Eatons myasteniska "
                    "syndrom."),
      ("Planering", "VGCC-ak. DT thorax/buk och PET-DT för att leta småcellig lungcancer."),
  ])],
  [("NL102", "n1")], [],
  "'förenligt med Lambert-Eatons myasteniska syndrom' i synlig Bedömning.")

C("d120-102-sannolik-lewykroppsdemens", "vgr", "1946-06-21", "012",
  "2024-02-29T00:00:00",
  [N("n1", "su_minne", "Helena Sjöberg", L, "2024-02-26T10:00:00", [
      ("Anamnes", "Maken berättar om dagar då hon är klar och dagar då hon är helt borta. Ser barn "
                  "som sitter i soffan. Slåss i sömnen sedan flera år."),
      ("Status", "MMT 22/30 med uttalad svikt på figurkopiering. Lätt rigiditet bilat, långsam gång."),
      ("Bedömning", "Sannolik Lewykroppsdemens. Undvik neuroleptika."),
      ("Planering", "Rivastigmin plåster 4,6 mg. Uppföljning hos demensssk om 6 v."),
  ])],
  [("NL102", "n1")], [],
  "'Sannolik Lewykroppsdemens' synlig på minnesmottagning, VGR.")

C("d120-102-utkast-trolig-rrms", "skane", "1993-10-10", "542",
  "2024-07-17T00:00:00",
  [N("n1", "lund_ms", "Emma Lindholm", L, "2024-07-15T16:40:00", [
      ("Aktuellt", "Återbesök efter LP. Två oligoklonala band i likvor som saknas i serum."),
      ("Bedömning", "Bedöms som trolig RRMS, nu spridning i tid via OCB."),
      ("Planering", "Genomgång av behandlingsalternativ, MS-ssk kontaktar pat."),
  ], template="Mottagningsbesök läkare", signed=None)],
  [("NL102", "n1")], [],
  "Osignerat utkast med 'trolig RRMS' — synligt när det signeras.")

C("d120-102-lang-epikris-susp-autoimmun-encefalit", "vgr", "1984-03-27", "224",
  "2024-11-04T00:00:00",
  [N("n1", "su_avd", "Petra Nordin", L, "2024-10-31T14:00:00", [
      ("Inskrivningsorsak", "Nydebuterade fokala anfall med medvetandepåverkan och minnessvikt."),
      ("Anamnes", "Tidigare frisk 40-årig kvinna, förskollärare. Två veckors förlopp med "
                  "personlighetsförändring, insomni och episoder av piloerektion och "
                  "obehagskänsla i magen, ibland flera i timmen. Ingen feber."),
      ("Vårdförlopp", "Vid ankomst vaken, lätt disorienterad, MMT 23/30. MR hjärna: T2/FLAIR-signal "
                      "i mediala temporalloberna bilat utan laddning. LP: celler 9 mono, protein 0,52, "
                      "HSV-PCR neg. EEG med frekventa subkliniska anfall temporalt bilat. Levetiracetam "
                      "1000 mg x 2, tillägg lakosamid. Metylprednisolon 1 g x 1 i 5 dgr gav tydlig "
                      "förbättring, MMT 28/30 vid utskrivning."),
      ("Bedömning", "Susp. autoimmun limbisk encefalit, antikroppsanalyser i serum och likvor ej klara."),
      ("Läkemedel", "Prednisolon 60 mg nedtrappning enl schema, levetiracetam, lakosamid, Calcichew-D3, "
                    "omeprazol."),
      ("Uppföljning", "Återbesök neuromottagningen om 3 v med MMT och EEG. Ej köra bil."),
  ], template="Epikris")],
  [("NL102", "n1")], [],
  "Lång epikris där en enda rad ('Susp. autoimmun limbisk encefalit') är synlig hypotes.")

C("d120-102-th-sokord-plus-synlig-dubblering", "vgr", "1957-09-04", "358",
  "2024-08-28T00:00:00",
  [N("n1", "su_minne", "Bengt Lövgren", L, "2024-08-26T13:30:00", [
      ("Anamnes", "Hustrun beskriver att han blivit hänsynslös, äter sött hela dagarna och har "
                  "handlat bil utan att diskutera."),
      ("Tidiga hypoteser", "Misstänkt beteendevariant av frontotemporal demens."),
      ("Bedömning", "Ev. FTD, neuropsykologisk testning och FDG-PET bokas."),
  ])],
  [("NL102", "n1")], [],
  "Hypotesen ligger skyddad under Tidiga hypoteser men upprepas som 'Ev. FTD' i synlig Bedömning.")

C("d120-102-typo-missanke-om-funikular-myelos", "skane", "1950-02-02", "171",
  "2024-01-31T00:00:00",
  [N("n1", "lund_mott", "Carl Westin", L, "2024-01-29T11:10:00", [
      ("Anamnes", "Ostadig gång i mörker sedan hösten, stickningar i fötterna. Omeprazol sedan 10 år."),
      ("Status", "Nedsatt vibrationssinne och ledsinne i tårna, Romberg positivt. Babinski pos bilat."),
      ("Bedömning", "S-B12 120 pmol/L, homocystein förhöjt. Missanke om funikulär myelos."),
      ("Åtgärd", "Behepan inj 1 mg varannan dag i 2 v, sedan tabl. MR halsrygg."),
  ])],
  [("NL102", "n1")], [],
  "Stavfel 'Missanke om funikulär myelos' — hedgad diagnos i synlig text.")

C("d120-102-tankbar-kortikobasalt-syndrom", "vgr", "1953-04-12", "434",
  "2024-03-27T00:00:00",
  [N("n1", "nal_mott", "Sara Eklund", L, "2024-03-22T10:50:00", [
      ("Status", "Asymmetrisk rigiditet och dystoni vä arm. Ideomotorisk apraxi vä, "
                 "främmande hand-fenomen. Kortikal sensorisk förlust vä."),
      ("Bedömning", "Tänkbar diagnos är kortikobasalt syndrom."),
  ])],
  [("NL102", "n1")], [],
  "'Tänkbar diagnos är kortikobasalt syndrom' — hedge utanför standardlistan, synlig.")

C("d120-102-bild-som-vid-neuroleptikautlost-parkinsonism", "skane", "1970-06-06", "485",
  "2024-09-25T00:00:00",
  [N("n1", "malmo_mott", "Nils Forsman", L, "2024-09-20T14:30:00", [
      ("Anamnes", "Haloperidol 5 mg dagligen sedan maj pga psykos, stel och långsam sedan sommaren."),
      ("Status", "Symmetrisk rigiditet, hypomimi, postural och vilotremor bilat."),
      ("Bedömning", "Bild som vid neuroleptikautlöst parkinsonism, DD debut av idiopatisk PD."),
      ("Planering", "Kontakt med psykiatrin om byte till quetiapin. DaTSCAN om kvarstående symtom."),
  ])],
  [("NL102", "n1")], [],
  "'Bild som vid' + 'DD' framför parkinsondiagnoser i synlig Bedömning.")

# =====================================================================
# NL102 — must_not
# =====================================================================

C("d120-102n-ingen-misstanke-om-ms", "skane", "1989-08-08", "620",
  "2024-02-16T00:00:00",
  [N("n1", "lund_ms", "Karin Håkansson", L, "2024-02-12T09:00:00", [
      ("Anamnes", "Pirrningar i händer och fötter i perioder av stress, aldrig ensidigt, aldrig synbortfall."),
      ("Status", "Helt normalt neurologstatus inkl. gång på linje och vibrationssinne."),
      ("Bedömning", "MR hjärna och halsrygg utan anmärkning. Ingen misstanke om MS."),
      ("Planering", "Ingen uppföljning på MS-mottagningen, åter till VC."),
  ])],
  [], [("NL102", "n1")],
  "Negerad diagnos: 'Ingen misstanke om MS' ska inte ge NL102.")

C("d120-102n-ms-misstanken-avskrivs-efter-lp", "vgr", "1994-12-19", "546",
  "2024-04-17T00:00:00",
  [N("n1", "su_ms", "Henrik Alm", L, "2024-04-15T15:20:00", [
      ("Utredning", "LP: inga oligoklonala band, IgG-index 0,48, celler 1. VEP normalt."),
      ("Bedömning", "MS-misstanken avskrivs. Yrsel och domningar bedöms som funktionella neurologiska "
                    "symtom, pat får remiss till fysioterapeut med inriktning FND."),
  ])],
  [], [("NL102", "n1")],
  "Svår negativ: ordet 'MS-misstanken' står men avskrivs; bekräftad diagnos är FND.")

C("d120-102n-talar-emot-myasteni", "skane", "1968-05-02", "127",
  "2024-06-27T00:00:00",
  [N("n1", "malmo_mott", "Sofia Rydén", L, "2024-06-24T10:40:00", [
      ("Utredning", "Repetitiv stimulering n. facialis och n. accessorius utan dekrement. "
                    "Singelfiber-EMG i frontalis utan ökad jitter. AChR-ak och MuSK-ak negativa."),
      ("Bedömning", "Sammantaget talar detta emot myasthenia gravis. Ptosen hö bedöms vara "
                    "aponeurotisk, remiss ögonplastik."),
  ])],
  [], [("NL102", "n1")],
  "'talar emot myasthenia gravis' är negation, bekräftad alternativ diagnos.")

C("d120-102n-mamma-hade-trolig-als", "vgr", "1971-03-23", "357",
  "2024-05-29T00:00:00",
  [N("n1", "skas_mott", "Åsa Lindqvist", L, "2024-05-27T13:10:00", [
      ("Hereditet", "Mamma dog 68 år, hade enl pat trolig ALS men utreddes aldrig färdigt."),
      ("Anamnes", "Muskelryckningar i vader och lår sedan ett halvår, ingen svaghet, springer 5 km."),
      ("Bedömning", "Normal kraft, normala reflexer, EMG utan denervation. Benigna fascikulationer. "
                    "Pat lugnad."),
  ])],
  [], [("NL102", "n1")],
  "Hedgad diagnos gäller mamman (Hereditet), pat själv har bekräftad benign diagnos.")

C("d120-102n-ev-rigiditet-fynd-essentiell-tremor", "skane", "1954-09-15", "233",
  "2024-03-15T00:00:00",
  [N("n1", "hbg_mott", "Lars-Göran Nyström", L, "2024-03-12T14:45:00", [
      ("Anamnes", "Darrningar i båda händerna vid kaffekopp och skrivning sedan 10 år, bättre av alkohol. "
                  "Pappa hade samma."),
      ("Status", "Postural och kinetisk tremor bilat, ingen vilotremor. Ev. lätt kugghjulsfenomen hö "
                 "handled vid aktivering av vä hand. Normal armpendling."),
      ("Bedömning", "Essentiell tremor."),
      ("Åtgärd", "Propranolol 20 mg x 2, kan ökas till 40 mg x 2."),
  ])],
  [], [("NL102", "n1")],
  "Hedge ('Ev.') gäller ett statusfynd, diagnosen (essentiell tremor) är bekräftad.")

C("d120-102n-ev-lp-plan-spanningshuvudvark", "vgr", "1985-07-30", "648",
  "2024-08-15T00:00:00",
  [N("n1", "nal_mott", "Fredrik Bengtsson", L, "2024-08-12T11:30:00", [
      ("Aktuellt", "Daglig pressande huvudvärk bilat sedan 6 mån, ingen aura, inget illamående."),
      ("Status", "Ömma nack- och tuggmuskler. Neurologstatus ua."),
      ("Bedömning", "Kronisk huvudvärk av spänningstyp. Analgetikaöverbruk med paracetamol 20 d/mån."),
      ("Planering", "Fundusfoto via ögon, ev. LP med tryckmätning beroende på svar. Utsättning av "
                    "paracetamol, amitriptylin 10 mg tn."),
  ])],
  [], [("NL102", "n1")],
  "'ev. LP' är en hedgad plan, diagnoserna är bekräftade.")

C("d120-102n-ssk-trolig-hemgang-efter-ivig", "skane", "1966-01-06", "395",
  "2024-12-11T00:00:00",
  [N("n1", "lund_avd", "Jenny Ahlström", S, "2024-12-09T20:15:00", [
      ("Omvårdnad", "Femte och sista dosen IVIG given utan reaktion. Gick med rollator i korridoren "
                    "med sjukgymnast idag. VK 3,8 L."),
      ("Planering", "Trolig hemgång i morgon efter ronden, hustrun hämtar. GBS-förloppet stabilt."),
  ], template="Omvårdnadsanteckning")],
  [], [("NL102", "n1")],
  "'Trolig hemgång' är hedge på en plan; GBS är känd diagnos.")

C("d120-102n-om-nytt-anfall-kontakta", "vgr", "1988-02-27", "811",
  "2024-10-17T00:00:00",
  [N("n1", "su_mott", "Mikael Öberg", L, "2024-10-14T09:25:00", [
      ("Aktuellt", "Fokal epilepsi diagnostiserad 2021, anfallsfri i 2 år på lamotrigin 150 mg x 2."),
      ("Bedömning", "Välkontrollerad epilepsi, planerar graviditet. Folsyra 4 mg insätts. "
                    "Lamotriginkoncentration tas varje månad under graviditet."),
      ("Planering", "Om nytt anfall, kontakta mottagningen samma dag. Kontroll om 6 mån."),
  ])],
  [], [("NL102", "n1")],
  "Villkorssats ('Om nytt anfall') och bekräftad epilepsi — ingen hypotes.")

C("d120-102n-bekraftad-generaliserad-myasteni", "skane", "1975-10-29", "264",
  "2024-04-05T00:00:00",
  [N("n1", "ksd_mott", "Johan Wester", L, "2024-04-02T15:00:00", [
      ("Provsvar", "AChR-antikroppar 14 nmol/L (ref < 0,5). DT thorax utan tymom."),
      ("Bedömning", "Diagnosen generaliserad myasthenia gravis är därmed fastställd."),
      ("Åtgärd", "Mestinon 60 mg x 4. Prednisolon upptrappning. Information om kris-symtom given."),
  ])],
  [], [("NL102", "n1")],
  "Bekräftad diagnos utan hedge — får inte ge NL102.")

C("d120-102n-th-mall-skane-misstankt-als", "skane", "1959-06-17", "178",
  "2024-07-26T00:00:00",
  [N("n1", "lund_mott", "Peter Sandell", L, "2024-07-23T12:05:00", [
      ("Bedömning", "Misstänkt ALS med bulbär debut; talsvårigheter och tungfascikulationer, "
                    "EMG med denervation i armar."),
  ], template="Tidiga hypoteser")],
  [], [("NL102", "n1")],
  "Skåne: hypotesen står i mallen Tidiga hypoteser, som är skyddad.")

C("d120-102n-th-sokord-vgr-trol-msa-c", "vgr", "1956-11-24", "299",
  "2024-09-30T00:00:00",
  [N("n1", "su_mott", "Ingrid Mattsson", L, "2024-09-26T14:50:00", [
      ("Anamnes", "Tilltagande ostadighet och sluddrigt tal i 2 år. Yrsel vid uppresning."),
      ("Status", "Bredspårig ataxi, dysartri, sakkadisk följerörelse. Ortostatiskt BT-fall 35 mmHg."),
      ("Tidiga hypoteser", "Trol. MSA-C."),
      ("Planering", "MR hjärna och autonomitest bokas, återbesök efter svar."),
  ])],
  [], [("NL102", "n1")],
  "VGR: hedgad diagnos endast under sökordet Tidiga hypoteser (skyddat).")

C("d120-102n-pmo-vc-misstankt-parkinson", "skane", "1949-03-03", "451",
  "2024-01-19T00:00:00",
  [N("n1", "vc_sjobo", "Ulla Fransson", L, "2024-01-16T10:20:00", [
      ("Besöksorsak", "Darrning i vä hand sedan i somras."),
      ("Status", "Vilotremor vä hand, lätt rigiditet vä arm, nedsatt armpendling vä."),
      ("Bedömning", "Misstänkt Parkinsons sjukdom. Remiss till neurologmottagningen Lund."),
  ], template="Besöksanteckning")],
  [], [("NL102", "n1")],
  "PMO visar aldrig diagnoser: hedgad Parkinsonmisstanke på vårdcentral ger inte NL102.")

C("d120-102n-pmo-vc-utkast-trol-migran", "skane", "2003-05-20", "062",
  "2024-06-11T00:00:00",
  [N("n1", "vc_hoor", "Ali Haddad", L, "2024-06-10T08:40:00", [
      ("Kontaktorsak", "Återkommande halvsidig huvudvärk med ljuskänslighet, 2-3 ggr/mån."),
      ("Bedömning", "Trol. migrän utan aura. Provar sumatriptan, huvudvärksdagbok. Remiss neuro ej aktuell."),
  ], template="Besöksanteckning", signed=None)],
  [], [("NL102", "n1")],
  "PMO-utkast med 'Trol. migrän' — PMO visar inte diagnoser.")

C("d120-102n-typo-inga-hallpunkter-for-epilespi", "vgr", "2000-09-09", "738",
  "2024-03-08T00:00:00",
  [N("n1", "sas_mott", "Therese Gunnarsson", L, "2024-03-05T13:35:00", [
      ("Utredning", "EEG efter sömndeprivation normalt. MR hjärna normal."),
      ("Bedömning", "Episoden vid blodprovstagningen med blekhet och några sekunders ryckningar "
                    "är en konvulsiv synkope. Inga hållpunkter för epilespi."),
  ])],
  [], [("NL102", "n1")],
  "Stavfel i diagnosordet men negerad ('Inga hållpunkter för epilespi').")

C("d120-102n-mnd-kan-nu-uteslutas", "skane", "1962-04-09", "316",
  "2024-11-08T00:00:00",
  [N("n1", "lund_mott", "Anna Fröberg", L, "2024-11-05T10:00:00", [
      ("Utredning", "Upprepat EMG i fyra regioner utan denervation eller kroniska neurogena förändringar."),
      ("Bedömning", "Motorneuronsjukdom kan nu uteslutas. Kramperna bedöms som cramp-fasciculation "
                    "syndrome."),
  ])],
  [], [("NL102", "n1")],
  "Svår negativ: 'kan nu uteslutas' (jämför 'kan ej uteslutas').")

C("d120-102n-oklart-om-tablettintag-kand-jme", "vgr", "2005-12-30", "424",
  "2024-02-22T00:00:00",
  [N("n1", "skas_mott", "Karl Wiklund", L, "2024-02-19T11:45:00", [
      ("Telefonkontakt", "Mamma ringer, sonen med känd juvenil myoklonisk epilepsi hade ett GTK-anfall "
                         "på en fest i lördags efter lite sömn."),
      ("Bedömning", "Oklart om han tagit sitt valproat de senaste dagarna. P-valproat tas i morgon."),
  ], template="Telefonanteckning")],
  [], [("NL102", "n1")],
  "'Oklart om' gäller följsamhet, inte diagnosen (JME är känd).")

C("d120-102n-idiopatisk-pnp-ev-remiss", "skane", "1948-07-14", "197",
  "2024-05-31T00:00:00",
  [N("n1", "malmo_mott", "Daniel Ohlsson", L, "2024-05-28T09:30:00", [
      ("Utredning", "ENeG med lätt axonal sensorisk polyneuropati. B12, folat, TSH, elfores, HbA1c och "
                    "alkoholmarkörer normala."),
      ("Bedömning", "Idiopatisk axonal polyneuropati hos 75-årig man, långsamt förlopp."),
      ("Planering", "Ev. remiss till fotterapeut. Ingen ny kontroll på neuro."),
  ])],
  [], [("NL102", "n1")],
  "Bekräftad (idiopatisk) polyneuropati; enda hedge gäller en remiss.")

C("d120-102n-bror-trolig-huntington", "vgr", "1987-01-31", "264",
  "2024-06-20T00:00:00",
  [N("n1", "su_mott", "Elin Strand", L, "2024-06-17T15:00:00", [
      ("Hereditet", "Bror 41 år med trolig Huntingtons sjukdom, ej gentestad. Pappa dog ung i okänd "
                    "sjukdom."),
      ("Aktuellt", "Pat vill diskutera vad broderns symtom innebär för henne. Önskar ej presymtomatisk "
                   "testning i nuläget."),
      ("Status", "Inga ofrivilliga rörelser, normala sackader, normal tandemgång."),
  ])],
  [], [("NL102", "n1")],
  "Hedgad diagnos hos bror (anhörig), pat själv utan diagnos.")

C("d120-102n-datscan-talar-emot-parkinson", "skane", "1957-08-01", "349",
  "2024-10-03T00:00:00",
  [N("n1", "hbg_mott", "Maria Åkesson", L, "2024-09-30T13:15:00", [
      ("Utredning", "DaTSCAN med normalt symmetriskt upptag i striatum."),
      ("Bedömning", "Talar emot Parkinsons sjukdom. Tremorn bedöms som dystonisk tremor med lätt "
                    "cervikal dystoni."),
      ("Åtgärd", "Remiss botulinumtoxin-mottagningen."),
  ])],
  [], [("NL102", "n1")],
  "'Talar emot Parkinsons sjukdom' (negation) och bekräftad dystoni.")

C("d120-102n-utkast-ev-kontroll-mr-stabil-rrms", "vgr", "1982-10-13", "580",
  "2024-04-26T00:00:00",
  [N("n1", "su_ms", "Robert Holm", L, "2024-04-24T10:15:00", [
      ("Aktuellt", "RRMS sedan 2016, stabil på ocrelizumab sedan 2020. Inga skov."),
      ("Status", "EDSS 2,0, oförändrat."),
      ("Planering", "Ev. kontroll-MR tidigareläggs om nya symtom tillkommer, annars som planerat i okt."),
  ], signed=None)],
  [], [("NL102", "n1")],
  "Osignerat utkast: hedge gäller en MR-plan; MS är bekräftad.")

C("d120-102n-tidigare-misstanke-avskrevs-2019", "skane", "1991-02-08", "162",
  "2024-01-12T00:00:00",
  [N("n1", "malmo_mott", "Nils Forsman", L, "2024-01-09T14:10:00", [
      ("Anamnes", "Utreddes 2019 för misstänkt MS efter domningar i ansiktet; misstanken avskrevs efter "
                  "normal LP och oförändrad MR efter 1 år."),
      ("Aktuellt", "Nu migrän utan aura 6-8 dgr/mån trots propranolol."),
      ("Åtgärd", "Byte till kandesartan 8 mg, höjs till 16 mg efter 2 v."),
  ])],
  [], [("NL102", "n1")],
  "Gammal misstanke som uttryckligen avskrevs, aktuell diagnos bekräftad.")

C("d120-102n-gbs-uteslutes", "vgr", "1979-11-02", "833",
  "2024-07-12T00:00:00",
  [N("n1", "sas_avd", "Petra Nordin", L, "2024-07-09T17:40:00", [
      ("Aktuellt", "Kom in med stickningar i fötterna och trötthet i benen efter influensa."),
      ("Utredning", "LP: celler 2, protein 0,35. ENeG med normala F-vågor och ledningshastigheter."),
      ("Bedömning", "GBS uteslutes. Postinfektiös myalgi, god prognos. Hem idag."),
  ], template="Daganteckning")],
  [], [("NL102", "n1")],
  "'GBS uteslutes' — uttryckligen utesluten diagnos.")

C("d120-102n-th-mall-skane-utkast-bvftd", "skane", "1955-12-12", "238",
  "2024-08-23T00:00:00",
  [N("n1", "malmo_minne", "Eva Sundqvist", L, "2024-08-21T15:55:00", [
      ("Tidiga hypoteser", "Sannolik beteendevariant FTD. Apati, hyperoralitet och förlust av empati "
                           "enl maken; pat saknar sjukdomsinsikt."),
  ], template="Tidiga hypoteser", signed=None)],
  [], [("NL102", "n1")],
  "Skåne: osignerat utkast i mallen Tidiga hypoteser — skyddat.")

C("d120-102n-typo-ingen-missanke-om-ms", "vgr", "1998-03-18", "728",
  "2024-11-27T00:00:00",
  [N("n1", "nal_mott", "Sara Eklund", L, "2024-11-25T09:50:00", [
      ("Aktuellt", "Flimmer i synfältet en gång, 5 min, ingen huvudvärk efteråt."),
      ("Bedömning", "Normal MR och normalt status. Ingen missanke om MS, episoden bedöms som "
                    "migränaura utan huvudvärk."),
  ])],
  [], [("NL102", "n1")],
  "Stavfel 'Ingen missanke om MS' — fortfarande negation.")

C("d120-102n-ev-dubbelseende-symtom-kand-mg", "skane", "1964-06-25", "483",
  "2024-09-10T00:00:00",
  [N("n1", "lund_mott", "Jenny Ahlström", S, "2024-09-09T10:05:00", [
      ("Telefonkontakt", "Pat med känd myasthenia gravis på pyridostigmin ringer. Ev. lite dubbelseende "
                         "på kvällarna sedan igår, ingen sväljningspåverkan, ingen andnöd."),
      ("Åtgärd", "Rådgör med dr Fröberg: ingen ändring nu, ringer åter om försämring."),
  ], template="Telefonkontakt")],
  [], [("NL102", "n1")],
  "Hedge gäller ett symtom (dubbelseende), diagnosen är känd.")

C("d120-102n-pmo-hemsjukvard-fraga-als", "skane", "1941-04-28", "096",
  "2024-12-17T00:00:00",
  [N("n1", "hsv_landskrona", "Birgitta Nyberg", L, "2024-12-13T13:20:00", [
      ("Hembesök", "Pat svårt att svälja, hostar vid måltid, tunga med ryckningar. ?ALS"),
      ("Åtgärd", "Remiss neurologen Lund, dietist kontaktad för konsistensanpassning."),
  ], template="Hembesök läkare")],
  [], [("NL102", "n1")],
  "PMO-anteckning (hemsjukvård) med '?ALS' — PMO visar inte diagnoser.")

C("d120-102n-om-svaghet-sok-akut-cidp", "vgr", "1961-05-05", "217",
  "2024-05-17T00:00:00",
  [N("n1", "sas_mott", "Anton Falk", L, "2024-05-14T15:15:00", [
      ("Aktuellt", "CIDP sedan 2022, IVIG var 4:e vecka, INCAT 2."),
      ("Planering", "Fortsatt IVIG. Om tilltagande svaghet i benen eller andningsbesvär — sök akut."),
  ])],
  [], [("NL102", "n1")],
  "Villkorlig instruktion, CIDP bekräftad — ingen hypotes.")

C("d120-102n-inga-tecken-pa-parkinsonism", "vgr", "1950-10-20", "351",
  "2024-10-31T00:00:00",
  [N("n1", "su_minne", "Helena Sjöberg", L, "2024-10-28T11:00:00", [
      ("Status", "Normal gång och armpendling, ingen rigiditet, ingen bradykinesi. MMT 29/30."),
      ("Bedömning", "Inga tecken på parkinsonism eller demens. Subjektiv kognitiv svikt vid "
                    "utmattningssyndrom."),
  ])],
  [], [("NL102", "n1")],
  "'Inga tecken på parkinsonism eller demens' — negation.")

# =====================================================================
# NL101 — must (diagnosis in visible text, patient not told)
# =====================================================================

C("d120-101-als-besked-ej-givet", "skane", "1958-01-21", "131",
  "2024-03-22T00:00:00",
  [N("n1", "lund_mott", "Peter Sandell", L, "2024-03-18T16:10:00", [
      ("Diagnos", "G12.2 Amyotrofisk lateralskleros."),
      ("Bedömning", "Gold Coast-kriterierna uppfyllda efter EMG med denervation i tre regioner. "
                    "Pat har ännu inte fått diagnosbeskedet."),
      ("Planering", "Läkarbesök med ALS-ssk nästa vecka för besked, make välkommen."),
  ])],
  [("NL101", "n1")], [],
  "ALS-diagnos under sökordet Diagnos medan pat ännu inte fått beskedet.")

C("d120-101-glioblastom-pad-ej-informerad", "vgr", "1963-08-14", "279",
  "2024-04-19T00:00:00",
  [N("n1", "su_avd", "Mikael Öberg", L, "2024-04-16T12:30:00", [
      ("Aktuellt", "Inlagd efter fokala anfall hö arm. Stereotaktisk biopsi gjord på NK i fredags."),
      ("Provsvar", "PAD: glioblastom, IDH-vildtyp, MGMT-metylerad."),
      ("Planering", "Pat ej informerad om PAD, familjesamtal torsdag med neurokirurg och onkolog."),
  ], template="Daganteckning")],
  [("NL101", "n1")], [],
  "PAD med glioblastom i synlig text, pat uttryckligen ej informerad.")

C("d120-101-parkinson-ej-berattat-vill-ha-make", "skane", "1955-05-27", "242",
  "2024-06-07T00:00:00",
  [N("n1", "hbg_mott", "Lars-Göran Nyström", L, "2024-06-04T10:35:00", [
      ("Utredning", "DaTSCAN: patologiskt nedsatt upptag i putamen bilat, hö > vä."),
      ("Bedömning", "Idiopatisk Parkinsons sjukdom. Har inte berättat diagnosen för pat ännu — hon kom "
                    "ensam och var mycket orolig, önskar ha maken med vid besked."),
      ("Planering", "Ny tid om 1 v med make."),
  ])],
  [("NL101", "n1")], [],
  "Bekräftad Parkinsondiagnos synlig, uttryckligen inte berättad för pat.")

C("d120-101-msa-besked-ej-fore-aterbesok", "vgr", "1952-09-08", "313",
  "2024-05-24T00:00:00",
  [N("n1", "skas_mott", "Åsa Lindqvist", L, "2024-05-21T14:05:00", [
      ("Bedömning", "Diagnos MSA-P fastställd vid MDK idag efter autonomitest och MR."),
      ("Information", "Besked ska inte ges före återbesöket 12/6 då dottern kan delta."),
  ], template="Konferensanteckning")],
  [("NL101", "n1")], [],
  "Fastställd MSA i synlig text, besked ska inte ges ännu.")

C("d120-101-ssk-tel-myasteni-ej-informerad", "skane", "1969-02-14", "466",
  "2024-07-30T00:00:00",
  [N("n1", "malmo_mott", "Camilla Borg", S, "2024-07-29T09:20:00", [
      ("Telefonkontakt", "Pat ringer om provsvar. AChR-ak positiva, dvs myasthenia gravis enligt "
                         "dr Rydén. Pat ej informerad om diagnosen av mig, dr ringer upp i eftermiddag."),
  ], template="Telefonkontakt")],
  [("NL101", "n1")], [],
  "Ssk-telefonanteckning skriver ut myastenidiagnosen men pat har inte informerats.")

C("d120-101-typo-ej-infomerad-als", "vgr", "1960-12-03", "195",
  "2024-08-16T00:00:00",
  [N("n1", "su_als", "Jonas Kjellberg", L, "2024-08-13T13:40:00", [
      ("Bedömning", "Nu klinisk och neurofysiologisk evidens för ALS enl Gold Coast."),
      ("Information", "Pat ej infomerad, besked ges av undertecknad tillsammans med ALS-teamets kurator."),
  ])],
  [("NL101", "n1")], [],
  "Stavfel 'ej infomerad' — ALS synlig och inte berättad.")

C("d120-101-huntington-avvaktar-vagledare", "skane", "1983-07-19", "387",
  "2024-09-20T00:00:00",
  [N("n1", "lund_mott", "Anna Fröberg", L, "2024-09-17T15:25:00", [
      ("Provsvar", "HTT-genen: 43 CAG-repetitioner. Huntingtons sjukdom bekräftad."),
      ("Planering", "Avvaktar med att berätta för pat tills genetisk vägledare kan närvara, tid "
                    "bokas inom 2 v."),
  ])],
  [("NL101", "n1")], [],
  "Bekräftad Huntington i synlig Provsvar, 'avvaktar med att berätta'.")

C("d120-101-alzheimer-diagnosbesked-ej-lamnat", "vgr", "1948-04-30", "062",
  "2024-04-10T00:00:00",
  [N("n1", "su_minne", "Bengt Lövgren", L, "2024-04-08T11:15:00", [
      ("Bedömning", "Likvor med låg Aβ42 och högt p-tau, MR med hippocampusatrofi. Alzheimers sjukdom "
                    "med tidig debut."),
      ("Information", "Diagnosbesked ej lämnat till pat; sonen ber oss vänta till efter dotterns "
                      "bröllop i maj."),
  ])],
  [("NL101", "n1")], [],
  "Alzheimerdiagnos i synlig text medan beskedet uttryckligen inte lämnats.")

C("d120-101-eeg-jme-ej-meddelat", "skane", "2007-03-11", "143",
  "2024-10-15T00:00:00",
  [N("n1", "lund_mott", "Karin Håkansson", L, "2024-10-11T08:30:00", [
      ("Utredning", "EEG 2024-10-09: generaliserade polyspike-wave-urladdningar, provocerade av "
                    "fotostimulering."),
      ("Bedömning", "Diagnos juvenil myoklonisk epilepsi. Ej meddelat pat än, svaret kom efter besöket."),
      ("Planering", "Ringer pat och mamma nästa vecka."),
  ])],
  [("NL101", "n1")], [],
  "17-åring: JME-diagnos skriven synligt men inte meddelad.")

C("d120-101-eneg-cidp-ringer-imorgon", "vgr", "1967-06-09", "220",
  "2024-02-02T00:00:00",
  [N("n1", "su_mott", "Ingrid Mattsson", L, "2024-01-30T16:20:00", [
      ("Utredning", "ENeG: demyeliniserande polyneuropati med ledningsblock i medianus och ulnaris bilat. "
                    "Likvorprotein 0,98 g/L."),
      ("Bedömning", "Diagnos CIDP enl EAN/PNS-kriterier."),
      ("Åtgärd", "Pat ännu ej informerad, ringer henne i morgon och bokar IVIG."),
  ])],
  [("NL101", "n1")], [],
  "CIDP-diagnos synlig, pat 'ännu ej informerad'.")

C("d120-101-typo-hjarnmetastaser-ej-delgivts", "skane", "1954-12-22", "335",
  "2024-03-01T00:00:00",
  [N("n1", "malmo_avd", "Oskar Lindahl", L, "2024-02-27T11:50:00", [
      ("Aktuellt", "Inlagd med förvirring och vänstersidig svaghet. Känd adenocarcinom i lunga."),
      ("Utredning", "DT hjärna med kontrast: multipla hjärnmetastaser, största 3 cm hö parietalt med "
                    "ödem och 4 mm midlinjeöverskjutning."),
      ("Planering", "Betapred 8 mg x 2. Pat har ej delgivts fyndet, onkologen kontaktas först."),
  ], template="Daganteckning läkare")],
  [("NL101", "n1")], [],
  "Stavfel 'ej delgivts' — hjärnmetastaser synligt, inte delgivet pat.")

C("d120-101-tva-anteckningar-n1-ibm-undanhaller", "vgr", "1950-06-18", "177",
  "2024-11-15T00:00:00",
  [N("n1", "sas_mott", "Anton Falk", L, "2024-11-04T10:40:00", [
      ("Provsvar", "Muskelbiopsi vä quadriceps: rimmed vacuoles och endomysiell inflammation."),
      ("Diagnos", "G72.4 Sporadisk inklusionskroppsmyosit."),
      ("Information", "Pat ej informerad ännu, besked vid besök 11/11."),
  ]),
   N("n2", "sas_mott", "Anton Falk", L, "2024-11-11T10:00:00", [
      ("Information", "Diagnosbesked lämnat, pat och dotter fick ställa frågor. Skriftlig info given."),
      ("Planering", "Fysioterapi, logoped vid sväljbesvär."),
  ])],
  [("NL101", "n1")], [],
  "Två anteckningar: den första skriver diagnosen och undanhåller; assertion på n1.")

C("d120-101-typo-cjd-ej-informerd-make-ja", "skane", "1947-10-04", "228",
  "2024-11-29T00:00:00",
  [N("n1", "lund_avd", "Anders Bergqvist", L, "2024-11-26T13:15:00", [
      ("Provsvar", "RT-QuIC positivt i likvor, 14-3-3 förhöjt."),
      ("Bedömning", "Sporadisk Creutzfeldt-Jakobs sjukdom."),
      ("Information", "Pat pga kognitiv svikt ej informerd om diagnosen; maken informerad i enskilt samtal."),
  ], template="Daganteckning läkare")],
  [("NL101", "n1")], [],
  "Stavfel 'ej informerd': CJD synlig, pat själv inte informerad (bara maken).")

C("d120-101-utkast-ms-mcdonald", "vgr", "1996-08-29", "648",
  "2024-09-13T00:00:00",
  [N("n1", "su_ms", "Henrik Alm", L, "2024-09-11T17:05:00", [
      ("Bedömning", "Skovvis förlöpande MS enligt McDonald 2017, ny laddande lesion på kontroll-MR."),
      ("Planering", "Pat ej informerad än, besked på mottagningen 18/9 med MS-ssk."),
  ], signed=None)],
  [("NL101", "n1")], [],
  "Osignerat utkast: MS-diagnos skriven men pat ej informerad.")

C("d120-101-dm1-ovetande", "skane", "1979-01-09", "298",
  "2024-05-08T00:00:00",
  [N("n1", "ksd_mott", "Johan Wester", L, "2024-05-06T14:45:00", [
      ("Diagnos", "G71.1 Dystrofia myotonica typ 1."),
      ("Bedömning", "DMPK-expansion påvisad, ca 400 CTG. Pat ovetande om diagnosen då svaret kom idag."),
      ("Planering", "Kallas till besök, EKG och ögonbedömning."),
  ])],
  [("NL101", "n1")], [],
  "'Pat ovetande om diagnosen' — dystrofia myotonica synlig.")

C("d120-101-meningiom-ska-inte-fa-veta", "vgr", "1965-02-25", "504",
  "2024-01-24T00:00:00",
  [N("n1", "nal_mott", "Robert Holm", L, "2024-01-22T15:30:00", [
      ("Utredning", "MR hjärna: 4 cm meningiom vä frontalt med lätt ödem."),
      ("Bedömning", "Pat ska inte få veta om tumörfyndet förrän neurokirurgen bedömt, enl. "
                    "överenskommelse med NK Sahlgrenska."),
  ])],
  [("NL101", "n1")], [],
  "Meningiom i synlig text, pat 'ska inte få veta' ännu.")

C("d120-101-sma4-information-vantar", "skane", "1986-11-30", "353",
  "2024-04-24T00:00:00",
  [N("n1", "hbg_mott", "Maria Åkesson", L, "2024-04-22T09:55:00", [
      ("Provsvar", "Genetik: homozygot deletion SMN1, 4 kopior SMN2."),
      ("Bedömning", "Spinal muskelatrofi typ 4 bekräftad. Information om diagnosen väntar till "
                    "återbesöket i juni då pat är utomlands."),
  ])],
  [("NL101", "n1")], [],
  "SMA bekräftad, informationen väntar — pat inte informerad.")

C("d120-101-typo-inforemrad-fshd", "skane", "1990-09-16", "261",
  "2024-08-02T00:00:00",
  [N("n1", "lund_mott", "Carl Westin", L, "2024-07-31T11:25:00", [
      ("Bedömning", "Facioskapulohumeral muskeldystrofi typ 1 genetiskt verifierad. Pat är ännu inte "
                    "inforemrad om diagnosen."),
      ("Planering", "Genetisk vägledning erbjuds även syskon efter att pat fått besked."),
  ])],
  [("NL101", "n1")], [],
  "Stavfel 'inforemrad' — FSHD synlig, pat ej informerad.")

C("d120-101-ssk-avd-infarkt-dr-ej-hunnit", "vgr", "1943-05-13", "131",
  "2024-06-14T00:00:00",
  [N("n1", "sas_avd", "Linnea Wahlberg", S, "2024-06-12T21:40:00", [
      ("Omvårdnad", "Pat frågar om MR-svaret. MR visar hjärninfarkt i vä capsula interna enl "
                    "läkarjournal, dr har ej hunnit informera pat. Pat lugnad, svar ges av dr i morgon."),
      ("Andning/cirkulation", "BT 156/88, puls 72 reg, saturation 96 %."),
  ], template="Omvårdnadsanteckning", signed=None)],
  [("NL101", "n1")], [],
  "Ssk-utkast: infarktdiagnos skriven medan läkaren inte hunnit informera.")

C("d120-101-als-besked-skjuts-upp-depression", "skane", "1970-03-02", "410",
  "2024-02-09T00:00:00",
  [N("n1", "lund_mott", "Anna Fröberg", L, "2024-02-06T13:20:00", [
      ("Bedömning", "Bulbär ALS, diagnosen klar efter förnyat EMG."),
      ("Planering", "Pga svår depression och suicidtankar i januari skjuts diagnosbeskedet upp; "
                    "psykiatrikonsult först."),
  ])],
  [("NL101", "n1")], [],
  "Diagnosbeskedet uppskjutet — ALS synlig men inte berättad.")

C("d120-101-utkast-ris-vet-inte", "vgr", "1993-01-06", "484",
  "2024-07-19T00:00:00",
  [N("n1", "su_ms", "Robert Holm", L, "2024-07-16T10:05:00", [
      ("Utredning", "MR hjärna (tagen pga huvudvärk): multipla ovoida periventrikulära lesioner "
                    "vinkelräta mot ventriklarna, uppfyller spridning i rum."),
      ("Bedömning", "Radiologiskt isolerat syndrom. Pat vet inte om fyndet ännu."),
  ], signed=None)],
  [("NL101", "n1")], [],
  "Utkast: RIS (diagnos) skriven medan pat inte vet om det.")

C("d120-101-lgi1-encefalit-pat-konfus", "vgr", "1958-07-25", "218",
  "2024-03-14T00:00:00",
  [N("n1", "su_avd", "Petra Nordin", L, "2024-03-12T11:00:00", [
      ("Provsvar", "LGI1-antikroppar positiva i serum och likvor."),
      ("Bedömning", "Autoimmun limbisk encefalit med LGI1-antikroppar."),
      ("Information", "Pat ännu ej informerad då hon är konfusorisk; mannen informerad per telefon."),
  ], template="Daganteckning")],
  [("NL101", "n1")], [],
  "Encefalitdiagnos synlig, pat inte informerad (bara maken).")

C("d120-101-hattr-ej-formedlats", "skane", "1951-11-06", "376",
  "2024-10-10T00:00:00",
  [N("n1", "malmo_mott", "Sofia Rydén", L, "2024-10-07T14:50:00", [
      ("Provsvar", "TTR-gen: Val30Met (p.Val50Met) heterozygot."),
      ("Bedömning", "Hereditär transtyretinamyloidos med polyneuropati. Resultatet har ännu inte "
                    "förmedlats till pat."),
  ])],
  [("NL101", "n1")], [],
  "hATTR-amyloidos synlig, 'har ännu inte förmedlats till pat'.")

C("d120-101-lang-epikris-neurosarkoidos", "vgr", "1977-04-15", "159",
  "2024-12-20T00:00:00",
  [N("n1", "skas_mott", "Karl Wiklund", L, "2024-12-16T15:10:00", [
      ("Inskrivningsorsak", "Subakut paraparesi och blåsrubbning."),
      ("Vårdförlopp", "47-årig man med 3 v förlopp av svaghet i benen, känselnivå Th8 och "
                      "urinretention. MR ryggmärg: långsträckt T2-lesion Th4-Th10 med "
                      "subpial laddning. LP: celler 35, protein 1,4, ACE i likvor förhöjt. "
                      "DT thorax: bilaterala hilära lymfkörtlar. EBUS-biopsi från körtel visade "
                      "icke-nekrotiserande granulom. Metylprednisolon 1 g i 5 dgr, nu "
                      "prednisolon 60 mg. Går med rollator, RIK 4 ggr/dag."),
      ("Diagnos", "D86.8 Neurosarkoidos med myelit."),
      ("Information", "Pat ej informerad om PAD-beskedet före utskrivning, tas på återbesöket."),
      ("Uppföljning", "Neurologmott om 2 v, reumatologen kontaktad angående metotrexat."),
  ], template="Epikris")],
  [("NL101", "n1")], [],
  "Lång epikris: neurosarkoidos under Diagnos, pat ej informerad om PAD.")

C("d120-101-vaskular-demens-ej-berattat", "skane", "1940-08-12", "046",
  "2024-06-25T00:00:00",
  [N("n1", "malmo_minne", "Eva Sundqvist", L, "2024-06-20T10:25:00", [
      ("Bedömning", "Vaskulär demens, subkortikal typ, med uttalade vitsubstansförändringar."),
      ("Information", "Har inte berättat för pat, som är starkt ångestfylld; diskuteras vid teamkonferens."),
  ])],
  [("NL101", "n1")], [],
  "Vaskulär demens synlig, uttryckligen inte berättad.")

C("d120-101-typo-parkinssons-ej-informerad", "vgr", "1956-02-20", "339",
  "2024-01-17T00:00:00",
  [N("n1", "sas_mott", "Therese Gunnarsson", L, "2024-01-15T11:05:00", [
      ("Diagnos", "Parkinssons sjukdom."),
      ("Bedömning", "Pat ej informerad om diagnosen ännu, vill ta det vid längre besök."),
  ])],
  [("NL101", "n1")], [],
  "Stavfel i diagnosordet ('Parkinssons') — pat ej informerad.")

C("d120-101-friedreich-ingen-har-berattat", "skane", "1998-06-02", "471",
  "2024-12-03T00:00:00",
  [N("n1", "lund_mott", "Emma Lindholm", L, "2024-11-29T14:00:00", [
      ("Utredning", "FXN-genen: homozygot GAA-expansion."),
      ("Bedömning", "Det rör sig om Friedreichs ataxi. Ingen har ännu berättat detta för pat."),
      ("Planering", "Ekokardiografi, HbA1c. Besök med närstående bokas."),
  ])],
  [("NL101", "n1")], [],
  "Friedreichs ataxi fastställd i synlig text; 'ingen har ännu berättat'.")

# =====================================================================
# NL101 — must_not
# =====================================================================

C("d120-101n-rrms-meddelad-idag", "skane", "1994-03-29", "648",
  "2024-02-28T00:00:00",
  [N("n1", "lund_ms", "Emma Lindholm", L, "2024-02-26T10:30:00", [
      ("Bedömning", "RRMS enligt McDonald 2017."),
      ("Information", "Diagnosen meddelad idag, pat tog beskedet sakligt. Skriftlig info och kontakt "
                      "med MS-ssk."),
  ])],
  [], [("NL101", "n1")],
  "Diagnosen meddelad idag — inget NL101.")

C("d120-101n-als-kand-val-informerad", "vgr", "1953-11-17", "373",
  "2024-05-03T00:00:00",
  [N("n1", "su_als", "Jonas Kjellberg", L, "2024-04-30T14:10:00", [
      ("Aktuellt", "ALS diagnostiserad i mars, pat väl informerad. Nu tilltagande sväljbesvär, "
                   "viktnedgång 4 kg."),
      ("Planering", "PEG-diskussion, remiss gastro. NIV-bedömning."),
  ])],
  [], [("NL101", "n1")],
  "ALS känd och pat informerad sedan tidigare.")

C("d120-101n-pd-operationsdatum-ej", "skane", "1960-10-01", "199",
  "2024-08-30T00:00:00",
  [N("n1", "lund_mott", "Peter Sandell", L, "2024-08-27T09:10:00", [
      ("Aktuellt", "Parkinsons sjukdom sedan 2015, nu svåra motoriska fluktuationer och dyskinesier."),
      ("Planering", "Accepterad för DBS i STN bilat. Pat ej informerad om operationsdatum ännu, "
                    "NK-koordinator återkommer."),
  ])],
  [], [("NL101", "n1")],
  "Det som inte är berättat är ett datum, inte en diagnos.")

C("d120-101n-dbs-remiss-ej-besked", "vgr", "1959-07-03", "317",
  "2024-03-06T00:00:00",
  [N("n1", "su_mott", "Elin Strand", L, "2024-03-04T15:45:00", [
      ("Aktuellt", "Känd Parkinsons sjukdom sedan 8 år, diagnosen väl känd för pat."),
      ("Bedömning", "Pat har ännu inte fått veta om DBS-remissen accepterats av teamet."),
  ])],
  [], [("NL101", "n1")],
  "Inte berättat: remissbeslut — inte en diagnos.")

C("d120-101n-kts-remiss-knf-ej-informerad", "skane", "1972-08-21", "485",
  "2024-09-06T00:00:00",
  [N("n1", "hbg_mott", "Maria Åkesson", L, "2024-09-04T13:30:00", [
      ("Bedömning", "Karpaltunnelsyndrom bilat kliniskt, positivt Phalens test och atrofi i thenar hö. "
                    "Diagnosen genomgången med pat."),
      ("Åtgärd", "Remiss KNF för ENeG. Pat ej informerad om att remissen skickats, brev går ut."),
  ], template="Mottagningsbesök läkare")],
  [], [("NL101", "n1")],
  "Inte informerad om att remissen skickats — inte en diagnos.")

C("d120-101n-normal-mr-ej-meddelad", "vgr", "1991-05-12", "688",
  "2024-10-25T00:00:00",
  [N("n1", "nal_mott", "Fredrik Bengtsson", L, "2024-10-22T14:00:00", [
      ("Aktuellt", "Känd migrän utan aura."),
      ("Utredning", "MR hjärna utan anmärkning. Pat ej meddelad svaret ännu, skickar brev."),
  ], template="Provsvarsanteckning")],
  [], [("NL101", "n1")],
  "Det som inte är meddelat är ett normalt svar.")

C("d120-101n-th-mall-skane-als-ej-informerad", "skane", "1957-03-07", "153",
  "2024-04-04T00:00:00",
  [N("n1", "lund_mott", "Carl Westin", L, "2024-04-01T16:30:00", [
      ("Tidiga hypoteser", "ALS med bulbär debut, EMG klart. Pat ej informerad, besked nästa vecka."),
  ], template="Tidiga hypoteser")],
  [], [("NL101", "n1")],
  "Skåne: den ej berättade diagnosen står bara i mallen Tidiga hypoteser.")

C("d120-101n-th-sokord-vgr-gliom-ej-informerad", "vgr", "1968-12-09", "230",
  "2024-07-05T00:00:00",
  [N("n1", "su_avd", "Mikael Öberg", L, "2024-07-02T12:20:00", [
      ("Aktuellt", "Inlagd för utredning av nytillkommen huvudvärk och ordfinningssvårigheter."),
      ("Tidiga hypoteser", "MR talar starkt för höggradigt gliom vä temporalt. Pat ej informerad, "
                           "familjesamtal planeras."),
      ("Planering", "Samtal med pat och make torsdag. Fortsatt Betapred."),
  ], template="Daganteckning")],
  [], [("NL101", "n1")],
  "VGR: ej berättad diagnos endast under sökordet Tidiga hypoteser.")

C("d120-101n-huntington-barnen-ej", "skane", "1975-01-28", "342",
  "2024-01-30T00:00:00",
  [N("n1", "lund_mott", "Anna Fröberg", L, "2024-01-26T10:50:00", [
      ("Bedömning", "Huntingtons sjukdom, 44 CAG."),
      ("Information", "Pat informerad om diagnosen idag. Hon önskar att de vuxna barnen inte informeras "
                      "än, vill göra det själv."),
  ])],
  [], [("NL101", "n1")],
  "Pat informerad; det är barnen som inte informerats.")

C("d120-101n-diagnos-utan-ord-om-information", "vgr", "1949-09-26", "259",
  "2024-11-13T00:00:00",
  [N("n1", "skas_mott", "Åsa Lindqvist", L, "2024-11-11T14:30:00", [
      ("Diagnos", "G25.0 Essentiell tremor."),
      ("Åtgärd", "Propranolol 40 mg x 2. Åter om 3 mån med tremorskattning."),
  ], signed=None)],
  [], [("NL101", "n1")],
  "Diagnos utan något om att pat inte informerats (utkast).")

C("d120-101n-tva-anteckningar-n2-ger-besked-mg", "skane", "1961-09-19", "422",
  "2024-04-30T00:00:00",
  [N("n1", "malmo_mott", "Daniel Ohlsson", L, "2024-04-15T16:00:00", [
      ("Provsvar", "AChR-ak 8,2 nmol/L."),
      ("Bedömning", "Generaliserad myasthenia gravis. Pat ej informerad, kallas."),
  ]),
   N("n2", "malmo_mott", "Daniel Ohlsson", L, "2024-04-22T09:30:00", [
      ("Information", "Pat informerad om diagnosen myasthenia gravis och behandlingsplan."),
      ("Åtgärd", "Mestinon 30 mg x 4, ökas successivt. Remiss thoraxkirurgi för tymektomibedömning."),
  ])],
  [], [("NL101", "n2")],
  "Senare anteckningen ger beskedet — NL101 får inte slå på n2.")

C("d120-101n-psp-hustrun-ej-informerad", "vgr", "1948-02-11", "393",
  "2024-08-21T00:00:00",
  [N("n1", "sas_mott", "Anton Falk", L, "2024-08-19T10:00:00", [
      ("Bedömning", "Progressiv supranukleär paralys, Richardsons syndrom."),
      ("Information", "Pat informerad om diagnosen av dr Berg förra veckan. Hustrun ännu ej informerad, "
                      "pat vill berätta själv."),
  ])],
  [], [("NL101", "n1")],
  "Pat informerad; bara hustrun är inte det.")

C("d120-101n-epilepsi-korkortsinfo-ej-given", "skane", "1986-04-03", "227",
  "2024-07-10T00:00:00",
  [N("n1", "ksd_mott", "Johan Wester", L, "2024-07-08T15:35:00", [
      ("Bedömning", "Epilepsidiagnosen meddelades pat idag efter andra oprovocerade anfallet."),
      ("Information", "Pat har ännu inte fått information om körkortsreglerna, tas nästa gång."),
  ])],
  [], [("NL101", "n1")],
  "Pat känner diagnosen; det som inte är sagt är körkortsregler.")

C("d120-101n-als-prognos-avbojd", "vgr", "1962-10-27", "290",
  "2024-02-14T00:00:00",
  [N("n1", "su_als", "Jonas Kjellberg", L, "2024-02-12T13:25:00", [
      ("Information", "Pat känner till sin ALS-diagnos men önskar inte detaljerad information om "
                      "prognos i nuläget, vilket respekteras."),
  ])],
  [], [("NL101", "n1")],
  "Pat vet diagnosen; prognos är inte en diagnos.")

C("d120-101n-typo-cidp-besekdet-telefon-igar", "skane", "1966-07-21", "150",
  "2024-05-22T00:00:00",
  [N("n1", "lund_mott", "Karin Håkansson", L, "2024-05-20T11:40:00", [
      ("Aktuellt", "CIDP. Fick besekdet per telefon igår av undertecknad, nu besök för IVIG-planering."),
  ])],
  [], [("NL101", "n1")],
  "Stavfel 'besekdet' — pat har fått beskedet tidigare.")

C("d120-101n-ulnaris-optid-ej-underrattad", "vgr", "1970-02-03", "275",
  "2024-12-12T00:00:00",
  [N("n1", "nal_mott", "Sara Eklund", L, "2024-12-09T15:00:00", [
      ("Bedömning", "Ulnarisneuropati vä armbåge, ENeG-verifierad, genomgånget med pat."),
      ("Planering", "Pat ej underrättad om tid för handkirurgisk bedömning ännu."),
  ])],
  [], [("NL101", "n1")],
  "Ej underrättad om en tid — inte en diagnos.")

C("d120-101n-iih-likvorsvar-ej-underrattad", "skane", "1996-06-30", "502",
  "2024-06-03T00:00:00",
  [N("n1", "malmo_mott", "Nils Forsman", L, "2024-05-30T14:20:00", [
      ("Aktuellt", "Idiopatisk intrakraniell hypertension sedan 2022, pat väl insatt."),
      ("Utredning", "Likvor med normala celler och laktat; pat ej underrättad om provsvaren ännu."),
  ])],
  [], [("NL101", "n1")],
  "Ej underrättad om normala likvorsvar; diagnosen känd.")

C("d120-101n-msa-meddelad-av-annan-lakare", "vgr", "1951-01-15", "379",
  "2024-09-04T00:00:00",
  [N("n1", "skas_mott", "Karl Wiklund", L, "2024-09-02T10:20:00", [
      ("Aktuellt", "MSA-C, diagnosen meddelades av dr Ek 3/4. Nu frågor om hjälpmedel."),
      ("Åtgärd", "Remiss arbetsterapeut, rullator, duschpall."),
  ])],
  [], [("NL101", "n1")],
  "Diagnosen meddelad av annan läkare tidigare.")

C("d120-101n-ssk-parkinsonbesked-forra-veckan", "skane", "1958-12-16", "440",
  "2024-03-27T00:00:00",
  [N("n1", "hbg_mott", "Malin Strömberg", S, "2024-03-25T08:45:00", [
      ("Telefonkontakt", "Pat som fick Parkinsonbeskedet förra veckan ringer med frågor om levodopa "
                         "och måltider. Råd att ta Madopark 30 min före mat."),
  ], template="Telefonkontakt")],
  [], [("NL101", "n1")],
  "Ssk-anteckning: pat fick beskedet förra veckan.")

C("d120-101n-rrms-studie-ej-informerad", "vgr", "1990-11-21", "626",
  "2024-10-02T00:00:00",
  [N("n1", "su_ms", "Henrik Alm", L, "2024-09-30T11:50:00", [
      ("Aktuellt", "RRMS sedan 2019 på dimetylfumarat, välinformerad om sin sjukdom."),
      ("Planering", "Pat ej informerad om möjligheten att delta i registerstudie ännu, "
                    "forskningsssk tar kontakt."),
  ])],
  [], [("NL101", "n1")],
  "Ej informerad om en studie — inte en diagnos.")

C("d120-101n-gbs-informerade-vid-ronden", "skane", "1980-05-08", "393",
  "2024-11-01T00:00:00",
  [N("n1", "malmo_avd", "Oskar Lindahl", L, "2024-10-29T12:00:00", [
      ("Bedömning", "Guillain-Barrés syndrom, AIDP enligt ENeG."),
      ("Information", "Pat och sambo informerade om diagnos och behandling vid ronden."),
  ], template="Ronduppföljning")],
  [], [("NL101", "n1")],
  "Pat informerad vid ronden.")

C("d120-101n-typo-imformerad-om-diagnosen", "vgr", "1978-08-05", "560",
  "2024-04-12T00:00:00",
  [N("n1", "su_mott", "Ingrid Mattsson", L, "2024-04-09T16:05:00", [
      ("Bedömning", "Klusterhuvudvärk, episodisk form."),
      ("Information", "Pat imformerad om diagnosen, syrgas hemma ordineras."),
  ])],
  [], [("NL101", "n1")],
  "Stavfel 'imformerad' i ett positivt påstående — pat är informerad.")

C("d120-101n-alzheimer-dottern-ej-informerad", "vgr", "1944-03-19", "101",
  "2024-12-04T00:00:00",
  [N("n1", "su_minne", "Helena Sjöberg", L, "2024-12-02T10:40:00", [
      ("Bedömning", "Alzheimers sjukdom, lätt demensgrad, MMT 24/30."),
      ("Information", "Pat informerad om Alzheimerdiagnosen tillsammans med maken; dottern i USA ej "
                      "informerad ännu."),
  ])],
  [], [("NL101", "n1")],
  "Pat och make informerade; dottern inte.")

C("d120-101n-lang-epikris-informerad-transvers-myelit", "skane", "1988-09-23", "448",
  "2024-08-14T00:00:00",
  [N("n1", "lund_avd", "Anders Bergqvist", L, "2024-08-12T13:45:00", [
      ("Inskrivningsorsak", "Akut domning och svaghet i benen med känselnivå."),
      ("Vårdförlopp", "36-årig kvinna som efter övre luftvägsinfektion fick bilateral bensvaghet och "
                      "känselnivå Th6 under 2 dgr. MR ryggmärg: kort T2-lesion Th5-Th6 med laddning, "
                      "MR hjärna utan lesioner. AQP4- och MOG-ak negativa. LP: celler 18, inga "
                      "oligoklonala band. Metylprednisolon 1 g x 5 med god effekt, går nu utan hjälpmedel. "
                      "Blåsfunktion återställd efter 4 dgr."),
      ("Diagnos", "G37.3 Akut transversell myelit."),
      ("Information", "Pat informerad om diagnosen, vad den innebär och om uppföljning med MR."),
      ("Uppföljning", "Återbesök neuro 6 v. Kontroll-MR om 3 mån."),
  ], template="Epikris")],
  [], [("NL101", "n1")],
  "Lång epikris, pat informerad om diagnosen.")

C("d120-101n-utkast-ej-informerad-lp-tid", "skane", "1984-02-26", "383",
  "2024-03-13T00:00:00",
  [N("n1", "lund_ms", "Karin Håkansson", L, "2024-03-11T15:20:00", [
      ("Aktuellt", "Skovvis MS sedan 2020, besked gavs då."),
      ("Planering", "LP inför byte av behandling. Pat ej informerad om tid för LP ännu."),
  ], signed=None)],
  [], [("NL101", "n1")],
  "Utkast: ej informerad om en tid, diagnosen känd.")

C("d120-101n-mr-ingen-tumor-ej-informerad", "vgr", "1975-06-14", "602",
  "2024-02-07T00:00:00",
  [N("n1", "sas_mott", "Therese Gunnarsson", L, "2024-02-05T09:40:00", [
      ("Utredning", "MR hjärna: inga tecken på tumör eller annan expansivitet."),
      ("Bedömning", "Pat ej informerad om svaret, ringer i eftermiddag."),
  ])],
  [], [("NL101", "n1")],
  "Ej informerad om ett normalt svar där tumör uttryckligen saknas.")

C("d120-101n-stroke-flytt-ej-informerad", "skane", "1945-10-18", "117",
  "2024-10-22T00:00:00",
  [N("n1", "malmo_avd", "Jenny Ahlström", S, "2024-10-18T14:10:00", [
      ("Omvårdnad", "Hjärninfarkt hö hemisfär med vä-sidig hemipares, diagnosen känd för pat."),
      ("Planering", "Pat ännu ej informerad om flytt till rehabavdelning, ssk tar det efter lunch."),
  ], template="Omvårdnadsanteckning")],
  [], [("NL101", "n1")],
  "Ej informerad om flytt — inte en diagnos.")


# =====================================================================
# output and validation
# =====================================================================

CASE_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
REC_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs",
             "sections"}


def _age(birth, when):
    b = _dt.date.fromisoformat(birth)
    w = _dt.date.fromisoformat(when[:10])
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def _luhn_ok(pid):
    digits = pid.replace("-", "")[2:]
    if len(digits) != 10 or not digits.isdigit():
        return False
    return luhn_check(digits[:9]) == int(digits[9])


def validate(cases):
    errs = []
    names = set()
    sent_seen = {}
    for c in cases:
        n = c["case"]
        if set(c) != CASE_KEYS:
            errs.append("%s: keys %s" % (n, sorted(c)))
        if n in names:
            errs.append("duplicate case name %s" % n)
        names.add(n)
        if not n.startswith("d120-"):
            errs.append("%s: bad prefix" % n)
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append("%s: ruleset" % n)
        r = c["record"]
        if set(r) != REC_KEYS:
            errs.append("%s: record keys" % n)
        p = r["patient"]
        if not _luhn_ok(p["id"]):
            errs.append("%s: Luhn" % n)
        if p["id"][:8] != p["birth_date"].replace("-", ""):
            errs.append("%s: pnr/birth mismatch" % n)
        if not r["as_of"].startswith("2024-"):
            errs.append("%s: as_of not 2024" % n)
        ages = [_age(p["birth_date"], r["as_of"])]
        notes = {}
        for nt in r["notes"]:
            if set(nt) != NOTE_KEYS:
                errs.append("%s: note keys" % n)
            notes[nt["id"]] = nt
            if not nt["time"].startswith("2024-"):
                errs.append("%s: time not 2024" % n)
            if nt["signed"] is not None:
                if not nt["signed"].startswith("2024-") or nt["signed"] < nt["time"]:
                    errs.append("%s: signed" % n)
            if nt["time"] > r["as_of"]:
                errs.append("%s: note after as_of" % n)
            if nt["system"] not in ("Melior", "PMO"):
                errs.append("%s: system" % n)
            if c["ruleset"] == "vgr" and nt["system"] != "Melior":
                errs.append("%s: VGR non-Melior" % n)
            ages.append(_age(p["birth_date"], nt["time"]))
            for s in nt["sections"]:
                for sent in re.split(r"(?<=[.!?])\s+|\n+", s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in sent_seen:
                            errs.append("%s: repeated sentence (also in %s): %r"
                                        % (n, sent_seen[sent], sent))
                        sent_seen.setdefault(sent, n)
        for a in ages:
            if 13 <= a <= 15:
                errs.append("%s: patient aged %d" % (n, a))
        if not c["must"] and not c["must_not"]:
            errs.append("%s: no assertion" % n)
        pairs = [tuple(x) for x in c["must"]] + [tuple(x) for x in c["must_not"]]
        if len(set(pairs)) != len(pairs):
            errs.append("%s: duplicate assertion" % n)
        for lst in ("must", "must_not"):
            for code, tgt in c[lst]:
                if code not in ("NL101", "NL102"):
                    errs.append("%s: code %s" % (n, code))
                if tgt not in notes:
                    errs.append("%s: missing target %s" % (n, tgt))
                    continue
                sysname = notes[tgt]["system"]
                if code == "NL102" and lst == "must" and sysname != "Melior":
                    errs.append("%s: NL102 must on non-Melior" % n)
                if code == "NL101" and sysname == "PMO":
                    errs.append("%s: NL101 on PMO" % n)
        if not c["why"].strip():
            errs.append("%s: empty why" % n)
    return errs


def main():
    errs = validate(CASES)
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        return 1
    counts = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    print("wrote %d cases to %s" % (len(CASES), OUT))
    for k in sorted(counts):
        print("  %s %s: %d" % (k[0], k[1], counts[k]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
