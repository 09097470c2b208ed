#!/usr/bin/env python3
"""Development set for NL101 (uncommunicated-diagnosis-visible), second independent set.

Written from the regional routines (shared/seeds) and the rule catalog (shared/DESIGN.md)
only. Cases are data; running this file writes nl101b_dev_cases.jsonl beside it and
validates it. No dependencies; deterministic; exits 1 on any problem.

Conventions
- Melior notes only, rulesets skane and vgr. Only NL101 is asserted, always on note n1.
- Skåne protects by template (note.template == "Tidiga hypoteser"); VGR by sökord
  (section keyword "Tidiga hypoteser"). A Skåne sökord "Tidiga hypoteser" inside an
  ordinary template and a VGR template "Tidiga hypoteser" are not used (unclear).
- Positives name an affirmed (unhedged) diagnosis of the patient in a visible section and
  say the patient has not been told / is to be told later.
- Patients are 16 or older at the note (the patient reads the journal herself).
- Psychiatric positives are VGR öppenvård notes: Skåne shows only "delar" of adult
  psychiatry notes (which parts is not in the seeds), and no 28-day inpatient delay is in play.
"""
import datetime as dt
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl101b_dev_cases.jsonl")

SK = "SE2321000255-"
VG = "SE2321000131-"
UNITS = {
    # Region Skåne (Melior = hospitals, Psykiatri Skåne)
    "kir_malmo": ("Kirurgmottagningen, Skånes universitetssjukhus Malmö", SK + "4410", "skane"),
    "kir_lund": ("Kirurgiska kliniken, Skånes universitetssjukhus Lund", SK + "4402", "skane"),
    "kir_hbg": ("Kirurgkliniken, Helsingborgs lasarett", SK + "6123", "skane"),
    "kir_ystad": ("Kirurgmottagningen, Ystads lasarett", SK + "7081", "skane"),
    "kir_krstd": ("Kirurgiska kliniken, Centralsjukhuset Kristianstad", SK + "5530", "skane"),
    "neuro_lund": ("Neurologimottagningen, Skånes universitetssjukhus Lund", SK + "3316", "skane"),
    "neuro_hbg": ("Neurologimottagningen, Helsingborgs lasarett", SK + "6170", "skane"),
    "neuro_krstd": ("Neurologimottagningen, Centralsjukhuset Kristianstad", SK + "5561", "skane"),
    "nkir_lund": ("Neurokirurgiska kliniken, Skånes universitetssjukhus Lund", SK + "3390", "skane"),
    "minnes_malmo": ("Minnesmottagningen, Skånes universitetssjukhus Malmö", SK + "4877", "skane"),
    "ger_ystad": ("Geriatriska mottagningen, Ystads lasarett", SK + "7044", "skane"),
    "inf_hbg": ("Infektionskliniken, Helsingborgs lasarett", SK + "6188", "skane"),
    "std_malmo": ("Venereologiska mottagningen, Skånes universitetssjukhus Malmö", SK + "4935", "skane"),
    "psyk_lund": ("Allmänpsykiatrisk mottagning Lund, Psykiatri Skåne", SK + "8812", "skane"),
    "psyk_malmo": ("Psykiatrisk öppenvårdsmottagning Malmö, Psykiatri Skåne", SK + "8840", "skane"),
    "genetik_lund": ("Onkogenetiska mottagningen, Skånes universitetssjukhus Lund", SK + "3477", "skane"),
    "kvinno_malmo": ("Ultraljudsenheten, Kvinnokliniken Skånes universitetssjukhus Malmö", SK + "4702", "skane"),
    "kvinno_hbg": ("Kvinnokliniken, Helsingborgs lasarett", SK + "6240", "skane"),
    "gyn_lund": ("Gynekologiska mottagningen, Skånes universitetssjukhus Lund", SK + "3520", "skane"),
    "uro_malmo": ("Urologiska kliniken, Skånes universitetssjukhus Malmö", SK + "4630", "skane"),
    "uro_hbg": ("Urologiska mottagningen, Helsingborgs lasarett", SK + "6205", "skane"),
    "hemat_lund": ("Hematologimottagningen, Skånes universitetssjukhus Lund", SK + "3268", "skane"),
    "med_krstd": ("Medicinkliniken, Centralsjukhuset Kristianstad", SK + "5502", "skane"),
    "med_ystad": ("Medicinmottagningen, Ystads lasarett", SK + "7019", "skane"),
    "med_malmo": ("Medicinmottagningen, Skånes universitetssjukhus Malmö", SK + "4555", "skane"),
    "gastro_lund": ("Gastroenterologisk mottagning, Skånes universitetssjukhus Lund", SK + "3345", "skane"),
    "lung_lund": ("Lungmottagningen, Skånes universitetssjukhus Lund", SK + "3291", "skane"),
    "lung_hbg": ("Lungmottagningen, Helsingborgs lasarett", SK + "6157", "skane"),
    "endo_malmo": ("Endokrinologmottagningen, Skånes universitetssjukhus Malmö", SK + "4589", "skane"),
    "derm_lund": ("Hudmottagningen, Skånes universitetssjukhus Lund", SK + "3433", "skane"),
    "derm_hbg": ("Hudmottagningen, Helsingborgs lasarett", SK + "6219", "skane"),
    "repro_malmo": ("Reproduktionsmedicinskt centrum, Skånes universitetssjukhus Malmö", SK + "4761", "skane"),
    "kardio_lund": ("Hjärtmottagningen, Skånes universitetssjukhus Lund", SK + "3204", "skane"),
    "reuma_hbg": ("Reumatologiska mottagningen, Helsingborgs lasarett", SK + "6266", "skane"),
    "onk_lund": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", SK + "3158", "skane"),
    # Västra Götalandsregionen (Melior = hospitals)
    "lung_su": ("Lungmedicinska mottagningen, Sahlgrenska Universitetssjukhuset", VG + "2214", "vgr"),
    "lung_boras": ("Lungmottagningen, Södra Älvsborgs Sjukhus Borås", VG + "5310", "vgr"),
    "neuro_su": ("Neurologimottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", VG + "2290", "vgr"),
    "neuro_skovde": ("Neurologiska kliniken, Skaraborgs Sjukhus Skövde", VG + "6402", "vgr"),
    "nkir_su": ("Neurokirurgiska mottagningen, Sahlgrenska Universitetssjukhuset", VG + "2233", "vgr"),
    "inf_ostra": ("Infektionsmottagningen, Sahlgrenska Universitetssjukhuset/Östra", VG + "2471", "vgr"),
    "inf_boras": ("Infektionsmottagningen, Södra Älvsborgs Sjukhus Borås", VG + "5366", "vgr"),
    "med_boras": ("Medicinmottagningen, Södra Älvsborgs Sjukhus Borås", VG + "5304", "vgr"),
    "med_nal": ("Medicinmottagningen, NU-sjukvården NÄL Trollhättan", VG + "7120", "vgr"),
    "endo_nal": ("Endokrinmottagningen, NU-sjukvården NÄL Trollhättan", VG + "7148", "vgr"),
    "psyk_nu": ("Vuxenpsykiatrisk mottagning, NU-sjukvården Uddevalla", VG + "7233", "vgr"),
    "psyk_boras": ("Vuxenpsykiatrisk mottagning, Södra Älvsborgs Sjukhus Borås", VG + "5481", "vgr"),
    "psykos_ostra": ("Psykosmottagningen, Sahlgrenska Universitetssjukhuset/Östra", VG + "2533", "vgr"),
    "psyk_aff_su": ("Psykiatrimottagning Affektiva, Sahlgrenska Universitetssjukhuset", VG + "2547", "vgr"),
    "psyk_kungalv": ("Psykiatrimottagningen, Kungälvs sjukhus", VG + "8015", "vgr"),
    "ata_su": ("Ätstörningsenheten, Sahlgrenska Universitetssjukhuset", VG + "2560", "vgr"),
    "fostermed_ostra": ("Fostermedicin, Sahlgrenska Universitetssjukhuset/Östra", VG + "2498", "vgr"),
    "gyn_boras": ("Kvinnokliniken, Södra Älvsborgs Sjukhus Borås", VG + "5422", "vgr"),
    "brost_su": ("Bröstmottagningen, Sahlgrenska Universitetssjukhuset", VG + "2245", "vgr"),
    "hemat_su": ("Hematologimottagningen, Sahlgrenska Universitetssjukhuset", VG + "2267", "vgr"),
    "gastro_skovde": ("Medicinmottagningen, Skaraborgs Sjukhus Skövde", VG + "6437", "vgr"),
    "hud_su": ("Hudmottagningen, Sahlgrenska Universitetssjukhuset", VG + "2301", "vgr"),
    "njur_su": ("Njurmedicinska mottagningen, Sahlgrenska Universitetssjukhuset", VG + "2329", "vgr"),
    "kardio_su": ("Hjärtmottagningen, Sahlgrenska Universitetssjukhuset/Östra", VG + "2455", "vgr"),
    "ortoped_molndal": ("Ortopedmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", VG + "2384", "vgr"),
    "genetik_su": ("Klinisk genetik, Sahlgrenska Universitetssjukhuset", VG + "2412", "vgr"),
    "kir_su": ("Kirurgmottagningen, Sahlgrenska Universitetssjukhuset", VG + "2206", "vgr"),
    "kir_kungalv": ("Kirurgmottagningen, Kungälvs sjukhus", VG + "8031", "vgr"),
    "onk_su": ("Jubileumskliniken, Sahlgrenska Universitetssjukhuset", VG + "2188", "vgr"),
}

AUTHORS = [
    "Karin Lindqvist", "Mats Olofsson", "Sara Bengtsson", "Ahmad Karimi", "Eva Holmberg",
    "Per Nyström", "Lina Ekström", "Jonas Hedlund", "Maria Sjöberg", "Erik Wallin",
    "Fatima Yusuf", "Anders Lund", "Sofia Arvidsson", "Magnus Berglund", "Helena Forsberg",
    "Tomas Åkesson", "Johanna Björk", "Nils Engström", "Leila Haddad", "Gustav Lindgren",
    "Ingrid Håkansson", "Oskar Sandberg", "Camilla Nord", "Viktor Petrović", "Annika Strand",
    "Hans Mattsson", "Emma Lundgren", "Daniel Ek", "Marie Persson", "Robert Kowalski",
    "Elin Söderberg", "Fredrik Holm", "Agnes Wikström", "Ali Hassan", "Birgitta Axelsson",
    "Jakob Falk", "Therese Lindahl", "Stefan Borg", "Nadia Rahimi", "Kristina Dahlberg",
]

TH = "Tidiga hypoteser"
PROTECTED_KW = {"skane": set(), "vgr": {TH, "Våldsutsatthet i nära relationer",
                                        "Orosanmälan gällande barn", "Tredje person",
                                        "Enkelblind prövning"}}
PROTECTED_TPL = {"skane": {TH, "Våld i nära relationer", "Oro för att barn far illa",
                           "Hälsoundersökning på begäran av socialnämnd (HUBS)"},
                 "vgr": set()}

CASES = []


def C(name, rs, pol, kind, why, unit, born, sex, t, secs, dx=None, tpl="Läkaranteckning",
      role="läkare", setting="öppenvård", draft=False, extra=None):
    CASES.append(dict(name=name, rs=rs, pol=pol, kind=kind, why=why, unit=unit, born=born,
                      sex=sex, t=t, secs=secs, dx=dx, tpl=tpl, role=role, setting=setting,
                      draft=draft, extra=extra or []))


# ---------------------------------------------------------------------------------------
# POSITIVES: must NL101
# ---------------------------------------------------------------------------------------
C("kir-koloncancer-besked-vid-ab", "skane", "+", "other-sentence",
  "PAD-verifierad koloncancer i Bedömning; nästa mening: ej informerad, besked vid ÅB.",
  "kir_malmo", "1953-02-17", "M", "2024-04-16 13:40", [
      ("Aktuellt", "71-årig man, remitterad från vårdcentral pga blod i avföringen och Hb 98. Koloskopi 2/4 med biopsier från cirkulär tumör i sigmoideum, passerbar."),
      ("Status", "AT gott. Buk mjuk, oöm, ingen palpabel resistens. PR ua."),
      ("Bedömning", "PAD: adenocarcinom i colon sigmoideum, måttligt differentierat. DT thorax-buk utan fjärrmetastaser. Pat ej informerad om PAD, besked ges vid ÅB 23/4 tillsammans med kontaktssk."),
  ], dx="adenocarcinom i colon sigmoideum")

C("lunga-nsclc-ej-delgiven", "vgr", "+", "same-sentence",
  "'Diagnosen ej delgiven pat ännu' om PAD-verifierad skivepitelcancer i synlig Bedömning.",
  "lung_su", "1949-08-30", "F", "2024-03-07 15:10", [
      ("Anamnes", "Rökare 40 paketår. Hosta sedan i höstas, hemoptys x2. Remiss från VC efter lungröntgen med hilusförstoring hö."),
      ("Bedömning", "Bronkoskopi 5/3, biopsi hö huvudbronk: PAD skivepitelcancer, NSCLC. Diagnosen ej delgiven pat ännu, tas upp på lung-MDK tisdag och därefter beskedsamtal."),
  ], dx="skivepitelcancer")

C("neuro-als-pt-ej-informerad", "skane", "+", "other-sentence",
  "Telegrafiskt 'Dx ALS' + 'Pt ej informerad' med beskedsamtal bokat.",
  "neuro_lund", "1962-11-03", "M", "2024-05-21 11:25", [
      ("Anamnes", "Progredierande svaghet hö hand sedan ett år, nu även talpåverkan och sväljningsbesvär vid tunna vätskor. Vikt -7 kg."),
      ("Status", "Atrofi thenar hö. Fascikulationer i tunga och båda överarmar. Livliga reflexer, Babinski pos vä. Dysartri."),
      ("Bedömning", "Dx ALS, EMG idag med utbredd denervation i tre regioner. Pt ej informerad. Beskedsamtal läk + kontaktssk + kurator bokat torsdag, hustrun följer med."),
  ], dx="Dx ALS")

C("neuro-ms-informeras-vid-ab", "vgr", "+", "other-section",
  "MS-diagnos i Bedömning; 'Informeras vid ÅB 15/5' står i Planering.",
  "neuro_su", "1991-06-14", "F", "2024-04-30 09:50", [
      ("Aktuellt", "Kontroll efter utredning av domningar i benen i februari. Symtomen nästan helt i regress."),
      ("Bedömning", "MR hjärna/rygg: multipla periventrikulära och juxtakortikala lesioner, ny laddande lesion i höjd med Th5. Oligoklonala band i likvor. Diagnos: skovvis förlöpande MS enl McDonald 2017."),
      ("Planering", "Informeras vid ÅB 15/5, då även genomgång av sjukdomsmodulerande behandling. MS-ssk kontaktas."),
  ], dx="skovvis förlöpande MS")

C("demens-alzheimer-avvaktar-anhorig", "skane", "+", "same-sentence",
  "Alzheimers sjukdom fastställd; 'avvaktar med info till pat tills dottern kan vara med'.",
  "minnes_malmo", "1958-01-25", "F", "2024-06-04 14:00", [
      ("Anamnes", "Anhörigintervju med dottern 28/5: tilltagande glömska sedan 2 år, har tappat bort sig i bil på kända vägar."),
      ("Status", "MMSE-SR 21/30, klocktest patologiskt. Neuropsykologisk testning visar episodisk minnesstörning."),
      ("Bedömning", "Sammantaget Alzheimers sjukdom med tidig debut (F00.0), likvor med lågt amyloid beta 42 och förhöjt p-tau. Avvaktar med info till pat tills dottern kan vara med, planeras v. 24."),
  ], dx="Alzheimers sjukdom")

C("inf-hiv-har-ej-fatt-veta-ssk-tel", "vgr", "+", "other-section",
  "Ssk-telefonanteckning: HIV-1 konfirmerat i Provsvar, 'Pat har ej fått veta' i Åtgärd.",
  "inf_ostra", "1987-09-09", "M", "2024-02-13 16:20", [
      ("Provsvar", "HIV-1 ag/ak pos, konfirmerat med immunoblot. CD4 410."),
      ("Åtgärd", "Försökt nå pat på tel x3 utan svar. Pat har ej fått veta, kallas brevledes till läkarbesök 15/2 utan att provsvaret nämns i brevet."),
  ], dx="HIV-1", tpl="Telefonanteckning", role="sjuksköterska")

C("inf-hepatit-c-annu-ej-meddelad-utkast", "skane", "+", "same-sentence",
  "Osignerat utkast: kronisk hepatit C, 'Ännu ej meddelad pat, besked per telefon imorgon'.",
  "inf_hbg", "1979-12-02", "M", "2024-08-08 10:35", [
      ("Provsvar", "Anti-HCV pos, HCV-RNA 1,2 milj IE/ml, genotyp 3a. Leverelastografi 9 kPa."),
      ("Bedömning", "Kronisk hepatit C med måttlig fibros. Ännu ej meddelad pat, besked per telefon imorgon fm av ssk Eva, därefter tid för behandlingsstart."),
  ], dx="hepatit C", draft=True)

C("endo-dm1-vet-om-hogt-socker-ej-typ", "vgr", "+", "partial-info",
  "Pat vet att sockret var högt men inte diagnosen DM typ 1; besked per telefon imorgon.",
  "med_boras", "1999-10-20", "M", "2024-10-03 17:05", [
      ("Aktuellt", "24-årig man, sökte akut 1/10 för törst, polyuri och viktnedgång 6 kg. P-glukos 24, ketoner 1,8, ej acidos."),
      ("Bedömning", "GAD-ak >250, C-peptid lågt. Nydebuterad diabetes mellitus typ 1. Pat vet om att blodsockret var högt men har inte fått veta diagnosen; besked ges per telefon imorgon kl 9, därefter start basal-bolus med diabetesssk."),
  ], dx="diabetes mellitus typ 1")

C("psyk-schizofreni-ej-delgiven-allians", "vgr", "+", "same-sentence",
  "Paranoid schizofreni fastställd men medvetet ej delgiven pga misstänksamhet (öppenvård).",
  "psykos_ostra", "1996-03-28", "F", "2024-09-12 13:15", [
      ("Aktuellt", "Återbesök. Fortsatt hörselhallucinationer, tror att grannarna övervakar henne via elnätet. Sover 4 h/natt. Tar olanzapin 10 mg oregelbundet."),
      ("Bedömning", "Uppfyller nu kriterierna för paranoid schizofreni (F20.0), symtomduration >8 mån. Diagnosen ej delgiven pat i nuläget pga uttalad misstänksamhet mot vården, tas upp när allians etablerats."),
  ], dx="paranoid schizofreni")

C("psyk-autism-atergivning-ej-gjord", "vgr", "+", "other-section",
  "Psykolog: autismspektrumtillstånd efter NP-utredning; 'Återgivning till pat ej gjord' i Planering.",
  "psyk_nu", "1994-07-07", "M", "2024-05-28 15:40", [
      ("Sammanfattning", "NP-utredning avslutad (WAIS-IV, ADOS-2, anamnes med mor). Resultat: autismspektrumtillstånd (F84.0) utan intellektuell funktionsnedsättning."),
      ("Planering", "Återgivning till pat ej gjord, planerad 3/6 med psykolog och läkare. Skriftligt utlåtande lämnas vid samma tillfälle."),
  ], dx="autismspektrumtillstånd", role="psykolog")

C("genetik-brca1-annu-ej-informerad", "skane", "+", "other-sentence",
  "Genetiskt fynd (BRCA1-bärare) i synlig text, pat ännu ej informerad om resultatet.",
  "genetik_lund", "1984-05-19", "F", "2024-06-10 12:00", [
      ("Provsvar", "BRCA1/2-analys: patogen variant i BRCA1 (c.5266dupC) påvisad."),
      ("Bedömning", "Ärftlig bröst- och äggstockscancer, BRCA1-bärare. Pat ännu ej informerad om resultatet, genetisk vägledare ringer 12/6 enl överenskommelse vid provtagningen."),
  ], dx="BRCA1-bärare")

C("foster-trisomi21-ej-fatt-besked", "vgr", "+", "same-sentence",
  "Fosterfynd trisomi 21 i kvinnans journal; 'Kvinnan har ej fått besked ännu'.",
  "fostermed_ostra", "1988-02-11", "F", "2024-03-19 14:30", [
      ("Aktuellt", "IVF-graviditet, v. 16+2. KUB med förhöjd risk, fostervattenprov 15/3."),
      ("Bedömning", "QF-PCR: 47,XY,+21, dvs trisomi 21 hos fostret. Kvinnan har ej fått besked ännu, läkare ringer ikväll efter hennes arbetstid enl önskemål."),
  ], dx="trisomi 21")

C("foster-hlhs-foraldrar-ej-informerade", "skane", "+", "same-sentence",
  "HLHS hos fostret bekräftat; 'Föräldrarna ej informerade' (inkl. patienten).",
  "kvinno_malmo", "1993-10-05", "F", "2024-07-02 11:05", [
      ("Status", "RUL v 19+3. Ett levande foster. Biometri motsvarar tid. Avvikande fyrkammarbild."),
      ("Bedömning", "Hypoplastiskt vänsterkammarsyndrom (HLHS) hos fostret, bekräftat av fosterkardiolog på plats. Föräldrarna ej informerade, us avslutades utan besked och samtal med fosterkardiolog sker kl 14."),
  ], dx="Hypoplastiskt vänsterkammarsyndrom")

C("nkir-glioblastom-informerad-om-op-ej-pad", "vgr", "+", "partial-info",
  "'Pat informerad' om operationen men 'ej informerad om PAD' (glioblastom) — det senare gäller.",
  "nkir_su", "1966-04-22", "M", "2024-09-24 10:00", [
      ("Aktuellt", "Postop kontroll 3 v efter resektion av tumör vä temporallob."),
      ("Bedömning", "Pat informerad om att operationen gått bra och att en tumör tagits bort. PAD: glioblastom IDH-vildtyp, CNS WHO grad 4, MGMT-metylerad. Pat ej informerad om PAD ännu, besked vid besök med onkolog där hustrun deltar."),
  ], dx="glioblastom")

C("uro-prostatacancer-provsvar-planering", "skane", "+", "other-section",
  "Prostatacancer i sökordet Provsvar; 'ännu ej fått besked' i Planering.",
  "uro_malmo", "1955-07-30", "M", "2024-02-27 14:50", [
      ("Provsvar", "Transrektala biopsier 12/12: Gleason 4+4=8, ISUP grad 4 i 7 av 12 biopsier, perineural växt. Prostatacancer."),
      ("Planering", "Pat har ännu ej fått besked. Kallas till läkarbesök med kontaktssk v. 10. Skelettscint och PSMA-PET beställda."),
  ], dx="Prostatacancer")

C("brost-planering-fore-bedomning", "vgr", "+", "other-section",
  "Omvänd ordning: 'Fram till dess ej informerad' i Planering före Bedömning med bröstcancer.",
  "brost_su", "1970-12-12", "F", "2024-03-28 16:00", [
      ("Planering", "Beskedsbesök 4/4 kl 10, pat har önskat att maken följer med. Fram till dess ej informerad."),
      ("Bedömning", "Mammografi, UL och mellannålsbiopsi vä bröst kl 2: invasiv duktal cancer, 18 mm, ER 90 %, PR 60 %, HER2 neg, Ki67 15 %. Axill ua."),
  ], dx="invasiv duktal cancer")

C("hemat-kll-typo-infomerad", "skane", "+", "typo",
  "Stavfel 'infomerad': KLL diagnostiserad, pat ej informerad om dx ännu.",
  "hemat_lund", "1946-09-15", "M", "2024-11-05 09:30", [
      ("Aktuellt", "Remitterad pga lpk 38, lymfocytos 33. Opåverkad, inga B-symtom."),
      ("Bedömning", "Flödescytometri: KLL, CD5+ CD23+, kappa-restriktion. Binet A, ej behandlingskrävande. Pat ej infomerad om dx ännu, besked vid ÅB om 2 v."),
  ], dx="KLL")

C("hemat-myelom-ej-underrattad", "vgr", "+", "same-sentence",
  "Multipelt myelom; 'Pat ej underrättad om diagnosen'.",
  "hemat_su", "1951-03-03", "M", "2024-06-19 17:20", [
      ("Bedömning", "Benmärg 30 % klonala plasmaceller, M-komponent IgG-kappa 38 g/L, Ca 2,9, lytiska lesioner i kotpelaren. Multipelt myelom, ISS II. Pat ej underrättad om diagnosen, görs av ansvarig hematolog imorgon då längre samtal kan bokas."),
  ], dx="Multipelt myelom")

C("lever-kand-cirros-ny-hcc-ej-kommunicerad", "skane", "+", "multi-dx",
  "Känd cirros (pat informerad) + nytt HCC som 'ännu inte kommunicerats med pat' — HCC gäller.",
  "med_krstd", "1959-05-08", "M", "2024-04-04 13:00", [
      ("Bedömning", "Känd alkoholorsakad levercirros Child-Pugh B sedan 2021, pat väl informerad om denna och följs här. DT lever 2/4: 4 cm arteriellt laddande förändring i segment 7 med wash-out, LI-RADS 5, dvs hepatocellulärt carcinom. Det nya fyndet har ännu inte kommunicerats med pat."),
  ], dx="hepatocellulärt carcinom")

C("kir-flera-dx-pankreascancer-ej-informerad", "vgr", "+", "multi-dx",
  "Diagnoslista med kända DM2/HT/FF och ny pankreascancer; Planering: ej informerad om pankreasfyndet.",
  "kir_su", "1948-11-11", "M", "2024-09-16 11:10", [
      ("Diagnos", "Diabetes typ 2, hypertoni, förmaksflimmer — sedan tidigare. Ny: pankreascancer i caput, EUS-FNB med PAD adenocarcinom."),
      ("Planering", "Pat ännu ej informerad om pankreasfyndet, besked vid ÅB 18/9 med hustrun. Fortsatt Eliquis, metformin oförändrat."),
  ], dx="pankreascancer")

C("neuro-parkinson-ej-delgiven-utkast", "skane", "+", "same-sentence",
  "Utkast: idiopatisk Parkinsons sjukdom 'Ej delgiven ännu' (subjekt underförstått).",
  "neuro_hbg", "1950-06-06", "M", "2024-10-01 10:45", [
      ("Bedömning", "DaTSCAN: reducerat upptag i putamen bilat, vä>hö. Klinik med asymmetrisk vilotremor och bradykinesi. Idiopatisk Parkinsons sjukdom. Ej delgiven ännu, pat önskade att svaret tas vid fysiskt besök, bokat 8/10."),
  ], dx="Parkinsons sjukdom", draft=True)

C("genetik-huntington-presymtomatisk", "vgr", "+", "other-section",
  "Presymtomatisk HTT-test: anlagsbärare för Huntington i Provsvar, 'har ej fått veta' i Planering.",
  "genetik_su", "1990-01-30", "F", "2024-02-06 15:00", [
      ("Provsvar", "HTT-analys: 44 CAG-repetitioner på ena allelen, dvs anlagsbärare för Huntingtons sjukdom."),
      ("Planering", "Enl protokollet för presymtomatisk testning lämnas svaret endast vid personligt besök med stödperson. Pat har ej fått veta resultatet; besök 9/2."),
  ], dx="Huntingtons sjukdom")

C("endo-addison-ej-nadd", "skane", "+", "same-sentence",
  "Mb Addison fastställd; pat ej nådd per telefon 'och är ej informerad'.",
  "endo_malmo", "1977-08-18", "F", "2024-05-14 16:40", [
      ("Provsvar", "S-kortisol kl 08 60 nmol/L, P-ACTH 280 ng/L, Synacthen-test utan adekvat stegring."),
      ("Bedömning", "Primär binjurebarksvikt, Mb Addison. Pat har ännu inte nåtts per telefon och är ej informerad; ssk försöker igen imorgon bitti, hydrokortison ska startas samma dag."),
  ], dx="Mb Addison")

C("gastro-crohn-typo-infromerad", "vgr", "+", "typo",
  "Stavfel 'infromerad': Mb Crohn enl PAD, pat ej informerad.",
  "gastro_skovde", "1998-04-04", "F", "2024-08-29 14:20", [
      ("Bedömning", "Ileokoloskopi 20/8 med biopsier, PAD: Mb Crohn i terminala ileum med icke-kaseiska granulom. Pat ej infromerad om PAD, ringer henne fredag och bokar IBD-ssk."),
  ], dx="Mb Crohn")

C("gyn-ovarialcancer-besked-ej-lamnat", "skane", "+", "other-section",
  "Seröst ovarialkarcinom i Bedömning; 'Besked ej lämnat' i Planering.",
  "gyn_lund", "1957-02-02", "F", "2024-06-05 13:30", [
      ("Aktuellt", "Op 28/5 laparoskopisk salpingo-ooforektomi bilat pga adnexresistens vä 6 cm. Postop okomplicerat."),
      ("Bedömning", "PAD: höggradigt seröst karcinom i vä ovarium med kapselgenombrott."),
      ("Planering", "Besked ej lämnat. Pat vill ha svar vid fysiskt besök och kallas till gyn-onk 11/6, där PAD gås igenom."),
  ], dx="seröst karcinom")

C("hud-melanom-annu-ej-meddelad", "vgr", "+", "other-sentence",
  "Malignt melanom, 'Pat ännu ej meddelad', ssk ringer imorgon.",
  "hud_su", "1964-09-09", "M", "2024-07-11 15:15", [
      ("Bedömning", "PAD från excision rygg: malignt melanom, Breslow 2,1 mm, ulcererat, pT3b. Pat ännu ej meddelad. Ssk ringer imorgon och bokar tid för utvidgad excision och portvaktskörtelbiopsi."),
  ], dx="malignt melanom")

C("psyk-bipolar-ovetande-oppenvard", "vgr", "+", "same-sentence",
  "Bipolär sjukdom typ I; 'Pat är ännu ovetande om diagnosen' (öppenvård efter utskrivning).",
  "psyk_aff_su", "1985-11-21", "M", "2024-03-05 10:10", [
      ("Aktuellt", "Första öppenvårdsbesök efter utskrivning från heldygnsvård (manisk episod med psykotiska symtom, LPT)."),
      ("Bedömning", "Bipolär sjukdom typ I (F31.2) fastställd under vårdtiden. Pat är ännu ovetande om diagnosen; tas upp successivt när han är mer stabil. Litium fortsätter, S-Li 0,7."),
  ], dx="Bipolär sjukdom typ I")

C("njur-adpkd-besked-ej-givet", "vgr", "+", "other-section",
  "ADPKD (genetiskt fynd) i Bedömning; 'Besked ej givet till pat'.",
  "njur_su", "1992-12-24", "F", "2024-11-26 11:40", [
      ("Provsvar", "Genetisk analys: patogen variant i PKD1."),
      ("Bedömning", "Autosomal dominant polycystisk njursjukdom (ADPKD), eGFR 78. Besked ej givet till pat, hon vill ha svaret vid besök, bokat 2/12."),
  ], dx="polycystisk njursjukdom")

C("lunga-mesoteliom-typo-informrad", "skane", "+", "typo",
  "Stavfel 'informrad': malignt mesoteliom, besked vid ÅB med sonen.",
  "lung_lund", "1944-10-10", "M", "2024-01-23 14:10", [
      ("Bedömning", "Pleurabiopsi vid torakoskopi: epiteloidt malignt mesoteliom. Asbestexponerad som varvsarbetare på Kockums. Pat ej informrad, besked vid ÅB med sonen som vill vara med."),
  ], dx="mesoteliom")

C("inf-lungtuberkulos-annu-inte-besked", "vgr", "+", "other-sentence",
  "Lungtuberkulos odlingsverifierad; 'Pat har ännu inte fått besked', tolk bokad.",
  "lung_boras", "1997-06-30", "M", "2024-04-18 10:50", [
      ("Bedömning", "Sputumodling pos för M. tuberculosis, känslig för förstahandsmedel. Lungtuberkulos. Pat har ännu inte fått besked, smittskyddsssk kontaktar pat idag em med dari-tolk."),
  ], dx="Lungtuberkulos")

C("demens-ftd-anhoriga-informerade-pat-ej", "skane", "+", "relatives-told",
  "Anhöriga informerade men 'Pat själv ej informerad' om bvFTD — patientens okunskap avgör.",
  "ger_ystad", "1952-07-13", "M", "2024-10-22 13:45", [
      ("Bedömning", "Sammanfattande bedömning: beteendevariant frontotemporal demens (bvFTD), stöds av MR med frontal atrofi och FDG-PET. Maka och son informerade i separat samtal. Pat själv ej informerad då han saknar sjukdomsinsikt, tas upp vid nästa besök."),
  ], dx="frontotemporal demens")

C("neuro-cjd-avvaktar-hustrun", "vgr", "+", "same-sentence",
  "Sporadisk CJD (slutenvård); 'Avvaktar med info till pat tills hustrun är på plats'.",
  "neuro_skovde", "1956-03-17", "M", "2024-05-08 18:30", [
      ("Bedömning", "EEG med periodiska skarpa vågor, RT-QuIC pos i likvor, MR DWI med kortikalt band. Sporadisk Creutzfeldt-Jakobs sjukdom. Avvaktar med info till pat tills hustrun är på plats imorgon."),
  ], dx="Creutzfeldt-Jakobs sjukdom", tpl="Daganteckning", setting="slutenvård")

C("hemat-hodgkin-ung-kvinna", "skane", "+", "other-sentence",
  "Hodgkinlymfom (eponym) i PAD; pat ej informerad, besked av hematolog.",
  "med_krstd", "2001-08-08", "F", "2024-03-12 12:15", [
      ("Aktuellt", "Förstorad lymfkörtel vä halssida sedan 2 mån, nattsvettningar. Exstirpation 1/3."),
      ("Bedömning", "PAD: klassiskt Hodgkinlymfom, nodulär skleros. PET-DT bokad. Pat ej informerad om PAD-svaret, besked lämnas av hematolog vid besök 14/3."),
  ], dx="Hodgkinlymfom")

C("endo-papillar-tyreoideacancer-pt-ej-meddelad", "vgr", "+", "same-sentence",
  "Förkortat 'Pt ej meddelad än' efter papillär tyreoideacancer.",
  "endo_nal", "1980-01-09", "F", "2024-02-20 09:15", [
      ("Bedömning", "Cytologi Bethesda VI, hemityreoidektomi vä 9/2. PAD: papillär tyreoideacancer 14 mm, pT1b. Pt ej meddelad än, kallas till endokrinkirurg."),
  ], dx="papillär tyreoideacancer")

C("uro-seminom-inte-informerad", "skane", "+", "other-sentence",
  "Seminom efter orkiektomi; 'Pat är inte informerad om PAD ännu'.",
  "uro_hbg", "1995-05-05", "M", "2024-03-21 11:30", [
      ("Bedömning", "Orkiektomi hö 4/3. PAD: klassiskt seminom, pT1, ingen kärlinväxt. Tumörmarkörer normaliserade. Pat är inte informerad om PAD ännu, ringer honom fredag för att boka besök."),
  ], dx="seminom")

C("kardio-al-amyloidos-ej-delgivet", "vgr", "+", "same-sentence",
  "Sällsynt dx AL-amyloidos; 'Ej delgivet pat' (neutrum), gemensamt besked planerat.",
  "kardio_su", "1949-04-27", "M", "2024-12-03 14:35", [
      ("Bedömning", "Bukfettsbiopsi Kongorött pos, fria lätta kedjor lambda 420 mg/L. Hjärt-MR med diffust subendokardiellt sent upptag. AL-amyloidos med hjärtengagemang. Ej delgivet pat, hematolog och kardiolog informerar gemensamt på onsdag."),
  ], dx="AL-amyloidos")

C("kir-esofagus-icd-kod-diagnos-forst", "skane", "+", "partial-info",
  "ICD-kod + text i Diagnos överst; Planering: informerad om biopsier men ännu ej om PAD.",
  "kir_hbg", "1947-12-19", "M", "2024-05-29 14:00", [
      ("Diagnos", "C15.5 Malign tumör i nedre tredjedelen av esofagus (adenocarcinom)."),
      ("Aktuellt", "Dysfagi för fast föda sedan 3 mån, viktnedgång 8 kg. Gastroskopi 24/5 med biopsier."),
      ("Planering", "Pat informerad om att biopsier tagits men ännu ej om PAD. Besked vid ÅB efter DT thorax-buk, bokat 5/6."),
  ], dx="Malign tumör i nedre tredjedelen av esofagus")

C("psyk-adhd-aterkoppling-ej-gjord", "vgr", "+", "other-section",
  "ADHD efter utredning (+ negerad bipolaritet som distraktor); återkoppling ej gjord.",
  "psyk_boras", "2003-02-14", "M", "2024-11-07 13:20", [
      ("Bedömning", "Diagnos efter avslutad utredning: ADHD, kombinerad form (F90.0). Inga tecken på bipolaritet eller missbruk."),
      ("Planering", "Återkoppling av utredningsresultatet till pat ej gjord, sker vid ÅB 21/11. Därefter ställningstagande till farmakologisk behandling."),
  ], dx="ADHD, kombinerad form")

C("gastro-wilson-foraldrar-fragade", "skane", "+", "other-section",
  "Wilsons sjukdom (19-åring); pat har ej fått veta, föräldrar hänvisade till att pat får besked först.",
  "gastro_lund", "2005-01-18", "F", "2024-09-03 16:10", [
      ("Provsvar", "P-ceruloplasmin 0,08 g/L, dU-koppar 4,1 µmol, ATP7B: två patogena varianter (compound heterozygot). Ögonkliniken: Kayser-Fleischers ring bilat."),
      ("Bedömning", "Wilsons sjukdom. Pat (19 år) har ej fått veta ännu; föräldrarna ringde och frågade men har hänvisats till att pat själv får beskedet först, vid besök 5/9."),
  ], dx="Wilsons sjukdom")

C("med-fabry-ej-meddelad-vagledning", "vgr", "+", "same-sentence",
  "Sällsynt ärftlig dx (Fabry); 'Diagnosen ej meddelad pat' i väntan på genetisk vägledning.",
  "med_nal", "1983-06-06", "M", "2024-10-15 15:05", [
      ("Bedömning", "Låg alfa-galaktosidas A-aktivitet, GLA-variant påvisad. Fabrys sjukdom, förklarar neuropatiska smärtor och proteinuri. Diagnosen ej meddelad pat; genetisk vägledning ordnas innan besked så att även familjen kan erbjudas testning."),
  ], dx="Fabrys sjukdom")

C("repro-klinefelter-paret-ej-besked", "skane", "+", "same-sentence",
  "Klinefelters syndrom (47,XXY) hos mannen; 'Paret har ej fått besked'.",
  "repro_malmo", "1989-09-19", "M", "2024-04-23 12:40", [
      ("Bedömning", "Azoospermi i två prov. Kromosomanalys: 47,XXY, Klinefelters syndrom. Paret har ej fått besked, bokas till gemensamt samtal med läkare och kurator."),
  ], dx="Klinefelters syndrom")

C("inf-syfilis-ej-gatt-att-na", "vgr", "+", "same-sentence",
  "Ssk-anteckning i en sektion: syfilis, pat ej nådd, 'ej informerad'.",
  "inf_boras", "1975-03-31", "M", "2024-07-16 16:00", [
      ("Anteckning", "TPPA pos, VDRL 1:32. Obehandlad syfilis, sekundärstadium enl läk. Pat har ej gått att nå på tel eller 1177, ej informerad. Smittspårning startas när pat nåtts."),
  ], dx="syfilis", tpl="Telefonanteckning", role="sjuksköterska")

C("kir-cancer-ventriculi-latin-utkast", "skane", "+", "other-section",
  "Latinsk dx 'Cancer ventriculi' i Diagnos; Bedömning: ännu ej informerad (utkast).",
  "kir_krstd", "1954-10-28", "F", "2024-04-09 10:25", [
      ("Diagnos", "Cancer ventriculi (C16.3), diffus typ enl Laurén."),
      ("Bedömning", "Pat ännu ej informerad. Avvaktar MDK 12/4 innan besked, enl pat:s uttryckliga önskan att få hela bilden på en gång."),
  ], dx="Cancer ventriculi", draft=True)

C("neuro-myasteni-typo-telfon", "vgr", "+", "typo",
  "Stavfel 'telfon': myasthenia gravis, 'Besked ges per telfon imorgon'.",
  "neuro_su", "1973-08-08", "F", "2024-01-17 15:30", [
      ("Bedömning", "AChR-ak pos, SFEMG med ökad jitter. Generaliserad myasthenia gravis. Besked ges per telfon imorgon, pyridostigmin förskrivs i samband med det."),
  ], dx="myasthenia gravis")

C("kardio-sarkoidos-ej-informerad", "skane", "+", "same-sentence",
  "Kardiell sarkoidos; 'Pat ej informerad om diagnosen', görs vid ÅB.",
  "kardio_lund", "1968-02-29", "M", "2024-08-20 11:00", [
      ("Bedömning", "Hjärt-MR med fläckvis sent upptag basalt septalt, FDG-PET med fokalt upptag. Kardiell sarkoidos. Pat ej informerad om diagnosen, görs vid ÅB med ICD-diskussion."),
  ], dx="Kardiell sarkoidos")

C("neuro-ppms-kanda-dx-plus-ny", "vgr", "+", "multi-dx",
  "Kända astma/hypotyreos + ny PPMS; Planering: ej informerad om MS-diagnosen.",
  "neuro_skovde", "1969-05-15", "F", "2024-09-26 14:15", [
      ("Diagnos", "Astma, hypotyreos — kända. Ny idag: primärt progressiv MS (PPMS)."),
      ("Planering", "Pat ej informerad om MS-diagnosen ännu; hon har bett att få svaret när maken kan vara med, vilket blir 2/10."),
  ], dx="primärt progressiv MS")

C("lunga-sclc-lang-anteckning", "skane", "+", "long",
  "Lång telegrafisk anteckning: småcellig lungcancer i Bedömning, 'ännu ej informerad' i Planering.",
  "lung_lund", "1951-01-04", "F", "2024-05-10 15:20", [
      ("Aktuellt", "73-årig kvinna, remitterad akut från VC Trelleborg. Tre veckors tilltagande dyspné, hosta, heshet. Rökt 45 paketår, slutade 2019. Bor med make, ADL-oberoende, kör bil. Tidigare: hypertoni, hyperlipidemi, KOL GOLD 2. Läkemedel: amlodipin, atorvastatin, Spiriva."),
      ("Status", "AT: opåverkad, talar hela meningar. Sat 93 % luft. Cor: RR, inga blåsljud, fq 88. Pulm: nedsatta andningsljud hö bas, dämpning. Lgl: förstorad körtel hö fossa supraclavicularis 1,5 cm. Buk: mjuk. Ben: inga ödem."),
      ("Provsvar", "Hb 131, Na 128, CRP 14, krea 71. DT thorax-buk 6/5: 5 cm central tumör hö hilus, mediastinala lymfkörtlar, pleuravätska hö, inga levermetastaser. MR hjärna ua."),
      ("Bedömning", "Bronkoskopi 8/5 med EBUS: PAD småcellig lungcancer, begränsad sjukdom. Hyponatremi, trol SIADH, följs. Funktionellt god, PS 1."),
      ("Planering", "Pat ännu ej informerad om PAD. Besked vid beskedssamtal 16/5 med maken, kontaktssk Lena deltar. Anmäld till lung-MDK 15/5, därefter remiss onkologen för kemoradioterapi. Vätskerestriktion 1,5 L."),
  ], dx="småcellig lungcancer")

C("hemat-aml-lang-hustru-informerad", "vgr", "+", "long",
  "Lång slutenvårdsanteckning: AML, hustrun informerad men 'Pat själv har ännu inte fått diagnosen'.",
  "hemat_su", "1964-11-30", "M", "2024-05-02 19:10", [
      ("Aktuellt", "Inlagd 30/4 via akuten pga feber, blåmärken och trötthet. Lpk 46, blaster i perifert blod, Hb 84, TPK 22. Behandlas med pip/tazo, feberfri sedan igår. Transfunderad 2 E erytrocyter och 1 E trombocyter."),
      ("Status", "Blek, opåverkad. Petekier underben. Munhåla: gingivahyperplasi. Hjärta, lungor ua. Buk: mjältspets palp."),
      ("Bedömning", "Benmärg 1/5: 62 % myeloiska blaster, flödescytometri CD33+, CD117+. Akut myeloisk leukemi, cytogenetik och NPM1/FLT3 pending. Hustrun informerad per telefon på pat:s begäran. Pat själv har ännu inte fått diagnosen, besked ges imorgon kl 10 när hustrun är på plats."),
      ("Planering", "Start induktionsbehandling planeras 6/5. CVK-inläggning måndag. Fertilitetsfrågan tas upp vid beskedet."),
  ], dx="Akut myeloisk leukemi", tpl="Daganteckning", setting="slutenvård")

C("uro-njurcellscancer-lang-ej-via-journalen", "skane", "+", "long",
  "Lång anteckning: njurcellscancer; 'ännu ej delgiven', pat vill inte få svaret via Journalen.",
  "uro_malmo", "1960-09-12", "F", "2024-10-10 12:30", [
      ("Aktuellt", "Tillfällighetsfynd av 5 cm solid process vä njure vid DT buk pga gallstensbesvär i augusti. Ingen makroskopisk hematuri, ingen flanksmärta. Rökt tidigare i 10 år. Medicinerar med levotyroxin."),
      ("Status", "Gott AT. BT 142/86. Buk mjuk, ingen palpabel resistens. Njurlogerna oömma."),
      ("Provsvar", "Krea 68, eGFR >90, Hb 138, Ca normalt. Perkutan biopsi 2/10: klarcellig njurcellscancer, ISUP 2."),
      ("Bedömning", "Lokaliserad njurcellscancer vä, cT1b N0 M0. Lämpar sig för robotassisterad partiell nefrektomi."),
      ("Planering", "Diagnosen ännu ej delgiven; pat har begärt att få svaret vid besök och inte via Journalen. Beskedsbesök 17/10, då även op-information. Op-anmälan förberedd."),
  ], dx="njurcellscancer")

C("kir-kolangiocarcinom-lang-utkast", "vgr", "+", "long",
  "Långt utkast: Klatskintumör; 'Diagnosen ej delgiven pat, enbart att stentningen gick bra'.",
  "kir_su", "1956-04-04", "M", "2024-11-19 15:50", [
      ("Anamnes", "Ikterus sedan 3 v, klåda, mörk urin, avfärgad avföring. Viktnedgång 5 kg. Ingen buksmärta. Tidigare frisk, inga läkemedel. Bor med sambo, arbetar som elektriker."),
      ("Status", "Ikterisk. Buk mjuk, oöm, lever palp 2 cm under arcus. Inga lgl."),
      ("Provsvar", "Bilirubin 212, ALP 9,8, ALAT 3,1, CA 19-9 880. MRCP: striktur i hilus, Bismuth IIIa. ERCP 14/11 med stent och borstcytologi."),
      ("Bedömning", "Cytologi från borstprov: maligna celler av adenocarcinomtyp. Perihilärt kolangiocarcinom (Klatskintumör). Bilirubin sjunkande efter stent."),
      ("Planering", "Diagnosen ej delgiven pat, enbart att stentningen gick bra. Tas upp på HPB-ronden 21/11 inför besked om resektabilitet; beskedsbesök bokas med sambon."),
  ], dx="kolangiocarcinom", draft=True)

C("kir-caecum-tva-anteckningar-senare-besked", "skane", "+", "two-notes",
  "Notregel: n1 visar caecumcancer + 'ej informerad'; ett senare n2 med besked ändrar inte n1.",
  "med_ystad", "1950-02-14", "F", "2024-02-08 14:00", [
      ("Bedömning", "Koloskopi med biopsi från tumör i caecum: PAD adenocarcinom. Pat ej informerad ännu, besked ges vid ÅB 15/2."),
  ], dx="PAD adenocarcinom", extra=[
      dict(id="n2", tpl="Läkaranteckning", t="2024-02-15 10:30", role="läkare", secs=[
          ("Bedömning", "Besked lämnat om PAD till pat och dotter. Remiss till kirurg för hemikolektomi."),
      ]),
  ])

C("kir-th-sokord-finns-men-dx-aven-synlig", "vgr", "+", "th-plus-visible",
  "VGR: Lynch-hypotes korrekt i sökordet Tidiga hypoteser, men koloncancern + 'ej informerad' står i synlig Bedömning.",
  "kir_kungalv", "1958-06-21", "M", "2024-06-13 13:10", [
      ("Bedömning", "PAD från högersidig hemikolektomi: adenocarcinom i colon ascendens, pT3N1, MSI-hög. Pat ej informerad om PAD, besked vid ÅB 20/6."),
      (TH, "Ung debut i släkten (far 48 år) och MSI-hög tumör — misstanke om Lynch-syndrom, bör utredas genetiskt när pat tagit till sig cancerbeskedet."),
  ], dx="adenocarcinom i colon ascendens")

C("kir-net-mdk-ska-ej-informeras-utkast", "skane", "+", "must-not-be-told",
  "Utkast: 'ska ej informeras förrän PET är klar' (MDK-beslut) om neuroendokrin tumör; stavfel 'välddifferentierad'.",
  "kir_lund", "1972-03-03", "F", "2024-03-14 17:45", [
      ("Bedömning", "EUS-FNB: välddifferentierad neuroendokrin tumör i pankreas svans, grad 2, Ki67 8 %. Enl beslut på MDK ska pat ej informeras förrän Ga-68-DOTATOC-PET är klar, så att behandlingsplan kan ges samtidigt."),
  ], dx="neuroendokrin tumör", draft=True)

C("foster-myelomeningocele-ej-informerad", "vgr", "+", "same-sentence",
  "Fosterfynd myelomeningocele + Chiari II; 'Kvinnan ännu ej informerad om fynden'.",
  "fostermed_ostra", "1996-08-16", "F", "2024-08-27 10:40", [
      ("Status", "RUL v 18+5, enkelbörd. Lemon sign och banana sign."),
      ("Bedömning", "Öppet ryggmärgsbråck (myelomeningocele) L4–S1 med Arnold-Chiari II-malformation. Kvinnan ännu ej informerad om fynden; fostermedicinare tar beskedsamtalet i eftermiddag med partnern närvarande."),
  ], dx="myelomeningocele")

C("uro-blascancer-informerad-om-turb-ej-pad", "skane", "+", "partial-info",
  "'Pat informerad om att TURB gick bra men ännu ej om PAD' (urotelial cancer).",
  "uro_hbg", "1943-05-25", "M", "2024-12-10 11:20", [
      ("Bedömning", "TURB 26/11: PAD höggradig urotelial cancer, muskelinvasiv (pT2). Pat informerad om att TURB gick bra men ännu ej om PAD. DT thorax-buk bokad, besked därefter."),
  ], dx="urotelial cancer")

C("psyk-anorexi-17-ar-ej-informerad", "vgr", "+", "same-sentence",
  "17-åring (läser själv): anorexia nervosa fastställd, 'ej informerad om diagnosen vid dagens besök'.",
  "ata_su", "2006-11-01", "F", "2024-04-25 14:10", [
      ("Aktuellt", "17-årig kvinna remitterad från skolhälsovården. BMI 15,1, amenorré sedan 6 mån, tränar 2 h/dag."),
      ("Bedömning", "Anorexia nervosa, restriktiv typ (F50.0). Pat ej informerad om diagnosen vid dagens besök då hon blev mycket upprörd redan av vägningen; tas upp nästa vecka med föräldrarna närvarande."),
  ], dx="Anorexia nervosa")

# ---------------------------------------------------------------------------------------
# NEGATIVES: must_not NL101
# ---------------------------------------------------------------------------------------
C("kir-rektalcancer-pat-informerad", "skane", "-", "informed",
  "Rektalcancer; 'Pat informerad om PAD vid dagens besök'.",
  "kir_ystad", "1961-01-30", "M", "2024-02-15 11:10", [
      ("Bedömning", "PAD: adenocarcinom i rektum, 8 cm ovan anus, MR med cT3N1. Pat informerad om PAD vid dagens besök och tog beskedet sansat, kontaktssk närvarande."),
      ("Planering", "Anmäld till kolorektal-MDK. Pat får direktnummer till kontaktssk."),
  ], dx="adenocarcinom i rektum")

C("lunga-besked-lamnat-egfr", "vgr", "-", "informed",
  "'Besked lämnat om adenocarcinom ... till pat och hennes man'.",
  "lung_su", "1950-10-10", "F", "2024-05-06 14:40", [
      ("Bedömning", "Besked lämnat om adenocarcinom i vä överlob, EGFR-mutation påvisad, till pat och hennes man. Frågor besvarade, broschyr om målriktad behandling given."),
  ], dx="adenocarcinom i vä överlob")

C("neuro-ms-diagnosen-medelad-typo", "skane", "-", "informed",
  "'Diagnosen ... medelad pat idag' (stavfel för meddelad): informerad.",
  "neuro_lund", "1995-02-22", "F", "2024-06-18 10:30", [
      ("Bedömning", "Diagnosen skovvis förlöpande MS medelad pat idag, liksom att den är behandlingsbar. Hon har fått skriftlig information och MS-sköterskans nummer."),
  ], dx="skovvis förlöpande MS")

C("neuro-als-har-fatt-besked-forra-besoket", "vgr", "-", "informed",
  "'Pat har fått besked om ALS vid förra besöket'.",
  "neuro_skovde", "1957-12-01", "M", "2024-06-11 13:00", [
      ("Aktuellt", "Pat har fått besked om ALS vid förra besöket 3/6 och kommer idag med sonen för fortsatt samtal om hjälpmedel och PEG."),
      ("Status", "Tilltagande dysartri, sväljer tunna vätskor med hostreflex."),
  ], dx="ALS")

C("inf-hiv-delgiven", "skane", "-", "informed",
  "'HIV-1-diagnosen delgiven pat 12/2 av undertecknad'.",
  "inf_hbg", "1990-05-03", "M", "2024-02-21 15:50", [
      ("Bedömning", "HIV-1-diagnosen delgiven pat 12/2 av undertecknad. Smittskyddsanmälan gjord, smittspårning påbörjad. Start Biktarvy idag."),
  ], dx="HIV-1")

C("hemat-kll-ej-tidigare-men-idag", "vgr", "-", "informed",
  "Negation om tidigare besök ('informerades pat inte') men 'Idag besked om KLL'.",
  "hemat_su", "1944-04-14", "F", "2024-10-08 09:45", [
      ("Bedömning", "Vid förra besöket informerades pat inte om flödescytometrin då svaret ej var klart. Idag besked om KLL, Binet A, och om att behandling ej behövs nu. Pat förstår och har inga fler frågor."),
  ], dx="KLL")

C("hud-basaliom-besked-per-telefon-lamnat", "skane", "-", "informed",
  "Ssk ringt och 'lämnat besked' om basalcellscancer.",
  "derm_lund", "1938-07-07", "M", "2024-03-26 13:20", [
      ("Anteckning", "Ringt pat och lämnat besked om PAD från excision vä kind: basalcellscancer, nodulär typ, radikalt exciderad. Ingen ytterligare åtgärd, pat nöjd."),
  ], dx="basalcellscancer", tpl="Telefonanteckning", role="sjuksköterska")

C("psyk-autism-atergivning-genomford", "vgr", "-", "informed",
  "'Återgivning av NP-utredning genomförd idag med pat' (motsats till positiv återgivningscase).",
  "psyk_nu", "1997-01-19", "F", "2024-09-17 15:00", [
      ("Sammanfattning", "Återgivning av NP-utredning genomförd idag med pat och hennes mamma: autismspektrumtillstånd, nivå 1. Pat säger att diagnosen känns rimlig och att hon misstänkt det länge."),
  ], dx="autismspektrumtillstånd", role="psykolog")

C("reuma-bechterew-typo-infomerad", "skane", "-", "informed",
  "Stavfel 'Pat infomerad om dx' — informerad, inget 'ej'.",
  "reuma_hbg", "1988-08-25", "M", "2024-01-30 14:25", [
      ("Bedömning", "MR SI-leder med aktiv sakroiliit bilat, HLA-B27 pos. Axial spondylartrit (Mb Bechterew). Pat infomerad om dx och behandlingsalternativ, börjar med NSAID och sjukgymnastik."),
  ], dx="Mb Bechterew")

C("hemat-hodgkin-behover-ej-informeras-igen", "vgr", "-", "informed",
  "'behöver ej informeras på nytt' — pat fick besked av remittenten; negation utan att något är undanhållet.",
  "hemat_su", "1999-12-09", "F", "2024-07-23 10:05", [
      ("Bedömning", "Pat fick besked om klassiskt Hodgkinlymfom av remitterande läkare på Kungälv och behöver ej informeras på nytt om diagnosen. Idag genomgång av ABVD-behandling och fertilitetsbevarande åtgärder."),
  ], dx="Hodgkinlymfom")

C("demens-alzheimer-meddelades-idag", "skane", "-", "informed",
  "'Diagnosen Alzheimers sjukdom meddelades pat och maken vid dagens besök'.",
  "minnes_malmo", "1945-05-15", "F", "2024-11-12 14:30", [
      ("Bedömning", "Diagnosen Alzheimers sjukdom meddelades pat och maken vid dagens besök. Pat säger att hon anat det och vill själv berätta för sina syskon."),
  ], dx="Alzheimers sjukdom")

C("foster-trisomi18-paret-har-fatt-besked", "vgr", "-", "informed",
  "Fosterdiagnos trisomi 18; 'Paret har fått besked'.",
  "fostermed_ostra", "1985-03-09", "F", "2024-05-15 11:50", [
      ("Bedömning", "Paret har fått besked om trisomi 18 hos fostret (QF-PCR 47,XX,+18) och om prognosen. De önskar betänketid och återkommer på måndag."),
  ], dx="trisomi 18")

C("genetik-lynch-informerad-per-telefon", "skane", "-", "informed",
  "Lynchsyndrom; pat informerad per telefon 28/3, besök idag för uppföljning.",
  "genetik_lund", "1976-11-03", "F", "2024-04-03 09:20", [
      ("Anteckning", "Svar på genetisk analys: Lynchsyndrom, patogen variant i MSH2. Pat informerad per telefon 28/3 enl överenskommelse; besök idag för genomgång av kontrollprogram och information till släktingar."),
  ], dx="Lynchsyndrom", role="genetisk vägledare")

C("inf-hepatit-b-informerad-partner-testas", "vgr", "-", "informed",
  "Kronisk hepatit B; 'Pat informerad om diagnosen, smittsamhet ...'.",
  "inf_boras", "1982-02-28", "M", "2024-08-14 13:35", [
      ("Bedömning", "Kronisk hepatit B, HBeAg neg, HBV-DNA 1800 IE/ml, elastografi 5 kPa. Pat informerad om diagnosen, smittsamhet och att partnern bör testas. Ingen behandlingsindikation, kontroll om 6 mån."),
  ], dx="hepatit B")

C("kir-pankreascancer-barnen-vet-inte", "skane", "-", "relatives-untold",
  "Pat informerad om pankreascancer; barnen 'ännu inte vet' — anhöriga, inte patienten.",
  "kir_lund", "1953-09-09", "M", "2024-07-04 13:55", [
      ("Bedömning", "Pat informerad om pankreascancer med levermetastaser, och om att botande behandling ej är möjlig. Han vill själv berätta för barnen, som ännu inte vet något."),
  ], dx="pankreascancer")

C("inf-hiv-partner-ej-informerad", "vgr", "-", "relatives-untold",
  "Känd HIV sedan 2019; partnern är inte informerad — pat själv vet.",
  "inf_ostra", "1978-06-17", "M", "2024-09-05 10:20", [
      ("Aktuellt", "Årskontroll HIV, diagnos sedan 2019, välbehandlad, VL <20, CD4 720."),
      ("Anamnes", "Ny partner sedan i våras. Partnern är inte informerad om pat:s HIV; U=U diskuterat igen, pat vill själv välja tidpunkt."),
  ], dx="HIV")

C("nkir-glioblastom-mamman-ej-informeras", "skane", "-", "relatives-untold",
  "Pat har fått besked om glioblastom; önskar att mamman 'ej informeras ännu'.",
  "nkir_lund", "1963-08-01", "F", "2024-10-29 11:15", [
      ("Bedömning", "Pat har fått besked om glioblastom, IDH-vildtyp, vid besöket 24/10. Hon önskar att hennes mamma (88 år) ej informeras ännu, vilket respekteras."),
  ], dx="glioblastom")

C("brost-maken-har-ej-fatt-veta", "vgr", "-", "relatives-untold",
  "Besked om bröstcancer lämnat; 'Maken har ej fått veta' (anhörig).",
  "brost_su", "1975-07-22", "F", "2024-02-01 16:25", [
      ("Bedömning", "Besked om bröstcancer hö, invasiv lobulär typ, lämnat idag av undertecknad. Maken har ej fått veta, pat vill berätta själv i helgen när barnen är hos farmor."),
  ], dx="bröstcancer", draft=True)

C("psyk-schizoaffektivt-foraldrar-ej-informerade", "skane", "-", "relatives-untold",
  "Schizoaffektivt syndrom diskuterat med pat; föräldrarna ej informerade utan samtycke.",
  "psyk_lund", "2000-10-14", "M", "2024-05-23 14:45", [
      ("Bedömning", "Schizoaffektivt syndrom (F25.1) har diskuterats ingående med pat, som accepterar diagnosen. Föräldrarna har ännu inte informerats då pat ej gett samtycke till det."),
  ], dx="Schizoaffektivt syndrom")

C("neuro-huntington-barnen-ej-informerade", "vgr", "-", "relatives-untold",
  "Huntington delgiven pat 2022; hennes vuxna barn ej informerade.",
  "neuro_su", "1968-09-29", "F", "2024-12-05 13:00", [
      ("Aktuellt", "Känd Huntingtons sjukdom, delgiven pat 2022. Tilltagande koreatiska rörelser, viss irritabilitet."),
      ("Bedömning", "Hennes vuxna barn är ej informerade om diagnosen; pat vill vänta, vilket diskuterats med kurator. Tetrabenazin höjs till 25 mg x 2."),
  ], dx="Huntingtons sjukdom")

C("med-provsvar-ej-klara-ingen-dx", "skane", "-", "non-dx-untold",
  "Symtom utan diagnos; det pat ej informerats om är provsvar som ännu inte finns.",
  "med_ystad", "1966-03-12", "F", "2024-03-18 15:25", [
      ("Aktuellt", "Trötthet och viktnedgång 4 kg sedan jul. Ingen feber, inga nattsvettningar."),
      ("Status", "AT gott. Inga förstorade lgl. Buk mjuk, oöm. Thyreoidea palp ua."),
      ("Planering", "Blodstatus, CRP, leverstatus, TSH och kalcium tagna, svaren ej klara. Pat ej informerad om svaren än, ringer när alla prover är klara."),
  ])

C("ortoped-gonartros-op-datum-ej-meddelat", "vgr", "-", "non-dx-untold",
  "Känd gonartros; det som ej meddelats är op-datum.",
  "ortoped_molndal", "1952-06-02", "F", "2024-04-11 10:00", [
      ("Bedömning", "Känd gonartros vä med belastningssmärta och nattvärk, uttömd konservativ behandling. Planeras för total knäplastik."),
      ("Planering", "Op-datum ännu ej meddelat pat, planeringsssk ringer inom 3 veckor."),
  ], dx="gonartros")

C("hud-psoriasis-remiss-ej-informerad", "skane", "-", "non-dx-untold",
  "Känd psoriasis; pat ej informerad om en remiss (inte om en diagnos).",
  "derm_hbg", "1980-04-16", "M", "2024-06-25 13:30", [
      ("Aktuellt", "Känd psoriasis sedan tonåren, nu svullna fingerleder och hälsmärta."),
      ("Planering", "Remiss skickad till reumatologen för bedömning av ledbesvären. Pat ej informerad om remissen ännu, ssk ringer imorgon."),
  ], dx="psoriasis")

C("neuro-huvudvark-mr-tid-ej-informerad", "vgr", "-", "non-dx-untold",
  "Huvudvärk utan diagnos; ej informerad om när MR blir av.",
  "neuro_su", "1986-01-04", "F", "2024-03-04 16:30", [
      ("Aktuellt", "Huvudvärk sedan 2 mån, värst på morgonen. Ingen synpåverkan."),
      ("Status", "Neurologstatus ua. Ögonbotten ua."),
      ("Planering", "MR hjärna beställd, väntetid ca 2 v. Pat ej informerad om när undersökningen blir av, kallelse skickas från röntgen."),
  ])

C("gastro-ulcus-informerad-pad-vantas", "skane", "-", "non-dx-untold",
  "Pat informerad om ulcus; 'informeras när PAD inkommit' gäller ett svar som ännu saknas.",
  "gastro_lund", "1971-07-19", "M", "2024-08-13 14:05", [
      ("Aktuellt", "Gastroskopi pga dyspepsi och järnbrist. Ulcus i angulus 1 cm, biopsier tagna. Pat informerad om fyndet av sår i magsäcken direkt efter undersökningen."),
      ("Planering", "PAD ej klart, pat informeras när PAD inkommit. PPI dubbel dos tills vidare."),
  ], dx="Ulcus")

C("kardio-ff-waran-utsattning-ej-informerad", "vgr", "-", "known-dx-plan",
  "Känt förmaksflimmer; ej informerad om utsättning av Waran (plan).",
  "kardio_su", "1947-10-31", "M", "2024-11-14 11:25", [
      ("Aktuellt", "Känt permanent förmaksflimmer, Waran sedan 2015. Planerad för TAVI 3/12."),
      ("Planering", "Pat ännu ej informerad om att Waran ska sättas ut 5 dgr före ingreppet; koordinerande ssk ringer honom med instruktioner."),
  ], dx="förmaksflimmer")

C("endo-dm1-ny-tid-ej-meddelad-utkast", "skane", "-", "known-dx-plan",
  "Utkast: typ 1-diabetes sedan barndomen; det som ej meddelats är ny ÅB-tid.",
  "endo_malmo", "1993-12-30", "M", "2024-07-09 14:00", [
      ("Aktuellt", "Typ 1-diabetes sedan 12 års ålder, insulinpump. HbA1c 58."),
      ("Planering", "Ny tid för ÅB ej ännu meddelad pat pga omläggning av läkarschemat. Sekreterare skickar kallelse."),
  ], dx="Typ 1-diabetes", draft=True)

C("med-hypotyreos-ny-dos-ej-meddelad", "vgr", "-", "known-dx-plan",
  "Känd hypotyreos/DM2; pat ej meddelad om ny Levaxindos.",
  "med_nal", "1960-11-21", "F", "2024-10-24 09:55", [
      ("Aktuellt", "Känd hypotyreos sedan 2008 och DM typ 2. Kontroll."),
      ("Planering", "TSH 6,8 — Levaxin höjs till 100 µg. Pat ej meddelad om den nya dosen ännu, brev skickas idag."),
  ], dx="hypotyreos")

C("neuro-epilepsi-korkortsanmalan-ej-informerad", "skane", "-", "known-dx-plan",
  "Känd epilepsi som pat är förtrogen med; ej informerad om körkortsanmälan (åtgärd).",
  "neuro_hbg", "1987-03-14", "M", "2024-01-11 13:05", [
      ("Aktuellt", "Känd epilepsi sedan 2010, pat väl förtrogen med sin sjukdom. Nytt GTK-anfall 2/1 efter sömnbrist."),
      ("Planering", "Lamotrigin höjs. Anmälan till Transportstyrelsen enl körkortsföreskrifterna ska göras; pat ännu ej informerad om anmälan, tas vid telefonkontakt imorgon."),
  ], dx="epilepsi")

C("skane-th-mall-somatisering", "skane", "-", "protected",
  "Skåne: mallen Tidiga hypoteser (skyddad) med hypotes som ej kommunicerats.",
  "med_malmo", "1979-09-02", "F", "2024-05-07 16:15", [
      (TH, "Upprepade utredningar för buksmärta och yrsel utan organiskt fynd. Stark misstanke om somatiseringssyndrom. Ej kommunicerat med pat, bedöms i nuläget kunna skada alliansen."),
  ], dx="somatiseringssyndrom", tpl=TH)

C("skane-th-mall-demens-bedomning-sokord", "skane", "-", "protected",
  "Skåne: mallen Tidiga hypoteser med sökordet Bedömning — hela mallen döljs.",
  "ger_ystad", "1940-02-20", "M", "2024-09-10 10:40", [
      ("Bedömning", "Sannolikt begynnande demens av Alzheimertyp, MMSE 23. Pat ej informerad, vill först träffa anhöriga."),
  ], dx="demens av Alzheimertyp", tpl=TH)

C("skane-th-mall-anorexi-misstanke", "skane", "-", "protected",
  "Skåne: misstänkt anorexia nervosa, ej informerad, i mallen Tidiga hypoteser.",
  "psyk_malmo", "2004-06-06", "F", "2024-02-29 14:20", [
      (TH, "Misstanke om anorexia nervosa, BMI 16,4. Pat ej informerad om misstanken då det bedöms försvåra kontakten; ny vägning om 1 v."),
  ], dx="anorexia nervosa", tpl=TH)

C("skane-th-mall-progress-utkast", "skane", "-", "protected",
  "Skåne utkast i mallen Tidiga hypoteser: fastställd progress, ej informerad — dold, alltså ej NL101.",
  "onk_lund", "1949-03-23", "M", "2024-12-12 09:00", [
      (TH, "DT visar nytillkomna levermetastaser, dvs progress av coloncancer under andra linjens behandling. Pat ännu ej informerad; han har uttryckligen bett att inte få besked via Journalen utan vid besök 17/12."),
  ], dx="levermetastaser", tpl=TH, draft=True)

C("vgr-th-sokord-huntington-synlig-hanvisning", "vgr", "-", "protected",
  "VGR: Huntington-hypotes endast under sökordet Tidiga hypoteser; synlig text säger 'ej kommunicerats' utan diagnos.",
  "neuro_skovde", "1971-04-07", "M", "2024-03-27 15:35", [
      ("Aktuellt", "Ofrivilliga rörelser i händerna och ryckighet sedan 1 år, enl hustrun även personlighetsförändring."),
      (TH, "Klinisk bild och uppgift om faderns tidiga demens väcker misstanke om Huntingtons sjukdom. Ej tagit upp med pat; genetisk vägledning måste föregå testning."),
      ("Bedömning", "Fortsatt neurologisk utredning med MR och neuropsykologisk testning. Hypotesen har ännu ej kommunicerats med pat, se separat anteckning."),
  ], dx="Huntingtons sjukdom")

C("vgr-th-sokord-msa", "vgr", "-", "protected",
  "VGR: MSA-hypotes 'ej diskuterat med pat' under Tidiga hypoteser; synligt bara att utredningen fortsätter.",
  "neuro_su", "1955-10-19", "F", "2024-08-06 11:45", [
      ("Status", "Parkinsonism med tidig postural instabilitet, ortostatism, urinträngningar."),
      (TH, "Misstanke om multipel systematrofi (MSA-P) snarare än Parkinsons sjukdom, ej diskuterat med pat."),
      ("Bedömning", "Pat informerad om att utredningen fortsätter med MR och autonom testning."),
  ], dx="multipel systematrofi")

C("vgr-th-sokord-hepatit-c-hotsituation", "vgr", "-", "protected",
  "VGR: HCV och 'ej meddelad' endast under Tidiga hypoteser; synligt 'Besked planeras' utan diagnos.",
  "med_boras", "1984-07-27", "F", "2024-06-27 14:10", [
      ("Provsvar", "Provsvar inkomna 25/6, se Tidiga hypoteser."),
      (TH, "HCV-RNA pos, dvs aktiv hepatit C. Ej meddelad pat ännu pga pågående hotsituation i hemmet där partnern kontrollerar hennes 1177-konto."),
      ("Planering", "Besked planeras vid besök 4/7 utan partnern närvarande."),
  ], dx="hepatit C")

C("vgr-th-sokord-ovarialcancer-remiss", "vgr", "-", "protected",
  "VGR: misstänkt ovarialcancer under Tidiga hypoteser; synligt 'ej informerad om remissen'.",
  "gyn_boras", "1962-01-13", "F", "2024-10-17 13:25", [
      ("Aktuellt", "Uppkördhet i buken och tidig mättnadskänsla sedan 2 mån."),
      (TH, "CA-125 820, UL med komplex adnexresistens 9 cm och ascites. Stark misstanke om ovarialcancer, ej framfört till pat innan DT är gjord."),
      ("Planering", "DT thorax-buk bokas med förtur. Remiss till gynonkologen skickas. Pat ej informerad om remissen ännu."),
  ], dx="ovarialcancer")

C("skane-th-mall-cervix-tva-anteckningar", "skane", "-", "protected",
  "Skåne: n1 i mallen Tidiga hypoteser (misstänkt cervixcancer, ej informerad); synligt n2 saknar diagnos.",
  "kvinno_hbg", "1983-11-28", "F", "2024-05-13 12:00", [
      (TH, "Cervixcytologi HSIL och kolposkopiskt grovt atypiskt fynd, misstänkt invasiv cervixcancer. Pat ej informerad om misstanken, biopsisvar inväntas."),
  ], dx="cervixcancer", tpl=TH, extra=[
      dict(id="n2", tpl="Läkaranteckning", t="2024-05-13 12:10", role="läkare", secs=[
          ("Åtgärd", "Kolposkopi med px från portio kl 12 och 3. Pat informerad om att svar kommer inom 2 v."),
      ]),
  ])

C("neuro-misstankt-ms-oppet-diskuterat", "skane", "-", "hedged",
  "Misstänkt MS, öppet diskuterat med pat — ingen uppgift om att pat är oinformerad.",
  "neuro_lund", "1998-05-28", "F", "2024-02-08 15:05", [
      ("Bedömning", "Misstänkt MS; genomgången optikusneurit hö 2022 och nu bältesformade domningar. Öppet diskuterat med pat som själv googlat och undrat över MS. MR hjärna/rygg och LP planeras."),
  ], dx="Misstänkt MS")

C("neuro-trol-parkinson-diskuterat", "vgr", "-", "hedged",
  "Trol. Parkinsons sjukdom; 'Har diskuterat öppet med pat'.",
  "neuro_skovde", "1949-07-17", "M", "2024-04-16 10:15", [
      ("Bedömning", "Trol. Parkinsons sjukdom med vilotremor hö hand och hypomimi. Har diskuterat öppet med pat att detta är den mest sannolika förklaringen, och att DaTSCAN kan ge stöd."),
  ], dx="Parkinsons sjukdom")

C("kir-susp-pankreascancer-informerade", "skane", "-", "hedged",
  "Susp. pankreascancer; 'Pat och dotter informerade om fyndet'.",
  "kir_hbg", "1955-01-08", "F", "2024-11-20 16:35", [
      ("Bedömning", "DT buk: 3 cm hypodens process i pankreashuvudet med gallvägsdilatation, susp. pankreascancer. Pat och dotter informerade om fyndet och om att det sannolikt rör sig om cancer; EUS bokas."),
  ], dx="pankreascancer")

C("lunga-sarkoidos-kan-ej-uteslutas-ingen-info-uppgift", "vgr", "-", "hedged",
  "'Sarkoidos kan ej uteslutas' (NL102-fråga) utan någon uppgift om att pat är oinformerad.",
  "lung_boras", "1978-08-12", "M", "2024-03-13 11:00", [
      ("Bedömning", "Bilaterala hiluslymfkörtlar, erythema nodosum och ledvärk. Sarkoidos kan ej uteslutas; DD lymfom. Bronkoskopi med EBUS bokas."),
  ], dx="Sarkoidos")

C("reuma-dd-bechterew-medveten", "skane", "-", "hedged",
  "DD reaktiv artrit vs Mb Bechterew; pat medveten om utredningen.",
  "reuma_hbg", "1991-09-06", "M", "2024-09-19 13:50", [
      ("Bedömning", "DD reaktiv artrit vs Mb Bechterew efter klamydiainfektion i våras. Pat medveten om att utredningen pågår och vilka alternativ som diskuteras."),
  ], dx="Bechterew")

C("familj-mamman-alzheimer-ej-besked", "skane", "-", "family-dx",
  "Mammans Alzheimer, mamman ej informerad; patientens egen dx (spänningshuvudvärk) är känd.",
  "neuro_krstd", "1970-12-05", "F", "2024-06-20 10:25", [
      ("Aktuellt", "Söker för spänningshuvudvärk som förvärrats senaste månaderna i samband med oro för mamman."),
      ("Anamnes", "Mamman har nyligen fått diagnosen Alzheimers sjukdom men har själv ännu inte fått besked, enligt pat av hänsyn till mammans hjärtsjukdom."),
      ("Bedömning", "Kronisk spänningshuvudvärk, pat informerad. Amitriptylin 10 mg till natten."),
  ], dx="Alzheimers sjukdom")

C("familj-fadern-demens-ej-informerad", "vgr", "-", "family-dx",
  "Faderns demensdiagnos som fadern ej informerats om; pat diskuterat sin egen anpassningsstörning.",
  "psyk_kungalv", "1962-03-30", "M", "2024-08-22 14:55", [
      ("Aktuellt", "Sömnbesvär och stress. Pat:s far (87) har fått en demensdiagnos, fadern själv är ej informerad om diagnosen enl familjens önskemål."),
      ("Bedömning", "Anpassningsstörning med sömnstörning (F43.2). Diskuterat med pat, som känner igen sig. Sömnhygienråd, uppföljning om 4 v."),
  ], dx="demensdiagnos")

C("familj-brodern-huntington-vill-inte-veta", "skane", "-", "family-dx",
  "Broderns Huntington; pat otestad och 'vill inte veta' sin anlagsstatus — ingen diagnos hos pat.",
  "genetik_lund", "1986-10-30", "F", "2024-10-09 11:35", [
      ("Anamnes", "Brodern fick i höstas diagnosen Huntingtons sjukdom. Pat känner till det och till sin egen risk på 50 %."),
      ("Bedömning", "Pat ej testad och vill inte veta sin anlagsstatus i nuläget. Erbjuden fortsatt kontakt med genetisk vägledare vid behov."),
  ], dx="Huntingtons sjukdom", role="genetisk vägledare")

C("familj-hustrun-brostcancer-barnen-vet-ej", "vgr", "-", "family-dx",
  "Hustruns bröstcancer; barnen har ännu inte fått veta — inget om patientens egen okunskap.",
  "psyk_boras", "1974-05-11", "M", "2024-01-25 16:05", [
      ("Aktuellt", "Hustrun fick i december besked om bröstcancer och påbörjar cytostatika. Pat nedstämd, sover dåligt. Barnen (8 och 11) har ännu inte fått veta något om mammans sjukdom."),
      ("Bedömning", "Anpassningsstörning med depressiva symtom, genomgått med pat. Stödsamtal hos kurator, barnfokuserat samtal erbjudet."),
  ], dx="bröstcancer")

C("neg-kolon-pad-ingen-malignitet", "skane", "-", "negated",
  "PAD 'ingen malignitet, ingen mikroskopisk kolit'; pat ej informerad om ett negativt svar.",
  "gastro_lund", "1983-01-17", "F", "2024-04-02 15:40", [
      ("Aktuellt", "Koloskopi 25/3 pga diarré i 3 mån, biopsier från hela kolon."),
      ("Bedömning", "PAD: normal kolonslemhinna, ingen malignitet, ingen mikroskopisk kolit. Pat ej informerad om svaret ännu, brev skickas."),
  ])

C("neg-mr-utan-tecken-pa-ms", "vgr", "-", "negated",
  "MR 'utan tecken på MS'; pat ännu ej meddelad svaret.",
  "neuro_su", "1994-09-23", "M", "2024-07-30 13:25", [
      ("Bedömning", "MR hjärna och halsrygg utan tecken på MS eller annan demyeliniserande sjukdom. Pat ännu ej meddelad svaret, ringer honom imorgon."),
  ])

C("neg-std-alla-prov-negativa", "skane", "-", "negated",
  "HIV/syfilis/hepatit negativa; pat ej informerad om provsvaren (sms enl rutin).",
  "std_malmo", "2002-04-15", "M", "2024-05-30 11:15", [
      ("Anteckning", "HIV-test neg, syfilis neg, hepatit B och C neg. Pat ej informerad om provsvaren ännu, sms skickas enl rutin."),
  ], tpl="Sjuksköterskeanteckning", role="sjuksköterska")

C("neg-benmarg-ingen-leukemi-utkast", "vgr", "-", "negated",
  "Utkast: 'ingen leukemi, ingen lymfominfiltration'; 'Besked ges per telefon imorgon'.",
  "hemat_su", "1967-02-23", "F", "2024-03-20 17:00", [
      ("Bedömning", "Benmärgsbiopsi: ingen leukemi, ingen lymfominfiltration, normal trilinjär hematopoes. Besked ges per telefon imorgon. Fortsatt utredning av trombocytopenin på vårdcentralen."),
  ], draft=True)

C("neg-dt-lungcancer-avskrivs", "skane", "-", "negated",
  "'Lungcancer kan därmed avskrivas'; pat ej informerad, besked vid ÅB.",
  "lung_lund", "1958-08-08", "M", "2024-08-27 14:50", [
      ("Bedömning", "DT thorax: ingen tumör, inga förstorade lymfkörtlar, regress av tidigare infiltrat. Lungcancer kan därmed avskrivas. Pat ej informerad, besked vid ÅB nästa vecka."),
  ])

C("kand-ms-byte-behandling-ej-informerad", "vgr", "-", "known-dx-plan",
  "Känd MS sedan 2012 (pat väl insatt); ej informerad om behandlingsbyte.",
  "neuro_su", "1981-11-11", "F", "2024-02-14 10:45", [
      ("Aktuellt", "Känd MS sedan 2012, pat väl insatt i sin sjukdom. Stabil på natalizumab men JCV-index stigit till 1,6."),
      ("Planering", "Byte till ocrelizumab beslutat på MS-ronden. Pat ännu ej informerad om bytet, MS-ssk ringer henne nästa vecka."),
  ], dx="Känd MS")

C("kand-kol-syrgasutredning-ej-informerad", "skane", "-", "known-dx-plan",
  "KOL GOLD 3 som pat känner väl; ej informerad om planerad syrgasutredning.",
  "lung_hbg", "1946-06-26", "M", "2024-06-06 13:35", [
      ("Aktuellt", "KOL GOLD 3 sedan många år, pat känner väl till sin sjukdom. Sat 88 % i vila."),
      ("Planering", "Utredning för syrgasbehandling planeras med artärblodgas x2. Pat ej informerad om planen ännu; tas vid telefonkontakt efter sjukgymnastbedömningen."),
  ], dx="KOL GOLD 3")

C("kand-crohn-koloskopitid-ej-meddelad", "vgr", "-", "known-dx-plan",
  "Mb Crohn sedan 2005; nästa koloskopitid ej meddelad.",
  "gastro_skovde", "1976-03-15", "M", "2024-09-11 09:40", [
      ("Aktuellt", "Mb Crohn sedan 2005, ileostomi sedan 2018, stabil på ustekinumab."),
      ("Planering", "Nästa koloskopikontroll ej ännu meddelad pat, tiden bokas av endoskopienheten."),
  ], dx="Mb Crohn")

C("kand-schizofreni-kontaktperson-byts", "skane", "-", "known-dx-plan",
  "Känd schizofreni sedan 1998; ej informerad om byte av kontaktperson.",
  "psyk_malmo", "1972-07-02", "M", "2024-07-18 11:30", [
      ("Aktuellt", "Känd paranoid schizofreni sedan 1998, stabil på depåinjektion var 4:e vecka. Bor i eget boende med stöd."),
      ("Planering", "Pat ännu ej informerad om att kontaktpersonen byts i augusti; tas upp vid nästa injektionstillfälle så att övergången blir lugn."),
  ], dx="paranoid schizofreni")

C("kand-brostcancer-uppfoljning-flyttas-utkast", "vgr", "-", "known-dx-plan",
  "Utkast: bröstcancer opererad 2021, pat välinformerad; har ej fått veta att uppföljningen flyttas.",
  "onk_su", "1965-12-20", "F", "2024-10-30 15:20", [
      ("Aktuellt", "Bröstcancer vä opererad 2021, adjuvant behandlad, pat välinformerad och följs enligt program. Inga tecken på återfall kliniskt."),
      ("Planering", "Mammografi om 1 år. Pat har ej fått veta att uppföljningen flyttas till kirurgmottagningen i Alingsås; brev skickas."),
  ], dx="Bröstcancer", draft=True)

C("villkor-om-pad-visar-cancer", "skane", "-", "conditional",
  "Villkorligt 'Om PAD visar cancer informeras pat vid ÅB' — ingen diagnos är ställd.",
  "kir_hbg", "1963-04-04", "M", "2024-04-25 12:55", [
      ("Aktuellt", "Koloskopi idag: 3 cm bredbasig polyp i colon transversum, EMR utförd i sin helhet."),
      ("Planering", "Om PAD visar cancer informeras pat vid ÅB, annars brev med besked och ny koloskopi om 3 år."),
  ])

C("informerad-efter-delirium", "vgr", "-", "informed",
  "Tidigare ej informerad pga delirium, 'nu informerad' om stroke-orsakande förmaksmyxom.",
  "kardio_su", "1954-02-09", "F", "2024-04-22 13:05", [
      ("Bedömning", "Vänstersidigt förmaksmyxom som orsak till emboliska stroken. Pat kunde ej informeras under vårdtiden pga delirium men är nu klar och informerad om diagnosen och planerad thoraxkirurgi."),
  ], dx="förmaksmyxom")


# ---------------------------------------------------------------------------------------
# building
# ---------------------------------------------------------------------------------------

def luhn(digits):
    s = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return (10 - s % 10) % 10


def pnr(born, sex, idx):
    y, m, d = born.split("-")
    a = (idx * 37) % 90 + 10
    g = (idx * 3) % 10
    if sex == "F" and g % 2 == 1:
        g -= 1
    if sex == "M" and g % 2 == 0:
        g += 1
    serial = f"{a:02d}{g}"
    core = y[2:] + m + d + serial
    return f"{y}{m}{d}-{serial}{luhn(core)}"


def iso(t):
    return dt.datetime.strptime(t, "%Y-%m-%d %H:%M")


def note(nid, c, tpl, t, role, secs, author, draft, idx):
    uname, hsa, _ = UNITS[c["unit"]]
    tt = iso(t)
    signed = None if draft else (tt + dt.timedelta(minutes=20 + (idx * 17) % 160)).isoformat()
    return {"id": nid, "system": "Melior", "template": tpl,
            "unit": {"name": uname, "hsa_id": hsa},
            "author": {"name": author, "role": role},
            "time": tt.isoformat(), "signed": signed, "setting": c["setting"],
            "refs": [], "sections": [{"keyword": k, "text": v} for k, v in secs]}


def build():
    out = []
    for i, c in enumerate(CASES):
        author = AUTHORS[i % len(AUTHORS)]
        notes = [note("n1", c, c["tpl"], c["t"], c["role"], c["secs"], author, c["draft"], i)]
        last = iso(c["t"])
        for j, e in enumerate(c["extra"]):
            notes.append(note(e["id"], c, e["tpl"], e["t"], e["role"], e["secs"],
                              AUTHORS[(i + 7 + j) % len(AUTHORS)], False, i + j + 1))
            last = max(last, iso(e["t"]))
        as_of = min(last.date() + dt.timedelta(days=14), dt.date(2024, 12, 31))
        rec = {"patient": {"id": pnr(c["born"], c["sex"], i), "birth_date": c["born"],
                           "protected_identity": False},
               "as_of": dt.datetime.combine(as_of, dt.time()).isoformat(),
               "notes": notes, "access_events": [], "conversations": [], "treatments": []}
        assertion = [["NL101", "n1"]]
        out.append({"case": c["name"], "ruleset": c["rs"], "record": rec,
                    "must": assertion if c["pol"] == "+" else [],
                    "must_not": assertion if c["pol"] == "-" else [],
                    "why": c["why"]})
    return out


# ---------------------------------------------------------------------------------------
# validation
# ---------------------------------------------------------------------------------------
CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
REC_KEYS = ["patient", "as_of", "notes", "access_events", "conversations", "treatments"]
NOTE_KEYS = ["id", "system", "template", "unit", "author", "time", "signed", "setting",
             "refs", "sections"]


def visible_sections(rs, n):
    if n["template"] in PROTECTED_TPL[rs]:
        return []
    return [s for s in n["sections"] if s["keyword"] not in PROTECTED_KW[rs]]


def age_at(born, when):
    b = dt.date.fromisoformat(born)
    return when.year - b.year - ((when.month, when.day) < (b.month, b.day))


def sentences(text):
    return [s.strip() for s in re.split(r"(?<=[.!?;])\s+|\n+", text) if s.strip()]


def validate(records):
    errs = []
    names = Counter(r["case"] for r in records)
    for k, v in names.items():
        if v > 1:
            errs.append(f"duplicate case name {k}")
    seen = {}
    for r, c in zip(records, CASES):
        nm = r["case"]
        E = lambda m: errs.append(f"{nm}: {m}")
        if list(r) != CASE_KEYS:
            E(f"case keys {list(r)}")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", nm):
            E("case name not a slug")
        if r["ruleset"] not in ("skane", "vgr"):
            E("ruleset")
        if UNITS[c["unit"]][2] != r["ruleset"]:
            E("unit region does not match ruleset")
        w = r["why"]
        if not w or "\n" in w or len(w) > 200:
            E("why must be one non-empty line <= 200 chars")
        rec = r["record"]
        if list(rec) != REC_KEYS:
            E(f"record keys {list(rec)}")
        p = rec["patient"]
        if list(p) != ["id", "birth_date", "protected_identity"]:
            E("patient keys")
        m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})-(\d{3})(\d)", p["id"])
        if not m or p["birth_date"] != f"{m[1]}-{m[2]}-{m[3]}":
            E("personnummer does not match birth_date")
        elif luhn(p["id"][2:8] + m[4]) != int(m[5]):
            E("personnummer Luhn")
        else:
            if (int(m[4][2]) % 2 == 0) != (c["sex"] == "F"):
                E("personnummer sex digit")
        as_of = dt.datetime.fromisoformat(rec["as_of"])
        if as_of.year != 2024:
            E("as_of not in 2024")
        ids = [n["id"] for n in rec["notes"]]
        if len(set(ids)) != len(ids) or ids[0] != "n1":
            E("note ids")
        for n in rec["notes"]:
            if list(n) != NOTE_KEYS:
                E(f"note keys {list(n)}")
            if n["system"] != "Melior":
                E("system must be Melior")
            t = dt.datetime.fromisoformat(n["time"])
            if t.year != 2024 or t > as_of:
                E("note time not in 2024 or after as_of")
            if n["signed"] is not None:
                s = dt.datetime.fromisoformat(n["signed"])
                if s < t or s.year != 2024 or s > as_of:
                    E("signed before time / outside 2024 / after as_of")
            a = age_at(p["birth_date"], t.date())
            if a < 16:
                E(f"patient aged {a} (<16) at note")
            if r["ruleset"] == "skane" and n["template"] != TH and any(
                    s["keyword"] == TH for s in n["sections"]):
                E("Skåne ordinary template with sökord Tidiga hypoteser (unclear; not used)")
            if r["ruleset"] == "vgr" and n["template"] == TH:
                E("VGR template Tidiga hypoteser (unclear; not used)")
            if not n["sections"]:
                E("note without sections")
            for s in n["sections"]:
                if list(s) != ["keyword", "text"] or not s["keyword"] or not s["text"].strip():
                    E("section shape")
                for sent in sentences(s["text"]):
                    if len(sent) >= 25:
                        if sent in seen and seen[sent] != (nm, n["id"], s["keyword"]):
                            E(f"sentence repeated (also in {seen[sent][0]}): {sent[:60]}")
                        seen.setdefault(sent, (nm, n["id"], s["keyword"]))
        # assertions
        allowed = {"n1"}
        for key in ("must", "must_not"):
            for a in r[key]:
                if not (isinstance(a, list) and len(a) == 2 and a[0] == "NL101" and a[1] in allowed
                        and a[1] in ids):
                    E(f"bad assertion {a}")
        if len(r["must"]) + len(r["must_not"]) != 1:
            E("exactly one NL101 assertion required")
        # semantic anchors
        n1 = rec["notes"][0]
        vis = " ".join(s["text"] for s in visible_sections(r["ruleset"], n1)).lower()
        alltext = " ".join(s["text"] for s in n1["sections"]).lower()
        dx = (c["dx"] or "").lower()
        if c["pol"] == "+":
            if r["ruleset"] == "skane" and c["unit"].startswith("psyk"):
                E("Skåne psychiatric positive (visible parts of psychiatry notes unclear)")
            if not r["must"]:
                E("positive without must")
            if not dx or dx not in vis:
                E("positive: diagnosis anchor not in a visible section of n1")
        else:
            if not r["must_not"]:
                E("negative without must_not")
            if dx and dx not in alltext:
                E("negative: diagnosis anchor not in n1")
            if c["kind"] == "protected" and dx and dx in vis:
                E("protected negative: diagnosis anchor appears in a visible section")
            if c["kind"] == "protected" and not any(
                    True for _ in [1] if (n1["template"] in PROTECTED_TPL[r["ruleset"]]
                                          or any(s["keyword"] in PROTECTED_KW[r["ruleset"]]
                                                 for s in n1["sections"]))):
                E("protected negative without a protected template/sökord")
    pos = sum(1 for r in records if r["must"])
    neg = sum(1 for r in records if r["must_not"])
    if not (50 <= pos <= 60 and 50 <= neg <= 60):
        errs.append(f"balance off: {pos} positives, {neg} negatives")
    for rs in ("skane", "vgr"):
        k = sum(1 for r in records if r["ruleset"] == rs)
        if k < 45:
            errs.append(f"too few {rs} cases: {k}")
    return errs


def main():
    records = build()
    errs = validate(records)
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    # re-read what was written and validate again (round trip)
    with open(OUT, encoding="utf-8") as f:
        back = [json.loads(line) for line in f]
    if back != records:
        errs.append("round trip mismatch")
    errs += [] if back == records else validate(back)
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        return 1
    pos = sum(1 for r in records if r["must"])
    kinds = Counter((c["pol"], c["kind"]) for c in CASES)
    print(f"wrote {len(records)} cases to {OUT}: {pos} must NL101, {len(records) - pos} must_not NL101")
    for rs in ("skane", "vgr"):
        print(f"  {rs}: {sum(1 for r in records if r['ruleset'] == rs)}")
    print("  drafts:", sum(1 for c in CASES if c["draft"]))
    for (pol, kind), n in sorted(kinds.items()):
        print(f"  {'must    ' if pol == '+' else 'must_not'} {kind}: {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
