#!/usr/bin/env python3
"""nl1_heldout3_cases: frozen held-out NL1 cases (NL101, NL102), Swedish clinical notes.

Dependency-free and deterministic. Writes nl1_heldout3_cases.jsonl beside this file and
validates it (personnummer, dates, keys, unique names, unique long sentences, targets).
Exit status 1 on any problem.
"""
import datetime as dt
import json
import os
import re
import sys

NAME = "nl1_heldout3_cases"
HERE = os.path.dirname(os.path.abspath(__file__))

# unit key -> (region, system, unit name)
UNITS = {
    # Region Skåne, Melior (hospitals)
    "sus_lund_neuro": ("skane", "Melior", "Neurologimottagningen, Skånes universitetssjukhus Lund"),
    "sus_malmo_akut": ("skane", "Melior", "Akutmottagningen, Skånes universitetssjukhus Malmö"),
    "sus_lund_onk": ("skane", "Melior", "Onkologiska kliniken, Skånes universitetssjukhus Lund"),
    "sus_malmo_brost": ("skane", "Melior", "Bröstmottagningen, Skånes universitetssjukhus Malmö"),
    "hbg_med": ("skane", "Melior", "Medicinkliniken avd 52, Helsingborgs lasarett"),
    "cs_kir": ("skane", "Melior", "Kirurgiska kliniken, Centralsjukhuset Kristianstad"),
    "ystad_gyn": ("skane", "Melior", "Kvinnokliniken, Lasarettet i Ystad"),
    "sus_lund_barn": ("skane", "Melior", "Barn- och ungdomsmedicinska kliniken, Skånes universitetssjukhus Lund"),
    "sus_malmo_hud": ("skane", "Melior", "Hudkliniken, Skånes universitetssjukhus Malmö"),
    "sus_lund_ogon": ("skane", "Melior", "Ögonkliniken, Skånes universitetssjukhus Lund"),
    "hbg_onh": ("skane", "Melior", "Öron-, näs- och halskliniken, Helsingborgs lasarett"),
    "trelleborg_orto": ("skane", "Melior", "Ortopedmottagningen, Trelleborgs lasarett"),
    "sus_malmo_inf": ("skane", "Melior", "Infektionskliniken, Skånes universitetssjukhus Malmö"),
    "sus_lund_hem": ("skane", "Melior", "Hematologiska kliniken, Skånes universitetssjukhus Lund"),
    "landskrona_ger": ("skane", "Melior", "Geriatriska kliniken, Landskrona lasarett"),
    "hassleholm_psyk": ("skane", "Melior", "Allmänpsykiatrisk mottagning, Hässleholms sjukhus"),
    "sus_malmo_uro": ("skane", "Melior", "Urologiska kliniken, Skånes universitetssjukhus Malmö"),
    "angelholm_med": ("skane", "Melior", "Medicinmottagningen, Ängelholms sjukhus"),
    "sus_lund_kard": ("skane", "Melior", "Hjärtmottagningen, Skånes universitetssjukhus Lund"),
    "cs_reuma": ("skane", "Melior", "Reumatologmottagningen, Centralsjukhuset Kristianstad"),
    "sus_lund_genetik": ("skane", "Melior", "Klinisk genetik, Skånes universitetssjukhus Lund"),
    "sus_malmo_endo": ("skane", "Melior", "Endokrinologiska kliniken, Skånes universitetssjukhus Malmö"),
    "sus_lund_lung": ("skane", "Melior", "Lung- och allergikliniken, Skånes universitetssjukhus Lund"),
    "sus_malmo_gastro": ("skane", "Melior", "Mag- och tarmmedicinska kliniken, Skånes universitetssjukhus Malmö"),
    "sus_lund_bup": ("skane", "Melior", "BUP-mottagning Lund, Barn- och ungdomspsykiatri Region Skåne"),
    # Region Skåne, PMO (primary care)
    "vc_eslov": ("skane", "PMO", "Vårdcentralen Eslöv"),
    "vc_sjobo": ("skane", "PMO", "Vårdcentralen Sjöbo"),
    "vc_hoor": ("skane", "PMO", "Vårdcentralen Höör"),
    "vc_tomelilla": ("skane", "PMO", "Vårdcentralen Tomelilla"),
    "vc_bjuv": ("skane", "PMO", "Vårdcentralen Bjuv"),
    "bvc_lomma": ("skane", "PMO", "BVC Lomma"),
    "um_kristianstad": ("skane", "PMO", "Ungdomsmottagningen Kristianstad"),
    "hsjv_simrishamn": ("skane", "PMO", "Hemsjukvården Simrishamn"),
    # Västra Götalandsregionen, Melior
    "su_akut": ("vgr", "Melior", "Akutmottagningen, Sahlgrenska Universitetssjukhuset"),
    "su_lung": ("vgr", "Melior", "Lungmedicinska mottagningen, Sahlgrenska Universitetssjukhuset"),
    "su_onk": ("vgr", "Melior", "Jubileumskliniken, Sahlgrenska Universitetssjukhuset"),
    "ostra_gyn": ("vgr", "Melior", "Gynekologmottagningen, Sahlgrenska Universitetssjukhuset/Östra"),
    "ostra_barn": ("vgr", "Melior", "Barnakuten, Drottning Silvias barn- och ungdomssjukhus"),
    "molndal_orto": ("vgr", "Melior", "Ortopedmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal"),
    "nal_med": ("vgr", "Melior", "Medicinkliniken, NU-sjukvården NÄL Trollhättan"),
    "uddevalla_kir": ("vgr", "Melior", "Kirurgmottagningen, Uddevalla sjukhus"),
    "sks_neuro": ("vgr", "Melior", "Neurologimottagningen, Skaraborgs Sjukhus Skövde"),
    "sas_inf": ("vgr", "Melior", "Infektionsmottagningen, Södra Älvsborgs Sjukhus Borås"),
    "kungalv_ger": ("vgr", "Melior", "Minnesmottagningen, Kungälvs sjukhus"),
    "alingsas_med": ("vgr", "Melior", "Medicinmottagningen, Alingsås lasarett"),
    "su_hud": ("vgr", "Melior", "Hudmottagningen, Sahlgrenska Universitetssjukhuset"),
    "su_ogon": ("vgr", "Melior", "Ögonmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal"),
    "su_onh": ("vgr", "Melior", "Öron-näsa-hals-mottagningen, Sahlgrenska Universitetssjukhuset"),
    "su_psyk": ("vgr", "Melior", "Affektiva mottagningen, Psykiatri Sahlgrenska"),
    "nu_psyk": ("vgr", "Melior", "Vuxenpsykiatrisk mottagning, NU-sjukvården Uddevalla"),
    "su_np": ("vgr", "Melior", "Neuropsykiatriska utredningsenheten, Psykiatri Sahlgrenska"),
    "su_hemat": ("vgr", "Melior", "Hematologimottagningen, Sahlgrenska Universitetssjukhuset"),
    "su_reuma": ("vgr", "Melior", "Reumatologmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal"),
    "sks_uro": ("vgr", "Melior", "Urologmottagningen, Skaraborgs Sjukhus Skövde"),
    "sas_kard": ("vgr", "Melior", "Kardiologmottagningen, Södra Älvsborgs Sjukhus Borås"),
    "su_endo": ("vgr", "Melior", "Endokrinologmottagningen, Sahlgrenska Universitetssjukhuset"),
    "su_gastro": ("vgr", "Melior", "Gastroenterologmottagningen, Sahlgrenska Universitetssjukhuset/Östra"),
    "su_neurokir": ("vgr", "Melior", "Neurokirurgiska kliniken avd 134, Sahlgrenska Universitetssjukhuset"),
    "kungalv_akut": ("vgr", "Melior", "Akutmottagningen, Kungälvs sjukhus"),
    "sks_barn": ("vgr", "Melior", "Barn- och ungdomsmedicin, Skaraborgs Sjukhus Skövde"),
    "sas_med": ("vgr", "Melior", "Medicinavdelning 35, Södra Älvsborgs Sjukhus Borås"),
    "kungalv_ortoger": ("vgr", "Melior", "Ortogeriatriska avdelningen, Kungälvs sjukhus"),
}

HSA = {}
for _i, _k in enumerate(UNITS):
    _reg = UNITS[_k][0]
    _pre = "SE2321000255-" if _reg == "skane" else "SE2321000131-"
    HSA[_k] = _pre + "%04d" % (4100 + _i * 37)

AUTHORS = [
    "Karin Lindqvist", "Ahmad Rahimi", "Eva Sjöberg", "Johan Bergkvist", "Leila Haddad",
    "Per-Olof Nyström", "Maria Gonzalez Ek", "Fredrik Holm", "Sara Åkesson", "Mikael Ståhl",
    "Ingrid Wennerholm", "Tomas Kowalski", "Hanna Björk", "Omar Farouk", "Lena Persson",
    "Anders Mårtensson", "Jelena Petrović", "Kristoffer Dahl", "Sofia Rydén", "Nils Abrahamsson",
    "Yasmin Karimi", "Björn Engström", "Elin Hultgren", "David Wikström", "Camilla Strand",
]

CASES = []


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        p = int(ch) * (2 if i % 2 == 0 else 1)
        total += p // 10 + p % 10
    return str((10 - total % 10) % 10)


def pnr(born, sex, idx):
    y, m, d = born.split("-")
    serial = (idx * 53 + 117) % 1000
    last = serial % 10
    if sex == "M" and last % 2 == 0:
        serial = (serial // 10) * 10 + (last + 1) % 10
    if sex == "F" and last % 2 == 1:
        serial = (serial // 10) * 10 + (last - 1)
    nine = y[2:] + m + d + "%03d" % serial
    return "%s%s%s-%03d%s" % (y, m, d, serial, luhn_digit(nine))


def C(name, unit, born, sex, when, secs, must=(), must_not=(), why="", tpl="Läkaranteckning",
      draft=False, setting="öppenvård", role="läkare"):
    CASES.append(dict(name=name, unit=unit, born=born, sex=sex, when=when, secs=secs,
                      must=list(must), must_not=list(must_not), why=why, tpl=tpl,
                      draft=draft, setting=setting, role=role))


# ---------------------------------------------------------------------------------------
# CASES
# ---------------------------------------------------------------------------------------
# ===================== NL101 must: diagnosis visible, patient not (yet) told =============

C("nl101-brostcancer-pad-besked-torsdag", "sus_malmo_brost", "1971-09-03", "F", "2024-02-13 14:20", [
    ("Aktuellt", "Mammografi och UL 5/2 visade 18 mm oregelbunden förtätning vä bröst kl 2, mellannålsbiopsi tagen samma dag."),
    ("Bedömning", "PAD visar invasiv duktal cancer NHG 2, ER 90 %, PR 40 %, HER2 neg, Ki67 20 %. Axill UL ua."),
    ("Planering", "Pat ej informerad om PAD ännu – besked ges vid läkarbesök torsdag 15/2 tillsammans med kontaktsjuksköterska. Därefter MDK."),
], must=["NL101"], why="confirmed breast cancer in Bedömning, patient not yet told (besked on Thursday)")

C("nl101-lungcancer-dt-kallas-for-besked", "su_lung", "1950-01-22", "M", "2024-04-09 11:05", [
    ("Röntgen", "DT thorax-buk 8/4: 35 mm spikulerad tumör hö överlob med förstorade hilus- och mediastinala körtlar, inga levermetastaser. Radiologiskt lungcancer, stadium minst IIIA."),
    ("Information", "Pat har ännu inte fått DT-svaret. Kallas till mottagningen 16/4 för besked, anhörig välkommen."),
    ("Planering", "Bronkoskopi med EBUS bokas, PET-DT."),
], must=["NL101"], why="lung cancer on CT in a visible section; separate Information section says patient has not had the result")

C("nl101-als-besked-nasta-vecka-utkast", "sus_lund_neuro", "1962-11-30", "M", "2024-05-07 16:10", [
    ("Bedömning", "Progredierande asymmetrisk svaghet hö hand och vä underben sedan ett år, fascikulationer i tunga och bål, livliga reflexer. ENeG med utbredd denervation i tre regioner. Kriterierna för ALS är uppfyllda."),
    ("Planering", "Diagnosen har jag inte framfört idag då hustrun inte kunde närvara. Nytt besök 14/5 för diagnosbesked, ALS-teamet informeras."),
], must=["NL101"], draft=True, why="ALS criteria met, author explicitly has not told the patient; unsigned draft")

C("nl101-alzheimer-diagnos-ej-meddelad", "kungalv_ger", "1941-06-18", "F", "2024-03-19 10:40", [
    ("Diagnos", "Alzheimers sjukdom med sen debut (F00.1)."),
    ("Sammanfattning", "MMSE 21/30, klocktest patologiskt, DT hjärna visar mediotemporal atrofi, likvor med lågt Aβ42 och förhöjt p-tau."),
    ("Information", "Diagnosen är ännu inte meddelad pat. Återkopplingssamtal bokas med pat och dottern närvarande."),
], must=["NL101"], why="Alzheimer diagnosis set in Diagnos section; not yet communicated to the patient")

C("nl101-huntington-anlagsbarare-personligt-besok", "sus_lund_genetik", "1988-02-11", "M", "2024-06-04 13:30", [
    ("Utredning", "Prediktiv testning för Huntingtons sjukdom efter genetisk vägledning x2. Analysen visar 42 CAG-repetitioner i HTT-genen, dvs anlagsbärare."),
    ("Planering", "Resultatet har inte lämnats till pat. Enligt protokoll ges besked endast vid personligt besök, bokat 11/6 kl 10 med kurator."),
], must=["NL101"], why="predictive Huntington result (carrier) visible; result not given to patient yet")

C("nl101-hiv-ej-nadd-per-telefon", "sas_inf", "1979-08-25", "M", "2024-09-10 15:50", [
    ("Lab", "HIV-1/2 ag/ak reaktivt på screening, bekräftat med konfirmationstest. HIV-1 RNA skickat."),
    ("Åtgärd", "Sökt pat per telefon två gånger utan svar. Pat ännu ej informerad om HIV-diagnosen; besked får inte lämnas per brev eller via 1177. Nytt försök imorgon bitti."),
], must=["NL101"], tpl="Telefonanteckning", why="confirmed HIV in Lab, patient not reached and not informed")

C("nl101-pankreascancer-infomerad-typo", "cs_kir", "1955-12-02", "F", "2024-10-15 17:25", [
    ("Bedömning", "DT buk visar 4 cm hypodens tumör i pankreashuvudet med inväxt i a. mesenterica superior, inoperabel pankreascancer. Bilirubin 142."),
    ("Planering", "Pat ej infomerad om fyndet, ansvarig kirurg tar samtalet imorgon med maken närvarande. ERCP med stent planeras."),
], must=["NL101"], setting="slutenvård", why="inoperable pancreatic cancer visible; typo 'infomerad' in the not-informed cue")

C("nl101-myelom-besked-vid-behandlingsstart", "su_hemat", "1948-04-14", "M", "2024-02-27 09:15", [
    ("Bedömning", "Benmärg med 30 % klonala plasmaceller, M-komponent IgG-kappa 38 g/L, Hb 96, kreatinin 128, lytiska förändringar i bäckenet på lågdos-DT. Sammantaget multipelt myelom, symtomgivande."),
    ("Information", "Ej meddelat pat ännu; diagnosbesked vid besöket 5/3 då även behandlingsstart diskuteras."),
], must=["NL101"], why="symptomatic myeloma in Bedömning; 'ej meddelat pat ännu' in Information")

C("nl101-glioblastom-postiktal-utkast", "su_neurokir", "1966-07-09", "F", "2024-08-20 13:05", [
    ("Aktuellt", "Inkommer via akuten efter generaliserat krampanfall i hemmet, tidigare frisk."),
    ("Röntgen", "MR hjärna: 5 cm ringladdande expansivitet vä temporallob med omgivande ödem och mittlinjeöverskjutning 4 mm, radiologiskt glioblastom."),
    ("Planering", "Pat är ännu inte informerad om MR-fyndet, är postiktal och trött. Samtal med pat och sambo planeras i eftermiddag. Betapred 8 mg x 2, Keppra 500 mg x 2."),
], must=["NL101"], tpl="Inskrivningsanteckning", setting="slutenvård", draft=True,
  why="radiological glioblastoma visible, patient not yet informed (postictal); unsigned draft")

C("nl101-prostatacancer-telefonbesked-andrat", "sus_malmo_uro", "1956-03-03", "M", "2024-04-23 12:00", [
    ("Bedömning", "Biopsisvar: adenocarcinom i prostata Gleason 4+4=8 i 6 av 12 biopsier, PSA 24. Högrisk prostatacancer."),
    ("Planering", "Telefonbesked ändrat till mottagningsbesök 30/4, pat vet ännu inte om PAD. Skelettskint och PSMA-PET beställs."),
], must=["NL101"], why="high-risk prostate cancer visible; 'pat vet ännu inte om PAD'")

C("nl101-sigmoideumcancer-besked-efter-mdk", "uddevalla_kir", "1958-10-17", "F", "2024-03-05 10:30", [
    ("Aktuellt", "Koloskopi 22/2 pga järnbristanemi, cirkulär tumör i sigmoideum 30 cm ab ano, px tagna."),
    ("Utredning", "PAD: måttligt differentierat adenocarcinom. DT thorax-buk utan fjärrmetastaser."),
    ("Information", "Pat har ännu inte fått PAD-svaret. Besked ges vid besök hos kolorektalkirurg efter MDK v. 11."),
], must=["NL101"], why="colon adenocarcinoma on PAD; patient will be told after MDK (not told yet)")

C("nl101-ms-mcdonald-besked-med-sambo", "sks_neuro", "1994-05-28", "F", "2024-11-12 14:45", [
    ("Bedömning", "MR hjärna och halsrygg: multipla periventrikulära, juxtakortikala och infratentoriella lesioner, två laddande. Oligoklonala band i likvor. McDonald-kriterierna för MS uppfyllda."),
    ("Planering", "Diagnosbesked ej givet – pat kommer på återbesök med sambo om två veckor. Har då tid för information om sjukdomsmodifierande behandling."),
], must=["NL101"], why="MS (McDonald fulfilled) visible; 'diagnosbesked ej givet'")

C("nl101-long-schizofreni-ej-kommunicerad", "nu_psyk", "1999-01-19", "M", "2024-07-02 11:20", [
    ("Aktuellt", "Uppföljande läkarbesök efter sex månaders kontakt på mottagningen. Kommer tillsammans med case manager, modern väntar i väntrummet."),
    ("Anamnes", "25-årig man som remitterades i januari efter att familjen märkt att han isolerat sig, slutat arbeta på lagret och talat om att grannarna avlyssnar honom genom väggarna. Cannabisbruk under några år i tonåren, negativa drogtester sedan kontakten startade. Ingen tidigare psykiatrisk vård. Fungerat väl i skolan fram till gymnasiet."),
    ("Socialt", "Bor i egen lägenhet i Uddevalla, modern handlar och hjälper till med räkningar. Aktivitetsersättning ansökt. Har en bror som han träffar sporadiskt, inga egna barn. Inga vapen i hemmet."),
    ("Status", "Psykiskt status: Vaken, orienterad. Vårdat yttre men sparsam ögonkontakt. Affekten avflackad, tal med långa pauser och tankeblockeringar. Beskriver att han fortfarande hör röster som kommenterar det han gör. Misstänksam mot grannarna, ingen hotfullhet. Förnekar suicidtankar.\nPANSS positiv 22, negativ 24."),
    ("Läkemedel", "Aripiprazol 10 mg x 1 sedan mars, tar den enligt modern men ifrågasätter själv behovet."),
    ("Bedömning", "Efter sex månaders observation med ihållande hörselhallucinationer, förföljelseidéer och negativa symtom uppfyller pat kriterierna för paranoid schizofreni (F20.0)."),
    ("Information", "Diagnosen har inte kommunicerats med pat pga bristande sjukdomsinsikt och risk att han avbryter vårdkontakten. Tas upp stegvis med stöd av case manager."),
    ("Planering", "Fortsatt aripiprazol, överväga höjning till 15 mg vid nästa besök. Psykoedukation i grupp erbjuds under hösten. Återbesök om fyra veckor."),
], must=["NL101"], why="long psychiatry note; schizophrenia diagnosis in Bedömning, deliberately not communicated to the patient")

C("nl101-ovarialcancer-ascites-ej-underrattad", "ostra_gyn", "1961-02-08", "F", "2024-05-21 16:00", [
    ("Lab", "Ascitescytologi: maligna celler, immunprofil förenlig med höggradig serös cancer, ovarialursprung. CA-125 1840."),
    ("Bedömning", "Avancerad ovarialcancer."),
    ("Planering", "Pat ej underrättad om cytologisvaret; väntar på gynonkolog som träffar henne på fredag."),
], must=["NL101"], setting="slutenvård", why="ovarian cancer in Bedömning; 'ej underrättad' (synonym of not informed)")

C("nl101-aml-besked-ikvall-utkast", "sus_lund_hem", "1970-12-24", "M", "2024-01-16 15:35", [
    ("Bedömning", "Blodutstryk med 60 % blaster, flödescytometri visar myeloisk fenotyp – akut myeloisk leukemi."),
    ("Åtgärd", "Pat är ännu inte informerad; hematologbakjour kommer upp ikväll och ger besked. Benmärgsprov imorgon, CVK läggs."),
], must=["NL101"], setting="slutenvård", draft=True, why="AML diagnosis visible, patient to be told tonight; unsigned draft")

C("nl101-melanom-inget-brev-medelad-typo", "sus_malmo_hud", "1983-08-30", "F", "2024-02-06 08:55", [
    ("Lab", "PAD excision vä skuldra: malignt melanom, superficiellt spridande, Breslow 2,1 mm, ulceration, pT3b."),
    ("Åtgärd", "Pat ej medelad. Brev ska inte skickas – ringer och bokar besök för personligt besked och planering av utvidgad excision med portvaktskörtel."),
], must=["NL101"], why="melanoma on PAD visible; 'pat ej meddelad'; typo 'medelad'")

C("nl101-koroidalt-melanom-anhorig-med-nasta-gang", "su_ogon", "1952-09-12", "M", "2024-10-01 10:10", [
    ("Status", "Hö öga: pigmenterad prominent tumör temporalt om papillen, basdiameter 12 mm, höjd 5 mm, subretinal vätska. Orange pigment."),
    ("Bedömning", "Koroidalt melanom hö öga."),
    ("Planering", "Har ännu inte delgett pat diagnosen då han kom ensam och är synsvag; anhörig med vid besöket 8/10. Remiss ögononkologi."),
], must=["NL101"], why="choroidal melanoma stated; 'ännu inte delgett pat diagnosen' (unusual verb)")

C("nl101-larynxcancer-kontaktssk-bokar", "hbg_onh", "1957-04-04", "M", "2024-06-18 13:40", [
    ("Utredning", "Px hö stämband under narkos 10/6: skivepitelcancer, HPV-negativ. T2 glottisk tumör."),
    ("Planering", "Pat ännu inte informerad om PAD. Kontaktsjuksköterska bokar besök 25/6; MDK huvud-hals 20/6."),
], must=["NL101"], why="glottic squamous cell carcinoma visible; patient not informed of PAD")

C("nl101-attr-amyloidos-rond-forst", "sas_kard", "1944-11-05", "M", "2024-03-26 15:15", [
    ("Utredning", "Hjärt-MR med diffust subendokardiellt sent gadoliniumupptag och förhöjt ECV, DPD-skint grad 3, inga monoklonala band."),
    ("Bedömning", "ATTR-kardiomyopati av vildtyp."),
    ("Information", "Diagnosen ej framförd till pat ännu – diskuteras först på kardiologrond, därefter besked av ansvarig kardiolog."),
], must=["NL101"], why="ATTR cardiac amyloidosis in Bedömning; 'ej framförd till pat ännu'")

C("nl101-hcc-lever-mdk-fore-besked", "sus_malmo_gastro", "1953-06-27", "M", "2024-09-17 11:55", [
    ("Bedömning", "Känd alkoholorsakad cirros Child-Pugh A. DT lever: 5 cm lesion segment VI med arteriell laddning och washout, LI-RADS 5 – hepatocellulär cancer."),
    ("Planering", "Pat ej informerad om DT-svaret, tas upp på lever-MDK 24/9 innan besked. Tid till pat veckan efter."),
], must=["NL101"], draft=True, why="HCC (LI-RADS 5) visible; patient not informed until after MDK")

C("nl101-njurcancer-konsult-inlagd-for-annat", "sks_uro", "1968-03-15", "F", "2024-12-03 14:30", [
    ("Konsultation", "Tillfrågad av medicin avd 3 angående fynd på DT buk gjord pga buksmärta: 6 cm solid kontrastladdande tumör vä njure, klarcellig njurcancer tills motsatsen bevisats. Ingen venös tumörtromb."),
    ("Bedömning", "Pat ej upplyst om fyndet, är inlagd för pankreatit och mår dåligt. Undertecknad informerar på urologmottagningen efter utskrivning, tid skickas."),
], must=["NL101"], tpl="Konsultationsanteckning", setting="slutenvård",
  why="incidental renal cancer in a consult note; 'pat ej upplyst om fyndet'")

C("nl101-mesoteliom-vill-ha-personligt-besked", "sus_lund_lung", "1946-08-19", "M", "2024-07-23 09:50", [
    ("Utredning", "Torakoskopi med pleurabiopsier 12/7: malignt mesoteliom, epiteloid typ. Asbestexponering som varvsarbetare 1965–1980."),
    ("Planering", "Pat har bett att få svaret vid personligt besök och är därför inte informerad ännu; besök hos ansvarig lungläkare 30/7."),
], must=["NL101"], why="mesothelioma on biopsy; patient asked for in-person result and is not informed yet")

C("nl101-ventrikelcancer-dottern-ber-att-pat-ej-informeras", "landskrona_ger", "1936-05-11", "F", "2024-04-16 14:05", [
    ("Bedömning", "Gastroskopi visar ulcererande tumör i corpus ventriculi, PAD adenocarcinom. Med hänsyn till ålder och skörhet ej aktuellt med kurativ behandling."),
    ("Information", "Dottern ber att pat inte informeras om ventrikelcancern. Pat därför ej informerad i nuläget; frågan tas upp på teamkonferens."),
], must=["NL101"], setting="slutenvård", why="gastric cancer visible; relative asked that the PATIENT not be told and she is not")

C("nl101-autism-aterkoppling-ej-skett", "su_np", "2001-10-10", "F", "2024-05-28 15:20", [
    ("Sammanfattning", "Utredningen med ADOS-2, ADI-R och WAIS-IV visar att pat uppfyller kriterierna för autismspektrumtillstånd utan intellektuell funktionsnedsättning (F84.5)."),
    ("Planering", "Pat ej informerad om utfallet – återgivningssamtal med psykolog och läkare 12/6. Utlåtandet skickas inte före det."),
], must=["NL101"], why="autism diagnosis concluded in Sammanfattning; patient not informed before feedback session")

C("nl101-dlbcl-underattad-typo", "sus_lund_hem", "1975-01-31", "F", "2024-08-06 12:25", [
    ("Utredning", "PAD halslymfkörtel vä: diffust storcelligt B-cellslymfom, non-GCB. PET-DT visar engagemang på båda sidor diafragma."),
    ("Information", "Pat ännu ej underättad om diagnosen, hematolog ger besked fredag 9/8."),
], must=["NL101"], why="DLBCL visible; typo 'underättad' in the not-informed cue")

C("nl101-hjarnmetastaser-onkolog-ger-besked", "nal_med", "1959-02-14", "M", "2024-06-11 18:20", [
    ("Aktuellt", "Inlagd pga yrsel och ostadighet. Känd lungcancer, i remission sedan 2022."),
    ("Röntgen", "DT hjärna med kontrast: tre laddande förändringar cerebellärt och frontalt hö, förenliga med hjärnmetastaser."),
    ("Bedömning", "Recidiv av lungcancer med hjärnmetastasering. Pat ännu ovetande om fyndet, onkologen kontaktad och kommer imorgon för att ge besked."),
], must=["NL101"], setting="slutenvård", why="brain metastases / recurrence visible; 'pat ännu ovetande om fyndet' (same sentence)")

C("nl101-cervixcancer-pat-utomlands", "ystad_gyn", "1980-07-07", "F", "2024-10-22 13:10", [
    ("Utredning", "Cervixbiopsi: skivepitelcancer, invasionsdjup > 5 mm. MR lilla bäckenet bokad."),
    ("Information", "Pat har inte fått beskedet ännu, hon vistas utomlands och kommer hem 28/10. Vi har kommit överens om att inga svar lämnas per telefon."),
], must=["NL101"], why="invasive cervical cancer on biopsy; patient abroad, not told yet")

C("nl101-esofaguscancer-infromerad-typo-utkast", "su_gastro", "1951-12-12", "M", "2024-02-20 16:40", [
    ("Bedömning", "Gastroskopi: stenoserande tumör distala esofagus 35–40 cm från tandraden, PAD adenocarcinom. DT med levermetastaser i båda loberna."),
    ("Planering", "Pat ej infromerad än, besked vid återbesök tisdag. Dietistkontakt, stent vid tilltagande dysfagi."),
], must=["NL101"], draft=True, why="esophageal adenocarcinoma visible; typo 'infromerad'; unsigned draft")

C("nl101-seminom-vill-ha-flickvannen-med", "sus_malmo_uro", "1997-09-09", "M", "2024-11-19 10:50", [
    ("Bedömning", "Orkidektomi hö 12/11. PAD: seminom, 3,5 cm, ingen kärlinväxt, pT1. Tumörmarkörer normaliserade."),
    ("Information", "Pat är ännu inte informerad om PAD; han har bett att få svaret när flickvännen kan följa med, tid 26/11."),
], must=["NL101"], why="testicular seminoma on PAD; patient not yet informed")

C("nl101-cup-maken-vet-men-inte-pat", "su_onk", "1949-04-02", "F", "2024-09-24 17:05", [
    ("Bedömning", "PAD från leverbiopsi: metastas från adenocarcinom, immunprofil talar för pankreatobiliärt ursprung. Primärtumören ej lokaliserad (CUP)."),
    ("Information", "Maken informerad i telefon på pats begäran medan hon var sederad efter biopsin. Pat själv har ännu inte fått beskedet, samtal imorgon vid ronden."),
], must=["NL101"], setting="slutenvård", why="metastatic adenocarcinoma visible; husband told but the patient herself not yet")

C("nl101-long-disseminerad-lungcancer-inskrivning", "hbg_med", "1947-05-20", "M", "2024-03-12 21:40", [
    ("Kontaktorsak", "Viktnedgång 9 kg på tre månader, tilltagande trötthet och dyspné."),
    ("Anamnes", "76-årig man, f.d. rökare 40 paketår, hypertoni och DM2 på tablettbehandling. Sedan jul sämre aptit, ont under hö arcus och nattsvettningar senaste veckorna. Sökte VC i förrgår och remitterades in pga Hb 98 och ALP 6,2. Bor med hustrun i villa i Höganäs, klarar sig själv, kör bil."),
    ("Status", "AT: Blek, tunn, lätt dyspné vid tal.\nCor: RR 92, inga blåsljud.\nPulm: Nedsatta andningsljud basalt hö, i övrigt vesikulärt.\nBuk: Förstorad knölig lever 4 fingrar nedom arcus, lätt öm.\nExtremiteter: Inga ödem.\nNeuro: Orienterad men långsam, lätt förvirrad kvällstid."),
    ("Läkemedel", "Metformin 1 g x 2, Amlodipin 5 mg x 1, Enalapril 10 mg x 1, Omeprazol 20 mg vid behov. Ingen antikoagulantia."),
    ("Socialt", "Gift, två vuxna söner, den ena bor i Helsingborg. Ingen hemtjänst. Arbetade tidigare som hamnarbetare."),
    ("Lab", "Hb 98, CRP 64, ALP 6,2, ALAT 1,4, bilirubin 28, albumin 29, Ca 2,71, krea 104."),
    ("Röntgen", "DT thorax-buk med kontrast: 4 cm tumör vä underlob, multipla bilaterala lungnoduli och ett tiotal levermetastaser, största 6 cm. Pleuravätska hö."),
    ("Bedömning", "Disseminerad lungcancer med lever- och lungmetastaser samt hyperkalcemi. Allmäntillståndet nedsatt, WHO 2."),
    ("Planering", "Pat är inte informerad om DT-fynden ikväll, han var trött och förvirrad och hustrun hade åkt hem. Besked ges av avdelningsläkare imorgon med sonen närvarande. Vätska 2 L NaCl, Zometa efter njurfunktion, pleuratappning imorgon. Remiss lungmedicin för px och behandlingsdiskussion."),
], must=["NL101"], tpl="Inskrivningsanteckning", setting="slutenvård",
  why="long admission note with status lines; disseminated lung cancer stated, patient not informed tonight")

C("nl101-long-muskelinvasiv-blascancer-aterbesok", "sks_uro", "1949-10-03", "M", "2024-05-14 11:30", [
    ("Aktuellt", "Återbesök efter TURB 29/4 av 3 cm solid tumör i blåsans vä sidovägg, makroskopiskt radikalt resecerad. Har haft KAD i tio dagar pga koagelretention, nu avvecklad."),
    ("Anamnes", "Sökte i mars för smärtfri makroskopisk hematuri. Rökare sedan 50 år, ca 15 cig/dag. Hjärtinfarkt 2016 med PCI, står på Trombyl och atorvastatin. Pensionerad lastbilschaufför, bor med hustrun i Tibro."),
    ("Status", "AT gott. BT 148/86, puls 72 regelbunden. Buk mjuk och oöm utan palpabla resistenser. Urinen makroskopiskt klar, resurin 40 ml. Yttre genitalia ua, inga ödem."),
    ("Läkemedel", "Trombyl 75 mg, atorvastatin 40 mg, metoprolol 50 mg, alfuzosin 10 mg till natten. Inga kända läkemedelsallergier."),
    ("Socialt", "Hustrun har KOL och är för närvarande inlagd på Skaraborgs Sjukhus Lidköping. Två döttrar i Göteborg. Kör själv bil till sjukhuset."),
    ("Utredning", "PAD TURB: höggradig urotelial cancer med växt i detrusormuskulaturen, pT2, carcinoma in situ i resektionsranden. DT-urografi utan tumör i övre urinvägar, DT thorax utan metastaser. Krea 96."),
    ("Bedömning", "Muskelinvasiv urinblåsecancer cT2N0M0. Aktuellt med neoadjuvant cytostatika följt av radikal cystektomi, alternativt kurativ strålbehandling."),
    ("Information", "Pat ännu ej informerad om PAD-svaret. Dagens besök ägnades åt kateterproblemen, och hustrun som ska vara med vid beskedet ligger inne på annat sjukhus. Nytt besök 21/5 med båda för besked och behandlingsdiskussion."),
    ("Planering", "Anmäls till regional MDK urologisk cancer 17/5. Rökavvänjning erbjuds inför eventuell operation."),
], must=["NL101"], why="long outpatient note; muscle-invasive bladder cancer in Bedömning, Information says not yet informed")

# ===================== NL101 must_not =====================================================
# --- told -------------------------------------------------------------------------------

C("nl101n-long-rektalcancer-besked-givet", "sus_lund_onk", "1963-07-14", "F", "2024-02-22 15:10", [
    ("Aktuellt", "Nybesök på onkologen efter remiss från kirurgen i Helsingborg. Sökte i december för blod i avföringen och ändrade avföringsvanor sedan hösten."),
    ("Anamnes", "60-årig kvinna, tidigare frisk bortsett från hypotyreos på Levaxin 100 µg. Ej rökare, alkohol sparsamt. Arbetar som lågstadielärare, gift, två vuxna barn. Ingen ärftlighet för kolorektal cancer."),
    ("Socialt", "Bor med maken i radhus i Höganäs. Har hund och går långa promenader dagligen. Barnen bor i Stockholm och Malmö."),
    ("Status", "AT: Gott, WHO 0. Vikt 68 kg.\nCor: Regelbunden rytm, inga blåsljud.\nPulm: Vesikulärt bilat.\nBuk: Mjuk, oöm, ingen lever palpabel.\nPR: Tumör palpabel 7 cm ovan anus på framväggen, fixerad mot omgivningen."),
    ("Utredning", "Rektoskopi med px: adenocarcinom. MR lilla bäckenet: tumör 6–10 cm från anal verge, cT3c, två misstänkta mesorektala körtlar, EMVI pos, MRF fri. Staging-DT av thorax och buk visar inga fjärrmetastaser. CEA 7,2."),
    ("Läkemedel", "Levaxin 100 µg x 1. Inga naturläkemedel, ingen känd läkemedelsallergi."),
    ("Bedömning", "Lokalt avancerad rektalcancer, cT3cN1M0. Enligt MDK-beslut 19/2 preoperativ strålbehandling 5 x 5 Gy följd av cytostatika och därefter TME-kirurgi."),
    ("Information", "Pat informerades idag om diagnosen och behandlingsplanen, maken närvarande. Hon tog beskedet sakligt och ställde frågor om stomi och om hon kan arbeta under strålbehandlingen. Skriftlig information och kontaktsjuksköterskans nummer lämnade."),
    ("Planering", "Dosplanerings-DT 27/2, strålstart v. 10. Blodprover före start. Sjukskrivning 100 % t.o.m. 30/4 utfärdad. Stomiterapeut träffar henne före operationen för information och markering. Kontakt med kurator erbjuden, pat tackar ja."),
], must_not=["NL101"], why="long note; rectal cancer and patient explicitly informed today (told, no not-informed statement)")

C("nl101n-smacellig-tidigare-ej-informerad-nu-besked", "su_lung", "1955-05-05", "M", "2024-03-14 11:45", [
    ("Utredning", "EBUS-TBNA station 7 och 4R: småcellig lungcancer. Hjärn-MR utan metastaser."),
    ("Information", "Pat var tidigare ej informerad om PAD då svaret dröjde, men fick idag besked om småcellig lungcancer av undertecknad. Behandlingsstart cytostatika och strålning diskuterad."),
], must_not=["NL101"], why="'tidigare ej informerad' is overtaken in the same sentence: patient told today")

C("nl101n-parkinson-diagnosbesked-givet", "sus_lund_neuro", "1957-09-21", "F", "2024-04-02 14:15", [
    ("Bedömning", "Asymmetrisk vilotremor hö hand, rigiditet och bradykinesi, god effekt av provdos levodopa. Parkinsons sjukdom."),
    ("Information", "Diagnosbesked givet idag. Pat hade själv anat det och kände viss lättnad över att få ett namn på besvären. Broschyr från Parkinsonförbundet lämnad."),
], must_not=["NL101"], draft=True, why="Parkinson's disease, diagnosis told today")

C("nl101n-jme-informerad-korkort", "sks_neuro", "2005-03-30", "M", "2024-06-25 10:20", [
    ("Bedömning", "Morgonmyoklonier sedan två år och ett GTK efter sömnbrist, EEG med generaliserade polyspike-wave. Juvenil myoklon epilepsi."),
    ("Information", "Informerat pat om diagnosen och om att sömnbrist och alkohol provocerar anfall. Körkortsreglerna genomgångna, han har inte börjat övningsköra. Lamotrigin upptitreras."),
], must_not=["NL101"], why="19-year-old with juvenile myoclonic epilepsy; patient informed")

C("nl101n-prostatacancer-lagrisk-telefonbesked-enligt-onskan", "sus_malmo_uro", "1952-01-08", "M", "2024-05-16 09:30", [
    ("Bedömning", "PAD: adenocarcinom i prostata, Gleason 3+3=6 i 2 av 12 biopsier, PSA-densitet 0,09. Lågrisk prostatacancer."),
    ("Åtgärd", "Pat informerad per telefon enligt eget önskemål om PAD-svaret. Aktiv monitorering diskuterad, ny PSA om 3 mån och MR om ett år."),
], tpl="Telefonanteckning", must_not=["NL101"], why="low-risk prostate cancer, patient told by phone at his own request")

C("nl101n-endometriecaner-told-typo", "ostra_gyn", "1958-12-19", "F", "2024-08-27 13:25", [
    ("Bedömning", "Endometriebiopsi: endometrioid adenocarcinom grad 1. MR visar invasion < 50 % av myometriet."),
    ("Information", "Diagnosbesked endometriecaner givet av undertecknad med kontaktsjuksköterska närvarande. Pat har fått skriftlig information om planerad hysterektomi."),
], must_not=["NL101"], why="endometrial cancer, diagnosis told by the author; typo 'endometriecaner'")

C("nl101n-vaskular-demens-meddelad-pat-och-make", "landskrona_ger", "1939-10-27", "F", "2024-09-03 11:00", [
    ("Diagnos", "Vaskulär demens (F01.9)."),
    ("Sammanfattning", "Stegvis försämring av minne och exekutiva funktioner efter två lakunära infarkter, MMSE 22, MR med uttalade vitsubstansförändringar."),
    ("Information", "Diagnosen har meddelats pat och make vid dagens besök. Pat förstod och ställde relevanta frågor om körkort och boende."),
], must_not=["NL101"], why="vascular dementia, communicated to patient and husband")

C("nl101n-kll-sedan-tidigare-informerad", "su_hemat", "1946-02-02", "M", "2024-10-08 10:35", [
    ("Aktuellt", "Årskontroll av KLL stadium Binet A."),
    ("Bedömning", "Stabila lymfocyter 28, Hb 138, TPK 190. Inga B-symtom. Pat är sedan tidigare välinformerad om sin KLL och att behandling inte är indicerad nu."),
], must_not=["NL101"], why="CLL; patient already well informed")

C("nl101n-brca1-resultat-lamnat", "sus_lund_genetik", "1990-11-11", "F", "2024-03-07 14:50", [
    ("Utredning", "Analys av BRCA1/BRCA2 efter att mor insjuknat i ovarialcancer 52 år: patogen variant c.5266dupC i BRCA1."),
    ("Information", "Resultatet lämnat vid dagens besök. Pat informerad om ärftlighetsgång, kontrollprogram med MR bröst och möjlighet till riskreducerande kirurgi."),
], must_not=["NL101"], why="BRCA1 pathogenic variant, result given to the patient today")

C("nl101n-bipolar-aterkopplad-modern-med", "nu_psyk", "2002-06-06", "M", "2024-04-30 15:05", [
    ("Bedömning", "Två maniska skov med sömnlöshet och storhetsidéer 2023 samt depressiva perioder. Bipolär sjukdom typ I (F31)."),
    ("Information", "Har idag återkopplat diagnosen till pat, modern var med på hans önskan. Pat delvis accepterande, vill läsa på mer innan ställningstagande till litium."),
], must_not=["NL101"], why="bipolar I diagnosis fed back to patient today")

C("nl101n-diabetes-typ1-dianosen-typo", "hbg_med", "2000-08-14", "F", "2024-01-23 19:30", [
    ("Bedömning", "Nydebuterad typ 1-diabetes med ketoacidos, pH 7,18, B-glukos 31. GAD-ak positiva."),
    ("Information", "Pat informerad om dianosen ikväll, diabetessjuksköterskan träffar henne imorgon för insulinundervisning."),
], setting="slutenvård", must_not=["NL101"], why="new type 1 diabetes, patient informed; typo 'dianosen'")

# --- only relatives not told -------------------------------------------------------------

C("nl101n-levermetastaser-barnen-ska-inte-informeras", "sus_lund_onk", "1954-03-25", "M", "2024-05-29 10:15", [
    ("Bedömning", "Progress av koloncancer med nytillkomna levermetastaser på DT, ej resektabla."),
    ("Information", "Pat informerad om levermetastaserna och att behandlingen nu är palliativ. Han vill själv berätta för barnen och önskar att de inte informeras av oss i nuläget."),
], must_not=["NL101"], why="patient informed; only his children are not to be told")

C("nl101n-brostcancer-maken-ej-informerad", "su_onk", "1977-12-01", "F", "2024-07-16 13:00", [
    ("Bedömning", "Trippelnegativ bröstcancer vä, cT2N0. Neoadjuvant cytostatika enligt KEYNOTE-522."),
    ("Information", "Maken är ännu ej informerad om bröstcancern på pats uttryckliga begäran. Pat själv välinformerad och har fått skriftligt material."),
], must_not=["NL101"], why="husband not informed at patient's request; patient herself informed")

C("nl101n-hodgkin-foraldrarna-efter-helgen", "sus_lund_hem", "2005-10-19", "F", "2024-06-14 16:30", [
    ("Utredning", "PAD halslymfkörtel: klassiskt Hodgkins lymfom, nodulär skleros. PET-DT stadium IIA."),
    ("Information", "Pat informerad om Hodgkins lymfom och den goda prognosen. Hon vill att föräldrarna inte får veta förrän efter helgen, vilket respekteras."),
], must_not=["NL101"], why="18-year-old patient informed; only her parents not told yet")

C("nl101n-hiv-partnern-ej-informerad", "sas_inf", "1985-04-17", "M", "2024-02-08 14:40", [
    ("Bedömning", "Nydiagnostiserad hiv-1-infektion, CD4 410, virusmängd 85 000 kopior/ml."),
    ("Information", "Pat informerad om hiv-diagnosen, smittsamhet och behandlingens effekt. Partnern är inte informerad ännu, pat vill berätta själv; smittspårning via kurator."),
], must_not=["NL101"], why="HIV diagnosis told to patient; partner not yet told")

C("nl101n-emotionellt-instabil-mamman-ska-inte-veta", "hassleholm_psyk", "1998-07-23", "F", "2024-11-05 10:45", [
    ("Bedömning", "Strukturerad intervju SCID-5-PD: uppfyller kriterierna för emotionellt instabilt personlighetssyndrom (F60.3)."),
    ("Information", "Diagnosen genomgången med pat som tog den väl och vill börja DBT. Pat vill inte att hennes mamma ska få veta om diagnosen."),
], must_not=["NL101"], why="patient informed of EIPS diagnosis; the mother is the one not to know")

C("nl101n-lewy-body-sonen-i-australien", "kungalv_ger", "1943-08-08", "M", "2024-12-10 13:35", [
    ("Bedömning", "Fluktuerande kognition, visuella hallucinationer och parkinsonism, DaTscan patologisk. Lewy body-demens."),
    ("Information", "Pat och hustrun informerade om diagnosen vid besöket. Sonen som bor i Australien är inte underrättad än, hustrun tar det."),
], must_not=["NL101"], why="Lewy body dementia told to patient and wife; only the son abroad not informed")

# --- the untold thing is not a diagnosis --------------------------------------------------

C("nl101n-gallsten-op-flyttad-ej-informerad", "cs_kir", "1972-02-29", "F", "2024-04-04 15:55", [
    ("Aktuellt", "Känd symtomgivande gallstenssjukdom med tre gallstensanfall, planerad för lap. kolecystektomi v. 16."),
    ("Planering", "Pat ännu ej informerad om att operationen flyttats till v. 22 pga platsbrist på IVA. Koordinator ringer imorgon."),
], must_not=["NL101"], draft=True, why="the untold fact is a postponed operation; gallstone disease already known to the patient")

C("nl101n-coxatros-ny-op-tid-brev-typo", "molndal_orto", "1951-06-30", "M", "2024-08-13 09:05", [
    ("Bedömning", "Uttalad coxatros hö, står på väntelista för total höftplastik."),
    ("Åtgärd", "Ny op-tid 3/10 efter avbokning. Pat har inte blivit informerad om den nya tiden än, kallelse skickas per brev idag."),
], must_not=["NL101"], why="patient not yet told a new operation date; coxarthrosis is known; typo 'coxatros' in the diagnosis")

C("nl101n-aortastenos-hjartrehab-vantetid", "sus_lund_kard", "1949-09-14", "M", "2024-10-29 11:25", [
    ("Bedömning", "Status post TAVI 2/10 pga svår aortastenos, gott resultat med medelgradient 9 mmHg. NYHA I."),
    ("Planering", "Pat ännu ej informerad om att hjärtrehab i grupp startar först i januari pga personalbrist. Fysioterapeut ringer honom."),
], must_not=["NL101"], why="the untold information is a rehab waiting time, not a diagnosis")

C("nl101n-normala-prover-ssk-ringer", "alingsas_med", "1987-03-09", "F", "2024-04-03 12:10", [
    ("Lab", "Prover 2/4: Hb 134, CRP < 1, TSH 1,9, B12 380, ferritin 64, elektrolyter och leverprover normala."),
    ("Åtgärd", "Pat ej informerad om provsvaren ännu. Sjuksköterska ringer henne imorgon och bokar uppföljning av tröttheten."),
], tpl="Telefonanteckning", must_not=["NL101"], why="not informed of normal lab results; there is no diagnosis")

C("nl101n-typ1-cgm-kostnad-ej-informerad", "sus_malmo_endo", "1995-05-15", "F", "2024-09-26 14:00", [
    ("Aktuellt", "Typ 1-diabetes sedan 2010, insulinpump, HbA1c 56."),
    ("Planering", "Byte till annan CGM-sensor pga hudreaktion. Pat ännu inte informerad om att egenavgiften för nya sensorn blir högre; diabetessköterskan tar det vid nästa kontakt."),
], must_not=["NL101"], why="untold fact is a cost; type 1 diabetes is long known")

C("nl101n-katarakt-vantetid-ej-meddelad", "su_ogon", "1945-01-28", "F", "2024-03-21 10:00", [
    ("Bedömning", "Åldersrelaterad katarakt bilat, mest uttalad vä, visus 0,3/0,5. Op-indikation vä öga."),
    ("Planering", "Sätts upp för fakoemulsifikation vä. Pat har ännu inte meddelats om väntetiden på cirka fem månader, görs via brev med kallelse."),
], must_not=["NL101"], why="patient not told the waiting time; cataract discussed and operation planned")

C("nl101n-long-utredning-viktnedgang-utan-malignitet-ej-nadd", "angelholm_med", "1961-11-02", "M", "2024-07-04 16:20", [
    ("Aktuellt", "Uppföljning per journal efter snabbspårsutredning för allvarliga ospecifika symtom. Remitterad från VC Båstad pga viktnedgång 6 kg, trötthet och lätt anemi. Besöket 20/6 gjordes av undertecknad, denna anteckning sammanfattar svaren som kommit in sedan dess."),
    ("Läkemedel", "Enalapril 10 mg x 1, atorvastatin 20 mg x 1. Inga NSAID, inga blodförtunnande."),
    ("Socialt", "Sambo, två utflugna barn. Arbetar heltid och har inte varit sjukskriven. Alkohol 2–3 glas vin i veckan."),
    ("Anamnes", "62-årig man med hypertoni och hyperlipidemi. Ex-rökare sedan 2005. Arbetar som snickare, bor med sambo. Inga nattsvettningar, ingen feber. Vikten har stabiliserats sedan juni enligt egen uppgift."),
    ("Status", "Vid besöket 20/6: AT gott, vikt 81 kg. Cor och pulm ua. Buk mjuk, oöm, ingen hepatosplenomegali. Inga förstorade lymfkörtlar på hals, i axiller eller ljumskar. PR ua, prostata slät."),
    ("Lab", "Hb 131, MCV 88, ferritin 74, CRP 3, SR 8, PSA 1,1, kalcium, leverstatus och TSH normala, celiakiserologi negativ, F-Hb negativt x3."),
    ("Utredning", "DT thorax-buk: inga förstorade lymfkörtlar, inga fokala lesioner i lever eller lungor. Gastroskopi och koloskopi med normala fynd, px utan patologi."),
    ("Bedömning", "Ingen malignitet påvisad och ingen annan organisk förklaring till viktnedgången, som nu har avstannat. Lätt anemi vid remisstillfället är normaliserad."),
    ("Planering", "Pat ännu ej nådd för besked om utredningsresultaten, sökt per telefon i eftermiddag. Nytt försök imorgon, annars brev. Åter till VC Båstad för fortsatt viktuppföljning om tre månader."),
], must_not=["NL101"], why="long note: patient not reached for an all-normal work-up; malignancy excluded, no diagnosis is withheld")

C("nl101n-koloskopi-ua-vet-inte-an", "nal_med", "1983-09-30", "M", "2024-11-26 15:30", [
    ("Utredning", "Koloskopi till caekum: normal slemhinna, inga polyper, ingen inflammation. Slumpvisa px tagna från hö och vä kolon."),
    ("Planering", "Pat vet ännu inte om det lugnande beskedet då han åkt hem innan undersökaren hann prata med honom. Ringer när px-svaren kommit."),
], must_not=["NL101"], why="patient not told a normal colonoscopy; no diagnosis")

# --- protected: Tidiga hypoteser (Skåne template, VGR sökord) ------------------------------

C("nl101n-skane-tidiga-hypoteser-mall-ftd", "sus_lund_neuro", "1960-04-16", "M", "2024-02-15 16:45", [
    ("Bedömning", "Beteendeförändring med disinhibition och apati enligt hustrun, FDG-PET med frontal hypometabolism. Misstänkt beteendevariant av frontotemporal demens. Pat ej informerad om misstanken, uppgifterna kommer från hustrun."),
], tpl="Tidiga hypoteser", must_not=["NL101"], why="Skåne Melior template Tidiga hypoteser is filtered: not-informed hypothesis correctly hidden")

C("nl101n-vgr-sokord-tidiga-hypoteser-huntington", "sks_neuro", "1979-12-03", "F", "2024-05-02 13:55", [
    ("Aktuellt", "Ofrivilliga rörelser i armarna sedan ett år, ökad irritabilitet enligt sambo."),
    ("Status", "Lätta koreatiska rörelser i händer och ansikte, sakkadstörning. Tandemgång osäker."),
    ("Tidiga hypoteser", "Bilden inger misstanke om Huntingtons sjukdom, fadern dog ung med oklar psykisk sjukdom. Pat ej informerad om misstanken; genetisk vägledning innan ev. testning."),
    ("Planering", "Återbesök om fyra veckor, MR hjärna och neuropsykologisk bedömning."),
], must_not=["NL101"], why="VGR sökord Tidiga hypoteser is filtered; visible sections hold symptoms only")

C("nl101n-skane-tidiga-hypoteser-mall-artificiell-hypoglykemi", "sus_malmo_endo", "1993-06-02", "F", "2024-08-29 11:10", [
    ("Bedömning", "Upprepade hypoglykemier med högt insulin men lågt C-peptid under fasteprov. Misstanke om självförvållad hypoglykemi med exogent insulin, dvs artificiell störning. Pat ej informerad; diskuteras med psykiatrikonsult före samtal."),
], tpl="Tidiga hypoteser", setting="slutenvård", must_not=["NL101"],
  why="Skåne Tidiga hypoteser template: factitious-disorder suspicion withheld correctly")

C("nl101n-vgr-sokord-tidiga-hypoteser-prodromal-psykos", "nu_psyk", "2004-02-24", "M", "2024-10-17 14:25", [
    ("Aktuellt", "Söker för sömnproblem och koncentrationssvårigheter, har hoppat av gymnasiet."),
    ("Status", "Vaken, orienterad. Något avflackad affekt, tankeflödet ibland omständligt. Förnekar suicidtankar."),
    ("Tidiga hypoteser", "Möjlig prodromalfas av psykos med tanke på social tillbakadragenhet och udda idéer om grannarnas avsikter. Pat ej informerad om psykosmisstanken."),
    ("Planering", "Återbesök om två veckor, CAARMS-intervju. Sömnhygienråd."),
], must_not=["NL101"], why="VGR sökord Tidiga hypoteser filtered; visible sections have no diagnosis")

# ===================== NL102 must: hedged diagnosis in a visible Melior section ==========

C("nl102-susp-appendicit-akuten", "sus_malmo_akut", "1998-04-12", "M", "2024-06-14 02:35", [
    ("Anamnes", "Buksmärta sedan igår eftermiddag, debut kring naveln, nu lokaliserad till hö fossa. Illamående, ingen kräkning, aptitlös."),
    ("Status", "Buk: Ömhet och släppömhet över McBurneys punkt, Rovsing pos. Temp 38,1."),
    ("Bedömning", "Susp. appendicit, Alvarado 7. Fastande, dropp, kirurgkonsult."),
], must=["NL102"], tpl="Akutanteckning", setting="akut", why="'Susp.' appendicitis in Bedömning (Skåne Melior)")

C("nl102-trol-pneumoni-hogra-underloben", "su_akut", "1945-11-27", "F", "2024-01-09 22:15", [
    ("Aktuellt", "Feber sedan tre dagar, hosta med gulgröna upphostningar, ökad andfåddhet."),
    ("Status", "AF 24, sat 91 % på luft, crackles basalt hö. Temp 38,9."),
    ("Bedömning", "Trol. pneumoni hö underlob, CRP 186. Rtg pulm beställd, bensylpenicillin 3 g x 3 iv."),
], must=["NL102"], tpl="Akutanteckning", setting="akut", why="'Trol.' pneumonia (VGR Melior)")

C("nl102-dd-pyelonefrit-uretarsten", "sks_uro", "1989-08-08", "F", "2024-03-18 20:05", [
    ("Status", "Dunkömhet hö flank, temp 38,4. U-sticka: nitrit pos, blod 3+."),
    ("Bedömning", "DD pyelonefrit / hö uretärsten med avflödeshinder. DT-urografi ikväll, odlingar, ceftriaxon."),
], must=["NL102"], setting="akut", why="'DD' differential diagnosis list (pyelonephritis vs ureteral stone)")

C("nl102-sab-kan-ej-uteslutas-lp", "sus_lund_neuro", "1981-10-05", "F", "2024-09-02 23:40", [
    ("Anamnes", "Åskknallshuvudvärk under träning kl 15, maximal inom en minut. Illamående, nackstelhet."),
    ("Bedömning", "DT hjärna utan blödning men > 6 h från debut. Subaraknoidalblödning kan ej uteslutas, LP med spektrofotometri efter 12 h."),
], must=["NL102"], tpl="Akutanteckning", setting="akut", why="'kan ej uteslutas' after the diagnosis (SAH)")

C("nl102-temporalisarterit-fragetecken", "alingsas_med", "1950-07-19", "F", "2024-02-26 10:25", [
    ("Aktuellt", "Ny huvudvärk temporalt bilat sedan tre veckor, tuggclaudicatio, stelhet i skuldrorna."),
    ("Status", "Ömma, förtjockade aa. temporales bilat, pulsationer svaga. Visus 1,0 bilat."),
    ("Bedömning", "Temporalisarterit? SR 78, CRP 54. Prednisolon 40 mg insatt idag, temporalisbiopsi och UL bokas inom en vecka."),
], must=["NL102"], why="trailing '?' on the diagnosis (giant cell arteritis)")

C("nl102-sannolikt-polymyalgia-rheumatica", "cs_reuma", "1949-03-12", "M", "2024-05-13 13:15", [
    ("Bedömning", "Bilateral skulder- och höftgördelvärk med morgonstelhet 2 h, SR 54. Sannolikt polymyalgia rheumatica, utvärderas efter två veckors prednisolon 15 mg."),
], must=["NL102"], why="'Sannolikt' + Latin name (PMR)")

C("nl102-mojligen-begynnande-parkinson", "sks_neuro", "1953-01-30", "M", "2024-04-11 09:40", [
    ("Status", "Hypomimi, nedsatt armsving vä, lätt rigiditet vä arm med aktivering, fingertapping långsammare vä."),
    ("Bedömning", "Möjligen begynnande Parkinsons sjukdom. DaTscan beställd, återbesök efter svar."),
], must=["NL102"], why="'Möjligen begynnande' Parkinson's disease")

C("nl102-barn-misstanke-celiaki", "sus_lund_barn", "2017-05-22", "F", "2024-03-27 14:10", [
    ("Aktuellt", "6-årig flicka med buksmärtor, lös avföring och avplanande viktkurva sedan ett år."),
    ("Lab", "tTG-IgA 84 (ref < 7), total-IgA normal, Hb 112, ferritin 6."),
    ("Bedömning", "Misstanke om celiaki. Remiss för gastroskopi med duodenalbiopsier, glutenhaltig kost fram till dess."),
], must=["NL102"], why="child under 13 (guardian reads); 'Misstanke om celiaki'")

C("nl102-barn-ev-kawasaki-utkast", "ostra_barn", "2021-09-14", "M", "2024-11-02 04:20", [
    ("Aktuellt", "Feber sedan sex dagar trots antibiotika, röda ögon utan flytning, spruckna läppar."),
    ("Status", "Irritabel. Bilat konjunktival injektion, jordgubbstunga, ödematösa händer och fötter, 2 cm körtel hö hals."),
    ("Bedömning", "Ev. Kawasakis sjukdom. Eko hjärta imorgon, IVIG diskuterat med bakjour."),
], must=["NL102"], setting="akut", draft=True, why="'Ev.' Kawasaki disease in a toddler; unsigned draft")

C("nl102-barn-obs-pro-appendicit", "sus_lund_barn", "2014-12-01", "M", "2024-08-18 19:00", [
    ("Status", "9-årig pojke. Buk: ömhet i hö fossa, ingen tydlig släppömhet, hoppar ogärna. Temp 37,8. LPK 13,1, CRP 22."),
    ("Bedömning", "Obs pro appendicit. Inläggning, fastande, ny bukpalpation och CRP kl 07."),
], must=["NL102"], setting="slutenvård", why="'Obs pro' (observation for) appendicitis, child")

C("nl102-inger-misstanke-basaliom-nasa", "su_hud", "1944-05-09", "M", "2024-06-04 14:35", [
    ("Status", "Nästippen: 6 mm pärlemorglänsande papel med teleangiektasier och central krusta."),
    ("Bedömning", "Inger misstanke om nodulärt basaliom. Stansbiopsi tagen, därefter ställningstagande till Mohs-kirurgi."),
], must=["NL102"], why="'Inger misstanke om' basal cell carcinoma")

C("nl102-suspekt-maligt-melanom-typo", "sus_malmo_hud", "1970-09-26", "M", "2024-04-25 11:50", [
    ("Status", "Rygg, höger skulderblad: 9 mm asymmetrisk pigmentförändring med oregelbunden begränsning och flera färger, dermatoskopiskt atypiskt nätverk och blå-vit slöja."),
    ("Bedömning", "Förändringen är suspekt för maligt melanom. Excision med 2 mm marginal idag."),
], must=["NL102"], why="'suspekt för' melanoma; typo 'maligt' in the diagnosis")

C("nl102-talar-for-oppenvinkelglaukom", "su_ogon", "1958-12-28", "F", "2024-10-15 09:20", [
    ("Status", "Tryck 26/27 mmHg. Papiller med C/D 0,8 bilat och notch inferiort hö. Öppen kammarvinkel gonioskopiskt."),
    ("Bedömning", "Talar för primärt öppenvinkelglaukom bilat. Synfält och OCT bokas innan behandlingsbeslut."),
], must=["NL102"], why="'Talar för' glaucoma with confirmatory tests pending")

C("nl102-trol-bppv-bakre-bagen", "hbg_onh", "1966-03-03", "F", "2024-01-31 10:55", [
    ("Anamnes", "Kortvarig rotatorisk yrsel vid sänggående och när hon tittar upp, sedan fem dagar. Ingen hörselnedsättning."),
    ("Bedömning", "Trol. BPPV bakre båge hö, Dix-Hallpike pos med latens. Epleys manöver utförd, egenövningar instruerade."),
], must=["NL102"], why="'Trol.' + abbreviation BPPV")

C("nl102-long-sannolik-bipolar-typ2-stamningsdagbok", "su_psyk", "1992-07-07", "F", "2024-05-06 15:45", [
    ("Aktuellt", "Nybesök efter remiss från vårdcentralen Majorna, där hon behandlats för återkommande depressioner med sertralin utan bestående effekt. Kommer ensam, har själv läst på om bipolär sjukdom."),
    ("Anamnes", "31-årig kvinna. Första depressionen i tonåren, därefter fyra tydliga depressiva perioder med sömnstörning, skuldkänslor och sjukskrivning. Mellan dessa beskriver hon veckolånga perioder då hon sover fyra timmar per natt utan att vara trött, har många projekt igång samtidigt, pratar mycket och har gjort impulsiva köp för sammanlagt 60 000 kr. Omgivningen har noterat att hon är ”i högvarv” men hon har aldrig varit psykotisk eller inlagd. Ingen självskada, inga suicidförsök. Alkohol måttligt, inga droger."),
    ("Hereditet", "Morfar behandlades med litium, mor har haft depressioner."),
    ("Läkemedel", "Sertralin 100 mg x 1 sedan 2021, kombinerat p-piller. Inga andra läkemedel."),
    ("Socialt", "Bor ensam i lägenhet i Göteborg, arbetar som projektledare på reklambyrå. Nära kontakt med en syster."),
    ("Status", "Psykiskt status: Vaken, klar och orienterad. God kontakt, lätt forcerat tal, stämningsläget neutralt till lätt förhöjt. Inga psykotiska symtom. Förnekar suicidtankar, framtidsinriktad.\nMADRS-S 12. MDQ positiv (9 ja-svar)."),
    ("Bedömning", "Återkommande depressioner och hypomana perioder utan psykos. Bedöms som sannolik bipolär sjukdom typ II, där sertralinbehandlingen kan ha bidragit till svängningarna."),
    ("Planering", "Stämningsdagbok i fyra veckor och komparentintervju med systern innan beslut om stämningsstabiliserare. Sertralin trappas ned under två veckor. Information om sömnens betydelse och om att undvika alkohol under utredningen. Återbesök 3/6, kontakt via mottagningens telefon vid försämring."),
], must=["NL102"], why="long dictated psychiatry note; 'sannolik bipolär sjukdom typ II' with collateral pending")

C("nl102-kan-rora-sig-om-endometrios", "ystad_gyn", "1996-11-20", "F", "2024-09-12 13:30", [
    ("Anamnes", "Tilltagande mensvärk sedan flera år, smärtor vid samlag och ont vid tarmtömning under mens."),
    ("Bedömning", "Kan röra sig om endometrios med tanke på cykliska smärtor och dyspareuni, inget endometriom på UL. Kontinuerliga p-piller prövas i tre månader."),
], must=["NL102"], why="'Kan röra sig om' endometriosis")

C("nl102-misstankt-x-laparoskopi", "ostra_gyn", "1991-04-04", "F", "2024-12-14 01:15", [
    ("Status", "Ömhet vä fossa, portioflyttningsömhet. S-hCG 2300. VUL: tom uterus, 2 cm resistens vä adnex, fri vätska i fossa Douglasi."),
    ("Bedömning", "Misstänkt extrauterin graviditet (X) vä. Akut laparoskopi, pat informerad och samtycker."),
], must=["NL102"], setting="akut", why="suspected ectopic pregnancy, Swedish abbreviation 'X'; informed consent present so only NL102 is the idea")

C("nl102-ev-dvt-ultraljud-imorgon", "trelleborg_orto", "1962-06-11", "F", "2024-03-06 18:25", [
    ("Aktuellt", "Tre veckor efter knäplastik hö, nu svullnad och ömhet i vä vad sedan två dagar."),
    ("Bedömning", "Ev. DVT vä ben. UL imorgon, Fragmin 15 000 E sc ikväll."),
], must=["NL102"], setting="slutenvård", why="'Ev.' + abbreviation DVT on an orthopaedic ward")

C("nl102-hjartsvikt-fragetecken-eko", "nal_med", "1940-10-10", "M", "2024-08-07 11:35", [
    ("Status", "Ankelödem bilat upp till knäna, halsvenstas, basala rassel."),
    ("Bedömning", "Hjärtsvikt? NT-proBNP 2300. Eko beställt, furosemid 40 mg x 1 tills vidare."),
], must=["NL102"], why="diagnosis followed by '?' (heart failure)")

C("nl102-sannolik-subakut-tyreodit-typo", "sus_malmo_endo", "1984-08-21", "F", "2024-11-07 10:05", [
    ("Bedömning", "Öm struma efter övre luftvägsinfektion, låg TSH, förhöjt fritt T4, CRP 38 och lågt upptag på skintigrafi. Sannolik subakut tyreodit (de Quervain). Propranolol och NSAID."),
], must=["NL102"], why="'Sannolik' + eponym de Quervain thyroiditis; typo 'tyreodit'")

C("nl102-kan-inte-helt-utesluta-tia", "sks_neuro", "1959-09-09", "M", "2024-02-14 16:20", [
    ("Anamnes", "20 min övergående ordfinnandesvårigheter och domning hö hand igår kväll, nu helt återställd."),
    ("Bedömning", "Kan inte helt utesluta TIA, ABCD2 4. Trombyl 160 mg laddning, karotis-UL och MR hjärna inom 24 h."),
], must=["NL102"], setting="akut", why="'Kan inte helt utesluta' before the diagnosis (TIA)")

C("nl102-ej-osannolikt-crohns", "sus_malmo_gastro", "2001-01-15", "F", "2024-06-20 14:50", [
    ("Bedömning", "Diarréer, viktnedgång och perianal fistel, F-kalprotektin 870. Ej osannolikt att det rör sig om Crohns sjukdom. Ileokoloskopi och MR tunntarm bokade."),
], must=["NL102"], why="double-negation hedge 'Ej osannolikt' (Crohn's disease)")

C("nl102-mkt-talar-for-gikt", "alingsas_med", "1957-02-02", "M", "2024-07-11 13:20", [
    ("Status", "Rodnad, varm och extremt öm vä MTP I-led."),
    ("Bedömning", "Mkt talar för gikt vä MTP I, urat 520. Punktion för kristallanalys, colchicin tills vidare."),
], must=["NL102"], draft=True, why="'Mkt talar för' gout, crystal analysis pending")

C("nl102-susp-scafoideumfraktur-typo", "trelleborg_orto", "2003-05-30", "M", "2024-01-17 12:40", [
    ("Anamnes", "Föll på utsträckt hand i fotbollsmatch igår."),
    ("Status", "Ömhet i fossa tabatière vä och vid axiell kompression av tummen. Rtg handled 4 projektioner utan fraktur."),
    ("Bedömning", "Susp. scafoideumfraktur vä, gips 10 dagar och ny rtg, alternativt MR."),
], must=["NL102"], why="'Susp.' scaphoid fracture; typo 'scafoideum'")

C("nl102-dd-nstemi-perimyokardit", "sas_kard", "1971-12-07", "M", "2024-10-21 08:15", [
    ("Aktuellt", "Tryckande bröstsmärta i vila sedan igår kväll, nyligen förkyld."),
    ("Lab", "hs-TnT 48 → 61, CRP 34. EKG med diskreta ST-sänkningar lateralt."),
    ("Bedömning", "DD NSTEMI, perimyokardit. Koronarangiografi imorgon förmiddag, Brilique och Fragmin till dess."),
], must=["NL102"], setting="slutenvård", draft=True, why="'DD' two competing diagnoses in cardiology")

C("nl102-formodligen-viral-meningit", "sus_malmo_inf", "1994-03-29", "F", "2024-08-01 21:30", [
    ("Lab", "LP: 180 mononukleära celler, glukoskvot 0,6, laktat normalt."),
    ("Bedömning", "Förmodligen viral meningit, enterovirus-PCR och HSV-PCR skickade. Aciklovir iv tills HSV-PCR är negativ."),
], must=["NL102"], setting="slutenvård", why="'Förmodligen' viral meningitis")

C("nl102-tycks-vara-ramsay-hunt", "su_onh", "1967-07-25", "M", "2024-04-18 15:05", [
    ("Status", "Blåsor i hö hörselgång och på concha, perifer facialispares hö House-Brackmann III, sensorineural hörselnedsättning hö."),
    ("Bedömning", "Tycks röra sig om herpes zoster oticus, dvs Ramsay Hunts syndrom. Valaciklovir och prednisolon, audiogram om en vecka."),
], must=["NL102"], why="'Tycks röra sig om' + eponym (Ramsay Hunt)")

C("nl102-eventuell-sarkiodos-typo", "sus_lund_lung", "1985-06-18", "F", "2024-05-23 10:45", [
    ("Röntgen", "Rtg pulm: bilaterala förstorade hili, lungparenkym ua."),
    ("Bedömning", "Erythema nodosum på underbenen och fotledsartrit. Eventuell sarkiodos, bilden passar med Löfgrens syndrom. EBUS om inte spontan regress inom tre månader."),
], must=["NL102"], why="'Eventuell' sarcoidosis (Löfgren); typo 'sarkiodos'")

C("nl102-missankt-kol-exacerbation-typo", "kungalv_akut", "1952-04-26", "F", "2024-12-22 06:50", [
    ("Aktuellt", "Ökad andfåddhet och mer missfärgade upphostningar sedan fyra dagar. Storrökare, ingen tidigare spirometri."),
    ("Bedömning", "Missänkt KOL-exacerbation, spirometri när hon är stabil. Inhalationer, prednisolon 30 mg i fem dagar och doxycyklin."),
], must=["NL102"], setting="akut", why="typo 'Missänkt' in the hedge cue, COPD never confirmed")

C("nl102-oklart-om-pneumoni-eller-lungodem", "hbg_med", "1938-08-31", "F", "2024-02-03 23:10", [
    ("Bedömning", "Oklart om bilden är atypisk pneumoni eller lungödem vid hjärtsvikt, bilaterala infiltrat på rtg och CRP 78. Behandlar båda: furosemid iv och cefotaxim."),
], must=["NL102"], setting="slutenvård", why="'Oklart om' X eller Y: two unsettled diagnoses")

C("nl102-barn-inger-misstanke-all", "sks_barn", "2018-02-09", "F", "2024-07-15 17:15", [
    ("Status", "Blek, petekier på benen, lever 3 cm och mjälte 2 cm nedom arcus."),
    ("Lab", "Hb 74, TPK 18, LPK 2,1 med enstaka omogna celler i utstryk."),
    ("Bedömning", "Pancytopeni med hepatosplenomegali inger misstanke om akut lymfatisk leukemi (ALL). Benmärgsundersökning imorgon i narkos."),
], must=["NL102"], setting="slutenvård", why="child under 13; suspected ALL in a visible section (VGR)")

C("nl102-fs-adhd-remiss-np-utredning", "nu_psyk", "2000-12-30", "M", "2024-03-12 14:00", [
    ("Aktuellt", "Svårt att behålla jobb, glömmer tider, rastlös sedan barndomen enligt mamman."),
    ("Bedömning", "Ingen pågående depression eller missbruk. Remitteras till neuropsykiatrisk utredning, f.s. ADHD kombinerad form."),
], must=["NL102"], why="'f.s.' (frågeställning) ADHD: a diagnosis under investigation")

C("nl102-klinisk-misstanke-guillain-barre-utkast", "sus_lund_neuro", "1977-08-16", "M", "2024-10-09 20:45", [
    ("Anamnes", "Diarré för tre veckor sedan. Sedan fyra dagar stigande svaghet i benen, nu även i armarna, stickningar i fötterna."),
    ("Status", "Symmetrisk pares distalt > proximalt, areflexi i benen. VK 3,1 L."),
    ("Bedömning", "Klinisk misstanke om Guillain-Barrés syndrom. LP och ENeG imorgon, VK x 4 per dygn."),
], must=["NL102"], setting="slutenvård", draft=True, why="'Klinisk misstanke om' GBS; unsigned draft")

C("nl102-long-trol-urosepsis-akut", "su_akut", "1939-03-16", "M", "2024-04-27 03:55", [
    ("Kontaktorsak", "Feber, frossa och förvirring sedan igår kväll. Ambulans efter larm från hemtjänsten."),
    ("Anamnes", "84-årig man med prostatahyperplasi, kronisk njursvikt stadium 3 och förmaksflimmer på Eliquis. Bor ensam i lägenhet i Mölndal, hemtjänst två gånger dagligen. Enligt hemtjänsten sveda och täta trängningar senaste veckan, ingen hosta. Inga nyligen insatta läkemedel."),
    ("Status", "AT: Påverkad, varm, frossar.\nMedvetande: RLS 2, desorienterad till tid.\nAndning: AF 26, sat 94 % på luft.\nCirkulation: BT 92/54, puls 118 oregelbunden, kapillär återfyllnad 3 s.\nCor: Oregelbunden rytm, inga blåsljud.\nPulm: Vesikulärt, inga rassel.\nBuk: Mjuk, öm suprapubiskt, blåsan palpabel.\nRygg: Ingen dunkömhet.\nHud: Inga utslag, inga trycksår."),
    ("Läkemedel", "Eliquis 2,5 mg x 2, bisoprolol 5 mg x 1, finasterid 5 mg x 1, furosemid 20 mg x 1, Alvedon 1 g vid behov."),
    ("Socialt", "Änkling sedan 2020. Dottern bor i Kungsbacka och har fått besked om inläggningen av ambulanspersonalen."),
    ("Lab", "CRP 212, LPK 19,4, laktat 3,8, krea 188 (habituellt 130), Na 131. U-sticka: nitrit pos, leukocyter 3+. Blododlingar x2 och urinodling tagna före antibiotika."),
    ("Bedömning", "Trol. urosepsis med urinretention och akut på kronisk njursvikt. NEWS 9, sepsislarm aktiverat."),
    ("Åtgärd", "KAD sattes, 900 ml residualurin. Ringer-Acetat 1 L snabbt, därefter 1 L på 2 h. Cefotaxim 2 g iv. Eliquis pausas tills njurfunktionen förbättras. Blodgas: pH 7,31, BE −6. Paracetamol 1 g iv mot febern."),
    ("Planering", "Inläggning medicinavdelning med tät övervakning, timdiures. Ny laktatkontroll om 2 h. Kontakta IVA vid kvarstående hypotension trots vätska. Odlingssvar följs, peroral behandling övervägs efter 48 h feberfrihet. Avdelningen kontaktar dottern under förmiddagen."),
], must=["NL102"], tpl="Akutanteckning", setting="akut",
  draft=True, why="long emergency note with status lines; the one hedge is 'Trol. urosepsis'")

C("nl102-long-diktat-sannolikt-lewy-body", "landskrona_ger", "1942-01-06", "M", "2024-06-26 14:25", [
    ("Aktuellt", "Patienten kommer tillsammans med sin hustru för uppföljning av den kognitiva utredning som påbörjades i våras efter remiss från vårdcentralen i Svalöv, där man noterat tilltagande minnesproblem och episoder av förvirring."),
    ("Anamnes", "Hustrun berättar att han sedan ungefär ett år har dagar då han är påtagligt frånvarande och svår att nå, för att nästa dag vara nästan som vanligt. Han har vid flera tillfällen sett barn och djur i vardagsrummet som inte finns där, vilket han själv inte blivit rädd för. Han har också börjat gå mer framåtböjt och småstegat och har ramlat två gånger i köket. På nätterna slår han och pratar i sömnen, något hustrun tror pågått i flera år. Han har hypertoni och har tidigare opererats för ljumskbråck, i övrigt frisk. Läkemedel: amlodipin 5 mg."),
    ("Status", "Allmäntillstånd: Gott, något avflackad mimik.\nNeurologiskt: Lätt rigiditet i båda armarna, långsam fingertapping bilateralt, ingen vilotremor. Gången framåtlutad med minskad armsving. Romberg ua.\nOrtostatiskt prov: BT 146/82 liggande, 118/70 efter tre minuter stående.\nKognition: MMSE 23/30 med framför allt uppmärksamhetsbrister, klocktest med visuospatiala svårigheter."),
    ("Utredning", "DT hjärna visar måttlig central atrofi utan tecken på infarkter. Neuropsykologisk bedömning talar för frontosubkortikal profil med nedsatt uppmärksamhet och visuospatial förmåga men relativt bevarat episodiskt minne."),
    ("Bedömning", "Sammantaget med fluktuerande kognition, visuella hallucinationer, parkinsonism och misstänkt REM-sömnstörning är detta sannolikt en Lewy body-demens. Neuroleptika ska undvikas."),
    ("Socialt", "Paret bor i villa utanför Svalöv, två vuxna barn på annan ort. Före detta lantbrukare. Han har på eget initiativ slutat köra bil sedan i vintras, hustrun sköter ekonomin."),
    ("Information", "Pat och hustrun informerade om att fynden talar för en neurodegenerativ sjukdom och att DaTscan kan ge stöd för diagnosen. Båda vill veta resultatet så snart det finns, och hustrun har fått råd om hur hon kan bemöta hallucinationerna."),
    ("Planering", "DaTscan beställd. Återbesök med hustrun när svaret kommit för att diskutera diagnos och behandling med kolinesterashämmare. Fysioterapeut för fallprevention."),
], must=["NL102"], why="long dictated geriatric note; 'sannolikt en Lewy body-demens' with DaTscan pending")

C("nl102-long-brostcancerkontroll-misstankt-levermetastas", "su_onk", "1966-10-24", "F", "2024-09-19 13:10", [
    ("Aktuellt", "Planerad kontroll fem år efter operation för bröstcancer."),
    ("Anamnes", "Opererad 2019 med sektorresektion och portvaktskörtel hö för luminal B-cancer, pT1cN1a. Fick adjuvant cytostatika, strålbehandling och därefter letrozol som avslutades i juli. Sedan sommaren trött, ibland molvärk under hö arcus. Aptiten god, vikten stabil. Arbetar heltid som ekonom."),
    ("Status", "AT: Gott, WHO 0.\nBröst: Opererade hö bröstet med läkt ärr, ingen resistens. Vä bröst ua.\nLymfkörtlar: Inga förstorade på hals, supraklavikulärt eller i axiller.\nBuk: Mjuk, lätt öm under hö arcus, ingen lever palpabel.\nSkelett: Ingen knackömhet över kotpelaren."),
    ("Läkemedel", "Inga fasta läkemedel sedan letrozol avslutades. Kalcium med D-vitamin, alendronat en gång i veckan pga osteopeni."),
    ("Socialt", "Gift, två tonårsbarn. Tränar på gym två gånger i veckan, ingen alkohol till vardags."),
    ("Lab", "ALP 3,1, ALAT 0,9, GT 1,8, bilirubin 12, CEA 6,8, CA 15-3 48 (tidigare 18)."),
    ("Röntgen", "UL lever 12/9: två hypoekogena lesioner i hö leverlob, 14 och 22 mm. Mammografi av vä bröst i maj utan anmärkning."),
    ("Bedömning", "Misstänkt levermetastasering av bröstcancer, stigande tumörmarkörer. DT thorax-buk och leverbiopsi för verifikation och receptorstatus."),
    ("Information", "Pat informerad om ultraljudsfynden och om att fler undersökningar behövs innan vi vet vad förändringarna är. Hon förstår att det kan röra sig om återfall och var förberedd på det."),
    ("Planering", "DT bokad 24/9, biopsi via radiologen. Återbesök 8/10. Pat har mitt direktnummer och kontaktsjuksköterskans."),
], must=["NL102"], why="long oncology follow-up; 'Misstänkt levermetastasering' awaiting biopsy")

C("nl102-kanske-begynnande-artros-knä", "molndal_orto", "1969-06-27", "F", "2024-11-28 09:45", [
    ("Anamnes", "Värk i hö knä vid trappgång och efter långa promenader sedan ett halvår, ingen låsning."),
    ("Bedömning", "Kanske en begynnande artros medialt i hö knä, rtg med belastning bokas. Fysioterapi och viktnedgång rekommenderas."),
], must=["NL102"], why="lay hedge 'Kanske' + lay-style diagnosis (knee osteoarthritis)")

C("nl102-fragetecken-fore-cushing", "sus_malmo_endo", "1986-01-03", "F", "2024-03-04 11:15", [
    ("Status", "Central fetma, breda lila striae på buken, månansikte, BT 162/98."),
    ("Bedömning", "? Cushings syndrom. Dexametasonhämningstest 1 mg, nattligt salivkortisol x2."),
], must=["NL102"], why="leading '?' before an eponym diagnosis (Cushing's syndrome)")

C("nl102-misstankt-menieres-sjukdom", "hbg_onh", "1973-10-13", "M", "2024-08-22 14:20", [
    ("Anamnes", "Tre attacker senaste månaden med rotatorisk yrsel i flera timmar, lockkänsla, tinnitus och nedsatt hörsel vä."),
    ("Bedömning", "Misstänkt Ménières sjukdom vä, audiogram med lågfrekvent sensorineural nedsättning. MR inneröra och hörselgångar för att utesluta vestibularisschwannom."),
], must=["NL102"], why="'Misstänkt' Ménière's disease; 'för att utesluta' schwannoma is an investigation, not a negation of Ménière")

C("nl102-sannolkit-gallstensanfall-typo", "su_gastro", "1988-02-15", "F", "2024-05-09 16:30", [
    ("Anamnes", "Kolikartad smärta under hö arcus efter fet måltid, 3 h, strålar mot hö skulderblad."),
    ("Bedömning", "Sannolkit gallstensanfall, leverprover och bilirubin normala. UL lever-gallvägar bokas."),
], must=["NL102"], why="typo 'Sannolkit' in the hedge cue (biliary colic)")

C("nl102-trol-ff-episoder-holter", "sus_lund_kard", "1964-04-22", "F", "2024-12-05 10:30", [
    ("Aktuellt", "Anfall med oregelbunden hjärtklappning som varar några timmar, 2–3 gånger per månad."),
    ("Bedömning", "Trol. paroxysmala FF-episoder. Holter 72 h och eko, CHA2DS2-VASc 2 (kvinna, hypertoni)."),
], must=["NL102"], why="'Trol.' + abbreviation FF (atrial fibrillation)")

# ===================== NL102 must_not =====================================================
# --- negated -----------------------------------------------------------------------------

C("nl102n-ingen-misstanke-om-appendicit", "sus_malmo_akut", "2004-07-01", "F", "2024-05-04 20:40", [
    ("Status", "Buk: Mjuk, diffust lätt öm, ingen släppömhet, ingen defence. Afebril."),
    ("Bedömning", "Ospecifik buksmärta. Ingen misstanke om appendicit: oöm i hö fossa, CRP < 5 och LPK 6,8. Hem med råd, åter vid försämring."),
], must_not=["NL102"], tpl="Akutanteckning", setting="akut", why="negated: 'Ingen misstanke om appendicit'")

C("nl102n-dvt-uteslutes-ultraljud", "su_akut", "1968-01-25", "M", "2024-09-06 13:55", [
    ("Bedömning", "UL vä ben visar komprimerbara vener från ljumske till knäveck samt i vaden, DVT uteslutes. Vadsmärtan bedöms som muskelbristning efter padel."),
], must_not=["NL102"], tpl="Akutanteckning", setting="akut", draft=True, why="negated: 'DVT uteslutes' (postposed)")

C("nl102n-inga-tecken-pa-pneunomi-typo", "hbg_med", "1959-12-19", "M", "2024-10-25 12:20", [
    ("Röntgen", "Rtg pulm: Inga tecken på pneunomi eller pleuravätska. Hjärtstorlek normal."),
    ("Bedömning", "Hostan kvarstår efter virusinfektion, postinfektiös hosta. Inhalationssteroid prövas i fyra veckor."),
], must_not=["NL102"], setting="slutenvård", why="negated 'Inga tecken på' with typo 'pneunomi' in the diagnosis")

C("nl102n-inga-hallpunkter-for-ms", "sks_neuro", "1990-09-17", "F", "2024-01-24 14:10", [
    ("Utredning", "MR hjärna och halsrygg normal, likvor utan oligoklonala band, VEP normal."),
    ("Bedömning", "Inga hållpunkter för MS eller annan inflammatorisk CNS-sjukdom. Domningarna i händerna förklaras av bilateralt karpaltunnelsyndrom, verifierat med neurografi."),
], must_not=["NL102"], why="negated 'Inga hållpunkter för MS'; alternative diagnosis confirmed")

C("nl102n-kranskarlssjukdom-kan-uteslutas", "sus_lund_kard", "1973-05-08", "F", "2024-06-27 11:40", [
    ("Bedömning", "Normal DT-kranskärl med kalkscore 0. Kranskärlssjukdom kan uteslutas med god säkerhet, bröstsmärtorna är inte kardiella."),
], must_not=["NL102"], why="negated 'kan uteslutas' (contrast with 'kan ej uteslutas')")

C("nl102n-misstanken-om-celiaki-avskriven", "sus_malmo_gastro", "1997-02-11", "F", "2024-04-17 09:25", [
    ("Bedömning", "Misstanken om celiaki har avskrivits: normal duodenalbiopsi och negativt tTG på glutenhaltig kost. Diagnos IBS, lågFODMAP-kost via dietist."),
], must_not=["NL102"], why="'Misstanken om celiaki har avskrivits' = negated hypothesis")

C("nl102n-ingen-missanke-om-x-typo", "ostra_gyn", "1993-08-19", "F", "2024-02-19 15:15", [
    ("Bedömning", "VUL: intrauterin graviditet med hjärtaktivitet, CRL motsvarar v. 7+2. Ingen missanke om extrauterin graviditet. Blödningen bedöms som hotande missfall, kontroll om en vecka."),
], must_not=["NL102"], setting="akut", why="negated; typo 'missanke' in 'Ingen missanke om'")

C("nl102n-ej-supekt-for-melanom-typo", "sus_malmo_hud", "1988-03-23", "M", "2024-08-08 10:50", [
    ("Bedömning", "Dermatoskopiskt regelbundet retikulärt mönster, benignt junktionsnevus. Ej supekt för melanom, ingen åtgärd."),
], must_not=["NL102"], why="negated 'Ej suspekt för melanom'; typo 'supekt' in the cue")

C("nl102n-barn-ingen-misstanke-invagination", "sus_lund_barn", "2020-10-30", "M", "2024-12-11 18:35", [
    ("Status", "3-åring, opåverkad, mjuk buk, hård avföring i rektum."),
    ("Bedömning", "UL buk utan target sign, ingen misstanke om invagination. Förstoppning, Movicol och uppföljning på BVC."),
], must_not=["NL102"], setting="akut", why="child; negated 'ingen misstanke om invagination'")

C("nl102n-endokardit-avskrivs-tee", "sas_inf", "1956-11-13", "M", "2024-03-28 10:15", [
    ("Utredning", "TEE utan vegetationer, klaffar ua. Blododlingar x 3 negativa efter fem dygn."),
    ("Bedömning", "Endokardit avskrivs. Febern förklaras av pneumoni som svarat väl på behandling."),
], must_not=["NL102"], setting="slutenvård", why="negated 'avskrivs' (endocarditis ruled out)")

C("nl102n-long-akut-brostsmarta-allt-uteslutet", "sus_malmo_akut", "1979-09-02", "M", "2024-11-15 14:30", [
    ("Kontaktorsak", "Bröstsmärta sedan i morse."),
    ("Anamnes", "44-årig man, tidigare frisk. Vaknade med stickande smärta vä bröstkorg, värre vid djupa andetag och när han vrider överkroppen. Har burit möbler vid flytt igår. Ingen dyspné, ingen svimning, ingen feber. Icke-rökare, motionerar regelbundet."),
    ("Socialt", "Sambo och två barn i förskoleåldern. Arbetar som IT-konsult, flyttar till ny lägenhet i Limhamn denna vecka."),
    ("Läkemedel", "Inga stående läkemedel. Tog 1 g paracetamol i morse med viss effekt."),
    ("Tidigare sjukdomar", "Opererad för menisk hö knä 2015. Astma i barndomen, inga besvär som vuxen."),
    ("Hereditet", "Fadern fick hjärtinfarkt 68 år, modern har typ 2-diabetes."),
    ("Status", "AT: Gott, opåverkad, talar obehindrat.\nVitalparametrar: BT 132/84 hö = vä, puls 74, AF 14, sat 99 %, temp 36,8.\nCor: Regelbunden rytm, inga blåsljud, ingen gnidning.\nPulm: Vesikulärt bilat, inga biljud.\nThorax: Palpationsöm över 4:e–5:e revbensbrosket vä, reproducerar smärtan exakt.\nBen: Inga ödem, mjuka vader."),
    ("Lab", "hs-TnT < 5 vid ankomst och efter 1 h, D-dimer 0,21, CRP 2, Hb 151."),
    ("EKG", "Sinusrytm 72/min, normal axel, inga ST-T-förändringar."),
    ("Bedömning", "ACS uteslutet enligt 0/1 h-algoritm. Ingen misstanke om aortadissektion eller lungemboli, normalt D-dimer och lika blodtryck bilat. Muskuloskeletal bröstsmärta, costokondralt."),
    ("Åtgärd", "Information om diagnosen och att smärtan kan kvarstå några veckor. Paracetamol och ibuprofen vid behov. Åter vid andnöd eller förändrad smärtkaraktär. Sjukintyg behövs inte, han arbetar hemifrån resten av veckan."),
], must_not=["NL102"], tpl="Akutanteckning", setting="akut",
  why="long ED note: all serious diagnoses negated, final diagnosis confirmed, family and past history present; nothing hedged")

# --- confirmed -----------------------------------------------------------------------------

C("nl102n-misstanken-bekraftades-peroperativt", "cs_kir", "1985-07-17", "F", "2024-07-09 08:30", [
    ("Operationsfynd", "Laparoskopisk appendektomi: flegmonös appendix utan perforation."),
    ("Bedömning", "Misstanken om appendicit bekräftades peroperativt. Okomplicerat förlopp, hem idag, PAD-svar per brev."),
], must_not=["NL102"], tpl="Operationsberättelse", setting="slutenvård",
  why="suspicion word present but the diagnosis is confirmed ('bekräftades')")

C("nl102n-colles-fraktur-rtg", "molndal_orto", "1953-11-21", "F", "2024-01-29 11:05", [
    ("Röntgen", "Rtg vä handled: distal radiusfraktur med dorsal felställning 25°, ej intraartikulär."),
    ("Bedömning", "Collesfraktur vä. Reponeras i hematomblockad, dorsal gipsskena, kontroll-rtg om en vecka."),
], must_not=["NL102"], setting="akut", why="confirmed eponym fracture (Colles), no hedge")

C("nl102n-diagnos-paroxysmalt-ff-kod", "sus_lund_kard", "1955-04-30", "M", "2024-03-11 15:25", [
    ("Diagnos", "Förmaksflimmer, paroxysmalt (I48.0). Hypertoni (I10)."),
    ("Bedömning", "Holter visade tre FF-episoder på upp till 6 h. CHA2DS2-VASc 2, Eliquis 5 mg x 2 insatt."),
], must_not=["NL102"], why="confirmed diagnoses with ICD-10 codes in Diagnos section")

C("nl102n-eko-bekraftar-svar-aortastenos", "sas_kard", "1943-06-15", "M", "2024-05-27 09:55", [
    ("Utredning", "Eko bekräftar svår aortastenos: medelgradient 48 mmHg, AVA 0,7 cm², EF 55 %."),
    ("Bedömning", "Symtomgivande svår aortastenos, anmäls till TAVI-konferens."),
], must_not=["NL102"], why="confirmed aortic stenosis ('bekräftar')")

C("nl102n-pad-basalcellscancer-radikal", "sus_malmo_hud", "1940-02-12", "F", "2024-09-30 13:45", [
    ("Bedömning", "PAD: basalcellscancer, nodulär typ, radikalt exciderad med 3 mm marginal. Ingen ytterligare åtgärd, egenkontroll av huden."),
], must_not=["NL102"], why="PAD-confirmed basal cell carcinoma")

C("nl102n-graves-faststalld-tiamazol", "su_endo", "1982-12-08", "F", "2024-11-19 14:25", [
    ("Bedömning", "Graves sjukdom fastställd: TRAK 12, diffust ökat upptag på tyreoideaskintigrafi, lätt endokrin oftalmopati. Tiamazol 20 mg insatt, kontroll om fyra veckor."),
], must_not=["NL102"], why="confirmed ('fastställd') Graves disease")

C("nl102n-long-epikris-erysipelas-bekraftat", "sas_med", "1950-08-03", "F", "2024-02-09 13:20", [
    ("Diagnoser", "Erysipelas vä underben (A46.9). Diabetes mellitus typ 2 (E11.9). Venös insufficiens (I87.2)."),
    ("Tidigare sjukdomar", "Typ 2-diabetes sedan 2014, venös insufficiens med varicer bilat, hysterektomi 1998."),
    ("Socialt", "Bor med maken i villa i Fristad, klarar ADL självständigt. Ingen hemtjänst."),
    ("Sjukdomsförlopp", "73-årig kvinna som inkom 3/2 med feber 39,4, frossa och en snabbt spridande, skarpt avgränsad rodnad på vä underben. Ingångsport var en fotsvamp mellan tårna. CRP 168 vid ankomst. UL vä ben visade inga tecken på abscess, och DVT uteslöts på samma undersökning. Behandlades med bensylpenicillin 3 g x 3 iv i tre dygn med snabb feberfrihet och tillbakagående rodnad, därefter byte till peroral Kåvepenin. Blododlingar negativa. Blodsockret var högt under infektionen och Metformin kompletterades tillfälligt med basinsulin."),
    ("Status vid utskrivning", "AT: Gott, afebril sedan 5/2.\nVä underben: Kvarvarande blek rodnad, minskad svullnad, ingen fluktuation.\nFötter: Interdigital fotsvamp vä, behandlas.\nVikt: 84 kg."),
    ("Lab", "CRP 168 → 24, LPK 14,2 → 7,1, krea 78, HbA1c 61."),
    ("Läkemedel", "Kåvepenin 1 g x 3 t.o.m. 16/2. Pevaryl kräm mellan tårna två veckor. Insulin avslutat vid utskrivning, Metformin oförändrat."),
    ("Information", "Pat informerad om diagnosen, om vikten av att behandla fotsvampen och om att hålla benet högt i vila."),
    ("Uppföljning", "Kompressionsstrumpor när rodnaden gått tillbaka. Diabeteskontroll på vårdcentralen om tre månader med HbA1c. Återbesök inte planerat på medicinkliniken. Recidivrisk diskuterad; vid ny rodnad och feber kontakt med vårdcentral eller 1177."),
], must_not=["NL102"], tpl="Epikris", setting="slutenvård",
  why="long discharge summary: confirmed erysipelas, DVT and abscess negated, nothing hedged")

# --- family history ------------------------------------------------------------------------

C("nl102n-hereditet-mor-trol-brostcancer", "sus_malmo_brost", "1980-05-27", "F", "2024-04-08 10:40", [
    ("Hereditet", "Mor trol. bröstcancer i 40-årsåldern, avled i Polen, journaler saknas. Moster ovarialcancer."),
    ("Bedömning", "Normal klinisk undersökning och mammografi. Remiss till onkogenetisk mottagning för riskbedömning."),
], must_not=["NL102"], why="hedge about the mother's cancer in Hereditet, not the patient's diagnosis")

C("nl102n-hereditet-far-misstanktes-ha-als", "sks_neuro", "1972-10-01", "M", "2024-10-30 15:35", [
    ("Hereditet", "Fadern misstänktes ha ALS men blev aldrig utredd, dog 1998 av andningssvikt."),
    ("Bedömning", "Muskelkramper i vaderna utan svaghet, fascikulationer endast i vaderna, normal ENeG. Benigna fascikulationer, ingen neurologisk sjukdom."),
], must_not=["NL102"], why="father's suspected ALS (family history); patient's findings benign")

C("nl102n-hereditet-storebror-ev-celiaki", "sus_lund_barn", "2016-06-06", "F", "2024-02-28 09:10", [
    ("Aktuellt", "7-åring, kontroll av typ 1-diabetes, HbA1c 52."),
    ("Hereditet", "Storebror ev. celiaki, utreds på barnkliniken i Malmö. Mor har hypotyreos."),
    ("Planering", "Årsprover inkl. tTG-IgA och TSH tas idag enligt vårdprogram."),
], must_not=["NL102"], why="child; brother's possible celiac disease in Hereditet")

C("nl102n-hereditet-farbror-plotslig-dod", "sus_lund_kard", "1996-12-12", "M", "2024-07-24 13:00", [
    ("Hereditet", "Farbror dog plötsligt 42 år under joggingtur, misstänkt hjärtinfarkt eller arytmi, ingen obduktion."),
    ("Bedömning", "Normalt EKG utan förlängd QT eller preexcitation, normalt eko och arbetsprov. Inga fynd som motiverar vidare utredning."),
], must_not=["NL102"], draft=True, why="uncle's suspected MI/arrhythmia in Hereditet")

C("nl102n-hereditet-mormor-trol-otoskeros-typo", "su_onh", "1987-09-05", "F", "2024-12-17 10:30", [
    ("Hereditet", "Mormor hade trol. otoskeros, hörapparat från 50 års ålder."),
    ("Status", "Normala trumhinnor. Audiogram med konduktiv hörselnedsättning hö, Carhart-notch, stapediusreflex saknas hö."),
    ("Bedömning", "Otoskleros hö, verifierad audiologiskt. Pat önskar hörapparat i första hand."),
], must_not=["NL102"], why="grandmother's probable otosclerosis (typo 'otoskeros') in Hereditet; patient's own diagnosis confirmed")

C("nl102n-hereditet-syster-sannolikt-pcos", "ystad_gyn", "1999-04-14", "F", "2024-05-15 14:05", [
    ("Hereditet", "Syster har sannolikt PCOS, ej utredd. Far typ 2-diabetes."),
    ("Bedömning", "Regelbundna menstruationer, normala androgener och normal ovariemorfologi på UL. Kontraception: p-ring förskriven."),
], must_not=["NL102"], why="sister's probable PCOS in Hereditet")

# --- past history --------------------------------------------------------------------------

C("nl102n-tidigare-trol-borrelios-2012", "nal_med", "1962-07-08", "M", "2024-08-15 11:15", [
    ("Tidigare sjukdomar", "2012 trol. borrelios, behandlad med doxycyklin. Hypertoni sedan 2018."),
    ("Bedömning", "Välreglerad hypertoni, 128/78 på hemmamätning. Oförändrad behandling, njurfunktion och kalium om ett år."),
], must_not=["NL102"], why="old hedged episode under Tidigare sjukdomar")

C("nl102n-tidigare-misstankt-absens-som-barn", "sus_lund_neuro", "1991-03-19", "F", "2024-03-25 09:35", [
    ("Anamnes", "Som barn misstänkt absensepilepsi, utredd med EEG utan fynd och aldrig behandlad. Nu migrän med aura 2–3 gånger per månad."),
    ("Bedömning", "Migrän med aura. Triptan vid behov, kombinerat p-piller byts mot gestagenmetod."),
], must_not=["NL102"], why="childhood suspicion in Anamnes (past history); current diagnosis confirmed")

C("nl102n-tidigare-mojlig-reumatisk-feber", "su_reuma", "1978-01-01", "M", "2024-06-12 13:50", [
    ("Tidigare sjukdomar", "Möjlig reumatisk feber som barn i Irak enligt pat, uppgifter ej verifierbara. Mitralisinsufficiens lindrig på eko 2021."),
    ("Bedömning", "Seropositiv reumatoid artrit i remission på metotrexat, DAS28 2,1. Oförändrad behandling."),
], must_not=["NL102"], why="possible rheumatic fever in childhood (past history)")

C("nl102n-obstetrisk-anamnes-ev-x-2021", "ostra_gyn", "1989-10-26", "F", "2024-10-03 10:20", [
    ("Obstetrisk anamnes", "2019 partus normalis. 2021 ev. X, behandlad med metotrexat utan laparoskopisk verifikation."),
    ("Bedömning", "Nu intrauterin graviditet v. 8+1 med hjärtaktivitet, normalt förlopp. Inskrivning MVC."),
], must_not=["NL102"], why="possible ectopic in 2021 (past obstetric history); current pregnancy normal")

C("nl102n-tidigare-sannolik-tbc-somalia", "hbg_med", "1976-05-05", "M", "2024-04-22 15:00", [
    ("Tidigare sjukdomar", "1998 sannolik lungtuberkulos i Somalia, fullföljd sexmånadersbehandling enligt pat."),
    ("Bedömning", "Rtg pulm med äldre apikala fibrosstråk hö, oförändrat sedan 2016. Sputum-PCR för TB negativ x3. Nu hosta pga akut bronkit."),
], must_not=["NL102"], setting="slutenvård", why="probable TB in 1998 (past history); current TB negative")

# --- hedges not about a diagnosis ------------------------------------------------------------

C("nl102n-trol-utskrivning-imorgon", "cs_kir", "1966-09-23", "F", "2024-06-05 16:55", [
    ("Aktuellt", "Dag 1 efter laparoskopisk kolecystektomi för gallstenssjukdom, okomplicerad operation."),
    ("Bedömning", "Mår bra, mobiliserad, äter och dricker. Trol. utskrivning imorgon förmiddag."),
], must_not=["NL102"], setting="slutenvård", why="'Trol.' about discharge timing, diagnosis confirmed")

C("nl102n-long-sannolikt-behov-korttidsboende", "kungalv_ortoger", "1931-12-24", "F", "2024-01-12 11:30", [
    ("Aktuellt", "Dag 5 efter halvprotes hö höft pga dislocerad collumfraktur efter fall i hemmet natten till 7/1."),
    ("Anamnes", "92-årig kvinna med hypertoni, förmaksflimmer på Eliquis, hypotyreos och lindrig kognitiv svikt (MCI). Före frakturen gick hon inomhus med rollator, hade hemtjänst morgon och kväll samt trygghetslarm. Bor ensam i lägenhet i Kungälv på andra våningen med hiss."),
    ("Socialt", "Änka sedan 2015. Sonen bor i Stenungsund och hjälper till med inköp en gång i veckan."),
    ("Status", "AT: Pigg, samarbetar väl.\nBT 138/72, puls 78 oregelbunden, sat 96 %.\nOpererade höften: Läkande sår utan rodnad eller sekretion, agrafferna sitter.\nBen: Lindrig svullnad hö lår, inga tecken på djup ventrombos.\nKognition: Orienterad till person och plats, osäker på datum.\nNutrition: Äter halva portioner, näringsdryck två gånger dagligen."),
    ("Lab", "Hb 102 (preop 128), CRP 46 sjunkande, krea 88, Na 136."),
    ("Läkemedel", "Eliquis 2,5 mg x 2, Levaxin 75 µg, amlodipin 5 mg, Alvedon 1 g x 3, Oxynorm 5 mg vid behov, Movicol. Kalk och D-vitamin nyinsatt."),
    ("Bedömning", "Okomplicerat postoperativt förlopp efter collumfraktur hö, opererad med halvprotes. Postoperativ anemi utan behov av transfusion. Går kortare sträckor med rollator med stöd av en person."),
    ("Planering", "Sannolikt behov av korttidsboende efter utskrivning, biståndshandläggare kontaktad och vårdplanering via SAMSA påbörjad. Fortsatt träning med fysioterapeut två gånger dagligen. Ny Hb om tre dagar. Osteoporosutredning med DXA via vårdcentralen."),
], must_not=["NL102"], setting="slutenvård", why="long ortogeriatric note: 'Sannolikt' is about short-term care need; diagnoses confirmed")

C("nl102n-mojligen-byte-till-depa", "hassleholm_psyk", "1983-02-27", "M", "2024-09-19 10:05", [
    ("Bedömning", "Paranoid schizofreni, stabil på olanzapin 15 mg, inga psykotiska symtom sedan ett år."),
    ("Planering", "Möjligen byte till depåinjektion vid nästa besök om pat önskar, har svårt att komma ihåg tabletterna."),
], must_not=["NL102"], why="'Möjligen' about a treatment change; diagnosis established")

C("nl102n-ev-aterbesok-tre-man", "alingsas_med", "1958-08-28", "M", "2024-12-02 14:15", [
    ("Bedömning", "Typ 2-diabetes, HbA1c 49, gott resultat efter tillägg av Jardiance. Njurfunktion stabil."),
    ("Planering", "Ev. återbesök om tre månader, annars telefonkontakt med diabetessjuksköterska."),
], must_not=["NL102"], why="'Ev.' about a follow-up appointment")

C("nl102n-oklart-om-levaxin-fastande", "sus_malmo_endo", "1970-11-30", "F", "2024-07-03 09:50", [
    ("Bedömning", "Hypotyreos efter tyreoidektomi, TSH 8,1 trots oförändrad dos. Oklart om pat tagit Levaxin fastande, hon tar det ibland med frukostkaffet. Instruerad och prov omtas om sex veckor."),
], must_not=["NL102"], why="'Oklart om' about medication intake, not a diagnosis")

C("nl102n-eventuelt-fortsatt-mtx-typo", "su_hud", "1975-03-14", "M", "2024-04-29 15:40", [
    ("Bedömning", "Plackpsoriasis, PASI 2,4 på metotrexat 15 mg/vecka, leverprover normala."),
    ("Planering", "Eventuelt fortsatt metotrexat i oförändrad dos, diskuteras vid nästa besök utifrån pats önskemål om sänkning."),
], must_not=["NL102"], why="hedge (typo 'Eventuelt') about treatment continuation")

# --- PMO (Skåne primary care never shows diagnoses) ---------------------------------------

C("nl102n-pmo-trol-streptokocktonsillit", "vc_eslov", "2002-01-21", "M", "2024-03-01 10:35", [
    ("Bedömning", "Trol. streptokocktonsillit, Centor 4, strep A-test pos. PcV 1 g x 3 i 10 dagar."),
], must_not=["NL102"], tpl="Besöksanteckning", why="PMO note: hedged diagnosis is never shown in Skåne PMO")

C("nl102n-pmo-misstant-uvi-typo", "vc_sjobo", "1979-06-09", "F", "2024-06-17 08:45", [
    ("Kontaktorsak", "Sveda och täta trängningar sedan två dagar."),
    ("Bedömning", "Misstänt UVI, sticka nitrit pos. Selexid 200 mg x 3 i 3 dagar."),
], must_not=["NL102"], tpl="Telefonkontakt", role="sjuksköterska",
  why="PMO note; typo 'Misstänt' in the hedge")

C("nl102n-pmo-ev-hypotyros-typo", "vc_hoor", "1968-04-03", "F", "2024-08-26 13:05", [
    ("Bedömning", "Ev. hypotyros, TSH 7,8 och fritt T4 i nedre normalområdet. Omtag om sex veckor med TPO-ak."),
], must_not=["NL102"], tpl="Läkarbesök", why="PMO note with 'Ev.' hypothyroidism; typo 'hypotyros'")

C("nl102n-pmo-bvc-mojlig-hoftledsdysplasi", "bvc_lomma", "2024-01-18", "F", "2024-03-01 09:20", [
    ("Status", "6 veckor. Asymmetriska lårveck, begränsad abduktion vä höft."),
    ("Bedömning", "Möjlig höftledsdysplasi vä. Remiss barnortopedisk UL-undersökning."),
], must_not=["NL102"], tpl="BVC-besök", why="PMO BVC note (infant): 'Möjlig' hip dysplasia")

C("nl102n-pmo-ungdomsmottagning-sannolikt-klamydia", "um_kristianstad", "2006-09-15", "F", "2024-05-22 15:25", [
    ("Aktuellt", "Partnern har positivt klamydiaprov enligt smittspårningsbrev."),
    ("Bedömning", "Sannolikt klamydiainfektion, behandlas på epidemiologisk indikation. Prov taget, doxycyklin 7 dagar."),
], must_not=["NL102"], tpl="Besöksanteckning", role="barnmorska", why="PMO youth clinic, 17-year-old, 'Sannolikt klamydia'")

C("nl102n-pmo-hemsjukvard-dd-pneumoni-uvi", "hsjv_simrishamn", "1935-02-17", "F", "2024-11-21 11:40", [
    ("Aktuellt", "Hembesök pga feber 38,6 och ökad förvirring enligt hemtjänsten."),
    ("Bedömning", "DD pneumoni / urinvägsinfektion, CRP 98. Behandlas i hemmet enligt pats önskan, amoxicillin och vätska."),
], must_not=["NL102"], tpl="Läkarbesök", setting="hemsjukvård", why="PMO home care: 'DD' hedged differential")

C("nl102n-pmo-long-vardcentral-misstankt-depression-och-somnapne", "vc_tomelilla", "1970-02-25", "M", "2024-09-09 14:45", [
    ("Kontaktorsak", "Trötthet, nedstämdhet och dålig sömn sedan i våras."),
    ("Anamnes", "54-årig man, lastbilschaufför i fjärrtrafik. Skild sedan ett år, träffar barnen varannan helg. Beskriver sänkt stämningsläge, minskad lust och glädje, koncentrationssvårigheter och att han somnat till vid rödljus två gånger. Sambon uppger kraftiga snarkningar och andningsuppehåll. Dricker 4–6 öl på helgerna, röker inte. Bor i hyreslägenhet i Tomelilla, har slutat gå till korpfotbollen. Inga suicidtankar, framtidsinriktad, vill få ordning på sömnen. Tidigare frisk, inga läkemedel."),
    ("Hereditet", "Far hade hjärtinfarkt vid 62 års ålder. Mor behandlad för depression."),
    ("Läkemedel", "Inga stående. Tar ibland Ipren mot ryggvärk."),
    ("Status", "AT: Gott, något trött intryck, BMI 34.\nBT: 158/96 hö arm.\nCor: Regelbunden, inga blåsljud.\nPulm: Vesikulärt.\nMunhåla: Stora tonsiller, Mallampati 3.\nPsykiskt: Adekvat kontakt, sänkt grundstämning, ingen psykotisk symtombild.\nMADRS-S 24. Epworth 15."),
    ("Lab", "Hb 152, TSH 2,1, HbA1c 44, ALAT 1,1, CDT negativt."),
    ("Bedömning", "Misstänkt depression av medelsvår grad, möjlig obstruktiv sömnapné som bidragande orsak till tröttheten. Trafiksäkerhetsrisk diskuterad. Förhöjt blodtryck, följs upp."),
    ("Åtgärd", "Pat avråds från att köra lastbil tills sömnutredningen är klar, sjukskrivning 100 % i tre veckor. Remiss till sömnapnéregistrering. Tid hos kurator för samtal. Hemblodtrycksmätning. Råd om fysisk aktivitet och regelbundna sovtider, pat hör av sig via 1177 om han blir sämre före återbesöket."),
    ("Planering", "Återbesök om tre veckor med resultat av sömnregistrering, ställningstagande till antidepressiv behandling."),
], must_not=["NL102"], tpl="Läkarbesök",
  why="long PMO note with two hedged diagnoses; PMO never shows diagnoses")

# --- protected templates / sökord ---------------------------------------------------------

C("nl102n-skane-mall-tidiga-hypoteser-alkoholpankreatit", "sus_malmo_gastro", "1977-07-29", "M", "2024-02-01 13:35", [
    ("Bedömning", "Misstänkt alkoholorsakad återkommande pankreatit trots att pat förnekar alkoholbruk, PEth 1,2 µmol/L. Diskuteras när relationen är etablerad."),
], tpl="Tidiga hypoteser", setting="slutenvård", must_not=["NL102"],
  why="Skåne Melior template Tidiga hypoteser is filtered")

C("nl102n-vgr-sokord-tidiga-hypoteser-pnes", "sks_neuro", "1997-05-11", "F", "2024-07-18 14:55", [
    ("Aktuellt", "Tre anfall senaste månaden med skakningar i armar och ben i upp till 15 min, ögonen slutna, minns delar av anfallen."),
    ("Status", "Neurologiskt ua."),
    ("Tidiga hypoteser", "Trol. psykogena icke-epileptiska anfall (PNES) snarare än epilepsi, anfallssemiologin talar för det. Video-EEG för att fånga anfall innan det tas upp med pat."),
    ("Planering", "Video-EEG bokas, Lamotrigin sätts inte in i nuläget."),
], must_not=["NL102"], draft=True, why="VGR sökord Tidiga hypoteser filtered; visible sections without hedged diagnosis")

C("nl102n-skane-mall-tidiga-hypoteser-mojligt-mds", "sus_lund_hem", "1952-10-09", "M", "2024-10-07 10:45", [
    ("Hypotes", "Makrocytos MCV 104 och lätt trombocytopeni 110 utan B12- eller folatbrist. Möjligt myelodysplastiskt syndrom, benmärgsundersökning vid progress."),
], tpl="Tidiga hypoteser", must_not=["NL102"], why="Skåne Tidiga hypoteser template with 'Möjligt MDS'")

C("nl102n-vgr-sokord-tredje-person-sambo-misstanker-demens", "nal_med", "1951-03-07", "M", "2024-05-30 16:05", [
    ("Aktuellt", "Uppföljning av hypertoni och förmaksflimmer, pat mår bra enligt egen uppgift."),
    ("Tredje person", "Sambon ringde efter besöket och berättar att pat blivit alltmer glömsk och att hon själv tror att han har en begynnande demens. Hon vill inte att han ska veta att hon hört av sig, är rädd för hans reaktion."),
    ("Bedömning", "Välreglerat blodtryck, frekvenskontrollerat FF. Kognitiv screening erbjuds vid nästa besök."),
], must_not=["NL102"], why="VGR sökord Tredje person (filtered) holds the third party's hedge")

C("nl102n-skane-mall-oro-barn-far-illa-misstankt-misshandel", "sus_lund_barn", "2023-08-03", "M", "2024-04-10 15:45", [
    ("Bedömning", "Spiralfraktur vä femur hos 8 månaders pojke som inte kan gå, otydlig skadeanamnes. Misstänkt icke-accidentell skada, DD osteogenesis imperfecta. Skelettröntgen och orosanmälan till socialtjänsten."),
], tpl="Oro för att barn far illa", setting="slutenvård", must_not=["NL102"],
  why="Skåne template Oro för att barn far illa is filtered; hedged diagnoses inside are hidden")

C("nl102n-vgr-sokord-orosanmalan-ev-skakvald", "ostra_barn", "2024-02-20", "F", "2024-06-04 02:10", [
    ("Aktuellt", "3,5 månader gammal flicka med kräkningar och slöhet sedan kvällen."),
    ("Status", "Spänd fontanell, RLS 2. Inga yttre skador."),
    ("Orosanmälan gällande barn", "DT hjärna med subduralhematom av olika ålder och näthinneblödningar bilat. Ev. skakvåld, orosanmälan gjord till socialtjänsten i Göteborg."),
    ("Planering", "Neurokirurgisk bedömning, inläggning på barnintensiven."),
], setting="akut", must_not=["NL102"], why="VGR sökord Orosanmälan gällande barn filtered; hedge only inside it")

# ---------------------------------------------------------------------------------------
# build + validate
# ---------------------------------------------------------------------------------------

KEYS_CASE = ["case", "ruleset", "record", "must", "must_not", "why"]
KEYS_NOTE = ["id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"]
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n")
PROTECTED_TEMPLATES_SKANE = {"Tidiga hypoteser", "Våld i nära relationer", "Oro för att barn far illa",
                             "Hälsoundersökning på begäran av socialnämnd (HUBS)"}


def iso(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M")


def build():
    out = []
    for idx, c in enumerate(CASES):
        region, system, unit_name = UNITS[c["unit"]]
        t = iso(c["when"])
        signed = None if c["draft"] else (t + dt.timedelta(minutes=25 + (idx * 17) % 70))
        as_of = max(t, signed or t).date() + dt.timedelta(days=7)
        if as_of.year > 2024:
            as_of = dt.date(2024, 12, 31)
        author = AUTHORS[(idx * 7) % len(AUTHORS)]
        note = {
            "id": "n1", "system": system, "template": c["tpl"],
            "unit": {"name": unit_name, "hsa_id": HSA[c["unit"]]},
            "author": {"name": author, "role": c["role"]},
            "time": t.strftime("%Y-%m-%dT%H:%M:%S"),
            "signed": signed.strftime("%Y-%m-%dT%H:%M:%S") if signed else None,
            "setting": c["setting"], "refs": [],
            "sections": [{"keyword": k, "text": v} for k, v in c["secs"]],
        }
        record = {
            "patient": {"id": pnr(c["born"], c["sex"], idx), "birth_date": c["born"], "protected_identity": False},
            "as_of": as_of.strftime("%Y-%m-%dT00:00:00"),
            "notes": [note], "access_events": [], "conversations": [], "treatments": [],
        }
        out.append({"case": c["name"], "ruleset": region, "record": record,
                    "must": [[code, "n1"] for code in c["must"]],
                    "must_not": [[code, "n1"] for code in c["must_not"]],
                    "why": c["why"]})
    return out


def age_at(born, when):
    b = dt.date.fromisoformat(born)
    d = when.date()
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def validate(rows):
    errs = []
    names = set()
    seen = {}
    for r in rows:
        n = r["case"]
        if list(r) != KEYS_CASE:
            errs.append("%s: keys %s" % (n, list(r)))
        if n in names:
            errs.append("duplicate case name %s" % n)
        names.add(n)
        rec = r["record"]
        p = rec["patient"]
        pid, born = p["id"], p["birth_date"]
        if not re.fullmatch(r"\d{8}-\d{4}", pid) or pid[:8] != born.replace("-", ""):
            errs.append("%s: personnummer %s does not match %s" % (n, pid, born))
        elif luhn_digit(pid[2:8] + pid[9:12]) != pid[12]:
            errs.append("%s: Luhn fails for %s" % (n, pid))
        ids = {note["id"] for note in rec["notes"]}
        for lst in ("must", "must_not"):
            for code, target in r[lst]:
                if target not in ids:
                    errs.append("%s: target %s missing" % (n, target))
                if code not in ("NL101", "NL102"):
                    errs.append("%s: unexpected code %s" % (n, code))
        if not (r["must"] or r["must_not"]):
            errs.append("%s: asserts nothing" % n)
        if not rec["as_of"].startswith("2024-"):
            errs.append("%s: as_of not in 2024" % n)
        for note in rec["notes"]:
            if list(note) != KEYS_NOTE:
                errs.append("%s: note keys" % n)
            for k in ("time", "signed"):
                if note[k] is not None and not note[k].startswith("2024-"):
                    errs.append("%s: %s not in 2024" % (n, k))
            when = dt.datetime.fromisoformat(note["time"])
            a = age_at(born, when)
            if 13 <= a <= 15 or a < 0:
                errs.append("%s: patient age %d" % (n, a))
            if r["ruleset"] == "vgr" and note["system"] != "Melior":
                errs.append("%s: VGR note must be Melior" % n)
            if note["system"] == "PMO":
                if any(code == "NL101" for code, _ in r["must"] + r["must_not"]):
                    errs.append("%s: NL101 asserted on PMO" % n)
                if any(code == "NL102" for code, _ in r["must"]):
                    errs.append("%s: NL102 must on PMO" % n)
            if r["ruleset"] == "skane" and note["template"] in PROTECTED_TEMPLATES_SKANE and r["must"]:
                errs.append("%s: must on a protected Skåne template" % n)
            for sec in note["sections"]:
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen and seen[sent] != n + "/" + sec["keyword"]:
                            errs.append("%s: sentence reused (also in %s): %s" % (n, seen[sent], sent))
                        seen.setdefault(sent, n + "/" + sec["keyword"])
    return errs


def main():
    rows = build()
    errs = validate(rows)
    path = os.path.join(HERE, NAME + ".jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts = {}
    for r in rows:
        for lst in ("must", "must_not"):
            for code, _ in r[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    print("%d cases -> %s" % (len(rows), path))
    for k in sorted(counts):
        print("  %s %-8s %d" % (k[0], k[1], counts[k]))
    reg = {}
    for r in rows:
        key = (r["ruleset"], r["record"]["notes"][0]["system"])
        reg[key] = reg.get(key, 0) + 1
    print("  by region/system:", dict(sorted(reg.items())))
    drafts = sum(1 for r in rows if r["record"]["notes"][0]["signed"] is None)
    print("  drafts:", drafts)
    longn = [(r["case"], sum(len(s["text"].split()) for s in r["record"]["notes"][0]["sections"])) for r in rows]
    print("  long notes (>=200 words):", [(c, w) for c, w in longn if w >= 180])
    if errs:
        for e in errs:
            print("ERROR:", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
