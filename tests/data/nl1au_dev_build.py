#!/usr/bin/env python3
"""nl1au_dev_cases: independent gold cases for notelint NL101 / NL102.

Theme: the diagnosis-bearing thing is a result or finding (imaging, pathology,
cytology, lab, genetics, endoscopy, ECG/Holter, EEG, spirometry, audiometry,
eye exams) rather than a named diagnosis.

Writes nl1au_dev_cases.jsonl beside this file and validates it. No dependencies,
deterministic. Exit status 1 on any problem.
"""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "nl1au_dev_cases"
OUT = os.path.join(HERE, NAME + ".jsonl")

# ---------------------------------------------------------------- units
U = {
    # Region Skåne, Melior (hospitals)
    "s_kir_hbg": ("Kirurgiska kliniken, Helsingborgs lasarett", "SE2321000255-4411"),
    "s_brost_mlm": ("Bröstmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-5120"),
    "s_brost_hbg": ("Bröstmottagningen, Helsingborgs lasarett", "SE2321000255-4430"),
    "s_neuro_lund": ("Neurologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-7619"),
    "s_neuro_hbg": ("Neurologimottagningen, Helsingborgs lasarett", "SE2321000255-4452"),
    "s_nkir_lund": ("Neurokirurgiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-7633"),
    "s_uro_krist": ("Urologiska mottagningen, Centralsjukhuset Kristianstad", "SE2321000255-2208"),
    "s_uro_mlm": ("Urologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-5177"),
    "s_hem_lund": ("Hematologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-7701"),
    "s_hud_lund": ("Hudkliniken, Skånes universitetssjukhus Lund", "SE2321000255-7655"),
    "s_hud_hbg": ("Hudmottagningen, Helsingborgs lasarett", "SE2321000255-4467"),
    "s_gastro_mlm": ("Gastroenterologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-5139"),
    "s_gastro_lund": ("Mag- och tarmmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7688"),
    "s_onh_lund": ("Öron-, näs- och halskliniken, Skånes universitetssjukhus Lund", "SE2321000255-7642"),
    "s_onh_mlm": ("ÖNH-mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-5146"),
    "s_gen_lund": ("Onkogenetiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7720"),
    "s_med_ystad": ("Medicinmottagningen, Ystads lasarett", "SE2321000255-3315"),
    "s_lung_hbg": ("Lungmottagningen, Helsingborgs lasarett", "SE2321000255-4489"),
    "s_onk_lund": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-7611"),
    "s_kir_lund": ("Kirurgiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-7664"),
    "s_kard_krist": ("Kardiologiska mottagningen, Centralsjukhuset Kristianstad", "SE2321000255-2231"),
    "s_ort_trbg": ("Ortopedmottagningen, Trelleborgs lasarett", "SE2321000255-3342"),
    "s_ort_mlm": ("Ortopedkliniken, Skånes universitetssjukhus Malmö", "SE2321000255-5153"),
    "s_ort_hlm": ("Ortopedmottagningen, Hässleholms sjukhus", "SE2321000255-2260"),
    "s_horsel_hlm": ("Hörselmottagningen, Hässleholms sjukhus", "SE2321000255-2277"),
    "s_horsel_lund": ("Hörselverksamheten, Skånes universitetssjukhus Lund", "SE2321000255-7697"),
    "s_akut_lkr": ("Akutmottagningen, Landskrona lasarett", "SE2321000255-3901"),
    "s_akut_hbg": ("Akutmottagningen, Helsingborgs lasarett", "SE2321000255-4402"),
    "s_akut_ystad": ("Akutmottagningen, Ystads lasarett", "SE2321000255-3308"),
    "s_akut_trbg": ("Akutmottagningen, Trelleborgs lasarett", "SE2321000255-3336"),
    "s_ogon_mlm": ("Ögonkliniken, Skånes universitetssjukhus Malmö", "SE2321000255-5162"),
    "s_ogon_hbg": ("Ögonmottagningen, Helsingborgs lasarett", "SE2321000255-4495"),
    "s_reuma_lund": ("Reumatologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-7675"),
    "s_med_angel": ("Medicinmottagningen, Ängelholms sjukhus", "SE2321000255-4520"),
    "s_med_trbg": ("Medicinmottagningen, Trelleborgs lasarett", "SE2321000255-3351"),
    "s_kir_ystad": ("Kirurgmottagningen, Ystads lasarett", "SE2321000255-3322"),
    "s_barnneuro_lund": ("Barnneurologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7740"),
    "s_med_lund_avd": ("Medicinavdelning 3, Skånes universitetssjukhus Lund", "SE2321000255-7602"),
    "s_hand_mlm": ("Handkirurgiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-5188"),
    "s_infek_mlm": ("Infektionskliniken, Skånes universitetssjukhus Malmö", "SE2321000255-5195"),
    # Region Skåne, PMO (primary care)
    "s_vc_linero": ("Vårdcentralen Linero, Lund", "SE2321000255-8812"),
    "s_um_eslov": ("Ungdomsmottagningen Eslöv", "SE2321000255-8840"),
    "s_bvc_hoor": ("BVC Höör", "SE2321000255-8857"),
    "s_hsjv_kavl": ("Hemsjukvården Kävlinge", "SE2321000255-8866"),
    # Västra Götalandsregionen, Melior
    "v_lung_su": ("Lungmedicinska mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000001021"),
    "v_lung_nal": ("Lungmottagningen, NU-sjukvården NÄL Trollhättan", "SE2321000131-E000000002334"),
    "v_lung_uddev": ("Lungmottagningen, NU-sjukvården Uddevalla", "SE2321000131-E000000002351"),
    "v_lung_boras": ("Lungmottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000003110"),
    "v_kvk_ostra": ("Kvinnokliniken, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000001188"),
    "v_med_skovde": ("Medicinmottagningen, Skaraborgs sjukhus Skövde", "SE2321000131-E000000004021"),
    "v_med_lidk": ("Medicinmottagningen, Skaraborgs sjukhus Lidköping", "SE2321000131-E000000004077"),
    "v_neuro_skovde": ("Neurologimottagningen, Skaraborgs sjukhus Skövde", "SE2321000131-E000000004035"),
    "v_neuro_su": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000001042"),
    "v_ogon_uddev": ("Ögonmottagningen, NU-sjukvården Uddevalla", "SE2321000131-E000000002368"),
    "v_infek_ostra": ("Infektionsmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000001195"),
    "v_reuma_boras": ("Reumatologmottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000003127"),
    "v_reuma_su": ("Reumatologmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000001066"),
    "v_hem_su": ("Hematologimottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000001073"),
    "v_hem_boras": ("Medicinkliniken, hematologisektionen, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000003134"),
    "v_med_kungalv": ("Medicinmottagningen, Kungälvs sjukhus", "SE2321000131-E000000005012"),
    "v_med_kungalv_avd": ("Medicinavdelning 4, Kungälvs sjukhus", "SE2321000131-E000000005029"),
    "v_med_aling": ("Medicinmottagningen, Alingsås lasarett", "SE2321000131-E000000005146"),
    "v_kir_kungalv": ("Kirurgmottagningen, Kungälvs sjukhus", "SE2321000131-E000000005036"),
    "v_kir_skovde": ("Kirurgmottagningen, Skaraborgs sjukhus Skövde", "SE2321000131-E000000004049"),
    "v_kir_uddev": ("Kirurgkliniken, NU-sjukvården Uddevalla", "SE2321000131-E000000002375"),
    "v_endo_boras": ("Endoskopienheten, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000003141"),
    "v_onh_uddev": ("ÖNH-mottagningen, NU-sjukvården Uddevalla", "SE2321000131-E000000002382"),
    "v_onh_su": ("Öron-näsa-hals, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000001080"),
    "v_barn_dsbus": ("Barnmedicinmottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000001219"),
    "v_barnneuro_dsbus": ("Barnneurologen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000001226"),
    "v_kard_su": ("Hjärtmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000001097"),
    "v_kard_nal": ("Kardiologimottagningen, NU-sjukvården NÄL Trollhättan", "SE2321000131-E000000002399"),
    "v_klinfys_su": ("Klinisk fysiologi, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000001103"),
    "v_akut_boras": ("Akutmottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000003158"),
    "v_uro_boras": ("Urologmottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000003165"),
    "v_ort_molndal": ("Ortopedmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000001110"),
}

CASES = []


def case(name, rs, pnr, unit, author, role, time, signed, sections, must=(), must_not=(),
         why="", system="Melior", template="Läkaranteckning", setting="öppenvård"):
    CASES.append(dict(name=name, rs=rs, pnr=pnr, unit=unit, author=author, role=role,
                      time=time, signed=signed, sections=sections, must=list(must),
                      must_not=list(must_not), why=why, system=system, template=template,
                      setting=setting))


A, B = "NL101", "NL102"

# =====================================================================
# NL101 positives: a diagnosis-bearing result visible, patient not told
# =====================================================================
case("nl101-dt-buk-pankreastumor-besked-vid-besok", "skane", "19530214-2376", "s_kir_hbg",
     "Henrik Ståhl", "läkare", "2024-03-13T16:05:00", "2024-03-13T16:40:00", [
         ("Aktuellt", "Pat utreds för viktnedgång 8 kg och ikterus sedan 3 v. DT buk utförd 12/3."),
         ("Röntgen", "DT buk m iv kontrast: 35 mm hypodens tumör i pankreashuvudet med kontakt >180 grader "
                     "mot v. mesenterica superior. Dilaterade intra- och extrahepatiska gallvägar, "
                     "koledokus 14 mm. Multipla levermetastaser, största 2 cm i segm 7."),
         ("Planering", "Tas upp på övre GI-MDK tisdag. Pat ännu ej informerad om DT-svaret, besked ges av "
                       "undertecknad vid besök 19/3 tillsammans med kontaktssk."),
     ], must=[A],
     why="DT finding of pancreatic tumour with liver metastases stands visible while the patient is not yet informed")

case("nl101-mammografi-pad-invasiv-cancer-kallas-for-besked", "skane", "19680930-4683", "s_brost_mlm",
     "Lina Bergqvist", "läkare", "2024-02-07T11:20:00", "2024-02-07T12:02:00", [
         ("Undersökningsresultat", "Mammografi + UL vä bröst: 18 mm spikulerad förändring kl 2, 4 cm från "
                                   "mamillen. UL-ledd mellannålsbiopsi x3. UL vä axill: normala lymfkörtlar."),
         ("PAD", "Invasiv cancer av ospecifik typ (NST), NHG 2. ER 90 %, PR 40 %, HER2 0, Ki67 25 %."),
         ("Planering", "Pat har ännu inte fått besked om PAD. Kallas till mottagningen måndag 12/2 för "
                       "information, kontaktsjuksköterska närvarar. Preop MDK 14/2."),
     ], must=[A],
     why="core-biopsy PAD showing invasive breast cancer, patient has not yet had the answer")

case("nl101-bronkoskopi-pad-skivepitel-utkast", "vgr", "19491103-2136", "v_lung_su",
     "Johan Edvardsson", "läkare", "2024-02-08T14:45:00", None, [
         ("Provsvar", "PAD från bronkoskopi 5/2, biopsi hö överlobsbronk: skivepitelcancer. PD-L1 TPS 60 %."),
         ("Bedömning", "Stadieindelning görs på lung-MDK efter PET-DT. Svaret ej meddelat pat ännu, pat vill "
                       "ha besked på plats och inte per telefon. Återbesök 14/2 med anhörig."),
     ], must=[A],
     why="unsigned draft: bronchoscopy PAD with squamous cell carcinoma, the answer not yet given to the patient")

case("nl101-mr-liquor-ms-mcdonald-informeras-vid-besok", "skane", "19910722-5626", "s_neuro_lund",
     "Sara Nyström", "läkare", "2024-04-10T15:10:00", "2024-04-11T08:30:00", [
         ("Resultat", "MR hjärna + halsrygg 8/4: >9 periventrikulära och juxtakortikala T2-lesioner, två med "
                      "kontrastuppladdning. En lesion i halsmärgen i höjd med C3. Liquor: 6 oligoklonala band "
                      "i CSF som saknas i serum, IgG-index 1,1 (ref <0,7)."),
         ("Bedömning", "Fynden uppfyller McDonald-kriterierna 2017 för skovvis förlöpande MS. Pat har inte fått "
                       "veta något om svaren ännu, informeras om diagnosen vid besöket 22/4 tillsammans med "
                       "MS-sköterskan."),
     ], must=[A],
     why="MR and CSF findings fulfil MS criteria; the patient will be told at a later visit")

case("nl101-prostatabiopsi-gleason-ssk-ej-nadd", "skane", "19580508-3119", "s_uro_krist",
     "Eva Lindgren", "sjuksköterska", "2024-05-16T10:05:00", "2024-05-16T10:12:00", [
         ("Telefonkontakt", "Försökt nå pat två ggr ang biopsisvar, ej svar. Ej informerad."),
         ("Provsvar", "Prostatabiopsier (MR-riktade + systematiska): adenocarcinom Gleason 4+3=7, ISUP grad 3, "
                      "i 5/12 biopsier, max cancerlängd 8 mm. PSA 14 µg/L (ref <4,5)."),
         ("Planering", "Nytt försök imorgon fm. Dr Ahlberg önskar att pat kallas till läkarbesök för besked."),
     ], must=[A],
     why="nurse note: prostate biopsy shows cancer, patient could not be reached and is not informed")

case("nl101-benmarg-aml-besked-imorgon-slutenvard", "skane", "19660119-1957", "s_hem_lund",
     "Karin Holm", "läkare", "2024-01-24T18:40:00", "2024-01-24T19:15:00", [
         ("Lab", "B-Hb 78 g/L (134–170), B-LPK 48 x10^9/L (3,5–8,8), B-TPK 22 x10^9/L (145–348). "
                 "Blastandel i perifert blod 62 %."),
         ("Benmärg", "Benmärgsaspiration: 80 % myeloiska blaster. Flödescytometri CD33+, CD117+, MPO+. "
                     "Akut myeloisk leukemi. NPM1 och FLT3-ITD inväntas."),
         ("Planering", "Pat är inte informerad om benmärgssvaret. Besked till pat och hustru imorgon fm av "
                       "överläkare. CVK-inläggning fredag."),
     ], setting="slutenvård", must=[A],
     why="bone marrow result showing AML documented before the patient is told (inpatient)")

case("nl101-cytologi-hsil-hpv16-kallelse-kolposkopi", "vgr", "19940311-3849", "v_kvk_ostra",
     "Maria Fredriksson", "läkare", "2024-03-18T09:30:00", "2024-03-18T09:50:00", [
         ("Provsvar", "Cervixcytologi 4/3: HSIL, höggradig skivepitellesion. HPV 16 positiv."),
         ("Planering", "Pat ännu ej informerad. Kallelse till kolposkopi med px skickas per brev, "
                       "pat informeras om cellprovssvaret vid besöket."),
     ], must=[A],
     why="cervical cytology HSIL (diagnosis-bearing) visible; patient only to be informed at colposcopy")

case("nl101-pad-melanom-breslow-typo-informerd", "skane", "19770625-1399", "s_hud_lund",
     "Anders Wikström", "läkare", "2024-06-03T13:15:00", "2024-06-03T13:31:00", [
         ("PAD", "Excisionsbiopsi hö skuldra: malignt melanom av ytligt spridande typ, Breslow 1,4 mm, "
                 "ulceration saknas, mitoser 2/mm2. Ej radikalt exciderat lateralt."),
         ("Planering", "Pat ännu ej informerd om PAD-svaret. Telefontid bokad fredag, därefter remiss för "
                       "utvidgad excision och portvaktskörtel."),
     ], must=[A],
     why="PAD melanoma while patient not informed; typo 'informerd'")

case("nl101-gastroskopi-ulcererande-tumor-sederad", "skane", "19520901-2581", "s_gastro_mlm",
     "Omar Haddad", "läkare", "2024-09-04T11:00:00", "2024-09-04T11:25:00", [
         ("Undersökning", "Gastroskopi: 4 cm ulcererande, kraterformad tumör i corpus mot lilla kurvaturen, "
                          "kontaktblöder. 8 biopsier tagna. Esofagus och duodenum ua."),
         ("Bedömning", "Pat kraftigt sederad under och efter undersökningen och har därför ej informerats om "
                       "fynden. Informeras av ansvarig läkare när PAD föreligger, beräknat nästa vecka."),
     ], must=[A],
     why="endoscopic tumour finding documented; sedated patient not informed of the findings")

case("nl101-holter-paroxysmalt-fm-ej-kommunicerat", "vgr", "19600415-4768", "v_med_skovde",
     "Lars-Göran Björk", "läkare", "2024-04-26T15:50:00", "2024-04-26T16:05:00", [
         ("Resultat", "Holter 48 h: paroxysmalt förmaksflimmer, 14 episoder, längsta 3 h 20 min, max "
                      "kammarfrekvens 148/min. Inga pauser >2,5 s."),
         ("Bedömning", "CHA2DS2-VASc 2 (kvinna, hypertoni). Behandlingsindikation för antikoagulantia. "
                       "Svaret har ej kommunicerats till pat, ringer henne när jag är tillbaka 6/5."),
     ], must=[A],
     why="Holter shows paroxysmal atrial fibrillation, result not yet communicated to the patient")

case("nl101-eeg-mr-temporal-epilepsi-ej-underrattad", "skane", "19880302-6171", "s_neuro_hbg",
     "Peter Sandberg", "läkare", "2024-02-28T14:20:00", "2024-02-28T15:05:00", [
         ("Undersökningsresultat", "EEG: fokal epileptiform aktivitet temporalt vä, spikar och skarpa vågor "
                                   "F7/T3. MR epilepsiprotokoll: hippocampusskleros vä."),
         ("Bedömning", "Sammantaget fokal epilepsi med temporallobsursprung vä. Pat ej underrättad – besked vid "
                       "återbesöket 7/3, då även körkortsfrågan tas upp."),
     ], must=[A],
     why="EEG and MR establish temporal lobe epilepsy; the patient has not yet been told")

case("nl101-audiometri-mr-vestibularisschwannom-ej-info", "skane", "19720817-4537", "s_onh_lund",
     "Ingrid Mattsson", "läkare", "2024-08-21T10:40:00", "2024-08-21T11:10:00", [
         ("Audiometri", "Asymmetrisk sensorineural hörselnedsättning vä, PTA4 52 dB HL vä och 15 dB HL hö. "
                        "Taluppfattning 64 % vä, 100 % hö."),
         ("Röntgen", "MR inre hörselgångar: vestibularisschwannom vä, 12 mm intrameatalt med 4 mm utbredning "
                     "i cerebellopontina vinkeln."),
         ("Planering", "Pat ej informerad om MR-fyndet. Tas först upp på skallbaskonferens med neurokirurg, "
                       "därefter besked till pat."),
     ], must=[A],
     why="MR shows vestibular schwannoma behind an audiometric asymmetry; patient not informed of it")

case("nl101-fundusfoto-proliferativ-retinopati-granskat-efterat", "vgr", "19810930-2912", "v_ogon_uddev",
     "Malin Åberg", "läkare", "2024-10-02T16:30:00", "2024-10-02T16:45:00", [
         ("Undersökning", "Fundusfoto från screening 27/9 granskat i efterhand: proliferativ diabetesretinopati "
                          "bilat med nyvaskularisationer på papillen hö och längs övre kärlbågen vä."),
         ("Åtgärd", "Pat ej informerad om fynden ännu. Kallas akut inom 1 v för PRP-laser, sekr. ringer."),
     ], must=[A],
     why="retinal photos graded afterwards show proliferative retinopathy; patient not yet told")

case("nl101-genetik-brca2-svar-ej-lamnat", "skane", "19850214-5629", "s_gen_lund",
     "Hanna Ekström", "läkare", "2024-05-29T09:15:00", "2024-05-29T09:40:00", [
         ("Provsvar", "Genpanel ärftlig bröst- och äggstockscancer: patogen variant i BRCA2, c.6275_6276del, "
                      "heterozygot. Inga andra kliniskt relevanta fynd."),
         ("Planering", "Svaret är ännu inte lämnat till pat. Genetisk vägledare ringer enligt överenskommelse "
                       "3/6 och bokar samtal om kontrollprogram och anlagsbärarskap."),
     ], must=[A],
     why="genetic test shows a pathogenic BRCA2 variant; the answer has not been given to the patient")

case("nl101-hiv-serologi-positiv-ej-delgiven", "vgr", "19900612-1371", "v_infek_ostra",
     "Emil Karlsson", "läkare", "2024-06-17T13:00:00", "2024-06-17T13:20:00", [
         ("Provsvar", "HIV Ag/Ak-screening reaktiv, bekräftad med immunoblot. HIV-1 RNA 85 000 kopior/ml, "
                      "CD4 310 x10^6/L. Hepatit B och C negativa."),
         ("Planering", "Pat ej delgiven provsvaret. Kallad till besök torsdag 20/6, kurator bokad samtidigt."),
     ], must=[A],
     why="confirmed positive HIV serology stands visible; patient not yet given the result")

case("nl101-hba1c-glukos-diabeteskriterier-ej-fatt-svar", "skane", "19640727-2852", "s_med_ystad",
     "Jonas Berglund", "läkare", "2024-07-03T14:05:00", "2024-07-04T08:10:00", [
         ("Lab", "fP-glukos 8,1 resp 7,6 mmol/L (4,0–6,0). HbA1c 61 mmol/mol (27–42)."),
         ("Bedömning", "Uppfyller kriterierna för diabetes mellitus typ 2. Pat har ännu inte fått svaren, "
                       "informeras vid tel-tid 10/7 då även metformin diskuteras."),
     ], must=[A],
     why="lab values fulfilling diabetes criteria documented before the patient has heard the result")

case("nl101-anti-ccp-ultraljud-synovit-ra-ej-informerad", "vgr", "19700403-6641", "v_reuma_boras",
     "Annika Holmberg", "läkare", "2024-04-09T11:45:00", "2024-04-09T12:30:00", [
         ("Lab", "Anti-CCP >340 U/ml (ref <7), RF 88 IE/ml (ref <15), SR 42, CRP 23."),
         ("Undersökning", "UL händer: synovit MCP 2–3 bilat med powerdoppleraktivitet grad 2, erosion MCP 2 hö."),
         ("Bedömning", "Seropositiv reumatoid artrit. Pat ej informerad ännu, tid bokad 2/5 för besked och "
                       "start av metotrexat."),
     ], must=[A],
     why="serology and synovitis on ultrasound give rheumatoid arthritis; patient not yet informed")

case("nl101-skelettscint-metastaser-varken-pat-eller-dotter", "skane", "19440816-1737", "s_uro_mlm",
     "Nils Petersson", "läkare", "2024-08-20T15:30:00", "2024-08-20T15:58:00", [
         ("Röntgen", "Skelettscintigrafi: multipla skelettmetastaser i kotpelaren, bäckenet och revbenen "
                     "bilat. PSA 212 µg/L."),
         ("Planering", "Varken pat eller dottern har informerats om skintsvaret. Besök med dotter bokat 23/8, "
                       "då start av GnRH-analog."),
     ], must=[A],
     why="bone scan shows multiple skeletal metastases; neither the patient nor the daughter has been informed")

case("nl101-pet-dt-excision-dlbcl-pat-vet-ej", "vgr", "19730228-2293", "v_hem_su",
     "Sofia Lund", "läkare", "2024-02-29T17:10:00", None, [
         ("Provsvar", "PET-DT: FDG-avida förstorade lymfkörtlar på båda sidor om diafragma, SUVmax 18. "
                      "Fokala upptag i mjälten. Excisionsbiopsi hö axill: diffust storcelligt B-cellslymfom."),
         ("Bedömning", "Stadium IV. Pat vet ej om svaret ännu, besked på mottagningen 4/3."),
     ], must=[A],
     why="unsigned draft: PET-CT and excision biopsy give lymphoma; patient does not know the answer yet")

case("nl101-spirometri-kol-gold3-ej-informerad", "skane", "19560510-3513", "s_lung_hbg",
     "Birgitta Öhman", "läkare", "2024-05-14T10:20:00", "2024-05-14T10:45:00", [
         ("Undersökning", "Spirometri efter bronkdilatation: FEV1/FVC 0,58, FEV1 1,32 L (48 % av pred). "
                          "Ingen signifikant reversibilitet. DLCO 52 %."),
         ("Bedömning", "KOL, GOLD grad 3. Pat ännu inte informerad om resultatet, det tas vid läkarbesöket "
                       "nästa vecka tillsammans med rökavvänjning."),
     ], must=[A],
     why="spirometry establishes COPD GOLD 3; the patient has not yet been told")

case("nl101-mammografi-malignitetsmisstankt-ej-info-ocksa-hedge", "skane", "19590403-7024", "s_brost_hbg",
     "Cecilia Dahl", "läkare", "2024-04-04T12:10:00", "2024-04-04T12:35:00", [
         ("Undersökningsresultat", "Mammografi screening återkallelse: 14 mm stjärnformig förändring i vä bröst "
                                   "övre yttre kvadranten, malignitetsmisstänkt (BI-RADS 5)."),
         ("Planering", "Pat ej informerad om fyndet. Besked ges i samband med biopsitillfället 9/4."),
     ], must=[A, B],
     why="a malignancy-suspect mammography finding is both hedged and untold: NL101 and NL102")

case("nl101-ul-lever-lesioner-dd-metastaser-ska-ej-veta-fore-mdk", "vgr", "19610808-4150", "v_kir_uddev",
     "Fredrik Holm", "läkare", "2024-08-12T15:15:00", "2024-08-12T15:40:00", [
         ("Röntgen", "UL buk: multipla hypoekogena leverlesioner, största 3 cm, DD metastaser, abscesser."),
         ("Bedömning", "Pat har inte informerats om UL-svaret; besked ska inte ges innan DT och MDK är klara."),
     ], must=[A, B],
     why="ultrasound liver lesions with a differential diagnosis, not told before MDK: NL101 and NL102")

case("nl101-dt-njure-tumor-tromb-pat-ovetande-lang", "skane", "19550129-0943", "s_uro_mlm",
     "Viktor Engström", "läkare", "2024-01-31T16:20:00", "2024-02-01T07:55:00", [
         ("Aktuellt", "67-årig man, remitterad från VC pga makroskopisk hematuri x2. Rökare 30 paketår. "
                      "Hypertoni, i övrigt frisk. Cystoskopi 22/1 ua."),
         ("Status", "AT gott. Bukpalp mjuk, oöm, ingen palpabel resistens. Ingen varicocele."),
         ("Lab", "Hb 119 (134–170), kreatinin 98, eGFR 68, CRP 14, Ca 2,41, ALP 1,9."),
         ("Röntgen", "DT urografi 29/1: 7 cm solid, heterogent kontrastladdande tumör i vä njure nedre pol med "
                     "tumörtromb i v. renalis vä, ej in i v. cava. Förstorade körtlar paraaortalt vä upp till "
                     "18 mm. Lungbaser fria."),
         ("Bedömning", "Njurcancer vä, cT3a N1. DT thorax kompletteras. Pat är ovetande om fynden; han vet bara "
                       "att röntgen är gjord och väntar besked. Informeras vid besök 6/2 av undertecknad, "
                       "hustrun följer med."),
         ("Planering", "Uro-MDK 5/2. Nefrektomi diskuteras."),
     ], must=[A],
     why="long note: CT urography gives renal cancer, the patient is unaware of the findings")

# =====================================================================
# NL101 near misses
# =====================================================================
case("nl101-not-mammografi-normal-svar-ej-meddelat", "skane", "19700914-1867", "s_brost_hbg",
     "Cecilia Dahl", "läkare", "2024-09-18T10:10:00", "2024-09-18T10:20:00", [
         ("Undersökningsresultat", "Mammografi bilat + UL: inga malignitetsmisstänkta förändringar, BI-RADS 1."),
         ("Planering", "Pat har inte fått svaret ännu, svarsbrev skickas idag."),
     ], must_not=[A, B],
     why="normal mammography not yet told: no diagnosis, and the negated suspicion is no hedge")

case("nl101-not-dt-lungartarer-normal-pat-sover", "vgr", "19470521-5996", "v_med_kungalv_avd",
     "Tobias Wahlström", "läkare", "2024-05-22T02:15:00", "2024-05-22T02:40:00", [
         ("Röntgen", "DT lungartärer: inga lungembolier. Inga förtätningar, ingen pleuravätska, inga förstorade "
                     "lymfkörtlar mediastinalt."),
         ("Planering", "Pat ej informerad om svaret än, sover. Tas på morgonronden."),
     ], setting="slutenvård", must_not=[A, B],
     why="normal CT pulmonary angiography not yet told: the not-informed statement bears no diagnosis")

case("nl101-not-pad-basalcell-informerad-per-telefon", "skane", "19481111-3580", "s_hud_hbg",
     "Marcus Lindqvist", "läkare", "2024-11-13T14:25:00", "2024-11-13T14:30:00", [
         ("PAD", "Basalcellscancer av nodulär typ, radikalt exciderad med minsta marginal 3 mm."),
         ("Åtgärd", "Pat informerad om PAD-svaret per telefon idag. Ingen ytterligare åtgärd, egenkontroll."),
     ], must_not=[A],
     why="PAD result already told to the patient by phone")

case("nl101-not-dt-lungcancer-pat-informerad-hustru-ej", "vgr", "19500704-1519", "v_lung_nal",
     "Per Axelsson", "läkare", "2024-07-09T15:00:00", "2024-07-09T15:35:00", [
         ("Röntgen", "DT thorax/buk: 5 cm tumör i vä överlob med mediastinala körtelmetastaser och binjuremetastas vä."),
         ("Information", "Pat informerad om DT-fynden och vad de innebär. Han vill själv berätta för hustrun, "
                         "hon är ännu ej informerad och har inte följt med idag."),
     ], must_not=[A],
     why="the patient is told; only the wife is not informed")

case("nl101-not-mr-lever-hcc-tid-ej-meddelad", "skane", "19570328-6996", "s_kir_lund",
     "Ali Rahimi", "läkare", "2024-03-20T11:30:00", "2024-03-20T11:48:00", [
         ("Röntgen", "MR lever: 3 cm hepatocellulär cancer i segm 6, LI-RADS 5. Inga ytterligare lesioner."),
         ("Planering", "Pat informerad om fyndet vid besök 4/3. RF-ablation bokad 2/4. Pat ej informerad om "
                       "tiden ännu, kallelse skickas av sekreterare."),
     ], must_not=[A],
     why="the untold thing is the appointment; the HCC finding was told earlier")

case("nl101-not-tsh-kand-hypotyreos-dosandring-ej-meddelad", "vgr", "19750830-7803", "v_med_lidk",
     "Elin Forsberg", "läkare", "2024-08-27T13:55:00", "2024-08-27T14:00:00", [
         ("Lab", "TSH 6,8 mIE/L (0,4–4,0), fritt T4 13 pmol/L (12–22)."),
         ("Bedömning", "Känd hypotyreos sedan 2015, pat väl informerad om diagnosen. Levaxin höjs från 100 till "
                       "125 µg. Pat ännu ej informerad om dosökningen, ringer imorgon."),
     ], must_not=[A],
     why="the untold thing is a dose change; the hypothyroidism has long been known to the patient")

case("nl101-not-arbetsprov-normalt-svarsbrev", "skane", "19690207-1346", "s_kard_krist",
     "Mikael Strand", "läkare", "2024-02-12T10:50:00", "2024-02-12T11:00:00", [
         ("Resultat", "Arbetsprov på cykel: max 210 W (112 % av förväntat), avbröts pga trötthet. Normalt blodtrycks- "
                      "och pulssvar. Inga ST-förändringar, inga arytmier. Ingen ischemi."),
         ("Planering", "Pat ej informerad om resultatet än, svarsbrev går ut i veckan."),
     ], must_not=[A],
     why="a normal exercise test that the patient has not heard about is not a diagnosis")

case("nl101-not-tidiga-hypoteser-mall-pad-halskortel", "skane", "19620419-2188", "s_onh_mlm",
     "Katarina Blom", "läkare", "2024-04-23T16:10:00", "2024-04-23T16:30:00", [
         ("Provsvar", "FNAC + mellannål lymfkörtel hö hals regio II: metastas av skivepitelcancer, p16-positiv. "
                      "Primärtumör ej identifierad."),
         ("Bedömning", "Pat ej informerad. Besked efter ÖNH-MDK 30/4 när primärtumörsutredningen planerats."),
     ], template="Tidiga hypoteser", must_not=[A, B],
     why="untold PAD written in the protected Skåne template Tidiga hypoteser is hidden")

case("nl101-not-vgr-sokord-tidiga-hypoteser-njurtumor", "vgr", "19580612-3716", "v_uro_boras",
     "Daniel Ek", "läkare", "2024-06-14T14:00:00", "2024-06-14T14:22:00", [
         ("Aktuellt", "Återbesök efter DT buk. Pat mår bra, ingen hematuri sedan senast."),
         ("Tidiga hypoteser", "DT: 6 cm tumör i vä njure med tumörtromb i v. renalis. Pat ej informerad ännu; "
                              "besked efter uro-MDK."),
         ("Planering", "Ny tid om en vecka med anhörig."),
     ], must_not=[A],
     why="VGR: the untold finding sits under the protected sökord Tidiga hypoteser, the visible part is neutral")

case("nl101-not-ulceros-kolit-besked-pa-uppvakningen", "skane", "19960105-2476", "s_gastro_lund",
     "Linnea Persson", "läkare", "2024-01-17T12:00:00", "2024-01-17T12:15:00", [
         ("Provsvar", "F-kalprotektin 1450 µg/g (<50). Koloskopi: kontinuerlig inflammation från rektum till "
                      "flexura lienalis, Mayo 2. PAD: kronisk aktiv kolit med kryptabscesser."),
         ("Bedömning", "Vänstersidig ulcerös kolit. Pat fick besked om diagnosen på uppvakningen och igen per "
                       "telefon idag. Start Pentasa 4 g."),
     ], must_not=[A],
     why="endoscopy and PAD result already told to the patient twice")

case("nl101-not-hepatit-c-pat-informerad-mamma-ej", "vgr", "20040918-0627", "v_infek_ostra",
     "Emil Karlsson", "läkare", "2024-10-08T10:30:00", "2024-10-08T10:55:00", [
         ("Provsvar", "Anti-HCV positiv, HCV-RNA 1,2 milj IE/ml, genotyp 3a. ALAT 2,1."),
         ("Information", "Pat, 20 år, har fått besked idag och vill inte att föräldrarna informeras. Mamma som "
                         "ringde i eftermiddags har inte fått något besked."),
     ], must_not=[A],
     why="the patient is informed; only the mother is not")

case("nl101-not-mr-kna-informerad-remiss-avvisad-ej", "skane", "19830502-4138", "s_ort_trbg",
     "Jesper Nilsson", "läkare", "2024-05-08T13:05:00", "2024-05-08T13:12:00", [
         ("Röntgen", "MR hö knä: horisontell ruptur i mediala meniskens bakre horn. Lätt broskförtunning medialt."),
         ("Åtgärd", "Pat har fått MR-svaret vid besöket 3/5. Remissen till fysioterapin avvisades pga "
                    "fel mottagare; pat ej informerad om detta, ny remiss skickad."),
     ], must_not=[A],
     why="MR result told; the untold thing is a rejected referral")

case("nl101-not-koloskopi-normal-pad-ej-svar", "vgr", "19740123-5820", "v_kir_skovde",
     "Mohammed Saleh", "läkare", "2024-01-29T11:10:00", None, [
         ("Undersökning", "Koloskopi t.o.m. cekum, god tarmrening. Inga polyper, ingen tumör, slemhinnan ua. "
                          "Slumpbiopsier tagna."),
         ("Provsvar", "PAD: normal kolonslemhinna, ingen mikroskopisk kolit."),
         ("Planering", "Pat har ej fått svaret på PAD ännu, ska ringas."),
     ], must_not=[A],
     why="a normal endoscopy and PAD that the patient has not heard are not diagnoses")

case("nl101-not-audiometri-normal-audionom", "skane", "19990827-4427", "s_horsel_hlm",
     "Tove Sandström", "audionom", "2024-08-29T14:40:00", "2024-08-29T14:55:00", [
         ("Undersökning", "Tonaudiogram: hörtrösklar inom normalområdet bilat, 5–15 dB HL i hela frekvensområdet. "
                          "Tympanometri typ A bilat. Stapediusreflexer utlösbara."),
         ("Planering", "Pat ej informerad om resultatet, ringer henne imorgon."),
     ], must_not=[A],
     why="audiologist note: normal hearing test not yet told")

case("nl101-not-pet-dt-stadium-besked-av-kollega", "skane", "19580907-1573", "s_onk_lund",
     "Hugo Wallin", "läkare", "2024-09-12T09:20:00", "2024-09-12T09:41:00", [
         ("Röntgen", "PET-DT: FDG-upptag i primärtumören i hö underlob och i hö hilus, inga fjärrmetastaser. "
                     "cT2b N1 M0, stadium IIB."),
         ("Aktuellt", "Pat har fått besked om PET-svaret av dr Lindqvist igår och vet om att lobektomi planeras."),
     ], must_not=[A],
     why="PET staging already told by a colleague the day before")

case("nl101-not-sigmoideumcancer-igar-ej-idag-informerad", "vgr", "19510212-3337", "v_kir_kungalv",
     "Åsa Hedlund", "läkare", "2024-02-16T13:30:00", "2024-02-16T13:50:00", [
         ("Provsvar", "PAD från koloskopi 9/2: adenocarcinom i sigmoideum, måttligt differentierat."),
         ("Information", "Igår ännu ej informerad då svaret kom sent på eftermiddagen. Idag har pat fått "
                         "besked av undertecknad tillsammans med kontaktsjuksköterska."),
     ], must_not=[A],
     why="the not-informed statement is about yesterday; today the patient has been told")

case("nl101-not-biopsi-svar-saknas-ingen-diagnos", "vgr", "19670308-2179", "v_onh_su",
     "Elsa Berg", "läkare", "2024-03-11T15:40:00", "2024-03-11T15:45:00", [
         ("Telefonkontakt", "Pat ringde och frågade efter svaret från biopsin av munslemhinnan. PAD inte klart "
                            "ännu, pat ej informerad eftersom svar saknas. Återkommer när det föreligger."),
     ], must_not=[A],
     why="no result exists yet; 'ej informerad' refers to a pending answer, no diagnosis stated")

# =====================================================================
# NL102 positives: hedged interpretation of a result in a visible Melior note
# =====================================================================
case("nl102-rtg-pulm-forenligt-med-pneumoni", "skane", "19420610-2701", "s_akut_lkr",
     "Erik Sundqvist", "läkare", "2024-01-09T21:30:00", "2024-01-09T22:05:00", [
         ("Bedömning", "Feber, hosta, CRP 145. Rtg pulm: förtätning i hö underlob, förenlig med pneumoni. "
                       "Start PcV 1 g x 3 i 7 d."),
     ], must=[B],
     why="radiology 'förenlig med pneumoni' is a hedged diagnosis in a visible note")

case("nl102-dt-thorax-rundhard-talar-for-lungcancer", "vgr", "19540102-4343", "v_lung_boras",
     "Niklas Bergman", "läkare", "2024-01-15T14:10:00", "2024-01-15T14:45:00", [
         ("Röntgen", "DT thorax: 28 mm spikulerad rundhärd i vä överlob, talar för primär lungcancer. "
                     "Förstorade körtlar i station 4R och 7."),
         ("Planering", "PET-DT och bronkoskopi bokas. Pat informerad om fynden och att vi behöver fortsätta "
                       "utredningen."),
     ], must=[B], must_not=[A],
     why="'talar för primär lungcancer' is a hedge; the patient has been informed so no NL101")

case("nl102-mr-hjarna-expansivitet-dd-gliom-lymfom", "skane", "19660224-6115", "s_nkir_lund",
     "Axel Lindahl", "läkare", "2024-02-26T11:00:00", "2024-02-26T11:30:00", [
         ("Röntgen", "MR hjärna: 3 cm ringformigt kontrastladdande expansivitet i hö frontallob med omgivande "
                     "ödem och 4 mm medellinjeförskjutning."),
         ("Bedömning", "DD högmalignt gliom, primärt CNS-lymfom, metastas. Betapred insatt, stereotaktisk biopsi."),
     ], must=[B],
     why="a differential diagnosis list for an MR lesion in a visible note")

case("nl102-ul-thyroidea-knuta-malignitetsmisstankt", "vgr", "19800516-0265", "v_onh_uddev",
     "Lisa Holmqvist", "läkare", "2024-05-20T09:45:00", "2024-05-20T10:10:00", [
         ("Undersökning", "UL thyroidea: 15 mm solid hypoekogen knuta i hö lob med mikroförkalkningar och "
                          "oskarp avgränsning, TI-RADS 5, malignitetsmisstänkt. FNAC tagen."),
     ], must=[B],
     why="thyroid nodule described as 'malignitetsmisstänkt' is a suspected diagnosis")

case("nl102-fnac-atypi-malignitet-kan-ej-uteslutas", "skane", "19760819-5488", "s_onh_mlm",
     "Katarina Blom", "läkare", "2024-08-23T13:20:00", "2024-08-23T13:40:00", [
         ("Provsvar", "FNAC vä thyroidealob: follikulär neoplasi, Bethesda IV. Malignitet kan ej uteslutas."),
         ("Planering", "Diagnostisk hemityreoidektomi vä, pat samtycker."),
     ], must=[B],
     why="cytology 'malignitet kan ej uteslutas' is uncertain")

case("nl102-ekg-st-sankning-fragetecken-nstemi", "skane", "19510930-3932", "s_akut_hbg",
     "Fatima Yousef", "läkare", "2024-09-30T03:20:00", "2024-09-30T04:05:00", [
         ("Status", "Cor: RR, inga blåsljud. BT 162/94, puls 96."),
         ("Undersökning", "EKG: sinusrytm, horisontella ST-sänkningar 1–2 mm V4–V6. TnT 48 → 72 ng/L (<15)."),
         ("Bedömning", "?NSTEMI. ASA, Brilique, Arixtra. Läggs in på HIA, angio imorgon."),
     ], setting="akutvård", must=[B],
     why="'?NSTEMI' after ECG and troponin is a question-marked diagnosis")

case("nl102-ul-hals-korglar-lymfom-kan-inte-uteslutas", "vgr", "19930117-2715", "v_onh_uddev",
     "Lisa Holmqvist", "läkare", "2024-01-22T14:30:00", "2024-01-22T14:50:00", [
         ("Undersökning", "UL hals: förstorade körtlar hö regio II–III, största 22 mm, rundade utan fetthilus."),
         ("Bedömning", "Lymfom kan inte uteslutas. Mellannålsbiopsi bokas, B-status och LD tas."),
     ], must=[B],
     why="enlarged lymph nodes with 'lymfom kan inte uteslutas'")

case("nl102-pet-nytt-upptag-trol-skelettmetastas", "skane", "19610710-1062", "s_onk_lund",
     "Hugo Wallin", "läkare", "2024-07-15T10:10:00", "2024-07-15T10:35:00", [
         ("Röntgen", "PET-DT uppföljning: nytt fokalt FDG-upptag i Th9, SUVmax 7,4. Trol. skelettmetastas. "
                     "I övrigt oförändrat."),
         ("Planering", "MR Th-rygg, diskuteras på bröst-MDK."),
     ], must=[B],
     why="'Trol. skelettmetastas' from a PET uptake")

case("nl102-ttg-positiv-misstankt-celiaki-barn", "vgr", "20160423-0985", "v_barn_dsbus",
     "Helena Nord", "läkare", "2024-05-06T11:15:00", "2024-05-06T11:40:00", [
         ("Provsvar", "tTG-IgA 45 U/ml (ref <7), total-IgA normalt. Hb 108, ferritin 6."),
         ("Bedömning", "Misstänkt celiaki hos 8-årig flicka med magont och viktstagnation. Remiss gastroskopi "
                       "med duodenalbiopsier, fortsätt glutenhaltig kost tills dess."),
     ], must=[B],
     why="child under 13 (guardian reads): 'Misstänkt celiaki' from serology in a visible note")

case("nl102-koloskopi-polyp-trol-adenom", "skane", "19590125-3129", "s_kir_ystad",
     "Rasmus Olofsson", "läkare", "2024-01-30T10:45:00", "2024-01-30T11:05:00", [
         ("Undersökning", "Koloskopi: 15 mm bredbasig polyp i colon ascendens, trol adenom, avlägsnad med EMR "
                          "i en bit. Clips x2. Sigmoideumdivertiklar."),
     ], must=[B],
     why="endoscopic polyp 'trol adenom' before PAD")

case("nl102-spirometri-reversibilitet-talar-for-astma", "vgr", "19970713-1844", "v_lung_boras",
     "Niklas Bergman", "läkare", "2024-07-16T13:25:00", "2024-07-16T13:40:00", [
         ("Undersökning", "Spirometri: FEV1 2,1 L (68 % av pred), efter 4 puffar salbutamol 2,6 L (+24 %, "
                          "+500 ml). FeNO 58 ppb."),
         ("Bedömning", "Signifikant reversibilitet och högt FeNO, talar för astma. Start ICS."),
     ], must=[B],
     why="spirometry interpreted with 'talar för astma'")

case("nl102-eeg-spike-wave-missankt-absens-typo", "skane", "20150302-1428", "s_barnneuro_lund",
     "Rebecka Håkansson", "läkare", "2024-03-25T14:00:00", "2024-03-25T14:35:00", [
         ("Undersökningsresultat", "EEG: generaliserade 3 Hz spike-wave-komplex under hyperventilation med "
                                   "klinisk frånvaro 8 s."),
         ("Bedömning", "Missänkt absensepilepsi. Föräldrarna informerade om fynden, ny tid med EEG-video."),
     ], must=[B], must_not=[A],
     why="child 9 y: 'Missänkt absensepilepsi' (typo) after EEG; guardians informed so no NL101")

case("nl102-mr-kna-signalforandring-ev-ruptur", "skane", "19851204-2907", "s_ort_hlm",
     "Patrik Ljung", "läkare", "2024-12-04T09:10:00", None, [
         ("Röntgen", "MR vä knä: signalförändring i mediala menisken bakre hornet, ev. ruptur. Korsband intakta."),
         ("Planering", "Fysioterapi 8 v, ny bedömning därefter."),
     ], must=[B],
     why="'ev. ruptur' on MR is a possible diagnosis")

case("nl102-holter-pauser-dd-sjuk-sinusknuta", "vgr", "19450911-2571", "v_kard_su",
     "Magnus Falk", "läkare", "2024-09-16T15:00:00", "2024-09-16T15:20:00", [
         ("Resultat", "Holter 72 h: sinusrytm, nattliga pauser upp till 3,8 s, bradykardi ner mot 35/min "
                      "även dagtid. Ingen AV-block."),
         ("Bedömning", "DD sjuk sinusknuta, läkemedelsbiverkan av metoprolol. Metoprolol sätts ut, ny Holter om 3 v."),
     ], must=[B],
     why="Holter with a DD between sick sinus syndrome and drug effect")

case("nl102-ogontryck-oct-glaukommisstanke", "skane", "19570418-1287", "s_ogon_mlm",
     "Sanna Ivarsson", "läkare", "2024-04-22T10:30:00", None, [
         ("Undersökning", "Ögontryck 28/26 mmHg. Papillexkavation 0,7/0,6. OCT: förtunnat RNFL inferiort hö."),
         ("Bedömning", "Glaukommisstanke hö>vä. Nytt synfält om 3 mån, start Xalatan hö."),
     ], must=[B],
     why="compound 'Glaukommisstanke' after eye pressure and OCT")

case("nl102-ul-lever-sannolikt-hemangiom-dd-metastas", "vgr", "19630126-1464", "v_kir_kungalv",
     "Åsa Hedlund", "läkare", "2024-01-31T10:00:00", "2024-01-31T10:25:00", [
         ("Anamnes", "Opererad för koloncancer 2019 (hemikolektomi hö), ingen adjuvant behandling."),
         ("Röntgen", "UL lever: 2 cm hyperekogen, välavgränsad förändring i segm 4b, sannolikt hemangiom, DD "
                     "metastas. MR lever beställd."),
     ], must=[B],
     why="a liver lesion reported as probable haemangioma with DD metastasis")

case("nl102-ana-dsdna-talar-starkt-for-sle", "skane", "19950611-5261", "s_reuma_lund",
     "Klara Åström", "läkare", "2024-06-13T16:15:00", "2024-06-13T16:45:00", [
         ("Lab", "ANA positiv 1:1280, homogent mönster. Anti-dsDNA 180 IE/ml (ref <10). C3 0,52 (0,77–1,38). "
                 "U-albumin/krea 45."),
         ("Bedömning", "Bilden talar starkt för SLE med möjligt njurengagemang. Njurbiopsi diskuteras med nefrolog."),
     ], must=[B],
     why="'talar starkt för SLE' is still a hedge")

case("nl102-mr-si-led-sakroiliit-kan-inte-uteslutas", "vgr", "19890224-0681", "v_reuma_su",
     "Jenny Wallgren", "läkare", "2024-02-27T11:40:00", "2024-02-27T12:00:00", [
         ("Röntgen", "MR bäcken/SI-leder: lätt benmärgsödem subkondralt i vä SI-led på iliakasidan."),
         ("Bedömning", "Sakroiliit kan inte uteslutas. HLA-B27 tas, ny MR om 6 mån."),
     ], must=[B],
     why="'Sakroiliit kan inte uteslutas' after MR")

case("nl102-elfores-m-komponent-myelom-fragetecken", "skane", "19480723-0976", "s_med_angel",
     "Per Jeppsson", "läkare", "2024-07-26T14:10:00", "2024-07-26T14:30:00", [
         ("Lab", "S-elfores: M-komponent IgG-kappa 24 g/L. Hb 98, kreatinin 142, Ca 2,78."),
         ("Bedömning", "Myelom? Remiss hematolog för benmärg och helkropps-DT."),
     ], must=[B],
     why="'Myelom?' from a lab finding is a question-marked diagnosis")

case("nl102-ucg-hypertrofi-misstanke-amyloidos", "vgr", "19440530-1914", "v_kard_nal",
     "Ola Strömberg", "läkare", "2024-05-31T10:50:00", "2024-05-31T11:15:00", [
         ("Resultat", "UCG: koncentrisk vä kammarhypertrofi, septum 17 mm, granulärt myokard, EF 50 %, "
                      "nedsatt longitudinell funktion med apical sparing."),
         ("Bedömning", "Misstanke om kardiell amyloidos. Skelettscint (DPD) och fria lätta kedjor beställs."),
     ], must=[B],
     why="'Misstanke om kardiell amyloidos' after echocardiography")

case("nl102-rtg-handled-ingen-saker-fraktur-men-misstankt-skafoid-utkast", "skane", "20000814-2150",
     "s_akut_trbg", "Jakob Ek", "läkare", "2024-06-09T17:40:00", None, [
         ("Röntgen", "Rtg hö handled inkl skafoideumserie: ingen säker fraktur."),
         ("Bedömning", "Palpöm i fossa tabatière. Misstänkt skafoideumfraktur trots neg rtg, gipsas, ny rtg "
                       "om 10–14 d."),
     ], setting="akutvård", must=[B],
     why="unsigned draft: a negated x-ray line does not cancel the later suspected scaphoid fracture")

case("nl102-dt-thorax-forenligt-med-sarkoidos-typo", "vgr", "19860406-3027", "v_lung_su",
     "Johan Edvardsson", "läkare", "2024-04-10T14:20:00", "2024-04-10T14:40:00", [
         ("Röntgen", "DT thorax: bilaterala förstorade hiluskörtlar och perilymfatiska noduli i överloberna, "
                     "förenlgt med sarkoidos."),
         ("Bedömning", "Pat frisk i övrigt. EBUS planeras för att få PAD. ACE 92."),
     ], must=[B],
     why="'förenlgt med sarkoidos' (typo) as a CT interpretation")

case("nl102-troponin-ct-lungemboli-kan-ej-utseslutas-typo", "vgr", "19720303-4082", "v_akut_boras",
     "Rania Khalil", "läkare", "2024-03-04T23:15:00", "2024-03-04T23:40:00", [
         ("Bedömning", "Andfådd sedan 2 d, D-dimer 2,4. Lungemboli kan ej utseslutas, DT lungartärer beställd, "
                       "Fragmin ges i väntan."),
     ], setting="akutvård", must=[B],
     why="'kan ej utseslutas' (typo) for pulmonary embolism")

case("nl102-biopsi-forandring-susp-lichen-sclerosus", "skane", "19681022-4623", "s_hud_hbg",
     "Marcus Lindqvist", "läkare", "2024-10-24T10:05:00", "2024-10-24T10:20:00", [
         ("Status", "Vitaktig, atrofisk förändring vulva, sklerotisk yta, inga sår."),
         ("Bedömning", "Susp. lichen sclerosus. Stansbiopsi 4 mm tagen, Dermovat i väntan på PAD."),
     ], must=[B],
     why="'Susp.' abbreviation before a diagnosis from a clinical finding")

case("nl102-ul-njure-mojlig-hydronefros-utkast", "vgr", "19831112-2447", "v_uro_boras",
     "Daniel Ek", "läkare", "2024-11-14T09:00:00", None, [
         ("Undersökning", "Bedside-UL: lätt vidgat njurbäcken hö, möjlig hydronefros grad 1. Vä ua."),
         ("Bedömning", "Hö flanksmärta, hematuri. DT urinvägar beställd."),
     ], setting="akutvård", must=[B],
     why="unsigned draft: 'möjlig hydronefros' on bedside ultrasound")

case("nl102-lang-inneliggande-en-hedge-bland-etablerat", "skane", "19400117-3352", "s_med_lund_avd",
     "Elias Nyberg", "läkare", "2024-11-19T13:00:00", "2024-11-19T14:10:00", [
         ("Aktuellt", "Dag 3. Inlagd pga pneumoni vä underlob, pneumokocker i blododling. Feberfri sedan igår, "
                      "äter bättre. Sat 95 % på 1 l O2."),
         ("Status", "AT: piggare. Cor: oregelbunden rytm, frekvens 88. Pulm: krepitationer vä basalt. "
                    "Buk: mjuk, oöm. Ben: lätta pittingödem bilat."),
         ("Lab", "CRP 212 → 96. LPK 14,2 → 9,8. Hb 121. Krea 110 (ref 60–105). NT-proBNP 3400 (<450)."),
         ("Undersökning", "EKG: förmaksflimmer, kammarfrekvens 85–95. Känt sedan 2021, Eliquis."),
         ("Bedömning", "Pneumoni i regress. Förhöjt NT-proBNP och ödem, trol. hjärtsvikt, UCG beställt. "
                       "Förmaksflimmer välkontrollerat."),
         ("Planering", "Byte till peroral amoxicillin imorgon. Furix 40 mg x 1 prövas. Hemgång efter helgen."),
     ], setting="slutenvård", must=[B],
     why="long inpatient note: one hedged diagnosis ('trol. hjärtsvikt') among established ones")

# =====================================================================
# NL102 near misses
# =====================================================================
case("nl102-not-rtg-pulm-ingen-pneumoni", "skane", "19820529-5879", "s_akut_lkr",
     "Erik Sundqvist", "läkare", "2024-02-02T20:10:00", "2024-02-02T20:25:00", [
         ("Bedömning", "Rtg pulm: ingen förtätning, ingen pleuravätska, hjärtat normalstort. Ingen pneumoni. "
                       "Viral ÖLI, symtomatisk behandling."),
     ], setting="akutvård", must_not=[B],
     why="a negated x-ray finding ('ingen förtätning', 'ingen pneumoni') is not a hedge")

case("nl102-not-dt-lungemboli-utesluten", "vgr", "19780912-3248", "v_akut_boras",
     "Rania Khalil", "läkare", "2024-09-13T01:20:00", "2024-09-13T01:35:00", [
         ("Röntgen", "DT lungartärer: inga embolier ner på subsegmentell nivå."),
         ("Bedömning", "Lungemboli utesluten. Hem, åter vid försämring."),
     ], setting="akutvård", must_not=[B],
     why="'Lungemboli utesluten' is a ruled-out diagnosis")

case("nl102-not-mammografi-cysta-ingen-malignitetsmisstanke", "skane", "19760304-3840", "s_brost_hbg",
     "Cecilia Dahl", "läkare", "2024-03-06T13:30:00", "2024-03-06T13:40:00", [
         ("Undersökningsresultat", "Mammografi + UL: enkel cysta 8 mm i vä bröst kl 10. I övrigt ua. "
                                   "Ingen malignitetsmisstanke. Åter i screeningprogrammet."),
     ], must_not=[B],
     why="'Ingen malignitetsmisstanke' is a negated compound, the cyst is an established benign finding")

case("nl102-not-rtg-buk-ev-hem-imorgon", "skane", "19731017-2379", "s_kir_lund",
     "Ali Rahimi", "läkare", "2024-10-18T08:30:00", "2024-10-18T08:50:00", [
         ("Röntgen", "DT buk: ingen fri gas, inga tecken på ileus. Normal appendix."),
         ("Planering", "Ev. hem imorgon om han äter. Trol. behov av sjukskrivning en vecka."),
     ], setting="slutenvård", must_not=[B],
     why="hedges about discharge and sick leave are not diagnoses; the CT is negated")

case("nl102-not-hereditet-mor-trol-brostcancer-egen-genetik-normal", "skane", "19880116-3042", "s_gen_lund",
     "Hanna Ekström", "läkare", "2024-01-19T14:00:00", "2024-01-19T14:25:00", [
         ("Hereditet", "Mor trol. bröstcancer i 40-årsåldern, mormor ovarialcancer?"),
         ("Provsvar", "Genpanel: ingen patogen variant i BRCA1, BRCA2, PALB2, CHEK2 eller ATM."),
         ("Bedömning", "Pat är inte anlagsbärare. Utökad kontroll enl riskkalkyl med årlig mammografi."),
     ], must_not=[B],
     why="the hedges are in family history; the patient's own genetic result is normal")

case("nl102-not-tidigare-misstanke-ms-avskriven-mr-normal", "vgr", "19920828-1031", "v_neuro_skovde",
     "Anna Sjöholm", "läkare", "2024-08-30T10:10:00", "2024-08-30T10:35:00", [
         ("Anamnes", "2019 utredd för misstänkt MS efter synnervsinflammation hö, MR och likvor då ua och "
                     "misstanken avskrevs."),
         ("Resultat", "MR hjärna idag: oförändrat normal, inga demyeliniserande lesioner."),
     ], must_not=[B],
     why="a past suspicion that was dismissed, and a normal MR today")

case("nl102-not-skane-tidiga-hypoteser-mall-misstankt-myelom", "skane", "19530411-1585", "s_med_trbg",
     "Sven Gunnarsson", "läkare", "2024-04-15T15:10:00", "2024-04-15T15:30:00", [
         ("Lab", "M-komponent IgA-lambda 31 g/L, Ca 2,92, Hb 96."),
         ("Bedömning", "Misstänkt myelom. Benmärg beställd. Pat ej informerad om misstanken."),
     ], template="Tidiga hypoteser", must_not=[A, B],
     why="hedged and untold diagnosis inside the protected Skåne template Tidiga hypoteser")

case("nl102-not-vgr-sokord-tidiga-hypoteser-pankreas-dd", "vgr", "19600925-5420", "v_kir_skovde",
     "Mohammed Saleh", "läkare", "2024-09-26T13:45:00", "2024-09-26T14:10:00", [
         ("Status", "AT gott. Buk mjuk, oöm. Ingen ikterus."),
         ("Tidiga hypoteser", "DT: 2 cm lesion i pankreassvansen, DD neuroendokrin tumör, IPMN. "
                              "Endoskopiskt UL beställt."),
         ("Planering", "Återbesök efter EUS."),
     ], must_not=[B],
     why="VGR: the DD sits only under the protected sökord Tidiga hypoteser")

case("nl102-not-pmo-vc-tsh-misstankt-hypotyreos", "skane", "19710207-4882", "s_vc_linero",
     "Jörgen Malm", "läkare", "2024-02-09T10:20:00", "2024-02-09T10:35:00", [
         ("Provsvar", "TSH 9,8 mIE/L (0,4–4,0), fT4 10 pmol/L (12–22), TPO-ak 460."),
         ("Bedömning", "Misstänkt hypotyreos. Ny kontroll om 6 v innan behandling."),
     ], system="PMO", template="Besöksanteckning", must_not=[B],
     why="PMO never shows diagnoses, so a suspected diagnosis from lab is no NL102")

case("nl102-not-pmo-ungdomsmottagning-forenligt-bv", "skane", "20060724-1627", "s_um_eslov",
     "Moa Lundberg", "barnmorska", "2024-10-15T15:30:00", "2024-10-15T15:45:00", [
         ("Undersökning", "Wet smear: clue cells, pH 5,0, sniff-test pos. Förenligt med bakteriell vaginos."),
         ("Åtgärd", "Klamydia-PCR tagen. Dalacin vagkräm ut."),
     ], system="PMO", template="Besöksanteckning", must_not=[B],
     why="PMO (ungdomsmottagning, patient 18): a hedged finding is not shown to the patient")

case("nl102-not-pmo-bvc-hb-ev-jarnbrist", "skane", "20230312-0139", "s_bvc_hoor",
     "Ulla Persson", "sjuksköterska", "2024-03-14T09:20:00", "2024-03-14T09:30:00", [
         ("Provsvar", "Kapillärt Hb 102 g/L vid 1-årskontrollen. Blek, äter mest välling."),
         ("Åtgärd", "Ev. järnbrist, konsulterar BVC-läkare."),
     ], system="PMO", template="BVC-anteckning", must_not=[B],
     why="PMO BVC note for a 1-year-old: 'Ev. järnbrist' is not visible as a diagnosis")

case("nl102-not-pmo-hemsjukvard-urinsticka-trol-uvi", "skane", "19330806-2888", "s_hsjv_kavl",
     "Sirpa Niemi", "sjuksköterska", "2024-08-07T11:00:00", "2024-08-07T11:10:00", [
         ("Aktuellt", "Urinsticka: nitrit pos, leukocyter 3+. Förvirrad sedan igår, temp 37,9. Trol. UVI."),
         ("Åtgärd", "Kontakt med VC-läkare, odling skickad."),
     ], system="PMO", template="Omvårdnadsanteckning", setting="hemsjukvård", must_not=[B],
     why="PMO home-care note: 'Trol. UVI' is not a visible diagnosis")

case("nl102-not-fibroadenom-malignitet-kan-uteslutas", "skane", "19980919-2447", "s_brost_mlm",
     "Lina Bergqvist", "läkare", "2024-09-23T10:20:00", "2024-09-23T10:30:00", [
         ("PAD", "Mellannålsbiopsi vä bröst: fibroadenom."),
         ("Bedömning", "Malignitet kan därmed uteslutas. Ingen uppföljning."),
     ], must_not=[B],
     why="'kan uteslutas' without negation is a ruled-out, not 'kan ej uteslutas'")

case("nl102-not-pet-komplett-remission-inga-patologiska-upptag", "vgr", "19820818-6158", "v_hem_boras",
     "Stina Alm", "läkare", "2024-08-19T11:10:00", "2024-08-19T11:30:00", [
         ("Röntgen", "PET-DT efter 4 cykler R-CHOP: komplett metabol remission, Deauville 2. Inga förstorade "
                     "körtlar, inga patologiska upptag."),
         ("Planering", "Ytterligare 2 cykler enligt plan."),
     ], must_not=[B],
     why="negated findings after treatment: no enlarged nodes, no pathological uptake")

case("nl102-not-fragetecken-om-flyg-fraktur-etablerad", "skane", "19940102-5656", "s_ort_mlm",
     "Johanna Lind", "läkare", "2024-06-24T09:40:00", "2024-06-24T09:55:00", [
         ("Röntgen", "Rtg hö fotled: oförskjuten fraktur på laterala malleolen, Weber B."),
         ("Aktuellt", "Pat undrar om hon kan flyga till Spanien i juli? Inget hinder med ortos och Fragmin."),
     ], must_not=[B],
     why="a question mark about travel, not about a diagnosis; the fracture is established")

case("nl102-not-gastroskopi-inga-tecken-till-malignitet-hp", "skane", "19610503-4521", "s_med_trbg",
     "Sven Gunnarsson", "läkare", "2024-05-07T14:50:00", "2024-05-07T15:05:00", [
         ("Undersökning", "Gastroskopi: lätt rodnad antrumslemhinna, biopsier tagna. Inga tecken till malignitet."),
         ("Provsvar", "PAD: kronisk aktiv gastrit, Helicobacter pylori påvisad."),
     ], must_not=[B],
     why="negated malignancy and an established PAD diagnosis")

case("nl102-not-spirometri-metakolin-astma-utesluten", "vgr", "20010611-3624", "v_lung_uddev",
     "Petra Svensson", "läkare", "2024-06-14T13:10:00", "2024-06-14T13:25:00", [
         ("Undersökning", "Spirometri normal, ingen reversibilitet. Metakolintest negativt."),
         ("Bedömning", "Astma utesluten. Hostan bedöms postinfektiös och väntas gå över."),
     ], must_not=[B],
     why="asthma ruled out after spirometry and methacholine test")

case("nl102-not-audiometri-etablerad-presbyacusis", "skane", "19460925-4174", "s_horsel_lund",
     "Gustav Ahlström", "läkare", "2024-09-27T10:00:00", "2024-09-27T10:15:00", [
         ("Audiometri", "Symmetrisk diskantnedsättning bilat, 55 dB HL vid 4 kHz, taluppfattning 88 % bilat."),
         ("Bedömning", "Åldersrelaterad sensorineural hörselnedsättning bilat. Hörapparatutprovning bokad."),
     ], must_not=[B],
     why="an established hearing loss diagnosis from audiometry")

case("nl102-not-dt-buk-ingen-missanke-typo", "vgr", "19560331-1936", "v_kir_uddev",
     "Fredrik Holm", "läkare", "2024-04-02T16:00:00", None, [
         ("Röntgen", "DT buk: ingen tumör, inga förstorade lgll, levern ua. Ingen missanke om malignitet."),
     ], must_not=[B],
     why="negated suspicion with a typo ('missanke')")

case("nl102-not-array-normal-karyotyp-barn", "vgr", "20200714-3171", "v_barnneuro_dsbus",
     "Helena Nord", "läkare", "2024-03-19T13:30:00", "2024-03-19T13:45:00", [
         ("Provsvar", "Kromosomanalys: normal manlig karyotyp 46,XY. Array-CGH utan patogena CNV. "
                      "Fragil X negativ."),
     ], must_not=[B],
     why="child 3 y: normal genetic results, nothing hedged")

case("nl102-not-fundusfoto-ingen-retinopati", "skane", "19690121-2040", "s_ogon_hbg",
     "Nora Engdahl", "sjuksköterska", "2024-01-23T08:40:00", "2024-01-23T08:42:00", [
         ("Undersökning", "Ögonbottenfoto: ingen diabetesretinopati bilat. Ny screening om 2 år."),
     ], must_not=[B],
     why="one line: negated retinopathy on fundus photography")

case("nl102-not-neurografi-karpaltunnel-op-trol-maj", "skane", "19710812-3287", "s_hand_mlm",
     "Isak Holmgren", "läkare", "2024-02-20T11:20:00", "2024-02-20T11:35:00", [
         ("Undersökning", "Neurografi: förlångsammad sensorisk och motorisk ledning i n. medianus över "
                          "karpaltunneln hö, måttlig grad."),
         ("Bedömning", "Karpaltunnelsyndrom hö. Op trol i maj. Ev. sjukskrivning 2 v postop."),
     ], must_not=[B],
     why="hedges concern the date of surgery and sick leave, the diagnosis is established")

case("nl102-not-lang-vgr-allt-etablerat-eller-negerat", "vgr", "19520520-2368", "v_med_kungalv_avd",
     "Tobias Wahlström", "läkare", "2024-12-02T14:00:00", "2024-12-02T15:15:00", [
         ("Aktuellt", "Dag 2. Inlagd pga dekompenserad hjärtsvikt, känd sedan 2020 (HFrEF, EF 30 % 2023). "
                      "Ökat 4 kg på en vecka, ortopné."),
         ("Status", "AT: opåverkad i vila. Cor: RR, sys blåsljud 2/6 apex. Pulm: basala rassel bilat. "
                    "Ben: pittingödem till knäna."),
         ("Lab", "NT-proBNP 8200 (<450). Krea 132 (60–105). K 4,1. Hb 129. TnT 18 stabilt."),
         ("Undersökning", "EKG: sinusrytm 78, vänstergrenblock, oförändrat mot 2023. Rtg pulm: "
                          "lungstas och små pleuravätskor bilat, ingen pneumoni."),
         ("Bedömning", "Dekompenserad hjärtsvikt utan tecken till akut koronart syndrom. Ingen infektion. "
                       "Svarar på iv Furix, minus 1,8 kg sedan igår."),
         ("Planering", "Fortsatt Furix iv idag. Dapagliflozin insatt. Hjärtsviktssjuksköterska kontaktad."),
     ], setting="slutenvård", must_not=[B],
     why="long inpatient note where every diagnosis is established or negated")


# ---------------------------------------------------------------- build
def luhn_ok(pnr):
    digits = re.sub(r"\D", "", pnr)[2:]  # YYMMDDNNNC
    if len(digits) != 10:
        return False
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return total % 10 == 0


def age_at(birth, when):
    a = when.year - birth.year
    if (when.month, when.day) < (birth.month, birth.day):
        a -= 1
    return a


def record_of(c):
    unit_name, hsa = U[c["unit"]]
    birth = c["pnr"][:4] + "-" + c["pnr"][4:6] + "-" + c["pnr"][6:8]
    t = dt.datetime.fromisoformat(c["time"])
    as_of = (t + dt.timedelta(days=7)).replace(hour=0, minute=0, second=0).isoformat()
    if as_of[:4] != "2024":
        as_of = "2024-12-31T00:00:00"
    note = {
        "id": "n1", "system": c["system"], "template": c["template"],
        "unit": {"name": unit_name, "hsa_id": hsa},
        "author": {"name": c["author"], "role": c["role"]},
        "time": c["time"], "signed": c["signed"], "setting": c["setting"],
        "refs": [],
        "sections": [{"keyword": k, "text": v} for k, v in c["sections"]],
    }
    return {
        "patient": {"id": c["pnr"], "birth_date": birth, "protected_identity": False},
        "as_of": as_of, "notes": [note],
        "access_events": [], "conversations": [], "treatments": [],
    }


def validate(rows):
    problems = []
    names = set()
    sentences = {}
    iso = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$")
    for c, row in zip(CASES, rows):
        n = c["name"]
        p = problems.append
        if n in names:
            p(f"{n}: duplicate case name")
        names.add(n)
        if not re.fullmatch(r"[a-z0-9-]+", n):
            p(f"{n}: bad case name")
        if set(row) != {"case", "ruleset", "record", "must", "must_not", "why"}:
            p(f"{n}: wrong keys")
        if row["ruleset"] not in ("skane", "vgr"):
            p(f"{n}: unknown ruleset")
        if not row["must"] and not row["must_not"]:
            p(f"{n}: asserts nothing")
        if not row["why"] or "\n" in row["why"]:
            p(f"{n}: why must be one line")
        codes_m = {x[0] for x in row["must"]}
        codes_n = {x[0] for x in row["must_not"]}
        if codes_m & codes_n:
            p(f"{n}: code both in must and must_not")
        for code, target in row["must"] + row["must_not"]:
            if code not in (A, B):
                p(f"{n}: unexpected code {code}")
            if target not in {x["id"] for x in row["record"]["notes"]}:
                p(f"{n}: target {target} missing")
        rec = row["record"]
        pnr = rec["patient"]["id"]
        if not re.fullmatch(r"\d{8}-\d{4}", pnr) or not luhn_ok(pnr):
            p(f"{n}: bad personnummer {pnr}")
            continue
        try:
            birth = dt.date.fromisoformat(rec["patient"]["birth_date"])
        except ValueError:
            p(f"{n}: bad birth date")
            continue
        if birth.strftime("%Y%m%d") != pnr[:8]:
            p(f"{n}: birth_date does not match personnummer")
        if not iso.match(rec["as_of"]) or not rec["as_of"].startswith("2024"):
            p(f"{n}: bad as_of")
        for note in rec["notes"]:
            if not iso.match(note["time"]) or not note["time"].startswith("2024"):
                p(f"{n}: bad note time")
                continue
            t = dt.datetime.fromisoformat(note["time"])
            if note["signed"] is not None:
                if not iso.match(note["signed"]) or not note["signed"].startswith("2024"):
                    p(f"{n}: bad signed time")
                elif dt.datetime.fromisoformat(note["signed"]) < t:
                    p(f"{n}: signed before written")
            if dt.datetime.fromisoformat(rec["as_of"]) < t:
                p(f"{n}: as_of before note")
            a = age_at(birth, t.date())
            if 13 <= a <= 15 or a < 0:
                p(f"{n}: patient aged {a} (13-15 not allowed)")
            if note["system"] not in ("Melior", "PMO"):
                p(f"{n}: unknown system")
            if row["ruleset"] == "vgr" and note["system"] != "Melior":
                p(f"{n}: VGR cases are Melior only")
            if note["system"] == "PMO":
                if A in codes_m | codes_n:
                    p(f"{n}: NL101 is not asserted on PMO notes")
                if B in codes_m:
                    p(f"{n}: PMO notes are never NL102 positives")
            hsa = note["unit"]["hsa_id"]
            want = "SE2321000255-" if row["ruleset"] == "skane" else "SE2321000131-"
            if not hsa.startswith(want):
                p(f"{n}: HSA id does not fit the region")
            if not note["sections"]:
                p(f"{n}: note without sections")
            for s in note["sections"]:
                if not s["keyword"] or not s["text"].strip():
                    p(f"{n}: empty section")
                for sent in re.split(r"(?<=[.!?])\s+|\n", s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in sentences and sentences[sent] != n:
                            p(f"{n}: sentence also in {sentences[sent]}: {sent!r}")
                        sentences.setdefault(sent, n)
    return problems


def main():
    rows = []
    for c in CASES:
        rows.append({
            "case": c["name"], "ruleset": c["rs"], "record": record_of(c),
            "must": [[code, "n1"] for code in c["must"]],
            "must_not": [[code, "n1"] for code in c["must_not"]],
            "why": c["why"],
        })
    problems = validate(rows)
    if problems:
        for x in problems:
            print("PROBLEM:", x, file=sys.stderr)
        return 1
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts = {}
    for r in rows:
        for kind in ("must", "must_not"):
            for code, _ in r[kind]:
                counts[(code, kind)] = counts.get((code, kind), 0) + 1
    print(f"{len(rows)} cases -> {OUT}")
    for code in (A, B):
        print(f"{code}: must {counts.get((code, 'must'), 0)}, must_not {counts.get((code, 'must_not'), 0)}")
    drafts = sum(1 for r in rows if r["record"]["notes"][0]["signed"] is None)
    print(f"drafts: {drafts}; skane {sum(r['ruleset'] == 'skane' for r in rows)}, "
          f"vgr {sum(r['ruleset'] == 'vgr' for r in rows)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
