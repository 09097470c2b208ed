#!/usr/bin/env python3
"""nl1f_dev_cases: 130 NL1 cases in short, telegraphic Swedish notes.

Dependency-free and deterministic. Writes nl1f_dev_cases.jsonl beside this file and
validates it. Exits 1 on any problem.
"""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1f_dev_cases.jsonl")

# --------------------------------------------------------------------------- units
# key: (region, system, name, hsa_id)
UNITS = {
    # Region Skåne, Melior (hospitals)
    "S_AKUT_MA": ("skane", "Melior", "Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-1101"),
    "S_AKUT_LU": ("skane", "Melior", "Akutmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-1102"),
    "S_MED_HBG": ("skane", "Melior", "Medicinavdelning 52, Helsingborgs lasarett", "SE2321000255-1203"),
    "S_KIR_YS": ("skane", "Melior", "Kirurgavdelningen, Ystads lasarett", "SE2321000255-1304"),
    "S_ORT_HLM": ("skane", "Melior", "Ortopedmottagningen, Hässleholms sjukhus", "SE2321000255-1405"),
    "S_BARN_LU": ("skane", "Melior", "Barn- och ungdomsmedicinsk mottagning, SUS Lund", "SE2321000255-1506"),
    "S_KK_KR": ("skane", "Melior", "Kvinnokliniken, Centralsjukhuset Kristianstad", "SE2321000255-1607"),
    "S_BROST": ("skane", "Melior", "Bröstmottagningen, SUS Malmö", "SE2321000255-1708"),
    "S_HEMA_LU": ("skane", "Melior", "Hematologimottagningen, SUS Lund", "SE2321000255-1709"),
    "S_HUD_LU": ("skane", "Melior", "Hudmottagningen, SUS Lund", "SE2321000255-1809"),
    "S_NEU_MA": ("skane", "Melior", "Neurologimottagningen, SUS Malmö", "SE2321000255-1910"),
    "S_URO_MA": ("skane", "Melior", "Urologmottagningen, SUS Malmö", "SE2321000255-2011"),
    "S_INF_MA": ("skane", "Melior", "Infektionskliniken, SUS Malmö", "SE2321000255-2112"),
    "S_GER_LA": ("skane", "Melior", "Geriatriska mottagningen, Landskrona lasarett", "SE2321000255-2213"),
    "S_PSYK_LU": ("skane", "Melior", "Vuxenpsykiatrimottagning Lund", "SE2321000255-2314"),
    "S_KARD_LU": ("skane", "Melior", "Hjärtmottagningen, SUS Lund", "SE2321000255-2415"),
    "S_REUM_MA": ("skane", "Melior", "Reumatologimottagningen, SUS Malmö", "SE2321000255-2516"),
    "S_ENDO_MA": ("skane", "Melior", "Endokrinologimottagningen, SUS Malmö", "SE2321000255-2617"),
    "S_OGON_HBG": ("skane", "Melior", "Ögonmottagningen, Helsingborgs lasarett", "SE2321000255-2718"),
    # Region Skåne, PMO (primary care)
    "P_VC_LIN": ("skane", "PMO", "Vårdcentralen Linero, Lund", "SE2321000255-3001"),
    "P_VC_NAS": ("skane", "PMO", "Vårdcentralen Näsby, Kristianstad", "SE2321000255-3002"),
    "P_VC_LIM": ("skane", "PMO", "Vårdcentralen Limhamn, Malmö", "SE2321000255-3003"),
    "P_VC_HOR": ("skane", "PMO", "Vårdcentralen Hörby", "SE2321000255-3004"),
    "P_BVC": ("skane", "PMO", "BVC Tomelilla", "SE2321000255-3005"),
    "P_HSV": ("skane", "PMO", "Hemsjukvården Eslöv", "SE2321000255-3006"),
    "P_UM": ("skane", "PMO", "Ungdomsmottagningen Trelleborg", "SE2321000255-3007"),
    # Västra Götalandsregionen, Melior
    "V_AKUT_SU": ("vgr", "Melior", "Akutmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-4101"),
    "V_MED_NAL": ("vgr", "Melior", "Medicinkliniken, NU-sjukvården NÄL Trollhättan", "SE2321000131-4202"),
    "V_KIR_SKOV": ("vgr", "Melior", "Kirurgkliniken, Skaraborgs Sjukhus Skövde", "SE2321000131-4303"),
    "V_ORT_BOR": ("vgr", "Melior", "Ortopedkliniken, Södra Älvsborgs Sjukhus Borås", "SE2321000131-4404"),
    "V_BARN_DSB": ("vgr", "Melior", "Drottning Silvias barn- och ungdomssjukhus, Barnakuten", "SE2321000131-4505"),
    "V_ONK_SU": ("vgr", "Melior", "Jubileumskliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-4606"),
    "V_HUD_SU": ("vgr", "Melior", "Hudkliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-4707"),
    "V_INF_OST": ("vgr", "Melior", "Infektionskliniken, SU/Östra", "SE2321000131-4808"),
    "V_NEU_SU": ("vgr", "Melior", "Neurologmottagningen, SU/Sahlgrenska", "SE2321000131-4909"),
    "V_GYN_OST": ("vgr", "Melior", "Gynekologmottagningen, SU/Östra", "SE2321000131-5010"),
    "V_URO_SKOV": ("vgr", "Melior", "Urologmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-5111"),
    "V_KARD_NAL": ("vgr", "Melior", "Kardiologmottagningen, NU-sjukvården NÄL", "SE2321000131-5212"),
    "V_GER_MOL": ("vgr", "Melior", "Geriatriken, SU/Mölndal", "SE2321000131-5313"),
    "V_ONH_SU": ("vgr", "Melior", "Öron-näsa-halsmottagningen, SU/Gröna stråket", "SE2321000131-5414"),
    "V_LUNG_SU": ("vgr", "Melior", "Lungmottagningen, SU/Sahlgrenska", "SE2321000131-5515"),
    "V_MAVA_KUN": ("vgr", "Melior", "Medicinakuten, Kungälvs sjukhus", "SE2321000131-5616"),
    "V_REUM_SU": ("vgr", "Melior", "Reumatologimottagningen, SU/Gröna stråket", "SE2321000131-5717"),
    "V_ENDO_BOR": ("vgr", "Melior", "Endokrinmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-5818"),
}

AUTHORS = [
    "Karin Lindqvist", "Ahmed Al-Sayed", "Johan Bergström", "Maria Nilsson", "Erik Holm",
    "Sara Ekström", "Mikael Persson", "Lena Håkansson", "Oskar Wallin", "Fatima Rahimi",
    "Per Sandberg", "Elin Johansson", "Niklas Öberg", "Hanna Svensson", "Goran Petrović",
    "Ingrid Dahl", "David Lundgren", "Amira Haddad", "Anders Fransson", "Sofia Berglund",
    "Jonas Åkesson", "Linnea Strand", "Björn Axelsson", "Ylva Mattsson",
]

CASES = []


def K(name, unit, age, sex, sections, must=(), must_not=(), why="", template=None,
      draft=False, setting="öppenvård", when=None):
    """Collect one case. `when` = 'MM-DD HH:MM' overrides the generated note time."""
    CASES.append(dict(name=name, unit=unit, age=age, sex=sex, sections=sections,
                      must=list(must), must_not=list(must_not), why=why,
                      template=template, draft=draft, setting=setting, when=when))


A, B = "NL101", "NL102"

# =========================================================================
# NL101 must: a diagnosis in a visible Melior note, patient (or guardian of a
# child under 13) not informed / to be told later / must not be told yet.
# =========================================================================
K("nl101-brost-pad-invasiv-ca-besked-aterbesok", "S_BROST", 58, "k",
  [("Provsvar", "PAD mellannålsbiopsi hö bröst: invasiv duktal cancer NHG 2, ER+/HER2-. Pat ej informerad – besked vid återbesök 14/3 m kontaktssk.")],
  must=[A], why="settled breast cancer, patient not informed, told at a later visit", when="03-05 11:20")
K("nl101-uro-prostatacancer-annu-ej-inf-teltid", "V_URO_SKOV", 67, "m",
  [("Provsvar", "PAD prostatabiopsier: adenocarcinom Gleason 4+3=7, 5/12 kolvar pos."),
   ("Planering", "Pat ännu ej inf, tel-tid bokad fre kl 13. Därefter MDK.")],
  must=[A], why="prostate cancer in a separate section, 'ännu ej inf' in the plan")
K("nl101-akut-dt-glioblastom-forvirrad-ej-inf", "S_AKUT_LU", 71, "m",
  [("Röntgen", "DT hjärna: expansiv process vä frontalt m omgivande ödem, bild talar för glioblastom."),
   ("Bedömning", "Pat förvirrad, ej informerad om fyndet. Anhöriga på väg in, neurokir-jour kontaktad.")],
  must=[A], why="emergency CT finding, confused patient not informed of it")
K("nl101-med-ventrikelcancer-ej-informerd-typo", "V_MED_NAL", 79, "k",
  [("Aktuellt", "Rond: Hb 84, MCV 72, trött."),
   ("Utredning", "Gastroskopi igår: ulcererande tumör corpus ventriculi, makroskopiskt ventrikelcancer. Pat ej informerd – väntar in PAD innan besked.")],
  must=[A], why="ward round, gastric cancer, 'ej informerd' (typo)", setting="slutenvård",
  template="Daganteckning")
K("nl101-neuro-ms-informeras-pa-mott-v15", "S_NEU_MA", 29, "k",
  [("Bedömning", "MR hjärna+rygg: multipla periventrikulära + juxtakortikala lesioner, OCB pos i likvor → uppfyller McDonald, dg MS (skovvis)."),
   ("Planering", "Informeras av ansv neurolog på mott v 15, ej per tel.")],
  must=[A], why="MS settled, patient will be told at a later visit (future tense only)", when="03-20 15:40")
K("nl101-barn-all-foraldrar-ej-informerade", "V_BARN_DSB", 6, "m",
  [("Lab", "LPK 42, Hb 78, TPK 31. Utstryk: 60 % blaster → akut lymfatisk leukemi (ALL)."),
   ("Information", "Föräldrarna ej informerade ännu, onkjouren tar samtalet kl 16 tillsammans m mig.")],
  must=[A], why="child of 6: guardians (the readers) not informed of leukaemia",
  setting="slutenvård", template="Inskrivningsanteckning")
K("nl101-barn-cf-vh-inte-underrattade", "S_BARN_LU", 3, "k",
  [("Provsvar", "Svettest pos x2 (klorid 98 resp 104) → cystisk fibros."),
   ("Planering", "VH inte underrättade, samtal m barnläk + kurator + CF-ssk imorgon fm.")],
  must=[A], why="child of 3: 'VH inte underrättade' about cystic fibrosis")
K("nl101-lunga-skivepitelca-obs-ej-informerad", "V_LUNG_SU", 72, "m",
  [("Utredning", "Bronkoskopi 4/4, PAD: skivepitelcancer vä huvudbronk."),
   ("Bedömning", "Obs! pat ej informerad. MDK tis, därefter besked av mig på mott.")],
  must=[A], why="'Obs! pat ej informerad' as its own line after a lung cancer PAD", when="04-09 16:05")
K("nl101-med-hepatit-c-ej-nadd-tel-draft", "S_MED_HBG", 44, "m",
  [("Aktuellt", "HCV-ak pos, HCV-RNA 2,1 milj IU/ml → kronisk hepatit C."),
   ("Åtgärd", "Sökt pat tel x2, ej nådd. Pat alltså ovetande om svaret, nytt försök imorgon kl 8.")],
  must=[A], why="draft: patient could not be reached, 'ovetande om svaret'", draft=True,
  template="Telefonanteckning")
K("nl101-inf-hiv-ej-infomerad-typo", "V_INF_OST", 34, "m",
  [("Provsvar", "HIV Ag/Ak pos, konfirmerat. HIV-1-infektion."),
   ("Planering", "Ej infomerad pat – kallas till mott imorgon för besked, kurator med.")],
  must=[A], why="HIV confirmed, 'Ej infomerad pat' (typo) before the call-in")
K("nl101-ger-alzhimer-vill-ha-dotter-med-typo", "S_GER_LA", 83, "k",
  [("Bedömning", "Minnesutredning klar: Alzhimers sjukdom, lindrig–måttlig grad. MMT 19/30, DT: temporal atrofi."),
   ("Information", "Pat ej informerad om dg ännu, vill ha dotter med vid beskedet → nytt besök 2 v.")],
  must=[A], why="dementia diagnosis (typo 'Alzhimers'), patient not yet told")
K("nl101-gyn-cervixcancer-inte-fatt-besked", "V_GYN_OST", 41, "k",
  [("Sammanfattning", "Konisering PAD: skivepitelcancer cervix, MR: stadium IB1."),
   ("Planering", "Pat har inte fått besked. Ringer henne efter MDK onsd.")],
  must=[A], why="'har inte fått besked' about cervical cancer")
K("nl101-uro-njurtumor-inte-sagt-nat-an", "S_URO_MA", 63, "m",
  [("Röntgen", "DT urografi: 4 cm solid tumör hö njure nedre pol, trol njurcancer (RCC), inga metastaser."),
   ("Bedömning", "Har ej sagt nåt till pat än, tar det på återbesöket 8/5.")],
  must=[A], why="colloquial 'har ej sagt nåt till pat än' about a kidney tumour", when="04-24 14:10")
K("nl101-onk-skelettmetastaser-pat-ej-informerad", "V_ONK_SU", 74, "m",
  [("Röntgen", "PSMA-PET: nytillkomna skelettmetastaser th-rygg + bäcken → progress av ca prostatae."),
   ("Planering", "Pat ej informerad. Samtal m onkolog 22/5, ssk bokar.")],
  must=[A], why="progression with bone metastases, patient not informed", when="05-08 09:30")
K("nl101-kk-mola-kallas-mandag", "S_KK_KR", 31, "k",
  [("Provsvar", "PAD efter vakuumaspiration: partiell mola hydatidosa."),
   ("Åtgärd", "Pat ej informerad, kallas till KK mån för besked + hCG-uppföljning.")],
  must=[A], why="molar pregnancy, patient to be called in for the result")
K("nl101-neuro-als-kom-ensam-besked-senare", "V_NEU_SU", 61, "k",
  [("Utredning", "EMG/neurografi: utbredd denervation i 3 regioner, fascikulationer → ALS."),
   ("Bedömning", "Ej informerad idag (kom ensam). Får besked på återbesöket m ansv neurolog + make.")],
  must=[A], why="ALS, not informed today (reason in parenthesis), told later")
K("nl101-hud-melanom-utomlands-teltid", "S_HUD_LU", 52, "m",
  [("Provsvar", "PAD hö kind: malignt melanom, Breslow 2,1 mm, ulceration saknas."),
   ("Planering", "Pat ej underrättad (utomlands t.o.m. v 30). Ej lämpligt m brev, tel-tid bokad 29/7.")],
  must=[A], why="melanoma, 'ej underrättad' because abroad", when="07-02 10:15")
K("nl101-akut-sab-intuberad-sovd-draft", "V_AKUT_SU", 45, "m",
  [("Aktuellt", "Amb: man 45 år, kollaps på gym, GCS 6, intuberad på plats."),
   ("Röntgen", "DT: massiv SAB m ventrikelgenombrott, ej opererbar enl neurokir."),
   ("Bedömning", "Pat sövd, ej informerad. Fru på väg in, samtal i anhörigrum.")],
  must=[A], why="draft: ambulance handover, sedated patient not informed of SAB", draft=True)
K("nl101-endo-feokromocytom-ej-informrad-typo", "S_ENDO_MA", 48, "k",
  [("Utredning", "DT binjurar + P-metoxikatekolaminer kraftigt förhöjda: feokromocytom vä binjure."),
   ("Planering", "Pat ej informrad – besked ges av mig på mott 3/6, ej per tel.")],
  must=[A], why="pheochromocytoma, 'ej informrad' (typo), told later", when="05-21 13:00")
K("nl101-kard-hcm-info-till-pat-avvaktas", "V_KARD_NAL", 36, "m",
  [("Utredning", "MR hjärta: hypertrof kardiomyopati, septum 22 mm, LGE i septum."),
   ("Information", "Info till pat avvaktas tills genetikremissen diskuterats m kollega (2 barn).")],
  must=[A], why="'Info till pat avvaktas' about hypertrophic cardiomyopathy")
K("nl101-ogon-vat-amd-tolk-saknades", "S_OGON_HBG", 78, "k",
  [("Undersökning", "OCT + FA: våt AMD vä öga, subretinal vätska."),
   ("Bedömning", "Pat inte informerad ännu pga språk – tolk (arabiska) bokad till besöket 12/9, start anti-VEGF då.")],
  must=[A], why="wet AMD, not informed for lack of interpreter", when="08-27 10:45")
K("nl101-med-levermetastaser-far-ej-delges-draft", "V_MED_NAL", 69, "m",
  [("Röntgen", "DT thorax-buk: levermetastaser x3, primärtumör trol colon ascendens."),
   ("Bedömning", "Får ej delges pat innan MDK på tors → kirurg/onkolog tar beskedet.")],
  must=[A], why="draft: 'får ej delges pat innan MDK' (must not be told yet)", draft=True)
K("nl101-reum-ibm-ovetande-om-svaret", "S_REUM_MA", 66, "m",
  [("Provsvar", "Muskelbiopsi vä quadriceps: inklusionskroppsmyosit."),
   ("Bedömning", "Pat ovetande om svaret. Ska informeras av mig vid återbesöket i maj, ingen tel.")],
  must=[A], why="'Pat ovetande om svaret', to be told in May", when="04-10 08:50")
K("nl101-ort-osteosarkom-17ar-ej-inf", "V_ORT_BOR", 17, "m",
  [("Röntgen", "MR hö lårben: destruktiv process distala femur m mjukdelskomponent, misstänkt osteosarkom."),
   ("Planering", "Pat (17 år) och föräldrar ännu ej inf. Remiss Sarkomcentrum, samtal när tid finns.")],
  must=[A], why="17-year-old reads the journal himself and is not informed")
K("nl101-psyk-schizofreni-ej-kommunicerad", "S_PSYK_LU", 24, "m",
  [("Bedömning", "Uppfyller kriterier för schizofreni, paranoid typ. Dg ej kommunicerad med pat – tas upp när pat är mindre misstänksam.")],
  must=[A], why="adult psychiatry: diagnosis 'ej kommunicerad med pat'")

# =========================================================================
# NL101 must_not: patient informed, someone else not told, not informed about
# something that is not a diagnosis, negated diagnosis, protected template/sökord.
# =========================================================================
K("nl101n-brost-informerad-idag-kontaktssk", "S_BROST", 61, "k",
  [("Bedömning", "PAD: duktal cancer hö bröst, 14 mm, N0 enl UL."),
   ("Information", "Pat informerad om dg och plan av mig idag, kontaktssk närvarande.")],
  must_not=[A], why="breast cancer, patient informed today")
K("nl101n-uro-besked-lamnat-per-tel", "V_URO_SKOV", 70, "m",
  [("Aktuellt", "Tel till pat ang biopsisvar: Ca prostatae Gleason 3+4, lågrisk."),
   ("Bedömning", "Besked lämnat per tel, pat tog det lugnt. Aktiv monitorering, PSA om 3 mån.")],
  must_not=[A], why="'Besked lämnat per tel' = informed", template="Telefonanteckning")
K("nl101n-med-dm1-pat-och-mamma-informerade", "S_MED_HBG", 19, "k",
  [("Diagnos", "Nydebuterad DM typ 1 m lätt ketoacidos."),
   ("Information", "Pat och mamma informerade av mig + diabetesssk, insulinskola påbörjad.")],
  must_not=[A], why="19-year-old and her mother informed", setting="slutenvård")
K("nl101n-neuro-ms-meddelad-pat-o-make", "V_NEU_SU", 38, "k",
  [("Bedömning", "Skovvis MS enl McDonald 2017."),
   ("Information", "Dg meddelad pat o make idag, skriftlig info + MS-ssk kontakt.")],
  must_not=[A], why="'Dg meddelad pat' = informed")
K("nl101n-ger-lewy-body-dottern-ej-informerad", "S_GER_LA", 80, "m",
  [("Bedömning", "Dg Lewy body-demens (fluktuationer, synhallucinationer, parkinsonism)."),
   ("Information", "Pat informerad, förstår. Dottern ej informerad – pat vill själv berätta.")],
  must_not=[A], why="patient informed; only the daughter is not told")
K("nl101n-inf-hiv-arbetsgivare-ej-informeras-draft", "V_INF_OST", 29, "m",
  [("Bedömning", "Nyupptäckt HIV-1, CD4 420."),
   ("Information", "Pat informerad igår av mig. Vill absolut inte att arbetsgivare eller föräldrar informeras, respekteras.")],
  must_not=[A], why="draft: patient informed; employer/parents must not be told", draft=True)
K("nl101n-hud-psoriasis-pat-inf-kort", "S_HUD_LU", 33, "m",
  [("Bedömning", "Psoriasis vulgaris, utbredd, PASI 14. Pat inf. om dg o beh, start metotrexat.")],
  must_not=[A], why="abbreviated 'Pat inf. om dg' = informed")
K("nl101n-onk-brytpunkt-dotter-i-usa", "V_ONK_SU", 76, "k",
  [("Aktuellt", "Progress m nya levermetastaser trots 2:a linjen."),
   ("Information", "Brytpunktssamtal idag m pat o sonen. Dottern i USA ej informerad ännu, sonen ringer henne ikväll.")],
  must_not=[A], why="patient told in a palliative conversation; a relative not yet told")
K("nl101n-kk-x-partner-ej-informerad", "S_KK_KR", 27, "k",
  [("Sammanfattning", "Extrauterin graviditet vä → lap salpingektomi vä, okompl."),
   ("Information", "Pat inf om op-fynd på avd. Partner ej informerad på pat:s begäran.")],
  must_not=[A], why="patient informed; partner not told at her request", setting="slutenvård")
K("nl101n-barn-celiaki-foraldrar-informerade", "V_BARN_DSB", 8, "k",
  [("Bedömning", "Celiaki: tTG-IgA >128, PAD Marsh 3b."),
   ("Information", "Föräldrarna informerade, dietist bokad. Barnet fått info anpassat efter ålder.")],
  must_not=[A], why="child of 8: guardians informed", template="Mottagningsanteckning")
K("nl101n-barn-epilepsi-barnet-ej-inf-vh-inf", "S_BARN_LU", 5, "m",
  [("Bedömning", "Dg: epilepsi m absenser (EEG: 3 Hz spike-wave)."),
   ("Information", "Pat själv ej informerad pga ålder, föräldrarna fått utförlig info om dg + Ergenyl.")],
  must_not=[A], why="child of 5 not told, but the guardians who read the journal are informed")
K("nl101n-ort-diskbrack-skolan-ej-underrattad", "V_ORT_BOR", 17, "k",
  [("Bedömning", "Diskbråck L5-S1 hö m ischias, ingen pares."),
   ("Planering", "Pat informerad om dg. Skolan ej underrättad om frånvaron ännu, mamma ordnar intyg.")],
  must_not=[A], why="17-year-old informed; the school is the one not told")
K("nl101n-kir-ljumskbrack-ej-inf-om-opdatum-draft", "S_KIR_YS", 56, "m",
  [("Diagnos", "Ljumskbråck hö, indirekt."),
   ("Planering", "Op-anmäld TEP. Pat ej informerad om op-datum ännu, kallelse skickas från op-plan.")],
  must_not=[A], why="draft: not informed about the operation date, not about the diagnosis", draft=True)
K("nl101n-med-kol-ej-inf-om-ny-inhalator", "V_MED_NAL", 73, "m",
  [("Bedömning", "Känd KOL, nu exacerbation, bättre efter Prednisolon."),
   ("Planering", "Pat inte informerad om nya inhalatorn än – ssk går igenom teknik före hemgång.")],
  must_not=[A], why="not informed about a new inhaler; known diagnosis", setting="slutenvård")
K("nl101n-akut-ingen-apendicit-sover-typo", "S_AKUT_MA", 22, "k",
  [("Röntgen", "DT buk: ingen apendicit, ingen fri gas, ua."),
   ("Bedömning", "Pat ej informerad om svaret ännu (sover). Ssk väcker kl 7, hem m Alvedon.")],
  must_not=[A], why="negated diagnosis (typo 'apendicit'): nothing uncommunicated to show")
K("nl101n-endo-inga-tecken-hemokromatos-brev", "V_ENDO_BOR", 52, "m",
  [("Provsvar", "HFE-gentest neg, ferritin 180. Inga tecken på hemokromatos."),
   ("Åtgärd", "Pat ej informerad – brev med svaret skickas idag.")],
  must_not=[A], why="ruled-out diagnosis; 'ej informerad' concerns a normal result")
K("nl101n-neuro-th-mall-huntington-ej-inf", "S_NEU_MA", 44, "m",
  [("Bedömning", "Misstänkt Huntingtons sjukdom (choreatiska rörelser, hereditet oklar). Pat ej informerad, avvaktar ställningstagande till gentest.")],
  must_not=[A], why="Skåne: written in the protected template Tidiga hypoteser",
  template="Tidiga hypoteser")
K("nl101n-onk-vgr-sokord-th-recidiv-lymfom", "V_ONK_SU", 58, "k",
  [("Aktuellt", "Kontroll 1 år efter avslutad R-CHOP. Mår bra, ingen B-symtom."),
   ("Tidiga hypoteser", "Susp. recidiv DLBCL – nya lgll para-aortalt på DT. Pat ej informerad, PET först.")],
  must_not=[A], why="VGR: 'not informed' only under the filtered sökord Tidiga hypoteser")
K("nl101n-psyk-th-mall-bipolar-ej-kommunicerat", "S_PSYK_LU", 27, "k",
  [("Bedömning", "Trol bipolär sjukdom typ II (hypomana perioder enl sambo). Ej kommunicerat med pat ännu.")],
  must_not=[A], why="Skåne: Tidiga hypoteser template, nothing visible",
  template="Tidiga hypoteser")
K("nl101n-ger-vaskular-demes-info-upprepad-typo", "V_GER_MOL", 86, "k",
  [("Bedömning", "Vaskulär demes, måttlig."),
   ("Information", "Pat informerad men glömmer – info upprepad, skriftlig info till dotter.")],
  must_not=[A], why="patient informed though forgetful; typo 'demes'")
K("nl101n-uro-blascancer-informeras-presens", "S_URO_MA", 71, "m",
  [("Bedömning", "Blåscancer, TURB-PAD pTa låggradig."),
   ("Information", "Pat informeras om svar och plan, cystoskopi om 3 mån.")],
  must_not=[A], why="journal present tense 'informeras' = informed at this visit")
K("nl101n-endo-graves-fatt-info-betanketid", "V_ENDO_BOR", 39, "k",
  [("Bedömning", "Graves sjukdom, TRAK 14."),
   ("Information", "Pat har fått info om dg och beh-alternativ (tyreostatika/radiojod/op), betänketid 2 v.")],
  must_not=[A], why="'har fått info om dg' = informed")
K("nl101n-ort-osteoporos-infromerad-typo", "S_ORT_HLM", 68, "k",
  [("Utredning", "DXA: T-score -3,1 ländrygg → osteoporos."),
   ("Planering", "Pat infromerad om dg, start alendronat + kalk/D.")],
  must_not=[A], why="informed, typo 'infromerad'")
K("nl101n-akut-njursten-inf-pat-o-sambo", "V_AKUT_SU", 42, "m",
  [("Bedömning", "Njursten vä 4 mm prox uretär enl DT, ej avflödeshinder av betydelse. Inf pat o sambo.")],
  must_not=[A], why="telegraphic 'Inf pat o sambo' = informed")
K("nl101n-kard-ff-hemtjanst-ej-informerad", "S_KARD_LU", 84, "k",
  [("Bedömning", "Förmaksflimmer, nydebut, spontankonverterat. CHA2DS2-VASc 5."),
   ("Information", "Pat medveten om dg, Eliquis insatt. Hemtjänst ej informerad – dotter ringer dem.")],
  must_not=[A], why="patient aware; home care service not told")

# =========================================================================
# NL102 must: hedged diagnosis in a visible Melior note.
# =========================================================================
K("nl102-akut-amb-susp-stroke-fast-pos", "S_AKUT_MA", 81, "k",
  [("Aktuellt", "Amb-rapport: 81 åå kvinna, vaknade kl 06 m sluddrigt tal + svaghet hö arm. FAST pos, BT 185/100, glukos 7,2."),
   ("Bedömning", "Susp stroke, trombolyslarm → DT + DT-angio.")],
  must=[B], why="ambulance handover, 'Susp stroke'")
K("nl102-akut-trol-appendicti-typo", "V_AKUT_SU", 23, "m",
  [("Anamnes", "Buksmärta sedan igår, flyttat till hö fossa. Illamående, aptitlös."),
   ("Status", "Buk: öm + släppömhet McBurney, Rovsing pos. T 38,2."),
   ("Bedömning", "Trol appendicti. Kir-jour kontaktad, fastande.")],
  must=[B], why="'Trol appendicti' (typo in the diagnosis)")
K("nl102-kir-rond-fragetecken-anastomoslackage", "S_KIR_YS", 66, "m",
  [("Aktuellt", "Rond avd 3: dag 4 e hö-hemikolektomi. Feber 38,9, CRP 210 ↑, ömmer diffust."),
   ("Planering", "?anastomosläckage → DT buk m iv kontrast idag, fasta.")],
  must=[B], why="leading question mark glued to the diagnosis", setting="slutenvård",
  template="Daganteckning")
K("nl102-med-le-kan-ej-uteslutas-wells", "V_MED_NAL", 57, "k",
  [("Status", "Takykardi 112, sat 91 %, vader ua."),
   ("Bedömning", "Dyspne sedan 2 d, Wells 6. LE kan ej uteslutas → DT-angio lungartärer, Fragmin i väntan.")],
  must=[B], why="'LE kan ej uteslutas' (abbreviated diagnosis)")
K("nl102-hud-konsultsvar-susp-melanom-dd-nevus", "S_HUD_LU", 47, "m",
  [("Konsultationssvar", "Pigmenterad lesion rygg 9 mm, asymmetrisk, oregelbunden kant, blå-vit slöja. Susp. melanom, DD dysplastiskt nevus. Excision m 2 mm marginal på vår mott.")],
  must=[B], why="consultation answer: 'Susp. melanom, DD …'", template="Konsultationssvar")
K("nl102-ort-scaphoidfraktur-fragetecken", "V_ORT_BOR", 19, "k",
  [("Anamnes", "Föll på isen på vä hand."),
   ("Status", "Svullen, öm i fossa tabatière."),
   ("Bedömning", "Scaphoidfraktur? Rtg u.a., gipsas ändå, ny rtg om 10–14 d.")],
  must=[B], why="trailing question mark after the diagnosis")
K("nl102-neuro-misstankt-temporalisarterit", "S_NEU_MA", 74, "k",
  [("Bedömning", "Nytillkommen tinning-huvudvärk vä, tuggclaudicatio, SR 78. Misstänkt temporalisarterit – Prednisolon 60 mg idag, remiss temporalisbiopsi.")],
  must=[B], why="'Misstänkt temporalisarterit'")
K("nl102-inf-malaria-fragetecken-draft", "V_INF_OST", 31, "m",
  [("Aktuellt", "Hemkommen Uganda för 5 d sedan, ingen profylax. Feber 40, frossa."),
   ("Bedömning", "Malaria? Snabbtest + tjock droppe skickat akut, svar inom 1 h.")],
  must=[B], why="draft: 'Malaria?'", draft=True)
K("nl102-med-sannolkit-jarnbristanemi-typo", "S_MED_HBG", 38, "k",
  [("Lab", "Hb 92, MCV 68, ferritin 6, CRP <5."),
   ("Bedömning", "Sannolkit järnbristanemi pga menorragi, DD malabsorption (celiaki). Transglutaminas-ak.")],
  must=[B], why="typo in the cue 'Sannolkit', plus DD")
K("nl102-lunga-rundhard-malignitet-inte-uteslutas", "V_LUNG_SU", 64, "m",
  [("Röntgen", "Rtg pulm: rundhärd 2 cm hö ovanlob, ej känd sedan tidigare."),
   ("Bedömning", "Malignitet kan inte uteslutas. DT thorax + remiss lungmott.")],
  must=[B], why="'kan inte uteslutas' (not the 'ej' form)")
K("nl102-barn-trol-falsk-krupp-2ar", "S_BARN_LU", 2, "m",
  [("Anamnes", "2-åring, skällande hosta + inspiratorisk stridor nattetid."),
   ("Bedömning", "Trol. falsk krupp. Betapred 0,4 mg/kg, obs 2 h på akuten.")],
  must=[B], why="child (guardians read): 'Trol. falsk krupp'")
K("nl102-gyn-misstankt-x-ny-hcg", "V_GYN_OST", 29, "k",
  [("Undersökning", "VUL: tom uterus, liten adnexresistens vä, lite fri vätska."),
   ("Bedömning", "Pos hCG (1 200). Misstänkt X vä. Ny hCG om 48 h, åter direkt vb.")],
  must=[B], why="'Misstänkt X' (X = extrauterine pregnancy, jargon)")
K("nl102-kard-trol-nstemi-brilique", "S_KARD_LU", 62, "m",
  [("Bedömning", "Bröstsmärta i vila, TnT 38 → 56, EKG ST-sänkn V4–V6. Trol NSTEMI. Brilique + Fragmin, kranskärlsröntgen imorgon.")],
  must=[B], why="'Trol NSTEMI' among arrows and lab values", setting="slutenvård")
K("nl102-kir-pankreascancer-fragetecken-draft", "V_KIR_SKOV", 71, "k",
  [("Aktuellt", "Ikterus 1 v, ljus avföring, viktnedgång 8 kg."),
   ("Bedömning", "Pankreascancer? DT pankreasprotokoll bokat, ERCP vb.")],
  must=[B], why="draft: 'Pankreascancer?'", draft=True)
K("nl102-reum-sannolikt-ra-mtx", "S_REUM_MA", 50, "k",
  [("Status", "Synovit MCP 2–3 + PIP bilat, morgonstelhet 2 h."),
   ("Bedömning", "Anti-CCP pos. Sannolikt RA, start MTX 15 mg/v + folsyra.")],
  must=[B], why="'Sannolikt RA' (abbreviation)")
K("nl102-onh-akustikusneurinom-ej-uteslutet", "V_ONH_SU", 55, "m",
  [("Bedömning", "Asymmetrisk sensorineural hörselnedsättning hö + tinnitus. Akustikusneurinom ej uteslutet → MR inre hörselgångar.")],
  must=[B], why="'ej uteslutet' after the diagnosis")
K("nl102-ogon-trol-crao", "S_OGON_HBG", 77, "m",
  [("Status", "Visus vä: ljusperception. RAPD pos vä, körsbärsröd fläck makula."),
   ("Bedömning", "Trol. CRAO vä. Utred embolikälla (UL carotis, EKG).")],
  must=[B], why="'Trol. CRAO' (English acronym)")
K("nl102-neuro-forsta-kramp-epilepsi-fragetecken", "V_NEU_SU", 26, "k",
  [("Aktuellt", "1:a krampanfall i hemmet igår, tungbett, postiktal förvirring 20 min."),
   ("Bedömning", "Epilepsi? EEG + MR hjärna remitteras. Info om körförbud given.")],
  must=[B], why="'Epilepsi?' after a first seizure")
K("nl102-endo-mojl-tyreoidit-dd-graves", "S_ENDO_MA", 34, "k",
  [("Lab", "TSH 0,01, fT4 38."),
   ("Bedömning", "Möjl. tyreoidit (postpartum 4 mån) DD Graves, TRAK skickat, Propranolol vb.")],
  must=[B], why="'Möjl.' abbreviation plus DD")
K("nl102-uro-misstant-prostatacancer-typo", "V_URO_SKOV", 68, "m",
  [("Status", "PR: hård knuta vä lob."),
   ("Bedömning", "PSA 14. Misstänt prostatacancer → MR prostata + biopsi.")],
  must=[B], why="typo in the cue 'Misstänt'")
K("nl102-inf-bakt-meningit-kan-ej-uteslutas-draft", "S_INF_MA", 20, "m",
  [("Status", "T 39,5, huvudvärk, lätt nackstelhet, inga petekier."),
   ("Bedömning", "Bakt meningit kan ej uteslutas – blododl, Betapred + Ceftriaxon före LP.")],
  must=[B], why="draft: 'Bakt meningit kan ej uteslutas'", draft=True)
K("nl102-ger-trol-delirium-utlost-av-uvi", "V_GER_MOL", 88, "k",
  [("Aktuellt", "Akut förvirrad sedan 2 d, fluktuerande, tidigare klar."),
   ("Bedömning", "Trol delirium, utlöst av UVI? U-odl tagen, ser över antikolinerga läkemedel.")],
  must=[B], why="'Trol delirium' and 'UVI?'", setting="slutenvård")
K("nl102-hema-lab-myelom-fragetecken", "S_HEMA_LU", 70, "m",
  [("Lab", "S-Ca 3,1, krea 140, M-komponent IgG 28 g/L."),
   ("Bedömning", "Myelom? Benmärgsprov + helkropps-DT bokat.")],
  must=[B], why="lab-driven 'Myelom?'")
K("nl102-hud-bullos-pemfigiod-trol-typo", "V_HUD_SU", 79, "k",
  [("Status", "Spända blåsor bål + lår, kraftig klåda."),
   ("Bedömning", "Bullös pemfigiod trol, PAD + IF tagna. Dermovat.")],
  must=[B], why="postponed 'trol' after a misspelled diagnosis")
K("nl102-akut-aortastenos-dubbla-fragetecken", "S_AKUT_LU", 80, "m",
  [("Bedömning", "Synkope vid ansträngning, systoliskt blåsljud 3/6 m fortledning till halsen. Aortastenos?? Eko akut, inlagd.")],
  must=[B], why="double question mark")
K("nl102-reum-inte-osannolkt-sle-typo", "V_REUM_SU", 28, "k",
  [("Lab", "ANA pos 1:640, lågt C3."),
   ("Bedömning", "Fjärilsutslag + artralgier. Inte osannolkt SLE, anti-dsDNA skickat.")],
  must=[B], why="litotes 'Inte osannolkt' (typo) = probable")
K("nl102-psyk-trol-depressiv-episod", "S_PSYK_LU", 45, "k",
  [("Bedömning", "Nedstämdhet 4 v, sömnstörn, ingen SI. Trol depressiv episod, medelsvår. Start sertralin 50 mg.")],
  must=[B], why="hedged depression after a negated symptom in the same note")
K("nl102-barn-kawasaki-fragetecken", "V_BARN_DSB", 4, "k",
  [("Status", "Feber 5 d, bilat konjunktivit, jordgubbstunga, svullna händer."),
   ("Bedömning", "Kawasaki? Eko + IVIG-diskussion m barnkardiolog.")],
  must=[B], why="eponym with question mark, child of 4")
K("nl102-ort-susp-framre-korsbandsruptur", "S_ORT_HLM", 24, "m",
  [("Anamnes", "Vridvåld hö knä fotboll, svullnad inom 2 h."),
   ("Status", "Lachman pos, pivot shift ej bed pga smärta."),
   ("Bedömning", "Susp. främre korsbandsruptur. MR, fysioterapi.")],
  must=[B], why="'Susp. främre korsbandsruptur'")
K("nl102-mava-ulcusblodning-sannol-draft", "V_MAVA_KUN", 76, "m",
  [("Aktuellt", "Melena x2, Hb 88 (fr 130), Trombyl + Ipren."),
   ("Bedömning", "Ulcusblödning sannol. Gastroskopi ikväll, Nexium iv.")],
  must=[B], why="draft: postponed 'sannol.'", draft=True)
K("nl102-med-rond-dd-urospesis-cholangit-typo", "S_MED_HBG", 82, "k",
  [("Aktuellt", "Rond: fortf hypoton 90/50, laktat 4,2, ikterisk?"),
   ("Bedömning", "DD urospesis / cholangit. Odlingar tagna, Tazocin, UL lever/gallvägar.")],
  must=[B], why="'DD x / y' with slash, typo 'urospesis'", setting="slutenvård")
K("nl102-endo-primar-aldosteronism-fragetecken", "V_ENDO_BOR", 49, "m",
  [("Bedömning", "Hypokalemi 2,9 + svårinställd hypertoni. Primär aldosteronism? Aldo/renin-kvot, sätter ut diuretika.")],
  must=[B], why="'Primär aldosteronism?' beside a known hypertension")
K("nl102-uro-trol-torsio-testis-17ar", "S_URO_MA", 17, "m",
  [("Aktuellt", "17-årig pojke, akut skrotalsmärta hö 3 h, illamående."),
   ("Status", "Högt stående, tvärställd testikel hö, kremasterreflex saknas."),
   ("Bedömning", "Trol torsio testis hö → akut exploration.")],
  must=[B], why="Latin 'torsio testis' with 'Trol'")
K("nl102-kard-holter-ev-paroxysmalt-ff", "V_KARD_NAL", 65, "k",
  [("Utredning", "Långtids-EKG 72 h: korta episoder oregelbunden rytm, ev. paroxysmalt FF, ej säkert. Ny registrering 14 d (patch).")],
  must=[B], why="'ev. paroxysmalt FF' in a test result")
K("nl102-gyn-pid-fragetecken-dd-adnexabscess", "S_KK_KR", 22, "k",
  [("Status", "Cervixömhet, purulent flytning, T 38,4, CRP 80."),
   ("Bedömning", "PID? DD adnexabscess → VUL, klamydia/gonorré-PCR.")],
  must=[B], why="'PID?' plus DD")

# =========================================================================
# NL102 must_not
# =========================================================================
# --- PMO: diagnoses never shown --------------------------------------------
K("nl102n-pmo-tel-trol-viros-3ar", "P_VC_LIN", 3, "m",
  [("Kontaktorsak", "Tel: mamma ringer, 3-åring feber 39 sedan igår, äter o dricker, pigg mellan."),
   ("Bedömning", "Trol viros. Råd: Alvedon, vätska, åter vb.")],
  must_not=[B], why="PMO telephone advice: hedged diagnosis never shown", template="Telefonkontakt")
K("nl102n-pmo-trol-cysitit-typo", "P_VC_NAS", 36, "k",
  [("Aktuellt", "Sveda vid miktion 2 d, ej feber, ej flanksmärta."),
   ("Bedömning", "Trol. okomplicerad cysitit. Selexid 3 d.")],
  must_not=[B], why="PMO, typo 'cysitit'", template="Besöksanteckning")
K("nl102n-pmo-jour-susp-malignitet", "P_VC_LIM", 67, "m",
  [("Aktuellt", "Hosta 3 v, rökare 40 paketår, gått ned 5 kg?"),
   ("Bedömning", "Susp. malignitet, rtg pulm remitteras, SVF lungcancer övervägs.")],
  must_not=[B], why="PMO vårdcentral jour: suspected malignancy", template="Besöksanteckning")
K("nl102n-pmo-bvc-ev-hydrocefalus", "P_BVC", 0, "m",
  [("Aktuellt", "BVC-läkarbesök 8 mån: huvudomfång korsar 2 percentilkurvor uppåt."),
   ("Bedömning", "Ev. hydrocefalus? Remiss barnneurolog + UL skalle.")],
  must_not=[B], why="PMO BVC, infant: 'Ev. hydrocefalus?'", template="Besöksanteckning")
K("nl102n-pmo-hemsjukvard-trol-hjartsvikt", "P_HSV", 92, "k",
  [("Aktuellt", "Hemsjukvård: ödem underben bilat, dyspne i planläge, vikt +3 kg på 1 v."),
   ("Bedömning", "Trol. hjärtsvikt. Furix ökas till 40 mg x 2, vikt dagl.")],
  must_not=[B], why="PMO home care", template="Journalanteckning")
K("nl102n-pmo-um-klamydia-fragetecken", "P_UM", 17, "k",
  [("Aktuellt", "Flytning + sveda sedan 1 v, ny partner."),
   ("Bedömning", "Klamydia? Prov taget, svar via 1177 om 1 v.")],
  must_not=[B], why="PMO youth clinic, 17-year-old", template="Besöksanteckning")
K("nl102n-pmo-gikt-trol-dd-erysipelas", "P_VC_HOR", 58, "m",
  [("Status", "Hö stortå MTP I rodnad, varm, svullen."),
   ("Bedömning", "Gikt trol., DD erysipelas. Naproxen 500 x 2, urat.")],
  must_not=[B], why="PMO: postponed 'trol.' and DD", template="Besöksanteckning")
K("nl102n-pmo-ev-subklinisk-hypotyreos", "P_VC_LIN", 46, "k",
  [("Lab", "TSH 8,9, fT4 12."),
   ("Bedömning", "Ev. subklinisk hypotyreos, ny TSH + TPO-ak om 6 v.")],
  must_not=[B], why="PMO: 'Ev.'", template="Journalanteckning")
K("nl102n-pmo-sannol-bppv-epley", "P_VC_NAS", 62, "k",
  [("Bedömning", "Yrsel vid lägesändring, Dix-Hallpike pos hö. Sannol BPPV, Epley utförd på mott.")],
  must_not=[B], why="PMO: 'Sannol BPPV'", template="Besöksanteckning")
K("nl102n-pmo-misstankt-diskbrack", "P_VC_LIM", 41, "m",
  [("Status", "Lasègue pos vä 40°, nedsatt ASR vä."),
   ("Bedömning", "Misstänkt diskbråck L5/S1 vä. Avvakta 6 v, åter vid pares.")],
  must_not=[B], why="PMO: 'Misstänkt diskbråck'", template="Besöksanteckning")
K("nl102n-pmo-angina-fragetecken-draft", "P_VC_HOR", 66, "m",
  [("Aktuellt", "Bröstsmärta vid ansträngning sedan 1 mån, går över i vila."),
   ("Bedömning", "Angina pectoris? Arbetsprov remitteras, Nitro spray.")],
  must_not=[B], why="PMO draft: 'Angina pectoris?'", template="Besöksanteckning", draft=True)
K("nl102n-pmo-trol-depression-dd-utmattning", "P_VC_LIN", 39, "k",
  [("Bedömning", "Nedstämd, sömnlös, PHQ-9 17. Trol depression, DD utmattningssyndrom. Kurator + escitalopram.")],
  must_not=[B], why="PMO: depression hedged with DD", template="Besöksanteckning")

# --- negated / ruled out ------------------------------------------------------
K("nl102n-akut-ingen-misstane-om-acs-typo", "S_AKUT_MA", 51, "m",
  [("Bedömning", "Bröstsmärta, EKG u.a., TnT <5 x2. Ingen misstane om ACS. Hem, åter vb.")],
  must_not=[B], why="negated, typo 'misstane'")
K("nl102n-akut-inga-tecken-pa-sab", "V_AKUT_SU", 35, "k",
  [("Status", "Neurostatus ua, ingen nackstelhet."),
   ("Bedömning", "Huvudvärk sedan 3 d, gradvis debut. Inga tecken på SAB, DT hjärna u.a.")],
  must_not=[B], why="'Inga tecken på SAB'")
K("nl102n-ort-fraktur-uteslutes-distorsion", "S_ORT_HLM", 27, "k",
  [("Röntgen", "Rtg vä fotled: fraktur uteslutes."),
   ("Bedömning", "Distorsion vä fotled, elastisk linda, belasta efter förmåga.")],
  must_not=[B], why="'fraktur uteslutes', settled sprain")
K("nl102n-med-le-avskrivs-draft", "V_MED_NAL", 60, "m",
  [("Röntgen", "DT-angio lungartärer: inga embolier."),
   ("Bedömning", "LE avskrivs. Dyspne förklaras av känd astma, ökar Symbicort.")],
  must_not=[B], why="draft: 'LE avskrivs'", draft=True)
K("nl102n-barn-inget-som-talar-for-bakt-tonsillit", "V_BARN_DSB", 10, "k",
  [("Bedömning", "Halsont + feber. Strep A neg, Centor 1. Inget som talar för bakteriell tonsillit, ingen antibiotika.")],
  must_not=[B], why="'Inget som talar för'")
K("nl102n-neuro-misstanken-om-ms-avskrvs-typo", "S_NEU_MA", 33, "k",
  [("Röntgen", "MR hjärna + halsrygg: inga MS-förenliga lesioner."),
   ("Bedömning", "Misstanken om MS avskrvs. Parestesier av oklar genes, ingen vidare utr.")],
  must_not=[B], why="'Misstanken om MS' retracted by 'avskrvs' (typo)")
K("nl102n-inf-malaria-utesluten", "V_INF_OST", 40, "m",
  [("Lab", "Malaria-snabbtest neg, tjock droppe neg x3."),
   ("Bedömning", "Malaria utesluten. Feber avklingat, hem.")],
  must_not=[B], why="'Malaria utesluten'")
K("nl102n-kard-ingen-hallpunkt-for-hjartsvikt", "S_KARD_LU", 70, "m",
  [("Utredning", "Eko: EF 60 %, inga klaffel, normala fyllnadstryck. NT-proBNP 110."),
   ("Bedömning", "Ingen hållpunkt för hjärtsvikt.")],
  must_not=[B], why="'Ingen hållpunkt för'")
K("nl102n-gyn-hcg-neg-x-ej-aktuellt", "V_GYN_OST", 26, "k",
  [("Lab", "U-hCG neg, S-hCG <2."),
   ("Bedömning", "X ej aktuellt. Ovulationssmärta, åter vb.")],
  must_not=[B], why="jargon 'X ej aktuellt' (extrauterine pregnancy ruled out)")
K("nl102n-hud-ingen-misstanke-melanom-typo", "S_HUD_LU", 42, "k",
  [("Status", "Dermatoskopi nevus vä skuldra: symmetriskt retikulärt mönster."),
   ("Bedömning", "Benignt, ingen misstänke om melanom. Ingen åtgärd.")],
  must_not=[B], why="negated, typo 'misstänke'")
K("nl102n-uro-inga-hallpunkter-for-blascancer", "V_URO_SKOV", 59, "m",
  [("Utredning", "Cystoskopi ua, DT urografi ua."),
   ("Bedömning", "Inga hållpunkter för blåscancer eller njurtumör. Avslutas.")],
  must_not=[B], why="'Inga hållpunkter för' covering two diagnoses")
K("nl102n-akut-waran-dt-ingen-blodning-draft", "S_AKUT_LU", 84, "k",
  [("Aktuellt", "Fall i hemmet, slog huvudet, står på Waran, PK 2,6."),
   ("Röntgen", "DT skalle: ingen blödning, ingen fraktur."),
   ("Planering", "Hem m anhörig, skriftliga råd.")],
  must_not=[B], why="draft: radiology lines negated", draft=True)
K("nl102n-lunga-tidigare-misstankt-sarkoidos-avfardat", "V_LUNG_SU", 48, "k",
  [("Tidigare sjukdomar", "Tidigare misstänkt sarkoidos, avfärdat efter EBUS 2022 (reaktiva lgll)."),
   ("Aktuellt", "Nu kontroll av astma, välinställd.")],
  must_not=[B], why="old suspicion, since ruled out")
K("nl102n-barn-ingen-appendict-forstoppning-typo", "S_BARN_LU", 11, "m",
  [("Status", "Buk mjuk, lätt öm vä nedre kvadrant, ej släppöm."),
   ("Bedömning", "Ingen appendict kliniskt, UL ua. Förstoppning, Movicol.")],
  must_not=[B], why="negated, typo 'appendict'")
K("nl102n-ort-collumfraktur-avskriven", "V_ORT_BOR", 87, "k",
  [("Röntgen", "Rtg hö höft: ingen fraktur synlig. DT höft: u.a."),
   ("Bedömning", "Collumfraktur avskriven. Kontusion, mobilisering m sjukgymn.")],
  must_not=[B], why="'Collumfraktur avskriven'")

# --- known / confirmed / old -------------------------------------------------
K("nl102n-med-kand-kol-exacerbation", "S_MED_HBG", 71, "m",
  [("Diagnos", "Känd KOL GOLD 3, nu exacerbation m ökad mängd missfärgat slem."),
   ("Åtgärd", "Prednisolon 30 mg x 5 d, Doxyferm, inhalationer.")],
  must_not=[B], why="known diagnosis, no hedge", setting="slutenvård")
K("nl102n-kard-dg-forsmaksflimer-typo", "V_KARD_NAL", 64, "m",
  [("Diagnos", "Förmaksflimer, persisterande."),
   ("Planering", "Elkonvertering bokad v 38, Eliquis fortsätter.")],
  must_not=[B], why="settled diagnosis, typo 'Förmaksflimer'", when="08-20 14:30")
K("nl102n-endo-dm2-sedan-2015", "S_ENDO_MA", 58, "k",
  [("Tidigare sjukdomar", "DM typ 2 sedan 2015, hypertoni."),
   ("Bedömning", "HbA1c 68, otillräcklig kontroll. Ozempic insatt.")],
  must_not=[B], why="known diagnoses with year")
K("nl102n-onk-pad-verifierad-coloncancer", "V_ONK_SU", 63, "m",
  [("Sammanfattning", "PAD-verifierad adenocarcinom colon sigmoideum, pT3N1M0."),
   ("Planering", "Adjuvant Capox 3 mån, start v 12.")],
  must_not=[B], why="verified cancer", when="02-26 13:15")
K("nl102n-ogon-glaukom-valinstallt", "S_OGON_HBG", 72, "k",
  [("Bedömning", "Glaukom bilat, välinställt på Xalatan. Tryck 16/17, fält oförändrade.")],
  must_not=[B], why="known glaucoma, status line")
K("nl102n-neuro-stp-tia-2021", "V_NEU_SU", 69, "m",
  [("Tidigare sjukdomar", "St.p. TIA 2021, hyperlipidemi."),
   ("Aktuellt", "Årskontroll, inga nya fokala symtom. Neurostatus ua.")],
  must_not=[B], why="old diagnosis 'St.p. TIA'")

# --- relative ------------------------------------------------------------------
K("nl102n-neuro-hered-mor-trol-alzheimmer-typo", "S_NEU_MA", 59, "k",
  [("Hereditet", "Mor trol Alzheimmer (aldrig utredd), morbror Parkinson."),
   ("Bedömning", "Minnesbesvär subjektiva, MMT 30, RUDAS ua. Ingen demens.")],
  must_not=[B], why="hedge concerns the mother (typo 'Alzheimmer')")
K("nl102n-kard-hered-far-ev-infarkt-bror-susp", "V_KARD_NAL", 42, "m",
  [("Hereditet", "Far dog plötsligt 48 år, ev. hjärtinfarkt. Bror susp. kardiomyopati, utreds i Lund."),
   ("Bedömning", "Pat själv: eko + arbetsprov ua.")],
  must_not=[B], why="hedged diagnoses of father and brother")
K("nl102n-barn-hered-storebror-ev-adhd", "S_BARN_LU", 9, "k",
  [("Hereditet", "Storebror ev. ADHD (utreds BUP), mamma migrän."),
   ("Bedömning", "Spänningshuvudvärk, neurostatus ua.")],
  must_not=[B], why="sibling's hedged diagnosis in a child's note")
K("nl102n-gyn-hered-syster-endomterios-typo", "V_GYN_OST", 31, "k",
  [("Hereditet", "Syster misstänkt endomterios, mormor ovarialcancer?"),
   ("Bedömning", "Regelbunden cykel, gyn-us ua. Dysmenorré, NSAID.")],
  must_not=[B], why="relatives' hedged diagnoses (typo 'endomterios')")
K("nl102n-hud-hered-pappa-trol-psoriasis", "S_HUD_LU", 35, "m",
  [("Hereditet", "Pappa trol psoriasis, aldrig diagnosticerad."),
   ("Bedömning", "Handeksem, irritativt. Mjukgörande + Betnovat.")],
  must_not=[B], why="father's 'trol psoriasis'")

# --- hedges about things that are not diagnoses --------------------------------
K("nl102n-kir-kolecystit-trol-hem-imorgon", "V_KIR_SKOV", 54, "k",
  [("Bedömning", "Dg: Akut kolecystit. Trol. hem imorgon om feberfri, ev. byte till po antibiotika.")],
  must_not=[B], why="'Trol.' and 'ev.' about discharge/medication right after a settled diagnosis",
  setting="slutenvård")
K("nl102n-ort-rond-hem-fragetecken-draft", "S_ORT_HLM", 85, "k",
  [("Aktuellt", "Rond: st.p. höftprotes hö dag 2, mobiliseras m rollator."),
   ("Planering", "Hem? Ev. korttidsboende, biståndshandläggare kontaktad.")],
  must_not=[B], why="draft: '?' and 'Ev.' about discharge", setting="slutenvård", draft=True)
K("nl102n-med-obs-pc-allergi-dosett-fragetecken", "V_MED_NAL", 77, "m",
  [("Läkemedel", "Obs! PC-allergi."),
   ("Bedömning", "Känd hypertoni, BT 182/96. Oklart om pat tagit sina mediciner senaste v – dosett?")],
  must_not=[B], why="'Obs!' as observe, 'Oklart om' adherence, '?' about a pill box")
K("nl102n-med-lakemedel-ev-noak", "S_MED_HBG", 74, "m",
  [("Läkemedel", "Waran utsatt pga svårinställt PK, ev. NOAK i stället – diskuteras vid återbesök."),
   ("Diagnos", "Förmaksflimmer, permanent.")],
  must_not=[B], why="'ev.' about a drug")
K("nl102n-onh-tonsillektomi-ev-aterbesok", "V_ONH_SU", 21, "k",
  [("Åtgärd", "Tonsillektomi bilat utförd ua, blödning minimal."),
   ("Planering", "Ev. återbesök 2 v, annars tel-kontakt?")],
  must_not=[B], why="'Ev.' and '?' about follow-up")

# --- protected ---------------------------------------------------------------
K("nl102n-reum-th-mall-susp-anca-vaskulit", "S_REUM_MA", 63, "m",
  [("Bedömning", "Susp. ANCA-vaskulit (PR3 låg titer, hematuri). Avvaktar njurbiopsi innan något sägs.")],
  must_not=[B], why="Skåne: hedge inside the Tidiga hypoteser template",
  template="Tidiga hypoteser")
K("nl102n-endo-vgr-sokord-th-mojlig-men1", "V_ENDO_BOR", 37, "k",
  [("Aktuellt", "Kontroll hyperparatyreos, Ca 2,71."),
   ("Tidiga hypoteser", "Möjlig MEN1 (hyperparatyreos + prolaktinom, ung ålder). Gentest diskuteras.")],
  must_not=[B], why="VGR: hedge only under the Tidiga hypoteser sökord")


# --------------------------------------------------------------------------- build
def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return (10 - total % 10) % 10


def pnr(birth, serial, sex):
    # serial 100..999 -> NNN; last of the three digits odd for men, even for women
    last = (serial % 5) * 2 + (1 if sex == "m" else 0)
    nnn = f"{serial // 10:02d}{last}"
    nine = birth.strftime("%y%m%d") + nnn
    return birth.strftime("%Y%m%d") + "-" + nnn + str(luhn_digit(nine))


def note_time(i, when):
    if when:
        md, hm = when.split(" ")
        m, d = (int(x) for x in md.split("-"))
        hh, mm = (int(x) for x in hm.split(":"))
        return dt.datetime(2024, m, d, hh, mm)
    return dt.datetime(2024, i % 12 + 1, (i * 5) % 27 + 1, 8 + (i * 3) % 11, (i * 7) % 60)


def build():
    rows = []
    for i, c in enumerate(CASES):
        region, system, uname, hsa = UNITS[c["unit"]]
        t = note_time(i, c["when"])
        if c["age"] == 0:
            birth = (t - dt.timedelta(days=245)).date()
        else:
            base = t.date().replace(year=t.year - c["age"])
            birth = base - dt.timedelta(days=20 + (i * 37) % 300)
        signed = None if c["draft"] else (t + dt.timedelta(minutes=25 + (i * 11) % 90)).isoformat()
        as_of = min(t + dt.timedelta(days=14), dt.datetime(2024, 12, 31, 23, 0)).replace(hour=0, minute=0)
        template = c["template"] or ("Besöksanteckning" if system == "PMO" else "Läkaranteckning")
        note = {
            "id": "n1", "system": system, "template": template,
            "unit": {"name": uname, "hsa_id": hsa},
            "author": {"name": AUTHORS[(i * 7) % len(AUTHORS)], "role": "läkare"},
            "time": t.isoformat(), "signed": signed, "setting": c["setting"],
            "refs": [],
            "sections": [{"keyword": k, "text": txt} for k, txt in c["sections"]],
        }
        record = {
            "patient": {"id": pnr(birth, 100 + (i * 53) % 900, c["sex"]),
                        "birth_date": birth.isoformat(), "protected_identity": False},
            "as_of": as_of.isoformat(),
            "notes": [note], "access_events": [], "conversations": [], "treatments": [],
        }
        rows.append({
            "case": c["name"], "ruleset": region, "record": record,
            "must": [[code, "n1"] for code in c["must"]],
            "must_not": [[code, "n1"] for code in c["must_not"]],
            "why": c["why"],
        })
    return rows


def age_at(birth, when):
    return when.year - birth.year - ((when.month, when.day) < (birth.month, birth.day))


SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n")


def validate(rows):
    errs = []
    names = set()
    seen = {}
    for r in rows:
        name = r["case"]
        if set(r) != {"case", "ruleset", "record", "must", "must_not", "why"}:
            errs.append(f"{name}: bad keys {sorted(r)}")
        if name in names:
            errs.append(f"{name}: duplicate case name")
        names.add(name)
        rec = r["record"]
        if set(rec) != {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}:
            errs.append(f"{name}: bad record keys")
        p = rec["patient"]
        pid, bd = p["id"], p["birth_date"]
        if not re.fullmatch(r"\d{8}-\d{4}", pid) or pid[:8] != bd.replace("-", ""):
            errs.append(f"{name}: personnummer {pid} does not match {bd}")
        digits = pid[2:8] + pid[9:]
        if luhn_digit(digits[:9]) != int(digits[9]):
            errs.append(f"{name}: Luhn fails for {pid}")
        if not rec["as_of"].startswith("2024-"):
            errs.append(f"{name}: as_of not in 2024")
        ids = set()
        for n in rec["notes"]:
            ids.add(n["id"])
            if set(n) != {"id", "system", "template", "unit", "author", "time", "signed",
                          "setting", "refs", "sections"}:
                errs.append(f"{name}: bad note keys")
            t = dt.datetime.fromisoformat(n["time"])
            if t.year != 2024:
                errs.append(f"{name}: note time not in 2024")
            if n["signed"] is not None:
                s = dt.datetime.fromisoformat(n["signed"])
                if s.year != 2024 or s < t:
                    errs.append(f"{name}: bad signed time")
            if dt.datetime.fromisoformat(rec["as_of"]) < t.replace(hour=0, minute=0):
                errs.append(f"{name}: as_of before note")
            age = age_at(dt.date.fromisoformat(bd), t.date())
            if 13 <= age <= 15:
                errs.append(f"{name}: patient aged {age} (13-15 not allowed)")
            if r["ruleset"] == "vgr" and n["system"] != "Melior":
                errs.append(f"{name}: VGR case must be Melior")
            codes_must = {c for c, _ in r["must"]}
            codes_not = {c for c, _ in r["must_not"]}
            if n["system"] == "PMO":
                if "NL102" in codes_must:
                    errs.append(f"{name}: NL102 must on PMO")
                if "NL101" in codes_must | codes_not:
                    errs.append(f"{name}: NL101 asserted on PMO")
            for s in n["sections"]:
                for sent in SENT_SPLIT.split(s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen and seen[sent] != name:
                            errs.append(f"{name}: sentence reused from {seen[sent]}: {sent!r}")
                        elif sent in seen:
                            errs.append(f"{name}: sentence repeated within case: {sent!r}")
                        seen[sent] = name
        for code, target in r["must"] + r["must_not"]:
            if target not in ids:
                errs.append(f"{name}: target {target} missing")
        if set(map(tuple, r["must"])) & set(map(tuple, r["must_not"])):
            errs.append(f"{name}: code both must and must_not")
        if not r["must"] and not r["must_not"]:
            errs.append(f"{name}: asserts nothing")
        if not r["why"]:
            errs.append(f"{name}: empty why")
    return errs


def main():
    rows = build()
    errs = validate(rows)
    if errs:
        for e in errs:
            print("ERROR", e, file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # summary
    counts = {}
    for r in rows:
        for k in ("must", "must_not"):
            for code, _ in r[k]:
                counts[(code, k)] = counts.get((code, k), 0) + 1
    regions = {}
    systems = {}
    for r in rows:
        regions[r["ruleset"]] = regions.get(r["ruleset"], 0) + 1
        sysn = r["record"]["notes"][0]["system"]
        systems[sysn] = systems.get(sysn, 0) + 1
    drafts = sum(1 for r in rows if r["record"]["notes"][0]["signed"] is None)
    typos = sum(1 for r in rows if "typo" in r["case"])
    print(f"{len(rows)} cases -> {OUT}")
    print("counts:", {f"{c} {k}": v for (c, k), v in sorted(counts.items())})
    print("regions:", regions, "systems:", systems, "drafts:", drafts, "typo cases:", typos)


if __name__ == "__main__":
    main()
