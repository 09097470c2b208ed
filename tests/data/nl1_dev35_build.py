#!/usr/bin/env python3
"""nl1_dev35: notelint test cases, NL101/NL102 in text around investigations.

Radiology and pathology replies pasted into notes, lab comments, consultation
requests and answers, referral letters, MDK/MDT conference notes and the
physician's own assessment after the reply. Skåne (Melior and PMO) and VGR
(Melior only).

Standard library only, deterministic. Writes nl1_dev35_cases.jsonl next to this
file and validates the set; exits 1 on any problem.

    python3 nl1_dev35_build.py
"""
import datetime as dt
import json
import os
import re
import sys

OUT_NAME = "nl1_dev35_cases.jsonl"

# --------------------------------------------------------------------------
# Units (name, HSA-id). Skåne: SE2321000255-..., VGR: SE2321000131-E...
# --------------------------------------------------------------------------
U = {
    # Skåne, Melior (hospitals)
    "s_lung_lund": ("Lung- och allergimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-6121"),
    "s_ogon_malmo": ("Ögonmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-6344"),
    "s_orto_ystad": ("Ortopedmottagningen, Lasarettet i Ystad", "SE2321000255-5482"),
    "s_uro_ksd": ("Urologimottagningen, Centralsjukhuset Kristianstad", "SE2321000255-7714"),
    "s_uro_malmo": ("Urologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-7790"),
    "s_hud_lund": ("Hudmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-2290"),
    "s_hud_malmo": ("Hudmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-2215"),
    "s_hud_hbg": ("Hudmottagningen, Helsingborgs lasarett", "SE2321000255-2277"),
    "s_kir_hbg": ("Kirurgmottagningen, Helsingborgs lasarett", "SE2321000255-8836"),
    "s_kiravd_hbg": ("Kirurgavdelning 6, Helsingborgs lasarett", "SE2321000255-8851"),
    "s_kirakut_hbg": ("Akutmottagningen, Helsingborgs lasarett", "SE2321000255-8802"),
    "s_kir_malmo": ("Kirurgmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-8710"),
    "s_kolorekt_malmo": ("Kolorektalkirurgiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-8744"),
    "s_kir_trbg": ("Kirurgmottagningen, Lasarettet i Trelleborg", "SE2321000255-8977"),
    "s_endo_malmo": ("Endoskopienheten, Skånes universitetssjukhus Malmö", "SE2321000255-8769"),
    "s_gyn_hlm": ("Gynekologimottagningen, Hässleholms sjukhus", "SE2321000255-4468"),
    "s_kk_lund": ("Kvinnokliniken, Skånes universitetssjukhus Lund", "SE2321000255-4402"),
    "s_barn_hbg": ("Barn- och ungdomsmottagningen, Helsingborgs lasarett", "SE2321000255-9012"),
    "s_barnorto_lund": ("Barnortopedmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-9066"),
    "s_onh_malmo": ("Öron-, näs- och halsmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-1573"),
    "s_med_trbg": ("Medicinmottagningen, Lasarettet i Trelleborg", "SE2321000255-6650"),
    "s_med_ystad": ("Medicinmottagningen, Lasarettet i Ystad", "SE2321000255-6689"),
    "s_medavd_ystad": ("Medicinavdelning 3, Lasarettet i Ystad", "SE2321000255-6695"),
    "s_neuro_lund": ("Neurologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7395"),
    "s_minne_malmo": ("Minnesmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-7433"),
    "s_hema_lund": ("Hematologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-3841"),
    "s_hema_malmo": ("Hematologimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-3868"),
    "s_endokrin_malmo": ("Endokrinologimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-5127"),
    "s_kardio_lkr": ("Medicinmottagningen kardiologi, Lasarettet Landskrona", "SE2321000255-2608"),
    "s_hjart_ksd": ("Hjärtmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-2633"),
    "s_brost_malmo": ("Bröstmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4019"),
    "s_onkgen_lund": ("Onkogenetiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4051"),
    "s_infek_lund": ("Infektionsmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-6893"),
    "s_infek_hbg": ("Infektionskliniken, Helsingborgs lasarett", "SE2321000255-6871"),
    "s_reuma_lund": ("Reumatologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-1146"),
    "s_reuma_malmo": ("Reumatologimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-1182"),
    "s_onk_lund": ("Onkologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-3970"),
    "s_onk_malmo": ("Onkologimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-3995"),
    "s_akut_malmo": ("Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-3307"),
    "s_lung_hbg": ("Lungmottagningen, Helsingborgs lasarett", "SE2321000255-6158"),
    "s_lung_ksd": ("Lungmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-6176"),
    "s_smarta_lund": ("Smärtmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-1620"),
    "s_orto_lund": ("Ortopedmottagningen tumörsektionen, Skånes universitetssjukhus Lund", "SE2321000255-5430"),
    "s_gastro_ksd": ("Medicinmottagningen gastroenterologi, Centralsjukhuset Kristianstad", "SE2321000255-6612"),
    "s_handkir_malmo": ("Handkirurgiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-5511"),
    "s_diab_ystad": ("Diabetesmottagningen, Lasarettet i Ystad", "SE2321000255-6633"),
    "s_medavd_lund": ("Medicinavdelning 2, Skånes universitetssjukhus Lund", "SE2321000255-6702"),
    # Skåne, PMO (primary care)
    "p_linero": ("Vårdcentralen Linero, Lund", "SE2321000255-0214"),
    "p_kirseberg": ("Vårdcentralen Kirseberg, Malmö", "SE2321000255-0237"),
    "p_hoor": ("Vårdcentralen Höör", "SE2321000255-0266"),
    "p_bvc_ystad": ("Barnavårdscentralen Ystad", "SE2321000255-0281"),
    "p_sjobo": ("Vårdcentralen Sjöbo", "SE2321000255-0293"),
    "p_staffanstorp": ("Vårdcentralen Staffanstorp", "SE2321000255-0308"),
    "p_um_ksd": ("Ungdomsmottagningen Kristianstad", "SE2321000255-0322"),
    "p_hsv_anderslov": ("Hemsjukvården, Vårdcentralen Anderslöv", "SE2321000255-0347"),
    "p_horby": ("Vårdcentralen Hörby", "SE2321000255-0365"),
    # VGR, Melior
    "v_akut_su": ("Akutmottagningen, Sahlgrenska universitetssjukhuset", "SE2321000131-E000000011204"),
    "v_brost_ostra": ("Bröstcentrum, Sahlgrenska universitetssjukhuset Östra", "SE2321000131-E000000011377"),
    "v_brost_boras": ("Bröstmottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000021390"),
    "v_gastro_alingsas": ("Medicinmottagningen gastroenterologi, Alingsås lasarett", "SE2321000131-E000000031456"),
    "v_med_alingsas": ("Medicinmottagningen, Alingsås lasarett", "SE2321000131-E000000031472"),
    "v_akut_alingsas": ("Akutmottagningen, Alingsås lasarett", "SE2321000131-E000000031401"),
    "v_kir_alingsas": ("Kirurgmottagningen, Alingsås lasarett", "SE2321000131-E000000031433"),
    "v_lung_su": ("Lungmedicinmottagningen, Sahlgrenska universitetssjukhuset", "SE2321000131-E000000011512"),
    "v_lung_nu": ("Lungmottagningen, NU-sjukvården Uddevalla", "SE2321000131-E000000041520"),
    "v_lung_skovde": ("Lungmedicinska mottagningen, Skaraborgs sjukhus Skövde", "SE2321000131-E000000051538"),
    "v_barnakut_dsbus": ("Barnakuten, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000011608"),
    "v_barn_boras": ("Barn- och ungdomsmottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000021615"),
    "v_hema_su": ("Hematologimottagningen, Sahlgrenska universitetssjukhuset", "SE2321000131-E000000011689"),
    "v_uro_boras": ("Urologmottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000021704"),
    "v_uro_su": ("Urologmottagningen, Sahlgrenska universitetssjukhuset", "SE2321000131-E000000011711"),
    "v_uro_nu": ("Urologmottagningen, NU-sjukvården Trollhättan", "SE2321000131-E000000041726"),
    "v_uro_skovde": ("Urologmottagningen, Skaraborgs sjukhus Skövde", "SE2321000131-E000000051733"),
    "v_kardio_nu": ("Kardiologmottagningen, NU-sjukvården Uddevalla", "SE2321000131-E000000041802"),
    "v_kardio_su": ("Kardiologmottagningen, Sahlgrenska universitetssjukhuset", "SE2321000131-E000000011819"),
    "v_kvinno_nu": ("Kvinnokliniken, NU-sjukvården Trollhättan", "SE2321000131-E000000041905"),
    "v_kvinno_ostra": ("Kvinnokliniken, Sahlgrenska universitetssjukhuset Östra", "SE2321000131-E000000011912"),
    "v_gynakut_su": ("Gynekologiska akutmottagningen, Sahlgrenska universitetssjukhuset", "SE2321000131-E000000011927"),
    "v_orto_molndal": ("Ortopedmottagningen, Mölndals sjukhus", "SE2321000131-E000000012003"),
    "v_akut_kungalv": ("Akutmottagningen, Kungälvs sjukhus", "SE2321000131-E000000062011"),
    "v_med_kungalv": ("Medicinmottagningen, Kungälvs sjukhus", "SE2321000131-E000000062026"),
    "v_kir_kungalv": ("Kirurgmottagningen, Kungälvs sjukhus", "SE2321000131-E000000062034"),
    "v_kir_ostra": ("Kirurgmottagningen, Sahlgrenska universitetssjukhuset Östra", "SE2321000131-E000000012107"),
    "v_kir_boras": ("Kirurgmottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000022114"),
    "v_endo_su": ("Endokrinologmottagningen, Sahlgrenska universitetssjukhuset", "SE2321000131-E000000012200"),
    "v_neuro_su": ("Neurologmottagningen, Sahlgrenska universitetssjukhuset", "SE2321000131-E000000012305"),
    "v_neuro_nu": ("Neurologmottagningen, NU-sjukvården Uddevalla", "SE2321000131-E000000042312"),
    "v_minne_molndal": ("Minnesmottagningen, Sahlgrenska universitetssjukhuset Mölndal", "SE2321000131-E000000012327"),
    "v_akut_skovde": ("Akutmottagningen, Skaraborgs sjukhus Skövde", "SE2321000131-E000000052330"),
    "v_akut_nu": ("Akutmottagningen, NU-sjukvården Uddevalla", "SE2321000131-E000000042349"),
    "v_gastro_su": ("Gastromottagningen, Sahlgrenska universitetssjukhuset", "SE2321000131-E000000012402"),
    "v_magtarm_skovde": ("Mag-tarmmottagningen, Skaraborgs sjukhus Skövde", "SE2321000131-E000000052418"),
    "v_hud_su": ("Hudmottagningen, Sahlgrenska universitetssjukhuset", "SE2321000131-E000000012501"),
    "v_hud_nu": ("Hudmottagningen, NU-sjukvården Uddevalla", "SE2321000131-E000000042516"),
    "v_hud_skovde": ("Hudmottagningen, Skaraborgs sjukhus Skövde", "SE2321000131-E000000052523"),
    "v_psyk_molndal": ("Psykiatrisk öppenvårdsmottagning Mölndal, Sahlgrenska universitetssjukhuset", "SE2321000131-E000000012609"),
    "v_med_lidkoping": ("Medicinmottagningen, Skaraborgs sjukhus Lidköping", "SE2321000131-E000000052614"),
    "v_onk_su": ("Onkologimottagningen, Sahlgrenska universitetssjukhuset", "SE2321000131-E000000012701"),
    "v_med_boras": ("Medicinmottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000022716"),
    "v_orto_boras": ("Ortopedmottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000022008"),
    "v_med_uddevalla": ("Medicinavdelning 21, NU-sjukvården Uddevalla", "SE2321000131-E000000042820"),
}

PMO_UNITS = {k for k in U if k.startswith("p_")}

CASES = []


def c(case, rs, unit, system, template, author, time, sig, setting, sections,
      must=(), must_not=(), why="", pnr=None, born=None):
    """Collect one case. sig: minutes from note time to signing, None = draft."""
    CASES.append(dict(case=case, rs=rs, unit=unit, system=system, template=template,
                      author=author, time=time, sig=sig, setting=setting,
                      sections=sections, must=list(must), must_not=list(must_not),
                      why=why, pnr=pnr, born=born))


M, P = "Melior", "PMO"
OV, SV, AK = "öppenvård", "slutenvård", "akutmottagning"
L = "läkare"

# ==========================================================================
# NL102 MUST: a diagnosis written as a hypothesis in a visible Melior note
# ==========================================================================

c("lung-dt-thorax-spikulerad-inger-misstanke", "skane", "s_lung_lund", M, "Läkaranteckning",
  ("Henrik Bergqvist", L), "2024-02-08T10:40:00", 55, OV, [
      ("Röntgensvar", "DT thorax m kontrast 2024-02-06: 23 mm spikulerad förändring i hö överlob, suspekt malignitet. "
                      "Förstorade lgl station 4R, kortaxel 14 mm. Ingen pleuravätska. Binjurar u.a."),
      ("Bedömning", "Fynd som inger misstanke om lungcancer, stadium ännu oklart. Remiss PET-DT och EBUS. "
                    "Pat informerad om att utredning pågår, SVF lunga startat."),
  ], must=["NL102"], why="pasted CT reply 'suspekt malignitet' + assessment 'inger misstanke om lungcancer' in visible Melior note",
  pnr="19560411-3430", born="1956-04-11")

c("akut-dt-lungartarer-emboli-kan-ej-uteslutas", "vgr", "v_akut_su", M, "Akutanteckning",
  ("Sara Lindholm", L), "2024-01-19T22:15:00", 70, AK, [
      ("Aktuellt", "Andfådd sedan 3 d, pleuritsmärta hö. Använder p-piller. D-dimer 1,9."),
      ("Röntgensvar", "DT lungartärer: Suboptimal kontrastfyllnad perifert, bedömningen begränsad i underloberna. "
                      "Lungemboli i segmentartär hö underlob kan ej uteslutas. Inga infiltrat."),
      ("Bedömning", "Startar Innohep i behandlingsdos i avvaktan på förnyad bilddiagnostik. Förnyad DT alt. lungskintigrafi imorgon."),
  ], must=["NL102"], why="'kan ej uteslutas' about pulmonary embolism inside a pasted CT reply",
  pnr="19790623-5820", born="1979-06-23")

c("orto-skafoideum-kan-inte-uteslutas-utkast", "skane", "s_orto_ystad", M, "Mottagningsanteckning",
  ("Jonas Wiberg", L), "2024-03-04T09:20:00", None, OV, [
      ("Röntgensvar", "RTG vä handled + skafoideumserie: Ingen säker fraktur. Skafoideumfraktur kan inte uteslutas, "
                      "ny undersökning om 10–14 dagar vid kvarstående besvär."),
      ("Bedömning", "Ömhet i fossa tabatière vä. Misstänkt skafoideumfraktur, gipsas i skafoideumgips och ny RTG om 2 v."),
  ], must=["NL102"], why="unsigned draft: suspected scaphoid fracture after a non-conclusive X-ray",
  pnr="19980917-4155", born="1998-09-17")

c("brost-mammografi-birads4-misstanke-cancer", "vgr", "v_brost_ostra", M, "Mottagningsanteckning",
  ("Maria Ekström", L), "2024-02-21T13:05:00", 40, OV, [
      ("Röntgensvar", "Mammografi + UL bilat: Hö bröst kl 10, 4 cm från mamillen, 11 mm oregelbunden hypoekogen förändring med "
                      "dorsal skuggning. BI-RADS 4. Vä bröst u.a. Axiller u.a."),
      ("Bedömning", "Fyndet inger misstanke om bröstcancer. Mellannålsbiopsi x3 tagen idag. "
                    "Svar inom en vecka, kontaktsjuksköterskan ringer."),
  ], must=["NL102"], why="mammography BI-RADS 4 with 'inger misstanke om bröstcancer' in visible note",
  pnr="19670314-2080", born="1967-03-14")

c("uro-mr-prostata-pirads4-talar-for-typo", "skane", "s_uro_ksd", M, "Läkaranteckning",
  ("Peter Nyström", L), "2024-03-27T11:30:00", 35, OV, [
      ("Remissvar", "MR prostata: 9 mm PI-RADS 4-lesion i perifera zonen vä apex. Ingen extraprostatisk växt. Prostatavolym 48 ml."),
      ("Bedömning", "PSA 8,2, PSA-densitet 0,17. Fyndet talar för kliniskt signifkant prostatacancer. "
                    "Planeras för riktad biopsi v. 14."),
  ], must=["NL102"], why="'talar för' prostate cancer after MR reply; typo 'signifkant'",
  pnr="19530208-6672", born="1953-02-08")

c("gastro-ul-lever-dd-metastaser-hemangiom", "vgr", "v_gastro_alingsas", M, "Läkaranteckning",
  ("Anders Holmgren", L), "2024-04-02T14:50:00", 25, OV, [
      ("Röntgensvar", "UL lever: Tre hypoekoiska lesioner, största 18 mm i segment 6. DD metastaser, hemangiom. Gallvägar ej vidgade."),
      ("Bedömning", "Opererades för koloncancer 2021. Kompletterar med MR lever med leverspecifikt kontrastmedel."),
  ], must=["NL102"], why="'DD metastaser, hemangiom' in pasted ultrasound reply",
  pnr="19610730-1423", born="1961-07-30")

c("ogon-remiss-ro-ms", "skane", "s_ogon_malmo", M, "Remiss",
  ("Lina Persson", L), "2024-03-11T15:10:00", 20, OV, [
      ("Frågeställning", "R/O MS. Demyeliniserande sjukdom?"),
      ("Anamnes", "29-årig kvinna, synnedsättning hö öga sedan 8 d, smärta vid ögonrörelser. Visus hö 0,4, RAPD hö. Fundus u.a."),
      ("Önskemål", "Önskar bedömning avseende MR hjärna och vidare neurologisk utredning."),
  ], must=["NL102"], why="referral question 'R/O MS' in a visible Melior referral",
  pnr="19941102-5647", born="1994-11-02")

c("hud-pad-melanocytar-dd-melanoma-in-situ", "skane", "s_hud_lund", M, "Läkaranteckning",
  ("Karin Sjöberg", L), "2024-04-15T08:45:00", 60, OV, [
      ("PAD", "Excision rygg: Melanocytär lesion med arkitektonisk och cytologisk atypi. DD dysplastiskt nevus / melanoma in situ. "
              "Eftergranskning begärd hos hudpatolog."),
      ("Bedömning", "Avvaktar slutligt PAD, brev till pat när svaret föreligger."),
  ], must=["NL102"], why="differential diagnosis (DD) in a pasted pathology reply",
  pnr="19710126-7016", born="1971-01-26")

c("lung-cytologi-pleura-misstankt-adenokarcinom", "vgr", "v_lung_su", M, "Läkaranteckning",
  ("Erik Sandberg", L), "2024-05-06T10:10:00", 45, OV, [
      ("Cytologi", "Pleuravätska hö: Rikligt med mesotelceller och enstaka grupper av atypiska epiteliala celler, "
                   "misstänkt adenokarcinom. Immuncytokemi pågår."),
      ("Planering", "Ny tappning vid behov. Tas upp på lungkonferens när immunfärgningen är klar."),
  ], must=["NL102"], why="cytology reply 'misstänkt adenokarcinom' copied into visible note",
  pnr="19490918-3115", born="1949-09-18")

c("kirurg-dt-buk-appendicit-i-forsta-hand-typo", "skane", "s_kirakut_hbg", M, "Akutanteckning",
  ("Fredrik Ahl", L), "2024-05-18T19:40:00", 50, AK, [
      ("Röntgensvar", "DT buk: Appendix 10 mm med periappendikulär fettvävsreaktion, talar i första hand för appendicit. "
                      "Ingen fri gas, ingen abscess."),
      ("Bedömning", "Trolig okomplicerad apendicit. Fastande, anmäld för laparoskopisk appendektomi ikväll."),
  ], must=["NL102"], why="'i första hand' + 'Trolig' appendicitis; typo 'apendicit'",
  pnr="20010305-2395", born="2001-03-05")

c("kardio-konsultationssvar-misstanke-hcm-dd", "vgr", "v_kardio_nu", M, "Konsultationssvar",
  ("Johanna Berg", L), "2024-05-22T13:35:00", 30, OV, [
      ("Frågeställning", "Blåsljud och T-negativitet lateralt på EKG. Hjärtsjukdom?"),
      ("Konsultationssvar", "Ekokardiografi: Septumtjocklek 17 mm, bakre vägg 11 mm, ingen utflödesgradient i vila. EF 65 %. "
                            "Misstanke om hypertrof kardiomyopati, DD hypertensiv hjärtsjukdom. Föreslår MR hjärta och 24 h-EKG."),
  ], must=["NL102"], why="consultation answer with 'Misstanke om' + DD after echocardiography",
  pnr="19780812-4510", born="1978-08-12")

c("gyn-ul-ovarium-suspekt-cancer", "skane", "s_gyn_hlm", M, "Läkaranteckning",
  ("Eva Lundgren", L), "2024-06-03T10:25:00", 40, OV, [
      ("Undersökning", "Vaginalt UL: 6 cm multilokulär cysta vä ovarium med solid komponent och rikligt flöde. "
                       "Lite fri vätska i fossa Douglasi."),
      ("Bedömning", "Suspekt ovarialcancer. CA-125 och DT thorax-buk beställt, SVF äggstockscancer startat."),
  ], must=["NL102"], why="'Suspekt ovarialcancer' in the physician's own assessment after ultrasound",
  pnr="19580519-7265", born="1958-05-19")

c("barn-ul-buk-invagination-misstankt", "vgr", "v_barnakut_dsbus", M, "Akutanteckning",
  ("Oskar Wallin", L), "2024-06-09T03:20:00", 80, AK, [
      ("Aktuellt", "Periodvisa skrikattacker sedan igår kväll, har kräkts x4, slö mellan attackerna. Mamma med."),
      ("Röntgensvar", "UL buk: Target-tecken i hö övre kvadrant, 3 cm, talar för ileokolisk invagination. Ingen fri vätska."),
      ("Bedömning", "Misstänkt invagination. Barnkirurgjour kontaktad för reponering under genomlysning."),
  ], must=["NL102"], why="child under 13 (guardians read): suspected intussusception after ultrasound",
  pnr="20210514-2950", born="2021-05-14")

c("barn-rtg-pulm-pnemoni-typo", "skane", "s_barn_hbg", M, "Läkaranteckning",
  ("Ida Mårtensson", L), "2024-01-29T16:05:00", 35, OV, [
      ("Röntgensvar", "RTG pulm: Fläckig förtätning i hö underlob, pnemoni kan inte uteslutas. Ingen pleuravätska."),
      ("Bedömning", "Feber 39,4 i fyra dygn, CRP 87. Amoxicillin i 5 d. Åter om inte bättre inom 48 h."),
  ], must=["NL102"], why="child: 'kan inte uteslutas' in chest X-ray reply; typo 'pnemoni'",
  pnr="20180722-3423", born="2018-07-22")

c("hema-benmarg-dd-mds-aml", "vgr", "v_hema_su", M, "Läkaranteckning",
  ("Magnus Falk", L), "2024-06-12T11:00:00", 65, OV, [
      ("PAD", "Benmärgsbiopsi: Hypercellulär märg med dysplasi i två cellinjer, blaster 8 %. "
              "DD MDS med ökat antal blaster / tidig AML. Flödescytometri och cytogenetik inväntas."),
      ("Bedömning", "Transfusionsbehov var tredje vecka. Tas upp på hematologikonferens när kompletterande analyser är klara."),
  ], must=["NL102"], why="bone marrow reply with DD between MDS and AML",
  pnr="19440303-5134", born="1944-03-03")

c("onh-dt-hals-fragetecken-lymfom", "skane", "s_onh_malmo", M, "Läkaranteckning",
  ("Sofia Engström", L), "2024-06-17T09:30:00", 30, OV, [
      ("Röntgensvar", "DT hals: Flera förstorade lymfkörtlar bilat nivå II–III, största 25 mm utan nekros. ?Lymfom. DD reaktiva körtlar."),
      ("Bedömning", "Körtlarna har palperats i 6 v, nattsvettningar. Finnålspunktion med flödescytometri bokas."),
  ], must=["NL102"], why="prefix question mark '?Lymfom' in pasted CT neck reply",
  pnr="19831009-8242", born="1983-10-09")

c("uro-ul-njurar-misstankt-konkrement", "vgr", "v_uro_boras", M, "Läkaranteckning",
  ("Daniel Hedlund", L), "2024-07-01T14:15:00", 20, OV, [
      ("Röntgensvar", "UL njurar: Lätt hydronefros vä, uretären vidgad ned mot bäckenet. "
                      "Misstänkt distalt uretärkonkrement, ej säkert visualiserat."),
      ("Åtgärd", "Diklofenak. DT urinvägar utan kontrast bokas inom en vecka."),
  ], must=["NL102"], why="'Misstänkt uretärkonkrement' in ultrasound reply",
  pnr="19870404-1873", born="1987-04-04")

c("med-labkommentar-hemokromatos-fraga", "skane", "s_med_trbg", M, "Läkaranteckning",
  ("Gustav Lind", L), "2024-07-08T10:45:00", 15, OV, [
      ("Labkommentar", "S-ferritin 2100, transferrinmättnad 78 %, ALAT 1,4. Hemokromatos? HFE-genotypning beställd."),
      ("Planering", "Telefonkontakt när genotypningen är klar. Ev. leverelastografi."),
  ], must=["NL102"], why="lab comment ending in 'Hemokromatos?'",
  pnr="19661221-6991", born="1966-12-21")

c("med-konsultationsremiss-epileptiskt-anfall", "skane", "s_medavd_ystad", M, "Konsultationsremiss",
  ("Amir Haddad", L), "2024-05-13T08:50:00", 25, SV, [
      ("Frågeställning", "Epileptiskt anfall? Önskar bedömning avseende EEG och ev. behandling."),
      ("Anamnes", "63-årig man inlagd efter två episoder av medvetandeförlust med tungbett och postiktal förvirring. "
                  "DT hjärna utan akuta förändringar."),
  ], must=["NL102"], why="consultation request asking 'Epileptiskt anfall?'",
  pnr="19600814-4559", born="1960-08-14")

c("remiss-misstankt-jattecellsarterit-typo", "vgr", "v_med_kungalv", M, "Remiss",
  ("Helena Strand", L), "2024-07-15T16:00:00", 20, OV, [
      ("Frågeställning", "Misstänkt jättecellarterit."),
      ("Anamnes", "Ny tinninghuvudvärk vä sedan 3 v, tuggclaudicatio, SR 78, CRP 45. Prednisolon 40 mg insatt idag."),
      ("Önskemål", "Önskar bedömning avseende temporalisbiopsi alt. UL temporalartärer, gärna inom en vecka."),
  ], must=["NL102"], why="referral for suspected giant cell arteritis; typo 'jättecellarterit'",
  pnr="19490227-2808", born="1949-02-27")

c("mdk-lunga-trolig-nsclc", "skane", "s_lung_lund", M, "MDK-anteckning",
  ("Ulrika Thörn", L), "2024-04-11T15:30:00", 90, OV, [
      ("Konferens", "Multidisciplinär konferens lunga 2024-04-11. Deltagare: lungmedicin, thoraxkirurgi, onkologi, radiologi, patologi."),
      ("Underlag", "DT: 28 mm förändring vä underlob. PET-DT: SUVmax 9, inga upptag i mediastinum eller på avstånd."),
      ("Bedömning", "Trolig NSCLC, cT1c N0 M0. Biopsi bedöms riskabel pga uttalat emfysem."),
      ("Rekommendation", "Lobektomi utan föregående PAD-diagnos. Ansvarig lungläkare träffar pat 15/4."),
  ], must=["NL102"], why="MDK conference note: 'Trolig NSCLC'",
  pnr="19520610-1916", born="1952-06-10")

c("mdt-kolorektal-levermetastas-kan-ej-uteslutas", "vgr", "v_kir_boras", M, "MDK-anteckning",
  ("Per Forsberg", L), "2024-04-24T14:00:00", 120, OV, [
      ("Konferens", "MDT kolorektal. Sigmoideumcancer, PAD-verifierad, cT3 N1."),
      ("Radiologi", "DT thorax-buk: 7 mm lågattenuerande förändring i segment 7, för liten för karakterisering; "
                    "levermetastas kan ej uteslutas. Lungor u.a."),
      ("Rekommendation", "MR lever innan slutligt behandlingsbeslut. Åter på MDT v. 19."),
  ], must=["NL102"], why="MDT: confirmed primary, but liver metastasis 'kan ej uteslutas'",
  pnr="19581130-3675", born="1958-11-30")

c("uro-urincytologi-misstanke-urotelial-cancer", "skane", "s_uro_malmo", M, "Läkaranteckning",
  ("Björn Ohlsson", L), "2024-08-05T11:15:00", 30, OV, [
      ("Cytologi", "Urincytologi: Atypiska urotelceller, misstanke om höggradig urotelial cancer."),
      ("Bedömning", "Makroskopisk hematuri i mars. Cystoskopi i lokalbedövning u.a. DT urografi beställd för att värdera övre urinvägar."),
  ], must=["NL102"], why="urine cytology 'misstanke om höggradig urotelial cancer'",
  pnr="19470716-9233", born="1947-07-16")

c("gyn-cellprov-hsil-cin-kan-ej-uteslutas", "vgr", "v_kvinno_nu", M, "Läkaranteckning",
  ("Linnea Ek", L), "2024-08-12T09:40:00", 25, OV, [
      ("Cytologi", "Cellprov cervix: HSIL. HPV 16 påvisat."),
      ("Bedömning", "CIN 2–3 kan ej uteslutas. Kolposkopi med px bokas inom 4 v."),
  ], must=["NL102"], why="settled cytology HSIL but 'CIN 2–3 kan ej uteslutas'",
  pnr="19900129-6848", born="1990-01-29")

c("infek-rtg-kavitet-tbc-fraga-utkast", "skane", "s_infek_lund", M, "Läkaranteckning",
  ("Nils Åberg", L), "2024-08-19T17:25:00", None, SV, [
      ("Röntgensvar", "Lungröntgen: Kavitet 3 cm i hö ovanlob med omgivande infiltrat. Tbc?"),
      ("Planering", "Isoleras i luftsmitteisoleringsrum i väntan på sputumsvar. Sputum x3 för mikroskopi, PCR och odling."),
  ], must=["NL102"], why="unsigned draft: 'Tbc?' after chest X-ray",
  pnr="19930506-7432", born="1993-05-06")

c("orto-mr-kna-trolig-menisk", "vgr", "v_orto_molndal", M, "Mottagningsanteckning",
  ("Viktor Lund", L), "2024-08-26T13:00:00", 35, OV, [
      ("Röntgensvar", "MR vä knä: Linjär signalförändring i mediala meniskens bakhorn som når ledytan, talar för ruptur. "
                      "Korsband intakta. Lätt ledutgjutning."),
      ("Bedömning", "Låsningar x2. Trolig medial meniskskada. Remiss artroskopi."),
  ], must=["NL102"], why="'Trolig medial meniskskada' after MR reply",
  pnr="19850117-3853", born="1985-01-17")

c("kirurg-ul-gallvagar-sannolikt-kolecystit", "skane", "s_kiravd_hbg", M, "Inskrivningsanteckning",
  ("Alice Nordin", L), "2024-09-02T21:10:00", 45, SV, [
      ("Röntgensvar", "UL lever och gallvägar: Gallblåsevägg 6 mm med omgivande vätska, konkrement inkilat i halsen, "
                      "positivt sonografiskt Murphys tecken."),
      ("Bedömning", "Sannolikt akut kolecystit. Piperacillin-tazobaktam iv, planeras för kolecystektomi inom 72 h."),
  ], must=["NL102"], why="'Sannolikt akut kolecystit' in admission assessment",
  pnr="19720408-2528", born="1972-04-08")

c("akut-dt-hjarna-mojlig-tidig-infarkt", "vgr", "v_akut_skovde", M, "Akutanteckning",
  ("Mattias Blom", L), "2024-09-07T07:45:00", 60, AK, [
      ("Röntgensvar", "DT hjärna: Ingen blödning. Möjlig tidig infarkt i vä insula, hyperdens a. cerebri media vä. "
                      "DT-angio: ocklusion M1 vä."),
      ("Bedömning", "NIHSS 14, debut för 55 min sedan. Trombolys ges, trombektomijour kontaktad."),
  ], must=["NL102"], why="'Möjlig tidig infarkt' in CT head reply (negated bleed alongside)",
  pnr="19410925-6711", born="1941-09-25")

c("kardio-arbetsprov-misstankt-angina", "skane", "s_kardio_lkr", M, "Läkaranteckning",
  ("Tomas Ljung", L), "2024-09-10T10:20:00", 30, OV, [
      ("Remissvar", "Arbetsprov: Max 150 W, avbröts pga bröstsmärta. 1,5 mm horisontell ST-sänkning V4–V6, normaliserad efter 3 min vila."),
      ("Bedömning", "Misstänkt stabil angina pectoris. Trombyl, Seloken ZOC, nitro vid behov. Remiss DT kranskärl."),
  ], must=["NL102"], why="exercise test reply followed by 'Misstänkt stabil angina pectoris'",
  pnr="19590503-8179", born="1959-05-03")

c("barn-konsultationssvar-celiaki-trolig", "vgr", "v_barn_boras", M, "Konsultationssvar",
  ("Cecilia Hallberg", L), "2024-02-14T14:30:00", 40, OV, [
      ("Frågeställning", "Viktavplaning och lös avföring sedan hösten. Celiaki?"),
      ("Konsultationssvar", "Transglutaminas-IgA 45 ggr övre referensgränsen, total-IgA normalt. Celiaki trolig. "
                            "Gastroskopi med duodenalbiopsier planeras, fortsätt glutenhaltig kost tills dess."),
  ], must=["NL102"], why="child: consultation answer 'Celiaki trolig' (postposed hedge)",
  pnr="20160903-4069", born="2016-09-03")

c("hud-pad-interface-dd-kutan-lupus", "skane", "s_hud_malmo", M, "Läkaranteckning",
  ("Johan Friberg", L), "2024-09-16T09:15:00", 30, OV, [
      ("PAD", "Stansbiopsi kind: Interface-dermatit med perivaskulär och periadnexal inflammation, förtjockat basalmembran."),
      ("Bedömning", "DD kutan lupus, läkemedelsutlöst fotosensitiv reaktion. ANA och anti-SSA tas, solskydd."),
  ], must=["NL102"], why="DD kutan lupus in assessment after skin biopsy",
  pnr="19860215-3580", born="1986-02-15")

c("onk-pet-misstankt-skelettmetastas-typo", "skane", "s_onk_lund", M, "Läkaranteckning",
  ("Hanna Rydberg", L), "2024-09-23T15:45:00", 50, OV, [
      ("Röntgensvar", "PET-DT uppföljning: Nytillkommet fokalt upptag i Th8, SUVmax 6,2, misstänkt skelletmetastas. I övrigt stationärt."),
      ("Bedömning", "Behandlad för bröstcancer 2019. MR thorakalrygg för bättre karakterisering innan behandlingsbeslut."),
  ], must=["NL102"], why="'misstänkt skelletmetastas' (typo) in PET reply, past cancer alongside",
  pnr="19550807-6204", born="1955-08-07")

c("kirurg-dt-pankreas-inger-misstanke", "vgr", "v_kir_ostra", M, "Läkaranteckning",
  ("Robert Ek", L), "2024-10-01T11:05:00", 40, OV, [
      ("Röntgensvar", "DT pankreas: 3 cm lågattenuerande förändring i pankreashuvudet, dilaterad koledokus 14 mm och pankreasgång 6 mm. "
                      "Inger misstanke om pankreascancer. Inga levermetastaser."),
      ("Bedömning", "Ikterisk sedan 2 v. ERCP med stent och borstcytologi bokas."),
  ], must=["NL102"], why="'Inger misstanke om pankreascancer' in pasted CT reply",
  pnr="19500112-2158", born="1950-01-12")

c("endokrin-ul-thyroidea-tirads5-suspekt", "skane", "s_endokrin_malmo", M, "Läkaranteckning",
  ("Elin Jakobsson", L), "2024-10-07T13:20:00", 25, OV, [
      ("Röntgensvar", "UL thyroidea: 15 mm solid, hypoekogen knuta hö lob med mikroförkalkningar och oskarp kant, EU-TIRADS 5. "
                      "Ingen patologisk lgl på halsen."),
      ("Bedömning", "Suspekt papillär thyroideacancer. Finnålspunktion under UL-ledning bokad."),
  ], must=["NL102"], why="'Suspekt papillär thyroideacancer' after thyroid ultrasound",
  pnr="19810620-1422", born="1981-06-20")

c("minne-dt-hjarna-nph-kan-ej-uteslutas", "skane", "s_minne_malmo", M, "Läkaranteckning",
  ("Stefan Göransson", L), "2024-10-14T10:00:00", 45, OV, [
      ("Röntgensvar", "DT hjärna: Vidgade ventriklar oproportionerligt mot sulci, Evans index 0,34. "
                      "Normaltryckshydrocefalus kan ej uteslutas. Måttliga vitsubstansförändringar."),
      ("Bedömning", "Gångstörning och urininkontinens sedan ett år. Remiss neurologen för ställningstagande till tap-test."),
  ], must=["NL102"], why="'Normaltryckshydrocefalus kan ej uteslutas' in CT reply at memory clinic",
  pnr="19440529-8912", born="1944-05-29")

c("gynakut-ul-misstankt-extrauterin", "vgr", "v_gynakut_su", M, "Akutanteckning",
  ("Frida Sundin", L), "2024-10-19T23:30:00", 55, AK, [
      ("Undersökning", "Vaginalt UL: Tom uterus, endometrium 9 mm. 2 cm inhomogen resistens intill vä ovarium, lite fri vätska. S-hCG 1800."),
      ("Bedömning", "Misstänkt extrauterin graviditet vä. Ny hCG om 48 h, ställningstagande till laparoskopi vid stigande värde."),
  ], must=["NL102"], why="'Misstänkt extrauterin graviditet' after gynaecological ultrasound",
  pnr="19930818-4341", born="1993-08-18")

c("reuma-rtg-hander-ev-seronegativ-ra", "skane", "s_reuma_lund", M, "Läkaranteckning",
  ("Maja Holm", L), "2024-10-22T09:50:00", 30, OV, [
      ("Röntgensvar", "RTG händer och fötter: Periartikulär osteopeni och en liten erosion i MTP 5 bilat."),
      ("Bedömning", "Svullna MCP 2–3 bilat sedan 4 mån, RF och anti-CCP neg. Ev. seronegativ RA. Metotrexat diskuteras vid nästa besök."),
  ], must=["NL102"], why="'Ev. seronegativ RA' after hand/foot X-ray",
  pnr="19690331-7748", born="1969-03-31")

c("lung-ebus-granulom-dd-tuberkulos", "vgr", "v_lung_su", M, "Läkaranteckning",
  ("Lisa Dahl", L), "2024-10-28T14:40:00", 30, OV, [
      ("PAD", "EBUS-TBNA station 7 och 11R: Icke-nekrotiserande epiteloidcellsgranulom. Ingen malignitet."),
      ("Bedömning", "Förenligt med sarkoidos, DD tuberkulos. Mykobakterieodling pågår, svar om 6–8 v."),
  ], must=["NL102"], why="DD tuberculosis vs sarcoidosis after EBUS pathology",
  pnr="19820402-2647", born="1982-04-02")

c("hema-m-komponent-myelom-fraga-utkast", "skane", "s_hema_lund", M, "Läkaranteckning",
  ("Christer Malm", L), "2024-11-04T10:30:00", None, OV, [
      ("Labkommentar", "S-elfores: M-komponent IgG kappa 18 g/L. Kvot fria lätta kedjor 12. Hb 104, kreatinin 98, Ca normalt."),
      ("Bedömning", "Myelom? DD MGUS. Benmärgsprov och lågdos-DT helkropp beställda."),
  ], must=["NL102"], why="unsigned draft: 'Myelom? DD MGUS' after protein electrophoresis",
  pnr="19501024-3391", born="1950-10-24")

c("akut-rtg-hoft-ockult-collumfraktur", "vgr", "v_akut_alingsas", M, "Akutanteckning",
  ("Emma Söderlund", L), "2024-11-09T12:10:00", 40, AK, [
      ("Röntgensvar", "RTG hö höft och bäcken: Ingen säker fraktur. Vid fortsatt klinisk misstanke rekommenderas DT eller MR."),
      ("Bedömning", "Fall i hemmet, kan inte belasta, smärta vid rotation. Ockult collumfraktur kan ej uteslutas, DT höft idag."),
  ], must=["NL102"], why="occult hip fracture 'kan ej uteslutas' despite negative X-ray",
  pnr="19380611-1864", born="1938-06-11")

c("infek-konsultationssvar-ev-neuroborrelios-typo", "skane", "s_infek_hbg", M, "Konsultationssvar",
  ("Rebecka Wahl", L), "2024-08-29T15:20:00", 25, SV, [
      ("Frågeställning", "Perifer facialispares vä sedan 4 d, fästingbett i juni. Neuroborrelios?"),
      ("Konsultationssvar", "Har set pat på neurologavd. Ev. neuroborrelios, lumbalpunktion med borreliaserologi och celler "
                            "rekomenderas innan behandlingsbeslut."),
  ], must=["NL102"], why="consultation answer 'Ev. neuroborrelios'; typos 'set', 'rekomenderas'",
  pnr="19750912-5469", born="1975-09-12")

c("gastro-pad-kolit-i-forsta-hand-uc", "vgr", "v_gastro_su", M, "Läkaranteckning",
  ("Adam Nyberg", L), "2024-11-12T11:45:00", 35, OV, [
      ("PAD", "Biopsier colon ascendens–rektum: Kontinuerligt kraftigt inflammerad slemhinna med kryptabscesser och kryptdistorsion, "
              "ingen dysplasi. Bilden talar för IBD, i första hand ulcerös kolit."),
      ("Bedömning", "Blodiga diarréer 8/dygn. Startar Asacol, ny bedömning om 4 v."),
  ], must=["NL102"], why="pathology reply 'talar för IBD, i första hand ulcerös kolit'",
  pnr="19990208-8773", born="1999-02-08")

c("smarta-remiss-gyn-endometrios-fraga", "skane", "s_smarta_lund", M, "Remiss",
  ("Tove Isaksson", L), "2024-06-20T14:05:00", 20, OV, [
      ("Frågeställning", "Endometrios?"),
      ("Anamnes", "27-årig kvinna med cykliska bäckensmärtor och dyspareuni sedan två år, otillräcklig effekt av NSAID. "
                  "Gynekologiskt UL på vårdcentral utan anmärkning."),
      ("Önskemål", "Önskar bedömning avseende vidare utredning och hormonell behandling."),
  ], must=["NL102"], why="referral letter with 'Frågeställning: Endometrios?'",
  pnr="19970120-4829", born="1997-01-20")

c("psyk-remiss-npu-adhd-fraga", "vgr", "v_psyk_molndal", M, "Remiss",
  ("Kristoffer Alm", L), "2024-03-18T13:25:00", 30, OV, [
      ("Frågeställning", "ADHD? Önskar neuropsykiatrisk utredning."),
      ("Anamnes", "Svårt att slutföra studier, glömmer tider, impulsiv i samtal. Hade särskilt stöd i mellanstadiet enligt mamma."),
  ], must=["NL102"], why="psychiatric referral question 'ADHD?' in VGR Melior",
  pnr="20000625-3496", born="2000-06-25")

c("brost-ul-birads3-sannolikt-fibroadenom", "skane", "s_brost_malmo", M, "Mottagningsanteckning",
  ("Nora Wikström", L), "2024-07-23T10:35:00", 30, OV, [
      ("Röntgensvar", "UL vä bröst: 14 mm välavgränsad oval hypoekogen förändring, parallell med huden. BI-RADS 3, sannolikt fibroadenom."),
      ("Planering", "Kontroll med UL om 6 mån. Pat nöjd med planen."),
  ], must=["NL102"], why="benign but probable diagnosis 'sannolikt fibroadenom' is still a hypothesis",
  pnr="19900411-2406", born="1990-04-11")

c("med-labkommentar-hemolytisk-anemi-misstanks", "skane", "s_med_ystad", M, "Läkaranteckning",
  ("Ola Hermansson", L), "2024-11-18T09:05:00", 20, OV, [
      ("Labkommentar", "Hb 92, retikulocyter 180, LD 640, bilirubin 48, haptoglobin < 0,1."),
      ("Bedömning", "Hemolytisk anemi misstänks. DAT och blodutstryk beställt. Pat uppmanas söka akut vid mörk urin eller yrsel."),
  ], must=["NL102"], why="postposed 'misstänks' after lab results",
  pnr="19840704-6047", born="1984-07-04")

c("akut-dt-aorta-ev-intramuralt-hematom-utkast", "vgr", "v_akut_nu", M, "Akutanteckning",
  ("Jenny Magnusson", L), "2024-11-23T02:40:00", None, AK, [
      ("Röntgensvar", "DT aorta: Halvmåneformad väggförtjockning 8 mm i aorta descendens utan flap. Ev. intramuralt hematom."),
      ("Bedömning", "BT 185/100, ryggsmärta mellan skulderbladen. Labetalolinfusion. Thoraxkirurgjour Sahlgrenska kontaktad."),
  ], must=["NL102"], why="unsigned draft: 'Ev. intramuralt hematom' in CT aorta reply",
  pnr="19550302-1932", born="1955-03-02")

c("hud-teledermatoskopi-bowen-dd-bcc", "skane", "s_hud_hbg", M, "Konsultationssvar",
  ("Lars Mattsson", L), "2024-11-26T14:25:00", 30, OV, [
      ("Konsultationssvar", "Förändring hö tinning: Rodnat fjällande plack 12 mm med glomerulära kärl. "
                            "I första hand Bowens sjukdom, DD ytlig basalcellscancer. Excision rekommenderas."),
  ], must=["NL102"], why="teledermatoscopy answer 'I första hand ..., DD ...'",
  pnr="19480920-4714", born="1948-09-20")

c("neuro-eeg-mojlig-fokal-epilepsi", "vgr", "v_neuro_su", M, "Läkaranteckning",
  ("Sanna Bengtsson", L), "2024-12-02T10:15:00", 45, OV, [
      ("Remissvar", "EEG: Enstaka skarpa vågor temporalt vä under dåsighet, ej säkert epileptiforma."),
      ("Bedömning", "Två episoder med déjà vu och oral automatism. Möjlig fokal epilepsi temporalt vä. "
                    "MR hjärna enligt epilepsiprotokoll, ingen bilkörning tills vidare."),
  ], must=["NL102"], why="'Möjlig fokal epilepsi' after an inconclusive EEG",
  pnr="20020117-6120", born="2002-01-17")

c("hjart-24h-ekg-fragetecken-paroxysmalt-ff", "skane", "s_hjart_ksd", M, "Läkaranteckning",
  ("Agneta Sörensen", L), "2024-12-04T13:40:00", 30, OV, [
      ("Remissvar", "24 h-EKG: Sinusrytm, frekventa SVES, en 40 s episod av oregelbunden smalkomplextakykardi, ?paroxysmalt förmaksflimmer."),
      ("Bedömning", "CHA2DS2-VASc 3. Förlängd rytmregistrering 14 d innan beslut om antikoagulation."),
  ], must=["NL102"], why="'?paroxysmalt förmaksflimmer' in Holter reply",
  pnr="19511113-8565", born="1951-11-13")

c("hud-pad-misstank-mycosis-fungoides-typo", "vgr", "v_hud_su", M, "Läkaranteckning",
  ("Carl Westerlund", L), "2024-12-06T09:35:00", 40, OV, [
      ("PAD", "Hudbiopsi bål: Sparsamt med epidermotropa atypiska lymfocyter. Misstänk tidig mycosis fungoides, T-cellsklonalitet inväntas."),
      ("Planering", "Nya biopsier från två lokaler. Ljusbehandling avvaktas."),
  ], must=["NL102"], why="pathology reply 'Misstänk' (typo) mycosis fungoides",
  pnr="19640405-2174", born="1964-04-05")

c("lung-hrct-mojlig-idiopatisk-lungfibros", "skane", "s_lung_hbg", M, "Läkaranteckning",
  ("Bengt Olofsson", L), "2024-12-09T11:10:00", 25, OV, [
      ("Röntgensvar", "HRCT: Subpleurala retikulära förändringar basalt bilat med traktionsbronkiektasier, ingen säker honeycombing."),
      ("Bedömning", "Möjlig idiopatisk lungfibros. Diskuteras på ILD-konferens i januari."),
  ], must=["NL102"], why="'Möjlig idiopatisk lungfibros' after HRCT",
  pnr="19450222-5271", born="1945-02-22")

c("med-labkommentar-sanolikt-tyreoidit-typo", "vgr", "v_med_alingsas", M, "Läkaranteckning",
  ("Moa Lindqvist", L), "2024-09-26T10:55:00", 30, OV, [
      ("Labkommentar", "TSH < 0,01, fritt T4 38. TRAK negativ."),
      ("Bedömning", "Tyreotoxikos, sanolikt tyreoidit efter förlossningen i mars. Scintigrafi bokas, propranolol vid behov."),
  ], must=["NL102"], why="settled thyrotoxicosis, cause hedged with typo 'sanolikt'",
  pnr="19771005-5380", born="1977-10-05")

c("barnorto-ul-hofter-mojlig-dysplasi", "skane", "s_barnorto_lund", M, "Läkaranteckning",
  ("Anna Lövgren", L), "2024-01-16T10:40:00", 30, OV, [
      ("Röntgensvar", "UL höfter: Alfavinkel 48° vä, Graf typ IIc. Hö höft normal."),
      ("Bedömning", "Möjlig höftledsdysplasi vä. Ny UL om 4 v, föräldrarna informerade."),
  ], must=["NL102"], why="infant (guardians read): 'Möjlig höftledsdysplasi' after hip ultrasound",
  pnr="20230812-3146", born="2023-08-12")

c("med-konsultationsremiss-tuberkulos-pleurit-dd", "vgr", "v_med_uddevalla", M, "Konsultationsremiss",
  ("Viktoria Nilsson", L), "2024-02-26T11:20:00", 30, SV, [
      ("Frågeställning", "Pleuravätska vä med lymfocytdominans och högt ADA. Önskar bedömning avseende tuberkulös pleurit, DD malignitet."),
      ("Anamnes", "Inlagd med feber och viktnedgång 6 kg. Pleuratappning 1,2 L i går, odling pågår."),
  ], must=["NL102"], why="consultation request naming a diagnosis with 'DD' as the question",
  pnr="19880214-1781", born="1988-02-14")

c("akut-dt-hjarna-sah-kan-inte-helt-uteslutas", "skane", "s_akut_malmo", M, "Akutanteckning",
  ("Philip Åkesson", L), "2024-02-03T01:55:00", 45, AK, [
      ("Aktuellt", "Åskknallshuvudvärk vid träning för 9 h sedan, nu avklingande. Ingen fokalneurologi."),
      ("Röntgensvar", "DT hjärna: Ingen säker blödning, men undersökningen är gjord mer än 6 h efter debut."),
      ("Bedömning", "SAH kan inte helt uteslutas. Lumbalpunktion 12 h efter debut, spektrofotometri."),
  ], must=["NL102"], why="'SAH kan inte helt uteslutas' despite negative CT",
  pnr="19910527-4477", born="1991-05-27")

c("uro-dt-urografi-i-forsta-hand-njurcancer", "vgr", "v_uro_su", M, "Läkaranteckning",
  ("Joakim Hellström", L), "2024-03-06T14:30:00", 30, OV, [
      ("Röntgensvar", "DT urografi: 4 cm kontrastladdande solid förändring i hö njurens nedre pol, i första hand njurcancer. "
                      "Ingen trombos i njurvenen. Inga förstorade körtlar."),
      ("Bedömning", "Tas upp på urologisk MDK. Partiell nefrektomi diskuteras."),
  ], must=["NL102"], why="'i första hand njurcancer' in CT urography reply",
  pnr="19631208-9052", born="1963-12-08")

# ==========================================================================
# NL102 MUST_NOT: PMO notes (diagnoses are never shown from PMO)
# ==========================================================================

c("pmo-vc-rtg-pulm-trolig-pneumoni", "skane", "p_linero", P, "Besöksanteckning",
  ("Karl Sundqvist", L), "2024-01-10T10:15:00", 25, OV, [
      ("Röntgensvar", "RTG pulm: Infiltrat i hö underlob, talar för pneumoni. Ingen pleuravätska. Hjärtstorlek normal."),
      ("Bedömning", "Trolig samhällsförvärvad pneumoni, CRB-65 1. PcV 1 g x 3 i 7 d, återbesök med CRP om 2 v."),
  ], must_not=["NL102"], why="PMO note: hedged pneumonia is never shown, so NL102 must stay silent",
  pnr="19520306-7813", born="1952-03-06")

c("pmo-vc-remiss-ul-dvt-fraga", "skane", "p_kirseberg", P, "Remiss",
  ("Leila Karimi", L), "2024-02-12T11:40:00", 15, OV, [
      ("Frågeställning", "DVT vä underben?"),
      ("Anamnes", "Svullet ömt vä underben sedan 5 d efter långflygning. Wells 2, D-dimer 1,2."),
      ("Önskemål", "Önskar bedömning avseende UL samma dag. Fragmin given på vårdcentralen."),
  ], must_not=["NL102"], why="PMO referral with 'DVT?' question: not visible as diagnosis",
  pnr="19630918-4668", born="1963-09-18")

c("pmo-vc-labkommentar-missankt-hypotyreos-typo", "skane", "p_hoor", P, "Besöksanteckning",
  ("Gunilla Rask", L), "2024-03-20T09:10:00", 20, OV, [
      ("Labkommentar", "TSH 9,8, fritt T4 11. TPO-antikroppar förhöjda."),
      ("Bedömning", "Missänkt begynnande hypotyreos, Hashimoto? Ny kontroll om 6 v innan ställningstagande till Levaxin."),
  ], must_not=["NL102"], why="PMO: hedged hypothyroidism with typo 'Missänkt'",
  pnr="19800127-1041", born="1980-01-27")

c("pmo-bvc-ul-hofter-ev-dysplasi", "skane", "p_bvc_ystad", P, "BVC-anteckning",
  ("Marie Thulin", "sjuksköterska"), "2024-02-06T13:30:00", 30, OV, [
      ("Aktuellt", "4-månaderskontroll. Mamma berättar att UL av höfterna gjorts på barnortopeden i januari."),
      ("Remissvar", "UL höfter: Vä höft Graf IIa, ev. lätt dysplasi, kontroll om 6 v."),
      ("Åtgärd", "Vikt och längd följer kurvan. Nästa BVC-besök vid 5 mån."),
  ], must_not=["NL102"], why="PMO BVC note (guardian reads) with 'ev. lätt dysplasi': PMO never shows diagnoses",
  pnr="20231005-2952", born="2023-10-05")

c("pmo-vc-teledermatoskopi-misstankt-bcc", "skane", "p_sjobo", P, "Besöksanteckning",
  ("Mikael Bengtsson", L), "2024-04-09T14:20:00", 30, OV, [
      ("Konsultationssvar", "Teledermatoskopi hö kind: Pärlemorglänsande papel 7 mm med arboriserande kärl. "
                            "Misstänkt basalcellscancer, DD intradermalt nevus. Excision på vårdcentral med 3 mm marginal."),
      ("Planering", "Excision bokad om 3 v."),
  ], must_not=["NL102"], why="PMO: suspected basal cell carcinoma from dermatology answer",
  pnr="19460713-5516", born="1946-07-13")

c("pmo-vc-dt-hjarna-trolig-alzheimer", "skane", "p_staffanstorp", P, "Besöksanteckning",
  ("Birgitta Håkansson", L), "2024-05-14T10:45:00", 40, OV, [
      ("Röntgensvar", "DT hjärna: Måttlig central och kortikal atrofi, accentuerad temporalt bilat. Lätta vitsubstansförändringar."),
      ("Bedömning", "MMSE 22, klocktest patologiskt. Trolig Alzheimers sjukdom, DD blanddemens. Remiss minnesmottagningen."),
  ], must_not=["NL102"], why="PMO memory work-up: probable dementia diagnosis not visible",
  pnr="19411206-3286", born="1941-12-06")

c("pmo-um-misstankt-klamydia-utkast", "skane", "p_um_ksd", P, "Barnmorskeanteckning",
  ("Jessica Ahlström", "barnmorska"), "2024-06-25T15:15:00", None, OV, [
      ("Aktuellt", "Ökad flytning och sveda sedan en vecka. Ny partner sedan en månad."),
      ("Bedömning", "Misstänkt klamydia. Klamydia/gonorré-PCR taget, svar via 1177 om 5–7 d. Partnern rekommenderas att testa sig."),
  ], must_not=["NL102"], why="unsigned PMO draft at youth clinic (patient 19): hedged chlamydia",
  pnr="20050110-4244", born="2005-01-10")

c("pmo-hemsjukvard-mojlig-urosepsis", "skane", "p_hsv_anderslov", P, "Hemsjukvårdsanteckning",
  ("Ronja Nilsson", "sjuksköterska"), "2024-07-30T18:30:00", 20, "hemsjukvård", [
      ("Aktuellt", "Uppringd av hemtjänsten, pat förvirrad sedan igår. Temp 38,6, puls 104."),
      ("Bedömning", "U-sticka nitrit pos, leukocyter 3+. Möjlig urosepsis. Kontakt med jourläkare, ambulans beställd till akuten."),
  ], must_not=["NL102"], why="PMO home care: 'Möjlig urosepsis' not shown",
  pnr="19350402-6398", born="1935-04-02")

c("pmo-vc-ekg-forsmaksfimmer-typo", "skane", "p_horby", P, "Besöksanteckning",
  ("Sven Larsson", L), "2024-08-07T08:55:00", 25, OV, [
      ("Remissvar", "EKG: Oregelbunden rytm utan p-vågor, kammarfrekvens 112. ?Förmaksfimmer."),
      ("Bedömning", "Hjärtklappning i 2 d. Långtids-EKG bokas, metoprolol insatt."),
  ], must_not=["NL102"], why="PMO ECG reply '?Förmaksfimmer' (typo) stays hidden",
  pnr="19561019-2733", born="1956-10-19")

# ==========================================================================
# NL102 MUST_NOT: hypothesis kept in Tidiga hypoteser (hidden)
# Skåne protects by template, VGR by sökord.
# ==========================================================================

c("mall-tidiga-hypoteser-pankreascancer-ej-informerad", "skane", "s_kir_malmo", M, "Tidiga hypoteser",
  ("Martin Hansson", L), "2024-04-18T16:10:00", 20, OV, [
      ("Bedömning", "DT talar för pankreascancer med levermetastaser. Pat ännu ej informerad, besked ges vid återbesök 24/4 "
                    "tillsammans med dottern. Flyttas till synlig journaltext efter beskedet."),
  ], must_not=["NL101", "NL102"],
  why="Skåne template Tidiga hypoteser is hidden: neither the hypothesis nor the uninformed diagnosis is visible",
  pnr="19490314-5151", born="1949-03-14")

c("sokord-tidiga-hypoteser-misstankt-myelom", "vgr", "v_med_lidkoping", M, "Läkaranteckning",
  ("Irene Kullberg", L), "2024-05-27T13:50:00", 35, OV, [
      ("Aktuellt", "Ryggvärk och trötthet sedan tre mån. Hb 98, kreatinin 134, Ca 2,71."),
      ("Tidiga hypoteser", "M-komponent IgA lambda, misstänkt myelom. Avvaktar benmärgen innan detta tas upp med pat."),
      ("Planering", "Benmärgsprov och lågdos-DT skelett bokas. Återbesök om 2 v."),
  ], must_not=["NL101", "NL102"], why="VGR: hypothesis only under sökord Tidiga hypoteser; visible sections hold none",
  pnr="19520908-1685", born="1952-09-08")

c("mall-tidiga-hypoteser-huntington-mojlig", "skane", "s_neuro_lund", M, "Tidiga hypoteser",
  ("Katarina Stenberg", L), "2024-06-11T11:25:00", 30, OV, [
      ("Bedömning", "Koreatiska rörelser och personlighetsförändring; fadern avled ung i oklar neurologisk sjukdom. "
                    "Huntingtons sjukdom möjlig. Gentest inte aktuellt förrän genetisk vägledning erbjudits."),
  ], must_not=["NL102"], why="Skåne Tidiga hypoteser template: hedged Huntington kept hidden",
  pnr="19790221-4738", born="1979-02-21")

c("sokord-tidiga-hypoteser-dd-ftd-utkast", "vgr", "v_minne_molndal", M, "Läkaranteckning",
  ("Göran Palm", L), "2024-07-04T14:35:00", None, OV, [
      ("Aktuellt", "Kommer med hustrun. Neuropsykologisk testning genomförd, pat trött efteråt."),
      ("Tidiga hypoteser", "Testprofil med exekutiv svikt och relativt bevarat minne, DD frontotemporal demens. "
                           "Diskuteras med pat när SPECT är klart."),
      ("Planering", "SPECT hjärna och lumbalpunktion bokas."),
  ], must_not=["NL102"], why="unsigned VGR draft: DD only under sökord Tidiga hypoteser",
  pnr="19590607-8513", born="1959-06-07")

c("sokord-tidiga-hypoteser-synlig-del-utan-diagnos", "vgr", "v_onk_su", M, "Läkaranteckning",
  ("Petra Gunnarsson", L), "2024-09-30T15:05:00", 25, OV, [
      ("Bedömning", "Patienten är ännu inte informerad om DT-svaret. Besök med kontaktsjuksköterska bokat 3/10."),
      ("Tidiga hypoteser", "DT thorax: nytillkomna lungnoduli bilat, misstänkta metastaser från tidigare opererad njurcancer."),
  ], must_not=["NL101", "NL102"],
  why="VGR: 'not informed' in visible text but the diagnosis sits only under Tidiga hypoteser",
  pnr="19620714-3923", born="1962-07-14")

# ==========================================================================
# NL102 MUST_NOT: negated / ruled out (also a referral question answered no)
# ==========================================================================

c("akut-dt-lungartarer-lungemboli-utesluten", "skane", "s_akut_malmo", M, "Akutanteckning",
  ("Simon Roos", L), "2024-01-24T20:45:00", 35, AK, [
      ("Frågeställning", "Lungemboli?"),
      ("Röntgensvar", "DT lungartärer: Välfyllda lungartärer ned till subsegmentell nivå utan fyllnadsdefekter. Lungparenkym u.a."),
      ("Bedömning", "Lungemboli utesluten. Bröstsmärtan bedöms muskuloskeletal. Hem, paracetamol vid behov."),
  ], must_not=["NL102"], why="question 'Lungemboli?' answered negatively in the same note",
  pnr="19880709-2567", born="1988-07-09")

c("brost-mammografi-birads1-inga-hallpunkter", "skane", "s_brost_malmo", M, "Mottagningsanteckning",
  ("Camilla Brandt", L), "2024-02-19T09:55:00", 25, OV, [
      ("Frågeställning", "Knölkänsla hö bröst, malignitet?"),
      ("Röntgensvar", "Mammografi + riktat UL hö bröst: Normal körtelvävnad i palpationsområdet. BI-RADS 1. Inga hållpunkter för malignitet."),
      ("Bedömning", "Lugnande besked. Fortsatt screening enligt programmet."),
  ], must_not=["NL102"], why="BI-RADS 1 'Inga hållpunkter för malignitet' answers the referral question",
  pnr="19741128-6003", born="1974-11-28")

c("neuro-mr-inga-hallpunketr-ms-typo", "vgr", "v_neuro_su", M, "Läkaranteckning",
  ("Rasmus Jonsson", L), "2024-03-13T10:40:00", 40, OV, [
      ("Frågeställning", "MS? Domningar vä arm i 3 v, nu på väg att gå över."),
      ("Röntgensvar", "MR hjärna och halsrygg med kontrast: Inga demyeliniserande förändringar, ingen patologisk kontrastuppladdning."),
      ("Bedömning", "Inga hållpunketr för MS. Domningarna bedöms som ulnarisretning vid armbågen, ingen uppföljning på neurologen."),
  ], must_not=["NL102"], why="'MS?' answered with 'Inga hållpunketr för MS' (typo) in the same note",
  pnr="19910316-5289", born="1991-03-16")

c("endoskopi-pad-tubulart-adenom-ingen-malignitet", "skane", "s_endo_malmo", M, "Läkaranteckning",
  ("Patrik Öberg", L), "2024-04-03T13:15:00", 20, OV, [
      ("PAD", "Polyp sigmoideum 12 mm: Tubulärt adenom med låggradig dysplasi, radikalt avlägsnat. Ingen malignitet."),
      ("Planering", "Ny koloskopi om 3 år enligt nationellt vårdprogram. Brev med svaret skickat till pat."),
  ], must_not=["NL102"], why="settled benign pathology + negated malignancy",
  pnr="19610422-8397", born="1961-04-22")

c("kardio-tee-inga-tecken-pa-endokardit", "vgr", "v_kardio_su", M, "Konsultationssvar",
  ("Ingrid Sjöström", L), "2024-04-16T12:30:00", 30, SV, [
      ("Frågeställning", "S. aureus-bakteriemi. Endokardit?"),
      ("Konsultationssvar", "TEE: Inga vegetationer, ingen klaffabscess, lätt mitralisinsufficiens. Inga tecken på endokardit. "
                            "Ny TEE behövs inte om pat blir feberfri på behandlingen."),
  ], must_not=["NL102"], why="consultation question 'Endokardit?' answered 'Inga tecken på endokardit'",
  pnr="19700219-1794", born="1970-02-19")

c("uro-cystoskopi-blastumor-utesluten-typo", "skane", "s_uro_ksd", M, "Läkaranteckning",
  ("Yvonne Carlsson", L), "2024-05-07T10:05:00", 25, OV, [
      ("Frågeställning", "Mikroskopisk hematuri, blåstumör?"),
      ("Undersökning", "Cystoskopi: Normal blåsslemhinna, ingen tumör, inga konkrement. Normala uretärmynnigar."),
      ("Bedömning", "Blåstumör utesluten. DT urografi från mars utan anmärkning. Avslutas hos oss."),
  ], must_not=["NL102"], why="'blåstumör?' answered negatively after cystoscopy; typo 'uretärmynnigar'",
  pnr="19670828-3608", born="1967-08-28")

c("barn-ul-buk-utan-tecken-pa-appendicit", "vgr", "v_barnakut_dsbus", M, "Akutanteckning",
  ("Hugo Lindberg", L), "2024-05-20T18:25:00", 40, AK, [
      ("Röntgensvar", "UL buk: Appendix visualiseras i hela sin längd, 4 mm, komprimerbar. Utan tecken på appendicit. "
                      "Några förstorade mesenteriella lgl."),
      ("Bedömning", "Mesenteriell lymfadenit, appendicit är inte aktuellt. Hem med smärtlindring, pappa informerad."),
  ], must_not=["NL102"], why="child: 'Utan tecken på appendicit' on ultrasound",
  pnr="20150419-1220", born="2015-04-19")

c("gastro-labkommentar-celiaki-uteslutet", "skane", "s_gastro_ksd", M, "Läkaranteckning",
  ("Sara Widell", L), "2024-06-04T09:25:00", 20, OV, [
      ("Labkommentar", "Transglutaminas-IgA < 1, total-IgA normalt. Celiaki uteslutet serologiskt."),
      ("Bedömning", "Besvären bedöms som IBS. Lågfodmapkost, remiss dietist."),
  ], must_not=["NL102"], why="lab comment: celiac disease ruled out",
  pnr="19950303-3848", born="1995-03-03")

c("mdk-lunga-ingen-misstanke-malignitet-utkast", "skane", "s_lung_ksd", M, "MDK-anteckning",
  ("Lennart Holmberg", L), "2024-06-13T14:45:00", None, OV, [
      ("Konferens", "Lungkonferens: Nodul 9 mm hö överlob, solid, jämn kontur, oförändrad sedan DT för två år sedan."),
      ("Bedömning", "Ingen misstanke om malignitet. Avslutas ur standardiserat vårdförlopp, ingen ytterligare kontroll."),
  ], must_not=["NL102"], why="unsigned MDK draft: 'Ingen misstanke om malignitet'",
  pnr="19600531-4064", born="1960-05-31")

c("hud-dermatoskopi-inget-som-talar-for-melanom", "vgr", "v_hud_nu", M, "Konsultationssvar",
  ("Matilda Åström", L), "2024-07-09T11:35:00", 25, OV, [
      ("Frågeställning", "Förändrat pigmenterat märke vä skuldra. Melanom?"),
      ("Konsultationssvar", "Dermatoskopi: Symmetriskt retikulärt nätverk, jämn pigmentering, inga regressionsstrukturer. "
                            "Benignt junktionsnevus, inget som talar för melanom. Ingen åtgärd."),
  ], must_not=["NL102"], why="'inget som talar för melanom' answers 'Melanom?' negatively",
  pnr="19881207-5466", born="1988-12-07")

c("med-lungrontgen-pneumoni-kan-uteslutas", "vgr", "v_med_kungalv", M, "Läkaranteckning",
  ("Axel Berglund", L), "2024-08-14T13:55:00", 30, OV, [
      ("Röntgensvar", "Lungröntgen: Inga infiltrat, ingen pleuravätska, normal hjärtstorlek."),
      ("Bedömning", "Pneumoni kan uteslutas. Postinfektiös hosta efter förkylning för 3 v sedan, ingen antibiotika."),
  ], must_not=["NL102"], why="'kan uteslutas' (not 'kan ej uteslutas'): ruled out",
  pnr="19590810-2444", born="1959-08-10")

c("reuma-konsultationssvar-inga-hallpunkter-sle", "skane", "s_reuma_malmo", M, "Konsultationssvar",
  ("Jenny Qvist", L), "2024-09-04T10:50:00", 30, OV, [
      ("Frågeställning", "Ledvärk och positiv ANA 1:160. SLE?"),
      ("Konsultationssvar", "Inga artriter, inga hudutslag, normalt blodstatus och urinsticka. Anti-dsDNA negativ. "
                            "Inga hållpunkter för SLE eller annan systemisk bindvävssjukdom. Ingen uppföljning hos oss."),
  ], must_not=["NL102"], why="consultation question 'SLE?' answered with 'Inga hållpunkter för SLE'",
  pnr="19830612-7286", born="1983-06-12")

c("akut-dt-aorta-ingen-dissektion", "vgr", "v_akut_kungalv", M, "Akutanteckning",
  ("Elias Forsman", L), "2024-10-11T04:15:00", 50, AK, [
      ("Frågeställning", "Aortadissektion?"),
      ("Röntgensvar", "DT aorta: Normal aortadiameter, ingen dissektion, inget intramuralt hematom."),
      ("Bedömning", "Dissektion avfärdad. Troponin normalt x2. Hem, uppföljning på vårdcentral."),
  ], must_not=["NL102"], why="'Aortadissektion?' ruled out by CT in the same note",
  pnr="19620925-2821", born="1962-09-25")

c("akut-ul-vener-ingen-dvt", "skane", "s_akut_malmo", M, "Akutanteckning",
  ("Therese Ivarsson", L), "2024-11-06T16:35:00", 30, AK, [
      ("Frågeställning", "DVT hö ben?"),
      ("Röntgensvar", "UL vener hö ben: Fullt komprimerbara vener från ljumske till fotled, normalt flöde. Ingen DVT."),
      ("Bedömning", "Vadsmärta efter löpning, bedöms som muskelbristning i mediala gastrocnemius. Ingen antikoagulation."),
  ], must_not=["NL102"], why="'DVT hö ben?' answered 'Ingen DVT' by ultrasound",
  pnr="19770130-6552", born="1977-01-30")

# ==========================================================================
# NL102 MUST_NOT: settled / confirmed diagnoses (some also NL101 must_not)
# ==========================================================================

c("brost-pad-bekraftad-informerad", "skane", "s_brost_malmo", M, "Läkaranteckning",
  ("Lena Ohlin", L), "2024-05-21T10:30:00", 45, OV, [
      ("PAD", "Mellannålsbiopsi vä bröst: Invasiv cancer av icke-specifik typ, NHG 2. ER 90 %, PR 60 %, HER2 negativ, Ki-67 18 %."),
      ("Information", "Pat informerad om diagnosen bröstcancer vid dagens besök tillsammans med maken. "
                      "Kontaktsjuksköterska närvarande, skriftlig information given."),
      ("Planering", "Sektorresektion och sentinel node v. 22."),
  ], must_not=["NL101", "NL102"], why="confirmed breast cancer, patient told today: neither rule",
  pnr="19650916-4221", born="1965-09-16")

c("uro-pad-prostatacancer-besked-givet", "vgr", "v_uro_nu", M, "Läkaranteckning",
  ("Fredrik Lund", L), "2024-06-18T14:15:00", 35, OV, [
      ("PAD", "Riktade biopsier: Adenokarcinom Gleason 3+4=7 (ISUP 2) i 4 av 12 kolvar, max 6 mm cancer."),
      ("Bedömning", "Prostatacancer, intermediär risk. Besked givet till pat och hustrun i dag, de fick ställa frågor. "
                    "Behandlingsalternativen tas upp på MDK."),
  ], must_not=["NL101", "NL102"], why="confirmed prostate cancer, news given: neither rule",
  pnr="19510429-9358", born="1951-04-29")

c("lung-pad-skivepitelcancer-informerad", "skane", "s_lung_lund", M, "Läkaranteckning",
  ("Henrik Bergqvist", L), "2024-04-29T11:20:00", 40, OV, [
      ("PAD", "Bronkoskopiska biopsier hö huvudbronk: Skivepitelcancer, PD-L1 60 %."),
      ("Information", "Pat fick beskedet per telefon i går och på egen begäran en gång till vid besöket idag, med sonen."),
      ("Planering", "Tas upp på lungkonferensen 2/5 för behandlingsrekommendation."),
  ], must_not=["NL101", "NL102"], why="confirmed lung cancer already communicated to the patient",
  pnr="19480604-1515", born="1948-06-04")

c("gyn-pad-endometriecancer-informerad", "vgr", "v_kvinno_ostra", M, "Läkaranteckning",
  ("Sofie Lagerlöf", L), "2024-07-17T09:45:00", 30, OV, [
      ("PAD", "Endometriebiopsi: Endometrioid adenokarcinom grad 1."),
      ("Information", "Pat informerad om att proverna visar livmoderkroppscancer. Hon tog beskedet lugnt och ville ha skriftlig info."),
      ("Planering", "DT thorax-buk och MR lilla bäckenet före MDK."),
  ], must_not=["NL101", "NL102"], why="confirmed endometrial cancer, patient informed",
  pnr="19540123-3001", born="1954-01-23")

c("mdk-rektalcancer-rekommendation", "skane", "s_kolorekt_malmo", M, "MDK-anteckning",
  ("Mats Hedin", L), "2024-09-17T15:20:00", 60, OV, [
      ("Konferens", "Kolorektal MDK 2024-09-17."),
      ("Underlag", "Rektalcancer 8 cm från anus, PAD-verifierat adenokarcinom. MR: cT3b N1, MRF fri, EMVI negativ. "
                   "DT thorax-buk utan fjärrmetastaser."),
      ("Rekommendation", "Kortidsstrålning 5 × 5 Gy följt av TME-kirurgi."),
  ], must_not=["NL102"], why="MDK note with a fully staged, pathology-verified diagnosis",
  pnr="19631117-5795", born="1963-11-17")

c("neuro-ms-faststalld-mcdonald", "vgr", "v_neuro_nu", M, "Läkaranteckning",
  ("Karolina Vik", L), "2024-10-23T13:10:00", 40, OV, [
      ("Remissvar", "MR hjärna: Nytillkomna periventrikulära och juxtakortikala lesioner jämfört med MR i maj, en kontrastladdande."),
      ("Bedömning", "Diagnosen MS är därmed fastställd enligt McDonald 2017. Pat informerad i dag, sjuksköterska ringer om behandlingsstart."),
  ], must_not=["NL102"], why="MS settled by follow-up MR (dissemination in time)",
  pnr="19960808-6725", born="1996-08-08")

# ==========================================================================
# NL102 MUST_NOT: past history, relatives' (hedged) diagnoses
# ==========================================================================

c("remiss-onkogenetik-mor-misstankt-aggstockscancer", "skane", "s_onkgen_lund", M, "Remiss",
  ("Annika Borg", L), "2024-03-05T10:00:00", 20, OV, [
      ("Hereditet", "Mor avled 58 år, misstänkt äggstockscancer som aldrig utreddes. Moster behandlad för bröstcancer vid 44 års ålder."),
      ("Anamnes", "Frisk. Mammografi i februari utan anmärkning."),
      ("Önskemål", "Önskar bedömning avseende genetisk vägledning och ev. kontrollprogram."),
  ], must_not=["NL102"], why="the hedged diagnosis belongs to the mother, not the patient",
  pnr="19840506-2863", born="1984-05-06")

c("lung-tidigare-misstankt-lungemboli-avskriven", "vgr", "v_lung_nu", M, "Läkaranteckning",
  ("Tobias Ekman", L), "2024-04-08T09:30:00", 25, OV, [
      ("Anamnes", "Utreddes 2019 för misstänkt lungemboli, som avskrevs efter normal DT. Astma sedan barndomen."),
      ("Remissvar", "Spirometri: Reversibel obstruktion, FEV1 +18 % efter bronkdilatation."),
      ("Bedömning", "Astma med otillräcklig kontroll. Höjer Symbicort till 2 inh x 2."),
  ], must_not=["NL102"], why="past suspicion that was ruled out in 2019; current diagnosis settled",
  pnr="19750319-7100", born="1975-03-19")

c("neuro-datscan-far-trolig-parkisons-typo-utkast", "skane", "s_neuro_lund", M, "Läkaranteckning",
  ("Olof Granath", L), "2024-05-29T15:40:00", None, OV, [
      ("Hereditet", "Far hade trolig Parkisons sjukdom, aldrig utredd."),
      ("Remissvar", "DaTSCAN: Normalt och symmetriskt upptag i striatum bilat."),
      ("Bedömning", "Inga hållpunkter för parkinsonism. Tremorn bedöms som essentiell tremor, propranolol provas."),
  ], must_not=["NL102"], why="unsigned draft: father's probable Parkinson (typo 'Parkisons'); patient's own ruled out",
  pnr="19581214-3245", born="1958-12-14")

c("hema-tidigare-hodgkin-komplett-remission", "skane", "s_hema_malmo", M, "Läkaranteckning",
  ("Jakob Persson", L), "2024-08-21T14:00:00", 30, OV, [
      ("Anamnes", "Hodgkins lymfom stadium IIA 2018, behandlad med ABVD, komplett remission sedan dess."),
      ("Röntgensvar", "PET-DT: Inget patologiskt FDG-upptag."),
      ("Bedömning", "Fortsatt komplett remission. Avslutas från hematologisk uppföljning, sena effekter-mottagningen enligt program."),
  ], must_not=["NL102"], why="past, treated diagnosis with a normal follow-up PET",
  pnr="19920131-1041", born="1992-01-31")

c("neuro-tonaren-misstankt-epilepsi-avskrevs", "vgr", "v_neuro_su", M, "Läkaranteckning",
  ("Malin Grahn", L), "2024-09-19T10:35:00", 30, OV, [
      ("Anamnes", "Utreddes i tonåren för misstänkt epilepsi, avskrevs. Nu migrän med aura 2–3 ggr/mån."),
      ("Remissvar", "MR hjärna: Normala fynd."),
      ("Bedömning", "Migrän med aura. Profylax med kandesartan, rizatriptan vid anfall."),
  ], must_not=["NL102"], why="old suspicion from the teenage years, since dismissed",
  pnr="19861023-1337", born="1986-10-23")

c("kardio-morbror-ev-marfan-normalt-eko", "skane", "s_kardio_lkr", M, "Läkaranteckning",
  ("Tomas Ljung", L), "2024-10-30T11:00:00", 25, OV, [
      ("Hereditet", "Morbror ev. Marfans syndrom, dog plötsligt 41 år."),
      ("Remissvar", "Ekokardiografi: Aortarot 32 mm, normal aorta ascendens, normala klaffar. Normal systolisk funktion."),
      ("Bedömning", "Normala fynd, inget stöd för bindvävssjukdom. Genetisk vägledning erbjuds via klinisk genetik."),
  ], must_not=["NL102"], why="'ev.' applies to the uncle's diagnosis; patient's echo normal",
  pnr="20020419-8998", born="2002-04-19")

# ==========================================================================
# NL102 MUST_NOT: hedges about something that is not a diagnosis
# ==========================================================================

c("orto-radiusfraktur-ev-kontroll-rtg-typo", "skane", "s_orto_ystad", M, "Mottagningsanteckning",
  ("Jonas Wiberg", L), "2024-01-22T13:45:00", 30, OV, [
      ("Röntgensvar", "RTG vä handled: Distal radiusfraktur med lätt dorsal vinkling, 10°, ingen ledytepåverkan."),
      ("Bedömning", "Distal radiusfraktur, konservativ beh. Dorsal gipskena 4 v. Ev. kontroll-RTG efter en vecka om smärtan ökar."),
  ], must_not=["NL102"], why="'Ev.' hedges a follow-up X-ray, not the (settled) fracture; typo 'gipskena'",
  pnr="19551205-7687", born="1955-12-05")

c("kirurg-dt-buk-trolig-rorelseartefakt", "vgr", "v_kir_kungalv", M, "Läkaranteckning",
  ("Niklas Rehn", L), "2024-02-27T10:20:00", 30, OV, [
      ("Röntgensvar", "DT buk: Bedömningen något begränsad av trolig rörelseartefakt i övre buken. "
                      "Inga förstorade lgl, ingen fri vätska. Normal lever, pankreas och njurar."),
      ("Bedömning", "Ingen förklaring till buksmärtorna på DT. Gastroskopi bokas."),
  ], must_not=["NL102"], why="'trolig' hedges an image artefact, not a diagnosis",
  pnr="19680302-5714", born="1968-03-02")

c("handkir-remiss-troligen-fel-mottagning", "skane", "s_handkir_malmo", M, "Läkaranteckning",
  ("Louise Ferm", L), "2024-03-25T09:00:00", 20, OV, [
      ("Remissbedömning", "Remiss från vårdcentral avseende karpaltunnelsyndrom hö, ENeG visar måttlig medianusneuropati i karpaltunneln. "
                          "Remissen har troligen skickats hit i stället för till ortopeden i Ystad enligt upptagningsområde, men tas om hand här."),
      ("Åtgärd", "Planeras för karpaltunnelklyvning i lokalbedövning, väntetid ca 3 mån."),
  ], must_not=["NL102"], why="'troligen' hedges where the referral was sent; diagnosis confirmed by ENeG",
  pnr="19790809-2203", born="1979-08-09")

c("kirurg-ljumskbrack-eventuellt-vanta-med-op-utkast", "skane", "s_kir_trbg", M, "Mottagningsanteckning",
  ("Pontus Wendel", L), "2024-06-27T11:50:00", None, OV, [
      ("Röntgensvar", "UL hö ljumske: Indirekt ljumskbråck med tarminnehåll vid krystning."),
      ("Bedömning", "Ljumskbråck hö, symtomgivande. Pat vill eventuellt vänta med operation till efter semestern och hör av sig. "
                    "Informerad om symtom på inklämning."),
  ], must_not=["NL102"], why="unsigned draft: 'eventuellt' hedges timing of surgery, not the hernia",
  pnr="19490705-6875", born="1949-07-05")

c("mdk-prostata-mojligen-studie", "skane", "s_onk_lund", M, "MDK-anteckning",
  ("Hanna Rydberg", L), "2024-07-02T15:00:00", 60, OV, [
      ("Konferens", "Urologisk MDK: Metastaserad prostatacancer, skelettmetastaser verifierade på scintigrafi och MR, PSA 240."),
      ("Rekommendation", "Hormonbehandling med GnRH-analog och ARPI. Pat kan möjligen erbjudas att delta i pågående läkemedelsstudie, "
                         "forskningssköterska kontaktas."),
  ], must_not=["NL102"], why="'möjligen' hedges study participation; diagnosis verified",
  pnr="19550127-4152", born="1955-01-27")

c("med-lab-misstankt-provforvaxling", "vgr", "v_med_boras", M, "Läkaranteckning",
  ("Ebba Sjögren", L), "2024-08-01T08:40:00", 25, SV, [
      ("Labkommentar", "Hb 78 i går mot 131 i dag, inga blödningstecken och stabila vitalparametrar. "
                       "Misstänkt förväxling av provrör på avdelningen, avvikelse skriven."),
      ("Bedömning", "Inget transfusionsbehov. Ny kontroll av Hb i morgon bitti."),
  ], must_not=["NL102"], why="'Misstänkt' concerns a sample mix-up, not a diagnosis",
  pnr="19730611-3577", born="1973-06-11")

c("medavd-konsultationsremiss-pacemaker-mr-fraga", "skane", "s_medavd_lund", M, "Konsultationsremiss",
  ("Sebastian Kraft", L), "2024-10-08T13:05:00", 20, SV, [
      ("Frågeställning", "Är pacemakern MR-villkorad, och kan MR ländrygg göras under vårdtiden?"),
      ("Anamnes", "Lumbal spinal stenos L4–L5 diagnostiserad på DT 2022, nu tilltagande claudicatio. Pacemaker sedan 2017 pga AV-block III."),
  ], must_not=["NL102"], why="the question concerns device compatibility, not a diagnosis",
  pnr="19470302-9571", born="1947-03-02")

# ==========================================================================
# NL101 MUST: affirmed diagnosis visible while the patient is not yet told
# (NL102 must_not: the diagnosis is settled)
# ==========================================================================

c("hud-pad-melanom-ej-informerad", "skane", "s_hud_hbg", M, "Läkaranteckning",
  ("Lars Mattsson", L), "2024-03-14T15:30:00", 30, OV, [
      ("PAD", "Excision hö vad: Ytligt spridande malignt melanom, Breslow 1,4 mm, ej ulcererat. Radikalt med 2 mm marginal."),
      ("Bedömning", "Pat ej informerad om PAD-svaret ännu, kallas till besök för besked och planering av utvidgad excision med portvaktskörtel."),
  ], must=["NL101"], must_not=["NL102"], why="confirmed melanoma in visible note, patient explicitly not informed",
  pnr="19620128-2776", born="1962-01-28")

c("brost-pad-besked-ej-lamnat-utkast", "vgr", "v_brost_boras", M, "Läkaranteckning",
  ("Therese Almqvist", L), "2024-03-12T16:20:00", None, OV, [
      ("PAD", "Mellannålsbiopsi hö bröst: Invasiv lobulär cancer, ER 95 %, HER2 negativ."),
      ("Planering", "Besked ej lämnat till patienten, hon har tid hos mig fredag 15/3 kl 10. Kontaktsjuksköterska bokad till samma besök."),
  ], must=["NL101"], must_not=["NL102"], why="unsigned draft: breast cancer visible, 'Besked ej lämnat'",
  pnr="19780225-6425", born="1978-02-25")

c("lung-pad-smacellig-pat-kanner-inte-till", "skane", "s_lung_hbg", M, "Läkaranteckning",
  ("Bengt Olofsson", L), "2024-04-22T14:10:00", 35, OV, [
      ("PAD", "Transbronkiell biopsi vä underlob: Småcellig lungcancer."),
      ("Bedömning", "Patienten känner ännu inte till diagnosen; onkolog och jag ger besked gemensamt på torsdag. Remiss onkologen skickad."),
  ], must=["NL101"], must_not=["NL102"], why="small cell lung cancer visible, 'Patienten känner ännu inte till diagnosen'",
  pnr="19510807-4872", born="1951-08-07")

c("uro-dt-njurcancer-ej-meddelat", "vgr", "v_uro_skovde", M, "Läkaranteckning",
  ("Anton Falk", L), "2024-05-28T10:55:00", 30, OV, [
      ("Röntgensvar", "DT buk: 6 cm kontrastladdande tumör vä njure med tumörtromb i njurvenen."),
      ("Bedömning", "Njurcancer vä, cT3a. Ej meddelat pat, han är bortrest och vill ha beskedet på plats vid besök vecka 23."),
  ], must=["NL101"], must_not=["NL102"], why="renal cancer stated as fact, 'Ej meddelat pat'",
  pnr="19581016-7915", born="1958-10-16")

c("kk-pad-cervixcancer-inte-per-telefon-utkast", "skane", "s_kk_lund", M, "Läkaranteckning",
  ("Ellinor Bäck", L), "2024-05-08T12:40:00", None, OV, [
      ("PAD", "Konisering: Skivepitelcancer i cervix, invasionsdjup 4 mm, icke-radikalt."),
      ("Planering", "Pat ska inte informeras per telefon. Besked vid besök 14/5 tillsammans med kontaktsjuksköterska, MR bäcken beställd."),
  ], must=["NL101"], must_not=["NL102"], why="unsigned draft: cervical cancer visible, news deliberately withheld until visit",
  pnr="19860611-8407", born="1986-06-11")

c("mdk-hema-aml-pat-inte-informerad", "vgr", "v_hema_su", M, "MDK-anteckning",
  ("Magnus Falk", L), "2024-07-11T13:30:00", 45, SV, [
      ("Konferens", "Hematologikonferens: Benmärg med 42 % myeloiska blaster, NPM1-mutation. AML fastställd."),
      ("Beslut", "Induktionsbehandling planeras. Patienten är ännu inte informerad om diagnosen; ansvarig läkare ger besked på avdelningen i eftermiddag."),
  ], must=["NL101"], must_not=["NL102"], why="MDK note: AML settled and visible, patient not yet informed",
  pnr="19560902-3592", born="1956-09-02")

c("neuro-als-faststalld-ej-fatt-beskedet", "skane", "s_neuro_lund", M, "Läkaranteckning",
  ("Katarina Stenberg", L), "2024-10-02T09:20:00", 40, OV, [
      ("Remissvar", "ENeG/EMG: Utbredd akut och kronisk denervation i tre regioner, normala sensoriska svar."),
      ("Bedömning", "Diagnosen ALS fastställd enligt Gold Coast-kriterierna. Pat har ännu inte fått beskedet; "
                    "samtal med pat och hustru planeras 8/10 med kurator."),
  ], must=["NL101"], must_not=["NL102"], why="ALS settled after EMG, patient not yet told",
  pnr="19541119-2510", born="1954-11-19")

c("kirurg-dt-levermetastaser-ej-informerad", "skane", "s_kir_hbg", M, "Läkaranteckning",
  ("Alice Nordin", L), "2024-03-28T11:15:00", 30, OV, [
      ("Röntgensvar", "DT thorax-buk: Multipla levermetastaser, största 4 cm. Primärtumör i colon ascendens."),
      ("Bedömning", "Metastaserad koloncancer. Pat ej informerad om DT-svaret, får besked av kirurg 3/4. Remiss onkologen."),
  ], must=["NL101"], must_not=["NL102"], why="metastatic colon cancer visible, patient not informed of CT",
  pnr="19490130-6227", born="1949-01-30")

c("onk-pet-recidiv-inte-fa-veta-fore-mdk", "vgr", "v_onk_su", M, "Läkaranteckning",
  ("Petra Gunnarsson", L), "2024-11-14T14:20:00", 30, OV, [
      ("Röntgensvar", "PET-DT: Peritoneal karcinos med ascites; recidiv av äggstockscancer."),
      ("Bedömning", "Recidiv av ovarialcancer. Pat ska inte få svaret förrän efter MDK på tisdag, så att behandlingsförslag kan ges samtidigt."),
  ], must=["NL101"], must_not=["NL102"], why="recurrence visible, patient must not be told before MDK",
  pnr="19660304-5680", born="1966-03-04")

c("uro-pad-blascancer-ej-infomerad-typo", "skane", "s_uro_malmo", M, "Läkaranteckning",
  ("Björn Ohlsson", L), "2024-11-20T10:10:00", 25, OV, [
      ("PAD", "TUR-B: Muskelinvasiv urotelial cancer, pT2, höggradig."),
      ("Bedömning", "Muskelinvasiv blåscancer. Pat ej infomerad om PAD ännu, ringer inte utan besked ges vid återbesök 22/11."),
  ], must=["NL101"], must_not=["NL102"], why="bladder cancer visible, typo 'infomerad' in the not-informed statement",
  pnr="19450818-1312", born="1945-08-18")

c("sokord-tidiga-hypoteser-men-diagnos-i-bedomning", "vgr", "v_lung_skovde", M, "Läkaranteckning",
  ("Hampus Dahlberg", L), "2024-12-03T15:50:00", 30, OV, [
      ("Tidiga hypoteser", "Pat inte informerad om PAD ännu, besked nästa vecka med anhörig."),
      ("Bedömning", "PAD från EBUS visar adenokarcinom i lunga med körtelspridning; stadieindelning pågår."),
  ], must=["NL101"], must_not=["NL102"],
  why="VGR: the not-informed remark is hidden but the diagnosis itself is in visible Bedömning",
  pnr="19501205-3939", born="1950-12-05")

# ==========================================================================
# NL101 MUST_NOT: hard negatives
# ==========================================================================

c("orto-sarkom-informerad-diagnos-ej-op-datum", "skane", "s_orto_lund", M, "Läkaranteckning",
  ("Erika Thorsson", L), "2024-08-27T13:35:00", 30, OV, [
      ("PAD", "Biopsi hö lår: Myxoid liposarkom, grad 2."),
      ("Information", "Pat informerad om diagnosen vid förra besöket. Hon är ännu inte informerad om operationsdatum, koordinator ringer när tid finns."),
  ], must_not=["NL101", "NL102"], why="the patient knows the diagnosis; only the surgery date is not yet told",
  pnr="19801004-5204", born="1980-10-04")

c("brost-dt-inga-metastaser-ej-informerad-an", "vgr", "v_brost_ostra", M, "Läkaranteckning",
  ("Maria Ekström", L), "2024-09-12T16:15:00", 20, OV, [
      ("Röntgensvar", "DT thorax-buk, kontroll: Inga metastaser, inga förstorade körtlar."),
      ("Bedömning", "Pat ej informerad om svaret ännu, jag ringer henne i morgon förmiddag. Fortsatt endokrin behandling."),
  ], must_not=["NL101", "NL102"], why="not informed, but the visible finding is negated: no diagnosis to hide",
  pnr="19610227-7669", born="1961-02-27")

c("onk-informerad-barnen-vet-inte", "skane", "s_onk_malmo", M, "Läkaranteckning",
  ("Viktor Åkerman", L), "2024-10-16T10:25:00", 40, OV, [
      ("PAD", "Leverbiopsi: Metastas av pankreatobiliärt adenokarcinom."),
      ("Information", "Pat informerad om att cancern har spridit sig till levern. Barnen är ännu inte informerade; han vill själv berätta för dem i helgen."),
  ], must_not=["NL101", "NL102"], why="the patient is informed; only his children are not",
  pnr="19710513-9492", born="1971-05-13")

c("kirurg-pad-ej-klart-ingen-diagnos", "vgr", "v_kir_alingsas", M, "Läkaranteckning",
  ("Julia Hammar", L), "2024-11-27T09:50:00", 25, OV, [
      ("Aktuellt", "Uppföljning efter excision av knöl i vä ljumske. Såret läkt."),
      ("Bedömning", "PAD ej klart. Pat informerad om att svaret kommer inom två veckor och att vi ringer när det finns."),
  ], must_not=["NL101", "NL102"], why="no diagnosis yet: pending pathology is not an uncommunicated diagnosis",
  pnr="19831219-2449", born="1983-12-19")

c("uro-telefon-njurcancer-meddelad", "vgr", "v_uro_su", M, "Telefonanteckning",
  ("Joakim Hellström", L), "2024-12-10T11:30:00", 15, OV, [
      ("PAD", "Njurbiopsi hö: Klarcellig njurcancer, ISUP grad 2."),
      ("Telefonkontakt", "Ringt pat och meddelat PAD-svaret. Han förstod beskedet och har fått kontaktsjuksköterskans nummer."),
  ], must_not=["NL101", "NL102"], why="diagnosis communicated by phone and documented",
  pnr="19600316-1798", born="1960-03-16")


# ==========================================================================
# Building
# ==========================================================================

def iso(t):
    return dt.datetime.strptime(t, "%Y-%m-%dT%H:%M:%S")


def build_case(d):
    t = iso(d["time"])
    signed = None if d["sig"] is None else (t + dt.timedelta(minutes=d["sig"])).strftime("%Y-%m-%dT%H:%M:%S")
    as_of = min(t.date() + dt.timedelta(days=14), dt.date(2024, 12, 31))
    unit_name, hsa = U[d["unit"]]
    note = {
        "id": "n1",
        "system": d["system"],
        "template": d["template"],
        "unit": {"name": unit_name, "hsa_id": hsa},
        "author": {"name": d["author"][0], "role": d["author"][1]},
        "time": d["time"],
        "signed": signed,
        "setting": d["setting"],
        "refs": [],
        "sections": [{"keyword": k, "text": txt} for k, txt in d["sections"]],
    }
    record = {
        "patient": {"id": d["pnr"], "birth_date": d["born"], "protected_identity": False},
        "as_of": as_of.strftime("%Y-%m-%dT00:00:00"),
        "notes": [note],
        "access_events": [],
        "conversations": [],
        "treatments": [],
    }
    return {
        "case": d["case"],
        "ruleset": d["rs"],
        "record": record,
        "must": [[code, "n1"] for code in d["must"]],
        "must_not": [[code, "n1"] for code in d["must_not"]],
        "why": d["why"],
    }


# ==========================================================================
# Validation
# ==========================================================================

CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
ALLOWED_CODES = {"NL101", "NL102"}
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def luhn_ok(ten_digits):
    total = 0
    for i, ch in enumerate(ten_digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return total % 10 == 0


def age_on(born, day):
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def validate(cases):
    problems = []
    names = set()
    sentences = {}
    for i, case in enumerate(cases):
        where = "case %d (%s)" % (i, case.get("case"))
        if list(case.keys()) != CASE_KEYS:
            problems.append("%s: keys %s" % (where, list(case.keys())))
            continue
        name = case["case"]
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", name):
            problems.append("%s: bad case name" % where)
        if name in names:
            problems.append("%s: duplicate case name" % where)
        names.add(name)
        if case["ruleset"] not in ("skane", "vgr"):
            problems.append("%s: ruleset %r" % (where, case["ruleset"]))
        why = case["why"]
        if not why or "\n" in why or len(why) > 200:
            problems.append("%s: why must be one non-empty line" % where)
        rec = case["record"]
        if set(rec) != RECORD_KEYS:
            problems.append("%s: record keys %s" % (where, sorted(rec)))
            continue
        for k in ("access_events", "conversations", "treatments"):
            if rec[k] != []:
                problems.append("%s: %s must be empty" % (where, k))
        pat = rec["patient"]
        if set(pat) != {"id", "birth_date", "protected_identity"}:
            problems.append("%s: patient keys" % where)
        pid, born_s = pat.get("id", ""), pat.get("birth_date", "")
        m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})-(\d{4})", pid or "")
        if not m:
            problems.append("%s: personnummer format %r" % (where, pid))
            continue
        if "%s-%s-%s" % m.group(1, 2, 3) != born_s:
            problems.append("%s: personnummer %s does not match birth_date %s" % (where, pid, born_s))
        if not luhn_ok(pid[2:8] + pid[9:]):
            problems.append("%s: personnummer %s fails Luhn" % (where, pid))
        try:
            born = dt.date.fromisoformat(born_s)
        except ValueError:
            problems.append("%s: bad birth_date" % where)
            continue
        try:
            as_of = iso(rec["as_of"])
        except ValueError:
            problems.append("%s: bad as_of" % where)
            continue
        if as_of.year != 2024:
            problems.append("%s: as_of not in 2024" % where)
        note_ids = set()
        systems = set()
        for note in rec["notes"]:
            if set(note) != NOTE_KEYS:
                problems.append("%s: note keys %s" % (where, sorted(note)))
                continue
            note_ids.add(note["id"])
            systems.add(note["system"])
            if note["system"] not in ("Melior", "PMO"):
                problems.append("%s: system %r" % (where, note["system"]))
            if case["ruleset"] == "vgr" and note["system"] != "Melior":
                problems.append("%s: VGR notes must be Melior" % where)
            t = iso(note["time"])
            if t.year != 2024:
                problems.append("%s: note time not in 2024" % where)
            if t > as_of + dt.timedelta(days=1):
                problems.append("%s: note after as_of" % where)
            if note["signed"] is not None:
                s = iso(note["signed"])
                if s.year != 2024 or s < t or s > as_of:
                    problems.append("%s: signed time out of range" % where)
            for day in (t.date(), as_of.date()):
                a = age_on(born, day)
                if a < 0:
                    problems.append("%s: patient not born at %s" % (where, day))
                if 13 <= a <= 15:
                    problems.append("%s: patient aged %d (13-15 not allowed)" % (where, a))
            if set(note["unit"]) != {"name", "hsa_id"} or not note["unit"]["name"]:
                problems.append("%s: unit" % where)
            if set(note["author"]) != {"name", "role"}:
                problems.append("%s: author" % where)
            if not note["sections"]:
                problems.append("%s: no sections" % where)
            for sec in note["sections"]:
                if set(sec) != {"keyword", "text"} or not sec["keyword"] or not sec["text"].strip():
                    problems.append("%s: bad section" % where)
                    continue
                for sent in SENT_SPLIT.split(sec["text"]):
                    norm = " ".join(sent.split()).lower()
                    if len(norm) >= 25:
                        if norm in sentences and sentences[norm] != name:
                            problems.append("%s: sentence also in %s: %r" % (where, sentences[norm], sent))
                        sentences.setdefault(norm, name)
        must = [tuple(x) for x in case["must"]]
        must_not = [tuple(x) for x in case["must_not"]]
        if not must and not must_not:
            problems.append("%s: asserts nothing" % where)
        for code, target in must + must_not:
            if code not in ALLOWED_CODES:
                problems.append("%s: code %s not allowed here" % (where, code))
            if target not in note_ids:
                problems.append("%s: target %s does not exist" % (where, target))
        if len(set(must)) != len(must) or len(set(must_not)) != len(must_not):
            problems.append("%s: duplicate assertion" % where)
        if set(must) & set(must_not):
            problems.append("%s: same assertion in must and must_not" % where)
        if "PMO" in systems:
            if ("NL102", "n1") in must:
                problems.append("%s: NL102 must on a PMO note" % where)
            if ("NL102", "n1") not in must_not:
                problems.append("%s: PMO note should assert must_not NL102" % where)
            if any(code == "NL101" for code, _ in must + must_not):
                problems.append("%s: NL101 is not asserted on PMO notes" % where)
    return problems


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    cases = [build_case(d) for d in CASES]
    problems = validate(cases)
    out = os.path.join(here, OUT_NAME)
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for case in cases:
            fh.write(json.dumps(case, ensure_ascii=False, separators=(", ", ": ")) + "\n")
    counts = {}
    for case in cases:
        for kind in ("must", "must_not"):
            for code, _ in case[kind]:
                counts[(code, kind)] = counts.get((code, kind), 0) + 1
    drafts = sum(1 for case in cases if case["record"]["notes"][0]["signed"] is None)
    rs = {}
    for case in cases:
        rs[case["ruleset"]] = rs.get(case["ruleset"], 0) + 1
    print("wrote %d cases to %s" % (len(cases), out))
    print("rulesets: %s; drafts: %d" % (", ".join("%s %d" % kv for kv in sorted(rs.items())), drafts))
    for code in sorted(ALLOWED_CODES):
        print("%s must %d, must_not %d" % (code, counts.get((code, "must"), 0), counts.get((code, "must_not"), 0)))
    if problems:
        for p in problems:
            print("PROBLEM: " + p, file=sys.stderr)
        print("%d problem(s)" % len(problems), file=sys.stderr)
        return 1
    print("validation ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
