#!/usr/bin/env python3
"""Build nl101_dev_cases.jsonl: a development set for NL101 only.

NL101 (uncommunicated-diagnosis-visible): a diagnosis written in a visible section
while the note says the PATIENT has not yet been told it.

Written from the regional routines (shared/seeds) and the rule catalog only, without
reading the product code, its lexicons or its tests. 50 positives, 40 negatives, all
Melior notes (NL101 is not asserted on PMO). Only NL101 is asserted.

No dependencies; same output on every run. Exits with status 1 on any problem.
Usage: python3 nl101_dev_build.py
"""
import datetime as dt
import json
import re
import sys
from collections import Counter
from pathlib import Path

OUT = Path(__file__).with_name("nl101_dev_cases.jsonl")

# --------------------------------------------------------------------------- units
UNITS = {
    # Region Skåne (Melior, hospitals)
    "s_onk": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-4102"),
    "s_neuro": ("Neurologimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-7633"),
    "s_hem": ("Hematologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-5218"),
    "s_kir": ("Kirurgiska kliniken, Helsingborgs lasarett", "SE2321000255-8841"),
    "s_minne": ("Minnesmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-6307"),
    "s_inf": ("Infektionskliniken, Skånes universitetssjukhus Malmö", "SE2321000255-3390"),
    "s_uro": ("Urologiska kliniken, Centralsjukhuset Kristianstad", "SE2321000255-9012"),
    "s_psyk": ("Allmänpsykiatrisk mottagning Lund", "SE2321000255-2745"),
    "s_lung": ("Lungmedicinska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4477"),
    "s_gen": ("Klinisk genetik, Skånes universitetssjukhus Lund", "SE2321000255-1186"),
    "s_med": ("Medicinkliniken, Ystads lasarett", "SE2321000255-6650"),
    "s_gyn": ("Gynekologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-7024"),
    "s_hud": ("Hudkliniken, Skånes universitetssjukhus Lund", "SE2321000255-3815"),
    "s_ort": ("Ortopediska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-5560"),
    "s_reuma": ("Reumatologimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-2093"),
    "s_barnmed": ("Ungdomsmottagningen för diabetes, Helsingborgs lasarett", "SE2321000255-8127"),
    "s_geri": ("Geriatriska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-6914"),
    "s_gast": ("Gastroenterologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4930"),
    # Västra Götalandsregionen (Melior)
    "v_onk": ("Onkologimottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000012"),
    "v_neuro": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000027"),
    "v_med": ("Medicinmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000045"),
    "v_kir": ("Kirurgmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000058"),
    "v_minne": ("Minnesmottagningen, NU-sjukvården Uddevalla", "SE2321000131-E000000063"),
    "v_inf": ("Infektionsmottagningen, Östra sjukhuset", "SE2321000131-E000000071"),
    "v_uro": ("Urologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000089"),
    "v_psyk": ("Psykiatrisk öppenvårdsmottagning, Alingsås lasarett", "SE2321000131-E000000094"),
    "v_lung": ("Lungmedicinsk mottagning, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000102"),
    "v_gen": ("Klinisk genetik, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000117"),
    "v_hem": ("Hematologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000125"),
    "v_gyn": ("Gynekologmottagningen, Kungälvs sjukhus", "SE2321000131-E000000133"),
    "v_hud": ("Hudmottagningen, NÄL Trollhättan", "SE2321000131-E000000148"),
    "v_geri": ("Geriatrisk mottagning, Mölndals sjukhus", "SE2321000131-E000000156"),
    "v_njur": ("Njurmedicinsk mottagning, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000161"),
    "v_ort": ("Ortopedmottagningen, Alingsås lasarett", "SE2321000131-E000000179"),
    "v_gast": ("Medicinsk gastroenterologi, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000184"),
    "v_vardavd": ("Avdelning 53, Medicinkliniken, NÄL Trollhättan", "SE2321000131-E000000192"),
}

TH = "Tidiga hypoteser"

# --------------------------------------------------------------------------- cases
# Each case: name, ruleset, kind ("pos"/"neg"), birth date, sex (F/M), template, unit key,
# (author name, role), note time, draft (unsigned), setting, sections, why.
CASES = [
    # ======================================================================= POSITIVES
    dict(name="pos-brostcancer-besked-vid-aterbesok", rs="skane", kind="pos",
         bd="1968-04-11", sex="F", tpl="Läkaranteckning", unit="s_onk",
         author=("Karin Lindqvist", "läkare"), time="2024-03-14T10:20:00", draft=False,
         setting="öppenvård",
         sections=[
             ("Aktuellt", "Uppföljning efter mammografi och mellannålsbiopsi vä bröst 5/3."),
             ("Bedömning", "PAD visar invasiv duktal bröstcancer vä, NHG 2, ER-positiv, HER2-negativ. "
                           "Pat ej informerad, besked ges vid återbesök nästa vecka med kontaktssk."),
         ],
         why="settled breast cancer in Bedömning; patient not informed, told at the next visit"),
    dict(name="pos-ms-beskedsamtal-bokat", rs="vgr", kind="pos",
         bd="1991-09-02", sex="F", tpl="Mottagningsanteckning", unit="v_neuro",
         author=("Johan Bergström", "läkare"), time="2024-02-27T14:05:00", draft=False,
         setting="öppenvård",
         sections=[
             ("Aktuellt", "Genomgick MR hjärna och lumbalpunktion efter synnedsättning hö öga i januari."),
             ("Bedömning", "MR visar multipla periventrikulära lesioner, oligoklonala band i likvor. "
                           "Uppfyller McDonald-kriterierna för multipel skleros."),
             ("Planering", "Beskedsamtal bokat 12/3 med neurolog och MS-sjuksköterska. "
                           "Pat känner ännu inte till diagnosen."),
         ],
         why="MS in Bedömning; Planering says a disclosure talk is booked and she does not know yet"),
    dict(name="pos-als-diagnosen-annu-inte-meddelad", rs="skane", kind="pos",
         bd="1957-01-23", sex="M", tpl="Läkaranteckning", unit="s_neuro",
         author=("Maria Holmgren", "läkare"), time="2024-04-03T11:40:00", draft=False,
         setting="öppenvård",
         sections=[
             ("Anamnes", "Tilltagande svaghet i hö hand sedan ett år, nu även fascikulationer i båda överarmarna."),
             ("Bedömning", "Klinisk bild och ENeG förenliga med amyotrofisk lateralskleros (ALS), spinal debut."),
             ("Planering", "Diagnosen är ännu inte meddelad patienten. "
                           "Beskedsamtal planeras med hustrun närvarande inom en vecka."),
         ],
         why="passive wording: 'Diagnosen är ännu inte meddelad patienten' with ALS in Bedömning"),
    dict(name="pos-hiv-kallas-for-att-fa-svaret", rs="vgr", kind="pos",
         bd="1986-12-30", sex="M", tpl="Telefonanteckning", unit="v_inf",
         author=("Sara Eklund", "läkare"), time="2024-05-16T09:10:00", draft=False,
         setting="öppenvård",
         sections=[
             ("Provsvar", "HIV-1 Ag/Ak positiv, konfirmerad med immunoblot. Nydiagnostiserad hivinfektion."),
             ("Åtgärd", "Pat kallas till mottagningen för att få svaret, ska ej lämnas per telefon. "
                        "Tid bokad fredag kl 13 hos undertecknad."),
         ],
         why="new HIV infection in Provsvar; patient is being called in to receive the result"),
    dict(name="pos-alzheimer-tas-upp-nar-dottern-ar-med", rs="skane", kind="pos",
         bd="1941-06-17", sex="F", tpl="Mottagningsanteckning", unit="s_minne",
         author=("Per Wallin", "läkare"), time="2024-04-09T13:30:00", draft=False,
         setting="öppenvård",
         sections=[
             ("Undersökningar", "MMT 23/30, klocktest med planeringssvårigheter. DT hjärna med mediotemporal atrofi."),
             ("Bedömning", "Sammantaget bedöms pat ha Alzheimers sjukdom, mild demensgrad."),
             ("Planering", "Besked ej givet. Tas upp när dottern kan vara med, prel v. 17."),
         ],
         why="Alzheimer's disease in Bedömning; 'besked ej givet', to be raised when the daughter can come"),
    dict(name="pos-schizofreni-avvaktar-tills-stabil", rs="vgr", kind="pos",
         bd="1998-03-08", sex="M", tpl="Läkaranteckning", unit="v_psyk",
         author=("Lena Ström", "läkare"), time="2024-06-04T15:00:00", draft=False,
         setting="öppenvård",
         sections=[
             ("Aktuellt", "Fortsatt röstupplevelser men mindre oro sedan insättning av olanzapin."),
             ("Bedömning", "Uppfyller kriterierna för schizofreni, paranoid form, enl. DSM-5. "
                           "Avvaktar med att informera pat om diagnosen tills han är mer stabiliserad."),
         ],
         why="schizophrenia in Bedömning; clinician withholds it until the patient is more stable"),
    dict(name="pos-huntington-inte-fatt-ta-del-av-svaret", rs="skane", kind="pos",
         bd="1979-10-14", sex="F", tpl="Läkaranteckning", unit="s_gen",
         author=("Anders Nyberg", "läkare"), time="2024-05-21T10:45:00", draft=False,
         setting="öppenvård",
         sections=[
             ("Provsvar", "Expansion i HTT-genen med 42 CAG-repetitioner, förenligt med Huntingtons sjukdom."),
             ("Planering", "Pat har inte fått ta del av analyssvaret. "
                           "Genetiskt beskedsamtal enligt presymptomatiskt protokoll den 29/5 med stödperson."),
         ],
         why="Huntington's disease in Provsvar; the patient has not taken part of the result"),
    dict(name="pos-lungcancer-pat-ovetande-om-pad", rs="vgr", kind="pos",
         bd="1950-07-19", sex="M", tpl="Mottagningsanteckning", unit="v_lung",
         author=("Eva Sandberg", "läkare"), time="2024-03-05T08:50:00", draft=False,
         setting="öppenvård",
         sections=[
             ("Anamnes", "Rökare 40 paketår. Remitterad för hosta och hemoptys."),
             ("Bedömning", "PAD från EBUS visar adenocarcinom i lunga, EGFR-analys pågår. Pat ovetande om PAD."),
             ("Planering", "Besked på mottagningen när molekylärpatologin är klar, tid bokas av kontaktssk."),
         ],
         why="lung adenocarcinoma in Bedömning; 'Pat ovetande om PAD'"),
    dict(name="pos-prostatacancer-ej-underr-telegrafisk", rs="skane", kind="pos",
         bd="1955-02-26", sex="M", tpl="Läkaranteckning", unit="s_uro",
         author=("Mikael Ek", "läkare"), time="2024-06-11T16:10:00", draft=True,
         setting="öppenvård",
         sections=[
             ("Tidigare sjukdomar", "Känd DM typ 2, välreglerad på metformin."),
             ("PAD", "Prostatacancer Gleason 4+3=7 i 6 av 12 biopsier."),
             ("Planering", "Pat ej underr. Besked vid åb 24/6, MR-skelett beställd."),
         ],
         why="unsigned draft; prostate cancer in PAD section, telegraphic 'Pat ej underr.'; known diabetes is unrelated"),
    dict(name="pos-pankreascancer-inget-besked-lamnat", rs="vgr", kind="pos",
         bd="1962-11-05", sex="F", tpl="Läkaranteckning", unit="v_kir",
         author=("Henrik Dahl", "läkare"), time="2024-08-20T12:15:00", draft=False,
         setting="slutenvård",
         sections=[
             ("Röntgen", "DT buk: 4 cm tumör i pankreashuvudet med överväxt på vena mesenterica superior."),
             ("Bedömning", "Lokalt avancerad pankreascancer. "
                           "Något besked har inte lämnats till pat ännu; tas på MDK tisdag, därefter samtal med pat."),
         ],
         why="pancreatic cancer in Bedömning; 'Något besked har inte lämnats till pat ännu'"),
    dict(name="pos-aml-inte-hunnit-informeras", rs="skane", kind="pos",
         bd="1973-08-29", sex="F", tpl="Daganteckning", unit="s_hem",
         author=("Oskar Lund", "läkare"), time="2024-09-03T11:25:00", draft=False,
         setting="slutenvård",
         sections=[
             ("Provsvar", "Benmärg: 45 % blaster, flödescytometri och morfologi visar akut myeloisk leukemi."),
             ("Bedömning", "Pat har inte hunnit informeras då hon sov vid ronden. "
                           "Ansvarig hematolog informerar i eftermiddag."),
         ],
         why="AML in Provsvar; the patient 'har inte hunnit informeras' yet"),
    dict(name="pos-bipolar-ej-kommunicerad", rs="vgr", kind="pos",
         bd="1994-05-13", sex="F", tpl="Läkaranteckning", unit="v_psyk",
         author=("Jonas Fransson", "läkare"), time="2024-04-24T10:00:00", draft=False,
         setting="öppenvård",
         sections=[
             ("Bedömning", "Hypomana episoder och återkommande depressioner. Sammantaget bipolär sjukdom typ II."),
             ("Planering", "Diagnosen har ännu inte kommunicerats med pat, planeras vid nästa samtal om två veckor."),
         ],
         why="bipolar II in Bedömning; the diagnosis has not been communicated with the patient"),
    dict(name="pos-koloncancer-vet-inte-om-resultatet", rs="skane", kind="pos",
         bd="1959-12-01", sex="M", tpl="Mottagningsanteckning", unit="s_kir",
         author=("Helena Berg", "läkare"), time="2024-02-13T09:35:00", draft=False,
         setting="öppenvård",
         sections=[
             ("Undersökningar", "Koloskopi med ulcererande tumör i sigmoideum 25 cm från anus."),
             ("Bedömning", "PAD adenocarcinom, alltså koloncancer i sigmoideum. "
                           "Pat vet inte om resultatet än – besked ges på mottagningen nästa vecka."),
         ],
         why="colon cancer in Bedömning; 'Pat vet inte om resultatet än'"),
    dict(name="pos-parkinson-vill-ha-svaret-med-frun", rs="vgr", kind="pos",
         bd="1952-03-21", sex="M", tpl="Mottagningsanteckning", unit="v_neuro",
         author=("Annika Lundberg", "läkare"), time="2024-10-08T14:50:00", draft=False,
         setting="öppenvård",
         sections=[
             ("Aktuellt", "Återkommer efter DaTSCAN. Frun kunde inte följa med idag."),
             ("Bedömning", "DaTSCAN med nedsatt upptag i putamen bilat, sammantaget idiopatisk Parkinsons sjukdom."),
             ("Information", "Pat önskar få svaret tillsammans med sin fru och har därför inte informerats idag."),
         ],
         why="Parkinson's disease in Bedömning; Information says the patient was not informed today"),
    dict(name="pos-ftd-anhoriga-onskar-vanta", rs="skane", kind="pos",
         bd="1958-09-09", sex="M", tpl="Läkaranteckning", unit="s_minne",
         author=("Cecilia Norén", "läkare"), time="2024-05-07T10:30:00", draft=False,
         setting="öppenvård",
         sections=[
             ("Bedömning", "Beteendevariant av frontotemporal demens, stöds av FDG-PET och neuropsykologisk utredning."),
             ("Planering", "Anhöriga önskar att pat inte informeras ännu. Diskuteras vidare med sonen på fredag."),
         ],
         why="frontotemporal dementia in Bedömning; relatives want the patient not informed yet"),
    dict(name="pos-cervixcancer-ska-inte-meddelas-forran", rs="vgr", kind="pos",
         bd="1984-01-16", sex="F", tpl="Läkaranteckning", unit="v_gyn",
         author=("Mattias Hedlund", "läkare"), time="2024-07-02T13:15:00", draft=False,
         setting="öppenvård",
         sections=[
             ("PAD", "Konbiopsi: skivepitelcancer i cervix, preliminärt stadium IB1."),
             ("Planering", "Ska inte meddelas pat förrän MR lilla bäckenet är klar och behandlingsplan finns. "
                           "Pat vet bara att vävnadsprov skickats."),
         ],
         why="cervical cancer in PAD; 'Ska inte meddelas pat förrän' MR is done"),
    dict(name="pos-melanom-ej-inf-kallas", rs="skane", kind="pos",
         bd="1976-06-24", sex="M", tpl="Läkaranteckning", unit="s_hud",
         author=("Ingrid Falk", "läkare"), time="2024-08-13T15:40:00", draft=False,
         setting="öppenvård",
         sections=[
             ("PAD", "Malignt melanom rygg, Breslow 2,1 mm, ulceration."),
             ("Åtgärd", "Pat ej inf. Kallas till hudmott för besked och planering av portvaktskörtelbiopsi."),
         ],
         why="melanoma in PAD; telegraphic 'Pat ej inf.' and called in for the result"),
    dict(name="pos-lynch-svar-ej-meddelat-pat", rs="vgr", kind="pos",
         bd="1988-11-27", sex="F", tpl="Läkaranteckning", unit="v_gen",
         author=("Tobias Wikström", "läkare"), time="2024-03-19T09:20:00", draft=True,
         setting="öppenvård",
         sections=[
             ("Provsvar", "Genetisk analys visar patogen variant i MLH1, diagnos Lynchsyndrom."),
             ("Planering", "Svaret är inte meddelat pat. Genetisk vägledare ringer upp och bokar beskedbesök."),
         ],
         why="unsigned draft; Lynch syndrome in Provsvar, result not yet given to the patient"),
    dict(name="pos-myelom-informationssamtal-torsdag", rs="skane", kind="pos",
         bd="1949-04-04", sex="M", tpl="Läkaranteckning", unit="s_hem",
         author=("Sofia Mattsson", "läkare"), time="2024-10-15T11:05:00", draft=False,
         setting="öppenvård",
         sections=[
             ("Tidigare sjukdomar", "Hypotyreos sedan 2015, substitueras med levotyroxin."),
             ("Bedömning", "Multipelt myelom, IgG-kappa, ISS II. Inga skelettlesioner på lågdos-DT."),
             ("Planering", "Pat ej informerad om diagnosen, informationssamtal med kontaktssk på torsdag."),
         ],
         why="myeloma in Bedömning, standard 'Pat ej informerad om diagnosen'; known hypothyroidism is unrelated"),
    dict(name="pos-glioblastom-makan-vet-men-inte-pat", rs="vgr", kind="pos",
         bd="1966-02-10", sex="M", tpl="Daganteckning", unit="v_vardavd",
         author=("Linnea Åberg", "läkare"), time="2024-11-06T16:00:00", draft=False,
         setting="slutenvård",
         sections=[
             ("PAD", "Stereotaktisk biopsi: glioblastom IDH-vildtyp, WHO grad 4."),
             ("Bedömning", "Makan informerad per telefon enligt pat:s uttryckliga önskan vid inskrivningen. "
                           "Pat själv ännu ej informerad pga konfusion, nytt försök när han är klarare."),
         ],
         why="glioblastoma in PAD; the wife was told but the patient himself not yet"),
    dict(name="pos-autism-aterkoppling-ej-skett", rs="skane", kind="pos",
         bd="2001-07-30", sex="F", tpl="Läkaranteckning", unit="s_psyk",
         author=("Erik Sjöberg", "läkare"), time="2024-09-24T13:45:00", draft=False,
         setting="öppenvård",
         sections=[
             ("Utredning", "ADOS-2, intervju med mor och WAIS-IV genomförda under augusti."),
             ("Bedömning", "Uppfyller kriterierna för autismspektrumtillstånd, nivå 1."),
             ("Planering", "Återkoppling av utredningsresultatet till pat har inte skett, återgivningssamtal bokat 3/10."),
         ],
         why="autism diagnosis in Bedömning; feedback of the assessment result has not happened yet"),
    dict(name="pos-ovarialcancer-med-tidiga-hypoteser-sokord", rs="vgr", kind="pos",
         bd="1960-10-22", sex="F", tpl="Läkaranteckning", unit="v_gyn",
         author=("Magnus Öberg", "läkare"), time="2024-04-16T10:10:00", draft=False,
         setting="slutenvård",
         sections=[
             ("Röntgen", "DT buk: omentkaka, ascites och bilaterala adnexexpansiviteter. CA-125 1840."),
             ("Bedömning", "Avancerad ovarialcancer. Pat har ej fått besked om fynden, avvaktar gyn-onk-konferens."),
             (TH, "Misstänkt spridning till levern, kan ej uteslutas på DT."),
         ],
         why="ovarian cancer in visible Bedömning (a separate hypothesis is correctly in Tidiga hypoteser); patient not told"),
    dict(name="pos-hiv-pat-omedveten-kand-astma", rs="skane", kind="pos",
         bd="1990-05-05", sex="F", tpl="Läkaranteckning", unit="s_inf",
         author=("Daniel Hansson", "läkare"), time="2024-01-25T14:20:00", draft=False,
         setting="öppenvård",
         sections=[
             ("Anamnes", "Astma sedan barndomen, använder Symbicort vid behov."),
             ("Provsvar", "Positivt hivtest vid screening inför planerad operation, konfirmerat på Virologen."),
             ("Bedömning", "Hivinfektion, nyupptäckt. Pat är ännu omedveten om provsvaret."),
         ],
         why="HIV in Bedömning; 'omedveten om provsvaret'; known asthma is an unrelated diagnosis"),
    dict(name="pos-anorexi-ej-framford-17-ar", rs="vgr", kind="pos",
         bd="2006-08-18", sex="F", tpl="Läkaranteckning", unit="v_psyk",
         author=("Petra Lindgren", "läkare"), time="2024-03-26T11:00:00", draft=False,
         setting="öppenvård",
         sections=[
             ("Status", "BMI 15,8. Bradykard 48/min, ortostatisk blodtrycksreaktion."),
             ("Bedömning", "Uppfyller kriterierna för anorexia nervosa, restriktiv typ. "
                           "Diagnosen är inte framförd till pat ännu, hon är mycket ambivalent till kontakten."),
         ],
         why="17-year-old (reads her journal); anorexia nervosa in Bedömning, 'inte framförd till pat ännu'"),
    dict(name="pos-seminom-pat-ej-kontaktad", rs="skane", kind="pos",
         bd="1997-12-12", sex="M", tpl="Telefonanteckning", unit="s_uro",
         author=("Fredrik Carlsson", "läkare"), time="2024-07-09T15:25:00", draft=True,
         setting="öppenvård",
         sections=[
             ("Provsvar", "PAD efter orkidektomi hö: seminom, pT1, inga kärlinväxt."),
             ("Åtgärd", "PAD-svar inkommit men pat har inte kontaktats och vet inget om svaret. "
                        "Ringer upp imorgon och bokar besök."),
         ],
         why="unsigned draft; seminoma in Provsvar; patient not yet contacted and knows nothing of it"),
    dict(name="pos-hcc-kand-cirros", rs="vgr", kind="pos",
         bd="1956-03-03", sex="M", tpl="Mottagningsanteckning", unit="v_gast",
         author=("Camilla Westin", "läkare"), time="2024-05-28T09:40:00", draft=True,
         setting="öppenvård",
         sections=[
             ("Tidigare sjukdomar", "Alkoholrelaterad levercirros, Child-Pugh A, känd sedan 2019."),
             ("Bedömning", "Leverbiopsi visar hepatocellulär cancer i cirrotisk lever."),
             ("Information", "Pat har inte blivit informerad om PAD, han kom ensam och var påverkad idag."),
         ],
         why="unsigned draft; HCC in Bedömning, untold statement in Information; known cirrhosis is unrelated"),
    dict(name="pos-lewy-besked-annu-ej-lamnat", rs="skane", kind="pos",
         bd="1944-11-19", sex="M", tpl="Mottagningsanteckning", unit="s_geri",
         author=("Lotta Persson", "läkare"), time="2024-08-27T10:15:00", draft=False,
         setting="öppenvård",
         sections=[
             ("Bedömning", "Bed: Lewykroppsdemens. Besked ännu ej lämnat till pat, åb med hustru 4/9."),
         ],
         why="one-line telegraphic note: Lewy body dementia, 'Besked ännu ej lämnat till pat'"),
    dict(name="pos-hemokromatos-ej-underrattad", rs="vgr", kind="pos",
         bd="1971-01-28", sex="M", tpl="Läkaranteckning", unit="v_med",
         author=("Ulrika Olofsson", "läkare"), time="2024-02-06T13:55:00", draft=False,
         setting="öppenvård",
         sections=[
             ("Provsvar", "HFE-genotyp: C282Y homozygot. Ferritin 1450, transferrinmättnad 78 %."),
             ("Bedömning", "Hereditär hemokromatos."),
             ("Planering", "Pat är inte underrättad om genotypsvaret. Besked ges vid läkarbesök, inte per brev."),
         ],
         why="hereditary haemochromatosis in Bedömning; patient not notified of the genotype"),
    dict(name="pos-njurcellscancer-informeras-vid-aterbesok", rs="vgr", kind="pos",
         bd="1964-09-15", sex="F", tpl="Läkaranteckning", unit="v_uro",
         author=("Robert Håkansson", "läkare"), time="2024-06-25T08:30:00", draft=False,
         setting="öppenvård",
         sections=[
             ("PAD", "Klarcellig njurcellscancer hö njure, Fuhrman grad 2, tumörstorlek 6 cm."),
             ("Planering", "Informeras vid återbesök på urologmott 2/7. Pat har bara fått veta att svaret är på väg."),
         ],
         why="renal cell carcinoma in PAD; future 'Informeras vid återbesök'"),
    dict(name="pos-personlighetsstorning-vantar-med-att-delge", rs="skane", kind="pos",
         bd="1999-02-14", sex="F", tpl="Läkaranteckning", unit="s_psyk",
         author=("Gustav Lindahl", "läkare"), time="2024-10-22T14:35:00", draft=False,
         setting="öppenvård",
         sections=[
             ("Diagnos", "Emotionellt instabil personlighetsstörning (F60.3)."),
             ("Bedömning", "Vi väntar med att delge pat diagnosen till nästa behandlingskontakt, "
                           "hon var i akut kris idag och mottaglighet saknades."),
         ],
         why="personality disorder in Diagnos; clinician waits to tell the patient"),
    dict(name="pos-blascancer-ej-underrattad-om-pad", rs="vgr", kind="pos",
         bd="1947-07-07", sex="M", tpl="Läkaranteckning", unit="v_uro",
         author=("Elin Boman", "läkare"), time="2024-01-30T11:50:00", draft=False,
         setting="öppenvård",
         sections=[
             ("PAD", "TURB: höggradig urotelial cancer, T1, muskel representerad och fri."),
             ("Planering", "Pat ej underrättad om PAD, meddelas vid kontrollcystoskopi om 6 v. Re-TURB bokas."),
         ],
         why="bladder cancer in PAD; 'ej underrättad om PAD', told at next cystoscopy"),
    dict(name="pos-dlbcl-tid-hos-hematolog", rs="skane", kind="pos",
         bd="1969-03-27", sex="M", tpl="Telefonanteckning", unit="s_hem",
         author=("Johanna Blom", "sjuksköterska"), time="2024-04-30T10:40:00", draft=False,
         setting="öppenvård",
         sections=[
             ("Kontaktorsak", "Pat ringer och undrar om svaret på lymfkörtelbiopsin från halsen."),
             ("Provsvar", "PAD visar diffust storcelligt B-cellslymfom."),
             ("Åtgärd", "Pat har inte fått besked i telefon, hänvisad till tid hos hematolog onsdag kl 10 "
                        "där diagnosen ska tas upp."),
         ],
         why="nurse's phone note: DLBCL in Provsvar; patient asked but was not told, referred to the doctor"),
    dict(name="pos-als-typo-infomerad", rs="vgr", kind="pos",
         bd="1961-12-08", sex="F", tpl="Läkaranteckning", unit="v_neuro",
         author=("Stefan Borg", "läkare"), time="2024-09-10T15:15:00", draft=False,
         setting="öppenvård",
         sections=[
             ("Status", "Atrofi och fascikulationer i tungan, livliga reflexer i benen, Babinski pos bilat."),
             ("Bedömning", "Sammantaget amyotrofisk lateralskleros, bulbär debut. "
                           "Pat ej infomerad om diagnosen, beskedsamtal nästa vecka."),
         ],
         why="typo 'infomerad'; ALS in Bedömning and the patient not informed"),
    dict(name="pos-vaskular-demens-typo-informerd", rs="skane", kind="pos",
         bd="1939-08-02", sex="M", tpl="Mottagningsanteckning", unit="s_minne",
         author=("Karolina Vik", "läkare"), time="2024-11-12T09:55:00", draft=False,
         setting="öppenvård",
         sections=[
             ("Undersökningar", "MR hjärna med uttalade vitsubstansförändringar och flera lakunära infarkter."),
             ("Bedömning", "Vaskulär demens."),
             ("Planering", "Beskedsamtal planerat, pat ej informerd."),
         ],
         why="typo 'informerd'; vascular dementia in Bedömning, patient not informed"),
    dict(name="pos-hepatit-c-svaret-har-inte-natt-pat", rs="vgr", kind="pos",
         bd="1982-04-20", sex="M", tpl="Läkaranteckning", unit="v_inf",
         author=("Hanna Nordin", "läkare"), time="2024-02-20T10:25:00", draft=False,
         setting="öppenvård",
         sections=[
             ("Provsvar", "Anti-HCV pos, HCV-RNA 2,4 milj IU/ml, genotyp 3a."),
             ("Bedömning", "Kronisk hepatit C. Svaret har inte nått pat ännu, ska lämnas muntligt av infektionsläkare."),
         ],
         why="chronic hepatitis C in Bedömning; the result has not reached the patient"),
    dict(name="pos-hjarnmetastaser-kand-lungcancer", rs="skane", kind="pos",
         bd="1958-10-03", sex="F", tpl="Läkaranteckning", unit="s_lung",
         author=("Viktor Engström", "läkare"), time="2024-07-16T13:20:00", draft=False,
         setting="öppenvård",
         sections=[
             ("Anamnes", "Känd icke-småcellig lungcancer sedan 2023, på immunterapi med pembrolizumab."),
             ("Röntgen", "DT hjärna: tre nytillkomna metastaser, största 14 mm i vä frontallob."),
             ("Bedömning", "Hjärnmetastaser. Pat ovetande om de nya fynden, onkolog informerar vid besök fredag."),
         ],
         why="new brain metastases untold; the lung cancer itself is known to the patient"),
    dict(name="pos-myoton-dystrofi-aterbesok-med-vagledare", rs="vgr", kind="pos",
         bd="1993-06-06", sex="M", tpl="Läkaranteckning", unit="v_gen",
         author=("Malin Ekström", "läkare"), time="2024-10-01T11:10:00", draft=True,
         setting="öppenvård",
         sections=[
             ("Provsvar", "DNA-analys bekräftar myoton dystrofi typ 1 med cirka 450 CTG-repetitioner i DMPK."),
             ("Planering", "Pat inte informerad om svaret. Återbesök tillsammans med genetisk vägledare bokas."),
         ],
         why="unsigned draft; myotonic dystrophy in Provsvar, patient not informed"),
    dict(name="pos-alzheimer-vantar-tills-efter-semestern", rs="skane", kind="pos",
         bd="1946-02-18", sex="F", tpl="Läkaranteckning", unit="s_minne",
         author=("Björn Axelsson", "läkare"), time="2024-06-20T14:00:00", draft=False,
         setting="öppenvård",
         sections=[
             ("Bedömning", "Demens i Alzheimers sjukdom med sen debut, MMT 20/30."),
             ("Samtal", "Vi har kommit överens med maken om att vänta med besked till pat tills efter semestern."),
         ],
         why="Alzheimer dementia in Bedömning; agreed with the husband to wait with telling the patient"),
    dict(name="pos-ventrikelcancer-sovd-vid-gastroskopi", rs="vgr", kind="pos",
         bd="1954-12-24", sex="F", tpl="Mottagningsanteckning", unit="v_gast",
         author=("Jakob Lindström", "läkare"), time="2024-12-03T10:05:00", draft=False,
         setting="öppenvård",
         sections=[
             ("PAD", "Adenocarcinom i ventrikeln, diffus typ enligt Laurén."),
             ("Bedömning", "Pat var sövd vid gastroskopin och har ännu inte fått svaret. Ringer och bokar besök."),
         ],
         why="gastric cancer in PAD; the patient has not yet received the answer"),
    dict(name="pos-ms-forst-vid-fysiskt-besok", rs="skane", kind="pos",
         bd="1987-10-09", sex="F", tpl="Läkaranteckning", unit="s_neuro",
         author=("Pontus Ahlgren", "läkare"), time="2024-03-28T16:30:00", draft=True,
         setting="öppenvård",
         sections=[
             ("Diagnos", "Skovvis förlöpande MS."),
             ("Planering", "Diagnosbesked ges först vid fysiskt besök, inte per telefon. Pat ännu ej informerad."),
         ],
         why="unsigned draft; MS in Diagnos section, disclosure postponed to an in-person visit"),
    dict(name="pos-paranoid-personlighet-ej-delgiven", rs="vgr", kind="pos",
         bd="1980-09-26", sex="M", tpl="Läkaranteckning", unit="v_psyk",
         author=("Anna-Karin Holm", "läkare"), time="2024-05-14T15:45:00", draft=False,
         setting="öppenvård",
         sections=[
             ("Bedömning", "Paranoid personlighetsstörning. "
                           "Diagnos ej delgiven pat – bedöms i nuläget kunna skada behandlingsalliansen."),
         ],
         why="paranoid personality disorder; 'Diagnos ej delgiven pat' in the same sentence block"),
    dict(name="pos-kll-kand-formaksflimmer-typo-annnu", rs="skane", kind="pos",
         bd="1951-01-09", sex="M", tpl="Läkaranteckning", unit="s_hem",
         author=("Therese Nilsson", "läkare"), time="2024-02-22T09:15:00", draft=False,
         setting="öppenvård",
         sections=[
             ("Läkemedel", "Förmaksflimmer sedan 2018, behandlas med apixaban."),
             ("Provsvar", "Flödescytometri perifert blod: kronisk lymfatisk leukemi, Binet A."),
             ("Planering", "Besked lämnas av hematolog vid mottagningsbesök. Pat ej informerad om resultat ännnu."),
         ],
         why="typo 'ännnu'; CLL in Provsvar, patient not yet informed; known atrial fibrillation is unrelated"),
    dict(name="pos-mesoteliom-nar-hustrun-ar-pa-plats", rs="vgr", kind="pos",
         bd="1948-04-28", sex="M", tpl="Läkaranteckning", unit="v_lung",
         author=("Klara Sjögren", "läkare"), time="2024-08-06T13:40:00", draft=False,
         setting="slutenvård",
         sections=[
             ("PAD", "Pleurabiopsi: malignt mesoteliom, epiteloid typ."),
             ("Planering", "Pat känner inte till PAD. Lungläkare tar samtalet när hustrun är på plats i morgon."),
         ],
         why="mesothelioma in PAD; 'Pat känner inte till PAD'"),
    dict(name="pos-osteosarkom-17-ar-med-foraldrarna", rs="skane", kind="pos",
         bd="2007-02-03", sex="M", tpl="Läkaranteckning", unit="s_ort",
         author=("Emma Gustafsson", "läkare"), time="2024-09-17T12:30:00", draft=False,
         setting="öppenvård",
         sections=[
             ("PAD", "Osteosarkom i distala femur hö."),
             ("Planering", "Pat, 17 år, ej informerad. Besked ges tillsammans med föräldrarna vid besök på sarkomcentrum."),
         ],
         why="17-year-old reads the journal; osteosarcoma in PAD and the patient not informed"),
    dict(name="pos-hepatit-b-tolk-till-aterbesok", rs="vgr", kind="pos",
         bd="1975-11-11", sex="F", tpl="Läkaranteckning", unit="v_inf",
         author=("Sebastian Hägg", "läkare"), time="2024-01-17T14:10:00", draft=False,
         setting="öppenvård",
         sections=[
             ("Bedömning", "Kronisk hepatit B, HBeAg-negativ, låg virusmängd."),
             ("Planering", "Patienten har inte underrättats om provsvaren. Tolk bokas till återbesöket då pat talar tigrinja."),
         ],
         why="chronic hepatitis B in Bedömning; patient not notified, interpreter booked for the visit"),
    dict(name="pos-kolangiocarcinom-ej-meddelat-avvaktar-mdk", rs="skane", kind="pos",
         bd="1963-07-12", sex="F", tpl="Daganteckning", unit="s_kir",
         author=("Rasmus Jönsson", "läkare"), time="2024-11-26T15:50:00", draft=False,
         setting="slutenvård",
         sections=[
             ("Aktuellt", "Ikterus i regress efter stent via ERCP."),
             ("Bedömning", "Borstcytologi: adenocarcinom, förenligt med kolangiocarcinom. Ej meddelat pat – avvaktar MDK."),
         ],
         why="cholangiocarcinoma in Bedömning; telegraphic 'Ej meddelat pat'"),
    dict(name="pos-al-amyloidos-hittills-bara-prover", rs="vgr", kind="pos",
         bd="1959-05-25", sex="M", tpl="Mottagningsanteckning", unit="v_njur",
         author=("Ida Kjellberg", "läkare"), time="2024-04-02T09:00:00", draft=False,
         setting="öppenvård",
         sections=[
             ("Provsvar", "Bukfettsbiopsi: AL-amyloidos, lambda."),
             ("Bedömning", "Njurpåverkan med nefrotisk proteinuri förklaras av amyloidosen."),
             ("Planering", "Pat får besked vid nästa besök, har hittills bara fått veta att fler prover tagits."),
         ],
         why="AL amyloidosis in Provsvar; patient told only that samples were taken, result at next visit"),
    dict(name="pos-korsakoff-ej-delgiven-formaga-saknas", rs="skane", kind="pos",
         bd="1965-09-30", sex="M", tpl="Daganteckning", unit="s_med",
         author=("Marie Åström", "läkare"), time="2024-10-29T11:35:00", draft=False,
         setting="slutenvård",
         sections=[
             ("Bedömning", "Korsakoffs syndrom efter långvarigt alkoholberoende."),
             ("Information", "Pat saknar i nuläget förmåga att ta till sig information, diagnosen har därför inte delgivits honom."),
         ],
         why="Korsakoff syndrome in Bedömning; the diagnosis has not been given to the patient"),
    dict(name="pos-msa-annu-inte-fatt-veta", rs="vgr", kind="pos",
         bd="1956-08-14", sex="F", tpl="Läkaranteckning", unit="v_neuro",
         author=("Olle Rydén", "läkare"), time="2024-12-10T14:25:00", draft=False,
         setting="öppenvård",
         sections=[
             ("Bedömning", "Multipel systematrofi, parkinsonistisk typ (MSA-P)."),
             ("Planering", "Patienten har ännu inte fått veta diagnosen. "
                           "Tas upp på neurologmottagningen om två veckor tillsammans med sjuksköterska."),
         ],
         why="MSA in Bedömning; 'Patienten har ännu inte fått veta diagnosen'"),
    dict(name="pos-statement-before-diagnosis-hodgkin", rs="vgr", kind="pos",
         bd="2004-03-15", sex="M", tpl="Läkaranteckning", unit="v_hem",
         author=("Sanna Lindblad", "läkare"), time="2024-05-02T10:50:00", draft=False,
         setting="öppenvård",
         sections=[
             ("Information", "Inget besked givet till pat ännu, pappan följer med på fredag då vi går igenom svaret."),
             ("PAD", "Klassiskt Hodgkins lymfom, nodulär skleros, i körtel på halsen vä."),
         ],
         why="untold statement comes before the Hodgkin lymphoma diagnosis, in a different section"),

    # ======================================================================= NEGATIVES
    # --- the patient HAS been told
    dict(name="neg-brostcancer-informerad-idag", rs="skane", kind="neg",
         bd="1970-08-08", sex="F", tpl="Mottagningsanteckning", unit="s_onk",
         author=("Karin Lindqvist", "läkare"), time="2024-03-21T10:10:00", draft=False,
         setting="öppenvård",
         sections=[
             ("Bedömning", "Invasiv lobulär bröstcancer hö, ER-positiv."),
             ("Information", "Pat informerad om diagnosen bröstcancer vid dagens besök, kontaktssk närvarande."),
         ],
         why="breast cancer, and the patient was informed today"),
    dict(name="neg-ms-besked-lamnat-idag", rs="vgr", kind="neg",
         bd="1989-11-03", sex="M", tpl="Mottagningsanteckning", unit="v_neuro",
         author=("Johan Bergström", "läkare"), time="2024-03-12T13:00:00", draft=False,
         setting="öppenvård",
         sections=[
             ("Bedömning", "Multipel skleros, skovvis förlöpande."),
             ("Information", "Besked om MS lämnat idag. Pat tog emot beskedet sansat och fick skriftlig info."),
         ],
         why="MS, 'besked lämnat idag'"),
    dict(name="neg-prostatacancer-meddelat-per-telefon", rs="skane", kind="neg",
         bd="1952-06-29", sex="M", tpl="Telefonanteckning", unit="s_uro",
         author=("Mikael Ek", "läkare"), time="2024-05-06T14:35:00", draft=False,
         setting="öppenvård",
         sections=[
             ("Åtgärd", "Meddelat pat per telefon att PAD visar prostatacancer Gleason 3+3, låg risk. "
                        "Aktiv monitorering diskuterad, pat positiv till det."),
         ],
         why="prostate cancer told to the patient by phone"),
    dict(name="neg-alzheimer-delgavs-pat-och-dotter", rs="vgr", kind="neg",
         bd="1943-01-31", sex="F", tpl="Mottagningsanteckning", unit="v_minne",
         author=("Ulla Strand", "läkare"), time="2024-06-13T11:20:00", draft=False,
         setting="öppenvård",
         sections=[
             ("Bedömning", "Alzheimers sjukdom, lindrig demens."),
             ("Samtal", "Diagnosen delgavs pat och dottern vid dagens återbesök. Information om demenssjuksköterska given."),
         ],
         why="Alzheimer's disease given to the patient and her daughter"),
    dict(name="neg-hiv-fatt-beskedet-i-formiddags", rs="skane", kind="neg",
         bd="1985-04-16", sex="M", tpl="Läkaranteckning", unit="s_inf",
         author=("Daniel Hansson", "läkare"), time="2024-02-08T15:30:00", draft=False,
         setting="öppenvård",
         sections=[
             ("Bedömning", "Nydiagnostiserad hivinfektion, CD4 420."),
             ("Samtal", "Pat fick beskedet om hivinfektionen av undertecknad i förmiddags och har frågor om smittspårning."),
         ],
         why="new HIV infection; the patient received the result this morning"),
    dict(name="neg-lungcancer-pat-vet-om-det", rs="vgr", kind="neg",
         bd="1949-10-10", sex="F", tpl="Läkaranteckning", unit="v_lung",
         author=("Eva Sandberg", "läkare"), time="2024-04-11T09:45:00", draft=False,
         setting="öppenvård",
         sections=[
             ("Bedömning", "Skivepitelcancer i hö överlob, stadium IIIA."),
             ("Information", "Pat är informerad och vet om att det rör sig om lungcancer, förstår att kurativ behandling planeras."),
         ],
         why="lung cancer, the patient is informed and knows it"),
    dict(name="neg-koloncancer-informerades-i-fredags", rs="skane", kind="neg",
         bd="1957-03-13", sex="F", tpl="Mottagningsanteckning", unit="s_kir",
         author=("Helena Berg", "läkare"), time="2024-02-19T10:05:00", draft=False,
         setting="öppenvård",
         sections=[
             ("Aktuellt", "Pat informerades redan i fredags av kirurgen om sin koloncancer. Idag uppföljande samtal inför op."),
             ("Bedömning", "Koloncancer i colon ascendens, planeras för hö-sidig hemikolektomi."),
         ],
         why="colon cancer, the patient was told last Friday"),
    dict(name="neg-schizofreni-diskuterad-och-accepterad", rs="vgr", kind="neg",
         bd="1996-07-21", sex="M", tpl="Läkaranteckning", unit="v_psyk",
         author=("Lena Ström", "läkare"), time="2024-09-05T14:15:00", draft=False,
         setting="öppenvård",
         sections=[
             ("Bedömning", "Schizofreni, stabil på klozapin."),
             ("Samtal", "Diagnosen schizofreni har diskuterats ingående med pat som nu accepterar den."),
         ],
         why="schizophrenia, discussed with and accepted by the patient"),
    dict(name="neg-als-tidigare-avvaktat-nu-informerad", rs="skane", kind="neg",
         bd="1960-05-18", sex="M", tpl="Läkaranteckning", unit="s_neuro",
         author=("Maria Holmgren", "läkare"), time="2024-04-10T13:10:00", draft=False,
         setting="öppenvård",
         sections=[
             ("Aktuellt", "Vid förra besöket avvaktade vi med besked i väntan på ny ENeG."),
             ("Bedömning", "Amyotrofisk lateralskleros. Idag har pat och hustrun informerats om ALS-diagnosen."),
         ],
         why="ALS: disclosure was postponed earlier but the patient was informed today"),
    dict(name="neg-lymfom-ej-langre-ovetande", rs="vgr", kind="neg",
         bd="1978-02-02", sex="F", tpl="Daganteckning", unit="v_hem",
         author=("Sanna Lindblad", "läkare"), time="2024-07-23T12:00:00", draft=False,
         setting="slutenvård",
         sections=[
             ("Bedömning", "Follikulärt lymfom grad 2, stadium III. "
                           "Pat är inte längre ovetande – hon fick besked om lymfomet vid ronden."),
         ],
         why="lymphoma; 'inte längre ovetande', she was told at the ward round"),
    # --- someone else is not told
    dict(name="neg-brostcancer-maken-informeras-inte-annu", rs="skane", kind="neg",
         bd="1966-12-05", sex="F", tpl="Läkaranteckning", unit="s_onk",
         author=("Linda Ohlsson", "läkare"), time="2024-05-23T11:30:00", draft=False,
         setting="öppenvård",
         sections=[
             ("Bedömning", "Duktal cancer in situ övergående i invasiv bröstcancer vä."),
             ("Samtal", "Pat informerad om cancerdiagnosen. Hon vill inte att maken informeras förrän efter operationen."),
         ],
         why="patient informed; it is the husband who is not to be told yet"),
    dict(name="neg-hiv-partnern-ej-informerad", rs="vgr", kind="neg",
         bd="1983-09-19", sex="M", tpl="Läkaranteckning", unit="v_inf",
         author=("Sara Eklund", "läkare"), time="2024-06-27T10:40:00", draft=False,
         setting="öppenvård",
         sections=[
             ("Anamnes", "Pat känner till sin hivdiagnos sedan 2019, välbehandlad med omätbar virusmängd."),
             ("Bedömning", "Hivinfektion, välkontrollerad. Ny partner är ännu inte informerad, smittskyddsaspekter genomgångna."),
         ],
         why="known HIV; it is the new partner who is not informed"),
    dict(name="neg-alzheimer-barnen-vet-inte", rs="skane", kind="neg",
         bd="1945-05-09", sex="M", tpl="Mottagningsanteckning", unit="s_minne",
         author=("Per Wallin", "läkare"), time="2024-08-15T09:25:00", draft=False,
         setting="öppenvård",
         sections=[
             ("Bedömning", "Alzheimers sjukdom, MMT 25/30."),
             ("Samtal", "Pat själv informerad om diagnosen. Barnen har inte fått veta ännu, pat vill berätta själv vid jul."),
         ],
         why="patient informed of Alzheimer's; the children do not know yet"),
    dict(name="neg-ms-arbetsgivaren-vet-inte", rs="vgr", kind="neg",
         bd="1990-01-26", sex="F", tpl="Mottagningsanteckning", unit="v_neuro",
         author=("Annika Lundberg", "läkare"), time="2024-10-17T15:05:00", draft=True,
         setting="öppenvård",
         sections=[
             ("Aktuellt", "Pat vet om sin MS-diagnos sedan i våras men har ännu inte berättat för arbetsgivaren."),
             ("Bedömning", "Multipel skleros, stabil på ocrelizumab utan nya skov."),
         ],
         why="unsigned draft; MS known to the patient, the employer has not been told"),
    dict(name="neg-diabetes-17-ar-skolan-ej-underrattad", rs="skane", kind="neg",
         bd="2007-06-01", sex="F", tpl="Mottagningsanteckning", unit="s_barnmed",
         author=("Agnes Roos", "läkare"), time="2024-08-29T13:50:00", draft=False,
         setting="öppenvård",
         sections=[
             ("Bedömning", "Typ 1-diabetes, nydebuterad, HbA1c 68."),
             ("Information", "Pat, 17 år, informerad om diagnosen tillsammans med mamma. "
                             "Skolan är inte underrättad än, skolsköterskan kontaktas efter pat:s medgivande."),
         ],
         why="type 1 diabetes told to the 17-year-old; the school has not been told"),
    dict(name="neg-parkinson-hemtjansten-ej-informerad", rs="vgr", kind="neg",
         bd="1938-04-12", sex="M", tpl="Mottagningsanteckning", unit="v_geri",
         author=("Gunnar Åkesson", "läkare"), time="2024-11-19T10:30:00", draft=False,
         setting="öppenvård",
         sections=[
             ("Bedömning", "Parkinsons sjukdom, nydiagnostiserad. Pat informerad vid besöket idag."),
             ("Planering", "Hemtjänsten ej informerad om den nya diagnosen, pat vill att dottern tar det med dem."),
         ],
         why="Parkinson's told to the patient; home care services not informed"),
    dict(name="neg-crohn-foraldrarna-vet-inte", rs="skane", kind="neg",
         bd="2004-10-27", sex="M", tpl="Läkaranteckning", unit="s_gast",
         author=("Axel Forsberg", "läkare"), time="2024-03-07T14:40:00", draft=False,
         setting="öppenvård",
         sections=[
             ("Bedömning", "Crohns sjukdom i terminala ileum, bekräftad med koloskopi och PAD."),
             ("Samtal", "Pat, 19 år, fick besked om Crohn idag. Föräldrarna vet inte om det och pat vill vänta med att berätta."),
         ],
         why="Crohn's disease told to the 19-year-old; the parents do not know"),
    dict(name="neg-prostatacancer-makan-ovetande", rs="vgr", kind="neg",
         bd="1951-08-23", sex="M", tpl="Läkaranteckning", unit="v_uro",
         author=("Robert Håkansson", "läkare"), time="2024-02-15T11:15:00", draft=False,
         setting="öppenvård",
         sections=[
             ("Bedömning", "Prostatacancer, intermediär risk, planeras för strålbehandling."),
             ("Samtal", "Makan är ovetande om prostatacancern. Pat informerad men vill själv välja tillfälle att berätta."),
         ],
         why="prostate cancer; the wife is unaware, the patient is informed"),
    dict(name="neg-ovarialcancer-sonen-ej-besked", rs="skane", kind="neg",
         bd="1950-11-30", sex="F", tpl="Läkaranteckning", unit="s_gyn",
         author=("Jenny Dahlberg", "läkare"), time="2024-09-12T16:20:00", draft=True,
         setting="slutenvård",
         sections=[
             ("Bedömning", "Höggradig serös ovarialcancer stadium IIIC."),
             ("Samtal", "Pat informerad igår av gynonkolog. Sonen har inte fått besked om mammans diagnos, hon ringer honom själv."),
         ],
         why="unsigned draft; ovarian cancer told to the patient; it is the son who has not been told"),
    # --- what is untold is not the diagnosis
    dict(name="neg-koloncancer-operationsdatum-ej-meddelat", rs="skane", kind="neg",
         bd="1961-07-04", sex="M", tpl="Läkaranteckning", unit="s_kir",
         author=("Niklas Sundberg", "läkare"), time="2024-05-30T09:30:00", draft=False,
         setting="öppenvård",
         sections=[
             ("Bedömning", "Rektalcancer, cT3N1, informerad om diagnos och behandlingsplan vid förra besöket."),
             ("Planering", "Operationsdatum ej meddelat pat ännu, planeringssköterska ringer honom nästa vecka."),
         ],
         why="rectal cancer known to the patient; what is untold is the operation date"),
    dict(name="neg-brostcancer-vantetid-ej-besked", rs="vgr", kind="neg",
         bd="1972-03-19", sex="F", tpl="Telefonanteckning", unit="v_kir",
         author=("Henrik Dahl", "läkare"), time="2024-04-18T13:25:00", draft=False,
         setting="öppenvård",
         sections=[
             ("Kontaktorsak", "Pat ringer, informerad om sin bröstcancerdiagnos förra veckan."),
             ("Åtgärd", "Har ännu inte fått besked om väntetid till operation, lovat återkomma när op-planeringen är klar."),
         ],
         why="breast cancer known; the untold item is the waiting time"),
    dict(name="neg-ra-dosandring-ej-informerad", rs="skane", kind="neg",
         bd="1967-09-08", sex="F", tpl="Läkaranteckning", unit="s_reuma",
         author=("Petter Lidén", "läkare"), time="2024-07-04T10:55:00", draft=False,
         setting="öppenvård",
         sections=[
             ("Anamnes", "Känd seropositiv reumatoid artrit sedan 2016."),
             ("Planering", "Ökar metotrexat till 20 mg/v pga fortsatt synovit. Pat ej informerad om dosändringen, ringer imorgon."),
         ],
         why="known rheumatoid arthritis; the untold item is a dose change"),
    dict(name="neg-njursvikt-kalium-ej-meddelat", rs="vgr", kind="neg",
         bd="1948-02-27", sex="M", tpl="Läkaranteckning", unit="v_njur",
         author=("Ida Kjellberg", "läkare"), time="2024-10-24T15:40:00", draft=False,
         setting="öppenvård",
         sections=[
             ("Tidigare sjukdomar", "Kronisk njursvikt stadium 4, känd sedan 2021."),
             ("Provsvar", "Kalium 5,9. Pat ej informerad om provsvaret än, nytt prov tas på vårdcentralen på måndag."),
         ],
         why="known kidney failure; untold is a lab value"),
    dict(name="neg-prostatacancer-stralstart-ej-meddelad", rs="skane", kind="neg",
         bd="1954-12-14", sex="M", tpl="Läkaranteckning", unit="s_onk",
         author=("Linda Ohlsson", "läkare"), time="2024-03-01T11:05:00", draft=False,
         setting="öppenvård",
         sections=[
             ("Bedömning", "Prostatacancer högrisk, pat väl informerad om diagnosen och planerad kurativ strålbehandling."),
             ("Planering", "Startdatum för strålbehandlingen är ännu inte meddelat pat, dosplanering pågår."),
         ],
         why="prostate cancer known to the patient; untold is the radiotherapy start date"),
    dict(name="neg-depression-sjukskrivningsbeslut-ej-besked", rs="vgr", kind="neg",
         bd="1986-06-11", sex="F", tpl="Läkaranteckning", unit="v_psyk",
         author=("Jonas Fransson", "läkare"), time="2024-11-07T09:50:00", draft=False,
         setting="öppenvård",
         sections=[
             ("Bedömning", "Medelsvår depressiv episod, diagnosen genomgången med pat vid första besöket."),
             ("Planering", "Pat har inte fått besked om sjukskrivningen förlängs, beslut tas efter avstämning med FK."),
         ],
         why="depression known to the patient; untold is the sick-leave decision"),
    dict(name="neg-astma-rontgen-ua-ej-meddelat", rs="skane", kind="neg",
         bd="1995-01-19", sex="F", tpl="Läkaranteckning", unit="s_lung",
         author=("Viktor Engström", "läkare"), time="2024-01-23T14:45:00", draft=False,
         setting="öppenvård",
         sections=[
             ("Anamnes", "Känd astma sedan tonåren, nu ökade besvär efter förkylning."),
             ("Röntgen", "Lungröntgen ua. Pat ej informerad om att röntgen var ua, meddelas via 1177."),
         ],
         why="known asthma; untold is a normal x-ray result"),
    dict(name="neg-gallsten-vet-inte-vilken-kirurg", rs="vgr", kind="neg",
         bd="1977-10-05", sex="F", tpl="Mottagningsanteckning", unit="v_kir",
         author=("Klas Envall", "läkare"), time="2024-09-19T10:20:00", draft=False,
         setting="öppenvård",
         sections=[
             ("Bedömning", "Symtomgivande gallstenssjukdom, pat informerad om diagnosen och om laparoskopisk kolecystektomi."),
             ("Planering", "Pat har inte fått veta vilken kirurg som opererar, det bestäms av operationsplaneringen."),
         ],
         why="gallstone disease known; untold is which surgeon operates"),
    # --- negated statement
    dict(name="neg-ms-ingenting-pat-inte-redan-vet", rs="skane", kind="neg",
         bd="1984-08-31", sex="F", tpl="Läkaranteckning", unit="s_neuro",
         author=("Pontus Ahlgren", "läkare"), time="2024-06-06T13:35:00", draft=False,
         setting="öppenvård",
         sections=[
             ("Bedömning", "Multipel skleros med ett nytt skov i våras, i regress."),
             ("Information", "Ingenting i dagens bedömning som pat inte redan vet, MS-diagnosen är väl känd för henne."),
         ],
         why="negated: nothing in the note the patient does not already know"),
    dict(name="neg-melanom-inget-pat-inte-informerats-om", rs="vgr", kind="neg",
         bd="1969-04-08", sex="M", tpl="Läkaranteckning", unit="v_hud",
         author=("Frida Malm", "läkare"), time="2024-08-22T11:45:00", draft=False,
         setting="öppenvård",
         sections=[
             ("PAD", "Malignt melanom in situ, radikalt exciderat."),
             ("Bedömning", "Det finns inget i PAD-svaret som pat inte redan har informerats om vid excisionen."),
         ],
         why="negated: nothing in the PAD the patient has not been informed of"),
    dict(name="neg-kolangio-pat-har-sjalv-last-pad", rs="skane", kind="neg",
         bd="1958-02-08", sex="M", tpl="Telefonanteckning", unit="s_kir",
         author=("Rasmus Jönsson", "läkare"), time="2024-12-05T10:35:00", draft=False,
         setting="öppenvård",
         sections=[
             ("Kontaktorsak", "Pat ringer angående PAD från leverbiopsin."),
             ("Bedömning", "Levermetastaser från kolangiocarcinom. Inte så att pat är ovetande – han har själv läst PAD på 1177 "
                           "och vi gick igenom svaret i telefon."),
         ],
         why="negated: the patient is not unaware, he read the PAD himself and it was discussed"),
    dict(name="neg-pankreascancer-ej-aktuellt-att-undanhalla", rs="vgr", kind="neg",
         bd="1955-06-26", sex="F", tpl="Läkaranteckning", unit="v_onk",
         author=("Peter Holmberg", "läkare"), time="2024-02-01T15:55:00", draft=False,
         setting="öppenvård",
         sections=[
             ("Bedömning", "Metastaserad pankreascancer med levermetastaser."),
             ("Samtal", "Inte aktuellt att undanhålla något; pat fick fullständig information om pankreascancern och prognosen."),
         ],
         why="negated withholding; the patient got full information"),
    # --- no diagnosis at all
    dict(name="neg-ingen-diagnos-provsvar-ej-klara", rs="skane", kind="neg",
         bd="1974-10-18", sex="M", tpl="Mottagningsanteckning", unit="s_med",
         author=("Marie Åström", "läkare"), time="2024-05-15T10:00:00", draft=False,
         setting="öppenvård",
         sections=[
             ("Kontaktorsak", "Trötthet och viktnedgång 5 kg på tre månader, nattliga svettningar."),
             ("Planering", "Blodprover tagna, svar ej klara. Pat ej informerad om provsvaren ännu, ringer när allt inkommit."),
         ],
         why="no diagnosis in the note, only symptoms; untold are pending lab results"),
    dict(name="neg-ingen-diagnos-biopsi-ej-klar", rs="vgr", kind="neg",
         bd="1980-12-21", sex="F", tpl="Mottagningsanteckning", unit="v_hud",
         author=("Frida Malm", "läkare"), time="2024-07-11T14:05:00", draft=False,
         setting="öppenvård",
         sections=[
             ("Aktuellt", "Pigmenterad hudförändring på ryggen som växt senaste halvåret."),
             ("Åtgärd", "Stansbiopsi tagen, PAD inte klart. Pat informeras när svaret kommit."),
         ],
         why="no diagnosis; only a pending biopsy"),
    dict(name="neg-ingen-diagnos-mr-utlatande-saknas", rs="skane", kind="neg",
         bd="1971-04-25", sex="F", tpl="Telefonanteckning", unit="s_ort",
         author=("Emma Gustafsson", "läkare"), time="2024-11-14T08:45:00", draft=False,
         setting="öppenvård",
         sections=[
             ("Kontaktorsak", "Smärta i ländryggen med utstrålning i vä ben sedan fyra veckor."),
             ("Åtgärd", "MR ländrygg genomförd igår, utlåtande ej klart. Pat har inte fått något besked ännu, återkommer."),
         ],
         why="no diagnosis; only symptoms and a pending MRI report"),
    dict(name="neg-ingen-diagnos-dt-kallelse", rs="vgr", kind="neg",
         bd="1962-01-07", sex="M", tpl="Läkaranteckning", unit="v_med",
         author=("Ulrika Olofsson", "läkare"), time="2024-09-26T16:15:00", draft=True,
         setting="öppenvård",
         sections=[
             ("Anamnes", "Yrsel och ostadighet sedan två veckor, ingen huvudvärk."),
             ("Planering", "Pat ej informerad om planerad DT hjärna, kallelse skickas per post."),
         ],
         why="unsigned draft; no diagnosis, only an examination the patient has not been told about"),
    dict(name="neg-ingen-diagnos-vantetid-psykolog", rs="skane", kind="neg",
         bd="2000-05-22", sex="M", tpl="Läkaranteckning", unit="s_psyk",
         author=("Erik Sjöberg", "läkare"), time="2024-04-04T11:15:00", draft=False,
         setting="öppenvård",
         sections=[
             ("Samtal", "Samtal kring sömnsvårigheter och oro inför tentor."),
             ("Planering", "Pat ej informerad om väntetid till psykolog, kurator återkommer."),
         ],
         why="no diagnosis; untold is the waiting time"),
    # --- hypothesis only in Tidiga hypoteser
    dict(name="neg-als-i-mallen-tidiga-hypoteser-skane", rs="skane", kind="neg",
         bd="1963-03-09", sex="M", tpl="Tidiga hypoteser", unit="s_neuro",
         author=("Maria Holmgren", "läkare"), time="2024-01-18T15:20:00", draft=False,
         setting="öppenvård",
         sections=[
             ("Bedömning", "Fynden kan tala för begynnande ALS. Pat ej informerad, avvaktar ny ENeG om tre månader."),
         ],
         why="Skåne: untold ALS hypothesis sits in the protected template Tidiga hypoteser"),
    dict(name="neg-huntington-i-mallen-tidiga-hypoteser-skane", rs="skane", kind="neg",
         bd="1982-07-17", sex="F", tpl="Tidiga hypoteser", unit="s_psyk",
         author=("Gustav Lindahl", "läkare"), time="2024-10-03T10:25:00", draft=False,
         setting="öppenvård",
         sections=[
             ("Anamnes", "Fadern avled i Huntingtons sjukdom, pat har inte testat sig."),
             ("Bedömning", "Ofrivilliga rörelser och irritabilitet väcker misstanke om debuterande Huntington. "
                           "Ej framfört till pat, hon har tidigare avböjt att diskutera ärftligheten."),
         ],
         why="Skåne: untold Huntington hypothesis in the protected template Tidiga hypoteser"),
    dict(name="neg-ftd-i-sokord-tidiga-hypoteser-vgr", rs="vgr", kind="neg",
         bd="1955-09-03", sex="M", tpl="Mottagningsanteckning", unit="v_minne",
         author=("Ulla Strand", "läkare"), time="2024-03-27T13:05:00", draft=False,
         setting="öppenvård",
         sections=[
             ("Aktuellt", "Hustrun beskriver personlighetsförändring och minskat omdöme senaste året."),
             (TH, "Misstanke om frontotemporal demens. Pat ej informerad om hypotesen."),
             ("Planering", "Ny kognitiv testning och FDG-PET om tre månader."),
         ],
         why="VGR: untold hypothesis only under sökord Tidiga hypoteser; visible sections hold no diagnosis"),
    dict(name="neg-psykos-i-sokord-tidiga-hypoteser-vgr", rs="vgr", kind="neg",
         bd="2002-11-29", sex="M", tpl="Läkaranteckning", unit="v_psyk",
         author=("Anna-Karin Holm", "läkare"), time="2024-08-08T14:30:00", draft=False,
         setting="öppenvård",
         sections=[
             ("Status", "Vaken, orienterad, något avflackad. Svarar kortfattat, ingen suicidalitet."),
             (TH, "Bilden kan tala för begynnande psykos. Inte kommunicerat med pat ännu."),
             ("Planering", "Täta besök varannan vecka, kontaktperson utses."),
         ],
         why="VGR: untold psychosis hypothesis only under sökord Tidiga hypoteser"),
]

# --------------------------------------------------------------------------- helpers
REQ_CASE_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
REQ_RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
REQ_PATIENT_KEYS = {"id", "birth_date", "protected_identity"}
REQ_NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting",
                 "refs", "sections"}
SKANE_PROTECTED_TEMPLATES = {"Tidiga hypoteser", "Våld i nära relationer",
                             "Oro för att barn far illa",
                             "Hälsoundersökning på begäran av socialnämnd (HUBS)"}
VGR_PROTECTED_KEYWORDS = {"Tidiga hypoteser", "Våldsutsatthet i nära relationer",
                          "Orosanmälan gällande barn", "Tredje person", "Enkelblind prövning"}


def luhn_digit(nine: str) -> int:
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return (10 - total % 10) % 10


def luhn_ok(ten: str) -> bool:
    return len(ten) == 10 and ten.isdigit() and luhn_digit(ten[:9]) == int(ten[9])


def personnummer(birth: str, index: int, sex: str) -> str:
    yyyymmdd = birth.replace("-", "")
    # two serial digits, then a gender digit (odd = man, even = woman)
    serial = f"{(index * 37 + 11) % 90 + 10:02d}"
    g = (index * 3) % 5 * 2 + (1 if sex == "M" else 0)
    nine = yyyymmdd[2:] + serial + str(g)
    return f"{yyyymmdd}-{serial}{g}{luhn_digit(nine)}"


def build_case(i: int, c: dict) -> dict:
    name, hsa = UNITS[c["unit"]]
    t = dt.datetime.fromisoformat(c["time"])
    signed = None if c["draft"] else (t + dt.timedelta(minutes=35 + (i * 7) % 50)).isoformat()
    as_of = dt.datetime(t.year, t.month, t.day) + dt.timedelta(days=7)  # a week after the note
    note = {
        "id": "n1", "system": "Melior", "template": c["tpl"],
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": c["author"][0], "role": c["author"][1]},
        "time": t.isoformat(), "signed": signed, "setting": c["setting"],
        "refs": [],
        "sections": [{"keyword": k, "text": txt} for k, txt in c["sections"]],
    }
    record = {
        "patient": {"id": personnummer(c["bd"], i, c["sex"]), "birth_date": c["bd"],
                    "protected_identity": False},
        "as_of": as_of.isoformat(),
        "notes": [note], "access_events": [], "conversations": [], "treatments": [],
    }
    target = [["NL101", "n1"]]
    return {
        "case": c["name"], "ruleset": c["rs"], "record": record,
        "must": target if c["kind"] == "pos" else [],
        "must_not": target if c["kind"] == "neg" else [],
        "why": c["why"],
    }


SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def sentences(text: str):
    for s in SENT_SPLIT.split(text):
        s = s.strip()
        if s:
            yield s


def age_at(birth: dt.date, when: dt.date) -> int:
    return when.year - birth.year - ((when.month, when.day) < (birth.month, birth.day))


def in_2024(s: str) -> bool:
    return dt.datetime.fromisoformat(s).year == 2024


def validate(cases: list) -> list:
    errs = []
    # self-test of the Luhn check on Skatteverket's test number and a one-digit change
    if not luhn_ok("1212121212") or luhn_ok("1212121213"):
        errs.append("Luhn self-test failed")
    names = Counter(c["case"] for c in cases)
    errs += [f"duplicate case name {n}" for n, k in names.items() if k > 1]
    seen = {}
    for c in cases:
        cid = c["case"]
        if set(c) != REQ_CASE_KEYS:
            errs.append(f"{cid}: case keys {sorted(c)}")
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append(f"{cid}: bad ruleset {c['ruleset']}")
        r = c["record"]
        if set(r) != REQ_RECORD_KEYS:
            errs.append(f"{cid}: record keys {sorted(r)}")
        p = r["patient"]
        if set(p) != REQ_PATIENT_KEYS:
            errs.append(f"{cid}: patient keys {sorted(p)}")
        m = re.fullmatch(r"(\d{8})-(\d{4})", p["id"])
        if not m:
            errs.append(f"{cid}: personnummer format {p['id']}")
        else:
            if not luhn_ok(m.group(1)[2:] + m.group(2)):
                errs.append(f"{cid}: personnummer Luhn {p['id']}")
            if m.group(1) != p["birth_date"].replace("-", ""):
                errs.append(f"{cid}: personnummer/birth_date mismatch")
        bd = dt.date.fromisoformat(p["birth_date"])
        if not in_2024(r["as_of"]):
            errs.append(f"{cid}: as_of not in 2024")
        if r["access_events"] or r["conversations"] or r["treatments"]:
            errs.append(f"{cid}: non-empty access_events/conversations/treatments")
        if len(r["notes"]) != 1:
            errs.append(f"{cid}: expected exactly one note")
        ids = set()
        for n in r["notes"]:
            ids.add(n["id"])
            if set(n) != REQ_NOTE_KEYS:
                errs.append(f"{cid}: note keys {sorted(n)}")
            if n["id"] != "n1" or n["system"] != "Melior":
                errs.append(f"{cid}: note must be n1 / Melior")
            if set(n["unit"]) != {"name", "hsa_id"} or set(n["author"]) != {"name", "role"}:
                errs.append(f"{cid}: unit/author keys")
            if not in_2024(n["time"]):
                errs.append(f"{cid}: note time not in 2024")
            if n["signed"] is not None:
                if not in_2024(n["signed"]) or n["signed"] < n["time"]:
                    errs.append(f"{cid}: bad signed time")
                if r["as_of"] < n["signed"]:
                    errs.append(f"{cid}: as_of before signing")
            if r["as_of"] < n["time"]:
                errs.append(f"{cid}: as_of before note time")
            if age_at(bd, dt.date.fromisoformat(n["time"][:10])) < 16:
                errs.append(f"{cid}: patient under 16")
            if n["refs"] != []:
                errs.append(f"{cid}: refs must be empty")
            if not n["sections"]:
                errs.append(f"{cid}: no sections")
            for s in n["sections"]:
                if set(s) != {"keyword", "text"} or not s["text"].strip():
                    errs.append(f"{cid}: bad section {s}")
                for sent in sentences(s["text"]):
                    if len(sent) >= 25:
                        if sent in seen and seen[sent] != cid:
                            errs.append(f"{cid}: sentence also in {seen[sent]}: {sent!r}")
                        elif sent in seen:
                            errs.append(f"{cid}: sentence repeated within case: {sent!r}")
                        seen[sent] = cid
        for lst in ("must", "must_not"):
            for code, tgt in c[lst]:
                if code != "NL101":
                    errs.append(f"{cid}: only NL101 may be asserted, got {code}")
                if tgt not in ids:
                    errs.append(f"{cid}: target {tgt} does not exist")
        pos = c["must"] == [["NL101", "n1"]] and c["must_not"] == []
        neg = c["must_not"] == [["NL101", "n1"]] and c["must"] == []
        if not (pos or neg):
            errs.append(f"{cid}: must/must_not must be exactly one NL101 assertion")
        note = r["notes"][0]
        visible = [s for s in note["sections"] if not is_protected(c["ruleset"], note, s["keyword"])]
        if pos and not visible:
            errs.append(f"{cid}: positive without a visible section")
        if not c["why"].strip():
            errs.append(f"{cid}: empty why")
    return errs


def is_protected(ruleset: str, note: dict, keyword: str) -> bool:
    if ruleset == "skane":
        return note["template"] in SKANE_PROTECTED_TEMPLATES
    return keyword in VGR_PROTECTED_KEYWORDS


def main() -> int:
    cases = [build_case(i, c) for i, c in enumerate(CASES)]
    errs = validate(cases)
    npos = sum(1 for c in cases if c["must"])
    nneg = sum(1 for c in cases if c["must_not"])
    if (npos, nneg) != (50, 40):
        errs.append(f"expected 50 positives and 40 negatives, got {npos} and {nneg}")
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        return 1
    with OUT.open("w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    by_rs = Counter((c["ruleset"], "pos" if c["must"] else "neg") for c in cases)
    drafts = sum(1 for c in cases if c["record"]["notes"][0]["signed"] is None)
    print(f"wrote {len(cases)} cases to {OUT.name}: {npos} positive, {nneg} negative; "
          f"skane {by_rs['skane','pos']}+{by_rs['skane','neg']}, vgr {by_rs['vgr','pos']}+{by_rs['vgr','neg']}; "
          f"{drafts} unsigned drafts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
