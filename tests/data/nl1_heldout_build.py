#!/usr/bin/env python3
"""Held-out NL1 test set for notelint (frozen).

Written from the regional routines (shared/seeds) and the rule catalog in
shared/DESIGN.md only, following the case format and conventions of
shared/data/devset/README.md. Nobody writing these notes read the product code,
its lexicons, cue lists or tests.

Run: python3 nl1_heldout_build.py   -> writes nl1_heldout_cases.jsonl beside this file,
validates it, prints counts. Deterministic; exits 1 on any problem. No dependencies.

Each case tests one idea (see `why`). Conventions:
- Skåne protects by template (note.template), VGR by sökord (sections[].keyword).
- NL102 asserted only for Melior notes; hedged diagnoses in PMO notes are must_not NL102.
- NL101 is never asserted on PMO notes.
- Patients are under 13 or 16+ at the time of the note; BUP only in Skåne.
- Case names containing "typo" (and their `why`) mark realistic misspellings.
"""
import datetime as _dt
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_heldout_cases.jsonl")

# ---------------------------------------------------------------- units
UNITS = {
    # Region Skåne, Melior (hospitals)
    "sk_neuro_lund": ("Neurologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4N12"),
    "sk_neuro_malmo": ("Neurologiavdelning 3, Skånes universitetssjukhus Malmö", "SE2321000255-4N57"),
    "sk_akut_lund": ("Akutmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-1A03"),
    "sk_akut_hbg": ("Akutmottagningen, Helsingborgs lasarett", "SE2321000255-1A71"),
    "sk_akut_ksd": ("Akutmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-1A44"),
    "sk_onko_lund": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-7O31"),
    "sk_brost_malmo": ("Bröstmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-7B28"),
    "sk_kir_ystad": ("Kirurgiska kliniken, Ystads lasarett", "SE2321000255-3K19"),
    "sk_kir_hbg": ("Kirurgavdelning 31, Helsingborgs lasarett", "SE2321000255-3K62"),
    "sk_reuma_lund": ("Reumatologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-5R11"),
    "sk_kardio_hbg": ("Kardiologimottagningen, Helsingborgs lasarett", "SE2321000255-2C40"),
    "sk_hia_ksd": ("Hjärtintensivvårdsavdelningen, Centralsjukhuset Kristianstad", "SE2321000255-2C93"),
    "sk_psyk_malmo": ("Allmänpsykiatrisk mottagning Malmö Söder", "SE2321000255-9P14"),
    "sk_psyk_hbg": ("Psykiatrisk öppenvårdsmottagning Helsingborg", "SE2321000255-9P38"),
    "sk_bup_lund": ("Barn- och ungdomspsykiatrisk öppenvårdsmottagning Lund", "SE2321000255-9B05"),
    "sk_bup_hbg": ("Barn- och ungdomspsykiatrisk mottagning Helsingborg", "SE2321000255-9B66"),
    "sk_gyn_malmo": ("Kvinnokliniken, Skånes universitetssjukhus Malmö", "SE2321000255-6G22"),
    "sk_gyn_ksd": ("Gynekologmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-6G81"),
    "sk_ger_lund": ("Geriatriska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-8G17"),
    "sk_minne_malmo": ("Minnesmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-8M46"),
    "sk_hud_lund": ("Hudmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-5H09"),
    "sk_endo_malmo": ("Endokrinologimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-5E73"),
    "sk_inf_lund": ("Infektionskliniken, Skånes universitetssjukhus Lund", "SE2321000255-2I55"),
    "sk_inf_hbg": ("Infektionsmottagningen, Helsingborgs lasarett", "SE2321000255-2I08"),
    "sk_uro_malmo": ("Urologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-3U26"),
    "sk_orto_hlm": ("Ortopedmottagningen, Hässleholms sjukhus", "SE2321000255-3O77"),
    "sk_onh_lund": ("Öron-, näs- och halsmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-6O13"),
    "sk_ogon_hbg": ("Ögonmottagningen, Helsingborgs lasarett", "SE2321000255-6E59"),
    "sk_gastro_malmo": ("Gastroenterologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4G88"),
    "sk_med_trelleborg": ("Medicinkliniken, Trelleborgs lasarett", "SE2321000255-4M35"),
    "sk_med_landskrona": ("Medicinmottagningen, Landskrona lasarett", "SE2321000255-4M70"),
    "sk_lung_lund": ("Lungmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4L21"),
    "sk_barn_lund": ("Barnakuten, Skånes universitetssjukhus Lund", "SE2321000255-7K02"),
    "sk_barn_hbg": ("Barn- och ungdomskliniken, Helsingborgs lasarett", "SE2321000255-7K64"),
    "sk_hemat_lund": ("Hematologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-5X48"),
    "sk_njur_malmo": ("Njurmedicinska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-5N91"),
    # Region Skåne, PMO (primary care)
    "sk_vc_sodervarn": ("Vårdcentralen Södervärn, Malmö", "SE2321000255-P101"),
    "sk_vc_tabelund": ("Vårdcentralen Tåbelund, Eslöv", "SE2321000255-P117"),
    "sk_vc_larod": ("Vårdcentralen Laröd, Helsingborg", "SE2321000255-P129"),
    "sk_bvc_husensjo": ("BVC Husensjö, Helsingborg", "SE2321000255-P142"),
    "sk_um_lund": ("Ungdomsmottagningen Lund", "SE2321000255-P156"),
    "sk_hsv_ystad": ("Hemsjukvården Ystad", "SE2321000255-P163"),
    # Västra Götalandsregionen, Melior
    "vgr_neuro_su": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011204"),
    "vgr_akut_su": ("Akutmottagningen Sahlgrenska, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011017"),
    "vgr_akut_nal": ("Akutmottagningen, NU-sjukvården NÄL", "SE2321000131-E000000013352"),
    "vgr_akut_skas": ("Akutmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000014471"),
    "vgr_akut_sas": ("Akutmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000015128"),
    "vgr_onko_su": ("Jubileumskliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011876"),
    "vgr_lung_su": ("Lungmedicinska mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011433"),
    "vgr_hemat_su": ("Sektionen för hematologi och koagulation, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011590"),
    "vgr_reuma_su": ("Reumatologmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000012145"),
    "vgr_kardio_ostra": ("Kardiologmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000012318"),
    "vgr_kardio_skas": ("Medicinkliniken hjärtsektionen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000014620"),
    "vgr_psyk_su": ("Psykiatri Affektiva mottagning, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000012987"),
    "vgr_psyk_nal": ("Psykiatrisk öppenvårdsmottagning Trollhättan, NU-sjukvården", "SE2321000131-E000000013509"),
    "vgr_gyn_ostra": ("Kvinnosjukvården, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000012264"),
    "vgr_gyn_sas": ("Kvinnokliniken, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000015283"),
    "vgr_ger_molndal": ("Geriatriska mottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000012731"),
    "vgr_minne_skas": ("Minnesmottagningen, Skaraborgs Sjukhus Falköping", "SE2321000131-E000000014795"),
    "vgr_hud_su": ("Hudmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011668"),
    "vgr_endo_su": ("Endokrinologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011742"),
    "vgr_inf_ostra": ("Infektionskliniken, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000012409"),
    "vgr_uro_su": ("Urologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011951"),
    "vgr_uro_nal": ("Urologmottagningen, NU-sjukvården Uddevalla", "SE2321000131-E000000013618"),
    "vgr_orto_molndal": ("Ortopedmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000012856"),
    "vgr_onh_su": ("Öron-näsa-hals-mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011389"),
    "vgr_ogon_molndal": ("Ögonmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000012570"),
    "vgr_gastro_ostra": ("Gastroenterologmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000012093"),
    "vgr_barn_dsbus": ("Barnakuten, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000012672"),
    "vgr_barn_nal": ("Barn- och ungdomskliniken, NU-sjukvården NÄL", "SE2321000131-E000000013741"),
    "vgr_med_alingsas": ("Medicinkliniken, Alingsås lasarett", "SE2321000131-E000000016034"),
    "vgr_med_kungalv": ("Medicinmottagningen, Kungälvs sjukhus", "SE2321000131-E000000016197"),
    "vgr_njur_su": ("Njurmedicinska mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011525"),
    "vgr_kir_sas": ("Kirurgkliniken, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000015347"),
    "vgr_lung_skas": ("Lungmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000014538"),
}

CASES = []


def C(case, rs, pnr, unit, template, author, time, signed, sections, must=(), must_not=(),
      why="", dx=(), system="Melior", setting="öppenvård"):
    """One case. time 'YYYY-MM-DD HH:MM'; signed 'HH:MM' (same day), 'YYYY-MM-DD HH:MM' or None;
    author 'Name/role'; sections list of (sökord, text); dx = diagnoses the note names (bookkeeping only)."""
    CASES.append(dict(case=case, rs=rs, pnr=pnr, unit=unit, template=template, author=author,
                      time=time, signed=signed, sections=sections, must=list(must),
                      must_not=list(must_not), why=why, dx=list(dx), system=system, setting=setting))


# ====================================================================== NL102 positives
# Hedged diagnosis in a visible section of a Melior note.

C("neuro-ms-i-forsta-hand-long", "vgr", "19910314-2346", "vgr_neuro_su", "Nybesök", "Elin Strand/läkare",
  "2024-02-06 10:40", "11:55", [
    ("Aktuellt", "Remitterad från ögonkliniken efter synnedsättning vä öga i januari, nu i regress. "
                 "Sedan två veckor domningar i båda fötterna upp till knäna. Ingen blåsstörning. "
                 "Arbetar som lärare, röker ej."),
    ("Status", "Vaken, adekvat. RAPD vä. Nedsatt vibrationssinne distalt bilat. Reflexer livliga och sidlika, "
               "Babinski neg bilat. Romberg ostadig. Gång ua."),
    ("Bedömning", "MR hjärna och halsrygg visar periventrikulära och juxtakortikala lesioner samt en lesion i C3-nivå. "
                  "Bild av demyeliniserande inflammation, i första hand MS. Vi kompletterar med likvor."),
    ("Planering", "LP med oligoklonala band 12/2. Återbesök hos undertecknad efter likvorsvar. "
                  "MS-sjuksköterskan ringer pat nästa vecka."),
  ], must=["NL102"], why="'i första hand MS' i Bedömning mitt i lång anteckning", dx=["multipel skleros"])

C("neuro-als-kan-ej-uteslutas-long", "skane", "19610902-3173", "sk_neuro_lund", "Läkaranteckning", "Jonas Bergkvist/läkare",
  "2024-01-17 09:10", "10:30", [
    ("Anamnes", "Snickare, högerhänt. Sedan i höstas tilltagande svaghet i hö hand, tappar verktyg. "
                "Frun har sett ryckningar i hans underarm och vad. Ingen smärta, inga känselsymtom. Gått ner 4 kg."),
    ("Status", "Atrofi av thenar och interossei hö. Fascikulationer hö underarm och vä vad. "
               "Reflexer stegrade i hö arm, Hoffmann pos hö. Sensorik ua. Tungan utan atrofi eller fascikulationer."),
    ("Bedömning", "Blandade fynd från övre och nedre motorneuron. ALS kan ej uteslutas, DD cervikal myelopati. "
                  "Vi går vidare med bilddiagnostik och neurofysiologi."),
    ("Planering", "MR cervikalkolumnen och EMG/neurografi via klinisk neurofysiologi. "
                  "Nytt besök om fyra veckor när båda undersökningarna är gjorda."),
  ], must=["NL102"], why="'ALS kan ej uteslutas' (cue efter diagnos) i lång anteckning", dx=["amyotrofisk lateralskleros", "cervikal myelopati"])

C("neuro-myastheni-fragetecken-fore", "vgr", "19571120-4288", "vgr_neuro_su", "Läkaranteckning", "Samir Haddad/läkare",
  "2024-03-04 14:20", None, [
    ("Aktuellt", "Dubbelseende och hängande ögonlock framåt kvällen sedan en månad, bättre efter vila. "
                 "Tröttnar när hon tuggar kött."),
    ("Bedömning", "Uttröttbar ptos bilat, isprov positivt. ?MG. Tar AChR-antikroppar och beställer neurografi "
                  "med repetitiv stimulering."),
  ], must=["NL102"], why="'?MG' förkortad diagnos med frågetecken före", dx=["myasthenia gravis"])

C("neuro-nph-trol", "skane", "19430528-1539", "sk_neuro_malmo", "Inskrivningsanteckning", "Maria Ekdahl/läkare",
  "2024-04-09 11:00", "13:40", [
    ("Aktuellt", "Inlagd för gångsvårigheter, urininkontinens och tilltagande glömska senaste halvåret."),
    ("Status", "Bredspårig, magnetisk gång med små steg. MMT 23/30."),
    ("Bedömning", "DT hjärna visar vidgade ventriklar oproportionerligt mot sulci. Trol. NPH. "
                  "Planerar tappningstest med gånganalys före och efter."),
  ], must=["NL102"], why="'Trol. NPH' i slutenvårdsanteckning", dx=["normaltryckshydrocefalus"], setting="slutenvård")

C("akut-epilepsi-typo-epelepsi", "skane", "20010719-2197", "sk_akut_lund", "Akutanteckning", "Oskar Nilsson/läkare",
  "2024-05-13 08:45", None, [
    ("Aktuellt", "Hittad av sambon krampande i sängen i morse, ca 2 min, tungbett vä sida och urinavgång. "
                 "Postiktal i en halvtimme. Inga tidigare anfall. Sömnbrist inför tentor."),
    ("Status", "Vaken, orienterad. Neurologiskt utan fokalitet. Tungbett vänster tungkant."),
    ("Bedömning", "Förstagångsanfall, misstänkt epelepsi. DT hjärna ua. Remiss neurologen för EEG och MR. "
                  "Informerad om körförbud."),
  ], must=["NL102"], why="typo 'epelepsi' efter 'misstänkt'; osignerat utkast", dx=["epilepsi"])

C("neuro-guillain-barre-kan-rora-sig-om", "vgr", "19790211-3377", "vgr_akut_su", "Akutanteckning", "Linnea Sjöberg/läkare",
  "2024-02-22 19:30", "2024-02-22 23:10", [
    ("Aktuellt", "Stickningar i fötter och händer sedan 5 dagar, nu svårt att gå i trappor. Magsjuk för tre veckor sedan."),
    ("Status", "Kraft 4/5 i höftböjare bilat, areflexi i nedre extremiteter. VK 3,1 l."),
    ("Bedömning", "Ascenderande svaghet efter gastroenterit. Kan röra sig om Guillain-Barrés syndrom. "
                  "LP och neurografi idag, VK-kontroll tre gånger per dygn."),
  ], must=["NL102"], why="'Kan röra sig om' + eponym med genitiv", dx=["Guillain-Barrés syndrom"], setting="slutenvård")

C("neuro-parkinson-mb-fragetecken-efter", "skane", "19521003-2461", "sk_neuro_lund", "Mottagningsanteckning", "Per Lindholm/läkare",
  "2024-06-11 10:15", "11:00", [
    ("Anamnes", "Skakning i vä hand i vila sedan ett år. Maken tycker att hon gått långsammare och luktsinnet har blivit sämre."),
    ("Status", "Vilotremor vä hand, rigiditet med kugghjulsfenomen vä arm, nedsatt medrörelse vä arm vid gång."),
    ("Bedömning", "Mb Parkinson? Provar levodopa, effekten utvärderas vid återbesök om 8 v. DaTSCAN om utebliven effekt."),
  ], must=["NL102"], why="'Mb Parkinson?' eponym med Mb och frågetecken efter", dx=["Parkinsons sjukdom"])

C("akut-sah-fs-i-atgard", "skane", "19751209-2680", "sk_akut_hbg", "Akutanteckning", "Hanna Persson/läkare",
  "2024-03-28 17:55", "2024-03-28 21:20", [
    ("Aktuellt", "Plötslig åskknallshuvudvärk under träning kl 17, den värsta hon haft. Kräkts en gång. Nackstel."),
    ("Åtgärd", "DT hjärna akut fs SAH. Om den är normal görs LP tidigast 12 h efter debut. Analgetika och antiemetika iv."),
  ], must=["NL102"], why="frågeställning förkortad 'fs' under sökord Åtgärd", dx=["subaraknoidalblödning"])

C("akut-tia-sannolikt", "vgr", "19490417-1578", "vgr_akut_skas", "Akutanteckning", "Erik Wallin/läkare",
  "2024-07-02 09:05", "10:15", [
    ("Aktuellt", "20 min lång talsvårighet och svaghet i hö hand vid frukost, helt återställd vid ankomst. "
                 "Känt förmaksflimmer utan antikoagulantia."),
    ("Bedömning", "Sannolikt TIA med kardiell embolikälla. ABCD2 5. Läggs in på strokeenheten för DT-angio av halskärlen, "
                  "NOAK startas efter bilddiagnostik."),
  ], must=["NL102"], why="'Sannolikt TIA'", dx=["transitorisk ischemisk attack", "förmaksflimmer"])

C("lung-bronkialcancer-typo-misstank", "vgr", "19560830-2518", "vgr_lung_su", "Nybesök", "Ingrid Falk/läkare",
  "2024-01-25 13:30", "14:45", [
    ("Aktuellt", "Ex-rökare 40 paketår. Hosta sedan 3 mån, blodtingerade upphostningar senaste veckan, viktnedgång 6 kg."),
    ("Bedömning", "DT thorax visar 3,5 cm spikulerad förändring hö överlob med förstorad hiluskörtel. "
                  "Misstänk bronkialcancer. Anmäld till bronkoskopi och PET-DT, SVF startat idag."),
    ("Planering", "Kontaktsjuksköterskan ringer pat med tider för undersökningarna."),
  ], must=["NL102"], why="typo 'Misstänk' (saknat t) före bronkialcancer", dx=["lungcancer"])

C("kir-pankreascancer-forenligt-med-typo", "skane", "19580122-2844", "sk_kir_ystad", "Inskrivningsanteckning", "Anders Holm/läkare",
  "2024-02-14 15:00", "16:20", [
    ("Aktuellt", "Smärtfri ikterus sedan 10 dagar, mörk urin, ljus avföring och klåda."),
    ("Bedömning", "DT buk visar expansivitet i pankreashuvudet med vidgade gallvägar, förenligt med pankrescancer. "
                  "Anmäld till HPB-ronden. ERCP med stent för avlastning."),
  ], must=["NL102"], why="'förenligt med' + typo 'pankrescancer'", dx=["pankreascancer"], setting="slutenvård")

C("hemat-hodgkin-tankbar", "vgr", "19870305-1774", "vgr_hemat_su", "Nybesök", "Johan Åberg/läkare",
  "2024-04-23 08:30", "09:45", [
    ("Aktuellt", "Förstorade lymfkörtlar på halsen sedan 2 mån, nattsvettningar och klåda, feber kvällstid."),
    ("Status", "Multipla 2–3 cm körtlar supraklavikulärt vä, ej ömma. Mjälte ej palpabel."),
    ("Bedömning", "Tänkbar diagnos är Hodgkins lymfom. Exstirpation av körtel via ÖNH, DT hals-thorax-buk."),
  ], must=["NL102"], why="'Tänkbar diagnos' Hodgkins lymfom", dx=["Hodgkins lymfom"])

C("uro-prostatacancer-susp", "skane", "19510714-2399", "sk_uro_malmo", "Mottagningsanteckning", "Karl Dahlberg/läkare",
  "2024-05-06 10:20", "11:05", [
    ("Aktuellt", "PSA 14 vid kontroll på vårdcentralen, för ett år sedan 6. Inga vattenkastningsbesvär."),
    ("Status", "PR: hård knöl i vä lob, prostata ca 35 ml."),
    ("Bedömning", "Susp. prostatacancer. MR prostata och därefter riktade biopsier."),
  ], must=["NL102"], why="'Susp.' prostatacancer", dx=["prostatacancer"])

C("gyn-ovarialcancer-inger-misstanke", "vgr", "19631201-4068", "vgr_gyn_sas", "Mottagningsanteckning", "Sara Lundgren/läkare",
  "2024-03-12 13:15", "14:00", [
    ("Aktuellt", "Uppkördhet och tryck i buken sedan 2 mån. CA-125 480."),
    ("Status", "Gyn us: fast, oregelbunden resistens i vä adnex, ascites på VUL."),
    ("Bedömning", "Fynden inger misstanke om ovarialcancer. DT thorax-buk och remiss för gynonkologisk bedömning inom SVF."),
  ], must=["NL102"], why="'inger misstanke om' ovarialcancer", dx=["ovarialcancer"])

C("hud-melanom-kan-inte-utesluta-fore", "skane", "19840519-2959", "sk_hud_lund", "Mottagningsanteckning", "Lena Fors/läkare",
  "2024-06-19 09:40", "10:10", [
    ("Status", "Asymmetrisk pigmenterad lesion 9 mm på ryggen, oregelbundna kanter och tre färger. "
               "Dermatoskopi: atypiskt nätverk och regressionsområde."),
    ("Bedömning", "Kan inte utesluta malignt melanom. Excision med 2 mm marginal idag, PAD."),
  ], must=["NL102"], why="'Kan inte utesluta X' med cue före diagnosen", dx=["malignt melanom"])

C("uro-njurcellscancer-dd", "vgr", "19660908-3115", "vgr_uro_su", "Mottagningsanteckning", "Mikael Rosén/läkare",
  "2024-02-27 11:30", "12:40", [
    ("Aktuellt", "Makroskopisk hematuri i två dagar, ingen smärta."),
    ("Bedömning", "DT urografi: 4 cm solid kontrastladdande process i vä njures nedre pol. "
                  "DD njurcellscancer, onkocytom. Remiss till MDK."),
  ], must=["NL102"], why="'DD' differentialdiagnos före diagnos", dx=["njurcellscancer", "onkocytom"])

C("hemat-myelom-utredning-avseende", "skane", "19500227-4024", "sk_hemat_lund", "Nybesök", "Eva Sandström/läkare",
  "2024-08-20 10:00", "11:30", [
    ("Aktuellt", "Remiss från VC pga ryggsmärta, Hb 98, kreatinin 140 och högt totalprotein."),
    ("Planering", "Utredning avseende myelom: elfores, fria lätta kedjor, benmärgsprov och helkropps-DT lågdos."),
  ], must=["NL102"], why="'Utredning avseende myelom' under Planering", dx=["multipelt myelom"])

C("reuma-ra-trol", "vgr", "19820402-2647", "vgr_reuma_su", "Nybesök", "Anna Wikström/läkare",
  "2024-09-03 08:20", "09:15", [
    ("Aktuellt", "Morgonstelhet 90 min och svullna fingerleder bilat sedan i våras."),
    ("Status", "Synovit i MCP 2–3 bilat och vä handled. Squeeze-test pos."),
    ("Bedömning", "Anti-CCP starkt pos, SR 48. Trol. RA. Startar metotrexat efter lungröntgen och hepatitserologi."),
  ], must=["NL102"], why="'Trol. RA' förkortad diagnos", dx=["reumatoid artrit"])

C("reuma-sle-fragetecken-efter", "skane", "19961010-2882", "sk_reuma_lund", "Mottagningsanteckning", "Nora Ahmadi/läkare",
  "2024-04-16 14:00", "14:50", [
    ("Aktuellt", "Fjärilsformat utslag efter sol, ledvärk i händerna och sår i munnen. ANA pos 1:640."),
    ("Bedömning", "SLE? Kompletterar med anti-dsDNA, komplement och U-sticka. Hydroxiklorokin diskuteras vid återbesök."),
  ], must=["NL102"], why="'SLE?' frågetecken efter förkortning", dx=["systemisk lupus erythematosus"])

C("reuma-pmr-mkt-talar-for", "vgr", "19480115-1756", "vgr_reuma_su", "Mottagningsanteckning", "Lars Eklöf/läkare",
  "2024-01-30 10:45", "11:20", [
    ("Aktuellt", "Smärta och stelhet i skuldror och höfter sedan 6 v, svårt att ta på sig jackan. CRP 62."),
    ("Bedömning", "Mkt talar för PMR. Ingen huvudvärk eller synpåverkan. Prednisolon 15 mg, kontroll av CRP om 2 v."),
  ], must=["NL102"], why="'Mkt talar för PMR'", dx=["polymyalgia reumatika"])

C("ogon-gca-kan-inte-uteslutas", "skane", "19410607-2087", "sk_ogon_hbg", "Akutanteckning", "Fredrik Ström/läkare",
  "2024-10-08 08:10", "09:30", [
    ("Aktuellt", "Plötsligt synbortfall hö öga i morse. Tinningshuvudvärk och tuggclaudicatio senaste veckorna."),
    ("Status", "Visus hö 0,1, vä 0,8. Blek svullen papill hö."),
    ("Bedömning", "Främre ischemisk optikusneuropati, GCA kan inte uteslutas. SR 94. Metylprednisolon iv idag, "
                  "temporalisbiopsi inom en vecka och reumakonsult."),
  ], must=["NL102"], why="'GCA kan inte uteslutas' förkortning, cue efter", dx=["jättecellsarterit", "ischemisk optikusneuropati"])

C("reuma-bechterew-misstanks", "vgr", "19940821-2158", "vgr_reuma_su", "Nybesök", "Kristina Blom/läkare",
  "2024-05-28 13:00", "13:55", [
    ("Aktuellt", "Smygande ländryggsvärk sedan 2 år, värst nattetid och på morgonen, bättre av rörelse."),
    ("Bedömning", "Inflammatorisk ryggvärk, HLA-B27 pos. Mb Bechterew misstänks. MR SI-leder beställd."),
  ], must=["NL102"], why="'misstänks' efter eponym Mb Bechterew", dx=["ankyloserande spondylit"])

C("reuma-gikt-typo-trolgien", "vgr", "19591111-3313", "vgr_akut_sas", "Akutanteckning", "Ali Rahimi/läkare",
  "2024-07-21 23:40", "2024-07-22 01:15", [
    ("Aktuellt", "Akut svullen, röd och extremt öm stortåled vä sedan i natt. Tar furosemid. Urat 520."),
    ("Bedömning", "Trolgien giktartrit i MTP I vä. Punktion ger ingen ledvätska. NSAID i 5 dagar, urat om 4 v."),
  ], must=["NL102"], why="typo 'Trolgien' (troligen)", dx=["giktartrit"])

C("akut-nstemi-susp", "skane", "19600505-2797", "sk_akut_ksd", "Akutanteckning", "Gustav Lind/läkare",
  "2024-08-14 06:20", "07:45", [
    ("Aktuellt", "Tryck över bröstet 40 min under morgonpromenad med strålning till vä arm. Kallsvettig."),
    ("Status", "AT gott. BT 165/95. Hjärta: regelbunden rytm, inga blåsljud. Lungor: vesikulärt."),
    ("Bedömning", "EKG med ST-sänkningar V4–V6. TnT 78, ny kontroll om 2 h. Susp. NSTEMI. "
                  "ASA 300 mg, fondaparinux och inläggning på HIA."),
  ], must=["NL102"], why="'Susp. NSTEMI'", dx=["NSTEMI"])

C("kardio-formaksflimmer-typo-fragetecken", "vgr", "19700917-2680", "vgr_kardio_ostra", "Mottagningsanteckning", "Viktor Berg/läkare",
  "2024-03-19 15:10", "15:50", [
    ("Aktuellt", "Episoder med oregelbunden hjärtklappning några gånger per månad som varar i timmar. "
                 "EKG vid besöket visar sinusrytm."),
    ("Bedömning", "Paroxysmalt förmaksflimer? 14 dagars bandspelar-EKG, TSH och ekokardiografi. CHA2DS2-VASc 1."),
  ], must=["NL102"], why="typo 'förmaksflimer' + frågetecken efter", dx=["förmaksflimmer"])

C("kardio-perikardit-bild-av", "skane", "19990130-1995", "sk_kardio_hbg", "Akutbesök", "Ebba Karlsson/läkare",
  "2024-02-02 16:30", "17:15", [
    ("Aktuellt", "Skarp bröstsmärta sedan igår, värre liggande och vid djupandning, bättre framåtlutad. Förkyld förra veckan."),
    ("Bedömning", "EKG med utbredda konkava ST-höjningar och PR-sänkning. Bild av akut perikardit. "
                  "Eko visar liten perikardvätska. NSAID och kolkicin."),
  ], must=["NL102"], why="'Bild av akut perikardit'", dx=["perikardit"])

C("kardio-arytmi-typo-arrytmi", "skane", "19550813-3351", "sk_hia_ksd", "Inskrivningsanteckning", "Magnus Ek/läkare",
  "2024-09-12 22:05", "2024-09-13 08:30", [
    ("Aktuellt", "Svimmade utan förvarning vid datorn och slog i huvudet, vaknade direkt. Känd ischemisk hjärtsjukdom."),
    ("Bedömning", "Synkope utan prodromer hos hjärtsjuk man. Misstänkt ventrikulär arrytmi. "
                  "Telemetri, eko och elektrofysiologisk konsult."),
  ], must=["NL102"], why="typo 'arrytmi' efter 'Misstänkt'", dx=["ventrikulär arytmi", "ischemisk hjärtsjukdom"], setting="slutenvård")

C("inf-endokardit-kan-inte-uteslutas", "vgr", "19851022-3574", "vgr_inf_ostra", "Daganteckning", "Tove Jansson/läkare",
  "2024-06-03 11:25", "12:05", [
    ("Aktuellt", "Feber i 10 dagar. Injicerar amfetamin intravenöst. Nytillkommet blåsljud."),
    ("Bedömning", "S. aureus i 2/2 blododlingar. Endokardit kan inte uteslutas, TEE bokad imorgon. Kloxacillin iv."),
  ], must=["NL102"], why="'Endokardit kan inte uteslutas'", dx=["endokardit"], setting="slutenvård")

C("kardio-myokardit-inte-osannolikt", "vgr", "19981212-2795", "vgr_kardio_skas", "Inskrivningsanteckning", "Olle Nyberg/läkare",
  "2024-10-21 14:40", "16:00", [
    ("Aktuellt", "Bröstsmärta och hjärtklappning en vecka efter influensaliknande sjukdom. TnT 240."),
    ("Bedömning", "Inte osannolikt myokardit. MR hjärta planeras, vila och telemetri under vårdtiden."),
  ], must=["NL102"], why="'Inte osannolikt myokardit' (dubbel negation = hedge)", dx=["myokardit"], setting="slutenvård")

C("akut-le-fragetecken-fore", "skane", "19880208-4262", "sk_akut_lund", "Akutanteckning", "Oskar Nilsson/läkare",
  "2024-03-09 20:15", "22:40", [
    ("Aktuellt", "Andfådd sedan 3 dagar, hugg vid inspiration hö sida. P-piller. Flög hem från Thailand förra veckan."),
    ("Status", "AF 24, saturation 93 %, puls 112. Lungor: vesikulärt andningsljud bilat."),
    ("Bedömning", "?LE. Wells 6. DT lungartärer akut, tinzaparin i väntan på svar."),
  ], must=["NL102"], why="'?LE' förkortad lungemboli", dx=["lungemboli"])

C("kir-appendicit-trol", "skane", "20020914-2447", "sk_kir_hbg", "Akutanteckning", "Elsa Wikander/läkare",
  "2024-04-27 02:30", None, [
    ("Aktuellt", "Buksmärta som startade runt naveln igår och flyttat till hö fossa. Illamående, aptitlös, temp 38,1."),
    ("Status", "Ömhet och släppömhet vid McBurneys punkt, Rovsing pos."),
    ("Bedömning", "Trol. appendicit. Graviditetstest neg. Ultraljud buk, fastande, anmäld till op."),
  ], must=["NL102"], why="'Trol. appendicit'", dx=["appendicit"])

C("med-pneumoni-typo-pnemoni", "vgr", "19380516-1936", "vgr_med_kungalv", "Inskrivningsanteckning", "Karin Hedlund/läkare",
  "2024-01-09 13:20", "15:00", [
    ("Aktuellt", "Feber och hosta 4 dagar, tilltagande förvirring enligt hemtjänsten."),
    ("Status", "AF 26, saturation 89 % på luft. Rassel basalt hö."),
    ("Bedömning", "CRP 210. Trol. pnemoni hö underlob, CRB-65 3. Bensylpenicillin iv och lungröntgen."),
  ], must=["NL102"], why="typo 'pnemoni' efter 'Trol.'", dx=["pneumoni"], setting="slutenvård")

C("inf-urosepsis-misstankt", "skane", "19401027-2062", "sk_inf_lund", "Inskrivningsanteckning", "Petra Månsson/läkare",
  "2024-12-03 21:10", "2024-12-04 00:20", [
    ("Aktuellt", "Frossa, feber 39,6 och sveda vid miktion. Hypoton i ambulansen 85/50."),
    ("Bedömning", "Misstänkt urosepsis. Odlingar, cefotaxim iv och 2 l vätska. IVA-konsult vid utebliven blodtrycksrespons."),
  ], must=["NL102"], why="'Misstänkt urosepsis'", dx=["sepsis"], setting="slutenvård")

C("psyk-bipolar-mojligen", "vgr", "19900606-2427", "vgr_psyk_su", "Mottagningsanteckning", "Hampus Lindgren/läkare",
  "2024-02-13 10:00", "11:10", [
    ("Aktuellt", "Återkommande depressioner sedan tonåren. Beskriver perioder på några dagar med minskat sömnbehov, "
                 "ökad energi och impulsköp."),
    ("Bedömning", "Möjligen bipolär sjukdom typ II. Stämningsdagbok i 2 mån och strukturerad intervju (MINI) "
                  "vid nästa besök. Avvaktar höjning av SSRI."),
  ], must=["NL102"], why="'Möjligen bipolär sjukdom'", dx=["bipolär sjukdom typ II", "depression"])

C("psyk-schizofreni-fragestallning", "skane", "20030424-1599", "sk_psyk_malmo", "Nybesök", "Sofia Bengtsson/läkare",
  "2024-05-21 13:30", "15:00", [
    ("Aktuellt", "Tillbakadragen sedan ett år, har slutat på gymnasiet och hör röster som kommenterar vad han gör. "
                 "Använt cannabis regelbundet fram till i vintras."),
    ("Bedömning", "Frågeställning schizofreni, DD drogutlöst psykos. Remiss till psykosmottagningen, "
                  "drogscreening och MR hjärna."),
  ], must=["NL102"], why="'Frågeställning schizofreni'", dx=["schizofreni", "drogutlöst psykos"])

C("psyk-anorexi-typo-sanolikt", "vgr", "20060202-2683", "vgr_psyk_nal", "Nybesök", "Amanda Carlsson/läkare",
  "2024-09-10 09:30", "10:45", [
    ("Aktuellt", "BMI 15,8 och viktnedgång 9 kg på 5 mån. Räknar kalorier och tränar två timmar om dagen. Amenorré."),
    ("Bedömning", "Sanolikt anorexia nervosa. Somatisk kontroll med EKG, elektrolyter och ortostatiskt BT. "
                  "Remiss till ätstörningsenheten."),
  ], must=["NL102"], why="typo 'Sanolikt' före latinsk diagnos", dx=["anorexia nervosa"])

C("psyk-ptsd-forenligt-med", "skane", "19811118-2732", "sk_psyk_hbg", "Mottagningsanteckning", "Daniel Fredriksson/läkare",
  "2024-06-25 14:15", "15:00", [
    ("Aktuellt", "Mardrömmar, påträngande minnesbilder och undvikande efter trafikolycka i mars där han körde bilen. "
                 "Vaknar av minsta ljud."),
    ("Bedömning", "PCL-5 58. Sammantaget förenligt med PTSD. Erbjuds traumafokuserad KBT, sömnråd givna."),
  ], must=["NL102"], why="'förenligt med PTSD'", dx=["posttraumatiskt stressyndrom"])

C("bup-adhd-utreds-for", "skane", "20150511-2191", "sk_bup_lund", "Nybesök", "Cecilia Holmqvist/läkare",
  "2024-10-15 13:00", "14:20", [
    ("Aktuellt", "Pojke i åk 3. Skolan beskriver att han har svårt att sitta still, avbryter och tappar bort saker. "
                 "Föräldrarna känner igen detta hemifrån."),
    ("Bedömning", "Utreds för ADHD. Skattningsskalor till skola och föräldrar, psykologbedömning med WISC-V."),
  ], must=["NL102"], why="'Utreds för ADHD' (BUP Skåne, barn <13)", dx=["ADHD"])

C("bup-autism-misstanke-om", "skane", "20130219-2487", "sk_bup_hbg", "Mottagningsanteckning", "Cecilia Holmqvist/läkare",
  "2024-03-26 10:30", "11:45", [
    ("Aktuellt", "Flicka med svårigheter i kompisrelationer, starka rutiner och sensorisk överkänslighet för ljud. "
                 "Utbrott när planer ändras."),
    ("Bedömning", "Misstanke om autism. Neuropsykiatrisk utredning startas med ADOS-2 och observation i skolan."),
  ], must=["NL102"], why="'Misstanke om autism' (BUP Skåne, barn <13)", dx=["autism"])

C("bup-tourette-trol-long", "skane", "20070909-2779", "sk_bup_lund", "Mottagningsanteckning", "Johanna Berglund/läkare",
  "2024-04-04 15:00", None, [
    ("Aktuellt", "Blinkningar och harklingar sedan 7 års ålder, senaste året även hopp och ljud som han har svårt att hålla tillbaka. "
                 "Skäms i skolan."),
    ("Anamnes", "Normal utveckling. Går första året på gymnasiet, el-programmet. Sover bra. Ingen medicinering."),
    ("Bedömning", "Motoriska och vokala tics i mer än ett år. Trol. Tourettes syndrom. Ingen tvångsproblematik framkommer."),
    ("Planering", "Psykoedukation till pat och föräldrar, HRT erbjuds. Skolkontakt efter pat:s medgivande."),
  ], must=["NL102"], why="'Trol. Tourettes syndrom' mitt i lång BUP-anteckning, 16 år, utkast", dx=["Tourettes syndrom"])

C("gyn-pcos-fragetecken-efter", "vgr", "19990430-2248", "vgr_gyn_ostra", "Mottagningsanteckning", "Emelie Strand/läkare",
  "2024-07-09 10:10", None, [
    ("Aktuellt", "Oregelbundna mens med 2–3 mån mellanrum, akne och ökad behåring. Önskar graviditet på sikt."),
    ("Bedömning", "PCOS? VUL visar många små folliklar bilat. Tar androgener, SHBG och glukosbelastning."),
  ], must=["NL102"], why="'PCOS?'", dx=["polycystiskt ovarialsyndrom"])

C("gyn-endometrios-typo-missankt", "skane", "19930826-2626", "sk_gyn_malmo", "Mottagningsanteckning", "Ida Nordin/läkare",
  "2024-02-20 11:40", "12:30", [
    ("Aktuellt", "Svår mensvärk sedan debut, nu även smärta vid samlag och ont vid tarmtömning under mens."),
    ("Bedömning", "Ömhet i fossa Douglasi och 3 cm cysta vä ovarium med ground glass-eko. Missänkt endometrios. "
                  "Provar kontinuerlig gestagenbehandling."),
  ], must=["NL102"], why="typo 'Missänkt' före endometrios", dx=["endometrios"])

C("gyn-eug-kan-inte-uteslutas", "vgr", "19950125-2861", "vgr_gyn_sas", "Akutanteckning", "Sara Lundgren/läkare",
  "2024-05-30 22:30", "23:50", [
    ("Aktuellt", "Vaginal blödning och smärta vä fossa. Senaste mens för 6 v 4 d sedan, positivt graviditetstest hemma."),
    ("Bedömning", "Ingen intrauterin graviditet på VUL, hCG 1900. Extrauterin graviditet kan inte uteslutas. "
                  "Nytt hCG om 48 h och tydliga instruktioner att söka vid tilltagande smärta."),
  ], must=["NL102"], why="'Extrauterin graviditet kan inte uteslutas'", dx=["extrauterin graviditet"])

C("ger-alzheimer-trolig-long", "skane", "19390308-2869", "sk_minne_malmo", "Läkaranteckning", "Birgitta Olsson/läkare",
  "2024-08-27 09:00", "10:40", [
    ("Anamnes", "Dottern beskriver minnesproblem sedan 3 år: glömmer spisen, tappar ord och har gått vilse i centrum en gång. "
                "Klarar personlig ADL men behöver hjälp med ekonomin."),
    ("Status", "MMSE 21/30, klocktest 3/7. BT 148/82. Neurologiskt utan fokala bortfall."),
    ("Bedömning", "MR hjärna visar hippocampusatrofi MTA 3 bilat, lätta vitsubstansförändringar. Trolig Alzheimers sjukdom. "
                  "Lab inkl B12 och TSH normala."),
    ("Åtgärd", "Erbjuds kolinesterashämmare, hembesök av demenssjuksköterska och information om anhörigstöd."),
    ("Planering", "Uppföljning om 3 mån med vikt och biverkningskontroll."),
  ], must=["NL102"], why="'Trolig Alzheimers sjukdom' mitt i lång minnesanteckning", dx=["Alzheimers sjukdom"])

C("ger-mci-mojlig", "vgr", "19511222-3135", "vgr_ger_molndal", "Mottagningsanteckning", "Gunnar Lilja/läkare",
  "2024-04-11 13:30", "14:15", [
    ("Aktuellt", "Märker själv att han glömmer namn och avtalade tider. Kör bil och sköter sin ekonomi."),
    ("Bedömning", "MoCA 24, RUDAS 26. Möjlig MCI. Neuropsykologisk testning, nytt besök om 12 mån."),
  ], must=["NL102"], why="'Möjlig MCI'", dx=["lindrig kognitiv störning"])

C("ger-bpsd-trol", "skane", "19320701-2083", "sk_ger_lund", "Daganteckning", "Henrik Sundberg/läkare",
  "2024-07-16 11:00", "11:40", [
    ("Aktuellt", "Känd Alzheimer. Inlagd från särskilt boende pga oro, vandring och skrik nattetid senaste 2 v."),
    ("Bedömning", "Ingen infektion eller smärtkälla hittas. Oron tolkas trol. som BPSD. "
                  "Bemötandeplan, BPSD-registrering, utsätter zolpidem."),
  ], must=["NL102"], why="'tolkas trol. som BPSD'", dx=["BPSD", "Alzheimers sjukdom"], setting="slutenvård")

C("minne-lewy-bor-utredas-for", "vgr", "19440214-1958", "vgr_minne_skas", "Mottagningsanteckning", "Annika Forsberg/läkare",
  "2024-10-01 09:20", "10:20", [
    ("Aktuellt", "Fluktuerande vakenhet och ser barn i rummet som inte finns. Frun berättar att han slåss i sömnen sedan flera år."),
    ("Bedömning", "Lätt parkinsonism. Bör utredas för Lewy body-demens. DaTSCAN beställd, undvik neuroleptika."),
  ], must=["NL102"], why="'Bör utredas för Lewy body-demens'", dx=["Lewy body-demens"])

C("med-delirium-hypotes-typo", "skane", "19360929-1756", "sk_med_trelleborg", "Daganteckning", "Martin Åkesson/läkare",
  "2024-03-15 10:30", "11:20", [
    ("Aktuellt", "Inlagd för yrsel. Sedan igår slö, desorienterad till tid och plockar i luften. S-Na 124."),
    ("Bedömning", "Arbetshypotes hypoaktivt delerium sekundärt till hyponatremi av tiazid. "
                  "Utsätter hydroklortiazid, vätskerestriktion och Na två gånger dagligen."),
  ], must=["NL102"], why="'Arbetshypotes' + typo 'delerium'", dx=["delirium", "hyponatremi"], setting="slutenvård")

C("hud-psoriasis-forenligt-med", "vgr", "19890927-3198", "vgr_hud_su", "Mottagningsanteckning", "Fatima Yilmaz/läkare",
  "2024-11-19 14:00", None, [
    ("Status", "Välavgränsade erytematösa plack med silvervit fjällning på armbågar och knän, naggade naglar."),
    ("Bedömning", "Förenligt med plackpsoriasis. Betametason/kalcipotriol gel, återbesök om 8 v."),
  ], must=["NL102"], why="'Förenligt med plackpsoriasis'", dx=["psoriasis"])

C("hud-basaliom-susp-utan-punkt", "skane", "19470411-1790", "sk_hud_lund", "Mottagningsanteckning", "Lena Fors/läkare",
  "2024-09-24 11:15", "11:50", [
    ("Status", "7 mm pärlemorglänsande papel med teleangiektasier på hö näsvinge."),
    ("Bedömning", "Susp basaliom. Stansbiopsi tagen, PAD avgör vidare handläggning."),
  ], must=["NL102"], why="'Susp' utan punkt", dx=["basalcellscancer"])

C("endo-addison-misstanke-om", "vgr", "19860804-2241", "vgr_endo_su", "Akutbesök", "Robin Ekström/läkare",
  "2024-01-12 15:30", "16:45", [
    ("Aktuellt", "Trötthet, viktnedgång, saltsug och yrsel vid uppresning sedan månader. Mörkare hy trots vinter."),
    ("Bedömning", "S-Na 129, K 5,6, kortisol kl 8 110 nmol/l. Misstanke om Mb Addison. "
                  "Synacthentest imorgon, kortisonkort och akutdos förbereds."),
  ], must=["NL102"], why="'Misstanke om Mb Addison'", dx=["Addisons sjukdom"])

C("endo-cushing-fragetecken", "skane", "19800131-2407", "sk_endo_malmo", "Nybesök", "Louise Hansson/läkare",
  "2024-06-04 08:40", "09:30", [
    ("Aktuellt", "Viktuppgång på bål och ansikte, lila striae på buken, nytillkommen hypertoni och lätt för blåmärken."),
    ("Bedömning", "Cushing? Dexametasonhämningstest 1 mg och sent kvällssalivkortisol x 2."),
  ], must=["NL102"], why="'Cushing?' eponym utan 'syndrom'", dx=["Cushings syndrom"])

C("endo-graves-talar-for", "vgr", "19921109-2664", "vgr_endo_su", "Mottagningsanteckning", "Robin Ekström/läkare",
  "2024-08-06 10:00", "10:40", [
    ("Aktuellt", "Hjärtklappning, darrningar, värmeintolerans och viktnedgång 5 kg. Ögonen känns grusiga."),
    ("Bedömning", "TSH < 0,01, fritt T4 48. Diffust förstorad tyreoidea och lätt exoftalmus talar för Graves sjukdom. "
                  "TRAK skickat, tiamazol och propranolol insätts."),
  ], must=["NL102"], why="'talar för Graves sjukdom'", dx=["Graves sjukdom"])

C("endo-feokromocytom-f-s", "skane", "19740416-1551", "sk_endo_malmo", "Mottagningsanteckning", "Louise Hansson/läkare",
  "2024-02-08 13:10", "13:55", [
    ("Aktuellt", "Attacker med huvudvärk, svettningar och hjärtklappning, BT 230/120 under attack. "
                 "Incidentalom 3 cm i hö binjure."),
    ("Åtgärd", "P-metoxikatekolaminer och DT binjurar med kontrast f.s. feokromocytom. Ingen betablockad före alfablockad."),
  ], must=["NL102"], why="'f.s. feokromocytom' under Åtgärd", dx=["feokromocytom", "binjureincidentalom"])

C("inf-neuroborrelios-misstankt", "vgr", "19690730-2027", "vgr_inf_ostra", "Mottagningsanteckning", "Tove Jansson/läkare",
  "2024-08-29 13:45", "14:30", [
    ("Aktuellt", "Fästingbett i juni, därefter radikulär smärta i bröstkorgen nattetid och nu hö-sidig facialispares."),
    ("Bedömning", "Misstänkt neuroborrelios. LP med borreliaindex, doxycyklin insätts i väntan på svar."),
  ], must=["NL102"], why="'Misstänkt neuroborrelios'", dx=["neuroborrelios", "facialispares"])

C("inf-tuberkulos-inger-misstanke", "vgr", "19951203-3359", "vgr_inf_ostra", "Inskrivningsanteckning", "Mohammed Farah/läkare",
  "2024-04-02 12:00", "13:20", [
    ("Aktuellt", "Hosta sedan 3 mån, nattsvettningar och viktnedgång. Kom från Somalia för två år sedan."),
    ("Bedömning", "Lungröntgen visar kavitet i hö ovanlob. Bilden inger misstanke om lungtuberkulos. "
                  "Isolering för luftburen smitta, sputum x 3 för direktmikroskopi och PCR."),
  ], must=["NL102"], why="'inger misstanke om lungtuberkulos'", dx=["lungtuberkulos"], setting="slutenvård")

C("akut-pyelonefrit-fragetecken", "vgr", "20000528-2405", "vgr_akut_sas", "Akutanteckning", "Ali Rahimi/läkare",
  "2024-10-26 21:00", "21:50", [
    ("Aktuellt", "Sveda vid vattenkastning i 3 dagar, nu feber 39 och ont i vä flank. Illamående."),
    ("Bedömning", "Dunkömhet över vä njurloge. CRP 145, nitrit pos. Pyelonefrit? Urinodling, ciprofloxacin i 7 dagar."),
  ], must=["NL102"], why="'Pyelonefrit?'", dx=["pyelonefrit"])

C("orto-scafoideumfraktur-eventuell", "skane", "19970312-3134", "sk_orto_hlm", "Akutbesök", "Viktor Paulsson/läkare",
  "2024-01-22 15:40", "16:10", [
    ("Aktuellt", "Föll på utsträckt hand på isen igår. Ont radialt i hö handled."),
    ("Status", "Palpationsöm i fossa tabatière, smärta vid axial kompression av tummen."),
    ("Bedömning", "Rtg utan säker fraktur. Eventuell scafoideumfraktur, gipsas i skafoidgips och ny rtg om 10–14 dagar."),
  ], must=["NL102"], why="'Eventuell scafoideumfraktur' (utskriven form av ev.)", dx=["scafoideumfraktur"])

C("onh-peritonsillit-typo-abcess", "vgr", "19980716-2269", "vgr_onh_su", "Akutanteckning", "Klara Engström/läkare",
  "2024-12-09 19:20", "20:00", [
    ("Aktuellt", "Halsont sedan 5 dagar, tilltagande trots PcV. Svårt att svälja och gapa, grötigt tal."),
    ("Status", "Trismus, utbuktning av vä gombåge, uvula deviation åt hö."),
    ("Bedömning", "Sannol. peritonsillär abcess vä. Punktion under lokalbedövning, PcV iv."),
  ], must=["NL102"], why="'Sannol.' + typo 'abcess'", dx=["peritonsillit"])

C("onh-akustikusneurinom-differentialdiagnos", "skane", "19650118-1819", "sk_onh_lund", "Mottagningsanteckning", "Malin Axelsson/läkare",
  "2024-05-15 10:50", "11:30", [
    ("Aktuellt", "Hörselnedsättning och tinnitus vä sida sedan ett år, lätt ostadighet."),
    ("Bedömning", "Audiogram visar asymmetrisk sensorineural nedsättning vä. Viktigaste differentialdiagnos är akustikusneurinom, "
                  "MR inneröra med kontrast beställd."),
  ], must=["NL102"], why="'differentialdiagnos' akustikusneurinom", dx=["vestibularisschwannom", "hörselnedsättning"])

C("gastro-crohn-typo-chron", "vgr", "19970422-2497", "vgr_gastro_ostra", "Nybesök", "Per-Olof Hägg/läkare",
  "2024-06-18 13:00", "14:10", [
    ("Aktuellt", "Diarré 4–5 ggr/dygn i 3 mån, buksmärtor hö fossa, viktnedgång 5 kg. Kalprotektin 850."),
    ("Bedömning", "Misstänkt morbus Chron. Ileokoloskopi med biopsier och MR tunntarm."),
  ], must=["NL102"], why="typo 'morbus Chron' (Crohn) efter 'Misstänkt'", dx=["Crohns sjukdom"])

C("gastro-celiaki-oklart-om", "skane", "19860601-2469", "sk_gastro_malmo", "Mottagningsanteckning", "Sanna Wallén/läkare",
  "2024-09-17 09:15", "10:00", [
    ("Aktuellt", "Järnbristanemi utan blödningskälla, uppblåsthet. Transglutaminas-ak svagt förhöjda."),
    ("Bedömning", "Oklart om celiaki föreligger, tunntarmsbiopsier från gastroskopin visar lätt villusavtrubbning. "
                  "Gluten behålls i kosten tills gastroskopin upprepas."),
  ], must=["NL102"], why="'Oklart om celiaki föreligger'", dx=["celiaki", "järnbristanemi"])

C("lung-kol-troligen", "vgr", "19580925-3171", "vgr_lung_skas", "Mottagningsanteckning", "Fredrik Sandberg/läkare",
  "2024-03-05 10:30", "11:15", [
    ("Aktuellt", "Rökare 35 paketår, andfåddhet vid ansträngning och morgonhosta sedan flera år."),
    ("Bedömning", "Spirometri efter bronkdilatation: FEV1/FVC 0,62, FEV1 64 % av förväntat. Troligen KOL. "
                  "Rökstopp, LAMA och fysisk träning."),
  ], must=["NL102"], why="'Troligen KOL'", dx=["kroniskt obstruktiv lungsjukdom"])

C("lung-sarkoidos-ej-sakerstalld-typo", "skane", "19780809-2535", "sk_lung_lund", "Mottagningsanteckning", "Tobias Eriksson/läkare",
  "2024-04-30 14:20", "15:10", [
    ("Aktuellt", "Bilaterala förstorade hiluskörtlar på lungröntgen efter hosta och knölros i vintras."),
    ("Bedömning", "EBUS med cytologi utan granulom. Diagnosen sarkidos ej säkerställd, kompletterar med ny biopsi."),
  ], must=["NL102"], why="'ej säkerställd' + typo 'sarkidos'", dx=["sarkoidos", "erythema nodosum"])

C("lung-osas-misstankt", "vgr", "19710214-1756", "vgr_lung_su", "Mottagningsanteckning", "Ingrid Falk/läkare",
  "2024-11-26 08:30", None, [
    ("Aktuellt", "Snarkar kraftigt, frun har sett andningsuppehåll. Somnar vid rödljus. BMI 34."),
    ("Bedömning", "Misstänkt OSAS. Epworth 16. Polygrafi hemma bokad, körkortsfrågan tas upp."),
  ], must=["NL102"], why="'Misstänkt OSAS'", dx=["obstruktiv sömnapné"])

C("hemat-itp-ev", "skane", "19920307-2286", "sk_hemat_lund", "Mottagningsanteckning", "Eva Sandström/läkare",
  "2024-10-29 10:40", "11:15", [
    ("Aktuellt", "Petekier på benen och näsblod. TPK 18, övriga blodstatus normalt."),
    ("Bedömning", "Isolerad trombocytopeni, ev. ITP. Utstryk utan fragmentocyter. Prednisolon 1 mg/kg, kontroll om 5 dagar."),
  ], must=["NL102"], why="'ev. ITP' som diagnostisk hedge", dx=["idiopatisk trombocytopen purpura"])

C("njur-iga-diff-dg", "vgr", "19940310-1950", "vgr_njur_su", "Nybesök", "Carl Hedin/läkare",
  "2024-02-29 13:30", "14:30", [
    ("Aktuellt", "Mikroskopisk hematuri och proteinuri 0,8 g/dygn, makroskopisk hematuri i samband med halsinfektioner."),
    ("Bedömning", "Diff dg IgA-nefropati, tunna basalmembran. Njurbiopsi planeras."),
  ], must=["NL102"], why="'Diff dg' IgA-nefropati", dx=["IgA-nefropati", "tunna basalmembran"])

C("barn-kawasaki-kan-inte-uteslutas", "skane", "20191104-2248", "sk_barn_lund", "Akutanteckning", "Moa Lindberg/läkare",
  "2024-03-02 11:30", "12:45", [
    ("Aktuellt", "4-årig flicka med feber 5 dagar, röda ögon utan flytning, spruckna läppar och utslag på bålen."),
    ("Status", "Jordgubbstunga, svullna händer och fötter, 2 cm körtel på halsen hö."),
    ("Bedömning", "CRP 130. Kawasakis sjukdom kan inte uteslutas. Inläggning, ekokardiografi och barnkardiologkonsult."),
  ], must=["NL102"], why="'kan inte uteslutas' hos barn <13 (vårdnadshavare läser)", dx=["Kawasakis sjukdom"])

C("barn-hsp-trol", "skane", "20170622-2179", "sk_barn_hbg", "Mottagningsanteckning", "Erik Brodin/läkare",
  "2024-04-18 09:00", None, [
    ("Aktuellt", "6-årig pojke med palpabla petekier på benen och skinkorna, svullna fotleder och buksmärta. Förkyld för två veckor sedan."),
    ("Bedömning", "Trol. Henoch-Schönleins purpura. U-sticka med blod 1+, BT normalt. Urinkontroller varje vecka i en månad."),
  ], must=["NL102"], why="'Trol.' eponym med bindestreck hos barn", dx=["Henoch-Schönleins purpura"])

C("akut-aks-fragetecken-fore", "vgr", "19540303-2914", "vgr_akut_nal", "Akutanteckning", "Jens Olofsson/läkare",
  "2024-06-30 05:40", "06:30", [
    ("Aktuellt", "Bröstsmärta i vila sedan 2 h, diabetiker. EKG utan ST-höjningar, första TnT 32."),
    ("Bedömning", "Pat inlägges som ?AKS på HIA. Serie-TnT, ASA givet."),
  ], must=["NL102"], why="'?AKS' inne i mening", dx=["akut koronart syndrom", "diabetes"])

C("ogon-uveit-misstanke-long", "vgr", "19881006-1559", "vgr_ogon_molndal", "Akutbesök", "Alexander Nord/läkare",
  "2024-09-05 11:10", "12:00", [
    ("Aktuellt", "Rött, ljuskänsligt hö öga sedan tre dagar, dimsyn. Har ont i korsryggen på morgonen sedan ett par år."),
    ("Status", "Visus hö 0,6, vä 1,0. Ciliär injektion hö, celler 2+ och flare i främre kammaren, inga synekier. "
               "Tryck 14/15. Fundus ua bilat."),
    ("Bedömning", "Akut främre uveit hö. Ryggbesvären väcker misstanke om bakomliggande spondylartrit. "
                  "Dexametasondroppar och cykloplegika."),
    ("Planering", "Återbesök om 1 v. Remiss till reumatolog, HLA-B27 tas via VC."),
  ], must=["NL102"], why="'väcker misstanke om' spondylartrit mitt i lång ögonanteckning", dx=["uveit", "spondylartrit"])

C("neuro-trigeminusneuralgi-talar-for", "vgr", "19680625-2026", "vgr_neuro_su", "Mottagningsanteckning", "Samir Haddad/läkare",
  "2024-11-07 15:20", None, [
    ("Aktuellt", "Blixtrande ilningar i hö kind och överkäke som utlöses av tandborstning och vind. "
                 "Attackerna varar sekunder. Tandläkaren har inte hittat något."),
    ("Bedömning", "Anamnesen talar för trigeminusneuralgi i V2 hö. I övrigt normalt neurologstatus. "
                  "Karbamazepin insätts, MR för att se kärlkontakt."),
  ], must=["NL102"], why="'talar för trigeminusneuralgi', osignerat utkast", dx=["trigeminusneuralgi"])

C("gyn-myom-sannolikt-diagnos-sokord", "skane", "19780603-2285", "sk_gyn_ksd", "Mottagningsanteckning", "Ida Nordin/läkare",
  "2024-08-08 10:20", "11:00", [
    ("Aktuellt", "Rikliga mens med koagel, Hb 104. Tryck mot blåsan."),
    ("Diagnos", "Menorragi. Uterusförstoring, sannolikt myom."),
    ("Planering", "Järnsubstitution, tranexamsyra. Hysterektomi diskuteras vid nästa besök."),
  ], must=["NL102"], why="'sannolikt myom' under sökord Diagnos", dx=["uterusmyom", "menorragi"])

C("onko-levermetastaser-i-forsta-hand-epikris", "skane", "19590719-1372", "sk_onko_lund", "Epikris", "Katarina Nyström/läkare",
  "2024-11-28 14:00", "2024-11-29 09:20", [
    ("Sammanfattning", "Vårdad för smärta under hö arcus sju år efter operation för rektalcancer. Smärtlindring med oxikodon god effekt. "
                       "DT buk visar tre nytillkomna leverlesioner, i första hand metastaser. Leverbiopsi planeras polikliniskt."),
    ("Planering", "Hem med oxikodon. MDK-diskussion efter biopsi."),
  ], must=["NL102"], why="'i första hand metastaser' i Sammanfattning i epikris", dx=["levermetastaser", "rektalcancer"], setting="slutenvård")

C("orto-protesinfektion-fragetecken-long", "vgr", "19520419-3337", "vgr_orto_molndal", "Akutanteckning", "Per Sjögren/läkare",
  "2024-07-25 16:10", "18:30", [
    ("Aktuellt", "Knäprotes hö 2021. Sedan två dagar svullnad, värme och smärta i knät, feber 38,5. Kan inte belasta."),
    ("Status", "Hö knä: varm, rodnad, påtaglig ledvätska. Extension -10, flexion 70 grader. Ärr läkt, inga fistlar."),
    ("Bedömning", "CRP 186. Protesinfektion? Ledpunktion med odling före antibiotika, ortopedjour informerad."),
    ("Åtgärd", "Inläggning, blododlingar x 2, fastande inför ev. artroskopisk lavage."),
  ], must=["NL102"], why="'Protesinfektion?' mitt i lång ortopedanteckning", dx=["protesinfektion"], setting="slutenvård")
# ====================================================================== NL102 negatives
# --- negated diagnoses
C("akut-negerad-dvt-typo-misstnake", "skane", "19850402-2487", "sk_akut_hbg", "Akutanteckning", "Hanna Persson/läkare",
  "2024-05-04 14:30", "15:10", [
    ("Aktuellt", "Ont i vä vad efter löprunda i helgen, kände ett knäpp. Inga riskfaktorer för trombos."),
    ("Bedömning", "Palpationsöm mediala gastrocnemius, inget ödem. Ingen misstnake om DVT, D-dimer ej indicerat. "
                  "Muskelbristning, avlastning och successiv belastning."),
  ], must_not=["NL102"], why="negerad: 'Ingen misstnake om DVT' (typo misstnake)", dx=["djup ventrombos", "muskelbristning"])

C("akut-negerad-inga-tecken-pa-pneumoni", "vgr", "19770613-1930", "vgr_akut_skas", "Akutanteckning", "Erik Wallin/läkare",
  "2024-01-19 18:40", "19:20", [
    ("Aktuellt", "Hosta och feber 38,2 i tre dagar, hela familjen förkyld."),
    ("Bedömning", "Auskultation ua, CRP 18. Lungröntgen: inga tecken på pneumoni. Viral luftvägsinfektion, egenvårdsråd."),
  ], must_not=["NL102"], why="negerad: 'inga tecken på pneumoni'", dx=["pneumoni", "viral luftvägsinfektion"])

C("neuro-negerad-sah-uteslutet-long", "skane", "19800925-2621", "sk_neuro_lund", "Akutbesök", "Per Lindholm/läkare",
  "2024-06-07 12:10", "13:30", [
    ("Anamnes", "Huvudvärk sedan igår eftermiddag med gradvis debut under en timme, ljuskänslig och illamående. "
                "Känd migrän sedan tonåren men denna kändes annorlunda och svarade inte på ibuprofen."),
    ("Status", "Opåverkad, afebril. Ingen nackstelhet. Pupiller lika stora och ljusreagerande, ögonrörelser ua. "
               "Kraft och sensorik ua, plantarreflexer nedåtgående."),
    ("Bedömning", "DT hjärna utan blod och LP efter 12 h utan xantokromi. SAH uteslutet. "
                  "Bedöms som migränattack, sumatriptan med god effekt."),
    ("Planering", "Hem. Migränprofylax diskuteras med ordinarie läkare på vårdcentralen."),
  ], must_not=["NL102"], why="negerad: 'SAH uteslutet'", dx=["subaraknoidalblödning", "migrän"])

C("akut-negerad-lungemboli-utesluten", "vgr", "19670108-2247", "vgr_akut_su", "Akutanteckning", "Linnea Sjöberg/läkare",
  "2024-03-23 10:20", "11:35", [
    ("Aktuellt", "Andfåddhet och hugg i bröstet två veckor efter knäartroskopi."),
    ("Bedömning", "DT lungartärer utan embolier, lungemboli utesluten. Smärtan bedöms muskuloskeletal. "
                  "Fortsatt ordinarie trombosprofylax enligt ortopeden."),
  ], must_not=["NL102"], why="negerad: 'lungemboli utesluten'", dx=["lungemboli"])

C("gastro-negerad-ej-misstanke-malignitet", "skane", "19720316-1711", "sk_gastro_malmo", "Endoskopianteckning", "Sanna Wallén/läkare",
  "2024-02-01 09:30", "10:05", [
    ("Åtgärd", "Gastroskopi till duodenum pars descendens. Lätt erytem i antrum, biopsier tagna från antrum och corpus."),
    ("Bedömning", "Ej misstanke om malignitet. PPI i fyra veckor, svar på biopsierna skickas per brev."),
  ], must_not=["NL102"], why="negerad: 'Ej misstanke om malignitet'", dx=["malignitet", "gastrit"])

C("reuma-negerad-inget-som-talar-for", "vgr", "19530211-3096", "vgr_reuma_su", "Mottagningsanteckning", "Lars Eklöf/läkare",
  "2024-04-25 11:00", None, [
    ("Aktuellt", "Tinningshuvudvärk sedan en vecka. Inga synsymtom, ingen tuggclaudicatio."),
    ("Bedömning", "SR 12, CRP < 5, temporalisartärerna pulserar och är oömma. Inget som talar för temporalisarterit. "
                  "Spänningshuvudvärk, hör av sig vid nya symtom."),
  ], must_not=["NL102"], why="negerad: 'Inget som talar för temporalisarterit' (hedge-ord negerat)", dx=["temporalisarterit", "spänningshuvudvärk"])

C("kir-negerad-appendicit-kan-uteslutas", "skane", "19980802-2181", "sk_kir_hbg", "Akutanteckning", "Elsa Wikander/läkare",
  "2024-09-14 07:50", "08:30", [
    ("Aktuellt", "Inkom i går kväll med diffus buksmärta och kräkningar, observerad över natten."),
    ("Bedömning", "Ultraljud visar normal appendix, CRP och LPK normala efter 12 h observation. Appendicit kan uteslutas. "
                  "Gastroenterit, hem med vätskeråd."),
  ], must_not=["NL102"], why="negerad: 'kan uteslutas' (utan ej/inte)", dx=["appendicit", "gastroenterit"])

C("neuro-negerad-talar-inte-for-ms", "vgr", "19930519-2461", "vgr_neuro_su", "Mottagningsanteckning", "Elin Strand/läkare",
  "2024-07-04 13:40", "14:20", [
    ("Aktuellt", "Återbesök efter utredning av domningar i händer och fötter."),
    ("Bedömning", "MR hjärna och ryggmärg utan demyeliniserande lesioner, likvor utan oligoklonala band. Fynden talar inte för MS. "
                  "Domningarna förklaras av B12-brist, substitution insatt."),
  ], must_not=["NL102"], why="negerad: 'talar inte för MS'", dx=["multipel skleros", "B12-brist"])

C("inf-negerad-misstanken-avskriven", "skane", "19740724-1590", "sk_inf_lund", "Mottagningsanteckning", "Petra Månsson/läkare",
  "2024-10-10 15:00", "15:45", [
    ("Aktuellt", "Återbesök efter LP. Facialispares hö i regress."),
    ("Bedömning", "Borreliaindex negativt och celltal normalt. Misstanken om neuroborrelios avskrivs. "
                  "Idiopatisk facialispares (Bells pares), prednisolon fullföljs."),
  ], must_not=["NL102"], why="negerad: 'Misstanken om X avskrivs'", dx=["neuroborrelios", "Bells pares"])

# --- confirmed diagnoses
C("inf-bekraftad-erysipelas-diagnos-sokord", "skane", "19620810-2829", "sk_inf_hbg", "Mottagningsanteckning", "Jakob Lindahl/läkare",
  "2024-08-12 10:00", "10:35", [
    ("Diagnos", "Erysipelas vä underben."),
    ("Bedömning", "Skarpt avgränsad rodnad, feber och ingångsport mellan tårna. Fenoximetylpenicillin 1 g x 3 i 10 dagar."),
  ], must_not=["NL102"], why="bekräftad diagnos utan hedge", dx=["erysipelas"])

C("lung-bekraftad-pneumoni-rtg-epikris", "vgr", "19610604-1640", "vgr_med_alingsas", "Epikris", "Karin Hedlund/läkare",
  "2024-02-16 09:00", "09:30", [
    ("Epikris", "Inlagd i fyra dagar för rtg-verifierad lobär pneumoni hö underlob, pneumokockantigen pos i urin. "
                "Feberfri sedan dag 2, byte till peroral behandling inför hemgång."),
  ], must_not=["NL102"], why="bekräftad, rtg-verifierad pneumoni under sökord Epikris", dx=["pneumoni"], setting="slutenvård")

C("reuma-bekraftad-ra-faststalls", "skane", "19790407-2266", "sk_reuma_lund", "Mottagningsanteckning", "Nora Ahmadi/läkare",
  "2024-06-27 10:00", "10:50", [
    ("Aktuellt", "Uppföljning efter insatt metotrexat. Sex svullna leder vid förra besöket, nu två."),
    ("Status", "Synovit kvarstår i vä handled och MCP 2 hö. DAS28 3,4."),
    ("Bedömning", "Uppfyller ACR/EULAR-kriterierna, diagnosen reumatoid artrit fastställs. Metotrexat höjs till 20 mg/v."),
  ], must_not=["NL102"], why="bekräftad: 'diagnosen fastställs'", dx=["reumatoid artrit"])

C("orto-bekraftad-radiusfraktur", "vgr", "19560223-2240", "vgr_orto_molndal", "Akutbesök", "Per Sjögren/läkare",
  "2024-01-31 11:20", "12:00", [
    ("Aktuellt", "Halkade på trottoaren och tog emot sig med vä hand."),
    ("Bedömning", "Rtg visar dorsalt felställd distal radiusfraktur vä. Reposition i blockad, dorsal gipsskena, ny rtg om en vecka."),
  ], must_not=["NL102"], why="bekräftad radiusfraktur", dx=["distal radiusfraktur"])

C("endo-bekraftad-typ2-diabetes", "vgr", "19650914-2797", "vgr_endo_su", "Mottagningsanteckning", "Helena Gran/läkare",
  "2024-10-17 08:30", "09:10", [
    ("Diagnos", "Diabetes mellitus typ 2 med nefropati."),
    ("Bedömning", "HbA1c 62, U-albumin/kreatinin 12. Lägger till SGLT2-hämmare, fotundersökning ua."),
  ], must_not=["NL102"], why="bekräftad diagnos under Diagnos", dx=["typ 2-diabetes", "diabetesnefropati"])

C("neuro-bekraftad-diskbrack", "skane", "19830521-2972", "sk_neuro_lund", "Mottagningsanteckning", "Jonas Bergkvist/läkare",
  "2024-03-14 10:30", "11:00", [
    ("Aktuellt", "Ischiassmärta vä ben sedan 6 v, domning lateralt i foten."),
    ("Bedömning", "MR bekräftar diskbråck L5–S1 vä med kompression av S1-roten. Fortsatt konservativ behandling, fysioterapi."),
  ], must_not=["NL102"], why="bekräftad: 'MR bekräftar diskbråck'", dx=["lumbalt diskbråck"])

# --- family history
C("ger-hereditet-mor-trol-alzheimer-typo", "skane", "19580304-2240", "sk_minne_malmo", "Läkaranteckning", "Birgitta Olsson/läkare",
  "2024-05-16 13:00", "14:10", [
    ("Aktuellt", "Orolig för sitt minne sedan modern insjuknade. Arbetar heltid som revisor utan problem."),
    ("Hereditet", "Mor med trol. Alzeimer, insjuknade runt 75 års ålder. Ingen annan demens i släkten."),
    ("Bedömning", "MoCA 29/30, normal kognitiv testning. Ingen kognitiv sjukdom påvisad, lugnande besked."),
  ], must_not=["NL102"], why="hereditet: hedgad diagnos hos mor (typo Alzeimer)", dx=["Alzheimers sjukdom"])

C("neuro-hereditet-far-huntington", "vgr", "19960911-2314", "vgr_neuro_su", "Mottagningsanteckning", "Samir Haddad/läkare",
  "2024-09-19 10:00", "11:00", [
    ("Aktuellt", "Önskar diskutera prediktiv testning. Inga egna symtom, arbetar som sjuksköterska."),
    ("Hereditet", "Far hade misstänkt Huntingtons sjukdom men testades aldrig, avled 58 år. Farmor dog i demens på institution."),
    ("Planering", "Remiss till klinisk genetik för genetisk vägledning före ställningstagande till testning."),
  ], must_not=["NL102"], why="hereditet: 'Far hade misstänkt Huntingtons'", dx=["Huntingtons sjukdom"])

C("gastro-i-slakten-misstankt-lynch", "skane", "19870707-1661", "sk_gastro_malmo", "Mottagningsanteckning", "Sanna Wallén/läkare",
  "2024-04-04 13:20", "14:00", [
    ("Hereditet", "I släkten finns misstänkt Lynch syndrom, moster och morfar fick koloncancer före 50 års ålder."),
    ("Bedömning", "Koloskopi till caekum utan polyper. Remiss till cancergenetisk mottagning, ny koloskopi om två år."),
  ], must_not=["NL102"], why="släkt: 'I släkten finns misstänkt Lynch syndrom'", dx=["Lynch syndrom", "koloncancer"])

C("psyk-bror-med-ev-bipolar", "vgr", "19910227-2607", "vgr_psyk_nal", "Mottagningsanteckning", "Hampus Lindgren/läkare",
  "2024-03-07 10:00", None, [
    ("Bedömning", "Recidiverande depression, nu medelsvår episod. Sertralin höjs till 100 mg."),
    ("Hereditet", "Bror med ev. bipolär sjukdom, mor har haft flera depressionsperioder."),
  ], must_not=["NL102"], why="hereditet: 'Bror med ev. bipolär sjukdom'", dx=["recidiverande depression", "bipolär sjukdom"])

C("neuro-hereditet-mor-susp-ms", "skane", "19990613-2205", "sk_neuro_lund", "Mottagningsanteckning", "Jonas Bergkvist/läkare",
  "2024-11-14 09:30", "10:10", [
    ("Aktuellt", "Migrän utan aura sedan tonåren, 3–4 attacker/mån. Orolig eftersom mamman utreds."),
    ("Hereditet", "Mor med susp. MS, under utredning vid neurologen i Lund."),
    ("Bedömning", "Normalt neurologstatus. Migrän utan aura, profylax med propranolol."),
  ], must_not=["NL102"], why="hereditet: 'Mor med susp. MS'", dx=["migrän", "multipel skleros"])

C("kardio-hereditet-far-trol-infarkt", "vgr", "19840115-1355", "vgr_kardio_ostra", "Mottagningsanteckning", "Viktor Berg/läkare",
  "2024-12-05 14:00", "14:40", [
    ("Hereditet", "Far fick trol. hjärtinfarkt vid 52 års ålder, farbror plötsligt död 47 år."),
    ("Bedömning", "LDL 6,8. Genetiskt verifierad familjär hyperkolesterolemi. Statin och ezetimib, kaskadtestning av syskon."),
  ], must_not=["NL102"], why="hereditet: 'Far fick trol. hjärtinfarkt'", dx=["hjärtinfarkt", "familjär hyperkolesterolemi"])

# --- past history
C("kir-tidigare-opererad-misstankt-appendicit", "skane", "19900103-2136", "sk_kir_ystad", "Mottagningsanteckning", "Anders Holm/läkare",
  "2024-06-13 11:00", "11:30", [
    ("Tidigare sjukdomar", "Opererad 2015 för misstänkt appendicit, PAD visade normal appendix. Astma i barndomen."),
    ("Bedömning", "Ljumskbråck hö, reponibelt. Planeras för laparoskopisk plastik."),
  ], must_not=["NL102"], why="tidigare: opererad 2015 för misstänkt appendicit (avgjort)", dx=["appendicit", "ljumskbråck", "astma"])

C("lung-tidigare-utredd-sarkoidos-avskrevs", "vgr", "19690505-2939", "vgr_lung_su", "Mottagningsanteckning", "Ingrid Falk/läkare",
  "2024-08-22 10:40", "11:10", [
    ("Tidigare sjukdomar", "Utreddes 2018 för misstänkt sarkoidos pga förstorade hiluskörtlar, avskrevs efter EBUS. Hypertoni."),
    ("Bedömning", "Astma, välkontrollerad på inhalationssteroid. Spirometri normal."),
  ], must_not=["NL102"], why="tidigare utredning 2018, avskriven", dx=["sarkoidos", "hypertoni", "astma"])

C("akut-tidigare-dvt-2019", "skane", "19750928-1866", "sk_akut_ksd", "Akutanteckning", "Gustav Lind/läkare",
  "2024-07-08 20:15", "20:50", [
    ("Tidigare sjukdomar", "DVT vä ben 2019, behandlad med apixaban i 6 mån. I övrigt frisk."),
    ("Bedömning", "Inversionsvåld hö fotled, Ottawa-reglerna negativa. Fotledsdistorsion, stödförband och avlastning."),
  ], must_not=["NL102"], why="tidigare DVT 2019 + bekräftad distorsion", dx=["djup ventrombos", "fotledsdistorsion"])

C("onko-opererad-brostcancer-2016", "vgr", "19590618-2406", "vgr_onko_su", "Mottagningsanteckning", "Maja Holmberg/läkare",
  "2024-05-23 09:00", "09:30", [
    ("Tidigare sjukdomar", "Opererad för bröstcancer hö 2016 med sektorresektion och strålbehandling. Recidivfri."),
    ("Bedömning", "Uppföljning år 8. Mammografi utan anmärkning, avslutar endokrin behandling."),
  ], must_not=["NL102"], why="tidigare: 'Opererad för bröstcancer 2016'", dx=["bröstcancer"])

C("kardio-s-p-pci-nstemi-long", "skane", "19570130-1797", "sk_kardio_hbg", "Mottagningsanteckning", "Ebba Karlsson/läkare",
  "2024-09-26 13:00", "13:40", [
    ("Aktuellt", "Årskontroll. Promenerar 5 km dagligen utan bröstsmärta eller andfåddhet. Slutade röka 2021."),
    ("Tidigare sjukdomar", "s/p PCI mot LAD 2021 pga NSTEMI. Hyperlipidemi."),
    ("Status", "BT 128/78, puls 62 regelbunden. Hjärta: inga blåsljud. Inga perifera ödem."),
    ("Bedömning", "Besvärsfri, inga anginabesvär. LDL 1,6 på atorvastatin. Fortsatt sekundärprevention."),
  ], must_not=["NL102"], why="tidigare: 's/p PCI ... pga NSTEMI'", dx=["NSTEMI", "hyperlipidemi"])

C("neuro-tidigare-epilepsi-och-tia", "vgr", "19500820-2599", "vgr_neuro_su", "Mottagningsanteckning", "Elin Strand/läkare",
  "2024-02-08 14:00", "14:30", [
    ("Tidigare sjukdomar", "Epilepsi i barndomen, anfallsfri sedan tonåren utan medicin. s/p TIA 2019 med full regress."),
    ("Bedömning", "Essentiell tremor i båda händerna, propranolol 40 mg x 2 provas."),
  ], must_not=["NL102"], why="tidigare: barndomsepilepsi och s/p TIA", dx=["epilepsi", "transitorisk ischemisk attack", "essentiell tremor"])

# --- hedges that are not about a diagnosis
C("barn-icke-diagnostisk-ev-aterbesok", "skane", "20180305-2420", "sk_barn_hbg", "Mottagningsanteckning", "Erik Brodin/läkare",
  "2024-05-27 14:00", "14:20", [
    ("Bedömning", "Impetigo runt munnen hos 6-årig flicka. Fusidinsyrakräm i en vecka. Ev. återbesök om ej läkt."),
  ], must_not=["NL102"], why="icke-diagnostisk hedge: 'Ev. återbesök'", dx=["impetigo"])

C("med-icke-diagnostisk-trol-hem-imorgon", "vgr", "19820917-2249", "vgr_med_alingsas", "Daganteckning", "Olle Nyberg/läkare",
  "2024-06-10 10:15", "10:40", [
    ("Bedömning", "Pyelonefrit med E. coli i urinodlingen, feberfri sedan igår. Byte till peroral behandling. Trol. hem imorgon."),
  ], must_not=["NL102"], why="icke-diagnostisk hedge: 'Trol. hem imorgon'", dx=["pyelonefrit"], setting="slutenvård")

C("neuro-icke-diagnostisk-misstanker-compliance", "skane", "20000111-1772", "sk_neuro_lund", "Telefonanteckning", "Maria Ekdahl/läkare",
  "2024-10-03 15:30", "15:45", [
    ("Aktuellt", "Känd juvenil myoklon epilepsi. Nytt anfall förra veckan."),
    ("Bedömning", "S-lamotrigin lågt. Misstänker att pat inte tar sin medicin regelbundet, går igenom doseringen i telefon."),
  ], must_not=["NL102"], why="icke-diagnostisk: misstänker följsamhetsbrist", dx=["juvenil myoklon epilepsi"])

C("orto-icke-diagnostisk-ev-remiss", "vgr", "19640302-1683", "vgr_orto_molndal", "Mottagningsanteckning", "Per Sjögren/läkare",
  "2024-11-21 09:30", "10:00", [
    ("Bedömning", "Frusen skuldra vä, kortisoninjektion given i leden. Ev. remiss till fysioterapeut vid nästa besök."),
  ], must_not=["NL102"], why="icke-diagnostisk: 'Ev. remiss'", dx=["frusen skuldra"])

C("ger-icke-diagnostisk-sannolikt-hemtjanst-long", "skane", "19330418-2045", "sk_ger_lund", "Daganteckning", "Henrik Sundberg/läkare",
  "2024-02-26 11:00", "11:40", [
    ("Aktuellt", "Dag 5 efter halvprotes vä höft pga collumfraktur. Går med rollator med stöd av en person."),
    ("Status", "Sårförbandet torrt, ingen rodnad. Lätt ödem vä lår. Orienterad till tid och rum, äter själv."),
    ("Bedömning", "Postoperativt förlopp utan komplikationer, Hb 108 stabilt. "
                  "Sannolikt behov av hemtjänst efter utskrivning, biståndshandläggare kontaktad. "
                  "Paracetamol räcker som smärtlindring."),
    ("Planering", "Fortsatt mobilisering med fysioterapeut två gånger dagligen, utskrivning planeras till helgen."),
  ], must_not=["NL102"], why="icke-diagnostisk: 'Sannolikt behov av hemtjänst'", dx=["collumfraktur"], setting="slutenvård")

C("onko-icke-diagnostisk-oklart-om-orkar", "vgr", "19540928-2976", "vgr_onko_su", "Mottagningsanteckning", "Maja Holmberg/läkare",
  "2024-04-09 13:00", "13:45", [
    ("Aktuellt", "Metastaserad koloncancer, fyra cykler FOLFOX givna. Mycket trött, neuropati i fingrarna."),
    ("Bedömning", "Oklart om pat orkar fler cykler, beslut tas tillsammans med pat nästa vecka."),
  ], must_not=["NL102"], why="icke-diagnostisk: 'Oklart om pat orkar'", dx=["koloncancer", "neuropati"])

# --- PMO (primary care in Skåne): diagnoses never shown
C("pmo-vc-susp-sinuit", "skane", "19810527-1731", "sk_vc_sodervarn", "Besöksanteckning", "Amir Jaber/läkare",
  "2024-01-15 10:30", "10:50", [
    ("Aktuellt", "Förkyld 12 dagar, nu ensidig värk över hö kind och varig snuva."),
    ("Bedömning", "Susp. maxillarsinuit hö. PcV i 10 dagar."),
  ], must_not=["NL102"], why="PMO: hedgad diagnos visas aldrig", dx=["maxillarsinuit"], system="PMO")

C("pmo-bvc-misstankt-komjolksproteinallergi", "skane", "20231110-2848", "sk_bvc_husensjo", "BVC-anteckning", "Therese Ljung/sjuksköterska",
  "2024-03-13 09:00", "09:40", [
    ("Aktuellt", "Spädbarn på 4 mån med eksem, blodtillblandad avföring och mycket skrik. Får ersättning."),
    ("Bedömning", "Misstänkt komjölksproteinallergi, tid hos BVC-läkare bokad. Föräldrarna fick råd om kost."),
  ], must_not=["NL102"], why="PMO BVC: 'Misstänkt' visas inte", dx=["komjölksproteinallergi", "eksem"], system="PMO")

C("pmo-um-misstankt-klamydia", "skane", "20061229-2664", "sk_um_lund", "Besöksanteckning", "Sofie Krantz/barnmorska",
  "2024-04-22 15:30", "15:55", [
    ("Aktuellt", "Sveda vid vattenkastning och ökade flytningar en vecka efter oskyddat samlag."),
    ("Bedömning", "Misstänkt klamydia. Provtagning för klamydia och gonorré, ringer med svar."),
  ], must_not=["NL102"], why="PMO ungdomsmottagning: visas inte", dx=["klamydia"], system="PMO")

C("pmo-hemsjukvard-trol-uvi", "skane", "19360805-2225", "sk_hsv_ystad", "Hembesök", "Karin Möller/sjuksköterska",
  "2024-07-11 13:20", "13:50", [
    ("Aktuellt", "Ny förvirring sedan igår enligt hemtjänsten, illaluktande urin, temp 37,9."),
    ("Åtgärd", "Trol. UVI. U-sticka nitrit pos, urinodling tagen, läkare kontaktad som ordinerar pivmecillinam."),
  ], must_not=["NL102"], why="PMO hemsjukvård: 'Trol. UVI' visas inte", dx=["urinvägsinfektion"], system="PMO")

C("pmo-vc-susp-hypotyreos", "skane", "19740211-2465", "sk_vc_larod", "Besöksanteckning", "Amir Jaber/läkare",
  "2024-08-19 08:40", None, [
    ("Aktuellt", "Trött, fryser och har gått upp i vikt. Torr hud."),
    ("Bedömning", "Susp. hypotyreos. Tar TSH och fritt T4, telefontid för svar."),
  ], must_not=["NL102"], why="PMO: 'Susp. hypotyreos' visas inte", dx=["hypotyreos"], system="PMO")

C("pmo-vc-typo-missankt-baltros", "skane", "19521117-1516", "sk_vc_tabelund", "Besöksanteckning", "Nils Ekberg/läkare",
  "2024-10-24 14:10", "14:30", [
    ("Aktuellt", "Brännande smärta i bandform runt vä bröstkorg sedan 3 dagar, nu små blåsor."),
    ("Bedömning", "Missänkt bältros Th5 vä. Valaciklovir i 7 dagar och smärtlindring."),
  ], must_not=["NL102"], why="PMO: typo 'Missänkt bältros' visas inte", dx=["herpes zoster"], system="PMO")

# --- hedged text inside Tidiga hypoteser (Skåne: template; VGR: sökord)
C("skane-th-mall-frontotemporal-demens", "skane", "19560120-1337", "sk_minne_malmo", "Tidiga hypoteser", "Birgitta Olsson/läkare",
  "2024-09-09 15:00", "15:20", [
    ("Bedömning", "Misstanke om frontotemporal demens: personlighetsförändring, hämningslöshet och frontal atrofi på MR. "
                  "Avvaktar neuropsykologisk bedömning innan detta tas upp."),
  ], must_not=["NL102"], why="Skåne: hedge i mallen Tidiga hypoteser", dx=["frontotemporal demens"])

C("skane-th-mall-skelettmetastaser", "skane", "19490303-2599", "sk_onko_lund", "Tidiga hypoteser", "Katarina Nyström/läkare",
  "2024-06-20 16:00", "16:10", [
    ("Bedömning", "Trol. skelettmetastaser i bäckenet enligt DT, skelettskintigrafi ännu ej besvarad."),
  ], must_not=["NL102"], why="Skåne: 'Trol.' i mallen Tidiga hypoteser", dx=["skelettmetastaser"])

C("skane-th-mall-prodromal-psykos", "skane", "20050915-1593", "sk_psyk_hbg", "Tidiga hypoteser", "Daniel Fredriksson/läkare",
  "2024-02-27 13:00", "13:15", [
    ("Bedömning", "Möjligen begynnande psykos i prodromalfas, udda tankeinnehåll och social isolering. Följs tätt."),
  ], must_not=["NL102"], why="Skåne: 'Möjligen' i mallen Tidiga hypoteser", dx=["psykos"])

C("vgr-th-sokord-huntington", "vgr", "19720509-1734", "vgr_neuro_su", "Läkaranteckning", "Samir Haddad/läkare",
  "2024-05-02 11:00", "11:40", [
    ("Aktuellt", "Remitterad för ofrivilliga rörelser i ansikte och händer samt koncentrationssvårigheter. Adopterad, okänd släkt."),
    ("Tidiga hypoteser", "Kan röra sig om Huntingtons sjukdom. Gentest diskuteras först efter genetisk vägledning."),
    ("Planering", "MR hjärna och neuropsykologisk testning. Återbesök om sex veckor."),
  ], must_not=["NL102"], why="VGR: hedge under sökord Tidiga hypoteser", dx=["Huntingtons sjukdom"])

C("vgr-th-sokord-kolangiokarcinom", "vgr", "19610721-2083", "vgr_kir_sas", "Läkaranteckning", "Johanna Alm/läkare",
  "2024-10-14 14:30", "15:20", [
    ("Aktuellt", "Ikterus och klåda sedan två veckor. Stent lagt via ERCP, borstcytologi tagen."),
    ("Tidiga hypoteser", "Susp. kolangiokarcinom i hilus, inväntar cytologi och MR-kolangiografi."),
  ], must_not=["NL102"], why="VGR: 'Susp.' under sökord Tidiga hypoteser", dx=["kolangiokarcinom", "ikterus"], setting="slutenvård")

C("vgr-th-sokord-wernicke-korsakoff", "vgr", "19660416-1957", "vgr_med_kungalv", "Inskrivningsanteckning", "Karin Hedlund/läkare",
  "2024-12-10 01:40", None, [
    ("Status", "Förvirrad, nystagmus vid sidoblick, ataktisk gång. Alkoholdoft."),
    ("Tidiga hypoteser", "?Wernicke-Korsakoff, tiamin högdos iv insatt."),
  ], must_not=["NL102"], why="VGR: '?X' under sökord Tidiga hypoteser; utkast", dx=["Wernicke-Korsakoffs syndrom"], setting="slutenvård")
# ====================================================================== NL101 positives
# A diagnosis in a visible section while the text says the PATIENT has not been told yet.

C("brost-pad-cancer-ej-informerad-long", "skane", "19680214-2486", "sk_brost_malmo", "Läkaranteckning", "Charlotte Wendt/läkare",
  "2024-05-08 16:10", "16:40", [
    ("Aktuellt", "Svar på mellannålsbiopsi från knölen kl 2 i vä bröst, tagen vid utredningsbesöket 30/4."),
    ("Bedömning", "PAD: invasiv duktal cancer grad 2, ER pos, HER2 neg, Ki-67 22 %. Ultraljud axill utan patologiska körtlar. "
                  "Pat ej informerad, besked vid återbesök 14/5 tillsammans med kontaktsjuksköterska."),
    ("Planering", "MDK onsdag. Tid för operationsplanering och sentinel node-biopsi bokas efter konferensen."),
  ], must=["NL101"], why="cancer-PAD i synlig Bedömning, 'Pat ej informerad, besked vid återbesök'", dx=["bröstcancer"])

C("neuro-als-stalld-ej-informerad-annu", "vgr", "19590407-3151", "vgr_neuro_su", "Läkaranteckning", "Elin Strand/läkare",
  "2024-02-19 14:50", "15:30", [
    ("Bedömning", "EMG visar utbredd denervation i tre regioner. Diagnosen ALS ställd. "
                  "Pat ej informerad ännu, besked lämnas av ansvarig neurolog vid återbesöket."),
  ], must=["NL101"], why="'Pat ej informerad ännu' om ställd ALS-diagnos", dx=["amyotrofisk lateralskleros"])

C("minne-alzheimer-besked-nar-dottern-kan", "skane", "19410926-2685", "sk_minne_malmo", "Läkaranteckning", "Birgitta Olsson/läkare",
  "2024-10-22 11:30", "12:00", [
    ("Bedömning", "Sammantaget Alzheimers sjukdom med lätt demens, MMSE 22. "
                  "Besked lämnas när dottern kan vara med, vilket pat själv önskat."),
  ], must=["NL101"], why="'Besked lämnas när dottern kan vara med' – pat ej informerad", dx=["Alzheimers sjukdom"])

C("uro-prostatacancer-typo-ej-medelat", "vgr", "19550801-2977", "vgr_uro_nal", "Läkaranteckning", "Mikael Rosén/läkare",
  "2024-03-27 15:40", "16:00", [
    ("Bedömning", "Biopsisvar: prostatacancer Gleason 4+4 i 6 av 12 biopsier. Ej medelat pat ännu, ringer honom imorgon."),
  ], must=["NL101"], why="typo 'Ej medelat pat ännu' om prostatacancer", dx=["prostatacancer"])

C("hemat-aml-vet-annu-inte-long", "skane", "19880419-2113", "sk_hemat_lund", "Inskrivningsanteckning", "Eva Sandström/läkare",
  "2024-01-24 17:20", "18:10", [
    ("Aktuellt", "Inlagd från akuten med feber, blåmärken och trötthet i två veckor. Hb 78, TPK 22, LPK 41 med blaster i utstryk."),
    ("Status", "Opåverkad. Petekier på underbenen. Gingivahyperplasi. Ingen lymfadenopati, mjälten ej palpabel."),
    ("Bedömning", "Benmärgsprov: AML med 45 % blaster. Pat vet ännu inte, informeras imorgon bitti av överläkare och kontaktsjuksköterska."),
    ("Planering", "CVK-inläggning, allopurinol, riklig vätska. Kontakt med hematologiska rikssjukvårdsteamet om fertilitetsbevarande åtgärder."),
  ], must=["NL101"], why="'Pat vet ännu inte' om AML, mitt i lång inskrivning", dx=["akut myeloisk leukemi"], setting="slutenvård")

C("gastro-rektalcancer-informeras-vid-aterbesok", "vgr", "19620311-2377", "vgr_gastro_ostra", "Endoskopianteckning", "Per-Olof Hägg/läkare",
  "2024-05-17 13:00", "13:30", [
    ("Bedömning", "PAD från koloskopin: adenokarcinom i rektum 8 cm ovan analkanten. "
                  "Pat informeras vid återbesök 3/6, DT och MR bäcken beställda före dess."),
  ], must=["NL101"], why="'Pat informeras vid återbesök' – ej informerad ännu", dx=["rektalcancer"])

C("kardio-aortastenos-ej-informerad-om-fyndet", "vgr", "19470625-1735", "vgr_kardio_skas", "Läkaranteckning", "Olle Nyberg/läkare",
  "2024-06-12 12:20", "12:50", [
    ("Bedömning", "Eko: svår aortastenos, AVA 0,7 cm², medelgradient 52 mmHg, EF 55 %. Pat ej informerad om fyndet ännu."),
  ], must=["NL101"], why="'Pat ej informerad om fyndet' – bekräftad aortastenos", dx=["aortastenos"])

C("neuro-huntington-ska-inte-informeras-forran", "skane", "19870118-2480", "sk_neuro_lund", "Läkaranteckning", "Per Lindholm/läkare",
  "2024-04-03 10:00", None, [
    ("Bedömning", "Gentest bekräftar Huntingtons sjukdom, CAG 44 repetitioner. "
                  "Pat ska inte informeras förrän vid genetisk vägledning 12/6 enligt överenskommelse."),
  ], must=["NL101"], why="'ska inte informeras förrän' om bekräftad Huntington", dx=["Huntingtons sjukdom"])

C("lung-smacellig-typo-lungcacner", "vgr", "19520904-2687", "vgr_lung_skas", "Läkaranteckning", "Fredrik Sandberg/läkare",
  "2024-08-28 15:15", "15:35", [
    ("Bedömning", "Bronkoskopi-PAD: småcellig lungcacner. Pat ej informerad, samtal med pat och make bokat på fredag."),
  ], must=["NL101"], why="typo 'lungcacner' + 'Pat ej informerad'", dx=["småcellig lungcancer"])

C("psyk-schizofreni-annu-inte-meddelad", "skane", "19970302-1957", "sk_psyk_malmo", "Läkaranteckning", "Sofia Bengtsson/läkare",
  "2024-07-03 14:00", "14:40", [
    ("Aktuellt", "Följt i sex månader med hörselhallucinationer och förföljelseidéer."),
    ("Bedömning", "Kriterierna för paranoid schizofreni är uppfyllda. Diagnosen är ännu inte meddelad pat, "
                  "tas upp vid nästa samtal när han är mindre orolig."),
  ], must=["NL101"], why="'Diagnosen är ännu inte meddelad pat'", dx=["paranoid schizofreni"])

C("gyn-endometriecancer-informeras-hos-onkolog", "vgr", "19580707-2680", "vgr_gyn_ostra", "Läkaranteckning", "Emelie Strand/läkare",
  "2024-09-25 11:10", "11:30", [
    ("Bedömning", "PAD från skrapningen: endometrioid endometriecancer grad 1. "
                  "Pat informeras vid besöket hos gynonkolog nästa vecka, har inte fått svaret ännu."),
  ], must=["NL101"], why="'Pat informeras vid besöket ... har inte fått svaret ännu'", dx=["endometriecancer"])

C("njur-vaskulit-ej-underrattad", "skane", "19640421-2596", "sk_njur_malmo", "Telefonanteckning", "Kerstin Malm/läkare",
  "2024-11-06 16:30", "16:45", [
    ("Bedömning", "Njurbiopsi: ANCA-associerad vaskulit med halvmånar i 5 av 18 glomeruli. "
                  "Pat ej underrättad, nås inte per telefon, nytt försök imorgon förmiddag."),
  ], must=["NL101"], why="'Pat ej underrättad' om vaskulit", dx=["ANCA-associerad vaskulit"])

C("endo-hypofysadenom-annu-ej-informerad", "vgr", "19800609-1790", "vgr_endo_su", "Läkaranteckning", "Robin Ekström/läkare",
  "2024-01-29 13:00", "13:20", [
    ("Bedömning", "MR: 2,4 cm makroadenom i hypofysen med kontakt mot chiasma. Prolaktin 90. "
                  "Pat ännu ej informerad, kallas till akut insatt besök på torsdag."),
  ], must=["NL101"], why="'Pat ännu ej informerad' om hypofysadenom", dx=["hypofysadenom"])

C("reuma-systemisk-skleros-inte-fatt-besked", "skane", "19730812-2063", "sk_reuma_lund", "Läkaranteckning", "Nora Ahmadi/läkare",
  "2024-03-20 15:00", "15:15", [
    ("Bedömning", "Anti-Scl-70 positiva och kapillärmikroskopi med jättekapillärer bekräftar systemisk skleros. "
                  "Pat har inte fått besked ännu, det ges vid återbesöket om två veckor."),
  ], must=["NL101"], why="'Pat har inte fått besked ännu' om systemisk skleros", dx=["systemisk skleros"])

C("onko-levermetastaser-vet-annu-inte-long", "vgr", "19570214-1937", "vgr_onko_su", "Läkaranteckning", "Maja Holmberg/läkare",
  "2024-07-18 10:30", "11:20", [
    ("Aktuellt", "Uppföljning 18 mån efter hemikolektomi hö för koloncancer stadium III och adjuvant cytostatika."),
    ("Status", "AT gott, vikt stabil. Buken mjuk och oöm, ärret läkt."),
    ("Bedömning", "DT thorax-buk visar multipla nytillkomna levermetastaser, progress av koloncancern. "
                  "Pat vet ännu inte om spridningen, onkolog tar samtalet på måndag."),
    ("Planering", "MDK tisdag för ställningstagande till palliativ cytostatika. Kontaktsjuksköterska bokar samtalstid."),
  ], must=["NL101"], why="'Pat vet ännu inte om spridningen' mitt i lång anteckning", dx=["levermetastaser", "koloncancer"])

C("ogon-retinitis-pigmentosa-foraldrar-vill-vara-med", "skane", "20070505-2249", "sk_ogon_hbg", "Läkaranteckning", "Fredrik Ström/läkare",
  "2024-10-30 13:30", "14:00", [
    ("Bedömning", "ERG och genetisk analys bekräftar retinitis pigmentosa. "
                  "Pat ej informerad, föräldrarna önskar vara med när beskedet ges."),
  ], must=["NL101"], why="17-åring ej informerad om retinitis pigmentosa", dx=["retinitis pigmentosa"])

C("hud-melanom-typo-infromerad", "vgr", "19750912-1377", "vgr_hud_su", "Läkaranteckning", "Fatima Yilmaz/läkare",
  "2024-06-26 12:40", None, [
    ("Bedömning", "PAD: malignt melanom, Breslow 2,1 mm, ulcererat. Pat ej infromerad, kallas till mottagningen för besked."),
  ], must=["NL101"], why="typo 'infromerad' + melanom ej meddelat; utkast", dx=["malignt melanom"])

C("inf-hiv-beskedet-ska-ges-personligen", "skane", "19930228-2133", "sk_inf_lund", "Läkaranteckning", "Petra Månsson/läkare",
  "2024-09-03 16:00", "16:20", [
    ("Bedömning", "HIV-1-infektion konfirmerad med immunoblot och HIV-RNA 85 000 kopior/ml. "
                  "Pat ej informerad, beskedet ska ges personligen vid besök på onsdag."),
  ], must=["NL101"], why="HIV-diagnos, pat ej informerad", dx=["HIV-infektion"])

C("neuro-glioblastom-besked-vid-aterbesok", "vgr", "19660130-1556", "vgr_neuro_su", "Läkaranteckning", "Samir Haddad/läkare",
  "2024-04-24 15:10", "15:40", [
    ("Bedömning", "PAD efter stereotaktisk biopsi: glioblastom, IDH-vildtyp. "
                  "Besked till pat vid återbesöket på fredag, hustrun önskas närvarande."),
  ], must=["NL101"], why="'Besked till pat vid återbesöket' – glioblastom", dx=["glioblastom"])

C("uro-blastumor-trol-inte-informerad-om-misstanken", "skane", "19480609-2534", "sk_uro_malmo", "Läkaranteckning", "Karl Dahlberg/läkare",
  "2024-02-12 11:20", "11:50", [
    ("Åtgärd", "Cystoskopi: papillär tumör 3 cm i blåstaket, trol. urotelial cancer. "
               "Pat inte informerad om misstanken, besked ges när PAD finns."),
  ], must=["NL101"], why="hedgad blåscancer, pat 'inte informerad om misstanken' (under Åtgärd)", dx=["urotelial cancer"])

# ====================================================================== NL101 negatives
C("onko-hustrun-ej-informerad-long", "skane", "19610125-2770", "sk_onko_lund", "Läkaranteckning", "Katarina Nyström/läkare",
  "2024-03-06 10:00", "10:40", [
    ("Aktuellt", "Återbesök för PAD-svar efter laparoskopisk sigmoideumresektion 14/2. Har återhämtat sig väl och äter normalt."),
    ("Status", "Operationssåren läkta, buken mjuk. AT gott."),
    ("Bedömning", "Koloncancer stadium III, pat informerad vid dagens besök och tog emot beskedet sansat. "
                  "Hustrun ej informerad på pat:s uttryckliga begäran."),
    ("Planering", "Adjuvant cytostatika med CAPOX i tre månader, start om två veckor. Kontaktsjuksköterskan följer upp per telefon."),
  ], must_not=["NL101"], why="närstående (hustru) ej informerad, pat informerad", dx=["koloncancer"])

C("neuro-arbetsgivaren-ska-inte-informeras", "vgr", "19890316-2116", "vgr_neuro_su", "Läkaranteckning", "Elin Strand/läkare",
  "2024-08-13 09:40", "10:10", [
    ("Bedömning", "Diagnosen fokal epilepsi meddelad pat. Pat vill inte att arbetsgivaren informeras, vilket respekteras."),
  ], must_not=["NL101"], why="arbetsgivaren ej informerad, pat informerad", dx=["fokal epilepsi"])

C("hemat-barnen-vet-annu-inte", "skane", "19520719-2260", "sk_hemat_lund", "Läkaranteckning", "Eva Sandström/läkare",
  "2024-06-05 13:30", "14:00", [
    ("Bedömning", "KLL i tidigt stadium, ingen behandling i nuläget. Pat informerad och lugn. "
                  "Barnen vet ännu inte, pat vill berätta själv efter semestern."),
  ], must_not=["NL101"], why="barnen vet inte, pat informerad", dx=["kronisk lymfatisk leukemi"])

C("uro-operationsdatum-ej-meddelat", "vgr", "19580113-3314", "vgr_uro_su", "Läkaranteckning", "Mikael Rosén/läkare",
  "2024-04-17 14:20", None, [
    ("Bedömning", "Njurcellscancer hö. Pat informerad om diagnosen och planerad nefrektomi. "
                  "Operationsdatum ej meddelat pat ännu, koordinatorn ringer."),
  ], must_not=["NL101"], why="det pat ej fått veta är op-datum, inte diagnosen", dx=["njurcellscancer"])

C("kardio-hcm-genomgangen-med-pat", "skane", "19901123-1751", "sk_kardio_hbg", "Läkaranteckning", "Ebba Karlsson/läkare",
  "2024-10-02 10:30", "11:10", [
    ("Bedömning", "Diagnosen hypertrofisk kardiomyopati genomgången med pat idag, han förstod informationen väl. "
                  "Förstagradssläktingar erbjuds screening."),
  ], must_not=["NL101"], why="diagnosen genomgången med pat", dx=["hypertrofisk kardiomyopati"])

C("onko-fick-besked-maken-med", "vgr", "19700428-2427", "vgr_onko_su", "Läkaranteckning", "Maja Holmberg/läkare",
  "2024-02-21 11:00", "11:45", [
    ("Bedömning", "Pat fick besked om bröstcancer vid dagens besök, maken var med. Frågor om behandling besvarades."),
  ], must_not=["NL101"], why="pat har fått besked", dx=["bröstcancer"])

C("neuro-ms-informerad-idag", "skane", "19950804-2620", "sk_neuro_lund", "Läkaranteckning", "Jonas Bergkvist/läkare",
  "2024-09-11 13:10", "13:50", [
    ("Bedömning", "Pat informerad om diagnosen MS idag och tog beskedet lugnt. Frågor om graviditet och arbete besvarades."),
  ], must_not=["NL101"], why="pat informerad om MS", dx=["multipel skleros"])

C("gyn-stralbehandlingstid-ej-meddelad", "vgr", "19830919-2246", "vgr_gyn_sas", "Läkaranteckning", "Sara Lundgren/läkare",
  "2024-07-15 10:00", "10:20", [
    ("Bedömning", "Cervixcancer stadium IB1, pat informerad vid förra besöket. "
                  "Tid för strålbehandling ännu inte meddelad pat, onkologen skickar kallelse."),
  ], must_not=["NL101"], why="det som ej meddelats är behandlingstiden, inte diagnosen", dx=["cervixcancer"])

C("psyk-foraldrar-ej-informerade-19-ar", "skane", "20041210-2113", "sk_psyk_hbg", "Läkaranteckning", "Daniel Fredriksson/läkare",
  "2024-05-29 15:00", "15:40", [
    ("Bedömning", "Bipolär sjukdom typ I. Pat informerad om diagnos och behandlingsalternativ. "
                  "Föräldrarna ej informerade, pat är 19 år och vill inte att de får veta."),
  ], must_not=["NL101"], why="föräldrarna ej informerade, vuxen pat informerad", dx=["bipolär sjukdom typ I"])

C("ger-vaskular-demens-meddelad-pat-och-hustru", "vgr", "19400302-2193", "vgr_ger_molndal", "Läkaranteckning", "Gunnar Lilja/läkare",
  "2024-11-13 10:30", "11:15", [
    ("Bedömning", "Vaskulär demens, MMSE 20. Diagnosen meddelad pat och hustru vid dagens besök, biståndsansökan diskuterad."),
  ], must_not=["NL101"], why="diagnosen meddelad pat", dx=["vaskulär demens"])

C("orto-vantetid-ej-informerad", "skane", "19530618-2881", "sk_orto_hlm", "Läkaranteckning", "Viktor Paulsson/läkare",
  "2024-01-10 11:00", "11:30", [
    ("Bedömning", "Gonartros hö knä med op-indikation. Pat informerad om diagnosen och accepterar protesoperation. "
                  "Pat ej informerad om väntetiden ännu, planeringssköterskan återkommer."),
  ], must_not=["NL101"], why="ej informerad om väntetid, inte diagnosen", dx=["gonartros"])

C("endo-dosandring-ej-informerad", "vgr", "19770921-2489", "vgr_endo_su", "Läkaranteckning", "Helena Gran/läkare",
  "2024-03-01 14:00", "14:15", [
    ("Bedömning", "Känd hypotyreos sedan 2015, TSH nu 9,8. Levotyroxin höjs till 100 mikrogram. "
                  "Pat ej informerad om dosändringen, ringer imorgon."),
  ], must_not=["NL101"], why="ej informerad om dosändring, inte diagnosen", dx=["hypotyreos"])

C("inf-besked-per-telefon-det-ror-sig-om", "skane", "19680505-1734", "sk_inf_hbg", "Telefonanteckning", "Jakob Lindahl/läkare",
  "2024-08-07 09:15", "09:30", [
    ("Bedömning", "Pat fick besked per telefon om positivt borreliaindex och att det rör sig om neuroborrelios. "
                  "Doxycyklin i 14 dagar."),
  ], must_not=["NL101"], why="besked givet per telefon", dx=["neuroborrelios"])

C("lung-kol-arbetsgivaren-ej-informerad", "vgr", "19620527-3193", "vgr_lung_su", "Läkaranteckning", "Ingrid Falk/läkare",
  "2024-10-09 13:20", "13:50", [
    ("Bedömning", "KOL GOLD 3, pat informerad om stadium och prognos. "
                  "Arbetsgivaren ej informerad, pat vill själv ta upp anpassning av arbetet."),
  ], must_not=["NL101"], why="arbetsgivaren ej informerad, pat informerad", dx=["kroniskt obstruktiv lungsjukdom"])

C("skane-th-mall-lewy-pat-ej-informerad", "skane", "19460810-1558", "sk_minne_malmo", "Tidiga hypoteser", "Birgitta Olsson/läkare",
  "2024-04-29 15:30", "15:45", [
    ("Bedömning", "Trol. Lewy body-demens med fluktuationer och synhallucinationer. Pat ej informerad, "
                  "hypotesen ska prövas med DaTSCAN först."),
  ], must_not=["NL101"], why="Skåne: ej informerad men i skyddade mallen Tidiga hypoteser", dx=["Lewy body-demens"])

C("vgr-th-sokord-pankreascancer-ej-informerad", "vgr", "19530404-2970", "vgr_kir_sas", "Läkaranteckning", "Johanna Alm/läkare",
  "2024-12-12 13:00", "13:40", [
    ("Aktuellt", "Viktnedgång och ryggvärk, nydebuterad diabetes. DT buk gjord idag."),
    ("Tidiga hypoteser", "Misstänkt pankreascancer i corpus. Pat ej informerad om misstanken, avvaktar EUS med biopsi."),
    ("Planering", "EUS bokas inom SVF, återbesök när svar finns."),
  ], must_not=["NL101"], why="VGR: 'ej informerad' endast under sökord Tidiga hypoteser", dx=["pankreascancer", "diabetes"])

C("gastro-celiaki-lab-ej-meddelat", "skane", "19910815-2423", "sk_gastro_malmo", "Läkaranteckning", "Sanna Wallén/läkare",
  "2024-07-10 11:30", "11:40", [
    ("Bedömning", "Känd celiaki sedan 2021. Pat ännu inte informerad om att transglutaminas-ak normaliserats, brev skickas."),
  ], must_not=["NL101"], why="ej informerad om normaliserat labvärde, inte diagnosen", dx=["celiaki"])

C("reuma-informerat-pat-om-sle", "vgr", "19981002-2286", "vgr_reuma_su", "Läkaranteckning", "Kristina Blom/läkare",
  "2024-05-06 14:30", "15:10", [
    ("Bedömning", "Informerat pat om att det rör sig om systemisk lupus erythematosus, broschyr given. Hydroxiklorokin startas."),
  ], must_not=["NL101"], why="pat informerad om SLE", dx=["systemisk lupus erythematosus"])

C("hemat-myelom-dottern-ej-meddelad", "vgr", "19490716-2228", "vgr_hemat_su", "Läkaranteckning", "Johan Åberg/läkare",
  "2024-09-18 10:00", "10:40", [
    ("Bedömning", "Myelomdiagnosen meddelad pat vid besöket. Ej meddelat dottern ännu då pat vill vänta till efter helgen."),
  ], must_not=["NL101"], why="dottern ej meddelad, pat informerad", dx=["multipelt myelom"])

C("uro-sambon-ska-inte-informeras", "skane", "19590211-2530", "sk_uro_malmo", "Läkaranteckning", "Karl Dahlberg/läkare",
  "2024-11-20 10:10", "10:40", [
    ("Bedömning", "Pat informerad om prostatacancer med låg risk och om aktiv monitorering. "
                  "Sambon ska inte informeras enligt pat:s önskan."),
  ], must_not=["NL101"], why="sambon ska inte informeras, pat själv informerad", dx=["prostatacancer"])


# ====================================================================== build + validate
PROTECTED_TEMPLATES_SKANE = {"Tidiga hypoteser", "Våld i nära relationer", "Oro för att barn far illa",
                             "Hälsoundersökning på begäran av socialnämnd (HUBS)",
                             "Hälsoundersökning på begäran om socialnämnd"}
PROTECTED_KEYWORDS_VGR = {"Tidiga hypoteser", "Våldsutsatthet i nära relationer", "Orosanmälan gällande barn",
                          "Tredje person", "Enkelblind prövning"}
CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
RECORD_KEYS = ["patient", "as_of", "notes", "access_events", "conversations", "treatments"]
PATIENT_KEYS = ["id", "birth_date", "protected_identity"]
NOTE_KEYS = ["id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"]
NL1_CODES = {"NL101", "NL102", "NL103", "NL104", "NL105"}


def _iso(s):
    return s.replace(" ", "T") + ":00"


def _signed(time, signed):
    if signed is None:
        return None
    if len(signed) == 5:
        return _iso(time[:10] + " " + signed)
    return _iso(signed)


def _as_of(time_iso, signed_iso):
    last = max(t for t in (time_iso, signed_iso) if t)
    d = _dt.date.fromisoformat(last[:10]) + _dt.timedelta(days=10)
    d = min(d, _dt.date(2024, 12, 31))
    return d.isoformat() + "T00:00:00"


def build(c):
    name, hsa = UNITS[c["unit"]]
    author, role = c["author"].rsplit("/", 1)
    t = _iso(c["time"])
    s = _signed(c["time"], c["signed"])
    pnr = c["pnr"]
    birth = "%s-%s-%s" % (pnr[0:4], pnr[4:6], pnr[6:8])
    note = {"id": "n1", "system": c["system"], "template": c["template"],
            "unit": {"name": name, "hsa_id": hsa}, "author": {"name": author, "role": role},
            "time": t, "signed": s, "setting": c["setting"], "refs": [],
            "sections": [{"keyword": k, "text": v} for k, v in c["sections"]]}
    record = {"patient": {"id": pnr, "birth_date": birth, "protected_identity": False},
              "as_of": _as_of(t, s), "notes": [note],
              "access_events": [], "conversations": [], "treatments": []}
    return {"case": c["case"], "ruleset": c["rs"], "record": record,
            "must": [[code, "n1"] for code in c["must"]],
            "must_not": [[code, "n1"] for code in c["must_not"]],
            "why": c["why"]}


def luhn_ok(ten):
    total = 0
    for i, ch in enumerate(ten):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return total % 10 == 0


def age_at(birth, when):
    b = _dt.date.fromisoformat(birth)
    w = _dt.date.fromisoformat(when[:10])
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def validate(out):
    errors = []
    names = Counter(o["case"] for o in out)
    for n, k in names.items():
        if k > 1:
            errors.append("duplicate case name %s" % n)
    seen = {}
    for o in out:
        cn = o["case"]
        err = lambda msg: errors.append("%s: %s" % (cn, msg))
        if list(o) != CASE_KEYS:
            err("case keys %s" % list(o))
        rec = o["record"]
        if list(rec) != RECORD_KEYS:
            err("record keys %s" % list(rec))
        if list(rec["patient"]) != PATIENT_KEYS:
            err("patient keys")
        if o["ruleset"] not in ("skane", "vgr"):
            err("ruleset %r" % o["ruleset"])
        if not o["why"] or "\n" in o["why"]:
            err("why must be one non-empty line")
        pid, birth = rec["patient"]["id"], rec["patient"]["birth_date"]
        if not re.fullmatch(r"\d{8}-\d{4}", pid):
            err("personnummer format %r" % pid)
        else:
            if not luhn_ok(pid[2:8] + pid[9:13]):
                err("Luhn fails for %s" % pid)
            if pid[:8] != birth.replace("-", ""):
                err("birth_date does not match personnummer")
            try:
                _dt.date.fromisoformat(birth)
            except ValueError:
                err("invalid birth date %s" % birth)
        if not rec["as_of"].startswith("2024-"):
            err("as_of not in 2024")
        note_ids = {n["id"] for n in rec["notes"]}
        for n in rec["notes"]:
            if list(n) != NOTE_KEYS:
                err("note keys %s" % list(n))
            if list(n["unit"]) != ["name", "hsa_id"] or list(n["author"]) != ["name", "role"]:
                err("unit/author keys")
            for sec in n["sections"]:
                if list(sec) != ["keyword", "text"] or not sec["text"].strip():
                    err("section keys/empty text")
            if n["system"] not in ("Melior", "PMO"):
                err("system %s" % n["system"])
            if o["ruleset"] == "vgr" and n["system"] != "Melior":
                err("VGR cases are Melior only")
            if not n["time"].startswith("2024-") or (n["signed"] and not n["signed"].startswith("2024-")):
                err("note dates not in 2024")
            if n["signed"] and n["signed"] < n["time"]:
                err("signed before time")
            if rec["as_of"] < max(x for x in (n["time"], n["signed"]) if x):
                err("as_of before note")
            a = age_at(birth, n["time"])
            if 13 <= a <= 15:
                err("patient aged %d (13–15 not allowed)" % a)
            if "ungdomspsykiatri" in n["unit"]["name"].lower() and o["ruleset"] != "skane":
                err("BUP only in Skåne")
            prot_tpl = o["ruleset"] == "skane" and n["template"] in PROTECTED_TEMPLATES_SKANE
            if o["ruleset"] == "skane" and any(s["keyword"] in PROTECTED_KEYWORDS_VGR for s in n["sections"]):
                err("Skåne case uses a VGR protection sökord (NL206 territory, not wanted here)")
        for lst in ("must", "must_not"):
            for code, target in o[lst]:
                if code not in NL1_CODES:
                    err("code %s outside NL1" % code)
                if target not in note_ids:
                    err("target %s missing" % target)
        must = {c for c, _ in o["must"]}
        must_not = {c for c, _ in o["must_not"]}
        if must & must_not:
            err("code both in must and must_not")
        if not (must | must_not):
            err("no assertion")
        n1 = rec["notes"][0]
        if "NL102" in must and (n1["system"] != "Melior" or
                                (o["ruleset"] == "skane" and n1["template"] in PROTECTED_TEMPLATES_SKANE)):
            err("NL102 positive must be a visible Melior note")
        if n1["system"] == "PMO" and ("NL101" in must | must_not or "NL102" in must):
            err("NL101 never asserted on PMO; NL102 never positive on PMO")
        for n in rec["notes"]:
            for sec in n["sections"]:
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen and seen[sent] != (cn, sec["keyword"]):
                            err("sentence repeated (also in %s): %r" % (seen[sent][0], sent))
                        elif sent in seen:
                            err("sentence repeated within note: %r" % sent)
                        seen[sent] = (cn, sec["keyword"])
    return errors


def main():
    out = [build(c) for c in CASES]
    errors = validate(out)
    text = "".join(json.dumps(o, ensure_ascii=False, separators=(", ", ": ")) + "\n" for o in out)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    # statistics
    per_code = Counter()
    for o in out:
        for lst in ("must", "must_not"):
            for code, _ in o[lst]:
                per_code[(code, lst)] += 1
    print("wrote %d cases to %s" % (len(out), os.path.relpath(OUT)))
    print("ruleset:", dict(Counter(o["ruleset"] for o in out)),
          "system:", dict(Counter(o["record"]["notes"][0]["system"] for o in out)))
    print("unsigned drafts:", sum(1 for o in out if o["record"]["notes"][0]["signed"] is None),
          "| typo cases:", sum(1 for o in out if "typo" in o["case"]),
          "| notes with >=3 sections:", sum(1 for o in out if len(o["record"]["notes"][0]["sections"]) >= 3),
          "| distinct diagnoses:", len({d.lower() for c in CASES for d in c["dx"]}))
    print("%-6s %5s %9s" % ("code", "must", "must_not"))
    for code in sorted({c for c, _ in per_code}):
        print("%-6s %5d %9d" % (code, per_code[(code, "must")], per_code[(code, "must_not")]))
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        print("%d problem(s)" % len(errors), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
