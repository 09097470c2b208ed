#!/usr/bin/env python3
"""Held-out test set 27: NL101/NL102 on "real physician-written charts".

Independent of the product: written only from the regional routines (seeds/),
the rule catalog in DESIGN.md and the devset README conventions. Nobody read the
product code, its lexicons, its tests or the devset notes while writing it.

Style: rushed Swedish physician notes -- several sections, telegraphic fragments,
abbreviations (pat, ua, pga, susp., trol., DD, f.s., ev., hö/vä, bilat ...), Latin,
eponyms, English loan words, "?" hedges, ICD-10 codes, copy-forward text, and a
typo in about one case in ten (the case name ends in "-typo" and `why` says so).

Scope: NL101 (uncommunicated diagnosis visible) and NL102 (hypothesis in visible
Melior note). Conventions follow ../../../shared/data/devset/README.md:
  * VGR cases are Melior; Skåne cases are Melior (hospital) or PMO (primary care).
  * Skåne protects by template (note.template == "Tidiga hypoteser");
    VGR protects by sökord (sections[].keyword == "Tidiga hypoteser").
  * NL102 is asserted only on Melior notes; a hedged PMO diagnosis is must_not NL102;
    NL101 is never asserted on PMO notes.
  * Patients are under 13 or 16+; about one note in ten is an unsigned draft.
  * Luhn-valid personnummer matching birth_date; all note dates in 2024;
    every sentence of 25+ characters occurs once in the whole set.

Usage: python3 nl1_heldout27_build.py   (writes nl1_heldout27_cases.jsonl beside
itself, validates it, exits 1 on any problem). No dependencies, deterministic.
"""
import calendar
import datetime as dt
import hashlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_heldout27_cases.jsonl")

# --------------------------------------------------------------------------- units
UNITS = {
    # Region Skåne, Melior (hospitals)
    "sus_lund_akut": ("Akutmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-3K7B"),
    "sus_malmo_akut": ("Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-3K9D"),
    "sus_lund_neuro": ("Neurologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4N21"),
    "sus_lund_onk": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-4P08"),
    "sus_malmo_infek": ("Infektionskliniken, Skånes universitetssjukhus Malmö", "SE2321000255-5F13"),
    "sus_malmo_gastro": ("Gastroenterologimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-5G40"),
    "sus_lund_reuma": ("Reumatologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4R33"),
    "sus_lund_barnakut": ("Barnakuten, Skånes universitetssjukhus Lund", "SE2321000255-6B02"),
    "sus_malmo_barn": ("Barn- och ungdomsmedicinska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-6B17"),
    "sus_lund_hud": ("Hudkliniken, Skånes universitetssjukhus Lund", "SE2321000255-4H55"),
    "sus_malmo_uro": ("Urologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-5U61"),
    "sus_lund_hemat": ("Hematologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-4Q72"),
    "sus_lund_onh": ("Öron-, näs- och halskliniken, Skånes universitetssjukhus Lund", "SE2321000255-4E18"),
    "sus_malmo_njur": ("Njurmedicin, Skånes universitetssjukhus Malmö", "SE2321000255-5N90"),
    "sus_lund_endo": ("Endokrinologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4D44"),
    "sus_malmo_gyn": ("Kvinnokliniken, Skånes universitetssjukhus Malmö", "SE2321000255-5K26"),
    "sus_lund_psyk": ("Allmänpsykiatrisk mottagning, Psykiatri Skåne Lund", "SE2321000255-7P19"),
    "sus_lund_lung": ("Lung- och allergimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4L63"),
    "sus_malmo_kard": ("Kardiologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-5C37"),
    "hbg_med": ("Medicinkliniken, Helsingborgs lasarett", "SE2321000255-8M10"),
    "hbg_kir": ("Kirurgiska kliniken, Helsingborgs lasarett", "SE2321000255-8K22"),
    "csk_ort": ("Ortopedkliniken, Centralsjukhuset Kristianstad", "SE2321000255-9T31"),
    "csk_geri": ("Geriatriska kliniken, Centralsjukhuset Kristianstad", "SE2321000255-9G05"),
    "ystad_med": ("Medicinavdelning 4, Lasarettet i Ystad", "SE2321000255-9Y48"),
    "landskrona_minne": ("Minnesmottagningen, Lasarettet Landskrona", "SE2321000255-9L77"),
    "angelholm_ort": ("Ortopedmottagningen, Ängelholms sjukhus", "SE2321000255-8A56"),
    "hassleholm_kir": ("Kirurgmottagningen, Hässleholms sjukhus", "SE2321000255-9H12"),
    "trelleborg_med": ("Medicinmottagningen, Lasarettet Trelleborg", "SE2321000255-9R84"),
    # Region Skåne, PMO (primary care)
    "vc_eslov": ("Vårdcentralen Eslöv", "SE2321000255-P1E1"),
    "vc_hoor": ("Vårdcentralen Höör", "SE2321000255-P1H3"),
    "vc_tomelilla": ("Vårdcentralen Tomelilla", "SE2321000255-P2T7"),
    "vc_simrishamn": ("Vårdcentralen Simrishamn", "SE2321000255-P2S4"),
    "vc_malmo_limhamn": ("Vårdcentralen Limhamn", "SE2321000255-P3L6"),
    "vc_hbg_drottninghog": ("Vårdcentralen Drottninghög, Helsingborg", "SE2321000255-P4D2"),
    "vc_osby": ("Vårdcentralen Osby", "SE2321000255-P5O8"),
    "bvc_staffanstorp": ("BVC Staffanstorp", "SE2321000255-P6B5"),
    "bvc_trelleborg": ("BVC Trelleborg Söder", "SE2321000255-P6B9"),
    "um_lund": ("Ungdomsmottagningen Lund", "SE2321000255-P7U3"),
    "hsjv_sjobo": ("Hemsjukvården Sjöbo", "SE2321000255-P8S1"),
    "vc_kavlinge": ("Vårdcentralen Kävlinge", "SE2321000255-P9K4"),
    # Västra Götalandsregionen, Melior
    "su_akut": ("Akutmottagningen medicin, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000004011"),
    "su_ostra_akut": ("Akutmottagningen, Östra sjukhuset", "SE2321000131-E000000004027"),
    "su_neuro": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000004103"),
    "su_hemat": ("Sektionen för hematologi och koagulation, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000004155"),
    "su_infek": ("Infektionsmottagningen, Östra sjukhuset", "SE2321000131-E000000004189"),
    "su_lung": ("Lungmedicin, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000004212"),
    "su_gastro": ("Gastroenterologi och hepatologi, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000004236"),
    "su_reuma": ("Reumatologimottagningen, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-E000000004250"),
    "su_ogon": ("Ögonakuten, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-E000000004274"),
    "su_endo": ("Endokrinologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000004298"),
    "su_dsbus": ("Drottning Silvias barn- och ungdomssjukhus, barnakuten", "SE2321000131-E000000004311"),
    "su_dsbus_neuro": ("Barnneurologimottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000004335"),
    "su_barnonk": ("Barncancercentrum, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000004320"),
    "su_onh": ("Öron-näsa-hals-akuten, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000004359"),
    "su_psyk": ("Psykiatrisk öppenvårdsmottagning Affektiva, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000004373"),
    "su_kirurg": ("Kirurgakuten, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000004397"),
    "su_gyn": ("Gynekologiska akutmottagningen, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E000000004402"),
    "su_hud": ("Hudmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000004426"),
    "su_geri": ("Geriatrik och minnesmottagning, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-E000000004440"),
    "su_kard": ("Kardiologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000004464"),
    "su_karl": ("Kärlkirurgi, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000004488"),
    "nal_med": ("Medicinkliniken, NU-sjukvården NÄL Trollhättan", "SE2321000131-E000000005017"),
    "nal_ort": ("Ortopedmottagningen, NU-sjukvården Uddevalla sjukhus", "SE2321000131-E000000005031"),
    "skas_med": ("Medicinmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000005105"),
    "skas_uro": ("Urologmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000005129"),
    "skas_onk": ("Onkologimottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000005143"),
    "sas_infek": ("Infektionskliniken, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000005207"),
    "sas_barn": ("Barnmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000005221"),
    "sas_kir": ("Kirurgmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000005245"),
    "alingsas_med": ("Medicinavdelning 3, Alingsås lasarett", "SE2321000131-E000000005309"),
    "kungalv_akut": ("Akutmottagningen, Kungälvs sjukhus", "SE2321000131-E000000005323"),
    "kungalv_med": ("Medicinmottagningen, Kungälvs sjukhus", "SE2321000131-E000000005347"),
}

PMO_UNITS = {k for k, v in UNITS.items() if v[1].startswith("SE2321000255-P")}
VGR_UNITS = {k for k, v in UNITS.items() if v[1].startswith("SE2321000131-")}

TH = "Tidiga hypoteser"

CASES = []  # (spec dicts, turned into records by build())


def add(name, rs, system, unit, template, author, dob, sex, time, sign, setting,
        sections, must=(), must_not=(), why="", typo=False):
    """One case. sign = minutes from `time` to signing, or None for a draft."""
    CASES.append(dict(name=name, rs=rs, system=system, unit=unit, template=template,
                      author=author, dob=dob, sex=sex, time=time, sign=sign,
                      setting=setting, sections=sections, must=list(must),
                      must_not=list(must_not), why=why, typo=typo))


# =========================================================================== cases
# ---------------------------------------------------------------- NL102 must (Melior)

add("akut-brostsmarta-langflyg-dd-lungemboli-perikardit", "vgr", "Melior", "su_akut",
    "Läkaranteckning akutmottagning", "Jonas Berglöf", "1967-05-21", "m",
    "2024-02-14 23:40", 55, "akutmottagning", [
        ("Kontaktorsak", "Bröstsmärta sedan igår kväll, värre vid djupandning."),
        ("Anamnes", "56-årig man, tidigare frisk frsf hypertoni (Enalapril 10 mg x1). "
         "Flög hem från Bangkok i förrgår, 11 h flyg. Smärtan retrosternalt-vä, stickande, "
         "ingen utstrålning till arm/käke. Lätt dyspné i trappor. Förkyld förra veckan enl hustrun. "
         "Rökfri sedan 20 år."),
        ("Status", "AT: ngt smärtpåverkad vid inspiration, i övrigt opåverkad.\n"
         "Cor: RR fq 96, inga bi- eller blåsljud, inget gnidningsljud hörs.\n"
         "Pulm: vesikulärt bilat, inga rassel, sat 95% RL, AF 20.\n"
         "Ben: ingen svullnad, vadomfång lika hö/vä."),
        ("Lab", "Hb 148, CRP 34, TnT 18 -> 21 (3 h), D-dimer 1,4, krea 81."),
        ("EKG", "SR 94, lätt konkava ST-lyft II, aVF, V4-V6?? Inga patologiska Q."),
        ("Bedömning", "Pleuritisk bröstsmärta efter långflygning. DD: lungemboli, perikardit, "
         "pleurit efter virusinfektion. ACS mindre sannolikt men lätt TnT-stegring noteras."),
        ("Åtgärd", "DT-angio lungartärer beställd. Fragmin 15 000 E sc i väntan. UCG imorgon om DT ua. "
         "Läggs in på kardiologens obsplatser över natten."),
    ], must=["NL102"], must_not=["NL101"],
    why="differential list (DD lungembolism, pericarditis) in a visible Melior assessment")

add("neuro-facialispares-frageteckenborrelia-lp", "skane", "Melior", "sus_lund_neuro",
    "Läkaranteckning", "Sofia Lindqvist", "1979-08-02", "f",
    "2024-07-09 10:15", 240, "öppenvård", [
        ("Aktuellt", "Rem. från VC Dalby ang. ansiktsförlamning hö sedan 4 d. Pat bor på landet nära "
         "Klingavälsån, många fästingbett i sommar, minns ett utslag på låret i juni."),
        ("Status", "Perifer facialispares hö, House-Brackmann III. Kan ej rynka pannan hö. "
         "Övriga kranialnerver ua. Inga hudutslag idag. Nackstel neg. Kraft/sens extr ua, RF lika."),
        ("Bedömning", "Perifer facialispares hö. ?Neuroborrelia med tanke på exponering och årstid. "
         "Bell's palsy om LP och serologi neg."),
        ("Planering", "LP idag eftermiddag: celler, alb, borrelia-ak index. Serum borrelia IgG/IgM. "
         "Prednisolon avvaktas tills likvorsvar. Ögonskydd natt, Viscotears. Återbesök om 1 v."),
    ], must=["NL102"], must_not=["NL101"],
    why="'?Neuroborrelia' prefix question mark hedge on a diagnosis in visible Melior note")

add("akut-pneumoni-fragetecken-telegrafisk", "vgr", "Melior", "kungalv_akut",
    "Akutanteckning", "Elin Hagström", "1941-11-30", "f",
    "2024-01-22 03:10", None, "akutmottagning", [
        ("Kontaktorsak", "Feber, hosta, förvirrad sedan igår. Ambulans från Ytterby."),
        ("Anamnes", "82-årig kvinna, bor ensam m hemtjänst x2/d. KOL GOLD 2, förmaksflimmer (Eliquis), "
         "lätt kognitiv svikt. Dottern ringde 112 då pat ej kände igen henne."),
        ("Status", "AT: påverkad, slö men väckbar, GCS 14.\nTemp 38,9, BT 104/58, puls 112 oregelb, AF 28, sat 88% RL.\n"
         "Pulm: krepitationer basalt hö, nedsatt andningsljud hö bas.\nBuk mjuk, ingen ömhet."),
        ("Lab", "CRP 212, LPK 17,4, laktat 2,6, krea 132 (habituellt 85), Na 131."),
        ("Bedömning", "Sepsisbild. Pneumoni? Nedsatt ljud hö bas, rtg pulm ej gjord ännu. "
         "Akut konfusion sekundärt till infektionen."),
        ("Åtgärd", "Odlingar x2, NPH-odl, urinodling. Bensyl-PC 3 g x4 efter odl. Ringer-Acetat 1000 ml. "
         "Rtg pulm bedside. Inläggs avd 22."),
    ], must=["NL102"], must_not=["NL101"],
    why="trailing question mark on a diagnosis ('Pneumoni?') in a visible Melior note")

add("gastro-susp-ibd-dd-infektios-kolit", "skane", "Melior", "sus_malmo_gastro",
    "Mottagningsanteckning", "Karim Haddad", "2001-03-17", "m",
    "2024-04-03 13:30", 95, "öppenvård", [
        ("Aktuellt", "23-årig man remitterad akut från VC Rosengård pga blodiga diarréer x 3 veckor, "
         "8-10 ggr/dygn, nattliga trängningar. Ngt viktnedgång (4 kg). Inga utlandsresor. Ingen antibiotika senaste året."),
        ("Status", "AT gott. Buk: mjuk, diffust öm vä fossa, ingen défense. PR: färskt blod på handsken. "
         "Perianalt ua, inga fistlar."),
        ("Lab", "Hb 118, CRP 41, albumin 31, F-kalprotektin >1800. F-odling och C. diff pending."),
        ("Bedömning", "Blodiga diarréer x 3 v. Susp. IBD, trol. ulcerös kolit. DD: infektiös kolit, "
         "Campylobacter/EHEC ej uteslutet innan odlingssvar."),
        ("Åtgärd", "Sigmoideoskopi m biopsier fre. Avvaktar steroider till F-odl neg. "
         "Pat får ringa vid >10 tömningar/d eller feber."),
    ], must=["NL102"], must_not=["NL101"],
    why="'Susp. IBD, trol. ulcerös kolit' and DD list in visible Melior assessment")

add("hemat-misstankt-myelom-m-komponent", "vgr", "Melior", "su_hemat",
    "Läkaranteckning nybesök", "Per-Olof Ström", "1954-09-04", "m",
    "2024-05-13 09:00", 180, "öppenvård", [
        ("Remissorsak", "M-komponent IgG-kappa 28 g/L funnen vid utredning av ryggsmärta + anemi, VC Majorna."),
        ("Anamnes", "Värk i ländryggen sedan jul, tilltagande. Trött. Inga B-symtom i övrigt, ingen nattsvett. "
         "Hereditet: inget känt."),
        ("Status", "Blek. Ömhet över L2-L3 vid perkussion. Lymfkörtlar ej palp. Lever/mjälte ej förstorade."),
        ("Lab", "Hb 98, Ca-jon 1,41, krea 138, fria lätta kedjor kappa 412 mg/L, kvot 38."),
        ("Bedömning", "Misstänkt myelom med CRAB-kriterier (anemi, hyperkalcemi, njurpåverkan). "
         "Benmärgsprov och helkropps-DT behövs för att fastställa diagnos."),
        ("Planering", "BMP nästa vecka. Lågdos-DT skelett. Zoledronsyra efter tandstatus. "
         "Ringer pat med tider."),
    ], must=["NL102"], must_not=["NL101"],
    why="'Misstänkt myelom' in a visible hematology assessment, Melior VGR")

add("reuma-trol-pmr-med-icd-kod", "skane", "Melior", "sus_lund_reuma",
    "Läkaranteckning", "Hanna Vikström", "1949-12-11", "f",
    "2024-03-05 11:20", 60, "öppenvård", [
        ("Aktuellt", "74-årig kvinna m 6 v stelhet i skuldror och höfter, morgonstelhet 2 h, "
         "kan inte ta på sig kappan själv. Ingen huvudvärk, inga synbesvär, ingen käkklaudikation."),
        ("Status", "Smärtsam aktiv abduktion axlar bilat, passivt något bättre. Inga synoviter i händer. "
         "Temporalisartärerna palpabla, ej ömma."),
        ("Lab", "SR 64, CRP 38, RF neg, anti-CCP neg, CK normalt, TSH normalt."),
        ("Bedömning", "trol. polymyalgia reumatika (M35.3). Inga tecken på jättecellsarterit."),
        ("Åtgärd", "Prednisolon 15 mg x1, kontroll SR/CRP om 3 v. Kalcium/D-vit. Alendronat. "
         "Tel-uppf av ssk om 1 v."),
    ], must=["NL102"], must_not=["NL101"],
    why="lowercase 'trol.' before a diagnosis with ICD-10 code in visible Melior note")

add("neuro-akut-susp-guillain-barre", "vgr", "Melior", "su_neuro",
    "Inskrivningsanteckning", "Amir Rostami", "1988-02-26", "m",
    "2024-10-18 17:45", 70, "slutenvård", [
        ("Inkomstorsak", "Tilltagande svaghet i benen sedan 3 d, nu svårt att gå i trappor. Stickningar i fötter och händer."),
        ("Anamnes", "36 år, frisk. Gastroenterit m diarré för ca 2 v sedan efter grillfest. Inga läkemedel."),
        ("Status", "Kraft höftflexion 4-/5 bilat, dorsalflexion fot 4/5. Areflexi i nedre extr, svaga bicepsreflexer. "
         "Strumpformig känselnedsättning. Inga bulbära symtom, VK 3,8 L."),
        ("Bedömning", "Ascenderande symmetrisk svaghet och areflexi efter gastroenterit -- susp. Guillain-Barré syndrom "
         "(AIDP vs AMAN), Campylobacter-associerat? LP och ENeG behövs."),
        ("Planering", "LP ikväll (prot/celler). ENeG måndag. VK x3/d, larmgräns <20 ml/kg -> IVA-konsult. "
         "IVIG start om progress under natten enl bakjour."),
    ], must=["NL102"], must_not=["NL101"],
    why="'susp.' before a named syndrome with an English eponym, visible Melior admission note")

add("barn-trol-inkomplett-kawasaki", "skane", "Melior", "sus_malmo_barn",
    "Läkaranteckning slutenvård", "Maria Ekdahl", "2020-06-14", "f",
    "2024-11-27 14:05", 110, "slutenvård", [
        ("Aktuellt", "Flicka 4 år, feber 5:e dygnet trots antibiotika från VC (Kåvepenin för tonsillit?). "
         "Röda ögon utan flytning, spruckna läppar, utslag på bålen igår."),
        ("Status", "Irritabel men tröstbar. Bilat icke-purulent konjunktival injektion. Jordgubbstunga. "
         "Lymfkörtel hö käkvinkel 2 cm. Händer: lätt ödem dorsalt. Cor: takykard 150, inga blåsljud."),
        ("Lab", "CRP 145, SR 88, LPK 19, TPK 480, albumin 28, ALAT 72. Strep A-test neg."),
        ("Bedömning", "Feber >5 d + 3 av 5 kriterier. Trol. inkomplett Kawasakis sjukdom. "
         "Differentialdiagnos: adenovirus, skarlatina (mindre troligt m neg strep)."),
        ("Planering", "UCG idag kl 16 (barnkardiolog). IVIG 2 g/kg + ASA hög dos om UCG eller lab talar för. "
         "Informerat mamma och pappa om utredningen."),
    ], must=["NL102"], must_not=["NL101"],
    why="child under 13: hedged diagnosis visible to guardians in Melior; parents were informed, so not NL101")

add("ort-misstankt-scafoidfraktur-ny-rtg", "vgr", "Melior", "nal_ort",
    "Mottagningsanteckning", "Thomas Nyqvist", "1998-01-08", "m",
    "2024-12-02 08:50", 30, "öppenvård", [
        ("Anamnes", "Föll på inlines igår, tog emot sig m extenderad hö handled. Snickare, högerhänt."),
        ("Status", "Ömhet i tabatière anatomique hö, smärta vid axial kompression tumme. Ingen felställning. "
         "Distalstatus ua, cap refill <2 s."),
        ("Rtg", "Rtg hö handled + scafoidserie: ingen säker frakturlinje."),
        ("Bedömning", "Klinisk misstanke om scafoidfraktur hö trots neg rtg (ockult?)."),
        ("Åtgärd", "Scafoidgips m tumme. Ny rtg alt MR om 10-14 d. Sjukskrivs 2 v, snickeri ej möjligt i gips."),
    ], must=["NL102"], must_not=["NL101"],
    why="'misstanke om scafoidfraktur' (clinical suspicion despite normal x-ray) in visible Melior note")

add("hud-susp-malignt-melanom-excision", "skane", "Melior", "sus_lund_hud",
    "Läkaranteckning", "Ingrid Palmqvist", "1963-04-25", "f",
    "2024-06-19 15:10", 35, "öppenvård", [
        ("Remissorsak", "Växande pigmentförändring rygg, maken har sett att den blött."),
        ("Status", "Hö skulderblad: 11 x 8 mm asymmetrisk lesion, oregelbunden kant, 3 färger (brun/svart/blågrå). "
         "Dermatoskopi: atypiskt nätverk, blue-white veil, regression. Inga palp. körtlar i axiller."),
        ("Bedömning", "Susp. malignt melanom hö skulderblad. Ugly duckling jämfört m övriga nevi."),
        ("Åtgärd", "Diagnostisk excision m 2 mm marginal idag. PAD med förtur. Svar via tel om 2-3 v. "
         "Helkroppsundersökning gjord, ua i övrigt."),
    ], must=["NL102"], must_not=["NL101"],
    why="'Susp. malignt melanom' in visible dermatology assessment, Melior Skåne")

add("gyn-ev-extrauterin-dd-tidigt-missfall", "vgr", "Melior", "su_gyn",
    "Akutanteckning", "Lina Gustavsson", "1995-09-13", "f",
    "2024-08-04 21:25", 40, "akutmottagning", [
        ("Kontaktorsak", "Vaginal blödning + smärta vä fossa. Positivt gravtest hemma."),
        ("Anamnes", "SM 1/7 -> GV 5+2 enl SM. Para 0. Tidigare klamydia 2017, behandlad. Kopparspiral uttagen i våras."),
        ("Status", "BT 118/72, puls 84. Buk: öm vä fossa, ingen peritonit. Spekulum: sparsam färsk blödning ur cervix. "
         "VUL: tom uterus, endometrium 9 mm, ingen säker adnexresistens, lite fri vätska i fossa Douglasi."),
        ("Lab", "hCG 1650, Hb 128."),
        ("Bedömning", "Graviditet av okänd lokalisation. Ev. extrauterin graviditet, DD tidigt missfall eller "
         "mycket tidig intrauterin graviditet."),
        ("Åtgärd", "Nytt hCG om 48 h. Informerad om larmsymtom (ökad smärta, svimning, skuldersmärta) -> ring 112."),
    ], must=["NL102"], must_not=["NL101"],
    why="'Ev.' before a diagnosis plus DD in visible gynecology assessment, Melior VGR")

add("uro-psa-trol-prostatacancer-mr", "skane", "Melior", "sus_malmo_uro",
    "Mottagningsanteckning", "Göran Wessman", "1956-10-03", "m",
    "2024-09-10 10:40", 300, "öppenvård", [
        ("Aktuellt", "PSA 14,2 (7,9 för 1 år sedan). Nykturi x2, i övrigt LUTS-fri. Far hade prostatacancer i 70-årsåldern."),
        ("Status", "PR: prostata ca 40 g, hård knöl vä lob ca 1 cm, ej fixerad. Ingen lymfadenopati."),
        ("Bedömning", "Stigande PSA + palp. förändring. Trol. prostatacancer vä lob, kliniskt T2a. Pat inf. om misstanken och fortsatt utredning."),
        ("Planering", "MR prostata (PI-RADS), därefter riktade biopsier. Uppf. på urologmottagningen m svar. "
         "Standardiserat vårdförlopp startat."),
    ], must=["NL102"],
    why="'Trol. prostatacancer' in visible Melior note; patient told, so NL101 left unasserted")

add("endo-hyperkalcemi-trol-primar-hpt", "vgr", "Melior", "su_endo",
    "Läkaranteckning", "Karin Sjöholm", "1961-02-19", "f",
    "2024-04-22 14:00", 90, "öppenvård", [
        ("Remissorsak", "Hyperkalcemi vid rutinlab, njursten 2022."),
        ("Anamnes", "Trött, ngt muskelvärk. Förstoppning. Ingen tiazid, inget litium. Inga D-vitamintillskott i högdos."),
        ("Lab", "Ca-jon 1,46, PTH 9,8 (förhöjt), fosfat 0,72, 25-OH-vit D 48, krea normalt. dU-Ca 8,9 mmol/d."),
        ("Bedömning", "PTH-beroende hyperkalcemi. Trol. primär hyperparatyreoidism, adenom? "
         "FHH osannolik m högt dU-kalcium."),
        ("Planering", "Ultraljud hals + sestamibi. Bentäthetsmätning. Rem. endokrinkirurgen när lokalisation klar."),
    ], must=["NL102"], must_not=["NL101"],
    why="'Trol. primär hyperparatyreoidism' hedged in visible endocrinology note, Melior VGR")

add("geri-kognitiv-svikt-trol-alzheimer-dd-vaskular", "skane", "Melior", "landskrona_minne",
    "Läkaranteckning", "Eva Rosenlund", "1944-07-28", "m",
    "2024-02-28 13:15", 120, "öppenvård", [
        ("Aktuellt", "Basal demensutredning. Frun berättar om 2 år av tilltagande minnesproblem, glömmer spisen, "
         "har kört vilse två gånger. Pat själv tycker inte att det är så farligt."),
        ("Tidigare", "Hypertoni, TIA 2019 (utredd, ASA). DM2 tablettbeh."),
        ("Undersökningar", "MMSE 21/30, klockprov 3/7. DT hjärna: måttlig central atrofi, mediotemporal atrofi "
         "MTA 2-3, några småkärlsförändringar periventrikulärt."),
        ("Bedömning", "Kognitiv svikt av demensgrad. Trol. Alzheimers sjukdom med vaskulär komponent, "
         "DD ren vaskulär demens. Ej bilkörningslämplig."),
        ("Åtgärd", "Diskuterat resultatet med pat och fru, körkortsanmälan till TS görs. "
         "Start donepezil 5 mg. Bistånd/anhörigstöd via kommunen."),
    ], must=["NL102"],
    why="'Trol. Alzheimers sjukdom ... DD vaskulär demens' in visible Melior note (result discussed, NL101 not asserted)")

add("infek-feber-efter-thailand-fragetecken-dengue-malaria-utesluten", "vgr", "Melior", "su_infek",
    "Läkaranteckning akut", "Oskar Lindén", "1990-12-24", "m",
    "2024-03-14 19:30", 45, "akutmottagning", [
        ("Kontaktorsak", "Feber 39-40 sedan 4 d, hem från Phuket för 6 d sedan."),
        ("Anamnes", "Huvudvärk bakom ögonen, muskel- och ledvärk 'som om skelettet går sönder'. Myggbett x flera. "
         "Inga djurkontakter, ej badat i sötvatten. Ingen malariaprofylax."),
        ("Status", "Temp 39,4. Opåverkad cirkulation. Fläckigt makulopapulöst utslag bål. Petekier distalt underben. "
         "Tourniquet-test pos. Ingen hepatosplenomegali."),
        ("Lab", "LPK 2,1, TPK 88, ALAT 110. Malaria snabbtest neg x2 + tjock droppe neg. Dengue NS1 skickat."),
        ("Bedömning", "Febril resenär. Malaria uteslutes. ?Dengue, DD chikungunya, rickettsios."),
        ("Åtgärd", "Paracetamol, undvik NSAID. Hemgång, återbesök imorgon för nytt blodstatus. Vätska per os."),
    ], must=["NL102"], must_not=["NL101"],
    why="ruled-out malaria next to a still-open '?Dengue' with DD list: the open hedge fires")

add("kard-synkope-trol-vasovagal-holter", "vgr", "Melior", "su_kard",
    "Mottagningsanteckning", "Fredrik Ahl", "1999-05-30", "f",
    "2024-05-07 09:25", 65, "öppenvård", [
        ("Aktuellt", "Svimmat 2 ggr senaste mån, båda gångerna stående i kö, föregås av yrsel, värme, illamående. "
         "Kort LOC <30 s, snabbt återhämtad. Inget krampliknande, ingen tungbitning."),
        ("Status", "BT liggande 112/70, stående 3 min 108/72 utan symtom. Cor RR, inga blåsljud."),
        ("EKG", "SR 62, normalt PQ och QTc 412, inga deltavågor, ingen Brugada-bild."),
        ("Bedömning", "Reflexsynkope, trol. vasovagal med typiska prodromer. Inga röda flaggor."),
        ("Råd", "Saltintag, vätska 2-3 L, motmanövrer (korsa benen, spänna armar). Holter 48 h för säkerhets skull."),
    ], must=["NL102"], must_not=["NL101"],
    why="'trol. vasovagal' hedges the syncope type (a diagnosis) in visible Melior note")

add("lung-sarkoidos-kan-ej-uteslutas-ebus", "vgr", "Melior", "su_lung",
    "Läkaranteckning", "Mattias Ekberg", "1983-08-16", "f",
    "2024-09-23 11:05", 75, "öppenvård", [
        ("Remissorsak", "Bilat hiluslymfadenopati på rtg pulm tagen pga torrhosta 3 mån."),
        ("Anamnes", "41 år, frisk, icke-rökare. Rött knöligt utslag på smalbenen i somras som försvann av sig själv. "
         "Ledvärk fotleder. Ingen viktnedgång, ingen nattsvett."),
        ("DT thorax", "Symmetriska förstorade hilus- och mediastinala lgl, upp till 2,2 cm. Lätta perilymfatiska noduli."),
        ("Lab", "ACE 92 (förhöjt), Ca normalt, SR 34. Quantiferon neg."),
        ("Bedömning", "Sarkoidos kan ej uteslutas, klinisk bild (Löfgren?) talar för det. Lymfom behöver uteslutas."),
        ("Planering", "EBUS-TBNA m flödescytometri. Spirometri + DLCO. Ögonkonsult (uveit)."),
    ], must=["NL102"], must_not=["NL101"],
    why="'kan ej uteslutas' used as a hedge for a possible diagnosis, visible Melior note")

add("onh-ensidig-horselnedsattning-schwannom-kan-inte-uteslutas", "skane", "Melior", "sus_lund_onh",
    "Mottagningsanteckning", "Carl Bexell", "1970-03-09", "m",
    "2024-10-07 14:45", 50, "öppenvård", [
        ("Anamnes", "Gradvis sämre hörsel vä öra 1 år, ensidig tinnitus vä, lätt ostadighet i mörker."),
        ("Status", "Otomikroskopi ua bilat. Weber lateraliserar hö. Rinne pos bilat. Ingen spontannystagmus. Facialis ua."),
        ("Audiogram", "Sensorineural hörselnedsättning vä, diskant 40-60 dB, TS 68% vä vs 100% hö."),
        ("Bedömning", "Asymmetrisk sensorineural hörselnedsättning vä. Vestibularisschwannom kan inte uteslutas."),
        ("Åtgärd", "MR inneröronkanaler m kontrast. Hörapparatutprovning efter MR-svar."),
    ], must=["NL102"], must_not=["NL101"],
    why="'kan inte uteslutas' as a hedge on a tumour diagnosis in visible Melior note")

add("ogon-akut-synnedsattning-susp-arteritisk-aion", "vgr", "Melior", "su_ogon",
    "Akutanteckning ögon", "Ulrika Fält", "1946-01-14", "f",
    "2024-11-11 16:20", 25, "akutmottagning", [
        ("Kontaktorsak", "Plötslig synförlust hö öga imorse, 'som en gardin'."),
        ("Anamnes", "Huvudvärk vid hö tinning 2 v, ont att tugga, trött, viktnedgång. Flimmerskotom vä öga igår kväll."),
        ("Status", "Visus hö: räkna fingrar 1 m, vä 0,8. RAPD hö. Fundus hö: kritvit svullen papill, "
         "flamformade blödningar. Ömmande, förtjockad a. temporalis hö utan puls."),
        ("Lab", "SR 96, CRP 61, TPK 512."),
        ("Bedömning", "Susp. arteritisk AION hö pga jättecellsarterit (Hortons). Hotande synförlust vä."),
        ("Åtgärd", "Solu-Medrol 500 mg iv idag x3 d. Temporalisbiopsi inom 1 v. Rem. reuma. Inläggs."),
    ], must=["NL102"], must_not=["NL101"],
    why="'Susp.' before eponym-named diagnosis (Hortons/AION) in visible Melior ophthalmology note")

add("kir-appendicit-fragetecken-dd-ovarialcysta", "skane", "Melior", "hbg_kir",
    "Akutanteckning", "Nils Forsberg", "2004-04-02", "f",
    "2024-06-01 02:35", 30, "akutmottagning", [
        ("Kontaktorsak", "Buksmärta sedan igår em, började runt naveln, nu hö fossa."),
        ("Anamnes", "20 år. Illamående, kräkts x1. Ingen diarré. SM för 2 v sedan, regelbundna. Gravtest neg."),
        ("Status", "Temp 37,9. Buk: palp.öm hö fossa m släppömhet, McBurney pos, Rovsing pos, "
         "psoastecken tveksamt. Inga peritonitiska tecken i övrigt."),
        ("Lab", "CRP 48, LPK 13,8. U-sticka: ua."),
        ("Bedömning", "Appendicit? AIR-score 8. DD ovarialcysta hö (torsion/ruptur), mesenteriell lymfadenit."),
        ("Åtgärd", "Fastande, dropp. UL buk/gyn-konsult på morgonen, DT om oklart. Ny bedömning kl 08."),
    ], must=["NL102"], must_not=["NL101"],
    why="'Appendicit?' question-mark hedge plus DD in visible Melior surgical note")

add("psyk-trol-bipolar-ii-dd-eips", "vgr", "Melior", "su_psyk",
    "Läkaranteckning nybesök", "Henrik Sandell", "1996-07-07", "f",
    "2024-01-30 13:00", 150, "öppenvård", [
        ("Aktuellt", "Rem. från VC pga recidiverande depressioner, SSRI utan effekt x2. Nu hänvisad efter att "
         "pat beskrivit perioder m minskat sömnbehov."),
        ("Anamnes", "Perioder på 4-6 d sedan tonåren m 3-4 h sömn, pratsam, massa projekt, shoppat för 30 000 kr en gång. "
         "Däremellan långa depressiva perioder. Självskadebeteende (rispat) i tonåren, ej senaste 3 åren. "
         "Morfar 'manodepressiv' enl mamma. Alkohol: helger, ibland mycket."),
        ("Psykiskt status", "Vaken, orienterad. God kontakt. Stämningsläge lätt sänkt, affekt adekvat. "
         "Inga psykotiska symtom. Förnekar aktuella suicidtankar, inga planer. Suicidriskbed: låg-måttlig."),
        ("Bedömning", "Trol. bipolär sjukdom typ II. DD emotionellt instabil personlighetsstörning, ADHD. "
         "Fortsatt utredning innan stämningsstabiliserare."),
        ("Planering", "SCID-5, MDQ, livsdiagram. Utsättning sertralin långsamt. Återbesök 3 v. Krisnummer givet."),
    ], must=["NL102"], must_not=["NL101"],
    why="adult psychiatry in VGR Melior is visible: 'Trol. bipolär sjukdom typ II' + DD fires")

add("njur-nefrotiskt-syndrom-trol-membranos", "skane", "Melior", "sus_malmo_njur",
    "Läkaranteckning", "Ahmed Karimi", "1972-12-01", "m",
    "2024-08-20 10:10", 85, "öppenvård", [
        ("Aktuellt", "Svullna ben och ögonlock sedan 6 v, skummande urin. Viktuppgång 7 kg."),
        ("Status", "Grop-ödem till knän bilat, periorbitalt ödem. BT 142/88. Cor/pulm ua."),
        ("Lab", "U-alb/krea 480 mg/mmol, P-alb 19, kolesterol 11,2, krea 92. Anti-PLA2R-ak pos 156 RU/mL. "
         "Hepatitserologi, HIV neg. ANA neg."),
        ("Bedömning", "Nefrotiskt syndrom. Trol. primär membranös nefropati (pos anti-PLA2R). "
         "Malignitetsscreening enl rutin pga ålder."),
        ("Åtgärd", "Furosemid 40 mg x2, ACE-hämmare, statin. Tromboprofylax Fragmin pga alb <20. "
         "Njurbiopsi övervägs om PLA2R-titer ej sjunker."),
    ], must=["NL102"], must_not=["NL101"],
    why="confirmed nephrotic syndrome but hedged 'Trol. primär membranös nefropati' still fires (Melior)")

add("barn-trol-celiaki-ttg-gastroskopi", "vgr", "Melior", "sas_barn",
    "Mottagningsanteckning", "Johanna Kvist", "2016-02-09", "m",
    "2024-04-16 10:30", 120, "öppenvård", [
        ("Remissorsak", "Pojke 8 år, dålig längdtillväxt och magont. BVC/skolhälsovård noterat avvikande kurva."),
        ("Anamnes", "Lös avföring 2-3 ggr/d, uppblåst mage. Trött i skolan. Mamma har hypotyreos, moster celiaki."),
        ("Status", "Längd -1,8 SD (tidigare -0,5), vikt -1,6 SD. Lätt utspänd buk, i övrigt ua."),
        ("Lab", "Transglutaminas-ak IgA >128 U/mL (>10x övre ref), total-IgA normalt. Hb 109, ferritin 6."),
        ("Bedömning", "Trol. celiaki. Diagnos utan biopsi möjlig om EMA pos i separat prov enl ESPGHAN."),
        ("Planering", "EMA + HLA-DQ2/8. Fortsatt glutenintag tills klart! Järntillskott. Åb om 4 v m föräldrarna."),
    ], must=["NL102"], must_not=["NL101"],
    why="child under 13, guardians read: 'Trol. celiaki' in visible Melior VGR note")

add("lung-rundhard-misstankt-lungcancer-pat-ej-informerad", "skane", "Melior", "sus_lund_lung",
    "Läkaranteckning", "Annika Wallgren", "1951-06-06", "m",
    "2024-03-27 15:50", 30, "öppenvård", [
        ("Aktuellt", "DT thorax (pga långdragen hosta): 24 mm spikulerad härd hö överlob, förstorad lgl station 4R."),
        ("Anamnes", "Rökare 45 paketår. KOL. Hemoptys x1 förra veckan."),
        ("Bedömning", "Misstänkt lungcancer hö överlob, trol. N2. Pat ej informerad om misstanken ännu, "
         "besked ges vid samtal med pat och hustru på torsdag."),
        ("Planering", "PET-DT, bronkoskopi/EBUS. SVF lunga startas. Kontaktsjuksköterska bokar samtalet."),
    ], must=["NL101", "NL102"],
    why="hedged cancer suspicion in visible Melior note while the text says the patient is not told yet")

add("hud-pityriasis-rosea-fragetecken-dd-sekundar-syfilis", "vgr", "Melior", "su_hud",
    "Läkaranteckning", "Rebecka Almqvist", "1993-10-27", "m",
    "2024-05-29 11:40", 40, "öppenvård", [
        ("Anamnes", "Utslag på bålen 3 v, började m en större fläck på magen. Klåda lite. "
         "Nya sexpartners senaste halvåret, oskyddat."),
        ("Status", "Ovala rosa fjällande plack längs hudlinjerna på bål (julgransmönster). "
         "Ngr papler i handflatorna?! Ingen slemhinnepåverkan, inga sår genitalt."),
        ("Bedömning", "Pityriasis rosea? DD sekundär syfilis med tanke på palmara fynd och sexualanamnes."),
        ("Åtgärd", "Syfilisserologi (TPPA/RPR), HIV, hepatit. Kontakt via 1177 m svar. "
         "Mjukgörande. Smittspårning om pos."),
    ], must=["NL102"], must_not=["NL101"],
    why="'Pityriasis rosea?' and DD of a venereal disease in visible Melior dermatology note")

add("infek-misstankt-endokardit-blododlingar", "skane", "Melior", "sus_malmo_infek",
    "Inskrivningsanteckning", "David Herrström", "1958-11-19", "m",
    "2024-01-09 22:15", None, "slutenvård", [
        ("Inkomstorsak", "Feber 3 v, nattsvett, viktnedgång 5 kg. Tandextraktion i december."),
        ("Anamnes", "Mekanisk aortaklaff sedan 2015 (Waran). Antibiotika från VC 2 ggr med kortvarig effekt."),
        ("Status", "Temp 38,6. Nytt? diastoliskt blåsljud 2/6 över aorta. Splinterblödningar under 2 naglar vä hand. "
         "Mjälte palp 2 cm under arcus."),
        ("Lab", "CRP 96, Hb 104, U-sticka: blod 2+."),
        ("Bedömning", "Misstänkt protesendokardit (2 major saknas ännu, minor: feber, predisposition, vaskulära fenomen)."),
        ("Åtgärd", "Blododlingar x3 m 30 min mellanrum innan antibiotika. TEE imorgon. Infektionskonsult bakjour."),
    ], must=["NL102"], must_not=["NL101"],
    why="unsigned draft (pre-signing): 'Misstänkt protesendokardit' in visible Melior admission note")

add("uro-makroskopisk-hematuri-mojlig-blascancer", "vgr", "Melior", "skas_uro",
    "Mottagningsanteckning", "Björn Alvarsson", "1948-03-03", "m",
    "2024-07-02 13:20", 60, "öppenvård", [
        ("Remissorsak", "Makroskopisk hematuri x 2 episoder, smärtfri. Rökt i 40 år, f.d. målare."),
        ("Status", "Buk ua. PR: prostata 30 g, mjuk, jämn."),
        ("DT urografi", "Ojämn 15 mm väggförtjockning vä blåsvägg, övre urinvägar ua."),
        ("Bedömning", "Möjlig blåscancer vä sidovägg. Cystoskopi behövs för bekräftelse."),
        ("Planering", "Cystoskopi + urincytologi nästa vecka. TURB vid fynd. SVF urinblåsa."),
    ], must=["NL102"], must_not=["NL101"],
    why="'Möjlig blåscancer' in visible Melior urology note")

add("neuro-forsta-anfall-trol-epilespi-typo", "skane", "Melior", "sus_lund_neuro",
    "Akutanteckning", "Viktor Hellström", "2005-09-22", "m",
    "2024-04-28 11:55", 45, "akutmottagning", [
        ("Kontaktorsak", "GTK-anfall hemma imorse enl flickvän, ca 2 min, tungbett, urinavgång."),
        ("Anamnes", "18 år, frisk. Sovit 3 h natten till idag (gaming). Ryckningar i armarna på morgnarna sista halvåret, "
         "tappar frukostskeden ibland."),
        ("Status", "Vaken, orienterad. Laterala tungbett vä. Neurologiskt ua."),
        ("Lab", "Glukos 5,8, Na 139, CK 680, prolaktin förhöjt."),
        ("Bedömning", "Första GTK, trol. juvenil myoklon epilespi (JME) m myoklonier på morgonen."),
        ("Åtgärd", "EEG m sömndeprivation, MR hjärna. Körförbud, anmälan TS diskuterad m pat. "
         "Ej bada ensam. Åb neuromott 4 v."),
    ], must=["NL102"], must_not=["NL101"], typo=True,
    why="typo 'epilespi' in a hedged diagnosis ('trol. ... epilespi') in visible Melior note")

add("gastro-forhojda-levervarden-misstankt-aih-dd-dili", "vgr", "Melior", "su_gastro",
    "Läkaranteckning", "Sara Nordmark", "1975-05-15", "f",
    "2024-06-11 09:35", 140, "öppenvård", [
        ("Remissorsak", "ALAT 8-10 x ref i 3 mån. Nitrofurantoin-kur i vintras."),
        ("Anamnes", "Trött, ledvärk. Alkohol 1-2 glas vin/v. Inga naturläkemedel. Hypotyreos (Levaxin)."),
        ("Lab", "ALAT 6,8, ASAT 4,9, bilirubin 28, ALP normalt, IgG 24 (förhöjt), ASMA pos 1:160, ANA pos. "
         "Hepatit A/B/C/E neg, ceruloplasmin normalt."),
        ("UL lever", "Ngt grov ekostruktur, ingen ascites, normala gallvägar."),
        ("Bedömning", "Misstänkt autoimmun hepatit typ 1, DD läkemedelsinducerad leverskada (DILI) efter nitrofurantoin."),
        ("Planering", "Leverbiopsi. Elastografi. Vid AIH -> prednisolon + azatioprin."),
    ], must=["NL102"], must_not=["NL101"],
    why="'Misstänkt autoimmun hepatit' with DD in visible Melior note")

add("endo-misstankt-cushing-dexametason", "vgr", "Melior", "su_endo",
    "Läkaranteckning", "Petra Grönwall", "1986-08-30", "f",
    "2024-11-05 14:25", 90, "öppenvård", [
        ("Aktuellt", "Viktuppgång 15 kg på ett år, blåmärken, breda lila bristningar på magen, oregelbundna mens."),
        ("Status", "Fullmåneansikte, buffalo hump, centripetal fetma. Striae rubrae 1,5 cm breda. BT 158/98. Proximal svaghet."),
        ("Lab", "HbA1c 52, K 3,3."),
        ("Bedömning", "Misstänkt Cushings syndrom (hyperkortisolism). Exogent kortison förnekat."),
        ("Planering", "1 mg dexametasonhämningstest, sen-kväll-saliv-kortisol x2, dU-kortisol. "
         "Om pos -> ACTH, MR hypofys/DT binjurar."),
    ], must=["NL102"], must_not=["NL101"],
    why="'Misstänkt Cushings syndrom' in visible Melior endocrinology note")

add("akut-aska-huvudvark-sab-kan-ej-uteslutas", "vgr", "Melior", "su_ostra_akut",
    "Akutanteckning", "Tobias Wennberg", "1977-04-11", "f",
    "2024-09-01 20:05", 35, "akutmottagning", [
        ("Kontaktorsak", "Åskknallshuvudvärk under träning på gymmet kl 18, 'värsta i mitt liv'."),
        ("Anamnes", "47 år. Migrän sedan ungdomen men detta annorlunda. Kräkts x2. Ingen LOC."),
        ("Status", "GCS 15, lätt ljuskänslig, nackstelhet tveksam. Pupiller lika, ljusreaktion ua. Inga fokala bortfall. BT 168/96."),
        ("Bedömning", "Thunderclap headache. SAB kan ej uteslutas kliniskt. DD RCVS, migrän (atypisk)."),
        ("Åtgärd", "DT hjärna akut; om neg och >6 h -> LP m spektrofotometri (xantokromi). Smärtlindring. Neurokirurg vid pos."),
    ], must=["NL102"], must_not=["NL101"],
    why="'SAB kan ej uteslutas' plus DD in visible Melior emergency note")

add("barn-halta-trol-toxisk-synovit-dd-septisk-artrit", "skane", "Melior", "sus_lund_barnakut",
    "Akutanteckning barn", "Moa Rydberg", "2021-12-05", "m",
    "2024-10-29 18:40", 50, "akutmottagning", [
        ("Kontaktorsak", "Pojke 2 år 10 mån, vill inte gå sedan imorse, haltar vä."),
        ("Anamnes", "Snuva och hosta förra veckan. Inget trauma som föräldrarna sett. Feber 38,1 igår kväll."),
        ("Status", "Temp 37,6. Opåverkad, leker. Vä höft: smärtsam inåtrotation, håller höften flekterad/utåtroterad. "
         "Knä, fot ua. Ingen rodnad/svullnad."),
        ("Lab", "CRP 14, LPK 9,1, SR 18."),
        ("UL vä höft", "Lätt ledvätska vä, 6 mm."),
        ("Bedömning", "Trol. toxisk synovit (coxitis simplex) vä höft efter ÖLI. DD septisk artrit -- "
         "Kocher 1/4, låg sannolikhet men ej noll."),
        ("Åtgärd", "Ibuprofen. Ny kontroll barnakuten imorgon kl 10. Återkomma direkt vid feber >38,5 eller försämring, föräldrarna informerade."),
    ], must=["NL102"], must_not=["NL101"],
    why="child under 13: 'Trol. toxisk synovit' + DD septic arthritis visible to guardians in Melior")

add("karl-kall-fot-susp-akut-ischemi", "vgr", "Melior", "su_karl",
    "Akutanteckning kärl", "Lars Hermansson", "1939-10-20", "m",
    "2024-12-20 04:30", None, "akutmottagning", [
        ("Kontaktorsak", "Plötslig smärta och kyla vä underben sedan kl 01. Känselbortfall i tårna."),
        ("Anamnes", "Förmaksflimmer, satte ut Eliquis själv för 2 v sedan pga blåmärken. Claudicatio tidigare ej känt."),
        ("Status", "Vä fot blek, kall, kapillär återfyllnad >5 s. Pulsar: a. fem vä palp, a. poplitea vä ej palp, "
         "ADP/ATP vä ej dopplerbara. Nedsatt sensorik tår, motorik bevarad."),
        ("Bedömning", "Susp. akut embolisk ischemi vä underben, Rutherford IIa, trol. från FF."),
        ("Åtgärd", "Heparin 5000 E iv bolus + infusion. DT-angio akut. Op-anmäld för ev. embolektomi. Fastande."),
    ], must=["NL102"], must_not=["NL101"],
    why="'Susp. akut embolisk ischemi' in visible Melior vascular note")

add("infek-fragetecken-lungtuberkolos-typo", "skane", "Melior", "sus_malmo_infek",
    "Mottagningsanteckning", "Farah Nasser", "1992-06-25", "m",
    "2024-02-06 10:00", 70, "öppenvård", [
        ("Aktuellt", "Hosta 3 mån, nattsvett, viktnedgång 8 kg. Kom från Somalia för 2 år sedan."),
        ("Status", "Mager. Temp 37,8. Pulm: rassel hö apex. Lgl hö supraklav 1,5 cm."),
        ("Rtg pulm", "Kavitet hö ovanlob, fläckiga infiltrat."),
        ("Bedömning", "?Lungtuberkolos, smittsam tills motsatsen visats. DD lungabscess, malignitet."),
        ("Åtgärd", "Luftburen isolering. Sputum x3 (mikroskopi, PCR, odling). IGRA. Smittskyddsanmälan vid pos. "
         "Tolk somaliska, ej familjemedlem."),
    ], must=["NL102"], must_not=["NL101"],
    typo=True,
    why="typo 'Lungtuberkolos' after a '?' hedge in visible Melior infection note")

add("reuma-misstakt-ra-anti-ccp-typo", "vgr", "Melior", "su_reuma",
    "Mottagningsanteckning", "Cecilia Björk", "1969-09-09", "f",
    "2024-03-19 08:45", 55, "öppenvård", [
        ("Remissorsak", "Svullna fingrar och morgonstelhet >1 h sedan 8 v."),
        ("Status", "Synovit MCP 2-3 bilat, PIP 3 hö, hö handled. Squeeze test pos bilat. DAS28-CRP 5,1."),
        ("Lab", "CRP 22, SR 40, RF 78, anti-CCP skickat."),
        ("Bedömning", "Misstäkt reumatoid artrit, symmetrisk polyartrit småleder. Anti-CCP väntas."),
        ("Åtgärd", "Metotrexat 15 mg/v + folsyra efter lungrtg och hepatitserologi. Prednisolon 10 mg x1 nedtrappning. "
         "Reumassk tar emot för injektionsutbildning."),
    ], must=["NL102"], must_not=["NL101"], typo=True,
    why="typo in the hedge ('Misstäkt') before a diagnosis in visible Melior note")

add("hemat-trombocytopeni-trol-imunologisk-typo", "skane", "Melior", "sus_lund_hemat",
    "Läkaranteckning", "Malin Kjellberg", "1984-12-17", "f",
    "2024-08-13 11:15", 45, "öppenvård", [
        ("Aktuellt", "TPK 14 vid kontroll pga petekier på benen och näsblod 2 d."),
        ("Anamnes", "Förkylning för 3 v sedan. Inga nya läkemedel. Ingen alkohol. Inga B-symtom."),
        ("Status", "Petekier underben bilat, blåmärken armar. Ingen slemhinneblödning idag. Ingen lymfadenopati, mjälte ej palp."),
        ("Lab", "TPK 14, Hb 131, LPK 6,2 m normal diff. Blodutstryk: få stora trombocyter, i övrigt ua. HIV/HCV neg."),
        ("Bedömning", "Isolerad trombocytopeni, trol. imunologisk trombocytopeni (ITP), postviral?"),
        ("Åtgärd", "Prednisolon 1 mg/kg. Ny TPK om 1 v. Undvik NSAID/ASA. Sökes akut vid blödning."),
    ], must=["NL102"], must_not=["NL101"],
    typo=True,
    why="typo 'imunologisk' in a diagnosis hedged with 'trol.' in visible Melior hematology note")

add("lung-akut-dyspne-trol-lungodem-dd-pneumoni-copyforward", "vgr", "Melior", "alingsas_med",
    "Daganteckning", "Andreas Lövgren", "1936-05-08", "f",
    "2024-02-20 09:40", 35, "slutenvård", [
        ("Aktuellt", "Dag 2. Fortsatt syrgas 2 L. Sov sittande."),
        ("Status (kopierat från inskrivning 19/2, uppdaterat)", "AT: andfådd i vila, kan prata hela meningar idag. "
         "Pulm: krepitationer bilat basalt upp till skulderbladsspetsarna. Pittingödem till knän."),
        ("Bedömning (kopierad fr igår)", "Akut dyspné hos 87-åring med känd hjärtsvikt EF 35%. Trol. lungödem, "
         "DD pneumoni -- CRP 46 men afebril."),
        ("Tillägg idag", "Diures 2,1 L senaste dygnet på Furix iv. Vikt -1,4 kg. NT-proBNP 8900. "
         "Rtg pulm ej gjord ännu, portabel rtg bokad till em."),
        ("Planering", "Fortsatt iv diuretika 1 dygn, sedan po. Elstatus imorgon."),
    ], must=["NL102"], must_not=["NL101"],
    why="copy-forward assessment keeps 'Trol. lungödem, DD pneumoni' in visible Melior text")

add("gyn-pmb-endometriecancer-kan-ej-utelsutas-typo", "skane", "Melior", "sus_malmo_gyn",
    "Mottagningsanteckning", "Louise Tengvall", "1957-02-12", "f",
    "2024-05-21 13:50", 60, "öppenvård", [
        ("Remissorsak", "Postmenopausal blödning x2 senaste mån. Menopaus vid 52."),
        ("Anamnes", "BMI 36, DM2, hypertoni. Ingen HRT."),
        ("Status", "Spekulum: sparsam blödning ur cx, portio ua. VUL: endometrium 14 mm, inhomogent. Ovarier ua."),
        ("Bedömning", "PMB m förtjockat endometrium. Endometriecancer kan ej utelsutas, riskfaktorer: fetma, diabetes."),
        ("Åtgärd", "Endometriebiopsi (Pipelle) tagen idag. Hysteroskopi om otillräckligt material. Svar inom 2 v, SVF."),
    ], must=["NL102"], must_not=["NL101"],
    typo=True,
    why="typo 'utelsutas' in the hedge 'kan ej uteslutas' on a cancer diagnosis, visible Melior")

add("barnneuro-trol-absensepilepsi-eeg", "vgr", "Melior", "su_dsbus_neuro",
    "Läkaranteckning", "Emma Hjort", "2017-08-19", "f",
    "2024-09-04 10:20", 80, "öppenvård", [
        ("Remissorsak", "Flicka 7 år, 'dagdrömmer' flera gånger/dag enl lärare, stirrar tomt några sek."),
        ("Anamnes", "Episoderna 5-10 s, blinkar, avbryter aktivitet, minns ej efteråt. Inga kramper. Utv. normal."),
        ("Status", "Neurologiskt ua. Hyperventilation 3 min: utlöser episod m stirrande och ögonlocksmyoklonier 8 s."),
        ("Bedömning", "Trol. barnabsensepilepsi (CAE), typisk HV-provocerad absens."),
        ("Planering", "EEG m HV och fotostimulering. Etosuximid om EEG visar 3 Hz spike-wave. Info till skolan via föräldrarna."),
    ], must=["NL102"], must_not=["NL101"],
    why="child under 13, guardians read: 'Trol. barnabsensepilepsi' in visible Melior VGR note")

add("barn-misstankt-jordnotsallergi-sus", "skane", "Melior", "sus_malmo_barn",
    "Mottagningsanteckning", "Linnea Stjernberg", "2021-03-28", "m",
    "2024-06-26 14:30", 45, "öppenvård", [
        ("Aktuellt", "Pojke 3 år. Åt jordnötssmör på kalas, inom 10 min nässelutslag i ansiktet, kräktes, hostade. "
         "Ambulans, fick adrenalin im. Eksem sedan spädbarn."),
        ("Status", "Atopiskt eksem armveck/knäveck, i övrigt ua."),
        ("Bedömning", "Misstänkt jordnötsallergi med anafylaxi grad 2. Komponentanalys behövs."),
        ("Åtgärd", "IgE jordnöt + Ara h 2, trädnötter. EpiPen Jr 150 µg x2 utskrivet, instruktion till föräldrar. "
         "Intyg förskola. Åb allergimott 6 v."),
    ], must=["NL102"], must_not=["NL101"],
    why="child under 13: 'Misstänkt jordnötsallergi' visible to guardians, Melior Skåne")

add("infek-sepsis-misstankt-urinvagsfokus-utkast", "vgr", "Melior", "sas_infek",
    "Inskrivningsanteckning", "Hampus Dahl", "1945-07-31", "m",
    "2024-10-03 01:20", None, "slutenvård", [
        ("Inkomstorsak", "Frossa, feber 39,8, trött. Kateterbärare (KAD pga prostataförstoring)."),
        ("Status", "Temp 39,6, BT 92/54, puls 118, AF 24, sat 94%. Slö men orienterad. Suprapubiskt öm. Inga hudinfektioner."),
        ("Lab", "CRP 188, LPK 21, laktat 3,4, krea 168, PCT 12."),
        ("Bedömning", "Sepsis, misstänkt urinvägsfokus (KAD-relaterad UVI/pyelonefrit). NEWS 9."),
        ("Åtgärd", "Blododl x2, urinodl via ny KAD. Cefotaxim 2 g x3. Vätska 30 ml/kg. MIG-larm gjort."),
    ], must=["NL102"], must_not=["NL101"],
    why="unsigned draft: 'misstänkt urinvägsfokus' hedges the infection diagnosis, visible Melior")

add("ort-ryggsmarta-ev-spondylodiskit", "skane", "Melior", "csk_ort",
    "Läkaranteckning", "Johan Persson", "1955-03-16", "m",
    "2024-01-17 12:10", 60, "slutenvård", [
        ("Aktuellt", "Svår ländryggsvärk 4 v, nattlig, ej lägesberoende. Subfebril. Dialys 3 ggr/v via CDK."),
        ("Status", "Perkussionsöm L3-L4. SLR neg bilat. Ingen sadelanestesi, normal blås-/tarmfunktion."),
        ("Lab", "CRP 84, SR 92. Blododl pending (tagna i dialysen)."),
        ("Bedömning", "Inflammatorisk ryggsmärta hos dialyspat m CDK. Ev. spondylodiskit L3-L4, DD osteoporotisk fraktur."),
        ("Åtgärd", "MR ländrygg m kontrast akut. Antibiotika avvaktas tills odl + ev. biopsi. Infektionskonsult."),
    ], must=["NL102"], must_not=["NL101"],
    why="'Ev. spondylodiskit' with DD in visible Melior orthopedic note")

add("onh-peritonsillit-fragetecken-dd-tonsillit", "vgr", "Melior", "su_onh",
    "Akutanteckning ÖNH", "Victoria Engström", "2002-11-03", "m",
    "2024-03-02 22:50", 20, "akutmottagning", [
        ("Kontaktorsak", "Svår halsont 5 d, nu svårt att gapa och svälja saliv."),
        ("Status", "Temp 38,4. Trismus 2 cm. Vä tonsill medialiserad, uvula deviation åt hö, svullnad vä gomvalv. "
         "Grötigt tal (hot potato voice)."),
        ("Bedömning", "Peritonsillit vä?? DD uttalad tonsillit m peritonsillär flegmone. Punktion avgör."),
        ("Åtgärd", "ÖNH-jouren punkterar ikväll, incision vid pus. Kåvepenin 1,6 g x3 10 d. "
         "Dropp tills pat kan dricka. Åb vid feber eller ny svullnad."),
    ], must=["NL102"], must_not=["NL101"],
    why="'Peritonsillit vä??' double question-mark hedge with DD in visible Melior ENT note")

# ---------------------------------------------------------------- NL101 must (Melior)

add("onk-pad-adenocarcinom-colon-pat-ej-informerad", "skane", "Melior", "hbg_kir",
    "Läkaranteckning", "Ola Tufvesson", "1962-01-29", "m",
    "2024-04-09 16:30", 20, "öppenvård", [
        ("PAD-svar", "Biopsier sigmoideum 25 cm: måttligt differentierat adenocarcinom. MMR-proteiner bevarade."),
        ("Bedömning", "Coloncancer sigmoideum (C18.7). DT thorax/buk för staging ej gjord. "
         "Pat ej informerad om PAD ännu, besked vid återbesök 14/5 med kontaktssk närvarande."),
        ("Åtgärd", "DT thorax-buk beställd. Anmäld till MDK kolorektal. CEA tas."),
    ], must=["NL101"],
    why="confirmed cancer diagnosis in visible Melior note while text says patient not informed yet")

add("infek-nyupptackt-hiv-ej-informerad-smittskydd", "vgr", "Melior", "sas_infek",
    "Läkaranteckning", "Kristina Fors", "1987-07-12", "m",
    "2024-05-06 08:20", 50, "öppenvård", [
        ("Aktuellt", "Konfirmerande HIV-test från lab (Western blot pos, HIV-1 RNA 84 000 kopior/ml). "
         "Provtogs på gastro pga långvarig diarré + viktnedgång."),
        ("Bedömning", "HIV-1-infektion, bekräftad (B24). Pat ännu ej informerad -- nås ej per tel, "
         "kallas till besök på infektion imorgon kl 09 för delgivning."),
        ("Åtgärd", "CD4, resistensbestämning, hepatitserologi vid besöket. Smittskyddsläkare kontaktad ang. smittspårning."),
    ], must=["NL101"],
    why="confirmed HIV in a visible Melior note that says the patient has not been told yet")

add("neuro-ms-mcdonald-pat-ej-informerad-anhorig", "skane", "Melior", "sus_lund_neuro",
    "Läkaranteckning", "Gustav Lindholm", "1994-04-18", "f",
    "2024-02-22 15:40", 60, "öppenvård", [
        ("MR hjärna + rygg", "Multipla periventrikulära, juxtakortikala och infratentoriella T2-lesioner, "
         "2 kontrastuppladdande. Spinal lesion C3."),
        ("Likvor", "Oligoklonala band pos, IgG-index 1,1."),
        ("Bedömning", "Multipel skleros, skovvis förlöpande (G35.9), uppfyller McDonald 2017. "
         "Pat ej informerad ännu, hon önskade få svaren vid besök tillsammans med sin sambo (bokat 1/3)."),
        ("Planering", "Diskutera DMT (rituximab) vid besöket. JCV-ak, hepatitserologi, vaccinationsstatus innan."),
    ], must=["NL101"],
    why="confirmed MS in a visible Melior assessment; the text says the patient has not been informed")

add("barnonk-all-benmarg-barn-och-foraldrar-ej-informerade", "vgr", "Melior", "su_barnonk",
    "Läkaranteckning", "Marcus Svedberg", "2014-03-06", "m",
    "2024-06-04 13:05", 40, "slutenvård", [
        ("Aktuellt", "Pojke 10 år inlagd m blekhet, blåmärken, skelettsmärta. Benmärgsprov igår."),
        ("Benmärg", "92% blaster, flödescytometri: prekursor-B, CD10+, CD19+."),
        ("Bedömning", "Akut lymfatisk leukemi (ALL), B-prekursor. Barnet och föräldrarna ännu ej informerade, "
         "samtal kl 15 idag med barnonkolog och kurator."),
        ("Planering", "CVK-inläggning imorgon. Start ALLTogether-protokoll efter samtal och samtycke. Allopurinol, hydrering."),
    ], must=["NL101"],
    why="child under 13: confirmed leukaemia visible in Melior while child and guardians are not told yet")

add("kir-dt-trol-pankreascancer-pat-ej-informerad", "skane", "Melior", "sus_lund_akut",
    "Akutanteckning", "Anders Wiik", "1950-09-27", "m",
    "2024-07-23 20:15", 45, "akutmottagning", [
        ("Kontaktorsak", "Gulsot, klåda, mörk urin 1 v. Ljus avföring."),
        ("Lab", "Bilirubin 186, ALP 9,4, ALAT 3,1, lipas normalt. CA 19-9 skickat."),
        ("DT buk", "32 mm lågattenuerande expansivitet pankreashuvud, dilaterade gallvägar och pankreasgång (double duct). "
         "Ingen säker levermetastas."),
        ("Bedömning", "Trol. pankreascancer m gallstas. Pat ej informerad om DT-fyndet, endast att gallvägarna är "
         "trånga -- kirurgjour tar samtalet imorgon bitti."),
        ("Åtgärd", "Inläggs kirurgen. ERCP m stent. SVF bukspottkörtel. Vitamin K."),
    ], must=["NL101", "NL102"],
    why="'Trol. pankreascancer' visible in Melior while the text says the patient has not been told")

add("hemat-misstankt-lymfom-informeras-efter-mdk", "vgr", "Melior", "skas_onk",
    "Läkaranteckning", "Helena Brandt", "1966-11-22", "f",
    "2024-04-12 11:30", 75, "öppenvård", [
        ("Aktuellt", "Förstorade lgl hals/axill, nattsvett, 6 kg viktnedgång. PET-DT: FDG-aviditet lgl ovan och nedan diafragma, mjälte."),
        ("Bedömning", "Misstänkt malignt lymfom, stadium III-IV. Pat ska inte informeras om misstanken förrän MDK 22/4 "
         "har granskat PAD -- hon vet att vi väntar på prover."),
        ("Åtgärd", "Grovnålsbiopsi hö axill gjord. Benmärg bokas. LD, urat, hepatitserologi."),
    ], must=["NL101", "NL102"],
    why="'Misstänkt malignt lymfom' visible in Melior + explicit 'ska inte informeras' -> both rules")

add("brost-pad-duktal-cancer-ej-meddelat-utkast", "skane", "Melior", "sus_malmo_gyn",
    "Läkaranteckning bröstmottagning", "Agneta Holm", "1971-08-08", "f",
    "2024-10-14 17:05", None, "öppenvård", [
        ("PAD", "Mellannålsbiopsi vä bröst kl 2: invasiv duktal cancer NHG 2, ER 90%, PR 60%, HER2 neg, Ki67 18%."),
        ("Bedömning", "Bröstcancer vä (C50.2), cT1c N0. Ej meddelat pat ännu, ringer henne imorgon kl 08 "
         "och bokar besök samma vecka."),
        ("Planering", "MDK onsdag. Sentinel node + sektorresektion planeras preliminärt."),
    ], must=["NL101"],
    why="unsigned draft: confirmed breast cancer visible in Melior, 'Ej meddelat pat ännu'")

add("neuro-huntington-gentest-pat-ej-fatt-svaret", "vgr", "Melior", "su_neuro",
    "Läkaranteckning", "Patrik Holmgren", "1981-05-03", "m",
    "2024-08-27 10:50", 90, "öppenvård", [
        ("Aktuellt", "Gentestsvar HTT: 44 CAG-repetitioner (patogent). Provtogs efter genetisk vägledning i maj."),
        ("Anamnes", "Far diagnostiserad m Huntington 2019. Pat har lätt rastlöshet, fru märker irritabilitet."),
        ("Bedömning", "Huntingtons sjukdom, genetiskt bekräftad, tidigt motoriskt stadium. Pat har ej fått svaret än; "
         "besked ges av genetiker + neurolog tillsammans 5/9 enl överenskommelse."),
        ("Planering", "Kurator/psykolog i samband med beskedet. Neuropsykologisk bedömning."),
    ], must=["NL101"],
    why="confirmed hereditary disease in visible Melior note, patient has not received the result")

add("psyk-schizofreni-pat-ej-informerad-saknar-insikt", "skane", "Melior", "sus_lund_psyk",
    "Läkaranteckning", "Jesper Ljunggren", "2000-02-10", "m",
    "2024-12-09 14:20", 100, "öppenvård", [
        ("Aktuellt", "Uppföljning efter utskrivning. Tar Abilify depot. Bor hos mamma."),
        ("Psykiskt status", "Avflackad affekt, tankebanor lätt lösa. Förnekar röster idag men verkar lyssna ibland. "
         "Ingen suicidalitet, ingen hotfullhet."),
        ("Bedömning", "Schizofreni, paranoid form (F20.0), diagnos ställd efter utredning i okt. Pat ej informerad om "
         "diagnosen då han f.n. saknar sjukdomsinsikt -- planeras när han är stabilare."),
        ("Planering", "Fortsatt depot var 4:e v. Case manager. Åb 4 v."),
    ], must=["NL101"],
    why="adult psychiatry Melior: confirmed schizophrenia written visibly while the patient is not informed")

add("geri-alzheimer-dottern-vill-beratta-sjalv", "vgr", "Melior", "su_geri",
    "Läkaranteckning", "Ingela Svensson", "1938-04-01", "f",
    "2024-03-13 13:45", 80, "öppenvård", [
        ("Aktuellt", "Sammanfattning av basal + utvidgad utredning. Likvor: lågt Aβ42, högt P-tau. MMSE 19."),
        ("Bedömning", "Alzheimers sjukdom med sen debut (F00.1/G30.1), måttlig grad. Pat har ej informerats om "
         "diagnosen -- dottern (god man) vill ta det själv i lugn miljö, återkoppling om 1 v."),
        ("Åtgärd", "Rivastigmin plåster 4,6 mg. Biståndshandläggare kontaktad ang. dagverksamhet. Körkort finns ej."),
    ], must=["NL101"],
    why="confirmed dementia diagnosis visible in Melior while the patient has not been informed")

add("hud-melanom-breslow-pat-ej-infomerad-typo", "skane", "Melior", "sus_lund_hud",
    "Läkaranteckning", "Cecilia Rooth", "1959-06-30", "m",
    "2024-07-16 09:15", 30, "öppenvård", [
        ("PAD", "Excisionsbiopsi vä vad: superficiellt spridande malignt melanom, Breslow 1,8 mm, ej ulcererat, "
         "mitoser 3/mm2. Radikalt m 2 mm."),
        ("Bedömning", "Malignt melanom vä vad, pT2a. Pat ej infomerad om PAD-svaret, kallas till besök för besked "
         "och planering av utvidgad excision + sentinel node."),
        ("Åtgärd", "SVF hudmelanom. Op-anmälan plastik."),
    ], must=["NL101"], typo=True,
    why="typo 'infomerad' in the not-informed statement; confirmed melanoma visible in Melior")

add("neuro-emg-als-fragetecken-inget-sagt-till-pat", "vgr", "Melior", "su_neuro",
    "Läkaranteckning", "Karl-Erik Moberg", "1959-12-14", "m",
    "2024-11-19 15:30", 45, "öppenvård", [
        ("EMG/ENeG", "Utbredd denervation (fibrillationer, fascikulationer) i 3 regioner, normala sensoriska svar."),
        ("Status", "Atrofier i händernas interossei, fascikulationer i tungan. Livliga reflexer, Babinski pos hö."),
        ("Bedömning", "ALS? EMG och klinik talar för motorneuronsjukdom. Inget sagt till pat ännu om misstanken, "
         "samtal 26/11 med fru närvarande."),
        ("Planering", "MR cervikalt för att utesluta myelopati. Neurogenetik (C9orf72, SOD1)."),
    ], must=["NL101", "NL102"],
    why="'ALS?' visible in Melior and 'Inget sagt till pat ännu' -> NL101 and NL102")

add("onk-dt-levermetastaser-pat-ovetande", "skane", "Melior", "ystad_med",
    "Läkaranteckning", "Rasmus Wendt", "1947-03-25", "f",
    "2024-09-17 16:10", 35, "slutenvård", [
        ("Aktuellt", "Inlagd för dehydrering och illamående. DT buk pga förhöjda leverprover."),
        ("DT buk", "Multipla hypodensa förändringar i levern, största 4 cm, förenligt med metastaser. Primärtumör ej säkert identifierad."),
        ("Bedömning", "Levermetastasering, primärtumör okänd (C78.7). Pat ovetande om DT-fyndet -- "
         "informeras av behandlande onkolog vid besök 20/9."),
        ("Åtgärd", "Leverbiopsi via UL. Gastroskopi + koloskopi. Tumörmarkörer."),
    ], must=["NL101"],
    why="metastatic disease written visibly in Melior while the text says the patient is unaware")

add("med-cirros-child-pugh-b-tas-pa-ronden", "vgr", "Melior", "kungalv_med",
    "Daganteckning", "Sofie Eklund", "1964-10-10", "m",
    "2024-01-25 11:25", 55, "slutenvård", [
        ("Aktuellt", "Dag 3, ascites-tappning 4 L igår. Pat piggare."),
        ("UL + lab", "Nodulär leverkontur, splenomegali, ascites. Alb 27, bilirubin 44, PK-INR 1,6."),
        ("Bedömning", "Levercirros, Child-Pugh B (K74.6), trol. alkoholgenes. Pat inte informerad ännu om cirrosdiagnosen, "
         "tas på ronden imorgon tillsammans med beroendesjuksköterska."),
        ("Planering", "Spironolakton + furosemid. Gastroskopi (varicer). Alkoholanamnes fördjupas, AUDIT."),
    ], must=["NL101"],
    why="confirmed cirrhosis in visible Melior note while the patient is not yet informed")

# ------------------------------------------------- must_not: close calls (Melior)

add("med-pneumoni-rtg-verifierad-sjukskrivning-fragetecken", "vgr", "Melior", "nal_med",
    "Daganteckning", "Emil Karlberg", "1971-06-19", "m",
    "2024-01-12 10:05", 40, "slutenvård", [
        ("Aktuellt", "Dag 3. Feberfri sedan igår em, äter bättre. Hostar upp gulgrönt."),
        ("Status", "AT: gott. Pulm: lätta rassel hö bas, bättre än vid inskrivn. Sat 96% utan O2."),
        ("Lab", "CRP 212 -> 96 -> 41."),
        ("Bedömning", "Pneumoni hö underlob, rtg-verifierad vid ankomst. Pneumokockantigen i urin pos. God respons på PcV iv."),
        ("Planering", "Byte till Kåvepenin po, totalt 7 d. Trol. hem imorgon efter rond. "
         "Sjukskrivning? Pat är lastbilschaufför -- diskuteras imorgon. Rtg-kontroll om 6 v (rökare)."),
    ], must_not=["NL102", "NL101"],
    why="confirmed pneumonia; '?' only on sick leave and 'Trol.' only on discharge timing")

add("gastro-barrett-ingen-misstanke-om-malignitet", "skane", "Melior", "sus_malmo_gastro",
    "Mottagningsanteckning", "Olof Mårtensson", "1958-02-07", "m",
    "2024-03-12 14:30", 60, "öppenvård", [
        ("Aktuellt", "Uppföljning efter gastroskopi m biopsier (Seattle-protokoll) pga känd Barretts esofagus."),
        ("Gastroskopi", "Barrett C3M4, inga synliga lesioner, ingen ulceration."),
        ("PAD", "Intestinal metaplasi utan dysplasi i samtliga nivåer."),
        ("Bedömning", "Barretts esofagus utan dysplasi. Ingen misstanke om malignitet. Reflux välbehandlad på PPI."),
        ("Planering", "Fortsatt Omeprazol 20 mg x1. Ny kontrollskopi om 3 år enl riktlinje. Pat informerad om svaren och nöjd."),
    ], must_not=["NL102", "NL101"],
    why="'Ingen misstanke om malignitet' is negated; Barrett is confirmed")

add("akut-brostsmarta-lungemboli-uteslutes-tietze", "vgr", "Melior", "su_ostra_akut",
    "Akutanteckning", "Nora Bengtsson", "1985-10-02", "f",
    "2024-04-30 15:55", 30, "akutmottagning", [
        ("Kontaktorsak", "Hugg i bröstet vä sida 3 d, värre när hon vrider sig och vid hosta."),
        ("Anamnes", "P-piller (kombinerade). Flyttat möbler i helgen. Ingen dyspné i vila, ingen bensvullnad."),
        ("Status", "Palpöm och svullen över 2:a-3:e kostokondrala övergången vä, reproducerar exakt smärtan. "
         "Cor/pulm ua. Sat 99%."),
        ("Lab", "TnT <5 x2, D-dimer 0,7 (förhöjt för åldern)."),
        ("DT-angio", "Ingen lungemboli, inga parenkymförändringar."),
        ("Bedömning", "Lungemboli uteslutes. Tietzes syndrom vä (kostokondrit), muskuloskeletal genes."),
        ("Åtgärd", "NSAID 7 d, värme, undvika tunga lyft. Hem. Åter vid dyspné eller feber."),
    ], must_not=["NL102", "NL101"],
    why="pulmonary embolism ruled out ('uteslutes') after CT; final diagnosis confirmed")

add("neuro-migran-hereditet-mor-trol-alzheimer-morbror-susp-als", "skane", "Melior", "sus_lund_neuro",
    "Läkaranteckning", "Tove Sjögren", "1989-11-11", "f",
    "2024-05-14 09:30", 70, "öppenvård", [
        ("Aktuellt", "Migrän utan aura sedan tonåren, nu 8-10 attackdagar/mån. Triptaner hjälper delvis."),
        ("Hereditet", "Mor trol. Alzheimer (ej utredd, bor i Polen). Morbror susp. ALS, avled 2019. Mormor migrän."),
        ("Status", "Neurologiskt ua. Fundoskopi: skarpa papiller. BT 118/76."),
        ("Bedömning", "Kronisk migrän utan aura (G43.0), högfrekvent. Normalstatus, ingen indikation för bilddiagnostik. "
         "Pat orolig pga släkten -- lugnad, hennes besvär har inget samband."),
        ("Åtgärd", "Profylax: propranolol 40 mg x2 upptrappning. Huvudvärksdagbok. Åb 3 mån, ev. CGRP-ak om otillräckligt."),
    ], must_not=["NL102", "NL101"],
    why="hedged diagnoses only in family history (mother, uncle); the patient's own migraine is confirmed")

add("med-hypertoni-tidigare-misstankt-epilepsi-avskriven", "vgr", "Melior", "kungalv_med",
    "Mottagningsanteckning", "Mats Wigren", "1976-08-23", "m",
    "2024-06-18 13:10", 45, "öppenvård", [
        ("Aktuellt", "Årskontroll hypertoni. Inga besvär."),
        ("Tidigare sjukdomar", "Tidigare misstänkt epilepsi 2015 efter ett krampliknande svimningsanfall -- utredd "
         "med EEG x2 och MR, normalt, avskrevs (konvulsiv synkope). Inga anfall sedan dess. Knäskada 2009."),
        ("Status", "BT 134/84 hö, 132/82 vä. Puls 68 reg. Vikt 91 kg (-3)."),
        ("Lab", "Krea 84, K 4,1, lipider: LDL 2,9."),
        ("Bedömning", "Essentiell hypertoni (I10), välkontrollerad på amlodipin 5 mg."),
        ("Planering", "Oförändrad medicinering. Hemblodtryck 1 v/år. Åter 1 år."),
    ], must_not=["NL102", "NL101"],
    why="past history: an old suspicion that was investigated and dismissed ('avskrevs')")

add("med-hjartsvikt-trol-hem-imorgon-ev-dosjustering", "skane", "Melior", "trelleborg_med",
    "Daganteckning", "Elsa Nyström", "1940-12-30", "m",
    "2024-02-08 11:00", 35, "slutenvård", [
        ("Aktuellt", "Dag 4. Andfåddheten klart bättre, sover plant på 2 kuddar. Vikt 78,2 (-4,6 sedan inskr)."),
        ("Status", "Lätta basala rassel hö, ödem endast kring anklar. BT 112/68."),
        ("Lab", "Krea 118 (från 104), K 3,8, Na 136."),
        ("Bedömning", "Kronisk hjärtsvikt NYHA III, akut dekompensation, orsak kostintag/salt under jul. Bra svar på diuretika."),
        ("Planering", "Trol. hem imorgon om vikten stabil. Ev. dosjustering av Furix vid uppf på hjärtsviktsmott om 2 v. "
         "Viktkurva hemma, ring vid +2 kg på 3 d."),
    ], must_not=["NL102", "NL101"],
    why="confirmed heart failure; 'Trol.' and 'Ev.' only hedge discharge and dosing")

add("vgr-sokord-tidiga-hypoteser-misstankt-bvftd", "vgr", "Melior", "su_geri",
    "Läkaranteckning", "Annelie Roos", "1952-03-14", "m",
    "2024-10-22 14:10", 50, "öppenvård", [
        ("Aktuellt", "Åb minnesmottagningen. Hustrun beskriver personlighetsförändring, impulsköp, sötsug."),
        ("Status", "MMSE 27/30. FAB 11/18. Perseverationer vid ordflödestest."),
        ("Planering", "MR hjärna, FDG-PET, neuropsykologisk testning. Åb 6 v."),
        (TH, "Misstänkt beteendevariant av frontotemporal demens (bvFTD). Pat saknar insikt och blev mycket upprörd när "
         "minnesproblem nämndes -- hypotesen kommuniceras först när utredningen är klar."),
    ], must_not=["NL102", "NL101"],
    why="VGR: hedged diagnosis and not-yet-informed text only under the filtered sökord Tidiga hypoteser")

add("skane-mall-tidiga-hypoteser-factitious-hypoglykemi", "skane", "Melior", "hbg_med",
    TH, "Jenny Åkesson", "1991-07-04", "f",
    "2024-03-21 16:40", 30, "slutenvård", [
        (TH, "Upprepade oförklarliga hypoglykemier under vårdtiden, C-peptid lågt vid hypoglykemi trots högt insulin. "
         "Misstänkt factitious disorder (självinducerad hypoglykemi m insulin), DD insulinom mindre troligt. "
         "Pat ej informerad om misstanken -- bedöms kunna skada vårdrelationen och förvärra självskadebeteendet. "
         "Diskuteras med psykiatrikonsult innan patientsamtal."),
    ], must_not=["NL102", "NL101"],
    why="Skåne: hypothesis and 'ej informerad' written in the Tidiga hypoteser template, which is filtered")

add("ort-informerat-pat-om-misstanken-sarkom", "vgr", "Melior", "nal_ort",
    "Mottagningsanteckning", "Jakob Strand", "1997-04-09", "m",
    "2024-05-23 10:45", 40, "öppenvård", [
        ("Remissorsak", "Växande knöl lår hö 3 mån, ej öm."),
        ("Status", "8 x 6 cm fast, djupt liggande resistens lateralt lår hö, fixerad mot fascian."),
        ("MR", "Heterogen djup mjukdelstumör m nekrotiska partier i vastus lateralis."),
        ("Bedömning", "Misstänkt mjukdelssarkom lår hö. Informerat pat om misstanken och varför biopsi krävs, han "
         "förstår och vill gå vidare snabbt."),
        ("Åtgärd", "Remiss sarkomcentrum Sahlgrenska för biopsi. SVF sarkom startat."),
    ], must_not=["NL101"],
    why="hedged sarcoma told to the patient in the same note: NL101 must not fire (NL102 not asserted)")

add("neuro-epilepsi-vill-inte-att-arbetsgivaren-far-veta", "skane", "Melior", "sus_lund_neuro",
    "Mottagningsanteckning", "Axel Norén", "1983-01-20", "m",
    "2024-09-05 13:00", 60, "öppenvård", [
        ("Aktuellt", "Uppföljning epilepsi (fokal m medvetandepåverkan), diagnos satt 2022. Anfallsfri 14 mån på lamotrigin 200 mg x2."),
        ("Socialt", "Arbetar som elektriker på byggföretag. Pat vill inte att arbetsgivaren informeras om diagnosen, "
         "rädd att förlora jobbet. Kör inte bil i tjänsten."),
        ("Bedömning", "Välinställd epilepsi. Uppfyller TS krav för körkort B efter 1 års anfallsfrihet."),
        ("Åtgärd", "Intyg om körkortslämplighet skrivs. Lamotrigin-koncentration. Åb 1 år."),
    ], must_not=["NL101", "NL102"],
    why="patient knows the diagnosis; only the employer is not to be informed")

add("med-bakercysta-inga-tecken-pa-dvt", "vgr", "Melior", "skas_med",
    "Mottagningsanteckning", "Ebba Mörk", "1966-09-28", "f",
    "2024-07-11 08:55", 30, "öppenvård", [
        ("Kontaktorsak", "Svullnad och spänning i knävecket hö sedan en vecka, värre efter promenad."),
        ("Status", "Fluktuerande resistens i fossa poplitea hö, 4 cm. Vadomfång hö 38 cm, vä 37 cm. Ingen rodnad."),
        ("UL hö ben", "Inga tecken på DVT i femoralis/poplitea/vadvener. Bakercysta 45 x 20 mm, intakt."),
        ("Lab", "CRP <5."),
        ("Bedömning", "Bakercysta hö knä sekundär till känd gonartros. Ingen hållpunkt för infektion."),
        ("Åtgärd", "NSAID-gel, kompression. Remiss fysioterapeut. Åter vid plötslig vadsmärta (ruptur)."),
    ], must_not=["NL102", "NL101"],
    why="DVT negated ('Inga tecken på'), infection negated; Baker's cyst confirmed by ultrasound")

add("akut-dd-lungemboli-avskriven-wells-ddimer", "skane", "Melior", "sus_malmo_akut",
    "Akutanteckning", "Filip Mellander", "2003-12-02", "m",
    "2024-08-17 01:50", None, "akutmottagning", [
        ("Kontaktorsak", "Andfåddhet och hjärtklappning efter fest, oro."),
        ("Anamnes", "20 år, frisk. Druckit 6-8 öl, energidryck. Ingen immobilisering, inga hormoner."),
        ("Status", "Puls 104 -> 82 efter vila. Sat 99%, AF 22 med stickningar runt munnen. Cor/pulm ua."),
        ("Lab", "D-dimer <0,3, TnT <5, K 3,6, blodgas: pCO2 3,9."),
        ("Bedömning", "Hyperventilation med panikreaktion. DD lungemboli avskriven: Wells 0 och neg D-dimer."),
        ("Åtgärd", "Lugnande samtal, andningsteknik. Hem m kompis."),
    ], must_not=["NL102", "NL101"],
    why="'DD lungemboli avskriven' -- the differential is explicitly dismissed")

add("med-kalium-hogt-trol-hemolyserat-prov", "vgr", "Melior", "alingsas_med",
    "Daganteckning", "Gunnar Frisk", "1949-05-05", "m",
    "2024-11-14 09:20", 45, "slutenvård", [
        ("Aktuellt", "Dag 2 för erysipelas vä underben. Rodnaden retirerar, markering respekterad."),
        ("Lab", "K 6,3 i morgonprovet, EKG utan toppiga T. Provet trol. hemolyserat (svår provtagning, labb flaggar hemolys)."),
        ("Bedömning", "Erysipelas vä underben, god respons på bensyl-PC. Kaliumvärdet bedöms som provtagningsartefakt."),
        ("Åtgärd", "Nytt K-prov venöst utan stas kl 11. Fortsatt PcV iv 1 d, sedan Kåvepenin. Högläge."),
    ], must_not=["NL102", "NL101"],
    why="'trol. hemolyserat' is a lab artefact, not a patient diagnosis; erysipelas confirmed")

add("med-pyelonefrit-kan-ej-uteslutas-kvar-over-helgen", "vgr", "Melior", "alingsas_med",
    "Daganteckning", "Tilda Hansson", "1998-09-15", "f",
    "2024-06-07 12:30", 30, "slutenvård", [
        ("Aktuellt", "Dag 2 pyelonefrit hö, E. coli i urinodling, känslig för cefotaxim. Feber 38,2 i natt."),
        ("Status", "Dunkömhet hö flank kvarstår, mindre. Dricker bra."),
        ("Bedömning", "Akut pyelonefrit hö (N10), förväntat förlopp. Kan ej uteslutas att pat behöver vara kvar "
         "över helgen om febern håller i sig."),
        ("Planering", "Fortsatt cefotaxim iv tills feberfri 24 h, sedan peroral ciprofloxacin. UL njurar om kvarstående feber dag 3."),
    ], must_not=["NL102", "NL101"],
    why="'Kan ej uteslutas' is about length of stay, not a diagnosis; pyelonephritis confirmed by culture")

add("hud-erysipelas-dm2-icd-koder-kan-pat-kora-bil", "vgr", "Melior", "sas_infek",
    "Läkaranteckning", "Linus Öberg", "1960-02-25", "m",
    "2024-09-12 14:15", 40, "öppenvård", [
        ("Aktuellt", "Återbesök efter erysipelas, avslutat antibiotika för 3 d sedan. Fotsvampen behandlad."),
        ("Status", "Kvarstående lätt rodnad vä underben, ingen värmeökning. Interdigitalt ua nu."),
        ("Diagnoser", "Erysipelas vä underben (A46.9), läkande\nTyp 2-diabetes (E11.9)\nTinea pedis (B35.3), behandlad"),
        ("Pat frågor", "Kan pat köra bil till jobbet? Ja, inga hinder. När kan han simma? Om 1 v."),
        ("Åtgärd", "Kompressionsstrumpa klass 1. Mjukgörande. Fotvård diabetes. Åter vid recidiv."),
    ], must_not=["NL102", "NL101"],
    why="diagnosis list with ICD-10 codes, all confirmed; question marks only on practical questions")

add("barn-viral-oli-foraldrar-oroliga-for-hjarnhinneinflammation", "skane", "Melior", "sus_lund_barnakut",
    "Akutanteckning barn", "Hedvig Lundgren", "2019-01-31", "f",
    "2024-12-14 19:10", 35, "akutmottagning", [
        ("Kontaktorsak", "Flicka 5 år, feber 39 sedan 2 d och huvudvärk. Föräldrarna oroliga för hjärnhinneinflammation."),
        ("Status", "Temp 38,7. Pigg mellan febertopparna, leker i väntrummet. Nackstel neg, Brudzinski neg, Kernig neg. "
         "Inga petekier. Snorig, röd svalg utan beläggningar. Trumhinnor lätt injicerade, ej buktande."),
        ("Lab", "CRP 12."),
        ("Bedömning", "Viral övre luftvägsinfektion. Inga meningitstecken. Opåverkat barn."),
        ("Åtgärd", "Febernedsättande, vätska. Föräldrarna informerade om varningstecken (utslag som ej bleknar, slöhet)."),
    ], must_not=["NL102", "NL101"],
    why="child: parents' worry about meningitis, meningism negated; viral URTI confirmed")

add("gastro-ibs-ingen-misstanke-om-maglignitet-typo", "vgr", "Melior", "su_gastro",
    "Läkaranteckning", "Tomas Hellberg", "1994-06-03", "f",
    "2024-02-27 15:20", 55, "öppenvård", [
        ("Aktuellt", "Uppblåsthet och växlande avföring sedan 2 år, värre vid stress. Pat orolig för cancer då en kollega "
         "nyss fått tarmcancer."),
        ("Lab", "F-kalprotektin 22, transglutaminas-ak neg, Hb och ferritin normala."),
        ("Bedömning", "Colon irritabile (K58.9), diarré/förstoppning-växlande typ. Ingen misstanke om maglignitet eller IBD "
         "med normala prover och inga alarmsymtom."),
        ("Åtgärd", "FODMAP-info via dietist, psylliumfrö. Lugnat pat. Ingen koloskopi indicerad."),
    ], must_not=["NL102", "NL101"],
    typo=True,
    why="typo 'maglignitet' in a negated mention; patient's own worry; IBS confirmed")

add("neuro-status-efter-misstankt-tia-avskrevs-migran-aura", "vgr", "Melior", "kungalv_med",
    "Mottagningsanteckning", "Ludvig Sandberg", "1973-03-08", "f",
    "2024-04-04 10:30", 40, "öppenvård", [
        ("Aktuellt", "Uppf efter inläggning i januari pga flimmerskotom och stickningar hö arm."),
        ("Sammanfattning", "Inkom med frågeställning TIA. MR hjärna m diffusion ua, karotisdoppler ua, Holter 72 h ua. "
         "TIA avskrevs, episodbilden (marscherande symtom 20 min, följd av huvudvärk) passar migrän med aura."),
        ("Bedömning", "Migrän med aura (G43.1). ASA och statin som sattes in på akuten kan sättas ut."),
        ("Åtgärd", "Utsättning ASA/atorvastatin. Avråder kombinerade p-piller. Åter vid nya typer av symtom."),
    ], must_not=["NL102", "NL101"],
    why="past suspicion of TIA explicitly dismissed ('avskrevs'); current diagnosis confirmed")

add("uro-njursten-dt-verifierad-ev-eswl", "vgr", "Melior", "skas_uro",
    "Akutanteckning", "Martin Aronsson", "1982-07-29", "m",
    "2024-10-09 23:15", 30, "akutmottagning", [
        ("Kontaktorsak", "Krampande smärta hö flank strålande mot ljumsken sedan kl 18, kräkts."),
        ("Status", "Rastlös, går omkring. Dunkömhet hö. Buk mjuk."),
        ("DT urinvägar", "6 mm konkrement i hö prevesikala uretär, lätt hydronefros hö."),
        ("Bedömning", "Hö-sidig uretärsten 6 mm, DT-verifierad (N20.1). Afebril, CRP 9, ingen infektion."),
        ("Åtgärd", "Diklofenak supp, Tamsulosin 0,4 mg x1 (off-label). Silar urinen. Ev. ESWL eller uretäroskopi "
         "om ej avgått inom 4 v. Åter vid feber."),
    ], must_not=["NL102", "NL101"],
    why="stone confirmed on CT; 'Ev.' only hedges the treatment option")

add("kard-ff-foljsamhet-fragetecken-eliquis", "skane", "Melior", "sus_malmo_kard",
    "Mottagningsanteckning", "Gabriella Borg", "1948-10-16", "f",
    "2024-07-30 09:50", 45, "öppenvård", [
        ("Aktuellt", "Uppf paroxysmalt förmaksflimmer, CHA2DS2-VASc 4. Fler episoder senaste mån."),
        ("Läkemedel", "Eliquis 5 mg x2, Metoprolol 50 mg x1. Följsamhet? Pat osäker på om hon tagit kvällsdosen varje dag, "
         "dosett saknas."),
        ("EKG", "SR 64 idag."),
        ("Bedömning", "Paroxysmalt förmaksflimmer (I48.0) med ökande episodfrekvens."),
        ("Åtgärd", "Dosett via apoteket. Metoprolol höjs till 100 mg. Remiss elkonvertering/ablationsbedömning diskuteras vid nästa besök."),
    ], must_not=["NL102", "NL101"],
    why="question mark on adherence, not on a diagnosis; AF is confirmed")

add("diab-typ1-mojligen-kommer-dottern-hba1c", "vgr", "Melior", "su_endo",
    "Mottagningsanteckning", "Jessica Lind", "1955-11-23", "m",
    "2024-12-03 10:40", 30, "öppenvård", [
        ("Aktuellt", "Diabetes typ 1 sedan 1971, CGM (Libre 3). Några nattliga hypoglykemier i november."),
        ("Lab/CGM", "HbA1c 61, TIR 58%, TBR 6% (mest 02-04)."),
        ("Komplikationer", "Lätt bakgrundsretinopati, mikroalbuminuri. Ingen neuropati vid monofilament."),
        ("Bedömning", "Diabetes mellitus typ 1 (E10.9) m för hög andel låga värden nattetid."),
        ("Planering", "Sänker Tresiba 22 -> 19 E. Möjligen kommer dottern med på nästa besök för att lära sig glukagon. Åter 3 mån."),
    ], must_not=["NL102", "NL101"],
    why="'Möjligen' hedges who will attend, not a diagnosis; type 1 diabetes confirmed")

add("kir-appendicit-uteslutes-forstoppning-utkast", "skane", "Melior", "hassleholm_kir",
    "Akutanteckning", "Simon Kjellén", "2006-05-26", "m",
    "2024-03-09 21:45", None, "akutmottagning", [
        ("Kontaktorsak", "Magont hö nedre sedan igår, skickad från VC för att utesluta blindtarmsinflammation."),
        ("Status", "Afebril. Buk: mjuk, diffust lätt öm, ingen släppömhet, Rovsing neg. Palp fekalier vä fossa."),
        ("Lab", "CRP 3, LPK 7,2."),
        ("UL buk", "Normal appendix visualiserad (5 mm, komprimerbar)."),
        ("Bedömning", "Appendicit uteslutes. Obstipation, ingen avföring på 5 d."),
        ("Åtgärd", "Microlax, Movicol 2 ps x1. Hem."),
    ], must_not=["NL102", "NL101"],
    why="unsigned draft: appendicitis ruled out by ultrasound; constipation confirmed")

add("barn-distorsion-fotled-ingen-misstanke-om-fraktur", "vgr", "Melior", "su_dsbus",
    "Akutanteckning barn", "Alva Westin", "2015-07-17", "m",
    "2024-05-18 12:00", 20, "akutmottagning", [
        ("Kontaktorsak", "Pojke 8 år, vrickade hö fot på fotbollsträning."),
        ("Status", "Svullnad och ömhet ATFL hö. Ottawa-reglerna: ej öm över malleolspetsar/bas MT5, kan belasta 4 steg."),
        ("Bedömning", "Distorsion hö fotled, lateral ligamentskada grad 1. Ingen misstanke om fraktur, rtg ej indicerat."),
        ("Åtgärd", "PRICE, Alvedon/Ipren. Stödskena 1 v. Åter om ej kan belasta om 5 d."),
    ], must_not=["NL102", "NL101"],
    why="child: fracture negated ('Ingen misstanke om fraktur'); sprain confirmed")

add("lung-kol-copyforward-konfirmerad-spirometri", "skane", "Melior", "sus_lund_lung",
    "Mottagningsanteckning", "Pernilla Ohlsson", "1952-08-13", "f",
    "2024-11-26 13:35", 50, "öppenvård", [
        ("Aktuellt", "Halvårskontroll. En exacerbation i oktober (antibiotika + pred från VC)."),
        ("Anamnes (kopierad från besök 2024-05-14)", "KOL GOLD 3 sedan 2016, spirometriverifierad. Ex-rökare sedan 2018 "
         "(40 paketår). Långtidssyrgas ej aktuellt. Inhalationer Trimbow 2 x 2."),
        ("Spirometri idag", "FEV1 41% av pred, FEV1/FVC 0,48, oförändrat jfr maj."),
        ("Bedömning", "Kroniskt obstruktiv lungsjukdom (J44.9), stabil. Inhalationsteknik kontrollerad: ok."),
        ("Planering", "Influensa- och pneumokockvaccin. Fysisk aktivitet på recept. Åter 6 mån."),
    ], must_not=["NL102", "NL101"],
    why="copy-forward history holds only confirmed diagnoses; no hedge anywhere")

add("ort-hoftfraktur-trol-snubblat-pa-mattan", "vgr", "Melior", "nal_ort",
    "Inskrivningsanteckning", "Olle Nordin", "1933-02-02", "f",
    "2024-01-05 07:30", None, "slutenvård", [
        ("Inkomstorsak", "Hittad på golvet hemma imorse av hemtjänsten, kan ej resa sig."),
        ("Anamnes", "Trol. snubblat på mattan i hallen på väg till toaletten i natt, minns fallet. Ingen LOC, ingen bröstsmärta."),
        ("Status", "Förkortat och utåtroterat vä ben. Distalstatus ua. Ingen skalltrauma."),
        ("Rtg vä höft", "Dislocerad cervikal collumfraktur vä (Garden IV)."),
        ("Bedömning", "Collum femoris-fraktur vä (S72.0). Mekaniskt fall."),
        ("Åtgärd", "Op-anmäld för hemiartroplastik idag. Fascia iliaca-blockad. Fasta. Trombosprofylax efter op."),
    ], must_not=["NL102", "NL101"],
    why="'Trol.' hedges how the patient fell, not a diagnosis; fracture confirmed on x-ray")

add("skane-mall-tidiga-hypoteser-sokord-bedomning-susp-alkohol", "skane", "Melior", "sus_malmo_gastro",
    TH, "Mikael Östergren", "1969-04-14", "m",
    "2024-08-29 16:00", 40, "öppenvård", [
        ("Bedömning", "Kraftigt förhöjt PEth (1,8 µmol/L) trots att pat förnekar alkoholintag. Susp. alkoholberoende "
         "som orsak till leversteatos och förhöjda transaminaser. Hustrun har i enskilt samtal berättat om hot när han dricker."),
        ("Planering", "Tas upp när förtroende finns; beroendemottagning erbjuds då."),
    ], must_not=["NL102", "NL101"],
    why="Skåne: the whole note is in the Tidiga hypoteser template, so a hedged diagnosis under sökord Bedömning is hidden")

add("vgr-se-tidiga-hypoteser-synlig-diagnos-bekraftad", "vgr", "Melior", "su_lung",
    "Läkaranteckning", "Kerstin Ahlström", "1978-01-16", "f",
    "2024-06-25 11:10", 65, "öppenvård", [
        ("Aktuellt", "Astma sedan barndomen, nu sämre kontroll, ACT 14."),
        ("Status", "Spridda ronki vid forcerad utandning. PEF 310 (pers bästa 420)."),
        ("Bedömning", "Astma (J45.9), ej kontrollerad. Se även anteckning under sökord Tidiga hypoteser."),
        (TH, "Astmasymtom tillsammans med migrerande lunginfiltrat och eosinofili 2,1 -- misstänkt eosinofil granulomatos "
         "med polyangit (Churg-Strauss). ANCA tas, kommuniceras när svaren finns."),
        ("Åtgärd", "Höjd ICS-dos, Symbicort 200/6 2 x 2. Lab: ANCA, IgE, U-sticka. Åb 4 v."),
    ], must_not=["NL102", "NL101"],
    why="VGR: visible text only refers to the Tidiga hypoteser sökord; the hedged diagnosis is inside it")

add("akut-bensmarta-ingen-misstake-om-dvt-typo", "skane", "Melior", "sus_lund_akut",
    "Akutanteckning", "Isak Holmberg", "1990-10-08", "f",
    "2024-09-20 14:25", 30, "akutmottagning", [
        ("Kontaktorsak", "Vadsmärta vä efter halvmaraton i söndags."),
        ("Status", "Ömhet i mediala gastrocnemius, palp litet hak. Ingen svullnad, vadomfång lika. Homans neg."),
        ("Lab", "D-dimer 0,3."),
        ("Bedömning", "Partiell muskelruptur m. gastrocnemius medialis vä (tennis leg). Ingen misstake om DVT, Wells 0."),
        ("Åtgärd", "Avlastning, kryckor vid behov. Klacklyft. Fysioterapi."),
    ], must_not=["NL102", "NL101"], typo=True,
    why="typo 'misstake' inside a negated mention ('Ingen misstake om DVT'); muscle rupture confirmed")

add("med-pnemoni-utesluten-bronkit-typo", "vgr", "Melior", "kungalv_akut",
    "Akutanteckning", "Vera Sundin", "1961-04-04", "f",
    "2024-02-03 13:40", 25, "akutmottagning", [
        ("Kontaktorsak", "Hosta 10 d, nu lite gula upphostningar. Ingen feber senaste dygnen."),
        ("Status", "AT gott, AF 16, sat 97%. Pulm: enstaka ronki, inga rassel. Temp 37,3."),
        ("Lab", "CRP 18."),
        ("Rtg pulm", "Inga infiltrat, normal hjärtstorlek."),
        ("Bedömning", "Pnemoni utesluten. Akut bronkit (J20.9), viral genes, självläkande."),
        ("Åtgärd", "Ingen antibiotika. Hostmedicin vb. Åter om feber eller andningsbesvär."),
    ], must_not=["NL102", "NL101"], typo=True,
    why="typo 'Pnemoni' in a ruled-out mention ('utesluten'); bronchitis confirmed")

add("endo-hypotyreos-tsh-trol-hogt-pga-missad-dos", "skane", "Melior", "sus_lund_endo",
    "Telefonanteckning", "Klara Fredén", "1980-12-21", "f",
    "2024-10-01 11:50", 20, "öppenvård", [
        ("Kontaktorsak", "Ringer om provsvar."),
        ("Aktuellt", "Hashimotos tyreoidit m hypotyreos sedan 2012, Levaxin 100 µg. TSH 6,8 (förra 1,9), fritt T4 normalt."),
        ("Bedömning", "TSH ngt högt, trol. pga glömda doser under semestern (har missat ca 10 tabletter enl pat). "
         "Diagnosen oförändrad, välbehandlad i övrigt."),
        ("Åtgärd", "Oförändrad dos, ta tabletten fastande. Nytt TSH om 6 v."),
    ], must_not=["NL102", "NL101"],
    why="'trol.' explains a lab deviation by missed doses, not a diagnosis; hypothyroidism confirmed")

add("onk-diagnoslista-prognos-trol-god", "vgr", "Melior", "skas_onk",
    "Läkaranteckning", "Lisa Hägg", "1968-03-27", "f",
    "2024-04-25 14:40", 45, "öppenvård", [
        ("Aktuellt", "Uppföljning 1 år efter avslutad adjuvant behandling."),
        ("Diagnoser", "1. Bröstcancer hö, opererad 2023 (pT1b N0, luminal A)\n2. Hypertoni\n3. Artros hö knä"),
        ("Status", "Ärr hö bröst ua. Inga palpabla körtlar. Mammografi 4/2024 ua."),
        ("Bedömning", "Recidivfri. Prognos: trol. god. Letrozol tolereras med viss ledvärk."),
        ("Planering", "Fortsatt letrozol totalt 5 år. DXA. Mammografi årligen. Åb 1 år."),
    ], must_not=["NL102", "NL101"],
    why="'trol. god' hedges the prognosis, not a diagnosis; numbered list of confirmed diagnoses")

add("kir-koloncancer-pat-informerad-frun-ej-informerad", "skane", "Melior", "hbg_kir",
    "Läkaranteckning", "Emelie Paulsson", "1957-09-09", "m",
    "2024-05-02 10:15", 60, "öppenvård", [
        ("Aktuellt", "Besked om PAD efter koloskopi."),
        ("Bedömning", "Coloncancer i ascendens (C18.2), DT utan spridning. Pat informerad om diagnosen vid besöket idag, "
         "tar det sansat, ställde relevanta frågor. Frun ej informerad än enl pat önskemål, han vill berätta själv."),
        ("Planering", "Hemikolektomi hö, op-datum inom 3 v. Kontaktsjuksköterska Lena ringer imorgon."),
    ], must_not=["NL101", "NL102"],
    why="the patient was informed; only the wife is not informed, at the patient's wish")

add("neuro-ms-pat-informerades-tidigare-uppfoljning", "vgr", "Melior", "su_neuro",
    "Mottagningsanteckning", "Josefin Falk", "1992-01-05", "f",
    "2024-04-17 09:05", 40, "öppenvård", [
        ("Aktuellt", "Uppföljning. Pat informerades om MS-diagnosen 3/4 av undertecknad, har läst på och har frågor om behandling."),
        ("Status", "EDSS 1,5. Lätt nedsatt vibrationssinne vä fot."),
        ("Bedömning", "Skovvis förlöpande multipel skleros (G35.9), nydiagnosticerad. Högaktiv enl MR."),
        ("Åtgärd", "Start rituximab 1000 mg iv, infusion bokad. Graviditetsplanering diskuterad. Kontaktssk MS-teamet."),
    ], must_not=["NL101", "NL102"],
    why="the patient was told the diagnosis earlier; confirmed MS visible as it should be")

add("ort-pat-ej-informerad-om-ny-optid-kallelse", "skane", "Melior", "angelholm_ort",
    "Administrativ läkaranteckning", "Robin Ekström", "1958-06-22", "m",
    "2024-02-19 15:00", 15, "öppenvård", [
        ("Aktuellt", "Primär gonartros hö knä (M17.1), röntgenverifierad, beslut om knäprotes vid besök 12/1 där pat "
         "fick full information om diagnos och ingrepp."),
        ("Åtgärd", "Optiden flyttas från 4/3 till 18/3 pga operatörsbyte. Pat ej informerad om nya tiden ännu -- kallelse skickas idag "
         "och koordinator ringer."),
    ], must_not=["NL101", "NL102"],
    why="'ej informerad' concerns a new surgery date, the diagnosis was already communicated")

add("skane-mall-th-bekraftad-diagnos-ej-informerad", "skane", "Melior", "sus_lund_onk",
    TH, "Niklas Berggren", "1955-12-08", "f",
    "2024-11-08 12:20", 25, "öppenvård", [
        (TH, "PET-DT visar nya skelettmetastaser Th8 och os ilium hö. Pat ej informerad -- hon är inlagd på annat sjukhus "
         "efter dotterns dödsfall och bedöms för närvarande inte klara beskedet. Kontakt tas om 1 v."),
    ], must_not=["NL101", "NL102"],
    why="Skåne: not-yet-informed finding inside the filtered Tidiga hypoteser template")

add("infek-hiv-pat-har-inte-berattat-for-familjen", "vgr", "Melior", "su_infek",
    "Mottagningsanteckning", "Pontus Malm", "1979-08-31", "m",
    "2024-07-04 14:00", 35, "öppenvård", [
        ("Aktuellt", "Halvårskontroll HIV-1-infektion (diagnos 2016), välbehandlad, Biktarvy."),
        ("Lab", "HIV-RNA <20, CD4 640."),
        ("Socialt", "Har inte berättat för sin familj om sin HIV, vill vänta. Ingen aktuell partner. Känner till informationsplikten."),
        ("Bedömning", "HIV-infektion, omätbar virusnivå, ej smittsam (U=U)."),
        ("Planering", "Fortsatt Biktarvy. Lab om 6 mån. Kurator erbjuds."),
    ], must_not=["NL101", "NL102"],
    why="the patient himself knows; he has not told his family -- not an uncommunicated diagnosis")

add("brost-misstanke-brostcancer-pat-informerad-remiss", "skane", "Melior", "sus_malmo_gyn",
    "Läkaranteckning bröstmottagning", "Sanna Wiberg", "1976-03-11", "f",
    "2024-08-08 11:30", 50, "öppenvård", [
        ("Aktuellt", "Knöl vä bröst 2 v."),
        ("Mammo + UL", "16 mm oregelbunden, spikulerad förändring vä kl 10, BI-RADS 5."),
        ("Bedömning", "Misstänkt bröstcancer vä. Pat informerad om misstanken och om att biopsisvaret avgör, "
         "hon förstår och har med sig sin syster."),
        ("Åtgärd", "Mellannålsbiopsi tagen. SVF bröstcancer. Svar om 1 v per tel enl pat önskemål."),
    ], must_not=["NL101"],
    why="hedged breast cancer told to the patient: NL101 must not fire (NL102 not asserted)")

add("vgr-sokord-th-pat-ej-informerad-misstankt-korsakoff", "vgr", "Melior", "alingsas_med",
    "Läkaranteckning", "Hugo Blom", "1958-07-18", "m",
    "2024-03-28 12:05", None, "slutenvård", [
        ("Aktuellt", "Dag 5, inlagd för fall + hypokalemi. Korrigerad K, mobiliseras med rollator."),
        ("Status", "Orienterad till person, ej tid. Konfabulerar om besök som inte skett. Lätt ataxi."),
        ("Åtgärd", "Tiamin 200 mg x3 iv. Arbetsterapeut ADL. Vårdplanering m kommunen."),
        (TH, "Misstänkt Wernicke-Korsakoffs syndrom pga långvarigt alkoholbruk enl sonen. Pat ej informerad, "
         "förnekar alkohol och sonen är rädd för hans reaktion -- tas upp när utredningen är klar."),
    ], must_not=["NL101", "NL102"],
    why="unsigned draft, VGR: hypothesis + 'ej informerad' only under sökord Tidiga hypoteser")

add("reuma-pmr-hortons-avskirvs-typo", "vgr", "Melior", "su_reuma",
    "Mottagningsanteckning", "Ylva Strömberg", "1947-06-12", "m",
    "2024-03-06 10:25", 50, "öppenvård", [
        ("Aktuellt", "Återbesök PMR, pred 12,5 mg. Huvudvärk förra mån ledde till temporalisbiopsi."),
        ("PAD temporalis", "Normal artärvägg, ingen granulomatös inflammation. 2 cm preparat."),
        ("Bedömning", "Polymyalgia reumatika (M35.3), svarar bra. Hortons avskirvs -- neg biopsi och huvudvärken borta."),
        ("Planering", "Nedtrappning pred 2,5 mg/mån till 10 mg, sedan långsammare. SR/CRP var 4:e v via VC."),
    ], must_not=["NL102", "NL101"],
    typo=True,
    why="typo 'avskirvs' (avskrivs): giant-cell arteritis dismissed after negative biopsy; PMR confirmed")

add("geri-utskrivning-trol-behov-av-rollator-ev-korttid", "vgr", "Melior", "su_geri",
    "Utskrivningsanteckning", "Maja Dahlqvist", "1931-10-25", "f",
    "2024-12-17 13:00", 45, "slutenvård", [
        ("Vårdtid", "11/12-17/12. Urinvägsinfektion (N39.0) m akut förvirring, E. coli, behandlad m cefotaxim -> pivmecillinam."),
        ("Förlopp", "Förvirringen klingade av dag 3. Mobiliserad, går med stöd."),
        ("Bedömning", "Osäkert om pat klarar trapporna hemma, trol. behov av rollator och hemtjänst x3. "
         "Ev. korttidsboende 2 v om anhöriga inte kan stötta."),
        ("Planering", "SIP genomförd. Pivmecillinam t.o.m. 20/12. Åter VC om 2 v."),
    ], must_not=["NL102", "NL101"],
    why="'Osäkert', 'trol.', 'Ev.' concern function and care level, not diagnoses; UTI confirmed")

add("akut-brostsmarta-acs-ruled-out-engelska", "vgr", "Melior", "su_akut",
    "Akutanteckning", "Ali Hosseini", "1979-09-17", "m",
    "2024-06-29 18:20", 40, "akutmottagning", [
        ("Kontaktorsak", "Tryck i bröstet efter gymmet, 2 h."),
        ("Anamnes", "Rökare, hereditet för hjärtinfarkt (far 52 år). Tog marklyft tungt."),
        ("Status", "Smärta vid palpation av pectoralis vä, ökar vid adduktion mot motstånd. Cor/pulm ua."),
        ("Lab/EKG", "hs-TnT 6 -> 6 (1 h), EKG SR utan ischemi."),
        ("Bedömning", "ACS ruled out (TnT flat, HEART 2). Pectoralisträning, muskulär bröstsmärta."),
        ("Åtgärd", "Hem. Rekommenderat rökstopp, erbjuder kontakt VC för riskfaktorscreening."),
    ], must_not=["NL102", "NL101"],
    why="English 'ruled out' negates ACS; muscular chest pain confirmed")

add("gyn-inga-hallpunkter-for-appendicit-eller-torsion", "skane", "Melior", "sus_malmo_gyn",
    "Akutanteckning gyn", "Tyra Lilja", "2001-08-24", "f",
    "2024-09-28 03:05", 35, "akutmottagning", [
        ("Kontaktorsak", "Plötslig smärta hö nedre buk mitt i cykeln."),
        ("Status", "Afebril, cirk stabil. Öm hö fossa utan peritonit. VUL: 3 cm rupturerad follikel hö, lite fri vätska. "
         "Normal ovarialperfusion m doppler."),
        ("Lab", "hCG neg, CRP 4, Hb 131."),
        ("Bedömning", "Mittelschmerz/rupturerad follikel hö. Inga hållpunkter för appendicit eller ovarialtorsion."),
        ("Åtgärd", "Analgetika. Hem. Åter vid tilltagande smärta, feber eller yrsel."),
    ], must_not=["NL102", "NL101"],
    why="'Inga hållpunkter för' negates two differentials; rupture of follicle confirmed on ultrasound")

add("barn-obstipation-pappa-misstankt-celiaki-hereditet", "vgr", "Melior", "sas_barn",
    "Mottagningsanteckning", "Stina Ferm", "2018-04-13", "f",
    "2024-11-21 09:30", 40, "öppenvård", [
        ("Remissorsak", "Flicka 6 år, magont och hård avföring 1 år."),
        ("Hereditet", "Pappa misstänkt celiaki men aldrig utredd, äter glutenfritt själv. Farmor hypotyreos."),
        ("Lab", "Transglutaminas-ak neg, total-IgA normalt, TSH normalt, Hb 124."),
        ("Bedömning", "Funktionell förstoppning (Rom IV) hos flickan. Celiaki hos patienten är utesluten med neg serologi."),
        ("Åtgärd", "Movicol Junior 1 påse x1, toalettrutiner efter måltid. Åter 3 mån via BVC/skolsköterska."),
    ], must_not=["NL102", "NL101"],
    why="child: the suspicion belongs to the father (family history); patient's coeliac disease ruled out")

add("lung-astma-utreddes-2021-misstankt-sarkoidos-avskrevs", "skane", "Melior", "sus_lund_lung",
    "Mottagningsanteckning", "Jonatan Eld", "1986-05-19", "m",
    "2024-01-24 10:50", 55, "öppenvård", [
        ("Aktuellt", "Astma, ansträngningsutlöst, kontroll inför vintersäsongen (längdåkare)."),
        ("Tidigare", "Utreddes 2021 för misstänkt sarkoidos pga förstorade hiluskörtlar -- avskrevs efter EBUS m reaktiva lgl. "
         "DT-kontroll 2022 normaliserad."),
        ("Spirometri", "FEV1 102%, reversibilitet 14% efter Ventoline. FeNO 38."),
        ("Bedömning", "Astma (J45.0), allergisk/ansträngningsutlöst, bra kontroll på Symbicort vb."),
        ("Åtgärd", "Oförändrat. Inhalation 15 min före skidåkning. Åter 1 år."),
    ], must_not=["NL102", "NL101"],
    why="past suspicion of sarcoidosis dismissed after EBUS; current asthma confirmed")

# ------------------------------------ must_not: hedged diagnoses in PMO (Skåne primary care)

add("pmo-vc-susp-pneumoni-dd-bronkit", "skane", "PMO", "vc_eslov",
    "Läkaranteckning", "Hussein Al-Amin", "1966-01-30", "m",
    "2024-01-16 10:20", 30, "öppenvård", [
        ("Aktuellt", "Hosta och feber 5 d, nu ont vid djupandning hö. Rökare."),
        ("Status", "Temp 38,3, AF 20, sat 95%. Pulm: dämpning + krepitationer hö bas."),
        ("Lab", "CRP 118."),
        ("Bedömning", "Susp. pneumoni hö basalt, DD akut bronkit. Opåverkad, kan behandlas hemma."),
        ("Åtgärd", "PcV 1 g x3 7 d. Rtg pulm om ej bättre på 3 d. Åter vid andnöd."),
    ], must_not=["NL102"],
    why="PMO never shows diagnoses: 'Susp. pneumoni' with DD in a vårdcentral note")

add("pmo-vc-fragetecken-borrelia-dd-bettreaktion", "skane", "PMO", "vc_hoor",
    "Läkaranteckning", "Karolina Strand", "1958-07-02", "f",
    "2024-07-25 14:40", 25, "öppenvård", [
        ("Aktuellt", "Rodnad på vä lår sedan 5 d där hon hade en fästing för 2 v sedan."),
        ("Status", "Rodnad 4 cm, ej expanderande enl pat, lätt klåda, central punktum."),
        ("Bedömning", "?Borrelia (tidigt erythema migrans), DD lokal bettreaktion. För liten för säker EM (<5 cm)."),
        ("Åtgärd", "Markerar kanten m penna. Foto. Åter om rodnaden växer -> då Kåvepenin 1 g x3 10 d."),
    ], must_not=["NL102"],
    why="PMO: '?Borrelia' question-mark hedge is never shown to the patient")

add("pmo-bvc-misstankt-komjolksproteinallergi", "skane", "PMO", "bvc_staffanstorp",
    "BVC-läkarbesök", "Louise Berntsson", "2023-10-05", "f",
    "2024-06-12 09:40", 40, "öppenvård", [
        ("Aktuellt", "8 mån, blodtillblandad slemmig avföring 2 v sedan start av tillägg med välling. Ammar delvis."),
        ("Status", "Pigg, följer kurvan (vikt +0,2 SD). Lätt eksem kinder. Buk mjuk."),
        ("Bedömning", "Misstänkt komjölksproteinallergi (allergisk proktokolit)."),
        ("Åtgärd", "Elimination av komjölk 4 v, Nutramigen. Mamma fortsätter amma, utesluter mjölk själv. "
         "Återintroduktion därefter via BVC-ssk."),
    ], must_not=["NL102"],
    why="PMO BVC, child under 13: 'Misstänkt komjölksproteinallergi' is not shown in PMO")

add("pmo-um-trol-bakteriell-vaginos-dd-candida", "skane", "PMO", "um_lund",
    "Läkaranteckning", "Sara Håkansson", "2006-11-14", "f",
    "2024-05-08 15:15", 30, "öppenvård", [
        ("Aktuellt", "17 år, illaluktande flytning 1 v, ingen klåda. Ny partner sedan 2 mån, kondom ibland."),
        ("Status", "Gråvit tunn flytning, pH 5,2, sniff-test pos."),
        ("Bedömning", "Trol. bakteriell vaginos. DD candida mindre troligt."),
        ("Åtgärd", "Klamydia/gonorré-PCR. Dalacin vagitorier 3 d. Info om kondom. Svar via SMS."),
    ], must_not=["NL102"],
    why="PMO ungdomsmottagning, patient 17: 'Trol. bakteriell vaginos' not shown in PMO")

add("pmo-hemsjukvard-trol-uvi-dd-pneumoni-utkast", "skane", "PMO", "hsjv_sjobo",
    "Hembesök", "Olle Jeppsson", "1936-04-22", "f",
    "2024-02-13 13:30", None, "hemsjukvård", [
        ("Aktuellt", "Hembesök pga ny förvirring + fall igår enl hemtjänsten. Bor i eget boende, demens (Alzheimer)."),
        ("Status", "Temp 38,0, puls 96, BT 118/70, sat 93%. Pulm: enstaka rassel vä bas. U-sticka: leuk 3+, nitrit pos."),
        ("Bedömning", "Trol. UVI med akut konfusion, DD pneumoni vä. NEWS 4."),
        ("Åtgärd", "Pivmecillinam 400 mg x3 5 d. Ny bedömning imorgon av hemsjukvårdsssk. Ambulans vid försämring."),
    ], must_not=["NL102"],
    why="unsigned PMO draft, hemsjukvård: hedged diagnoses never shown in PMO")

add("pmo-vc-misstankt-hypotyreos-tsh", "skane", "PMO", "vc_tomelilla",
    "Läkaranteckning", "Peter Fogelberg", "1975-09-03", "f",
    "2024-03-26 08:30", 45, "öppenvård", [
        ("Aktuellt", "Trött sedan i höstas, fryser, torr hud, gått upp 5 kg."),
        ("Status", "Lätt periorbital svullnad, långsamma reflexer, puls 56."),
        ("Bedömning", "Misstänkt hypotyreos, ev. Hashimoto. Anemi som differentialdiagnos."),
        ("Åtgärd", "TSH, T4, TPO-ak, Hb, ferritin, B12. Tel-tid när svar."),
    ], must_not=["NL102"],
    why="PMO: 'Misstänkt hypotyreos' and 'ev. Hashimoto' in a vårdcentral note")

add("pmo-vc-depression-fragetecken-phq9", "skane", "PMO", "vc_simrishamn",
    "Läkaranteckning", "Anton Lagerkvist", "1999-02-17", "m",
    "2024-10-15 11:00", 50, "öppenvård", [
        ("Aktuellt", "Nedstämd 2 mån efter separation, sover dåligt, ingen ork på jobbet. Röker mer."),
        ("Skattning", "PHQ-9 16, GAD-7 9. MADRS-S 24."),
        ("Bedömning", "Depression? Medelsvår episod, alt anpassningsstörning. Ingen suicidrisk idag (inga tankar, framtidsplaner)."),
        ("Åtgärd", "Kurator KBT 6 ggr. Sertralin diskuterat, avvaktar. Sjukskrivning 50% 3 v. Åb 3 v."),
    ], must_not=["NL102"],
    why="PMO: 'Depression?' and an alternative diagnosis are not shown to the patient")

add("pmo-vc-trolgen-gallstensanfall-typo", "skane", "PMO", "vc_malmo_limhamn",
    "Läkaranteckning", "Ida Ramström", "1983-06-09", "f",
    "2024-04-23 16:05", 30, "öppenvård", [
        ("Aktuellt", "Smärta under hö revbensbåge efter fet mat, 3 episoder senaste mån, 1-2 h."),
        ("Status", "Afebril. Lätt öm hö arcus, Murphy neg idag. Ej ikterisk."),
        ("Lab", "Leverstatus, lipas normala. CRP 3."),
        ("Bedömning", "Trolgen gallstensanfall (biliär kolik). DD ulcus."),
        ("Åtgärd", "UL lever/gallvägar. Diklofenak vid anfall. Åter akut vid feber eller gulsot."),
    ], must_not=["NL102"], typo=True,
    why="typo 'Trolgen' in a hedged PMO diagnosis; PMO never shows diagnoses")

add("pmo-vc-dd-angina-pectoris-gerd", "skane", "PMO", "vc_hbg_drottninghog",
    "Läkaranteckning", "Mehmet Yilmaz", "1964-12-28", "m",
    "2024-08-06 13:20", 35, "öppenvård", [
        ("Aktuellt", "Obehag bakom bröstbenet vid promenad uppför backar, ibland även efter måltid. 2 mån."),
        ("Status", "BT 152/94. Cor: RR, inga blåsljud. Buk: lätt epigastrisk ömhet."),
        ("EKG", "SR 72, inga ST-T-förändringar."),
        ("Bedömning", "DD: stabil angina pectoris, gastroesofageal reflux. Riskfaktorer: hypertoni, rökare."),
        ("Åtgärd", "Arbetsprov. Nitro spray. Omeprazol 20 mg x1 på prov 4 v. Lipider, HbA1c."),
    ], must_not=["NL102"],
    why="PMO: differential list 'DD: stabil angina pectoris, ...' is not shown in PMO")

add("pmo-bvc-fragetecken-astma-obstruktiv-bronkit", "skane", "PMO", "bvc_trelleborg",
    "BVC-läkarbesök", "Helga Nyman", "2022-03-15", "m",
    "2024-11-12 10:10", 30, "öppenvård", [
        ("Aktuellt", "2 år 7 mån, 4:e episoden av pipande andning vid förkylning detta år. Nattlig hosta."),
        ("Status", "Pigg. Pulm: utandningspip bilat, lätt förlängt exspirium. Sat 97%."),
        ("Bedömning", "Obstruktiv bronkit, recidiverande. ?Astma, atopi (eksem) i anamnesen."),
        ("Åtgärd", "Airomir m spacer vb. Flutide 125 µg x2 under förkylningsperioder. Remiss barnmottagning vid fler episoder."),
    ], must_not=["NL102"],
    why="PMO BVC, child: '?Astma' hedge is not shown in PMO")

add("pmo-vc-hemokromatos-kan-ej-uteslutas", "skane", "PMO", "vc_osby",
    "Läkaranteckning", "Bengt Ivarsson", "1970-05-11", "m",
    "2024-09-03 09:15", 40, "öppenvård", [
        ("Aktuellt", "Förhöjt ferritin vid hälsokontroll, ledvärk i händerna (MCP 2-3)."),
        ("Lab", "Ferritin 1240, transferrinmättnad 72%, ALAT 1,1."),
        ("Bedömning", "Hemokromatos kan ej uteslutas. Alkohol 1-2 öl/d."),
        ("Åtgärd", "HFE-gentest (C282Y). UL lever. Minska alkohol. Tel-uppf m svar."),
    ], must_not=["NL102"],
    why="PMO: 'kan ej uteslutas' hedge on haemochromatosis is not shown in PMO")

add("pmo-vc-trol-bppv-dix-hallpike", "skane", "PMO", "vc_kavlinge",
    "Läkaranteckning", "Julia Söderberg", "1952-01-19", "f",
    "2024-12-10 11:35", None, "öppenvård", [
        ("Aktuellt", "Karusellyrsel när hon vänder sig i sängen och tittar upp, sekunder. 1 v."),
        ("Status", "Dix-Hallpike hö: rotatorisk nystagmus 15 s m latens. Neurologiskt i övrigt ua, HINTS perifert."),
        ("Bedömning", "Trol. BPPV hö bakre båggång."),
        ("Åtgärd", "Epleys manöver utförd, bättre efteråt. Instruktion Brandt-Daroff. Åter om ej bättre 2 v."),
    ], must_not=["NL102"],
    why="unsigned PMO draft: 'Trol. BPPV' is not shown in PMO")

add("pmo-vc-misstankt-somnapne-polygrafi", "skane", "PMO", "vc_eslov",
    "Läkaranteckning", "Erik Swahn", "1968-08-27", "m",
    "2024-06-20 15:45", 25, "öppenvård", [
        ("Aktuellt", "Frun beskriver snarkning och andningsuppehåll. Somnar vid tv, somnat vid rödljus en gång."),
        ("Status", "BMI 34, halsomfång 45 cm. BT 148/92. Mallampati 3."),
        ("Bedömning", "Misstänkt obstruktiv sömnapné. ESS 15."),
        ("Åtgärd", "Remiss polygrafi. Informerat om bilkörning vid dagtrötthet. Viktnedgång."),
    ], must_not=["NL102"],
    why="PMO: 'Misstänkt obstruktiv sömnapné' in a vårdcentral note is never shown")


# =========================================================================== build

CODES = ("NL101", "NL102")
CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
RECORD_KEYS = ["patient", "as_of", "notes", "access_events", "conversations", "treatments"]
PATIENT_KEYS = ["id", "birth_date", "protected_identity"]
NOTE_KEYS = ["id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"]
ISO = "%Y-%m-%dT%H:%M:%S"


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return str((10 - total % 10) % 10)


def luhn_ok(ten):
    return luhn_digit(ten[:9]) == ten[9]


def personnummer(dob, sex, name):
    """Deterministic serial from the case name; 9th digit odd = man, even = woman."""
    h = int(hashlib.sha256(name.encode("utf-8")).hexdigest(), 16)
    serial = "%02d" % (h % 100)
    third = (h // 100) % 5 * 2 + (1 if sex == "m" else 0)
    yymmdd = dob[2:4] + dob[5:7] + dob[8:10]
    nine = yymmdd + serial + str(third)
    return "%s%s%s-%s%s" % (dob[0:4], dob[5:7], dob[8:10], serial + str(third), luhn_digit(nine))


def iso(t):
    return dt.datetime.strptime(t, "%Y-%m-%d %H:%M").strftime(ISO)


def build_case(c):
    t = dt.datetime.strptime(c["time"], "%Y-%m-%d %H:%M")
    signed = None if c["sign"] is None else (t + dt.timedelta(minutes=c["sign"])).strftime(ISO)
    last = calendar.monthrange(t.year, t.month)[1]
    as_of = dt.datetime(t.year, t.month, last, 23, 59, 0).strftime(ISO)
    uname, hsa = UNITS[c["unit"]]
    note = {
        "id": "n1", "system": c["system"], "template": c["template"],
        "unit": {"name": uname, "hsa_id": hsa},
        "author": {"name": c["author"], "role": "läkare"},
        "time": t.strftime(ISO), "signed": signed, "setting": c["setting"], "refs": [],
        "sections": [{"keyword": k, "text": v} for k, v in c["sections"]],
    }
    record = {
        "patient": {"id": personnummer(c["dob"], c["sex"], c["name"]), "birth_date": c["dob"],
                    "protected_identity": False},
        "as_of": as_of, "notes": [note], "access_events": [], "conversations": [], "treatments": [],
    }
    return {"case": c["name"], "ruleset": c["rs"], "record": record,
            "must": [[code, "n1"] for code in c["must"]],
            "must_not": [[code, "n1"] for code in c["must_not"]],
            "why": c["why"]}


# ====================================================================== validation

SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def sentences(text):
    for part in SENT_SPLIT.split(text):
        norm = " ".join(part.split()).strip().lower()
        if norm:
            yield norm


def age_at(dob, when):
    b = dt.date.fromisoformat(dob)
    d = when.date()
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def validate(lines, specs):
    errs = []
    seen_names = set()
    seen_sent = {}
    typo_by_name = {s["name"]: s["typo"] for s in specs}
    for ln, line in enumerate(lines, 1):
        where = "line %d" % ln
        try:
            case = json.loads(line)
        except ValueError as e:
            errs.append("%s: not JSON (%s)" % (where, e))
            continue
        name = case.get("case")
        where = "line %d (%s)" % (ln, name)
        if list(case) != CASE_KEYS:
            errs.append("%s: case keys %s" % (where, list(case)))
            continue
        if not isinstance(name, str) or not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", name):
            errs.append("%s: bad case name" % where)
        if name in seen_names:
            errs.append("%s: duplicate case name" % where)
        seen_names.add(name)
        rs = case["ruleset"]
        if rs not in ("skane", "vgr"):
            errs.append("%s: ruleset %r" % (where, rs))
        why = case["why"]
        if not isinstance(why, str) or not why.strip() or "\n" in why:
            errs.append("%s: why must be one non-empty line" % where)
        rec = case["record"]
        if list(rec) != RECORD_KEYS:
            errs.append("%s: record keys %s" % (where, list(rec)))
            continue
        if any(rec[k] != [] for k in ("access_events", "conversations", "treatments")):
            errs.append("%s: NL1 cases carry no access events, conversations or treatments" % where)
        pat = rec["patient"]
        if list(pat) != PATIENT_KEYS or pat["protected_identity"] is not False:
            errs.append("%s: patient %s" % (where, pat))
        pid, dob = pat["id"], pat["birth_date"]
        m = re.fullmatch(r"(\d{8})-(\d{4})", pid or "")
        if not m:
            errs.append("%s: personnummer format %r" % (where, pid))
        else:
            if m.group(1) != dob.replace("-", ""):
                errs.append("%s: personnummer %s does not match birth_date %s" % (where, pid, dob))
            if not luhn_ok(m.group(1)[2:] + m.group(2)):
                errs.append("%s: personnummer %s fails Luhn" % (where, pid))
        try:
            dt.date.fromisoformat(dob)
        except ValueError:
            errs.append("%s: bad birth_date %r" % (where, dob))
            continue
        as_of = dt.datetime.strptime(rec["as_of"], ISO)
        if as_of.year != 2024:
            errs.append("%s: as_of not in 2024" % where)
        notes = rec["notes"]
        if len(notes) != 1:
            errs.append("%s: exactly one note expected" % where)
            continue
        note = notes[0]
        if list(note) != NOTE_KEYS:
            errs.append("%s: note keys %s" % (where, list(note)))
            continue
        ids = {n["id"] for n in notes}
        system, template = note["system"], note["template"]
        t = dt.datetime.strptime(note["time"], ISO)
        if t.year != 2024:
            errs.append("%s: note time not in 2024" % where)
        if note["signed"] is not None:
            s = dt.datetime.strptime(note["signed"], ISO)
            if s.year != 2024 or s < t:
                errs.append("%s: signed %s before time or outside 2024" % (where, note["signed"]))
            if as_of < s:
                errs.append("%s: as_of before signing" % where)
        if as_of < t:
            errs.append("%s: as_of before note time" % where)
        age = age_at(dob, t)
        if 13 <= age <= 15 or age < 0:
            errs.append("%s: patient age %d (must be under 13 or 16+)" % (where, age))
        if note["author"]["role"] != "läkare" or not note["author"]["name"]:
            errs.append("%s: author" % where)
        hsa = note["unit"]["hsa_id"]
        if rs == "vgr":
            if system != "Melior" or not hsa.startswith("SE2321000131-"):
                errs.append("%s: VGR cases are Melior notes from VGR units" % where)
            if template == TH:
                errs.append("%s: VGR protects by sökord; do not rely on a TH template" % where)
        else:
            if not hsa.startswith("SE2321000255-"):
                errs.append("%s: Skåne case with a non-Skåne unit" % where)
            is_pmo_unit = hsa.startswith("SE2321000255-P")
            if system not in ("Melior", "PMO") or (system == "PMO") != is_pmo_unit:
                errs.append("%s: Skåne PMO = primary care, Melior = hospital" % where)
            if template != TH and any(sec["keyword"] == TH for sec in note["sections"]):
                errs.append("%s: Skåne protects by template; TH sökord in an ordinary template is unclear" % where)
        if not note["sections"]:
            errs.append("%s: no sections" % where)
        for sec in note["sections"]:
            if list(sec) != ["keyword", "text"] or not sec["keyword"] or not sec["text"].strip():
                errs.append("%s: bad section %s" % (where, sec))
                continue
            for sent in sentences(sec["text"]):
                if len(sent) >= 25:
                    if sent in seen_sent and seen_sent[sent] != (name, sec["keyword"]):
                        errs.append("%s: sentence repeated (first in %s): %r" % (where, seen_sent[sent][0], sent))
                    elif sent in seen_sent:
                        errs.append("%s: sentence repeated within section %s: %r" % (where, sec["keyword"], sent))
                    seen_sent.setdefault(sent, (name, sec["keyword"]))
        must = [tuple(x) for x in case["must"]]
        must_not = [tuple(x) for x in case["must_not"]]
        if not must and not must_not:
            errs.append("%s: asserts nothing" % where)
        for lst, label in ((must, "must"), (must_not, "must_not")):
            if len(set(lst)) != len(lst):
                errs.append("%s: duplicate in %s" % (where, label))
            for code, target in lst:
                if code not in CODES:
                    errs.append("%s: %s code %s out of scope (NL101/NL102 only)" % (where, label, code))
                if target not in ids:
                    errs.append("%s: %s target %s does not exist" % (where, label, target))
        if set(must) & set(must_not):
            errs.append("%s: code both in must and must_not" % where)
        codes_must = {c for c, _ in must}
        codes_any = codes_must | {c for c, _ in must_not}
        if system == "PMO":
            if "NL102" in codes_must:
                errs.append("%s: NL102 is never a must on PMO" % where)
            if "NL102" not in {c for c, _ in must_not}:
                errs.append("%s: a hedged PMO diagnosis is must_not NL102" % where)
            if "NL101" in codes_any:
                errs.append("%s: NL101 is not asserted on PMO notes" % where)
        if codes_must:
            visible = [sec for sec in note["sections"] if sec["keyword"] != TH] if template != TH else []
            if not visible:
                errs.append("%s: must assertion but no visible section" % where)
        is_typo = typo_by_name.get(name)
        if is_typo and ("typo" not in name or "typo" not in why):
            errs.append("%s: typo case must say so in name and why" % where)
        if not is_typo and "typo" in name:
            errs.append("%s: name says typo but case is not flagged" % where)
    return errs


def stats(cases, specs):
    out = {"cases": len(cases)}
    for code in CODES:
        out[code] = {"must": sum(1 for c in cases if [code, "n1"] in c["must"]),
                     "must_not": sum(1 for c in cases if [code, "n1"] in c["must_not"])}
    out["must_cases"] = sum(1 for c in cases if c["must"])
    out["must_not_only_cases"] = sum(1 for c in cases if not c["must"])
    out["skane"] = sum(1 for c in cases if c["ruleset"] == "skane")
    out["vgr"] = sum(1 for c in cases if c["ruleset"] == "vgr")
    out["melior"] = sum(1 for c in cases if c["record"]["notes"][0]["system"] == "Melior")
    out["pmo"] = sum(1 for c in cases if c["record"]["notes"][0]["system"] == "PMO")
    out["drafts"] = sum(1 for c in cases if c["record"]["notes"][0]["signed"] is None)
    out["typo"] = sum(1 for s in specs if s["typo"])
    return out


def balance_errors(st):
    errs = []
    n = st["cases"]
    if not 100 <= n <= 120:
        errs.append("about 110 cases expected, got %d" % n)
    for key, lo, hi in (("drafts", 0.07, 0.14), ("typo", 0.07, 0.14),
                        ("must_cases", 0.40, 0.60), ("skane", 0.40, 0.60)):
        if not lo * n <= st[key] <= hi * n:
            errs.append("%s = %d outside %.0f%%-%.0f%% of %d" % (key, st[key], lo * 100, hi * 100, n))
    return errs


def main():
    cases = [build_case(c) for c in CASES]
    lines = [json.dumps(c, ensure_ascii=False) for c in cases]
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    with open(OUT, encoding="utf-8") as f:
        written = f.read().splitlines()
    errs = validate(written, CASES)
    st = stats([json.loads(x) for x in written], CASES)
    errs += balance_errors(st)
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        print("%d problem(s); %s" % (len(errs), OUT), file=sys.stderr)
        return 1
    print("wrote %s" % OUT)
    print(json.dumps(st, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
