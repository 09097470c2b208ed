#!/usr/bin/env python3
"""NL1 development cases, set d33: whose and how certain.

Swedish sentence structure around a diagnosis: subordinate and relative clauses,
coordination, V2 word order after adverbials, reported speech and other people's
opinions, questions asked versus answered, conditionals and plans, comparisons,
hedges and negations at a distance, hedges on cause / side / severity / stage,
double negation, and relatives, partners and other patients as subjects.

Written from the regional routines (seeds/) and the rule catalog (DESIGN.md) only.
Only NL101 and NL102 are asserted.

Standard library only, deterministic. Writes nl1_dev33_cases.jsonl next to this file
and validates it; exits with status 1 on any problem.

    python3 nl1_dev33_build.py
"""
import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "nl1_dev33_cases.jsonl"

# ---------------------------------------------------------------------------
# Units: key -> (ruleset, system, name, hsa_id)
# ---------------------------------------------------------------------------
_SK = "SE2321000255-"
_VG = "SE2321000131-E0000000"

UNITS = {
    # Region Skåne, Melior (hospitals)
    "sk_inf_lund": ("skane", "Melior", "Infektionskliniken, Skånes universitetssjukhus Lund", _SK + "4A11"),
    "sk_inf_malmo": ("skane", "Melior", "Infektionsmottagningen, Skånes universitetssjukhus Malmö", _SK + "4A12"),
    "sk_inf_hbg": ("skane", "Melior", "Infektionsmottagningen, Helsingborgs lasarett", _SK + "4A13"),
    "sk_akut_hbg": ("skane", "Melior", "Akutmottagningen, Helsingborgs lasarett", _SK + "4A14"),
    "sk_akut_malmo": ("skane", "Melior", "Akutmottagningen, Skånes universitetssjukhus Malmö", _SK + "4A15"),
    "sk_medakut_lund": ("skane", "Melior", "Medicinakuten, Skånes universitetssjukhus Lund", _SK + "4A16"),
    "sk_barnakut_lund": ("skane", "Melior", "Barnakuten, Skånes universitetssjukhus Lund", _SK + "4A17"),
    "sk_barnmed_hbg": ("skane", "Melior", "Barn- och ungdomsmedicinska mottagningen, Helsingborgs lasarett", _SK + "4A18"),
    "sk_barnmed_lund": ("skane", "Melior", "Barn- och ungdomsmedicinska mottagningen, Skånes universitetssjukhus Lund", _SK + "4A19"),
    "sk_bup_malmo": ("skane", "Melior", "BUP-mottagning Malmö Öster", _SK + "4A20"),
    "sk_psyk_lund": ("skane", "Melior", "Psykiatrimottagning Lund", _SK + "4A21"),
    "sk_kir_ystad": ("skane", "Melior", "Kirurgiska kliniken, Ystads lasarett", _SK + "4A22"),
    "sk_kir_hbg": ("skane", "Melior", "Kirurgmottagningen, Helsingborgs lasarett", _SK + "4A23"),
    "sk_kir_lund": ("skane", "Melior", "Kirurgiska kliniken, Skånes universitetssjukhus Lund", _SK + "4A24"),
    "sk_lung_lund": ("skane", "Melior", "Lungmottagningen, Skånes universitetssjukhus Lund", _SK + "4A25"),
    "sk_lung_malmo": ("skane", "Melior", "Lungmottagningen, Skånes universitetssjukhus Malmö", _SK + "4A26"),
    "sk_lung_hbg": ("skane", "Melior", "Lungmedicinska avdelningen, Helsingborgs lasarett", _SK + "4A27"),
    "sk_medakut_krist": ("skane", "Melior", "Medicinakuten, Centralsjukhuset Kristianstad", _SK + "4A28"),
    "sk_med_ystad": ("skane", "Melior", "Medicinkliniken, Ystads lasarett", _SK + "4A29"),
    "sk_hem_lund": ("skane", "Melior", "Hematologimottagningen, Skånes universitetssjukhus Lund", _SK + "4A30"),
    "sk_gastro_malmo": ("skane", "Melior", "Gastroenterologiska mottagningen, Skånes universitetssjukhus Malmö", _SK + "4A31"),
    "sk_hud_lund": ("skane", "Melior", "Hudmottagningen, Skånes universitetssjukhus Lund", _SK + "4A32"),
    "sk_brost_malmo": ("skane", "Melior", "Bröstmottagningen, Skånes universitetssjukhus Malmö", _SK + "4A33"),
    "sk_kvk_malmo": ("skane", "Melior", "Kvinnokliniken, Skånes universitetssjukhus Malmö", _SK + "4A34"),
    "sk_neuro_lund": ("skane", "Melior", "Neurologimottagningen, Skånes universitetssjukhus Lund", _SK + "4A35"),
    "sk_neurokir_lund": ("skane", "Melior", "Neurokirurgiska kliniken, Skånes universitetssjukhus Lund", _SK + "4A36"),
    "sk_ort_hlm": ("skane", "Melior", "Ortopedmottagningen, Hässleholms sjukhus", _SK + "4A37"),
    "sk_uro_malmo": ("skane", "Melior", "Urologiska mottagningen, Skånes universitetssjukhus Malmö", _SK + "4A38"),
    "sk_karl_malmo": ("skane", "Melior", "Kärlmottagningen, Skånes universitetssjukhus Malmö", _SK + "4A39"),
    "sk_allergi_hbg": ("skane", "Melior", "Allergimottagningen, Helsingborgs lasarett", _SK + "4A40"),
    "sk_venerolog_malmo": ("skane", "Melior", "Venereologiska mottagningen, Skånes universitetssjukhus Malmö", _SK + "4A41"),
    # Region Skåne, PMO (primary care)
    "sk_vc_simrishamn": ("skane", "PMO", "Vårdcentralen Simrishamn", _SK + "7B01"),
    "sk_vc_hbg": ("skane", "PMO", "Vårdcentralen Söder, Helsingborg", _SK + "7B02"),
    "sk_vc_lund": ("skane", "PMO", "Vårdcentralen Linero, Lund", _SK + "7B03"),
    "sk_bvc_eslov": ("skane", "PMO", "BVC Vårdcentralen Eslöv", _SK + "7B04"),
    "sk_um_landskrona": ("skane", "PMO", "Ungdomsmottagningen Landskrona", _SK + "7B05"),
    "sk_hsv_trelleborg": ("skane", "PMO", "Hemsjukvården, Vårdcentralen Trelleborg", _SK + "7B06"),
    # Västra Götalandsregionen, Melior (hospitals)
    "vgr_hud_su": ("vgr", "Melior", "Hudmottagningen, Sahlgrenska Universitetssjukhuset", _VG + "21001"),
    "vgr_inf_ostra": ("vgr", "Melior", "Infektionskliniken, Sahlgrenska Universitetssjukhuset Östra", _VG + "21002"),
    "vgr_inf_skovde": ("vgr", "Melior", "Infektionsmottagningen, Skaraborgs Sjukhus Skövde", _VG + "21003"),
    "vgr_akut_nal": ("vgr", "Melior", "Akutmottagningen, NÄL Trollhättan", _VG + "21004"),
    "vgr_akut_su": ("vgr", "Melior", "Akutmottagningen, Sahlgrenska Universitetssjukhuset", _VG + "21005"),
    "vgr_akut_boras": ("vgr", "Melior", "Akutmottagningen, Södra Älvsborgs Sjukhus Borås", _VG + "21006"),
    "vgr_medakut_uddevalla": ("vgr", "Melior", "Medicinakuten, Uddevalla sjukhus", _VG + "21007"),
    "vgr_med_skovde": ("vgr", "Melior", "Medicinmottagningen, Skaraborgs Sjukhus Skövde", _VG + "21008"),
    "vgr_med_alingsas": ("vgr", "Melior", "Medicinmottagningen, Alingsås lasarett", _VG + "21009"),
    "vgr_med_boras": ("vgr", "Melior", "Medicinavdelning 42, Södra Älvsborgs Sjukhus Borås", _VG + "21010"),
    "vgr_med_uddevalla": ("vgr", "Melior", "Medicinavdelning 23, Uddevalla sjukhus", _VG + "21011"),
    "vgr_kirakut_su": ("vgr", "Melior", "Kirurgakuten, Sahlgrenska Universitetssjukhuset", _VG + "21012"),
    "vgr_kir_su": ("vgr", "Melior", "Kirurgmottagningen, Sahlgrenska Universitetssjukhuset", _VG + "21013"),
    "vgr_kir_boras": ("vgr", "Melior", "Kirurgmottagningen, Södra Älvsborgs Sjukhus Borås", _VG + "21014"),
    "vgr_kolorektal_ostra": ("vgr", "Melior", "Kolorektalmottagningen, Sahlgrenska Universitetssjukhuset Östra", _VG + "21015"),
    "vgr_neuro_su": ("vgr", "Melior", "Neurologmottagningen, Sahlgrenska Universitetssjukhuset", _VG + "21016"),
    "vgr_kard_nal": ("vgr", "Melior", "Kardiologmottagningen, NÄL Trollhättan", _VG + "21017"),
    "vgr_kard_kungalv": ("vgr", "Melior", "Kardiologmottagningen, Kungälvs sjukhus", _VG + "21018"),
    "vgr_geri_skovde": ("vgr", "Melior", "Geriatriska mottagningen, Skaraborgs Sjukhus Skövde", _VG + "21019"),
    "vgr_reuma_su": ("vgr", "Melior", "Reumatologmottagningen, Sahlgrenska Universitetssjukhuset", _VG + "21020"),
    "vgr_ort_molndal": ("vgr", "Melior", "Ortopedakuten, Sahlgrenska Universitetssjukhuset Mölndal", _VG + "21021"),
    "vgr_uro_su": ("vgr", "Melior", "Urologmottagningen, Sahlgrenska Universitetssjukhuset", _VG + "21022"),
    "vgr_ogon_molndal": ("vgr", "Melior", "Ögonmottagningen, Sahlgrenska Universitetssjukhuset Mölndal", _VG + "21023"),
    "vgr_barnakut_dsbus": ("vgr", "Melior", "Barnakuten, Drottning Silvias barn- och ungdomssjukhus", _VG + "21024"),
    "vgr_barnkir_dsbus": ("vgr", "Melior", "Barnkirurgiska avdelningen, Drottning Silvias barn- och ungdomssjukhus", _VG + "21025"),
    "vgr_barnmed_nal": ("vgr", "Melior", "Barnmedicinmottagningen, NÄL Trollhättan", _VG + "21026"),
    "vgr_gastro_ostra": ("vgr", "Melior", "Gastromottagningen, Sahlgrenska Universitetssjukhuset Östra", _VG + "21027"),
    "vgr_lung_su": ("vgr", "Melior", "Lungmottagningen, Sahlgrenska Universitetssjukhuset", _VG + "21028"),
    "vgr_endo_su": ("vgr", "Melior", "Endokrinologiska avdelningen, Sahlgrenska Universitetssjukhuset", _VG + "21029"),
    "vgr_hem_su": ("vgr", "Melior", "Hematologiska avdelningen, Sahlgrenska Universitetssjukhuset", _VG + "21030"),
    "vgr_psyk_nu": ("vgr", "Melior", "Allmänpsykiatrisk mottagning, NU-sjukvården Uddevalla", _VG + "21031"),
    "vgr_genetik_su": ("vgr", "Melior", "Klinisk genetik, Sahlgrenska Universitetssjukhuset", _VG + "21032"),
}

AUTHORS = [
    "Karin Lindqvist", "Per Holmberg", "Sara Nyström", "Johan Eklund", "Maria Sjöberg",
    "Ahmed Hassan", "Elin Forsberg", "Mikael Strand", "Lena Ahlgren", "Oskar Wallin",
    "Fatima Karimi", "Anders Bergkvist", "Helena Ek", "Nils Dahlgren", "Ingrid Sandell",
    "Reza Mohammadi", "Cecilia Hedlund", "Tobias Lundgren", "Eva Blom", "Jonas Falk",
]

INPATIENT_TEMPLATES = {"Inskrivningsanteckning", "Daganteckning", "Epikris"}
PROTECTED_TEMPLATES_SKANE = {"Tidiga hypoteser"}
PROTECTED_KEYWORDS_VGR = {"Tidiga hypoteser"}

CASES = []


def C(name, unit, template, born, sex, sections, must=(), must_not=(), why="",
      draft=False, role="läkare", setting=None):
    """Register one case. sections: list of (keyword, text)."""
    CASES.append({
        "name": name, "unit": unit, "template": template, "born": born, "sex": sex,
        "sections": list(sections), "must": list(must), "must_not": list(must_not),
        "why": why, "draft": draft, "role": role, "setting": setting,
    })


# ===========================================================================
# NL102 must: an open hypothesis about the patient's own diagnosis, visible in Melior
# ===========================================================================

C("som-misstanks-vara-melanom", "vgr_hud_su", "Mottagningsanteckning", "1968-09-14", "F", [
    ("Anamnes", "Pigmenterad förändring på vänster skulderblad som enligt pat har vuxit och ändrat färg under våren."),
    ("Status", "Asymmetrisk, 9 mm, oregelbunden kant och två färgnyanser i dermatoskopet."),
    ("Bedömning", "Förändringen, som misstänks vara ett malignt melanom, excideras idag med 2 mm marginal. Svar på PAD inom tre veckor."),
], must=["NL102"], why="relative clause 'som misstänks vara' hedges the patient's own melanoma")

C("vilket-dock-behover-bekraftas-pyelonefrit", "sk_inf_lund", "Inskrivningsanteckning", "1979-02-03", "F", [
    ("Aktuellt", "Feber 39,4, frossa och ömhet över höger njurloge sedan två dygn."),
    ("Bedömning", "Fynden talar för en pyelonefrit, vilket dock behöver bekräftas med urinodling. Cefotaxim intravenöst i väntan på odlingssvar."),
], must=["NL102"], why="'talar för' plus 'vilket dock behöver bekräftas': the pyelonephritis is still an open hypothesis")

C("dar-man-tar-stallning-thyreoideacancer", "sk_kir_hbg", "Mottagningsanteckning", "1983-06-22", "F", [
    ("Status", "Fast, oöm knöl i höger thyreoidealob, cirka 2 cm, som följer med vid sväljning."),
    ("Planering", "Remiss till öron-, näs- och halsmottagningen i Lund, där man får ta ställning till om knölen är en thyreoideacancer. Finnålspunktion önskas."),
], must=["NL102"], why="a 'där'-clause opens the question whether the nodule is thyroid cancer: an open hypothesis")

C("eftersom-misstanks-malaria", "vgr_inf_ostra", "Inskrivningsanteckning", "1990-11-05", "M", [
    ("Anamnes", "Hemkommen för fyra dagar sedan efter en månad i Uganda, har inte tagit malariaprofylax."),
    ("Bedömning", "Eftersom febern debuterade efter hemkomsten misstänks malaria, och pat läggs in för snabbtest och tjock droppe."),
], must=["NL102"], why="fronted 'eftersom'-clause, then V2 'misstänks malaria' about the patient")

C("da-meningit-kan-inte-uteslutas", "sk_akut_hbg", "Akutanteckning", "1998-01-30", "M", [
    ("Status", "Temp 39,1, lätt nackstel och ljuskänslig, inga petekier."),
    ("Bedömning", "Då pat har feber, huvudvärk och nackstelhet kan en bakteriell meningit inte uteslutas. Blododlingar, dexametason och ceftriaxon ges före lumbalpunktionen."),
], must=["NL102"], draft=True, why="causal 'då'-clause before 'kan inte uteslutas': the meningitis is uncertain (unsigned draft)")

C("aven-om-rontgen-normal-tidig-pneumoni", "vgr_akut_nal", "Akutanteckning", "1939-07-19", "F", [
    ("Status", "AF 26, saturation 91 % på luft, knastrande rassel basalt vänster."),
    ("Bedömning", "Även om lungröntgen är utan infiltrat kan en tidig pneumoni inte uteslutas hos denna sköra kvinna. Ny röntgen imorgon och antibiotika insätts."),
], must=["NL102"], why="concessive 'även om' with a normal X-ray still leaves the pneumonia open")

C("trots-att-strep-negativt-tonsillit-barn", "sk_barnakut_lund", "Akutanteckning", "2016-05-08", "F", [
    ("Status", "Rikliga beläggningar på båda tonsillerna och ömma käkvinkelkörtlar, temp 39,0."),
    ("Bedömning", "Trots att snabbtestet för streptokocker är negativt bedöms en bakteriell tonsillit som trolig. Halsodling tas och flickan får penicillin V efter samtal med pappa."),
], must=["NL102"], why="'trots att'-clause with a negative test: 'trolig' still attaches to the child's tonsillitis")

C("nar-provsvaren-kommer-hypotyreos", "vgr_med_skovde", "Mottagningsanteckning", "1961-03-27", "F", [
    ("Aktuellt", "Trötthet, frusenhet, förstoppning och fem kilos viktuppgång sedan i höstas."),
    ("Planering", "När provsvaren kommer tas ställning till om det rör sig om en hypotyreos. TSH och fritt T4 är tagna idag."),
], must=["NL102"], why="temporal 'när'-clause plus 'ta ställning till om det rör sig om': hypothyroidism is an open question")

C("om-celiaki-bekraftas-barn", "sk_barnmed_hbg", "Mottagningsanteckning", "2014-10-12", "M", [
    ("Aktuellt", "Transglutaminasantikroppar kraftigt förhöjda hos pojken, som har haft ont i magen och vuxit dåligt i ett år."),
    ("Planering", "Om celiaki bekräftas vid tunntarmsbiopsin planeras glutenfri kost och kontakt med dietist. Gastroskopi i narkos bokas."),
], must=["NL102"], why="conditional 'om X bekräftas' about the child's own coeliac disease: still a hypothesis")

C("for-att-utesluta-appendicit", "vgr_kirakut_su", "Akutanteckning", "2001-12-01", "M", [
    ("Status", "Smärtan har vandrat till höger fossa, släppömhet och defense där."),
    ("Åtgärd", "DT buk beställs för att utesluta appendicit. Fastande och intravenöst dropp."),
], must=["NL102"], why="'för att utesluta' names a diagnosis still under investigation")

C("stallningstagande-polygrafi-somnapne", "sk_lung_malmo", "Mottagningsanteckning", "1966-08-17", "M", [
    ("Anamnes", "Sambon beskriver högljudda snarkningar och andningsuppehåll nattetid. Pat nickar gärna till framför tv:n på kvällarna."),
    ("Planering", "Ställningstagande till polygrafi avseende misstänkt obstruktivt sömnapnésyndrom efter kompletterande frågeformulär."),
], must=["NL102"], why="'ställningstagande till' a test for suspected sleep apnoea; the partner is only the informant")

C("mer-talande-for-migran-an-tia", "vgr_neuro_su", "Mottagningsanteckning", "1975-04-09", "F", [
    ("Anamnes", "Flimrande sicksackmönster i synfältet i tjugo minuter, därefter pulserande huvudvärk och illamående."),
    ("Bedömning", "Bilden är mer talande för migrän med aura än för TIA. MR hjärna görs ändå eftersom det är första episoden i vuxen ålder."),
], must=["NL102"], why="comparison 'mer talande för X än Y' leaves both migraine and TIA as hypotheses")

C("dubbel-negation-septisk-artrit", "vgr_akut_boras", "Akutanteckning", "1952-09-03", "M", [
    ("Status", "Varm, svullen höger knäled med smärtsam rörlighet, temp 38,3."),
    ("Bedömning", "Vi kan inte utesluta att det inte är en septisk artrit, och knät punkteras därför på akuten. Odling och kristallanalys av ledvätskan."),
], must=["NL102"], why="double negation 'kan inte utesluta att det inte är' still leaves septic arthritis uncertain")

C("litotes-inte-osannolikt-sarkoidos", "sk_lung_lund", "Mottagningsanteckning", "1987-12-19", "F", [
    ("Aktuellt", "Bilaterala förstorade hiluskörtlar på lungröntgen och ömma röda knölar på underbenen sedan maj."),
    ("Bedömning", "Det är inte osannolikt att det rör sig om en sarkoidos. Bronkoskopi med EBUS bokas för att få diagnosen."),
], must=["NL102"], why="litotes 'inte osannolikt' is a hedge, not a negation")

C("misstanken-kvarstar-trots-instabil-angina", "vgr_kard_nal", "Mottagningsanteckning", "1959-05-28", "M", [
    ("Aktuellt", "Tryck över bröstet vid promenad i uppförsbacke sedan tre veckor, nu även i vila vid ett tillfälle."),
    ("Bedömning", "Misstanken kvarstår, trots normalt EKG och två negativa troponiner, om en instabil angina. Arbetsprov inom en vecka och nitroglycerin vid behov."),
], must=["NL102"], why="hedge noun 'misstanken' separated from the diagnosis by an inserted 'trots'-phrase")

C("misstanken-som-vacktes-galler-lymfom", "sk_hem_lund", "Mottagningsanteckning", "1971-01-16", "M", [
    ("Bedömning", "Misstanken, som väcktes redan i mars när pat hade nattsvettningar och gick ner sex kilo, gäller ett lymfom. Exstirpation av en körtel på halsen bokas nästa vecka."),
], must=["NL102"], draft=True, why="hedge and diagnosis separated by a long relative clause containing a 'när'-clause (unsigned draft)")

C("v2-idag-bedoms-sannolikt-ra", "vgr_reuma_su", "Mottagningsanteckning", "1980-08-08", "F", [
    ("Aktuellt", "Morgonstelhet i över en timme och svullna MCP-leder bilateralt sedan tio veckor."),
    ("Bedömning", "Idag bedöms ledbesvären som sannolikt orsakade av en begynnande reumatoid artrit. Anti-CCP och RF tas, metotrexat diskuteras när svaren finns."),
], must=["NL102"], why="V2 after the adverbial 'Idag': 'sannolikt' hedges the patient's rheumatoid arthritis")

C("v2-enligt-remittenten-misstanks-celiaki", "sk_gastro_malmo", "Mottagningsanteckning", "1994-03-11", "F", [
    ("Aktuellt", "Enligt remittenten misstänks celiaki efter återkommande järnbrist och lös avföring."),
    ("Planering", "Vi har ännu inget eget underlag och tar celiakiserologi idag, återbesök med svar."),
], must=["NL102"], why="V2 after 'Enligt remittenten': the referrer's unresolved suspicion about the patient is visible in our note")

C("kollega-misstanker-kompartmentsyndrom", "vgr_ort_molndal", "Akutanteckning", "1997-04-02", "M", [
    ("Aktuellt", "Kollega på akuten misstänker ett kompartmentsyndrom i vänster underben efter cykelolyckan och ber om ortopedisk bedömning."),
    ("Status", "Spänd vad och kraftig smärta vid passiv dorsalflexion av tårna."),
    ("Åtgärd", "Tryckmätning i muskellogerna görs akut."),
], must=["NL102"], why="a colleague as subject of 'misstänker': the suspicion concerns the patient and is unresolved")

C("ambulansen-anger-misstankt-stroke", "sk_akut_malmo", "Akutanteckning", "1947-10-21", "M", [
    ("Aktuellt", "Ambulansen anger misstänkt stroke med symtomdebut kl 13.10 i hemmet."),
    ("Status", "Kvarstående högersidig facialispares och dysartri, NIHSS 6."),
    ("Bedömning", "DT hjärna utan blödning, bedömning av trombolys pågår tillsammans med strokejouren."),
], must=["NL102"], why="reported speech 'Ambulansen anger misstänkt stroke', not contradicted: the hypothesis is visible")

C("anhoriga-oroar-vi-delar-oron-demens", "vgr_geri_skovde", "Mottagningsanteckning", "1940-06-02", "F", [
    ("Anamnes", "Anhöriga oroar sig för att pat håller på att bli dement. Hon har två gånger glömt spisen påslagen och gått vilse på väg hem från affären."),
    ("Bedömning", "Vi delar oron för en begynnande demenssjukdom och startar basal demensutredning med MMT, klocktest och DT hjärna."),
], must=["NL102"], why="relatives' worry taken over by the clinician ('vi delar oron för'): a dementia hypothesis about the patient")

C("pat-tror-forkylning-men-misstanke-pneumoni", "sk_inf_malmo", "Mottagningsanteckning", "1956-12-09", "M", [
    ("Anamnes", "Pat tror själv att det är en förkylning som dröjer sig kvar."),
    ("Bedömning", "Med feber i en vecka, CRP 160 och dämpning basalt höger inger bilden dock misstanke om en pneumoni. Lungröntgen idag."),
], must=["NL102"], why="the patient's own belief is not the hypothesis; the clinician's 'misstanke om pneumoni' is")

C("medpatienter-konstaterad-pat-misstanks-smittad", "vgr_med_boras", "Daganteckning", "1935-04-15", "F", [
    ("Aktuellt", "Två medpatienter på salen har sedan igår konstaterad norovirusinfektion."),
    ("Bedömning", "Pat har i natt kräkts tre gånger och misstänks ha smittats. Hon flyttas till enkelrum och feces för calicivirus skickas."),
], must=["NL102"], why="other patients have the confirmed infection; the patient's own infection is only suspected")

C("eller-kolecystit-eller-pankreatit", "sk_kir_ystad", "Akutanteckning", "1969-07-07", "F", [
    ("Status", "Ömhet i epigastriet och under höger arcus, Murphys tecken svårvärderat."),
    ("Bedömning", "Bilden passar med en kolecystit eller en pankreatit. Amylas och ultraljud av lever och gallvägar inväntas innan behandling."),
], must=["NL102"], why="disjunction 'X eller Y' leaves both diagnoses open")

C("samt-kand-kol-misstankt-hjartsvikt", "vgr_med_alingsas", "Mottagningsanteckning", "1950-02-25", "M", [
    ("Bedömning", "Pat har känd KOL sedan 2016 samt misstänkt hjärtsvikt, där NT-proBNP nu är 2 400. Ekokardiografi beställs och furosemid prövas."),
], must=["NL102"], draft=True, why="'samt' coordination: the known KOL does not settle the hedged heart failure in the second conjunct (unsigned draft)")

C("daremot-misstanks-lungemboli", "sk_medakut_lund", "Akutanteckning", "1977-03-30", "F", [
    ("Bedömning", "Lungröntgen är utan infiltrat och pneumoni avskrivs. Däremot misstänks nu en lungemboli med tanke på puls 118 och låg saturation, och DT lungartärer beställs."),
], must=["NL102"], why="'däremot' contrasts a ruled-out pneumonia with a newly suspected pulmonary embolism")

C("dock-hfpef-kan-inte-uteslutas", "vgr_kard_kungalv", "Mottagningsanteckning", "1948-11-11", "F", [
    ("Bedömning", "Ekokardiografin visar normal systolisk funktion. Hjärtsvikt med bevarad ejektionsfraktion kan dock inte uteslutas med tanke på förhöjt NT-proBNP och andfåddheten. Diuretika prövas i en månad."),
], must=["NL102"], why="'dock' after a normal finding: heart failure with preserved EF stays uncertain")

C("inte-x-utan-troligen-viral-rinit", "sk_allergi_hbg", "Mottagningsanteckning", "2003-02-18", "M", [
    ("Bedömning", "Det rör sig inte om en pollenallergi utan troligen om en viral rinit, eftersom besvären började mitt i vintern och pricktestet är negativt."),
], must=["NL102"], why="'inte X utan troligen Y': X is negated but Y is hedged")

C("men-atypisk-pneumoni-misstanks", "vgr_inf_skovde", "Mottagningsanteckning", "2000-09-09", "M", [
    ("Bedömning", "Klassiska fynd saknas vid auskultationen men en atypisk pneumoni misstänks hos den unge mannen med torrhosta sedan tre veckor. Doxycyklin insätts och mykoplasma-PCR tas."),
], must=["NL102"], why="'men' coordination: a negated finding in the first clause does not negate the suspected pneumonia in the second")

C("fragestallning-obesvarad-divertikulit", "sk_kir_ystad", "Inskrivningsanteckning", "1955-05-05", "F", [
    ("Aktuellt", "Smärta i vänster fossa och feber sedan två dygn."),
    ("Utredning", "Frågeställning till DT buk: divertikulit? Svar inväntas och pat får under tiden klar flytande kost."),
], must=["NL102"], why="a question asked and not yet answered: 'divertikulit?' is an open hypothesis")

C("pat-fragar-om-prostatacancer-obesvarat", "vgr_uro_su", "Mottagningsanteckning", "1957-01-23", "M", [
    ("Aktuellt", "PSA 14, jämfört med 6 för två år sedan. Pat frågade rakt ut om det kan vara prostatacancer."),
    ("Bedömning", "Vi kan i nuläget inte svara på det, och MR prostata bokas inför ställningstagande till biopsi."),
], must=["NL102"], why="the patient's question about prostate cancer is left open by the clinician")

C("v2-sannolikt-har-pat-bells-pares", "sk_neuro_lund", "Mottagningsanteckning", "1985-08-26", "F", [
    ("Bedömning", "Sannolikt har pat drabbats av en Bells pares, men borrelia behöver uteslutas med serologi. Prednisolon insätts i tio dagar."),
], must=["NL102"], why="V2 inversion after the fronted hedge 'Sannolikt har pat': Bell's palsy is probable, not settled")

C("v2-vid-dagens-undersokning-glaukom", "vgr_ogon_molndal", "Mottagningsanteckning", "1953-10-13", "M", [
    ("Bedömning", "Vid dagens undersökning väcks misstanke om glaukom, då trycket är 29 mmHg på höger öga och papillen är urholkad. Synfältsundersökning bokas."),
], must=["NL102"], why="V2 after the adverbial 'Vid dagens undersökning': suspicion of glaucoma")

C("ev-seborroiskt-eksem-dar-rosacea-differentialdiagnos", "sk_hud_lund", "Mottagningsanteckning", "1972-04-04", "F", [
    ("Status", "Rodnad, lätt fjällande hud i nasolabialvecken och på kinderna."),
    ("Bedömning", "Ev. seborroiskt eksem, där rosacea är differentialdiagnos. Ketokonazolkräm i fyra veckor och återbesök."),
], must=["NL102"], why="'ev.' plus a 'där'-clause naming a differential diagnosis")

C("fragetecken-kawasaki-barn", "vgr_barnakut_dsbus", "Akutanteckning", "2020-02-17", "M", [
    ("Status", "Feber sedan fem dagar, bilateral konjunktivit utan sekret, röda spruckna läppar och svullna handryggar."),
    ("Bedömning", "Kawasakis sjukdom? Ekokardiografi och kontakt med barnkardiolog idag, föräldrarna är informerade om planen."),
], must=["NL102"], why="a bare question mark after the child's diagnosis is a hypothesis")

C("pat-tror-laktosintolerans-kan-mycket-val-stamma", "vgr_gastro_ostra", "Mottagningsanteckning", "1996-06-16", "F", [
    ("Anamnes", "Gaser, uppblåsthet och diarré efter mjölkprodukter sedan ett halvår."),
    ("Bedömning", "Pat tror själv att hon har utvecklat en laktosintolerans, och det kan mycket väl stämma. Laktosbelastning bokas."),
], must=["NL102"], why="the clinician endorses the patient's own guess with a hedge ('kan mycket väl stämma')")

C("knappast-dvt-snarare-bakercysta", "sk_ort_hlm", "Akutanteckning", "1963-11-29", "M", [
    ("Status", "Plötslig smärta och svullnad i vänster vad efter knäböj, känd artros i vänster knä."),
    ("Bedömning", "Det rör sig knappast om en DVT, snarare om en rupturerad Bakercysta. Ultraljud bokas för att skilja dem åt."),
], must=["NL102"], why="'knappast X, snarare Y': a hedged Baker's cyst, and a DVT not excluded")

C("stallningstagande-till-om-bipolar-sjukdom", "sk_psyk_lund", "Mottagningsanteckning", "1991-12-24", "M", [
    ("Anamnes", "Perioder med minskat sömnbehov, ökad energi och impulsiva köp, varvat med veckor av nedstämdhet."),
    ("Bedömning", "Ställningstagande till om det föreligger en bipolär sjukdom görs efter att stämningsläget kartlagts med dagbok under två månader."),
], must=["NL102"], why="'ställningstagande till om det föreligger X': bipolar disorder is under consideration")

C("bup-fragan-om-adhd-kvarstar", "sk_bup_malmo", "Mottagningsanteckning", "2014-01-07", "M", [
    ("Aktuellt", "Skolan har beskrivit stora koncentrationssvårigheter och impulsivitet sedan årskurs två."),
    ("Bedömning", "Frågan om ADHD, som väcktes av skolan i höstas, kvarstår efter dagens besök. Neuropsykiatrisk utredning påbörjas med föräldrarnas samtycke."),
], must=["NL102"], why="'frågan om X … kvarstår' with a relative clause in between: ADHD is an open hypothesis about the child")

C("pappa-crohn-hos-pojken-misstanks-ibd", "vgr_barnmed_nal", "Mottagningsanteckning", "2012-08-30", "M", [
    ("Hereditet", "Pappan har Crohns sjukdom sedan tonåren."),
    ("Bedömning", "Även hos pojken misstänks nu en inflammatorisk tarmsjukdom, med kalprotektin 850 och viktnedgång. Remiss för gastroskopi och koloskopi."),
], must=["NL102"], why="a relative's confirmed diagnosis stands beside a hedged diagnosis about the child himself")

C("differentialdiagnos-dvt-vid-erysipelas", "sk_inf_malmo", "Akutanteckning", "1964-02-08", "M", [
    ("Bedömning", "Huvuddiagnos bedöms vara erysipelas på vänster underben. Differentialdiagnos är en djup ventrombos, varför ultraljud av benets vener görs innan pat går hem."),
], must=["NL102"], why="'Differentialdiagnos är X, varför …': the DVT stays an open alternative")

C("i-forsta-hand-i-andra-hand-pmr-temporalisarterit", "vgr_reuma_su", "Mottagningsanteckning", "1946-03-12", "F", [
    ("Bedömning", "I första hand tänker vi på en polymyalgia reumatika, i andra hand en temporalisarterit med tanke på den nytillkomna tinninghuvudvärken. SR och CRP tas idag."),
], must=["NL102"], why="ranked alternatives 'i första hand … i andra hand' are both hypotheses")

C("skulle-biopsin-visa-lungcancer", "sk_lung_lund", "Mottagningsanteckning", "1951-09-19", "M", [
    ("Aktuellt", "DT torax visar en 2,5 cm stor spikulerad förtätning i höger ovanlob."),
    ("Planering", "Skulle biopsin visa en lungcancer remitteras pat vidare enligt standardiserat vårdförlopp. Bronkoskopi bokas nästa vecka."),
], must=["NL102"], draft=True, why="conditional V1 'Skulle biopsin visa X' reveals a lung cancer hypothesis (unsigned draft)")

C("som-eventuellt-ar-fibroadenom", "sk_brost_malmo", "Mottagningsanteckning", "2001-04-26", "F", [
    ("Status", "Lättrörlig, välavgränsad knöl i vänster bröst, cirka 1,5 cm."),
    ("Bedömning", "Pat har en knöl som eventuellt är ett fibroadenom. Trippeldiagnostik med mammografi, ultraljud och mellannålsbiopsi görs."),
], must=["NL102"], why="relative clause 'som eventuellt är' hedges the diagnosis")

C("maken-tror-vi-delar-sannolik-depression", "vgr_psyk_nu", "Mottagningsanteckning", "1958-12-06", "F", [
    ("Anamnes", "Maken tror att hon har fått en depression sedan hon gick i pension: hon sover dåligt, har slutat träffa vänner och gråter ofta."),
    ("Bedömning", "Vi delar hans bedömning att en depression är sannolik. MADRS-S och uppföljande samtal om två veckor."),
], must=["NL102"], why="a partner's opinion taken up by the clinician with 'sannolik': the patient's own depression is hedged")

C("tidiga-hypoteser-sokord-men-upprepad-i-bedomning", "vgr_neuro_su", "Läkaranteckning", "1962-05-19", "M", [
    ("Tidiga hypoteser", "Beteendeförändringen och det nedsatta omdömet inger misstanke om frontotemporal demens."),
    ("Bedömning", "Misstänkt frontotemporal demens; neuropsykologisk utredning och MR hjärna bokas."),
], must=["NL102"], why="the hypothesis sits under the protected sökord but is repeated in the visible Bedömning")

# --- NL102 must, with typos ---

C("typo-misstakt-dvt", "vgr_akut_nal", "Akutanteckning", "1982-10-03", "F", [
    ("Bedömning", "Misstäkt DVT i vänster vad efter långflygning, D-dimer förhöjt. Ultraljud av benets vener bokas till imorgon och dalteparin ges i väntan."),
], must=["NL102"], draft=True, why="typo 'Misstäkt' still marks the patient's DVT as suspected (unsigned draft)")

C("typo-sannolkit-gallstensanfall", "sk_kir_hbg", "Akutanteckning", "1974-08-13", "F", [
    ("Bedömning", "Sannolkit rör det sig om ett gallstensanfall, smärtan debuterade efter en fet måltid. Ultraljud av lever och gallvägar bokas."),
], must=["NL102"], why="typo 'Sannolkit' plus V2 inversion 'rör det sig om'")

C("typo-trolgen-binjurebarkssvikt", "vgr_endo_su", "Inskrivningsanteckning", "1968-01-09", "M", [
    ("Bedömning", "Pat har trolgen en binjurebarkssvikt med tanke på hypotension, hyponatremi och mörk hy. Kortisol och ACTH tas före hydrokortison."),
], must=["NL102"], why="typo 'trolgen' (troligen) hedges adrenal insufficiency")

C("typo-epilepsi-kan-ej-utslutas", "sk_neuro_lund", "Mottagningsanteckning", "1999-05-12", "M", [
    ("Bedömning", "Efter dagens generaliserade krampanfall kan epilepsi ej utslutas. EEG och MR hjärna bokas, körkortsinformation given."),
], must=["NL102"], why="typo 'utslutas' in 'kan ej uteslutas'")

C("typo-apendicit-fragetecken-barn", "vgr_barnkir_dsbus", "Akutanteckning", "2016-03-22", "F", [
    ("Bedömning", "Apendicit? Ömhet i höger fossa sedan igår och lätt förhöjt CRP. Flickan observeras på barnkirurgen över natten med pappa."),
], must=["NL102"], why="misspelled diagnosis 'Apendicit' with a question mark: still a hypothesis about the child")

# ===========================================================================
# NL102 must_not: near misses
# ===========================================================================

C("syster-utreds-for-misstankt-ms", "vgr_neuro_su", "Mottagningsanteckning", "1986-02-20", "F", [
    ("Hereditet", "Hennes syster utreds sedan i våras för misstänkt MS."),
    ("Bedömning", "Pat söker själv för lägesutlöst yrsel. Dix-Hallpike är positivt åt höger och diagnosen benign paroxysmal lägesyrsel ställs; Epleys manöver utförd."),
], must_not=["NL102"], why="the sister is the subject of 'misstänkt MS'; the patient's own diagnosis is settled")

C("partnern-troligen-klamydia-pat-negativ", "sk_venerolog_malmo", "Mottagningsanteckning", "1999-09-27", "F", [
    ("Aktuellt", "Pat söker eftersom partnern troligen har klamydia enligt vad han själv berättat. Senaste samlaget var för fem veckor sedan."),
    ("Bedömning", "Pat är symtomfri och NAAT för klamydia och gonorré från vaginalprov är negativa, så smitta föreligger inte och behandling ges inte."),
], must_not=["NL102"], why="the partner is the subject of 'troligen'; the patient's own tests are negative")

C("medpatienter-misstankt-noro-pat-symtomfri", "vgr_med_boras", "Daganteckning", "1944-10-30", "M", [
    ("Aktuellt", "Flera patienter på avdelningen har misstänkt norovirus sedan helgen."),
    ("Bedömning", "Pat själv har inga mag-tarmsymtom och vårdas vidare för sin röntgenverifierade pneumoni enligt plan. Bensylpenicillin dag 3."),
], must_not=["NL102"], why="other patients are the subject of 'misstänkt'; the patient's pneumonia is verified")

C("mamma-troligen-celiaki-flickan-normal", "sk_barnmed_hbg", "Mottagningsanteckning", "2018-01-25", "F", [
    ("Hereditet", "Mamma har troligen haft celiaki som barn men har aldrig utretts."),
    ("Bedömning", "Flickan äter allsidigt, växer längs sin kurva och har normalt transglutaminas-IgA med normalt totalt IgA. Ingen vidare utredning behövs."),
], must_not=["NL102"], why="the mother's hedged diagnosis is family history; the child has normal serology")

C("dottern-oroar-alzheimer-ingen-misstanke", "vgr_geri_skovde", "Mottagningsanteckning", "1949-07-04", "F", [
    ("Anamnes", "Dottern oroar sig för att pat ska få Alzheimers sjukdom, eftersom pat:s mor hade det."),
    ("Bedömning", "Pat har inga kognitiva symtom och MMT är 29 av 30. Ingen misstanke om demens hos pat, och dottern har fått information om ärftlighet."),
], must_not=["NL102"], why="a daughter's worry about future illness; the clinician finds no suspicion of dementia")

C("pat-tror-borrelia-avfardas", "sk_inf_lund", "Mottagningsanteckning", "1970-06-18", "M", [
    ("Anamnes", "Pat tror själv att han har borrelia efter ett fästingbett i juni, och har läst om ledvärk som symtom."),
    ("Bedömning", "Serologin är negativ tre månader efter bettet, erythema migrans har aldrig funnits och borrelia bedöms inte föreligga. Ledvärken bedöms som artros."),
], must_not=["NL102"], why="the patient's own belief is answered by the clinician: borreliosis is ruled out")

C("kollegan-som-misstankte-fick-ratt", "vgr_inf_ostra", "Mottagningsanteckning", "1960-01-31", "F", [
    ("Bedömning", "Kollegan som misstänkte erysipelas vid förra besöket fick rätt: rodnaden har svarat snabbt på penicillin V och diagnosen står fast. Behandlingen avslutas efter tio dagar."),
], must_not=["NL102"], draft=True, why="a colleague's earlier suspicion, now confirmed (unsigned draft)")

C("remittenten-misstankte-ibd-avskrivs", "sk_gastro_malmo", "Mottagningsanteckning", "1993-05-15", "M", [
    ("Aktuellt", "Remittenten misstänkte en inflammatorisk tarmsjukdom efter ett halvår med lös avföring."),
    ("Bedömning", "Koloskopi med biopsier är helt normal och IBD kan avskrivas. Besvären bedöms som IBS enligt Rom IV-kriterierna."),
], must_not=["NL102"], why="the referrer's suspicion is reported and then ruled out")

C("ambulansen-anger-hoftfraktur-avskrivs", "vgr_akut_su", "Akutanteckning", "1938-12-12", "F", [
    ("Aktuellt", "Ambulansen anger misstänkt höftfraktur efter fall i hemmet."),
    ("Bedömning", "Röntgen av höft och bäcken visar ingen fraktur och pat går obehindrat i korridoren, så höftfraktur avskrivs. Hemgång med hemtjänst."),
], must_not=["NL102"], why="reported suspicion from the ambulance, ruled out by the clinician")

C("fragestallning-besvarad-divertikulit", "sk_kir_hbg", "Mottagningsanteckning", "1957-08-09", "M", [
    ("Utredning", "Frågeställning till DT buk var divertikulit? Svaret visar en okomplicerad divertikulit i sigmoideum utan abscess."),
    ("Planering", "Pat behandlas expektativt utan antibiotika och hör av sig vid feber."),
], must_not=["NL102"], why="a question answered in the same note: 'divertikulit?' is settled by the CT reply")

C("vid-misstanke-om-blodpropp-instruktion", "sk_ort_hlm", "Mottagningsanteckning", "1988-04-29", "F", [
    ("Aktuellt", "Röntgenverifierad fotledsfraktur vänster, gipsad och utan dislokation vid kontrollen idag."),
    ("Planering", "Pat informeras om att söka akut vid misstanke om blodpropp, till exempel vid tilltagande vadsmärta eller svullnad. Gipset sitter kvar i fem veckor."),
], must_not=["NL102"], why="'vid misstanke om' in a safety-net instruction is not a current hypothesis")

C("kontrafaktiskt-om-pernicios-anemi-hade-bekraftats", "vgr_med_alingsas", "Mottagningsanteckning", "1951-06-11", "M", [
    ("Bedömning", "Om en perniciös anemi hade bekräftats skulle B12-injektioner ha getts livslångt, men gastroskopin visade normal korpusslemhinna och antikropparna mot intrinsic factor var negativa. B12-bristen förklaras av metformin och behandlas med tabletter."),
], must_not=["NL102"], why="a counterfactual conditional ('om X hade bekräftats … men') about a ruled-out diagnosis")

C("for-att-utesluta-gjord-och-normal", "vgr_kirakut_su", "Akutanteckning", "2004-06-06", "F", [
    ("Bedömning", "DT buk gjordes för att utesluta appendicit och visade en normal appendix. Buksmärtan bedöms som förstoppning, och pat går hem med makrogol."),
], must_not=["NL102"], why="'för att utesluta' with the result given: the question is answered")

C("stallningstagande-behandling-kand-somnapne", "sk_lung_malmo", "Mottagningsanteckning", "1959-11-08", "M", [
    ("Bedömning", "Känd obstruktiv sömnapné sedan 2021, verifierad med polygrafi. Ställningstagande till byte från bettskena till CPAP vid nästa besök, då dagtröttheten kvarstår."),
], must_not=["NL102"], why="'ställningstagande till' a treatment for a known diagnosis is not a hypothesis")

C("jamforelse-avgjord-ulkus-inte-gastrit", "vgr_med_skovde", "Mottagningsanteckning", "1953-02-27", "M", [
    ("Bedömning", "Gastroskopin visar ett duodenalsår på framväggen, så det är ulkus och inte gastrit som förklarar smärtan. Helicobacter-testet är positivt och eradikering insätts."),
], must_not=["NL102"], why="a comparison settled by gastroscopy ('X och inte Y')")

C("dubbel-negation-ingen-tvivlar-pmr", "sk_med_ystad", "Mottagningsanteckning", "1945-09-16", "F", [
    ("Bedömning", "Ingen av oss tvivlar längre på att det rör sig om en polymyalgia reumatika, eftersom pat blev besvärsfri inom två dygn på prednisolon. Nedtrappning enligt schema."),
], must_not=["NL102"], why="double negation 'ingen tvivlar längre på' asserts the diagnosis")

C("negation-pa-distans-gallsten", "sk_kir_ystad", "Mottagningsanteckning", "1984-12-14", "F", [
    ("Bedömning", "Någon misstanke om att buksmärtan skulle bero på gallsten finns inte längre efter dagens ultraljud. Smärtan bedöms som muskulär och pat får fysioterapi."),
], must_not=["NL102"], why="the negation at the end of the clause ('finns inte längre') scopes back over 'misstanke om gallsten'")

C("negation-pa-distans-malignitet", "vgr_med_uddevalla", "Epikris", "1955-08-01", "M", [
    ("Bedömning", "Ingen av de undersökningar som gjorts under vårdtiden, varken DT torax-buk eller benmärgsprovet, talar för malignitet. Viktnedgången förklaras av den nyupptäckta hypertyreosen."),
], must_not=["NL102"], draft=True, why="a negated subject ('Ingen av de undersökningar') far from 'malignitet' (unsigned draft)")

C("aven-om-pat-oroar-sig-brostcancer", "sk_brost_malmo", "Mottagningsanteckning", "1981-03-08", "F", [
    ("Bedömning", "Även om pat oroar sig för bröstcancer finns inget vid mammografi, ultraljud eller palpation som talar för det. Ömheten bedöms som cyklisk mastalgi."),
], must_not=["NL102"], why="concessive 'även om' holds the patient's worry; the main clause negates via 'det'")

C("trots-att-pat-misstankt-gluten-celiaki-negativ", "vgr_gastro_ostra", "Mottagningsanteckning", "1997-11-02", "F", [
    ("Bedömning", "Trots att pat i flera år misstänkt glutenintolerans hos sig själv har hon aldrig testats. Celiakiserologin är idag negativ på glutenhaltig kost, totalt IgA är normalt och celiaki bedöms inte föreligga."),
], must_not=["NL102"], why="the 'trots att'-clause carries the patient's own suspicion; the clinician rules coeliac disease out")

C("vilken-bekraftades-pyelonefrit", "vgr_inf_ostra", "Daganteckning", "1976-04-11", "F", [
    ("Bedömning", "Pyelonefriten, vilken bekräftades med E. coli i urinodlingen, behandlas från idag med peroralt ciprofloxacin. Hemgång imorgon."),
], must_not=["NL102"], why="the relative 'vilken bekräftades' settles the diagnosis")

C("dar-diagnosen-faststalldes-neuroborrelios", "sk_inf_hbg", "Mottagningsanteckning", "1966-05-27", "M", [
    ("Aktuellt", "Pat vårdades i augusti på infektionskliniken, där diagnosen neuroborrelios fastställdes med likvorprov."),
    ("Bedömning", "Återbesök efter avslutad doxycyklinbehandling; facialisparesen har gått helt i regress."),
], must_not=["NL102"], why="a 'där'-clause carries a settled diagnosis")

C("nar-misstanktes-astma-avskrevs", "vgr_lung_su", "Mottagningsanteckning", "2002-08-19", "F", [
    ("Anamnes", "När pat var här i våras misstänktes astma, men spirometrin med reversibilitetstest var normal och astma avskrevs."),
    ("Aktuellt", "Nu återbesök för hösnuva, som behandlas med nasal steroid under pollensäsongen."),
], must_not=["NL102"], why="a past hypothesis in a 'när'-clause, ruled out in the same sentence")

C("men-pappa-diabetes-pojken-frisk", "sk_barnmed_lund", "Mottagningsanteckning", "2012-12-03", "M", [
    ("Bedömning", "Pappa har typ 1-diabetes sedan barndomen, men pojken har normalt fasteglukos och HbA1c, och någon diabetes föreligger inte. Kissandet nattetid bedöms som enures."),
], must_not=["NL102"], why="'men' separates the father's diabetes from the boy, for whom diabetes is negated")

C("inte-en-mojlig-utan-en-sakerstalld", "vgr_endo_su", "Mottagningsanteckning", "1973-10-10", "F", [
    ("Bedömning", "Det rör sig inte om en möjlig utan om en säkerställd hypotyreos: TSH har varit förhöjt vid två tillfällen och TPO-antikroppar är positiva. Levotyroxin insätts."),
], must_not=["NL102"], why="'inte en möjlig utan en säkerställd': the hedge word itself is negated")

C("misstankt-vid-inskrivning-nu-verifierad-samt", "sk_med_ystad", "Epikris", "1942-07-22", "M", [
    ("Bedömning", "Hjärtsvikten som misstänktes vid inskrivningen är nu ekokardiografiskt verifierad med EF 30 %, och pat har sedan tidigare KOL samt förmaksflimmer."),
], must_not=["NL102"], why="a suspicion at admission, now verified; 'samt' coordinates known diagnoses")

C("dock-ekokardiografi-normal-hjartsvikt-avskrivs", "vgr_kard_nal", "Mottagningsanteckning", "1954-03-14", "F", [
    ("Bedömning", "Hjärtsvikt bedömdes som sannolik vid förra besöket. Ekokardiografin visar dock normal funktion utan klaffel, NT-proBNP är normalt och hjärtsvikt avskrivs; andfåddheten bedöms bero på dålig kondition."),
], must_not=["NL102"], why="an earlier 'sannolik' overturned by 'dock … avskrivs'")

C("daremot-mamma-lungemboli-pat-ingen-trombos", "sk_karl_malmo", "Mottagningsanteckning", "1995-09-01", "F", [
    ("Hereditet", "Mamma misstänks ha haft en lungemboli efter en förlossning på 1980-talet."),
    ("Bedömning", "Hos pat finns däremot inga tecken på trombos vid ultraljud av benens vener, och vadsmärtan bedöms som muskulär."),
], must_not=["NL102"], why="'däremot' contrasts the mother's suspected embolism with the patient's negative finding")

C("hedge-pa-utlosande-faktor-migran", "vgr_neuro_su", "Telefonanteckning", "1983-02-02", "F", [
    ("Bedömning", "Migrän utan aura sedan tonåren, diagnostiserad av neurolog 2015. Dagens anfall möjligen utlöst av sömnbrist efter tre nattpass, triptan har god effekt."),
], must_not=["NL102"], draft=True, why="hedge on the trigger ('möjligen utlöst av'), not on the known migraine (unsigned draft)")

C("hedge-pa-lokalisation-verifierad-pneumoni", "sk_lung_hbg", "Daganteckning", "1948-05-05", "M", [
    ("Bedömning", "Pneumonin är verifierad på lungröntgen. Infiltratet sitter troligen i höger underlob, men sidobilden är svårbedömd. Cefotaxim fortsätter."),
], must_not=["NL102"], why="hedge on the location, not on the verified pneumonia")

C("hedge-pa-stadium-koloncancer", "vgr_kolorektal_ostra", "Mottagningsanteckning", "1952-11-28", "M", [
    ("Bedömning", "Koloncancer i sigmoideum, histologiskt verifierad och meddelad pat vid förra besöket. Sannolikt stadium II enligt DT; slutligt stadium avgörs av PAD efter operationen."),
], must_not=["NL102"], why="hedge on the stage ('sannolikt stadium II'), not on the confirmed and communicated cancer")

C("hedge-pa-svarighetsgrad-kol", "sk_lung_lund", "Mottagningsanteckning", "1949-01-13", "F", [
    ("Bedömning", "KOL sedan 2018, sannolikt av måttlig till svår grad men spirometrin idag är tekniskt osäker. Ny spirometri om en månad och inhalationsbehandlingen fortsätter."),
], must_not=["NL102"], why="hedge on the severity, not on the known COPD")

C("hedge-pa-frakturens-alder", "sk_ort_hlm", "Mottagningsanteckning", "1986-09-09", "M", [
    ("Bedömning", "Röntgen visar en fraktur i basen av femte mellanfotsbenet. Frakturen är troligen några veckor gammal med tanke på begynnande kallusbildning. Ortos i sex veckor."),
], must_not=["NL102"], why="hedge on the age of a confirmed fracture")

C("mojlig-att-operera-verifierad-pankreascancer", "vgr_kir_su", "Mottagningsanteckning", "1956-04-17", "F", [
    ("Bedömning", "Den histologiskt verifierade pankreascancern bedöms efter MDK som möjlig att operera radikalt. Pat är informerad och Whipples operation planeras."),
], must_not=["NL102"], why="'möjlig' qualifies operability, not the verified cancer")

C("ev-byte-behandling-kand-psoriasis", "sk_hud_lund", "Mottagningsanteckning", "1984-07-30", "M", [
    ("Bedömning", "Känd psoriasis sedan 20 år, nu med utbredda plack trots metotrexat. Ev. byte till biologisk behandling diskuteras vid nästa besök."),
], must_not=["NL102"], why="'ev.' before a treatment change, not before a diagnosis")

C("fragetecken-pa-behandling-pseudogikt", "vgr_reuma_su", "Mottagningsanteckning", "1941-08-18", "M", [
    ("Bedömning", "Diagnosen pseudogikt är bekräftad med kalciumpyrofosfatkristaller i ledvätskan. Kolkicin i förebyggande syfte nu eller först vid nästa attack? Vi enas med pat om att avvakta."),
], must_not=["NL102"], why="a question mark on the treatment, not on the confirmed diagnosis")

C("enligt-mamma-pappan-troligen-adhd", "vgr_barnmed_nal", "Mottagningsanteckning", "2015-02-11", "M", [
    ("Anamnes", "Enligt mamma har pappan troligen ADHD men han är inte utredd."),
    ("Bedömning", "Pojken söker för förstoppning sedan sommaren, som bedöms vara funktionell och behandlas med makrogol."),
], must_not=["NL102"], why="'Enligt mamma' reports a hedge about the father; the child's own diagnosis is settled")

C("troligen-om-utskrivning-inte-diagnos", "vgr_med_uddevalla", "Daganteckning", "1961-01-05", "F", [
    ("Bedömning", "Erysipelas på höger underben, i regress på intravenöst bensylpenicillin. Pat kan troligen gå över till tabletter och skrivas ut imorgon om febern hållit sig borta."),
], must_not=["NL102"], why="'troligen' hedges the discharge plan, not the diagnosis")

C("kollega-misstankte-vilket-vi-inte-delar", "sk_kir_hbg", "Mottagningsanteckning", "1977-10-14", "M", [
    ("Bedömning", "Kollega misstänkte vid förra besöket ett ljumskbråck, vilket vi inte delar. Ingen bråckport palperas vid hosta och ultraljudet är normalt; smärtan bedöms som adduktortendinit."),
], must_not=["NL102"], why="a colleague's suspicion explicitly rejected ('vilket vi inte delar')")

C("maken-troligen-depression-pat-inte-typo", "sk_psyk_lund", "Mottagningsanteckning", "1963-06-08", "F", [
    ("Anamnes", "Maken har troligen en depression och pat orkar inte längre ta hand om honom."),
    ("Bedömning", "Pat söker för insomningsbesvär som bedöms vara stressrelaterade. MADRS-S ger 8 poäng och depresion föreligger inte hos pat."),
], must_not=["NL102"], why="the husband is the subject of 'troligen en depression'; the patient's own depression is negated (typo 'depresion')")

C("v2-idag-inte-langre-misstanke-hjartinfarkt", "vgr_medakut_uddevalla", "Akutanteckning", "1964-12-30", "M", [
    ("Bedömning", "Idag finns inte längre någon misstanke om hjärtinfarkt, då troponinet är normalt vid upprepade prov och EKG är oförändrat. Bröstsmärtan bedöms som muskuloskeletal."),
], must_not=["NL102"], draft=True, why="V2 after 'Idag': negation 'inte längre någon misstanke om' (unsigned draft)")

C("uteslutas-sist-efter-inskott-sab", "sk_akut_malmo", "Akutanteckning", "1980-07-07", "F", [
    ("Bedömning", "Att det skulle röra sig om en subaraknoidalblödning har, efter normal DT och normal lumbalpunktion, kunnat uteslutas. Huvudvärken bedöms som tensionshuvudvärk."),
], must_not=["NL102"], why="'uteslutas' comes last, far from the diagnosis, after an inserted phrase")

C("ingen-anledning-att-misstanka-reumatisk-barn", "vgr_barnmed_nal", "Mottagningsanteckning", "2016-06-19", "F", [
    ("Bedömning", "Det finns i nuläget ingen anledning att misstänka en reumatisk sjukdom hos flickan. Smärtorna i benen kvällstid bedöms som växtvärk och föräldrarna är lugnade."),
], must_not=["NL102"], why="'ingen anledning att misstänka' negates the hypothesis about the child")

# --- NL102 must_not, with typos ---

C("typo-inge-misstanke-dvt", "vgr_akut_nal", "Akutanteckning", "1971-03-19", "F", [
    ("Bedömning", "Inge misstanke om DVT, ultraljudet av vänster ben är normalt. Vadsmärtan bedöms som en muskelbristning efter löpning."),
], must_not=["NL102"], why="typo 'Inge' still negates: no suspicion of DVT")

C("typo-pneumoni-kan-utelsutas", "sk_inf_lund", "Mottagningsanteckning", "1985-11-04", "M", [
    ("Bedömning", "Pat är afebril med normal auskultation och normal lungröntgen, och pneumoni kan utelsutas. Hostan efter förkylningen bedöms som postinfektiös och går över av sig själv."),
], must_not=["NL102"], why="typo 'utelsutas' in 'kan uteslutas': an exclusion, with no negation before it")

# --- NL102 must_not, PMO (Skåne primary care never shows diagnoses) ---

C("pmo-misstankt-pneumoni", "sk_vc_simrishamn", "Besöksanteckning", "1944-02-09", "M", [
    ("Bedömning", "Misstänkt pneumoni hos pat med feber och hosta i fem dagar, CRP 98 och rassel höger. Amoxicillin insätts och återbesök vid utebliven förbättring."),
], must_not=["NL102"], why="PMO never shows diagnoses: a hedged diagnosis in a PMO note is not NL102")

C("pmo-bvc-trolig-komjolksproteinallergi", "sk_bvc_eslov", "Besöksanteckning", "2023-11-12", "F", [
    ("Bedömning", "Trolig komjölksproteinallergi hos flickan med blodtillblandad avföring och eksem. Mamma, som ammar, prövar mjölkfri kost i fyra veckor."),
], must_not=["NL102"], why="PMO BVC note: a hedged diagnosis about an infant is not shown in Journalen")

C("pmo-ungdomsmottagning-mojlig-klamydia", "sk_um_landskrona", "Besöksanteckning", "2006-03-03", "M", [
    ("Bedömning", "Möjlig klamydiainfektion efter oskyddat samlag och sveda vid miktion. Urinprov taget, pat får svaret via 1177 när det kommer."),
], must_not=["NL102"], why="PMO ungdomsmottagning: a hedged diagnosis, and PMO does not show diagnoses")

C("pmo-hemsjukvard-sannolikt-uvi", "sk_hsv_trelleborg", "Besöksanteckning", "1931-05-22", "F", [
    ("Bedömning", "Sannolikt en urinvägsinfektion, urinstickan är positiv för nitrit och pat är mer förvirrad än vanligt. Pivmecillinam i fem dagar."),
], must_not=["NL102"], why="PMO hemsjukvård: a hedged diagnosis is not shown in Journalen")

C("pmo-v2-idag-misstanks-hypotyreos", "sk_vc_hbg", "Besöksanteckning", "1967-08-28", "F", [
    ("Bedömning", "Idag misstänks en hypotyreos hos pat med trötthet och torr hud. TSH och fritt T4 tas, telefonuppföljning om en vecka."),
], must_not=["NL102"], why="V2 hedge in a PMO note: not NL102, because PMO never shows diagnoses")

C("pmo-typo-misstant-diskbrack", "sk_vc_lund", "Besöksanteckning", "1974-04-01", "M", [
    ("Bedömning", "Misstänt diskbråck L5–S1 med utstrålning i höger ben och positivt Lasègue. Sjukgymnastik och MR om besvären kvarstår efter sex veckor."),
], must_not=["NL102"], draft=True, why="typo 'Misstänt' in an unsigned PMO draft: PMO diagnoses are never shown")

# --- NL102 must_not, protected Tidiga hypoteser ---

C("tidiga-hypoteser-mall-skane-als", "sk_neuro_lund", "Tidiga hypoteser", "1970-09-10", "M", [
    ("Bedömning", "Misstänkt ALS mot bakgrund av fascikulationer, muskelatrofi i händerna och utbredda denervationsfynd på EMG. Ej kommunicerat med pat ännu."),
], must_not=["NL102"], why="the hypothesis is in Skåne's protected template Tidiga hypoteser, not in a visible note")

C("tidiga-hypoteser-sokord-vgr-ms", "vgr_neuro_su", "Läkaranteckning", "1991-03-25", "F", [
    ("Aktuellt", "Återbesök efter MR hjärna och synundersökning, efter episoden med dimsyn på vänster öga i våras."),
    ("Tidiga hypoteser", "Periventrikulära lesioner på MR inger misstanke om en MS, vilket ännu inte tagits upp med pat i väntan på likvorsvar."),
], must_not=["NL102"], why="the hypothesis sits under VGR's protected sökord Tidiga hypoteser; the visible section holds none")

# ===========================================================================
# NL101: a diagnosis visible while the text says the patient is not informed
# ===========================================================================

C("nl101-pankreas-annu-inte-informerad", "sk_kir_lund", "Läkaranteckning", "1950-06-30", "M", [
    ("Bedömning", "PAD från biopsin visar adenocarcinom i pankreas. Pat är ännu inte informerad om diagnosen; besked ges av ansvarig kirurg på fredag tillsammans med kontaktsjuksköterskan."),
], must=["NL101"], why="explicit 'ännu inte informerad om diagnosen' in a visible Melior note")

C("nl101-v2-annu-har-pat-inte-fatt-veta", "vgr_lung_su", "Läkaranteckning", "1949-04-14", "F", [
    ("Bedömning", "Ännu har pat inte fått veta att DT visar levermetastaser från hennes lungcancer. Beskedet planeras vid återbesöket på måndag, när dottern kan vara med."),
], must=["NL101"], why="V2 inversion 'Ännu har pat inte fått veta' about a new diagnosis in a visible section")

C("nl101-melanom-inte-fatt-besked-annu", "sk_hud_lund", "Läkaranteckning", "1977-02-11", "F", [
    ("Bedömning", "Excisionen visade ett malignt melanom med tjocklek 1,2 mm. Pat har inte fått besked ännu och ska inte informeras per telefon, utan får beskedet vid besök nästa vecka."),
], must=["NL101"], why="'har inte fått besked ännu' about a confirmed melanoma in a visible note")

C("nl101-ms-har-inte-meddelats-utkast", "vgr_neuro_su", "Läkaranteckning", "1993-07-07", "F", [
    ("Bedömning", "MR visar multipla periventrikulära lesioner och likvor har oligoklonala band, vilket innebär att diagnosen MS är ställd. Diagnosen har inte meddelats pat, som kallas till mottagningen om två veckor."),
], must=["NL101"], draft=True, why="unsigned draft: 'har inte meddelats pat' with a settled MS diagnosis")

C("nl101-som-pat-annu-inte-fatt-svar-pa", "sk_uro_malmo", "Läkaranteckning", "1953-12-20", "M", [
    ("Bedömning", "Biopsierna, som pat ännu inte har fått svar på, visar prostatacancer Gleason 4+3 i fyra av tolv kolvar. Besked och behandlingsdiskussion vid besök med kontaktsjuksköterska."),
], must=["NL101"], why="the relative clause 'som pat ännu inte har fått svar på' says the patient is not informed")

C("nl101-typo-ej-infomerad-aml", "vgr_hem_su", "Inskrivningsanteckning", "1966-10-26", "M", [
    ("Bedömning", "Benmärgsprovet bekräftar akut myeloisk leukemi. Pat ej infomerad, besked ges imorgon bitti av överläkaren tillsammans med kontaktsjuksköterskan."),
], must=["NL101"], why="typo 'infomerad' in 'ej informerad' about a confirmed leukaemia")

C("nl101-informerades-inte-forran-idag", "sk_brost_malmo", "Läkaranteckning", "1968-05-31", "F", [
    ("Bedömning", "Pat informerades inte förrän idag om att biopsin visar bröstcancer, eftersom provsvaret dröjde. Hon tog beskedet med fattning och kontaktsjuksköterska är utsedd."),
], must_not=["NL101"], why="'inte förrän idag' means the patient was informed today")

C("nl101-dottern-inte-informerad-pat-vet", "vgr_lung_su", "Läkaranteckning", "1944-01-28", "M", [
    ("Bedömning", "Dottern har ännu inte informerats om lungcancerbeskedet, som pat själv fick igår och vill berätta för henne själv."),
], must_not=["NL101"], draft=True, why="the daughter, not the patient, is uninformed (unsigned draft)")

C("nl101-hustrun-ska-inte-veta-pat-informerad", "sk_inf_malmo", "Läkaranteckning", "1975-08-15", "M", [
    ("Bedömning", "Pat vill inte att hustrun ska få veta om hiv-diagnosen förrän han själv har berättat. Han har fått full information om diagnos, behandling och smittsamhet."),
], must_not=["NL101"], why="the wife is not to be told; the patient himself is fully informed")

C("nl101-villkor-om-biopsin-visar-cancer", "vgr_kir_boras", "Läkaranteckning", "1962-09-24", "F", [
    ("Planering", "Om biopsin från ventrikeln visar cancer ska pat inte få beskedet per telefon utan vid ett inbokat besök."),
], must_not=["NL101"], why="a conditional plan: no established diagnosis is being withheld")

C("nl101-tidiga-hypoteser-mall-skane-glioblastom", "sk_neurokir_lund", "Tidiga hypoteser", "1958-03-05", "M", [
    ("Bedömning", "PAD visar glioblastom. Pat ej informerad ännu; besked ges av neurokirurg imorgon när hustrun är på plats."),
], must_not=["NL101"], setting="slutenvård", why="the uncommunicated diagnosis is in Skåne's protected template Tidiga hypoteser")

C("nl101-tidiga-hypoteser-sokord-vgr-huntington", "vgr_genetik_su", "Läkaranteckning", "1987-11-13", "F", [
    ("Aktuellt", "Genetisk vägledning enligt plan, nytt samtal bokat om två veckor."),
    ("Tidiga hypoteser", "Analysen bekräftar Huntingtons sjukdom; pat är ännu inte informerad och ett vägledningssamtal med psykolog bokas."),
], must_not=["NL101"], why="the uncommunicated diagnosis is under VGR's protected sökord Tidiga hypoteser")

C("nl101-inte-informerad-om-normalt-prov", "sk_med_ystad", "Telefonanteckning", "1972-02-22", "F", [
    ("Aktuellt", "Pat har ännu inte informerats om att TSH och fritt T4 var normala. Brev med provsvaren skickas idag."),
], must_not=["NL101"], why="'inte informerats' about a normal result: no diagnosis is withheld")

C("nl101-ingen-anledning-att-undanhalla", "vgr_kolorektal_ostra", "Läkaranteckning", "1959-07-17", "M", [
    ("Bedömning", "Det finns ingen anledning att undanhålla diagnosen, och pat fick idag besked om sin rektalcancer. Han önskar att sonen är med vid nästa besök."),
], must_not=["NL101"], why="negated 'ingen anledning att undanhålla', and the patient got the news today")

C("nl101-vill-inte-veta-prognos-men-informerad", "sk_lung_lund", "Läkaranteckning", "1948-10-08", "M", [
    ("Bedömning", "Pat har inte velat veta prognosen, men är informerad om diagnosen idiopatisk lungfibros. Syrgasbehovet utreds vidare."),
], must_not=["NL101"], why="the patient declines the prognosis but knows the diagnosis")


# ===========================================================================
# Build
# ===========================================================================

def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return (10 - total % 10) % 10


def personnummer(born, sex, idx):
    ymd = born.replace("-", "")
    a = (idx * 7 + 3) % 10
    b = (idx * 3 + 1) % 10
    c = (idx * 5) % 10
    if sex == "F" and c % 2 == 1:
        c = (c + 1) % 10
    if sex == "M" and c % 2 == 0:
        c = (c + 1) % 10
    nine = ymd[2:] + f"{a}{b}{c}"
    return f"{ymd}-{a}{b}{c}{luhn_digit(nine)}"


def note_times(idx, draft):
    month = idx % 11 + 1
    day = (idx * 11) % 28 + 1
    hour = 8 + (idx * 5) % 9
    minute = (idx * 17) % 60
    t = dt.datetime(2024, month, day, hour, minute)
    signed = None if draft else t + dt.timedelta(minutes=25 + (idx * 7) % 90)
    as_of = dt.datetime.combine((t + dt.timedelta(days=10)).date(), dt.time())
    return t, signed, as_of


def iso(x):
    return x.strftime("%Y-%m-%dT%H:%M:%S")


def build():
    out = []
    for idx, c in enumerate(CASES):
        ruleset, system, uname, hsa = UNITS[c["unit"]]
        t, signed, as_of = note_times(idx, c["draft"])
        setting = c["setting"] or ("slutenvård" if c["template"] in INPATIENT_TEMPLATES else "öppenvård")
        note = {
            "id": "n1",
            "system": system,
            "template": c["template"],
            "unit": {"name": uname, "hsa_id": hsa},
            "author": {"name": AUTHORS[(idx * 7) % len(AUTHORS)], "role": c["role"]},
            "time": iso(t),
            "signed": iso(signed) if signed else None,
            "setting": setting,
            "refs": [],
            "sections": [{"keyword": k, "text": v} for k, v in c["sections"]],
        }
        record = {
            "patient": {"id": personnummer(c["born"], c["sex"], idx), "birth_date": c["born"],
                        "protected_identity": False},
            "as_of": iso(as_of),
            "notes": [note],
            "access_events": [],
            "conversations": [],
            "treatments": [],
        }
        out.append({
            "case": c["name"],
            "ruleset": ruleset,
            "record": record,
            "must": [[code, "n1"] for code in c["must"]],
            "must_not": [[code, "n1"] for code in c["must_not"]],
            "why": c["why"],
        })
    return out


# ===========================================================================
# Validate
# ===========================================================================

CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
PATIENT_KEYS = {"id", "birth_date", "protected_identity"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
UNIT_KEYS = {"name", "hsa_id"}
AUTHOR_KEYS = {"name", "role"}
SECTION_KEYS = {"keyword", "text"}
CODES = {"NL101", "NL102"}
SENT_SPLIT = re.compile(r"(?<=[.!?;:])\s+|\n+")


def parse_ts(s):
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%S")


def age_at(born, when):
    return when.year - born.year - ((when.month, when.day) < (born.month, born.day))


def validate(cases):
    errs = []

    def err(case, msg):
        errs.append(f"{case}: {msg}")

    if not 100 <= len(cases) <= 120:
        errs.append(f"set: {len(cases)} cases, want 100-120")
    names, pnrs = set(), set()
    sentences = {}
    for c in cases:
        n = c.get("case", "?")
        if list(c.keys()) != CASE_KEYS:
            err(n, f"case keys {list(c.keys())}")
            continue
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", n):
            err(n, "case name is not a slug")
        if n in names:
            err(n, "duplicate case name")
        names.add(n)
        if c["ruleset"] not in ("skane", "vgr"):
            err(n, f"ruleset {c['ruleset']}")
        if not isinstance(c["why"], str) or len(c["why"]) < 10:
            err(n, "why missing")
        rec = c["record"]
        if set(rec.keys()) != RECORD_KEYS:
            err(n, f"record keys {sorted(rec.keys())}")
            continue
        for k in ("access_events", "conversations", "treatments"):
            if rec[k] != []:
                err(n, f"{k} not empty")
        pat = rec["patient"]
        if set(pat.keys()) != PATIENT_KEYS:
            err(n, f"patient keys {sorted(pat.keys())}")
            continue
        if pat["protected_identity"] is not False:
            err(n, "protected_identity must be false")
        pnr, bd = pat["id"], pat["birth_date"]
        m = re.fullmatch(r"(\d{8})-(\d{4})", pnr)
        if not m:
            err(n, f"personnummer format {pnr}")
        else:
            if m.group(1) != bd.replace("-", ""):
                err(n, f"personnummer {pnr} does not match birth_date {bd}")
            ten = m.group(1)[2:] + m.group(2)
            if luhn_digit(ten[:9]) != int(ten[9]):
                err(n, f"personnummer {pnr} fails Luhn")
            if pnr in pnrs:
                err(n, "duplicate personnummer")
            pnrs.add(pnr)
        try:
            born = dt.date.fromisoformat(bd)
        except ValueError:
            err(n, f"bad birth_date {bd}")
            continue
        try:
            as_of = parse_ts(rec["as_of"])
        except ValueError:
            err(n, f"bad as_of {rec['as_of']}")
            continue
        if as_of.year != 2024:
            err(n, "as_of not in 2024")
        notes = rec["notes"]
        if not notes:
            err(n, "no notes")
            continue
        note_ids = [x.get("id") for x in notes]
        if len(set(note_ids)) != len(note_ids):
            err(n, "duplicate note ids")
        for note in notes:
            if set(note.keys()) != NOTE_KEYS:
                err(n, f"note keys {sorted(note.keys())}")
                continue
            if set(note["unit"].keys()) != UNIT_KEYS or set(note["author"].keys()) != AUTHOR_KEYS:
                err(n, "unit/author keys")
            if note["system"] not in ("Melior", "PMO"):
                err(n, f"system {note['system']}")
            if c["ruleset"] == "vgr" and note["system"] != "Melior":
                err(n, "VGR cases must be Melior notes")
            hsa = note["unit"]["hsa_id"]
            if c["ruleset"] == "skane" and not hsa.startswith("SE2321000255-"):
                err(n, "Skåne unit with non-Skåne HSA-id")
            if c["ruleset"] == "vgr" and not hsa.startswith("SE2321000131-"):
                err(n, "VGR unit with non-VGR HSA-id")
            if c["ruleset"] == "vgr" and ("BUP" in note["unit"]["name"] or "Barn- och ungdomspsykiatri" in note["unit"]["name"]):
                err(n, "BUP cases are Skåne only")
            try:
                t = parse_ts(note["time"])
            except ValueError:
                err(n, f"bad time {note['time']}")
                continue
            if t.year != 2024:
                err(n, "note time not in 2024")
            if note["signed"] is not None:
                s = parse_ts(note["signed"])
                if s.year != 2024 or s < t:
                    err(n, "signed not in 2024 or before time")
                if as_of < s:
                    err(n, "as_of before signing")
            if as_of < t:
                err(n, "as_of before note time")
            age = age_at(born, t.date())
            if age < 0:
                err(n, "born after the note")
            if 13 <= age <= 15:
                err(n, f"patient aged {age}: nobody may be 13-15")
            if note["refs"] != []:
                err(n, "refs not empty")
            if not note["sections"]:
                err(n, "no sections")
            for sec in note["sections"]:
                if set(sec.keys()) != SECTION_KEYS:
                    err(n, f"section keys {sorted(sec.keys())}")
                    continue
                if not sec["keyword"] or not sec["text"].strip():
                    err(n, "empty section")
                if sec["keyword"] in PROTECTED_KEYWORDS_VGR and c["ruleset"] != "vgr":
                    err(n, "Tidiga hypoteser as sökord is only used in VGR cases")
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in sentences and sentences[sent] != n:
                            err(n, f"sentence also in {sentences[sent]}: {sent!r}")
                        elif sent in sentences:
                            err(n, f"sentence repeated within the case: {sent!r}")
                        sentences[sent] = n
            if note["template"] in PROTECTED_TEMPLATES_SKANE and c["ruleset"] != "skane":
                err(n, "Tidiga hypoteser as template is only used in Skåne cases")
        asserted = c["must"] + c["must_not"]
        if not asserted:
            err(n, "no assertions")
        seen = set()
        for lst in ("must", "must_not"):
            for item in c[lst]:
                if not (isinstance(item, list) and len(item) == 2):
                    err(n, f"bad assertion {item}")
                    continue
                code, target = item
                if code not in CODES:
                    err(n, f"code {code} not asserted in this set")
                if target not in note_ids:
                    err(n, f"target {target} does not exist")
                if target != "n1":
                    err(n, f"asserted note id {target}, want n1")
                if code in seen:
                    err(n, f"{code} asserted twice")
                seen.add(code)
        n1 = next((x for x in notes if x.get("id") == "n1"), None)
        if n1 is not None:
            if n1.get("system") == "PMO":
                if ["NL102", "n1"] in c["must"]:
                    err(n, "NL102 must on a PMO note")
                if any(code == "NL101" for code, _ in asserted):
                    err(n, "NL101 asserted on a PMO note")
    return errs


def main():
    cases = build()
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    # re-read what was written and validate that
    written = [json.loads(line) for line in OUT.read_text(encoding="utf-8").splitlines() if line.strip()]
    errs = validate(written)
    if errs:
        for e in errs:
            print("ERROR", e, file=sys.stderr)
        print(f"{len(errs)} problem(s)", file=sys.stderr)
        return 1
    counts = {}
    for c in written:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    rulesets = {}
    systems = {}
    drafts = 0
    for c in written:
        rulesets[c["ruleset"]] = rulesets.get(c["ruleset"], 0) + 1
        note = c["record"]["notes"][0]
        systems[note["system"]] = systems.get(note["system"], 0) + 1
        drafts += note["signed"] is None
    typos = sum(1 for c in written if "typo" in c["case"] or "typo" in c["why"])
    print(f"wrote {OUT.name}: {len(written)} cases")
    for code in sorted(CODES):
        print(f"  {code}: must {counts.get((code, 'must'), 0)}, must_not {counts.get((code, 'must_not'), 0)}")
    print(f"  rulesets {dict(sorted(rulesets.items()))}, systems {dict(sorted(systems.items()))}, "
          f"drafts {drafts}, typo cases {typos}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
