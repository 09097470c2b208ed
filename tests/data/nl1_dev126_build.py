#!/usr/bin/env python3
"""dev126: independent test cases for NL101 / NL102 (intensive care voice).

Intensive care (IVA), intermediate care (IMA), neuro-, thorax- and paediatric IVA,
and the IVA follow-up clinic, in Region Skåne and Västra Götaland.  Standard library
only, deterministic.  Running it writes cases.jsonl next to this file and exits 1 on
any validation problem.
"""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev126_cases.jsonl")

# ---------------------------------------------------------------- units
UNITS = {
    # Region Skåne
    "S_IVA_LUND": ("Intensivvårdsavdelningen, Skånes universitetssjukhus Lund", "SE2321000255-4IV1"),
    "S_IVA_MALMO": ("Intensivvårdsavdelningen, Skånes universitetssjukhus Malmö", "SE2321000255-4IV2"),
    "S_IVA_HBG": ("Intensivvårdsavdelningen, Helsingborgs lasarett", "SE2321000255-7H31"),
    "S_IVA_KRI": ("Intensivvårdsavdelningen, Centralsjukhuset Kristianstad", "SE2321000255-8K12"),
    "S_IVA_YSTAD": ("Intensivvårdsavdelningen, Lasarettet i Ystad", "SE2321000255-9Y04"),
    "S_TIVA": ("Thoraxintensivvårdsavdelningen, Skånes universitetssjukhus Lund", "SE2321000255-4TH7"),
    "S_NIVA": ("Neurointensivvårdsavdelningen, Skånes universitetssjukhus Lund", "SE2321000255-4NI3"),
    "S_BIVA": ("Barnintensivvårdsavdelningen, Skånes universitetssjukhus Lund", "SE2321000255-4BI9"),
    "S_IMA_MALMO": ("Medicinsk intermediärvårdsavdelning (IMA), Skånes universitetssjukhus Malmö", "SE2321000255-5IM2"),
    "S_IMA_HBG": ("Intermediärvårdsavdelningen, Helsingborgs lasarett", "SE2321000255-7IM5"),
    "S_UPPF_LUND": ("IVA-uppföljningsmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4UP1"),
    "S_UPPF_HBG": ("IVA-mottagningen, Helsingborgs lasarett", "SE2321000255-7UP2"),
    "S_VC_ESLOV": ("Vårdcentralen Kärråkra, Eslöv", "SE2321000255-1VC6"),
    "S_VC_KRI": ("Vårdcentralen Näsby, Kristianstad", "SE2321000255-1VC8"),
    "S_HSV_HOOR": ("Hemsjukvården Höör", "SE2321000255-1HS3"),
    # Västra Götalandsregionen
    "V_CIVA_SU": ("Centralintensiven (CIVA), Sahlgrenska Universitetssjukhuset", "SE2321000131-E00000011201"),
    "V_NIVA_SU": ("Neurointensivvårdsavdelningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E00000011247"),
    "V_TIVA_SU": ("Thoraxintensivvårdsavdelningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E00000011262"),
    "V_IVA_OSTRA": ("Intensivvårdsavdelningen, Östra sjukhuset", "SE2321000131-E00000012104"),
    "V_IMA_OSTRA": ("Medicinsk intermediärvårdsavdelning, Östra sjukhuset", "SE2321000131-E00000012139"),
    "V_IVA_MOLNDAL": ("Intensivvårdsavdelningen, Mölndals sjukhus", "SE2321000131-E00000013018"),
    "V_IVA_NAL": ("Intensivvårdsavdelningen, NU-sjukvården NÄL Trollhättan", "SE2321000131-E00000021455"),
    "V_IVA_UDD": ("Intensivvårdsavdelningen, Uddevalla sjukhus", "SE2321000131-E00000021502"),
    "V_IVA_SKAS": ("Intensivvårdsavdelningen, Skaraborgs sjukhus Skövde", "SE2321000131-E00000031177"),
    "V_IVA_SAS": ("Intensivvårdsavdelningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-E00000041036"),
    "V_IVA_KUNG": ("Intensivvårdsavdelningen, Kungälvs sjukhus", "SE2321000131-E00000051290"),
    "V_IVA_ALIN": ("Intensivvårdsavdelningen, Alingsås lasarett", "SE2321000131-E00000061384"),
    "V_BIVA": ("Barnintensivvårdsavdelningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E00000011390"),
    "V_UPPF_SU": ("IVA-uppföljningsmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E00000011415"),
    "V_UPPF_SKAS": ("IVA-uppföljning, Skaraborgs sjukhus Skövde", "SE2321000131-E00000031199"),
}

CASES = []


def note(nid, system, template, unit, author, role, time, sections,
         signed=45, setting="slutenvård", refs=None):
    """signed: minutes after `time`, or None for an unsigned draft."""
    t = dt.datetime.strptime(time, "%Y-%m-%dT%H:%M")
    name, hsa = UNITS[unit]
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": t.strftime("%Y-%m-%dT%H:%M:%S"),
        "signed": None if signed is None else (t + dt.timedelta(minutes=signed)).strftime("%Y-%m-%dT%H:%M:%S"),
        "setting": setting,
        "refs": list(refs or []),
        "sections": [{"keyword": k, "text": v} for k, v in sections],
    }


def case(name, ruleset, patient, notes, must, must_not, why):
    CASES.append({
        "name": name, "ruleset": ruleset, "patient": patient, "notes": notes,
        "must": must, "must_not": must_not, "why": why,
    })


M, P = "Melior", "PMO"
L, SSK = "läkare", "sjuksköterska"
OV = "öppenvård"

# =====================================================================
# NL102 positives: hedged diagnosis of the patient in a visible Melior section
# =====================================================================

case("d126-sepsis-misstankt-urosepsis-inskrivning", "skane", "1946-02-17F", [
    note("n1", M, "Inskrivningsanteckning IVA", "S_IVA_LUND", "Karin Lindqvist", L, "2024-01-14T03:20", [
        ("Anamnes", "78-årig kvinna med KOL och diabetes typ 2. Sveda vid miktion sedan tre dagar, i går kväll feber och tilltagande förvirring enligt maken. Hämtad med ambulans, hypotensiv redan prehospitalt."),
        ("Status", "AT: påverkad, desorienterad till tid och rum. AF 28, SpO2 91 % på 4 l O2 via grimma. BT 82/45 trots 2 l Ringer-Acetat, puls 118 reg. Marmorering över båda knäna, kapillär återfyllnad 5 s."),
        ("Bedömning", "Misstänkt urosepsis med septisk chock, noradrenalinkrävande 0,15 µg/kg/min. Laktat 5,1."),
        ("Åtgärd", "Blododlingar x2 och urinodling före antibiotika. Pip-tazo 4 g x 4 insatt. Artärnål vä a. radialis, CVK v. jugularis int. hö ultraljudsledd. KAD, timdiures."),
    ], signed=55)],
    [["NL102", "n1"]], [["NL101", "n1"]],
    "hedged sepsis focus (misstänkt urosepsis) in the Bedömning of a visible IVA admission note; nothing is said about telling")

case("d126-vap-trolig-dag6-polytrauma", "vgr", "1989-09-03M", [
    note("n1", M, "Daganteckning IVA", "V_CIVA_SU", "Mats Öberg", L, "2024-02-08T11:05", [
        ("Aktuellt", "Dag 6 i respirator efter polytrauma (MC-olycka), multipla revbensfrakturer bilat och lungkontusion hö."),
        ("Status", "Temp 38,9. Purulent gulgrönt trakealsekret, ökat sugbehov senaste dygnet. FiO2 höjd från 0,35 till 0,55."),
        ("Utredning", "CRP 212 (igår 96), LPK 17,8. Rtg pulm: nytillkommen förtätning i hö underlob."),
        ("Bedömning", "Trolig ventilatorassocierad pneumoni."),
        ("Åtgärd", "Trakealsekret och blododlingar tagna. Meropenem 1 g x 3 efter samråd med infektionskonsult, omvärdering när odlingssvar finns."),
    ])],
    [["NL102", "n1"]], [],
    "'Trolig ventilatorassocierad pneumoni' in the visible Bedömning of a VGR IVA day note")

case("d126-ards-fragetecken-jour", "skane", "1971-06-30M", [
    note("n1", M, "Jouranteckning", "S_IVA_MALMO", "Leila Haddad", L, "2024-03-02T02:40", [
        ("Bedömning", "Tilltagande syrgasbehov under kvällen, P/F 110 på PEEP 12. Rtg pulm med bilaterala diffusa infiltrat. ARDS? Ekokardiografi visar normal vänsterkammarfunktion. Bukläge övervägs om ingen förbättring till morgonen."),
    ], signed=None)],
    [["NL102", "n1"]], [],
    "bare question mark after the diagnosis ('ARDS?') in an unsigned night note is a hedge")

case("d126-postarrest-dd-lungemboli", "vgr", "1958-11-21M", [
    note("n1", M, "Läkaranteckning", "V_IVA_NAL", "Erik Sandström", L, "2024-03-19T16:30", [
        ("Anamnes", "Hjärtstopp i hemmet, bevittnat av sambo som startade HLR. PEA som första registrerade rytm, ROSC efter 18 min och 2 mg adrenalin. Nyligen knäoperation vä och gipsad sedan 10 dagar."),
        ("Status", "Intuberad, sederad med propofol. Cirk: BT 95/60 på noradrenalin, sinustakykardi 124. EKG utan ST-höjning."),
        ("Bedömning", "Status post hjärtstopp utanför sjukhus. DD lungemboli, akut koronarsyndrom. Högerkammarbelastning på fokuserat eko."),
        ("Planering", "DT lungartärer när cirkulationen tillåter transport. Temperaturkontroll < 37,5 °C."),
    ])],
    [["NL102", "n1"]], [],
    "'DD lungemboli, akut koronarsyndrom' after cardiac arrest stands in a visible section")

case("d126-hypoxisk-hjarnskada-kan-ej-uteslutas", "skane", "1963-04-08M", [
    note("n1", M, "Läkaranteckning", "S_IVA_HBG", "Fredrik Ljungberg", L, "2024-04-11T10:15", [
        ("Aktuellt", "Dygn 3 efter hjärtstopp på arbetsplatsen, VF, defibrillerad x3. Sedering utsatt sedan 36 timmar."),
        ("Status", "GCS 4 (E1 V1 M2), pupiller 3 mm, ljusreaktion finns bilat. Kornealreflex svag hö. Enstaka myoklonier i ansiktet."),
        ("Bedömning", "Hypoxisk hjärnskada kan ej uteslutas. Neuroprognostisering görs multimodalt tidigast 72 h efter normotermi: NSE dag 2 och 3, SSEP och DT hjärna."),
    ])],
    [["NL102", "n1"]], [],
    "'kan ej uteslutas' after the diagnosis (hypoxisk hjärnskada) is a hedge, not a negation")

case("d126-trali-bild-som-vid", "vgr", "1992-12-01F", [
    note("n1", M, "Inskrivningsanteckning IVA", "V_IVA_OSTRA", "Sofia Abbas", L, "2024-04-22T21:45", [
        ("Anamnes", "Förlöst med akut kejsarsnitt i eftermiddags, postpartumblödning 3,2 l. Fått 6 E erytrocyter, 4 E plasma och 1 E trombocyter."),
        ("Aktuellt", "Inom en timme efter sista plasmaenheten akut andnöd, desaturation till 78 % och rosa skummande sekret. Intuberad på operationsavdelningen och överflyttad hit."),
        ("Bedömning", "Bild som vid TRALI. Ej vätskeöverbelastad enligt eko, normal vänsterkammare."),
        ("Åtgärd", "Transfusionsmedicin kontaktad, blodenheterna spärras för utredning. Lungskyddande ventilation."),
    ])],
    [["NL102", "n1"]], [],
    "'Bild som vid TRALI' is an uncommitted diagnosis in a visible Bedömning")

case("d126-ischemisk-kolit-forenligt-med", "skane", "1940-03-15M", [
    note("n1", M, "Daganteckning IVA", "S_IVA_KRI", "Peter Nyström", L, "2024-05-06T13:20", [
        ("Aktuellt", "Dag 4 efter öppen operation för rupturerat bukaortaaneurysm. Blodig diarré under natten."),
        ("Utredning", "DT buk med iv kontrast: förtjockad tarmvägg i colon descendens och sigmoideum, förenligt med ischemisk kolit. Ingen fri gas."),
        ("Planering", "Kirurg bedömer, sigmoideoskopi i dag. Fortsatt fasta."),
    ])],
    [["NL102", "n1"]], [],
    "radiology hedge 'förenligt med ischemisk kolit' copied into the visible Utredning section")

case("d126-bukkompartment-talar-for", "vgr", "1968-07-19M", [
    note("n1", M, "Läkaranteckning", "V_IVA_SAS", "Cecilia Holm", L, "2024-05-13T09:00", [
        ("Status", "Spänd, utspänd buk. Blåstryck 24 mmHg (igår 15). Diures 8 ml/h senaste 4 timmarna trots MAP 70. Ökande toppryck i respiratorn."),
        ("Bedömning", "Svår akut pankreatit dag 3 med stor vätsketillförsel. Bilden talar för abdominellt kompartmentsyndrom."),
        ("Åtgärd", "Kirurgbakjour tillkallad för ställningstagande till dekompressiv laparotomi. Ventrikelsond på sug, sedering fördjupas."),
    ])],
    [["NL102", "n1"]], [],
    "'talar för abdominellt kompartmentsyndrom' is a hedged diagnosis next to a settled one (pankreatit)")

case("d126-paracetamol-sannolik-okand-intagstid", "skane", "2004-10-25F", [
    note("n1", M, "Inskrivningsanteckning IVA", "S_IVA_YSTAD", "Tobias Fransson", L, "2024-06-01T04:10", [
        ("Anamnes", "19-åring hittad av kompis i lägenheten, tomma kartor Alvedon 500 mg (ca 60 st) och Sobril. Okänd tidpunkt för intag, sågs senast välmående i går eftermiddag."),
        ("Status", "RLS 3, skyddar luftvägen. Cirkulatoriskt stabil."),
        ("Bedömning", "Sannolik paracetamolförgiftning med okänd intagstid, dessutom bensodiazepiner. S-paracetamol 410 µmol/l, ALAT 3,2."),
        ("Åtgärd", "Acetylcystein enligt Giftinformationscentralens schema startat. Psykiatrisk konsult när pat är medicinskt färdigbehandlad."),
    ])],
    [["NL102", "n1"]], [],
    "intoxication hedged with 'Sannolik' in a visible IVA admission note")

case("d126-nekrotiserande-fasciit-inger-misstanke", "vgr", "1955-01-30M", [
    note("n1", M, "Inskrivningsanteckning IVA", "V_IVA_UDD", "Ali Rahimi", L, "2024-06-09T18:25", [
        ("Anamnes", "Diabetiker, skrapsår på vä underben för fyra dagar sedan. Sedan i morse kraftig smärta och snabbt spridande rodnad upp mot knät."),
        ("Status", "Smärta ur proportion till fynd. Blåaktig missfärgning och krepitationer lateralt på vaden. BT 88/50, temp 39,4."),
        ("Bedömning", "Inger misstanke om nekrotiserande fasciit med septisk chock."),
        ("Åtgärd", "Ortoped- och kirurgjour på plats, direkt till op för revision. Meropenem, klindamycin och IVIG enligt PM."),
    ])],
    [["NL102", "n1"]], [],
    "'Inger misstanke om nekrotiserande fasciit' in the visible Bedömning")

case("d126-serotonergt-syndrom-kan-rora-sig-om", "skane", "1981-08-14F", [
    note("n1", M, "Läkaranteckning", "S_IMA_MALMO", "Nadia Petrović", L, "2024-06-17T23:50", [
        ("Aktuellt", "Överdos tramadol och sertralin i suicidsyfte enligt egen uppgift, intag ca kl 19."),
        ("Status", "Agiterad, svettig. Temp 39,6. Inducerbar klonus i båda fotlederna, ögonklonus. Puls 132."),
        ("Bedömning", "Kan röra sig om serotonergt syndrom."),
        ("Åtgärd", "Kylning, diazepam iv. Cyproheptadin via sond diskuterat med GIC. Fortsatt övervakning på IMA."),
    ])],
    [["NL102", "n1"]], [],
    "'Kan röra sig om serotonergt syndrom' on an intermediate care unit is a hedged diagnosis")

case("d126-typo-fragestallnig-hit", "vgr", "1950-05-05M", [
    note("n1", M, "Daganteckning IVA", "V_TIVA_SU", "Helena Berglund", L, "2024-07-02T10:40", [
        ("Aktuellt", "Postop dag 6 efter mitralisplastik och CABG x2."),
        ("Utredning", "TPK sjunkit från 230 till 61 på tre dygn. Ny ytlig ventrombos vä arm."),
        ("Bedömning", "Frågeställnig HIT (heparininducerad trombocytopeni). 4T-score 6."),
        ("Åtgärd", "Allt heparin utsatt inkl. spolning av artärnål. Argatroban startat. PF4-antikroppar skickade till koagulationslab."),
    ])],
    [["NL102", "n1"]], [],
    "typo 'Frågeställnig' before a diagnosis (HIT) is still a hedge in a visible section")

case("d126-cip-cim-oklart-om", "skane", "1966-02-11M", [
    note("n1", M, "Läkaranteckning", "S_IVA_LUND", "Jonas Hedberg", L, "2024-07-15T14:00", [
        ("Aktuellt", "Dag 21, sepsis med multiorgansvikt i regress. Svårt att avveckla respiratorn."),
        ("Status", "Vaken, följer uppmaningar. Slapp tetrapares, kan inte lyfta armarna mot tyngdkraften. Reflexer nedsatta."),
        ("Bedömning", "Oklart om det rör sig om critical illness-polyneuropati eller -myopati."),
        ("Planering", "Neurofysiologisk undersökning (ENeG/EMG) beställd. Fysioterapi dagligen."),
    ])],
    [["NL102", "n1"]], [],
    "'Oklart om det rör sig om' two candidate diagnoses (CIP/CIM) is a hedge")

case("d126-endokardit-mojlig-mssa", "skane", "1979-12-24M", [
    note("n1", M, "Daganteckning IVA", "S_IVA_LUND", "Maria Delgado", L, "2024-08-03T11:30", [
        ("Utredning", "Växt av Staphylococcus aureus (MSSA) i 4/4 blododlingsflaskor. Injicerar heroin sedan flera år."),
        ("Bedömning", "Möjlig endokardit, nytt blåsljud över trikuspidalis."),
        ("Åtgärd", "Kloxacillin 2 g x 6. TEE bokad i morgon, infektionskonsult följer."),
    ])],
    [["NL102", "n1"]], [],
    "'Möjlig endokardit' in a visible section")

case("d126-delirium-ssk-misstankt", "vgr", "1944-06-02M", [
    note("n1", M, "Omvårdnadsanteckning", "V_IVA_MOLNDAL", "Emma Carlsson", SSK, "2024-08-10T22:10", [
        ("Kommunikation", "Plockar på slangar och kablar, tror att han är på en båt. Växlande vakenhet sedan eftermiddagen."),
        ("Bedömning", "CAM-ICU positiv. Misstänkt IVA-delirium, jouren meddelad."),
        ("Åtgärd", "Reorientering, glasögon och hörapparat på, dämpad belysning. Fastvakande personal i natt."),
    ])],
    [["NL102", "n1"]], [],
    "a nurse's hedged diagnosis (misstänkt IVA-delirium) counts as much as a physician's")

case("d126-ttp-ahus-differentialdiagnoser", "skane", "1996-03-29F", [
    note("n1", M, "Läkaranteckning", "S_IVA_MALMO", "Oskar Wennerholm", L, "2024-08-19T17:05", [
        ("Utredning", "TPK 18, Hb 74, LD 2100, haptoglobin omätbart lågt. Rikligt med fragmentocyter i blodutstryk. PK 1,1 och fibrinogen 3,4."),
        ("Bedömning", "Differentialdiagnoser TTP och atypiskt HUS."),
        ("Åtgärd", "ADAMTS13 akut, hematolog kontaktad. Plasmaferes startas i kväll."),
    ])],
    [["NL102", "n1"]], [],
    "'Differentialdiagnoser TTP och atypiskt HUS' in the visible Bedömning")

case("d126-uppfoljning-trolig-ptsd", "vgr", "1975-04-17F", [
    note("n1", M, "IVA-uppföljning", "V_UPPF_SU", "Ingrid Ek", L, "2024-09-05T13:00", [
        ("Aktuellt", "Återbesök tre månader efter utskrivning från CIVA, där hon vårdades 12 dygn i respirator för covid-19-pneumoni. Kommer med maken."),
        ("Anamnes", "Sover dåligt, återkommande mardrömmar om att bli fastbunden. Undviker att köra förbi sjukhuset. Irritabel och lättskrämd enligt maken."),
        ("Bedömning", "Trolig posttraumatiskt stressyndrom (PTSD) efter intensivvården. HADS ångest 14, depression 9."),
        ("Planering", "Remiss till psykiatrisk öppenvård för traumafokuserad KBT. Dagboken från IVA gicks igenom tillsammans, uppskattades."),
    ], setting=OV)],
    [["NL102", "n1"]], [],
    "IVA follow-up clinic months later: 'Trolig PTSD' is a visible hedged diagnosis")

case("d126-kateterinfektion-ssk-misstanker", "skane", "1961-11-13M", [
    note("n1", M, "Omvårdnadsanteckning", "S_IVA_HBG", "Kristoffer Åberg", SSK, "2024-09-12T06:40", [
        ("Hud", "Rodnad ca 2 cm runt insticksstället för CVK i v. subclavia hö, pus vid tryck."),
        ("Bedömning", "Misstänker kateterrelaterad infektion. Temp 38,7 i natt."),
        ("Åtgärd", "Jour informerad, odling från insticksstället tagen. CVK byts av narkosläkare under förmiddagen, spetsen skickas för odling."),
    ])],
    [["NL102", "n1"]], [],
    "verb form 'Misstänker' + diagnosis (kateterrelaterad infektion) in a nurse note")

case("d126-typo-misstank-guillain-barre", "vgr", "1986-05-25F", [
    note("n1", M, "Inskrivningsanteckning IVA", "V_NIVA_SU", "Johanna Wikström", L, "2024-10-08T15:10", [
        ("Anamnes", "Magsjuk för tre veckor sedan. Sedan fem dagar stigande svaghet i benen, nu även i armarna och svårt att svälja."),
        ("Status", "Symmetrisk slapp pares, areflexi i alla extremiteter. VC 1,1 l (fallande från 2,4 l i morse)."),
        ("Bedömning", "Misstänk Guillain-Barrés syndrom med hotande andningssvikt."),
        ("Planering", "Elektiv intubation vid VC < 15 ml/kg. LP och neurografi. IVIG diskuteras med neurolog."),
    ])],
    [["NL102", "n1"]], [],
    "typo 'Misstänk' (missing t) before Guillain-Barrés syndrom is still a hedge")

case("d126-biva-misstankt-mis-c", "skane", "2017-03-08M", [
    note("n1", M, "Inskrivningsanteckning", "S_BIVA", "Karolina Fält", L, "2024-02-19T19:40", [
        ("Anamnes", "7-årig pojke, feber i 5 dygn, buksmärta, konjunktivit och utslag. Covid-19 i familjen för 5 veckor sedan."),
        ("Status", "Kalla perifera delar, BT 78/40. Eko: nedsatt vänsterkammarfunktion."),
        ("Bedömning", "Misstänkt MIS-C (multisystemiskt inflammatoriskt syndrom hos barn). Positiv SARS-CoV-2-serologi, CRP 245, troponin stegrat."),
        ("Åtgärd", "Milrinon och noradrenalin. IVIG och metylprednisolon efter samråd med barnreumatolog. Föräldrarna informerade vid sängen."),
    ])],
    [["NL102", "n1"]], [],
    "child under 13 on paediatric IVA: guardians read the note, the hedged MIS-C is visible")

case("d126-epikris-lang-en-mojlig-myopati", "vgr", "1953-08-28M", [
    note("n1", M, "Epikris", "V_IVA_SAS", "Per Gustavsson", L, "2024-03-27T14:50", [
        ("Sammanfattning", "71-årig man, tidigare frisk bortsett från hypertoni, inlagd på IVA 2024-03-05 med pneumokocksepsis och septisk chock. Vårdtid 22 dygn."),
        ("Vårdförlopp", "Intuberad dag 1, noradrenalin och vasopressin under fem dygn. Akut njursvikt KDIGO 3 med CRRT dag 2–9, därefter spontan återhämtning av diuresen. Trakeotomerad dag 10 pga förväntad lång respiratortid. Avvecklad från respiratorn dag 17. Högdos hydrokortison under chockfasen."),
        ("Diagnos", "Septisk chock orsakad av Streptococcus pneumoniae. Pneumoni hö underlob. Akut njursvikt, i regress. Möjlig steroidinducerad myopati med proximal svaghet."),
        ("Status vid utskrivning", "Vaken, orienterad. Andas via trakealkanyl med 2 l O2, talventil tolereras dagtid. Går med rollator och stöd av en person."),
        ("Planering", "Kanylbyte och ställningstagande till dekanylering på avdelning 14. Njurfunktionsprover 2 ggr/vecka. Uppföljning på IVA-mottagningen om tre månader."),
    ], signed=120)],
    [["NL102", "n1"]], [],
    "long IVA discharge summary: one hedged item (Möjlig steroidinducerad myopati) among settled diagnoses")

case("d126-typo-missankt-metanol", "skane", "1967-01-22M", [
    note("n1", M, "Läkaranteckning", "S_IVA_MALMO", "Oskar Wennerholm", L, "2024-11-02T05:15", [
        ("Anamnes", "Inkommer med synstörningar, 'snöstorm' framför ögonen, efter att ha druckit hembränt i två dagar."),
        ("Utredning", "pH 7,01, BE -22, anjongap 31, osmolalt gap 38. Etanol 4 promille."),
        ("Bedömning", "Missänkt metanolförgiftning."),
        ("Åtgärd", "Fomepizol laddningsdos, akut hemodialys beställd. Folinsyra. Giftinformationscentralen konsulterad."),
    ])],
    [["NL102", "n1"]], [],
    "typo 'Missänkt' before an intoxication diagnosis")

case("d126-typo-sannolkit-etylenglykol", "vgr", "1959-10-12M", [
    note("n1", M, "Jouranteckning", "V_IVA_UDD", "Ali Rahimi", L, "2024-11-09T02:30", [
        ("Bedömning", "Sannolkit etylenglykolintoxikation – kylarvätska saknas i garaget enligt hustrun, kalciumoxalatkristaller i urinen och stort osmolalt gap. Fomepizol och dialys."),
    ], signed=None)],
    [["NL102", "n1"]], [],
    "typo 'Sannolkit' in a one-section unsigned night note")

case("d126-vgr-th-sokord-plus-synlig-hedge", "vgr", "1964-04-30M", [
    note("n1", M, "Läkaranteckning", "V_IVA_NAL", "Erik Sandström", L, "2024-11-14T11:45", [
        ("Aktuellt", "Njurtransplanterad 2019, immunsupprimerad. Progredierande andningssvikt, intuberad i går."),
        ("Bedömning", "Trolig pneumocystispneumoni, LDH 780 och beta-D-glukan positivt. Högdos trimetoprim-sulfa och prednisolon."),
        ("Tidiga hypoteser", "Pancytopeni som inte förklaras av läkemedel, misstänkt posttransplantationslymfom. Benmärg planeras."),
    ])],
    [["NL102", "n1"]], [],
    "VGR: one hedge is protected under sökord Tidiga hypoteser, but another (trolig pneumocystispneumoni) stands in visible Bedömning")

case("d126-skane-th-sokord-i-vanlig-mall", "skane", "1948-12-05M", [
    note("n1", M, "Läkaranteckning", "S_IVA_LUND", "Jonas Hedberg", L, "2024-11-20T16:05", [
        ("Bedömning", "Kardiogen chock med uttalad vänsterkammarhypertrofi utan hypertoni i anamnesen. Levosimendan startat."),
        ("Tidiga hypoteser", "Misstänkt transtyretinamyloidos som grund till hjärtsvikten; DPD-scintigrafi när pat är stabil."),
    ])],
    [["NL102", "n1"]], [],
    "Skåne protects by template, not sökord: a 'Tidiga hypoteser' section inside an ordinary Läkaranteckning stays visible")

case("d126-vgr-th-mall-vanligt-sokord", "vgr", "1973-06-18F", [
    note("n1", M, "Tidiga hypoteser", "V_CIVA_SU", "Mats Öberg", L, "2024-12-02T10:10", [
        ("Bedömning", "Lungblödning och snabbt stigande kreatinin. Misstänkt ANCA-associerad vaskulit, ANCA och anti-GBM skickade akut."),
    ])],
    [["NL102", "n1"]], [],
    "VGR filters by sökord: template named Tidiga hypoteser with an ordinary Bedömning sökord is not protected")

case("d126-hjarndod-misstanke-total-hjarninfarkt", "skane", "1982-07-27M", [
    note("n1", M, "Läkaranteckning", "S_NIVA", "Ulrika Sjöberg", L, "2024-04-28T18:35", [
        ("Aktuellt", "Stor spontan intracerebral blödning hö med inklämning, opererad i förrgår."),
        ("Status", "Utan sedering sedan 30 timmar, s-tiopental ej mätbart. Ljusstela vida pupiller bilat, kornealreflexer saknas, ingen hostreflex vid sugning."),
        ("Bedömning", "Misstanke om total hjärninfarkt. Klinisk neurologisk undersökning för att fastställa döden görs av två specialister under eftermiddagen."),
        ("Samtal med närstående", "Föräldrarna informerade om att han troligen inte kommer att överleva och att undersökning pågår."),
    ])],
    [["NL102", "n1"]], [],
    "brain death assessment: 'Misstanke om total hjärninfarkt' before the formal examination is a hedged diagnosis")

case("d126-mesenterialischemi-kan-inte-utesluta", "vgr", "1945-11-28F", [
    note("n1", M, "Jouranteckning", "V_IVA_SKAS", "Magnus Ståhl", L, "2024-07-30T03:05", [
        ("Bedömning", "Förmaksflimmer utan antikoagulantia, plötslig svår buksmärta, laktat 7,8. Kan inte utesluta mesenterialischemi. DT-angiografi akut, kärlkirurg informerad."),
    ])],
    [["NL102", "n1"]], [],
    "'Kan inte utesluta' before a diagnosis is a hedge, not a negation")

case("d126-oneliner-susp-vap", "vgr", "1952-02-02M", [
    note("n1", M, "Jouranteckning", "V_IVA_KUNG", "Daniel Krantz", L, "2024-10-22T23:35", [
        ("Bedömning", "Temp 39,2 och ökande segt sekret dag 8 i respirator, susp VAP – odlingar tagna, antibiotika avvaktas till morgonronden."),
    ], signed=None)],
    [["NL102", "n1"]], [],
    "one-line unsigned note: 'susp VAP' without a dot is a hedge")

case("d126-typo-misstant-lungemboli", "skane", "1977-08-08F", [
    note("n1", M, "Läkaranteckning", "S_IVA_KRI", "Henrik Palm", L, "2024-11-25T13:15", [
        ("Aktuellt", "Dag 5 efter kolektomi, plötslig takykardi och syrgasbehov. D-dimer ej användbart postoperativt."),
        ("Bedömning", "Misstänt lungemboli, DT lungartärer beställd. Tinzaparin i behandlingsdos i väntan på svar."),
    ])],
    [["NL102", "n1"]], [],
    "typo 'Misstänt' before lungemboli is still a hedge")

case("d126-typo-kan-ej-utelsutas-epiduralabscess", "skane", "1969-10-04M", [
    note("n1", M, "Läkaranteckning", "S_IVA_HBG", "Fredrik Ljungberg", L, "2024-12-12T20:45", [
        ("Bedömning", "Feber, intensiv ryggsmärta och nytillkommen urinretention hos pat med S. aureus-bakteriemi. Spinal epiduralabscess kan ej utelsutas, akut MR hela ryggen."),
    ])],
    [["NL102", "n1"]], [],
    "typo 'kan ej utelsutas' after a diagnosis is a hedge")

case("d126-takotsubo-ev-efter-kolecystektomi", "vgr", "1957-10-09F", [
    note("n1", M, "Läkaranteckning", "V_IVA_SKAS", "Annika Roos", L, "2024-07-24T15:15", [
        ("Bedömning", "Lungödem och kardiogen chock efter akut kolecystektomi. Eko: apikal akinesi och ballongering med EF 25 %. Kranskärlsröntgen utan signifikanta stenoser. Ev. takotsubokardiomyopati."),
    ])],
    [["NL102", "n1"]], [],
    "'Ev.' before a diagnosis (takotsubokardiomyopati) is a hedge")

# =====================================================================
# NL102 negatives: negated, relative, non-diagnostic hedge, conditional,
# confirmed, protected, PMO
# =====================================================================

case("d126-neg-ingen-misstanke-vap", "skane", "1956-12-20M", [
    note("n1", M, "Daganteckning IVA", "S_IVA_MALMO", "Leila Haddad", L, "2024-01-23T10:30", [
        ("Aktuellt", "Dag 5 i respirator efter hjärtstopp på grund av kammarflimmer vid akut hjärtinfarkt. PCI mot LAD dag 1."),
        ("Status", "Afebril. Sparsamt klart trakealsekret. FiO2 0,30, PEEP 6."),
        ("Bedömning", "Ingen misstanke om VAP. Fortsatt spontanandningsförsök, extubationsbedömning i eftermiddag."),
    ])],
    [], [["NL102", "n1"], ["NL101", "n1"]],
    "negated suspicion ('Ingen misstanke om VAP'); the other diagnoses are settled")

case("d126-neg-talar-emot-sepsis", "vgr", "1983-01-19F", [
    note("n1", M, "Jouranteckning", "V_IVA_MOLNDAL", "Petra Almqvist", L, "2024-03-08T01:10", [
        ("Bedömning", "Feber 38,6 efter höftoperation. PCT 0,1, laktat 0,9 och opåverkad cirkulation talar emot sepsis. Ny kontroll i morgon bitti."),
    ])],
    [], [["NL102", "n1"]],
    "'talar emot sepsis' argues against the diagnosis; feber is a symptom")

case("d126-neg-meningit-avskrivs", "skane", "1999-11-11M", [
    note("n1", M, "Läkaranteckning", "S_IVA_KRI", "Henrik Palm", L, "2024-03-14T09:25", [
        ("Utredning", "LP: 2 celler, normalt protein och glukoskvot. Likvorodling negativ efter 48 h."),
        ("Bedömning", "Meningit avskrivs. Medvetandesänkningen förklaras av blandintoxikation med opioider och pregabalin, som nu klingat av."),
    ])],
    [], [["NL102", "n1"]],
    "'Meningit avskrivs' after LP; the remaining diagnosis is settled")

case("d126-neg-syster-misstankt-als", "vgr", "1958-04-04M", [
    note("n1", M, "Anhörigsamtal", "V_NIVA_SU", "Johanna Wikström", L, "2024-03-21T16:00", [
        ("Samtal med närstående", "Samtal med hustru och två vuxna barn om fortsatt respiratorbehandling efter hjärnstamsinfarkten. Familjen berättar att patientens syster har misstänkt ALS och utreds på annat sjukhus, vilket gör att de bär på mycket oro."),
        ("Bedömning", "Familjen har förstått allvaret. Vi fortsätter full behandling i ytterligare en vecka och gör då en ny bedömning tillsammans."),
    ])],
    [], [["NL102", "n1"]],
    "the hedged diagnosis (misstänkt ALS) belongs to the patient's sister")

case("d126-neg-ev-trakeotomi-plan", "skane", "1947-06-21M", [
    note("n1", M, "Daganteckning IVA", "S_IVA_LUND", "Sofie Grahn", L, "2024-04-03T11:10", [
        ("Aktuellt", "Dag 9 i respirator för pneumoni med respirationssvikt, KOL grad 3."),
        ("Planering", "Ev. trakeotomi nästa vecka om fortsatt respiratorbehov. Sederingsuppehåll varje morgon."),
    ])],
    [], [["NL102", "n1"]],
    "'Ev.' hedges a procedure (trakeotomi), not a diagnosis")

case("d126-neg-vid-misstanke-instruktion", "skane", "1951-10-30M", [
    note("n1", M, "Omvårdnadsanteckning", "S_IVA_YSTAD", "Jenny Axelsson", SSK, "2024-04-25T21:15", [
        ("Respiration", "Intuberad, tryckunderstöd 10/5. Munvård med klorhexidin kl 8, 14 och 20, huvudändan höjd 30 grader."),
        ("Planering", "Enligt ordination: vid misstanke om VAP ska trakealsekret tas före eventuell antibiotikaändring."),
    ])],
    [], [["NL102", "n1"]],
    "'vid misstanke om VAP' is a standing conditional instruction, not a suspicion about this patient")

case("d126-neg-om-feber-sok-utskrivning", "vgr", "1990-08-18F", [
    note("n1", M, "Utskrivningsanteckning", "V_IMA_OSTRA", "Sara Lindholm", L, "2024-05-02T12:30", [
        ("Sammanfattning", "Vårdad två dygn för diabetisk ketoacidos utlöst av gastroenterit. Ketoner normaliserade, äter och dricker."),
        ("Information", "Om feber, kräkningar eller blodsocker över 20 trots extra insulin – kontakta diabetesmottagningen eller sök akut."),
    ])],
    [], [["NL102", "n1"]],
    "conditional safety-net advice ('Om feber … sök akut') and settled diagnoses only")

case("d126-neg-bekraftad-ards-berlin", "skane", "1969-03-23M", [
    note("n1", M, "Läkaranteckning", "S_IVA_MALMO", "Oskar Wennerholm", L, "2024-05-10T10:00", [
        ("Bedömning", "ARDS enligt Berlinkriterierna, svår form med P/F 95 på PEEP 14, utlöst av influensa A-pneumoni. Bukläge 16 timmar per dygn."),
    ])],
    [], [["NL102", "n1"]],
    "confirmed ARDS by criteria, no hedge")

case("d126-neg-skane-th-mall-porfyri", "skane", "1986-09-24F", [
    note("n1", M, "Tidiga hypoteser", "S_IVA_LUND", "Sofie Grahn", L, "2024-05-21T17:30", [
        ("Bedömning", "Återkommande svåra buksmärtor, hyponatremi och kramper utan förklaring. Misstänkt akut intermittent porfyri, urin-PBG skickat."),
    ])],
    [], [["NL102", "n1"]],
    "Skåne: the hedge stands in a note whose template is Tidiga hypoteser, which is not shown")

case("d126-neg-vgr-th-sokord-myelom", "vgr", "1972-12-12M", [
    note("n1", M, "Läkaranteckning", "V_IVA_UDD", "Ali Rahimi", L, "2024-05-29T13:40", [
        ("Aktuellt", "Inlagd med svår hyperkalcemi, Ca 3,9, och akut njursvikt. Rehydrering och zoledronsyra givet."),
        ("Bedömning", "Förbättrad, Ca 3,1 i dag. Kan flyttas till medicin i morgon."),
        ("Tidiga hypoteser", "Misstänkt multipelt myelom – M-komponent och fria lätta kedjor skickade."),
    ])],
    [], [["NL102", "n1"]],
    "VGR: the only hedge is under the protected sökord Tidiga hypoteser")

case("d126-neg-pmo-vc-misstankt-ptsd", "skane", "1968-02-08F", [
    note("n1", P, "Besöksanteckning", "S_VC_ESLOV", "Gunilla Rask", L, "2024-06-05T09:30", [
        ("Anamnes", "Vårdades på IVA i Lund i mars för septisk chock. Sedan hemkomsten mardrömmar, koncentrationssvårigheter och undviker att prata om sjukhusvistelsen."),
        ("Bedömning", "Misstänkt PTSD efter intensivvård."),
        ("Planering", "Remiss till IVA-uppföljningsmottagningen i Lund och samtalskontakt hos vårdcentralens psykolog."),
    ], setting=OV)],
    [], [["NL102", "n1"]],
    "PMO never shows diagnoses: hedged PTSD at a vårdcentral after IVA care")

case("d126-neg-pmo-hemsjukvard-trolig-uvi", "skane", "1939-11-19F", [
    note("n1", P, "Hembesök", "S_HSV_HOOR", "Therese Olofsson", SSK, "2024-06-12T10:50", [
        ("Aktuellt", "Hembesök, utskriven från IVA Lund för två veckor sedan efter urosepsis. Nu illaluktande urin och lätt förvirrad enligt dottern."),
        ("Bedömning", "Trolig UVI igen, urinsticka positiv för nitrit och leukocyter. Kontakt med vårdcentralens läkare som ordinerar urinodling."),
    ], setting=OV)],
    [], [["NL102", "n1"]],
    "PMO home care nurse note with 'Trolig UVI': PMO hides diagnoses")

case("d126-neg-sannolikt-behov-respirator", "vgr", "1955-04-26M", [
    note("n1", M, "Läkaranteckning", "V_IVA_NAL", "Erik Sandström", L, "2024-06-20T15:45", [
        ("Utredning", "Legionella-antigen i urin positivt."),
        ("Samtal med närstående", "Dottern informerad om att pappan har en svår lunginflammation orsakad av legionella. Sannolikt behov av respiratorvård ytterligare några dygn, vi räknar med extubation tidigast till helgen."),
    ])],
    [], [["NL102", "n1"]],
    "'Sannolikt' hedges the expected length of ventilator care, the diagnosis is settled")

case("d126-neg-oklart-om-uppfattade", "skane", "1949-05-14M", [
    note("n1", M, "Omvårdnadsanteckning", "S_IVA_KRI", "Sara Nilsson", SSK, "2024-07-06T15:20", [
        ("Kommunikation", "Vaken efter extubation i morse, hes. Berättat för honom var han är och vad som hänt. Oklart om pat uppfattade informationen, upprepas i kväll och i morgon."),
    ])],
    [], [["NL102", "n1"]],
    "'Oklart om' concerns understanding, not a diagnosis")

case("d126-neg-fragestallning-dekanylering", "vgr", "1961-01-08M", [
    note("n1", M, "Läkaranteckning", "V_IVA_SAS", "Per Gustavsson", L, "2024-07-11T11:35", [
        ("Aktuellt", "Trakeotomerad sedan dag 12 efter svår covid-19-pneumoni, nu dag 28. Andas spontant med fuktnäsa dygnet runt."),
        ("Planering", "Frågeställning till ÖNH: kan pat dekanyleras före utflytt till lungavdelningen? Fiberendoskopi av svalget önskas."),
    ])],
    [], [["NL102", "n1"]],
    "'Frågeställning' and '?' concern decannulation, not a diagnosis")

case("d126-neg-hemolyserat-kaliumprov", "skane", "1974-10-10F", [
    note("n1", M, "Jouranteckning", "S_IVA_HBG", "Anna-Karin Mårtensson", L, "2024-07-19T03:45", [
        ("Utredning", "Kalium 6,4 i artärprov från nattens rutinlab, trol. hemolyserat prov. Omtaget venöst: 4,2."),
        ("Bedömning", "Ingen åtgärd behövs. Stabil septisk patient på 0,08 noradrenalin."),
    ], signed=None)],
    [], [["NL102", "n1"]],
    "'trol.' hedges a pre-analytical sample problem, not a disease")

case("d126-neg-felaktig-nollstallning", "vgr", "1946-08-06M", [
    note("n1", M, "Omvårdnadsanteckning", "V_TIVA_SU", "Mikael Strand", SSK, "2024-07-26T05:20", [
        ("Cirkulation", "Plötsligt uppmätt MAP 45 på artärnålen utan klinisk försämring, NIBP 88/55. Misstänkt felaktig nollställning av transducern, nollställt om och kontrollerat höjden. Därefter MAP 72."),
    ])],
    [], [["NL102", "n1"]],
    "'Misstänkt' hedges an equipment error, not a diagnosis")

case("d126-neg-total-hjarninfarkt-konstaterad", "skane", "1977-03-31F", [
    note("n1", M, "Läkaranteckning", "S_NIVA", "Viktor Bengtsson", L, "2024-08-12T14:05", [
        ("Status", "Andra kliniska neurologiska undersökningen genomförd kl 13.30: inga pupillreflexer, inga kornealreflexer, ingen reaktion på smärtstimulering inom trigeminusområdet, inga okulocefala eller vestibulo-okulära reflexer, ingen svalg- eller hostreflex. Apnétest: ingen andning vid PaCO2 8,9 kPa."),
        ("Bedömning", "Total hjärninfarkt konstaterad. Dödsförklarad 2024-08-12 kl 13.30."),
        ("Samtal med närstående", "Maken och systern informerade. Organdonation diskuteras, donationsansvarig ssk kontaktad."),
    ])],
    [], [["NL102", "n1"]],
    "brain death determined: settled diagnosis and negated reflexes, no hedge")

case("d126-typo-neg-ingen-missanke-endokardit", "vgr", "1984-12-29M", [
    note("n1", M, "Läkaranteckning", "V_IVA_ALIN", "Lars Ekdahl", L, "2024-08-22T13:00", [
        ("Bedömning", "Streptococcus dysgalactiae i blododling, fokus erysipelas vä ben. TEE ua, ingen missanke om endokardit. Bensylpenicillin fortsätter."),
    ])],
    [], [["NL102", "n1"]],
    "typo 'ingen missanke om' is still a negation")

case("d126-neg-pappa-trolig-hjartinfarkt", "vgr", "1970-11-02M", [
    note("n1", M, "IVA-uppföljning", "V_UPPF_SKAS", "Karin Holmgren", SSK, "2024-09-03T10:00", [
        ("Anamnes", "Vårdad på IVA Skövde i maj efter hjärtstopp vid kammarflimmer, fått ICD. Pappan dog i trolig hjärtinfarkt 52 år gammal, vilket pat tänker mycket på."),
        ("Aktuellt", "Orkar promenera 4 km. Sover bättre. Återgått till arbete 50 %."),
    ], setting=OV)],
    [], [["NL102", "n1"]],
    "the hedged diagnosis (trolig hjärtinfarkt) is the father's")

case("d126-neg-uppfoljning-inga-tecken-ptsd", "skane", "1959-02-25F", [
    note("n1", M, "IVA-uppföljning", "S_UPPF_LUND", "Maria Delgado", L, "2024-09-16T14:30", [
        ("Aktuellt", "Uppföljning sex månader efter IVA-vård för nekrotiserande pankreatit."),
        ("Bedömning", "Pat har själv läst om PTSD och undrar om det gäller henne. PCL-5 9 poäng och inga återupplevanden; inga tecken på PTSD. Kvarstående trötthet förklaras väl av den långa vårdtiden."),
    ], setting=OV)],
    [], [["NL102", "n1"]],
    "follow-up clinic: the patient's own question about PTSD is answered with a negation")

case("d126-neg-dd-aortadissektion-avskrivs", "vgr", "1952-07-15M", [
    note("n1", M, "Jouranteckning", "V_TIVA_SU", "Helena Berglund", L, "2024-09-24T22:50", [
        ("Bedömning", "Bröstsmärta som strålar mot ryggen och BT-skillnad mellan armarna. DD aortadissektion avskrivs efter DT-angio utan dissektion. Troponin T 850 med dynamik och ST-sänkningar: NSTEMI. Kranskärlsröntgen i morgon."),
    ])],
    [], [["NL102", "n1"]],
    "a differential that is explicitly 'avskrivs' is ruled out; NSTEMI is confirmed")

case("d126-typo-neg-eventulet-rontgen", "skane", "1943-05-28F", [
    note("n1", M, "Läkaranteckning", "S_IVA_KRI", "Henrik Palm", L, "2024-10-01T17:45", [
        ("Bedömning", "Extuberad i dag efter fyra dygn för exacerbation av KOL, andas med 1 l O2. Eventulet rtg pulm i morgon om ökat syrgasbehov."),
    ])],
    [], [["NL102", "n1"]],
    "typo 'Eventulet' hedges an examination (rtg), not a diagnosis")

case("d126-neg-talar-for-forbattrad-perfusion", "vgr", "1980-10-28F", [
    note("n1", M, "Daganteckning IVA", "V_CIVA_SU", "Linnea Forsberg", L, "2024-10-10T09:40", [
        ("Bedömning", "Septisk chock från kolangit, dränerad via PTC i går. Laktat fallit från 6,2 till 1,8 och diuresen kommit igång, vilket talar för förbättrad perfusion. Noradrenalin kan trappas ned."),
    ])],
    [], [["NL102", "n1"]],
    "'talar för' concerns a physiological improvement, not a diagnosis")

case("d126-neg-biva-invagination-uteslutes", "vgr", "2020-10-05F", [
    note("n1", M, "Läkaranteckning", "V_BIVA", "Elin Sjögren", L, "2024-11-05T12:15", [
        ("Bedömning", "RS-virusbronkiolit med apnéer, CPAP via näsgrimma. Kräkningar och uppblåst buk under natten, invagination uteslutes med ultraljud. Sondmatning pausas några timmar."),
    ])],
    [], [["NL102", "n1"]],
    "paediatric IVA, child under 13: ruled-out invagination and a confirmed bronchiolitis")

case("d126-neg-pmo-dd-lungemboli-vc", "skane", "1963-08-17M", [
    note("n1", P, "Besöksanteckning", "S_VC_KRI", "Björn Malmqvist", L, "2024-11-12T10:40", [
        ("Anamnes", "Utskriven från IVA Kristianstad för tre veckor sedan efter lång vård för pneumoni. Nu ökande andfåddhet och vadsmärta hö."),
        ("Bedömning", "DD lungemboli, djup ventrombos. Skickas till akuten för DT och ultraljud."),
    ], setting=OV)],
    [], [["NL102", "n1"]],
    "PMO vårdcentral note with a DD after IVA discharge: PMO hides diagnoses")

case("d126-neg-smarta-fragetecken", "vgr", "1941-04-14F", [
    note("n1", M, "Omvårdnadsanteckning", "V_IVA_KUNG", "Lina Johansson", SSK, "2024-11-18T04:05", [
        ("Omvårdnad", "Smärta? Grimaserar och spänner sig vid vändning, CPOT 4. Fentanyl 50 µg iv före nästa vändning, därefter CPOT 1."),
    ], signed=None)],
    [], [["NL102", "n1"]],
    "the question mark hedges a symptom (smärta), not a diagnosis")

# =====================================================================
# NL101 positives: diagnosis visible while the note says the patient is not told
# =====================================================================

case("d126-nl101-hypoxisk-hjarnskada-hustru-informerad", "vgr", "1954-01-26M", [
    note("n1", M, "Läkaranteckning", "V_IVA_NAL", "Erik Sandström", L, "2024-01-29T15:35", [
        ("Utredning", "MR hjärna dag 5 efter hjärtstopp: utbredd diffusionsrestriktion i cortex och basala ganglier bilat. Svår hypoxisk hjärnskada."),
        ("Information", "Pat ej informerad, fortfarande djupt medvetandesänkt. Hustrun och sonen har fått beskedet vid samtal i eftermiddag tillsammans med ansvarig ssk."),
    ])],
    [["NL101", "n1"]], [["NL102", "n1"]],
    "sedated patient: relatives told about the hypoxic brain injury, patient not; settled diagnosis so no hedge")

case("d126-nl101-hiv-intuberad", "skane", "1976-09-09M", [
    note("n1", M, "Läkaranteckning", "S_IVA_MALMO", "Oskar Wennerholm", L, "2024-02-05T13:50", [
        ("Utredning", "HIV-1 ak/ag positivt, konfirmerat med immunoblot. CD4 40. Pneumocystis jirovecii påvisat i BAL."),
        ("Bedömning", "Pneumocystispneumoni vid nyupptäckt HIV-infektion med respirationssvikt."),
        ("Information", "Pat ej informerad om HIV-diagnosen, intuberad och sederad. Informeras av infektionsläkare så snart han är vaken."),
    ])],
    [["NL101", "n1"]], [["NL102", "n1"]],
    "new HIV diagnosis visible while the note says the intubated patient is not informed")

case("d126-nl101-mediainfarkt-postop", "vgr", "1947-02-14M", [
    note("n1", M, "Läkaranteckning", "V_TIVA_SU", "Helena Berglund", L, "2024-02-16T17:20", [
        ("Aktuellt", "Postop dag 1 efter aortaklaffbyte. Vid sederingsuppehåll i morse ingen rörelse i hö arm och ben."),
        ("Utredning", "DT hjärna och DT-angio: stor mediainfarkt vä, ej trombektomiläge pga tid sedan debut."),
        ("Information", "Patienten är fortfarande sederad och har inte informerats. Dottern informerad per telefon 16.45."),
    ])],
    [["NL101", "n1"]], [],
    "stroke after cardiac surgery: 'har inte informerats' while the infarct stands in Utredning")

case("d126-nl101-als-ej-underrattad", "skane", "1960-06-11M", [
    note("n1", M, "Läkaranteckning", "S_IVA_LUND", "Sofie Grahn", L, "2024-02-28T11:15", [
        ("Aktuellt", "Intuberad för hyperkapnisk andningssvikt för tio dagar sedan, svår att avveckla från respiratorn."),
        ("Utredning", "EMG visar utbredd denervation i tre regioner, kliniskt både övre och nedre motorneuronpåverkan. Neurolog har ställt diagnosen ALS."),
        ("Information", "Pat ej underrättad om diagnosen. Neurolog informerar när pat är extuberad och kan kommunicera, anhöriga vet att utredning pågår."),
    ])],
    [["NL101", "n1"]], [],
    "'ej underrättad om diagnosen' (ALS) in a visible note")

case("d126-nl101-ryggmargsskada-vet-annu-inte", "vgr", "1999-04-21M", [
    note("n1", M, "Läkaranteckning", "V_NIVA_SU", "Johanna Wikström", L, "2024-03-11T14:25", [
        ("Diagnos", "Komplett ryggmärgsskada nivå Th10 (AIS A) efter fall från ställning. Opererad med bakre fixation Th8–Th12."),
        ("Planering", "Patienten vet ännu inte om ryggmärgsskadan, varit sederad sedan operationen. Informeras i morgon förmiddag av ryggmärgsskadeteamet med mamman närvarande."),
    ])],
    [["NL101", "n1"]], [],
    "'vet ännu inte om' the injury under sökord Diagnos: told tomorrow, not yet")

case("d126-nl101-typo-infomerad-cirros", "skane", "1964-12-17M", [
    note("n1", M, "Läkaranteckning", "S_IVA_KRI", "Henrik Palm", L, "2024-03-16T10:05", [
        ("Bedömning", "Varicerblödning, ligerad via gastroskopi. Levercirros Child-Pugh C enligt DT och lab. Pat ej infomerad om cirrosen ännu – ska ske med gastroenterolog när han är mindre påverkad."),
    ])],
    [["NL101", "n1"]], [["NL102", "n1"]],
    "typo 'ej infomerad' about a visible cirrhosis diagnosis")

case("d126-nl101-smacellig-lungcancer-inget-besked", "vgr", "1951-05-08F", [
    note("n1", M, "Läkaranteckning", "V_IVA_SKAS", "Magnus Ståhl", L, "2024-03-25T16:00", [
        ("Utredning", "PAD från bronkoskopin: småcellig lungcancer. Stor central tumör som komprimerar vä huvudbronk."),
        ("Information", "Patienten har ännu inte fått besked om cancern, fortfarande intuberad. Maken informeras i kväll; onkolog kopplas in i morgon."),
    ])],
    [["NL101", "n1"]], [],
    "'har ännu inte fått besked om cancern' with the PAD visible")

case("d126-nl101-pankreascancer-ej-informerats", "skane", "1945-10-02F", [
    note("n1", M, "Daganteckning IVA", "S_IVA_MALMO", "Leila Haddad", L, "2024-04-02T12:45", [
        ("Aktuellt", "Inlagd med kolangit och septisk chock, ERCP med stent i går."),
        ("Utredning", "Leverbiopsi: metastas av adenokarcinom från pankreas. DT med tumör i pankreashuvudet och multipla levermetastaser."),
        ("Information", "Pat har inte informerats om cancerdiagnosen. Vill avvakta tills hon är cirkulatoriskt stabil och kan delta i samtalet."),
    ])],
    [["NL101", "n1"]], [["NL102", "n1"]],
    "settled pancreatic cancer in Utredning, 'har inte informerats' in the same note")

case("d126-nl101-candidemi-ej-hunnit", "vgr", "1958-08-23M", [
    note("n1", M, "Daganteckning IVA", "V_IVA_UDD", "Ali Rahimi", L, "2024-04-09T15:55", [
        ("Utredning", "Blododling från i förrgår: växt av Candida albicans i 2/2 flaskor."),
        ("Bedömning", "Candidemi med CVK som källa, katetern avlägsnad. Anidulafungin startat."),
        ("Information", "Har ej hunnit informera pat om candidemin, görs vid eftermiddagsronden."),
    ])],
    [["NL101", "n1"]], [],
    "'Har ej hunnit informera pat' about a visible candidaemia")

case("d126-nl101-perioperativ-infarkt-ovetande", "skane", "1949-07-18F", [
    note("n1", M, "Läkaranteckning", "S_IVA_HBG", "Anna-Karin Mårtensson", L, "2024-04-18T09:15", [
        ("Aktuellt", "Postoperativt efter höftfraktur, hypotensiv under operationen."),
        ("Utredning", "Troponin T 1 250 med dynamik, nya T-negativiteringar anterolateralt. Perioperativ hjärtinfarkt (typ 2)."),
        ("Information", "Pat ovetande om infarkten och inte informerad, dement och svårt att ta in information. Sonen, som är god man, informerad."),
    ])],
    [["NL101", "n1"]], [],
    "patient 'ovetande om infarkten och inte informerad'; only the son is told")

case("d126-nl101-make-vill-inte-att-hon-far-veta", "vgr", "1956-03-01F", [
    note("n1", M, "Läkaranteckning", "V_IVA_SAS", "Per Gustavsson", L, "2024-04-27T14:40", [
        ("Diagnos", "Ovarialcancer med peritoneal karcinos (PAD från laparoskopi), tarmobstruktion, postoperativ sepsis."),
        ("Samtal med närstående", "Maken vill att pat inte ska få veta om cancern förrän hon är hemma. Vi har förklarat att hon har rätt till information om hon frågar. Tills vidare ej informerad."),
    ])],
    [["NL101", "n1"]], [],
    "relative asks that the patient not be told; note says she is not yet informed of the visible cancer diagnosis")

case("d126-nl101-myelom-ej-meddelats", "skane", "1952-09-19M", [
    note("n1", M, "Läkaranteckning", "S_IVA_YSTAD", "Tobias Fransson", L, "2024-05-04T11:50", [
        ("Bedömning", "Hyperkalcemisk kris och njursvikt. Benmärg: 40 % plasmaceller, M-komponent IgG-kappa. Diagnosen multipelt myelom har ännu inte meddelats patienten, som är konfusorisk."),
    ])],
    [["NL101", "n1"]], [],
    "'har ännu inte meddelats patienten' in the same sentence as the diagnosis")

case("d126-nl101-typo-imformerad-saureus", "vgr", "1988-06-06M", [
    note("n1", M, "Jouranteckning", "V_IVA_MOLNDAL", "Petra Almqvist", L, "2024-05-15T19:30", [
        ("Utredning", "Svar från mikrobiologen i kväll: S. aureus-bakteriemi, MSSA, i 3/4 flaskor."),
        ("Åtgärd", "Byte till kloxacillin. Pat ej imformerad om odlingssvaret ännu, sover; tas vid ronden."),
    ], signed=None)],
    [["NL101", "n1"]], [],
    "typo 'ej imformerad' about a visible bacteraemia (a finding that is a diagnosis)")

case("d126-nl101-misstankt-cjd-ej-informerad", "skane", "1950-11-25F", [
    note("n1", M, "Läkaranteckning", "S_NIVA", "Viktor Bengtsson", L, "2024-05-23T16:10", [
        ("Utredning", "Snabbt progredierande demens och myoklonier på fem veckor. EEG med periodiska skarpa vågor, MR med kortikal diffusionsrestriktion."),
        ("Bedömning", "Misstänkt Creutzfeldt-Jakobs sjukdom, 14-3-3 och RT-QuIC i likvor skickat."),
        ("Information", "Pat ej informerad om misstanken, kan inte ta in information. Döttrarna informerade."),
    ])],
    [["NL101", "n1"], ["NL102", "n1"]], [],
    "hedged diagnosis in visible Bedömning and the note says the patient is not told: both rules apply")

case("d126-nl101-skane-th-sokord-ej-skyddat", "skane", "1966-04-13F", [
    note("n1", M, "Läkaranteckning", "S_IVA_LUND", "Jonas Hedberg", L, "2024-06-03T15:20", [
        ("Aktuellt", "Dag 3 efter leverresektion, blödning som krävde reoperation. Nu stabil."),
        ("Tidiga hypoteser", "PAD från resektatet visade kolangiokarcinom, inte ett benignt adenom som man först trott. Pat ej informerad, kirurgen tar samtalet när pat är på avdelningen."),
    ])],
    [["NL101", "n1"]], [["NL102", "n1"]],
    "Skåne: sökord Tidiga hypoteser inside an ordinary Läkaranteckning is visible, so the untold cancer is exposed")

case("d126-nl101-multinote-aml-ssk-utan-info", "vgr", "1968-01-17M", [
    note("n1", M, "Läkaranteckning", "V_CIVA_SU", "Linnea Forsberg", L, "2024-06-11T10:30", [
        ("Utredning", "Benmärgsaspirat: akut myeloisk leukemi, 62 % blaster."),
        ("Bedömning", "Neutropen sepsis och respirationssvikt vid nydebuterad AML. Hematolog planerar induktion när cirkulationen är stabil."),
        ("Information", "Pat sederad och ej informerad om leukemin. Sambon informerad av hematolog och mig."),
    ]),
    note("n2", M, "Omvårdnadsanteckning", "V_CIVA_SU", "Emelie Nordin", SSK, "2024-06-11T20:15", [
        ("Omvårdnad", "Skyddsisolering enligt rutin för neutropen pat med AML. Munvård, trycksårsprofylax var 3:e timme. Sambon på besök i kväll."),
    ])],
    [["NL101", "n1"]], [["NL101", "n2"]],
    "n1 says the patient is not told about AML; the later nurse note names AML but says nothing about telling")

case("d126-nl101-vantar-med-besked-hjarnblodning", "skane", "1955-02-06M", [
    note("n1", M, "Läkaranteckning", "S_TIVA", "Gustav Lind", L, "2024-06-20T12:05", [
        ("Aktuellt", "ECMO-behandlad kardiogen chock, heparin. Anisokori i morse."),
        ("Utredning", "DT hjärna: intracerebral blödning 4 cm hö frontalt med lätt överskjutning av medellinjen."),
        ("Information", "Väntar med att informera pat om hjärnblödningen tills han är mer vaken. Frun informerad på plats."),
    ])],
    [["NL101", "n1"]], [],
    "'Väntar med att informera pat' about a visible intracerebral haemorrhage")

case("d126-nl101-typo-inforemrad-hepatit-c", "vgr", "1993-10-30F", [
    note("n1", M, "Läkaranteckning", "V_IVA_ALIN", "Lars Ekdahl", L, "2024-06-28T10:20", [
        ("Utredning", "Vid intoxikationsutredningen HCV-antikroppar och HCV-RNA positivt: kronisk hepatit C."),
        ("Information", "Pat ej inforemrad om hepatit C, fortfarande påverkad av bensodiazepiner. Smittskyddsanmälan görs."),
    ])],
    [["NL101", "n1"]], [],
    "typo 'ej inforemrad' about a visible hepatitis C diagnosis")

case("d126-nl101-njursvikt-informeras-inte-forran", "skane", "1942-08-01M", [
    note("n1", M, "Läkaranteckning", "S_IMA_MALMO", "Nadia Petrović", L, "2024-07-08T13:30", [
        ("Bedömning", "Kronisk njursvikt stadium 5 utan tidigare känd njursjukdom, eGFR 6, små njurar på ultraljud."),
        ("Planering", "Patienten informeras inte om njursvikten förrän nefrolog kan delta i samtalet på torsdag, eftersom frågan om dialys måste tas upp samtidigt."),
    ])],
    [["NL101", "n1"]], [],
    "'informeras inte om njursvikten förrän' on an intermediate care unit")

case("d126-nl101-glioblastom-lang-anteckning", "vgr", "1961-12-03M", [
    note("n1", M, "Läkaranteckning", "V_CIVA_SU", "Mats Öberg", L, "2024-07-17T17:55", [
        ("Aktuellt", "Inkom i natt med status epilepticus, intuberad på akuten. Ingen tidigare känd sjukdom förutom hypotyreos."),
        ("Status", "Sederad med propofol, RASS -4. Pupiller lika, reagerar. Cirk stabil utan stöd. Lungor: vesikulärt bilat."),
        ("Utredning", "MR hjärna: stor expansiv process vä temporalt med ringformigt kontrastuppladdande kant och ödem. Stereotaktisk biopsi i dag: glioblastom, IDH-vildtyp."),
        ("Bedömning", "Glioblastom vä temporallob med status epilepticus, nu anfallsfri på levetiracetam och lakosamid. Betametason insatt."),
        ("Samtal med närstående", "Makan informerad om att MR och biopsi visat en elakartad hjärntumör. Hon önskar vara med när patienten får beskedet. Patienten själv ännu ej informerad, sederad."),
        ("Planering", "Väckningsförsök i morgon. Neurokirurg och onkolog kontaktade."),
    ], signed=90)],
    [["NL101", "n1"]], [["NL102", "n1"]],
    "long multi-section IVA chart: the untold glioblastoma is in Bedömning, the withholding sentence in Samtal med närstående")

case("d126-nl101-lymfom-ej-delgiven", "vgr", "1974-03-22F", [
    note("n1", M, "Läkaranteckning", "V_IVA_OSTRA", "Jakob Åkesson", L, "2024-07-23T09:35", [
        ("Bedömning", "Vena cava superior-syndrom och luftvägskompression av mediastinal tumör. PAD: diffust storcelligt B-cellslymfom. Diagnosen ej delgiven pat ännu, hematolog har samtal med pat och maken i eftermiddag."),
    ])],
    [["NL101", "n1"]], [],
    "'Diagnosen ej delgiven pat ännu' next to the lymphoma PAD")

case("d126-nl101-epikris-skivepitelcancer", "skane", "1957-05-29M", [
    note("n1", M, "Epikris", "S_IVA_HBG", "Rasmus Holm", L, "2024-08-06T14:00", [
        ("Sammanfattning", "Vårdad på IVA 2024-07-28 till 2024-08-06 för pneumokockpneumoni med septisk chock och respiratorbehov i fyra dygn."),
        ("Vårdförlopp", "Under vårdtiden sågs på DT thorax en 3 cm tumör i vä överlob; bronkoskopi med biopsi visade skivepitelcancer. Pat är inte informerad om cancerdiagnosen – var för trött och förvirrad under IVA-tiden."),
        ("Planering", "Avdelningsläkare ombeds informera pat när han är orienterad. Remiss till lungmottagningen är skickad."),
    ], signed=180)],
    [["NL101", "n1"]], [],
    "IVA discharge summary hands over an untold cancer diagnosis in a visible section")

case("d126-nl101-telefon-son-lillhjarnsblodning", "vgr", "1939-03-10M", [
    note("n1", M, "Telefonanteckning", "V_IVA_SKAS", "Annika Roos", L, "2024-08-14T02:20", [
        ("Telefonkontakt", "Ringt sonen i natt. Informerad om att hans pappa fått en blödning i lillhjärnan under natten och flyttats till IVA för övervakning. Pat själv somnolent och ej informerad om blödningen."),
    ], signed=None)],
    [["NL101", "n1"]], [],
    "telephone note to a relative: the cerebellar haemorrhage is visible and the patient is not informed")

case("d126-nl101-tuberkulos-tolk-i-morgon", "skane", "1990-07-07M", [
    note("n1", M, "Läkaranteckning", "S_IVA_MALMO", "Johan Sundberg", L, "2024-08-24T18:10", [
        ("Utredning", "Mycobacterium tuberculosis-komplex påvisat med PCR i BAL. Lungtuberkulos med kavitet hö ovanlob."),
        ("Information", "Pat ej informerad om tuberkulosen ännu, talar endast tigrinja. Informeras i morgon med kontakttolk; smittspårning påbörjas därefter."),
    ])],
    [["NL101", "n1"]], [],
    "untold tuberculosis, to be told tomorrow with an interpreter")

case("d126-nl101-ssk-hjarnstamsinfarkt-hustru", "vgr", "1967-09-27M", [
    note("n1", M, "Omvårdnadsanteckning", "V_IVA_KUNG", "Lina Johansson", SSK, "2024-09-07T21:00", [
        ("Psykosocialt", "Hustrun frågar hur mycket pat vet om strokeskadan. Enligt läkaren har pat inte informerats om hjärninfarkten i hjärnstammen ännu – det görs vid ronden i morgon. Hustrun ombedd att inte själv ta upp det i kväll."),
    ])],
    [["NL101", "n1"]], [],
    "nurse note repeats that the patient has not been told of the brainstem infarction")

case("d126-nl101-typo-infromerad-lungfibros", "skane", "1953-02-13M", [
    note("n1", M, "Läkaranteckning", "S_IVA_KRI", "Elsa Forsman", L, "2024-09-18T11:00", [
        ("Bedömning", "Akut exacerbation av idiopatisk lungfibros, HRCT med UIP-mönster och nytillkomna matglasförändringar. Ej aktuell för lungtransplantation. Pat ej infromerad om fibrosdiagnosen; dottern har fått information."),
    ])],
    [["NL101", "n1"]], [],
    "typo 'ej infromerad' about a visible pulmonary fibrosis diagnosis")

case("d126-nl101-hcc-ska-inte-fa-veta", "skane", "1972-08-30M", [
    note("n1", M, "Läkaranteckning", "S_IVA_LUND", "Maria Delgado", L, "2024-10-05T16:40", [
        ("Bedömning", "Hepatocellulär cancer med tumörruptur och intraabdominell blödning, embolisering gjord i dag."),
        ("Information", "Enligt överenskommelse med kirurgen ska pat inte få veta om cancern förrän i samband med MDK-beskedet nästa vecka."),
    ])],
    [["NL101", "n1"]], [],
    "'ska inte få veta om cancern förrän' while the cancer stands in Bedömning")

case("d126-nl101-njurcancer-vet-inget-an", "vgr", "1946-11-11F", [
    note("n1", M, "Läkaranteckning", "V_IVA_MOLNDAL", "Petra Almqvist", L, "2024-10-24T14:30", [
        ("Utredning", "Vid DT buk som gjordes för fokussökning sågs multipla skelettmetastaser och en tumör i vä njure. Biopsi från skelettet: metastas av klarcellig njurcancer."),
        ("Information", "Patienten vet inget om njurcancern än; hon har varit för påverkad av sepsisen. Planeras samtal med urolog när hon flyttat till avdelning."),
    ])],
    [["NL101", "n1"]], [],
    "'vet inget om njurcancern än' – incidental cancer found during sepsis work-up, patient not told")

# =====================================================================
# NL101 negatives
# =====================================================================

case("d126-nl101-neg-hiv-informerad-idag", "skane", "1980-04-04M", [
    note("n1", M, "Läkaranteckning", "S_IVA_MALMO", "Oskar Wennerholm", L, "2024-01-31T14:45", [
        ("Bedömning", "Nydiagnostiserad HIV-infektion med pneumocystispneumoni, nu extuberad och orienterad."),
        ("Information", "Pat informerad idag om HIV-diagnosen tillsammans med infektionsläkare. Tog beskedet lugnt, ställde relevanta frågor. Kuratorskontakt erbjuden."),
    ])],
    [], [["NL101", "n1"], ["NL102", "n1"]],
    "the patient was told today")

case("d126-nl101-neg-als-kanner-till", "vgr", "1955-09-15M", [
    note("n1", M, "Inskrivningsanteckning IVA", "V_IVA_NAL", "Erik Sandström", L, "2024-02-10T10:50", [
        ("Anamnes", "ALS sedan 2022, känner väl till sin diagnos och har upprättat vårdplan med neuroteamet. Inlagd med aspirationspneumoni och hyperkapni."),
        ("Bedömning", "Enligt patientens tidigare uttalade vilja ingen intubation. NIV och antibiotika."),
    ])],
    [], [["NL101", "n1"]],
    "the patient has known the diagnosis for years")

case("d126-nl101-neg-typo-informerd-datum-flytt", "skane", "1948-01-12M", [
    note("n1", M, "Omvårdnadsanteckning", "S_IVA_LUND", "Malin Ekholm", SSK, "2024-02-22T19:25", [
        ("Omvårdnad", "Trakeotomerad efter Guillain-Barrés syndrom, kommunicerar med bokstavstavla. Pat ännu ej informerd om datum för flytt till rehabavdelningen i Orup, besked väntas i morgon."),
    ])],
    [], [["NL101", "n1"]],
    "typo 'ej informerd': what is not told is a transfer date, not a diagnosis")

case("d126-nl101-neg-remiss-skickad", "vgr", "1962-11-08F", [
    note("n1", M, "Läkaranteckning", "V_IVA_SAS", "Per Gustavsson", L, "2024-03-06T15:10", [
        ("Bedömning", "Critical illness-polyneuropati verifierad med neurografi. Ska till rehabiliteringsmedicin efter IVA."),
        ("Planering", "Remiss till rehabiliteringsmedicin Borås skickad i dag; pat ej informerad om att remissen gått iväg, tas upp i morgon."),
    ])],
    [], [["NL101", "n1"]],
    "what is not told is that a referral was sent")

case("d126-nl101-neg-mr-normal-ej-informerad", "skane", "1971-10-21M", [
    note("n1", M, "Daganteckning IVA", "S_IVA_HBG", "Rasmus Holm", L, "2024-03-13T13:30", [
        ("Aktuellt", "Dag 4 efter hjärtstopp vid kammarflimmer, extuberad i går. Känd ischemisk hjärtsjukdom."),
        ("Utredning", "MR hjärna utan patologiska fynd. Pat ännu ej informerad om svaret, sov vid ronden."),
    ])],
    [], [["NL101", "n1"]],
    "the untold result is normal (MR utan patologiska fynd), not a diagnosis")

case("d126-nl101-neg-pat-informerad-maken-ej", "vgr", "1987-01-25F", [
    note("n1", M, "Läkaranteckning", "V_IVA_OSTRA", "Jakob Åkesson", L, "2024-03-29T11:20", [
        ("Bedömning", "Pneumocystispneumoni vid HIV-infektion, ej tidigare känd."),
        ("Information", "Pat informerad i dag om HIV-diagnosen. Hon vill inte att maken informeras ännu och vi respekterar det; infektionsläkare stöttar i frågan om smittspårning."),
    ])],
    [], [["NL101", "n1"]],
    "the patient is told; only the husband is not")

case("d126-nl101-neg-skane-th-mall-lungcancer", "skane", "1969-06-05M", [
    note("n1", M, "Tidiga hypoteser", "S_IVA_KRI", "Henrik Palm", L, "2024-04-06T17:00", [
        ("Bedömning", "DT thorax i samband med sepsisutredningen: spikulerad 25 mm förändring vä underlob, misstänkt lungcancer. Pat ej informerad, sederad. Utredning via lungmottagningen efter IVA-vården."),
    ])],
    [], [["NL101", "n1"], ["NL102", "n1"]],
    "Skåne: the untold, hedged finding sits in a Tidiga hypoteser template note")

case("d126-nl101-neg-vgr-th-sokord-njurtumor", "vgr", "1959-04-18M", [
    note("n1", M, "Läkaranteckning", "V_IVA_SKAS", "Annika Roos", L, "2024-04-14T14:15", [
        ("Bedömning", "Urosepsis med E. coli, nu stabil utan vasopressorer. Pat vaken och informerad om infektionen och behandlingen."),
        ("Planering", "Flytt till medicinavdelning i morgon. Pat ej informerad om fyndet som beskrivs under Tidiga hypoteser."),
        ("Tidiga hypoteser", "DT buk: 6 cm solid njurtumör hö, troligen njurcellscancer. Tas upp med urolog innan pat informeras."),
    ])],
    [], [["NL101", "n1"], ["NL102", "n1"]],
    "VGR: the untold diagnosis is only under sökord Tidiga hypoteser; the visible diagnosis (urosepsis) was told")

case("d126-nl101-neg-inget-sagt-om-information", "skane", "1944-12-01F", [
    note("n1", M, "Daganteckning IVA", "S_IVA_YSTAD", "Tobias Fransson", L, "2024-04-20T11:10", [
        ("Aktuellt", "Dag 3 för exacerbation av hjärtsvikt och pneumoni, NIV intermittent."),
        ("Status", "Vaken, orienterad. AF 22, SpO2 94 % på 3 l. Krepitationer basalt bilat, ödem till knäna."),
        ("Bedömning", "Hjärtsvikt med nedsatt ejektionsfraktion (EF 30 %) och pneumoni. Förbättras långsamt med diuretika."),
        ("Planering", "Furosemid 40 mg x 2 iv, vikt dagligen. Utflytt till kardiologen när NIV ej längre behövs."),
    ])],
    [], [["NL101", "n1"], ["NL102", "n1"]],
    "diagnoses visible but nothing is said about telling the patient")

case("d126-nl101-neg-uppfoljning-informeras-idag-emboli", "vgr", "1963-07-23F", [
    note("n1", M, "IVA-uppföljning", "V_UPPF_SU", "Ingrid Ek", L, "2024-05-07T13:15", [
        ("Aktuellt", "Återbesök fyra månader efter IVA-vård för sepsis med endokardit."),
        ("Information", "Patienten hade inte tidigare fått veta att MR under IVA-vården visade en liten septisk emboli i vänster lillhjärnshemisfär. Informeras idag; hon kände igen balanssvårigheterna och tyckte det var skönt att få en förklaring."),
    ], setting=OV)],
    [], [["NL101", "n1"]],
    "follow-up clinic: 'hade inte tidigare fått veta' but the patient is told today")

case("d126-nl101-neg-prognos-ej-informerad", "skane", "1958-10-14M", [
    note("n1", M, "Läkaranteckning", "S_IVA_LUND", "Maria Delgado", L, "2024-05-17T15:25", [
        ("Bedömning", "Akut myeloisk leukemi med komplex karyotyp och invasiv aspergillos."),
        ("Information", "Pat informerad om diagnosen AML och svampinfektionen av hematolog i går. Ännu inte informerad om den dåliga prognosen, vilket hematologen tar upp vid nästa samtal."),
    ])],
    [], [["NL101", "n1"]],
    "diagnoses told; only the prognosis (not a diagnosis) is untold")

case("d126-nl101-neg-sonens-dod-ej-beratt", "vgr", "1973-09-05M", [
    note("n1", M, "Läkaranteckning", "V_CIVA_SU", "Linnea Forsberg", L, "2024-05-25T16:30", [
        ("Bedömning", "Multitrauma efter trafikolycka: lungkontusion bilat, mjältruptur (splenektomerad), bäckenfraktur. Extuberad i morse, vaken."),
        ("Information", "Pat informerad om sina skador och operationerna. Pat har inte fått veta att sonen, som också satt i bilen, avled på olycksplatsen; familjen önskar vara med och kurator samt präst planerar samtalet i eftermiddag."),
    ])],
    [], [["NL101", "n1"]],
    "what is withheld is a relative's death, not a diagnosis of the patient; the injuries were told")

case("d126-nl101-neg-trakeotomi-ej-informerad", "vgr", "1951-12-11M", [
    note("n1", M, "Läkaranteckning", "V_IVA_MOLNDAL", "Petra Almqvist", L, "2024-06-15T10:55", [
        ("Aktuellt", "Dag 11 i respirator efter pneumoni med ARDS, flera misslyckade avvecklingsförsök."),
        ("Planering", "Kirurgisk trakeotomi planerad på onsdag. Pat ej informerad om den planerade trakeotomin, sederad; hustrun tillfrågad och positiv."),
    ])],
    [], [["NL101", "n1"]],
    "what is not told is a planned procedure, not a diagnosis")

case("d126-nl101-neg-provsvar-vantas", "skane", "1984-02-09F", [
    note("n1", M, "Läkaranteckning", "S_IVA_LUND", "Sofie Grahn", L, "2024-06-22T14:50", [
        ("Bedömning", "Alveolär blödning och njurpåverkan, orsak ännu okänd. Plasmaferes startad empiriskt."),
        ("Information", "Pat ej informerad om provsvar ännu – ANCA och anti-GBM väntas i morgon. Informerad om att vi utreder orsaken till blödningen."),
    ])],
    [], [["NL101", "n1"]],
    "the untold item is a pending result; the bleeding itself was explained")

case("d126-nl101-multinote-sab-informerad-senare", "vgr", "1965-08-19F", [
    note("n1", M, "Läkaranteckning", "V_NIVA_SU", "Johanna Wikström", L, "2024-07-03T11:00", [
        ("Bedömning", "Subaraknoidalblödning från rupturerat aneurysm i a. communicans anterior, coilad. Vasospasm dag 6, nimodipin."),
        ("Information", "Pat sederad, ej informerad om blödningen. Maken har fått information av neurokirurg."),
    ]),
    note("n2", M, "Läkaranteckning", "V_NIVA_SU", "Oscar Lindahl", L, "2024-07-09T14:30", [
        ("Information", "Pat vaken sedan två dagar. Informerad idag om subaraknoidalblödningen, coilingen och att vasospasmperioden är över. Förstår, frågar om bilkörning."),
    ])],
    [["NL101", "n1"]], [["NL101", "n2"]],
    "n1 withholds the SAH diagnosis; the later note n2 tells the patient and must not fire")

case("d126-nl101-neg-typo-infomerad-legionella", "skane", "1957-03-17M", [
    note("n1", M, "Läkaranteckning", "S_IVA_HBG", "Rasmus Holm", L, "2024-07-13T15:15", [
        ("Bedömning", "Legionellapneumoni, urinantigen positivt. Smittskyddsanmäld."),
        ("Information", "Pat infomerad om diagnosen i samband med ronden och om att smittkällan utreds av kommunen."),
    ])],
    [], [["NL101", "n1"]],
    "typo 'infomerad' in a positive statement: the patient was told")

case("d126-nl101-neg-uppfoljning-kanner-till-hjarnskada", "vgr", "1978-11-30M", [
    note("n1", M, "IVA-uppföljning", "V_UPPF_SKAS", "Karin Holmgren", SSK, "2024-07-31T10:30", [
        ("Aktuellt", "Sex månader efter hjärtstopp. Lätt hypoxisk hjärnskada med minnesstörning, vilket pat och sambo känner till sedan vårdtiden på neurorehab."),
        ("Planering", "Kognitiv utredning via arbetsterapeut fortsätter. Ny kontakt om tre månader."),
    ], setting=OV)],
    [], [["NL101", "n1"]],
    "follow-up: the patient has known of the brain injury since earlier care")

case("d126-nl101-neg-informerat-om-lungemboli", "skane", "1985-05-01F", [
    note("n1", M, "Läkaranteckning", "S_IVA_MALMO", "Johan Sundberg", L, "2024-08-08T12:10", [
        ("Bedömning", "Massiv lungemboli med högerkammarsvikt, trombolyserad på akuten. Nu stabil utan inotropi."),
        ("Information", "Pat vaken och kontaktbar. Jag har informerat henne om lungembolin och om behandlingen med blodförtunnande, samt att p-piller inte ska användas framöver."),
    ])],
    [], [["NL101", "n1"]],
    "the author informed the patient of the diagnosis")

case("d126-nl101-neg-ssk-besked-av-dr-igar", "vgr", "1960-02-21M", [
    note("n1", M, "Omvårdnadsanteckning", "V_IVA_UDD", "Ida Bergström", SSK, "2024-08-17T09:45", [
        ("Psykosocialt", "Pat fick igår besked av dr om sin nyupptäckta lungcancer. Ledsen i natt, har pratat länge med nattsköterskan. Vill träffa kurator och prata med sin dotter i dag."),
    ])],
    [], [["NL101", "n1"]],
    "nurse note: the cancer diagnosis was told yesterday")

case("d126-nl101-neg-telefon-dotter-pat-vet", "vgr", "1943-01-06F", [
    note("n1", M, "Telefonanteckning", "V_IVA_ALIN", "Lars Ekdahl", L, "2024-09-10T20:30", [
        ("Telefonkontakt", "Dotter ringer, kände inte till att mamma lagts in. Pat själv informerad om urosepsis och gav i morse samtycke till att vi lämnar information till dottern. Dottern informerad om läget, kommer på besök i morgon."),
    ])],
    [], [["NL101", "n1"]],
    "telephone note: the daughter did not know, the patient did")

case("d126-nl101-neg-uppfoljning-pics-lang", "skane", "1966-06-16M", [
    note("n1", M, "IVA-uppföljning", "S_UPPF_HBG", "Rasmus Holm", L, "2024-10-14T09:00", [
        ("Aktuellt", "Uppföljningsbesök tre månader efter 9 dygns IVA-vård för ARDS orsakad av influensa A."),
        ("Anamnes", "Trött, orkar halvdagar. Kortare minne enligt frun. Känselbortfall i fötterna."),
        ("Status", "Saturation 96 % i vila, 90 % efter trappgång. Nedsatt vibrationssinne distalt bilat."),
        ("Bedömning", "Post-intensive care syndrome med kognitiv påverkan. Kvarstående critical illness-polyneuropati, verifierad med neurografi under vårdtiden."),
        ("Planering", "Spirometri med diffusionskapacitet, fysioterapi via vårdcentral. Återbesök om sex månader."),
    ], setting=OV)],
    [], [["NL101", "n1"]],
    "follow-up clinic note with settled diagnoses and nothing about (not) telling")

case("d126-nl101-neg-kand-brostcancerprogress", "vgr", "1950-09-03F", [
    note("n1", M, "Inskrivningsanteckning IVA", "V_IVA_SKAS", "Annika Roos", L, "2024-10-26T22:40", [
        ("Anamnes", "Metastaserad bröstcancer, informerad om progress med levermetastaser av onkolog förra veckan. Inkommer nu med neutropen feber och septisk chock efter cytostatika."),
        ("Bedömning", "Neutropen sepsis. Begränsningar i vården diskuterade med pat, som är klar och vill ha IVA-vård men inte HLR."),
    ])],
    [], [["NL101", "n1"]],
    "the patient was told about the metastases earlier by the oncologist")

case("d126-nl101-neg-informerad-men-minns-inte", "skane", "1941-07-22F", [
    note("n1", M, "Omvårdnadsanteckning", "S_IVA_KRI", "Sara Nilsson", SSK, "2024-11-04T14:00", [
        ("Kommunikation", "Frågar återigen varför hon inte kan röra vänster arm. Har fått information om hjärninfarkten av läkare både i går och i dag men minns det inte, förklarat igen av ssk med enkla ord."),
    ])],
    [], [["NL101", "n1"]],
    "the patient has been told twice but does not remember: told, so no NL101")

case("d126-nl101-neg-ej-informerad-om-blodgivare", "vgr", "1982-05-19M", [
    note("n1", M, "Daganteckning IVA", "V_IVA_KUNG", "Daniel Krantz", L, "2024-11-21T10:25", [
        ("Bedömning", "Övre GI-blödning från duodenalsår, behandlat endoskopiskt. Pat informerad om såret och om att Helicobacter-test tas."),
        ("Planering", "Pat ännu ej informerad om att han fått 8 E blod och därför inte får ge blod själv framöver, tas upp före utflytt."),
    ])],
    [], [["NL101", "n1"]],
    "what is untold is transfusion history and its consequence, not a diagnosis; the ulcer was told")

case("d126-nl101-neg-skane-th-separat-not-avdelning", "skane", "1954-03-09M", [
    note("n1", M, "Läkaranteckning", "S_IVA_LUND", "Nils Björk", L, "2024-12-04T13:40", [
        ("Bedömning", "Aspirationspneumoni efter alkoholintoxikation, förbättrad. Pat informerad om lunginflammationen."),
        ("Planering", "Pat ej informerad om vilken avdelning han flyttas till, vårdplatskoordinator återkommer."),
    ]),
    note("n2", M, "Tidiga hypoteser", "S_IVA_LUND", "Nils Björk", L, "2024-12-04T13:55", [
        ("Bedömning", "Makrocytos, trombocytopeni och förhöjda leverprover: misstänkt alkoholrelaterad levercirros. Pat ej informerad, tas upp med beroendeläkare."),
    ])],
    [], [["NL101", "n1"], ["NL101", "n2"]],
    "Skåne: the untold hypothesis lives in a separate Tidiga hypoteser note (n2); the visible note n1 withholds only a ward name")


# ---------------------------------------------------------------- build & validate

def luhn_check_digit(nine):
    s = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return (10 - s % 10) % 10


def luhn_ok(ten):
    return luhn_check_digit(ten[:9]) == int(ten[9])


def make_pnr(birth, idx, sex):
    yymmdd = birth[2:4] + birth[5:7] + birth[8:10]
    base = 100 + (idx * 37) % 800
    ser = base - (base % 10)  # third digit chosen below
    d3 = (idx * 3) % 10
    if sex == "M" and d3 % 2 == 0:
        d3 += 1
    if sex == "F" and d3 % 2 == 1:
        d3 -= 1
    ser = f"{(ser // 10):02d}{d3}"
    check = luhn_check_digit(yymmdd + ser)
    return f"{birth.replace('-', '')}-{ser}{check}"


SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def age_on(birth, when):
    return when.year - birth.year - ((when.month, when.day) < (birth.month, birth.day))


def main():
    problems = []
    out = []
    names = set()
    sentences = {}
    for idx, c in enumerate(CASES):
        name = c["name"]
        if not name.startswith("d126-"):
            problems.append(f"{name}: bad prefix")
        if name in names:
            problems.append(f"{name}: duplicate case name")
        names.add(name)
        if c["ruleset"] not in ("skane", "vgr"):
            problems.append(f"{name}: bad ruleset")
        birth_s, sex = c["patient"][:10], c["patient"][10:]
        pnr = make_pnr(birth_s, idx, sex)
        ten = pnr[2:8] + pnr[9:]
        if not luhn_ok(ten) or pnr[:8] != birth_s.replace("-", ""):
            problems.append(f"{name}: bad personnummer {pnr}")
        birth = dt.date.fromisoformat(birth_s)
        notes = c["notes"]
        ids = [n["id"] for n in notes]
        if len(set(ids)) != len(ids):
            problems.append(f"{name}: duplicate note ids")
        times = []
        for n in notes:
            t = dt.datetime.fromisoformat(n["time"])
            times.append(t)
            if t.year != 2024:
                problems.append(f"{name}: note time not in 2024")
            if n["signed"] is not None:
                s = dt.datetime.fromisoformat(n["signed"])
                if s.year != 2024 or s < t:
                    problems.append(f"{name}: bad signed time")
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                problems.append(f"{name}: VGR note not Melior")
            if n["system"] not in ("Melior", "PMO"):
                problems.append(f"{name}: unknown system")
            a = age_on(birth, t.date())
            if 13 <= a <= 15:
                problems.append(f"{name}: patient aged {a}")
            for sec in n["sections"]:
                if not sec["keyword"] or not sec["text"].strip():
                    problems.append(f"{name}: empty section")
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in sentences and sentences[sent] != (name, n["id"], sec["keyword"]):
                            problems.append(f"{name}: sentence repeated (also in {sentences[sent][0]}): {sent!r}")
                        sentences.setdefault(sent, (name, n["id"], sec["keyword"]))
        last = max(times)
        as_of = dt.datetime(last.year, last.month, last.day) + dt.timedelta(days=1)
        if as_of.year != 2024:
            problems.append(f"{name}: as_of outside 2024")
        a = age_on(birth, as_of.date())
        if 13 <= a <= 15:
            problems.append(f"{name}: patient aged {a} at as_of")
        bynote = {n["id"]: n for n in notes}
        seen = set()
        for lst in ("must", "must_not"):
            for code, target in c[lst]:
                if code not in ("NL101", "NL102"):
                    problems.append(f"{name}: unexpected code {code}")
                if target not in bynote:
                    problems.append(f"{name}: target {target} missing")
                    continue
                if (code, target) in seen:
                    problems.append(f"{name}: {code}/{target} asserted twice")
                seen.add((code, target))
                sysname = bynote[target]["system"]
                if code == "NL102" and sysname != "Melior" and lst == "must":
                    problems.append(f"{name}: NL102 must on non-Melior")
                if code == "NL102" and sysname != "Melior" and lst == "must_not":
                    pass  # PMO hedges are must_not by convention
                if code == "NL101" and sysname == "PMO":
                    problems.append(f"{name}: NL101 asserted on PMO")
        if not c["must"] and not c["must_not"]:
            problems.append(f"{name}: nothing asserted")
        if not c["why"].strip():
            problems.append(f"{name}: empty why")
        out.append({
            "case": name,
            "ruleset": c["ruleset"],
            "record": {
                "patient": {"id": pnr, "birth_date": birth_s, "protected_identity": False},
                "as_of": as_of.strftime("%Y-%m-%dT%H:%M:%S"),
                "notes": notes,
                "access_events": [],
                "conversations": [],
                "treatments": [],
            },
            "must": c["must"],
            "must_not": c["must_not"],
            "why": c["why"],
        })
    # NL102 only ever asserted on Melior (must_not on PMO is allowed by the brief's convention)
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    cnt = {}
    for o in out:
        for lst in ("must", "must_not"):
            for code, _ in o[lst]:
                cnt[(code, lst)] = cnt.get((code, lst), 0) + 1
    print(f"wrote {len(out)} cases to {OUT}")
    for k in sorted(cnt):
        print(k, cnt[k])


if __name__ == "__main__":
    main()
