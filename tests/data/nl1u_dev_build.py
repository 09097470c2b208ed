#!/usr/bin/env python3
"""nl1u: independent gold cases for NL102 (and NL101) written as reports and consultation
answers (radiology, nuclear medicine, mammography, pathology/cytology, clinical physiology,
neurophysiology, lab comments, konsultsvar).  Dependency-free and deterministic:
    python3 build.py   -> writes nl1u_dev_cases.jsonl beside this file, exits 1 on any problem.
"""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1u_dev_cases.jsonl")

# ---------------------------------------------------------------- units
UNITS = {
    # Skåne (Melior)
    "S_RTG_LUND": ("Bild och funktion, Röntgen Lund, Skånes universitetssjukhus", "SE2321000255-4101"),
    "S_RTG_HBG": ("Röntgenavdelningen, Helsingborgs lasarett", "SE2321000255-4102"),
    "S_RTG_KRI": ("Röntgenkliniken, Centralsjukhuset Kristianstad", "SE2321000255-4103"),
    "S_RTG_MAL": ("Bild och funktion, Röntgen Malmö, Skånes universitetssjukhus", "SE2321000255-4122"),
    "S_RTG_HASS": ("Röntgen, Hässleholms sjukhus", "SE2321000255-4123"),
    "S_BARNRTG": ("Barnröntgen, Skånes universitetssjukhus Lund", "SE2321000255-4124"),
    "S_NUK_MAL": ("Klinisk fysiologi och nuklearmedicin, Skånes universitetssjukhus Malmö", "SE2321000255-4104"),
    "S_FYS_LUND": ("Klinisk fysiologi, Skånes universitetssjukhus Lund", "SE2321000255-4125"),
    "S_NFYS_LUND": ("Klinisk neurofysiologi, Skånes universitetssjukhus Lund", "SE2321000255-4105"),
    "S_NFYS_MAL": ("Klinisk neurofysiologi, Skånes universitetssjukhus Malmö", "SE2321000255-4126"),
    "S_PAT_LUND": ("Klinisk patologi, Labmedicin Skåne, Lund", "SE2321000255-4106"),
    "S_MAMMO_MAL": ("Mammografienheten, Skånes universitetssjukhus Malmö", "SE2321000255-4107"),
    "S_OGON_LUND": ("Ögonkliniken, Skånes universitetssjukhus Lund", "SE2321000255-4108"),
    "S_ONH_HBG": ("Öron-näsa-hals-kliniken, Helsingborgs lasarett", "SE2321000255-4109"),
    "S_ONH_LUND": ("Öron-näsa-hals-kliniken, Skånes universitetssjukhus Lund", "SE2321000255-4127"),
    "S_HUD_LUND": ("Hudmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4110"),
    "S_GYN_YSTAD": ("Kvinnokliniken, Ystads lasarett", "SE2321000255-4111"),
    "S_GYN_HBG": ("Kvinnokliniken, Helsingborgs lasarett", "SE2321000255-4128"),
    "S_URO_MAL": ("Urologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-4112"),
    "S_INF_MAL": ("Infektionskliniken, Skånes universitetssjukhus Malmö", "SE2321000255-4113"),
    "S_HEM_LUND": ("Hematologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-4114"),
    "S_MED_TRE": ("Medicinkliniken, Trelleborgs lasarett", "SE2321000255-4116"),
    "S_BARN_LUND": ("Barn- och ungdomsmedicin, Skånes universitetssjukhus Lund", "SE2321000255-4118"),
    "S_LAB": ("Klinisk kemi, Labmedicin Skåne, Lund", "SE2321000255-4120"),
    "S_LUNG_LUND": ("Lungmedicinska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-4129"),
    "S_ONK_LUND": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-4130"),
    "S_NKIR_LUND": ("Neurokirurgiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-4131"),
    # Skåne primary care (PMO)
    "S_VC_ESLOV": ("Vårdcentralen Eslöv", "SE2321000255-4201"),
    "S_VC_YSTAD": ("Vårdcentralen Ystad", "SE2321000255-4202"),
    "S_VC_HORBY": ("Hörby vårdcentral", "SE2321000255-4203"),
    # VGR (Melior)
    "V_RTG_SU": ("Radiologi, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011001"),
    "V_RTG_NAL": ("Röntgen, NU-sjukvården NÄL Trollhättan", "SE2321000131-E000000011002"),
    "V_RTG_SKAS": ("Röntgen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000011003"),
    "V_RTG_UDD": ("Röntgen, NU-sjukvården Uddevalla sjukhus", "SE2321000131-E000000011004"),
    "V_RTG_LIDK": ("Röntgen, Skaraborgs Sjukhus Lidköping", "SE2321000131-E000000011005"),
    "V_RTG_MOLN": ("Röntgen, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-E000000011006"),
    "V_NUK_SU": ("Nuklearmedicin, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011007"),
    "V_FYS_SU": ("Klinisk fysiologi, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011008"),
    "V_NFYS_SU": ("Klinisk neurofysiologi, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011009"),
    "V_PAT_SU": ("Klinisk patologi, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011010"),
    "V_MIKRO_SU": ("Klinisk mikrobiologi, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011011"),
    "V_MAMMO_SAS": ("Bröstmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000011012"),
    "V_OGON_MOLN": ("Ögonmottagningen, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-E000000011013"),
    "V_BARNOGON": ("Barnögonmottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000011014"),
    "V_ONH_SU": ("ÖNH-mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011015"),
    "V_HUD_SU": ("Hudmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011016"),
    "V_GYN_OSTRA": ("Gynekologimottagningen, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E000000011017"),
    "V_GYNONK_SU": ("Gynekologisk onkologi, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011018"),
    "V_URO_LIDK": ("Urologmottagningen, Skaraborgs Sjukhus Lidköping", "SE2321000131-E000000011019"),
    "V_INF_OSTRA": ("Infektionskliniken, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E000000011020"),
    "V_HEM_SU": ("Sektionen för hematologi och koagulation, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011021"),
    "V_KARD_KUNG": ("Kardiologmottagningen, Kungälvs sjukhus", "SE2321000131-E000000011022"),
    "V_AKUT_KUNG": ("Akutmottagningen, Kungälvs sjukhus", "SE2321000131-E000000011023"),
    "V_AKUT_ALI": ("Akutmottagningen, Alingsås lasarett", "SE2321000131-E000000011024"),
    "V_MED_ALI": ("Medicinmottagningen, Alingsås lasarett", "SE2321000131-E000000011025"),
    "V_LUNG_ALI": ("Lungmottagningen, Alingsås lasarett", "SE2321000131-E000000011026"),
    "V_KIR_SAS": ("Kirurgkliniken, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000011027"),
    "V_NEURO_SU": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011028"),
    "V_REUMA_MOLN": ("Reumatologmottagningen, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-E000000011029"),
}
PMO_UNITS = {"S_VC_ESLOV", "S_VC_YSTAD", "S_VC_HORBY"}

AUTHORS = [
    "Karin Lindqvist", "Johan Bergström", "Amira Haddad", "Per-Olof Nilsson", "Sofia Ekman",
    "Mikael Åberg", "Leila Rahimi", "Anders Holmgren", "Elin Sjöberg", "Tomas Wikström",
    "Maria Gustafsson", "Erik Dahl", "Hanna Persson", "Björn Lundgren", "Nadia Karlsson",
    "Fredrik Mattsson", "Ingrid Olofsson", "Jonas Hedlund", "Cecilia Fors", "Ali Mansour",
]

CASES = []


def C(name, rs, unit, tmpl, sex, birth, time, signed, sections, must=(), must_not=(),
      why="", setting="öppenvård"):
    CASES.append(dict(name=name, rs=rs, unit=unit, tmpl=tmpl, sex=sex, birth=birth, time=time,
                      signed=signed, sections=sections, must=list(must), must_not=list(must_not),
                      why=why, setting=setting))


M102 = ["NL102"]
M101 = ["NL101"]

# ================================================================ RADIOLOGY / NUCLEAR / MAMMO
C("skane-dt-lungartarer-lungemboli-kan-ej-uteslutas", "skane", "S_RTG_LUND", "Röntgensvar", "F",
  "1958-03-14", "2024-01-09T14:20", 35, [
      ("Frågeställning", "Dyspné och takykardi sedan 3 dygn, D-dimer 2,1. Knäopererad för 2 veckor sedan."),
      ("Utlåtande", "DT lungartärer med iv kontrast. Suboptimal kontrastfyllnad i underlobsgrenarna bilat pga andningsartefakter. Oskarp fyllnadsdefekt i segmentartär till hö underlob, lungemboli kan ej uteslutas. Ingen högerkammarbelastning. Små bilaterala pleuravätskor."),
  ], must=M102, why="Radiologisvar i Melior: 'lungemboli kan ej uteslutas' är en öppen hypotes i synlig text.",
  setting="slutenvård")

C("vgr-dt-buk-fynden-talar-for-appendicit", "vgr", "V_RTG_NAL", "Röntgenutlåtande", "M",
  "1996-07-22", "2024-01-13T02:45", 20, [
      ("Frågeställning", "Buksmärta sedan igår kväll som vandrat till hö fossa. CRP 64, LPK 14."),
      ("Utlåtande", "DT buk med iv kontrast. Appendix förtjockad, 11 mm, med omgivande fettsvullnad och en 6 mm appendikolit basalt. Fynden talar för akut appendicit. Ingen fri gas, ingen abscess."),
  ], must=M102, why="'Fynden talar för akut appendicit' i röntgenutlåtande är en osäker diagnos i synlig text.",
  setting="akutmottagning")

C("skane-dt-buk-appendix-mojligen-retrocekalt-negerad-typo", "skane", "S_RTG_HBG", "Röntgensvar", "F",
  "2001-11-03", "2024-01-16T11:05", 45, [
      ("Frågeställning", "Smärta hö fossa sedan ett dygn, CRP 12, afebril."),
      ("Utlåtande", "DT buk: Appendix ses möjligen retrocekalt, normal diameter 5 mm, utan omgivande reaktion. Ingen fri vätska i buken. Inga tecken på apendicit. Ovarierna utan anmärkning."),
  ], must_not=M102, why="Negerad diagnos med stavfel (apendicit); 'möjligen' gäller bara appendix läge (anatomi) – ingen hypotes.")

C("vgr-rtg-pulm-i-forsta-hand-pneumoni-typo", "vgr", "V_RTG_SKAS", "Röntgenutlåtande", "M",
  "1949-02-17", "2024-01-18T10:05", 90, [
      ("Frågeställning", "Feber och hosta i 10 dagar, crackles hö basalt. Aktiv rökare."),
      ("Utlåtande", "Rtg pulm f+s: Nytillkommen konsolidering i hö underlob med positivt bronkogram, i första hand pnemoni. Hjärtstorlek normal. Ingen pleuravätska. Kontroll 6–8 veckor efter behandling rekommenderas med tanke på rökning och ålder."),
  ], must=M102, why="'i första hand pnemoni' (stavfel för pneumoni) är en osäker diagnos i synligt röntgensvar.")

C("vgr-dt-thorax-fleischner-4mm-ingen-uppfoljning", "vgr", "V_RTG_SU", "Röntgenutlåtande", "F",
  "1971-05-09", "2024-01-25T13:40", 45, [
      ("Frågeställning", "Långvarig hosta, aldrig rökt, tidigare frisk."),
      ("Utlåtande", "DT thorax utan kontrast: 4 mm solid nodulus i vä överlob, subpleuralt. Lågriskpatient, enligt Fleischner-kriterierna behövs ingen uppföljning. Lungparenkym och luftvägar i övrigt utan anmärkning. Inga förstorade lymfkörtlar i mediastinum."),
  ], must_not=M102, why="Nodulus beskrivs utan hedge och avslutas enligt Fleischner – ett fynd, ingen diagnostisk hypotes.")

C("skane-dt-thorax-spikulerad-forandring-suspekt-lungcancer", "skane", "S_RTG_KRI", "Röntgensvar", "M",
  "1954-09-30", "2024-02-02T11:15", None, [
      ("Frågeställning", "Viktnedgång 6 kg, hemoptys vid två tillfällen. Rökare sedan 40 år."),
      ("Utlåtande", "DT thorax och övre buk: Spikulerad 19 mm solid förändring i hö överlob, suspekt för lungcancer. Förstorad lymfkörtel i station 4R, kortaxel 13 mm. Binjurar och lever utan anmärkning. Rekommenderar PET-DT och remiss till lungmedicin enligt SVF."),
  ], must=M102, why="Osignerat röntgensvar: 'suspekt för lungcancer' är en misstänkt diagnos i synlig text.")

C("vgr-mr-hjarna-forenlig-med-demyelinisering-i-forsta-hand-ms", "vgr", "V_RTG_SU", "Röntgenutlåtande", "F",
  "1993-04-18", "2024-02-06T15:30", 50, [
      ("Frågeställning", "Synnedsättning hö öga med smärta vid ögonrörelser sedan en vecka."),
      ("Utlåtande", "MR hjärna med kontrast: Ett tiotal periventrikulära och juxtakortikala T2-hyperintensiteter, varav två i corpus callosum och en med kontrastuppladdning. Bilden är förenlig med demyeliniserande sjukdom, i första hand MS. Hö n. opticus svullen och uppladdande."),
  ], must=M102, why="'förenlig med demyeliniserande sjukdom, i första hand MS' – ny osäker diagnos i MR-svar.")

C("skane-mr-hjarna-forenligt-med-tidigare-kand-ms", "skane", "S_RTG_LUND", "Röntgensvar", "M",
  "1980-12-01", "2024-02-12T09:50", 30, [
      ("Frågeställning", "Årlig kontroll, behandlas med ocrelizumab. Inga nya skov sedan förra året."),
      ("Utlåtande", "Jämfört med MR 2023-02-10 oförändrat antal och storlek på T2-lesioner supra- och infratentoriellt. Ingen kontrastuppladdning. Förenligt med tidigare känd MS utan radiologiska tecken på sjukdomsaktivitet."),
  ], must_not=M102, why="'Förenligt med tidigare känd MS' är en fastställd diagnos, inte en hypotes.")

C("vgr-mr-sella-hypofys-normal-anatomi", "vgr", "V_RTG_SKAS", "Röntgenutlåtande", "F",
  "1988-06-25", "2024-02-15T12:10", 40, [
      ("Frågeställning", "Amenorré sedan 6 månader, prolaktin lätt förhöjt 32."),
      ("Utlåtande", "MR sella med dynamisk kontrast: Hypofysen av normal storlek och signal, höjd 7 mm. Hypofysstjälken mittställd, chiasma opticum utan anmärkning. Inget hypofysadenom påvisas."),
  ], must_not=M102, why="Anatomiord (hypofys, chiasma) och negerat adenom – inget osäkert diagnosomnämnande.")

C("skane-mr-hypofys-kan-motsvara-mikroadenom", "skane", "S_RTG_LUND", "Röntgensvar", "F",
  "1990-10-10", "2024-02-20T14:00", None, [
      ("Frågeställning", "Galaktorré, prolaktin 85 vid upprepade prover."),
      ("Utlåtande", "MR hypofys: 4 mm hypointens förändring i hypofysens vä del vid dynamisk kontrastserie, kan motsvara mikroadenom (prolaktinom). Differentialdiagnostiskt partialvolymseffekt eller liten Rathkes cysta. Chiasma fritt."),
  ], must=M102, why="'kan motsvara mikroadenom' och 'Differentialdiagnostiskt …' i osignerat MR-svar.")

C("vgr-dt-lever-li-rads-4-sannolikt-hcc", "vgr", "V_RTG_SU", "Röntgenutlåtande", "M",
  "1957-08-08", "2024-02-27T10:30", 60, [
      ("Frågeställning", "Känd alkoholrelaterad levercirros, HCC-övervakning. Ny förändring vid ultraljud."),
      ("Utlåtande", "DT lever i tre faser: 18 mm arteriellt uppladdande förändring i segment 6 utan säker washout eller kapsel. LI-RADS 4 – sannolikt HCC. Portaven öppen. Diskuteras på levermultidisciplinär konferens."),
  ], must=M102, why="'LI-RADS 4 – sannolikt HCC' är en osäker cancerdiagnos i synlig text.")

C("vgr-ul-galla-talar-for-kolecystit-typo", "vgr", "V_RTG_NAL", "Röntgenutlåtande", "F",
  "1966-01-19", "2024-03-04T19:40", 25, [
      ("Frågeställning", "Hö-sidig övre buksmärta, feber 38,6. CRP 140."),
      ("Utlåtande", "UL buk: Gallblåsan distenderad med väggförtjockning 5 mm, perivesikal vätska och positivt ultraljuds-Murphy. Flertal konkrement i gallblåsehalsen. Bilden talar för akut kolecysitit. Koledokus 5 mm."),
  ], must=M102, why="'talar för akut kolecysitit' (stavfel) – osäker diagnos i ultraljudssvar.",
  setting="akutmottagning")

C("skane-ul-gallsten-inga-tecken-pa-kolecystit", "skane", "S_RTG_HBG", "Röntgensvar", "F",
  "1979-03-03", "2024-03-07T11:20", 55, [
      ("Frågeställning", "Återkommande smärtattacker under hö arcus efter fet mat."),
      ("Utlåtande", "UL övre buk: Tunnväggig gallblåsa med ett rörligt 12 mm konkrement. Inga tecken på kolecystit. Intra- och extrahepatiska gallgångar ej vidgade. Pankreas ses delvis, utan anmärkning. Levern med normal ekogenicitet."),
  ], must_not=M102, why="Konkrement är ett säkert fynd, kolecystit negeras, pankreas är anatomi.")

C("vgr-ul-njure-bosniak-1-enkel-cysta", "vgr", "V_RTG_SKAS", "Röntgenutlåtande", "M",
  "1950-11-11", "2024-03-11T13:05", 35, [
      ("Frågeställning", "Bifynd vid tidigare DT av förändring i vä njure, karakterisering önskas."),
      ("Utlåtande", "UL njurar: I vä njures nedre pol en 3 cm tunnväggig anekogen cysta utan septa eller solida komponenter, Bosniak I, enkel njurcysta. Hö njure utan anmärkning. Ingen uppföljning behövs."),
  ], must_not=M102, why="Bosniak I, enkel njurcysta – benignt och fastställt, ingen hypotes.")

C("skane-dt-njure-bosniak-3-malignitet-kan-ej-uteslutas-typo", "skane", "S_RTG_KRI", "Röntgensvar", "M",
  "1962-02-28", "2024-03-14T09:25", None, [
      ("Frågeställning", "Karakterisering av cystisk förändring i hö njure."),
      ("Utlåtande", "DT njurar i fyra faser: 4 cm cystisk förändring i hö njures mellersta del med förtjockade, mätbart uppladdande septa. Bosniak III, malginitet kan ej uteslutas. Remiss till urolog rekommenderas."),
  ], must=M102, why="'malginitet kan ej uteslutas' (stavfel) i Bosniak III-svar – osäker malignitet synlig.")

C("skane-mammografi-birads-4-suspekt-malignitet", "skane", "S_MAMMO_MAL", "Mammografisvar", "F",
  "1968-07-07", "2024-03-19T10:40", 40, [
      ("Anamnes", "Palpabel knöl i vä bröst sedan tre veckor. Ingen hereditet för bröst- eller äggstockscancer."),
      ("Utlåtande", "Mammografi och UL: I vä bröst kl 2, 6 cm från mamillen, en 11 mm oregelbunden hypoekogen förändring med oskarp begränsning och bakre skuggning. BI-RADS 4 – suspekt malignitet. Ultraljudsledd mellannålsbiopsi utförd samma dag. Vä axill utan patologiska körtlar."),
  ], must=M102, why="'BI-RADS 4 – suspekt malignitet' är en misstänkt cancer i synligt mammografisvar.")

C("vgr-ul-brost-forenligt-med-tidigare-kant-fibroadenom", "vgr", "V_MAMMO_SAS", "Mammografisvar", "F",
  "1990-02-14", "2024-03-22T14:15", 30, [
      ("Anamnes", "Kontroll av knuta i hö bröst, stationär enligt patienten."),
      ("Utlåtande", "UL hö bröst: 14 mm välavgränsad ovoid parallellorienterad förändring kl 10, oförändrad storlek sedan 2022. Förenligt med tidigare känt fibroadenom. BI-RADS 2. Ingen ytterligare utredning behövs."),
  ], must_not=M102, why="Känt fibroadenom, BI-RADS 2 – bekräftad benign diagnos, inte hypotes.")

C("skane-screeningmammografi-inga-misstankta-forandringar", "skane", "S_MAMMO_MAL", "Mammografisvar", "F",
  "1972-09-12", "2024-03-26T08:30", 120, [
      ("Utlåtande", "Screeningmammografi bilat: Symmetrisk körtelvävnad, täthet B. Inga misstänkta förändringar och inga mikroförkalkningar. BI-RADS 1. Åter i screeningprogrammet om två år."),
  ], must_not=M102, why="'Inga misstänkta förändringar' – cueordet är negerat och ingen diagnos nämns.")

C("vgr-mammografi-mikroforkalkningar-misstanke-om-dcis", "vgr", "V_MAMMO_SAS", "Mammografisvar", "F",
  "1959-12-03", "2024-04-02T11:45", 50, [
      ("Utlåtande", "Jämfört med screening 2022 nytillkomna grupperade fina pleomorfa mikroförkalkningar i hö bröst, övre yttre kvadranten, utbredning ca 15 mm. Misstanke om DCIS, BI-RADS 4C. Stereotaktisk vakuumbiopsi planeras. Inga förstorade körtlar i axillerna."),
  ], must=M102, why="'Misstanke om DCIS' i mammografisvar – misstänkt diagnos synlig i Melior.")

C("skane-pet-dt-kand-lymfom-komplett-metabol-remission", "skane", "S_NUK_MAL", "Svar nuklearmedicin", "M",
  "1975-05-05", "2024-04-05T15:10", 45, [
      ("Frågeställning", "Känt diffust storcelligt B-cellslymfom, responsvärdering efter fyra cykler R-CHOP."),
      ("Utlåtande", "PET-DT: Tidigare FDG-avida lymfkörtlar på halsen och i mediastinum har helt normaliserats, Deauville 2. Inga tecken på kvarvarande lymfom. Bilden motsvarar komplett metabol remission."),
  ], must_not=M102, why="Känt lymfom, kvarvarande sjukdom negeras – bekräftad diagnos och normalfynd.")

C("vgr-pet-dt-binjure-kan-representera-metastas", "vgr", "V_NUK_SU", "Svar nuklearmedicin", "M",
  "1952-04-21", "2024-04-09T13:20", 60, [
      ("Frågeställning", "Nyupptäckt tumör i vä lunga, stadieindelning."),
      ("Utlåtande", "PET-DT: Intensivt FDG-upptag i primärtumören i vä underlob, SUVmax 14. Ytterligare upptag i en 22 mm förändring i vä binjure, kan representera metastas. Differentialdiagnos lipidfattigt binjureadenom; DT med binjureprotokoll föreslås."),
  ], must=M102, why="'kan representera metastas' med differentialdiagnos – osäker diagnos i PET-svar.")

C("skane-skelettscint-l3-kan-motsvara-metastas", "skane", "S_NUK_MAL", "Svar nuklearmedicin", "F",
  "1961-08-16", "2024-04-12T10:00", None, [
      ("Frågeställning", "Bröstcancer opererad 2021, nu ländryggssmärta."),
      ("Utlåtande", "Helkroppsskelettscintigrafi: Ökat upptag i L3 och i hö sjätte revbenet lateralt. Fokus i L3 kan motsvara skelettmetastas, DD degenerativ förändring; kompletterande MR rekommenderas. Revbensupptaget är sannolikt traumatiskt betingat."),
  ], must=M102, why="'kan motsvara skelettmetastas, DD …' i osignerat scintigrafisvar.")

C("vgr-skelettscint-degenerativt-inga-tecken-pa-metastaser", "vgr", "V_NUK_SU", "Svar nuklearmedicin", "M",
  "1948-10-02", "2024-04-16T14:35", 40, [
      ("Frågeställning", "Nydiagnostiserad prostatacancer, PSA 24, Gleason 4+4. Stadieindelning."),
      ("Utlåtande", "Skelettscintigrafi: Upptag i knäleder, i ländryggens fasettleder och i vä axelled av degenerativ karaktär. Inga tecken på skelettmetastaser."),
  ], must_not=M102, why="Känd prostatacancer, metastaser negeras ('Inga tecken på') – ingen hypotes.")

C("skane-lungscint-hog-sannolikhet-for-lungemboli", "skane", "S_NUK_MAL", "Svar nuklearmedicin", "F",
  "1995-01-27", "2024-04-19T16:05", 30, [
      ("Frågeställning", "Gravid vecka 24, plötslig dyspné och pleuritsmärta. DT undviks."),
      ("Utlåtande", "Lungscintigrafi (V/P SPECT) med reducerad dos: Multipla segmentella perfusionsdefekter i båda underloberna med bevarad ventilation (mismatch). Hög sannolikhet för lungemboli."),
  ], must=M102, why="'Hög sannolikhet för lungemboli' är en sannolikhetsbedömning – osäker diagnos i synlig text.",
  setting="slutenvård")

C("vgr-myokardscint-ingen-reversibel-ischemi", "vgr", "V_FYS_SU", "Svar klinisk fysiologi", "M",
  "1963-06-06", "2024-04-23T09:15", 55, [
      ("Frågeställning", "Atypisk bröstsmärta, icke-diagnostiskt arbetsprov."),
      ("Utlåtande", "Myokardskintigrafi med adenosinbelastning: Normal perfusion i vila och under belastning. Ingen reversibel ischemi och ingen infarktsequele. Normal vänsterkammarfunktion med EF 64 % vid gated SPECT."),
  ], must_not=M102, why="Normalfynd: ischemi och infarkt negeras.")

C("skane-tyreoideascint-i-forsta-hand-toxiskt-adenom", "skane", "S_NUK_MAL", "Svar nuklearmedicin", "F",
  "1970-03-09", "2024-04-26T11:30", 45, [
      ("Frågeställning", "Subklinisk hypertyreos med TSH <0,01, palpabel knuta hö."),
      ("Utlåtande", "Tyreoideascintigrafi med teknetium: Ett intensivt varmt fokus i hö lob motsvarande den palperade knutan, med supprimerat upptag i övriga körteln. Bilden talar i första hand för toxiskt adenom."),
  ], must=M102, why="'talar i första hand för toxiskt adenom' – osäker diagnos i scintigrafisvar.")

C("vgr-dt-hjarna-trolig-rorelseartefakt-ingen-blodning", "vgr", "V_RTG_NAL", "Röntgenutlåtande", "F",
  "1941-05-19", "2024-05-02T22:10", None, [
      ("Frågeställning", "Fall i hemmet med huvudtrauma, behandlas med warfarin."),
      ("Utlåtande", "DT hjärna utan kontrast: Ingen intrakraniell blödning, ingen expansivitet. Kammarsystemet normalvitt och mittställt, basala cisterner fria. Trolig rörelseartefakt i bakre skallgropen, i övrigt utan anmärkning. Ingen skallfraktur."),
  ], must_not=M102, why="'Trolig rörelseartefakt' är en icke-diagnostisk hedge; blödning och fraktur negeras.",
  setting="akutmottagning")

C("skane-dt-hjarna-kan-representera-tidig-ischemi-misstankt-tromb", "skane", "S_RTG_HBG", "Röntgensvar", "M",
  "1947-12-12", "2024-05-06T07:55", None, [
      ("Frågeställning", "Trombolyslarm, afasi och hö-sidig pares sedan 50 minuter."),
      ("Utlåtande", "DT hjärna och DT-angiografi: Diskret utsuddad gräns mellan grå och vit substans i vä insula, kan representera tidig ischemi. Hyperdens vä a. cerebri media, misstänkt tromb i M1-segmentet. Ingen blödning. Svar lämnat muntligt till strokejouren."),
  ], must=M102, why="'kan representera tidig ischemi' och 'misstänkt tromb' i osignerat strokesvar.",
  setting="akutmottagning")

C("vgr-rtg-handled-skafoideumfraktur-kan-ej-uteslutas-typo", "vgr", "V_RTG_UDD", "Röntgenutlåtande", "M",
  "2003-08-30", "2024-05-09T12:25", 40, [
      ("Frågeställning", "Fall på utsträckt hand, ömhet i fossa tabatière."),
      ("Utlåtande", "Rtg vä handled inkl. skafoideumserie: Ingen säker fraktur. Med tanke på klinisk ömhet kan skafoideumfraktur ej utelsutas, ny undersökning om 10–14 dagar eller MR rekommenderas."),
  ], must=M102, why="'kan skafoideumfraktur ej utelsutas' (stavfel i cueordet) – osäker diagnos kvar.",
  setting="akutmottagning")

C("skane-rtg-hoft-grav-artros-kand", "skane", "S_RTG_HASS", "Röntgensvar", "F",
  "1946-04-04", "2024-05-13T10:50", 60, [
      ("Frågeställning", "Känd artros hö höft, tilltagande vilovärk. Inför ställningstagande till protes."),
      ("Utlåtande", "Rtg bäcken och hö höft: Uttalad ledspaltsavsmalning med subkondral skleros, cystbildning och osteofyter, tydlig progress jämfört med 2022. Grav höftledsartros hö. Vä höft med lätta förändringar."),
  ], must_not=M102, why="Känd och radiologiskt fastställd artros utan hedge.")

C("skane-duplex-halskarl-talar-for-karotisstenos", "skane", "S_FYS_LUND", "Svar klinisk fysiologi", "M",
  "1951-06-14", "2024-05-20T11:10", 45, [
      ("Frågeställning", "TIA med amaurosis fugax hö öga igår."),
      ("Utlåtande", "Duplex halskärl: Hypoekogent plack i hö a. carotis interna med PSV 260 cm/s och EDV 90 cm/s, vilket talar för 70–80 % karotisstenos. Vä sida utan hemodynamiskt signifikant stenos. Vertebralisflöden antegrada bilat."),
  ], must=M102, why="'talar för 70–80 % karotisstenos' – hedgad diagnos i kärlundersökning.")

C("vgr-ul-skrotum-hogst-suspekt-testikelcancer", "vgr", "V_RTG_LIDK", "Röntgenutlåtande", "M",
  "1996-03-15", "2024-05-23T09:35", 20, [
      ("Frågeställning", "Palpabel oöm resistens i hö testikel sedan en månad."),
      ("Utlåtande", "UL skrotum: 14 mm hypoekogen, vaskulariserad intratestikulär förändring i hö testikel, högst suspekt för testikelcancer. Vä testikel och bitestiklar utan anmärkning. Ingen hydrocele."),
  ], must=M102, why="'högst suspekt för testikelcancer' – misstänkt cancer synlig i ultraljudssvar.")

C("skane-ul-tyreoidea-tirads-5-suspekt-papillar-cancer-typo", "skane", "S_RTG_LUND", "Röntgensvar", "F",
  "1985-10-28", "2024-05-27T13:50", 50, [
      ("Frågeställning", "Palpabel knuta i vä tyreoidealob, eutyreoid."),
      ("Utlåtande", "UL tyreoidea: 16 mm solid hypoekogen knuta i vä lob, högre än bred, med mikroförkalkningar. TI-RADS 5, suspekt papilär tyreoideacancer. Ultraljudsledd FNP rekommenderas. Inga patologiska lymfkörtlar på halsen."),
  ], must=M102, why="'suspekt papilär tyreoideacancer' (stavfel) – misstänkt cancer i synligt svar.")

C("skane-mr-prostata-pi-rads-4-signifikant-cancer-sannolik", "skane", "S_RTG_MAL", "Röntgensvar", "M",
  "1956-01-31", "2024-06-03T14:25", None, [
      ("Frågeställning", "PSA 7,2 och stigande. Palpatoriskt benign prostata."),
      ("Utlåtande", "MR prostata (biparametrisk): Prostatavolym 48 ml, PSA-densitet 0,15. 12 mm lesion i vä perifera zonen apikalt med tydlig diffusionsrestriktion, PI-RADS 4. Kliniskt signifikant prostatacancer sannolik, riktad biopsi rekommenderas. Ingen extraprostatisk växt."),
  ], must=M102, why="'PI-RADS 4 … prostatacancer sannolik' i osignerat MR-svar.")

C("vgr-mr-prostata-pi-rads-2-benign-hyperplasi", "vgr", "V_RTG_SU", "Röntgenutlåtande", "M",
  "1953-07-19", "2024-06-05T10:15", 35, [
      ("Frågeställning", "PSA 4,4, LUTS sedan flera år."),
      ("Utlåtande", "MR prostata: Volym 62 ml, PSA-densitet 0,07. Benign prostatahyperplasi i transitionszonen med typiska inkapslade noduli. Perifera zonen homogen. PI-RADS 2, inga tecken på kliniskt signifikant cancer."),
  ], must_not=M102, why="Benign hyperplasi fastställd, cancer negeras; mätord (volym, PSA-densitet).")

C("skane-dt-buk-sannolikt-divertikulit-typo", "skane", "S_RTG_KRI", "Röntgensvar", "F",
  "1960-05-02", "2024-06-10T17:30", 25, [
      ("Frågeställning", "Vä-sidig nedre buksmärta, feber 38,2, CRP 96."),
      ("Utlåtande", "DT buk: Väggförtjockning i sigmoideum med ett flertal divertiklar och omgivande fettsvullnad, sannolkit okomplicerad divertikulit. Ingen abscess, ingen fri gas. Övriga tarmavsnitt utan anmärkning."),
  ], must=M102, why="'sannolkit okomplicerad divertikulit' – hedge med stavfel före diagnosen.",
  setting="akutmottagning")

C("skane-pet-dt-inger-misstanke-om-lymfom-dd-sarkoidos", "skane", "S_NUK_MAL", "Svar nuklearmedicin", "F",
  "1987-11-23", "2024-06-13T13:15", 40, [
      ("Frågeställning", "Nattsvettningar, viktnedgång och förstorade körtlar i vä axill."),
      ("Utlåtande", "PET-DT: Multipla FDG-avida lymfkörtlar på båda sidor om diafragma, största i vä axill 32 mm, samt fokalt mjältengagemang. Fynden inger misstanke om lymfom, DD sarkoidos. Biopsi av körtel i vä axill rekommenderas."),
  ], must=M102, why="'inger misstanke om lymfom, DD sarkoidos' – hypotes i synligt PET-svar.")

C("skane-ul-buk-barn-misstankt-invagination", "skane", "S_BARNRTG", "Röntgensvar", "M",
  "2022-02-10", "2024-06-17T20:40", 15, [
      ("Frågeställning", "Tvååring med intermittenta skrikattacker, kräkning och slöhet mellan attackerna."),
      ("Utlåtande", "UL buk: Target-tecken i hö övre kvadranten, 3 cm i diameter, misstänkt ileokolisk invagination. Lite fri vätska mellan tarmslyngorna. Barnkirurgjouren informerad per telefon."),
  ], must=M102, why="Barn <13 (vårdnadshavare läser): 'misstänkt ileokolisk invagination' i synligt svar.",
  setting="akutmottagning")

C("vgr-dt-bihalor-sinus-anatomi-inga-tecken-pa-sinuit", "vgr", "V_RTG_MOLN", "Röntgenutlåtande", "F",
  "1977-01-08", "2024-06-20T08:55", 45, [
      ("Frågeställning", "Långvarig nästäppa, inför ev. septumplastik."),
      ("Utlåtande", "DT bihålor: Sinus maxillaris, ethmoidales, frontales och sphenoidales väl luftade. Ostiomeatala komplexen öppna bilat. Septumdeviation åt vä med spina mot nedre näsmusslan. Inga tecken på sinuit."),
  ], must_not=M102, why="'Sinus' är anatomi, sinuit negeras, 'ev.' gäller en operation – ingen hypotes.")

C("skane-dt-thorax-kan-motsvara-karl-i-tvarsnitt", "skane", "S_RTG_LUND", "Röntgensvar", "M",
  "1969-02-02", "2024-06-24T10:20", 60, [
      ("Frågeställning", "Uppföljning efter behandlad pneumoni, fortsatt lätt hosta."),
      ("Utlåtande", "DT thorax: Regress av tidigare infiltrat i hö mellanlob, nu endast lätta residuala strängformationer. Liten rundad struktur i vä hilus kan motsvara kärl i tvärsnitt. Lymfkörtlar i mediastinum ej förstorade. Inga pleuravätskor."),
  ], must_not=M102, why="'kan motsvara kärl' – hedge om anatomi, inte om en diagnos.")

# ================================================================ PATHOLOGY / CYTOLOGY
C("skane-pad-tubulart-adenom-radikalt", "skane", "S_PAT_LUND", "PAD-svar", "M",
  "1958-09-09", "2024-01-16T14:00", 30, [
      ("Makroskopi", "Polyp från sigmoideum, 9 mm, ett fragment."),
      ("Diagnos", "Tubulärt adenom med låggradig dysplasi. Polypen är radikalt avlägsnad. Ingen invasiv växt."),
  ], must_not=M102, why="Fastställd PAD-diagnos utan hedge; invasiv växt negeras.")

C("vgr-pad-rektum-adenokarcinom-ej-informerad", "vgr", "V_KIR_SAS", "Läkaranteckning", "M",
  "1955-12-20", "2024-01-29T16:10", 20, [
      ("PAD", "Biopsier från rektum 8 cm ovan anus: Måttligt differentierat adenokarcinom."),
      ("Planering", "Patienten är ännu inte informerad om PAD-svaret. Besked ges vid besök hos kolorektalkirurg 2024-02-05 tillsammans med kontaktsjuksköterska. DT thorax-buk och MR lilla bäckenet beställda."),
  ], must=M101, why="Cancerdiagnos i synlig anteckning medan texten säger att patienten inte är informerad.")

C("skane-cytologi-tyreoidea-bethesda-4-kan-inte-sarskiljas", "skane", "S_PAT_LUND", "Cytologisvar", "F",
  "1976-04-14", "2024-02-08T10:35", 60, [
      ("Cytologi", "FNP vä tyreoidealob: Cellrikt material med mikrofollikulärt mönster och sparsamt kolloid. Bethesda IV, misstänkt follikulär neoplasi. Follikulärt karcinom kan inte särskiljas från follikulärt adenom cytologiskt; diagnostisk hemityreoidektomi föreslås."),
  ], must=M102, why="'misstänkt follikulär neoplasi' och 'kan inte särskiljas' i cytologisvar.")

C("vgr-cytologi-cervix-asc-h-hsil-kan-inte-uteslutas", "vgr", "V_PAT_SU", "Cytologisvar", "F",
  "1992-08-01", "2024-02-21T09:05", 45, [
      ("Svar", "Cervixcytologi: ASC-H, atypiska skivepitelceller där HSIL inte kan uteslutas. HPV typ 16 påvisat. Kolposkopi med riktade biopsier rekommenderas inom 3 månader."),
  ], must=M102, why="'HSIL inte kan uteslutas' – osäker diagnos i synligt cytologisvar.")

C("vgr-pad-hud-basalcellscancer-radikalt-exciderad", "vgr", "V_PAT_SU", "PAD-svar", "M",
  "1944-02-25", "2024-03-06T13:45", 30, [
      ("Diagnos", "Hudexcidat vä kind: Basalcellscancer av nodulär typ, radikalt exciderad med minsta fria marginal 3 mm. Ingen perineural växt."),
  ], must_not=M102, why="Fastställd PAD-diagnos utan hedge.")

C("skane-pad-melanom-in-situ-kan-inte-sarskiljas-fran-nevus", "skane", "S_PAT_LUND", "PAD-svar", "F",
  "1982-06-30", "2024-03-13T15:20", 40, [
      ("Mikroskopi", "Asymmetrisk junktionell melanocytär proliferation med pagetoid spridning och cytologisk atypi."),
      ("Diagnos", "Melanom in situ kan inte säkert särskiljas från dysplastiskt nevus med höggradig atypi. Eftergranskning av andra patolog gav samma bedömning; utvidgad excision med 5 mm marginal föreslås."),
  ], must=M102, why="'kan inte säkert särskiljas' – PAD-svaret lämnar melanom som hypotes.")

C("vgr-pad-ventrikel-helicobacter-gastrit", "vgr", "V_PAT_SU", "PAD-svar", "F",
  "1973-11-17", "2024-03-20T11:00", 50, [
      ("Diagnos", "Biopsier från corpus och antrum: Kronisk aktiv gastrit med riklig förekomst av Helicobacter pylori. Ingen intestinal metaplasi och ingen dysplasi."),
  ], must_not=M102, why="Fastställd gastrit; metaplasi och dysplasi negeras.")

C("skane-ebus-granulom-bekraftar-sarkoidos-typo", "skane", "S_LUNG_LUND", "Läkaranteckning", "M",
  "1984-07-04", "2024-03-27T14:30", 35, [
      ("PAD", "EBUS-TBNA från station 7 och 11R: Icke-nekrotiserande epiteloidcellsgranulom. Inga maligna celler, odling för mykobakterier negativ."),
      ("Bedömning", "Fynden bekräftar den kliniska diagnosen sarkiodos, Löfgrens syndrom. Pat informerad vid dagens besök, fortsatt expektans."),
  ], must_not=M102, why="'bekräftar … sarkiodos' (stavfel) – diagnosen är fastställd, inte en hypotes.")

C("skane-pad-prostatabiopsi-svaret-ej-infomerat-typo", "skane", "S_URO_MAL", "Läkaranteckning", "M",
  "1952-05-27", "2024-04-03T12:40", 25, [
      ("PAD", "Acinärt adenokarcinom Gleason 3+4=7 (ISUP grad 2) i 3 av 12 systematiska biopsier, samtliga från vä sida. Ingen perineural växt."),
      ("Planering", "Svaret är ännu ej infomerat till pat och ska inte lämnas per telefon. Ny tid hos urolog och kontaktsjuksköterska 2024-04-10."),
  ], must=M101, why="Prostatacancer synlig medan patienten ej informerats ('ej infomerat', stavfel).")

C("skane-pad-endometriehyperplasi-cancer-kan-inte-uteslutas", "skane", "S_GYN_YSTAD", "Läkaranteckning", "F",
  "1963-02-19", "2024-04-15T10:25", 40, [
      ("PAD", "Endometriebiopsi: Endometriehyperplasi med atypi (EIN). Högt differentierad endometrioid cancer kan inte uteslutas i detta begränsade material."),
      ("Planering", "Hysterektomi med bilateral salpingooforektomi rekommenderas, pat informerad om planen."),
  ], must=M102, why="'endometrioid cancer kan inte uteslutas' i synlig gynanteckning.")

C("skane-cytologi-pleuravatska-suspekt-metastas", "skane", "S_PAT_LUND", "Cytologisvar", "M",
  "1949-09-19", "2024-04-22T16:00", 30, [
      ("Cytologi", "Pleuravätska hö: Atypiska epiteliala celler i tredimensionella grupper, suspekt för metastas av adenokarcinom. Immuncytokemi pågår, slutgiltigt svar följer."),
  ], must=M102, why="'suspekt för metastas av adenokarcinom' – preliminärt cytologisvar med hypotes.")

C("vgr-pad-brostcancer-patienten-informerad", "vgr", "V_MAMMO_SAS", "Läkaranteckning", "F",
  "1966-10-05", "2024-05-07T15:35", 40, [
      ("PAD", "Mellannålsbiopsi vä bröst: Invasiv bröstcancer av NST-typ, histologisk grad 2. ER 90 %, PR 40 %, HER2 negativ, Ki-67 15 %."),
      ("Information", "Pat informerad om svaret vid dagens besök av bröstkirurg tillsammans med kontaktsjuksköterska. Maken närvarande."),
  ], must_not=["NL101", "NL102"], why="Fastställd cancer som patienten redan informerats om; mätord (ER, Ki-67).")

C("vgr-pad-njurbiopsi-i-forsta-hand-onkocytom", "vgr", "V_PAT_SU", "PAD-svar", "M",
  "1958-03-08", "2024-05-14T13:10", 55, [
      ("Diagnos", "Mellannålsbiopsi hö njure: Onkocytär tumör, i första hand onkocytom. Kromofob njurcellscancer kan inte säkert särskiljas på biopsimaterial; CK7 fläckvis positiv."),
  ], must=M102, why="'i första hand onkocytom', cancer 'kan inte säkert särskiljas' – hypotes i PAD.")

# ================================================================ ECG / ECHO / EEG / ENeG / physiology
C("skane-ekg-normalt-vilo-ekg-matvarden", "skane", "S_FYS_LUND", "Svar klinisk fysiologi", "M",
  "1990-09-14", "2024-01-11T09:40", 120, [
      ("EKG", "Sinusrytm 64/min. PQ 160 ms, QRS 90 ms, QTc 420 ms. Normal elaxel, inga ST-T-förändringar. Normalt vilo-EKG."),
  ], must_not=M102, why="Normalt EKG med mätord (sinusrytm, QTc) – ingen diagnos.")

C("vgr-ekg-st-sankningar-kan-representera-ischemi", "vgr", "V_AKUT_KUNG", "Akutanteckning", "F",
  "1950-01-30", "2024-01-22T03:15", 40, [
      ("EKG", "Sinusrytm 88/min. Horisontella ST-sänkningar 1,5 mm i V4–V6 och aVF, nytillkomna jämfört med EKG från juni 2023. Kan representera subendokardiell ischemi."),
      ("Bedömning", "Seriellt troponin, ASA givet, kardiologjour kontaktad."),
  ], must=M102, why="'Kan representera subendokardiell ischemi' som separat mening efter EKG-fyndet.",
  setting="akutmottagning")

C("skane-ekg-kant-formaksflimmer-oforandrat", "skane", "S_MED_TRE", "Läkaranteckning", "M",
  "1939-10-10", "2024-02-01T11:05", 30, [
      ("EKG", "Förmaksflimmer med kammarfrekvens 78/min, känt sedan 2021. Vänstergrenblock, oförändrat jämfört med tidigare registreringar."),
      ("Bedömning", "Välkontrollerad frekvens på nuvarande bisoprololdos, fortsatt apixaban."),
  ], must_not=M102, why="Känt förmaksflimmer och grenblock – fastställda, ingen hedge.")

C("vgr-ekg-missankt-brugadamonster-typo", "vgr", "V_KARD_KUNG", "Läkaranteckning", "M",
  "1998-05-16", "2024-02-13T14:50", 35, [
      ("EKG", "Coved ST-höjning 2 mm i V1–V2 med negativa T-vågor, missänkt Brugadamönster typ 1. Inga arytmier under registreringen."),
      ("Planering", "Remiss till arytmienheten för ev. ajmalintest, familjescreening diskuteras."),
  ], must=M102, why="'missänkt Brugadamönster' – stavfel i cueordet, hypotesen är synlig.")

C("skane-ekokardiografi-talar-for-mattlig-aortastenos", "skane", "S_FYS_LUND", "Svar klinisk fysiologi", "M",
  "1944-11-29", "2024-02-23T13:25", 50, [
      ("Ekokardiografi", "Förtjockad och förkalkad trikuspid aortaklaff med nedsatt öppning. Vmax 3,6 m/s, medelgradient 32 mmHg, AVA 1,1 cm². Talar för måttlig aortastenos. Normal vänsterkammarfunktion, EF 60 %."),
  ], must=M102, why="'Talar för måttlig aortastenos' – hedgad diagnos i ekosvar.")

C("vgr-ekokardiografi-normalt-inga-tecken-pa-pulmonell-hypertension", "vgr", "V_FYS_SU", "Svar klinisk fysiologi", "F",
  "1985-04-02", "2024-03-01T10:45", 45, [
      ("Ekokardiografi", "Normalstora hjärtrum. Normal systolisk och diastolisk vänsterkammarfunktion, EF ca 60 %. Inga klaffel av betydelse, ingen perikardvätska. Inga tecken på pulmonell hypertension."),
  ], must_not=M102, why="Normalt eko; pulmonell hypertension negeras.")

C("skane-tee-kan-motsvara-vegetation-endokardit-kan-inte-uteslutas", "skane", "S_INF_MAL", "Konsultationsanteckning", "M",
  "1967-07-21", "2024-03-08T15:00", None, [
      ("TEE", "4 mm rörlig ekotät struktur på mitralisklaffens förmakssida, kan motsvara vegetation. Ingen abscess, lätt mitralisinsufficiens."),
      ("Bedömning", "Endokardit kan inte uteslutas hos pat med S. aureus i 2 av 2 blododlingar; fortsatt iv kloxacillin och ny TEE om en vecka."),
  ], must=M102, why="'Endokardit kan inte uteslutas' i osignerad infektionsanteckning.",
  setting="slutenvård")

C("skane-eeg-barn-normalt-inga-epileptiforma-urladdningar", "skane", "S_NFYS_LUND", "Svar neurofysiologi", "F",
  "2016-03-25", "2024-03-18T12:30", 60, [
      ("Frågeställning", "Åttaårig flicka med korta frånvaroepisoder i skolan enligt läraren."),
      ("EEG", "Vakenhet och sömn efter sömndeprivation: Normal bakgrundsaktivitet för åldern med välutvecklad occipital alfarytm 9 Hz. Inga epileptiforma urladdningar och hyperventilation utlöser ingen absens. Normalt EEG."),
  ], must_not=M102, why="Barn <13: normalt EEG, absens negeras – ingen hypotes.")

C("vgr-eeg-fynden-forenliga-med-fokal-epilepsi", "vgr", "V_NFYS_SU", "Svar neurofysiologi", "M",
  "1979-08-13", "2024-03-25T14:15", 40, [
      ("EEG", "Återkommande skarpa vågor och spikvågsurladdningar temporalt vä, spontant och accentuerat under dåsighet. Bakgrundsaktiviteten i övrigt normal."),
      ("Bedömning", "Fynden är förenliga med fokal epilepsi med ursprung i vä temporallob, att korrelera med den kliniska bilden."),
  ], must=M102, why="'förenliga med fokal epilepsi' – ny hedgad diagnos i EEG-svar.")

C("vgr-eneg-talar-for-karpaltunnelsyndrom", "vgr", "V_NFYS_SU", "Svar neurofysiologi", "F",
  "1969-12-24", "2024-04-04T10:05", 30, [
      ("ENeG", "Förlängd distal motorisk latens 5,8 ms och nedsatt sensorisk ledningshastighet för n. medianus över handleden hö. Vä sida samt n. ulnaris bilat normala."),
      ("Bedömning", "Fynden talar för måttligt karpaltunnelsyndrom hö."),
  ], must=M102, why="'talar för måttligt karpaltunnelsyndrom' i neurografisvar.")

C("skane-eneg-inga-tecken-pa-polyneuropati", "skane", "S_NFYS_MAL", "Svar neurofysiologi", "M",
  "1961-01-05", "2024-04-11T11:40", 45, [
      ("Frågeställning", "Diabetes typ 2, stickningar i fötterna."),
      ("ENeG", "Neurografi och EMG: Normala ledningshastigheter och amplituder i undersökta nerver i armar och ben. Ingen spontanaktivitet i undersökta muskler. Inga neurofysiologiska tecken på polyneuropati eller radikulopati."),
  ], must_not=M102, why="Normal ENeG: polyneuropati och radikulopati negeras.")

C("vgr-emg-inger-misstanke-om-motorneuronsjukdom", "vgr", "V_NFYS_SU", "Svar neurofysiologi", "M",
  "1958-10-31", "2024-04-18T15:25", None, [
      ("EMG", "Utbredd akut denervation med fibrillationer och positiva skarpa vågor samt kroniska reinnervationsförändringar i cervikala, thorakala och lumbosakrala segment. Fascikulationer i tungan."),
      ("Bedömning", "Fynden inger misstanke om motorneuronsjukdom, ALS kan ej uteslutas. Remitterande neurolog kontaktad per telefon."),
  ], must=M102, why="'inger misstanke om motorneuronsjukdom, ALS kan ej uteslutas' i osignerat EMG-svar.")

C("skane-langtids-ekg-troligen-rorelseartefakt", "skane", "S_NUK_MAL", "Svar klinisk fysiologi", "F",
  "1978-02-08", "2024-04-25T09:20", 70, [
      ("Långtids-EKG", "24-timmarsregistrering: Sinusrytm hela tiden, medelfrekvens 72/min. Enstaka VES och SVES. En kort episod med oregelbundna komplex är troligen rörelseartefakt, ingen säker arytmi. Inga pauser över 2 s."),
  ], must_not=M102, why="'troligen rörelseartefakt' – hedge om en teknisk orsak, ingen diagnos.")

C("vgr-arbetsprov-ischemi-kan-inte-uteslutas", "vgr", "V_FYS_SU", "Svar klinisk fysiologi", "M",
  "1964-05-12", "2024-05-03T13:00", 50, [
      ("Arbetsprov", "Cykelergometri till 170 W, 85 % av maxpuls uppnådd. 1 mm ascenderande ST-sänkning i V5 vid maxbelastning, atypisk bröstsmärta. Ischemi kan inte uteslutas; myokardskintigrafi rekommenderas."),
  ], must=M102, why="'Ischemi kan inte uteslutas' i arbetsprovssvar.")

C("vgr-polygrafi-talar-for-obstruktiv-somnapne", "vgr", "V_LUNG_ALI", "Läkaranteckning", "M",
  "1970-06-18", "2024-05-17T08:40", 60, [
      ("Polygrafi", "AHI 24/h, övervägande obstruktiva apnéer, ODI 22/h, lägsta saturation 82 %."),
      ("Bedömning", "Fynden talar för medelsvårt obstruktivt sömnapnésyndrom. CPAP-utprovning planeras."),
  ], must=M102, why="'talar för medelsvårt obstruktivt sömnapnésyndrom' i synlig bedömning.")

# ================================================================ LAB COMMENTS
C("skane-lab-m-komponent-forenligt-med-mgus-myelom-kan-ej-uteslutas", "skane", "S_LAB", "Laboratoriekommentar", "F",
  "1950-07-07", "2024-01-19T13:30", None, [
      ("Kommentar", "M-komponent IgG kappa 14 g/L. Kvot fria lätta kedjor kappa/lambda 8,2. Förenligt med MGUS men myelom kan ej uteslutas, hematologisk utredning föreslås."),
  ], must=M102, why="Labkommentar: 'myelom kan ej uteslutas' – hypotes i synlig text (osignerad).")

C("skane-lab-hemolys-kalium-sannolikt-falskt-forhojt", "skane", "S_LAB", "Laboratoriekommentar", "M",
  "1942-12-30", "2024-02-16T10:10", 20, [
      ("Kommentar", "Provet kraftigt hemolyserat, kalium 6,1 är sannolikt falskt förhöjt. Nytt prov rekommenderas, helst utan stas."),
  ], must_not=M102, why="'sannolikt falskt förhöjt' gäller ett mätvärde, ingen diagnos.")

C("vgr-lab-blododling-trolig-kontamination", "vgr", "V_MIKRO_SU", "Svar mikrobiologi", "F",
  "1988-03-29", "2024-03-05T16:45", 30, [
      ("Svar", "Blododling: Växt av koagulasnegativa stafylokocker i 1 av 4 flaskor efter 38 timmar. Trolig kontamination, ny odling vid kvarstående feber."),
  ], must_not=M102, why="'Trolig kontamination' är en preanalytisk förklaring, inte en diagnos.")

C("skane-pmo-lab-talar-for-jarnbristanemi", "skane", "S_VC_ESLOV", "Journalanteckning", "F",
  "1994-09-09", "2024-03-21T11:50", 15, [
      ("Lab", "Hb 104, MCV 74, ferritin 6. Talar för järnbristanemi, trol. pga rikliga menstruationer."),
      ("Åtgärd", "Järntabletter förskrivs, kontroll av Hb och ferritin om 3 mån. Pat meddelad via 1177."),
  ], must_not=M102, why="PMO visar aldrig diagnoser – hedgad diagnos i PMO är must_not NL102.")

C("vgr-lab-sannolikt-subklinisk-hypotyreos", "vgr", "V_MED_ALI", "Läkaranteckning", "F",
  "1975-12-11", "2024-04-08T14:05", 40, [
      ("Lab", "TSH 7,8 mIE/L, fritt T4 13 pmol/L, anti-TPO 420."),
      ("Bedömning", "Sannolikt subklinisk hypotyreos på autoimmun basis. Ingen behandling nu, kontroll av TSH om 3 månader."),
  ], must=M102, why="'Sannolikt subklinisk hypotyreos' i synlig bedömning av labsvar.")

C("skane-lab-barn-serologi-talar-starkt-for-celiaki", "skane", "S_BARN_LUND", "Läkaranteckning", "M",
  "2017-01-20", "2024-04-29T10:35", 45, [
      ("Lab", "Transglutaminas-IgA över 10 gånger övre referensgränsen, endomysieantikroppar positiva, totalt IgA normalt."),
      ("Bedömning", "Serologin talar starkt för celiaki. Föräldrarna informerade, glutenfri kost påbörjas inte förrän diagnosen fastställts."),
  ], must=M102, why="Barn <13: 'talar starkt för celiaki', diagnosen uttryckligen ej fastställd.")

C("vgr-lab-troponin-inget-som-talar-for-infarkt-typo", "vgr", "V_AKUT_ALI", "Akutanteckning", "M",
  "1970-10-22", "2024-05-21T22:30", 45, [
      ("Lab", "Hs-TnT 9 respektive 10 ng/L med 3 timmars intervall, ingen dynamik."),
      ("Bedömning", "Inget som talar för akut hjärtinfarkt. Inga tecken på ischmi i EKG. Hem med planerat arbetsprov."),
  ], must_not=M102, why="Negerade diagnoser ('Inget som talar för', 'Inga tecken på ischmi' med stavfel).",
  setting="akutmottagning")

C("skane-lab-likvor-ingen-pleocytos-meningit-utesluten", "skane", "S_INF_MAL", "Läkaranteckning", "F",
  "1999-04-08", "2024-06-04T04:20", 30, [
      ("Lab", "Likvor: 2 celler, protein 0,35 g/L, glukoskvot 0,6, laktat normalt."),
      ("Bedömning", "Ingen pleocytos. Bakteriell meningit är därmed i praktiken utesluten, huvudvärken bedöms som migrän med aura."),
  ], must_not=M102, why="Meningit 'utesluten'; migrän som fastställd bedömning.", setting="akutmottagning")

# ================================================================ KONSULTSVAR
C("vgr-ogon-konsultsvar-misstankt-oppenvinkelglaukom", "vgr", "V_OGON_MOLN", "Konsultationssvar", "F",
  "1957-02-09", "2024-01-23T11:25", 40, [
      ("Konsultsvar", "Tryck 27/25 mmHg. Papillerna excaverade med C/D 0,7 hö och 0,6 vä, tunn neuroretinal rand inferiort hö. Gonioskopi visar öppna vinklar."),
      ("Bedömning", "Misstänkt öppenvinkelglaukom. Datoriserat synfält och OCT av nervfiberlagret bokas, latanoprost insätts i väntan."),
  ], must=M102, why="Ögonkonsult: 'Misstänkt öppenvinkelglaukom' i synlig bedömning.")

C("skane-ogon-inga-tecken-pa-diabetesretinopati", "skane", "S_OGON_LUND", "Konsultationssvar", "M",
  "1966-08-26", "2024-02-05T09:00", None, [
      ("Ögonbottenfoto", "Fotografering med dilaterade pupiller bilat, god bildkvalitet. Inga tecken på diabetesretinopati. Ny fotografering om två år."),
  ], must_not=M102, why="Negerad diagnos i osignerat ögonbottensvar.")

C("vgr-barnogon-papillodem-kan-inte-sarskiljas-fran-drusen", "vgr", "V_BARNOGON", "Konsultationssvar", "F",
  "2014-05-06", "2024-02-19T13:35", 35, [
      ("Konsultsvar", "Upphöjda, oskarpt avgränsade papiller bilateralt utan blödningar. Papillödem kan inte särskiljas från pseudopapillödem vid papilldrusen; OCT och autofluorescens bokas inom en vecka."),
  ], must=M102, why="Barn <13: 'Papillödem kan inte särskiljas från …' – osäker diagnos synlig för vårdnadshavare.")

C("skane-ogon-kand-vat-amd-stabil", "skane", "S_OGON_LUND", "Läkaranteckning", "F",
  "1938-06-01", "2024-03-12T10:20", 25, [
      ("Status", "Visus vä 0,6, oförändrad. OCT vä utan subretinal eller intraretinal vätska."),
      ("Bedömning", "Känd våt AMD vä, stabil efter sex injektioner med aflibercept. Intervallet förlängs till 8 veckor."),
  ], must_not=M102, why="Känd och fastställd diagnos, ingen hedge.")

C("skane-onh-misstankt-kolesteatom-typo", "skane", "S_ONH_HBG", "Konsultationssvar", "M",
  "1985-01-14", "2024-03-28T14:45", 35, [
      ("Konsultsvar", "Öronmikroskopi: Retraktionsficka i pars flaccida vä med keratinansamling och lätt fetid sekretion. Hö trumhinna utan anmärkning."),
      ("Bedömning", "Misstänkt kolestatom vä. DT temporalben och audiogram beställda, åter efter undersökningarna."),
  ], must=M102, why="'Misstänkt kolestatom' – stavfel i diagnosen, hypotesen synlig.")

C("vgr-onh-barn-trumhinnor-ua-inga-tecken-pa-otit", "vgr", "V_ONH_SU", "Konsultationssvar", "F",
  "2012-09-17", "2024-04-02T10:55", 40, [
      ("Status", "Båda trumhinnorna hela och rörliga vid pneumatisk otoskopi, inga tecken på otit. Tympanometri typ A bilat."),
      ("Bedömning", "Tonaudiogram visar normal hörsel bilat. Inga åtgärder från ÖNH, åter vid behov."),
  ], must_not=M102, why="Barn <13: normalstatus, otit negeras.")

C("skane-onh-misstankt-tonsillcancer-dd-lymfom", "skane", "S_ONH_LUND", "Konsultationssvar", "M",
  "1964-03-22", "2024-04-24T15:15", 30, [
      ("Status", "Hö tonsill förstorad, fast och lätt ulcererad. Palpabel 2 cm körtel i regio II hö."),
      ("Bedömning", "Misstänkt tonsillcancer hö, DD lymfom. Tonsillektomi och px i narkos bokas, MR hals beställd. SVF huvud-halscancer startat."),
  ], must=M102, why="'Misstänkt tonsillcancer, DD lymfom' i ÖNH-konsultsvar.")

C("skane-hud-dermatoskopi-supekt-melanom-typo", "skane", "S_HUD_LUND", "Konsultationssvar", "F",
  "1971-07-29", "2024-05-08T13:55", 40, [
      ("Konsultsvar", "Dermatoskopi av 8 mm pigmenterad lesion på vä skuldra: Asymmetriskt pigmentmönster med atypiskt nätverk och regressionsstrukturer."),
      ("Bedömning", "Supekt malignt melanom. Excision med 2 mm marginal bokas inom två veckor."),
  ], must=M102, why="'Supekt malignt melanom' – stavfel i cueordet, misstänkt cancer synlig.")

C("vgr-hud-typisk-seborroisk-keratos-benign", "vgr", "V_HUD_SU", "Konsultationssvar", "M",
  "1955-09-05", "2024-05-15T09:30", 25, [
      ("Konsultsvar", "Dermatoskopi: Milier-cystor och komedoliknande öppningar, skarp avgränsning. Typisk seborroisk keratos, benign. Ingen åtgärd behövs, kan frysas av kosmetiska skäl."),
  ], must_not=M102, why="Benign och fastställd diagnos.")

C("skane-hud-talar-for-psoriasis-differentialdiagnostiskt-eksem", "skane", "S_HUD_LUND", "Konsultationssvar", "M",
  "1989-11-30", "2024-05-22T11:05", 60, [
      ("Status", "Välavgränsade erytematösa plack med silvervit fjällning på armbågar, knän och i hårbotten. Naglar med pitting."),
      ("Bedömning", "Talar för psoriasis vulgaris, differentialdiagnostiskt seborroiskt eksem i hårbotten. Start med kortisonkräm grupp III och calcipotriol."),
  ], must=M102, why="'Talar för psoriasis', 'differentialdiagnostiskt …' i hudkonsult.")

C("vgr-hud-kant-atopiskt-eksem-ev-dupilumab", "vgr", "V_HUD_SU", "Läkaranteckning", "F",
  "1998-02-22", "2024-05-29T14:40", 35, [
      ("Bedömning", "Känt atopiskt eksem sedan barndomen, nu exacerbation i böjveck och på halsen. Ingen sekundärinfektion. Ev. behandling med dupilumab diskuteras vid nästa besök om ljusbehandlingen ger otillräcklig effekt."),
  ], must_not=M102, why="Känd diagnos; 'Ev.' gäller en behandling, inte en diagnos.")

C("skane-pmo-vardcentral-trol-tinea-dd-eksem", "skane", "S_VC_HORBY", "Journalanteckning", "F",
  "1981-05-13", "2024-06-06T10:30", 20, [
      ("Status", "Ringformat, fjällande utslag 4 cm på vä underarm med aktiv kant."),
      ("Bedömning", "Trol. tinea corporis, DD nummulärt eksem. Skrap för svampodling taget, terbinafinkräm i väntan på svar."),
  ], must_not=M102, why="PMO (vårdcentral): hedgad diagnos visas aldrig – must_not NL102.")

C("skane-gyn-ul-sannolikt-corpus-luteum-cysta", "skane", "S_GYN_YSTAD", "Läkaranteckning", "F",
  "1995-08-15", "2024-06-11T09:45", None, [
      ("Vaginalt UL", "Uterus normalstor, endometriet 9 mm. I hö ovarium en 35 mm cysta med retikulärt mönster och ringformat flöde, sannolikt hemorragisk corpus luteum-cysta. Vä ovarium utan anmärkning, ingen fri vätska."),
      ("Planering", "Kontroll med ultraljud om 8 veckor."),
  ], must=M102, why="'sannolikt hemorragisk corpus luteum-cysta' – sannolikt benign men hedgad diagnos.")

C("vgr-gyn-trolig-endometrios-typo", "vgr", "V_GYN_OSTRA", "Läkaranteckning", "F",
  "1997-10-03", "2024-06-14T13:20", 45, [
      ("Anamnes", "Svår dysmenorré sedan menarche, djup dyspareuni senaste året."),
      ("Bedömning", "Ömhet i fossa Douglasi vid palpation och en 25 mm cysta med ground glass-eko i vä ovarium. Trolig endometrois. Diagnostisk laparoskopi diskuteras, p-piller kontinuerligt tills vidare."),
  ], must=M102, why="'Trolig endometrois' – stavfel i diagnosen, hypotesen synlig.")

C("skane-gyn-pmb-endometriet-tunt-inga-tecken-pa-cancer", "skane", "S_GYN_HBG", "Läkaranteckning", "F",
  "1952-04-30", "2024-06-18T11:15", 30, [
      ("Vaginalt UL", "Postmenopausal blödning vid ett tillfälle. Endometriet 3 mm, regelbundet och tunt. Ovarierna små, utan anmärkning."),
      ("Bedömning", "Inga tecken på endometriecancer eller hyperplasi. Atrofisk vaginalslemhinna, östrogenkräm förskrivs."),
  ], must_not=M102, why="Cancer och hyperplasi negeras; atrofi fastställd.")

C("vgr-gyn-dt-talar-for-ovarialcancer-ej-informerad", "vgr", "V_GYNONK_SU", "Läkaranteckning", "F",
  "1958-01-12", "2024-06-21T16:30", 25, [
      ("Röntgen", "DT thorax-buk: Bilaterala komplexa adnexresistenser, ascites och omentkaka. Bilden talar starkt för avancerad ovarialcancer."),
      ("Planering", "Pat ej informerad om DT-fyndet ännu. Gynonkolog träffar henne imorgon förmiddag tillsammans med maken."),
  ], must=M101, why="Cancerdiagnos i synlig anteckning och 'Pat ej informerad om DT-fyndet'.",
  setting="slutenvård")

C("skane-uro-cystoskopi-ingen-blastumor", "skane", "S_URO_MAL", "Konsultationssvar", "M",
  "1959-06-09", "2024-06-25T08:50", 40, [
      ("Cystoskopi", "Normal uretra, prostata med lätt lobhypertrofi. Blåsslemhinnan normal, ingen blåstumör och inga stenar."),
      ("Bedömning", "Urincytologi benign. Mikroskopisk hematuri utan påvisad orsak, ingen ytterligare uppföljning från urologen."),
  ], must_not=M102, why="Normal cystoskopi; tumör negeras, prostata är anatomi.")

C("vgr-uro-cystoskopi-sannolikt-urotelial-blascancer", "vgr", "V_URO_LIDK", "Konsultationssvar", "M",
  "1947-03-27", "2024-07-01T10:40", 55, [
      ("Konsultsvar", "Flexibel cystoskopi: 2 cm papillär förändring vid vä uretärmynning, i övrigt normal blåsslemhinna. Sannolikt urotelial blåscancer."),
      ("Planering", "TURB bokas inom två veckor, DT-urografi beställd."),
  ], must=M102, why="'Sannolikt urotelial blåscancer' i urologkonsult.")

C("skane-uro-ingen-misstanke-om-prostatacancer", "skane", "S_URO_MAL", "Konsultationssvar", "M",
  "1961-11-08", "2024-07-04T14:10", 30, [
      ("Konsultsvar", "PSA 5,1 och kvot fritt/totalt 0,28. Prostatavolym 70 ml vid transrektalt ultraljud, PSA-densitet 0,07. Mjuk, symmetrisk prostata palpatoriskt."),
      ("Bedömning", "Ingen misstanke om prostatacancer. Benign prostataförstoring, tamsulosin vid besvärande LUTS. Ny PSA om ett år via vårdcentralen."),
  ], must_not=M102, why="'Ingen misstanke om prostatacancer' – negerad; mätord (PSA, volym).")

C("vgr-inf-quantiferon-talar-for-latent-tuberkulos", "vgr", "V_INF_OSTRA", "Konsultationssvar", "F",
  "1993-12-19", "2024-07-09T13:50", 40, [
      ("Konsultsvar", "Quantiferon positiv vid screening inför biologisk behandling. Lungröntgen utan anmärkning, inga symtom."),
      ("Bedömning", "Talar för latent tuberkulos. Förebyggande behandling med rifampicin i 4 månader föreslås innan TNF-hämmare startas."),
  ], must=M102, why="'Talar för latent tuberkulos' i infektionskonsult.")

C("skane-inf-misstankt-neuroborrelios", "skane", "S_INF_MAL", "Läkaranteckning", "M",
  "1977-04-26", "2024-07-15T16:20", 30, [
      ("Anamnes", "Facialispares vä sedan 5 dagar, fästingbett på Österlen i juni. Huvudvärk."),
      ("Bedömning", "Misstänkt neuroborrelios. Lumbalpunktion med borreliaserologi och antikroppsindex planeras idag."),
  ], must=M102, why="'Misstänkt neuroborrelios' i synlig bedömning.", setting="akutmottagning")

C("vgr-inf-hiv-syfilis-hepatit-negativa", "vgr", "V_INF_OSTRA", "Läkaranteckning", "M",
  "1991-08-11", "2024-07-18T11:35", 35, [
      ("Provsvar", "HIV-ag/ak negativ, syfilisserologi negativ, hepatit B- och C-serologi negativa, 6 veckor efter exponering."),
      ("Bedömning", "Ingen smitta påvisad. Ingen ytterligare provtagning behövs, PrEP diskuterat."),
  ], must_not=M102, why="Negativa provsvar – inga diagnoser påvisas.")

C("vgr-hem-benmarg-forenligt-med-mds-kan-inte-sarskiljas", "vgr", "V_HEM_SU", "Konsultationssvar", "M",
  "1948-06-03", "2024-07-23T15:05", None, [
      ("Benmärg", "Lätt hypercellulär märg med dyserytropoes i ca 15 % av erytroida celler, blaster 3 %. Ringsideroblaster ej ökade."),
      ("Bedömning", "Förenligt med MDS men kan inte säkert särskiljas från reaktiva förändringar vid alkoholöverkonsumtion eller B12-brist. Cytogenetik och NGS inväntas."),
  ], must=M102, why="'Förenligt med MDS men kan inte säkert särskiljas' – osignerad hematologikonsult.")

C("skane-hem-kand-kll-ingen-behandlingsindikation", "skane", "S_HEM_LUND", "Läkaranteckning", "F",
  "1945-10-16", "2024-07-26T10:25", 45, [
      ("Lab", "LPK 32, lymfocyter 28, Hb 131, TPK 210."),
      ("Bedömning", "Känd KLL Binet A sedan 2019, långsam lymfocytökning. Inga B-symtom och inga förstorade körtlar. Ingen behandlingsindikation, nytt besök om 6 månader."),
  ], must_not=M102, why="Känd KLL – fastställd diagnos utan hedge.")

C("vgr-hem-kml-faststalld-ej-fatt-besked", "vgr", "V_HEM_SU", "Konsultationssvar", "M",
  "1972-02-05", "2024-08-01T12:15", 30, [
      ("Konsultsvar", "BCR-ABL1 påvisat med PCR, benmärg i kronisk fas med 2 % blaster. Diagnosen KML är därmed fastställd."),
      ("Information", "Patienten har ännu inte fått besked om diagnosen. Vi träffar honom tillsammans med kontaktsjuksköterska 2024-08-06."),
  ], must=M101, why="Fastställd KML i synlig text medan patienten 'ännu inte fått besked'.")

# ================================================================ PROTECTED / HISTORY / PMO / NL101 extras
C("skane-mall-tidiga-hypoteser-skelettscint-metastas", "skane", "S_ONK_LUND", "Tidiga hypoteser", "F",
  "1963-05-25", "2024-08-06T14:40", 20, [
      ("Bedömning", "Skelettscint visar upptag i Th9 som kan motsvara metastas av känd bröstcancer. Pat ej informerad om fyndet förrän kompletterande MR är gjord, bedöms riskera svår oro."),
  ], must_not=["NL101", "NL102"], why="Skåne-mallen Tidiga hypoteser filtreras: hypotes och ej informerad är dolda.")

C("vgr-sokord-tidiga-hypoteser-emg-begynnande-als", "vgr", "V_NEURO_SU", "Läkaranteckning", "M",
  "1960-09-01", "2024-08-12T13:10", 30, [
      ("Aktuellt", "Återbesök efter EMG. Fortsatt svaghet i hö hand, inga sväljningsbesvär."),
      ("Tidiga hypoteser", "EMG-fynden inger misstanke om begynnande ALS. Tas upp med pat först när förnyat EMG om tre månader är gjort."),
      ("Planering", "Nytt EMG i november, fortsatt fysioterapeutkontakt."),
  ], must_not=M102, why="VGR-sökordet Tidiga hypoteser filtreras; övriga sektioner saknar hypotes.")

C("vgr-sokord-tidiga-hypoteser-men-trolig-diagnos-i-bedomning", "vgr", "V_REUMA_MOLN", "Läkaranteckning", "F",
  "1986-03-03", "2024-08-19T10:50", 40, [
      ("Tidiga hypoteser", "Trolig somatiseringsstörning bakom den utbredda smärtproblematiken."),
      ("Bedömning", "Normala inflammationsparametrar och negativ ANA. Fibromyalgi trolig, DD hypotyreos som utreds med TSH."),
  ], must=M102, why="Hypotes skyddad under Tidiga hypoteser men en annan hedgad diagnos står i synlig Bedömning.")

C("skane-dt-thorax-tidigare-misstankt-sarkoidos-avskrevs", "skane", "S_RTG_HBG", "Röntgensvar", "M",
  "1976-12-09", "2024-08-22T09:30", 50, [
      ("Anamnes", "Tidigare utredd 2019 för misstänkt sarkoidos, avskrevs efter bronkoskopi. Nu ny torrhosta."),
      ("Utlåtande", "DT thorax: Normalt lungparenkym. Inga förstorade hilus- eller mediastinala lymfkörtlar. Inga noduli."),
  ], must_not=M102, why="Gammal misstanke som avskrivits (tidigare sjukdomar) – ingen aktuell hypotes.")

C("skane-pmo-ul-buk-svar-sannolikt-fettlever", "skane", "S_VC_YSTAD", "Journalanteckning", "M",
  "1973-07-17", "2024-08-27T15:20", 25, [
      ("Röntgen", "Svar UL buk: Ökad ekogenicitet i levern, talar för steatos. Gallvägar och njurar utan anmärkning."),
      ("Bedömning", "Sannolikt icke-alkoholrelaterad fettlever vid BMI 33 och förhöjt ALAT. FIB-4 beräknas, livsstilsråd givna."),
  ], must_not=M102, why="PMO (vårdcentral): hedgat ultraljudssvar visas inte som diagnos – must_not NL102.")

C("skane-mr-hjarna-i-forsta-hand-glioblastom-ej-informerad", "skane", "S_NKIR_LUND", "Läkaranteckning", "F",
  "1959-09-23", "2024-09-02T17:05", 20, [
      ("Röntgen", "MR hjärna: 5 cm ringformigt uppladdande expansivitet i hö temporallob med central nekros och omgivande ödem, i första hand glioblastom."),
      ("Information", "Pat ej informerad om MR-svaret. Neurokirurg ger besked imorgon med dottern närvarande, enligt patientens önskan."),
  ], must=M101, why="Diagnos i synlig anteckning och 'Pat ej informerad om MR-svaret'.", setting="slutenvård")

C("vgr-ej-informerad-men-svaret-normalt-ingen-celiaki", "vgr", "V_MED_ALI", "Läkaranteckning", "F",
  "1980-11-29", "2024-09-10T14:25", 30, [
      ("PAD", "Biopsier från duodenum: Normal villusarkitektur, inga ökade intraepiteliala lymfocyter. Inga tecken på celiaki."),
      ("Planering", "Pat ännu ej informerad om svaret, brev skickas idag."),
  ], must_not=M101, why="'ej informerad' men svaret är normalt – ingen diagnos att dölja.")

C("vgr-hereditet-far-trol-als-normal-eneg", "vgr", "V_NEURO_SU", "Läkaranteckning", "M",
  "1982-04-15", "2024-09-16T11:20", 45, [
      ("Hereditet", "Far avled 62 år gammal, trol. ALS enligt anhöriga, aldrig utredd i Sverige."),
      ("ENeG", "Neurografi och EMG i armar, ben och tunga: Normala fynd. Inga tecken på motorneuronsjukdom."),
      ("Bedömning", "Patientens muskelkramper bedöms som benigna. Ingen vidare utredning nu, genetisk vägledning erbjuds."),
  ], must_not=M102, why="Hedgad diagnos gäller fadern (hereditet); hos patienten negeras sjukdomen.")

C("skane-mammografi-hereditet-mormor-mojligen-aggstockscancer", "skane", "S_MAMMO_MAL", "Mammografisvar", "F",
  "1979-08-20", "2024-09-20T10:05", 35, [
      ("Hereditet", "Moster bröstcancer vid 45 års ålder, mormor möjligen äggstockscancer (osäkra uppgifter)."),
      ("Utlåtande", "Mammografi och UL bilat: Täthet C, inga fokala förändringar. BI-RADS 1."),
  ], must_not=M102, why="'möjligen äggstockscancer' gäller mormodern; patientens mammografi normal.")


# ================================================================ build
KNOWN_CODES = {"NL101", "NL102", "NL103", "NL104", "NL105", "NL201", "NL202", "NL203", "NL204", "NL205", "NL206"}


def luhn_digit(nine):
    s = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d - 9 if d > 9 else d
    return (10 - s % 10) % 10


def make_pnr(idx, birth, sex):
    n = 100 + (idx * 53) % 880
    if sex == "M" and n % 2 == 0:
        n += 1
    if sex == "F" and n % 2 == 1:
        n += 1
    ymd = birth.replace("-", "")
    nine = ymd[2:] + "%03d" % n
    return "%s-%03d%d" % (ymd, n, luhn_digit(nine))


def build():
    rows = []
    for idx, c in enumerate(CASES):
        system = "PMO" if c["unit"] in PMO_UNITS else "Melior"
        uname, hsa = UNITS[c["unit"]]
        t = dt.datetime.fromisoformat(c["time"])
        signed = None if c["signed"] is None else (t + dt.timedelta(minutes=c["signed"])).isoformat()
        as_of = dt.datetime.combine(t.date() + dt.timedelta(days=7), dt.time(0, 0)).isoformat()
        note = {
            "id": "n1", "system": system, "template": c["tmpl"],
            "unit": {"name": uname, "hsa_id": hsa},
            "author": {"name": AUTHORS[idx % len(AUTHORS)], "role": "läkare"},
            "time": t.isoformat(), "signed": signed, "setting": c["setting"],
            "refs": [], "sections": [{"keyword": k, "text": v} for k, v in c["sections"]],
        }
        record = {
            "patient": {"id": make_pnr(idx, c["birth"], c["sex"]), "birth_date": c["birth"],
                        "protected_identity": False},
            "as_of": as_of, "notes": [note],
            "access_events": [], "conversations": [], "treatments": [],
        }
        rows.append({"case": c["name"], "ruleset": c["rs"], "record": record,
                     "must": [[code, "n1"] for code in c["must"]],
                     "must_not": [[code, "n1"] for code in c["must_not"]],
                     "why": c["why"]})
    return rows


def age_at(birth, when):
    b = dt.date.fromisoformat(birth)
    return when.year - b.year - ((when.month, when.day) < (b.month, b.day))


def validate(rows):
    errs = []
    names = set()
    seen_sent = {}
    for r in rows:
        name = r["case"]
        if set(r) != {"case", "ruleset", "record", "must", "must_not", "why"}:
            errs.append("%s: case keys" % name)
        if name in names:
            errs.append("%s: duplicate case name" % name)
        names.add(name)
        if r["ruleset"] not in ("skane", "vgr"):
            errs.append("%s: ruleset" % name)
        if not r["why"].strip():
            errs.append("%s: empty why" % name)
        rec = r["record"]
        if set(rec) != {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}:
            errs.append("%s: record keys" % name)
        p = rec["patient"]
        if set(p) != {"id", "birth_date", "protected_identity"}:
            errs.append("%s: patient keys" % name)
        pid = p["id"]
        m = re.fullmatch(r"(\d{8})-(\d{4})", pid)
        if not m:
            errs.append("%s: pnr format" % name)
        else:
            ymd, last4 = m.groups()
            if ymd != p["birth_date"].replace("-", ""):
                errs.append("%s: pnr/birth_date mismatch" % name)
            if luhn_digit(ymd[2:] + last4[:3]) != int(last4[3]):
                errs.append("%s: pnr Luhn" % name)
        dt.date.fromisoformat(p["birth_date"])
        if not rec["as_of"].startswith("2024-"):
            errs.append("%s: as_of not 2024" % name)
        ids = set()
        for n in rec["notes"]:
            if set(n) != {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}:
                errs.append("%s: note keys" % name)
            ids.add(n["id"])
            t = dt.datetime.fromisoformat(n["time"])
            if t.year != 2024:
                errs.append("%s: note time not 2024" % name)
            if n["signed"] is not None:
                s = dt.datetime.fromisoformat(n["signed"])
                if s.year != 2024 or s < t:
                    errs.append("%s: signed" % name)
            if dt.datetime.fromisoformat(rec["as_of"]) < t:
                errs.append("%s: as_of before note" % name)
            a = age_at(p["birth_date"], t)
            if 13 <= a <= 15 or a < 0:
                errs.append("%s: patient age %d not allowed" % (name, a))
            if r["ruleset"] == "vgr" and n["system"] != "Melior":
                errs.append("%s: VGR case must be Melior" % name)
            for sec in n["sections"]:
                if set(sec) != {"keyword", "text"}:
                    errs.append("%s: section keys" % name)
                for line in sec["text"].split("\n"):
                    for sent in re.split(r"(?<=[.!?])\s+", line):
                        sent = sent.strip()
                        if len(sent) >= 25:
                            if sent in seen_sent and seen_sent[sent] != name:
                                errs.append("%s: sentence reused from %s: %r" % (name, seen_sent[sent], sent))
                            elif sent in seen_sent:
                                errs.append("%s: sentence repeated: %r" % (name, sent))
                            seen_sent[sent] = name
        pmo = any(n["system"] == "PMO" for n in rec["notes"])
        codes_must = [c for c, _ in r["must"]]
        codes_not = [c for c, _ in r["must_not"]]
        if not (codes_must or codes_not):
            errs.append("%s: no assertion" % name)
        for code, target in r["must"] + r["must_not"]:
            if code not in KNOWN_CODES:
                errs.append("%s: unknown code %s" % (name, code))
            if target not in ids:
                errs.append("%s: target %s does not exist" % (name, target))
        if set(codes_must) & set(codes_not):
            errs.append("%s: code in both must and must_not" % name)
        if pmo and ("NL102" in codes_must or "NL101" in codes_must + codes_not):
            errs.append("%s: PMO convention broken" % name)
    return errs


def main():
    rows = build()
    errs = validate(rows)
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # summary
    from collections import Counter
    cnt = Counter()
    for r in rows:
        for c, _ in r["must"]:
            cnt[(c, "must")] += 1
        for c, _ in r["must_not"]:
            cnt[(c, "must_not")] += 1
    rs = Counter(r["ruleset"] for r in rows)
    sysc = Counter(r["record"]["notes"][0]["system"] for r in rows)
    drafts = sum(1 for r in rows if r["record"]["notes"][0]["signed"] is None)
    typos = sum(1 for r in rows if "typo" in r["case"])
    print("cases:", len(rows), dict(rs), dict(sysc), "drafts:", drafts, "typos:", typos)
    for k in sorted(cnt):
        print("  %s %-8s %d" % (k[0], k[1], cnt[k]))
    print("wrote", OUT)


if __name__ == "__main__":
    main()
